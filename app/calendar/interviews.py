"""The pipeline: calendar data → Events → the user's interviews with their interviewers.

`extract_interviews` is the one entry point the API, the CLI and the auto-draft worker use.
Pure: no network, no clock. Recurring series need a window to expand in; without one each series
is expanded for a year from its first occurrence (recurrence.DEFAULT_SPAN), at most
`max_occurrences` per series.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from app.calendar.boilerplate import clean_description
from app.calendar.company import (
    agrees_with_domain,
    company_and_source,
    not_the_company,
    position,
    titles_without_company,
)
from app.calendar.detect import (
    DESCRIPTION_MAX,
    SCHEDULE_MAX,
    booked_by_host,
    conclude,
    detect,
    read_description,
)
from app.calendar.extract import Roster, extract, roster
from app.calendar.formats import Format, load
from app.calendar.google import normalize_google
from app.calendar.graph import normalize_graph
from app.calendar.ics import parse_ics
from app.calendar.limits import Budget, check_window
from app.calendar.model import Contact, Event, Interview, Interviewer
from app.calendar.names import as_people_write, is_name, keeps_caps_order, parse_people
from app.calendar.people import (
    Me,
    caps_surname_last,
    domain_of,
    fold,
    name_matches_email,
    names_match,
)
from app.calendar.recurrence import DEFAULT_CAP, Window
from app.calendar.schedule import (
    Schedule,
    Signature,
    parse_schedule,
    read_signature,
    summary_people,
)
from app.calendar.titles import role_of
from app.calendar.zones import zone
from app.errors import BadRequest
from app.playbook.roles import Role

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# After expansion; bounds memory and time whatever the input (5 MiB of .ics is ~15k events).
DEFAULT_MAX_EVENTS = 50_000
_UTC = ZoneInfo("UTC")

CalendarData = bytes | str | list[Any] | dict[str, Any]


def user_zone(timezone: str) -> ZoneInfo:
    found = zone(timezone)
    if found is None:
        raise BadRequest(f"unknown time zone {timezone!r}: use an IANA name such as Europe/Paris")
    return found


def _window(window: tuple[datetime, datetime] | None, tz: ZoneInfo) -> Window | None:
    if window is None:
        return None
    lo, hi = (w if w.tzinfo else w.replace(tzinfo=tz) for w in window)
    if not lo < hi:
        raise BadRequest("the window must end after it starts")
    refused = check_window(lo, hi)
    if refused:
        raise BadRequest(refused)
    return lo, hi


def parse_events(
    data: CalendarData,
    *,
    format: Format | None = None,
    timezone: str = "UTC",
    window: tuple[datetime, datetime] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_occurrences: int = DEFAULT_CAP,
    max_events: int = DEFAULT_MAX_EVENTS,
    warnings: list[str] | None = None,
) -> list[Event]:
    """Normalise any supported input to Events (occurrences expanded), in the user's zone.

    Series that were refused or stopped (limits.py) are reported in `warnings` when given.
    """
    tz = user_zone(timezone)
    bounds = _window(window, tz)
    kind, payload = load(data, format, max_bytes=max_bytes, max_events=max_events)
    budget = Budget()
    try:
        if kind == "ics":
            assert isinstance(payload, str)
            return parse_ics(
                payload,
                user_tz=tz,
                window=bounds,
                max_occurrences=max_occurrences,
                max_events=max_events,
                budget=budget,
            )
        assert isinstance(payload, list)
        normalize = normalize_google if kind == "google" else normalize_graph
        events = normalize(payload, user_tz=tz, window=bounds, cap=max_occurrences, budget=budget)
    finally:
        if warnings is not None:
            warnings.extend(budget.warnings)
    if len(events) > max_events:
        raise BadRequest(f"the events expand to more than {max_events:,}; pass a narrower window")
    return events


def extract_interviews(
    data: CalendarData,
    *,
    format: Format | None = None,
    me: Sequence[str],
    timezone: str,
    window: tuple[datetime, datetime] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_occurrences: int = DEFAULT_CAP,
    max_events: int = DEFAULT_MAX_EVENTS,
    include_all: bool = False,
    warnings: list[str] | None = None,
) -> list[Interview]:
    """The user's interviews in `data`, earliest first.

    `me` is every address of the user (they are the candidate); `timezone` their IANA zone, used
    for floating times and for the datetimes returned. Cancelled interviews are returned with
    status "cancelled" so a planner can withdraw their drafts. `include_all` returns every event,
    with `is_interview` and the reasons, for inspection.
    Series not expanded (limits.py) are reported in `warnings` when given.
    Raises ParseError (unreadable data), PayloadTooLarge, or BadRequest (bad arguments).
    """
    events = parse_events(
        data,
        format=format,
        timezone=timezone,
        window=window,
        max_bytes=max_bytes,
        max_occurrences=max_occurrences,
        max_events=max_events,
        warnings=warnings,
    )
    tz = user_zone(timezone)
    who = Me(me)
    found = [i for i in _analyse(events, who, tz, include_all) if i is not None]
    found.sort(key=lambda i: (i.start is None, i.start or datetime.min.replace(tzinfo=_UTC), i.key))
    return found


def _analyse(
    events: list[Event], me: Me, user_tz: ZoneInfo, include_all: bool
) -> Iterator[Interview | None]:
    """interview_from_event for each event, once per series.

    The occurrences of a series are copies of one event at other times: the first is analysed
    and the others get its result moved to their own time (a daily series with a long
    schedule would otherwise be read again for each of its hundreds of occurrences).
    """
    seen: dict[tuple[Any, ...], tuple[Event, Interview | None]] = {}
    for event in events:
        key = _series_key(event)
        if key is None:
            yield interview_from_event(event, me, user_tz, include_all)
            continue
        hit = seen.get(key)
        if hit is None:
            result = interview_from_event(event, me, user_tz, include_all)
            seen[key] = (event, result)
            yield result
            continue
        first, result = hit
        assert first.start is not None and event.start is not None
        yield None if result is None else _moved(result, event, event.start - first.start)


def _series_key(event: Event) -> tuple[Any, ...] | None:
    """What an occurrence's analysis depends on besides its date, or None (not an occurrence)."""
    if event.recurrence_id is None or event.start is None or event.end is None:
        return None
    content = replace(event, event_id=None, recurrence_id=None, start=None, end=None)
    return (content, event.start.timetz(), event.end - event.start)


