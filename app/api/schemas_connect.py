"""Response shapes of the connections API (`app.api.connect_routes`), read from app.connect.flow."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, Field

from app.api.schemas_common import FromCore, IsoDateTime


class ConnectLinkOut(BaseModel):
    url: str = Field(description="Open it in a browser to connect; it works once.")
    expires_in: int = Field(description="Seconds the link stays valid.")


class ConnectionOut(FromCore):
    id: uuid.UUID
    provider: str
    email: str | None
    status: str
    reason: str | None
    auto_drafts: bool
    last_synced_at: IsoDateTime | None


class ConnectionsOut(BaseModel):
    connections: list[ConnectionOut]


class DisconnectedOut(FromCore):
    provider: str
    revoked: bool | None = Field(
        description="True: the provider ended the grant; false: it could not be told; null: "
        "the provider has no such call."
    )
    push_stopped: bool
    message: str


class DeletedOut(BaseModel):
    deleted: bool
    message: str
