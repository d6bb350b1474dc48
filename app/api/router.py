"""All routers in one place; each area keeps its own routes module."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute

from app.addons import outlook_routes
from app.addons.gmail import account as gmail_account
from app.addons.gmail import routes as gmail_addon
from app.api import (
    autodraft_routes,
    connect_routes,
    health,
    interviews,
    playbook_routes,
    suggest,
    webhook_routes,
)
from app.api.lean import LeanOperation, LeanRoutes
from app.ops import routes as ops_routes

# In the order their routes are matched.
ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    playbook_routes.router,
    interviews.router,
    autodraft_routes.router,
    gmail_addon.router,
    suggest.router,
    outlook_routes.router,
    connect_routes.browser,
    connect_routes.api,
    webhook_routes.router,
    gmail_account.router,
    ops_routes.router,
)

# Served by `LeanRoutes` (app/api/lean.py): the busiest routes, called as the user types.
LEAN_ROUTES: tuple[tuple[str, str], ...] = (("POST", "/v1/drafts"), ("POST", "/v1/voice/check"))


def install_routes(app: FastAPI, routers: Iterable[APIRouter] = ROUTERS) -> None:
    """Include every route of `routers` in the app as one router.

    `include_router` keeps each included router as a branch that is matched (and re-versioned,
    walking the tree) on every request; with a dozen branches that was about a tenth of the time
    of a `/v1/drafts` request. Our routers carry their prefix, tags and responses themselves and
    are included without options, so gathering their routes into one router and including that
    changes nothing else: the OpenAPI document is identical (tests/api/test_routes_flat.py).
    Including (rather than appending routes to the app) keeps `app.dependency_overrides`
    working: FastAPI hands the app to included routes only.
    """
    combined = APIRouter()
    for router in routers:
        if any(hasattr(route, "original_router") for route in router.routes):
            raise TypeError("install_routes takes routers without included routers")
        combined.routes.extend(router.routes)
    app.include_router(combined)


def install_lean_routes(
    app: FastAPI,
    routers: Iterable[APIRouter] = ROUTERS,
    lean: Iterable[tuple[str, str]] = LEAN_ROUTES,
) -> None:
    """Add the `LeanRoutes` middleware for `lean`; call before any other middleware is added."""
    wanted = set(lean)
    operations = [
        LeanOperation.of(route)
        for router in routers
        for route in router.routes
        if isinstance(route, APIRoute)
        and any((m, route.path) in wanted for m in route.methods or ())
    ]
    found = {(m, op.route.path) for op in operations for m in op.route.methods or ()}
    if missing := wanted - found:
        raise LookupError(f"no such routes to serve lean: {sorted(missing)}")
    app.add_middleware(LeanRoutes, fastapi=app, operations=operations)
