"""Instructions and first-level data-cache misses per draft or per voice check, under cachegrind.

Run by hand:  .venv/bin/python bench/bench_cachegrind.py [--mode draft|varied|voice]
              [--reps 20] TREE [TREE ...]

Why: on the shared VM, wall-clock pairs (bench_draft.py --pair) drift by a third under other
sessions' load. Cachegrind counts are deterministic: each TREE's engine runs `reps` rounds of the
inputs (bench_draft.py's mix, its --varied mix, or bench_http.py's 24 notes through
check_message) and once more with warm-up only; the difference, divided by the items, is what one
item costs. A draft's time on this machine follows instructions and D1 misses together (an L1
miss costs tens of instructions' time), so both are printed. Needs valgrind.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent

_WORKER = """
import importlib, importlib.util, sys
from datetime import UTC, datetime
tree, mode, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, tree)
def load(name):
    spec = importlib.util.spec_from_file_location(name, f"{bench}/{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
now = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
if mode == "voice":
    from app.playbook.scenarios import Scenario
    from app.playbook.voice import check_message
    work = [lambda t=v["text"]: check_message(t, Scenario.FOLLOW_UP, now=now)
            for v in load("bench_http").VOICES]
else:
    bench_draft = load("bench_draft")
    compose = importlib.import_module("app.playbook.drafting").compose_draft
    inputs = bench_draft._inputs("app")
    if mode == "varied":
        inputs = bench_draft._varied(inputs)
    work = [lambda i=i: compose(i, now=now) for i in inputs]
for f in work:
    f()
for _ in range(reps):
    for f in work:
        f()
print(len(work))
"""


def _counts(tree: str, mode: str, reps: int) -> tuple[int, int, int]:
    """(items, instructions, D1 misses) of one cachegrind run."""
    worker = _WORKER.replace("{bench}", str(BENCH))
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=yes", "--cachegrind-out-file=/dev/null"]
    done = subprocess.run(
        [*cmd, sys.executable, "-c", worker, tree, mode, str(reps)],
        capture_output=True,
        text=True,
        check=True,
        cwd="/tmp",
    )
    items = int(done.stdout.strip().splitlines()[-1])
    instructions = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    misses = re.search(r"D1\s+misses:\s+([\d,]+)", done.stderr)
    if instructions is None or misses is None:
        raise RuntimeError(done.stderr[-2000:])
    return items, int(instructions[1].replace(",", "")), int(misses[1].replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--mode", choices=("draft", "varied", "voice"), default="draft")
    parser.add_argument("--reps", type=int, default=20)
    args = parser.parse_args()
    for tree in args.trees:
        items, ir, d1 = _counts(tree, args.mode, args.reps)
        _, ir0, d10 = _counts(tree, args.mode, 0)
        n = items * args.reps
        print(
            f"{tree} ({args.mode}, {n} items): {(ir - ir0) / n:,.0f} instructions, "
            f"{(d1 - d10) / n:,.0f} D1 misses per item"
        )


if __name__ == "__main__":
    main()
