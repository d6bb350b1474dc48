"""Rate limits per client address and per signed-in user: 429 with Retry-After.

Token buckets: a key may burst up to its per-minute limit, then gets one request per
(60 / limit) seconds.

- Without RIGHTNOTE_REDIS_URL the buckets live in process memory, a bounded LRU (a flood of
  addresses costs fixed memory; an evicted key starts over with a full bucket, which is only
  ever more lenient). They hold per process: N replicas give a client N times the limit.
- With RIGHTNOTE_REDIS_URL every replica spends from the same bucket in Redis: one atomic Lua
  script (`BUCKET_SCRIPT`, run with EVALSHA by redis-py) reads, refills, spends and writes the
  bucket, timed by the Redis server's clock so replicas' clocks need not agree. Keys are hashed
  (no address or account id is stored in clear) and expire once a bucket would be full again.
- Redis down or slow (over `REDIS_TIMEOUT_SECONDS`): the limiter falls back to this process's
  own buckets, logs one warning per `WARN_EVERY_SECONDS` and counts
  `rightnote_rate_limit_store_errors_total`; it tries Redis again after
  `RETRY_REDIS_AFTER_SECONDS`. Fail open to the per-process limit, not closed and not
  unlimited: an outage of the limiter's store must not take the API down, and an abuser still
  meets a limit (N times the shared one, as without Redis).

- Per IP: `ip_limit`, checked by the request-context middleware (app/ops/http.py) in front of
  every route except the probes, `/metrics` and RIGHTNOTE_RATE_LIMIT_IP_EXEMPT_PATHS. IPv6
  clients are keyed by their /64, which is what one subscriber usually holds.
- Per user: `await enforce_user_rate_limit(request, identity)`, called where an identity has
  just been proven (`current_identity` for /v1, the Google add-on context for /addons), keyed
  on `identity.key`. Invalid tokens never reach it: they are refused before, and count only
  against the address.
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from starlette.types import Scope

from app.errors import RateLimited
from app.settings import Settings
from app.state import resources_of

if TYPE_CHECKING:
    from fastapi import Request

    from app.auth.identity import Identity
    from app.ops.metrics import Metrics

log = logging.getLogger("rightnote.ratelimit")

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
        # Every request spends from two buckets (address and user): written for the common
        # case, a key seen before, with no default tuple, no min() call and no size check.
        now = self.clock()
        buckets = self._buckets
        saved = buckets.pop(key, None)
        if saved is None:
            tokens = self.capacity  # a new key starts full
        else:
            tokens = saved[0] + (now - saved[1]) * self.rate
            if tokens > self.capacity:
                tokens = self.capacity
        if tokens >= 1.0:
            tokens -= 1.0
            wait = 0.0
        else:
            wait = (1.0 - tokens) / self.rate
        buckets[key] = (tokens, now)
        if saved is None:  # only a new key can take the map past its bound
            while len(buckets) > self.max_keys:
                buckets.popitem(last=False)
        return wait

    def wait(self, key: str) -> float:
        """Seconds until `key` has a token (0.0: it has one now); spends nothing."""
        saved = self._buckets.get(key)
        if saved is None:
            return 0.0
        tokens, updated = saved
        tokens = min(self.capacity, tokens + (self.clock() - updated) * self.rate)
        return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate


class Limiter(Protocol):
    per_minute: int

    async def hit(self, key: str) -> float:
        """Spend one token of `key`: 0.0 if allowed, else seconds until a token exists."""
        ...


class LocalLimiter:
    """This process's buckets (no RIGHTNOTE_REDIS_URL)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.buckets = TokenBuckets(per_minute)

    async def hit(self, key: str) -> float:
        return self.buckets.hit(key)


# KEYS[1] the bucket; ARGV[1] capacity (tokens), ARGV[2] refill rate (tokens per second).
# Returns the wait in seconds as a string (Redis would truncate a Lua number to an integer).
BUCKET_SCRIPT = """
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(saved[1])
local at = tonumber(saved[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = (1 - tokens) / rate
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('EXPIRE', KEYS[1], math.ceil(capacity / rate) + 1)
return tostring(wait)
"""

# A rate-limit check must cost milliseconds: past this Redis counts as down for the request.
REDIS_TIMEOUT_SECONDS = 0.25
# After a failure, requests use the local buckets for this long before Redis is tried again
# (a dead Redis would otherwise add its timeout to every request).
RETRY_REDIS_AFTER_SECONDS = 5.0
WARN_EVERY_SECONDS = 60.0


def connect_redis(url: str) -> Redis:
    """A client for the limits: short timeouts, no retries (the fallback is the retry)."""
    return Redis.from_url(
        url,
        socket_timeout=REDIS_TIMEOUT_SECONDS,
        socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        retry=Retry(NoBackoff(), 0),
        health_check_interval=30,
    )


