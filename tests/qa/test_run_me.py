"""`rightnote run` with a typo in --me ('exmaple.com'): the user's own address in every invite
was taken for an interviewer, and a thank-you note to themselves was written for each interview
(6 drafts, 3 of them to 'Sam Okafor'). The run now stops before drafting and names the address."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"

_register()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))


def _run(maildir: Path, *extra: str) -> object:
    args = ["run", "--calendar", str(SAMPLE), "--maildir", str(maildir)]
    args += ["--now", "2026-11-24T20:00:00Z", "--timezone", "America/New_York", *extra]
    return CliRunner().invoke(cli_app, args)


def _written(maildir: Path) -> list[Path]:
    return sorted((maildir / "cur").glob("*")) + sorted((maildir / "new").glob("*"))


@pytest.mark.parametrize(
    "extra",
    [
        ("--me", "sam.okafor@exmaple.com"),  # the domain mistyped
        ("--me", "sam@okafor.example", "--name", "Sam Okafor"),  # another address, same name
    ],
)
def test_a_wrong_me_stops_the_run_before_any_note_to_yourself(
    tmp_path: Path, extra: tuple[str, ...]
) -> None:
    maildir = tmp_path / "drafts"
    result = _run(maildir, *extra)
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert "sam.okafor@example.com" in result.output  # type: ignore[attr-defined]
    assert "--me" in result.output  # type: ignore[attr-defined]
    assert _written(maildir) == []


def test_the_right_me_still_drafts(tmp_path: Path) -> None:
    maildir = tmp_path / "drafts"
    result = _run(maildir, "--me", "sam.okafor@example.com", "--name", "Sam Okafor")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert len(_written(maildir)) == 4


def test_the_same_local_part_at_another_company_is_someone_else() -> None:
    from app.autodraft.local_run import _typo_of

    assert _typo_of("sam.okafor@example.com", ["sam.okafor@exmaple.com"])
    assert not _typo_of("john@acme.example", ["john@gmail.com"])
    assert not _typo_of("sam.okafor@example.org", ["sam.okafor@example.com"])
