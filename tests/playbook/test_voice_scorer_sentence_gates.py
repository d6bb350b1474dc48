"""The sentence gates in front of the learned scorer's hold findings (tone._or_scored): the
scorer weighs the note's words; its best sentence must still carry the code's cue (pleading,
self_deprecation) or a cause that stands (blame_shift). Word families rather than phrasings."""

from __future__ import annotations

import pytest

from app.playbook import jab_reading, stakes_reading, tone


def whole(sentence: str) -> tuple[str, int, int]:
    return sentence, 0, len(sentence)


# --- pleading: the stakes a sentence lays on the reader --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "my permit runs out in march and i have booked nothing for after that",
        "my whole family is depending on me clearing this selection",
        "this is the last interview i have in the pipeline",
        "my children's school fees are due in january, so i am trusting you with this",
        "i shall hardly breathe until i hear your decision",
    ],
)
def test_stakes_are_a_plea_cue(sentence: str) -> None:
    assert stakes_reading.plea_cued_in(*whole(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "i look forward to hearing about next steps",
        "the slides from today are attached for your team",
    ],
)
def test_calm_sentences_hold_no_plea_cue(sentence: str) -> None:
    assert not stakes_reading.plea_cued_in(*whole(sentence))


# --- self_deprecation: the candidate set against others, a standing trait --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "i'm sure you have far stronger candidates anyway",
        "i'm the type who crumbles when someone's watching",
        "i know i'm the underdog here",
        "truth is i've always gone to pieces under pressure",
    ],
)
def test_comparison_and_trait_are_self_talk_cues(sentence: str) -> None:
    assert stakes_reading.self_cued_in(*whole(sentence))


def test_a_plain_sentence_holds_no_self_talk_cue() -> None:
    assert not stakes_reading.self_cued_in(*whole("i enjoyed hearing about the depot move"))


# --- blame_shift: negation over the cause, praise with no fault ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "it wasn't the wifi",
        "that was down to my prep, not the question",
        "i'd like to say the lag threw me, but it didn't",
    ],
)
def test_a_cause_under_negation_does_not_stand(sentence: str) -> None:
    assert not tone.scored_blame_stands(*whole(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "the brief you sent left out the expected scale",
        "nobody told me the format had changed",
        "the question was not clear to me at all",
    ],
)
def test_a_cause_outside_the_negation_stands(sentence: str) -> None:
    assert tone.scored_blame_stands(*whole(sentence))


def test_praise_with_no_fault_is_no_blame() -> None:
    sentence = "lovely to finally meet the recruiter who arranged my visit"
    assert jab_reading.praise_without_fault(*whole(sentence))
    assert not tone.scored_blame_stands(*whole(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "lovely to finally meet the fourth person to ask the same question",
        "nice to see the brief was so thin",
        'great to hear the "informal chat" was a panel of five',
    ],
)
def test_praise_turned_on_a_fault_or_a_quote_is_not_cleared(sentence: str) -> None:
    assert not jab_reading.praise_without_fault(*whole(sentence))
