"""Which company and which position an interview is for.

Company: what the description or the summary says, preferring the spelling that agrees with the
organizer's (or the interviewers') domain; else the domain itself. Never a free-mail provider,
a scheduling tool or the user's own employer.
Position: a "Job Title:" style label, else the part of the summary that reads as a job title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from app.calendar.model import CompanySource, Event, Interviewer
from app.calendar.names import is_name, is_title
from app.calendar.people import (
    Me,
    domain_of,
    fold,
    is_free_mail,
    is_tool_domain,
    looks_like_bot,
    looks_like_room,
    names_match,
    words,
)
from app.calendar.schedule import Schedule, prose_position, read_signature
from app.calendar.titles import role_of
from app.playbook.roles import Role

# (?<!\s): a separator is only tried from the start of a run of spaces, not from each of its
# spaces again (quadratic on a long run); the leftmost match is the same.
_SEGMENTS = re.compile(
    r"(?<!\s)\s+[-–—|:/~]\s+|(?<!\s)\s*[|]\s*|:\s+|(?<!\s)\s+<>\s+|(?<!\s)\s+x\s+"
    r"|(?<!\s)\s+@\s+|(?<!\s)\s*[()]\s*"
)
_INTERVIEW_WORDS = re.compile(
    r"\b(?:(?:live|virtual|video|phone|onsite|on-site|final|technical|tech|initial|intro|"
    r"introductory|first|second|third|1st|2nd|3rd|hiring manager|recruiter|panel|coding|"
    r"system design|behavioral|culture|coffee|lunch)\s+){0,4}(?:interviews?|screen(?:ing)?|onsite|"
    # "Sandpiper Coffee Roasters": a capitalised word after "Coffee" makes it part of a name.
    r"on-site|round|loop|call|chat|conversation|meeting|panel|coffee(?!\s++(?-i:[A-Z])))\b|"
    r"\bcanceled:|\bcancelled:|"
    # The same in the other languages invites come in: "Entrevista técnica", "Zweitgespräch".
    r"\b(?:entrevista|entretien|colloquio|sollicitatiegesprek|intervju|haastattelu)"
    r"(?:\s++(?:t[ée]cnic[ao]|technique|final|online|virtual))?\b|"
    r"\b(?:vorstellungs|bewerbungs|zweit|erst|kennenlern|auswahl)gespr[äa]ch\b",
    re.IGNORECASE,
)
# The head words of job titles in the other languages invites come in (Spanish, Portuguese,
# French, German, Italian, Dutch): the title lexicon reads English. A word that holds one of
# these stems (German compounds: "Softwareentwickler") names a job.
_FOREIGN_JOB_STEMS = (
    *("analista", "engenheir", "ingenier", "ingénieur", "ingenieur", "desarrollador"),
    *("desenvolvedor", "entwickler", "coordinador", "coordenador", "gerente", "jefe de"),
    *("jefa de", "directora", "diretor", "directeur", "directrice", "responsable", "técnic"),
    *("consultor", "especialista", "asistente", "assistente", "leiter", "referent", "berater"),
    *("sachbearbeiter", "vendedor", "vendedora", "chargé", "chargée", "gestionnaire"),
    *("medewerker", "adviseur", "sviluppat", "programmat", "enfermer", "contador", "contable"),
    # Swedish, Danish, Norwegian and Dutch developers and engineers ("Backend-utvecklare").
    *("utvecklare", "udvikler", "utvikler", "ontwikkelaar", "ingenjör", "ingeniør"),
)


def _foreign_job(text: str) -> bool:
    """A job's title in one of the other languages, by its head word."""
    low = text.lower()
    return len(text.split()) <= 8 and any(stem in low for stem in _FOREIGN_JOB_STEMS)


def _foreign_job_head(text: str) -> bool:
    """A foreign job title that outweighs a text that also reads as a person's name. Not when
    the only word holding a title's stem comes last, after what reads as a given name: a
    surname ("Anna Schleiter" holds "leiter", "Alberto Contador" is a title word too)."""
    if not _foreign_job(text):
        return False
    words = text.lower().split()
    if 2 <= len(words) <= 3:
        held = [any(stem in w for stem in _FOREIGN_JOB_STEMS) for w in words]
        first = text.rsplit(None, 1)[0]
        if (
            held[-1]
            and not any(held[:-1])
            and _SENIORITY.isdisjoint(words[:-1])
            and is_name(first)
            and not is_title(first)
        ):
            return False
    return True


_SENIORITY = frozenset(
    ["senior", "junior", "sr", "sr.", "jr", "jr.", "lead", "staff", "principal", "chief", "head"]
)


# The name ends at a separator, " for", " with" or another " at"/"@": a lazy run that could
# cross those was retried up to 60 characters from every "at" of "at at at …".
_AT = re.compile(
    r"(?:\bat|@)\s++(?P<v>(?:[^-–—|:()@\s]|\s(?!for\b|with\b|at\b)){2,60}?)\s*+"
    r"(?:$|[-–—|:(@]|\bfor\b|\bwith\b|(?=\sat\b))",
    re.IGNORECASE,
)
_FOR = re.compile(
    r"\bfor\s+(?:the\s+)?(?:(?:an?|our)\s+)?(?P<v>[^–—|:()@]{3,80}?)\s*"
    r"(?:$|\s[-–—|]\s|[|:(@]|\bwith\b|\bat\b|\bposition\b|\brole\b)",
    re.IGNORECASE,
)
_WITH_TAIL = re.compile(r"\s(?:with|w/|between)\s.*$", re.IGNORECASE)
# An ordinal is no requisition id: "Forklift Operator - 2nd Shift" keeps its "2nd".
_REQ = re.compile(
    # A number of one or two digits alone is a grade's or a level's ("Registered Nurse Gr 2").
    # A ward's or a unit's code is part of the job's name too ("Staff Nurse, Ward 7B").
    r"(?:^|\s)(?:(?!\d++(?:st|nd|rd|th)(?:\s|$))(?!\d{1,2}[A-Za-z]?(?:\s|$))#?[A-Z]{0,4}-?\d[\w-]*"
    r"|req(?:uisition)?\s*+#?\s*+\w+)(?=\s|$)",
    re.IGNORECASE,
)
# What is left of an id cut off at its "#": "Patient Care Technician (Night Shift), Req".
_REQ_TAIL = re.compile(r"(?<![\s,]),?\s++(?:req(?:uisition)?|ref)\.?$", re.IGNORECASE)
_PARENS = re.compile(r"\([^()]*\)")
_TWO_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gv"}
    # Public bodies' second levels: an NHS trust (staldhelms.nhs.uk), a school, a police force,
    # a government in Spanish, French, New Zealand or Canadian form, a UK company.
    | {"nhs", "sch", "police", "gob", "gouv", "govt", "gc", "mil", "ltd", "plc"}
    # Canadian provinces' second levels ("hydrolaurentides.qc.ca").
    | {"qc", "on", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe"}
)


@lru_cache(maxsize=4096)
def company_label(domain: str) -> str:
    """`acme-robotics.com` → "Acme Robotics"; `mail.fabrikam.co.uk` → "Fabrikam"."""
    labels = domain.lower().split(".")
    if len(labels) >= 3 and labels[-2] in _TWO_LEVEL and len(labels[-1]) == 2:
        label = labels[-3]
    else:
        label = labels[-2] if len(labels) >= 2 else labels[0]
    parts = [part for part in re.split(r"[-_]+", label) if part]
    if len(parts) == 1:
        parts = _sector_split(parts[0])
    return " ".join(part.capitalize() for part in parts)


# Sector words a company's name ends with, written as a separate word even when the domain
# runs the words together ("tallgrassfarms" is "Tallgrass Farms"); brand compounds end with
# other words ("Brambleworks", "Sparrowpay", "Sunpeak") and are left whole.
_SECTOR_WORDS = words(
    "farms foods health healthcare labs bank capital partners media energy analytics robotics "
    "logistics freight pharma pharmacy insurance software systems studios motors dental clinic "
    "hotel hotels school university college hospital group ventures consulting architects "
    "builders homes realty properties brewing wines coffee kitchen bakery apparel outfitters"
)


def _sector_split(label: str) -> list[str]:
    for cut in range(4, len(label) - 2):
        if label[cut:] in _SECTOR_WORDS:
            return [label[:cut], label[cut:]]
    return [label]


def employer_domain(
    event: Event, interviewers: Sequence[Interviewer], me: Me, *, for_client: bool = False
) -> str | None:
    """The domain that stands for the employer: the organizer's, else the interviewers' most
    common one. An agency organizing for a client (`for_client`) stands for nobody's employer
    when an interviewer writes from another domain."""

    def usable(email: str | None) -> str | None:
        domain = domain_of(email)
        if not domain or is_free_mail(domain) or is_tool_domain(domain) or domain in me.domains:
            return None
        if me.is_me(email) or looks_like_room(email, None) or "." not in domain:
            return None
        return domain

    organizer = event.organizer
    counts = Counter(d for d in (usable(i.email) for i in interviewers) if d)
    if organizer is not None:
        found = usable(organizer.email)
        if found and not (for_client and counts and found not in counts):
            return found
    if not counts:
        counts = Counter(d for d in (usable(a.email) for a in event.attendees) if d)
    return counts.most_common(1)[0][0] if counts else None


# "Client interview - Cloud Security Engineer - Halvard Bank": an agency's own subject.
_CLIENT_EVENT = re.compile(r"\bclient (?:interview|meeting|call|screen)\b", re.IGNORECASE)
_NOT_KEY = re.compile(r"[^a-z0-9]")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_LABEL_SPLIT = re.compile(r"[-_]")


# Letters that NFKD does not take apart, as a domain writes them: "Wisła" is wisla, "Tørsvik"
# torsvik, "Aydın" aydin.
_ASCII_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    return _NOT_KEY.sub("", fold(text).translate(_ASCII_LETTERS))


# A conferencing tool's footer below the signature ("Join Microsoft Teams Meeting", "Join
# Zoom Meeting") is no company line, whatever domain the letter comes from.
_MEETING_TOOL = re.compile(
    r"\b(?:microsoft teams|zoom meeting|webex|google meet|gotomeeting|bluejeans)\b",
    re.I,
)


def company(
    event: Event, schedule: Schedule, interviewers: Sequence[Interviewer], me: Me
) -> str | None:
    return company_and_source(event, schedule, interviewers, me)[0]


