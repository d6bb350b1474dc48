"""Auto-drafts live: lag from an interview slot's end to its draft in the mailbox.

The real app (production mode) and the worker's two loops (calendar sync + delivery) run with
the DEFAULT polling settings (RIGHTNOTE_SYNC_POLL_SECONDS = 1 s, RIGHTNOTE_WORKER_POLL_SECONDS =
5 s, sweep 300 s) against the fake Google (Calendar + Gmail, on loopback, driven by
google-api-python-client) and the fake Microsoft Graph (in-process, our httpx client + msal).
Interviews are put in the fake calendars with their slots ending during the run; each creation
is pushed to our webhook as Google / Graph would. lag = time the draft is first seen in the fake
mailbox - the slot's end. Reported per provider: p50 / p99 / max (target: within 60 s).

`--lost N` then adds N interviews per provider whose notifications are all lost (a webhook
down), each ending 5 s after it appears, with the sweep at `--sweep` seconds: their lag is
bounded by the sweep interval, not by any notification.

Run by hand: `.venv/bin/python bench/bench_sync.py [--interviews 30] [--window 60]`.
SQLite in a temporary directory unless `--database postgresql+asyncpg://...` (an empty
database; the bench migrates it).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.autodraft.delivery import DeliveryDefaults  # noqa: E402
from app.autodraft.worker import Worker  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store.migrations import run_migrations  # noqa: E402
from tests.fakes.microsoft_identity import ALICE  # noqa: E402
from tests.support.live import LiveEnv, google_interview, graph_interview, live_env  # noqa: E402

DEFAULTS = Settings()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def report(name: str, lags: list[float]) -> str:
    if not lags:
        return f"{name}: no drafts"
    return (
        f"{name}: n={len(lags)}  p50={statistics.median(lags):.2f} s  "
        f"p99={percentile(lags, 0.99):.2f} s  max={max(lags):.2f} s"
    )


async def watch_mailboxes(env: LiveEnv, seen: dict[str, float], stop: asyncio.Event) -> None:
    """First time each recipient's draft is in a mailbox (one interviewer per interview)."""
    while not stop.is_set():
        now = time.time()
        # The Google fake runs in the loopback server's thread: copy before iterating.
        for draft in list(env.google.drafts.values()):
            seen.setdefault(str(draft.message["To"].addresses[0].addr_spec), now)
        for message in list(env.graph.drafts_of(ALICE)):
            for recipient in message.data.get("toRecipients", []):
                seen.setdefault(recipient["emailAddress"]["address"], now)
        await asyncio.sleep(0.01)


async def scenario(env: LiveEnv, args: argparse.Namespace) -> dict[str, list[float]]:
    assert (await env.connect_google()).status_code == 200
    assert (await env.connect_microsoft()).status_code == 200
    await env.settle()
    stop = asyncio.Event()
    worker = Worker(
        env.database,
        env.registry,
        defaults=DeliveryDefaults(timezone="UTC"),
        poll_seconds=DEFAULTS.worker_poll_seconds,
    )
    seen: dict[str, float] = {}
    tasks = [
        asyncio.create_task(env.sync.run(stop)),
        asyncio.create_task(worker.run(stop)),
        asyncio.create_task(watch_mailboxes(env, seen, stop)),
    ]
    ends: dict[str, tuple[str, datetime]] = {}  # recipient -> (kind, slot end)

    async def add(i: int, end: datetime, kind: str, *, push: bool) -> None:
        g_mail, m_mail = f"dana.{i}@litware.example", f"priya.{i}@northwind.example"
        env.google.add_event(
            google_interview(
                f"g{i}",
                end - timedelta(minutes=45),
                end,
                people=((f"Dana Lee {i}", g_mail, "Engineering Manager"),),
            )
        )
        event = graph_interview(f"AAMk{i}", end - timedelta(minutes=45), end)
        event["attendees"] = [
            event["attendees"][0],
            {
                "type": "required",
                "status": {"response": "none", "time": "0001-01-01T00:00:00Z"},
                "emailAddress": {"name": f"Priya Raman {i}", "address": m_mail},
            },
        ]
        env.graph.add_event(ALICE, event)
        ends[g_mail] = (f"google/{kind}", end)
        ends[m_mail] = (f"microsoft/{kind}", end)
        if push:
            await env.google.notify(env.webhooks)
            await env.graph.notify_change(ALICE, event["id"], "created")

    async def arrived(deadline: float) -> None:
        # Polled against a deadline: a draft that never comes must not hang the bench.
        while len(seen) < len(ends) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)

    # Phase 1: every creation is pushed; slots end over `window` seconds after `lead`.
    start_at = datetime.now(UTC) + timedelta(seconds=args.lead)
    for i in range(args.interviews):
        end = start_at + timedelta(seconds=args.window * i / max(1, args.interviews - 1))
        await add(i, end, "pushed", push=True)
        await asyncio.sleep(0.05)
    await arrived(time.monotonic() + args.lead + args.window + 120)
    # Phase 2: no notification at all (a webhook down); each slot ends 5 s after it was made,
    # spread over two sweep intervals: only the sweep can find them.
    for n in range(args.lost):
        end = datetime.now(UTC) + timedelta(seconds=5)
        await add(args.interviews + n, end, "lost", push=False)
        await asyncio.sleep(2 * args.sweep / max(1, args.lost))
    await arrived(time.monotonic() + 2 * args.sweep + 60)
    stop.set()
    await asyncio.gather(*tasks)
    lags: dict[str, list[float]] = {}
    for recipient, (kind, end) in ends.items():
        if recipient in seen:
            lags.setdefault(kind, []).append(seen[recipient] - end.timestamp())
    missing = len(ends) - len(seen)
    if missing:
        print(f"MISSING: {missing} drafts never arrived")
    return lags


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interviews", type=int, default=30, help="per provider, pushed")
    parser.add_argument("--lost", type=int, default=0, help="per provider, notification lost")
    parser.add_argument("--window", type=float, default=60.0, help="slot ends spread over (s)")
    parser.add_argument("--lead", type=float, default=20.0, help="first slot ends after (s)")
    parser.add_argument("--sweep", type=float, default=DEFAULTS.sync_sweep_seconds)
    parser.add_argument("--database", default=None)
    args = parser.parse_args()
    os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        if args.database:
            await run_migrations(url)  # PostgreSQL is migrated by a job, never on start
        async with live_env(
            Path(tmp), url, sync_poll=DEFAULTS.sync_poll_seconds, sync_sweep_seconds=args.sweep
        ) as env:
            lags = await scenario(env, args)
    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(
        f"settings: sync poll {DEFAULTS.sync_poll_seconds:g} s, worker poll "
        f"{DEFAULTS.worker_poll_seconds:g} s, sweep {args.sweep:g} s; database "
        f"{'PostgreSQL' if args.database else 'SQLite'}"
    )
    for kind in sorted(lags):
        print(report(kind, lags[kind]))


if __name__ == "__main__":
    asyncio.run(main())
