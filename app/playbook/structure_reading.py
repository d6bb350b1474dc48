"""Reading a phrase in its clause and sentence (issue 14): is it asserted, is a sentence the
candidate's own question?

The lexicon finds phrases ("my mistake", "what happens if"); whether they count depends on the
clause around them, and the same few frames decide that for any phrasing:
- a phrase inside a conditional, a doubt, a hedge or a question does not assert it ("if it was my
  mistake", "I'm not sure it was my fault", "maybe it was partly on me", "was that on me?");
- a question the candidate is recounting is someone else's ("you asked how I'd shard it?",
  "your question was what I'd cut first?"), and a rhetorical one asks nothing ("who knew ...?");
- a hurried person's question may have no "?" ("What happens if the round slips" at the end of
  a paragraph): an interrogative frame at the start of an unpunctuated sentence is a question.

Every helper reads a bounded window around the phrase (at most `_REACH` characters), so calling
one per phrase or per sentence keeps the check linear. Inputs are lower-cased working copies
with the note's offsets.
"""

from __future__ import annotations

import re

from app.playbook.rules import negated, word_set

__all__ = [
    "OWNING_GATE",
    "asserted",
    "clause_before",
    "corrects_itself",
    "gives_substance",
    "gives_the_thing",
    "listed_questions",
    "may_carry_point",
    "narrates",
    "object_of_preposition",
    "offers_it",
    "owned_in_other_words",
    "owning_clause",
    "reported",
    "restates",
    "rhetorical",
    "says_that",
    "sentence_is_question",
    "states_a_fact",
    "typed_lower",
    "unpunctuated_question",
    "would_do",
]

_REACH = 160  # characters read back for a clause: a long clause, not a paragraph

# Where a clause starts: punctuation, a line break, or a coordinating/relative word.
_CLAUSE_START = re.compile(r"[,;:.!?\n()\u2014\u2013]|\s-\s|\b(?:but|and|so|yet|which|though)\b")

# Frames that keep a phrase from being asserted in its clause. "if I'm honest" is a manner of
# speaking, not a condition; it is taken out before the test.
_UNASSERTED = re.compile(
    r"\b(?:if|whether|unless|suppose|supposing|assuming|in\s+case|wonder|wondering|wondered|"
    r"doubt|unsure|not\s+sure|n't\s+sure|nt\s+sure|not\s+certain|n't\s+certain|"
    r"(?:do|does|did)\s*(?:n't|not|nt)\s+(?:think|believe|feel)|maybe|perhaps|possibly|"
    r"probably|partly|partially|in\s+part|some\s+of|might|may\s+have|"
    r"(?:you|they|he|she|people|others|some|someone|anyone)\s+(?:might\s+|may\s+|would\s+|could\s+)?"
    r"(?:say|said|says|think|thought|thinks|feel|felt|claim|claimed|argue|argued))\b"
)
_MANNER = re.compile(
    r"\bif\s+i(?:'m|\s+am|m)\s+(?:being\s+)?(?:honest|frank|candid|truthful)\b|"
    r"\bif\s+i\s+(?:may|can|could)\s+(?:say|be\s+(?:honest|frank))\b|"
    r"\bif\s+(?:you\s+)?ask\s+me\b"
)


def clause_before(low: str, start: int) -> str:
    """The clause of `low` that leads up to `start`, from the last clause boundary."""
    window = low[max(0, start - _REACH) : start]
    cut = 0
    for m in _CLAUSE_START.finditer(window):
        cut = m.end()
    return window[cut:]


def sentence_is_question(text: str, end: int) -> bool:
    """Whether the sentence running on from `end` ends with "?" (read up to `_REACH` on)."""
    for ch in text[end : end + _REACH]:
        if ch in ".!\n":
            return False
        if ch == "?":
            return True
    return False


def asserted(low: str, start: int, end: int) -> bool:
    """Whether the phrase at low[start:end] is said as a plain statement: not in a conditional,
    a doubt, a hedge or someone else's opinion in its clause, and not part of a question."""
    clause = clause_before(low, start)
    if clause and _UNASSERTED.search(_MANNER.sub(" ", clause)) is not None:
        return False
    return not sentence_is_question(low, end)


# --- questions -------------------------------------------------------------------------------

# A question recounted, not asked: "you asked how ...", "when you asked me whether ...", "your
# question was ...", "the panel wanted to know ...". The subject is someone else and the verb
# reports; an inverted question ("did you ask ...?", "have you asked ...?") starts with the verb.
_REPORTED = re.compile(
    r"(?:(?:when|as|after|once|since|because|where|and|then|so)\s+)?"
    r"(?:you|he|she|they|someone|somebody|one\s+of\s+you|the\s+(?:panel|interviewers?|team|"
    r"recruiter|manager|committee)|(?:your|their|his|her|the)\s+(?:\w+\s+)?question)"
    r"\s+(?:also\s+|then\s+|first\s+|just\s+)?"
    r"(?:asked|ask|were\s+asking|was\s+asking|wanted\s+to\s+know|wondered|put\s+it|"
    r"was|were|had\s+been)\b"
)
_QUESTION_SUBJECT = re.compile(r"(?:your|their|his|her|the)\s+(?:\w+\s+)?question")

# Rhetorical questions: nobody is meant to answer them.
_RHETORICAL = re.compile(
    r"(?:who\s+(?:knew|would\s+have|would've|'d\s+have|d\s+have)\b|who'd\s+have\b|"
    r"what(?:'s|\s+is)\s+not\s+to\s+(?:like|love)\b|what\s+more\s+could\s+\w+\s+ask\b|"
    r"how\s+(?:cool|great|exciting|amazing|lucky|rare)\s+is\s+that\b|"
    r"isn't\s+(?:it|that)\s+(?:funny|great|amazing|the\s+way)\b|"
    # Enjoyment said as a question nobody answers: "Is there anything better than hearing a CFO
    # talk about cash flow?", "What could be better than ...?", "Who doesn't love a good map?"
    r"is\s+there\s+anything\s+(?:better|nicer|finer|more\s+\w+)\s+than\b|"
    r"what\s+(?:could|can)\s+be\s+(?:better|nicer|finer)\s+than\b|"
    r"who\s+(?:doesn't|does\s+not)\s+(?:love|like|enjoy)\b|"
    r"how\s+(?:good|lovely|brilliant|fun|rare|special)\s+(?:is|was)\s+that\b)"
)

# The start of a direct question: a wh-word followed by a verb or auxiliary ("what happens",
# "how does", "who decides"), or an auxiliary followed by its subject ("does the team", "is
# there", "could we"). "What I meant was", "how I handled" and "was a pleasure" are statements.
_AUX = (
    r"(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|has|have|had|might|"
    r"isn't|aren't|doesn't|don't|didn't|can't|won't|wouldn't|couldn't|shouldn't|hasn't|haven't)"
)
_SUBJECT = (
    r"(?:you|we|i|it|there|they|he|she|this|that|these|those|the|your|our|my|its|their|"
    r"anyone|someone|anything|everyone|any)"
)
# "which team is", "what size would": one noun may come between, never a pronoun.
_NOT_PRONOUN = r"(?!(?:i|we|you|they|he|she|it)\b)"
_INTERROGATIVE = re.compile(
    rf"(?:(?:what|how|why|when|where|who|which|whose)(?:\s+(?:{_NOT_PRONOUN}\w+\s+)?{_AUX}\b|"
    r"\s+(?:happens|happened|changes|changed|matters|makes|drives|decides|decided|comes|"
    r"counts|keeps|gets|goes)\b|'s\b|'re\b|'d\b)"
    rf"|{_AUX}\s+{_SUBJECT}\b)"
)
# What may end a short lead-in before the question: "Quick question - what ...", "One thing: ".
_LEAD_MARKS = (" - ", " \u2013 ", " \u2014 ", ": ", " \u2014", "\u2014")
_LEAD_REACH = 44


def reported(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] recounts someone else's question."""
    m = _REPORTED.match(low, start, end)
    if m is None:
        return False
    verb = m.group().rsplit(None, 1)[-1]
    if verb in ("was", "were", "been"):
        # "You were ...?" asks them something; "your question was ...?" recounts theirs.
        return _QUESTION_SUBJECT.search(m.group()) is not None
    return True


def rhetorical(low: str, start: int) -> bool:
    """Whether the sentence starting at `start` is a rhetorical question ("who knew ...?")."""
    return _RHETORICAL.match(low, start) is not None


