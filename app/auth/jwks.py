"""Microsoft Entra ID signing keys: fetched per tenant from the configured authority, cached.

Keys come only from `{authority_host}/{tenant}/discovery/v2.0/keys`, where the authority host is a
setting and the tenant a GUID already checked by the caller. Nothing in a token (`jku`, `x5u`,
`iss`) ever chooses the URL, so a forged token cannot make us trust keys from another host.

We go to the keys URL directly instead of through the OpenID configuration's `jwks_uri`: one
request instead of two, and no URL read from a response.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeGuard

import httpx
import jwt

log = logging.getLogger("rightnote.auth.jwks")

GUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)

DEFAULT_TTL_SECONDS = 6 * 3600
# Entra publishes a new key well before signing with it, so an unknown `kid` is rare for real
# tokens and common for forged ones: refetch on one at most this often per tenant.
DEFAULT_MIN_REFRESH_SECONDS = 60.0
MAX_JWKS_BYTES = 256 * 1024
MAX_KEYS = 64
MAX_TENANTS = 1024
# Tenants with no keys to show (the authority refused them, or the fetch failed) are remembered
# apart, so a flood of made-up tenant ids cannot push real tenants' keys out of the cache.
MAX_MISSES = 256
# A made-up tenant id costs one fetch each, whatever the per-tenant limit: bound the fetches for
# tenants we hold no keys for, across all tenants, to this many a minute. Past it such a token
# gets "keys unavailable; retry" (503) instead of a request to Microsoft.
DEFAULT_COLD_FETCHES_PER_MINUTE = 30
# Retries for tenants seen before whose fetch failed (network, 5xx: not refused as unknown) draw
# on a budget of their own, so a flood of made-up tenants cannot keep them from recovering.
DEFAULT_RETRY_FETCHES_PER_MINUTE = 30


class JwksUnavailable(Exception):
    """The keys could not be fetched (network, 5xx, junk) and none are cached."""


class UnknownTenant(Exception):
    """The authority answered 4xx for this tenant's keys: there is no such tenant."""


@dataclass
class _Entry:
    keys: dict[str, jwt.PyJWK] = field(default_factory=dict)
    fetched_at: float | None = None  # last successful fetch
    attempted_at: float = 0.0  # last attempt, successful or not
    rejected: bool = False  # the authority said the tenant does not exist


