"""`rightnote run`: the embedded default end to end, once — a calendar in, drafts out.

    rightnote run --calendar examples/calendar.ics --me sam.okafor@example.com \
        --maildir ./drafts --now 2026-11-24T20:00:00Z --timezone America/New_York

`--imap imaps://USER@HOST[:PORT]` (or `imap://…`, STARTTLS) instead of `--maildir` puts the drafts
into that account's drafts folder (app/providers/imap.py, docs/imap.md); the password (or an
XOAUTH2 token) comes from the environment or the OS keyring (app/cli/config_file.py), and the
login is checked before anything is planned. `--calendar` is an .ics file, an https/webcal feed
or a `caldav+https://USER@HOST/PATH` collection (app/providers/calendars.py). Every option can
come from the config file (`--config PATH`, default ~/.config/rightnote/config.toml); flags win.

Idempotent across runs (state in the database at RIGHTNOTE_DATABASE_URL, by default SQLite in
the data directory). Exit codes: 0 done, 1 some draft failed (see the table), 2 bad input.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from app.calendar.model import EARLIEST_YEAR, LATEST_YEAR
from app.cli import app
from app.cli.options import AllowPrivateCalendar, ConfigFile
from app.cli.output import console, database_failures, err_console, fail, print_json
from app.settings import Settings

_STATE_STYLE = {
    "created": "[green]created[/]",
    "already_there": "[cyan]already there[/]",
    "waiting": "[yellow]waiting[/]",
    "retrying": "[yellow]retrying[/]",
    "cancelled": "[dim]cancelled[/]",
    "failed": "[red]failed[/]",
}


def parse_now(value: str | None, timezone: str) -> datetime:
    """--now as an aware datetime; a time without an offset is read in `timezone`."""
    from app.playbook.timing import zone

    if value is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        fail(f"--now {value!r} is not an ISO 8601 date and time, e.g. 2026-11-24T20:00:00Z")
    # The years the JSON API accepts: at the edges of what Python holds (1, 9999) the run's
    # own date arithmetic (claims, retention) overflowed into a traceback.
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        fail(f"--now {value!r}: give a date between the years {EARLIEST_YEAR} and {LATEST_YEAR}")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(timezone))
    return moment.astimezone(UTC)


class _Bar:
    """A progress bar on the terminal while drafts are written (nothing when piped)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: Any = None

    def start(self, total: int) -> None:
        self.task = self.progress.add_task("Writing drafts", total=max(total, 1))

    def advance(self, result: Any) -> None:
        if self.task is not None:
            self.progress.advance(self.task)


@app.command()
def run(
    calendar: str | None = typer.Option(
        None,
        "--calendar",
        metavar="PATH|URL",
        help="An .ics file, an https/webcal feed, or caldav+https://USER@HOST/PATH.",
    ),
    me: list[str] | None = typer.Option(
        None, "--me", metavar="EMAIL", help="Your address (repeat for each; commas also work)."
    ),
    maildir: Path | None = typer.Option(
        None, "--maildir", metavar="DIR", help="The Maildir the drafts go into (created if new)."
    ),
    imap: str | None = typer.Option(
        None,
        "--imap",
        metavar="imaps://USER@HOST[:PORT]",
        help="An IMAP account whose drafts folder gets the drafts (instead of --maildir); "
        "imap:// uses STARTTLS. Password from RIGHTNOTE_IMAP_PASSWORD or the keyring.",
    ),
    config: ConfigFile = None,
    allow_private_calendar: AllowPrivateCalendar = None,
    now: str | None = typer.Option(
        None, "--now", metavar="ISO8601", help="Run as if it were this moment (default: now)."
    ),
    timezone: str | None = typer.Option(
        None, "--timezone", "--tz", help="Your IANA time zone (default RIGHTNOTE_TIMEZONE or UTC)."
    ),
    name: str | None = typer.Option(
        None, "--name", help="Your name, to sign the notes (default RIGHTNOTE_LOCAL_USER_NAME)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print a machine summary as JSON."),
) -> None:
    """Put the right note for each interviewer of your ended interviews into your drafts, once."""
    from app.cli.config_file import ConfigError, open_imap, open_source
    from app.cli.watch import load_setup

    settings, setup = load_setup(
        config,
        calendar=calendar,
        me=me,
        maildir=maildir,
        imap=imap,
        timezone=timezone,
        name=name,
        interval=None,
        allow_private_calendar=allow_private_calendar,
    )
    tz = setup.timezone
    moment = parse_now(now, tz)
    try:
        mailbox = open_imap(setup) if setup.imap is not None else None
        source = open_source(setup)
    except ConfigError as exc:
        fail(str(exc))

    # What `run` has to say reaches the summary (its warnings are printed below, in words); a
    # log record without a handler would print its bare event name through logging's last resort.
    logging.getLogger("rightnote").addHandler(logging.NullHandler())
    summary = _run(
        settings,
        source,
        setup.me,
        setup.maildir,
        moment,
        tz,
        setup.name or settings.local_user_name,
        show_progress=not as_json,
        imap=mailbox,
    )
    if as_json:
        # A dataclass: the JSON writer (orjson) writes its fields in order.
        print_json(summary)
    else:
        _print(summary, tz)
    if summary.failed:
        raise typer.Exit(1)


