"""`rightnote serve`: run the HTTP API."""

from __future__ import annotations

import typer
from pydantic import ValidationError

from app.cli import app
from app.cli.output import fail
from app.settings import Settings


@app.command()
def serve(
    host: str = typer.Option(None, help="Address to bind (default RIGHTNOTE_HOST or 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default RIGHTNOTE_PORT or 8000)."),
) -> None:
    """Serve the RightNote API (the Gmail add-on, the Outlook task pane and the JSON API)."""
    import uvicorn

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
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        log_level=settings.log_level.lower(),
    )


def _settings_message(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err.get("loc", ()))
        msg = err.get("msg", "invalid").removeprefix("Value error, ")
        lines.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(lines)
