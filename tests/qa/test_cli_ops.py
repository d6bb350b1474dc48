"""Operations commands on a fresh machine. `rightnote rotate-keys` before anything else has run
(no schema yet) failed with the database's own words: "the database refused: no such table:
connections". `worker` migrates the local SQLite file first; rotate-keys now says there is
nothing to rotate (and creates no schema: on PostgreSQL that is `rightnote migrate`'s job)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

_register()


def test_rotate_keys_on_a_fresh_data_dir_is_not_a_database_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RIGHTNOTE_DATABASE_URL", raising=False)
    monkeypatch.delenv("RIGHTNOTE_ENCRYPTION_KEYS", raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(cli_app, ["rotate-keys"])
    assert "no such table" not in result.output, result.output
    assert result.exit_code == 0, result.output
    assert "nothing to rotate" in result.output and "rightnote migrate" in result.output
