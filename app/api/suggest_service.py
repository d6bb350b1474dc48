"""What /v1/suggest computes: who among the recipients the user interviewed with, and the note.

Interviews come from two places:
- the store: the user's interviews that start between 14 days ago and 7 days ahead (whatever
  calendar they were synced from), with the user's plans (notes, scenario choice) and whether
  the opportunity was stood down;
- Microsoft Graph, when the caller is a Microsoft user and the server has a client secret:
  `calendarView` over the same window, through on-behalf-of with the caller's own token, run
  through the calendar pipeline. Stored interviews win over the same interview from Graph.
  Graph trouble never fails the request: `calendar.graph` says what happened and the stored
  interviews still answer.

A recipient matches an interviewer by address, case-insensitively; among several interviews
with them, the most recent one that has ended wins, else the next one coming. A recipient who
is an interview's recruiter matches too: with the `ask_recruiter` draft when that interview is
still ahead and the invite leaves interviewers' addresses out, otherwise with no note (PLAYBOOK
§4: recruiters get no thank-you by default). The suggestion is for the first matched recipient.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.offload import DRAFT_COST, off_loop
from app.api.render import choice_json, draft_json, stand_down_json, voice_json
from app.api.suggest_body import html_to_text, looks_like_html, plain_text
from app.api.suggest_schemas import SuggestRequest
from app.auth.identity import Identity
from app.autodraft.ingest import plans_by_interviewer, replan_opportunity
from app.autodraft.records import details_from_plan, planning_timezone
from app.calendar.interviews import interview_from_event, user_zone
from app.calendar.model import Contact, EventStatus, Interview
from app.calendar.people import Me
from app.errors import (
    BadRequest,
    ProviderError,
    ProviderThrottled,
    ProviderUnavailable,
    ReauthRequired,
)
from app.playbook.defaults import ScenarioChoice, default_scenario
from app.playbook.drafting import compose_draft
from app.playbook.models import (
    CompanySource,
    Details,
    DraftInput,
    InterviewTime,
    Person,
    Slot,
    company_source,
)
from app.playbook.questions import suggest_questions
from app.playbook.roles import Role
from app.playbook.scenarios import SCENARIOS, Scenario
from app.playbook.voice import check_voice
from app.providers.microsoft import MicrosoftGraph
from app.providers.microsoft_auth import ConsentRequired
from app.providers.microsoft_graph import GraphCalendar
from app.settings import Settings
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.opportunities import Opportunity, normalize_key
from app.store.plans import Plan
from app.store.queries import (
    find_interview,
    get_opportunity,
    get_or_create_opportunity,
    list_interviews,
    stand_down,
)
from app.store.users import User

log = logging.getLogger("rightnote.api.suggest")

WINDOW_PAST = timedelta(days=14)
WINDOW_AHEAD = timedelta(days=7)


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

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "company": self.company,
            "position": self.position,
            "start": _iso(self.start),
            "end": _iso(self.end),
        }


@dataclass(frozen=True, slots=True)
class Match:
    email: str
    name: str | None
    candidate: Candidate
    party: Party
    choice: ScenarioChoice


# --- gathering ------------------------------------------------------------------------------


async def stored_candidates(
    session: AsyncSession, user_id: uuid.UUID, now: datetime
) -> list[Candidate]:
    rows = [
        row
        for row in await list_interviews(
            session, user_id, start_from=now - WINDOW_PAST, start_before=now + WINDOW_AHEAD
        )
        if row.status is not EventStatus.CANCELLED
    ]
    if not rows:
        return []
    ids = [row.id for row in rows]
    people = (
        await session.scalars(
            select(InterviewerRecord)
            .where(
                InterviewerRecord.user_id == user_id,
                InterviewerRecord.interview_id.in_(ids),
                InterviewerRecord.removed_at.is_(None),
            )
            .order_by(InterviewerRecord.created_at, InterviewerRecord.id)
        )
    ).all()
    plans = await plans_by_interviewer(session, user_id, [p.id for p in people])
    opportunity_ids = {row.opportunity_id for row in rows if row.opportunity_id is not None}
    stood_down = set()
    if opportunity_ids:
        stood_down = set(
            (
                await session.scalars(
                    select(Opportunity.id).where(
                        Opportunity.user_id == user_id,
                        Opportunity.id.in_(opportunity_ids),
                        Opportunity.stood_down_at.is_not(None),
                    )
                )
            ).all()
        )
    by_interview: dict[uuid.UUID, list[InterviewerRecord]] = {}
    for person in people:
        by_interview.setdefault(person.interview_id, []).append(person)
    return [
        _stored_candidate(
            row, by_interview.get(row.id, []), plans, row.opportunity_id in stood_down
        )
        for row in rows
    ]


def _stored_candidate(
    row: InterviewRecord,
    people: list[InterviewerRecord],
    plans: dict[uuid.UUID, Plan],
    stood_down: bool,
) -> Candidate:
    parties = []
    for person in people:
        plan = plans.get(person.id)
        parties.append(
            Party(
                name=person.name,
                email=person.email,
                title=person.title,
                role=person.role,
                hiring_manager=person.hiring_manager,
                slot_start=person.slot_start,
                slot_end=person.slot_end,
                details=details_from_plan(plan, row),
                override=plan.scenario_override if plan is not None else None,
                slot_title=person.topic,
            )
        )
    recruiter = None
    if row.recruiter_email or row.recruiter_name:
        recruiter = Party(row.recruiter_name, row.recruiter_email, None, Role.RECRUITER)
    return Candidate(
        id=row.external_id,
        title=row.title,
        company=row.company,
        position=row.position,
        start=row.start,
        end=row.end,
        interviewers=tuple(parties),
        recruiter=recruiter,
        missing_emails=row.missing_emails,
        stood_down=stood_down,
        debrief_at=row.debrief_at,
        company_source=company_source(row.company_source),
    )


def graph_candidate(interview: Interview) -> Candidate:
    recruiter = _contact_party(interview.recruiter)
    return Candidate(
        id=interview.key,
        title=interview.title,
        company=interview.company,
        company_source=interview.company_source,
        position=interview.position,
        start=interview.start,
        end=interview.end,
        interviewers=tuple(
            Party(
                name=i.name,
                email=i.email,
                title=i.title,
                role=i.role,
                hiring_manager=i.hiring_manager,
                slot_start=i.slot_start,
                slot_end=i.slot_end,
                slot_title=i.topic,
            )
            for i in interview.interviewers
        ),
        recruiter=recruiter,
        missing_emails=interview.missing_emails,
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
        events = await GraphCalendar(client).list_events(
            now - WINDOW_PAST, now + WINDOW_AHEAD, timezone=timezone
        )
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


async def _with_stand_downs(
    session: AsyncSession, user_id: uuid.UUID, candidates: list[Candidate]
) -> list[Candidate]:
    """Interviews not stored yet still belong to an opportunity the user may have stood down
    from: same company, and the same position or one of the two without a position."""
    if not candidates:
        return candidates
    stood_down = (
        await session.execute(
            select(Opportunity.company_key, Opportunity.position_key).where(
                Opportunity.user_id == user_id, Opportunity.stood_down_at.is_not(None)
            )
        )
    ).all()
    if not stood_down:
        return candidates

    def covered(candidate: Candidate) -> bool:
        company = normalize_key(candidate.company, company=True)
        position = normalize_key(candidate.position)
        return bool(company) and any(
            row.company_key == company
            and (not row.position_key or not position or row.position_key == position)
            for row in stood_down
        )

    return [replace(c, stood_down=True) if covered(c) else c for c in candidates]


# --- matching -------------------------------------------------------------------------------


def _rank(candidate: Candidate, now: datetime) -> tuple[int, float]:
    # Ended interviews first, the most recent of them first; then the soonest coming.
    end = candidate.end or candidate.start
    if end is not None and end <= now:
        return (0, -end.timestamp())
    start = candidate.start or end
    return (1, start.timestamp() if start is not None else float("inf"))


def match_recipients(
    recipients: list[tuple[str, str | None]], candidates: list[Candidate], now: datetime
) -> tuple[list[Match], list[tuple[str, str | None]]]:
    ordered = sorted(candidates, key=lambda c: _rank(c, now))
    matches: list[Match] = []
    unmatched: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for email, name in recipients:
        address = email.strip().lower()
        if address in seen:
            continue
        seen.add(address)
        found = _match_one(address, email, name, ordered, now)
        if found is None:
            unmatched.append((email, name))
        else:
            matches.append(found)
    return matches, unmatched


def _match_one(
    address: str, email: str, name: str | None, ordered: list[Candidate], now: datetime
) -> Match | None:
    for candidate in ordered:
        for party in candidate.interviewers:
            if party.email and party.email.strip().lower() == address:
                choice = default_scenario(
                    Person(party.name, party.email, party.title, party.hiring_manager),
                    party.details,
                    stood_down=candidate.stood_down,
                )
                return Match(email, name, candidate, party, choice)
    for candidate in ordered:
        recruiter = candidate.recruiter
        if recruiter and recruiter.email and recruiter.email.strip().lower() == address:
            return Match(email, name, candidate, recruiter, _recruiter_choice(candidate, now))
    return None


def _recruiter_choice(candidate: Candidate, now: datetime) -> ScenarioChoice:
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


# --- the response ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SuggestContext:
    settings: Settings
    microsoft: MicrosoftGraph | None
    assertion: str | None
    now: datetime


async def suggest(
    session: AsyncSession,
    user: User,
    identity: Identity,
    body: SuggestRequest,
    context: SuggestContext,
) -> dict[str, Any]:
    now = context.now
    timezone = planning_timezone(user, context.settings.timezone)
    stored = await stored_candidates(session, user.id, now)
    from_graph: list[Candidate] = []
    graph_status = "off"
    if body.recipients:
        from_graph, graph_status = await graph_candidates(
            context.microsoft,
            session,
            user,
            identity,
            context.assertion,
            timezone=timezone,
            now=now,
        )
    known = {c.id for c in stored}
    from_graph = await _with_stand_downs(
        session, user.id, [c for c in from_graph if c.id not in known]
    )
    candidates = stored + from_graph
    matches, unmatched = match_recipients(
        [(r.email, r.name) for r in body.recipients], candidates, now
    )
    candidate_name = user.name or identity.name or context.settings.local_user_name
    # Drafting and the voice check are CPU work: off the event loop (app/api/offload.py).
    suggestion, voice = await off_loop(
        len(body.body or "") + (DRAFT_COST if matches else 0),
        _suggestion_and_voice,
        body,
        matches,
        candidate_name=candidate_name,
        timezone=timezone,
        now=now,
    )
    return {
        "matches": [_match_json(m) for m in matches],
        "suggestion": suggestion,
        "voice": voice,
        "unmatched": [{"email": email, "name": name} for email, name in unmatched],
        "calendar": {"stored": len(stored), "graph": graph_status, "timezone": timezone},
    }


def _suggestion_and_voice(
    body: SuggestRequest,
    matches: list[Match],
    *,
    candidate_name: str | None,
    timezone: str,
    now: datetime,
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    suggestion, draft_send_by = None, None
    if matches:
        suggestion, draft_send_by = _suggestion(
            matches[0], body, candidate_name=candidate_name, timezone=timezone, now=now
        )
    voice = None
    if body.body is not None:
        voice = _voice(body, suggestion, matches, candidate_name, draft_send_by, now)
    return suggestion, voice


def _match_json(found: Match) -> dict[str, Any]:
    party = found.party
    return {
        "recipient": {"email": found.email, "name": found.name},
        "interview": found.candidate.as_json(),
        "interviewer": {
            "name": party.name,
            "email": party.email,
            "title": party.title,
            "role": party.role,
        },
        "default_scenario": choice_json(found.choice),
        "stood_down": found.candidate.stood_down,
    }


def _suggestion(
    found: Match,
    body: SuggestRequest,
    *,
    candidate_name: str | None,
    timezone: str,
    now: datetime,
) -> tuple[dict[str, Any], datetime | None]:
    party, candidate, choice = found.party, found.candidate, found.choice
    reasons = list(choice.reasons)
    if body.details is not None:
        details = body.details.to_core()
        if details.debrief_at is None and candidate.debrief_at is not None:
            details = replace(details, debrief_at=candidate.debrief_at)
        scenario = body.details.scenario or choice.scenario
    else:
        details = party.details
        scenario = choice.scenario
        if party.override is not None and not candidate.stood_down:
            scenario = party.override
            reasons.append(f"You chose “{SCENARIOS[scenario].label}” for this person earlier.")
    if candidate.stood_down:
        # Standing down is about the opportunity: no scenario choice brings a note back.
        scenario = Scenario.STAND_DOWN
    draft: dict[str, Any] | None = None
    send_by = None
    if scenario is Scenario.STAND_DOWN:
        draft = stand_down_json()
    elif scenario is not None:
        written = compose_draft(
            DraftInput(
                scenario=scenario,
                interviewer=Person(party.name, party.email, party.title, party.hiring_manager),
                candidate_name=candidate_name,
                company=candidate.company,
                company_source=candidate.company_source,
                position=candidate.position,
                interview=InterviewTime(
                    party.slot_start or candidate.start,
                    party.slot_end or candidate.end,
                    timezone,
                ),
                details=details,
                slot=Slot(party.slot_title, party.slot_start, party.slot_end)
                if party.slot_title or party.slot_start
                else None,
                # Its place in the panel words the note apart from the others' (issue 15).
                panel_position=_panel_position(candidate, party),
            ),
            now=now,
        )
        draft = draft_json(written, now)
        send_by = written.send_by
    return (
        {
            "recipient": found.email,
            "interview_id": candidate.id,
            "scenario": scenario,
            "suggested": choice.scenario,
            "reasons": reasons,
            "details": _details_json(details),
            "questions": [
                {"area": q.area, "label": q.label, "text": q.text}
                for q in suggest_questions(details.topic)
            ],
            "draft": draft,
        },
        send_by,
    )


def _panel_position(candidate: Candidate, party: Party) -> int:
    """The party's place in the panel, by slot time then address or name: the same however
    the rows were read, so a note's wording never changes between two opens of the pane."""
    panel = sorted(
        candidate.interviewers,
        key=lambda p: (
            p.slot_start is None,
            p.slot_start.isoformat() if p.slot_start else "",
            (p.email or "").lower(),
            p.name or "",
        ),
    )
    return next((n for n, p in enumerate(panel) if p == party), 0)


