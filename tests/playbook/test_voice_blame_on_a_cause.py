"""Blame put on an outside cause by the shape of the clause (issue 14, cause reading), in sentences
written for these tests: a time box or outside cause followed by ", which didn't help"; ", so it
slipped my mind" and ", so my plan ended up ..." after a cause with a lack; a cause made illegible
("the labels were barely readable"); an invigilator or examiner rushing the candidate, "hence I
...".

Each positive is flagged by the voice check, found by the reading itself (so the test fails
without the mechanism), and not flagged without the reading and the scorer; each negative is
a near-pair the reading must leave alone.
"""

from __future__ import annotations

import pytest

from app.playbook import cause_reading
from app.playbook import voice_weights as vw
from app.playbook.rules import lower_same, tokens, vocabulary
from tests.playbook.voice_helpers import code_values as codes

OWN = "Still, the wrong answer is mine."
POINT = "The dosage I meant is 5 mg twice a day."


def recovery(body: str) -> str:
    return (
        "Hi Leontine,\n\nThank you for the assessment day. On the dosage station I gave the "
        f"wrong figure. {body} {OWN} {POINT}\n\nRegards,\nFergus\n"
    )


@pytest.fixture
def no_cause_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker without the reading and without the scorer."""
    monkeypatch.setattr(cause_reading, "blame_spans", lambda low, vocab: [])
    # The same module's reading of an excuse conceded by the ownership after it.
    monkeypatch.setattr(cause_reading, "conceded_spans", lambda low, vocab, owned: [])
    monkeypatch.setattr(vw, "WEIGHTS", {})


BLAME = [
    "We got only eight minutes at each station, which didn't help.",
    "The sheet they gave us had no units on it, so it slipped my mind to convert.",
    "The scenario kept changing halfway through, so my answer ended up a patchwork.",
    "The figures on the chart were barely readable under that lamp.",
    "The moderator was rushing the pairs along, hence I skipped the second check.",
]

NOT_BLAME = [
    "I had slept only four hours, which didn't help.",
    "The chart they gave us was clear, so it was my slip alone.",
    "My handwriting on the sheet was barely readable, which is on me.",
    "The labels on the vials were readable and neatly printed.",
    "The moderator was kind throughout, hence I took the second check slowly.",
]


@pytest.mark.parametrize("body", BLAME)
def test_a_cause_hung_on_the_stumble_is_blame(body: str) -> None:
    assert "blame_shift" in codes(recovery(body))
    # The reading itself finds it (the scorer alone catches some of these wordings).
    low = lower_same(recovery(body))
    assert cause_reading.blame_spans(low, vocabulary(tokens(low)))


@pytest.mark.parametrize("body", BLAME)
def test_without_the_reading_this_blame_is_missed(body: str, no_cause_reading: None) -> None:
    assert "blame_shift" not in codes(recovery(body))


@pytest.mark.parametrize("body", NOT_BLAME)
def test_the_reading_leaves_own_causes_and_plain_facts_alone(body: str) -> None:
    # The reading's own spans: other rules and the scorer are judged elsewhere.
    low = lower_same(recovery(body))
    assert cause_reading.blame_spans(low, vocabulary(tokens(low))) == []
