"""Quiet pleading and self-talk read from sentence shape (PLAYBOOK §5, issue 14).

The phrase rules (lexicon.py) list wordings; the scorer (voice_model.py) weighs a note's words.
Neither sees the shape these take in words nobody listed:

Pleading without "please":
- a sacrifice offered for a way in: "I'd give my right arm to be part of that launch", "I'd
  sweep the floors if that's what it took";
- the stakes laid on the reader: "this post is the only thing I've applied for all year", "I
  can't go home without this one", "I have no plan B";
- a plea for leniency: "I'd ask only that you let one answer not decide it";
- the post lost as a condition that strands the candidate ("if it goes to someone else I don't
  know what I'll do"), the outcome as the best of years or what makes one worth it, one more
  chance as all one asks, the post as fate ("meant for me") or a wait by the phone.

Self-deprecation by trait or comparison:
- the candidate below the others: "I'm not the most technical person you'll meet", "the other
  people you saw today had cleaner answers than mine", "rougher around the edges than your usual
  hires", "a step behind the others";
- a standing flaw: "I tend to talk myself out of things", "I know I talk too much when I'm
  excited", "I'm just not a quick thinker, never have been", a trait ("the kind of person who
  falls apart") or a flaw that "always has" been, with the candidate in the sentence.

A wish for the reader ("I'd do anything to help your team hit that date"? only with a way in
for the candidate), nerves named once and a plain statement of a gap ("I haven't used Kafka in
production") are not these.
`plea_cued_in` says whether a sentence holds a word of wanting or stakes: the learned scorer's
pleading sentence needs one (a bag of words flagged "thank you for considering me" and "I'll
put my hand up to that one" on notes nobody here wrote).

Cost: each reading opens on a few words of the note's vocabulary (set tests); a sentence is read
only when it holds one of them, with fixed windows (linear), up to a budget of characters.
"""

from __future__ import annotations

import re

from app.playbook.pieces import Cut
from app.playbook.rules import word_set

_WORD = re.compile(r"[a-z0-9]++(?:['\u2019][a-z0-9]++)*+")
# ASCII characters that can never be in a _WORD token (all but a-z, 0-9 and ') become spaces:
# str.split() then cuts an ASCII text into chunks that each hold whole tokens (rules.tokens).
_OUTSIDE_WORDS = bytes(
    i if chr(i) in "abcdefghijklmnopqrstuvwxyz0123456789'" else ord(" ") for i in range(128)
) + bytes(range(128, 256))


def _words(text: str) -> list[str]:
    """_WORD.findall(text) with curly apostrophes straightened first, about three times as fast
    on a sentence: a match never holds a character the byte table turns into a space, so the
    regex's tokens are the chunks, and only a chunk with an apostrophe needs the regex."""
    text = text.replace("\u2019", "'")
    if not text.isascii():
        return _WORD.findall(text)
    chunks = text.encode("ascii").translate(_OUTSIDE_WORDS).decode("ascii").split()
    if "'" not in text:
        return chunks
    out: list[str] = []
    for chunk in chunks:
        if "'" in chunk:
            out += _WORD.findall(chunk)
        else:
            out.append(chunk)
    return out


_PIECE = re.compile(r"[^.!?;\n]++[.!?;\n]?")
_CUT = Cut(".!?;\n")  # the same pieces, found from their link words
_BUDGET = 40_000

# Words of wanting, need or stakes: a pleading sentence holds one (the scorer's needs one too).
PLEA_CUES = word_set(
    "please beg begging pray praying hope hoping hopeful hopefully wish wishing need needs "
    "needed desperate desperately anything whatever everything chance shot nod yes "
    "opportunity afford plan dream dreams mean means world hinges making rejection crossed "
    "fingers deserve deserving only grateful happily gladly rough hard tough lifeline break "
    "door foot arm debt forever overlook decade"
)
# Families of stakes the scorer's pleading sentences carry beyond those words: a life or future
# resting on the answer, the people and papers riding on it, the wait, the last door left.
PLEA_CUES = PLEA_CUES | word_set(
    "life lives future fate matters rests decides depends depending counting "
    "family children kids parents mortgage rent bills fees visa permit jobless unemployed "
    "savings waiting breathe heart prayers prayer privilege lose last pipeline lined"
)


# Words of a low rank, a fault or a comparison: a sentence that runs the candidate down holds
# one (the scorer's self_deprecation sentence needs one too). Bare negators are not among them:
# "I'm not a fan of ORMs" runs nobody down.
SELF_CUES = word_set(
    "less least worst weakest weak slow slower slowest bad poor terrible awful useless hopeless "
    "stupid idiot mediocre average odd rough rougher behind lacking lack struggle struggled "
    "freeze froze blank nervous clumsy mess messed fool dumb unqualified underqualified "
    "inexperienced doubt than compared others else imposter impostor fraud disappointment "
    "failure worse quick smart sharp bright clever polished good"
)
# Families the scorer's self-talk sentences carry beyond those words: the candidate set against
# the others ("the other candidates", "someone sharper", "the underdog"), a standing trait
# ("the type who", "always", "never been"), a doubt about their own standing.
SELF_CUES = SELF_CUES | word_set(
    "candidates stronger strongest sharper better best impressive obvious underdog pick "
    "type kind sort always never crumble crumbles panic panics pieces overthinking "
    "probably strong disappoint disappointed"
)


