"""The part of a pasted email the voice check judges: the new message, without markup, the
quoted reply or the signature block, with a map back to the input exactly as given.

- HTML (said so, or detected) goes through the one converter `/v1/suggest` uses
  (`html_text.html_to_text`); everything from its structural quote marker on is dropped, and so
  is a signature block marked as one.
- Then, on the visible text (or the plain text as given), the plain-text forms: a reply header
  ("On Tue, 24 Nov 2026 at 09:12, Dana <dana@x> wrote:", "-----Original Message-----",
  "From: … / Sent: …", a "> " quote block) starts the quoted part; a "-- " line or a
  sign-off line ("Best,", "Kind regards") followed by a name starts the signature: the sign-off
  and the name are kept (they are part of the note, and "Thanks," is thanks), what follows the
  name (title, phone, links, "Sent from my iPhone") is not.

Everything is line-based and linear in the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.playbook.html_text import VisibleText, html_to_text, looks_like_html, source_span

__all__ = ["NoteBody", "NoteFormat", "note_body"]


class NoteFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    AUTO = "auto"


# Reply and forward headers, one line each (matched with .match at a line start).
_REPLY_ON = re.compile(r"(?<![ \t>])[ \t>]*(?:On|Le|Am|El|Op|Il)\s[^\n]{4,300}")
_WROTE = re.compile(
    r"(?:wrote|a\s+écrit|schrieb|escribió|schreef|ha\s+scritto)\s*:\s*$", re.IGNORECASE
)
_DIVIDER = re.compile(
    r"(?<![ \t])[ \t]*(?:(?<!-)-{2,}+\s*(?:Original\s+Message|Forwarded\s+message|"
    r"Message\s+d'origine|Ursprüngliche\s+Nachricht)\s*-{2,}|(?<!_)_{8,}+\s*$|"
    r"Begin\s+forwarded\s+message:)",
    re.IGNORECASE,
)
_FROM = re.compile(r"(?<![ \t])[ \t]*\*?(?:From|De|Von)\s*:\*?\s+\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"(?<![ \t])[ \t]*\*?(?:Sent|Date|To|Subject|Cc|Envoyé|Gesendet|Datum)\s*:", re.IGNORECASE
)
_SIG_DASHES = re.compile(r"--[ \t]?$")
_MOBILE = re.compile(r"(?<![ \t])[ \t]*(?:Sent\s+from\s+my\s|Get\s+Outlook\s+for\s)", re.IGNORECASE)
# A sign-off line: the closing words alone on their line, with a comma or nothing after them.
_SIGN_OFF = re.compile(
    r"(?<![ \t])[ \t]*(?:(?:best|warm|warmest|kind|kindest|many|with)\s+(?:regards|wishes|thanks)|"
    r"all\s+the\s+best|best|regards|cheers|thanks|thank\s+you|many\s+thanks|thanks\s+again|"
    r"thanks\s+so\s+much|sincerely|yours\s+(?:sincerely|faithfully|truly)|warmly|respectfully|"
    r"talk\s+soon|speak\s+soon|take\s+care|with\s+gratitude|gratefully|cordially|"
    r"looking\s+forward|best\s+wishes|rgds|br)[ \t]*+[,.!]?[ \t]*+$",
    re.IGNORECASE,
)
_NAME_LINE = 60  # a name under a sign-off is short
_POSTSCRIPT = re.compile(r"p\.?\s?p?\.?\s?s\b|ps\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NoteBody:
    """What the voice check reads (`text`) and how to find each of its spans in `source`."""

    source: str
    text: str
    visible: VisibleText | None  # None: `text` is a prefix of `source` (same offsets)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `source` that shows `text[start:end]`."""
        if self.visible is None:
            return start, end
        return source_span(self.source, self.visible, start, end)


