"""The one settings class. Every knob is an environment variable with the RIGHTNOTE_ prefix."""

from __future__ import annotations

import ipaddress
import os
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class AuthMode(StrEnum):
    # One implicit local user, no token. Only for a server bound to loopback.
    LOCAL = "local"
    # Every request carries a verified Google or Microsoft identity.
    PRODUCTION = "production"


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "rightnote"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _split_csv(value: Any) -> Any:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


CsvList = Annotated[list[str], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="RIGHTNOTE_", env_file=None, extra="ignore", validate_default=True
    )

    # --- service -------------------------------------------------------------------------
    auth_mode: AuthMode = AuthMode.LOCAL
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    # The externally visible base URL (scheme + host [+ path prefix]). Google signs its requests
    # for the exact endpoint URL, so audiences are rebuilt from this, never from request headers.
    public_url: str = "http://127.0.0.1:8000"
    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    max_body_bytes: int = Field(256 * 1024, ge=1024)
    log_level: str = "INFO"
    log_json: bool = False
    # Name used to sign drafts when the caller gives none (local mode only).
    local_user_name: str | None = None
    local_user_email: str | None = None
    timezone: str = "UTC"

    # --- secrets -------------------------------------------------------------------------
    # Comma-separated Fernet keys, newest first. Local mode generates a key file when unset.
    encryption_keys: SecretStr | None = None

    # --- Google --------------------------------------------------------------------------
    google_certs_url: str = "https://www.googleapis.com/oauth2/v1/certs"
    google_addon_service_account: str | None = None
    google_oauth_client_id: str | None = None
    google_oauth_client_secret: SecretStr | None = None
    google_api_endpoint: str | None = None  # tests point the client library at a fake
    google_oauth_token_url: str = "https://oauth2.googleapis.com/token"
    google_oauth_auth_url: str = "https://accounts.google.com/o/oauth2/v2/auth"
    google_revoke_url: str = "https://oauth2.googleapis.com/revoke"
    google_api_timeout_seconds: float = Field(3.0, gt=0)

    # --- Microsoft -----------------------------------------------------------------------
    microsoft_client_id: str | None = None
    microsoft_client_secret: SecretStr | None = None
    microsoft_app_id_uri: str | None = None
    microsoft_authority_host: str = "https://login.microsoftonline.com"
    microsoft_graph_url: str = "https://graph.microsoft.com/v1.0"
    microsoft_allowed_tenants: CsvList = Field(default_factory=list)
    microsoft_api_timeout_seconds: float = Field(3.0, gt=0)

    # --- auto-drafts ---------------------------------------------------------------------
    worker_poll_seconds: float = Field(5.0, gt=0)
    worker_batch_size: int = Field(20, ge=1, le=1000)
    worker_max_attempts: int = Field(8, ge=1)
    retention_days: int = Field(90, ge=1)

    # --- rate limits ---------------------------------------------------------------------
    rate_limit_per_user_per_minute: int = Field(120, ge=1)
    rate_limit_per_ip_per_minute: int = Field(600, ge=1)

    _split_tenants = field_validator("microsoft_allowed_tenants", mode="before")(_split_csv)

    @field_validator("public_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @model_validator(mode="after")
    def _refuse_unsafe(self) -> Settings:
        if self.auth_mode is AuthMode.LOCAL and not is_loopback(self.host):
            raise ValueError(
                "RIGHTNOTE_AUTH_MODE=local serves one user without any token; it is refused on "
                f"the non-loopback address {self.host!r}. Bind to 127.0.0.1 or set "
                "RIGHTNOTE_AUTH_MODE=production."
            )
        if self.auth_mode is AuthMode.PRODUCTION:
            missing = []
            if self.encryption_keys is None:
                missing.append("RIGHTNOTE_ENCRYPTION_KEYS")
            if self.database_url is None:
                missing.append("RIGHTNOTE_DATABASE_URL")
            if missing:
                raise ValueError("production mode needs " + ", ".join(missing))
            if not self.public_url.startswith("https://"):
                raise ValueError("production mode needs an https:// RIGHTNOTE_PUBLIC_URL")
        return self

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'rightnote.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
