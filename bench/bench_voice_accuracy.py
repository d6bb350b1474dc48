"""How right the voice check is on notes it was not written against (issue 14).

Run by hand:
    .venv/bin/python bench/bench_voice_accuracy.py [--set tune|heldout-fresh18|all] [--json]
    .venv/bin/python bench/bench_voice_accuracy.py --write-known-misses

Reads the labelled corpus in tests/playbook/corpus/ (tune/*.jsonl and the held-out set's *.jsonl;
see its README; the held-out directory may not exist yet, and then only tune is measured), runs
the real checker on every note, and prints, for the tune set and the held-out set separately:

- verdict accuracy, and the confusion of labelled against reported verdicts;
- hold recall: of the notes labelled `hold`, the share the checker holds; and the number of notes
  labelled `hold` that came back `send` (the worst miss: the product's safety promise);
- per finding code, precision and recall, counted as follows. A code in the note's `must` list
  that the checker reports is a true positive, one it does not report a false negative. A code
  the checker reports is a false positive when it is in the note's `must_not` list, or when the
  note is labelled `send` (a `send` label asserts that no finding at all belongs on the note:
  the verdict rule makes `send` exactly "nothing to flag"). Any other reported code that is in
  neither list is counted apart, as "unlisted", and not held against precision: `must` lists what
  a careful reader must flag, not everything one might flag, so those codes are not known to be
  wrong. (Counting them as false positives would understate precision by whatever the labels do
  not say.)
- the misses by id, with what differed, for the tune set only. The held-out set prints counts
  only, never ids or texts, so that nobody tunes against it.

A case "passes" when its verdict equals the label, every `must` code is reported, and no
`must_not` code is. `--write-known-misses` writes the ids of the tune cases that do not pass to
tests/playbook/corpus/known_misses.txt, which tests/playbook/test_voice_corpus.py marks as
strict xfail (the held-out set is never run case by case outside the coordinator's count).

Entry point: `app.playbook.voice.check_message` (the note as pasted from a mail client: plain or
HTML, judged on the new message only) when it exists, with the note's `format`; otherwise
`check_voice` on the text as is (HTML included), and the report says so. `--entry voice` forces
`check_voice` for a comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.playbook.models import FindingCode, VoiceReport  # noqa: E402
from app.playbook.scenarios import Scenario  # noqa: E402

CORPUS = ROOT / "tests" / "playbook" / "corpus"
KNOWN_MISSES = CORPUS / "known_misses.txt"
# The held-out set: fresh-14, written blind while fresh-12 and fresh-13 (each measured twice) moved
# into tune as old-fresh12_*.jsonl and old-fresh13_*.jsonl, as the first fifth and fresh-2 to
# fresh-11 before them. Fresh-15, written blind beside it, is held out too and measured by the
# coordinator with --folder. Counts only, never ids or texts.
HELDOUT = "heldout-fresh18"
SETS = ("tune", HELDOUT)
CODES = tuple(c.value for c in FindingCode)
VERDICTS = ("send", "revise", "hold")
FORMATS = ("text", "html")
FIELDS = {"id", "scenario", "text", "format", "verdict", "must", "must_not", "angle", "note"}
OPTIONAL = {"send_by", "now", "known_terms"}

Checker = Callable[["Case"], VoiceReport]


@dataclass(frozen=True)
class Case:
    id: str
    set: str
    file: str
    scenario: str
    text: str
    format: str
    verdict: str
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    angle: str
    note: str
    send_by: datetime | None = None
    now: datetime | None = None
    known_terms: tuple[str, ...] = ()


def _when(value: Any) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def load(corpus: Path = CORPUS, sets: Iterable[str] = SETS) -> list[Case]:
    """Every case of the named sets, in file order. Raises ValueError on a malformed line."""
    cases: list[Case] = []
    for name in sets:
        for path in sorted((corpus / name).glob("*.jsonl")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                where = f"{path.relative_to(corpus)}:{n}"
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError(f"{where}: not an object")
                missing = FIELDS - row.keys()
                extra = row.keys() - FIELDS - OPTIONAL
                if missing or extra:
                    raise ValueError(f"{where}: missing {sorted(missing)}, unknown {sorted(extra)}")
                cases.append(
                    Case(
                        id=row["id"],
                        set=name,
                        file=path.name,
                        scenario=row["scenario"],
                        text=row["text"],
                        format=row["format"],
                        verdict=row["verdict"],
                        must=tuple(row["must"]),
                        must_not=tuple(row["must_not"]),
                        angle=row["angle"],
                        note=row["note"],
                        send_by=_when(row.get("send_by")),
                        now=_when(row.get("now")),
                        known_terms=tuple(row.get("known_terms", ())),
                    )
                )
    return cases


def checker(entry: str = "auto") -> tuple[str, Checker]:
    """The checker to measure and a name for it: check_message when it exists (unless `entry`
    is "voice"), else check_voice on the text as is."""
    from app.playbook import voice

    message = getattr(voice, "check_message", None)
    if entry != "voice" and message is not None:

        def run_message(c: Case) -> VoiceReport:
            report: VoiceReport = message(
                c.text,
                Scenario(c.scenario),
                format=c.format,
                send_by=c.send_by,
                now=c.now,
                known_terms=c.known_terms,
            )
            return report

        return "check_message(format=the note's format)", run_message

    def run_voice(c: Case) -> VoiceReport:
        return voice.check_voice(
            c.text, Scenario(c.scenario), send_by=c.send_by, now=c.now, known_terms=c.known_terms
        )

    return "check_voice (text as is; HTML not stripped)", run_voice


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: str
    codes: frozenset[str]

    @property
    def missing(self) -> list[str]:
        return [c for c in self.case.must if c not in self.codes]

    @property
    def wrong(self) -> list[str]:
        return [c for c in self.case.must_not if c in self.codes]

    @property
    def passed(self) -> bool:
        return self.verdict == self.case.verdict and not self.missing and not self.wrong

    def reason(self) -> str:
        parts = []
        if self.verdict != self.case.verdict:
            parts.append(f"verdict {self.case.verdict} -> {self.verdict}")
        if self.missing:
            parts.append("missing " + ",".join(self.missing))
        if self.wrong:
            parts.append("must_not " + ",".join(self.wrong))
        return "; ".join(parts)


def run(cases: Iterable[Case], check: Checker) -> list[Outcome]:
    out = []
    for c in cases:
        report = check(c)
        out.append(
            Outcome(c, report.verdict.value, frozenset(f.code.value for f in report.findings))
        )
    return out


@dataclass
class CodeCount:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    unlisted: int = 0
    positives: int = 0
    negatives: int = 0

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Summary:
    n: int = 0
    correct: int = 0
    passed: int = 0
    holds: int = 0
    holds_held: int = 0
    hold_as_send: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    codes: dict[str, CodeCount] = field(default_factory=lambda: {c: CodeCount() for c in CODES})
    by_format: Counter[tuple[str, bool]] = field(default_factory=Counter)
    by_scenario: Counter[tuple[str, bool]] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "cases": self.n,
            "passed": self.passed,
            "verdict_accuracy": ratio(self.correct, self.n),
            "hold_recall": ratio(self.holds_held, self.holds),
            "holds": self.holds,
            "hold_reported_as_send": self.hold_as_send,
            "confusion": {f"{a}->{b}": k for (a, b), k in sorted(self.confusion.items())},
            "verdict_accuracy_by_format": {
                f: ratio(
                    self.by_format[(f, True)],
                    self.by_format[(f, True)] + self.by_format[(f, False)],
                )
                for f in FORMATS
            },
            "verdict_accuracy_by_scenario": {
                sc.value: ratio(
                    self.by_scenario[(sc.value, True)],
                    self.by_scenario[(sc.value, True)] + self.by_scenario[(sc.value, False)],
                )
                for sc in Scenario
            },
            "codes": {
                c: {
                    "positives": k.positives,
                    "negatives": k.negatives,
                    "tp": k.tp,
                    "fn": k.fn,
                    "fp": k.fp,
                    "unlisted": k.unlisted,
                    "precision": None if k.precision() is None else round(k.precision() or 0, 4),
                    "recall": None if k.recall() is None else round(k.recall() or 0, 4),
                }
                for c, k in self.codes.items()
            },
        }


def summarise(outcomes: Iterable[Outcome]) -> Summary:
    s = Summary()
    for o in outcomes:
        c = o.case
        s.n += 1
        s.correct += o.verdict == c.verdict
        s.passed += o.passed
        s.confusion[(c.verdict, o.verdict)] += 1
        s.by_format[(c.format, o.verdict == c.verdict)] += 1
        s.by_scenario[(c.scenario, o.verdict == c.verdict)] += 1
        if c.verdict == "hold":
            s.holds += 1
            s.holds_held += o.verdict == "hold"
            s.hold_as_send += o.verdict == "send"
        for code in c.must:
            k = s.codes[code]
            k.positives += 1
            if code in o.codes:
                k.tp += 1
            else:
                k.fn += 1
        for code in c.must_not:
            s.codes[code].negatives += 1
        for code in o.codes:
            if code in c.must:
                continue
            if code in c.must_not or c.verdict == "send":
                s.codes[code].fp += 1
            else:
                s.codes[code].unlisted += 1
    return s


def _pct(x: float | None) -> str:
    return "   n/a" if x is None else f"{100 * x:5.1f}%"


def report_text(name: str, s: Summary, outcomes: list[Outcome], show_misses: bool) -> str:
    d = s.as_dict()
    lines = [
        f"== {name}: {s.n} notes ==",
        f"verdict accuracy   {_pct(d['verdict_accuracy'])}  ({s.correct}/{s.n})",
        f"hold recall        {_pct(d['hold_recall'])}  ({s.holds_held}/{s.holds})",
        f"hold reported as send: {s.hold_as_send}",
        f"cases passing (verdict, every must, no must_not): {s.passed}/{s.n}",
        "verdict accuracy by format: "
        + ", ".join(f"{f} {_pct(v)}" for f, v in d["verdict_accuracy_by_format"].items()),
        "verdict accuracy by scenario: "
        + ", ".join(f"{k} {_pct(v)}" for k, v in d["verdict_accuracy_by_scenario"].items()),
        "confusion (label -> reported): "
        + ", ".join(f"{k} {v}" for k, v in d["confusion"].items()),
        "",
        f"{'code':22} {'pos':>4} {'neg':>4} {'TP':>4} {'FN':>4} {'FP':>4} {'unl':>4} "
        f"{'precision':>9} {'recall':>7}",
    ]
    for code, k in s.codes.items():
        lines.append(
            f"{code:22} {k.positives:4} {k.negatives:4} {k.tp:4} {k.fn:4} {k.fp:4} {k.unlisted:4} "
            f"{_pct(k.precision()):>9} {_pct(k.recall()):>7}"
        )
    misses = [o for o in outcomes if not o.passed]
    if show_misses:
        lines += ["", f"misses ({len(misses)}):"]
        lines += [f"  {o.case.id:24} {o.case.scenario:13} {o.reason()}" for o in misses]
    else:
        lines += ["", f"misses: {len(misses)} (held-out: ids and texts are not shown)"]
    return "\n".join(lines)


def write_known_misses(outcomes: list[Outcome], path: Path = KNOWN_MISSES) -> int:
    lines = [
        "# Corpus cases the voice check gets wrong today: strict xfail in test_voice_corpus.py.",
        "# Generated by: .venv/bin/python bench/bench_voice_accuracy.py --write-known-misses",
        "# A case fixed by the checker must leave this list (strict xfail fails on a pass).",
        "# Tune cases only: held-out cases are not run case by case in the suite (counts only).",
    ]
    n = 0
    for o in outcomes:
        if o.passed:
            continue
        n += 1
        lines.append(f"{o.case.id}  # {o.reason()}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def read_known_misses(path: Path = KNOWN_MISSES) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)
        case_id = body[0].strip()
        if case_id:
            out[case_id] = body[1].strip() if len(body) > 1 else ""
    return out


def machine() -> str:
    return (
        f"{platform.platform()}; {os.cpu_count()} CPUs; Python {platform.python_version()}"
        f" ({platform.python_implementation()})"
    )


def score_folder(folder: Path, entry_name: str, ap: argparse.ArgumentParser) -> int:
    """A batch outside the two sets (a new held-out batch, measured by the coordinator, or the
    same batch copied beside an older tree): counts only, never ids or texts."""
    folder = folder.resolve()
    if not folder.is_dir() or not any(folder.glob("*.jsonl")):
        ap.error(f"{folder}: not a folder of *.jsonl notes")
    entry, check = checker(entry_name)
    results = run(load(corpus=folder.parent, sets=(folder.name,)), check)
    print(f"entry point: {entry}")
    print(f"machine: {machine()}")
    print(report_text(f"{folder.name} (counts only)", summarise(results), results, False))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=(*SETS, "all"), default="all")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--entry", choices=("auto", "voice"), default="auto")
    ap.add_argument("--write-known-misses", action="store_true")
    ap.add_argument(
        "--folder",
        type=Path,
        help="score this folder of *.jsonl notes instead (a held-out batch), counts only",
    )
    args = ap.parse_args(argv)
    if args.folder is not None:
        return score_folder(args.folder, args.entry, ap)

    entry, check = checker(args.entry)
    # Known misses are written for tune only: a held-out note's result, even as an id in a file,
    # is exactly what must not be seen while the checker is being changed.
    wanted = ("tune",) if args.write_known_misses else SETS if args.set == "all" else (args.set,)
    # A held-out set not written yet is left out of "all" (nothing to count).
    sets = tuple(
        s for s in wanted if s == "tune" or args.set == s or any((CORPUS / s).glob("*.jsonl"))
    )
    started = time.perf_counter()
    results = {name: run(load(sets=(name,)), check) for name in sets}
    elapsed = time.perf_counter() - started

    if args.write_known_misses:
        n = write_known_misses(results["tune"])
        print(f"wrote {n} known misses to {KNOWN_MISSES.relative_to(ROOT)}")

    summaries = {name: summarise(results[name]) for name in sets}
    if args.json:
        doc: dict[str, Any] = {
            "entry": entry,
            "machine": machine(),
            "seconds": round(elapsed, 3),
            "sets": {name: summaries[name].as_dict() for name in sets},
        }
        if "tune" in results:
            doc["tune_misses"] = [
                {"id": o.case.id, "scenario": o.case.scenario, "reason": o.reason()}
                for o in results["tune"]
                if not o.passed
            ]
        print(json.dumps(doc, indent=2))
        return 0
    total = sum(len(v) for v in results.values())
    print(f"entry point: {entry}")
    print(f"machine: {machine()}")
    print(f"{total} notes checked in {elapsed:.2f} s\n")
    for name in sets:
        print(report_text(name, summaries[name], results[name], show_misses=name == "tune"))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
