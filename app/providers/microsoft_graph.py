"""Microsoft Graph over our shared httpx.AsyncClient: the user's calendar and mail drafts.

- `GraphClient` sends one request with a bearer token from a `TokenSource` and turns every
  failure into the typed provider errors of app.errors (see `raise_for_status`). A 429 (or, for
  reads and deletes, a 503 with Retry-After) is sent once more in place when the wait is short
  (`max_retry_wait`); otherwise it becomes `ProviderThrottled(retry_after)` for the caller to
  reschedule.
- `GraphCalendar` (a `CalendarSource`) reads `/me/calendarView` in UTC, follows
  `@odata.nextLink` up to a page cap, and normalises the events with app.calendar.graph.
- `GraphMailbox` (a `Mailbox`) creates drafts with `POST /me/messages`, tagged with a
  single-value extended property that carries the idempotency key, and looks that key up before
  creating, so a retry after a timeout or a 5xx never makes a second draft.

Nothing here logs a body, a subject or a token.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from app.calendar.graph import normalize_graph
from app.calendar.model import Event
from app.calendar.recurrence import DEFAULT_CAP
from app.calendar.zones import zone
from app.errors import ProviderError, ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.providers.base import CreatedDraft, OutgoingDraft, retry_after_seconds
from app.providers.mime import SUBJECT_LIMIT, display_name, header_text, plain_address
from app.providers.text_guard import valid_text

log = logging.getLogger("rightnote.providers.microsoft")

# Ours, fixed forever: drafts written by any RightNote version are found by it. Changing it would
# make every retry after an upgrade blind to the drafts made before.
PROPERTY_SET_GUID = "8c3f2d71-5b4e-4a96-9e0d-6f1b7a2c4e58"
IDEMPOTENCY_PROPERTY_ID = f"String {{{PROPERTY_SET_GUID}}} Name RightNoteKey"

# The event fields the normaliser reads; everything else stays on Microsoft's side.
EVENT_FIELDS = (
    "id,iCalUId,subject,body,bodyPreview,start,end,isAllDay,isCancelled,isOrganizer,organizer,"
    "attendees,location,onlineMeeting,onlineMeetingUrl,seriesMasterId,originalStart,type,"
    "hideAttendees"
)
PAGE_SIZE = 50
MAX_PAGES = 20

TokenSource = Callable[[], Awaitable[str]]
# Drops the cached access token and gets a new one (msal force_refresh); raises ReauthRequired
# when the grant itself is gone.
TokenRefresh = Callable[[], Awaitable[None]]
Sleep = Callable[[float], Awaitable[None]]


class GraphNotFound(ProviderError):
    """404: the item does not exist (any more). Callers decide whether that is fine."""

    status_code, code = 404, "provider_not_found"


class GraphGone(ProviderError):
    """410, or a sync-reset error code: a delta link (sync state) expired; the caller starts a
    full sync."""

    status_code, code = 410, "provider_gone"


# Error codes with which Graph says a delta link can no longer be used (delta query overview,
# "synchronization reset"). Besides 410 Gone, Graph sends them with 400 BadRequest ("The sync
# state generation is not found. The delta token is expired ..."). Compared case-insensitively:
# Graph writes both `syncStateNotFound` and `SyncStateNotFound`.
SYNC_RESET_CODES = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})


def odata_literal(value: str) -> str:
    """A string as an OData literal: single-quoted, embedded quotes doubled."""
    return "'" + value.replace("'", "''") + "'"


def idempotency_filter(key: str) -> str:
    return (
        "singleValueExtendedProperties/Any(ep: ep/id eq "
        f"{odata_literal(IDEMPOTENCY_PROPERTY_ID)} and ep/value eq {odata_literal(key)})"
    )


def _graph_error(response: httpx.Response) -> tuple[str, str]:
    """(code, message) of Graph's `{"error": {"code", "message"}}`, tolerating anything."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return "", ""
    return str(error.get("code") or "")[:100], str(error.get("message") or "")[:300]


