"""What the user typed, made ready to sit inside the note's own sentences (issue 15).

A hurried recovery reads "I think I was rushing", "What I meant to say is: ...", "was nervous??".
The templates already say "Looking back," and "what I meant to say", so the framing the user
repeats, the hedges in front (the voice check would flag them as the engine's own), punctuation
runs and doubled words go; a clause with no subject gets its "I", and "I am" becomes "I was"
where the sentence speaks of the interview. A leading apology goes as a hedge does ("I'm sorry,
I messed up" would read "I was sorry, ..."); a question loses its list label ("Question 2:").

Every user field passes `inline` (invisible format characters deleted, one line); a name typed all
in capitals or all in lower case is cased per part (`person_name`); the position loses what "the
{position} role at {company}" already says (`position`). No regular expressions: every step is
one pass over the words, so the time is linear in the input whatever it holds.
"""

from __future__ import annotations

import re
from itertools import islice
from operator import eq

from app.playbook.text import clean_inline

# Leading words a hurried writer puts before the point; the note states the point plainly.
_HEDGES = tuple(
    sorted(
        (
            "i think that",
            "i think",
            "i guess that",
            "i guess",
            "i suppose",
            "i believe that",
            "i believe",
            "i feel like",
            "i feel that",
            "i feel",
            "i mean",
            "i realise that",
            "i realise",
            "i realize that",
            "i realize",
            "i know that",
            "to be honest",
            "honestly",
            "basically",
            "probably",
            "perhaps",
            "possibly",
            "maybe",
            "just",
            "kind of",
            "sort of",
            "kinda",
            "sorta",
            "um",
            "uh",
            "erm",
            "well",
            "so",
            "ok so",
            "okay so",
            "tbh",
            "looking back",
            "in hindsight",
            "in retrospect",
        ),
        key=len,
        reverse=True,  # longest first: "i think that" before "i think"
    )
)

# Framing that the note's own sentence already supplies, per field.
_RESTATEMENT_FRAMES = (
    "what i meant to say is that",
    "what i meant to say was that",
    "what i meant to say is",
    "what i meant to say was",
    "what i meant to say",
    "what i meant is that",
    "what i meant was that",
    "what i meant is",
    "what i meant was",
    "what i wanted to say is",
    "what i wanted to say was",
    "what i was trying to say is",
    "what i was trying to say was",
    "what i should have said is",
    "what i should have said was",
    "what i should've said is",
    "what i should've said was",
    "i meant to say that",
    "i meant to say",
    "i meant that",
    "i wanted to say that",
    "i wanted to say",
    "i should have said that",
    "i should have said",
    "i should've said",
    "i said that",
    "i said",
    "my point is that",
    "my point was that",
    "my point is",
    "my point was",
    "the point is that",
    "the point is",
    "to restate",
    "to clarify",
    "in short",
    "here is what i meant",
    "here's what i meant",
)
_CAUSE_FRAMES = (
    "what was happening is that",
    "what was happening was that",
    "what was happening is",
    "what was happening was",
    "what happened is that",
    "what happened was that",
    "what happened is",
    "what happened was",
    "i think what happened is",
    "i think what happened was",
)
# An apology in front of the point: the note owns the mistake in its own sentence, and "I'm
# sorry, I messed up" would otherwise become "I was sorry, I messed up".
_APOLOGIES = (
    "i'm so sorry but",
    "i'm so sorry that",
    "i'm so sorry",
    "i'm sorry but",
    "i'm sorry that",
    "i'm sorry",
    "im sorry but",
    "im sorry",
    "i am so sorry",
    "i am sorry but",
    "i am sorry that",
    "i am sorry",
    "so sorry but",
    "so sorry",
    "sorry but",
    "sorry that",
    "sorry",
    "i apologise but",
    "i apologise that",
    "i apologise",
    "i apologize but",
    "i apologize that",
    "i apologize",
    "my apologies but",
    "my apologies",
    "apologies but",
    "apologies",
    "oops",
)
_STUMBLE_FRAMES = (
    "what went wrong is that",
    "what went wrong was that",
    "what went wrong is",
    "what went wrong was",
    "the problem was that",
    "the problem was",
)
# Words after which a clause needs its subject: "was rushing" -> "I was rushing".
_NEEDS_I = frozenset(
    [
        "was",
        "wasn't",
        "had",
        "hadn't",
        "did",
        "didn't",
        "got",
        "kept",
        "went",
        "ran",
        "lost",
        "froze",
        "blanked",
        "rushed",
        "panicked",
        "misread",
        "misheard",
        "misunderstood",
        "answered",
        "assumed",
        "jumped",
        "overthought",
        "overcomplicated",
        "forgot",
        "started",
        "tried",
        "focused",
        "spent",
        "gave",
        "talked",
        "rambled",
        "missed",
        "skipped",
        "read",
        "heard",
        "thought",
        "took",
        "couldn't",
        "could",
        "should",
        "shouldn't",
        "would",
        "wouldn't",
        "have",
        "haven't",
        "am",
    ]
)
# A run of marks, or a space before a comma or colon: what tidy() repairs character by
# character. One scan of fixed two-character strings (linear), done in C for the usual text.
_NEEDS_REPAIR = re.compile(r"\?\?|!!|::|;;|,,|\?!|!\?|\.\.| ,| :")
_LEAD_PUNCT = " \t:;,.-–—'\"“”‘’"