def company_and_source(
    event: Event, schedule: Schedule, interviewers: Sequence[Interviewer], me: Me
) -> tuple[str | None, CompanySource | None]:
    """The company as the invite writes it: a name the invite's own words give that agrees with
    an employer address, else what it says explicitly ("on behalf of", "Company:"), else the
    address's domain written as a name."""
    client = schedule.agency or _CLIENT_EVENT.search(event.title) is not None
    domain = employer_domain(event, interviewers, me, for_client=client)
    if domain is None:
        own = _own_employer(event, interviewers, me)
        if own is not None:
            return own, "invite"
    head = event.description[:3000]
    if "lient" in head or "ecruits" in head or "klant" in head or "unde" in head or "kund" in head:
        org_domain = domain_of(event.organizer.email) if event.organizer else None
        placing = client or bool(org_domain and _AGENCY_LABEL.search(_target(org_domain)[0]))
        stated_client, named_client = _agency_client(head, placing)
        # (A "person" without an address named so is the client read as someone met.)
        met = [i.name for i in interviewers if i.name and i.email]
        if named_client and not _is_person(named_client, met):
            # "my client Marram Capital Partners", "TalentBridge recruits on behalf of Orbit
            # Telecom": the agency writes for the employer it names.
            return named_client, "invite"
        if stated_client:
            # "my client (a large insurer, name shared on the call)": the agency keeps the
            # employer's name back; its own firm is not the employer.
            return None, None
    domains = _domains(event, schedule, interviewers, me, domain)
    if not domains and "@" in event.description:
        # Everyone on a personal address, the employer's only in the letter: a forwarded
        # message's "From: … <recruiting@larchmontstudios.com>", an interviewer's line.
        domains = _described_domains(event, me)
    agency_domain = domain_of(event.organizer.email) if client and event.organizer else None
    if agency_domain and agency_domain != domain and domain is not None:
        # The agency's own name agrees with its own domain: not the employer's.
        domains = [d for d in domains if d != agency_domain]
    # "your interview with Wrenhollow Orchards" read as a person met without an address: a
    # name that spells an employer's domain is that employer, not a person.
    people = [
        i.name
        for i in interviewers
        if i.name and (i.email or not any(_fit(i.name, d) == 3 for d in domains))
    ]
    sender = _sender_name(event)
    explicit = [c for c in (schedule.company, schedule.company_prose, sender) if c]
    sig = read_signature(
        schedule.signature, lambda t: any(agrees_with_domain(t, d) for d in domains)
    )
    signed = (
        [sig.company]
        if sig and sig.company and not sig.agency and _MEETING_TOOL.search(sig.company) is None
        else []
    )
    titled = _title_candidates(event.title)
    candidates = explicit + titled + signed + _directory_orgs(event)
    met_domains = _met_domains(interviewers, me) if len(domains) > 1 else frozenset()
    stated = _stated_over_domain(event, domains, met_domains)
    if stated:
        return stated, "invite"
    parent = schedule.parent
    if schedule.company and parent and any(agrees_with_domain(parent, d) for d in domains):
        # "Company: Petrel Coatings, a division of Aurelian Industries" from the parent's
        # domain: the division is the one hiring.
        return _clean_company(schedule.company), "invite"
    if domains:
        best, best_fit, best_text = None, 0, ""
        best_standing: int | None = None
        for text in candidates:
            fit = max(_fit(text, d) for d in domains)
            head = _DEPARTMENT_CUT.split(text, maxsplit=1)[0]
            if head != text and fit and max(_fit(head, d) for d in domains) >= fit:
                # "Organization: Cedargate University - Information Technology Services": the
                # part after the dash is a department or a site; the name alone spells the domain.
                text = head
            if fit == 0 and text in titled:
                # "Alex Morgan <> Isobar Cartography" at isobarmaps.com: the subject writes the
                # name whole, its first word starts the domain.
                fit = max(_head_fit(text, d) for d in domains)
            if fit < best_fit or fit == 0 or _is_person(text, people):
                continue
            if fit > best_fit:
                best, best_fit, best_text, best_standing = _clean_company(text), fit, text, None
                continue
            # Two names spell a domain as well: which one the candidate would join decides.
            if best_standing is None:
                best_standing = _standing(best_text, fit, domains, met_domains)
            standing = _standing(text, fit, domains, met_domains)
            if standing > best_standing:
                best, best_text, best_standing = _clean_company(text), text, standing
        # Also when the best so far is a mailbox's name that runs on past what the domain spells
        # ("StWalburga Nursing" at stwalburga.org): the letter's "St. Walburga Medical Center"
        # names the body.
        from_mailbox = (
            best is not None
            and sender is not None
            and not _ends_with_org_word(best)
            and _key(best) not in {_target(d)[0] for d in domains}
            and best == _clean_company(sender)
        )
        if best_fit < 3 or from_mailbox:
            written, fit = _written_as(event, domains)
            if written and (fit > best_fit or (fit == best_fit and _ends_with_org_word(written))):
                best, best_fit = written, fit
        if best_fit < 3 and event.location:
            # Only where the invite's words do not spell it: the place may name a site of the
            # company ("Voltaic Arc Lab, 300 Dock St") that the letter writes as "Voltaic Arc".
            placed = _placed_name(event.location, tuple(domains))
            if placed and not _is_person(placed, people):
                best, best_fit = placed, 3
        if best and met_domains and not any(_fit(best, d) for d in met_domains):
            # "Fenwick Hospitality" from the group's careers mailbox while the chef met writes
            # from emberandoak.com and the letter names "Ember & Oak": the brand of the people
            # met, written in the invite, is the one joined.
            brand, brand_fit = _written_as(event, sorted(met_domains))
            # (A name inside the chosen one is no other firm: "NHS" at nhs.net in "Northfleet
            # Valley NHS Foundation Trust".)
            if (
                brand
                and brand_fit == 3
                and _key(brand) not in _key(best)
                and not _is_person(brand, people)
                and not _outside_firm(_invite_text(event), brand, best)
            ):
                best = brand
        if best:
            best = _subsidiary(best, schedule.company_prose) or best
            placed = _firm_placed_with(event, schedule, best, domains, people)
            if placed is not None:
                return placed, "invite"
            return _fuller(best, event, domains), "invite"
    # The same filter as the domain loop's, against everyone the invite names: a person or a
    # job title is never the company.
    named = people + _event_people(event, schedule)
    stated_names = [c for c in explicit if not _is_person(c, named) and not is_title(c)]
    if stated_names:
        stated_name = _clean_company(stated_names[0])
        return _written_in_full(stated_name, _invite_text(event), []) or stated_name, "invite"
    if signed and sig is not None and _signed_by_employer(sig.name, event, domain):
        # The sender's own signature states the company, though the domain is an acronym
        # or an old name that it does not spell ("Nordic Language & Media AB", nlcm.se).
        return _clean_company(signed[0]), "invite"
    if client and domain:
        # "Client interview - Cloud Security Engineer - Halvard Bank" from an agency, the
        # client's domain an abbreviation (hvbgroup.com): the subject names the client.
        in_title = [
            c
            for c in _title_candidates(event.title)
            if fold(c) != "client" and not _is_person(c, named) and not is_title(c)
        ]
        if in_title:
            return _clean_company(in_title[-1]), "invite"
    if domain:
        short = _abbreviated_as(_invite_text(event), _target(domain)[0], tuple(named))
        if short is not None:
            # "Larkspur Freight" at lkspr.com, "Quarry Bio" at qbio.ai: the name the invite
            # writes, of which the domain is a short form.
            return short, "invite"
        org = event.organizer
        if org is not None and org.name and domain_of(org.email) == domain:
            # The organizer's mailbox shows the name the domain spells ("Hydro-Laurentides
            # Recrutement" <recrutement@hydrolaurentides.qc.ca>), its team's words aside.
            shown = _clean_company(" ".join(_SENDER_NOISE.sub(" ", org.name).split()))
            others = [n for n in named if n != org.name]
            if _fit(shown, domain) == 3 and not _is_person(shown, others):
                return shown, "invite"
        label = company_label(domain)
        written = _written_in_full(label, _invite_text(event), [domain])
        if written and not _is_person(written, named):
            return written, "invite"
        return label, "domain"
    guests = [a.name for a in event.attendees if a.name]
    firm = _firm_in_prose(_invite_text(event), tuple(people + guests))
    if firm:
        return firm, "invite"
    m = _AT.search(event.title)
    if m:
        value = m.group("v").strip()
        if value and not _is_person(value, people) and not is_title(value):
            return value, "invite"
    return None, None


def _is_short_form(short: str, name_key: str) -> bool:
    """`short` keeps the first letter of `name_key` and the rest of its letters in order:
    "lkspr" of "larkspurfreight", "qbio" of "quarrybio"."""
    if len(short) < 4 or short[0] != name_key[:1] or short == name_key:
        return False
    at = 0
    for c in short:
        at = name_key.find(c, at) + 1
        if at == 0:
            return False
    return True


@lru_cache(maxsize=256)
def _abbreviated_as(text: str, target: str, people: tuple[str, ...]) -> str | None:
    """The name the invite writes most often, of two words or more, of which the domain's
    letters are a short form (its first letter, then the others in order)."""
    if len(target) < 4 or not target.isalpha():
        return None
    counts: dict[str, int] = {}
    first = target[0]
    for m in list(_CAPS_RUN.finditer(text))[:300]:
        if m.end() - m.start() <= len(target) or _key(m.group(0)[:1]) != first:
            # (A run that opens with another letter may still hold a name further on; the
            # names this looks for open the run: "Larkspur Freight", "at Quarry Bio".)
            continue
        words = _SENTENCE_STOP.split(m.group(0), maxsplit=1)[0].split()
        keys = [_key(w) for w in words]
        for i in range(len(words)):
            if keys[i][:1] != first:
                continue
            for j in range(min(len(words), i + 4), i + 1, -1):
                if not _is_short_form(target, "".join(keys[i:j])):
                    continue
                phrase = _clean_company(" ".join(words[i:j]).strip(".,'’"))
                kept = [_key(w) for w in phrase.split()]
                if len(kept) < 2 or not all(kept) or not _is_short_form(target, "".join(kept)):
                    continue
                if (
                    not _is_person(phrase, people)
                    and not is_title(phrase)
                    and _MEETING_TOOL.search(phrase) is None
                ):
                    counts[phrase] = counts.get(phrase, 0) + 1
                    break
            break
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], -len(p)))


def _head_fit(text: str, domain: str) -> int:
    """1 when a name of two to four capitalised words opens with a word of five letters or
    more that starts the domain's name part ("Isobar Cartography", isobarmaps.com). A job title
    is no firm's name even when its first word starts the domain ("Product Designer" at
    productboard.com, "Senior Engineer" at seniorlink.com): it is the position."""
    if is_title(text):
        return 0
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or not all(t[:1].isupper() for t in tokens):
        return 0
    first = _key(tokens[0])
    return 1 if len(first) >= 5 and _target(domain)[0].startswith(first) else 0


# The employer written as the one joined: "the Staff Engineer role at Northwind Health",
# "joining Northwind Health", "applying to …" (checked on the words just before the name).
_JOINED_BEFORE = re.compile(
    r"(?:\b(?:role|position|job|post|opening|vacancy|opportunity|career|roles|positions)"
    r"[ \t]++(?:at|with|in)|\bjoin(?:ing)?|\bappl(?:y|ied|ying)[ \t]++(?:to|at|with)"
    r"|\b(?:work|working)[ \t]++(?:at|for)|\bhere[ \t]++at)[ \t]++(?:the[ \t]++)?$",
    re.IGNORECASE,
)
# A firm introduced as an outside party beside its name: "Halden Partners, the search firm
# supporting our hiring", "BrightPath, our implementation partner", "on behalf of"; not a
# title held at the firm ("a partner at Ember & Oak").
_OUTSIDE_PARTY = re.compile(
    r"\b(?:our|the|a|an|their|your)[ \t]++(?:[\w-]++[ \t]++){0,3}?"
    r"(?:search[ \t]++firm|firm|agency|partner|consultancy|consultants?|vendor|contractor"
    r"|supplier|provider|recruiters?|headhunters?)s?\b(?![ \t]++(?:at|in|with)\b)"
    r"|\bon[ \t]++behalf[ \t]++of\b"
    r"|\bthird[ -]party\b|\boutsourc\w*",
    re.IGNORECASE,
)


def _outside_firm(text: str, brand: str, chosen: str) -> bool:
    """Whether the invite writes `brand` (the firm of the people met) as an outside party of
    `chosen`: introduced beside agency or partner words in its own sentence, or `chosen` written
    as the employer joined while `brand` never is. A group's brand written as the employer
    ("the Line Cook position at Ember & Oak") stays the one joined."""
    low = text.lower()

    def joined(name: str) -> bool:
        at, key = 0, name.lower()
        for _ in range(20):
            at = low.find(key, at)
            if at < 0:
                return False
            if _JOINED_BEFORE.search(text[max(0, at - 40) : at]) is not None:
                return True
            at += len(key)
        return False

    if joined(brand):
        return False
    if joined(chosen):
        return True
    at, key = 0, brand.lower()
    for _ in range(20):
        at = low.find(key, at)
        if at < 0:
            return False
        start = max(low.rfind(".", 0, at), low.rfind("\n", 0, at)) + 1
        ends = [e for e in (low.find(".", at + len(key)), low.find("\n", at + len(key))) if e >= 0]
        end = min(ends) if ends else len(low)
        # The sentence without the name itself ("Halden Partners" holds "Partners").
        around = text[start:at] + " " + text[at + len(key) : end]
        if _OUTSIDE_PARTY.search(around[:400]) is not None:
            return True
        at += len(key)
    return False


def _met_domains(interviewers: Sequence[Interviewer], me: Me) -> frozenset[str]:
    """The employer-looking domains of the people the candidate meets."""
    found = (domain_of(i.email) for i in interviewers if i.email and not me.is_me(i.email))
    return frozenset(d for d in found if d and _employer_like(d) and d not in me.domains)


