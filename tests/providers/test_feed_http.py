"""iCal feeds over HTTP against real servers: a Radicale collection served as a feed (ETag,
304), and local socket servers that misbehave — never answer, send 50 MB, inflate a small gzip
body into a huge one, redirect into the private network."""

from __future__ import annotations

import gzip
import ipaddress
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from app.calendar.model import EventStatus
from app.errors import PayloadTooLarge, ProviderError, ProviderUnavailable, ReauthRequired
from app.providers.calendars import open_calendar
from app.providers.ics_source import IcsCalendarSource
from app.providers.netguard import BlockedAddress, guarded_client
from tests.support.radicale import Radicale, interview_ics, radicale_server

ME = ["sam.okafor@example.com"]
TZ = "America/New_York"
LOOPBACK = [ipaddress.ip_network("127.0.0.1/32")]
START = datetime(2026, 12, 14, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def radicale() -> Iterator[Radicale]:
    with radicale_server() as server:
        yield server


# --- conditional GETs ---------------------------------------------------------------------


async def test_a_feed_with_an_etag_is_polled_with_if_none_match_and_304_reuses_it(
    radicale: Radicale,
) -> None:
    radicale.make_calendar("feed-etag")
    radicale.put_event("feed-etag", "loop-1", interview_ics("loop-1", start=START))
    calendar = open_calendar(radicale.feed_url("feed-etag"), allow_private=True)
    radicale.clear()

    first = await calendar.interviews(me=ME, timezone=TZ)
    assert calendar.changed
    assert [i.company for i in first] == ["Northwind"]

    second = await calendar.interviews(me=ME, timezone=TZ)
    assert not calendar.changed
    assert second == first
    gets = radicale.recorded("GET")
    assert [g.status for g in gets] == [200, 304]
    assert "If-None-Match" not in gets[0].headers
    assert gets[1].headers["If-None-Match"].startswith('"')

    # The interview moves: the feed's ETag changes, the next poll reads it again.
    moved = START + timedelta(days=1)
    radicale.put_event("feed-etag", "loop-1", interview_ics("loop-1", start=moved, sequence=1))
    third = await calendar.interviews(me=ME, timezone=TZ)
    assert calendar.changed
    assert [i.start for i in third] == [moved]
    assert [g.status for g in radicale.recorded("GET")] == [200, 304, 200]
    await calendar.aclose()


async def test_a_feed_with_only_last_modified_is_polled_with_if_modified_since() -> None:
    body = interview_ics("loop-2", start=START).encode()
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        stamp = "Mon, 07 Dec 2026 10:00:00 GMT"
        if request.headers.get("if-modified-since") == stamp:
            return httpx.Response(304)
        return httpx.Response(200, headers={"Last-Modified": stamp}, content=body)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        calendar = open_calendar("https://cal.example/basic.ics", http=http)
        assert len(await calendar.interviews(me=ME, timezone=TZ)) == 1
        assert calendar.changed
        assert len(await calendar.interviews(me=ME, timezone=TZ)) == 1
        assert not calendar.changed
    assert "if-modified-since" not in seen[0].headers
    assert "if-none-match" not in seen[1].headers


async def test_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    path.write_text(interview_ics("loop-3", start=START))
    calendar = open_calendar(str(path))
    assert len(await calendar.interviews(me=ME, timezone=TZ)) == 1
    assert calendar.changed
    assert len(await calendar.interviews(me=ME, timezone=TZ)) == 1
    assert not calendar.changed
    path.write_text(interview_ics("loop-3", start=START, status="CANCELLED"))
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))  # a new mtime on any clock
    found = await calendar.interviews(me=ME, timezone=TZ)
    assert calendar.changed
    assert [i.status for i in found] == [EventStatus.CANCELLED]


# --- local misbehaving servers -------------------------------------------------------------


class RawServer:
    """A TCP server on 127.0.0.1 running `handle(conn, request_head)` per connection."""

    def __init__(self, handle: Callable[[socket.socket, bytes], None]) -> None:
        self.handle = handle
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self.sent = 0
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._loop, daemon=True)
        self._accept.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            thread = threading.Thread(target=self._one, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            head = b""
            try:
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                self.handle(conn, head)
            except OSError:
                return  # the client gave up: that is what the tests want to see

    def send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)
        self.sent += len(data)

    def close(self) -> None:
        self._stop.set()
        self._accept.join(5)
        self.sock.close()
        for thread in self._threads:
            thread.join(12)


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[socket.socket, bytes], None]], RawServer]]:
    servers: list[RawServer] = []

    def start(handle: Callable[[socket.socket, bytes], None]) -> RawServer:
        server = RawServer(handle)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


