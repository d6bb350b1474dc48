"""`rightnote settings-doc`: the settings reference (docs/settings.md) from the Settings class."""

from __future__ import annotations

from pathlib import Path

import typer

from app.cli import app
from app.cli.output import console, fail


@app.command("settings-doc")
def settings_doc(
    out: Path | None = typer.Option(None, "--out", help="Write to this file instead of stdout."),
    check: bool = typer.Option(
        False, "--check", help="Exit 1 if --out's file differs from what would be written."
    ),
) -> None:
    """Print (or write) the table of every RIGHTNOTE_* setting: type, default, description."""
    from app.ops.settings_doc import render, undocumented

    missing = undocumented()
    if missing:
        fail("settings without a description in app/settings.py: " + ", ".join(missing))
    text = render()
    if out is None:
        if check:
            fail("--check needs --out FILE")
        typer.echo(text, nl=False)
        return
    if check:
        again = f"run `rightnote settings-doc --out {out}`"
        if not out.is_file():
            fail(f"{out} does not exist (out of date): {again}", code=1)
        if out.read_text(encoding="utf-8") != text:
            fail(f"{out} is out of date: {again}", code=1)
        console.print(f"{out} is up to date", highlight=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror}")
    console.print(f"wrote {out}", highlight=False)