def self_cued_in(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] (the scorer's sentence) holds a word of low rank or fault. A
    trait word alone, for a trait that does well ("the kind of person who thrives on site"),
    runs nobody down."""
    words = _WORD.findall(low, start, end)
    cues = SELF_CUES.intersection(words)
    if cues and cues <= _TRAIT_ONLY and _does_well_undenied(words):
        return False
    return bool(cues)


def _does_well_undenied(words: list[str]) -> bool:
    """Whether words hold a verb of doing well with no negation before it: "the type who never
    shines", "not the kind who thrives" and "who can't excel" deny the trait, so they praise
    nobody."""
    for w in words:
        if w in _DOES_WELL:
            return True
        if w in _DENY or w.endswith(("n't", "n\u2019t")):
            return False
    return False


_TRAIT_ONLY = word_set("kind type sort always")
_DENY = word_set("not never rarely hardly seldom barely no cannot dont cant doesnt wont isnt")
_DOES_WELL = word_set(
    "thrive thrives thriving excel excels shine shines love loves enjoy enjoys succeed succeeds"
)


def plea_cued_in(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] (the scorer's sentence) holds a word of wanting or stakes. A need
    said to be met ("that's all I need", "all we need is the room number") wants nothing more:
    with no other cue in the sentence, it is no cue."""
    words = _WORD.findall(low, start, end)
    cues = PLEA_CUES.intersection(words)
    if cues and cues <= _NEED and _ALL_I_NEED.search(low, start, end) is not None:
        return False
    if cues and cues <= _TAME_CUES:
        # "please withdraw my application", "I need to know who's on the panel", "I don't
        # want to pretend otherwise": an errand, a need for facts, a want denied ask for nothing.
        return any(_cue_wants(words, k) for k, w in enumerate(words) if w in cues)
    return bool(cues)


def _cue_wants(words: list[str], k: int) -> bool:
    """Whether words[k] (please, need or want) asks something for the candidate: not before an
    errand or a need for facts, nor after a negation."""
    w, after = words[k], words[k + 1 : k + 3]
    if w in ("please", "pls", "plz"):
        return not any(x in _ERRANDS for x in after)
    if w in _NEED:
        return not (after[:1] == ["to"] and after[1:2] and after[1] in _FACT_VERBS)
    return not (k and words[k - 1] in _NEGATORS)


_NEED = word_set("need needs needed")
_TAME_CUES = word_set("please need needs needed want wanting")
_ERRANDS = word_set(
    "withdraw remove send share let find confirm note update forward advise accept take "
    "keep pass cancel disregard ignore close"
)
_FACT_VERBS = word_set(
    "know check understand confirm see ask clarify find hear decide prepare prep plan book "
    "arrange sort think"
)
_NEGATORS = word_set("don't dont didn't didnt not never wouldn't wouldnt")
_ALL_I_NEED = re.compile(r"\ball\s++(?:i|we)(?:'d)?\s++(?:really\s++)?need(?:ed)?\b")


# --- pleading ---------------------------------------------------------------------------------

# Pay given up for the post (bargaining is a quiet plea): words of a cut, and of the pay.
_CUT_WORDS = word_set("lower reduced smaller lesser below under less")
_PAY_WORDS = word_set("salary pay rate wage band grade package figure range")
# A verb of taking the post, then (within a few words) a cut in the pay: "accept well below the
# advertised range", "I'd take a lower band than we discussed", "settle for less than my current
# salary". Bounded, so linear.
_CUT_PAY = re.compile(
    r"\b(?:take|taking|accept|accepting|start|starting|join|joining|work|working|settle|"
    r"settling|come|go)\b(?:\s++[\w',-]++){0,6}?\s++(?:(?:a|an|the|for)\s++)?"
    r"(?:(?:much|far|well|way|significantly|even|a\s++bit|a\s++little)\s++)?"
    r"(?:lower|reduced|smaller|lesser|below|under|less\s++than)\s++"
    r"(?:(?:the|your|my|our|a|an|what)\s++)?(?:(?:advertised|posted|listed|stated|quoted|usual|"
    r"going|market|original|agreed|current|we|you)\s++)?(?:discussed\s++)?"
    r"(?:salary|pay|rate|wage|band|grade|package|figure|range)\b"
)
_NEED_THE_PAY = re.compile(
    r"\bi\s++(?:really\s++|badly\s++|desperately\s++|just\s++)?need\s++(?:the|this|that)\s++"
    r"(?:extra|money|income|salary|pay|wage|raise|job|work)\s++(?:for|to\s++(?:pay|cover|feed|"
    r"support|keep))\b"
)
# Any pay taken, said first: "Whatever salary you think is fair, I'll take it".
_ANY_PAY_TAKEN = re.compile(
    r"\b(?:any|whatever)\s++(?:salary|pay|rate|wage|terms|package|band|grade|number|figure|"
    r"offer)\b[^.!?;\n]{0,60}?\bi(?:'ll|'d|\s++will|\s++would)\s++(?:\w++\s++)?(?:take|accept)\b"
)
# Time out of work, and what in the same sentence lays it on the answer (a rescue, a need, hope
# running out). A gap said plainly is not one: "after a year out of work I'm keen to start",
# "out of work since the institute closed, so I can start at short notice".
_JOBLESS_WORDS = word_set("unemployed jobless applications applying")
_JOBLESS = (
    "out of work",
    "without work",
    "without a job",
    "unemployed",
    "jobless",
    "months of applications",
    "years of applications",
    "months of applying",
    "years of applying",
)
_JOBLESS_STAKES = word_set(
    "finally feet longer badly sorely desperately desperate need needed lifeline everything "
    "save rescue praying pray fumes options closest depending depends afford rent bills "
    "mortgage clinging holding"
)
_HOPE_RUNNING_OUT = re.compile(
    r"\bhow\s++(?:much\s++)?long(?:er)?\s++(?:i\s++|we\s++)?can\s++(?:keep\s++(?:going|this\s++up|"
    r"at\s++it|trying)|hold\s++on|hang\s++on|last|go\s++on|carry\s++on|survive|manage)\b"
    r"|\b(?:can't|cant|cannot|can\s++not)\s++(?:keep\s++going|go\s++on|carry\s++on|continue)\s++"
    r"like\s++this\b"
)
# Phrases that open a reading at their word (plea_spans).
_PHRASE_LINKS = (
    ("out of work", "work"),
    ("without work", "work"),
    ("how long", "long"),
    ("how much longer", "longer"),
    ("like this", "like"),
)
# The post as what sets the candidate right again: "a start with you would get me back on my
# feet", "a place with you would be the thing that puts me back on my feet" ("I'm back on my
# feet after the move" tells news).
_RESCUE = re.compile(
    r"\b(?:would|could|will|'d|'ll)\s++(?:[\w'-]++\s++){0,8}?back\s++on\s++my\s++feet\b"
)

_I_WOULD = word_set("i'd id i'll ill")
_TERMS = word_set("salary pay rate wage terms money range package")
_HOUSEHOLD = word_set(
    "family kids children parents mum mom dad wife husband rent mortgage bills household "
    "mother father sister sisters brother brothers son sons daughter daughters"
)
_SACRIFICE = word_set(
    "anything whatever arm floors floor salary pay cut commute coffee tea kettle toilets "
    "weekends nights unpaid free"
)
_ENTRY = (
    "to be part of",
    "to get in",
    "to get through",
    "to get my foot",
    "to get a foot",
    "foot in",
    "through the door",
    "to join",
    "to work with",
    "to work for",
    "to work here",
    "for the chance",
    "for a chance",
    "just to be",
    "what it took",
    "what it takes",
    "to be on",
    "to be there",
    "a place on",
    "a place in",
    "a place at",
    "in my favour",
    "in my favor",
)
_ONLY_WHAT = word_set(
    "thing job role post position application company option hope chance door interview offer"
)
_SPAN_OF_LIFE = word_set("year decade life career month week summer")
# After "the only thing/offer/... I": what stakes it ("applied for", "have left", "want").
_STAKED = word_set("applied want wanted left hoping hope need needed dreamed dreamt care")
_STAKE_VERBS = word_set("go face afford take survive bear")
_LENIENT = (
    "let one",
    "let this",
    "let that",
    "let my",
    "let a single",
    "not decide",
    "not count",
    "overlook",
    "look past",
    "hold it against",
    "hold that against",
    "hold this against",
)
# A request frame around a plea for leniency: "I'd ask that you", "if you could ...".
_ASKING = word_set("ask asking if could would please beg hope")
# The post lost, said as a condition: "if this one falls through", "if it went to someone else".
_LOSS = (
    "falls through",
    "fell through",
    "fall through",
    "doesn't happen",
    "does not happen",
    "didn't happen",
    "doesn't work out",
    "does not work out",
    "to someone else",
    "to somebody else",
    "to another candidate",
    "doesn't come through",
    "does not come through",
    "don't come through",
    "isn't successful",
)
# Or the post named as what the candidate would be without: "without this job I don't know
# what I'll do".
_WITHOUT_IT = (
    "without this",
    "without the job",
    "without the role",
    "without a job",
    "without work",
)
# What the candidate would be left as: lost, or without a next step.
_STRANDED = (
    "lost",
    "devastated",
    "crushed",
    "heartbroken",
    "what i'll do",
    "what i will do",
    "what i'd do",
    "what i would do",
    "no other plan",
    "no plan",
    "nothing else",
    "no idea what",
    "don't know what",
)
# The outcome as the best or the whole of a span of life: "the best thing to happen to me in
# years", "it would make the whole year worth it".
_LIFE_BEST = ("best thing to happen to me", "best thing that could happen to me", "worth it")
# Asking for only one more chance: "one more conversation is all I'd ask for".
# The post as fate, or a life on hold for the answer: "it is meant for me", "waiting by the phone".
_FATED = (
    "meant for me",
    "meant to be mine",
    "destined for",
    "waiting by the phone",
    "waiting by my phone",
    "sitting by the phone",
)
# A phone or inbox watched for the answer: "I keep checking my phone in case you've decided"
# ("I'll be checking my email for the schedule" is logistics).
_WATCHING = (
    "checking my phone",
    "checking my inbox",
    "checking my email",
    "refreshing my inbox",
    "refreshing my email",
    "glued to my phone",
    "staring at my phone",
    "watching my inbox",
)
_FOR_THE_ANSWER = (
    "keep ",
    "constantly",
    "every hour",
    "every few minutes",
    "in case",
    "for news",
    "decided",
    "decision",
    "your answer",
    "your reply",
    "hear from you",
    "hear back",
)
# Wanting said with all one has: "hoping with everything I have that I get the call".
_WANTING = word_set("hope hoping hoped wish wishing pray praying want wanting")
_TOTAL = (
    "with everything i",
    "with everything in me",
    "with all my",
    "with all i",
    "with all that i",
    "with every fibre",
    "with every fiber",
    "with my whole",
    "heart and soul",
    "more than anything",
    "more than i can say",
    "more than i've ever",
    "more than ive ever",
)
# The outcome for the candidate after the wanting ("that I get the call", "for a yes").
_MINE_OUTCOME = word_set("i i'm im me my yes offer role job call news this")
# A move for the post, made at once and without conditions: "I'd move across the country
# tomorrow for this", "I'd quit in a heartbeat".
_THANKFUL = word_set("thankful grateful glad happy indebted relieved")
# The least of outcomes: "for even a second round", "to just get through to the final".
_THE_LEAST = (" for even ", " for just ", " for any ", " even for ", " to just ", " just to get ")
_UPROOT = word_set("move relocate uproot quit drop leave give sell pack resign")
_AT_ONCE = (
    "tomorrow",
    "in a heartbeat",
    "no questions asked",
    "without a second thought",
    "without hesitation",
    "without thinking twice",
    "at the drop of a hat",
    "overnight",
    "in a second",
)
_ALL_I_ASK = ("all i'd ask", "all i ask", "all i'm asking", "all i would ask", "all i am asking")
# Each pleading reading as (words one of which it needs, and one of which besides): a note
# opens the readings whose both sides it holds, and only sentences holding a first word are read.
_PLEA_READINGS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (_SACRIFICE | word_set("took takes"), _I_WOULD),
    (word_set("only"), _ONLY_WHAT),
    (word_set("can't cant cannot couldn't couldnt"), _STAKE_VERBS),
    (word_set("plan"), word_set("no")),
    (word_set("make turn change transform complete"), _SPAN_OF_LIFE),
    (word_set("overlook past against let decide count"), _ASKING),
    (word_set("if"), word_set("through happen out else candidate successful")),
    (word_set("without"), word_set("do plan idea")),
    (word_set("nothing heaven whatever"), word_set("wouldn't wouldnt would")),
    (word_set("best worth"), _SPAN_OF_LIFE | word_set("years")),
    (word_set("all"), word_set("ask asking")),
    (
        word_set("meant destined waiting sitting checking refreshing glued staring watching"),
        word_set("me phone for inbox email"),
    ),
    (word_set("please"), word_set("if any")),
    (_WANTING, word_set("everything all every whole heart anything say")),
    (_UPROOT, _I_WOULD | word_set("would")),
    (_THANKFUL, word_set("even just any")),
    (word_set("forget owe debt heart"), word_set("never you your")),
    (word_set("word"), word_set("put")),
    (word_set("turned passed withdrew pulled"), word_set("other another offer offers interviews")),
    # The pay or terms given up for a way in; the household's needs laid on the answer; a need
    # said as urgent; all staked on it; the post asked for outright.
    (_TERMS, word_set("any whatever lower reduced less half minimum")),
    (
        _HOUSEHOLD,
        word_set(
            "depending depend depends relying rely relies counting waiting mean means change "
            "disappoint down need"
        ),
    ),
    (word_set("badly desperately"), word_set("need needed")),
    (word_set("do-or-die make-or-break die break"), word_set("me my us")),
    (word_set("give"), word_set("one job role post position")),
    (
        word_set("depends depend depending rests resting hangs hanging rides riding"),
        word_set("this"),
    ),
    (word_set("counting"), word_set("this")),
    # Pay cut for the post: "I'd accept well below the advertised range", "a lower band".
    (_CUT_WORDS, _PAY_WORDS),
    # Time out of work laid on the answer: "I've been out of work fourteen months, and a start
    # with you would finally let me get back on my feet" ("work" itself opens it only beside
    # "out of work" or "without work": plea_spans).
    (_JOBLESS_WORDS, _JOBLESS_STAKES),
    # The post as a rescue: "it would put me back on my feet".
    (word_set("feet"), word_set("would could will i'd id it'd itd")),
)


