"""/metrics: request counts by route template, worker hooks, DB-derived gauges, access rules."""

from __future__ import annotations

import asyncio
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import APIRouter
from prometheus_client.parser import text_string_to_metric_families

from app.ops.metrics import FOLD_EVERY, Metrics
from app.ops.metrics_server import serve_worker_metrics
from app.store.db import Database
from app.store.migrations import run_migrations
from tests.ops.conftest import local_settings, production_settings, running

VOICE = {"text": "Thank you for your time today.", "scenario": "gratitude"}


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return out


def value(text: str, name: str, **labels: str) -> float | None:
    return samples(text).get((name, frozenset(labels.items())))


things = APIRouter(prefix="/v1")


@things.get("/things/{thing_id}")
async def get_thing(thing_id: str) -> dict[str, str]:
    return {"id": thing_id}


async def test_requests_are_counted_by_route_template(tmp_path: Path) -> None:
    async with running(local_settings(tmp_path), router=things) as (_, client):
        assert (await client.post("/v1/voice/check", json=VOICE)).status_code == 200
        for thing in ("a1", "b2", "c3"):
            assert (await client.get(f"/v1/things/{thing}?token=abc")).status_code == 200
        assert (await client.get("/v1/no-such-route/12345")).status_code == 404
        response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert (
        value(
            text,
            "rightnote_http_requests_total",
            method="POST",
            route="/v1/voice/check",
            status="200",
        )
        == 1
    )
    assert (
        value(
            text,
            "rightnote_http_requests_total",
            method="GET",
            route="/v1/things/{thing_id}",
            status="200",
        )
        == 3
    )
    assert (
        value(text, "rightnote_http_requests_total", method="GET", route="unmatched", status="404")
        == 1
    )
    assert (
        value(
            text,
            "rightnote_http_request_duration_seconds_count",
            method="GET",
            route="/v1/things/{thing_id}",
        )
        == 3
    )
    # Raw paths and query strings never become labels.
    for raw in ("a1", "b2", "12345", "no-such-route", "token"):
        assert raw not in text
    assert value(text, "rightnote_build_info", version=__import__("app").__version__) == 1


async def test_each_app_has_its_own_registry(tmp_path: Path) -> None:
    async with running(local_settings(tmp_path / "a")) as (_, first):
        await first.get("/healthz")
        await first.get("/healthz")
        async with running(local_settings(tmp_path / "b")) as (_, second):
            await second.get("/healthz")
            text_b = (await second.get("/metrics")).text
        text_a = (await first.get("/metrics")).text
    labels = {"method": "GET", "route": "/healthz", "status": "200"}
    assert value(text_a, "rightnote_http_requests_total", **labels) == 2
    assert value(text_b, "rightnote_http_requests_total", **labels) == 1


async def test_worker_hooks_appear_with_bounded_labels(tmp_path: Path) -> None:
    async with running(local_settings(tmp_path)) as (app, client):
        metrics = app.state.rightnote.resources.metrics
        metrics.draft_delivered("google")
        metrics.draft_delivered("google")
        metrics.draft_failed("reauth_required")
        metrics.draft_failed("Weird Reason With Spaces: and an email a@b.c")
        metrics.observe_sync_lag(42.0, "microsoft")
        text = (await client.get("/metrics")).text
    assert value(text, "rightnote_drafts_created_total", provider="google") == 2
    assert value(text, "rightnote_drafts_failed_total", reason="reauth_required") == 1
    assert value(text, "rightnote_drafts_failed_total", reason="other") == 1
    assert value(text, "rightnote_calendar_sync_lag_seconds_count", provider="microsoft") == 1
    assert "a@b.c" not in text


def test_every_request_is_in_the_series_across_batches() -> None:
    # Requests are noted and folded into the series in batches: none may be lost or counted
    # twice, whether a batch was full or is read part-way by a scrape, and the note stays short.
    metrics = Metrics(process_collectors=False)
    total = 2 * FOLD_EVERY + 3
    for n in range(total):
        metrics.observe_request("POST", "/v1/drafts", 200 if n % 3 else 422, 0.004)
        assert len(metrics._requests) < FOLD_EVERY
    text = metrics.render().decode()
    ok = {"method": "POST", "route": "/v1/drafts", "status": "200"}
    refused = {"method": "POST", "route": "/v1/drafts", "status": "422"}
    assert value(text, "rightnote_http_requests_total", **ok) == total - (total + 2) // 3
    assert value(text, "rightnote_http_requests_total", **refused) == (total + 2) // 3
    duration = {"method": "POST", "route": "/v1/drafts"}
    assert value(text, "rightnote_http_request_duration_seconds_count", **duration) == total
    fast = {"le": "0.005", **duration}
    assert value(text, "rightnote_http_request_duration_seconds_bucket", **fast) == total
    metrics.observe_request("BREW", "/v1/drafts", 200, 0.5)  # an unknown method: "other"
    text = metrics.render().decode()
    assert value(text, "rightnote_http_requests_total", **ok) == total - (total + 2) // 3
    assert value(text, "rightnote_http_requests_total", **{**ok, "method": "other"}) == 1


def test_label_values_stop_growing() -> None:
    metrics = Metrics(process_collectors=False)
    for n in range(100):
        metrics.draft_failed(f"reason_{n}")
    reasons = {
        dict(s.labels)["reason"]
        for f in text_string_to_metric_families(metrics.render().decode())
        for s in f.samples
        if s.name == "rightnote_drafts_failed_total"
    }
    assert len(reasons) <= 33 and "other" in reasons


