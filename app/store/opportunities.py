"""Opportunities: a (company, position) the user is interviewing for, and whether they stood down.

Standing down (PLAYBOOK §1) is a fact about the opportunity, not about one interview: it cancels
every pending draft for it and stops new ones for later interviews that match the same key.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, IdMixin, TimestampMixin, user_fk

# Legal-form suffixes that do not tell two employers apart ("Acme, Inc." is "Acme").
_COMPANY_SUFFIX = re.compile(
    r"(?:\s+(?:inc|incorporated|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|sas|"
    r"srl|bv|nv|plc|pty|oy|ab|as|kk))+$"
)
_NON_WORD = re.compile(r"[^\w]+")


def normalize_key(text: str | None, *, company: bool = False) -> str:
    """Case-, accent- and punctuation-folded text for matching; "" when absent."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    key = _NON_WORD.sub(" ", folded.casefold()).strip()
    if company:
        key = _COMPANY_SUFFIX.sub("", key).strip() or key
    return key[:300]


class Opportunity(IdMixin, TimestampMixin, Base):
    __tablename__ = "opportunities"
    __table_args__ = (UniqueConstraint("user_id", "company_key", "position_key"),)

    user_id: Mapped[uuid.UUID] = user_fk()
    # As first seen, for display.
    company: Mapped[str] = mapped_column(String(300))
    position: Mapped[str | None] = mapped_column(String(300))
    # `normalize_key` of the above; "" for an unknown position (NOT NULL so the unique key holds).
    company_key: Mapped[str] = mapped_column(String(300))
    position_key: Mapped[str] = mapped_column(String(300), default="")
    stood_down_at: Mapped[datetime | None]
    stand_down_reason: Mapped[str | None] = mapped_column(Text)

    @property
    def stood_down(self) -> bool:
        return self.stood_down_at is not None
