"""A calendar address that cannot be fetched: the one line `rightnote run` prints must say why in
words a user can act on. Before, every network failure read "cannot reach URL: ConnectError"
(a typo in the host, a closed port and http-vs-https alike), and a refused loopback feed did
not name the option that allows it."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest

from app.errors import ProviderError
from app.providers.ics_source import IcsCalendarSource


async def _no_such_host(host: str, port: int) -> list[str]:
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


async def _failure(source: IcsCalendarSource) -> str:
    with pytest.raises(ProviderError) as caught:
        await source.fetch()
    return str(caught.value.detail)


async def test_a_host_that_does_not_resolve_is_named_as_such() -> None:
    source = IcsCalendarSource(
        "https://calender.example/feed.ics", resolver=_no_such_host, timeout=5
    )
    detail = await _failure(source)
    assert "ConnectError" not in detail
    assert "host name" in detail and "calender.example" in detail, detail


async def test_a_closed_port_says_the_connection_was_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now.
    source = IcsCalendarSource(f"http://127.0.0.1:{port}/x.ics", allow_private=True, timeout=5)
    detail = await _failure(source)
    assert "ConnectError" not in detail
    assert "refused" in detail, detail


@pytest.fixture
async def plain_http_port() -> AsyncIterator[int]:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1024)
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    async with server:
        yield server.sockets[0].getsockname()[1]


async def test_https_to_a_plain_http_server_points_at_the_scheme(plain_http_port: int) -> None:
    source = IcsCalendarSource(
        f"https://127.0.0.1:{plain_http_port}/x.ics", allow_private=True, timeout=5
    )
    detail = await _failure(source)
    assert "ConnectError" not in detail
    assert "TLS" in detail and "http://" in detail, detail


async def test_a_refused_private_address_names_the_option_that_allows_it() -> None:
    source = IcsCalendarSource("http://127.0.0.1:9/x.ics", timeout=5)
    detail = await _failure(source)
    assert "--allow-private-calendar" in detail, detail
