"""A lean way into the hottest JSON routes, with the same answers as FastAPI's own.

FastAPI spends more time on each request than `/v1/voice/check` spends checking the note:
matching through included routers, inspecting the endpoint for error context, parsing the
content type with `email.message`, solving the dependency graph. For a route whose only inputs
are one JSON body model and dependencies that read nothing but the `Request`, that work is the
same every time, so `LeanRoutes` (an ASGI middleware, innermost, inside the body-size limit
and the ops middlewares) does it once at startup and then, per request: reads the body; if the
body model accepts it in one pass of pydantic's own JSON parser, runs the dependencies and calls
the endpoint; otherwise goes FastAPI's way, in FastAPI's order: parses with `json.loads`, runs
the dependencies, validates with the route's own body field (so errors, field paths and all, are
FastAPI's). Exceptions are rendered by the app's own exception handlers.

The route stays declared with FastAPI as usual: the OpenAPI document does not change, and
anything the lean path does not serve exactly (another method, a mounted prefix, a test's
`dependency_overrides`) goes to FastAPI untouched. tests/api/test_lean_routes.py holds both ways
to the same answers, byte for byte, for good and hostile bodies.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.limits import replay_body

Handler = Callable[[Request, Exception], Awaitable[Response]]


class NotLean(TypeError):
    """A route asked to go the lean way takes inputs that way cannot give it."""


@dataclass(frozen=True, slots=True)
class _Dependency:
    name: str
    call: Callable[[Request], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class LeanOperation:
    route: APIRoute
    body_name: str
    body_field: Any  # fastapi's ModelField: validates exactly as FastAPI does
    dependencies: tuple[_Dependency, ...]
    model: type[BaseModel] | None  # the body's model, when it is one: parsed in one pass

    @classmethod
    def of(cls, route: APIRoute) -> LeanOperation:
        """The lean form of `route`; `NotLean` if it takes anything but a body and the request."""
        dependant = route.dependant
        problem = _unsupported(dependant) or (
            "it has a response model" if route.response_model is not None else None
        )
        if problem is None and (len(dependant.body_params) != 1 or route._embed_body_fields):
            problem = "it does not take exactly one JSON body model"
        if problem is None and not inspect.iscoroutinefunction(route.endpoint):
            problem = "its endpoint is not a coroutine function"
        dependencies: list[_Dependency] = []
        for dep in dependant.dependencies if problem is None else ():
            problem = _unsupported(dep, takes_request=True) or _request_only(dep)
            if problem:
                break
            assert dep.name is not None and dep.call is not None
            dependencies.append(_Dependency(dep.name, dep.call))
        if problem:
            raise NotLean(f"{sorted(route.methods or ())} {route.path}: {problem}")
        field = dependant.body_params[0]
        annotation = field.field_info.annotation
        model = (
            annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel)
            else None
        )
        return cls(route, field.name, field, tuple(dependencies), model)


def _unsupported(dependant: Dependant, *, takes_request: bool = False) -> str | None:
    if (
        dependant.path_params
        or dependant.query_params
        or dependant.header_params
        or dependant.cookie_params
    ):
        return "it reads path, query, header or cookie parameters"
    if dependant.background_tasks_param_name or dependant.response_param_name:
        return "it takes background tasks or the response"
    if dependant.security_scopes_param_name or dependant.websocket_param_name:
        return "it takes security scopes or a websocket"
    if dependant.http_connection_param_name or (dependant.request_param_name and not takes_request):
        return "it takes the request itself"
    return None


def _request_only(dep: Dependant) -> str | None:
    if dep.dependencies or dep.body_params or dep.call is None:
        return f"dependency {dep.name} has dependencies or a body of its own"
    if not inspect.iscoroutinefunction(dep.call):
        return f"dependency {dep.name} is not a coroutine function"
    if dep.request_param_name is None or len(inspect.signature(dep.call).parameters) != 1:
        return f"dependency {dep.name} takes more than the request"
    return None


class LeanRoutes:
    """Pure ASGI middleware: serves `operations` by exact method and path; the rest passes on."""

    def __init__(self, app: ASGIApp, fastapi: FastAPI, operations: Iterable[LeanOperation]) -> None:
        self.app = app
        self.fastapi = fastapi
        self.operations: dict[tuple[str, str], LeanOperation] = {}
        for op in operations:
            for method in op.route.methods or ():
                self.operations[(method, op.route.path)] = op
        # Starlette's ExceptionMiddleware leaves Exception (the 500 handler) to the outermost
        # ServerErrorMiddleware; so does this.
        self.handlers: dict[type[BaseException], Handler] = {
            kind: cast(Handler, handler)
            for kind, handler in fastapi.exception_handlers.items()
            if isinstance(kind, type) and kind is not Exception
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        op = (
            self.operations.get((scope["method"], scope["path"]))
            if scope["type"] == "http"
            else None
        )
        if op is None or scope.get("root_path") or self.fastapi.dependency_overrides:
            await self.app(scope, receive, send)
            return
        scope["route"] = op.route  # what Starlette's router records: metrics label by template
        request: Request | None = None
        try:
            raw = await _read_body(receive)
            # The request the dependencies and endpoint see replays the body it was read from.
            request = Request(scope, replay_body(raw, receive), send)
            response = await self._respond(op, scope, request, raw)
        except Exception as exc:
            handler = self._handler_for(exc)
            if handler is None:
                raise
            response = await handler(request or Request(scope, receive, send), exc)
        await response(scope, receive, send)

    async def _respond(
        self, op: LeanOperation, scope: Scope, request: Request, raw: bytes
    ) -> Response:
        is_json = _is_json(_content_type(scope))
        if op.model is not None and raw and is_json:
            # The common case in one pass: pydantic parses and validates the JSON together. A
            # body it accepts is one FastAPI accepts as the same model; anything it refuses
            # takes FastAPI's way below, so errors stay FastAPI's, field paths and all.
            try:
                parsed = op.model.model_validate_json(raw)
            except ValidationError:
                pass
            else:
                kwargs = {dep.name: await dep.call(request) for dep in op.dependencies}
                kwargs[op.body_name] = parsed
                return await _call(op, kwargs)
        # FastAPI's order: the body is parsed (bad JSON is a 422 at once), then the dependencies
        # run (so a missing token is a 401, and counts against the rate limit, whatever the
        # body holds), and only then is the body validated.
        body = _json_body(raw, is_json)
        kwargs = {dep.name: await dep.call(request) for dep in op.dependencies}
        if body is _MISSING:
            value, errors = None, [_missing_body()]
        else:
            value, errors = op.body_field.validate(body, {}, loc=("body",))
        if errors:
            raise RequestValidationError(errors, body=None if body is _MISSING else body)
        kwargs[op.body_name] = value
        return await _call(op, kwargs)

    def _handler_for(self, exc: Exception) -> Handler | None:
        for kind in type(exc).__mro__:
            if kind in self.handlers:
                return self.handlers[kind]
        return None


async def _call(op: LeanOperation, kwargs: dict[str, Any]) -> Response:
    response = await op.route.endpoint(**kwargs)
    if not isinstance(response, Response):
        raise TypeError(f"{op.route.path} must return a Response to go the lean way")
    return response


_MISSING = object()
_UNREADABLE = "There was an error parsing the body"  # FastAPI's words


def _missing_body() -> dict[str, Any]:
    # Built the way FastAPI builds it, so the message and type are pydantic's own.
    error = ValidationError.from_exception_data(
        "Field required", [{"type": "missing", "loc": ("body",), "input": {}}]
    )
    return dict(error.errors(include_url=False)[0])


def _json_body(raw: bytes, is_json: bool) -> Any:
    """The body as FastAPI reads it for a JSON body parameter (strict content type)."""
    try:
        if not raw:
            return _MISSING
        if not is_json:
            return raw  # FastAPI hands the bytes to validation, which refuses them
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RequestValidationError(
            [
                {
                    "type": "json_invalid",
                    "loc": ("body", exc.pos),
                    "msg": "JSON decode error",
                    "input": {},
                    "ctx": {"error": exc.msg},
                }
            ],
            body=exc.doc,
        ) from exc
    except Exception as exc:  # not UTF-8, say: FastAPI's 400, word for word
        raise HTTPException(status_code=400, detail=_UNREADABLE) from exc


async def _read_body(receive: Receive) -> bytes:
    """Request.body() without its async generator: the same messages, the same failure."""
    chunks: list[bytes] = []
    try:
        while True:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    return b"".join(chunks)
            elif message["type"] == "http.disconnect":
                raise ClientDisconnect
    except Exception as exc:  # FastAPI answers a body it cannot read with this 400
        raise HTTPException(status_code=400, detail=_UNREADABLE) from exc


def _content_type(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"content-type":
            return str(value.decode("latin-1"))
    return None


def _is_json(content_type: str | None) -> bool:
    # What email.message makes of it, as FastAPI asks: application/json or application/*+json.
    if not content_type:
        return False
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind.count("/") != 1:
        return False  # email.message falls back to text/plain
    main, _, sub = kind.partition("/")
    return main == "application" and (sub == "json" or sub.endswith("+json"))
