"""The `rightnote` command. Each command lives in its own module and registers itself on `app`.

A command's module is imported only when that command runs: `rightnote check` must start like a
linter, so it must not pay for the server, database and cloud clients that other commands load.
`COMMANDS` names every command, the modules that define it and its one-line help, so
`rightnote --help` lists them all without importing any (a test keeps the help in step with
each command's docstring).
"""

from __future__ import annotations

import importlib
from difflib import get_close_matches
from typing import Any, NamedTuple

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup


class Entry(NamedTuple):
    modules: tuple[str, ...]
    help: str


# In the order `rightnote --help` lists them.
COMMANDS: dict[str, Entry] = {
    "check": Entry(
        ("app.cli.check",),
        "Check a note's voice: findings in place, a verdict (send, revise or hold).",
    ),
    "draft": Entry(
        ("app.cli.draft",),
        "Write the note for one interviewer: subject, text, send-by and its voice check.",
    ),
    "gallery": Entry(
        ("app.cli.gallery",),
        "Write docs/drafts.md: the drafts for a fixed set of inputs, every scenario.",
    ),
    "serve": Entry(
        ("app.cli.serve",),
        "Serve the RightNote API (the Gmail add-on, the Outlook task pane and the JSON API).",
    ),
    "migrate": Entry(
        ("app.cli.db",),
        "Bring the database schema (RIGHTNOTE_DATABASE_URL) up to date, or down to a revision.",
    ),
    "rotate-keys": Entry(
        ("app.cli.db",), "Re-encrypt every stored token set under the newest key."
    ),
    "interviews": Entry(
        ("app.cli.interviews",),
        "Find your interviews in a calendar and who you will meet in each.",
    ),
    "run": Entry(
        ("app.cli.run",),
        "Put the right note for each interviewer of your ended interviews into your drafts, once.",
    ),
    "settings-doc": Entry(
        ("app.cli.settings_doc",),
        "Print (or write) the table of every RIGHTNOTE_* setting: type, default, description.",
    ),
    "watch": Entry(
        ("app.cli.watch",),
        "Keep drafting: poll the calendar and put each note in your drafts when it comes due.",
    ),
    "worker": Entry(
        ("app.cli.worker",),
        "Put each interviewer's note into the user's mailbox when their interview ends.",
    ),
    "manifest": Entry(
        ("app.cli.manifest_gmail", "app.cli.manifest_outlook"),
        "Render add-on manifests for a deployment.",
    ),
    "secret": Entry(
        ("app.cli.watch",), "Store a password or token in the OS keyring for run/watch."
    ),
}

# Set in the context while help is written: the listing needs names and help, not commands.
_LISTING = "rightnote.listing"


class LazyGroup(TyperGroup):
    """A group that imports a command's module the first time the command is needed."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        loaded = self.commands.get(cmd_name)
        if loaded is not None:
            return loaded
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        if ctx.meta.get(_LISTING):
            return TyperCommand(name=cmd_name, short_help=entry.help)
        for module in entry.modules:
            importlib.import_module(module)
        # The module registered its commands on `app`; build the click objects from them.
        built = typer.main.get_group(app).commands.get(cmd_name)
        if built is not None:
            self.commands[cmd_name] = built
        return built

    def format_help(self, ctx: Any, formatter: Any) -> None:
        ctx.meta[_LISTING] = True
        try:
            super().format_help(ctx, formatter)
        finally:
            ctx.meta[_LISTING] = False

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        # Typer suggests a near name from the commands built so far, which here are none.
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            near = get_close_matches(name, list(COMMANDS))
            hint = f" Did you mean {', '.join(repr(n) for n in near)}?" if near else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)


def _root() -> None:
    """Runs before every command; `rightnote` has no options of its own."""


app = typer.Typer(
    name="rightnote",
    cls=LazyGroup,
    # A callback makes `app` a group before any command has registered itself.
    callback=_root,
    help="RightNote: the right note, to the right person, at the right time — or none at all.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _register() -> None:
    """Import every command's module (tests that drive the whole CLI in one process)."""
    for entry in COMMANDS.values():
        for module in entry.modules:
            importlib.import_module(module)


def main() -> None:
    app()
