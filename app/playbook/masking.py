"""Same-length working copies of a note for the voice check: quotes folded, known terms masked.

Every function here keeps offsets: one character in, one character out, so a span found in a
working copy is the same span in the text the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

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
    # Only terms whose words all occur in the note can match: skip the rest before compiling.
    present = tuple(t for t, words in terms if words <= vocab)
    if not present:
        return plain, False
    size = len(low)
    pieces: list[str] = []
    at = 0
    for start, end in _occurrences(low, present):
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
    return "".join(pieces), _has_pronoun(present)


@lru_cache(maxsize=1024)  # a note repeats its names; a draft route sees them again and again
def _blank(term: str) -> str:
    """Every non-space character of `term` as "_"."""
    if term.isprintable():  # then " " is its only whitespace: no regex needed
        if " " not in term:
            return "_" * len(term)
        return " ".join(["_" * len(word) for word in term.split(" ")])
    return _FILL.sub("_", term)


_PRONOUNS = frozenset(("we", "us", "our", "ours", "your", "yours"))


@lru_cache(maxsize=512)
def _has_pronoun(terms: tuple[str, ...]) -> bool:
    return not _PRONOUNS.isdisjoint(vocabulary(tokens(lower_same(" ".join(terms)))))


@lru_cache(maxsize=512)
def _clean_terms(terms: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Usable terms (two characters or more, whitespace collapsed), longest first, each with
    the lower-case words it contains."""
    cleaned = {" ".join(t.translate(FOLD).split())[:200] for t in terms}
    usable = sorted((t for t in cleaned if len(t) >= 2), key=lambda t: (-len(t), t))
    return tuple((t, frozenset(tokens(lower_same(t)))) for t in usable)


def _occurrences(low: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the terms (longest first) occur in `low`, read as one alternation of the terms
    would be: left to right, at each position the first term that matches there, the scan going
    on after it; any run of whitespace in the note matches the space in a term ("Jo\nAnne").

    A scan with str.find per word rather than a compiled pattern: a pattern per term set cost a
    compile (~0.1 ms) for every new topic or name a server drafts for."""
    found: list[tuple[int, int, int]] = []  # (start, term's rank, end)
    size = len(low)
    for rank, term in enumerate(terms):
        first, *rest = lower_same(term).split(" ")
        at = low.find(first)
        while at >= 0:
            end = at + len(first)
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