async def test_a_feed_that_never_answers_times_out(
    serve: Callable[[Callable[[socket.socket, bytes], None]], RawServer],
) -> None:
    released = threading.Event()

    def silent(conn: socket.socket, head: bytes) -> None:
        released.wait(10)

    server = serve(silent)
    try:
        source = IcsCalendarSource(f"{server.url}/cal.ics", allow_private=True, timeout=0.5)
        with pytest.raises(ProviderUnavailable, match="did not answer"):
            await source.fetch()
        assert server.connections == 1
    finally:
        released.set()


async def test_a_50_mb_feed_is_refused_after_max_bytes_not_after_the_download(
    serve: Callable[[Callable[[socket.socket, bytes], None]], RawServer],
) -> None:
    total = 50 * 1024 * 1024
    chunk = b"X" * 65536

    def endless(conn: socket.socket, head: bytes) -> None:
        # No Content-Length: the size is only known by reading.
        server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\n")
        server.send(conn, b"Connection: close\r\n\r\nBEGIN:VCALENDAR\r\n")
        while server.sent < total:
            server.send(conn, chunk)

    server = serve(endless)
    max_bytes = 1024 * 1024
    source = IcsCalendarSource(f"{server.url}/big.ics", allow_private=True, max_bytes=max_bytes)
    with pytest.raises(PayloadTooLarge):
        await source.fetch()
    assert 0 < source.bytes_read <= max_bytes + 65536  # at most one network read past the cap
    server.close()
    assert server.sent < total // 2  # the server was cut off, not read to the end


async def test_a_declared_50_mb_feed_is_refused_before_its_body(
    serve: Callable[[Callable[[socket.socket, bytes], None]], RawServer],
) -> None:
    def declared(conn: socket.socket, head: bytes) -> None:
        server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Length: 52428800\r\n\r\n")
        server.send(conn, b"BEGIN:VCALENDAR\r\n" * 4096)

    server = serve(declared)
    source = IcsCalendarSource(f"{server.url}/big.ics", allow_private=True)
    with pytest.raises(PayloadTooLarge):
        await source.fetch()
    assert source.bytes_read == 0


async def test_a_small_gzip_body_is_not_inflated_past_max_bytes(
    serve: Callable[[Callable[[socket.socket, bytes], None]], RawServer],
) -> None:
    bomb = gzip.compress(b"BEGIN:VCALENDAR\r\n" + b"\0" * (50 * 1024 * 1024))
    assert len(bomb) < 100_000

    def compressed(conn: socket.socket, head: bytes) -> None:
        server.send(
            conn,
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n"
            + f"Content-Length: {len(bomb)}\r\n\r\n".encode()
            + bomb,
        )

    server = serve(compressed)
    source = IcsCalendarSource(f"{server.url}/cal.ics", allow_private=True, max_bytes=1 << 20)
    with pytest.raises(PayloadTooLarge):
        await source.fetch()


async def test_a_gzip_feed_is_read(
    serve: Callable[[Callable[[socket.socket, bytes], None]], RawServer],
) -> None:
    body = gzip.compress(interview_ics("loop-4", start=START).encode())

    def compressed(conn: socket.socket, head: bytes) -> None:
        assert b"gzip" in head.lower()
        server.send(
            conn,
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n"
            + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body,
        )

    server = serve(compressed)
    found = await IcsCalendarSource(f"{server.url}/cal.ics", allow_private=True).interviews(
        me=ME, timezone=TZ
    )
    assert [i.company for i in found] == ["Northwind"]


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.5/cal.ics",
        "http://169.254.169.254/latest/meta-data/",
        "http://0xa9fea9fe/latest/meta-data/",  # the metadata address in hex
        "http://167772161/cal.ics",  # 10.0.0.1 in decimal
        "http://[::ffff:169.254.169.254]/",
        "http://[fd00::1]/cal.ics",
        "http://metadata.test/computeMetadata/v1/",  # resolves to one public, one private
        "http://localhost:{port}/cal.ics",  # loopback under another name: not exempt
    ],
)
async def test_a_redirect_into_the_private_network_is_refused(
    serve: Callable[[Callable[[socket.socket, bytes], None]], RawServer], target: str
) -> None:
    def redirect(conn: socket.socket, head: bytes) -> None:
        location = target.format(port=server.port)
        server.send(
            conn,
            f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n"
            "Connection: close\r\n\r\n".encode(),
        )

    server = serve(redirect)

    async def resolver(host: str, port: int) -> list[str]:
        table = {
            "feed.test": ["127.0.0.1"],
            "metadata.test": ["93.184.216.34", "169.254.169.254"],
            "localhost": ["::1"],
        }
        return table[host]

    # The first hop is the test's own server (exempted); each later hop is checked again.
    async with guarded_client(resolver=resolver, exempt=LOOPBACK) as http:
        source = IcsCalendarSource(f"http://feed.test:{server.port}/cal.ics", http=http)
        with pytest.raises(BlockedAddress):
            await source.fetch()
    assert server.connections == 1
    assert source.requests == 2


