"""Addresses and names: cleaning, telling people from rooms and bots, matching one to another."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache


def words(text: str) -> frozenset[str]:
    """A set from a whitespace-separated word list (long lists read better as text)."""
    return frozenset(text.split())


# Free-mail providers: an address there says nothing about an employer.
FREE_MAIL = words(
    """gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk hotmail.fr live.com msn.com
    yahoo.com yahoo.co.uk yahoo.fr ymail.com rocketmail.com aol.com icloud.com me.com mac.com
    proton.me protonmail.com protonmail.ch pm.me gmx.com gmx.de gmx.net web.de mail.com
    zoho.com zohomail.com yandex.com yandex.ru mail.ru fastmail.com fastmail.fm hey.com
    tutanota.com tuta.io qq.com 163.com 126.com naver.com orange.fr free.fr laposte.net
    t-online.de libero.it"""
)

# Recruiting and scheduling tools: an address there is a bot or a shared scheduler, never a
# person we would thank, and the domain is never the employer's.
SCHEDULER_DOMAINS = words(
    """greenhouse.io goodtime.io modernloop.io calendly.com hirevue.com ashbyhq.com lever.co
    gem.com myworkday.com smartrecruiters.com icims.com jobvite.com paradox.ai guide.co
    interviewschedule.com rivalhr.com teamtailor.com workable.com recruitee.com bamboohr.com
    personio.de breezy.hr jazzhr.com group.calendar.google.com import.calendar.google.com
    greenhouse-mail.io ashbyhq.email gem-mail.com lever-mail.co goodtime.email"""
)
# Meeting note-takers that join as an invited guest (Fireflies' "fred@fireflies.ai"). These are
# also the domains of the companies' own staff, so an address there is a bot only when its name
# is not a person's (see looks_like_bot): someone interviewing at Gong still has interviewers.
NOTETAKER_DOMAINS = words(
    """fireflies.ai otter.ai read.ai fathom.video tldv.io grain.com gong.io chorus.ai avoma.com
    sembly.ai meetgeek.ai tactiq.io fellow.app fellow.co supernormal.com notta.ai airgram.io
    jamie.ai bluedothq.com krisp.ai circleback.ai meetjamie.ai"""
)
# Conferencing services: their domain is not the employer's either (brief: "zoom.us").
TOOL_DOMAINS = SCHEDULER_DOMAINS | words(
    "zoom.us zoom.com teams.microsoft.com webex.com gotomeeting.com whereby.com "
    "resource.calendar.google.com calendar.google.com"
)

# The look-behind starts a match only where a local part can start: a long run of address
# characters without "@" is then scanned once, not once per position.
_EMAIL = re.compile(
    r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE
)
_SCHEME = re.compile(r"^\s*(?:mailto|smtp|sip)\s*:", re.IGNORECASE)
_WS = re.compile(r"\s+")
_CN_DEBRIS = re.compile(r":mailto$|(?<!\\)\\++$", re.IGNORECASE)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*", re.UNICODE)


@lru_cache(maxsize=8192)
def clean_email(raw: str | None) -> str | None:
    """`"MAILTO:Ann@Example.com "` → `ann@example.com`; None when it is not an address.

    Quotes, the scheme and any whitespace (folds can leave a space mid-address) are removed.
    """
    if not raw:
        return None
    text = _WS.sub("", str(raw)).strip("\"'<>")
    text = _SCHEME.sub("", text).strip("\"'<>")
    if text.count("@") != 1 or len(text) > 254:
        return None
    local, _, domain = text.partition("@")
    # A dotless domain is legal (test fixtures use `foo@bar`); free text needs a dot (find_emails).
    if not local or not _DOMAIN.fullmatch(domain) or ".." in domain:
        return None
    return text.lower()


def find_emails(text: str) -> list[str]:
    return [m.group(0).lower().rstrip(".") for m in _EMAIL.finditer(text)]


@lru_cache(maxsize=8192)
def clean_name(raw: str | None, email: str | None = None) -> str | None:
    """A display name, or None when the value is empty or only an address (a CN that is an
    address is not a name)."""
    if raw is None:
        return None
    text = _WS.sub(" ", str(raw)).strip().strip("\"'").strip()
    if not text:
        return None
    if "@" in text and (clean_email(text) is not None or (email and email in text.lower())):
        return None
    if text.lower().startswith("mailto:"):
        return None
    # `CN=X\:mailto:x@…` and `CN="Y\"` (ical.js fixtures) leave parser debris on the name.
    if text.endswith(("\\", ":mailto", ":MAILTO")):
        text = _CN_DEBRIS.sub("", text).strip()
    return text[:200] or None


def domain_of(email: str | None) -> str | None:
    if not email:
        return None
    return _domain(email)


# Called for every address several times per event (roster, detection, company): cached, as
# the same few addresses recur across a calendar's events.
@lru_cache(maxsize=16384)
def _domain(email: str) -> str | None:
    if "@" not in email:
        return None
    return email.rsplit("@", 1)[1].lower()


@lru_cache(maxsize=16384)
def _domain_in(domain: str, domains: frozenset[str]) -> bool:
    # Sub-domains count: "acme.greenhouse.io" is a Greenhouse address.
    parts = domain.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))


def is_free_mail(domain: str | None) -> bool:
    return bool(domain) and _domain_in(domain or "", FREE_MAIL)


# The brand of each recruiting tool ("smartrecruiters" of smartrecruiters.com): a tool sends
# candidate mail from its brand with "-mail" or "-email" added ("teamtailor-mail.com",
# "smartrecruiters-mail.com"), in the employer's display name, so that address is the tool's
# too. Only the hyphenated form: "<brand>mail.com" may be a firm of that name (4d2255a).
_SCHEDULER_BRANDS = frozenset(
    d.split(".")[0] for d in SCHEDULER_DOMAINS if "calendar" not in d and "-" not in d
)


@lru_cache(maxsize=16384)
def _tool_mail(domain: str) -> bool:
    label = domain.split(".")[-2] if domain.count(".") >= 1 else domain
    brand, dash, rest = label.rpartition("-")
    return bool(dash) and rest in ("mail", "email") and brand in _SCHEDULER_BRANDS


def is_scheduler(domain: str | None) -> bool:
    return bool(domain) and (
        _domain_in(domain or "", SCHEDULER_DOMAINS) or _tool_mail(domain or "")
    )


def is_tool_domain(domain: str | None) -> bool:
    return bool(domain) and (_domain_in(domain or "", TOOL_DOMAINS) or _tool_mail(domain or ""))


_ROOM_DOMAIN = re.compile(r"(?:^|\.)resource\.calendar\.google\.com$")
_ROOM_LOCAL = re.compile(r"^(?:room|rooms|conf|conference|meetingroom|mtg-?room|boardroom)[-._]")
_ROOM_NAME = re.compile(
    r"\b(?:conf(?:erence)?\.? ?room|meeting ?room|board ?room|huddle ?room|"
    r"room \d|raum|salle|sala)\b|^room\b|\(\d+\)\s*\[",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def looks_like_room(email: str | None, name: str | None) -> bool:
    domain = domain_of(email) or ""
    local = (email or "").split("@")[0]
    return bool(
        _ROOM_DOMAIN.search(domain)
        or _ROOM_LOCAL.match(local)
        or (name and _ROOM_NAME.search(name))
    )


# Shared mailboxes and scheduling bots: never an interviewer, never the recruiter.
_BOT_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|noreply\w*|notifications?|notify|mailer-daemon|"
    r"calendar|calendars|scheduling|scheduler|schedule|interviews?|interview-?scheduling|"
    r"recruiting|recruitment|careers?|jobs|talent|talent-?acquisition|ta|hiring|hr|candidates?|"
    r"candidate-?calendar|"
    r"campus|university|invites?|bookings?|meetings?|events?|info|admin|support|team|office|"
    r"assistant|bot)(?:[-._+]\w*)?$",
    re.IGNORECASE,
)
_BOT_NAME = re.compile(
    r"\b(?:calendar|no-?reply|do not reply|scheduling|scheduler|bot|mailbox|"
    r"recruiting team|talent team|talent acquisition(?: team)?|careers|campus|"
    r"interview(?:s|ing)? (?:team|schedul\w*|coordination)|hiring team|zoom webinar|"
    r"candidate experience|note-? ?taker|rpo|meeting (?:notes|recorder|assistant)|"
    r"(?:teams|zoom|webex|meet) room|ai (?:assistant|notes)|"
    # A team's mailbox in the company's name: "Skylark Air Recruitment", "Recruiting Operations".
    r"recruitment$|recruiting (?:operations|ops)$)\b",
    re.IGNORECASE,
)
# A team's address with the team word inside it: "crewrecruitment@", "recruitingops@".
_TEAM_WORDS = ("recruiting", "recruitment", "careers")
# A name that is only a conferencing or note-taking product, perhaps with its domain ending or
# a word of what it does ("Zoom", "Microsoft Teams", "Otter.ai", "Avoma Assistant"). Matched
# whole, so a person whose name merely contains such a word ("Gong Li", "Sam Fellow") stays.
_PRODUCT = (
    r"zoom|(?:microsoft |ms )?teams|(?:cisco )?webex|google meet|gotomeeting|goto meeting|"
    r"bluejeans|whereby|skype(?: for business)?|ringcentral|"
    r"fireflies|otter|fathom|tl;?dv|avoma|sembly|meetgeek|tactiq|supernormal|notta|airgram|"
    r"bluedot|circleback"
)
# Products named with an ordinary word or a given name ("Read", "Jamie", "Gong") count only
# with their domain ending or a word of what they do: a colleague called Jamie is a person.
_PRODUCT_WORD = r"read|jamie|gong|chorus|fellow|grain|krisp"
_PRODUCT_TLD = r"\.(?:ai|io|us|app|co|com|video)"
_PRODUCT_ROLE = r" (?:ai|bot|assistant|recorder|notes|notetaker|meeting|room|rooms|account|app)"
_PRODUCT_NAME = re.compile(
    rf"(?:{_PRODUCT})(?:{_PRODUCT_TLD})?(?:{_PRODUCT_ROLE})?"
    rf"|(?:{_PRODUCT_WORD})(?:{_PRODUCT_TLD}(?:{_PRODUCT_ROLE})?|{_PRODUCT_ROLE})",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def looks_like_bot(email: str | None, name: str | None) -> bool:
    """A shared mailbox, a scheduling tool, a no-reply sender or a group calendar."""
    domain = domain_of(email) or ""
    local = (email or "").split("@")[0]
    if _BOT_LOCAL.match(local):
        return True
    low_local = local.lower()
    if "." not in low_local and any(w in low_local for w in _TEAM_WORDS):
        return True
    if is_scheduler(domain):
        return True
    if name:
        spaced = _WS.sub(" ", name).strip(" \"'()")
        if _BOT_NAME.search(spaced) or _PRODUCT_NAME.fullmatch(spaced):
            return True
    # At a note-taker's domain a person's name (two words or more) is staff; anything else
    # (no name, "Otter.ai", "Fred") is the service's guest account.
    return _domain_in(domain, NOTETAKER_DOMAINS) and len((name or "").split()) < 2


@lru_cache(maxsize=4096)
def canonical_address(email: str) -> str:
    """Compare-form of an address: Gmail ignores dots and a +tag in the local part."""
    local, _, domain = email.lower().partition("@")
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


class Me:
    """The user's own addresses and the employer domains they imply."""

    __slots__ = ("addresses", "domains")

    def __init__(self, addresses: Iterable[str]) -> None:
        cleaned = [e for e in (clean_email(a) for a in addresses) if e]
        self.addresses = frozenset(canonical_address(e) for e in cleaned)
        self.domains = frozenset(
            d
            for d in (domain_of(e) for e in cleaned)
            if d and not is_free_mail(d) and not is_tool_domain(d)
        )

    def is_me(self, email: str | None) -> bool:
        return bool(email) and canonical_address(email or "") in self.addresses

    def is_colleague(self, email: str | None) -> bool:
        domain = domain_of(email)
        return bool(domain) and domain in self.domains


