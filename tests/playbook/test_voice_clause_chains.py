"""A note made of a thousand opening clauses ("if ..., if ..., ..." or "When ..., When ...")
is read within the note budget: the readings that step over an opening clause to reach the
statement or the reason behind it step over a few, not one per clause. Before the bound, each
clause was one more Python frame, and a note under the 20,000-character cap ended in
RecursionError (a 500 from /v1/voice/check)."""

from __future__ import annotations

import sys

import pytest

from app.playbook.cause_reading import conceded_spans
from app.playbook.lexicon_notes import OWNERSHIP
from app.playbook.rules import tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.structure_reading import states_a_fact
from app.playbook.voice import check_message

IFS = "Hi Dana,\n\nI said it wrong. " + "if the cat sat, " * 1200 + "the dog is 5 kg."
WHENS = "When it hung, " * 1300 + "the call dropped. Still, the error is mine."


@pytest.mark.parametrize("note", [IFS, WHENS], ids=["if-chain", "when-chain"])
def test_a_chain_of_opening_clauses_is_checked_without_running_out_of_stack(note: str) -> None:
    # More clauses than Python has frames, in a note the API accepts.
    assert len(note) < 20_000 and note.count(",") > sys.getrecursionlimit()
    report = check_message(note, Scenario.RECOVERY)
    assert report.verdict in {"send", "revise", "hold"}


def test_the_statement_after_a_few_opening_clauses_is_still_read() -> None:
    one = "if a worker misses a check-in by 15 minutes, the supervisor calls the site."
    assert states_a_fact(one, 0, len(one))
    many = "if it rains, " * 400 + "the supervisor calls the site."
    assert not states_a_fact(many, 0, len(many))  # past the bound: no statement found


def test_a_reason_after_a_few_recounts_is_still_conceded() -> None:
    low = "when you asked about the cache, the whiteboard kept lagging. still, the error is mine."
    vocab = vocabulary(tokens(low))
    owned = OWNERSHIP.spans(low, vocab)
    assert owned
    assert conceded_spans(low, vocab, owned)
    chain = "when it hung, " * 400 + "the whiteboard kept lagging. still, the error is mine."
    vocab = vocabulary(tokens(chain))
    assert conceded_spans(chain, vocab, OWNERSHIP.spans(chain, vocab)) == []
