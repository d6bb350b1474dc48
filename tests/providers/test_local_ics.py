"""The .ics calendar source: a file or a URL, size-capped, with clear typed failures."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from app.errors import ParseError, PayloadTooLarge, ProviderError, ProviderUnavailable
from app.providers.ics_source import IcsCalendarSource, normalize_url, safe_location

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"
ME = ["sam.okafor@example.com"]


def client(handler) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


async def test_a_file_gives_its_interviews() -> None:
    found = await IcsCalendarSource(str(SAMPLE)).interviews(me=ME, timezone="America/New_York")
    assert {i.company for i in found} == {"Northwind", "Contoso", "Fabrikam", "Litware"}
    events = await IcsCalendarSource(str(SAMPLE)).list_events(
        datetime(2026, 11, 23, tzinfo=UTC),
        datetime(2026, 11, 24, tzinfo=UTC),
        timezone="America/New_York",
    )
    assert {e.title for e in events} >= {"Dentist - Dr. Patel", "Weekly team sync"}


async def test_file_problems_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ProviderError, match="cannot read"):
        await IcsCalendarSource(str(tmp_path / "missing.ics")).fetch()
    with pytest.raises(ProviderError, match="directory"):
        await IcsCalendarSource(str(tmp_path)).fetch()
    text = tmp_path / "notes.txt"
    text.write_text("just some notes\n")
    with pytest.raises(ParseError, match="not an iCalendar"):
        await IcsCalendarSource(str(text)).fetch()
    with pytest.raises(PayloadTooLarge):
        await IcsCalendarSource(str(SAMPLE), max_bytes=1024).fetch()


async def test_a_url_is_fetched_and_webcal_means_https() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, content=SAMPLE.read_bytes())

    async with client(handler) as http:
        source = IcsCalendarSource("webcal://cal.example/u/feed.ics", http=http)
        data = await source.fetch()
    assert data.startswith(b"BEGIN:VCALENDAR")
    assert seen == ["https://cal.example/u/feed.ics"]


async def test_redirects_are_followed_a_few_times_only() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        if request.url.path == "/loop":
            return httpx.Response(302, headers={"location": "/loop"})
        if request.url.path == "/file":
            return httpx.Response(302, headers={"location": "file:///etc/passwd"})
        return httpx.Response(200, content=SAMPLE.read_bytes())

    async with client(handler) as http:
        assert await IcsCalendarSource("https://cal.example/old", http=http).fetch()
        with pytest.raises(ProviderError, match="redirects more than"):
            await IcsCalendarSource("https://cal.example/loop", http=http).fetch()
        with pytest.raises(ProviderError, match="non-http"):
            await IcsCalendarSource("https://cal.example/file", http=http).fetch()


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, ProviderError),
        (403, ProviderError),
        (500, ProviderUnavailable),
        (503, ProviderUnavailable),
        (429, ProviderUnavailable),
    ],
)
async def test_http_errors_are_typed(status: int, error: type[Exception]) -> None:
    async with client(lambda request: httpx.Response(status)) as http:
        with pytest.raises(error, match=str(status)):
            await IcsCalendarSource("https://cal.example/feed.ics", http=http).fetch()


async def test_an_oversized_download_stops_at_the_cap() -> None:
    async def endless():
        yield b"BEGIN:VCALENDAR\r\n"
        for _ in range(1000):
            yield b"X" * 1024

    async with client(lambda request: httpx.Response(200, content=endless())) as http:
        with pytest.raises(PayloadTooLarge):
            await IcsCalendarSource(
                "https://cal.example/big.ics", http=http, max_bytes=64 * 1024
            ).fetch()
    declared = httpx.Response(200, headers={"content-length": str(10**9)}, content=b"")
    async with client(lambda request: declared) as http:
        with pytest.raises(PayloadTooLarge):
            await IcsCalendarSource("https://cal.example/big.ics", http=http).fetch()


async def test_unreachable_and_slow_feeds_are_transient() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200)

    async with client(refuse) as http:
        with pytest.raises(ProviderUnavailable, match="cannot reach"):
            await IcsCalendarSource("https://cal.example/feed.ics", http=http).fetch()
    async with client(slow) as http:
        with pytest.raises(ProviderUnavailable, match="did not answer"):
            await IcsCalendarSource("https://cal.example/feed.ics", http=http, timeout=0.05).fetch()


def test_urls_are_named_without_their_credentials() -> None:
    url = "webcal://user:secret@cal.example:8443/feed.ics?token=abc#frag"
    assert safe_location(normalize_url(url)) == "https://cal.example:8443/feed.ics?token=abc"
    assert "secret" not in IcsCalendarSource(url).subject