def _moved(found: Interview, event: Event, delta: timedelta) -> Interview:
    def shift(value: datetime | None) -> datetime | None:
        return value + delta if value is not None else None

    return replace(
        found,
        event_id=event.event_id,
        recurrence_id=event.recurrence_id,
        start=event.start,
        end=event.end,
        interviewers=tuple(
            replace(i, slot_start=shift(i.slot_start), slot_end=shift(i.slot_end))
            for i in found.interviewers
        ),
    )


# "Interviewer: Alex Morgan", "Interviewers: Dana Lee, Alex Morgan" on a line of its own.
_INTERVIEWER_LINE = re.compile(
    r"^[ \t*•-]*+interviewers?(?:\(s\))?[ \t]*+:[ \t]*+(?P<v>[^\n]{2,200})$",
    re.IGNORECASE | re.MULTILINE,
)


def _names_you_as_interviewer(text: str, people: Roster) -> bool:
    if "nterviewer" not in text:
        return False
    for m in _INTERVIEWER_LINE.finditer(text[:8000]):
        for p in parse_people(m.group("v")):
            if p.name and any(names_match(p.name, mine) for mine in people.my_names):
                return True
    return False


# Words before a name that are no part of it: "I'm Marisela Ortega".
_SELF_LEAD = re.compile(r"^(?:I['’]m|I am)\s++(?=[^\W\d_])")
# What a reader took for the recruiter's name that names nobody: a greeting ("Bonjour Alex"),
# a style alone ("Ms"), a town with its state ("Cambridge MA"), a scheduling tool.
_NOT_A_CONTACT = re.compile(
    r"^(?:(?:hi|hello|hey|dear|bonjour|hallo|hej|hola|ciao|olá|ola|dzień dobry|"
    r"goedemorgen|liebe|lieber|cher|chère|querid[oa])\b.*|"
    # Greetings that are given names too ("Cara Mendes", "Caro Hoffmann", "Beste"): a
    # greeting only when a comma ends it ("Caro Alex,").
    r"(?:caro|cara|beste|hei)\b.*,|"
    # A town with its state or province ("Cambridge MA"), not a surname in capitals ("Mei LI").
    r"(?:mr|mrs|ms|mx|dr|prof)\.?|(?-i:[A-Z][a-z]++(?: [A-Z][a-z]++)? (?:A[KLRZ]|C[AOT]|D[CE]|"
    r"FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|"
    r"W[AIVY]|BC|AB|ON|QC|NS|NB|PE|SK|MB|NL|NSW|QLD|VIC))|"
    r"greenhouse|lever|ashby|workday|goodtime|modernloop|gem|icims|smartrecruiters|"
    r"teamtailor|workable|personio|bamboohr|calendly)$",
    re.IGNORECASE,
)
# A signature's title that says the writer recruits, in the languages the invites come in:
# "Conseillère en acquisition de talents", "Specjalistka ds. Rekrutacji", "Senior
# Recruiterin", "Rekryterare", "Técnica de Selección", "Personalreferentin".
_RECRUITS = re.compile(
    r"recruit|recrut|rekryt|rekrut|reclut|talent|sourc|selecci|selezion|werving|personalrefer|"
    r"human resources|\bhr\b|\brh\b|rrhh",
    re.IGNORECASE,
)


