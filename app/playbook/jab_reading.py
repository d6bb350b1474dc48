"""Sarcasm and jabs at the process read as blame (PLAYBOOK §4-5, issue 14).

A jab praises or thanks in form and faults in fact: "love how the panel scheduled a whiteboard
round with no whiteboard", "hats off to whoever booked the room; the projector never turned on",
"I guess the recruiter forgot to mention the test", a "structured" interview in scare quotes.
The same frame words are sincere when nothing in reach is at fault ("I love how the team reviews
every design", "nothing like a good whiteboard session", "kudos to whoever designed the
take-home; it was the best exercise I've done"), so a sentence is read as a jab by structure:

- an ironic frame (praise or thanks that can turn: "love how", "nothing like a", "what a treat",
  "hats off to whoever", "bold choice", "creatively", "scenic", "thanks for nothing"; or a
  knowing aside: "I guess", "apparently", "of course the ..."),
- aimed at the process, the interviewer, the room, the schedule, the tools (a target word),
- with a fault, a delay or an absence in reach ("no", "without", "never", "late", "forgot",
  "broke", "kept waiting", "two hours before");
- or a praise that needs no fault word: "love a quick screen that turns into ninety minutes"
  (the process grown past what it was billed as), "the bonus twenty minutes in reception" (a
  wait thanked as a gift).

A few frames are ironic in themselves and need no fault: "thanks for nothing", a process word in
scare quotes, "bold choice" aimed at the process. An aside whose subject is the candidate ("I
guess my answer was short", "apparently I talked too long", "of course I'm happy to") is
ownership, not a jab. The caller (tone.py) drops sympathy, reported speech and disowned causes.

Cost: `gate(vocab)` is one set test on the note's vocabulary; sentences are read only when a frame
word is in the note, and then only the sentences holding one. Each sentence is tokenised once and
read with fixed windows (linear); the note is read up to a budget of characters.
"""

from __future__ import annotations

import re

from app.playbook.cause_reading import _DIFFICULT, _FAULTY, CAUSES
from app.playbook.clauses import FAIL_NOUNS, FAILURES
from app.playbook.pieces import Cut
from app.playbook.rules import word_set

_TOKEN = re.compile(r"[a-z0-9]++(?:['\u2019-][a-z0-9]++)*+|[\"\u201c\u201d,;:()]")
# Sentences end at . ! ? or a line break, not at ";": "kudos to whoever booked the room; the
# projector never turned on" is one jab.
_PIECE = re.compile(r"[^.!?\n]++[.!?\n]?")
_CUT = Cut(".!?\n")  # the same pieces, found from the frames they hold
_BUDGET = 40_000  # characters read per note
_REACH = 24  # tokens after a frame in which its target and its fault must sit

# Frame words: the note opens only when one is in its vocabulary (or it holds a double quote).
FRAME_WORDS = word_set(
    "love loved loving nothing treat surprise joy pleasure delight hats kudos props bravo play "
    "guess suppose apparently presumably course choice move decision creative creatively "
    "imaginatively inventively artistically generously optimistically charitably "
    "scenic planning organisation organization touch timing there such say put least bonus"
)
# Then the frames themselves, as substrings (tested at C speed); a sentence is read only when
# it holds one of those the note holds.
_CUES = (
    "love how",
    "love that",
    "loved how",
    "loved that",
    "loving how",
    "loving that",
    "love the way",
    "love a ",
    "love an ",
    "bonus ",
    "nothing like",
    "nothing quite like",
    "nothing really like",
    "nothing says",
    "what a ",
    "such a treat",
    "a real treat",
    "hats off",
    "kudos",
    "props to",
    "bravo",
    "fair play",
    "i guess",
    "i suppose",
    "apparently",
    "presumably",
    "of course the",
    "of course your",
    " choice",
    " move",
    " decision",
    "creativ",
    "imaginativ",
    "generously",
    "optimistically",
    "charitably",
    "inventiv",
    "artistic",
    "scenic",
    "thanks for nothing",
    " planning",
    " touch",
    " timing",
    " organisation",
    " organization",
    "what there was of",
    "such as it",
    "such as they",
    "let's say",
    "lets say",
    "shall we say",
    "to put it",
    "say the least",
    '"',
)

