"""Train the voice scorer (app/playbook/voice_model.py) on the tune corpus and say how well it
does on notes it did not see.

    .venv/bin/python tools/train_voice_model.py            # cross-validate, print, write weights
    .venv/bin/python tools/train_voice_model.py --dry-run  # cross-validate and print only

Reads tests/playbook/corpus/tune/*.jsonl only (the held-out directory is never opened). For each
code in CODES, a logistic regression over the note's features (voice_model.note_features: word
stems, word classes and class pairs of the note's vocabulary, as the voice check builds it; and
voice_model.bigram_features: the stem bigrams of its tokens) is trained with Adagrad and L2,
positives weighted up. (The trainer takes a list of instances per
note and learns from the best one, so a sentence-level model can be tried; each note is one
instance today: sentence-level instances generalised no better in cross-validation and cost
more per check.)

Honest figures: grouped cross-validation. Notes are grouped by batch file (a batch's near-pairs
share wording, so splitting them would flatter the model), folds hold whole batches, and each
fold's notes are scored by a model trained on the other folds. "Rules" are the checker without
the scorer (its figures are tune figures: the rules were written against these notes);
"rules + scorer" adds the scorer's codes to them, as the voice check does. The threshold is
chosen on the out-of-fold scores of the representative batches (REPRESENTATIVE: written blind as
samples of real notes; the model still learns from every tune note): the lowest at which rules +
scorer keeps the code's precision there at or above PRECISION_FLOOR (FLOOR_OF for blame_shift).
The committed model is the mean of the
fold models (each saw 80 % of tune, as the out-of-fold scores that chose the threshold did).
Then each batch written by
someone else (BY_OTHERS: old-fresh2 to old-fresh15, each once the held-out set, and the batches of
training notes by other writers, b26_data to b28_data, b31 to b47; a prefix may cover several
files of one writer) is scored by a model trained without it, with thresholds chosen without it,
and the lot pooled: the closest stand-in here for notes nobody has seen (the rules, though, were
tuned on them once they moved into tune). As the voice
check does, the scorer's pleading (self_deprecation) counts only when its best sentence holds a
word of wanting (of low rank or fault): stakes_reading.plea_cued_in, self_cued_in; sentences
are scored here on the features of their own words.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.playbook import stakes_reading, tone, voice  # noqa: E402
from app.playbook import voice_model as vm  # noqa: E402
from app.playbook import voice_weights as vw  # noqa: E402
from app.playbook.masking import FOLD  # noqa: E402
from app.playbook.note_body import note_body  # noqa: E402
from app.playbook.rules import lower_same, tokens, vocabulary  # noqa: E402
from app.playbook.scenarios import Scenario  # noqa: E402

TUNE = ROOT / "tests" / "playbook" / "corpus" / "tune"
OUT = ROOT / "app" / "playbook" / "voice_weights.py"
# anxious_apology is left to the rules: they found every one, seen or unseen (fresh-3 5/5), and
# the scorer only cost precision in cross-validation.
CODES = ("pleading", "blame_shift", "self_deprecation")
HOLD_ALWAYS = {"pleading", "placeholder_left"}
HOLD_IN_RECOVERY = {"anxious_apology", "self_deprecation", "blame_shift"}
PRECISION_FLOOR = 0.92
# blame_shift: issue 14 asks for 90 % precision on notes as users write them; the floor keeps 2.5
# points of margin above that because a floor of 0.90 on the representative batches came out
# below it on those notes unseen. Leave-one-batch-out over old-fresh2 to
# old-fresh15 (each scored by a model and thresholds chosen without it; 2026-12-08, HEAD 468fd23):
# floor 0.90 -> threshold ~1.07, blame precision 89.0 % (under the target); 0.92 -> 90.1 %, no
# margin; 0.925 -> 91.6 %, recall 85.7 %, thresholds 1.70-2.18 across splits; 0.93 sits on the
# plateau of representative precision (~93 %), so its threshold swung 1.87-4.46 between splits.
# (Before, the floor was 0.90 over every tune note: 93.3 % precision, recall 82.1 %.)
FLOOR_OF = {"blame_shift": 0.925}
# The rule before 2026-12-08 (every tune note chose the threshold, blame_shift's floor 0.90), still
# printed beside the new one for comparison.
FLOOR_BEFORE = {"blame_shift": 0.90}
# Thresholds are chosen on the out-of-fold scores of these batches only (file-name prefixes): the
# ones written blind as samples of notes as users write them - each old-fresh batch was a held-out
# set written by someone who never ran the checker, old-heldout_* the first held-out fifth (a hash
# split). The b-batches are targeted training data (written to be hard, many of them tricky
# near-pairs), where every code's precision runs lower than on real notes: while they chose the
# threshold, each batch of them that joined tune raised blame_shift's (2.79 -> 2.99 -> 3.52 this
# session) and cost recall on notes nobody here wrote. The model still trains on every tune note.
REPRESENTATIVE = ("old-fresh", "old-heldout_")
MIN_THRESHOLD = 1.0  # a score (log-odds) of about 3 to 1
# Tried (2026-12-07 night session): 0.5 for pleading and self_deprecation, which sit at this
# floor. On the 30 batches by others pooled, each unseen by its scorer, hold recall 87.3 -> 87.5 %,
# holds->send 212 -> 206, verdict 5372 -> 5374/5923 (pleading P 96.8 -> 96.6 %); but calm notes
# then came within BIGRAM_CAP of the lower thresholds and paid for their bigrams (bench_voice.py
# --pair, calm follow-up 0.95x). Left at 1.0.
FOLDS = 5
EPOCHS = 12
RATE = 0.3
L2 = 3e-4
# A feature must occur in three notes: stem bigrams seen twice are mostly one batch's near-pairs.
MIN_COUNT = 3
# A stem bigram must occur in this many notes (a rarer one is a phrasing, not a pattern).
MIN_BIGRAM_COUNT = 8
# Mean weights smaller than this are dropped from the committed model (size and import time).
PRUNE = 0.05
# The most a note's stem bigrams may add to a score. Most calm notes' words alone score more
# than this below every threshold, so the check skips their bigrams (voice_model.BIGRAM_CAP);
# in cross-validation a cap of 2 or 3 kept the figures of no cap (by others: 83.6 % hold recall).
# 2.0 since the fifth session's retraining: with 3.0 the calm follow-up of bench_voice.py came
# within the cap of the blame threshold, so every calm note paid for its bigrams (0.76x speed).
BIGRAM_CAP = 2.0
POS_WEIGHT_POWER = 0.5
# Batches written by someone else (file-name prefixes, one writer each): each is also scored by a
# model trained without it (leave-one-writer-out), the closest stand-in for notes nobody has seen.
BY_OTHERS = (
    "old-fresh2_",
    "old-fresh3_",
    "old-fresh4_",
    "old-fresh5_",
    "old-fresh6_",
    "old-fresh7_",
    "old-fresh8_",
    "old-fresh9_",
    "old-fresh10_",
    "old-fresh11_",
    "old-fresh12_",
    "old-fresh13_",
    "old-fresh14_",
    "old-fresh15_",
    "old-fresh16_",
    "old-fresh17_",
    "b26_data_",
    "b27_data_",
    "b28_data_",
    "b31_",
    "b32_",
    "b33_",
    "b34_",
    "b35_",
    "b36_",
    "b37_",
    "b38_",
    "b39_",
    "b40_",
    "b41_",
    "b42_",
    "b43_",
    "b44_",
    "b45_",
    "b46_",
    "b47_",
    "b48_",
    "b49_",
)


@dataclass
class Note:
    id: str
    file: str
    scenario: str
    verdict: str
    must: frozenset[str]
    must_not: frozenset[str]
    sentences: list[tuple[int, int, set[str]]]
    rules: frozenset[str]  # codes the checker reports without the scorer
    # Each sentence's features and whether it holds a word of wanting, and one of low rank or
    # fault (the voice check keeps the scorer's pleading, or self_deprecation, only when its
    # best sentence does: stakes_reading.plea_cued_in, self_cued_in), and whether it may blame
    # (not a past job's story, sympathy, or praise of the setup: tone._or_scored).
    plea: list[tuple[set[str], bool, bool, bool]]


def load() -> list[Note]:
    saved = dict(vw.WEIGHTS)
    vw.WEIGHTS.clear()  # the rules alone
    try:
        notes = []
        for path in sorted(TUNE.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                body = note_body(row["text"], row["format"]).text
                plain = body if body.isascii() else body.translate(FOLD)
                low = lower_same(plain)
                # What the voice check scores: the note's vocabulary as check_voice builds it,
                # and the stem bigrams of its tokens.
                words = tokens(low)
                sents = [
                    (0, len(low), vm.note_features(vocabulary(words)) | vm.bigram_features(words))
                ]
                plea = [
                    (
                        _sentence_features(low[a:b]),
                        stakes_reading.plea_cued_in(low, a, b) and not tone._curious(low, a, b),
                        stakes_reading.self_cued_in(low, a, b),
                        # blame_shift: not a past job's story, sympathy heard, praise of the
                        # setup, a setup cleared, nor a sentence naming no outside cause
                        # (tone._or_scored drops those)
                        tone.scored_blame_span(low, a, b) is not None,
                    )
                    for a, b in vm.sentence_spans(low)
                ]
                report = voice.check_message(
                    row["text"],
                    Scenario(row["scenario"]),
                    format=row["format"],
                    send_by=_when(row.get("send_by")),
                    now=_when(row.get("now")),
                )
                notes.append(
                    Note(
                        row["id"],
                        path.name,
                        row["scenario"],
                        row["verdict"],
                        frozenset(row["must"]),
                        frozenset(row["must_not"]),
                        sents,
                        frozenset(f.code.value for f in report.findings),
                        plea,
                    )
                )
        return notes
    finally:
        vw.WEIGHTS.update(saved)


def _sentence_features(text: str) -> set[str]:
    words = tokens(text)
    return vm.note_features(vocabulary(words)) | vm.bigram_features(words)


def _when(value: object) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def label(n: Note, code: str) -> tuple[int, float] | None:
    """(target, weight): positive when the code is a `must`; negative when it is a `must_not`
    or the note is labelled send; other notes are weak negatives (most notes carry no such
    code, but the labels do not say so)."""
    if code in n.must:
        return 1, 1.0
    if code in n.must_not or n.verdict == "send":
        return 0, 1.0
    return 0, 0.5


@dataclass
class Model:
    weights: dict[str, float]
    bias: float


def train(notes: list[Note], code: str, seed: int = 7) -> Model:
    counts: Counter[str] = Counter()
    for n in notes:
        seen: set[str] = set()
        for _, _, f in n.sentences:
            seen |= f
        counts.update(seen)
    kept = (
        f for f, k in counts.items() if k >= (MIN_BIGRAM_COUNT if f.startswith("b:") else MIN_COUNT)
    )
    index = {f: i for i, f in enumerate(sorted(kept))}
    data = []
    for n in notes:
        lab = label(n, code)
        if lab is None or not n.sentences:
            continue
        sents = [[index[f] for f in feats if f in index] for _, _, feats in n.sentences]
        data.append((sents, lab[0], lab[1]))
    w = [0.0] * len(index)
    g2 = [1e-8] * len(index)
    b, gb2 = -2.0, 1e-8
    pos = sum(y for _, y, _ in data)
    # Positives are rare: weigh them so both classes pull alike.
    pos_weight = POS_WEIGHT_POWER and ((len(data) - pos) / max(pos, 1)) ** POS_WEIGHT_POWER
    rng = random.Random(seed)  # noqa: S311 - a fixed shuffle order, so training is repeatable
    for _ in range(EPOCHS):
        rng.shuffle(data)
        for sents, y, weight in data:
            scores = [b + sum(w[i] for i in s) for s in sents]
            k = max(range(len(scores)), key=scores.__getitem__)
            z = scores[k]
            p = 1 / (1 + math.exp(-z)) if z > -30 else 0.0
            scale = weight * (pos_weight if y else 1.0)
            grad = (p - y) * scale
            for i in sents[k]:
                gi = grad + L2 * w[i]
                g2[i] += gi * gi
                w[i] -= RATE * gi / math.sqrt(g2[i])
            gb2 += grad * grad
            b -= RATE * grad / math.sqrt(gb2)
    names = sorted(index, key=index.__getitem__)
    return Model({f: round(w[i], 4) for i, f in enumerate(names) if abs(w[i]) >= 0.01}, b)


def feature_sum(m: Model, feats: set[str]) -> float:
    """The weights of `feats` summed, the bigrams' part capped at BIGRAM_CAP as the check does."""
    words = bigrams = 0.0
    for f in feats:
        w = m.weights.get(f)
        if w is None:
            continue
        if f.startswith("b:"):
            bigrams += w
        else:
            words += w
    return words + min(bigrams, BIGRAM_CAP)


