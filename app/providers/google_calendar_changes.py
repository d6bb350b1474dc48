"""Google Calendar as an `IncrementalCalendar`: incremental `events.list` and push channels.

    calendars = GoogleCalendars(settings, load_credentials)
    calendar = await calendars(connection, user)           # an IncrementalCalendar
    changes = await calendar.changes(cursor, window, timezone="Europe/Paris")

- Full listing: `events.list(singleEvents=true, timeMin, timeMax)` over the window, every page;
  the `nextSyncToken` of the last page is the next cursor.
- Incremental: `events.list(syncToken=..., singleEvents=true)` and nothing else (Google refuses
  timeMin/timeMax/orderBy/q with a sync token). Deleted and cancelled events come back with
  `status: cancelled`, often only an id: those are `removed_ids`. 410 Gone means the token
  expired: the round becomes a full listing (`full_resync`).
- Push: an `events.watch` channel (id: a random UUID; token: a random secret, returned once so the
  caller can store its hash; address: {public_url}/webhooks/google/calendar). A channel cannot be
  extended: `renew` makes a new one, and the caller stops the old one once the new one is stored,
  so there is no gap.

google-api-python-client is synchronous: each call runs in a worker thread under a deadline
(app.providers.google_api.run_bounded), with httplib2's socket timeout on every call.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from google.auth.credentials import Credentials
from googleapiclient.errors import HttpError

from app.calendar.interviews import parse_events
from app.errors import ProviderError, ProviderUnavailable
from app.providers.base import CalendarChanges, PushChannel, Window
from app.providers.google_api import GoogleNotFound, build_service, check_deadline, run_bounded
from app.providers.google_calendar import rfc3339
from app.providers.google_gmail import CredentialsLoader
from app.providers.text_guard import valid_text
from app.settings import Settings
from app.store.connections import Connection
from app.store.users import User

log = logging.getLogger("rightnote.sync")

PROVIDER = "google"
RESOURCE = "primary"
WEBHOOK_PATH = "/webhooks/google/calendar"
# What we ask for; Google may cap it (it answers with the real expiration).
CHANNEL_TTL = timedelta(days=7)
PAGE_SIZE = 250
MAX_PAGES = 200


class SyncTokenGone(ProviderError):
    """410: Google expired the sync token; a full listing is needed."""

    status_code, code = 410, "sync_token_gone"


@dataclass(frozen=True, slots=True)
class EventsPage:
    items: list[dict[str, Any]]
    next_sync_token: str | None
    time_zone: str | None
    # False when the page cap stopped the listing before its last page.
    complete: bool = True


def events_and_removed(
    items: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[str]]:
    """(items to normalise, ids reported cancelled). A cancelled stub has no times to read."""
    keep, removed = [], []
    for item in items:
        if item.get("status") == "cancelled" and isinstance(item.get("id"), str):
            removed.append(item["id"])
            if not isinstance(item.get("start"), dict):
                continue
        keep.append(item)
    return keep, removed


class GoogleIncrementalCalendar:
    """One user's primary calendar, for one set of credentials."""

    def __init__(self, credentials: Credentials, settings: Settings) -> None:
        self._credentials = credentials
        self._settings = settings
        self.timeout = settings.google_api_timeout_seconds
        # A whole listing may page; each call is bounded by the socket timeout, the whole by this.
        self.bound = max(30.0, 10 * self.timeout)

    def _service(self) -> Any:
        return build_service(
            "calendar", self._credentials, settings=self._settings, timeout=self.timeout
        )

    async def changes(
        self, cursor: str | None, window: Window, *, timezone: str
    ) -> CalendarChanges:
        page: EventsPage | None = None
        if cursor is not None:
            try:
                page = await self.list_events(sync_token=cursor, span=None)
            except SyncTokenGone:
                log.info("google.sync_token_gone")
        full = page is None
        if page is None:
            page = await self.list_events(sync_token=None, span=window)
        keep, removed = events_and_removed(page.items)
        return CalendarChanges(
            events=parse_events(keep, format="google", timezone=timezone) if keep else [],
            removed_ids=removed,
            next_cursor=page.next_sync_token,
            # A listing cut short by the page cap is not the whole window: reporting it as one
            # would cancel every stored interview on the pages never read.
            full_resync=full and page.complete,
            items=len(page.items),
            time_zone=page.time_zone,
        )

    async def list_events(self, *, sync_token: str | None, span: Window | None) -> EventsPage:
        def fetch(deadline: float) -> EventsPage:
            events = self._service().events()
            params: dict[str, Any] = {
                "calendarId": RESOURCE,
                "singleEvents": True,
                "maxResults": PAGE_SIZE,
            }
            if sync_token is not None:
                params["syncToken"] = sync_token
            elif span is not None:
                params["timeMin"], params["timeMax"] = rfc3339(span[0]), rfc3339(span[1])
            items: list[dict[str, Any]] = []
            time_zone: str | None = None
            page_token: str | None = None
            asked: set[str] = set()
            for _ in range(MAX_PAGES):
                check_deadline(deadline, "calendar events.list")
                try:
                    response = events.list(**params, pageToken=page_token).execute()
                except HttpError as exc:
                    if int(getattr(exc.resp, "status", 0) or 0) == 410:
                        raise SyncTokenGone("Google expired the sync token") from None
                    raise
                if not isinstance(response, dict):
                    raise ProviderUnavailable("Google answered events.list with no object")
                items.extend(
                    valid_text(i) for i in response.get("items") or [] if isinstance(i, dict)
                )
                time_zone = response.get("timeZone") or time_zone
                page_token = response.get("nextPageToken")
                if not page_token:
                    token = response.get("nextSyncToken")
                    return EventsPage(items, token if isinstance(token, str) else None, time_zone)
                if not isinstance(page_token, str) or page_token in asked:
                    # A page that leads back to one already read: following it would read the
                    # same pages up to the cap on every round. What was read is kept, as for
                    # the cap, and the next round starts over.
                    log.warning("google.sync_page_repeated", extra={"pages": len(asked) + 1})
                    return EventsPage(items, None, time_zone, complete=False)
                asked.add(page_token)
            log.warning("google.sync_page_cap", extra={"pages": MAX_PAGES})
            return EventsPage(items, None, time_zone, complete=False)

        return await run_bounded(fetch, bound=self.bound, what="calendar events.list")

    async def watch(self, now: datetime) -> PushChannel:
        del now  # Google counts the expiry from its own clock
        token = secrets.token_urlsafe(32)
        expires = datetime.now(UTC) + CHANNEL_TTL
        channel_id = str(uuid.uuid4())
        body = {
            "id": channel_id,
            "type": "web_hook",
            "address": self._settings.public_url + WEBHOOK_PATH,
            "token": token,
            "expiration": str(int(expires.timestamp() * 1000)),
        }

        def call(deadline: float) -> PushChannel:
            del deadline
            made = self._service().events().watch(calendarId=RESOURCE, body=body).execute()
            if not isinstance(made, dict) or not made.get("resourceId"):
                raise ProviderUnavailable("Google answered events.watch without a resource id")
            raw = made.get("expiration")
            when = (
                datetime.fromtimestamp(int(raw) / 1000, UTC)
                if isinstance(raw, str | int) and str(raw).isdigit()
                else expires
            )
            return PushChannel(
                str(made.get("id") or channel_id), when, str(made["resourceId"]), token
            )

        return await run_bounded(call, bound=self.timeout * 2, what="calendar events.watch")

    async def renew(self, channel: PushChannel, now: datetime) -> PushChannel:
        """Google channels cannot be extended: a new one (the caller stops the old)."""
        del channel
        return await self.watch(now)

    async def stop(self, channel: PushChannel) -> None:
        def call(deadline: float) -> None:
            del deadline
            body = {"id": channel.id, "resourceId": channel.resource_id or ""}
            self._service().channels().stop(body=body).execute()

        try:
            await run_bounded(call, bound=self.timeout * 2, what="calendar channels.stop")
        except GoogleNotFound:
            return  # already gone


class GoogleCalendars:
    """Opens the incremental calendar of a stored Google connection."""

    provider = PROVIDER
    resource = RESOURCE

    def __init__(self, settings: Settings, load_credentials: CredentialsLoader) -> None:
        self.settings = settings
        self._load = load_credentials

    async def __call__(self, connection: Connection, user: User) -> GoogleIncrementalCalendar:
        return GoogleIncrementalCalendar(await self._load(connection, user), self.settings)
