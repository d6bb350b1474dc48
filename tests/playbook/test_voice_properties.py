"""Invariants of the voice check on arbitrary input (hypothesis): it never raises, spans stay in
bounds, the verdict follows the severities, and the severity table holds per scenario."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.playbook.models import FindingCode, Severity, Verdict, VoiceReport
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice, rewrite_outsider_voice

C = FindingCode

# Fragments that make detectors fire and segmenters work: phrases, punctuation, brackets,
# capitals, curly quotes, characters whose case mapping changes length, markup, CR/LF.
_FRAGMENTS = [
    "sorry",
    "so sorry",
    "I apologize again",
    "please give me another chance",
    "I'm an idiot",
    "your question was unclear",
    "!",
    "!!!",
    "?",
    "?!",
    "REALLY",
    "THANK YOU",
    "I AM SO",
    "NVIDIA",
    "really really",
    "sooo",
    "I just wanted to maybe",
    "kind of",
    "I hope it's ok",
    "your roadmap",
    "Your new platform",
    "when you ship",
    "help you scale",
    "thank you",
    "That was on me",
    "What I meant to say",
    "[",
    "]",
    "[topic]",
    "Could you",
    "let me know",
    "I misspoke",
    "’",
    "“",
    "”",
    "İ",
    "ß",
    "ﬁ",
    "Σ",
    "\u0301",
    "\r\n",
    "\n\n",
    "\t",
    " ",
    "<script>alert(1)</script>",
    "e.g.",
    "3.5",
    "https://x.example/?q=1",
    "_",
    "'",
    "-",
    "\x00",
    "\ud800",
    "🙂",
    "Part III",
    "www.example.com",
    "US",
    "us",
    "ours",
]
_ANY_CHAR = st.characters(exclude_categories=[])  # surrogates included
_TEXT = st.one_of(
    st.text(_ANY_CHAR, max_size=300),
    st.lists(
        st.one_of(st.sampled_from(_FRAGMENTS), st.text(_ANY_CHAR, max_size=8)), max_size=60
    ).map(" ".join),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=80).map("".join),
)
_TERMS = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(_ANY_CHAR, max_size=12)), max_size=6
)
_ZONES = st.sampled_from([None, UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))])
_MOMENTS = st.one_of(
    st.none(),
    st.builds(
        lambda dt, tz: dt.replace(tzinfo=tz),
        st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30)),
        _ZONES,
    ),
)

_HOLD_ALWAYS = {C.PLEADING, C.PLACEHOLDER_LEFT}
_HOLD_IN_RECOVERY = {C.ANXIOUS_APOLOGY, C.SELF_DEPRECATION, C.BLAME_SHIFT}
_UNIVERSAL = _HOLD_ALWAYS | _HOLD_IN_RECOVERY | {C.INTENSITY, C.HEDGING}


def _check_invariants(text: str, scenario: Scenario, report: VoiceReport) -> None:
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.message
        expected = (
            Severity.HOLD
            if f.code in _HOLD_ALWAYS
            or (f.code in _HOLD_IN_RECOVERY and scenario is Scenario.RECOVERY)
            else Severity.REVISE
        )
        assert f.severity is expected
    if any(f.severity is Severity.HOLD for f in report.findings):
        assert report.verdict is Verdict.HOLD
    elif report.findings:
        assert report.verdict is Verdict.REVISE
    else:
        assert report.verdict is Verdict.SEND
    if scenario is Scenario.STAND_DOWN:
        assert {f.code for f in report.findings} <= _UNIVERSAL
    keys = [(f.code, f.start, f.end) for f in report.findings]
    assert len(keys) == len(set(keys))
    m = report.metrics
    assert min(m.words, m.sentences, m.questions, m.exclamation_marks) >= 0
    assert m.questions <= m.sentences
    assert 0.0 <= m.we_ratio <= 1.0


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=_TEXT,
    scenario=st.sampled_from(list(Scenario)),
    terms=_TERMS,
    send_by=_MOMENTS,
    now=_MOMENTS,
)
def test_check_voice_never_raises_and_keeps_its_invariants(
    text: str,
    scenario: Scenario,
    terms: list[str],
    send_by: datetime | None,
    now: datetime | None,
) -> None:
    report = check_voice(text, scenario, send_by=send_by, now=now, known_terms=terms)
    _check_invariants(text, scenario, report)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, terms=_TERMS)
def test_masking_never_moves_a_span_out_of_the_text(text: str, terms: list[str]) -> None:
    for scenario in (Scenario.RECOVERY, Scenario.GRATITUDE):
        _check_invariants(text, scenario, check_voice(text, scenario, known_terms=terms))


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_rewrite_never_raises_and_is_stable(text: str) -> None:
    once = rewrite_outsider_voice(text)
    assert isinstance(once, str)
    assert rewrite_outsider_voice(once) == once
    # Only "you"/"your" is ever rewritten: text without it comes back unchanged.
    if "you" not in text.lower():
        assert once == text


def test_huge_and_pathological_inputs() -> None:
    cases = [
        "word " * 50_000,
        "a" * 200_000,
        "aaab" * 50_000,
        "[" * 100_000,
        "!" * 100_000,
        "so " * 30_000,
        "YOUR ROADMAP " * 10_000,
        "I just wanted to maybe " * 5_000,
        ("Thanks for your roadmap, " * 5_000) + "your platform",
        "\r\n" * 50_000,
        "İ" * 50_000,
    ]
    for text in cases:
        for scenario in (Scenario.RECOVERY, Scenario.GRATITUDE):
            report = check_voice(text, scenario, known_terms=["Acme", "JO ANNE"])
            _check_invariants(text, scenario, report)


def test_non_string_input_does_not_raise() -> None:
    report = check_voice(None, Scenario.GRATITUDE)  # type: ignore[arg-type]
    assert report.metrics.words == 0
    assert rewrite_outsider_voice(None) == ""  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["YOUR YOUR ROADMAP", "YOUR 'YOUR ROADMAP", "your your your roadmap", "your x-your team"],
)
def test_rewrite_of_a_doubled_possessive_is_stable(text: str) -> None:
    # Hypothesis found "YOUR YOUR ROADMAP" -> "OUR YOUR ROADMAP" -> "OUR OUR ROADMAP".
    once = rewrite_outsider_voice(text)
    assert rewrite_outsider_voice(once) == once