def score(m: Model, n: Note) -> tuple[float, int]:
    """Best sentence's score and its index (-inf when the note has none)."""
    best, at = -math.inf, -1
    for k, (_, _, feats) in enumerate(n.sentences):
        s = m.bias + feature_sum(m, feats)
        if s > best:
            best, at = s, k
    return best, at


_CUED = ("pleading", "self_deprecation", "blame_shift")


def cued(m: Model, n: Note, code: str) -> float:
    """1.0 when the note's best sentence under `m` holds the code's cue word (of wanting for
    pleading, of low rank or fault for self_deprecation; for blame_shift, no sign that it is a
    story, sympathy or thanks), else 0.0: the voice check reports the scorer's finding only
    then (tone._or_scored)."""
    best, ok = -math.inf, False
    k = {"pleading": 1, "self_deprecation": 2, "blame_shift": 3}[code]
    for sent in n.plea:
        s = feature_sum(m, sent[0])
        if s > best:
            best, ok = s, bool(sent[k])
    return 1.0 if ok or not n.plea else 0.0


def scores_of(models: dict[str, Model], n: Note) -> dict[str, float]:
    out = {c: score(models[c], n)[0] for c in CODES}
    for code in _CUED:
        if code in models:
            out[code + "_cued"] = cued(models[code], n, code)
    return out