def is_guid(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and GUID_RE.fullmatch(value) is not None


class JwksCache:
    """Per-tenant RS256 keys with a TTL, refetched on an unknown `kid` (rate limited).

    Concurrent callers missing the same tenant share one fetch. A failed refresh keeps the keys
    already held (they rotate slowly) rather than failing every request during an outage.

    Fetches for tenants with no keys held are bounded across tenants, since a forged token may
    name any tenant id. The trade-off: a first fetch cannot tell a new real tenant from a made-up
    one, so while a flood of made-up tenants uses the cold budget (`cold_fetches_per_minute`),
    a first sign-in from a new organisation gets 503 ("retry") until the minute's budget frees
    up. Tenants already held are never limited. A tenant seen before whose fetch failed without
    being refused (network, 5xx) retries from a second budget (`retry_fetches_per_minute`, each
    tenant still at most once per `min_refresh_seconds`), which made-up tenants cannot use up:
    the authority refuses them (4xx), so they are not in it. Only while the authority itself is
    failing can made-up tenants enter that budget, and then it stays bounded all the same.
    """

    def __init__(
        self,
        http_client: httpx.AsyncClient,
        authority_host: str,
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        min_refresh_seconds: float = DEFAULT_MIN_REFRESH_SECONDS,
        timeout_seconds: float = 3.0,
        max_tenants: int = MAX_TENANTS,
        max_misses: int = MAX_MISSES,
        cold_fetches_per_minute: int = DEFAULT_COLD_FETCHES_PER_MINUTE,
        retry_fetches_per_minute: int = DEFAULT_RETRY_FETCHES_PER_MINUTE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http_client
        self._authority = authority_host.rstrip("/")
        self._ttl = ttl_seconds
        self._min_refresh = min_refresh_seconds
        self._timeout = timeout_seconds
        self._max_tenants = max_tenants
        self._clock = clock
        self._max_misses = max_misses
        self._cold_limit = cold_fetches_per_minute
        self._cold_fetches: deque[float] = deque()
        self._retry_limit = retry_fetches_per_minute
        self._retry_fetches: deque[float] = deque()
        self._entries: OrderedDict[str, _Entry] = OrderedDict()  # tenants with keys
        self._misses: OrderedDict[str, _Entry] = OrderedDict()  # tenants without
        self._inflight: dict[str, asyncio.Future[_Entry]] = {}

    def keys_url(self, tenant: str) -> str:
        if not is_guid(tenant):  # the tenant becomes a path segment: never anything else
            raise ValueError("tenant must be a GUID")
        return f"{self._authority}/{tenant.lower()}/discovery/v2.0/keys"

    async def get_key(self, tenant: str, kid: str) -> jwt.PyJWK | None:
        """The tenant's key `kid`, or None if the tenant does not publish it.

        Raises `UnknownTenant` or `JwksUnavailable` when there are no keys to check against.
        """
        tenant = tenant.lower()
        entry = self._entries.get(tenant) or self._misses.get(tenant)
        if entry is None:
            entry = await self._refresh(tenant)
        else:
            (self._entries if entry.keys else self._misses).move_to_end(tenant)
            if self._is_stale(entry) and self._may_fetch(entry):
                entry = await self._refresh(tenant)
        if entry.rejected:
            raise UnknownTenant(tenant)
        if not entry.keys:  # the last fetch failed and the retry is rate limited
            raise JwksUnavailable("no keys cached")
        key = entry.keys.get(kid)
        if key is None and self._may_fetch(entry):
            entry = await self._refresh(tenant)
            if entry.rejected:
                raise UnknownTenant(tenant)
            key = entry.keys.get(kid)
        return key

    def _is_stale(self, entry: _Entry) -> bool:
        return entry.fetched_at is None or self._clock() - entry.fetched_at >= self._ttl

    def _may_fetch(self, entry: _Entry) -> bool:
        return self._clock() - entry.attempted_at >= self._min_refresh

    def _take_cold_fetch(self, tenant: str) -> None:
        """Count a fetch for a tenant we hold no keys for; refuse it past its budget's limit: the
        retry budget for a tenant whose last fetch failed without a refusal, else the cold one."""
        held = self._entries.get(tenant)
        if held is not None and held.keys:
            return
        missed = self._misses.get(tenant)
        if missed is not None and not missed.rejected:
            window, limit, kind = self._retry_fetches, self._retry_limit, "retry"
        else:
            window, limit, kind = self._cold_fetches, self._cold_limit, "cold"
        now = self._clock()
        while window and now - window[0] >= 60.0:
            window.popleft()
        if len(window) >= limit:
            log.warning("auth.jwks.cold_fetches_limited", extra={"tenant": tenant, "kind": kind})
            raise JwksUnavailable("too many key fetches for unknown tenants; retry")
        window.append(now)

    async def _refresh(self, tenant: str) -> _Entry:
        future = self._inflight.get(tenant)
        if future is None:
            self._take_cold_fetch(tenant)
            future = asyncio.ensure_future(self._fetch_and_store(tenant))
            self._inflight[tenant] = future
            future.add_done_callback(lambda done: self._forget(tenant, done))
        # Shielded: one caller giving up must not cancel the fetch the others wait for.
        return await asyncio.shield(future)

    def _forget(self, tenant: str, done: asyncio.Future[_Entry]) -> None:
        if self._inflight.get(tenant) is done:
            del self._inflight[tenant]
        if not done.cancelled():
            done.exception()  # retrieved, so an unawaited failure is not logged as lost

    async def _fetch_and_store(self, tenant: str) -> _Entry:
        previous = self._entries.get(tenant)
        now = self._clock()
        try:
            keys = await self._fetch(tenant)
        except UnknownTenant:
            self._store(tenant, _Entry(attempted_at=now, rejected=True))
            raise
        except JwksUnavailable as exc:
            if previous is not None and previous.keys:
                log.warning("auth.jwks.refresh_failed", extra={"tenant": tenant, "why": str(exc)})
                previous.attempted_at = now
                return previous
            # Remember the attempt so a flood of tokens for a down tenant is not a flood of fetches.
            self._store(tenant, _Entry(attempted_at=now))
            raise
        entry = _Entry(keys=keys, fetched_at=now, attempted_at=now)
        self._store(tenant, entry)
        log.info("auth.jwks.fetched", extra={"tenant": tenant, "keys": len(keys)})
        return entry

    def _store(self, tenant: str, entry: _Entry) -> None:
        if entry.keys:
            self._misses.pop(tenant, None)
            table, limit = self._entries, self._max_tenants
        else:
            self._entries.pop(tenant, None)
            table, limit = self._misses, self._max_misses
        table[tenant] = entry
        table.move_to_end(tenant)
        while len(table) > limit:
            table.popitem(last=False)

    async def _fetch(self, tenant: str) -> dict[str, jwt.PyJWK]:
        url = self.keys_url(tenant)
        try:
            async with self._http.stream(
                "GET", url, timeout=self._timeout, follow_redirects=False
            ) as response:
                if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
                    raise UnknownTenant(tenant)
                if response.status_code != 200:
                    raise JwksUnavailable(f"HTTP {response.status_code}")
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_JWKS_BYTES:
                        raise JwksUnavailable("key set too large")
        except httpx.HTTPError as exc:
            raise JwksUnavailable(type(exc).__name__) from exc
        return parse_jwks(bytes(body))


def parse_jwks(body: bytes) -> dict[str, jwt.PyJWK]:
    """The RSA signing keys of a JWK set, by `kid`; keys of other kinds or uses are skipped."""
    try:
        document = json.loads(body)
    except ValueError as exc:
        raise JwksUnavailable("key set is not JSON") from exc
    raw_keys = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(raw_keys, list):
        raise JwksUnavailable("key set has no keys")
    keys: dict[str, jwt.PyJWK] = {}
    for raw in raw_keys[:MAX_KEYS]:
        if not isinstance(raw, dict) or raw.get("kty") != "RSA":
            continue
        kid = raw.get("kid")
        if not isinstance(kid, str) or not kid or raw.get("use", "sig") != "sig":
            continue
        try:
            keys[kid] = jwt.PyJWK(raw, algorithm="RS256")
        except jwt.PyJWTError:
            continue
    if not keys:
        raise JwksUnavailable("key set has no usable RSA signing key")
    return keys
