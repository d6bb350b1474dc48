"""Blame said through a predicate that links a cause to the stumble (issue 14: the stumble put
on the setup, politely): "X led to / resulted in my Y being off", "..., which is how / where
my Y went", "..., which would explain it", "not helped by X", "some of that is down to how X
was set", "part of the problem was X". The cause is outside the writer; the link says it
brought the stumble about. The same links with the writer as the cause, with a good result, or
with no stumble after them are not blame. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook import cause_reading
from app.playbook.rules import tokens, vocabulary


def spans(text: str) -> list[str]:
    low = text.lower()
    return [low[a:b] for a, b in cause_reading.blame_spans(low, vocabulary(tokens(low)))]


BLAME = [
    "The mix-up over which spreadsheet was current led to my margin figure being wrong.",
    "The ambiguity in the brief resulted in my cost table being built on the old rates.",
    "The two templates had nearly the same title, which is how my totals came out doubled.",
    "The chart on the handout was the metric one, which is where I got the wrong figure.",
    "I rambled on the staffing case, not helped by the projector failing halfway through.",
    "I started on the wrong step, and some of that is down to how the task was worded.",
    "My estimate was low. Part of the problem was the rate card in the pack, which was a year old.",
]

CLEAR = [
    # the writer as the cause
    "My own rushing led to my margin figure being wrong.",
    "I skimmed the brief, which is how my totals came out doubled.",
    "Some of that is down to my nerves, and that is on me.",
    # a good result
    "The checklist you shared led to my plan being much tighter.",
    "The team's wiki covers it, which is where I learned the method.",
    # the link with nothing the writer stumbled on
    "The guide was a good read, which is where the idea for the pilot came from.",
]


@pytest.mark.parametrize("text", BLAME)
def test_a_link_from_an_outside_cause_to_the_stumble_is_blame(text: str) -> None:
    assert spans(text) != []


@pytest.mark.parametrize("text", CLEAR)
def test_the_same_links_without_an_outside_cause_are_not(text: str) -> None:
    assert spans(text) == []