def applies(code: str, scenario: str) -> bool:
    return voice.C(code) in voice._CHECKS[Scenario(scenario)]


def verdict(n: Note, codes: frozenset[str]) -> str:
    hold = any(
        c in HOLD_ALWAYS or (n.scenario == "recovery" and c in HOLD_IN_RECOVERY) for c in codes
    )
    return "hold" if hold else "revise" if codes else "send"


def combined(n: Note, scores: dict[str, float], thresholds: dict[str, float]) -> frozenset[str]:
    extra = {
        c
        for c in CODES
        if c in scores
        and scores[c] >= thresholds.get(c, math.inf)
        and applies(c, n.scenario)
        and scores.get(c + "_cued", 1.0) > 0
    }
    return n.rules | extra


def prf(notes: list[Note], codes_of: list[frozenset[str]], code: str) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for n, got in zip(notes, codes_of, strict=True):
        if code in n.must:
            tp += code in got
            fn += code not in got
        elif code in got and (code in n.must_not or n.verdict == "send"):
            fp += 1
    return tp, fp, fn


def pick_threshold(
    notes: list[Note], oof: list[dict[str, float]], code: str, floor: float | None = None
) -> float:
    """The lowest threshold at which rules+scorer keep `code`'s precision >= the floor (the
    code's own, FLOOR_OF or PRECISION_FLOOR, unless given)."""
    # Never below about 3 to 1: with the cue gate in front, the floor alone let the threshold sink
    # to a score most notes reach (self_deprecation at -0.79), which no unseen note should meet.
    # Counted once, not per candidate: a note the rules already flag counts at every threshold;
    # one the scorer may add (its code applies, its sentence is cued) counts from its score up.
    # prf over combined() at each candidate gives the same counts.
    if floor is None:
        floor = FLOOR_OF.get(code, PRECISION_FLOOR)
    tp_rules = fp_rules = 0
    pos: list[float] = []  # scores of positives the scorer may add
    neg: list[float] = []  # scores of negatives (must_not or send) it may add
    for n, s in zip(notes, oof, strict=True):
        positive = code in n.must
        negative = not positive and (code in n.must_not or n.verdict == "send")
        if code in n.rules:
            tp_rules += positive
            fp_rules += negative
        elif code in s and applies(code, n.scenario) and s.get(code + "_cued", 1.0) > 0:
            if positive:
                pos.append(s[code])
            elif negative:
                neg.append(s[code])
    pos.sort()
    neg.sort()
    candidates = sorted({s[code] for s in oof if code in s and s[code] >= MIN_THRESHOLD})
    for t in candidates:
        tp = tp_rules + len(pos) - bisect_left(pos, t)
        fp = fp_rules + len(neg) - bisect_left(neg, t)
        if tp and tp / (tp + fp) >= floor:
            return t
    return math.inf


