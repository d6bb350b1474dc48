"""Ownership said softly (PLAYBOOK §4 recovery step 4, issue 14): the blame taken in words
that name no mistake, fault or blame, as people write it after owning a stumble.

- the stumble named as the writer's own habit or management: "that's my time management",
  "not getting there was my pacing", "that's my problem, not yours";
- a thing to work on, said as the writer's: "that's something for me to work on", "closing
  those gaps is on me";
- owning chosen over explaining: "I'd rather own that than explain it away", "I'd rather own
  the answer than put it on the connection";
- the writer's act and, in the same clause, what they should have done: "I tried to cover
  three models at once and should have picked one";
- the fault verb said plainly: "I simply confused the two methods", "I misread it, plainly";
- the matter closed: "and that is the whole of it", "that's all there is to it";
- a choice of the writer's judged: "probably wasn't my best decision";
- knowing better: "that's the wrong order, and I know better";
- the doer named: "I'm the one who typed it", "the part I owned: ...";
- the writer's answer faulted and the apology for it: "my answer was defensive, and I'm sorry
  for that";
- the answer faulted whatever the circumstance: "the answer should have been clearer
  regardless".

Not: negated ("it wasn't my pacing"), in a condition or a question (structure_reading.asserted),
nor another's ("your pacing"). Cost: a set test on the note's vocabulary, then one linear regex
search (bounded repeats only) over the note.
"""

from __future__ import annotations

import re

from app.playbook import structure_reading as sr
from app.playbook.rules import negated, word_set

# The writer's own ways of working, named as where the stumble came from.
_MY_WAYS = (
    r"(?:pacing|time\s++management|timekeeping|planning|prep|preparation|homework|doing|"
    r"problem|lookout|habit|blind\s++spot|weak\s++spot|failing|shortcoming|misjudge?ment|"
    r"miscalculation|misreading|own\s++goal)"
)
# Each phrasing as (hints, regex): the regex runs only when one of its hints is in the note, a
# substring test at C speed (the gate words "my", "me", "should" are in nearly every note).
_FRAMES = (
    r"(?:think|thought|heard|hear|believe|guess|gather|understand|know|knew|feel|felt|suppose|"
    r"noticed|saw|read|said|was\s++told|hope|imagine|expect|learned|learnt|see|understood)\b"
)
_BRANCHES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # "that's my time management", "not getting there was my pacing"
    (
        (
            "pacing",
            "management",
            "timekeeping",
            "planning",
            "prep",
            "homework",
            "doing",
            "problem",
            "lookout",
            "habit",
            "spot",
            "failing",
            "shortcoming",
            "misjudg",
            "miscalculation",
            "misreading",
            "own goal",
        ),
        re.compile(
            r"(?:\bwas|\bis|'s)\s++(?:all\s++|entirely\s++|purely\s++|just\s++|simply\s++)?"
            r"(?:down\s++to\s++)?my\s++(?:own\s++)?"
            + _MY_WAYS
            + r"(?=\s*+(?:[.,;!\n]|$|and\b|not\b))"
        ),
    ),
    # "that's something for me to work on", "one I need to fix"
    (
        ("for me to", "need to", "have to", "want to", "mean to", "intend to"),
        re.compile(
            r"\b(?:that's|that\s++is|it's|it\s++is|which\s++is)\s++(?:something|one|a\s++habit|"
            r"a\s++gap)\s++(?:for\s++me\s++to|i\s++(?:need|have|want|mean|intend)\s++to)\s++"
            r"(?:work\s++on|fix|address|improve|own|correct|change)(?=\s*+(?:[.,;!\n]|$))"
        ),
    ),
    # "closing them is on me"
    (
        ("on me",),
        re.compile(
            r"\b[a-z]++(?<=ing)\s++(?:[a-z']+\s+){0,5}?(?:is|was)\s++(?:all\s++)?on\s++me\b"
        ),
    ),
    # "I'd rather own that than explain it away"
    (
        ("rather own", "sooner own"),
        re.compile(
            r"\bi(?:'d|\s++would)\s++(?:much\s++)?(?:rather|sooner)\s++own\s++(?:it|that|this|up\b|"
            # "I'd rather own the answer than put it on the connection"
            r"(?:the|my)\s++[a-z-]++(?:\s++[a-z-]++)?\s++than\s++(?:blame|put|pin|lay|point|"
            r"make|hide|pass))\b"
        ),
    ),
    # "I tried to cover three at once and should have picked one": the writer the subject of
    # both verbs, so not a frame ("I heard your team rebuilt it and should have ...", "I think
    # the team moved fast and should have more data") nor another subject between
    (
        ("and should have",),
        re.compile(
            r"\bi\s++(?!" + _FRAMES + r")(?:(?!(?:that|who|which|they|you|your|he|she|we|"
            r"the\s++team|their|it's)\b)[a-z']+\s+){1,12}?and\s++should\s++have\s++(?!been\s)[a-z]++"
        ),
    ),
    # "I simply confused ...", "I misread it, plainly"
    (
        ("simply", "plainly"),
        re.compile(
            r"\bi\s++(?:simply|plainly)\s++(?:confused|mixed\s++up|misread|misheard|misremembered|"
            r"misjudged|miscounted|forgot|blanked|muddled|didn't\s++know|did\s++not\s++know|"
            r"got\s++(?:it|that|this|the\s++[a-z]++)\s++wrong)\b|"
            r"\bi\s++(?:misread|confused|misjudged|misremembered|miscounted|misheard|muddled|"
            r"fumbled)\s++(?:it|that|this|them)\s*+,\s*+(?:plainly|simply)\b"
        ),
    ),
    # "..., and that is the whole of it" (after an act of the writer's: _CLOSED_AFTER)
    (
        ("whole of it", "all there is to it", "short of it"),
        re.compile(
            r"\b(?:that's|that\s++is|that\s++was)\s++(?:the\s++whole\s++of\s++it|all\s++there\s++"
            r"is\s++to\s++it|the\s++long\s++and\s++(?:the\s++)?short\s++of\s++it)"
            r"(?=\s*+(?:[.,;!\n]|$))"
        ),
    ),
    # "probably wasn't my best decision"
    (
        ("my best", "my smartest", "my wisest", "my finest"),
        re.compile(
            r"\b(?:wasn't|was\s++not)\s++my\s++(?:best|smartest|wisest|finest)\s++"
            r"(?:decision|call|idea|move|choice|judge?ment)\b"
        ),
    ),
    # "and I know better", "I should have known better"; not "I know better now what the
    # nurses need" (knowing more, not owning)
    (
        ("know better", "known better"),
        re.compile(
            r"\b(?:and|but)\s++i\s++(?:do\s++)?know\s++better(?=\s*+(?:[.,;:!\n)]|$|than\b))|"
            r"\bi\s++should\s++have\s++known\s++better\b"
        ),
    ),
    # "I'm the one who typed it": a verb of the stumble, not a credential ("who built it")
    (
        ("the one who",),
        re.compile(
            r"\bi(?:'m|\s++am)\s++the\s++one\s++who\s++(?:typed|wrote|said|chose|picked|gave|"
            r"missed|forgot|skipped|got|quoted|misread|mixed|muddled|dropped)\s++(?:it|that|this)\b"
        ),
    ),
    # "the part I owned: ..."
    (
        ("the part",),
        re.compile(
            r"\bthe\s++part\s++(?:i\s++own(?:ed)?|that\s++(?:was|is)\s++mine|i'm\s++responsible\s++"
            r"for)\s*+[:\u2014\u2013-]"
        ),
    ),
    # "my answer was defensive, and I'm sorry for that"
    (
        ("sorry for", "sorry about"),
        re.compile(
            r"\bmy\s++(?:answer|tone|reply|response|explanation)\s++(?:was|came\s++across\s++as|"
            r"sounded)\s++[a-z-]++(?:\s++[a-z-]++)?,?\s++and\s++i(?:'m|\s++am)\s++sorry\s++"
            r"(?:for|about)\s++(?:that|it)\b"
        ),
    ),
    # "the answer ... should have been clearer regardless"
    (
        ("should have been",),
        re.compile(
            r"\b(?:my|the)\s++(?:answer|reply|response|explanation|estimate|figure)\b"
            r"[^.!?;\n]{0,60}?\bshould\s++have\s++been\s++[a-z]++\s++(?:regardless|anyway|"
            r"either\s++way|all\s++the\s++same|in\s++any\s++case)\b"
        ),
    ),
)
# The regexes, for tests/hostile/test_regex_linear.py.
_SOFT_OWNING = tuple(regex for _, regex in _BRANCHES)
# The matter closed owns only after an act of the writer's in its sentence or the one before
# ("I mixed up the two rates, and that's all there is to it"), not after a fix or a fact ("The
# fix is one filter on the date column, and that's all there is to it").
_WRITERS_ACT = re.compile(
    r"\bi\s++(?:[a-z]++ed|got|gave|said|made|did|took|went|forgot|misread|misheard|lost|ran|left|"
    r"put|set|thought|meant|wrote|spoke|chose|picked|blanked|froze|mixed|skipped|spent|came|fell|had|was|"
    r"overran|misspoke|began|sent|kept|let|brought|drew|never|didn't|couldn't|wasn't)\b"
)
_CLOSED = _BRANCHES[6][1]
_SENTENCE_END = re.compile(r"[.!?\n]")
# A note without one of these words holds none of the phrasings above.
_GATE = word_set("my me own should simply plainly whole there long better one part sorry")
# Phrasings whose own words are a negation ("wasn't my best decision"): the words before them
# are not read for a negator.
_NEGATIVE_FORM = ("wasn't", "was not")


