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

from app.calendar.model import Event, Interviewer
from app.calendar.names import is_name, is_title
from app.calendar.people import Me, domain_of, fold, is_free_mail, is_tool_domain, looks_like_room
from app.calendar.schedule import Schedule

_SEGMENTS = re.compile(r"\s+[-–—|:/~]\s+|\s*[|]\s*|:\s+|\s+<>\s+|\s+x\s+|\s+@\s+|\s*[()]\s*")
_INTERVIEW_WORDS = re.compile(
    r"\b(?:(?:live|virtual|video|phone|onsite|on-site|final|technical|tech|initial|intro|"
    r"introductory|first|second|third|1st|2nd|3rd|hiring manager|recruiter|panel|coding|"
    r"system design|behavioral|culture|coffee|lunch)\s+)*(?:interviews?|screen(?:ing)?|onsite|"
    r"on-site|round|loop|call|chat|conversation|meeting|panel|coffee)\b|\bcanceled:|\bcancelled:",
    re.IGNORECASE,
)
_AT = re.compile(
    r"(?:\bat|@)\s+(?P<v>[^-–—|:()]{2,60}?)\s*(?:$|[-–—|:(]|\bfor\b|\bwith\b)", re.IGNORECASE
)
_FOR = re.compile(
    r"\bfor\s+(?:the\s+)?(?:(?:an?|our)\s+)?(?P<v>[^-–—|:()@]{3,80}?)\s*"
    r"(?:$|[-–—|:(@]|\bwith\b|\bat\b|\bposition\b|\brole\b)",
    re.IGNORECASE,
)
_WITH_TAIL = re.compile(r"\s(?:with|w/|between)\s.*$", re.IGNORECASE)
_REQ = re.compile(
    r"(?:^|\s)(?:#?[A-Z]{0,4}-?\d[\w-]*|req(?:uisition)?\s*#?\s*\w+)(?=\s|$)", re.IGNORECASE
)
_PARENS = re.compile(r"\([^()]*\)")
_TWO_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gv"})


def company_label(domain: str) -> str:
    """`acme-robotics.com` → "Acme Robotics"; `mail.fabrikam.co.uk` → "Fabrikam"."""
    labels = domain.lower().split(".")
    if len(labels) >= 3 and labels[-2] in _TWO_LEVEL and len(labels[-1]) == 2:
        label = labels[-3]
    else:
        label = labels[-2] if len(labels) >= 2 else labels[0]
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", label) if part)


def employer_domain(event: Event, interviewers: Sequence[Interviewer], me: Me) -> str | None:
    """The domain that stands for the employer: the organizer's, else the interviewers' most
    common one."""

    def usable(email: str | None) -> str | None:
        domain = domain_of(email)
        if not domain or is_free_mail(domain) or is_tool_domain(domain) or domain in me.domains:
            return None
        if me.is_me(email) or looks_like_room(email, None) or "." not in domain:
            return None
        return domain

    organizer = event.organizer
    if organizer is not None:
        found = usable(organizer.email)
        if found:
            return found
    counts = Counter(d for d in (usable(i.email) for i in interviewers) if d)
    if not counts:
        counts = Counter(d for d in (usable(a.email) for a in event.attendees) if d)
    return counts.most_common(1)[0][0] if counts else None


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def company(
    event: Event, schedule: Schedule, interviewers: Sequence[Interviewer], me: Me
) -> str | None:
    domain = employer_domain(event, interviewers, me)
    label = company_label(domain) if domain else None
    people = [i.name for i in interviewers if i.name]
    candidates = _title_candidates(event.title)
    if schedule.company:
        candidates.insert(0, schedule.company)
    if label:
        target = _key(label)
        for text in candidates:
            key = _key(text)
            if key and (key == target or (len(target) >= 4 and key.startswith(target))):
                return text
        return label
    # No domain to agree with: only an explicit "Company:" label or "at X" counts.
    if schedule.company and not _is_person(schedule.company, people):
        return schedule.company
    m = _AT.search(event.title)
    if m:
        value = m.group("v").strip()
        if value and not _is_person(value, people) and not is_title(value):
            return value
    return None


def _title_candidates(title: str) -> list[str]:
    title = _WITH_TAIL.sub("", title)
    out = []
    for segment in _SEGMENTS.split(title):
        segment = _INTERVIEW_WORDS.sub("", segment).strip(" ,.-–—:")
        if segment:
            out.append(segment)
    m = _AT.search(title)
    if m:
        out.append(m.group("v").strip())
    return out


def _is_person(text: str, people: Sequence[str]) -> bool:
    key = fold(text)
    return any(key == fold(p) or key == fold(p.split()[0]) for p in people if p)


def position(event: Event, schedule: Schedule, company_name: str | None) -> str | None:
    if schedule.position:
        return _clean_position(schedule.position)
    # "Interview: Deepa Rao (Engineering Manager)": a parenthesis holds a person's title.
    title = _PARENS.sub(" ", event.title)
    m = _FOR.search(title)
    if m:
        found = _clean_position(m.group("v"))
        if found and is_title(found):
            return found
    for segment in _SEGMENTS.split(_WITH_TAIL.sub("", title)):
        segment = _INTERVIEW_WORDS.sub("", segment).strip(" ,.-–—:")
        if not segment or (company_name and _key(segment) == _key(company_name)):
            continue
        found = _clean_position(segment)
        if found and is_title(found) and not is_name(found) and "hiring manager" not in fold(found):
            return found
    return None


def _clean_position(text: str) -> str | None:
    text = _REQ.sub(" ", text)
    text = " ".join(text.split()).strip(" ,.-–—:#")
    return text[:120] or None
