"""The learned scorer beside the voice check's phrase rules (app/playbook/voice_model.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.playbook import stakes_reading
from app.playbook import voice_model as vm
from app.playbook import voice_weights as vw
from app.playbook.models import FindingCode, Verdict
from app.playbook.rules import lower_same, tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

TUNE = Path(__file__).parent / "corpus" / "tune"


def note(body: str) -> str:
    opening = "Thank you for the conversation today about the data platform."
    return f"Hi Maya,\n\n{opening} {body}\n\nBest,\nSam\n"


def codes(text: str, scenario: Scenario) -> set[str]:
    return {f.code.value for f in check_voice(text, scenario).findings}


@pytest.fixture
def without_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vw, "WEIGHTS", {})


def test_the_committed_model_covers_the_three_codes_with_thresholds() -> None:
    assert set(vw.WEIGHTS) == {"pleading", "blame_shift", "self_deprecation"}
    assert set(vw.BIAS) == set(vw.THRESHOLD) == set(vw.WEIGHTS)


def test_fast_scores_equal_the_feature_sum_on_tune_notes() -> None:
    """note_scores() adds tables without building feature strings; it must give exactly the sum
    of the weights of note_features(), which is what the trainer learned."""
    checked = 0
    for path in sorted(TUNE.glob("b1*.jsonl"))[:4]:
        for line in path.read_text(encoding="utf-8").splitlines():
            vocab = vocabulary(tokens(lower_same(json.loads(line)["text"])))
            fast = vm.note_scores(vocab)
            for code, weights in vw.WEIGHTS.items():
                slow = vw.BIAS[code] + sum(weights.get(f, 0.0) for f in vm.note_features(vocab))
                assert fast[code] == pytest.approx(slow, abs=1e-9)
                checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    "body",
    [
        # Self-deprecation by comparison and by trait in words no phrase rule lists.
        "Someone with a proper degree would have nailed it. I should have explained the join.",
        "I always go blank when someone watches me code. I should have explained the join.",
    ],
)
def test_the_scorer_holds_what_the_rules_miss(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = note(body)
    report = check_voice(text, Scenario.RECOVERY)
    assert report.verdict is Verdict.HOLD
    (finding,) = [f for f in report.findings if f.code is FindingCode.SELF_DEPRECATION]
    # The finding points at one sentence of the body, not the whole note.
    assert text[finding.start : finding.end] in body
    assert "." not in text[finding.start : finding.end]
    monkeypatch.setattr(vw, "WEIGHTS", {})
    # The trait reading (stakes_reading.py) now reads "I always go blank ..." by its shape too;
    # without it, only the scorer holds these.
    monkeypatch.setattr(stakes_reading, "self_spans", lambda low, vocab: [])
    assert "self_deprecation" not in codes(text, Scenario.RECOVERY)


def test_the_scorer_adds_a_finding_only_past_its_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a model that knows one word, the finding appears when that word is in the note
    (at the sentence that holds it) and not otherwise; the rules' own hits are left alone."""
    monkeypatch.setattr(vw, "WEIGHTS", {"pleading": {"u:zorblax": 3.0}})
    monkeypatch.setattr(vw, "BIAS", {"pleading": -1.0})
    monkeypatch.setattr(vw, "THRESHOLD", {"pleading": 1.0})
    text = note("The zorblax chance stayed with me all afternoon.")
    report = check_voice(text, Scenario.GRATITUDE)
    (finding,) = report.findings
    assert finding.code is FindingCode.PLEADING
    assert text[finding.start : finding.end] == "The zorblax chance stayed with me all afternoon"
    assert codes(note("The data chance stayed with me."), Scenario.GRATITUDE) == set()
    monkeypatch.setattr(vw, "THRESHOLD", {"pleading": 2.5})
    assert codes(text, Scenario.GRATITUDE) == set()


def test_the_scorers_pleading_needs_a_word_of_wanting_in_its_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bag of words scored "thank you for considering me" as pleading on notes nobody here
    wrote: past the threshold, the sentence must still hold a word of wanting or stakes
    (stakes_reading.PLEA_CUES)."""
    monkeypatch.setattr(vw, "WEIGHTS", {"pleading": {"u:zorblax": 3.0}})
    monkeypatch.setattr(vw, "BIAS", {"pleading": -1.0})
    monkeypatch.setattr(vw, "THRESHOLD", {"pleading": 1.0})
    assert codes(note("The zorblax part stayed with me."), Scenario.GRATITUDE) == set()
    assert codes(note("The zorblax hope stayed with me."), Scenario.GRATITUDE) == {"pleading"}


def test_the_scorers_self_talk_needs_a_word_of_rank_or_fault(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the threshold, the scorer's self_deprecation sentence must hold a word of low rank,
    fault or comparison (stakes_reading.SELF_CUES); a bare "not" is not one."""
    monkeypatch.setattr(vw, "WEIGHTS", {"self_deprecation": {"u:zorblax": 3.0}})
    monkeypatch.setattr(vw, "BIAS", {"self_deprecation": -1.0})
    monkeypatch.setattr(vw, "THRESHOLD", {"self_deprecation": 1.0})
    assert codes(note("I'm not a zorblax fan."), Scenario.GRATITUDE) == set()
    assert codes(note("I'm a slow zorblax."), Scenario.GRATITUDE) == {"self_deprecation"}


@pytest.mark.parametrize(
    "body",
    [
        "I hope the offsite gives you a chance to recharge.",
        "I hope the launch goes smoothly for everyone.",
        "Wishing you a smooth launch next week.",
        "I'm sorry I was a few minutes late.",
        "The whiteboard was new to me, so I took a minute to find the pen.",
    ],
)
def test_calm_notes_stay_calm(body: str) -> None:
    assert check_voice(note(body), Scenario.GRATITUDE).verdict is Verdict.SEND


def test_the_stem_memo_is_bounded() -> None:
    vm.note_scores({f"word{i}x" for i in range(60_000)})
    assert len(vm._STEM_OF) <= 50_000
