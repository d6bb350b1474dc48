"""Sarcasm and jabs at the process as blame_shift (jab_reading.py, issue 14).

A probe written before the reading was tuned: sentences of our own, none from the corpus. The
positives aim an ironic frame at the process, the interviewer, the room, the schedule, the
recruiter, the take-home or the tools, with a fault, a delay or an absence in reach; the negatives
use the same frame words sincerely, tell an own-past-job story, or offer sympathy.
"""

from __future__ import annotations

import pytest

from app.playbook import jab_reading
from app.playbook import voice_weights as vw
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

POINT = "The figure I meant is a 4 percent margin on the spring range."


def recovery(body: str) -> str:
    return (
        "Hi Imogen,\n\nThank you for the interview this morning. When you asked about the "
        f"margin, I gave the wrong number. {body} {POINT}\n\nBest,\nTobias\n"
    )


def follow_up(body: str) -> str:
    return (
        "Hi Imogen,\n\nThank you for the conversation on Tuesday about the pricing role. "
        f"{body} I enjoyed hearing how the team plans the spring range.\n\nBest,\nTobias\n"
    )


def blamed(text: str, scenario: Scenario) -> bool:
    return any(f.code.value == "blame_shift" for f in check_voice(text, scenario).findings)


JABS = [
    "Must be nice to run twenty minutes late and still expect answers on time.",
    "Glad someone finally read my CV by the third round.",
    "Love how the panel scheduled a whiteboard round with no whiteboard.",
    "Nothing like a take-home that arrives two hours before the deadline.",
    "Hats off to whoever planned a system design round in a room without a screen.",
    "Kudos to whoever booked the room; the projector never turned on.",
    "What a treat to be kept waiting in reception for forty minutes.",
    "I guess the recruiter forgot to mention the coding test.",
    "Apparently the interviewer had not looked at my portfolio before the call.",
    "Of course the video link broke right as I started my answer.",
    "Bold choice to schedule a live coding round at 8 pm on a Friday.",
    "The task description was creatively written, with half the requirements missing.",
    "After the scenic tour of the car park looking for the entrance, I arrived flustered.",
    'Your "structured" interview jumped between three topics without warning.',
    "Thanks for nothing on the prep pack, which had no details about the format.",
    "It must be nice to cancel on candidates twice and still expect them to be flexible.",
    "Love that the scheduling tool booked me into a slot that didn't exist.",
    "Nothing like a panel that talks over each other to keep you on your toes.",
    "Fair play to whoever thought a four-hour take-home was a short exercise.",
    "I suppose the interviewer was too busy checking emails to hear my answer.",
    "What a lovely surprise that the coding environment had no internet access.",
    "Great planning to give us a laptop with a dead battery for the pairing round.",
]

SINCERE = [
    "The office was lovely, and the coffee was even better.",
    "Glad we finally met in person after all those emails.",
    "I love how the team reviews every design together before building.",
    "Nothing like a good whiteboard session to get the ideas flowing.",
    "Hats off to the team for shipping the new checkout in six weeks.",
    "Kudos to whoever designed the take-home; it was the most realistic exercise I've done.",
    "What a treat to see the warehouse robots in action.",
    "I guess the main lesson for me is to check my units before I answer.",
    "Apparently your team just hit a million users, which is exciting news.",
    "Of course I'm happy to send the code sample as well.",
    "It was a bold choice to rebuild the pricing engine, and from what you said it paid off.",
    "I liked the creative brief; it left space to show how I think.",
    "The scenic walk from the station was a nice way to clear my head.",
    'I\'ve attached the "final" version of the slides, as requested.',
    "Thanks for making time at such short notice.",
    "It must be hard to run so many interviews in one week; thank you for making time for mine.",
    "Sorry to hear the video link kept dropping on your side.",
    "At my last job the legacy scheduler kept crashing, so I rewrote it in Go.",
    "The room was lovely, so I relaxed quickly.",
    "Our legacy system kept crashing, so I migrated it to a queue-based design at my last job.",
    "Love that you run the interviews on Fridays; it suits my schedule.",
    "Nothing like a deadline to focus the mind, and I enjoyed the pace of the take-home.",
    "I guess my answer on caching was too short; I've written it out below.",
    "Apparently I talked for ten minutes on the first question, which is on me.",
]


@pytest.mark.parametrize("body", JABS)
def test_jab_is_blame_in_recovery(body: str) -> None:
    assert blamed(recovery(body), Scenario.RECOVERY)


@pytest.mark.parametrize("body", JABS)
def test_jab_is_blame_in_follow_up(body: str) -> None:
    assert blamed(follow_up(body), Scenario.FOLLOW_UP)


