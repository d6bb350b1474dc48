"""Companies and positions written in a script without a Latin decomposition (Cyrillic, Japanese,
Hebrew, Greek ...). Their matching key was folded to ASCII by dropping every other character, so
'Яндекс', 'ソニー' and 'אלביט' all had the key '' and were one opportunity: standing down from
one company cancelled the pending notes for interviews at another. Accents still fold ('Société
Générale' and 'Societe Generale' are one company)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from app.store.db import Database
from app.store.opportunities import normalize_key
from tests.outlook.seed import (
    CANDIDATE,
    LOCAL_CANDIDATE,
    interviews_from,
    northwind_onsite,
    seed_interviews,
)
from tests.qa.conftest import seeded_client

COMPANIES = [("Яндекс", "Разработчик"), ("ソニー", "エンジニア"), ("אלביט", None)]


def test_keys_keep_every_script_and_still_fold_accents() -> None:
    keys = {normalize_key(name, company=True) for name, _ in COMPANIES}
    assert "" not in keys and len(keys) == 3, keys
    assert normalize_key("Société Générale", company=True) == normalize_key("Societe Generale")
    assert normalize_key("Яндекс LLC", company=True) == normalize_key("яндекс", company=True)
    assert normalize_key("Straße AG", company=True) == normalize_key("Strasse", company=True)


async def _seed_one_interview_per_company(database: Database) -> None:
    now = datetime.now(UTC)
    interviews = []
    for index, (company, position) in enumerate(COMPANIES):
        event = northwind_onsite(now - timedelta(days=index))
        event["id"] = f"AAMkScript{index}"
        [interview] = interviews_from(event, CANDIDATE[1])
        interviews.append(replace(interview, company=company, position=position))
    await seed_interviews(database, LOCAL_CANDIDATE, interviews, now=now)


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with seeded_client(tmp_path, _seed_one_interview_per_company) as c:
        yield c


async def test_standing_down_from_one_company_leaves_the_others(
    client: httpx.AsyncClient,
) -> None:
    opportunities = (await client.get("/v1/opportunities")).json()["opportunities"]
    assert sorted(o["company"] for o in opportunities) == sorted(c for c, _ in COMPANIES)
    yandex = next(o for o in opportunities if o["company"] == "Яндекс")
    response = await client.post(f"/v1/opportunities/{yandex['id']}/stand-down", json={})
    assert response.status_code == 200, response.text
    interviews = (await client.get("/v1/interviews")).json()["interviews"]
    stood = {i["company"]: i["opportunity"]["stood_down"] for i in interviews}
    assert stood == {"Яндекс": True, "ソニー": False, "אלביט": False}, stood