def _named_recruiter(name: str, event: Event) -> bool:
    """The letter writes the name as the recruiter's ("Recruiter: Wei MA", "your recruiter is
    Cara Mendes"): a person, whatever town or greeting the name looks like."""
    text = event.description[:8000]
    at = text.find(name)
    for _ in range(10):
        if at < 0:
            break
        if _RECRUITER_BEFORE.search(text[max(0, at - 24) : at]) is not None:
            return True
        at = text.find(name, at + 1)
    return False


_RECRUITER_BEFORE = re.compile(r"\brecruiter(?:[ \t]*+:|[ \t]++is)[ \t]*+$", re.IGNORECASE)


def _recruiter_checked(
    event: Event, schedule: Schedule, recruiter: Contact | None, me: Me, employer: str | None
) -> Contact | None:
    """The recruiter without words that name nobody ("I'm Marisela Ortega" → "Marisela
    Ortega"; "Bonjour Alex", "Cambridge MA", the company's own name without an address are
    nobody); when none is left, the organizer who signs the letter as recruiting staff."""
    if recruiter is not None and recruiter.name:
        name = _SELF_LEAD.sub("", recruiter.name)
        if name != recruiter.name:
            recruiter = Contact(name, recruiter.email)
        if recruiter.email is None and (
            (_NOT_A_CONTACT.match(name) is not None and not _named_recruiter(name, event))
            or (employer is not None and fold(name) == fold(employer))
        ):
            recruiter = None
    if recruiter is not None or not schedule.signature:
        return recruiter
    org = event.organizer
    if org is None or not org.email or org.is_self or me.is_me(org.email):
        return recruiter
    sig = _signer(tuple(_ON_BEHALF.sub("", line) for line in schedule.signature[-40:]))
    if sig is None or not sig.title or _RECRUITS.search(sig.title) is None:
        return recruiter
    if role_of(sig.title) in _NOT_STAFF:
        # "VP, Mergers & Acquisitions", "Head of User Acquisition": a deal-maker or a manager
        # whose title holds a recruiting word, not the one who recruits.
        return recruiter
    signed_by_organizer = (org.name is not None and names_match(sig.name, org.name)) or (
        name_matches_email(sig.name, org.email)
    )
    return Contact(sig.name, org.email) if signed_by_organizer else recruiter


# A team's or an office's name on the mailbox that sends the invite: "Selezione Personale X",
# "Sekretariat Geschäftsführung", "X Interviews".
_OFFICE_WORDS = re.compile(
    r"\b(?:recruit\w*|careers?|talent\w*|jobs|hiring|hr|people|interviews?|scheduling|"
    r"selecci[oó]n|selezione|recrut\w*|rekrut\w*|rekryt\w*|werving|karriere|personal\w*|"
    r"sekretariat|secr[eé]tariat|segreteria|secretar[ií]a|office|team)\b",
    re.IGNORECASE,
)


