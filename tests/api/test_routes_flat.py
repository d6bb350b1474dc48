"""All routes are included as one router (app/api/router.py): that changes nothing but speed."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi import APIRouter, FastAPI

from app.api.router import ROUTERS, install_routes
from app.auth.identity import Identity, current_identity
from app.errors import Unauthorized
from app.main import create_app
from app.settings import Settings


def _nested_app() -> FastAPI:
    """The app as `include_router` would build it: one branch per area."""
    app = FastAPI(title="nested")
    for router in ROUTERS:
        app.include_router(router)
    return app


def _flat_app() -> FastAPI:
    app = FastAPI(title="nested")
    install_routes(app)
    return app


def test_the_openapi_document_is_the_same_as_with_include_router() -> None:
    assert _flat_app().openapi() == _nested_app().openapi()


async def test_one_branch_holds_every_route_and_overrides_still_apply(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path))
    branches = [r for r in app.router.routes if hasattr(r, "original_router")]
    assert len(branches) == 1  # matched once per request, not once per area
    held = branches[0].original_router.routes
    wanted = [route for router in ROUTERS for route in router.routes]
    assert held == wanted
    keys = [(r.path, tuple(sorted(r.methods or ()))) for r in wanted]  # type: ignore[attr-defined]
    assert len(set(keys)) == len(keys)  # no two routers claim the same method and path

    def nobody() -> Identity:
        raise Unauthorized("overridden")

    note = {"text": "Thank you for the time today.", "scenario": "gratitude"}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            assert (await client.post("/v1/voice/check", json=note)).status_code == 200
            app.dependency_overrides[current_identity] = nobody
            assert (await client.post("/v1/voice/check", json=note)).status_code == 401


def test_a_router_that_includes_routers_is_refused() -> None:
    outer, inner = APIRouter(), APIRouter()

    @inner.get("/x")
    async def x() -> dict[str, str]:
        return {}

    outer.include_router(inner)
    with pytest.raises(TypeError, match="without included routers"):
        install_routes(FastAPI(), [outer])
