"""Google credentials for a stored connection: the token set, decrypted, refreshed before expiry.

    tokens = GoogleTokens(GoogleTokenClient(settings), cipher, database.sessions)
    credentials = await tokens.credentials(connection, user)   # a CredentialsLoader
    google_mailbox_factory(settings, database) -> GoogleMailboxFactory | None

The connect flow (app.connect.google) obtains a `GoogleTokenSet` once; everything after that —
the worker's Gmail drafts, the calendar sync — only needs it refreshed, which is this module.

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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import google_auth_httplib2
import httplib2
from google.oauth2.credentials import Credentials
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.crypto import TokenCipher, TokenDecryptError
from app.errors import ProviderUnavailable, ReauthRequired
from app.providers.google_api import run_bounded
from app.providers.google_gmail import GoogleMailboxFactory
from app.settings import Settings
from app.store.base import utcnow
from app.store.connections import Connection
from app.store.db import Database, build_database
from app.store.queries import active_token_set, swap_token_set
from app.store.users import User

log = logging.getLogger("rightnote.connect")

REFRESH_MARGIN = timedelta(minutes=10)
TOKEN_SET_KIND = "google"  # noqa: S105  (a format tag, not a secret)
Sessions = async_sessionmaker[AsyncSession]


def google_web_configured(settings: Settings) -> bool:
    """The connect flow's web client (id and secret) is set: Google connections can exist."""
    return bool(settings.google_web_client_id and settings.google_web_secret is not None)


def google_web_client(settings: Settings) -> tuple[str, SecretStr]:
    """The web client's id and secret (the connect flow's and the refresh's)."""
    client_id, secret = settings.google_web_client_id, settings.google_web_secret
    if not client_id or secret is None:
        raise ValueError("RIGHTNOTE_GOOGLE_WEB_CLIENT_ID and _SECRET are needed to connect")
    return client_id, secret


def token_call_timeout(settings: Settings, timeout: float | None = None) -> float:
    """Token calls get a few seconds: a user may be waiting on the connect callback page."""
    return timeout if timeout is not None else max(5.0, settings.google_api_timeout_seconds)


@dataclass(frozen=True, slots=True)
class GoogleTokenSet:
    access_token: str
    refresh_token: str
    expires_at: datetime
    scopes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": TOKEN_SET_KIND,
            "v": 1,
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.astimezone(UTC).isoformat(),
            "scopes": list(self.scopes),
        }

    @classmethod
    def from_json(cls, value: Any) -> GoogleTokenSet:
        try:
            assert isinstance(value, dict) and value.get("kind") == TOKEN_SET_KIND
            expires = datetime.fromisoformat(str(value["expires_at"]))
            return cls(
                str(value["access_token"]),
                str(value["refresh_token"]),
                expires if expires.tzinfo else expires.replace(tzinfo=UTC),
                tuple(str(s) for s in value.get("scopes") or ()),
            )
        except (AssertionError, KeyError, TypeError, ValueError):
            raise ReauthRequired("the stored Google sign-in is unreadable; connect again") from None

    def __repr__(self) -> str:  # never print a token
        return f"GoogleTokenSet(expires_at={self.expires_at.isoformat()})"


def _aware(moment: datetime | None, fallback: datetime) -> datetime:
    if moment is None:
        return fallback
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class GoogleTokenClient:
    """The web client's side of a token set: credentials for the API clients, and refresh."""

    def __init__(self, settings: Settings, *, timeout: float | None = None) -> None:
        self.settings = settings
        self.client_id, self._secret = google_web_client(settings)
        self.timeout = token_call_timeout(settings, timeout)

    def credentials(self, token_set: GoogleTokenSet) -> Credentials:
        """Credentials google-api-python-client can use (and refresh once itself on a 401)."""
        return Credentials(  # type: ignore[no-untyped-call]
            token=token_set.access_token,
            refresh_token=token_set.refresh_token,
            token_uri=self.settings.google_oauth_token_url,
            client_id=self.client_id,
            client_secret=self._secret.get_secret_value(),
            scopes=list(token_set.scopes) or None,
            # google-auth compares naive UTC datetimes.
            expiry=token_set.expires_at.astimezone(UTC).replace(tzinfo=None),
        )

    async def refresh(self, token_set: GoogleTokenSet) -> GoogleTokenSet:
        """A new access token from the refresh token. ReauthRequired when Google refuses it."""

        def call(deadline: float) -> GoogleTokenSet:
            del deadline  # one call: the socket timeout bounds it
            credentials = self.credentials(token_set)
            http = google_auth_httplib2.Request(httplib2.Http(timeout=self.timeout))
            credentials.refresh(http)  # type: ignore[no-untyped-call]
            fallback = datetime.now(UTC) + timedelta(hours=1)
            return GoogleTokenSet(
                str(credentials.token),
                str(credentials.refresh_token or token_set.refresh_token),
                _aware(credentials.expiry, fallback),
                token_set.scopes,
            )

        return await run_bounded(call, bound=self.timeout + 1, what="token refresh")


class GoogleTokens:
    def __init__(
        self,
        client: GoogleTokenClient,
        cipher: TokenCipher,
        sessions: Sessions,
        *,
        margin: timedelta = REFRESH_MARGIN,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.client = client
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
        return self.client.credentials(await self.token_set(connection.user_id, connection.id))

    async def token_set(self, user_id: uuid.UUID, connection_id: uuid.UUID) -> GoogleTokenSet:
        lock = self._locks.get(connection_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[connection_id] = lock
        async with lock:
            version, current = await self._read(user_id, connection_id)
            if current.expires_at - self._clock() > self.margin:
                return current
            fresh = await self.client.refresh(current)
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
            sealed = await active_token_set(session, user_id, connection_id)
        if sealed is None:
            raise ReauthRequired("this Google connection needs the user to connect again")
        if not sealed.ciphertext:
            raise ReauthRequired("no Google sign-in is stored for this connection")
        try:
            value = self._cipher.decrypt_json(sealed.ciphertext)
        except TokenDecryptError:
            # A key configuration problem, not the user's: retried, never "reconnect".
            raise ProviderUnavailable(
                "a stored Google token cannot be decrypted: check RIGHTNOTE_ENCRYPTION_KEYS"
            ) from None
        return sealed.version, GoogleTokenSet.from_json(value)


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
                GoogleTokenClient(self._settings),
                TokenCipher.from_settings(self._settings),
                self._database.sessions,
            )
        return await self._tokens.credentials(connection, user)


def google_mailbox_factory(
    settings: Settings, database: Database | None = None
) -> GoogleMailboxFactory | None:
    """The "google" mailbox factory, or None when the connect flow's web client is not set."""
    if not google_web_configured(settings):
        return None
    return GoogleMailboxFactory(settings, StoredGoogleCredentials(settings, database))
