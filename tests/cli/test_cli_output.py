"""The CLI's plain writer (`say`): colour only on a terminal, no terminal escapes from input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import app
from app.cli.output import say

runner = CliRunner()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _terminal(monkeypatch: pytest.MonkeyPatch) -> _Terminal:
    # In the test's body: pytest's output capture resets sys.stdout between setup and call.
    stream = _Terminal()
    monkeypatch.setattr("sys.stdout", stream)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    return stream


def test_colour_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    say("verdict: ", ("hold", "bold red"))
    assert terminal.getvalue() == "verdict: \x1b[1;31mhold\x1b[0m\n"


def test_no_colour_when_asked_or_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    monkeypatch.setenv("NO_COLOR", "1")
    say("verdict: ", ("hold", "bold red"))
    piped = io.StringIO()
    monkeypatch.setattr("sys.stdout", piped)
    monkeypatch.delenv("NO_COLOR")
    say("verdict: ", ("send", "bold green"))
    assert terminal.getvalue() == "verdict: hold\n"
    assert piped.getvalue() == "verdict: send\n"


def test_escapes_in_text_never_reach_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    # A note or calendar title holding a terminal escape (clear screen, a fake hyperlink).
    say("\x1b[2J title", ("\x1b]8;;https://x.example\x07link", "bold"), "\ttab\nnext\r")
    out = terminal.getvalue()
    assert out.count("\x1b") == 2  # only our own bold on and reset
    assert "\ufffd[2J title" in out and "\ttab\nnext\ufffd\n" in out


RANTY_WITH_ESCAPE = (
    "Hi Dana,\n\nI'm \x1b[31mso sorry, I apologize again for my answer!!! "
    "Please give me another chance.\n"
)


def test_check_shows_a_note_with_an_escape_and_the_caret_still_lines_up(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(RANTY_WITH_ESCAPE)
    shown = runner.invoke(app, ["check", str(note), "--scenario", "recovery"])
    as_json = runner.invoke(app, ["check", str(note), "--scenario", "recovery", "--json"])
    assert shown.exit_code == 0 and as_json.exit_code == 0, shown.output
    assert "\x1b" not in shown.output
    lines = shown.output.splitlines()
    findings = json.loads(as_json.output)["findings"]
    on_line_3 = [f for f in findings if RANTY_WITH_ESCAPE.count("\n", 0, f["start"]) == 2]
    assert on_line_3, findings
    line_start = RANTY_WITH_ESCAPE.index("I'm")
    for finding in on_line_3:
        at = lines.index(f"   3 | {RANTY_WITH_ESCAPE[line_start:-1]}".replace("\x1b", "\ufffd"))
        carets = lines[at + 1]
        first = carets.index("^")
        width = len(carets) - first
        start = first - len("   3 | ")
        expected = RANTY_WITH_ESCAPE[finding["start"] : finding["end"]].replace("\x1b", "\ufffd")
        displayed = lines[at][len("   3 | ") :]
        assert displayed[start : start + width] == expected[:width]
        lines = lines[at + 2 :]


def test_interviews_lists_one_block_per_event_and_never_wraps() -> None:
    fixtures = Path(__file__).resolve().parents[1] / "calendar" / "fixtures"
    result = runner.invoke(
        app,
        [
            "interviews",
            str(fixtures / "google_events.json"),
            "--me",
            "alex.morgan@gmail.com,alex.morgan@initech.com",
        ],
        env={"COLUMNS": "40"},  # a narrow terminal must not cut an address or a title
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    first = lines.index(
        "Mon 10 Mar 2025 17:00–17:30  Phone Screen with Deepa (Hiring Manager)  confirmed"
    )
    block = lines[first : lines.index("", first)]
    # Company, then each person with a line of details under them, then what is missing and
    # the recruiter: whole lines, whatever the terminal's width.
    assert block[1] == "  Litware"
    assert block[2] == "  Deepa (no address)" and block[3].startswith("    ")
    assert block[-2:] == [
        "  missing addresses: ask the recruiter",
        "  recruiter: Jordan Blake <jordan.blake@litware.com>",
    ]
    assert any(line.endswith("  cancelled") for line in lines)
