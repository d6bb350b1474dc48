"""`rightnote run` end to end on the sample calendar: the right drafts, once, even across a kill."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"
NOW = "2026-11-24T20:00:00Z"

_register()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    return {"RIGHTNOTE_DATA_DIR": str(tmp_path / "data")}


def run(maildir: Path, *extra: str, calendar: Path | str = SAMPLE, now: str = NOW):
    args = [
        "run",
        "--calendar",
        str(calendar),
        "--me",
        "sam.okafor@example.com",
        "--maildir",
        str(maildir),
        "--now",
        now,
        "--timezone",
        "America/New_York",
        *extra,
    ]
    return CliRunner().invoke(cli_app, args)


def drafts(maildir: Path) -> list[EmailMessage]:
    found = []
    for sub in ("new", "cur"):
        for path in sorted((maildir / sub).glob("*")):
            found.append(message_from_bytes(path.read_bytes(), policy=policy.default))
    return found


def to_line(message: EmailMessage) -> str | None:
    header = message["To"]
    return header.addresses[0].addr_spec if header is not None else None


def summary(result) -> dict:  # type: ignore[type-arg]
    assert result.exit_code == 0, result.output
    data: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    return data


def test_one_draft_per_interviewer_of_each_ended_interview_and_nothing_else(
    env: dict[str, str], tmp_path: Path
) -> None:
    maildir = tmp_path / "drafts"
    first = summary(run(maildir, "--json"))
    assert (
        first["interviews_found"],
        first["drafts_created"],
        first["already_there"],
        first["waiting"],
        first["failed"],
    ) == (4, 4, 0, 1, 0)

    messages = drafts(maildir)
    # The loop's three interviewers and the phone screen's hiring manager; not the recruiter,
    # not the cancelled interview, the dentist or the team sync; the onsite's recruiter note
    # waits for its day.
    assert sorted(str(to_line(m)) for m in messages) == [
        "None",
        "dana.whitfield@northwind.example",
        "marcus.chen@contoso.example",
        "priya.raman@northwind.example",
    ]
    nameless = next(m for m in messages if m["To"] is None)
    assert nameless.get_body(("plain",)).get_content().startswith("Hi Tomás,")  # type: ignore[union-attr]
    assert len({m["X-RightNote-Key"].strip() for m in messages}) == 4
    assert {m["From"].addresses[0].addr_spec for m in messages} == {"sam.okafor@example.com"}

    again = summary(run(maildir, "--json"))
    assert (again["drafts_created"], again["already_there"], again["waiting"]) == (0, 4, 1)
    assert len(drafts(maildir)) == 4


def test_the_table_is_the_default_output(env: dict[str, str], tmp_path: Path) -> None:
    result = run(tmp_path / "drafts")
    assert result.exit_code == 0, result.output
    assert "drafts created 4" in result.output and "waiting 1" in result.output
    assert "Tomás Ibáñez" in result.output


def test_the_recruiter_note_arrives_on_its_day(env: dict[str, str], tmp_path: Path) -> None:
    maildir = tmp_path / "drafts"
    summary(run(maildir, "--json"))
    later = summary(run(maildir, "--json", now="2026-11-27T23:00:00Z"))
    assert (later["drafts_created"], later["already_there"], later["waiting"]) == (1, 4, 0)
    ask = [m for m in drafts(maildir) if to_line(m) == "nina.alvarez@fabrikam.example"]
    assert len(ask) == 1
    assert "names and email addresses" in ask[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_an_interview_gone_from_the_calendar_is_cancelled(
    env: dict[str, str], tmp_path: Path
) -> None:
    maildir = tmp_path / "drafts"
    calendar = tmp_path / "calendar.ics"
    text = SAMPLE.read_text()
    calendar.write_text(text)
    # Before the phone screen ended: its note is waiting.
    early = summary(run(maildir, "--json", calendar=calendar, now="2026-11-24T14:00:00Z"))
    assert (early["drafts_created"], early["waiting"]) == (3, 2)
    start = text.index("BEGIN:VEVENT\nUID:screen-")
    end = text.index("END:VEVENT\n", start) + len("END:VEVENT\n")
    calendar.write_text(text[:start] + text[end:])
    after = summary(run(maildir, "--json", calendar=calendar))
    assert (
        after["interviews_found"],
        after["drafts_created"],
        after["already_there"],
        after["cancelled"],
    ) == (3, 0, 3, 1)
    screen = next(i for i in after["interviews"] if "Phone screen" in i["title"])
    assert screen["status"] == "cancelled"
    assert screen["notes"][0]["reason"] == "No longer in the calendar."
    assert "marcus.chen@contoso.example" not in {to_line(m) for m in drafts(maildir)}


CRASHING_RUN = textwrap.dedent(
    """
    import asyncio, os, sys
    from datetime import datetime
    from pathlib import Path

    from app.autodraft.local_run import run_local
    from app.providers.ics_source import IcsCalendarSource
    from app.providers.maildir import MaildirMailbox
    from app.providers.registry import MailboxRegistry
    from app.settings import Settings
    from app.store.db import open_database

    calendar, maildir = sys.argv[1], Path(sys.argv[2])
    made = 0

    class DiesAfterTwoDrafts(MaildirMailbox):
        async def create_draft(self, draft):
            global made
            created = await super().create_draft(draft)
            made += 1
            if made == 2:
                os._exit(9)  # killed after the file is written, before the commit
            return created

    async def factory(connection, user):
        return DiesAfterTwoDrafts(maildir)

    async def main():
        registry = MailboxRegistry()
        registry.register("local", factory)
        database = await open_database(Settings())
        await run_local(database, calendar=IcsCalendarSource(calendar),
                        me=["sam.okafor@example.com"], maildir=maildir,
                        now=datetime.fromisoformat("2026-11-24T20:00:00+00:00"),
                        timezone="America/New_York", resolver=registry)

    asyncio.run(main())
    """
)


def test_a_run_killed_mid_delivery_is_completed_by_the_next_without_duplicates(
    env: dict[str, str], tmp_path: Path
) -> None:
    maildir = tmp_path / "drafts"
    killed = subprocess.run(
        [sys.executable, "-c", CRASHING_RUN, str(SAMPLE), str(maildir)],
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == 9, killed.stderr
    assert len(drafts(maildir)) == 2  # two written, the second never committed

    rerun = summary(run(maildir, "--json"))
    assert (rerun["drafts_created"], rerun["already_there"], rerun["failed"]) == (2, 2, 0)
    messages = drafts(maildir)
    assert len(messages) == 4
    assert len({m["X-RightNote-Key"].strip() for m in messages}) == 4
    assert summary(run(maildir, "--json"))["drafts_created"] == 0


@pytest.mark.parametrize(
    ("calendar", "extra", "message"),
    [
        ("missing.ics", (), "cannot read"),
        ("notes.txt", (), "not an iCalendar"),
        ("http://127.0.0.1:9/calendar.ics", ("--allow-private-calendar",), "cannot reach"),
        ("http://127.0.0.1:9/calendar.ics", (), "loopback address"),
        (str(SAMPLE), ("--now", "yesterday-ish"), "not an ISO 8601"),
        (str(SAMPLE), ("--timezone", "Mars/Olympus"), "unknown time zone"),
    ],
)
def test_bad_input_is_a_clear_message_and_exit_2(
    env: dict[str, str], tmp_path: Path, calendar: str, extra: tuple[str, ...], message: str
) -> None:
    (tmp_path / "notes.txt").write_text("shopping: milk, eggs\n")
    target = calendar if "/" in calendar else str(tmp_path / calendar)
    args = [
        "run",
        "--calendar",
        target,
        "--me",
        "sam.okafor@example.com",
        "--maildir",
        str(tmp_path / "drafts"),
        *extra,
    ]
    if "--now" not in extra:
        args += ["--now", NOW]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_me_must_be_an_address(env: dict[str, str], tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli_app,
        [
            "run",
            "--calendar",
            str(SAMPLE),
            "--me",
            "sam",
            "--maildir",
            str(tmp_path / "d"),
            "--now",
            NOW,
        ],
    )
    assert result.exit_code == 2 and "--me" in result.output
