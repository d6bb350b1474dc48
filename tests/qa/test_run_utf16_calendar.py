"""`rightnote run --calendar FILE` with the calendar saved as UTF-16 (Notepad's "Unicode", with
its byte-order mark). `rightnote interviews` read it (the calendar reader decodes UTF-16), but
run/watch refused it first as "not an iCalendar (.ics) file": their sniff looked for the ASCII
bytes of BEGIN:VCALENDAR only."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app
from app.providers.ics_source import looks_like_ics

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"

_register()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)


def _run(tmp_path: Path, calendar: Path, place: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / place / "data"))
    args = ["run", "--calendar", str(calendar), "--maildir", str(tmp_path / place / "drafts")]
    args += ["--me", "sam.okafor@example.com", "--name", "Sam Okafor"]
    args += ["--now", "2026-11-24T20:00:00Z", "--timezone", "America/New_York"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    return result.output.replace(str(tmp_path / place), "DIR").replace(str(calendar), "CAL")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_calendar_runs_like_its_utf8_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    wide = tmp_path / "calendar16.ics"
    mark = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""
    wide.write_bytes(mark + text.encode(encoding))

    assert _run(tmp_path, wide, "b", monkeypatch) == _run(tmp_path, SAMPLE, "a", monkeypatch)


def test_the_sniff_still_refuses_what_is_not_a_calendar() -> None:
    assert looks_like_ics(b"\xef\xbb\xbfBEGIN:VCALENDAR\r\n")
    assert looks_like_ics("BEGIN:VCALENDAR\r\n".encode("utf-16"))
    assert not looks_like_ics("Dear Sam,\r\n".encode("utf-16"))
    assert not looks_like_ics(b"\xff\xfe\x00\x00garbage")
