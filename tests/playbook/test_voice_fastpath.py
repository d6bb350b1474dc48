"""Fast paths of the voice check give what the slow reading gave.

The known-term scan (masking._occurrences) is held to the alternation it replaced, a regex of
the terms longest first with any whitespace run between a term's words, over generated notes
and terms built to overlap, nest and sit inside longer words."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.playbook.masking import _clean_terms, _occurrences
from app.playbook.rules import lower_same


def _by_regex(low: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    alternatives = "|".join(r"\s+".join(map(re.escape, lower_same(t).split(" "))) for t in terms)
    return [m.span() for m in re.finditer(f"(?:{alternatives})", low)]


_WORDS = st.sampled_from(["al", "also", "jo", "anne", "jo-anne", "a.b", "our", "place", "n"])
_GAPS = st.sampled_from([" ", "  ", "\n", "\t \n", "\u00a0", "\u2003", "", "-", ", "])
_TERM = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)


@st.composite
def _notes(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_WORDS, _GAPS), max_size=25))
    return "".join(w + g for w, g in parts)


@settings(max_examples=600, deadline=None)
@given(_notes(), st.lists(_TERM, min_size=1, max_size=6))
@example("Jo\nAnne and jo anne, also Al", ["Jo Anne", "Al", "Anne"])
@example("our place our  place ourplace", ["Our Place", "our"])
@example("aaaa", ["aa", "aaa"])
def test_term_scan_equals_the_alternation(note: str, terms: list[str]) -> None:
    cleaned = _clean_terms(tuple(terms))
    if not cleaned:
        return
    low = lower_same(note)
    assert _occurrences(low, [t.parts for t in cleaned]) == _by_regex(
        low, tuple(t.text for t in cleaned)
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.lists(st.text(min_size=2, max_size=12), min_size=1, max_size=4))
def test_term_scan_equals_the_alternation_on_any_text(note: str, terms: list[str]) -> None:
    cleaned = _clean_terms(tuple(terms))
    if not cleaned:
        return
    low = lower_same(note)
    assert _occurrences(low, [t.parts for t in cleaned]) == _by_regex(
        low, tuple(t.text for t in cleaned)
    )


_OLD_PLACEHOLDER_HINT = re.compile(r"[\[{<%]|XX|TK|___|NAME")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("[{<%XTKNAME_ x]}>")), max_size=30))
@example("Hi NAME,")
@example("a __ b")
def test_placeholder_hint_is_the_old_pattern(text: str) -> None:
    from app.playbook.voice import _PLACEHOLDER_HINTS

    assert any(map(text.__contains__, _PLACEHOLDER_HINTS)) == bool(
        _OLD_PLACEHOLDER_HINT.search(text)
    )
