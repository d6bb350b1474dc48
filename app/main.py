"""The ASGI application: `create_app(settings)`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.api.errors import install_error_handlers
from app.api.limits import BodySizeLimit
from app.api.router import install_routes
from app.ops import install_ops
from app.settings import Settings, get_settings
from app.state import State
from app.wiring import build_resources, identity_verifiers

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
            resources = await build_resources(state.settings, stack)
            state.verifiers.extend(identity_verifiers(resources))
            state.opened = resources
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
        # The service's telemetry is its own: Prometheus at /metrics and the access log, both
        # written by app/ops. FastAPI's native OpenTelemetry would only ask, on every request,
        # whether a global OTel provider is configured (none can be: the project ships the OTel
        # API without an SDK), ~6 µs a request spent on the answer "no".
        telemetry={"tracing": False, "metrics": False, "logs": False},
        # FastAPI's documentation routes are added below, after the API's own (see there).
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        # No default_response_class: with FastAPI's own default, a route with a response_model
        # is validated once and written by pydantic straight to JSON bytes (its dump_json path);
        # any custom class here would send every answer through a Python dict first.
    )
    # The state exists before the lifespan (settings, verifiers); the lifespan opens its resources.
    app.state.rightnote = State(settings=settings)
    install_error_handlers(app)
    install_routes(app)
    # The OpenAPI schema, Swagger UI and ReDoc, as FastAPI serves them (`setup` is what its
    # constructor calls to add them), but matched after the API's routes: added first, they were
    # four patterns every API request was tried against before its own (~4 µs a request,
    # in-process). No API route matches their paths, so each is still answered by FastAPI's own.
    app.openapi_url, app.docs_url, app.redoc_url = "/openapi.json", "/docs", "/redoc"
    app.setup()
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    # Last, so outermost: request ids, access log, metrics, per-IP limit, and GET /metrics.
    install_ops(app)
    return app
