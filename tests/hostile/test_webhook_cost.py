"""Forged push notifications cost little and run out: a Graph batch of 100 unknown subscriptions
is one lookup and one warning, and each client address has a budget of refused notifications
(429 past it, before any lookup), while the webhooks stay exempt from the per-IP limit."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from app.store.db import Database
from tests.hostile.support import local_settings, running, tally

GRAPH = "/webhooks/microsoft/graph"
GOOGLE = "/webhooks/google/calendar"


def forged_batch(n: int = 100) -> bytes:
    items = [
        {"subscriptionId": f"sub-{i:04d}", "clientState": "guess", "changeType": "updated"}
        for i in range(n)
    ]
    return json.dumps({"value": items}).encode()


@contextmanager
def sync_state_lookups(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        if "FROM sync_states" in statement:
            seen.append(statement)

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", count)


async def test_a_forged_batch_is_one_lookup_and_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with running(local_settings(tmp_path)) as app:
        with sync_state_lookups(app.database) as lookups, caplog.at_level(logging.INFO):
            response = await app.client.post(GRAPH, content=forged_batch())
        assert response.status_code == 202
        assert len(lookups) == 1
        refused = [r for r in caplog.records if r.getMessage() == "webhook.graph_refused"]
        assert len(refused) == 1
    tally("webhooks", "forged_batch_items", 100)


async def test_each_address_has_a_budget_of_refused_notifications(tmp_path: Path) -> None:
    settings = local_settings(
        tmp_path, webhook_failures_per_ip_per_minute=3, rate_limit_per_ip_per_minute=2
    )
    async with running(settings, client_ip="198.51.100.30") as app:
        forged = {"x-goog-channel-id": "unknown", "x-goog-channel-token": "x"}
        statuses = [
            (await app.client.post(GRAPH, content=forged_batch(5))).status_code,
            (await app.client.post(GOOGLE, headers=forged)).status_code,
            (await app.client.post(GRAPH, content=b"not json")).status_code,
        ]
        assert statuses == [202, 403, 202]  # answered as before while the budget lasts
        with sync_state_lookups(app.database) as lookups:
            for request in (
                app.client.post(GRAPH, content=forged_batch(5)),
                app.client.post(GOOGLE, headers=forged),
            ):
                response = await request
                assert response.status_code == 429
                assert response.json()["error"] == "rate_limited"
                assert int(response.headers["retry-after"]) >= 1
        assert lookups == []  # refused before any work

        # Another address is unaffected, and so is Graph's validation handshake.
        transport = httpx.ASGITransport(app=app.app, client=("198.51.100.31", 40000))
        async with httpx.AsyncClient(transport=transport, base_url=app.client.base_url) as other:
            assert (await other.post(GRAPH, content=forged_batch(5))).status_code == 202
            assert (await other.post(GOOGLE, headers=forged)).status_code == 403
        handshake = await app.client.post(GRAPH, params={"validationToken": "abc"})
        assert handshake.status_code == 200 and handshake.text == "abc"
        metrics = (await app.client.get("/metrics")).text
    assert 'rightnote_rate_limited_total{limit="webhook"} 2.0' in metrics
    tally("webhooks", "budget_cases", 8)
