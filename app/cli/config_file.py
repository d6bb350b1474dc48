"""The local config file of `rightnote run` / `rightnote watch`, and where their secrets come from.

    ~/.config/rightnote/config.toml   (XDG_CONFIG_HOME applies; --config PATH or RIGHTNOTE_CONFIG)

    me = ["sam.okafor@example.com"]
    name = "Sam Okafor"
    timezone = "America/New_York"
    calendar = "caldav+https://sam@caldav.fastmail.com/dav/calendars/user/sam@fastmail.com/Default/"
    imap = "imaps://sam@fastmail.com@imap.fastmail.com"   # or: maildir = "~/drafts"
    interval = 30

    [imap_oauth2]            # only for XOAUTH2 (Outlook.com, Microsoft 365; optional for Gmail)
    token_url = "https://login.microsoftonline.com/consumers/oauth2/v2.0/token"
    client_id = "…"          # your own app registration
    scope = "https://outlook.office.com/IMAP.AccessAsUser.All offline_access"

Flags override the file. Secrets never come from it: a key that looks like one (password, token,
secret …) is refused with where to put it instead — the environment (RIGHTNOTE_IMAP_PASSWORD,
RIGHTNOTE_CALDAV_PASSWORD, RIGHTNOTE_IMAP_OAUTH2_TOKEN, RIGHTNOTE_IMAP_OAUTH2_REFRESH_TOKEN,
RIGHTNOTE_IMAP_OAUTH2_CLIENT_SECRET) or the OS keyring (`rightnote secret set KIND`, service
"rightnote"). The environment wins over the keyring. Unknown keys and wrong types are errors
with the key's name (`ConfigError`; the CLI exits 2), never a traceback.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_ENV = "RIGHTNOTE_CONFIG"
MAX_CONFIG_BYTES = 64 * 1024  # a config file is a few hundred bytes; refuse anything odd
KEYRING_SERVICE = "rightnote"
MIN_INTERVAL, MAX_INTERVAL = 5.0, 3600.0
# 30 s: an interview that shows up in the calendar only at its end still gets its drafts well
# inside the 60 s target (bench_watch: p99 33 s), and an unchanged poll is a 304 of ~100 bytes
# and a few ms of CPU, so polling twice a minute costs next to nothing. Interviews already in
# the calendar do not wait for a poll at all (the watcher sleeps until the next due time).
DEFAULT_INTERVAL = 30.0


@dataclass(frozen=True, slots=True)
class SecretKind:
    kind: str
    env: str
    what: str


SECRETS: dict[str, SecretKind] = {
    s.kind: s
    for s in (
        SecretKind("imap", "RIGHTNOTE_IMAP_PASSWORD", "the IMAP password (or app password)"),
        SecretKind("caldav", "RIGHTNOTE_CALDAV_PASSWORD", "the CalDAV password (or app password)"),
        SecretKind("imap-oauth2", "RIGHTNOTE_IMAP_OAUTH2_TOKEN", "an OAuth 2 access token"),
        SecretKind(
            "imap-oauth2-refresh", "RIGHTNOTE_IMAP_OAUTH2_REFRESH_TOKEN", "an OAuth 2 refresh token"
        ),
        SecretKind(
            "imap-oauth2-client-secret",
            "RIGHTNOTE_IMAP_OAUTH2_CLIENT_SECRET",
            "the OAuth 2 client secret (confidential clients only)",
        ),
    )
}


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file and the key."""


@dataclass(slots=True)
class LocalConfig:
    path: Path | None = None  # None: no file was read
    me: list[str] = field(default_factory=list)
    name: str | None = None
    timezone: str | None = None
    calendar: str | None = None
    allow_private_calendar: bool = False
    imap: str | None = None
    maildir: Path | None = None
    interval: float | None = None
    oauth2_token_url: str | None = None
    oauth2_client_id: str | None = None
    oauth2_scope: str | None = None


