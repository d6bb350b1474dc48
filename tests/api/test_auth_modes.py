"""Authentication modes: local is the embedded default and refused off loopback."""

from __future__ import annotations

import httpx
import pytest
from pydantic import ValidationError

from app.auth.identity import Identity
from app.main import create_app
from app.settings import AuthMode, Settings


def test_local_mode_is_the_default(tmp_path) -> None:
    assert Settings(data_dir=tmp_path).auth_mode is AuthMode.LOCAL


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.com"])
def test_local_mode_refused_off_loopback(host: str) -> None:
    with pytest.raises(ValidationError, match="non-loopback"):
        Settings(host=host)


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost", "127.0.0.2"])
def test_local_mode_allowed_on_loopback(host: str) -> None:
    assert Settings(host=host).host == host


def test_production_refuses_unsafe_defaults() -> None:
    with pytest.raises(ValidationError, match="RIGHTNOTE_ENCRYPTION_KEYS"):
        Settings(auth_mode="production", host="0.0.0.0")
    with pytest.raises(ValidationError, match="https"):
        Settings(
            auth_mode="production",
            host="0.0.0.0",
            encryption_keys="k",
            database_url="postgresql+asyncpg://db/x",
            public_url="http://insecure.example",
        )


def test_settings_come_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("RIGHTNOTE_MAX_BODY_BYTES", "4096")
    monkeypatch.setenv("RIGHTNOTE_MICROSOFT_ALLOWED_TENANTS", "a, b")
    settings = Settings()
    assert settings.max_body_bytes == 4096
    assert settings.microsoft_allowed_tenants == ["a", "b"]


class _StaticVerifier:
    """Accepts exactly one token; stands in for the Google/Microsoft verifiers in this test."""

    async def verify(self, token: str) -> Identity | None:
        return Identity("microsoft", "oid-1", "tid-1") if token == "good" else None


async def test_production_mode_requires_a_verified_token(tmp_path) -> None:
    settings = Settings(
        auth_mode="production",
        host="0.0.0.0",
        encryption_keys="unused-here",
        database_url=f"sqlite+aiosqlite:///{tmp_path}/x.db",
        public_url="https://rightnote.example",
    )
    app = create_app(settings)
    app.state.rightnote.verifiers.append(_StaticVerifier())
    body = {"text": "Thank you for your time.", "scenario": "gratitude"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="https://rightnote.example"
    ) as client:
        missing = await client.post("/v1/voice/check", json=body)
        assert missing.status_code == 401
        assert missing.json()["error"] == "unauthorized"
        assert missing.headers["www-authenticate"] == "Bearer"
        wrong = await client.post(
            "/v1/voice/check", json=body, headers={"Authorization": "Bearer forged"}
        )
        assert wrong.status_code == 401
        # A body or header claiming an identity is never trusted.
        spoof = await client.post(
            "/v1/voice/check", json=body, headers={"X-User": "oid-1", "Authorization": "Basic good"}
        )
        assert spoof.status_code == 401
        ok = await client.post(
            "/v1/voice/check", json=body, headers={"Authorization": "Bearer good"}
        )
        assert ok.status_code == 200
