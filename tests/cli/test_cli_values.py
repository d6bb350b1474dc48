"""Times on the command line are read by app/cli/values.py, the same under any typer version.

typer 0.29 read `datetime` options with pydantic and earlier typer with click's `DateTime`
(which refused an offset); the commands now declare them with `parser=moment`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
import typer
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from app.cli import _register, app
from app.cli.values import MAX_MOMENT_CHARS, moment

runner = CliRunner()
_register()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-24T14:00:00+01:00", datetime(2026, 11, 24, 13, tzinfo=UTC)),
        ("2026-11-24T13:00:00Z", datetime(2026, 11, 24, 13, tzinfo=UTC)),
        ("2026-11-24T08:00-05:00", datetime(2026, 11, 24, 13, tzinfo=UTC)),
        (" 2026-11-24 13:00:00.5+00:00 ", datetime(2026, 11, 24, 13, 0, 0, 500_000, tzinfo=UTC)),
    ],
)
def test_an_offset_or_z_is_kept(text: str, expected: datetime) -> None:
    got = moment(text)
    assert got.tzinfo is not None and got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-24", datetime(2026, 11, 24)),
        ("2026-11-24T14:00", datetime(2026, 11, 24, 14)),
        ("2026-11-24 14:00:30", datetime(2026, 11, 24, 14, 0, 30)),
    ],
)
def test_without_an_offset_it_is_a_wall_time(text: str, expected: datetime) -> None:
    # The command reads a wall time in the user's zone (--timezone); a date is its midnight.
    got = moment(text)
    assert got.tzinfo is None and got == expected


@pytest.mark.parametrize(
    "text", ["tomorrow", "24/11/2026", "2026-13-01", "2026-11-24T25:00", "", "1764000000"]
)
def test_anything_else_is_refused_in_words(text: str) -> None:
    with pytest.raises(typer.BadParameter, match="is not an ISO 8601 date or date and time"):
        moment(text)


def test_a_long_value_is_refused_before_it_is_parsed() -> None:
    with pytest.raises(typer.BadParameter, match="too long"):
        moment("2026-11-24T14:00:00" + " " * 10 + "0" * MAX_MOMENT_CHARS)


_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@given(st.datetimes(min_value=datetime(1900, 1, 1), timezones=st.one_of(st.none(), _OFFSETS)))
def test_what_isoformat_writes_is_read_back(when: datetime) -> None:
    assert moment(when.isoformat()) == when
    assert moment(when.isoformat()).utcoffset() == when.utcoffset()


def test_draft_reads_an_offset_start() -> None:
    """The interview's times reach the request as written: 14:00+01:00 is 13:00 UTC."""
    common = ["draft", "-s", "gratitude", "--name", "Dana Lee", "--json"]
    offset = runner.invoke(
        app, [*common, "--start", "2026-11-24T14:00:00+01:00", "--end", "2026-11-24T15:00+01:00"]
    )
    utc = runner.invoke(
        app, [*common, "--start", "2026-11-24T13:00:00Z", "--end", "2026-11-24T14:00:00Z"]
    )
    assert offset.exit_code == 0 and utc.exit_code == 0, offset.output + utc.output
    assert json.loads(offset.output)["send_by"] == json.loads(utc.output)["send_by"]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["draft", "-s", "gratitude", "--start", "next tuesday"], "--start"),
        (["draft", "-s", "gratitude", "--debrief", "2026-11-24T14:00+1"], "--debrief"),
        (["check", "-", "-s", "recovery", "--send-by", "soon"], "--send-by"),
        (["interviews", "-", "--me", "a@b.com", "--from", "2025-02-30"], "--from"),
    ],
)
def test_a_bad_time_exits_2_with_a_message(args: list[str], option: str) -> None:
    result = runner.invoke(app, args, input="Thank you.\n")
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.replace("│", " ").split())
    assert f"Invalid value for '{option}':" in said
    assert "is not an ISO 8601 date or date and time" in said
    assert "Traceback" not in result.output


def test_help_names_the_format() -> None:
    result = runner.invoke(app, ["draft", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "--start" in result.output and "<iso-8601>" in result.output
