"""The JSON bytes every surface writes (API answers, `rightnote ... --json`): orjson, with
enums, tuples, sets and UUID subclasses handled. No web framework here, so the CLI can use it."""

from __future__ import annotations

import uuid
from typing import Any

import orjson

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
