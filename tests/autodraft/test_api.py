"""The caller's interviews, plans and stand-downs over HTTP, scoped to the caller.

Two users in production mode (a static verifier stands in for Google/Microsoft): the second
tries every endpoint on the first one's ids and gets 404, and nothing of the first changes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.api.deps import get_mailboxes
from app.auth.identity import Identity
from app.autodraft.ingest import ingest_interviews
from app.main import create_app
from app.providers.local_mailbox import LocalMailboxFactory
from app.providers.registry import MailboxRegistry
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from app.store.queries import get_or_create_user
from tests.autodraft.helpers import NOW, loop
from tests.support.settings import production_settings

ALICE = Identity("google", "alice", email="alice@example.com", name="Alice Ng")
BOB = Identity("google", "bob", email="bob@example.com", name="Bob Roe")


class _Tokens:
    async def verify(self, token: str) -> Identity | None:
        return {"alice": ALICE, "bob": BOB}.get(token)


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, Database, Path]]:
    settings = production_settings(tmp_path, timezone="America/New_York")
    app = create_app(settings)
    state = app.state.rightnote
    state.verifiers.append(_Tokens())
    registry = MailboxRegistry()
    registry.register("local", LocalMailboxFactory(tmp_path / "drafts"))
    app.dependency_overrides[get_mailboxes] = lambda: registry
    async with app.router.lifespan_context(app):
        database: Database = state.resources.database
        async with database.sessions() as session:
            user = await get_or_create_user(session, ALICE)
            await ingest_interviews(session, user, [loop()], now=NOW, timezone="America/New_York")
            await session.commit()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="https://rightnote.example"
        ) as client:
            yield client, database, tmp_path / "drafts"


def as_(user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {user}"}


async def alice_view(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.get("/v1/interviews", headers=as_("alice"))
    assert response.status_code == 200
    (interview,) = response.json()["interviews"]
    return interview  # type: ignore[no-any-return]


async def test_the_caller_sees_interviews_interviewers_defaults_plans_and_drafts(api) -> None:
    client, _, _ = api
    interview = await alice_view(client)
    assert interview["company"] == "Northwind" and interview["status"] == "confirmed"
    people = {p["name"]: p for p in interview["interviewers"]}
    assert set(people) == {"Priya Raman", "Dana Whitfield", "Tomás Ibáñez"}
    dana = people["Dana Whitfield"]
    assert dana["default"]["scenario"] == "follow_up" and dana["default"]["reasons"]
    assert dana["scenario"] == "follow_up" and not dana["overridden"]
    assert dana["draft"]["state"] == "pending" and dana["draft"]["kind"] == "thank_you"
    assert dana["plan"]["scenario_override"] is None
    assert interview["opportunity"]["company"] == "Northwind"
    one = await client.get(f"/v1/interviews/{interview['id']}", headers=as_("alice"))
    assert one.status_code == 200 and one.json()["id"] == interview["id"]


async def test_editing_a_plan_replans(api) -> None:
    client, _, _ = api
    interview = await alice_view(client)
    priya = next(p for p in interview["interviewers"] if p["name"] == "Priya Raman")
    url = f"/v1/interviewers/{priya['id']}/plan"

    response = await client.patch(
        url,
        json={"stumble": "my answer on caching was wrong", "topic": "the cache layer"},
        headers=as_("alice"),
    )
    assert response.status_code == 200, response.text
    shown = next(p for p in response.json()["interviewers"] if p["id"] == priya["id"])
    assert shown["scenario"] == "recovery" and shown["draft"]["scenario"] == "recovery"
    assert shown["draft"]["due_at"] == priya["slot_end"]
    assert shown["plan"]["topic"] == "the cache layer"

    response = await client.patch(
        url, json={"scenario_override": "stand_down"}, headers=as_("alice")
    )
    shown = next(p for p in response.json()["interviewers"] if p["id"] == priya["id"])
    assert shown["draft"]["state"] == "cancelled" and shown["plan"]["topic"] == "the cache layer"

    # PUT replaces the whole plan: back to the default, notes gone.
    response = await client.put(url, json={}, headers=as_("alice"))
    shown = next(p for p in response.json()["interviewers"] if p["id"] == priya["id"])
    assert shown["draft"]["state"] == "pending" and shown["scenario"] == "gratitude"
    assert shown["plan"]["topic"] is None and shown["plan"]["stumble"] is None

    for bad in (
        {"questions": ["a?", "b?", "c?"]},
        {"scenario_override": "ask_recruiter"},
        {"risk_areas": ["weather"]},
        {"unknown": 1},
    ):
        response = await client.patch(url, json=bad, headers=as_("alice"))
        assert response.status_code == 422, bad


async def test_debrief_time_moves_a_recovery_send_by(api) -> None:
    client, _, _ = api
    interview = await alice_view(client)
    response = await client.patch(
        f"/v1/interviews/{interview['id']}",
        json={"debrief_at": "2026-11-25T15:00:00Z"},
        headers=as_("alice"),
    )
    assert response.status_code == 200
    assert response.json()["debrief_at"].startswith("2026-11-25T15:00:00")


async def test_stand_down_and_resume(api) -> None:
    client, _, _ = api
    (opportunity,) = (await client.get("/v1/opportunities", headers=as_("alice"))).json()[
        "opportunities"
    ]
    assert opportunity["open_drafts"] == 3 and not opportunity["stood_down"]
    down = await client.post(
        f"/v1/opportunities/{opportunity['id']}/stand-down",
        json={"reason": "accepted another offer"},
        headers=as_("alice"),
    )
    assert down.status_code == 200
    assert (down.json()["stood_down"], down.json()["cancelled"], down.json()["open_drafts"]) == (
        True,
        3,
        0,
    )
    interview = await alice_view(client)
    assert {p["draft"]["state"] for p in interview["interviewers"]} == {"cancelled"}
    assert {p["scenario"] for p in interview["interviewers"]} == {"stand_down"}

    up = await client.post(f"/v1/opportunities/{opportunity['id']}/resume", headers=as_("alice"))
    assert up.status_code == 200 and up.json()["reopened"] == 3
    interview = await alice_view(client)
    assert {p["draft"]["state"] for p in interview["interviewers"]} == {"pending"}


async def test_drafts_now_then_plans_are_closed(api) -> None:
    client, database, maildir = api
    interview = await alice_view(client)
    response = await client.post(f"/v1/interviews/{interview['id']}/drafts", headers=as_("alice"))
    assert response.status_code == 200, response.text
    assert sorted(r["outcome"] for r in response.json()["results"]) == ["created"] * 3
    assert len(list((maildir / "cur").iterdir())) == 3
    again = await client.post(f"/v1/interviews/{interview['id']}/drafts", headers=as_("alice"))
    assert again.json()["results"] == []
    priya = next(p for p in interview["interviewers"] if p["name"] == "Priya Raman")
    closed = await client.patch(
        f"/v1/interviewers/{priya['id']}/plan", json={"topic": "x"}, headers=as_("alice")
    )
    assert closed.status_code == 409
    async with database.sessions() as session:
        states = {r.state for r in (await session.scalars(select(DraftRecord))).all()}
    assert states == {DraftState.DELIVERED}


async def test_another_user_gets_404_everywhere_and_changes_nothing(api) -> None:
    client, _, maildir = api
    before = await alice_view(client)
    opportunity = before["opportunity"]["id"]
    person = before["interviewers"][0]["id"]
    interview = before["id"]
    bob = as_("bob")
    attempts = [
        client.get(f"/v1/interviews/{interview}", headers=bob),
        client.patch(f"/v1/interviews/{interview}", json={"debrief_at": None}, headers=bob),
        client.post(f"/v1/interviews/{interview}/drafts", headers=bob),
        client.put(
            f"/v1/interviewers/{person}/plan", json={"scenario_override": "stand_down"}, headers=bob
        ),
        client.patch(f"/v1/interviewers/{person}/plan", json={"topic": "x"}, headers=bob),
        client.post(f"/v1/opportunities/{opportunity}/stand-down", json={}, headers=bob),
        client.post(f"/v1/opportunities/{opportunity}/resume", headers=bob),
    ]
    for call in attempts:
        response = await call
        assert response.status_code == 404, response.text
        assert response.json()["error"] == "not_found"
    # Bob's own lists are empty; Alice's rows are as they were.
    assert (await client.get("/v1/interviews", headers=bob)).json() == {"interviews": []}
    assert (await client.get("/v1/opportunities", headers=bob)).json() == {"opportunities": []}
    assert await alice_view(client) == before
    assert not (maildir / "cur").exists() or not list((maildir / "cur").iterdir())


@pytest.mark.parametrize(
    "path", ["/v1/interviews/not-a-uuid", "/v1/interviews/00000000-0000-0000-0000-000000000000"]
)
async def test_unknown_ids_are_404(api, path: str) -> None:
    client, _, _ = api
    response = await client.get(path, headers=as_("alice"))
    assert response.status_code == 404 and response.json()["error"] == "not_found"
    missing = await client.post("/v1/opportunities/nope/stand-down", headers=as_("alice"))
    assert missing.status_code == 404


async def test_a_token_is_required(api) -> None:
    client, _, _ = api
    assert (await client.get("/v1/interviews")).status_code == 401