# What a jab is aimed at: the process and its people, places, tools and papers.
TARGETS = CAUSES | word_set(
    "whoever round rounds take-home takehome test tests coding scheduled scheduling booked "
    "booking planned planning organised organized organising organizing reception entrance "
    "car park parking lift stairs floor venue invite environment internet prep pack "
    "interviewing hiring candidates waiting wait cancel cancelled canceled reschedule "
    "rescheduled rescheduling pairing portal"
)
# A fault, a delay or an absence.
FAULTS = word_set(
    "no not never nothing nobody without missing forgot forgotten forget forgetting broke "
    "broken crashed crashing crash froze frozen dead died dropped dropping failed failing "
    "lagged lagging late later delay delayed delays overran waiting waited kept cancel "
    "cancelled canceled cancelling twice again rescheduled double-booked wrong busy lost "
    "didn't didnt wasn't wasnt weren't werent hadn't hadnt couldn't couldnt doesn't doesnt "
    "isn't isnt don't dont won't wont half only barely hardly flustered interrupted "
    "interrupting talked talking talks talk noisy freezing dark unplugged offline "
    "last-minute wait muted mute dry empty flat clash clashed clashing same "
    "sticky faulty slow dodgy wobbly flickering buggy unreliable ancient outdated halfway"
)
# "talks over each other", "talked over me": talk is a fault only with "over".
_TALK = word_set("talked talking talks talk")
# "two hours before the deadline", "ten minutes before the call": short notice.
_SPANS = word_set("minutes minute hours hour mins hrs days day")
_DEGREE = word_set("quite really")
_COPULA = word_set("was were would could")
_FIRST = word_set("i i'm im i'd id i've ive i'll my me myself we we're our")

# Praise that turns: its frame, then target + fault in reach.
_LOVE = word_set("love loved loving")
_LOVE_NEXT = word_set("how that the")
_TREAT = word_set("treat surprise joy pleasure delight")
# "love a quick screen that turns into ninety minutes": the process grown past what it said.
_TURNS = word_set("turns turned becomes became balloons ballooned")
# Where a candidate is kept waiting: "the bonus twenty minutes in reception".
_WAIT_PLACE = word_set("reception lobby foyer corridor hold waiting queue")
_HATS = word_set("hats kudos props bravo")
_PRAISE_ADJ = word_set("great nice lovely brilliant excellent fantastic")
_PRAISE_NOUN = word_set("planning organisation organization touch timing scheduling")
_ASIDE = word_set("guess suppose")
_KNOWING = word_set("apparently presumably")
_BOLD = word_set("bold brave interesting")
_CHOICE = word_set("choice move decision call")
# Praise adverbs that, in the passive on the process's work, say it was not done well.
_CREATIVE = word_set(
    "creatively creative imaginatively inventively artistically generously optimistically "
    "charitably"
)
_ROUTE = word_set("tour route detour tours")
# Process words that scare quotes can sit on or before.
_QUOTED_ON = word_set(
    "interview interviews round rounds exercise exercises task tasks take-home process chat "
    "conversation format schedule brief test session call panel feedback assessment "
    "challenge prep slot onboarding phone screen screening"
)
# What "bold choice" must be about: the process itself, not the reader's product or company.
_PROCESS = _QUOTED_ON | word_set(
    "scheduled scheduling booked slot slots timing room whiteboard coding live onsite "
    "interviewer interviewers recruiter"
)
_BREAK = word_set(", ; and but which so")
# Words that cite what something is called: a quote after one is the thing's own wording.
_NAMING = word_set(
    "lists listed says said called named titled labelled labeled marked reads read mentions "
    "mentioned under as a an"
)
_BE = word_set("was were is are been be")
# Places nobody takes a scenic tour of.
_DREARY = word_set(
    "car park parking garage basement corridor corridors stairwell stairwells lobby reception "
    "roundabout roundabouts one-way industrial loading ring bins"
)
# Parenthetical understatement: "let's say", "shall we say", "to put it kindly", "to say the least".
_UNDERSTATE = word_set("let's lets shall put least")
_QUOTES = frozenset('"\u201c\u201d')


def _keyed() -> dict[str, tuple[str, ...]]:
    """Each frame word's cues: the cues holding it as a word, or, for a stem ("creativ"), the
    frame words it starts."""
    out: dict[str, list[str]] = {w: [] for w in FRAME_WORDS}
    for cue in _CUES:
        toks = re.findall(r"[a-z']+", cue)
        keys = [t for t in toks if t in FRAME_WORDS]
        if cue == "what a ":
            keys = list(_TREAT)  # "what a treat / joy / lovely surprise"
        elif not keys and len(toks) == 1:
            keys = [w for w in FRAME_WORDS if w.startswith(toks[0])]
        for k in keys:
            out[k].append(cue)
    return {w: tuple(c) for w, c in out.items()}


_BY_WORD = _keyed()


def gate(low: str, vocab: set[str]) -> bool:
    """Whether any frame word, or a double quote, is in the note (a set test and a substring
    test at C speed)."""
    return not FRAME_WORDS.isdisjoint(vocab) or '"' in low