def note_body(source: str, fmt: NoteFormat | str = NoteFormat.AUTO) -> NoteBody:
    """The new message of `source` (see the module docstring)."""
    if not isinstance(fmt, NoteFormat):  # the enum's own call costs a microsecond a note
        fmt = NoteFormat(fmt)
    if fmt is NoteFormat.HTML or (fmt is NoteFormat.AUTO and looks_like_html(source)):
        visible = html_to_text(source, drop_signature=True)
        end = len(visible.text) if visible.quoted_from is None else visible.quoted_from
        text = visible.text[:end]
        return NoteBody(source, text[: new_message_end(text)], visible)
    return NoteBody(source, source[: new_message_end(source)], None)


def new_message_end(text: str) -> int:
    """Where the quoted reply or the signature block of plain `text` begins (len(text) if
    neither). A header on the very first line is not a cut: then there is no new message."""
    lines = _lines(text)
    seen_words = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if not seen_words:
            seen_words = any(ch.isalnum() for ch in line)
            continue
        # Cheap tests first: every header starts with one of these characters, and a sign-off
        # line is short; most lines of a note are neither and cost no regex.
        head = line.lstrip(" \t*")[:1]
        if head in _HEADER_HEADS and _starts_quote(text, lines, i):
            return _trim(text, start)
        if head == "-" and _SIG_DASHES.match(line):
            return _trim(text, start)
        if head in "SG" and head and _MOBILE.match(line):
            return _trim(text, start)
        if i >= 2 and end - start <= _SIGN_OFF_LINE and _SIGN_OFF.match(line):
            cut = _after_name(text, lines, i)
            if cut is not None:
                return cut
    return len(text)


# First characters of the header lines _starts_quote knows ("On ...", "-----Original", "____",
# "Begin forwarded", "From:", "De:", "Von:", "Le ...", "Am ...", "El ...", "Op ...", "Il ...").
_HEADER_HEADS = frozenset(">OLAEIB-_FDV")
_SIGN_OFF_LINE = 40


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = 0
    size = len(text)
    while at <= size:
        nl = text.find("\n", at)
        if nl < 0:
            out.append((at, size))
            break
        out.append((at, nl))
        at = nl + 1
    return out


def _starts_quote(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    start, end = lines[i]
    line = text[start:end]
    if line.startswith(">"):
        return True
    if _DIVIDER.match(line):
        return True
    if _REPLY_ON.match(line):
        # Gmail wraps a long header: "wrote:" may end this line or the next.
        if _WROTE.search(line):
            return True
        if i + 1 < len(lines):
            nxt_start, nxt_end = lines[i + 1]
            if nxt_end - nxt_start <= 200 and _WROTE.search(text, nxt_start, nxt_end):
                return True
    if _FROM.match(line):
        # Outlook's header block: "From:" then "Sent:"/"Date:"/"To:" within the next lines.
        for j in range(i + 1, min(i + 4, len(lines))):
            if _HEADER_NEXT.match(text, lines[j][0], lines[j][1]):
                return True
    return False


def _after_name(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """After a sign-off at line `i`: the end of the name line under it, if more follows it
    (otherwise nothing to cut)."""
    j = i + 1
    while j < len(lines) and not text[lines[j][0] : lines[j][1]].strip():
        j += 1
    if j >= len(lines):
        return None
    name_start, name_end = lines[j]
    name = text[name_start:name_end].strip()
    if not _looks_like_name(name):
        return None  # not a name: the note goes on ("Thanks! I also wanted to ...")
    rest = text[name_end:].lstrip()
    if not rest or _POSTSCRIPT.match(rest):
        return None  # nothing after the name, or a P.S.: still the note
    return name_end


def _looks_like_name(line: str) -> bool:
    """A name line ("Sam", "Dr. Mira Patel", "Sam O."): short, capitalised, no full stop."""
    words = line.split()
    if not words or len(line) > _NAME_LINE or len(words) > 5 or line[-1] in "?!:,;":
        return False
    if line[-1] == "." and len(words[-1]) > 3:
        return False  # a sentence, not an initial ("Sam O.")
    return all(w[0].isupper() or not w[0].isalpha() for w in words)


def _trim(text: str, at: int) -> int:
    """`at` moved back over the whitespace before it."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at
