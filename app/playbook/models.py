"""Plain data the playbook engine takes and gives. Frozen dataclasses: cheap, hashable, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal

from app.playbook.scenarios import Objective, Scenario

CompanySource = Literal["invite", "domain"]


def company_source(value: object) -> CompanySource | None:
    """A stored or sent-back provenance read back: "invite", "domain", else None."""
    return "domain" if value == "domain" else "invite" if value == "invite" else None


class RiskArea(StrEnum):
    """Where a follow-up question can probe why the job might not fit (PLAYBOOK §4)."""

    FUNDING = "funding"  # funding and runway
    GROWTH = "growth"  # growth and leadership path
    GOALS = "goals"  # goals versus outcomes
    TEAM = "team"  # team stability
    SCOPE = "scope"  # scope of the role


@dataclass(frozen=True, slots=True)
class Person:
    name: str | None = None
    email: str | None = None
    title: str | None = None
    # The invite calls this person the hiring manager (overrides the title's role).
    hiring_manager: bool = False


@dataclass(frozen=True, slots=True)
class InterviewTime:
    start: datetime | None = None
    end: datetime | None = None
    # IANA zone of the candidate; naive datetimes are read in it. None means UTC.
    timezone: str | None = None


@dataclass(frozen=True, slots=True)
class Details:
    """What the user told us. Anything missing becomes a visible [placeholder] in the draft."""

    # What you discussed ("the billing migration").
    topic: str | None = None
    # Recovery: what went wrong, as you observed it ("my answer on cache invalidation was wrong").
    # Any value flags a stumble with this interviewer (the default scenario becomes recovery);
    # "" flags it without saying what happened yet. None: no stumble.
    stumble: str | None = None
    # Recovery: what you think was happening ("I answered the question I expected, not yours").
    what_happened: str | None = None
    # Recovery: what you wanted them to hear in the first place.
    restatement: str | None = None
    questions: tuple[str, ...] = ()
    risk_areas: tuple[RiskArea, ...] = ()
    # When the hiring team meets to decide; the recovery note must arrive before it.
    debrief_at: datetime | None = None

    @property
    def stumbled(self) -> bool:
        return self.stumble is not None


@dataclass(frozen=True, slots=True)
class Slot:
    """This interviewer's own part of a loop, as the invite's schedule gives it."""

    # What the schedule calls the slot ("System Design", "Lunch"): a fact, quoted as given.
    title: str | None = None
    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True, slots=True)
class DraftInput:
    scenario: Scenario
    interviewer: Person
    candidate_name: str | None = None
    company: str | None = None
    position: str | None = None
    interview: InterviewTime = field(default_factory=InterviewTime)
    details: Details = field(default_factory=Details)
    slot: Slot | None = None
    # This interviewer's place in the interview's panel (0, 1, ...): openings, subjects and
    # sign-offs rotate with it, so no two notes of one panel read the same.
    panel_position: int = 0
    # Where `company` came from: "invite" (the invite's own words name it), "domain" (only an
    # address's domain written as a name: "Acmecorp" from acmecorp.com, never put in a
    # sentence), or None: the caller typed it as a name (API, CLI, settings).
    company_source: CompanySource | None = None


class Severity(StrEnum):
    HOLD = "hold"
    REVISE = "revise"


class Verdict(StrEnum):
    SEND = "send"
    REVISE = "revise"
    HOLD = "hold"


class FindingCode(StrEnum):
    """Stable API names (PLAYBOOK §5)."""

    ANXIOUS_APOLOGY = "anxious_apology"
    PLEADING = "pleading"
    SELF_DEPRECATION = "self_deprecation"
    BLAME_SHIFT = "blame_shift"
    INTENSITY = "intensity"
    HEDGING = "hedging"
    OUTSIDER_VOICE = "outsider_voice"
    TOO_MANY_QUESTIONS = "too_many_questions"
    MISSING_QUESTION = "missing_question"
    QUESTION_IN_GRATITUDE = "question_in_gratitude"
    TOO_LONG = "too_long"
    MIXED_OBJECTIVE = "mixed_objective"
    MISSING_THANKS = "missing_thanks"
    MISSING_BLAME = "missing_blame"
    MISSING_RESTATEMENT = "missing_restatement"
    PLACEHOLDER_LEFT = "placeholder_left"
    PAST_SEND_BY = "past_send_by"


@dataclass(frozen=True, slots=True)
class Finding:
    code: FindingCode
    severity: Severity
    # Character offsets into the checked text ([start, end) — Python slicing). A finding about
    # the note as a whole (missing_thanks, too_long ...) spans the whole text.
    start: int
    end: int
    message: str
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class Metrics:
    words: int
    sentences: int
    questions: int
    # Share of first-person-plural words (we/us/our) among team-referring pronouns (we/us/our and
    # your/yours). 0.0 when the note uses neither.
    we_ratio: float
    # Flesch-Kincaid grade level.
    reading_grade: float
    exclamation_marks: int


@dataclass(frozen=True, slots=True)
class VoiceReport:
    verdict: Verdict
    findings: tuple[Finding, ...]
    metrics: Metrics


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A question the user may pick and edit; never put in a note unasked."""

    area: RiskArea
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Ignored:
    """A field the user supplied that this scenario does not use, and why."""

    field: str
    why: str


@dataclass(frozen=True, slots=True)
class Draft:
    scenario: Scenario
    objective: Objective
    subject: str
    text: str
    html: str
    # Recipient address when known; None means the To line stays empty.
    to: str | None
    send_by: datetime | None
    # The [placeholders] left in the text, in order of appearance, without duplicates.
    placeholders: tuple[str, ...]
    voice: VoiceReport
    # follow_up: risk-area questions to pick from and edit (PLAYBOOK §4); empty elsewhere.
    suggestions: tuple[Suggestion, ...] = ()
    # What the user gave that this scenario leaves out, so nothing is dropped silently.
    ignored: tuple[Ignored, ...] = ()