def unpunctuated_question(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end], which has no end mark, asks a direct question:
    "What happens if the round slips", "Quick question - how does the team plan"."""
    if end <= start or low[end - 1] in ".!?,;:":
        return False
    if _INTERROGATIVE.match(low, start, end) is not None:
        return True
    window = low[start : min(end, start + _LEAD_REACH)]
    for mark in _LEAD_MARKS:
        at = window.find(mark)
        if at >= 0:
            after = start + at + len(mark)
            while after < end and low[after] == " ":
                after += 1
            return _INTERROGATIVE.match(low, after, end) is not None
    return False


# --- restatement without a frame -------------------------------------------------------------

# A short lead-in and a colon at the start of a sentence announce the point: "The fix: parse
# into UTC first", "For inside sales: ...", "If I could rewind: ...", "Answer: ...". A lead-in
# that recounts ("I gave the wrong root cause: it was ...", "When you asked: ...") does not.
# From a word's start only, possessive: linear under search() as well as at a sentence start.
_LABEL = re.compile(r"(?<![\w'-])(?:[\w'-]++,?\s++){0,5}?[\w'-]++[ \t]*+:\s++\S")
_NOT_A_LABEL_START = frozenset(
    [
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "im",
        "ive",
        "you",
        "you're",
        "when",
        "we",
        "as",
        "after",
        "while",
        "hi",
        "dear",
        "re",
        "subject",
        "from",
        "to",
        "sent",
        "date",
        "cc",
        "ps",
        "p.s",
    ]
)
_WRITER_TELLS = re.compile(r"(?:i|i'm|i've|im|ive|my|me)\b")
_TOPIC_LEAD = word_set("about on re regarding")


def _topic_then_telling(low: str, start: int, after: int) -> bool:
    """Whether a "label:" is a topic or the stumble, not the point announced: "About the close
    question: I gave you the wrong sequence" (a topic, then the writer telling), "My schema came
    out half-finished: ..." (how it went). "The real story: I renegotiated it" announces it."""
    if _WENT.search(low, start, after) is not None:
        return True
    lead = _FIRST_WORD.match(low, start, after)
    return (
        lead is not None
        and lead.group() in _TOPIC_LEAD
        and _WRITER_TELLS.match(low, after) is not None
    )


# A correction by contrast recounts when it is in the past ("I said seven, not eleven").
_PAST = re.compile(r"\b(?:was|were|said|told|gave|did|had|answered|quoted|used)\b")
_CONTRAST = ", not "
_FIGURE_HEAD = re.compile(
    r"(?<![\w'-])(?:the|our|my)\s++(?:[\w'-]++\s++){0,2}?(?:is|are)\s++[^.!?\n\d]{0,200}+\d"
)


def restates(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] gives the point itself, with no "what I meant" frame:
    a label and a colon ("The fix: ..."), a correction by contrast in the present tense ("with
    scaffolding the estimate is eleven days, not seven"), or a figure stated as it is ("The
    sample is 2,400 households"). Past tense ("I said seven, not eleven") recounts the stumble."""
    first = _FIRST_WORD.match(low, start, end)
    lead = "" if first is None else first.group()
    label = _LABEL.match(low, start, end) if lead not in _NOT_A_LABEL_START else None
    if label is not None and not _topic_then_telling(low, start, label.end() - 1):
        return True
    sentence = low[start:end]
    at = sentence.rfind(_CONTRAST)
    if at > 0 and lead not in _NOT_A_POINT_START:
        tail = sentence[at + len(_CONTRAST) :].rstrip(" .!")
        if 0 < len(tail.split()) <= 4 and _PAST.search(sentence, 0, at) is None:
            return True
    if at > 0 and _MEANT_NOT.match(low, start, end) is not None:
        return True
    if label is None and _point_after_colon(low, start, end):
        return True
    return _FIGURE_HEAD.match(low, start, end) is not None


# The meaning corrected by contrast: "I meant retention by cohort, not overall retention".
_MEANT_NOT = re.compile(r"(?:i|we)\s++(?:actually\s++|really\s++)?meant\s++[^,.!?;\n]{3,80}+, not ")


# A lead-in that tells the stumble: what follows its colon may be what was said then ("I gave
# the wrong root cause: it was the certificate expiry, not the load balancer" is read as the
# wrong answer told, not the point).
_STUMBLE_LEAD = re.compile(
    r"\b(?:wrong|incorrect|mixed|confused|forgot|forgotten|muddled|missed|blanked|misread|"
    r"misspoke|misstated|misquoted|fumbled|botched|skipped|omitted)\b"
)


def _point_after_colon(low: str, start: int, end: int) -> bool:
    """Whether the writer's lead-in ends at a colon and what follows is the point as its own
    sentence would give it: "I should have led with the example: we rebuilt the date picker and
    tickets fell by a third", "I've thought it over: I'd keep the squads stable". What follows
    the colon must stand as a plan (would_do), a correction (corrects_itself) or a plain fact
    that tells no stumble ("I want to flag one thing: when you asked ..." recounts), after a
    lead-in that tells none either (_STUMBLE_LEAD)."""
    colon = low.find(": ", start, end)
    if colon < 0 or _STUMBLE_LEAD.search(low, start, colon) is not None:
        return False
    at = colon + 2
    return (
        would_do(low, at, end)
        or corrects_itself(low, at, end)
        or (states_a_fact(low, at, end) and not narrates(low, at, end))
    )


_FIRST_WORD = re.compile(r"[\w'.-]+")
# Ownership said in one or two words, as its own sentence: "Mine.", "All mine.", "On me."
_TERSE_OWNING = frozenset(
    {("mine",), ("all", "mine"), ("on", "me"), ("all", "on", "me"), ("my", "bad")}
)
# Said around the terse ownership, adding nothing to it: "Mine entirely.", "All on me, 100%.",
# and the particles a concession or an aside adds: "Still mine.", "My stuff-up though."
_TERSE_DEGREE = frozenset(
    ("entirely", "completely", "fully", "totally", "squarely", "wholly", "really", "100", "100%")
) | word_set("still though tho anyway again honestly frankly plainly nonetheless regardless")
# "My stuff-up.", "My mistake.": the fault named as the writer's, alone.
_TERSE_FAULTS = frozenset(
    {
        "bad",
        "mistake",
        "error",
        "fault",
        "blunder",
        "stuff-up",
        "screw-up",
        "cock-up",
        "balls-up",
        "muck-up",
        "mess-up",
        "foul-up",
        "goof",
        "slip",
        "howler",
        "oversight",
        "doing",
        "call",
        "bug",
    }
)


def terse_ownership(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] is ownership on its own: "Mine.", "On me.", "Mine
    entirely.", "My stuff-up."."""
    if end - start > 20:
        return False
    words = tuple(w for w in _WORDS.findall(low, start, end) if w not in _TERSE_DEGREE)
    if words in _TERSE_OWNING:
        return True
    # "My stuff-up.", and the tag said twice: "My call, my bug."
    return (
        len(words) in (2, 4)
        and all(w == "my" for w in words[::2])
        and all(w in _TERSE_FAULTS for w in words[1::2])
    )


# After the candidate has owned the stumble, the next plain statement of fact is the point
# restated (PLAYBOOK §4 step 5 follows step 4): "In this jurisdiction the deposit sits with the
# notary", "It ended in June 2023, on budget". Not a statement about the candidate ("I ..."),
# the interview itself, feelings, a close, a plea or a promise.
_NOT_A_POINT_START = frozenset(
    [
        "i",
        "i'm",
        "i'd",
        "i'll",
        "i've",
        "im",
        "ive",
        "id",
        "ill",
        "my",
        "me",
        "myself",
        "when",
        "please",
        "sorry",
        "thanks",
        "thank",
        "hope",
        "looking",
        "apologies",
        "again",
        "once",
        "if",
        "so",
        "and",
        "but",
        "hi",
        "dear",
        "best",
        "kind",
        "regards",
        "cheers",
        "still",
        "anyway",
        "thx",
        "that's",
        "thats",
        "that",
        "this",
        "it's",
        "its",
        "nobody",
        "no",
        "everyone",
        "anyone",
        "everybody",
        "anybody",
    ]
)
_NOT_A_POINT = re.compile(
    r"\b(?:hope|hoping|hoped|look(?:ing)?\s+forward|thank|thanks|sorry|apologi\w*|please|wish|grateful|"
    r"appreciat\w*|chance|opportunit\w*|next\s+time|in\s+future|going\s+forward|lessons?|learn\w*|"
    r"let\s+me\s+know|feel\s+free|happy\s+to|glad\s+to|love\s+to|nerv\w*|anxious|regret\w*|"
    r"hear\s+from|you(?:'ll|\s+will)|interviews?|moment|stress\w*|"
    # The pressure of the day, not a quantity: "suction pressure runs higher" is a point.
    r"(?<!suction\s)(?<!blood\s)(?<!tyre\s)(?<!tire\s)(?<!air\s)(?<!water\s)(?<!oil\s)"
    r"(?<!gas\s)(?<!head\s)(?<!steam\s)pressure|"
    r"blame\w*|fault|"
    r"mistakes?|careless|excuses?|one\s+of\s+those|slips?|blunders?|oversights?|lapses?|mix-?ups?|"
    r"muddle|missteps?|gaffes?|howlers?|silly|stupid|embarrassing|mine|maybe|perhaps|"
    # the job candidate, not "the candidate set per user" or "candidate keys"
    r"candidates?(?!\s+(?:sets?|keys?|solutions?|generation|pool|lists?|rows?|models?|values?|"
    r"nodes?|paths?|pairs?|items?|answers?))|"
    r"honestly|to\s+be\s+honest|frankly|in\s+fairness|"
    # the writer's inability, not a figure's finding ("31% couldn't find billing")
    r"(?<!%\s)(?<!%)(?:couldn't|could\s+not|unable)|"
    # The writer's own "don't" ("I don't know the rule"), not a fact's ("the two groups don't
    # compete for messages").
    r"(?:i|we|you)\s+(?:don't|dont))\b"
)
_WORDS = re.compile(r"[\w'-]+")


# The candidate's own record, given as facts with a number ("I was on call, I rolled back within
# twenty minutes", "I have nine first-author papers"), is the point too; "I think", "I should",
# "I'll" are not facts.
_FIRST_PERSON = frozenset(["i", "i've", "i'm", "my"])
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|dozen)\b"
)
_NOT_A_FACT_VERB = re.compile(
    r"\b(?:should|could|would|will|'ll|'d|might|must|can|think|thought|feel|felt|know|knew|"
    r"realis\w*|realiz\w*|wanted|meant|tried|trying|promise|guess|suppose|believe|"
    # the stumble itself, recounted: "I mixed up two incidents"
    r"mixed|confused|forgot|forgotten|muddled|missed|blanked|froze|lost|rambled|undersold|"
    r"misread|misspoke|stumbled|fumbled|botched|wrong|skipped|omitted|left\s+out)\b"
)
# Sentences that recount the stumble rather than give the point.
# "when we" recounts the interview only in the past ("when we discussed", "when you put it to
# me"); in the present it states a rule of the subject ("The clock pauses when we ask for
# clarification", "when you run it twice, it returns the same row").
_RECOUNTS = re.compile(
    r"\b(?:when\s+(?:you|we)(?!\s+(?:ask|get|have|need|see|use|run|add|make|send|find|know|"
    r"want|call|check|hit|receive|apply|take|give|pay|buy|sell|book|are|is|do|does)\b)|"
    r"you\s+asked|we\s+discussed|during)\b"
)


