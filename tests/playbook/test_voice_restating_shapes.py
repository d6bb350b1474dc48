"""The point restated in shapes the restatement reading missed (issue 14: a recovery note that
does restate its answer must not get missing_restatement): the fact given just before a short
tag of ownership that closes the note ("... came in four weeks early. My fault entirely."), and
a restatement frame on any noun that is the subject of a present-tense clause ("The query I
meant to write returns one row per customer"). Every note below is our own; each positive fails
on the tree before this change, and each near miss keeps its missing_restatement."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def codes(text: str) -> set[str]:
    return {f.code.value for f in check_voice(text, Scenario.RECOVERY).findings}


def tagged(fact: str, tag: str) -> str:
    return (
        "Hi Tomasz,\n\nThank you for the panel interview on Thursday. I gave you the wrong "
        f"completion year for the harbour bridge retrofit. {fact} {tag}\n\nBest wishes,\nIngrid\n"
    )


TAGGED = [
    ("The retrofit finished in 2019 and came in four weeks early.", "My fault entirely."),
    ("The retrofit finished in 2019 and came in four weeks early.", "Totally my mistake."),
    ("Work on the bearings wrapped up in the spring of 2019.", "My error, fully."),
    ("Handover to the port authority happened in May 2019.", "My mistake entirely."),
]

TAGGED_WITHOUT_POINT = [
    # Nothing but feelings and the occasion before the tag: no point to count.
    ("Sorry for the muddle over the dates.", "My fault entirely."),
    ("I was flustered and lost my thread.", "My fault entirely."),
]


@pytest.mark.parametrize(("fact", "tag"), TAGGED)
def test_fact_before_a_closing_ownership_tag_is_the_point(fact: str, tag: str) -> None:
    found = codes(tagged(fact, tag))
    assert "missing_blame" not in found
    assert "missing_restatement" not in found


@pytest.mark.parametrize(("fact", "tag"), TAGGED_WITHOUT_POINT)
def test_a_closing_tag_after_no_point_still_misses_the_restatement(fact: str, tag: str) -> None:
    assert "missing_restatement" in codes(tagged(fact, tag))


def framed(sentence: str) -> str:
    return (
        "Hi Marguerite,\n\nThank you for the technical round yesterday. The customer query I "
        "wrote on the whiteboard was wrong, and that was my mistake alone. "
        f"{sentence}\n\nKind regards,\nDevika\n"
    )


# Each point names something the plain-fact reading sets aside (a candidate, an interview, a
# lesson), so only the frame can carry it.
FRAMED = [
    "The query I meant to write returns every interview booked in the last week.",
    "The rota I wanted to show gives each candidate a thirty-minute slot.",
    "The runbook I intended to share holds a section on lessons from past incidents.",
    "The formula I should have used needs the opportunity cost in the denominator.",
]

FRAMED_WITHOUT_POINT = [
    # The frame in the past, recounting what went wrong, gives no point.
    # Present, but about the writer: where the slides are is no point.
    "The slides I meant to show are still on my laptop from the interview.",
    "The rota I wanted to show each candidate stayed on my laptop.",
]


@pytest.mark.parametrize("sentence", FRAMED)
def test_a_frame_that_is_the_subject_of_a_present_clause_restates(sentence: str) -> None:
    assert "missing_restatement" not in codes(framed(sentence))


@pytest.mark.parametrize("sentence", FRAMED_WITHOUT_POINT)
def test_a_frame_in_the_past_does_not_restate(sentence: str) -> None:
    assert "missing_restatement" in codes(framed(sentence))
