"""The config file of `rightnote run` / `watch` and secrets from the environment or the OS
keyring. The keyring is a tiny in-memory backend installed with keyring's documented
`set_keyring` (and keyring's own `fail` backend for a machine without one)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail as fail_backend
from keyring.errors import PasswordDeleteError
from typer.testing import CliRunner, Result

from app.cli import _register
from app.cli import app as cli_app
from app.cli.config_file import (
    KEYRING_SERVICE,
    ConfigError,
    default_config_path,
    get_secret,
    load_config,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"
NOW = "2026-11-24T20:00:00Z"

_register()


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail_backend.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in (
        "RIGHTNOTE_DATABASE_URL",
        "RIGHTNOTE_LOCAL_USER_NAME",
        "RIGHTNOTE_TIMEZONE",
        "RIGHTNOTE_CONFIG",
        "RIGHTNOTE_IMAP_PASSWORD",
        "RIGHTNOTE_CALDAV_PASSWORD",
        "RIGHTNOTE_IMAP_OAUTH2_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


# --- the file -----------------------------------------------------------------------------------


def test_the_default_place_follows_xdg_and_a_missing_default_file_is_empty(env: Path) -> None:
    assert default_config_path() == env / "xdg" / "rightnote" / "config.toml"
    assert load_config().path is None


def test_a_full_file_is_read(env: Path) -> None:
    path = write(
        env / "c.toml",
        'me = "sam@example.com, sam.okafor@example.com"\nname = "Sam"\ninterval = 45\n'
        'timezone = "Europe/Paris"\ncalendar = "https://cal.example.com/feed.ics"\n'
        'imap = "imaps://sam@imap.example.com"\n'
        '[imap_oauth2]\ntoken_url = "https://login.example.com/token"\nclient_id = "abc"\n',
    )
    config = load_config(path)
    assert config.me == ["sam@example.com", "sam.okafor@example.com"]
    assert (config.interval, config.timezone, config.oauth2_client_id) == (
        45.0,
        "Europe/Paris",
        "abc",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('imap_password = "hunter2"\n', "set RIGHTNOTE_IMAP_PASSWORD"),
        ('password = "hunter2"\n', "rightnote secret set imap"),
        ('caldav_password = "x"\n', "RIGHTNOTE_CALDAV_PASSWORD"),
        ('[imap_oauth2]\nrefresh_token = "x"\n', "RIGHTNOTE_IMAP_OAUTH2_REFRESH_TOKEN"),
        ('[imap_oauth2]\nclient_secret = "x"\n', "RIGHTNOTE_IMAP_OAUTH2_CLIENT_SECRET"),
        ('colour = "blue"\n', "unknown key `colour`"),
        ('interval = "fast"\n', "`interval` must be a number of seconds"),
        ("interval = 1\n", "between 5 and 3600"),
        ("interval = true\n", "a number of seconds"),
        ("me = 7\n", "`me` must be"),
        ('me = ["not an address"]\n', "`me` must be"),
        ('allow_private_calendar = "yes"\n', "true or false"),
        ('imap = "imaps://a@b"\nmaildir = "/tmp/x"\n', "not both"),
        ("me = [\n", "not valid TOML"),
        ('[imap_oauth2]\ntoken_url = "https://x/t"\n', "needs both token_url and client_id"),
    ],
)
def test_bad_files_are_clear_errors_naming_the_key(env: Path, text: str, message: str) -> None:
    path = write(env / "c.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_an_oversized_or_binary_file_is_refused(env: Path) -> None:
    big = write(env / "big.toml", "# " + "x" * 70_000 + "\n")
    with pytest.raises(ConfigError, match="over 64 KiB"):
        load_config(big)
    binary = env / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00name")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(binary)
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(env / "missing.toml")


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli_app, list(args), input=input)


def test_a_password_in_the_file_stops_run_with_exit_2_and_no_traceback(env: Path) -> None:
    path = write(env / "c.toml", 'imap_password = "hunter2"\n')
    result = run("run", "--config", str(path), "--now", NOW)
    assert result.exit_code == 2
    assert "secrets are never read from the config file" in result.output
    assert "Traceback" not in result.output and "hunter2" not in result.output


def test_run_takes_everything_from_the_file_and_flags_win(env: Path) -> None:
    write(
        env / "xdg" / "rightnote" / "config.toml",
        f'me = ["sam.okafor@example.com"]\ncalendar = "{SAMPLE}"\n'
        f'maildir = "{env / "from-file"}"\ntimezone = "America/New_York"\n',
    )
    result = run("run", "--now", NOW, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["drafts_created"] == 4
    assert len(list((env / "from-file" / "cur").iterdir())) == 4

    flagged = run("run", "--now", NOW, "--json", "--maildir", str(env / "from-flag"))
    assert flagged.exit_code == 0, flagged.output
    assert json.loads(flagged.stdout)["maildir"] == str(env / "from-flag")


def test_run_without_a_calendar_anywhere_says_where_to_put_it(env: Path) -> None:
    result = run("run", "--me", "sam@example.com", "--maildir", str(env / "d"), "--now", NOW)
    assert result.exit_code == 2
    assert "give the calendar" in result.output


# --- secrets ------------------------------------------------------------------------------------


def test_secret_set_stores_in_the_keyring_from_stdin_and_the_environment_wins(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run("secret", "set", "imap", input="app-password-1\n")
    assert result.exit_code == 0, result.output
    assert memory_keyring.items[(KEYRING_SERVICE, "imap")] == "app-password-1"
    assert "app-password-1" not in result.output
    assert get_secret("imap") == "app-password-1"
    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", "from-env")
    assert get_secret("imap") == "from-env"

    assert run("secret", "delete", "imap").exit_code == 0
    monkeypatch.delenv("RIGHTNOTE_IMAP_PASSWORD")
    assert get_secret("imap") is None


def test_secret_set_refuses_an_unknown_kind_and_an_empty_secret(
    memory_keyring: MemoryKeyring,
) -> None:
    assert run("secret", "set", "gmail", input="x\n").exit_code == 2
    empty = run("secret", "set", "caldav", input="\n")
    assert empty.exit_code == 2 and "empty" in empty.output
    assert memory_keyring.items == {}


def test_without_a_usable_keyring_the_message_says_to_use_the_environment(
    no_keyring: None, env: Path
) -> None:
    result = run("secret", "set", "imap", input="pw\n")
    assert result.exit_code == 2
    assert "set RIGHTNOTE_IMAP_PASSWORD in the environment instead" in result.output
    assert get_secret("imap") is None
    missing = run(
        "run",
        "--calendar",
        str(SAMPLE),
        "--me",
        "sam@example.com",
        "--imap",
        "imaps://sam@imap.example.com",
        "--now",
        NOW,
    )
    assert missing.exit_code == 2
    assert "RIGHTNOTE_IMAP_PASSWORD" in missing.output
    assert "rightnote secret set imap" in missing.output


def test_a_caldav_calendar_takes_its_password_from_the_keyring(
    memory_keyring: MemoryKeyring, env: Path
) -> None:
    from app.cli.config_file import LocalConfig, merge, open_source

    setup = merge(
        LocalConfig(),
        me=["sam@example.com"],
        name=None,
        timezone=None,
        default_timezone="UTC",
        calendar="caldav+https://sam@caldav.example.com/dav/cal/",
        allow_private_calendar=None,
        imap=None,
        maildir=env / "d",
        interval=None,
    )
    assert setup.interval == 30.0
    with pytest.raises(ConfigError, match="RIGHTNOTE_CALDAV_PASSWORD"):
        open_source(setup)
    memory_keyring.set_password(KEYRING_SERVICE, "caldav", "cal-pw")
    source = open_source(setup)
    assert "cal-pw" not in source.subject and "cal-pw" not in repr(source)


def test_an_oauth2_token_in_the_keyring_selects_xoauth2(memory_keyring: MemoryKeyring) -> None:
    from app.cli.config_file import LocalConfig, merge, open_imap

    def setup(config: LocalConfig):
        return merge(
            config,
            me=["sam@example.com"],
            name=None,
            timezone=None,
            default_timezone="UTC",
            calendar=str(SAMPLE),
            allow_private_calendar=None,
            imap="imaps://sam@outlook.office365.com",
            maildir=None,
            interval=None,
        )

    memory_keyring.set_password(KEYRING_SERVICE, "imap", "pw")
    assert open_imap(setup(LocalConfig())).auth == "password"
    refreshing = LocalConfig(
        oauth2_token_url="https://login.example.com/token", oauth2_client_id="client"
    )
    with pytest.raises(ConfigError, match="refresh token"):
        open_imap(setup(refreshing))
    memory_keyring.set_password(KEYRING_SERVICE, "imap-oauth2-refresh", "r")
    assert open_imap(setup(refreshing)).auth == "xoauth2"
    memory_keyring.set_password(KEYRING_SERVICE, "imap-oauth2", "access")
    assert open_imap(setup(LocalConfig())).auth == "xoauth2"


# --- addresses a person can get wrong (review of issue 19) ------------------------------------


@pytest.mark.parametrize(
    ("calendar", "message"),
    [
        ("https://[::1/cal.ics", "not a valid URL"),
        ("https://calendar.example.com:99999/cal.ics", "not a valid URL"),
        ("htp://calendar.example.com/cal.ics", "unknown calendar address scheme"),
        ("ftp://calendar.example.com/cal.ics", "unknown calendar address scheme"),
        ("https:///cal.ics", "has no host"),
        ("caldav+https://sam:hunter2@caldav.example.com/dav/", "not in the calendar address"),
    ],
)
def test_a_bad_calendar_address_is_one_line_and_exit_2(
    env: Path, calendar: str, message: str
) -> None:
    result = run(
        "run", "--calendar", calendar, "--me", "sam@example.com",
        "--maildir", str(env / "d"), "--now", NOW,
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output and "hunter2" not in result.output


def test_a_bad_imap_port_does_not_echo_a_password_in_the_address(env: Path) -> None:
    result = run(
        "run", "--calendar", str(SAMPLE), "--me", "sam@example.com",
        "--imap", "imaps://sam:hunter2@imap.example.com:99999", "--now", NOW,
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "hunter2" not in result.output
    assert "not an IMAP address" in result.output


def test_a_missing_secret_reads_as_a_sentence(env: Path) -> None:
    from app.cli.config_file import missing_secret

    assert missing_secret("caldav", "the collection").startswith("missing the CalDAV password")
