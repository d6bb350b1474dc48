"""Connecting, disconnecting and deleting: the connect flow's steps, without HTTP.

    link = connect_link(settings, sealer, user_id, provider)   # what a card / the pane opens
    url = await begin(database, kit, user=user, provider=..., now=...)      # /connect/{p}
    done = await complete(database, kit, provider=..., query=..., now=...)  # /connect/{p}/callback
    await disconnect(database, kit, user_id=..., connection_id=..., now=...)
    await delete_user_data(database, kit, user_id=..., now=...)
    await list_connections(session, user_id) -> [ConnectionView]

The user is never named by the browser: `begin` gets a user proven by a verified identity (the
link's sealed user id was minted for a verified add-on or task-pane user). The OAuth `state` is
sealed too and names a connect attempt row, taken exactly once (compare-and-set on `used_at`, in
its own transaction, before the code is redeemed): a replayed, tampered, expired or foreign state
changes nothing. The connected account must be the user's own: a Google add-on user can connect
only the Google account they are signed in with, a task-pane user only their own Microsoft
account (so a connect link sent to someone else cannot attach their mailbox to the sender).
"""

from __future__ import annotations

import logging
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.crypto import TokenCipher, TokenDecryptError
from app.autodraft.sync_state import ensure_sync_state, request_sync
from app.connect.google import ConnectFailed, GoogleOAuth
from app.connect.microsoft import MicrosoftOAuth
from app.connect.tokens import BadToken, Sealer
from app.errors import AppError, ProviderError
from app.providers import google_calendar_changes, graph_calendar_changes
from app.providers.google_auth import GoogleTokenSet
from app.settings import Settings
from app.store import draft_states
from app.store.connect import ConnectAttempt
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.drafts import DraftRecord
from app.store.sql import insert_ignoring_conflicts, rowcount
from app.store.sync import SyncState
from app.store.users import User

log = logging.getLogger("rightnote.connect")

PROVIDERS = ("google", "microsoft")
# The calendar each provider syncs, as its incremental calendar module names it.
RESOURCES = {
    google_calendar_changes.PROVIDER: google_calendar_changes.RESOURCE,
    graph_calendar_changes.PROVIDER: graph_calendar_changes.RESOURCE,
}
LINK_TTL = timedelta(minutes=15)
STATE_TTL = timedelta(minutes=10)
DISCONNECTED_REASON = "You disconnected this account."


class ConnectRefused(AppError):
    """The connect request cannot go on (bad link, used state, another account ...)."""

    status_code, code = 400, "connect_refused"


class ConnectUnavailable(AppError):
    status_code, code = 404, "connect_unavailable"


@dataclass
class ConnectKit:
    """What the flows need, built once per process (app.wiring.build_connect_kit)."""

    settings: Settings
    sealer: Sealer
    cipher: TokenCipher
    google: GoogleOAuth | None
    microsoft: MicrosoftOAuth | None
    # provider -> CalendarSync (to stop channels / delete subscriptions on disconnect)
    syncs: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Connected:
    user_id: uuid.UUID
    connection_id: uuid.UUID
    provider: str
    email: str | None


@dataclass(frozen=True, slots=True)
class Disconnected:
    provider: str
    # True: the provider ended the grant; False: it could not be told; None: no such call exists.
    revoked: bool | None
    push_stopped: bool
    message: str


@dataclass(frozen=True, slots=True)
class ConnectionView:
    id: uuid.UUID
    provider: str
    email: str | None
    status: str
    reason: str | None
    auto_drafts: bool
    last_synced_at: datetime | None


# --- identity ---------------------------------------------------------------------------------


def user_parts(user: User) -> tuple[str, str | None, str]:
    """(provider, tenant, subject) from `User.key` (`Identity.key`: "provider:tenant:subject")."""
    provider, tenant, subject = user.key.split(":", 2)
    return provider, (None if tenant == "-" else tenant), subject


def _check_account(user: User, provider: str, subject: str, tenant: str | None) -> None:
    kind, user_tenant, user_subject = user_parts(user)
    if kind == "local":
        return  # the embedded single user on loopback may connect any account
    if kind != provider or subject != user_subject or (tenant and user_tenant != tenant):
        raise ConnectRefused(
            "You signed in with a different account than the one you use RightNote with. "
            "Connect the account you are signed in to in "
            + ("Gmail." if kind == "google" else "Outlook.")
        )


def check_can_connect(user: User, provider: str) -> None:
    """A user connects accounts of the provider they signed in with (or any, in local mode)."""
    kind, _, _ = user_parts(user)
    if kind not in ("local", provider):
        where = "the Gmail add-on" if provider == "google" else "the Outlook add-in"
        raise ConnectRefused(f"Connect {provider.capitalize()} from {where}, signed in there.")


