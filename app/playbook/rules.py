"""Gated phrase rules: the machinery that keeps the voice check fast.

A rule is a regex plus a gate: the words at least one of which every match must contain (a
gate may have several groups, each of which must be met). A note's vocabulary is a set, so a
rule whose gate words are absent costs one set lookup and never scans. Rules run on a lower-case
copy of the note with the same offsets and are compiled without IGNORECASE; a leading \\b is
checked in Python after the match, because a pattern that starts with a literal lets the regex
engine jump between candidate positions, while a leading \\b makes it try every one (~25x slower).
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterable
from itertools import filterfalse
from typing import Any

# Possessive quantifiers: no backtracking into a word, which makes this as fast as r"\w+".
_WORD = re.compile(r"[^\W_]++(?:['-][^\W_]++)*+")
_PARTS = re.compile(r"['-]")
# Lower-casing these would change what the escape means (\W -> \w); rules must not use them.
_CASED_ESCAPES = re.compile(r"\\[WSDBAZ]")
_LITERAL_START = re.compile(r"[a-z0-9']")


def lower_same(text: str) -> str:
    """`text` in lower case, one character for one (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low  # lower() never shrinks a character, so equal length means 1:1 everywhere
    return "".join(ch if len(lo := ch.lower()) != 1 else lo for ch in text)


def vocabulary(tokens: Iterable[str]) -> set[str]:
    """Lower-case word tokens plus the parts of "don't" and "follow-up"."""
    vocab = set(tokens)
    for token in list(filterfalse(str.isalnum, vocab)):  # C-level filter: most words are plain
        vocab.update(_PARTS.split(token))
    return vocab


# ASCII characters that can never be inside a token become spaces, so str.split() cuts the
# text into chunks that each hold whole tokens; only a chunk with ' or - needs the regex.
# A byte table (the text is ASCII): bytes.translate reads a 256-entry table, about four times
# faster than str.translate's per-character lookups (about 0.8 us on a 300-character note).
_NOT_IN_WORDS = bytes(
    i if chr(i).isalnum() or chr(i) in "'-" else ord(" ") for i in range(128)
) + bytes(range(128, 256))


# A ' or - not between two letters or digits (ASCII text: the only one tokens() reads this way).
_ODD_MARK = re.compile(r"['-](?:(?<![A-Za-z0-9]['-])|(?![A-Za-z0-9]))")


def tokens(low: str) -> list[str]:
    """The word tokens of `low`: runs of letters and digits, joined by single ' or -."""
    if not low.isascii():
        return _tokens_beyond_ascii(low)
    # Twice as fast as the regex over the whole note (tests/playbook/test_voice_rules.py holds
    # the two to the same result).
    chunks = low.encode("ascii").translate(_NOT_IN_WORDS).decode("ascii").split()
    if all(map(str.isalnum, chunks)):
        return chunks
    # A chunk is made of letters, digits, ' and -; it is one token unless a mark starts or ends
    # it or follows another mark. One scan of the note for such a mark spares the loop below
    # on most notes ("don't", "follow-up" are whole chunks).
    if _ODD_MARK.search(low) is None:
        return chunks
    return _split_chunks(chunks)


def _tokens_beyond_ascii(low: str) -> list[str]:
    r"""tokens() of a note with non-ASCII characters ("José"), about twice as fast as the regex.

    In UTF-8 every byte of a non-ASCII character is >= 0x80, so the byte table turns only the
    ASCII characters outside words into spaces. str.split() then also cuts at Unicode spaces.
    A chunk that is all letters and digits (str.isalnum is the regex's [^\W_], character by
    character) is one token; any other chunk is read with the regex, whose matches never cross
    the characters removed between chunks."""
    try:
        chunks = low.encode("utf-8").translate(_NOT_IN_WORDS).decode("utf-8").split()
    except UnicodeError:  # a lone surrogate: no UTF-8 form
        return _WORD.findall(low)
    if all(map(str.isalnum, chunks)):
        return chunks
    return _split_chunks(chunks)


def _split_chunks(chunks: list[str]) -> list[str]:
    """The word regex's tokens of chunks cut at the characters outside words: an all-alphanumeric
    chunk is one token as it stands; any other is read with the regex."""
    out: list[str] = []
    for chunk in chunks:
        if chunk.isalnum():
            out.append(chunk)
        else:
            out += _WORD.findall(chunk)
    return out


def word_set(words: str) -> frozenset[str]:
    """A set from a space-separated word list (easier to read and edit than a list literal)."""
    return frozenset(words.split())


_PLAIN_HEAD = re.compile(r"[a-z']+(?:\\s\+[a-z']+)*")


def each(gate: str, heads: str, tail: str) -> list[tuple[str, str]]:
    """One rule per alternative of a leading alternation: `\\b(?:a|b)tail` is slow to scan,
    `\\batail` and `\\bbtail` each start with a literal and are fast. A head made of plain
    words is also gated on its longest word, so only the heads present in a note are run."""
    rules = []
    for head in _top_level_alternatives(heads):
        own = gate
        if _PLAIN_HEAD.fullmatch(head.lower()):
            word = max(head.lower().split(r"\s+"), key=len)
            own = f"{word} & {gate}" if gate.strip() else word
        rules.append((own, rf"\b{head}{tail}"))
    return rules


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly `words` (plain lower-case words; "-" inside a word matches "-",
    a space or nothing), factored by shared prefixes: "(?:s(?:pec(?:s|ification)?|creen))".
    Python's regex engine tries the branches of a flat alternation one by one at each position;
    a factored one decides on the first letters, so a 90-word list costs a few steps, not 90."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"[-\s]?" if ch == "-" else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _top_level_alternatives(heads: str) -> list[str]:
    """`heads` split at each "|" outside parentheses: "I(?:'m|\\s+am)|we" -> two heads."""
    out: list[str] = []
    depth = 0
    at = 0
    escaped = False
    for i, ch in enumerate(heads):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(heads[at:i])
            at = i + 1
    out.append(heads[at:])
    return out


# A negator in the clause just before a phrase: "it was not my fault", "I don't take the blame".
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bhardly|\bno)\s+(?:\w+\s+){0,2}$")
_CLAUSE_BREAK = ".,;:!?\n"


