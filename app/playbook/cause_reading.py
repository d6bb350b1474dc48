"""Blame read from the link between a cause and the candidate's difficulty (PLAYBOOK §4-5,
issue 14).

The phrase rules (lexicon.py) and the subject-predicate reading (clauses.py) catch a cause that
fails on its own ("the editor lagged"). Polite blame often says nothing bad about the cause and
puts the weight on what it did to the candidate, in one clause or the next:

- a cause that *made* something hard ("the lighting in the dry dock made the photos hard to
  read", "the echo made it tricky to follow you");
- a cause that *left no room* ("three flights in forty minutes doesn't leave much room", "the
  slot left me little time to ...");
- a cause that *meant* the candidate could not ("the late pack meant I couldn't reconcile ...");
- a cause clause followed by its consequence ("..., which is why I", "..., so I ended up");
- a concessive hedge over a cause and a failure ("to be fair, the brief was thin", "in my
  defence, nobody mentioned ...", "not that I'm complaining, but the room ...");
- a jab: "someone who actually read it", praise for someone who "finally" did their job;
- a cause with a lack, then ", which didn't help" (the time box too), ", so it slipped my mind",
  ", so my plan ended up ...", ", hence I ..."; a cause made illegible ("barely readable").

A cause named and disowned ("the lag was no excuse"), a difficulty of someone else's ("made it
hard for your customers"), the candidate as the cause ("my nerves made it hard", "I left no
time") and a reader's wish are not blame. The caller (tone.py) also drops sympathy, the
candidate's own kit owned with an apology, and reported speech.

Cost: `gate(vocab)` is a few set tests on the note's vocabulary; the sentences are read only when
a cause word and a link word are both in the note, and then only the sentences holding a link
word. Each sentence is read in one pass with fixed-size windows (linear), and the note is read up
to a budget of characters.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from app.playbook.clauses import FAIL_NOUNS, PEOPLE, THINGS, cleared
from app.playbook.pieces import Cut
from app.playbook.rules import word_set

_TOKEN = re.compile(r"[a-z0-9]++(?:['\u2019-][a-z0-9]++)*+|[,:()\u2014\u2013]")
_PIECE = re.compile(r"[^.!?;\n]++[.!?;\n]?")
_CUT = Cut(".!?;\n")  # the same pieces, found from their link words
_BUDGET = 40_000  # characters read per note; a longer note is judged on its first 40,000
_REACH = 30  # tokens a reading looks back for its cause: every window is fixed, so a scan is linear
_CONJUNCTIONS = frozenset(("and", "but", "because", "while", "whereas"))

# Causes outside the candidate: clauses.THINGS and the people of the process, plus what a
# candidate blames that is not kit ("the lighting", "the pack", "the invite", "the other
# candidate").
CAUSES: frozenset[str] = (
    THINGS
    | (PEOPLE - word_set("they he she someone somebody nobody noone everyone team"))
    | word_set(
        "light lighting glare echo noise noises drilling construction feed stream signal "
        "battery pack packs invite invitation calendar flights flight journey delay delays "
        "candidate candidates recruiter steer steering hint hints acronyms abbreviations jargon "
        "notice deadline countdown format panel panels schedule rota timetable photos photo "
        "images image pictures files file data numbers figures template templates form portal "
        "app system systems software laptop pc headphones queue reception security parking "
        "weather storm heat rain strike wording phrasing questioning rapid-fire interruptions "
        "timer clock lag audio sound line wifi wi-fi notes plan plans drawing drawings map sample "
        "samples print printout handout page booking invigilator examiner assessor proctor "
        "moderator scenario recording clip "
        # reference material handed over, and a lack or a muddle named as a thing
        "table chart card glossary dashboard record manual guide sheet list rate "
        "lack absence shortage shortness confusion mix-up muddle ambiguity"
    )
)
# Plurals too: "the exercises", "the interruptions".
CAUSES = CAUSES | frozenset(w + "s" for w in CAUSES if not w.endswith("s"))
# The causes that are things, not people: thanks to one of them is irony.
_THINGS = CAUSES - PEOPLE - word_set("candidate candidates recruiter panel panels")
# Words that name a difficulty or a failure of the cause.
_DIFFICULT = word_set(
    "hard harder difficult tricky trickier tough tougher impossible awkward challenging "
    "confusing near-impossible hardest"
)
_ROOM = word_set("room space slack scope margin chance opportunity time leeway breathing")
_LITTLE = word_set("little no hardly barely scant not nothing much enough any")
_FIRST = word_set("i im i'm ive i've id i'd ill i'll me my myself we were we're our")
_FIRST_SUBJECT = word_set("i im i'm ive i've id i'd ill i'll my myself we we're our")
_NEGATED = word_set(
    "didnt didn't doesnt doesn't dont don't wont won't never not cannot cant can't wasnt wasn't"
)
_MAKE = word_set("made makes make making")
_LEAVE = word_set("leave leaves left leaving")
_MEANT = word_set("meant means")
_ANAPHOR = word_set("which that this it all both these those")
# What a candidate could not do, after "meant I" or "so I": a stumble of theirs.
_STUMBLE = word_set(
    "couldnt couldn't could didnt didn't wasnt wasn't never only ended end lost missed "
    "ran rushed guessed skipped assumed went gave got fell forgot mixed jumped defaulted "
    "fumbled stumbled panicked blanked froze misread misheard answered built prepared chose "
    "picked focused"
)
# Words of a failure, a lack or a steer in the cause's clause ("you did steer me", "the pack had
# no figures", "the brief was thin").
_FAULTY = word_set(
    "steer steered steering nudge push pushed nudged pointed led directed no never nothing "
    "little barely hardly didnt didn't wasnt wasn't werent weren't doesnt doesn't couldnt "
    "couldn't hadnt hadn't without only late thin vague unclear ambiguous confusing misleading "
    "wrong missing short tight rushed noisy loud dark poor patchy choppy laggy kept changed "
    "shifted moved dropped froze crashed lagged cut overran sprung talked interrupted "
    "interrupting took rushing hurrying"
)
_FAULTY_OR_HARD = _FAULTY | _DIFFICULT | word_set("nobody noone enough")
_WHICH = word_set("which thats that's")
# Legibility denied: "the numbers were nearly not readable", "the scale was illegible".
_LEGIBLE = word_set("readable legible audible")
_ILLEGIBLE = word_set("unreadable illegible inaudible")
_SCARCELY = word_set("not barely hardly scarcely")
# The candidate in a clause: ", which didn't help" after it is their own cause.
_ME_IN = word_set("i im i'm ive i've id i'd me my myself")
_SPANS = word_set("minutes minute hours hour seconds time")
_HEDGES = ("to be fair", "in fairness", "in all fairness", "in my defence", "in my defense")
_CONCEDE = word_set("admittedly granted")
_NOT_THAT = re.compile(r"\bnot that (?:i'm|i am|im|i was|i'd|i)\b")
_DISOWN = re.compile(
    r"\bno excuse|\bnot an excuse|\bisn't an excuse|\bwasn't an excuse|\bnot (?:the|an) reason|"
    r"\bwasn't (?:the )?(?:reason|why|problem)|\bbut it (?:didn't|wasn't)|\blove to blame|"
    r"\blike to blame|\bcan't blame|\bcannot blame|\bwon't blame|\bnot to blame|\bnot blaming"
)
# One of these is in every match of _DISOWN (whose \b-led alternation the engine tries at each
# position): tested first with `in`, they spare most sentences the scan.
_DISOWN_KEYS = ("excuse", "reason", "wasn't ", "but it ", "blam")
_OTHERS = word_set(
    "customers customer users user clients client patients patient staff team them him her "
    "everyone people us you your residents students pupils guests visitors"
)
_PRAISE = word_set("glad nice good great lovely happy refreshing pleased relieved wonderful")
# "kind of the booking page to mention ...": thanks to a thing is irony.
_THANKED = _PRAISE | word_set("kind thoughtful helpful considerate generous")
# "had to [verb]" after "meant I": a forced stumble ("had to rush"), not a choice ("had to decide").
_FORCED = word_set(
    "rush guess skip cut improvise wing drop abandon stop hurry assume skim abbreviate truncate"
)
# Causal verbs with the candidate as object: "which threw me", "tripped me up".
_THREW = word_set(
    "threw tripped confused misled rattled distracted flustered unsettled derailed wrongfooted "
    "blindsided muddled"
)
# Verbs of steering: blame only with a wrong direction after "me" ("pointed me that way").
_STEERED = word_set("pointed steered pushed led nudged sent")
_WRONG_WAY = word_set("way wrong away astray off down")
# The candidate's own failure, before "because": "my answer came out wrong because the ...".
_MY_FAILURE = word_set(
    "wrong error errors mistake mistakes short vague missed blank loosely incomplete slip "
    "misread misjudged fumbled stumbled rushed lost skipped forgot confused mixed muddled "
    "wrongly incorrectly incorrect off shaky thin brief"
)
_STUMBLE_OR_FAILURE = _STUMBLE | _MY_FAILURE | word_set("ignored overlooked dropped")
# A perception or reading after "hard to": the candidate could not take the thing in.
_TAKE_IN = word_set(
    "read hear see follow understand parse make tell spot catch interpret grasp decipher"
)
_INABLE = word_set("couldnt couldn't barely hardly unable")
_FOCUS = word_set("think focus concentrate")
_OVER = word_set("over amid through")
_DEGREE = word_set("a bit little quite rather really very so pretty somewhat")
_PATIENT = word_set("squeezed rushed pressed stuck thrown cut hurried short confused lost")
_ORDINAL = word_set("third fourth fifth sixth seventh 3rd 4th 5th 6th")
_REPEATED = word_set(
    "person people time times reschedule rescheduling attempt attempts interviewer link room "
    "call email invite date go"
)
_IRONY = word_set("finally lucky charm lovely nice glad great suppose guess apparently")
# Past forms after ", so I" that report a good outcome, not a stumble.
_GOOD_ED = word_set(
    "learned learnt enjoyed managed finished succeeded improved solved decided asked checked "
    "followed prepared researched practised practiced noted appreciated"
)
_PARENTHETICAL = word_set("think suppose guess feel believe felt thought admit")
_JAB_PEOPLE = word_set("someone somebody anyone anybody interviewer interviewers panel recruiter")
_SNIDE = word_set("actual actually bother bothered")
# Someone at all: "finally meet someone who ..." (not "finally meet the recruiter who ...").
_ANYONE = word_set("someone somebody anyone anybody")
# Doing the job one was meant to do, said as news: "someone who actually read my CV".
_DID_THE_JOB = word_set("read used looked listened opened checked prepared turned showed")
_BREAK = frozenset(",:()\u2014\u2013") | word_set("and but because while whereas though although")

# What a cause turned out to be: "which turned out to be misleading".
_TURNED_FAULT = word_set(
    "misleading wrong incorrect inaccurate outdated out-of-date false untrue mistaken "
    "incomplete unreliable confusing ambiguous"
)
# A cause that brought the result about: "led to", "resulted in", "contributed to".
_LED_TO = word_set("led resulted contributed")
# A share of the stumble laid on a cause: "some of that is down to", "partly down to".
_SHARE = word_set("some part partly much lot half")
# Each reading as (its link words, words one of which must also be in the note): a note opens
# only the readings whose both sides it holds, and a sentence is read only when it holds a link
# word of an open reading.
_READINGS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (_MAKE, _DIFFICULT | word_set("sound seem look")),
    (_LEAVE, _ROOM),
    (_MEANT, word_set("i we")),
    (_THREW | _STEERED, word_set("me us")),
    (word_set("why"), word_set("which thats that's")),
    (word_set("because"), _MY_FAILURE | _FAULTY),
    (_INABLE, word_set("i we")),
    (_TAKE_IN, _DIFFICULT | word_set("easy")),
    (word_set("spent wasted"), word_set("time minutes half most ages")),
    (word_set("fair fairness defence defense admittedly granted"), _FAULTY_OR_HARD),
    (word_set("finally actually"), _PRAISE | _JAB_PEOPLE),
    (word_set("actually"), _THINGS),
    (word_set("least"), _JAB_PEOPLE | word_set("one person")),
    (word_set("first"), word_set("actual actually bother bothered")),
    (word_set("once"), _PRAISE),
    (word_set("eventually finally"), word_set("thanks thank")),
    (_ORDINAL, _IRONY),
    (_THANKED, word_set("of")),
    (_LEGIBLE | _ILLEGIBLE, _SCARCELY | _ILLEGIBLE),
    (word_set("help"), word_set("didn't didnt hardly")),
    (word_set("turned proved"), _TURNED_FAULT),
    # "..., which is how my figure came out off", "..., which is where I got it"
    (word_set("how where"), word_set("which thats that's")),
    # "..., which would explain it", "which goes some way to explaining why I ..."
    (word_set("explain explains explained explaining"), word_set("which that this")),
    # "the confusion over the data led to my number being off", "resulted in my table ..."
    (_LED_TO, word_set("my me i")),
    # "a muddled answer, not helped by the drill going off"
    (word_set("helped"), word_set("not")),
    # "some of that is down to how the task was framed"
    (word_set("down"), _SHARE),
    # "part of the problem was the price list in the pack"
    (word_set("problem reason trouble"), word_set("part")),
)
# ", so I ..." and ", so there ...": "so" alone is in most notes, so the pair is tested instead.
_SO = (
    ", so i ",
    ", so we ",
    ", so there ",
    ", so i'",
    ", so it ",
    ", so my ",
    ", hence i ",
    ", hence we ",
)


_ALL_LINKS = frozenset().union(*(words for words, _ in _READINGS))
# The links said only in a pair, with the substring that must be in the note for each.
_PAIRED_LINKS = {
    "how": "s how ",
    "where": "s where ",
    "resulted": "resulted in ",
    "contributed": "contributed to ",
    "down": "down to ",
    "problem": "part of the ",
    "reason": "part of the ",
    "trouble": "part of the ",
    "helped": "not helped ",
}
_PAIRED_LINK_WORDS = frozenset(_PAIRED_LINKS)
# Each link word's readings' partner words: gate() tests the few link words of a note, not
# every reading.
_PARTNERS_OF = {w: tuple(p for words, p in _READINGS if w in words) for w in _ALL_LINKS}


def gate(low: str, vocab: set[str]) -> tuple[str, ...]:
    """The link words whose readings can open on this note (empty: none can): a cause word,
    and a link word with its partner word. Set tests, and substring tests at C speed."""
    found = _ALL_LINKS.intersection(vocab)
    so = ", so " in low or ", hence " in low
    if not (found or so or "not" in vocab):
        return ()
    if "first" in vocab and not _SNIDE.isdisjoint(vocab) and "to" in vocab:
        found = found | {"first"}
    if "once" in vocab and "for once" in low and not _PRAISE.isdisjoint(vocab):
        found = found | {"once"}
    if CAUSES.isdisjoint(vocab):
        # Only a count of repeats needs no cause word ("third reschedule's the charm").
        ordinal = found & (_ORDINAL | {"first", "once"})
        return tuple(ordinal) if not _IRONY.isdisjoint(vocab) or ordinal & {"first", "once"} else ()
    if not _PAIRED_LINK_WORDS.isdisjoint(found):
        # Everyday words that link only in their pairs ("which is how", "led to", "down to",
        # "part of the problem", "not helped"): each kept only when its pair is in the note.
        found = frozenset(w for w in found if w not in _PAIRED_LINKS or _PAIRED_LINKS[w] in low)
    links = _opened(found, vocab)
    if "not" in vocab:
        if "could" in vocab and "could not" in low:
            links.add("could not")
        if "not that i" in low:
            links.add("not that i")
    if so:
        links.update(p for p in _SO if p in low)
    return tuple(links)


def _opened(found: Collection[str], vocab: set[str]) -> set[str]:
    """The link words of `found` that open: those a reading holds whose partner words meet the
    note's (the union of `words & found` over the readings with a partner in `vocab`)."""
    return {w for w in found if not all(map(vocab.isdisjoint, _PARTNERS_OF.get(w, ())))}


