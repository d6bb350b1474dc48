"""Google Calendar as a `CalendarSource`: `events.list` and `events.get` on the user's calendar.

Events come back expanded (`singleEvents=true`, ordered by start) and are normalised by the
pure calendar code (app.calendar), in the user's zone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from google.auth.credentials import Credentials

from app.calendar.interviews import parse_events
from app.calendar.model import Event
from app.providers.google_api import GoogleNotFound, build_service, check_deadline, run_bounded
from app.providers.text_guard import valid_text
from app.settings import Settings

log = logging.getLogger(__name__)

# Google's maximum page size for events.list.
MAX_PAGE_SIZE = 2500


def rfc3339(moment: datetime) -> str:
    """Calendar wants an offset on timeMin/timeMax; naive datetimes are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


class GoogleCalendarSource:
    """One user's Google calendar, read with their OAuth credentials."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        settings: Settings,
        timeout: float | None = None,
        calendar_id: str = "primary",
        query: str | None = None,
        page_size: int = 250,
        max_pages: int = 8,
    ) -> None:
        self._credentials = credentials
        self._settings = settings
        # The whole operation (every page) must finish within this; each socket wait too.
        self.timeout = timeout if timeout is not None else settings.google_api_timeout_seconds
        self.calendar_id = calendar_id
        self.query = query
        self.page_size = max(1, min(page_size, MAX_PAGE_SIZE))
        # A busy calendar cannot make one call page forever: past this, keep what we have.
        self.max_pages = max(1, max_pages)

    def _service(self) -> Any:
        return build_service(
            "calendar", self._credentials, settings=self._settings, timeout=self.timeout
        )

    async def list_items(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """The raw Calendar v3 event resources overlapping [start, end)."""

        def fetch(deadline: float) -> list[dict[str, Any]]:
            events = self._service().events()
            items: list[dict[str, Any]] = []
            page_token: str | None = None
            for page in range(self.max_pages):
                check_deadline(deadline, "calendar events.list")
                params: dict[str, Any] = {
                    "calendarId": self.calendar_id,
                    "timeMin": rfc3339(start),
                    "timeMax": rfc3339(end),
                    "singleEvents": True,
                    "orderBy": "startTime",
                    "maxResults": self.page_size,
                }
                if self.query:
                    params["q"] = self.query
                if page_token:
                    params["pageToken"] = page_token
                response = events.list(**params).execute()
                found = response.get("items") if isinstance(response, dict) else None
                items.extend(valid_text(item) for item in found or [] if isinstance(item, dict))
                page_token = response.get("nextPageToken") if isinstance(response, dict) else None
                if not page_token:
                    break
                if page == self.max_pages - 1:
                    log.warning("google.calendar_page_cap", extra={"pages": self.max_pages})
            return items

        return await run_bounded(fetch, bound=self.timeout, what="calendar events.list")

    async def list_events(
        self, start: datetime, end: datetime, *, timezone: str
    ) -> Sequence[Event]:
        items = await self.list_items(start, end)
        if not items:
            return []
        return parse_events(items, format="google", timezone=timezone, window=(start, end))

    async def get_item(self, event_id: str) -> dict[str, Any] | None:
        """One raw event resource; None when the calendar has no such event (404/410)."""

        def fetch(deadline: float) -> dict[str, Any] | None:
            del deadline  # a single call: the socket timeout bounds it
            request = self._service().events().get(calendarId=self.calendar_id, eventId=event_id)
            result = request.execute()
            return valid_text(result) if isinstance(result, dict) else None

        try:
            return await run_bounded(fetch, bound=self.timeout, what="calendar events.get")
        except GoogleNotFound:
            return None

    async def get_event(self, event_id: str, *, timezone: str) -> Event | None:
        item = await self.get_item(event_id)
        if item is None:
            return None
        events = parse_events([item], format="google", timezone=timezone)
        return events[0] if events else None
