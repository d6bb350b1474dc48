"""What a card carries from one click to the next, and what the user typed into it.

Google sends back only the clicked action's string parameters and the form inputs, so who a note
is for (`NoteTarget`) travels as one JSON parameter: the next click needs no Calendar call. It is
the user's own data in their own session; nothing privileged is decided from it (store writes are
always filtered by the verified user).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import orjson

from app.addons.google_request import GoogleAddonContext
from app.calendar.model import EARLIEST_YEAR, LATEST_YEAR, Interview, Interviewer
from app.playbook.models import (
    CompanySource,
    Details,
    InterviewTime,
    Person,
    RiskArea,
    company_source,
)
from app.playbook.questions import MAX_QUESTIONS
from app.playbook.scenarios import Scenario
from app.suggestions.candidates import Candidate, Match, Party

TARGET_PARAM = "target"
HAD_TO_PARAM = "had_to"
_LIMIT = 300
_SCENARIOS = frozenset(str(s) for s in Scenario)
_AREAS = frozenset(str(a) for a in RiskArea)


def parse_scenario(value: str | None) -> Scenario | None:
    return Scenario(value) if value in _SCENARIOS else None


def _text(value: Any, limit: int = _LIMIT) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    # A field holding only invisible characters (a zero-width space left by a paste, a BOM)
    # is empty: as a topic it would make "talking about  with you", as pasted text a note.
    if not any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in value):
        return None
    return value[:limit] or None


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    # Years an interview can be in: at the edges of what Python holds (years 1 and 9999) moving
    # a time to the user's zone overflows.
    if moment.tzinfo is None or not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        return None
    return moment


@dataclass(frozen=True, slots=True)
class NoteTarget:
    """The interviewer a note is for, and the interview it follows."""

    interview_key: str | None = None
    title: str | None = None
    company: str | None = None
    position: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    name: str | None = None
    email: str | None = None
    job_title: str | None = None
    hiring_manager: bool = False
    # What the invite's schedule says this slot covered: the topic's starting value.
    slot_topic: str | None = None
    # "domain": `company` is only an address's domain as a name; the note leaves it out.
    company_source: CompanySource | None = None

    @classmethod
    def of_interview(cls, interview: Interview | Candidate) -> NoteTarget:
        """The interview alone (what standing down needs), without a person."""
        return cls(
            # A calendar interview's key is what the store keeps as a candidate's id.
            interview_key=interview.key if isinstance(interview, Interview) else interview.id,
            title=interview.title or None,
            company=interview.company,
            position=interview.position,
            start=interview.start,
            end=interview.end,
            company_source=interview.company_source,
        )

    @classmethod
    def of(cls, interview: Interview | Candidate, person: Interviewer | Party) -> NoteTarget:
        return replace(
            cls.of_interview(interview),
            name=person.name,
            email=person.email,
            job_title=person.title,
            hiring_manager=person.hiring_manager,
            slot_topic=person.topic if isinstance(person, Interviewer) else person.slot_title,
        )

    @classmethod
    def of_match(cls, found: Match) -> NoteTarget:
        """The person and interview a suggestion service match is for."""
        return cls.of(found.candidate, found.party)

    def to_param(self) -> str:
        data = {
            "k": self.interview_key,
            "t": self.title,
            "c": self.company,
            "p": self.position,
            "s": self.start.isoformat() if self.start else None,
            "e": self.end.isoformat() if self.end else None,
            "n": self.name,
            "a": self.email,
            "j": self.job_title,
            "h": self.hiring_manager,
            "o": self.slot_topic,
            "cs": self.company_source,
        }
        return json.dumps(
            {k: v for k, v in data.items() if v not in (None, False)},
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def from_param(cls, value: str | None) -> NoteTarget | None:
        """The target a card sent back; None when absent or not ours (never raises)."""
        if not value:
            return None
        try:
            data = orjson.loads(value)  # json.loads raises RecursionError on deep nesting
        except orjson.JSONDecodeError:
            return None
        if not isinstance(data, dict):
            return None
        return cls(
            interview_key=_text(data.get("k"), 1024),
            title=_text(data.get("t")),
            company=_text(data.get("c")),
            position=_text(data.get("p")),
            start=_when(data.get("s")),
            end=_when(data.get("e")),
            name=_text(data.get("n"), 200),
            email=_text(data.get("a"), 320),
            job_title=_text(data.get("j")),
            hiring_manager=data.get("h") is True,
            slot_topic=_text(data.get("o")),
            company_source=company_source(data.get("cs")),
        )

    def person(self) -> Person:
        return Person(self.name, self.email, self.job_title, self.hiring_manager)

    def interview_time(self, timezone: str) -> InterviewTime:
        return InterviewTime(self.start, self.end, timezone)


@dataclass(frozen=True, slots=True)
class NoteForm:
    """The compose card's inputs as the user left them."""

    scenario: Scenario | None = None
    topic: str | None = None
    stumble: str | None = None
    what_happened: str | None = None
    restatement: str | None = None
    areas: tuple[RiskArea, ...] = ()
    written: tuple[str, ...] = ()
    own_text: str | None = None

    @classmethod
    def read(cls, ctx: GoogleAddonContext) -> NoteForm:
        scenario = parse_scenario(ctx.string_input("scenario"))
        areas = tuple(
            RiskArea(value)
            for value in dict.fromkeys(ctx.string_inputs("questions"))
            if value in _AREAS
        )
        written = tuple(q for q in (_text(ctx.string_input(f"question_{i}")) for i in (1, 2)) if q)
        return cls(
            scenario=scenario,
            topic=_text(ctx.string_input("topic"), 160),
            stumble=_text(ctx.string_input("stumble")),
            what_happened=_text(ctx.string_input("what_happened")),
            restatement=_text(ctx.string_input("restatement"), 600),
            areas=areas,
            written=written,
            own_text=_text(ctx.string_input("own_text"), 5000),
        )

    @property
    def too_many_questions(self) -> bool:
        return len(self.areas) + len(self.written) > MAX_QUESTIONS

    def details(self, scenario: Scenario, debrief_at: datetime | None = None) -> Details:
        """Only what the scenario uses, so a stray field never leaks into another kind of note."""
        if scenario is Scenario.RECOVERY:
            return Details(
                topic=self.topic,
                stumble=self.stumble or "",
                what_happened=self.what_happened,
                restatement=self.restatement,
                debrief_at=debrief_at,
            )
        if scenario is Scenario.FOLLOW_UP:
            return Details(topic=self.topic, questions=self.written, risk_areas=self.areas)
        return Details(topic=self.topic)