# Signed on someone's behalf: "i.A. Gabriele Wunderlich", "p.p. Jan Frost".
_ON_BEHALF = re.compile(r"^[ \t]*+(?:i\.[ \t]?[AV]\.|p\.[ \t]?p\.|pp\.?)[ \t]++(?=[^\W\d_])")


# Titles of people who do not run the process: the signer is met or decides, not asked.
_NOT_STAFF = frozenset({Role.EXECUTIVE, Role.DECISION_MAKER, Role.PEER})
# Staff who book for others whatever their role reads ("Executive Assistant to the CEO",
# "Office Manager").
_STAFF_WORDS = re.compile(
    r"\bassist\w*|\bsecretar\w*|\b(?:EA|PA)\b|\boffice manager\b|\bcoordinat\w*|"
    r"\bcoördinat\w*|\badmin\w*",
    re.IGNORECASE,
)
# A reply's header quoted in the letter: what follows it was written by someone else,
# often the user ("On Tue, Alex Morgan wrote:", "From: Alex Morgan" over "Sent: ..."); not a
# time ("From: 9:00").
_REPLY_HEAD = re.compile(
    r"^[ \t>]*+(?:(?:On|Am|Le|El|Den|Op|Il|Em) [^\n]{0,200}?(?:wrote|schrieb|a écrit|escribió|"
    r"skrev|schreef|ha scritto|escreveu):|(?:From|Von|De|Van|Från|Da|Fra):[ \t][^\n]{0,200}\n"
    r"[ \t>]*+(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Skickat|Verzonden|Inviato|Sendt):)",
    re.MULTILINE,
)


def _signer_behind_mailbox(
    event: Event,
    schedule: Schedule,
    interviewers: list[Interviewer],
    recruiter: Contact | None,
    me: Me | None = None,
    my_names: tuple[str, ...] = (),
) -> Contact | None:
    """The recruiter found is the organizer's team mailbox ("Selezione Personale Orbita"
    <selezione@…>, "Sparrowhawk Interviews" <interviews@…>) and a person signs the letter
    without being met: that person, at the mailbox, is the one to ask."""
    org = event.organizer
    if recruiter is None or org is None or not org.email or recruiter.email != org.email:
        return recruiter
    if (
        recruiter.name
        and is_name(recruiter.name)
        and not _OFFICE_WORDS.search(recruiter.name)
        and not agrees_with_domain(recruiter.name, domain_of(org.email))
    ):
        # A person's name; not the firm's ("Sparrowhawk Games" at sparrowhawk.gg).
        return recruiter
    if org.name and not _OFFICE_WORDS.search(org.name):
        return recruiter
    if not schedule.signature:
        return recruiter
    sig = _signer(tuple(_ON_BEHALF.sub("", line) for line in schedule.signature[-40:]))
    if sig is None or " " not in sig.name or _OFFICE_WORDS.search(sig.name):
        return recruiter
    if any(i.name and names_match(i.name, sig.name) for i in interviewers):
        return recruiter
    if any(names_match(n, sig.name) for n in my_names) or (
        me is not None and any(name_matches_email(sig.name, a) for a in me.addresses)
    ):
        return recruiter  # the user, signing a reply quoted below the letter
    if sig.title and role_of(sig.title) in _NOT_STAFF and not _STAFF_WORDS.search(sig.title):
        return recruiter  # "Founder & CEO": not the one who runs the process
    head = _REPLY_HEAD.search(event.description[:8000])
    if head is not None and event.description.rfind(sig.name, 0, 8000) > head.start():
        return recruiter  # signed inside a quoted message, not the letter's writer
    return Contact(sig.name, recruiter.email)


def _signer(lines: tuple[str, ...]) -> Signature | None:
    """The letter's signature: read as a whole, else the last block that opens with a full
    name above a line of its own ("Cormac Doyle" / "Interview Coordinator, X" before a tool's
    footer and a dial-in)."""
    sig = read_signature(lines, lambda _text: False)
    if sig is not None and _NOT_A_CONTACT.match(sig.name) is None:
        # (Not the letter's greeting read as a name: "Bonjour Alex,".)
        return sig
    for at in range(len(lines) - 2, -1, -1):
        line = lines[at].strip()
        if (at and lines[at - 1].strip()) or " " not in line or not is_name(line):
            continue
        # The next line written (an HTML body leaves a blank line between paragraphs).
        following = next((n.strip() for n in lines[at + 1 : at + 3] if n.strip()), "")
        if following and len(following) <= 80 and ". " not in following:
            return read_signature((line, following), lambda _text: False)
    return None


