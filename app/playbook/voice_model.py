"""A small learned scorer for the voice check's hold codes (issue 14), beside the phrase rules.

The phrase rules (lexicon.py, clauses.py) are exact about the phrasings they list and blind to
the next one: on notes nobody tuning them had seen (fresh-3), they found 38 % of the pleading,
23 % of the self-deprecation and 19 % of the blame. This scorer reads the note as a bag of
features that carry over between phrasings: its word stems ("hoping", "hoped" -> "hop") and its
word *classes* (a hope verb, an outcome noun, an external cause, a failure predicate, a trait
word, a comparison…) with every pair of classes present (HOPE + OUTCOME: quiet pleading;
EXTERNAL + FAIL: blame put on the setup).

Beside them, the note's stem bigrams ("kept lag", "that's why", "mean world"): the link between
two words that a bag loses, shared by every phrasing that puts them side by side. In grouped
cross-validation they raised the scorer's recall at 90 % precision on blame from 23 % to 45 % and
on pleading from 62 % to 74 %; on the batches written by other people, each scored by a model
trained without its writer's notes, hold recall rose from 80.3 % to 83.6 % (1,343 notes).

A linear model per code (pleading, blame_shift, self_deprecation) is learned from
tests/playbook/corpus/tune/ only by tools/train_voice_model.py, with a threshold chosen by
grouped cross-validation so that rules OR scorer keeps the code's precision >= 92 % on notes the
model did not see; weights, biases and thresholds are committed in voice_weights.py. The rules
stay: the scorer only adds a finding where they found none, and the finding points at the
sentence that carries most of the score.

Cost: one pass of C-level set and map operations over the note's vocabulary (which the voice
check has already built), three table sums; sentences are scored only for a note that passes.
The bigrams' part of a score is capped (BIGRAM_CAP: the most any tune note got from them), so a
note whose words alone score more than the cap below every threshold (most calm notes) never
pays for its bigrams.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import reduce
from itertools import islice, pairwise
from operator import or_
from typing import cast

from app.playbook import voice_weights as vw
from app.playbook.rules import tokens

# sum() of floats, typed as such: typeshed's first overload of sum() makes map(sum, ...) read
# as ints, which code compiled from these annotations (bench/mypyc_trial.py) checks at run time.
_fsum: Callable[[Iterable[float]], float] = sum

# A sentence: a run without an end mark or a line break. Greeting and sign-off lines are their
# own sentences, so they never lend words to the body.
_SENTENCE = re.compile(r"[^.!?;\n]+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Word classes: the families a phrasing belongs to, so that a new phrasing of the same idea
# shares features with the ones in the corpus. Kept to everyday words; every class is a
# feature of its own and in pairs.
_CLASSES: dict[str, str] = {
    "I": "i i'm i've i'd i'll me my myself mine im ive",
    "YOU": "you your you're yours you've you'd you'll",
    "HOPE": (
        "hope hoping hoped pray praying prayers wish wishing fingers crossed beg begging plead "
        "pleading desperate desperately dream dreaming longing long counting rooting need needs "
        "badly anything everything world mean means pick choose consider"
    ),
    "OUTCOME": (
        "yes offer chance opportunity role job position shot spot place seat opening hire hired "
        "selected offered break door foot plan b year life future"
    ),
    "GIVE": "give anything whatever sacrifice relocate drop up any",
    "EXTERNAL": (
        "tool tools whiteboard laptop camera webcam wifi wi fi connection internet bandwidth "
        "noise noisy builders neighbour neighbor dog baby time timer clock minutes setup set "
        "recruiter recruiters agency brief briefing requirements spec prompt platform editor ide "
        "audio mic microphone screen link zoom teams call format rubric panel panelist "
        "interviewer schedule room office train traffic data dataset environment keyboard "
        "software system app instructions question questions scope box day process heating "
        "lighting power battery candidate hr coordinator email invite calendar"
    ),
    "FAIL": (
        "lag lagging lagged laggy kept crashed crash froze freezing frozen cut dropped drop "
        "shifted changed changing unclear vague confusing ambiguous short tight rushed late broke "
        "broken glitch glitchy died failed slow loud distracting interrupted didn't wasn't "
        "weren't couldn't never nobody no much enough little barely hardly threw made meant "
        "because due thanks given since without sprung moved switched"
    ),
    "JAB": (
        "must nice finally glad someone apparently clearly obviously surely guess interesting "
        "funny wonder actually bothered"
    ),
    "TRAIT": (
        "person type kind always never naturally tend just sort someone guy girl one those people"
    ),
    "NEGSELF": (
        "bad terrible hopeless useless awful worst freeze panic clumsy stupid dumb idiot mess "
        "disaster failure fool slow weak poor not nothing embarrassing embarrassed ashamed sorry "
        "impostor imposter fraud average ordinary mediocre good smart enough qualified what mind "
        "rusty amateur"
    ),
    "COMPARE": (
        "others other candidates everyone everybody better stronger more than compared impressive "
        "experienced probably likely surely rest"
    ),
    "APOLOGY": (
        "sorry apologies apologise apologize apologising apologizing apology forgive pardon "
        "regret again so terribly deeply truly really profusely once awful mortified"
    ),
    "OWN": (
        "mine own owned fault blame responsibility responsible accountable culpa dropped ball "
        "error mistake on should have take full"
    ),
    "MODAL": "would could might may if only please pls plz",
}
_CLASS_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in _CLASSES.items():
    for _w in _words.split():
        _CLASS_OF[_w] = (*_CLASS_OF.get(_w, ()), _name)
del _name, _words, _w

_SUFFIXES = ("ingly", "ing", "edly", "ed", "ly", "es", "s")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_NAMES = tuple(sorted(_CLASSES))
_BIT = {name: 1 << i for i, name in enumerate(_NAMES)}
# Classes by stem, so that a sentence's classes come from its stems ("hoping" -> "hop" is HOPE).
_MASK_OF: dict[str, int] = {}
for _w, _cs in _CLASS_OF.items():
    _t = sys.intern(_stem(_w))
    _MASK_OF[_t] = _MASK_OF.get(_t, 0) | sum(_BIT[c] for c in _cs)
del _w, _cs, _t
_MASK_KEYS = frozenset(_MASK_OF)


def sentence_spans(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `low`, trimmed of surrounding spaces."""
    for m in _SENTENCE.finditer(low):
        start = m.start()
        chunk = m.group()
        stripped = chunk.strip()
        # Greetings, sign-offs and signature lines ("Best, Milan") carry no voice; a learner
        # that may look at them learns names.
        if stripped.count(" ") < 3:
            continue
        start += len(chunk) - len(chunk.lstrip())
        yield start, start + len(stripped)


