"""Sarcasm and jabs at the process as blame_shift (jab_reading.py, issue 14).

A probe written before the reading was tuned: sentences of our own, none from the corpus. The
positives aim an ironic frame at the process, the interviewer, the room, the schedule, the
recruiter, the take-home or the tools, with a fault, a delay or an absence in reach; the negatives
use the same frame words sincerely, tell an own-past-job story, or offer sympathy.
"""

from __future__ import annotations

import pytest

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
