"""Shared set-up for the Microsoft provider tests: the fake identity platform and fake Graph
behind one FakeHosts, settings pointing at them, and a migrated SQLite store with Alice's user."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import httpx
from cryptography.fernet import Fernet
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.crypto import TokenCipher
from app.auth.identity import Identity
from app.auth.microsoft import EntraTokenVerifier, build_entra_verifier
from app.main import create_app
from app.providers.microsoft import MicrosoftGraph, build_microsoft
from app.settings import Settings
from app.store.db import Database
from app.store.queries import get_or_create_user
from app.store.users import User
from tests.fakes.graph import GRAPH_HOST, GRAPH_URL, FakeGraph
from tests.fakes.microsoft_identity import (
    API_CLIENT_ID,
    API_CLIENT_SECRET,
    APP_ID_URI,
    AUTHORITY_HOST,
    FakeMicrosoftIdentity,
    FakeUser,
)
from tests.fakes.transport import FakeHosts


def microsoft_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": tmp_path,
        "microsoft_client_id": API_CLIENT_ID,
        "microsoft_client_secret": SecretStr(API_CLIENT_SECRET),
        "microsoft_app_id_uri": APP_ID_URI,
        "microsoft_authority_host": AUTHORITY_HOST,
        "microsoft_graph_url": GRAPH_URL,
        "encryption_keys": SecretStr(Fernet.generate_key().decode()),
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


def identity_of(user: FakeUser) -> Identity:
    return Identity(
        provider="microsoft",
        subject=user.oid,
        tenant=user.tid,
        email=user.username,
        name=user.name,
    )


async def user_row(session: AsyncSession, user: FakeUser) -> User:
    return await get_or_create_user(session, identity_of(user))


@dataclass
class MicrosoftEnv:
    settings: Settings
    identity: FakeMicrosoftIdentity
    graph: FakeGraph
    hosts: FakeHosts
    http: httpx.AsyncClient
    msal_http: httpx.Client
    cipher: TokenCipher

    def provider(self, **kwargs: object) -> MicrosoftGraph:
        """A fresh provider (empty token memo), as a new process would have."""
        built = build_microsoft(
            self.settings, self.http, msal_http_client=self.msal_http, cipher=self.cipher
        )
        assert built is not None
        for name, value in kwargs.items():
            setattr(built, name, value)
        return built


def make_env(tmp_path: Path) -> MicrosoftEnv:
    identity = FakeMicrosoftIdentity()
    graph = FakeGraph(identity)
    hosts = FakeHosts({AUTHORITY_HOST: identity.app, GRAPH_HOST: graph.app})
    settings = microsoft_settings(tmp_path)
    return MicrosoftEnv(
        settings=settings,
        identity=identity,
        graph=graph,
        hosts=hosts,
        http=hosts.async_client(),
        msal_http=hosts.sync_client(),
        cipher=TokenCipher.from_settings(settings),
    )


@dataclass
class MicrosoftApi:
    """The whole app in production mode, its Microsoft clients routed to the fakes."""

    app: FastAPI
    client: httpx.AsyncClient
    identity: FakeMicrosoftIdentity
    graph: FakeGraph

    @property
    def database(self) -> Database:
        database = self.app.state.rightnote.resources.database
        assert isinstance(database, Database)
        return database


ApiT = TypeVar("ApiT", bound=MicrosoftApi)


@asynccontextmanager
async def microsoft_api(settings: Settings, kind: type[ApiT]) -> AsyncIterator[ApiT]:
    """`kind` (a MicrosoftApi) over `create_app(settings)`, its lifespan running, the Entra
    verifier and the Graph provider talking to a fresh fake identity platform and fake Graph."""
    identity = FakeMicrosoftIdentity()
    graph = FakeGraph(identity)
    hosts = FakeHosts({AUTHORITY_HOST: identity.app, GRAPH_HOST: graph.app})
    app = create_app(settings)
    with hosts.sync_client() as msal_http:
        async with app.router.lifespan_context(app), hosts.async_client() as fake_http:
            # The lifespan's own clients would try the real Microsoft hosts; route them to fakes.
            state = app.state.rightnote
            state.verifiers[:] = [
                v for v in state.verifiers if not isinstance(v, EntraTokenVerifier)
            ] + [build_entra_verifier(settings, fake_http)]
            state.resources.microsoft = build_microsoft(
                settings, fake_http, msal_http_client=msal_http
            )
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url=settings.public_url) as c:
                yield kind(app, c, identity, graph)
