"""Lexical detectors of the voice check: anxious energy, hedging, shouting (PLAYBOOK §5).

Each detector scans the working copy of the note (straight quotes, the caller's proper nouns
masked to "_" filler, offsets equal to the original) and returns hits without a severity; the
severity depends on the scenario and is decided in voice.py. Suggestions are replacement text
where a mechanical fix exists (capitals, "!", stacked intensifiers), otherwise a short instruction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from app.playbook import cause_reading, clauses, jab_reading, stakes_reading, voice_model
from app.playbook import lexicon as lx
from app.playbook import lexicon_notes as ln
from app.playbook.models import FindingCode
from app.playbook.rules import Family, word_set


class Hit(NamedTuple):
    code: FindingCode
    start: int
    end: int
    message: str
    suggestion: str | None


def quote(text: str, limit: int = 60) -> str:
    """A phrase for a message: one line, shortened."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"


# --- anxious energy --------------------------------------------------------------------------


def apologies(low: str, vocab: set[str], original: str) -> list[Hit]:
    mentions = lx.APOLOGY.spans(low, vocab)
    if not mentions:
        return []
    intense = lx.APOLOGY_INTENSE.spans(low, vocab)
    hits = [
        Hit(
            FindingCode.ANXIOUS_APOLOGY,
            start,
            end,
            f"“{quote(original[start:end])}” is more apology than the moment needs; it reads "
            "as anxious.",
            "Apologise once and plainly (“Sorry for the confusion.”), or not at all.",
        )
        for start, end in intense
    ]
    if "sorry" in vocab:
        # "Sorry to bother you" alone is a hedge (lexicon.APOLOGY leaves it out), but beside
        # another apology it is one more: "sorry to pester you, and sorry if this is too much".
        mentions = sorted([*mentions, *(m.span() for m in _SORRY_TO_BOTHER.finditer(low))])
    if len(mentions) > 1:
        # `intense` is sorted and its spans do not overlap, so they are sorted by end too: the
        # first one ending after `start` is the only one that can overlap a mention. (The
        # mentions added below do not overlap one another, so they need no check.)
        intense_ends = [stop for _, stop in intense]
        for n, (start, end) in enumerate(mentions[1:], start=2):
            i = bisect_right(intense_ends, start)
            if i < len(intense) and intense[i][0] < end:
                continue
            hits.append(
                Hit(
                    FindingCode.ANXIOUS_APOLOGY,
                    start,
                    end,
                    f"Apology {n} of {len(mentions)}: apologising more than once makes the note "
                    "sound anxious.",
                    "Keep one plain apology at most.",
                )
            )
    return hits


_SORRY_TO_BOTHER = re.compile(r"\bsorry\s++to\s++(?:bother|trouble|disturb|intrude|pester)\b")


def _phrases(
    family: Family,
    low: str,
    vocab: set[str],
    original: str,
    code: FindingCode,
    why: str,
    suggestion: str,
) -> list[Hit]:
    return [
        Hit(code, start, end, f"“{quote(original[start:end])}” {why}", suggestion)
        for start, end in family.spans(low, vocab)
    ]


def _or_scored(
    hits: list[Hit],
    code: FindingCode,
    low: str,
    vocab: set[str],
    original: str,
    why: str,
    suggestion: str,
) -> list[Hit]:
    """The rules' hits, or, when they found nothing, the learned scorer's sentence for `code`
    (voice_model.py) if it scores past the code's threshold: a phrasing the rules do not list."""
    if hits:
        return hits
    span = voice_model.flagged(low, vocab, code.value)
    if span is None:
        return hits
    start, end = span
    if code is FindingCode.BLAME_SHIFT:
        # A bag of words cannot tell thanks for the setup or a past job's story from blame.
        # Its best sentence may be the ownership conceded after the cause ("Even so, the
        # answer was mine"): then the cause is the sentence before.
        found = scored_blame_span(low, start, end)
        if found is None:
            return hits
        start, end = found
    if code is FindingCode.PLEADING and (
        _wish_for_reader(low, start, end)
        or _curious(low, start, end)
        or _asks_plainly(low, start, end)
        or not stakes_reading.plea_cued_in(low, start, end)
    ):
        # A sentence without a word of wanting or stakes does not plead, whatever the note's
        # other words ("thank you for considering me", "send anything and I'll pick it up").
        return hits
    if code is FindingCode.SELF_DEPRECATION and not stakes_reading.self_cued_in(low, start, end):
        # Nor does a sentence without a word that ranks or faults anyone ("I always enjoy ...").
        return hits
    return [Hit(code, start, end, f"“{quote(original[start:end])}” {why}", suggestion)]


