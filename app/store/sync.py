"""Sync state: where incremental calendar sync resumes, and the push channel that wakes it.

One row per (connection, calendar resource). Google: `cursor` is the events.list syncToken and the
channel is an events.watch channel (id, resourceId, token, expiration). Microsoft: `cursor` is the
delta link and the channel is a Graph subscription (id, clientState, expirationDateTime). An .ics
feed keeps its ETag/Last-Modified in `cursor` and has no channel.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from datetime import datetime

from sqlalchemy import ForeignKeyConstraint, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, IdMixin, TimestampMixin


class SyncState(IdMixin, TimestampMixin, Base):
    __tablename__ = "sync_states"
    __table_args__ = (
        ForeignKeyConstraint(
            ["connection_id", "user_id"],
            ["connections.id", "connections.user_id"],
            ondelete="CASCADE",
        ),
        UniqueConstraint("connection_id", "resource"),
        Index(None, "channel_expires_at"),
        Index(None, "sync_requested_at"),
    )

    user_id: Mapped[uuid.UUID]
    connection_id: Mapped[uuid.UUID]
    # Google calendar id ("primary"), Graph resource ("me/events"), or the feed URL.
    resource: Mapped[str] = mapped_column(String(1024))
    # Opaque resume point; NULL means "do a full sync" (first run, or the provider expired it).
    cursor: Mapped[str | None] = mapped_column(Text)
    # Bumped on every cursor write; writers compare-and-set on it so two syncs of the same
    # calendar (a webhook and a poll) cannot move the cursor backwards.
    cursor_version: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    last_synced_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)

    # Google channel id / Graph subscription id. Globally unique: a notification names only it.
    channel_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    # Google's resourceId, needed to stop a channel. (Graph needs only the subscription id.)
    channel_resource_id: Mapped[str | None] = mapped_column(String(1024))
    # SHA-256 of the channel token / clientState we chose: enough to verify a notification, and
    # a database leak does not let anyone forge one.
    channel_secret_hash: Mapped[str | None] = mapped_column(String(64))
    channel_expires_at: Mapped[datetime | None]

    # Sync requests (app.autodraft.sync_state): a push notification, a new connection or the
    # sweep sets `sync_requested_at` (the earliest pending request, for the lag metric) and bumps
    # `sync_requests`; a worker takes the row with a lease, and clears the request only if
    # `sync_requests` is unchanged, so a notification that lands mid-sync is never lost.
    sync_requested_at: Mapped[datetime | None]
    sync_requests: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    sync_lease_until: Mapped[datetime | None]
    # When the last full (windowed) sync ran: the window is renewed by a full sync now and then.
    full_synced_at: Mapped[datetime | None]


def hash_channel_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def channel_secret_matches(stored_hash: str | None, presented: str | None) -> bool:
    if not stored_hash or presented is None:
        return False
    return hmac.compare_digest(stored_hash, hash_channel_secret(presented))
