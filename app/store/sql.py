"""Dialect-aware SQL helpers shared by the store and the services above it.

    insert_ignoring_conflicts(session, Model) -> Insert      INSERT ... ON CONFLICT DO NOTHING
    rowcount(result) -> int
    await claim_rows(session, Model, candidates, still=..., values=..., limit=n)
        -> list[(candidate row, claimed Model)]              the one lease-claim pattern

`claim_rows` is the claim step of both lease queues: draft records (app.store.draft_states) and
calendar-sync requests (app.autodraft.sync_state). It picks candidates, skipping rows another
transaction holds on PostgreSQL (FOR UPDATE SKIP LOCKED), then takes them with one UPDATE guarded
by `still` (the claimable condition read again), so a row taken by a concurrent claimer between
the read and the write is left out instead of overwritten. SQLite serialises writers, so there
the guard alone is enough.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, CursorResult, Insert, Row, Select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.store.base import IdMixin

Leased = TypeVar("Leased", bound=IdMixin)


def insert_ignoring_conflicts(session: AsyncSession, model: type[Any]) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING for the session's database.

    Used for get-or-create: unlike "insert and catch IntegrityError" it does not abort the
    surrounding PostgreSQL transaction when a parallel request inserted the same row first.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(model).on_conflict_do_nothing()
    # Settings accept only these two drivers, so this is a programming error, not user input.
    raise RuntimeError(f"unsupported database dialect {dialect!r}")


def rowcount(result: Any) -> int:
    return cast(CursorResult[Any], result).rowcount


async def claim_rows(
    session: AsyncSession,
    model: type[Leased],
    candidates: Select[*tuple[Any, ...]],
    *,
    still: Sequence[ColumnElement[bool]],
    values: Mapping[str, Any],
    limit: int,
) -> list[tuple[Row[*tuple[Any, ...]], Leased]]:
    """Lease up to `limit` rows of `model` among `candidates` (ordered; first column the id).

    Returns each claimed row's candidate row (for columns of joined tables) beside the model
    row as the UPDATE left it, in the candidates' order.
    """
    query = candidates.limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=model)
    rows = (await session.execute(query)).all()
    if not rows:
        return []
    taken = await session.scalars(
        update(model)
        .where(model.id.in_([row[0] for row in rows]), *still)
        .values(**values)
        .returning(model)
        .execution_options(synchronize_session=False, populate_existing=True)
    )
    by_id = {item.id: item for item in taken.all()}
    return [(row, by_id[row[0]]) for row in rows if row[0] in by_id]
