"""CalDAV servers that answer a sync-token they cannot parse with a bare 500 (Xandikos and CCS,
per the caldav library's compatibility hints: sync-token.invalid-token "ungraceful"), with no
DAV:valid-sync-token precondition. Before, every later poll sent the same token, got the same
500 and reported the calendar unavailable for ever (CalDavChanges keeps the cursor in the
store, so not even a restart cleared it). Now the same token refused on two polls in a row
means one full read; a single bare 500 is how a server under load fails too, and to it a full
read is the costliest request, so that poll is only "unavailable". A server that is really
broken fails the full read too and stays unavailable, with no request storm."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.errors import ProviderUnavailable
from app.providers.base import Window
from app.providers.caldav_changes import CalDavChanges
from app.providers.caldav_source import CalDavCalendar
from app.providers.calendars import open_calendar
from tests.support.radicale import Radicale, interview_ics, radicale_server

ME = ["sam.okafor@example.com"]
TZ = "America/New_York"
START = datetime(2026, 12, 14, 15, 0, tzinfo=UTC)
# What a client restored from an older store, or another server's token, looks like to a
# server that cannot parse it.
MALFORMED = "http://example.invalid/never-issued"


@pytest.fixture(scope="module")
def radicale() -> Iterator[Radicale]:
    with radicale_server() as server:
        yield server


@pytest.fixture
def ungraceful(radicale: Radicale) -> Iterator[Radicale]:
    radicale.token_refusal_as_500 = True
    radicale.clear()
    try:
        yield radicale
    finally:
        radicale.token_refusal_as_500 = False
        radicale.reports_fail = False


def _calendar(server: Radicale, name: str) -> CalDavCalendar:
    calendar = open_calendar(
        server.caldav_location(name), caldav_password=server.password, allow_private=True
    )
    assert isinstance(calendar, CalDavCalendar)
    return calendar


def _sync_reports(server: Radicale) -> list[int]:
    return [r.status for r in server.recorded("REPORT") if b"sync-collection" in r.body]


async def test_a_token_refused_twice_in_a_row_means_one_full_read(ungraceful: Radicale) -> None:
    ungraceful.make_calendar("x500")
    ungraceful.put_event("x500", "a", interview_ics("a", start=START))
    calendar = _calendar(ungraceful, "x500")
    await calendar.interviews(me=ME, timezone=TZ)
    calendar.sync_token = MALFORMED
    ungraceful.put_event("x500", "b", interview_ics("b", start=START + timedelta(days=2)))
    ungraceful.clear()

    with pytest.raises(ProviderUnavailable):  # once may be load: no full read yet
        await calendar.interviews(me=ME, timezone=TZ)
    assert _sync_reports(ungraceful) == [500]
    assert calendar.full_syncs == 1
    ungraceful.clear()

    found = await calendar.interviews(me=ME, timezone=TZ)

    assert [i.uid for i in found] == ["a", "b"]
    assert calendar.full_syncs == 2
    assert _sync_reports(ungraceful) == [500, 207]  # the token once, then the full read
    assert calendar.sync_token and calendar.sync_token != MALFORMED

    # The next poll is an ordinary sync-token round again.
    ungraceful.clear()
    await calendar.interviews(me=ME, timezone=TZ)
    assert _sync_reports(ungraceful) == [207]
    assert calendar.full_syncs == 2
    await calendar.aclose()


async def test_a_server_that_fails_every_report_is_unavailable_without_a_storm(
    ungraceful: Radicale,
) -> None:
    ungraceful.make_calendar("down")
    ungraceful.put_event("down", "a", interview_ics("a", start=START))
    calendar = _calendar(ungraceful, "down")
    await calendar.interviews(me=ME, timezone=TZ)
    token = calendar.sync_token
    ungraceful.reports_fail = True
    ungraceful.clear()

    with pytest.raises(ProviderUnavailable):
        await calendar.interviews(me=ME, timezone=TZ)
    assert _sync_reports(ungraceful) == [500]  # the token once: no full read on one 500
    ungraceful.clear()
    with pytest.raises(ProviderUnavailable):
        await calendar.interviews(me=ME, timezone=TZ)
    assert _sync_reports(ungraceful) == [500, 500]  # the same token again, one full read
    assert calendar.sync_token == token  # nothing was applied
    ungraceful.clear()
    with pytest.raises(ProviderUnavailable):
        await calendar.interviews(me=ME, timezone=TZ)
    assert _sync_reports(ungraceful) == [500]  # the count starts over: never a full read a poll

    # A first read (no token) that fails is just unavailable: one request.
    fresh = _calendar(ungraceful, "down")
    ungraceful.clear()
    with pytest.raises(ProviderUnavailable):
        await fresh.interviews(me=ME, timezone=TZ)
    assert _sync_reports(ungraceful) == [500]
    await calendar.aclose()
    await fresh.aclose()


async def test_a_stored_cursor_the_server_cannot_parse_becomes_a_full_round(
    ungraceful: Radicale,
) -> None:
    ungraceful.make_calendar("rounds")
    ungraceful.put_event("rounds", "a", interview_ics("a", start=START))
    calendar = CalDavChanges(
        ungraceful.caldav_location("rounds"), password=ungraceful.password, allow_private=True
    )
    window: Window = (START - timedelta(days=30), START + timedelta(days=60))

    with pytest.raises(ProviderUnavailable):
        await calendar.changes(MALFORMED, window, timezone=TZ)
    changes = await calendar.changes(MALFORMED, window, timezone=TZ)

    assert changes.full_resync
    assert changes.next_cursor and changes.next_cursor != MALFORMED
    assert [e.uid for e in changes.events] == ["a"]
    await calendar.aclose()


async def test_one_bare_500_under_load_costs_no_full_read(ungraceful: Radicale) -> None:
    ungraceful.make_calendar("load")
    ungraceful.put_event("load", "a", interview_ics("a", start=START))
    calendar = _calendar(ungraceful, "load")
    await calendar.interviews(me=ME, timezone=TZ)
    token = calendar.sync_token
    ungraceful.reports_fail = True  # a moment of overload
    ungraceful.clear()

    with pytest.raises(ProviderUnavailable):
        await calendar.interviews(me=ME, timezone=TZ)
    # Before: the 500 was taken as "token unreadable" and the whole collection asked for at once.
    assert _sync_reports(ungraceful) == [500]
    assert calendar.full_syncs == 1

    ungraceful.reports_fail = False
    ungraceful.clear()
    ungraceful.put_event("load", "b", interview_ics("b", start=START + timedelta(days=1)))
    found = await calendar.interviews(me=ME, timezone=TZ)
    assert [i.uid for i in found] == ["a", "b"]
    assert _sync_reports(ungraceful) == [207]  # the same token, answered: still incremental
    assert calendar.full_syncs == 1 and calendar.sync_token != token

    # A success in between resets the count: the next lone 500 is again only "unavailable".
    ungraceful.reports_fail = True
    ungraceful.clear()
    with pytest.raises(ProviderUnavailable):
        await calendar.interviews(me=ME, timezone=TZ)
    assert _sync_reports(ungraceful) == [500]
    ungraceful.reports_fail = False
    await calendar.aclose()