# The writer places candidates with a client: "the client's invite below", "on behalf of our
# client", "retained search", Singapore's employment-agency licence, "extend it to your
# candidate" (the client writing to the agency). "Our client services team" is no client.
_AGENCY_TEXT = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Tt]he) client(?:['’]s|(?![ \t]++[a-z]))|\b[Rr]etained search\b"
    r"|\bEA [Ll]icen[cs]e\b|\byour candidate\b"
)
# What every _AGENCY_TEXT match holds, by substring before the regex's scan.
_AGENCY_HINTS = ("client", "etained", "icen", "candidate")
# A firm's name that says it places people: "NorthStar Staffing", "Ashgrove Executive Search".
_AGENCY_NAME = re.compile(
    r"\b(?:staffing|search|recruit\w*|talent|resourcing|headhunt\w*|placements?)\b", re.I
)
# Whose company the firm is: a holding or a group names the firm it writes for.
_HOLDING_WORDS = frozenset({"holdings", "group"})
# "Interview w/ Ridgeback Capital – Fund Accountant": the firm met, after "with".
_WITH_FIRM = re.compile(r"(?:\bwith|\bw/)[ \t]++(?P<v>[^-–—|:()\n]{3,60}?)[ \t]*+(?:$|[-–—|:(])")


def _firm_placed_with(
    event: Event, schedule: Schedule, best: str, domains: list[str], people: list[str]
) -> str | None:
    """The firm the candidate would join when the name chosen is the writer's own and the writer
    places candidates (a staffing agency, a search firm) or owns the firm (a holding): what the
    invite says it writes "on behalf of", else a name spelling another address on the invite or
    in a forwarded message, else a firm the subject names ("Severnvale Water Trust - CFO")."""
    organizer = event.organizer
    own = domain_of(organizer.email) if organizer else None
    if not own or not _fit(best, own):
        return None
    holding = fold(best.split()[-1]) in _HOLDING_WORDS
    head = event.description[:3000]
    placing = (
        _AGENCY_LABEL.search(_target(own)[0]) is not None
        or _AGENCY_NAME.search(best) is not None
        or (any(w in head for w in _AGENCY_HINTS) and _AGENCY_TEXT.search(head) is not None)
        # "Chief Operating Officer search - first conversation": a search firm's subject.
        or _SEARCH_SUBJECT.search(event.title) is not None
    )
    if not placing and not holding:
        return None
    stated = schedule.company_prose
    if stated and not _fit(stated, own) and not _is_person(stated, people) and not is_title(stated):
        return _clean_company(stated)
    if not placing:
        return None
    others = [d for d in domains if d != own and not _fit(best, d)]
    described = [
        d
        for d in (domain_of(m) for m in _EMAILS.findall(event.description[:6000])[:20])
        if d and d != own and _employer_like(d) and d not in others
    ]
    if others or described:
        written, fit = _written_as(event, (others + described)[:6])
        if written and fit >= 2 and not _is_person(written, people):
            return _exact_head(written, others + described)
    everyone = tuple(people) + tuple(_event_people(event, schedule))
    prose = _firm_met_in_prose(event.title + "\n" + head, own, everyone)
    if prose is not None:
        return prose
    named = _title_candidates(event.title)
    m = _WITH_FIRM.search(event.title)
    if m:
        named.append(m.group("v"))
    for text in named:
        text = _clean_company(text)
        if (
            _ends_with_org_word(text)
            and not _fit(text, own)
            and not _is_person(text, people)
            and not is_title(text)
        ):
            return text
    return None


# A search firm's subject names the post searched for and ends the phrase with "search"
# ("COO search - first conversation", "Executive search: Head of Estates"); "search" opening a
# job's title ("Search Engineer", "Head of Search") is the job, not the firm.
_SEARCH_SUBJECT = re.compile(
    r"(?<![\w-])(?:(?:executive|retained) search(?![\w-])|(?<!of )(?<!in )(?<!for )"
    r"search(?=[ \t]*+(?:$|[-–—|:(,/])))",
    re.IGNORECASE,
)
# Where the writer sends the candidate: "the COO appointment at Wrenfield Housing Association",
# "a meeting at Calderbank Water's offices", "your interview with Mangrove Shipping for".
# Words are taken whole: linear.
_MET_AT_FIRM = re.compile(
    r"\b(?:interview|meeting|conversation|appointment|role|position|opening|vacancy|onsite|"
    r"offices?)s? (?P<p>with|at) (?:the )?"
    r"(?P<v>[A-Z][\w&'’-]*+(?:[ \t]++(?:(?:&|of|and|for)[ \t]++)?[A-Z][\w&'’-]*+){0,4})"
)


def _firm_met_in_prose(text: str, own: str, people: tuple[str, ...]) -> str | None:
    """A firm the placing writer sends the candidate to ("appointment at X", "meeting at X's
    offices"), not the writer's own nor a person."""
    for m in list(_MET_AT_FIRM.finditer(text[:3500]))[:10]:
        value = m.group("v")
        if value.endswith(("'s", "’s")):
            value = value[:-2]
        value = _clean_company(value)
        if len(value.split()) < 2 or _fit(value, own) or fold(value) in _NOT_FIRMS:
            continue
        if _is_person(value, people) or is_title(value):
            continue
        if m.group("p") == "with" and is_name(value) and not _ends_with_org_word(value):
            # "a meeting with Dana Whitfield for the final round": a person met after "with"
            # reads as a name; a firm met so is named with its kind or "at" its offices.
            continue
        return value
    return None


def _described_domains(event: Event, me: Me) -> list[str]:
    """The employer-looking domains of the addresses the description writes."""
    out: list[str] = []
    for email in _EMAILS.findall(event.description[:6000])[:20]:
        d = domain_of(email)
        if d and d not in out and _employer_like(d) and d not in me.domains:
            out.append(d)
    return out[:6]


def _exact_head(name: str, domains: list[str]) -> str:
    """The words of a name that spell a domain exactly, without what follows them ("Harbourline
    Foods Asia" for harbourlinefoods.com is the firm's regional arm's signature)."""
    words_ = name.split()
    for j in range(1, len(words_)):
        head = " ".join(words_[:j])
        if any(_key(head) == _target(d)[0] for d in domains):
            return head
    return name


_EMAILS = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")


# A domain's words that say it is a search firm's or a staffing agency's ("gannetrytalent.com",
# "wyvernsidesearch.com"): the firm that places the candidate, not the one they would join.
_AGENCY_LABEL = re.compile(r"talent|search|staffing|recruit|resourcing|headhunt|placements")


def _standing(text: str, fit: int, domains: list[str], met: frozenset[str]) -> int:
    """How a company name the invite writes stands among others that spell a domain as well:
    the firm of the people met over the organizer's (a group's recruiting mailbox, an agency),
    never an agency's or a parent group's name when a person met writes from another domain."""
    spelt = [d for d in domains if _fit(text, d) == fit]
    others = [d for d in met if d not in spelt]
    standing = 1 if any(d in met for d in spelt) else 0
    if others and any(_AGENCY_LABEL.search(_target(d)[0]) for d in spelt):
        standing -= 2
    last = text.split()[-1:] if others else []
    parent = any(_target(d)[0].endswith(tuple(_PARENT_WORDS)) for d in spelt)
    if last and (fold(last[0]) in _PARENT_WORDS or parent):
        # "Sandpiper Coffee Roasters is part of the Verrant Beverage Group": the group runs
        # the hiring, the firm its people work for is the one joined.
        standing -= 1
    return standing


# "hiring our first ops person at Tidemark", "co-founder @ Cantata", "the founding engineer
# role at Stone & Sparrow": a firm after "at" or "@". Words are taken whole: linear.
_AT_FIRM = re.compile(
    r"(?:\bat|@)[ \t]++(?P<v>[A-Z][\w'’-]*+(?:[ \t]++(?:&[ \t]++)?[A-Z][\w'’-]*+){0,3})"
)


@lru_cache(maxsize=512)
def _firm_in_prose(text: str, people: tuple[str, ...]) -> str | None:
    """A firm the invite writes after "at" or "@" and names again elsewhere (the subject, a
    signature, in lower case), when no address gives an employer (a founder on a personal
    address): one mention may be a café or a former employer, two are the firm that hires."""
    if " at " not in text and "@ " not in text:
        return None
    low = text.lower()
    for m in list(_AT_FIRM.finditer(text))[:20]:
        value = m.group("v")
        if is_title(value) or _is_person(value, people) or fold(value) in _NOT_FIRMS:
            continue
        needle = value.lower()
        first = low.find(needle)
        if first != -1 and low.find(needle, first + len(needle)) != -1:
            return _clean_company(value)
    return None


# Words after "at" that are no firm: days, times, places in general.
_NOT_FIRMS = words(
    "monday tuesday wednesday thursday friday saturday sunday noon midnight reception home "
    "the a an our your my this that"
)


@lru_cache(maxsize=1024)
def _placed_name(location: str, domains: tuple[str, ...]) -> str | None:
    """The employer as the place writes it: the words a part of the location opens with that
    spell a domain, with the organisation words after them ("Parcel Post Studio, 3rd floor" for
    parcelpost.studio, "St. Brendan's Hospital, 4 West" for stbrendans.org); not the site that
    may follow ("Kestrel Cold Chain DC-4", "Kazahaya Shoji Head Office")."""
    for part in location[:200].split(",")[:3]:
        tokens = part.split()[:8]
        for j in range(1, min(len(tokens), 6) + 1):
            phrase = " ".join(tokens[:j]).strip(".,'’")
            if not any(_key(phrase) == _target(d)[0] or _fit(phrase, d) == 2 for d in domains):
                continue
            extra = []
            for w in tokens[j:]:
                if fold(w).strip(".,") not in _ORG_WORDS:
                    break
                extra.append(w.strip(".,"))
            return _clean_company(" ".join([phrase, *extra]))
    return None


def _own_employer(event: Event, interviewers: Sequence[Interviewer], me: Me) -> str | None:
    """An interview for another job at the user's own employer (everyone who writes from an
    employer's address is a colleague): that employer, as the invite writes it or as its
    domain reads, never the team or the department a title or the subject names."""
    emails = [i.email for i in interviewers]
    emails.append(event.organizer.email if event.organizer else None)
    own: list[str] = []
    for email in emails:
        domain = domain_of(email)
        if not email or not domain or me.is_me(email) or not _employer_like(domain):
            continue
        if domain not in me.domains:
            return None
        own.append(domain)
    if not own:
        return None
    written, fit = _written_as(event, own[:1])
    return written if written and fit >= 2 else company_label(own[0])


# An agency naming its client: "my client Marram Capital Partners", "our client, Halvard
# Bank", "recruits on behalf of Orbit Telecom". Words are taken whole: linear.
# "My client", "Our client" open sentences: the words match in either case, the name only
# from a capital.
# The same in French, Dutch, German, Spanish, Italian, Portuguese and the Nordic languages:
# "chez notre client, la Fromagerie des Aravis", "bij mijn klant Installatietechniek Brabant",
# "unser Kunde Alpenholz", "nuestro cliente Grupo X"; a name may hold small words ("des").
_CLIENT_NAMED = re.compile(
    r"(?:\b(?i:my|our) (?i:client),?|\b(?i:recruits?) (?:on behalf of|for)|"
    r"\b(?i:notre|mon) (?i:client)e?,?(?: (?:la|le|les))?|\b(?i:mijn|onze) (?i:klant),?|"
    r"\b(?i:unser|unserem|unseren|unsere|meinem|meine) (?i:kunden?),?|"
    r"\b(?i:nuestro|nuestra|mi|il nostro|la nostra|nosso|nossa|o nosso|a nossa) (?i:cliente),?|"
    r"\b(?i:vår|min|vores) (?i:kund|kunde),?)[ \t]++"
    r"(?P<v>[A-Z][\w&'’-]*+(?:[ \t]++(?:(?:&|des|de|du|van|der|den|di|del|da|do|dos|y|och|und|"
    r"og|of)[ \t]++)?[A-Z][\w&'’-]*+){0,4})"
)
# The client kept back: "my client (a large insurer …)", "our client, a listed property group".
# Or the name held back in so many words: "I can't share the client's name until after our
# call", "a search on a confidential basis", "for a confidential client".
_CLIENT_UNNAMED = re.compile(
    r"\b(?i:my|our) (?i:client),?[ \t]++\(?(?:a|an)[ \t]|"
    r"\b(?i:can't|can’t|cannot|can not|unable to) (?:share|disclose|name|reveal) (?:the|my|our) "
    r"client(?:['’]s)?\b|\b(?i:on a confidential basis)\b|\b(?i:a confidential client)\b"
)
# A team's name after "client": "our client Relations team" is no client.
# (A scan never starts inside a run of blanks: linear even as a search, not only as a match.)
_TEAM_AFTER = re.compile(r"(?<![ \t])[ \t]++([a-z]++)")


@lru_cache(maxsize=256)
def _agency_client(head: str, placing: bool = False) -> tuple[bool, str | None]:
    """Whether the description is an agency writing about its client, and the client's name.
    In the other languages a one-word name counts only from a writer known to place people:
    German capitalises every noun ("unseren Kunden Lösungen"), and a firm serving its own
    customers ("nuestro cliente Final", "vår kund Skanska") names no employer."""
    for m in list(_CLIENT_NAMED.finditer(head))[:5]:
        last = m.group("v").split()[-1].lower()
        after = _TEAM_AFTER.match(head, m.end("v"))
        if last in _NOT_NAME_WORDS or (after is not None and after.group(1) in _NOT_NAME_WORDS):
            continue
        english = m.group(0).lower().startswith(("my client", "our client", "recruit"))
        if not english and not placing and " " not in m.group("v"):
            continue
        return True, _clean_company(m.group("v"))
    return _CLIENT_UNNAMED.search(head) is not None, None


# The last word of a parent's name: "Wrenfield Group" writes on behalf of "Wrenfield Insurance".
_PARENT_WORDS = frozenset({"group", "holdings", "companies", "family", "enterprises", "brands"})


def _subsidiary(best: str, stated: str | None) -> str | None:
    """The company the invite says it writes for ("on behalf of Wrenfield Insurance"), when the
    name the domain spells is its parent's (Wrenfield Group, wrenfieldgroup.com)."""
    words = best.split()
    if not stated or len(words) < 2 or fold(words[-1]) not in _PARENT_WORDS:
        return None
    stem = " ".join(words[:-1])
    if stated.startswith(stem + " ") and _key(stated) != _key(best):
        return _clean_company(stated)
    return None


# The invite explains why the domain does not spell the employer: "Atlas Freight (a Meridian
# Group company)", "Helio (formerly Sundial)", "Vela (part of Orion Labs)". Names start at a
# word's start and their words are taken whole: linear.
_STATED = re.compile(
    r"(?<![\w&'’.-])(?P<v>[A-Z][\w&'’.-]*+(?: (?:&[ ])?[A-Z][\w&'’.-]*+){0,4}) \((?:formerly|"
    r"previously|fka|f/k/a|now part of|part of|a|an|a member of)\s++(?P<o>[^()]{2,60})\)"
)
# The same said after a comma: "On behalf of Vesper Coatings, part of the Orvane Group".
# Or as a sentence, or as whose company it is: "Sandpiper Coffee Roasters is part of the
# Verrant Beverage Group", "Haverleigh's Pantry, a Mordaunt Holdings company".
# Also a brand, a site or a property of a group: "Juniper & Pine | An Alder Retail Group brand",
# "Brookvale Senior Living, a Meridian Care Partners community", "Osteria Calla, one of the
# Tidewater Hospitality Group restaurants".
_STATED_COMMA = re.compile(
    r"(?<![\w&'’.-])(?P<v>[A-Z][\w&'’.-]*+(?: (?:&[ ])?[A-Z][\w&'’.-]*+){0,4})(?:,| is| \|| [—–]) "
    r"(?:now )?"
    r"(?:(?:part|a member|a division|a subsidiary|a brand|a business|a unit) of (?:the )?"
    r"(?P<o>[A-Z][\w&'’.-]*+(?: (?:&[ ])?[A-Z][\w&'’.-]*+){0,4})|(?:[Aa]n?|one of the) "
    r"(?P<c>[A-Z][\w&'’.-]*+(?: (?:&[ ])?[A-Z][\w&'’.-]*+){0,4}) (?:group )?"
    r"(?:company|brand|community|property|hotel|restaurant|store|school|academy|practice|"
    r"clinic|location|site)s?\b)"
)
# The same in other languages: "Vidreira do Sado, empresa do Grupo Lusovidro", "Fjordvarme, et
# selskap i Norvik Energi-konsernet", "A Padaria 3 Irmãos faz parte do Grupo Tríade Alimentos",
# "Orbitfreight Logistics B.V. — an Ecklund Group company" aside. A name's words may join with a
# small word or be a number ("Padaria 3 Irmãos"); every repeat is bounded: linear.
_ABROAD_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*+(?: (?:(?:do|da|de|del|della|di|du|des|dos|das|der|den|van|von|zur|"
    r"zum|la|le|el|&) )?(?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*+|\d++)){0,4}"
)
_STATED_ABROAD = re.compile(
    r"(?<![\w&'’.-])(?P<v>" + _ABROAD_NAME + r")(?:(?:,| [—–]) (?:(?:an?|et|ett|ein|eine|une|un|"
    r"una|uma|een) )?(?:selskap|foretak|företag|bolag|empresa|Unternehmen|société|entreprise|"
    r"società|azienda|bedrijf|onderneming|marca|marque|Marke|merk) (?:i|in|av|do|da|del|de|der|"
    r"des|du|della|van|of)|(?:,| [—–]) (?:parte d[oae]l?|onderdeel van|część)| (?:faz parte d[oa]|"
    r"fait partie d[ue]|forma parte del?|fa parte del?|ist Teil der|gehört zur|är en del av|"
    r"er en del av|maakt deel uit van)) (?:the |de |der |del |do |da |du |la |het |dem )?"
    r"(?P<o>[A-ZÀ-ÖØ-Þ][\w&'’.-]*+(?: (?:&[ ])?[A-ZÀ-ÖØ-Þ][\w&'’.-]*+){0,4})"
)
_ABROAD_WORDS = (
    "selskap ",
    "foretak ",
    "företag ",
    "bolag ",
    "empresa ",
    "Unternehmen ",
    "société ",
    "entreprise ",
    "società ",
    "azienda ",
    "bedrijf ",
    "onderneming ",
    "marca ",
    "marque ",
    "Marke ",
    "merk ",
    "parte d",
    "onderdeel van",
    "część",
    "partie d",
    "Teil der",
    "gehört zur",
    "en del av",
    "deel uit van",
)
# An article before the name ("A Padaria 3 Irmãos faz parte …") and a group's word joined to
# its name ("Norvik Energi-konsernet") are no part of either name.
_LEADING_ARTICLE = re.compile(r"^(?:A|O|As|Os|La|Le|Les|Die|Der|Das|El|Il|Lo|De|Het) (?=\S)")
_GROUP_JOINED = re.compile(r"-(?:konsernet|koncernen|konzerns?|gruppen?|groep)$", re.IGNORECASE)


# What is no brand before ", one of the <Group> sites": a street or a road ("Quay Road, one of
# the Saltmarsh Retail sites"), or a person when the group's noun goes on to a role ("Dana
# Lee, one of the Meridian Care clinic leads").
_STREET_WORDS = words(
    "street st road rd avenue ave lane way square place drive boulevard quay parade row "
    "straße strasse gasse weg platz allee laan straat gatan vägen vej gate calle rue via "
    "avenida rua"
)
_ROLE_AFTER = words(
    "lead leads leader leaders manager managers director directors head heads staff nurse "
    "nurses supervisor supervisors owner owners partner partners coordinator coordinators "
    "assistant assistants doctor doctors dentist dentists chef chefs employee employees "
    "member members team teams administrator administrators"
)


def _not_a_brand(name: str, text: str, end: int) -> bool:
    if fold(name.split()[-1]).strip(".") in _STREET_WORDS:
        return True
    after = _TEAM_AFTER.match(text, end)
    return after is not None and after.group(1) in _ROLE_AFTER


_STATED_WORDS = (
    " part of ",
    " brand of ",
    " business of ",
    " unit of ",
    " restaurant",
    " hotel",
    " store",
    " school",
    " academ",
    " practice",
    " clinic",
    " location",
    " site",
    " member of ",
    " division of ",
    " subsidiary of ",
    " company",
    " brand",
    " communit",
    " one of the ",
    " propert",
)
# A group in brackets after the firm: "Company: Bluewater Hotels & Resorts (Arcadia Leisure
# Group)". _PARENT_CLOSES: what every such match holds, looked for as plain substrings first.
_PARENT_CLOSES = (" Group)", " Holdings)", " Brands)", " Companies)", " Enterprises)")
_STATED_PARENT = re.compile(
    r"(?<![\w&'’.-])(?P<v>[A-Z][\w&'’.-]*+(?: (?:&[ ])?[A-Z][\w&'’.-]*+){0,4}) "
    r"\((?P<o>[A-Z][\w&'’.-]*+(?: (?:&[ ])?[A-Z][\w&'’.-]*+){0,3} "
    r"(?:Group|Holdings|Brands|Companies|Enterprises))\)"
)
# What every _STATED match holds, found without trying a name at every capital first.
_STATED_HINT = re.compile(
    r"\((?:formerly|previously|fka|f/k/a|now part of|part of|a|an|a member of)\s"
)
_COMPANY_WORD = re.compile(r"(?<!\s)\s++(?:company|group company|brand|business)$", re.IGNORECASE)


def _stated_over_domain(event: Event, domains: list[str], met: frozenset[str]) -> str | None:
    """A company the invite names beside the (parent or old) name its domain spells."""
    text = _invite_text(event)
    if not domains:
        return None
    parens = "(" in text and _STATED_HINT.search(text) is not None
    comma = any(w in text for w in _STATED_WORDS)
    parent = "(" in text and any(w in text for w in _PARENT_CLOSES)
    if not parens and not comma and not parent and not any(w in text for w in _ABROAD_WORDS):
        return None
    found = list(_STATED.finditer(text))[:20] if parens else []
    found += list(_STATED_COMMA.finditer(text))[:20] if comma else []
    found += list(_STATED_PARENT.finditer(text))[:20] if parent else []
    if any(w in text for w in _ABROAD_WORDS):
        found += list(_STATED_ABROAD.finditer(text))[:20]
    for m in found:
        other = _COMPANY_WORD.sub("", (m.group("o") or m.group("c")).strip())
        name = m.group("v")
        if m.re is _STATED_ABROAD:
            other = _GROUP_JOINED.sub("", other)
            name = _LEADING_ARTICLE.sub("", name)
        if m.re is _STATED_COMMA and _not_a_brand(name, text, m.end()):
            continue
        key = _key(other)
        # "Sundial" for getsundial.com: the old name inside the domain's label.
        spelt = any(_fit(other, d) or (len(key) >= 5 and key in _target(d)[0]) for d in domains)
        # The firm is either not on any address, or on a person met's (the parent's recruiting
        # mailbox books, the firm's people interview).
        own = any(_fit(name, d) >= 2 and not _fit(other, d) for d in met)
        if spelt and (own or not any(_fit(name, d) for d in domains)):
            return _clean_company(name)
    return None


def _domains(
    event: Event,
    schedule: Schedule,
    interviewers: Sequence[Interviewer],
    me: Me,
    first: str | None,
) -> list[str]:
    """Every employer-looking domain on the invite, the interviewers' first (an agency recruiter
    can organise), then the organizer's and the recruiter's."""
    out: list[str] = []
    emails = [i.email for i in interviewers]
    emails += [event.organizer.email if event.organizer else None]
    emails += [schedule.recruiter.email if schedule.recruiter else None]
    emails += [a.email for a in event.attendees]
    for email in emails:
        domain = domain_of(email)
        if domain is None or domain in out:
            continue
        if _employer_like(domain) and domain not in me.domains and not me.is_me(email):
            out.append(domain)
    if first and first not in out:
        out.insert(0, first)
    return out[:6]


@lru_cache(maxsize=4096)
def _employer_like(domain: str) -> bool:
    return "." in domain and not is_free_mail(domain) and not is_tool_domain(domain)


_SENDER_NOISE = re.compile(
    r"\b(?:candidate calendar|calendar|recruiting (?:operations|ops)|recruiting|recruitment|"
    r"early careers|early talent|careers|hiring team|hiring|"
    r"talent acquisition|talent|interviews?|scheduling|people team|hr|jobs|team|department|"
    r"dept|office|"
    # The same teams in other languages: "Hydro-Laurentides Recrutement", "X Karriere-Team".
    r"recrutement|recrutamento|rekrytering|rekruttering|rekrutacja|werving(?: & selectie)?|"
    r"karriere(?:-?team)?|personalabteilung|selezione(?: personale)?|selecci[oó]n|"
    r"reclutamiento|talentos)\b|^the\s",
    re.IGNORECASE,
)


def _sender_name(event: Event) -> str | None:
    """A scheduling tool or shared mailbox sends in the company's name ("Lumen Robotics"
    <no-reply@ashbyhq.com>, "Altavia Hiring Team")."""
    org = event.organizer
    if org is None or not org.name:
        return None
    if not looks_like_bot(org.email, org.name):
        return None
    # "Quarrystone AI via Ashby": the tool that sent it on the company's behalf is no part of it.
    sender = _VIA_TOOL.sub("", org.name)
    name = " ".join(_SENDER_NOISE.sub(" ", sender).split()).strip(" -–—|,:")
    return name if name[:1].isupper() else None


_VIA_TOOL = re.compile(r"(?<=\S)\s++via\s[^\n]{1,40}$")


# Words that continue an organisation's name: "Lakeside Medical" is written in full as
# "Lakeside Medical Center", "Orchard" as "Orchard Health Group".
_ORG_WORDS = words(
    "center centre group health healthcare medical hospital hospitals clinic clinics lab labs "
    "laboratories bank university college institute foundation systems technologies technology "
    "partners capital media studio studios solutions software foods analytics logistics "
    "distribution insurance holdings network networks energy pharma pharmaceuticals "
    "therapeutics bio biosciences robotics security ventures consulting services industries "
    "international global digital company trust"
)
# A full stop ends a sentence, except after an abbreviation inside a name ("St. Aldric
# Medical Center", "Mt. Sinai", "Ft. Worth").
_SENTENCE_STOP = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bSte)[.!?](?:\s|$)")


# The organisation a directory writes after a guest's name: "RAMASWAMY, Lakshmi (NORTHFELL
# HOSPITALS NHS TRUST)". Three words or more, so a department code ("(ENV)") is not one.
_DIRECTORY_ORG = re.compile(r"\(([^()]{12,80})\)$")
_KEEP_CAPS = frozenset({"nhs", "uk", "us", "usa", "eu", "un", "bbc", "ltd", "plc", "llc"})
_SMALL_NAME_WORDS = frozenset({"of", "and", "the", "for", "in", "at", "de", "la", "du"})


def _directory_orgs(event: Event) -> list[str]:
    found: list[str] = []
    for a in event.attendees[:50]:
        m = _DIRECTORY_ORG.search(a.name) if a.name and a.name.endswith(")") else None
        if m is None or len(m.group(1).split()) < 3:
            continue
        org = m.group(1).strip()
        if org.isupper():
            # Written in capitals by the directory: as a name is written, acronyms kept.
            org = " ".join(
                w
                if fold(w) in _KEEP_CAPS
                else w.lower()
                if fold(w) in _SMALL_NAME_WORDS
                else w[:1] + w[1:].lower()
                for w in org.split()
            )
        if org not in found:
            found.append(org)
    return found


def _ends_with_org_word(name: str) -> bool:
    words_ = name.split()
    return bool(words_) and fold(words_[-1]).strip(".,") in _ORG_WORDS


def _fuller(best: str, event: Event, domains: list[str]) -> str:
    """The fullest way the invite writes the chosen name: the same words followed by words
    that continue an organisation's name, when the longer form still fits the domain."""
    text = _invite_text(event)
    best = _spelled_out(best, text) or _written_in_full(best, text, domains) or best
    if best not in text or not _followed_by_org_word(best, text):
        return _with_article(_of_kind(best, text), text)
    n = len(best.split())
    fit = max(_fit(best, d) for d in domains)
    longest = best
    for m in list(_CAPS_RUN.finditer(text))[:300]:
        run = _SENTENCE_STOP.split(m.group(0), maxsplit=1)[0]
        tokens = run.split()
        # Where the name starts in the run ("Welcome to Lakeside Medical Center").
        at = next((i for i in range(len(tokens) - n) if " ".join(tokens[i : i + n]) == best), None)
        if at is None:
            continue
        extra = []
        for w in tokens[at + n :]:
            if fold(w).strip(".,") not in _ORG_WORDS:
                break
            extra.append(w.strip(".,"))
        if not extra or fold(extra[-1]) in _LEGAL_NAME_ENDS:
            # "Tamsworth Mutual Insurance Company is an equal opportunity employer": the legal
            # entity's full name, not the name the invite calls the firm by.
            continue
        longer = " ".join([best, *extra])
        if len(longer) > len(longest) and max(_fit(longer, d) for d in domains) >= fit:
            longest = longer
    return _with_article(longest, text)


# The last word of a legal entity's name as a register writes it.
_LEGAL_NAME_ENDS = frozenset({"company", "corporation"})


# "the University of Kelvinside" for kelvinside.ac.uk: an institution named after a place is
# written with its kind before "of", and the kind is part of the name.
_OF_KINDS = words("university college institute bank museum academy school hospital")


# More capitalised words after a name, up to where the name stands alone: the end of its line
# or sentence, a comma, a bracket or a subject's separator ("Pelagic Cloud.", "Lyrebird Music!",
# a signature line "Halfmoon Bay Analytics", "Fjellborg Kart AS", "Spindrift Games — …").
# Each word is taken whole, at most three.
_MORE_WORDS = re.compile(
    r"(?<![ \t])(?:[ \t]++[A-Z][\w&'’-]*+){1,3}"
    r"(?=[ \t]*+(?:[.!?](?!\w)|[,;:)\n]|$)|[ \t]++[-–—|/][ \t])"
)
_ADDRESS_AFTER = re.compile(r",[ \t]*+\d")
# Words after a company's name that say who writes or where, not what the company is called.
_NOT_NAME_WORDS = words(
    "recruiting recruitment talent careers career team teams hr hiring interviews interview "
    "scheduling scheduler calendar office department dept people jobs hq room rooms ops "
    "operations engineering product design sales marketing finance data platform security legal "
    "support research it admin assistant reception campus site headquarters building floor "
    "candidate candidates panel onsite"
)


def _written_in_full(best: str, text: str, domains: list[str]) -> str | None:
    """The chosen name as the invite writes it in full where it stands alone ("Halfmoon" for
    halfmoon.ai, signed "Halfmoon Bay Analytics"; "Northgate" for northgatedc.com, "at
    Northgate Distribution"): the longer form still spells the domain, or the domain's letters
    after the name start its next word. Without a domain only organisation words are added."""
    at, longest = text.find(best), None
    for _ in range(50):
        if at == -1:
            break
        before = text[at - 1 : at] if at else ""
        m = None if before.isalnum() else _MORE_WORDS.match(text, at + len(best))
        at = text.find(best, at + 1)
        if m is None or _ADDRESS_AFTER.match(text, m.end()):
            # "Calderbrook Water Treatment Works, 4410 River Rd": a site, its street after it.
            continue
        extra = m.group(0).split()
        if any(_key(w) in _NOT_NAME_WORDS or len(_key(w)) < 2 for w in extra):
            continue
        longer = _clean_company(best + " " + " ".join(extra))
        if len(longer) <= len(best) or is_title(longer):
            continue
        if domains:
            fits = any(_fit(longer, d) or _spelt_on(best, extra[0], d) for d in domains)
        else:
            fits = all(fold(w).strip(".,") in _ORG_WORDS for w in longer[len(best) :].split())
        if fits and (longest is None or len(longer) > len(longest)):
            longest = longer
    return longest


def _spelled_out(best: str, text: str) -> str | None:
    """A name that ends in initials, as the invite spells them out ("Riverbend FCU", written
    "Riverbend Federal Credit Union" in the subject): the same words, then one capitalised
    word for each initial."""
    words = best.split()
    last = words[-1] if len(words) >= 2 else ""
    if not (2 <= len(last) <= 5 and last.isalpha() and last.isupper()):
        return None
    head = " ".join(words[:-1]) + " "
    at = text.find(head)
    for _ in range(20):
        if at == -1:
            return None
        after = [w.strip(".,;:!") for w in text[at + len(head) :].split(maxsplit=len(last))]
        spelled = after[: len(last)]
        if len(spelled) == len(last) and all(
            w[:1] == c for w, c in zip(spelled, last, strict=True)
        ):
            return head + " ".join(spelled)
        at = text.find(head, at + 1)
    return None


def _spelt_on(name: str, following: str, domain: str) -> bool:
    """The domain spells the name, then starts the next word: northgatedc.com for "Northgate
    Distribution (Center)", lindenhof-at.de for "Lindenhof Antriebstechnik"."""
    target, key = _target(domain)[0], _key(name)
    if len(key) < 4 or not target.startswith(key) or len(target) == len(key):
        return False
    return _key(following)[:1] == target[len(key)]


def _of_kind(name: str, text: str) -> str:
    at = text.find(" of " + name)
    for _ in range(20):
        if at <= 0:
            return name
        kind = text[max(0, at - 12) : at].split()[-1:]
        if kind and kind[0][:1].isupper() and fold(kind[0]) in _OF_KINDS:
            return f"{kind[0]} of {name}"
        at = text.find(" of " + name, at + 1)
    return name


def _with_article(name: str, text: str) -> str:
    """ "The" is part of the name when the invite capitalises it inside a sentence ("at The
    Marsh & Reed Partnership"); at a sentence's start it says nothing ("The Acme team …")."""
    if name.startswith("The "):
        return name
    needle = "The " + name
    at = text.find(needle)
    for _ in range(50):
        if at == -1:
            return name
        before = text[max(0, at - 2) : at]
        if len(before) == 2 and before[1] == " " and (before[0].islower() or before[0] == ","):
            return needle
        at = text.find(needle, at + 1)
    return name


# The word after a written name, as the capitalised runs below take their words.
_WORD_AFTER = re.compile(r"(?<![ \t])[ \t]++([\w&'’.-]++)")


def _followed_by_org_word(best: str, text: str) -> bool:
    """Some place writes the name followed by an organisation word ("Lakeside Medical Center"):
    the only case in which `_fuller` can lengthen it, checked without its run-by-run walk."""
    at = text.find(best)
    for _ in range(300):
        if at == -1:
            return False
        m = _WORD_AFTER.match(text, at + len(best))
        if m and fold(m.group(1)).strip(".,") in _ORG_WORDS:
            return True
        at = text.find(best, at + 1)
    return True  # too many places to check cheaply: let the full walk decide


def _signed_by_employer(signer: str, event: Event, domain: str | None) -> bool:
    """The letter is signed by the organizer, writing from the employer's address."""
    org = event.organizer
    if org is None or not org.email or not domain or domain_of(org.email) != domain:
        return False
    return bool(org.name) and names_match(signer, org.name or "")


def _cjk_word(word: str) -> bool:
    """A word in Chinese, Japanese or Korean script, with no Latin letter."""
    return any(ord(c) >= 0x2E80 and c.isalpha() for c in word) and not any(
        c.isascii() and c.isalpha() for c in word
    )


def latin_form(text: str) -> str:
    """A name written twice, in its own script and in Latin letters ("蓝鲸机器人 Lanjing
    Robotics", "嵌入式软件工程师 Embedded Software Engineer"): the Latin form, as the user's
    drafts write it. Anything else is left as it is."""
    if text.isascii():
        return text
    tokens = text.split()
    kinds = [_cjk_word(t) for t in tokens]
    cut = next((i for i in range(1, len(kinds)) if kinds[i] != kinds[0]), None)
    if cut is None or any(k != kinds[cut] for k in kinds[cut:]):
        return text
    latin = tokens[cut:] if kinds[0] else tokens[:cut]
    return " ".join(latin)


def _clean_company(text: str) -> str:
    text = latin_form(" ".join(text.split()).strip(" ,.;:!-–—"))
    if text.endswith(")") or "#" in text:
        # "Meridian Home Brands (a Meridian Group company)", "Greenleaf Market #412": an aside
        # on whose the company is, a store's number.
        text = _ASIDE_TAIL.sub("", text).strip(" ,.;:!-–—") or text
    if ", a" in text:
        # "Northbeam Energy Services, a Northbeam company": whose the company is, after it.
        text = _WHOSE_TAIL.sub("", text).strip(" ,.;:!-–—") or text
    if "," in text:
        # "Kranichwerk Maschinenbau GmbH, Hannover": the town after the legal form is the
        # site's, not the firm's name.
        site = _LEGAL_THEN_PLACE.search(text)
        text = text[: site.start("place")].strip(" ,") if site else text
    head, *rest = _SENTENCE_STOP.split(text, maxsplit=1)
    if rest and rest[0].strip() and head:
        # "Saltmarsh Coffee Roasters. The ops lead reports to me": a signature line that runs
        # on into a sentence; the name ends with its own.
        text = head.strip(" ,.;:!-–—")
    cleaned = _COMPANY_SUFFIX.sub("", text).strip(" ,.;:!-–—") or text
    if cleaned.endswith(("&", " and")):
        cleaned = text  # "Marlowe & Co.": the "Co." is the name's own end, not a legal form
    # A legal form written in initials keeps its last dot: "S.A.", "S.p.A.", "B.V.".
    if _INITIALS_END.search(cleaned):
        cleaned += "."
    return cleaned


_WHOSE_TAIL = re.compile(
    r",[ \t]++an?[ \t]++[^,\n]{1,60}?[ \t](?:group[ \t]++)?(?:company|business|brand|subsidiary)$",
    re.IGNORECASE,
)
_LEGAL_THEN_PLACE = re.compile(
    r"(?<![^\W\d_])(?i:gmbh|ag|ab|aps|a/s|as|oy|bv|nv|sa|sas|sarl|srl|spa|ltd|plc|inc|llc)\.?,"
    r"[ \t]++(?P<place>(?-i:[A-Z])[^\W\d_]++(?:[ \t](?-i:[A-Z])[^\W\d_]++)?)$"
)
_ASIDE_TAIL = re.compile(r"(?:(?<!\s)\s*+\([^()]*+\)|(?<!\s)\s++#\d++)$")
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,2}\.){1,3}[A-Za-z]{1,2}$")


