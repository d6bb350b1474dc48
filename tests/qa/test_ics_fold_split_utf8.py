"""A long line folded in the middle of a UTF-8 character. RFC 5545 §3.1 warns that simple
writers do this and says to unfold so that the original octets come back; `rightnote
interviews` (and run/watch, which share the decoding) used to read the two halves of 'é' as
Windows-1252 and showed 'JosÃ© Ibáñez Muñoz' as the interviewer's name — in a note's greeting, too.

The decoding (app/calendar/formats.py, `decode`) now unfolds the bytes of an iCalendar file that
is not valid UTF-8 before it decides on an encoding, so the two halves meet again."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

_register()


def _folded_inside(name: str, char: str) -> bytes:
    line = f"ATTENDEE;CN={name}:mailto:jose@fabrikam.example".encode()
    cut = line.index(char.encode()) + 1  # between the two bytes of the character
    return line[:cut] + b"\r\n " + line[cut:] + b"\r\n"


def test_a_fold_inside_a_utf8_character_keeps_the_name(tmp_path: Path) -> None:
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//qa//EN\r\nBEGIN:VEVENT\r\nUID:f@qa\r\n"
        b"SUMMARY:Interview - Fabrikam - Analyst\r\n"
        b"DTSTART:20261125T100000Z\r\nDTEND:20261125T110000Z\r\n"
        + _folded_inside("José Ibáñez Muñoz", "é")
        + b"ATTENDEE:mailto:me@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path = tmp_path / "fold.ics"
    path.write_bytes(ics)
    result = CliRunner().invoke(cli_app, ["interviews", str(path), "--me", "me@example.com"])
    assert result.exit_code == 0, result.output
    assert "José Ibáñez Muñoz" in result.output


def test_a_windows_1252_file_with_folds_is_still_read_as_windows_1252(tmp_path: Path) -> None:
    line = "ATTENDEE;CN=José Ibáñez Muñoz:mailto:jose@fabrikam.example".encode("cp1252")
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//qa//EN\r\nBEGIN:VEVENT\r\nUID:g@qa\r\n"
        b"SUMMARY:Interview - Fabrikam - Analyst\r\n"
        b"DTSTART:20261125T100000Z\r\nDTEND:20261125T110000Z\r\n"
        + line[:20]
        + b"\r\n "
        + line[20:]
        + b"\r\n"
        b"ATTENDEE:mailto:me@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path = tmp_path / "cp1252.ics"
    path.write_bytes(ics)
    result = CliRunner().invoke(cli_app, ["interviews", str(path), "--me", "me@example.com"])
    assert result.exit_code == 0, result.output
    assert "José Ibáñez Muñoz" in result.output
