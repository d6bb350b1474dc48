"""A fake Gmail + Google Calendar REST server, driven by the real google-api-python-client.

Serve `FakeGoogleApis().app` with `tests.fakes.server.serve_asgi` (the client library speaks
httplib2, so it needs a real loopback socket) and point `RIGHTNOTE_GOOGLE_API_ENDPOINT` at it.
Paths are Google's: `/calendar/v3/calendars/{id}/events[/{eventId}]` and
`/gmail/v1/users/{userId}/drafts[/{id}]`.

What it checks, as Google would:
- `Authorization: Bearer <token>` must be a token it was told about (401 otherwise), and that
  token's scopes must include one the discovery document lists for the method (403
  insufficientPermissions otherwise);
- events.list: timeMin/timeMax must carry an offset, `orderBy=startTime` needs `singleEvents`,
  maxResults is capped at 2500, pages follow `pageToken`, `q` matches every term;
- drafts.create: `message.raw` must be base64url RFC 5322 that the email package parses under its
  strict policy, with at most one of each single-instance header (RFC 5322 §3.6); anything else is
  a 400. Stored drafts keep the parsed message for tests to inspect;
- drafts.list: `q` understands `rfc822msgid:` (Gmail's search operator) and refuses any other
  term, so a client relying on more than the fake knows fails loudly. Without `q` it lists
  every draft, newest first, in pages.
- drafts.get: `format=metadata` returns `message.payload.headers`, only the `metadataHeaders`
  asked for (case-insensitive), as Gmail documents.

What Gmail's documentation leaves open, the fake can do either way (exactly-once must hold in all):
- `message_id="keep"` (default) stores a client-set Message-ID as sent; `"rewrite"` replaces it
  with one of Gmail's own; `"drop"` removes it. Other headers (our X-RightNote-Key) are kept.
- `index_late=True`: a new draft is not found by `q` searches until `index_now()`; listing
  without `q` sees it at once.

Incremental sync and push (auto-drafts, tests/sync):
- every change made through `add_event` / `update_event` / `delete_event` gets a revision;
  events.list answers with `nextSyncToken` on its last page, and with `syncToken` returns only
  what changed since (deleted events as `{id, status: "cancelled"}` stubs, as Google does).
  `syncToken` together with timeMin/timeMax/orderBy/q/iCalUID/updatedMin is a 400, and a token
  older than `expire_sync_tokens()` a 410 (`fullSyncRequired`);
- events.watch makes a channel (https address only, unique id; Google's resourceId), and
  channels.stop ends it (404 when unknown). `notify(client, ...)` then POSTs a notification
  to every live channel of a calendar, with Google's X-Goog-* headers, through `client`.

Faults (`fail(...)`, see tests/fakes/google_faults.py) are consumed in order by the first request
they match: an HTTP error (429 with Retry-After, 403 rate limit, 500, 503), a slow answer (stops
early when the client hangs up), a dropped connection (optionally after doing the work), or
"create then fail" (the write is stored, then a 500 is returned).
"""

from __future__ import annotations

import base64
import itertools
import json
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from typing import Any

import httpx
from googleapiclient import discovery_cache
from starlette.requests import Request
from starlette.responses import JSONResponse as _StarletteJSON
from starlette.responses import Response
from starlette.routing import Route, Router

from tests.fakes.gmail_mime import decode_raw, parse_strict, rfc822msgid_query
from tests.fakes.google_faults import Fault, FaultingApp, FaultKind, Seen, google_error
from tests.fakes.google_identity import USER_EMAIL


