"""Standing down twice: the second press (the Gmail card's button, a retried request) sends no
reason. Before, it overwrote the reason the user had typed with null and moved the stand-down
time to the second press."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from tests.outlook.seed import seed_local_onsite
from tests.qa.conftest import seeded_client


@pytest.fixture
async def seeded(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with seeded_client(tmp_path, lambda db: seed_local_onsite(db, datetime.now(UTC))) as c:
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
