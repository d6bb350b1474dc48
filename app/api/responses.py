"""JSON rendering shared by every route: orjson, with dataclasses, enums and datetimes handled."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

# The encoder lives outside app.api so the CLI writes the same bytes without loading FastAPI.
from app.jsonbytes import dumps as dumps


class FastJSONResponse(JSONResponse):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)