# A plain ask for the details of the day: a verb of sending and, a few words on, what is sent
# ("any chance you could flick me the names and emails?", "I'd be grateful if you could let me
# have the names of the panel").
_ASK_DETAILS = re.compile(
    r"\b(?:send|share|let\s++me\s++have|forward|flick|pass\s++(?:on|along)|drop|tell\s++me|"
    r"give\s++me|confirm|provide)\b(?:\s++[^\s?.!]++){0,6}?\s++(?:names?|e-?mails?|addresses|"
    r"details|agenda|schedule|list|link|invite|times?|dates?|materials|slides|titles|roles|format|"
    r"location|address|directions|parking|panel|interviewers)\b"
)
# An offer to prepare: "Is there anything you'd like me to read before the next round?"
_OFFER_TO_PREPARE = re.compile(
    r"\banything\s++(?:you'd|you\s++would|you)\s++(?:like|want)\s++me\s++to\b"
)
_FIRST_PERSON = word_set("i me my i'm i'd i'll i've myself im id ive")


def _asks_plainly(low: str, start: int, end: int) -> bool:
    """Whether the scorer's pleading sentence low[start:end] is a plain ask, not a plea: a
    request for the day's details, an offer to prepare, or a question with no "I", "me" or
    "my" in it (about the work: "is the plan to cut the office back?"). A bag of words reads
    "any chance" and "grateful" as begging wherever they stand."""
    if _ASK_DETAILS.search(low, start, end) or _OFFER_TO_PREPARE.search(low, start, end):
        return True
    if "?" not in low[end : end + 2]:
        return False
    return _FIRST_PERSON.isdisjoint(_SCORED_WORD.findall(low, start, end))


_CAUSE_WORDS = (
    cause_reading.CAUSES
    | clauses.FAIL_NOUNS
    | frozenset(("you", "your", "they", "nobody", "someone", "somebody", "noone", "everyone"))
    # Someone else's word or delay behind it: "I'd been told it would be a chat", "the HR
    # person said", "after six weeks of waiting on feedback".
    | word_set("said told warned promised advised waiting feedback hr person people company weeks")
)
_SCORED_WORD = re.compile(r"[a-z0-9]++(?:['-][a-z0-9]++)*+")


def scored_blame_stands(low: str, start: int, end: int) -> bool:
    """Whether the scorer's blame sentence low[start:end] may stand: not thanks for the setup,
    a past job's story or sympathy heard, not a sentence that clears the setup ("the question
    was clear"), and naming something outside the candidate (tools/train_voice_model.py scores
    its out-of-fold figures through this same test)."""
    return not (
        jab_reading.sincere_sentence(low, start, end)
        or jab_reading.praise_without_fault(low, start, end)
        or _aside(low, start)
        or clauses.cleared(low, start, end)
        or not _names_a_cause(low, start, end)
        # A cause taken back in its own sentence ("not that the tool was at fault", "it
        # wasn't the wifi", "I'd like to say the lag threw me, but it didn't"): the negation's
        # scope covers the cause.
        or clauses.disowned_at(low, start)
        or _causes_negated(low, start, end)
    )


_NEGATOR = word_set("not no never nor wasn't wasnt isn't isnt weren't werent")
_TAKEN_BACK = word_set("didn't didnt wasn't wasnt isn't isnt doesn't doesnt")


def _causes_negated(low: str, start: int, end: int) -> bool:
    """Whether every cause word of the sentence low[start:end] sits under a negation one or two
    words before it ("not the question", "wasn't the wifi"), or the sentence takes its claim
    back after a "but" ("..., but it didn't")."""
    words = _SCORED_WORD.findall(low, start, end)
    for k, w in enumerate(words[:-2]):
        if w == "but" and words[k + 1] in ("it", "that", "this") and words[k + 2] in _TAKEN_BACK:
            return True
    at = [k for k, w in enumerate(words) if w in _CAUSE_WORDS]
    return bool(at) and all(not _NEGATOR.isdisjoint(words[max(0, k - 2) : k]) for k in at)