def default_config_path() -> Path:
    """$RIGHTNOTE_CONFIG, else $XDG_CONFIG_HOME/rightnote/config.toml (~/.config by default)."""
    named = os.environ.get(CONFIG_ENV)
    if named:
        return Path(named).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME")
    # The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return root / "rightnote" / "config.toml"


_TOP = {
    "me",
    "name",
    "timezone",
    "calendar",
    "allow_private_calendar",
    "imap",
    "maildir",
    "interval",
    "imap_oauth2",
}
_OAUTH2 = {"token_url", "client_id", "scope"}
_SECRET_WORDS = ("password", "passwd", "secret", "token", "credential", "api_key", "apikey")


def _secret_hint(key: str) -> str:
    lowered = key.lower()
    if "caldav" in lowered:
        kind = SECRETS["caldav"]
    elif "refresh" in lowered:
        kind = SECRETS["imap-oauth2-refresh"]
    elif "client_secret" in lowered:
        kind = SECRETS["imap-oauth2-client-secret"]
    elif "token" in lowered:
        kind = SECRETS["imap-oauth2"]
    else:
        kind = SECRETS["imap"]
    return f"set {kind.env}, or store it in the OS keyring with `rightnote secret set {kind.kind}`"


def _looks_secret(key: str) -> bool:
    lowered = key.lower()
    return lowered != "token_url" and any(word in lowered for word in _SECRET_WORDS)


def load_config(path: Path | None = None) -> LocalConfig:
    """The config at `path` (must exist), or at the default place (may be missing: empty)."""
    explicit = path is not None
    where = (path or default_config_path()).expanduser()
    try:
        with open(where, "rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        if explicit or os.environ.get(CONFIG_ENV):
            raise ConfigError(f"config file {where} does not exist") from None
        return LocalConfig()
    except IsADirectoryError:
        raise ConfigError(f"config file {where} is a folder") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {where}: {exc.strerror or exc}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"config file {where} is over {MAX_CONFIG_BYTES // 1024} KiB")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"config file {where} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {where} is not valid TOML: {exc}") from None
    return _parse(data, where)


def _parse(data: dict[str, Any], where: Path) -> LocalConfig:
    def bad(key: str, want: str) -> ConfigError:
        return ConfigError(f"{where}: `{key}` must be {want}")

    for key in data:
        if _looks_secret(key):
            raise ConfigError(
                f"{where}: `{key}` looks like a secret, and secrets are never read from the "
                f"config file: {_secret_hint(key)}"
            )
        if key not in _TOP:
            known = ", ".join(sorted(_TOP))
            raise ConfigError(f"{where}: unknown key `{key}` (known keys: {known})")
    config = LocalConfig(path=where)

    def text(key: str, value: Any = None) -> str | None:
        value = data.get(key) if value is None else value
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise bad(key, "a non-empty string")
        return value.strip()

    me = data.get("me")
    if me is not None:
        items = [me] if isinstance(me, str) else me
        if not isinstance(items, list) or not all(isinstance(a, str) for a in items):
            raise bad("me", 'an address or a list of addresses, e.g. ["you@example.com"]')
        config.me = [a.strip() for item in items for a in item.split(",") if a.strip()]
        if not config.me or any("@" not in a for a in config.me):
            raise bad("me", 'your email address(es), e.g. ["you@example.com"]')
    config.name = text("name")
    config.timezone = text("timezone")
    config.calendar = text("calendar")
    config.imap = text("imap")
    maildir = text("maildir")
    config.maildir = Path(maildir).expanduser() if maildir else None
    private = data.get("allow_private_calendar", False)
    if not isinstance(private, bool):
        raise bad("allow_private_calendar", "true or false")
    config.allow_private_calendar = private
    interval = data.get("interval")
    if interval is not None:
        if isinstance(interval, bool) or not isinstance(interval, int | float):
            raise bad("interval", "a number of seconds")
        if not MIN_INTERVAL <= interval <= MAX_INTERVAL:
            raise bad("interval", f"between {MIN_INTERVAL:g} and {MAX_INTERVAL:g} seconds")
        config.interval = float(interval)
    oauth2 = data.get("imap_oauth2")
    if oauth2 is not None:
        if not isinstance(oauth2, dict):
            raise bad("imap_oauth2", "a table ([imap_oauth2] with token_url, client_id, scope)")
        for key in oauth2:
            if _looks_secret(key):
                raise ConfigError(
                    f"{where}: `imap_oauth2.{key}` looks like a secret, and secrets are never "
                    f"read from the config file: {_secret_hint(key)}"
                )
            if key not in _OAUTH2:
                raise ConfigError(
                    f"{where}: unknown key `imap_oauth2.{key}` (known: client_id, scope, token_url)"
                )
        config.oauth2_token_url = text("imap_oauth2.token_url", oauth2.get("token_url"))
        config.oauth2_client_id = text("imap_oauth2.client_id", oauth2.get("client_id"))
        config.oauth2_scope = text("imap_oauth2.scope", oauth2.get("scope"))
        if (config.oauth2_token_url is None) != (config.oauth2_client_id is None):
            raise ConfigError(f"{where}: [imap_oauth2] needs both token_url and client_id")
    if config.imap is not None and config.maildir is not None:
        raise ConfigError(f"{where}: give one place for the drafts: `imap` or `maildir`, not both")
    return config


