"""`rightnote manifest gmail --base-url URL`: the Google Workspace add-on deployment descriptor."""

from __future__ import annotations

import typer

from app.addons.gmail_manifest import render_deployment
from app.cli.manifest import manifest_app
from app.cli.output import fail, print_json


@manifest_app.command("gmail")
def manifest_gmail(
    base_url: str = typer.Option(
        ..., "--base-url", help="The public https URL of this service (RIGHTNOTE_PUBLIC_URL)."
    ),
    logo_url: str | None = typer.Option(
        None,
        "--logo-url",
        help="Logo shown by Google (default BASE_URL/static/rightnote-logo-96.png).",
    ),
) -> None:
    """Print the deployment.json for `gcloud workspace-add-ons deployments create`."""
    try:
        deployment = render_deployment(base_url, logo_url=logo_url)
    except ValueError as exc:
        fail(str(exc))
    print_json(deployment)
