"""`rightnote serve`: run the HTTP API."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from pydantic import ValidationError

from app.cli import app
from app.cli.output import fail
from app.settings import Settings

if TYPE_CHECKING:
    import uvicorn
    from fastapi import FastAPI


@app.command()
def serve(
    host: str = typer.Option(None, help="Address to bind (default RIGHTNOTE_HOST or 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default RIGHTNOTE_PORT or 8000)."),
) -> None:
    """Serve the RightNote API (the Gmail add-on, the Outlook task pane and the JSON API)."""
    from app.main import create_app

    overrides: dict[str, object] = {}
    if host is not None:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        fail(_settings_message(exc))
    run_server(create_app(settings), settings)


def server_config(asgi_app: FastAPI, settings: Settings) -> uvicorn.Config:
    import uvicorn

    return uvicorn.Config(
        asgi_app,
        host=settings.host,
        port=settings.port,
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        # Logging is ours (app.ops.logging): uvicorn neither configures it nor writes its own
        # access line, which would carry raw paths with their query strings.
        log_config=None,
        access_log=False,
        log_level=settings.log_level.lower(),
        # On SIGTERM uvicorn stops accepting, lets in-flight requests finish for up to this
        # long, then runs the lifespan shutdown (closing the database) and exits 0.
        timeout_graceful_shutdown=int(settings.shutdown_timeout_seconds + 0.999),
        server_header=False,
    )


def run_server(asgi_app: FastAPI, settings: Settings) -> None:
    """Serve `asgi_app` until SIGTERM/SIGINT, drain, and return (exit status 0).

    Exits 3 when the app cannot start (the lifespan failed, the port is taken).
    """
    import signal

    import uvicorn

    from app.ops.logging import setup_logging

    setup_logging(settings)
    server = uvicorn.Server(server_config(asgi_app, settings))
    # uvicorn re-raises the stop signal once it has drained, against whatever handler was there
    # before it; with the defaults the process would then die "killed by SIGTERM" (143) after a
    # clean shutdown. A no-op handler makes a drained stop a normal exit.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: None)
    server.run()
    if not server.started:
        raise SystemExit(3)


def _settings_message(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err.get("loc", ()))
        msg = err.get("msg", "invalid").removeprefix("Value error, ")
        lines.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(lines)
