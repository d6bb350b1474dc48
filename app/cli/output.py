"""Shared CLI plumbing: consoles, JSON printing and clear error exits (never a traceback)."""

from __future__ import annotations

import sys
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
