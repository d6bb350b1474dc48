"""Outbound HTTP to addresses a user typed: never a way into our own network.

    client = guarded_client(allow_private=False)          # an httpx.AsyncClient
    refusal(ipaddress.ip_address("169.254.169.254"))     # "link-local" (None when allowed)
    await checked_addresses("feed.example", 443)         # resolve once, check every address

Every TCP connection the client opens resolves the host once, refuses the whole host when
*any* of its addresses is loopback, private (RFC 1918, fc00::/7, CGNAT), link-local (169.254/16
with the cloud metadata address, fe80::/10), unspecified, multicast, reserved or otherwise not
globally routable — including an IPv4 address hidden in IPv6 (::ffff:a.b.c.d, 6to4, Teredo,
NAT64) — and then connects to one of the addresses it checked. TLS still verifies the original
host name (httpcore passes the URL's host as SNI), and the Host header is the URL's. There is
no second lookup between the check and the connect, so DNS rebinding has no window. Redirects
are new connections and pass the same check. IP literals in odd forms (2130706433, 0x7f.1,
0177.0.0.1) are read the way the C resolver reads them, so they are checked as what they mean.

`allow_private=True` (local use: a feed served on localhost or the LAN) skips the address rule
but keeps the resolve-once connect. The client ignores HTTP(S)_PROXY variables (a proxy would
be the only address checked).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import ipaddress
import socket
import ssl
import typing
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence

import httpcore
import httpx

from app.errors import ProviderError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# (host, port) -> the host's addresses as strings; injectable for tests.
Resolver = Callable[[str, int], Awaitable[list[str]]]

# NAT64 prefixes (RFC 6052 well-known, RFC 8215 local use): the last 32 bits are an IPv4 host.
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
# Hosts that resolve to many addresses are fine; a flood of them is not worth checking.
MAX_ADDRESSES = 64


# How a user of `rightnote run` / `watch` allows a feed on localhost or the LAN.
ALLOW_HINT = "--allow-private-calendar, or allow_private_calendar = true in config.toml"


def describe_failure(exc: BaseException) -> str:
    """Why a server could not be reached, in words a user can act on: an exception's class name
    ("ConnectError") says the same for a typo in the host, a closed port and https to an http
    server. Reads the exception and its causes (httpx, httpcore, niquests, the socket)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 8:
        chain.append(current)
        current = current.__cause__ or current.__context__
    text = " ".join(str(item) for item in chain).lower()
    names = " ".join(type(item).__name__ for item in chain)
    if any(isinstance(item, ssl.SSLCertVerificationError) for item in chain) or (
        "certificate" in text
    ):
        return "its TLS certificate was not accepted (expired, self-signed or for another name)"
    if any(isinstance(item, ssl.SSLError) for item in chain) or "ssl" in text:
        return "the TLS handshake failed: if the server speaks plain HTTP, use http://"
    if any(isinstance(item, socket.gaierror) for item in chain) or "cannot resolve" in text:
        return "its host name was not found (check the address for a typo)"
    if any(isinstance(item, ConnectionRefusedError) for item in chain) or "refused" in text:
        return "the connection was refused (nothing answers on that port)"
    if "all connection attempts failed" in text:
        # httpcore's words when every address refused or was unreachable.
        return "the connection was refused or the host is unreachable"
    if "ConnectTimeout" in names:
        return "no connection could be made in time"
    if "Timeout" in names or "timed out" in text:
        return "the server stopped answering (timed out)"
    if "RemoteProtocolError" in names or isinstance(exc, ConnectionError):
        return "the server closed the connection without a valid answer"
    return f"network error ({type(exc).__name__})"


