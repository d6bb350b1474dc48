"""Placeholders, asks, listed questions and thanks shared with the team (issue 14, sixth round),
on sentences of our own written before the rules were run on them.

- A slot named by its noun in angle brackets, in any case ("<Hiring Manager name>",
  "<firstname>"), is a placeholder; a model number ("TK-421"), a revision marker ("[rev C]") and
  an editor's words inside a quotation ("'we [the board] move slowly'") are not.
- An ask made conditional on the reader arranging it ("if that could be arranged", "if at all
  possible") is an ask in a thank-you note.
- Questions listed after a colon with one "?" are each a question.
- "Thank you for your time, and your team's" thanks the team: no outsider voice.
"""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode


def codes(text: str, scenario: Scenario) -> set[FindingCode]:
    return {f.code for f in check_voice(text, scenario).findings}


def gratitude(middle: str) -> str:
    return f"Hi Noor,\n\nThank you for the visit this morning. {middle}\n\nBest,\nIlse"


@pytest.mark.parametrize(
    ("sentence", "slot"),
    [
        ("It was good to meet <Hiring Manager name> as well.", True),
        ("Please pass my thanks to <firstname> too.", True),
        ("I enjoyed the tour of <Company Name>.", True),
        ("I enjoyed seeing how <Interviewer> runs the morning huddle.", True),
        ("The TK-421 sensors on the line were new to me.", False),
        ("The XXX-9 connectors were a clever fix.", False),
        ("Seeing the Model X2 [rev C] boards come off the line was a treat.", False),
        ("Your CEO's line stays with me: 'we [the board] move slowly on purpose.'", False),
    ],
)
def test_slots_and_look_alikes(sentence: str, slot: bool) -> None:
    assert (C.PLACEHOLDER_LEFT in codes(gratitude(sentence), Scenario.GRATITUDE)) is slot


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("I'd love to see the cold store again, if at all possible.", True),
        ("Sitting in on a ward round would be wonderful if that could be arranged.", True),
        ("Thank you as well for making it possible to meet the night team.", False),
        ("It was good to see what is possible with a small crew.", False),
    ],
)
def test_conditional_asks_in_gratitude(sentence: str, asks: bool) -> None:
    found = C.QUESTION_IN_GRATITUDE in codes(gratitude(sentence), Scenario.GRATITUDE)
    assert found is asks


def test_questions_listed_after_a_colon_are_each_counted() -> None:
    text = (
        "Hi Omar,\n\nThank you for the interview. A few things I keep thinking about: how the "
        "night shift is staffed, whether the new wing opens in spring, and who signs off the "
        "rota?\n\nBest,\nTeo"
    )
    report = check_voice(text, Scenario.FOLLOW_UP)
    extra = [f for f in report.findings if f.code is C.TOO_MANY_QUESTIONS]
    assert [text[f.start : f.end] for f in extra] == ["who signs off the rota?"]
    # Two items, or a condition and a question, are not a list of three questions.
    two = text.replace(", whether the new wing opens in spring", "")
    assert C.TOO_MANY_QUESTIONS not in codes(two, Scenario.FOLLOW_UP)
    cond = (
        "Hi Omar,\n\nThank you for the interview. One question: if the wing opens late, what "
        "happens to the rota, and who decides?\n\nBest,\nTeo"
    )
    assert C.TOO_MANY_QUESTIONS not in codes(cond, Scenario.FOLLOW_UP)


@pytest.mark.parametrize(
    ("sentence", "outsider"),
    [
        ("Thank you for your time, and your team's, on the ward today.", False),
        ("Thanks for the coffee, and your roadmap will be exciting to build next year.", True),
    ],
)
def test_thanks_shared_with_the_team(sentence: str, outsider: bool) -> None:
    text = f"Hi Noor,\n\n{sentence} I look forward to working together.\n\nBest,\nIlse"
    assert (C.OUTSIDER_VOICE in codes(text, Scenario.GRATITUDE)) is outsider


# A second probe of our own, written before the two rules below existed (1 of 27 placeholder
# cases and 2 of 12 ask cases wrong then): a part code in brackets is no slot; an ask on the
# reader's time is an ask.
@pytest.mark.parametrize(
    ("sentence", "slot"),
    [
        ("The X-ray unit [Model XR-5] is new to me.", False),
        ("It was great to meet [Name of panelist].", True),
        ("The [Q3 goal] you described is ambitious.", True),
        ("I enjoyed meeting [Interviewer 2 name].", True),
    ],
)
def test_part_codes_and_slots(sentence: str, slot: bool) -> None:
    assert (C.PLACEHOLDER_LEFT in codes(gratitude(sentence), Scenario.GRATITUDE)) is slot


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Would love to grab a coffee next week if you have time.", True),
        ("Happy to chat more whenever suits you, just say when.", True),
        ("Thank you for making the time when you are so busy.", False),
    ],
)
def test_asks_on_the_readers_time(sentence: str, asks: bool) -> None:
    found = C.QUESTION_IN_GRATITUDE in codes(gratitude(sentence), Scenario.GRATITUDE)
    assert found is asks


@pytest.mark.parametrize(
    ("sentence", "outsider"),
    [
        ("Your kitchen brigade is truly impressive.", False),
        ("Your night team looks brilliant from the outside.", False),
        ("Your platform is great, and it will be even better once your roadmap ships.", True),
        ("Your roadmap for next year looks ambitious.", True),
    ],
)
def test_praise_of_the_team_now_is_not_outsider_voice(sentence: str, outsider: bool) -> None:
    text = f"Hi Noor,\n\nThank you for the visit. {sentence}\n\nBest,\nIlse"
    assert (C.OUTSIDER_VOICE in codes(text, Scenario.GRATITUDE)) is outsider
