"""Would compiling the playbook with mypyc make the voice check fast enough to be worth a build?

Run by hand:  .venv/bin/python bench/mypyc_trial.py [--tree TREE] [--keep DIR] [--rounds 7]
              [--exclude drafting ...] [--golden] [--cachegrind]

What it does: copies TREE's `app/` (default: this checkout) into a scratch directory, compiles the
modules of app/playbook/ with mypyc (the mypy of the dev extra; all but --exclude, by default
drafting.py, whose `_Own(str)` mypyc cannot compile natively, and the generated weight table
voice_weights.py), then measures check_message over bench_http.py's 24 varied notes in fresh
interpreters, alternating between the source tree and the compiled copy (CPU time of each
process, best and median of the rounds): the µs a check and the speed-up. --golden also runs
bench/golden_reports.py on the compiled copy (its total must equal the source tree's), and
--cachegrind bench/bench_cachegrind.py --mode voice on both (instructions a check, exact).

Nothing is built into the checkout: the copy is deleted at the end unless --keep names it. The
compile takes minutes (one C file per module, -O3). A trial only: the service never loads
compiled modules. At c378c7e it found ~1.2x CPU time and 1.16x fewer instructions a check, with
identical golden reports: the playbook's time is mostly in C already (regex scans, set and map
calls), so compiling the Python around them buys little, too little for a second build to keep.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

# One process per sample: a tree's modules are imported once, its notes checked for `seconds`.
_SAMPLE = """
import statistics, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(1, sys.argv[2])
from bench_http import NOTES
from app.playbook import voice
from app.playbook.scenarios import Scenario
compiled = not voice.__file__.endswith(".py")
for note in NOTES:  # warm: dictionary, rules, syllables
    voice.check_message(note, Scenario.FOLLOW_UP)
per = []
for _ in range(int(sys.argv[3])):
    count, started = 0, time.process_time()
    while time.process_time() - started < float(sys.argv[4]):
        for note in NOTES:
            voice.check_message(note, Scenario.FOLLOW_UP)
        count += len(NOTES)
    per.append((time.process_time() - started) / count * 1e6)
print(compiled, min(per), statistics.median(per))
"""


def _copy(tree: Path, into: Path) -> None:
    """`tree`'s app/ into `into`, without caches or earlier builds; bench/ and tests/ linked;
    pyproject.toml copied (mypyc type-checks with its mypy settings)."""
    shutil.copytree(
        tree / "app", into / "app", ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    shutil.copy(tree / "pyproject.toml", into / "pyproject.toml")
    for name in ("bench", "tests"):
        (into / name).symlink_to(tree / name)


def _compile(into: Path, exclude: set[str]) -> None:
    modules = sorted(
        str(p.relative_to(into))
        for p in (into / "app" / "playbook").glob("*.py")
        if p.stem not in exclude and p.stem != "__init__"
    )
    print(f"mypyc: {len(modules)} modules of app/playbook (minutes) ...", flush=True)
    mypyc = Path(sys.executable).with_name("mypyc")
    done = subprocess.run(
        [str(mypyc), *modules], cwd=into, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n")
        raise SystemExit(f"mypyc failed ({done.returncode})")


def _samples(trees: dict[str, Path], rounds: int, seconds: float) -> dict[str, list[float]]:
    best: dict[str, list[float]] = {label: [] for label in trees}
    median: dict[str, list[float]] = {label: [] for label in trees}
    for _ in range(3):  # three processes a tree, alternating
        for label, tree in trees.items():
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _SAMPLE,
                    str(tree),
                    str(HERE / "bench"),
                    str(rounds),
                    str(seconds),
                ],
                capture_output=True,
                text=True,
                check=True,
                cwd=tempfile.gettempdir(),
            ).stdout.split()
            if (out[0] == "True") != (label == "compiled"):
                raise SystemExit(f"{label}: imported the wrong build ({out[0]})")
            best[label].append(float(out[1]))
            median[label].append(float(out[2]))
    for label in trees:
        print(
            f"{label}: best {min(best[label]):.1f} µs, median "
            f"{statistics.median(median[label]):.1f} µs a check"
        )
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", type=Path, default=HERE)
    parser.add_argument("--keep", type=Path, help="build here and keep it (an empty directory)")
    parser.add_argument("--exclude", nargs="*", default=["drafting", "voice_weights"])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=0.5)
    parser.add_argument("--golden", action="store_true", help="golden_reports on the build")
    parser.add_argument("--cachegrind", action="store_true", help="instructions a check")
    args = parser.parse_args()
    tree = args.tree.resolve()
    into = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="mypyc_trial_"))
    try:
        _copy(tree, into)
        _compile(into, set(args.exclude))
        best = _samples({"source": tree, "compiled": into}, args.rounds, args.seconds)
        print(
            "compiled/source speed-up, best against best: "
            f"{min(best['source']) / min(best['compiled']):.2f}x"
        )
        env = {**os.environ, "PYTHONPATH": str(into)}
        if args.golden:
            subprocess.run(
                [sys.executable, str(HERE / "bench" / "golden_reports.py"), "--root", str(into)],
                check=True,
                env=env,
            )
        if args.cachegrind:
            subprocess.run(
                [
                    sys.executable,
                    str(HERE / "bench" / "bench_cachegrind.py"),
                    "--mode",
                    "voice",
                    "--reps",
                    "5",
                    str(tree),
                    str(into),
                ],
                check=True,
            )
    finally:
        if not args.keep:
            shutil.rmtree(into, ignore_errors=True)


if __name__ == "__main__":
    main()
