"""Google ID tokens: the add-on's system ID token and the user's ID token, checked against certs
served by our own fake Google (real RS256 signatures, real X.509 certificates)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import httpx
import jwt
import pytest
from fastapi import APIRouter

from app.auth.google import (
    GoogleIdTokenVerifier,
    build_google_certs,
    verify_system_id_token,
    verify_user_id_token,
)
from app.auth.google_certs import GoogleCerts
from app.auth.identity import CurrentIdentity, Identity
from app.errors import Unauthorized
from app.main import create_app
from app.settings import Settings
from tests.fakes.google_identity import (
    CLIENT_ID,
    SERVICE_ACCOUNT,
    USER_EMAIL,
    USER_NAME,
    USER_SUB,
    FakeGoogleIdentity,
)

PUBLIC_URL = "https://rightnote.example.com"
ENDPOINT = PUBLIC_URL + "/addons/gmail/homepage"


@pytest.fixture
def google() -> FakeGoogleIdentity:
    return FakeGoogleIdentity()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        public_url=PUBLIC_URL,
        google_addon_service_account=SERVICE_ACCOUNT,
        google_oauth_client_id=CLIENT_ID,
    )


@pytest.fixture
async def certs(google: FakeGoogleIdentity, settings: Settings):
    async with httpx.AsyncClient(transport=google.transport()) as client:
        yield build_google_certs(settings, client)


async def system(token: str, settings: Settings, certs: GoogleCerts, audience: str = ENDPOINT):
    return await verify_system_id_token(token, audience=audience, settings=settings, certs=certs)


async def rejected(coro) -> str:
    with pytest.raises(Unauthorized) as info:
        await coro
    assert info.value.status_code == 401
    return str(info.value.detail)


# --- the system ID token --------------------------------------------------------------------


async def test_a_genuine_system_token_is_accepted(google, settings, certs) -> None:
    claims = await system(google.system_token(ENDPOINT), settings, certs)
    assert claims["email"] == SERVICE_ACCOUNT
    assert claims["aud"] == ENDPOINT


async def test_both_google_issuer_spellings_are_accepted(google, settings, certs) -> None:
    for issuer in ("accounts.google.com", "https://accounts.google.com"):
        await system(google.system_token(ENDPOINT, issuer=issuer), settings, certs)


async def test_forged_signature(google, settings, certs) -> None:
    forged = google.forged_token(google.system_token(ENDPOINT))
    assert "signature" in await rejected(system(forged, settings, certs))


async def test_tampered_payload(google, settings, certs) -> None:
    header, _, signature = google.system_token(ENDPOINT).split(".")
    other_payload = google.system_token(ENDPOINT, email="attacker@example.com").split(".")[1]
    tampered = f"{header}.{other_payload}.{signature}"
    assert "signature" in await rejected(system(tampered, settings, certs))


@pytest.mark.parametrize(
    "audience",
    [
        PUBLIC_URL + "/addons/gmail/compose",  # another endpoint of ours
        "https://evil.example/addons/gmail/homepage",  # another host
        "http://rightnote.example.com/addons/gmail/homepage",  # another scheme
        ENDPOINT + "/",
        PUBLIC_URL,
        CLIENT_ID,
    ],
)
async def test_wrong_audience(google, settings, certs, audience) -> None:
    token = google.system_token(audience)
    assert "audience" in await rejected(system(token, settings, certs))


async def test_audience_list_is_not_accepted(google, settings, certs) -> None:
    token = google.system_token([ENDPOINT, "https://evil.example/"])
    assert "audience" in await rejected(system(token, settings, certs))


async def test_wrong_service_account(google, settings, certs) -> None:
    other = "service-999@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
    token = google.system_token(ENDPOINT, email=other)
    assert "service account" in await rejected(system(token, settings, certs))


@pytest.mark.parametrize("verified", [False, "false", None, "yes", 1])
async def test_email_must_be_verified(google, settings, certs, verified) -> None:
    token = google.system_token(ENDPOINT, email_verified=verified)
    assert "not verified" in await rejected(system(token, settings, certs))


async def test_missing_email_verified(google, settings, certs) -> None:
    token = google.system_token(ENDPOINT, omit=("email_verified",))
    assert "not verified" in await rejected(system(token, settings, certs))


async def test_legacy_string_true_email_verified_is_accepted(google, settings, certs) -> None:
    await system(google.system_token(ENDPOINT, email_verified="true"), settings, certs)


async def test_expired(google, settings, certs) -> None:
    token = google.system_token(ENDPOINT, issued_ago=7200, expires_in=3600)
    assert "expired" in await rejected(system(token, settings, certs))


async def test_small_clock_skew_is_tolerated(google, settings, certs) -> None:
    # Expired 10 s ago, issued 10 s "in the future": within the leeway.
    await system(google.system_token(ENDPOINT, issued_ago=3610), settings, certs)
    await system(google.system_token(ENDPOINT, issued_ago=-10), settings, certs)


async def test_issued_in_the_future(google, settings, certs) -> None:
    token = google.system_token(ENDPOINT, issued_ago=-600)
    assert "not valid yet" in await rejected(system(token, settings, certs))


async def test_wrong_issuer(google, settings, certs) -> None:
    token = google.system_token(ENDPOINT, issuer="https://accounts.evil.example")
    assert "not issued by Google" in await rejected(system(token, settings, certs))


@pytest.mark.parametrize("claim", ["exp", "iat", "iss", "aud", "email"])
async def test_missing_claims(google, settings, certs, claim) -> None:
    token = google.system_token(ENDPOINT, omit=(claim,))
    assert f"lacks the '{claim}' claim" in await rejected(system(token, settings, certs))


async def test_unknown_kid_is_refused(google, settings, certs) -> None:
    token = google.system_token(ENDPOINT, key=google.forger_key, kid="made-up-kid")
    assert "does not publish" in await rejected(system(token, settings, certs))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _hs256(claims: dict[str, Any], secret: bytes, kid: str) -> str:
    # Built by hand: PyJWT itself refuses a PEM as an HMAC secret.
    signing_input = ".".join(
        _b64(json.dumps(part).encode()) for part in ({"alg": "HS256", "kid": kid}, claims)
    )
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


@pytest.mark.parametrize("algorithm", ["HS256", "RS512"])
async def test_other_algorithms_are_refused_before_any_fetch(google, settings, certs, algorithm):
    claims = {"iss": "https://accounts.google.com", "aud": ENDPOINT, "email": SERVICE_ACCOUNT}
    if algorithm == "HS256":  # the classic RS/HS confusion: the published PEM as the secret
        token = _hs256(claims, google.certs_document()[google.kid].encode(), google.kid)
    else:
        token = google.sign(claims, algorithm=algorithm)
    assert "RS256" in await rejected(system(token, settings, certs))
    assert google.fetches == 0


def _unsigned(claims: dict[str, Any]) -> str:
    # alg "none" takes no key; PyJWT's types ask for one anyway.
    return jwt.encode(claims, None, algorithm="none", headers={"kid": "fake-kid-1"})  # type: ignore[arg-type]


async def test_unsigned_token_is_refused(google, settings, certs) -> None:
    token = _unsigned({"iss": "https://accounts.google.com", "aud": ENDPOINT})
    assert "RS256" in await rejected(system(token, settings, certs))


@pytest.mark.parametrize("token", ["", "abc", "a.b.c", "x" * 20000, "eyJ.eyJ.sig"])
async def test_malformed_tokens(google, settings, certs, token) -> None:
    await rejected(system(token, settings, certs))
    assert google.fetches == 0


async def test_rejections_never_echo_the_token(google, settings, certs) -> None:
    token = google.system_token("https://evil.example/x", email="attacker@evil.example")
    detail = await rejected(system(token, settings, certs))
    for secret in ("evil.example", "attacker", token[:20]):
        assert secret not in detail


async def test_unconfigured_service_account_refuses_everything(google, tmp_path, certs) -> None:
    bare = Settings(data_dir=tmp_path, public_url=PUBLIC_URL, google_oauth_client_id=CLIENT_ID)
    assert "not configured" in await rejected(system(google.system_token(ENDPOINT), bare, certs))


# --- the user ID token ----------------------------------------------------------------------


async def test_user_token_gives_the_identity(google, settings, certs) -> None:
    identity = await verify_user_id_token(google.user_token(), settings=settings, certs=certs)
    assert identity == Identity(
        provider="google", subject=USER_SUB, email=USER_EMAIL, name=USER_NAME
    )
    assert identity.key == f"google:-:{USER_SUB}"


async def test_user_token_with_unverified_email_keeps_only_the_subject(google, settings, certs):
    token = google.user_token(email_verified=False)
    identity = await verify_user_id_token(token, settings=settings, certs=certs)
    assert identity.subject == USER_SUB
    assert identity.email is None


async def test_user_token_wrong_audience(google, settings, certs) -> None:
    token = google.user_token(audience="999-other.apps.googleusercontent.com")
    detail = await rejected(verify_user_id_token(token, settings=settings, certs=certs))
    assert detail.startswith("user ID token:")
    assert "audience" in detail


async def test_a_system_token_is_not_a_user_token(google, settings, certs) -> None:
    token = google.system_token(ENDPOINT)
    await rejected(verify_user_id_token(token, settings=settings, certs=certs))


async def test_user_token_forged(google, settings, certs) -> None:
    token = google.forged_token(google.user_token())
    detail = await rejected(verify_user_id_token(token, settings=settings, certs=certs))
    assert "signature" in detail


async def test_user_token_expired(google, settings, certs) -> None:
    token = google.user_token(issued_ago=7200)
    assert "expired" in await rejected(verify_user_id_token(token, settings=settings, certs=certs))


async def test_user_token_without_subject(google, settings, certs) -> None:
    token = google.user_token(omit=("sub",))
    await rejected(verify_user_id_token(token, settings=settings, certs=certs))


# --- the bearer-token verifier for the JSON API ---------------------------------------------


async def test_verifier_accepts_a_google_user_token(google, settings, certs) -> None:
    identity = await GoogleIdTokenVerifier(settings, certs).verify(google.user_token())
    assert identity is not None and identity.subject == USER_SUB


async def test_verifier_passes_on_tokens_of_other_kinds(google, settings, certs) -> None:
    verifier = GoogleIdTokenVerifier(settings, certs)
    microsoft_like = google.sign(
        {"iss": "https://login.microsoftonline.com/t/v2.0", "aud": "x", "sub": "s"},
        key=google.forger_key,
    )
    assert await verifier.verify("opaque-access-token") is None
    assert await verifier.verify(microsoft_like) is None
    assert google.fetches == 0


async def test_verifier_rejects_a_forged_google_token(google, settings, certs) -> None:
    verifier = GoogleIdTokenVerifier(settings, certs)
    await rejected(verifier.verify(google.forged_token(google.user_token())))


async def test_verifier_is_inert_without_a_client_id(google, tmp_path, certs) -> None:
    bare = Settings(data_dir=tmp_path, public_url=PUBLIC_URL)
    assert await GoogleIdTokenVerifier(bare, certs).verify(google.user_token()) is None


async def test_google_identity_calls_the_json_api_in_production_mode(google, tmp_path) -> None:
    settings = Settings(
        auth_mode="production",
        host="0.0.0.0",
        encryption_keys="k",
        database_url="postgresql+asyncpg://db/x",
        public_url=PUBLIC_URL,
        data_dir=tmp_path,
        google_oauth_client_id=CLIENT_ID,
    )
    router = APIRouter()

    @router.get("/test/whoami")
    async def whoami(identity: CurrentIdentity) -> dict[str, str | None]:
        return {"key": identity.key, "email": identity.email}

    app = create_app(settings)
    app.include_router(router)
    async with httpx.AsyncClient(transport=google.transport()) as http:
        app.state.rightnote.verifiers = [
            GoogleIdTokenVerifier(settings, build_google_certs(settings, http))
        ]
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as client:
            good = await client.get(
                "/test/whoami", headers={"authorization": f"Bearer {google.user_token()}"}
            )
            forged = google.forged_token(google.user_token())
            bad = await client.get("/test/whoami", headers={"authorization": f"Bearer {forged}"})
    assert good.status_code == 200
    assert good.json() == {"key": f"google:-:{USER_SUB}", "email": USER_EMAIL}
    assert bad.status_code == 401
    assert bad.json()["error"] == "unauthorized"
