"""The scorer's stem bigrams (app/playbook/voice_model.py): two words side by side carry what a
bag of words loses ("kept lagging", "that's why"), and their part of a score is capped so that a
calm note never pays for reading them."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from app.playbook import voice_model as vm
from app.playbook import voice_weights as vw
from app.playbook.rules import lower_same, tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

TUNE = Path(__file__).parent / "corpus" / "tune"


def note(body: str) -> str:
    opening = "Thank you for the walk through the warehouse plan on Monday."
    return f"Hello Ines,\n\n{opening} {body}\n\nAll the best,\nRuairi\n"


def codes(text: str, scenario: Scenario) -> set[str]:
    return {f.code.value for f in check_voice(text, scenario).findings}


@pytest.fixture
def one_bigram(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model whose only feature is the bigram "quorv plint"."""
    monkeypatch.setattr(vw, "WEIGHTS", {"pleading": {"b:quorv plint": 3.0}})
    monkeypatch.setattr(vw, "BIAS", {"pleading": -1.0})
    monkeypatch.setattr(vw, "THRESHOLD", {"pleading": 1.0})
    monkeypatch.setattr(vw, "BIGRAM_CAP", {"pleading": 3.0})


@pytest.mark.usefixtures("one_bigram")
def test_a_bigram_counts_only_when_its_words_stand_side_by_side() -> None:
    side_by_side = note("I'd need a quorv plint to make it.")
    apart = note("A plint would help me quorv through the night.")
    assert codes(side_by_side, Scenario.GRATITUDE) == {"pleading"}
    assert codes(apart, Scenario.GRATITUDE) == set()


@pytest.mark.usefixtures("one_bigram")
def test_the_bigram_reading_uses_stems() -> None:
    """'quorving plints' stems to the pair the model knows, as the trainer stemmed it."""
    assert codes(note("I'd need the quorving plints to make it."), Scenario.GRATITUDE) == {
        "pleading"
    }


def test_the_bigram_part_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the cap a bigram adds only the cap, so a note short of the threshold by more than
    the cap on its words alone is never lifted by its bigrams (and never needs them read)."""
    monkeypatch.setattr(vw, "WEIGHTS", {"pleading": {"b:quorv plint": 9.0}})
    monkeypatch.setattr(vw, "BIAS", {"pleading": -1.0})
    monkeypatch.setattr(vw, "THRESHOLD", {"pleading": 1.5})
    monkeypatch.setattr(vw, "BIGRAM_CAP", {"pleading": 3.0})
    text = note("I'd need a quorv plint to make it.")
    low = lower_same(text)
    # Read and capped: -1 + min(9, 3).
    assert vm.note_scores(vocabulary(tokens(low)), low)["pleading"] == pytest.approx(2.0)
    assert codes(text, Scenario.GRATITUDE) == {"pleading"}
    # -1 + 3 cannot reach 2.5: the bigrams are not read, whatever their weight.
    monkeypatch.setattr(vw, "THRESHOLD", {"pleading": 2.5})
    assert codes(text, Scenario.GRATITUDE) == set()
    monkeypatch.setattr(vw, "BIGRAM_CAP", {"pleading": 4.0})
    vm._model = None  # the cap is read when the model's tables are built
    assert codes(text, Scenario.GRATITUDE) == {"pleading"}


def test_scores_with_bigrams_equal_the_features_the_trainer_sums() -> None:
    """On tune notes, note_scores(vocab, low) is the committed model's sum over note_features()
    and bigram_features() (the bigrams' part capped), whenever the bigrams can matter; when
    they cannot, the score without them is below the threshold by more than the cap."""
    checked = 0
    for path in sorted(TUNE.glob("b2*.jsonl"))[:3]:
        for line in path.read_text(encoding="utf-8").splitlines():
            low = lower_same(json.loads(line)["text"])
            words = tokens(low)
            vocab = vocabulary(words)
            fast = vm.note_scores(vocab, low)
            bag = vm.note_features(vocab)
            pairs = vm.bigram_features(words)
            for code, weights in vw.WEIGHTS.items():
                plain = vw.BIAS[code] + sum(weights.get(f, 0.0) for f in bag)
                bigrams = sum(weights.get(f, 0.0) for f in pairs)
                full = plain + min(bigrams, vw.BIGRAM_CAP[code])
                assert fast[code] == pytest.approx(full, abs=1e-9) or (
                    fast[code] == pytest.approx(plain, abs=1e-9)
                    and plain + vw.BIGRAM_CAP[code] < vw.THRESHOLD[code]
                )
                checked += 1
    assert checked > 100


def test_the_callers_tokens_give_the_same_scores_as_tokenising_again() -> None:
    """The check passes the tokens it has already read (note_scores' `words`) instead of
    tokenising the note a second time: the scores are exactly the same floats."""
    checked = 0
    for path in sorted(TUNE.glob("b2*.jsonl"))[:3]:
        for line in path.read_text(encoding="utf-8").splitlines():
            low = lower_same(json.loads(line)["text"])
            words = tokens(low)
            # A fresh vocabulary set for each call: note_scores keeps its last answer by identity.
            again = vm.note_scores(vocabulary(words), low)
            given = vm.note_scores(vocabulary(words), low, words)
            assert given == again
            checked += 1
    assert checked > 100


def test_the_committed_model_has_bigrams_and_caps() -> None:
    assert set(vw.BIGRAM_CAP) == set(vw.WEIGHTS)
    assert all(0 < cap < math.inf for cap in vw.BIGRAM_CAP.values())
    assert all(any(f.startswith("b:") for f in w) for w in vw.WEIGHTS.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "The booking portal was new to me, so I took a while to find the slot.",
        "The loaner laptop was unfamiliar to me and I fed the slides in backwards.",
        "Their ticketing queue is new to us, so I asked where the runbook lives.",
    ],
)
def test_a_cause_new_to_the_writer_is_not_blamed(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scorer sentence that says the cause was new to the writer puts the gap in the writer
    (clauses.cleared), so the scorer's blame does not stand; a faulty cause still does."""
    monkeypatch.setattr(
        vw, "WEIGHTS", {"blame_shift": {"u:portal": 3.0, "u:laptop": 3.0, "u:queue": 3.0}}
    )
    monkeypatch.setattr(vw, "BIAS", {"blame_shift": -1.0})
    monkeypatch.setattr(vw, "THRESHOLD", {"blame_shift": 1.0})
    monkeypatch.setattr(vw, "BIGRAM_CAP", {"blame_shift": 3.0}, raising=False)
    assert "blame_shift" not in codes(note(sentence), Scenario.RECOVERY)
    faulty = sentence.replace("new to", "no help to").replace("unfamiliar to", "no help to")
    assert "blame_shift" in codes(note(faulty), Scenario.RECOVERY)
