"""vtune10a (issue 14, the b48 angle: blame in the passive and conceded). Mechanisms, each on
notes of our own:

- the fault done to the writer, in the passive: "I was kept waiting", "I was put on the spot",
  "it was never made clear", "X hadn't been arranged for me", "I was only told", "left off ...
  again" (lexicon.BLAME_SHIFT);
- what the writer was told or given, in the passive, offered as the reason for a lack or slip
  ("I'd been told ..., so I hadn't ...", "As I'd been advised ..., I cut it short")
  (cause_reading._told_so); not "I was told you run the team, so I'd love to hear more";
- lateness put on an outside cause ("I arrived late because the gatehouse ...", "The 7:40 was
  cancelled, so I ...") (cause_reading._late_for_a_cause); not "late because I misjudged";
- owning chosen over laying it on a cause ("I'd rather own the answer than put it on the
  connection"): ownership, and the cause in that sentence is no blame (clauses._disowned,
  owning_reading);
- a measure that moved ("the lead time dropped from six weeks to two") is a result, not a
  failure; bare "moving" is no moving goalpost;
- ownership in other words: "that's down to how long I spent", "my lack of preparation", "an
  incomplete answer on my part", "I chose X, and that was the wrong call";
- the writer's practice as the point ("I call the charge nurse before I document"), "candidate
  set" and a figure's "couldn't" are not words of the interview (structure_reading).
"""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode as C
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def codes(text: str, scenario: Scenario = Scenario.RECOVERY) -> set[C]:
    return {f.code for f in check_voice(text, scenario).findings}


def recovery(body: str) -> str:
    return (
        "Hi Ottilie,\n\nThank you for the interview this morning. When you asked about the "
        f"pallet audit, I gave a muddled answer. {body}\n\nBest,\nRuaridh\n"
    )


PASSIVE_BLAME = [
    "I was put on the spot with it in the first minute. The point: we cut mis-picks by a "
    "quarter with a second scan at packing.",
    "It was never made clear that the audit question was about cycle counts. The point: we cut "
    "mis-picks by a quarter with a second scan at packing.",
    "I was kept waiting in reception for forty minutes beforehand. The point: we cut mis-picks "
    "by a quarter with a second scan at packing.",
    "I'd been told by the agency it would be a culture chat, so I hadn't brought my figures. The "
    "point: we cut mis-picks by a quarter with a second scan at packing.",
    "As I'd been advised to keep answers under a minute, I cut it short. The point: we cut "
    "mis-picks by a quarter with a second scan at packing.",
    "I arrived twenty minutes late because the gatehouse had no record of my visit. The point: we "
    "cut mis-picks by a quarter with a second scan at packing.",
    "The 7:40 from Leeds was cancelled, so I was on the later one and arrived flustered. The "
    "point: we cut mis-picks by a quarter with a second scan at packing.",
]


@pytest.mark.parametrize("body", PASSIVE_BLAME)
def test_passive_blame_is_blame(body: str) -> None:
    assert C.BLAME_SHIFT in codes(recovery(body))


def test_passive_blame_outside_recovery() -> None:
    text = (
        "Hi Ines,\n\nThank you for showing me round. A shame the line walk was cut short, since "
        "site access hadn't been arranged for me, but I enjoyed hearing about the new press. "
        "I'm excited about working together.\n\nBest,\nJoost\n"
    )
    assert C.BLAME_SHIFT in codes(text, Scenario.GRATITUDE)


CLEAR = [
    # told, with no lack after it
    "That was my mistake. I was told you run the inbound team, so I'd love to talk through how "
    "we cut mis-picks by a quarter with a second scan at packing.",
    # lateness on the writer
    "I arrived ten minutes late because I misjudged the ring road, and that's on me. The point: "
    "we cut mis-picks by a quarter with a second scan at packing.",
    # the writer stuck, not a train
    "I was stuck on the reconciliation, so I guessed, and that was my error. The point: we cut "
    "mis-picks by a quarter with a second scan at packing.",
    # owning chosen over the cause
    "The line dropped twice, but I'd rather own the answer than put it on the connection. The "
    "point: we cut mis-picks by a quarter with a second scan at packing.",
    # a measure that moved
    "That was my pacing. The result: the lead time dropped from six weeks to two once we added "
    "a second scan at packing.",
]


@pytest.mark.parametrize("body", CLEAR)
def test_clear_notes_are_not_blame(body: str) -> None:
    assert C.BLAME_SHIFT not in codes(recovery(body))


def test_moving_alone_is_no_goalpost() -> None:
    text = (
        "Hi Colm,\n\nThank you for this morning. I enjoyed the talk about moving the scanners "
        "onto Android and the goal of one app per depot.\n\nWhat happens to the rollout if only "
        "half the depots are ready?\n\nBest,\nOrla\n"
    )
    assert C.BLAME_SHIFT not in codes(text, Scenario.FOLLOW_UP)


OWNED = [
    "We ran out of time before the rollback plan, and that's down to how long I spent on the "
    "happy path. Rollback is a flag off, then the down migration, tested on a staging copy.",
    "That was my lack of preparation. The audit runs weekly on the fast movers and quarterly on "
    "the rest.",
    "That was an incomplete answer on my part. The audit runs weekly on the fast movers and "
    "quarterly on the rest.",
    "I chose to start from the annual count, and that was the wrong call. The audit runs weekly "
    "on the fast movers and quarterly on the rest.",
    "I'd rather own the answer than blame the noise from the loading bay. The audit runs weekly "
    "on the fast movers and quarterly on the rest.",
]


def unowned_opening(body: str) -> str:
    return (
        "Hi Ottilie,\n\nThank you for the interview this morning. When you asked about the "
        f"pallet audit, the answer came out muddled. {body}\n\nBest,\nRuaridh\n"
    )


@pytest.mark.parametrize("body", OWNED)
def test_ownership_in_other_words(body: str) -> None:
    found = codes(unowned_opening(body))
    assert C.MISSING_BLAME not in found
    assert C.BLAME_SHIFT not in found


def test_not_owned_stays_missing() -> None:
    text = (
        "Hi Ottilie,\n\nThank you for the interview this morning. When you asked about the "
        "pallet audit, the answer came out muddled. The audit runs weekly on the fast movers and "
        "quarterly on the rest.\n\nBest,\nRuaridh\n"
    )
    assert C.MISSING_BLAME in codes(text)


RESTATED = [
    "That is my fault. I call the shift lead before I adjust a count, every time, and log why.",
    "That was my oversight. My plan is a blind recount of every bin over a set variance.",
    "That was my error. The better design keeps the candidate set per bin and ranks on read.",
    "That was too strong of me to claim. What the audit showed is that 30% couldn't be traced "
    "to a scan.",
]


@pytest.mark.parametrize("body", RESTATED)
def test_point_given_is_restatement(body: str) -> None:
    assert C.MISSING_RESTATEMENT not in codes(recovery(body))


def test_no_point_still_missing() -> None:
    assert C.MISSING_RESTATEMENT in codes(recovery("That was my mistake, and I'm sorry."))