def _run(
    settings: Settings,
    calendar: Any,
    me: list[str],
    maildir: Path | None,
    now: datetime,
    timezone: str,
    name: str | None,
    *,
    show_progress: bool,
    imap: Any = None,
) -> Any:
    from app.autodraft.local_run import absolute, run_local
    from app.errors import AppError
    from app.providers.maildir import MaildirMailbox
    from app.store.db import open_database

    if maildir is not None:
        maildir = absolute(maildir)
        try:
            MaildirMailbox(maildir).ensure()
        except AppError as exc:
            fail(str(exc.detail))

    async def work(progress: _Bar | None) -> Any:
        if imap is not None:
            # Log in and find the drafts folder before anything is planned: a wrong password
            # or an untrusted certificate is one clear message, not a run of failed drafts.
            try:
                await imap.check()
            except AppError:
                await imap.close()
                await calendar.aclose()
                raise
        database = await open_database(settings)
        try:
            return await run_local(
                database,
                calendar=calendar,
                me=me,
                maildir=maildir,
                now=now,
                timezone=timezone,
                candidate_name=name,
                retention_days=settings.retention_days,
                progress=progress,
                imap=imap,
            )
        finally:
            await database.dispose()
            await calendar.aclose()
            if imap is not None:
                await imap.close()

    with database_failures():
        try:
            if show_progress and console.is_terminal:
                columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
                with Progress(*columns, console=console, transient=True) as bar:
                    return asyncio.run(work(_Bar(bar)))
            return asyncio.run(work(None))
        except AppError as exc:
            fail(str(exc.detail))


def _when(value: datetime | None, timezone: str) -> str:
    from app.playbook.timing import zone

    if value is None:
        return "?"
    return value.astimezone(zone(timezone)).strftime("%a %d %b %H:%M")


def _print(summary: Any, timezone: str) -> None:
    table = Table(title=f"Drafts in {escape(summary.maildir)}", show_lines=True)
    table.add_column("When")
    table.add_column("Interview")
    table.add_column("Notes")
    for line in summary.interviews:
        about = escape(line.title or "(no title)")
        if line.status == "cancelled":
            about += "\n[red]cancelled[/]"
        notes = []
        for note in line.notes:
            what = "ask the recruiter" if note.kind == "ask_recruiter" else (note.scenario or "")
            state = _STATE_STYLE.get(note.state, note.state)
            text = f"{escape(note.recipient)}: {escape(what)} — {state}"
            if note.state in ("waiting", "retrying"):
                text += f" (due {_when(note.due_at, timezone)})"
            elif note.state in ("cancelled", "failed") and note.reason:
                text += f"\n  [dim]{escape(note.reason)}[/]"
            elif note.placeholders:
                text += f" [dim]({note.placeholders} to fill in)[/]"
            notes.append(text)
        table.add_row(_when(line.start, timezone), about, "\n".join(notes) or "[dim]no note[/]")
    console.print(table)
    for warning in summary.warnings:
        err_console.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    console.print(
        f"interviews found {summary.interviews_found} · drafts created {summary.drafts_created}"
        f" · already there {summary.already_there} · waiting {summary.waiting}"
        f" · cancelled {summary.cancelled} · failed {summary.failed}"
        + (f" · retrying {summary.retrying}" if summary.retrying else ""),
        highlight=False,
    )
