"""`rightnote watch` (the embedded default, long-running) and `rightnote secret set|delete`.

    rightnote watch                                   # everything from the config file
    rightnote watch --calendar caldav+https://sam@caldav.example/dav/cal/ \
        --me sam@example.com --imap imaps://sam@imap.example.com --interval 30

Settings come from the config file (app/cli/config_file.py; --config PATH), flags on top;
secrets from the environment or the OS keyring. Exit codes: 0 stopped by SIGTERM/SIGINT,
2 bad input or config, 3 a login was refused (fix the password or token, then start again —
the systemd unit in deploy/ does not restart on 2 or 3).

Test-only: RIGHTNOTE_WATCH_PAUSE_BEFORE_DELIVERY=SECONDS waits that long between planning and
delivery in every pass that has drafts due, so a test can kill the process at that point.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError

from app.cli import app
from app.cli.options import AllowPrivateCalendar, ConfigFile
from app.cli.output import database_failures, err_console, fail

secret_app = typer.Typer(
    help="Store a password or token in the OS keyring for run/watch.", no_args_is_help=True
)
app.add_typer(secret_app, name="secret")

PAUSE_ENV = "RIGHTNOTE_WATCH_PAUSE_BEFORE_DELIVERY"


def load_setup(
    config_path: Path | None,
    *,
    calendar: str | None,
    me: list[str] | None,
    maildir: Path | None,
    imap: str | None,
    timezone: str | None,
    name: str | None,
    interval: float | None,
    allow_private_calendar: bool | None,
) -> tuple[Any, Any]:
    """(Settings, LocalSetup) from the environment, the config file and the flags; fail()s."""
    from app.calendar.zones import zone
    from app.cli.config_file import ConfigError, load_config, merge
    from app.cli.serve import _settings_message
    from app.settings import Settings

    try:
        settings = Settings()
    except ValidationError as exc:
        fail(_settings_message(exc))
    try:
        setup = merge(
            load_config(config_path),
            me=me,
            name=name,
            timezone=timezone,
            default_timezone=settings.timezone,
            calendar=calendar,
            allow_private_calendar=allow_private_calendar,
            imap=imap,
            maildir=maildir,
            interval=interval,
        )
    except ConfigError as exc:
        fail(str(exc))
    # An IANA name in any case, or Windows' name for it ("Eastern Standard Time", as Outlook
    # shows zones): everything after this point takes the IANA name.
    found = zone(setup.timezone)
    if found is None:
        fail(f"unknown time zone {setup.timezone!r}: use an IANA name such as America/New_York")
    setup.timezone = found.key
    if setup.maildir is not None and setup.maildir.exists() and not setup.maildir.is_dir():
        fail(f"--maildir {setup.maildir} exists and is not a folder")
    return settings, setup


@app.command()
def watch(
    config: ConfigFile = None,
    calendar: str | None = typer.Option(
        None,
        "--calendar",
        metavar="PATH|URL",
        help="An .ics file, an https/webcal feed, or caldav+https://USER@HOST/PATH.",
    ),
    me: list[str] | None = typer.Option(None, "--me", metavar="EMAIL", help="Your address(es)."),
    maildir: Path | None = typer.Option(None, "--maildir", metavar="DIR"),
    imap: str | None = typer.Option(None, "--imap", metavar="imaps://USER@HOST[:PORT]"),
    interval: float | None = typer.Option(
        None, "--interval", metavar="SECONDS", help="Seconds between calendar polls (default 30)."
    ),
    timezone: str | None = typer.Option(None, "--timezone", "--tz"),
    name: str | None = typer.Option(None, "--name", help="Your name, to sign the notes."),
    allow_private_calendar: AllowPrivateCalendar = None,
    now: str | None = typer.Option(
        None,
        "--now",
        metavar="ISO8601",
        help="Start the clock at this moment (it then runs forward in real time): replays, tests.",
    ),
) -> None:
    """Keep drafting: poll the calendar and put each note in your drafts when it comes due."""
    from app.cli.config_file import ConfigError, open_imap, open_source
    from app.cli.run import parse_now

    settings, setup = load_setup(
        config,
        calendar=calendar,
        me=me,
        maildir=maildir,
        imap=imap,
        timezone=timezone,
        name=name,
        interval=interval,
        allow_private_calendar=allow_private_calendar,
    )
    start = parse_now(now, setup.timezone) if now is not None else None
    try:
        mailbox = open_imap(setup) if setup.imap is not None else None
        source = open_source(setup)
    except ConfigError as exc:
        fail(str(exc))
    pause = _pause()
    _human_logs()
    with database_failures():
        code = _watch(settings, setup, source, mailbox, start, pause)
    raise typer.Exit(code)


def _pause() -> float:
    raw = os.environ.get(PAUSE_ENV)
    if not raw:
        return 0.0
    try:
        return max(float(raw), 0.0)
    except ValueError:
        fail(f"{PAUSE_ENV} must be a number of seconds")


def _human_logs() -> None:
    # One readable line per event on stderr (journald adds its own time stamp, a terminal not).
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
    for name in ("rightnote.watch",):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False


def _watch(settings: Any, setup: Any, source: Any, mailbox: Any, start: Any, pause: float) -> int:
    import asyncio
    import signal

    from app.autodraft.local_run import absolute
    from app.autodraft.watch import Watcher, running_clock
    from app.errors import AppError
    from app.providers.maildir import MaildirMailbox
    from app.store.db import open_database

    maildir = absolute(setup.maildir) if setup.maildir is not None else None
    if maildir is not None:
        try:
            MaildirMailbox(maildir).ensure()
        except AppError as exc:
            fail(str(exc.detail))
    log = logging.getLogger("rightnote.watch")

    async def before_delivery(due: int) -> None:
        if due:
            log.info("planned: %d draft(s) due, delivering", due)
            if pause:
                await asyncio.sleep(pause)

    async def main() -> int:
        database = await open_database(settings)
        watcher = Watcher(
            database,
            source,
            me=setup.me,
            timezone=setup.timezone,
            candidate_name=setup.name or settings.local_user_name,
            maildir=maildir,
            imap=mailbox,
            interval=setup.interval,
            retention_days=settings.retention_days,
            clock=running_clock(start),
            before_delivery=before_delivery,
        )
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, watcher.stop)
        try:
            return await watcher.run()
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
            if mailbox is not None:
                await mailbox.close()
            await source.aclose()
            await database.dispose()

    return asyncio.run(main())


@secret_app.command("set")
def secret_set(
    kind: str = typer.Argument(
        ...,
        metavar="KIND",
        help="imap, caldav, imap-oauth2, imap-oauth2-refresh or imap-oauth2-client-secret",
    ),
) -> None:
    """Store a secret in the OS keyring: typed at a hidden prompt, or read from stdin."""
    from app.cli.config_file import SECRETS, SecretStoreError, set_secret

    spec = SECRETS.get(kind)
    if spec is None:
        fail(f"unknown secret {kind!r}: one of {', '.join(SECRETS)}")
    if sys.stdin.isatty():
        value = typer.prompt(f"{spec.what}", hide_input=True, confirmation_prompt=False)
    else:
        # Piped: the first line only (a trailing newline is not part of the secret).
        value = sys.stdin.readline(64 * 1024).rstrip("\r\n")
    if not value:
        fail("nothing to store: the secret is empty")
    try:
        backend = set_secret(kind, value)
    except SecretStoreError as exc:
        fail(f"the OS keyring cannot store it ({exc}): set {spec.env} in the environment instead")
    err_console.print(f"stored {spec.what} in the keyring ({backend})", highlight=False)


@secret_app.command("delete")
def secret_delete(kind: str = typer.Argument(..., metavar="KIND")) -> None:
    """Remove a secret from the OS keyring."""
    from app.cli.config_file import SECRETS, SecretStoreError, delete_secret

    if kind not in SECRETS:
        fail(f"unknown secret {kind!r}: one of {', '.join(SECRETS)}")
    try:
        found = delete_secret(kind)
    except SecretStoreError as exc:
        fail(f"the OS keyring cannot be used: {exc}")
    err_console.print("deleted" if found else "there was none", highlight=False)
