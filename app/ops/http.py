"""The outermost middleware: request id, client address, the local-mode guard, the per-IP
limit, access log line, request metrics. One pure ASGI middleware does all of it, so a request
pays for one layer and one pass over its headers, not one of each per concern.

- The request id is the caller's `X-Request-ID` when it is a short token of safe characters
  (a load balancer's or the task pane's), else a fresh one. It is echoed in the response
  header and stamped on every log record made while the request runs.
- Local mode only: a foreign `Host` gets 421 and a foreign `Origin` 403 (app/ops/local_guard.py),
  before anything else runs.
- The per-IP limit (app/ops/ratelimit.py, `ip_limit`) answers 429 before the body is read.
- One access line per request: method, route template, status, duration, request id. Never the
  raw path's query string, never a header, never a body. The probes log at DEBUG.
- Metrics are labelled with the route template (`/v1/drafts/{id}`), so cardinality stays fixed
  whatever paths clients make up; anything unrouted is `unmatched`. Refusals (421, 403, 429)
  are logged and counted like any other answer.
"""

from __future__ import annotations

import logging
import os
import re
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import INTERNAL_ERROR_DETAIL, error_body
from app.api.responses import dumps
from app.ops.local_guard import LocalGuard
from app.ops.logging import request_id_var
from app.ops.ratelimit import client_address, ip_limit
from app.state import Resources, State, resources_of

log = logging.getLogger("rightnote.http")

REQUEST_ID_HEADER = b"x-request-id"
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_QUIET_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


def _safe_request_id(value: bytes) -> str | None:
    text = value.decode("latin-1")
    return text if _SAFE_REQUEST_ID.fullmatch(text) else None


# Fresh request ids are 16 random bytes in hex, as os.urandom(16).hex() wrote them, cut from a
# pool read 256 ids at a time: one getrandom call per request was ~1 µs of the middleware.
_ID_BYTES = 16
_POOL_IDS = 256
# Bumped in a forked child, so a child never hands out ids its parent's pool already gave.
_forks = 0


def _forked() -> None:
    global _forks
    _forks += 1


os.register_at_fork(after_in_child=_forked)


class _RequestIds:
    """Fresh ids for one middleware (one event loop, so no two calls interleave)."""

    __slots__ = ("_at", "_forks", "_pool")

    def __init__(self) -> None:
        self._pool = b""
        self._at = 0
        self._forks = _forks

    def __call__(self) -> str:
        at = self._at
        if at >= len(self._pool) or self._forks != _forks:
            self._pool, at, self._forks = os.urandom(_ID_BYTES * _POOL_IDS), 0, _forks
        self._at = at + _ID_BYTES
        return self._pool[at : at + _ID_BYTES].hex()


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
    def __init__(
        self, app: ASGIApp, local_guard: LocalGuard | None = None, state: State | None = None
    ) -> None:
        self.app = app
        self.local_guard = local_guard  # local mode only (app/ops/__init__.py)
        # The app's state, known when the middleware is added (app/ops/__init__.py): its
        # resources are then one attribute away, not a lookup through the app on every request.
        self.state = state
        self.fresh_id = _RequestIds()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        # One pass over the headers for all this middleware reads: the first X-Request-ID, the
        # last Host and Origin (as the separate checks read them before).
        incoming = host = origin = None
        for name, value in scope.get("headers", ()):
            if name == b"host":
                host = value
            elif name == b"origin":
                origin = value
            elif name == REQUEST_ID_HEADER and incoming is None:
                incoming = value
        request_id = (incoming is not None and _safe_request_id(incoming)) or self.fresh_id()
        resources = self.state.opened if self.state is not None else resources_of(scope.get("app"))
        trusted = resources.rate_limits.trusted_proxies if resources is not None else ()
        # Resolved once here; the IP limit and any route read it from the request state.
        client_ip = client_address(scope, trusted)
        scope.setdefault("state", {})["client_ip"] = client_ip
        root_path = str(scope.get("root_path", ""))
        status, responded = 500, False
        token = request_id_var.set(request_id)
        id_header = (REQUEST_ID_HEADER, request_id.encode())

        async def send_with_id(message: Message) -> None:
            nonlocal status, responded
            if message["type"] == "http.response.start":
                status, responded = int(message["status"]), True
                headers = [
                    (k, v) for k, v in message.get("headers", ()) if k.lower() != REQUEST_ID_HEADER
                ]
                headers.append(id_header)
                message = {**message, "headers": headers}
            await send(message)

        try:
            refusal = await self._refusal(scope, host, origin, client_ip, resources)
            if refusal is None:
                await self.app(scope, receive, send_with_id)
            else:
                await _answer(send_with_id, *refusal)
        except Exception:
            if not responded:
                # Answer here so the 500 carries the request id too; the app's 500 handler
                # (outside this middleware) still logs the error, and sees the id in context.
                await _answer(send_with_id, 500, "internal_error", INTERNAL_ERROR_DETAIL)
            self._finish(scope, root_path, status, started, resources)
            # The request id stays set: the error handler logs after this frame has exited.
            raise
        self._finish(scope, root_path, status, started, resources)
        request_id_var.reset(token)

    async def _refusal(
        self,
        scope: Scope,
        host: bytes | None,
        origin: bytes | None,
        client_ip: str,
        resources: Resources | None,
    ) -> tuple[int, str, str, dict[str, str]] | None:
        """(status, code, detail, headers) of a request refused before the app, else None."""
        if self.local_guard is not None:
            refused = self.local_guard.refusal(
                scope,
                host.decode("latin-1") if host is not None else None,
                origin.decode("latin-1") if origin is not None else None,
            )
            if refused is not None:
                return (*refused, {})
        if resources is None:  # the lifespan has not run: no limits
            return None
        limited = await ip_limit(scope["path"], client_ip, resources.rate_limits, resources.metrics)
        if limited is None:
            return None
        return limited.status_code, limited.code, limited.detail, limited.headers or {}

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


async def _answer(
    send: Send, status: int, code: str, detail: str, headers: dict[str, str] | None = None
) -> None:
    """A JSON error answer written straight to ASGI (no route ran to build a Response)."""
    body = dumps(error_body(code, detail))
    raw = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *((k.lower().encode(), v.encode()) for k, v in (headers or {}).items()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