# --- names -------------------------------------------------------------------------------

_PARTICLES = words(
    "van von de da del della der den di du la le bin ibn al el dos das st st. mc binte binti bint "
    "ben ter ten zu af av"
)


# Letters NFKD leaves whole, as an address writes them: Yıldız is yildiz@, Wróbel-Łukasz is
# lukasz@, Ødegård is odegard@ (or odegaard@, see name_matches_email).
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                               "Đ": "D", "ħ": "h", "Ħ": "H"})  # fmt: skip
_UNDECOMPOSED_CHARS = re.compile("[ıłŁøØđĐħĦ]")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive compare form with single spaces."""
    if _UNDECOMPOSED_CHARS.search(text):
        text = text.translate(_UNDECOMPOSED)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s'-]", " ", stripped.casefold()).split())


def name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s'-]+", fold(name).replace(".", " ")) if t]


def _local_tokens(email: str) -> list[str]:
    local = email.split("@")[0].split("+")[0]
    return [t for t in re.split(r"[\s._-]+", fold(local)) if t]


# Short forms people go by and write in their address (kate@ for Katherine). Both directions are
# one group: a first name matches any name of its group.
_NICKNAME_GROUPS = (
    "katherine catherine kathryn kate katie kathy cathy kat",
    "william will bill billy liam",
    "robert rob bob bobby robbie",
    "richard rich rick dick",
    "elizabeth liz beth betsy eliza lisa libby",
    "margaret maggie meg peggy",
    "jennifer jen jenny",
    "christopher chris topher",
    "christine christina chris tina",
    "michael mike mick mikey",
    "jonathan jon john jack johnny",
    "james jim jimmy jamie",
    "joseph joe joey",
    "thomas tom tommy",
    "daniel dan danny",
    "matthew matt",
    "nicholas nick nicky",
    "alexander alex xander sasha",
    "alexandra alex alexa sasha",
    "samuel sam sammy",
    "samantha sam sammy",
    "benjamin ben benny",
    "edward ed eddie ted ned",
    "anthony tony",
    "andrew andy drew",
    "stephen steven steve",
    "patricia pat patty trish",
    "patrick pat paddy",
    "rebecca becca becky bex",
    "deborah debbie deb",
    "susan sue suzy",
    "victoria vicky tori",
    "gregory greg",
    "timothy tim",
    "jeffrey jeff",
    "kenneth ken kenny",
    "ronald ron",
    "donald don",
    "charles charlie chuck",
    "david dave davy",
    "abigail abby",
    "jessica jess jessie",
    "frederick fred freddie",
    "zachary zach zack",
    "theodore theo ted",
    "peter pete",
    "raymond ray",
    "lawrence larry",
    "leonard leo len",
    "oswaldo oswald ozzy oz",
    "augustin augustine augustus august gus",
    # Antonia and Antonio are two people (a panel may hold both); only the short form is shared.
    "antonia toni",
    "antonio anthony tony toni",
    "rafael raphael rafa rafi",
    "moshe moish moishe",
    "konstantinos constantine kostas kosta costas",
    "malgorzata gosia",
    "rosalind rosalyn roz",
    "gustav gustaf gus",
    "alejandro alex",
    "francisco paco pancho",
    "jose pepe",
    "ignacio nacho",
    "oleksandr olexandr sasha sascha",
    "aleksandr aleksander sasha sascha",
    "margarita rita",
)
_NICKNAMES: dict[str, frozenset[str]] = {}
for _group in _NICKNAME_GROUPS:
    _members = frozenset(_group.split())
    for _name in _members:
        _NICKNAMES[_name] = _NICKNAMES.get(_name, frozenset()) | _members


def same_first_name(a: str, b: str) -> bool:
    """`kate` and `katherine` are one first name; so are equal names."""
    return a == b or b in _NICKNAMES.get(a, ())


def _clipped(a: str, b: str) -> bool:
    """One first name is the other's start, as a nickname clips it ("Bart" for Bartholomew,
    "Mari" for Marisol); counted only beside the same surname."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and long_.startswith(short)


