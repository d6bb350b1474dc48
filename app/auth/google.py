"""Verification of Google-signed ID tokens: the add-on's system ID token and the user's ID token.

Every check is done here with keys we fetched ourselves (`GoogleCerts`): signature (RS256 only),
issuer, expiry and issue time (small leeway), exact audience, and for the system token the add-on's
service account with a verified email. Nothing is ever decoded without verifying its signature,
except the JOSE header, which is read only to choose the key.

Failures raise `Unauthorized` with a reason that names the check, never the token's content; logs
carry the same reason code and nothing from the token.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import jwt
from jwt.exceptions import (
    DecodeError,
    ExpiredSignatureError,
    ImmatureSignatureError,
    InvalidAlgorithmError,
    InvalidAudienceError,
    InvalidIssuedAtError,
    InvalidIssuerError,
    InvalidSignatureError,
    InvalidTokenError,
    MissingRequiredClaimError,
)

from app.auth.google_certs import GoogleCerts
from app.auth.identity import Identity
from app.errors import Unauthorized
from app.settings import Settings

log = logging.getLogger("rightnote.auth.google")

GOOGLE_ISSUERS = ("accounts.google.com", "https://accounts.google.com")
ALGORITHM = "RS256"
# Clock skew tolerated on exp/iat. Google mints a fresh token for every add-on request.
LEEWAY_SECONDS = 30
# Google ID tokens are ~1 KB; anything far larger is not one and is refused before any work.
MAX_TOKEN_BYTES = 8 * 1024

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def build_google_certs(settings: Settings, http_client: httpx.AsyncClient) -> GoogleCerts:
    """The process's certs cache (`Resources.google_certs`, built in app/wiring.py)."""
    return GoogleCerts(
        http_client, settings.google_certs_url, timeout=settings.google_api_timeout_seconds
    )


def _reject(kind: str, reason: str, message: str) -> Unauthorized:
    log.info("google.token_rejected", extra={"token_kind": kind, "reason": reason})
    return Unauthorized(f"{kind} ID token: {message}", headers=_CHALLENGE)


def _unverified_kid(token: str, kind: str) -> str:
    """The `kid` of the JOSE header; the header is only used to pick the key."""
    if len(token) > MAX_TOKEN_BYTES:
        raise _reject(kind, "too_large", "the token is too large")
    try:
        header = jwt.get_unverified_header(token)
    except DecodeError:
        raise _reject(kind, "malformed", "the token is malformed") from None
    if header.get("alg") != ALGORITHM:
        raise _reject(kind, "algorithm", "the token is not signed with RS256")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid or len(kid) > 128:
        raise _reject(kind, "kid", "the token does not name a signing key")
    return kid


async def _verified_claims(
    token: str, *, kind: str, audience: str, certs: GoogleCerts, require: list[str]
) -> dict[str, Any]:
    kid = _unverified_kid(token, kind)
    try:
        key = await certs.key_for(kid)
    except Unauthorized:
        raise _reject(
            kind, "unknown_key", "the token is signed with a key Google does not publish"
        ) from None
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            audience=audience,
            issuer=GOOGLE_ISSUERS,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iat", "iss", "aud", *require], "strict_aud": True},
        )
    except InvalidSignatureError:
        raise _reject(kind, "signature", "the signature is not valid") from None
    except ExpiredSignatureError:
        raise _reject(kind, "expired", "the token has expired") from None
    except ImmatureSignatureError:
        raise _reject(kind, "not_yet_valid", "the token is not valid yet") from None
    except InvalidAudienceError:
        raise _reject(kind, "audience", "the token was issued for a different audience") from None
    except InvalidIssuerError:
        raise _reject(kind, "issuer", "the token was not issued by Google") from None
    except MissingRequiredClaimError as exc:
        raise _reject(kind, "missing_claim", f"the token lacks the {exc.claim!r} claim") from None
    except (InvalidAlgorithmError, InvalidIssuedAtError, DecodeError):
        raise _reject(kind, "malformed", "the token is malformed") from None
    except InvalidTokenError:
        raise _reject(kind, "invalid", "the token is not valid") from None
    return claims


