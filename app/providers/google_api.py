"""Calling Google APIs with google-api-python-client: clients, time bounds and error mapping.

- Clients are built from the library's bundled (static) discovery documents, so building one
  never touches the network. `RIGHTNOTE_GOOGLE_API_ENDPOINT` replaces only the discovery
  document's `rootUrl`: `client_options.api_endpoint` replaces rootUrl + servicePath as a whole,
  so the servicePath is joined back on here (Gmail v1 has none — its method paths start with
  `gmail/v1/` — while Calendar v3's is `calendar/v3/`). A fake server therefore serves the real
  paths: `/gmail/v1/users/me/drafts` and `/calendar/v3/calendars/primary/events`.
- The library is synchronous (httplib2). Every operation runs in a worker thread under a deadline:
  httplib2's socket timeout bounds each network wait, and the deadline bounds the whole
  operation (pagination included), so an add-on card answers within a few seconds whatever
  Google does. A thread abandoned at the deadline stops at its next socket timeout.
- Failures become the typed provider errors of app.errors (see `provider_error`).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal, TypeVar
from urllib.parse import urljoin

import anyio
import anyio.to_thread
import google.auth.exceptions
import google_auth_httplib2
import httplib2
from google.auth.credentials import Credentials
from google.oauth2.credentials import Credentials as OAuthCredentials
from googleapiclient import discovery, discovery_cache
from googleapiclient.errors import HttpError

from app.errors import ProviderError, ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.providers.base import retry_after_seconds
from app.settings import Settings

Api = Literal["gmail", "calendar"]
_VERSIONS: dict[Api, str] = {"gmail": "v1", "calendar": "v3"}
T = TypeVar("T")

# 403 reasons Google uses for "slow down" (the rest of 403 is a permission problem).
_RATE_LIMIT_REASONS = frozenset(
    {
        "rateLimitExceeded",
        "userRateLimitExceeded",
        "quotaExceeded",
        "dailyLimitExceeded",
        "RATE_LIMIT_EXCEEDED",
        "RESOURCE_EXHAUSTED",
    }
)
# 403 reasons that mean the grant lacks a scope: only the user can fix it, by granting again.
_SCOPE_REASONS = frozenset(
    {"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "PERMISSION_DENIED_SCOPE"}
)


class GoogleNotFound(ProviderError):
    """404/410: the event or draft does not exist (any more). Callers decide if that is fine."""

    status_code, code = 404, "provider_not_found"


def access_token_credentials(token: str) -> OAuthCredentials:
    """Credentials from a bare access token (the add-on's `userOAuthToken`).

    It cannot be refreshed: when Google answers 401 the user must act again (ReauthRequired).
    """
    return OAuthCredentials(token=token)  # type: ignore[no-untyped-call]


def api_endpoint(settings: Settings, api: Api) -> str | None:
    """`client_options.api_endpoint` for `api`, or None for Google's own endpoint."""
    root = settings.google_api_endpoint
    if not root:
        return None
    document = _discovery_document(api)
    return urljoin(root.rstrip("/") + "/", str(document.get("servicePath", "")))


def _discovery_document(api: Api) -> dict[str, Any]:
    text = discovery_cache.get_static_doc(api, _VERSIONS[api])
    if text is None:  # the installed library always bundles both
        raise RuntimeError(f"google-api-python-client ships no discovery document for {api}")
    document: dict[str, Any] = json.loads(text)
    return document


def build_service(api: Api, credentials: Credentials, *, settings: Settings, timeout: float) -> Any:
    """A client for `api` whose every socket wait is bounded by `timeout` seconds.

    Not thread-safe (httplib2): build one per operation, inside the thread that uses it.
    """
    authorized = google_auth_httplib2.AuthorizedHttp(
        credentials, http=httplib2.Http(timeout=timeout)
    )
    endpoint = api_endpoint(settings, api)
    return discovery.build(
        api,
        _VERSIONS[api],
        http=authorized,
        static_discovery=True,
        cache_discovery=False,
        client_options={"api_endpoint": endpoint} if endpoint else None,
    )


async def run_bounded(operation: Callable[[float], T], *, bound: float, what: str) -> T:
    """Run `operation(deadline)` in a worker thread; ProviderUnavailable if it takes longer.

    `deadline` is a `time.monotonic()` value: multi-call operations check it between calls
    (see `check_deadline`) so an abandoned thread does not keep paging.
    """
    deadline = time.monotonic() + bound

    def call() -> T:
        try:
            return operation(deadline)
        except ProviderError:
            raise
        except Exception as exc:
            mapped = provider_error(exc, what)
            if mapped is None:
                raise
            raise mapped from exc

    try:
        with anyio.fail_after(bound):
            return await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
    except TimeoutError:
        raise ProviderUnavailable(f"Google did not answer within {bound:g} s ({what})") from None


def check_deadline(deadline: float, what: str) -> None:
    if time.monotonic() >= deadline:
        raise ProviderUnavailable(f"Google did not answer in time ({what})")


def provider_error(exc: BaseException, what: str) -> ProviderError | None:
    """The typed provider error for a failure of the client library; None if it is not one.

    - 401, or a refresh the token server refuses (invalid_grant) → ReauthRequired;
    - 403 lacking a scope → ReauthRequired (only the user can grant it);
    - 429, 403 rate-limit reasons → ProviderThrottled with Retry-After when Google sends one;
    - 5xx, timeouts, refused or dropped connections → ProviderUnavailable;
    - any other 4xx → ProviderError (permanent for this item).
    Messages name the operation and status, never a token or a body.
    """
    if isinstance(exc, HttpError):
        return _http_error(exc, what)
    if isinstance(exc, google.auth.exceptions.RefreshError):
        if getattr(exc, "retryable", False):
            return ProviderUnavailable(f"Google's token service failed ({what})")
        return ReauthRequired(f"Google refused the access token ({what}): connect again")
    if isinstance(exc, google.auth.exceptions.TransportError):
        return ProviderUnavailable(f"could not reach Google's token service ({what})")
    if isinstance(exc, TimeoutError):
        return ProviderUnavailable(f"Google did not answer in time ({what})")
    if isinstance(exc, httplib2.HttpLib2Error | http.client.HTTPException | OSError):
        name = type(exc).__name__
        return ProviderUnavailable(f"the connection to Google failed ({what}): {name}")
    return None


def _http_error(exc: HttpError, what: str) -> ProviderError:
    status = int(getattr(exc.resp, "status", 0) or 0)
    reasons = _reasons(exc)
    label = f"Google answered {status} ({what})"
    if status == 401:
        return ReauthRequired(f"{label}: the access token is not valid; connect again")
    if status == 429 or (status == 403 and reasons & _RATE_LIMIT_REASONS):
        return ProviderThrottled(retry_after(exc.resp), f"{label}: slow down")
    if status == 403 and reasons & _SCOPE_REASONS:
        return ReauthRequired(f"{label}: a permission is missing; grant it again")
    if status >= 500 or status == 408:
        return ProviderUnavailable(label)
    if status in (404, 410):
        return GoogleNotFound(label)
    return ProviderError(label + (f": {', '.join(sorted(reasons))}" if reasons else ""))


def _reasons(exc: HttpError) -> set[str]:
    """Google's error reasons (`error.errors[].reason`, `error.status`), from the JSON body."""
    found: set[str] = set()
    try:
        payload = json.loads(exc.content.decode("utf-8", errors="replace"))
    except (ValueError, AttributeError):
        return found
    error = payload.get("error") if isinstance(payload, dict) else None
    if not isinstance(error, dict):
        return found
    if isinstance(error.get("status"), str):
        found.add(error["status"])
    for item in error.get("errors") or []:
        if isinstance(item, dict) and isinstance(item.get("reason"), str):
            found.add(item["reason"])
    for item in error.get("details") or []:
        if isinstance(item, dict) and isinstance(item.get("reason"), str):
            found.add(item["reason"])
    return found


def retry_after(response: Any, *, now: datetime | None = None) -> float | None:
    """Seconds from the Retry-After header of an httplib2 response; None when absent."""
    value = None
    with contextlib.suppress(AttributeError, TypeError):
        value = response.get("retry-after")
    return retry_after_seconds(value if isinstance(value, str) else None, now=now)
