"""Connections: a user's grant to a calendar/mailbox provider, with the encrypted token set."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, IdMixin, JSONType, StrEnumType, TimestampMixin, enum_check, user_fk


class ConnectionStatus(StrEnum):
    ACTIVE = "active"
    # The grant was revoked or expired: nothing runs for it until the user connects again.
    NEEDS_REAUTH = "needs_reauth"
    # The user disconnected; the token set is gone, the row keeps the sync history tidy.
    DISCONNECTED = "disconnected"


class Connection(IdMixin, TimestampMixin, Base):
    __tablename__ = "connections"
    __table_args__ = (
        UniqueConstraint("user_id", "provider", "account_subject"),
        # Target of the composite foreign keys that pin children to this connection's user.
        UniqueConstraint("id", "user_id"),
        CheckConstraint(enum_check("status", ConnectionStatus), name="status"),
        CheckConstraint("token_version >= 0", name="token_version"),
    )

    user_id: Mapped[uuid.UUID] = user_fk()
    # "google" | "microsoft" | "ics" (a calendar feed: no token) | "local" (Maildir).
    provider: Mapped[str] = mapped_column(String(20))
    # The provider's stable id for the connected account (Google `sub`, Microsoft `oid`, a feed
    # URL); the email is for display and can change.
    account_subject: Mapped[str] = mapped_column(String(1024))
    account_email: Mapped[str | None] = mapped_column(String(320))
    scopes: Mapped[list[str]] = mapped_column(JSONType, default=list)
    status: Mapped[ConnectionStatus] = mapped_column(
        StrEnumType(ConnectionStatus), default=ConnectionStatus.ACTIVE
    )
    status_reason: Mapped[str | None] = mapped_column(Text)

    # The whole OAuth token set (access, refresh, expiry, id token ...) as one Fernet token of its
    # JSON. NULL when there is none (feeds, disconnected).
    token_ciphertext: Mapped[str | None] = mapped_column(Text)
    # Bumped on every token write. A refresh writes with `WHERE token_version = <read value>`,
    # so of two parallel refreshes exactly one wins and the other rereads instead of clobbering.
    token_version: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    # When the access token expires: lets a worker refresh ahead without decrypting.
    token_expires_at: Mapped[datetime | None]