def blame_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Spans of sentences that hang the candidate's difficulty on an outside cause."""
    links = gate(low, vocab)
    if not links:
        return []
    spans: list[tuple[int, int]] = []
    floor = 0  # the start of the last piece read: the piece before the next is not before it
    # Only the pieces that hold a link word are read (most hold none), found from the links.
    for start, end in _CUT.holding(low, links, min(len(low), _BUDGET)):
        text = low[start:end]
        if text.endswith("?"):
            floor = start
            continue  # a question asks, it does not blame
        words = _words(low, start, end)
        if words and not (any(map(text.__contains__, _DISOWN_KEYS)) and _DISOWN.search(text)):
            prev: list[str] = []
            if _anaphoric_start(words):
                # The sentence before, unless it was a question.
                before = _CUT.before(low, start, floor)
                if before is not None and low[before[1] - 1] != "?":
                    prev = _words(low, *before)
            hit = _sentence(words, prev, text)
            if hit is not None:
                # Offsets are looked up only for the sentence that blames: a token's start and
                # end per word cost more than the whole reading of a calm sentence.
                at = [m.span() for m in _TOKEN.finditer(low, start, end)]
                spans.append((at[hit[0]][0], at[hit[1]][1]))
        floor = start
    return spans


# A rhetorical question that excuses the stumble: "How was I to know 'small' meant forty million
# users?" (the writer could not have known: an excuse by itself), or "Who knew the bell rings
# early on Fridays?" (surprise at the setup: blame when it names a cause).
_EXCUSE_QUESTION = re.compile(
    r"\bhow\s++(?:was\s++i\s++(?:to|supposed\s++to|meant\s++to|expected\s++to)\s++know|"
    r"(?:could|would|should)\s++i\s++(?:have\s++)?known)\b[^?.!\n]*+\?"
)
_SURPRISE_QUESTION = re.compile(
    r"\b(?:who\s++knew|who(?:\s++would|\s++could|'d)(?:\s++have|'ve)\s++(?:guessed|thought))"
    r"\b[^?.!\n]*+\?"
)
_QUESTION_WORDS = word_set("know known knew guessed thought")
# Besides a lack or the candidate: a time or a change that caught the candidate out.
_SURPRISED = word_set(
    "early earlier meant means mean changed moved expected counts count takes took minutes ages "
    "forever"
)


# A question whose answer is "nobody" or "no", set against the setup: "Who wouldn't lose the
# thread when the requirements change twice?", "How many people can recall a tax rate under a
# stopwatch?", "Was it realistic to expect a full schedule in fifteen minutes?", "Who builds a
# test sheet with a broken formula in it?". The frame (group 1, its tense group 2); the rest of
# the question is read up to its "?" (_nobody_questions).
# The "who <verb>s ...?" frame: someone who set the task up (one set, the alternation from it).
_WHO_DOES = word_set(
    "builds writes sets designs makes schedules gives hands expects asks prints runs plans"
)
_NOBODY_QUESTION = re.compile(
    r"\b((?:who\s++(?:wouldn't|would\s++not|couldn't|could\s++not)\s++(?:have\s++)?[a-z]++|"
    r"how\s++many\s++(?:people|candidates|folk|folks|of\s++us|humans)\s++(?:can|could|would)\s++"
    r"(?:really\s++)?(?:recall|remember|do|manage|get|keep|hold|think|solve|work)|"
    r"(was|is)\s++it\s++(?:really\s++|ever\s++)?(?:realistic|fair|reasonable|sensible|"
    r"possible)\s++to\s++(?:expect|ask)|"
    r"who\s++(?:" + "|".join(sorted(_WHO_DOES)) + r")))\b"
)
# What a "who wouldn't ..." question must say the writer did: a stumble, not "love" or "enjoy".
_NOBODY_STUMBLE = word_set(
    "lose struggle slip forget mix freeze panic blank miss stumble trip fumble misread mishear "
    "get make go drift wander crack lost struggled slipped forgotten mixed frozen panicked "
    "blanked missed stumbled tripped fumbled misread misheard got made gone drifted"
)
# After a light verb of that list, the failing itself: "who wouldn't get flustered", "make a
# slip", "go blank" (not "get excited", "make friends").
_NOBODY_LIGHT = word_set("get got make made go gone")
_NOBODY_FAILING = word_set(
    "lost flustered confused rattled muddled mixed stuck nervous thrown tongue-tied blank wrong "
    "mistake mistakes slip slips error errors mess muddle off quiet tangled"
)
# A present "is it fair to expect ...?" is about the setup only when it expects it of someone
# like the candidate ("of anyone to recall a rate under a stopwatch"); a goal or a plan ("to
# expect the dashboard live by March") is the pointed question PLAYBOOK §4 asks for.
_NOBODY_ASKED_OF = word_set(
    "anyone anybody someone somebody people candidates applicants me us one newcomers"
)
# The bare negations and limits of _LACK: in a question they often ask about scope ("when
# there is no QA lead", "without clashing"); a jab names a fault, or a thing set up "with no ...".
_BARE_LACK = word_set(
    "not no never nothing nobody none without only too than different barely hardly little "
    "left late old isn't isnt aren't arent doesn't doesnt don't dont wouldn't wouldnt"
)
_WITH_NO = re.compile(r"\bwith\s++no\b|\bwithout\s++(?:a|an|any)\b")
# Whether a note may hold such a question: set tests, then a substring test for "who would not".
_NOBODY_WORDS = word_set("wouldn't couldn't many realistic fair reasonable sensible possible")


def _nobody_gate(low: str, vocab: set[str]) -> bool:
    if not _NOBODY_WORDS.isdisjoint(vocab):
        return True
    if "who" not in vocab:
        return False
    return not _WHO_DOES.isdisjoint(vocab) or "who would not" in low or "who could not" in low


# The setup in the rest of the question: a cause, a lack, a fault, or the clock.
_CLOCK = word_set(
    "stopwatch clock timer minutes minute seconds memory slot pressure mid-answer twice changes "
    "change changed changing"
)


def _nobody_questions(low: str, limit: int) -> list[tuple[int, int]]:
    """Spans of the "nobody could" questions (_NOBODY_QUESTION) in `low` up to `limit`: only a
    sentence that ends in "?" is searched for a frame, so each character is read a bounded
    number of times."""
    spans: list[tuple[int, int]] = []
    lo = 0
    q = low.find("?", 0, limit)
    while q >= 0:
        begin = max(lo, low.rfind(".", lo, q) + 1, low.rfind("!", lo, q) + 1)
        begin = max(begin, low.rfind("\n", lo, q) + 1)
        m = _NOBODY_QUESTION.search(low, begin, q)
        if m is not None and _nobody_at(low, m, q):
            spans.append((m.start(), q + 1))
        lo = q + 1
        q = low.find("?", lo, limit)
    return spans


def _nobody_at(low: str, m: re.Match[str], q: int) -> bool:
    """Whether the frame `m`, its question ending at the "?" at `q`, sets the setup against the
    candidate (_nobody_questions)."""
    frame = m.group(1)
    verb = frame.rsplit(None, 1)[-1]
    rest = _words(low, m.end(1), q + 1)
    faults = (_LACK | FAIL_NOUNS).intersection(rest)
    named = bool(faults - _BARE_LACK) or _WITH_NO.search(low, m.end(1), q) is not None
    if frame.startswith("who"):
        if verb not in _NOBODY_STUMBLE and verb not in _WHO_DOES:
            return False  # "who wouldn't love a map like that?": delight, not an excuse
        if verb in _NOBODY_LIGHT:
            after = rest[:2]
            if after[:1] in (["a"], ["an"], ["the"]):
                after = after[1:]
            if _NOBODY_FAILING.isdisjoint(after[:1]):
                return False  # "who wouldn't get excited about ...?"
        if verb in _WHO_DOES and not named:
            # "Who builds a test sheet with a broken formula in it?" is a jab; "who makes the
            # call on scope?" or "who writes the runbooks when there is no lead?" asks.
            return False
    elif frame.startswith("how"):
        if verb in ("do", "manage", "get", "work") and not named and _CLOCK.isdisjoint(rest):
            return False  # "how many people can work on the system at once without clashing?"
    elif m.group(2) == "is" and _NOBODY_ASKED_OF.isdisjoint(rest[:1]):
        return False  # "is it realistic to expect the dashboard live by March?": a goal
    return not (CAUSES | FAIL_NOUNS | _CLOCK).isdisjoint(rest) or not _LACK.isdisjoint(rest)


