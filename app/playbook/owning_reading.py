"""Ownership said softly (PLAYBOOK §4 recovery step 4, issue 14): the blame taken in words
that name no mistake, fault or blame, as people write it after owning a stumble.

- the stumble named as the writer's own habit or management: "that's my time management",
  "not getting there was my pacing", "that's my problem, not yours";
- a thing to work on, said as the writer's: "that's something for me to work on", "closing
  those gaps is on me";
- owning chosen over explaining: "I'd rather own that than explain it away";
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
_SOFT_OWNING = re.compile(
    # "that's my time management", "not getting there was my pacing"
    r"(?:\bwas|\bis|'s)\s++(?:all\s++|entirely\s++|purely\s++|just\s++|simply\s++)?"
    r"(?:down\s++to\s++)?my\s++(?:own\s++)?" + _MY_WAYS + r"(?=\s*+(?:[.,;:!\n]|$|and\b|not\b))|"
    # "that's something for me to work on", "one I need to fix"
    r"\b(?:that's|that\s++is|it's|it\s++is|which\s++is)\s++(?:something|one|a\s++habit|a\s++gap)"
    r"\s++(?:for\s++me\s++to|i\s++(?:need|have|want|mean|intend)\s++to)\s++"
    r"(?:work\s++on|fix|address|improve|own|correct|change)\b|"
    # "closing them is on me"
    r"\b[a-z]++(?<=ing)\s++(?:[a-z']+\s+){0,5}?(?:is|was)\s++(?:all\s++)?on\s++me\b|"
    # "I'd rather own that than explain it away"
    r"\bi(?:'d|\s++would)\s++(?:much\s++)?(?:rather|sooner)\s++own\s++(?:it|that|this|up)\b|"
    # "I tried to cover three at once and should have picked one"
    r"\bi\s++(?:[a-z']+\s+){1,12}?and\s++should\s++have\s++(?!been\s)[a-z]++|"
    # "I simply confused ...", "I misread it, plainly"
    r"\bi\s++(?:simply|plainly)\s++(?:confused|mixed\s++up|misread|misheard|misremembered|"
    r"misjudged|miscounted|forgot|blanked|muddled|didn't\s++know|did\s++not\s++know|"
    r"got\s++(?:it|that|this|the\s++[a-z]++)\s++wrong)\b|"
    r"\bi\s++(?:misread|confused|misjudged|misremembered|miscounted|misheard|muddled|fumbled)"
    r"\s++(?:it|that|this|them)\s*+,\s*+(?:plainly|simply)\b|"
    # "..., and that is the whole of it"
    r"\b(?:that's|that\s++is|that\s++was)\s++(?:the\s++whole\s++of\s++it|all\s++there\s++is\s++"
    r"to\s++it|the\s++long\s++and\s++(?:the\s++)?short\s++of\s++it)\b|"
    # "probably wasn't my best decision"
    r"\b(?:wasn't|was\s++not)\s++my\s++(?:best|smartest|wisest|finest)\s++"
    r"(?:decision|call|idea|move|choice|judge?ment)\b|"
    # "and I know better", "I should have known better"
    r"\b(?:and|but)\s++i\s++(?:do\s++)?know\s++better\b|\bi\s++should\s++have\s++known\s++better\b|"
    # "I'm the one who typed it", "the part I owned"
    r"\bi(?:'m|\s++am)\s++the\s++one\s++who\s++[a-z]++\s++(?:it|that|this)\b|"
    r"\bthe\s++part\s++(?:i\s++own(?:ed)?|that\s++(?:was|is)\s++mine|i'm\s++responsible\s++for)\b|"
    # "my answer was defensive, and I'm sorry for that"
    r"\bmy\s++(?:answer|tone|reply|response|explanation)\s++(?:was|came\s++across\s++as|sounded)"
    r"\s++[a-z-]++(?:\s++[a-z-]++)?,?\s++and\s++i(?:'m|\s++am)\s++sorry\s++(?:for|about)\s++"
    r"(?:that|it)\b|"
    # "the answer ... should have been clearer regardless"
    r"\b(?:my|the)\s++(?:answer|reply|response|explanation|estimate|figure)\b[^.!?;\n]{0,60}?"
    r"\bshould\s++have\s++been\s++[a-z]++\s++(?:regardless|anyway|either\s++way|"
    r"all\s++the\s++same|in\s++any\s++case)\b"
)
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
    for m in _SOFT_OWNING.finditer(low):
        start = m.start()
        if low.startswith(_NEGATIVE_FORM, start):
            if sr.asserted(low, start, m.end()):
                return m.end()
            continue
        if not negated(low, start) and sr.asserted(low, start, m.end()):
            return m.end()
    return None
