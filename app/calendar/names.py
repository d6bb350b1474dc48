"""People written as text: "Deepa Rao (Hiring Manager)", "Sam Lee, Staff Engineer; Ana Ruiz, CTO".

Recruiting tools print interviewers as names with titles in many shapes (GoodTime's
NamesAndTitles, hand-written coordinator emails). This module turns such a fragment into
(name, title, email) records and refuses words that are not names ("System Design", "Zoom").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.calendar.people import caps_surname_last, clean_email, name_matches_email, words
from app.calendar.titles import names_a_title, title_family
from app.playbook.roles import Role, explain_title


@dataclass(frozen=True, slots=True)
class NamedPerson:
    name: str | None
    title: str | None = None
    email: str | None = None
    hiring_manager: bool = False
    optional: bool = False

    @property
    def bare(self) -> bool:
        """Only a name: weak evidence on its own ("Coffee with Sam")."""
        return self.title is None and self.email is None and not self.hiring_manager


# Words that appear capitalised in schedules but are not parts of a person's name. (Months
# that are also first names — April, June, Jun, May — are left out on purpose.)
_NOT_NAME = words(
    """interview interviews interviewer interviewers interviewing screen screening phone video call
    chat coffee lunch dinner breakfast break intro introduction introductions welcome wrap wrap-up
    closing debrief onsite on-site virtual final round first second third fourth loop panel
    technical tech coding code pair programming system systems design architecture behavioral
    behavioural culture values value fit product sense case study presentation review take-home
    homework assessment exercise challenge session meeting meetings sync team teams zoom meet google
    microsoft webex hangouts room conference tbd tba hiring manager recruiter recruiting candidate
    you your our the a an and with of for in on at to greet q&a qa hr leadership cross-functional
    xfn deep dive portfolio whiteboard data structures algorithms ml machine learning frontend
    backend fullstack full-stack mobile infra infrastructure security calendar location office
    building floor lobby reception address parking agenda schedule itinerary note notes details
    date time join link dial passcode password id optional shadow required pst pdt est edt cst cdt
    mst mdt utc gmt bst cet cest pt et ct mt am pm monday tuesday wednesday thursday friday
    saturday sunday january february march september october november december
    company inc llc ltd gmbh labs corp corporation group talent acquisition people ops operations
    engineering sales marketing finance legal support customer success overview discussion
    questions question deep-dive skills experience role position job opening team's hangout
    demo project projects problem solving live non-recorded recorded assessment coffee-chat
    all hands standup stand-up retro planning hi hello hey dear greetings controller comptroller
    treasurer superintendent principal partner associate counsel
    development research regulatory affairs quality compliance procurement logistics supply
    chain planning accounting accounts payable receivable payroll treasury audit risk strategy
    growth partnerships communications comms facilities fulfillment fulfilment warehouse
    distribution manufacturing production clinical nursing cardiology cardiac icu pediatrics
    paediatrics radiology oncology surgery surgical pharmacy emergency ward unit department dept
    division branch services editorial content creative platform payments analytics autonomy
    union bank health hospital clinic pharma university college school institute foundation
    sector region enterprise government commercial sous"""
)
# "Sr." before a name is a religious sister's style ("Sr. Mary O'Neill"), as "Rev." a minister's;
# "Sister" is also a senior nurse's style in the UK and Ireland ("Sister Aoife Brennan").
# German degrees join the doctorate ("Dr.-Ing.", "Dipl.-Ing.") and styles stack ("Prof. Dr.").
_HONORIFIC = re.compile(
    # "Mag." and "Ing." (Austrian, Latin-American and West African styles) only with their dot.
    # "Eng." (an engineer's style in the Gulf and Egypt), "Hon.", "Cllr" likewise; "Herr"/"Frau",
    # "Sir"/"Dame", "Mme", "Sra." before a name word.
    # A chef's style before a capitalised name ("Chef Matteo Brivio"; "Chef de Partie" is a job).
    r"^(?:(?:(?:dr|mr|mrs|ms|mx|prof|professor|sr|rev|dipl|mme|mlle|sra|srta|dra|cllr)\.?|"
    # "DI" (Diplom-Ingenieur) before an Austrian name, in capitals only ("Di Stefano" is a name).
    # A ship's or an airline's captain ("Capt. Omar Al-Farsi", "Captain Agnes Moyo").
    r"(?:mag|ing|eng|engr|hon|capt)\.|(?-i:Chef|DI|DDI|DDr\.?|Captain|Capt)(?= (?-i:[A-Z]))|"
    r"(?:sister|herr|frau|sir|dame|lady|lord|do[ñn]a)(?= \w))"
    r"(?:-(?:ing|med|phil|kfm|inf)\.?)?\s++){1,3}",
    re.IGNORECASE,
)
# Post-nominal letters written after a name (degrees, licences, fellowships), as written.
_CREDENTIAL = re.compile(
    r"(?:RN|LPN|BSN|MSN|NP|APRN|MD|DO|DDS|DMD|PharmD|PhD|Ph\.D\.|MBA|CPA|CFA|PE|PMP|Esq\.?|"
    r"JD|MSc|BSc|MPH|CPhT|FACHE|SHRM-S?CP|S?PHR|CEng|ACCA|FCA|ACA|CIPD|BCPS|BCOP|CCRN|FCCP)"
)
# A title written after post-nominal letters: "Name, PhD - Associate Director", "Name, PE -
# Supervisor", "Name, CPA (Tax Director)". The letters belong to the name, the rest is the title.
_CREDENTIAL_LEAD = re.compile(rf"^{_CREDENTIAL.pattern}(?:\s*+[-–—:|·•]\s++|\s*+\((?=[^()]++\)$))")


def is_credential(text: str) -> bool:
    """Post-nominal letters alone ("MD", "PharmD", "CPA")."""
    return _CREDENTIAL.fullmatch(text.strip()) is not None


# Letters after a name that the list above lacks ("FIA", "BCOP"): 2-5 capitals, not a title.
_CAPITALS = re.compile(r"[A-Z]{2,5}")


def without_credentials(text: str) -> str:
    """What follows a name with the post-nominal letters written first taken off: "PharmD,
    BCOP, Director of Pharmacy" → "Director of Pharmacy", "RN, MSN, Nurse Manager" → "Nurse
    Manager". Letters that are a title ("CFO, Finance") stay; so does a text that is only
    letters."""
    rest = text
    for _ in range(4):
        head, comma, tail = rest.partition(",")
        token = head.strip()
        if not comma or not tail.strip():
            break
        letters = _CAPITALS.fullmatch(token) is not None and not is_title(token)
        if not (letters or _CREDENTIAL.fullmatch(token)):
            break
        rest = tail.lstrip()
    return rest


# A name's word has no digit in it ("A320 Fleet", "Turno 2" name no one).
_TOKEN = re.compile(r"^(?:[^\W\d_](?:[^\W\d]|['’.-])*+|[^\W\d_]\.)$")
_PARTICLE = words(
    "van von de da del della der den di du la le bin ibn al el dos das st binte binti bint ben "
    "ter ten zu af av"
)
_PRONOUNS = re.compile(r"^\s*(?:she|he|they|ze|xe)\s*/\s*\w+(?:\s*/\s*\w+)?\s*$", re.IGNORECASE)
_HM = re.compile(r"(?i:\bhiring manager\b)|\bHM\b")
# Where an event sits in a series, written in parentheses after a name or company.
_SEQUENCE = re.compile(
    r"^\s*(?:(?:day|part|round|session|stage|block|interview|week)\s*#?\d{1,2}"
    r"(?:\s*(?:of|/)\s*\d{1,2})?|\d{1,2}\s*(?:of|/)\s*\d{1,2})\s*$",
    re.IGNORECASE,
)
_OPTIONAL = re.compile(r"^\s*(?:optional|shadow|shadowing|reverse shadow|observer)\s*$", re.I)


@lru_cache(maxsize=8192)
def is_name(text: str) -> bool:
    """A plausible personal name: 1–5 capitalised tokens, none of them a schedule word."""
    text = _HONORIFIC.sub("", text.strip())
    if not text or len(text) > 60:
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or tokens == ["I"] or _CREDENTIAL.fullmatch(text):
        return False
    for i, tok in enumerate(tokens):
        if not _TOKEN.match(tok):
            return False
        low = tok.lower().strip(".")
        if len(low) > 1 and low in _NOT_NAME:
            return False
        if not tok[0].isupper() and not (i > 0 and low in _PARTICLE):
            return False
    if names_a_title(text):
        return False  # "Teamleitung BI", "Store Supervisor": a title the role table lacks
    found = explain_title(text)
    if found.reason == "C-level officer" and not any(t.isupper() and len(t) > 2 for t in tokens):
        return True  # "Irene Cho", "Minh Cao": surnames, not a CHO or a CAO
    return found.role is Role.UNKNOWN


@lru_cache(maxsize=8192)
def is_title(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 100 or "@" in text:
        return False
    if text[:7].lower() == "one of " or text[:5].lower() in ("both ", "each "):
        text = _one_of(text)  # "one of our site reliability engineers"
    return explain_title(text).role is not Role.UNKNOWN or title_family(text) is not Role.UNKNOWN


_EMAIL_IN = re.compile(
    r"<?\(?(?:mailto:)?((?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)\)?>?"
)
# Separators start where a run of spaces starts (not again inside it) and take the run whole:
# linear on long runs of spaces, the same separators as "\s+and\s+|…".
_LIST_SPLIT = re.compile(
    r";|(?<!\s)\s++(?:and|&|\+|und|et|y|together with|along with)\s+", re.IGNORECASE
)
_NAME_TITLE_SEP = re.compile(r"(?<!\s)\s++(?:[-–—|/·•]\s+|\|\s*)|\|\s*")
# The name runs to its last non-space before the parenthesis (taken in one pass, not retried
# at each space of a run): the same groups as "^(?P<name>[^()]+?)\s*\(…\)\s*(?P<after>.*)$".
_PAREN = re.compile(r"^(?P<name>(?:\s*+[^()\s])++|\s)\s*+\((?P<inner>[^()]*)\)\s*+(?P<after>.*)$")


_PARENS = re.compile(r"\([^()]*\)")


def _split_outside_parens(text: str, pattern: re.Pattern[str]) -> list[str]:
    return [piece for piece, _ in _split_with_seps(text, pattern)]


def _split_with_seps(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """Pieces of `text` cut at `pattern` outside parentheses, each with the separator before it."""
    masked = text if "(" not in text else _mask_parens(text)
    out, start, sep = [], 0, ""
    for m in pattern.finditer(masked):
        if m.end() > m.start():
            out.append((text[start : m.start()], sep))
            sep = text[m.start() : m.end()]
            start = m.end()
    out.append((text[start:], sep))
    return out


def _mask_parens(text: str) -> str:
    # Blank out parenthesised text (same length, innermost first), find the separators in what
    # is left, cut the original there.
    masked = text
    for _ in range(4):
        blanked = _PARENS.sub(lambda m: "_" * len(m.group(0)), masked)
        if blanked == masked:
            break
        masked = blanked
    return masked


_COMMA = re.compile(r",")
# Capitals alone ("MS", "RD", "LCSW"): how post-nominal letters are written.
_LETTERS = re.compile(r"[A-Z]{2,5}")


def parse_people(text: str) -> list[NamedPerson]:
    """Every person named in a fragment. Anything that is not a name is ignored."""
    return list(_parse_people(text))


@lru_cache(maxsize=8192)
def _parse_people(text: str, max_people: int = 20) -> tuple[NamedPerson, ...]:
    # Cached: itinerary lines and summaries repeat across a calendar's events.
    text = text.strip().strip(".:;,-–— ")
    if not text or len(text) > 600:
        return ()
    people: list[NamedPerson] = []
    previous = ""
    pieces = _split_with_seps(text, _LIST_SPLIT)
    if len(pieces) == 1 and " | " in text and ("·" in text or " - " in text or " – " in text):
        # "Elif Kaya · Senior QA Engineer | Rosa Mendes · QA Manager": pipes between people,
        # each a name, a separator and a title.
        piped = _split_with_seps(text, _PIPE_LIST)
        if len(piped) > 1 and all(_name_then_title(p) for p, _ in piped):
            pieces = piped
    if len(pieces) == 1 and " / " in text:
        # "Ann Lee, Design Manager / Bo Chan, Designer": slashes between titled people.
        slashed = _split_with_seps(text, _SLASH_LIST)
        if len(slashed) > 1 and all(_starts_with_name(p) for p, _ in slashed):
            pieces = slashed
    for raw, sep in pieces:
        chunk = raw.strip().strip(".:;,-–— ")
        if not chunk:
            continue
        # "Sam Lee, Head of Research and Development": one title, not a second person.
        if (
            people
            and people[-1].title
            and not previous.rstrip().endswith(")")
            and " " not in chunk
            and "@" not in chunk
            and len(chunk) <= 40
        ):
            last = people[-1]
            people[-1] = NamedPerson(
                last.name,
                _title_or_none(f"{last.title}{sep}{chunk}"),
                last.email,
                last.hiring_manager,
                last.optional,
            )
            previous = raw
            continue
        previous = raw
        if people and chunk[:5].lower() == "with ":
            # "… Ottavia Ricci, the hiring manager, and with Sebastián Arredondo, a Senior
            # Brand Designer": the next person met, not more of the title.
            chunk = chunk[5:].strip()
        email = None
        m = _EMAIL_IN.search(chunk)
        if m:
            email = clean_email(m.group(1))
            chunk = (chunk[: m.start()] + " " + chunk[m.end() :]).strip().strip(".:;,-–— ")
        found = _parse_chunk(chunk)
        if not found and people and not email and len(chunk) <= 80 and is_title(chunk):
            # "Ingrid Solberg, Design Manager and the hiring manager for this role".
            last = people[-1]
            title, hm = _split_hm(chunk)
            if title is None and not hm:
                title = chunk
            if last.title and last.title.lower() == "hiring manager" and title:
                # "Ottavia Ricci, the hiring manager and our Creative Director": the mark was
                # all that stood for a title; the job title follows it.
                merged: str | None = title
            elif last.title and title:
                # "Co-founder & CEO (30 min)": the whole title is cleaned, not only its start.
                merged = _title_or_none(f"{last.title}{sep}{title}")
            else:
                merged = last.title or title
            people[-1] = NamedPerson(
                last.name, merged, last.email, last.hiring_manager or hm, last.optional
            )
            continue
        if email:
            if found:
                found[0] = _with_email(found[0], email)
            else:
                found = [NamedPerson(name=None, email=email)]
        people.extend(found)
        if len(people) >= max_people:
            break
    if (
        len(people) == 2
        and people[1].title
        and text.startswith(f"{people[0].name}, ")
        and _mask_parens(text).count(",") == 1
        # "BECKER, Claudia - HR Business Partner": a surname in capitals is read elsewhere.
        and not (people[0].name or "").isupper()
    ):
        # "Gutiérrez, Ximena (Claims Supervisor)": a directory name, one person.
        turned = surname_first(people[0], people[1])
        if turned is not None:
            return (turned,)
    return tuple(people[:max_people])


def surname_first(first: NamedPerson, second: NamedPerson) -> NamedPerson | None:
    """Workday, Outlook and other directories write a name surname first ("Okonkwo, Adaeze"):
    two one-word names with a comma between, the first with nothing of its own, are one
    person, given name first."""
    if first.title or first.email or second.email or not first.name or not second.name:
        return None
    if " " in first.name or " " in second.name or not is_name(f"{second.name} {first.name}"):
        return None
    return NamedPerson(
        f"{second.name} {first.name}",
        second.title,
        None,
        first.hiring_manager or second.hiring_manager,
        second.optional,
    )


def _with_email(p: NamedPerson, email: str) -> NamedPerson:
    return NamedPerson(p.name, p.title, email, p.hiring_manager, p.optional)


def _parse_chunk(chunk: str) -> list[NamedPerson]:
    parts = [p.strip() for p in _split_outside_parens(chunk, _COMMA)]
    people: list[NamedPerson] = []
    pending: str | None = None
    for i, part in enumerate(parts):
        if not part or _CREDENTIAL.fullmatch(part):
            # "Janelle Brooks, RN, Nurse Manager": a post-nominal, neither person nor title.
            continue
        if (
            people
            and people[-1].title is None
            and i + 1 < len(parts)
            and _LETTERS.fullmatch(part)
            and not is_title(part)
        ):
            # "Theresa Mbeki-Lowe, MS, RD, Clinical Nutrition Manager": capitals between a name
            # and what follows it are letters after the name (any licence or degree, not only
            # the listed ones), never a second person; "Dana Lee, CFO, Finance" keeps its title.
            continue
        if (
            not people
            and pending is None
            and len(parts) > 1
            and is_title(part)
            and _parse_one(part) is None
        ):
            # "our CEO, Jonas Weber": the title comes first.
            pending = part
            continue
        if pending is not None and not people:
            person = _parse_one(part)
            if person is not None and person.title is None:
                title, hm = split_hiring_manager(pending)
                person = NamedPerson(person.name, title, person.email, hm, person.optional)
            if person is not None:
                people.append(person)
            pending = None
            continue
        # A single word after a titled person continues the title ("..., Staff Engineer, Payments");
        # after a full name with no title it is the title ("Nora Feld, Buyer").
        lone_title = (
            people
            and people[-1].title is None
            and " " not in part
            and len((people[-1].name or "").split()) >= 2
            and is_title(part)
        )
        if people and people[-1].title is None and not people[-1].email:
            head = _NAME_TITLE_SEP.split(part, maxsplit=1)[0].strip()
            glossed = _english_gloss(part) != part  # "Kierownik Zespołu / Team Manager"
            if head != part and (glossed or (is_title(head) and not is_name(head))):
                # "Cassandra Boudreaux, Operations Superintendent - Lake Charles": the title
                # and where, not a person called Lake Charles with that title.
                last = people[-1]
                title, hm = split_hiring_manager(part)
                people[-1] = NamedPerson(
                    last.name,
                    _title_or_none(title) if title else None,
                    last.email,
                    last.hiring_manager or hm,
                    last.optional,
                )
                continue
        person = (
            None
            if lone_title or (people and people[-1].title and " " not in part)
            else _parse_one(part)
        )
        if (
            person is not None
            and people
            and not parts[i - 1].endswith(")")  # "A (Title), B": a list of people
            and _scope_of_title(people[-1], person, parts[i + 1 :])
        ):
            # "Dr. Péter Varga, Associate Director, Protein Sciences (hiring manager)", "Mr
            # Ravindran GOPAL - Vice President, Model Validation": the last part after a title,
            # a short capitalised phrase with no title of its own, is what the title is of.
            last = people[-1]
            scope = _PAREN_TAIL.sub("", part).strip()
            scope = split_hiring_manager(scope)[0] or scope  # "Search · Hiring Manager"
            people[-1] = NamedPerson(
                last.name,
                _title_or_none(f"{last.title}, {scope}"),
                last.email,
                last.hiring_manager or person.hiring_manager,
                last.optional,
            )
            continue
        if person is not None:
            people.append(person)
            continue
        # Not a name: a title for the person before it ("Sam Lee, Staff Engineer, Payments",
        # "Thomas Reed, Controller").
        if (
            people
            and len(part) <= 80
            and (is_title(part) or people[-1].title is not None or _title_shape(part))
            # "… with Dr. Helen Park, Principal Investigator, below": lower-case words that
            # are no title end the person, they do not run on into the title.
            and (part != part.lower() or is_title(part) or _HM_PHRASE.search(part) is not None)
        ):
            last = people[-1]
            shadow = _SHADOW_SUFFIX.search(part)
            if shadow:
                part = part[: shadow.start()]
            said, hm = split_hiring_manager(part)
            if hm and last.title and _split_hm(part)[0] is None:
                said = None  # "VP Customer, hiring manager for this role": only the mark
            title = f"{last.title}, {said}" if last.title and said else last.title or said
            people[-1] = NamedPerson(
                last.name,
                _title_or_none(title) if title else None,
                last.email,
                last.hiring_manager or hm,
                last.optional or shadow is not None,
            )
    return people


def _scope_of_title(last: NamedPerson, person: NamedPerson, rest: list[str]) -> bool:
    """A part read as a name after a titled person is the title's scope when it carries no
    title (at most the mark), nothing titled follows it, and it is two or three words."""
    if not last.title or person.email or not person.name:
        return False
    if person.title is not None and not (
        person.hiring_manager and person.title == "Hiring Manager"
    ):
        return False
    if any(p.strip() for p in rest):
        return False
    words = person.name.split()
    if len(words) == 1 and person.hiring_manager and " " not in last.title[-1:]:
        # "Engineering Manager, Search (hiring manager)": one word after a title is its scope
        # with the mark as it is without it ("Staff Engineer, Payments"); the mark is the
        # titled person's, not a one-word person's called Search.
        return True
    if len(words) == 1 and " " not in last.title[-1:] and _ONE_WORD_SCOPE.search(words[0]):
        # "Director of Engineering, Forecasting", "Fleet Master, Routes": a field, not a
        # person called Forecasting.
        return True
    if is_name(person.name) and not _FIELD_HEAD.search(words[-1]):
        # "Jane Doe, Head of Data, Priya Nair": two people, the commonest way to list them;
        # a scope reads as a field or a unit ("Protein Sciences", "Model Validation").
        return False
    return 2 <= len(words) <= 3 and " " not in last.title[-1:]


# The head noun of what a title is of: a field, a function, a unit or a region, not a surname.
_FIELD_HEAD = re.compile(
    r"(?:tion|sion|ics|ogy|ences)s?$|^(?:sciences?|operations|engineering|marketing|management|"
    r"research|infrastructure|platforms?|markets|systems|services|products|affairs|relations|"
    r"resources|strategy|risk|finance|sales|security|design|data|technology|development|"
    r"compliance|governance|partnerships|programs|programmes|banking|lending|trading|payments|"
    r"logistics|procurement|manufacturing|quality|safety|support|success|growth|policy|"
    r"treasury|tax|audit|legal|content|studies|medicine|surgery|nursing|pharmacy|care|health|"
    r"delivery|insights|intelligence|learning|ventures|capital|investments|excellence|"
    r"architecture|networks|assurance|ops|sourcing|pricing|underwriting|claims|accounting|"
    r"reporting|planning|controls|chemistry|biology|robotics|analytics|engagement|recruitment|"
    # Where: "Service Manager, Stockholm North", "Sales Director, EMEA".
    r"north|south|east|west|central|emea|apac|latam|americas|nordics|region|district|campus|"
    # What a crew or a line runs: "Fleet Master, Baltic Routes", "Chief Pilot, A320 Fleet".
    r"routes?|fleet|division|shifts?)$",
    re.IGNORECASE,
)


# One word after a title that is its field: a field's head word, or an activity ("-ing") too
# long to be a given name (Ming, Jing, Sterling stay names).
_ONE_WORD_SCOPE = re.compile(rf"^(?:{_FIELD_HEAD.pattern}|[^\W\d_]{{6,}}ing$)", re.IGNORECASE)
# A word that moves a schedule on or asks to get in touch, written before the next person
# ("Then Dr. Wilhelmina Frost, our Director", "Questions? Ping Hanna Berg, your recruiter"): no
# part of the name, when a full name (two words or more) follows it ("Ping Li" is a name).
_MOVES_ON = re.compile(
    r"^(?:then|next|afterwards|after that|finally|lastly|later|followed by|plus|ping|email|"
    r"e-mail|contact|call|text|message|ring|ask)\s++(?=[A-Z][\w'’.-]*+\s++[A-Z])",
    re.IGNORECASE,
)


def _parse_one(part: str) -> NamedPerson | None:
    if part[:1] in "TNAFLPECMRtnaflpecmr":
        part = _MOVES_ON.sub("", part, count=1)
    title: str | None = None
    hm = optional = False
    marked_after: re.Match[str] | None = None
    m = _PAREN.match(part)
    if m and _nickname_between(m.group("name"), m.group("inner"), m.group("after")):
        # "Priyamvada (Priya) Rao — Engineer": the name goes by without the nickname.
        return _parse_one(f"{m.group('name').strip()} {m.group('after').strip()}")
    if m:
        inner = m.group("inner").strip()
        name = m.group("name").strip()
        after = m.group("after").strip().strip("-–—,:·• ")
        # "Cyrus Farahani (Manager, Data Platform) (HM) - goals": a second parenthesis that
        # only marks the hiring manager.
        marked_after = _HM_PAREN.match(after)
        if marked_after:
            after = after[marked_after.end() :].strip().strip("-–—,: ")
        if _OPTIONAL.match(inner):
            optional = True
        elif _SEQUENCE.match(inner):
            pass  # "Cobalt Bay (Day 1)", "(Part 2 of 3)", "(Round 2)": where in a series, no title
        elif inner.lower() in _SELF_WORDS:
            pass  # "Sam Reyes (me)": the writer pointing at themself, no title
        elif not _PRONOUNS.match(inner):
            title = inner
        if after and title is None and is_title(after):
            title = after
        elif after and title is not None and _HM_PHRASE.search(after):
            # "Gareth Llewellyn (Area Manager) - the Store Manager reports to Gareth".
            title = f"{title}, hiring manager"
        pieces = _NAME_TITLE_SEP.split(name, maxsplit=1) if not is_name(name) else []
        if len(pieces) == 2 and is_name(pieces[0].strip()) and not after:
            # "Name — Title (hiring manager)": the parentheses qualify the title, not the name.
            name, said = pieces[0].strip(), pieces[1].strip()
            marked = _HM_PHRASE.search(inner) is not None
            # "Name – Engineering Manager (Fleet)": the team in brackets stays with the title
            # (the cleaner keeps a one-word team and drops other remarks).
            qualified = f"{said} ({inner})" if title == inner and inner else said
            title = f"{said}, hiring manager" if marked else qualified
    else:
        pieces = _NAME_TITLE_SEP.split(part, maxsplit=1)
        name = pieces[0].strip()
        if len(pieces) == 2:
            title = pieces[1].strip()
            if (
                " " in title
                and not is_name(name)
                and is_title(name)
                and is_name(title)
                and not is_title(title)
            ):
                # "Store Manager - Brenda Kowalski": the title first, then the full name.
                name, title = title, name
            if title == title.lower() and not is_title(title):
                # "with Halvard - come with questions for him": a lower-case clause after the
                # dash, not a title (lower-case titles the lexicon knows are kept).
                title = None
    if marked_after:
        title = f"{title}, hiring manager" if title else "hiring manager"
    if "'" in name or "‘" in name or '"' in name or "“" in name:
        # "Benedikt 'Benny' Kowalczyk": the name goes by without the nickname.
        name = _NICKNAME.sub("", name)
    if not is_name(name):
        first = None if title is not None else _title_first(name)
        if first is not None:
            # "Staff Security Engineer Sana Karim": the title written before the name.
            title, name = first
        else:
            # "Ruth Evans from the data team (Senior Data Scientist)": a name, then words.
            # "Dean of Culinary Arts (Chair)" is a title with its scope, not a Dean.
            q = _QUALIFIED.match(name)
            if q is None or not is_name(q.group("name")) or is_title(name):
                return None
            name = q.group("name")
    if title is not None:
        shadow = _SHADOW_SUFFIX.search(title)
        if shadow:
            optional = True
            title = title[: shadow.start()]
        title, hm = split_hiring_manager(title)
        title = _title_or_none(title) if title else None
    return NamedPerson(_HONORIFIC.sub("", name).strip(), title, None, hm, optional)


_SELF_WORDS = frozenset(("me", "myself", "that's me", "that’s me", "yours truly"))


def _nickname_between(given: str, inner: str, after: str) -> bool:
    """A nickname in parentheses between a given name and the surname: one name-like word in
    the parenthesis, one given name before it, and a surname starting what follows."""
    given, inner = given.strip(), inner.strip()
    surname = after.lstrip().split(" ", 1)[0].rstrip(",;:")
    return (
        " " not in given
        and " " not in inner
        and surname[:1].isupper()
        and is_name(inner)
        and not is_title(inner)
        and is_name(f"{given} {surname}")
    )


def _title_first(text: str) -> tuple[str, str] | None:
    """ "Head of Security Piotr Malinowski" → ("Head of Security", "Piotr Malinowski"): a
    person written title first with no separator, the name its last two or three words."""
    words = text.split()
    if not 3 <= len(words) <= 9:
        return None
    for k in (2, 3):
        if len(words) - k < 1:
            break
        name, title = " ".join(words[-k:]), " ".join(words[:-k])
        # A title of two words or more whose last is capitalised ("Head of" or "Manager at"
        # runs on into a firm; a lone "Recruiter" before a name is a label).
        if (
            k < len(words) - 1
            and words[-k - 1][:1].isupper()
            and title[:1].isupper()
            and is_name(name)
            and is_title(title)
        ):
            return title, name
    return None


_NICKNAME = re.compile(r"(?<=\S)\s++['‘\"“][A-Z][\w-]{1,15}['’\"”](?=\s)")


_PAREN_NICKNAME = re.compile(r"(?<=[^\W\d_])\s++\([A-Z][\w-]{1,15}\)(?=\s[A-Z])")


def without_nickname(text: str) -> str:
    """ "Benedikt 'Benny' Kowalczyk — …" → "Benedikt Kowalczyk — …", and "Priyamvada (Priya)
    Rao" → "Priyamvada Rao"."""
    return _PAREN_NICKNAME.sub("", _NICKNAME.sub("", text))


