"""Voice-check throughput on one core, against a plain regex tokenisation of the same note.

Run by hand:  .venv/bin/python bench/bench_voice.py [--rounds 7] [--seconds 0.5]

Against another tree in one process:  --pair BASELINE_ROOT [--root TREE] loads the baseline's
app/playbook under another package name beside this tree's (as bench_draft.py --pair does) and
measures both on the three notes in alternating rounds, so the machine's load falls on both.
With --bodies, check_message (as /v1/voice/check calls it) over the 24 varied notes of
bench_http.py instead: no note repeats within a pass, so nothing is served from a cache.

Cold start:  --cold [--pair BASELINE_ROOT] runs fresh interpreters, alternating between the
trees, each importing the voice check and checking one 25-word note once; it prints the import
and first-check times (best and median) beside `python -I -c pass` timed the same way.

Time is this process's CPU time (time.process_time), so a busy machine slows the figures less
than wall time would; each figure is the best of several rounds, with the median beside it. The
baseline, `re.findall(r"\\w+", note)`, is measured in the same run so the ratio stays comparable
across machines and loads.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The checkout this file is in; --root picks another. The voice check is imported only after
# the tree is chosen (an import here would bind `app` to this checkout for --pair too).
_HERE = str(Path(__file__).resolve().parents[1])

# A realistic follow-up note, 120 words: what the drafting engine or a careful user would send.
FOLLOW_UP = """Hi Dana,

Thank you for the conversation this afternoon about the payments migration. I enjoyed hearing \
how the team cut settlement time in half last quarter, and I keep thinking about how we would \
handle the cut-over for the largest merchants. The way you described the reconciliation backlog \
made the trade-offs concrete.

Two questions stayed with me. If the Series C takes longer than planned, what gives first: the \
migration timeline or the hiring plan? And how much of the reconciliation work would this role \
own outright, and where would it depend on other teams?

I'm excited about the chance to work on this with you.

Thanks again,
Sam Okafor
"""

# The same length, written in a hurry: many findings fire (apology, pleading, caps, "!").
ANXIOUS_RECOVERY = """Hi Dana,

I'm SO sorry about my answer on the cache design today!! Honestly your question was a bit \
confusing and the connection was really bad, but I know that's no excuse. I'm such an idiot \
when I get nervous. I just wanted to maybe explain what I was kind of trying to say: for our \
read-heavy traffic I would invalidate on write and keep the TTLs short. Please give me another \
chance, I really need this job and it would mean the world to me. I'm excited to see your \
product grow and to help when you ship the new platform. I apologize again for wasting your \
time. Would you be open to a quick call? Sorry again!

Sam
"""


# What the drafting engine passes: names, company, position, topic, the interviewer's title.
KNOWN_TERMS = (
    "Dana",
    "Dana Whitfield",
    "Sam Okafor",
    "Northwind",
    "Senior Backend Engineer",
    "the payments migration",
    "Engineering Manager",
)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _pin_one_core() -> str:
    try:
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    except (AttributeError, OSError):
        return "not pinned"


def _rate(fn: Callable[[], object], seconds: float, rounds: int) -> tuple[float, float]:
    """(best, median) calls per CPU second over `rounds` rounds of about `seconds` each."""
    calls = 1
    while True:  # size a round
        start = time.process_time()
        for _ in range(calls):
            fn()
        if time.process_time() - start >= seconds / 4:
            break
        calls *= 2
    calls = max(1, int(calls * 4))
    rates = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(calls):
            fn()
        rates.append(calls / (time.process_time() - start))
    return max(rates), statistics.median(rates)


_NOTES = (
    ("calm follow_up", FOLLOW_UP, "follow_up", ()),
    ("calm follow_up + known_terms", FOLLOW_UP, "follow_up", KNOWN_TERMS),
    ("anxious recovery", ANXIOUS_RECOVERY, "recovery", ()),
)


def _pair(args: argparse.Namespace) -> None:
    """Both trees' voice checks in one process, alternating rounds of `args.seconds`."""
    import importlib
    import tempfile

    from bench_draft import _baseline_package  # type: ignore[import-not-found]

    sys.path.insert(0, args.root)
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        checks: dict[str, Callable[..., object]] = {}
        messages: dict[str, Callable[..., object]] = {}
        for label, pkg in (("baseline", _baseline_package(args.pair, Path(tmp))), ("this", "app")):
            module = importlib.import_module(f"{pkg}.playbook.voice")
            checks[label] = module.check_voice
            messages[label] = module.check_message
            print(f"{label}: {module.__file__}")  # which tree each side really runs
        if args.bodies:
            _pair_bodies(args, messages)
            return
        word = re.compile(r"\w+")
        for name, note, scenario, terms in _NOTES:
            rates: dict[str, list[float]] = {label: [] for label in (*checks, "tokenise")}
            for check in checks.values():
                check(note, scenario, known_terms=terms)  # warm: dictionary, rules
            for _ in range(args.rounds):
                for label, check in checks.items():
                    count, started = 0, time.process_time()
                    while time.process_time() - started < args.seconds:
                        check(note, scenario, known_terms=terms)
                        count += 1
                    rates[label].append(count / (time.process_time() - started))
                count, started = 0, time.process_time()
                while time.process_time() - started < args.seconds / 4:
                    word.findall(note)
                    count += 1
                rates["tokenise"].append(count / (time.process_time() - started))
            base, this, tok = (max(rates[k]) for k in ("baseline", "this", "tokenise"))
            print(
                f"{name}: baseline {base:,.0f}/s ({tok / base:.1f} tokenisations), "
                f"this {this:,.0f}/s ({tok / this:.1f}); this/baseline {this / base:.3f} "
                f"(median {_median_ratio(rates['this'], rates['baseline']):.3f})"
            )


