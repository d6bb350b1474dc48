"""Shared CLI plumbing: printing, JSON, and clear error exits (never a traceback).

`say` prints plain lines with optional colour and is all that `check`, `draft` and `interviews`
use: importing rich costs a linter-like command ~50 ms of its start. Commands with tables and
progress bars (`run`, `migrate` …) still use rich's `console` / `err_console`, created on first
use so that importing this module never loads rich.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

import typer

if TYPE_CHECKING:
    from rich.console import Console

# A part of a line: text as is, or (text, style) with style words from _SGR, e.g. "bold red".
Part = str | tuple[str, str]

_SGR = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33"}
# Control characters in text we print (a note or calendar can hold a terminal escape) become
# U+FFFD, one character for one, so a caret under a span still lines up. Tab and newline stay.
_CONTROLS = {c: "\ufffd" for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (0x09, 0x0A)}


def _colour(stream: TextIO) -> bool:
    # https://no-color.org; a pipe or a file gets plain text, as rich does.
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool(getattr(stream, "isatty", None) and stream.isatty())


def say(*parts: Part, err: bool = False) -> None:
    """Print one line (or several, when the text holds newlines) to stdout or stderr."""
    stream = sys.stderr if err else sys.stdout
    colour = _colour(stream)
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part.translate(_CONTROLS))
            continue
        text, style = part
        text = text.translate(_CONTROLS)
        if colour:
            codes = ";".join(_SGR[word] for word in style.split())
            text = f"\x1b[{codes}m{text}\x1b[0m"
        out.append(text)
    stream.write("".join(out) + "\n")


def print_json(content: Any) -> None:
    # Imported here: a command that prints text does not load the JSON encoder (orjson).
    from app.jsonbytes import dumps

    sys.stdout.write(dumps(content).decode() + "\n")
    sys.stdout.flush()


def fail(message: str, code: int = 2) -> NoReturn:
    # One line, never wrapped: a path or command in the message must stay whole when copied.
    say(("error:", "bold red"), " ", message, err=True)
    raise typer.Exit(code)


_consoles: dict[str, Console] = {}


def __getattr__(name: str) -> Console:
    # `console` and `err_console`: rich consoles for the commands that draw tables and bars.
    if name not in ("console", "err_console"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name not in _consoles:
        from rich.console import Console

        _consoles[name] = Console(stderr=name == "err_console")
    return _consoles[name]


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
