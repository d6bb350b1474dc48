"""The suggestion for a note being written: given the user, the recipients, the note body and
optional details → the matches, the suggested scenario with its reasons, the draft and the
voice report, as a typed `SuggestResult`. The surfaces render it (`SuggestResponse.of` in
app/api/schemas_suggest.py for `/v1/suggest`); nothing here builds JSON.

The suggestion is for the first matched recipient. Drafting and the voice check are CPU work
and run off the event loop (app/offload.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.identity import Identity
from app.autodraft.records import planning_timezone
from app.offload import DRAFT_COST, off_loop
from app.playbook.defaults import AFTER_INTERVIEW, ScenarioChoice
from app.playbook.drafting import compose_draft
from app.playbook.models import (
    Details,
    Draft,
    DraftInput,
    InterviewTime,
    Person,
    Slot,
    Suggestion,
    VoiceReport,
)
from app.playbook.questions import suggest_questions
from app.playbook.scenarios import SCENARIOS, Scenario
from app.playbook.voice import check_voice
from app.providers.microsoft import MicrosoftGraph
from app.settings import Settings
from app.store.users import User
from app.suggestions.body import html_to_text, looks_like_html, plain_text
from app.suggestions.candidates import (
    Candidate,
    Match,
    Party,
    graph_candidates,
    match_candidates,
)
from app.suggestions.repository import stored_candidates, with_stand_downs


@dataclass(frozen=True, slots=True)
class SuggestQuery:
    """What the compose window holds: its recipients (To, then Cc), its body, and the user's
    inputs for the draft (`details`, and `scenario` when they picked the note themselves)."""

    recipients: tuple[tuple[str, str | None], ...] = ()
    body: str | None = None
    body_type: str | None = None  # "html", "text", or None to detect
    details: Details | None = None
    scenario: Scenario | None = None


@dataclass(frozen=True, slots=True)
class SuggestContext:
    settings: Settings
    microsoft: MicrosoftGraph | None
    # The caller's own token: the on-behalf-of assertion for reading their Outlook calendar.
    assertion: str | None
    now: datetime


@dataclass(frozen=True, slots=True)
class NoteSuggestion:
    match: Match
    scenario: Scenario | None  # the note to write (None: no note needed)
    suggested: Scenario | None  # what the playbook suggested before the user's choice
    reasons: tuple[str, ...]
    details: Details
    questions: tuple[Suggestion, ...]
    draft: Draft | None  # None for stand-down and for no note


@dataclass(frozen=True, slots=True)
class VoiceCheck:
    report: VoiceReport
    text: str
    scenario: Scenario | None
    from_html: bool
    truncated: bool


@dataclass(frozen=True, slots=True)
class SuggestResult:
    matches: tuple[Match, ...]
    suggestion: NoteSuggestion | None
    voice: VoiceCheck | None
    unmatched: tuple[tuple[str, str | None], ...]
    stored: int  # interviews read from the store
    graph: str  # how reading Outlook went: off, ok, consent_required, reauth_required, ...
    timezone: str
    now: datetime


@dataclass(frozen=True, slots=True)
class Found:
    matches: list[Match]
    unmatched: tuple[tuple[str, str | None], ...]
    stored: int  # interviews read from the store


async def find_matches(
    session: AsyncSession,
    user_id: uuid.UUID,
    recipients: Sequence[tuple[str, str | None]],
    now: datetime,
    *,
    also: Sequence[Candidate] = (),
    timezone: str | None = None,
) -> Found:
    """The recipients matched to the user's stored interviews and to `also` (interviews read
    live from a calendar: Graph for the Outlook pane, Google Calendar for the Gmail card).
    A stored interview wins over the same one read live, since it carries the user's plans.
    Each match carries the note suggested at `now` (none yet before the interview has ended);
    `timezone` is the user's, for the times its reasons give."""
    stored = await stored_candidates(session, user_id, now)
    known = {c.id for c in stored}
    live = await with_stand_downs(session, user_id, [c for c in also if c.id not in known])
    matches, unmatched = match_candidates(recipients, stored + live, now, timezone=timezone)
    return Found(matches, tuple(unmatched), len(stored))


async def suggest(
    session: AsyncSession,
    user: User,
    identity: Identity,
    query: SuggestQuery,
    context: SuggestContext,
) -> SuggestResult:
    now = context.now
    timezone = planning_timezone(user, context.settings.timezone)
    from_graph: list[Candidate] = []
    graph_status = "off"
    if query.recipients:
        from_graph, graph_status = await graph_candidates(
            context.microsoft,
            session,
            user,
            identity,
            context.assertion,
            timezone=timezone,
            now=now,
        )
    found = await find_matches(
        session, user.id, query.recipients, now, also=from_graph, timezone=timezone
    )
    matches = found.matches
    candidate_name = user.name or identity.name or context.settings.local_user_name
    suggestion, voice = await off_loop(
        len(query.body or "") + (DRAFT_COST if matches else 0),
        suggestion_and_voice,
        query,
        matches,
        candidate_name=candidate_name,
        timezone=timezone,
        now=now,
    )
    return SuggestResult(
        matches=tuple(matches),
        suggestion=suggestion,
        voice=voice,
        unmatched=found.unmatched,
        stored=found.stored,
        graph=graph_status,
        timezone=timezone,
        now=now,
    )


