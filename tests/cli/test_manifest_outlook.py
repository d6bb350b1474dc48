"""`rightnote manifest outlook --base-url URL --client-id ID [--out DIR]`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from app.addons.outlook_manifest import render_outlook_manifests
from app.cli import _register, app

_register()
runner = CliRunner()

BASE = "https://notes.example.org"
CLIENT = "6e0a5c2b-3f41-4d8e-9b7a-2c5d8e1f0a93"


def test_prints_both_manifests() -> None:
    result = runner.invoke(app, ["manifest", "outlook", "--base-url", BASE, "--client-id", CLIENT])
    assert result.exit_code == 0, result.output
    json_part, xml_part = result.stdout.split("\n==> manifest.xml <==\n")
    assert json_part.startswith("==> manifest.json <==\n")
    expected = render_outlook_manifests(BASE, CLIENT)
    assert json.loads(json_part.split("\n", 1)[1]) == expected.unified
    assert xml_part == expected.xml


def test_writes_the_files(tmp_path: Path) -> None:
    out = tmp_path / "outlook" / "prod"
    result = runner.invoke(
        app,
        ["manifest", "outlook", "--base-url", BASE + "/", "--client-id", CLIENT, "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "color.png",
        "manifest.json",
        "manifest.xml",
        "outline.png",
    ]
    expected = render_outlook_manifests(BASE, CLIENT)
    assert json.loads((out / "manifest.json").read_text()) == expected.unified
    assert (out / "manifest.xml").read_text() == expected.xml
    # PNG width/height live in the IHDR chunk.
    assert (out / "color.png").read_bytes()[16:24] == (192).to_bytes(4, "big") * 2
    assert (out / "outline.png").read_bytes()[16:24] == (32).to_bytes(4, "big") * 2


def test_http_base_url_is_a_clear_error() -> None:
    http_url = "http://notes.example.org"
    result = runner.invoke(
        app, ["manifest", "outlook", "--base-url", http_url, "--client-id", CLIENT]
    )
    assert result.exit_code == 2
    assert "https://" in result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_bad_client_id_is_a_clear_error() -> None:
    result = runner.invoke(
        app, ["manifest", "outlook", "--base-url", BASE, "--client-id", "my-app"]
    )
    assert result.exit_code == 2
    assert "GUID" in result.output
    assert "Traceback" not in result.output


def test_both_options_are_required() -> None:
    result = runner.invoke(app, ["manifest", "outlook", "--base-url", BASE])
    assert result.exit_code == 2
    assert "--client-id" in result.output
    result = runner.invoke(app, ["manifest", "outlook", "--client-id", CLIENT])
    assert result.exit_code == 2
    assert "--base-url" in result.output


def test_out_must_not_be_a_file(tmp_path: Path) -> None:
    target = tmp_path / "manifest.json"
    target.write_text("{}")
    result = runner.invoke(
        app,
        ["manifest", "outlook", "--base-url", BASE, "--client-id", CLIENT, "--out", str(target)],
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert target.read_text() == "{}"