# Words after a company's name that are not part of it: a legal form, or the team that writes.
_COMPANY_SUFFIX = re.compile(
    # At most six words, each run of spaces taken once: "people people … x" was quadratic.
    r"(?:(?<!\s),?\s++(?:co|inc|llc|llp|pllc|ltd|limited|corp|corporation|incorporated|gmbh|"
    r"ag|plc|pvt|private|pty|"
    # Nordic and continental forms without dots ("Norrvik AB", "Oy", "ApS", "BV", "SRL").
    r"ab|oyj?|aps|asa|a/s|bv|nv|srl|sarl|spa|kgaa|kg|jsc|"
    # Brazilian and Spanish forms: "Transportes Ipê Ltda.", "S/A", "EIRELI", "SLU".
    r"ltda|eireli|s/a|slu|"
    # The Polish "Sp. z o.o." (cut at its first dot: "Sp") and the European "SE".
    r"sp(?:\.?\s++z\s++o\.\s*+o)?|se|"
    # Norwegian "AS", Gulf "PJSC", Singapore "Pte", Malaysian "Sdn Bhd", "SA", the German
    # "GmbH & Co. KG" (its "& Co." only with the KG: "Marlowe & Co." keeps its own).
    r"as|pjsc|psc|pte|sdn|bhd|sa|sas|kft|&\s++co\.?\s++kg(?:aa)?|gmbh\s++&\s++co|"
    r"talent(?: acquisition)?|recruiting(?: operations| ops)?|recruitment|(?:early )?careers|"
    r"hiring|people|team|hr|founders?|"
    r"founding team|interview(?:s|ing)?|scheduling|"
    # A site of the firm, and the team that writes in other languages: "Boxwell Supply
    # Distribution Center", "Almblick Hotels Karriere-Team", "Rekrytering", "Recrutement".
    r"distribution cent(?:er|re)|fulfil?ment cent(?:er|re)|karriere(?:-?team)?|rekrytering|"
    r"recrutement|recrutamento|reclutamiento|personalabteilung|"
    # A legal form written in initials ("S.L.", "B.V.", "S.p.A."), dots required: the labels
    # name the company without it, as they do without "GmbH" or "Inc.".
    r"[a-z]\.[a-z]{1,2}(?:\.[a-z])?)"
    r"\.?){1,6}$",
    re.IGNORECASE,
)
# A capital starts a word, Latin letters with marks too ("Łąka Transport", "Ørsted").
# Latin Extended-A interleaves capitals and small letters ("Ł" U+0141, "ł" U+0142): only its
# capitals are listed, so "ślubna" or "żeby" starts no run.
_EXT_A_CAPS = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_CAPITAL = f"[A-ZÀ-ÖØ-Þ{_EXT_A_CAPS}]"
_CAPS_RUN = re.compile(
    _CAPITAL + r"[\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?" + _CAPITAL + r"[\w&'’.-]*){0,5}"
)


