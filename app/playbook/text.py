"""Small text helpers for drafting: cleaning user input, names, sentences, placeholders."""

from __future__ import annotations

import re
import unicodedata

# Anything in square brackets is a visible placeholder (PLAYBOOK §6).
PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,80}\]")

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_SPACES = re.compile(r"\s+")
_HONORIFICS = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "herr", "frau"}
)
_TRAILING = " \t.,;:!?-–—"


def clean_inline(value: str | None, limit: int = 160) -> str | None:
    """One line of user text: control characters (CR/LF included) become spaces, runs of
    whitespace collapse, and trailing punctuation goes (the template adds its own)."""
    if value is None:
        return None
    if value.isprintable() and "  " not in value and unicodedata.is_normalized("NFC", value):
        # The usual case, ten times faster: isprintable() is False for every control and line
        # character and for every space but U+0020, so there is nothing to replace or collapse.
        text = value.strip().rstrip(_TRAILING).strip()
    else:
        text = _CONTROL.sub(" ", unicodedata.normalize("NFC", value))
        text = _SPACES.sub(" ", text).strip().rstrip(_TRAILING).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(_TRAILING) or text[:limit]
    return text or None


def first_name(full_name: str | None) -> str | None:
    """The name to greet someone by: "Dr. Jane Smith" -> "Jane", "Smith, Jane" -> "Jane"."""
    name = clean_inline(full_name, 120)
    if not name:
        return None
    if "," in name:
        last, _, rest = name.partition(",")
        # "Smith, Jane" but not "Jane Smith, PhD".
        if rest.strip() and len(last.split()) == 1 and not _is_suffix(rest):
            name = rest.strip()
        else:
            name = last.strip()
    parts = [p for p in name.split(" ") if p]
    while len(parts) > 1 and parts[0].lower().rstrip(".") in _HONORIFICS:
        parts = parts[1:]
    return parts[0] if parts else None


def _is_suffix(text: str) -> bool:
    return text.strip().lower().rstrip(".") in {"phd", "md", "jr", "sr", "ii", "iii", "mba", "esq"}


def as_clause(text: str) -> str:
    """User text to continue a sentence: "The question threw me" -> "the question threw me".

    Keeps "I", acronyms and proper-looking words ("API", "McKinsey") as they are."""
    if not text:
        return text
    head, _, _ = text.partition(" ")
    if head in {"I", "I'm", "I've", "I'd", "I'll"} or head.isupper() or _has_inner_capital(head):
        return text
    return text[0].lower() + text[1:]


def _has_inner_capital(word: str) -> bool:
    return any(ch.isupper() for ch in word[1:])


def as_sentence(text: str) -> str:
    """User text as a full sentence: capitalised, with a closing period."""
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def as_question(text: str) -> str:
    text = as_sentence(text)
    return text[:-1] + "?" if text.endswith(".") else text


def placeholders_in(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for match in PLACEHOLDER.finditer(text):
        seen.setdefault(match.group(0), None)
    return tuple(seen)


def or_placeholder(value: str | None, label: str) -> str:
    return value if value else f"[{label}]"
