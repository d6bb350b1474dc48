"""A fake Microsoft Graph (v1.0) for tests: the calendar and mail endpoints RightNote uses.

Endpoints, under `/v1.0`:
- `GET /me/calendarView?startDateTime&endDateTime`: the caller's events overlapping the window,
  earliest first, in UTC (`Prefer: outlook.timezone="UTC"` is honoured; other zones are refused
  so a client that forgets the preference notices), paged by `Prefer: odata.maxpagesize=N`
  (default 10, as Graph) with an absolute `@odata.nextLink` carrying a `$skiptoken`.
- `POST /me/messages`: validates the message the way Graph does (known properties only; subject
  a string; `body.contentType` html/text; `toRecipients[].emailAddress.address`; extended
  property ids in Graph's `"{type} {guid} Name {name}"` / `"{type} 0x{tag}"` forms), stores it
  as a draft and answers 201 with Graph's message shape.
- `GET /me/messages?$filter=...`: the OData filter is parsed (a small but faithful subset:
  `singleValueExtendedProperties/Any(x: x/id eq '...' and x/value eq '...')`, comparisons on
  `isDraft`, `subject`, joined by `and`/`or`, with `''` escapes) and applied; anything else is
  a 400 `BadRequest` "Invalid filter clause", as Graph answers. `$top` and `$select` apply.
- `GET /me/messages/{id}`, `DELETE /me/messages/{id}` (404 `ErrorItemNotFound` when absent).

Every request needs a bearer token that the fake identity platform issued for the Graph
audience; the token's `oid` picks the mailbox and calendar, and its `scp` must grant the call
(Calendars.Read for the calendar, Mail.ReadWrite for messages), else 401/403 in Graph's shape.

- `GET /me/calendarView/delta`: a full round over startDateTime/endDateTime, paged with
  `$skiptoken` nextLinks, ending in an `@odata.deltaLink` (`$deltatoken`); a later round from
  the delta link returns what changed in the window since, deleted events as
  `{"id", "@removed": {"reason": "deleted"}}`, and so are events changed to lie outside the
  window (moved away), as Graph does. `GET /me/events/{id}` answers the event or 404
  (`ErrorItemNotFound`). `expire_delta_tokens()` makes old links 410
  (`SyncStateNotFound`), or with `status=400` the 400 `syncStateNotFound` Graph also answers.
  Changes go through `add_event` / `update_event` / `delete_event`.
- `POST /subscriptions` (me/events): validates the body as Graph does (https URLs, clientState
  of at most 128 characters, expiry in the future and at most 4,230 minutes ahead) and runs the
  validation handshake against notificationUrl (and lifecycleNotificationUrl) through
  `webhook_client`: 200, text/plain, the exact token, or the subscription is refused.
  `PATCH` renews (same expiry rule), `DELETE` removes. `notify_change(...)` and
  `send_lifecycle(...)` POST Graph's notification shapes to the subscriber.

Fault injection (`fail_next`, `slow_next`, `create_then_fail`) covers 429 + Retry-After, 5xx,
slow responses and "the draft was stored but the answer was a 500".
"""

from __future__ import annotations

import asyncio
import base64
import re
import secrets
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.microsoft_identity import GRAPH_RESOURCE, FakeMicrosoftIdentity, FakeUser

GRAPH_HOST = "https://graph.fake"
GRAPH_URL = f"{GRAPH_HOST}/v1.0"
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000
MAX_SUBSCRIPTION_MINUTES = 4230
_SUBSCRIPTION_FIELDS = frozenset(
    {
        "changeType",
        "notificationUrl",
        "lifecycleNotificationUrl",
        "resource",
        "expirationDateTime",
        "clientState",
        "latestSupportedTlsVersion",
    }
)

_MESSAGE_PROPERTIES = frozenset(
    {
        "subject",
        "body",
        "toRecipients",
        "ccRecipients",
        "bccRecipients",
        "replyTo",
        "from",
        "importance",
        "categories",
        "internetMessageHeaders",
        "singleValueExtendedProperties",
        "multiValueExtendedProperties",
        "isReadReceiptRequested",
        "isDeliveryReceiptRequested",
        "flag",
        "attachments",
    }
)
_GUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_PROPERTY_TYPES = (
    "Binary|Boolean|Currency|CLSID|Double|Float|Integer|Long|Object|Short|String|SystemTime"
)
EXTENDED_PROPERTY_ID = re.compile(
    rf"^(?:{_PROPERTY_TYPES}) (?:\{{{_GUID}\}} Name \S.*|\{{{_GUID}\}} Id 0x[0-9a-fA-F]{{1,4}}|"
    rf"0x[0-9a-fA-F]{{4}})$"
)


def graph_error(status: int, code: str, message: str, **headers: str) -> JSONResponse:
    return JSONResponse(
        {
            "error": {
                "code": code,
                "message": message,
                "innerError": {"request-id": str(uuid.uuid4()), "date": _now_iso()},
            }
        },
        status_code=status,
        headers=headers or None,
    )


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")


