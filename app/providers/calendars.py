"""One door to the local calendar sources: a file, an iCal feed, or a CalDAV collection.

    calendar = open_calendar(location, allow_private=False, caldav_password=None, http=None)
    await calendar.interviews(me=[...], timezone="Europe/Paris")   # the whole calendar's
    calendar.changed      # False when the last call was answered "nothing changed"
    calendar.subject      # a stable name without secrets
    await calendar.aclose()

`location` is a file path, `http(s)://…` or `webcal(s)://…` (an iCal feed), or
`caldav+https://USER@HOST[:PORT]/PATH` (`caldav+http://` only to a loopback host). The object
is meant to live across polls: conditional-GET validators and the CalDAV sync-token (with the
raw events they refer to) are kept in it, so the first poll after a restart is a full read.

Feeds are fetched only from public addresses (app/providers/netguard.py) unless
`allow_private=True` — the switch a user sets to read a feed on localhost or the LAN. A client
passed as `http` is used as it is: pass one from `netguard.guarded_client(...)` to keep the
address rule (the default client is one).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

import httpx

from app.calendar.model import Interview
from app.errors import ProviderError
from app.providers.caldav_source import CalDavCalendar
from app.providers.ics_source import IcsCalendarSource, is_url

CALDAV_SCHEMES = ("caldav+https", "caldav+http")


@runtime_checkable
class LocalCalendar(Protocol):
    @property
    def subject(self) -> str: ...

    @property
    def changed(self) -> bool: ...

    async def interviews(
        self,
        *,
        me: Sequence[str],
        timezone: str,
        window: tuple[datetime, datetime] | None = None,
        warnings: list[str] | None = None,
    ) -> list[Interview]: ...

    async def aclose(self) -> None: ...


def is_caldav(location: str) -> bool:
    # Not urlsplit: it raises ValueError on a broken [IPv6] host, before we can say so.
    scheme, sep, _ = location.strip().partition("://")
    return bool(sep) and scheme.lower() in CALDAV_SCHEMES


FEED_SCHEMES = ("http", "https", "webcal", "webcals")


def _check_address(location: str) -> None:
    """A clear ProviderError for an address that is not one (urlsplit raises ValueError for a
    broken [IPv6] host or a port out of range; an unknown scheme would be read as a file)."""
    scheme, sep, _ = location.partition("://")
    if not sep or not scheme.replace("+", "").isalpha():
        return  # a file path
    if scheme.lower() not in (*FEED_SCHEMES, *CALDAV_SCHEMES):
        raise ProviderError(
            f"unknown calendar address scheme {scheme[:20]!r}: use a file path, https://, "
            "webcal:// or caldav+https://"
        )
    try:
        parts = urlsplit(location)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        # The message names the problem, never the address (it may hold a password).
        raise ProviderError(f"the calendar address is not a valid URL ({exc})") from None
    if not parts.hostname:
        raise ProviderError("the calendar address has no host")


def open_calendar(
    location: str,
    *,
    allow_private: bool = False,
    caldav_password: str | None = None,
    http: httpx.AsyncClient | None = None,
) -> LocalCalendar:
    """The calendar source for `location`; nothing is read until `interviews()`."""
    location = location.strip()
    if not location:
        raise ProviderError("no calendar given")
    _check_address(location)
    if is_caldav(location):
        return CalDavCalendar(location, password=caldav_password, allow_private=allow_private)
    if is_url(location):
        # Without a client of the caller's, IcsCalendarSource uses netguard's for each poll.
        return IcsCalendarSource(location, http=http, allow_private=allow_private)
    return IcsCalendarSource(location)
