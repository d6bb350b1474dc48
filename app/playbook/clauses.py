"""Blame read from sentence structure (PLAYBOOK §4-5, issue 14).

The phrase rules of lexicon.py catch wordings; this module reads who or what each sentence makes
responsible for a stumble, so that a new wording of the same excuse is caught too:

- an outside cause (a tool, the time box, the setup, the brief, the room, the interviewer or
  other people) as the subject of a failure predicate ("the shared editor stuttered", "the slot
  was far too short", "your colleague kept talking over me"), while the candidate as the subject
  ("I rushed") is ownership;
- the candidate as the one things were done to ("I was cut off", "I was given almost no time");
- a causal frame that hangs the candidate's stumble on such a cause ("with the requirements
  moving, I lost the thread", "due to the noise", "given how the question was framed, I ...");
- a counterfactual that would have gone well but for the cause ("with another ten minutes I
  would have ...", "had the numbers been on the slide, I'd have ...").

A sentence that disowns the excuse ("not that the tool was at fault", "no excuse: the lag wasn't
why") or offers sympathy ("sorry your Wi-Fi dropped") is not blame; reported speech is filtered
by the caller. Words are compared without apostrophes and hyphens, so "wasnt", "wasn't",
"wi-fi" and "wifi" are one word. The scan is one pass over the tokens with fixed-size windows:
linear in the note, and it stops after a budget of tokens.
"""

from __future__ import annotations

import re
from itertools import compress, islice

from app.playbook.rules import word_set

# Tokens: words (with inner ' or -) and the punctuation that bounds a clause or a sentence.
_TOKEN = re.compile(r"[a-z0-9]++(?:['-][a-z0-9]++)*+|[.!?;:\n,()\u2014\u2013]")
_SENTENCE_END = frozenset(".!?;\n")
_STOP = re.compile(r"[.!?;\n]")
_BUDGET = 20_000  # tokens read per note; a longer note is judged on its first 20,000
_MAX_SENTENCE = 80  # tokens; a real sentence is shorter


def _inflect(bases: str) -> frozenset[str]:
    """Each verb with its -s, -ed and -ing forms (regular spelling; irregular forms are listed
    beside it): "lag" -> lag lags lagged lagging; "stutter" -> stutters stuttered stuttering."""
    out: set[str] = set()
    for base in bases.split():
        out.add(base)
        stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
        double = (
            len(base) <= 4
            and len(base) >= 3
            and base[-1] not in "aeiouwxy"
            and base[-2] in "aeiou"
            and base[-3] not in "aeiou"
        )
        ed_stem = base + base[-1] if double else stem
        out.update((base + "s", ed_stem + "ed", ed_stem + "ing"))
        if base.endswith("y") and base[-2] not in "aeiou":
            out.update((base[:-1] + "ies", base[:-1] + "ied"))
    return frozenset(out)


# Things of the interview setup a stumble gets put on.
THINGS = word_set(
    "tool tools editor ide whiteboard whiteboards platform sandbox environment connection "
    "connections wifi internet broadband audio video sound mic microphone headset headphones "
    "camera webcam laptop screen screenshare zoom call line network bandwidth link setup "
    "format process structure timing time clock timer timebox timeboxes slot window minutes "
    "mins requirements spec specs specification brief prompt question questions instructions "
    "scope constraints room office building corridor noise interruptions slides exercise topic "
    "task assessment takehome challenge puzzle round interview interviews agenda schedule "
    "scheduling loop materials documents dataset keyboard mouse projector display lighting "
    "heating aircon traffic train bus commute hour session coderpad hackerrank codility slide "
    "limit post posting "
    "listing description advert ad spreadsheet sheet hint hints rubric paper bundle pack deck "
    "document doc diagram handout portal app browser vpn login pens pen marker "
    "system software"
)
# People a stumble gets put on (the candidate is never one of them).
PEOPLE = word_set(
    "you interviewer interviewers panel panellist panelist panellists panelists colleague "
    "colleagues recruiter recruiters coordinator they he she someone somebody nobody noone "
    "everyone manager lead host hosts team "
    # the role-players of an assessment ("the actor playing the patient kept interrupting")
    "actor actors roleplayer roleplayers"
)
# Failure predicates of a thing, positive in form ("lagged"); a negator before one cancels it.
_FAIL_VERBS = _inflect(
    "lag stutter freeze crash drop glitch crackle buzz echo flicker hang stall die fail break "
    "shift change move evolve overrun overflow disconnect reset reboot hurry rush drag cut "
    "interrupt distract fluster rattle unsettle confuse mislead derail throw omit skip jump"
)
FAILURES = _FAIL_VERBS | word_set(
    "froze frozen broke broken died overran ran threw thrown left "
    "laggy glitchy buggy flaky choppy patchy spotty unstable unreliable slow sluggish "
    "unclear vague ambiguous confusing misleading underspecified illdefined unfair unreasonable "
    "rushed tight short noisy loud cramped stuffy hot cold chaotic hectic disorganised "
    "disorganized messy distracting deafening awful terrible dreadful poor poorly badly "
    "ticking ambiguously vaguely confusingly unclearly late behind over unrealistic "
    "impractical excessive overwhelming outdated openended sketchy sparse stuck faulty jammed "
    "unusable unresponsive"
)
# Words naming a failure on their own, usable as the cause after "due to", "between" ...
FAIL_NOUNS = word_set(
    "lag lags glitch glitches noise noises interruption interruptions delay delays "
    "outage outages echo static drilling chaos confusion pressure rush disruption disruptions "
    "distraction distractions problems issues difficulties trouble hiccups lateness"
)
# Predicates that fail only when negated: "wasn't enough", "never said", "didn't work".
_NEG_FAILURES = word_set(
    "enough clear clearly defined specified explained working work load loading help helping "
    "said say mention mentioned tell told explain warn warned give gave leave allow long "
    "cooperate cooperating specify fair ready responsive shared sent provided"
)
_NEGATORS = word_set("not no never nt didnt wasnt werent isnt arent doesnt dont hadnt without")
# The stems of "n't" once the apostrophe is dropped ("couldnt", "wont"): "different" and "urgent"
# end in "nt" too and negate nothing.
_NT_STEMS = word_set(
    "did was were is are does do had has have could would should wo ca ai must need might dare"
)
# The candidate and what the candidate did: a predicate of theirs is ownership.
_FIRST = word_set("i im ive id ill me my myself we were")
_I = word_set("i im ive id ill")
# A clause ends here: what follows has its own subject.
_CLAUSE_BREAK = frozenset(",:()\u2014\u2013") | word_set(
    "and but so because which while when whereas though although since as then until after "
    "before so that where who"
)
# Quantity words between a thing and its failure ("the slot was far too short").
_CAUSAL = word_set("because since as given due with thanks between owing amid after once")
# Causal words that only say when ("after the call dropped, I lost my place"): a cause only with a
# failure named in their clause and a stumble of the candidate's after it.
_WHEN = word_set("after once")
# Ways a question or task is put: the cause in "given how the question was framed".
_FRAMING = word_set(
    "framed worded phrased asked posed set structured presented explained run organised "
    "organized scheduled"
)
# What a candidate says they did wrong, to tie a causal frame to a stumble.
_STUMBLES = _inflect(
    "lose guess rush skip miss mishear misread forget blank panic fumble stumble struggle "
    "hurry freeze stall drift wander jump"
) | word_set(
    "lost froze went couldnt cant wasnt didnt never ran had got mixed mixedup left wrong confused "
    "ended"
)
# Done to the candidate: "I was cut off", "I got rushed", "I was never told".
_PATIENT = word_set(
    "cut interrupted rushed hurried pressured pressed thrown talked sprung distracted "
    "flustered rattled derailed stopped"
)
_PATIENT_NEG = word_set("told warned briefed informed given allowed shown sent")
# Handed the wrong thing: "I was handed the wrong version of the case".
_HANDED = word_set("given handed sent shown emailed")
_SCARCE = word_set("no little barely hardly almost only limited scarcely nowhere")
_SYMPATHY = word_set("sorry hope hopefully shame unlucky sympathies")
_REPORTING = word_set("said mentioned told explained described noted shared pointed admitted")
_DISOWN_AFTER_NOT = word_set("that because")
_EXCUSE = word_set("excuse excuses")
_NOTHING_TO_DO = (["to", "do", "with", "it"], ["to", "do", "with", "that"])
_AT_FAULT = word_set("fault blame reason why problem issue cause culprit difference matter")
_DISOWNING = _AT_FAULT | word_set("not no nothing dont didnt wont cant cannot never wouldnt than")
_ING_AUX = word_set(
    "was were kept keep keeps started began been is are constantly just still always "
    "repeatedly suddenly also then totally completely"
)
_TOWARDS = word_set("towards toward into to down onto")
_MODALS = word_set("would will could might should can may must shall wont")
_KNOW = word_set("know understand appreciate")
_OWN_SORRY = word_set("sorry apologies apologise apologize apology")
_MORE = word_set("more another extra longer additional few couple")
_DURATION = word_set("time minutes mins minute moment moments hour seconds")
_WOULD = word_set("would wouldve id could couldve might")
_PEOPLE_FAIL = _inflect("interrupt rush hurry overrun confuse mislead") | word_set(
    "cut talked talking overran late kept moved changed ran started joined arrived "
    "showed forgot ignored"
)


