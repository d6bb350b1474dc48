"""HTML as a reader sees it: the visible text of a mail body, with a map back into the input.

Pure, no I/O, and linear in the input: one forward pass; every tag, comment and raw-text element
is found with an anchored or forward search that never rescans what it has passed, and a tag or
comment left open at the end of the input ends the document (browsers do the same). So the
quadratic cases of CPython's `html.parser` (gh-135462: `"<div>" + "<a " * n`) cannot happen here,
whichever CPython runs us. Input longer than `max_chars` is cut before anything else.

Layout follows what a browser shows for the mail clients' HTML:
- `<br>` is a line break; `<div>`, `<li>`, `<tr>`, headings start and end a line (Outlook on
  the web writes one `<div>` per line and `<div><br></div>` for a blank one); `<p>`,
  `<blockquote>` and `<pre>` are paragraphs (a blank line around them); at most one blank line
  in a row, none at the start or the end;
- Word HTML (Outlook desktop: `<p class=MsoNormal>`, whose style has no margins) shows each
  paragraph as one line and an empty one (`<o:p>&nbsp;</o:p>`) as a blank line: once a `<p>`
  with an `Mso…` class is seen, every `<p>` is read that way;
- runs of whitespace (`&nbsp;` included) collapse to one space and vanish at line ends, except
  inside `<pre>`;
- `<head>`, `<style>`, `<script>`, `<title>`, `<template>`, `<svg>` and the like are dropped;
  comments, doctypes and processing instructions too; entities are decoded.

`offsets[i]` is where in the input `text[i]` came from: the character itself, the `&` of an
entity, the `<` of the tag that made a line break, the first character of a collapsed whitespace
run. `source_span` turns a span of `text` into the span of the input that produced it, so a
finding can point into the HTML exactly as the user pasted it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html import unescape
from html.entities import html5

MAX_CHARS = 200_000

# Elements whose content is not markup (raw text / RCDATA): skipped up to their end tag.
_RAW_DROP = frozenset(
    {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"}
)
# Elements whose (markup) content is not shown.
_DROP = frozenset({"head", "template", "xml", "svg", "math", "object"})
_LINE = frozenset(
    {
        "div",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "dl",
        "dt",
        "dd",
        "address",
        "hr",
        "center",
    }
)
_PARAGRAPH = frozenset({"p", "blockquote", "pre"})
_VOID = frozenset(
    {
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "wbr",
        "col",
        "area",
        "base",
        "source",
        "track",
        "embed",
        "param",
    }
)
# Where the quoted message of a reply or forward begins (Outlook, Gmail, Thunderbird, Yahoo,
# Proton); ids and classes compared in lower case.
_QUOTE_IDS = frozenset({"appendonsend", "divrplyfwdmsg", "x_divrplyfwdmsg", "reply-intro"})
_QUOTE_CLASSES = frozenset(
    {"gmail_quote", "gmail_attr", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote"}
)
_SIGNATURE_IDS = frozenset({"signature", "ms-outlook-mobile-signature", "x_signature"})

_SPACES = frozenset(" \t\r\n\f\v\u00a0\u200b")

# Where markup may begin; any other `<` is text.
_MARKUP = re.compile(r"<[A-Za-z/!?]")
# A start or end tag from its `<` to its `>`. Quotes count only after `=`, as in a browser;
# the possessive `*+` never gives back what it took, so a tag that does not close fails in
# one pass instead of backtracking.
_TAG = re.compile(r"""<(/?)([A-Za-z][^\s/>]*+)((?:[^>"'=]+|=\s*"[^"]*"|=\s*'[^']*'|=)*+)>""")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
# In text: whitespace runs and character references, the only things that are not copied as-is.
_REFERENCE = r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)"
_TEXT_TOKEN = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+|" + _REFERENCE)
_ENTITY = re.compile(_REFERENCE)
_HTML_HINT = re.compile(
    r"<(?:html|head|body|div|p|br|span|table|font|b|i|a|blockquote|ul|ol|li)\b[^<>]{0,2000}>"
    r"|&nbsp;",
    re.IGNORECASE,
)
_RAW_END: dict[str, re.Pattern[str]] = {
    name: re.compile("</" + name + r"(?=[\s/>])", re.IGNORECASE) for name in _RAW_DROP
}


@dataclass(frozen=True, slots=True)
class VisibleText:
    text: str
    """What a reader sees."""
    offsets: tuple[int, ...]
    """len(text) + 1 entries: where in the (cut) input each character of `text` came from; the
    last entry is the length of the input that was read."""
    quoted_from: int | None
    """Index in `text` where quoted or forwarded content starts (the first visible character
    after the marker, or len(text) if none follows), else None."""


def looks_like_html(text: str) -> bool:
    """Whether `text` is markup a mail client wrote (a bounded, linear search)."""
    # Every hint starts with "<" or "&": a note with neither (most) is told by two C-level
    # scans, several times cheaper than the case-insensitive regex.
    if text.find("<", 0, MAX_CHARS) < 0 and text.find("&", 0, MAX_CHARS) < 0:
        return False
    return _HTML_HINT.search(text, 0, MAX_CHARS) is not None


def html_to_text(
    html: str, *, max_chars: int = MAX_CHARS, drop_signature: bool = False
) -> VisibleText:
    """The visible text of `html` (cut to `max_chars` first). `drop_signature` also leaves out
    a signature block (`id="Signature"` and Outlook's variants): shown, but not the note."""
    source = html[:max_chars]
    out = _Writer()
    n = len(source)
    pos = 0
    drop_depth = 0
    pre_depth = 0
    skip: list[str] = []  # open tags of a dropped signature, innermost last
    skip_count: Counter[str] = Counter()  # the same as counts: membership in O(1)
    word = False  # Word HTML: <p> is a line, an empty one a blank line
    p_length = -1  # visible length when the current Word <p> opened
    while pos < n:
        markup = _MARKUP.search(source, pos)
        lt = n if markup is None else markup.start()
        if lt > pos:
            if not (drop_depth or skip):
                out.text(source, pos, lt, pre=pre_depth > 0)
            pos = lt
            continue
        # source[pos:pos + 2] is `<` and a letter, `/`, `!` or `?`
        head = source[pos + 1 : pos + 4]
        if head.startswith("!--"):
            end = source.find("-->", pos + 4)
            if end < 0 and source.startswith("<!-->", pos):
                end = pos + 2
            if end < 0:
                break  # a comment open to the end of the input hides the rest
            pos = end + 3
            continue
        if head[:1] in ("!", "?") or (head[:1] == "/" and not head[1:2].isalpha()):
            if head[:2] == "/>":
                pos += 3  # `</>` is ignored
                continue
            end = source.find(">", pos + 1)
            if end < 0:
                break
            pos = end + 1  # doctype, processing instruction or bogus comment
            continue
        match = _TAG.match(source, pos)
        if match is None:
            break  # a tag still open at the end of the input: nothing after it shows
        tag_start, pos = pos, match.end()
        closing = match.group(1) == "/"
        name = match.group(2).lower()
        if not closing and name in _RAW_DROP:
            end_match = _RAW_END[name].search(source, pos)
            if end_match is None:
                break  # an unclosed <script> swallows the rest, as in a browser
            closer = source.find(">", end_match.end())
            pos = n if closer < 0 else closer + 1
            continue
        if skip:
            if closing:
                if skip_count[name]:
                    while skip:
                        top = skip.pop()
                        skip_count[top] -= 1
                        if top == name:
                            break
            elif name not in _VOID:
                skip.append(name)
                skip_count[name] += 1
            continue
        if name in _DROP:
            if not match.group(3).rstrip().endswith("/"):  # `<svg/>` opens nothing
                drop_depth = max(0, drop_depth + (-1 if closing else 1))
            continue
        if name == "body" and not closing:
            drop_depth = 0  # a <head> left open ends where the body begins
        if drop_depth:
            continue
        if not closing:
            attrs = _attributes(match.group(3))
            element_id = attrs.get("id", "").strip().lower()
            if out.quoted_from is None and _starts_quote(name, element_id, attrs):
                out.start_quote()
            if drop_signature and element_id in _SIGNATURE_IDS and name not in _VOID:
                skip.append(name)
                skip_count[name] += 1
                continue
            if name == "br":
                out.line_break(tag_start)
            elif name == "p" and (word or _is_word_paragraph(attrs)):
                word = True
                out.lines(1, tag_start)
                p_length = out.length
            elif name in _PARAGRAPH:
                out.lines(2, tag_start)
                pre_depth += name == "pre"
            elif name in _LINE:
                out.lines(1, tag_start)
        elif name == "p" and word:
            if out.length == p_length:
                out.line_break(tag_start)  # an empty Word paragraph shows as a blank line
            else:
                out.lines(1, tag_start)
            p_length = -1
        elif name in _PARAGRAPH:
            if name == "pre" and pre_depth:
                pre_depth -= 1
            out.lines(2, tag_start)
        elif name in _LINE:
            out.lines(1, tag_start)
        elif name == "br":
            out.line_break(tag_start)  # browsers read `</br>` as `<br>`
    return out.finish(len(source))


def source_span(html: str, visible: VisibleText, start: int, end: int) -> tuple[int, int]:
    """The span of `html` that produced `visible.text[start:end]` (end exclusive)."""
    if not 0 <= start <= end <= len(visible.text):
        raise ValueError("span outside the text")
    if start == end:
        at = visible.offsets[start]
        return at, at
    last = visible.offsets[end - 1]
    char = html[last : last + 1]
    stop = last + 1
    # Extend past the last character only when it stands for more of the input: a character
    # reference the reader decoded, or the tag that made a line break. A literal `&` or `<`
    # (`Q&A`, `I <3 it`) was copied as it is and ends the span itself.
    if char == "&":
        entity = _ENTITY.match(html, last)
        if entity is not None and _decode(entity.group()) != entity.group():
            stop = entity.end()
    elif char == "<" and visible.text[end - 1] != "<":
        tag = _TAG.match(html, last)
        if tag is not None:
            stop = tag.end()
        else:
            closer = html.find(">", last)
            stop = closer + 1 if closer >= 0 else len(html)
    return visible.offsets[start], stop


# --- internals --------------------------------------------------------------------------------


def _attributes(raw: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for match in _ATTR.finditer(raw):
        key = match.group(1).lower()
        if key not in attrs:
            value = match.group(2) or match.group(3) or match.group(4) or ""
            attrs[key] = value
    return attrs


def _is_word_paragraph(attrs: dict[str, str]) -> bool:
    """Whether a <p> carries Word's paragraph style (MsoNormal, MsoPlainText, ...)."""
    return attrs.get("class", "").lstrip().lower().startswith("mso")


def _starts_quote(name: str, element_id: str, attrs: dict[str, str]) -> bool:
    # A reply quote is `<blockquote type="cite">` (Apple Mail, Thunderbird) or carries a quote
    # class (Gmail's `gmail_quote`); a bare or styled blockquote is the user's own indented text
    # (Gmail's "Indent more" writes `<blockquote style="margin:0 0 0 40px;border:none">`).
    if element_id in _QUOTE_IDS:
        return True
    if name == "blockquote" and attrs.get("type", "").strip().lower() == "cite":
        return True
    if not _QUOTE_CLASSES.isdisjoint(attrs.get("class", "").lower().split()):
        return True
    # Outlook desktop's reply header: a div with a top border above "From: … Sent: …".
    return name == "div" and "border-top" in attrs.get("style", "").lower()


def _decode(entity: str) -> str:
    """A character reference as a browser decodes it in text; unknown names stay as written."""
    if entity[1] == "#":
        return unescape(entity if entity.endswith(";") else entity + ";")
    name = entity[1:]
    return html5.get(name, entity)  # `html5` holds the names valid without `;` as such


class _Writer:
    """Appends visible text with its offsets; whitespace and line breaks wait until a visible
    character follows, which is how runs collapse and line ends are trimmed in one pass."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.length = 0
        self.newlines = 0  # pending line breaks, at most 2 (one blank line)
        self.newline_at = 0
        self.spaces: list[tuple[str, int]] = []  # pending whitespace
        self.quoted_from: int | None = None
        self._quote_pending = False

    def start_quote(self) -> None:
        self._quote_pending = True
        self.quoted_from = -1  # set at the next visible character

    def lines(self, count: int, at: int) -> None:
        self.spaces.clear()
        if self.length and self.newlines < count:
            if not self.newlines:
                self.newline_at = at
            self.newlines = count

    def line_break(self, at: int) -> None:
        self.spaces.clear()
        if self.length and self.newlines < 2:
            if not self.newlines:
                self.newline_at = at
            self.newlines += 1

    def _flush(self) -> None:
        if self.newlines:
            self.parts.append("\n" * self.newlines)
            self.offsets.extend([self.newline_at] * self.newlines)
            self.length += self.newlines
            self.newlines = 0
        if self.spaces:
            self.parts.append("".join(c for c, _ in self.spaces))
            self.offsets.extend(at for _, at in self.spaces)
            self.length += len(self.spaces)
            self.spaces.clear()
        if self._quote_pending:
            self.quoted_from = self.length
            self._quote_pending = False

    def _visible(self, chars: str, first: int, *, contiguous: bool) -> None:
        self._flush()
        self.parts.append(chars)
        if contiguous:
            self.offsets.extend(range(first, first + len(chars)))
        else:
            self.offsets.extend([first] * len(chars))
        self.length += len(chars)

    def _space(self, char: str, at: int, *, pre: bool) -> None:
        if pre:
            if char == "\n" or (char == "\r"):
                self.line_break(at)
            else:
                self.spaces.append((" " if char == "\u00a0" else char, at))
        elif self.length and not self.newlines and not self.spaces:
            self.spaces.append((" ", at))

    def text(self, source: str, start: int, stop: int, *, pre: bool) -> None:
        pos = start
        for match in _TEXT_TOKEN.finditer(source, start, stop):
            if match.start() > pos:
                self._visible(source[pos : match.start()], pos, contiguous=True)
            token = match.group()
            if token[0] == "&":
                decoded = _decode(token)
                if decoded == token:
                    self._visible(token, match.start(), contiguous=True)
                else:
                    self._decoded(decoded, match.start(), pre=pre)
            elif pre:
                at = match.start()
                for i, char in enumerate(token):
                    if char == "\r" and token[i + 1 : i + 2] == "\n":
                        continue  # CRLF is one line break
                    self._space(char, at + i, pre=True)
            else:
                self._space(" ", match.start(), pre=False)
            pos = match.end()
        if stop > pos:
            self._visible(source[pos:stop], pos, contiguous=True)

    def _decoded(self, decoded: str, at: int, *, pre: bool) -> None:
        for char in decoded:
            if char in _SPACES:
                self._space(char, at, pre=pre)
            else:
                self._visible(char, at, contiguous=False)

    def finish(self, length: int) -> VisibleText:
        quoted_from = self.quoted_from
        if quoted_from == -1:
            quoted_from = self.length  # the quote has no visible text
        self.offsets.append(length)
        return VisibleText("".join(self.parts), tuple(self.offsets), quoted_from)
