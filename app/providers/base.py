"""What the mission needs from a provider, one small interface per capability.

A calendar source lists events in a window; a mailbox creates a draft, finds one by its
idempotency key, and deletes one. Google (Gmail + Calendar), Microsoft (Graph) and the local
embedded default (an .ics file or URL + a Maildir) each implement them; the auto-draft worker and
the add-on routes only ever see these types.

Errors are the typed provider errors of app.errors, so callers decide by type:
- `ProviderThrottled(retry_after)`: slow down, retry after the given seconds;
- `ProviderUnavailable`: transient (5xx, timeout, dropped connection). A write may still have
  happened, so look the draft up by its idempotency key before creating it again;
- `ReauthRequired`: the grant was revoked or expired; stop and ask the user to reconnect;
- any other `ProviderError`: permanent for this item (bad request): fail it with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from app.calendar.model import Event


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
