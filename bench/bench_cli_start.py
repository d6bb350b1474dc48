"""Cold start of `rightnote check NOTE` against a bare interpreter, same run, alternating.

    .venv/bin/python bench/bench_cli_start.py [--runs 15] [--before DIR [--before-site DIR]]

Each round starts, in turn, fresh processes for:
- `python -I -c pass` (the baseline: the interpreter alone, venv site-packages included);
- `rightnote check NOTE --scenario follow_up` through the installed console script (what a
  person types), on a 20-word note;
- the playbook alone: `import app.playbook.voice` and one `check_message` on the same note,
  so its share of the command's cost can be read beside the rest (typer, output, Python);
- `import typer`: the command-line framework alone, the floor under any command (typer is
  pinned below 0.29, which would add pydantic and a TypeAdapter per option: see pyproject);
- `import typer` and pydantic's TypeAdapter: what typer 0.29 would load, for comparison.
With --before DIR (a checkout of an older commit, e.g. `git worktree add DIR COMMIT`), that
tree's `rightnote check` runs in the same rounds (its `app` first on PYTHONPATH), and with
--before-site DIR also the packages it was measured with (e.g. typer 0.29 unpacked from its
wheel), ahead of this environment's site-packages.
Every child runs without PYTHONDONTWRITEBYTECODE, so the warm-up round leaves .pyc files for
both trees and no round pays for compiling. Prints median and min wall time of each, the
ratios to the baseline and the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOTE = (
    "Thank you for the time today. I enjoyed hearing how the team ships billing, and I hope "
    "we talk soon.\n"
)
PLAYBOOK_ONLY = (
    "import sys\n"
    "from datetime import UTC, datetime\n"
    "from app.playbook.scenarios import Scenario\n"
    "from app.playbook.voice import check_message\n"
    "check_message(open(sys.argv[1], encoding='utf-8').read(), Scenario.FOLLOW_UP,"
    " now=datetime.now(UTC))\n"
)


def _time(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env
    )
    elapsed = time.perf_counter() - start
    # check exits 0 (send) or 0 with a revise verdict; anything else is a broken command.
    if done.returncode != 0:
        raise SystemExit(f"{cmd} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return elapsed


def _typer_version(python: str) -> str:
    done = subprocess.run(
        [python, "-I", "-c", "import typer; print(typer.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def cases_check(note: Path) -> list[str]:
    return ["check", str(note), "-s", "follow_up"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", type=Path, help="an older checkout to run beside this one")
    parser.add_argument(
        "--before-site", type=Path, help="packages for --before, ahead of site-packages"
    )
    args = parser.parse_args()
    python = str(BIN / "python")
    with tempfile.TemporaryDirectory() as tmp:
        note = Path(tmp) / "note.txt"
        note.write_text(NOTE, encoding="utf-8")
        cases = {
            "python -I -c pass": [python, "-I", "-c", "pass"],
            "rightnote check NOTE": [str(BIN / "rightnote"), *cases_check(note)],
            "playbook import + 1 check": [python, "-I", "-c", PLAYBOOK_ONLY, str(note)],
            "import typer": [python, "-I", "-c", "import typer"],
            # What typer 0.29 adds: it coerces every option through a pydantic TypeAdapter.
            "typer + pydantic TypeAdapter": [
                python,
                "-I",
                "-c",
                "import typer\nfrom pydantic import TypeAdapter",
            ],
        }
        # A cached .pyc per module for every tree: no round may pay for compiling (the -I
        # runs write them anyway; `rightnote` and the --before runs read the environment).
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        envs: dict[str, dict[str, str] | None] = dict.fromkeys(cases, env)
        if args.before:
            paths = [str(args.before.resolve())]
            if args.before_site:
                paths.append(str(args.before_site.resolve()))
            old = {**env, "PYTHONPATH": os.pathsep.join(paths)}
            # -P: the current directory (this checkout) must not come before PYTHONPATH.
            cases["before: check"] = [
                python,
                "-P",
                "-c",
                "from app.cli import main; main()",
                *cases_check(note),
            ]
            cases["before: playbook + 1 check"] = [python, "-P", "-c", PLAYBOOK_ONLY, str(note)]
            envs["before: check"] = envs["before: playbook + 1 check"] = old
        for name, cmd in cases.items():  # warm the page cache and the .pyc files
            _time(cmd, envs[name])
        times: dict[str, list[float]] = {name: [] for name in cases}
        load_before = os.getloadavg()
        for _ in range(args.runs):
            for name, cmd in cases.items():
                times[name].append(_time(cmd, envs[name]))
        load_after = os.getloadavg()
    words = len(NOTE.split())
    print(f"rightnote check on a {words}-word note, {args.runs} alternating rounds", end="")
    print(f" (typer {_typer_version(python)} here)")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (1 min)")
    base_med = statistics.median(times["python -I -c pass"])
    base_min = min(times["python -I -c pass"])
    for name, values in times.items():
        med, low = statistics.median(values), min(values)
        print(
            f"{name:28s} median {med * 1000:7.1f} ms ({med / base_med:5.1f}x)"
            f"  min {low * 1000:7.1f} ms ({low / base_min:5.1f}x)"
        )
    check = statistics.median(times["rightnote check NOTE"]) - base_med
    book = statistics.median(times["playbook import + 1 check"]) - base_med
    floor = statistics.median(times["import typer"]) - base_med
    print(f"share of the command's cost above the bare interpreter: playbook {book / check:.0%},")
    print(f"  typer {floor / check:.0%}, the rest {1 - (book + floor) / check:.0%}")
    if args.before:
        # The CLI's own cost (command minus playbook), each tree against its own playbook, so
        # playbook work in between does not blur the CLI's change.
        now = check - book
        then = statistics.median(times["before: check"]) - statistics.median(
            times["before: playbook + 1 check"]
        )
        print(f"CLI's own cost (check minus playbook), medians: {now * 1000:.0f} ms now, ", end="")
        print(f"{then * 1000:.0f} ms in {args.before}")


if __name__ == "__main__":
    main()
