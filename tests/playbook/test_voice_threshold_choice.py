"""The voice scorer's thresholds are picked where the notes look like users' notes.

tools/train_voice_model.py trains on every tune note but chooses each code's threshold on the
out-of-fold scores of the batches written blind as samples of real notes (old-fresh*,
old-heldout_*), not on the targeted training batches, whose hard near-pairs would push the
threshold up and cost recall on ordinary notes.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

TRAINER = Path(__file__).resolve().parents[2] / "tools" / "train_voice_model.py"


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_voice_model_under_test", TRAINER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def _note(trainer: ModuleType, file: str, k: int, blamed: bool) -> object:
    return trainer.Note(
        id=f"{file}-{k}",
        file=file,
        scenario="recovery",
        verdict="hold" if blamed else "send",
        must=frozenset({"blame_shift"}) if blamed else frozenset(),
        must_not=frozenset(),
        sentences=[],
        rules=frozenset(),
        plea=[],
    )


def _corpus(trainer: ModuleType) -> tuple[list[object], list[dict[str, float]]]:
    """Ordinary notes where the scorer separates blame cleanly from 1.5 up, and a hard training
    batch whose calm near-pairs score as high as the blame does."""
    rows = [
        # (file, blame_shift score, labelled blame_shift)
        ("old-fresh40_batch.jsonl", 1.5, True),
        ("old-fresh40_batch.jsonl", 2.2, True),
        ("old-fresh40_batch.jsonl", 0.2, False),
        ("old-heldout_b99_mixed.jsonl", 2.8, True),
        ("old-heldout_b99_mixed.jsonl", -1.0, False),
        ("old-fresh41_batch.jsonl", 3.5, True),
        ("old-fresh41_batch.jsonl", 1.2, False),
        ("b98_tricky-near-pairs.jsonl", 1.6, False),
        ("b98_tricky-near-pairs.jsonl", 2.0, False),
        ("b98_tricky-near-pairs.jsonl", 2.9, False),
        ("b98_tricky-near-pairs.jsonl", 3.0, True),
    ]
    notes = [_note(trainer, f, k, blamed) for k, (f, _, blamed) in enumerate(rows)]
    oof = [{"blame_shift": s, "pleading": -9.0, "self_deprecation": -9.0} for _, s, _ in rows]
    return notes, oof


def test_only_the_blind_samples_count_as_representative(trainer: ModuleType) -> None:
    kinds = {
        "old-fresh15_batch.jsonl": True,
        "old-fresh2_batch.jsonl": True,
        "old-heldout_b07_personas.jsonl": True,
        "b47_holds-beyond-recovery.jsonl": False,
        "b26_data_blame.jsonl": False,
        "b05_recovery_voices.jsonl": False,
    }
    for file, expected in kinds.items():
        assert trainer.representative(_note(trainer, file, 0, False)) is expected, file


def test_hard_training_pairs_do_not_raise_the_threshold(trainer: ModuleType) -> None:
    notes, oof = _corpus(trainer)
    chosen = trainer.choose_thresholds(notes, oof)
    # On the ordinary notes the lowest score of a blamed note (1.5) already keeps precision at
    # 100 %; the 1.2 calm note sits below it.
    assert chosen["blame_shift"] == pytest.approx(1.5)
    # Over every note the tricky near-pairs would have pushed it up to 3.0 (the floor is only met
    # once the three calm look-alikes fall below it).
    everyone = trainer.pick_threshold(notes, oof, "blame_shift")
    assert everyone == pytest.approx(3.0)
    # No code the scorer never finds gets a threshold.
    assert chosen["pleading"] == math.inf


def test_a_left_out_batch_does_not_choose_its_own_threshold(trainer: ModuleType) -> None:
    notes, oof = _corpus(trainer)
    # Without old-fresh40 its 1.5 and 2.2 are gone: the lowest blamed score left is old-heldout's
    # 2.8; old-fresh41's calm note at 1.2 is below it either way.
    chosen = trainer.choose_thresholds(notes, oof, without="old-fresh40_")
    assert chosen["blame_shift"] == pytest.approx(2.8)
