"""Voice metrics on hand-computed notes, the outsider-voice rewrite, and known-term masking."""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode, Metrics, Verdict
from app.playbook.readability import syllables
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice, rewrite_outsider_voice

C = FindingCode


# --- metrics -------------------------------------------------------------------------------


def test_metrics_by_hand() -> None:
    # 11 words, 2 sentences, 15 syllables (of-ten, re-lease, to-geth-er; the rest one each).
    # FK = 0.39 * 11/2 + 11.8 * 15/11 - 15.59 = 2.145 + 16.0909 - 15.59 = 2.6459
    text = "Your team ships often. We should test the release plan together."
    assert check_voice(text, Scenario.FOLLOW_UP).metrics == Metrics(
        words=11,
        sentences=2,
        questions=0,
        we_ratio=0.5,
        reading_grade=2.65,
        exclamation_marks=0,
    )


def test_questions_exclamations_and_we_ratio() -> None:
    # we + our against no your: 1.0. "Thanks!" is its own sentence.
    text = "We ship on Friday. Is our plan ready? Thanks!"
    m = check_voice(text, Scenario.FOLLOW_UP).metrics
    assert (m.words, m.sentences, m.questions, m.we_ratio, m.exclamation_marks) == (9, 3, 1, 1.0, 1)
    # 11 syllables: FK = 0.39 * 3 + 11.8 * 11/9 - 15.59 = 0.0022
    assert m.reading_grade == 0.0


def test_we_ratio_counts_we_us_our_ours_against_your_yours() -> None:
    def ratio(text: str) -> float:
        return check_voice(text, Scenario.FOLLOW_UP).metrics.we_ratio

    assert ratio("The plan is sound.") == 0.0
    assert ratio("Your plan and yours alone.") == 0.0
    assert ratio("Our plan, your plan, their plan.") == 0.5
    assert ratio("We're sure it's ours, and the rest is up to us; your call.") == 0.75
    # "US" in capitals is the country.
    assert ratio("Your US office and us.") == 0.5


def test_greeting_and_sign_off_are_their_own_sentences() -> None:
    m = check_voice("Hi Dana,\n\nThanks for the chat.\n\nBest,\nSam", Scenario.GRATITUDE).metrics
    assert (m.words, m.sentences) == (8, 3)


def test_abbreviation_before_a_lower_case_word_does_not_end_a_sentence() -> None:
    m = check_voice("We could, e.g. cache at the edge. It works.", Scenario.FOLLOW_UP).metrics
    assert m.sentences == 2


def test_urls_and_numbers_do_not_split_or_question() -> None:
    m = check_voice(
        "See https://example.com/?q=1 for the 3.5 release notes.", Scenario.FOLLOW_UP
    ).metrics
    assert (m.sentences, m.questions) == (1, 0)


def test_empty_note_metrics() -> None:
    for text in ("", "   \n\n  "):
        m = check_voice(text, Scenario.GRATITUDE).metrics
        assert m == Metrics(0, 0, 0, 0.0, 0.0, 0)


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("the", 1),
        ("interview", 3),
        ("roadmap", 2),
        ("area", 2),
        ("idea", 2),
        ("fire", 1),
        ("created", 3),
        ("responsibility", 6),
        ("don't", 1),
        ("follow-up", 3),
        ("2026", 1),
    ],
)
def test_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


# --- rewrite_outsider_voice ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("your roadmap for the API", "our roadmap for the API"),
        ("Your team and your new platform", "Our team and our new platform"),
        ("YOUR ROADMAP", "OUR ROADMAP"),
        ("the migration, when you ship it", "the migration, when we ship it"),
        ("When you’re launching in Europe", "When we’re launching in Europe"),
        ("as you are scaling the platform", "as we are scaling the platform"),
        ("how I can help you scale", "how I can help us scale"),
        ("your team's on-call rotation", "our team's on-call rotation"),
    ],
)
def test_rewrite_outsider_voice(text: str, expected: str) -> None:
    assert rewrite_outsider_voice(text) == expected
    assert rewrite_outsider_voice(expected) == expected  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "thank you for your time",
        "thanks for walking me through your roadmap",
        "your question about latency",
        "",
        "the billing migration",
    ],
)
def test_rewrite_leaves_thanks_and_other_text_alone(text: str) -> None:
    assert rewrite_outsider_voice(text) == text


