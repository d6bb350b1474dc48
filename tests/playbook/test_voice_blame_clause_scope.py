"""Where the clause reading of blame (clauses.py) must look before it calls a thing the cause
(issue 14, PLAYBOOK §5). A thing is an outside cause only as the subject of its own clause: in
the object of the writer's verb ("I skipped the tab in the pack, so ..."), in a comparison ("as
ready for the questions as I should have been"), between two nouns it relates ("a gap between
the invoice and the ledger"), as the deadline ("before the timer ran out") or as the occasion of
the writer's own should-have ("When the scope moved, I should have ...") it blames nothing; nor
does a cause told as a plain fact and taken back by the next sentence ("No excuse though: ...",
"It wasn't; ..."). The same things as real causes stay blame. Every sentence is our own."""

from __future__ import annotations

import pytest

from app.playbook import clauses
from tests.playbook.voice_helpers import code_values


def spans(text: str) -> list[str]:
    low = text.lower()
    return [low[a:b] for a, b in clauses.blame_spans(low) if not clauses.disowned_at(low, a)]


CLEAR = [
    # the thing inside the writer's own clause
    "I ignored the second tab in the supplier pack, so my totals were off by a month.",
    "I had revised mostly for the behavioural questions, so the costing task caught me cold.",
    # a comparison, not a reason
    "I wasn't as quick on the modelling questions as I would have liked to be.",
    # a relation between two nouns
    "You asked how I'd settle a gap between the delivery note and the invoice, and I got it wrong.",
    # the clock as the deadline
    "I left a stray semicolon in the query and didn't catch it before the timer ran out.",
    # the occasion of the writer's own should-have
    "When the requirements moved, I should have stopped and checked them with you first.",
]

BLAME = [
    # the same things as the subjects of their own clauses
    "The supplier pack had a second tab nobody mentioned, so my totals were off by a month.",
    "Between the echo on the line and the short slot, I lost the thread halfway through.",
    "The timer ran out while I was still reading the question.",
    "When the requirements moved, I lost the thread completely.",
    # the writer as the one told: the reason before ", so" is someone else's
    "I was told by the agency it would be a chat, so the whiteboard task caught me off guard.",
]


@pytest.mark.parametrize("text", CLEAR)
def test_a_thing_outside_its_own_clause_is_no_cause(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize("text", BLAME)
def test_a_thing_as_its_clause_subject_still_blames(text: str) -> None:
    assert spans(text) != []


TAKEN_BACK = [
    "The shared screen kept freezing during the pairing task. No excuse though: the bug was in "
    "my loop from the start.",
    "At first I thought the brief had been unclear. It wasn't; I skimmed it.",
]

KEPT = [
    # what the cause did to the writer, then a half take-back: the reason still stands
    "The laptop they gave me had a French keyboard, and I'm sure that slowed me down. No excuse "
    "for the wrong join, though.",
    # a take-back of something else
    "The shared screen kept freezing during the pairing task. It wasn't the only problem.",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_plain_cause_taken_back_next_is_no_blame(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize("text", KEPT)
def test_a_cause_not_taken_back_stays(text: str) -> None:
    low = text.lower()
    found = clauses.blame_spans(low)
    assert found and not all(clauses.disowned_at(low, a) for a, _ in found)


def test_whole_note_owned_occasion_is_clean() -> None:
    text = (
        "Hi Rosa,\n\nThank you for the design review. When the requirements moved, I should have "
        "stopped and restated them before carrying on; I didn't. The plan in one line: migrate "
        "reads first, then writes, with a week of dual running.\n\nBest,\nIlse\n"
    )
    assert "blame_shift" not in code_values(text)
