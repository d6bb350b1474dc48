"""The Outlook task pane's files, its configuration, and the privacy and terms pages.

- `/outlook/taskpane.html|.js|.css`: the pane (plain HTML/JS/CSS in `outlook_static/`).
- `/outlook/auth-dialog.html|.js`: its sign-in dialog, when neither NAA nor Office SSO works.
- `/outlook/assets/<icon>.png`: the icons the manifests name.
- `/outlook/vendor/msal-browser.min.js`: MSAL.js, copied from the pinned npm package by
  `npm ci && npm run build` (not in git); 404 until built, and the pane says so.
- `/outlook/config.json`: what the pane needs to sign in (none of it secret).
- `/privacy`, `/terms`, `/support`: linked from both manifests.
- `/static/rightnote-logo-96.png`: the Google Workspace add-on's logo (`logoUrl` in the
  deployment descriptor: Gmail, Calendar and the compose toolbar show it).

Only names in the folders are served (no path is ever joined from the request), and every file
is revalidated on each load (`no-cache` + ETag) so a deploy reaches open panes at once.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse
from starlette.responses import Response

from app.addons.gmail_manifest import LOGO_PATH
from app.addons.outlook_icons import render_icon
from app.api.deps import SettingsDep
from app.api.responses import FastJSONResponse
from app.auth.microsoft import app_id_uri
from app.errors import NotFound
from app.playbook.scenarios import SCENARIOS
from app.providers.microsoft_auth import GRAPH_SCOPES
from app.settings import AuthMode, Settings

STATIC = Path(__file__).parent / "outlook_static"
ASSETS = STATIC / "assets"
VENDOR = STATIC / "vendor"
MSAL_BUNDLE = "msal-browser.min.js"
OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")
_HEADERS = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
_PANE_FILES = {
    "taskpane.html": "text/html; charset=utf-8",
    "taskpane.css": "text/css; charset=utf-8",
    # The pane's ES modules (taskpane.js is the entry; see its header for what each holds).
    **{
        name: "text/javascript; charset=utf-8"
        for name in (
            "taskpane.js",
            "dom.js",
            "load-script.js",
            "office-item.js",
            "sign-in.js",
            "api-client.js",
            "compose-form.js",
            "autodraft-panel.js",
        )
    },
    # Old-syntax check, before the pane's script (IE11 / legacy Edge webviews).
    "legacy-check.js": "text/javascript; charset=utf-8",
    # The pane's last sign-in fallback (the Office dialog API with a standard MSAL client).
    "auth-dialog.html": "text/html; charset=utf-8",
    "auth-dialog.js": "text/javascript; charset=utf-8",
}

router = APIRouter(include_in_schema=False)


def _file(folder: Path, name: str, media_type: str | None = None) -> FileResponse:
    if not _NAME.match(name):
        raise NotFound("no such file")
    path = folder / name
    if not path.is_file():
        raise NotFound("no such file")
    return FileResponse(path, media_type=media_type, headers=_HEADERS)


def scenario_names() -> list[dict[str, Any]]:
    """The notes as the playbook names them, for the pane's scenario list (one source of truth
    for the pane, the Gmail card and the API)."""
    return [
        {
            "value": spec.scenario.value,
            "label": spec.label,
            "summary": spec.summary,
            "drafts": spec.drafts,
        }
        for spec in SCENARIOS.values()
    ]


def pane_config(settings: Settings) -> dict[str, Any]:
    """How the pane signs in: not at all in local mode; in production NAA (MSAL.js), Office SSO
    or the sign-in dialog, whichever the Outlook build supports (sign-in.js); and the scenario
    names it shows; and the request size the server takes, so the pane cuts a long body to fit
    rather than be refused with 413."""
    return {
        **_sign_in(settings),
        "scenarios": scenario_names(),
        "max_body_bytes": settings.max_body_bytes,
    }


def _sign_in(settings: Settings) -> dict[str, Any]:
    if settings.auth_mode is AuthMode.LOCAL:
        return {"auth": "local", "msal": None}
    client_id = settings.microsoft_client_id
    if not client_id:
        return {"auth": "unavailable", "msal": None}
    # The verifier accepts exactly this audience (app.auth.microsoft.app_id_uri).
    api_uri = app_id_uri(settings)
    tenants = settings.microsoft_allowed_tenants
    # One allowed tenant: sign in there directly; otherwise any work or school account
    # ("organizations": personal accounts cannot use this API, so never offer them).
    tenant = tenants[0] if len(tenants) == 1 else "organizations"
    return {
        "auth": "microsoft",
        "msal": {
            "client_id": client_id,
            "authority": f"{settings.microsoft_authority_host.rstrip('/')}/{tenant}",
            "scopes": [f"{api_uri}/access_as_user"],
            # Asked for incrementally when the server says `consent_required`.
            "graph_scopes": list(GRAPH_SCOPES),
            "dialog": "auth-dialog.html",
            "bundle": f"vendor/{MSAL_BUNDLE}",
            "bundle_present": (VENDOR / MSAL_BUNDLE).is_file(),
        },
    }


@router.get("/outlook/config.json")
async def config(settings: SettingsDep) -> Response:
    return FastJSONResponse(pane_config(settings), headers=_HEADERS)


# Registered before the generic pane-file route, which would otherwise take "config.json".
@router.get("/outlook/{name}")
async def pane_file(name: str) -> Response:
    media_type = _PANE_FILES.get(name)
    if media_type is None:
        raise NotFound("no such file")
    return _file(STATIC, name, media_type)


@router.get("/outlook/assets/{name}")
async def asset(name: str) -> Response:
    return _file(ASSETS, name)


@router.get("/outlook/vendor/{name}")
async def vendor(name: str) -> Response:
    return _file(VENDOR, name, "text/javascript; charset=utf-8" if name.endswith(".js") else None)


@cache
def _logo_png() -> bytes:
    # Drawn once from the same shapes as the Outlook icons, so the two add-ins look alike.
    return render_icon(96)


@router.get(LOGO_PATH)
async def google_addon_logo() -> Response:
    # Google fetches it through its image proxy and caches it; a day is plenty.
    return Response(
        _logo_png(),
        media_type="image/png",
        headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"},
    )


# --- privacy and terms ----------------------------------------------------------------------


def _page(title: str, body: str) -> HTMLResponse:
    document = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} · RightNote</title>
<style>
  body {{ font: 16px/1.55 "Segoe UI", system-ui, -apple-system, sans-serif; color: #242424;
         max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }}
  h1 {{ font-size: 1.6rem; }} h2 {{ font-size: 1.15rem; margin-top: 1.8rem; }}
  a {{ color: #0f6cbd; }}
</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
{body}
</body>
</html>
"""
    return HTMLResponse(document, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/privacy", response_class=HTMLResponse)
async def privacy(settings: SettingsDep) -> HTMLResponse:
    days = settings.retention_days
    return _page(
        "Privacy",
        f"""
<p>RightNote helps you write the right note after a job interview, to the right person, at the
right time. This page says what it reads, what it keeps and for how long.</p>
<h2>What RightNote reads</h2>
<ul>
<li>The recipients, subject and body of the message you are writing, when you open the
RightNote pane, so it can tell who you are writing to and check the tone of your note.</li>
<li>Your calendar (read only), to find your interviews and who interviewed you: the title,
times, organizer, attendees and description of events around today (for the pane, the last two
weeks and the coming week).</li>
<li>Your name and email address from your sign-in, to sign notes and to tell your own address
from your interviewers'.</li>
</ul>
<h2>What RightNote keeps</h2>
<ul>
<li>Interviews it found: company, position, times, and each interviewer's name, email address
and title. They are deleted {days} days after the interview.</li>
<li>What you type in the pane (the topic, what went wrong, the point you wanted to make) is
used to write the draft and is not stored. Notes you save for an automatic draft are kept only
until that draft has been written, then removed.</li>
<li>The body of your message and the notes RightNote writes are not stored and not logged.</li>
<li>So that drafts can be written after an interview while Outlook is closed, the Microsoft
sign-in RightNote gets when you use the pane is stored encrypted. You can revoke it at any time
in your Microsoft account's app permissions; your administrator can also delete it.</li>
</ul>
<h2>What RightNote never does</h2>
<ul>
<li>It never sends email. Drafts go to your Drafts folder; you decide what to send.</li>
<li>It never changes your calendar.</li>
<li>It does not sell or share your data, and it does not use it for advertising.</li>
</ul>
<h2>Questions</h2>
<p>Ask the people who run this RightNote service for you (your administrator), who can also
delete your data on request.</p>
""",
    )


@router.get("/support", response_class=HTMLResponse)
async def support() -> HTMLResponse:
    # Both manifests' SupportUrl / websiteUrl: Microsoft's validation fetches it.
    return _page(
        "Support",
        """
<p>RightNote drafts the right note after a job interview, in Outlook and Gmail. It never sends
email for you.</p>
<ul>
<li>Sign-in or consent problems, or the pane will not open: ask the people who run this RightNote
service for you (your administrator).</li>
<li>To stop auto-drafts, use Disconnect in the RightNote pane; to remove everything RightNote
keeps for you, use Delete my data there.</li>
</ul>
<p>See the <a href="/privacy">privacy page</a> and the <a href="/terms">terms of use</a>.</p>
""",
    )


@router.get("/terms", response_class=HTMLResponse)
async def terms() -> HTMLResponse:
    return _page(
        "Terms of use",
        """
<p>RightNote suggests whether, when and what to write after a job interview, and drafts the
note for you to review.</p>
<ul>
<li><strong>You decide what is sent.</strong> RightNote writes drafts; it never sends email.
Read every draft before you send it.</li>
<li><strong>No promises about outcomes.</strong> A good note can tip a close decision; it cannot
rescue a candidacy, and RightNote does not promise any result.</li>
<li><strong>Drafts use only what you and your calendar supplied.</strong> Where a detail is
missing, the draft leaves a visible [placeholder] for you to fill in.</li>
<li>Use RightNote for your own job search and your own mailbox, within your organization's
rules for add-ins.</li>
<li>The service is provided as is, without warranty; the people who run it may change or stop
it.</li>
</ul>
<p>See also the <a href="/privacy">privacy page</a>.</p>
""",
    )