@dataclass
class Fault:
    """One injected failure, matched on method and path (suffix after /v1.0)."""

    status: int
    retry_after: str | None = None
    method: str | None = None
    path: str | None = None
    # Seconds to wait before answering (a slow or hanging Graph).
    delay: float = 0.0
    # Do the work (e.g. store the draft), then answer `status` anyway.
    apply_first: bool = False
    times: int = 1

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path is None or path.startswith(self.path)
        )


@dataclass
class StoredMessage:
    id: str
    owner: str
    created: datetime
    data: dict[str, Any]
    extended: dict[str, str] = field(default_factory=dict)

    def as_graph(self, host: str) -> dict[str, Any]:
        body = self.data.get("body") or {"contentType": "text", "content": ""}
        content = body.get("content", "")
        if str(body.get("contentType", "")).lower() == "html":
            # Graph wraps stored HTML in a document; tests read the original through `.data`.
            content = (
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                f"</head><body>{content}</body></html>"
            )
        return {
            "@odata.etag": 'W/"' + base64.b64encode(self.id.encode()).decode()[:20] + '"',
            "id": self.id,
            "createdDateTime": self.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "lastModifiedDateTime": self.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "subject": self.data.get("subject"),
            "bodyPreview": _preview(body.get("content", "")),
            "body": {
                "contentType": str(body.get("contentType", "text")).lower(),
                "content": content,
            },
            "isDraft": True,
            "isRead": True,
            "importance": str(self.data.get("importance", "normal")).lower(),
            "toRecipients": self.data.get("toRecipients", []),
            "ccRecipients": self.data.get("ccRecipients", []),
            "bccRecipients": self.data.get("bccRecipients", []),
            "webLink": f"https://outlook.fake/owa/?ItemID={self.id}&exvsurl=1&viewmodel=ReadMessageItem",
            "parentFolderId": "drafts",
        }


