"""Cross-user access: another verified user never reads, changes or learns of your rows.

/v1 in production mode with real Entra tokens (the fake identity platform): Alice owns
interviews, interviewers, a plan with a private note, an opportunity, draft records and a
connection. Bob (same tenant) and Carol (another tenant, same email address as Alice) then try every
user-scoped route with each of Alice's ids. The routes are derived from the app (every /v1 route
that depends on the caller's user row) and checked against an explicit list, so a new route
cannot be left out silently. Every attempt on an id answers 404 exactly as an unknown id does
(never 403: nothing tells "not yours" from "does not exist"); lists come back empty; /v1/suggest
never matches Alice's interviewers; and Alice's rows, in every table, are byte for byte what they
were. It runs on SQLite and on PostgreSQL.

The Gmail add-on: Bob's verified requests to every /addons endpoint carry Alice's interview and
interviewer (in the card parameters a button would send back) and her event id: nothing of
Alice's is shown (her private note never appears) and nothing of hers changes.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from sqlalchemy import select

from app.addons.gmail.event_open import CALENDAR_PARAM, EVENT_PARAM
from app.addons.gmail.state import TARGET_PARAM, NoteTarget
from app.api.deps import current_user
from app.autodraft import user_plans
from app.calendar.interviews import extract_interviews
from app.main import create_app
from app.settings import Settings
from app.store.connections import Connection
from app.store.db import Database
from app.store.interviews import InterviewerRecord
from app.store.migrations import run_migrations
from app.store.models import metadata
from app.store.queries import get_or_create_user
from app.store.users import User
from tests.addons.gmail_harness import IDENTITY, Harness, harness, interview_event, walk
from tests.fakes.google_api import FakeGoogleApis
from tests.fakes.google_identity import USER_EMAIL
from tests.fakes.microsoft_identity import (
    ALICE,
    OTHER_TENANT_ID,
    TENANT_ID,
    FakeUser,
)
from tests.hostile.support import empty_tables, tally
from tests.outlook.seed import PRIYA, interviews_from, northwind_onsite, seed_interviews
from tests.providers.microsoft_env import (
    MicrosoftApi,
    identity_of,
    microsoft_api,
    microsoft_settings,
)
from tests.store.conftest import database_url  # noqa: F401  (fixture: SQLite and PostgreSQL)

SUITE = "cross_user"
SECRET = "Alice's private note about the billing migration"
BOB = FakeUser(
    oid="33333333-aaaa-4bbb-8ccc-000000000003",
    tid=TENANT_ID,
    username="bob@contoso.example",
    name="Bob Colleague",
)
CAROL = FakeUser(  # another tenant, and Alice's email address
    oid="44444444-aaaa-4bbb-8ccc-000000000004",
    tid=OTHER_TENANT_ID,
    username=ALICE.username,
    name="Carol Lookalike",
)

# Every /v1 route that works on the caller's own rows. A new one must be added here, and below.
USER_SCOPED = {
    ("GET", "/v1/interviews"),
    ("GET", "/v1/interviews/{interview_id}"),
    ("PATCH", "/v1/interviews/{interview_id}"),
    ("POST", "/v1/interviews/{interview_id}/drafts"),
    ("PUT", "/v1/interviewers/{interviewer_id}/plan"),
    ("PATCH", "/v1/interviewers/{interviewer_id}/plan"),
    ("GET", "/v1/opportunities"),
    ("POST", "/v1/opportunities/{opportunity_id}/stand-down"),
    ("POST", "/v1/opportunities/{opportunity_id}/resume"),
    ("POST", "/v1/suggest"),
    ("POST", "/v1/stand-down"),
    ("POST", "/v1/connect/{provider}"),
    ("GET", "/v1/connections"),
    ("DELETE", "/v1/connections/{connection_id}"),
    ("DELETE", "/v1/me"),
}
# The bodies each id route is called with (valid ones: a 404 must not be a 422 in disguise).
ID_ROUTES: dict[tuple[str, str], dict[str, Any] | None] = {
    ("GET", "/v1/interviews/{interview_id}"): None,
    ("PATCH", "/v1/interviews/{interview_id}"): {"debrief_at": "2030-01-01T09:00:00Z"},
    ("POST", "/v1/interviews/{interview_id}/drafts"): None,
    ("PUT", "/v1/interviewers/{interviewer_id}/plan"): {"topic": "hijacked", "stumble": "x"},
    ("PATCH", "/v1/interviewers/{interviewer_id}/plan"): {"scenario_override": "stand_down"},
    ("POST", "/v1/opportunities/{opportunity_id}/stand-down"): {"reason": "hijacked"},
    ("POST", "/v1/opportunities/{opportunity_id}/resume"): None,
    ("DELETE", "/v1/connections/{connection_id}"): None,
}


def user_scoped_routes(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path) of every /v1 route whose dependencies include the caller's user row."""
    found: set[tuple[str, str]] = set()
    for context in iter_route_contexts(app.routes):
        route, path = context.original_route, context.path or ""
        if not isinstance(route, APIRoute) or not path.startswith("/v1/"):
            continue
        stack, calls = [route.dependant], set()
        while stack:
            dependant = stack.pop()
            calls.add(dependant.call)
            stack.extend(dependant.dependencies)
        if current_user in calls:
            found.update((method, path) for method in context.methods or ())
    return found


