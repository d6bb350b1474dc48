"""`rightnote interviews FILE --me ""` (an empty shell variable) or `--me sam` listed the user as
an interviewer of every interview, silently; `run` and `watch` already refused such a --me."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"

_register()


@pytest.mark.parametrize("me", ["", " , ", "sam", "sam.okafor@example.com,sam"])
def test_a_me_that_is_no_address_is_refused(me: str) -> None:
    result = CliRunner().invoke(cli_app, ["interviews", str(SAMPLE), "--me", me])
    assert result.exit_code == 2, result.output
    assert "--me takes your email address" in result.output
    assert "Okafor" not in result.output


def test_the_user_is_not_listed_with_their_address() -> None:
    args = ["interviews", str(SAMPLE), "--me", "sam.okafor@example.com"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert "Sam Okafor <" not in result.output
