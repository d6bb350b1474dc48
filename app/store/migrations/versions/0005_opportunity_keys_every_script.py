"""Opportunities: matching keys that keep letters of every script.

`normalize_key` folded to ASCII and dropped every other letter, so a company or position written
in Cyrillic, Greek, Hebrew, Arabic, CJK ... had the key '' and all of them were one opportunity
(standing down from one cancelled the notes for the others). The keys are now computed with
the new fold; this revision recomputes the stored ones so that later interviews still find
their opportunity. ASCII and accented Latin keys do not change.

Rows merged by the old keys cannot be told apart again: they keep their one row. A row whose
new key is already another row's (two spellings the new fold takes as one company, such as
'Straße' and 'Strasse') keeps its old key.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPPORTUNITIES = sa.table(
    "opportunities",
    sa.column("id", sa.Uuid()),
    sa.column("user_id", sa.Uuid()),
    sa.column("company", sa.String()),
    sa.column("position", sa.String()),
    sa.column("company_key", sa.String()),
    sa.column("position_key", sa.String()),
)


def _ascii_key(text: str | None, *, company: bool = False) -> str:
    # normalize_key as it was at revision 0004, for the downgrade.
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    key = re.sub(r"[^\w]+", " ", folded.casefold()).strip()
    if company:
        key = _SUFFIX.sub("", key).strip() or key
    return key[:300]


_SUFFIX = re.compile(
    r"(?:\s+(?:inc|incorporated|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|sas|"
    r"srl|bv|nv|plc|pty|oy|ab|as|kk))+$"
)


def _script_key(text: str | None, *, company: bool = False) -> str:
    # normalize_key as it is at this revision, frozen here: a migration must keep writing what it
    # wrote when it shipped, whatever later becomes of the live function.
    if not text:
        return ""
    out: list[str] = []
    latin_base = False
    decomposed = unicodedata.normalize("NFKD", text)
    for ch in unicodedata.normalize("NFKD", decomposed.casefold()):
        if unicodedata.combining(ch):
            if not latin_base:
                out.append(ch)
        elif ch.isalnum() or ch == "_" or unicodedata.category(ch)[0] == "M":
            latin_base = ch < "\u0250"
            out.append(ch)
        elif unicodedata.category(ch) == "Cf":
            continue
        else:
            latin_base = False
            out.append(" ")
    key = " ".join(unicodedata.normalize("NFKC", "".join(out)).split())
    if company:
        key = _SUFFIX.sub("", key).strip() or key
    return key[:300]


def _rekey(key: Callable[..., str]) -> None:
    t = _OPPORTUNITIES
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(t.c.id, t.c.user_id, t.c.company, t.c.position, t.c.company_key, t.c.position_key)
    ).all()
    taken = {(row.user_id, row.company_key, row.position_key) for row in rows}
    for row in rows:
        company_key = key(row.company, company=True)
        # "" stays "" for an unknown position; a position the old fold had emptied is known now.
        position_key = key(row.position) if row.position_key or row.position else ""
        new = (row.user_id, company_key, position_key)
        if (company_key, position_key) == (row.company_key, row.position_key) or new in taken:
            continue
        bind.execute(
            sa.update(t)
            .where(t.c.id == row.id)
            .values(company_key=company_key, position_key=position_key)
        )
        taken.discard((row.user_id, row.company_key, row.position_key))
        taken.add(new)


def upgrade() -> None:
    _rekey(_script_key)


def downgrade() -> None:
    _rekey(_ascii_key)