# --- links ------------------------------------------------------------------------------------


def connect_link(settings: Settings, sealer: Sealer, user_id: uuid.UUID, provider: str) -> str:
    token = sealer.seal("link", {"u": str(user_id), "v": provider})
    return f"{settings.public_url}/connect/{provider}?t={token}"


def link_user(sealer: Sealer, token: str | None, provider: str) -> uuid.UUID:
    try:
        payload = sealer.open("link", token, ttl_seconds=int(LINK_TTL.total_seconds()))
        if payload.get("v") != provider:
            raise BadToken("another provider")
        return uuid.UUID(str(payload["u"]))
    except (BadToken, KeyError, ValueError):
        raise ConnectRefused(
            "This connect link is not valid any more. Open RightNote again and press Connect."
        ) from None


# --- begin ------------------------------------------------------------------------------------


async def begin(
    database: Database, kit: ConnectKit, *, user: User, provider: str, now: datetime
) -> str:
    """Record a connect attempt and return the provider's authorize URL to redirect to."""
    check_can_connect(user, provider)
    attempt_id = uuid.uuid4()
    state = kit.sealer.seal("state", {"a": str(attempt_id), "u": str(user.id), "v": provider})
    if provider == "google":
        if kit.google is None:
            raise ConnectUnavailable("Connecting Google is not set up on this RightNote server.")
        verifier = secrets.token_urlsafe(64)  # 86 characters, within PKCE's 43-128
        secret: dict[str, Any] = {"verifier": verifier}
        url = kit.google.authorization_url(state, verifier, login_hint=user.email)
    elif provider == "microsoft":
        if kit.microsoft is None:
            raise ConnectUnavailable("Connecting Microsoft is not set up on this RightNote server.")
        _, tenant, _ = user_parts(user)
        url, flow = await kit.microsoft.initiate(state, tenant=tenant, login_hint=user.email)
        secret = {"flow": flow, "tenant": tenant or "organizations"}
    else:
        raise ConnectUnavailable("unknown provider")
    async with database.sessions() as session, session.begin():
        session.add(
            ConnectAttempt(
                id=attempt_id,
                user_id=user.id,
                provider=provider,
                secret_ciphertext=kit.cipher.encrypt_json(secret),
                expires_at=now + STATE_TTL,
            )
        )
    log.info("connect.started", extra={"provider": provider})
    return url


# --- complete ---------------------------------------------------------------------------------