def test_the_user_scoped_routes_are_all_known() -> None:
    app = create_app(Settings(data_dir=Path("/nonexistent")))
    assert user_scoped_routes(app) == USER_SCOPED
    id_routes = {(m, p) for m, p in USER_SCOPED if "{" in p and "{provider}" not in p}
    assert id_routes == set(ID_ROUTES)
    tally(SUITE, "user_scoped_routes", len(USER_SCOPED))


async def rows_of(database: Database, user_id: uuid.UUID) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of `user_id` in every table (and its users row), sorted: a snapshot."""
    snapshot: dict[str, list[tuple[Any, ...]]] = {}
    async with database.sessions() as session:
        for table in metadata.sorted_tables:
            if table.name == "users":
                query = select(table).where(table.c.id == user_id)
            elif "user_id" in table.c:
                query = select(table).where(table.c.user_id == user_id)
            else:
                continue
            rows = (await session.execute(query)).all()
            snapshot[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return snapshot


# --- /v1 in production mode ------------------------------------------------------------------


class Api(MicrosoftApi):
    async def call(
        self, user: FakeUser, method: str, path: str, body: Any = None
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.identity.access_token(user)}"}
        return await self.client.request(method, path, json=body, headers=headers)


@asynccontextmanager
async def production_app(url: str, tmp_path: Path) -> AsyncIterator[Api]:
    await run_migrations(url)
    settings = microsoft_settings(
        tmp_path,
        auth_mode="production",
        host="0.0.0.0",  # production mode may listen off loopback
        public_url="https://rightnote.example",
        database_url=url,
        rate_limit_per_user_per_minute=0,
        rate_limit_per_ip_per_minute=0,
    )
    async with microsoft_api(settings, Api) as api:
        await empty_tables(api.database)
        yield api


async def alices_data(api: Api) -> tuple[User, dict[str, list[str]]]:
    """Alice's rows, made the way the product makes them; her ids by path parameter."""
    now = datetime.now(UTC).replace(microsecond=0)
    me = identity_of(ALICE)
    await seed_interviews(
        api.database, me, interviews_from(northwind_onsite(now), ALICE.username), now=now
    )
    async with api.database.sessions() as session:
        alice = await get_or_create_user(session, me)
        session.add(
            Connection(
                user_id=alice.id,
                provider="microsoft",
                account_subject=ALICE.oid,
                account_email=ALICE.username,
                scopes=["Mail.ReadWrite"],
                status="active",
            )
        )
        await session.commit()
        interviewers = (
            await session.scalars(
                select(InterviewerRecord).where(InterviewerRecord.user_id == alice.id)
            )
        ).all()
    # Alice's own private note, through the API.
    response = await api.call(
        ALICE, "PUT", f"/v1/interviewers/{interviewers[0].id}/plan", {"topic": SECRET}
    )
    assert response.status_code == 200, response.text
    listed = (await api.call(ALICE, "GET", "/v1/interviews")).json()["interviews"]
    opportunities = (await api.call(ALICE, "GET", "/v1/opportunities")).json()["opportunities"]
    connections = (await api.call(ALICE, "GET", "/v1/connections")).json()["connections"]
    ids = {
        "interview_id": [i["id"] for i in listed],
        "interviewer_id": [str(p.id) for p in interviewers],
        "opportunity_id": [o["id"] for o in opportunities],
        "connection_id": [c["id"] for c in connections],
    }
    assert all(ids.values()), ids
    return alice, ids