_PLEA_FIRST = frozenset().union(*(words for words, _ in _PLEA_READINGS))


_Readings = tuple[tuple[frozenset[str], frozenset[str]], ...]


class _Links:
    """A table of readings indexed by their first words: a note opens the few readings whose
    first words it holds, one set step, instead of every reading being tried."""

    __slots__ = ("first", "index")

    def __init__(self, readings: _Readings) -> None:
        self.first = frozenset().union(*(words for words, _ in readings))
        index: dict[str, list[frozenset[str]]] = {}
        for words, partners in readings:
            for word in words:
                index.setdefault(word, []).append(partners)
        self.index = {word: tuple(found) for word, found in index.items()}

    def open(self, vocab: set[str]) -> tuple[str, ...]:
        """The first words of the readings whose both sides the note's vocabulary holds: a
        first word held is a link when one of its readings' partners is held too."""
        index = self.index
        links: list[str] = []
        for word in self.first.intersection(vocab):
            for partners in index[word]:
                if not partners.isdisjoint(vocab):
                    links.append(word)
                    break
        return tuple(links)


_PLEA_LINKS = _Links(_PLEA_READINGS)


def _trimmed(start: int, text: str) -> tuple[int, int]:
    """The sentence's span without the spaces before it and the stop after it."""
    lead = len(text) - len(text.lstrip())
    return (start + lead, start + len(text.rstrip(".!?;\n \t")))