@pytest.mark.parametrize("body", SINCERE)
def test_sincere_is_not_blame(body: str) -> None:
    assert not blamed(recovery(body), Scenario.RECOVERY)
    assert not blamed(follow_up(body), Scenario.FOLLOW_UP)


# Caught before the reading by the phrase rules ("must be nice", "glad someone finally", "the
# video link broke") or the sentence-structure reading (an interview that "jumped between three
# topics": a failure of the setup, clauses.py); every other jab above is the reading's.
_RULES_CATCH = {0, 1, 9, 13, 15}


@pytest.fixture
def no_jab_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker without the jab reading and the scorer (whose weights move with retraining)."""
    monkeypatch.setattr(jab_reading, "jab_spans", lambda low, vocab: [])
    monkeypatch.setattr(vw, "WEIGHTS", {})


@pytest.mark.parametrize("body", [b for k, b in enumerate(JABS) if k not in _RULES_CATCH])
def test_jab_needs_the_reading(body: str, no_jab_reading: None) -> None:
    assert not blamed(recovery(body), Scenario.RECOVERY)


MORE_JABS = [
    # an idiom that is ironic by itself
    "Thank you for the feedback, such as it was, on the case study.",
    "Thanks for your time, what there was of it once the call finally connected.",
    # a parenthetical understatement about the process
    "The scoring rubric was, shall we say, a moving target.",
    # a tour of a place nobody tours
    "Thanks as well for the scenic route through the basement to find the right room.",
    # passive praise for invention
    "The case pack was creatively assembled, with two pages from another client.",
]
MORE_SINCERE = [
    "Let's say we shard by tenant; the hot tenants then get their own partition.",
    "My first answer was, let's say, less tidy than I wanted, and that is on me.",
    "The team creatively solved the cold-start problem, which I'd love to learn more about.",
    'The invite lists a "panel" but no names; could you share who I will meet?',
]


@pytest.mark.parametrize("body", MORE_JABS)
def test_more_jabs(body: str) -> None:
    assert blamed(recovery(body), Scenario.RECOVERY)


@pytest.mark.parametrize("body", MORE_SINCERE)
def test_more_sincere(body: str) -> None:
    assert not blamed(recovery(body), Scenario.RECOVERY)


def test_long_sentence_of_frames_reads_in_one_pass() -> None:
    """A sentence of frames that each open a window and find nothing (no target, no fault):
    every window is fixed, so this is linear; the spans stay empty."""
    low = "it was, let's say, creatively drafted and the " * 400
    assert jab_reading.jab_spans(low, vocabulary(tokens(low))) == []


def _recovery_owned(body: str) -> str:
    return (
        "Hi Lena,\n\nThank you for the interview. When you asked about the rollout, I gave a "
        f"thin answer. {body} That part is on me. What I meant: we phase it by region.\n\n"
        "Best,\nOmar\n"
    )


# Praise of the setup with what followed, and a past job's story: flagged before (the learned
# scorer the first two, clauses.py the third), not blame.
THANKED_OR_STORY = [
    "The room was lovely, so I relaxed quickly.",
    "Our legacy system kept crashing, so I migrated it to queues at my last job.",
    "The brief was clear, so I went straight to the data model.",
]
# Their near-pairs: a fault, or irony, beside the praise keeps the blame.
STILL_BLAME = [
    "The room was lovely but freezing, so I could barely think.",
    "The brief was clear as mud, so I guessed the data model.",
    "Lovely to finally meet the fourth person to ask me about my gap year.",
]


@pytest.mark.parametrize("body", THANKED_OR_STORY)
def test_thanks_or_story_is_not_blame(body: str) -> None:
    assert not blamed(_recovery_owned(body), Scenario.RECOVERY)


@pytest.mark.parametrize("body", STILL_BLAME)
def test_fault_or_irony_beside_praise_is_blame(body: str) -> None:
    assert blamed(_recovery_owned(body), Scenario.RECOVERY)


# A second probe, written after the reading's first two commits and run once before any change
# for it: 8/15 jabs caught, 0/15 sincere flagged (3/15 and 1/15 before the reading). Its misses
# then widened the word lists (wait, muted, run dry, better things to do, imaginatively, bravo
# to a named target), so it is no longer unseen.
PROBE2_JABS = [
    "Really loved how the agenda changed three times before lunch.",
    "Nothing quite like a coding test on a laptop with a sticky keyboard.",
    "Props to whoever decided the candidates should wait outside in the rain.",
    "What a joy to repeat my whole background to the third interviewer who hadn't seen my CV.",
    "I suppose the panel had better things to do than read the pre-work I sent.",
    "Apparently nobody told the security desk I was coming.",
    "Of course the room booking had been double-booked with a yoga class.",
    "A brave decision to run the technical round over a phone line that kept cutting out.",
    "The exercise instructions were imaginatively laid out, with the key table missing.",
    'Thanks for the "quick" chat that ran to two hours.',
    "Bravo to the recruiter for sending the wrong address twice.",
    "Such a treat to find out about the presentation ten minutes before it started.",
    "Loved that the whiteboard markers had all run dry.",
    "Presumably the interviewer was muted for the first five minutes on purpose.",
    "Great organisation, putting two candidates in the same slot.",
]
PROBE2_SINCERE = [
    "I loved how the team walked me through their incident reviews.",
    "Nothing beats seeing a product used in the wild, so the warehouse visit was a highlight.",
    "Props to the team for the open-source work on the scheduler.",
    "What a joy it was to meet the people behind the app I use every day.",
    "I suppose the main gap in my answer was the failure mode, which I've written up below.",
    "Apparently my reference has already replied, so you should have it by now.",
    "Of course, I'm glad to do a follow-up call if that helps.",
    "A brave decision to open-source the core engine, and it clearly paid off for your users.",
    "The exercise was well laid out and easy to follow.",
    'My manager calls it the "quick win" list, and two items on it are mine.',
    "Bravo on the launch last week.",
    "It was a treat to hear how the analytics team works.",
    "I'm sorry to hear the recruiter's laptop died during the call.",
    "At my previous company the deploy pipeline kept breaking, so I rebuilt it.",
    "Great organisation on the day; everything ran on time.",
]


@pytest.mark.parametrize("body", PROBE2_JABS)
def test_probe2_jab(body: str) -> None:
    assert blamed(recovery(body), Scenario.RECOVERY)


@pytest.mark.parametrize("body", PROBE2_SINCERE)
def test_probe2_sincere(body: str) -> None:
    assert not blamed(recovery(body), Scenario.RECOVERY)


# A third probe, written after the trainer commit and run once: 6/12 jabs caught, 0/12 sincere
# flagged (0/12 and 0/12 before the reading). Three misses then became readings ("out of order",
# "halfway", "generously described", a quoted adjective before "phone screen"); two stay missed
# and are left here as known gaps: neglect with no fault word ("spends the whole slot on his
# phone") and late notice told by order ("told ... after I had arrived").
PROBE3_JABS = [
    "Loving how the hiring portal logged me out halfway through the upload.",
    "Nothing like an interviewer who spends the whole slot on his phone.",
    "Kudos to the scheduling team for booking me at the wrong office.",
    "What a delight to be told the dress code after I had arrived in a suit.",
    "I guess the job advert forgot to mention the weekend shifts.",
    "Apparently the second interviewer never got the invite.",
    "Of course the lift to the fifth floor was out of order that morning.",
    "Interesting choice to hold the case interview in the staff kitchen.",
    "The scoring sheet was generously described as a rubric, with no criteria on it.",
    'Thanks for the "brief" phone screen that took up my whole lunch break.',
    "Hats off to the panel for asking the same question three times.",
    "Great touch leaving the candidates without water for three hours.",
]
PROBE3_GAPS = {1, 3}
PROBE3_SINCERE = [
    "Loving how your team shares its post-mortems in public.",
    "Nothing like a real stocktake to show how messy returns get.",
    "Kudos to the scheduling team for finding a slot so quickly.",
    "What a delight to meet people who care this much about their suppliers.",
    "I guess the honest answer is that I rushed the returns step.",
    "Apparently the new warehouse opens in March, which sounds exciting.",
    "Of course, if another date suits you better, I can move my Friday.",
    "Interesting choice of case; I had not thought about consignment stock before.",
    "The rubric you described was clear and fair.",
    'Your "no surprises" approach to audits stuck with me.',
    "Hats off to your finance team for closing the books in three days.",
    "The waiting area was comfortable, so the early start was no trouble.",
]


def _formal(body: str) -> str:
    return (
        "Dear Ms Okafor,\n\nThank you for meeting me on Thursday. On the stock reconciliation "
        f"question I skipped the returns step. {body} Returns should be netted before the count "
        "is compared.\n\nYours sincerely,\nGrace\n"
    )


@pytest.mark.parametrize("body", [b for k, b in enumerate(PROBE3_JABS) if k not in PROBE3_GAPS])
def test_probe3_jab(body: str) -> None:
    assert blamed(_formal(body), Scenario.RECOVERY)


@pytest.mark.parametrize("body", PROBE3_SINCERE)
def test_probe3_sincere(body: str) -> None:
    assert not blamed(_formal(body), Scenario.RECOVERY)


def test_every_cue_has_a_key_word() -> None:
    """A cue no frame word keys would never be looked for."""
    keyed = {c for cues in jab_reading._BY_WORD.values() for c in cues}
    assert [c for c in jab_reading._CUES if c not in keyed and c != '"'] == []
    assert all(jab_reading._BY_WORD[w] for w in jab_reading.FRAME_WORDS)
