"""Connecting a mailbox + calendar for auto-drafts, and disconnecting or deleting it all.

Browser routes (a card link, the Outlook dialog):
    GET  /connect/{google|microsoft}?t=<signed link>   → 302 to the provider's consent page
    GET  /connect/google/callback, POST /connect/microsoft/callback (form_post)
                                                       → "connected — you can close this window"
JSON API (a verified identity, like the rest of /v1):
    POST   /v1/connect/{provider}      → {"url"}: a short-lived link for the caller (task pane)
    GET    /v1/connections             → the caller's connections and whether auto-drafts run
    DELETE /v1/connections/{id}        → disconnect: revoke at the provider, delete the tokens
    DELETE /v1/me                      → delete my data: every row of the caller, after revoking

The browser routes never take a user id: `t` is sealed server-side for a verified user (15
minutes), and in local mode the implicit local user is used. Routes are thin: the work is in
app.connect.flow.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from app.api.deps import ConnectKitDep, CurrentUser, DatabaseDep, SessionDep
from app.api.schemas_connect import (
    ConnectionsOut,
    ConnectLinkOut,
    DeletedOut,
    DisconnectedOut,
)
from app.api.schemas_errors import ERROR_RESPONSES, ErrorOut
from app.auth.identity import Identity
from app.connect import flow, pages
from app.connect.flow import ConnectKit
from app.errors import AppError, NotFound
from app.settings import AuthMode
from app.store.base import utcnow
from app.store.db import Database
from app.store.queries import get_or_create_user
from app.store.users import User

browser = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/v1", tags=["connections"])

_PROVIDERS = set(flow.PROVIDERS)
Provider = Literal["google", "microsoft"]
CONNECT_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "Connecting this provider is not set up here"},
    **ERROR_RESPONSES,
}
DISCONNECT_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such connection among yours"},
    **ERROR_RESPONSES,
}


def _provider(name: str) -> str:
    if name not in _PROVIDERS:
        raise NotFound("no such provider")
    return name


async def _browser_user(
    database: Database, kit: ConnectKit, provider: str, token: str | None
) -> User:
    settings = kit.settings
    async with database.sessions() as session, session.begin():
        if token:
            user_id = flow.link_user(kit.sealer, token, provider)
            user = await session.get(User, user_id)
            if user is None:
                raise flow.ConnectRefused("This RightNote account no longer exists.")
            return user
        if settings.auth_mode is AuthMode.LOCAL:
            local = Identity(
                provider="local",
                subject="local",
                email=settings.local_user_email,
                name=settings.local_user_name,
            )
            return await get_or_create_user(session, local)
    raise flow.ConnectRefused(
        "Open this page from RightNote (the Connect button in Gmail or Outlook)."
    )


@browser.get("/connect/{provider}")
async def connect_start(
    database: DatabaseDep, kit: ConnectKitDep, provider: str, t: str | None = None
) -> Response:
    provider = _provider(provider)
    try:
        user = await _browser_user(database, kit, provider, t)
        url = await flow.begin(database, kit, user=user, provider=provider, now=utcnow())
    except AppError as exc:
        return pages.refused_page(str(exc.detail), status=exc.status_code)
    return RedirectResponse(url, status_code=302, headers=pages.HEADERS)


_CALLBACK_FIELDS = ("state", "code", "error", "scope", "session_state", "client_info", "iss")


@browser.api_route("/connect/{provider}/callback", methods=["GET", "POST"])
async def connect_callback(
    request: Request, database: DatabaseDep, kit: ConnectKitDep, provider: str
) -> Response:
    """Google answers with a GET (query); Microsoft with a POST (form_post) the same values."""
    provider = _provider(provider)
    given: Any = request.query_params
    if request.method == "POST":
        # A urlencoded form, read by hand (Starlette's form parser needs python-multipart).
        body = (await request.body())[:16384].decode("utf-8", errors="replace")
        given = dict(parse_qsl(body, keep_blank_values=False))
    # Only the OAuth parameters are read; anything else is ignored.
    query = {k: str(v) for k in _CALLBACK_FIELDS if (v := given.get(k)) is not None}
    try:
        done = await flow.complete(
            database,
            kit,
            provider=provider,
            query=query,
            now=utcnow(),
        )
    except AppError as exc:
        status = exc.status_code if exc.status_code < 500 else 502
        return pages.refused_page(str(exc.detail), status=status)
    return pages.connected_page(done.provider, done.email)


# --- JSON API -----------------------------------------------------------------------------


@api.post(
    "/connect/{provider}",
    summary="A short-lived link that connects your mailbox and calendar for auto-drafts",
    response_model=ConnectLinkOut,
    responses=CONNECT_RESPONSES,
)
async def connect_link(provider: Provider, user: CurrentUser, kit: ConnectKitDep) -> ConnectLinkOut:
    configured = kit.google if provider == "google" else kit.microsoft
    if configured is None:
        raise flow.ConnectUnavailable(f"Connecting {provider} is not set up on this server.")
    flow.check_can_connect(user, provider)
    link = flow.connect_link(kit.settings, kit.sealer, user.id, provider)
    expires = int(flow.LINK_TTL.total_seconds())
    return ConnectLinkOut(url=link, expires_in=expires)


@api.get(
    "/connections",
    summary="Your connected accounts, and whether auto-drafts run for them",
    response_model=ConnectionsOut,
    responses=ERROR_RESPONSES,
)
async def connections(user: CurrentUser, session: SessionDep) -> ConnectionsOut:
    found = await flow.list_connections(session, user.id)
    return ConnectionsOut.model_validate({"connections": found})


@api.delete(
    "/connections/{connection_id}",
    summary="Disconnect: revoke RightNote's access at the provider and delete the tokens",
    response_model=DisconnectedOut,
    responses=DISCONNECT_RESPONSES,
)
async def disconnect(
    connection_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    database: DatabaseDep,
    kit: ConnectKitDep,
) -> DisconnectedOut:
    wanted = connection_id
    # End the request's transaction first (on SQLite it holds the write lock): the service
    # calls the provider, then writes in transactions of its own.
    await session.commit()
    done = await flow.disconnect(
        database,
        kit,
        user_id=user.id,
        connection_id=wanted,
        now=utcnow(),
    )
    if done is None:
        raise NotFound("no such connection")
    return DisconnectedOut.model_validate(done)


@api.delete(
    "/me",
    summary="Delete my data: revoke every connection and delete everything RightNote keeps",
    response_model=DeletedOut,
    responses=ERROR_RESPONSES,
)
async def delete_me(
    user: CurrentUser, session: SessionDep, database: DatabaseDep, kit: ConnectKitDep
) -> DeletedOut:
    # As in disconnect: end the request's own transaction before the service's.
    await session.commit()
    await flow.delete_user_data(
        database,
        kit,
        user_id=user.id,
        now=utcnow(),
    )
    return DeletedOut(
        deleted=True,
        message="Everything RightNote kept for you is deleted and its access revoked. "
        "Drafts already in your mailbox stay there.",
    )