@dataclass
class RedisLimiter:
    """Buckets shared by every replica through Redis, with this process's as the fallback."""

    redis: Redis
    per_minute: int
    name: str  # "ip" or "user": part of the key, and the metric label
    prefix: str
    metrics: Metrics | None = None
    clock: Callable[[], float] = time.monotonic
    fallback: TokenBuckets = field(init=False)
    _down_until: float = field(default=float("-inf"), init=False)
    _warned_at: float = field(default=float("-inf"), init=False)

    def __post_init__(self) -> None:
        self.fallback = TokenBuckets(self.per_minute, clock=self.clock)
        self._script = self.redis.register_script(BUCKET_SCRIPT)
        self._args = (self.per_minute, repr(self.per_minute / 60.0))

    def key(self, key: str) -> str:
        # Hashed: Redis holds no client address or account id in clear.
        digest = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
        return f"{self.prefix}:ratelimit:{self.name}:{digest}"

    async def hit(self, key: str) -> float:
        now = self.clock()
        if now < self._down_until:
            return self.fallback.hit(key)
        try:
            wait = await self._script(keys=[self.key(key)], args=self._args)
            return float(wait)
        except (RedisError, OSError, ValueError) as error:
            self._down_until = now + RETRY_REDIS_AFTER_SECONDS
            if self.metrics is not None:
                self.metrics.rate_limit_store_error(self.name)
            if now - self._warned_at >= WARN_EVERY_SECONDS:
                self._warned_at = now
                # The error's class only: its text can carry the URL (and a password).
                log.warning(
                    "ratelimit.redis_unavailable",
                    extra={"limit": self.name, "error": type(error).__name__},
                )
            return self.fallback.hit(key)


@dataclass
class RateLimits:
    """The limiters of one process; None where the limit is turned off (0)."""

    per_ip: Limiter | None
    per_user: Limiter | None
    trusted_proxies: tuple[IPNetwork, ...]
    ip_exempt_prefixes: tuple[str, ...]
    redis: Redis | None = None
    # Refused webhook notifications per client address (app/api/webhook_routes.py); per process:
    # it bounds the cost of forged notifications, which each cost a database lookup.
    webhook_failures: TokenBuckets | None = None

    @classmethod
    def from_settings(cls, settings: Settings, metrics: Metrics | None = None) -> RateLimits:
        ip, user = settings.rate_limit_per_ip_per_minute, settings.rate_limit_per_user_per_minute
        failures = settings.webhook_failures_per_ip_per_minute
        redis: Redis | None = None
        if settings.redis_url is not None and (ip or user):
            redis = connect_redis(settings.redis_url.get_secret_value())

        def limiter(per_minute: int, name: str) -> Limiter | None:
            if not per_minute:
                return None
            if redis is None:
                return LocalLimiter(per_minute)
            return RedisLimiter(redis, per_minute, name, settings.redis_key_prefix, metrics)

        return cls(
            per_ip=limiter(ip, "ip"),
            per_user=limiter(user, "user"),
            trusted_proxies=parse_networks(settings.trusted_proxies),
            ip_exempt_prefixes=tuple(p.rstrip("/") for p in settings.rate_limit_ip_exempt_paths),
            redis=redis,
            webhook_failures=TokenBuckets(failures) if failures else None,
        )

    async def aclose(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()

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


@functools.lru_cache(maxsize=4096)
def _peer_text(text: str) -> str | None:
    """The canonical text of an address (None for garbage); cached like `_address`, since
    writing an address back out costs as much as parsing it."""
    address = _address(text)
    return None if address is None else str(address)


def client_address(scope: Scope, trusted: tuple[IPNetwork, ...]) -> str:
    """The client's address; X-Forwarded-For is read only when the peer is a trusted proxy.

    Then the rightmost address that is not itself a trusted proxy is the client: everything to
    its left was written by the client and proves nothing. If every hop is trusted, the
    leftmost one is taken (a platform such as Cloud Run that overwrites the header).
    """
    client = scope.get("client")
    if not trusted:  # the common case: no proxy to look behind
        return (_peer_text(client[0]) if client else None) or "unknown"
    peer = _address(client[0]) if client else None
    if peer is None:
        return "unknown"
    if not any(peer in net for net in trusted):
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
    resources = resources_of(scope.get("app"))
    if resources is None:  # the lifespan has not run: no limits
        return None, None
    return resources.rate_limits, resources.metrics


async def ip_limit(
    path: str, address: str, limits: RateLimits, metrics: Metrics | None
) -> RateLimited | None:
    """The 429 for a client over its per-address budget, else None (the request goes on).

    Run by the request-context middleware (app/ops/http.py) before the body is read.
    """
    if limits.per_ip is None or limits.ip_exempt(path):
        return None
    wait = await limits.per_ip.hit(ip_key(address))
    if not wait:
        return None
    if metrics is not None:
        metrics.request_limited("ip")
    return RateLimited(retry_after_seconds(wait), "too many requests from this address")


async def enforce_user_rate_limit(request: Request, identity: Identity) -> None:
    """Raise RateLimited (429 + Retry-After) when `identity` is over its per-user budget."""
    limits, metrics = _limits_of(request.scope)
    if limits is not None:
        await limit_user(identity, limits, metrics)


async def limit_user(identity: Identity, limits: RateLimits, metrics: Metrics | None) -> None:
    """`enforce_user_rate_limit` for a caller that holds the open resources already (the /v1
    identity dependency): no lookup of them through the request's app."""
    if limits.per_user is None:
        return
    wait = await limits.per_user.hit(identity.key)
    if wait:
        if metrics is not None:
            metrics.request_limited("user")
        raise RateLimited(retry_after_seconds(wait), "too many requests for this account")