# Words every note has: as features of their own they let a model learn "short notes in the
# first person" instead of what a note says (a gratitude note's "me" and "I'm" read as pleading).
# Who is speaking is still seen, through the I and YOU classes.
_FUNCTION_WORD_TEXT = (
    "i i'm im m me my mine we us our you your a an the and or but so to of in on at for with "
    "from by as it its it's is was be been am are were do did does have had has this that "
    "these those there here s t ll ve d re"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_TEXT.split())


def note_features(vocab: set[str]) -> set[str]:
    """The features of a whole note from its vocabulary (the voice check's `vocab`: its distinct
    lower-case words): their stems, and the note's word classes and class pairs. This is what
    the committed model scores; note_scores() computes the same sum without these strings."""
    stems = {_stem(w) for w in vocab}
    out = {"u:" + t for t in stems if t not in _FUNCTION_WORDS}
    mask = 0
    for t in stems:
        mask |= _MASK_OF.get(t, 0)
    _add_classes(out, mask)
    return out


def bigram_features(words: Sequence[str]) -> set[str]:
    """The stem bigrams of a run of tokens (rules.tokens of the note or a sentence, in order) as
    features: "b:kept lag". The trainer adds them to note_features(); the check scores them
    through _Model.bigram_sums without building these strings."""
    stems = [_stem(w) for w in words]
    return {"b:" + a + " " + b for a, b in pairwise(stems)}


