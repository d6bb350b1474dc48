"""Drafting throughput on one core: `compose_draft` in a loop over a realistic mix of inputs.

Run by hand:  .venv/bin/python bench/bench_draft.py [--rounds 7] [--seconds 0.5]
Same-run baseline: extract the old engine (`git archive <rev> app | tar -x -C /tmp/base`) and run
this file twice back to back, once with `--root /tmp/base`; the inputs use only the fields every
version takes, so both runs draft the same notes.

Or in one process:  --pair /tmp/base [--root TREE] loads the baseline's app/playbook under another
package name beside this tree's (or TREE's) and measures the two in alternating rounds, so the
load other processes put on the machine falls on both alike; it prints both and their ratio.
--varied gives every draft of a round its own topic, company and wording (64 variants of each
input), so no per-field cache (suggestions per topic, the company check) is hit twice in a round.

Time is this process's CPU time; each figure is the best of several rounds, median beside it.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path


def _inputs(pkg: str = "app") -> list[object]:
    models = importlib.import_module(f"{pkg}.playbook.models")
    Details, DraftInput, InterviewTime = models.Details, models.DraftInput, models.InterviewTime
    Person, RiskArea = models.Person, models.RiskArea
    Scenario = importlib.import_module(f"{pkg}.playbook.scenarios").Scenario

    when = InterviewTime(datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15), "America/New_York")
    people = [
        Person("Dr. Priya Raman", "priya@northwind.example", "Engineering Manager"),
        Person("Maya Lin", "maya@northwind.example", "Co-founder & CEO"),
        Person("José García", "jose@northwind.example", "Staff Engineer"),
        Person(None, None, None),
    ]
    details = {
        Scenario.RECOVERY: Details(
            topic="the cache invalidation design",
            stumble="my answer about write-through caching was wrong",
            what_happened="I think I answered the question I expected",
            restatement="What I meant to say is: invalidate on write and keep TTLs short.",
        ),
        Scenario.FOLLOW_UP: Details(
            topic="the billing migration", risk_areas=(RiskArea.FUNDING, RiskArea.SCOPE)
        ),
        Scenario.GRATITUDE: Details(topic="how the company started"),
        Scenario.ASK_RECRUITER: Details(),
    }
    return [
        DraftInput(s, p, "Sam Okafor", "Northwind", "Senior Backend Engineer", when, d)
        for s, d in details.items()
        for p in people
    ]


_TOPICS = (
    "the billing migration",
    "Kubernetes",
    "scaling the ingestion pipeline",
    "GDPR",
    "how on-call works",
    "the Q3 roadmap",
    "search relevance",
    "the move to Postgres",
)
_COMPANIES = ("Northwind", "Fabrikam Labs", "Contoso", "Tailspin Toys", "Acme", "Quantica")


def _varied(inputs: list[object], count: int = 64) -> list[object]:
    """`count` variants of every input, each with its own topic, company and free text."""
    out: list[object] = []
    for n in range(count):
        topic = f"{_TOPICS[n % len(_TOPICS)]} ({n})"
        for inp in inputs:
            d = inp.details  # type: ignore[attr-defined]
            details = replace(
                d,
                topic=topic,
                stumble=d.stumble and f"{d.stumble} in part {n}",
                what_happened=d.what_happened and f"{d.what_happened} ({n})",
            )
            company = f"{_COMPANIES[n % len(_COMPANIES)]} {n}"
            out.append(replace(inp, details=details, company=company))  # type: ignore[type-var]
    return out


def _baseline_package(root: str, into: Path) -> str:
    """`root`'s app/playbook copied under another package name, so both engines load in one
    process (their imports are all within app.playbook)."""
    name = "baseline_app"
    pkg = into / name
    shutil.copytree(Path(root) / "app" / "playbook", pkg / "playbook")
    (pkg / "__init__.py").write_text("")
    for path in (pkg / "playbook").glob("*.py"):
        text = re.sub(r"\b(from|import) app\.playbook\b", rf"\1 {name}.playbook", path.read_text())
        path.write_text(text)
    return name


def _pair(args: argparse.Namespace) -> None:
    """Both engines in one process, measured in alternating rounds: drift in the machine's
    load (other processes) falls on both alike."""
    sys.path.insert(0, args.root)
    now = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        engines = {}
        for label, pkg in (("baseline", _baseline_package(args.pair, Path(tmp))), ("this", "app")):
            inputs = _inputs(pkg)
            engines[label] = (
                importlib.import_module(f"{pkg}.playbook.drafting").compose_draft,
                _varied(inputs) if args.varied else inputs,
            )
        times: dict[str, list[float]] = {label: [] for label in engines}
        for _ in range(args.rounds):
            for label, (compose, inputs) in engines.items():
                count, started = 0, time.process_time()
                while time.process_time() - started < args.seconds:
                    for inp in inputs:
                        compose(inp, now=now)
                    count += len(inputs)
                times[label].append((time.process_time() - started) / count * 1e6)
    for label, per in times.items():
        print(f"{label}: best {min(per):.1f} µs, median {statistics.median(per):.1f} µs a draft")
    base, this = times["baseline"], times["this"]
    print(
        f"this / baseline: best {min(this) / min(base):.3f}, "
        f"median {statistics.median(this) / statistics.median(base):.3f} "
        f"({args.rounds} alternating rounds of {args.seconds} s{', varied' if args.varied else ''})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=0.5)
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--varied", action="store_true")
    parser.add_argument("--pair", metavar="BASELINE_ROOT")
    args = parser.parse_args()
    if args.pair:
        _pair(args)
        return
    sys.path.insert(0, args.root)
    from app.playbook.drafting import compose_draft

    inputs = _varied(_inputs()) if args.varied else _inputs()
    now = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
    per_draft: list[float] = []
    for _ in range(args.rounds):
        count, started = 0, time.process_time()
        while time.process_time() - started < args.seconds:
            for inp in inputs:
                compose_draft(inp, now=now)  # type: ignore[arg-type]
            count += len(inputs)
        per_draft.append((time.process_time() - started) / count * 1e6)
    print(
        f"{args.root}: compose_draft best {min(per_draft):.1f} µs, "
        f"median {statistics.median(per_draft):.1f} µs a draft ({len(inputs)} inputs"
        f"{', varied' if args.varied else ''})"
    )


if __name__ == "__main__":
    main()
