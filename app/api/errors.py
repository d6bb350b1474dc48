"""Map every failure to {"error": code, "detail": ...} with the right 4xx/5xx status."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.api.responses import FastJSONResponse
from app.errors import AnswerInstead, AppError, readable_message

log = logging.getLogger("rightnote.errors")

INTERNAL_ERROR_DETAIL = "something went wrong on our side"

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "rate_limited",
}


def error_body(code: str, detail: Any) -> dict[str, Any]:
    return {"error": code, "detail": detail}


def _field_path(loc: tuple[Any, ...] | list[Any]) -> str:
    # ("body", "interviewer", "name") -> "body.interviewer.name"; list indexes as [0].
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path


def _error_field(err: dict[str, Any]) -> str:
    loc = err.get("loc", ())
    # Invalid JSON is located at ("body", <character offset>): the offset is no list index.
    if err.get("type") == "json_invalid":
        return _field_path(loc[:1])
    return _field_path(loc)


def validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"field": _error_field(err), "message": readable_message(err)} for err in exc.errors()]


async def _app_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, AppError)
    if isinstance(exc, AnswerInstead):
        return FastJSONResponse(exc.body, status_code=exc.status_code, headers=exc.headers)
    return FastJSONResponse(
        error_body(exc.code, exc.detail), status_code=exc.status_code, headers=exc.headers
    )


async def _validation_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return FastJSONResponse(
        error_body("validation_failed", validation_detail(exc)), status_code=422
    )


async def _http_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "error")
    return FastJSONResponse(
        error_body(code, exc.detail), status_code=exc.status_code, headers=exc.headers
    )


async def _unexpected(request: Request, exc: Exception) -> Response:
    # The one place a 500 can come from; logged with the route, never with the body.
    log.exception("request.failed", extra={"path": request.url.path})
    return FastJSONResponse(error_body("internal_error", INTERNAL_ERROR_DETAIL), 500)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
