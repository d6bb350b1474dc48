"""What every response model shares: how a datetime is written, and filling from our dataclasses."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, PlainSerializer, WithJsonSchema


def _iso(value: datetime) -> str:
    return value.isoformat()


# `datetime.isoformat()`: "+00:00" for UTC, as the API has always written it (pydantic's own
# JSON writes "Z", which would change every UTC time a client already parses).
IsoDateTime = Annotated[
    datetime,
    PlainSerializer(_iso, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]


class FromCore(BaseModel):
    """A response shape read from the attributes of a core dataclass or a database row."""

    model_config = ConfigDict(from_attributes=True)