class JSONResponse(_StarletteJSON):
    """JSON with non-ASCII characters as \\u escapes, which Google's APIs may write: it also
    carries what UTF-8 cannot, such as a lone surrogate from a field cut inside an emoji."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, separators=(",", ":")).encode("ascii")


USER_TOKEN = "ya29.fake-user-oauth-token"
_AUTH = "https://www.googleapis.com/auth/"
# What the add-on's userOAuthToken carries (the deployment's Calendar scope), and what a
# connected mailbox (gmail.compose, offline) adds.
ADDON_SCOPES = (_AUTH + "calendar.events.owned.readonly",)
MAILBOX_SCOPES = (_AUTH + "gmail.compose",)
MAX_RESULTS = 2500
# What Google accepts as a channel lifetime for Calendar events (longer requests are capped).
MAX_CHANNEL_TTL = timedelta(days=7)
_NOT_WITH_SYNC_TOKEN = ("timeMin", "timeMax", "orderBy", "q", "iCalUID", "updatedMin")


@dataclass
class StoredDraft:
    id: str
    message_id: str  # Gmail's message id (not the Message-ID header)
    thread_id: str
    raw: bytes
    message: EmailMessage

    @property
    def header_message_id(self) -> str:
        return str(self.message.get("Message-ID", "")).strip()


@dataclass
class FakeGoogleApis:
    user_email: str = USER_EMAIL
    # token -> granted scopes
    tokens: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {USER_TOKEN: ADDON_SCOPES + MAILBOX_SCOPES}
    )
    calendars: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    drafts: dict[str, StoredDraft] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    calendar_time_zone: str = "America/New_York"
    # A server-side paging bug: events.list answers a page with the token that fetched it, so
    # a client that follows nextPageToken blindly reads that page for ever.
    repeat_pages: bool = False
    # Undocumented Gmail behaviour, either way (see the module docstring).
    message_id: str = "keep"
    index_late: bool = False

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self._random = random.Random(1234)
        # Change tracking: revision of the last change of each (calendar, event id).
        self._rev = 0
        self._revs: dict[tuple[str, str], int] = {}
        self._oldest_sync_rev = 0
        self.channels: dict[str, dict[str, Any]] = {}
        self.stopped_channels: list[str] = []
        self._messages = itertools.count(1)
        self._unindexed: set[str] = set()
        router = Router(
            routes=[
                Route(
                    "/calendar/v3/calendars/{calendar_id}/events/watch",
                    self._events_watch,
                    methods=["POST"],
                ),
                Route("/calendar/v3/channels/stop", self._channels_stop, methods=["POST"]),
                Route(
                    "/calendar/v3/calendars/{calendar_id}/events",
                    self._events_list,
                    methods=["GET"],
                ),
                Route(
                    "/calendar/v3/calendars/{calendar_id}/events/{event_id}",
                    self._events_get,
                    methods=["GET"],
                ),
                Route("/gmail/v1/users/{user_id}/drafts", self._drafts_create, methods=["POST"]),
                Route("/gmail/v1/users/{user_id}/drafts", self._drafts_list, methods=["GET"]),
                Route(
                    "/gmail/v1/users/{user_id}/drafts/{draft_id}", self._drafts_get, methods=["GET"]
                ),
                Route(
                    "/gmail/v1/users/{user_id}/drafts/{draft_id}",
                    self._drafts_delete,
                    methods=["DELETE"],
                ),
            ]
        )
        self._router = router
        self.app = FaultingApp(router, take_fault=self.take_fault, requests=self.requests)

    # --- seeding and faults ---------------------------------------------------------------

    def add_event(self, event: dict[str, Any], calendar_id: str = "primary") -> dict[str, Any]:
        event = {"kind": "calendar#event", "status": "confirmed", **event}
        event.setdefault("id", f"ev{next(self._ids)}")
        self.calendars.setdefault(self._calendar(calendar_id), []).append(event)
        self._touch(calendar_id, event)
        return event

    def find_event(self, event_id: str, calendar_id: str = "primary") -> dict[str, Any]:
        for event in self.calendars.get(self._calendar(calendar_id), []):
            if event.get("id") == event_id:
                return event
        raise KeyError(event_id)

    def update_event(
        self, event_id: str, calendar_id: str = "primary", **changes: Any
    ) -> dict[str, Any]:
        """Change an event (e.g. `start=`, `end=`), as the user editing it in Calendar."""
        event = self.find_event(event_id, calendar_id)
        event.update(changes)
        self._touch(calendar_id, event)
        return event

    def hide_guests(self, event_id: str, calendar_id: str = "primary") -> dict[str, Any]:
        """The organizer turns off guestsCanSeeOtherGuests: the user's copy now lists only the
        user, with `attendeesOmitted` (events resource: attendees "may have been omitted")."""
        event = self.find_event(event_id, calendar_id)
        mine = [a for a in event.get("attendees", []) if a.get("self")]
        return self.update_event(
            event_id,
            calendar_id,
            attendees=mine,
            attendeesOmitted=True,
            guestsCanSeeOtherGuests=False,
        )

    def delete_event(self, event_id: str, calendar_id: str = "primary") -> None:
        """Delete an event: it leaves listings and shows as a cancelled stub in incremental."""
        event = self.find_event(event_id, calendar_id)
        event["status"] = "cancelled"
        event["_deleted"] = True
        self._touch(calendar_id, event)

    def delete_series(self, master_id: str, calendar_id: str = "primary") -> list[str]:
        """Delete a whole recurring series ("All events" in Calendar): the master and every
        stored instance become cancelled. With singleEvents=true an incremental listing then
        shows each instance's stub and never the master (events.list: singleEvents returns
        "instances of recurring events, but not the underlying recurring events themselves").
        Returns the instance ids."""
        self.delete_event(master_id, calendar_id)
        instances = [
            str(e["id"])
            for e in self.calendars.get(self._calendar(calendar_id), [])
            if e.get("recurringEventId") == master_id
        ]
        for event_id in instances:
            self.delete_event(event_id, calendar_id)
        return instances

    def expire_sync_tokens(self) -> None:
        """Every sync token issued so far answers 410 from now on."""
        self._oldest_sync_rev = self._rev + 1

    def _touch(self, calendar_id: str, event: dict[str, Any]) -> None:
        self._rev += 1
        self._revs[(self._calendar(calendar_id), str(event.get("id")))] = self._rev
        event["updated"] = datetime.now(UTC).isoformat().replace("+00:00", "Z")

    def live_channels(self, calendar_id: str = "primary") -> list[dict[str, Any]]:
        now_ms = time.time() * 1000
        return [
            c
            for c in self.channels.values()
            if c["calendar"] == self._calendar(calendar_id) and c["expiration"] > now_ms
        ]

    async def notify(
        self, client: httpx.AsyncClient, calendar_id: str = "primary", state: str = "exists"
    ) -> list[int]:
        """Google telling every live channel of the calendar that it changed."""
        statuses = []
        for channel in self.live_channels(calendar_id):
            expires = datetime.fromtimestamp(channel["expiration"] / 1000, UTC)
            headers = {
                "X-Goog-Channel-ID": channel["id"],
                "X-Goog-Message-Number": str(next(self._messages)),
                "X-Goog-Resource-ID": channel["resourceId"],
                "X-Goog-Resource-State": state,
                "X-Goog-Resource-URI": channel["resourceUri"],
                "X-Goog-Channel-Expiration": format_datetime(expires, usegmt=True),
            }
            if channel.get("token"):
                headers["X-Goog-Channel-Token"] = channel["token"]
            response = await client.post(channel["address"], headers=headers, content=b"")
            statuses.append(response.status_code)
        return statuses

    def index_now(self) -> None:
        """Gmail's search index catches up: `q` finds every draft from now on."""
        self._unindexed.clear()

    def fail(self, kind: FaultKind, on: str | None = None, **options: Any) -> Fault:
        fault = Fault(kind, on, **options)
        self.faults.append(fault)
        return fault

    def take_fault(self, method: str, path: str) -> Fault | None:
        for index, fault in enumerate(self.faults):
            if fault.matches(method, path):
                return self.faults.pop(index)
        return None

    def seen(self, method: str, path_part: str) -> list[Seen]:
        return [s for s in self.requests if s.method == method and path_part in s.path]

    # --- helpers ------------------------------------------------------------------------------

    def _calendar(self, calendar_id: str) -> str:
        return self.user_email if calendar_id == "primary" else calendar_id

    def _check(self, request: Request, api: str, method: str) -> Response | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or token not in self.tokens:
            return google_error(
                401,
                "Request had invalid authentication credentials. Expected OAuth 2 access "
                "token, login cookie or other valid authentication credential.",
                "UNAUTHENTICATED",
                reason="authError",
                headers={
                    "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", '
                    'error="invalid_token"'
                },
            )
        if not set(self.tokens[token]) & set(method_scopes(api, method)):
            return google_error(
                403,
                "Request had insufficient authentication scopes.",
                "PERMISSION_DENIED",
                reason="insufficientPermissions",
                headers={
                    "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", '
                    'error="insufficient_scope"'
                },
            )
        return None

    # --- Calendar -----------------------------------------------------------------------------

    async def _events_list(self, request: Request) -> Response:
        if (denied := self._check(request, "calendar", "events.list")) is not None:
            return denied
        params = request.query_params
        calendar_id = self._calendar(request.path_params["calendar_id"])
        if calendar_id not in self.calendars and calendar_id != self.user_email:
            return google_error(404, "Not Found", "NOT_FOUND", reason="notFound")
        if params.get("syncToken") is not None:
            return self._events_changed(calendar_id, params)
        try:
            lo = _instant(params.get("timeMin"))
            hi = _instant(params.get("timeMax"))
        except ValueError as exc:
            return google_error(400, str(exc), "INVALID_ARGUMENT", reason="badRequest")
        single = params.get("singleEvents") == "true"
        if params.get("orderBy") == "startTime" and not single:
            return google_error(
                400,
                "The requested ordering is not available for the particular query.",
                "INVALID_ARGUMENT",
                reason="badRequest",
            )
        try:
            max_results = min(int(params.get("maxResults", "250")), MAX_RESULTS)
            offset = _page_offset(params.get("pageToken"))
        except ValueError:
            return google_error(400, "Invalid value", "INVALID_ARGUMENT", reason="invalid")
        terms = (params.get("q") or "").casefold().split()
        show_deleted = params.get("showDeleted") == "true"
        items = []
        for event in self.calendars.get(calendar_id, []):
            is_master = isinstance(event.get("recurrence"), list)
            is_instance = "recurringEventId" in event
            if (single and is_master) or (not single and is_instance):
                continue
            if event.get("status") == "cancelled" and not show_deleted:
                continue
            if event.get("_deleted") and not show_deleted:
                continue
            start, end = _event_span(event)
            if lo is not None and end is not None and end <= lo:
                continue
            if hi is not None and start is not None and start >= hi:
                continue
            if terms and not all(term in _searchable(event) for term in terms):
                continue
            items.append(event)
        if params.get("orderBy") == "startTime":
            items.sort(key=lambda e: _event_span(e)[0] or datetime.min.replace(tzinfo=UTC))
        page = items[offset : offset + max_results]
        body: dict[str, Any] = {
            "kind": "calendar#events",
            "etag": '"p33c9fake"',
            "summary": calendar_id,
            "updated": "2026-01-01T00:00:00.000Z",
            "timeZone": self.calendar_time_zone,
            "accessRole": "owner",
            "defaultReminders": [],
            "items": [_public(e) for e in page],
        }
        if offset + max_results < len(items):
            body["nextPageToken"] = _page_token(offset + max_results)
            if self.repeat_pages and params.get("pageToken"):
                body["nextPageToken"] = params["pageToken"]
        else:
            body["nextSyncToken"] = _sync_token(self._rev)
        return JSONResponse(body)

    def _events_changed(self, calendar_id: str, params: Any) -> Response:
        """events.list with a syncToken: what changed since it was issued."""
        clash = [name for name in _NOT_WITH_SYNC_TOKEN if params.get(name) is not None]
        if clash:
            return google_error(
                400,
                f"Sync token cannot be used with {clash[0]}.",
                "INVALID_ARGUMENT",
                reason="invalid",
            )
        since = _sync_rev(params.get("syncToken", ""))
        if since is None or since < self._oldest_sync_rev:
            return google_error(
                410,
                "Sync token is no longer valid, a full sync is required.",
                "GONE",
                reason="fullSyncRequired",
            )
        try:
            max_results = min(int(params.get("maxResults", "250")), MAX_RESULTS)
            offset = _page_offset(params.get("pageToken"))
        except ValueError:
            return google_error(400, "Invalid value", "INVALID_ARGUMENT", reason="invalid")
        single = params.get("singleEvents") == "true"
        changed = []
        for event in self.calendars.get(calendar_id, []):
            if self._revs.get((calendar_id, str(event.get("id"))), 0) <= since:
                continue
            is_master = isinstance(event.get("recurrence"), list)
            if (single and is_master) or (not single and "recurringEventId" in event):
                continue
            if event.get("status") == "cancelled":
                stub = {
                    "kind": "calendar#event",
                    "etag": '"stub"',
                    "id": event["id"],
                    "status": "cancelled",
                }
                for key in ("recurringEventId", "originalStartTime"):
                    if key in event:
                        stub[key] = event[key]
                changed.append(stub)
            else:
                changed.append(_public(event))
        page = changed[offset : offset + max_results]
        body: dict[str, Any] = {
            "kind": "calendar#events",
            "timeZone": self.calendar_time_zone,
            "items": page,
        }
        if offset + max_results < len(changed):
            body["nextPageToken"] = _page_token(offset + max_results)
        else:
            body["nextSyncToken"] = _sync_token(self._rev)
        return JSONResponse(body)

    async def _events_watch(self, request: Request) -> Response:
        if (denied := self._check(request, "calendar", "events.watch")) is not None:
            return denied
        calendar_id = self._calendar(request.path_params["calendar_id"])
        try:
            body = json.loads(await request.body())
            channel_id, address = body["id"], body["address"]
        except (ValueError, KeyError, TypeError):
            return google_error(400, "Invalid channel", "INVALID_ARGUMENT", reason="invalid")
        if body.get("type") not in ("web_hook", "webhook"):
            return google_error(400, "Invalid channel type", "INVALID_ARGUMENT", reason="invalid")
        if not str(address).startswith("https://"):
            return google_error(
                400,
                "WebHook callback must be HTTPS: " + str(address),
                "INVALID_ARGUMENT",
                reason="push.webhookUrlNotHttps",
            )
        if channel_id in self.channels or channel_id in self.stopped_channels:
            return google_error(
                400,
                f"Channel id {channel_id} not unique",
                "INVALID_ARGUMENT",
                reason="channelIdNotUnique",
            )
        now_ms = int(time.time() * 1000)
        cap = now_ms + int(MAX_CHANNEL_TTL.total_seconds() * 1000)
        asked = int(body["expiration"]) if str(body.get("expiration", "")).isdigit() else cap
        channel = {
            "id": channel_id,
            "calendar": calendar_id,
            "address": address,
            "token": body.get("token"),
            "resourceId": f"res-{calendar_id}",
            "resourceUri": f"https://www.googleapis.com/calendar/v3/calendars/{calendar_id}"
            "/events?alt=json",
            "expiration": min(asked, cap),
        }
        self.channels[channel_id] = channel
        return JSONResponse(
            {
                "kind": "api#channel",
                "id": channel_id,
                "resourceId": channel["resourceId"],
                "resourceUri": channel["resourceUri"],
                "token": channel["token"],
                "expiration": str(channel["expiration"]),
            }
        )

    async def _channels_stop(self, request: Request) -> Response:
        if (denied := self._check(request, "calendar", "channels.stop")) is not None:
            return denied
        try:
            body = json.loads(await request.body())
            channel = self.channels.get(body["id"])
        except (ValueError, KeyError, TypeError):
            return google_error(400, "Invalid channel", "INVALID_ARGUMENT", reason="invalid")
        if channel is None or channel["resourceId"] != body.get("resourceId"):
            return google_error(
                404,
                f"Channel '{body.get('id')}' not found for project",
                "NOT_FOUND",
                reason="notFound",
            )
        del self.channels[channel["id"]]
        self.stopped_channels.append(channel["id"])
        return Response(status_code=204)

    async def _events_get(self, request: Request) -> Response:
        if (denied := self._check(request, "calendar", "events.get")) is not None:
            return denied
        calendar_id = self._calendar(request.path_params["calendar_id"])
        for event in self.calendars.get(calendar_id, []):
            if event.get("id") == request.path_params["event_id"]:
                return JSONResponse(_public(event))
        return google_error(404, "Not Found", "NOT_FOUND", reason="notFound")

    # --- Gmail --------------------------------------------------------------------------------

    def _user_ok(self, request: Request) -> Response | None:
        if request.path_params["user_id"] not in ("me", self.user_email):
            return google_error(
                403,
                "Delegation denied for " + self.user_email,
                "PERMISSION_DENIED",
                reason="forbidden",
            )
        return None

    async def _drafts_create(self, request: Request) -> Response:
        if (denied := self._check(request, "gmail", "users.drafts.create")) is not None:
            return denied
        if (denied := self._user_ok(request)) is not None:
            return denied
        try:
            payload = json.loads(await request.body())
            raw_text = payload["message"]["raw"]
            if not isinstance(raw_text, str):
                raise TypeError("raw must be a string")
        except (ValueError, KeyError, TypeError):
            return google_error(
                400,
                "Invalid draft: message.raw is required",
                "INVALID_ARGUMENT",
                reason="invalidArgument",
            )
        try:
            raw = decode_raw(raw_text)
            message = parse_strict(raw)
        except ValueError as exc:
            return google_error(
                400, f"Invalid raw message: {exc}", "INVALID_ARGUMENT", reason="invalidArgument"
            )
        draft_id = f"r{self._random.randrange(10**18, 10**19)}"
        gmail_id = f"{0x18F0000000000000 + next(self._ids):x}"
        if self.message_id != "keep":
            del message["Message-ID"]
            if self.message_id == "rewrite":
                message["Message-ID"] = f"<CA+{gmail_id}{draft_id}@mail.gmail.com>"
            raw = message.as_bytes()
        self.drafts[draft_id] = StoredDraft(draft_id, gmail_id, gmail_id, raw, message)
        if self.index_late:
            self._unindexed.add(draft_id)
        return JSONResponse(
            {
                "id": draft_id,
                "message": {"id": gmail_id, "threadId": gmail_id, "labelIds": ["DRAFT"]},
            }
        )

    async def _drafts_list(self, request: Request) -> Response:
        if (denied := self._check(request, "gmail", "users.drafts.list")) is not None:
            return denied
        if (denied := self._user_ok(request)) is not None:
            return denied
        params = request.query_params
        try:
            wanted = rfc822msgid_query(params.get("q"))
            max_results = min(int(params.get("maxResults", "100")), 500)
            offset = _page_offset(params.get("pageToken"))
        except ValueError as exc:
            return google_error(400, str(exc), "INVALID_ARGUMENT", reason="invalidArgument")
        found = [
            d
            for d in reversed(self.drafts.values())  # newest first
            if wanted is None
            or (
                d.id not in self._unindexed and d.header_message_id.strip("<>").casefold() == wanted
            )
        ]
        page = found[offset : offset + max_results]
        body: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            body["drafts"] = [
                {"id": d.id, "message": {"id": d.message_id, "threadId": d.thread_id}} for d in page
            ]
        if offset + max_results < len(found):
            body["nextPageToken"] = _page_token(offset + max_results)
        return JSONResponse(body)

    async def _drafts_get(self, request: Request) -> Response:
        if (denied := self._check(request, "gmail", "users.drafts.get")) is not None:
            return denied
        if (denied := self._user_ok(request)) is not None:
            return denied
        draft = self.drafts.get(request.path_params["draft_id"])
        if draft is None:
            return google_error(
                404, "Requested entity was not found.", "NOT_FOUND", reason="notFound"
            )
        message: dict[str, Any] = {
            "id": draft.message_id,
            "threadId": draft.thread_id,
            "labelIds": ["DRAFT"],
        }
        params = request.query_params
        if params.get("format") == "raw":
            message["raw"] = base64.urlsafe_b64encode(draft.raw).decode()
        elif params.get("format") == "metadata":
            asked = {name.casefold() for name in params.getlist("metadataHeaders")}
            message["payload"] = {
                "mimeType": draft.message.get_content_type(),
                "headers": [
                    {"name": name, "value": str(value)}
                    for name, value in draft.message.items()
                    if not asked or name.casefold() in asked
                ],
            }
        return JSONResponse({"id": draft.id, "message": message})

    async def _drafts_delete(self, request: Request) -> Response:
        if (denied := self._check(request, "gmail", "users.drafts.delete")) is not None:
            return denied
        if (denied := self._user_ok(request)) is not None:
            return denied
        if self.drafts.pop(request.path_params["draft_id"], None) is None:
            return google_error(
                404, "Requested entity was not found.", "NOT_FOUND", reason="notFound"
            )
        return Response(status_code=204)


