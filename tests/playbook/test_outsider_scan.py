"""The outsider-voice scan that starts from each "you" finds exactly what one regex finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.playbook import outsider as o

# The phrases as single patterns: what the scan replaces, kept here as its reference.
WHEN_YOU = re.compile(o._WHEN_HEAD.pattern + o._WHEN_TAIL.pattern)
HELP_YOU = re.compile(o._HELP_HEAD.pattern + o._HELP_TAIL.pattern)

_WORDS = st.sampled_from(
    [
        "when",
        "once",
        "after",
        "as",
        "soon",
        "before",
        "until",
        "while",
        "if",
        "help",
        "helping",
        "watch",
        "see",
        "seeing",
        "you",
        "you're",
        "you are",
        "ship",
        "shipping",
        "launch",
        "grow",
        "go public",
        "roll out",
        "finally",
        "all",
        "has",
        "alias",
        "motif",
        "bayou",
        "young",
        "the",
        "team",
        "x2if",
        "whenas",
        "i",
        "we",
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\n", "\t", " \n ", "", ", ", ". "])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=14))
def test_the_you_anchored_scan_matches_the_single_regex(parts: list[tuple[str, str]]) -> None:
    low = "".join(word + gap for word, gap in parts)
    for head, heads, tail, whole in (
        (o._WHEN_HEAD, o._WHEN_WORDS, o._WHEN_TAIL, WHEN_YOU),
        (o._HELP_HEAD, o._HELP_WORDS, o._HELP_TAIL, HELP_YOU),
    ):
        scanned = [(start, end, m.span()) for start, end, m in o._head_you(low, head, heads, tail)]
        expected = [(m.start(), m.end(), (_tail_start(m), m.end())) for m in whole.finditer(low)]
        assert scanned == expected, low


def _tail_start(m: re.Match[str]) -> int:
    for name in ("be", "subj", "obj"):
        if name in m.groupdict() and m.group(name) is not None:
            return m.start(name)
    raise AssertionError(m)


def test_as_soon_as_takes_the_longer_head() -> None:
    low = "as soon as you ship, has soon as you ship, and as  soon\nas you're shipping"
    found = [(s, e) for s, e, _ in o._head_you(low, o._WHEN_HEAD, o._WHEN_WORDS, o._WHEN_TAIL)]
    assert found == [(m.start(), m.end()) for m in WHEN_YOU.finditer(low)]
    assert found[0] == (0, 19)
