"""The title's "not a candidate interview" pattern keeps the regex engine's fast path.

Python's engine tries a pattern's alternatives one by one at every position of the text. When
every alternative starts with a word boundary, the parser moves the `\\b` out in front of them:
the boundary is checked once per position and the words are tried only at the start of a word.
One alternative without the `\\b` anywhere in the list undoes that, and every title then costs
about ten times as much (this happened twice as alternatives were added). These tests hold the
shape, not a timing, so they do not depend on the machine's load.
"""

from __future__ import annotations

import re

# The project needs Python 3.11 or later, where the parser lives here.
from re import _constants as sre_constants
from re import _parser as sre_parse

from app.calendar import detect


def _alternatives(pattern: re.Pattern[str]) -> list[list[tuple[object, object]]]:
    """The top-level alternatives of a pattern, each as its parsed items."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    items = list(parsed.data)
    if len(items) == 1 and items[0][0] is sre_constants.BRANCH:
        return [list(alt.data) for alt in items[0][1][1]]
    return [items]


def _starts_at_word(items: list[tuple[object, object]]) -> bool:
    return bool(items) and items[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY)


def test_title_negatives_check_the_word_start_once() -> None:
    alternatives = _alternatives(detect._NEGATIVE)
    # The words behind one shared \b, and at most the compound form ("…gesprek oefenen") apart.
    assert len(alternatives) <= 2
    assert _starts_at_word(alternatives[0])
    assert alternatives[0][1][0] is sre_constants.BRANCH


def test_compound_and_word_start_forms_still_match() -> None:
    def found(title: str) -> list[str]:
        return [m.group(0) for m in detect._NEGATIVE.finditer(title)]

    assert found("sollicitatiegesprek oefenen met jan") == ["gesprek oefenen"]
    assert found("bewerbungsgespräch üben") == ["gespräch üben"]
    assert found("caterer interviews") == ["caterer interviews"]
    # A firm's name before the trade: the ordinary interview.
    assert found("harlow contractors interview") == []
    assert found("mock interview, then 1:1 sync") == ["mock interview", "1:1", "sync"]


def test_description_words_tried_by_their_first_letter() -> None:
    # detect._words groups its alternatives by first letter: at a position the engine tries the
    # one group of the letter there, not each of fifty alternatives in turn.
    for pattern in (detect._DESC_NOT_YOURS, detect._DESC_NEGATIVE, detect._DESC_VOCAB):
        firsts = [alt[0] for alt in _alternatives(pattern)]
        assert all(op is sre_constants.LITERAL for op, _ in firsts)
        assert len({value for _, value in firsts}) == len(firsts)


def test_description_words_match_as_before() -> None:
    def found(text: str) -> str | None:
        m = detect._DESC_NOT_YOURS.search(text)
        return m.group(0) if m else None

    assert found("as discussed, you're one of the interviewers for the panel") == (
        "you're one of the interviewers"
    )
    assert found("you're interviewing with us on monday") is None
    # A word start only: "bayou're" holds no "you're".
    assert found("bayou're one of the interviewers") is None