@lru_cache(maxsize=4)
def _discovery(api: str) -> dict[str, Any]:
    version = {"gmail": "v1", "calendar": "v3"}[api]
    text = discovery_cache.get_static_doc(api, version)
    assert text is not None
    document: dict[str, Any] = json.loads(text)
    return document


def method_scopes(api: str, dotted: str) -> tuple[str, ...]:
    """The scopes Google's discovery document lists for a method (e.g. "users.drafts.list")."""
    node: dict[str, Any] = _discovery(api)
    *resources, method = dotted.split(".")
    for name in resources:
        node = node["resources"][name]
    return tuple(node["methods"][method].get("scopes", ()))


def _instant(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"Bad Request: invalid time {value!r}") from None
    if moment.tzinfo is None:
        raise ValueError(f"Bad Request: {value!r} needs a time zone offset")
    return moment


def _event_span(event: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    def when(value: Any) -> datetime | None:
        if not isinstance(value, dict):
            return None
        if isinstance(value.get("dateTime"), str):
            return datetime.fromisoformat(value["dateTime"])
        if isinstance(value.get("date"), str):
            return datetime.fromisoformat(value["date"]).replace(tzinfo=UTC)
        return None

    return when(event.get("start")), when(event.get("end"))


def _searchable(event: dict[str, Any]) -> str:
    parts = [str(event.get(k) or "") for k in ("summary", "description", "location")]
    for person in [event.get("organizer"), *(event.get("attendees") or [])]:
        if isinstance(person, dict):
            parts += [str(person.get("email") or ""), str(person.get("displayName") or "")]
    return " ".join(parts).casefold()


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _page_offset(token: str | None) -> int:
    if not token:
        return 0
    text = base64.urlsafe_b64decode(token.encode()).decode()
    if not text.startswith("offset:"):
        raise ValueError("invalid page token")
    return int(text.removeprefix("offset:"))


def _public(event: dict[str, Any]) -> dict[str, Any]:
    """The event without the fake's own bookkeeping fields."""
    return {k: v for k, v in event.items() if not k.startswith("_")}


def _sync_token(rev: int) -> str:
    return base64.urlsafe_b64encode(f"sync:{rev}".encode()).decode()


def _sync_rev(token: str) -> int | None:
    try:
        text = base64.urlsafe_b64decode(token.encode()).decode()
    except ValueError:
        return None
    kind, _, rev = text.partition(":")
    return int(rev) if kind == "sync" and rev.isdigit() else None