# --- secrets ------------------------------------------------------------------------------------


class SecretStoreError(Exception):
    """The OS keyring could not be used (none installed, locked, no D-Bus session …)."""


def get_secret(kind: str) -> str | None:
    """The secret from its environment variable, else the OS keyring, else None."""
    spec = SECRETS[kind]
    value = os.environ.get(spec.env)
    if value:
        return value
    try:
        return _keyring_get(kind)
    except SecretStoreError:
        # No usable keyring is the same as an empty one here: the caller says which variable
        # or `secret set` would supply the secret.
        return None


def _keyring_get(kind: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(KEYRING_SERVICE, kind)
    except KeyringError as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from None
    return value or None


def set_secret(kind: str, value: str) -> str:
    """Store the secret in the OS keyring; the backend's name, for the message."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, kind, value)
    except KeyringError as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from None
    backend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


def delete_secret(kind: str) -> bool:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, kind)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise SecretStoreError(str(exc) or type(exc).__name__) from None
    return True


def missing_secret(kind: str, whose: str) -> str:
    spec = SECRETS[kind]
    return (
        f"missing {spec.what} for {whose}: set {spec.env}, or store it in the OS keyring with "
        f"`rightnote secret set {spec.kind}`"
    )


# --- flags over the file ------------------------------------------------------------------------


@dataclass(slots=True)
class LocalSetup:
    """What one `run` or `watch` uses: the file's values with the flags given on top."""

    me: list[str]
    name: str | None
    timezone: str
    calendar: str
    allow_private_calendar: bool
    imap: str | None
    maildir: Path | None
    interval: float
    oauth2_token_url: str | None = None
    oauth2_client_id: str | None = None
    oauth2_scope: str | None = None


def merge(
    config: LocalConfig,
    *,
    me: list[str] | None,
    name: str | None,
    timezone: str | None,
    default_timezone: str,
    calendar: str | None,
    allow_private_calendar: bool | None,
    imap: str | None,
    maildir: Path | None,
    interval: float | None,
) -> LocalSetup:
    where = f" (or set it in {config.path})" if config.path else " (or in a config file)"
    addresses = (
        [a.strip() for item in me for a in item.split(",") if a.strip()] if me else config.me
    )
    # Something on both sides of the '@': "@", "@example.com" or "sam@" match nobody, and the
    # user would be taken for an interviewer in every invite.
    if not addresses or not all(all(a.rpartition("@")[::2]) for a in addresses):
        raise ConfigError(
            "--me takes your email address(es), e.g. --me sam.okafor@example.com" + where
        )
    location = calendar or config.calendar
    if not location:
        raise ConfigError("give the calendar: --calendar PATH|URL" + where)
    if imap is not None or maildir is not None:
        # A flag for the drafts' place replaces the file's, whichever kind the file named.
        if imap is not None and maildir is not None:
            raise ConfigError("give one place for the drafts: --maildir DIR or --imap URL")
        chosen_imap, chosen_maildir = imap, maildir
    else:
        chosen_imap, chosen_maildir = config.imap, config.maildir
    if chosen_imap is None and chosen_maildir is None:
        raise ConfigError(
            "give one place for the drafts: --maildir DIR or --imap imaps://USER@HOST" + where
        )
    chosen_interval = interval if interval is not None else config.interval
    if chosen_interval is None:
        chosen_interval = DEFAULT_INTERVAL
    if not MIN_INTERVAL <= chosen_interval <= MAX_INTERVAL:
        raise ConfigError(
            f"--interval must be between {MIN_INTERVAL:g} and {MAX_INTERVAL:g} seconds"
        )
    return LocalSetup(
        me=addresses,
        name=name or config.name,
        timezone=timezone or config.timezone or default_timezone,
        calendar=location,
        allow_private_calendar=(
            allow_private_calendar
            if allow_private_calendar is not None
            else config.allow_private_calendar
        ),
        imap=chosen_imap,
        maildir=chosen_maildir,
        interval=chosen_interval,
        oauth2_token_url=config.oauth2_token_url,
        oauth2_client_id=config.oauth2_client_id,
        oauth2_scope=config.oauth2_scope,
    )


def open_imap(setup: LocalSetup) -> Any:
    """The ImapMailbox the setup names, its secret from the environment or the keyring.

    XOAUTH2 is used when an access token is given (RIGHTNOTE_IMAP_OAUTH2_TOKEN or the keyring),
    or when [imap_oauth2] names a token endpoint and a refresh token is stored; else LOGIN with
    the password."""
    from app.errors import AppError
    from app.providers.imap import FixedToken, ImapMailbox, RefreshingToken, parse_imap_url

    assert setup.imap is not None
    try:
        account = parse_imap_url(setup.imap)
    except AppError as exc:
        raise ConfigError(str(exc.detail)) from None
    token = get_secret("imap-oauth2")
    if token:
        return ImapMailbox(account, oauth2=FixedToken(token))
    if setup.oauth2_token_url and setup.oauth2_client_id:
        refresh = get_secret("imap-oauth2-refresh")
        if not refresh:
            raise ConfigError(missing_secret("imap-oauth2-refresh", account.username))
        try:
            source = RefreshingToken(
                setup.oauth2_token_url,
                setup.oauth2_client_id,
                refresh,
                client_secret=get_secret("imap-oauth2-client-secret"),
                scope=setup.oauth2_scope,
            )
        except AppError as exc:
            raise ConfigError(str(exc.detail)) from None
        return ImapMailbox(account, oauth2=source)
    password = get_secret("imap")
    if not password:
        raise ConfigError(
            missing_secret("imap", account.username)
            + " (an app password for Gmail, iCloud, Yahoo, Fastmail; Outlook.com needs XOAUTH2)"
        )
    return ImapMailbox(account, password)


def open_source(setup: LocalSetup) -> Any:
    """The calendar source (app.providers.calendars.open_calendar) with the CalDAV password."""
    from app.errors import AppError
    from app.providers.calendars import is_caldav, open_calendar

    password = None
    if is_caldav(setup.calendar):
        from app.providers.caldav_source import parse_location

        try:
            # A malformed address (or a password written into it) is the first thing to say.
            parse_location(setup.calendar)
        except AppError as exc:
            raise ConfigError(str(exc.detail)) from None
        password = get_secret("caldav")
        if not password:
            raise ConfigError(missing_secret("caldav", "the CalDAV collection"))
    try:
        return open_calendar(
            setup.calendar,
            allow_private=setup.allow_private_calendar,
            caldav_password=password,
        )
    except AppError as exc:
        raise ConfigError(str(exc.detail)) from None