@lru_cache(maxsize=8192)
def names_match(a: str, b: str) -> bool:
    """Same person by name: equal, or a first name / "First L." against a full name."""
    # "Lady Penelope Harcourt" is "Penelope Harcourt": a style before the name is no part of it.
    a = _HONORIFIC.sub("", a) if a[:1] in _STYLE_INITIALS else a
    b = _HONORIFIC.sub("", b) if b[:1] in _STYLE_INITIALS else b
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    turned_a, turned_b = caps_surname_last(a), caps_surname_last(b)
    if turned_a is not None or turned_b is not None:
        # "TAN Mei Ling" is "Mei Ling Tan": the surname in capitals written first.
        return names_match(turned_a or a, turned_b or b)
    if len(ta) == len(tb) and _names_match_ordered(tb, ta):
        return True
    return _names_match_ordered(ta, tb)


def _names_match_ordered(ta: list[str], tb: list[str]) -> bool:
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) >= 2 and len(short[0]) == 1 and short[0] != long_[0]:
        return _initials_match(short, long_)
    # A short form counts only beside a surname ("Kate Brennan" is "Katherine Brennan"); a lone
    # "Sam" is not every Samuel.
    if short[0] != long_[0] and (
        len(short) == 1 or not (same_first_name(short[0], long_[0]) or _clipped(short[0], long_[0]))
    ):
        return False
    if len(short) == 1:
        return True
    # "Sam K." against "Sam Kim"; "Maria Garcia" against "Maria Garcia Lopez".
    last = short[-1]
    return any(tok == last or (len(last) == 1 and tok.startswith(last)) for tok in long_[1:])