def jab_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Spans of sentences that aim an ironic frame at the process with a fault in reach."""
    if not gate(low, vocab):
        return []
    # Only the frames whose key word is in the note are looked for (most notes hold none).
    keyed = {c for w in FRAME_WORDS.intersection(vocab) for c in _BY_WORD[w]}
    if '"' in low:
        keyed.add('"')
    words_here = [c for c in keyed if c in low]
    if not words_here:
        return []
    spans: list[tuple[int, int]] = []
    # Only the pieces holding a frame, found from the frames (pieces.py): most hold none.
    for start, end in _CUT.holding(low, words_here, min(len(low), _BUDGET)):
        if low[end - 1] == "?":
            continue  # a question asks
        words = _TOKEN.findall(low, start, end)
        if low.find("\u2019", start, end) >= 0:
            words = [w.replace("\u2019", "'") for w in words]
        hit = _sentence(words)
        if hit is not None:
            # Offsets only for the sentence that jabs (a start and end per token cost more
            # than reading a calm sentence).
            at = [m.span() for m in _TOKEN.finditer(low, start, end)]
            spans.append((at[hit[0]][0], at[hit[1]][1]))
    return spans


def _fault_at(words: list[str], k: int) -> bool:
    w = words[k]
    if w in _TALK:
        return "over" in words[k + 1 : k + 3]
    if w in FAULTS:
        return True
    if w == "order" and words[max(0, k - 2) : k] == ["out", "of"]:
        return True  # "the lift was out of order"
    if w == "things" and k and words[k - 1] == "better":
        return True  # "had better things to do than read ..."
    if w == "thought":
        # "whoever thought a four-hour take-home was a short exercise": a belief held up
        return not _COPULA.isdisjoint(words[k + 1 : k + 8])
    # "two hours before the deadline": a span of time before something
    return w == "before" and k >= 1 and words[k - 1] in _SPANS


def _aimed(
    words: list[str], a: int, b: int, need_fault: bool = True, targets: frozenset[str] = TARGETS
) -> int:
    """The index of the last target or fault in words[a:b] when both are there (a target
    alone when `need_fault` is off), or -1."""
    target = fault = -1
    for k in range(a, min(b, len(words))):
        if words[k] in targets:
            target = k
        if need_fault and _fault_at(words, k):
            fault = k
    if target < 0 or (need_fault and fault < 0):
        return -1
    return max(target, fault)


def _sentence(words: list[str]) -> tuple[int, int] | None:
    n = len(words)
    for i, w in enumerate(words):
        if w not in _FRAME_STARTS:
            continue  # no branch below starts at this word: one set test instead of the chain
        nxt = words[i + 1] if i + 1 < n else ""
        start = i
        need_fault = True
        after = i + 1  # where the jab's target and fault are looked for
        if w in _LOVE and nxt in _LOVE_NEXT:
            # "love how the panel ...", "love that the tool ...", not "I'd love the chance"
            if nxt == "the" and (i == 0 or words[i - 1] in ("i", "just", "really")):
                continue
            after = i + 2
        elif w in _LOVE and nxt in ("a", "an") and (i == 0 or words[i - 1] not in ("i'd", "id")):
            # "love a 'quick' screen that turns into a 90 minute design round": the praise is
            # ironic when what it praises grew into more than it was billed as
            stop = min(n, i + _REACH)
            turn = next((k for k in range(i + 2, stop) if words[k] in _TURNS), -1)
            if turn > 0 and _aimed(words, turn + 1, stop, False, _PROCESS | _SPANS) >= 0:
                return (i, min(n - 1, turn + 4))
            continue
        elif w == "bonus":
            # "the bonus twenty-five minutes in reception": a wait thanked as a gift
            span = next((k for k in range(i + 1, min(n, i + 4)) if words[k] in _SPANS), -1)
            if span > 0 and not _WAIT_PLACE.isdisjoint(words[span + 1 : span + 5]):
                return (i, min(n - 1, span + 4))
            continue
        elif w == "nothing" and (
            nxt in ("like", "says") or (nxt in _DEGREE and words[i + 2 : i + 3] == ["like"])
        ):
            after = i + 2 if nxt not in _DEGREE else i + 3
        elif w in _TREAT and i >= 1 and words[i - 1] in ("a", "what", "lovely", "real", "nice"):
            if "what" not in words[max(0, i - 3) : i] and "such" not in words[max(0, i - 3) : i]:
                continue
            start = max(0, i - 3)
        elif w in _HATS or (w == "fair" and nxt == "play"):
            # "hats off to whoever booked the room; the projector never ...", "bravo to the
            # recruiter for sending the wrong address": target and fault in reach
            pass
        elif w in _PRAISE_ADJ and nxt in _PRAISE_NOUN:
            after = i + 2  # "great planning to give us a laptop with a dead battery"
        elif w in _ASIDE and i >= 1 and words[i - 1] == "i":
            start = i - 1
            if nxt in _FIRST or (nxt == "," and i + 2 < n and words[i + 2] in _FIRST):
                continue  # "I guess my answer was short": the candidate's own
        elif w in _KNOWING:
            if nxt in _FIRST or (nxt == "," and i + 2 < n and words[i + 2] in _FIRST):
                continue
        elif w == "course" and i >= 1 and words[i - 1] == "of":
            start = i - 1
            if nxt != "the" and nxt != "your":
                continue  # "of course I'm happy to": not an aside about the process
        elif w in _BOLD and nxt in _CHOICE:
            # "bold choice to schedule a live coding round at 8 pm": ironic in itself when its
            # clause is about the process (not "a bold choice to rebuild the pricing engine")
            stop = next((k for k in range(i + 2, min(n, i + 10)) if words[k] in _BREAK), n)
            if _aimed(words, i + 2, min(stop, i + 10), False, _PROCESS) >= 0:
                return (i, min(stop, i + 10) - 1)
            continue
        elif w in _CREATIVE:
            start = max(0, i - 4)
            after = start
            if (
                w == "creatively"
                and nxt.endswith(("ed", "en"))
                and not _BE.isdisjoint(words[start:i])
                and _aimed(words, max(0, i - _REACH), i, False) >= 0
            ):
                # "the source text you picked was creatively drafted": the process's work
                # praised for invention in the passive is a jab in itself
                return (start, i + 1)
        elif w == "scenic" and nxt in _ROUTE:
            after = i + 2
            if not _DREARY.isdisjoint(words[after : after + 6]):
                # "the scenic tour of the car park": a tour of a place nobody tours
                return (i, min(n - 1, after + 5))
        elif w == "there" and words[i - 1 : i + 4] == ["what", "there", "was", "of", "it"]:
            return (i - 1, i + 3)  # "your time, what there was of it"
        elif w == "as" and i >= 1 and words[i - 1] == "such" and nxt in ("it", "they"):
            if i + 2 < n and words[i + 2] in ("was", "were"):
                return (i - 1, i + 2)  # "the feedback, such as it was"
        elif w in _UNDERSTATE and _understated(words, i):
            # "the brief was, let's say, thin", "to put it kindly": a parenthetical under-
            # statement; its sentence must be about the process, not the candidate
            if (
                _FIRST.isdisjoint(words[max(0, i - 6) : i])
                and _aimed(words, max(0, i - _REACH), i + _REACH, False) >= 0
            ):
                return (max(0, i - 4), min(n - 1, i + 3))
        elif w == "thanks" and words[i + 1 : i + 3] == ["for", "nothing"]:
            # ironic in itself: thanks for what was not given
            return (i, i + 2)
        elif w in _QUOTES:
            hit = _scare_quoted(words, i)
            if hit is not None:
                return hit
            continue
        else:
            continue
        end = _aimed(words, after, after + _REACH + (i - start), need_fault)
        if end >= 0:
            return (start, end)
    return None


# Every word a branch of _sentence tests for first (a word in none of them is skipped).
_FRAME_STARTS = (
    _LOVE
    | _TREAT
    | _HATS
    | _PRAISE_ADJ
    | _ASIDE
    | _KNOWING
    | _BOLD
    | _CREATIVE
    | _UNDERSTATE
    | _QUOTES
    | word_set("bonus nothing fair course scenic there as thanks")
)


def _understated(words: list[str], i: int) -> bool:
    w = words[i]
    if w in ("let's", "lets", "shall"):
        # between commas, not "let's say we shard by tenant"
        say = i + 2 if w == "shall" else i + 1
        return (
            i >= 1
            and words[i - 1] == ","
            and words[say : say + 2] == ["say", ","]
            and (w != "shall" or words[i + 1] == "we")
        )
    if w == "put":
        return (
            i >= 1
            and words[i - 1] == "to"
            and words[i + 1 : i + 2] == ["it"]
            and (
                i + 2 < len(words)
                and words[i + 2] in ("kindly", "politely", "mildly", "generously")
            )
        )
    return words[max(0, i - 3) : i] == ["to", "say", "the"]


def _scare_quoted(words: list[str], i: int) -> tuple[int, int] | None:
    """One or two quoted words right before a process word: your "structured" interview, the
    "short" exercise. A process word quoted on its own is more often cited than mocked ('the
    invite lists a "panel"'), and a longer quote is a quotation."""
    close = next((k for k in range(i + 1, min(len(words), i + 4)) if words[k] in _QUOTES), -1)
    if close < 0 or close == i + 1:
        return None
    inside = words[i + 1 : close]
    after = words[close + 1] if close + 1 < len(words) else ""
    if i and words[i - 1] in _NAMING:
        return None  # 'the invite lists a "panel"', 'it said "quick chat"': a citation
    if after in _QUOTED_ON and inside[-1] not in _FIRST:
        # The span starts outside the quotes: the checker drops hits that start inside quoted
        # words (someone else's), and the jab is the candidate's.
        last = min(len(words) - 1, close + 1)
        return (i - 1, last) if i else (min(close + 1, last), last)
    return None


# --- sincere sentences: no blame whatever the scorer says ---------------------------------

# Praise of the setup: with no fault beside it, a cause described this way is thanked, not
# blamed ("the room was lovely, so I relaxed quickly", "the brief was clear, so I went
# straight to the data model").
PRAISED = word_set(
    "lovely clear great helpful friendly welcoming nice good comfortable calm quiet smooth "
    "generous kind useful easy relaxed warm excellent brilliant perfect spacious bright "
    "well-run well-organised well-organized thoughtful patient"
)
_PAST_JOB = re.compile(
    r"\b(?:at|in|on|from) (?:my|our) (?:last|previous|old|former|first) "
    r"(?:job|role|company|employer|team|workplace|place|position|startup|firm)\b"
)
_WORD = re.compile(r"[a-z0-9]++(?:['\u2019-][a-z0-9]++)*+")


_SO = (", so ", " so i ", " so we ")
_LINKING = word_set("was were is are felt seemed looked sounded")
# Words that turn praise: sarcasm is praise with one of these ("lovely to finally meet ...",
# "I'm sure it was scheduled with great care", "VERY helpful", "clear as mud").
_IRONIC = word_set(
    "finally actually sure apparently guess suppose honestly very really so-called clearly "
    "obviously surely mud"
)


def sincere_sentence(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] (one sentence) tells of the candidate's past job ("at my last
    job the system kept crashing, so I migrated it"), or praises the setup and says what
    followed, with no word of fault, lack, difficulty or irony in it ("the room was lovely, so
    I relaxed quickly"): a story or thanks, not blame for this interview. Praise alone is not
    enough: sarcasm is praise ("lovely to finally meet the fourth person to ask ...")."""
    if past_job(low, start, end):
        return True
    if not any(c in low[start:end] for c in _SO):
        return False
    words = [m.group().replace("\u2019", "'") for m in _WORD.finditer(low, start, end)]
    if not _UNFAULTED.isdisjoint(words) or not _IRONIC.isdisjoint(words):
        return False
    # The praise is the cause's predicate ("the room was lovely"), and a consequence follows.
    return any(
        w in PRAISED and k and (words[k - 1] in _LINKING or words[k - 2 : k - 1] == ["was"])
        for k, w in enumerate(words)
    )


# A praise frame at a sentence's head: "lovely to finally meet ...", "good to see ...".
_PRAISE_HEAD = _PRAISE_ADJ | word_set("good wonderful refreshing glad delighted pleasure")
_FAULTLESS_REACH = 4  # the praise word among the sentence's first words


def praise_without_fault(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] (one sentence) opens on praise ("Lovely to finally meet the
    recruiter who arranged my visit") and holds no word of fault, lack or difficulty and no
    quotation: praise of someone who did nothing wrong. A bag of words reads "finally" and a
    person of the process alike in that and in sarcasm; sarcasm with no word of fault is left
    to jab_spans, which reads its shape."""
    words = [m.group().replace("\u2019", "'") for m in _WORD.finditer(low, start, end)]
    if _PRAISE_HEAD.isdisjoint(words[:_FAULTLESS_REACH]):
        return False
    return _UNFAULTED.isdisjoint(words) and not any(q in low[start:end] for q in _QUOTES)


# Any word of fault, lack or difficulty keeps a praised sentence's blame ("the room was lovely
# but freezing", "nice enough, though the brief was vague").
_UNFAULTED = (
    FAULTS
    | _FAULTY
    | _DIFFICULT
    | FAILURES
    | FAIL_NOUNS
    | word_set("enough but though although however except shame pity unfortunately sadly")
)


def past_job(low: str, start: int, end: int) -> bool:
    """ "at my last job", "in my previous role": a story from before this interview."""
    return _PAST_JOB.search(low, start, end) is not None