# The interview as an occasion (its setting, its people, its day, the question itself) told in
# the past tense is a story about the day, not the point: "The office was lovely", "Your
# question caught me off guard", "The rest of the session felt smoother".
_OCCASION = re.compile(
    r"\b(?:office|offices|room|building|coffee|lunch|team|panel|people|everyone|question|"
    r"conversation|chat|call|discussion|session|afternoon|morning|evening|day|week|monday|"
    r"tuesday|wednesday|thursday|friday|traffic|train|bus|commute|journey|trip|weather|rest|"
    r"tour|visit|format|video|link|connection|wifi|audio|experience)\b"
)
_TOLD = re.compile(
    r"\b(?:was|were|went|felt|seemed|caught|did|had|made|gave|took|threw|ran|looked|sounded)\b"
)


# A clause of its own after the first: ", and ", ", but ", "; ", ": ".
_LATER_CLAUSE = re.compile(r",\s(?:and|but)\s|;\s|:\s")
# Present tense, as the point is given: "the level you asked about is snapshot isolation".
_PRESENT = re.compile(r"\b(?:is|are|does|needs|gives|keeps|returns|holds|works|covers|means)\b")
_FIRST_AFTER = re.compile(r"\b(?:i|i'm|i'd|i've|my|me|we)\b")


_DEICTIC = frozenset(("this", "that", "it's", "its"))
# "It's a write-ahead log.": the thing asked about, named; "it's a shame", "it's a great team"
# judge, they name nothing.
_IT_IS_A = re.compile(r"it'?s\s+an?\s+([\w-]+)")
_JUDGING = word_set(
    "shame pity pleasure great good lovely fair tough hard big long real nice fine bit lot "
    "privilege shot chance long-shot little huge"
)


def _names_the_thing(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] opens on "it's a/an [thing]" naming the answer, in a short
    sentence with no first person in it."""
    m = _IT_IS_A.match(low, start, end)
    if m is None or m.group(1) in _JUDGING:
        return False
    return (
        len(_WORDS.findall(low, start, end)) <= 12 and _FIRST_AFTER.search(low, start, end) is None
    )


def _point_after_recount(low: str, at: int, end: int) -> bool:
    """Whether the recounted question ("you asked about") sits inside the subject of a point in
    the present tense: "the isolation level you asked about is snapshot isolation", not "when you
    asked, I said it was slow"."""
    verb = _PRESENT.search(low, at, end)
    return verb is not None and _FIRST_AFTER.search(low, at, end) is None


_CLAIM_VERB = re.compile(r"\b(?:is|are|does|would|will|can|needs|gives|keeps|stops|returns)\b")


def _point_before_recount(low: str, start: int, at: int) -> bool:
    """Whether the recount sits in the object of a point already made: "Repeatable read would
    stop the double-booking we discussed" (a claim, no first person, before "we discussed")."""
    return (
        at - start >= 12
        and _CLAIM_VERB.search(low, start, at) is not None
        and _FIRST_AFTER.search(low, start, at) is None
    )


# Words of feeling or of the interview that are also the names of things in a trade ("the fault
# level at the bus", "the peak stress", "the learning rate", "a pressure drop"): with a figure
# in the present tense about the thing, they do not unmake the point.
_TRADE_WORDS = word_set("fault stress pressure learning learn lesson lessons moment slip slips")


