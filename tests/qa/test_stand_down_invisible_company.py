"""POST /v1/stand-down for an interview RightNote has not stored, with a company of only
invisible characters (a zero-width space left by a paste, a BOM, a NUL): a blank company is
refused with 400 ("pass `company`"), but these were accepted: the user was told "You stood down
from \u200b." and an opportunity with an invisible name (and the empty matching key) was stored.
Now they are refused like a blank one and nothing is stored."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize("company", ["\u200b", "\u200d\ufeff", "\x00", " \u2060 ", "\u200e"])
async def test_an_invisible_company_is_refused_and_nothing_is_stored(
    client: httpx.AsyncClient, company: str
) -> None:
    body = {"interview_id": "graph:AAMkNotStored", "company": company, "reason": "took an offer"}
    response = await client.post("/v1/stand-down", json=body)
    assert response.status_code == 400, response.text
    assert "company" in response.json()["detail"]
    opportunities = (await client.get("/v1/opportunities")).json()["opportunities"]
    assert opportunities == []


async def test_a_visible_company_still_stands_down(client: httpx.AsyncClient) -> None:
    body = {"interview_id": "graph:AAMkNotStored", "company": "\u200bЯндекс"}
    response = await client.post("/v1/stand-down", json=body)
    assert response.status_code == 200, response.text
    assert len((await client.get("/v1/opportunities")).json()["opportunities"]) == 1