def representative(n: Note) -> bool:
    return n.file.startswith(REPRESENTATIVE)


def choose_thresholds(
    notes: list[Note], oof: list[dict[str, float]], without: str | None = None
) -> dict[str, float]:
    """Each code's threshold, picked on the out-of-fold scores of the representative notes only
    (leaving out the batch files starting with `without`, when given)."""
    keep = [
        i
        for i, n in enumerate(notes)
        if representative(n) and not (without and n.file.startswith(without))
    ]
    return {
        code: pick_threshold([notes[i] for i in keep], [oof[i] for i in keep], code)
        for code in CODES
    }


def thresholds_before(
    notes: list[Note], oof: list[dict[str, float]], without: str | None = None
) -> dict[str, float]:
    """The thresholds as chosen before 2026-12-08: on every tune note (but `without`'s), with
    FLOOR_BEFORE."""
    keep = [i for i, n in enumerate(notes) if not (without and n.file.startswith(without))]
    return {
        code: pick_threshold(
            [notes[i] for i in keep],
            [oof[i] for i in keep],
            code,
            FLOOR_BEFORE.get(code, PRECISION_FLOOR),
        )
        for code in CODES
    }


def folds_of(notes: list[Note], k: int) -> list[int]:
    """A fold per note, whole batch files per fold, batches dealt largest first to the
    smallest fold so folds come out even."""
    sizes = Counter(n.file for n in notes)
    load_: list[int] = [0] * k
    fold_of: dict[str, int] = {}
    for f, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        j = min(range(k), key=load_.__getitem__)
        fold_of[f] = j
        load_[j] += size
    return [fold_of[n.file] for n in notes]


