"""Gates read from a rule's pattern (rules.Rule.more): a rule is skipped on a note missing a
word its pattern spells between boundaries. Over every note of the corpus, every rule that
matches must be open on the note's words; the groups read from some patterns are checked by
hand (and test_voice_rules.test_gates_never_hide_a_match holds them on generated text)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.playbook import lexicon as lx
from app.playbook import lexicon_notes as ln
from app.playbook import rules
from app.playbook.rules import lower_same, tokens, vocabulary

_CORPUS = Path(__file__).parent / "corpus"


def _corpus_notes() -> list[str]:
    notes = []
    for path in sorted(_CORPUS.rglob("*.jsonl")):
        for raw in path.read_text().splitlines():
            if raw.strip():
                notes.append(json.loads(raw)["text"])
    return notes


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _families() -> list[rules.Family]:
    return [
        value
        for module in (lx, ln)
        for value in vars(module).values()
        if isinstance(value, rules.Family)
    ]


def test_every_rule_that_matches_a_corpus_note_is_open_on_its_words() -> None:
    matched = 0
    for note in _corpus_notes():
        low = lower_same(note)
        vocab = vocabulary(tokens(low))
        for family in _families():
            for rule in family.rules:
                found = rules._spans(rule, low)
                if found:
                    matched += 1
                    assert rule.more_open(vocab), (rule.source, note[:80])
                    # _spans goes on from its first match: the same as a scan from the start.
                    plain = [
                        m.span()
                        for m in rule.compiled().finditer(low)
                        if not rule.left or m.start() == 0 or not _word_char(low[m.start() - 1])
                    ]
                    assert found == plain, (rule.source, note[:80])
    assert matched > 1000  # the check above saw many matches


def test_the_groups_read_from_a_pattern() -> None:
    def groups(gate: str, pattern: str) -> list[set[str]]:
        return [set(g) for g in rules._pattern_groups(rules.Rule(gate, pattern))]

    # Words between boundaries; a joined word by its longest part; the gate's own words left.
    assert groups("work", r"\bout\s+of\s+work\s+(?:for|since)\b") == [
        {"out"},
        {"of"},
        {"for", "since"},
    ]
    assert groups("time", r"\bthere\s+(?:wasn't|wasnt)\s+time\b") == [
        {"there"},
        {"wasn", "wasnt"},
    ]
    # An optional part that ends at a boundary keeps the boundary; one group a branch joins
    # into one group.
    assert groups("chance", r"\bgive\s+me\s+(?:just\s+)?(?:another|one)\s+chance\b") == [
        {"give"},
        {"me"},
        {"another", "one"},
    ]
    # Branches of several words each: one group of each (the least common) joined.
    rule = rules.Rule("x", r"\bx\s+(?:kept\s+(?:lagging|freezing)|ran\s+out)\b")
    assert rules._pattern_groups(rule) == (frozenset({"lagging", "freezing", "ran"}),)
    assert not rule.more_open({"x", "kept", "out"})
    assert rule.more_open({"x", "kept", "freezing"})
    assert rule.more_open({"x", "ran", "out"})
    assert rule.gate_words() == {"x", "lagging", "freezing", "ran"}
    # Without a leading \b the first word may end a longer one ("another"); a word before a
    # class, an optional mark or the pattern's end is not known to end there.
    assert groups("x", r"other\s+x") == []
    assert groups("x", r"\bwi-?fi\s+x") == []
    assert groups("x", r"\bx\s+ab[cd]") == []
    assert groups("x", r"\bx\s+abc") == []


def test_possessive_word_skips_match_what_the_lazy_ones_match() -> None:
    rewritten = [
        rule
        for family in _families()
        for rule in family.rules
        if rules._possessive_words(rule.source) != rule.source
    ]
    assert len(rewritten) >= 3  # the outside-cause rules ("the X kept lagging")
    notes = [lower_same(note) for note in _corpus_notes()]
    notes += ["the the the shared screen kept freezing", "that  my   own  laptop  died"]
    for rule in rewritten:
        lazy = re.compile(rule.source)
        eager = re.compile(rules._possessive_words(rule.source))
        for low in notes:
            assert [m.span() for m in eager.finditer(low)] == [m.span() for m in lazy.finditer(low)]


def test_word_skips_stay_lazy_where_a_space_could_follow() -> None:
    # What follows may start with a space (or is not known to start with a letter): unchanged.
    for source in (r"the\s+(?:[\w'-]+\s+){0,2}?\s*x", r"the\s+(?:[\w'-]+\s+){0,2}?[ab]"):
        assert rules._possessive_words(source) == source
    safe = r"the\s+(?:[\w'-]+\s+){0,2}?(?:tool|timer)\b"
    assert rules._possessive_words(safe) == r"the\s+(?:[\w'-]++\s++){0,2}?(?:tool|timer)\b"
