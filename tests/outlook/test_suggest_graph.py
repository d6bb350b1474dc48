"""POST /v1/suggest in production mode for Microsoft users: the pane's Entra token is verified,
traded on-behalf-of for a Graph token (real msal against the fake identity platform), and the
user's Outlook calendar read from the fake Graph."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.store.connections import Connection
from tests.fakes.microsoft_identity import (
    ALICE,
    AUTHORITY_HOST,
    MALLORY,
    FakeUser,
)
from tests.outlook.seed import PRIYA, interviews_from, northwind_onsite, seed_interviews
from tests.providers.microsoft_env import (
    MicrosoftApi,
    identity_of,
    microsoft_api,
    microsoft_settings,
)

NOW = datetime.now(UTC).replace(microsecond=0)


class Production(MicrosoftApi):
    async def suggest(self, user: FakeUser | None, **body: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.identity.access_token(user)}"} if user else {}
        return await self.client.post("/v1/suggest", json=body, headers=headers)


@pytest.fixture
async def production(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Production]:
    settings = microsoft_settings(
        tmp_path,
        auth_mode="production",
        host="0.0.0.0",  # production mode may listen off loopback
        public_url="https://rightnote.example",
        database_url=sqlite_url,
    )
    async with microsoft_api(settings, Production) as production:
        yield production


async def test_outlook_calendar_matches_through_on_behalf_of(production: Production) -> None:
    production.graph.add_event(ALICE, northwind_onsite(NOW, candidate=("Alice", ALICE.username)))

    response = await production.suggest(ALICE, recipients=[{"email": PRIYA[1], "name": PRIYA[0]}])

    assert response.status_code == 200, response.text
    result = response.json()
    assert result["calendar"]["graph"] == "ok"
    assert result["calendar"]["stored"] == 0
    [match] = result["matches"]
    assert match["interview"]["id"] == "graph:AAMkNorthwindOnsite"
    assert match["default_scenario"]["scenario"] == "follow_up"
    assert result["suggestion"]["draft"]["text"].rstrip().endswith(ALICE.name)
    # The connection for offline use exists, its cache encrypted.
    async with production.database.sessions() as session:
        [connection] = (await session.scalars(select(Connection))).all()
    assert connection.provider == "microsoft" and connection.account_subject == ALICE.oid
    assert connection.token_ciphertext and connection.token_version == 1

    # The pane asks again on every edit: the calendar read is reused for a while.
    again = await production.suggest(ALICE, recipients=[{"email": PRIYA[1]}])
    assert again.json()["matches"][0]["interview"]["id"] == "graph:AAMkNorthwindOnsite"
    assert len(production.graph.requests_to("GET", "/me/calendarView")) == 1


async def test_another_users_interviews_never_match(production: Production) -> None:
    production.graph.add_event(ALICE, northwind_onsite(NOW, candidate=("Alice", ALICE.username)))
    stored = interviews_from(
        northwind_onsite(NOW, candidate=("Alice", ALICE.username)), ALICE.username
    )
    await seed_interviews(production.database, identity_of(ALICE), stored, now=NOW)

    response = await production.suggest(MALLORY, recipients=[{"email": PRIYA[1]}])

    assert response.status_code == 200, response.text
    result = response.json()
    assert result["matches"] == []
    assert result["calendar"] == {"stored": 0, "graph": "ok", "timezone": "UTC"}
    alice = (await production.suggest(ALICE, recipients=[{"email": PRIYA[1]}])).json()
    assert alice["calendar"]["stored"] == 1 and len(alice["matches"]) == 1


async def test_graph_trouble_still_answers_from_the_store(production: Production) -> None:
    stored = interviews_from(
        northwind_onsite(NOW, candidate=("Alice", ALICE.username)), ALICE.username
    )
    await seed_interviews(production.database, identity_of(ALICE), stored, now=NOW)
    production.graph.fail_next(429, retry_after="60", path="/me/calendarView")

    response = await production.suggest(ALICE, recipients=[{"email": PRIYA[1]}])

    assert response.status_code == 200
    result = response.json()
    assert result["calendar"]["graph"] == "throttled"
    assert result["matches"][0]["interviewer"]["name"] == "Priya Raman"


async def test_missing_consent_is_reported(production: Production) -> None:
    production.identity.fail_next_token_request(
        "invalid_grant",
        code=65001,
        suberror="consent_required",
        description="The user or administrator has not consented to use the application.",
    )

    response = await production.suggest(ALICE, recipients=[{"email": PRIYA[1]}])

    assert response.status_code == 200
    # Not "sign in again" (the same scope again cannot help): consent is what is missing.
    assert response.json()["calendar"]["graph"] == "consent_required"


async def test_a_revoked_grant_is_still_reauth(production: Production) -> None:
    production.identity.fail_next_token_request(
        "invalid_grant", code=50173, description="The provided grant has expired."
    )

    response = await production.suggest(ALICE, recipients=[{"email": PRIYA[1]}])

    assert response.json()["calendar"]["graph"] == "reauth_required"


async def test_no_token_no_suggestion(production: Production) -> None:
    response = await production.suggest(None, recipients=[{"email": PRIYA[1]}])
    assert response.status_code == 401

    forged = production.identity.access_token(
        ALICE, key=production.identity.forged_key("fake-key-0")
    )
    response = await production.client.post(
        "/v1/suggest", json={"recipients": []}, headers={"Authorization": f"Bearer {forged}"}
    )
    assert response.status_code == 401


async def test_pane_config_names_the_api_scope(production: Production) -> None:
    config = (await production.client.get("/outlook/config.json")).json()

    assert config["auth"] == "microsoft"
    assert config["msal"]["client_id"] == "6e0a5c2b-3f41-4d8e-9b7a-2c5d8e1f0a93"
    assert config["msal"]["authority"] == f"{AUTHORITY_HOST}/organizations"
    assert config["msal"]["scopes"] == [
        "api://rightnote.example/6e0a5c2b-3f41-4d8e-9b7a-2c5d8e1f0a93/access_as_user"
    ]


async def test_standing_down_from_an_interview_only_outlook_knows(
    production: Production,
) -> None:
    production.graph.add_event(ALICE, northwind_onsite(NOW, candidate=("Alice", ALICE.username)))
    first = (await production.suggest(ALICE, recipients=[{"email": PRIYA[1]}])).json()
    interview = first["matches"][0]["interview"]

    response = await production.client.post(
        "/v1/stand-down",
        json={
            "interview_id": interview["id"],
            "company": interview["company"],
            "position": interview["position"],
        },
        headers={"Authorization": f"Bearer {production.identity.access_token(ALICE)}"},
    )

    assert response.status_code == 200, response.text
    after = (await production.suggest(ALICE, recipients=[{"email": PRIYA[1]}])).json()
    assert after["matches"][0]["stood_down"] is True
    assert after["suggestion"]["scenario"] == "stand_down"