def out_of_fold(
    notes: list[Note], fold: list[int], k: int
) -> tuple[list[dict[str, float]], dict[str, Model]]:
    """Each note's scores by the model that did not see its fold, and per code the mean of the
    k fold models (the committed model: each part saw 80 % of tune, as the out-of-fold scores
    that chose the threshold did, so the threshold keeps its meaning)."""
    oof: list[dict[str, float]] = [{} for _ in notes]
    sums: dict[str, dict[str, float]] = {code: {} for code in CODES}
    bias: dict[str, float] = dict.fromkeys(CODES, 0.0)
    for j in range(k):
        train_set = [n for n, f in zip(notes, fold, strict=True) if f != j]
        for code in CODES:
            m = train(train_set, code)
            for f, w in m.weights.items():
                sums[code][f] = sums[code].get(f, 0.0) + w
            bias[code] += m.bias
            for i, n in enumerate(notes):
                if fold[i] == j:
                    oof[i][code] = score(m, n)[0]
                    if code in _CUED:
                        oof[i][code + "_cued"] = cued(m, n, code)
    mean = {
        code: Model(
            {f: round(w / k, 3) for f, w in sums[code].items() if abs(w / k) >= PRUNE},
            bias[code] / k,
        )
        for code in CODES
    }
    return oof, mean


