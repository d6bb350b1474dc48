"""What the mission needs from a provider, one small interface per capability.

A calendar source lists events in a window; a mailbox creates a draft, finds one by its
idempotency key, and deletes one. Google (Gmail + Calendar), Microsoft (Graph) and the local
embedded default (an .ics file or URL + a Maildir) each implement them; the auto-draft worker and
the add-on routes only ever see these types.

An incremental calendar (`IncrementalCalendar`) is what the auto-draft sync loop needs: the
changes since a cursor (Google's sync token, Graph's delta link, CalDAV's sync-token), with the
provider's own quirks kept inside the implementation — an expired cursor becomes a full listing
flagged `full_resync`, deletions (Google's cancelled stubs, Graph's confirmed `@removed`) become
`removed_ids` — and a push channel to watch, renew and stop. One algorithm
(app.autodraft.sync_common.IncrementalSync) drives every implementation.

Errors are the typed provider errors of app.errors, so callers decide by type:
- `ProviderThrottled(retry_after)`: slow down, retry after the given seconds;
- `ProviderUnavailable`: transient (5xx, timeout, dropped connection). A write may still have
  happened, so look the draft up by its idempotency key before creating it again;
- `ReauthRequired`: the grant was revoked or expired; stop and ask the user to reconnect;
- any other `ProviderError`: permanent for this item (bad request): fail it with the reason.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from app.calendar.model import Event
from app.errors import ProviderError, ProviderUnavailable

# The longest wait a provider's Retry-After is taken at. Graph and Google ask for seconds to
# minutes; a header far beyond (a huge number, a date in the year 9999) is read as this, so a
# wait can always be added to a datetime and a throttled item is never parked for years.
MAX_RETRY_AFTER_SECONDS = 3600.0


def bounded_wait(seconds: float | None) -> float | None:
    """A wait a server asked for, held to [0, MAX_RETRY_AFTER_SECONDS] so `now + wait` is always
    a datetime; None when there is none or it is not a number (NaN)."""
    if seconds is None or math.isnan(seconds):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER_SECONDS)


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return bounded_wait(seconds)


class ProviderBusy(ProviderUnavailable):
    """Unavailable for now, with the wait the server asked for (a feed or CalDAV server's 429 or
    503 with Retry-After): a poller waits at least that long before asking again."""

    def __init__(self, detail: Any = None, *, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


# [start, end) of a full listing.
Window = tuple[datetime, datetime]


@dataclass(frozen=True, slots=True)
class OutgoingDraft:
    """A draft to put in the user's mailbox. Never logged: it holds the note's body."""

    subject: str
    text: str
    html: str
    # Marker written into the draft (a header / extended property) to find it again.
    idempotency_key: str
    to_email: str | None = None
    to_name: str | None = None
    from_email: str | None = None
    from_name: str | None = None

    def __repr__(self) -> str:  # keep bodies out of logs and tracebacks
        return f"OutgoingDraft(idempotency_key={self.idempotency_key!r})"


@dataclass(frozen=True, slots=True)
class CreatedDraft:
    draft_id: str
    # Where the user can open it (Gmail / Outlook web link, or a file path), when known.
    link: str | None = None


class Mailbox(Protocol):
    async def find_draft(self, idempotency_key: str) -> CreatedDraft | None: ...

    async def create_draft(self, draft: OutgoingDraft) -> CreatedDraft: ...

    async def delete_draft(self, draft_id: str) -> None: ...


class CalendarSource(Protocol):
    async def list_events(
        self, start: datetime, end: datetime, *, timezone: str
    ) -> Sequence[Event]:
        """Events overlapping [start, end), normalised, recurring series expanded."""
        ...


@dataclass(frozen=True, slots=True)
class CalendarChanges:
    """One round of changes: what the sync stores in one transaction."""

    # Normalised in the zone asked for; a cancelled event with its times is here too.
    events: list[Event]
    # Event ids the provider reports deleted or cancelled, often without anything else.
    removed_ids: list[str]
    # Where the next round starts; None when this round cannot be resumed (the next is full).
    next_cursor: str | None
    # A listing of everything in the window (asked for, or the cursor had expired): a stored
    # event of the window that is not listed is gone.
    full_resync: bool
    # Raw items the provider sent (for the report and logs).
    items: int = 0
    # The zone the provider says the calendar is in, when it says.
    time_zone: str | None = None


@dataclass(frozen=True, slots=True)
class PushChannel:
    """A push channel: Google's `events.watch` channel, Graph's subscription."""

    id: str
    expires_at: datetime
    # Google's resourceId (needed to stop the channel); None for Graph.
    resource_id: str | None = None
    # The secret each notification carries back (Google's channel token, Graph's clientState),
    # set only when the channel is new; callers store its hash, never the secret.
    secret: str | None = None

    def __repr__(self) -> str:  # keep the secret out of logs
        return f"PushChannel(id={self.id!r}, expires_at={self.expires_at.isoformat()})"


class ChannelGone(ProviderError):
    """The provider no longer has this channel: make a new one."""

    status_code, code = 404, "channel_gone"


class IncrementalCalendar(Protocol):
    """One connected calendar, read incrementally and watched for changes."""

    async def changes(
        self, cursor: str | None, window: Window, *, timezone: str
    ) -> CalendarChanges:
        """Changes since `cursor`; with no cursor, or one the provider has expired, every event
        of `window` (`full_resync=True`). An incremental round ignores `window`."""
        ...

    async def watch(self, now: datetime) -> PushChannel | None:
        """A new push channel, with its secret; None for a calendar without push (CalDAV),
        which the sweep keeps current."""
        ...

    async def renew(self, channel: PushChannel, now: datetime) -> PushChannel:
        """The channel, extended; or a new one (another id) when the provider cannot extend a
        channel, in which case the caller stops the old one after storing the new one.
        `ChannelGone` when the provider no longer has it."""
        ...

    async def stop(self, channel: PushChannel) -> None:
        """End the channel; one already gone is fine."""
        ...
