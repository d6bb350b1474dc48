"""The composition root (app/wiring.py): the API's lifespan and `rightnote worker` build their
resources with the one builder, get the same resources, and close them when they stop."""

from __future__ import annotations

import asyncio
import dataclasses
from contextlib import AsyncExitStack
from pathlib import Path

import httpx
import pytest
import typer
from cryptography.fernet import Fernet
from pydantic import SecretStr

import app.main
import app.wiring
from app.cli.worker import _run
from app.main import create_app
from app.settings import Settings
from app.state import Resources
from app.wiring import build_resources
from tests.support.settings import production_settings


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    """Local mode on SQLite, with Google's connect client and Microsoft configured, so the
    builder makes every optional resource (Graph, both syncs, both mailbox providers)."""
    values: dict[str, object] = {
        "data_dir": tmp_path,
        "encryption_keys": SecretStr(Fernet.generate_key().decode()),
        "google_web_client_id": "web-client.apps.googleusercontent.com",
        "google_web_client_secret": SecretStr("web-secret"),
        "microsoft_client_id": "00000000-0000-0000-0000-000000000001",
        "microsoft_client_secret": SecretStr("ms-secret"),
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


def _recording(monkeypatch: pytest.MonkeyPatch) -> list[Resources]:
    """Every `Resources` the builder returns, in order (the builder itself still runs)."""
    built: list[Resources] = []

    async def spy(settings: Settings, stack: AsyncExitStack) -> Resources:
        resources = await build_resources(settings, stack)
        built.append(resources)
        return resources

    # Both names: app.main imported the builder; the worker imports it when it runs. Patching a
    # name that is gone fails here, so neither can stop using the builder unnoticed.
    monkeypatch.setattr(app.main, "build_resources", spy)
    monkeypatch.setattr(app.wiring, "build_resources", spy)
    return built


def _shape(resources: Resources) -> dict[str, object]:
    """What each resource is, comparable across two builds."""
    shape: dict[str, object] = {
        f.name: type(getattr(resources, f.name)) for f in dataclasses.fields(resources)
    }
    shape["syncs"] = sorted(resources.syncs)
    shape["mailboxes"] = getattr(resources.mailboxes, "providers", None)
    shape["readiness_checks"] = sorted(resources.readiness_checks)
    return shape


def test_the_worker_and_the_lifespan_build_the_same_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _recording(monkeypatch)
    settings = _settings(tmp_path)
    api = create_app(settings)

    async def serve() -> None:
        async with api.router.lifespan_context(api):
            assert api.state.rightnote.resources is built[0]

    asyncio.run(serve())
    assert _run(settings, once=True, concurrency=1) == 0
    assert len(built) == 2, "the worker did not build its resources with the builder"
    lifespan, worker = built
    assert _shape(worker) == _shape(lifespan)
    # Every optional resource is there, built once and shared: the mailbox registry's Graph
    # provider and the Microsoft sync are the process's one Graph client.
    assert worker.microsoft is not None and worker.connect is not None
    assert _shape(worker)["syncs"] == ["google", "microsoft"]
    assert _shape(worker)["mailboxes"] == ("google", "local", "microsoft")
    assert worker.connect.syncs is worker.syncs
    # Both stopped, and closed what they had opened.
    assert lifespan.http.is_closed and worker.http.is_closed


def test_unusable_keys_leave_the_api_up_and_stop_the_worker(tmp_path: Path) -> None:
    # Production settings with a key that is not a Fernet key.
    settings = production_settings(tmp_path)

    async def build() -> Resources:
        async with AsyncExitStack() as stack:
            return await build_resources(settings, stack)

    resources = asyncio.run(build())
    assert resources.connect is None and resources.syncs == {}
    assert resources.keys_problem is not None and "not a valid Fernet key" in resources.keys_problem

    async def ready() -> int:
        api = create_app(settings)
        async with api.router.lifespan_context(api):
            transport = httpx.ASGITransport(app=api)
            async with httpx.AsyncClient(transport=transport, base_url=settings.public_url) as c:
                return (await c.get("/readyz")).status_code

    assert asyncio.run(ready()) == 200  # the API starts and is ready, as before
    with pytest.raises(typer.Exit) as stopped:
        _run(settings, once=True, concurrency=1)
    assert stopped.value.exit_code == 2
