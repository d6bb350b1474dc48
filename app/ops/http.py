"""The outermost middleware: request id, client address, access log line, request metrics.

- The request id is the caller's `X-Request-ID` when it is a short token of safe characters
  (a load balancer's or the task pane's), else a fresh one. It is echoed in the response
  header and stamped on every log record made while the request runs.
- One access line per request: method, route template, status, duration, request id. Never the
  raw path's query string, never a header, never a body. The probes log at DEBUG.
- Metrics are labelled with the route template (`/v1/drafts/{id}`), so cardinality stays fixed
  whatever paths clients make up; anything unrouted is `unmatched`.
"""

from __future__ import annotations

import logging
import os
import re
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import INTERNAL_ERROR_DETAIL, error_body
from app.api.responses import dumps
from app.ops.logging import request_id_var
from app.ops.ratelimit import client_address
from app.state import Resources, resources_of

log = logging.getLogger("rightnote.http")

REQUEST_ID_HEADER = b"x-request-id"
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_QUIET_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


def incoming_request_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == REQUEST_ID_HEADER:
            text = value.decode("latin-1")
            return text if _SAFE_REQUEST_ID.fullmatch(text) else None
    return None


def route_template(scope: Scope, root_path: str) -> str:
    """The template of the route that handled the request (`/v1/things/{id}`), mounts included."""
    # Mounts (static files, sub-apps) add their prefix to root_path.
    prefix = str(scope.get("root_path", ""))[len(root_path) :]
    # FastAPI versions that keep included routers nested record the full template of the
    # selected route here; the route object itself only knows its path inside its router.
    context = scope.get("fastapi", {}).get("effective_route_context")
    path = getattr(context, "path_format", None)
    if not isinstance(path, str) or not path:
        path = getattr(scope.get("route"), "path", None)
    if isinstance(path, str) and path:
        return prefix + path
    if prefix:  # a mounted app without routes of its own (StaticFiles)
        return prefix + "/{path}"
    return "unmatched"


class RequestContext:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = incoming_request_id(scope) or os.urandom(16).hex()
        resources = resources_of(scope.get("app"))
        trusted = resources.rate_limits.trusted_proxies if resources is not None else ()
        # Resolved once here; the IP limiter and any route read it from the request state.
        scope.setdefault("state", {})["client_ip"] = client_address(scope, trusted)
        root_path = str(scope.get("root_path", ""))
        status, responded = 500, False
        token = request_id_var.set(request_id)

        async def send_with_id(message: Message) -> None:
            nonlocal status, responded
            if message["type"] == "http.response.start":
                status, responded = int(message["status"]), True
                headers = [
                    (k, v) for k, v in message.get("headers", ()) if k.lower() != REQUEST_ID_HEADER
                ]
                headers.append((REQUEST_ID_HEADER, request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            if not responded:
                # Answer here so the 500 carries the request id too; the app's 500 handler
                # (outside this middleware) still logs the error, and sees the id in context.
                body = dumps(error_body("internal_error", INTERNAL_ERROR_DETAIL))
                await send_with_id(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send_with_id({"type": "http.response.body", "body": body})
            self._finish(scope, root_path, status, started, resources)
            # The request id stays set: the error handler logs after this frame has exited.
            raise
        self._finish(scope, root_path, status, started, resources)
        request_id_var.reset(token)

    @staticmethod
    def _finish(
        scope: Scope, root_path: str, status: int, started: float, resources: Resources | None
    ) -> None:
        seconds = time.perf_counter() - started
        route = route_template(scope, root_path)
        if resources is not None:
            resources.metrics.observe_request(scope["method"], route, status, seconds)
        level = logging.DEBUG if scope["path"] in _QUIET_PATHS else logging.INFO
        if not log.isEnabledFor(level):
            return
        log.log(
            level,
            "http.request",
            extra={
                "method": scope["method"],
                "route": route,
                "status": status,
                "duration_ms": round(seconds * 1000, 1),
            },
        )