def plea_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Spans of sentences that plead by sacrifice, stakes or a plea for leniency."""
    if _PLEA_FIRST.isdisjoint(vocab) and not any(p in low for p, _ in _PHRASE_LINKS):
        return []
    # "I would" spelled out opens what "I'd" opens (one substring test: "would" alone is in
    # most notes, "I would" in few).
    links = _PLEA_LINKS.open(vocab | {"i'd"} if "i would" in low else vocab)
    # Readings opened by a phrase, not a word ("work", "long" and "can" are in most notes): time
    # out of work with its stakes, and hope running out ("how much longer I can keep going").
    extra = [w for phrase, w in _PHRASE_LINKS if phrase in low]
    if extra and not _JOBLESS_STAKES.isdisjoint(vocab):
        links += tuple(w for w in extra if w == "work")
    links += tuple(w for w in extra if w != "work")
    if not links:
        return []
    spans: list[tuple[int, int]] = []
    # Only the pieces holding a link word, found from the links (pieces.py).
    for start, end in _CUT.holding(low, links, min(len(low), _BUDGET)):
        text = low[start:end]
        words = _words(text)
        if _pleads(words, text):
            spans.append(_trimmed(start, text))
    return spans


def _pleads(words: list[str], text: str) -> bool:
    n = len(words)
    seen = set(words)  # isdisjoint and `in` on a set, not a scan of the list each time
    # The household's needs laid on the answer: "my family is depending on me", "the rent is due
    # and the kids need shoes, so this would change everything for us" (the "us" is the family).
    # Either reading of the household leaning on this outcome (review8 M25, read twice: the
    # clause shapes of _LEANS, or a leaning phrase not about other news nor a past let-down).
    if (
        not _HOUSEHOLD.isdisjoint(seen)
        and any(map(text.__contains__, _LEANING))
        and (_leans(text) or _household_leans(text))
    ):
        return True
    # The pay needed for the household: "I need the extra for my daughter's fees".
    if not _HOUSEHOLD.isdisjoint(seen) and _NEED_THE_PAY.search(text) is not None:
        return True
    if _FIRST_PERSON.isdisjoint(seen):
        return False
    # Pay or terms given up for a way in: "I'm ready to join at any salary", "I'd take the role
    # on whatever terms you think fair", "happy to start for a lower rate".
    if not _TERMS.isdisjoint(seen) and _CONCEDED_TERMS.search(text) is not None:
        return True
    if not _PAY_WORDS.isdisjoint(seen) and _CUT_PAY.search(text) is not None:
        return True
    if ("any" in seen or "whatever" in seen) and _ANY_PAY_TAKEN.search(text) is not None:
        return True
    if (
        not _JOBLESS_STAKES.isdisjoint(seen)
        and any(map(text.__contains__, _JOBLESS))
        and _jobless_staked(words)
    ):
        return True
    if ("long" in text or "like this" in text) and _HOPE_RUNNING_OUT.search(text) is not None:
        return True
    if "feet" in seen and _RESCUE.search(text) is not None:
        return True
    # A need said as urgent, or all staked on this one: "I need it very badly", "this is
    # do-or-die for me"; or the post asked for outright: "give me this one".
    # Each of these four patterns opens on \b and an alternation, which the regex engine
    # tries at every position of the piece; a word every match holds, looked for first with
    # `in` (C speed), spares the scan (the same answers).
    if ("badly" in text or "desperately" in text) and _NEED_URGENT.search(text) is not None:
        return True
    if "give" in text and _ASKED_OUTRIGHT.search(text) is not None:
        return True
    if (
        ("die" in text or "break" in text)
        and _ALL_ON_IT.search(text) is not None
        and any(map(text.__contains__, _FOR_ME))
    ):
        return True
    # A life or the household resting on this one: "my whole future hangs on this role",
    # "everything rides on this for me", "I'm counting on this one".
    if (
        any(map(text.__contains__, _RESTS_SUBJECTS))
        and _RESTS_ON_THIS.search(text) is not None
        and ("my" in seen or any(map(text.__contains__, _FOR_ME)))
    ):
        return True
    if "counting on this" in text:
        return True
    # The post lost said as a condition, and the candidate left stranded by it: "I'd be lost if
    # it went to someone else", "not sure what I'll do if this one falls through".
    if (
        ("if" in seen and any(map(text.__contains__, _LOSS)))
        or any(map(text.__contains__, _WITHOUT_IT))
    ) and any(map(text.__contains__, _STRANDED)):
        return True
    # "I would" spelled out, "nothing I wouldn't give up", "move heaven and earth": a sacrifice
    # for a way in, as "I'd give my right arm" is.
    would = not _I_WOULD.isdisjoint(seen) or "i would" in text or "i wouldn't" in text
    if (
        would
        and ("nothing i wouldn't" in text or "heaven and earth" in text or "whatever" in seen)
        and (any(map(text.__contains__, _ENTRY)) or "any job" in text or "any role" in text)
    ):
        return True
    # The outcome as the best of years or what makes a year: "a yes would be the best thing to
    # happen to me in years", "it would make the whole year worth it".
    if (
        ("would" in seen or "it'd" in seen)
        and any(map(text.__contains__, _LIFE_BEST))
        and (not _SPAN_OF_LIFE.isdisjoint(seen) or "years" in seen)
    ):
        return True
    if any(map(text.__contains__, _ALL_I_ASK)) and ("one more" in text or "another" in seen):
        return True
    if any(map(text.__contains__, _FATED)):
        return True
    if any(map(text.__contains__, _WATCHING)) and any(map(text.__contains__, _FOR_THE_ANSWER)):
        return True
    # Thankful for the least of outcomes: "I'd be so thankful for even a second round".
    if (
        (not _I_WOULD.isdisjoint(seen) or "i would" in text)
        and not _THANKFUL.isdisjoint(seen)
        and any(map(text.__contains__, _THE_LEAST))
    ):
        return True
    # "Please" on its own, before a condition or an ask of one's own: "Please, if there is any
    # flexibility, I'd love to be considered" ("please find attached" asks nothing for oneself).
    if (
        words[:1] == ["please"]
        and text.lstrip().startswith("please,")
        and any(w in ("if", "any", "i", "i'd", "id") for w in words[1:4])
    ):
        return True
    # A favour asked with a debt for life: "if you could find it in your heart to put in a word
    # for me, I'd never forget it".
    if any(map(text.__contains__, _FAVOUR)) and (
        any(map(text.__contains__, _FOR_LIFE)) or "for me" in text or "find it in" in text
    ):
        return True
    # A sacrifice already made for this one: "I've turned down two other interviews to focus
    # on this one".
    if any(map(text.__contains__, _GAVE_UP)) and any(map(text.__contains__, _FOR_THIS)):
        return True
    if not _WANTING.isdisjoint(seen) and _wants_all_out(words, text):
        return True
    if (
        (not _I_WOULD.isdisjoint(seen) or "i would" in text)
        and not _UPROOT.isdisjoint(seen)
        and any(map(text.__contains__, _AT_ONCE))
    ):
        return True
    # A sacrifice for a way in: "I'd give my right arm to be part of ...", "I would give up my
    # weekends to be on your team".
    if (
        would
        and not _SACRIFICE.isdisjoint(seen)
        and (any(map(text.__contains__, _ENTRY)) or "any job" in text or "any role" in text)
    ):
        return True
    if not _I_WOULD.isdisjoint(seen) and ("what it took" in text or "what it takes" in text):
        return True
    # Each step of the loop below reads only a word of _STAKES_AT: without one, it finds nothing.
    for k, w in enumerate(() if _STAKES_AT.isdisjoint(seen) else words):
        # The stakes: "the only thing I've applied for", "the only offer I have".
        if w == "only" and k + 2 < n and words[k + 1] in _ONLY_WHAT:
            after = words[k + 2 : k + 7]
            if any(x in ("i", "i've", "ive", "i'm", "im") for x in after[:2]) and any(
                x in _STAKED for x in after
            ):
                return True
        # "I can't go home without this one", "I can't afford another rejection".
        if w in ("can't", "cant", "cannot", "couldn't", "couldnt") and k >= 1:
            if words[k - 1] not in ("i", "we") and not (k >= 2 and words[k - 2] == "i"):
                continue
            rest = words[k + 1 : k + 10]
            if rest and rest[0] in ("really", "just", "honestly", "simply"):
                rest = rest[1:]
            # "I can't afford to lose this one": the loss staked by the candidate ("we can't
            # afford to lose the Friday slot" is a schedule).
            mine = words[k - 1] == "i" or (k >= 2 and words[k - 2] == "i")
            lose = mine and not _TO_LOSE.isdisjoint(rest)
            if (
                rest
                and rest[0] in _STAKE_VERBS
                and (
                    "without" in rest
                    or "another" in rest
                    or "losing" in rest
                    or lose
                    # "I cannot go home with nothing", "... empty-handed".
                    or "nothing" in rest
                    or "empty-handed" in rest
                )
            ):
                return True
        # "a yes would make my year", "it would turn my whole decade around"
        if (
            w in ("make", "turn", "change", "transform", "complete")
            and k >= 1
            and words[k - 1] in ("would", "will", "could", "it'd", "itd")
            and k + 2 < n
            and words[k + 1] == "my"
            and (words[k + 2] in _SPAN_OF_LIFE or (k + 3 < n and words[k + 3] in _SPAN_OF_LIFE))
        ):
            return True
        # "no plan B"
        if w == "plan" and k >= 1 and words[k - 1] == "no" and k + 1 < n and words[k + 1] == "b":
            return True
    # A plea for leniency: "I'd ask only that you let one answer not decide it".
    if "you" in seen and not _ASKING.isdisjoint(seen):
        return any(map(text.__contains__, _LENIENT))
    return False


_FIRST_PERSON = _I_WOULD | word_set("i im i'm i've ive my me")
_NO_NEED = word_set("don't dont won't wont no not")
_FACTS_NEEDED = [[w] for w in sorted(_FACT_VERBS)]


def _jobless_staked(words: list[str]) -> bool:
    """Whether a stakes word of a sentence about time out of work lays it on the answer: a
    need denied ("I don't need a notice period", "no need to wait") lays nothing."""
    for k, w in enumerate(words):
        if w not in _JOBLESS_STAKES:
            continue
        if w in _NEED and (
            (k and words[k - 1] in _NO_NEED)
            or words[k + 1 : k + 2] == ["no"]
            or (words[k + 1 : k + 2] == ["to"] and words[k + 2 : k + 3] in _FACTS_NEEDED)
        ):
            continue
        return True
    return False


# A verb of taking the post, then (within a few words) the terms conceded: "join at any salary",
# "take any shift ... for lower rate", "start on whatever terms". Bounded, so linear.
_CONCEDED_TERMS = re.compile(
    r"\b(?:take|accept|join|start|work|come)\b(?:\s++[\w',-]++){0,8}?\s++(?:at|for|on)\s++"
    r"(?:a\s++)?(?:any|whatever|lower|reduced|less|half|minimum)\b(?:\s++(?:of\s++)?(?:the\s++)?"
    r"[\w-]++){0,2}?\s++(?:salary|pay|rate|wage|terms|money|range|package)\b"
)
# The household leaning on the outcome (a phrase each: "my family depends on the clinic" is not).
_LEANING = (
    "depending on me",
    "depend on me",
    "depends on me",
    "relying on me",
    "rely on me",
    "relies on me",
    "counting on me",
    "depending on this",
    "depends on this",
    "counting on this",
    "waiting for good news",
    "waiting for news",
    "waiting on news",
    "mean a lot to my",
    "means a lot to my",
    "mean the world to my",
    "change everything for us",
    "change everything for me",
    "change everything for my",
    "disappoint them",
    "let them down",
)
# The household as the subject of its clause, leaning on the candidate or this answer: "my
# family is depending on me", "my parents are waiting for good news" (not "waiting for news on
# their school place"); "I cannot disappoint them again"; or the outcome as the subject of what it
# would do for them: "a yes would change everything for us", "it would mean a lot to my family".
_HOUSEHOLD_RX = (
    r"\b(?:family|kids|children|parents|mum|mom|dad|wife|husband|mother|father|sisters?|"
    r"brothers?|sons?|daughters?|household)\b[^,;.!?\n]{0,40}?"
)
_LEANS = re.compile(
    _HOUSEHOLD_RX
    + r"\b(?:depending|relying|counting|depends?|rely|relies)\s++on\s++(?:me|this|us)\b"
    r"|" + _HOUSEHOLD_RX + r"\bwaiting\s++(?:for|on)\s++(?:good\s++|the\s++)?news\b"
    r"(?!\s++(?:on|about|of|regarding|from\s++(?:school|the\s++(?:school|hospital|council))))"
    r"|\b(?:can't|cant|cannot|can\s++not|couldn't|could\s++not)\s++(?:bear\s++to\s++)?"
    r"(?:disappoint\s++them|let\s++them\s++down)\b"
    r"|\b(?:this(?:\s++(?:one|job|role|post|offer))?|it|a\s++yes|an\s++offer|the\s++(?:job|role|post|"
    r"position|offer))\s++(?:would|will|could|'d|'ll)\s++(?:really\s++|truly\s++)?"
    r"(?:change\s++everything\s++for\s++(?:us|me|my)|mean\s++(?:a\s++lot|the\s++world|everything|"
    r"so\s++much)\s++to\s++my)\b"
)


def _leans(text: str) -> bool:
    return _LEANS.search(text) is not None


# News waited on of something else ("waiting for news on their school place", "from the
# hospital") is no plea; news of this outcome or from the reader is ("news from you", "on this").
_NEWS = ("waiting for good news", "waiting for news", "waiting on news")
_NEWS_OF_OTHER = re.compile(
    r"\s{1,4}+(?:on|about|of|regarding|from)\s{1,4}+(?!(?:this|it|the\s++(?:role|job|post|position|"
    r"offer|outcome|decision|interview|application|team|panel|company|recruiter)|my\s++"
    r"(?:application|interview|candidacy)|your|you)\b)"
)
# Failing the household told as a past story ("I never wanted to let them down, which is why
# ..."): not the stakes of this answer.
_LET_DOWN = ("disappoint them", "let them down")
_PAST_LET_DOWN = ("wanted to ", "never ", "didn't ", "did not ", "used to ")


def _household_leans(text: str) -> bool:
    """Whether a leaning phrase in `text` (a sentence with a household word) lays the
    household's needs on this outcome: news waited on must be of this outcome or from the
    reader, and a let-down must not be a past story."""
    for phrase in _LEANING:
        at = text.find(phrase)
        if at < 0:
            continue
        if phrase in _NEWS and _NEWS_OF_OTHER.match(text, at + len(phrase)) is not None:
            continue
        if phrase in _LET_DOWN and any(x in text[max(0, at - 24) : at] for x in _PAST_LET_DOWN):
            continue
        return True
    return False


_NEED_URGENT = re.compile(
    r"\bi\s++(?:(?:really|so|just|truly)\s++)?need(?:ed)?\s++(?:it|this(?:\s++one)?|the\s++"
    r"(?:job|role|post|position|work))\s++(?:(?:so|very|really|quite)\s++)?(?:badly|desperately)\b"
)
_ASKED_OUTRIGHT = re.compile(
    r"\bgive\s++me\s++(?:this\s++one|(?:the|this)\s++(?:job|role|post|position))"
    r"(?=\s*+(?:[.,;!]|$|please\b|and\b))"
)
_RESTS_ON_THIS = re.compile(
    r"\b(?:career|future|life|family|livelihood|everything)\b[^.!?;\n]{0,40}?\b(?:depends|depend|"
    r"depending|rests|resting|hangs|hanging|rides|riding)\s++on\s++(?:this|getting|whether)\b"
)
_ALL_ON_IT = re.compile(r"\b(?:do[\s-]or[\s-]die|make[\s-]or[\s-]break)\b")
# The subjects one of which every match of _RESTS_ON_THIS starts with (its first group).
_RESTS_SUBJECTS = ("career", "future", "life", "family", "livelihood", "everything")
_FOR_ME = ("for me", "for us", "for my", "to me")
# The words at which a step of _pleads' word loop can find a plea.
_STAKES_AT = word_set(
    "only can't cant cannot couldn't couldnt make turn change transform complete plan"
)
_FAVOUR = (
    "put in a word",
    "put in a good word",
    "find it in your heart",
    "make this happen",
    "make it happen",
)
_FOR_LIFE = ("never forget", "owe you", "in your debt", "forever")
_GAVE_UP = ("turned down", "passed up", "passed on", "withdrew from", "pulled out of", "said no to")
_FOR_THIS = ("this one", "focus on", "for this", "on this role", "on this job", "on you")
_TO_LOSE = word_set("losing lose miss missing blow blowing waste wasting")


def _wants_all_out(words: list[str], text: str) -> bool:
    """Wanting with everything one has, for an outcome of the candidate's ("hoping with
    everything I have that I get the call"); a wish for the reader ("I hope with all my heart
    your launch goes well") is not a plea."""
    at = min((text.find(t) for t in _TOTAL if t in text), default=-1)
    if at < 0:
        return False
    wanted = next(k for k, w in enumerate(words) if w in _WANTING)
    after = words[wanted + 1 :]
    if "you" in after[:6] or "your" in after[:6]:
        return False
    # The outcome is the candidate's: a first-person word or the post after the totality.
    tail = _WORD.findall(text[at + 8 :])
    return not _MINE_OUTCOME.isdisjoint(tail[2:])


