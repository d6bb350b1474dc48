"""Entra ID access tokens: what is accepted, what is refused (401), and how keys are fetched."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet

from app.auth.identity import CurrentIdentity, Identity
from app.auth.jwks import DEFAULT_MIN_REFRESH_SECONDS, DEFAULT_TTL_SECONDS, JwksCache
from app.auth.microsoft import EntraTokenVerifier, app_id_uri, build_entra_verifier
from app.errors import ProviderUnavailable, Unauthorized
from app.settings import AuthMode, Settings
from tests.fakes.microsoft_identity import (
    ALICE,
    API_CLIENT_ID,
    APP_ID_URI,
    AUTHORITY_HOST,
    MALLORY,
    OFFICE_CLIENT_ID,
    OTHER_TENANT_ID,
    STRANGER_CLIENT_ID,
    TENANT_ID,
    FakeMicrosoftIdentity,
    FakeUser,
)
from tests.fakes.transport import FakeHosts

UNKNOWN_TENANT_ID = "0badc0de-0000-4000-8000-000000000000"


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "microsoft_client_id": API_CLIENT_ID,
        "microsoft_app_id_uri": APP_ID_URI,
        "microsoft_authority_host": AUTHORITY_HOST,
        "microsoft_allowed_tenants": [TENANT_ID],
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def hosts(fake: FakeMicrosoftIdentity) -> FakeHosts:
    return fake.hosts()


@pytest.fixture
async def http(hosts: FakeHosts) -> AsyncIterator[httpx.AsyncClient]:
    async with hosts.async_client() as client:
        yield client


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def build(http: httpx.AsyncClient, clock: FakeClock, **overrides: Any) -> EntraTokenVerifier:
    settings = make_settings(**overrides)
    jwks = JwksCache(http, settings.microsoft_authority_host, clock=clock)
    return EntraTokenVerifier(settings, http, jwks=jwks)


@pytest.fixture
def verifier(http: httpx.AsyncClient, clock: FakeClock) -> EntraTokenVerifier:
    return build(http, clock)


async def refused(verifier: EntraTokenVerifier, token: str) -> str:
    with pytest.raises(Unauthorized) as caught:
        await verifier.verify(token)
    assert caught.value.status_code == 401
    return str(caught.value.detail)


# --- accepted ----------------------------------------------------------------------------


async def test_valid_v2_token_is_keyed_on_oid_and_tid(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    identity = await verifier.verify(fake.access_token(ALICE))

    assert identity == Identity(
        provider="microsoft",
        subject=ALICE.oid,
        tenant=TENANT_ID,
        email=ALICE.username,
        name=ALICE.name,
    )
    assert identity.key == f"microsoft:{TENANT_ID}:{ALICE.oid}"
    assert fake.jwks_requests == {TENANT_ID: 1}


async def test_valid_v1_token_with_app_id_uri_audience_and_sts_issuer(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    token = fake.access_token(ALICE, version="1.0")

    identity = await verifier.verify(token)

    assert identity is not None
    assert (identity.subject, identity.tenant, identity.email) == (
        ALICE.oid,
        TENANT_ID,
        ALICE.username,
    )


async def test_same_user_same_key_whatever_the_email(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    renamed = FakeUser(ALICE.oid, ALICE.tid, "alice.new@contoso.example", "Alice N.")
    first = await verifier.verify(fake.access_token(ALICE))
    second = await verifier.verify(fake.access_token(renamed))
    assert first is not None and second is not None
    assert first.key == second.key


async def test_scope_list_containing_access_as_user_is_enough(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    token = fake.access_token(overrides={"scp": "User.Read access_as_user"})
    assert await verifier.verify(token) is not None


async def test_small_clock_skew_is_tolerated(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    now = int(time.time())
    token = fake.access_token(overrides={"exp": now - 10, "nbf": now + 10})
    assert await verifier.verify(token) is not None


async def test_empty_allow_list_accepts_any_tenant(
    http: httpx.AsyncClient, clock: FakeClock, fake: FakeMicrosoftIdentity
) -> None:
    verifier = build(http, clock, microsoft_allowed_tenants=[])
    identity = await verifier.verify(fake.access_token(MALLORY))
    assert identity is not None and identity.tenant == OTHER_TENANT_ID
    assert fake.jwks_requests == {OTHER_TENANT_ID: 1}


# --- not ours: left to the other verifiers ----------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "not-a-jwt",
        "a.b.c",
        "x" * 20_000,
        # A Google ID token's shape: no Entra issuer, no tenant.
        "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ."
        "eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJzdWIiOiIxIn0.c2ln",
    ],
)
async def test_tokens_that_are_not_entra_tokens_are_not_ours(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, token: str
) -> None:
    assert await verifier.verify(token) is None
    assert fake.jwks_requests == {}


# --- refused -------------------------------------------------------------------------------


async def test_forged_signature_with_a_kid_we_publish(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    forged = fake.access_token(key=fake.forged_key(fake.active_key.kid))
    assert "signature" in await refused(verifier, forged)
    assert fake.jwks_requests == {TENANT_ID: 1}


async def test_forged_signature_with_an_unknown_kid_refetches_once(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, clock: FakeClock
) -> None:
    assert await verifier.verify(fake.access_token()) is not None
    assert fake.jwks_requests[TENANT_ID] == 1
    clock.advance(DEFAULT_MIN_REFRESH_SECONDS + 1)

    assert "signing key" in await refused(verifier, fake.access_token(key=fake.attacker_key))
    assert fake.jwks_requests[TENANT_ID] == 2  # one refetch: the key might have rotated

    # A flood of made-up kids does not become a flood of fetches.
    for n in range(5):
        await refused(verifier, fake.access_token(key=fake.forged_key(f"made-up-{n}")))
    assert fake.jwks_requests[TENANT_ID] == 2


async def test_key_urls_in_the_token_are_never_fetched(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, hosts: FakeHosts
) -> None:
    forged = fake.access_token(
        key=fake.attacker_key,
        headers={"jku": "https://evil.example/keys", "x5u": "https://evil.example/cert"},
        overrides={"iss": "https://evil.example/" + TENANT_ID + "/v2.0"},
    )
    await refused(verifier, forged)
    forged_v2 = fake.access_token(
        key=fake.attacker_key, headers={"jku": "https://evil.example/keys"}
    )
    await refused(verifier, forged_v2)
    assert {r.url.host for r in hosts.requests} <= {"login.fake"}
    assert all(f"/{TENANT_ID}/discovery/v2.0/keys" == r.url.path for r in hosts.requests)


async def test_tenant_outside_the_allow_list_is_refused_without_fetching(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    assert "tenant is not allowed" in await refused(verifier, fake.access_token(MALLORY))
    assert fake.jwks_requests == {}


async def test_allow_list_is_case_insensitive(
    http: httpx.AsyncClient, clock: FakeClock, fake: FakeMicrosoftIdentity
) -> None:
    verifier = build(http, clock, microsoft_allowed_tenants=[TENANT_ID.upper()])
    assert await verifier.verify(fake.access_token()) is not None


@pytest.mark.parametrize(
    ("version", "issuer"),
    [
        ("2.0", f"{AUTHORITY_HOST}/{OTHER_TENANT_ID}/v2.0"),  # another tenant's issuer
        ("2.0", f"https://login.microsoftonline.com/{TENANT_ID}/v2.0"),  # another host
        ("2.0", f"{AUTHORITY_HOST}/{TENANT_ID}/v2.0/"),  # not exactly
        ("2.0", f"https://sts.windows.net/{TENANT_ID}/"),  # v1 issuer on a v2 token
        ("1.0", f"{AUTHORITY_HOST}/{TENANT_ID}/v2.0"),  # v2 issuer on a v1 token
        ("1.0", f"https://sts.windows.net/{OTHER_TENANT_ID}/"),
    ],
)
async def test_issuer_must_be_exactly_the_tenants_issuer(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, version: str, issuer: str
) -> None:
    token = fake.access_token(version=version, overrides={"iss": issuer})
    assert "issuer" in await refused(verifier, token)
    assert fake.jwks_requests == {}


async def test_unknown_token_version_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    await refused(verifier, fake.access_token(omit=["ver"]))
    await refused(verifier, fake.access_token(overrides={"ver": "3.0"}))


@pytest.mark.parametrize(
    "audience",
    [
        "00000000-1111-4222-8333-444444444444",  # another app
        "https://graph.microsoft.com",  # a Graph token sent to us
        f"api://{API_CLIENT_ID}",  # an app id URI we did not configure
        [API_CLIENT_ID, "00000000-1111-4222-8333-444444444444"],  # not a single audience
    ],
)
async def test_wrong_audience_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, audience: Any
) -> None:
    token = fake.access_token(overrides={"aud": audience})
    assert "not for this API" in await refused(verifier, token)


async def test_audience_must_be_present(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    await refused(verifier, fake.access_token(omit=["aud"]))


async def test_app_id_uri_is_derived_like_the_pane_derives_it(
    http: httpx.AsyncClient, clock: FakeClock, fake: FakeMicrosoftIdentity
) -> None:
    """Unset RIGHTNOTE_MICROSOFT_APP_ID_URI: v1 tokens (aud = api://...) are still ours, with
    the URI the pane asks its scope for and the manifests declare."""
    from app.addons.outlook_routes import pane_config

    settings = make_settings(microsoft_app_id_uri=None, public_url="https://rightnote.example")
    verifier = EntraTokenVerifier(
        settings, http, jwks=JwksCache(http, settings.microsoft_authority_host, clock=clock)
    )
    assert await verifier.verify(fake.access_token(ALICE, version="1.0")) is not None
    production = settings.model_copy(update={"auth_mode": AuthMode.PRODUCTION})
    msal = pane_config(production)["msal"]
    assert msal["scopes"] == [f"{APP_ID_URI}/access_as_user"]
    # The same rule for the host as the manifests: default port dropped, case folded.
    assert (
        app_id_uri(
            make_settings(microsoft_app_id_uri=None, public_url="https://RightNote.example:443/x")
        )
        == APP_ID_URI
    )

    elsewhere = build(http, clock, microsoft_app_id_uri=None, public_url="https://other.example")
    assert "not for this API" in await refused(elsewhere, fake.access_token(version="1.0"))


@pytest.mark.parametrize("version", ["2.0", "1.0"])
async def test_the_token_must_be_issued_to_the_pane_or_to_office(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, version: str
) -> None:
    claim = "azp" if version == "2.0" else "appid"
    # NAA and the sign-in dialog: our own client id; Office SSO: Office's pre-authorised one.
    for client in (API_CLIENT_ID, OFFICE_CLIENT_ID):
        token = fake.access_token(ALICE, version=version, overrides={claim: client})
        assert await verifier.verify(token) is not None
    # Another app that got a token for our API (a user consented to it) is not the pane.
    stranger = fake.access_token(ALICE, version=version, overrides={claim: STRANGER_CLIENT_ID})
    assert "another application" in await refused(verifier, stranger)
    assert "another application" in await refused(
        verifier, fake.access_token(ALICE, version=version, omit=[claim])
    )


@pytest.mark.parametrize(
    ("overrides", "omit"),
    [
        ({"scp": "User.Read Mail.Read"}, []),
        ({"scp": "access_as_user_extra"}, []),
        ({"scp": ["access_as_user"]}, []),
        ({"roles": ["access_as_user"]}, ["scp"]),  # an app-only token
    ],
)
async def test_missing_access_as_user_scope_is_refused(
    verifier: EntraTokenVerifier,
    fake: FakeMicrosoftIdentity,
    overrides: dict[str, Any],
    omit: list[str],
) -> None:
    token = fake.access_token(overrides=overrides, omit=omit)
    assert "access_as_user" in await refused(verifier, token)


async def test_expired_token_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    now = int(time.time())
    token = fake.access_token(overrides={"iat": now - 7200, "nbf": now - 7200, "exp": now - 3600})
    assert "expired" in await refused(verifier, token)


async def test_token_without_expiry_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    await refused(verifier, fake.access_token(omit=["exp"]))


async def test_not_yet_valid_token_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    now = int(time.time())
    token = fake.access_token(overrides={"nbf": now + 3600})
    assert "not valid yet" in await refused(verifier, token)


@pytest.mark.parametrize("claim", ["oid", "tid"])
async def test_missing_oid_or_tid_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, claim: str
) -> None:
    await refused(verifier, fake.access_token(omit=[claim]))


@pytest.mark.parametrize("tid", ["../../evil.example/x", "common", TENANT_ID + "\n", "", 42])
async def test_tenant_id_must_be_a_guid_before_it_reaches_a_url(
    http: httpx.AsyncClient,
    clock: FakeClock,
    fake: FakeMicrosoftIdentity,
    hosts: FakeHosts,
    tid: Any,
) -> None:
    verifier = build(http, clock, microsoft_allowed_tenants=[])
    token = fake.access_token(overrides={"tid": tid, "iss": f"{AUTHORITY_HOST}/{tid}/v2.0"})
    assert "tenant id" in await refused(verifier, token)
    assert hosts.requests == []


async def test_oid_must_be_a_guid(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    await refused(verifier, fake.access_token(overrides={"oid": ""}))
    await refused(verifier, fake.access_token(overrides={"oid": 7}))


async def test_alg_none_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    assert "RS256" in await refused(verifier, fake.access_token(algorithm="none"))
    assert fake.jwks_requests == {}


async def test_hs256_signed_with_our_public_key_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    token = fake.access_token(algorithm="HS256", secret=fake.active_key.public_pem())
    assert "RS256" in await refused(verifier, token)


async def test_rs256_header_over_an_hmac_signature_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    # Header rewritten to claim RS256 while the signature is an HMAC: still not a valid signature.
    hs = fake.access_token(algorithm="HS256", secret=fake.active_key.public_pem())
    _, payload, signature = hs.split(".")
    rs = fake.access_token()
    header = rs.split(".")[0]
    assert "signature" in await refused(verifier, f"{header}.{payload}.{signature}")


async def test_token_without_kid_is_refused(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    await refused(verifier, fake.access_token(headers={"kid": None}))


async def test_tampered_claims_break_the_signature(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    genuine = fake.access_token(ALICE)
    other = fake.access_token(FakeUser("33333333-aaaa-4bbb-8ccc-000000000003", TENANT_ID, "e", "E"))
    header, _, signature = genuine.split(".")
    spliced = f"{header}.{other.split('.')[1]}.{signature}"
    assert "signature" in await refused(verifier, spliced)


async def test_unknown_tenant_is_refused_and_remembered(
    http: httpx.AsyncClient, clock: FakeClock, fake: FakeMicrosoftIdentity
) -> None:
    verifier = build(http, clock, microsoft_allowed_tenants=[])
    stranger = FakeUser(ALICE.oid, UNKNOWN_TENANT_ID, "x@y.example", "X")
    for _ in range(3):
        assert "unknown" in await refused(verifier, fake.access_token(stranger))
    assert fake.jwks_requests == {UNKNOWN_TENANT_ID: 1}


# --- key fetching --------------------------------------------------------------------------


async def test_keys_are_cached(verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity) -> None:
    for _ in range(5):
        assert await verifier.verify(fake.access_token()) is not None
    assert fake.jwks_requests == {TENANT_ID: 1}


async def test_keys_are_refetched_after_their_ttl(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, clock: FakeClock
) -> None:
    await verifier.verify(fake.access_token())
    clock.advance(DEFAULT_TTL_SECONDS - 1)
    await verifier.verify(fake.access_token())
    assert fake.jwks_requests[TENANT_ID] == 1
    clock.advance(2)
    await verifier.verify(fake.access_token())
    assert fake.jwks_requests[TENANT_ID] == 2


async def test_key_rotation_is_picked_up_on_the_unknown_kid(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, clock: FakeClock
) -> None:
    old_token = fake.access_token()
    assert await verifier.verify(old_token) is not None

    clock.advance(DEFAULT_MIN_REFRESH_SECONDS + 1)
    fake.rotate_signing_key(retire_old=True)
    new_token = fake.access_token()
    identity = await verifier.verify(new_token)

    assert identity is not None and identity.subject == ALICE.oid
    assert fake.jwks_requests[TENANT_ID] == 2
    # The retired key is gone from our cache too.
    await refused(verifier, old_token)
    assert fake.jwks_requests[TENANT_ID] == 2


async def test_concurrent_callers_share_one_fetch(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    tokens = [fake.access_token() for _ in range(20)]
    identities = await asyncio.gather(*(verifier.verify(t) for t in tokens))
    assert all(i is not None for i in identities)
    assert fake.jwks_requests == {TENANT_ID: 1}


async def test_cancelled_caller_does_not_cancel_the_shared_fetch(
    http: httpx.AsyncClient, fake: FakeMicrosoftIdentity, clock: FakeClock
) -> None:
    jwks = JwksCache(http, AUTHORITY_HOST, clock=clock)
    first = asyncio.ensure_future(jwks.get_key(TENANT_ID, fake.active_key.kid))
    second = asyncio.ensure_future(jwks.get_key(TENANT_ID, fake.active_key.kid))
    await asyncio.sleep(0)
    first.cancel()
    assert await second is not None
    assert fake.jwks_requests == {TENANT_ID: 1}


async def test_keys_unavailable_on_a_cold_cache_is_a_503_not_a_401(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity
) -> None:
    fake.keys_status = 503
    with pytest.raises(ProviderUnavailable) as caught:
        await verifier.verify(fake.access_token())
    assert caught.value.status_code == 503


async def test_stale_keys_are_used_while_the_key_endpoint_is_down(
    verifier: EntraTokenVerifier, fake: FakeMicrosoftIdentity, clock: FakeClock
) -> None:
    await verifier.verify(fake.access_token())
    fake.keys_status = 500
    clock.advance(DEFAULT_TTL_SECONDS + 1)
    assert await verifier.verify(fake.access_token()) is not None
    assert await verifier.verify(fake.access_token()) is not None
    assert fake.jwks_requests[TENANT_ID] == 2  # one failed refresh, then rate limited


async def test_network_failure_is_a_503(fake: FakeMicrosoftIdentity, clock: FakeClock) -> None:
    def offline(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(offline)) as http:
        verifier = build(http, clock)
        with pytest.raises(ProviderUnavailable):
            await verifier.verify(fake.access_token())


async def test_junk_key_set_is_a_503(fake: FakeMicrosoftIdentity, clock: FakeClock) -> None:
    def junk(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"keys": [{"kty": "EC", "kid": "x"}]})

    async with httpx.AsyncClient(transport=httpx.MockTransport(junk)) as http:
        with pytest.raises(ProviderUnavailable):
            await build(http, clock).verify(fake.access_token())


# --- construction ------------------------------------------------------------------------


async def test_factory_returns_none_without_a_client_id(http: httpx.AsyncClient) -> None:
    assert build_entra_verifier(Settings(), http) is None
    assert isinstance(build_entra_verifier(make_settings(), http), EntraTokenVerifier)


@pytest.mark.parametrize(
    "overrides",
    [
        {"microsoft_allowed_tenants": ["contoso.onmicrosoft.com"]},
        {"microsoft_authority_host": "http://login.microsoftonline.com"},
        {"microsoft_authority_host": "login.microsoftonline.com"},
    ],
)
async def test_unsafe_configuration_is_refused_at_startup(
    http: httpx.AsyncClient, overrides: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match="RIGHTNOTE_MICROSOFT"):
        build_entra_verifier(make_settings(**overrides), http)


# --- end to end through the ASGI app -----------------------------------------------------


@pytest.fixture
async def api(tmp_path: Any, verifier: EntraTokenVerifier) -> AsyncIterator[httpx.AsyncClient]:
    from app.main import create_app  # here, so the verifier tests do not need the whole app

    settings = Settings(
        auth_mode="production",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'rightnote.db'}",
        encryption_keys=Fernet.generate_key().decode(),
        public_url="https://rightnote.example",
    )
    app = create_app(settings)
    app.state.rightnote.verifiers.append(verifier)

    @app.get("/test-only/whoami")
    async def whoami(identity: CurrentIdentity) -> dict[str, Any]:
        return {"key": identity.key, "email": identity.email}

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://rightnote.example") as c:
        yield c


async def test_end_to_end_valid_token(api: httpx.AsyncClient, fake: FakeMicrosoftIdentity) -> None:
    response = await api.get(
        "/test-only/whoami", headers={"Authorization": f"Bearer {fake.access_token()}"}
    )
    assert response.status_code == 200
    assert response.json() == {
        "key": f"microsoft:{TENANT_ID}:{ALICE.oid}",
        "email": ALICE.username,
    }


@pytest.mark.parametrize(
    "case",
    ["forged", "wrong_tenant", "wrong_audience", "missing_scope", "expired", "no_token", "junk"],
)
async def test_end_to_end_refusals_are_401(
    api: httpx.AsyncClient, fake: FakeMicrosoftIdentity, case: str
) -> None:
    now = int(time.time())
    tokens = {
        "forged": fake.access_token(key=fake.forged_key(fake.active_key.kid)),
        "wrong_tenant": fake.access_token(MALLORY),
        "wrong_audience": fake.access_token(overrides={"aud": "https://graph.microsoft.com"}),
        "missing_scope": fake.access_token(overrides={"scp": "User.Read"}),
        "expired": fake.access_token(overrides={"exp": now - 3600}),
        "junk": "junk",
    }
    headers = {"Authorization": f"Bearer {tokens[case]}"} if case in tokens else {}

    response = await api.get("/test-only/whoami", headers=headers)

    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_end_to_end_key_outage_is_503(
    api: httpx.AsyncClient, fake: FakeMicrosoftIdentity
) -> None:
    fake.keys_status = 502
    response = await api.get(
        "/test-only/whoami", headers={"Authorization": f"Bearer {fake.access_token()}"}
    )
    assert response.status_code == 503
    assert response.json()["error"] == "provider_unavailable"
