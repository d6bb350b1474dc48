"""People met (issue 16): the writer of the invite who says they take part in the call is one of the
people met, with the title they sign: "I'll sit in", "I'll be on the panel too", "Je serai également
présente", "Je me joindrai à vous", "I'll take the first half hour", "together with me". Joining
only to introduce everyone is no part in the interview."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import google_event, only_interview

_START, _END = "2026-11-19T14:00:00+00:00", "2026-11-19T15:00:00+00:00"
_WRITER = ("Perpetua Lindqvist", "perpetua.lindqvist@harrowgate.example")
_MANAGER = ("Osric Vantongeren", "osric.vantongeren@harrowgate.example")


def _met(sentence: str, signed: str = "Talent Acquisition Partner") -> dict[str | None, str | None]:
    page = google_event(
        "Interview - Alex Morgan - Logistics Planner",
        f"Hi Alex,\n\nYou'll meet Osric Vantongeren, Head of Logistics. {sentence}\n\n"
        f"Perpetua Lindqvist\n{signed}, Harrowgate",
        _WRITER,
        _MANAGER,
        start=_START,
        end=_END,
    )
    interview = only_interview(page)
    return {p.name: p.title for p in interview.interviewers}


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm with the people team and will sit in.",
        "I'll sit in for the whole conversation.",
        "I'll be on the panel too.",
        "I will be on the call as well.",
        "Je serai également présente pour les questions.",
        "Je me joindrai à vous pour les dernières minutes.",
        "I'll take the first twenty minutes (background and notice period).",
        "I will run the opening part before Osric joins.",
        "I'll lead the first part of the conversation.",
    ],
)
def test_the_writer_who_takes_part_is_met_with_the_title_signed(sentence: str) -> None:
    met = _met(sentence)
    assert met.get("Perpetua Lindqvist") == "Talent Acquisition Partner"
    assert "Osric Vantongeren" in met


def test_being_met_together_with_the_writer() -> None:
    met = _met("You will be meeting me and Osric together.")
    assert met.get("Perpetua Lindqvist") == "Talent Acquisition Partner"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll join for the first five minutes only to introduce everyone.",
        "I'll take the first minute to introduce everyone, then leave you to it.",
        "Let me know if anything changes.",
        "I'll be on holiday that week, so write to the team mailbox.",
    ],
)
def test_the_writer_who_only_introduces_or_stays_away_is_not_met(sentence: str) -> None:
    met = _met(sentence)
    assert "Perpetua Lindqvist" not in met
    assert "Osric Vantongeren" in met
