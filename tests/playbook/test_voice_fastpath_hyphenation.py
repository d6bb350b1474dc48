"""The syllable counter's own reading of pyphen's en_US dictionary (readability._Hyphenation)
finds the break points pyphen finds, and opening it does not import pyphen (whose import and
dictionary parse were most of a CLI check's cold start)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyphen
from hypothesis import given, settings
from hypothesis import strategies as st

from app.playbook import readability as rd
from bench.bench_voice_accuracy import load

_PYPHEN = pyphen.Pyphen(lang="en_US")
_ROOT = Path(__file__).resolve().parents[2]


def _corpus_words() -> list[str]:
    text = " ".join(c.text for c in load() if c.set == "tune")
    gallery = _ROOT / "docs" / "drafts.md"
    if gallery.exists():
        text += gallery.read_text()
    return sorted({w for w in re.findall(r"[a-z]+", text.lower()) if len(w) <= 40})


def test_same_break_points_as_pyphen_on_every_corpus_word() -> None:
    words = _corpus_words()
    assert len(words) > 2_000
    hyph = rd._dictionary()
    differ = [w for w in words if hyph.breaks(w) != len(_PYPHEN.positions(w))]
    assert differ == []


def test_every_pattern_reads_as_pyphen_reads_it() -> None:
    # Every pattern pyphen keeps, with the same offset and values, and none it drops.
    hyph = rd._Hyphenation(_dictionary_text())
    patterns = _PYPHEN.hd.patterns
    assert set(hyph.table) == set(patterns)
    for key, line in list(hyph.table.items()):
        assert isinstance(line, str)
        offset, values = hyph._parse(key, line)
        assert (offset, values) == (patterns[key][0], tuple(patterns[key][1]))


def _dictionary_text() -> str:
    path = Path(pyphen.__file__).parent / "dictionaries" / "hyph_en_US.dic"
    return path.read_text("utf-8")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=40))
def test_same_break_points_as_pyphen_on_any_word(word: str) -> None:
    assert rd._dictionary().breaks(word) == len(_PYPHEN.positions(word))


def test_opening_the_dictionary_does_not_import_pyphen() -> None:
    script = (
        "import sys\n"
        "from app.playbook import readability as rd\n"
        "assert rd.syllables('hyphenation') >= 4\n"
        "print('pyphen' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=_ROOT
    )
    assert out.stdout.strip() == "False"
