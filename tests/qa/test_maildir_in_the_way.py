"""`--maildir DIR` where something is in the way: DIR/cur is a file, a link to nothing, or a
parent of DIR is a file. The message was the errno's words alone ("cannot use DIR as a Maildir:
File exists"), which names nothing the user can fix. It now names the part that is in the way.
A run stopped this way loses nothing: once the folder is fixed, the next run writes every draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app
from app.errors import ProviderError
from app.providers.maildir import MaildirMailbox

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"

_register()


def _cur_is_a_file(tmp: Path) -> tuple[Path, Path]:
    (tmp / "drafts").mkdir()
    (tmp / "drafts" / "cur").write_text("")
    return tmp / "drafts", tmp / "drafts" / "cur"


def _cur_is_a_dangling_link(tmp: Path) -> tuple[Path, Path]:
    (tmp / "drafts").mkdir()
    (tmp / "drafts" / "cur").symlink_to(tmp / "nowhere")
    return tmp / "drafts", tmp / "drafts" / "cur"


def _parent_is_a_file(tmp: Path) -> tuple[Path, Path]:
    (tmp / "notes.txt").write_text("")
    return tmp / "notes.txt" / "drafts", tmp / "notes.txt"


@pytest.mark.parametrize("setup", [_cur_is_a_file, _cur_is_a_dangling_link, _parent_is_a_file])
def test_the_part_in_the_way_is_named(tmp_path: Path, setup: object) -> None:
    folder, culprit = setup(tmp_path)  # type: ignore[operator]
    with pytest.raises(ProviderError) as raised:
        MaildirMailbox(folder).ensure()
    assert f"{culprit} is not a folder" in str(raised.value.detail)


def test_a_run_stopped_by_it_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    folder, culprit = _cur_is_a_file(tmp_path)
    args = ["run", "--calendar", str(SAMPLE), "--maildir", str(folder)]
    args += ["--me", "sam.okafor@example.com", "--name", "Sam Okafor"]
    args += ["--now", "2026-11-24T20:00:00Z", "--timezone", "America/New_York"]

    stopped = CliRunner().invoke(cli_app, args)
    assert stopped.exit_code != 0
    assert "cur is not a folder" in " ".join(stopped.output.split())

    culprit.unlink()
    fixed = CliRunner().invoke(cli_app, args)
    assert fixed.exit_code == 0, fixed.output
    assert len(list((folder / "cur").iterdir())) == 4  # every draft due, as the README says
