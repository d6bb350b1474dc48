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
# Latin letters end before the IPA block: an accent on one of them is folded away.
_LATIN_END = "\u0250"


def _folded(text: str) -> str:
    """Casefolded, accents on Latin letters removed, every other character kept; anything that
        is neither a letter, a digit, '_' nor a mark becomes a space (an invisible format character,
    such as a zero-width space or a direction mark, is dropped). One pass over the text.

        Not an ASCII fold: that dropped every letter of Cyrillic, Greek, Hebrew, Arabic, CJK ...
        so 'Яндекс' and 'ソニー' had the same key '' and were one opportunity."""
    out: list[str] = []
    latin_base = False
    decomposed = unicodedata.normalize("NFKD", text)
    for ch in unicodedata.normalize("NFKD", decomposed.casefold()):
        if unicodedata.combining(ch):
            if not latin_base:  # a mark of another script is part of its letter
                out.append(ch)
        elif ch.isalnum() or ch == "_" or unicodedata.category(ch)[0] == "M":
            latin_base = ch < _LATIN_END
            out.append(ch)
        elif unicodedata.category(ch) == "Cf":
            continue  # zero-width characters and direction marks are not there
        else:
            latin_base = False
            out.append(" ")
    # Recompose what stayed decomposed ('ジ' is 'シ' plus a mark): keys in their usual form.
    return " ".join(unicodedata.normalize("NFKC", "".join(out)).split())


def normalize_key(text: str | None, *, company: bool = False) -> str:
    """Case-, accent- and punctuation-folded text for matching; "" when absent. ASCII text
    and Latin letters with accents fold as before; letters of other scripts are kept."""
    if not text:
        return ""
    key = _folded(text)
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
