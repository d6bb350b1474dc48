"""The address rule for calendar feeds (app/providers/netguard.py): every form of a private
address is refused, a host is refused when any of its addresses is, and a connection goes to
the address that was checked (resolved once), with the original Host header."""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from app.providers.netguard import (
    BlockedAddress,
    checked_addresses,
    guarded_client,
    literal_address,
    refusal,
)
from tests.support.certs import write_self_signed

LOOPBACK = [ipaddress.ip_network("127.0.0.1/32")]


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("2130706433", "loopback"),  # decimal
        ("0x7f000001", "loopback"),  # hex
        ("0177.0.0.1", "loopback"),  # octal
        ("127.1", "loopback"),  # short form
        ("0x7f.1", "loopback"),
        ("[::1]", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("::ffff:7f00:1", "loopback"),
        ("10.0.0.1", "private"),
        ("167772161", "private"),  # 10.0.0.1 in decimal
        ("10.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("0xa9fea9fe", "link-local"),  # the same, in hex
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 of the metadata address
        ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of it
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "private"),  # reserved (class E); Python files it as private too
        ("100.64.0.1", "not globally routable"),  # carrier-grade NAT
        ("198.18.0.1", "private"),  # benchmarking
    ],
)
def test_every_form_of_a_private_address_is_refused(host: str, reason: str) -> None:
    address = literal_address(host)
    assert address is not None, host
    assert refusal(address) == reason


@pytest.mark.parametrize("host", ["8.8.8.8", "2001:4860:4860::8888", "::ffff:8.8.8.8", "1.1.1.1"])
def test_public_addresses_pass(host: str) -> None:
    address = literal_address(host)
    assert address is not None
    assert refusal(address) is None


@pytest.mark.parametrize("host", ["calendar.google.com", "1e5", "example", "0x7g.1", ""])
def test_names_are_not_literals(host: str) -> None:
    assert literal_address(host) is None


def _resolver(
    table: dict[str, list[str]], calls: list[str] | None = None
) -> Callable[[str, int], Awaitable[list[str]]]:
    async def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return table[host]

    return resolve


async def test_a_host_is_refused_when_any_of_its_addresses_is_private() -> None:
    resolver = _resolver(
        {
            "mixed.test": ["93.184.216.34", "10.0.0.7"],
            "v6.test": ["2606:2800:220:1::1", "::ffff:192.168.0.1"],
            "public.test": ["93.184.216.34", "2606:2800:220:1::1"],
        }
    )
    for host in ("mixed.test", "v6.test"):
        with pytest.raises(BlockedAddress, match="private"):
            await checked_addresses(host, 443, resolver=resolver)
    assert await checked_addresses("public.test", 443, resolver=resolver) == [
        "93.184.216.34",
        "2606:2800:220:1::1",
    ]
    # allow_private lifts the rule; the addresses are still the resolved ones.
    assert await checked_addresses("mixed.test", 443, resolver=resolver, allow_private=True) == [
        "93.184.216.34",
        "10.0.0.7",
    ]


async def test_a_literal_is_never_sent_to_the_resolver() -> None:
    calls: list[str] = []
    resolver = _resolver({}, calls)
    with pytest.raises(BlockedAddress):
        await checked_addresses("2130706433", 80, resolver=resolver)
    assert calls == []


async def test_a_resolver_answer_that_is_not_an_address_is_refused() -> None:
    resolver = _resolver({"odd.test": ["not-an-ip"]})
    with pytest.raises(BlockedAddress):
        await checked_addresses("odd.test", 80, resolver=resolver)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/",
        "http://2130706433:{port}/",
        "http://0x7f.1:{port}/",
        "http://[::ffff:127.0.0.1]:{port}/",
        "http://localhost:{port}/",
    ],
)
async def test_the_client_refuses_a_local_server_in_any_spelling(url: str) -> None:
    with _http_server() as (port, seen):
        async with guarded_client() as client:
            with pytest.raises(BlockedAddress):
                await client.get(url.format(port=port))
        assert seen == []  # not even a connection


