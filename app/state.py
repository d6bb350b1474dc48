"""The application's state, typed: what `create_app` knows, and what the lifespan opens.

    State        app.state.rightnote: settings, identity verifiers, readiness, and `resources`
    Resources    every shared resource, built once by `app.wiring.build_resources` — the API's
                 lifespan and `rightnote worker` call the same builder

Routes reach resources through the dependencies in app/api/deps.py; the ASGI middlewares
(app/ops) through `resources_of(app)`. Nothing here is built at import time or per request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.settings import Settings

if TYPE_CHECKING:
    import httpx

    from app.auth.google_certs import GoogleCerts
    from app.auth.identity import IdentityVerifier
    from app.autodraft.sync_runner import CalendarSync
    from app.connect.flow import ConnectKit
    from app.ops.metrics import Metrics
    from app.ops.ratelimit import RateLimits
    from app.providers.microsoft import MicrosoftGraph
    from app.providers.registry import MailboxResolver
    from app.store.db import Database

# A readiness probe's check: returns when the dependency answers, raises when it does not.
ReadinessCheck = Callable[[], Awaitable[object]]


@dataclass
class Resources:
    """What a process opens once and shares (`app.wiring.build_resources`; closed by its stack).

    Tests replace a field after the lifespan (e.g. `resources.mailboxes = fake_registry`) or
    override the route dependency (`app.dependency_overrides[get_mailboxes]`).
    """

    settings: Settings
    http: httpx.AsyncClient  # the shared outbound client (Google, Graph, token endpoints)
    database: Database
    metrics: Metrics
    rate_limits: RateLimits
    google_certs: GoogleCerts  # Google's signing keys: ID tokens, add-on requests
    microsoft: MicrosoftGraph | None  # None unless the Microsoft client id and secret are set
    mailboxes: MailboxResolver  # where drafts go, by connection provider
    syncs: Mapping[str, CalendarSync]  # calendar sync per provider ("google", "microsoft")
    # The OAuth connect flows, with their link sealer and the syncs above; None when the
    # encryption keys are unusable (`keys_problem` says why, and the connect routes answer it).
    connect: ConnectKit | None
    keys_problem: str | None = None
    readiness_checks: dict[str, ReadinessCheck] = field(default_factory=dict)


@dataclass
class State:
    settings: Settings
    # Filled by the lifespan (Google, then Entra); tests may add theirs before it runs.
    verifiers: list[IdentityVerifier] = field(default_factory=list)
    ready: bool = False
    opened: Resources | None = None  # set by the lifespan

    @property
    def resources(self) -> Resources:
        if self.opened is None:
            raise RuntimeError("the resources are not open: the application lifespan did not run")
        return self.opened


def resources_of(app: object) -> Resources | None:
    """The app's open resources, or None (no RightNote state, or the lifespan has not run)."""
    state = getattr(getattr(app, "state", None), "rightnote", None)
    return state.opened if isinstance(state, State) else None
