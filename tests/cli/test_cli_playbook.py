"""`rightnote draft` and `rightnote check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register, app

_register()
runner = CliRunner()

RANTY = (
    "Hi Dana,\n\nI'm so sorry, I apologize again for my answer!!! Please give me another chance.\n"
)
CALM = (
    "Hi Dana,\n\nThank you for taking the time to talk with me today. I enjoyed hearing about how "
    "the data team started, and I am excited about the chance to work together.\n\nBest,\nSam\n"
)


def test_check_human_output_points_at_the_span(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(RANTY)
    result = runner.invoke(app, ["check", str(note), "--scenario", "recovery"])
    assert result.exit_code == 0
    assert "pleading" in result.output
    assert "line 3" in result.output
    assert "^^^" in result.output
    assert "verdict: hold" in result.output


def test_check_json_is_the_api_json() -> None:
    result = runner.invoke(app, ["check", "-", "--scenario", "gratitude", "--json"], input=CALM)
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["verdict"] == "send"
    assert body["findings"] == []
    assert set(body) == {"verdict", "findings", "metrics"}


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [(RANTY, "hold", 1), (RANTY, "revise", 1), (CALM, "revise", 0), (CALM, "hold", 0)],
)
def test_check_fail_on(text: str, fail_on: str, code: int) -> None:
    args = [
        "check",
        "-",
        "--scenario",
        "recovery" if text is RANTY else "gratitude",
        "--fail-on",
        fail_on,
    ]
    assert runner.invoke(app, args, input=text).exit_code == code


def test_check_missing_file_is_a_clear_message() -> None:
    result = runner.invoke(app, ["check", "/no/such/note.txt", "--scenario", "gratitude"])
    assert result.exit_code == 2
    assert "no such file" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "data",
    # FF FE, once used here as "binary", is UTF-16's byte-order mark: a note saved by Windows
    # PowerShell or Notepad starts with it and is read as UTF-16 (tests/qa/test_cli_check_files.py).
    [b"\xff\xd8\xff\xe0\x00\x10JFIF", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"],
    ids=["jpeg", "png"],
)
def test_check_binary_input_is_a_clear_message(data: bytes) -> None:
    result = runner.invoke(app, ["check", "-", "--scenario", "gratitude"], input=data)
    assert result.exit_code == 2
    assert "UTF-8" in result.output


def test_check_bad_scenario() -> None:
    result = runner.invoke(app, ["check", "-", "--scenario", "bribe"], input="x")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_draft_json_matches_api_shape() -> None:
    result = runner.invoke(
        app,
        [
            "draft",
            "--scenario",
            "gratitude",
            "--name",
            "Maya Lin",
            "--title",
            "CEO",
            "--candidate",
            "Sam Okafor",
            "--company",
            "Northwind",
            "--topic",
            "the Oslo office",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["text"].startswith("Hi Maya,")
    assert body["voice"]["verdict"] == "send"
    assert body["to"] is None


def test_draft_human_output_lists_placeholders() -> None:
    result = runner.invoke(app, ["draft", "--scenario", "recovery", "--name", "Ana"])
    assert result.exit_code == 0, result.output
    assert "Fill in:" in result.output and "[what went wrong]" in result.output
    assert "To:" in result.output


def test_draft_bad_input_is_a_clear_message() -> None:
    result = runner.invoke(
        app, ["draft", "--scenario", "gratitude", "--email", "nope", "--timezone", "Mars/Olympus"]
    )
    assert result.exit_code == 2
    assert "email" in result.output and "Traceback" not in result.output


def test_draft_stand_down() -> None:
    result = runner.invoke(app, ["draft", "--scenario", "stand_down"])
    assert result.exit_code == 0
    assert "No note." in result.output


@pytest.mark.parametrize("text", ["", "  \n\t\n"])
def test_check_empty_note_is_a_clear_message(text: str) -> None:
    result = runner.invoke(app, ["check", "-", "--scenario", "gratitude"], input=text)
    assert result.exit_code == 2
    assert "empty" in result.output
    assert "missing_thanks" not in result.output and "Traceback" not in result.output


OUTLOOK = (
    '<html><body><div style="font-family:Calibri">Hi Dana,</div><div><br></div>'
    '<div style="font-family:Calibri">Thank you for the chat. I REALLY enjoyed it.</div>'
    '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Dana<br>Sent: Tuesday'
    "<br>WHY?? Please please reply!!!</div></body></html>"
)


@pytest.mark.parametrize("args", [[], ["--format", "html"], ["--format", "auto"]])
def test_check_reads_html_and_points_into_the_input(args: list[str]) -> None:
    result = runner.invoke(
        app, ["check", "-", "--scenario", "gratitude", "--json", *args], input=OUTLOOK
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert [(f["code"], OUTLOOK[f["start"] : f["end"]]) for f in body["findings"]] == [
        ("intensity", "REALLY")
    ]
    assert body["verdict"] == "revise"


def test_check_format_text_reads_markup_as_words() -> None:
    result = runner.invoke(
        app, ["check", "-", "--scenario", "gratitude", "--json", "--format", "text"], input=OUTLOOK
    )
    assert result.exit_code == 0
    assert json.loads(result.output)["metrics"]["words"] > 25