def _email_verified(claims: dict[str, Any]) -> bool:
    # Google sends a JSON boolean; older tokens carried the string "true".
    value = claims.get("email_verified")
    return value is True or value == "true"


async def verify_system_id_token(
    token: str, *, audience: str, settings: Settings, certs: GoogleCerts
) -> dict[str, Any]:
    """Prove a request comes from our add-on deployment; returns the verified claims.

    `audience` is the exact endpoint URL Google called, rebuilt from `settings.public_url` (see
    `app.addons.google_request.endpoint_url`), never from request headers.
    """
    kind = "system"
    expected = settings.google_addon_service_account
    if not expected:
        log.warning(
            "google.addon_not_configured", extra={"missing": "google_addon_service_account"}
        )
        raise Unauthorized(
            "Google add-on requests are not accepted: the add-on service account is not configured",
            headers=_CHALLENGE,
        )
    claims = await _verified_claims(
        token, kind=kind, audience=audience, certs=certs, require=["email"]
    )
    email = claims.get("email")
    if not isinstance(email, str) or email.lower() != expected.lower():
        raise _reject(kind, "service_account", "the token is not from the add-on's service account")
    if not _email_verified(claims):
        raise _reject(kind, "email_unverified", "the token's email is not verified")
    return claims


async def verify_user_id_token(token: str, *, settings: Settings, certs: GoogleCerts) -> Identity:
    """The Google user an ID token proves (audience: our OAuth client id)."""
    kind = "user"
    client_id = settings.google_oauth_client_id
    if not client_id:
        log.warning("google.addon_not_configured", extra={"missing": "google_oauth_client_id"})
        raise Unauthorized(
            "Google user tokens are not accepted: the OAuth client id is not configured",
            headers=_CHALLENGE,
        )
    claims = await _verified_claims(
        token, kind=kind, audience=client_id, certs=certs, require=["sub"]
    )
    subject = claims["sub"]
    if not isinstance(subject, str) or not subject:
        raise _reject(kind, "subject", "the token has no subject")
    email = claims.get("email")
    name = claims.get("name")
    return Identity(
        provider="google",
        subject=subject,
        # An unverified email is only a claim the user typed: never treat it as who they are.
        email=email if isinstance(email, str) and _email_verified(claims) else None,
        name=name if isinstance(name, str) and name else None,
    )


async def verify_connect_id_token(
    token: str, *, audience: str, certs: GoogleCerts
) -> dict[str, Any]:
    """Claims of the ID token Google's token endpoint returned to the mailbox connect flow.

    It came straight from Google over TLS, but it is verified all the same (signature, issuer,
    expiry, audience = the connect flow's web client id): its `sub` decides whose account this is.
    """
    return await _verified_claims(
        token, kind="connect", audience=audience, certs=certs, require=["sub"]
    )


def email_is_verified(claims: dict[str, Any]) -> bool:
    return _email_verified(claims)


def looks_like_google_token(token: str) -> bool:
    """True for a JWT whose (unverified) issuer is Google: used only to route a bearer token to this
    verifier; the token is then fully verified."""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except InvalidTokenError:
        return False
    return claims.get("iss") in GOOGLE_ISSUERS


class GoogleIdTokenVerifier:
    """`IdentityVerifier` for `Authorization: Bearer <Google ID token>` on the JSON API."""

    def __init__(self, settings: Settings, certs: GoogleCerts) -> None:
        self._settings = settings
        self._certs = certs

    async def verify(self, token: str) -> Identity | None:
        if not self._settings.google_oauth_client_id or not looks_like_google_token(token):
            return None
        return await verify_user_id_token(token, settings=self._settings, certs=self._certs)
