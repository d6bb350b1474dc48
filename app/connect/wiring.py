"""The process's `ConnectKit`, built on first use from the application state and kept there.

It reuses what the lifespan opened: the shared httpx client (Google's revoke endpoint), Google's
certificate cache (the connect flow's ID token), the Graph provider (Microsoft subscriptions on
disconnect). Tests replace `state.extras[CONNECT]` with a kit pointed at the fakes.
"""

from __future__ import annotations

from typing import Any

from app.auth.crypto import TokenCipher
from app.connect.flow import ConnectKit
from app.connect.google import GoogleOAuth
from app.connect.microsoft import MicrosoftOAuth
from app.connect.tokens import Sealer
from app.settings import Settings

CONNECT = "connect"  # state.extras key
SEALER = "connect_sealer"


def sealer_for(state: Any) -> Sealer:
    """The link sealer alone (the Gmail card needs only this)."""
    found = state.extras.get(SEALER)
    if not isinstance(found, Sealer):
        found = Sealer.from_settings(state.settings)
        state.extras[SEALER] = found
    return found


def build_kit(
    settings: Settings,
    *,
    http: Any = None,
    certs: Any = None,
    msal_http_client: Any = None,
    syncs: Any = None,
    sealer: Sealer | None = None,
    cipher: TokenCipher | None = None,
) -> ConnectKit:
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


def connect_kit(state: Any) -> ConnectKit:
    found = state.extras.get(CONNECT)
    if isinstance(found, ConnectKit):
        return found
    from app.addons.google_request import GOOGLE_CERTS_KEY
    from app.api.deps import DATABASE
    from app.autodraft.sync_runner import build_syncs
    from app.providers.microsoft import MICROSOFT

    settings: Settings = state.settings
    http = state.extras.get("http")
    database = state.extras.get(DATABASE)
    syncs = (
        build_syncs(settings, database, http, graph=state.extras.get(MICROSOFT))
        if database is not None and http
        else {}
    )
    kit = build_kit(
        settings,
        http=http,
        certs=state.extras.get(GOOGLE_CERTS_KEY),
        syncs=syncs,
        sealer=sealer_for(state),
    )
    state.extras[CONNECT] = kit
    return kit