async def test_the_connection_goes_to_the_checked_address_with_the_original_host() -> None:
    calls: list[str] = []
    # A name that resolves once to the (exempted) test server, then to somewhere else: a
    # rebinding attack. One resolution per connection; the connection uses that answer.
    answers = iter([["127.0.0.1"], ["10.9.9.9"]])

    async def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return next(answers)

    with _http_server() as (port, seen):
        async with guarded_client(resolver=rebinding, exempt=LOOPBACK) as client:
            response = await client.get(f"http://feed.test:{port}/cal.ics")
        assert response.status_code == 200
        assert calls == ["feed.test"]
        assert seen == [f"feed.test:{port}"]  # the Host header is the URL's
        async with guarded_client(resolver=rebinding, exempt=LOOPBACK) as client:
            with pytest.raises(BlockedAddress, match=r"10\.9\.9\.9"):
                await client.get(f"http://feed.test:{port}/cal.ics")
        assert len(seen) == 1


async def test_unix_sockets_and_environment_proxies_are_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9/")
    with _http_server() as (port, seen):
        async with guarded_client(exempt=LOOPBACK) as client:
            response = await client.get(f"http://127.0.0.1:{port}/")
        # Straight to the server: a proxy at 127.0.0.1:9 would have refused the connection.
        assert response.status_code == 200
        assert seen == [f"127.0.0.1:{port}"]


# --- a tiny HTTP server that records the Host header of each request ----------------------


class _Server:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])
        self.hosts: list[str] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
                if self.tls is not None:
                    conn.settimeout(5)
                    conn = self.tls.wrap_socket(conn, server_side=True)
            except OSError:
                continue  # includes a handshake the client refused
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                for line in data.split(b"\r\n"):
                    if line.lower().startswith(b"host:"):
                        self.hosts.append(line[5:].strip().decode())
                body = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )

    def close(self) -> None:
        self._stop.set()
        self.thread.join(5)
        self.sock.close()


class _http_server:
    def __enter__(self) -> tuple[int, list[str]]:
        self.server = _Server()
        return self.server.port, self.server.hosts

    def __exit__(self, *exc: object) -> None:
        self.server.close()


def _certificate(tmp: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for `name` only (not for 127.0.0.1)."""
    return write_self_signed(tmp, names=(name,))


async def test_tls_verifies_the_original_name_while_connecting_to_the_checked_ip(
    tmp_path: Path,
) -> None:
    cert, key = _certificate(tmp_path, "feed.test")
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    names: list[str | None] = []
    server_context.sni_callback = lambda sock, name, ctx: names.append(name)
    server = _Server(tls=server_context)
    try:
        trust = ssl.create_default_context(cafile=str(cert))

        async def resolve(host: str, port: int) -> list[str]:
            return ["127.0.0.1"]

        async with guarded_client(resolver=resolve, exempt=LOOPBACK, verify=trust) as client:
            response = await client.get(f"https://feed.test:{server.port}/cal.ics")
            assert response.status_code == 200
            # The same IP under a name the certificate does not carry: refused by TLS.
            with pytest.raises(httpx.ConnectError):
                await client.get(f"https://other.test:{server.port}/cal.ics")
        assert names[0] == "feed.test"  # SNI is the URL's name, not the IP
        assert server.hosts == [f"feed.test:{server.port}"]
    finally:
        server.close()


async def test_the_transport_is_built_on_public_api_and_maps_errors_to_httpx() -> None:
    """No replacing httpx's private `_pool`: an AsyncBaseTransport over httpcore's public pool,
    with httpcore's errors raised as httpx's (what ics_source catches)."""
    from app.providers.netguard import GuardedTransport

    transport = GuardedTransport(allow_private=True)
    assert not isinstance(transport, httpx.AsyncHTTPTransport)
    # A port nobody listens on: refused at connect.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(f"http://127.0.0.1:{port}/cal.ics")
