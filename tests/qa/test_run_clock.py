"""`rightnote run` with --now in the future, then at the real time: the future run must not
decide for the real one. The interview rows store "first seen" from the caller's clock; a later
run with an earlier clock read that future first-seen time as "first seen long after it
ended" and never drafted the notes (found by trying --now 2099 before the README's command)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"

_register()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _run(maildir: Path, now: str) -> dict:  # type: ignore[type-arg]
    args = ["run", "--calendar", str(SAMPLE), "--me", "sam.okafor@example.com"]
    args += ["--maildir", str(maildir), "--now", now, "--timezone", "America/New_York", "--json"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    data: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    return data


def test_a_run_with_a_future_clock_does_not_cancel_the_real_runs_drafts(
    data_dir: Path, tmp_path: Path
) -> None:
    _run(tmp_path / "trial", "2099-01-01T00:00:00Z")
    real = _run(tmp_path / "drafts", "2026-11-24T20:00:00Z")
    # The README's command on a fresh data dir creates these four; the trial run changes nothing.
    assert real["drafts_created"] == 4, real
    # And the recruiter ask keeps its due time (09:00 New York, three business days before).
    [onsite] = [i for i in real["interviews"] if i["company"] == "Fabrikam"]
    [ask] = onsite["notes"]
    assert ask["due_at"] == "2026-11-26T14:00:00+00:00", ask
