"""Rate limits per client address and per signed-in user: 429 with Retry-After.

Token buckets in process memory: a key may burst up to its per-minute limit, then gets one
request per (60 / limit) seconds. The buckets are a bounded LRU, so a flood of addresses costs
fixed memory (an evicted key starts over with a full bucket, which is only ever more lenient).

The limits hold per process. With N API replicas a client gets up to N times the limit; a
deployment that needs one shared limit enforces it at the ingress (see deploy/README.md).

- Per IP: `IpRateLimit`, an ASGI middleware in front of every route except the probes,
  `/metrics` and RIGHTNOTE_RATE_LIMIT_IP_EXEMPT_PATHS. IPv6 clients are keyed by their /64,
  which is what one subscriber usually holds.
- Per user: `enforce_user_rate_limit(request, identity)`, called where an identity has just been
  proven (`current_identity` for /v1, the Google add-on context for /addons), keyed on
  `identity.key`. Invalid tokens never reach it: they are refused before, and count only
  against the address.
"""

from __future__ import annotations

import functools
import ipaddress
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.errors import error_body
from app.api.responses import dumps
from app.errors import RateLimited
from app.ops.metrics import METRICS
from app.settings import Settings

if TYPE_CHECKING:
    from fastapi import Request

    from app.auth.identity import Identity
    from app.ops.metrics import Metrics

RATE_LIMITS = "rate_limits"  # the key in state.extras
MAX_KEYS = 100_000
# Never limited: orchestrators and Prometheus must always get through.
UNLIMITED_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class TokenBuckets:
    """`hit(key)` spends one token; returns 0.0 if allowed, else seconds until a token exists."""

    def __init__(
        self,
        per_minute: int,
        *,
        max_keys: int = MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0  # tokens per second
        self.max_keys = max_keys
        self.clock = clock
        # key -> (tokens, updated_at); insertion order is recency order.
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def hit(self, key: str) -> float:
        now = self.clock()
        tokens, updated = self._buckets.pop(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - updated) * self.rate)
        if tokens >= 1.0:
            tokens -= 1.0
            wait = 0.0
        else:
            wait = (1.0 - tokens) / self.rate
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return wait


@dataclass
class RateLimits:
    """The limiters of one process; None where the limit is turned off (0)."""

    per_ip: TokenBuckets | None
    per_user: TokenBuckets | None
    trusted_proxies: tuple[IPNetwork, ...]
    ip_exempt_prefixes: tuple[str, ...]

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimits:
        ip, user = settings.rate_limit_per_ip_per_minute, settings.rate_limit_per_user_per_minute
        return cls(
            per_ip=TokenBuckets(ip) if ip else None,
            per_user=TokenBuckets(user) if user else None,
            trusted_proxies=parse_networks(settings.trusted_proxies),
            ip_exempt_prefixes=tuple(p.rstrip("/") for p in settings.rate_limit_ip_exempt_paths),
        )

    def ip_exempt(self, path: str) -> bool:
        """The probes, /metrics, and each exempt prefix itself or anything below it."""
        if path in UNLIMITED_PATHS or path in self.ip_exempt_prefixes:
            return True
        return path.startswith(self._below_exempt)  # one C-level call per request

    @functools.cached_property
    def _below_exempt(self) -> tuple[str, ...]:
        return tuple(p + "/" for p in self.ip_exempt_prefixes)


def parse_networks(items: Iterable[str]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(item, strict=False) for item in items)


# Cached: every request parses its peer's address, and a server sees the same few peers (its
# proxies, or the same clients again); a bounded cache keeps a flood of addresses harmless.
@functools.lru_cache(maxsize=4096)
def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def client_address(scope: Scope, trusted: tuple[IPNetwork, ...]) -> str:
    """The client's address; X-Forwarded-For is read only when the peer is a trusted proxy.

    Then the rightmost address that is not itself a trusted proxy is the client: everything to
    its left was written by the client and proves nothing. If every hop is trusted, the
    leftmost one is taken (a platform such as Cloud Run that overwrites the header).
    """
    client = scope.get("client")
    peer = _address(client[0]) if client else None
    if peer is None:
        return "unknown"
    if not trusted or not any(peer in net for net in trusted):
        return str(peer)
    hops: list[str] = []
    for name, value in scope.get("headers", ()):
        if name == b"x-forwarded-for":
            hops.extend(value.decode("latin-1").split(","))
    if not hops:
        return str(peer)
    leftmost: str | None = None
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            # Garbage where an address should be: nothing further left can be trusted.
            break
        leftmost = str(address)
        if not any(address in net for net in trusted):
            return str(address)
    return leftmost or str(peer)


@functools.lru_cache(maxsize=4096)
def ip_key(address: str) -> str:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return address


def retry_after_seconds(wait: float) -> int:
    return max(1, math.ceil(wait))


def _limits_of(scope: Scope) -> tuple[RateLimits | None, Metrics | None]:
    app = scope.get("app")
    state = getattr(getattr(app, "state", None), "rightnote", None)
    if state is None:
        return None, None
    return state.extras.get(RATE_LIMITS), state.extras.get(METRICS)


class IpRateLimit:
    """Pure ASGI middleware: refuses a client over its per-address budget before any work."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limits, metrics = _limits_of(scope)
        if limits is None or limits.per_ip is None or limits.ip_exempt(scope["path"]):
            await self.app(scope, receive, send)
            return
        address = scope.get("state", {}).get("client_ip") or client_address(
            scope, limits.trusted_proxies
        )
        wait = limits.per_ip.hit(ip_key(address))
        if not wait:
            await self.app(scope, receive, send)
            return
        if metrics is not None:
            metrics.request_limited("ip")
        error = RateLimited(retry_after_seconds(wait), "too many requests from this address")
        body = dumps(error_body(error.code, error.detail))
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            *((k.lower().encode(), v.encode()) for k, v in error.headers.items()),
        ]
        await send({"type": "http.response.start", "status": 429, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def enforce_user_rate_limit(request: Request, identity: Identity) -> None:
    """Raise RateLimited (429 + Retry-After) when `identity` is over its per-user budget."""
    limits, metrics = _limits_of(request.scope)
    if limits is None or limits.per_user is None:
        return
    wait = limits.per_user.hit(identity.key)
    if wait:
        if metrics is not None:
            metrics.request_limited("user")
        raise RateLimited(retry_after_seconds(wait), "too many requests for this account")
