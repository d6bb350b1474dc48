"""The worker's mailbox registry registers Gmail once the connect flow's web client is set."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr

from app.providers.google_gmail import GoogleMailboxFactory
from app.providers.registry import build_mailbox_registry
from app.settings import Settings


def test_google_is_registered_only_when_the_web_client_is_configured(tmp_path: Path) -> None:
    assert "google" not in build_mailbox_registry(Settings(data_dir=tmp_path)).providers
    configured = Settings(
        data_dir=tmp_path,
        google_web_client_id="web.apps.googleusercontent.com",
        google_web_client_secret=SecretStr("secret"),
    )
    registry = build_mailbox_registry(configured)
    assert "google" in registry.providers
    assert isinstance(registry._factories["google"], GoogleMailboxFactory)
    # The older name of the secret still counts.
    older = Settings(
        data_dir=tmp_path,
        google_web_client_id="web.apps.googleusercontent.com",
        google_oauth_client_secret=SecretStr("secret"),
    )
    assert "google" in build_mailbox_registry(older).providers
