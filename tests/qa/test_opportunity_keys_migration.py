"""Revision 0005 recomputes the opportunities' matching keys stored with the old ASCII fold, so
an interview seen after the upgrade still finds its opportunity (and its stand-down); a
downgrade puts the old keys back. Two rows the new fold takes as one company keep their own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from app.auth.identity import Identity
from app.store.db import Database
from app.store.migrations import downgrade, run_migrations
from app.store.opportunities import Opportunity
from app.store.queries import find_opportunity, get_or_create_user

# (company, position, company_key and position_key as revision 0004 stored them)
OLD_ROWS = [
    ("Яндекс", "Разработчик", "", ""),
    ("Ørsted A/S", None, "rsted a s", ""),
    ("Strasse", None, "strasse", ""),
    ("Straße", None, "strae", ""),
    ("Litware, Inc.", "Staff Engineer", "litware", "staff engineer"),
]


async def _keys(database: Database) -> dict[str, tuple[str, str]]:
    async with database.sessions() as session:
        rows = (await session.scalars(select(Opportunity))).all()
        return {row.company: (row.company_key, row.position_key) for row in rows}


async def test_upgrade_recomputes_the_keys_and_downgrade_restores_them(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'rightnote.db'}"
    await run_migrations(url, "0004")
    database = Database(url)
    try:
        async with database.sessions() as session, session.begin():
            user = await get_or_create_user(session, Identity("local", "local"))
            user_id = user.id
            for company, position, company_key, position_key in OLD_ROWS:
                session.add(
                    Opportunity(
                        user_id=user_id,
                        company=company,
                        position=position,
                        company_key=company_key,
                        position_key=position_key,
                        stood_down_at=datetime.now(UTC) if company == "Яндекс" else None,
                    )
                )
        await run_migrations(url)
        keys = await _keys(database)
        assert keys["Яндекс"] == ("яндекс", "разработчик")
        assert keys["Ørsted A/S"] == ("ørsted a s", "")
        assert keys["Litware, Inc."] == ("litware", "staff engineer")
        # 'Straße' is 'strasse' now, which 'Strasse' already holds: it keeps its old key.
        assert keys["Strasse"] == ("strasse", "") and keys["Straße"] == ("strae", "")
        async with database.sessions() as session:
            found = await find_opportunity(session, user_id, "ЯНДЕКС", "Разработчик")
            assert found is not None and found.stood_down
            assert await find_opportunity(session, user_id, "ソニー", "Разработчик") is None
        await downgrade(url, "0004")
        keys = await _keys(database)
        assert {c: keys[c] for c, *_ in OLD_ROWS} == {c: (k, p) for c, _, k, p in OLD_ROWS}
    finally:
        await database.dispose()
