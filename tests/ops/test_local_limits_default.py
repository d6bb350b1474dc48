"""Local mode (one user on loopback) has no rate limits unless asked; production keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import Settings
from tests.ops.conftest import local_settings, production_settings, running

VOICE = {"text": "Thank you for your time.", "scenario": "gratitude"}


def test_the_defaults_depend_on_the_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    local = local_settings(tmp_path)
    assert (local.rate_limit_per_user_per_minute, local.rate_limit_per_ip_per_minute) == (0, 0)
    production = production_settings(tmp_path)
    assert production.rate_limit_per_user_per_minute == 120
    assert production.rate_limit_per_ip_per_minute == 600
    assert production.webhook_failures_per_ip_per_minute == 30
    assert local.webhook_failures_per_ip_per_minute == 0
    # Set explicitly, a limit applies in local mode too (argument or environment).
    assert local_settings(tmp_path, rate_limit_per_ip_per_minute=5).rate_limit_per_ip_per_minute
    monkeypatch.setenv("RIGHTNOTE_RATE_LIMIT_PER_USER_PER_MINUTE", "7")
    assert Settings(data_dir=tmp_path).rate_limit_per_user_per_minute == 7
    monkeypatch.setenv("RIGHTNOTE_AUTH_MODE", "production")
    monkeypatch.setenv("RIGHTNOTE_HOST", "0.0.0.0")
    monkeypatch.setenv("RIGHTNOTE_ENCRYPTION_KEYS", "unused")
    monkeypatch.setenv("RIGHTNOTE_DATABASE_URL", "sqlite+aiosqlite:///x.db")
    monkeypatch.setenv("RIGHTNOTE_PUBLIC_URL", "https://rightnote.example")
    from_env = Settings(data_dir=tmp_path)
    assert (from_env.rate_limit_per_user_per_minute, from_env.rate_limit_per_ip_per_minute) == (
        7,
        600,
    )


async def test_a_local_script_checking_many_notes_is_never_refused(tmp_path: Path) -> None:
    # Over both production budgets' burst (120 per user), from one loopback client.
    async with running(local_settings(tmp_path), client_ip="127.0.0.1") as (_, client):
        statuses = {
            (await client.post("/v1/voice/check", json=VOICE)).status_code for _ in range(130)
        }
    assert statuses == {200}