def _invite_text(event: Event) -> str:
    """The subject and the description's start as a company name is looked for in them; an HTML
    body's escaped ampersand is the name's own ("<b>Tallow &amp; Pine</b>")."""
    text = event.title + "\n" + event.description[:6000]
    return text.replace("&amp;", "&") if "&amp;" in text else text


def _written_as(event: Event, domains: list[str]) -> tuple[str | None, int]:
    """How the invite writes the company of an address: the run of capitalised words whose
    letters spell the domain ("Northwind Health" for northwindhealth.org)."""
    text = _invite_text(event)
    low = text.lower()
    if not text.isascii() and not any(_target(d)[0][:4] in low for d in domains):
        # "Łąka Transport" for lakatransport.pl: letters with marks, or none in ASCII.
        low = fold(text).translate(_ASCII_LETTERS)
    # A phrase spelling the domain has its first letters in one word ("north" in "Northwind").
    if not any(_target(d)[0][:4] in low for d in domains):
        # "St. Columba's Hospital" for stcolumbas.ie: the letters run on across "." and " ".
        squeezed = low.replace(" ", "").replace(".", "").replace("'", "").replace("’", "")
        if not any(_target(d)[0][:4] in squeezed for d in domains):
            return None, 0
    firsts = {_target(d)[0][:1] for d in domains}
    best, best_fit = None, 0
    for m in list(_CAPS_RUN.finditer(text))[:300]:
        # A name ends with its sentence ("… Fern & Flint Studios. Your interviewer …").
        words = _SENTENCE_STOP.split(m.group(0), maxsplit=1)[0].split()
        for i in range(len(words)):
            if _key(words[i])[:1] not in firsts:
                continue
            for j in range(len(words), i, -1):
                phrase = _clean_company(" ".join(words[i:j]).strip(".,'’"))
                if len(phrase) < 3:
                    continue
                fit = max(_fit(phrase, d) for d in domains)
                if fit > best_fit:
                    best, best_fit = phrase, fit
                    if fit == 3:
                        return best, fit
    return best, best_fit


def agrees_with_domain(text: str, domain: str | None) -> bool:
    """Whether a written company name fits an address's domain: "Northwind Health" and
    northwindhealth.org, "Bluefin Payments" and bluefinpay.com, "Granite State Utilities" and
    gsu-energy.com, "Beacon Strategy Partners" and beaconsp.com."""
    return _fit(text, domain) > 0


@lru_cache(maxsize=8192)
def _fit(text: str, domain: str | None) -> int:
    """The best of `_fit_one` over the ways a domain spells a name: "&" as "and"
    (brightandbold.co for "Bright & Bold Studios"), without a leading "The"."""
    best = _fit_one(text, domain)
    if best < 2 and domain:
        # "brouwerco.nl" for "Brouwer Logistiek": a generic tail after the name's own letters.
        stem = _stem_domain(domain)
        if stem:
            best = max(best, _fit_one(text, stem))
    if best < 2 and domain and " " in text and _domain_label(domain).endswith("mail"):
        # "basiliskmail.com" for "Basilisk Security": a mail domain beside the brand's site.
        # Not for one word: "Workable" at workablemail.com is the tool that sent the invite.
        label = _domain_label(domain)
        if len(label) >= 8:
            best = max(best, _fit_one(text, label[:-4].rstrip("-_") + ".invalid"))
    if best < 2 and domain:
        # "playspindrift.com" for "Spindrift Games": a verb or greeting before the brand.
        bare = _unprefixed_domain(domain)
        if bare:
            best = max(best, min(2, _fit_one(text, bare)))
    if best < 3 and "&" in text:
        best = max(best, _fit_one(text.replace("&", " and "), domain))
    if best < 3 and text[:4].lower() == "the ":
        best = max(best, _fit_one(text[4:], domain))
    if best < 3 and not text.isascii():
        # "Fyrtårn Foods" for fyrtaarnfoods.dk, "Müller Bau" for muellerbau.de: a letter with a
        # mark written as two letters, as Nordic and German addresses write it.
        spelt = text.translate(_TWO_LETTERS)
        if spelt != text:
            best = max(best, _fit_one(spelt, domain))
    return best


_TWO_LETTERS = str.maketrans(
    {"å": "aa", "Å": "Aa", "ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe", "ü": "ue", "Ü": "Ue"}
    | {"ø": "oe", "Ø": "Oe"}
)


# What a domain adds after a name that is no part of it: "brouwerco", "vellumhq", "tallyapp".
_DOMAIN_TAILS = ("co", "hq", "inc", "corp", "group", "global", "online", "app")


# What a brand's domain puts before its name when the bare name was taken: getX, tryX, playX.
_DOMAIN_HEADS = ("get", "try", "use", "join", "play", "hello", "hey", "meet", "with", "team")


@lru_cache(maxsize=4096)
def _unprefixed_domain(domain: str) -> str | None:
    """The domain without such a head ("spindrift.invalid" for playspindrift.com), or None."""
    label = _domain_label(domain)
    for head in _DOMAIN_HEADS:
        if label.startswith(head) and len(label) - len(head) >= 5:
            return label[len(head) :].lstrip("-_") + ".invalid"
    return None


@lru_cache(maxsize=4096)
def _stem_domain(domain: str) -> str | None:
    """The domain with its label's generic tail dropped ("brouwer.nl" for brouwerco.nl), or
    None when it has none or too little is left."""
    label = _domain_label(domain)
    for tail in _DOMAIN_TAILS:
        if label.endswith(tail) and len(label) - len(tail) >= 4:
            return label[: -len(tail)].rstrip("-_") + ".invalid"
    return None


def _fit_one(text: str, domain: str | None) -> int:
    """3: the name spells the domain; 2: it starts with it, or its initials make it; 1: the
    domain starts with the name ("Contoso" for contosopharma.com); 0: no fit."""
    if not domain or not text:
        return 0
    target, head = _target(domain)
    key = _key(text)
    if len(key) < 3 or not target:
        return 0
    if key == target or (len(target) >= 5 and key.startswith(target)):
        # "Aurora Dental Group" for auroradental.co.uk spells it as well as "Aurora Dental".
        return 3
    words = [w for w in _WORD_SPLIT.split(fold(text)) if w]
    if len(words) >= 2 and words[0] in _NAME_LEADS and "".join(words[1:]) == target:
        # "Maison Vireloup" for vireloup.fr, "Grupo Tezontle" for tezontle.mx: a word that opens
        # a firm's name in many languages, which the domain leaves out.
        return 3
    if len(words) >= 2:
        initials = "".join(w[0] for w in words)
        if initials in (target, head):
            return 2
        # Words spelt out, then the rest by initials: "St. Catherine Medical Center" and
        # stcatherinemc, "Harbor Freight Tools" and harborft.
        for k in range(1, len(words)):
            if target == "".join(words[:k]) + "".join(w[0] for w in words[k:]):
                return 2
    if len(words) >= 2 and _shortened_fit(words, target):
        return 2
    if len(key) >= 5 and target.startswith(key):
        return 1
    return 0


