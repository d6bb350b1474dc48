"""An .ics calendar from a file path or an http(s)/webcal URL: the embedded default's calendar.

    IcsCalendarSource(location, http=None, max_bytes=..., timeout=..., allow_private=False)
        .fetch() -> bytes                          the raw calendar, size-capped
        .list_events(start, end, timezone=...)     app.providers.base.CalendarSource
        .interviews(me=..., timezone=..., window=None) -> list[Interview]
        .changed                                   False when the last read found nothing new
        .bytes_read                                network bytes read by the last fetch

A URL is fetched with httpx: at most `max_bytes` are read (the download stops there, also for a
gzip body, which is inflated under the same cap), redirects are followed up to 5 times and only
to http(s), and the whole request — every hop, DNS included — has a deadline. webcal:// is the
same feed over https. Without a client of the caller's, the client is netguard's: each hop's
host is resolved once and refused when any address is loopback, private, link-local ... unless
`allow_private` (a client passed in is used as it is). Failures are typed: ParseError (not a
calendar), PayloadTooLarge, ProviderUnavailable (unreachable, timeout, 5xx: try again later),
ProviderError (4xx, bad path, a refused address), ReauthRequired (401/403 to a URL that carries
a user name and password).

The object is meant to be kept across polls: the feed's ETag / Last-Modified are sent back
(If-None-Match / If-Modified-Since), a 304 reuses the data and the interviews parsed from it,
and a file whose size and mtime did not change is not read again.

Parsing is CPU-bound and runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx

from app.calendar.formats import too_large
from app.calendar.interviews import DEFAULT_MAX_BYTES, extract_interviews, parse_events
from app.calendar.model import Event, Interview
from app.errors import ParseError, ProviderError, ProviderUnavailable, ReauthRequired
from app.providers.base import ProviderBusy, retry_after_seconds
from app.providers.netguard import Resolver, describe_failure, guarded_client

DEFAULT_TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5


def is_url(location: str) -> bool:
    return urlsplit(location).scheme.lower() in ("http", "https", "webcal", "webcals")


def normalize_url(location: str) -> str:
    parts = urlsplit(location.strip())
    scheme = parts.scheme.lower()
    if scheme in ("webcal", "webcals"):
        scheme = "https"
    return urlunsplit((scheme, parts.netloc, parts.path, parts.query, ""))


def safe_location(location: str) -> str:
    """For messages and the stored connection: a URL without user:password@."""
    if not is_url(location):
        return location
    parts = urlsplit(location)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def _looks_secret(segment: str) -> bool:
    """A path segment that is a capability token: Google's `private-<hex>`, or a long run of
    letters and digits (Outlook's, iCloud's and Fastmail's published-calendar tokens)."""
    if segment.lower().startswith("private-"):
        return True
    core = segment.removeprefix("v1-")
    return (
        len(core) >= 20
        and all(c.isascii() and (c.isalnum() or c in "-_") for c in core)
        and any(c.isdigit() for c in core)
        and any(c.isalpha() for c in core)
    )


def shown_location(location: str) -> str:
    """For messages, logs and `subject`: a URL also without its secret parts — token-like path
    segments and the query string (where some providers put the token) become `…`."""
    safe = safe_location(location)
    if not is_url(safe):
        return safe
    parts = urlsplit(safe)
    segments = ["…" if _looks_secret(segment) else segment for segment in parts.path.split("/")]
    return urlunsplit(
        (parts.scheme, parts.netloc, "/".join(segments), "…" if parts.query else "", "")
    )


@dataclass(frozen=True, slots=True)
class _Parsed:
    """The interviews read from one version of the data, for one way of asking."""

    key: tuple[object, ...]
    interviews: tuple[Interview, ...]
    warnings: tuple[str, ...]


class _Inflater:
    """gzip/deflate bodies inflated in bounded steps: a small body cannot become a huge one."""

    def __init__(self, encoding: str, max_bytes: int) -> None:
        # 47 = 32 + 15: zlib detects a gzip or zlib header itself.
        self._inflate = zlib.decompressobj(47 if encoding == "gzip" else zlib.MAX_WBITS)
        self._raw_deflate = encoding == "deflate"
        self._max = max_bytes

    def feed(self, chunk: bytes, produced: int) -> list[bytes]:
        out: list[bytes] = []
        pending = chunk
        while pending:
            try:
                piece = self._inflate.decompress(pending, self._max - produced + 1)
            except zlib.error:
                if self._raw_deflate and produced == 0 and not out:
                    # Some servers send raw deflate (no zlib header) as "deflate".
                    self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._raw_deflate = False
                    continue
                raise ParseError("the calendar feed's compressed body is corrupt") from None
            produced += len(piece)
            out.append(piece)
            if produced > self._max:
                raise too_large(produced, self._max)
            pending = self._inflate.unconsumed_tail
        return out


class IcsCalendarSource:
    def __init__(
        self,
        location: str,
        *,
        http: httpx.AsyncClient | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        allow_private: bool = False,
        resolver: Resolver | None = None,
    ) -> None:
        self.location = location
        self.http = http
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.allow_private = allow_private
        self.resolver = resolver
        self.bytes_read = 0
        self.requests = 0  # HTTP requests made, redirect hops included
        self._changed = True
        self._data: bytes | None = None
        # The version of `_data`: (url, ETag, Last-Modified) for a feed, (size, mtime) for a file.
        self._etag: str | None = None
        self._last_modified: str | None = None
        self._validated_url: str | None = None
        self._file_stamp: tuple[int, int] | None = None
        self._parsed: _Parsed | None = None

    @property
    def changed(self) -> bool:
        """False when the last read was answered "nothing changed" (304, same file)."""
        return self._changed

    async def aclose(self) -> None:
        # Nothing held open between polls: a client of our own lives for one fetch.
        return None

    @property
    def is_url(self) -> bool:
        return is_url(self.location)

    @property
    def subject(self) -> str:
        """A stable name for this calendar: the absolute path, or the URL without secrets."""
        if self.is_url:
            url = normalize_url(self.location)
            shown = shown_location(url)
            if shown == safe_location(url):
                return shown
            # Two feeds that differ only in their token stay two names; the digest of the
            # whole address does not give the token back.
            digest = hashlib.sha256(safe_location(url).encode()).hexdigest()[:12]
            return f"{shown}#{digest}"
        return str(Path(self.location).expanduser().resolve())

    async def fetch(self) -> bytes:
        data = await (self._download() if self.is_url else asyncio.to_thread(self._read_file))
        if not self._changed:
            return data
        if not looks_like_ics(data):
            raise ParseError(f"{shown_location(self.location)} is not an iCalendar (.ics) file")
        return data

    async def list_events(
        self, start: datetime, end: datetime, *, timezone: str
    ) -> Sequence[Event]:
        data = await self.fetch()
        return await asyncio.to_thread(
            parse_events,
            data,
            format="ics",
            timezone=timezone,
            window=(start, end),
            max_bytes=self.max_bytes,
        )

    async def interviews(
        self,
        *,
        me: Sequence[str],
        timezone: str,
        window: tuple[datetime, datetime] | None = None,
        warnings: list[str] | None = None,
    ) -> list[Interview]:
        """The interviews in the calendar; series it could not expand are added to `warnings`."""
        data = await self.fetch()
        key = (tuple(me), timezone, window)
        parsed = self._parsed
        if self._changed or parsed is None or parsed.key != key:
            found: list[str] = []
            # The thread always ends: the calendar limits (app/calendar/limits.py) bound the work.
            result = await asyncio.to_thread(
                extract_interviews,
                data,
                format="ics",
                me=me,
                timezone=timezone,
                window=window,
                max_bytes=self.max_bytes,
                warnings=found,
            )
            parsed = _Parsed(key, tuple(result), tuple(found))
            self._parsed = parsed
        if warnings is not None:
            warnings.extend(parsed.warnings)
        return list(parsed.interviews)

    def _read_file(self) -> bytes:
        path = Path(self.location).expanduser()
        try:
            stat = path.stat()
            stamp = (stat.st_size, stat.st_mtime_ns)
            if self._data is not None and stamp == self._file_stamp:
                self._changed = False
                return self._data
            if stat.st_size > self.max_bytes:
                raise too_large(stat.st_size, self.max_bytes)
            with path.open("rb") as handle:
                data = handle.read(self.max_bytes + 1)
        except IsADirectoryError:
            raise ProviderError(f"{path} is a directory, not an .ics file") from None
        except OSError as exc:
            raise ProviderError(f"cannot read {path}: {exc.strerror or exc}") from None
        if len(data) > self.max_bytes:
            raise too_large(len(data), self.max_bytes)
        self._changed = True
        self._data, self._file_stamp = data, stamp
        return data

    async def _download(self) -> bytes:
        url = normalize_url(self.location)
        shown = shown_location(url)
        client = self.http or guarded_client(
            allow_private=self.allow_private, resolver=self.resolver
        )
        self.bytes_read = 0
        try:
            async with asyncio.timeout(self.timeout):
                return await self._get(client, url, shown)
        except TimeoutError:
            raise ProviderUnavailable(f"{shown} did not answer within {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(f"cannot reach {shown}: {describe_failure(exc)}") from None
        finally:
            if self.http is None:
                await client.aclose()

    def _conditional_headers(self, url: str) -> dict[str, str]:
        headers = {"Accept": "text/calendar, */*", "Accept-Encoding": "gzip, deflate"}
        if self._data is not None and url == self._validated_url:
            if self._etag:
                headers["If-None-Match"] = self._etag
            if self._last_modified:
                headers["If-Modified-Since"] = self._last_modified
        return headers

    async def _get(self, client: httpx.AsyncClient, url: str, shown: str) -> bytes:
        for _ in range(MAX_REDIRECTS + 1):
            self.requests += 1
            async with client.stream(
                "GET", url, follow_redirects=False, headers=self._conditional_headers(url)
            ) as response:
                if response.status_code == 304 and self._data is not None:
                    self._changed = False
                    return self._data
                # Not is_redirect: that is any 3xx, 304 included.
                if response.has_redirect_location:
                    target = response.headers.get("location", "")
                    was_tls = response.url.scheme == "https"
                    url = str(response.url.join(target))
                    if urlsplit(url).scheme not in ("http", "https"):
                        raise ProviderError(f"{shown} redirects to a non-http(s) address")
                    if was_tls and urlsplit(url).scheme != "https":
                        # Anyone on the path could then rewrite the calendar (or read a
                        # password given in the address, sent again to the same host).
                        raise ProviderError(f"{shown} redirects from https to plain http")
                    continue
                if response.status_code >= 500 or response.status_code == 429:
                    # The wait a busy server asks for (Google's feed answers 429 when polled too
                    # often) is kept, so `watch` does not ask again before it is over.
                    wait = retry_after_seconds(response.headers.get("retry-after"))
                    raise ProviderBusy(
                        f"{shown} answered {response.status_code}"
                        + (f" (retry after {wait:.0f} s)" if wait else ""),
                        retry_after=wait,
                    )
                if response.status_code in (401, 403) and urlsplit(self.location).password:
                    # A feed behind a user name and password: the password is what failed.
                    raise ReauthRequired(
                        f"{shown} refused the user name or password ({response.status_code})"
                    )
                if response.status_code >= 400:
                    raise ProviderError(f"{shown} answered {response.status_code}")
                if response.status_code != 200:
                    raise ProviderError(f"{shown} answered {response.status_code}, not a calendar")
                data = await self._read_body(response)
                self._changed = True
                self._data = data
                self._parsed = None
                self._validated_url = url
                self._etag = response.headers.get("etag")
                self._last_modified = response.headers.get("last-modified")
                return data
        raise ProviderError(f"{shown} redirects more than {MAX_REDIRECTS} times")

    async def _read_body(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise too_large(int(declared), self.max_bytes)
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
            raise ProviderError(f"the feed is sent with an unknown encoding ({encoding[:20]})")
        inflater = (
            _Inflater("deflate" if encoding == "deflate" else "gzip", self.max_bytes)
            if encoding not in ("identity", "")
            else None
        )
        if response.is_stream_consumed:
            # A response built in memory (a test transport): there is nothing left to stream.
            data = response.content
            self.bytes_read += len(data)
            if len(data) > self.max_bytes:
                raise too_large(len(data), self.max_bytes)
            return data
        chunks: list[bytes] = []
        size = 0
        # Raw bytes: the count is what came over the network, and inflating stays ours.
        async for chunk in response.aiter_raw():
            self.bytes_read += len(chunk)
            if inflater is None:
                pieces = [chunk]
            else:
                if self.bytes_read > self.max_bytes:
                    raise too_large(self.bytes_read, self.max_bytes)
                pieces = inflater.feed(chunk, size)
            for piece in pieces:
                size += len(piece)
                if size > self.max_bytes:
                    raise too_large(size, self.max_bytes)
                chunks.append(piece)
        return b"".join(chunks)


def looks_like_ics(data: bytes) -> bool:
    """Whether the data opens as an iCalendar file: UTF-8 (with or without its mark), or UTF-16
    with a byte-order mark (a file saved by Notepad as "Unicode"; the calendar reader decodes
    it), which the byte test alone refused as "not an iCalendar file"."""
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = data[:8192].decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return b"BEGIN:VCALENDAR" in head or b"BEGIN:VEVENT" in head
