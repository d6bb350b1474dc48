"""The new message of a pasted email (note_body) and check_message: HTML or text, no quoted reply,
no signature block, spans pointing into the input exactly as given; and, by hypothesis, the HTML
and plain-text forms of the same note give the same findings."""

from __future__ import annotations

import contextlib
import html as html_lib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.playbook.html_text import html_to_text
from app.playbook.models import FindingCode
from app.playbook.note_body import NoteFormat, new_message_end, note_body
from app.playbook.scenarios import Scenario
from app.playbook.voice import EmptyNote, check_message, check_voice

C = FindingCode

NOTE = (
    "Hi Deepa,\n\nThank you for the time today. You mentioned that the marketplace team owns "
    "pricing.\n\nIf the pricing work gets split later, where would this role sit?\n\nBest,\nArnav"
)


@pytest.mark.parametrize(
    "tail",
    [
        "\n\nOn Mon, Nov 23, 2026 at 9:12 AM Deepa Rao <deepa@loomly.io> wrote:\n> Looking "
        "forward! Could you bring an example? Video or phone? Is 10am ok?\n",
        "\n\nOn Mon, Nov 23, 2026 at 9:12 AM Deepa Rao <\ndeepa@loomly.io> wrote:\n\n> Hi!!\n",
        "\n\n-----Original Message-----\nFrom: Deepa Rao\nSent: Monday\nSubject: Hi\n\nHI!!! "
        "Are you free? Can you bring notes? Video?\n",
        "\n\n________________________________\nFrom: Deepa Rao <deepa@loomly.io>\nSent: Monday, "
        "November 23, 2026 9:12 AM\nTo: Arnav\nSubject: Tomorrow\n\nWHY? WHAT? WHEN? HOW?\n",
        "\n\n-- \nArnav Shah\nSENIOR PRICING ANALYST | +1 415 555 0134\n",
        "\nSenior Pricing Analyst, Loomly\n+1 (415) 555-0134 | LINKEDIN.COM/IN/ARNAV!!\n",
        "\n\nSent from my iPhone\n",
    ],
)
def test_the_quoted_reply_and_the_signature_are_not_judged(tail: str) -> None:
    text = NOTE + tail
    assert text[: new_message_end(text)] == NOTE
    report = check_message(text, Scenario.FOLLOW_UP)
    assert report.verdict.value == "send", [
        (f.code, text[f.start : f.end]) for f in report.findings
    ]
    assert report.metrics.words == check_voice(NOTE, Scenario.FOLLOW_UP).metrics.words


def test_a_sign_off_inside_the_note_does_not_cut_it() -> None:
    text = "Hi Dana,\n\nThank you!\nI enjoyed hearing about the launch.\n\nBest,\nSam"
    assert new_message_end(text) == len(text)
    text = "Hi Dana,\n\nThanks,\nI also wanted to say I AM SO EXCITED.\n\nBest,\nSam"
    assert new_message_end(text) == len(text)


def test_a_postscript_after_the_name_is_part_of_the_note() -> None:
    text = "Hi Dana,\n\nThank you for the chat.\n\nBest,\nSam\n\nP.S. Could you send the slides?"
    assert new_message_end(text) == len(text)
    assert C.QUESTION_IN_GRATITUDE in {
        f.code for f in check_message(text, Scenario.GRATITUDE).findings
    }


def test_a_reply_header_on_the_first_line_is_not_a_cut() -> None:
    text = "On Tuesday we talked about the launch, and you wrote:\nthank you for it."
    assert new_message_end(text) == len(text)


GMAIL = (
    '<div dir="ltr"><div>Hi Ruth,</div><div><br></div><div>Thank you for the interview. I gave '
    "you the wrong number and I&#39;m SO sorry, so sorry!!! Please give me another chance. "
    "Your question was unclear.</div><div><br></div><div>Best,<br>Sam</div><div><br></div>"
    '<span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">Sam Okafor'
    "<br>VP ENGINEERING | ACME</div></div><br>"
    '<div class="gmail_quote"><div class="gmail_attr">On Tue, Nov 24, 2026 at 9:00 AM Ruth '
    "&lt;ruth@x.example&gt; wrote:<br></div><blockquote>WHY? WHAT? Please please reply!!!"
    "</blockquote></div>"
)


