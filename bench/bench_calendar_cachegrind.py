"""Instructions per calendar event under cachegrind: bench_calendar.py's work, counted.

Run by hand:  .venv/bin/python bench/bench_calendar_cachegrind.py [--mode google|ics]
              [--events 3000] [--reps 1] TREE [TREE ...]

Why: on the shared VM, bench_calendar.py's CPU-time figures move by a third with other
sessions' load. Cachegrind counts instructions, which load does not change. Each TREE's
extract_interviews runs bench_calendar.py's Google page (or its .ics file) once to warm up, then
`reps` more times, as bench_calendar.py repeats it; a second run does the warm-up only. The
difference, divided by the events, is what one event costs in the steady state the CPU figures
measure. First-level data-cache misses can be printed beside (an L1 miss costs tens of
instructions' time) with --d1, which doubles the run time. Needs valgrind.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

_WORKER = """
import importlib.util, sys
tree, mode, events, reps = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, tree)
# The tree's own copy: it puts its tree first on sys.path, so that tree's app is measured.
spec = importlib.util.spec_from_file_location("bench_calendar", f"{tree}/bench/bench_calendar.py")
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_calendar"] = bench
spec.loader.exec_module(bench)
bench.TZ = "America/New_York"
from app.calendar.interviews import extract_interviews
import app.calendar.interviews
assert app.calendar.interviews.__file__.startswith(tree), app.calendar.interviews.__file__
if mode == "google":
    data = {"kind": "calendar#events", "items": bench.google_events(events)}
    run = lambda: extract_interviews(data, format="google", me=bench.ME, timezone=bench.TZ)
else:
    data = bench.ics_file(events)
    run = lambda: extract_interviews(data, me=bench.ME, timezone=bench.TZ)
run()
for _ in range(reps):
    run()
print(events)
"""


def _counts(tree: str, mode: str, events: int, reps: int, d1: bool) -> tuple[int, int]:
    """(instructions, D1 misses or 0) of one cachegrind run."""
    worker = _WORKER
    sim = "--cache-sim=yes" if d1 else "--cache-sim=no"
    cmd = ["valgrind", "--tool=cachegrind", sim, "--cachegrind-out-file=/dev/null"]
    done = subprocess.run(
        [*cmd, sys.executable, "-c", worker, tree, mode, str(events), str(reps)],
        capture_output=True,
        text=True,
        check=True,
        cwd="/tmp",
    )
    instructions = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    misses = re.search(r"D1\s+misses:\s+([\d,]+)", done.stderr)
    if instructions is None or (d1 and misses is None):
        raise RuntimeError(done.stderr[-2000:])
    return int(instructions[1].replace(",", "")), int(misses[1].replace(",", "")) if misses else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--mode", choices=("google", "ics"), default="google")
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--d1", action="store_true", help="simulate the caches: D1 misses too")
    args = parser.parse_args()
    for tree in args.trees:
        warm = _counts(tree, args.mode, args.events, 0, args.d1)
        full = _counts(tree, args.mode, args.events, args.reps, args.d1)
        per = args.events * args.reps
        misses = f", {(full[1] - warm[1]) / per:,.0f} D1 misses/event" if args.d1 else ""
        print(
            f"{tree}: {(full[0] - warm[0]) / per:,.0f} instructions/event{misses} "
            f"({args.mode}, {args.events} events x {args.reps})",
            flush=True,
        )


if __name__ == "__main__":
    main()