async def test_another_user_reaches_nothing_of_alices(database_url: str, tmp_path: Path) -> None:  # noqa: F811
    async with production_app(database_url, tmp_path) as api:
        alice, ids = await alices_data(api)
        before = await rows_of(api.database, alice.id)
        assert before["plans"] and before["draft_records"] and before["connections"]
        attempts = 0
        for attacker in (BOB, CAROL):
            for (method, path), body in ID_ROUTES.items():
                name = path.split("{")[1].split("}")[0]
                unknown = await api.call(
                    attacker, method, path.replace("{" + name + "}", str(uuid.uuid4())), body
                )
                assert unknown.status_code == 404, unknown.text
                for value in ids[name]:
                    response = await api.call(
                        attacker, method, path.replace("{" + name + "}", value), body
                    )
                    # Exactly what an unknown id gets: 404, same body, never 403.
                    assert response.status_code == 404, (attacker.name, method, path, response.text)
                    assert response.json() == unknown.json()
                    attempts += 1
            # Lists: none of Alice's ids, nothing of her note.
            for path, key in (
                ("/v1/interviews", "interviews"),
                ("/v1/opportunities", "opportunities"),
                ("/v1/connections", "connections"),
            ):
                response = await api.call(attacker, "GET", path)
                assert response.status_code == 200 and response.json()[key] == [], response.text
                attempts += 1
            # Suggest: Alice's interviewers are not the attacker's.
            recipients = [{"email": PRIYA[1], "name": PRIYA[0]}, {"email": ALICE.username}]
            response = await api.call(attacker, "POST", "/v1/suggest", {"recipients": recipients})
            assert response.status_code == 200, response.text
            assert response.json()["matches"] == [] and SECRET not in response.text
            attempts += 1
            # Stand down "her" interview by its external id: only ever the attacker's own rows.
            stand_down = {"interview_id": "graph:AAMkNorthwindOnsite", "company": "Northwind"}
            response = await api.call(attacker, "POST", "/v1/stand-down", stand_down)
            assert response.status_code in (200, 400), response.text
            assert SECRET not in response.text
            response = await api.call(attacker, "POST", "/v1/connect/microsoft")
            assert response.status_code < 500 and SECRET not in response.text
            response = await api.call(attacker, "DELETE", "/v1/me")
            assert response.status_code == 200, response.text
            attempts += 3
        assert await rows_of(api.database, alice.id) == before
        # And Alice still has all of it.
        listed = (await api.call(ALICE, "GET", "/v1/interviews")).json()["interviews"]
        assert [i["id"] for i in listed] == ids["interview_id"]
        assert SECRET in (await api.call(ALICE, "GET", "/v1/interviews")).text
        tally(SUITE, f"v1_attempts_{api.database.dialect}", attempts)


# --- the Gmail add-on ------------------------------------------------------------------------

BOB_SUB = "117000000000000000042"
BOB_EMAIL = "bob.colleague@gmail.com"


@pytest.fixture
def apis() -> FakeGoogleApis:
    fake = FakeGoogleApis()
    fake.add_event(interview_event("loop1", datetime.now(UTC) - timedelta(hours=3)))
    return fake


@pytest.fixture
async def h(tmp_path: Path, apis: FakeGoogleApis) -> AsyncIterator[Harness]:
    async with harness(tmp_path, apis) as ready:
        yield ready


def addon_routes(app: FastAPI) -> list[str]:
    return sorted(
        context.path
        for context in iter_route_contexts(app.routes)
        if context.path is not None
        and context.path.startswith("/addons/")
        and "POST" in (getattr(context, "methods", ()) or ())
    )


async def test_bob_in_the_addon_sees_and_changes_nothing_of_alices(
    h: Harness, apis: FakeGoogleApis
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    [event] = apis.calendars[USER_EMAIL]
    [interview] = extract_interviews([event], format="google", me=[USER_EMAIL], timezone="UTC")
    # Alice's rows: the interview, her plan for Dana with a private note.
    await seed_interviews(h.database, IDENTITY, [interview], now=now)
    async with h.database.sessions() as session:
        alice = await get_or_create_user(session, IDENTITY)
        dana = (
            await session.scalars(
                select(InterviewerRecord).where(
                    InterviewerRecord.user_id == alice.id,
                    InterviewerRecord.email == "dana.lee@litware.example",
                )
            )
        ).one()
        changes = user_plans.PlanChanges({"topic": SECRET})
        await user_plans.update_plan(session, alice, dana.id, changes, now=now, timezone="UTC")
        await session.commit()
    before = await rows_of(h.database, alice.id)
    person = next(p for p in interview.interviewers if p.email == "dana.lee@litware.example")
    target = NoteTarget.of(interview, person).to_param()

    routes = addon_routes(h.app)
    assert len(routes) >= 15
    for path in routes:
        event_object = h.event(
            "CALENDAR" if "calendar" in path else "GMAIL",
            to=["dana.lee@litware.example"],
            calendar={"id": event["id"], "calendarId": "primary", "attendees": event["attendees"]},
            parameters={TARGET_PARAM: target, EVENT_PARAM: event["id"], CALENDAR_PARAM: "primary"},
            inputs={
                "scenario": {"stringInputs": {"value": ["stand_down"]}},
                "topic": {"stringInputs": {"value": ["hijacked"]}},
            },
            oauth_token=None,  # Bob's own Google token would show Bob's calendar, not Alice's
        )
        event_object["authorizationEventObject"]["userIdToken"] = h.identity.user_token(
            sub=BOB_SUB, email=BOB_EMAIL, name="Bob Colleague"
        )
        response = await h.post(path, event_object)
        assert response.status_code < 500, (path, response.text)
        assert SECRET not in response.text, path
        assert not any(
            isinstance(value, str) and SECRET in value for value in walk(response.json())
        )
        tally(SUITE, "addon_attempts")
    assert await rows_of(h.database, alice.id) == before
    async with h.database.sessions() as session:
        users = (await session.scalars(select(User))).all()
    assert {u.key for u in users} >= {IDENTITY.key}