# Words a firm's name opens with and its domain often leaves out (folded, as _fit_one reads).
_NAME_LEADS = words(
    "maison groupe grupo gruppo vina bodega bodegas hotel hostal casa cafe clinica clinique "
    "atelier banco banca fundacion fondation instituto institut laboratoires laboratorios "
    "domaine chateau weingut brauerei editorial editions cabinet agence agencia"
)


# How domains shorten a sector word at a name's end: saffrontx.com for "Saffron Therapeutics",
# copperleafrx.com for "Copperleaf Pharmacy".
_SECTOR_SHORT: dict[str, frozenset[str]] = {
    "tx": frozenset({"therapeutics"}),
    "rx": frozenset({"pharmacy", "pharma", "pharmaceuticals"}),
    "bio": frozenset({"biosciences", "biotech", "biologics", "bioscience"}),
    "med": frozenset({"medical", "medicine"}),
    "hc": frozenset({"healthcare", "health"}),
    "tech": frozenset({"technologies", "technology"}),
    "sys": frozenset({"systems"}),
    "ins": frozenset({"insurance"}),
    "fin": frozenset({"financial", "finance"}),
    "labs": frozenset({"laboratories"}),
    "mfg": frozenset({"manufacturing"}),
    "pkg": frozenset({"packaging"}),
    "dx": frozenset({"diagnostics"}),
    "eng": frozenset({"engineering"}),
    "mktg": frozenset({"marketing"}),
}


def _shortened_fit(words: list[str], target: str) -> bool:
    """The domain writes the name's last word short, or the words before it by a few of their
    letters: "Saffron Therapeutics" and saffrontx, "Bellweather Clinics" and bwclinics (the
    letters in order, from the first; the last word spelt out)."""
    last, head = words[-1], "".join(words[:-1])
    for short, full in _SECTOR_SHORT.items():
        if last in full and target == head + short:
            return True
    if len(last) < 4 or not target.endswith(last) or len(target) == len(last):
        return False
    letters = target[: -len(last)]
    if len(letters) < 2 or letters[0] != head[:1] or len(letters) >= len(head):
        return False
    rest = iter(head)
    return all(ch in rest for ch in letters)


@lru_cache(maxsize=4096)
def _target(domain: str) -> tuple[str, str]:
    """The domain's name part as letters ("northwindhealth"), and its first word ("gsu")."""
    label = _domain_label(domain)
    return label.replace("-", "").replace("_", ""), _LABEL_SPLIT.split(label)[0]


def _domain_label(domain: str) -> str:
    labels = domain.lower().split(".")
    if len(labels) >= 3 and labels[-2] in _TWO_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def _title_candidates(title: str) -> list[str]:
    return list(_title_candidates_cached(title))


# Titles repeat across a calendar (a series, a tool's fixed wording): each is read once.
@lru_cache(maxsize=512)
def _title_candidates_cached(title: str) -> tuple[str, ...]:
    title = _WITH_TAIL.sub("", title)
    out = []
    for segment in _SEGMENTS.split(title):
        segment = _INTERVIEW_WORDS.sub("", segment).strip(" ,.-–—:")
        # "Quantica for Staff Data Engineer": the company is what comes before "for".
        segment = _FOR_TAIL.sub("", segment).strip(" ,.-–—:")
        if segment:
            out.append(segment)
    m = _AT.search(title)
    if m:
        out.append(m.group("v").strip())
    return tuple(out)


_DEPARTMENT_CUT = re.compile(r"(?<!\s)(?:\s++[-–—|]|,)\s")
_FOR_TAIL = re.compile(r"(?<!\s)\s+for\s.*$", re.IGNORECASE)


def _event_people(event: Event, schedule: Schedule) -> list[str]:
    """The names of the invite's organizer, attendees, recruiter and the people it mentions."""
    names = [event.organizer.name if event.organizer else None]
    names += [a.name for a in event.attendees]
    names += [schedule.recruiter.name if schedule.recruiter else None]
    names += [m.person.name for m in schedule.mentions]
    return [n for n in names if n]


def _is_person(text: str, people: Sequence[str]) -> bool:
    key = fold(text)
    return any(key == fold(p) or key == fold(p.split()[0]) for p in people if p)


def position(event: Event, schedule: Schedule, company_name: str | None) -> str | None:
    found = _position(event, schedule, company_name)
    if found:
        found = _without_candidate(found, event) or found
    if found and company_name and _key(found) == _key(company_name):
        # "your interest in the Fenwick Marine role": the employer's name, not a job.
        return None
    if found and " with " in found:
        # "Staff Pharmacist with Hyun-woo Kang, PharmD, …": the sentence goes on to the person
        # met, a guest of the invite.
        head, _, rest = found.partition(" with ")
        guests = [a.name for a in event.attendees if a.name]
        if head and any(rest.startswith(g) or rest.startswith(g.split()[0] + " ") for g in guests):
            found = head
    if found and company_name and found.endswith(")"):
        # "Staff Frontend Engineer (Halyard)": the employer in brackets, not a team of the job.
        opened = found.rfind("(")
        if opened > 0 and _key(found[opened + 1 : -1]) == _key(company_name):
            return found[:opened].rstrip(" ,-–—") or found
        if opened > 0 and _key(found[:opened]) == _key(company_name):
            # "Thornquill (Support Operations Analyst)": the employer, then the job in brackets.
            return _clean_position(found[opened + 1 : -1]) or found
    if found and company_name and len(_key(company_name)) >= 4:
        # "Housekeeping Supervisor - Baan Talay Resort, Koh Samui": the employer, and its place,
        # after a dash.
        for dash in (" - ", " – ", " — "):
            head, _, tail = found.rpartition(dash)
            if head and _key(tail).startswith(_key(company_name)):
                found = head
                break
    if found and company_name and ", " in found:
        # "Supply Chain Planner, Velora Foods": the employer after a comma.
        head, _, tail = found.rpartition(", ")
        if head and _key(tail) == _key(company_name):
            return head
    return found


def _without_candidate(found: str, event: Event) -> str | None:
    """The position without the candidate's own name a subject writes beside it: "Senior
    Bookkeeper (Alex Morgan)", "Alex Morgan // Senior Data Analyst"."""
    org = event.organizer.email if event.organizer else None
    for a in event.attendees:
        if a.name and f"({a.name})" in found and is_name(a.name):
            # "Finance Transformation Lead (Alex Morgan)": a guest's name is no part of a job.
            return " ".join(found.replace(f"({a.name})", " ").split()).strip(" ,-–—/|:") or None
        if not a.name or a.name not in found:
            continue
        # The name as whole words: a user called "Lead" is not cut out of "Ops Lead".
        whole = re.compile(rf"(?<!\w){re.escape(a.name)}(?!\w)")
        if whole.search(found) is None:
            continue
        if not a.is_self and (not is_free_mail(domain_of(a.email)) or a.email == org):
            continue  # the candidate is the user, or a guest on a personal address
        cut = whole.sub(" ", found.replace(f"({a.name})", " "))
        cut = " ".join(cut.split()).strip(" ,-–—/|:")
        return cut if cut and cut != found else None
    return None


def _position(event: Event, schedule: Schedule, company_name: str | None) -> str | None:
    if schedule.position:
        found = _clean_position(schedule.position)
        if found:
            return found
    if schedule.position_prose:
        found = _clean_position(schedule.position_prose)
        if found:
            return found
    found = _post_named_in(event.title) or _post_named_in(event.description[:3000])
    if found:
        return found
    found = _position_in_title(event.title, event, company_name)
    if found:
        return found
    # A booking page's event type ("Event Name: Operations Lead - first interview") is a
    # title the scheduler wrote.
    m = _EVENT_NAME.search(event.description[:3000])
    if m and m.group("v").strip() != event.title.strip():
        found = _position_in_title(m.group("v").strip()[:200], event, company_name)
        if found:
            return found
    return (
        _role_in_talk(event.description[:3000])
        or _framed_job(event, company_name)
        or _left_over_segment(event, schedule, company_name)
    )


# A job named by its frame in a letter, whatever the title lexicon knows: capitalised words
# before a word that says it is a job ("the Credit Risk Modeller vacancy", "the Senior QA
# Engineer post", "the Firmware Engineer process"), after "join … as" or "Applying for", or in
# brackets after the candidate's own name ("Session 3 of 4 for Alex Morgan (Senior
# Bioinformatics Scientist)"). Each word is taken whole (possessive): linear.
_CAP_WORD = r"(?:[A-Z]|i(?=[A-Z]))[\w&/+'’-]*+"
_CAP_WORDS = _CAP_WORD + r"(?:[ \t]++(?:" + _CAP_WORD + r"|of|and|&|\(\w++\)))*+"
# Found by their frame words first (plain substring searches), then read backwards or
# forwards from there: a regex scan of the whole letter cost more than the rest of the invite.
_BEFORE_FRAME = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Yy]our)[ \t]++(?P<v>" + _CAP_WORDS + r")[ \t]++$"
)
_FRAME_NOUNS = (
    " role",
    " position",
    " opening",
    " vacancy",
    " post",
    " process",
    " search",
    " requisition",
)
_JOIN_AS = re.compile(
    r"[Jj]oin(?:s|ing)?[ \t]++(?:us[ \t]++|the[ \t]++team[ \t]++)?as[ \t]++(?P<j>"
    + _CAP_WORDS
    + r")"
)
_APPLYING = re.compile(
    r"[Aa]pplying for:?[ \t]++(?P<a>" + _CAP_WORDS + r"(?:[ \t]++[-–][ \t]++" + _CAP_WORDS + r")?)"
)


def _frames(text: str) -> list[tuple[int, str, str]]:
    """(where, kind, value) of each job frame in the text, leftmost first."""
    found: list[tuple[int, str, str]] = []
    for noun in _FRAME_NOUNS:
        at = text.find(noun)
        for _ in range(10):
            if at < 0:
                break
            end = at + len(noun)
            if end >= len(text) or not text[end].isalnum():
                start = max(0, at - 150)
                m = _BEFORE_FRAME.search(text[start : at + 1])
                if m:
                    found.append((start + m.start(), "v", m.group("v")))
            at = text.find(noun, end)
    for needle, rx, kind in (("oin", _JOIN_AS, "j"), ("pplying", _APPLYING, "a")):
        at = text.find(needle)
        for _ in range(10):
            if at < 1:
                break
            m = rx.match(text, at - 1)
            if m and (at - 1 == 0 or not text[at - 2].isalnum()):
                found.append((at - 1, kind, m.group(kind)))
            at = text.find(needle, at + 1)
    found.sort()
    return found


# What every frame holds (or the candidate's name before a bracket): substring tests
# before the regex's scan.
_FRAME_HINTS = (
    " role", " position", " opening", " vacancy", " post", " process", " search",
    " requisition", "oin", "pplying",
)  # fmt: skip


def _framed_job(event: Event, company_name: str | None) -> str | None:
    text = event.description[:3000]
    if not text:
        return None
    found = _framed_in(text, event, company_name) if any(w in text for w in _FRAME_HINTS) else None
    if found:
        return found
    # The candidate: the user, or (where the file does not mark the user) the guest writing
    # from a personal address, as _is_candidate reads it.
    mine = next((a.name for a in event.attendees if a.is_self and a.name), None)
    if mine is None and ")" in text:
        mine = next(
            (
                a.name
                for a in event.attendees
                if a.name and f"{a.name} (" in text and _is_candidate(a.name, event)
            ),
            None,
        )
    if mine and f"{mine} (" in text:
        # "Session 3 of 4 for Alex Morgan (Senior Bioinformatics Scientist)".
        at = text.find(f"{mine} (") + len(mine) + 2
        inner = text[at : at + 100].split(")", 1)[0]
        if ")" in text[at : at + 101] and is_title(inner):
            return _clean_position(inner)
    return None


def _framed_in(text: str, event: Event, company_name: str | None) -> str | None:
    people = [a.name for a in event.attendees if a.name]
    for _, kind, value in _frames(text)[:10]:
        value = value.strip()
        words = value.split()
        if len(words) > 7 or (kind == "v" and len(words) < 2 and not is_title(value)):
            continue
        if company_name and _key(value) == _key(company_name):
            continue
        if _is_person(value, people) or "hiring manager" in fold(value):
            continue
        if is_name(value) and not is_title(value) and kind != "v":
            continue
        found = _clean_position(value)
        if found:
            return found
    return None


# How an informal invite or a booking page's answers name the job: "your founding engineer
# role", "the Founding Account Executive opening", "joining Quarry as our first Product
# Engineer", "Which role …?" answered on the next line, "where a founding designer would fit"
# (parts f5, f11, f12, m and o label it the position; A-D and f2 did not). Each word is taken
# whole and no article or linking word is one of them: linear.
_TALK_WORD = (
    r"(?:(?!(?:the|a|an|our|your|my|this|that|and|or|about|to|in|at|on|of|for|with|who|is)\s)"
    r"[\w&/+'’.-]++\s++)"
)
_ROLE_IN_TALK = re.compile(
    r"\b(?:the|your|our|a|an)\s++(?:first\s++)?(?P<a>" + _TALK_WORD + r"{0,4}?[\w&/+'’-]++)"
    r"\s++(?:role|position|opening|spot|vacancy|seat)\b"
    r"|\bas (?:our|the|a|an)\s++(?:first\s++|new\s++|founding\s++)?(?P<c>"
    + _TALK_WORD
    + r"{0,3}?[\w&/+'’-]++)(?=[.,;!]|\s*+$)"
    r"|\b(?:role|position|job)\b[^\n?]{0,60}\?[ \t]*+\n\s*+(?P<d>[^\n]{3,60})"
    # A founder's prose: "where a founding engineer could fit", "hiring our first product
    # designer at ...", "you'd be a great first Head of Sales for us", "our ad for a Part-Time
    # Bookkeeper".
    r"|\bwhere\s++an?\s++(?P<e>" + _TALK_WORD + r"{0,3}?[\w&/+'’-]++)\s++(?:could|would|might|"
    r"will)\s++fit\b"
    r"|\b(?:hiring|hire|be)\s++(?:our|a|the|my)\s++(?:great\s++|good\s++|strong\s++)?first\s++"
    r"(?P<f>[\w&/+'’-]++(?:\s++(?:of\s++)?[\w&/+'’-]++){0,3}?)"
    r"(?=\s++(?:at|for|in|to|and|who|on|here)\b|[.,;!?)]|\s*+$)"
    r"|\b(?:ad|advert|advertisement|posting|listing)\s++for\s++an?\s++(?P<g>"
    + _TALK_WORD
    + r"{0,3}?[\w&/+'’-]++)(?=[.,;!?]|\s++(?:at|in|with)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# What the frames above hold, found by substring before the regex's scan.
_TALK_HINTS = (" role", " position", " opening", " spot", " seat", " as ", "applica", " fit")
_TALK_HINTS_MORE = ("first ", " ad for", "advert", "posting for", "listing for")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "to", "&"})