# --- self-deprecation ---------------------------------------------------------------------------

_LOW_SELF_FIRST = word_set(
    "dumb stupid useless hopeless mediocre dim nobody dunce slow small average weak clumsy dull"
)
_TRAIT_ADJ = word_set(
    "clever smart sharp bright quick talented strong good gifted experienced polished "
    "impressive brilliant qualified capable skilled"
)
_I_AM = ("i'm", "im", "i am", "i'd be", "id be", "i was", "i'll be", "i will be")
_BELOW = (
    "not the most",
    "not the best",
    "not the strongest",
    "not the smartest",
    "not the sharpest",
    "not the quickest",
    "not the fastest",
    "not the polished",
    "not the obvious",
    "not the usual",
    "not what you",
    "the weakest",
    "the slowest",
    "the least",
    "an odd fit",
    "odd fit",
    "a long shot",
    "a long way off",
    "an unusual pick",
    "an unusual choice",
    "an odd choice",
    "an outside bet",
    "an unlikely pick",
    "an unlikely choice",
    "a wildcard",
    "nowhere near the",
    "not at the level",
    "not up to the level",
    "below the level",
    "rougher",
    "less experienced than",
    "less polished",
    "less qualified",
    "a step behind",
    "steps behind",
    "behind the others",
    "behind everyone",
    "behind them",
    "out of my depth",
    "not the calibre",
    "not a natural",
    "not the caliber",
    "not the standard",
    "not the level",
    "in over my head",
    "above my weight",
    "out of my league",
    "not up to your",
    "not up to the standard",
    "not up to scratch",
    "not up to par",
)
# Luck credited over skill: "I've mostly been lucky rather than good".
_LUCK_NOT_SKILL = ("lucky rather than good", "luck rather than", "more luck than")
_OTHERS = word_set(
    "others other everyone candidates applicants people interviewees hires analysts engineers "
    "finalists shortlist pool"
)
# Measured against the others: "I doubt I measure up to the other finalists".
_MEASURE = ("measure up", "stack up", "match up", "hold a candle")
# Adverbs that soften a rank without changing it: "not exactly a natural", "not really the
# sharpest".
_SOFTENERS = re.compile(r"\b(?:exactly|really|quite|particularly|especially|remotely)\s+")
# The usual run of people met: "not the calibre of person you usually meet".
_USUAL = word_set("usually normally typically generally ordinarily")
_COMPARATIVE = word_set(
    "better cleaner stronger sharper smarter clearer quicker faster more impressive polished "
    "brighter richer deeper"
)
_HABIT = (
    "i tend to",
    "i always",
    "i usually",
    "i often",
    "i know i",
    "i've always",
    "ive always",
    "i have always",
    "never have been",
    "never been",
    "i'm prone to",
    "i am prone to",
    "i have a habit of",
    "i've a habit of",
    "the sort who",
    "the type who",
    "the kind who",
    "the sort of person who",
    "the type of person who",
    "the kind of person who",
    "always has",
    "always have",
    "always did",
    "always been",
    "never had",
    "tends to",
    "tend to",
    "whenever",
    "every time",
    "under pressure",
    "habit of",
    "put me in front",
    "put me on the spot",
    "always like this",
    " i am always ",
    " i'm always ",
    " always i ",
)
_FLAW = (
    "talk too much",
    "talk myself out",
    "overthink",
    "ramble",
    "waffle",
    "freeze",
    "go blank",
    "panic",
    "undersell",
    "not a quick",
    "not a fast",
    "not a natural",
    "not a strong",
    "not a great",
    "not good at",
    "not very good",
    "bad at",
    "terrible at",
    "hopeless at",
    "useless at",
    "the slow one",
    "a slow",
    "clumsy",
    "get flustered",
    "trip over my",
    "mess things up",
    "mess up",
    "go to pieces",
    "goes to pieces",
    "fall apart",
    "falls apart",
    "deer in headlights",
    "deer in the headlights",
    "tongue-tied",
    "much of a",
    "a head for",
    "achilles heel",
    "weak spot",
    "weak point",
    "blind spot",
    "kryptonite",
    "wired for",
    "built for",
    "like a sieve",
    "overcomplicat",
    "over-complicat",
    "overexplain",
    "over-explain",
    "rambl",
    "waffl",
    "to jelly",
    "to mush",
    "i'm slow",
    "im slow",
    "i am slow",
    "make stupid mistakes",
    "make silly mistakes",
    "make careless mistakes",
    "make dumb mistakes",
    "making stupid mistakes",
    "making silly mistakes",
    "making careless mistakes",
    "brain is not quick",
    "brain isn't quick",
    "brain is slow",
    "mind is slow",
)
# A better candidate imagined: "someone with a proper degree would have nailed it".
_SOMEONE = word_set("someone somebody anyone anybody candidate person")
_WOULD_HAVE_DONE = word_set(
    "nailed aced breezed smashed better handled answered managed seen spotted caught solved known"
)
# Measured against the reader's pool of candidates: the people the reader sees or meets, the
# other applicants, the names on the list ("the registrars you usually see", "your other
# applicants", "the strongest name on your list"). Possessive, fixed alternatives: linear.
_POOL = re.compile(
    r"\byou(?:'ll|'ve|\s++will|\s++have)?+\s++(?:(?:usually|normally|typically|probably|already)"
    r"\s++)?+(?:see|seen|meet|met|interview|interviewed)\b|\b(?:your|the)\s++other\b|"
    r"\bon\s++your\s++(?:short)?+list\b"
)
# A rank given against that pool: below it ("poorly", "green", "a lightweight", "not up to the
# standard"), the pool above ("unlike me", "far better"), or the top denied. A bare comparative
# is no rank: "I'd like to get better at it, as the other analysts did".
_RANKED = word_set("poorly green lightweight unlike strongest standard")
_FAR = word_set("far much way lot")
# The self-talk readings as (words one of which each needs, and one of which besides).
_MOST_PEOPLE = (
    "most people",
    "most candidates",
    "anyone else",
    "anybody else",
    "people in my position",
    "a stronger candidate",
    "a better candidate",
    # The least of the trade: "a first-year trainee would have caught it", "my classmates
    # would all have spotted it".
    "at my level",
    "a first-year",
    "any first-year",
    "a junior",
    "any junior",
    "a trainee",
    "any trainee",
    "a student",
    "any student",
    "an intern",
    "any intern",
    "a beginner",
    "any beginner",
    "my classmates",
    "my peers",
    "from a proper",
    "with a proper",
)
# "would have", "would all have", "would've", "'d have": the better performance imagined.
_WOULD_HAVE = re.compile(r"\bwould(?:\s++all)?+\s++have\b|\bwould've\b|'d\s++have\b")
# Made small by a lowly label: "a mere intern", "a glorified dispatcher", "a lowly clerk".
_LOWLY = ("a mere ", "a glorified ", "a lowly ")
_LOWLY_PERSON = word_set(
    "intern junior nobody temp clerk admin assistant trainee grad graduate student newbie "
    "beginner typist dogsbody minion gofer dispatcher coder programmer tester helper worker "
    "labourer laborer secretary receptionist cashier technician tech amateur hobbyist"
)
_PERSON_ENDS = ("ist", "ian", "ant", "ee")
# "I'm no longer", "I'm no doubt": not a trade denied.
_NOT_A_TRADE = word_set("longer doubt stranger less more different one")
_POOR = word_set("patchy thin limited weak modest poor shaky spotty sparse lacking meagre meager")
_RECORD = word_set("background experience cv resume record skills knowledge skillset portfolio")
_ME = word_set("i i'm im i've ive i'd id me my myself")
# Below the pool by a lowering comparative: "my portfolio is thinner than the other
# candidates'", "slower than the bootcamp kids", "I'm sure I'm behind the candidates from
# teaching hospitals", "a dinosaur next to the younger candidates".
_LOWERING = word_set("thinner slower weaker greener rougher poorer worse behind dinosaur less")
_POOL_NOUNS = word_set("candidates applicants kids graduates grads others people")
_SET_AGAINST = word_set("than next beside compared behind alongside")
# Unfit for the work, said in words of fitness or ability rather than by rank: a standing lack
# at a kind of task ("I'm hopeless with numbers under pressure", "I'm very poor at explaining
# things"), a person unsuited ("constitutionally unsuited to oral examination", "out of my
# depth"), not the pick ("I'm hardly the obvious choice", "not much of a talker"), a doubt about
# being enough or the fit ("I'm not sure I'm senior enough for a team like yours", "I worry I
# might not be the right fit") and a record that falls short ("my qualifications fall well short
# of the advert"). An answer that fell short ("my answer fell short") owns a slip, not a trait.
_UNFIT_FIRST = word_set(
    "poor terrible awful bad hopeless useless rubbish dreadful weak unsuited suited unfit "
    "equipped depth league hardly much enough fit match choice short cut"
)
_UNFIT_ME = word_set("i'm im am my i")
# What a sentence holding the common ones of those words must also hold for _UNFIT to match:
# most sentences with "much", "cut" or "short" are then passed over on a substring test.
_UNFIT_NEEDS = {
    "much": "not much of",
    "cut": "cut out for",
    "short": "fall",
    "depth": "out of my",
    "league": "out of my",
    "fit": "not",
    "match": "not",
}
_UNFIT_DEGREE = (
    r"(?:(?:just|really|very|so|pretty|honestly|simply|genuinely|probably|clearly|quite|rather|"
    r"painfully|truly|constitutionally|completely|totally|utterly|a\s++bit|always|still|also)\s++)"
)
_UNFIT = re.compile(
    rf"\b(?:i'm|im|i\s++am)\s++{_UNFIT_DEGREE}{{0,3}}(?:"
    r"(?:poor|terrible|awful|bad|hopeless|useless|rubbish|dreadful|weak|no\s++good)\s++(?:at|with)\b"
    r"|(?:unsuited|ill-suited|unfit|ill-equipped|out\s++of\s++my\s++(?:depth|league))\b"
    r"|hardly\s++(?:the|an?)\s++(?:[\w-]++\s++)?(?:obvious|ideal|usual|typical|most|best|"
    r"strongest|natural|perfect|textbook|likeliest|likely)\b"
    r"|not\s++much\s++of\s++an?\s++(?:talker|speaker|writer|presenter|communicator|networker|"
    r"thinker|leader|performer|interviewer|conversationalist|salesperson|people\s++person)\b)"
    r"|\b(?:not\s++sure|doubt|unsure|wonder(?:ing)?\s++(?:if|whether)|worry|worried|afraid|fear)"
    r"\s++(?:that\s++)?(?:i'm|im|i\s++am|i'll\s++be|i\s++would\s++be|i'd\s++be|i\s++was)\s++"
    r"(?:(?:really|quite|ever|actually)\s++)?(?:smart|good|qualified|sharp|senior|experienced|"
    r"strong|technical|talented|ready|prepared|quick|fast|clever|capable|skilled)\s++enough\b"
    r"|\b(?:worry|worried|afraid|fear|suspect|probably|perhaps|maybe)\s++(?:that\s++)?"
    r"i(?:'m|\s++am|\s++might|\s++may|\s++could)?+\s++(?:(?:probably|just|simply|perhaps|maybe|"
    r"well)\s++)?not\s++(?:be\s++)?(?:the\s++)?(?:right|ideal|obvious)\s++(?:fit|match|person|"
    r"candidate|choice)\b"
    r"|\b(?:i|my\s++(?:[\w-]++\s++)?(?:qualifications|experience|background|cv|résumé|resume|"
    r"skills|skill\s++set|profile|record|credentials))\s++(?:\w++\s++)?(?:fall|falls)\s++"
    r"(?:(?:well|far|way|rather)\s++|a\s++(?:long\s++way|little|bit)\s++)?short\b"
)


