"""The app in local mode, as `rightnote serve` runs it, without a socket: empty, or with the
local user's store seeded first."""

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from app.main import create_app
from app.settings import Settings
from app.store.db import Database
from app.store.migrations import run_migrations
from tests.outlook.seed import CANDIDATE


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The app in local mode, as `rightnote serve` runs it, without a socket."""
    settings = Settings(
        data_dir=tmp_path, rate_limit_per_ip_per_minute=0, rate_limit_per_user_per_minute=0
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            yield c


@asynccontextmanager
async def seeded_client(
    tmp_path: Path, seed: Callable[[Database], Awaitable[None]]
) -> AsyncIterator[httpx.AsyncClient]:
    """The app in local mode for the seed's candidate (tests.outlook.seed.CANDIDATE), its store
    migrated and filled by `seed` before the app starts, without rate limits."""
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
        await seed(database)
    finally:
        await database.dispose()
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            yield c