_SLASH_LIST = re.compile(r"(?<!\s)\s++/\s+")
_PIPE_LIST = re.compile(r"(?<!\s)\s++\|\s+")


def _name_then_title(piece: str) -> bool:
    parts = _NAME_TITLE_SEP.split(piece.strip(), maxsplit=1)
    return len(parts) == 2 and is_name(parts[0].strip()) and is_title(parts[1].strip())


_QUALIFIED = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}) (?:from|on|of|in|at|who) \S"
)
_SHADOW_SUFFIX = re.compile(r"(?<!\s)\s*+[(\[](?:shadow(?:ing)?|optional|observer)[)\]]\s*$", re.I)
_TITLE_LEAD = re.compile(r"^(?:(?:our|your|the|a|an|my|their|his|her)\s+)+", re.IGNORECASE)
# "Your future manager" in the other languages invites come in (German, Portuguese, Spanish);
# matched case-insensitively.
FUTURE_MANAGER = (
    r"(?:(?:ihre?r?|dein(?:e|er)?) (?:direkte[rn]?|zuk[üu]nftige[rn]?|k[üu]nftige[rn]?) "
    r"(?:vorgesetzte[rn]?|f[üu]hrungskraft|chef(?:in)?)|"
    r"(?:sua|seu|su|tu) (?:futura|futuro|pr[óo]xima|pr[óo]ximo) (?:gestora|gestor|l[íi]der|"
    r"chefe|jefa|jefe|responsable|gerente|supervisora?)|"
    # The adjective after the noun: "sería tu jefe directo", "seu gestor imediato".
    r"(?:sua|seu|su|tu) (?:jef[ae]|chefe|gestora?|gerente|supervisora?|responsable|l[íi]der) "
    r"(?:direct[oa]|inmediat[oa]|imediat[oa])|"
    # Swedish, Danish, Norwegian: "din blivande chef", "din nærmeste leder", "din kommende sjef".
    r"(?:din|er|jeres|deres) (?:blivande|kommande|framtida|n[äæ]rmaste|kommende|fremtidige|"
    r"n[æä]rmeste) (?:chef|ledare|leder|sjef|manager|overordnede)|"
    # Dutch: "je toekomstige leidinggevende", "jouw directe manager".
    r"(?:je|jouw|uw) (?:toekomstige|directe|nieuwe) (?:leidinggevende|manager|baas))"
)
# The mark, or the manager the user would have: "(your future manager)", "(HM)".
_HM_PHRASE = re.compile(
    r"\bhiring manager\b|"
    r"\byour (?:future |direct |new |line |would-be )?(?:manager|supervisor|boss)\b|"
    # "Design Director and would-be manager": the manager the user would have.
    r"\b(?:would-be|prospective) (?:line )?(?:manager|supervisor|boss)\b|"
    # "Group Product Manager — owns the hiring decision for this role".
    r"\b(?:owns|makes|will make|has) the (?:final )?hiring decision\b|"
    # The same in the languages invites come in: "Ihre zukünftige Vorgesetzte", "sua futura
    # gestora", "responsable de la contratación", "ton futur gestionnaire", "c'est lui qui
    # encadrera la personne recrutée", "a quien reportaría el puesto".
    rf"\b{FUTURE_MANAGER}\b|"
    r"\bresponsable de (?:la )?(?:contrataci[óo]n|selecci[óo]n final)\b|"
    r"\b(?:a quien|para quien) (?:reportar[íi]as?|reportar[áa]s?|reporta) "
    r"(?:el puesto|la vacante)?|"
    r"\b(?:votre|ton|ta) (?:futur|future|prochain|prochaine) (?:gestionnaire|manager|"
    r"responsable|sup[ée]rieure?|cheffe?)\b|\bgestionnaire d['’]embauche\b|"
    r"\bqui encadrera\b|\b(?:a quem|para quem) (?:irias|vais|vai) reportar\b|"
    # "Group Treasurer - the role reports into her", "VP Research (the role would report to
    # Wendell)", "- the role would sit in her team": where the job sits is the mark too.
    r"\b(?:the|this) (?:role|position|job|hire) (?:would |will )?(?:reports?|sits?|be reporting)"
    r" (?:directly |straight )?(?:in|into|to|under)\b|"
    # "Gareth Llewellyn (Area Manager) - the Store Manager reports to Gareth": the job hired
    # for, named by its title, reports to them. The title is written capitalised: "the
    # monthly report to head office" is a document.
    r"\bthe (?:(?-i:[A-Z])[\w-]*+ ){1,4}(?:would |will )?reports? (?:directly |straight )?"
    r"(?:in|into|to)\b|"
    # "(Design Manager; you would report to Inês)", "(you'd be working for Oscar)": the user
    # would work for them.
    r"\byou(?:'d|’d| would| will|'ll|’ll)? (?:be )?(?:report(?:ing)?|work(?:ing)?) (?:directly )?"
    r"(?:to|for|under)\b",
    re.IGNORECASE,
)
# A parenthesis that holds the mark (and maybe what it is for): "(you'd be working for Oscar)".
_MARK_IN_PAREN = re.compile(r"\([^()]{0,80}\)")