def test_rewrite_matches_the_findings_suggestions() -> None:
    text = "I'm excited to see your product grow and to help when you launch in Asia."
    report = check_voice(text, Scenario.GRATITUDE)
    hits = [f for f in report.findings if f.code is C.OUTSIDER_VOICE]
    rebuilt = text
    for f in reversed(hits):
        assert f.suggestion is not None
        rebuilt = rebuilt[: f.start] + f.suggestion + rebuilt[f.end :]
    assert rebuilt == rewrite_outsider_voice(text)
    assert rebuilt == "I'm excited to see our product grow and to help when we launch in Asia."


# --- known_terms ---------------------------------------------------------------------------

# "Yahoo!" twice: one "!" in a whole note is not intensity, two are (tone.intensity).
NOTE = (
    "Hi JO ANNE,\n\nThank you for the chat about the NVIDIA DGX CLOUD work at Yahoo! today, "
    "and at Yahoo! Japan.\n"
)


def test_known_terms_are_masked_from_the_lexical_detectors() -> None:
    bare = check_voice(NOTE, Scenario.GRATITUDE)
    # caps names are not shouting
    assert [NOTE[f.start : f.end] for f in bare.findings] == ["!", "!"]
    masked = check_voice(
        NOTE, Scenario.GRATITUDE, known_terms=["Jo Anne", "NVIDIA DGX Cloud", "Yahoo!"]
    )
    assert masked.findings == ()
    assert masked.verdict is Verdict.SEND
    assert masked.metrics.exclamation_marks == 0
    assert masked.metrics.words == bare.metrics.words


def test_a_shouted_name_is_flagged_only_without_its_known_term() -> None:
    text = "Thank you, LOVE ANNE SMITH, for the tour."
    assert [text[f.start : f.end] for f in check_voice(text, Scenario.GRATITUDE).findings] == [
        "LOVE"
    ]
    assert check_voice(text, Scenario.GRATITUDE, known_terms=["Love Anne Smith"]).findings == ()


def test_masking_keeps_offsets_exact() -> None:
    text = "Thank you, JOHNNY B. GOODE! I'm so sorry, SO sorry."
    plain = check_voice(text, Scenario.FOLLOW_UP)
    masked = check_voice(text, Scenario.FOLLOW_UP, known_terms=("Johnny B. Goode",))
    later = [(f.code, f.start, f.end) for f in plain.findings if f.start > 27]
    assert [(f.code, f.start, f.end) for f in masked.findings if f.start > 27] == later
    assert [text[f.start : f.end] for f in masked.findings if f.code is C.ANXIOUS_APOLOGY] == [
        "so sorry",
        "SO sorry",
    ]


def test_known_terms_match_whole_words_across_whitespace() -> None:
    text = "Thanks, Jo\nAnne! Also, thanks again!!"
    report = check_voice(text, Scenario.GRATITUDE, known_terms=["JO ANNE!", "Al", "", "x"])
    # "Jo\nAnne!" is masked (with its "!"); "Al" does not mask the start of "Also".
    assert [text[f.start : f.end] for f in report.findings] == ["!!"]
    assert report.findings[0].start == len(text) - 2


def test_a_masked_term_never_makes_something_missing() -> None:
    text = "Thank you for the interview. That was on me. What I meant to say is that we shard."
    report = check_voice(
        text, Scenario.RECOVERY, known_terms=["Thank you", "That was on me", "What I meant to say"]
    )
    assert report.verdict is Verdict.SEND
