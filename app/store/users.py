"""Users: one row per verified identity (provider, tenant, subject)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, IdMixin, TimestampMixin


class User(IdMixin, TimestampMixin, Base):
    __tablename__ = "users"

    # `Identity.key`: provider, tenant and subject. Never the email, which can change.
    key: Mapped[str] = mapped_column(String(320), unique=True)
    provider: Mapped[str] = mapped_column(String(20))
    # Refreshed from the identity on each sign-in; used to sign drafts.
    email: Mapped[str | None] = mapped_column(String(320))
    name: Mapped[str | None] = mapped_column(String(200))
    # IANA zone for send-by times; None until the user or a calendar tells us.
    timezone: Mapped[str | None] = mapped_column(String(64))
