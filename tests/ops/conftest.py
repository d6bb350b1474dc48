"""Helpers for the ops tests: an app with its lifespan running, and captured log output."""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from fastapi import APIRouter, FastAPI

from app.auth.identity import Identity
from app.main import create_app
from app.ops.logging import setup_logging
from app.settings import Settings

PUBLIC = "https://rightnote.example"


def local_settings(tmp_path: Path, **overrides: object) -> Settings:
    # The clients below address the app as PUBLIC; local mode answers only that and loopback.
    values: dict[str, object] = {"data_dir": tmp_path, "public_url": PUBLIC, **overrides}
    return Settings(**values)  # type: ignore[arg-type]


def production_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "auth_mode": "production",
        "host": "0.0.0.0",
        "encryption_keys": "unused-here",
        "database_url": f"sqlite+aiosqlite:///{tmp_path}/prod.db",
        "public_url": PUBLIC,
        "data_dir": tmp_path,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


class TokenVerifier:
    """Accepts `user-<name>` tokens as that user; stands in for Google/Microsoft here."""

    async def verify(self, token: str) -> Identity | None:
        if token.startswith("user-"):
            return Identity("microsoft", token.removeprefix("user-"), "tid-1")
        return None


@asynccontextmanager
async def running(
    settings: Settings,
    *,
    router: APIRouter | None = None,
    client_ip: str = "203.0.113.10",
    raise_app_exceptions: bool = True,
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    app = create_app(settings)
    if router is not None:
        app.include_router(router)
    app.state.rightnote.verifiers.append(TokenVerifier())
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(
            app=app, client=(client_ip, 40000), raise_app_exceptions=raise_app_exceptions
        )
        async with httpx.AsyncClient(transport=transport, base_url=PUBLIC) as client:
            yield app, client


def client_for(app: FastAPI, ip: str) -> httpx.AsyncClient:
    """Another client of the same running app, from another address."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(ip, 40001)), base_url=PUBLIC
    )


@pytest.fixture
def json_logs(tmp_path: Path) -> Iterator[io.StringIO]:
    """Everything logged during the test, as JSON lines (the production format)."""
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = setup_logging(Settings(data_dir=tmp_path, log_json=True, log_level="DEBUG"), stream)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        logging.getLogger("uvicorn.access").disabled = False