def owned_softly(low: str, vocab: set[str]) -> int | None:
    """The end of the first ownership said softly (the module's list) that is asserted and not
    negated, or None."""
    if _GATE.isdisjoint(vocab):
        return None
    first: tuple[int, int] | None = None
    for hints, regex in _BRANCHES:
        if not any(hint in low for hint in hints):
            continue
        for m in regex.finditer(low, 0, len(low) if first is None else first[0]):
            if _owned_at(low, m, regex):
                first = (m.start(), m.end())
                break
    return None if first is None else first[1]


def _owned_at(low: str, m: re.Match[str], regex: re.Pattern[str]) -> bool:
    """Whether the phrasing matched at `m` owns: asserted, not negated (its own negation aside),
    and the matter closed only after an act of the writer's."""
    start = m.start()
    if regex is _CLOSED and not _after_writers_act(low, start):
        return False
    if low.startswith(_NEGATIVE_FORM, start):
        return sr.asserted(low, start, m.end())
    return not negated(low, start) and sr.asserted(low, start, m.end())


def _after_writers_act(low: str, at: int) -> bool:
    """A first-person past act (_WRITERS_ACT) in the sentence ending at `at` or the one before
    it (300 characters back at most)."""
    begin = max(0, at - 300)
    marks = [m.end() for m in _SENTENCE_END.finditer(low, begin, at)]
    # the start of the sentence before: the second-last mark before `at`, skipping the marks that
    # end the current sentence's run ("..\n")
    if len(marks) >= 2:
        begin = marks[-2]
    return _WRITERS_ACT.search(low, begin, at) is not None
