"""`/v1/suggest` and `/v1/stand-down` as JSON, from the suggestion service's typed results
(app/suggestions). The shapes are the ones app/api/schemas_suggest.py documents."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.api.render import choice_json, draft_json, stand_down_json, voice_json
from app.playbook.models import Details
from app.playbook.scenarios import Scenario
from app.suggestions.candidates import Match
from app.suggestions.stand_down import StandDown
from app.suggestions.suggest import NoteSuggestion, SuggestResult, VoiceCheck


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def suggest_json(result: SuggestResult) -> dict[str, Any]:
    suggestion = result.suggestion
    return {
        "matches": [match_json(m) for m in result.matches],
        "suggestion": suggestion_json(suggestion, result.now) if suggestion else None,
        "voice": voice_check_json(result.voice) if result.voice is not None else None,
        "unmatched": [{"email": email, "name": name} for email, name in result.unmatched],
        "calendar": {"stored": result.stored, "graph": result.graph, "timezone": result.timezone},
    }


def match_json(found: Match) -> dict[str, Any]:
    party, candidate = found.party, found.candidate
    return {
        "recipient": {"email": found.email, "name": found.name},
        "interview": {
            "id": candidate.id,
            "title": candidate.title,
            "company": candidate.company,
            "position": candidate.position,
            "start": _iso(candidate.start),
            "end": _iso(candidate.end),
        },
        "interviewer": {
            "name": party.name,
            "email": party.email,
            "title": party.title,
            "role": party.role,
        },
        "default_scenario": choice_json(found.choice),
        "stood_down": candidate.stood_down,
    }


def suggestion_json(suggestion: NoteSuggestion, now: datetime) -> dict[str, Any]:
    draft = None
    if suggestion.scenario is Scenario.STAND_DOWN:
        draft = stand_down_json()
    elif suggestion.draft is not None:
        draft = draft_json(suggestion.draft, now)
    return {
        "recipient": suggestion.match.email,
        "interview_id": suggestion.match.candidate.id,
        "scenario": suggestion.scenario,
        "suggested": suggestion.suggested,
        "reasons": list(suggestion.reasons),
        "details": details_json(suggestion.details),
        "questions": [
            {"area": q.area, "label": q.label, "text": q.text} for q in suggestion.questions
        ],
        "draft": draft,
    }


def details_json(details: Details) -> dict[str, Any]:
    return {
        "topic": details.topic,
        "stumble": details.stumble,
        "what_happened": details.what_happened,
        "restatement": details.restatement,
        "questions": list(details.questions),
        "risk_areas": list(details.risk_areas),
        "debrief_at": _iso(details.debrief_at),
    }


def voice_check_json(voice: VoiceCheck) -> dict[str, Any]:
    return {
        **voice_json(voice.report, voice.text),
        "scenario": voice.scenario,
        "text": voice.text if voice.from_html else None,
        "truncated": voice.truncated,
    }


def stand_down_result_json(done: StandDown) -> dict[str, Any]:
    opportunity = done.opportunity
    assert opportunity is not None  # /v1/stand-down requires a company (company_required)
    label = opportunity.company + (f" – {opportunity.position}" if opportunity.position else "")
    drafts = f"{done.cancelled} pending draft{'s' if done.cancelled != 1 else ''} cancelled"
    return {
        "stood_down": True,
        "company": opportunity.company,
        "position": opportunity.position,
        "cancelled_drafts": done.cancelled,
        "message": (
            f"You stood down from {label}. RightNote will not write any note for it "
            f"({drafts}). RightNote never sends email itself: nothing was sent."
        ),
    }
