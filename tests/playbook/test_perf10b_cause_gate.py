"""cause_reading.gate opens a link word from the partner sets of its own readings (perf10b).

gate() walked all of _READINGS (27 of them) on every note that holds a link word; it now reads
only the note's few link words, each with the partner sets of the readings that hold it
(_PARTNERS_OF, built from _READINGS). Held here to the walk over every reading."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.playbook import cause_reading as cr


def _walk(found: set[str], vocab: set[str]) -> set[str]:
    """The link words that open, as gate() first found them: every reading tested."""
    links: set[str] = set()
    for words, partners in cr._READINGS:
        if not words.isdisjoint(found) and not partners.isdisjoint(vocab):
            links |= words & found
    return links


def test_each_link_word_has_the_partners_of_its_readings() -> None:
    assert set(cr._PARTNERS_OF) == set(cr._ALL_LINKS)
    for word, partner_sets in cr._PARTNERS_OF.items():
        assert partner_sets == tuple(p for words, p in cr._READINGS if word in words)


_WORDS = sorted(
    cr._ALL_LINKS | frozenset().union(*(p for _, p in cr._READINGS)) | {"first", "once", "the"}
)


@settings(max_examples=800, deadline=None)
@given(st.sets(st.sampled_from(_WORDS), max_size=12), st.sets(st.sampled_from(_WORDS)))
def test_the_opened_links_are_the_walk_over_every_reading(found: set[str], other: set[str]) -> None:
    vocab = found | other
    assert cr._opened(found, vocab) == _walk(found, vocab)