async def _take_attempt(
    database: Database, kit: ConnectKit, provider: str, state: str | None, now: datetime
) -> tuple[User, dict[str, Any]]:
    try:
        payload = kit.sealer.open("state", state, ttl_seconds=int(STATE_TTL.total_seconds()))
        attempt_id = uuid.UUID(str(payload["a"]))
        user_id = uuid.UUID(str(payload["u"]))
        if payload.get("v") != provider:
            raise BadToken("another provider")
    except (BadToken, KeyError, ValueError):
        raise ConnectRefused(
            "This sign-in answer is not valid (expired or altered). Start again from RightNote."
        ) from None
    async with database.sessions() as session, session.begin():
        taken = await session.execute(
            update(ConnectAttempt)
            .where(
                ConnectAttempt.id == attempt_id,
                ConnectAttempt.user_id == user_id,
                ConnectAttempt.provider == provider,
                ConnectAttempt.used_at.is_(None),
                ConnectAttempt.expires_at > now,
            )
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        if rowcount(taken) != 1:
            raise ConnectRefused(
                "This sign-in answer was already used or has expired. Start again from RightNote."
            )
        attempt = await session.get(ConnectAttempt, attempt_id)
        user = await session.get(User, user_id)
        assert attempt is not None
        if user is None:
            raise ConnectRefused("This RightNote account no longer exists.")
        ciphertext = attempt.secret_ciphertext
    try:
        secret = kit.cipher.decrypt_json(ciphertext)
    except TokenDecryptError:
        raise ConnectRefused("This sign-in cannot be completed. Start again.") from None
    return user, secret


async def complete(
    database: Database,
    kit: ConnectKit,
    *,
    provider: str,
    query: Mapping[str, str],
    now: datetime,
) -> Connected:
    """Redeem the callback's code and store the connection (tokens encrypted), ready to sync."""
    user, secret = await _take_attempt(database, kit, provider, query.get("state"), now)
    if query.get("error"):
        # The user said no, or the provider refused: the attempt is spent, nothing is stored.
        log.info("connect.declined", extra={"provider": provider, "error": query["error"][:60]})
        raise ConnectRefused("Nothing was connected: the sign-in was cancelled or refused.")
    code = query.get("code")
    if not code:
        raise ConnectRefused("The sign-in answer has no authorization code. Start again.")
    if provider == "google":
        assert kit.google is not None
        token_set, account = await kit.google.exchange(code, str(secret.get("verifier", "")))
        try:
            _check_account(user, "google", account.subject, None)
        except ConnectRefused:
            await kit.google.revoke(token_set.refresh_token)  # do not keep a grant we refuse
            raise
        connection_id = await _store(
            database,
            kit,
            user,
            provider,
            subject=account.subject,
            email=account.email,
            scopes=list(token_set.scopes),
            token_json=token_set.to_json(),
            expires_at=token_set.expires_at,
            now=now,
        )
        email = account.email
    else:
        assert kit.microsoft is not None
        flow = secret.get("flow")
        if not isinstance(flow, dict):
            raise ConnectRefused("This sign-in cannot be completed. Start again.")
        ms_set, ms_account = await kit.microsoft.complete(
            flow, dict(query), tenant=str(secret.get("tenant") or "organizations")
        )
        _check_account(user, "microsoft", ms_account.oid, ms_account.tenant)
        from app.connect.microsoft import SHOWN_SCOPES

        connection_id = await _store(
            database,
            kit,
            user,
            provider,
            subject=ms_account.oid,
            email=ms_account.email,
            scopes=list(SHOWN_SCOPES),
            token_json=ms_set.to_json(),
            expires_at=None,
            now=now,
        )
        email = ms_account.email
    log.info("connect.connected", extra={"provider": provider, "connection": str(connection_id)})
    return Connected(user.id, connection_id, provider, email)


async def _store(
    database: Database,
    kit: ConnectKit,
    user: User,
    provider: str,
    *,
    subject: str,
    email: str | None,
    scopes: list[str],
    token_json: dict[str, Any],
    expires_at: datetime | None,
    now: datetime,
) -> uuid.UUID:
    """One connection per (user, provider, account): created, or reactivated with new tokens."""
    async with database.sessions() as session, session.begin():
        query = select(Connection).where(
            Connection.user_id == user.id,
            Connection.provider == provider,
            Connection.account_subject == subject,
        )
        if await session.scalar(query) is None:
            await session.execute(
                insert_ignoring_conflicts(session, Connection).values(
                    id=uuid.uuid4(),
                    user_id=user.id,
                    provider=provider,
                    account_subject=subject,
                    scopes=scopes,
                    status=ConnectionStatus.ACTIVE,
                    token_version=0,
                    created_at=now,
                    updated_at=now,
                )
            )
        connection = await session.scalar(query)
        assert connection is not None
        # A fresh grant always wins: bumping the version makes any refresh in flight lose its
        # compare-and-set instead of overwriting the new tokens with the old grant's.
        await session.execute(
            update(Connection)
            .where(Connection.id == connection.id)
            .values(
                token_ciphertext=kit.cipher.encrypt_json(token_json),
                token_expires_at=expires_at,
                token_version=Connection.token_version + 1,
                status=ConnectionStatus.ACTIVE,
                status_reason=None,
                scopes=scopes,
                account_email=email,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        state = await ensure_sync_state(session, connection, RESOURCES[provider])
        await request_sync(session, state.id, now)
        return connection.id


# --- status -----------------------------------------------------------------------------------


async def list_connections(session: AsyncSession, user_id: uuid.UUID) -> list[ConnectionView]:
    rows = (
        await session.execute(
            select(Connection, SyncState.id, SyncState.last_synced_at)
            .outerjoin(
                SyncState,
                (SyncState.connection_id == Connection.id) & (SyncState.user_id == user_id),
            )
            .where(Connection.user_id == user_id, Connection.provider.in_(PROVIDERS))
            .order_by(Connection.created_at, Connection.id)
        )
    ).all()
    views: dict[uuid.UUID, ConnectionView] = {}
    for connection, state_id, synced in rows:
        if connection.id in views:
            continue
        views[connection.id] = ConnectionView(
            connection.id,
            connection.provider,
            connection.account_email,
            str(connection.status),
            connection.status_reason,
            state_id is not None and connection.status is ConnectionStatus.ACTIVE,
            synced,
        )
    return list(views.values())


# --- disconnect and delete --------------------------------------------------------------------


async def _provider_cleanup(
    database: Database, kit: ConnectKit, connection: Connection, user: User
) -> tuple[bool | None, bool]:
    """Stop push delivery and end the grant at the provider, best effort: (revoked, stopped)."""
    async with database.sessions() as session:
        states = (
            await session.scalars(
                select(SyncState).where(
                    SyncState.user_id == user.id, SyncState.connection_id == connection.id
                )
            )
        ).all()
    stopped = True
    sync = kit.syncs.get(connection.provider)
    for state in states:
        if not state.channel_id:
            continue
        try:
            if sync is None:
                raise ProviderError("no sync configured")
            await sync.forget(database.sessions, connection, user, state)
        except Exception:
            stopped = False
            log.warning("connect.push_stop_failed", extra={"connection": str(connection.id)})
    if connection.provider != "google":
        return None, stopped  # Microsoft has no per-app refresh-token revocation for users
    if kit.google is None or not connection.token_ciphertext:
        return False, stopped
    try:
        token_set = GoogleTokenSet.from_json(kit.cipher.decrypt_json(connection.token_ciphertext))
    except (TokenDecryptError, AppError):
        return False, stopped
    return await kit.google.revoke(token_set.refresh_token), stopped


def _message(provider: str, revoked: bool | None, stopped: bool) -> str:
    if provider == "google":
        head = (
            "Disconnected. Google has ended RightNote's access to your mailbox and calendar."
            if revoked
            else "Disconnected. RightNote deleted its keys to your Google account, but Google "
            "could not be reached to end the grant: remove RightNote at "
            "myaccount.google.com/permissions to be sure."
        )
    else:
        head = (
            "Disconnected. RightNote deleted its keys to your Microsoft account and its calendar "
            "subscription. Microsoft offers apps no way to withdraw your consent themselves: "
            "remove RightNote at myapps.microsoft.com (or ask your administrator) to withdraw it."
        )
    if not stopped:
        head += " Calendar notifications stop on their own within a few days."
    return head + " Drafts already in your mailbox stay; pending auto-drafts were cancelled."


async def disconnect(
    database: Database,
    kit: ConnectKit,
    *,
    user_id: uuid.UUID,
    connection_id: uuid.UUID,
    now: datetime,
) -> Disconnected | None:
    """None if the user has no such connection."""
    async with database.sessions() as session:
        connection = await session.scalar(
            select(Connection).where(Connection.user_id == user_id, Connection.id == connection_id)
        )
        user = await session.get(User, user_id)
    if connection is None or user is None:
        return None
    revoked, stopped = await _provider_cleanup(database, kit, connection, user)
    async with database.sessions() as session, session.begin():
        await session.execute(
            delete(SyncState).where(
                SyncState.user_id == user_id, SyncState.connection_id == connection_id
            )
        )
        await draft_states.cancel_open(
            session,
            DraftRecord.user_id == user_id,
            DraftRecord.connection_id == connection_id,
            reason=DISCONNECTED_REASON,
            now=now,
        )
        await session.execute(
            update(Connection)
            .where(Connection.user_id == user_id, Connection.id == connection_id)
            .values(
                token_ciphertext=None,
                token_expires_at=None,
                token_version=Connection.token_version + 1,
                status=ConnectionStatus.DISCONNECTED,
                status_reason=DISCONNECTED_REASON,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
    log.info(
        "connect.disconnected",
        extra={"provider": connection.provider, "revoked": revoked, "push_stopped": stopped},
    )
    return Disconnected(
        connection.provider, revoked, stopped, _message(connection.provider, revoked, stopped)
    )


async def delete_user_data(
    database: Database, kit: ConnectKit, *, user_id: uuid.UUID, now: datetime
) -> bool:
    """Revoke every grant (best effort), then delete the user row: every table cascades."""
    del now
    async with database.sessions() as session:
        user = await session.get(User, user_id)
        connections = (
            await session.scalars(
                select(Connection).where(
                    Connection.user_id == user_id,
                    Connection.token_ciphertext.is_not(None),
                )
            )
        ).all()
    if user is None:
        return False
    for connection in connections:
        try:
            await _provider_cleanup(database, kit, connection, user)
        except Exception:
            log.warning("connect.cleanup_failed", extra={"connection": str(connection.id)})
    async with database.sessions() as session, session.begin():
        await session.execute(delete(User).where(User.id == user_id))
    log.info("connect.user_deleted", extra={"connections": len(connections)})
    return True


__all__ = [
    "ConnectFailed",
    "ConnectKit",
    "ConnectRefused",
    "ConnectUnavailable",
    "Connected",
    "ConnectionView",
    "Disconnected",
    "begin",
    "check_can_connect",
    "complete",
    "connect_link",
    "delete_user_data",
    "disconnect",
    "link_user",
    "list_connections",
]
