"""Microsoft as a provider: Graph clients for a request (on-behalf-of) or a stored connection.

`build_microsoft(settings, http)` makes the process's `MicrosoftGraph` (`Resources.microsoft`,
app/wiring.py) when RIGHTNOTE_MICROSOFT_CLIENT_ID and _CLIENT_SECRET are set.

- `for_request(session, user, identity, assertion)`: the task pane's call. A Graph token comes
  from the user's stored msal cache when it still works, else from on-behalf-of with the
  request's own access token; the (new) cache is stored encrypted on the user's "microsoft"
  connection, which is created on first use, so the worker can act later while Outlook is
  closed. A user who disconnected gets Graph for this request only: nothing is stored again.
- `for_connection(session, connection)`: the worker's call, from the stored cache alone
  (`acquire_token_silent`); a refreshed cache is written back with the connection's
  compare-and-set `token_version`, so of two parallel refreshes neither clobbers the other.
- `mailbox_for_connection` / `calendar_for_connection`: the `Mailbox` / `CalendarSource` the
  auto-draft worker resolves for a connection whose provider is "microsoft".

Access tokens are kept in memory until five minutes before they expire (`TokenMemo`), so msal
(synchronous, in a thread) runs only when a token has to be minted or refreshed.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import OrderedDict
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.crypto import TokenCipher, TokenDecryptError
from app.auth.identity import Identity
from app.calendar.model import Interview
from app.errors import ReauthRequired
from app.providers.base import Mailbox
from app.providers.microsoft_auth import (
    GRAPH_SCOPES,
    GraphToken,
    MicrosoftAuth,
    TokenSet,
    cached_account_key,
    home_account_id,
    new_cache,
)
from app.providers.microsoft_graph import (
    GraphCalendar,
    GraphClient,
    GraphMailbox,
    TokenRefresh,
    TokenSource,
)
from app.settings import Settings
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database, build_database
from app.store.queries import active_token_set, set_connection_status, swap_token_set
from app.store.sql import insert_ignoring_conflicts
from app.store.users import User

log = logging.getLogger("rightnote.providers.microsoft")

PROVIDER = "microsoft"
EARLY_REFRESH = timedelta(minutes=5)

# `Database.sessions`: where offline token refreshes open their own short transactions.
Sessions = async_sessionmaker[AsyncSession]


class TokenMemo:
    """Graph access tokens by msal account, until shortly before expiry. Bounded (LRU)."""

    def __init__(self, capacity: int = 1024) -> None:
        self._tokens: OrderedDict[str, GraphToken] = OrderedDict()
        self._capacity = capacity

    def get(self, account: str) -> GraphToken | None:
        token = self._tokens.get(account)
        if token is None:
            return None
        if token.expires_at - EARLY_REFRESH <= datetime.now(UTC):
            del self._tokens[account]
            return None
        self._tokens.move_to_end(account)
        return token

    def put(self, account: str, token: GraphToken) -> None:
        self._tokens[account] = token
        self._tokens.move_to_end(account)
        while len(self._tokens) > self._capacity:
            self._tokens.popitem(last=False)

    def forget(self, account: str) -> None:
        self._tokens.pop(account, None)


class RecentInterviews:
    """Interviews read from a user's calendar, kept briefly: the task pane asks again on every
    edit of the note, and the calendar does not change that fast. Bounded (LRU)."""

    def __init__(self, ttl_seconds: float = 120.0, capacity: int = 256) -> None:
        self._items: OrderedDict[str, tuple[float, list[Interview]]] = OrderedDict()
        self._ttl = ttl_seconds
        self._capacity = capacity

    def get(self, key: str) -> list[Interview] | None:
        found = self._items.get(key)
        if found is None or found[0] <= time.monotonic():
            self._items.pop(key, None)
            return None
        self._items.move_to_end(key)
        return found[1]

    def put(self, key: str, interviews: list[Interview]) -> None:
        self._items[key] = (time.monotonic() + self._ttl, interviews)
        self._items.move_to_end(key)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)


class MicrosoftGraph:
    def __init__(
        self,
        settings: Settings,
        http: httpx.AsyncClient,
        auth: MicrosoftAuth,
        cipher: TokenCipher,
        *,
        max_retry_wait: float = 2.0,
    ) -> None:
        self.settings = settings
        self._http = http
        self.auth = auth
        self._cipher = cipher
        self._max_retry_wait = max_retry_wait
        self.memo = TokenMemo()
        self.recent_interviews = RecentInterviews()

    def client(self, token: TokenSource, refresh: TokenRefresh | None = None) -> GraphClient:
        return GraphClient(
            self._http,
            token,
            base_url=self.settings.microsoft_graph_url,
            timeout=self.settings.microsoft_api_timeout_seconds,
            max_retry_wait=self._max_retry_wait,
            refresh=refresh,
        )

    # --- interactive: the task pane's request ---------------------------------------------

    async def for_request(
        self, session: AsyncSession, user: User, identity: Identity, assertion: str
    ) -> GraphClient:
        """A Graph client acting as the caller; the first token is fetched before returning."""
        if identity.provider != PROVIDER or not identity.tenant:
            raise ValueError("on-behalf-of needs a verified Microsoft identity")
        account = home_account_id(identity.subject, identity.tenant)
        token = self.memo.get(account)
        if token is None:
            token = await self._token_for_request(session, user, identity, assertion, account)
            self.memo.put(account, token)
        current = [token]
        tenant = identity.tenant

        async def source() -> str:
            # A request lasts seconds; the token fetched up front (valid 5+ minutes) serves it.
            return current[0].access_token

        async def refresh() -> None:
            # Graph refused the memoised token: the caller's own token makes a new one.
            self.memo.forget(account)
            current[0] = await self.auth.on_behalf_of(assertion, tenant, new_cache())
            self.memo.put(account, current[0])

        return self.client(source, refresh)

    async def _token_for_request(
        self, session: AsyncSession, user: User, identity: Identity, assertion: str, account: str
    ) -> GraphToken:
        assert identity.tenant is not None
        connection = await connection_for(session, user, identity)
        stored = self._stored(connection)
        # The connection row is this user's; a guest's stored key is msal's, not oid.tid.
        if stored is not None and stored.tenant == identity.tenant:
            cache = new_cache(stored.cache)
            try:
                token = await self.auth.silent(stored, cache)
            except ReauthRequired:
                pass  # the stored grant is gone; the request's own token can make a new one
            else:
                await self._save(session, connection, stored, cache, token)
                return token
        cache = new_cache()
        token = await self.auth.on_behalf_of(assertion, identity.tenant, cache)
        if connection.status is ConnectionStatus.DISCONNECTED:
            return token  # the user turned offline access off: keep nothing
        fresh = TokenSet(identity.tenant, cached_account_key(cache, account), "")
        await self._save(session, connection, fresh, cache, token, reactivate=True)
        return token

    # --- offline: the worker --------------------------------------------------------------

    async def for_connection(self, connection: Connection, sessions: Sessions) -> GraphClient:
        """A Graph client from the connection's stored cache alone (no user present).

        The row is read afresh, and a refreshed cache is written back, each in a short
        transaction of its own from `sessions`: the worker calls this outside its own
        transactions, and a refresh must be kept even if the job then fails.
        """
        if connection.provider != PROVIDER:
            raise ValueError(f"not a Microsoft connection: {connection.provider!r}")
        async with sessions() as session:
            sealed = await active_token_set(session, connection.user_id, connection.id)
        if sealed is None:
            raise ReauthRequired("this Microsoft connection needs the user to sign in again")
        stored = self._decrypt(sealed.ciphertext, connection.id)
        if stored is None:
            raise ReauthRequired("no Microsoft sign-in is stored for this connection")
        account = stored.home_account_id
        state = _ConnectionState(connection.id, connection.user_id, sealed.version)
        state.token_set = stored

        async def fetch(*, force_refresh: bool = False) -> GraphToken:
            # After a lost refresh race this is the winner's cache, reread from the row.
            current = state.token_set or stored
            cache = new_cache(current.cache)
            token = await self.auth.silent(current, cache, force_refresh=force_refresh)
            async with sessions() as session, session.begin():
                await self._save_state(session, state, current, cache, token)
            self.memo.put(account, token)
            return token

        async def source() -> str:
            token = self.memo.get(account) or await fetch()
            return token.access_token

        async def refresh() -> None:
            # Graph refused the token: drop it, and make msal redeem the refresh token.
            self.memo.forget(account)
            await fetch(force_refresh=True)

        await source()  # fail here, not halfway through the caller's work
        return self.client(source, refresh)

    async def mailbox_for_connection(
        self, connection: Connection, sessions: Sessions
    ) -> GraphMailbox:
        return GraphMailbox(await self.for_connection(connection, sessions))

    async def calendar_for_connection(
        self, connection: Connection, sessions: Sessions
    ) -> GraphCalendar:
        return GraphCalendar(await self.for_connection(connection, sessions))

    # --- storage --------------------------------------------------------------------------

    def _stored(self, connection: Connection) -> TokenSet | None:
        return self._decrypt(connection.token_ciphertext, connection.id)

    def _decrypt(self, ciphertext: str | None, connection_id: uuid.UUID) -> TokenSet | None:
        if not ciphertext:
            return None
        try:
            return TokenSet.from_json(self._cipher.decrypt_json(ciphertext))
        except (TokenDecryptError, ReauthRequired):
            log.warning("microsoft.token_set_unreadable", extra={"connection": str(connection_id)})
            return None

    async def _save(
        self,
        session: AsyncSession,
        connection: Connection,
        token_set: TokenSet,
        cache: Any,
        token: GraphToken,
        *,
        reactivate: bool = False,
    ) -> None:
        inactive = connection.status is not ConnectionStatus.ACTIVE
        state = _ConnectionState(connection.id, connection.user_id, connection.token_version)
        await self._save_state(session, state, token_set, cache, token)
        if reactivate and inactive:
            await set_connection_status(
                session, connection.user_id, connection.id, ConnectionStatus.ACTIVE
            )

    async def _save_state(
        self,
        session: AsyncSession,
        state: _ConnectionState,
        token_set: TokenSet,
        cache: Any,
        token: GraphToken,
    ) -> None:
        if not cache.has_state_changed:
            return
        serialized: str = cache.serialize()
        updated = TokenSet(token_set.tenant, token_set.home_account_id, serialized)
        won = await swap_token_set(
            session,
            state.user_id,
            state.connection_id,
            expected_version=state.version,
            ciphertext=self._cipher.encrypt_json(updated.to_json()),
            expires_at=token.expires_at,
        )
        if won:
            state.version += 1
            state.token_set = updated
            log.info("microsoft.token_set_saved", extra={"connection": str(state.connection_id)})
            return
        # Someone wrote first. A refresh elsewhere: their cache is as good as ours, reread it for
        # next time. A disconnect (or a revoked grant): this token must not be used any longer.
        log.info("microsoft.token_set_race_lost", extra={"connection": str(state.connection_id)})
        row = (
            await session.execute(
                select(
                    Connection.status, Connection.token_version, Connection.token_ciphertext
                ).where(Connection.user_id == state.user_id, Connection.id == state.connection_id)
            )
        ).one_or_none()
        current = None if row is None else self._decrypt(row.token_ciphertext, state.connection_id)
        if row is None or row.status is ConnectionStatus.DISCONNECTED or current is None:
            raise ReauthRequired("this Microsoft connection was disconnected or needs signing in")
        state.version = row.token_version
        state.token_set = current


class _ConnectionState:
    """The token version and set as this process last wrote or read them."""

    def __init__(self, connection_id: uuid.UUID, user_id: uuid.UUID, version: int) -> None:
        self.connection_id = connection_id
        self.user_id = user_id
        self.version = version
        self.token_set: TokenSet | None = None


async def connection_for(session: AsyncSession, user: User, identity: Identity) -> Connection:
    """The user's "microsoft" connection for this account, created (empty) on first use."""

    query = select(Connection).where(
        Connection.user_id == user.id,
        Connection.provider == PROVIDER,
        Connection.account_subject == identity.subject,
    )
    connection = await session.scalar(query)
    if connection is None:
        await session.execute(
            insert_ignoring_conflicts(session, Connection).values(
                user_id=user.id,
                provider=PROVIDER,
                account_subject=identity.subject,
                account_email=identity.email,
                scopes=list(GRAPH_SCOPES),
                status=ConnectionStatus.ACTIVE,
                token_version=0,
            )
        )
        connection = await session.scalar(query)
        assert connection is not None
    if identity.email and connection.account_email != identity.email:
        connection.account_email = identity.email
    return connection


