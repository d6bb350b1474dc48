"""Descriptions to plain text: HTML stripped, conferencing and scheduling-tool boilerplate removed.

What is left is what a person wrote (or a recruiting tool filled in), which is where schedules and
interviewer names live. Layouts follow research/calendar-schedule-formats.md §6–7.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

# Longer descriptions are cut before any pattern runs: an itinerary fits in far less, and the
# cut keeps the time spent per event bounded whatever the input.
MAX_TEXT = 32_000

_HTML_HINT = re.compile(
    r"<(?:br|p|div|a|span|b|i|u|li|ul|ol|dl|dt|dd|table|tr|td|th|html|body|head|font|strong|em|"
    r"h\d|img|"
    r"hr|meta|style|o:p)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_DROP_BLOCKS = re.compile(r"<(style|script|head)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BREAKS = re.compile(
    r"<(?:br|/p|/div|/li|/tr|/h\d|p|div|tr|hr|dt|/dd|dl|/dl)\b[^<>]{0,2000}>", re.IGNORECASE
)
# A definition list's term is a label for what follows ("<dt>Interviewers</dt><dd>…</dd>").
_TERM_END = re.compile(r"</dt\s*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li\b[^<>]{0,2000}>", re.IGNORECASE)
_CELL = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
# Any tag, except `<someone@example.com>` which is text in a plain-text description.
_TAG = re.compile(r"<(?![\w.+-]+@[\w.-]+>)[a-zA-Z/!?][^<>]{0,2000}>")
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def html_to_text(text: str) -> str:
    """Plain text from a description that may be HTML (Google, Graph bodies) or text."""
    if "<" in text and _HTML_HINT.search(text):
        text = _DROP_BLOCKS.sub("", text)
        # Outlook wraps its HTML source with CRLF (whitespace, not breaks); Google mixes <br>
        # with bare LF lines (its Meet block) that are real breaks.
        text = text.replace("\r\n", " ") if "\r\n" in text else text.replace("\r", "")
        text = _TERM_END.sub(": ", text)
        text = _BREAKS.sub("\n", text)
        text = _LIST_ITEM.sub("\n- ", text)
        text = _CELL.sub("  ", text)
        text = _TAG.sub("", text)
    if "&nbsp;" in text:
        # The commonest entity by far (HTML cells, indents): unescape calls back into Python
        # for each one. Alone it cannot take part in another entity, so the result is the same.
        text = text.replace("&nbsp;", "\xa0")
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")


_UNDERSCORES = re.compile(r"^\s*_{20,}\s*$")
_ZOOM_HEAD = re.compile(
    r"^\s*(?:join zoom meeting\b|.{0,80}\bis inviting you to a scheduled zoom meeting\b|"
    r"zoom meeting\s*$|join from (?:pc|mac|linux|ios|android)\b)",
    re.IGNORECASE,
)
_ZOOM_LINE = re.compile(
    r"^\s*+(?:$|https?://\S*zoom\.(?:us|com)\S*|meeting id\b|passcode\b|password\b|"
    r"one tap mobile\b|dial by your location\b|find your local number\b|join by (?:sip|h\.323)\b|"
    r"\+\d[\d\s()-]{5,}.*|\d{3}[\d\s]{4,}\d\s*$|\d{1,3}(?:\.\d{1,3}){3}\b.*|[-—–=]{3,}\s*$|"
    r"(?:meeting|webinar) (?:id|passcode)\b|topic:|time:|join zoom meeting\b|"
    r"\S[^\s@]*+@\S*zoomcrc\.com|(?>.*\(US )[^)]*\)\s*$|.*\bzoom\b.*)",
    re.IGNORECASE,
)
# One-line footers of Google Calendar, Meet, Calendly and Outlook, by how the (lowercased,
# left-stripped) line starts: prefix tests are much cheaper than one big regex per line.
_FOOTER_PREFIXES = (
    "view your event at",
    "invitation from google calendar",
    "you are receiving this",
    "forwarding this invitation",
    "learn more about meet",
    "learn more about google meet",
    "please do not edit this section",
    "join with google meet",
    "join by phone",
    "more phone numbers",
    "or dial",
    "need to make changes to this event",
    "powered by calendly",
    "alimenté par calendly",
    "join on your computer",
    "click here to join the meeting",
    "download teams",
    "join on the web",
    "learn more<",
    "learn more <",
    "meeting options<",
    "meeting options <",
    "view all guest info",
    "annuler:",
    "annuler :",
    "replanifier:",
    "replanifier :",
)
_LINK_FOOTERS = ("cancel:", "reschedule:", "reply for ")
_INVITED = re.compile(r"^\S+ has invited you to\b")


def _is_footer(low: str) -> bool:
    if low.startswith(_FOOTER_PREFIXES):
        return True
    if low.startswith(_LINK_FOOTERS) and ("http" in low or "@" in low):
        return True
    return " has invited you to" in low and _INVITED.match(low) is not None


_MEET_BLOCK = re.compile(r"-::~[:~]*::-.*?(?:-::~[:~]*::-|\Z)", re.DOTALL)
_RULE_BLOCK = re.compile(r"_{20,}.*?(?:_{20,}|\Z)", re.DOTALL)


def strip_boilerplate(text: str) -> str:
    """Remove Meet, Teams and Zoom blocks and calendar footers; keep everything else."""
    # Delimited blocks first, wherever the delimiters sit (HTML can put them mid-line).
    if "-::~" in text:
        text = _MEET_BLOCK.sub("\n", text)
    if "____" in text:
        text = _RULE_BLOCK.sub("\n", text)
    out: list[str] = []
    lines = text.split("\n")
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        low = line.lstrip().lower()
        if low.startswith("microsoft teams"):
            # The Teams block runs to its closing rule or to the end of the description.
            i = _skip_until(lines, i + 1, _UNDERSCORES) + 1
            continue
        if ("zoom" in low or low.startswith("join from")) and _ZOOM_HEAD.match(line):
            i += 1
            while i < n and _ZOOM_LINE.match(lines[i]):
                i += 1
            continue
        if not _is_footer(low):
            out.append(line.rstrip())
        i += 1
    return _BLANKS.sub("\n\n", "\n".join(out)).strip()


def _skip_until(lines: list[str], start: int, end: re.Pattern[str]) -> int:
    for j in range(start, len(lines)):
        if end.match(lines[j]):
            return j
    return len(lines)


def clean_description(text: str | None) -> str:
    """HTML to text, boilerplate removed, bounded in length."""
    if not text:
        return ""
    if len(text) <= _CACHED_TEXT:
        return _clean_cached(text)
    return strip_boilerplate(html_to_text(text[:MAX_TEXT]))


# Many events of a calendar share one description (a Meet block alone, a team's standing
# agenda, every occurrence of a series sent one by one): those are cleaned once. Only short
# texts are kept, so the cache stays small (256 × 8,000 characters at most).
_CACHED_TEXT = 8000


@lru_cache(maxsize=256)
def _clean_cached(text: str) -> str:
    return strip_boilerplate(html_to_text(text))