def _add_classes(out: set[str], mask: int) -> None:
    ordered = [n for n in _NAMES if mask & _BIT[n]]
    ordered.sort()
    for i, a in enumerate(ordered):
        out.add("c:" + a)
        for b in ordered[i + 1 :]:
            out.add("cc:" + a + "+" + b)


class _Model:
    """Every code's weights arranged to score a bag of words without building feature strings:
    per code a table of stem weights, and per set of word classes (a bit mask) the sum of its
    class and class-pair weights. A code's score equals
    `bias + sum(weights[f] for f in note_features(words))`."""

    def __init__(self, weights: dict[str, dict[str, float]], bias: dict[str, float]) -> None:
        self.source = weights
        self.codes = tuple(weights)
        self.bias = tuple(bias[c] for c in self.codes)
        self.zero = (0.0,) * len(self.codes)
        per_code = [
            {sys.intern(k[2:]): v for k, v in weights[c].items() if k.startswith("u:")}
            for c in self.codes
        ]
        self.known = frozenset().union(*per_code)
        self.per_code = per_code
        # Each known stem's weights for every code (0.0 where a code has none, as
        # dict.get(stem, 0.0) gave): one lookup a stem, not one a stem and code.
        self.vectors = {k: tuple(table.get(k, 0.0) for table in per_code) for k in self.known}
        self.classes = self._table(weights, "c:")
        self.class_pairs = self._table(weights, "cc:")
        self._masks: dict[int, tuple[float, ...]] = {}
        # Bigrams by their pair of stems: zip() makes the keys in C, no string per pair.
        self.bigrams = {
            cast("tuple[str, str]", tuple(map(sys.intern, k.split(" ", 1)))): v
            for k, v in self._table(weights, "b:").items()
        }
        self.bigram_keys = frozenset(self.bigrams)
        caps = getattr(vw, "BIGRAM_CAP", {})
        self.cap = tuple(float(caps.get(c, 0.0)) for c in self.codes)
        # How far two orders of adding a code's terms can leave their sums apart: each differs
        # from the exact sum by at most n * 2**-53 * (the sum of the terms' magnitudes), n the
        # number of terms (every weight, the bias and the cap bound both), with room to spare.
        terms = sum(len(weights[c]) for c in self.codes) + 8
        self.tolerance = tuple(
            4 * terms * 2.0**-53 * (abs(bias[c]) + cap + sum(map(abs, weights[c].values())))
            for c, cap in zip(self.codes, self.cap, strict=True)
        )

    def _table(
        self, weights: dict[str, dict[str, float]], prefix: str
    ) -> dict[str, tuple[float, ...]]:
        keys = {k[len(prefix) :] for w in weights.values() for k in w if k.startswith(prefix)}
        return {k: tuple(weights[c].get(prefix + k, 0.0) for c in self.codes) for k in keys}

    def mask_weights(self, mask: int) -> tuple[float, ...]:
        found = self._masks.get(mask)
        if found is None:
            names = sorted(n for n in _NAMES if mask & _BIT[n])
            parts = [self.classes.get(n, self.zero) for n in names]
            for i, a in enumerate(names):
                parts += [self.class_pairs.get(a + "+" + b, self.zero) for b in names[i + 1 :]]
            found = tuple(map(_fsum, zip(self.zero, *parts, strict=True)))
            if len(self._masks) < 4096:  # a few hundred masks occur; bound it regardless
                self._masks[mask] = found
        return found

    def scores(self, stems: set[str], mask: int) -> list[float]:
        """Every code's score; `stems` must be known stems (a subset of self.known)."""
        # One lookup a stem (in C), then each code's weights summed in the stems' order, as
        # a sum over the stems per code would add them: the same floats, the same sums.
        vectors = list(map(self.vectors.__getitem__, stems))
        sums = list(map(_fsum, zip(*vectors, strict=True))) if vectors else [0.0] * len(self.codes)
        return [
            a + b + total
            for a, b, total in zip(self.bias, self.mask_weights(mask), sums, strict=True)
        ]

    def bigram_sums(self, words: Sequence[str]) -> list[float]:
        """Every code's bigram part for a run of tokens, capped at the code's BIGRAM_CAP."""
        found = list(map(_STEM_OF.get, words))
        # all(): a stem is never "" (a token is not), so only None is false; `None in` compared
        # each str with None through the slow path, ~2x the cost.
        if not all(found):
            _learn_stems(set(words))
            # The memo may be full: a word it does not hold is stemmed here.
            stems = [_STEM_OF.get(w) or _stem(w) for w in words]
        else:
            stems = cast("list[str]", found)
        pairs = set(zip(stems, islice(stems, 1, None), strict=False)) & self.bigram_keys
        if not pairs:
            return list(self.zero)
        vectors = list(map(self.bigrams.__getitem__, pairs))
        return [
            min(total, cap)
            for total, cap in zip(map(_fsum, zip(*vectors, strict=True)), self.cap, strict=True)
        ]


