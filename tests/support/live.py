"""Auto-drafts live: the real app (production mode), the fake Google and Microsoft servers, and
the worker's sync and delivery loops, wired together for tests/connect, tests/sync and the bench.

    async with live_env(tmp_path, database_url) as env:
        url = await env.connect_google()           # the whole connect flow, through the fakes
        env.google.add_event(google_interview(...))
        await env.google.notify(env.webhooks)      # Google pushes to our webhook
        await env.sync.run_once()                  # the worker's sync loop, one pass

What talks to what:
- Google: the API fake, the OAuth fake and the certificates share one loopback port (the client
  libraries need real sockets: httplib2, requests); OAUTHLIB_INSECURE_TRANSPORT allows its http.
- Microsoft: the identity platform and Graph are ASGI apps behind FakeHosts (msal and our httpx
  client take a transport); their https origins are kept.
- Our app: `client` calls it in-process; the fakes call its webhooks through `webhooks`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from cryptography.fernet import Fernet
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import select

from app.auth.crypto import TokenCipher
from app.auth.microsoft import EntraTokenVerifier, build_entra_verifier
from app.autodraft.delivery import DeliveryDefaults
from app.autodraft.retry import RetryPolicy
from app.autodraft.sync_runner import SyncRunner, build_syncs
from app.autodraft.worker import Worker
from app.main import create_app
from app.providers.google_auth import GoogleTokenClient, GoogleTokens
from app.providers.google_gmail import GoogleMailboxFactory
from app.providers.microsoft import MicrosoftMailboxFactory, build_microsoft
from app.providers.registry import MailboxRegistry
from app.settings import Settings
from app.store.connections import Connection
from app.store.db import Database
from app.store.sync import SyncState
from app.wiring import build_connect_kit
from tests.fakes.google_api import FakeGoogleApis
from tests.fakes.google_identity import (
    CLIENT_ID,
    SERVICE_ACCOUNT,
    USER_EMAIL,
    USER_SUB,
    FakeGoogleIdentity,
)
from tests.fakes.google_oauth import (
    PUBLIC_URL,
    FakeGoogleOAuth,
    GoogleFakes,
    google_connect_settings,
)
from tests.fakes.graph import GRAPH_HOST, GRAPH_URL, FakeGraph, graph_event
from tests.fakes.microsoft_identity import (
    ALICE,
    API_CLIENT_ID,
    API_CLIENT_SECRET,
    APP_ID_URI,
    AUTHORITY_HOST,
    FakeMicrosoftIdentity,
    FakeUser,
)
from tests.fakes.server import serve_asgi
from tests.fakes.transport import FakeHosts

HANG_GUARD = 30.0


def live_settings(tmp_path: Path, database_url: str, google_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "auth_mode": "production",
        "host": "127.0.0.1",
        "public_url": PUBLIC_URL,
        "data_dir": tmp_path,
        "database_url": database_url,
        "encryption_keys": SecretStr(Fernet.generate_key().decode()),
        "google_addon_service_account": SERVICE_ACCOUNT,
        "google_oauth_client_id": CLIENT_ID,
        "google_api_timeout_seconds": 2.0,
        "microsoft_client_id": API_CLIENT_ID,
        "microsoft_client_secret": SecretStr(API_CLIENT_SECRET),
        "microsoft_app_id_uri": APP_ID_URI,
        "microsoft_authority_host": AUTHORITY_HOST,
        "microsoft_graph_url": GRAPH_URL,
        "rate_limit_per_ip_per_minute": 0,
        "rate_limit_per_user_per_minute": 0,
        **google_connect_settings(google_url),
        **overrides,
    }
    return Settings(**values)


@dataclass
class LiveEnv:
    settings: Settings
    app: FastAPI
    client: httpx.AsyncClient  # our app, in-process
    webhooks: httpx.AsyncClient  # what Google and Microsoft use to reach our webhooks
    google: FakeGoogleApis
    google_oauth: FakeGoogleOAuth
    google_identity: FakeGoogleIdentity
    ms_identity: FakeMicrosoftIdentity
    graph: FakeGraph
    http: httpx.AsyncClient  # our outbound client, routed to the fakes
    msal_http: httpx.Client
    sync: SyncRunner
    registry: MailboxRegistry
    cipher: TokenCipher
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def database(self) -> Database:
        database = self.app.state.rightnote.resources.database
        assert isinstance(database, Database)
        return database

    # --- identities ------------------------------------------------------------------------

    def google_auth(self, **claims: Any) -> dict[str, str]:
        """/v1 headers for the Gmail user (a Google ID token for the add-on's client id)."""
        return {"Authorization": f"Bearer {self.google_identity.user_token(**claims)}"}

    def ms_auth(self, user: FakeUser = ALICE) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.ms_identity.access_token(user)}"}

    # --- the connect flows, as a user's browser goes through them -------------------------

    async def connect_link(self, provider: str, headers: dict[str, str]) -> str:
        response = await self.client.post(f"/v1/connect/{provider}", headers=headers)
        assert response.status_code == 200, response.text
        return str(response.json()["url"])

    async def open(self, url: str) -> httpx.Response:
        """The browser opening one of our URLs (absolute, under the public URL)."""
        assert url.startswith(PUBLIC_URL), url
        return await self.client.get(url.removeprefix(PUBLIC_URL))

    async def connect_google(
        self, *, sub: str = USER_SUB, email: str = USER_EMAIL
    ) -> httpx.Response:
        link = await self.connect_link("google", self.google_auth(sub=sub, email=email))
        started = await self.open(link)
        assert started.status_code == 302, started.text
        answer = self.google_oauth.authorize(started.headers["location"], sub=sub, email=email)
        return await self.callback("google", answer)

    async def connect_microsoft(self, user: FakeUser = ALICE) -> httpx.Response:
        link = await self.connect_link("microsoft", self.ms_auth(user))
        started = await self.open(link)
        assert started.status_code == 302, started.text
        answer = self.ms_identity.authorize(started.headers["location"], user)
        return await self.callback("microsoft", answer)

    async def callback(self, provider: str, query: dict[str, str]) -> httpx.Response:
        """Google redirects with a query; Microsoft (response_mode=form_post) posts a form."""
        if provider == "microsoft":
            return await self.client.post(f"/connect/{provider}/callback", data=query)
        return await self.client.get(f"/connect/{provider}/callback", params=query)

    # --- the worker ------------------------------------------------------------------------

    def worker(self, **kwargs: Any) -> Worker:
        values: dict[str, Any] = {
            "policy": RetryPolicy(base=0.05, cap=0.2),
            "defaults": DeliveryDefaults(timezone="UTC"),
            "poll_seconds": 0.05,
        }
        values.update(kwargs)
        return Worker(self.database, self.registry, **values)

    async def settle(self, rounds: int = 5) -> None:
        """Sync passes until nothing is requested (bounded)."""
        for _ in range(rounds):
            if not await self.sync.run_once():
                return

    async def connection(self, provider: str) -> Connection:
        async with self.database.sessions() as session:
            found = await session.scalar(select(Connection).where(Connection.provider == provider))
        assert found is not None
        return found

    async def sync_state(self, provider: str) -> SyncState:
        async with self.database.sessions() as session:
            found = await session.scalar(
                select(SyncState)
                .join(Connection, Connection.id == SyncState.connection_id)
                .where(Connection.provider == provider)
            )
        assert found is not None
        return found


