"""Rules compile their regex on first use: importing the voice check compiles none of the
lexicon's ~1,200 rules (that was ~0.5 s of every CLI start), a check compiles only the rules its
note opens, and every rule still compiles (an error is not hidden until some note opens it)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from app.playbook import lexicon, lexicon_notes
from app.playbook.rules import Family, Rule, _possessive_words


def _compiled(rule: Rule) -> bool:
    return isinstance(rule.regex, re.Pattern)  # reading the slot compiles nothing


def _rules() -> list[Rule]:
    return [
        rule
        for module in (lexicon, lexicon_notes)
        for value in vars(module).values()
        if isinstance(value, Family)
        for rule in value.rules
    ]


def test_every_rule_compiles_and_keeps_its_pattern() -> None:
    rules = _rules()
    assert len(rules) > 1_000
    for rule in rules:
        regex = rule.compiled()
        assert isinstance(regex, re.Pattern)
        # The rule's own pattern (or, once it has been read at a second use, its word skips
        # made possessive where that matches the same: rules._possessive_words).
        assert regex.pattern in (rule.source, _possessive_words(rule.source))
        assert rule.regex is regex  # compiled once, then read from the slot
        assert rule.compiled() is regex


def test_a_bad_pattern_fails_when_first_used() -> None:
    rule = Rule("word", r"\bword(")
    assert not _compiled(rule)
    with pytest.raises(re.error):
        rule.compiled()


def test_importing_the_voice_check_compiles_no_rule_and_a_check_only_a_few() -> None:
    script = """
from app.playbook import lexicon, lexicon_notes
from app.playbook.rules import Family
from app.playbook.voice import check_voice
from app.playbook.scenarios import Scenario
import re
def count():
    n = 0
    for m in (lexicon, lexicon_notes):
        for v in vars(m).values():
            if isinstance(v, Family):
                n += sum(isinstance(r.regex, re.Pattern) for r in v.rules)
    return n
before = count()
check_voice("Hi Dana, thank you for the talk about billing. What gets cut first?", "follow_up")
print(before, count())
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    before, after = int(out[0]), int(out[1])
    assert before == 0
    assert 0 < after < 100


def test_first_use_through_the_placeholder_compiles_once() -> None:
    rule = Rule("word", r"\bword\s+here")
    placeholder = rule.regex
    assert not _compiled(rule)
    assert placeholder.search("a word here") is not None  # compiles, and fills the slot
    assert _compiled(rule)
    regex = rule.regex
    assert placeholder.finditer is not None and rule.regex is regex  # no second compile
    assert rule.compiled() is regex
