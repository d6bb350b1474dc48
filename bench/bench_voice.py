"""Voice-check throughput on one core, against a plain regex tokenisation of the same note.

Run by hand:  .venv/bin/python bench/bench_voice.py [--rounds 7] [--seconds 0.5]

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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=0.5, help="length of one round")
    args = parser.parse_args()

    pinned = _pin_one_core()
    print(f"machine: {platform.platform()}; CPU: {_cpu_model()}; {os.cpu_count()} logical CPUs")
    print(f"python: {platform.python_implementation()} {platform.python_version()}; {pinned}")
    word = re.compile(r"\w+")
    for name, note, scenario, terms in (
        ("calm follow_up", FOLLOW_UP, Scenario.FOLLOW_UP, ()),
        ("calm follow_up + known_terms", FOLLOW_UP, Scenario.FOLLOW_UP, KNOWN_TERMS),
        ("anxious recovery", ANXIOUS_RECOVERY, Scenario.RECOVERY, ()),
    ):
        # The first call warms the caches (pyphen dictionary, syllables, known-term pattern).
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
