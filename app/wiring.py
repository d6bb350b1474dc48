"""The composition root: `build_resources(settings, stack)` opens everything a process shares.

The API's lifespan (app/main.py) and `rightnote worker` (app/cli/worker.py) both call it, so a
request and the worker see the same kinds of resource built the same way: one http client, one
database, one Graph provider, one mailbox registry, one set of calendar syncs, one connect kit.
`stack` closes them, in reverse order, when the process stops.
"""

from __future__ import annotations

import logging
from contextlib import AsyncExitStack
from typing import Any

import httpx

from app.auth.crypto import CryptoConfigError, TokenCipher
from app.auth.google import GoogleIdTokenVerifier, build_google_certs
from app.auth.google_certs import GoogleCerts
from app.auth.identity import IdentityVerifier
from app.auth.microsoft import build_entra_verifier
from app.autodraft.sync_runner import CalendarSync, build_syncs
from app.connect.flow import ConnectKit
from app.connect.google import GoogleOAuth
from app.connect.microsoft import MicrosoftOAuth
from app.connect.tokens import Sealer
from app.ops.metrics import Metrics
from app.ops.ratelimit import RateLimits
from app.providers.microsoft import build_microsoft
from app.providers.registry import build_mailbox_registry
from app.settings import Settings
from app.state import Resources
from app.store.db import open_database

log = logging.getLogger("rightnote.wiring")


async def build_resources(settings: Settings, stack: AsyncExitStack) -> Resources:
    # Metrics and rate limiters first, so every later step can use them.
    metrics = Metrics()
    rate_limits = RateLimits.from_settings(settings, metrics)
    stack.push_async_callback(rate_limits.aclose)  # the Redis connections, if any
    http = await stack.enter_async_context(
        httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=5.0), follow_redirects=False)
    )
    database = await open_database(settings)
    stack.push_async_callback(database.dispose)
    microsoft = build_microsoft(settings, http)  # Graph on the user's behalf (needs the secret)
    if microsoft is not None:
        stack.callback(microsoft.auth.close)
    google_certs = build_google_certs(settings, http)
    try:
        syncs = build_syncs(settings, database, http, graph=microsoft)
        connect: ConnectKit | None = build_connect_kit(
            settings, http=http, certs=google_certs, syncs=syncs
        )
        keys_problem = None
    except CryptoConfigError as exc:
        # Both need the encryption keys. The API still starts without them, as it did before
        # they were built up front: all else answers, and the connect routes fail with this
        # error in the log. The worker refuses to start (app/cli/worker.py).
        log.warning("wiring.encryption_keys_unusable", extra={"reason": str(exc)})
        connect, syncs, keys_problem = None, {}, str(exc)
    if connect is not None and connect.microsoft is not None:
        stack.callback(connect.microsoft.close)
    return Resources(
        settings=settings,
        http=http,
        database=database,
        metrics=metrics,
        rate_limits=rate_limits,
        google_certs=google_certs,
        microsoft=microsoft,
        mailboxes=build_mailbox_registry(
            settings, http=http, database=database, microsoft=microsoft
        ),
        syncs=syncs,
        connect=connect,
        keys_problem=keys_problem,
        readiness_checks={"database": database.ping},
    )


def identity_verifiers(resources: Resources) -> list[IdentityVerifier]:
    """The JSON API's bearer-token verifiers: Google ID tokens, then Entra when configured."""
    settings = resources.settings
    verifiers: list[IdentityVerifier] = [GoogleIdTokenVerifier(settings, resources.google_certs)]
    entra = build_entra_verifier(settings, resources.http)
    if entra is not None:
        verifiers.append(entra)
    return verifiers


def build_connect_kit(
    settings: Settings,
    *,
    http: httpx.AsyncClient | None = None,
    certs: GoogleCerts | None = None,
    msal_http_client: Any | None = None,
    syncs: dict[str, CalendarSync] | None = None,
    sealer: Sealer | None = None,
    cipher: TokenCipher | None = None,
) -> ConnectKit:
    """The OAuth connect flows this deployment offers (Google and/or Microsoft, as configured)."""
    google = (
        GoogleOAuth(settings, certs=certs, http=http) if GoogleOAuth.configured(settings) else None
    )
    microsoft = (
        MicrosoftOAuth(settings, http_client=msal_http_client)
        if MicrosoftOAuth.configured(settings)
        else None
    )
    return ConnectKit(
        settings=settings,
        sealer=sealer or Sealer.from_settings(settings),
        cipher=cipher or TokenCipher.from_settings(settings),
        google=google,
        microsoft=microsoft,
        syncs=syncs or {},
    )
