"""`rightnote manifest gmail --base-url URL`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from app.addons.gmail_manifest import render_deployment
from app.cli import _register, app

_register()
runner = CliRunner()


def test_prints_the_descriptor_for_the_base_url() -> None:
    result = runner.invoke(app, ["manifest", "gmail", "--base-url", "https://notes.example.org/"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == render_deployment("https://notes.example.org")


def test_custom_logo() -> None:
    result = runner.invoke(
        app,
        [
            "manifest",
            "gmail",
            "--base-url",
            "https://n.example",
            "--logo-url",
            "https://cdn.example/l.png",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["addOns"]["common"]["logoUrl"] == "https://cdn.example/l.png"


def test_http_base_url_is_a_clear_error() -> None:
    result = runner.invoke(app, ["manifest", "gmail", "--base-url", "http://notes.example.org"])
    assert result.exit_code == 2
    assert "https://" in result.output
    assert "Traceback" not in result.output


def test_http_logo_is_a_clear_error() -> None:
    result = runner.invoke(
        app,
        ["manifest", "gmail", "--base-url", "https://n.example", "--logo-url", "http://cdn/l.png"],
    )
    assert result.exit_code == 2
    assert "logo URL" in result.output


def test_base_url_is_required() -> None:
    result = runner.invoke(app, ["manifest", "gmail"])
    assert result.exit_code != 0
    assert "--base-url" in result.output
