"""Which mailbox a draft goes to: a small registry of mailbox factories, one per provider.

    class MailboxResolver(Protocol):
        async def mailbox_for(self, connection: Connection | None, user: User) -> Mailbox

    MailboxFactory = Callable[[Connection | None, User], Awaitable[Mailbox]]
    MailboxRegistry(default_provider="local").register(provider, factory)
    build_mailbox_registry(settings, http=None, database=None, microsoft=None) -> MailboxRegistry

The auto-draft worker asks the resolver for the mailbox of each draft record's connection
(`Connection.provider`: "local" → Maildir, "google" → Gmail, "microsoft" → Graph). A record
without a connection goes to the default provider (the local Maildir under the data directory).

Plugging a provider in: write an async factory `(connection, user) -> Mailbox` (it may refresh
and decrypt the connection's tokens; raise `ReauthRequired` when the grant is gone) and register
it in `build_mailbox_registry` with one line, e.g. `registry.register("google", factory)`.
"google" is registered when the connect flow's web client is configured
(app.providers.google_auth: stored tokens, refreshed ahead of expiry with a compare-and-set).
"imap" (app.providers.imap) is registered only by `rightnote run --imap`, for its one run: no
IMAP password is stored, so the hosted worker leaves such drafts waiting.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

import httpx

from app.errors import ProviderUnavailable
from app.providers.base import Mailbox
from app.providers.local_mailbox import LOCAL_PROVIDER, LocalMailboxFactory
from app.providers.microsoft import PROVIDER as MICROSOFT_PROVIDER
from app.providers.microsoft import MicrosoftGraph, MicrosoftMailboxFactory
from app.settings import Settings
from app.store.connections import Connection
from app.store.db import Database
from app.store.users import User

MailboxFactory = Callable[[Connection | None, User], Awaitable[Mailbox]]


class MailboxResolver(Protocol):
    async def mailbox_for(self, connection: Connection | None, user: User) -> Mailbox: ...


class MailboxRegistry:
    def __init__(self, *, default_provider: str = LOCAL_PROVIDER) -> None:
        self.default_provider = default_provider
        self._factories: dict[str, MailboxFactory] = {}

    def register(self, provider: str, factory: MailboxFactory) -> None:
        self._factories[provider] = factory

    @property
    def providers(self) -> tuple[str, ...]:
        return tuple(sorted(self._factories))

    async def mailbox_for(self, connection: Connection | None, user: User) -> Mailbox:
        provider = connection.provider if connection is not None else self.default_provider
        factory = self._factories.get(provider)
        if factory is None:
            # A deployment without this provider configured: the work waits (and is retried
            # with backoff) rather than being failed for something the user cannot fix.
            raise ProviderUnavailable(f"no mailbox is configured for provider {provider!r}")
        return await factory(connection, user)


def build_mailbox_registry(
    settings: Settings,
    *,
    http: httpx.AsyncClient | None = None,
    database: Database | None = None,
    microsoft: MicrosoftGraph | None = None,
) -> MailboxRegistry:
    """Every mailbox this deployment can deliver to. `http` is shared by the API providers;
    `database` is where refreshed tokens are stored (else the factories open their own);
    `microsoft` is the process's Graph provider (else one is built from the settings)."""
    from app.providers.google_auth import google_mailbox_factory

    registry = MailboxRegistry()
    registry.register(LOCAL_PROVIDER, LocalMailboxFactory(settings.data_dir / "drafts"))
    # Google (Gmail drafts; needs the connect flow's web client) and Microsoft (Graph messages).
    google = google_mailbox_factory(settings, database)
    if google is not None:
        registry.register("google", google)
    outlook = (
        MicrosoftMailboxFactory(microsoft, database)
        if microsoft is not None
        else MicrosoftMailboxFactory.from_settings(settings, http, database)
        if http
        else None
    )
    if outlook is not None:  # None unless the Microsoft client id and secret are set
        registry.register(MICROSOFT_PROVIDER, outlook)
    return registry