def without_marks(text: str) -> str:
    """The text with each parenthesis that holds the hiring-manager mark taken out."""
    return _MARK_IN_PAREN.sub(lambda m: " " if _HM_PHRASE.search(m.group(0)) else m.group(0), text)


_AND_TITLE = re.compile(
    r"(?:,|(?<!\s))\s++(?:and|&)\s++(?:also\s++)?(?:(?:our|the|your|their|a|an)\s++)?(?P<t>[^,;()]{2,80})$",
    re.IGNORECASE,
)
# The same joining words in the other languages invites come in ("directrice des TI et
# gestionnaire d'embauche", "avdelningschef och rekryterande chef").
_HM_JOINERS = frozenset(
    {"", "and", "is", "as", "will", "be", "also", "the", "your", "our", "a"}
    | {"et", "och", "og", "y", "e", "und", "en", "oraz", "i", "ve"}
)


# A denial just before a mark in the same clause: "not the hiring manager", "isn't the hiring
# manager", "no longer", "instead of", "(standing) in for the hiring manager". "not only a
# Staff Engineer but also the hiring manager" is no denial: only fillers may sit between.
_DENIED_MARK = re.compile(
    r"(?:\bnot|n't|n’t|\bno longer|\binstead of|\bin for|\bon behalf of|\bnicht|\bniet|\bikke|"
    r"\binte|\bnie|\bno)\b(?:\s++(?:the|your|our|a|an|as|yet|be|being|de|der|die|je|jouw|uw))*+"
    r"\s*+$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?()\n,]")