def _initials_match(short: list[str], long_: list[str]) -> bool:
    """ "R. Baird" is Rhona Baird, "J.C. Albuquerque" João Carlos Albuquerque: the given names
    as initials, in order, then the same surname."""
    if any(len(t) != 1 for t in short[:-1]) or short[-1] not in long_[1:]:
        return False
    given = long_[: long_.index(short[-1])]
    if not given or not given[0].startswith(short[0]):
        return False
    k = 0
    for initial in short[:-1]:
        while k < len(given) and not given[k].startswith(initial):
            k += 1
        if k == len(given):
            return False
        k += 1
    return True


@lru_cache(maxsize=8192)
def name_matches_email(name: str, email: str) -> bool:
    """`Deepa Rao` ↔ deepa.rao@, drao@, deepar@, deeparao@, deepa@, rao.deepa@; also as mail
    directories write addresses: umlauts spelled out (Özdemir ↔ m.oezdemir@) and initials
    with a number that tells two people apart (John R. Kessler ↔ jrk3@)."""
    # Apostrophes vanish in addresses: O'Brien is obrien@.
    plain = name.replace("'", "").replace("’", "")
    local = _local_tokens(email)
    if _name_fits_local(plain, local):
        return True
    turned = caps_surname_last(plain)
    if turned is not None and _name_fits_local(turned, local):
        return True  # "CHEN Wei" at wei.chen@
    if "å" in plain.lower() and _name_fits_local(plain.translate(_NORDIC_AA), local):
        return True  # Ødegård at odegaard@: å spelled "aa", ø plain
    spelled = plain.translate(_SPELLED_OUT) if _SPELLED_OUT_CHARS.search(plain) else None
    if spelled is not None and _name_fits_local(spelled, local):
        return True
    if local and local[-1][-1:].isdigit():
        bare = [*local[:-1], local[-1].rstrip("0123456789")]
        bare = [t for t in bare if t]
        return bool(bare) and any(
            _name_fits_local(n, bare) for n in (plain, spelled) if n is not None
        )
    return False


