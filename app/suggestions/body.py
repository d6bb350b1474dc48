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
Offsets of voice findings refer to the returned text. The markup is read by
app/playbook/html_text.py (linear, budgeted); this module only picks the note out of it.
"""

from __future__ import annotations

from app.playbook import html_text
from app.playbook.html_text import looks_like_html

__all__ = ["MAX_TEXT", "html_to_text", "looks_like_html", "plain_text"]

MAX_TEXT = 20_000


def html_to_text(body: str, *, limit: int = MAX_TEXT) -> tuple[str, bool]:
    """(text, truncated): the note in `body` as plain text, at most `limit` characters.

    The conversion is app/playbook/html_text.py's linear one (CPython's HTMLParser is quadratic
    on some inputs, gh-135462); here the quoted message and the signature are left out."""
    visible = html_text.html_to_text(body, drop_signature=True)
    text = visible.text
    if visible.quoted_from is not None:
        text = text[: visible.quoted_from].rstrip()
    truncated = len(body) > html_text.MAX_CHARS
    if len(text) > limit:
        return text[:limit], True
    return text + ("\n" if text else ""), truncated


def plain_text(body: str, *, limit: int = MAX_TEXT) -> tuple[str, bool]:
    """(text, truncated) for a text body: line endings normalised, nothing else changed."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        return text[:limit], True
    return text, False