def _figure_of_the_thing(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] gives a figure about the thing in the present tense with nobody
    in the first person, and every word of feeling in it is one of _TRADE_WORDS."""
    if (
        _NUMBER.search(low, start, end) is None
        or _STATES.search(low, start, end) is None
        or _ANY_FIRST_PERSON.search(low, start, end) is not None
    ):
        return False
    return all(
        m.group().split("-")[0] in _TRADE_WORDS or m.group().startswith("learn")
        for m in _NOT_A_POINT.finditer(low, start, end)
    )


# A statement may be read past an opening clause ("If ..., the supervisor calls") a few times;
# no real sentence nests deeper, and a bound keeps a note of a thousand such clauses linear.
_MAX_CLAUSE_HOPS = 3


# The writer's own practice in the simple present, the point given as how they work: "I call
# the nurse in charge before I document, every time", "I use a multisensory approach with daily
# overlearning", "I believe in staged coursework", "My plan is a joint application to ...".
_PRACTICE_VERBS = frozenset(
    [
        "use",
        "call",
        "run",
        "start",
        "build",
        "keep",
        "check",
        "prefer",
        "lead",
        "handle",
        "write",
        "test",
        "document",
        "review",
        "follow",
        "apply",
        "batch",
        "plan",
        "price",
        "model",
        "split",
        "escalate",
        "measure",
        "track",
        "teach",
        "structure",
        "open",
        "triage",
    ]
)
_HABITUALLY = frozenset(["always", "usually", "normally", "now"])
_MY_POINT_NOUNS = frozenset(
    [
        "plan",
        "approach",
        "view",
        "answer",
        "recommendation",
        "position",
        "process",
        "method",
        "rule",
        "fix",
        "proposal",
    ]
)


def _practice(words: list[str]) -> bool:
    """Whether a first-person sentence (its words) states the writer's practice or plan as
    the point (_PRACTICE_VERBS), with at least four words after the verb."""
    if len(words) < 6:
        return False
    if words[0] == "my":
        return words[1] in _MY_POINT_NOUNS and words[2] == "is" and len(words) >= 7
    if words[0] != "i":
        return False
    k = 2 if words[1] in _HABITUALLY else 1
    verb = words[k]
    if verb == "believe":
        return words[k + 1] == "in"
    return verb in _PRACTICE_VERBS and len(words) - k - 1 >= 4


def states_a_fact(low: str, start: int, end: int, hops: int = _MAX_CLAUSE_HOPS) -> bool:
    """Whether the sentence low[start:end] is a plain statement of fact about the subject (not
    about the interview or how it felt): at least five words, ending in a period; a sentence
    about the candidate counts only with a number in it and no modal or thinking verb. `hops`
    bounds how many opening clauses are stepped over to reach the statement."""
    if hops < 0 or end - start < 20 or low[end - 1] != ".":
        return False
    if low.startswith("it", start) and _names_the_thing(low, start, end):
        return True  # "It's a write-ahead log.": short, and the point all the same
    words = _WORDS.findall(low, start, min(end, start + 400))
    if len(words) < 5:
        return False
    if _NOT_A_POINT.search(low, start, end) is not None and not _figure_of_the_thing(
        low, start, end
    ):
        return False
    recount = _RECOUNTS.search(low, start, end)
    if (
        recount is not None
        and not _point_after_recount(low, recount.end(), end)
        and not _point_before_recount(low, start, recount.start())
    ):
        return False
    # The occasion told in the past ("The office was lovely"): its subject and verb lead.
    head = " ".join(words[:8])
    lead = len(" ".join(words[:5]))
    if (
        _OCCASION.search(head, 0, lead)
        and _TOLD.search(head)
        and _NUMBER.search(low, start, end) is None
    ):
        # "The question was about invoices, and a hash of the three fields does it": the
        # occasion first, then the point in a clause of its own.
        later = _LATER_CLAUSE.search(low, start, end)
        return (
            later is not None
            and _PRESENT.search(low, later.end(), end) is not None
            and states_a_fact(low, later.end(), end, hops - 1)
        )
    if words[0] in _FIRST_PERSON:
        # "I have since read up: it's a B-tree": the point after a colon, as its own sentence.
        colon = low.find(": ", start, end)
        if colon > 0 and _names_the_thing(low, colon + 2, end):
            return True
        if _practice(words):
            return True
        # A modal or a thinking verb in the first clause unmakes the record ("I think I ..."); in
        # a later one it does not ("I've hired nine people in two years, and I'd ...").
        stop = min((at for at in (low.find(ch, start, end) for ch in ",;:") if at > 0), default=end)
        return (
            _NUMBER.search(low, start, end) is not None
            and _NOT_A_FACT_VERB.search(low, start, stop) is None
        )
    if words[0] == "if":
        # A rule stated as a condition: "If a worker misses a check-in by 15 minutes, the
        # supervisor calls": with nobody in the first person, the main clause is the point.
        comma = low.find(", ", start, end)
        return (
            comma > 0
            and _ANY_FIRST_PERSON.search(low, start, end) is None
            and states_a_fact(low, comma + 2, end, hops - 1)
        )
    if words[0] in _DEICTIC and words[0] in _NOT_A_POINT_START:
        # "This year's growth is 14 %, not 9 %": a figure given in the present tense is the
        # point, whatever word it opens on ("This was a lovely chat" is not).
        return (
            _NUMBER.search(low, start, end) is not None
            and _PRESENT.search(low, start, end) is not None
            and _FIRST_AFTER.search(low, start, end) is None
        )
    return words[0] not in _NOT_A_POINT_START


# --- what the candidate would do now ---------------------------------------------------------

# "I'd put write-behind there with a short TTL", "I would add ten percent contingency": the
# answer given again as what the writer would do now (PLAYBOOK §4 step 5), whatever the verb.
# Not a wish, a feeling or an ask ("I'd love to", "I'd be grateful", "I'd welcome the chance"),
# and not "I'd" as "I had" ("I'd forgotten the formula"): the verb must be a plain base form.
_WOULD = re.compile(
    r"(?:(?:now|today|instead|so|and|but|next\s+time|in\s+hindsight|on\s+reflection|"
    r"looking\s+back|with\s+hindsight|these\s+days|if\s+i\s+[^,.!?\n]{1,40}+,|"
    # A time clause in front: "When your platform moves off the old ledger, I'd run both ...".
    r"(?:when|once|after|before)\s+[^,.!?\n]{1,60}+,)\s*,?\s+)?"
    r"(?:i(?:'d|\s+would|d)|we(?:'d|\s+would))\s+(?:(?:now|instead|actually|today|also|still|first|then|probably|"
    r"perhaps|definitely|certainly|simply|always|rather)\s+){0,2}([a-z][a-z-]*)\b"
)
# Wishes, feelings, asks, being, and past participles after "I'd" = "I had".
_NOT_A_DOING = word_set(
    "love like be appreciate welcome hope want need value enjoy hate prefer wish "
    "understand totally really just to have had been done gone said left thought "
    "known seen taken given got gotten made meant written spoken told brought bought "
    "caught taught felt kept lost found heard held stood misread forgotten let rather "
    "ask request suggest gladly happily never not also hoped liked loved "
    "wanted expected assumed planned tried already"
)


# "I know both terms well and would flag a doubtful one": what the writer would do, in the
# second predicate of a sentence the writer opens.
_AND_WOULD = re.compile(r"\s(?:and|so)\s+(?:i(?:'d|\s+would)|would)\s+([a-z][a-z-]*)\b")
# A frame that gives the point as a that-clause: "I wanted to say that scrap fell 30 %".
_SAY_THAT = re.compile(
    r"(?:what\s+)?(?:i|we)\s+(?:wanted|meant|intended|was\s+trying|were\s+trying|tried|had\s+hoped)"
    r"\s+to\s+(?:say|make\s+the\s+point|get\s+across|point\s+out|explain|stress)\s+(?:is\s+)?that\s"
)


# A that-clause that is no point: the writer's feeling or interest ("that I really enjoyed
# meeting the team", "that I am still very interested in the role") ...
_FEELING_THAT = re.compile(
    r"(?:i|we)(?:'m|'ve|\s++(?:am|was|were|are|have|had|really|truly|still|very|genuinely|so|"
    r"also|just|much|remain|remained|do|did)\b)*+\s++(?:enjoyed|liked|loved|appreciated|valued|"
    r"interested|excited|keen|eager|thrilled|delighted|happy|glad|pleased|grateful|"
    r"enthusiastic|impressed|inspired|enjoy|love|like|appreciate)\b"
)
# ... or praise of the visit ("that the office is lovely and the coffee was great").
_PLEASANT = word_set(
    "lovely welcoming friendly nice great fun wonderful delightful beautiful enjoyable warm "
    "amazing fantastic"
)
_VISIT = word_set(
    "office offices coffee lunch tour building view visit welcome atmosphere campus kitchen canteen"
)


def says_that(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] opens on a frame that gives the point as its
    that-clause ("I wanted to say that scrap fell 30 % after the die change"), with at least
    four words of the point after it, not negated, not a question, not the writer's feeling
    ("that I enjoyed the day") nor praise of the visit ("that the office is lovely")."""
    m = _SAY_THAT.match(low, start, end)
    if m is None or low[end - 1] == "?":
        return False
    words = _WORDS.findall(low, m.end(), end)
    return (
        len(words) >= 4
        and _NOT_A_POINT.search(low, m.end(), end) is None
        and _FEELING_THAT.match(low, m.end(), end) is None
        and (_PLEASANT.isdisjoint(words) or _VISIT.isdisjoint(words))
    )


