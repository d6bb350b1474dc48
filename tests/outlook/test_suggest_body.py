"""The text a voice check reads from an HTML email body (app/api/suggest_body.py)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.suggestions.body import MAX_TEXT, html_to_text, looks_like_html, plain_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # Our own drafts: a paragraph each, <br> inside.
        (
            "<p>Hi Dana,</p><p>Thank you &amp; see you.<br>Line two</p>",
            "Hi Dana,\n\nThank you & see you.\nLine two\n",
        ),
        # Outlook on the web: one <div> a line, <div><br></div> for a blank one.
        (
            '<div class="elementToProof">Hi Dana,</div><div><br></div><div>Thanks   for\n'
            "the&nbsp;chat.</div>",
            "Hi Dana,\n\nThanks for the chat.\n",
        ),
        # Classic Outlook: MsoNormal paragraphs with &nbsp; spacers and Office tags.
        (
            "<html><head><style>p.MsoNormal{margin:0}</style></head><body>"
            "<p class=MsoNormal>One<o:p></o:p></p><p class=MsoNormal>&nbsp;<o:p></o:p></p>"
            "<p class=MsoNormal>Two</p></body></html>",
            "One\n\nTwo\n",
        ),
        # A reply: the quoted message is not the user's note.
        (
            '<div>My note</div><div id="appendonsend"></div><hr>'
            '<div id="divRplyFwdMsg"><b>From:</b> Dana</div><div>old text</div>',
            "My note\n",
        ),
        ('<div>Mine</div><div class="gmail_quote">On Monday, Dana wrote:</div>', "Mine\n"),
        # A signature block is left out, what follows it is kept.
        ('<div>Hi</div><div id="Signature"><div>Alice<br>CEO</div></div><div>PS</div>', "Hi\nPS\n"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo\n"),
        ("<pre>  keep   this\n  spacing</pre>", "  keep   this\n  spacing\n"),
        ("<script>alert(1)</script><div>safe</div>", "safe\n"),
        ("", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == (text, False)


def test_long_bodies_are_cut() -> None:
    text, truncated = html_to_text("<div>" + "word " * 10_000 + "</div>")
    assert truncated and len(text) == MAX_TEXT


def test_plain_text_keeps_offsets() -> None:
    assert plain_text("a\r\nb") == ("a\nb", False)
    assert looks_like_html("<div>x</div>") and not looks_like_html("a < b and c > d")


@given(st.text(max_size=400))
def test_any_markup_converts_without_raising(markup: str) -> None:
    text, _ = html_to_text(markup)
    assert "<script" not in text.lower() or "<script" in markup.lower()


def test_gh_135462_markup_is_read_in_linear_time() -> None:
    # 100 KB that took CPython 3.11.7's HTMLParser ~100 s.
    start = time.perf_counter()
    text, _ = html_to_text("<div>" + "<a " * 33_300)
    assert text == "" and time.perf_counter() - start < 0.5


def test_apple_mail_quote_is_not_the_note() -> None:
    assert html_to_text("<div>Mine</div><blockquote type=cite>Theirs</blockquote>") == (
        "Mine\n",
        False,
    )
