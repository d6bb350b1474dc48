"""Words, sentences and the Flesch-Kincaid grade of a note, for the voice check's metrics.

Syllables come from pyphen's hyphenation dictionary (shipped inside the package, loaded once on
first use rather than at import). Hyphenation leaves out breaks near the edges of a word ("area",
"idea", "roadmap" get none), so a vowel-group count is the floor. textstat is avoided on purpose:
it fetches NLTK data at run time, which fails offline.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from typing import NamedTuple

# A sentence ends at ! or ? or a period followed by a space (a period before a lower-case word
# is an abbreviation: "e.g. the"), or at a blank line (greeting and sign-off lines are their own
# units; hard-wrapped lines are not split). Candidates come from two cheap scans (each pattern
# starts with a single character class or literal, which the regex engine can skip to; an
# alternation of the two, or a leading "+", scans two to five times slower); the rest is checked
# in Python.
_TERMINATOR = re.compile(r"[.!?][.!?\"')\]]*+(?!\S)")
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")
_LOWER_NEXT = re.compile(r"(?<!\s)\s++[a-z]")  # from a run's first space only: linear
_HAS_WORD = re.compile(r"[^\W_]|_{2,}")  # "__" is a masked proper noun: still words
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_WE = frozenset(("we", "we're", "we've", "we'll", "we'd", "us", "our", "ours"))
_YOUR = frozenset(("your", "yours"))
_COUNTRY = re.compile(r"\bUS\b")  # "US" is the country, not "us"


_START = operator.methodcaller("start")
# tuple.__new__ skips the named tuple's Python-level __new__ (one per sentence).
_new_tuple = tuple.__new__


class Sentence(NamedTuple):
    start: int
    end: int
    question: bool


def sentences(text: str) -> list[Sentence]:
    """Sentence spans (leading whitespace trimmed), each marked if it ends with a question mark."""
    out: list[Sentence] = []
    at = 0
    size = len(text)
    has_word = _HAS_WORD.search
    lower_next = _LOWER_NEXT.match
    candidates = list(_TERMINATOR.finditer(text))
    if "\n" in text:
        candidates += _PARAGRAPH.finditer(text)
        candidates.sort(key=_START)
    for m in candidates:
        mark_start, after = m.span()
        mark = text[mark_start]
        if mark == "\n":
            end = mark_start
            while end > at and text[end - 1] in " \t\r":
                end -= 1
            question = False
        else:
            # Only marks followed by a space or the end are candidates (the regex's lookahead:
            # "3.5", "example.com/?q" and "e.g.x" never come back from the scan).
            end = after
            if after - mark_start > 1:
                mark = text[mark_start:after]
            question = "?" in mark
            if not question and "!" not in mark and lower_next(text, end):
                continue  # "e.g. the"
        start = at
        while start < end and text[start].isspace():
            start += 1
        # Most sentences start with a letter: only the others need the regex to find a word.
        if start < end and (text[start].isalnum() or has_word(text, start, end) is not None):
            out.append(_new_tuple(Sentence, (start, end, question)))
        at = after
    first = has_word(text, at, size)
    if first is not None:
        end = len(text.rstrip())
        out.append(Sentence(_trim_start(text, at), end, False))
    return out


def _trim_start(text: str, start: int) -> int:
    while text[start].isspace():
        start += 1
    return start


class _Hyphenation:
    """Break points of pyphen's en_US dictionary, as `pyphen.Pyphen(lang="en_US").positions`
    finds them (Liang's patterns; at least two letters either side), opened ~4x faster.

    pyphen parses all ~11,000 patterns when the dictionary opens (0.07-0.25 s, most of a CLI
    check's cold start). Here a pattern is only keyed by its letters when opened (one translate
    over the whole file) and its digits are read the first time a word's substring hits it."""

    __slots__ = ("maxlen", "table")

    def __init__(self, text: str) -> None:
        if _EDGE_SPACE.search(text):  # pyphen strips each line; the shipped file needs none
            text = "\n".join(line.strip() for line in text.split("\n"))
        # Whole-text passes at C speed, then one dict build: the first line names the encoding;
        # a line's key is its letters; a line whose digits are all 0 (its key equals it without
        # its zeros) gives no break and pyphen skips it, as it skips comments and the
        # LEFTHYPHENMIN-style settings. A value is the pattern's line until first used, then
        # its digits (see _parse).
        lines = text.split("\n")[1:]
        keys = text.translate(_NO_DIGITS).split("\n")[1:]
        zeroless = text.replace("0", "").split("\n")[1:]
        self.table: dict[str, str | tuple[int, tuple[int, ...]]] = {
            key: line
            for line, key, bare in zip(lines, keys, zeroless, strict=True)
            if key != bare and not line.startswith(_IGNORED)
        }
        self.maxlen = max(map(len, self.table))

    def _parse(self, key: str, line: str) -> tuple[int, tuple[int, ...]]:
        """The digits of `line` (a digit is the value before the letter it precedes), as
        (offset of the first non-zero, the values from there to the last non-zero)."""
        values = [0] * (len(key) + 1)
        at = 0
        for ch in line:
            if "0" <= ch <= "9":
                values[at] = int(ch)
            else:
                at += 1
        first = next(i for i, v in enumerate(values) if v)
        last = max(i for i, v in enumerate(values) if v)
        parsed = self.table[key] = (first, tuple(values[first : last + 1]))
        return parsed

    def breaks(self, word: str) -> int:
        """How many break points `word` (lower-case) has."""
        pointed = f".{word}."
        size = len(pointed)
        points = [0] * (size + 1)
        get = self.table.get
        maxlen = self.maxlen
        for i in range(size - 1):
            for j in range(i + 1, min(i + maxlen, size) + 1):
                hit = get(pointed[i:j])
                if hit is None:
                    continue
                if isinstance(hit, str):
                    hit = self._parse(pointed[i:j], hit)
                at = i + hit[0]
                for v in hit[1]:
                    if at > size:
                        break
                    if v > points[at]:
                        points[at] = v
                    at += 1
        # points[i] is the break before word[i - 1]; pyphen keeps breaks 2 <= i - 1 <= len - 2.
        return sum(1 for i in range(3, len(word)) if points[i] % 2)


_NO_DIGITS = str.maketrans("", "", "0123456789")
_IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUND")
_EDGE_SPACE = re.compile(r"^[^\S\n]|[^\S\n]$", re.MULTILINE)


@lru_cache(maxsize=1)
def _dictionary() -> _Hyphenation:
    # pyphen's own dictionary file, found without importing pyphen (its import lists every
    # language's file); read as pyphen reads it, in the encoding its first line names.
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyphen is not installed: it ships the hyphenation dictionary")
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionaries" / "hyph_en_US.dic"
    data = path.read_bytes()
    encoding = data.split(b"\n", 1)[0].decode().strip()
    return _Hyphenation(data.decode(encoding))


# Per-word syllable counts. A plain dict read with map() costs half of an lru_cache lookup;
# it is cleared when full rather than evicted one by one.
_SYLLABLES: dict[str, int] = {}
_SYLLABLES_MAX = 100_000


def total_syllables(words: list[str]) -> int:
    cache = _SYLLABLES
    try:
        return sum(map(cache.__getitem__, words))
    except KeyError:
        pass
    if len(cache) > _SYLLABLES_MAX:
        cache.clear()
    total = 0
    for word in words:
        count = cache.get(word)
        if count is None:
            count = cache[word] = syllables(word)
        total += count
    return total


def syllables(word: str) -> int:
    """Syllables in one lower-case word."""
    if "-" in word:
        return sum(syllables(part) for part in word.split("-") if part)
    word = word.replace("'", "")  # "don't", "you're": the contraction adds no syllable
    if not word.isalpha():
        return 1  # numbers and mixed tokens: count as one
    groups = len(_VOWEL_GROUPS.findall(word))
    if groups > 1 and word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        groups -= 1  # silent final e: "fire", "make"
    elif groups > 1 and word.endswith("ed") and not word.endswith(("ted", "ded")):
        groups -= 1  # "liked", "planned"
    elif (
        groups > 1
        and word.endswith("es")
        and not word.endswith(("ses", "xes", "zes", "ches", "shes", "ces", "ges"))
    ):
        groups -= 1  # "makes"
    if len(word) > 40 or not word.isascii():
        return max(1, groups)
    hyphenated = _dictionary().breaks(word) + 1
    return max(1, groups, hyphenated)


def we_ratio(words: list[str], vocab: set[str], text: str) -> float:
    """Share of we/us/our/ours among those and your/yours; `words` are lower-case tokens."""
    if _WE.isdisjoint(vocab) and _YOUR.isdisjoint(vocab):
        return 0.0
    # Counted in C (map calls the set's __contains__ directly): the two sets share no word.
    we = sum(map(_WE.__contains__, words))
    you = sum(map(_YOUR.__contains__, words))
    if "us" in vocab and "US" in text:  # the substring test spares a slow \b scan
        we -= len(_COUNTRY.findall(text))
    return 0.0 if we + you <= 0 else round(max(0, we) / (we + you), 3)


def grade(words: list[str], sentence_count: int) -> float:
    """Flesch-Kincaid grade level of lower-case `words`; 0.0 for a note without words."""
    if not words:
        return 0.0
    syl = total_syllables(words)
    n = len(words)
    score = 0.39 * n / max(1, sentence_count) + 11.8 * syl / n - 15.59
    return round(score, 2)
