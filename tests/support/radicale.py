"""A real Radicale CalDAV server for tests: started as a subprocess from PyPI's radicale, with a
temp storage folder, a free port and an htpasswd user; stopped at teardown.

    with radicale_server() as server:
        server.make_calendar("work")                       # MKCALENDAR /sam/work/
        server.put_event("work", "uid-1", ics_text)        # PUT /sam/work/uid-1.ics
        server.delete_event("work", "uid-1")
        server.caldav_location("work")   # caldav+http://sam@127.0.0.1:PORT/sam/work/
        server.password
        server.feed_url("work")          # the collection as one iCal feed over HTTP (ETag, 304)
        server.requests                  # what clients sent (method, path, body, status)

Clients talk to a small recording proxy in front of Radicale (`port`), so a test can observe
what really went over the wire (a sync-collection REPORT with or without a token, a 304 to a
conditional GET). The proxy also serves `/feed/<user>/<calendar>/`: the collection fetched from
Radicale, with a strong ETag and Last-Modified, answering If-None-Match / If-Modified-Since
with 304 — the way a published calendar address behaves.

Without radicale (or when it cannot start) the tests skip with the reason, unless
RIGHTNOTE_REQUIRE_RADICALE=1 (CI) makes that a failure.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

USER = "sam"
PASSWORD = "correct horse battery staple"  # a throwaway test account
REQUIRE_ENV = "RIGHTNOTE_REQUIRE_RADICALE"


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    body: bytes
    status: int
    headers: dict[str, str]
    response_bytes: int = 0  # the response body's length


@dataclass
class Radicale:
    root: Path
    backend_port: int
    port: int = 0
    user: str = USER
    password: str = PASSWORD
    process: subprocess.Popen[bytes] | None = None
    requests: list[Recorded] = field(default_factory=list)
    # Answer a refused sync-token the way Xandikos and CCS answer a malformed one: a bare 500,
    # no DAV:valid-sync-token (caldav's compatibility hints, sync-token.invalid-token).
    token_refusal_as_500: bool = False
    # Answer every sync-collection REPORT with 500, token or not: a server that is broken.
    reports_fail: bool = False
    _proxy: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- addresses -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def collection_path(self, calendar: str) -> str:
        return f"/{self.user}/{calendar}/"

    def collection_url(self, calendar: str) -> str:
        return self.base_url + self.collection_path(calendar)

    def caldav_location(self, calendar: str, *, user: str | None = None) -> str:
        return f"caldav+http://{user or self.user}@127.0.0.1:{self.port}/{self.user}/{calendar}/"

    def feed_url(self, calendar: str) -> str:
        return f"{self.base_url}/feed{self.collection_path(calendar)}"

    # --- putting things into the store (straight to Radicale, not recorded) ----------------

    def _backend(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        conn = http.client.HTTPConnection("127.0.0.1", self.backend_port, timeout=30)
        try:
            conn.request(
                method,
                path,
                body=body,
                headers={"Authorization": f"Basic {token}", **(headers or {})},
            )
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def make_calendar(self, calendar: str) -> None:
        status, _, body = self._backend("MKCALENDAR", self.collection_path(calendar))
        if status not in (201, 200):
            raise RuntimeError(f"MKCALENDAR answered {status}: {body[:300]!r}")

    def put_event(self, calendar: str, uid: str, ics: str) -> None:
        status, _, body = self._backend(
            "PUT",
            f"{self.collection_path(calendar)}{uid}.ics",
            ics.encode(),
            {"Content-Type": "text/calendar; charset=utf-8"},
        )
        if status not in (200, 201, 204):
            raise RuntimeError(f"PUT answered {status}: {body[:300]!r}")

    def delete_event(self, calendar: str, uid: str) -> None:
        status, _, body = self._backend("DELETE", f"{self.collection_path(calendar)}{uid}.ics")
        if status not in (200, 204):
            raise RuntimeError(f"DELETE answered {status}: {body[:300]!r}")

    def collection_ics(self, calendar: str) -> bytes:
        status, _, body = self._backend("GET", self.collection_path(calendar))
        if status != 200:
            raise RuntimeError(f"GET answered {status}")
        return body

    # --- observations ----------------------------------------------------------------------

    def recorded(self, method: str | None = None) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if method is None or r.method == method]

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    def _record(self, entry: Recorded) -> None:
        with self._lock:
            self.requests.append(entry)

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "radicale",
                "--config",
                "",
                "--server-hosts",
                f"127.0.0.1:{self.backend_port}",
                "--storage-filesystem-folder",
                str(self.root / "collections"),
                "--auth-type",
                "htpasswd",
                "--auth-htpasswd-filename",
                str(self.root / "users"),
                "--auth-htpasswd-encryption",
                "plain",
                "--rights-type",
                "owner_only",
                "--logging-level",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "radicale.log", "wb"),  # noqa: SIM115 - the child owns it
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"radicale exited: {self.log()}")
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.backend_port), 1).close()
                break
            time.sleep(0.05)
        else:
            raise RuntimeError(f"radicale did not listen on {self.backend_port}\n{self.log()}")
        self._proxy = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._proxy.daemon_threads = True
        self.port = int(self._proxy.server_address[1])
        threading.Thread(target=self._proxy.serve_forever, daemon=True).start()

    def log(self) -> str:
        path = self.root / "radicale.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self._proxy is not None:
            self._proxy.shutdown()
            self._proxy.server_close()
            self._proxy = None
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self.process = None


_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "host"}


def _handler_for(server: Radicale) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                if name.lower() not in _HOP_BY_HOP and name.lower() != "content-length":
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _feed(self, body: bytes) -> None:
            calendar_path = self.path[len("/feed") :]
            status, _, data = server._backend("GET", calendar_path)
            if status != 200:
                server._record(Recorded("GET", self.path, body, status, dict(self.headers)))
                self._answer(status, {}, b"")
                return
            etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
            # The newest file in the collection stands for the feed's modification time.
            folder = server.root / "collections" / "collection-root" / calendar_path.strip("/")
            mtimes = [p.stat().st_mtime for p in folder.glob("*.ics")] or [0.0]
            modified = formatdate(int(max(mtimes)), usegmt=True)
            headers = {
                "Content-Type": "text/calendar; charset=utf-8",
                "ETag": etag,
                "Last-Modified": modified,
            }
            fresh = self.headers.get("If-None-Match") == etag
            since = self.headers.get("If-Modified-Since")
            if since and not self.headers.get("If-None-Match"):
                with contextlib.suppress(TypeError, ValueError):
                    fresh = int(parsedate_to_datetime(since).timestamp()) >= int(max(mtimes))
            status = 304 if fresh else 200
            # Recorded before answering: a client may look at the record as soon as it has read.
            sent = b"" if fresh else data
            server._record(Recorded("GET", self.path, body, status, dict(self.headers), len(sent)))
            self._answer(status, headers, sent)

        def _forward(self) -> None:
            body = self._body()
            if self.path.startswith("/feed/") and self.command in ("GET", "HEAD"):
                self._feed(body)
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            conn = http.client.HTTPConnection("127.0.0.1", server.backend_port, timeout=30)
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                status, answer_headers = response.status, dict(response.getheaders())
                refused = status in (403, 412) and b"valid-sync-token" in _plain(
                    data, answer_headers
                )
                broken = server.reports_fail and b"sync-collection" in body
                if (server.token_refusal_as_500 and refused) or broken:
                    status, answer_headers = 500, {"Content-Type": "text/plain"}
                    data = b"Internal Server Error"
                server._record(
                    Recorded(
                        self.command,
                        self.path,
                        body,
                        status,
                        dict(self.headers),
                        len(data),
                    )
                )
                self._answer(status, answer_headers, data)
            finally:
                conn.close()

        do_GET = do_HEAD = do_PUT = do_DELETE = do_POST = _forward
        do_OPTIONS = do_PROPFIND = do_PROPPATCH = do_REPORT = do_MKCALENDAR = _forward
        do_MKCOL = do_MOVE = do_COPY = _forward

    return Handler


def _plain(data: bytes, headers: dict[str, str]) -> bytes:
    encoding = {k.lower(): v for k, v in headers.items()}.get("content-encoding", "")
    if encoding.lower() == "gzip":
        with contextlib.suppress(OSError, EOFError):
            return gzip.decompress(data)
    return data


@contextlib.contextmanager
def radicale_server() -> Iterator[Radicale]:
    """A running Radicale behind a recording proxy, with one user (USER / PASSWORD)."""
    try:
        import radicale  # noqa: F401 - only whether it is installed
    except ImportError:
        _unavailable("Radicale is not installed (pip install -e '.[dev]')")
    root = Path(tempfile.mkdtemp(prefix="rightnote-radicale-"))
    server = Radicale(root=root, backend_port=free_port())
    try:
        (root / "collections").mkdir()
        (root / "users").write_text(f"{USER}:{PASSWORD}\n")
        try:
            server.start()
        except (OSError, RuntimeError) as exc:
            _unavailable(f"Radicale did not start: {exc}")
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def interview_ics(
    uid: str,
    *,
    start: datetime,
    minutes: int = 45,
    company: str = "Northwind",
    status: str = "CONFIRMED",
    sequence: int = 0,
) -> str:
    """One interview invite (the candidate sam.okafor@example.com, one interviewer) as an .ics
    resource: what a recruiter's calendar puts into the candidate's CalDAV collection."""
    domain = f"{company.lower()}.example"
    end = start + timedelta(minutes=minutes)
    stamp = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//RightNote tests//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261120T120000Z",
        f"DTSTART:{start.astimezone(UTC).strftime(stamp)}",
        f"DTEND:{end.astimezone(UTC).strftime(stamp)}",
        f"SUMMARY:Interview with {company} - Backend Engineer",
        f"ORGANIZER;CN=Leah Park:mailto:leah.park@{domain}",
        "ATTENDEE;CN=Sam Okafor;PARTSTAT=ACCEPTED:mailto:sam.okafor@example.com",
        f"ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@{domain}",
        f"STATUS:{status}",
        f"SEQUENCE:{sequence}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines)
