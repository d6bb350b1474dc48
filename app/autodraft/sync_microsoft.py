"""Microsoft Graph calendar sync for a connected account: calendarView delta and subscriptions.

    sync = MicrosoftCalendarSync(settings, graph)
    report = await sync.sync(sessions, state, connection, user, now=now)
    await sync.forget(connection, user, state)        # delete the subscription (disconnect)

- Delta: the first round is `GET /me/calendarView/delta?startDateTime&endDateTime` over the window
  (past 14 days → next 60); later rounds follow the stored `@odata.deltaLink`, which encodes the
  window (Graph wants nothing else added). Pages: `Prefer: odata.maxpagesize`, `@odata.nextLink`.
  `@removed` items (only an id) mean "deleted" or just "no longer in this window" (moved out of
  it): each is confirmed with `GET /me/events/{id}` first. Only a 404 cancels the stored
  interview; an event that still exists is stored with its new time (or cancelled if
  `isCancelled`). Past `MAX_CONFIRMATIONS` in one round the rest wait for the next round rather
  than be cancelled on a guess. A 410 means the
  delta link expired: full round again. The window is fixed per round, so a full round runs
  every `FULL_SYNC_EVERY` to move it forward.
- Subscription on `me/events` (created, updated, deleted), notifications to
  {public_url}/webhooks/microsoft/graph, lifecycle events to .../lifecycle, `clientState` a random
  secret of which only the SHA-256 is stored, expiry `SUBSCRIPTION_MINUTES` ahead (never more than
  4,230 minutes, the documented limit for Outlook resources). Renewed with PATCH when less than a
  day is left (or when Graph sends `reauthorizationRequired`); recreated when Graph says it is
  gone (404, or `subscriptionRemoved`).
"""

from __future__ import annotations

import logging
import re
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

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
from app.errors import ProviderError
from app.providers.microsoft import MicrosoftGraph
from app.providers.microsoft_graph import GraphClient, GraphGone, GraphNotFound
from app.settings import Settings
from app.store.connections import Connection
from app.store.sync import SyncState, hash_channel_secret
from app.store.users import User

log = logging.getLogger("rightnote.sync")

PROVIDER = "microsoft"
RESOURCE = "me/events"
NOTIFY_PATH = "/webhooks/microsoft/graph"
LIFECYCLE_PATH = "/webhooks/microsoft/lifecycle"
MAX_SUBSCRIPTION_MINUTES = 4230
# Under the limit, so clock skew between us and Graph never makes a request too long.
SUBSCRIPTION_MINUTES = 4200
CHANGE_TYPES = "created,updated,deleted"
PAGE_SIZE = 50
MAX_PAGES = 400
# GETs per round to tell a deleted event from one moved out of the window.
MAX_CONFIRMATIONS = 50


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    # Graph writes seven fractional digits; Python reads up to six.
    text = re.sub(r"(\.\d{6})\d+", r"\1", value.strip().replace("Z", "+00:00"))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def subscription_expiry(now: datetime) -> datetime:
    return now + timedelta(minutes=SUBSCRIPTION_MINUTES)


