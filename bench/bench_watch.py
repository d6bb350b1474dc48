"""`rightnote watch`: slot end -> draft in real Dovecot's Drafts, and the cost of one feed poll.

(a) Latency, with the watcher's default interval (30 s), real Radicale (CalDAV) in and real
    Dovecot out, wall clock (no simulated time). Many interviews end at random moments spread
    over several intervals, so their ends fall at random phases of the poll cycle; a thread
    watches Dovecot's Maildir and notes when each draft appears. latency = appeared - slot end.
    Two cases:
    - planned: the interview is in the calendar ahead of its end (the normal case). The watcher
      sleeps until the next due time (not the next poll), so the interval does not enter.
    - late: each interview is put into the calendar only at its end (an invite accepted after
      the fact, a calendar server that lags). The next poll sees it, so the interval enters
      as a uniform 0..interval wait.
(b) One poll of a 1,000-event iCal feed from a local HTTP server in another process
    (`python -m http.server`: Last-Modified, If-Modified-Since -> 304): CPU ms of this process
    and bytes received, for an unchanged feed (304) and a changed one (200 + parse), next to
    the baseline of reading the same .ics from a file (first read, and unchanged).

Run by hand, as root (Dovecot): `.venv/bin/python bench/bench_watch.py [--planned 40]
[--late 30] [--window 75] [--events 1000]`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INTERVAL = 30.0  # the watcher's default (app/cli/config_file.py DEFAULT_INTERVAL)
ME = "sam.okafor@example.com"


def event(uid: str, end: datetime, interviewer: str) -> str:
    stamp = "%Y%m%dT%H%M%SZ"
    start = end - timedelta(minutes=45)
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//RightNote bench//EN",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20261201T120000Z",
            f"DTSTART:{start.astimezone(UTC).strftime(stamp)}",
            f"DTEND:{end.astimezone(UTC).strftime(stamp)}",
            f"SUMMARY:Interview with Northwind - Backend Engineer ({uid})",
            "ORGANIZER;CN=Leah Park:mailto:leah.park@northwind.example",
            f"ATTENDEE;CN=Sam Okafor;PARTSTAT=ACCEPTED:mailto:{ME}",
            f"ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:{interviewer}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


class Seen:
    """When each draft (by its To address) first appeared in Dovecot's Drafts folder."""

    def __init__(self, dovecot: Any) -> None:
        self.dovecot = dovecot
        self.first: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Seen:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        known: set[Path] = set()
        while not self._stop.is_set():
            for path in self.dovecot.files("Drafts"):
                if path in known:
                    continue
                try:
                    raw = path.read_bytes()
                except OSError:
                    continue  # renamed (flags) between listing and reading
                known.add(path)
                to = message_from_bytes(raw, policy=policy.default)["To"]
                address = to.addresses[0].addr_spec if to is not None else ""
                self.first.setdefault(address, time.time())
            self._stop.wait(0.02)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


async def latency(case: str, count: int, window: float) -> dict[str, Any]:
    from app.autodraft.watch import Watcher
    from app.providers.calendars import open_calendar
    from app.providers.imap import ImapMailbox, parse_imap_url
    from app.settings import Settings
    from app.store.db import open_database
    from tests.support.dovecot import dovecot_server
    from tests.support.radicale import radicale_server

    data = Path(tempfile.mkdtemp(prefix="bench-watch-"))
    os.environ["RIGHTNOTE_DATA_DIR"] = str(data)
    os.environ.pop("RIGHTNOTE_DATABASE_URL", None)
    with radicale_server() as radicale, dovecot_server() as dovecot:
        radicale.make_calendar("work")
        lead = 8.0  # the first end comes after the watcher's first pass
        t0 = time.time() + lead
        ends = {
            # Whole seconds: DTEND has no fractions, so the slot ends exactly there.
            f"i{n}@northwind.example": float(int(t0 + random.uniform(0, window)))
            for n in range(count)
        }
        uids = {address: f"bench-{n}" for n, address in enumerate(ends)}

        def at(ts: float) -> datetime:
            return datetime.fromtimestamp(ts, UTC)

        if case == "planned":
            for address, end in ends.items():
                radicale.put_event("work", uids[address], event(uids[address], at(end), address))
        stop_putting = threading.Event()

        def put_at_end() -> None:
            for address, end in sorted(ends.items(), key=lambda kv: kv[1]):
                if stop_putting.wait(max(end - time.time(), 0)):
                    return
                radicale.put_event("work", uids[address], event(uids[address], at(end), address))

        putter = threading.Thread(target=put_at_end, daemon=True)
        database = await open_database(Settings())
        source = open_calendar(
            radicale.caldav_location("work"), allow_private=True, caldav_password=radicale.password
        )
        account = parse_imap_url(f"imap://{dovecot.user}@127.0.0.1:{dovecot.port}")
        watcher = Watcher(
            database,
            source,
            me=[ME],
            timezone="UTC",
            imap=ImapMailbox(account, dovecot.password),
            interval=INTERVAL,
        )
        with Seen(dovecot) as seen:
            if case == "late":
                putter.start()
            task = asyncio.create_task(watcher.run())
            deadline = t0 + window + INTERVAL + 30
            while len(seen.first) < count and time.time() < deadline:  # noqa: ASYNC110
                await asyncio.sleep(0.2)  # the Maildir is watched by a thread, not an event
            watcher.stop()
            await task
            stop_putting.set()
        await watcher.imap.close()
        await source.aclose()
        await database.dispose()
    lat = [seen.first[a] - end for a, end in ends.items() if a in seen.first]
    return {
        "case": case,
        "drafts": len(lat),
        "expected": count,
        "passes": watcher.passes,
        "p50": statistics.median(lat) if lat else float("nan"),
        "p99": percentile(lat, 99) if lat else float("nan"),
        "max": max(lat) if lat else float("nan"),
    }