# How German and Nordic mail systems spell letters an address cannot hold.
_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "ø": "oe", "æ": "ae",
     "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Å": "Aa", "Ø": "Oe", "Æ": "Ae"}
)  # fmt: skip
_SPELLED_OUT_CHARS = re.compile("[äöüßåøæÄÖÜÅØÆ]")
_NORDIC_AA = str.maketrans({"å": "aa", "Å": "Aa"})

_CAPS_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*+(?:['’-][^\W\d_]++)*+")


@lru_cache(maxsize=8192)
def caps_surname_last(name: str) -> str | None:
    """ "TAN Mei Ling" → "Mei Ling Tan": a surname in capitals written before the given names
    (as Singapore, Japanese and French directories write it); None for any other name. Two
    letters are initials ("JP Moreau"), not a surname."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4:
        return None
    head = tokens[0]
    if len(head) < 3 or not head.isupper() or _CAPS_WORD.fullmatch(head) is None:
        return None
    if any(t.isupper() or not t[:1].isupper() for t in tokens[1:]):
        return None
    surname = "-".join(p.capitalize() for p in head.split("-"))
    return " ".join([*tokens[1:], surname])


def _clips_surname(token: str, last: str) -> bool:
    """`feld` in rob.feld@ clips Feldman. Only a clip that leaves off three letters or more: a
    surname one or two letters longer is another family's (chen/Cheng, tan/Tang, park/Parker),
    and both people may be on the same panel."""
    return len(token) >= 4 and len(last) - len(token) >= 3 and last.startswith(token)


def _name_fits_local(plain: str, local: list[str]) -> bool:
    tokens = [t for t in name_tokens(plain) if t not in _PARTICLES]
    if not tokens or not local:
        return False
    joined = "".join(local)
    first, last = tokens[0], tokens[-1]
    firsts = _NICKNAMES.get(first, frozenset()) | {first}
    if len(tokens) == 1:
        return any(f in local or joined == f for f in firsts)
    initials = "".join(t[0] for t in tokens)
    for f in firsts:
        # deepa.rao, raodeepa, drao, deepar, j.smith, sofia.k, and initials (mk@ for Mira Kapoor)
        candidates = {f + last, last + f, f[0] + last, f + last[0]}
        if joined in candidates:
            return True
        if f in local and (last in local or len(local) == 1):
            return True
        if f in local and any(_clips_surname(t, last) for t in local if t != f):
            return True  # rob.feld@ for Robert Feldman: the surname clipped
        if len(local) == 1 and joined[:1] == f[0] and _clips_surname(joined[1:], last):
            return True  # rvenkat@ for Raghav (or R.) Venkataraman: initial, surname clipped
    if (
        len(first) == 1
        and last in local
        and any(t != last and len(t) > 1 and t[0] == first for t in local)
    ):
        return True  # aditi.chatterjee@ for "A. Chatterjee": the initial's given name spelled
    if len(local) == 1 and len(joined) >= 3 and first.startswith(joined):
        # A clipped first name as the whole address (vik@ for Vikram, oyin@ for Oyinkansola).
        return True
    if len(joined) >= 2 and joined in (initials, first[0] + last[0]):
        return True
    if len(tokens) >= 3 and joined == initials[:-1]:
        # The initials of the given names alone (tnl@ for Thi Ngoc Lan Tran): a long name
        # whose address leaves the surname out.
        return True
    if len(joined) >= 3 and len(tokens) >= 2:
        # Initials with the surname's particles (jdlr@ for Juan de la Rosa).
        every = name_tokens(plain)
        if len(every) > len(tokens) and joined == "".join(t[0] for t in every):
            return True
    return _compound_surname_match(name_tokens(plain), joined, firsts)


def _compound_surname_match(
    tokens: list[str], joined: str, firsts: frozenset[str] | set[str] = frozenset()
) -> bool:
    """A surname with its particles or a second given name, written as one word: jw.vanderberg@
    for Jan-Willem van der Berg, mj.delafuente@ for María José de la Fuente, gnibhriain@ for
    Gráinne Ní Bhriain. Each split of the name into given names and a surname is tried."""
    for k in range(1, min(len(tokens), 4)):
        given, surname = tokens[:k], "".join(tokens[k:])
        if len(surname) < 3 or not joined.endswith(surname):
            continue
        head = joined[: -len(surname)]
        if head in (given[0], given[0][0], "".join(g[0] for g in given), "".join(given)):
            return True
        if k == 1 and head and any(head in (f, f[0]) for f in firsts):
            return True  # awhitfieldruiz@ for Toni Whitfield-Ruiz: the initial of Antonia
    return False


_HONORIFIC = re.compile(
    r"^(?:(?:dr|mr|mrs|ms|mx|prof|professor|mme|sra|dra|cllr)\.?|(?:eng|engr|hon|capt)\.|"
    r"(?:herr|frau|sir|dame|lady|lord)(?= \w)|(?-i:Captain|Capt)(?= (?-i:[A-Z])))\s+(?=\S)",
    re.IGNORECASE,
)


_STYLE_INITIALS = frozenset("DdMmPpEeHhSsLlFfCc")


def is_latin(name: str) -> bool:
    """Written in Latin letters (accents and all), not in another script."""
    return all(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in name if c.isalpha())


def pick_name(*names: str | None) -> str | None:
    """The most complete of several names for the same person."""
    best: str | None = None
    for name in names:
        if not name:
            continue
        name = _HONORIFIC.sub("", name).strip() or name
        if best is not None and is_latin(name) != is_latin(best):
            # "Олена Гнатюк" on the guest list, "Olena Hnatiuk" in the letter: the name as the
            # Latin address and the letter spell it (a first name alone is less than the name).
            latin, other = (name, best) if is_latin(name) else (best, name)
            full = len(name_tokens(latin)) >= min(2, len(other.split()))
            best = latin if full else other
            continue
        if best is None or len(name_tokens(name)) > len(name_tokens(best)):
            best = name
        elif len(name_tokens(name)) == len(name_tokens(best)) and len(name) > len(best):
            best = name  # "Katherine Brennan" over "Kate Brennan": the name written in full
    return best
