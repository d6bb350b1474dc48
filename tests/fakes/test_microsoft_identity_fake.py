"""The fake Microsoft identity platform, driven by the real msal library (as the Graph provider
will drive it) and by plain HTTP."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Iterator
from typing import Any

import httpx
import jwt
import msal
import pytest

from tests.fakes.microsoft_identity import (
    ALICE,
    API_CLIENT_ID,
    API_CLIENT_SECRET,
    API_SCOPE,
    AUTHORITY_HOST,
    GRAPH_RESOURCE,
    TENANT_ID,
    FakeMicrosoftIdentity,
    graph_scope,
)
from tests.fakes.server import serve_asgi

MAIL = [graph_scope("Mail.ReadWrite")]
REDIRECT = "https://rightnote.example/auth/microsoft/callback"


@pytest.fixture
def fake() -> FakeMicrosoftIdentity:
    return FakeMicrosoftIdentity()


@pytest.fixture
def http(fake: FakeMicrosoftIdentity) -> Iterator[httpx.Client]:
    with fake.hosts().sync_client() as client:
        yield client


def confidential_app(
    fake: FakeMicrosoftIdentity,
    http: httpx.Client,
    *,
    secret: str = API_CLIENT_SECRET,
    cache: msal.TokenCache | None = None,
) -> msal.ConfidentialClientApplication:
    return msal.ConfidentialClientApplication(
        API_CLIENT_ID,
        client_credential=secret,
        authority=fake.authority(TENANT_ID),
        http_client=http,
        instance_discovery=False,
        token_cache=cache,
    )


def claims(token: str) -> dict[str, Any]:
    decoded: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return decoded


def aadsts(result: dict[str, Any]) -> str:
    return str(result.get("error_description", "")).split(":")[0]


def test_msal_on_behalf_of_gets_a_graph_token(
    fake: FakeMicrosoftIdentity, http: httpx.Client
) -> None:
    cca = confidential_app(fake, http)

    result = cca.acquire_token_on_behalf_of(fake.access_token(ALICE), MAIL)

    assert "access_token" in result, result
    graph = fake.verify_issued(result["access_token"], GRAPH_RESOURCE)
    assert graph is not None
    assert (graph["oid"], graph["tid"], graph["scp"]) == (ALICE.oid, TENANT_ID, "Mail.ReadWrite")
    assert result["id_token_claims"]["oid"] == ALICE.oid
    assert "refresh_token" in result
    sent = fake.token_requests[-1]
    assert sent["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    assert sent["requested_token_use"] == "on_behalf_of"
    assert fake.openid_requests[TENANT_ID] == 1
    [account] = cca.get_accounts()
    assert account["home_account_id"] == f"{ALICE.oid}.{TENANT_ID}"


def test_serialized_cache_refreshes_offline(
    fake: FakeMicrosoftIdentity, http: httpx.Client
) -> None:
    cache = msal.SerializableTokenCache()
    confidential_app(fake, http, cache=cache).acquire_token_on_behalf_of(
        fake.access_token(ALICE), MAIL
    )
    stored = cache.serialize()

    later = msal.SerializableTokenCache()
    later.deserialize(stored)
    worker = confidential_app(fake, http, cache=later)
    [account] = worker.get_accounts()
    result = worker.acquire_token_silent(MAIL, account, force_refresh=True)

    assert result is not None and "access_token" in result, result
    assert fake.token_requests[-1]["grant_type"] == "refresh_token"

    fake.revoke_refresh_tokens(ALICE)
    revoked = worker.acquire_token_silent_with_error(MAIL, account, force_refresh=True)
    assert revoked is not None and revoked["error"] == "invalid_grant"
    assert aadsts(revoked) == "AADSTS50173"


def test_refresh_token_grant(fake: FakeMicrosoftIdentity, http: httpx.Client) -> None:
    cca = confidential_app(fake, http)
    first = cca.acquire_token_on_behalf_of(fake.access_token(ALICE), MAIL)

    second = cca.acquire_token_by_refresh_token(first["refresh_token"], MAIL)

    assert "access_token" in second, second
    assert claims(second["access_token"])["oid"] == ALICE.oid


def test_injected_fault_reaches_msal(fake: FakeMicrosoftIdentity, http: httpx.Client) -> None:
    cca = confidential_app(fake, http)
    fake.fail_next_token_request(
        "invalid_grant",
        code=65001,
        description="The user or administrator has not consented to use the application.",
        suberror="consent_required",
    )

    result = cca.acquire_token_on_behalf_of(fake.access_token(ALICE), MAIL)

    assert result["error"] == "invalid_grant"
    assert result["suberror"] == "consent_required"
    assert aadsts(result) == "AADSTS65001"
    assert result["error_codes"] == [65001]
    # One fault only: the next request succeeds.
    assert "access_token" in cca.acquire_token_on_behalf_of(fake.access_token(ALICE), MAIL)


def test_wrong_client_secret(fake: FakeMicrosoftIdentity, http: httpx.Client) -> None:
    result = confidential_app(fake, http, secret="wrong").acquire_token_on_behalf_of(
        fake.access_token(ALICE), MAIL
    )
    assert result["error"] == "invalid_client"
    assert aadsts(result) == "AADSTS7000215"


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda f: f.access_token(key=f.attacker_key), "AADSTS50013"),
        (lambda f: f.access_token(key=f.forged_key(f.active_key.kid)), "AADSTS50013"),
        (lambda f: f.access_token(overrides={"aud": "someone-else"}), "AADSTS50013"),
        (lambda f: f.access_token(overrides={"exp": int(time.time()) - 600}), "AADSTS500133"),
        (lambda f: "not-a-token", "AADSTS50027"),
    ],
)
def test_bad_obo_assertions_are_refused(
    fake: FakeMicrosoftIdentity, http: httpx.Client, make: Any, code: str
) -> None:
    result = confidential_app(fake, http).acquire_token_on_behalf_of(make(fake), MAIL)
    assert result["error"] == "invalid_grant"
    assert aadsts(result) == code


def test_scopes_for_two_resources_are_refused(
    fake: FakeMicrosoftIdentity, http: httpx.Client
) -> None:
    result = confidential_app(fake, http).acquire_token_on_behalf_of(
        fake.access_token(ALICE), [*MAIL, API_SCOPE]
    )
    assert result["error"] == "invalid_scope"


def test_msal_auth_code_flow_with_pkce_and_nonce(
    fake: FakeMicrosoftIdentity, http: httpx.Client
) -> None:
    cca = confidential_app(fake, http)
    flow = cca.initiate_auth_code_flow(MAIL, redirect_uri=REDIRECT, response_mode="form_post")

    reply = fake.authorize(flow["auth_uri"], ALICE)
    result = cca.acquire_token_by_auth_code_flow(dict(flow), reply)

    assert "access_token" in result, result
    assert result["id_token_claims"]["oid"] == ALICE.oid
    assert fake.token_requests[-1]["code_verifier"] == flow["code_verifier"]
    [account] = cca.get_accounts()
    assert account["home_account_id"] == f"{ALICE.oid}.{TENANT_ID}"

    # The code is one-time.
    again = cca.acquire_token_by_auth_code_flow(dict(flow), reply)
    assert aadsts(again) == "AADSTS54005"


def test_authorization_code_needs_the_right_pkce_verifier(
    fake: FakeMicrosoftIdentity, http: httpx.Client
) -> None:
    verifier = "v" * 50
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    code = fake.issue_authorization_code(
        ALICE, scopes=["openid", *MAIL], code_challenge=challenge.rstrip(b"=").decode()
    )
    form = {
        "grant_type": "authorization_code",
        "client_id": API_CLIENT_ID,
        "client_secret": API_CLIENT_SECRET,
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": "x" * 50,
    }
    token_url = f"{AUTHORITY_HOST}/{TENANT_ID}/oauth2/v2.0/token"
    wrong = http.post(token_url, data=form)
    assert wrong.status_code == 400
    assert aadsts(wrong.json()) == "AADSTS501481"

    redirect = http.post(
        token_url, data={**form, "code_verifier": verifier, "redirect_uri": REDIRECT + "/x"}
    )
    assert aadsts(redirect.json()) == "AADSTS50011"
    assert http.post(token_url, data={**form, "code_verifier": verifier}).status_code == 200


def test_token_for_our_api_via_code_is_a_v2_token(
    fake: FakeMicrosoftIdentity, http: httpx.Client
) -> None:
    code = fake.issue_authorization_code(ALICE, scopes=["openid", API_SCOPE])
    response = http.post(
        f"{AUTHORITY_HOST}/{TENANT_ID}/oauth2/v2.0/token",
        data={
            "grant_type": "authorization_code",
            "client_id": API_CLIENT_ID,
            "client_secret": API_CLIENT_SECRET,
            "code": code,
            "redirect_uri": REDIRECT,
        },
    )
    assert response.status_code == 200
    token = claims(response.json()["access_token"])
    assert (token["aud"], token["scp"], token["ver"]) == (API_CLIENT_ID, "access_as_user", "2.0")
    assert token["iss"] == f"{AUTHORITY_HOST}/{TENANT_ID}/v2.0"


def test_unknown_tenant_and_unknown_host(fake: FakeMicrosoftIdentity, http: httpx.Client) -> None:
    stranger = "0badc0de-0000-4000-8000-000000000000"
    response = http.get(f"{AUTHORITY_HOST}/{stranger}/discovery/v2.0/keys")
    assert response.status_code == 400
    assert response.json()["error_codes"] == [90002]
    with pytest.raises(httpx.ConnectError):
        http.get("https://login.microsoftonline.com/common/discovery/v2.0/keys")


async def test_sync_client_works_inside_an_async_test(fake: FakeMicrosoftIdentity) -> None:
    # The OBO provider will call msal from a worker thread; tests may call it inline.
    with fake.hosts().sync_client() as client:
        response = client.get(f"{fake.authority()}/v2.0/.well-known/openid-configuration")
    assert response.json()["issuer"] == f"{AUTHORITY_HOST}/{TENANT_ID}/v2.0"


def test_fake_served_on_loopback(fake: FakeMicrosoftIdentity) -> None:
    with serve_asgi(fake.app) as base_url:
        response = httpx.get(f"{base_url}/common/v2.0/.well-known/openid-configuration")
    assert response.status_code == 200
    assert response.json()["issuer"] == f"{AUTHORITY_HOST}/{{tenantid}}/v2.0"
