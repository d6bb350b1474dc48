"""The `rightnote` command. Each command lives in its own module and registers itself here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="rightnote",
    help="RightNote: the right note, to the right person, at the right time — or none at all.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
manifest_app = typer.Typer(help="Render add-on manifests for a deployment.", no_args_is_help=True)
app.add_typer(manifest_app, name="manifest")


def _register() -> None:
    # Imported for their side effect of adding commands to `app`.
    from app.cli import (  # noqa: F401
        check,
        draft,
        gallery,
        manifest_gmail,
        manifest_outlook,
        serve,
    )
    from app.cli import db as _db  # noqa: F401
    from app.cli import interviews as _interviews  # noqa: F401
    from app.cli import run as _run  # noqa: F401
    from app.cli import settings_doc as _settings_doc  # noqa: F401
    from app.cli import watch as _watch  # noqa: F401
    from app.cli import worker as _worker  # noqa: F401


def main() -> None:
    _register()
    app()
