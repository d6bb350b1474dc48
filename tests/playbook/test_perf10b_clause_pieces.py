"""clauses.blame_spans cuts an ASCII note into its pieces without the piece regex (perf10b).

_PIECE was run twice over every note (over the note, and over its copy with ' and - stripped),
then each piece's words were split and tested. For an ASCII note two byte translations and
splits now give the same pieces: every sentence end as "\\n" keeps each piece in place, so the
runs between them are the pieces and their offsets add up. Held here to the plain walk over
_PIECE (the non-ASCII path, kept) over text built to hit the edges: ends in a row, pieces of
marks alone, a question, a cut at the budget."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.playbook import clauses

_ALPHABET = st.sampled_from(
    [
        "a",
        "b",
        "1",
        " ",
        ".",
        "!",
        "?",
        ";",
        "\n",
        "'",
        "-",
        ",",
        "(",
        "the wifi kept dropping",
        "because of",
        "wasn't",
        "wi-fi",
        "if i'd",
        "thanks to",
        "with another ten minutes i would have",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join), st.integers(min_value=0, max_value=200))
@example("'. the call dropped so i lost the thread.", 200)
@example("..a;;\n\nb' -?the lag. x", 200)
@example("the lag was bad. the lag", 20)
def test_ascii_pieces_are_the_plain_walk(text: str, cut: int) -> None:
    whole = text[: min(len(text), cut)]
    for pairs in (False, True):
        assert clauses._open_ascii(whole, pairs) == clauses._open_pieces(whole, len(whole), pairs)


def test_an_ascii_note_is_cut_without_the_piece_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    low = "thanks for the chat. the wifi kept dropping, so i lost the thread. why? bye."
    expected = clauses.blame_spans(low)
    assert expected  # the note blames: its piece was opened and read

    class _NoScan:
        def finditer(self, *args: object) -> object:
            raise AssertionError("the piece regex ran over an ASCII note")

        findall = finditer

    monkeypatch.setattr(clauses, "_PIECE", _NoScan())
    assert clauses.blame_spans(low) == expected
