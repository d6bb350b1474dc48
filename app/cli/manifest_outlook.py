"""`rightnote manifest outlook --base-url URL --client-id ID [--out DIR]`: both manifests."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from app.addons.outlook_icons import PACKAGE_ICONS, render_icon
from app.addons.outlook_manifest import ManifestInputError, render_outlook_manifests
from app.cli.manifest import manifest_app
from app.cli.output import err_console, fail


@manifest_app.command("outlook")
def manifest_outlook(
    base_url: str = typer.Option(
        ..., "--base-url", help="The public https URL of this service (RIGHTNOTE_PUBLIC_URL)."
    ),
    client_id: str = typer.Option(
        ...,
        "--client-id",
        help="Application (client) ID of the Entra app registration of the API (a GUID).",
    ),
    out: Path = typer.Option(
        None,
        "--out",
        file_okay=False,
        dir_okay=True,
        help="Write manifest.json, manifest.xml, color.png and outline.png into this directory "
        "(created if missing) instead of printing the two manifests.",
    ),
) -> None:
    """Render the unified manifest (manifest.json) and the add-in only manifest (manifest.xml)."""
    try:
        manifests = render_outlook_manifests(base_url, client_id)
    except ManifestInputError as exc:
        fail(str(exc))
    if out is None:
        # `head`-style banners keep the two documents apart and easy to cut out.
        sys.stdout.write("==> manifest.json <==\n" + manifests.unified_text)
        sys.stdout.write("\n==> manifest.xml <==\n" + manifests.xml)
        sys.stdout.flush()
        return
    files = {
        "manifest.json": manifests.unified_text.encode(),
        "manifest.xml": manifests.xml.encode(),
    }
    # The unified manifest is sideloaded as a zip of manifest.json with its two icons.
    files.update({name: render_icon(size, outline=o) for name, (size, o) in PACKAGE_ICONS.items()})
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (out / name).write_bytes(data)
    except OSError as exc:
        fail(f"cannot write to {out}: {exc.strerror or exc}")
    for name in files:
        err_console.print(f"wrote {out / name}", highlight=False)
