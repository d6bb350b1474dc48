"""Microsoft's authorization-code flow (msal) for a connected Outlook mailbox + calendar.

`initiate` runs msal's `initiate_auth_code_flow` (PKCE S256, a nonce, our sealed `state`) and
returns the URL to send the browser to, plus msal's flow dict, which the connect attempt row keeps
(encrypted) until the callback. `complete` hands that flow and the callback's query to
`acquire_token_by_auth_code_flow`, which checks the state and the ID token's nonce and redeems the
code with the verifier. The result is the same `TokenSet` (tenant, msal account, serialised token
cache) that the task pane's on-behalf-of path stores, so the worker's silent refresh
(`MicrosoftGraph.for_connection`) serves both.

Microsoft offers no call for an app to revoke a user's refresh token: disconnecting deletes the
token cache and the subscription, and the user can remove the app's consent in their account.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import anyio.to_thread
import httpx

from app.connect.google import ConnectFailed
from app.errors import ProviderUnavailable, ReauthRequired
from app.providers.microsoft_auth import (
    GRAPH_RESOURCE,
    GRAPH_SCOPES,
    MsalApps,
    TokenSet,
    cached_account_key,
    home_account_id,
    new_cache,
    token_or_raise,
)
from app.settings import Settings

log = logging.getLogger("rightnote.connect")

PROVIDER = "microsoft"
CALLBACK_PATH = "/connect/microsoft/callback"
# msal adds openid, profile and offline_access itself (and refuses them if passed).
CONNECT_SCOPES = (f"{GRAPH_RESOURCE}/User.Read", *GRAPH_SCOPES)
# Any work or school account, when the user's tenant is not known (local mode).
DEFAULT_TENANT = "organizations"
SHOWN_SCOPES = ("User.Read", "Calendars.Read", "Mail.ReadWrite", "offline_access")


@dataclass(frozen=True, slots=True)
class MicrosoftAccount:
    oid: str
    tenant: str
    email: str | None


class MicrosoftOAuth:
    def __init__(self, settings: Settings, *, http_client: Any | None = None) -> None:
        if not settings.microsoft_client_id or settings.microsoft_client_secret is None:
            raise ValueError("RIGHTNOTE_MICROSOFT_CLIENT_ID and _SECRET are needed to connect")
        self.settings = settings
        self._apps = MsalApps(
            settings.microsoft_client_id,
            settings.microsoft_client_secret,
            settings,
            http_client=http_client,
        )

    @classmethod
    def configured(cls, settings: Settings) -> bool:
        return bool(settings.microsoft_client_id and settings.microsoft_client_secret is not None)

    def close(self) -> None:
        self._apps.close()

    @property
    def redirect_uri(self) -> str:
        return self.settings.public_url + CALLBACK_PATH

    async def initiate(
        self, state: str, *, tenant: str | None, login_hint: str | None
    ) -> tuple[str, dict[str, Any]]:
        """(the authorize URL, msal's flow to keep until the callback)."""

        def call() -> dict[str, Any]:
            app = self._apps.app(tenant or DEFAULT_TENANT)
            flow: dict[str, Any] = app.initiate_auth_code_flow(
                list(CONNECT_SCOPES),
                redirect_uri=self.redirect_uri,
                state=state,
                login_hint=login_hint,
                prompt="select_account",
                # The code arrives in a POST body, not in a URL (history, logs, Referer).
                response_mode="form_post",
            )
            return flow

        flow = await _run(call, "initiate")
        auth_uri = flow.get("auth_uri")
        if not isinstance(auth_uri, str):
            raise ProviderUnavailable("Microsoft sign-in could not be started")
        return auth_uri, flow

    async def complete(
        self, flow: dict[str, Any], response: dict[str, str], *, tenant: str
    ) -> tuple[TokenSet, MicrosoftAccount]:
        """Redeem the callback's code; the token set to store and whose account it is.

        `tenant` is the authority `initiate` used (the caller keeps it with the flow).
        """
        cache = new_cache()

        def call() -> dict[str, Any]:
            app = self._apps.app(tenant, cache)
            try:
                result: dict[str, Any] = app.acquire_token_by_auth_code_flow(flow, response)
            except ValueError:
                # msal: the state does not match the flow's, or the flow is malformed.
                return {"error": "state_mismatch"}
            return result

        result = await _run(call, "auth code")
        if result.get("error") == "state_mismatch":
            raise ConnectFailed("The sign-in answer does not match this request. Start again.")
        if "access_token" not in result:
            try:
                token_or_raise(result, operation="auth code")  # raises the mapped error
            except ReauthRequired as exc:
                # At connect time "sign in again" means: this sign-in was refused.
                raise ConnectFailed(f"{exc.detail}. Nothing was connected.") from None
        claims = result.get("id_token_claims")
        if not isinstance(claims, dict) or not claims.get("oid") or not claims.get("tid"):
            raise ConnectFailed("Microsoft did not say which account was connected. Start again.")
        oid, tid = str(claims["oid"]), str(claims["tid"])
        email = claims.get("preferred_username") or claims.get("email")
        key = cached_account_key(cache, home_account_id(oid, tid))  # guests: msal's own key
        token_set = TokenSet(tid, key, cache.serialize())
        return token_set, MicrosoftAccount(oid, tid, str(email) if email else None)


async def _run(call: Any, operation: str) -> Any:
    try:
        return await anyio.to_thread.run_sync(call)
    except (httpx.TransportError, OSError) as exc:
        raise ProviderUnavailable(f"Microsoft sign-in ({operation}): {type(exc).__name__}") from exc
    except ValueError as exc:
        log.info("connect.microsoft_failed", extra={"operation": operation})
        raise ConnectFailed("Microsoft sign-in could not be completed. Start again.") from exc
