"""perf9: scans that opened on \\b and an alternation (tried by the regex engine at every
position) are now preceded by substring tests, and clauses' signal-phrase scan is anchored on
a space. Each must answer exactly as the plain scan did: these tests hold them to it on texts
built from the phrases' own pieces."""

from __future__ import annotations

import random
import re

from app.playbook import cause_reading, clauses, stakes_reading
from app.playbook.rules import _top_level_alternatives, trie_alternation

_ENDS = ".!?;\n"
_WORDS: tuple[str, ...] = (
    "made",
    "me",
    "cut",
    "i",
    "if",
    "ran",
    "left",
    "more",
    "d",
    "have",
    "had",
    "would",
    "could",
)
_WORDS += ("thanks", "because", "to", "of", "out", "off", "in", "time")


def _texts(pieces: tuple[str, ...], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_signal_pairs_answer_as_the_trie_of_whole_phrases() -> None:
    reference = re.compile(trie_alternation(clauses._SIGNAL_PHRASES))
    pieces = (
        *clauses._SIGNAL_PHRASES,
        *_WORDS,
        " ",
        "'",
        "x",
        *_ENDS,
    )
    rng = random.Random(7)
    for text in _texts(pieces, 30_000, 1):
        # A piece starts at the note's start or right after a sentence end (blame_spans' cut).
        starts = [0] + [k + 1 for k, ch in enumerate(text) if ch in _ENDS]
        start = rng.choice(starts)
        end = rng.randint(start, len(text))
        expected = reference.search(text, start, end) is not None
        assert clauses._has_pair(text, start, end) is expected, (text, start, end)


def test_disown_keys_are_in_every_disowning_phrase() -> None:
    samples = (
        "no excuse",
        "not an excuse",
        "isn't an excuse",
        "wasn't an excuse",
        "not the reason",
        "not an reason",
        "wasn't the reason",
        "wasn't why",
        "wasn't problem",
        "but it didn't",
        "but it wasn't",
        "love to blame",
        "like to blame",
        "can't blame",
        "cannot blame",
        "won't blame",
        "not to blame",
        "not blaming",
    )
    for phrase in samples:
        assert cause_reading._DISOWN.search(phrase), phrase
        assert any(key in phrase for key in cause_reading._DISOWN_KEYS), phrase
    # And every branch of the pattern is among the samples (a new branch needs a key too).
    assert len(_top_level_alternatives(cause_reading._DISOWN.pattern)) == 14


def test_rests_on_this_opens_only_on_its_subjects() -> None:
    subjects = "|".join(stakes_reading._RESTS_SUBJECTS)
    assert stakes_reading._RESTS_ON_THIS.pattern.startswith(rf"\b(?:{subjects})\b")


def test_pleads_answers_as_without_the_substring_tests() -> None:
    """_pleads on sentences made of the four patterns' words, with and without the tests: the
    same answer (the old body is the reference, its scans unconditional)."""
    pieces = (
        "i need it badly",
        "i really need this one desperately",
        "give me this one",
        "give me the job.",
        "do-or-die",
        "make or break",
        "for me",
        "my whole future hangs on this",
        "everything rides on this",
        "my family depends on whether",
        "die",
        "break",
        "give",
        " ",
        "i",
        "my",
        "life",
    )
    for text in _texts(pieces, 20_000, 3):
        words = stakes_reading._WORD.findall(text)
        old = (
            stakes_reading._NEED_URGENT.search(text) is not None
            or stakes_reading._ASKED_OUTRIGHT.search(text) is not None
            or (
                stakes_reading._ALL_ON_IT.search(text) is not None
                and any(x in text for x in stakes_reading._FOR_ME)
            )
            or (
                stakes_reading._RESTS_ON_THIS.search(text) is not None
                and ("my" in words or any(x in text for x in stakes_reading._FOR_ME))
            )
        )
        if old and not stakes_reading._FIRST_PERSON.isdisjoint(words):
            assert stakes_reading._pleads(words, text), text