def rhetorical_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Spans of rhetorical questions that put the stumble on the setup (PLAYBOOK §5, issue 14:
    sarcasm at the process is blame). A set test first: most notes hold no such word or no
    question mark."""
    if "?" not in low:
        return []
    nobody = _nobody_questions(low, min(len(low), _BUDGET)) if _nobody_gate(low, vocab) else []
    if _QUESTION_WORDS.isdisjoint(vocab):
        return nobody
    spans = nobody + [m.span() for m in _EXCUSE_QUESTION.finditer(low, 0, min(len(low), _BUDGET))]
    for m in _SURPRISE_QUESTION.finditer(low, 0, min(len(low), _BUDGET)):
        words = _words(low, m.start(), m.end())
        # Surprise at the setup blames when the setup did the candidate a bad turn ("Who knew
        # the bell rings early on Fridays?", "who knew the brief meant ..."): a fault, a lack or
        # the candidate in it. Delight at the subject ("Who knew a ferry timetable could hide so
        # much maths?") names a cause word and no such thing.
        if not CAUSES.isdisjoint(words) and not (_LACK | _ME | _SURPRISED).isdisjoint(words):
            spans.append(m.span())
    return sorted(spans)


# Excuses said as what anyone would have done, or nobody could have done (issue 14, blame in
# plain words): "anyone's sauce would have gone", "anyone would have struggled with that
# timer", "a footnote nobody could be expected to spot", "nobody could have seen that coming"
# (an event nobody "predicted" is left out, as lexicon.py leaves it: about the event).
# ("Anyone would have caught that" owns: a verb of success after "anyone" is not read.)
_ANYONE_WOULD = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody)(?:'s\s++[a-z-]++)?\s++(?:would|could|might)"
    r"(?:\s++(?:well|easily|probably|have))?\s++(?:have\s++)?(?:been\s++)?"
    r"(?:struggled|gone|split|failed|missed|slipped|stumbled|frozen|froze|panicked|blanked|"
    r"burnt|burned|curdled|collapsed|crashed|misread|misheard|lost|thrown|rattled|flustered|"
    r"got\s++it\s++wrong|made\s++the\s++same|done\s++the\s++same|tripped)\b"
)
_NOBODY_COULD = re.compile(
    r"\b(?:nobody|no\s++one|no-one)\s++(?:could|would)\s++(?:(?:reasonably\s++)?be\s++expected\s++to|"
    r"(?:possibly\s++)?have)\s++(?:spot|spotted|see|seen|know|known|catch|caught|notice|noticed|"
    r"guess|guessed|follow|followed|read|hear|heard|find|found)\b"
)
# The writer's own week offered as the reason: "After the week I've had with my mum in hospital,
# I wasn't in any state to be interviewed".
_HARD_WEEK = re.compile(
    r"\bafter\s++(?:the|a)\s++(?:week|weekend|day|month|night|morning|fortnight|year)\s++"
    r"(?:(?:that\s++)?i(?:'ve|\s++have|'d|\s++had)\s++had|i\s++had)\b"
)
# "you'd be lucky to get a clean cut out of it": generic you, and a fault in its sentence.
_LUCKY_TO = re.compile(r"\byou(?:'d|\s++would)\s++be\s++lucky\s++to\b")
_PLAIN_WORDS = word_set(
    "anyone anybody everyone everybody nobody one no-one after lucky told advised given sent "
    "briefed late cancelled canceled delayed diverted held stuck"
)
# Lateness put on an outside cause (b48): "I arrived fifteen minutes late because reception
# had me down for the wrong floor", "I joined ten minutes late because the invite had converted
# the time wrongly"; and the cause first: "The 8:10 was cancelled, so I was on the next one",
# "the train from the airport was delayed so I walked in flustered". Not the writer's own cause
# ("late because I misjudged the traffic", "I was stuck on the recursion, so I ...").
_LATE = re.compile(
    r"\bi\s++(?:arrived|was|got\s++(?:there|in)|joined|turned\s++up|showed\s++up|logged\s++on|"
    r"came\s++in|dial(?:l)?ed\s++in)\s++(?:[a-z0-9]++\s++){0,3}?late\b"
)
_LATE_BECAUSE = re.compile(
    r"[^.!?\n]{0,40}?\b(?:because|as|since|due\s++to|owing\s++to|thanks\s++to)\s++"
)
_HELD_UP = re.compile(
    r"\b(?:was|were|got)\s++(?:cancelled|canceled|delayed|diverted|held\s++up|stuck)\b"
)
_HELD_UP_LINK = re.compile(r",?\s++so\s++i\b|\bwhich\s++(?:is\s++why|meant)\b")
# What the writer was told or given, in the passive, offered as the reason for a stumble (b48):
# "I was told by the coordinator this round would be behavioural, so I hadn't brought the
# numbers", "I'd been told the post was paediatric, so I was thinking in the wrong ranges", "As
# I'd been advised to keep every answer under two minutes, I cut it short". The frame, then a
# link to a clause of the writer's that tells a lack or a slip (not "I was told you lead the
# platform team, so I'd love to hear more").
_TOLD = re.compile(
    r"\bi(?:\s++was|\s++had\s++been|'d\s++been|\u2019d\s++been)\s++(?:[a-z]++\s++)?"
    r"(?:told|advised|given|sent|briefed)\b"
)
_TOLD_LINK = re.compile(
    r",\s*+so\b|\sso\s++i\b|\bwhich\s++is\s++why\b|,\s*+which\s++(?:made|meant|left|threw)\b"
)
_TOLD_OPENERS = ("as ", "since ", "because ")
_TOLD_LACK = (
    _STUMBLE_OR_FAILURE
    | _NEGATED
    | word_set(
        "hadnt hadn't less struggled thrown surprise harder hard caught different wrong unprepared "
        "underprepared short"
    )
    - word_set("answered built prepared chose picked focused gave got went ran only end")
)


def plain_excuse_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Spans of excuses said in plain words (the patterns above). A set test first: most notes
    hold none of their words. Each pattern is linear (possessive runs, no nested repeats)."""
    if _PLAIN_WORDS.isdisjoint(vocab):
        return []
    limit = min(len(low), _BUDGET)
    found = _plain_excuses(low, vocab, limit)
    # An excuse taken back in its own sentence ("Nobody could have predicted the downpour, and it
    # changed nothing: the fall was mine") is not one.
    return [
        (a, b)
        for a, b in found
        if not _GIVEN_UP.search(low, a, _sentence_end(low, b))
        and not _DISOWN.search(low, a, _sentence_end(low, b))
    ]


def _sentence_end(low: str, at: int) -> int:
    """Where the sentence running at `at` ends (a line break counts; a colon does not), 300
    characters on at most."""
    stop = _SENTENCE_MARK.search(low, at, min(len(low), at + 300))
    return stop.start() if stop is not None else min(len(low), at + 300)


