"""The voice check's speed paths give what the plain readings give.

- pieces.Cut.holding finds the sentence pieces that hold a key from the keys' occurrences; it is
  held to the plain walk over every piece (and Cut.before to the piece before), on generated
  text built to hit the edges (end marks in a row, keys at a piece's edges, the budget cutting a
  piece, keys that hold an end mark and so take the plain walk).
- tone._CAPS_TOKEN starts with a character class; it is held to lexicon.CAPS_TOKEN.
- tone._may_hold_triple says False only for notes without a tripled letter.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.playbook import cause_reading, jab_reading, stakes_reading, tone
from app.playbook import lexicon as lx
from app.playbook.pieces import Cut
from app.playbook.rules import Family, lower_same, tokens, vocabulary


def _plain_holding(
    piece: re.Pattern[str], low: str, keys: tuple[str, ...], limit: int
) -> list[tuple[int, int]]:
    return [m.span() for m in piece.finditer(low, 0, limit) if any(k in m.group() for k in keys)]


_TEXT = st.text(alphabet="ab .!?;\n,'\u2019", max_size=60)
_KEYS = st.lists(
    st.sampled_from(["a", "ab", "b a", "ba", ", a", "b", "a.", ";b", "zz"]), max_size=4
)


@settings(max_examples=600, deadline=None)
@given(_TEXT, _KEYS, st.integers(min_value=0, max_value=70))
@example("ab. ab", ["ab"], 4)
@example("..a;;\n\nb a", ["b a", "a"], 11)
@example("a?b", ["a"], 1)
def test_holding_is_the_plain_walk_over_every_piece(text: str, keys: list[str], cut: int) -> None:
    for reading in (cause_reading, jab_reading, stakes_reading):
        piece = reading._PIECE
        found = reading._CUT.holding(text, keys, min(len(text), cut))
        assert found == _plain_holding(piece, text, tuple(keys), min(len(text), cut))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example("a.b")
@example("..a;;\n\nb a")
def test_before_is_the_piece_before(text: str) -> None:
    cut = Cut(".!?;\n")
    pieces = [m.span() for m in cause_reading._PIECE.finditer(text)]
    for i, (start, _) in enumerate(pieces):
        expected = pieces[i - 1] if i else None
        assert cut.before(text, start) == expected
        # With a floor at any earlier piece's start, the answer is the same.
        for floor, _ in pieces[: max(0, i - 1) + (1 if i else 0)]:
            assert cut.before(text, start, floor) == expected


def test_the_cut_builds_the_readings_piece_pattern() -> None:
    assert Cut(".!?;\n").piece_re.pattern == cause_reading._PIECE.pattern
    assert Cut(".!?\n").piece_re.pattern == jab_reading._PIECE.pattern
    assert stakes_reading._CUT.piece_re.pattern == stakes_reading._PIECE.pattern


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="AIbZ' .É\n-a", max_size=40))
@example("ABc DEF'GH I ABCa")
def test_the_caps_scan_is_the_lexicons(text: str) -> None:
    ours = [m.span() for m in tone._CAPS_TOKEN.finditer(text)]
    assert ours == [m.span() for m in lx.CAPS_TOKEN.finditer(text)]


def test_a_note_without_a_tripled_letter_skips_the_scan() -> None:
    calm = lower_same("Thank you for the call. I keep thinking about the rollout.")
    assert not tone._may_hold_triple(vocabulary(tokens(calm)))
    loud = lower_same("That was sooo good, thank you!")
    assert tone._may_hold_triple(vocabulary(tokens(loud)))
    assert tone.intensity(loud, loud, vocabulary(tokens(loud)), loud)


def test_a_family_made_after_a_check_opens_on_the_same_vocabulary() -> None:
    # Families cut the note's words to all families' gate words once per vocabulary object
    # (rules._gate_words_of); a family made later must not read a cut made before it.
    low = lower_same("the zorblat kept failing")
    vocab = vocabulary(tokens(low))
    assert lx.BLAME_SHIFT.spans(low, vocab) == lx.BLAME_SHIFT.spans(low, vocab)
    late = Family(("zorblat", r"\bzorblat\s+kept"))
    assert late.spans(low, vocab) == [(4, 16)]
