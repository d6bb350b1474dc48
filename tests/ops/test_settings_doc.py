"""docs/settings.md is generated from the Settings class and kept current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.ops.settings_doc import render, sections, undocumented
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "settings.md"


def test_every_setting_has_a_description() -> None:
    assert undocumented() == [], (
        "add Field(description=...) to these settings in app/settings.py, then run "
        "`rightnote settings-doc --out docs/settings.md`"
    )


def test_committed_doc_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/settings.md is out of date: run `rightnote settings-doc --out docs/settings.md`"
    )


def test_every_setting_is_listed_once_under_a_section() -> None:
    listed = [name for _, names in sections() for name in names]
    assert sorted(listed) == sorted(Settings.model_fields)
    text = render()
    for name in Settings.model_fields:
        assert text.count(f"`RIGHTNOTE_{name.upper()}`") == 1


def test_secret_defaults_are_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = [n for n, f in Settings.model_fields.items() if "SecretStr" in str(f.annotation)]
    assert "encryption_keys" in secrets and "metrics_token" in secrets
    # Even a secret with a default value (none has one today) is shown as unset.
    field = Settings.model_fields["metrics_token"]
    monkeypatch.setattr(field, "default", SecretStr("do-not-print-me"))
    assert "do-not-print-me" not in render()
    for line in render().splitlines():
        if any(f"`RIGHTNOTE_{n.upper()}`" in line for n in secrets):
            assert "| **secret** | unset |" in line


def test_cli_check_and_write(tmp_path: Path) -> None:
    target = tmp_path / "settings.md"
    cli = [sys.executable, "-c", "from app.cli import main; main()"]
    command = [*cli, "settings-doc", "--out", str(target)]
    stale = subprocess.run([*command, "--check"], capture_output=True, text=True, cwd=ROOT)
    assert stale.returncode == 1 and "out of date" in stale.stderr
    assert subprocess.run(command, capture_output=True, cwd=ROOT).returncode == 0
    assert target.read_text(encoding="utf-8") == render()
    fresh = subprocess.run([*command, "--check"], capture_output=True, text=True, cwd=ROOT)
    assert fresh.returncode == 0, fresh.stderr
