"""The small pages the connect flow shows in the browser (or the Outlook dialog).

Every text is ours or escaped; nothing from the request is echoed. No scripts, no external
resources (the Content-Security-Policy says so), not cacheable, and no Referer leaves the page:
its URL carried an authorization code.
"""

from __future__ import annotations

import html

from fastapi.responses import HTMLResponse

HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "frame-ancestors 'none'",
}


def page(title: str, message: str, *, status: int = 200, ok: bool = True) -> HTMLResponse:
    mark = "✓" if ok else "!"
    color = "#107c10" if ok else "#a4262c"
    document = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} · RightNote</title>
<style>
  body {{ font: 16px/1.5 "Segoe UI", system-ui, -apple-system, sans-serif; color: #242424;
         max-width: 32rem; margin: 3rem auto; padding: 0 1rem; }}
  .mark {{ font-size: 2rem; color: {color}; }}
  h1 {{ font-size: 1.3rem; margin: 0.3rem 0 0.8rem; }}
</style>
</head>
<body>
<div class="mark" aria-hidden="true">{mark}</div>
<h1>{html.escape(title)}</h1>
<p>{html.escape(message)}</p>
</body>
</html>
"""
    return HTMLResponse(document, status_code=status, headers=HEADERS)


def connected_page(provider: str, email: str | None) -> HTMLResponse:
    where = "Gmail" if provider == "google" else "Outlook"
    who = f" ({email})" if email else ""
    return page(
        "Connected — you can close this window",
        f"RightNote can now put a draft in your {where} drafts{who} after each interview. "
        "It never sends anything for you. You can disconnect at any time from RightNote.",
    )


def refused_page(message: str, status: int = 400) -> HTMLResponse:
    return page("Not connected", message, status=status, ok=False)
