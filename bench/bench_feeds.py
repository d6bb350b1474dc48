"""The cost of one calendar poll (issue 19): a 1,000-event iCal feed and a 1,000-event CalDAV
collection, first poll against the polls that follow, each beside a baseline of the same run.

1. Feed: bench_calendar's 1,000-VEVENT .ics served by a local HTTP server with an ETag.
   Poll 1 downloads and parses (200); poll 2 is a conditional GET answered 304; poll 3 after
   the ETag changed downloads and parses again. Baseline: `extract_interviews` on the same
   bytes in-process (the parse alone), so "poll ÷ parse" says what the HTTP side adds.
2. CalDAV: the same 1,000 events as 1,000 resources in a real Radicale. Poll 1 is a full sync;
   poll 2 nothing changed (one REPORT with the sync-token); poll 3 one event moved. Client CPU
   is measured with the client talking to Radicale directly; the bytes on the wire with the
   client going through the recording proxy of tests/support/radicale.py (a second calendar
   object, same polls). Baseline: the full-sync poll of the same run.

CPU time is `time.process_time()` of this process (worker threads included; Radicale runs in
its own process and is not counted); wall time beside it. Best of `--repeat` for the feed.

Run by hand: `.venv/bin/python bench/bench_feeds.py [--events 1000] [--repeat 5]`.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import re
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.calendar.interviews import extract_interviews  # noqa: E402
from app.providers.caldav_source import CalDavCalendar  # noqa: E402
from app.providers.ics_source import IcsCalendarSource  # noqa: E402
from bench.bench_calendar import ics_file, machine  # noqa: E402

ME = ["alex.morgan@gmail.com"]
TZ = "America/New_York"


class FeedServer:
    """Serves one body with a strong ETag; answers If-None-Match with 304; counts bytes."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.sent = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                return

            def do_GET(self) -> None:
                etag = '"' + hashlib.sha256(server.body).hexdigest()[:16] + '"'
                fresh = self.headers.get("If-None-Match") == etag
                payload = b"" if fresh else server.body
                self.send_response(304 if fresh else 200)
                self.send_header("ETag", etag)
                self.send_header("Content-Type", "text/calendar")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                server.sent += len(payload)

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/feed.ics"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


async def timed(fn: Callable[[], Awaitable[Any]]) -> tuple[float, float, Any]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = await fn()
    return time.process_time() - cpu, time.perf_counter() - wall, result


async def feed_bench(events: int, repeat: int) -> None:
    body = ics_file(events)
    found = extract_interviews(body, format="ics", me=ME, timezone=TZ)
    base = min(
        [
            (
                await timed(
                    lambda: asyncio.to_thread(
                        extract_interviews, body, format="ics", me=ME, timezone=TZ
                    )
                )
            )[0]
            for _ in range(repeat)
        ]
    )
    server = FeedServer(body)
    rows: dict[str, list[tuple[float, float, int, int]]] = {"200": [], "304": [], "changed": []}
    try:
        for round_ in range(repeat):
            server.body = body
            source = IcsCalendarSource(server.url, allow_private=True)
            for label in ("200", "304", "changed"):
                if label == "changed":
                    server.body = body.replace(b"Dentist 2", f"Dentist {round_}x".encode())
                before = server.sent
                cpu, wall, result = await timed(
                    lambda: source.interviews(me=ME, timezone=TZ)  # noqa: B023 - called now
                )
                assert source.changed == (label != "304"), label
                rows[label].append((cpu, wall, server.sent - before, len(result)))
    finally:
        server.close()
    print(f"\n## Feed: {events} VEVENTs, {len(body) / 1024:.0f} KiB, {len(found)} interviews")
    print(f"baseline extract_interviews alone: {base * 1000:.1f} ms CPU")
    print("| poll | CPU ms (best) | wall ms | body bytes | interviews | CPU ÷ parse |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, name in (
        ("200", "first (200)"),
        ("304", "unchanged (304)"),
        ("changed", "ETag changed (200)"),
    ):
        best = min(rows[label])
        print(
            f"| {name} | {best[0] * 1000:.1f} | {best[1] * 1000:.1f} | {best[2]:,} | {best[3]} "
            f"| {best[0] / base:.3f} |"
        )


def resources(events: int) -> list[tuple[str, str]]:
    """bench_calendar's .ics split into one resource per UID, as a CalDAV server holds it."""
    text = ics_file(events).decode()
    head = text[: text.index("BEGIN:VEVENT")]
    blocks = re.findall(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", text, flags=re.S)
    out = []
    for block in blocks:
        uid = re.search(r"UID:([^\r\n]+)", block)
        assert uid is not None
        out.append((uid.group(1).split("@")[0], head + block + "END:VCALENDAR\r\n"))
    return out


async def caldav_bench(events: int) -> None:
    from tests.support.radicale import radicale_server

    items = resources(events)
    with radicale_server() as server:
        server.make_calendar("bench")
        for uid, ics in items:
            server.put_event("bench", uid, ics)
        direct = f"caldav+http://{server.user}@127.0.0.1:{server.backend_port}/{server.user}/bench/"
        proxied = server.caldav_location("bench")
        results: dict[str, dict[str, Any]] = {}
        for kind, location in (("cpu", direct), ("wire", proxied)):
            calendar = CalDavCalendar(location, password=server.password, allow_private=True)
            for step in ("full", "unchanged", "one moved"):
                if step == "one moved":
                    uid, ics = items[0]
                    moved = ics.replace("T090000", "T083000", 1)
                    server.put_event("bench", uid, moved if kind == "cpu" else ics)
                server.clear()
                cpu, wall, found = await timed(lambda: calendar.interviews(me=ME, timezone=TZ))  # noqa: B023
                row = results.setdefault(step, {})
                if kind == "cpu":
                    row.update(cpu=cpu, wall=wall, found=len(found), changed=calendar.changed)
                else:
                    recorded = server.recorded()
                    row.update(
                        requests=len(recorded),
                        down=sum(r.response_bytes for r in recorded),
                        up=sum(len(r.body) for r in recorded),
                    )
            await calendar.aclose()
    base = results["full"]["cpu"]
    print(f"\n## CalDAV: {len(items)} resources in Radicale")
    print(
        "| poll | client CPU ms | wall ms | requests | bytes down | bytes up | changed "
        "| interviews | CPU ÷ full sync |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
    for step, row in results.items():
        print(
            f"| {step} | {row['cpu'] * 1000:.1f} | {row['wall'] * 1000:.1f} | {row['requests']} "
            f"| {row['down']:,} | {row['up']:,} | {row['changed']} | {row['found']} "
            f"| {row['cpu'] / base:.3f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-caldav", action="store_true")
    args = parser.parse_args()
    print(machine().replace(" (pinned to one)", ""))
    asyncio.run(feed_bench(args.events, args.repeat))
    if not args.skip_caldav:
        asyncio.run(caldav_bench(args.events))


if __name__ == "__main__":
    main()
