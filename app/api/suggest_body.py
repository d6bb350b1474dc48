"""The text a voice check reads from an email body in HTML (Outlook reads bodies as HTML).

Pure. What the user wrote, as plain text laid out the way it reads:
- `<br>` is a line break; `<div>`, `<li>`, `<tr>`, headings start a new line (Outlook on the web
  writes one `<div>` per line and `<div><br></div>` for a blank one); `<p>` is a paragraph
  (blank line around it), the way our own drafts are written;
- runs of whitespace collapse as a browser shows them (`&nbsp;` included), except in `<pre>`;
- `<head>`, `<style>`, `<script>` and the like are dropped, entities decoded;
- the quoted message of a reply or forward is not the user's note: the text stops where Outlook
  (`appendonsend`, `divRplyFwdMsg`), Gmail (`gmail_quote`) or Thunderbird (`moz-cite-prefix`)
  begins it, and a signature block (`id="Signature"`) is left out.
Offsets of voice findings refer to the returned text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_TEXT = 20_000

_DROP = frozenset({"head", "style", "script", "title", "template", "noscript", "xml", "svg"})
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
_STOP_IDS = frozenset({"appendonsend", "divrplyfwdmsg", "x_divrplyfwdmsg", "reply-intro"})
_STOP_CLASSES = frozenset({"gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote"})
_SKIP_IDS = frozenset({"signature", "ms-outlook-mobile-signature", "x_signature"})
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_HTML_HINT = re.compile(r"<(?:html|body|div|p|br|span|table|font|b|i|a)\b[^<>]*>", re.IGNORECASE)


def looks_like_html(body: str) -> bool:
    return bool(_HTML_HINT.search(body[:20_000]))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stopped = False
        self._drop_depth = 0
        self._skip_stack: list[str] = []  # open tags of a skipped subtree
        self._pre = 0

    # Layout helpers -------------------------------------------------------------------

    def _tail(self) -> str:
        return "".join(self.out[-3:])[-2:] if self.out else ""

    def _newline(self) -> None:
        if self.out and not self._tail().endswith("\n"):
            self.out.append("\n")

    def _blank_line(self) -> None:
        if not self.out:
            return
        tail = self._tail()
        if not tail.endswith("\n"):
            self.out.append("\n\n")
        elif not tail.endswith("\n\n"):
            self.out.append("\n")

    # Parser callbacks -----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stopped:
            return
        if self._skip_stack:
            if tag not in _VOID:
                self._skip_stack.append(tag)
            return
        values = {name: (value or "") for name, value in attrs}
        element_id = values.get("id", "").strip().lower()
        classes = set(values.get("class", "").lower().split())
        if element_id in _STOP_IDS or classes & _STOP_CLASSES:
            self.stopped = True
            return
        if element_id in _SKIP_IDS and tag not in _VOID:
            self._skip_stack.append(tag)
            return
        if tag in _DROP:
            self._drop_depth += 1
            return
        if tag == "br":
            self.out.append("\n")
        elif tag in _PARAGRAPH:
            self._blank_line()
            self._pre += tag == "pre"
        elif tag in _LINE:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stopped:
            return
        if self._skip_stack:
            # Close the innermost matching tag; browsers forgive mismatches, so do we.
            if tag in self._skip_stack:
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
            return
        if tag in _DROP:
            self._drop_depth = max(0, self._drop_depth - 1)
        elif tag in _PARAGRAPH:
            self._pre -= tag == "pre" and self._pre > 0
            self._blank_line()
        elif tag in _LINE:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.stopped or self._drop_depth or self._skip_stack:
            return
        if self._pre:
            self.out.append(data.replace("\u00a0", " "))
            return
        text = _SPACE.sub(" ", data)
        if not text.strip() and (not self.out or self._tail().endswith(("\n", " "))):
            return
        if self._tail().endswith("\n") or not self.out:
            text = text.lstrip(" ")
        self.out.append(text)


def html_to_text(body: str, *, limit: int = MAX_TEXT) -> tuple[str, bool]:
    """(text, truncated): the note in `body` as plain text, at most `limit` characters."""
    parser = _Text()
    parser.feed(body)
    parser.close()
    lines = [line.rstrip(" ") for line in "".join(parser.out).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    if len(text) > limit:
        return text[:limit], True
    return text + ("\n" if text else ""), False


def plain_text(body: str, *, limit: int = MAX_TEXT) -> tuple[str, bool]:
    """(text, truncated) for a text body: line endings normalised, nothing else changed."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        return text[:limit], True
    return text, False
