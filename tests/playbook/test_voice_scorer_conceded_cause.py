"""The scorer's blame finding when its best sentence is ownership conceded after a cause
(tone.scored_blame_span): "Even so, the answer was mine" names no cause of its own, so the
sentence gate used to drop the finding; the concession points back at the excuse before it."""

from __future__ import annotations

import pytest

from app.playbook import tone, voice_model
from app.playbook.models import FindingCode


def span_of(low: str, sentence: str) -> tuple[int, int]:
    start = low.index(sentence)
    return start, start + len(sentence)


CAUSE = "there was drilling next door to the meeting room and i caught only half of the question"


@pytest.mark.parametrize(
    "owned",
    [
        "even so, the answer was mine to get right",
        "the wrong answer was still mine",
        "i'll own the answer, though",
        "nonetheless, the mistake was mine",
    ],
)
def test_a_conceded_ownership_points_back_at_the_cause(owned: str) -> None:
    low = f"hi maeve,\n\nthank you for monday. {CAUSE}. {owned}.\n\nbest,\nhugh\n"
    assert tone.scored_blame_span(low, *span_of(low, owned)) == span_of(low, CAUSE)


def test_only_the_sentence_just_before_is_read_and_never_thanks() -> None:
    owned = "still, the answer was mine"
    # The excuse two sentences back is not what the concession answers.
    low = f"{CAUSE}. i skipped the risk section entirely. {owned}."
    assert tone.scored_blame_span(low, *span_of(low, owned)) is None
    low = f"thank you for your time on monday. {owned}."
    assert tone.scored_blame_span(low, *span_of(low, owned)) is None


@pytest.mark.parametrize(
    ("before", "owned"),
    [
        # No concession: plain ownership after the story of one's own mistake.
        (CAUSE, "the answer was mine to get right"),
        # The setup cleared: nothing to point back at.
        ("the question was clear, and i answered another one", "still, it was mine"),
        # A past job's story is no excuse for this interview.
        (
            "at my last job the build server kept crashing every friday afternoon",
            "even so, the miss today was mine",
        ),
        # A concession without ownership.
        (CAUSE, "even so, i enjoyed the conversation a great deal"),
    ],
)
def test_no_cause_is_found_where_none_is_conceded(before: str, owned: str) -> None:
    low = f"thank you for monday. {before}. {owned}."
    assert tone.scored_blame_span(low, *span_of(low, owned)) is None


def test_the_finding_points_at_the_cause(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through tone.blame_shift: the scorer's sentence (here forced) is the conceded ownership;
    the finding stands and points at the excuse."""
    owned = "even so, the answer was mine to get right"
    low = f"hi maeve,\n\nthank you for monday. {CAUSE}. {owned}.\n\nbest,\nhugh\n"

    def flagged(text: str, vocab: set[str], code: str) -> tuple[int, int] | None:
        return span_of(text, owned) if code == "blame_shift" else None

    monkeypatch.setattr(voice_model, "flagged", flagged)
    hits = tone.blame_shift(low, set(low.split()), low)
    assert [(h.code, h.start, h.end) for h in hits] == [
        (FindingCode.BLAME_SHIFT, *span_of(low, CAUSE))
    ]
