"""tokens() on notes with non-ASCII characters splits through UTF-8 bytes (rules.py,
_tokens_beyond_ascii): it must find exactly what the word regex finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.playbook.rules import _WORD, lower_same, tokens

# Letters, digits and marks from outside ASCII beside the ASCII separators: Unicode spaces
# (no-break, line separator, ideographic), a dash, a curly apostrophe, a combining accent, a
# superscript digit, a ligature, a titlecase letter, an underscore-like connector.
_ALPHABET = [
    *"abZ09'-_ .,!?\n\t\"()/",
    "é",
    "ß",
    "’",
    "—",
    "\u00a0",
    "\u2028",
    "\u3000",
    "\u0301",
    "²",
    "½",
    "ﬁ",
    "ǅ",
    "‿",
    "日",
    "\x85",
]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60))
@example("José García's follow-up — don’t")
@example("a\u00a0b\u2028c\u3000d")
@example("e\u0301t\u00e9 -x x- a--b")
def test_tokens_of_non_ascii_notes_are_the_regex_matches(text: str) -> None:
    low = lower_same(text)
    assert tokens(low) == _WORD.findall(low)


def test_a_lone_surrogate_falls_back_to_the_regex() -> None:
    low = "caf\u00e9 \ud800 don't"
    assert tokens(low) == _WORD.findall(low) == ["café", "don't"]