@asynccontextmanager
async def live_env(
    tmp_path: Path, database_url: str, *, sync_poll: float = 0.05, **overrides: Any
) -> AsyncIterator[LiveEnv]:
    os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"  # the loopback Google fake speaks http
    google = FakeGoogleApis()
    google_identity = FakeGoogleIdentity()
    google_oauth = FakeGoogleOAuth(google, google_identity)
    ms_identity = FakeMicrosoftIdentity()
    graph = FakeGraph(ms_identity)
    fakes = GoogleFakes(google, google_oauth, google_identity)
    with serve_asgi(fakes) as google_url:
        settings = live_settings(tmp_path, database_url, google_url, **overrides)
        app = create_app(settings)
        hosts = FakeHosts(
            {
                AUTHORITY_HOST: ms_identity.app,
                GRAPH_HOST: graph.app,
                google_url: fakes,
                PUBLIC_URL: app,
            }
        )
        with hosts.sync_client() as msal_http:
            async with (
                app.router.lifespan_context(app),
                hosts.async_client(timeout=HANG_GUARD) as http,
                hosts.async_client(timeout=HANG_GUARD) as webhooks,
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app),
                    base_url=PUBLIC_URL,
                    timeout=HANG_GUARD,
                ) as client,
            ):
                state = app.state.rightnote
                database: Database = state.resources.database
                # The lifespan's clients would try the real Microsoft hosts: route them to fakes.
                state.verifiers[:] = [
                    v for v in state.verifiers if not isinstance(v, EntraTokenVerifier)
                ]
                entra = build_entra_verifier(settings, http)
                assert entra is not None
                state.verifiers.append(entra)
                cipher = TokenCipher.from_settings(settings)
                state.resources.microsoft = build_microsoft(
                    settings, http, msal_http_client=msal_http, cipher=cipher
                )
                syncs = build_syncs(settings, database, http, msal_http_client=msal_http)
                state.resources.connect = build_connect_kit(
                    settings,
                    http=http,
                    certs=state.resources.google_certs,
                    msal_http_client=msal_http,
                    syncs=syncs,
                    cipher=cipher,
                )
                graph.webhook_client = webhooks
                registry = MailboxRegistry()
                tokens = GoogleTokens(GoogleTokenClient(settings), cipher, database.sessions)
                registry.register("google", GoogleMailboxFactory(settings, tokens))
                microsoft = build_microsoft(
                    settings, http, msal_http_client=msal_http, cipher=cipher
                )
                assert microsoft is not None
                registry.register("microsoft", MicrosoftMailboxFactory(microsoft, database))
                sync = SyncRunner(
                    database,
                    syncs,
                    poll_seconds=sync_poll,
                    sweep_seconds=settings.sync_sweep_seconds,
                )
                yield LiveEnv(
                    settings=settings,
                    app=app,
                    client=client,
                    webhooks=webhooks,
                    google=google,
                    google_oauth=google_oauth,
                    google_identity=google_identity,
                    ms_identity=ms_identity,
                    graph=graph,
                    http=http,
                    msal_http=msal_http,
                    sync=sync,
                    registry=registry,
                    cipher=cipher,
                )