def _role_in_talk(text: str) -> str | None:
    """A job named in the prose of an informal invite or a booking page's answers, when the
    lexicon knows it as a title; written with capitals when the prose writes none."""
    if not any(w in text for w in _TALK_HINTS) and not any(w in text for w in _TALK_HINTS_MORE):
        return None
    for m in list(_ROLE_IN_TALK.finditer(text))[:10]:
        value = next(v for v in m.groups() if v).strip(" .,;:!")
        words = value.split()
        if any(w[:1].isupper() and not w.isupper() for w in words):
            # "the night-shift Registered Nurse position": the job is the capitalised part.
            while words and words[0][:1].islower():
                words.pop(0)
        elif m.group("c") or len(words) < 2:
            # "as our first designer", "the staff role": a kind of job, not its name.
            continue
        value = " ".join(words)
        if not value or not is_title(value) or is_name(value) or "hiring manager" in fold(value):
            continue
        if value[:1].islower():
            value = " ".join(
                w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in value.split()
            )
        return _clean_position(value)
    if "application" in text:
        # "Following up on my application for Café Operations Lead": the frame the schedule
        # reader knows (one mechanism for it), line by line as a booking page answers.
        for line in text.splitlines()[:60]:
            if "application" in line:
                found = prose_position(line)
                if found and is_title(found):
                    return _clean_position(found)
    return None


_EVENT_NAME = re.compile(r"^Event (?:Name|Type):[ \t]*+(?P<v>[^\n]+)$", re.MULTILINE)

# "The position of X" in the other languages invites come in, where the job is often written
# in lower case and the title lexicon does not know it: "für die Position Strategischer
# Einkäufer (m/w/d)", "el puesto de enólogo adjunto", "le poste de technicien de maintenance
# chez …", "la posizione di geometra di cantiere", "de functie servicemonteur windturbines",
# "stillingen som driftstekniker", "tjänsten som …". The job runs to the sentence's end, a
# bracket or the small word that goes on to the employer ("hos", "chez", "bei", "at").
_POST_FRAME = re.compile(
    # A German noun is written with a capital: "die Stelle berichtet an …" is no job.
    r"\b(?:(?:[Dd]ie|[Dd]er) Position(?= [A-ZÄÖÜ])|[Pp]osition als|[Ss]telle als|"
    r"(?:el|al|del) puesto de|la (?:posición|vacante) de|(?:le|au|du) poste de|"
    r"la posizione di|il ruolo di|(?:a|à|da) vaga de|o cargo de|"
    r"de (?:functie|vacature)(?: van| als)?|"
    r"(?:stillingen|tjänsten|rollen|jobbet) som)[ \t]++"
    r"(?P<v>[^\W\d_][\w'’/:+-]*+(?:[ \t]++(?!(?:hos|chez|bei|at|in|im|en|på|i|presso|da|con|"
    r"with|bij|för|for|til|till|og|och|and|und|et|e|y|ja|zu|zum|zur|a|à|au|of|af|ved|"
    r"mit|avec|dans|nel|nella|sul|van|op|na|no|em|do|para|pela|pelo)\b)[\w'’/:+&-]++){0,5})"
)
_POST_HINTS = (
    "osition", "telle", "puesto", "posición", "vacante", "poste", "posizione", "ruolo", "vaga",
    "cargo", "functie", "vacature", "stillingen", "tjänsten", "rollen", "jobbet",
)  # fmt: skip


def _post_named_in(text: str) -> str | None:
    """The job a sentence names as "the position of …" in another language (_POST_FRAME)."""
    if not text or not any(h in text for h in _POST_HINTS):
        return None
    m = _POST_FRAME.search(text)
    if m is None:
        return None
    value = m.group("v")
    # The frame says it is a job: a name's shape ("Strategischer Einkäufer") is no objection.
    found = _clean_position(value)
    return found[:1].upper() + found[1:] if found else None


def _position_in_title(text: str, event: Event, company_name: str | None) -> str | None:
    read = _title_positions(text)
    if read.prose is not None:
        return read.prose or None
    if read.in_parens:
        return read.in_parens
    # "Meet the team - Alex Morgan (Frontend Engineer)": after the candidate's own name, the
    # parenthesis holds the position applied for.
    for name, found, met_with in read.after_names:
        if _is_candidate(name, event) and found and (not met_with or _ats_subject(text, name)):
            # "Sandpiper Coffee Roasters - Interview with Alex Morgan (Head Roaster)": a tool's
            # subject names the interview "with" the candidate, the job in brackets.
            return found
        if found and company_name and _key(name) == _key(company_name):
            # "Intro call: Alex Morgan x Driftless Robotics (Controls Engineer)", "Interview
            # with Kelpie Freight (Operations Analyst)": after the employer's name, the
            # parenthesis holds the job, not a person's title.
            return found
    if read.after_for:
        return read.after_for
    for segment, found in read.segments:
        if company_name and _key(segment) == _key(company_name):
            continue
        if found:
            return found
    return None


def _ats_subject(text: str, name: str) -> bool:
    """ "Interview with <candidate>": a tool names the candidate it schedules, while a founder's
    "Coffee with Alex Morgan (Staff Engineer)" holds the candidate's current title."""
    at = text.find(name)
    return at > 0 and "nterview with " in text[max(0, at - 15) : at]


def _left_over_segment(event: Event, schedule: Schedule, company_name: str | None) -> str | None:
    """ "Interview | Harlowe Group | Internal Audit Senior": a subject of separated parts, one of
    them the interview's word and one the company, the only other part naming nobody on the
    invite is the job, whatever the title lexicon knows of it."""
    if not company_name:
        return None
    left = _left_over_part(event.title, _key(company_name))
    if left is None:
        return None
    named = _event_people(event, schedule) + [a.name for a in event.attendees if a.name]
    if _is_person(left, named) or _is_candidate(left, event):
        return None
    return _clean_position(left)


# Titles repeat across a calendar (a series, a tool's fixed wording): each is read once.
@lru_cache(maxsize=512)
def _left_over_part(title: str, company_key: str) -> str | None:
    if title.count(" ") < 3:
        return None
    parts = [p.strip(" ,.-–—:") for p in _SEGMENTS.split(title)]
    parts = [p for p in parts if p]
    if len(parts) < 3:
        return None
    words_only = [p for p in parts if not _INTERVIEW_WORDS.sub("", p).strip(" ,.-–—:")]
    rest = [p for p in parts if p not in words_only and _key(p) != company_key]
    if not words_only or len(rest) != 1 or len(parts) - len(rest) < 2:
        return None
    left = rest[0]
    if not 2 <= len(left.split()) <= 6:
        return None
    if not all(w[:1].isupper() or w in _SMALL_WORDS for w in left.split()):
        return None
    return left


@dataclass(frozen=True, slots=True)
class _TitlePositions:
    """What a title offers as the position, each already cleaned and checked against the title
    lexicon (None or "" when it does not pass); only the candidate and the company are left to
    decide, per event."""

    prose: str | None  # "" when a prose frame names something that cleans to nothing
    in_parens: str | None
    after_names: tuple[tuple[str, str | None, bool], ...]  # (name, position, "with" before)
    after_for: str | None
    segments: tuple[tuple[str, str | None], ...]


# Titles repeat across a calendar (a series, a tool's fixed wording): each is read once.
@lru_cache(maxsize=512)
def _title_positions(text: str) -> _TitlePositions:
    found = prose_position(text)
    if found:
        return _TitlePositions(_clean_position(found) or "", None, (), None, ())

    def titled(value: str) -> str | None:
        cleaned = _clean_position(value)
        return cleaned if cleaned and is_title(cleaned) else None

    m = _ROLE_PARENS.search(text)
    in_parens = titled(m.group("v")) if m else None
    after_names = tuple(
        (
            n.group("n"),
            titled(n.group(0)[n.end("n") - n.start() :].strip(" ()")),
            _MET_WITH.search(text[: n.start()]) is not None,
        )
        for n in _NAME_PARENS.finditer(text[:300])
    )
    # "Interview: Deepa Rao (Engineering Manager)": a parenthesis after a name holds a person's
    # title; others ("Backend Engineer (Platform)") belong to the position.
    title = _NAME_PARENS.sub(lambda n: n.group("n") if is_name(n.group("n")) else n.group(0), text)
    m = _FOR.search(title)
    after_for = titled(m.group("v")) if m else None
    segments = []
    for segment in _SEGMENTS_KEEP_PARENS.split(title):
        # "Interview with Femi Adeyemi (Head of Growth) – Growth Marketing Manager": the person
        # met ends at the next separator; the segments after it may still name the job.
        segment = _WITH_TAIL.sub("", segment)
        segment = _INTERVIEW_WORDS.sub("", segment).strip(" ,.-–—:")
        if not segment:
            continue
        found = _clean_position(segment)
        foreign = found is not None and _foreign_job_head(found)
        if found and (
            not (foreign or is_title(found))
            or (is_name(found) and not foreign)
            or "hiring manager" in fold(found)
        ):
            found = None
        segments.append((segment, found))
    return _TitlePositions(None, in_parens, after_names, after_for, tuple(segments))


def _is_candidate(name: str, event: Event) -> bool:
    """The name is the calendar owner's, or a guest's writing from a personal address: the
    candidate, where the interviewers write from the employer."""
    if not is_name(name):
        return False
    org = event.organizer.email if event.organizer else None
    return any(
        a.name
        and (names_match(name, a.name) or names_match(name, _turned(a.name)))
        and (a.is_self or (is_free_mail(domain_of(a.email)) and a.email != org))
        for a in event.attendees
    )


def _turned(name: str) -> str:
    """ "Morgan, Alex" as a directory writes it, turned to "Alex Morgan"."""
    last, comma, first = name.partition(",")
    return f"{first.strip()} {last.strip()}" if comma and first.strip() else name


# "Coffee with Sam Rivera (Founder)": the person met, whatever their address.
_MET_WITH = re.compile(r"(?:^|\s)(?:with|w/|meet|meeting|and|&|x|<>)\s*$", re.IGNORECASE)


_ROLE_PARENS = re.compile(r"\((?P<v>[^()]{3,80}?)\s+(?:role|position|opening)\)", re.IGNORECASE)
# A name starts at a word's start (not again at each of its letters) and its words are taken
# whole (possessive): linear on a long run of capitals.
_NAME_PARENS = re.compile(
    # Not a word's gender ending: "Engenheiro(a)", "Coordinador(a)".
    r"(?<![\w'’.-])(?P<n>[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,3})\s*+\((?![aoe]\))[^()]*\)"
)
_SEGMENTS_KEEP_PARENS = re.compile(  # (?<!\s): as _SEGMENTS
    r"(?<!\s)\s+[-–—|:/~]\s+|(?<!\s)\s*[|]\s*|:\s+|(?<!\s)\s+<>\s+|(?<!\s)\s+x\s+"
    r"|(?<!\s)\s+@\s+"
)
# Requisition ids: "(Req #D-1142)", "(R-20433)", "(Req ID 2027-3381)", "R-12345 ", "JR0047731 ".
# Job-ad tags: "(Job ID 2027-4411)", "(Ref. PE-0427)", and gender tags "(m/w/d)", "(f/m/x)",
# "(all genders)".
_REQ_PARENS = re.compile(
    # A bare "ID" label too: "(ID 41F2)".
    r"\(\s*(?:(?:(?:req(?:uisition)?|job|ref(?:erence)?)\.?[\s-]*(?:id|no\.?|number|ref)?|id)"
    r"\s*[#:.]?\s*)?"
    r"#?[A-Z]{0,4}-?\d[\w-]*\s*\)|\(\s*[mwfdx](?:\s*/\s*[mwfdx]){1,3}\s*\)|\(all genders\)|"
    # "(Job #: 0091)", "(Job No. 14)"; the kind of contract or move, not the job's name.
    r"\(\s*(?:job|req(?:uisition)?|ref)\s*(?:#|no\.?|number|id)\s*:?\s*[\w-]+\s*\)|"
    r"\((?:internal(?: transfer| move| candidate)?|remote|hybrid|on-?site|contract|temporary|"
    r"temp|fixed[- ]term|full[- ]time|part[- ]time|maternity cover|permanent)\)|"
    # A requisition's state in the tool ("Claims Adjuster II (Open)"), a level code in brackets
    # wherever written ("Software Engineer [L5]", "(IC3)").
    r"\((?:open|opened|evergreen|pipeline)\)|[(\[]\s*+(?:L|IC|E|M|P|T)\d{1,2}\+?\s*+[)\]]",
    re.IGNORECASE,
)
_REQ_LEAD = re.compile(
    r"^(?:req(?:uisition)?\s*+[#:]?\s*+)?#?[A-Z]{0,4}-?\d[\w-]*\s+", re.IGNORECASE
)
# "Data Engineer at Nordlys", and the same in the languages invites come in: "UX Writer hos
# Solsikke Rejser" (Danish, Norwegian, Swedish), "bei" (German), "chez" (French).
_AT_TAIL = re.compile(r"(?<!\s)\s+(?:at|hos|bei|chez)\s++[A-Z][^,]*$")
_SEARCH_TAIL = re.compile(
    r"(?<=[\w)])\s++(?:(?:faculty\s++)?search(?:\s++committee)?|appointment|hire)$"
)
_TOOL_TAG = re.compile(r"^\[[A-Za-z][\w .-]{0,30}\]\s*+")


