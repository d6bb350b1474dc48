"""Google credentials for a stored connection: decrypted, and refreshed before they expire.

    tokens = GoogleTokens(oauth, cipher, database.sessions)
    credentials = await tokens.credentials(connection, user)   # a CredentialsLoader

The access token is refreshed when less than `margin` (10 minutes) is left. The new token set is
written with a compare-and-set on `connections.token_version`: of two processes refreshing at once
exactly one write wins, and the other rereads the row and uses the winner's token (both are valid;
Google does not rotate refresh tokens, so nothing is lost either way). Within one process a lock
per connection makes parallel callers wait for the one refresh instead of making their own.
`invalid_grant` (revoked, expired, password change) surfaces as `ReauthRequired`; whoever called
(the worker's delivery or sync) marks the connection `needs_reauth`.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
import weakref
from collections.abc import Callable
from datetime import datetime, timedelta

from google.oauth2.credentials import Credentials
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.crypto import TokenCipher, TokenDecryptError
from app.connect.google import GoogleOAuth, GoogleTokenSet
from app.errors import ProviderUnavailable, ReauthRequired
from app.providers.google_gmail import GoogleMailboxFactory
from app.settings import Settings
from app.store.base import utcnow
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database, build_database
from app.store.queries import swap_token_set
from app.store.users import User

log = logging.getLogger("rightnote.connect")

REFRESH_MARGIN = timedelta(minutes=10)
Sessions = async_sessionmaker[AsyncSession]


class GoogleTokens:
    def __init__(
        self,
        oauth: GoogleOAuth,
        cipher: TokenCipher,
        sessions: Sessions,
        *,
        margin: timedelta = REFRESH_MARGIN,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.oauth = oauth
        self._cipher = cipher
        self._sessions = sessions
        self.margin = margin
        self._clock = clock
        self._locks: weakref.WeakValueDictionary[uuid.UUID, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    async def __call__(self, connection: Connection, user: User) -> Credentials:
        return await self.credentials(connection, user)

    async def credentials(self, connection: Connection, user: User) -> Credentials:
        if connection.user_id != user.id:
            raise ValueError("a Google mailbox needs the user's own connection")
        return self.oauth.credentials(await self.token_set(connection.user_id, connection.id))

    async def token_set(self, user_id: uuid.UUID, connection_id: uuid.UUID) -> GoogleTokenSet:
        lock = self._locks.get(connection_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[connection_id] = lock
        async with lock:
            version, current = await self._read(user_id, connection_id)
            if current.expires_at - self._clock() > self.margin:
                return current
            fresh = await self.oauth.refresh(current)
            async with self._sessions() as session, session.begin():
                won = await swap_token_set(
                    session,
                    user_id,
                    connection_id,
                    expected_version=version,
                    ciphertext=self._cipher.encrypt_json(fresh.to_json()),
                    expires_at=fresh.expires_at,
                )
            if won:
                log.info("connect.google_token_refreshed", extra={"connection": str(connection_id)})
                return fresh
            # Another process refreshed first: use what it stored, as every reader will.
            log.info("connect.google_refresh_race_lost", extra={"connection": str(connection_id)})
            _, winner = await self._read(user_id, connection_id)
            return winner if winner.expires_at > self._clock() else fresh

    async def _read(
        self, user_id: uuid.UUID, connection_id: uuid.UUID
    ) -> tuple[int, GoogleTokenSet]:
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(
                        Connection.status, Connection.token_version, Connection.token_ciphertext
                    ).where(Connection.user_id == user_id, Connection.id == connection_id)
                )
            ).one_or_none()
        if row is None or row.status is not ConnectionStatus.ACTIVE:
            raise ReauthRequired("this Google connection needs the user to connect again")
        if not row.token_ciphertext:
            raise ReauthRequired("no Google sign-in is stored for this connection")
        try:
            value = self._cipher.decrypt_json(row.token_ciphertext)
        except TokenDecryptError:
            # A key configuration problem, not the user's: retried, never "reconnect".
            raise ProviderUnavailable(
                "a stored Google token cannot be decrypted: check RIGHTNOTE_ENCRYPTION_KEYS"
            ) from None
        return row.token_version, GoogleTokenSet.from_json(value)


class StoredGoogleCredentials:
    """The `CredentialsLoader` the mailbox registry gives `GoogleMailboxFactory`.

    Built from settings alone; the database is the one passed in, else a small engine of its own
    opened on first use (as `MicrosoftMailboxFactory` does).
    """

    def __init__(self, settings: Settings, database: Database | None = None) -> None:
        self._settings = settings
        self._database = database
        self._tokens: GoogleTokens | None = None

    async def __call__(self, connection: Connection, user: User) -> Credentials:
        if self._tokens is None:
            if self._database is None:
                self._database = build_database(self._settings)
            self._tokens = GoogleTokens(
                GoogleOAuth(self._settings),
                TokenCipher.from_settings(self._settings),
                self._database.sessions,
            )
        return await self._tokens.credentials(connection, user)


def google_mailbox_factory(
    settings: Settings, database: Database | None = None
) -> GoogleMailboxFactory | None:
    """The "google" mailbox factory, or None when the connect flow's web client is not set."""
    if not GoogleOAuth.configured(settings):
        return None
    return GoogleMailboxFactory(settings, StoredGoogleCredentials(settings, database))