# --- (b) one poll of a 1,000-event feed ---------------------------------------------------------


def big_calendar(events: int) -> str:
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    body = []
    for n in range(events):
        text = event(f"feed-{n}", start + timedelta(hours=n), f"p{n}@northwind.example")
        body.append(text.split("BEGIN:VEVENT", 1)[1].split("END:VEVENT", 1)[0])
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//RightNote bench//EN\r\n"
    return head + "".join(f"BEGIN:VEVENT{b}END:VEVENT\r\n" for b in body) + "END:VCALENDAR\r\n"


@contextmanager
def http_server(folder: Path) -> Iterator[str]:
    from tests.support.dovecot import free_port

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import socket

        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


class Counting:
    """An httpx transport that counts the bytes of each response (status line and headers as
    the server sent them are approximated by the parsed headers; the body exactly)."""

    def __init__(self) -> None:
        import httpx

        self.inner = httpx.AsyncHTTPTransport()
        self.received = 0

    async def handle_async_request(self, request: Any) -> Any:
        import httpx

        response = await self.inner.handle_async_request(request)
        head = sum(len(k) + len(v) + 4 for k, v in response.headers.raw) + 17
        body = await response.aread()
        self.received += head + len(body)
        return httpx.Response(
            response.status_code, headers=response.headers, content=body, request=request
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


async def poll_cost(events: int, rounds: int) -> dict[str, Any]:
    import httpx

    from app.providers.calendars import open_calendar

    folder = Path(tempfile.mkdtemp(prefix="bench-feed-"))
    path = folder / "calendar.ics"
    path.write_text(big_calendar(events))
    size = path.stat().st_size
    results: dict[str, Any] = {"events": events, "size": size}

    async def one(source: Any) -> tuple[float, bool]:
        began = time.process_time()
        await source.interviews(me=[ME], timezone="UTC")
        return (time.process_time() - began) * 1000, bool(source.changed)

    def bump() -> None:
        # A changed feed: one event's summary edited, and a newer mtime (Last-Modified).
        data = path.read_bytes().replace(b"(feed-0", f"(feed-0 {time.time_ns()}".encode(), 1)
        path.write_bytes(data)
        later = time.time() + 2
        os.utime(path, (later, later))

    with http_server(folder) as base:
        counting = Counting()
        client = httpx.AsyncClient(transport=counting)  # type: ignore[arg-type]
        feed = open_calendar(f"{base}/calendar.ics", allow_private=True, http=client)
        file = open_calendar(str(path))
        changed_ms, unchanged_ms, changed_bytes, unchanged_bytes = [], [], [], []
        file_first_ms, file_same_ms = [], []
        for _ in range(rounds):
            bump()
            counting.received = 0
            ms, changed = await one(feed)
            assert changed
            changed_ms.append(ms)
            changed_bytes.append(counting.received)
            counting.received = 0
            ms, changed = await one(feed)
            assert not changed, "the feed was expected to answer 304"
            unchanged_ms.append(ms)
            unchanged_bytes.append(counting.received)
            ms, changed = await one(file)
            assert changed
            file_first_ms.append(ms)
            ms, changed = await one(file)
            assert not changed
            file_same_ms.append(ms)
        await feed.aclose()
        await file.aclose()
        await client.aclose()
    results.update(
        feed_changed_ms=statistics.median(changed_ms),
        feed_unchanged_ms=statistics.median(unchanged_ms),
        feed_changed_bytes=statistics.median(changed_bytes),
        feed_unchanged_bytes=statistics.median(unchanged_bytes),
        file_changed_ms=statistics.median(file_first_ms),
        file_unchanged_ms=statistics.median(file_same_ms),
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--planned", type=int, default=40)
    parser.add_argument("--late", type=int, default=30)
    parser.add_argument("--window", type=float, default=75.0)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    cost = asyncio.run(poll_cost(args.events, args.rounds))
    print(
        f"(b) {cost['events']} events, {cost['size']} bytes: "
        f"feed changed {cost['feed_changed_ms']:.1f} ms CPU / {cost['feed_changed_bytes']} B; "
        f"feed unchanged (304) {cost['feed_unchanged_ms']:.1f} ms / "
        f"{cost['feed_unchanged_bytes']} B; file first read {cost['file_changed_ms']:.1f} ms; "
        f"file unchanged {cost['file_unchanged_ms']:.1f} ms "
        f"(medians of {args.rounds}; changed feed / file = "
        f"{cost['feed_changed_ms'] / cost['file_changed_ms']:.2f})"
    )
    for case, count in (("planned", args.planned), ("late", args.late)):
        if count <= 0:
            continue
        r = asyncio.run(latency(case, count, args.window))
        print(
            f"(a) {r['case']}: {r['drafts']}/{r['expected']} drafts, {r['passes']} passes, "
            f"interval {INTERVAL:g} s: slot end -> visible p50 {r['p50']:.2f} s, "
            f"p99 {r['p99']:.2f} s, max {r['max']:.2f} s"
        )


if __name__ == "__main__":
    main()
