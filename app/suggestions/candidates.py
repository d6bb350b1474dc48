"""Where a suggestion's interviews come from, and which of them each recipient belongs to.

- the store (`stored_candidates`, app/suggestions/repository.py): the user's interviews in the
  lookup window of app/calendar/recipients.py, whatever calendar they were synced from, with the
  user's plans (notes, scenario choice) and whether the opportunity was stood down;
- Microsoft Graph (`graph_candidates`), when the caller is a Microsoft user and the server has a
  client secret: `calendarView` over the same window, through on-behalf-of with the caller's own
  token, run through the calendar pipeline. Graph trouble never fails a suggestion: the status
  says what happened and the stored interviews still answer.

Matching is the core's (`app.calendar.recipients`): one canonical address rule and one window
for every surface. A recipient who is an interview's recruiter matches too: with the
`ask_recruiter` draft when that interview is still ahead and the invite leaves interviewers'
addresses out, otherwise with no note (PLAYBOOK §4: recruiters get no thank-you by default).
An interviewer whose slot has not ended gets no note yet (`choice_at`, PLAYBOOK §2 and §4: the
notes of §4 follow the interview): the choice says when it is and which note comes after it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.identity import Identity
from app.calendar.interviews import interview_from_event, user_zone
from app.calendar.model import Contact, EventStatus, Interview, Interviewer
from app.calendar.people import Me
from app.calendar.recipients import canonical_address, match_recipients, window
from app.errors import ProviderError, ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.playbook.defaults import ScenarioChoice, choice_at, default_scenario
from app.playbook.models import CompanySource, Details, Person
from app.playbook.roles import Role
from app.playbook.scenarios import Scenario
from app.providers.microsoft import MicrosoftGraph
from app.providers.microsoft_auth import ConsentRequired
from app.providers.microsoft_graph import GraphCalendar
from app.store.interviews import InterviewerRecord
from app.store.users import User

log = logging.getLogger("rightnote.suggestions")


@dataclass(frozen=True, slots=True)
class Party:
    """An interviewer (or the recruiter) of a candidate interview, with the user's plan."""

    name: str | None
    email: str | None
    title: str | None
    role: Role
    hiring_manager: bool = False
    slot_start: datetime | None = None
    slot_end: datetime | None = None
    details: Details = field(default_factory=Details)
    override: Scenario | None = None
    # What the invite's schedule calls this person's slot ("System Design"): the note names it.
    slot_title: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    title: str
    company: str | None
    position: str | None
    start: datetime | None
    end: datetime | None
    interviewers: tuple[Party, ...]
    recruiter: Party | None
    missing_emails: bool
    stood_down: bool = False
    debrief_at: datetime | None = None
    # "domain": the company is only an address's domain as a name; the note leaves it out.
    company_source: CompanySource | None = None
    # The calendar gives the day(s), no time: start and end are midnights in the user's zone.
    all_day: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """A recipient matched to an interview, and the note the playbook suggests for them."""

    email: str
    name: str | None
    candidate: Candidate
    party: Party
    choice: ScenarioChoice


# --- interviews read live ---------------------------------------------------------------------


def party_of(
    person: InterviewerRecord | Interviewer,
    *,
    details: Details | None = None,
    override: Scenario | None = None,
) -> Party:
    """An interviewer as stored or as the calendar gives them (the same fields either way)."""
    return Party(
        name=person.name,
        email=person.email,
        title=person.title,
        role=person.role,
        hiring_manager=person.hiring_manager,
        slot_start=person.slot_start,
        slot_end=person.slot_end,
        details=details if details is not None else Details(),
        override=override,
        slot_title=person.topic,
    )


def graph_candidate(interview: Interview) -> Candidate:
    """An interview read live from a calendar (Graph for the pane, Google for the card)."""
    recruiter = _contact_party(interview.recruiter)
    return Candidate(
        id=interview.key,
        title=interview.title,
        company=interview.company,
        company_source=interview.company_source,
        position=interview.position,
        start=interview.start,
        end=interview.end,
        interviewers=tuple(party_of(i) for i in interview.interviewers),
        recruiter=recruiter,
        missing_emails=interview.missing_emails,
        all_day=interview.all_day,
    )


def _contact_party(contact: Contact | None) -> Party | None:
    if contact is None or not (contact.email or contact.name):
        return None
    return Party(contact.name, contact.email, None, Role.RECRUITER)