def _details_json(details: Details) -> dict[str, Any]:
    return {
        "topic": details.topic,
        "stumble": details.stumble,
        "what_happened": details.what_happened,
        "restatement": details.restatement,
        "questions": list(details.questions),
        "risk_areas": list(details.risk_areas),
        "debrief_at": _iso(details.debrief_at),
    }


def _voice(
    body: SuggestRequest,
    suggestion: dict[str, Any] | None,
    matches: list[Match],
    candidate_name: str | None,
    send_by: datetime | None,
    now: datetime,
) -> dict[str, Any]:
    raw = body.body or ""
    as_html = body.body_type == "html" or (body.body_type is None and looks_like_html(raw))
    text, truncated = html_to_text(raw) if as_html else plain_text(raw)
    scenario = suggestion["scenario"] if suggestion is not None else None
    if scenario is None and body.details is not None:
        scenario = body.details.scenario
    if scenario is not None and not SCENARIOS[scenario].drafts:
        scenario = None
    terms: list[str] = [t for t in (candidate_name,) if t]
    if matches:
        first = matches[0]
        terms += [
            t
            for t in (
                first.party.name,
                first.party.title,
                first.candidate.company,
                first.candidate.position,
            )
            if t
        ]
    if body.details is not None and body.details.topic:
        terms.append(body.details.topic)
    # Without a scenario only the checks that apply to any note run (stand_down's set).
    report = check_voice(
        text,
        scenario or Scenario.STAND_DOWN,
        send_by=send_by if scenario is Scenario.RECOVERY else None,
        now=now,
        known_terms=terms,
    )
    return {
        **voice_json(report, text),
        "scenario": scenario,
        "text": text if as_html else None,
        "truncated": truncated,
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- standing down --------------------------------------------------------------------------


async def stand_down_from_pane(
    session: AsyncSession,
    user: User,
    interview_id: str,
    *,
    company: str | None,
    position: str | None,
    reason: str | None,
    now: datetime,
    timezone: str,
) -> dict[str, Any]:
    """Stand down from the opportunity an interview belongs to (PLAYBOOK §1).

    The opportunity is marked stood down and every open draft for it is cancelled; the
    auto-draft planner then plans nothing more for it, including later interviews with the
    same company and position. An interview RightNote has not stored yet (seen only in Graph)
    needs the company from the caller, so the opportunity exists when that interview arrives.
    """
    source = interview_id.partition(":")[0]
    row = await find_interview(session, user.id, source, interview_id)
    opportunity = None
    if row is not None:
        company, position = row.company or company, row.position or position
        if row.opportunity_id is not None:
            opportunity = await get_opportunity(session, user.id, row.opportunity_id)
    if opportunity is None:
        if not company:
            raise BadRequest(
                "RightNote cannot tell which company this interview is with; pass `company`."
            )
        opportunity = await get_or_create_opportunity(session, user.id, company, position)
        if row is not None:
            row.opportunity_id = opportunity.id
            await session.flush()
    cancelled = 0
    if opportunity.stood_down_at is None:
        cancelled = await stand_down(session, user.id, opportunity.id, now, reason) or 0
    # Let the auto-draft planner see the stand-down for every interview of the opportunity.
    replanned = await replan_opportunity(session, user, opportunity.id, now=now, timezone=timezone)
    cancelled += replanned.cancelled
    label = opportunity.company + (f" – {opportunity.position}" if opportunity.position else "")
    drafts = f"{cancelled} pending draft{'s' if cancelled != 1 else ''} cancelled"
    return {
        "stood_down": True,
        "company": opportunity.company,
        "position": opportunity.position,
        "cancelled_drafts": cancelled,
        "message": (
            f"You stood down from {label}. RightNote will not write any note for it "
            f"({drafts}). RightNote never sends email itself: nothing was sent."
        ),
    }
