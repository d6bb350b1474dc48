"""Google Calendar sync for a connected account: incremental `events.list` and push channels.

    sync = GoogleCalendarSync(settings, tokens)
    report = await sync.sync(sessions, state, connection, user, now=now)
    await sync.forget(connection, state)            # stop the channel (disconnect)

- Full sync: `events.list(singleEvents=true, timeMin, timeMax)` over the window (past 14 days →
  next 60), every page, then the `nextSyncToken` of the last page is the cursor.
- Incremental: `events.list(syncToken=..., singleEvents=true)` and nothing else (Google refuses
  timeMin/timeMax/orderBy/q with a sync token). Deleted and cancelled events come back with
  `status: cancelled`, often only an id: those cancel the stored interview of that event id.
  410 Gone means the token expired: drop it and do a full sync.
- Push: an `events.watch` channel (id: a random UUID; token: a random secret of which only the
  SHA-256 is stored; address: {public_url}/webhooks/google/calendar). When less than a day is
  left, a new channel is made, stored, and the old one stopped, so there is no gap. The webhook
  (app/api/webhook_routes.py) only marks the calendar for sync; the sync loop does the rest.

google-api-python-client is synchronous: each provider operation runs in a worker thread under a
deadline (app.providers.google_api.run_bounded), with httplib2's socket timeout on every call.
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
from sqlalchemy import update

from app.autodraft.records import planning_timezone
from app.autodraft.sync_common import (
    CalendarChanges,
    Sessions,
    SyncReport,
    channel_status,
    needs_full_sync,
    store_round,
    window,
)
from app.calendar.interviews import parse_events
from app.connect.google_tokens import GoogleTokens
from app.errors import ProviderError, ProviderUnavailable
from app.providers.google_api import GoogleNotFound, build_service, check_deadline, run_bounded
from app.providers.google_calendar import rfc3339
from app.settings import Settings
from app.store.connections import Connection
from app.store.sync import SyncState, hash_channel_secret
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
    """410: Google expired the sync token; a full sync is needed."""

    status_code, code = 410, "sync_token_gone"


@dataclass(frozen=True, slots=True)
class EventsPage:
    items: list[dict[str, Any]]
    next_sync_token: str | None
    time_zone: str | None


@dataclass(frozen=True, slots=True)
class Channel:
    id: str
    resource_id: str
    expires_at: datetime


class GoogleCalendarApi:
    """The three calls sync needs, for one set of credentials."""

    def __init__(self, credentials: Credentials, settings: Settings) -> None:
        self._credentials = credentials
        self._settings = settings
        self.timeout = settings.google_api_timeout_seconds
        # A whole sync may page; each call is bounded by the socket timeout, the whole by this.
        self.bound = max(30.0, 10 * self.timeout)

    def _service(self) -> Any:
        return build_service(
            "calendar", self._credentials, settings=self._settings, timeout=self.timeout
        )

    async def list_events(
        self, *, sync_token: str | None, span: tuple[datetime, datetime] | None
    ) -> EventsPage:
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
                items.extend(i for i in response.get("items") or [] if isinstance(i, dict))
                time_zone = response.get("timeZone") or time_zone
                page_token = response.get("nextPageToken")
                if not page_token:
                    token = response.get("nextSyncToken")
                    return EventsPage(items, token if isinstance(token, str) else None, time_zone)
            log.warning("google.sync_page_cap", extra={"pages": MAX_PAGES})
            return EventsPage(items, None, time_zone)

        return await run_bounded(fetch, bound=self.bound, what="calendar events.list")

    async def watch(self, *, channel_id: str, token: str, address: str, ttl: timedelta) -> Channel:
        expires = datetime.now(UTC) + ttl
        body = {
            "id": channel_id,
            "type": "web_hook",
            "address": address,
            "token": token,
            "expiration": str(int(expires.timestamp() * 1000)),
        }

        def call(deadline: float) -> Channel:
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
            return Channel(str(made.get("id") or channel_id), str(made["resourceId"]), when)

        return await run_bounded(call, bound=self.timeout * 2, what="calendar events.watch")

    async def stop(self, channel_id: str, resource_id: str | None) -> None:
        def call(deadline: float) -> None:
            del deadline
            body = {"id": channel_id, "resourceId": resource_id or ""}
            self._service().channels().stop(body=body).execute()

        try:
            await run_bounded(call, bound=self.timeout * 2, what="calendar channels.stop")
        except GoogleNotFound:
            return  # already gone


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


class GoogleCalendarSync:
    provider = PROVIDER
    resource = RESOURCE

    def __init__(self, settings: Settings, tokens: GoogleTokens) -> None:
        self.settings = settings
        self.tokens = tokens

    def api(self, credentials: Credentials) -> GoogleCalendarApi:
        return GoogleCalendarApi(credentials, self.settings)

    async def sync(
        self,
        sessions: Sessions,
        state: SyncState,
        connection: Connection,
        user: User,
        *,
        now: datetime,
    ) -> SyncReport:
        api = self.api(await self.tokens.credentials(connection, user))
        full = needs_full_sync(state, now)
        page: EventsPage | None = None
        if not full:
            try:
                page = await api.list_events(sync_token=state.cursor, span=None)
            except SyncTokenGone:
                log.info("google.sync_token_gone", extra={"connection": str(connection.id)})
                full = True
        span = window(now)
        if page is None:
            page = await api.list_events(sync_token=None, span=span)
        timezone = planning_timezone(user, self.settings.timezone)
        keep, removed = events_and_removed(page.items)
        events = parse_events(keep, format="google", timezone=timezone) if keep else []
        changes = CalendarChanges(
            events=events,
            removed=removed,
            cursor=page.next_sync_token,
            full=full,
            window=span if full else None,
            items=len(page.items),
        )
        report = await store_round(
            sessions,
            user,
            connection,
            state,
            changes,
            now=now,
            timezone=timezone,
            calendar_zone=page.time_zone,
        )
        if report.superseded:
            return report
        report.channel = await self._ensure_channel(sessions, api, state, now)
        return report

    async def _ensure_channel(
        self, sessions: Sessions, api: GoogleCalendarApi, state: SyncState, now: datetime
    ) -> str:
        if (status := channel_status(self.settings.public_url, state, now)) is not None:
            return status
        token = secrets.token_urlsafe(32)
        try:
            channel = await api.watch(
                channel_id=str(uuid.uuid4()),
                token=token,
                address=self.settings.public_url + WEBHOOK_PATH,
                ttl=CHANNEL_TTL,
            )
        except ProviderError as exc:
            # Sync still worked; the sweep keeps the calendar current and retries the channel.
            log.warning("google.watch_failed", extra={"state": str(state.id), "error": exc.code})
            return "failed"
        async with sessions() as session, session.begin():
            await session.execute(
                update(SyncState)
                .where(SyncState.id == state.id)
                .values(
                    channel_id=channel.id,
                    channel_resource_id=channel.resource_id,
                    channel_secret_hash=hash_channel_secret(token),
                    channel_expires_at=channel.expires_at,
                )
                .execution_options(synchronize_session=False)
            )
        old = state.channel_id
        if old:
            try:
                await api.stop(old, state.channel_resource_id)
            except ProviderError:
                log.info("google.channel_stop_failed", extra={"state": str(state.id)})
        log.info("google.channel_ready", extra={"state": str(state.id), "renewed": bool(old)})
        return "renewed" if old else "created"

    async def forget(
        self, sessions: Sessions, connection: Connection, user: User, state: SyncState
    ) -> None:
        """Stop the push channel (disconnect); best effort, the channel expires anyway."""
        del sessions
        if not state.channel_id:
            return
        api = self.api(await self.tokens.credentials(connection, user))
        await api.stop(state.channel_id, state.channel_resource_id)