def _denial_before(text: str, start: int) -> int | None:
    """Where a denial of the mark at `start` begins, in the same clause (up to 40 characters
    before it), or None."""
    lo = max(0, start - 40)
    clause = text[lo:start]
    ends = [e.end() for e in _CLAUSE_END.finditer(clause)]
    cut = ends[-1] if ends else 0
    d = _DENIED_MARK.search(clause, cut)
    if d is None:
        return None
    # The clause's own start: words of the clause before the denial ("she isn't") go too.
    return lo + cut


def split_hiring_manager(title: str) -> tuple[str | None, bool]:
    """A written title without its "hiring manager" words, and whether they were there:
    "Design Manager and the hiring manager for this role" → ("Design Manager", True); nothing
    else said → ("Hiring Manager", True)."""
    rest, hm = _split_hm(title)
    return (rest or "Hiring Manager" if hm else rest), hm


# Titles repeat across a calendar's guests and itineraries: each is split once.
@lru_cache(maxsize=4096)
def _split_hm(title: str) -> tuple[str | None, bool]:
    title = _TITLE_LEAD.sub("", title.strip())
    m = _HM_PHRASE.search(title) or _HM_ABBREV.search(title)
    if m is None:
        return (title or None), False
    denial = _denial_before(title, m.start())
    if denial is not None:
        # "not the hiring manager; she leads the guild", "Staff Engineer, standing in for the
        # hiring manager": the mark is denied; what comes before the denial is the title.
        rest = title[:denial].strip(" ,;:-–—(/[·")
        return (rest or None), False
    before = _TITLE_LEAD.sub("", title[: m.start()].strip())
    if not before:
        # "the hiring manager and our Creative Director": the title follows the mark.
        after = _AND_TITLE.match(title, m.end())
        if after and is_title(after.group("t")):
            return after.group("t").strip(), True
    # Words after "hiring manager" say what for ("for the Solutions Architect role").
    words_before = before.split()
    while words_before and words_before[-1].lower() in ("the", "your", "our", "a", "and"):
        words_before.pop()
    # Connectives left before "hiring manager" ("Design Manager and", "Director, (").
    while words_before and words_before[-1].lower().strip(",;/(-") in _HM_JOINERS:
        words_before.pop()
    # "· [Hiring Manager]": a tag in square brackets after a middle dot (Ashby).
    before = " ".join(words_before).strip(" ,;:-–—(/[·")
    return (before or None), True