async def _seed_queue(url: str) -> None:
    """Two pending (one due, one later), one claimed, one delivered; one synced calendar."""
    from app.store.connections import Connection, ConnectionStatus
    from app.store.drafts import DraftState
    from app.store.sync import SyncState
    from tests.store.conftest import add_interview, add_user, draft_for

    await run_migrations(url)
    database = Database(url)
    now = datetime.now(UTC)
    try:
        async with database.sessions() as session:
            user = await add_user(session)
            connection = Connection(
                user_id=user.id,
                provider="google",
                account_subject="sub-1",
                status=ConnectionStatus.ACTIVE,
            )
            session.add(connection)
            await session.flush()
            people = tuple(f"p{n}@acme.test" for n in range(4))
            interview = await add_interview(session, user, end=now, interviewers=people)
            states = [
                (DraftState.PENDING, now - timedelta(minutes=5), {}),
                (DraftState.PENDING, now + timedelta(hours=1), {}),
                (
                    DraftState.CLAIMED,
                    now - timedelta(minutes=1),
                    {"claimed_by": "w1", "lease_until": now + timedelta(minutes=5)},
                ),
                (DraftState.DELIVERED, now - timedelta(hours=1), {}),
            ]
            for person, (state, due, extra) in zip(interview.interviewers, states, strict=True):
                session.add(draft_for(interview, person, due_at=due, state=state, **extra))
            session.add(
                SyncState(
                    user_id=user.id,
                    connection_id=connection.id,
                    resource="primary",
                    last_synced_at=now - timedelta(minutes=30),
                )
            )
            await session.commit()
    finally:
        await database.dispose()


async def test_queue_depth_and_sync_age_are_read_from_the_database(tmp_path: Path) -> None:
    settings = local_settings(tmp_path)
    await _seed_queue(settings.resolved_database_url)
    async with running(settings) as (_, client):
        text = (await client.get("/metrics")).text
    assert value(text, "rightnote_draft_queue_depth", state="pending") == 2
    assert value(text, "rightnote_draft_queue_depth", state="claimed") == 1
    assert value(text, "rightnote_draft_queue_depth", state="due") == 1
    age = value(text, "rightnote_calendar_sync_oldest_age_seconds")
    assert age is not None and 29 * 60 <= age < 60 * 60


async def test_a_failing_database_does_not_break_metrics(tmp_path: Path) -> None:
    metrics = Metrics(process_collectors=False)

    class Broken:
        def sessions(self) -> object:
            raise OSError("database down")

    await metrics.refresh_from_database(Broken(), datetime.now(UTC))  # type: ignore[arg-type]
    assert b"rightnote_draft_queue_depth" in metrics.render()


async def test_production_metrics_need_the_token(tmp_path: Path) -> None:
    async with running(production_settings(tmp_path)) as (_, client):
        assert (await client.get("/metrics")).status_code == 404
    settings = production_settings(tmp_path, metrics_token="scrape-secret")
    async with running(settings) as (_, client):
        missing = await client.get("/metrics")
        assert missing.status_code == 401
        assert missing.headers["www-authenticate"] == "Bearer"
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        good = await client.get("/metrics", headers={"Authorization": "Bearer scrape-secret"})
        assert good.status_code == 200
        assert "rightnote_http_requests_total" in good.text


async def test_worker_metrics_listener(tmp_path: Path) -> None:
    settings = production_settings(tmp_path, metrics_token="scrape-secret")
    metrics = Metrics()
    metrics.draft_delivered("microsoft")
    async with serve_worker_metrics(metrics, settings, port=0) as port:
        assert port is not None
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            assert (await client.get("/healthz")).status_code == 200
            assert (await client.get("/metrics")).status_code == 401
            scraped = await client.get(
                "/metrics", headers={"Authorization": "Bearer scrape-secret"}
            )
            assert scraped.status_code == 200
            assert value(scraped.text, "rightnote_drafts_created_total", provider="microsoft") == 1
            assert (await client.get("/other")).status_code == 404
            assert (await client.post("/healthz")).status_code == 405
            metrics.worker_tick()
            assert (await client.get("/healthz")).status_code == 200
            # A loop that stopped ticking long ago is reported unhealthy.
            metrics._last_tick = time.monotonic() - 10_000
            stalled = await client.get("/healthz")
            assert stalled.status_code == 503
            assert re.search(r"stalled", stalled.text)


async def test_worker_listener_is_off_without_a_port(tmp_path: Path) -> None:
    settings = local_settings(tmp_path)
    async with serve_worker_metrics(Metrics(process_collectors=False), settings) as port:
        assert port is None


async def test_worker_listener_survives_a_silent_client(tmp_path: Path) -> None:
    settings = local_settings(tmp_path)
    metrics = Metrics(process_collectors=False)
    async with serve_worker_metrics(metrics, settings, port=0) as port:
        assert port is not None
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GARBAGE\r\n\r\n")
        await writer.drain()
        await asyncio.wait_for(reader.read(), 5)
        writer.close()
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            assert (await client.get("/healthz")).status_code == 200


@pytest.mark.parametrize("reason", ["", None])
def test_empty_reasons_are_unknown(reason: str | None) -> None:
    metrics = Metrics(process_collectors=False)
    metrics.draft_failed(reason)
    assert 'reason="unknown"' in metrics.render().decode()