def _words_of(low: str, begin: int, end: int) -> list[list[str]]:
    """The words of low[begin:end], one sentence (no sentence end inside but maybe one at the
    end), without ' and - and with punctuation tokens kept, cut into pieces of at most
    _MAX_SENTENCE; the first _BUDGET tokens only. All in C calls: a word's offsets are looked
    up only for a sentence that blames (_offsets), so no object is built per token."""
    raw = _TOKEN.findall(low, begin, end)
    joined = "\0".join(raw)
    if "'" in joined or "-" in joined:
        # Tokens hold no NUL: strip the marks in two C calls and split back.
        raw = joined.replace("'", "").replace("-", "").split("\0")
    if raw and raw[-1] in _SENTENCE_END:
        del raw[-1]  # the sentence's end; the caller skips a question
    if len(raw) > _BUDGET:
        del raw[_BUDGET:]
    if len(raw) <= _MAX_SENTENCE:
        return [raw] if raw else []
    # Every reading below is bounded by its sentence: a run-on text is cut into pieces so that
    # the work per word stays fixed.
    return [raw[k : k + _MAX_SENTENCE] for k in range(0, len(raw), _MAX_SENTENCE)]


def _negated_at(words: list[str], i: int) -> bool:
    """A negator among the two words before `i` (same clause)."""
    for j in range(i - 1, max(-1, i - 3), -1):
        w = words[j]
        if w in _CLAUSE_BREAK:
            return False
        if w in _NEGATORS or (w.endswith("nt") and w[:-2] in _NT_STEMS):
            return True
    return False


def _failure_after(words: list[str], i: int, width: int = 7) -> int:
    """Index of a failure predicate of the subject at `i`, in its clause, or -1."""
    seen_first = False
    for j in range(i + 1, min(len(words), i + 1 + width)):
        w = words[j]
        if w == "and" and j + 1 < len(words) and words[j + 1] in _NEGATORS:
            continue  # "the brief was two lines long and never mentioned retention"
        if w in _CLAUSE_BREAK:
            return -1
        if w == "caught" and j + 2 < len(words) and words[j + 1] == "me" and words[j + 2] == "off":
            return j + 2
        if w in _EJECTED and words[j + 1 : j + 3] in (["me", "out"], ["me", "off"]):
            return j + 2  # "the portal logged me out twice"
        if w in _I:
            seen_first = True
            continue
        if seen_first and w not in ("given", "sent", "handed", "using", "shown", "set"):
            # "the question I rushed": the predicate after "I" is the candidate's.
            if w in FAILURES or w in _NEG_FAILURES:
                return -1
            continue
        if w in _MODALS:
            return -1  # "the process would change": a plan, not what went wrong
        if w in _FRAMING and words[j + 1 : j + 4] == ["in", "a", "way"]:
            return j + 3  # "the prompt was framed in a way that pointed me ..."
        if (
            w == "me"
            and j + 1 < len(words)
            and words[j + 1] in _TOWARDS
            and "wrong" in words[j + 2 : j + 6]
        ):
            return j + 1  # "... led me towards the wrong example"
        if (
            w in ("in", "on")
            and _negated_at(words, j)
            and "my" not in words[j + 1 : j + 3]
            and not THINGS.isdisjoint(words[j + 1 : j + 4])
        ):
            return j  # "that question wasn't in the prep sheet your agency sent me"
        if w in _NEG_FAILURES and (_negated_at(words, j) or _lacking(words, j)):
            return j + (0 if _negated_at(words, j) else 1)
        # The bare verb is a noun compound ("scope change", "the team's move"); the -ing form is
        # a failure only as a verb ("kept dropping"), not as a modifier.
        if (
            w in _FAIL_VERBS
            and not w.endswith("ed")
            and not (w.endswith("ing") and words[j - 1] in _ING_AUX)
        ):
            continue
        if w in FAILURES and not _negated_at(words, j):
            if w in ("over", "late", "behind", "ran", "left", "short") and not _time_sense(
                words, j
            ):
                continue
            if _measure_fell(words, j):
                return -1  # "the cycle time dropped from nine days to four": a result
            return j
    return -1


# "dropped from nine days to four", "fell by a third", "dropped to 2%": a measure that moved,
# told as a result, not a failure of the setup.
_BY_HOW_MUCH = word_set("from by to")
_AMOUNTS = word_set(
    "a half about around roughly nearly almost under over less more one two three four five six "
    "seven eight nine ten twelve twenty thirty forty fifty hundred"
)


def _measure_fell(words: list[str], j: int) -> bool:
    """Whether the failure verb at `j` ("dropped", "fell") is a measure moving by an amount."""
    if words[j] not in ("dropped", "drop", "drops", "dropping", "fell", "shifted"):
        return False
    nxt = words[j + 1 : j + 3]
    return len(nxt) == 2 and nxt[0] in _BY_HOW_MUCH and (nxt[1][:1].isdigit() or nxt[1] in _AMOUNTS)


def _time_sense(words: list[str], j: int) -> bool:
    """'ran'/'over'/'late'/'left'/'short' count only in their time sense: "ran late", "ran
    out", "ran over", "was too short", "left out", "started late"."""
    w = words[j]
    nxt = words[j + 1] if j + 1 < len(words) else ""
    prev = words[j - 1] if j else ""
    if w == "ran":
        return nxt in ("late", "over", "out", "long", "behind")
    if w == "left":
        return nxt == "out" or nxt in ("little", "no", "barely")
    if w == "short":
        return prev in ("too", "very", "so", "quite", "really", "cut", "rather", "pretty")
    # late / behind / over: after a verb of time ("started late", "was running behind")
    return prev in ("started", "start", "ran", "running", "was", "were", "began", "joined")


def _disowned(words: list[str]) -> bool:
    """'Not that the tool was at fault', 'no excuse: the lag wasn't why', 'the time box wasn't
    the problem': the sentence names a cause only to take it back (unless a 'but' follows)."""
    if _DISOWNING.isdisjoint(words):
        return False  # none of the words a take-back starts at: most sentences
    found = False
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            (w == "not" and nxt in _DISOWN_AFTER_NOT)
            or (
                w in ("no", "not")
                and (
                    nxt in _EXCUSE
                    or (nxt in ("an", "one") and i + 2 < len(words) and words[i + 2] in _EXCUSE)
                )
            )
            or (
                w in _AT_FAULT
                and not (i and words[i - 1] == "my")  # "not my fault" is the excuse itself
                and _negated_at(
                    words, i - 1 if i and words[i - 1] in ("the", "at", "to", "a") else i
                )
            )
            or (w == "nothing" and words[i + 1 : i + 5] in _NOTHING_TO_DO)
            # "so I don't count that as the reason", "I do not attribute my error to that", "so
            # I don't put it on the equipment": the writer refuses to lay it on the cause.
            or (
                w in _REFUSED
                and nxt in _LAY_ON
                and (i == 0 or words[i - 1] in ("i", "we", "do", "will", "would", "can"))
            )
            # "I'd rather own the answer than put it on the connection", "rather than blame the
            # nerves": owning chosen over laying it on the cause.
            or (w == "than" and nxt in _LAY_ON_ING and "rather" in words[max(0, i - 12) : i])
            # "so the slip is not the brief's": the fault given back, with the cause's name.
            or (
                w == "not"
                and nxt == "the"
                and i + 2 < len(words)
                and words[i + 2].endswith("s")
                and words[i + 2][:-1] in THINGS | PEOPLE
                and (i + 3 >= len(words) or words[i + 3] in _CLAUSE_BREAK)
            )
            # "though with better planning that wouldn't have mattered", "it made no
            # difference": what the cause did is taken back.
            or (w in ("wouldnt", "didnt") and nxt in ("matter", "have") and _mattered(words, i))
        ):
            found = True
        elif found and w == "but":
            return False
    return found


_REFUSED = word_set("dont didnt wont cant cannot not never")
_LAY_ON = word_set("count put hold blame attribute pin chalk lay lean")
_LAY_ON_ING = _LAY_ON | word_set("blaming putting pinning laying pass passing point pointing")


def _mattered(words: list[str], i: int) -> bool:
    """ "wouldn't have mattered", "didn't matter" at `i`."""
    after = words[i + 1 : i + 3]
    return after[:1] == ["matter"] or after == ["have", "mattered"]