_model: _Model | None = None
# word -> its stem. Bounded: user text is open-ended.
_STEM_OF: dict[str, str] = {}


def _learn_stems(words: set[str]) -> None:
    for w in words:
        stem = sys.intern(_stem(w))
        if len(_STEM_OF) < 50_000:
            _STEM_OF[w] = stem


def _current() -> _Model | None:
    global _model
    if not vw.WEIGHTS:
        return None
    if _model is None or _model.source is not vw.WEIGHTS:
        _model = _Model(vw.WEIGHTS, vw.BIAS)
    return _model


def _bag_scores(model: _Model, words: Collection[str]) -> list[float]:
    """Every code's score of a bag of words: the sum note_features() describes."""
    # Set and map operations run in C; only words never seen before go through _stem. (The
    # set is built from the words in the same order either way, so it iterates alike and the
    # sums below add in the same order.)
    found = set(map(_STEM_OF.get, words))
    if None in found:
        _learn_stems({w for w in words if w not in _STEM_OF})
        # The memo may be full: a word it does not hold is stemmed here.
        stems = {_STEM_OF.get(w) or _stem(w) for w in words}
    else:
        stems = cast("set[str]", found)
    # Intersections first (in C): most of a note's words have no class and no weight.
    mask = reduce(or_, map(_MASK_OF.__getitem__, stems & _MASK_KEYS), 0)
    return model.scores(stems & model.known, mask)


def note_scores(
    vocab: set[str], low: str | None = None, words: Sequence[str] | None = None
) -> dict[str, float]:
    """Every code's score of the whole note (`vocab`: its distinct words; `low`: the note's
    lower-case text, whose bigrams count when given; `words`: rules.tokens(low) when the caller
    has it already, so the text is not tokenised twice). When the words alone score more than
    every code's bigram cap below its threshold, the bigrams are not read: a code's answer is
    then its score without them, which no bigram part could lift to the threshold. The last
    note's answer is kept, since the voice check asks for three codes of the same note in a
    row; one tuple holds it, so a thread never sees one note's words with another's scores."""
    global _last
    last = _last
    if last[0] is vocab and last[1] is low:
        return last[2]
    model = _current()
    found = {} if model is None else dict(zip(model.codes, _bag_scores(model, vocab), strict=True))
    if model is not None and low is not None and model.bigram_keys and _within_reach(model, found):
        if words is None:
            known = _known_words
            words = known[1] if known[0] is low else tokens(low)
        extra = model.bigram_sums(words)
        found = {c: found[c] + add for c, add in zip(model.codes, extra, strict=True)}
    _last = (vocab, low, found)
    return found


