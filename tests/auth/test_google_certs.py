"""The cache of Google's signing certificates: reuse, max-age, rotation, floods, outages."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from app.auth.google_certs import (
    CertsDocumentError,
    GoogleCerts,
    cache_lifetime,
    parse_certs_document,
)
from app.errors import ProviderUnavailable, Unauthorized
from tests.fakes.google_identity import CERTS_PATH, FakeGoogleIdentity
from tests.fakes.server import serve_asgi

URL = "https://www.googleapis.com/oauth2/v1/certs"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def google() -> FakeGoogleIdentity:
    return FakeGoogleIdentity()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def http(google: FakeGoogleIdentity):
    async with httpx.AsyncClient(transport=google.transport()) as client:
        yield client


def make(http: httpx.AsyncClient, clock: Clock, **kwargs) -> GoogleCerts:
    return GoogleCerts(http, URL, clock=clock, **kwargs)


async def test_keys_are_fetched_once_and_reused(google, http, clock) -> None:
    certs = make(http, clock)
    first = await certs.key_for(google.kid)
    for _ in range(5):
        assert await certs.key_for(google.kid) is first
    assert google.fetches == 1


async def test_max_age_is_honoured(google, http, clock) -> None:
    google.max_age = 3600
    certs = make(http, clock)
    await certs.key_for(google.kid)
    clock.advance(3599)
    await certs.key_for(google.kid)
    assert google.fetches == 1
    clock.advance(2)
    await certs.key_for(google.kid)
    assert google.fetches == 2


async def test_age_header_shortens_the_lifetime(google, http, clock) -> None:
    google.max_age, google.age = 3600, 3000
    certs = make(http, clock)
    await certs.key_for(google.kid)
    clock.advance(601)
    await certs.key_for(google.kid)
    assert google.fetches == 2


async def test_max_age_zero_does_not_mean_a_fetch_per_request(google, http, clock) -> None:
    google.max_age = 0
    certs = make(http, clock, min_refresh_interval=60)
    for _ in range(10):
        await certs.key_for(google.kid)
        clock.advance(1)
    assert google.fetches == 1


async def test_rotation_unknown_kid_triggers_one_refetch(google, http, clock) -> None:
    certs = make(http, clock)
    await certs.key_for(google.kid)
    clock.advance(120)  # well inside max-age, past the refetch rate limit
    new_kid = google.rotate()
    key = await certs.key_for(new_kid)
    assert key.public_numbers() == google._published[new_kid].key.public_key().public_numbers()
    assert google.fetches == 2


async def test_a_flood_of_made_up_kids_causes_at_most_one_refetch_per_interval(
    google, http, clock
) -> None:
    certs = make(http, clock, min_refresh_interval=60)
    await certs.key_for(google.kid)
    clock.advance(61)
    for i in range(50):
        with pytest.raises(Unauthorized):
            await certs.key_for(f"forged-{i}")
    assert google.fetches == 2  # the first unknown kid refetched; the other 49 did not
    clock.advance(61)
    with pytest.raises(Unauthorized):
        await certs.key_for("forged-again")
    assert google.fetches == 3
    # The genuine key still works throughout.
    await certs.key_for(google.kid)
    assert google.fetches == 3


async def test_unknown_kid_right_after_a_fetch_does_not_refetch(google, http, clock) -> None:
    certs = make(http, clock)
    with pytest.raises(Unauthorized):
        await certs.key_for("nobody-published-this")
    assert google.fetches == 1


async def test_concurrent_callers_share_one_fetch(google, clock) -> None:
    gate = asyncio.Event()

    async def slow_handler(request: httpx.Request) -> httpx.Response:
        await gate.wait()
        response: httpx.Response = google.handler(request)
        return response

    async with httpx.AsyncClient(transport=httpx.MockTransport(slow_handler)) as client:
        certs = make(client, clock)
        tasks = [asyncio.create_task(certs.key_for(google.kid)) for _ in range(20)]
        for _ in range(5):
            await asyncio.sleep(0)  # let every task reach the fetch
        gate.set()
        keys = await asyncio.gather(*tasks)
    assert google.fetches == 1
    assert all(key is keys[0] for key in keys)


async def test_outage_with_nothing_cached_is_a_503(google, http, clock) -> None:
    google.status = 500
    certs = make(http, clock, retry_after_failure=5)
    with pytest.raises(ProviderUnavailable) as info:
        await certs.key_for(google.kid)
    assert info.value.status_code == 503
    # Requests right after a failure do not hammer Google ...
    with pytest.raises(ProviderUnavailable):
        await certs.key_for(google.kid)
    assert google.fetches == 1
    # ... and once it recovers, the next attempt after the back-off succeeds.
    google.status = 200
    clock.advance(6)
    await certs.key_for(google.kid)
    assert google.fetches == 2


async def test_outage_keeps_recent_keys_usable_for_a_bounded_time(google, http, clock) -> None:
    google.max_age = 3600
    certs = make(http, clock, stale_grace=1800, retry_after_failure=5)
    await certs.key_for(google.kid)
    google.status = 503
    clock.advance(3601)
    await certs.key_for(google.kid)  # stale but recent: still Google's key
    assert google.fetches == 2
    clock.advance(1800)
    with pytest.raises(ProviderUnavailable):
        await certs.key_for(google.kid)


async def test_unreachable_google_is_a_503(google, clock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no network", request=request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(refuse)) as client:
        with pytest.raises(ProviderUnavailable):
            await make(client, clock).key_for(google.kid)


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b"{}", b'{"k": "not a certificate"}', b'{"keys": [{"kty": "oct"}]}'],
)
async def test_junk_documents_are_an_outage_not_a_crash(google, clock, body) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(ProviderUnavailable):
            await make(client, clock).key_for(google.kid)


async def test_oversized_document_is_refused(google, clock) -> None:
    huge = b'{"k": "' + b"A" * 300_000 + b'"}'
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=huge))
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(ProviderUnavailable):
            await make(client, clock).key_for(google.kid)


def test_jwks_documents_are_accepted_too(google) -> None:
    import json

    from jwt.algorithms import RSAAlgorithm

    public = google._published[google.kid].key.public_key()
    jwk = json.loads(RSAAlgorithm.to_jwk(public))
    keys = parse_certs_document({"keys": [{**jwk, "kid": "jwk-1", "alg": "RS256"}]})
    assert keys["jwk-1"].public_numbers() == public.public_numbers()


def test_parse_rejects_documents_without_keys() -> None:
    with pytest.raises(CertsDocumentError):
        parse_certs_document({"kid": 5})


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"cache-control": "public, max-age=19800, must-revalidate, no-transform"}, 19800.0),
        ({"cache-control": "max-age=100", "age": "40"}, 60.0),
        ({"cache-control": "max-age=100", "age": "400"}, 0.0),
        ({"cache-control": "no-cache"}, 0.0),
        ({}, 300.0),
        ({"cache-control": "max-age=100", "age": "junk"}, 100.0),
    ],
)
def test_cache_lifetime(headers, expected) -> None:
    assert cache_lifetime(httpx.Headers(headers), default=300.0) == expected


async def test_fetch_over_a_real_loopback_socket(google) -> None:
    with serve_asgi(google.asgi_app) as base_url:
        async with httpx.AsyncClient() as client:
            certs = GoogleCerts(client, base_url + CERTS_PATH)
            key = await certs.key_for(google.kid)
    assert key.public_numbers() == google._published[google.kid].key.public_key().public_numbers()
    assert google.fetches == 1
