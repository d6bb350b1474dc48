"""The token forgery matrix, end to end through the app on a real loopback server.

Google: the add-on's system ID token (Authorization) and the user's ID token (in the event
object) on an /addons endpoint. Microsoft: Entra access tokens on /v1 in production mode. Every
forgery must answer 401 with a JSON error, and leave the database exactly as it was: no user row,
no plan, nothing for the attacker. A genuine request of each kind is the control that proves the
set-up accepts what it should (otherwise every 401 would be meaningless).

The unit tests (tests/auth/, tests/addons/test_google_request.py) check each verifier's reasons;
this is the whole app answering, with counts for SECURITY.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization

from app.auth.google import GoogleIdTokenVerifier, build_google_certs
from app.auth.microsoft import EntraTokenVerifier, build_entra_verifier
from app.main import create_app
from tests.fakes.google_identity import CLIENT_ID, SERVICE_ACCOUNT, FakeGoogleIdentity
from tests.fakes.microsoft_identity import (
    ALICE,
    API_CLIENT_ID,
    AUTHORITY_HOST,
    MALLORY,
    OTHER_TENANT_ID,
    TENANT_ID,
    FakeMicrosoftIdentity,
)
from tests.fakes.server import serve_asgi
from tests.fakes.transport import FakeHosts
from tests.hostile.support import PUBLIC_URL, local_settings, tally
from tests.providers.microsoft_env import microsoft_settings

SUITE = "forgery"
HOME = "/addons/gmail/homepage"
COMPOSE = "/addons/gmail/compose"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _segment(value: dict[str, Any]) -> str:
    return _b64(json.dumps(value, separators=(",", ":")).encode())


def hand_made(claims: dict[str, Any], *, alg: str, kid: str, secret: bytes = b"") -> str:
    """A JWT PyJWT would refuse to make: `none`, or HS256 keyed with a public key."""
    signing_input = f"{_segment({'alg': alg, 'kid': kid, 'typ': 'JWT'})}.{_segment(claims)}"
    if alg == "none":
        return signing_input + "."
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(mac)}"


def claims_of(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return decoded


def tampered(token: str, **changes: Any) -> str:
    """The same header and signature over changed claims."""
    head, _, signature = token.split(".")
    return f"{head}.{_segment({**claims_of(token), **changes})}.{signature}"


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        names = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] != "alembic_version"
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names
        }


# --- Google: the add-on endpoints ----------------------------------------------------------


@dataclass
class Addon:
    url: str
    db: Path
    google: FakeGoogleIdentity

    def public_pem(self) -> bytes:
        key = self.google._published[self.google.kid].key.public_key()
        return key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


@pytest.fixture(scope="module")
def addon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Addon]:
    root = tmp_path_factory.mktemp("addon")
    settings = local_settings(
        root, rate_limit_per_user_per_minute=0, rate_limit_per_ip_per_minute=0
    )
    app = create_app(settings)
    google = FakeGoogleIdentity()
    with serve_asgi(app, lifespan="on") as url:
        certs_http = httpx.AsyncClient(transport=google.transport())
        app.state.rightnote.resources.google_certs = build_google_certs(settings, certs_http)
        yield Addon(url, root / "rightnote.db", google)


# Each case: (system token, user token, extra headers) for a request to HOME.
GoogleCase = Callable[[Addon], tuple[str | None, str | None, dict[str, str]]]


def _system(a: Addon, **claims: Any) -> str:
    return a.google.system_token(PUBLIC_URL + HOME, **claims)


def _user(a: Addon, **claims: Any) -> str:
    return a.google.user_token(**claims)


SYSTEM_TOKEN_CASES: dict[str, GoogleCase] = {
    "missing Authorization header": lambda a: (None, _user(a), {}),
    "Basic instead of Bearer": lambda a: ("Basic " + _system(a), _user(a), {}),
    "forged signature, published kid": lambda a: (a.google.forged_token(_system(a)), _user(a), {}),
    "signed by a key Google never published": lambda a: (
        _system(a, key=a.google.forger_key, kid="attacker-kid"),
        _user(a),
        {},
    ),
    "claims changed after signing": lambda a: (
        tampered(_system(a), email="other@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"),
        _user(a),
        {},
    ),
    "audience: another path of ours": lambda a: (
        a.google.system_token(PUBLIC_URL + COMPOSE),
        _user(a),
        {},
    ),
    "audience: another host": lambda a: (
        a.google.system_token("https://evil.example" + HOME),
        _user(a),
        {},
    ),
    "audience: spoofed X-Forwarded-Host": lambda a: (
        a.google.system_token("https://evil.example" + HOME),
        _user(a),
        # No spoofed Host: this server is in local mode, which refuses a foreign Host with 421
        # before any token is read (tests/hostile/test_local_rebinding.py).
        {"x-forwarded-host": "evil.example", "x-forwarded-proto": "https"},
    ),
    "audience: a list": lambda a: (
        a.google.system_token([PUBLIC_URL + HOME, "https://evil.example"]),  # type: ignore[arg-type]
        _user(a),
        {},
    ),
    "wrong issuer": lambda a: (_system(a, issuer="https://evil.example"), _user(a), {}),
    "wrong service account": lambda a: (
        _system(a, email="someone-else@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"),
        _user(a),
        {},
    ),
    "email_verified false": lambda a: (_system(a, email_verified=False), _user(a), {}),
    "no email claim": lambda a: (_system(a, omit=("email",)), _user(a), {}),
    "expired": lambda a: (_system(a, issued_ago=7200, expires_in=3600), _user(a), {}),
    "not yet valid (issued in the future)": lambda a: (_system(a, issued_ago=-3600), _user(a), {}),
    "no exp": lambda a: (_system(a, omit=("exp",)), _user(a), {}),
    "alg none": lambda a: (
        hand_made(claims_of(_system(a)), alg="none", kid=a.google.kid),
        _user(a),
        {},
    ),
    "HS256 keyed with Google's public key": lambda a: (
        hand_made(claims_of(_system(a)), alg="HS256", kid=a.google.kid, secret=a.public_pem()),
        _user(a),
        {},
    ),
    "the user's ID token as the system token": lambda a: (_user(a), _user(a), {}),
    "malformed JWT": lambda a: ("not.a.jwt", _user(a), {}),
    "two segments": lambda a: ("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0", _user(a), {}),
    "huge token": lambda a: ("e" * 20_000, _user(a), {}),
}

USER_TOKEN_CASES: dict[str, GoogleCase] = {
    "forged signature": lambda a: (_system(a), a.google.forged_token(_user(a)), {}),
    "signed by a key Google never published": lambda a: (
        _system(a),
        _user(a, key=a.google.forger_key, kid="attacker-kid"),
        {},
    ),
    "subject changed after signing": lambda a: (
        _system(a),
        tampered(_user(a), sub="117000000000000000001"),
        {},
    ),
    "for another OAuth client": lambda a: (
        _system(a),
        _user(a, audience="999-other-app.apps.googleusercontent.com"),
        {},
    ),
    "wrong issuer": lambda a: (_system(a), _user(a, issuer="https://evil.example"), {}),
    "expired": lambda a: (_system(a), _user(a, issued_ago=7200, expires_in=3600), {}),
    "not yet valid": lambda a: (_system(a), _user(a, issued_ago=-3600), {}),
    "no subject": lambda a: (_system(a), _user(a, omit=("sub",)), {}),
    "alg none": lambda a: (
        _system(a),
        hand_made(claims_of(_user(a)), alg="none", kid=a.google.kid),
        {},
    ),
    "HS256 keyed with Google's public key": lambda a: (
        _system(a),
        hand_made(claims_of(_user(a)), alg="HS256", kid=a.google.kid, secret=a.public_pem()),
        {},
    ),
    "the system token as the user token": lambda a: (_system(a), _system(a), {}),
    "malformed JWT": lambda a: (_system(a), "not.a.jwt", {}),
}


def _addon_request(a: Addon, case: GoogleCase) -> httpx.Response:
    system, user, extra = case(a)
    event: dict[str, Any] = {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB"}}
    if user is not None:
        event["authorizationEventObject"] = {"userIdToken": user}
    headers = {"content-type": "application/json", **extra}
    if system is not None:
        headers["authorization"] = system if system.startswith("Basic ") else f"Bearer {system}"
    with httpx.Client(base_url=a.url, timeout=20) as client:
        return client.post(HOME, content=json.dumps(event).encode(), headers=headers)


@pytest.mark.parametrize(
    ("token", "case"),
    [("system", name) for name in SYSTEM_TOKEN_CASES]
    + [("user", name) for name in USER_TOKEN_CASES],
)
def test_google_forgeries_are_401_and_change_nothing(addon: Addon, token: str, case: str) -> None:
    cases = SYSTEM_TOKEN_CASES if token == "system" else USER_TOKEN_CASES
    before = table_counts(addon.db)
    response = _addon_request(addon, cases[case])
    assert response.status_code == 401, response.text
    assert response.json()["error"] == "unauthorized"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert table_counts(addon.db) == before
    tally(SUITE, f"google_{token}_token_cases")


def test_google_event_without_a_user_asks_for_consent_and_changes_nothing(addon: Addon) -> None:
    # Google's own request (system token verified) whose user withheld userinfo.email: a consent
    # request for it (docs/gmail-addon.md), never a user row or a route run.
    before = table_counts(addon.db)
    response = _addon_request(addon, lambda a: (_system(a), None, {}))
    assert response.status_code == 200, response.text
    assert set(response.json()) == {"requesting_google_scopes"}
    assert table_counts(addon.db) == before
    tally(SUITE, "google_consent_requests")


def test_google_genuine_request_is_the_control(addon: Addon) -> None:
    response = _addon_request(addon, lambda a: (_system(a), _user(a), {}))
    assert response.status_code == 200, response.text
    assert "action" in response.json()
    assert table_counts(addon.db)["users"] == 1
    tally(SUITE, "controls")


# --- Microsoft: /v1 in production mode -------------------------------------------------------


@dataclass
class Production:
    url: str
    db: Path
    microsoft: FakeMicrosoftIdentity
    google: FakeGoogleIdentity

    def public_pem(self) -> bytes:
        return self.microsoft.active_key.public_pem()


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Production]:
    root = tmp_path_factory.mktemp("production")
    db = root / "prod.db"
    settings = microsoft_settings(
        root,
        auth_mode="production",
        host="0.0.0.0",  # production mode may listen off loopback
        public_url="https://rightnote.example",
        database_url=f"sqlite+aiosqlite:///{db}",
        microsoft_allowed_tenants=[TENANT_ID],
        google_oauth_client_id=CLIENT_ID,
        google_addon_service_account=SERVICE_ACCOUNT,
        rate_limit_per_user_per_minute=0,
        rate_limit_per_ip_per_minute=0,
    )
    microsoft = FakeMicrosoftIdentity()
    google = FakeGoogleIdentity()
    app = create_app(settings)
    with serve_asgi(app, lifespan="on") as url:
        # The lifespan's clients would try the real hosts: route them to the fakes.
        fake_http = FakeHosts({AUTHORITY_HOST: microsoft.app}).async_client()
        certs_http = httpx.AsyncClient(transport=google.transport())
        state = app.state.rightnote
        state.resources.google_certs = certs = build_google_certs(settings, certs_http)
        state.verifiers[:] = [
            GoogleIdTokenVerifier(settings, certs),
            build_entra_verifier(settings, fake_http),
        ]
        assert any(isinstance(v, EntraTokenVerifier) for v in state.verifiers)
        yield Production(url, db, microsoft, google)


MicrosoftCase = Callable[[Production], str | None]


def _ms(p: Production, **kwargs: Any) -> str:
    return p.microsoft.access_token(ALICE, **kwargs)


def _now() -> int:
    return int(time.time())


MICROSOFT_CASES: dict[str, MicrosoftCase] = {
    "missing Authorization header": lambda p: None,
    "forged signature, published kid": lambda p: _ms(
        p, key=p.microsoft.forged_key(p.microsoft.active_key.kid)
    ),
    "unknown kid": lambda p: _ms(p, key=p.microsoft.attacker_key),
    "no kid": lambda p: _ms(p, headers={"kid": None}),
    "claims changed after signing": lambda p: tampered(_ms(p), oid=MALLORY.oid),
    "tenant not allowed here": lambda p: p.microsoft.access_token(MALLORY),
    "tenant swapped after signing": lambda p: tampered(_ms(p), tid=OTHER_TENANT_ID),
    "wrong issuer host": lambda p: _ms(
        p, overrides={"iss": f"https://login.evil.example/{TENANT_ID}/v2.0"}
    ),
    "issuer of another tenant": lambda p: _ms(
        p, overrides={"iss": f"{AUTHORITY_HOST}/{OTHER_TENANT_ID}/v2.0"}
    ),
    "v1 token with the v2 issuer": lambda p: _ms(
        p, version="1.0", overrides={"iss": f"{AUTHORITY_HOST}/{TENANT_ID}/v2.0"}
    ),
    "unknown token version": lambda p: _ms(p, overrides={"ver": "3.0"}),
    "wrong audience": lambda p: _ms(p, overrides={"aud": "api://evil.example/" + API_CLIENT_ID}),
    "audience as a list": lambda p: _ms(p, overrides={"aud": [API_CLIENT_ID]}),
    "Microsoft Graph's audience": lambda p: _ms(
        p, overrides={"aud": "https://graph.microsoft.com"}
    ),
    "missing access_as_user scope": lambda p: _ms(p, overrides={"scp": "User.Read Mail.Read"}),
    "app-only token (roles, no scp)": lambda p: _ms(
        p, omit=("scp",), overrides={"roles": ["access_as_user"]}
    ),
    "expired": lambda p: _ms(p, overrides={"exp": _now() - 3600}),
    "no exp": lambda p: _ms(p, omit=("exp",)),
    "nbf in the future": lambda p: _ms(p, overrides={"nbf": _now() + 3600}),
    "missing oid": lambda p: _ms(p, omit=("oid",)),
    "missing tid": lambda p: _ms(p, omit=("tid",)),
    "oid not a GUID": lambda p: _ms(p, overrides={"oid": "admin"}),
    "alg none": lambda p: _ms(p, algorithm="none"),
    "HS256 keyed with our public key": lambda p: _ms(
        p, algorithm="HS256", secret=p.microsoft.active_key.public_pem()
    ),
    "Google ID token for another client": lambda p: p.google.user_token(
        audience="999-other-app.apps.googleusercontent.com"
    ),
    "Google add-on system token as a bearer": lambda p: p.google.system_token(
        "https://rightnote.example/v1/interviews"
    ),
    "Basic scheme": lambda p: "Basic " + _ms(p),
    "malformed JWT": lambda p: "a.b.c",
    "huge token": lambda p: "e" * 20_000,
}


def _v1_request(p: Production, token: str | None, path: str = "/v1/interviews") -> httpx.Response:
    headers = {}
    if token is not None:
        headers["authorization"] = token if token.startswith("Basic ") else f"Bearer {token}"
    with httpx.Client(base_url=p.url, timeout=20) as client:
        return client.get(path, headers=headers)


@pytest.mark.parametrize("case", list(MICROSOFT_CASES))
def test_microsoft_forgeries_are_401_and_change_nothing(production: Production, case: str) -> None:
    before = table_counts(production.db)
    response = _v1_request(production, MICROSOFT_CASES[case](production))
    assert response.status_code == 401, response.text
    assert response.json()["error"] == "unauthorized"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert table_counts(production.db) == before
    tally(SUITE, "microsoft_cases")


def test_microsoft_and_google_genuine_requests_are_the_controls(production: Production) -> None:
    response = _v1_request(production, _ms(production))
    assert response.status_code == 200, response.text
    response = _v1_request(production, production.google.user_token())
    assert response.status_code == 200, response.text
    assert table_counts(production.db)["users"] == 2
    tally(SUITE, "controls", 2)
