"""`rightnote check` on a note too long to check: the limit it names must be the one that
applies. A plain-text note of 150,000 characters was refused as "longer than 100000
characters" (the HTML limit); cut to 99,000 it was then refused as "longer than 20000"."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

_register()


def test_a_long_plain_note_is_refused_with_the_plain_text_limit(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Thank you for the conversation today. " * 4000)  # 152,000 characters
    result = CliRunner().invoke(cli_app, ["check", str(note), "--scenario", "gratitude"])
    assert result.exit_code == 2
    assert "20000" in result.output, result.output