def _within_reach(model: _Model, found: dict[str, float]) -> bool:
    """Whether some code's bag score plus its bigram cap reaches the code's threshold."""
    limits = vw.THRESHOLD
    for code, cap in zip(model.codes, model.cap, strict=True):
        if found[code] + cap >= limits.get(code, math.inf):
            return True
    return False


_last: tuple[set[str] | None, str | None, dict[str, float]] = (None, None, {})
# The note the voice check is reading and its tokens (known_words): the readings ask
# note_scores for that text without them (tone's _or_scored, through flagged), and it would
# tokenise the note again. Held by identity, one tuple (as _last).
_known_words: tuple[str | None, Sequence[str]] = (None, ())


def known_words(low: str, words: Sequence[str]) -> None:
    """Tell note_scores that `words` are rules.tokens(low), for this very `low` object."""
    global _known_words
    _known_words = (low, words)


# --- a draft's whole-note answer from its parts ----------------------------------------------
#
# A draft is mostly the engine's fixed lines. Their words, stems and bigrams are the same on every
# draft that carries them, so they are read once (per set of fixed lines, bounded below) and each
# draft reads only the rest: the lines holding the user's words or known terms, and the seams.
# The sums then run in another order than note_scores' (float addition is not associative), so
# an answer is given only when every score is farther from its threshold than the rounding of
# either order can reach (_Model.tolerance); otherwise the caller asks note_scores.


class _Fixed:
    """What a run of fixed lines gives the scorer, read once: their words and stems, the
    weights of the stems and of the bigrams inside each line, and each line's first and last
    stem (the seams with the lines around it)."""

    __slots__ = ("bag", "bigram", "ends", "mask", "pairs", "stems", "words")

    def __init__(self, model: _Model, lines: tuple[str, ...]) -> None:
        from app.playbook.rules import vocabulary

        words: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        ends: list[tuple[str, str] | None] = []
        for line in lines:
            found = tokens(line)
            words |= vocabulary(found)
            stems = [sys.intern(_stem(w)) for w in found]
            pairs.update(zip(stems, islice(stems, 1, None), strict=False))
            ends.append((stems[0], stems[-1]) if stems else None)
        self.words = frozenset(words)
        self.stems = frozenset(sys.intern(_stem(w)) for w in words)
        self.mask = reduce(or_, map(_MASK_OF.__getitem__, self.stems & _MASK_KEYS), 0)
        self.bag = _sums(model, map(model.vectors.__getitem__, self.stems & model.known))
        self.pairs = frozenset(pairs & model.bigram_keys)
        self.bigram = _sums(model, map(model.bigrams.__getitem__, self.pairs))
        self.ends = tuple(ends)


def _sums(model: _Model, vectors: Iterator[tuple[float, ...]]) -> list[float]:
    found = list(vectors)
    return list(map(_fsum, zip(*found, strict=True))) if found else list(model.zero)


# (model, {fixed lines -> _Fixed}); cleared when full or when the model changes.
_FIXED: tuple[_Model | None, dict[tuple[str, ...], _Fixed]] = (None, {})


def _fixed(model: _Model, lines: tuple[str, ...]) -> _Fixed:
    global _FIXED
    owner, table = _FIXED
    if owner is not model:
        table = {}
        _FIXED = (model, table)
    found = table.get(lines)
    if found is None:
        if len(table) >= 512:
            table.clear()
        found = table[lines] = _Fixed(model, lines)
    return found


def _stems_of(words: Collection[str]) -> list[str]:
    found = list(map(_STEM_OF.get, words))
    if not all(found):  # as in bigram_sums: only None is false
        _learn_stems(set(words))
        return [_STEM_OF.get(w) or _stem(w) for w in words]
    return cast("list[str]", found)


