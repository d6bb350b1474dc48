"""Ownership and restatement read by sentence structure (issue 14, sixth round), on sentences of
our own written before the rules below were run on them, in words the corpus does not use.

- Ownership: a fault-headed subject put on the writer ("the slip with the dates sits squarely
  with me"), the fault named as the writer's after a copula ("that was my miscalculation"), the
  fault itself accepted or taken ("I accept the error in my sizing"), the writer as the one who
  failed ("I was the one who muddled the two incidents"), against credit, decisions told, the
  fault put elsewhere, conditions and hedges.
- Restatement: the answer given as what the writer would do now ("I'd shard by tenant ..."), a
  point said to stand ("my recommendation stands: ..."), a present-tense correction of the thing
  ("It's forty beds, not fourteen"), sentences typed without capitals; against wishes, pleas,
  "I'd" as "I had", a frame that is negated or carries nothing.
"""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode
RESTATED = "What I meant to say is that the cache sits in front of the queue."
OWNED = "That part was on me."


def codes(text: str) -> set[FindingCode]:
    return {f.code for f in check_voice(text, Scenario.RECOVERY).findings}


def note(middle: str, ending: str) -> str:
    return (
        "Hi Ana,\n\nThank you for the conversation today. When we got to the capacity question "
        f"I mixed up two of the regions. {middle} {ending}\n\nBest,\nLi"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The slip with the dates sits squarely with me.",
        "That lapse in the estimate rests with me alone.",
        "The confusion over the two regions was mine.",
        "The whole mix-up about the schema is on me.",
        "That was my miscalculation.",
        "Picking the wrong index was my call.",
        "I accept the error in my sizing.",
        "I own the mistake on the latency numbers.",
        "I was the one who muddled the two incidents.",
        "I'm the one that made the error with the units.",
        "That's nobody's slip but mine.",
        "I made the design far more complicated than it needed to be.",
        "I overcomplicated the answer.",
        "The oversight on the rollback plan lies with me.",
        "The fault in that answer is mine and nobody else's.",
    ],
)
def test_ownership_by_structure_counts(sentence: str) -> None:
    assert C.MISSING_BLAME not in codes(note(sentence, RESTATED))


@pytest.mark.parametrize(
    "sentence",
    [
        "The pleasure of the conversation was all mine.",
        "The idea for the migration was mine.",
        "It was my decision to leave the agency.",
        "The error sits with the vendor.",
        "If the confusion was mine, I apologise.",
        "Maybe the slip was on me.",
        "The blame lies with the rota, not with me.",
        "At my last firm I took the blame for other people's errors.",
        "I'm the one who led the migration.",
        "The mistake was never mine.",
    ],
)
def test_no_ownership_by_structure_is_still_missing_blame(sentence: str) -> None:
    assert C.MISSING_BLAME in codes(note(sentence, RESTATED))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd shard by tenant and keep the hot tenants on their own nodes.",
        "Now I would start with the reconciliation report and only then touch the ledger.",
        "In hindsight, I'd route the alerts through the on-call rota first.",
        "My answer on the budget remains that we cap spend at the Q3 level.",
        "My recommendation stands: migrate the reporting jobs first.",
        "It's forty beds, not fourteen.",
        "They're quarterly targets, not monthly ones.",
    ],
)
def test_restatement_by_structure_counts(sentence: str) -> None:
    assert C.MISSING_RESTATEMENT not in codes(note(OWNED, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love another chance to walk you through it.",
        "I'd be grateful for a second look.",
        "I'd given the old figures by mistake.",
        "I'd read the brief the night before and still missed it.",
        "Looking back, the answer wasn't what I meant.",
        "That is not what I intended.",
        "I'd do anything to try that question again.",
        "It's my fault, not the format's.",
        "I would appreciate the chance to clarify.",
        "I would welcome any feedback on the rest of the session.",
        "I'd understand if you have moved on.",
        "That's what I meant.",
    ],
)
def test_no_restatement_is_still_missing(sentence: str) -> None:
    assert C.MISSING_RESTATEMENT in codes(note(OWNED, sentence))


def test_sentences_typed_without_capitals() -> None:
    text = (
        "hey ana thanks for today. i mixed up the two regions on the capacity question, that "
        "was on me. eu-west runs at forty percent headroom and the us region at ten.\n\nli"
    )
    assert C.MISSING_RESTATEMENT not in codes(text)
    # The same run with nothing after the ownership restates nothing.
    bare = "hey ana thanks for today. i mixed up the regions, that was on me. sorry again.\n\nli"
    assert C.MISSING_RESTATEMENT in codes(bare)