def summary(name: str, notes: list[Note], codes_of: list[frozenset[str]]) -> dict[str, object]:
    right = sum(verdict(n, c) == n.verdict for n, c in zip(notes, codes_of, strict=True))
    holds = [(n, c) for n, c in zip(notes, codes_of, strict=True) if n.verdict == "hold"]
    held = sum(verdict(n, c) == "hold" for n, c in holds)
    as_send = sum(verdict(n, c) == "send" for n, c in holds)
    per: dict[str, str] = {}
    for code in (*CODES, "missing_blame"):
        tp, fp, fn = prf(notes, codes_of, code)
        p = f"{100 * tp / (tp + fp):.1f}" if tp + fp else "n/a"
        r = f"{100 * tp / (tp + fn):.1f}" if tp + fn else "n/a"
        per[code] = f"P {p}% ({tp}/{tp + fp}) R {r}% ({tp}/{tp + fn})"
    print(
        f"  {name:26} verdict {100 * right / len(notes):5.1f}% ({right}/{len(notes)})  "
        f"hold recall {100 * held / max(len(holds), 1):5.1f}% ({held}/{len(holds)})  "
        f"hold->send {as_send}"
    )
    for code, text in per.items():
        print(f"      {code:18} {text}")
    return {"verdict": right / len(notes), "hold_recall": held / max(len(holds), 1)}


def _literal(chunk: str) -> str:
    """The chunk as ruff format writes a string: in double quotes unless it holds one (a chunk
    of the JSON body with no quote in it, such as the closing brace, would otherwise come out in
    repr's single quotes and fail the format check)."""
    if '"' in chunk or "'" in chunk:
        return repr(chunk)
    return '"' + repr(chunk)[1:-1] + '"'