async def graph_candidates(
    microsoft: MicrosoftGraph | None,
    session: AsyncSession,
    user: User,
    identity: Identity,
    assertion: str | None,
    *,
    timezone: str,
    now: datetime,
) -> tuple[list[Candidate], str]:
    """Interviews from the caller's Outlook calendar, and how reading it went."""
    signed_in = identity.provider == "microsoft" and bool(identity.tenant)
    if microsoft is None or not signed_in or not assertion:
        return [], "off"
    account = f"{identity.tenant}:{identity.subject}:{timezone}"
    cached = microsoft.recent_interviews.get(account)
    if cached is not None:
        return [graph_candidate(i) for i in cached], "ok"
    try:
        client = await microsoft.for_request(session, user, identity, assertion)
        events = await GraphCalendar(client).list_events(*window(now), timezone=timezone)
    except ConsentRequired:  # before ReauthRequired, its base: the pane asks for consent
        return [], "consent_required"
    except ReauthRequired:
        return [], "reauth_required"
    except ProviderThrottled:
        return [], "throttled"
    except ProviderUnavailable:
        return [], "unavailable"
    except ProviderError as exc:
        log.warning("suggest.graph_failed", extra={"error": exc.code})
        return [], "error"
    me = Me([a for a in (identity.email, user.email) if a])
    tz = user_zone(timezone)
    interviews = [
        found
        for event in events
        if (found := interview_from_event(event, me, tz)) is not None
        and found.status is not EventStatus.CANCELLED
    ]
    microsoft.recent_interviews.put(account, interviews)
    return [graph_candidate(i) for i in interviews], "ok"


# --- matching -------------------------------------------------------------------------------


def match_candidates(
    recipients: Sequence[tuple[str, str | None]],
    candidates: Sequence[Candidate],
    now: datetime,
    *,
    timezone: str | None = None,
) -> tuple[list[Match], list[tuple[str, str | None]]]:
    """(matches, unmatched) in recipient order, one per canonical address, each with the note
    suggested at `now` (`timezone`: the user's, for the times the reasons give)."""
    names: dict[str, str | None] = {}
    for email, name in recipients:
        names.setdefault(canonical_address(email.strip()), name)
    found = match_recipients(
        [email for email, _ in recipients],
        candidates,
        now,
        people=lambda c: c.interviewers,
        recruiter=lambda c: c.recruiter,
    )
    matches = []
    for m in found:
        name = names.get(canonical_address(m.recipient.strip()))
        if m.as_recruiter:
            choice = recruiter_choice(m.interview, now)
        else:
            party = m.person
            choice = interviewer_choice(m.interview, party, now, timezone=timezone)
        matches.append(Match(m.recipient, name, m.interview, m.person, choice))
    matched = {canonical_address(m.email.strip()) for m in matches}
    unmatched: list[tuple[str, str | None]] = []
    for email, name in recipients:
        key = canonical_address(email.strip())
        if key not in matched:
            matched.add(key)  # once per address, as matches are
            unmatched.append((email, name))
    return matches, unmatched


def interviewer_choice(
    candidate: Candidate, party: Party, now: datetime, *, timezone: str | None = None
) -> ScenarioChoice:
    """The note for an interviewer at `now`: the playbook's default for who they are, and none
    yet while their slot (else the interview) has not ended."""
    choice = default_scenario(
        Person(party.name, party.email, party.title, party.hiring_manager),
        party.details,
        stood_down=candidate.stood_down,
    )
    slot = party.slot_start is not None or party.slot_end is not None
    return choice_at(
        choice,
        party.slot_start if slot else candidate.start,
        party.slot_end if slot else candidate.end,
        now,
        timezone=timezone,
        all_day=candidate.all_day and not slot,
        missing_emails=candidate.missing_emails,
    )


def recruiter_choice(candidate: Candidate, now: datetime) -> ScenarioChoice:
    if candidate.stood_down:
        return ScenarioChoice(
            Scenario.STAND_DOWN,
            Role.RECRUITER,
            ("You stood down from this opportunity: no note is sent.",),
        )
    ahead = candidate.start is not None and candidate.start > now
    if ahead and candidate.missing_emails:
        return ScenarioChoice(
            Scenario.ASK_RECRUITER,
            Role.RECRUITER,
            (
                "They coordinate this interview, and the invite does not give every "
                "interviewer's address.",
                "Ask them who you will meet, before the interview day.",
            ),
        )
    return ScenarioChoice(
        None,
        Role.RECRUITER,
        (
            "They coordinate this interview; a thank-you note is not needed.",
            "Write to the people who interviewed you instead.",
        ),
    )