def _starts_with_name(piece: str) -> bool:
    head = _COMMA.split(piece.strip(), maxsplit=1)[0].strip()
    head = _PAREN_TAIL.sub("", head).strip()
    return is_name(head)


_PAREN_TAIL = re.compile(r"(?<!\s)\s*+\([^()]*\)\s*$")
_HM_ABBREV = re.compile(r"\bHM\b")
_HM_PAREN = re.compile(r"\(\s*+(?:HM|hiring manager)\s*+\)", re.IGNORECASE)


def _title_shape(part: str) -> bool:
    """A short capitalised phrase that is not a name: a title the role table does not know."""
    tokens = part.split()
    return (
        0 < len(tokens) <= 4
        and part[:1].isupper()
        and not any(c.isdigit() for c in part)
        and "@" not in part
        and not is_name(part)
    )


_AT_FIRM = re.compile(r"(?<!\s)\s++(?:at|@)\s++[A-Z][^,;()]*+$")
# "… our Head of Engineering, and me": the writer joining is not part of the title.
_AND_ME = re.compile(r"(?<![\s,]),?+\s++(?:and|&)\s++(?:me|myself)$", re.IGNORECASE)


# The part a person plays in this interview, not their job: "Senior Manager (Bar Raiser)".
_PART_IN_LOOP = re.compile(
    r"(?<!\s)\s*+\((?:bar[- ]raiser|lead interviewer|interview lead|note[- ]?taker|"
    r"scribe|host|moderator|chair)\)$",
    re.IGNORECASE,
)


