"""tests/connect: the real app in production mode, with the fake Google and Microsoft servers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.live import LiveEnv, live_env


@pytest.fixture
async def env(tmp_path: Path, sqlite_url: str) -> AsyncIterator[LiveEnv]:
    async with live_env(tmp_path, sqlite_url) as live:
        yield live