def _plain_excuses(low: str, vocab: set[str], limit: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not vocab.isdisjoint(("anyone", "anybody", "everyone", "everybody")):
        spans += [m.span() for m in _ANYONE_WOULD.finditer(low, 0, limit)]
    if not vocab.isdisjoint(("nobody", "one", "no-one")):
        spans += [m.span() for m in _NOBODY_COULD.finditer(low, 0, limit)]
    if "after" in vocab:
        for m in _HARD_WEEK.finditer(low, 0, limit):
            # Offered as the reason for a stumble in its sentence ("..., I wasn't in any state
            # to be interviewed"), not as praise ("..., our talk was the best part of it").
            stop = _SENTENCE_MARK.search(low, m.end(), min(len(low), m.end() + 200))
            after = _words(low, m.end(), stop.start() if stop else min(len(low), m.end() + 200))
            if not (_STUMBLE_OR_FAILURE | _NEGATED).isdisjoint(after):
                spans.append(m.span())
    if not vocab.isdisjoint(("told", "advised", "given", "sent", "briefed")):
        spans += _told_so(low, limit)
    if "late" in vocab or not vocab.isdisjoint(_HELD_WORDS):
        spans += _late_for_a_cause(low, vocab, limit)
    if "lucky" in vocab:
        for m in _LUCKY_TO.finditer(low, 0, limit):
            # Its sentence, 200 characters back and 120 on at most: "the blade was blunt as,
            # you'd be lucky to ..." (a fault), not "you'd be lucky to find a better team".
            a = max(0, m.start() - 200)
            for ch in ".!?\n":
                a = max(a, low.rfind(ch, a, m.start()) + 1)
            stop = _SENTENCE_MARK.search(low, m.end(), min(len(low), m.end() + 120))
            b = stop.start() if stop is not None else min(len(low), m.end() + 120)
            if not _LACK.isdisjoint(_words(low, a, b)):
                spans.append(m.span())
    return sorted(spans)


_HELD_WORDS = word_set("cancelled canceled delayed diverted held stuck")


def _late_for_a_cause(low: str, vocab: set[str], limit: int) -> list[tuple[int, int]]:
    """Spans of lateness given an outside cause in its sentence (_LATE, _HELD_UP)."""
    spans: list[tuple[int, int]] = []
    if "late" in vocab:
        for m in _LATE.finditer(low, 0, limit):
            link = _LATE_BECAUSE.match(low, m.end())
            if link is None:
                continue
            # its subject: "because I misjudged", "due to my ..." are the writer's own
            cause = _words(low, link.end(), _sentence_end(low, link.end()))[:2]
            if cause and _ME.isdisjoint(cause) and "we" not in cause and "our" not in cause:
                spans.append((m.start(), _sentence_end(low, link.end())))
    if not vocab.isdisjoint(_HELD_WORDS):
        for m in _HELD_UP.finditer(low, 0, limit):
            begin = max(0, m.start() - 120)
            for ch in ".!?\n":
                begin = max(begin, low.rfind(ch, begin, m.start()) + 1)
            subject = _words(low, begin, m.start())
            if not subject or subject[-1] in ("i", "we", "you") or not _ME.isdisjoint(subject):
                continue  # "I was stuck on the recursion": the writer's own
            end = _sentence_end(low, m.end())
            if _HELD_UP_LINK.search(low, m.end(), min(end, m.end() + 60)) is not None:
                lead = low[begin : m.start()]
                spans.append((begin + len(lead) - len(lead.lstrip()), end))
    return spans


def _told_so(low: str, limit: int) -> list[tuple[int, int]]:
    """Spans of _TOLD frames given as the reason for a lack or slip of the writer's in the same
    sentence: after a link (", so", "which is why"), or as the reason a sentence opens on ("As
    I'd been advised ..., I cut it short"). Each frame reads its own sentence, 300 characters on
    at most."""
    spans: list[tuple[int, int]] = []
    for m in _TOLD.finditer(low, 0, limit):
        end = _sentence_end(low, m.end())
        begin = max(0, m.start() - 12)
        for ch in ".!?\n":
            begin = max(begin, low.rfind(ch, begin, m.start()) + 1)
        lead = low[begin : m.start()].lstrip()
        link = _TOLD_LINK.search(low, m.end(), end)
        if link is not None:
            after = link.end()
        elif lead.startswith(_TOLD_OPENERS):
            comma = low.find(",", m.end(), end)
            if comma < 0:
                continue
            after = comma + 1
        else:
            continue
        clause = _words(low, after, end)[:12]
        if clause and not _TOLD_LACK.isdisjoint(clause):
            spans.append((m.start(), end))
    return spans


# A sentence that opens on an outside reason and goes on to the writer's stumble: "Given that
# the schema was only shared on the day, I ended up joining on email", "Since the calculator on
# the desk was set to mg, I misread the rate", "What with the room change, I lost my place".
# The reason's clause names no first person; the main clause is the writer's slip, told with a
# verb of stumbling (not "I answered", "I built": a reason for a choice is no excuse).
_OPENING_CAUSES = ("given", "since", "because", "what with", "seeing as")
_SLIPPED = word_set(
    "ended rushed missed lost froze guessed skipped assumed forgot mixed jumped defaulted "
    "fumbled stumbled panicked blanked misread misheard misjudged misunderstood couldn't "
    "couldnt didn't didnt wasn't wasnt never ran got went fell overlooked"
)
# Verbs that tell a slip only in some sentences ("I ended up reading your paper", "I got lost in
# how neat the design is", "I missed my train"); the plain slips ("misread", "froze") always do.
_LOOSE_SLIPS = word_set("ended missed lost got went ran fell jumped")
# A fault or lack in the reason; "talked", "took" and "kept" are faults only with what follows
# ("talked over me", "took ages"), and "the volumes you talked through" blames nothing.
_REASON_FAULT = _FAULTY_OR_HARD - word_set("talked took kept")
_SOFTENERS = word_set("just simply then basically really kind sort of probably completely")
# "Since our call", "Since then": when, not why.
_WHEN_NOT_WHY = word_set("then our we i my last yesterday today")


def opening_cause_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Spans of sentences that open on an outside reason and then tell the writer's stumble.
    Each opener's occurrences are found with str.find and read only at a sentence's start."""
    if _SLIPPED.isdisjoint(vocab) or ("i" not in vocab and "we" not in vocab):
        return []
    spans: list[tuple[int, int]] = []
    limit = min(len(low), _BUDGET)
    for opener in _OPENING_CAUSES:
        if opener.split()[0] not in vocab:
            continue
        at = low.find(opener, 0, limit)
        while at >= 0:
            end = at + len(opener)
            k = at - 1
            while k >= 0 and low[k] in " \t":
                k -= 1
            if (k < 0 or low[k] in ".!?\n") and low[end : end + 1] == " ":
                hit = _opening_cause(low, at, end, limit)
                if hit is not None:
                    spans.append(hit)
            at = low.find(opener, end, limit)
    return sorted(spans)


def _opening_cause(low: str, at: int, end: int, limit: int) -> tuple[int, int] | None:
    stop = _SENTENCE_MARK.search(low, end, min(limit, end + 300))
    s_end = stop.start() if stop is not None else min(limit, end + 300)
    comma = low.find(",", end, s_end)
    if comma < 0:
        return None
    reason = _words(low, end, comma)
    if low.startswith(" that", end):
        reason = reason[1:]
    if len(reason) < 3 or reason[0] in _WHEN_NOT_WHY or not _ME.isdisjoint(reason):
        return None
    main = _words(low, comma + 1, s_end)[:6]
    if not main or main[0] not in ("i", "we"):
        return None
    k = 1
    while k < len(main) and main[k] in _SOFTENERS:
        k += 1
    if k >= len(main) or main[k] not in _SLIPPED:
        return None
    if main[k] in ("got", "went", "ran", "fell") and (
        k + 1 >= len(main) or main[k + 1] not in ("wrong", "lost", "out", "short", "blank", "off")
    ):
        return None  # "I got the job", "I went for X": the slip only with its particle
    if main[k] in _LOOSE_SLIPS and _REASON_FAULT.isdisjoint(reason):
        # "Since the tour ran over, I missed my train, which was worth it": such a verb is a
        # slip only when the reason blames something ("given how vague the brief was, I ended
        # up ..."); after a neutral reason the sentence is news.
        return None
    return at, comma


def _anaphoric_start(words: list[str]) -> bool:
    return any(w in _ANAPHOR for w in words[:2])


def _words(low: str, begin: int, end: int) -> list[str]:
    """The tokens of low[begin:end] as words (a curly apostrophe straightened), in C calls."""
    found = _TOKEN.findall(low, begin, end)
    if low.find("\u2019", begin, end) >= 0:
        found = [w.replace("\u2019", "'") for w in found]
    return found


# The words at which the loop of _sentence can find a link; any other word is skipped with one
# set test (each branch below starts with a test that the word is one of these).
_LINK_STARTS = (
    _MAKE
    | _LEAVE
    | _MEANT
    | _THREW
    | _STEERED
    | _INABLE
    | _ILLEGIBLE
    | _LEGIBLE
    | _TAKE_IN
    | word_set("why so hence and because could help turned proved")
    | word_set("how where explain explains explained explaining helped down problem reason")
    | _LED_TO
    | word_set("trouble")
)


def _sentence(words: list[str], prev: list[str], text: str) -> tuple[int, int] | None:
    """Word indices (first, last) of the span by which the sentence `words` blames, or None;
    `prev` is the sentence before (its words, or empty when not needed)."""
    n = len(words)
    for i, w in enumerate(words):
        if w not in _LINK_STARTS:
            continue
        j = -1
        at = i  # where the link starts: the cause's clause ends before it
        needs_fault = False
        if w in _MAKE:
            j = _made_hard(words, i)
        elif w in _LEAVE:
            j = _no_room(words, i)
        elif w in _MEANT:
            j = _meant_i(words, i)
        elif w in _LED_TO and i + 2 < n and words[i + 1] in ("to", "in"):
            j = _led_to_mine(words, i + 2)
        elif w in _THREW or w in _STEERED:
            j = _threw_me(words, i)
        elif w == "why" and i >= 2 and words[i - 1] == "is" and words[i - 2] in _WHICH:
            j, at, needs_fault = _then_i(words, i + 1), i - 2, True
        elif (
            w == "why"
            and i >= 3
            and words[i - 1] in _PARTLY
            and words[i - 2] == "is"
            and words[i - 3] in _WHICH
        ):
            # "which is partly why ...": the cause offered as part of the reason is blame too.
            j, at, needs_fault = _then_i(words, i + 1), i - 3, True
        elif (
            w in ("how", "where")
            and i >= 2
            and words[i - 1] in ("is", "was")
            and words[i - 2] in _WHICH
        ):
            # "..., which is how my churn figure came out off", "..., which is where I got it":
            # the cause named as the way the stumble came about.
            j, at = _then_i(words, i + 1), i - 2
        elif w.startswith("explain") and (at := _explains_it(words, i)) >= 0:
            j = i
        elif w == "helped" and i >= 1 and words[i - 1] == "not" and i + 1 < n:
            hit = _not_helped_by(words, i)
            if hit is not None:
                return hit
            continue
        elif (w == "down" and i + 1 < n and words[i + 1] == "to") or (
            w in ("problem", "reason", "trouble") and words[max(0, i - 3) : i - 1] == ["part", "of"]
        ):
            hit = _laid_on(words, i)
            if hit is not None:
                return hit
            continue
        elif w in ("turned", "proved") and i and words[i - 1] == "which":
            # "the brief ... said the object had been assessed, which turned out to be
            # misleading": the cause judged at fault after the fact.
            j = _turned_out(words, i)
            at = i - 1
        elif w in ("so", "hence") and i and words[i - 1] == ",":
            j, needs_fault = _then_i(words, i + 1), True
        elif w == "and" and i + 2 < n and words[i + 1] in ("i", "we"):
            j = _and_i_lost(words, i + 1)
        elif w == "because":
            hit = _because(words, i)
            if hit is not None:
                return hit
            continue
        elif w in _INABLE or (w == "could" and i + 1 < n and words[i + 1] == "not"):
            hit = _result(words, i)
            if hit is not None:
                return hit
            continue
        elif w in _ILLEGIBLE or (w in _LEGIBLE and not _SCARCELY.isdisjoint(words[i - 3 : i])):
            cause = _illegible_cause(words, i)
            if cause is not None:
                return (cause, i)
            continue
        elif w == "help" and i >= 3 and _no_help(words, i):
            start = _unhelpful(words, i)
            if start is not None:
                return (start, i)
            continue
        elif w in _TAKE_IN and i >= 2 and words[i - 1] == "to":
            hit = _hard_to_take_in(words, i)
            if hit is not None:
                return hit
            continue
        if j < 0:
            continue
        stop = min(j, n - 1)
        cause = _cause_before(words, at, needs_fault)
        if cause is not None:
            return (cause, stop)
        # (A cause at index 0 of the previous sentence is falsy here, as it always was.)
        if _anaphoric(words, at) and prev and _cause_before(prev, len(prev), needs_fault):
            return (0, stop)
    for reading in (_hedged, _jab):
        hit = reading(words, text)
        if hit is not None:
            return hit
    return None


def _explains_it(words: list[str], i: int) -> int:
    """ "..., which would explain it", "..., which goes some way to explaining why I confused
    ...", "That explains my wrong figure": the index of the "which"/"that"/"this" that opens the
    clause (after a comma or at the sentence's start), when what is explained is the stumble
    ("it", "why I", "my ..."); or -1."""
    after = words[i + 1 : i + 3]
    if not after or not (
        after[0] in ("it", "my", "that")
        or (after[0] == "why" and after[1:2] and after[1] in ("i", "my", "we", "it"))
    ):
        return -1
    if (
        after[0] in ("my", "why")
        and not _names_a_stumble(words[i + 2 : i + 10])
        and (_FAULTY | _LACK).isdisjoint(words[max(0, i - 20) : i])
    ):
        # "the dashboard was impressive, which explains my enthusiasm": no stumble explained
        # and no fault in the cause ("one runs short of examples, which may explain why I
        # reused the story" has one).
        return -1
    for k in range(i - 1, max(-1, i - 7), -1):
        if words[k] in ("which", "that", "this"):
            return k if k == 0 or words[k - 1] == "," else -1
        if words[k] in _BREAK:
            return -1
    return -1


# What "which explains my ..." / "why I ..." must explain: a failure of the writer's ("my wrong
# figure", "why I missed the shift"), not "my enthusiasm" or "why I chose this field".
_EXPLAINED = _MY_FAILURE | word_set(
    "couldnt couldn't didnt didn't wasnt wasn't never missed lost forgot forgotten mixed fumbled "
    "stumbled panicked blanked froze misread misheard guessed skipped assumed defaulted overlooked "
    "ignored dropped slipped"
)


def _names_a_stumble(words: list[str]) -> bool:
    """Whether `words` (up to a clause break) name a failure of the writer's (_EXPLAINED)."""
    for w in words:
        if w in _BREAK:
            return False
        if w in _EXPLAINED or (w.startswith("mis") and len(w) > 5):
            return True
    return False


def _led_to_mine(words: list[str], k: int) -> int:
    """After "led to" / "resulted in": the writer's work or the writer, and a failure within a
    few words ("my churn number being off", "my table being built on the wrong rate", "me
    misreading the scale"); the failure's index, or -1."""
    if k >= len(words) or words[k] not in ("my", "me", "i"):
        return -1
    for m in range(k + 1, min(len(words), k + 10)):
        if words[m] in _BREAK:
            return -1
        if words[m] in _STUMBLE_OR_FAILURE or words[m].startswith("mis"):
            return m
    return -1


def _not_helped_by(words: list[str], i: int) -> tuple[int, int] | None:
    """ "I gave a muddled answer, not helped by the drill going off mid-answer": an outside cause
    after "not helped by", nothing of the writer's in it."""
    if words[i + 1 : i + 2] != ["by"]:
        return None
    for m in range(i + 2, min(len(words), i + 7)):
        w = words[m]
        if w in _FIRST or w in _BREAK:
            return None
        if w in CAUSES or w in FAIL_NOUNS or (w in _OTHERS_THING and m == i + 2):
            return (i - 1, min(len(words) - 1, m + 1))
    return None


# What a stumble can be laid on after "down to": how a task was set, or someone else's thing.
_LAID_ON_HOW = word_set("how the your their a")


def _laid_on(words: list[str], i: int) -> tuple[int, int] | None:
    """ "some of that is down to how the task was framed", "part of the problem was the price
    list in the pack": a share of the stumble laid on an outside cause (not "down to me", not
    "down to my nerves"). The share word must come before it in its clause."""
    if words[i] == "down":
        begin = i - 1
        while begin >= max(0, i - 8) and words[begin] not in _BREAK:
            begin -= 1
        if _SHARE.isdisjoint(words[begin + 1 : i]) or not _FIRST.isdisjoint(words[begin + 1 : i]):
            return None
        at = i + 2
    else:
        if words[i + 1 : i + 2] not in (["was"], ["is"], ["were"]):
            return None
        at = i + 2
        if words[i] == "reason" and (_FRAMED_OR_FAULT | _LACK).isdisjoint(words[at:]):
            return None  # "part of the reason was the way the team shares on-call, which I liked"
    ahead = words[at : at + 6]
    if not ahead or ahead[0] not in _LAID_ON_HOW or not _FIRST.isdisjoint(ahead):
        return None
    if ahead[0] == "how" and _FRAMED_OR_FAULT.isdisjoint(ahead):
        return None  # "down to how much practice I'd had" names the writer: read above
    return (max(0, i - 3), min(len(words) - 1, at + len(ahead) - 1))


_FRAMED_OR_FAULT = (
    word_set(
        "framed worded phrased put set asked posed run organised organized structured described"
    )
    | _FAULTY
)


def _turned_out(words: list[str], i: int) -> int:
    """ "which turned out (to be) misleading", "which proved wrong": the fault's index, or -1."""
    k = i + 1
    if words[i] == "turned":
        if k >= len(words) or words[k] != "out":
            return -1
        k += 1
    if words[k : k + 2] == ["to", "be"]:
        k += 2
    while k < len(words) and words[k] in _DEGREE:
        k += 1
    return k if k < len(words) and words[k] in _TURNED_FAULT else -1


def _threw_me(words: list[str], i: int) -> int:
    """ "which threw me", "tripped me up", "pointed me that way": the index after "me", or -1."""
    if i + 1 >= len(words) or words[i + 1] not in ("me", "us"):
        return -1
    if words[i] in _THREW:
        return i + 1
    after = words[i + 2 : i + 5]
    return i + 2 if not _WRONG_WAY.isdisjoint(after) and "right" not in after else -1


def _illegible_cause(words: list[str], i: int) -> int | None:
    """An outside cause as the subject of the clause (back to a comma or a conjunction) that
    ends "not readable": "the numbers were nearly not readable"; "my notes were illegible" is
    the candidate's own."""
    begin = i - 1
    while begin >= max(0, i - _REACH) and words[begin] not in _BREAK:
        begin -= 1
    for k in range(begin + 1, min(i, begin + 6)):
        if words[k] in _FIRST:
            return None
        if words[k] in CAUSES:
            return k
    return None


def _no_help(words: list[str], i: int) -> bool:
    """ ", which didn't help", "which hardly helped": a comment that what came before hurt."""
    return words[i - 1] in ("didn't", "didnt", "hardly") and words[i - 2] in _WHICH | {"that"}


def _unhelpful(words: list[str], i: int) -> int | None:
    """The clause before ", which didn't help" names an outside cause or the time allowed, with
    a fault or a lack, and not the candidate ("we only had twelve minutes, which didn't help";
    "I'd slept badly, which didn't help" is their own)."""
    k = i - 3
    if k < 0 or words[k] != ",":
        return None
    begin = k - 1
    while begin >= max(0, k - _REACH) and words[begin] not in _BREAK:
        begin -= 1
    clause = words[begin + 1 : k]
    if not _ME_IN.isdisjoint(clause) or _FAULTY.isdisjoint(clause):
        return None
    at = next((m for m, w in enumerate(clause) if w in CAUSES or w in _SPANS), None)
    return None if at is None else begin + 1 + at


def _and_i_lost(words: list[str], k: int) -> int:
    """ "..., and I spent half the time deleting them": time lost to the cause."""
    if k + 1 < len(words) and words[k + 1] in ("spent", "wasted", "lost"):
        after = words[k + 2 : k + 6]
        if any(x in ("time", "minutes", "half", "most", "ages") for x in after):
            return k + 1
    return -1


def _because(words: list[str], i: int) -> tuple[int, int] | None:
    """ "my answer came out wrong because the question had two readings": the candidate's
    failure before "because", an outside cause as the subject after it. Or the other way
    round: "Because the brief said nothing about latency, my design ignored it"."""
    before = words[max(0, i - 12) : i]
    if i == 0:
        return _because_first(words)
    if _MY_FAILURE.isdisjoint(before):
        return None
    for k in range(i + 1, min(len(words), i + 5)):
        w = words[k]
        if w in _FIRST or w in _BREAK:
            return None  # "because I rushed": the candidate's own cause
        if w in CAUSES:
            return (max(0, i - 12) + _first_of(before, _MY_FAILURE), min(len(words) - 1, k + 3))
    return None


def _because_first(words: list[str]) -> tuple[int, int] | None:
    """A sentence opening on "because" + an outside cause with a fault, then, after the comma,
    the candidate's answer or stumble."""
    n = len(words)
    comma = next((k for k in range(1, min(n, 1 + _REACH)) if words[k] == ","), -1)
    if comma < 0 or comma + 2 >= n:
        return None
    cause = _subject_cause(words[:comma], comma, limit=4)
    if cause is None or _FAULTY.isdisjoint(words[cause:comma]):
        return None
    main = words[comma + 1 : comma + 5]
    if not main or main[0] not in ("i", "my", "we", "our"):
        return None
    stop = comma + 1 + next((k for k, w in enumerate(main) if w in _STUMBLE_OR_FAILURE), -1)
    return (cause, stop) if stop > comma else None


def _first_of(words: list[str], of: frozenset[str]) -> int:
    return next((k for k, w in enumerate(words) if w in of), 0)


def _subject_cause(words: list[str], at: int, limit: int = 8) -> int | None:
    """The index of an outside cause as the subject of the clause that runs to `at`: among the
    first `limit` words after the last "and/but/because/while" (commas and a parenthetical "I
    think" do not end it), before any first-person word."""
    begin = at - 1
    while begin >= max(0, at - _REACH) and words[begin] not in _CONJUNCTIONS:
        begin -= 1
    begin += 1
    k = begin
    while k < min(at, begin + limit):
        w = words[k]
        if w in _FIRST:
            if w == "i" and k + 1 < at and words[k + 1] in _PARENTHETICAL:
                k += 2
                continue
            return None
        if w in CAUSES and (k == begin or words[k - 1] not in ("to", "for", "about", "of", "on")):
            return k
        k += 1
    return None


def _result(words: list[str], i: int) -> tuple[int, int] | None:
    """ "the case notes were printed so small I could barely read the audiogram": a cause as
    subject, a degree ("so", "too") or a fault, then the candidate unable."""
    k = i - 1
    if words[i] in ("barely", "hardly") and k >= 0 and words[k] == "could":
        k -= 1
    if k < 0 or words[k] not in ("i", "we"):
        return None
    cause = _subject_cause(words, k)
    if cause is None:
        return _unable_over(words, i)
    between = words[cause:k]
    if "so" in between or "too" in between or not _FAULTY.isdisjoint(between):
        return (cause, min(len(words) - 1, i + 2))
    # "The recording you played was that crackly I could barely make out a word": "that" as a
    # degree after the copula.
    for m in range(1, len(between) - 1):
        if between[m] == "that" and between[m - 1] in ("was", "were", "is", "are"):
            return (cause, min(len(words) - 1, i + 2))
    return None


def _unable_over(words: list[str], i: int) -> tuple[int, int] | None:
    """ "I couldn't hear half the question over the traffic noise", "I could barely think with
    the drilling": the candidate unable to take something in, and the cause after "over",
    "with", "through" or "amid"."""
    n = len(words)
    if i + 1 >= n or words[i + 1] not in _TAKE_IN | _FOCUS:
        return None
    for k in range(i + 2, min(n, i + 10)):
        if words[k] in _BREAK:
            return None
        if words[k] in _OVER:
            for m in range(k + 1, min(n, k + 5)):
                if words[m] in CAUSES or words[m] in FAIL_NOUNS:
                    return (i, m)
            return None
    return None


def _hard_to_take_in(words: list[str], i: int) -> tuple[int, int] | None:
    """ "the question was ... not so easy to understand", "the slide was hard to read": an
    outside cause as subject, hard (or not easy) to take in."""
    adj = words[i - 2]
    if adj == "easy":
        if not any(x in _NEGATED for x in words[max(0, i - 6) : i - 2]):
            return None
    elif adj not in _DIFFICULT:
        return None
    if i + 1 < len(words) and words[i + 1] in ("you", "your"):
        return None
    cause = _subject_cause(words, i - 2, limit=10)
    return None if cause is None else (cause, i)


def _made_hard(words: list[str], i: int) -> int:
    """ "made [it|me|the photos ...] hard (to ...)": the index of the difficulty word, or -1.
    A difficulty "for" someone other than the candidate is theirs, not the candidate's."""
    if i + 3 < len(words) and words[i + 1] == "it" and words[i + 2] in ("sound", "seem", "look"):
        # "the way it was phrased made it sound like ...": a misleading cause
        return i + 3 if words[i + 3] in ("like", "as") else -1
    for k in range(i + 1, min(len(words), i + 8)):
        if words[k] in _BREAK:
            return -1
        if words[k] in _DIFFICULT:
            if k + 2 < len(words) and words[k + 1] == "for" and words[k + 2] in _OTHERS:
                return -1
            return min(len(words) - 1, k + 3)
    return -1


def _no_room(words: list[str], i: int) -> int:
    """ "doesn't leave much room", "left me little time", "left no room to ...": the index of
    the room word, or -1."""
    before = words[max(0, i - 2) : i]
    negated = any(x in _NEGATED for x in before)
    k = i + 1
    if k < len(words) and words[k] in ("me", "us"):
        k += 1
    elif k < len(words) and words[k] in _OTHERS:
        return -1  # "left you time to ...": room given to someone else
    lack = negated or (k < len(words) and words[k] in ("little", "no", "hardly", "barely", "scant"))
    if not lack:
        return -1
    for m in range(k, min(len(words), k + 4)):
        if words[m] in _ROOM:
            if words[m] == "time" and m + 1 < len(words) and words[m + 1] in ("for", "to"):
                # "left no time for questions": a time box named, not the candidate's stumble,
                # unless the candidate's own word follows ("to think", "to clarify").
                nxt = words[m + 2] if m + 2 < len(words) else ""
                if nxt in ("questions", "your", "you", "yours", "ask", "chat", "hear"):
                    return -1
            return m
        if words[m] not in _LITTLE and words[m] not in ("a", "lot", "of", "real", "great", "deal"):
            return -1
    return -1


def _meant_i(words: list[str], i: int) -> int:
    """ "meant (that) I couldn't ...": the index of the stumble word, or -1."""
    k = i + 1
    if k < len(words) and words[k] == "that":
        k += 1
    if k + 1 < len(words) and words[k] in ("i", "we"):
        if words[k + 1] in _STUMBLE:
            return k + 1
        if words[k + 1] == "had" and k + 3 < len(words) and words[k + 2] == "to":
            return k + 3 if words[k + 3] in _FORCED else -1
    return -1


# "which is partly why": a degree between "is" and "why".
_PARTLY = word_set("partly largely mainly mostly probably perhaps maybe exactly precisely")
# A result that went wrong, with its own noun as subject: "the number came out so low".
_WENT_WRONG = frozenset(
    (
        ("came", "out"),
        ("ended", "up"),
        ("fell", "short"),
        ("fell", "apart"),
        ("fell", "flat"),
        ("went", "wrong"),
    )
)


def _then_i(words: list[str], k: int) -> int:
    """ "(which is why|, so) I [stumble]": the index of the stumble word, or -1."""
    if k < len(words) and words[k] == "there" and k + 2 < len(words):
        # ", so there was nothing to build on": the lack, not the candidate, as subject
        if words[k + 1] in ("was", "wasnt", "wasn't", "were") and (
            words[k + 2] in ("no", "nothing", "little", "not", "barely", "hardly")
            or words[k + 1] != "was"
        ):
            return k + 2
        return -1
    if k + 2 < len(words) and words[k] == "it" and words[k + 1] in ("slipped", "escaped"):
        return k + 1  # ", so it slipped my mind": the stumble with the candidate as object
    if k + 2 < len(words) and words[k] == "my":
        # ", so my plan ended up stitched together", "which is where my head went", "which is
        # how my churn number came out off"
        for m in range(k + 2, min(len(words), k + 5)):
            if words[m] in ("ended", "fell", "came", "went"):
                return m
            if words[m] in _BREAK:
                break
    if (
        k + 3 < len(words)
        and words[k] == "my"
        and words[k + 2] in ("was", "were")
        and (words[k + 3] in _MY_FAILURE or words[k + 3 : k + 6] == ["all", "over", "the"])
    ):
        return k + 3  # "which is why my answers were all over the place"
    if k + 3 < len(words) and words[k] == "the" and (words[k + 2], words[k + 3]) in _WENT_WRONG:
        return k + 2  # "which is why the number came out so low": the result of the stumble
    if k + 1 < len(words) and words[k] in ("i", "we"):
        m = k + 1
        while m < len(words) - 1 and words[m] in ("just", "simply", "then", "basically", "really"):
            m += 1
        nxt = words[m]
        if nxt in _STUMBLE or (len(nxt) > 4 and nxt.endswith("ed") and nxt not in _GOOD_ED):
            return m
        if nxt in ("was", "were"):
            # ", so we were a bit squeezed": the candidate on the receiving end
            m += 1
            while m < len(words) - 1 and words[m] in _DEGREE:
                m += 1
            return m if words[m] in _PATIENT else -1
    return -1


def _cause_before(words: list[str], at: int, needs_fault: bool) -> int | None:
    """The index of an outside cause in the clause that ends before `at` (", which ..." and
    ", so ..." reach back over the comma to the clause before), when no first-person word comes
    before it there. With `needs_fault`, that clause must also name a fault, a lack or a steer
    ("the brief asked for REST, so I built it" names none)."""
    k = at - 1
    if k >= 0 and words[k] in _ANAPHOR:
        k -= 1
    if k >= 0 and words[k] == ",":
        k -= 1
    begin = k
    joined = -1  # the last "and" crossed that joins two predicates of one subject
    while begin >= max(0, k - _REACH) and (
        words[begin] not in _BREAK or _joins_predicates(words, begin)
    ):
        if words[begin] == "and":
            joined = begin
        begin -= 1
    if joined >= 0 and _i_before(words, joined, begin):
        return None  # "I messed that up and made it sound like ...": the writer's own predicates
    clause = words[begin + 1 : k + 1]
    if needs_fault and _FAULTY.isdisjoint(clause):
        return None
    for m, w in enumerate(clause):
        if w in _FIRST_SUBJECT:
            return None  # "I left no time", "my nerves made it hard": the candidate's own
        if w in CAUSES and (m == 0 or clause[m - 1] not in ("to", "for", "about", "of", "on")):
            return begin + 1 + m
    # A cause the lists do not name, with its fault ("the lathe's chuck had some runout, so I
    # ..."): a clause that opens on a determiner of someone else's thing, no first person in it.
    if (
        needs_fault
        and len(clause) >= 3
        and clause[0] in _OTHERS_THING
        and _FIRST.isdisjoint(clause)
    ):
        return begin + 1
    return None


_OTHERS_THING = word_set("the your their that")


# Words that open a clause of their own after "and": "..., and I lost", "and the clock ...".
_CLAUSE_OPENERS = word_set(
    "i im i'm ive i've id i'd we you they he she it its it's there the my our your their this "
    "that these those a an his her so then"
)


def _joins_predicates(words: list[str], k: int) -> bool:
    """Whether the "and" at `k` joins two predicates of one subject ("the printout was faint and
    partly cropped"), so the cause's clause goes on before it; an "and" that opens a clause of
    its own ("..., and I lost the thread") ends it."""
    return words[k] == "and" and k + 1 < len(words) and words[k + 1] not in _CLAUSE_OPENERS


_I_FORMS = word_set("i im i'm ive i've id i'd")


def _i_before(words: list[str], at: int, begin: int) -> bool:
    """Whether the nearest subject before `at` (back to `begin`) is the writer: an I-form met
    before any outside cause."""
    for m in range(at - 1, begin, -1):
        if words[m] in _I_FORMS:
            return True
        if words[m] in CAUSES:
            return False
    return False


def _anaphoric(words: list[str], i: int) -> bool:
    """ "That made it hard", "It meant I ...": a subject pointing back to the sentence before."""
    return 0 < i <= 2 and words[i - 1] in _ANAPHOR


def _hedged(words: list[str], text: str) -> tuple[int, int] | None:
    """A concessive hedge ("to be fair", "in my defence", "admittedly the ...", "not that I'm
    complaining, but") in a sentence that names an outside cause with a fault."""
    if not (
        any(h in text for h in _HEDGES)
        or (not _CONCEDE.isdisjoint(words))
        or ("not that " in text and _NOT_THAT.search(text))
    ):
        return None
    first = next(
        (
            k
            for k, w in enumerate(words)
            if w in CAUSES and (k == 0 or words[k - 1] not in ("to", "for", "about", "of"))
        ),
        -1,
    )
    if first < 0:
        return None
    if any(w in _FIRST_SUBJECT for w in words[max(0, first - 2) : first]):
        return None  # "admittedly my slides ...": the candidate's own
    fault = next((k for k in range(first + 1, len(words)) if words[k] in _FAULTY_OR_HARD), -1)
    if fault < 0:
        return None
    for w in words[:first]:
        if w in _CONCEDE:
            break
    return (first, fault)


_JAB_STARTS = _JAB_PEOPLE | _ORDINAL | _THANKED | word_set("finally first least once eventually")
# "a projector that actually works", "a laptop which actually connects": a thing wished for
# that does its job, which says the one the candidate had did not.
_WORKS = word_set("works work worked loads load runs run connects connect turns charges")


def _jab(words: list[str], text: str) -> tuple[int, int] | None:
    """ "someone who had actually read my portfolio", "glad someone finally ...": praise for a
    person of the process doing their job, which says the others did not."""
    if "actually" in words and not _WORKS.isdisjoint(words):
        for k, w in enumerate(words[:-3]):
            if (
                w in _THINGS
                and words[k + 1] in ("that", "which")
                and words[k + 2] == "actually"
                and words[k + 3] in _WORKS
            ):
                return (k, k + 3)
    if _JAB_STARTS.isdisjoint(words):
        return None  # each reading below starts at one of these words: most sentences hold none
    n = len(words)
    ironic = not _IRONY.isdisjoint(words)  # once per sentence: the loop below stays linear
    for k, w in enumerate(words):
        if w not in _JAB_STARTS:
            continue  # every test below starts with one of these words: one set test, not nine
        if w in _JAB_PEOPLE and k + 2 < n:
            # "someone who had actually read it", "that someone on the panel had actually opened
            # my portfolio": a relative clause, or the person as the subject of "that ..."
            rest = words[k + 1 : k + 7]
            relative = "who" in rest or "that" in rest or (k and words[k - 1] == "that")
            if "actually" in rest and relative:
                a = k + 1 + rest.index("actually")
                if a + 1 < n and words[a + 1] in _DID_THE_JOB:
                    return (k, a + 1)
        if w == "first" and k + 1 < n and words[k + 1] in ("person", "one", "interviewer"):
            # "congratulations on being the first person this week to ask about my actual work":
            # the others did not, said with irony ("actual", "actually", "bother").
            rest = words[k + 2 : k + 12]
            if "to" in rest and not _SNIDE.isdisjoint(rest):
                return (k, k + 2 + max(m for m, x in enumerate(rest) if x in _SNIDE))
        # "thanks ... for eventually remembering which role I'd applied for": thanks for the
        # least of the job, at last.
        if (
            w in ("eventually", "finally")
            and k >= 2
            and words[k - 1] == "for"
            and any(x in ("thanks", "thank") for x in words[max(0, k - 12) : k])
        ):
            return (k - 1, min(n - 1, k + 1))
        # "nice to be asked about my work for once": the others never did.
        if (
            w == "once"
            and k >= 2
            and words[k - 1] == "for"
            and not _PRAISE.isdisjoint(words[max(0, k - 12) : k])
        ):
            return (max(0, k - 12), k)
        if w == "least" and k >= 1 and words[k - 1] == "at" and k + 2 < n:
            # "that at least one person on the panel had looked at my application": the others
            # had not.
            who = words[k + 1 : k + 4]
            if "one" in who or not _ANYONE.isdisjoint(who):
                did = next(
                    (m for m in range(k + 2, min(n, k + 10)) if words[m] in _DID_THE_JOB), -1
                )
                if did > 0:
                    return (k - 1, did)
        if w == "finally" and k >= 2 and "who" in words[k + 1 : k + 7]:
            # "good to finally meet someone here who shows up on time": the person after it
            back = words[max(0, k - 8) : k]
            if (
                any(x in _PRAISE for x in back)
                and any(x in _ANYONE for x in words[k + 1 : k + 5])
                and not any(x in _FIRST_SUBJECT for x in back)
            ):
                return (max(0, k - 8), min(n - 1, k + 4))
        if w == "finally" and k >= 2:
            back = words[max(0, k - 8) : k]
            if (
                any(x in _PRAISE for x in back)
                and any(x in _JAB_PEOPLE for x in back)
                and not any(x in _FIRST_SUBJECT for x in back)
            ):
                return (max(0, k - 8), min(n - 1, k + 1))
        if (
            w in _ORDINAL
            and k + 1 < n
            and ironic
            and any(x.split("'")[0] in _REPEATED for x in words[k + 1 : k + 3])
        ):
            # "the fourth person to ask me about my gap year", "third reschedule's the charm"
            return (k, min(n - 1, k + 2))
        if w in _THANKED and k + 3 < n and words[k + 1] == "of" and words[k + 2] in ("the", "your"):
            # "nice of the calendar invite to mention ...": thanks to a thing is irony
            thing = next((m for m in range(k + 3, min(n, k + 6)) if words[m] == "to"), -1)
            if thing > 0 and any(x in _THINGS for x in words[k + 3 : thing]):
                return (k, thing)
    return None


# --- an excuse conceded: blame read from the ownership that follows it ------------------------
#
# Ownership said *against* something ("Still, the error is mine", "..., but I accept the handling
# was mine", "Nevertheless I take ownership", "my bad though") presupposes what came before it
# was offered as a reason. When that reason is something outside the candidate with a fault or a
# lack in it ("the calculator on the desk was set to a different unit", "the pack did not include
# any guidance", "the format only allowed two minutes"), the note has put the stumble on it:
# polite blame with an ownership sentence beside it (issue 14), whatever the words of the cause.
# A reason about the candidate ("I was nervous, but that's on me"), one disowned ("no excuse,
# though"), a fact with no fault in it and a question are not.

_CONCESSIVE = re.compile(
    r"\b(?:still|nevertheless|nonetheless|regardless|even\s+so|that\s+said|having\s+said\s+that|"
    r"all\s+the\s+same|either\s+way|be\s+that\s+as\s+it\s+may|but|though|although|however|"
    r"anyway|anyhow|in\s+any\s+case|at\s+the\s+end\s+of\s+the\s+day|and\s+yet)\b|,\s*+yet\b"
)
# A sentence that opens on its reason before the ownership in its main clause: "Although the
# log you handed me was for the next plot, ..., the error belongs to me", "Given how quickly the
# questions came, the slip remains mine". The reason runs from after the opener to the ownership.
_OPENING_REASON = re.compile(
    r"(?:(?:even\s+)?though|although|while|whilst|given(?:\s+(?:how|that|the\s+way))?|since|"
    r"with|because|as)\b"
)
# Said after the ownership, closing its sentence: "Still my mistake though.", "my bad tho".
# The spaces are taken only from their first one on (the lookbehind), so a search over a long
# run of spaces is linear; it is matched at the ownership's end, which is never a space.
_CONCESSIVE_TAIL = re.compile(
    r"(?:(?:,\s*+|(?<!\s)\s*+)(?:though|tho|all\s+the\s+same|anyway|regardless|nonetheless|"
    r"nevertheless|even\s+so)\b)[^.!?\n]{0,12}+[.!?\n]"
)
_SENTENCE_MARK = re.compile(r"[.!?\n]")
# A fault or a lack in the reason: a negation, a limit, a comparison with what the candidate
# knows, or a failure word (clauses.FAIL_NOUNS and these).
_LACK = word_set(
    "not no never nothing nobody none without didn't didnt wasn't wasnt weren't werent "
    "hadn't hadnt couldn't couldnt doesn't doesnt don't dont isn't isnt aren't arent won't "
    "only too than different barely hardly little limited missing left late old outdated "
    "out-of-date blunt broken hard harder difficult tricky tough off wrong lagging laggy "
    "froze frozen crashed dropped cut interrupted rushed short tight fast quick heavy "
    "heavier hotter colder louder noisy loud dark unclear vague ambiguous confusing "
    "sticky faulty patchy choppy stale mislabelled mislabeled misleading error errors "
    "typo typos wouldn't wouldnt worse "
    # a steer in the reason: the cause pointed the candidate at the answer ("..., which steered
    # me", "pretty much invited that answer", "pushed you toward a rerun")
    "steered pushed nudged invited prompted misled tempted inevitable inevitably "
    # a temper or a wear of the kit ("your steam wand is seriously temperamental, it kept
    # spitting", "the rods were damp")
    "temperamental unpredictable unreliable dodgy iffy flaky faulty glitchy buggy damp crackly "
    "muffled blurry faint fuzzy stiff jammed kept"
)
# Phrases that offer the reason as a justification rather than a fault: "..., so of course it
# came out that way", "the spec said single-device, after all", "..., for what it's worth",
# "set up to make the parents sound cooperative", "made it easy to miss".
_EXCUSE_MARK = re.compile(
    r"\b(?:of\s+course|after\s+all|for\s+what\s+it'?s\s+worth|"
    r"mak(?:e|es|ing)\s+(?:it|them|\w+(?:\s+\w+)?)\s+(?:sound|seem|look)|made\s+(?:it|them|\w+(?:\s+\w+)?)\s+(?:sound|seem|look)|"
    r"easy\s+to\s+(?:miss|overlook|misread|mix|confuse|forget|skip|misjudge))\b"
)
_ME = word_set("i i'm im i've ive i'd id i'll me my myself mine")
# A reason that opens on a link to a cause: "since the calculator ...", "as the pack ...".
_BECAUSE = word_set("because since as cos cause given owing due")
_WORD_RE = re.compile(r"[a-z0-9]++(?:['\u2019-][a-z0-9]++)*+")
_SYMPATHY = word_set("sorry hope hoped hopefully shame unlucky sympathies glad")


# Recounts stepped over to reach a reason's subject ("When ..., when ..., the call dropped"): no
# real sentence holds more, and the bound keeps a note of a thousand such clauses linear.
_MAX_RECOUNT_HOPS = 3


def _outside_reason_at(low: str, start: int, end: int, hops: int = _MAX_RECOUNT_HOPS) -> int | None:
    """Where low[start:end] gives a reason outside the candidate with a fault or a lack in it
    (the start of the cause's clause), or None: its subject is not the candidate (or, after a
    link to a cause, the cause's subject is not), it has a fault or a lack, and it is not
    disowned, a question or sympathy."""
    if hops < 0 or end - start < 12 or low.startswith("?", end) or _DISOWN.search(low, start, end):
        return None
    words = _WORD_RE.findall(low, start, end)
    if len(words) < 4 or not _SYMPATHY.isdisjoint(words):
        return None
    # The fault is the cause's, before the candidate's own clause ("..., and I rushed").
    mine = _MY_CLAUSE.search(low, start, end)
    stop = end if mine is None else mine.start()
    if _LACK.isdisjoint(
        words if mine is None else _WORD_RE.findall(low, start, stop)
    ) and not _EXCUSE_MARK.search(low, start, stop):
        return None
    # The reason's subject: its first word, or the first word after a link to a cause.
    lead = 0
    while lead < len(words) and words[lead] in _OPENERS:
        lead += 1
    if lead < len(words) and words[lead] in _WHEN:
        comma = low.find(",", start, end)
        return None if comma < 0 else _outside_reason_at(low, comma + 1, end, hops - 1)
    if lead < len(words) and words[lead] not in _ME:
        return start
    for m in _WORD_RE.finditer(low, start, end):
        if m.group() not in _BECAUSE:
            continue
        after = _WORD_RE.match(low, m.end() + 1)
        # "... as the values were given without the base", not "as i ...", "as well".
        if after is not None and after.group() not in _ME | _BECAUSE | _NOT_A_SUBJECT:
            if _LACK.isdisjoint(_WORD_RE.findall(low, m.start(), end)):
                return None
            return m.start()
    return None


# The reason given up between the concession and the ownership: "but that's no excuse", "but
# that changes nothing", "but I don't hold that as the reason".
_GIVEN_UP = re.compile(
    r"\bno\s+excuse|\bnot\s+an\s+excuse|\bchange[sd]?\s+nothing|\b(?:doesn't|does\s+not|didn't|"
    r"did\s+not)\s+change|\b(?:don't|do\s+not)\s+hold\b|\bnot\s+(?:the|an?)\s+reason|"
    r"\b(?:isn't|wasn't|not)\s+why\b|\bnot\s+(?:blaming|to\s+blame)"
)
_MY_CLAUSE = re.compile(r"(?:,\s*+|\s)(?:and|so|but|then)\s++(?:i|i'd|i'm|id|im)\b")
# A recount of the moment ("when you asked ..., I gave ..."): the reason's subject is after it.
_WHEN = word_set("when while whilst once after during")
_OPENERS = word_set("honestly frankly admittedly granted and so well ok okay also plus tbh")
_NOT_A_SUBJECT = word_set("well soon much far long usual always ever a an if though such")


# A concession after the ownership, in its sentence: "..., and that error is mine, though the
# rate card we were given listed 12 percent", "I was wrong, but the card didn't say".
_TRAILING = re.compile(
    r"(?:,\s*+|;\s*+|(?<!\s)\s)(?:though|tho|although|but|even\s+though|except\s+that)\s++"
)


# The writer's own point after the concession, not a reason: "..., but the point I was making
# still holds", "though the idea behind my answer is simple", "but the good news is ...".
_MY_POINT = re.compile(
    r"\b(?:(?:the|my|our)\s+(?:main\s+|real\s+)?(?:point|idea|gist|argument)\s+(?:i|we|behind|"
    r"of\s+my|still|stands|holds|remains)|good\s+news|what\s+i\s+(?:meant|said|wanted|was\s+"
    r"(?:trying|getting|saying))|my\s+(?:point|idea|argument|suggestion|conclusion)|"
    r"still\s+(?:stands|holds|applies))\b"
)


# What the trailing reason must name besides a lack: a cause, or a defect of a thing ("the build
# machine had an older engine where it was off by default"), not "the fix is quick".
_NAMED_FAULT = (
    CAUSES
    | FAIL_NOUNS
    | word_set(
        "old older outdated out-of-date broken off wrong worse faulty missing misleading "
        "mislabelled mislabeled stale buggy glitchy laggy lagging froze frozen crashed unclear "
        "vague ambiguous confusing"
    )
)


def _trailing_reason(low: str, b: int) -> tuple[int, int] | None:
    """The span of an outside reason with a fault or a lack (_outside_reason_at) that follows the
    ownership ending at `b` after a concessive word, in the same sentence (240 characters on at
    most), or None: "I was wrong, and the slip is mine, though I was answering from the spec
    sheet in the pack, which is out of date". The reason is read up to a colon (what follows one
    is the point restated: "but the fix is quick: key by tenant, not by user"), must name a cause
    or a defect (_NAMED_FAULT) and must not be the writer's point ("the point I was making still
    holds")."""
    stop = _SENTENCE_MARK.search(low, b, min(len(low), b + 240))
    end = stop.start() if stop is not None else min(len(low), b + 240)
    m = _TRAILING.search(low, b, end)
    if m is None or _GIVEN_UP.search(low, m.end(), end):
        return None
    colon = low.find(":", m.end(), end)
    if colon >= 0:
        end = colon
    if _MY_POINT.search(low, m.end(), end) or _NAMED_FAULT.isdisjoint(
        _WORD_RE.findall(low, m.end(), end)
    ):
        return None
    at = _outside_reason_at(low, m.end(), end)
    if at is None or cleared(low, at, end):
        return None
    return (at, end)


def conceded_spans(
    low: str, vocab: set[str], owned: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of reasons outside the candidate that an ownership phrase in `owned` (spans of
    lexicon_notes.OWNERSHIP in `low`) concedes against: in its sentence before a concessive
    word, or the sentence before when the ownership's sentence opens on one."""
    spans: list[tuple[int, int]] = []
    for a, b in owned:
        if a > _BUDGET:
            break
        trailing = _trailing_reason(low, b)
        if trailing is not None:
            spans.append(trailing)
            continue
        s0 = max(0, a - 240)
        for m in _SENTENCE_MARK.finditer(low, s0, a):
            s0 = m.end()
        conc = None
        for m in _CONCESSIVE.finditer(low, s0, a):
            conc = m
        r = s0
        while r < a and low[r] in " \t":
            r += 1
        opening = _OPENING_REASON.match(low, r)
        if opening is not None and (conc is None or conc.start() <= r):
            conc = None  # the reason is the opening clause itself, read below
        tail = conc is None and _CONCESSIVE_TAIL.match(low, b) is not None
        if conc is None and not tail and (opening is None or low.find(",", opening.end(), a) < 0):
            continue
        if _GIVEN_UP.search(low, s0 if conc is None else conc.end(), b):
            continue  # "..., but that changes nothing: the error was mine"
        if conc is not None and _WORD_RE.search(low, s0, conc.start()) is not None:
            r0, r1 = s0, conc.start()  # "..., but I accept ...": the clause before it
        elif conc is None and opening is not None and low.find(",", opening.end(), a) >= 0:
            # "Although <reason>, <ownership>": the reason between the opener and the ownership.
            r0, r1 = opening.end(), a
        elif tail and len(_WORD_RE.findall(low, s0, a)) >= 4:
            r0, r1 = s0, a  # "<reason>, my bad though.": the clause before it, same sentence
        else:
            # "Still, the error is mine." / "Still my mistake though.": the sentence before.
            r1 = s0
            while r1 > 0 and low[r1 - 1] in " \t\n.!?":
                r1 -= 1
            r0 = 0
            for m in _SENTENCE_MARK.finditer(low, max(0, r1 - 400), r1):
                r0 = m.end()
        while r0 < r1 and low[r0] in " \t,;:":
            r0 += 1
        at = _outside_reason_at(low, r0, r1)
        if at is not None and not cleared(low, at, r1):
            spans.append((at, r1))
    return spans


# --- a stumble of the candidate's, then the outside reason for it ------------------------------
# "Sorry I was a bit flat - jet lag from the trip is no joke", "apologies if I seemed scattered;
# the lobby sent me to the wrong floor", "I was a little flat during the discussion, as I had
# travelled overnight": the candidate names their own state in the interview, then, after a
# semicolon, a dash or "as/because/since", a circumstance outside them (health, travel, the hour,
# the building, the kit failing) as its reason (issue 14: blame on the setup, said softly). Not
# lateness ("sorry I was late; the line was suspended" is a courtesy), not the candidate's own
# doing after the break ("I was slow; I hadn't read the brief"), not a reason taken back ("...;
# that's on me", "... had nothing to do with it").
# The candidate's state in the interview (a performance word, not lateness).
_STATE = word_set(
    "slow slower flat scattered rambled rambling vague rough foggy tired sharpest rusty "
    "distracted flustered sluggish disjointed garbled muddled hesitant stilted unfocused "
    "incoherent froze blanked stumbled breathless frazzled groggy drowsy shaky thrown "
    "halting"
)
# Circumstances outside the candidate that the tune's causes (CAUSES) do not name: health,
# travel and the hour, the building and the neighbours. Named after the break, one of these is
# the reason whatever the clause's subject ("I had travelled overnight").
_CIRCUMSTANCE = word_set(
    "jet lag jetlag jet-lag travelled traveled travelling traveling overnight landed red-eye "
    "standstill lobby signal migraine headache fever flu illness sick unwell "
    "neighbour neighbor neighbours neighbors builders roadworks alarm drill drills "
    "conditioning degrees baby kids toddler dog power outage electricity "
    "timezone 4am 5am 6am 7am midnight dawn slept sleep insomnia hospital receptionist "
    "guard interpreter taxi driver cancelled canceled delayed diverted knocking"
)
# Causes of the process or the kit (CAUSES, people as the reader aside: "you asked ..." is a
# recount) stand as the reason only with a failure in their clause.
_KIT_OR_PROCESS = CAUSES - word_set("you your yours they them he she someone somebody")
_SETBACK = (
    _FAULTY_OR_HARD
    | _LACK
    | word_set(
        "died dead wouldn't wouldnt won't broke broken failed firing smudged blurred sent "
        "rescheduled changed"
    )
)
_REASON_BREAK = re.compile(
    r";|[ \t][-\u2013\u2014][ \t]|\u2014|,[ \t]*+(?:as|since|because)[ \t]|"
    r"[ \t](?:as|because|since)[ \t](?=i\b|i'd|the\b|my\b|our\b|a\b|an\b|it\b|there\b|we\b)"
)
_REASON_TAKEN_BACK = re.compile(
    r"\b(?:my\s+fault|on\s+me|my\s+own|my\s+problem|no\s+excuse|not\s+an\s+excuse|nothing\s+to\s+do|"
    r"can't\s+blame|cannot\s+blame|my\s+mistake|to\s+blame|not\s+why|wasn't\s+why)\b"
)
_STATEMENT = re.compile(r"[^.!?\n]++")
# The same statements, found from a word they hold (pieces.Cut): only the sentences holding a
# state, a link or a turn are read, not every sentence of the note.
_STATEMENTS = Cut(".!?\n")
_STATE_REACH = 10  # tokens before the break that may hold the state
_REASON_REACH = 8  # tokens after the break that must hold the reason
# States a candidate is in outside the interview too ("sorry I was slow to send this", "I was a
# little tired - I had flown in overnight - but I loved ..."): a stumble only when the interview
# follows them ("slow on the roadmap questions", "slow to start", "the rough start").
_SOFT_STATE = word_set("slow slower tired rough groggy drowsy breathless frazzled")
_IN_THE_INTERVIEW = word_set(
    "on in at during when while through start started starting answer answers answering "
    "question questions interview call discussion"
)


def _statements(low: str, keys: frozenset[str]) -> list[tuple[int, int]]:
    """The statements of low (up to _BUDGET) holding one of `keys`, as spans without their end
    mark."""
    spans = []
    for a, b in _STATEMENTS.holding(low, keys, min(len(low), _BUDGET)):
        if b > a and low[b - 1] in ".!?\n":
            b -= 1
        spans.append((a, b))
    return spans


# The circumstance first, then a link that says it told on the answer: "I'm not used to
# interviews at 7am, which probably showed", "it was 6am here, which probably explains why my
# answer was scattered", "I'd been fighting a migraine and it showed". Only a circumstance of
# _CIRCUMSTANCE counts before it: "I was nervous and it showed" is the candidate's own.
_SHOWED_LINK = re.compile(
    r"(?:,[ \t]*+which|\band[ \t]++(?:it|that|this))[ \t]++"
    r"(?:(?:probably|clearly|surely|definitely|likely|certainly|partly|may|might)[ \t]++){0,2}+"
    # shown at the clause's end or in the answer ("which shows how much I wanted it" praises);
    # explained of the writer ("explains why my answer ...", not "why the team was tired")
    r"(?:(?:showed|shows)(?:[ \t]++(in|on|when|through|during)\b|(?=[ \t]*+([.,;:!?\n]|$)))|"
    r"(?:explains|explain|explained|accounts[ \t]++for)[ \t]++(?:why[ \t]++)?"
    r"(?:my|i|i'm|i'd|i\s+was)\b)"
)
_SHOWED_WORDS = word_set("showed shows explains explain explained accounts")
# What a circumstance shows in, to tell on the candidate: the writer or the answer.
_SHOWN_IN = _ME | word_set(
    "answer answers answering reply replies response explanation estimate pitch presentation "
    "interview question questions exercise task case walkthrough"
)
_SHOWN_REACH = 4  # tokens after "showed in" that must hold it


def excused_state_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Spans of a stumble of the candidate's state given an outside reason after a break, or
    an outside circumstance said to have shown in the answer (the comments above). Opens only on
    a state or link word, a first-person word and a circumstance or cause in the note; reads
    only the sentences holding a reason break or a link; one pass each (linear)."""
    if _ME.isdisjoint(vocab):
        return []
    spans = _showed_spans(low, vocab) + _turn_spans(low, vocab)
    if _STATE.isdisjoint(vocab):
        return spans
    if _CIRCUMSTANCE.isdisjoint(vocab) and _KIT_OR_PROCESS.isdisjoint(vocab):
        return spans
    for a, b in _statements(low, _STATE & vocab):
        for brk in _REASON_BREAK.finditer(low, a, b):
            if (
                _state_before(_words(low, a, brk.start())[-_STATE_REACH:])
                and _reason_after(low, brk.end(), b)
                and not _taken_back_next(low, b)
            ):
                spans.append((a + len(low[a:b]) - len(low[a:b].lstrip()), b))
                break
    return sorted(set(spans))


# The reason taken back at the opening of the next sentence: "..., as I had travelled overnight.
# That is no excuse: the answer was mine to get right."
_TAKEN_BACK_REACH = 40  # characters of the next sentence read for it


def _taken_back_next(low: str, b: int) -> bool:
    """Whether the statement after the one ending at `b` opens on a reason taken back
    (_REASON_TAKEN_BACK in its first _TAKEN_BACK_REACH characters)."""
    at = b
    while at < len(low) and low[at] in " \t.!?":
        at += 1
    if at >= len(low) or low[at] == "\n":
        return False
    stop = _SENTENCE_MARK.search(low, at, at + _TAKEN_BACK_REACH)
    end = stop.start() if stop is not None else min(len(low), at + _TAKEN_BACK_REACH)
    return _REASON_TAKEN_BACK.search(low, at, end) is not None


def _showed_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """The sentences where a circumstance of _CIRCUMSTANCE, in the clause before the link, is
    said to have shown in the answer (_SHOWED_LINK); none taken back in the sentence."""
    links = _SHOWED_WORDS & vocab
    if not links or _CIRCUMSTANCE.isdisjoint(vocab):
        return []
    spans: list[tuple[int, int]] = []
    for a, b in _statements(low, links):
        link = _SHOWED_LINK.search(low, a, b)
        if link is None:
            continue
        before = _words(low, a, link.start())
        if _CIRCUMSTANCE.isdisjoint(before):
            continue
        # Shown in something: in the writer or the answer ("in that answer", "in how I ...");
        # shown at the clause's end: of a circumstance of the writer's ("I'm not used to
        # interviews at 7am, which probably showed"). "The brigade had been up since dawn, and
        # it showed in how calm the pass was" praises.
        if link.group(1) is not None:
            after = _words(low, link.end(), b)[:_SHOWN_REACH]
            if _SHOWN_IN.isdisjoint(after):
                continue
        elif link.group(2) is not None and _ME.isdisjoint(before):
            continue
        if _REASON_TAKEN_BACK.search(low, a, b) is None:
            spans.append((a + len(low[a:b]) - len(low[a:b].lstrip()), b))
    return spans


def _state_before(words: list[str]) -> bool:
    """A state word with the candidate as its subject a few words before it ("I was a bit
    flat", "if I seemed scattered", "I know I rambled")."""
    return any(
        w in _STATE
        and not _ME.isdisjoint(words[max(0, k - 5) : k])
        and _CORRESPONDENCE.isdisjoint(words[k + 1 : k + 4])
        and (w not in _SOFT_STATE or not _IN_THE_INTERVIEW.isdisjoint(words[k + 1 : k + 4]))
        for k, w in enumerate(words)
    )


# "Sorry I was slow to reply - I was travelling": the writing late, a courtesy like lateness.
_CORRESPONDENCE = word_set("reply replying respond responding write writing email emails back")


def _reason_after(low: str, begin: int, end: int) -> bool:
    """Whether the clause low[begin:end] after the break opens on an outside reason: a
    circumstance, or a cause of the kit or the process with a failure in the clause; not the
    candidate's own doing ("I hadn't prepared") unless a circumstance is named, and not a reason
    taken back."""
    words = _words(low, begin, end)
    head = words[:_REASON_REACH]
    named = not _CIRCUMSTANCE.isdisjoint(words)
    if not named and (
        _KIT_OR_PROCESS.isdisjoint(head) or _SETBACK.isdisjoint(words) or head[:1] == ["i"]
    ):
        return False
    return _REASON_TAKEN_BACK.search(low, begin, end) is None


# A turn that takes the stumble back to the setup, opening its sentence right after the stumble:
# "I got the tax question wrong. Then again, who keeps that rate in their head under a
# stopwatch?", "My answer was off. Mind you, the scenario changed twice while I was answering".
# The sentence before names a stumble of the writer's or of the answer; what follows the turn is
# a question, or someone at large ("who", "anyone"), or a cause of the kit, the process or the
# circumstance with a setback in it; not the writer again ("Then again, I should have asked"),
# nor the reader's own question ("Then again, what happens if the round slips?").
_TURNS = ("then again", "mind you")
_AT_LARGE = word_set("who anyone anybody everyone everybody")
# A stumble of the writer's named in the sentence before the turn ("I fumbled the part",
# "my answer was off", "the whiteboard section went poorly", "the mistake is mine").
_STUMBLED = (
    _STUMBLE_OR_FAILURE
    | _STATE
    | word_set(
        "poorly badly mistake mistakes error errors said quoted lost wrong off slip defensive "
        "across"
    )
)
# The reader's side in a question: "what happens if", "how will we".
_READERS_SIDE = word_set("we us our happens happen")


def _turn_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """The sentences that open on a turn (_TURNS) to an outside cause (the comment above)."""
    if not (("again" in vocab and "then" in vocab) or ("mind" in vocab and "you" in vocab)):
        return []
    spans: list[tuple[int, int]] = []
    for a, b in _statements(low, frozenset(_TURNS)):
        at = a
        while at < b and low[at] in " \t":
            at += 1
        turn = next((t for t in _TURNS if low.startswith(t, at)), None)
        if turn is None or low[at + len(turn) : at + len(turn) + 1] not in (",", " "):
            continue
        words = [w for w in _words(low, at + len(turn), b) if w not in _BREAK]
        if not words or words[0] in _ME:
            continue
        prev = _previous_statement(low, a)
        if _SHOWN_IN.isdisjoint(prev) or _STUMBLED.isdisjoint(prev):
            continue
        asked = (low[b : b + 1] == "?" or not _AT_LARGE.isdisjoint(words[:3])) and (
            _READERS_SIDE.isdisjoint(words[:4])
        )
        caused = not (_CIRCUMSTANCE.isdisjoint(words) and _KIT_OR_PROCESS.isdisjoint(words)) and (
            not _SETBACK.isdisjoint(words)
        )
        if (asked or caused) and _REASON_TAKEN_BACK.search(low, at, b) is None:
            spans.append((at, b))
    return spans


def _previous_statement(low: str, a: int) -> list[str]:
    """The words of the statement ending just before `a` (its end mark and spaces skipped), up
    to 400 characters back."""
    end = a
    while end > 0 and low[end - 1] in " \t\n.!?":
        end -= 1
    begin = max(0, end - 400)
    for m in _SENTENCE_MARK.finditer(low, begin, end):
        begin = m.end()
    return _words(low, begin, end)


# Thanks for the reader's patience through a fault ("thanks for your patience when the video
# dropped", "and for rolling with it when the screen died", "for waiting while my connection
# came back"): the fault is named to thank them, not offered as the reason for a stumble.
_THANKED_THROUGH = re.compile(
    r"\bthank(?:s|[ \t]++you)\b[^.!?\n]{0,60}?\b(?:patience|patient|understanding|flexibility|"
    r"grace|rolling[ \t]++with[ \t]++it|bearing[ \t]++with[ \t]++(?:me|us)|waiting|calm)\b"
    r"[^.!?\n]{0,25}?\b(?:when|while|whilst|as|after|during|through)\b"
)


def thanked_through(low: str, start: int) -> bool:
    """Whether the blame phrase at `start` sits, in its sentence, after thanks for the reader's
    patience through it (_THANKED_THROUGH). Reads at most 160 characters back."""
    begin = max(0, start - 160)
    for ch in ".!?\n":
        begin = max(begin, low.rfind(ch, begin, start) + 1)
    m = _THANKED_THROUGH.search(low, begin, start)
    return m is not None and m.end() <= start