def test_html_spans_point_into_the_input_and_the_quote_is_dropped() -> None:
    report = check_message(GMAIL, Scenario.RECOVERY)
    quote_at = GMAIL.index('<div class="gmail_quote">')
    found = {(f.code, GMAIL[f.start : f.end]) for f in report.findings}
    assert (C.PLEADING, "Please give me another chance") in found
    assert (C.BLAME_SHIFT, "Your question was unclear") in found
    assert (C.INTENSITY, "!!!") in found
    for f in report.findings:
        assert 0 <= f.start <= f.end <= quote_at
    # the apostrophe entity is inside the span: "I&#39;m SO sorry" reads "I'm SO sorry"
    assert any("&#39;" in GMAIL[f.start : f.end] for f in report.findings) or all(
        "&#39;" not in GMAIL[f.start : f.end] for f in report.findings
    )
    assert report.metrics.words < 45  # the markup and the quoted reply are not words


def test_format_text_reads_markup_as_written() -> None:
    text = "Thank you for the chat. I enjoyed the <b>demo</b>."
    assert note_body(text, NoteFormat.TEXT).text == text
    assert note_body(text, NoteFormat.HTML).text == "Thank you for the chat. I enjoyed the demo."


@pytest.mark.parametrize("text", ["", "   \n\t ", "<div><br></div>", "<p>&nbsp;</p>"])
def test_an_empty_note_is_refused(text: str) -> None:
    with pytest.raises(EmptyNote):
        check_message(text, Scenario.GRATITUDE)


def test_a_note_that_is_only_a_quoted_reply_is_refused() -> None:
    with pytest.raises(EmptyNote):
        check_message('<div class="gmail_quote">On Tue, Ruth wrote: hi</div>', Scenario.GRATITUDE)


# --- HTML and plain text of the same note give the same findings ---------------------------

_SENTENCES = [
    "Thank you for taking the time to talk with me today.",
    "I enjoyed hearing about the platform migration.",
    "I'm so sorry about my answer.",
    "Sorry again for the confusion.",
    "It would mean the world to get a yes.",
    "The whiteboard tool kept lagging.",
    "That was on me.",
    "What I meant to say is that I would cache on write.",
    "I REALLY enjoyed it!!!",
    "I'm excited about your roadmap.",
    "What is the runway?",
    "Who owns the rollout?",
    "How big is the team?",
    'You asked "how would you shard this?" and I froze.',
    "I just wanted to maybe say thanks.",
    "I enjoyed hearing about [topic].",
    "Others surely had more impressive résumés & portfolios.",
    "We'd hit 120% of plan <if> the round closes.",
    "I freeze under pressure.",
]


def _to_plain(paragraphs: list[list[str]], greeting: str, sign_off: str) -> str:
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    return f"{greeting}\n\n{body}\n\n{sign_off}\nSam"