def _names_as_written(
    interviewers: list[Interviewer], recruiter: Contact | None, event: Event
) -> tuple[list[Interviewer], Contact | None]:
    """Each name given name first, as the note greets the person ("TANAKA Hiro" → "Hiro
    Tanaka"; names.as_people_write), unless the invite always writes it surname first."""
    written: list[str] = []

    def own_order(name: str | None) -> bool:
        if not name or caps_surname_last(name) is None:
            return False
        if not written:
            guests = [a.name for a in (*event.attendees, event.organizer) if a and a.name]
            written.append("\n".join([event.description[:20000], *guests]))
        return keeps_caps_order(name, written[0])

    out = []
    for i in interviewers:
        name = as_people_write(i.name, i.email, own_order(i.name))
        out.append(i if name == i.name else replace(i, name=name))
    if recruiter is not None and recruiter.name:
        name = as_people_write(recruiter.name, recruiter.email, own_order(recruiter.name))
        if name != recruiter.name:
            recruiter = Contact(name, recruiter.email)
    return out, recruiter


def interview_from_event(
    event: Event, me: Me, user_tz: ZoneInfo, include_all: bool = False
) -> Interview | None:
    """One event → its Interview, or None when it is not the user's interview."""
    named_in_title = summary_people(event.title)
    people = roster(event, me)
    evidence = detect(event, summary_people=named_in_title, others=people.others, me=me)
    if not include_all and evidence.hopeless(DESCRIPTION_MAX + SCHEDULE_MAX):
        return None
    text = clean_description(event.description)
    read_description(evidence, text)
    if not include_all and evidence.hopeless(SCHEDULE_MAX):
        return None
    zones = [z for z in (zone(event.origin_timezone), user_tz, _UTC) if z is not None]
    schedule = (
        parse_schedule(text, start=event.start, end=event.end, zones=zones) if text else Schedule()
    )
    verdict = conclude(evidence, schedule)
    if verdict.is_interview and people.my_names and _names_you_as_interviewer(text, people):
        # "Candidate: Priyanka Deol / Interviewer: Alex Morgan": the user runs this one.
        verdict = replace(
            verdict,
            is_interview=False,
            reasons=(*verdict.reasons, "description names you as the interviewer"),
        )
    if not verdict.is_interview and not include_all:
        return None
    interviewers, recruiter = extract(
        event, people, schedule, named_in_title, me, user_tz, host_meets=booked_by_host(event)
    )
    recruiter = _signer_behind_mailbox(
        event, schedule, interviewers, recruiter, me, people.my_names
    )
    interviewers, recruiter = _names_as_written(interviewers, recruiter, event)
    employer, employer_source = company_and_source(event, schedule, interviewers, me)
    interviewers, stated = titles_without_company(interviewers, employer)
    if employer is None and stated:
        # A founder writing from a personal address: "CEO, Lange Audio" names the company.
        employer, employer_source = stated, "invite"
    interviewers = not_the_company(interviewers, employer)
    recruiter = _recruiter_checked(event, schedule, recruiter, me, employer)
    organizer = event.organizer
    return Interview(
        source=event.source,
        uid=event.uid,
        event_id=event.event_id,
        recurrence_id=event.recurrence_id,
        title=event.title,
        company=employer,
        position=position(event, schedule, employer),
        start=event.start,
        end=event.end,
        all_day=event.all_day,
        status=event.status,
        organizer=Contact(organizer.name, organizer.email) if organizer else None,
        recruiter=recruiter,
        interviewers=tuple(interviewers),
        confidence=verdict.confidence,
        reasons=verdict.reasons,
        is_interview=verdict.is_interview,
        location=event.location,
        conference_url=event.conference_url,
        company_source=employer_source,
        attendees_hidden=event.attendees_hidden,
    )
