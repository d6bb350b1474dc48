"""People written as text: "Deepa Rao (Hiring Manager)", "Sam Lee, Staff Engineer; Ana Ruiz, CTO".

Recruiting tools print interviewers as names with titles in many shapes (GoodTime's
NamesAndTitles, hand-written coordinator emails). This module turns such a fragment into
(name, title, email) records and refuses words that are not names ("System Design", "Zoom").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.calendar.people import clean_email, words
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
    all hands standup stand-up retro planning"""
)
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof)\.?\s+", re.IGNORECASE)
_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[^\W\d_]\.)$")
_PARTICLE = words("van von de da del della der den di du la le bin ibn al el dos das st")
_PRONOUNS = re.compile(r"^\s*(?:she|he|they|ze|xe)\s*/\s*\w+(?:\s*/\s*\w+)?\s*$", re.IGNORECASE)
_HM = re.compile(r"(?i:\bhiring manager\b)|\bHM\b")
_OPTIONAL = re.compile(r"^\s*(?:optional|shadow|shadowing|reverse shadow|observer)\s*$", re.I)


@lru_cache(maxsize=8192)
def is_name(text: str) -> bool:
    """A plausible personal name: 1–5 capitalised tokens, none of them a schedule word."""
    text = _HONORIFIC.sub("", text.strip())
    if not text or len(text) > 60:
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= 5:
        return False
    for i, tok in enumerate(tokens):
        if not _TOKEN.match(tok):
            return False
        low = tok.lower().strip(".")
        if len(low) > 1 and low in _NOT_NAME:
            return False
        if not tok[0].isupper() and not (i > 0 and low in _PARTICLE):
            return False
    return explain_title(text).role is Role.UNKNOWN


@lru_cache(maxsize=8192)
def is_title(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 100 or "@" in text:
        return False
    return explain_title(text).role is not Role.UNKNOWN


_EMAIL_IN = re.compile(r"<?\(?(?:mailto:)?([\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)\)?>?")
_LIST_SPLIT = re.compile(r";|\s+and\s+|\s+&\s+|\s+\+\s+|\s+und\s+|\s+et\s+|\s+y\s+", re.IGNORECASE)
_NAME_TITLE_SEP = re.compile(r"\s+[-–—|/]\s+|\s*[|]\s*")
_PAREN = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]*)\)\s*(?P<after>.*)$")


_PARENS = re.compile(r"\([^()]*\)")


def _split_outside_parens(text: str, pattern: re.Pattern[str]) -> list[str]:
    if "(" not in text:
        return pattern.split(text)
    # Blank out parenthesised text (same length, innermost first), find the separators in what
    # is left, cut the original there.
    masked = text
    for _ in range(4):
        blanked = _PARENS.sub(lambda m: "_" * len(m.group(0)), masked)
        if blanked == masked:
            break
        masked = blanked
    out, start = [], 0
    for m in pattern.finditer(masked):
        if m.end() > m.start():
            out.append(text[start : m.start()])
            start = m.end()
    out.append(text[start:])
    return out


_COMMA = re.compile(r",")


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
    for raw in _split_outside_parens(text, _LIST_SPLIT):
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
                _title_or_none(f"{last.title} and {chunk}"),
                last.email,
                last.hiring_manager,
                last.optional,
            )
            previous = raw
            continue
        previous = raw
        email = None
        m = _EMAIL_IN.search(chunk)
        if m:
            email = clean_email(m.group(1))
            chunk = (chunk[: m.start()] + " " + chunk[m.end() :]).strip().strip(".:;,-–— ")
        found = _parse_chunk(chunk)
        if email:
            if found:
                found[0] = _with_email(found[0], email)
            else:
                found = [NamedPerson(name=None, email=email)]
        people.extend(found)
        if len(people) >= max_people:
            break
    return tuple(people[:max_people])


def _with_email(p: NamedPerson, email: str) -> NamedPerson:
    return NamedPerson(p.name, p.title, email, p.hiring_manager, p.optional)


def _parse_chunk(chunk: str) -> list[NamedPerson]:
    parts = [p.strip() for p in _split_outside_parens(chunk, _COMMA)]
    people: list[NamedPerson] = []
    for part in parts:
        if not part:
            continue
        # A single word after a titled person continues the title ("..., Staff Engineer, Payments").
        person = None if people and people[-1].title and " " not in part else _parse_one(part)
        if person is not None:
            people.append(person)
            continue
        # Not a name: a title for the person before it ("Sam Lee, Staff Engineer, Payments").
        if people and (is_title(part) or people[-1].title is not None) and len(part) <= 80:
            last = people[-1]
            title = f"{last.title}, {part}" if last.title else part
            hm = last.hiring_manager or bool(_HM.search(part))
            people[-1] = NamedPerson(
                last.name, _title_or_none(title), last.email, hm, last.optional
            )
    return people


def _parse_one(part: str) -> NamedPerson | None:
    title: str | None = None
    hm = optional = False
    m = _PAREN.match(part)
    if m:
        inner = m.group("inner").strip()
        name = m.group("name").strip()
        after = m.group("after").strip().strip("-–—,: ")
        if _OPTIONAL.match(inner):
            optional = True
        elif not _PRONOUNS.match(inner):
            title = inner
        if after and title is None and is_title(after):
            title = after
    else:
        pieces = _NAME_TITLE_SEP.split(part, maxsplit=1)
        name = pieces[0].strip()
        if len(pieces) == 2:
            title = pieces[1].strip()
    if not is_name(name):
        return None
    if title is not None:
        if _HM.search(title):
            hm = True
        title = _title_or_none(title)
    return NamedPerson(_HONORIFIC.sub("", name).strip(), title, None, hm, optional)


def _title_or_none(title: str) -> str | None:
    title = " ".join(title.split()).strip(".,;:-–— ")
    if not title or len(title) > 100:
        return None
    return title