# Words around a position that are not part of it: "the post of Java Developer", "Marketing
# Coordinator is confirmed", "… has been scheduled".
_POST_OF = re.compile(
    r"^(?:the\s++)?(?:post|position|role|job|vacancy|opening)\s++(?:of|as)\s++", re.IGNORECASE
)
_VERB_TAIL = re.compile(
    r"(?<!\s)\s++(?:is|are|was|has been|have been|will be)\s++(?:confirmed|scheduled|booked|"
    r"set|now|on|at|with)\b.*$",
    re.IGNORECASE,
)


_TERMS_PAREN = re.compile(
    r"(?<=\S)\s*+\((?=[^()]*?\b(?:contract|contractor|\d+[- ]?(?:months?|mos?)|part[- ]time|"
    r"full[- ]time|"
    r"temporary|temp|fixed[- ]term|permanent|maternity cover|ftc|w2|c2c|1099|"
    # "(Per Diem)", "(Lisbon or Remote EU)", "(on behalf of Greystone Utilities)": the terms,
    # where it may be done from, or the agency's client.
    r"per[- ]diem|prn|remote|hybrid|on behalf of|seasonal)\b)[^()]*+\)$",
    re.IGNORECASE,
)


# Ids, grades and hours in brackets after a job: "(Ref CR/GRAD/26)", "[Job 4410-B]",
# "(Competition No. 28-ENV-0412)", "(Grade 8)", "(Band 6)", "(ST3+ level)", "(32 uur)",
# "(37.5 hours)". Bracketed text is taken whole ([^()]): linear.
_ID_PARENS = re.compile(
    r"[(\[]\s*+(?:ref(?:erence)?|req(?:uisition)?|job|competition|posting|vacancy|advert|"
    r"position)\.?(?:\s++(?:id|no\.?|number|#))?\s*+[#:.]?\s*+"
    r"[^()\[\]\s\d]*+\d[^()\[\]]*+[)\]]"
    r"|\(\s*+(?:grade|band|level|pay grade|salary grade|scale)\s++[\w.+/-]{1,8}\s*+\)"
    r"|\(\s*+[\w+]{1,6}\s++level\s*+\)"
    r"|\(\s*+\d{1,2}(?:[.,]\d)?(?:\s*+[-–]\s*+\d{1,2}(?:[.,]\d)?)?\s*+"
    r"(?:uur|hours?|hrs|h|hpw|stunden|std|timmar|tim)"
    r"(?:\s*+(?:/|per)\s*+\w+)?\s*+\)",
    re.IGNORECASE,
)


def _repeats_a_word(inner: list[str], outer: list[str]) -> bool:
    seen = {fold(w) for w in outer if len(w) >= 4}
    return any(fold(w) in seen for w in inner if len(w) >= 4)


_CLAUSE_END = frozenset({"will", "would", "can", "could", "shall", "should", "may", "to", "and"})
# How the job is worked, after a dash, a bar or a comma: "- Hybrid", "- Full Time" (the job's
# name stops before them).
_WORK_TAIL = re.compile(
    r"(?:(?<!\s)\s++[-–—|]\s++|,\s*+)(?:full[- ]time|part[- ]time|hybrid|remote|on-?site|"
    r"permanent|temporary|fixed[- ]term|seasonal)$",
    re.IGNORECASE,
)
# When it is worked: "- Night Shift", ", evening shift". After a dash it is cut only before
# terms cut above ("Registered Nurse - Med/Surg - Nights - Full Time"): alone it may be part of
# the job's name as posted ("Forklift Operator - 2nd Shift").
_SHIFT_TAIL = re.compile(
    r"(?:(?<!\s)\s++[-–—|]\s++|(?P<comma>,\s*+))(?:nights|days|evenings|weekends|"
    r"(?:day|night|evening|morning|weekend|late|early|1st|2nd|3rd|first|second|third|"
    r"graveyard|swing|rotating) shifts?)$",
    re.IGNORECASE,
)
# A place in brackets just before such a tail: "Business Desk (Manchester) - Hybrid".
_PLACE_PAREN = re.compile(r"\([A-Z][\w.'’-]*+(?:[ ,]++[A-Z][\w.'’-]*+){0,2}\)")
# A job in brackets after words that are not one: "afternoon (Brewing Ops Manager)",
# "confidential client (Head of Treasury)".
_LOWER_THEN_PAREN = re.compile(r"^[a-z][a-z ]{0,40}\((?P<v>[A-Z][^()]{2,60})\)$")
# A job named by a word of another language before it: "rol de Data Engineer", "ruolo Product
# Designer", "Kennismaking Data Scientist" (a first meeting), or "opening" after it.
_JOB_WORD_LEAD = re.compile(
    r"^(?:(?:el|il|la|le|o|a|de|het)\s++)?(?:rol|ruolo|puesto|cargo|vaga|posizione|poste|"
    r"functie|rolle|roll|stilling|(?i:kennismaking(?:sgesprek)?))"
    r"(?:\s++(?:de|di|del|da|do|als|as|som|d'))?"
    # Lower case only: "Cargo Operations Analyst" is a job.
    r"\s++(?=[A-Z])"
)
_OPENING_TAIL = re.compile(r"(?<=[\w)])\s++(?:opening|vacancy)$")


def _work_tail_cut(text: str) -> str:
    """The job's name without how and when it is worked, nor a place just before that."""
    cut, terms = text, False
    while True:
        m = _WORK_TAIL.search(cut)
        if m is not None:
            cut, terms = cut[: m.start()], True
            continue
        m = _SHIFT_TAIL.search(cut)
        if m is not None and (terms or m.group("comma")):
            cut = cut[: m.start()]
            continue
        break
    opened = cut.rfind("(") if cut != text else -1
    if opened > 0 and _PLACE_PAREN.fullmatch(cut, opened):
        cut = cut[:opened].rstrip()
    return cut


def _spelled_acronym(text: str) -> str | None:
    """ "SRE (Site Reliability Engineer)": the bracket spells out the short form before it."""
    opened = text.find("(")
    if opened < 2 or not text.endswith(")"):
        return None
    short, inner = text[:opened].strip(), text[opened + 1 : -1].strip()
    initials = "".join(w[0] for w in inner.split() if w[:1].isupper())
    return inner if short.isupper() and len(short) >= 2 and initials == short else None


@lru_cache(maxsize=4096)
def _clean_position(text: str) -> str | None:
    # A parenthesis left open was cut by a sentence's end inside it ("… Manager (Req. 24-0117)"
    # read up to "Req."): what it began is an aside, not part of the name.
    opened = text.rfind("(")
    if opened > 0 and ")" not in text[opened:]:
        text = text[:opened]
    text = _REQ_PARENS.sub(" ", text)
    text = _work_tail_cut(text.strip())
    if text.endswith(")"):
        framed = _LOWER_THEN_PAREN.match(text)
        text = framed.group("v") if framed is not None else (_spelled_acronym(text) or text)
    text = _JOB_WORD_LEAD.sub("", _OPENING_TAIL.sub("", text))
    if "(" in text or "[" in text:
        text = _ID_PARENS.sub(" ", text).rstrip()
    if text.endswith(")"):
        # "Cloud Security Engineer (contract, 12 months)": the terms of the engagement, not the
        # job's name ("(Nights)", "(Kotlin)", "(Midwest)" stay).
        text = _TERMS_PAREN.sub("", text)
    if text.endswith(")"):
        # "Quality Supervisor (Supervisor de Calidad)": the job again in another language, a
        # bracket of several words that repeats one of the job's own.
        opened = text.rfind("(")
        inner, outer = text[opened + 1 : -1].split(), text[:opened].split()
        if opened > 0 and len(inner) >= 2 and _repeats_a_word(inner, outer):
            text = text[:opened]
    # "[Lever] Product Marketing Manager": the sending tool's tag before the job.
    text = _TOOL_TAG.sub("", text.strip())
    text = _VERB_TAIL.sub("", _POST_OF.sub("", text))
    text = _REQ_LEAD.sub("", text.strip())
    text = _REQ.sub(" ", text)
    text = _REQ_TAIL.sub("", text.rstrip())
    text = _AT_TAIL.sub("", text)
    # "Assistant Professor of Geography search": the search for the post, not its name.
    text = _SEARCH_TAIL.sub("", text)
    # "Head of Operations candidate": the one applying, not the job.
    if text.endswith(" candidate"):
        text = text[: -len(" candidate")]
    if text.rsplit(None, 1)[-1:] and text.rsplit(None, 1)[-1].lower() in _CLAUSE_END:
        # "Marlow Health recruiting team will": a sentence cut short, not a job.
        return None
    text = latin_form(" ".join(text.split()).strip(" ,.-–—:#"))
    return text[:120] or None


# "CEO of Lange Audio", "General Manager, The Aldridge Hotel", "Founder at Stone & Sparrow":
# a title followed by the employer's name. The tail starts at the last separator.
# "recruiter in Novadrift" (the employer after "in", cut only when it names the employer:
# "Senior Lecturer in Computational Biology" keeps its field).
_TITLE_TAIL = re.compile(r"(?:,\s++|(?<!\s)\s++(?:of|at|@|in)\s++)(?=[A-Z])")


def titles_without_company(
    interviewers: Sequence[Interviewer], company_name: str | None
) -> tuple[list[Interviewer], str | None]:
    """Interviewers whose titles no longer end with the employer's name, and that name as a
    title wrote it when the invite gave no company (a founder on a personal address)."""
    out: list[Interviewer] = []
    stated: str | None = None
    for i in interviewers:
        title, hires = _title_told(i.title) if i.title else (i.title, False)
        if hires and not i.hiring_manager:
            i = replace(i, title=title, hiring_manager=True, role=Role.DECISION_MAKER)
        cut = _title_and_tail(title) if title else None
        if cut is not None and (
            _names_employer(cut[1], company_name, i.email)
            or (company_name is None and _founds_firm(*cut))
        ):
            title = cut[0]
            stated = stated or cut[1]
        if title != i.title:
            # The role the title left alone gives, where the prose around it hid one.
            role = role_of(title, i.hiring_manager)
            i = replace(i, title=title, role=i.role if role is Role.UNKNOWN else role)
        out.append(i)
    return out, (stated if company_name is None else None)


# What prose puts around a title it gives: "our" before it ("il nostro Product Manager"), the
# team or place after it in words ("… del equipo", "… of the club", "… på Solgården"), the next
# sentence ("Partner and Head of Real Estate. Adaeze leads the group") or an aside left open.
_OWNER_LEAD = re.compile(
    r"^(?:our|il nostro|la nostra|nuestr[oa]|notre|nost?[oa]|unser(?:e|er)?|onze|v[åa]r|"
    r"v[åa]rt|nosso|nossa|n[ao]ss[oa])\s++(?=\w)"
)
_PROSE_TAIL = re.compile(
    r"(?<!\s)\s++(?:(?:of|at|for|in|on) the [a-z]++|del equipo|de l'[ée]quipe|del team|"
    r"nel team|in het team|i teamet|im team|(?:på|bei|chez|hos|presso) [A-ZÅÄÖ][^,;()]*+)$"
)
_SENTENCE_NEXT = re.compile(r"(?<=[a-z]{3})\.\s++[A-Z][\w'’-]*+\s++[a-z]")
# "enóloga jefe y responsable de esta contratación": the title, then the one hiring.
_AND_HIRES = re.compile(
    r"(?<!\s)\s++(?:y|e|et|and|und|en|och|og|i)\s++(?:la |il |the )?(?:responsable|"
    r"responsabile|respons[áa]vel|in charge|verantwortlich)\b[^()]*+$"
)
_THIS_HIRE = re.compile(r"contrataci[óo]n|contrata[çc][ãa]o|assunzione|recrutement|hir(?:e|ing)\b")


@lru_cache(maxsize=4096)
def _title_told(title: str) -> tuple[str, bool]:
    """The title without what prose put around it, and whether it also says they hire."""
    text = title
    opened = text.rfind("(")
    if opened > 0 and ")" not in text[opened:]:
        text = text[:opened].rstrip(" ,;")
    sentence = _SENTENCE_NEXT.search(text)
    if sentence is not None:
        text = text[: sentence.start()]
    hires = False
    m = _AND_HIRES.search(text)
    if m is not None and _THIS_HIRE.search(m.group(0)):
        text, hires = text[: m.start()], True
    text = _PROSE_TAIL.sub("", _OWNER_LEAD.sub("", text)).strip(" ,;")
    return (text, hires) if text and is_title(text) else (title, False)


# The same titles come back on every invite of a loop: each is cut once.
@lru_cache(maxsize=4096)
def _title_and_tail(title: str) -> tuple[str, str] | None:
    """A title and what follows its last separator ("CEO", "Lange Audio"), when the part
    before reads as a title."""
    cuts = list(_TITLE_TAIL.finditer(title[:120]))
    if not cuts:
        return None
    m = cuts[-1]
    head, tail = title[: m.start()].strip(), title[m.end() :].strip(" .")
    return (head, tail) if head and is_title(head) else None


def not_the_company(
    interviewers: Sequence[Interviewer], company_name: str | None
) -> list[Interviewer]:
    """Without the "person" who is the company itself ("your interview with Quill Metrics"
    read as a person in a people sentence): a company is never an interviewer."""
    if not company_name:
        return list(interviewers)
    key = _key(company_name)
    return [i for i in interviewers if i.email or not i.name or _key(i.name) != key]


# Titles that own a firm rather than a unit: "founder, Pollen", "CEO, Pellucid".
_FIRM_HEAD = re.compile(
    r"^(?:co-?)?founder\b|\bfounder$|^(?:ceo|cto|coo|owner|managing director)$", re.IGNORECASE
)


def _founds_firm(head: str, tail: str) -> bool:
    """ "founder, Pollen": one capitalised word after a founder's or chief executive's title is
    the firm they run (a unit is never founded), when it is no title itself."""
    return (
        _FIRM_HEAD.search(head) is not None
        and len(tail.split()) == 1
        and tail[:1].isupper()
        and not is_title(tail)
    )


def _names_employer(tail: str, company_name: str | None, email: str | None) -> bool:
    if company_name is not None:
        key = _key(tail)
        return bool(key) and (key == _key(company_name) or _fit(tail, domain_of(email)) > 0)
    # No company known: an organisation's name of two or more capitalised words that is no
    # title and no person ("The Aldridge Hotel", "Lange Audio"), not a unit ("Cardiac ICU" is
    # only read this way when the invite gives no company at all).
    tokens = tail.split()
    return (
        2 <= len(tokens) <= 6
        and all(t[:1].isupper() or t in ("&", "and", "of") for t in tokens)
        and not is_title(tail)
        and not is_name(tail)
    ) or _fit(tail, domain_of(email)) > 0
