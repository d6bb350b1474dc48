"""Shared by the hostile-input suites: the counts they report, and the apps they attack.

Counts: each suite calls `tally(suite, name, n)`; at the end of the session,
tests/hostile/conftest.py prints them and writes `test-artifacts/hostile-counts.json` (which
SECURITY.md quotes). A count is recorded only when its test ran: a partial run reports a
partial picture.
"""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from sqlalchemy import text

from app.auth.google import build_google_certs
from app.main import create_app
from app.settings import Settings
from app.store.db import Database
from tests.fakes.google_identity import CLIENT_ID, SERVICE_ACCOUNT, FakeGoogleIdentity

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
PUBLIC_URL = "https://rightnote.example.com"

COUNTS: defaultdict[str, Counter[str]] = defaultdict(Counter)


def tally(suite: str, name: str, n: int = 1) -> None:
    COUNTS[suite][name] += n


def routes_of(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every route the app serves, HEAD left out."""
    found: list[tuple[str, str]] = []
    for route in iter_route_contexts(app.routes):
        for method in sorted(getattr(route, "methods", None) or ()):
            if method != "HEAD" and route.path is not None:
                found.append((method, route.path))
    return found


def api_paths(app: FastAPI) -> list[tuple[str, str]]:
    """Every /v1 and /addons operation the app serves."""
    return [(m, p) for m, p in routes_of(app) if p.startswith(("/v1/", "/addons/"))]


def local_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": tmp_path,
        "public_url": PUBLIC_URL,
        "google_addon_service_account": SERVICE_ACCOUNT,
        "google_oauth_client_id": CLIENT_ID,
        "local_user_name": "Casey Candidate",
        "local_user_email": "casey.candidate@gmail.com",
        **overrides,
    }
    return Settings(**values)


@dataclass
class Running:
    app: FastAPI
    client: httpx.AsyncClient
    google: FakeGoogleIdentity

    @property
    def database(self) -> Database:
        database = self.app.state.rightnote.resources.database
        assert isinstance(database, Database)
        return database

    def signed(self, path: str, event: dict[str, Any], **user: Any) -> dict[str, Any]:
        """Headers and body of a request Google would send to `path` for `user` claims."""
        return {
            "headers": {
                "authorization": "Bearer " + self.google.system_token(PUBLIC_URL + path),
                "content-type": "application/json",
            },
            "json": with_user_token(event, self.google.user_token(**user)),
        }


def with_user_token(event: dict[str, Any], token: str) -> dict[str, Any]:
    auth = dict(event.get("authorizationEventObject") or {})
    auth["userIdToken"] = token
    return {**event, "authorizationEventObject": auth}


@asynccontextmanager
async def running(settings: Settings, *, client_ip: str = "203.0.113.7") -> AsyncIterator[Running]:
    """The app with its lifespan, Google's certs served by the fake identity."""
    app = create_app(settings)
    google = FakeGoogleIdentity()
    async with app.router.lifespan_context(app):
        certs_http = httpx.AsyncClient(transport=google.transport())
        app.state.rightnote.resources.google_certs = build_google_certs(settings, certs_http)
        transport = httpx.ASGITransport(app=app, client=(client_ip, 40000))
        async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as client:
            yield Running(app, client, google)
        await certs_http.aclose()


async def empty_tables(database: Database) -> None:
    """The PostgreSQL test database lives for the session: start a test from no rows."""
    if database.dialect != "postgresql":
        return
    from app.store.models import metadata

    tables = ", ".join(table.name for table in metadata.sorted_tables)
    async with database.engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} CASCADE"))


def run(coro: Any) -> Any:
    return asyncio.run(coro)