_SELF_READINGS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (_LOWERING, _POOL_NOUNS),
    (
        word_set(
            "most best strongest smartest sharpest quickest fastest polished obvious usual "
            "weakest slowest least odd shot rougher less behind depth head weight league natural "
            "standard scratch par"
        ),
        word_set("i'm im am i'd id was be"),
    ),
    # A low label of oneself: "I'm a slow person", "I'm kind of dumb at maths", "a small fish".
    (_LOW_SELF_FIRST, word_set("i'm im am")),
    # "Not so clever like the engineers you have", "not as experienced as the others".
    (_TRAIT_ADJ, word_set("like as")),
    # The reader's pool ranked above, the candidate implied: "you probably had stronger people
    # anyway", "sharper candidates than a 58-year-old".
    (
        word_set("stronger better sharper smarter brighter younger qualified experienced"),
        word_set("people candidates applicants options profiles choices fits"),
    ),
    # Not keeping up, "someone like me": "I doubt an old hand like me would have kept up".
    (word_set("kept keep cope coped compete competed"), word_set("like")),
    (word_set("lucky luck"), _ME),
    (_COMPARATIVE, word_set("mine me than")),
    (_WOULD_HAVE_DONE, _SOMEONE),
    (word_set("rather"), word_set("star natural genius rockstar high-flyer prodigy whizz wizard")),
    (word_set("usually normally typically generally ordinarily"), word_set("i'm im am")),
    (word_set("measure stack candle compete"), _OTHERS),
    (word_set("calibre caliber standard level"), word_set("i'm im am")),
    (
        word_set(
            "most anyone anybody people stronger better level first-year junior trainee "
            "student intern beginner classmates peers proper"
        ),
        word_set("would would've"),
    ),
    (word_set("mere glorified lowly"), _ME),
    (word_set("no"), word_set("i'm im am")),
    (word_set("my"), _POOR),
    (word_set("off nowhere pick choice bet wildcard"), word_set("i'm im am")),
    (word_set("head"), word_set("never no")),
    (word_set("heel spot point kryptonite wired built"), word_set("my always never")),
    (
        _RANKED | _COMPARATIVE,
        word_set("you'll youll you've youve see seen meet met interview other list"),
    ),
    (
        word_set(
            "tend tends whenever always usually often know never prone habit sort type kind "
            "pressure put"
        ),
        word_set(
            "stupid silly careless dumb brain "
            "much myself overthink ramble waffle freeze blank panic undersell quick fast "
            "natural strong great good bad terrible hopeless useless slow clumsy flustered "
            "trip mess pieces apart headlights tongue-tied sieve jelly mush overcomplicating "
            "overcomplicate overexplaining overexplain rambling waffling"
        ),
    ),
)