class GraphCalendarApi:
    def __init__(self, client: GraphClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings

    async def delta(
        self, link: str | None, span: tuple[datetime, datetime] | None
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Every item of one delta round, and the round's delta link."""
        url: str | None
        params: dict[str, str] | None
        if link is not None:
            url, params = link, None
        else:
            assert span is not None
            url = self.client.url("/me/calendarView/delta")
            params = {"startDateTime": _iso(span[0]), "endDateTime": _iso(span[1])}
        headers = {"Prefer": f'outlook.timezone="UTC", odata.maxpagesize={PAGE_SIZE}'}
        items: list[dict[str, Any]] = []
        for _ in range(MAX_PAGES):
            assert url is not None
            page = await self.client.json(
                "GET", url, operation="calendarView delta", params=params, headers=headers
            )
            if not isinstance(page, dict) or not isinstance(page.get("value"), list):
                raise ProviderError("Microsoft Graph calendarView delta: unexpected response")
            items.extend(i for i in page["value"] if isinstance(i, dict))
            next_link, delta_link = page.get("@odata.nextLink"), page.get("@odata.deltaLink")
            if isinstance(delta_link, str):
                return items, delta_link
            if not isinstance(next_link, str):
                break
            url, params = next_link, None
        log.warning("graph.delta_incomplete", extra={"items": len(items)})
        return items, None

    async def event(self, event_id: str) -> dict[str, Any] | None:
        """The event as it is now, or None when Graph no longer has it (deleted)."""
        try:
            found = await self.client.json(
                "GET",
                self.client.url("/me/events/" + quote(event_id, safe="")),
                operation="get event",
                headers={"Prefer": 'outlook.timezone="UTC"'},
            )
        except GraphNotFound:
            return None
        return found if isinstance(found, dict) and found.get("id") == event_id else None

    async def create_subscription(self, client_state: str, now: datetime) -> dict[str, Any]:
        base = self.settings.public_url
        made = await self.client.json(
            "POST",
            self.client.url("/subscriptions"),
            operation="create subscription",
            json={
                "changeType": CHANGE_TYPES,
                "notificationUrl": base + NOTIFY_PATH,
                "lifecycleNotificationUrl": base + LIFECYCLE_PATH,
                "resource": RESOURCE,
                "expirationDateTime": _iso(subscription_expiry(now)),
                "clientState": client_state,
            },
        )
        if not isinstance(made, dict) or not isinstance(made.get("id"), str):
            raise ProviderError("Microsoft Graph create subscription: no id in the answer")
        return made

    async def renew_subscription(self, subscription_id: str, now: datetime) -> dict[str, Any]:
        renewed = await self.client.json(
            "PATCH",
            self.client.url("/subscriptions/" + quote(subscription_id, safe="")),
            operation="renew subscription",
            json={"expirationDateTime": _iso(subscription_expiry(now))},
        )
        return renewed if isinstance(renewed, dict) else {}

    async def delete_subscription(self, subscription_id: str) -> None:
        try:
            await self.client.request(
                "DELETE",
                self.client.url("/subscriptions/" + quote(subscription_id, safe="")),
                operation="delete subscription",
            )
        except GraphNotFound:
            return


def split_removed(
    items: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """(events to store, ids cancelled for sure, ids `@removed`: deleted or moved away)."""
    keep: list[dict[str, Any]] = []
    cancelled: list[str] = []
    unsure: list[str] = []
    for item in items:
        if "@removed" in item:
            if isinstance(item.get("id"), str):
                unsure.append(item["id"])
        elif item.get("isCancelled") is True and isinstance(item.get("id"), str):
            cancelled.append(item["id"])
            keep.append(item)
        else:
            keep.append(item)
    return keep, cancelled, unsure


async def confirm_removed(
    api: GraphCalendarApi, unsure: list[str]
) -> tuple[list[dict[str, Any]], list[str]]:
    """(events that still exist, ids Graph confirms deleted) for `@removed` ids."""
    still: list[dict[str, Any]] = []
    gone: list[str] = []
    for event_id in dict.fromkeys(unsure):
        if len(still) + len(gone) >= MAX_CONFIRMATIONS:
            log.info(
                "graph.removed_unconfirmed", extra={"left": len(unsure) - len(still) - len(gone)}
            )
            break
        event = await api.event(event_id)
        if event is None:
            gone.append(event_id)
        else:
            still.append(event)
    return still, gone


class MicrosoftCalendarSync:
    provider = PROVIDER
    resource = RESOURCE

    def __init__(self, settings: Settings, graph: MicrosoftGraph) -> None:
        self.settings = settings
        self.graph = graph

    async def api(self, connection: Connection, sessions: Sessions) -> GraphCalendarApi:
        client = await self.graph.for_connection(connection, sessions)
        return GraphCalendarApi(client, self.settings)

    async def sync(
        self,
        sessions: Sessions,
        state: SyncState,
        connection: Connection,
        user: User,
        *,
        now: datetime,
    ) -> SyncReport:
        api = await self.api(connection, sessions)
        full = needs_full_sync(state, now)
        span = window(now)
        found: tuple[list[dict[str, Any]], str | None] | None = None
        if not full:
            try:
                found = await api.delta(state.cursor, None)
            except GraphGone:
                log.info("graph.delta_gone", extra={"connection": str(connection.id)})
                full = True
        if found is None:
            found = await api.delta(None, span)
        items, delta_link = found
        timezone = planning_timezone(user, self.settings.timezone)
        keep, removed, unsure = split_removed(items)
        cursor = delta_link
        if unsure:
            still, gone = await confirm_removed(api, unsure)
            more, cancelled, _ = split_removed(still)
            keep += more
            removed += cancelled + gone
            if len(still) + len(gone) < len(set(unsure)):
                # The delta link moves past the unconfirmed ids for good: without a cursor the
                # next round is a full sync, which reconciles them by the window instead.
                cursor = None
        events = parse_events(keep, format="graph", timezone=timezone) if keep else []
        changes = CalendarChanges(
            events=events,
            removed=removed,
            cursor=cursor,
            full=full,
            window=span if full else None,
            items=len(items),
        )
        report = await store_round(
            sessions, user, connection, state, changes, now=now, timezone=timezone
        )
        if report.superseded:
            return report
        report.channel = await self._ensure_subscription(sessions, api, state, now)
        return report

    async def _ensure_subscription(
        self, sessions: Sessions, api: GraphCalendarApi, state: SyncState, now: datetime
    ) -> str:
        if (status := channel_status(self.settings.public_url, state, now)) is not None:
            return status
        try:
            if state.channel_id:
                try:
                    renewed = await api.renew_subscription(state.channel_id, now)
                except GraphNotFound:
                    renewed = None
                if renewed is not None:
                    until = _parse(renewed.get("expirationDateTime")) or subscription_expiry(now)
                    await self._store(sessions, state, state.channel_id, None, until)
                    return "renewed"
            secret = secrets.token_urlsafe(48)
            made = await api.create_subscription(secret, now)
        except ProviderError as exc:
            log.warning(
                "graph.subscription_failed", extra={"state": str(state.id), "error": exc.code}
            )
            return "failed"
        until = _parse(made.get("expirationDateTime")) or subscription_expiry(now)
        await self._store(sessions, state, str(made["id"]), secret, until)
        log.info("graph.subscription_ready", extra={"state": str(state.id)})
        return "created"

    async def _store(
        self,
        sessions: Sessions,
        state: SyncState,
        subscription_id: str,
        secret: str | None,
        expires_at: datetime,
    ) -> None:
        values: dict[str, object] = {
            "channel_id": subscription_id,
            "channel_expires_at": expires_at,
        }
        if secret is not None:
            values["channel_secret_hash"] = hash_channel_secret(secret)
            values["channel_resource_id"] = None
        async with sessions() as session, session.begin():
            await session.execute(
                update(SyncState)
                .where(SyncState.id == state.id)
                .values(**values)
                .execution_options(synchronize_session=False)
            )

    async def forget(
        self, sessions: Sessions, connection: Connection, user: User, state: SyncState
    ) -> None:
        """Delete the subscription (disconnect); best effort, it expires within three days."""
        del user
        if not state.channel_id:
            return
        api = await self.api(connection, sessions)
        await api.delete_subscription(state.channel_id)