def silent_by_parts(vocab: set[str], low: str, fixed: Sequence[tuple[int, int]]) -> bool | None:
    """Whether no code's note_scores(vocab, low) reaches its threshold, read with the lines
    at `fixed` (spans of whole lines of `low`, in order, each the engine's fixed wording: the
    same text on every draft) taken from what was read of them before. `vocab`: the whole
    note's words, as note_scores takes them. None when the answer is too close to call in
    another order of addition than note_scores' (then ask it)."""
    model = _current()
    if model is None or not fixed:
        return None
    part = _fixed(model, tuple([low[a:b] for a, b in fixed]))
    if not part.words <= vocab:
        # A mark beside a masked term can join words the note itself reads apart
        # ("_____'s-best" reads "s-best"): then the lines' words are not the note's.
        return None
    limits = vw.THRESHOLD
    tolerance = model.tolerance
    # The bag: the fixed lines' stems as read, the rest of the note's words stemmed now.
    rest = set(_stems_of(vocab - part.words)) - part.stems
    mask = part.mask | reduce(or_, map(_MASK_OF.__getitem__, rest & _MASK_KEYS), 0)
    extra = _sums(model, map(model.vectors.__getitem__, rest & model.known))
    bag = [
        a + b + c + d
        for a, b, c, d in zip(model.bias, model.mask_weights(mask), part.bag, extra, strict=True)
    ]
    reach = False
    for code, score, cap, tol in zip(model.codes, bag, model.cap, tolerance, strict=True):
        limit = limits.get(code, math.inf)
        if abs(score + cap - limit) <= tol:
            return None  # note_scores may decide the bigrams either way
        reach = reach or score + cap >= limit
    if reach and model.bigram_keys:
        added = _rest_bigrams(model, part, low, fixed)
        bag = [
            score + min(a + b, cap)
            for score, a, b, cap in zip(bag, part.bigram, added, model.cap, strict=True)
        ]
    for code, score, tol in zip(model.codes, bag, tolerance, strict=True):
        threshold = limits.get(code)
        if threshold is None:
            continue
        if abs(score - threshold) <= tol:
            return None
        if score >= threshold:
            return False
    return True


def _rest_bigrams(
    model: _Model, part: _Fixed, low: str, fixed: Sequence[tuple[int, int]]
) -> list[float]:
    """The weights of the bigrams of `low` that are not inside a fixed line: those of the text
    between the fixed lines, and those across each seam."""
    pairs: set[tuple[str, str]] = set()
    last: str | None = None  # the last stem read so far, in text order
    at = 0
    for (start, end), ends in zip([*fixed, (len(low), len(low))], [*part.ends, None], strict=True):
        # Between two fixed lines there is most often only their "\n": no token, no pair.
        if start > at and not low[at:start].isspace():
            stems = _stems_of(tokens(low[at:start]))
            if stems:
                if last is not None:
                    pairs.add((last, stems[0]))
                pairs.update(zip(stems, islice(stems, 1, None), strict=False))
                last = stems[-1]
        if ends is not None:
            if last is not None:
                pairs.add((last, ends[0]))
            last = ends[1]
        at = end
    new = (pairs & model.bigram_keys) - part.pairs
    return _sums(model, map(model.bigrams.__getitem__, new))


def flagged(low: str, vocab: set[str], code: str) -> tuple[int, int] | None:
    """When the note's score for `code` passes the code's committed threshold, the sentence
    of `low` that carries most of it (the span a finding points at); else None."""
    score = note_scores(vocab, low).get(code)
    model = _current()
    if score is None or model is None or score < vw.THRESHOLD[code]:
        return None
    i = model.codes.index(code)
    best: tuple[float, int, int] | None = None
    for start, end in sentence_spans(low):
        words = _WORD.findall(low, start, end)
        if not words:
            continue
        here = _bag_scores(model, words)[i]
        if model.bigram_keys:
            here += model.bigram_sums(tokens(low[start:end]))[i]
        if best is None or here > best[0]:
            best = (here, start, end)
    # A note of short lines only: the finding covers the note.
    return (0, len(low)) if best is None else (best[1], best[2])
