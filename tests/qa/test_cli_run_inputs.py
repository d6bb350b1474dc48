"""`rightnote run` and `rightnote interviews` with values a new user mistypes.

- `--now` in the year 9999 or the year 1 ended in an OverflowError traceback (the worker's
  claim query and the retention purge add days to it). It is now refused in words, with the
  years the JSON API accepts (1900-2999), before anything is read or written.
- `--me @`, `--me @example.com` or `--me sam@` passed the "is it an address" check (it looked
  for an '@' only), so the user's own address in every invite was taken for an interviewer's
  and a thank-you note to themselves was written for each interview."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"
ME = "sam.okafor@example.com"

_register()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))


def _run(maildir: Path, *, me: str = ME, now: str = "2026-11-24T20:00:00Z") -> object:
    args = ["run", "--calendar", str(SAMPLE), "--maildir", str(maildir), "--me", me]
    args += ["--name", "Sam", "--now", now, "--timezone", "America/New_York"]
    return CliRunner().invoke(cli_app, args)


def _written(maildir: Path) -> list[Path]:
    return sorted((maildir / "cur").glob("*")) + sorted((maildir / "new").glob("*"))


@pytest.mark.parametrize(
    "now", ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-06-01T10:00:00"]
)
def test_a_now_at_the_edge_of_time_is_refused_in_words(tmp_path: Path, now: str) -> None:
    maildir = tmp_path / "drafts"
    result = _run(maildir, now=now)
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert "--now" in result.output and "1900" in result.output  # type: ignore[attr-defined]
    assert _written(maildir) == []


def test_a_now_in_an_ordinary_past_year_still_runs(tmp_path: Path) -> None:
    result = _run(tmp_path / "drafts", now="1999-01-01T00:00:00Z")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]


@pytest.mark.parametrize("me", ["@", "@example.com", "sam.okafor@", f"{ME},@"])
def test_me_without_both_sides_of_the_at_is_refused(tmp_path: Path, me: str) -> None:
    maildir = tmp_path / "drafts"
    result = _run(maildir, me=me)
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert "--me takes your email" in result.output  # type: ignore[attr-defined]
    assert _written(maildir) == []


@pytest.mark.parametrize("me", ["@", "sam.okafor@"])
def test_interviews_refuses_the_same(me: str) -> None:
    result = CliRunner().invoke(cli_app, ["interviews", str(SAMPLE), "--me", me])
    assert result.exit_code == 2, result.output
    assert "--me takes your email" in result.output
