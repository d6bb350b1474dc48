"""The error shape every route answers with, and the error responses routes document."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class ErrorOut(BaseModel):
    error: str
    detail: Any


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {
        "model": ErrorOut,
        "description": "The request could not be used: a body that is not UTF-8 JSON, or "
        "(where the route says so) content it cannot act on",
    },
    401: {"model": ErrorOut, "description": "No verified identity"},
    413: {"model": ErrorOut, "description": "Body too large"},
    422: {"model": ErrorOut, "description": "Invalid input; `detail` lists each field path"},
    429: {
        "model": ErrorOut,
        "description": "Too many requests from this user or address; `Retry-After` says when "
        "to retry",
    },
}
