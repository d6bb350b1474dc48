"""clean_inline: its fast path for ordinary text gives what the general path gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.playbook.text import clean_inline

_TRAILING = " \t.,;:!?-–—"


def reference(value: str, limit: int = 160) -> str | None:
    """The rule as written, with no shortcut: controls to spaces, whitespace collapsed."""
    text = re.sub(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+", " ", unicodedata.normalize("NFC", value))
    text = re.sub(r"\s+", " ", text).strip().rstrip(_TRAILING).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(_TRAILING) or text[:limit]
    return text or None


# Characters that tell the paths apart if the shortcut were wrong: every kind of space and line
# break, controls, combining marks (NFC), zero-width and trailing punctuation.
TRICKY = st.sampled_from(
    list("ab Z.,;!?-–—\t\n\r\x00\x7f\u0085\u2028\u2029\u00a0\u3000\u1680\u200b[]e\u0301é")
)


@settings(max_examples=3000)
@given(st.text(TRICKY, max_size=24) | st.text(max_size=24))
def test_same_as_the_general_rule(value: str) -> None:
    assert clean_inline(value) == reference(value)


def test_examples() -> None:
    assert clean_inline("  Priya  Raman.\r\n") == "Priya Raman"
    assert clean_inline("Cafe\u0301 Ltd") == "Café Ltd"
    assert clean_inline("a\u00a0b") == "a b"
    assert clean_inline("...") is None
