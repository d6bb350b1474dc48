"""`rightnote check`: the voice check on a file or standard input."""

from __future__ import annotations

import codecs
import sys
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import typer

from app.cli import app
from app.cli.output import fail, print_json, say
from app.cli.values import MOMENT_METAVAR, moment
from app.playbook.html_text import looks_like_html
from app.playbook.models import Finding, Severity, Verdict, VoiceReport
from app.playbook.note_body import NoteFormat
from app.playbook.scenarios import Scenario
from app.playbook.voice import EmptyNote, check_message

MAX_INPUT_CHARS = 20_000  # plain text, as the API takes it
MAX_HTML_CHARS = 100_000  # a mail client's HTML around the same note


class FailOn(StrEnum):
    REVISE = "revise"
    HOLD = "hold"


@app.command()
def check(
    file: str = typer.Argument(
        "-", help="The note to check: a file path, or - for standard input."
    ),
    scenario: Scenario = typer.Option(..., "--scenario", "-s", help="The note's scenario."),
    send_by: datetime | None = typer.Option(
        None,
        parser=moment,
        metavar=MOMENT_METAVAR,
        help="Recovery: when it must be sent (ISO 8601).",
    ),
    note_format: NoteFormat = typer.Option(
        NoteFormat.AUTO,
        "--format",
        help="text, html, or auto (HTML when it looks like a mail client's HTML). Only the new "
        "message is judged: no quoted reply, no signature.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print exactly the /v1/voice/check JSON."),
    fail_on: FailOn | None = typer.Option(
        None, help="Exit with status 1 when the verdict is this bad or worse."
    ),
) -> None:
    """Check a note's voice: findings in place, a verdict (send, revise or hold)."""
    text = _read(file, MAX_HTML_CHARS if note_format is not NoteFormat.TEXT else MAX_INPUT_CHARS)
    # The limit named is the one that applies: plain text is held to the API's, HTML (said or
    # seen) to the larger one a mail client's markup needs.
    plain = note_format is NoteFormat.TEXT or (
        note_format is NoteFormat.AUTO and not looks_like_html(text)
    )
    limit = MAX_INPUT_CHARS if plain else MAX_HTML_CHARS
    if len(text) > limit:
        fail(f"the note is longer than {limit} characters")
    try:
        report = check_message(
            text, scenario, format=note_format, send_by=send_by, now=datetime.now(UTC)
        )
    except EmptyNote as exc:
        fail(str(exc))
    if as_json:
        # The /v1/voice/check shape; pydantic is loaded only when JSON is asked for.
        from app.api.schemas_playbook import VoiceReportOut

        print_json(VoiceReportOut.of(report, text).model_dump(mode="json"))
    else:
        _show(report, text)
    if fail_on is not None and _at_least(report.verdict, fail_on):
        raise typer.Exit(1)


def _read(file: str, limit: int) -> str:
    try:
        if file == "-":
            raw = sys.stdin.buffer.read(limit * 4 + 1)
        else:
            path = Path(file)
            if path.is_dir():
                fail(f"{file} is a folder; give the file that holds the note")
            if not path.exists():
                fail(f"no such file: {file}")
            # Not only regular files: a pipe or /dev/stdin is a note too.
            with path.open("rb") as handle:
                raw = handle.read(limit * 4 + 1)
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror or exc}")
    # A byte-order mark names the encoding: Windows PowerShell's `>` and Notepad's "Unicode"
    # write UTF-16 with one. Anything else must be UTF-8 (a UTF-8 mark is dropped).
    encoding = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    if encoding is None and b"\x00" in raw:
        # Valid UTF-8, but no note holds NUL: UTF-16 without its mark, or a binary file. Read as
        # text it would be checked as gibberish ("never says thank you") with no error at all.
        fail(
            f"{_shown(file)} is not UTF-8 text (it holds NUL bytes; UTF-16 needs a byte-order mark)"
        )
    if len(raw) > limit * 4:  # too long whatever it holds; the cut may split a character
        return raw.decode(encoding or "utf-8-sig", errors="replace")
    try:
        text = raw.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError:
        fail(f"{_shown(file)} is not {'UTF-16' if encoding else 'UTF-8'} text")
    return text  # at most limit * 4 + 1 bytes were read: longer is refused by the caller


def _shown(file: str) -> str:
    return "the standard input" if file == "-" else file


def _at_least(verdict: Verdict, threshold: FailOn) -> bool:
    rank = {Verdict.SEND: 0, Verdict.REVISE: 1, Verdict.HOLD: 2}
    return rank[verdict] >= rank[Verdict(threshold.value)]


_VERDICT_STYLE = {
    Verdict.SEND: "bold green",
    Verdict.REVISE: "bold yellow",
    Verdict.HOLD: "bold red",
}


def _show(report: VoiceReport, text: str) -> None:
    for finding in report.findings:
        _show_finding(finding, text)
    m = report.metrics
    say(
        f"{m.words} words, {m.sentences} sentences, {m.questions} questions, "
        f"we-ratio {m.we_ratio:.2f}, grade {m.reading_grade:.1f}, {m.exclamation_marks} '!'"
    )
    say("verdict: ", (str(report.verdict), _VERDICT_STYLE[report.verdict]))


def _show_finding(finding: Finding, text: str) -> None:
    """Print the finding under the line it refers to, with the span underlined."""
    colour = "red" if finding.severity is Severity.HOLD else "yellow"
    line_no = text.count("\n", 0, finding.start) + 1
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.start)
    line_end = len(text) if line_end == -1 else line_end
    whole_note = finding.start == 0 and finding.end >= len(text.rstrip("\n"))
    say(
        (str(finding.severity), colour),
        " ",
        (finding.code, "bold"),
        " (whole note)" if whole_note else f" (line {line_no})",
    )
    if not whole_note:
        line = text[line_start:line_end]
        start = finding.start - line_start
        end = min(finding.end, line_end) - line_start
        gutter = f"{line_no:>4} | "
        say(gutter, line)
        say(" " * len(gutter) + " " * start, ("^" * max(1, end - start), colour))
    say(f"      {finding.message}")
    if finding.suggestion:
        say(f"      try: {finding.suggestion}")
