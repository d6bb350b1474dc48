"""Standing down twice: the second press (the Gmail card's button, a retried request) sends no
reason. Before, it overwrote the reason the user had typed with null and moved the stand-down
time to the second press."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from app.main import create_app
from app.settings import Settings
from app.store.db import Database
from app.store.migrations import run_migrations
from tests.outlook.seed import CANDIDATE, seed_local_onsite


@pytest.fixture
async def seeded(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(
        data_dir=tmp_path,
        local_user_name=CANDIDATE[0],
        local_user_email=CANDIDATE[1],
        rate_limit_per_ip_per_minute=0,
        rate_limit_per_user_per_minute=0,
    )
    await run_migrations(settings.resolved_database_url)
    database = Database(settings.resolved_database_url)
    try:
        await seed_local_onsite(database, datetime.now(UTC))
    finally:
        await database.dispose()
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            yield c


async def test_a_second_stand_down_keeps_the_reason_and_the_time(
    seeded: httpx.AsyncClient,
) -> None:
    [opportunity] = (await seeded.get("/v1/opportunities")).json()["opportunities"]
    path = f"/v1/opportunities/{opportunity['id']}/stand-down"
    first = await seeded.post(path, json={"reason": "accepted an offer at Contoso"})
    assert first.status_code == 200, first.text
    again = await seeded.post(path, json={})
    assert again.status_code == 200, again.text
    assert again.json()["stand_down_reason"] == "accepted an offer at Contoso"
    assert again.json()["stood_down_at"] == first.json()["stood_down_at"]
    # A new reason given on a later press replaces the old one.
    changed = await seeded.post(path, json={"reason": "not my first choice"})
    assert changed.json()["stand_down_reason"] == "not my first choice"
