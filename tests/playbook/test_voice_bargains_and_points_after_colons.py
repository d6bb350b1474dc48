"""Quiet holds and restated points in shapes the readings missed (issue 14), in sentences
written for these tests:

- pleading by bargaining the pay down, by time out of work laid on the answer, by hope running
  out, by the post as a rescue, by the household's need for the money; beside calm notes that
  state a gap or a rate plainly;
- self-deprecation by the candidate's English, by the pool ranked above with a lowering word, by
  "someone as X as me", "never good enough", "a disappointment", a background run down; beside
  an apology for one's English and a plain comparison;
- a recovery's point given after a colon, as a plan that mentions "anything" or "already" in a
  later clause, or as "I meant X, not Y": restated, so no missing_restatement; a lead-in that
  tells the stumble keeps its old reading.
"""

from __future__ import annotations

import pytest

from app.playbook import stakes_reading
from app.playbook import voice_weights as vw
from app.playbook.rules import lower_same, tokens, vocabulary
from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def follow(body: str) -> str:
    return (
        "Hi Dana,\n\nThank you for the interview. You said the depot moves in June; who plans "
        f"the new routes? {body}\n\nBest,\nRavi\n"
    )


PLEAS = [
    # Pay bargained down for the post.
    "Honestly, I'd settle for far less than the posted rate if it gets me a start.",
    "I would accept a lower grade than we talked about, if that tips it.",
    "Any rate you name, I will take it.",
    # Time out of work laid on the answer.
    "I've been jobless since the autumn and this would finally give us some breathing room.",
    "After two years of applications I honestly don't know how long I can hold on.",
    # Hope running out; the post as a rescue; the household's need for the pay.
    "I can't keep going like this much longer.",
    "A yes here would be what gets me back on my feet.",
    "I really need the money to cover my son's rent.",
]

# A life laid in the reader's hands, the post as its one chance, a feat offered for it (phrase
# rules, lexicon.PLEADING).
PHRASED_PLEAS = [
    "My whole future rests in your hands now.",
    "Taking me on would be the break of my life.",
    "This feels like my last proper shot at the trade.",
    "I humbly implore you to look again at my application.",
    "I'd walk through fire for a place on that crew.",
]

CALM_PLEAS = [
    "I've been out of work since the depot closed, so I can start at short notice.",
    "I spent my year out of work finishing my HGV licence.",
    "We moved the night shift to a lower rate band last year, which saved the budget.",
    "The drivers work under the agreed rate until April, then move to the new band.",
    "After a hard winter our branch is back on its feet.",
    "I need the parking details for my son, who is driving me there.",
    "The last shot of the survey video shows the whole depot.",
    "The yard's future is in your hands once the lease is signed, as you said.",
]


def _plea_spans(text: str) -> list[tuple[int, int]]:
    low = lower_same(text)
    return stakes_reading.plea_spans(low, vocabulary(tokens(low)))


@pytest.mark.parametrize("body", PLEAS)
def test_quiet_pleas_are_read_by_the_rules(body: str) -> None:
    # The rules alone, not the learned scorer: these hold on notes the scorer never saw.
    assert _plea_spans(follow(body))
    assert "pleading" in codes(follow(body), Scenario.FOLLOW_UP)


def rules_codes(text: str, scenario: Scenario) -> set[str]:
    """The codes the rules alone give (the learned scorer's weights set aside, as the trainer
    does): what holds on notes the scorer never saw."""
    saved = dict(vw.WEIGHTS)
    vw.WEIGHTS.clear()
    try:
        return codes(text, scenario)
    finally:
        vw.WEIGHTS.update(saved)


@pytest.mark.parametrize("body", PHRASED_PLEAS)
def test_phrased_pleas_are_pleading_to_the_rules(body: str) -> None:
    assert "pleading" in rules_codes(follow(body), Scenario.FOLLOW_UP)


@pytest.mark.parametrize("body", CALM_PLEAS)
def test_plain_gaps_and_rates_are_not_pleas_to_the_rules(body: str) -> None:
    assert not _plea_spans(follow(body))


def recovery(middle: str) -> str:
    return (
        "Hi Ines,\n\nThank you for the interview this morning. When we got to the stock "
        f"question, I answered the wrong part of it, and that's on me. {middle}\n\nBest,\nTom\n"
    )


RESTATED = [
    "I should have opened with the numbers: we cut shrinkage from four percent to two in a year.",
    "I've slept on it: I'd count the back room weekly and the floor monthly.",
    "I'd start by mapping the top ten lines before touching anything else.",
    "I'd walk the floor with the closing team first, since they already see the gaps.",
    "I meant stock turn by category, not stock turn across the store.",
]

NOT_RESTATED = [
    # A lead-in that tells the stumble: what follows the colon is what was said then.
    "I gave the wrong figure: it was the weekly count, not the monthly one.",
    "I'd do anything to have another go.",
    "I'll try to be clearer next time.",
]


@pytest.mark.parametrize("middle", RESTATED)
def test_points_in_these_shapes_are_restatements(middle: str) -> None:
    assert "missing_restatement" not in codes(recovery(middle))


@pytest.mark.parametrize("middle", NOT_RESTATED)
def test_no_point_is_still_missing_restatement(middle: str) -> None:
    assert "missing_restatement" in codes(recovery(middle))


SELF_TALK = [
    "My English is not so good for the technical words.",
    "My portfolio is thinner than the other applicants', I know.",
    "I'm probably behind the candidates who came from the big studios.",
    "Someone as disorganised as me would struggle with that calendar.",
    "I was never really good enough for a studio like yours.",
    "I know I'm a disappointment on the drawing side.",
    "I probably lack the polish of a proper design school graduate.",
]

CALM_SELF = [
    "Sorry for my English in the interview; here it is written down.",
    "I'm still improving my English and practise every week.",
    "Our studio delivered faster than the other agencies on the bid.",
]


def gratitude(body: str) -> str:
    return (
        "Hi Ola,\n\nThank you for the interview on Monday. I enjoyed hearing about the shared "
        f"component library. {body}\n\nBest,\nSiri\n"
    )


@pytest.mark.parametrize("body", SELF_TALK)
def test_self_talk_in_these_shapes_is_self_deprecation(body: str) -> None:
    assert "self_deprecation" in rules_codes(gratitude(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", CALM_SELF)
def test_plain_statements_are_not_self_deprecation(body: str) -> None:
    assert "self_deprecation" not in codes(gratitude(body), Scenario.GRATITUDE)
    assert "self_deprecation" not in rules_codes(gratitude(body), Scenario.GRATITUDE)