def _sympathy_before(words: list[str], i: int) -> bool:
    """Sympathy or acknowledgement before the cause: "sorry your Wi-Fi dropped", "I know the
    schedule moved around"."""
    for k in range(max(0, i - 6), i):
        w = words[k]
        if w in _SYMPATHY or (w in _KNOW and k and words[k - 1] in ("i", "we")):
            return True
    return False


def _own_and_sorry(words: list[str], i: int) -> bool:
    """'My connection kept dropping, sorry about that': the candidate's own thing, apologised
    for, is ownership."""
    return i > 0 and words[i - 1] == "my" and not _OWN_SORRY.isdisjoint(words)


def _has_stumble(words: list[str], lo: int, hi: int) -> bool:
    """A first-person subject with a stumble verb soon after it in s[lo:hi]."""
    for j in range(lo, hi):
        if words[j] in _I:
            for k in range(j + 1, min(hi, j + 5)):
                if words[k] in _STUMBLES:
                    return True
    return False


_PIECE = re.compile(r"[^.!?;\n]++[.!?;\n]?")
# Sentence ends as "\n", a-z, 0-9, ' and - as they are, anything else as a space (as a byte
# table: bytes.translate reads a 256-entry table, several times faster than str.translate).
_AS_LINES = bytes(
    ord("\n")
    if chr(i) in ".!?;\n"
    else i
    if chr(i) in "abcdefghijklmnopqrstuvwxyz0123456789'-"
    else ord(" ")
    for i in range(256)
)
_PLAIN = re.compile(r"[a-z0-9]++")


def blame_spans(low: str) -> list[tuple[int, int]]:
    """Spans of sentences that put a stumble on a cause outside the candidate."""
    spans: list[tuple[int, int]] = []
    limit = min(len(low), _BUDGET * 8)
    # A sentence's pairs are among the whole note's (sentences end at a character that is in
    # no pair), so one test over the note spares most notes the pair test per sentence. (A
    # whole-note word test as well cost more on notes that open than it saved on calm ones.)
    whole = low[:limit]
    pairs = _has_pair(whole, 0, limit)
    # Most sentences of a calm note hold no word any reading below needs: the set tests run
    # in C (map calls the C functions directly) and skip them before they are tokenised.
    opened = _open_ascii(whole, pairs) if whole.isascii() else _open_pieces(low, limit, pairs)
    for start, end in opened:
        for k, words in enumerate(_words_of(low, start, end)):
            hit = _sentence_blame(words)
            if hit is not None:
                spans.append(_offsets(low, start, end, k * _MAX_SENTENCE, hit))
    return spans


def _open_ascii(whole: str, pairs: bool) -> list[tuple[int, int]]:
    """_open_pieces of an ASCII note, from two byte translations and splits (all in C): every
    sentence end as "\n" and every other character but a-z, 0-9, ' and - as a space keeps
    each piece where it is, so the runs between the "\n"s are the pieces (an empty run is
    none) and their offsets add up; the same runs with ' and - deleted are their gate words."""
    marked = whole.encode("ascii").translate(_AS_LINES)
    bare = marked.translate(None, b"'-").decode("ascii")
    # The pieces' words together are the whole note's (no word spans a sentence end): a
    # note without a signal word opens no piece, and most calm notes have none.
    if not pairs and _SIGNALS.isdisjoint(bare.split()):
        return []
    shut = map(_SIGNALS.isdisjoint, map(str.split, bare.split("\n")))
    opened: list[tuple[int, int]] = []
    limit = len(whole)
    start = 0
    for size, closed in zip(map(len, marked.split(b"\n")), shut, strict=True):
        end = start + size
        if size and not (end < limit and whole[end] == "?"):  # a question does not blame
            stop = end + 1 if end < limit else end  # with its end mark, as _PIECE cuts it
            if not closed or (pairs and _has_pair(whole, start, stop)):
                opened.append((start, stop))
        start = end + 1
    return opened


def _open_pieces(low: str, limit: int, pairs: bool) -> list[tuple[int, int]]:
    """The spans of the pieces of low[:limit] (_PIECE) that a reading may open on: those that
    are not a question and hold a signal word or (when the note has one) a signal phrase."""
    # The gate's words: runs of letters and digits once ' and - are dropped.
    stripped = low[:limit].replace("'", "").replace("-", "")
    if not pairs and _SIGNALS.isdisjoint(_PLAIN.findall(stripped)):
        return []
    pieces = list(_PIECE.finditer(low, 0, limit))
    texts = [m.group().replace("'", "").replace("-", "") for m in pieces]
    shut = map(_SIGNALS.isdisjoint, map(_PLAIN.findall, texts))
    return [
        piece.span()
        for piece, text, closed in zip(pieces, texts, shut, strict=True)
        if not text.endswith("?") and not (closed and not (pairs and _has_pair(low, *piece.span())))
    ]


def _offsets(low: str, begin: int, end: int, base: int, hit: tuple[int, int]) -> tuple[int, int]:
    """The text span of words hit[0]..hit[1] of the sentence whose first token is token `base`
    of low[begin:end] (the piece's tokens found again: only a blaming sentence needs them)."""
    spans = [m.span() for m in islice(_TOKEN.finditer(low, begin, end), _BUDGET)]
    return (spans[base + hit[0]][0], spans[base + hit[1]][1])


# The words a reading below can start at (a subject, "I" or "we", a causal or conditional word):
# the loop skips every other word with one set test.
# Failures of the setup named as nouns, which can be a sentence's subject like a thing ("the
# drilling next door was loud enough that I lost my place").
_SETUP_FAILS = word_set(
    "lag lags glitch glitches noise noises interruption interruptions delay delays outage "
    "outages echo static drilling disruption disruptions distraction distractions lateness "
    "hammering banging roadworks alarm alarms siren sirens beeping"
)
_STARTS = THINGS | PEOPLE | _SETUP_FAILS | _I | _CAUSAL | word_set("we with given had if")


def _sentence_blame(words: list[str]) -> tuple[int, int] | None:
    """Word indices (first, last) of the span by which `words` (one sentence) blames, or None."""
    n = len(words)
    if n < 2 or _disowned(words) or ("but" in words and _shrugged_off(words)):
        return None
    if words[0] in _OCCASION and _occasion_owned(words):
        return None
    # Which readings can find anything here: each needs one of its words in the sentence, and
    # one set test spares the scan of a reading that cannot.
    present = set(words)
    failing = not _FAILURE_NEEDS.isdisjoint(present)
    people_failing = not _PEOPLE_FAILURE_NEEDS.isdisjoint(present)
    # _consequence hits only on "which made/forced/left me" or with a stumble or a negator
    # after its link; _causal only with a thing, a person or a failure noun in its cause
    # phrase, or on "given how ...".
    consequence = not _CONSEQUENCE_NEEDS.isdisjoint(present) and (
        not _RESULT_OR_NEGATOR.isdisjoint(present)
        or ("which" in present and "me" in present and not _WHICH_MADE.isdisjoint(present))
        or not _HARM_OR_RESULT.isdisjoint(present)
    )
    causal = (
        "given" in present
        or "between" in present
        or not _CAUSE_WORDS.isdisjoint(present)
        or not _REASON_FRAMES.isdisjoint(present)
    )
    patient = not _PATIENT_NEEDS.isdisjoint(present)
    # Only the words a reading can start at (_STARTS), picked in C: no step per other word.
    for i in compress(range(n), map(_STARTS.__contains__, words)):
        w = words[i]
        prev = words[i - 1] if i else ""
        if prev in _DETERMINERS and i >= 2:
            prev = words[i - 2]
        # 1. an outside thing or person as the subject of a failure predicate
        if w in THINGS or w in _SETUP_FAILS or (w in PEOPLE and w not in ("team",)):
            if prev in (
                "of",
                "about",
                "on",
                "in",
                "at",
                "to",
                "for",
                "from",
                "into",
                "over",
                "through",
                "whether",
                "than",
            ) or (prev in _DEADLINE and w in _CLOCK):
                # "I didn't spot it before the timer ran out": the clock as the deadline, not
                # a cause ("until your colleague talked over me" names one)
                # "Nothing in the brief said the data was in UTC": the lack, as the subject
                nothing = prev == "in" and "nothing" in words[max(0, i - 4) : i - 1]
                if nothing and i + 1 < n and words[i + 1] in _NEG_FAILURES:
                    return (words.index("nothing", max(0, i - 4)), i + 1)
                continue  # an object of a preposition, not the subject
            if _object_of_mine(words, i):
                continue  # "I put the time zone on the wrong entity": my verb's object
            if _after_my_reason(words, i):
                continue  # "I had revised for X, so the Y task caught me cold": my own reason
            if w in PEOPLE and i + 1 < n and words[i + 1] in _REPORTING:
                return None  # "you said the requirements kept changing": their words
            if w in PEOPLE:
                j = _people_failure(words, i) if people_failing else -1
            else:
                j = _failure_after(words, i) if failing else -1
            if (
                j >= 0
                and not _sympathy_before(words, i)
                and not _counter_owned(words, i)
                and not _own_and_sorry(words, i)
                and not _someone_elses(words, j)
            ):
                return (i, j)
        # 1b. "The brief I was sent described a different system, so I prepared for the wrong
        # thing": a cause as the sentence's subject, and the candidate's stumble as its result.
        if (
            consequence
            and (w in THINGS or w in PEOPLE or w in _SETUP_FAILS)
            and not _object_of_mine(words, i)
            and prev not in ("of", "about", "on", "in", "at", "to", "for", "with")
            and not (w in PEOPLE and i + 1 < n and words[i + 1] in _REPORTING)
        ):
            hit = _consequence(words, i)
            if hit is not None:
                return hit
        # 2. the candidate as the one things were done to
        if patient and (w in _I or w == "we"):
            j = _patient(words, i)
            if j >= 0:
                return (i, j)
        # 3. a causal frame hanging a stumble on the cause
        if causal and w in _CAUSAL:
            hit = _causal(words, i)
            if hit is not None:
                return hit
        # 4. counterfactual: "with another ten minutes I would have", "had the X been ..."
        if w in ("with", "given") and i + 1 < n:
            k = i + 1
            while k < min(n, i + 4) and words[k] not in _MORE:
                k += 1
            if (
                k < min(n, i + 4)
                and any(x in _DURATION for x in words[k : k + 3])
                and any(x in _WOULD for x in words[k : k + 8])
            ):
                return (i, min(n - 1, k + 2))
        if w in ("had", "if") and (i == 0 or prev in (",", "and", "but", "so", "honestly")):
            hit = _conditional(words, i)
            if hit is not None:
                return hit
    return None


