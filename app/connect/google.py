"""Google's web-server OAuth flow for a connected mailbox + calendar, and the tokens it yields.

- `authorization_url(state, verifier)`: google-auth-oauthlib's `Flow` with offline access,
  `prompt=consent` (so a refresh token comes back even on a second connect) and PKCE S256.
- `exchange(code, verifier)`: `Flow.fetch_token` (requests-oauthlib) in a worker thread; the
  returned ID token is verified against Google's certificates before its `sub` is believed.
- The token set it yields is refreshed from then on by app.providers.google_auth (the worker's
  drafts and calendar sync need that, not the connect flow).
- `revoke(token)`: Google's revocation endpoint, which ends the whole grant.

Scopes (docs/gmail-addon.md explains each): `openid` + `userinfo.email` (whose account this is),
`calendar.events.owned.readonly` (the user's own calendar, read only: interviews land there; it
also covers `events.watch` and `channels.stop`) and `gmail.compose` (create drafts; never send).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import anyio
import anyio.to_thread
import httpx
from google_auth_oauthlib.flow import Flow

from app.auth.google import email_is_verified, verify_connect_id_token
from app.auth.google_certs import GoogleCerts
from app.errors import (
    AppError,
    ProviderUnavailable,
    Unauthorized,
)
from app.providers.google_auth import (
    GoogleTokenSet,
    google_web_client,
    google_web_configured,
    token_call_timeout,
)
from app.settings import Settings

log = logging.getLogger("rightnote.connect")

PROVIDER = "google"
CALLBACK_PATH = "/connect/google/callback"
_AUTH = "https://www.googleapis.com/auth/"
CALENDAR_SCOPE = _AUTH + "calendar.events.owned.readonly"
GMAIL_SCOPE = _AUTH + "gmail.compose"
EMAIL_SCOPE = _AUTH + "userinfo.email"
CONNECT_SCOPES = ("openid", EMAIL_SCOPE, CALENDAR_SCOPE, GMAIL_SCOPE)
# Without both, auto-drafts cannot work: the grant is refused rather than stored half-useful.
REQUIRED_SCOPES = (CALENDAR_SCOPE, GMAIL_SCOPE)


class ConnectFailed(AppError):
    """The provider refused the connection (a bad code, a missing scope, another account)."""

    status_code, code = 400, "connect_failed"


@dataclass(frozen=True, slots=True)
class GoogleAccount:
    subject: str
    email: str | None


class GoogleOAuth:
    def __init__(
        self,
        settings: Settings,
        *,
        certs: GoogleCerts | None = None,
        http: httpx.AsyncClient | None = None,
        timeout: float | None = None,
    ) -> None:
        self.settings = settings
        self.client_id, self._secret = google_web_client(settings)
        self._certs = certs
        self._http = http
        self.timeout = token_call_timeout(settings, timeout)

    @classmethod
    def configured(cls, settings: Settings) -> bool:
        return google_web_configured(settings)

    @property
    def redirect_uri(self) -> str:
        return self.settings.public_url + CALLBACK_PATH

    def _flow(self, verifier: str) -> Flow:
        config = {
            "web": {
                "client_id": self.client_id,
                "client_secret": self._secret.get_secret_value(),
                "auth_uri": self.settings.google_oauth_auth_url,
                "token_uri": self.settings.google_oauth_token_url,
                "redirect_uris": [self.redirect_uri],
            }
        }
        return Flow.from_client_config(
            config,
            scopes=list(CONNECT_SCOPES),
            redirect_uri=self.redirect_uri,
            code_verifier=verifier,
            autogenerate_code_verifier=False,
        )

    def authorization_url(self, state: str, verifier: str, *, login_hint: str | None) -> str:
        extra: dict[str, str] = {"login_hint": login_hint} if login_hint else {}
        url, _ = self._flow(verifier).authorization_url(
            state=state, access_type="offline", prompt="consent", **extra
        )
        return str(url)

    async def exchange(self, code: str, verifier: str) -> tuple[GoogleTokenSet, GoogleAccount]:
        """Trade the callback's code (with our PKCE verifier) for the token set and the account."""

        def fetch() -> dict[str, Any]:
            flow = self._flow(verifier)
            try:
                token: dict[str, Any] = flow.fetch_token(code=code, timeout=self.timeout)
            except Warning as changed:
                # requests-oauthlib raises a Warning when the granted scopes differ from those
                # asked (granular consent, or Google's aliases); the token is attached. The
                # required scopes are checked below.
                found = getattr(changed, "token", None)
                if not isinstance(found, dict):
                    raise
                token = found
            return token

        try:
            with anyio.fail_after(self.timeout + 1):
                token = await anyio.to_thread.run_sync(fetch, abandon_on_cancel=True)
        except TimeoutError:
            raise ProviderUnavailable("Google's token service did not answer in time") from None
        except Exception as exc:
            mapped = _exchange_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc
        scope = token.get("scope")
        granted = (
            tuple(str(s) for s in scope) if isinstance(scope, list) else tuple(str(scope).split())
        )
        missing = [s for s in REQUIRED_SCOPES if s not in granted]
        if missing:
            await self._give_back(token)
            raise ConnectFailed(
                "Google did not grant everything auto-drafts need (reading your calendar and "
                "creating drafts). Start again and leave both boxes ticked."
            )
        refresh = token.get("refresh_token")
        access = token.get("access_token")
        if not isinstance(refresh, str) or not isinstance(access, str):
            await self._give_back(token)
            raise ConnectFailed("Google granted no offline access. Start again.")
        try:
            account = await self._account(token.get("id_token"))
        except ConnectFailed:
            await self._give_back(token)
            raise
        expires_at = _expires_at(token)
        return GoogleTokenSet(access, refresh, expires_at, granted), account

    async def _give_back(self, token: dict[str, Any]) -> None:
        """A grant we refuse is revoked at once: a partial grant must not linger in the user's
        account as a RightNote access nothing uses (nor be half-kept here)."""
        for key in ("refresh_token", "access_token"):
            value = token.get(key)
            if isinstance(value, str) and value:
                await self.revoke(value)  # revoking either ends the whole grant
                return

    async def _account(self, id_token: Any) -> GoogleAccount:
        if not isinstance(id_token, str) or self._certs is None:
            raise ConnectFailed("Google did not say which account was connected. Start again.")
        try:
            claims = await verify_connect_id_token(
                id_token, audience=self.client_id, certs=self._certs
            )
        except Unauthorized:
            raise ConnectFailed("Google's answer could not be verified. Start again.") from None
        email = claims.get("email")
        verified = isinstance(email, str) and email_is_verified(claims)
        return GoogleAccount(str(claims["sub"]), email if verified else None)

    async def revoke(self, token: str) -> bool:
        """End the grant at Google. False if Google could not be told (logged, not raised)."""
        http = self._http or httpx.AsyncClient()
        try:
            response = await http.post(
                self.settings.google_revoke_url,
                data={"token": token},
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                timeout=self.timeout,
            )
        except httpx.HTTPError as exc:
            log.warning("connect.google_revoke_failed", extra={"error": type(exc).__name__})
            return False
        finally:
            if self._http is None:
                await http.aclose()
        # 400 invalid_token: already revoked or expired, which is the outcome wanted.
        ok = response.status_code == 200 or (
            response.status_code == 400 and "invalid_token" in response.text
        )
        if not ok:
            log.warning("connect.google_revoke_refused", extra={"status": response.status_code})
        return ok


def _expires_at(token: dict[str, Any]) -> datetime:
    expires_at = token.get("expires_at")
    if isinstance(expires_at, int | float):
        return datetime.fromtimestamp(float(expires_at), UTC)
    expires_in = token.get("expires_in")
    seconds = float(expires_in) if isinstance(expires_in, int | float | str) else 3600.0
    return datetime.fromtimestamp(time.time() + seconds, UTC)


def _exchange_error(exc: BaseException) -> AppError:
    """oauthlib / requests failures of the code exchange, as our errors (never the code)."""
    error = getattr(exc, "error", None)
    if isinstance(exc, AppError):
        return exc
    if isinstance(error, str):  # oauthlib's OAuth2Error: invalid_grant, invalid_client ...
        log.info("connect.google_exchange_refused", extra={"error": error})
        return ConnectFailed(f"Google refused the sign-in ({error}). Start again from RightNote.")
    name = type(exc).__name__
    log.warning("connect.google_exchange_failed", extra={"error": name})
    return ProviderUnavailable(f"Google's token service could not be reached ({name})")
