"""SessionDep and CurrentUser: one transaction per request, committed before the response."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import APIRouter
from sqlalchemy import func, select

from app.api.deps import CurrentUser, SessionDep, get_database
from app.errors import Conflict
from app.main import create_app
from app.settings import Settings
from app.store import queries as q
from app.store.db import Database
from app.store.opportunities import Opportunity
from app.store.users import User

router = APIRouter()


@router.post("/test/opportunities")
async def add_opportunity(user: CurrentUser, session: SessionDep, fail: bool = False) -> Any:
    opportunity = await q.get_or_create_opportunity(session, user.id, "Acme", "Engineer")
    if fail:
        raise Conflict("refused after writing")
    return {"user": str(user.id), "key": user.key, "opportunity": str(opportunity.id)}


@router.post("/test/duplicate-user")
async def duplicate_user(user: CurrentUser, session: SessionDep) -> Any:
    # Violates users.key only when the transaction is flushed, i.e. at commit.
    session.add(User(key=user.key, provider="local"))
    return {"ok": True}


@pytest.fixture
async def client(db: Database, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(data_dir=tmp_path, local_user_email="me@example.com"))
    app.dependency_overrides[get_database] = lambda: db  # no lifespan: the fixture's database
    app.include_router(router)
    # The catch-all 500 handler re-raises after responding; we want the response.
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c


async def count(db: Database, model: type) -> int:
    async with db.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_success_commits_and_the_user_is_reused(
    client: httpx.AsyncClient, db: Database
) -> None:
    first = await client.post("/test/opportunities")
    second = await client.post("/test/opportunities")
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    assert first.json()["key"] == "local:-:local"
    assert await count(db, User) == 1
    assert await count(db, Opportunity) == 1
    async with db.sessions() as session:
        user = await session.scalar(select(User))
        assert user is not None and user.email == "me@example.com"


async def test_an_error_rolls_everything_back(client: httpx.AsyncClient, db: Database) -> None:
    response = await client.post("/test/opportunities", params={"fail": "true"})
    assert response.status_code == 409
    assert response.json() == {"error": "conflict", "detail": "refused after writing"}
    # The user row was created in the same transaction, so it went too.
    assert await count(db, Opportunity) == 0
    assert await count(db, User) == 0


async def test_a_failed_commit_is_an_error_response_not_a_success(
    client: httpx.AsyncClient, db: Database
) -> None:
    response = await client.post("/test/duplicate-user")
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
    assert await count(db, User) == 0
