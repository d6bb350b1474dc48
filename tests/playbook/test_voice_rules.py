"""The gated-rule machinery behind the voice check: gates never hide a match, offsets survive
lower-casing, and a rule that would scan slowly is refused when it is defined."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.playbook import lexicon, lexicon_notes
from app.playbook.rules import Family, Rule, each, lower_same, tokens, vocabulary

FAMILIES = {
    f"{module.__name__.rsplit('.', 1)[-1]}.{name}": value
    for module in (lexicon, lexicon_notes)
    for name, value in vars(module).items()
    if isinstance(value, Family)
}
# Every gate word of every rule: with it as the vocabulary, every rule is open.
EVERY_WORD = set().union(
    *(rule.gate_words() for family in FAMILIES.values() for rule in family.rules)
)

PHRASES = [
    "I'm so sorry",
    "so, so sorry",
    "sorry again",
    "once again, sorry",
    "I apologize again",
    "I sincerely apologize",
    "my sincere apologies",
    "again my apologies",
    "please forgive me",
    "can't apologize enough",
    "please give me another chance",
    "one more chance",
    "I really need this job",
    "I'm begging",
    "please reconsider",
    "I'm desperate",
    "it would mean the world to me",
    "it'd mean everything to me",
    "this will mean so much to me",
    "that would mean a great deal to me",
    "that's on me",
    "thats entirely on me",
    "its all on me",
    "this was on me",
    "it is squarely on me",
    "I'll do anything",
    "my last hope",
    "I'm an idiot",
    "I'm terrible at",
    "I'm so stupid",
    "I blew it",
    "what a fool",
    "stupid of me",
    "I screwed it up",
    "I feel terrible",
    "your question was unclear",
    "the question was a bit confusing",
    "you didn't give me enough time",
    "you interrupted me",
    "the audio was really choppy",
    "the format was unfair",
    "if you had explained",
    "had you told me",
    "you were rude",
    "it wasn't clear what you wanted",
    "not my fault",
    "I just wanted to maybe",
    "kind of wondering if perhaps",
    "sort of",
    "I hope it's ok",
    "if that's alright",
    "sorry to bother you",
    "if you don't mind",
    "no pressure",
    "really really",
    "so very",
    "very, very",
    "thank you",
    "thanks",
    "grateful",
    "appreciated",
    "that's on me",
    "that was on me",
    "entirely on me",
    "my mistake",
    "the mistake is mine",
    "I take full responsibility",
    "I should have",
    "I shouldn't have",
    "I should've",
    "I own that",
    "I got it wrong",
    "I didn't explain it well",
    "I wasn't clear",
    "what I meant to say",
    "what I should have said",
    "the point I wanted to make",
    "to restate",
    "to put it clearly",
    "let me restate",
    "I'd like to clarify",
    "the short answer is",
    "in other words",
    "my point is",
    "I misspoke",
    "correct my answer",
    "I gave the wrong answer",
    "set the record straight",
    "let me know",
    "could you",
    "would you be open",
    "can we set up",
    "please send",
    "I'd love to hear more",
    "are you free",
    "do you have time",
    "I'm curious how",
    "I was wondering whether",
]
_PIECES = st.sampled_from([*PHRASES, "the", "team", "and", ",", ".", "?", "!", "\n", "'", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_gates_never_hide_a_match(text: str) -> None:
    low = lower_same(text)
    vocab = vocabulary(tokens(low))
    for name, family in FAMILIES.items():
        assert family.spans(low, vocab) == family.spans(low, EVERY_WORD), name


@pytest.mark.parametrize("phrase", PHRASES)
def test_each_phrase_is_found_by_some_family(phrase: str) -> None:
    low = lower_same(phrase)
    vocab = vocabulary(tokens(low))
    assert any(family.spans(low, vocab) for family in FAMILIES.values())


def test_lower_same_keeps_offsets() -> None:
    text = "İstanbul ΣΟΦΙΑ Straße"
    low = lower_same(text)
    assert len(low) == len(text)
    assert low.endswith("straße")
    assert lower_same("Hello") == "hello"


def test_vocabulary_holds_the_parts_of_compounds() -> None:
    assert vocabulary(["don't", "follow-up", "team"]) >= {
        "don't",
        "don",
        "t",
        "follow-up",
        "follow",
        "up",
        "team",
    }


def test_rules_that_would_scan_slowly_are_refused() -> None:
    with pytest.raises(ValueError, match="literal"):
        Rule("word", r"\b(?:one|two)\s+word")
    with pytest.raises(ValueError, match="case-sensitive"):
        Rule("word", r"\bword\W")
    with pytest.raises(ValueError, match="gate"):
        Family(("", r"\bword"))


def test_each_splits_a_leading_alternation_and_gates_each_head() -> None:
    assert each("sorry", r"so|very|a\s+little", r"\s+sorry") == [
        ("so & sorry", r"\bso\s+sorry"),
        ("very & sorry", r"\bvery\s+sorry"),
        ("little & sorry", r"\ba\s+little\s+sorry"),
    ]


def test_a_family_drops_overlapping_matches() -> None:
    family = Family(*each("chance", r"please,?\s+give|give", r"\s+me\s+a\s+chance"))
    low = "please give me a chance, then give me a chance"
    assert family.spans(low, vocabulary(tokens(low))) == [(0, 23), (30, 46)]


_TOKEN_TEXT = st.text(
    alphabet=st.sampled_from([*"abcXYZ019'-_ .,!?\n\t\"()/", "é", "ß", "’", "İ", "٣"]), max_size=60
)


@settings(max_examples=500, deadline=None)
@given(_TOKEN_TEXT)
def test_tokens_are_what_the_word_regex_finds(text: str) -> None:
    # tokens() splits ASCII notes without the regex; it must find exactly what the regex finds.
    from app.playbook.rules import _WORD

    low = lower_same(text)
    assert tokens(low) == _WORD.findall(low)
    assert tokens(low.encode("ascii", "ignore").decode()) == _WORD.findall(
        low.encode("ascii", "ignore").decode()
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES | st.sampled_from(["also", "so", "alsorry", "xsorry"]), max_size=25).map(
        " ".join
    )
)
def test_search_agrees_with_spans(text: str) -> None:
    low = lower_same(text)
    vocab = vocabulary(tokens(low))
    for name, family in FAMILIES.items():
        assert family.search(low, vocab) == bool(family.spans(low, vocab)), name


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aAbBzZ ,.'\n", "É", "é", "ß", "Σ"]), max_size=40))
def test_the_capitals_gate_agrees_with_its_regex(text: str) -> None:
    from app.playbook.tone import _two_capitals

    assert _two_capitals(text) == (lexicon.CAPS_GATE.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(
    words=st.sets(st.text(alphabet="abcs-", min_size=1, max_size=6), min_size=1, max_size=12),
    probe=st.text(alphabet="abcs -", max_size=7),
)
def test_trie_alternation_matches_exactly_the_words(words: set[str], probe: str) -> None:
    import re

    from app.playbook.rules import trie_alternation

    words = {w for w in words if not w.startswith("-") and not w.endswith("-") and "--" not in w}
    if not words:
        return
    pattern = re.compile("(?:" + trie_alternation(words) + ")")
    flat = re.compile("(?:" + "|".join(re.escape(w).replace(r"\-", r"[-\s]?") for w in words) + ")")
    assert bool(pattern.fullmatch(probe)) == bool(flat.fullmatch(probe))


def test_each_splits_only_top_level_alternatives() -> None:
    rules = each("gate", r"I(?:'m|\s+am)|we", r"\s+sure\b")
    assert [pattern for _, pattern in rules] == [r"\bI(?:'m|\s+am)\s+sure\b", r"\bwe\s+sure\b"]
