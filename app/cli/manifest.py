"""`rightnote manifest`: the group that `manifest gmail` and `manifest outlook` join."""

from __future__ import annotations

import typer

from app.cli import COMMANDS, app

manifest_app = typer.Typer(help=COMMANDS["manifest"].help, no_args_is_help=True)
app.add_typer(manifest_app, name="manifest")
