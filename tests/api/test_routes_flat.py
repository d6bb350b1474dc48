"""Routes are added to the app flat (app/api/router.py), and that changes nothing but speed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import APIRouter, FastAPI

from app.api.router import ROUTERS, install_routes
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


def test_every_route_of_every_router_is_served_once(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path))
    served = [
        (getattr(r, "path", None), tuple(sorted(getattr(r, "methods", None) or ())))
        for r in app.router.routes
    ]
    wanted = [
        (r.path, tuple(sorted(getattr(r, "methods", None) or ())))  # type: ignore[attr-defined]
        for router in ROUTERS
        for r in router.routes
    ]
    assert all(route in served for route in wanted)
    assert len(set(wanted)) == len(wanted)  # no two routers claim the same method and path
    # No area router is left behind as a branch to be re-matched on every request.
    assert not any(hasattr(route, "original_router") for route in app.router.routes)


def test_a_router_that_includes_routers_is_refused() -> None:
    outer, inner = APIRouter(), APIRouter()

    @inner.get("/x")
    async def x() -> dict[str, str]:
        return {}

    outer.include_router(inner)
    with pytest.raises(TypeError, match="without included routers"):
        install_routes(FastAPI(), [outer])