_STAR = word_set("star natural genius rockstar high-flyer prodigy whizz wizard")
# "I'm a slow person", "I'm kind of dumb at maths", "I am a small fish", "I'm an average
# candidate": a word that ranks by itself, or a mild one with a person after it.
_LOW_SELF = re.compile(
    r"\b(?:i'm|im|i\s++am)\s++(?:(?:just|only|still|really|such|kind\s++of|sort\s++of|a\s++bit|"
    r"pretty|quite|so|rather|honestly)\s++){0,2}(?:an?\s++)?(?:(?:dumb|stupid|useless|hopeless|"
    r"mediocre|dim|nobody|dunce)\b|(?:slow|small|average|weak|clumsy|dull)\s++(?:person|one|learner|"
    r"thinker|fish|guy|girl|man|woman|candidate|worker|talker|mind)\b)"
)
_NOT_AS = re.compile(
    r"\bnot\s++(?:so|as)\s++(?:clever|smart|sharp|bright|quick|talented|strong|good|gifted|"
    r"experienced|polished|impressive|brilliant|qualified|capable|skilled)\s++(?:like|as)\b"
)
_RANKED_ABOVE = re.compile(
    r"\b(?:better|stronger|sharper|smarter|brighter|younger|more\s++(?:qualified|experienced))"
    r"(?:,?\s++[\w-]++){0,2}?,?\s++(?:people|candidates|applicants|options|profiles|choices|fits)\b"
)
# The reader as the one who has them: "you probably had stronger people anyway", "you'll have
# sharper candidates" ("you said the team hires stronger candidates" reports, ranks nobody).
_YOU_HAVE_RANKED = re.compile(
    r"\byou(?:'ll|'ve|'d)?+\s++(?:(?:will|must|probably|surely|likely|already|certainly|have)\s++){0,2}"
    r"(?:have|had|got|see|saw|met|meet|interview|interviewed)\s++(?:(?:much|far|way|many|some|"
    r"plenty\s++of|a\s++lot\s++of)\s++)?(?:better|stronger|sharper|smarter|brighter|younger|more\s++"
    r"(?:qualified|experienced))\b"
)
_THAN_SELF = re.compile(
    r"\bthan\s++(?:me|mine|i|myself|an?\s++\d{2}-year-old|someone\s++like\s++me)\b"
)
# The pool ranked above said to exist, with the writer implied: "no doubt there were more
# experienced applicants" (beside _YOU_HAVE_RANKED: the reader as the one who has them).
_THERE_RANKED = re.compile(
    r"\bthere\s++(?:were|are|will\s++be|must\s++be|'ll\s++be|'re)\s++(?:[\w']++\s++){0,2}?"
    r"(?:better|stronger|sharper|smarter|brighter|younger|more\s++(?:qualified|experienced))\b"
)
_DOUBTING = (" anyway ", " probably ", " surely ", " no doubt ", " i'm sure ", " i am sure ")
_KEEP_UP = re.compile(
    r"\b(?:kept|keep|keeping)\s++(?:up|pace)\b|\b(?:cope|coped|compete|competed)\b"
)
_SELF_FIRST = frozenset().union(*(words for words, _ in _SELF_READINGS))
_SELF_LINKS = _Links(_SELF_READINGS)