def would_do(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] gives the answer as what the writer would do or
    say now: "I'd put write-behind there", "Now I would reproject first", "I know both terms and
    would flag a doubtful one", with at least three words after the verb and no condition on
    the reader ("if that could be arranged")."""
    m = _WOULD.match(low, start, end)
    if m is None and low.startswith(("i ", "we "), start):
        m = _AND_WOULD.search(low, start, end)
    if m is None:
        return False
    verb = m.group(1)
    if verb == "have":
        return _would_have_done(low, m.end(), end)
    rest = low[m.end() : end]
    if verb in _NOT_A_DOING and not (verb in _ASK_FOR and _STEPS.match(rest)):
        # ("I'd ask for five years of claims, weight the recent ones, and load 12%": an ask
        # that opens three steps is the plan, not a request of the reader.)
        return False
    if verb.endswith("ed") and not verb.endswith("eed"):
        return False  # "I'd skipped the step": "I had", the stumble told again
    if len(_WORDS.findall(rest)) < 3 or _not_an_answer(rest):
        return False
    # A past tense after it makes "I'd" "I had": "I'd read their page that morning and it was ..."
    if _PAST.search(rest) is not None:
        return False
    # Steps listed after the verb ("I'd acknowledge, apologise once, and offer a replacement")
    # are the answer whatever one step says; elsewhere a plea or a feeling unmakes it.
    if _NOT_A_POINT.search(rest) is not None and not _STEPS.match(rest):
        return False
    return low[end - 1] != "?"


_ASK_FOR = word_set("ask request")
# Three steps or more: the verb, then ", step, ... and step".
_STEPS = re.compile(r"[^,.!?\n]{0,40}+,\s[^,.!?\n]{1,60}+,\s(?:and\s|then\s)")


# "I'd have gone back to their renewal date": the answer as what the writer would have done,
# not a wish ("I'd have loved more time") or a result ("I'd have done better", "got there").
_PARTICIPLE = re.compile(r"(?<!\s)\s++([a-z]+)\b")
_NOT_A_DONE = word_set(
    "been loved liked preferred wanted hoped appreciated enjoyed done got gotten had thought "
    "felt needed known managed passed finished struggled failed benefited benefitted welcomed "
    "valued"
)
_DONE_IRREGULAR = word_set(
    "gone said put led built split shown chosen drawn taken begun run set cut made written told "
    "given sent kept"
)


def _would_have_done(low: str, at: int, end: int) -> bool:
    m = _PARTICIPLE.match(low, at, end)
    if m is None:
        return False
    done = m.group(1)
    if done in _NOT_A_DONE or not (done.endswith("ed") or done in _DONE_IRREGULAR):
        return False
    rest = low[m.end() : end]
    return (
        len(_WORDS.findall(rest)) >= 3
        and _NOT_A_POINT.search(rest) is None
        and _NOT_AN_ANSWER.search(rest) is None
        and low[end - 1] != "?"
    )


# A condition on the reader, an offer to them, or the hyperbole of a plea ("I'd give anything",
# "I'd do any job at all"): no answer given.
_NOT_AN_ANSWER = re.compile(
    r"\bif\s+(?:that|it|this|you)\b|\bwith\s+you\b|\byour\s+team\b|"
    r"\b(?:anything|everything|whatever|the\s+world)\b|\bat\s+all\b|"
    r"\b(?:that|the\s+previous|the)\s+(?:morning|night|evening|day)\b|\b(?:beforehand|already|"
    r"yesterday|earlier)\b"
)


def _not_an_answer(rest: str) -> bool:
    """_NOT_AN_ANSWER in what follows "I'd <verb>", except a word that only belongs to a later
    clause or an object: "before touching anything" (a gerund's object, not "I'd do anything"),
    ", as they already run the health days" (a clause past the comma, not "I'd already done
    it")."""
    for m in _NOT_AN_ANSWER.finditer(rest):
        word = m.group()
        if word in ("anything", "everything") and rest[: m.start()].endswith("ing "):
            continue
        if word in _TIMES_TOLD and rest.find(",", 0, m.start()) >= 0:
            continue
        return True
    return False


_TIMES_TOLD = frozenset(("beforehand", "already", "yesterday", "earlier"))


# A present-tense correction by contrast about the thing itself: "It's six weeks, not six days",
# "They're weekly figures, not daily ones".
_IT_IS = frozenset(("it's", "it", "its", "they're", "they", "theyre"))


def corrects_itself(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] opens with "it's"/"they're" and corrects a figure or
    fact by contrast ("It's six weeks, not six days"), with no fault, plea or feeling in it."""
    first = _FIRST_WORD.match(low, start, end)
    if first is None or first.group() not in _IT_IS:
        return False
    at = low.rfind(_CONTRAST, start, end)
    if at < 0:
        return False
    tail = low[at + len(_CONTRAST) : end].rstrip(" .!")
    if not 0 < len(tail.split()) <= 4 or _PAST.search(low, start, at) is not None:
        return False
    return (
        _NOT_A_POINT.search(low, start, end) is None and _MY_FAULT.search(low, start, end) is None
    )


# Ownership beside the contrast is step 4, not the point: "It is my error, not the question's".
_MY_FAULT = re.compile(r"\b(?:my|mine|me|errors?)\b")


# Sentences inside a run typed without capitals: "that was my mistake. left join keeps the
# customers" is two sentences. A period, a space and a lower-case word start one, unless the
# word before the period is an abbreviation or a single letter ("e.g. the", "approx. two").
_LOWER_BREAK = re.compile(r"(?<=[a-z0-9]{2})\.[ \t]+(?=[a-z])")
_ABBREVIATIONS = word_set("approx etc incl esp vs min max fig ref mr mrs ms dr st no nr ca cf")


def typed_lower(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of low[start:end] split at ". " before a lower-case word (see _LOWER_BREAK);
    the whole span when there is no such break."""
    spans: list[tuple[int, int]] = []
    at = start
    for m in _LOWER_BREAK.finditer(low, start, end):
        tail = low[max(start, m.start() - 12) : m.start()].rsplit(None, 1)
        if tail and tail[-1] in _ABBREVIATIONS:
            continue
        spans.append((at, m.start() + 1))
        at = m.end()
    spans.append((at, end))
    return spans


def may_carry_point(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] (not a question) could hold the point a frame
    announced: not a sign-off, a plea or a thanks, at least three words."""
    words = _WORDS.findall(low, start, min(end, start + 200))
    return len(words) >= 3 and words[0] not in _NOT_A_POINT_START


# A subject read inside a longer one is not the clause's subject: in "the pleasure of the
# conversation was all mine" and "the idea for the migration was mine", "the conversation was
# all mine" owns nothing.
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|about|with|from|behind|in|on|at|over|to)\s+$")


# Where an ownership phrase's own clause starts inside it: "... in the moment and that's on me"
# (the phrase read from "the moment" has its subject after "and").
_OWNING_CLAUSE = re.compile(
    r"(?:,|;|\s(?:and|but|so))\s++(?=(?:that|it|this|i|the|my|which|all|mine)\b)"
)


def owning_clause(low: str, start: int, end: int) -> int:
    """Where the clause that owns starts in the ownership phrase low[start:end]: after its last
    clause break (a comma, a semicolon, "and", "but", "so") that a subject follows, else `start`.
    "... the regex question and that's on me": the subject is "that", and the preposition or a
    negator before "the regex question" is not the ownership's."""
    at = start
    for m in _OWNING_CLAUSE.finditer(low, start, end):
        at = m.end()
    return at


# Ownership said in other words, as a clause of its own (issue 14): the fault as the subject and
# the writer's as its predicate, with an adverb between ("the oversight is nonetheless mine",
# "that is my misreading to own", "that's my answer to own"); the writer accepting it with an
# adverb between ("I still accept the mistake", "I fully own that", "I do take responsibility");
# "I've only myself to blame"; "I should own it, and I do"; "I stand for the result" (answering
# for it). Not "I stand by the answer": that keeps the answer.
# The fault named ("the oversight", "the wrong figure"): a fault noun, or a neutral one (call,
# answer, figure, number, estimate) only with a fault word before it ("the bad call"), not "I
# acknowledge the figure you quoted", "the pleasure was mine", "the whole day was mine".
_FAULT_NOUN = (
    r"(?:(?:[a-z-]++\s++)?(?:mistake|error|slip|miss|oversight|fault|blunder|misreading|"
    r"misjudge?ment|omission|bug|mix-up|muddle|confusion|lapse|stumble|gaffe|howler|misstep|"
    r"failure)s?|(?:wrong|bad|poor|muddled|botched|mistaken|incorrect|faulty|weak|sloppy|"
    r"careless|rushed|garbled|confused|vague|inflated|flawed|shaky|hasty)\s++"
    r"(?:call|answer|figure|number|estimate)s?)"
)
_OWN_ADVERBS = (
    r"(?:(?:still|nonetheless|nevertheless|entirely|fully|completely|wholly|squarely|all|"
    r"certainly|really|also|readily|do|absolutely|totally|clearly|simply|plainly|very\s+much)"
    r"\s++){0,2}+"
)
# After "take responsibility/ownership/the blame for/of": the stumble ("for that", "for my
# answer", "for the mistake", "for the way I ..."), not a job ("ownership of incidents").
_OWNED_OBJECT = (
    r"(?:it|that|this|those|these|them|my|myself|what|how|both|all|"
    r"(?:the|that|this)\s++" + _FAULT_NOUN + r"|"
    r"the\s++(?:way|fact|part|bit|answer|answers|point|question)\s++(?:that\s++)?(?:i|we))\b"
)
_OWNED_OTHER = re.compile(
    r"\b(?:(?:that|it|this|which|the\s++" + _FAULT_NOUN + r")"
    r"(?:\s++(?:is|was|remains|stays)|'s)\s++" + _OWN_ADVERBS + r"(?:mine|on\s++me|"
    r"my\s++(?:own\s++)?[a-z-]++\s++to\s++(?:own|answer\s++for|carry|fix))\b|"
    r"(?:i|we)(?:'ve|\s++have)?\s++(?:got\s++)?only\s++(?:myself|ourselves)\s++to\s++blame|"
    r"(?:i|we)\s++" + _OWN_ADVERBS + r"(?:accept|own|acknowledge)\s++(?:full\s++)?"
    r"(?:(?:the|my)\s++" + _FAULT_NOUN + r"\b|"
    r"(?:the|my)\s++(?:call|answer|figure|number|estimate)s?\s++(?:was|were|is|"
    r"(?:could|should)\s++have\s++been)\s++(?:[a-z]++\s++)?(?:wrong|off|incorrect|mistaken|"
    r"bad|poor|muddled|vague|flawed|inflated|too|better|clearer|sharper|stronger|tighter)\b|"
    r"(?:it|that|this)(?=\s*+[.,;!]|\s++(?:fully|completely|entirely|too)\b))|"
    r"(?:i|we)\s++" + _OWN_ADVERBS + r"(?:accept|take)\s++(?:full\s++)?"
    r"(?:the\s++blame|responsibility|ownership)\b"
    r"(?!\s++(?:of|for)\s++(?!" + _OWNED_OBJECT + r"))|"
    r"(?:i|we)\s++(?:should|must)\s++(?:own|accept)\s++(?:it|that|this)\s*+,?\s++and\s++"
    r"(?:i|we)\s++do\b|"
    r"(?:i|we)\s++stand\s++for\s++(?:the|that|my)\s++(?:result|outcome|mistake|error)\b|"
    # The excuse refused: "No excuse though: the bug was mine", "that doesn't excuse the wrong
    # join" (not "no excuse for the panel being late", which blames).
    r"no\s++excuses?(?=\s*+(?:[.,;:!\n\u2014-]|$|though\b|there\b|on\s++my\b|for\s++(?:it|that|"
    r"this|my|the\s++(?:mistake|error|slip|miss))\b))|"
    r"(?:doesn't|does\s++not|didn't|did\s++not|won't|can't|cannot)\s++excuse\s++"
    r"(?:it|that|this|my|the)\b|"
    # The duty named as the writer's: "steering back was my job", "it was all my call".
    r"(?:was|is|'s)\s++(?:all\s++|entirely\s++)?my\s++(?:job|duty|lookout|call|responsibility)"
    r"(?=\s*+(?:[.,;:!\n]|$|and\s++i\s++(?:didn't|did\s++not|failed|never)\b|to\s)))"
)
# A note without one of these words holds no such clause.
OWNING_GATE = word_set(
    "mine me own accept acknowledge take blame stand myself ourselves excuse excuses job duty "
    "lookout call responsibility"
)


def owned_in_other_words(low: str, vocab: set[str]) -> int | None:
    """The end of the first ownership said in other words (_OWNED_OTHER) that is asserted (not
    negated: "I don't accept the blame"; not in a condition or a question), or None."""
    if OWNING_GATE.isdisjoint(vocab):
        return None
    for m in _OWNED_OTHER.finditer(low):
        start = m.start()
        if not negated(low, start) and asserted(low, start, m.end()):
            return m.end()
    return None


def object_of_preposition(low: str, start: int) -> bool:
    """Whether the phrase at `start`, opening with "the", "that", "this" or "it" (a subject),
    follows a preposition (reads 12 characters back). "for my mistake" still owns."""
    if not low.startswith(_SUBJECT_HEADS, start):
        return False
    return _PREPOSITION_BEFORE.search(low, max(0, start - 12), start) is not None


_SUBJECT_HEADS = ("the ", "that ", "this ", "it ", "it'")


# --- several questions in one sentence -------------------------------------------------------

# "I'm curious about a few points: how X is tested, whether Y owns it, and what happens if Z?"
# asks three things with one "?": after a colon, the items that open with a wh-word or
# "whether" are each a question ("if the OKRs are missed, what ...?" is a condition).
_ITEM_BREAK = re.compile(r",[ \t]*+(?:and[ \t]*+,?[ \t]*+)?|;[ \t]*+|[ \t][\u2014\u2013-][ \t]*+")
_WH_ITEM = re.compile(
    r"(?:(?:and|or|also|plus)[ \t]+)?(?:how|what|why|when|where|who|which|whether|whats|hows|"
    r"whos|wheres)\b"
)
# Without a colon, an item is a question when it opens on a wh-word, on an auxiliary before its
# subject ("would it share the rota", "is the budget approved", "could you tell me"), or when
# the writer wonders or asks in it ("so I wondered who would run the night shift").
_ASKED_ITEM = re.compile(
    r"(?:(?:and|or|also|plus)[ \t]+)?(?:(?:is|are|was|were|will|would|does|do|did|can|could|"
    r"should|has|have)[ \t]+(?:the|it|i|we|you|they|there|this|that|my|our|your|he|she)\b|"
    r"[^,;]{0,40}?\b(?:wonder(?:ed|ing)?|ask(?:ed|ing)?|know|curious)[ \t]+"
    r"(?:how|what|why|when|where|who|which|whether)\b)"
)
_LISTED_MIN = 3
# An item that is only the polite frame of the question after it ("Could you tell me, when you
# have a moment, how …, and whether …?", "I wondered, …") asks nothing of its own.
_FRAME_ONLY = re.compile(
    r"(?:(?:and|or|also|so|but)[ \t]+)?(?:(?:could|can|would|will)[ \t]+you[ \t]+"
    r"(?:please[ \t]+)?(?:tell[ \t]+me|let[ \t]+me[ \t]+know|say|share|explain)"
    r"|(?:please[ \t]+)?let[ \t]+me[ \t]+know"
    r"|(?:may|might|can|could)[ \t]+i[ \t]+(?:also[ \t]+)?ask"
    r"|i[ \t]+(?:was[ \t]+)?wonder(?:ed|ing)?"
    r"|i(?:'d|[ \t]+would)[ \t]+(?:love|like)[ \t]+to[ \t]+(?:know|ask|hear)|i'm[ \t]+curious"
    r"|do[ \t]+you[ \t]+mind[ \t]+(?:telling[ \t]+me|if[ \t]+i[ \t]+ask))"
    r"(?:[ \t]+please)?[ \t?!.]*+"
)
# "When your company launches in Kenya, ...", "..., when you have a moment?": a time clause, not
# a question ("when would I hear back" asks, with its auxiliary first).
_TIME_CLAUSE = re.compile(
    r"(?:(?:and|or|also|plus)[ \t]+)?when[ \t]+(?!(?:is|are|was|were|will|would|does|do|did|can|"
    r"could|should|might|must)\b|(?:i|we|they|it)(?:'d|'ll|[ \t]+would|[ \t]+will)\b)"
)


def listed_questions(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The questions listed in the question low[start:end], as spans, when there are at least
    three of them; otherwise []. After a colon, items opening with a wh-word or "whether" (three
    words or more); without one, items that also open on an auxiliary before its subject or
    that wonder or ask ("Who would run it, would it share the rota, and would the team
    split?")."""
    colon = low.find(": ", start, end)
    opened = colon >= 0
    if not opened:
        colon = start - 2
    tail = low[max(colon, start) : end]
    if tail.count(",") + tail.count(";") + tail.count("\u2014") + tail.count(" - ") < 2:
        return []  # three items need two breaks: the usual "...: the timeline or the plan?"
    items: list[tuple[int, int]] = []
    at = colon + 2
    for m in _ITEM_BREAK.finditer(low, at, end):
        items.append((at, m.start()))
        at = m.end()
    items.append((at, end))
    found = [
        (a, b)
        for a, b in items
        if (
            (
                _WH_ITEM.match(low, a, b) is not None
                and (opened or _TIME_CLAUSE.match(low, a, b) is None)
            )
            or (not opened and _ASKED_ITEM.match(low, a, b) is not None)
        )
        and len(_WORDS.findall(low, a, b)) >= 3
        and _FRAME_ONLY.fullmatch(low, a, b) is None
        # "..., would the role still cover it, or would that work move back ...?": an item on
        # "or" is the other side of the question before it, not a question of its own.
        and not low.startswith("or ", a)
    ]
    return found if len(found) >= _LISTED_MIN else []


# --- the point given in a clause of its own (issue 14, notes by writers who never saw us) -----

# A clause that opens on "it's" gives the thing itself: "my mistake, it's 8% monthly", "it is
# 4 g in 24 hours", "It's the unguarded counter in the worker pool".
_IT_CLAUSE = re.compile(r"(?:it's|its|it\s+is|the\s+answer's|correct\s+is)\s+")
_CLAUSE_STOP = re.compile(r"[,;:.!?\n]")
_CLAUSE_OPENING = re.compile(r"[,;:.!?\n\u2014\u2013]\s*")
_NOT_A_THING_NEXT = word_set(
    "been not just so too very really only always never hard okay ok fine great good going "
    "gonna what why how because like no all about over up down still also obvious clear true "
    "worth that this"
)
_NOT_THE_THING = word_set(
    "best worst least most first last kind sort type one way same only role job team company "
    "interview nerves question end point thing reason problem issue case fault"
)
_ANY_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'd|i've|i'll|im|id|ive|my|me|mine|we|we're|us)\b")
# A figure corrected by contrast, in any tense, as long as nobody is telling what they said:
# "monthly churn was 2.1%, not 12%", "Churn is 8% monthly, not the 12% I said".
_FIGURE_CONTRAST = re.compile(r"[^,;.!?\n\d]{0,60}+\d[^,;!?\n]{0,30}?,?\s+not\s+(?:the\s+)?\d")


# "it was 2019, not 2021" after "I gave the wrong year:" tells the stumble again; a named thing in
# the past ("monthly churn was 2.1%, not 12%") gives the figure.
_WHAT_IT_WAS = re.compile(r"(?:it|that|this|they)\s+(?:was|were)\b")


def _thing_in_clause(low: str, at: int, stop: int, end: int) -> bool:
    words = _WORDS.findall(low, at, stop)
    if not words or words[0] in _NOT_A_THING_NEXT:
        return False
    if _ANY_FIRST_PERSON.search(low, at, stop) or _NOT_A_POINT.search(low, at, stop):
        return False
    if _NUMBER.search(low, at, stop) is not None:
        return True
    if words[0] == "the":
        return 3 <= len(words) <= 12 and words[1] not in _NOT_THE_THING
    # "its cost of goods sold divided by average inventory, and ours would be about 8"
    return (
        len(words) >= 4 and words[0] not in _JUDGING and _NUMBER.search(low, stop, end) is not None
    )


_NOT_THE_FIGURE = word_set("later ago earlier before after since in of times time")


def _figure_first(low: str, start: int, end: int) -> bool:
    """A sentence that opens on the corrected figure, clipped: "Forty minutes, thanks to the
    runbook" (up to four words before the first break, no first person, not a time relative to
    the story: "Two days later, ...")."""
    if _NUMBER.match(low, start, end) is None:
        return False
    stop_m = _CLAUSE_STOP.search(low, start, end)
    stop = end if stop_m is None else stop_m.start()
    words = _WORDS.findall(low, start, stop)
    return (
        2 <= len(words) <= 4
        and not any(w in _NOT_THE_FIGURE for w in words)
        and _ANY_FIRST_PERSON.search(low, start, stop) is None
    )


# The marks after which a writer gives the correction in the same sentence as the stumble: "I
# gave the wrong formula: it's excess return over volatility", "I said to expire on a timer; it
# should expire on write", "I mixed up the order - fire doors must stay shut".
_MARKS = frozenset(":;\u2014\u2013-")
# A verb that states how the thing is (present tense or a norm), not how the day went: the point
# is about the subject, in the tense it holds in ("is", "should be", "needs", "goes first").
_STATES = re.compile(
    r"\b(?:is|are|isn't|aren't|(?:it|that|this|there|which)'s|should|must|needs?|goes|go|"
    r"fixes|fix|solves|runs|run|comes|sits|stays|means|gives|keeps|returns|holds|works|covers|"
    r"applies|apply|belongs|falls|takes|uses|starts|ends|has|have|does|do|doesn't|don't|"
    r"can|cannot|can't|will|won't|would)\b"
)


def _point_after_mark(low: str, start: int, at: int, end: int) -> bool:
    """Whether the clause at low[at:...] opened by a colon, semicolon or dash gives the point
    about the subject, after the writer's own clause in front of it (the stumble or its
    ownership, in the first person): at least three words, a verb of how the thing is, and no
    first person, plea, feeling or talk of the interview in it."""
    # The mark before the clause, past any spaces (walked back, not sliced: a slice per clause
    # opening would copy the note's head each time).
    i = at
    while i > start and low[i - 1].isspace():
        i -= 1
    mark = low[i - 1] if i > start else ""
    if mark not in _MARKS or _ANY_FIRST_PERSON.search(low, start, at) is None:
        return False
    stop_m = _CLAUSE_STOP.search(low, at, end)
    stop = end if stop_m is None else stop_m.start()
    words = _WORDS.findall(low, at, stop)
    if len(words) < 3 or words[0] in _NOT_A_THING_NEXT or words[0] in _NOT_A_POINT_START - _IT_IS:
        return False
    verb = _STATES.search(low, at, stop)
    if verb is None or _WORDS.match(low, verb.end() + 1) is None:
        return False
    after = _WORDS.match(low, verb.end() + 1)
    if after is not None and (after.group() in _NOT_A_THING_NEXT or after.group() in _JUDGING):
        return False  # "it's been a long week", "it is what it is", "it's a shame"
    return (
        _ANY_FIRST_PERSON.search(low, at, stop) is None
        and _NOT_A_POINT.search(low, at, stop) is None
        and low[end - 1] != "?"
    )


def gives_the_thing(low: str, start: int, end: int) -> bool:
    """Whether a clause of the sentence low[start:end] gives the answer itself: opening on
    "it's" with a figure or the thing named ("it's 8% monthly", "It's the unguarded counter"),
    correcting a figure by contrast with nobody's telling in front of it ("churn was 2.1%,
    not 12%"), or stating how the thing is after a colon, semicolon or dash that closes the
    writer's own clause ("I gave the wrong route: referrals go to the lead first"). Each clause
    opening is read once, so the sentence is read in linear time."""
    if _figure_first(low, start, end):
        return True
    at = start
    while at < end:
        if at > start and _point_after_mark(low, start, at, end):
            return True
        m = _IT_CLAUSE.match(low, at, end)
        if m is not None:
            stop_m = _CLAUSE_STOP.search(low, m.end(), end)
            stop = end if stop_m is None else stop_m.start()
            if _thing_in_clause(low, m.end(), stop, end):
                return True
        c = _FIGURE_CONTRAST.match(low, at, end)
        if (
            c is not None
            and _ANY_FIRST_PERSON.search(low, at, c.end()) is None
            and _WHAT_IT_WAS.match(low, at, end) is None
        ):
            return True
        nxt = _CLAUSE_OPENING.search(low, at + 1, end)
        if nxt is None:
            return False
        at = nxt.end()
    return False


# The answer as what the writer can do or knows to do, with the specifics: "I can start on 12
# January", "I'm happy to work two weekends in four", "I know to mount it slowly off the heat".
_OFFER = re.compile(
    r"i\s+(?:can|could\s+now)\s+(?!be\b)([a-z]+)\b|"
    r"i(?:'m|m|\s+am)\s+(?:happy|able|available|free|glad)\s+to\s+(?!be\b)([a-z]+)\b|"
    r"i\s+know\s+(?:to|how\s+to)\s+([a-z]+)\b"
)
_NOT_AN_OFFER = word_set(
    "only hardly barely see tell say imagine understand assure promise send share talk discuss "
    "answer help chat meet hear learn provide follow come speak do try"
)


def offers_it(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] gives the answer as what the writer can do ("I can
    start on 12 January", "I'm happy to work two weekends in four": with a figure) or knows to
    do ("I know to mount it slowly with cold butter": three words or more), in its first
    clause, with no plea, wish or feeling in it."""
    m = _OFFER.match(low, start, end)
    if m is None or low[end - 1] == "?":
        return False
    verb = m.group(1) or m.group(2) or m.group(3)
    if verb in _NOT_AN_OFFER:
        return False
    stop_m = _CLAUSE_STOP.search(low, m.end(), end)
    stop = end if stop_m is None else stop_m.start()
    if _NOT_A_POINT.search(low, m.end(), stop) is not None:
        return False
    if m.group(3) is not None:
        return len(_WORDS.findall(low, m.end(), stop)) >= 3
    return _NUMBER.search(low, m.end(), stop) is not None


# --- the substance of the answer, in any words (PLAYBOOK §4 step 5) --------------------------
#
# Restating the point means the corrected answer or its substance is in the note: a figure, a
# formula, a corrected claim, a named approach. Writers who never saw this checker give it in
# shapes no frame names: "That email should have been withheld as privileged", "the right
# method is a fresh room-by-room calculation", "at 3% the enterprise value comes to Rs 1,140
# crore", "I said thirty days, but clause 7.2 gives that right to the buyer". What they share is
# a clause about the thing (nobody in the first person) that says how it is, or should be.

# Clause openings inside a sentence: a comma or a mark with a space after it (not "1,140"), a
# spaced hyphen, or a conjunction that starts a new claim.
_SUBSTANCE_BREAK = re.compile(
    r"[,;:\u2014\u2013](?=\s)|\s-\s|\s(?:but|whereas|while|so|and|which|though|although)\s"
)
# How the thing is, in the present (not "has"/"have"/"do": "the team has two squads" is the
# occasion as often as the point).
_HOW_IT_IS = re.compile(
    r"\b(?:is|are|isn't|aren't|(?:it|that|this|there|which|what)'s|comes\s+to|reaches|reach|"
    r"gives|give|means|mean|works|holds|hold|runs|sits|stays|stay|equals|totals|returns|falls|"
    r"goes|go|takes|makes|costs|cost|needs|breaks|drops|rises|grows|uses|keeps|covers|applies|"
    r"belongs|lands|pays|saves|cuts|adds|leaves|lies|beats|matches|changes|becomes|owns|"
    r"handles|leads|decides|controls|manages|signs|triggers|requires|stops|starts|ends)\b"
)
# A norm about the thing: "should have been withheld", "must be logged", "should be spread".
_NORM = re.compile(
    r"\b(?:should|must|ought\s+to|needs\s+to|need\s+to)\s+(?:have\s+been|be)\s+([\w'-]+)"
    r"|\bshould've\s+been\s+([\w'-]+)"
)
# What follows a norm that judges instead of giving the thing: "should have been better".
_NORM_JUDGES = word_set(
    "better clearer shorter sharper longer simpler tighter more less different done there it "
    "what mine my obvious clear easy simple fine ok okay good great my the a an so much far "
    "quicker faster"
)
# "the right method is ...", "the correct figure was ...": the answer named as the right one.
_RIGHT_ONE = re.compile(
    r"\bthe\s+(?:right|correct|proper|accurate|actual|real|better|standard|usual|safer|"
    r"simpler|cleaner)\s+([\w-]+)\s+(?:[\w-]+\s+)?(?:is|are|was|were|would\s+be)\s"
)
# Not the answer but the right person, or the cause of the stumble ("the real trouble was the
# noise outside").
_NOT_AN_ANSWER_NOUN = word_set(
    "fit person candidate role job team company choice time place call decision move people "
    "thing way one answer trouble problem issue reason cause shame pity story"
)
# "The approach I'd take is ...", "the forecast I meant to show breaks even in month 14",
# "What I wanted the lesson to show was ...": the writer's intended answer as the subject.
_INTENDED = re.compile(
    r"\b(?:the\s+(?:[\w-]+\s+)?[\w-]+|what)\s+i(?:'d|\s+would|\s+meant\s+to|\s+wanted\s+to|"
    r"\s+intended\s+to|\s+should\s+have|\s+should've|\s+wanted)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:take|use|give|show|say|make|recommend|propose|suggest|build|pick|choose|do|"
    r"given|said|shown|made|used|taken|recommended|proposed|suggested|built|picked|chosen|done)"
    r"\s+(?!(?:is|was)\s+(?:to\s+)?(?:say|that|not|n't)\b)([a-z][\w'-]*)"
)
# Where the answer is not given but only pointed at (the labels' missing_restatement): "is set
# out in the attached note", "is in my notes".
_ELSEWHERE = re.compile(
    r"\b(?:attached|attachment|enclosed|linked|set\s+out\s+in|in\s+my\s+notes)\b"
)


def _no_feeling(low: str, start: int, end: int) -> bool:
    """No plea, fault, feeling or talk of the interview in low[start:end] (words of a trade that
    name things, "the fault level", "the learning rate", excepted)."""
    return all(
        m.group().split("-")[0] in _TRADE_WORDS or m.group().startswith("learn")
        for m in _NOT_A_POINT.finditer(low, start, end)
    )


def _clauses(low: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = start
    for m in _SUBSTANCE_BREAK.finditer(low, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


def _says_how_it_is(low: str, a: int, b: int, *, figure: bool) -> bool:
    """Whether the clause low[a:b] says how the thing is: a verb of how it is, at least four
    words, nobody in the first person, no feeling, and (when `figure`) a number in it."""
    if _ANY_FIRST_PERSON.search(low, a, b) is not None:
        return False
    words = _WORDS.findall(low, a, b)
    if len(words) < 4 or words[0] in _NOT_A_POINT_START - _DEICTIC - _IT_IS:
        return False
    if figure and _NUMBER.search(low, a, b) is None:
        return False
    verb = _HOW_IT_IS.search(low, a, b)
    if verb is None:
        return False
    after = _WORDS.match(low, verb.end() + 1) if verb.end() < b else None
    if after is not None and after.group() in _JUDGING:
        return False  # "it's a shame", "the team is great"
    # After a copula, a word that opens no thing ("it's been", "it is what it is") unmakes it; a
    # figure may be approximate ("comes to about Rs 1,140 crore", "is over 40 %").
    if (
        after is not None
        and (verb.group() in _COPULAS or verb.group().endswith("'s"))
        and after.group() in _NOT_A_THING_NEXT
        and not (figure and after.group() in _ROUGHLY)
    ):
        return False
    return _no_feeling(low, a, b)


_COPULAS = frozenset(("is", "are", "isn't", "aren't"))
_ROUGHLY = word_set("about over up down only")
# A figure in the past about the thing, in a sentence with nobody in the first person: "It was
# 12% on mobile only, 5% overall." (not the occasion: "The call was at 3pm").
_WAS = re.compile(r"\b(?:was|were|wasn't|weren't)\b")


def _figure_as_it_was(low: str, start: int, end: int) -> bool:
    if _ANY_FIRST_PERSON.search(low, start, end) is not None:
        return False
    words = _WORDS.findall(low, start, min(end, start + 400))
    if len(words) < 4 or words[0] in _NOT_A_POINT_START - _DEICTIC - _IT_IS:
        return False
    head = " ".join(words[:5])
    return (
        _NUMBER.search(low, start, end) is not None
        and _WAS.search(low, start, end) is not None
        and _OCCASION.search(head) is None
        and _no_feeling(low, start, end)
    )


_SUBSTANCE_REACH = 1200


def gives_substance(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] (not a question) gives the substance of the answer
    in any words: a norm about the thing ("that email should have been withheld"), the right
    one named ("the right method is a fresh calculation"), the intended answer as a subject
    ("the approach I'd take is a learned ranker"), a figure in a clause that says how the thing
    is ("the fine-tuned model reaches 0.89 F1"), a figure after the writer's colon ("I should
    have read it off the curves: about 42 m3/h at 28 m head"), or a claim about the thing after
    the writer's recount and a "but"/"whereas" ("I said the supplier could terminate, but clause
    7.2 gives that right to the buyer"). Linear: each clause is read a bounded number of times."""
    if end - start < 12 or low[end - 1] == "?":
        return False
    # A point is given within a sentence of ordinary length: a run of thousands of characters
    # with no full stop is read up to _SUBSTANCE_REACH, so a hostile note costs no more.
    end = min(end, start + _SUBSTANCE_REACH)
    sentence_first = _ANY_FIRST_PERSON.search(low, start, end)
    for m in _NORM.finditer(low, start, end):
        word = m.group(1) or m.group(2)
        clause_start = max(
            (
                c.end()
                for c in _SUBSTANCE_BREAK.finditer(low, max(start, m.start() - 120), m.start())
            ),
            default=max(start, m.start() - 120),
        )
        rest = _WORDS.findall(low, m.end(), min(end, m.end() + 200))
        if (
            word not in _NORM_JUDGES
            and len(rest) >= 2
            and _ANY_FIRST_PERSON.search(low, clause_start, m.start()) is None
            and _no_feeling(low, m.start(), min(end, m.end() + 80))
        ):
            return True
    for m in _RIGHT_ONE.finditer(low, start, end):
        # "I know what the right order is now" names no order: an embedded question.
        if m.group(1) in _NOT_AN_ANSWER_NOUN or low.endswith("what ", start, m.start()):
            continue
        if _names_something(low, m.end(), end):
            return True
    intended = _INTENDED.search(low, start, end)
    if intended is not None and _names_something(low, intended.start(1), end):
        return True
    if _figure_as_it_was(low, start, end):
        return True
    clauses = _clauses(low, start, end)
    colon_read = False  # the rest after the writer's colon is read once, not once a clause
    for i, (a, b) in enumerate(clauses):
        if _says_how_it_is(low, a, b, figure=True):
            return True
        if i == 0 or sentence_first is None or sentence_first.start() >= a:
            continue
        opener = low[max(start, a - 10) : a]
        # After the writer's own clause: a figure given after a colon, or a claim about the
        # thing after "but"/"whereas" (the recount corrected in the same sentence).
        if not colon_read and opener.rstrip().endswith(":"):
            colon_read = True
            if _figure_given(low, a, end):
                return True
        if (opener.endswith(" but ") or opener.endswith("whereas ")) and _says_how_it_is(
            low, a, b, figure=False
        ):
            return True
    return False


# What a frame is followed by when it gives nothing: "was something far shorter", "is now".
_GIVES_NOTHING = word_set(
    "something anything nothing more less different better clearer shorter simpler sharper "
    "now that this it what much far"
)
_BE = word_set("is was are were be")


def _names_something(low: str, at: int, end: int) -> bool:
    """Whether the words at low[at:end] after a frame name the answer: at least three of them,
    not vague ("something far shorter", "now"), not pointing elsewhere ("set out in the
    attached note"), with no plea or feeling."""
    stop = min(end, at + 200)  # bounded: a sentence of many frames stays linear
    words = _WORDS.findall(low, at, stop)
    if words and words[0] in _BE:
        words = words[1:]
    if len(words) < 3 or words[0] in _GIVES_NOTHING:
        return False
    return _ELSEWHERE.search(low, at, stop) is None and _no_feeling(low, at, stop)


def _figure_given(low: str, a: int, b: int) -> bool:
    """A figure given after the writer's colon; "I gave the wrong year: it was 2019, not 2021"
    tells the stumble again (see _WHAT_IT_WAS)."""
    while a < b and low[a].isspace():
        a += 1
    words = _WORDS.findall(low, a, min(b, a + 400))
    return (
        _WHAT_IT_WAS.match(low, a, b) is None
        and len(words) >= 3
        and _NUMBER.search(low, a, b) is not None
        and _ANY_FIRST_PERSON.search(low, a, b) is None
        and _no_feeling(low, a, b)
    )


# The day told, not the point: a plain statement the restatement fallback (voice._restated) would
# otherwise take for the point. "The story I told ran on too long", "The medicines question didn't
# go as I'd have liked", "The call kept freezing, so I lost the thread", "We had 30 minutes and I
# didn't get past the endpoints", "Hopefully that can be taken into account".
_TELLING_LEAD = word_set("hopefully should could would must might anyway")
# How the answer went, in any subject's words.
_WENT = re.compile(
    r"\b(?:came\s++out\s++(?:wrong|badly|muddled|jumbled|garbled|half-finished)|"
    r"went\s++(?:wrong|badly|sideways|off\s++the\s++rails)|got\s++away\s++from|"
    r"didn't\s++go\s++(?:well|as|to)|fell\s++(?:apart|flat))\b"
)
# A frame with nothing in it: "What I should have said was something shorter and clearer."
_VAGUE = re.compile(r"\b(?:was|is|be|been)\s++(?:something|anything|nothing)\b")
# What the candidate said or did in the interview, as a subject: the stumble told again.
_TELLING_NOUN = re.compile(
    r"\b(?:answers?|story|stories|question|questions|conversation|discussion|chat|bit|part|"
    r"call|caveat|exercise|task|round|role-play|roleplay|presentation|demo|sketch|whiteboard|"
    r"explanation|example|response|reply|pitch|walkthrough|interview|actor|interviewer|panel)\b"
)
_PAST_TELLING = re.compile(
    r"\b(?:wasn't|weren't|went|got|came|ran|kept|didn't|hadn't|(?:did|was|were|had)\s++not|"
    r"slipped|wandered|rambled|rushed|stalled|drifted|derailed|fell|turned|ended)\b"
)


_WENT_HINTS = ("came", "went", "got", "didn't", "fell")
_ELSEWHERE_HINTS = ("attach", "enclos", "linked", "set out", "my notes")


def _has_any(low: str, start: int, end: int, hints: tuple[str, ...]) -> bool:
    return any(low.find(hint, start, end) >= 0 for hint in hints)


def narrates(low: str, start: int, end: int) -> bool:
    """Whether the sentence low[start:end] tells the interview (the stumble, its cause, a hope
    about it) rather than giving the point: it opens on a hope or an elided modal, or its frame
    is followed by "something"; or, with no figure, it says how the answer went ("came out
    wrong"), points to an attachment, or (with no verb in the present either) its subject is
    the answer, the question or the occasion told in the past ("the question didn't go as
    planned")."""
    end = min(end, start + _SUBSTANCE_REACH)  # bounded, as gives_substance
    words = _WORDS.findall(low, start, min(end, start + 400))
    if not words:
        return False
    if words[0] in _TELLING_LEAD:
        return True
    # Each reading below is opened by a word it needs (str.find, no copy, no regex otherwise).
    if low.find("thing", start, end) >= 0 and _VAGUE.search(low, start, end) is not None:
        return True
    figure = _NUMBER.search(low, start, end) is not None
    if figure:
        return False
    if _has_any(low, start, end, _WENT_HINTS) and _WENT.search(low, start, end) is not None:
        return True  # "The valuation came out wrong because ...": how it went, not the point
    if _has_any(low, start, end, _ELSEWHERE_HINTS) and _ELSEWHERE.search(low, start, end):
        return True  # "The correct position is set out in the attached note": not given here
    if _PRESENT.search(low, start, end) is not None:
        return False
    head = " ".join(words[:5])
    return (
        _TELLING_NOUN.search(head) is not None and _PAST_TELLING.search(low, start, end) is not None
    )
