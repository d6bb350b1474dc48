"""Drafting throughput on one core: `compose_draft` in a loop over a realistic mix of inputs.

Run by hand:  .venv/bin/python bench/bench_draft.py [--rounds 7] [--seconds 0.5]
Same-run baseline: extract the old engine (`git archive <rev> app | tar -x -C /tmp/base`) and run
this file twice back to back, once with `--root /tmp/base`; the inputs use only the fields every
version takes, so both runs draft the same notes.

Time is this process's CPU time; each figure is the best of several rounds, median beside it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path


def _inputs() -> list[object]:
    from app.playbook.models import Details, DraftInput, InterviewTime, Person, RiskArea
    from app.playbook.scenarios import Scenario

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=0.5)
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    args = parser.parse_args()
    sys.path.insert(0, args.root)
    from app.playbook.drafting import compose_draft

    inputs = _inputs()
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
        f"median {statistics.median(per_draft):.1f} µs a draft ({len(inputs)} inputs)"
    )


if __name__ == "__main__":
    main()
