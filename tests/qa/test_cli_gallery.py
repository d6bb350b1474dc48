"""`rightnote gallery` run where docs/ does not exist (outside the repository, as a new user
might after `pip install`): it ended in a Python traceback (FileNotFoundError), and `--check`
called the missing file "stale". Both are now messages in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

_register()


def test_gallery_into_a_missing_folder_is_an_error_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli_app, ["gallery"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "docs/drafts.md" in result.output


def test_gallery_check_without_the_file_says_it_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli_app, ["gallery", "--check"])
    assert result.exit_code != 0
    assert "does not exist" in result.output, result.output


def test_settings_doc_into_a_missing_folder_is_an_error_message(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "settings.md"
    result = CliRunner().invoke(cli_app, ["settings-doc", "--out", str(target)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "cannot write" in result.output, result.output
