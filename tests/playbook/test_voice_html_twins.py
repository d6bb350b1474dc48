"""The same note as plain text and as a mail client's HTML gives the same findings (issue 14),
for the structural findings too: ownership in other words, questions recounted or typed without
"?", restatement after a colon, an empty greeting. Three renderings as the clients write them:
Gmail (div per line, gmail_signature, gmail_quote), Outlook desktop (Word HTML: MsoNormal
paragraphs, <o:p>, &nbsp; blank lines, a From:/Sent: block) and Outlook on the web (styled divs,
divRplyFwdMsg). Every span must point into the HTML exactly as given, and read as the plain
span does."""

from __future__ import annotations

import html as html_lib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.playbook.html_text import html_to_text
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_message

_SENTENCES = [
    "Thanks heaps for the call today.",
    "Grateful for your time.",
    "When we got to the sharding question I went quiet.",
    "The error was mine.",
    "If it was my mistake, I'd like to know.",
    "I should of asked about scale first.",
    "I'm not sure it was my fault.",
    "Correct answer: shard by tenant.",
    "The answer I should have given: shard by tenant.",
    "You asked how I'd shard it?",
    "Your question was what I'd cut first?",
    "Who knew billing could be so subtle?",
    "What happens if the round slips?",
    "How does the team decide what gets cut?",
    "Is there budget for a second region?",
    "I'm keen to learn how the team plans the quarter.",
    "The paper [Smith 2019] covers it.",
    "I enjoyed hearing about [Company].",
    "The launch date is TK.",
    "Thanks to the traffic, I was late.",
    "I'm excited to contribute to your roadmap.",
    "I'd love to hear more about the funding.",
    "I misspoke about the cache.",
    "Mea culpa.",
]
# A last line with no end mark: a question typed in a hurry, or a plain statement.
_LAST_LINES = ["", "What happens if the round slips", "Looking forward to it"]


def _plain(paragraphs: list[list[str]], greeting: str, sign_off: str) -> str:
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    return f"{greeting}\n\n{body}\n\n{sign_off}\nSam\n\n-- \nSam Okafor | Platform!!\n"


def _esc(text: str) -> str:
    return html_lib.escape(text, quote=False).replace("'", "&#39;")


def _gmail(paragraphs: list[list[str]], greeting: str, sign_off: str) -> str:
    inner = "<div><br></div>".join(f"<div>{_esc(' '.join(p))}</div>" for p in paragraphs)
    return (
        f'<div dir="ltr"><div>{_esc(greeting)}</div><div><br></div>{inner}<div><br></div>'
        f"<div>{_esc(sign_off)}</div><div>Sam</div><div><br></div>"
        '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
        'class="gmail_signature" data-smartmail="gmail_signature">Sam Okafor | Platform!!'
        '</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, '
        "Nov 24, 2026 at 3:02 PM Dana &lt;dana@x.io&gt; wrote:<br></div><blockquote "
        'class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Why? What? When? Hi ,'
        "</blockquote></div>"
    )


_WORD_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="Generator" '
    'content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal {margin:0cm;} --> '
    "</style></head><body lang=EN-GB><div class=WordSection1>"
)
_WORD_BLANK = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"


def _word(paragraphs: list[list[str]], greeting: str, sign_off: str) -> str:
    inner = _WORD_BLANK.join(
        f"<p class=MsoNormal>{_esc(' '.join(p))}<o:p></o:p></p>" for p in paragraphs
    )
    return (
        f"{_WORD_HEAD}<p class=MsoNormal>{_esc(greeting)}<o:p></o:p></p>{_WORD_BLANK}{inner}"
        f"{_WORD_BLANK}<p class=MsoNormal>{_esc(sign_off)}<o:p></o:p></p>"
        "<p class=MsoNormal>Sam<o:p></o:p></p>"
        f"{_WORD_BLANK}<p class=MsoNormal>-- <o:p></o:p></p>"
        "<p class=MsoNormal>Sam Okafor | Platform!!<o:p></o:p></p>"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class=MsoNormal><b>From:</b>'
        " Dana &lt;dana@x.io&gt;<br><b>Sent:</b> 24 November 2026 09:12<br><b>Subject:</b> Hi"
        "<o:p></o:p></p></div><p class=MsoNormal>WHY? Please please?<o:p></o:p></p>"
        "</div></body></html>"
    )


def _owa(paragraphs: list[list[str]], greeting: str, sign_off: str) -> str:
    div = '<div style="font-family: Aptos, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
    inner = f"{div}<br></div>".join(f"{div}{_esc(' '.join(p))}</div>" for p in paragraphs)
    return (
        f"<html><body>{div}{_esc(greeting)}</div>{div}<br></div>{inner}{div}<br></div>"
        f"{div}{_esc(sign_off)}</div>{div}Sam</div>"
        '<div id="Signature">-- <br>Sam Okafor | Platform!!</div><div id="appendonsend"></div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
        "<b>From:</b> Dana<br><b>Sent:</b> Tuesday<br></div><div>How? Why? XXX</div>"
        "</body></html>"
    )


_RENDER = [_gmail, _word, _owa]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _seen(source: str, start: int, end: int, is_html: bool) -> str:
    piece = source[start:end]
    return _norm(html_to_text(piece).text if is_html else piece)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paragraphs=st.lists(
        st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=3), min_size=1, max_size=3
    ),
    last=st.sampled_from(_LAST_LINES),
    greeting=st.sampled_from(["Hi Dana,", "Dear Dr Osei,", "Hi ,", "Hello Priya,"]),
    sign_off=st.sampled_from(["Best,", "Kind regards,", "Thanks,", "Cheers,"]),
    render=st.sampled_from(range(len(_RENDER))),
    scenario=st.sampled_from(list(Scenario)),
)
def test_mail_client_html_and_plain_text_give_the_same_findings(
    paragraphs: list[list[str]],
    last: str,
    greeting: str,
    sign_off: str,
    render: int,
    scenario: Scenario,
) -> None:
    if last:
        paragraphs = [*paragraphs, [last]]
    plain = _plain(paragraphs, greeting, sign_off)
    markup = _RENDER[render](paragraphs, greeting, sign_off)
    from_plain = check_message(plain, scenario, format="text")
    from_html = check_message(markup, scenario, format="auto")
    assert from_html.verdict == from_plain.verdict
    assert from_html.metrics == from_plain.metrics
    assert [(f.code, _seen(markup, f.start, f.end, True)) for f in from_html.findings] == [
        (f.code, _seen(plain, f.start, f.end, False)) for f in from_plain.findings
    ]
    for f in from_html.findings:
        assert 0 <= f.start <= f.end <= len(markup)


def test_the_quoted_reply_and_signature_never_count() -> None:
    """The quoted reply's questions and the signature's shouting are someone else's or not the
    note: a calm note stays calm in every client's HTML."""
    paragraphs = [["Thank you for the conversation today.", "What happens if the round slips?"]]
    for render in _RENDER:
        report = check_message(render(paragraphs, "Hi Dana,", "Best,"), Scenario.FOLLOW_UP)
        assert report.findings == ()
        assert report.metrics.questions == 1
