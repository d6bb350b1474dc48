"""What the user typed, made ready to sit inside the note's own sentences (issue 15).

A hurried recovery reads "I think I was rushing", "What I meant to say is: ...", "was nervous??".
The templates already say "Looking back," and "what I meant to say", so the framing the user
repeats, the hedges in front (the voice check would flag them as the engine's own), punctuation
runs and doubled words go; a clause with no subject gets its "I", and "I am" becomes "I was"
where the sentence speaks of the interview. No regular expressions: every step is one pass over
the words, so the time is linear in the input whatever it holds.
"""

from __future__ import annotations

import re
from itertools import islice
from operator import eq

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
        self.by_head = {head: tuple(leads) for head, leads in by_head.items()}


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
        for lead in candidates:
            if low.startswith(lead):
                rest = text[len(lead) :]
                # Whole words only: "so" is not the start of "some".
                if rest and rest[0].isalnum():
                    continue
                stripped = rest.lstrip(_LEAD_PUNCT)
                if stripped:
                    text, changed = stripped, True
                break
    return text


_RESTATEMENT_LEADS = _Leads(_RESTATEMENT_FRAMES, _HEDGES)
_CAUSE_LEADS = _Leads(_CAUSE_FRAMES, _HEDGES)
_STUMBLE_LEADS = _Leads(_STUMBLE_FRAMES, _HEDGES)
_QUESTION_LEADS = _Leads(("q:", "question:"))


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


def question(text: str | None) -> str | None:
    """A question the user typed: tidied, one closing question mark added by the template."""
    if not text:
        return text
    return _finish(_strip_leads(text, _QUESTION_LEADS), text)