# A slot's time after the title ("Principal iOS Engineer (11:00)"): when, not who.
_TIME_AFTER = re.compile(
    r"(?<!\s)\s*+\(\s*+\d{1,2}(?:[:.]\d{2}\s*+(?:[ap]\.?m\.?)?|\s*+[ap]\.?m\.?)\s*+\)$",
    re.IGNORECASE,
)


# A web address after the title ("VP of Engineering — linkedin.com/in/helenavos"): where to
# read about them, not part of what they do.
_URL_TAIL = re.compile(
    r"(?<!\s)\s++(?:[-–—|·•]\s*+)?(?:https?://|www\.|[\w-]++\.(?:com|io|co|org|net|ai|me)/)\S*+$",
    re.IGNORECASE,
)


# "Joel Ek, one of our staff engineers, will join": one of a group; the title is the singular.
# "(both Senior Android Engineers)" after two names: each is one.
_ONE_OF = re.compile(
    r"^(?:one of (?:our|the|their|your|my|its)|both|all (?:three|four|of them)|each)\s++(?=\S)",
    re.IGNORECASE,
)


def _one_of(title: str) -> str:
    m = _ONE_OF.match(title)
    if m is None:
        return title
    title = title[m.end() :]
    head, _, last = title.rpartition(" ")
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}" if head else last