def raise_for_status(response: httpx.Response, *, operation: str) -> None:
    """Map a Graph failure to a typed error; return quietly for 2xx."""
    status = response.status_code
    if status < 300:
        return
    code, message = _graph_error(response)
    log.info("graph.request_failed", extra={"operation": operation, "status": status, "code": code})
    detail = f"Microsoft Graph {operation}: HTTP {status}" + (f" {code}" if code else "")
    retry_after = retry_after_seconds(response.headers.get("retry-after"))
    if status == 429 or (status == 503 and retry_after is not None):
        raise ProviderThrottled(retry_after, detail)
    if status == 401:
        raise ReauthRequired(
            "Microsoft no longer accepts RightNote's access to this mailbox; sign in again."
        )
    if status >= 500 or status == 408:
        raise ProviderUnavailable(detail)
    if status == 404:
        raise GraphNotFound(detail)
    if status == 410 or (status == 400 and code.lower() in SYNC_RESET_CODES):
        raise GraphGone(detail)
    raise ProviderError(f"{detail}: {message}" if message else detail)


class GraphClient:
    """One Graph account: requests with its bearer token, failures mapped to typed errors."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        token: TokenSource,
        *,
        base_url: str,
        timeout: float = 10.0,
        max_retry_wait: float = 2.0,
        sleep: Sleep = asyncio.sleep,
        refresh: TokenRefresh | None = None,
    ) -> None:
        self._http = http
        self._token = token
        self._refresh = refresh
        self.base_url = base_url.rstrip("/")
        self._origin = httpx.URL(self.base_url).copy_with(path="/", query=None)
        self._timeout = httpx.Timeout(timeout, connect=min(timeout, 5.0))
        self._max_retry_wait = max_retry_wait
        self._sleep = sleep

    def url(self, path: str) -> str:
        return self.base_url + path

    def _same_origin(self, url: str) -> bool:
        # A nextLink is followed with our bearer token: it must point back at Graph itself.
        target = httpx.URL(url)
        return (target.scheme, target.host, target.port) == (
            self._origin.scheme,
            self._origin.host,
            self._origin.port,
        )

    async def request(
        self,
        method: str,
        url: str,
        *,
        operation: str,
        params: dict[str, str] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send once; after a 429/503 whose Retry-After is short, once more. Raises typed errors."""
        if not self._same_origin(url):
            raise ProviderError(f"Microsoft Graph {operation}: refusing to follow a foreign link")
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            token = await self._token()
            try:
                response = await self._http.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    headers={
                        **(headers or {}),
                        "Authorization": f"Bearer {token}",
                        "Accept": "application/json",
                    },
                    timeout=self._timeout,
                )
            except httpx.TimeoutException as exc:
                raise ProviderUnavailable(f"Microsoft Graph {operation}: timed out") from exc
            except httpx.TransportError as exc:
                raise ProviderUnavailable(
                    f"Microsoft Graph {operation}: {type(exc).__name__}"
                ) from exc
            if response.status_code == 401 and self._refresh is not None and not refreshed:
                # One 401 is not a revoked grant: the token may be revoked early (continuous
                # access evaluation) or cached stale. A 401 was not processed, so resending is
                # safe; a second 401 with a fresh token means the grant is gone.
                log.info("graph.unauthorized_refreshing", extra={"operation": operation})
                refreshed = True
                await self._refresh()
                continue
            try:
                raise_for_status(response, operation=operation)
            except ProviderThrottled as throttled:
                wait = throttled.retry_after
                # A 429 was not processed, so sending it again is safe even for a create; a 503
                # says less, so a create goes back to the caller, who looks before retrying.
                # Only a short wait is spent here; longer ones go back to the caller too.
                resend = response.status_code == 429 or method != "POST"
                if attempt >= 2 or not resend or wait is None or wait > self._max_retry_wait:
                    raise
                log.info("graph.throttled_wait", extra={"operation": operation, "seconds": wait})
                await self._sleep(wait)
                continue
            return response

    async def json(self, method: str, url: str, *, operation: str, **kwargs: Any) -> Any:
        response = await self.request(method, url, operation=operation, **kwargs)
        try:
            return valid_text(response.json())
        except ValueError as exc:
            # A cut-off body: the request may have worked, but we cannot tell what it returned.
            raise ProviderUnavailable(f"Microsoft Graph {operation}: unreadable response") from exc


