"""The ASGI application: `create_app(settings)`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

import httpx
from fastapi import FastAPI

from app import __version__
from app.api.deps import DATABASE
from app.api.errors import install_error_handlers
from app.api.limits import BodySizeLimit
from app.api.responses import FastJSONResponse
from app.api.router import install_lean_routes, install_routes
from app.auth.google import GoogleIdTokenVerifier, build_google_certs
from app.auth.microsoft import build_entra_verifier
from app.ops import build_ops, install_ops
from app.providers.microsoft import MICROSOFT, build_microsoft
from app.settings import Settings, get_settings
from app.state import State
from app.store.db import open_database

DESCRIPTION = """
RightNote helps a candidate send the right note, to the right person, at the right time — or none
at all — after a job interview. A note tips a close decision; it cannot rescue a candidacy that is
off the mark, and RightNote never promises an outcome.

Every error is `{"error": code, "detail": ...}`; validation errors list each bad field's path.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state: State = app.state.rightnote
        async with AsyncExitStack() as stack:
            await build_resources(state, stack)
            state.ready = True
            try:
                yield
            finally:
                state.ready = False

    app = FastAPI(
        title="RightNote",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        default_response_class=FastJSONResponse,
    )
    # The state object exists before the lifespan so tests can inspect it; the lifespan fills it.
    app.state.rightnote = State(settings=settings)
    install_error_handlers(app)
    install_routes(app)
    install_lean_routes(app)  # innermost middleware: inside the body-size limit and the ops
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    # Last, so outermost: request ids, access log, metrics, per-IP limit, and GET /metrics.
    install_ops(app)
    return app


async def build_resources(state: State, stack: AsyncExitStack) -> None:
    """Open what requests share; `stack` closes it all, in reverse order, on shutdown."""
    settings = state.settings
    build_ops(state, stack)  # metrics and rate limiters, first so every later step can use them
    http = await stack.enter_async_context(
        httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=5.0), follow_redirects=False)
    )
    state.extras["http"] = http

    database = await open_database(settings)
    stack.push_async_callback(database.dispose)
    state.extras[DATABASE] = database
    state.extras.setdefault("readiness_checks", {})["database"] = database.ping

    certs = build_google_certs(settings, http)
    state.extras["google_certs"] = certs
    state.verifiers.append(GoogleIdTokenVerifier(settings, certs))
    entra = build_entra_verifier(settings, http)
    if entra is not None:
        state.verifiers.append(entra)
    microsoft = build_microsoft(settings, http)  # Graph on the user's behalf (needs the secret)
    if microsoft is not None:
        stack.callback(microsoft.auth.close)
        state.extras[MICROSOFT] = microsoft
