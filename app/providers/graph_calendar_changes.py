"""Microsoft Graph calendar as an `IncrementalCalendar`: calendarView delta and subscriptions.

    calendars = GraphCalendars(settings, graph, sessions)
    calendar = await calendars(connection, user)           # an IncrementalCalendar
    changes = await calendar.changes(delta_link, window, timezone="Europe/Paris")

- Delta: a full round is `GET /me/calendarView/delta?startDateTime&endDateTime` over the window;
  later rounds follow the stored `@odata.deltaLink`, which encodes the window (Graph wants nothing
  else added). Pages: `Prefer: odata.maxpagesize`, `@odata.nextLink`. A 410 means the delta link
  expired: the round becomes a full one (`full_resync`).
- `@removed` items (only an id) mean "deleted" or just "no longer in this window" (moved out of
  it): each is confirmed with `GET /me/events/{id}` first. Only a 404 makes it a removed id; an
  event that still exists is returned with its new time (or as removed if `isCancelled`). Past
  `MAX_CONFIRMATIONS` in one round, or when Graph refuses the GET itself (400, 403), the rest are
  not guessed at: the round returns no next cursor, so the next round is full and reconciles them
  by the window (a refusal failing the round would replay the same page forever).
- Subscription on `me/events` (created, updated, deleted), notifications to
  {public_url}/webhooks/microsoft/graph, lifecycle events to .../lifecycle, `clientState` a random
  secret (returned once so the caller can store its hash), expiry `SUBSCRIPTION_MINUTES` ahead
  (never more than 4,230 minutes, the documented limit for Outlook resources). `renew` is a PATCH
  of the expiry; a subscription Graph no longer has (404) is `ChannelGone`.
"""

from __future__ import annotations

import logging
import re
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.calendar.interviews import parse_events
from app.errors import ProviderError, ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.providers.base import CalendarChanges, ChannelGone, PushChannel, Window
from app.providers.microsoft import MicrosoftGraph
from app.providers.microsoft_graph import GraphClient, GraphGone, GraphNotFound
from app.settings import Settings
from app.store.connections import Connection
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


class GraphIncrementalCalendar:
    """One user's Outlook calendar, through a Graph client signed in as them."""

    def __init__(self, client: GraphClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings

    async def changes(
        self, cursor: str | None, window: Window, *, timezone: str
    ) -> CalendarChanges:
        found: tuple[list[dict[str, Any]], str | None, bool] | None = None
        if cursor is not None:
            try:
                found = await self.delta(cursor, None)
            except GraphGone:
                log.info("graph.delta_gone")
        full = found is None
        if found is None:
            found = await self.delta(None, window)
        items, next_cursor, whole = found
        # A full round cut short by the page cap is not the whole window: reporting it as one
        # would cancel every stored interview on the pages never read. It is stored as changes,
        # and without a cursor the next round is full again.
        full = full and whole
        keep, removed, unsure = split_removed(items)
        if unsure:
            still, gone = await self.confirm_removed(unsure)
            more, cancelled, _ = split_removed(still)
            keep += more
            removed += cancelled + gone
            if len(still) + len(gone) < len(set(unsure)):
                # The delta link moves past the unconfirmed ids for good: without a cursor the
                # next round is a full one, which reconciles them by the window instead.
                next_cursor = None
        return CalendarChanges(
            events=parse_events(keep, format="graph", timezone=timezone) if keep else [],
            removed_ids=removed,
            next_cursor=next_cursor,
            full_resync=full,
            items=len(items),
        )

    async def delta(
        self, link: str | None, span: Window | None
    ) -> tuple[list[dict[str, Any]], str | None, bool]:
        """Every item of one delta round, the round's delta link, and whether every page was
        read (False when the page cap cut the round short)."""
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
        asked: set[str] = {link} if link is not None else set()
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
                return items, delta_link, True
            if not isinstance(next_link, str):
                # The last page, without the delta link Graph should have ended it with.
                log.warning("graph.delta_without_link", extra={"items": len(items)})
                return items, None, True
            if next_link in asked:
                # A page that leads back to one already read: following it would read the same
                # pages up to the cap on every round. Kept as far as read, as for the cap.
                log.warning("graph.delta_page_repeated", extra={"pages": len(asked) + 1})
                return items, None, False
            asked.add(next_link)
            url, params = next_link, None
        log.warning("graph.delta_incomplete", extra={"items": len(items)})
        return items, None, False

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

    async def confirm_removed(self, unsure: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
        """(events that still exist, ids Graph confirms deleted) for `@removed` ids."""
        still: list[dict[str, Any]] = []
        gone: list[str] = []
        ids = list(dict.fromkeys(unsure))
        for asked, event_id in enumerate(ids):
            if asked >= MAX_CONFIRMATIONS:
                log.info("graph.removed_unconfirmed", extra={"left": len(ids) - asked})
                break
            try:
                event = await self.event(event_id)
            except (ProviderThrottled, ProviderUnavailable, ReauthRequired):
                raise  # the round is tried again later, from the same delta link
            except ProviderError as exc:
                # Graph refuses to describe it (400 malformed id, 403): not guessed at, like
                # those past the cap; the round goes on and the next one is full.
                log.info("graph.removed_refused", extra={"error": exc.code})
                continue
            if event is None:
                gone.append(event_id)
            else:
                still.append(event)
        return still, gone

    async def watch(self, now: datetime) -> PushChannel:
        base = self.settings.public_url
        secret = secrets.token_urlsafe(48)
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
                "clientState": secret,
            },
        )
        if not isinstance(made, dict) or not isinstance(made.get("id"), str):
            raise ProviderError("Microsoft Graph create subscription: no id in the answer")
        until = _parse(made.get("expirationDateTime")) or subscription_expiry(now)
        return PushChannel(made["id"], until, None, secret)

    async def renew(self, channel: PushChannel, now: datetime) -> PushChannel:
        try:
            renewed = await self.client.json(
                "PATCH",
                self.client.url("/subscriptions/" + quote(channel.id, safe="")),
                operation="renew subscription",
                json={"expirationDateTime": _iso(subscription_expiry(now))},
            )
        except GraphNotFound:
            raise ChannelGone("Microsoft Graph no longer has this subscription") from None
        answer = renewed if isinstance(renewed, dict) else {}
        until = _parse(answer.get("expirationDateTime")) or subscription_expiry(now)
        return PushChannel(channel.id, until)

    async def stop(self, channel: PushChannel) -> None:
        try:
            await self.client.request(
                "DELETE",
                self.client.url("/subscriptions/" + quote(channel.id, safe="")),
                operation="delete subscription",
            )
        except GraphNotFound:
            return


class GraphCalendars:
    """Opens the incremental calendar of a stored Microsoft connection. `sessions`: where a
    refreshed token cache is written back."""

    provider = PROVIDER
    resource = RESOURCE

    def __init__(
        self,
        settings: Settings,
        graph: MicrosoftGraph,
        sessions: async_sessionmaker[AsyncSession],
    ) -> None:
        self.settings = settings
        self.graph = graph
        self._sessions = sessions

    async def __call__(self, connection: Connection, user: User) -> GraphIncrementalCalendar:
        del user  # the stored connection carries the sign-in
        client = await self.graph.for_connection(connection, self._sessions)
        return GraphIncrementalCalendar(client, self.settings)
