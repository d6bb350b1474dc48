"""Core results as JSON-ready dicts. The API and the CLI's --json print exactly these."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.playbook.defaults import ScenarioChoice
from app.playbook.models import Draft, Finding, VoiceReport
from app.playbook.scenarios import SCENARIOS, Scenario
from app.playbook.timing import describe_send_by


def finding_json(finding: Finding, text: str) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity,
        "start": finding.start,
        "end": finding.end,
        "excerpt": text[finding.start : finding.end][:200],
        "message": finding.message,
        "suggestion": finding.suggestion,
    }


def voice_json(report: VoiceReport, text: str) -> dict[str, Any]:
    m = report.metrics
    return {
        "verdict": report.verdict,
        "findings": [finding_json(f, text) for f in report.findings],
        "metrics": {
            "words": m.words,
            "sentences": m.sentences,
            "questions": m.questions,
            "we_ratio": round(m.we_ratio, 3),
            "reading_grade": round(m.reading_grade, 1),
            "exclamation_marks": m.exclamation_marks,
        },
    }


def draft_json(draft: Draft, now: datetime) -> dict[str, Any]:
    return {
        "scenario": draft.scenario,
        "objective": draft.objective,
        "subject": draft.subject,
        "text": draft.text,
        "html": draft.html,
        "to": draft.to,
        "send_by": draft.send_by.isoformat() if draft.send_by else None,
        "send_by_note": describe_send_by(draft.scenario, draft.send_by, now),
        "placeholders": list(draft.placeholders),
        "voice": voice_json(draft.voice, draft.text),
        "advice": None,
        "suggestions": [
            {"area": q.area, "label": q.label, "text": q.text} for q in draft.suggestions
        ],
        "ignored": [{"field": i.field, "why": i.why} for i in draft.ignored],
    }


def stand_down_json() -> dict[str, Any]:
    spec = SCENARIOS[Scenario.STAND_DOWN]
    return {
        "scenario": Scenario.STAND_DOWN,
        "objective": spec.objective,
        "subject": None,
        "text": None,
        "html": None,
        "to": None,
        "send_by": None,
        "send_by_note": None,
        "placeholders": [],
        "voice": None,
        "advice": spec.summary,
        "suggestions": [],
        "ignored": [],
    }


def choice_json(choice: ScenarioChoice) -> dict[str, Any]:
    return {
        "scenario": choice.scenario,
        "role": choice.role,
        "reasons": list(choice.reasons),
    }