class BlockedAddress(ProviderError):
    """The URL's host is (or resolves to) an address we do not connect to."""

    status_code, code = 400, "blocked_address"


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]  # the client's address; the server's is public by design
    for net in _NAT64:
        if address in net:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal(address: IPAddress) -> str | None:
    """Why `address` is refused ("loopback", "private", ...), or None when it may be used."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id:
            return "link-local"
        if address.ipv4_mapped is not None:
            # ::ffff:a.b.c.d is the IPv4 host itself (Python files ::/8 as reserved).
            return refusal(address.ipv4_mapped)
        inner = _embedded_ipv4(address)
        if inner is not None:
            reason = refusal(inner)
            if reason:
                return reason
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
    )
    for name, hit in checks:
        if hit:
            return name
    # Shared address space (100.64/10), benchmarking, documentation ...: not the internet.
    if not address.is_global:
        return "not globally routable"
    return None


def literal_address(host: str) -> IPAddress | None:
    """`host` as an IP address when it is one in any form a resolver accepts, else None."""
    text = host.strip().strip("[]")
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass
    if not text or len(text) > 64 or not all(c in "0123456789abcdefxABCDEFX." for c in text):
        return None
    try:
        # inet_aton reads the classic shorthand forms: decimal, octal, hex, dotted parts.
        return ipaddress.IPv4Address(socket.inet_aton(text))
    except OSError:
        return None


async def system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    return [str(info[4][0]) for info in infos]


async def checked_addresses(
    host: str,
    port: int,
    *,
    allow_private: bool = False,
    resolver: Resolver | None = None,
    exempt: Sequence[IPNetwork] = (),
) -> list[str]:
    """The addresses to connect to for `host`, all checked; BlockedAddress if any is refused.

    `exempt`: networks allowed although not public (one LAN calendar server, a test's own)."""
    if not host:
        raise BlockedAddress("the address has no host")
    literal = literal_address(host)
    if literal is not None:
        found: list[IPAddress] = [literal]
    else:
        try:
            raw = await (resolver or system_resolver)(host, port)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
        found = []
        for item in raw[:MAX_ADDRESSES]:
            parsed = literal_address(item)
            if parsed is None:
                raise BlockedAddress(f"{host} resolved to something that is not an address")
            found.append(parsed)
        if not found:
            raise httpcore.ConnectError(f"{host} has no address")
    if not allow_private:
        for address in found:
            if any(address in net for net in exempt if net.version == address.version):
                continue
            reason = refusal(address)
            if reason:
                raise BlockedAddress(
                    f"{host} is a {reason} address ({address}); calendars are fetched only "
                    f"from public addresses unless private ones are allowed ({ALLOW_HINT})"
                )
    # Deduplicated, in the resolver's order (it sorts by RFC 6724 preference).
    return list(dict.fromkeys(str(address) for address in found))


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend with the address check between resolve and connect."""

    def __init__(
        self,
        *,
        allow_private: bool,
        resolver: Resolver | None,
        exempt: Sequence[IPNetwork] = (),
    ) -> None:
        self.allow_private = allow_private
        self.resolver = resolver
        self.exempt = tuple(exempt)
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await checked_addresses(
            host, port, allow_private=self.allow_private, resolver=self.resolver, exempt=self.exempt
        )
        last: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress("unix sockets are not calendar addresses")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


@functools.cache
def _ssl_context(verify: bool) -> ssl.SSLContext:
    # Loading the CA bundle costs ~50 ms of CPU; a poll makes a client, so build it once.
    return httpx.create_ssl_context(verify=verify)


# httpcore's errors as httpx's, so callers catch httpx.HTTPError as with any client. httpx has
# this table too, but only in a private module; ours is the public names on both sides.
_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _httpx_errors(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for core, mapped in _ERRORS:
            if isinstance(exc, core):
                raise mapped(str(exc), request=request) from exc
        raise


class _Body(httpx.AsyncByteStream):
    """httpcore's response body as httpx's, with the same error mapping while it streams."""

    def __init__(self, stream: typing.AsyncIterable[bytes], request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        with _httpx_errors(self._request):
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        closer = getattr(self._stream, "aclose", None)
        if closer is not None:
            with _httpx_errors(self._request):
                await closer()


class GuardedTransport(httpx.AsyncBaseTransport):
    """An httpx transport over httpcore's pool with the guarded network backend.

    Public API only: `httpx.AsyncBaseTransport` is httpx's extension point for transports and
    `httpcore.AsyncConnectionPool(network_backend=...)` is httpcore's (no replacing of
    httpx's private `_pool`, which an httpx upgrade could rename)."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        resolver: Resolver | None = None,
        verify: ssl.SSLContext | bool = True,
        exempt: Sequence[IPNetwork] = (),
    ) -> None:
        context = verify if isinstance(verify, ssl.SSLContext) else _ssl_context(verify)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=context,
            max_connections=10,
            max_keepalive_connections=5,
            keepalive_expiry=5.0,
            network_backend=GuardedBackend(
                allow_private=allow_private, resolver=resolver, exempt=exempt
            ),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors(request):
            response = await self._pool.handle_async_request(core_request)
        assert isinstance(response.stream, typing.AsyncIterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream, request),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


def guarded_client(
    *,
    allow_private: bool = False,
    resolver: Resolver | None = None,
    verify: ssl.SSLContext | bool = True,
    exempt: Sequence[IPNetwork] = (),
    **kwargs: typing.Any,
) -> httpx.AsyncClient:
    """An AsyncClient whose every connection passes the address check (no env proxies)."""
    transport = GuardedTransport(
        allow_private=allow_private, resolver=resolver, verify=verify, exempt=exempt
    )
    return httpx.AsyncClient(transport=transport, trust_env=False, **kwargs)
