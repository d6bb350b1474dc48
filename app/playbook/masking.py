"""Same-length working copies of a note for the voice check: quotes folded, known terms masked.

Every function here keeps offsets: one character in, one character out, so a span found in a
working copy is the same span in the text the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from app.playbook.rules import lower_same, tokens, vocabulary

# One character for one character, so offsets into the working copy are offsets into the text.
FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\uff07": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\uff01": "!",
        "\u203c": "!",
        "\u2757": "!",
        "\u2755": "!",
        "\uff1f": "?",
        "\u2049": "?",
        "\u2048": "?",
        "\u203d": "?",
        "\u2753": "?",
        "\u2754": "?",
    }
)

# Any character FOLD changes: a note with none needs no translate (most non-ASCII notes: "José").
FOLDABLE = re.compile("[" + re.escape("".join(map(chr, FOLD))) + "]")

_MAX_TERMS = 200
_FILL = re.compile(r"\S")


def mask_terms(
    plain: str, low: str, known_terms: Sequence[str], vocab: set[str]
) -> tuple[str, bool]:
    """`plain` with the known terms blanked out, and whether a blanked term held a pronoun.

    Terms are matched lower-cased on the lower-cased copy `low` (same offsets as `plain`), and
    their word boundaries are checked here: both keep the scan fast (see rules.py)."""
    if not known_terms or isinstance(known_terms, str):
        return plain, False
    terms = _clean_terms(tuple(t for t in known_terms if isinstance(t, str))[:_MAX_TERMS])
    # Only terms whose words all occur in the note can match: skip the rest before scanning.
    present = [term for term in terms if term.words <= vocab]
    if not present:
        return plain, False
    size = len(low)
    pieces: list[str] = []
    at = 0
    for start, end in _occurrences(low, [term.parts for term in present]):
        before = low[start - 1] if start else " "
        after = low[end] if end < size else " "
        if before.isalnum() or before == "_" or after.isalnum() or after == "_":
            continue  # inside a longer word: "Al" in "Also"
        pieces.append(plain[at:start])
        pieces.append(_blank(plain[start:end]))
        at = end
    if not pieces:
        return plain, False
    pieces.append(plain[at:])
    return "".join(pieces), any(term.pronoun for term in present)


@lru_cache(maxsize=1024)  # a note repeats its names; a draft route sees them again and again
def _blank(term: str) -> str:
    """Every non-space character of `term` as "_"."""
    if term.isprintable():  # then " " is its only whitespace: no regex needed
        if " " not in term:
            return "_" * len(term)
        return " ".join(["_" * len(word) for word in term.split(" ")])
    return _FILL.sub("_", term)


_PRONOUNS = frozenset(("we", "us", "our", "ours", "your", "yours"))


class _Term(NamedTuple):
    text: str
    words: frozenset[str]  # its lower-case word tokens: all must be in the note to match
    parts: tuple[str, ...]  # lower-cased, split at its (single) spaces: what the scan finds
    pronoun: bool  # holds we/our/your ("Our Place"): masked, it leaves we_ratio


@lru_cache(maxsize=512)
def _clean_terms(terms: tuple[str, ...]) -> tuple[_Term, ...]:
    """Usable terms (two characters or more, whitespace collapsed), longest first."""
    cleaned = {" ".join(t.translate(FOLD).split())[:200] for t in terms}
    usable = sorted((t for t in cleaned if len(t) >= 2), key=lambda t: (-len(t), t))
    out = []
    for t in usable:
        low = lower_same(t)
        words = tokens(low)
        pronoun = not _PRONOUNS.isdisjoint(vocabulary(words))
        out.append(_Term(t, frozenset(words), tuple(low.split(" ")), pronoun))
    return tuple(out)


def _occurrences(low: str, terms: Sequence[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where the terms (longest first) occur in `low`, read as one alternation of the terms
    would be: left to right, at each position the first term that matches there, the scan going
    on after it; any run of whitespace in the note matches the space in a term ("Jo\nAnne").

    A scan with str.find per word rather than a compiled pattern: a pattern per term set cost a
    compile (~0.1 ms) for every new topic or name a server drafts for."""
    found: list[tuple[int, int, int]] = []  # (start, term's rank, end)
    size = len(low)
    for rank, parts in enumerate(terms):
        first = parts[0]
        width = len(first)
        at = low.find(first)
        if len(parts) == 1:  # most terms are one word: no gap to read
            while at >= 0:
                found.append((at, rank, at + width))
                at = low.find(first, at + 1)
            continue
        rest = parts[1:]
        while at >= 0:
            end = at + width
            for word in rest:
                gap = end
                while gap < size and low[gap].isspace():
                    gap += 1
                if gap == end or not low.startswith(word, gap):
                    break
                end = gap + len(word)
            else:
                found.append((at, rank, end))
            at = low.find(first, at + 1)
    if len(found) > 1:
        found.sort()
    out: list[tuple[int, int]] = []
    resume = 0
    for start, _, end in found:
        if start >= resume:  # the first-ranked term at this start; overlapping ones are skipped
            out.append((start, end))
            resume = end
    return out