# Words in parentheses after a title say what the person does in this interview or aside
# ("(committee chair)", "(market-sizing case)", "(still on gmail, sorry!)"): no title the
# corpus labels holds a parenthesis. A hiring-manager mark in them is read before this.
_PAREN_AFTER = re.compile(r"(?<=\S)\s*+\([^()]*+\)$")
# One capitalised word in brackets after a title names the team it is of ("Engineering Manager
# (Ledger)", "Recruiter (RPO)"), unless it is a word about the interview or the person's hours.
_TEAM_PAREN = re.compile(
    r"(?<=\S) \((?!(?i:optional|shadow|shadowing|observer|remote|onsite|on-site|hybrid|virtual|"
    r"interim|acting|contract|contractor|tbc|tbd|backup|hm|lead|host|chair|panel|note|notes)\))"
    r"(?-i:[A-Z])[\w&-]*+\)$"
)


# An organisational unit written before the title, a dash between: "Chief Actuary's Office -
# Senior Actuary", "Finance Department – Payroll Lead". The unit ends in its own noun.
_UNIT_FIRST = re.compile(
    r"^[^-–—]{2,60}?\b(?:office|department|dept\.?|team|division|unit|practice|function)"
    r"\s[-–—]\s++(?=\S)",
    re.IGNORECASE,
)


_CLAUSE_AFTER = re.compile(
    r"(?<=[\w)])\s*+[,;–—-]\s++(?:he|she|they|I(?:'ve|'ll|'m|’ve|’ll|’m)?) [a-z].*+$"
)
# "Gerente de Analítica (Analytics Manager) - he": the pronoun left when "is the hiring
# manager" was read off.
_PRONOUN_LEFT = re.compile(r"(?<=[\w)])\s++[-–—,]\s++(?:he|she|they)$")
# A local title with its English gloss, as invites written in English from elsewhere give them:
# "Gerente de Operaciones / Operations Manager", "Gerente de Analítica (Analytics Manager)",
# "Leiter Verfahrenstechnik / Head of Process Engineering". The gloss is the title the note uses.
_GLOSS = re.compile(
    r"^(?P<local>[^/()]{2,60}?)\s*+(?:/\s++(?P<a>[^/()]{2,60})|\((?P<b>[^()]{2,60})\))$"
)
_LOCAL_HEADS = words(
    "gerente jefe jefa leiter leiterin teamleiter abteilungsleiter kierownik specjalista "
    "responsable directeur directrice chargé chargée rekruter analista ingeniero ingeniera "
    "ingénieur ingénieure seksjonsleder avdelingsleder enhetschef chef coordinadora coordinador "
    "gestionnaire diretor diretora gerente"
)


def _english_gloss(title: str) -> str:
    m = _GLOSS.match(title) if ("/" in title or title.endswith(")")) else None
    if m is None:
        return title
    local, gloss = m.group("local").strip(), (m.group("a") or m.group("b") or "").strip()
    first = local.split()[0].lower() if local else ""
    foreign = not local.isascii() or first in _LOCAL_HEADS
    if foreign and gloss.isascii() and is_title(gloss):
        return gloss
    return title


_AND_LOWER_TAIL = re.compile(r"(?<=[\w)]) and [a-z][a-z ]{0,40}$")
_ASIDE_AFTER_SEMICOLON = re.compile(r"(?<=\S);\s++[a-z].*+$")
_ASIDE_AFTER_COMMA = re.compile(
    r"(?<=[\w)]),\s++(?:on|in|until|who|which|but|so|while|currently|still|now|back|out|"
    r"sorry|usually|mostly)\b.*+$"
)


# What runs on after a title in a letter's sentence, each cut from where it starts (linear:
# one lookbehind per start, then a plain run to the end). A pronoun left where "she'd be your
# manager" was read off, or a new sentence about them: "Product Lead, Data Platform. She'd",
# "eng manager, he'd", "Staff Engineer. He leads the team".
_PRONOUN_RUN = re.compile(
    r"(?<=[\w)])(?:"
    r"\s*+[-–—,.;]\s++(?i:he|she|they|who)(?:['’](?:d|ll|s|re|ve))?+(?:\s.*+)?+$|"
    r"\.\s++(?i:he|she|they|I|we)\b.*+$"
    r")"
)
# After a capitalised title: a second person joined by "together with" / "along with" or by a
# style ("CFO, together with Rupert Haines", "VP Supply Chain, Asia Pacific and Ms Nurul
# Huda"); lower-case words after a comma, a remark and no part of the title ("Senior
# Dispatcher, night shift", "Head of Programmes, chair": no label writes one), or after a
# spaced dash ("Engineering Manager - sits on the panel from a partner team"); the team they
# sit on in lower case ("Senior Scientist on the purification team").
_RUN_ON = re.compile(
    r"(?<=[\w)])(?:"
    r",?+\s++(?:together|along) with\b.*+$|"
    r"\s++(?:and|&)\s++(?:Ms|Mr|Mrs|Miss|Dr|Prof)\.?+\s.*+$|"
    r",\s++[a-z][a-z '’-]*+$|"
    r"\s[-–—]\s++[a-z].*+$|"
    r"\s++on the (?:[a-z]++[ -])++team$"
    r")"
)


_SMALL_TITLE_WORDS = words(
    "of and for the to in on at de du des la le da do di del der den und et y e i og och en"
)


def _sentence_case(head: str) -> bool:
    """ "Cheffe patrouilleuse", "Técnico de Mineração sênior": a word after the first in
    lower case, not a joining word (as French, Spanish and Nordic titles are written)."""
    return any(
        w[:1].islower() and w not in _SMALL_TITLE_WORDS for w in head.split()[1:] if w[:1].isalpha()
    )