def tidy(text: str) -> str:
    """Punctuation runs cut to one mark ("??" -> "?", "::" -> ":"), space before a comma or
    colon removed, a word typed twice in a row kept once ("the the")."""
    if _NEEDS_REPAIR.search(text) is None:
        out = text
    else:
        chars: list[str] = []
        for ch in text:
            if chars and ch in "?!:;,." and chars[-1] in "?!:;,":
                continue  # a mark after a mark: the first one stands ("...", kept below)
            if ch in ",:;" and chars and chars[-1] == " ":
                chars.pop()
            chars.append(ch)
        out = "".join(chars)
    words = out.split(" ")
    # A word can only go when it equals the one before it: without such a pair (the usual
    # case, tested in C) there is nothing to drop. lower() adds no spaces: same word count.
    low = out.lower().split(" ")
    if not any(map(eq, low, islice(low, 1, None))):
        return out
    kept = [words[0]]
    for word in words[1:]:
        if word and word.lower() == kept[-1].lower() and word[-1:].isalnum():
            continue
        kept.append(word)
    return " ".join(kept)


_HEAD_END = " \t,:;.!?-–—"


def _lead_head(lead: str) -> str:
    return lead.split(" ", 1)[0].rstrip(":")


class _Leads:
    """A list of leads indexed by their first word: text whose first word starts none of them
    (the usual case) costs one dict lookup; otherwise only the leads with that first word are
    tried, in the list's order (longest first)."""

    __slots__ = ("by_head",)

    def __init__(self, *groups: tuple[str, ...]) -> None:
        by_head: dict[str, list[str]] = {}
        for lead in (lead for group in groups for lead in group):
            by_head.setdefault(_lead_head(lead), []).append(lead)
        # Longest first within a head, whichever group a lead came from ("so sorry" before "so").
        self.by_head = {
            head: tuple(sorted(leads, key=len, reverse=True)) for head, leads in by_head.items()
        }


def _head(text: str) -> str:
    for n, ch in enumerate(text):
        if ch in _HEAD_END:
            return text[:n].lower()
    return text.lower()


def _strip_leads(text: str, leads: _Leads) -> str:
    """Drop any of `leads` (and the punctuation after them) from the front, repeatedly."""
    changed = True
    while changed and text:
        changed = False
        # A lead matches only text whose first word is the lead's first word.
        candidates = leads.by_head.get(_head(text))
        if candidates is None:
            break
        low = text.lower()
        if not low.startswith(candidates):
            break  # the usual case once the leads are gone ("i answered ..."): one C call
        # The leads that start the text, in the list's order: filtered in C (28 leads open
        # with "i"), the few left are read here.
        for lead in filter(low.startswith, candidates):
            rest = text[len(lead) :]
            # Whole words only: "so" is not the start of "some".
            if rest and rest[0].isalnum():
                continue
            stripped = rest.lstrip(_LEAD_PUNCT)
            if stripped:
                text, changed = stripped, True
            break
    return text


_RESTATEMENT_LEADS = _Leads(_RESTATEMENT_FRAMES, _HEDGES, _APOLOGIES)
_CAUSE_LEADS = _Leads(_CAUSE_FRAMES, _HEDGES, _APOLOGIES)
_STUMBLE_LEADS = _Leads(_STUMBLE_FRAMES, _HEDGES, _APOLOGIES)