def negated(low: str, start: int) -> bool:
    """Whether the phrase at `start` is negated by one of the (up to three) words before it in
    the same clause. Reads at most 40 characters back, so calling it per span stays linear."""
    window = low[max(0, start - 40) : start]
    for ch in _CLAUSE_BREAK:
        cut = window.rfind(ch)
        if cut >= 0:
            window = window[cut + 1 :]
    return _NEGATED.search(window) is not None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# Words in nearly every note: a gate group made of them opens its rule on every note.
_EVERYDAY = word_set(
    "the a an i i'm you your my me we our it its it's this that to of and in on for with is was "
    "be been were are s have had has do did not no so at as by from would will could can time "
    "what how all more much one"
)


# "(?:[\w'-]+\s+){0,2}?": up to two words skipped before a word list. When what follows can only
# start with a letter, the same with possessive quantifiers matches the same text (a word run
# given back leaves a letter before \s+, spaces given back leave a space before a letter), and
# the engine no longer retries every shorter run of each word: ~30 % off the rules that use it.
_LAZY_WORDS = r"(?:[\w'-]+\s+){0,2}?"
_LAZY_WORDS_POSSESSIVE = r"(?:[\w'-]++\s++){0,2}?"


def _possessive_words(source: str, parsed: Any = None) -> str:
    """`source` with its one _LAZY_WORDS possessive when that is safe (see above), else as is.
    `parsed`: the parse of `source`, if the caller has it."""
    if source.count(_LAZY_WORDS) != 1:
        return source
    parsed = _parsed(source) if parsed is None else parsed
    if parsed is None:
        return source
    tree = list(parsed)
    for k, (op, av) in enumerate(tree[:-1]):
        if op is _c.MIN_REPEAT and av[:2] == (0, 2) and _starts_with_letter(tree[k + 1]):
            return source.replace(_LAZY_WORDS, _LAZY_WORDS_POSSESSIVE)
    return source


def _starts_with_letter(item: tuple[Any, Any]) -> bool:
    """Whether every match of `item` starts with an ASCII letter."""
    op, av = item
    if op is _c.LITERAL:
        return chr(av).isascii() and chr(av).isalpha()
    if op is _c.BRANCH:
        return all(branch and _starts_with_letter(branch[0]) for branch in av[1])
    if op is _c.SUBPATTERN:
        return bool(av[3]) and _starts_with_letter(av[3][0])
    if op in (_c.MAX_REPEAT, _c.POSSESSIVE_REPEAT, _c.MIN_REPEAT):
        return av[0] >= 1 and bool(av[2]) and _starts_with_letter(av[2][0])
    return False