def suggestion_and_voice(
    query: SuggestQuery,
    matches: list[Match],
    *,
    candidate_name: str | None,
    timezone: str,
    now: datetime,
) -> tuple[NoteSuggestion | None, VoiceCheck | None]:
    suggestion = None
    if matches:
        suggestion = note_suggestion(
            matches[0], query, candidate_name=candidate_name, timezone=timezone, now=now
        )
    voice = None
    if query.body is not None:
        voice = voice_check(query, suggestion, matches, candidate_name, now)
    return suggestion, voice


def note_suggestion(
    found: Match,
    query: SuggestQuery,
    *,
    candidate_name: str | None,
    timezone: str,
    now: datetime,
) -> NoteSuggestion:
    party, candidate, choice = found.party, found.candidate, found.choice
    reasons = list(choice.reasons)
    if query.details is not None:
        details = query.details
        if details.debrief_at is None and candidate.debrief_at is not None:
            details = replace(details, debrief_at=candidate.debrief_at)
        scenario = query.scenario or choice.scenario
    else:
        details = party.details
        scenario = choice.scenario
        if party.override is not None and not candidate.stood_down:
            chosen = SCENARIOS[party.override].label
            if choice.not_yet is not None and party.override in AFTER_INTERVIEW:
                # A plan for after the interview waits for it, as the playbook's default does.
                reasons.append(
                    f"You chose “{chosen}” for this person: it comes once the interview has ended."
                )
            else:
                scenario = party.override
                reasons.append(f"You chose “{chosen}” for this person earlier.")
    if candidate.stood_down:
        # Standing down is about the opportunity: no scenario choice brings a note back.
        scenario = Scenario.STAND_DOWN
    draft = None
    if scenario is not None and scenario is not Scenario.STAND_DOWN:
        draft = compose_draft(
            DraftInput(
                scenario=scenario,
                interviewer=Person(party.name, party.email, party.title, party.hiring_manager),
                candidate_name=candidate_name,
                company=candidate.company,
                company_source=candidate.company_source,
                position=candidate.position,
                interview=InterviewTime(
                    party.slot_start or candidate.start, party.slot_end or candidate.end, timezone
                ),
                details=details,
                slot=Slot(party.slot_title, party.slot_start, party.slot_end)
                if party.slot_title or party.slot_start
                else None,
                # Its place in the panel words the note apart from the others' (issue 15).
                panel_position=panel_position(candidate, party),
            ),
            now=now,
        )
    return NoteSuggestion(
        match=found,
        scenario=scenario,
        suggested=choice.scenario,
        reasons=tuple(reasons),
        details=details,
        questions=tuple(suggest_questions(details.topic)),
        draft=draft,
    )


def panel_position(candidate: Candidate, party: Party) -> int:
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


def note_text(body: str, body_type: str | None) -> tuple[str, bool, bool]:
    """(text, from_html, truncated): the user's note as the voice check reads it."""
    from_html = body_type == "html" or (body_type is None and looks_like_html(body))
    text, truncated = html_to_text(body) if from_html else plain_text(body)
    return text, from_html, truncated


def voice_check(
    query: SuggestQuery,
    suggestion: NoteSuggestion | None,
    matches: list[Match],
    candidate_name: str | None,
    now: datetime,
) -> VoiceCheck:
    text, from_html, truncated = note_text(query.body or "", query.body_type)
    scenario = suggestion.scenario if suggestion is not None else None
    if scenario is None and query.details is not None:
        scenario = query.scenario
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
    if query.details is not None and query.details.topic:
        terms.append(query.details.topic)
    send_by = suggestion.draft.send_by if suggestion is not None and suggestion.draft else None
    # Without a scenario only the checks that apply to any note run (stand_down's set).
    report = check_voice(
        text,
        scenario or Scenario.STAND_DOWN,
        send_by=send_by if scenario is Scenario.RECOVERY else None,
        now=now,
        known_terms=terms,
    )
    return VoiceCheck(report, text, scenario, from_html, truncated)


__all__ = [
    "NoteSuggestion",
    "ScenarioChoice",
    "SuggestContext",
    "SuggestQuery",
    "SuggestResult",
    "VoiceCheck",
    "suggest",
]