def self_spans(low: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Spans of sentences where the candidate ranks themself below others or names a standing
    flaw."""
    if _SELF_FIRST.isdisjoint(vocab) and _UNFIT_FIRST.isdisjoint(vocab):
        return []
    links = _SELF_LINKS.open(vocab)
    # Unfit for the work (_UNFIT) is read on its own: its words are common ("much", "short",
    # "cut"), and a sentence holding one only costs that one regex, not the whole reading.
    unfit = (
        tuple(w for w in _UNFIT_FIRST.intersection(vocab) if _UNFIT_NEEDS.get(w, "") in low)
        if not _UNFIT_ME.isdisjoint(vocab)
        else ()
    )
    if not links and not unfit:
        return []
    spans: list[tuple[int, int]] = []
    limit = min(len(low), _BUDGET)
    # The links are tested on the text with curly apostrophes straightened: without one in
    # the note, the pieces holding a link are found from the links (pieces.py).
    found = (
        _CUT.holding(low, links + unfit, limit)
        if low.find("\u2019", 0, limit) < 0
        else [m.span() for m in _PIECE.finditer(low, 0, limit)]
    )
    for start, end in found:
        text = low[start:end].replace("\u2019", "'")
        if text.endswith("?"):
            continue
        if (any(w in text for w in links) and _runs_down(text)) or (
            any(w in text for w in unfit) and _unfit(text)
        ):
            spans.append(_trimmed(start, text))
    return spans


def _unfit(text: str) -> bool:
    """Whether the sentence says the candidate is unfit for the work (_UNFIT), or not made for
    it: "I'm honestly not sure I'm cut out for clinical work"."""
    if _UNFIT.search(text) is not None:
        return True
    return (
        "cut out for" in text
        and any(x in f" {text} " for x in (" not ", "n't ", " never "))
        and not _ME.isdisjoint(_WORD.findall(text))
    )


def _below_pool(words: list[str]) -> bool:
    """Whether a lowering word sets the candidate against the pool within a few words: "thinner
    than the other candidates", "behind the candidates from teaching hospitals" ("less" only
    before a quality: "less experienced than the others", not "less than the others pay")."""
    for k, w in enumerate(words):
        if w not in _LOWERING or (w == "less" and words[k + 1 : k + 2] == ["than"]):
            continue
        after = words[k + 1 : k + 8]
        linked = w == "behind" or not _SET_AGAINST.isdisjoint(after[:4])
        if linked and not _POOL_NOUNS.isdisjoint(after):
            return True
    return False


def _runs_down(text: str) -> bool:
    if _SOFTENERS.search(text):
        text = _SOFTENERS.sub("", text)
    padded = f" {text} "
    # Below the others: "I'm not the most technical person you'll meet".
    if any(f" {i} " in padded for i in _I_AM) and any(b in text for b in _BELOW):
        return True
    words = _words(text)  # the text holds no curly apostrophe (self_spans)
    # A low label of oneself, or a trait below the others', or the pool ranked above.
    if _LOW_SELF.search(text) is not None:
        return True
    if (
        not _TRAIT_ADJ.isdisjoint(words)
        and _NOT_AS.search(text) is not None
        and any(f" {i} " in padded for i in _I_AM)
        and (not _OTHERS.isdisjoint(words) or "you have" in text or "your" in words)
    ):
        return True
    if _RANKED_ABOVE.search(text) is not None and (
        _THAN_SELF.search(text) is not None
        or (
            (_YOU_HAVE_RANKED.search(text) is not None or _THERE_RANKED.search(text) is not None)
            and any(x in padded for x in _DOUBTING)
        )
    ):
        return True
    if " like me " in padded and _KEEP_UP.search(text) is not None:
        return True
    if any(x in text for x in _LUCK_NOT_SKILL) and not _ME.isdisjoint(words):
        return True
    # Below the usual or measured against the others: "I'm not the calibre of person you usually
    # meet", "I doubt I measure up to the other finalists".
    if (" i'm not " in padded or " i am not " in padded) and any(
        w in _USUAL and words[k - 1] in ("you", "you'd", "they") for k, w in enumerate(words) if k
    ):
        return True
    if (
        any(m in text for m in _MEASURE)
        and not _OTHERS.isdisjoint(words)
        and not _ME.isdisjoint(words)
    ):
        return True
    # Below a type: "I'm a plodder rather than a star".
    if "rather than a" in text and any(f" {i} " in padded for i in _I_AM):
        at = words.index("rather") if "rather" in words else -1
        if at >= 0 and not _STAR.isdisjoint(words[at + 2 : at + 5]):
            return True
    # The others ranked above: "the other people you saw today had cleaner answers than mine".
    if not _OTHERS.isdisjoint(words) and not _COMPARATIVE.isdisjoint(words):
        mine = "than mine" in text or "than me" in text or "than i " in padded
        other = next(k for k, w in enumerate(words) if w in _OTHERS)
        better = next((k for k, w in enumerate(words) if w in _COMPARATIVE), -1)
        if mine and other < better:
            return True
    # A better candidate imagined, with nothing said about the process ("your acronyms"
    # would make it a jab, blame): "someone with a proper degree would have nailed it", "most
    # people in my position would have caught that".
    if (
        (
            (not _SOMEONE.isdisjoint(words[:4]) and ("with" in words or "who" in words))
            or any(p in text for p in _MOST_PEOPLE)
        )
        and _WOULD_HAVE.search(text) is not None
        and not _WOULD_HAVE_DONE.isdisjoint(words)
        and "your" not in words
    ):
        return True
    # A lowly label in a sentence about the candidate: "talk to me (a mere intern, really)",
    # "not really a manager, more of a glorified dispatcher" ("a glorified spreadsheet" is a
    # thing, not a person).
    if not _ME.isdisjoint(words):
        for lead in _LOWLY:
            at = text.find(lead)
            if at >= 0:
                after = _WORD.findall(text, at + len(lead), at + len(lead) + 40)[:2]
                if any(w in _LOWLY_PERSON or w.endswith(_PERSON_ENDS) for w in after):
                    return True
    # "I'm no statistician": the candidate denied a trade.
    for lead in (" i'm no ", " im no ", " i am no "):
        at = padded.find(lead)
        if at >= 0:
            nxt = _WORD.findall(padded, at + len(lead), at + len(lead) + 30)[:1]
            if nxt and nxt[0] not in _NOT_A_TRADE:
                return True
    # Not made for the work: "my brain just isn't wired for mental arithmetic".
    if any(x in text for x in ("wired for", "built for", "cut out for")) and any(
        x in padded for x in (" not ", "n't ", " never ")
    ):
        return not _ME.isdisjoint(words)
    # The candidate's own background judged: "someone with my patchy background".
    for k, w in enumerate(words[:-2]):
        if w == "my" and words[k + 1] in _POOR and words[k + 2] in _RECORD:
            return True
    # Ranked against the reader's pool, with the candidate in the sentence: "I must have seemed
    # green next to the people you usually interview", "you've met far better pharmacists".
    if (
        not _ME.isdisjoint(words)
        and (
            not _RANKED.isdisjoint(words)
            or any(w in _COMPARATIVE and words[k - 1] in _FAR for k, w in enumerate(words) if k)
        )
        and _POOL.search(text)
    ):
        return True
    if not _LOWERING.isdisjoint(words) and not _ME.isdisjoint(words) and _below_pool(words):
        return True
    # A standing flaw: "I tend to talk myself out of things", "not a quick thinker, never have
    # been".
    # The candidate must be in it: "the old queue falls apart, always has" is about a system.
    return (
        any(h in padded for h in _HABIT)
        and any(f in text for f in _FLAW)
        and not _ME.isdisjoint(words)
    )
