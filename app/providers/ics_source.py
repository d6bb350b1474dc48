"""An .ics calendar from a file path or an http(s)/webcal URL: the embedded default's calendar.

    IcsCalendarSource(location, http=None, max_bytes=..., timeout=...)
        .fetch() -> bytes                          the raw calendar, size-capped
        .list_events(start, end, timezone=...)     app.providers.base.CalendarSource
        .interviews(me=..., timezone=..., window=None) -> list[Interview]

A URL is fetched with httpx: at most `max_bytes` are read (the download stops there), redirects
are followed up to 5 times and only to http(s), and the whole request has a deadline. webcal://
is the same feed over https. Failures are typed: ParseError (not a calendar), PayloadTooLarge,
ProviderUnavailable (unreachable, timeout, 5xx: try again later), ProviderError (4xx, bad path).

Parsing is CPU-bound and runs in a worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx

from app.calendar.formats import too_large
from app.calendar.interviews import DEFAULT_MAX_BYTES, extract_interviews, parse_events
from app.calendar.model import Event, Interview
from app.errors import ParseError, ProviderError, ProviderUnavailable

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
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


class IcsCalendarSource:
    def __init__(
        self,
        location: str,
        *,
        http: httpx.AsyncClient | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
    ) -> None:
        self.location = location
        self.http = http
        self.max_bytes = max_bytes
        self.timeout = timeout

    @property
    def changed(self) -> bool:
        """False when the last interviews() call was answered "nothing changed"."""
        return True

    async def aclose(self) -> None:
        return None

    @property
    def is_url(self) -> bool:
        return is_url(self.location)

    @property
    def subject(self) -> str:
        """A stable name for this calendar: the absolute path, or the URL without secrets."""
        if self.is_url:
            return safe_location(normalize_url(self.location))
        return str(Path(self.location).expanduser().resolve())

    async def fetch(self) -> bytes:
        data = await (self._download() if self.is_url else asyncio.to_thread(self._read_file))
        head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
        if b"BEGIN:VCALENDAR" not in head and b"BEGIN:VEVENT" not in head:
            raise ParseError(f"{safe_location(self.location)} is not an iCalendar (.ics) file")
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
        # The thread always ends: the calendar limits (app/calendar/limits.py) bound the work.
        return await asyncio.to_thread(
            extract_interviews,
            data,
            format="ics",
            me=me,
            timezone=timezone,
            window=window,
            max_bytes=self.max_bytes,
            warnings=warnings,
        )

    def _read_file(self) -> bytes:
        path = Path(self.location).expanduser()
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                raise too_large(size, self.max_bytes)
            with path.open("rb") as handle:
                data = handle.read(self.max_bytes + 1)
        except IsADirectoryError:
            raise ProviderError(f"{path} is a directory, not an .ics file") from None
        except OSError as exc:
            raise ProviderError(f"cannot read {path}: {exc.strerror or exc}") from None
        if len(data) > self.max_bytes:
            raise too_large(len(data), self.max_bytes)
        return data

    async def _download(self) -> bytes:
        url = normalize_url(self.location)
        shown = safe_location(url)
        client = self.http or httpx.AsyncClient()
        try:
            async with asyncio.timeout(self.timeout):
                return await self._get(client, url, shown)
        except TimeoutError:
            raise ProviderUnavailable(f"{shown} did not answer within {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(f"cannot reach {shown}: {type(exc).__name__}") from None
        finally:
            if self.http is None:
                await client.aclose()

    async def _get(self, client: httpx.AsyncClient, url: str, shown: str) -> bytes:
        for _ in range(MAX_REDIRECTS + 1):
            async with client.stream(
                "GET", url, follow_redirects=False, headers={"Accept": "text/calendar, */*"}
            ) as response:
                if response.is_redirect:
                    target = response.headers.get("location", "")
                    url = str(response.url.join(target))
                    if urlsplit(url).scheme not in ("http", "https"):
                        raise ProviderError(f"{shown} redirects to a non-http(s) address")
                    continue
                if response.status_code >= 500 or response.status_code == 429:
                    raise ProviderUnavailable(f"{shown} answered {response.status_code}")
                if response.status_code >= 400:
                    raise ProviderError(f"{shown} answered {response.status_code}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise too_large(int(declared), self.max_bytes)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise too_large(size, self.max_bytes)
                    chunks.append(chunk)
                return b"".join(chunks)
        raise ProviderError(f"{shown} redirects more than {MAX_REDIRECTS} times")
