"""Fixtures shared by the Entra ID tests: a fake Microsoft identity platform, and an HTTP client
that reaches it (and nothing else)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.fakes.microsoft_identity import FakeMicrosoftIdentity


@pytest.fixture
def fake() -> FakeMicrosoftIdentity:
    return FakeMicrosoftIdentity()


@pytest.fixture
async def http(fake: FakeMicrosoftIdentity) -> AsyncIterator[httpx.AsyncClient]:
    async with fake.hosts().async_client() as client:
        yield client
