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

# Google and Microsoft call these for many users from shared addresses; a per-IP limit there
# would throttle everyone behind one Google frontend. The per-user limit still applies.
DEFAULT_IP_EXEMPT_PATHS = (
    "/addons/gmail",
    "/addons/calendar",
    "/webhooks/google",
    "/webhooks/microsoft",
)


# Production defaults of the rate limits; local mode (one user on loopback) defaults to off: a
# script checking fifty notes against its own server is not abuse.
RATE_LIMIT_DEFAULTS = {
    "rate_limit_per_user_per_minute": 120,
    "rate_limit_per_ip_per_minute": 600,
    "webhook_failures_per_ip_per_minute": 30,
}


class Settings(BaseSettings):
    # Sections (`# --- name ---`) become the sections of docs/settings.md.
    model_config = SettingsConfigDict(
        env_prefix="RIGHTNOTE_",
        env_file=None,
        env_ignore_empty=True,
        extra="ignore",
        validate_default=True,
        # A rejected value is not echoed: it may be a secret (keys, client secrets, URLs with
        # passwords) and the message lands in logs. The message still names the variable.
        hide_input_in_errors=True,
    )

    # --- service -------------------------------------------------------------------
    auth_mode: AuthMode = Field(
        AuthMode.LOCAL,
        description="`local`: one implicit user and no token, allowed only on a loopback address."
        " `production`: every request must carry a verified Google or Microsoft "
        "identity.",
    )
    host: str = Field(
        "127.0.0.1",
        description="Address `rightnote serve` binds.",
    )
    port: int = Field(
        8000,
        ge=1,
        le=65535,
        description="Port `rightnote serve` listens on.",
    )
    public_url: str = Field(
        "http://127.0.0.1:8000",
        description="The externally visible base URL (scheme, host and any path prefix) that "
        "Google, Microsoft and browsers use. Production needs https.",
    )
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where the embedded SQLite database and the local key file live.",
        json_schema_extra={"doc_default": "`$XDG_DATA_HOME/rightnote` (`~/.local/share/...`)"},
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of the database, e.g. "
        "`postgresql+asyncpg://user:password@host/db`. Unset: SQLite in the data "
        "directory. Required in production.",
    )
    max_body_bytes: int = Field(
        256 * 1024,
        ge=1024,
        description="Requests with a larger body are refused with 413.",
    )
    log_level: str = Field(
        "INFO",
        description="Log level: DEBUG, INFO, WARNING or ERROR.",
    )
    log_json: bool = Field(
        False,
        description="One JSON object per log line (for log collectors) instead of human-readable "
        "lines. The container image turns it on.",
    )
    local_user_name: str | None = Field(
        None,
        description="Local mode: the user's name, used to sign notes.",
    )
    local_user_email: str | None = Field(
        None,
        description="Local mode: the user's email address (tells it from interviewers').",
    )
    timezone: str = Field(
        "UTC",
        description="IANA time zone used when an input names none (local mode, CLI).",
    )
    shutdown_timeout_seconds: float = Field(
        25.0,
        gt=0,
        description="On SIGTERM, how long in-flight requests may take to finish before the server"
        " closes them. Keep it below the platform's kill deadline (Kubernetes "
        "`terminationGracePeriodSeconds`, Cloud Run's 10 s).",
    )

    # --- secrets -------------------------------------------------------------------
    encryption_keys: SecretStr | None = Field(
        None,
        description="Comma-separated Fernet keys, newest first, that encrypt stored OAuth tokens."
        " Required in production; local mode generates a key file when unset. Rotate "
        "with `rightnote rotate-keys`.",
    )

    # --- Google --------------------------------------------------------------------
    google_certs_url: str = Field(
        "https://www.googleapis.com/oauth2/v1/certs",
        description="Where Google's ID-token signing certificates are fetched. Leave the default;"
        " tests point it at a fake.",
    )
    google_addon_service_account: str | None = Field(
        None,
        description="The add-on's service account (`serviceAccountEmail` from `gcloud "
        "workspace-add-ons get-authorization`); system ID tokens must be issued for "
        "it.",
    )
    google_oauth_client_id: str | None = Field(
        None,
        description="The add-on's OAuth client id (`oauthClientId` from `gcloud workspace-add-ons"
        " get-authorization`): the audience of its user ID tokens, and of Google ID "
        "tokens accepted on `/v1`.",
    )
    google_oauth_client_secret: SecretStr | None = Field(
        None,
        description="Older name of the connect flow's web client secret "
        "(RIGHTNOTE_GOOGLE_WEB_CLIENT_SECRET); still read when that one is unset.",
    )
    google_web_client_id: str | None = Field(
        None,
        description="Client id of the Google OAuth web client that connects a mailbox and "
        "calendar for auto-drafts (redirect URI "
        "`{public_url}/connect/google/callback`). Unset: connecting Google is off.",
    )
    google_web_client_secret: SecretStr | None = Field(
        None,
        description="Secret of that web client. Unset: the secret under its older name "
        "(RIGHTNOTE_GOOGLE_OAUTH_CLIENT_SECRET) is used.",
    )
    google_api_endpoint: str | None = Field(
        None,
        description="Override of the Google API endpoint. Leave unset; tests use a fake.",
    )
    google_oauth_token_url: str = Field(
        "https://oauth2.googleapis.com/token",
        description="Google's OAuth token endpoint. Leave the default.",
    )
    google_oauth_auth_url: str = Field(
        "https://accounts.google.com/o/oauth2/v2/auth",
        description="Google's OAuth authorization endpoint. Leave the default.",
    )
    google_revoke_url: str = Field(
        "https://oauth2.googleapis.com/revoke",
        description="Google's OAuth revocation endpoint. Leave the default.",
    )
    google_api_timeout_seconds: float = Field(
        3.0,
        gt=0,
        description="Timeout of each call to a Google API.",
    )

    # --- Microsoft -----------------------------------------------------------------
    microsoft_client_id: str | None = Field(
        None,
        description="Application (client) id of the Entra app registration. Unset: Microsoft "
        "sign-in is off.",
    )
    microsoft_client_secret: SecretStr | None = Field(
        None,
        description="Client secret of the Entra app (on-behalf-of flow to Graph).",
    )
    microsoft_app_id_uri: str | None = Field(
        None,
        description="Application ID URI, `api://<host>/<client id>`: the audience of v1 access "
        "tokens.",
    )
    microsoft_authority_host: str = Field(
        "https://login.microsoftonline.com",
        description="Entra ID authority. Leave the default; tests point it at a fake.",
    )
    microsoft_graph_url: str = Field(
        "https://graph.microsoft.com/v1.0",
        description="Microsoft Graph base URL. Leave the default; tests point it at a fake.",
    )
    microsoft_allowed_tenants: CsvList = Field(
        default_factory=list,
        description="Comma-separated tenant ids (GUIDs) whose users may sign in. Empty: any Entra"
        " tenant. Set it for a single-organization deployment.",
    )
    microsoft_api_timeout_seconds: float = Field(
        3.0,
        gt=0,
        description="Timeout of each call to Entra ID or Graph.",
    )

    # --- auto-drafts ---------------------------------------------------------------
    worker_poll_seconds: float = Field(
        5.0,
        gt=0,
        description="How often the worker looks for due work when idle.",
    )
    worker_batch_size: int = Field(
        20,
        ge=1,
        le=1000,
        description="Draft records a worker claims at a time.",
    )
    worker_max_attempts: int = Field(
        8,
        ge=1,
        description="Delivery attempts before a draft record is marked failed.",
    )
    retention_days: int = Field(
        90,
        ge=1,
        description="Days interviews and finished draft records are kept.",
    )
    sync_poll_seconds: float = Field(
        1.0,
        gt=0,
        description="How often the worker looks for calendars that a push notification (or a new "
        "connection) asked to sync. Part of the lag from a calendar change to its "
        "drafts.",
    )
    sync_sweep_seconds: float = Field(
        300.0,
        ge=10,
        description="The safety net: every calendar of an active connection is synced at least "
        "this often, whether or not a push notification came (notifications can be "
        "lost).",
    )

    # --- rate limits ---------------------------------------------------------------
    rate_limit_per_user_per_minute: int = Field(
        RATE_LIMIT_DEFAULTS["rate_limit_per_user_per_minute"],
        ge=0,
        description="Requests a signed-in user may make per minute on `/v1` and `/addons` (bursts"
        " up to this many). 0 turns the limit off. Unset: 120 in production, off in local "
        "mode (one user on loopback). Shared by all replicas when RIGHTNOTE_REDIS_URL is "
        "set, else per replica.",
        json_schema_extra={"doc_default": "120 in production, 0 (off) in local mode"},
    )
    rate_limit_per_ip_per_minute: int = Field(
        RATE_LIMIT_DEFAULTS["rate_limit_per_ip_per_minute"],
        ge=0,
        description="Requests one client address may make per minute on any route but the probes "
        "and `/metrics`. 0 turns the limit off. Unset: 600 in production, off in local "
        "mode. Shared by all replicas when RIGHTNOTE_REDIS_URL is set, else per replica.",
        json_schema_extra={"doc_default": "600 in production, 0 (off) in local mode"},
    )
    rate_limit_ip_exempt_paths: CsvList = Field(
        default_factory=lambda: list(DEFAULT_IP_EXEMPT_PATHS),
        description="Comma-separated path prefixes the per-IP limit skips: endpoints that "
        "Google's and Microsoft's servers call for many users from shared addresses "
        "(the per-user limit still applies to the add-on endpoints).",
        json_schema_extra={
            "doc_default": "`/addons/gmail,/addons/calendar,/webhooks/google,/webhooks/microsoft`"
        },
    )
    webhook_failures_per_ip_per_minute: int = Field(
        RATE_LIMIT_DEFAULTS["webhook_failures_per_ip_per_minute"],
        ge=0,
        description="Refused push notifications (unknown channel or subscription, wrong secret) "
        "one client address may send per minute (bursts up to this many); past it the "
        "webhooks answer 429 without looking anything up. 0 turns the budget off. Unset: 30 "
        "in production, off in local mode. Per replica. The webhooks are exempt from the "
        "per-IP limit, not from this.",
        json_schema_extra={"doc_default": "30 in production, 0 (off) in local mode"},
    )
    redis_url: SecretStr | None = Field(
        None,
        description="Redis that holds the rate limits, shared by every replica: "
        "`redis://host:6379/0`, `rediss://` for TLS, `unix:///path`. Unset: each process "
        "keeps its own buckets (N replicas allow N times the limit). When Redis does not "
        "answer, a process falls back to its own buckets and logs a warning.",
    )
    redis_key_prefix: str = Field(
        "rightnote",
        min_length=1,
        max_length=100,
        description="Prefix of every Redis key RightNote writes (several deployments may share "
        "one Redis).",
    )
    trusted_proxies: CsvList = Field(
        default_factory=list,
        description="Comma-separated addresses or CIDR ranges of the reverse proxies in front of "
        "the service. Only when the peer is one of them is `X-Forwarded-For` read, "
        "and then its rightmost address that is not a trusted proxy is the client.",
    )

    # --- operations ----------------------------------------------------------------
    metrics_token: SecretStr | None = Field(
        None,
        description="Bearer token Prometheus must send to read `/metrics`. Unset: `/metrics` "
        "answers 404 in production and is open in local mode.",
    )
    metrics_port: int | None = Field(
        None,
        ge=1,
        le=65535,
        description="The worker serves `/metrics` and `/healthz` on this port (the API serves "
        "them on its own port). Unset: the worker serves no HTTP.",
    )

    _split_lists = field_validator(
        "microsoft_allowed_tenants",
        "rate_limit_ip_exempt_paths",
        "trusted_proxies",
        mode="before",
    )(_split_csv)

    @model_validator(mode="before")
    @classmethod
    def _mode_defaults(cls, data: Any) -> Any:
        """Rate limits left unset default by mode: off in local mode, on in production."""
        if not isinstance(data, dict):
            return data
        mode = data.get("auth_mode", AuthMode.LOCAL)
        if str(getattr(mode, "value", mode)).strip().lower() != AuthMode.LOCAL.value:
            return data
        filled = dict(data)
        for name in RATE_LIMIT_DEFAULTS:
            if filled.get(name) is None:
                filled[name] = 0
        return filled

    @field_validator("public_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            scheme = value.get_secret_value().partition("://")[0].lower()
            if scheme not in ("redis", "rediss", "unix"):
                # The URL itself is not repeated: it may carry a password.
                raise ValueError(
                    "RIGHTNOTE_REDIS_URL must start with redis://, rediss:// or unix://"
                )
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} is not an IP address or CIDR range") from None
        return value

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
    def google_web_secret(self) -> SecretStr | None:
        """The connect flow's client secret, under its current name or the older one."""
        return self.google_web_client_secret or self.google_oauth_client_secret

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'rightnote.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