def _preview(content: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", content)).strip()[:255]


class FakeGraph:
    def __init__(self, identity: FakeMicrosoftIdentity, *, host: str = GRAPH_HOST) -> None:
        self.identity = identity
        self.host = host
        self.events: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.messages: dict[str, StoredMessage] = {}
        # Every request: (method, path, query params, headers), for assertions.
        self.requests: list[tuple[str, str, dict[str, str], dict[str, str]]] = []
        self._faults: list[Fault] = []
        # Change tracking for delta: the revision of each (owner, event id)'s last change.
        self._rev = 0
        self._revs: dict[tuple[str, str], int] = {}
        self._tombstones: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self._delta_generation = 0
        self._expired_status = 410
        self.subscriptions: dict[str, dict[str, Any]] = {}
        # Where validation handshakes and notifications go (our app, in tests).
        self.webhook_client: httpx.AsyncClient | None = None
        self.validations: list[tuple[str, int]] = []
        self.app = Starlette(
            routes=[
                Route("/v1.0/me/calendarView/delta", self._delta, methods=["GET"]),
                Route("/v1.0/subscriptions", self._create_subscription, methods=["POST"]),
                Route("/v1.0/subscriptions/{id}", self._patch_subscription, methods=["PATCH"]),
                Route("/v1.0/subscriptions/{id}", self._delete_subscription, methods=["DELETE"]),
                Route("/v1.0/me/calendarView", self._calendar_view, methods=["GET"]),
                Route("/v1.0/me/events/{id}", self._get_event, methods=["GET"]),
                Route("/v1.0/me/messages", self._create_message, methods=["POST"]),
                Route("/v1.0/me/messages", self._list_messages, methods=["GET"]),
                Route("/v1.0/me/messages/{id}", self._get_message, methods=["GET"]),
                Route("/v1.0/me/messages/{id}", self._delete_message, methods=["DELETE"]),
            ]
        )

    # --- test controls ---------------------------------------------------------------------

    def add_event(self, user: FakeUser, event: dict[str, Any]) -> dict[str, Any]:
        """Put a Graph event (start/end in UTC) in `user`'s calendar; an id is added if missing."""
        event = {"id": "AAMk" + secrets.token_hex(8), **event}
        self.events[user.oid].append(event)
        self._touch(user.oid, event["id"])
        return event

    def update_event(self, user: FakeUser, event_id: str, **changes: Any) -> dict[str, Any]:
        event = next(e for e in self.events[user.oid] if e["id"] == event_id)
        event.update(changes)
        self._touch(user.oid, event_id)
        return event

    def delete_event(self, user: FakeUser, event_id: str) -> None:
        self.events[user.oid] = [e for e in self.events[user.oid] if e["id"] != event_id]
        self._rev += 1
        self._tombstones[user.oid].append((event_id, self._rev))

    def expire_delta_tokens(self, *, status: int = 410) -> None:
        """Every delta link issued so far is refused from now on: 410 Gone, or (`status=400`)
        the 400 BadRequest `syncStateNotFound` Graph also answers for an expired delta token."""
        self._delta_generation += 1
        self._expired_status = status

    def _touch(self, oid: str, event_id: str) -> None:
        self._rev += 1
        self._revs[(oid, event_id)] = self._rev

    def subscriptions_of(self, user: FakeUser) -> list[dict[str, Any]]:
        return [s for s in self.subscriptions.values() if s["owner"] == user.oid]

    def drop_subscription(self, subscription_id: str) -> dict[str, Any]:
        """Graph removing a subscription on its own (it then sends `subscriptionRemoved`)."""
        return self.subscriptions.pop(subscription_id)

    async def notify_change(
        self,
        user: FakeUser,
        event_id: str,
        change_type: str = "updated",
        *,
        client_state: str | None = None,
    ) -> list[int]:
        """A change notification to every subscription of `user` (its own clientState unless
        `client_state` forges another)."""
        statuses = []
        for sub in self.subscriptions_of(user):
            item = {
                "subscriptionId": sub["id"],
                "subscriptionExpirationDateTime": sub["expirationDateTime"],
                "changeType": change_type,
                "resource": f"Users/{user.oid}/Events/{event_id}",
                "resourceData": {
                    "@odata.type": "#Microsoft.Graph.Event",
                    "@odata.id": f"Users/{user.oid}/Events/{event_id}",
                    "@odata.etag": 'W/"fake"',
                    "id": event_id,
                },
                "clientState": sub.get("clientState") if client_state is None else client_state,
                "tenantId": user.tid,
            }
            statuses.append(await self._post(sub["notificationUrl"], {"value": [item]}))
        return statuses

    async def send_lifecycle(
        self, subscription: dict[str, Any], event: str, *, client_state: str | None = None
    ) -> int:
        item = {
            "subscriptionId": subscription["id"],
            "subscriptionExpirationDateTime": subscription["expirationDateTime"],
            "tenantId": subscription["tenant"],
            "clientState": (
                subscription.get("clientState") if client_state is None else client_state
            ),
            "lifecycleEvent": event,
        }
        url = subscription.get("lifecycleNotificationUrl") or subscription["notificationUrl"]
        return await self._post(url, {"value": [item]})

    async def _post(self, url: str, body: dict[str, Any]) -> int:
        assert self.webhook_client is not None, "set FakeGraph.webhook_client first"
        response = await self.webhook_client.post(url, json=body)
        return response.status_code

    def drafts_of(self, user: FakeUser) -> list[StoredMessage]:
        return [m for m in self.messages.values() if m.owner == user.oid]

    def fail_next(
        self,
        status: int,
        *,
        retry_after: str | None = None,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
    ) -> None:
        self._faults.append(Fault(status, retry_after, method, path, times=times))

    def slow_next(
        self, seconds: float, *, method: str | None = None, path: str | None = None
    ) -> None:
        """Answer the next matching request normally, but only after `seconds`."""
        self._faults.append(Fault(200, None, method, path, delay=seconds))

    def create_then_fail(self, status: int = 500) -> None:
        """The next POST /me/messages stores the draft, then answers `status`."""
        self._faults.append(Fault(status, None, "POST", "/me/messages", apply_first=True))

    def requests_to(
        self, method: str, path: str
    ) -> list[tuple[str, str, dict[str, str], dict[str, str]]]:
        return [r for r in self.requests if r[0] == method and r[1] == path]

    # --- plumbing --------------------------------------------------------------------------

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.matches(method, path):
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    def _caller(self, request: Request, scope_needed: tuple[str, ...]) -> str | JSONResponse:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return graph_error(401, "InvalidAuthenticationToken", "Access token is empty.")
        claims = self.identity.verify_issued(token.strip(), GRAPH_RESOURCE)
        if claims is None:
            return graph_error(
                401,
                "InvalidAuthenticationToken",
                "Access token validation failure. Invalid audience.",
            )
        granted = set(str(claims.get("scp", "")).split())
        if not granted & set(scope_needed):
            return graph_error(
                403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."
            )
        return str(claims["oid"])

    async def _enter(
        self, request: Request, scopes: tuple[str, ...]
    ) -> tuple[str | None, Fault | None, Response | None]:
        path = request.url.path.removeprefix("/v1.0")
        self.requests.append(
            (request.method, path, dict(request.query_params), dict(request.headers))
        )
        caller = self._caller(request, scopes)
        if isinstance(caller, JSONResponse):
            return None, None, caller
        fault = self._take_fault(request.method, path)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
            fault = None
        if fault is not None and not fault.apply_first:
            return caller, None, self._fault_response(fault)
        return caller, fault, None

    def _fault_response(self, fault: Fault) -> Response:
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
        if fault.status == 429:
            return graph_error(429, "TooManyRequests", "Too many requests.", **headers)
        if fault.status == 503:
            return graph_error(503, "ServiceUnavailable", "Service unavailable.", **headers)
        return graph_error(fault.status, "InternalServerError", "Something went wrong.", **headers)

    # --- calendar --------------------------------------------------------------------------

    async def _calendar_view(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Calendars.Read", "Calendars.ReadWrite"))
        if early is not None:
            return early
        assert caller is not None
        params = request.query_params
        start = _parse_instant(params.get("startDateTime") or params.get("StartDateTime"))
        end = _parse_instant(params.get("endDateTime") or params.get("EndDateTime"))
        if start is None or end is None:
            return graph_error(
                400,
                "ErrorInvalidParameter",
                "This request requires a time window specified by the query string parameters "
                "StartDateTime and EndDateTime.",
            )
        prefs = _preferences(request)
        zone_pref = prefs.get("outlook.timezone", "UTC").strip('"')
        if zone_pref.upper() != "UTC":
            return graph_error(400, "ErrorTimeZoneNotSupported", "The fake serves UTC only.")
        try:
            size = int(prefs.get("odata.maxpagesize", DEFAULT_PAGE_SIZE))
        except ValueError:
            return graph_error(400, "BadRequest", "Invalid odata.maxpagesize preference.")
        size = max(1, min(size, MAX_PAGE_SIZE))
        found = []
        for event in self.events[caller]:
            event_start = _parse_instant(event["start"]["dateTime"])
            event_end = _parse_instant(event["end"]["dateTime"])
            if event_start is None or event_end is None:
                continue
            if event_start < end and event_end > start:
                found.append((event_start, event))
        found.sort(key=lambda pair: pair[0])
        offset = _skip_offset(params.get("$skiptoken"))
        if offset is None:
            return graph_error(400, "BadRequest", "The skip token is not valid.")
        page = [event for _, event in found[offset : offset + size]]
        body: dict[str, Any] = {
            "@odata.context": f"{self.host}/v1.0/$metadata#users('{caller}')/calendarView",
            "value": page,
        }
        if offset + size < len(found):
            token = base64.urlsafe_b64encode(f"offset={offset + size}".encode()).decode()
            query = "&".join(
                f"{k}={v}"
                for k, v in (
                    ("startDateTime", params.get("startDateTime", "")),
                    ("endDateTime", params.get("endDateTime", "")),
                    ("$skiptoken", token),
                )
            )
            body["@odata.nextLink"] = f"{self.host}/v1.0/me/calendarView?{query}"
        applied = f'outlook.timezone="UTC", odata.maxpagesize={size}'
        return JSONResponse(body, headers={"Preference-Applied": applied})

    # --- calendarView delta ----------------------------------------------------------------

    async def _delta(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Calendars.Read", "Calendars.ReadWrite"))
        if early is not None:
            return early
        assert caller is not None
        params = request.query_params
        token = params.get("$deltatoken") or params.get("$skiptoken")
        if token is not None:
            state = _delta_state(token)
            if state is None:
                return graph_error(400, "BadRequest", "The delta token is not valid.")
            if "$deltatoken" in params:  # a new round from the last one's delta link
                state = {**state, "snap": self._rev, "off": 0}
            if state.get("g") != self._delta_generation:
                if self._expired_status == 400:
                    return graph_error(
                        400,
                        "syncStateNotFound",
                        "The sync state generation is not found. The delta token is expired "
                        "and data must be synchronized again.",
                    )
                return graph_error(
                    410,
                    "SyncStateNotFound",
                    "The sync state generation is not found. Resync is required.",
                )
        else:
            start = params.get("startDateTime") or params.get("StartDateTime")
            end = params.get("endDateTime") or params.get("EndDateTime")
            if _parse_instant(start) is None or _parse_instant(end) is None:
                return graph_error(
                    400,
                    "ErrorInvalidParameter",
                    "This request requires a time window specified by the query string "
                    "parameters StartDateTime and EndDateTime.",
                )
            state = {
                "s": start,
                "e": end,
                "since": -1,
                "snap": self._rev,
                "off": 0,
                "g": self._delta_generation,
            }
        prefs = _preferences(request)
        if prefs.get("outlook.timezone", "UTC").strip('"').upper() != "UTC":
            return graph_error(400, "ErrorTimeZoneNotSupported", "The fake serves UTC only.")
        try:
            size = max(
                1, min(int(prefs.get("odata.maxpagesize", DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE)
            )
        except ValueError:
            return graph_error(400, "BadRequest", "Invalid odata.maxpagesize preference.")
        lo, hi = _parse_instant(state["s"]), _parse_instant(state["e"])
        assert lo is not None and hi is not None
        since, snap = state["since"], state["snap"]
        found: list[tuple[datetime, dict[str, Any]]] = []
        moved_away: list[str] = []
        for event in self.events[caller]:
            rev = self._revs.get((caller, event["id"]), 0)
            if since >= 0 and not since < rev <= snap:
                continue
            event_start = _parse_instant(event["start"]["dateTime"])
            event_end = _parse_instant(event["end"]["dateTime"])
            if event_start is None or event_end is None:
                continue
            if event_start < hi and event_end > lo:
                found.append((event_start, event))
            elif since >= 0:
                # Changed and now outside the window (moved away): Graph says `@removed`, the
                # same as for a deletion. Only GET /me/events/{id} tells the two apart.
                moved_away.append(event["id"])
        found.sort(key=lambda pair: pair[0])
        items: list[dict[str, Any]] = [event for _, event in found]
        items += [
            {
                "@odata.type": "#microsoft.graph.event",
                "id": event_id,
                "@removed": {"reason": "deleted"},
            }
            for event_id in moved_away
        ]
        if since >= 0:
            items += [
                {
                    "@odata.type": "#microsoft.graph.event",
                    "id": event_id,
                    "@removed": {"reason": "deleted"},
                }
                for event_id, rev in self._tombstones[caller]
                if since < rev <= snap
            ]
        offset = state["off"]
        page = items[offset : offset + size]
        body: dict[str, Any] = {
            "@odata.context": f"{self.host}/v1.0/$metadata#Collection(event)",
            "value": page,
        }
        link = f"{self.host}/v1.0/me/calendarView/delta?"
        if offset + size < len(items):
            body["@odata.nextLink"] = (
                link + "$skiptoken=" + _delta_token({**state, "off": offset + size})
            )
        else:
            body["@odata.deltaLink"] = (
                link
                + "$deltatoken="
                + _delta_token(
                    {
                        "s": state["s"],
                        "e": state["e"],
                        "since": snap,
                        "snap": snap,
                        "off": 0,
                        "g": state.get("g"),
                    }
                )
            )
        return JSONResponse(body)

    # --- subscriptions -----------------------------------------------------------------------

    def _expiry_problem(self, value: Any) -> str | None:
        moment = _parse_instant(value if isinstance(value, str) else None)
        if moment is None:
            return "expirationDateTime is not a valid date."
        now = datetime.now(UTC)
        if moment <= now:
            return "Subscription expiration must be in the future."
        if moment > now + timedelta(minutes=MAX_SUBSCRIPTION_MINUTES):
            return (
                f"Subscription expiration can only be {MAX_SUBSCRIPTION_MINUTES} minutes in "
                "the future."
            )
        return None

    async def _validate_endpoint(self, url: str) -> bool:
        """Graph's handshake: POST url?validationToken=...; 200 text/plain echoing the token."""
        if self.webhook_client is None:
            return False
        token = (
            "Validation: Testing client application reachability for subscription "
            f"Request-Id: {uuid.uuid4()}"
        )
        try:
            response = await self.webhook_client.post(
                url,
                params={"validationToken": token},
                headers={"Content-Type": "text/plain; charset=utf-8"},
                timeout=10.0,
            )
        except httpx.HTTPError:
            self.validations.append((url, -1))
            return False
        self.validations.append((url, response.status_code))
        return (
            response.status_code == 200
            and response.headers.get("content-type", "").startswith("text/plain")
            and response.text == token
        )

    async def _create_subscription(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Calendars.Read", "Calendars.ReadWrite"))
        if early is not None:
            return early
        assert caller is not None
        try:
            body = await request.json()
        except ValueError:
            return graph_error(400, "BadRequest", "Unable to read JSON request payload.")
        if not isinstance(body, dict) or set(body) - _SUBSCRIPTION_FIELDS:
            return graph_error(400, "BadRequest", "Unknown property in the subscription.")
        for name in ("changeType", "notificationUrl", "resource", "expirationDateTime"):
            if not isinstance(body.get(name), str):
                return graph_error(400, "InvalidRequest", f"{name} is required.")
        if body["resource"].strip("/").lower() != "me/events":
            return graph_error(400, "InvalidRequest", "The fake supports me/events only.")
        changes = set(body["changeType"].split(","))
        if not changes or changes - {"created", "updated", "deleted"}:
            return graph_error(400, "InvalidRequest", "Invalid changeType.")
        urls = [body["notificationUrl"]]
        if body.get("lifecycleNotificationUrl") is not None:
            urls.append(body["lifecycleNotificationUrl"])
        if any(not str(u).startswith("https://") for u in urls):
            return graph_error(
                400, "InvalidRequest", "The notification URL must use the https scheme."
            )
        client_state = body.get("clientState")
        if client_state is not None and (
            not isinstance(client_state, str) or len(client_state) > 128
        ):
            return graph_error(
                400, "InvalidRequest", "clientState must be a string of at most 128 characters."
            )
        if (problem := self._expiry_problem(body["expirationDateTime"])) is not None:
            return graph_error(400, "InvalidRequest", problem)
        for url in urls:
            if not await self._validate_endpoint(url):
                return graph_error(
                    400,
                    "InvalidRequest",
                    "Subscription validation request failed. Notification endpoint must "
                    "respond with 200 OK to validation request.",
                )
        user = self.identity.users.get(caller)
        subscription = {
            "id": str(uuid.uuid4()),
            "owner": caller,
            "tenant": user.tid if user else "",
            "resource": body["resource"],
            "changeType": body["changeType"],
            "notificationUrl": body["notificationUrl"],
            "lifecycleNotificationUrl": body.get("lifecycleNotificationUrl"),
            "clientState": client_state,
            "expirationDateTime": body["expirationDateTime"],
        }
        self.subscriptions[subscription["id"]] = subscription
        return JSONResponse(_subscription_json(self.host, subscription), status_code=201)

    async def _patch_subscription(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Calendars.Read", "Calendars.ReadWrite"))
        if early is not None:
            return early
        subscription = self.subscriptions.get(request.path_params["id"])
        if subscription is None or subscription["owner"] != caller:
            return graph_error(404, "ResourceNotFound", "The object was not found.")
        try:
            body = await request.json()
        except ValueError:
            return graph_error(400, "BadRequest", "Unable to read JSON request payload.")
        if not isinstance(body, dict) or set(body) != {"expirationDateTime"}:
            return graph_error(400, "BadRequest", "Only expirationDateTime can be changed.")
        if (problem := self._expiry_problem(body["expirationDateTime"])) is not None:
            return graph_error(400, "InvalidRequest", problem)
        subscription["expirationDateTime"] = body["expirationDateTime"]
        return JSONResponse(_subscription_json(self.host, subscription))

    async def _delete_subscription(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Calendars.Read", "Calendars.ReadWrite"))
        if early is not None:
            return early
        subscription = self.subscriptions.get(request.path_params["id"])
        if subscription is None or subscription["owner"] != caller:
            return graph_error(404, "ResourceNotFound", "The object was not found.")
        del self.subscriptions[subscription["id"]]
        return Response(status_code=204)

    # --- messages --------------------------------------------------------------------------

    async def _create_message(self, request: Request) -> Response:
        caller, fault, early = await self._enter(request, ("Mail.ReadWrite",))
        if early is not None:
            return early
        assert caller is not None
        try:
            payload = await request.json()
        except ValueError:
            return graph_error(400, "RequestBodyRead", "Unable to read JSON request payload.")
        problem = validate_message(payload)
        if problem is not None:
            return graph_error(400, *problem)
        message = StoredMessage(
            id="AAMkAD" + secrets.token_urlsafe(24),
            owner=caller,
            created=datetime.now(UTC),
            data=payload,
            extended={
                p["id"].casefold(): p["value"]
                for p in payload.get("singleValueExtendedProperties", [])
            },
        )
        self.messages[message.id] = message
        if fault is not None:
            return self._fault_response(fault)
        return JSONResponse(
            {
                "@odata.context": f"{self.host}/v1.0/$metadata#users('{caller}')/messages/$entity",
                **message.as_graph(self.host),
            },
            status_code=201,
        )

    async def _list_messages(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Mail.ReadWrite", "Mail.Read"))
        if early is not None:
            return early
        assert caller is not None
        params = request.query_params
        items = [m for m in self.messages.values() if m.owner == caller]
        raw_filter = params.get("$filter")
        if raw_filter is not None:
            try:
                predicate = parse_filter(raw_filter)
            except FilterError as exc:
                return graph_error(400, "BadRequest", f"Invalid filter clause: {exc}")
            items = [m for m in items if predicate(m)]
        items.sort(key=lambda m: m.created, reverse=True)
        top = params.get("$top")
        if top is not None:
            if not top.isdigit() or int(top) < 1:
                return graph_error(400, "BadRequest", "Invalid $top value.")
            items = items[: int(top)]
        values = [_select(m.as_graph(self.host), params.get("$select")) for m in items]
        return JSONResponse(
            {
                "@odata.context": f"{self.host}/v1.0/$metadata#users('{caller}')/messages",
                "value": values,
            }
        )

    async def _get_event(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Calendars.Read", "Calendars.ReadWrite"))
        if early is not None:
            return early
        assert caller is not None
        event = next((e for e in self.events[caller] if e["id"] == request.path_params["id"]), None)
        if event is None:
            return _not_found()
        return JSONResponse(_select(event, request.query_params.get("$select")))

    async def _get_message(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Mail.ReadWrite", "Mail.Read"))
        if early is not None:
            return early
        message = self.messages.get(request.path_params["id"])
        if message is None or message.owner != caller:
            return _not_found()
        return JSONResponse(
            _select(message.as_graph(self.host), request.query_params.get("$select"))
        )

    async def _delete_message(self, request: Request) -> Response:
        caller, _, early = await self._enter(request, ("Mail.ReadWrite",))
        if early is not None:
            return early
        message = self.messages.get(request.path_params["id"])
        if message is None or message.owner != caller:
            return _not_found()
        del self.messages[message.id]
        return Response(status_code=204)


def _subscription_json(host: str, subscription: dict[str, Any]) -> dict[str, Any]:
    return {
        "@odata.context": f"{host}/v1.0/$metadata#subscriptions/$entity",
        **{k: v for k, v in subscription.items() if k not in ("owner", "tenant")},
        "applicationId": "fake-application",
        "creatorId": subscription["owner"],
    }


def _delta_token(state: dict[str, Any]) -> str:
    import json

    return base64.urlsafe_b64encode(json.dumps(state).encode()).decode().rstrip("=")


def _delta_state(token: str) -> dict[str, Any] | None:
    import json

    try:
        state = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except ValueError:
        return None
    if not isinstance(state, dict) or not {"s", "e", "since", "snap", "off"} <= set(state):
        return None
    return state


def _not_found() -> JSONResponse:
    return graph_error(404, "ErrorItemNotFound", "The specified object was not found in the store.")


def _select(item: dict[str, Any], select: str | None) -> dict[str, Any]:
    if not select:
        return item
    wanted = {name.strip() for name in select.split(",")} | {"id", "@odata.etag"}
    return {k: v for k, v in item.items() if k in wanted}


def _preferences(request: Request) -> dict[str, str]:
    prefs: dict[str, str] = {}
    for header in request.headers.getlist("prefer"):
        for part in header.split(","):
            name, _, value = part.strip().partition("=")
            if name:
                prefs[name.strip().lower()] = value.strip()
    return prefs


def _skip_offset(token: str | None) -> int | None:
    if token is None:
        return 0
    try:
        text = base64.urlsafe_b64decode(token.encode()).decode()
    except ValueError:
        return None
    name, _, value = text.partition("=")
    return int(value) if name == "offset" and value.isdigit() else None


def _parse_instant(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    # Graph writes seven fractional digits; Python reads up to six.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def validate_message(payload: Any) -> tuple[str, str] | None:
    """(code, message) of Graph's 400 for a bad message, or None when it is acceptable."""
    if not isinstance(payload, dict):
        return "RequestBodyRead", "The request body must be a JSON object."
    for name in payload:
        if name not in _MESSAGE_PROPERTIES:
            return (
                "RequestBodyRead",
                f"The property '{name}' does not exist on type 'microsoft.graph.message'.",
            )
    if "subject" in payload and not isinstance(payload["subject"], str | None):
        return "RequestBodyRead", "Cannot convert the literal to the expected type 'Edm.String'."
    body = payload.get("body")
    if body is not None:
        if not isinstance(body, dict) or set(body) - {"contentType", "content"}:
            return "RequestBodyRead", "Invalid itemBody."
        if str(body.get("contentType", "")).lower() not in ("html", "text"):
            return "RequestBodyRead", "Requested value for contentType was not found."
        if not isinstance(body.get("content", ""), str):
            return (
                "RequestBodyRead",
                "Cannot convert the literal to the expected type 'Edm.String'.",
            )
    for key in ("toRecipients", "ccRecipients", "bccRecipients"):
        recipients = payload.get(key, [])
        if not isinstance(recipients, list):
            return "RequestBodyRead", f"'{key}' must be a collection."
        for recipient in recipients:
            address = recipient.get("emailAddress") if isinstance(recipient, dict) else None
            if (
                not isinstance(address, dict)
                or set(recipient) != {"emailAddress"}
                or set(address) - {"address", "name"}
                or not isinstance(address.get("address"), str)
                or "@" not in address["address"]
                or not isinstance(address.get("name", ""), str)
            ):
                return "ErrorInvalidRecipients", "At least one recipient isn't valid."
    properties = payload.get("singleValueExtendedProperties", [])
    if not isinstance(properties, list):
        return "RequestBodyRead", "'singleValueExtendedProperties' must be a collection."
    for prop in properties:
        if (
            not isinstance(prop, dict)
            or set(prop) != {"id", "value"}
            or not isinstance(prop["id"], str)
            or not isinstance(prop["value"], str)
        ):
            return "RequestBodyRead", "Invalid singleValueLegacyExtendedProperty."
        if not EXTENDED_PROPERTY_ID.match(prop["id"]):
            return "ErrorInvalidExtendedPropertyValue", f"Invalid property id '{prop['id']}'."
    return None


# --- $filter ---------------------------------------------------------------------------------


class FilterError(ValueError):
    pass


_TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<punct>[():/])|(?P<word>[A-Za-z_][A-Za-z0-9_]*)|(?P<bad>\S))"
)
_PROPERTIES = {"isdraft": "isDraft", "subject": "subject"}

Predicate = Any  # Callable[[StoredMessage], bool]


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            break  # only trailing whitespace is left
        position = match.end()
        kind = match.lastgroup
        assert kind is not None
        value = match.group(kind)
        if kind == "bad":
            raise FilterError(f"unexpected character {value!r}")
        if kind == "string":
            value = value[1:-1].replace("''", "'")
        out.append((kind, value))
    return out


class _Parser:
    """filter := clause (("and"|"or") clause)*; clause := any | comparison | "(" filter ")"."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, kind: str, value: str | None = None) -> str:
        token = self.peek()
        if (
            token is None
            or token[0] != kind
            or (value is not None and token[1].lower() != value.lower())
        ):
            want = value or kind
            got = "the end" if token is None else repr(token[1])
            raise FilterError(f"expected {want}, found {got}")
        self.pos += 1
        return token[1]

    def parse(self) -> Predicate:
        if not self.tokens:
            raise FilterError("the filter is empty")
        predicate = self.expression(lambda_var=None)
        if self.peek() is not None:
            raise FilterError(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return predicate

    def expression(self, lambda_var: str | None) -> Predicate:
        left = self.clause(lambda_var)
        while (
            (token := self.peek()) is not None
            and token[0] == "word"
            and token[1].lower() in ("and", "or")
        ):
            self.pos += 1
            right = self.clause(lambda_var)
            left = _join(token[1].lower(), left, right)
        return left

    def clause(self, lambda_var: str | None) -> Predicate:
        token = self.peek()
        if token == ("punct", "("):
            self.pos += 1
            inner = self.expression(lambda_var)
            self.take("punct", ")")
            return inner
        name = self.take("word")
        if lambda_var is None and name.lower() == "singlevalueextendedproperties":
            return self.any_clause()
        if lambda_var is not None:
            if name != lambda_var:
                raise FilterError(f"unknown range variable {name!r}")
            self.take("punct", "/")
            field_name = self.take("word").lower()
            if field_name not in ("id", "value"):
                raise FilterError(f"extended properties have no {field_name!r}")
            self.take("word", "eq")
            literal = self.take("string")
            if field_name == "id" and not EXTENDED_PROPERTY_ID.match(literal):
                raise FilterError(f"invalid extended property id {literal!r}")
            return ("ep", field_name, literal)
        prop = _PROPERTIES.get(name.lower())
        if prop is None:
            raise FilterError(f"could not find a property named {name!r}")
        operator = self.take("word").lower()
        if operator not in ("eq", "ne"):
            raise FilterError(f"unsupported operator {operator!r}")
        if prop == "isDraft":
            word = self.take("word").lower()
            if word not in ("true", "false"):
                raise FilterError("isDraft compares with true or false")
            expected: Any = word == "true"
        else:
            expected = self.take("string")

        def compare(message: StoredMessage) -> bool:
            actual = True if prop == "isDraft" else message.data.get("subject")
            return bool(actual == expected) == (operator == "eq")

        return compare

    def any_clause(self) -> Predicate:
        self.take("punct", "/")
        self.take("word", "any")
        self.take("punct", "(")
        var = self.take("word")
        self.take("punct", ":")
        inner = self.expression(lambda_var=var)
        self.take("punct", ")")
        conditions = _flatten(inner)
        ids = [value for _, name, value in conditions if name == "id"]
        if len(ids) != 1:
            # Exchange finds extended properties by id; a lambda must name exactly one.
            raise FilterError("the lambda must compare the property id exactly once")
        prop_id = ids[0].casefold()
        values = [value for _, name, value in conditions if name == "value"]

        def matches(message: StoredMessage) -> bool:
            stored = message.extended.get(prop_id)
            return stored is not None and all(stored == value for value in values)

        return matches


def _flatten(inner: Any) -> list[tuple[str, str, str]]:
    """The lambda's comparisons, which must be joined by `and` only."""
    if isinstance(inner, tuple) and inner[0] == "ep":
        return [inner]
    if isinstance(inner, tuple) and inner[0] == "and":
        return _flatten(inner[1]) + _flatten(inner[2])
    raise FilterError("inside Any(), join the id and value comparisons with 'and'")


def _join(operator: str, left: Any, right: Any) -> Any:
    if isinstance(left, tuple) or isinstance(right, tuple):
        # Still inside a lambda: keep the structure for _flatten.
        return (operator, left, right)
    if operator == "and":
        return lambda message: left(message) and right(message)
    return lambda message: left(message) or right(message)


def parse_filter(text: str) -> Predicate:
    predicate = _Parser(text).parse()
    if isinstance(predicate, tuple):
        raise FilterError("a range variable is used outside Any()")
    return predicate


def graph_event(
    subject: str,
    start: datetime,
    minutes: int,
    *,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    body: str = "",
    **extra: Any,
) -> dict[str, Any]:
    """A calendarView event as Graph returns it with `Prefer: outlook.timezone="UTC"`."""
    end = start + timedelta(minutes=minutes)

    def when(moment: datetime) -> dict[str, str]:
        return {
            "dateTime": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000"),
            "timeZone": "UTC",
        }

    def person(name: str, address: str, kind: str = "required") -> dict[str, Any]:
        return {
            "type": kind,
            "status": {"response": "none", "time": "0001-01-01T00:00:00Z"},
            "emailAddress": {"name": name, "address": address},
        }

    return {
        "iCalUId": "040000008200E00074C5B7101A82E008" + secrets.token_hex(16),
        "subject": subject,
        "bodyPreview": _preview(body),
        "body": {"contentType": "html", "content": body},
        "start": when(start),
        "end": when(end),
        "isAllDay": False,
        "isCancelled": False,
        "isOrganizer": False,
        "type": "singleInstance",
        "organizer": {"emailAddress": {"name": organizer[0], "address": organizer[1]}},
        "attendees": [person(name, address) for name, address in attendees],
        **extra,
    }
