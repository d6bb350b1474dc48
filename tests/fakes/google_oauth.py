"""A fake Google OAuth 2.0 server for the connect flow: authorize (a test helper), token, revoke.

- `authorize(auth_url, ...)` is the user consenting at Google: it checks what Google's
  authorization endpoint checks before redirecting (a known client, a registered redirect URI,
  `response_type=code`, S256 if PKCE is used) and returns the callback's query (`code`, `state`,
  `scope`), or `error=access_denied`. `grant=` narrows the scopes, as granular consent allows.
- `POST /token`: `authorization_code` (client authentication, one-time codes, the same
  redirect URI, the PKCE verifier against the challenge) and `refresh_token`; access tokens it
  issues are registered with the fake Gmail + Calendar server (`FakeGoogleApis.tokens`), the ID
  token is signed by the fake Google identity (so its certificates verify it). Errors in
  Google's shape (`{"error": "invalid_grant", "error_description": ...}`).
- `POST /revoke`: ends the whole grant (refresh token and its access tokens), as Google does.
Counters for tests: `code_grants`, `refresh_grants`, `revoked`; `refresh_delay` widens the
window in which two refreshes overlap.

`google_fakes(apis, oauth, identity)` serves the API fake, this server and the certificates on
one loopback origin (`serve_asgi`); `google_connect_settings(url)` points our settings at it.
requests-oauthlib refuses plain http token URLs unless OAUTHLIB_INSECURE_TRANSPORT=1, which the
tests set for the loopback origin.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.google_api import FakeGoogleApis
from tests.fakes.google_identity import CERTS_PATH, USER_EMAIL, USER_SUB, FakeGoogleIdentity

WEB_CLIENT_ID = "987654321098-rightnote-web.apps.googleusercontent.com"
WEB_CLIENT_SECRET = "GOCSPX-fake-web-client-secret"
PUBLIC_URL = "https://rightnote.example"
REDIRECT_URI = PUBLIC_URL + "/connect/google/callback"
_API_SCOPE = "https://www.googleapis.com/auth/"


@dataclass
class _Code:
    sub: str
    email: str
    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    challenge: str | None
    offline: bool
    redeemed: bool = False


@dataclass
class _Grant:
    sub: str
    client_id: str
    scopes: tuple[str, ...]
    revoked: bool = False
    access_tokens: list[str] = field(default_factory=list)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _error(error: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


class FakeGoogleOAuth:
    def __init__(
        self,
        apis: FakeGoogleApis,
        identity: FakeGoogleIdentity,
        *,
        client_id: str = WEB_CLIENT_ID,
        client_secret: str = WEB_CLIENT_SECRET,
        redirect_uris: Iterable[str] = (REDIRECT_URI,),
    ) -> None:
        self.apis = apis
        self.identity = identity
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uris = tuple(redirect_uris)
        self.token_lifetime = 3599
        self.refresh_delay = 0.0
        self.code_grants = 0
        self.refresh_grants = 0
        self.revoked: list[str] = []
        self.token_requests: list[dict[str, str]] = []
        self._codes: dict[str, _Code] = {}
        self._grants: dict[str, _Grant] = {}  # refresh token -> grant
        self._faults: deque[tuple[str, str, int]] = deque()
        self.app = Starlette(
            routes=[
                Route("/token", self._token, methods=["POST"]),
                Route("/revoke", self._revoke, methods=["POST"]),
            ]
        )

    # --- test controls ---------------------------------------------------------------------

    def authorize(
        self,
        auth_url: str,
        *,
        sub: str = USER_SUB,
        email: str = USER_EMAIL,
        grant: Iterable[str] | None = None,
        deny: bool = False,
    ) -> dict[str, str]:
        params = dict(parse_qsl(urlsplit(auth_url).query))
        if params.get("client_id") != self.client_id:
            raise ValueError("Error 401: invalid_client")
        if params.get("redirect_uri") not in self.redirect_uris:
            raise ValueError("Error 400: redirect_uri_mismatch")
        if params.get("response_type") != "code":
            raise ValueError("Error 400: unsupported_response_type")
        challenge = params.get("code_challenge")
        if challenge is not None and params.get("code_challenge_method") != "S256":
            raise ValueError("Error 400: invalid_request (code_challenge_method)")
        reply = {"state": params["state"]} if "state" in params else {}
        if deny:
            return {**reply, "error": "access_denied"}
        asked = tuple(params.get("scope", "").split())
        scopes = tuple(s for s in asked if grant is None or s in set(grant) or s == "openid")
        code = "4/0A" + secrets.token_urlsafe(32)
        self._codes[code] = _Code(
            sub,
            email,
            self.client_id,
            params["redirect_uri"],
            scopes,
            challenge,
            params.get("access_type") == "offline",
        )
        return {**reply, "code": code, "scope": " ".join(scopes)}

    def revoke_grants(self, sub: str = USER_SUB) -> None:
        """The user removes the app at myaccount.google.com/permissions."""
        for token, grant in self._grants.items():
            if grant.sub == sub and not grant.revoked:
                self._end(token, grant)

    def fail_next_token_request(
        self, error: str = "invalid_grant", description: str = "Bad Request", status: int = 400
    ) -> None:
        self._faults.append((error, description, status))

    def refresh_tokens(self) -> list[str]:
        return list(self._grants)

    # --- endpoints ------------------------------------------------------------------------

    def _client_ok(self, request: Request, form: dict[str, str]) -> bool:
        client_id, secret = form.get("client_id"), form.get("client_secret")
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "basic" and value:
            client_id, _, secret = base64.b64decode(value).decode().partition(":")
        return client_id == self.client_id and hmac.compare_digest(secret or "", self.client_secret)

    async def _token(self, request: Request) -> Response:
        form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
        self.token_requests.append(form)
        if self._faults:
            return _error(*self._faults.popleft())
        if not self._client_ok(request, form):
            return _error("invalid_client", "The OAuth client was not found.", 401)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            return self._authorization_code(form)
        if grant_type == "refresh_token":
            if self.refresh_delay:
                await asyncio.sleep(self.refresh_delay)
            return self._refresh(form)
        return _error("unsupported_grant_type", "Invalid grant_type: " + str(grant_type))

    def _authorization_code(self, form: dict[str, str]) -> Response:
        code = self._codes.get(form.get("code", ""))
        if code is None or code.redeemed:
            return _error("invalid_grant", "Malformed auth code.")
        if form.get("redirect_uri") != code.redirect_uri:
            return _error("redirect_uri_mismatch", "Bad Request")
        if code.challenge is not None:
            verifier = form.get("code_verifier", "")
            expected = _b64url(hashlib.sha256(verifier.encode()).digest())
            if not verifier or not hmac.compare_digest(expected, code.challenge):
                return _error("invalid_grant", "Invalid code verifier.")
        code.redeemed = True
        self.code_grants += 1
        grant = _Grant(code.sub, code.client_id, code.scopes)
        body = self._issue(grant)
        if code.offline:
            refresh = "1//0g" + secrets.token_urlsafe(40)
            self._grants[refresh] = grant
            body["refresh_token"] = refresh
        if "openid" in code.scopes:
            body["id_token"] = self.identity.user_token(
                audience=self.client_id, sub=code.sub, email=code.email
            )
        return JSONResponse(body)

    def _refresh(self, form: dict[str, str]) -> Response:
        grant = self._grants.get(form.get("refresh_token", ""))
        if grant is None or grant.revoked:
            return _error("invalid_grant", "Token has been expired or revoked.")
        self.refresh_grants += 1
        return JSONResponse(self._issue(grant))

    def _issue(self, grant: _Grant) -> dict[str, Any]:
        access = "ya29.a0" + secrets.token_urlsafe(40)
        grant.access_tokens.append(access)
        self.apis.tokens[access] = tuple(s for s in grant.scopes if s.startswith(_API_SCOPE))
        return {
            "access_token": access,
            "expires_in": self.token_lifetime,
            "scope": " ".join(grant.scopes),
            "token_type": "Bearer",
        }

    def _end(self, refresh: str, grant: _Grant) -> None:
        grant.revoked = True
        for access in grant.access_tokens:
            self.apis.tokens.pop(access, None)
        self.revoked.append(refresh)

    async def _revoke(self, request: Request) -> Response:
        form = dict(parse_qsl((await request.body()).decode()))
        token = form.get("token") or request.query_params.get("token", "")
        grant = self._grants.get(token)
        if grant is None:
            grant = next((g for g in self._grants.values() if token in g.access_tokens), None)
        if grant is None or grant.revoked:
            return _error("invalid_token", "Token expired or revoked")
        refresh = next(r for r, g in self._grants.items() if g is grant)
        self._end(refresh, grant)
        return JSONResponse({})


class GoogleFakes:
    """One ASGI app for the API fake, the OAuth fake and the certificates (one loopback port)."""

    def __init__(
        self, apis: FakeGoogleApis, oauth: FakeGoogleOAuth, identity: FakeGoogleIdentity
    ) -> None:
        self.apis, self.oauth, self.identity = apis, oauth, identity

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if path.startswith(("/calendar/", "/gmail/")):
            await self.apis.app(scope, receive, send)
        elif path == CERTS_PATH:
            await self.identity.asgi_app(scope, receive, send)
        else:
            await self.oauth.app(scope, receive, send)


def google_connect_settings(url: str) -> dict[str, Any]:
    """Settings overrides pointing the connect flow, the APIs and the certificates at `url`."""
    from pydantic import SecretStr

    return {
        "google_api_endpoint": url,
        "google_oauth_token_url": url + "/token",
        "google_oauth_auth_url": url + "/o/oauth2/v2/auth",
        "google_revoke_url": url + "/revoke",
        "google_certs_url": url + CERTS_PATH,
        "google_web_client_id": WEB_CLIENT_ID,
        "google_web_client_secret": SecretStr(WEB_CLIENT_SECRET),
    }