class _Uncompiled:
    """A rule's regex until it is first used. The first attribute read (`search`, `finditer`, or
    `compiled`, which tools that walk the patterns read) compiles the pattern and puts it in the
    rule's `regex` slot in this object's place, so every later use is the plain pattern.

    Compiling every rule at import cost ~0.5 s of the CLI's cold start, and a check opens only
    the few rules its note's words gate. (A __getattr__ on Rule itself would do the same, but it
    makes every attribute read of a Rule take CPython's slow path, ~2x, on the hot loop.)"""

    __slots__ = ("compiled", "rule")

    def __init__(self, rule: Rule) -> None:
        self.rule = rule

    def __getattr__(self, name: str) -> Any:
        regex = self.rule.regex
        if not isinstance(regex, re.Pattern):  # else a caller held on to this object: reuse
            regex = self.rule.regex = re.compile(self.rule.source)
        self.compiled = regex
        return regex if name == "compiled" else getattr(regex, name)


# --- gates read from the pattern ------------------------------------------------------------
#
# A rule's own gate lists the words its author chose. Its pattern often requires more: "out of
# work", "there (wasn't|was not) ...", "i had (little|barely|hardly|no) ...". A word the pattern
# spells with a boundary on both sides (a space, \b, a comma, the rule's leading \b) is a token,
# or a part of one joined by ' or -, of any text the rule matches, so it is in the note's
# vocabulary (the words of the text the rule reads, as every gate here assumes). Such words,
# and alternations of them, are read from the parsed pattern the first time a rule passes its
# own gate, and the rule is then skipped on a note that holds none of one of them: one set
# test instead of a scan of the note. Only what every match must contain is taken: the walk
# gives up on a stretch at anything it cannot read (a class, an optional part, a group).

_TOKEN_SHAPE = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_JOINERS = frozenset("'-")


def _is_space_class(av: Any) -> bool:
    return bool(av == [(_c.CATEGORY, _c.CATEGORY_SPACE)])