def _iso_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class GraphCalendar:
    """`CalendarSource` over `/me/calendarView` (occurrences already expanded by Graph)."""

    def __init__(
        self, client: GraphClient, *, page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES
    ) -> None:
        self._client = client
        self._page_size = page_size
        self._max_pages = max_pages

    async def raw_events(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """The Graph event objects in [start, end), every page up to the cap."""
        url: str | None = self._client.url("/me/calendarView")
        params: dict[str, str] | None = {
            "startDateTime": _iso_utc(start),
            "endDateTime": _iso_utc(end),
            "$select": EVENT_FIELDS,
            "$orderby": "start/dateTime",
        }
        # Every page needs the preferences again: Graph keeps neither between requests.
        headers = {"Prefer": f'outlook.timezone="UTC", odata.maxpagesize={self._page_size}'}
        items: list[dict[str, Any]] = []
        pages = 0
        while url is not None:
            if pages == self._max_pages:
                log.warning("graph.calendar_view_truncated", extra={"pages": pages})
                break
            page = await self._client.json(
                "GET", url, operation="calendarView", params=params, headers=headers
            )
            pages += 1
            if not isinstance(page, dict) or not isinstance(page.get("value"), list):
                raise ProviderError("Microsoft Graph calendarView: unexpected response shape")
            items.extend(item for item in page["value"] if isinstance(item, dict))
            next_link = page.get("@odata.nextLink")
            # The nextLink carries the whole query (skip token included); do not add ours again.
            url, params = (next_link, None) if isinstance(next_link, str) else (None, None)
        return items

    async def list_events(
        self, start: datetime, end: datetime, *, timezone: str
    ) -> Sequence[Event]:
        items = await self.raw_events(start, end)
        user_tz = zone(timezone) or zone("UTC")
        assert user_tz is not None
        lo, hi = (m if m.tzinfo else m.replace(tzinfo=UTC) for m in (start, end))
        return normalize_graph(items, user_tz=user_tz, window=(lo, hi), cap=DEFAULT_CAP)


class GraphMailbox:
    """`Mailbox` over `/me/messages`: drafts tagged with their idempotency key."""

    def __init__(self, client: GraphClient) -> None:
        self._client = client

    async def find_draft(self, idempotency_key: str) -> CreatedDraft | None:
        page = await self._client.json(
            "GET",
            self._client.url("/me/messages"),
            operation="find draft",
            params={
                "$filter": idempotency_filter(idempotency_key),
                "$select": "id,webLink",
                "$top": "1",
            },
        )
        found = page.get("value") if isinstance(page, dict) else None
        if not isinstance(found, list) or not found or not isinstance(found[0], dict):
            return None
        return _created(found[0])

    async def create_draft(self, draft: OutgoingDraft) -> CreatedDraft:
        """The draft for `draft.idempotency_key`: found if it already exists, else created."""
        existing = await self.find_draft(draft.idempotency_key)
        if existing is not None:
            return existing
        try:
            made = await self._client.json(
                "POST",
                self._client.url("/me/messages"),
                operation="create draft",
                json=message_payload(draft),
            )
        except ProviderUnavailable:
            # A timeout or 5xx says nothing about whether Graph stored the message: look first.
            found = await self.find_draft(draft.idempotency_key)
            if found is not None:
                log.info("graph.draft_found_after_failure")
                return found
            raise
        if not isinstance(made, dict) or not isinstance(made.get("id"), str):
            raise ProviderError("Microsoft Graph create draft: the response has no id")
        return _created(made)

    async def delete_draft(self, draft_id: str) -> None:
        try:
            await self._client.request(
                "DELETE",
                self._client.url("/me/messages/" + quote(draft_id, safe="")),
                operation="delete draft",
            )
        except GraphNotFound:
            return  # already gone: the outcome the caller wanted


def message_payload(draft: OutgoingDraft) -> dict[str, Any]:
    """The Graph message for a draft. Graph builds the MIME headers from these fields, so they go
    through app.providers.mime like the Maildir and Gmail writers' headers: one line each, and the
    recipient a plain address (an invalid one is a permanent error, as for Gmail)."""
    recipients = []
    if draft.to_email:
        to = plain_address(draft.to_email)
        if to is None:
            raise ProviderError("the draft's To address is not a valid email address")
        address: dict[str, str] = {"address": to}
        name = display_name(draft.to_name)
        if name:
            address["name"] = name
        recipients.append({"emailAddress": address})
    return {
        "subject": header_text(draft.subject, SUBJECT_LIMIT),
        "body": {"contentType": "html", "content": draft.html},
        "toRecipients": recipients,
        "singleValueExtendedProperties": [
            {"id": IDEMPOTENCY_PROPERTY_ID, "value": draft.idempotency_key}
        ],
    }


def _created(item: dict[str, Any]) -> CreatedDraft:
    link = item.get("webLink")
    return CreatedDraft(draft_id=str(item["id"]), link=link if isinstance(link, str) else None)