async def test_a_feed_on_localhost_needs_allow_private(
    serve: Callable[[Callable[[socket.socket, bytes], None]], RawServer],
) -> None:
    body = interview_ics("loop-5", start=START).encode()

    def ok(conn: socket.socket, head: bytes) -> None:
        server.send(
            conn,
            f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body,
        )

    server = serve(ok)
    refused = open_calendar(f"{server.url}/cal.ics")
    with pytest.raises(ProviderError, match="loopback"):
        await refused.interviews(me=ME, timezone=TZ)
    assert server.connections == 0
    allowed = open_calendar(f"{server.url}/cal.ics", allow_private=True)
    assert len(await allowed.interviews(me=ME, timezone=TZ)) == 1
    assert server.connections == 1


async def test_webcal_and_secret_feed_addresses_keep_their_secret_out_of_messages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404)

    secret = "webcal://calendar.google.com/calendar/ical/sam%40example.com/private-0123456789abcdef/basic.ics"
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        calendar = open_calendar(secret, http=http)
        with pytest.raises(ProviderError) as caught:
            await calendar.interviews(me=ME, timezone=TZ)
    assert "0123456789abcdef" not in str(caught.value.detail)
    assert calendar.subject.startswith("https://calendar.google.com/calendar/ical/sam%40example")
    assert "0123456789abcdef" not in calendar.subject  # the watcher logs it, the store keeps it


@pytest.mark.parametrize(
    ("url", "token"),
    [
        (
            "https://outlook.office365.com/owa/calendar/4f1c2d3e9a8b7c6d@contoso.com/"
            "a1b2c3d4e5f60718293a4b5c6d7e8f90/calendar.ics",
            "a1b2c3d4e5f60718293a4b5c6d7e8f90",
        ),
        ("webcal://p42-caldav.icloud.com/published/2/MTIzNDU2Nzg5MTIzNDU2N2abcDEF", "MTIzNDU2"),
        ("https://user.fm/calendar/v1-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d/Calendar.ics", "0a1b2c3d"),
        ("https://cal.example/feed.ics?token=s3cr3t", "s3cr3t"),
    ],
)
def test_published_calendar_tokens_stay_out_of_the_subject(url: str, token: str) -> None:
    subject = open_calendar(url).subject
    assert token not in subject
    other = open_calendar(url.replace(token, token[::-1])).subject
    assert other != subject  # two tokens, two calendars
    assert open_calendar(url).subject == subject  # stable


async def test_a_feed_password_that_is_refused_is_reauth_and_a_plain_403_is_not() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(401 if "authorization" in request.headers else 403)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        with pytest.raises(ReauthRequired) as caught:
            await open_calendar("https://sam:wrong@cal.example/cal.ics", http=http).interviews(
                me=ME, timezone=TZ
            )
        assert "wrong" not in str(caught.value.detail)
        with pytest.raises(ProviderError) as plain:
            await open_calendar("https://cal.example/cal.ics", http=http).interviews(
                me=ME, timezone=TZ
            )
        assert not isinstance(plain.value, ReauthRequired)
    assert seen[0] is not None and seen[0].startswith("Basic ")
    assert seen[1] is None


async def test_a_redirect_from_https_to_plain_http_is_refused() -> None:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.scheme == "https":
            return httpx.Response(302, headers={"location": "http://cal.example/cal.ics"})
        return httpx.Response(200, text="BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        with pytest.raises(ProviderError, match="from https to plain http"):
            await open_calendar("https://cal.example/cal.ics", http=http).interviews(
                me=ME, timezone=TZ
            )
    assert requested == ["https://cal.example/cal.ics"]  # the http address was never asked