# --- calendar events ---------------------------------------------------------------------------

LITWARE = (
    ("Dana Lee", "dana.lee@litware.example", "Engineering Manager"),
    ("Sam Rivera", "sam.rivera@litware.example", "Staff Engineer"),
)


def google_interview(
    event_id: str,
    start: datetime,
    end: datetime,
    *,
    people: tuple[tuple[str, str, str], ...] = LITWARE,
    me: str = USER_EMAIL,
) -> dict[str, Any]:
    """A Calendar v3 interview as a recruiting tool writes it (attendees, titles in the text)."""
    recruiter = "jordan.blake@litware.example"
    lines = "\n".join(f"{name}, {title} ({email})" for name, email, title in people)
    return {
        "id": event_id,
        "iCalUID": f"{event_id}@google.com",
        "summary": "Interview: Senior Backend Engineer - Litware",
        "description": "Your interviewers:\n" + lines,
        "organizer": {"email": recruiter, "displayName": "Jordan Blake"},
        "creator": {"email": recruiter, "displayName": "Jordan Blake"},
        "start": {"dateTime": start.astimezone(UTC).isoformat(), "timeZone": "UTC"},
        "end": {"dateTime": end.astimezone(UTC).isoformat(), "timeZone": "UTC"},
        "attendees": [
            {"email": me, "self": True, "responseStatus": "accepted"},
            {"email": recruiter, "displayName": "Jordan Blake", "organizer": True},
            *(
                {"email": email, "displayName": name, "responseStatus": "accepted"}
                for name, email, _ in people
            ),
        ],
        "eventType": "default",
    }


def graph_interview(
    event_id: str, start: datetime, end: datetime, *, me: FakeUser = ALICE
) -> dict[str, Any]:
    minutes = max(1, round((end - start).total_seconds() / 60))
    event = graph_event(
        "Interview - Senior Backend Engineer - Northwind",
        start,
        minutes,
        organizer=("Jordan Blake", "jordan.blake@northwind.example"),
        attendees=[
            (me.name, me.username),
            ("Priya Raman", "priya.raman@northwind.example"),
            ("Dana Whitfield", "dana.whitfield@northwind.example"),
        ],
        body="<p>Your interviewers: Priya Raman, Engineering Manager; Dana Whitfield, "
        "Senior Software Engineer.</p>",
        id=event_id,
    )
    # Exact end (graph_event rounds to minutes).
    event["end"]["dateTime"] = end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f0")
    return event


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def location_query(response: httpx.Response) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(response.headers["location"]).query))


__all__ = ["HANG_GUARD", "LiveEnv", "google_interview", "graph_interview", "live_env", "now"]