# A concession in an ownership sentence points back at an excuse: "Even so, it was mine",
# "the wrong answer was still mine", "I'll own it, though", "That said, my mistake".
_CONCEDED_OWN = word_set(
    "still even though tho although regardless anyway anyhow nevertheless nonetheless however but"
)
_OWN_WORD = word_set(
    "mine own owned owning responsibility responsible fault mistake error blame accept me my"
)


def scored_blame_span(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The sentence the scorer's blame finding points at: low[start:end] when it stands
    (scored_blame_stands); when it is instead ownership conceded after a cause ("Even so, the
    answer was mine": a concessive word and a word of ownership, naming no cause), the sentence
    just before it when that one stands, the excuse the concession answers; else None. (Thanks
    are never that excuse. tools/train_voice_model.py gates its out-of-fold figures through
    this same test.)"""
    if scored_blame_stands(low, start, end):
        return start, end
    words = set(_SCORED_WORD.findall(low, start, end))
    if _CONCEDED_OWN.isdisjoint(words) or _OWN_WORD.isdisjoint(words):
        return None
    if _names_a_cause(low, start, end):
        return None  # a cause of its own that did not stand (thanks, a story, cleared)
    before = list(voice_model.sentence_spans(low[: max(0, start - 1)]))
    if not before:
        return None
    a, b = before[-1]
    if _THANKS.match(low, a) is not None or not scored_blame_stands(low, a, b):
        return None
    return a, b


_THANKS = re.compile(r"(?:many\s)?thanks?\b")


def _names_a_cause(low: str, start: int, end: int) -> bool:
    """Whether the scorer's blame sentence names anything outside the candidate (a tool, the
    setup, a person of the process, a failure): "I came across as defensive about breaking
    changes" names none, and a bag of words cannot shift blame onto nothing."""
    words = _SCORED_WORD.findall(low, start, end)
    return not _CAUSE_WORDS.isdisjoint(w.replace("-", "") for w in words) or not (
        _CAUSE_WORDS.isdisjoint(words)
    )


_HOPE = re.compile(r"\b(?:hope|hopes|hoping|wish|wishing)\b")
_READER = re.compile(r"\byou(?:r|rs|'ll|'re)?\b")
_SELF = re.compile(r"\b(?:i|me|my|mine|i'm|i'd|i'll|i've)\b")


def _wish_for_reader(low: str, start: int, end: int) -> bool:
    """ "I hope the offsite gives you a chance to recharge": a wish for the reader, with nothing
    for the candidate after the hope word, is not pleading (a bag of words cannot tell it from
    "I hope you give me a chance", so the scorer's sentence is read once more here)."""
    hope = _HOPE.search(low, start, end)
    if hope is None:
        return False
    return bool(_READER.search(low, hope.end(), end)) and not _SELF.search(low, hope.end(), end)


_CURIOUS = re.compile(
    r"\bto\s+(?:hear|learn|know|see|read)\s+(?:how|what|about|whether|why|more)\b"
)
_OUTCOME = re.compile(r"\b(?:yes|offer|job|role|position|decision|chance|back\s+from)\b")


def _curious(low: str, start: int, end: int) -> bool:
    """ "It would mean so much to hear how the trial ends": a wish to learn how the work goes,
    with nothing about the candidate's outcome in the sentence, is curiosity, not a plea."""
    return _CURIOUS.search(low, start, end) is not None and _OUTCOME.search(low, start, end) is None


_PLEADING_WHY = (
    "reads as pleading. A note can tip a close decision; begging cannot, and it puts the "
    "reader in an awkward spot."
)
_PLEADING_FIX = "Cut it. State your point calmly and let it stand on its own."
_SELF_WHY = (
    "runs yourself down. Describe what happened in neutral words; the reader should "
    "remember the point, not the self-criticism."
)
_SELF_FIX = "Name the mistake, not yourself, e.g. “My estimate was off by a factor of two.”"


def pleading(low: str, vocab: set[str], original: str) -> list[Hit]:
    hits = _phrases(
        lx.PLEADING, low, vocab, original, FindingCode.PLEADING, _PLEADING_WHY, _PLEADING_FIX
    )
    if not hits:
        # Quiet pleading by its shape: a sacrifice for a way in, the stakes, a plea for leniency.
        hits = [
            Hit(
                FindingCode.PLEADING,
                a,
                b,
                f"“{quote(original[a:b])}” {_PLEADING_WHY}",
                _PLEADING_FIX,
            )
            for a, b in stakes_reading.plea_spans(low, vocab)
        ]
    return _or_scored(
        hits, FindingCode.PLEADING, low, vocab, original, _PLEADING_WHY, _PLEADING_FIX
    )


def self_deprecation(low: str, vocab: set[str], original: str) -> list[Hit]:
    code = FindingCode.SELF_DEPRECATION
    hits = _phrases(lx.SELF_DEPRECATION, low, vocab, original, code, _SELF_WHY, _SELF_FIX)
    if not hits:
        # By comparison or by trait, in words the phrase rules do not list.
        hits = [
            Hit(code, a, b, f"“{quote(original[a:b])}” {_SELF_WHY}", _SELF_FIX)
            for a, b in stakes_reading.self_spans(low, vocab)
        ]
    return _or_scored(hits, code, low, vocab, original, _SELF_WHY, _SELF_FIX)


def blame_shift(low: str, vocab: set[str], original: str) -> list[Hit]:
    hits = _kept(_blame_shift(low, vocab, original), low, vocab)
    # The cause-to-difficulty reading (cause_reading.py) opens only on a cause word and a link
    # word ("made it hard", "didn't leave much room", "which is why I", "to be fair"). Its spans
    # are filtered on their own, so a shorter phrase hit dropped as reported speech ("the sheet
    # you shared ..., which threw me") does not take the wider reading down with it.
    read = (
        cause_reading.blame_spans(low, vocab)
        + cause_reading.rhetorical_spans(low, vocab)
        + cause_reading.plain_excuse_spans(low, vocab)
        + cause_reading.opening_cause_spans(low, vocab)
        + cause_reading.excused_state_spans(low, vocab)
    )
    # An outside reason conceded by the ownership after it ("..., but I accept the error was
    # mine"): opens only on a concessive word in the note.
    if not _CONCEDING.isdisjoint(vocab) or _opens_on_reason(low, vocab):
        owned = ln.OWNERSHIP.spans(low, vocab)
        if owned:
            read = read + cause_reading.conceded_spans(low, vocab, owned)
    # Sarcasm at the process (jab_reading.py): an ironic frame aimed at the setup with a fault
    # in reach. It opens only when a frame word ("love", "kudos", "apparently", ...) is present.
    if jab_reading.gate(low, vocab):
        read = read + jab_reading.jab_spans(low, vocab)
    if read:
        spans = [(h.start, h.end) for h in hits]
        fresh = [b for b in read if all(b[1] <= a[0] or a[1] <= b[0] for a in spans)]
        extra = _kept(_as_hits(fresh, original), low, vocab) if fresh else []
        if extra:
            hits = sorted(hits + extra, key=lambda h: h.start)
    return _or_scored(hits, FindingCode.BLAME_SHIFT, low, vocab, original, _BLAME_WHY, _BLAME_FIX)


_CONCEDING = word_set(
    "still nevertheless nonetheless regardless even said same either be but though although "
    "however anyway anyhow any end tho yet"
)
# A sentence that opens on a reason before its ownership: "Given how fast the questions came, the
# slip remains mine" (cause_reading._OPENING_REASON). "with" and "as" are in most notes, so a
# sentence opening on one is looked for, not the word (a regex over the note cost ~20 us).
_REASON_OPENERS = ("while", "whilst", "given", "since", "with", "because", "as")


def _opens_on_reason(low: str, vocab: set[str]) -> bool:
    """Whether a sentence of `low` opens on one of _REASON_OPENERS (after a sentence mark, a
    line break or the note's start, spaces between). Each occurrence walks back over its own
    run of spaces only: linear in the note."""
    for word in _REASON_OPENERS:
        if word not in vocab:
            continue
        at = low.find(word)
        while at >= 0:
            k = at - 1
            while k >= 0 and low[k] in " \t":
                k -= 1
            end = at + len(word)
            if (k < 0 or low[k] in ".!?\n") and not low[end : end + 1].isalpha():
                return True
            at = low.find(word, end)
    return False


def _kept(hits: list[Hit], low: str, vocab: set[str]) -> list[Hit]:
    """The blame hits that stand: not in reported speech, sympathy ("sorry your Wi-Fi
    dropped"), the candidate's own kit owned ("my laptop died; that's on me") or a cause taken
    back ("which made no difference")."""
    if hits and not _REPORTING.isdisjoint(vocab):
        hits = [h for h in hits if not _reported(low, h.start)]
    if hits:
        hits = [
            h
            for h in hits
            if not (
                clauses.sympathetic(low, h.start)
                or clauses.owned_with_apology(low, h.start)
                or clauses.disowned_at(low, h.start)
                or cause_reading.thanked_through(low, h.start)
            )
        ]
    if hits and not _ASIDE_GATE.isdisjoint(vocab):
        hits = [h for h in hits if not _aside(low, h.start)]
    if hits and not jab_reading.PRAISED.isdisjoint(vocab):
        hits = [h for h in hits if not _praised_setup(low, h.start)]
    return hits


def _praised_setup(low: str, start: int) -> bool:
    begin, end = _sentence_around(low, start)
    return jab_reading.sincere_sentence(low, begin, end)


def _sentence_around(low: str, start: int) -> tuple[int, int]:
    """The sentence around `start`, 200 characters each way at most (so it stays linear)."""
    begin = max(0, start - 200)
    for m in _CLAUSE_START.finditer(low, begin, start):
        begin = m.end()
    stop = _CLAUSE_START.search(low, start, min(len(low), start + 200))
    return begin, (stop.start() if stop else min(len(low), start + 200))


# Words of an own-past-job story or of sympathy heard: without one, no hit is dropped below.
_ASIDE_GATE = frozenset(("last", "previous", "old", "former", "sorry", "hear", "heard"))
_SORRY_TO_HEAR = re.compile(r"\bsorry (?:to hear|that|about)\b|\bsad to hear\b")


def _aside(low: str, start: int) -> bool:
    """Whether the hit at `start` sits in a sentence that tells of the candidate's past job
    ("at my last job the scheduler kept crashing, so I rewrote it") or hears of the reader's
    trouble ("sorry to hear the link kept dropping on your side"): a story or sympathy, not
    blame for this interview. The sentence around the hit, 200 characters each way at most."""
    begin, end = _sentence_around(low, start)
    if jab_reading.past_job(low, begin, end):
        return True
    sorry = _SORRY_TO_HEAR.search(low, begin, start)
    return sorry is not None and _SELF.search(low, sorry.end(), start) is None


# Sympathy with the reader ("sorry your Wi-Fi dropped") is not blame.
_SYMPATHY = frozenset(
    ("sorry", "hope", "hopefully", "shame", "apologies", "apologise", "apologize", "apology")
)


# Verbs of reporting: without one in the note, no finding can sit in reported speech.
_REPORTING = frozenset(
    ("said", "mentioned", "told", "explained", "described", "noted", "shared", "pointed")
)
_CLAUSE_START = re.compile(r"[.!?;\n]")


def _reported(low: str, start: int) -> bool:
    """Whether the phrase at `start` is inside the interviewer's reported words ("you said the
    scope kept changing"): a reporting frame earlier in the same sentence (120 characters back at
    most, so the check stays linear)."""
    begin = max(0, start - 120)
    for m in _CLAUSE_START.finditer(low, begin, start):
        begin = m.end()
    return lx.REPORTED.search(low, begin, start) is not None


_BLAME_WHY = (
    "puts the problem on the interviewer or the setup. Take the blame, all of it, even "
    "if it was not all yours."
)
_BLAME_FIX = (
    "Own it instead, e.g. “I answered a different question from the one you asked; that was on me.”"
)


def _blame_shift(low: str, vocab: set[str], original: str) -> list[Hit]:
    spans = lx.BLAME_SHIFT.spans(low, vocab)
    # The sentence-structure reading (clauses.py) runs only when a cause word is present.
    if not clauses.GATE.isdisjoint(vocab):
        spans = _union(spans, clauses.blame_spans(low))
    return _as_hits(spans, original)


def _as_hits(spans: list[tuple[int, int]], original: str) -> list[Hit]:
    return [
        Hit(FindingCode.BLAME_SHIFT, a, b, f"“{quote(original[a:b])}” {_BLAME_WHY}", _BLAME_FIX)
        for a, b in spans
    ]


def _union(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`first` (the phrase rules' tighter spans) plus each span of `second` that overlaps none
    of them, in text order. Both lists are short (a few per note)."""
    extra = [b for b in second if all(b[1] <= a[0] or a[1] <= b[0] for a in first)]
    return sorted(first + extra) if extra else first


# --- intensity -----------------------------------------------------------------------------

_CAPS_JOIN = re.compile(r"[ \t]{1,3}|,[ \t]{0,2}")
_I_FORMS = re.compile(r"\bi(?=\b|')")
_WORD_AROUND = re.compile(r"\w+")


_SORRY_NEXT = re.compile(r"(?<!\s)\s++(?:sorry|apologetic)\b")  # from a run's first space


def intensity(work: str, low: str, vocab: set[str], original: str) -> list[Hit]:
    """`work` keeps its case (capitals are the point); `low` is its lower-cased copy."""
    hits: list[Hit] = []
    # One "!" in a whole note is ordinary warmth ("Thanks!", "Good day!"); a run ("!!") or a
    # second one anywhere is excitement (PLAYBOOK §5: exclamation marks, plural).
    if "!" in work and work.count("!") > 1:
        for m in lx.EXCLAMATIONS.finditer(work):
            after_stop = m.start() > 0 and work[m.start() - 1] in "?."
            hits.append(
                Hit(
                    FindingCode.INTENSITY,
                    m.start(),
                    m.end(),
                    "An exclamation mark reads as excitement or nerves; a calm note ends its "
                    "sentences with a period.",
                    "" if after_stop else ".",
                )
            )
    if _two_capitals(work):
        hits.extend(_caps(work, original))
    present = vocab & lx.INTENSIFIERS
    if len(present) > 1 or (present and low.count(next(iter(present))) > 1):
        for start, end in lx.STACKED_INTENSIFIERS.spans(low, vocab):
            if low.startswith("so", start) and previous_char(low, start) == ",":
                continue  # "it ran late, so really I ...": the conjunction
            if _SORRY_NEXT.match(low, end) is not None:
                continue  # "so very sorry": the apology's to judge (anxious_apology)
            phrase = original[start:end]
            hits.append(
                Hit(
                    FindingCode.INTENSITY,
                    start,
                    end,
                    f"“{quote(phrase)}” stacks intensifiers; one plain word carries more weight.",
                    _SPLIT.split(phrase)[-1],
                )
            )
    if _may_hold_triple(vocab) and any(map(low.__contains__, _TRIPLES)):
        hits.extend(_elongated(low, original))
    return hits


# Words known to hold no letter typed three times (_TRIPLES). A tripled letter in `low` lies
# inside one of its words, so a note whose every word is here holds none: one C-level subset
# test instead of 19 scans of the note. Bounded: user text is open-ended.
_TRIPLE_FREE: set[str] = set()


def _may_hold_triple(vocab: set[str]) -> bool:
    """False when no word of `vocab` (the words of the note `low` was made from) holds a
    tripled letter; True when one may (the scan of `low` then decides, as before)."""
    if _TRIPLE_FREE.issuperset(vocab):
        return False
    found = False
    for word in vocab.difference(_TRIPLE_FREE):
        if any(map(word.__contains__, _TRIPLES)):
            found = True
        elif len(_TRIPLE_FREE) < 50_000:
            _TRIPLE_FREE.add(word)
    return found


# ASCII capitals as "A", every other byte as itself: then "AA" marks two capitals in a row. A
# byte table: bytes.translate reads a 256-entry table, several times faster than str.translate's
# per-character dict lookups (~6 us on a 120-word note, now ~2 with the encode).
_CAPITALS_AS_A = bytes(ord("A") if ord("B") <= i <= ord("Z") else i for i in range(256))


def _two_capitals(work: str) -> bool:
    """Whether `work` holds two capitals in a row (CAPS_GATE), at C speed for an ASCII note."""
    if work.isascii():
        return b"AA" in work.encode("ascii").translate(_CAPITALS_AS_A)
    return lx.CAPS_GATE.search(work) is not None


# Substring checks run at C speed; the regex scan behind them costs several times more. Roman
# numeral letters are left out: "iii" and "xxx" are never reported anyway.
_TRIPLES = tuple(letter * 3 for letter in "abefghjknopqrstuwyz")


_SPLIT = re.compile(r"[\s,]+")


def _elongated(low: str, original: str) -> list[Hit]:
    hits: list[Hit] = []
    word_end = -1
    for m in lx.ELONGATED.finditer(low):
        if m.group(1) in "ivxlcdm" or m.start() < word_end:
            continue  # roman numerals ("Part III"), or a word already reported
        start, end = _word_at(low, m.start())
        word_end = end
        token = low[start:end]
        if any(ch.isdigit() for ch in token) or token.startswith("www") or "_" in token:
            continue
        hits.append(
            Hit(
                FindingCode.INTENSITY,
                start,
                end,
                f"“{quote(original[start:end])}” stretches the word for emphasis.",
                "Write the word without the extra letters.",
            )
        )
    return hits


def _word_at(text: str, at: int) -> tuple[int, int]:
    """The word around `at` (which is a letter)."""
    start = at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    m = _WORD_AROUND.match(text, start)
    return (start, m.end()) if m else (at, at + 1)


# lx.CAPS_TOKEN with its first capital matched before the lookbehind, which then reads that
# capital and the character before it: the same matches, but a pattern that starts with a
# character class lets the engine skip to the next capital in C (2x faster on a note with
# capitals). tests/playbook/test_voice_speed_paths.py holds the two to the same matches.
_CAPS_TOKEN = (
    re.compile(r"[A-Z](?<![A-Z]{2})[A-Z]*+(?:'[A-Z]++)?(?![a-z])")
    if lx.CAPS_TOKEN.pattern == r"(?<![A-Z])[A-Z]++(?:'[A-Z]++)?(?![a-z])"
    else lx.CAPS_TOKEN
)


def _caps(work: str, original: str) -> list[Hit]:
    runs: list[list[re.Match[str]]] = []
    size = len(work)
    for m in _CAPS_TOKEN.finditer(work):
        start, end = m.span()
        if (start and work[start - 1].isalnum()) or (end < size and work[end].isalnum()):
            continue  # part of a mixed-case word ("Dana", "McDONALD")
        if runs and _CAPS_JOIN.fullmatch(work, runs[-1][-1].end(), start):
            runs[-1].append(m)
        else:
            runs.append([m])
    hits: list[Hit] = []
    for run in runs:
        if len(run) == 1 and run[0].group() not in lx.EMPHASIS_WORDS:
            continue  # the common case: a lone "I" or an acronym
        words = [m.group() for m in run]
        common = [len(w) > 1 and w in lx.COMMON_CAPS_WORDS for w in words]
        shouting = len(run) >= 3 and sum(common) >= 2
        if not shouting and not any(w in lx.EMPHASIS_WORDS for w in words):
            continue
        # Trim what is not shouting from either end: acronyms ("AWS REALLY" flags "REALLY") and,
        # next to a single emphasised word, the pronoun "I" ("I REALLY" flags "REALLY").
        keep = [i for i, w in enumerate(words) if _shouted(w, shouting)]
        first, last = run[keep[0]], run[keep[-1]]
        start, end = first.start(), last.end()
        hits.append(
            Hit(
                FindingCode.INTENSITY,
                start,
                end,
                f"“{quote(original[start:end])}” in capitals reads as shouting.",
                _lowered(original, start, end, run, shouting),
            )
        )
    return hits


def _shouted(word: str, shouting: bool) -> bool:
    if shouting:
        # In a shouted run every word counts except short acronyms: "I LOVE AWS SO MUCH".
        return word in lx.COMMON_CAPS_WORDS or len(word) > 4
    return word in lx.COMMON_CAPS_WORDS and word not in ("I", "A")


def _lowered(original: str, start: int, end: int, run: list[re.Match[str]], shouting: bool) -> str:
    """The span with everyday words in lower case; acronyms stay as they are."""
    pieces: list[str] = []
    at = start
    for m in run:
        if m.start() < start or m.end() > end or not _shouted(m.group(), shouting):
            continue
        pieces.append(original[at : m.start()])
        word = original[m.start() : m.end()].lower()
        # Proper case, not lower case: "ON TUESDAY" -> "on Tuesday", "I'M" -> "I'm".
        pieces.append(word.capitalize() if word in _PROPER else _I_FORMS.sub("I", word))
        at = m.end()
    pieces.append(original[at:end])
    out = "".join(pieces)
    if previous_char(original, start) in ".!?\n":
        out = out[:1].upper() + out[1:]
    return out


# Words that keep a capital in any sentence (a shouted run is lowered to everything but these).
_PROPER = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december english french german spanish "
    "italian dutch portuguese chinese japanese korean indian european american british "
    "canadian australian irish scottish welsh african asian christmas easter europe asia "
    "africa america germany france spain italy china japan india canada mexico brazil "
    "ireland scotland england britain australia paris berlin dublin toronto london "
    "singapore tokyo amsterdam google microsoft amazon apple linkedin"
)


def previous_char(text: str, at: int) -> str:
    """The last character before `at` that is not a space or tab ("\n" counts), or "\n" at the
    start of the text. Walks back over the gap only, so calling it per finding stays linear."""
    i = at - 1
    while i >= 0 and text[i] in " \t\r\u00a0":
        i -= 1
    return text[i] if i >= 0 else "\n"


# --- hedging -------------------------------------------------------------------------------

# A match starts only at a comma or at the first space of a run, and `\s++` never gives back:
# tried from every space of a long run, `,?\s+` was quadratic (issue 13: 16.8 s on 20,000 spaces).
_HEDGE_BREAK = re.compile(
    r"[.!?;:\n—–()]|(?:,|(?<!\s))\s++(?:and|but|so|because|although|though|while)\s",
    re.IGNORECASE,
)
_PREV_WORD = re.compile(r"(?<!\w)(\w++)\W*+$")  # from word starts only: linear on any window


def _is_noun_kind(low: str, start: int) -> bool:
    if low[start : start + 4] not in ("kind", "sort"):
        return False
    if low.startswith("kind", start) and _KIND_OF_PERSON.match(low, start) is not None:
        return True  # "it was kind of you to make the time": kindness, not a hedge
    prev = _PREV_WORD.search(low, max(0, start - 30), start)
    return prev is not None and prev.group(1) in lx.NOUN_KIND_BEFORE


# "Kind of you", "kind of them", "so kind of everyone": the adjective kind said of people, thanks
# for a kindness ("it was kind of you to make time between the site visits"), no softener ("I
# kind of, you know, froze" is one).
_KIND_OF_PERSON = re.compile(
    r"kind\s++of\s++(?:you|him|her|them|everyone|everybody|all\s++of\s++you|your\s++team|the\s++"
    r"team|the\s++panel)\b(?!\s++know\b|\s++see\b|\s++mean\b)"
)


def hedging(low: str, vocab: set[str], original: str) -> list[Hit]:
    spans: list[tuple[int, int, str, str]] = []
    markers = [s for s in lx.HEDGE_MARKER.spans(low, vocab) if not _is_noun_kind(low, s[0])]
    group: list[tuple[int, int]] = []
    for marker in [*markers, None]:
        if marker is not None and group and not _HEDGE_BREAK.search(low, group[-1][1], marker[0]):
            group.append(marker)
            continue
        if len(group) >= 2:
            names = ", ".join(f"“{quote(original[a:b], 24)}”" for a, b in group)
            spans.append(
                (
                    group[0][0],
                    group[-1][1],
                    f"Stacked hedges ({names}) make the point sound unsure. Say it once, plainly.",
                    "Drop the softeners and say what you mean.",
                )
            )
        group = [marker] if marker is not None else []
    for a, b in markers:
        if low[a : a + 4] in ("kind", "sort"):
            phrase = original[a:b]
            spans.append(
                (
                    a,
                    b,
                    f"“{phrase}” softens the point until it says little. Say it outright.",
                    f"Cut “{phrase}”.",
                )
            )
    alone = lx.HEDGE_ALONE.spans(low, vocab)
    for a, b in alone:
        # "Sorry to bother you" on its own is a courtesy (one plain apology); beside another
        # hedge it is part of the stack ("Sorry to bother you, I hope it's ok to ask").
        if low.startswith("sorry to", a) and not markers and len(alone) == 1:
            continue
        spans.append(
            (
                a,
                b,
                f"“{quote(original[a:b])}” asks leave to have written at all. A calm note does not "
                "need it.",
                "Cut it.",
            )
        )
    return _merge(spans)


def _merge(spans: list[tuple[int, int, str, str]]) -> list[Hit]:
    """One finding per overlapping cluster: the widest span's message speaks for it."""
    hits: list[Hit] = []
    for start, end, message, suggestion in sorted(spans, key=lambda s: (s[0], -s[1])):
        if hits and start < hits[-1].end:
            if end > hits[-1].end:
                hits[-1] = hits[-1]._replace(end=end)
            continue
        hits.append(Hit(FindingCode.HEDGING, start, end, message, suggestion))
    return hits
