"""JSON rendering shared by every route: orjson, with dataclasses, enums and datetimes handled."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from fastapi.responses import JSONResponse

_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_SUBCLASS


def _default(value: Any) -> Any:
    # StrEnum members are str subclasses; orjson passes subclasses through to here.
    if isinstance(value, str):
        return str(value)
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    # orjson writes uuid.UUID itself, but not a subclass: asyncpg returns its own UUID subclass
    # for uuid columns, so every row id read from PostgreSQL arrives here.
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(content: Any) -> bytes:
    return orjson.dumps(content, default=_default, option=_OPTIONS)


class FastJSONResponse(JSONResponse):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)