# After "I", these keep the cause's sentence going ("you mumbled it and I heard ...").
_PERCEIVED = word_set("was were got heard thought assumed understood took read")
_DETERMINERS = word_set("the a an this that these those your my our their his her")
_NOT_SUBJECT = word_set("you they he she team everyone")
_RESULT_STUMBLE = word_set(
    "wrong lost shifted off missed couldnt cant never rushed skipped went spent guessed "
    "misread misheard confused blanked stalled different differently hurry rush rushing panic "
    "panicked forget forgot lose freeze froze needed more far unsure sure caught guard "
    "wandered drifted suffered slipped ended unravelled unraveled derailed"
)
# Verbs that do harm to the candidate or their work ("which slowed my typing", "and that slowed
# everything down"), and what they can do it to.
_HARM = word_set(
    "slowed hampered hindered hurt disrupted derailed tripped threw distracted rattled flustered "
    "unsettled cost"
)
_HARMED = word_set("me my us our everything things it")


def _consequence(words: list[str], i: int) -> tuple[int, int] | None:
    """A cause at the head of the sentence and, after ", so" or ", and", the candidate's stumble:
    "the spreadsheet you shared had the quarters in another order, so my totals were off"."""
    n = len(words)
    if words[i - 1 : i] == ["my"] or words[max(0, i - 2) : i] == ["my", "own"]:
        return None  # "my own laptop, which slowed my typing": the candidate's own kit
    for k in range(i + 1, min(n - 1, i + 30)):
        x = words[k]
        if x not in _CONSEQUENCE_STEPS:
            continue  # no branch below, nor _harm_or_result, reads any other word at k
        if x in ("i", "we") and words[k + 1] not in _PERCEIVED:
            if k > i + 2 and words[k - 1] not in _CLAUSE_BREAK and words[k - 1] not in _FIRST:
                continue  # "the exercise assumed a framework I haven't used": in its object
            return None  # "the brief I wrote ...": the candidate's own
        hit = _harm_or_result(words, i, k)
        if hit is not None:
            return hit
        if x == "so" and words[k + 2 : k + 3] == ["that"]:
            continue  # "so small that I ...": a degree, read by _harm_or_result
        if (
            x in ("so", "hence", "therefore", "thus")
            or (
                x == "and"
                and words[k - 1] == ","
                and words[k + 1] in ("half", "most", "much", "all")
            )
            or (x in ("made", "forced", "caused", "pushed", "led", "left") and words[k + 1] == "me")
        ):
            start = k + 1
        elif x == "which" and words[k + 1] in ("made", "meant", "forced", "left", "threw", "cost"):
            start = k + 1
            if words[k + 1] in ("made", "forced", "left") and k + 2 < n and words[k + 2] == "me":
                return (i, min(n - 1, k + 3))
        else:
            continue
        rest = words[start : start + 10]
        first = next((y for y in rest if y not in ("that", "me", "to", "made", "meant")), "")
        if first not in (
            "i",
            "my",
            "id",
            "im",
            "ive",
            "the",
            "half",
            "most",
            "much",
            "all",
        ) and words[k] not in ("made", "forced", "caused", "pushed"):
            return None
        if any(y in _RESULT_STUMBLE or y in _NEGATORS for y in rest):
            return (i, min(n - 1, start + 9))
        return None
    return None


# Verbs that put the candidate out of the tool: "logged me out", "kicked me off".
_EJECTED = word_set("logged kicked locked booted timed threw shut dropped")
_DID = word_set("did do does doing didnt")
_FAVOURS = word_set("favours favors favour favor")


def _shrugged_off(words: list[str]) -> bool:
    """ "the audio dropped for a second, but I heard the question fine", "the wifi dropped once
    but it didn't change anything": the cause named and shrugged off in the same sentence."""
    for k, w in enumerate(words):
        if (
            w in ("but", "and")
            and words[k + 1 : k + 2] in (["it"], ["that"])
            and words[k + 2 : k + 3] in (["didnt"], ["didn't"])
            and words[k + 3 : k + 4] in (["change"], ["matter"], ["affect"], ["make"])
        ):
            return True
        if (
            w == "but"
            and words[k + 1 : k + 2] == ["i"]
            and not _SHRUGGED.isdisjoint(words[k + 2 : k + 9])
        ):
            return True
    return False


_SHRUGGED = word_set("fine anyway regardless clearly perfectly")
_OTHER_PARTY = word_set("you your yours them him her everyone everybody yourself yourselves")


def _someone_elses(words: list[str], j: int) -> bool:
    """ "the timing was tight for you": a difficulty of the reader's, not the candidate's."""
    return j + 2 < len(words) and words[j + 1] == "for" and words[j + 2] in _OTHER_PARTY


def _harm_or_result(words: list[str], i: int, k: int) -> tuple[int, int] | None:
    """The cause at `i` doing harm at `k`: "..., which slowed my typing", "and that slowed
    everything down", "the drilling was loud enough that I lost my place", "the spec said
    nothing about limits, and I guessed wrong" (a fault in the cause's clause, then the
    candidate's stumble)."""
    n = len(words)
    x = words[k]
    harmed = x in _HARM and k + 1 < n and words[k + 1] in _HARMED
    # "which set me off on the wrong foot", "that put me off my stride", "set me back"
    harmed = harmed or (
        x in _SET and words[k + 1 : k + 2] == ["me"] and words[k + 2 : k + 3] in (["off"], ["back"])
    )
    if harmed and (words[k - 1] in ("which", "that", "it", "this") or k - 1 == i):
        return (i, k + 1)
    # "..., which did my concentration no favours", "that didn't do me any favours"
    if x in _DID and (words[k - 1] in ("which", "that", "it", "this") or k - 1 == i):
        ahead = words[k + 1 : k + 6]
        if not _FAVOURS.isdisjoint(ahead) and (x == "didnt" or "no" in ahead):
            return (i, k + 1 + next(m for m, y in enumerate(ahead) if y in _FAVOURS))
    if x == "that" and k + 2 < n and words[k + 1] in ("i", "we"):
        degree = words[k - 1] == "enough" or not _DEGREE_SO.isdisjoint(words[i:k])
        if degree and any(y in _STUMBLES or y in _RESULT_STUMBLE for y in words[k + 2 : k + 6]):
            return (i, min(n - 1, k + 3))
    if x == "and" and words[k - 1] == "," and k + 2 < n and words[k + 1] in ("i", "we"):
        clause = words[i + 1 : k - 1]
        faulty = any(
            (y in FAILURES and not _negated_at(words, i + 1 + m))
            or y in ("nobody", "noone")
            or (y in _NEG_FAILURES and (_negated_at(words, i + 1 + m) or _lacking(clause, m)))
            for m, y in enumerate(clause)
        )
        if faulty and any(y in _STUMBLES or y in _RESULT_STUMBLE for y in words[k + 2 : k + 5]):
            return (i, min(n - 1, k + 3))
    # "..., which nobody flagged, and my totals came out doubled", "..., so my plan looked odd",
    # "which meant my diagram was half invisible": the candidate's work as the one things
    # happened to.
    linked = (x in ("and", "so") and words[k - 1] == ",") or (
        x in ("meant", "meaning") and words[k - 1] in (",", "which", "that", "it")
    )
    mine = words[k + 1 : k + 2] == ["my"] or words[k + 1 : k + 4] in (
        ["most", "of", "my"],
        ["half", "of", "my"],
        ["all", "of", "my"],
    )
    if linked and mine:
        clause = words[i + 1 : k - 1]
        faulty = any(
            (y in FAILURES and not _negated_at(words, i + 1 + m)) or y in ("nobody", "noone")
            for m, y in enumerate(clause)
        )
        if faulty and not _OUTCOME_BAD.isdisjoint(words[k + 2 : k + 8]):
            return (i, min(n - 1, k + 5))
    return None


