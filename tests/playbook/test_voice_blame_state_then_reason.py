"""The candidate names their own state in the interview ("I was a bit flat", "if I seemed
scattered", "I know I rambled"), then, after a semicolon, a dash or "as/because", an outside
circumstance as its reason (health, travel, the hour, the building, the kit failing): blame
said softly (issue 14), hold in recovery and revise elsewhere. Lateness with its reason is a
courtesy, the candidate's own doing after the break owns it, and a reason taken back is no
excuse. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook import cause_reading
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def read(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    return cause_reading.excused_state_spans(low, vocabulary(tokens(low)))


BLAME = [
    "Sorry I was a little sluggish on the metrics - a red-eye from Boston will do that.",
    "Apologies if I came across as flustered; the receptionist had me waiting in the wrong wing.",
    "I was rather foggy on the pricing part, as I had been up with a fever most of the night.",
    "I know I sounded hesitant; the signal in the station kept cutting out.",
    "I'm sorry I was so scattered early on - the builders next door were drilling through it.",
]

CLEAR = [
    # lateness with its reason is a courtesy
    "Sorry I was a few minutes late; the tram was cancelled.",
    # the candidate's own doing after the break
    "I was slow on the cohort question; I hadn't reviewed the deck properly.",
    # a reason taken back
    "I was a bit flat in the first half - the heat, but that's no excuse.",
    # sympathy and the reader's state
    "I hope the drilling next door has stopped; it sounded loud on your side.",
    # the state of a thing, not the candidate
    "I mentioned our old build was slow; the cache cut it from 40 minutes to 9.",
    # the state then a story with no outside reason
    "I was a bit shaky at first; it settled once we got to the data.",
    # writing back late is a courtesy, like lateness
    "Sorry I was slow to reply - I was travelling back from Porto.",
    # the hour said to show keenness, and an hour that explains someone else's tiredness
    "It was 5am here, which shows how much I wanted this conversation.",
    "I moved our stand-up to 7am, which explains why the team was so tired that week.",
]


@pytest.mark.parametrize("text", BLAME)
def test_state_with_an_outside_reason_is_read(text: str) -> None:
    assert read(text)


@pytest.mark.parametrize("text", CLEAR)
def test_calm_near_pairs_are_not_read(text: str) -> None:
    assert read(text) == []


def test_in_recovery_it_holds() -> None:
    note = (
        "Hi Tom,\n\nThank you for the interview. Sorry I was a bit flat on the forecasting "
        "question - the migraine I woke up with had not lifted. I'd forecast weekly with a "
        "rolling 13-week view.\n\nBest,\nAna"
    )
    report = check_voice(note, Scenario.RECOVERY)
    assert "blame_shift" in {f.code.value for f in report.findings}
    assert report.verdict.value == "hold"


def test_gratitude_with_lateness_stays_send() -> None:
    note = (
        "Dear Ms. Reyes,\n\nThank you for meeting me today, and sorry I was a few minutes late; "
        "the bus was diverted. I enjoyed hearing about the new clinic and I'm excited about the "
        "chance to work together.\n\nKind regards,\nLi"
    )
    assert check_voice(note, Scenario.GRATITUDE).verdict.value == "send"


# A turn back to the setup after the stumble: "then again" / "mind you" opening a sentence on a
# question, someone at large, or an outside cause with a setback; not the writer again.
TURNED = [
    "I mixed up the two rates. Then again, who remembers VAT bands under a countdown?",
    "My estimate was off. Mind you, the brief was changed twice while I was working.",
]
NOT_TURNED = [
    "I mixed up the two rates. Then again, I should have written them down.",
    "I loved the site visit. Mind you, the coffee was excellent too.",
]


@pytest.mark.parametrize("text", TURNED)
def test_a_turn_to_the_setup_is_read(text: str) -> None:
    assert read(text)


@pytest.mark.parametrize("text", NOT_TURNED)
def test_a_turn_to_the_writer_or_to_praise_is_not_read(text: str) -> None:
    assert read(text) == []


# A fault named inside thanks for the reader's patience through it is gratitude, not an excuse;
# the same fault offered as the reason, beside thanks for something else, is still blame.
def test_thanks_for_patience_through_a_fault_is_not_blame() -> None:
    note = (
        "Dear Mr. Osei,\n\nThank you for the conversation, and thanks for your patience when "
        "the audio cut out. I enjoyed hearing about the Kumasi depot and I'm excited about the "
        "chance to work together.\n\nBest regards,\nAfia"
    )
    report = check_voice(note, Scenario.GRATITUDE)
    assert "blame_shift" not in {f.code.value for f in report.findings}


def test_a_fault_offered_as_the_reason_beside_thanks_is_still_blame() -> None:
    note = (
        "Dear Mr. Osei,\n\nThank you for the conversation. The audio kept cutting out, which "
        "made it hard to follow your questions. I enjoyed hearing about the Kumasi depot and "
        "I'm excited about the chance to work together.\n\nBest regards,\nAfia"
    )
    report = check_voice(note, Scenario.GRATITUDE)
    assert "blame_shift" in {f.code.value for f in report.findings}