def _boundary_item(item: tuple[Any, Any]) -> bool:
    """Whether `item` always matches (at least) one character that ends a token, or a \\b."""
    op, av = item
    if op is _c.LITERAL:
        ch = chr(av)
        return not (ch.isalnum() or ch == "_" or ch in _JOINERS)
    if op is _c.IN:
        return _is_space_class(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, body = av
        return low >= 1 and len(body) == 1 and _boundary_item(body[0])
    return op is _c.AT and av is _c.AT_BOUNDARY


def _walk(
    seq: list[tuple[Any, Any]], bounded: bool, prefix: str, ends_bounded: bool
) -> list[frozenset[str]]:
    """What every match of `seq` holds. `bounded`: the text before `seq` ends a token; `prefix`:
    letters of a word already begun before `seq`; `ends_bounded`: what follows `seq` starts
    with a character that ends a token (or a \\b)."""
    out: list[frozenset[str]] = []
    word, ok = prefix, bounded
    for k, item in enumerate(seq):
        op, av = item
        if op is _c.LITERAL and not _boundary_item(item):
            word += chr(av)
            continue
        if _boundary_item(item):
            if ok and _TOKEN_SHAPE.fullmatch(word) and (op is not _c.AT or word[-1:].isalnum()):
                out.append(frozenset((_part(word),)))
            word, ok = "", True
            continue
        if op is _c.BRANCH:
            # Whether what follows the alternation starts with a boundary.
            after = _boundary_item(seq[k + 1]) if k + 1 < len(seq) else ends_bounded
            # One group of each branch (the least common), joined: one of its words is in
            # every match. (Branch by branch, several groups each, cost more than it saved.)
            joined: set[str] = set()
            for branch in av[1]:
                found = _walk(list(branch), ok, word, after)
                if not found:
                    break  # a branch that needs nothing: the alternation needs nothing
                least: frozenset[str] = min(found, key=_rarity)
                joined.update(least)
            else:
                out.append(frozenset(joined))
        if (
            op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
            and ok
            and not word
            and av[2]
            and _boundary_item(av[2][-1])
        ):
            # An optional or repeated part at a boundary that ends with one ("(?:just\s+)?"):
            # whether it is there or not, what follows it starts after a boundary.
            continue
        # Anything else (a class, an optional or repeated part, a group, a lookaround): what
        # comes next is not known to start a token.
        word, ok = "", False
    if ok and ends_bounded and _TOKEN_SHAPE.fullmatch(word):
        out.append(frozenset((_part(word),)))
    return out


def _part(word: str) -> str:
    """The word itself, or for "didn't" its longest part ("didn"): a joined word may be part of
    a longer token ("x-didn't"), but each of its parts is in the vocabulary (vocabulary())."""
    return word if word.isalnum() else max(_PARTS.split(word), key=len)


def _rarity(group: frozenset[str]) -> tuple[bool, int]:
    """Sorts the group least likely to be in a note first: no everyday word, then longest."""
    return (not group.isdisjoint(_EVERYDAY), -min(map(len, group)))


def _parsed(source: str) -> Any:
    try:
        return _parser.parse(source)
    except re.error:
        return None


def _pattern_groups(rule: Rule, tree: Any = None) -> tuple[frozenset[str], ...]:
    """The word groups `rule`'s pattern needs that its own gate does not already imply."""
    tree = _parsed(rule.source) if tree is None else tree
    if tree is None or tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    own = (rule.first, *rule.rest)
    found = dict.fromkeys(_walk(list(tree), rule.left, "", False))
    # A group holding a whole gate group opens whenever that one does: it would add nothing.
    return tuple(g for g in found if not any(o <= g for o in own))


class Rule:
    __slots__ = ("first", "left", "more", "passed", "regex", "rest", "source")

    def __init__(self, gate: str, pattern: str) -> None:
        if _CASED_ESCAPES.search(pattern):
            raise ValueError(f"rule uses a case-sensitive escape: {pattern!r}")
        groups = [frozenset(group.split()) for group in gate.split("&") if group.strip()]
        # The family opens a rule by its first group: make that the group least likely to be in
        # a calm note (no everyday word such as "the" or "you"), so most rules stay shut.
        groups.sort(key=lambda g: (not g.isdisjoint(_EVERYDAY), len(g)))
        self.first = groups[0] if groups else frozenset()
        self.rest = tuple(groups[1:])
        self.left = pattern.startswith(r"\b")
        self.source = pattern[2:].lower() if self.left else pattern.lower()
        if not _LITERAL_START.match(self.source):
            raise ValueError(f"rule must start with a literal (use each()): {pattern!r}")
        self.regex: re.Pattern[str] | _Uncompiled = _Uncompiled(self)
        # The word groups the pattern needs beyond the gate, read the second time the rule
        # passes its own gate: parsing a pattern costs ~0.3 ms, so read at import, or at the
        # first pass, they would cost a one-off check (the CLI's) more than they save it.
        self.more: tuple[frozenset[str], ...] | None = None
        self.passed = False

    def read_pattern(self) -> tuple[frozenset[str], ...]:
        """The groups the pattern needs (Rule.more): none yet at the first pass (the rule is
        scanned as if it had none), read from the pattern at the next."""
        if not self.passed:
            self.passed = True
            return ()
        tree = _parsed(self.source)
        self.more = _pattern_groups(self, tree)
        # The same parse says whether the word skips can be possessive: then the rule is
        # compiled once more, faster (a one-off check keeps the pattern compiled as written).
        faster = _possessive_words(self.source, tree)
        if faster != self.source:
            self.regex = re.compile(faster)
        return self.more

    def pattern_groups(self) -> tuple[frozenset[str], ...]:
        """The groups the pattern needs, read now if they were not yet."""
        if self.more is None:
            self.more = _pattern_groups(self)
        return self.more

    def more_open(self, vocab: set[str]) -> bool:
        """Whether the vocabulary meets the groups the pattern needs (see _walk)."""
        return all(not group.isdisjoint(vocab) for group in self.pattern_groups())

    def gate_words(self) -> set[str]:
        """Every word a gate of this rule names, its pattern's included."""
        return set().union(self.first, *self.rest, *self.pattern_groups())

    def compiled(self) -> re.Pattern[str]:
        """The rule's regex, compiled now if it was not yet."""
        regex = self.regex
        return regex if isinstance(regex, re.Pattern) else regex.compiled

    def rest_open(self, vocab: set[str]) -> bool:
        return all(not group.isdisjoint(vocab) for group in self.rest)


def _spans(rule: Rule, low: str) -> list[tuple[int, int]]:
    regex = rule.regex
    first = regex.search(low)
    if first is None:
        return []
    # The scan goes on from the first match, not from the start again: no match starts before
    # it (search gives the leftmost), and a match tried there sees the same text around it
    # (lookbehinds and \b read before `pos`).
    at = first.start()
    if rule.left:
        return [
            m.span()
            for m in regex.finditer(low, at)
            if m.start() == 0 or not _is_word_char(low[m.start() - 1])
        ]
    return [m.span() for m in regex.finditer(low, at)]


def _found(rule: Rule, low: str) -> bool:
    """Whether `rule` matches anywhere: `_spans` without collecting every match."""
    regex = rule.regex
    m = regex.search(low)
    if not rule.left:
        return m is not None
    while m is not None:
        start, end = m.span()
        if start == 0 or not _is_word_char(low[start - 1]):
            return True
        m = regex.search(low, end if end > start else start + 1)  # where finditer goes on
    return False


# The gate words of every family's rules, all groups (Family.__init__ adds its own).
_GATE_WORDS: set[str] = set()
# The last vocabulary cut down to _GATE_WORDS, with the vocabulary itself: the families of one
# check all read the same vocabulary object. One tuple, so a thread never pairs one note's
# vocabulary with another's words; the vocabulary held here is not freed, so `is` is sound.
_last_cut: tuple[set[str] | None, set[str]] = (None, set())


def _gate_words_of(vocab: set[str]) -> set[str]:
    global _last_cut
    last = _last_cut
    if last[0] is vocab:
        return last[1]
    cut = vocab.intersection(_GATE_WORDS)
    _last_cut = (vocab, cut)
    return cut


class Family:
    """Rules for one kind of phrase; matches come back in text order without overlaps."""

    __slots__ = ("index", "rules", "words")

    def __init__(self, *rules: tuple[str, str]) -> None:
        self.rules = tuple(Rule(gate, pattern) for gate, pattern in rules)
        # Every rule here is gated (an ungated rule would make the family always open).
        if any(not rule.first for rule in self.rules):
            raise ValueError("every rule in a family needs gate words")
        self.words = frozenset().union(*(rule.first for rule in self.rules))
        # Gate word -> the rules it opens, so opening costs nothing per closed rule.
        index: dict[str, list[Rule]] = {}
        for rule in self.rules:
            for word in rule.first:
                index.setdefault(word, []).append(rule)
        self.index = {word: tuple(found) for word, found in index.items()}
        global _last_cut
        _GATE_WORDS.update(*(group for rule in self.rules for group in (rule.first, *rule.rest)))
        _last_cut = (None, set())  # a cut made before this family knew none of its words

    def _open(self, cut: set[str]) -> Iterable[Rule]:
        # One C-level step closes most families on a calm note. `cut`: the note's words cut
        # down to the gate words of all families, once a note (_gate_words_of), so each family
        # intersects a few words, not the note's hundred (and so do the rules' other groups,
        # whose words are all in the cut's universe).
        present = self.words.intersection(cut)
        if not present:
            return ()
        if len(present) == 1:
            return self.index[next(iter(present))]
        # The rules' order does not matter: spans() sorts what they find, search() any-s.
        return set().union(*map(self.index.__getitem__, present))

    def spans(self, low: str, vocab: set[str]) -> list[tuple[int, int]]:
        # The hot loop of the voice check: a plain for-else, no generator per rule.
        found: list[tuple[int, int]] = []
        cut = _gate_words_of(vocab)
        for rule in self._open(cut):
            for group in rule.rest:
                if group.isdisjoint(cut):
                    break
            else:
                # Then the groups the pattern needs beyond the gate (Rule.more), read on first use.
                more = rule.more
                if more is None:
                    more = rule.read_pattern()
                for group in more:
                    if group.isdisjoint(vocab):
                        break
                else:
                    found += _spans(rule, low)
        if len(found) < 2:
            return found
        found.sort(key=lambda s: (s[0], -s[1]))
        kept = [found[0]]
        for span in found[1:]:
            if span[0] >= kept[-1][1]:
                kept.append(span)
        return kept

    def search(self, low: str, vocab: set[str]) -> bool:
        # any() over the open rules, written as loops: no generator or method call per rule.
        cut = _gate_words_of(vocab)
        for rule in self._open(cut):
            for group in rule.rest:
                if group.isdisjoint(cut):
                    break
            else:
                more = rule.more
                if more is None:
                    more = rule.read_pattern()
                for group in more:
                    if group.isdisjoint(vocab):
                        break
                else:
                    if _found(rule, low):
                        return True
        return False
