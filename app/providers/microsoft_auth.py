"""Graph access tokens for a user: msal on-behalf-of, and an encrypted token cache for later.

The task pane sends an access token for our API. `MicrosoftAuth.on_behalf_of` trades it for a
Graph token (msal `ConfidentialClientApplication.acquire_token_on_behalf_of`); msal also gets a
refresh token, and the whole `SerializableTokenCache` is kept, encrypted with `TokenCipher`, on
the user's `connections` row (provider "microsoft"). The worker later deserialises it and calls
`acquire_token_silent`, so drafts can be made while Outlook is closed.

msal is synchronous: every call runs in a worker thread. Its HTTP client is a requests-like
client (an `httpx.Client` in production and in tests, where it reaches the fake identity
platform); authorities are `{microsoft_authority_host}/{tenant id}` with instance discovery off,
so nothing but the configured host is ever contacted.

msal results are mapped to typed errors: `invalid_grant` / `interaction_required` /
`login_required` (revoked, expired) → `ReauthRequired`; consent never given (AADSTS65001,
suberror `consent_required`) → `ConsentRequired`, a kind of ReauthRequired; server-side and
network trouble → `ProviderUnavailable`; anything else → `ProviderError`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio.to_thread
import httpx
import msal
from pydantic import SecretStr

from app.errors import ProviderError, ProviderUnavailable, ReauthRequired
from app.settings import Settings

log = logging.getLogger("rightnote.providers.microsoft")

GRAPH_RESOURCE = "https://graph.microsoft.com"
# Delegated permissions the backend uses (docs/outlook-addin.md §1). msal adds offline_access,
# openid and profile itself and refuses them if passed.
GRAPH_SCOPES = (f"{GRAPH_RESOURCE}/Calendars.Read", f"{GRAPH_RESOURCE}/Mail.ReadWrite")

# Token-set JSON kept (encrypted) in `connections.token_ciphertext`.
CACHE_FORMAT = "msal"
TOKEN_SET_VERSION = 1

_REAUTH_ERRORS = frozenset(
    {
        "invalid_grant",
        "interaction_required",
        "consent_required",
        "login_required",
        "invalid_client_assertion",
    }
)
_TRANSIENT_ERRORS = frozenset({"temporarily_unavailable", "server_error"})
# AADSTS codes that mean "only the user (or an admin) can fix this".
_REAUTH_CODES = frozenset({50076, 50079, 50173, 65001, 70043, 700082, 700084, 50132, 53003})
# AADSTS65001: nobody consented to the Graph permissions. Signing in again asks for the same
# scope and cannot help; the user must grant them (incrementally) or an admin for the tenant.
_CONSENT_CODES = frozenset({65001})


class ConsentRequired(ReauthRequired):
    """The Graph permissions were never granted: ask for consent, not for a new sign-in."""

    code = "consent_required"


@dataclass(frozen=True, slots=True)
class GraphToken:
    access_token: str
    expires_at: datetime

    def __repr__(self) -> str:  # never print the token
        return f"GraphToken(expires_at={self.expires_at.isoformat()})"


@dataclass(frozen=True, slots=True)
class TokenSet:
    """What the connection row stores: the tenant, the msal account and the serialised cache."""

    tenant: str
    home_account_id: str
    cache: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": CACHE_FORMAT,
            "v": TOKEN_SET_VERSION,
            "tenant": self.tenant,
            "home_account_id": self.home_account_id,
            "cache": self.cache,
        }

    @classmethod
    def from_json(cls, value: Any) -> TokenSet:
        if (
            not isinstance(value, dict)
            or value.get("kind") != CACHE_FORMAT
            or not all(isinstance(value.get(k), str) for k in ("tenant", "home_account_id"))
            or not isinstance(value.get("cache"), str)
        ):
            raise ReauthRequired("the stored Microsoft sign-in is unreadable; sign in again")
        return cls(value["tenant"], value["home_account_id"], value["cache"])

    def __repr__(self) -> str:
        return f"TokenSet(tenant={self.tenant!r})"


def home_account_id(oid: str, tenant: str) -> str:
    """msal's account key for a member of the tenant: `<oid>.<tid>` (guests: see below)."""
    return f"{oid}.{tenant}"


def cached_account_key(cache: msal.SerializableTokenCache, fallback: str) -> str:
    """The account key msal actually created in `cache` (from the token endpoint's
    client_info). For a B2B guest it names the home tenant's user, not the token's oid/tid,
    so rebuilding it from the token would find nothing later. `fallback` when unclear."""
    accounts = list(cache.search(msal.TokenCache.CredentialType.ACCOUNT))
    keys = {a.get("home_account_id") for a in accounts if isinstance(a, dict)}
    keys.discard(None)
    if len(keys) == 1:
        key = keys.pop()
        if isinstance(key, str) and key:
            return key
    return fallback


def _aadsts_codes(result: dict[str, Any]) -> set[int]:
    codes = result.get("error_codes")
    return {c for c in codes if isinstance(c, int)} if isinstance(codes, list) else set()


