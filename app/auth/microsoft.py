"""Microsoft Entra ID access tokens for our API (the Outlook task pane sends them).

The task pane gets a token for `api://<host>/<client-id>/access_as_user` through Nested App
Authentication and sends it as a bearer token. We accept it only when all of these hold:

- it is RS256 and its signature verifies with a key of the token's tenant, fetched from the
  configured authority host (`jwks.JwksCache`), never from a URL the token names;
- `tid` is a GUID, in `microsoft_allowed_tenants` when that list is set, and the issuer is exactly
  `{authority_host}/{tid}/v2.0` (v2 tokens) or `https://sts.windows.net/{tid}/` (v1 tokens);
- `aud` is our client id or our app id URI (`RIGHTNOTE_MICROSOFT_APP_ID_URI`, else derived from
  the public URL exactly as the pane and the manifests derive it: `api://<host>/<client id>`);
- the client the token was issued to (`azp` in v2 tokens, `appid` in v1) is the pane's own
  (our client id: NAA and the sign-in dialog) or Office's, pre-authorised for Office SSO;
- `exp` / `nbf` hold, with a small leeway for clock skew;
- `scp` contains `access_as_user` (so app-only tokens and tokens for other scopes are refused);
- `oid` is present: users are keyed on `oid` + `tid`, never on the mutable email.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

import httpx
import jwt

from app.auth.identity import Identity
from app.auth.jwks import JwksCache, JwksUnavailable, UnknownTenant, is_guid
from app.errors import ProviderUnavailable, Unauthorized
from app.settings import Settings, is_loopback

log = logging.getLogger("rightnote.auth.microsoft")

PROVIDER = "microsoft"
REQUIRED_SCOPE = "access_as_user"
# v1 tokens (requested for an `api://` resource by older clients) name the public-cloud STS.
V1_ISSUER = "https://sts.windows.net/{tid}/"
LEEWAY_SECONDS = 60
# Entra access tokens are a few KB; anything much larger is not one and is not worth parsing.
MAX_TOKEN_CHARS = 16 * 1024
# Office's client ids that Microsoft documents for pre-authorising `access_as_user` (Office SSO,
# Office.auth.getAccessToken): the umbrella id for all Office endpoints, then the older
# per-platform ones (Microsoft Office, Office on the web ×3, Outlook on the web).
OFFICE_SSO_CLIENT_IDS = frozenset(
    {
        "ea5a67f6-b6f3-4338-b240-c655ddc3cc8e",
        "d3590ed6-52b3-4102-aeff-aad2292ab01c",
        "93d53678-613d-4013-afc1-62e9e444a0a5",
        "57fb890c-0dab-4253-a5e0-7188c88b2bb4",
        "08e18876-6177-487e-b8b5-cf950c1e598c",
        "bc59ab01-8403-45c6-8796-ac3ef710b3e3",
    }
)


def app_id_uri(settings: Settings) -> str | None:
    """Our API's app id URI: the configured one, else `api://<public host>/<client id>`, the
    value the manifests' webApplicationInfo.resource and the pane's scope use."""
    if settings.microsoft_app_id_uri:
        return settings.microsoft_app_id_uri
    if not settings.microsoft_client_id:
        return None
    parts = urlsplit(settings.public_url)
    host = (parts.hostname or "").lower()
    default_port = {"https": 443, "http": 80}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or port == default_port else f"{host}:{port}"
    return f"api://{netloc}/{settings.microsoft_client_id.lower()}"


def _reject(reason: str, detail: str, tenant: str | None = None) -> Unauthorized:
    log.info("auth.microsoft.rejected", extra={"reason": reason, "tenant": tenant})
    return Unauthorized(detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


class EntraTokenVerifier:
    """`IdentityVerifier` for Microsoft Entra ID access tokens issued for our API."""

    def __init__(
        self,
        settings: Settings,
        http_client: httpx.AsyncClient,
        *,
        jwks: JwksCache | None = None,
        leeway_seconds: float = LEEWAY_SECONDS,
    ) -> None:
        if not settings.microsoft_client_id:
            raise ValueError("RIGHTNOTE_MICROSOFT_CLIENT_ID is not set")
        self._authority = _checked_authority(settings.microsoft_authority_host)
        # GUIDs are case-insensitive and Entra writes them in lower case; the setting may not be.
        audiences = (settings.microsoft_client_id.lower(), app_id_uri(settings))
        self._audiences = frozenset(value for value in audiences if value)
        self._clients = OFFICE_SSO_CLIENT_IDS | {settings.microsoft_client_id.lower()}
        bad = [tid for tid in settings.microsoft_allowed_tenants if not is_guid(tid)]
        if bad:
            raise ValueError(
                "RIGHTNOTE_MICROSOFT_ALLOWED_TENANTS takes tenant ids (GUIDs), not "
                + ", ".join(repr(tid) for tid in bad)
            )
        self._allowed = frozenset(tid.lower() for tid in settings.microsoft_allowed_tenants)
        self._leeway = leeway_seconds
        self._jwks = jwks or JwksCache(
            http_client,
            self._authority,
            timeout_seconds=settings.microsoft_api_timeout_seconds,
        )

    async def verify(self, token: str) -> Identity | None:
        peeked = _peek(token)
        if peeked is None or not self._looks_like_ours(peeked[1]):
            return None
        header, unverified = peeked
        # Cheap checks first: a token that fails them never costs a key fetch.
        if header.get("alg") != "RS256":
            raise _reject("alg", "the Microsoft token must be signed with RS256")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid or len(kid) > 256:
            raise _reject("kid", "the Microsoft token names no signing key")
        tid = unverified.get("tid")
        if not is_guid(tid):
            raise _reject("tid", "the Microsoft token has no tenant id")
        if self._allowed and tid.lower() not in self._allowed:
            raise _reject("tenant", "this Microsoft tenant is not allowed here", tid)
        issuer = self._expected_issuer(unverified, tid)

        try:
            key = await self._jwks.get_key(tid, kid)
        except UnknownTenant:
            raise _reject("unknown_tenant", "the Microsoft tenant is unknown", tid) from None
        except JwksUnavailable as exc:
            log.warning("auth.microsoft.keys_unavailable", extra={"tenant": tid, "why": str(exc)})
            raise ProviderUnavailable("Microsoft sign-in keys are unavailable; retry") from None
        if key is None:
            raise _reject("unknown_kid", "the Microsoft token's signing key is unknown", tid)

        claims = self._decode(token, key, issuer, tid)
        if claims.get("tid") != tid:  # same bytes as peeked; checked again on verified claims
            raise _reject("tid", "the Microsoft token's tenant changed", tid)
        aud = claims.get("aud")
        if not isinstance(aud, str) or (
            aud not in self._audiences and not (is_guid(aud) and aud.lower() in self._audiences)
        ):
            raise _reject("aud", "the Microsoft token is not for this API", tid)
        # Another app's token for our API (another client consented to it) is not the pane's.
        client = claims.get("azp" if claims.get("ver") == "2.0" else "appid")
        if not isinstance(client, str) or client.lower() not in self._clients:
            raise _reject("azp", "the Microsoft token was issued to another application", tid)
        scopes = claims.get("scp")
        if not isinstance(scopes, str) or REQUIRED_SCOPE not in scopes.split():
            raise _reject("scp", f"the Microsoft token lacks the {REQUIRED_SCOPE} scope", tid)
        oid = claims.get("oid")
        if not is_guid(oid):
            raise _reject("oid", "the Microsoft token has no user object id", tid)
        return Identity(
            provider=PROVIDER,
            subject=oid.lower(),
            tenant=tid.lower(),
            email=_first_str(claims, "preferred_username", "upn", "unique_name", "email"),
            name=_first_str(claims, "name"),
        )

    def _looks_like_ours(self, claims: dict[str, Any]) -> bool:
        # Routing only: any token naming an Entra issuer or a tenant is ours to accept or refuse.
        iss = claims.get("iss")
        if isinstance(iss, str) and (
            iss.startswith(self._authority + "/") or iss.startswith("https://sts.windows.net/")
        ):
            return True
        return "tid" in claims

    def _expected_issuer(self, claims: dict[str, Any], tid: str) -> str:
        version = claims.get("ver")
        if version == "2.0":
            expected = f"{self._authority}/{tid}/v2.0"
        elif version == "1.0":
            expected = V1_ISSUER.format(tid=tid)
        else:
            raise _reject("ver", "the Microsoft token has an unknown version", tid)
        if claims.get("iss") != expected:
            raise _reject("iss", "the Microsoft token's issuer does not match its tenant", tid)
        return expected

    def _decode(self, token: str, key: jwt.PyJWK, issuer: str, tid: str) -> dict[str, Any]:
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.key,
                algorithms=["RS256"],
                issuer=issuer,
                leeway=self._leeway,
                # The audience is checked by hand: it must be one string, one of two values.
                options={"require": ["exp", "iss", "aud"], "verify_aud": False},
            )
        except jwt.ExpiredSignatureError:
            raise _reject("exp", "the Microsoft token has expired", tid) from None
        except jwt.ImmatureSignatureError:
            raise _reject("nbf", "the Microsoft token is not valid yet", tid) from None
        except jwt.InvalidSignatureError:
            raise _reject("signature", "the Microsoft token's signature is invalid", tid) from None
        except jwt.PyJWTError:
            raise _reject("invalid", "the Microsoft token is malformed", tid) from None
        return claims


def _peek(token: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The unverified header and claims, only to route the token; None if it is not a JWT."""
    if len(token) > MAX_TOKEN_CHARS or token.count(".") != 2:
        return None
    try:
        header = jwt.get_unverified_header(token)
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    if not isinstance(claims, dict):
        return None
    return header, claims


def _first_str(claims: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = claims.get(name)
        if isinstance(value, str) and value:
            return value
    return None


def _checked_authority(value: str) -> str:
    authority = value.rstrip("/")
    url = httpx.URL(authority)
    secure = url.scheme == "https" or (url.scheme == "http" and is_loopback(url.host))
    if secure and url.host and not url.query and not url.fragment:
        return authority
    raise ValueError(
        f"RIGHTNOTE_MICROSOFT_AUTHORITY_HOST must be an https:// origin, not {value!r}"
    )


def build_entra_verifier(
    settings: Settings, http_client: httpx.AsyncClient
) -> EntraTokenVerifier | None:
    """The Entra verifier for the lifespan, or None when Microsoft sign-in is not configured."""
    if not settings.microsoft_client_id:
        return None
    return EntraTokenVerifier(settings, http_client)
