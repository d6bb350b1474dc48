"""voice_model.silent_by_parts: a draft's whole-note scorer answer with the engine's lines read
from an earlier draft's reading of the same lines. It must give note_scores' answer, or None
(ask note_scores) when the sums, added in another order, could fall on either side of a
threshold."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.cli.gallery import cases as gallery_cases
from app.playbook import drafting, voice
from app.playbook import voice_model as vm
from app.playbook import voice_weights as vw
from app.playbook.masking import mask_terms
from app.playbook.models import DraftInput
from app.playbook.rules import lower_same, tokens, vocabulary
from tests.playbook.test_drafting_properties import MESSY

NOW = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)


def _read(inp: DraftInput) -> tuple[set[str], str, list[tuple[int, int]]]:
    """The whole note's vocabulary, its masked lower-case text and the engine's lines, as
    voice._check has them for a draft."""
    f = drafting._facts(inp)
    _, paragraphs = drafting._WRITERS[inp.scenario](f)
    text, engine = drafting._rendered(paragraphs)
    low_plain = lower_same(text)
    vocab = vocabulary(tokens(low_plain))
    work, _ = mask_terms(text, low_plain, f.known_terms(f.name, f.title), vocab)
    return vocab, lower_same(work), engine


def _inputs() -> list[DraftInput]:
    return [c.inp for c in gallery_cases()] + list(MESSY)


def test_the_answer_by_parts_is_note_scores_answer() -> None:
    answered = 0
    for inp in _inputs():
        vocab, low, engine = _read(inp)
        if not engine:
            continue
        by_parts = vm.silent_by_parts(vocab, low, engine)
        vm._last = (None, None, {})
        assert by_parts in (None, voice._scorer_silent(vocab, low)), low
        # Asked again (the engine's lines now read before), the same answer.
        assert vm.silent_by_parts(vocab, low, engine) == by_parts
        answered += by_parts is not None
    assert answered >= 30


def test_a_score_on_its_threshold_is_left_to_note_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    vocab, low, engine = _read(_inputs()[0])
    vm._last = (None, None, {})
    scores = vm.note_scores(vocab, low)
    code = "self_deprecation"
    # The threshold a hair from the score: another order of addition may land either side.
    monkeypatch.setitem(vw.THRESHOLD, code, scores[code] + 1e-12)
    assert vm.silent_by_parts(vocab, low, engine) is None
    # Far from it, the parts answer.
    monkeypatch.setitem(vw.THRESHOLD, code, scores[code] + 1.0)
    assert vm.silent_by_parts(vocab, low, engine) is not None


def test_lines_whose_words_the_note_reads_apart_are_left_to_note_scores() -> None:
    # Masked, "Acme's-best" reads "s-best", a word the note itself never has.
    text = "Hi Dana,\n\nThank you for the talk about Acme's-best plans.\n\nBest,\nSam\n"
    low_plain = lower_same(text)
    vocab = vocabulary(tokens(low_plain))
    work, _ = mask_terms(text, low_plain, ("Acme",), vocab)
    low = lower_same(work)
    line = low.index("thank"), low.index("\n\nbest")
    assert "s-best" in tokens(low[line[0] : line[1]]) and "s-best" not in vocab
    assert vm.silent_by_parts(vocab, low, [line]) is None