def token_or_raise(result: dict[str, Any] | None, *, operation: str) -> GraphToken:
    """A successful msal result as a GraphToken; an error result as a typed error."""
    if result is None:
        raise ReauthRequired("no Microsoft sign-in is stored for this account; sign in again")
    token = result.get("access_token")
    if isinstance(token, str) and token:
        expires_in = result.get("expires_in")
        seconds = float(expires_in) if isinstance(expires_in, int | float | str) else 300.0
        return GraphToken(token, datetime.now(UTC) + timedelta(seconds=seconds))
    error = str(result.get("error") or "unknown_error")
    suberror = str(result.get("suberror") or "")
    codes = _aadsts_codes(result)
    log.info(
        "microsoft.token_failed",
        extra={
            "operation": operation,
            "error": error,
            "suberror": suberror,
            "codes": sorted(codes),
        },
    )
    first_code = f" (AADSTS{min(codes)})" if codes else ""
    if codes & _CONSENT_CODES or suberror == "consent_required":
        raise ConsentRequired(
            f"Microsoft needs consent to RightNote's Graph permissions{first_code}"
        )
    if error in _REAUTH_ERRORS or suberror in _REAUTH_ERRORS or codes & _REAUTH_CODES:
        raise ReauthRequired(
            f"Microsoft asks the user to sign in again{first_code}: {suberror or error}"
        )
    if error in _TRANSIENT_ERRORS or any(500 <= c < 600 for c in codes):
        raise ProviderUnavailable(f"Microsoft sign-in is unavailable{first_code}")
    raise ProviderError(f"Microsoft sign-in failed{first_code}: {error}")


class MsalApps:
    """msal confidential-client apps for our registration, all on one HTTP client.

    Shared by the task pane's token path (`MicrosoftAuth`) and the connect flow
    (`app.connect.microsoft.MicrosoftOAuth`); each checks the settings it needs first.
    """

    def __init__(
        self,
        client_id: str,
        secret: SecretStr,
        settings: Settings,
        *,
        http_client: Any | None = None,
    ) -> None:
        self._client_id = client_id
        self._secret = secret
        self._authority_host = settings.microsoft_authority_host.rstrip("/")
        self._owns_http = http_client is None
        # requests-like (get/post with params, headers, data): httpx.Client qualifies.
        self._http = http_client or httpx.Client(
            timeout=httpx.Timeout(settings.microsoft_api_timeout_seconds * 2, connect=5.0),
            follow_redirects=False,
        )

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def app(self, tenant: str, cache: msal.SerializableTokenCache | None = None) -> Any:
        """One app per call: an msal app holds one user's token cache."""
        return msal.ConfidentialClientApplication(
            self._client_id,
            client_credential=self._secret.get_secret_value(),
            authority=f"{self._authority_host}/{tenant}",
            http_client=self._http,
            instance_discovery=False,
            token_cache=cache,
        )


class MicrosoftAuth:
    """msal confidential client for our API registration; one short-lived app per call.

    An msal app holds one user's cache, so a fresh one is built per call around that user's
    cache. Each build reads the tenant's OpenID configuration; callers keep access tokens in
    memory until shortly before they expire (`microsoft.TokenMemo`), so msal runs only when a
    token has to be minted or refreshed anyway.
    """

    def __init__(self, settings: Settings, *, http_client: Any | None = None) -> None:
        if not settings.microsoft_client_id or settings.microsoft_client_secret is None:
            raise ValueError(
                "RIGHTNOTE_MICROSOFT_CLIENT_ID and RIGHTNOTE_MICROSOFT_CLIENT_SECRET are needed "
                "for Microsoft Graph"
            )
        if not settings.microsoft_authority_host.startswith("https://"):
            raise ValueError("RIGHTNOTE_MICROSOFT_AUTHORITY_HOST must be an https URL")
        self._apps = MsalApps(
            settings.microsoft_client_id,
            settings.microsoft_client_secret,
            settings,
            http_client=http_client,
        )

    def close(self) -> None:
        self._apps.close()

    async def on_behalf_of(
        self, assertion: str, tenant: str, cache: msal.SerializableTokenCache
    ) -> GraphToken:
        """A Graph token for the user of `assertion` (our API's access token); fills `cache`."""

        def call() -> dict[str, Any]:
            app = self._apps.app(tenant, cache)
            result: dict[str, Any] = app.acquire_token_on_behalf_of(assertion, list(GRAPH_SCOPES))
            return result

        result = await _run(call, operation="on-behalf-of")
        return token_or_raise(result, operation="on-behalf-of")

    async def silent(
        self,
        token_set: TokenSet,
        cache: msal.SerializableTokenCache,
        *,
        force_refresh: bool = False,
    ) -> GraphToken:
        """A Graph token from the stored cache: cached, or refreshed with its refresh token
        (always refreshed with `force_refresh`, after Graph refused the cached one).

        `cache` must hold `token_set.cache` (deserialised); check `cache.has_state_changed`
        afterwards and store it again when it did.
        """

        def call() -> dict[str, Any] | None:
            app = self._apps.app(token_set.tenant, cache)
            accounts = app.get_accounts()
            account = next(
                (a for a in accounts if a.get("home_account_id") == token_set.home_account_id),
                None,
            )
            if account is None:
                return None
            result: dict[str, Any] | None = app.acquire_token_silent_with_error(
                list(GRAPH_SCOPES), account, force_refresh=force_refresh
            )
            return result

        result = await _run(call, operation="silent")
        return token_or_raise(result, operation="silent")


async def _run(call: Any, *, operation: str) -> Any:
    try:
        return await anyio.to_thread.run_sync(call)
    except (httpx.TransportError, OSError) as exc:
        raise ProviderUnavailable(f"Microsoft sign-in ({operation}): {type(exc).__name__}") from exc
    except ValueError as exc:
        # msal raises ValueError for unusable authority metadata (an unknown tenant included).
        raise ProviderError(f"Microsoft sign-in ({operation}) failed: {exc}") from exc


def new_cache(serialized: str | None = None) -> msal.SerializableTokenCache:
    cache = msal.SerializableTokenCache()
    if serialized:
        cache.deserialize(serialized)
    return cache