_COLD = """
import time
started = time.perf_counter()
from app.playbook.voice import check_message
imported = time.perf_counter()
check_message("Hi Dana, thank you for the conversation today about the billing migration. "
              "How does the team decide what gets cut when a quarter runs short?", "follow_up")
done = time.perf_counter()
print(imported - started, done - imported)
"""


def _pair_bodies(args: argparse.Namespace, checks: dict[str, Callable[..., object]]) -> None:
    """Both trees' check_message over the 24 varied bodies /v1/voice/check is benchmarked with
    (bench_http.NOTES: every fourth an anxious one), one pass of all 24 per sample, samples
    alternating between the trees; µs per check, best and median."""
    from bench_http import NOTES  # type: ignore[import-not-found]

    for check in checks.values():
        for note in NOTES:
            check(note, "follow_up")  # warm: dictionary, rules, syllables
    per: dict[str, list[float]] = {label: [] for label in checks}
    for _ in range(args.rounds):
        for label, check in checks.items():
            count, started = 0, time.process_time()
            while time.process_time() - started < args.seconds:
                for note in NOTES:
                    check(note, "follow_up")
                count += len(NOTES)
            per[label].append((time.process_time() - started) / count * 1e6)
    for label, times in per.items():
        best, median = min(times), statistics.median(times)
        print(f"{label}: best {best:.1f} µs, median {median:.1f} µs a check")
    base, this = per["baseline"], per["this"]
    print(
        f"24 varied bodies, check_message: this/baseline best {min(this) / min(base):.3f}, "
        f"median {_median_ratio(this, base):.3f} ({args.rounds} alternating rounds)"
    )


def _cold(args: argparse.Namespace) -> None:
    """Fresh interpreters, alternating trees: import time and first-check time inside the
    process, and the whole process's wall time beside a bare `python -I -c pass` timed the same
    way in the same rounds. Bytecode is cached (as in an install)."""
    import subprocess
    import tempfile

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "bench_voice_pyc")
    trees = {"this": args.root} | ({"baseline": args.pair} if args.pair else {})
    found: dict[str, list[tuple[float, float, float]]] = {label: [] for label in trees}
    bare: list[float] = []
    for round_ in range(args.rounds + 1):
        for label, root in trees.items():
            script = f"import sys; sys.path.insert(0, {root!r})\n{_COLD}"
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", script],
                capture_output=True,
                text=True,
                check=True,
                env=env,
                cwd=root,
            ).stdout.split()
            wall = time.perf_counter() - started
            if round_:  # the first round writes the bytecode cache
                found[label].append((float(out[0]), float(out[1]), wall))
        started = time.perf_counter()
        subprocess.run([sys.executable, "-I", "-c", "pass"], check=True)
        bare.append(time.perf_counter() - started)
    print(f"python -I -c pass, whole process: {_ms(bare)}")
    for label, times in found.items():
        walls = [w for *_, w in times]
        print(
            f"{label}: import {_ms([t[0] for t in times])}; "
            f"first check {_ms([t[1] for t in times])}; "
            f"whole process {_ms(walls)} = {min(walls) / min(bare):.1f}x the bare start (best)"
        )


def _ms(seconds: list[float]) -> str:
    return f"best {min(seconds) * 1e3:.0f} ms, median {statistics.median(seconds) * 1e3:.0f} ms"


def _median_ratio(this: list[float], base: list[float]) -> float:
    return statistics.median(this) / statistics.median(base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=0.5, help="length of one round")
    parser.add_argument("--root", default=_HERE)
    parser.add_argument("--pair", metavar="BASELINE_ROOT")
    parser.add_argument("--cold", action="store_true")
    parser.add_argument(
        "--bodies", action="store_true", help="with --pair: the 24 bodies of bench_http.py"
    )
    args = parser.parse_args()
    if args.cold:
        _cold(args)
        return
    if args.pair:
        _pair(args)
        return

    sys.path.insert(0, args.root)
    from app.playbook.voice import check_voice

    pinned = _pin_one_core()
    print(f"machine: {platform.platform()}; CPU: {_cpu_model()}; {os.cpu_count()} logical CPUs")
    print(f"python: {platform.python_implementation()} {platform.python_version()}; {pinned}")
    word = re.compile(r"\w+")
    for name, note, scenario, terms in _NOTES:
        # The first call warms the caches (hyphenation dictionary, syllables, rule regexes).
        report = check_voice(note, scenario, known_terms=terms)
        words = len(word.findall(note))
        checks, checks_median = _rate(
            lambda n=note, s=scenario, t=terms: check_voice(n, s, known_terms=t),
            args.seconds,
            args.rounds,
        )
        base, base_median = _rate(lambda n=note: re.findall(r"\w+", n), args.seconds, args.rounds)
        print(
            f"\n{name}: {words} words, {len(note)} chars, verdict {report.verdict}, "
            f"{len(report.findings)} findings"
        )
        print(
            f"  voice checks/s      {checks:10,.0f}  (median {checks_median:,.0f})"
            f"  = {1e6 / checks:6.1f} us/check"
        )
        print(
            f"  baseline ops/s      {base:10,.0f}  (median {base_median:,.0f})"
            f"  = {1e6 / base:6.1f} us/op   re.findall(r'\\w+', note)"
        )
        print(
            f"  ratio               {base / checks:10.1f}  (one check costs this many "
            "tokenisations)"
        )


if __name__ == "__main__":
    main()
