"""A fake Google identity: our own RSA keys and self-signed certificates, served as Google serves
https://www.googleapis.com/oauth2/v1/certs (`{kid: PEM certificate}`), and ID tokens minted with
chosen claims — the real shapes of the add-on's system ID token and the user's ID token.

Serve the certs through `transport()` (an httpx.MockTransport) or `asgi_app` (mount it with
`tests.fakes.server.serve_asgi` or `tests.fakes.transport.FakeHosts`). `fetches` counts requests.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import httpx
import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

CERTS_URL = "https://www.googleapis.com/oauth2/v1/certs"
CERTS_PATH = "/oauth2/v1/certs"
ISSUER = "https://accounts.google.com"
SERVICE_ACCOUNT = "service-123456789012@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
CLIENT_ID = "123456789012-rightnote.apps.googleusercontent.com"
USER_SUB = "110169484474386276334"
USER_EMAIL = "casey.candidate@gmail.com"
USER_NAME = "Casey Candidate"

_OMIT = object()


@lru_cache(maxsize=8)
def rsa_key(slot: int) -> rsa.RSAPrivateKey:
    """A 2048-bit key per slot, generated once per test session (generation is the slow part)."""
    del slot  # only distinguishes cache entries
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def self_signed_pem(key: rsa.RSAPrivateKey, common_name: str = "accounts.fake.test") -> str:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=14))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


@dataclass
class _Published:
    key: rsa.RSAPrivateKey
    pem: str


class FakeGoogleIdentity:
    def __init__(
        self,
        *,
        service_account: str = SERVICE_ACCOUNT,
        client_id: str = CLIENT_ID,
        max_age: int | None = 21600,
    ) -> None:
        self.service_account = service_account
        self.client_id = client_id
        self.max_age = max_age  # Cache-Control max-age; None sends no Cache-Control
        self.age: int | None = None  # an `Age` header, as a CDN would add
        self.status = 200  # set to 500 to simulate an outage
        self.fetches = 0
        self._published: dict[str, _Published] = {}
        self.kid = self.publish("fake-kid-1", rsa_key(0))
        # A key Google never published, to forge signatures with.
        self.forger_key = rsa_key(7)

    # --- the certs document ----------------------------------------------------------------

    def publish(self, kid: str, key: rsa.RSAPrivateKey) -> str:
        self._published[kid] = _Published(key, self_signed_pem(key))
        return kid

    def rotate(self, kid: str = "fake-kid-2", slot: int = 1) -> str:
        """Publish a new key and sign with it from now on (the old one stays published)."""
        self.kid = self.publish(kid, rsa_key(slot))
        return kid

    def unpublish(self, kid: str) -> None:
        del self._published[kid]

    def certs_document(self) -> dict[str, str]:
        return {kid: published.pem for kid, published in self._published.items()}

    def _headers(self) -> dict[str, str]:
        headers = {"content-type": "application/json; charset=UTF-8"}
        if self.max_age is not None:
            headers["cache-control"] = f"public, max-age={self.max_age}, must-revalidate"
        if self.age is not None:
            headers["age"] = str(self.age)
        return headers

    def handler(self, request: httpx.Request) -> httpx.Response:
        """httpx.MockTransport handler serving the certs document at any URL."""
        self.fetches += 1
        if self.status != 200:
            return httpx.Response(self.status, json={"error": "unavailable"})
        return httpx.Response(200, json=self.certs_document(), headers=self._headers())

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)

    @property
    def asgi_app(self) -> _CertsApp:
        """The same document as a tiny ASGI app: GET /oauth2/v1/certs."""
        return _CertsApp(self)

    async def _serve(self, scope: dict[str, Any], send: Any) -> None:
        assert scope["type"] == "http"
        if scope["path"] != CERTS_PATH or scope["method"] != "GET":
            await _send(send, 404, b'{"error": "not found"}', {"content-type": "application/json"})
            return
        response = self.handler(httpx.Request("GET", CERTS_URL))
        await _send(send, response.status_code, response.content, dict(response.headers))

    # --- tokens ------------------------------------------------------------------------------

    def sign(
        self,
        claims: dict[str, Any],
        *,
        key: rsa.RSAPrivateKey | None = None,
        kid: str | None = None,
        algorithm: str = "RS256",
    ) -> str:
        kid = kid or self.kid
        signing_key = key or self._published[kid].key
        return jwt.encode(claims, signing_key, algorithm=algorithm, headers={"kid": kid})

    def system_token(
        self,
        audience: str,
        *,
        email: Any = _OMIT,
        email_verified: Any = True,
        issuer: str = ISSUER,
        expires_in: int = 3600,
        issued_ago: int = 0,
        omit: tuple[str, ...] = (),
        key: rsa.RSAPrivateKey | None = None,
        kid: str | None = None,
        **extra: Any,
    ) -> str:
        """The system ID token Google sends in `Authorization: Bearer` to an HTTP add-on."""
        now = int(time.time()) - issued_ago
        claims: dict[str, Any] = {
            "iss": issuer,
            "aud": audience,
            "azp": "117046253445364437653",
            "sub": "117046253445364437653",
            "email": self.service_account if email is _OMIT else email,
            "email_verified": email_verified,
            "iat": now,
            "exp": now + expires_in,
            **extra,
        }
        return self.sign(_without(claims, omit), key=key, kid=kid)

    def user_token(
        self,
        *,
        audience: str | None = None,
        sub: str = USER_SUB,
        email: str | None = USER_EMAIL,
        email_verified: Any = True,
        name: str | None = USER_NAME,
        issuer: str = ISSUER,
        expires_in: int = 3600,
        issued_ago: int = 0,
        omit: tuple[str, ...] = (),
        key: rsa.RSAPrivateKey | None = None,
        kid: str | None = None,
        **extra: Any,
    ) -> str:
        """The user's ID token (`authorizationEventObject.userIdToken`, or a Sign-In token)."""
        now = int(time.time()) - issued_ago
        claims: dict[str, Any] = {
            "iss": issuer,
            "aud": audience or self.client_id,
            "azp": audience or self.client_id,
            "sub": sub,
            "email": email,
            "email_verified": email_verified,
            "name": name,
            "iat": now,
            "exp": now + expires_in,
            **extra,
        }
        claims = {k: v for k, v in claims.items() if v is not None}
        return self.sign(_without(claims, omit), key=key, kid=kid)

    def forged_token(self, claims_token: str) -> str:
        """The same claims and kid, signed with a key Google never published."""
        claims = jwt.decode(claims_token, options={"verify_signature": False})
        return self.sign(claims, key=self.forger_key)


class _CertsApp:
    # An object with an async __call__, so servers detect ASGI 3 (a bound method looks like ASGI 2).
    def __init__(self, fake: FakeGoogleIdentity) -> None:
        self._fake = fake

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await self._fake._serve(scope, send)


def _without(claims: dict[str, Any], omit: tuple[str, ...]) -> dict[str, Any]:
    return {key: value for key, value in claims.items() if key not in omit}


async def _send(send: Any, status: int, body: bytes, headers: dict[str, str]) -> None:
    raw = [(k.encode(), v.encode()) for k, v in headers.items() if k.lower() != "content-length"]
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
