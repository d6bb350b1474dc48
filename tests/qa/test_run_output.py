"""What `rightnote run` prints when the calendar holds something it skips: the reason, in words.
Before, a series repeating every second printed the bare log event name
"local.calendar_series_skipped" (Python's last-resort log handler) and the reason, which the
summary carries, was shown only with --json. Now each warning is printed as "warning: …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

_register()

SECONDLY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//qa//EN
BEGIN:VEVENT
UID:series@qa
SUMMARY:Interview with Initech
DTSTART:20261123T150000Z
DURATION:PT45M
ATTENDEE;CN=Ann Lee:mailto:ann@initech.example
ATTENDEE:mailto:me@example.com
RRULE:FREQ=SECONDLY
END:VEVENT
END:VCALENDAR
"""


def test_a_skipped_series_is_reported_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    calendar = tmp_path / "series.ics"
    calendar.write_text(SECONDLY)
    args = ["run", "--calendar", str(calendar), "--me", "me@example.com"]
    args += ["--maildir", str(tmp_path / "drafts"), "--now", "2026-11-24T20:00:00Z"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert "local.calendar_series_skipped" not in result.output
    assert "repeats secondly" in result.output, result.output
