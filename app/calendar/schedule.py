"""The interview schedule written into a description by a recruiting tool or a coordinator.

Shapes handled (research/calendar-schedule-formats.md §1–6; layouts vary per company):
  "10:00 AM - 10:45 AM  Topic  Name, Title"            one line per slot (GoodTime itinerary)
  "9:00 – 9:45: Topic with Name (Title) - address"     coordinator email (Greenhouse block)
  "10:00 AM – 10:45 AM" / "Topic" / "Interviewer: …"   a block per slot (ModernLoop)
  "Interviewers: A (Title) and B (Title)"              a list with no times
  "Recruiter: …", "Job Title: …", "Additional Guests:" labels (HireVue, Calendly)
Times are wall-clock text; `resolve` places them in the zone that fits the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.calendar.clock import (
    SLOT,
    TZ_ANYWHERE,
    Clock,
    parse_date,
    parse_time,
    range_minutes,
    tz_name,
    wall,
)
from app.calendar.names import NamedPerson, is_name, parse_people
from app.calendar.people import find_emails

_BULLET = re.compile(r"^[\s\-–—•*·▪◦>|]+")
_SEPS = " \t:|,.-–—·•"

_PEOPLE_LABEL = re.compile(
    r"^(?:interviewers?|interviewer\(s\)|panel(?:ists)?|panel members|with|attendees|"
    r"you(?:'ll| will)? (?:be )?meet(?:ing)?(?: with)?|meeting with|interviewing you|"
    r"(?:additional )?guests?|hiring manager)\s*(?:\(s\))?\s*[:\-–]\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_RECRUITER_LABEL = re.compile(
    r"^(?:your )?(?:recruiter|recruiting (?:coordinator|contact|partner)|(?:interview )?"
    r"coordinator|talent partner|point of contact|scheduled by|organi[sz]ed by)\s*[:\-–]\s*"
    r"(?P<v>.+)$",
    re.IGNORECASE,
)
_POSITION_LABEL = re.compile(
    r"^(?:job title|position|job|role|opening|requisition)\s*[:\-–]\s*(?P<v>.+)$", re.IGNORECASE
)
_COMPANY_LABEL = re.compile(r"^(?:company|employer|organi[sz]ation)\s*[:\-–]\s*(?P<v>.+)$", re.I)
_COMPANY_LINE = re.compile(r"^(?:interview|your interview) (?:with|at) (?P<v>[^.,!?]{2,60})$", re.I)
_SENTENCE = re.compile(
    r"\b(?:you(?:'ll| will)(?: be)? (?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)"
    r"(?: with)?|(?:your )?interviewers? (?:will be|are|is|include)|interviewing with)\s+"
    r"(?P<v>[^.!?\n]{3,300})",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"<?(?:mailto:)?[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+>?")
_DIGIT = re.compile(r"\d")
_BULLET_CHARS = frozenset(" \t-–—•*·▪◦>|")
_SENTENCE_WORDS = ("meet", "interview", "speak", "talk", "chat")
_WITH = re.compile(r"\s(?:with|w/|mit|avec|con|between)\s", re.IGNORECASE)
_FIELDS = re.compile(r"\s{2,}|\t+|\s[|•·]\s")
_DASH_SPLIT = re.compile(r"\s[-–—]\s|:\s")


MAX_MENTIONS = 60


@dataclass(slots=True)
class _RawSlot:
    day: date | None
    start: Clock
    end: Clock
    tz: str | None
    topic: str | None
    people: list[NamedPerson] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Mention:
    """A person the schedule names, with their slot when it gives one."""

    person: NamedPerson
    topic: str | None = None
    slot_start: datetime | None = None
    slot_end: datetime | None = None


@dataclass(frozen=True, slots=True)
class Schedule:
    mentions: tuple[Mention, ...] = ()
    recruiter: NamedPerson | None = None
    position: str | None = None
    company: str | None = None
    # Time slots that named at least one person: the mark of an itinerary.
    slots: int = 0


def parse_schedule(
    text: str,
    *,
    start: datetime | None,
    end: datetime | None,
    zones: list[ZoneInfo],
) -> Schedule:
    """Everything the description says about who the user meets, and when."""
    if not text:
        return Schedule()
    ref_year = start.year if start else None
    slots: list[_RawSlot] = []
    loose: list[NamedPerson] = []
    recruiter: NamedPerson | None = None
    position = company = None
    current_day: date | None = None
    block: _RawSlot | None = None
    block_lines = 0
    for raw in text.split("\n")[:400]:
        line = (_BULLET.sub("", raw) if raw[:1] in _BULLET_CHARS else raw).strip()
        if not line:
            if block is not None and (block.people or block_lines > 1):
                block = None
            continue
        if len(line) > 300:
            block = None
            continue
        # Cheap guards first: most lines of a description are neither times nor labels.
        has_digit = _DIGIT.search(line) is not None
        if has_digit:
            day = parse_date(line.strip(_SEPS + "*=()"), ref_year) if len(line) < 60 else None
            if day is not None:
                current_day, block = day, None
                continue
            slot = _parse_slot_line(line, current_day, ref_year)
            if slot is not None:
                slots.append(slot)
                block, block_lines = slot, 0
                continue
        labelled = ":" in line or "-" in line or "–" in line
        label = _PEOPLE_LABEL.match(line) if labelled else None
        if label:
            people = parse_people(label.group("v"))
            if line.lower().startswith("hiring manager"):
                people = [_as_hiring_manager(p) for p in people]
            (block.people if block is not None else loose).extend(people)
            continue
        m = _RECRUITER_LABEL.match(line) if labelled else None
        if m:
            found = parse_people(m.group("v"))
            if found and recruiter is None:
                recruiter = found[0]
            continue
        m = _POSITION_LABEL.match(line) if labelled else None
        if m and position is None:
            position = m.group("v").strip()[:120] or None
            continue
        m = (_COMPANY_LABEL.match(line) if labelled else None) or _COMPANY_LINE.match(line)
        if m and company is None:
            company = m.group("v").strip()[:80] or None
            continue
        if block is not None and block_lines < 4:
            block_lines += 1
            people = [p for p in parse_people(line) if _strong(p)]
            if people:
                block.people.extend(people)
            elif block.topic is None and len(line) <= 100:
                block.topic = line
            continue
        low = line.lower()
        m = _SENTENCE.search(line) if any(w in low for w in _SENTENCE_WORDS) else None
        if m:
            loose.extend(p for p in parse_people(m.group("v")) if _strong(p))
            continue
        if "@" in line and len(line) <= 120:
            loose.extend(_listed_address(line))
    names = (tz_name(m.group(0)) for m in TZ_ANYWHERE.finditer(text[:8000]))
    hinted = [ZoneInfo(n) for n in dict.fromkeys(names) if n]
    mentions = _resolve(slots, start, end, hinted + [z for z in zones if z not in hinted])
    mentions.extend(Mention(p) for p in loose)
    # A real loop names a dozen people; the cap keeps matching them to the guest list cheap.
    del mentions[MAX_MENTIONS:]
    return Schedule(
        mentions=tuple(mentions),
        recruiter=recruiter,
        position=position,
        company=company,
        slots=sum(1 for s in slots if s.people),
    )


def _listed_address(line: str) -> list[NamedPerson]:
    """A line that only lists someone: "ken@x.com", "Ken Lo <ken@x.com>", "Ken Lo (CTO) - ken@…".

    An address inside a sentence ("write to help@x.com if …") is not a person.
    """
    emails = find_emails(line)
    if len(emails) != 1:
        return []
    rest = _ADDRESS.sub(" ", line).strip(_SEPS + "<>()[]")
    people = parse_people(line)
    if len(people) != 1 or not people[0].email:
        return []
    if rest and not (
        people[0].name and len(rest) <= len(people[0].name) + len(people[0].title or "") + 6
    ):
        return []
    return people


def _strong(p: NamedPerson) -> bool:
    # A bare single word in free text is too weak to call a person.
    return not p.bare or (p.name is not None and len(p.name.split()) >= 2)


def _as_hiring_manager(p: NamedPerson) -> NamedPerson:
    return NamedPerson(p.name, p.title or "Hiring Manager", p.email, True, p.optional)


def _parse_slot_line(line: str, day: date | None, ref_year: int | None) -> _RawSlot | None:
    m = SLOT.search(line, 0, 160)
    if m is None:
        return None
    prefix = line[: m.start()].strip(_SEPS + "()[]")
    topic_prefix: str | None = None
    if prefix:
        prefix_day = parse_date(prefix, ref_year)
        if prefix_day is not None:
            day = prefix_day
        elif len(prefix) <= 30 and line[: m.start()].rstrip().endswith((":", "-", "–", "(", "|")):
            topic_prefix = prefix
        else:
            return None
    start, end = parse_time(m.group("s")), parse_time(m.group("e"))
    if start is None or end is None:
        return None
    tz = tz_name(m.group("tz"))
    rest = line[m.end() :].lstrip(_SEPS + ")").rstrip(" \t.,;:")
    topic, people = _split_rest(rest)
    if topic_prefix:
        topic = f"{topic_prefix}: {topic}" if topic else topic_prefix
    return _RawSlot(day, start, end, tz, topic, people)


def _split_rest(rest: str) -> tuple[str | None, list[NamedPerson]]:
    """The text after a time range: which part is the topic and which the people."""
    if not rest:
        return None, []
    w = _WITH.search(rest)
    if w:
        people = parse_people(rest[w.end() :])
        if people:
            return rest[: w.start()].strip(_SEPS) or None, people
    fields = [f for f in _FIELDS.split(rest) if f.strip(_SEPS)]
    if len(fields) >= 2:
        people = [p for f in fields[1:] for p in parse_people(f)]
        if people:
            return fields[0].strip(_SEPS), people
    parts = _DASH_SPLIT.split(rest, maxsplit=1)
    if len(parts) == 2:
        right = [p for p in parse_people(parts[1]) if _strong(p)]
        if right:
            return parts[0].strip(_SEPS) or None, right
        left = [p for p in parse_people(parts[0]) if not p.bare]
        if left:
            return parts[1].strip(_SEPS) or None, left
    whole = [p for p in parse_people(rest) if not p.bare]
    if whole:
        return None, whole
    return rest[:100], []


_SLACK = timedelta(minutes=30)
_Placed = tuple[_RawSlot, datetime | None, datetime | None]


def _resolve(
    slots: list[_RawSlot], start: datetime | None, end: datetime | None, zones: list[ZoneInfo]
) -> list[Mention]:
    """Place wall-clock slots in the zone where they fit inside the event, and drop slots for
    other days of a multi-day itinerary that this event does not cover."""
    timed: list[tuple[_RawSlot, tuple[int, int]]] = []
    untimed: list[_RawSlot] = []
    for slot in slots:
        if slot.people:
            mins = range_minutes(slot.start, slot.end)
            if mins is None:
                untimed.append(slot)
            else:
                timed.append((slot, mins))
    candidates: list[ZoneInfo] = []
    for name in dict.fromkeys(s.tz for s, _ in timed if s.tz):
        candidates.append(ZoneInfo(name))
    candidates.extend(z for z in zones if z not in candidates)
    best: list[_Placed] = [(s, None, None) for s, _ in timed]
    best_fit = -1
    best_zone = candidates[0] if candidates else ZoneInfo("UTC")
    for zone in candidates:
        placed: list[_Placed] = []
        fit = 0
        for s, (smin, emin) in timed:
            day = s.day or (start.astimezone(zone).date() if start else None)
            if day is None:
                placed.append((s, None, None))
                continue
            s_dt = wall(day, smin, zone)
            e_dt = wall(day, emin, zone)
            if not s.day and start and end and s_dt < start - _SLACK:
                # An evening event's later slots are past midnight: the next day's clock.
                later = wall(day + timedelta(days=1), smin, zone)
                if later <= end + _SLACK:
                    s_dt, e_dt = later, wall(day + timedelta(days=1), emin, zone)
            placed.append((s, s_dt, e_dt))
            if start and end and start - _SLACK <= s_dt and e_dt <= end + _SLACK:
                fit += 1
        if fit > best_fit:
            best, best_fit, best_zone = placed, fit, zone
        if start is None or fit == len(timed):
            break
    if start and end and best_fit > 0:
        # A per-day event can carry the whole multi-day itinerary: keep this day's slots.
        days = {start.astimezone(best_zone).date(), end.astimezone(best_zone).date()}
        best = [b for b in best if b[1] is None or b[1].date() in days]
    out = [
        Mention(p, s.topic, s_dt, e_dt)
        for s, s_dt, e_dt in sorted(best, key=lambda b: (b[1] is None, b[1] or datetime.min))
        for p in s.people
    ]
    out.extend(Mention(p, s.topic) for s in untimed for p in s.people)
    return out


@lru_cache(maxsize=4096)
def summary_people(title: str) -> tuple[NamedPerson, ...]:
    """People named in a summary: "Phone Screen with Deepa (Hiring Manager)", "Coffee w/ Sam"."""
    w = _WITH.search(f" {title} ")
    if w is None:
        return ()
    tail = f" {title} "[w.end() :]
    # "Interview with Deepa - Northwind" / "... | Northwind": the company is not a person.
    tail = re.split(r"\s[-–—|@]\s|\s(?:at|from|@)\s", tail, maxsplit=1)[0]
    return tuple(p for p in parse_people(tail) if p.name and is_name(p.name))