def _to_html(paragraphs: list[list[str]], greeting: str, sign_off: str, style: int) -> str:
    esc = [[html_lib.escape(s, quote=False).replace("'", "&#39;") for s in p] for p in paragraphs]
    if style == 0:  # Gmail: a div per line, <div><br></div> for a blank one
        inner = "<div><br></div>".join(f"<div>{' '.join(p)}</div>" for p in esc)
        return (
            f'<div dir="ltr"><div>{greeting}</div><div><br></div>{inner}<div><br></div>'
            f'<div>{sign_off}<br>Sam</div></div><div class="gmail_quote">On Tue, Dana wrote:'
            "<blockquote>WHY?!! Please please?</blockquote></div>"
        )
    if style == 1:  # Outlook: styled divs and a signature block
        div = '<div style="font-family:Aptos, Calibri, sans-serif; font-size:12pt">'
        inner = f"{div}<br></div>".join(f"{div}{' '.join(p)}</div>" for p in esc)
        return (
            f"<html><head><style>P {{margin:0}}</style></head><body>{div}{greeting}</div>"
            f"{div}<br></div>{inner}{div}<br></div>{div}{sign_off}</div>{div}Sam</div>"
            '<div id="Signature">SAM OKAFOR | VP!!</div>'
            '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Dana<br>'
            "Sent: Tuesday<br>WHY? WHAT?</div></body></html>"
        )
    # Paragraphs, &nbsp; and line breaks inside
    inner = "".join(f"<p>{'&nbsp; '.join(p)}</p>" for p in esc)
    return f"<p>{greeting}</p>{inner}<p>{sign_off}<br>\nSam</p>"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _seen(report_text: str, start: int, end: int, is_html: bool) -> str:
    piece = report_text[start:end]
    return _norm(html_to_text(piece).text if is_html else piece)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paragraphs=st.lists(
        st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4), min_size=1, max_size=4
    ),
    greeting=st.sampled_from(["Hi Dana,", "Dear Ms. Rao,", "Hello Priya,"]),
    sign_off=st.sampled_from(["Best,", "Kind regards,", "Thanks,", "Cheers,"]),
    style=st.integers(0, 2),
    scenario=st.sampled_from(list(Scenario)),
)
def test_html_and_plain_text_give_the_same_findings(
    paragraphs: list[list[str]], greeting: str, sign_off: str, style: int, scenario: Scenario
) -> None:
    plain = _to_plain(paragraphs, greeting, sign_off)
    markup = _to_html(paragraphs, greeting, sign_off, style)
    from_plain = check_message(plain, scenario, format="text")
    from_html = check_message(markup, scenario, format="auto")
    assert from_html.verdict == from_plain.verdict
    assert from_html.metrics.words == from_plain.metrics.words
    assert [(f.code, _seen(markup, f.start, f.end, True)) for f in from_html.findings] == [
        (f.code, _seen(plain, f.start, f.end, False)) for f in from_plain.findings
    ]
    for f in from_html.findings:
        assert 0 <= f.start <= f.end <= len(markup)


# --- any input: no exception but EmptyNote, spans in bounds, time linear in the input -------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(
        st.sampled_from(
            [*"aZ !?.,'\"<>[]{}_-:\n\t&;#/=X", "TK", "On ", "wrote:", "<div>", "&amp;"]
        ),
        max_size=120,
    ).map("".join),
    fmt=st.sampled_from(["text", "html", "auto"]),
    scenario=st.sampled_from(list(Scenario)),
)
def test_any_input_is_checked_or_refused_as_empty(text: str, fmt: str, scenario: Scenario) -> None:
    try:
        report = check_message(text, scenario, format=fmt)
    except EmptyNote:
        return
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)


def _best_time(text: str) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with contextlib.suppress(EmptyNote):
            check_message(text, Scenario.RECOVERY)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "[" * n,
        lambda n: "X" * n + "a",
        lambda n: "_" * n + "a",
        lambda n: '"' * n,
        lambda n: "On Tue " * n + "\n",
        lambda n: "Thanks,\nSam\n" * (n // 10),
        lambda n: "> quoted\n" * (n // 9),
        lambda n: "the whiteboard tool " * (n // 20),
        lambda n: "I should have " * (n // 14),
        lambda n: "{{" * (n // 2),
        lambda n: "<A " * (n // 3),
    ],
)
def test_hostile_notes_take_linear_time(build: object) -> None:
    assert callable(build)
    small, large = build(4_000), build(16_000)
    t_small, t_large = _best_time(small), _best_time(large)
    assert t_large < max(8 * t_small, 0.05), (t_small, t_large)


def test_text_after_an_indent_blockquote_is_voice_checked() -> None:
    # Gmail's "Indent more" writes a styled <blockquote> in the user's own note; the apology
    # after it is the user's and must be checked (it used to be taken for the quoted reply).
    html = (
        "<div>Hi Sam,</div><div>Thanks for the chat.</div>"
        '<blockquote style="margin:0 0 0 40px;border:none;padding:0px"><div>1. cache</div>'
        "</blockquote><div>I am so, so sorry, I totally messed up and I hope you can forgive "
        "me!!!</div>"
    )
    codes = {f.code for f in check_message(html, Scenario.FOLLOW_UP).findings}
    assert FindingCode.ANXIOUS_APOLOGY in codes
    assert codes - {FindingCode.MISSING_QUESTION}
