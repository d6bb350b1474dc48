"""Shared set-up for the Microsoft provider tests: the fake identity platform and fake Graph
behind one FakeHosts, settings pointing at them, and a migrated SQLite store with Alice's user."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx
from cryptography.fernet import Fernet
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.crypto import TokenCipher
from app.auth.identity import Identity
from app.providers.microsoft import MicrosoftGraph, build_microsoft
from app.settings import Settings
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
