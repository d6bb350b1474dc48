"""The cause-to-difficulty reading (cause_reading.py) and the stakes and self-talk readings
(stakes_reading.py): notes written for these tests, in words the phrase rules do not list.

Each positive is checked twice: flagged by the voice check, and not flagged with the reading
switched off (so the test fails without the mechanism). The negatives are the near-pairs a
reading must leave alone.
"""

from __future__ import annotations

import pytest

from app.playbook import cause_reading, stakes_reading
from app.playbook import voice_weights as vw
from app.playbook.models import Verdict
from app.playbook.rules import lower_same, tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

OWN = "I should have checked, and that part is on me."
POINT = "The figure I meant is a 4 percent margin on the spring range."


def recovery(body: str) -> str:
    return (
        "Hi Imogen,\n\nThank you for the interview this morning. When you asked about the "
        f"margin, I gave the wrong number. {body} {POINT}\n\nBest,\nTobias\n"
    )


def codes(text: str, scenario: Scenario = Scenario.RECOVERY) -> set[str]:
    return {f.code.value for f in check_voice(text, scenario).findings}


@pytest.fixture
def no_cause_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker without the reading (and without the scorer, whose weights move with each
    retraining): the phrase rules and clauses.py alone."""
    monkeypatch.setattr(cause_reading, "blame_spans", lambda low, vocab: [])
    monkeypatch.setattr(vw, "WEIGHTS", {})


@pytest.fixture
def no_stakes_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stakes_reading, "plea_spans", lambda low, vocab: [])
    monkeypatch.setattr(stakes_reading, "self_spans", lambda low, vocab: [])


BLAME = [
    # made ... hard, with the cause as subject
    f"The second screen made your diagram hard to see. {OWN}",
    # left me little room: a time box as subject
    f"Two exercises back to back left me little room to think. {OWN}",
    # meant I couldn't
    f"The late change to the pricing sheet meant I couldn't cross-check the totals. {OWN}",
    # which is why I, after a steer
    f"You did nudge me towards the wholesale figures, which is why I ended up there. {OWN}",
    # so I, after a cause with a lack
    f"The dataset arrived without a schema, so I assumed the keys. {OWN}",
    # which tripped me up
    f"The order of the slides differed from the agenda, which tripped me up. {OWN}",
    # the candidate's failure, then because and a cause
    f"My answer came out wrong because the sheet had two tabs with the same name. {OWN}",
    # so small I could barely
    f"The printout was so faint I could barely tell the columns apart. {OWN}",
    # hard to take in: the cause as subject, not easy to follow
    f"The wording of the case was, I think, not very easy to follow. {OWN}",
    # unable to take something in, the cause after "through"
    f"I could barely concentrate through the drilling next door. {OWN}",
    # a sentence opening on "because" + a cause with a fault, then the candidate's stumble
    f"Because the slides arrived late, my walkthrough skipped the costs. {OWN}",
    # time lost to the tool
    f"The editor reformatted every line I pasted and I wasted most of the time undoing it. {OWN}",
]


@pytest.mark.parametrize("body", BLAME)
def test_a_cause_linked_to_the_stumble_is_blame_even_beside_ownership(body: str) -> None:
    text = recovery(body)
    report = check_voice(text, Scenario.RECOVERY)
    assert "blame_shift" in {f.code.value for f in report.findings}
    assert report.verdict is Verdict.HOLD


@pytest.mark.parametrize("body", BLAME)
def test_without_the_cause_reading_these_are_missed(body: str, no_cause_reading: None) -> None:
    assert "blame_shift" not in codes(recovery(body))


@pytest.mark.parametrize(
    "body",
    [
        # the cause named and disowned
        f"The glare on the screen made the labels hard to read, but that is no excuse. {OWN}",
        # the candidate as the cause
        f"I left no room to check the totals. {OWN}",
        # a difficulty of someone else's: a story from work
        f"At my last job the outage made it hard for our customers to pay. {OWN}",
        # a cause that names no fault, then what the candidate did
        f"The brief asked for a monthly view, so I built one. {OWN}",
        # sympathy
        f"I'm sorry the building works made it hard for you to hear me. {OWN}",
    ],
)
def test_causes_that_are_not_blame_stay_unflagged(body: str) -> None:
    assert "blame_shift" not in codes(recovery(body))


def test_a_jab_of_thanks_to_a_thing_and_a_count_of_repeats_are_blame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    jabs = [
        "Kind of the booking page to mention the dress code after I'd arrived.",
        "Fifth reschedule's a charm, apparently.",
    ]
    for jab in jabs:
        text = f"Hi Noor,\n\nThanks for the chat. {jab} I enjoyed the tour.\n\nBest,\nEmeka\n"
        assert "blame_shift" in codes(text, Scenario.GRATITUDE), jab
    monkeypatch.setattr(cause_reading, "blame_spans", lambda low, vocab: [])
    monkeypatch.setattr(vw, "WEIGHTS", {})
    for jab in jabs:
        text = f"Hi Noor,\n\nThanks for the chat. {jab} I enjoyed the tour.\n\nBest,\nEmeka\n"
        assert "blame_shift" not in codes(text, Scenario.GRATITUDE), jab


def gratitude(body: str) -> str:
    return (
        "Hi Saoirse,\n\nThank you for the conversation about the harbour project. "
        f"{body}\n\nBest,\nDaniel\n"
    )


PLEAS = [
    "I'd happily make the tea for a year just to be part of the crew.",
    "Honestly, this is the only offer I have left on the table.",
    "I can't face going back to my family without this one.",
    "A yes from you would change my whole career.",
]


@pytest.mark.parametrize("body", PLEAS)
def test_quiet_pleading_by_sacrifice_or_stakes_holds(body: str) -> None:
    report = check_voice(gratitude(body), Scenario.GRATITUDE)
    assert "pleading" in {f.code.value for f in report.findings}
    assert report.verdict is Verdict.HOLD


@pytest.mark.parametrize("body", PLEAS)
def test_without_the_stakes_reading_these_are_missed(
    body: str, no_stakes_reading: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vw, "WEIGHTS", {})
    assert "pleading" not in codes(gratitude(body), Scenario.GRATITUDE)


@pytest.mark.parametrize(
    "body",
    [
        "I'd do the same analysis again with the new tide data.",
        "The only thing I'd add is that the pontoon survey is due in May.",
        "I can't wait to see the harbour wall finished.",
        "Thank you for considering me for the role.",
    ],
)
def test_calm_lines_near_the_pleas_stay_calm(body: str) -> None:
    assert "pleading" not in codes(gratitude(body), Scenario.GRATITUDE)


SELF = [
    "Everyone else on the shortlist probably brought cleaner portfolios than mine.",
    "I tend to undersell myself when the stakes are high.",
    "Next to the people you've already hired, I'd be the slowest in the room.",
]


@pytest.mark.parametrize("body", SELF)
def test_self_talk_by_comparison_or_trait_is_flagged(
    body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "self_deprecation" in codes(gratitude(body), Scenario.GRATITUDE)
    monkeypatch.setattr(stakes_reading, "self_spans", lambda low, vocab: [])
    monkeypatch.setattr(vw, "WEIGHTS", {})
    assert "self_deprecation" not in codes(gratitude(body), Scenario.GRATITUDE)


@pytest.mark.parametrize(
    "body",
    [
        "The other teams you mentioned sounded better resourced than most.",
        "I always enjoy hearing how a port plans for storms.",
        "I haven't used the tide model in production yet.",
    ],
)
def test_comparisons_and_habits_that_run_nobody_down_stay_calm(body: str) -> None:
    assert "self_deprecation" not in codes(gratitude(body), Scenario.GRATITUDE)


def test_the_cause_gate_stays_shut_on_a_calm_note() -> None:
    """The reading is paid for only on notes with a cause and a link word: a calm follow-up
    with "made" but no difficulty word, and "time" but no link, opens nothing."""
    calm = lower_same(
        "Thank you for the time today. The way you described the backlog made the trade-offs "
        "concrete, and I keep thinking about the cut-over plan."
    )
    assert cause_reading.gate(calm, vocabulary(tokens(calm))) == ()


def test_the_readings_are_linear_on_long_input() -> None:
    """A long run of link and cause words is read once per sentence, with fixed windows: no
    nested scans (a quadratic reading would take minutes on this)."""
    text = lower_same("the tool made it hard, which is why i guessed, so i rushed " * 4000)
    vocab = vocabulary(tokens(text))
    assert cause_reading.blame_spans(text, vocab) != []
    # No link word that reads to a hit: every reading tried at every word, none succeeding.
    for filler in ("third fourth lucky the tool ", "i could barely and the tool because wrong "):
        text = lower_same(filler * 8000)
        assert cause_reading.blame_spans(text, vocabulary(tokens(text))) == []
    assert stakes_reading.plea_spans(text, vocab) == []
    assert stakes_reading.self_spans(text, vocab) == []