def build_microsoft(
    settings: Settings,
    http: httpx.AsyncClient,
    *,
    msal_http_client: Any | None = None,
    cipher: TokenCipher | None = None,
) -> MicrosoftGraph | None:
    """The Graph provider, or None when the client id or secret is not configured."""
    if not settings.microsoft_client_id or settings.microsoft_client_secret is None:
        return None
    auth = MicrosoftAuth(settings, http_client=msal_http_client)
    return MicrosoftGraph(settings, http, auth, cipher or TokenCipher.from_settings(settings))


class MicrosoftMailboxFactory:
    """The auto-draft worker's mailbox for a "microsoft" connection (app.providers.registry).

    Token refreshes are stored through `database`; without one (a registry built from settings
    alone) a small engine of its own is opened on first use.
    """

    def __init__(self, microsoft: MicrosoftGraph, database: Database | None = None) -> None:
        self.microsoft = microsoft
        self._database = database

    @classmethod
    def from_settings(
        cls, settings: Settings, http: httpx.AsyncClient, database: Database | None = None
    ) -> MicrosoftMailboxFactory | None:
        microsoft = build_microsoft(settings, http)
        return cls(microsoft, database) if microsoft is not None else None

    async def __call__(self, connection: Connection | None, user: User) -> Mailbox:
        if connection is None or connection.user_id != user.id:
            raise ValueError("a Microsoft mailbox needs the user's own connection")
        if self._database is None:
            self._database = build_database(self.microsoft.settings)
        return await self.microsoft.mailbox_for_connection(connection, self._database.sessions)
