"""What moving the voice check off the event loop costs per request, in-process.

Run by hand: `.venv/bin/python bench/bench_offload.py [--rounds 7] [--n 2000]`. For notes of
several sizes, times `check_message` called inline and through `off_loop` (a worker-thread hop,
app/offload.py), interleaved round by round; reports the best round of each (a shared
machine's noise only ever adds time) and the hop's cost in microseconds and as a share.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from starlette.concurrency import run_in_threadpool

from app.playbook.scenarios import Scenario
from app.playbook.voice import check_message
from bench.bench_http import NOTE

# Hedges, capitals and clause breaks in runs: the detectors' worst case we know.
HOSTILE_2K = ("MAYBE kind of, and I just think so!! " * 60)[:2_000]
NOTE_20K = (NOTE.split("Thanks again")[0] * 30)[:20_000]


def _check(text: str) -> object:
    return check_message(text, Scenario.FOLLOW_UP)


async def _round(text: str, n: int) -> tuple[float, float]:
    start = time.perf_counter()
    for _ in range(n):
        _check(text)
    inline = (time.perf_counter() - start) / n
    start = time.perf_counter()
    for _ in range(n):
        await run_in_threadpool(_check, text)
    hop = (time.perf_counter() - start) / n
    return inline, hop


async def main(rounds: int, n: int) -> None:
    print(f"# {platform.python_version()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    bare = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(n):
            await run_in_threadpool(int)
        bare = min(bare, (time.perf_counter() - start) / n)
    print(f"bare thread hop: {bare * 1e6:.0f} µs")
    print("| note | inline | via thread | hop | hop share |")
    print("| --- | --- | --- | --- | --- |")
    for label, text in [
        ("bench note (826 chars, inline)", NOTE),
        ("2,000 chars of hedges, capitals and runs (inline)", HOSTILE_2K),
        ("20,000 chars, no sign-off (thread)", NOTE_20K),
        ("'maybe' + 19,980 spaces + 'perhaps' (thread)", "maybe" + " " * 19_980 + "perhaps"),
    ]:
        count = max(20, n * len(NOTE) // len(text))
        best_inline, best_hop = float("inf"), float("inf")
        for _ in range(rounds):
            inline, hop = await _round(text, count)
            best_inline, best_hop = min(best_inline, inline), min(best_hop, hop)
        extra = best_hop - best_inline
        print(
            f"| {label} | {best_inline * 1e6:.0f} µs | {best_hop * 1e6:.0f} µs | "
            f"{extra * 1e6:+.0f} µs | {extra / best_inline:+.0%} |"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--n", type=int, default=500)
    args = parser.parse_args()
    asyncio.run(main(args.rounds, args.n))
