"""Options that more than one command takes, declared once (`rightnote run` and `watch`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="PATH",
        help="The config file (default ~/.config/rightnote/config.toml).",
    ),
]
AllowPrivateCalendar = Annotated[
    bool | None,
    typer.Option(
        "--allow-private-calendar/--no-allow-private-calendar",
        help="Let a feed or CalDAV server be on localhost or your LAN.",
    ),
]
