"""The Google Workspace add-on deployment descriptor (HTTP runtime) for one base URL. Pure.

`rightnote manifest gmail --base-url URL` prints it; `addon_manifest/gmail/deployment.json` is it
rendered for `EXAMPLE_BASE_URL` (a test keeps the two identical). Deploy with
`gcloud workspace-add-ons deployments create rightnote --deployment-file=deployment.json`.
Why each scope is there, and why it is the narrowest that works: docs/gmail-addon.md.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

EXAMPLE_BASE_URL = "https://rightnote.example.com"

# Endpoint paths, relative to RIGHTNOTE_PUBLIC_URL. Google signs each request for the full URL.
HOMEPAGE_PATH = "/addons/gmail/homepage"
COMPOSE_PATH = "/addons/gmail/compose"
CALENDAR_EVENT_OPEN_PATH = "/addons/calendar/event-open"
GMAIL_ACTIONS_PREFIX = "/addons/gmail/actions/"
LOGO_PATH = "/static/rightnote-logo-96.png"

_AUTH = "https://www.googleapis.com/auth/"
OAUTH_SCOPES = (
    # Run in Gmail at all.
    _AUTH + "gmail.addons.execute",
    # Compose trigger + inserting our note into the open draft (updateDraftActionMarkup).
    _AUTH + "gmail.addons.current.action.compose",
    # Required by composeTrigger.draftAccess METADATA: the draft's To/Cc/Bcc in the event.
    _AUTH + "gmail.addons.current.message.metadata",
    # Run in Calendar at all.
    _AUTH + "calendar.addons.execute",
    # Required by currentEventAccess READ: the open event's id, organizer and attendees.
    _AUTH + "calendar.addons.current.event.read",
    # Title and times of interviews (events.get / events.list) on the user's own calendars only.
    _AUTH + "calendar.events.owned.readonly",
    # Makes Google put a userIdToken (sub + verified email) in every event: who the user is.
    _AUTH + "userinfo.email",
    # The user's locale and time zone in commonEventObject (with useLocaleFromApp).
    _AUTH + "script.locale",
)


def validate_base_url(base_url: str) -> str:
    """The base URL without a trailing slash; ValueError saying why if Google cannot use it."""
    url = base_url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise ValueError(
            f"the base URL must start with https:// (Google only calls https): {url!r}"
        )
    if not parts.hostname:
        raise ValueError(f"the base URL has no host: {url!r}")
    if parts.username or parts.password:
        raise ValueError("the base URL must not contain credentials")
    if parts.query or parts.fragment:
        raise ValueError(f"the base URL must not have a query or fragment: {url!r}")
    return url


def render_deployment(
    base_url: str, *, name: str = "RightNote", logo_url: str | None = None
) -> dict[str, Any]:
    """The deployment descriptor with every endpoint under `base_url` (RIGHTNOTE_PUBLIC_URL)."""
    base = validate_base_url(base_url)
    if logo_url is not None and not logo_url.startswith("https://"):
        raise ValueError(f"the logo URL must start with https://: {logo_url!r}")
    logo = logo_url or base + LOGO_PATH
    return {
        "oauthScopes": list(OAUTH_SCOPES),
        "addOns": {
            "common": {
                "name": name,
                "logoUrl": logo,
                "useLocaleFromApp": True,
                # One homepage for Gmail and Calendar; the handler reads commonEventObject.hostApp.
                "homepageTrigger": {"runFunction": base + HOMEPAGE_PATH, "enabled": True},
                # Cards may link to our own pages (connecting a mailbox for auto-drafts).
                "openLinkUrlPrefixes": [base + "/"],
            },
            "gmail": {
                "composeTrigger": {
                    # HTTP runtime spelling: `actions`/`label` (Apps Script: selectActions/text).
                    "actions": [
                        {
                            "runFunction": base + COMPOSE_PATH,
                            "label": "Write the right note",
                            "logoUrl": logo,
                        }
                    ],
                    "draftAccess": "METADATA",
                },
            },
            "calendar": {
                "eventOpenTrigger": {"runFunction": base + CALENDAR_EVENT_OPEN_PATH},
                "currentEventAccess": "READ",
            },
            # Inside addOns, not at the top level.
            "httpOptions": {
                "authorizationHeader": "SYSTEM_ID_TOKEN",
                "granularOauthPermissionSupport": "OPT_IN",
            },
        },
    }