# What makes the lower-case tail after a comma an English remark, not the title going on:
# an article or a joining word of a sentence ("standing in for the head of platform", "reports
# to the director", "back from leave so may be late"), a verb of what the person does today.
_ENGLISH_REMARK = re.compile(
    r"\b(?:the|a|an|for|to|from|so|may|might|will|would|can|is|are|was|were|has|have|had|"
    r"who|which|that|this|today|also|just|back|reports|joins|joining|leads|runs|sits|works|"
    r"covers|covering|standing|stepping|filling|shadowing|sitting|taking|please)\b"
)


def tidy_title(title: str | None) -> str | None:
    """A written title without what the sentence says after it; a hiring-manager mark in the
    tail is left for split_hiring_manager to read."""
    if not title or len(title) > 200:
        return title
    for pattern in (_PRONOUN_RUN, _RUN_ON) if title[:1].isupper() else (_PRONOUN_RUN,):
        cut = pattern.search(title)
        if (
            cut is not None
            and pattern is _RUN_ON
            and cut.group(0)[:1] == ","
            and _sentence_case(title[: cut.start()])
            and _ENGLISH_REMARK.search(cut.group(0)) is None
        ):
            # "Patrouilleur senior, instructeur premiers soins": a title written in lower case
            # after its first word goes on in lower case; the comma starts no remark.
            continue
        if cut is not None and _HM_PHRASE.search(cut.group(0)) is None:
            title = title[: cut.start()].rstrip(" ,.;-–—") or title
    return title


def _title_or_none(title: str) -> str | None:
    # "Clinical Director at Aurora Dental": the employer is not part of the title.
    title = _one_of(" ".join(title.split()))
    lead = _CREDENTIAL_LEAD.match(title)
    if lead is not None and lead.end() < len(title):
        title = title[lead.end() : -1 if title[lead.end() - 1] == "(" else None]
    if "," in title[:12]:
        title = without_credentials(title)  # "FIA, Senior Actuary": the letters are the name's
    unit = _UNIT_FIRST.match(title)
    if unit is not None and is_title(title[unit.end() :]):
        # "Chief Actuary's Office - Senior Actuary": where they sit, then what they do.
        title = title[unit.end() :]
    title = _english_gloss(_PRONOUN_LEFT.sub("", title))
    if title.endswith(")") and not _TEAM_PAREN.search(title):
        title = _PAREN_AFTER.sub("", title)
    cut = title.rfind("(")
    if cut > 0 and ")" not in title[cut:] and title[cut + 1 : cut + 2].islower():
        # "Analytics Lead (will join": a remark about them, cut short by the list's comma or
        # full stop, is no part of the title.
        title = title[:cut]
    if ", " in title and title[:1].isupper():
        # "CTO, on his personal email until IT catches up": an aside after the title.
        title = _ASIDE_AFTER_COMMA.sub("", title)
    if "; " in title:
        # "Designer; you will work with Ana most days": a clause after the title.
        title = _ASIDE_AFTER_SEMICOLON.sub("", title)
    if " he " in title or " she " in title or " they " in title or " I" in title:
        # "General Manager – he will join for the last 15 minutes": a clause about them.
        title = _CLAUSE_AFTER.sub("", title)
    if " and " in title and title[:1].isupper():
        # "Chair, Department of Geography and search chair": a second, lower-case hat for this
        # hire, not the job title ("Research and Development" is capitalised).
        title = _AND_LOWER_TAIL.sub("", title)
    title = _AT_FIRM.sub("", _TITLE_LEAD.sub("", title))
    title = _PART_IN_LOOP.sub("", title)
    title = _TIME_AFTER.sub("", title)
    title = _URL_TAIL.sub("", title)
    title = _AND_ME.sub("", title).strip(".,;:-–—|·• ")
    title = _PRONOUN_LEFT.sub("", title)
    if not title or len(title) > 100:
        return None
    return tidy_title(title)


# --- a name as people write it in a note --------------------------------------------------
# Directories write names surname first with a comma ("Restrepo Gómez, María") or beside a
# second form in another script ("Takahashi Mei 高橋 芽衣").

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LATIN_IN_PARENS = re.compile(r"\(([^()]{2,60})\)")


def _local_parts(email: str | None) -> list[str]:
    if not email or "@" not in email:
        return []
    local = email.split("@", 1)[0].split("+", 1)[0]
    return [fold_plain(t) for t in re.split(r"[._-]+", local) if t]


def fold_plain(text: str) -> str:
    """Lowercase without accents: "Réka" → "reka"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())


def keeps_caps_order(name: str, written: str) -> bool:
    """The invite writes "TAN Wei Ling" so more than once (her display name, her signature)
    and never "Wei Ling Tan": the order she goes by, kept."""
    turned = caps_surname_last(name)
    return turned is not None and written.count(name) >= 2 and turned not in written


@lru_cache(maxsize=4096)
def as_people_write(
    name: str | None, email: str | None = None, keep_caps_order: bool = False
) -> str | None:
    """The name as the invite's people write it in Latin letters: a directory's "Restrepo Gómez,
    María" <maria.restrepo@> → "María Restrepo Gómez" (the address spells the given name with a
    part of the surname); "小野寺 彩 (Aya Onodera)" → "Aya Onodera", "Takahashi Mei 高橋 芽衣" →
    "Takahashi Mei" (the second script left out); a surname in capitals first ("TANAKA Hiro") goes
    last. Other surname-first names without a comma ("Kovács Réka") keep their order."""
    if not name or len(name) > 80:
        return name
    text = name.strip()
    if _CJK.search(text):
        inner = _LATIN_IN_PARENS.search(text)
        if inner is not None and not _CJK.search(inner.group(1)) and is_name(inner.group(1)):
            text = inner.group(1).strip()
        else:
            latin = " ".join(t for t in text.split() if not _CJK.search(t))
            if not latin or not is_name(latin):
                return name
            text = latin
    if text.count(",") == 1:
        turned = _comma_turned(text, email)
        if turned is None:
            return name if text == name.strip() else text
        text = turned
    caps = None if keep_caps_order else caps_surname_last(text)
    if caps is not None and is_name(caps) and (email is None or name_matches_email(caps, email)):
        # "TAN Mei Ling" → "Mei Ling Tan", as the note greets the person.
        text = caps
    return text


def _comma_turned(text: str, email: str | None) -> str | None:
    """ "Restrepo Gómez, María" → "María Restrepo Gómez" when the address spells the given name
    with the surname (or its first part); None when it does not."""
    last, first = (p.strip() for p in text.split(","))
    if not last or not first or not is_name(last) or not is_name(first):
        return None
    if len(last.split()) > 3 or len(first.split()) > 2:
        return None
    local = _local_parts(email)
    if not local:
        return None
    given = fold_plain(first.split()[0])
    surnames = {fold_plain(t) for t in last.split()}
    joined = "".join(local)
    if given in local and surnames & set(local):
        return f"{first} {last}"
    if any(joined in (given + s, given[0] + s, s + given) for s in surnames):
        return f"{first} {last}"
    return None
