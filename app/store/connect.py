"""Connect attempts: one row per started OAuth connect flow, so each `state` works once.

The browser carries a sealed `state` naming the attempt (app.connect.tokens); the row holds what
must stay on the server: the PKCE verifier (Google) or msal's auth-code flow (Microsoft),
encrypted with the token cipher. The callback takes the row with a compare-and-set on `used_at`,
so a replayed or second callback finds it used. Rows are deleted a day after they expire.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, IdMixin, TimestampMixin, user_fk


class ConnectAttempt(IdMixin, TimestampMixin, Base):
    __tablename__ = "connect_attempts"
    __table_args__ = (Index(None, "expires_at"),)

    user_id: Mapped[uuid.UUID] = user_fk()
    # "google" | "microsoft"
    provider: Mapped[str] = mapped_column(String(20))
    # Encrypted JSON: {"verifier": ...} or {"flow": {...msal auth-code flow...}}.
    secret_ciphertext: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