_DEGREE_SO = word_set("so such too")
_SET = word_set("set put threw knocked")
# Every word at which a step of _consequence's loop does anything (its own tests and those of
# _harm_or_result): the loop skips any other word with one set test, the same result.
_CONSEQUENCE_STEPS = (
    _HARM
    | _SET
    | _DID
    | word_set("i we that and so hence therefore thus meant meaning which")
    | word_set("made forced caused pushed led left")
)
# What became of the candidate's work: "my totals came out doubled", "my estimate was off".
_OUTCOME_BAD = word_set(
    "wrong off doubled halved broken skewed useless garbled muddled incomplete unfinished "
    "short late suffered wandered failed stale odd invisible unreadable outdated confused"
)


# Predicates that clear a cause: "the question was clear", "the time was plenty".
_CLEARED = word_set("clear fair fine reasonable straightforward plenty generous helpful sensible")
# Predicates that put the gap in the writer, not the cause: "the whiteboard was new to me".
_NEW_TO = word_set("new unfamiliar")


def cleared(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] (one sentence) says a cause was fine ("the question was clear; I
    answered a different one") or new to the writer ("the editor was new to me, so I ..."),
    with no negator before the word and no failure in it: a sentence that clears the setup does
    not blame it."""
    words = [m.group().replace("'", "") for m in _TOKEN.finditer(low, start, end)]
    if not FAILURES.isdisjoint(words):
        return False
    for k, w in enumerate(words):
        if k < 1 or words[k - 1] not in ("was", "were", "is", "felt", "seemed"):
            continue
        if w in _CLEARED:
            return not _negated_at(words, k)
        # A cause that was new to the writer: the unfamiliarity is theirs, the cause is fine.
        if w in _NEW_TO and words[k + 1 : k + 3] in (["to", "me"], ["to", "us"]):
            return not _negated_at(words, k)
    return False


def _lacking(words: list[str], j: int) -> bool:
    """ "said nothing about", "gave no hint": a predicate that fails only when negated, negated
    by its object ("said no more than three" is a limit, not a lack)."""
    nxt = words[j + 1] if j + 1 < len(words) else ""
    after = words[j + 2] if j + 2 < len(words) else ""
    return nxt == "nothing" or (nxt == "no" and after not in ("more", "less", "later", "longer"))


def _object_of_mine(words: list[str], i: int) -> bool:
    """Whether the word at `i` sits in a clause whose subject is the candidate: "I skipped the
    churn tab in the case pack", "I had prepared mainly for the leadership questions" (the
    thing is the object of the writer's verb, or inside its phrase), read back to the clause's
    start (_OBJECT_REACH words at most). A person is read four words back only: "as I reached
    the key point you moved us on" (a new subject after the writer's object, with no comma)."""
    reach = 4 if words[i] in PEOPLE else _OBJECT_REACH
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if words[k] in _CLAUSE_BREAK or words[k] in _SUBORDINATE:
            return False
        if words[k] in _I or words[k] == "we":
            # "I realise now the prompt was ...": a clause, not an object, follows these verbs.
            return words[k + 1] not in _COGNITION
    return False


def _after_my_reason(words: list[str], i: int) -> bool:
    """Whether the clause holding `i` follows ", so" (or ", and so") after a clause whose subject
    is the writer: "I had prepared mainly for the leadership questions, so the reconciliation
    exercise caught me cold". What befell the writer there is the result of their own reason."""
    k = i - 1
    while k >= max(0, i - 6) and words[k] not in _CLAUSE_BREAK:
        k -= 1
    if k < 1 or words[k] != "so" or words[k - 1] not in (",", "and"):
        return False
    # Only a neutral thing after ", so": "so the unclear design prompt caught me off guard"
    # names a fault of the setup outright, which the writer's reason does not clear.
    if not _FAULTED.isdisjoint(words[k + 1 : i + 1]):
        return False
    begin = k - 1
    while begin >= max(0, k - 25) and words[begin] not in _SENTENCE_BREAK_WORDS:
        begin -= 1
    head = [w for w in words[begin + 1 : begin + 6] if w not in ("honestly", "frankly", "well")]
    if not head or not (head[0] in _I or head[0] == "we"):
        return False
    # "I was told by the agency to expect ...": the writer as the one things were done to, and
    # the reason someone else's.
    return not (head[1:2] in (["was"], ["were"], ["got"]) and head[2:3] and head[2] in _TOLD_TO)


_TOLD_TO = _PATIENT_NEG | _HANDED | word_set("led advised asked promised assured")
# A fault said of the thing after ", so" (its words up to the thing itself).
_FAULTED = (
    FAILURES | FAIL_NOUNS | _SETUP_FAILS | word_set("sudden unexpected unannounced lastminute")
)


# Where the clause before ", so" starts: the sentence's start, or a conjunction with its own
# subject after it.
_SENTENCE_BREAK_WORDS = word_set("but because since although though while whereas when")
_OBJECT_REACH = 12
# Subordinators _CLAUSE_BREAK leaves out that open a clause with its own subject: "I'd have
# finished if the editor hadn't frozen" (the editor is the subject of the if-clause).
_SUBORDINATE = word_set("if unless once whilst till cos because whether")
_COGNITION = word_set(
    "realise realize realised realized think thought feel felt know knew guess suppose "
    "believe suspect noticed saw see found find reckon admit heard learned learnt understood "
    "assumed expected remember recall wish"
)


def _counter_owned(words: list[str], i: int) -> bool:
    """'My plan, not the timer, was the problem': the thing is named as not the cause."""
    return (i >= 1 and words[i - 1] in ("not", "no")) or (
        i >= 2 and words[i - 2] == "not" and words[i - 1] in ("the", "my", "your")
    )


def _people_failure(words: list[str], i: int) -> int:
    """'Your colleague kept talking over me', 'the interviewer overran', 'you cut me off',
    'nobody told me': a predicate a person does to the candidate or to the slot."""
    w = words[i]
    end = min(len(words), i + 5)
    for j in range(i + 1, end):
        x = words[j]
        if x in _CLAUSE_BREAK:
            return -1
        if w in ("nobody", "noone") and x in (
            "seemed",
            "knew",
            "bothered",
            "cared",
            "told",
            "said",
            "explained",
            "mentioned",
            "warned",
            "clarified",
            "asked",
        ):
            return j
        if (
            x in ("never", "didnt")
            and j + 1 < len(words)
            and words[j + 1]
            in (
                "told",
                "tell",
                "explained",
                "explain",
                "mentioned",
                "mention",
                "warned",
                "warn",
                "clarified",
                "clarify",
                "said",
                "let",
            )
        ):
            if (
                w == "you"
                and j + 2 < len(words)
                and words[j + 2] in ("me", "us")
                and words[j + 1] == "told"
            ):
                return j + 2
            return j + 1
        if x in _PEOPLE_FAIL:
            nxt = words[j + 1] if j + 1 < len(words) else ""
            nxt2 = words[j + 2] if j + 2 < len(words) else ""
            if (x in ("cut",) and nxt in ("me", "us", "in")) or x.startswith("interrupt"):
                return j
            if x in ("talked", "talking") and nxt == "over":
                return j + 1
            if x in ("overran", "overrun", "overrunning", "overruns"):
                return j
            if x in ("rushed", "hurried", "rushing", "hurrying") and nxt in ("me", "us", "through"):
                return j
            if x in ("confused", "misled", "confusing", "misleading") and nxt in ("me", "us"):
                return j
            if x in ("ran", "started", "joined", "arrived", "showed") and (
                "late" in (nxt, nxt2) or nxt in ("over", "behind")
            ):
                return j + 1
            if x == "late" and words[j - 1] in ("was", "were", "ran", "running"):
                return j
            if (
                x == "kept"
                and nxt in ("me", "us", "candidates", "everyone", "people")
                and nxt2 in ("waiting", "hanging")
            ):
                return j + 2
            if x == "kept" and nxt in (
                "interrupting",
                "changing",
                "moving",
                "talking",
                "cutting",
                "rushing",
            ):
                return j + 1
            if x in ("moved", "changed") and nxt in ("on", "the") and "before" in words[j : j + 5]:
                return j + 1
    return -1


def _patient(words: list[str], i: int) -> int:
    """'I was cut off', 'I got rushed through', 'I was given almost no time', 'I was never
    told': the candidate as the one a failure was done to."""
    n = len(words)
    j = i + 1
    if (j < n and words[j] in ("was", "were", "got", "wasnt", "werent", "kept")) or (
        j + 1 < n and words[j] == "had" and words[j + 1] == "been"
    ):
        negated = words[j] in ("wasnt", "werent")
        j += 2 if words[j] == "had" else 1
        while j < n and words[j] in (
            "never",
            "not",
            "just",
            "constantly",
            "repeatedly",
            "being",
            "getting",
            "basically",
            "effectively",
            "barely",
        ):
            negated = negated or words[j] in ("never", "not")
            j += 1
        if j >= n:
            return -1
        x = words[j]
        if x in _PATIENT:
            if x == "cut" and not (j + 1 < n and words[j + 1] in ("off", "short")):
                return -1
            if x == "talked" and not (j + 1 < n and words[j + 1] == "over"):
                return -1
            return j + (1 if x in ("cut", "talked") else 0)
        if x in _HANDED and words[j + 1 : j + 3] == ["the", "wrong"]:
            return j + 2
        if x in _PATIENT_NEG:
            if negated:
                return j
            if (
                x in ("given", "allowed", "left")
                and any(y in _SCARCE for y in words[j + 1 : j + 4])
                and any(
                    y in _DURATION or y in ("room", "chance", "space") for y in words[j + 1 : j + 6]
                )
            ):
                return min(n - 1, j + 3)
    return -1


# A thing or person in a cause phrase, but for the words that name no outside cause there.
_CAUSE_SUBJECTS = (THINGS | PEOPLE) - word_set("you time team everyone")
_CAUSE_THINGS = THINGS - word_set("time")


def _causal(words: list[str], i: int) -> tuple[int, int] | None:
    """'With the requirements moving around, I lost the thread', 'due to the noise', 'given how
    the question was framed, I ...', 'between the lag and the tiny window'."""
    n = len(words)
    w = words[i]
    if (
        w == "as"
        and i + 1 < n
        and words[i + 1]
        in ("well", "a", "an", "soon", "far", "much", "long", "you", "if", "mentioned", "discussed")
    ):
        return None
    if w == "as" and "as" in words[i + 2 : i + 7]:
        return None  # "I wasn't as ready for the questions as I should have been": a comparison
    if w == "between" and i and words[i - 1] in _RELATION:
        return None  # "a discrepancy between the tally sheet and the manifest": a relation
    strong = w in ("due", "thanks", "owing", "between", "amid") or (
        w == "because" and i + 1 < n and words[i + 1] == "of"
    )
    if w == "thanks" and not (i + 1 < n and words[i + 1] == "to"):
        return None
    # The cause phrase: up to the next clause break or 8 words.
    end = i + 1
    while end < n and end < i + 9 and words[end] not in (",", ":", "(", ")", "\u2014", "\u2013"):
        if end > i + 1 and words[end] in _I:
            break  # "with your camera off I couldn't tell": the cause ends where I begin
        end += 1
    cause = words[i + 1 : end]
    if (
        w == "between"
        and i
        and words[i - 1] not in _OPENS_A_CAUSE
        and _BETWEEN_FAULT.isdisjoint(cause)
    ):
        # Inside a clause, "between" weighs causes only with a failure among them ("I lost my
        # way between the interruptions and the echo"), not a place in time ("I lost the
        # thread between the second and third questions").
        return None
    if w == "thanks" and _credit(words, cause, end):
        return None  # "Thanks to your note, I saw my answer was too narrow": help, credited
    if w == "since" and (
        (cause[:1] and cause[0] in _SINCE_WHEN) or cause[:2] == ["the", "interview"]
    ):
        return None  # "Since our call, I realised I got it wrong": since when, not why
    # Set tests in C where a word's membership alone decides (the same answers as testing the
    # cause's words one by one).
    has_thing = not _CAUSE_SUBJECTS.isdisjoint(cause)
    has_fail_noun = not FAIL_NOUNS.isdisjoint(cause)
    has_fail = (
        has_thing
        and not FAILURES.isdisjoint(cause)
        and any(x in FAILURES and not _negated_at(words, i + 1 + k) for k, x in enumerate(cause))
    )
    framed = w == "given" and "how" in cause[:2] and any(x in _FRAMING for x in cause)
    # What came of it after the reason: the writer's stumble ("I lost the thread") or their
    # work gone wrong ("my answer came out half-formed", "it came out half-remembered").
    result_after = _has_stumble(words, end, min(n, end + 12)) or _worse_result(
        words, end, min(n, end + 16)
    )
    if (
        result_after
        and (i == 0 or words[i - 1] in _OPENS_A_CAUSE)
        and _outside_reason(w, cause, _up_to_comma(words, i + 1))
        and not _sympathy_before(words, i)
    ):
        # A reason that opens its clause, names nobody of the writer's, and is followed by what
        # went wrong for the writer: "Owing to a mix-up over which tab held the data, my
        # forecast was built on the wrong base", "With the mock board being a different make, I
        # skipped a step", "Given how quickly we moved through the close, I got the order wrong".
        return (i, end - 1)
    if w == "between" and "and" in cause and result_after:
        # "Between the fire drill and the late start, I didn't get to finish": two causes
        # weighed against the stumble.
        return (i, end - 1)
    if w in _WHEN:
        # "after the call dropped, I lost my place" blames; "after the interview I realised I got
        # it wrong" tells when: a failure named in the clause, and the stumble after it.
        if not (has_fail or has_fail_noun) or not _has_stumble(words, end, min(n, end + 12)):
            return None
        return (i, end - 1)
    # "Given how vague the brief was, I ended up ...": the cause's failure named as the premise.
    framed = framed or (w == "given" and has_fail and "how" in cause[:2])
    things_only = not _CAUSE_THINGS.isdisjoint(cause)
    if w == "with" and not things_only:
        has_thing = False  # "with a manager who ...": company, not a cause
    if w == "with" and i >= 2 and words[i - 1] in _CAME and words[i - 2] in _I | {"we"}:
        return None  # "I arrived with less time than I had planned": how the writer came in
    # The stumble near the cause is looked for only when nothing else decides.
    if not (
        has_fail_noun
        or has_fail
        or framed
        or (
            has_thing
            and (
                strong
                or _has_stumble(words, end, min(n, end + 12))
                or _has_stumble(words, max(0, i - 12), i)
            )
        )
    ):
        return None
    if any(x in _I for x in cause[:3]):
        return None  # "because I spent too long": the candidate's own doing
    if _sympathy_before(words, i):
        return None
    # Tied to the candidate's stumble elsewhere in the sentence (or a strong causal word).
    if (
        strong
        or (has_fail_noun and w in ("with", "given"))
        or _has_stumble(words, 0, i)
        or _has_stumble(words, end, n)
    ):
        return (i, end - 1)
    return None


_SINCE_WHEN = word_set("our then yesterday last today this")
# Causal words whose reason needs no cause word (_outside_reason reads it).
_REASON_FRAMES = word_set("with owing due thanks amid because")
# The writer's own in a reason ("given my nerves", "because I rushed"); "me" may stand in an
# outside reason ("given that nobody had sent me the template").
_WRITERS = _I | word_set("my myself our ourselves mine")
# How fast or how much: "given how quickly we moved", "given how little time there was".
_PACE = word_set("quickly fast quick rushed little short tight much many late long hurried")
# Words of an absolute clause: "with the board being a different make", "with the fire door
# banging": a state of things offered as the reason.
_ABSOLUTE = word_set("being having")


def _up_to_comma(words: list[str], k: int) -> list[str]:
    """words[k:] up to the first comma, colon or bracket (20 words at most), or up to a
    comparison, whose writer is only the measure ("a different make from what I'm used to")."""
    end = k
    while end < min(len(words), k + 20) and words[end] not in _COMPARED_OR_BREAK:
        end += 1
    return words[k:end]


_COMPARED_OR_BREAK = frozenset((",", ":", "(", ")")) | word_set("what than compared")


# Nouns of a relation, after which "between X and Y" names no cause.
_RELATION = word_set(
    "discrepancy discrepancies gap gaps difference differences mismatch mismatches link links "
    "relationship relationships balance tradeoff tradeoffs trade-off trade-offs distinction "
    "tension contrast correlation overlap choice choose choosing pick split interplay "
    "connection connections comparison conflict conflicts alignment handoff handoffs"
)
_BETWEEN_FAULT = FAIL_NOUNS | _SETUP_FAILS | FAILURES
# Help a person gave the writer: "thanks to your hint" credits it, it does not blame it.
_HELP = word_set(
    "hint hints pointer pointers note notes email emails message chat conversation feedback "
    "advice tip tips suggestion suggestions help explanation nudge followup follow-up reply"
)
# Adverbs between the comma and the writer's realising: "thanks to X, I now see ...".
_SOON = word_set("now then soon finally later quickly suddenly only")


def _credit(words: list[str], cause: list[str], end: int) -> bool:
    """Whether "thanks to <cause>" credits help rather than blames, ironically, a fault: no
    fault named in the cause, and either the writer realised something after it ("Thanks to
    the chat with Omar afterwards, I realised my estimate was too low": the cause showed the
    error, it did not make it) or the cause is help a person gave ("thanks to your pointer")."""
    if not (FAILURES.isdisjoint(cause) and FAIL_NOUNS.isdisjoint(cause)):
        return False
    if not _SETUP_FAILS.isdisjoint(cause):
        return False
    k = end + 1 if end < len(words) and words[end] == "," else end
    if k < len(words) and words[k] in _I:
        j = k + 1
        if j < len(words) and words[j] in _SOON:
            j += 1
        if j < len(words) and words[j] in _COGNITION:
            return True
    return not _HELP.isdisjoint(cause)


# A state of things that is praise: "with the panel being so welcoming" offers no reason.
_PRAISE_STATE = word_set(
    "friendly welcoming kind patient helpful supportive warm generous lovely nice great good "
    "calm relaxed encouraging pleasant positive attentive thoughtful engaging considerate "
    "understanding accommodating gracious"
)


def _outside_reason(w: str, cause: list[str], clause: list[str]) -> bool:
    """Whether `cause`, the phrase after the causal word `w`, is a reason outside the writer that
    is offered as one by its frame: a strong causal word ("owing to", "due to", "because of",
    "thanks to", "amid"), a pace or amount ("given how quickly we moved"), a premise with a lack
    or a failure ("given that nobody had sent me the rota", "given the echo"), or an absolute
    clause ("with the board being a different make"). Nothing of the writer's in it nor in the
    rest of its `clause` ("given how little I had slept")."""
    if len(cause) < 2 or not _WRITERS.isdisjoint(cause) or not _WRITERS.isdisjoint(clause):
        return False
    if w in ("due", "owing", "amid") or (w == "thanks" and cause[0] == "to"):
        return True
    if w == "because":
        return cause[0] == "of"
    if w == "given":
        if cause[0] == "how":
            return cause[1] in _PACE or cause[1] in FAILURES
        return not (_NEGATORS | FAIL_NOUNS | word_set("nobody noone")).isdisjoint(cause) or (
            not FAILURES.isdisjoint(cause) and not _CAUSE_SUBJECTS.isdisjoint(cause)
        )
    if w == "with":
        # "with the whole panel being so welcoming": praise, unless a fault is named too.
        praise = not _PRAISE_STATE.isdisjoint(cause) and FAILURES.isdisjoint(cause)
        return (not _ABSOLUTE.isdisjoint(cause[2:]) and not praise) or not FAIL_NOUNS.isdisjoint(
            cause
        )
    return False


# What became of the writer's work, said of the work: "my forecast was built on the wrong base",
# "my answer came out half-formed", "it came out muddled".
_WORSE = _OUTCOME_BAD | word_set(
    "muddled garbled jumbled scrambled messy sloppy weak poor vague mangled shaky thin patchy "
    "halfformed halfbaked halfremembered blank flat rambling disjointed"
)
_BECAME = word_set("was were came ended got went fell turned")


def _worse_result(words: list[str], lo: int, hi: int) -> bool:
    """Whether words[lo:hi] say the writer's work went wrong ("my answer on the gap was
    muddled", "my table being built on the wrong rate") or that the writer was below par ("I was
    not at my sharpest")."""
    for j in range(lo, hi):
        x = words[j]
        if x in ("my", "our"):
            for k in range(j + 1, min(hi, j + 10)):
                if words[k] in _CLAUSE_BREAK:
                    break
                if words[k] in _BECAME or words[k] == "being":
                    ahead = words[k + 1 : min(hi, k + 6)]
                    if not _WORSE.isdisjoint(ahead) or "too" in ahead:
                        return True
                    break
        elif x in ("it", "that", "this") and words[j + 1 : j + 3] == ["came", "out"]:
            ahead = words[j + 3 : min(hi, j + 6)]
            if not _WORSE.isdisjoint(ahead) or "too" in ahead:
                return True
        elif x in _I and words[j + 1 : j + 2] in (["was"], ["wasnt"]):
            ahead = words[j + 2 : min(hi, j + 7)]
            if ("not" in ahead or x == "wasnt" or words[j + 1] == "wasnt") and (
                "sharpest" in ahead or "best" in ahead
            ):
                return True
    return False


# What may stand before "between" when it weighs two causes: the sentence's or a clause's start
# ("Between the echo and the back-to-back format, my answer ...", "..., and between the lag and
# the timer I lost the thread"), not a noun it relates ("the gap between the two figures").
_OPENS_A_CAUSE = frozenset((",", ":", "(", "\u2014", "\u2013")) | word_set(
    "and but so honestly frankly what really though plus also"
)
# How the writer came to the interview: "I arrived with ...", "I went in with ...".
_CAME = word_set("arrived came went turned showed walked logged dialled dialed got started")


def _conditional(words: list[str], i: int) -> tuple[int, int] | None:
    """'Had the numbers been on the slide, I'd have got there', 'if the question had been
    worded differently, I would have answered it', 'if I'd had more time'."""
    n = len(words)
    # The consequence: "I would have / I'd have / I could have" later in the sentence.
    cons = -1
    for k in range(i + 2, min(n, i + 20)):
        if (
            words[k] in ("id", "i")
            and k + 1 < n
            and words[k + 1]
            in (
                "have",
                "would",
                "could",
                "wouldve",
                "couldve",
                "might",
                "probably",
                "definitely",
                "surely",
                "certainly",
            )
        ):
            cons = k
            break
    if cons < 0:
        return None
    cond = words[i + 1 : cons]
    if not any(x in ("had", "been", "were", "hadnt") for x in [*cond, words[i]]):
        return None
    subject = next((x for x in cond if x not in ("only", "just", "there")), "")
    if subject in _I or subject == "id":
        # "if I had had more time": the clock, not the candidate
        if any(x in _MORE for x in cond) and any(x in _DURATION for x in cond):
            return (i, cons - 1)
        if any(x in ("given", "allowed") for x in cond) and any(x in _MORE for x in cond):
            return (i, cons - 1)
        return None
    if subject == "you":
        if any(
            x
            in (
                "given",
                "let",
                "allowed",
                "explained",
                "clarified",
                "told",
                "warned",
                "mentioned",
                "said",
                "clearer",
            )
            for x in cond
        ):
            return (i, cons - 1)
        return None
    if words[i + 1] == "there" and any(x in _MORE for x in cond):
        return (i, cons - 1)
    if any(x in THINGS or x in PEOPLE for x in cond):
        return (i, cons - 1)
    return None


# The words without one of which each reading returns nothing (see where each returns a hit).
_FAILURE_NEEDS = FAILURES | _NEG_FAILURES | _FRAMING | word_set("caught wrong")
_PEOPLE_FAILURE_NEEDS = _PEOPLE_FAIL | word_set(
    "never didnt seemed knew bothered cared told said explained mentioned warned clarified asked"
)
_CONSEQUENCE_NEEDS = (
    word_set("so hence therefore thus and made forced caused pushed led left which enough such too")
    | _HARM
    | _FAVOURS
    | _SET
)
_PATIENT_NEEDS = _PATIENT | _PATIENT_NEG | _HANDED
_RESULT_OR_NEGATOR = _RESULT_STUMBLE | _NEGATORS
_WHICH_MADE = word_set("made forced left")
_CAUSE_WORDS = (THINGS | PEOPLE | FAIL_NOUNS | _SETUP_FAILS) - word_set("you time team everyone")
# _harm_or_result hits on a harm verb, a stumble or a bad outcome of the candidate's work
# ("which slowed my typing", "so my figures looked stale"): the consequence reading runs on them.
_HARM_OR_RESULT = _HARM | _FAVOURS | _SET | _STUMBLES | _OUTCOME_BAD

# A note without any of these words has no sentence the reading above could flag.
GATE = (
    THINGS | PEOPLE - word_set("you they he she team") | FAIL_NOUNS | _CAUSAL | word_set("i im we")
)


def sympathetic(low: str, start: int) -> bool:
    """Whether the blame-like phrase at `start` sits in sympathy with the reader ("sorry your
    Wi-Fi dropped", "I hope the connection on your side is sorted"): a sympathy word and "your"
    earlier in the same sentence (at most 80 characters back), and no stumble of the candidate's
    between them."""
    begin = max(0, start - 80)
    for ch in ".!?;\n":
        cut = low.rfind(ch, begin, start)
        if cut >= 0:
            begin = cut + 1
    toks = [m.group().replace("'", "") for m in _TOKEN.finditer(low, begin, start)]
    sym = next((k for k, w in enumerate(toks) if w in _SYMPATHY), -1)
    if sym < 0:
        return False
    after = toks[sym + 1 :]
    tail = [m.group() for m in _TOKEN.finditer(low, start, min(len(low), start + 60))]
    return ("your" in after or "your" in tail[:4]) and not any(w in _I for w in after)


def owned_with_apology(low: str, start: int) -> bool:
    """Whether the phrase at `start` begins with "my" (the candidate's own connection, laptop
    ...) in a sentence that apologises for it: ownership, not blame."""
    head = [m.group() for m in _TOKEN.finditer(low, start, min(len(low), start + 30))][:3]
    if not (head[:1] == ["my"] or (head[:1] and head[0] in _CAUSAL and "my" in head[1:])):
        return False
    begin = max(0, start - 80)
    for ch in ".!?;\n":
        cut = low.rfind(ch, begin, start)
        if cut >= 0:
            begin = cut + 1
    stop = min(len(low), start + 120)
    # The sentence's end found by the regex engine, not a Python loop per character.
    found = _STOP.search(low, start, stop)
    end = stop if found is None else found.start()
    stop = min(len(low), end + 80)  # the ownership may come in the next sentence
    window = low[begin:stop]
    return any(m.group() in _OWN_SORRY for m in _TOKEN.finditer(low, begin, end)) or any(
        phrase in window for phrase in _OWNING
    )


_OWNING = ("on me", "my fault", "should have", "my bad", "my mistake", "mine to", "i should've")


def disowned_at(low: str, start: int) -> bool:
    """Whether the sentence holding `start` takes the cause back ("the projector cut out, which
    made no difference", "not that the tool was at fault"). Reads one sentence, at most 300
    characters either side."""
    begin = max(0, start - 300)
    for ch in ".!?;\n":
        cut = low.rfind(ch, begin, start)
        if cut >= 0:
            begin = cut + 1
    stop = min(len(low), start + 300)
    # The sentence's end found by the regex engine, not a Python loop per character.
    found = _STOP.search(low, start, stop)
    end = stop if found is None else found.start()
    sentences = _words_of(low, begin, end)
    if not sentences:
        return False
    first = sentences[0]
    if _disowned(first) or (("but" in first or "and" in first) and _shrugged_off(first)):
        return True
    if first[0] in _OCCASION and _occasion_owned(first):
        return True
    # "I didn't spot it before the timer ran out": the clock as the deadline, not the cause.
    # Only a clock word: "until your colleague talked over me" names a cause acting.
    lead = [w for w in _TOKEN.findall(low, max(begin, start - 24), start) if w not in _DETERMINERS]
    if lead and lead[-1] in _DEADLINE:
        head = [
            w for w in _TOKEN.findall(low, start, min(end, start + 30)) if w not in _DETERMINERS
        ]
        if head and head[0] in _CLOCK:
            return True
    return _taken_back_next(low, start, end)


_DEADLINE = word_set("before until till")
# The clock as a deadline after "before/until": "before the timer ran out".
_CLOCK = word_set("timer timers clock time deadline bell buzzer countdown hour minutes")
# A sentence opening on the occasion: "When the requirements changed, I should have paused".
_OCCASION = word_set("when once after as whenever")
# The writer's own should-have as the main clause after the occasion.
_OWN_DUTY = word_set("should shouldve ought needed could couldve")
# How the occasion came about, said as a fault: "without warning", "with no notice", "halfway
# through", "suddenly", "kept changing", "the vague brief".
_JAB_MANNER = word_set(
    "without no notice warning halfway midway suddenly abruptly unexpectedly constantly "
    "repeatedly kept vague unclear ambiguous confusing misleading unfair unreasonable "
    "unrealistic lastminute last-minute"
)


def _occasion_owned(words: list[str]) -> bool:
    """ "When the requirements changed, I should have paused and restated them": a clause of
    when, then the writer's own should-have as the main clause. The cause is the occasion of the
    writer's failing, owned, not its reason (unless a "but" turns it back)."""
    comma = next((k for k in range(1, min(len(words), 20)) if words[k] == ","), -1)
    if comma < 0 or comma + 2 >= len(words) or words[comma + 1] not in ("i", "we"):
        return False
    # "When the requirements changed without warning halfway through, ...": the occasion
    # with its own fault is a jab, not an occasion owned.
    if not _JAB_MANNER.isdisjoint(words[1:comma]):
        return False
    k = comma + 2
    if words[k] in ("really", "probably", "clearly", "still"):
        k += 1
    return k < len(words) and words[k] in _OWN_DUTY and "but" not in words[k:]


# A sentence that takes back the one before: "It wasn't;", "That wasn't why.", "No excuse
# though: ...".
_TAKEN_BACK_OBJECT = word_set("why reason problem cause excuse issue it")


def _taken_back_next(low: str, start: int, end: int) -> bool:
    """Whether the cause at `start`, told as a plain fact (no "I", "me" or "my" after it in its
    sentence: "The video kept freezing during the exercise."), is taken back by the sentence
    that follows: "No excuse though: the bug was there before", "It wasn't; I wasn't listening".
    A sentence that says what the cause did to the writer ("I'm sure that slowed me down") is
    not cleared by a take-back after it. Reads 200 characters of the next sentence at most."""
    if not _FIRST.isdisjoint(w.replace("'", "") for w in _TOKEN.findall(low, start, end)):
        return False
    if end >= len(low) or (low[end] == "\n" and low[end + 1 : end + 2] == "\n"):
        return False  # the paragraph ends: what follows is another matter
    found = _STOP.search(low, end + 1, min(len(low), end + 200))
    stop = found.start() if found is not None else min(len(low), end + 200)
    pieces = _words_of(low, end + 1, stop)
    if not pieces:
        return False
    nxt = pieces[0][:12]
    if nxt[:1] in (["no"], ["not"], ["that"], ["though"]) and _disowned(nxt):
        return True
    if nxt[:1] in (["it"], ["that"], ["this"]) and nxt[1:2] in (["wasnt"], ["isnt"]):
        rest = nxt[2:3]
        return (
            not rest
            or rest[0] in _CLAUSE_BREAK
            or rest[0] in _TAKEN_BACK_OBJECT
            or (rest[0] in ("the", "an", "a") and nxt[3:4] != [] and nxt[3] in _TAKEN_BACK_OBJECT)
        )
    return False


# Words one of which every reading in _sentence_blame needs (failure and stumble words, causes
# named as failures, negators, the conditional and causative frames).
_SIGNALS = (
    FAILURES
    | FAIL_NOUNS
    | _PEOPLE_FAIL
    | _PATIENT
    | _NEGATORS
    | _RESULT_STUMBLE
    | _STUMBLES
    | _FRAMING
    | word_set(
        "due owing between amid caught given allowed another extra differently didnt wasnt "
        "couldnt cant wont dont doesnt isnt arent werent hadnt hasnt havent shouldnt wouldnt "
        "nothing nobody"
    )
    | _HARM
    | _HANDED
    | _SET
    | _FAVOURS
    | _EJECTED
    | _WORSE
    | word_set("being")
)

# Everyday words that matter only in these pairs ("made me", "cut off", "would have").
_SIGNAL_PHRASES = (
    "made me",
    "forced me",
    "caused me",
    "pushed me",
    "left me",
    "left out",
    "left no",
    "left little",
    "ran out",
    "ran late",
    "ran over",
    "cut off",
    "cut short",
    "cut me",
    "cut out",
    "cut in",
    "more time",
    "more minutes",
    "would have",
    "would've",
    "could have",
    "could've",
    "'d have",
    "id have",
    "if i'd",
    "if i had",
    "thanks to",
    "because of",
)
_SIGNALS = _SIGNALS - word_set("cut made left had if more")


def _pairs_at_space(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One scan for the phrases with a space, anchored on it: " " and then the words after the
    phrase's first space (a trie of them), with a lookbehind for the whole phrase at each end.
    A pattern that starts with a literal lets the engine jump from space to space; the trie of
    whole phrases started on any of a dozen letters and was tried at ~40 % of positions (twice
    the time). A lookbehind reads before `pos`, but the pieces searched start right after a
    sentence end, which no phrase holds, so a match is still a phrase inside the piece."""
    tails: dict[str, list[str]] = {}
    for phrase in phrases:
        tail = phrase.split(" ", 1)[1]
        tails.setdefault(tail, []).append(phrase)
    return re.compile(
        " (?:"
        + "|".join(
            re.escape(tail) + "(?:" + "|".join(f"(?<={re.escape(p)})" for p in found) + ")"
            for tail, found in sorted(tails.items())
        )
        + ")"
    )


# Whether one of them occurs: the phrases with a space in one scan (above), the others
# ("would've") by str.find.
_PAIRS = _pairs_at_space(tuple(p for p in _SIGNAL_PHRASES if " " in p))
_JOINED_PAIRS = tuple(p for p in _SIGNAL_PHRASES if " " not in p)


def _has_pair(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] holds a phrase of _SIGNAL_PHRASES (`start`: 0 or right after a
    sentence end)."""
    if _PAIRS.search(low, start, end) is not None:
        return True
    return any(low.find(p, start, end) >= 0 for p in _JOINED_PAIRS)
