"""A fake Microsoft identity platform (Entra ID, v2 endpoints) for tests.

It serves, for each known tenant (and `common` / `organizations`):
- `GET /{tenant}/v2.0/.well-known/openid-configuration` (what msal reads first),
- `GET /{tenant}/discovery/v2.0/keys` (the JWKS our verifier fetches; requests are counted),
- `POST /{tenant}/oauth2/v2.0/token` with the grants `urn:ietf:params:oauth:grant-type:jwt-bearer`
  (on-behalf-of), `authorization_code` (with PKCE) and `refresh_token`. Clients authenticate with
  HTTP Basic (what msal sends) or `client_secret` in the body.
It validates what it receives the way Entra does (client secret, OBO assertion signature, audience
and lifetime, one-time codes, revoked grants) and answers with Entra's error shape
(`error`, `error_description` starting `AADSTSnnnnn:`, `error_codes`). `fail_next_token_request`
makes the next token request fail on purpose.

It also mints tokens for tests: `access_token(...)` builds an access token for our API with any
claims changed or dropped, signed with a published key, the attacker's key, HS256 or `none`.

Use it in-process: `FakeHosts({AUTHORITY_HOST: fake.app})` (tests/fakes/transport.py) gives an
async transport for our httpx client and a sync `httpx.Client` for msal (`http_client=`, with
`instance_discovery=False` and `authority=f"{AUTHORITY_HOST}/{TENANT_ID}"`). msal requires an https
authority, which is why the fake keeps the `https://login.fake` origin instead of a loopback URL.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import secrets
import time
import uuid
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.fakes.transport import FakeHosts

AUTHORITY_HOST = "https://login.fake"
TENANT_ID = "4a1b2c3d-0000-4e5f-8a9b-0c1d2e3f4a5b"
OTHER_TENANT_ID = "9f8e7d6c-1111-4b5a-9c8d-7e6f5a4b3c2d"
# Our API's app registration (the add-in's `webApplicationInfo.id`).
API_CLIENT_ID = "6e0a5c2b-3f41-4d8e-9b7a-2c5d8e1f0a93"
API_CLIENT_SECRET = "fake-client-secret-~with.odd+chars"
API_HOST = "rightnote.example"
APP_ID_URI = f"api://{API_HOST}/{API_CLIENT_ID}"
API_SCOPE = f"{APP_ID_URI}/access_as_user"
# The task pane's NAA client: the same registration as the API (the pane's MSAL clientId is
# RIGHTNOTE_MICROSOFT_CLIENT_ID), so `azp` of the tokens it gets for our API.
TASKPANE_CLIENT_ID = API_CLIENT_ID
# Office SSO (Office.auth.getAccessToken): Office's own client, pre-authorised for our scope.
OFFICE_CLIENT_ID = "ea5a67f6-b6f3-4338-b240-c655ddc3cc8e"
# Some other app a user consented to, asking for our API.
STRANGER_CLIENT_ID = "0b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"
GRAPH_RESOURCE = "https://graph.microsoft.com"
V1_ISSUER = "https://sts.windows.net/{tid}/"
OIDC_SCOPES = frozenset({"openid", "profile", "email", "offline_access"})
TENANT_ALIASES = frozenset({"common", "organizations"})
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"


@dataclass(frozen=True)
class FakeUser:
    oid: str
    tid: str
    username: str
    name: str
    # A guest (B2B) user's home account: client_info (and so msal's home_account_id) names it,
    # not the oid/tid the tokens carry in the tenant that invited them.
    home_oid: str | None = None
    home_tid: str | None = None

    @property
    def sub(self) -> str:
        # Entra's `sub` is pairwise per app; any stable value different from oid will do here.
        return hashlib.sha256(f"{self.tid}:{self.oid}".encode()).hexdigest()[:43]


ALICE = FakeUser(
    oid="11111111-aaaa-4bbb-8ccc-000000000001",
    tid=TENANT_ID,
    username="alice@contoso.example",
    name="Alice Candidate",
)
# Invited into Contoso's tenant from another organisation (a B2B guest).
GUEST = FakeUser(
    oid="55555555-aaaa-4bbb-8ccc-000000000005",
    tid=TENANT_ID,
    username="gina_fabrikam.example#EXT#@contoso.example",
    name="Gina Guest",
    home_oid="44444444-aaaa-4bbb-8ccc-000000000004",
    home_tid=OTHER_TENANT_ID,
)
MALLORY = FakeUser(
    oid="22222222-aaaa-4bbb-8ccc-000000000002",
    tid=OTHER_TENANT_ID,
    username="mallory@fabrikam.example",
    name="Mallory Outsider",
)


@functools.cache
def _rsa_key(slot: int) -> rsa.RSAPrivateKey:
    # Cached per process: 2048-bit generation is the slow part of every fake's setup.
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: rsa.RSAPrivateKey

    def public_jwk(self) -> dict[str, Any]:
        jwk = RSAAlgorithm.to_jwk(self.private_key.public_key(), as_dict=True)
        assert isinstance(jwk, dict)
        return {**jwk, "kid": self.kid, "use": "sig", "kty": "RSA"}

    def public_pem(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


@dataclass(frozen=True)
class ClientApp:
    client_id: str
    secret: str
    app_id_uri: str | None = None
    redirect_uris: tuple[str, ...] = ()


@dataclass(frozen=True)
class TokenFault:
    error: str
    code: int
    description: str
    status: int = 400
    suberror: str | None = None


@dataclass
class _Grant:
    user: FakeUser
    client_id: str
    scopes: tuple[str, ...]
    revoked: bool = False


@dataclass
class _Code:
    user: FakeUser
    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    code_challenge: str | None
    nonce: str | None = None
    redeemed: bool = False


class _TokenError(Exception):
    def __init__(self, fault: TokenFault) -> None:
        super().__init__(fault.description)
        self.fault = fault


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _json_segment(value: Mapping[str, Any]) -> str:
    return _b64url(json.dumps(value, separators=(",", ":")).encode())


@dataclass
class FakeMicrosoftIdentity:
    host: str = AUTHORITY_HOST
    tenants: set[str] = field(default_factory=lambda: {TENANT_ID, OTHER_TENANT_ID})
    clients: dict[str, ClientApp] = field(
        default_factory=lambda: {
            API_CLIENT_ID: ClientApp(
                API_CLIENT_ID,
                API_CLIENT_SECRET,
                APP_ID_URI,
                (
                    "https://rightnote.example/auth/microsoft/callback",
                    # The connect flow's callback for the tests' public URL (tests/connect).
                    "https://rightnote.example/connect/microsoft/callback",
                ),
            )
        }
    )
    token_lifetime: int = 3600

    def __post_init__(self) -> None:
        self.signing_keys: list[SigningKey] = [SigningKey("fake-key-0", _rsa_key(0))]
        self.attacker_key = SigningKey("attacker-key", _rsa_key(99))
        self.users: dict[str, FakeUser] = {u.oid: u for u in (ALICE, MALLORY, GUEST)}
        # Observability for tests: what was asked, how often.
        self.jwks_requests: Counter[str] = Counter()
        self.openid_requests: Counter[str] = Counter()
        self.token_requests: list[dict[str, str]] = []
        # Fault injection.
        self.keys_status: int | None = None
        self._faults: deque[TokenFault] = deque()
        self._grants: dict[str, _Grant] = {}
        self._codes: dict[str, _Code] = {}
        self._next_slot = 1
        self.app = Starlette(
            routes=[
                Route("/{tenant}/v2.0/.well-known/openid-configuration", self._openid),
                Route("/{tenant}/discovery/v2.0/keys", self._keys),
                Route("/{tenant}/oauth2/v2.0/token", self._token, methods=["POST"]),
            ]
        )

    # --- wiring ---------------------------------------------------------------------------

    def hosts(self, **extra: Any) -> FakeHosts:
        """Routing for this fake alone; pass other fakes as `{origin: app}` via FakeHosts."""
        return FakeHosts({self.host: self.app, **extra})

    def authority(self, tenant: str = TENANT_ID) -> str:
        return f"{self.host}/{tenant}"

    # --- keys ------------------------------------------------------------------------------

    @property
    def active_key(self) -> SigningKey:
        return self.signing_keys[-1]

    def rotate_signing_key(self, *, retire_old: bool = False) -> SigningKey:
        """Publish a new key and sign with it from now on; optionally stop publishing the old."""
        key = SigningKey(f"fake-key-{self._next_slot}", _rsa_key(self._next_slot))
        self._next_slot += 1
        self.signing_keys = [key] if retire_old else [*self.signing_keys, key]
        return key

    def forged_key(self, kid: str) -> SigningKey:
        """The attacker's private key presented under a `kid` that we publish."""
        return SigningKey(kid, self.attacker_key.private_key)

    # --- minting ---------------------------------------------------------------------------

    def access_token_claims(
        self, user: FakeUser = ALICE, *, version: str = "2.0", now: int | None = None
    ) -> dict[str, Any]:
        """Claims of a valid access token for our API, as Entra issues them (v2 or v1)."""
        now = int(time.time()) if now is None else now
        common: dict[str, Any] = {
            "iat": now,
            "nbf": now,
            "exp": now + self.token_lifetime,
            "oid": user.oid,
            "tid": user.tid,
            "sub": user.sub,
            "name": user.name,
            "scp": "access_as_user",
            "uti": secrets.token_urlsafe(16),
            "ver": version,
        }
        if version == "1.0":
            return {
                **common,
                "aud": APP_ID_URI,
                "iss": V1_ISSUER.format(tid=user.tid),
                "appid": TASKPANE_CLIENT_ID,
                "upn": user.username,
                "unique_name": user.username,
            }
        return {
            **common,
            "aud": API_CLIENT_ID,
            "iss": f"{self.host}/{user.tid}/v2.0",
            "azp": TASKPANE_CLIENT_ID,
            "preferred_username": user.username,
        }

    def access_token(
        self,
        user: FakeUser = ALICE,
        *,
        version: str = "2.0",
        overrides: Mapping[str, Any] | None = None,
        omit: Iterable[str] = (),
        key: SigningKey | None = None,
        algorithm: str = "RS256",
        secret: bytes | None = None,
        headers: Mapping[str, Any] | None = None,
    ) -> str:
        """An access token for our API; change claims with `overrides`, drop them with `omit`."""
        claims = {**self.access_token_claims(user, version=version), **(overrides or {})}
        for name in omit:
            claims.pop(name, None)
        return self.sign(claims, key=key, algorithm=algorithm, secret=secret, headers=headers)

    def sign(
        self,
        claims: Mapping[str, Any],
        *,
        key: SigningKey | None = None,
        algorithm: str = "RS256",
        secret: bytes | None = None,
        headers: Mapping[str, Any] | None = None,
    ) -> str:
        key = key or self.active_key
        header: dict[str, Any] = {"typ": "JWT", "alg": algorithm, "kid": key.kid, **(headers or {})}
        header = {name: value for name, value in header.items() if value is not None}  # None: drop
        if algorithm == "RS256":
            return jwt.encode(dict(claims), key.private_key, algorithm="RS256", headers=header)
        signing_input = f"{_json_segment(header)}.{_json_segment(claims)}"
        if algorithm == "HS256":
            # By hand: PyJWT refuses PEM-looking HMAC secrets, which is the attack being minted.
            mac = hmac.new(secret or b"", signing_input.encode(), hashlib.sha256).digest()
            return f"{signing_input}.{_b64url(mac)}"
        if algorithm == "none":
            return f"{signing_input}."
        raise ValueError(f"the fake does not mint {algorithm}")

    def verify_issued(self, token: str, audience: str) -> dict[str, Any] | None:
        """Claims of a token this fake issued for `audience` (for fake resource servers)."""
        try:
            kid = jwt.get_unverified_header(token).get("kid")
            key = next((k for k in self.signing_keys if k.kid == kid), None)
            if key is None:
                return None
            claims: dict[str, Any] = jwt.decode(
                token, key.private_key.public_key(), algorithms=["RS256"], audience=audience
            )
        except jwt.PyJWTError:
            return None
        return claims

    # --- test controls ---------------------------------------------------------------------

    def fail_next_token_request(
        self,
        error: str = "invalid_grant",
        *,
        code: int = 50173,
        description: str = "The provided grant has expired due to it being revoked.",
        status: int = 400,
        suberror: str | None = None,
    ) -> None:
        self._faults.append(TokenFault(error, code, description, status, suberror))

    def issue_authorization_code(
        self,
        user: FakeUser = ALICE,
        *,
        client_id: str = API_CLIENT_ID,
        redirect_uri: str = "https://rightnote.example/auth/microsoft/callback",
        scopes: Iterable[str] = ("openid", "offline_access", f"{GRAPH_RESOURCE}/User.Read"),
        code_challenge: str | None = None,
        nonce: str | None = None,
    ) -> str:
        """What the authorize endpoint would have redirected with after the user consented."""
        code = "code-" + secrets.token_urlsafe(24)
        self._codes[code] = _Code(
            user, client_id, redirect_uri, tuple(scopes), code_challenge, nonce
        )
        return code

    def authorize(self, auth_uri: str, user: FakeUser = ALICE) -> dict[str, str]:
        """The user signs in and consents at `auth_uri`: the query the app's redirect URI gets.

        Checks what the real authorize endpoint checks before redirecting: a known client, a
        registered redirect URI, S256 if PKCE is used.
        """
        params = dict(parse_qsl(urlsplit(auth_uri).query))
        client = self.clients.get(params.get("client_id", ""))
        if client is None or params.get("redirect_uri") not in client.redirect_uris:
            raise ValueError("unknown client or unregistered redirect_uri")
        challenge = params.get("code_challenge")
        if challenge is not None and params.get("code_challenge_method") != "S256":
            raise ValueError("only S256 PKCE is accepted")
        code = self.issue_authorization_code(
            user,
            client_id=client.client_id,
            redirect_uri=params["redirect_uri"],
            scopes=_split_scopes(params.get("scope", "")),
            code_challenge=challenge,
            nonce=params.get("nonce"),
        )
        reply = {"code": code}
        if "state" in params:
            reply["state"] = params["state"]
        return reply

    def revoke_refresh_tokens(self, user: FakeUser) -> None:
        for grant in self._grants.values():
            if grant.user == user:
                grant.revoked = True

    # --- endpoints -------------------------------------------------------------------------

    def _tenant_known(self, tenant: str) -> bool:
        return tenant.lower() in self.tenants or tenant.lower() in TENANT_ALIASES

    def _unknown_tenant(self, tenant: str) -> JSONResponse:
        return self._error_response(
            TokenFault(
                "invalid_tenant",
                90002,
                f"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID.",
            )
        )

    async def _openid(self, request: Request) -> JSONResponse:
        tenant = request.path_params["tenant"]
        self.openid_requests[tenant] += 1
        if not self._tenant_known(tenant):
            return self._unknown_tenant(tenant)
        issuer_tenant = "{tenantid}" if tenant.lower() in TENANT_ALIASES else tenant.lower()
        base = f"{self.host}/{tenant}"
        return JSONResponse(
            {
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "token_endpoint_auth_methods_supported": [
                    "client_secret_post",
                    "private_key_jwt",
                    "client_secret_basic",
                ],
                "jwks_uri": f"{base}/discovery/v2.0/keys",
                "response_modes_supported": ["query", "fragment", "form_post"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "issuer": f"{self.host}/{issuer_tenant}/v2.0",
                "request_uri_parameter_supported": False,
                "userinfo_endpoint": "https://graph.microsoft.com/oidc/userinfo",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
                "claims_supported": [
                    "sub",
                    "iss",
                    "aud",
                    "exp",
                    "iat",
                    "nbf",
                    "name",
                    "oid",
                    "tid",
                    "preferred_username",
                    "ver",
                ],
                "tenant_region_scope": "EU",
                "cloud_instance_name": "microsoftonline.com",
                "msgraph_host": "graph.microsoft.com",
            }
        )

    async def _keys(self, request: Request) -> JSONResponse:
        tenant = request.path_params["tenant"]
        self.jwks_requests[tenant] += 1
        if not self._tenant_known(tenant):
            return self._unknown_tenant(tenant)
        if self.keys_status is not None:
            return JSONResponse({"error": "temporarily_unavailable"}, status_code=self.keys_status)
        return JSONResponse({"keys": [key.public_jwk() for key in self.signing_keys]})

    async def _token(self, request: Request) -> JSONResponse:
        tenant = request.path_params["tenant"]
        form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
        self.token_requests.append(form)
        if not self._tenant_known(tenant):
            return self._unknown_tenant(tenant)
        try:
            if self._faults:
                raise _TokenError(self._faults.popleft())
            client = self._authenticate(request, form)
            grant_type = form.get("grant_type")
            if grant_type == JWT_BEARER:
                return self._on_behalf_of(tenant, client, form)
            if grant_type == "authorization_code":
                return self._authorization_code(tenant, client, form)
            if grant_type == "refresh_token":
                return self._refresh(tenant, client, form)
            raise _TokenError(
                TokenFault(
                    "unsupported_grant_type",
                    70003,
                    f"The app requested an unsupported grant type '{grant_type}'.",
                )
            )
        except _TokenError as exc:
            return self._error_response(exc.fault)

    # --- grants ----------------------------------------------------------------------------

    def _authenticate(self, request: Request, form: dict[str, str]) -> ClientApp:
        client_id, secret = form.get("client_id"), form.get("client_secret")
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "basic" and value:
            basic_id, _, basic_secret = base64.b64decode(value).decode().partition(":")
            basic_id, basic_secret = unquote_plus(basic_id), unquote_plus(basic_secret)
            if client_id and client_id != basic_id:
                raise _TokenError(
                    TokenFault("invalid_request", 900144, "client_id mismatch in request.")
                )
            client_id, secret = basic_id, basic_secret
        client = self.clients.get(client_id or "")
        if client is None:
            raise _TokenError(
                TokenFault(
                    "unauthorized_client",
                    700016,
                    f"Application with identifier '{client_id}' was not found in the directory.",
                )
            )
        if not secret:
            raise _TokenError(
                TokenFault(
                    "invalid_client",
                    7000218,
                    "The request body must contain 'client_assertion' or 'client_secret'.",
                    status=401,
                )
            )
        if not hmac.compare_digest(secret, client.secret):
            raise _TokenError(
                TokenFault(
                    "invalid_client",
                    7000215,
                    "Invalid client secret provided. Ensure the secret being sent is the value.",
                    status=401,
                )
            )
        return client

    def _on_behalf_of(self, tenant: str, client: ClientApp, form: dict[str, str]) -> JSONResponse:
        if form.get("requested_token_use") != "on_behalf_of":
            raise _TokenError(
                TokenFault("invalid_request", 50027, "requested_token_use must be on_behalf_of.")
            )
        claims = self._check_assertion(form.get("assertion", ""), client, tenant)
        user = self.users.get(claims["oid"]) or FakeUser(
            oid=claims["oid"],
            tid=claims["tid"],
            username=claims.get("preferred_username") or claims.get("upn", ""),
            name=claims.get("name", ""),
        )
        return self._issue(tenant, client, user, _split_scopes(form.get("scope", "")), form)

    def _check_assertion(self, assertion: str, client: ClientApp, tenant: str) -> dict[str, Any]:
        def invalid(code: int, description: str) -> _TokenError:
            return _TokenError(TokenFault("invalid_grant", code, description))

        try:
            kid = jwt.get_unverified_header(assertion).get("kid")
        except jwt.PyJWTError:
            raise invalid(50027, "Invalid JWT token. Token format not valid.") from None
        key = next((k for k in self.signing_keys if k.kid == kid), None)
        if key is None:
            raise invalid(50013, "Assertion failed signature validation. [Reason - key not found]")
        audiences = [a for a in (client.client_id, client.app_id_uri) if a]
        try:
            claims: dict[str, Any] = jwt.decode(
                assertion,
                key.private_key.public_key(),
                algorithms=["RS256"],
                audience=audiences,
                options={"require": ["exp", "aud", "oid", "tid"]},
            )
        except jwt.ExpiredSignatureError:
            raise invalid(500133, "Assertion is not within its valid time range.") from None
        except jwt.InvalidAudienceError:
            raise invalid(
                50013, "Assertion failed signature validation. [Reason - audience mismatch]"
            ) from None
        except jwt.PyJWTError:
            raise invalid(50013, "Assertion failed signature validation.") from None
        if tenant.lower() not in TENANT_ALIASES and claims["tid"] != tenant.lower():
            raise invalid(50013, "Assertion contains an invalid tenant.")
        return claims

    def _authorization_code(
        self, tenant: str, client: ClientApp, form: dict[str, str]
    ) -> JSONResponse:
        code = self._codes.get(form.get("code", ""))
        if code is None or code.client_id != client.client_id:
            raise _TokenError(
                TokenFault("invalid_grant", 9002313, "Invalid request. Request is malformed.")
            )
        if code.redeemed:
            raise _TokenError(
                TokenFault("invalid_grant", 54005, "OAuth2 Authorization code was already redeemed")
            )
        if form.get("redirect_uri") != code.redirect_uri:
            raise _TokenError(
                TokenFault(
                    "invalid_grant",
                    50011,
                    "The redirect URI specified in the request does not match the one used to "
                    "obtain the authorization code.",
                )
            )
        if code.code_challenge is not None:
            verifier = form.get("code_verifier", "")
            expected = _b64url(hashlib.sha256(verifier.encode()).digest())
            if not verifier or not hmac.compare_digest(expected, code.code_challenge):
                raise _TokenError(
                    TokenFault("invalid_grant", 501481, "The Code_Verifier does not match.")
                )
        code.redeemed = True
        scopes = _split_scopes(form.get("scope", "")) or code.scopes
        return self._issue(tenant, client, code.user, scopes, form, nonce=code.nonce)

    def _refresh(self, tenant: str, client: ClientApp, form: dict[str, str]) -> JSONResponse:
        grant = self._grants.get(form.get("refresh_token", ""))
        if grant is None or grant.client_id != client.client_id:
            raise _TokenError(
                TokenFault("invalid_grant", 9002313, "Invalid request. Request is malformed.")
            )
        if grant.revoked:
            raise _TokenError(
                TokenFault(
                    "invalid_grant",
                    50173,
                    "The provided grant has expired due to it being revoked.",
                )
            )
        scopes = _split_scopes(form.get("scope", "")) or grant.scopes
        return self._issue(tenant, client, grant.user, scopes, form)

    def _issue(
        self,
        tenant: str,
        client: ClientApp,
        user: FakeUser,
        scopes: tuple[str, ...],
        form: dict[str, str],
        *,
        nonce: str | None = None,
    ) -> JSONResponse:
        if tenant.lower() not in TENANT_ALIASES and tenant.lower() != user.tid:
            raise _TokenError(
                TokenFault(
                    "invalid_grant",
                    50020,
                    f"User account '{user.username}' does not exist in tenant '{tenant}'.",
                )
            )
        resource, names = self._resource_scopes(scopes)
        now = int(time.time())
        access_claims: dict[str, Any] = {
            "iat": now,
            "nbf": now,
            "exp": now + self.token_lifetime,
            "oid": user.oid,
            "tid": user.tid,
            "sub": user.sub,
            "name": user.name,
            "scp": " ".join(names),
            "uti": secrets.token_urlsafe(16),
        }
        if resource == GRAPH_RESOURCE:
            # Graph tokens are v1 tokens with the Graph resource as audience.
            access_claims |= {
                "aud": GRAPH_RESOURCE,
                "iss": V1_ISSUER.format(tid=user.tid),
                "ver": "1.0",
                "appid": client.client_id,
                "upn": user.username,
            }
        else:
            target = next(c for c in self.clients.values() if c.app_id_uri == resource)
            access_claims |= {
                "aud": target.client_id,
                "iss": f"{self.host}/{user.tid}/v2.0",
                "ver": "2.0",
                "azp": client.client_id,
                "preferred_username": user.username,
            }
        body: dict[str, Any] = {
            "token_type": "Bearer",
            "scope": " ".join(
                [*(f"{resource}/{n}" for n in names), *(s for s in scopes if s in OIDC_SCOPES)]
            ),
            "expires_in": self.token_lifetime - 1,
            "ext_expires_in": self.token_lifetime - 1,
            "access_token": self.sign(access_claims),
        }
        if "offline_access" in scopes:
            refresh = "rt-" + secrets.token_urlsafe(32)
            self._grants[refresh] = _Grant(user, client.client_id, scopes)
            body["refresh_token"] = refresh
        if "openid" in scopes:
            nonce_claim = {"nonce": nonce} if nonce else {}
            body["id_token"] = self.sign(
                {
                    **nonce_claim,
                    "aud": client.client_id,
                    "iss": f"{self.host}/{user.tid}/v2.0",
                    "iat": now,
                    "nbf": now,
                    "exp": now + self.token_lifetime,
                    "name": user.name,
                    "oid": user.oid,
                    "preferred_username": user.username,
                    "sub": user.sub,
                    "tid": user.tid,
                    "ver": "2.0",
                }
            )
        if form.get("client_info") == "1":
            body["client_info"] = _json_segment(
                {"uid": user.home_oid or user.oid, "utid": user.home_tid or user.tid}
            )
        return JSONResponse(body)

    def _resource_scopes(self, scopes: tuple[str, ...]) -> tuple[str, list[str]]:
        resources: dict[str, list[str]] = {}
        for scope in scopes:
            if scope in OIDC_SCOPES:
                continue
            resource, _, name = scope.rpartition("/")
            resources.setdefault(resource or GRAPH_RESOURCE, []).append(name)
        if not resources:
            return GRAPH_RESOURCE, ["User.Read"]
        if len(resources) > 1:
            raise _TokenError(
                TokenFault(
                    "invalid_scope",
                    28000,
                    "Provided value for the input parameter scope is not valid because it "
                    "contains more than one resource.",
                )
            )
        ((resource, names),) = resources.items()
        known = {c.app_id_uri for c in self.clients.values() if c.app_id_uri}
        if resource != GRAPH_RESOURCE and resource not in known:
            raise _TokenError(
                TokenFault(
                    "invalid_resource",
                    500011,
                    f"The resource principal named {resource} was not found in the tenant.",
                )
            )
        return resource, names

    def _error_response(self, fault: TokenFault) -> JSONResponse:
        trace, correlation = str(uuid.uuid4()), str(uuid.uuid4())
        stamp = time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime())
        body: dict[str, Any] = {
            "error": fault.error,
            "error_description": (
                f"AADSTS{fault.code}: {fault.description} Trace ID: {trace} "
                f"Correlation ID: {correlation} Timestamp: {stamp}"
            ),
            "error_codes": [fault.code],
            "timestamp": stamp,
            "trace_id": trace,
            "correlation_id": correlation,
            "error_uri": f"{self.host}/error?code={fault.code}",
        }
        if fault.suberror:
            body["suberror"] = fault.suberror
        return JSONResponse(body, status_code=fault.status)


def _split_scopes(value: str) -> tuple[str, ...]:
    return tuple(scope for scope in value.split() if scope)


def graph_scope(name: str) -> str:
    return f"{GRAPH_RESOURCE}/{name}"


__all__ = [
    "ALICE",
    "API_CLIENT_ID",
    "API_CLIENT_SECRET",
    "API_SCOPE",
    "APP_ID_URI",
    "AUTHORITY_HOST",
    "GRAPH_RESOURCE",
    "MALLORY",
    "OTHER_TENANT_ID",
    "TENANT_ID",
    "FakeMicrosoftIdentity",
    "FakeUser",
    "SigningKey",
    "graph_scope",
]