def _strip_this(text: str) -> str:
    # "... is this: the point" -> "the point" (only "this" followed by a mark, so "this cache
    # scales" keeps its subject).
    low = text.lower()
    if low.startswith("this") and len(text) > 4 and text[4] in ":,-–—":
        return text[5:].lstrip(_LEAD_PUNCT) or text
    return text


def _with_subject(text: str) -> str:
    head, _, rest = text.partition(" ")
    low = head.lower()
    if low in ("i'm", "im") and rest:
        return "I was " + rest
    if low == "i" and rest.lower().startswith("am "):
        return "I was " + rest[3:]
    if low in _NEEDS_I and low != "am":
        return "I " + low + (" " + rest if rest else "")
    if low == "i":
        return "I" + text[1:]
    return text


def _finish(text: str, original: str) -> str | None:
    text = tidy(text.strip().strip("\"“”'").rstrip(" \t.,;:!?-–—").strip())
    if not text:
        return None
    return text if any(ch.isalnum() for ch in text) else (original or None)


def restatement(text: str | None) -> str | None:
    """The point the user meant to make, without "What I meant to say is" in front."""
    if not text:
        return text
    body, before = text, ""
    while body != before:  # "What I meant is this: What I meant is ..." -> each layer goes
        before = body
        body = _strip_this(_strip_leads(body, _RESTATEMENT_LEADS))
    return _finish(body, text)


def cause(text: str | None) -> str | None:
    """What the user thinks was happening, as a clause with "I" for "Looking back, ..."."""
    if not text:
        return text
    body = _with_subject(_strip_leads(text, _CAUSE_LEADS))
    return _finish(body, text)


def stumble(text: str | None) -> str | None:
    """What went wrong, as the user observed it, for "When we discussed X, ..."."""
    if not text:
        return text
    body = _with_subject(_strip_leads(text, _STUMBLE_LEADS))
    return _finish(body, text)


_BULLETS = " \t-*•·‣◦▪–—>"
_LABEL_MARKS = ":.)]-–—"


def _label_end(text: str) -> int:
    """Where the text after a list label starts ("Question 2: ", "Q1) ", "3. "), or 0.

    A label is "question" or "q", then an optional "#" and number, then one mark; or a bare
    number and a mark. A number alone is a label only when a mark and a space follow it, so
    "1.5 million users" and "Q4 plans" keep their words; "Question 2 what ..." (a word label
    and a number) needs no mark."""
    low = text[:40].lower()
    at = 0
    word = False
    if low.startswith("question") and not low[8:9].isalpha():
        at, word = 8, True
    elif low.startswith("q") and (low[1:2] in ("#", ":", ".", ")") or low[1:2].isdigit()):
        at, word = 1, True
    if not word and not (low[:1].isdigit() or low[:1] == "#"):
        return 0
    while low[at : at + 1] == " ":
        at += 1
    if low[at : at + 1] == "#":
        at += 1
    digits = at
    while at < len(low) and at - digits < 3 and low[at].isdigit():
        at += 1
    numbered = at > digits
    if not word and not numbered:
        return 0
    if low[at : at + 1] and low[at] in _LABEL_MARKS:
        after = low[at + 1 : at + 2]
        return at + 1 if after in ("", " ") else 0
    if word and numbered and low[at : at + 1] == " " and low.startswith("question"):
        return at + 1
    return 0


def _strip_label(text: str) -> str:
    # Bullets and labels, a few layers at most ("- Q1: ..."): bounded, each step one slice.
    for _ in range(3):
        stripped = text.lstrip(_BULLETS)
        end = _label_end(stripped)
        stripped = stripped[end:].lstrip(_LEAD_PUNCT) if end else stripped
        if stripped == text or not stripped:
            break
        text = stripped
    return text


def question(text: str | None) -> str | None:
    """A question the user typed, without its list label ("Question 2:", "Q1)", "1.", "- "):
    tidied, one closing question mark added by the template."""
    if not text:
        return text
    return _finish(_strip_label(text), text)


# --- every user field: invisible characters -------------------------------------------------

# Zero-width and bidi controls and the soft hyphen: a pasted name or an invite written by
# anyone carries them, and in a note they hide text or reverse it (a U+202E in a signature).
# Deleted, not spaced: "Jo\u200bsé" is "José". The header writers drop the same set.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2065),
        *range(0x2066, 0x206A),
        0xFEFF,
        0x00AD,
        0x180E,
        0x061C,
    ]
)


