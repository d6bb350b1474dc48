"""What every Gmail/Calendar add-on endpoint needs besides the verified request: the scopes each
feature requires, the user's zone, the user's interviews from Google Calendar (bounded in time,
failing softly), and a compose window's recipients.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.addons.gmail_manifest import OAUTH_SCOPES
from app.addons.google_request import GoogleAddonContext
from app.calendar.interviews import interview_from_event
from app.calendar.model import Event, Interview
from app.calendar.people import Me, clean_email
from app.calendar.recipients import canonical_address, window
from app.calendar.zones import zone
from app.errors import ProviderError, ProviderThrottled, ReauthRequired
from app.providers.google_api import access_token_credentials
from app.providers.google_calendar import GoogleCalendarSource
from app.settings import Settings

log = logging.getLogger(__name__)

_AUTH = "https://www.googleapis.com/auth/"
COMPOSE_SCOPE = _AUTH + "gmail.addons.current.action.compose"
METADATA_SCOPE = _AUTH + "gmail.addons.current.message.metadata"
EVENT_READ_SCOPE = _AUTH + "calendar.addons.current.event.read"
CALENDAR_SCOPE = _AUTH + "calendar.events.owned.readonly"
assert {COMPOSE_SCOPE, METADATA_SCOPE, EVENT_READ_SCOPE, CALENDAR_SCOPE} <= set(OAUTH_SCOPES)

# What each feature cannot work without (granular consent may have withheld any of them).
HOMEPAGE_SCOPES = (CALENDAR_SCOPE,)
COMPOSE_SCOPES = (COMPOSE_SCOPE, METADATA_SCOPE, CALENDAR_SCOPE)
INSERT_SCOPES = (COMPOSE_SCOPE,)
EVENT_OPEN_SCOPES = (EVENT_READ_SCOPE, CALENDAR_SCOPE)

# Enough for three weeks of a busy calendar; a card must not wait for more.
MAX_PAGES = 4


def user_zone(ctx: GoogleAddonContext, fallback: str | None, settings: Settings) -> ZoneInfo:
    """The user's zone: Google's (script.locale), else what we stored, else the service's."""
    for name in (ctx.time_zone, fallback, settings.timezone):
        found = zone(name) if name else None
        if found is not None:
            return found
    return ZoneInfo("UTC")


def my_addresses(ctx: GoogleAddonContext) -> list[str]:
    """The user's own addresses: the verified email, and the calendar the event came from."""
    found = [ctx.identity.email] if ctx.identity.email else []
    calendar_id = ctx.calendar.get("calendarId")
    # A user's own calendar is named by their address; shared ones end in calendar.google.com.
    if (
        isinstance(calendar_id, str)
        and "@" in calendar_id
        and not calendar_id.endswith("calendar.google.com")
    ):
        found.append(calendar_id)
    return found


@dataclass(frozen=True, slots=True)
class CalendarLookup:
    interviews: tuple[Interview, ...] = ()
    # Plain words for the card when Google Calendar could not be read; None when it was.
    problem: str | None = None


def calendar_problem(exc: ProviderError) -> str:
    """What the card says when a Calendar call failed (the card still works without it)."""
    if isinstance(exc, ReauthRequired):
        return (
            "Google Calendar did not accept RightNote's access just now, so your interviews "
            "could not be looked up. Close and reopen the add-on to renew it."
        )
    if isinstance(exc, ProviderThrottled):
        return (
            "Google Calendar asked RightNote to slow down, so your interviews could not be "
            "looked up this time."
        )
    return (
        "Google Calendar is slow or not answering right now, so your interviews could not be "
        "looked up. You can still pick a note yourself."
    )


def calendar_source(
    ctx: GoogleAddonContext, settings: Settings, *, calendar_id: str = "primary"
) -> GoogleCalendarSource | None:
    if not ctx.user_oauth_token:
        return None
    return GoogleCalendarSource(
        access_token_credentials(ctx.user_oauth_token),
        settings=settings,
        timeout=settings.google_api_timeout_seconds,
        calendar_id=calendar_id,
        max_pages=MAX_PAGES,
    )


def interviews_in(events: Iterable[Event], me: Sequence[str], tz: ZoneInfo) -> list[Interview]:
    who = Me(me)
    found = [i for e in events if (i := interview_from_event(e, who, tz)) is not None]
    return [i for i in found if str(i.status) != "cancelled"]


async def interviews_around(
    ctx: GoogleAddonContext, settings: Settings, *, now: datetime, tz: ZoneInfo
) -> CalendarLookup:
    """The user's interviews in the recipient lookup window (app/calendar/recipients.py)."""
    source = calendar_source(ctx, settings)
    if source is None:
        return CalendarLookup(
            problem="This request carried no calendar access, so your "
            "interviews could not be looked up."
        )
    try:
        events = await source.list_events(*window(now), timezone=tz.key)
    except ProviderError as exc:
        log.info("addon.calendar_unavailable", extra={"error": exc.code})
        return CalendarLookup(problem=calendar_problem(exc))
    return CalendarLookup(interviews=tuple(interviews_in(events, my_addresses(ctx), tz)))


# --- recipients (matched to interviews by app/suggestions, with the core's address rule) -----


def recipients(ctx: GoogleAddonContext, *fields: str) -> list[str]:
    """Clean, de-duplicated addresses from the compose event (METADATA access: addresses only)."""
    names = fields or ("toRecipients", "ccRecipients", "bccRecipients")
    mine = {canonical_address(a) for a in my_addresses(ctx)}
    found: list[str] = []
    for name in names:
        values = ctx.gmail.get(name)
        for value in values if isinstance(values, list) else []:
            email = clean_email(_address_part(value)) if isinstance(value, str) else None
            if email and email not in found and canonical_address(email) not in mine:
                found.append(email)
    return found


def _address_part(value: str) -> str:
    """'Name <address>' -> 'address'; a bare address as it is. Not email.utils.parseaddr: it
    recurses on nested '(' comments (a RecursionError on hostile input) and is slow on '<' runs."""
    value = value.strip()
    if value.endswith(">"):
        opening = value.rfind("<")
        if opening != -1:
            return value[opening + 1 : -1]
    return value
