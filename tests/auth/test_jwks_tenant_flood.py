"""Made-up tenant ids in forged Entra tokens: each one names a key set to fetch. The per-tenant
refetch limit does not bound that; these tests hold the cache to a bound across tenants, and keep
real tenants' keys in the cache whatever the flood."""

from __future__ import annotations

import uuid

import httpx
import pytest

from app.auth.jwks import DEFAULT_COLD_FETCHES_PER_MINUTE, JwksCache, JwksUnavailable
from app.auth.microsoft import EntraTokenVerifier
from app.errors import ProviderUnavailable, Unauthorized
from app.settings import Settings
from tests.auth.test_microsoft_tokens import FakeClock
from tests.fakes.microsoft_identity import (
    ALICE,
    API_CLIENT_ID,
    APP_ID_URI,
    AUTHORITY_HOST,
    TENANT_ID,
    FakeMicrosoftIdentity,
    FakeUser,
)


def multi_tenant(http: httpx.AsyncClient, jwks: JwksCache) -> EntraTokenVerifier:
    settings = Settings(
        microsoft_client_id=API_CLIENT_ID,
        microsoft_app_id_uri=APP_ID_URI,
        microsoft_authority_host=AUTHORITY_HOST,
        microsoft_allowed_tenants=[],  # a multi-tenant app: any tenant may sign in
    )
    return EntraTokenVerifier(settings, http, jwks=jwks)


def stranger_token(fake: FakeMicrosoftIdentity) -> str:
    tenant = str(uuid.uuid4())
    return fake.access_token(FakeUser(ALICE.oid, tenant, "x@y.example", "X"), key=fake.attacker_key)


async def test_a_flood_of_made_up_tenants_is_not_a_flood_of_fetches(
    http: httpx.AsyncClient, fake: FakeMicrosoftIdentity
) -> None:
    clock = FakeClock()
    verifier = multi_tenant(http, JwksCache(http, AUTHORITY_HOST, clock=clock))
    assert await verifier.verify(fake.access_token()) is not None  # a real tenant, warm

    statuses = []
    for _ in range(200):
        with pytest.raises((Unauthorized, ProviderUnavailable)) as caught:
            await verifier.verify(stranger_token(fake))
        statuses.append(caught.value.status_code)
    fetched = sum(n for tenant, n in fake.jwks_requests.items() if tenant != TENANT_ID)
    # Before: 200 fetches, one per made-up tenant.
    assert fetched == DEFAULT_COLD_FETCHES_PER_MINUTE - 1  # the real tenant's first was one
    assert set(statuses) == {401, 503}
    # The real tenant is not held up by the flood, and costs no fetch.
    assert await verifier.verify(fake.access_token()) is not None
    assert fake.jwks_requests[TENANT_ID] == 1

    # A minute on, an unknown tenant is looked up again (it may be a new customer).
    clock.advance(60)
    newcomer = FakeUser("44444444-aaaa-4bbb-8ccc-000000000004", str(uuid.uuid4()), "n@e.x", "N")
    with pytest.raises(Unauthorized):
        await verifier.verify(fake.access_token(newcomer))
    assert fake.jwks_requests[newcomer.tid] == 1


async def test_made_up_tenants_do_not_push_real_keys_out(
    http: httpx.AsyncClient, fake: FakeMicrosoftIdentity
) -> None:
    clock = FakeClock()
    jwks = JwksCache(http, AUTHORITY_HOST, clock=clock, max_tenants=2)
    verifier = multi_tenant(http, jwks)
    assert await verifier.verify(fake.access_token()) is not None

    for _ in range(10):
        with pytest.raises(Unauthorized):
            await verifier.verify(stranger_token(fake))
    # Before: the ten refusals evicted the real tenant's keys, refetched on its next token.
    assert await verifier.verify(fake.access_token()) is not None
    assert fake.jwks_requests[TENANT_ID] == 1


async def test_a_real_tenant_whose_fetch_failed_recovers_during_a_flood(
    http: httpx.AsyncClient, fake: FakeMicrosoftIdentity
) -> None:
    clock = FakeClock()
    verifier = multi_tenant(http, JwksCache(http, AUTHORITY_HOST, clock=clock))
    fake.keys_status = 503  # the real tenant's first fetch fails: it is remembered as a miss
    with pytest.raises(ProviderUnavailable):
        await verifier.verify(fake.access_token())
    fake.keys_status = None

    clock.advance(61)  # past the tenant's own refetch limit
    for _ in range(DEFAULT_COLD_FETCHES_PER_MINUTE + 5):  # the cold budget is used up
        with pytest.raises((Unauthorized, ProviderUnavailable)):
            await verifier.verify(stranger_token(fake))

    # Before: its retry drew on the cold budget the flood had spent, so it got 503 for as long
    # as the flood lasted.
    assert await verifier.verify(fake.access_token()) is not None
    assert fake.jwks_requests[TENANT_ID] == 2


async def test_a_first_sign_in_during_a_flood_waits_for_the_budget(
    http: httpx.AsyncClient, fake: FakeMicrosoftIdentity
) -> None:
    # The stated trade-off: a new tenant cannot be told from a made-up one before its fetch,
    # so it shares the cold budget, and gets "retry" (503) until the minute frees it.
    clock = FakeClock()
    verifier = multi_tenant(http, JwksCache(http, AUTHORITY_HOST, clock=clock))
    for _ in range(DEFAULT_COLD_FETCHES_PER_MINUTE):
        with pytest.raises(Unauthorized):
            await verifier.verify(stranger_token(fake))
    with pytest.raises(ProviderUnavailable):
        await verifier.verify(fake.access_token())
    assert fake.jwks_requests[TENANT_ID] == 0
    clock.advance(60)
    assert await verifier.verify(fake.access_token()) is not None
    assert fake.jwks_requests[TENANT_ID] == 1


async def test_the_retry_budget_is_bounded_too(
    http: httpx.AsyncClient, fake: FakeMicrosoftIdentity
) -> None:
    # Made-up tenants reach the retry budget only while the authority fails (no 4xx then);
    # the fake refuses unknown tenants even so, so stand in real ones that are all failing.
    clock = FakeClock()
    jwks = JwksCache(
        http, AUTHORITY_HOST, clock=clock, cold_fetches_per_minute=100, retry_fetches_per_minute=3
    )
    tenants = [str(uuid.uuid4()) for _ in range(6)]
    for tenant in tenants:
        fake.tenants.add(tenant)
    fake.keys_status = 503
    for tenant in tenants:
        with pytest.raises(JwksUnavailable):
            await jwks.get_key(tenant, "kid")
    clock.advance(61)
    before = sum(fake.jwks_requests[t] for t in tenants)
    for tenant in tenants:
        with pytest.raises(JwksUnavailable):
            await jwks.get_key(tenant, "kid")
    assert sum(fake.jwks_requests[t] for t in tenants) - before == 3
