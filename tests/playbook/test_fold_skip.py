"""The voice check folds quotes only in a note that holds a character FOLD changes (perf3)."""

from __future__ import annotations

from app.playbook.masking import FOLD, FOLDABLE
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def test_foldable_is_exactly_the_folded_characters() -> None:
    for code in range(0x80, 0x10000):
        ch = chr(code)
        assert (FOLDABLE.search(f"a{ch}b") is not None) == (ch.translate(FOLD) != ch), hex(code)


def test_a_note_without_foldable_characters_reads_as_before() -> None:
    note = (
        "Hi José,\n\nThank you for the chat about the café roadmap. I’m keen to help.\n\nBest,\nZoë"
    )
    bare = note.replace("’", "'")
    assert FOLDABLE.search(bare) is None
    # Folding makes both notes the same working copy: the same report either way.
    assert check_voice(note, Scenario.GRATITUDE) == check_voice(bare, Scenario.GRATITUDE)
