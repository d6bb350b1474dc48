"""Google's token-signing certificates, fetched with our own http client and cached.

Google publishes its ID-token signing certificates at https://www.googleapis.com/oauth2/v1/certs
as a JSON object `{kid: PEM X.509 certificate}`. The v3 JWKS form `{"keys": [...]}` is accepted
too, so `RIGHTNOTE_GOOGLE_CERTS_URL` may point at either. The cache:

- honours `Cache-Control: max-age` (minus `Age`), clamped to a sane window;
- refetches once when a token names an unknown `kid` (Google rotated its keys), but at most once per
  `min_refresh_interval`, so a flood of tokens with made-up kids cannot make us hammer Google;
- lets concurrent callers share one fetch (a lock plus a generation counter);
- keeps serving the previous certificates for a bounded time when a refetch fails, since a
  certificate Google published recently is still Google's; with nothing usable it answers 503.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from jwt import PyJWK
from jwt.exceptions import PyJWKError

from app.errors import ProviderUnavailable, Unauthorized

log = logging.getLogger("rightnote.auth.google_certs")

# Google's document is a few KB; the cap only guards against a misconfigured URL.
MAX_CERTS_BYTES = 256 * 1024
_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*(\d+)", re.IGNORECASE)


class CertsDocumentError(ValueError):
    """The certs document could not be read."""


def parse_certs_document(document: Any) -> dict[str, RSAPublicKey]:
    """`{kid: PEM certificate}` (Google's v1 format) or a JWKS → `{kid: RSA public key}`."""
    if not isinstance(document, dict):
        raise CertsDocumentError("the certs document is not a JSON object")
    keys: dict[str, RSAPublicKey] = {}
    if isinstance(document.get("keys"), list):
        for jwk in document["keys"]:
            if not isinstance(jwk, dict) or not isinstance(jwk.get("kid"), str):
                continue
            try:
                key = PyJWK.from_dict(jwk).key
            except PyJWKError:
                continue
            if isinstance(key, RSAPublicKey):
                keys[jwk["kid"]] = key
    else:
        for kid, pem in document.items():
            if not isinstance(kid, str) or not isinstance(pem, str):
                continue
            try:
                public_key = x509.load_pem_x509_certificate(pem.encode()).public_key()
            except ValueError:
                continue
            if isinstance(public_key, RSAPublicKey):
                keys[kid] = public_key
    if not keys:
        raise CertsDocumentError("the certs document holds no usable RSA key")
    return keys


def cache_lifetime(headers: httpx.Headers, *, default: float) -> float:
    """Seconds the response may be reused: `max-age` minus `Age`, or `default` without max-age."""
    control = headers.get("cache-control", "")
    if "no-store" in control.lower() or "no-cache" in control.lower():
        return 0.0
    match = _MAX_AGE.search(control)
    if match is None:
        return default
    age = 0
    try:
        age = int(headers.get("age", "0"))
    except ValueError:
        age = 0
    return float(max(0, int(match.group(1)) - max(0, age)))


class GoogleCerts:
    """Async cache of Google's signing keys. One instance per process, built in the lifespan."""

    def __init__(
        self,
        http_client: httpx.AsyncClient,
        url: str,
        *,
        timeout: float = 3.0,
        default_ttl: float = 300.0,
        max_ttl: float = 24 * 3600.0,
        min_refresh_interval: float = 60.0,
        retry_after_failure: float = 5.0,
        stale_grace: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http_client
        self.url = url
        self._timeout = timeout
        self._default_ttl = default_ttl
        self._max_ttl = max_ttl
        # Also the floor for max-age: `max-age=0` must not turn every request into a fetch.
        self._min_refresh_interval = min_refresh_interval
        self._retry_after_failure = retry_after_failure
        self._stale_grace = stale_grace
        self._clock = clock
        self._keys: dict[str, RSAPublicKey] = {}
        self._expires_at = 0.0
        self._last_attempt: float | None = None
        self._last_failed = False
        self._generation = 0
        self._lock = asyncio.Lock()

    async def key_for(self, kid: str) -> RSAPublicKey:
        """The public key Google signs with under `kid`.

        Raises `Unauthorized` for a kid Google does not publish, `ProviderUnavailable` when the
        certificates cannot be fetched and no recent copy is at hand.
        """
        now = self._clock()
        generation = self._generation
        fresh = bool(self._keys) and now < self._expires_at
        if fresh:
            key = self._keys.get(kid)
            if key is not None:
                return key
            if self._recently_attempted(now, self._min_refresh_interval):
                raise Unauthorized("the token is signed with a key Google does not publish")
            await self._refresh(generation)
        elif not (self._last_failed and self._recently_attempted(now, self._retry_after_failure)):
            await self._refresh(generation)

        key = self._keys.get(kid)
        now = self._clock()
        if key is not None and now < self._expires_at + self._usable_staleness():
            return key
        if self._last_failed and not (self._keys and now < self._expires_at):
            raise ProviderUnavailable("Google's signing certificates could not be fetched")
        raise Unauthorized("the token is signed with a key Google does not publish")

    def _usable_staleness(self) -> float:
        # Expired keys are only used while refetching fails, and only for `stale_grace`.
        return self._stale_grace if self._last_failed else 0.0

    def _recently_attempted(self, now: float, interval: float) -> bool:
        return self._last_attempt is not None and now - self._last_attempt < interval

    async def _refresh(self, seen_generation: int) -> None:
        async with self._lock:
            if self._generation != seen_generation:
                return  # another caller fetched while we waited: share its result
            try:
                keys, ttl = await self._fetch()
            except (httpx.HTTPError, CertsDocumentError, ValueError) as exc:
                self._last_failed = True
                log.warning(
                    "google.certs_fetch_failed",
                    extra={"url": self.url, "error": type(exc).__name__},
                )
            else:
                self._keys = keys
                self._expires_at = self._clock() + ttl
                self._last_failed = False
            finally:
                self._last_attempt = self._clock()
                self._generation += 1

    async def _fetch(self) -> tuple[dict[str, RSAPublicKey], float]:
        async with self._http.stream(
            "GET", self.url, timeout=self._timeout, headers={"accept": "application/json"}
        ) as response:
            response.raise_for_status()
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > MAX_CERTS_BYTES:
                    raise CertsDocumentError("the certs document is unreasonably large")
        keys = parse_certs_document(json.loads(body))
        ttl = cache_lifetime(response.headers, default=self._default_ttl)
        ttl = min(max(ttl, self._min_refresh_interval), self._max_ttl)
        log.info("google.certs_fetched", extra={"keys": len(keys), "ttl_seconds": int(ttl)})
        return keys, ttl
