"""Fuzzing the voice check and the HTML reader for cost: long, repetitive, hostile notes built
from the pieces the patterns look for must each be checked within a per-input time limit
(hypothesis `deadline`) and never raise.

The limit is generous for a shared 2-core machine (a linear check of 20,000 characters takes
tens of milliseconds) and far below what a quadratic pattern takes on such input (the hedging
break took 16.8 s on "maybe" + 19,980 spaces + "perhaps").
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.playbook.html_text import html_to_text
from app.playbook.scenarios import Scenario
from app.playbook.voice import EmptyNote, check_message, check_voice

MAX_CHARS = 20_000  # the longest plain-text note /v1/voice/check accepts

WORDS = [
    "maybe",
    "perhaps",
    "kind of",
    "sort of",
    "I think",
    "just",
    "sorry",
    "so so so",
    "really",
    "very",
    "I",
    "you",
    "your",
    "when you",
    "help you",
    "not",
    "n't",
    "never",
    "and",
    "but",
    "because",
    "thank you",
    "Thanks",
    "REALLY",
    "AAAA",
    "NASA",
    "sooooo",
    "!",
    "?",
    ".",
    ",",
    ";",
    "'",
    "-",
    "—",
    "(",
    ")",
    "[",
    "]",
    "[topic]",
    "_",
    "__",
    "#",
    "@",
    "é",
    "İ",
    "\u00a0",
    "\u200b",
    "\t",
    "\r\n",
    "\n",
    "\n\n",
    " ",
    "On Mon, Dana wrote:",
    ">",
    "Best,",
    "--",
    "http://x.example/",
]
MARKUP = [
    "<div>",
    "</div>",
    "<p>",
    "<br>",
    "<a ",
    '<a href="',
    "<!--",
    "-->",
    "<script>",
    "</script",
    "<",
    ">",
    "&nbsp;",
    "&amp",
    "&#",
    "=",
    '"',
    "'",
    '<div class="gmail_quote">',
    "<blockquote>",
    '<div id="Signature">',
    "<pre>",
    "text",
    " ",
    "\n",
]


def _runs(pieces: list[str]) -> st.SearchStrategy[str]:
    """Text made of runs: each piece repeated up to 3,000 times, with or without spaces."""
    run = st.tuples(st.sampled_from(pieces), st.integers(1, 3_000), st.sampled_from(["", " "]))
    return st.lists(run, min_size=1, max_size=6).map(
        lambda runs: "".join((piece + sep) * count for piece, count, sep in runs)[:MAX_CHARS]
    )


FUZZ = settings(
    deadline=timedelta(seconds=1.5),
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(_runs(WORDS), st.sampled_from(list(Scenario)))
def test_check_voice_is_fast_and_never_raises(text: str, scenario: Scenario) -> None:
    report = check_voice(text, scenario)
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)


@FUZZ
@given(_runs(WORDS + MARKUP), st.sampled_from(["auto", "html", "text"]))
def test_check_message_is_fast_and_raises_only_empty_note(text: str, format: str) -> None:
    try:
        report = check_message(text, Scenario.FOLLOW_UP, format=format)
    except EmptyNote:
        return
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)


@FUZZ
@given(_runs(MARKUP + WORDS))
def test_html_to_text_is_fast_and_maps_back(html: str) -> None:
    visible = html_to_text(html)
    assert len(visible.offsets) == len(visible.text) + 1
    assert all(0 <= at <= len(html) for at in visible.offsets)


def test_the_issue_13_note_is_checked_fast() -> None:
    import time

    text = "maybe" + " " * 19_980 + "perhaps"
    start = time.perf_counter()
    check_voice(text, Scenario.FOLLOW_UP)
    assert time.perf_counter() - start < 1.0  # was 16.8 s
