"""`rightnote draft --slot-start` with a time the API refuses (a year outside 1900-2999): the
error named '--start', an option the user had given correctly, so they corrected the wrong one.
It names '--slot-start' now (and '--slot' for the slot's title)."""

from __future__ import annotations

from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

_register()


def test_a_refused_slot_start_is_named_as_its_own_option() -> None:
    args = ["draft", "--scenario", "gratitude", "--name", "Dana"]
    args += ["--start", "2026-11-20T10:00:00", "--slot-start", "9999-12-31T23:59:00-12:00"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 2, result.output
    assert "--slot-start:" in result.output, result.output
    assert "--start:" not in result.output.replace("--slot-start:", ""), result.output
