"""On-the-team voice (PLAYBOOK §3): "your roadmap" / "when you ship" become "our" / "we".

Only phrasing about the company's work and future is caught: "your" followed by a work noun
(one modifier allowed: "your new platform", "your Q3 launch"), "when/once/as ... you" followed
by a verb of building or growing, and "help/see you ship" (-> "us"). Thanks stays "you": "your
time", "your insight" are not work nouns, and anything inside the clause that thanks them
("thanks for walking me through your roadmap") is left alone. "I'm excited to see your product
grow" is no thanks clause and is caught.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from app.playbook.lexicon_notes import THANKS
from app.playbook.rules import lower_same, tokens, vocabulary, word_set
from app.playbook.structure_reading import clause_before

_NOUNS = (
    r"products?|product\s+lines?|teams?|teammates|roadmaps?|platforms?|customers?|users?|"
    r"clients?|mission|strateg(?:y|ies)|stacks?|codebases?|code\s+base|launch(?:es)?|releases?|"
    r"migrations?|infrastructure|infra|vision|growth|markets?|features?|company|business|"
    r"org|organi[sz]ation|pipelines?|architecture|services|tooling|plans|goals|future|expansion|"
    r"rollout|backlog|revenue|runway|funding|round|brand|culture|engineering|design\s+system|"
    r"apps?|systems|models|data|offering|portfolio|ecosystem|community|partners|"
    r"go-to-market|sales|priorities|objectives|okrs|quarter|numbers|metrics"
)
# Words that cannot be the one modifier between "your" and the noun.
_NOT_MODIFIER = (
    r"and|or|to|for|of|the|a|an|with|in|on|at|by|but|so|if|is|are|was|were|be|has|have|had|"
    r"will|would|can|could|should|did|does|do|not"
)
_POSSESSIVES = frozenset({"your", "our", "my", "their", "his", "her", "its"})
_LETTER_RUNS = re.compile(r"[a-z]+")
# Lower-case patterns, run on a lower-cased copy; the left word boundary is checked in Python
# so each pattern starts with a literal the regex engine can jump to.
_YOUR = re.compile(
    rf"(?P<pron>your)\s+(?:(?!(?:{_NOT_MODIFIER})\b)[\w'-]+\s+)?(?:{_NOUNS})(?:'s)?\b"
)
_VERB = (
    r"ship|launch|release|build|scale|expand|hit|grow|roll\s+out|move\s+into|migrate|raise|"
    r"deploy|enter|rebuild|rewrite|replatform|double|triple|ipo|go\s+(?:public|live|global|"
    r"international)|open\s+source"
)
_VERB_ING = (
    r"shipping|launching|releasing|building|scaling|expanding|hitting|growing|rolling\s+out|"
    r"moving\s+into|migrating|raising|deploying|entering|rebuilding|rewriting|replatforming|"
    r"doubling|tripling|going\s+(?:public|live|global|international)|open\s+sourcing"
)
_VERB_WORDS = frozenset(re.findall(r"[a-z]+", _VERB + " " + _VERB_ING)) - {
    "into",
    "out",
    "public",
    "live",
    "global",
    "international",
    "source",
    "sourcing",
}
_SOON = r"(?:(?:finally|eventually|actually|next|all|guys)\s+)?"
_WHEN_WORDS = word_set("when once after as soon before until while if")
_HELP_WORDS = word_set("help helping watch watching see seeing")
# "when you ship" -> "when we ship", "as you're scaling" -> "as we're scaling", and "help you
# ship" -> "help us ship" (the object pronoun). The full phrase is HEAD + spaces + TAIL; the scan
# finds each "you" (a literal the regex engine jumps to) and looks for the head just before it,
# which is several times faster than scanning for a leading alternation of heads. It finds
# exactly what `finditer` of HEAD\s+TAIL finds (tests/playbook/test_outsider_scan.py).
_WHEN_HEAD = re.compile(r"(?:when|once|after|as\s+soon\s+as|as|before|until|while|if)\s+")
_WHEN_TAIL = re.compile(
    rf"(?:(?P<subj>you)\s+{_SOON}(?:{_VERB})|(?P<be>you(?:'re|\s+are))\s+{_SOON}(?:{_VERB_ING}))\b"
)
_HELP_HEAD = re.compile(r"(?:help|helping|watch|watching|see|seeing)\s+")
_HELP_TAIL = re.compile(rf"(?P<obj>you)\s+(?:{_VERB})\b")
_YOU = re.compile("you")


def _head_you(
    low: str, head: re.Pattern[str], heads: frozenset[str], tail: re.Pattern[str]
) -> list[tuple[int, int, re.Match[str]]]:
    """(start, end, tail match) of each non-overlapping HEAD\\s+TAIL, left to right."""
    found: list[tuple[int, int, re.Match[str]]] = []
    last_end = 0
    for you in _YOU.finditer(low):
        p = you.start()
        m = tail.match(low, p)
        if m is None:
            continue
        q = p
        while q > 0 and low[q - 1].isspace():
            q -= 1
        if q == p:
            continue  # the head needs a space before "you"
        starts = sorted(q - len(word) for word in heads if low.endswith(word, 0, q))
        if low.endswith("as", 0, q):  # "as soon as you": the longer head starts further left
            k = q - 2
            while k > 0 and low[k - 1].isspace():
                k -= 1
            if k < q - 2 and low.endswith("soon", 0, k):
                j = k - 4
                while j > 0 and low[j - 1].isspace():
                    j -= 1
                if j < k - 4 and low.endswith("as", 0, j):
                    starts.insert(0, j - 2)
        for start in starts:
            if start >= last_end and head.fullmatch(low, start, p):
                found.append((start, m.end(), m))
                last_end = m.end()
                break
    return found


# Where a thanks clause ends: sentence or clause punctuation, or a new clause with its own subject.
# ", and your team's," adds one more thing thanked ("thank you for your time, and your team's,
# on the ward"): the clause goes on; ", and your roadmap will ..." opens a clause of its own.
_CLAUSE_END = re.compile(
    r"[.!?;:\n—–]|\s-\s|,\s*(?:(?:and|but|so)\b(?!\s+your\s+[\w-]+(?:'s)?\s*[,.;!])|i|i'm|"
    r"i've|i'd|i'll|we|we're|we'll)\b|"
    r"\s(?:and|but|so)\s+(?:i|i'm|i've|i'd|i'll|we|we're|we'll|it|it's|this|that|the|my)\b"
)


class Span(NamedTuple):
    start: int
    end: int
    suggestion: str


def _word_start(low: str, at: int) -> bool:
    return at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_")


def _thanks_clauses(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    clauses: list[tuple[int, int]] = []
    for start, stop in THANKS.spans(low, vocab):
        if clauses and start < clauses[-1][1]:
            continue
        end = _CLAUSE_END.search(low, stop)
        clauses.append((start, end.start() if end else len(low)))
    return clauses


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _rewrite(span: str, offset: int, pron: tuple[int, int], new: str) -> str:
    """`span` with the pronoun at `pron` (absolute offsets) replaced by `new`, case kept."""
    a, b = pron[0] - offset, pron[1] - offset
    old = span[a:b]
    if new == "we" and len(old) > 3:
        # "you're" / "you’re" / "you are": keep the typed apostrophe or the spelled-out verb.
        return span[:a] + _match_case("we", old[:3]) + old[3:] + span[b:]
    return span[:a] + _match_case(new, old) + span[b:]


# A stretch in double quotes on one line (the working copy has straight quotes): reported speech.
# The body cannot hold a quote mark, so each match is found in one pass.
_QUOTED = re.compile(r'"[^"\n]{1,300}"')


def outsider_spans(low: str, vocab: set[str], original: str) -> list[Span]:
    """Outsider-voice spans, each with its we/our rewrite cut from `original`.

    `low` is the lower-cased working copy (same offsets as `original`), `vocab` its words."""
    found: list[tuple[int, int, tuple[int, int], str]] = []
    if "your" in vocab:
        at = 0
        while (m := _YOUR.search(low, at)) is not None:
            # A possessive as the modifier ("your 'your roadmap") means the phrase is the inner
            # one: rewriting the outer "your" would leave text that a second pass changes again.
            if _POSSESSIVES.intersection(_LETTER_RUNS.findall(low, m.end("pron"), m.end())):
                at = m.end("pron")
                continue
            if _word_start(low, m.start()):
                found.append((m.start(), m.end(), m.span("pron"), "our"))
            at = m.end()
    if "your" in vocab and not _FUTURE_WORDS.isdisjoint(vocab):
        found += _future_your(low)
    if ("you" in vocab or "you're" in vocab) and not _VERB_WORDS.isdisjoint(vocab):
        if not _WHEN_WORDS.isdisjoint(vocab):
            for start, end, m in _head_you(low, _WHEN_HEAD, _WHEN_WORDS, _WHEN_TAIL):
                if _word_start(low, start):
                    group = "subj" if m.group("subj") is not None else "be"
                    found.append((start, end, m.span(group), "we"))
        if not _HELP_WORDS.isdisjoint(vocab):
            for start, end, m in _head_you(low, _HELP_HEAD, _HELP_WORDS, _HELP_TAIL):
                if _word_start(low, start):
                    found.append((start, end, m.span("obj"), "us"))
    if not found:
        return []
    clauses = _thanks_clauses(low, vocab)
    quoted = [m.span() for m in _QUOTED.finditer(low)] if '"' in low else []
    spans: list[Span] = []
    for start, end, pron, new in sorted(found):
        if _in_clause(start, clauses):
            continue
        # Someone else's words in quotes ('you asked "what's your stack?"') are not the
        # candidate talking about the work.
        if _inside_quote(start, end, quoted):
            continue
        if spans and start < spans[-1].end:
            continue
        if new == "our" and _not_about_the_future(low, start, end):
            continue
        spans.append(Span(start, end, _rewrite(original[start:end], start, pron, new)))
    return spans


# "your X" told in the past or as what the candidate heard ("working beside your team was a
# privilege", "hearing how your buying team picks the ranges", "instead of thinking about your
# clients" after "I was defending ...") is the conversation, not the team's future (§3).
_PAST_OR_HEARD = re.compile(
    r"\b(?:was|were|had|did|wasn't|weren't|hadn't|didn't|"
    r"hear(?:ing|d)?\s+(?:how|about|that|what|why|of|where|when)|"
    r"learn(?:ing|ed|t)?\s+(?:how|about|that|what|why|of|where|when))\b"
)
_CLAUSE_STOP = ".!?;\n,"


# The clause before told in the past by its subject ("a colleague who worked with your team",
# "when I described your warehouse"), "your X" as how they work now ("the way your team sets
# OKRs"), or its own verb in the past ("how your team handled the first year"): the
# conversation, not the team's future.
_TOLD_BEFORE = re.compile(r"\b(?:i|we|he|she|they|who)\s++(?:[a-z]+ly\s++)?[a-z]{2,}(?<!e)ed\b")
_HOW_BEFORE = re.compile(r"\bthe\s++way\s*+$")
# From the first space of a run only (linear under search() too).
_TOLD_AFTER = re.compile(r"(?<!\s)\s++(?:[a-z]+ly\s++)?[a-z]{2,}(?<!e)ed\b")


def _not_about_the_future(low: str, start: int, end: int) -> bool:
    stop = end
    limit = min(len(low), end + 80)
    while stop < limit and low[stop] not in _CLAUSE_STOP:
        stop += 1
    # A clause that looks ahead ("where your company is heading next year") is about the
    # future whatever else it tells.
    if _LOOKS_AHEAD.search(low, end, stop) is not None:
        return False
    before = clause_before(low, start)
    if _PAST_OR_HEARD.search(before) is not None or _TOLD_BEFORE.search(before) is not None:
        return True
    if _HOW_BEFORE.search(before) is not None or _TOLD_AFTER.match(low, end, stop) is not None:
        return True
    if _PAST_OR_HEARD.search(low, end, stop) is not None:
        return True
    # Praise of what they are now ("your pastry team are extraordinary", "your product looks
    # great"): a present description, not the team's future, unless the clause looks ahead.
    verb = end
    while verb < stop and low[verb].isspace():
        verb += 1
    if verb == end or _PRAISED_NOW.match(low, verb, stop) is None:
        return False
    return _FUTURE.search(low, end, stop) is None


_PRAISED_NOW = re.compile(
    r"(?:is|are|looks?|seems?)\s+(?:(?:so|very|really|truly|clearly|genuinely|just|"
    r"absolutely|quite)\s+)?(?:extraordinary|great|excellent|impressive|amazing|brilliant|"
    r"outstanding|superb|fantastic|wonderful|lovely|strong|talented|inspiring|remarkable|"
    r"first-rate|world-class|exceptional|terrific|superb|stellar)\b"
)


# Any noun after "your" is the team's work when its clause is about the future: "how will your
# program grow once your new stadium opens", "your recruiting next season". What the candidate
# was given or asked about ("your time", "your question") stays "you".
_FUTURE = re.compile(
    r"\b(?:will|won't|going\s+to|next\s+(?:year|season|quarter|month|spring|summer|autumn|fall|"
    r"winter)|once|as\s+soon\s+as|(?:is|are)\s+(?:heading|headed|going)(?!\s+well)|"
    r"where\s+[^.!?\n]{0,40}?(?:'s|'re)\s+(?:heading|headed|going))\b|'ll\b"
)
# The same, less "will have had" (a guess about the past: "your other candidates will have had
# cleaner answers").
_LOOKS_AHEAD = re.compile(
    r"\b(?:(?:will|won't)(?!\s+have\b)|going\s+to|next\s+(?:year|season|quarter|month|spring|"
    r"summer|autumn|fall|winter)|once|as\s+soon\s+as)\b|'ll\b(?!\s+have\b)"
)
_FUTURE_WORDS = word_set("will won't going next once soon ll heading headed")
_ANY_YOUR = re.compile(r"(?P<pron>your)\s++(?:new\s++|next\s++)?(?P<noun>[a-z][\w-]*+)")
_NOT_WORK = word_set(
    "time help insight insights advice feedback question questions kindness patience "
    "hospitality candour candor honesty thoughts view views perspective generosity support "
    "guidance attention consideration interest call email message note reply invitation "
    "colleague colleagues assistant own way side experience career story stories talk "
    "decision answer response own first last best move trip travel travels holiday holidays "
    "vacation flight flights weekend family kids children wedding leave birthday marathon "
    "keynote conference recovery health"
)


def _future_your(low: str) -> list[tuple[int, int, tuple[int, int], str]]:
    found: list[tuple[int, int, tuple[int, int], str]] = []
    for m in _ANY_YOUR.finditer(low):
        if not _word_start(low, m.start()) or m.group("noun") in _NOT_WORK:
            continue
        clause = clause_before(low, m.start())
        stop = m.end()
        limit = min(len(low), stop + 80)
        while stop < limit and low[stop] not in _CLAUSE_STOP:
            stop += 1
        if _FUTURE.search(clause) is None and _FUTURE.search(low, m.end(), stop) is None:
            continue
        found.append((m.start(), m.end(), m.span("pron"), "our"))
    return found


def _in_clause(start: int, clauses: list[tuple[int, int]]) -> bool:
    """Whether `start` is in one of `clauses` (sorted, not overlapping): one bisect, not a scan."""
    i = bisect_right(clauses, start, key=lambda c: c[0]) - 1
    return i >= 0 and start < clauses[i][1]


def _inside_quote(start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether `start`..`end` lies strictly inside one of `quoted` (sorted, not overlapping):
    only the last region opening before `start` can hold it."""
    i = bisect_left(quoted, start, key=lambda q: q[0]) - 1
    return i >= 0 and end < quoted[i][1]


def rewrite(text: str, fold: dict[int, str]) -> str:
    """`text` with every outsider-voice span replaced by its rewrite."""
    low = lower_same(text if text.isascii() else text.translate(fold))
    if "you" not in low:  # every phrase has "you" or "your" in it: nothing to rewrite
        return text
    spans = outsider_spans(low, vocabulary(tokens(low)), text)
    if not spans:
        return text
    out: list[str] = []
    at = 0
    for span in spans:
        out.append(text[at : span.start])
        out.append(span.suggestion)
        at = span.end
    out.append(text[at:])
    return "".join(out)