def visible(value: str) -> str:
    """`value` without invisible format characters. isprintable() is False for every one of
    them, so the usual text is one C check."""
    return value if value.isprintable() else value.translate(_INVISIBLE)


def inline(value: str | None, limit: int = 160) -> str | None:
    """One line of user text for a note: invisible characters gone, then text.clean_inline.
    Every user field of a draft passes here (one place)."""
    if not value:
        return None
    return clean_inline(visible(value), limit)


# --- names ----------------------------------------------------------------------------------

# Lower-case particles inside a name ("Ludwig van Beethoven", "María de la Cruz").
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "dos",
        "das",
        "ten",
        "ter",
        "y",
        "bin",
        "binti",
        "al",
    ]
)
_ROMAN = frozenset(["ii", "iii", "iv", "vi", "vii", "viii"])


def _capital(ch: str) -> str:
    # One character for one: "ß".upper() is "SS", which no name starts with.
    up = ch.upper()
    return up if len(up) == 1 else ch


def _cased_piece(piece: str) -> str:
    if piece[:2] == "mc" and len(piece) > 3:
        return "Mc" + _capital(piece[2]) + piece[3:]  # "MCDONALD" -> "McDonald"
    return _capital(piece[:1]) + piece[1:]


def _cased_word(word: str, first: bool) -> str:
    low = word.lower()
    bare = low.rstrip(".,")
    if not first and bare in _PARTICLES:
        return low
    if not first and bare in _ROMAN:
        return word.upper()
    # Each part of "jean-luc" and "o'brien" is capitalised: "Jean-Luc", "O'Brien".
    out: list[str] = []
    piece = ""
    for ch in low:
        if ch in "-'’":
            out.append(_cased_piece(piece) + ch)
            piece = ""
        else:
            piece += ch
    out.append(_cased_piece(piece))
    return "".join(out)


def person_name(name: str | None) -> str | None:
    """A name typed all in capitals or all in lower case ("MARCUS CHEN", "jean-luc picard"),
    cased as the person writes it: each part capitalised, particles lower case after the first
    word, Mc and O' forms kept. A name typed in mixed case is the person's own: left alone."""
    if not name or not (name.isupper() or name.islower()):
        return name
    words = name.split(" ")
    return " ".join(_cased_word(w, n == 0) for n, w in enumerate(words) if w)


def signer(name: str | None) -> str | None:
    """The candidate's name as the note signs it: what a name cannot start with is dropped
    ("> Sam", "-- Sam" -> "Sam"), and a value with no letter at all is no name (None, so the
    sign-off is a placeholder). A sign-off line opening with ">" or "--" would read as the start
    of a quoted reply or a signature block to anyone who pastes the draft back for a check."""
    if not name:
        return None
    at = 0
    while at < len(name) and not name[at].isalnum():
        at += 1
    rest = name[at:]
    return rest if any(ch.isalpha() for ch in rest) else None


# --- the position ---------------------------------------------------------------------------

_ARTICLES = ("the ", "a ", "an ")
_ROLE_WORDS = ("role", "position", "job", "opening", "vacancy")


def position(text: str | None, company: str | None = None) -> str | None:
    """The position as it sits in "the {position} role": no leading article, no trailing
    "role"/"position"/"job", and no "at <company>" tail when it names the company the note
    names anyway ("Engineer at Acme" -> "Engineer"). A word is cut only when words remain."""
    if not text:
        return text
    name = company.strip().casefold() if company else ""
    # Only a position that ends with the company's name can carry the tail.
    if name and text.casefold().endswith(name):
        for prep in (" at ", " @ ", " with ", ", "):
            head, sep, tail = text.rpartition(prep)
            if sep and head.strip() and tail.strip().casefold() == name:
                text = head.rstrip(" ,")
                break
    head, _, last = text.rpartition(" ")
    if head.strip() and last.lower() in _ROLE_WORDS:
        text = head.rstrip(" ,")
    if text[:4].lower().startswith(_ARTICLES):
        for article in _ARTICLES:
            if text.lower().startswith(article) and len(text) > len(article):
                text = text[len(article) :].lstrip()
                break
    return text or None
