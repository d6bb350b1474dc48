"""Shared CLI plumbing: consoles, JSON printing and clear error exits (never a traceback)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import typer
from rich.console import Console

from app.api.responses import dumps

console = Console()
err_console = Console(stderr=True)


def print_json(content: Any) -> None:
    sys.stdout.write(dumps(content).decode() + "\n")
    sys.stdout.flush()


def fail(message: str, code: int = 2) -> NoReturn:
    # soft_wrap: a path or command in the message must stay whole when copied or grepped.
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def database_failures(*more: type[Exception]) -> Iterator[None]:
    """Turn what a command meets in the database (and `more`, by its message) into `fail`."""
    # Imported here: the CLI starts without loading the database layer.
    from sqlalchemy.exc import DBAPIError

    from app.store.db import DatabaseURLError
    from app.store.migrations import MigrationError

    shown_as_is: tuple[type[Exception], ...] = (DatabaseURLError, MigrationError, *more)
    try:
        yield
    except shown_as_is as exc:
        fail(str(exc))
    except DBAPIError as exc:
        # The driver's own message: no SQL parameters (they could hold ciphertexts).
        fail(f"the database refused: {exc.orig}")
    except OSError as exc:
        fail(f"cannot reach the database: {exc}")
