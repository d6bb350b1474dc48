"""A CalDAV collection as an `IncrementalCalendar`: the RFC 6578 sync-token is the cursor.

    calendar = CalDavChanges(location, password=..., allow_private=False)
    changes = await calendar.changes(cursor, window, timezone="Europe/Paris")

The reading (sync-collection, multiget, caps, the private-address guard, an expired token → a
full read) is `CalDavCalendar`'s; this adds what the sync algorithm needs from one round:
- the changed members, normalised (each member is one event with its overrides, expanded
  within the window);
- removed ids: a deleted member is reported by its href only, so its event ids come from the
  member as last read in this process. A deletion of a member this process has not read (another
  worker, a restart) cannot be named: that round returns no next cursor, so the next round is a
  full read, which reconciles the window instead (as Graph's unconfirmed `@removed` do);
- no push channel (`watch` → None): the sweep keeps a CalDAV calendar current.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime

from app.calendar.interviews import parse_events
from app.calendar.model import Event
from app.providers.base import CalendarChanges, ChannelGone, PushChannel, Window
from app.providers.caldav_source import CalDavCalendar, _SyncResult


class CalDavChanges(CalDavCalendar):
    """One CalDAV collection, read by sync-token rounds."""

    _round: _SyncResult | None = None

    def _apply(self, result: _SyncResult) -> None:
        self._round = result  # what this round brought, beside the updated cache
        super()._apply(result)

    async def changes(
        self, cursor: str | None, window: Window, *, timezone: str
    ) -> CalendarChanges:
        if cursor is None or cursor != self.sync_token:
            # The cache holds another cursor's view (or none): start from the stored cursor.
            self.sync_token = cursor
            self._events = {}
        before = dict(self._events)
        self._round = None
        await self.sync()
        got = self._round
        assert got is not None
        gone = {href: before.get(href) for href in got.deleted}
        # CPU-bound (recurrence expansion), each member within the calendar limits.
        events, removed = await asyncio.to_thread(self._normalise, got.data, gone, window, timezone)
        # A deletion not nameable here: the next round reads everything instead.
        next_cursor = None if None in gone.values() else got.token
        return CalendarChanges(
            events=events,
            removed_ids=removed,
            next_cursor=next_cursor,
            full_resync=got.full,
            items=len(got.data) + len(got.deleted),
        )

    def _normalise(
        self,
        changed: dict[str, bytes],
        gone: dict[str, bytes | None],
        window: Window,
        timezone: str,
    ) -> tuple[list[Event], list[str]]:
        events = [
            e
            for href, data in changed.items()
            for e in self._events_of(href, data, window, timezone)
        ]
        removed = [
            e.event_id
            for href, data in gone.items()
            if data is not None
            for e in self._events_of(href, data, window, timezone)
            if e.event_id
        ]
        return events, list(dict.fromkeys(removed))

    def _events_of(self, href: str, data: bytes, window: Window, timezone: str) -> list[Event]:
        """The member's events, each with an id made from its href (a deletion names only the
        href) and, for an occurrence of a series, its original start."""
        try:
            events = parse_events(
                data, format="ics", timezone=timezone, window=window, max_bytes=self.max_bytes
            )
        except Exception:
            # One unreadable member must not stop the calendar (as in `interviews`).
            return []
        return [replace(e, event_id=_member_event_id(href, e)) for e in events]

    async def watch(self, now: datetime) -> PushChannel | None:
        del now
        return None

    async def renew(self, channel: PushChannel, now: datetime) -> PushChannel:
        raise ChannelGone("a CalDAV calendar has no push channel")

    async def stop(self, channel: PushChannel) -> None:
        del channel


def _member_event_id(href: str, event: Event) -> str:
    if event.recurrence_id is None:
        return href
    return href + "/" + event.recurrence_id.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
