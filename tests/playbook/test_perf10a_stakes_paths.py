"""perf10a: stakes_reading's sentence words come from a byte table (not a regex over the whole
sentence), its readings are opened from an index of their first words (not tried one by one),
and pieces.Cut.holding checks its keys with one search. Each must answer exactly as the plain
form did: these tests hold them to it on texts and vocabularies built from the pieces' own
characters and words."""

from __future__ import annotations

import random

from hypothesis import example, given
from hypothesis import strategies as st

from app.playbook import stakes_reading as sr
from app.playbook.pieces import Cut


@given(st.text(alphabet="ab9'\u2019 -.,Z_\u00e9\n\t", max_size=40))
@example("don't  can\u2019t 'quoted' it''s x-ray end'")
@example("caf\u00e9 d\u00e9j\u00e0 vu, it's")
def test_sentence_words_are_the_regex_tokens(text: str) -> None:
    assert sr._words(text) == sr._WORD.findall(text.replace("\u2019", "'"))


def _open_each(readings: sr._Readings, vocab: set[str]) -> set[str]:
    """The plain form: every reading tried in turn."""
    links: set[str] = set()
    for words, partners in readings:
        if not words.isdisjoint(vocab) and not partners.isdisjoint(vocab):
            links |= words.intersection(vocab)
    return links


def test_the_readings_index_opens_what_trying_each_reading_opens() -> None:
    rng = random.Random(10)
    for readings, links in (
        (sr._PLEA_READINGS, sr._PLEA_LINKS),
        (sr._SELF_READINGS, sr._SELF_LINKS),
    ):
        words = sorted(frozenset().union(*(a | b for a, b in readings)))
        for _ in range(3000):
            vocab = set(rng.sample(words, rng.randint(0, 12))) | {"zzz"}
            found = links.open(vocab)
            assert len(found) == len(set(found))
            assert set(found) == _open_each(readings, vocab)


@given(
    st.text(alphabet="ab .;\n", max_size=30),
    st.lists(st.text(alphabet="ab .;", max_size=3), max_size=3),
)
def test_holding_answers_as_the_piece_by_piece_scan(low: str, keys: list[str]) -> None:
    cut = Cut(".;\n")
    plain = [
        m.span()
        for m in cut.piece_re.finditer(low, 0, len(low))
        if any(k in m.group() for k in keys)
    ]
    assert cut.holding(low, keys, len(low)) == plain