def write(models: dict[str, Model], thresholds: dict[str, float]) -> None:
    used = [c for c in models if thresholds[c] != math.inf]
    doc = {
        "weights": {c: dict(sorted(models[c].weights.items())) for c in used},
        "bias": {c: round(models[c].bias, 4) for c in used},
        "threshold": {c: round(thresholds[c], 4) for c in used},
        "bigram_cap": dict.fromkeys(used, BIGRAM_CAP),
    }
    # One JSON string, parsed at import: far cheaper to load than a dict literal this size.
    body = json.dumps(doc, separators=(",", ":"), ensure_ascii=True)
    # Chunks whose literal (escapes included) fits the line.
    chunks: list[str] = []
    at = 0
    while at < len(body):
        size = 90
        while len(repr(body[at : at + size])) > 94:
            size -= 1
        chunks.append(body[at : at + size])
        at += size
    lines = [
        '"""Weights of the voice scorer (voice_model.py). Generated by tools/train_voice_model.py',
        "from tests/playbook/corpus/tune/ only; do not edit by hand, re-run the trainer.",
        f"Thresholds: the lowest at which rules+scorer kept precision >= {PRECISION_FLOOR} out of",
        f"fold ({FLOOR_OF} for those codes; grouped cross-validation by batch) on the batches",
        f'written as samples of real notes ({", ".join(REPRESENTATIVE)}*)."""',
        "",
        "import json",
        "",
        "_DOC = json.loads(",
        *(f"    {_literal(c)}" for c in chunks),
        ")",
        'WEIGHTS: dict[str, dict[str, float]] = _DOC["weights"]',
        'BIAS: dict[str, float] = _DOC["bias"]',
        'THRESHOLD: dict[str, float] = _DOC["threshold"]',
        'BIGRAM_CAP: dict[str, float] = _DOC["bigram_cap"]',
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rounded(thresholds: dict[str, float]) -> dict[str, float]:
    return {c: round(t, 3) for c, t in thresholds.items()}


def main() -> int:
    global BIGRAM_CAP
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only; write nothing")
    ap.add_argument("--bigram-cap", type=float, default=BIGRAM_CAP, help="try another cap")
    ap.add_argument(
        "--skip-by-others",
        action="store_true",
        help="skip the leave-one-batch-out figures (the written model does not depend on them)",
    )
    args = ap.parse_args()
    BIGRAM_CAP = args.bigram_cap
    notes = load()
    print(f"{len(notes)} tune notes, {len({n.file for n in notes})} batch files")
    rules = [n.rules for n in notes]

    fold = folds_of(notes, FOLDS)
    oof, models = out_of_fold(notes, fold, FOLDS)
    thresholds = choose_thresholds(notes, oof)
    every = thresholds_before(notes, oof)
    print("thresholds (on the representative batches):", _rounded(thresholds))
    print("  (on every tune note, the rule before 2026-12-08, they would be:", _rounded(every), ")")
    print("\nthe scorer alone, out of fold: recall at a precision (positives: must; negatives:")
    print("must_not or a send note), per code")
    for code in CODES:
        pts = sorted(
            (
                (s[code], code in n.must)
                for n, s in zip(notes, oof, strict=True)
                if code in n.must or code in n.must_not or n.verdict == "send"
            ),
            reverse=True,
        )
        npos = sum(y for _, y in pts)
        tp = fp = 0
        best = {0.9: 0, 0.8: 0, 0.7: 0}
        for _, y in pts:
            tp += y
            fp += not y
            for floor in best:
                if tp / (tp + fp) >= floor:
                    best[floor] = tp
        print(f"  {code:18} " + "  ".join(f"P>={f:.0%}: R {best[f] / npos:.0%}" for f in best))
    alone = [
        frozenset(
            c
            for c in CODES
            if s[c] >= thresholds[c] and applies(c, n.scenario) and s.get(c + "_cued", 1.0) > 0
        )
        for n, s in zip(notes, oof, strict=True)
    ]
    print("\nthe scorer alone, out of fold (codes it reports, verdict from its codes only):")
    summary("scorer alone (out of fold)", notes, alone)
    print(f"\n{FOLDS}-fold cross-validation grouped by batch (every tune note scored unseen):")
    summary("rules alone", notes, rules)
    summary(
        "rules + scorer (out of fold)",
        notes,
        [combined(n, s, thresholds) for n, s in zip(notes, oof, strict=True)],
    )

    # Each batch written by someone else, scored by a model that never saw it; then pooled.
    pooled: list[Note] = []
    pooled_codes: list[frozenset[str]] = []
    # The same splits with thresholds picked as before 2026-12-08 (on every other tune note),
    # printed beside them so a retrain shows what choosing on the representative batches did.
    pooled_every: list[frozenset[str]] = []
    for name in () if args.skip_by_others else BY_OTHERS:
        held = [n for n in notes if n.file.startswith(name)]
        if not held:
            continue
        rest = [n for n in notes if not n.file.startswith(name)]
        m3 = {code: train(rest, code) for code in CODES}
        s3 = [scores_of(m3, n) for n in held]
        # Thresholds for this split come from the out-of-fold scores of the other representative
        # batches only.
        t3 = choose_thresholds(notes, oof, without=name)
        t3_every = thresholds_before(notes, oof, without=name)
        print(
            f"\ntrained without {name}*, scored on it ({len(held)} notes), thresholds without it"
            f" {_rounded(t3)} (as before: {_rounded(t3_every)}):"
        )
        summary("rules alone", held, [n.rules for n in held])
        got = [combined(n, s, t3) for n, s in zip(held, s3, strict=True)]
        summary("rules + scorer", held, got)
        pooled += held
        pooled_codes += got
        pooled_every += [combined(n, s, t3_every) for n, s in zip(held, s3, strict=True)]
    if pooled:
        print("\nthe batches by others above, pooled (rules: tune figures; scorer: unseen):")
        summary("rules alone", pooled, [n.rules for n in pooled])
        summary("rules + scorer", pooled, pooled_codes)
        summary("thresholds as before", pooled, pooled_every)
        for title, part in (
            ("the representative ones", [i for i, n in enumerate(pooled) if representative(n)]),
            ("the targeted ones", [i for i, n in enumerate(pooled) if not representative(n)]),
        ):
            print(f"  {title}:")
            some = [pooled[i] for i in part]
            summary("rules + scorer", some, [pooled_codes[i] for i in part])
            summary("thresholds as before", some, [pooled_every[i] for i in part])

    full = [scores_of(models, n) for n in notes]
    print(
        "\nthe committed model (mean of the fold models) on tune (not an estimate of unseen notes):"
    )
    summary(
        "rules + scorer (tune)",
        notes,
        [combined(n, s, thresholds) for n, s in zip(notes, full, strict=True)],
    )
    if not args.dry_run:
        write(models, thresholds)
        print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
