"""CalDAV against a real Radicale: the first read is a full sync, later reads send the
sync-token and fetch only what changed (observed on the wire by the proxy in
tests/support/radicale.py), an expired token means one full resync, a wrong password one
ReauthRequired and no more requests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.calendar.model import EventStatus
from app.errors import PayloadTooLarge, ProviderError, ProviderUnavailable, ReauthRequired
from app.providers.caldav_source import CalDavCalendar, parse_location
from app.providers.calendars import open_calendar
from app.providers.netguard import BlockedAddress
from tests.support.radicale import Radicale, free_port, interview_ics, radicale_server

ME = ["sam.okafor@example.com"]
TZ = "America/New_York"
START = datetime(2026, 12, 14, 15, 0, tzinfo=UTC)
TOKEN = re.compile(rb"<D:sync-token>([^<]*)</D:sync-token>")


@pytest.fixture(scope="module")
def radicale() -> Iterator[Radicale]:
    with radicale_server() as server:
        yield server


def _reports(server: Radicale) -> list[bytes]:
    """The sync-token each sync-collection REPORT carried (b"" for a full sync)."""
    found = []
    for request in server.recorded("REPORT"):
        if b"sync-collection" in request.body and request.status == 207:
            match = TOKEN.search(request.body)
            found.append(match.group(1) if match else b"")
    return found


def _multigets(server: Radicale) -> list[bytes]:
    return [r.body for r in server.recorded("REPORT") if b"calendar-multiget" in r.body]


def _calendar(server: Radicale, name: str, **kwargs: object) -> CalDavCalendar:
    calendar = open_calendar(
        server.caldav_location(name), caldav_password=server.password, allow_private=True
    )
    assert isinstance(calendar, CalDavCalendar)
    for key, value in kwargs.items():
        setattr(calendar, key, value)
    return calendar


async def test_an_interview_is_found_then_moved_cancelled_and_deleted_by_sync_token(
    radicale: Radicale,
) -> None:
    radicale.make_calendar("loop")
    radicale.put_event("loop", "a", interview_ics("a", start=START))
    radicale.put_event("loop", "b", interview_ics("b", start=START + timedelta(days=2)))
    calendar = _calendar(radicale, "loop")
    radicale.clear()

    found = await calendar.interviews(me=ME, timezone=TZ)
    assert [i.uid for i in found] == ["a", "b"]
    assert calendar.changed
    assert _reports(radicale) == [b""]  # the first read is a full sync
    first_token = calendar.sync_token
    assert first_token
    assert len(_multigets(radicale)) == 1

    # Nothing changed: one REPORT with the token, nothing fetched.
    radicale.clear()
    assert [i.uid for i in await calendar.interviews(me=ME, timezone=TZ)] == ["a", "b"]
    assert not calendar.changed
    assert _reports(radicale) == [first_token.encode()]
    assert _multigets(radicale) == []

    # Moved: only "a" is fetched again.
    moved = START + timedelta(days=1, hours=2)
    radicale.put_event("loop", "a", interview_ics("a", start=moved, sequence=1))
    radicale.clear()
    found = await calendar.interviews(me=ME, timezone=TZ)
    assert calendar.changed
    assert {i.uid: i.start for i in found}["a"] == moved
    assert _reports(radicale) == [first_token.encode()]
    (multiget,) = _multigets(radicale)
    assert b"/a.ics" in multiget and b"/b.ics" not in multiget

    # Cancelled.
    second_token = calendar.sync_token
    assert second_token != first_token
    radicale.put_event("loop", "b", interview_ics("b", start=START, status="CANCELLED"))
    radicale.clear()
    found = await calendar.interviews(me=ME, timezone=TZ)
    assert {i.uid: i.status for i in found}["b"] == EventStatus.CANCELLED
    assert _reports(radicale) == [second_token.encode()]

    # Deleted: the href is reported removed and leaves the cache; nothing is fetched.
    third_token = calendar.sync_token
    radicale.delete_event("loop", "a")
    radicale.clear()
    found = await calendar.interviews(me=ME, timezone=TZ)
    assert [i.uid for i in found] == ["b"]
    assert calendar.changed
    assert _reports(radicale) == [third_token.encode()]
    assert _multigets(radicale) == []
    assert calendar.full_syncs == 1
    await calendar.aclose()


async def test_an_invalid_token_means_one_full_resync(radicale: Radicale) -> None:
    radicale.make_calendar("resync")
    radicale.put_event("resync", "c", interview_ics("c", start=START))
    calendar = _calendar(radicale, "resync")
    await calendar.interviews(me=ME, timezone=TZ)
    calendar.sync_token = "http://radicale.org/ns/sync/" + "0" * 64  # unknown to the server
    radicale.put_event("resync", "d", interview_ics("d", start=START + timedelta(days=3)))
    radicale.clear()

    found = await calendar.interviews(me=ME, timezone=TZ)
    assert [i.uid for i in found] == ["c", "d"]
    assert calendar.changed
    assert calendar.full_syncs == 2
    refused = [r for r in radicale.recorded("REPORT") if r.status == 403]
    assert len(refused) == 1 and b"0" * 64 in refused[0].body
    assert _reports(radicale) == [b""]
    assert calendar.sync_token and "0" * 64 not in calendar.sync_token

    # A resync that finds what the cache already held is "nothing changed".
    calendar.sync_token = "http://radicale.org/ns/sync/" + "1" * 64
    await calendar.interviews(me=ME, timezone=TZ)
    assert not calendar.changed
    await calendar.aclose()


async def test_a_wrong_password_is_reauth_once_without_a_retry_storm(radicale: Radicale) -> None:
    radicale.make_calendar("locked")
    calendar = open_calendar(
        radicale.caldav_location("locked"), caldav_password="wrong", allow_private=True
    )
    radicale.clear()
    with pytest.raises(ReauthRequired):
        await calendar.interviews(me=ME, timezone=TZ)
    tried = len(radicale.recorded())
    assert 1 <= tried <= 3  # the library's own challenge/response, once
    assert all(r.status == 401 for r in radicale.recorded())
    with pytest.raises(ReauthRequired):
        await calendar.interviews(me=ME, timezone=TZ)
    assert len(radicale.recorded()) == tried  # the second poll did not call the server


async def test_a_missing_collection_is_a_clear_error(radicale: Radicale) -> None:
    calendar = _calendar(radicale, "never-made")
    with pytest.raises(ProviderError, match="no calendar"):
        await calendar.interviews(me=ME, timezone=TZ)


async def test_an_unreachable_server_is_transient() -> None:
    port = free_port()
    calendar = open_calendar(
        f"caldav+http://sam@127.0.0.1:{port}/sam/cal/", caldav_password="x", allow_private=True
    )
    with pytest.raises(ProviderUnavailable):
        await calendar.interviews(me=ME, timezone=TZ)


async def test_the_collection_is_capped_in_members_and_bytes(radicale: Radicale) -> None:
    radicale.make_calendar("big")
    for n in range(3):
        radicale.put_event("big", f"e{n}", interview_ics(f"e{n}", start=START + timedelta(n)))
    with pytest.raises(PayloadTooLarge, match="more than 2 events"):
        await _calendar(radicale, "big", max_objects=2).interviews(me=ME, timezone=TZ)
    with pytest.raises(PayloadTooLarge, match="bytes"):
        await _calendar(radicale, "big", max_collection_bytes=1000).interviews(me=ME, timezone=TZ)
    calendar = _calendar(radicale, "big")
    assert len(await calendar.interviews(me=ME, timezone=TZ)) == 3
    # The caps hold for what an incremental sync adds to the cache too.
    calendar.max_objects = 3
    radicale.put_event("big", "e3", interview_ics("e3", start=START + timedelta(3)))
    with pytest.raises(PayloadTooLarge, match="more than 3 events"):
        await calendar.interviews(me=ME, timezone=TZ)


async def test_an_answer_is_read_under_a_byte_cap(radicale: Radicale) -> None:
    """The library reads each answer whole: the cap stops the read itself, not only what is
    kept afterwards (a server cannot make us hold more than the cap)."""
    radicale.make_calendar("wide")
    padding = "X-PADDING:" + "x" * 70 + "\r\n"
    body = interview_ics("wide", start=START).replace(
        "END:VEVENT", padding * 1500 + "END:VEVENT", 1
    )
    radicale.put_event("wide", "wide", body)
    calendar = _calendar(radicale, "wide", max_collection_bytes=1000)
    assert calendar.response_cap() < len(body)
    with pytest.raises(PayloadTooLarge, match="answered with"):
        await calendar.interviews(me=ME, timezone=TZ)


async def test_an_unreadable_member_is_skipped_with_a_warning(radicale: Radicale) -> None:
    radicale.make_calendar("mixed")
    radicale.put_event("mixed", "good", interview_ics("good", start=START))
    huge = interview_ics("huge", start=START).replace(
        "STATUS:", "DESCRIPTION:" + "x" * 5000 + "\r\nSTATUS:"
    )
    radicale.put_event("mixed", "huge", huge)
    calendar = _calendar(radicale, "mixed", max_bytes=4000)
    warnings: list[str] = []
    found = await calendar.interviews(me=ME, timezone=TZ, warnings=warnings)
    assert [i.uid for i in found] == ["good"]
    assert any("huge.ics" in w for w in warnings)


def test_locations_are_checked_before_any_request() -> None:
    with pytest.raises(ProviderError, match="localhost"):
        parse_location("caldav+http://sam@cal.example/dav/")
    with pytest.raises(ProviderError, match="RIGHTNOTE_CALDAV_PASSWORD"):
        parse_location("caldav+https://sam:hunter2@cal.example/dav/")
    with pytest.raises(ProviderError, match="needs a password"):
        open_calendar("caldav+https://sam@cal.example/dav/")
    parsed = parse_location("caldav+https://sam%40fastmail.com@caldav.fastmail.com/dav/calendars/")
    assert parsed.user == "sam@fastmail.com"
    assert parsed.url == "https://caldav.fastmail.com/dav/calendars/"
    assert parsed.subject == "caldav+https://caldav.fastmail.com/dav/calendars/"
    ipv6 = parse_location("caldav+http://sam@[::1]:5232/sam/cal")
    assert ipv6.url == "http://[::1]:5232/sam/cal/"


async def test_a_caldav_server_in_the_private_network_is_refused() -> None:
    for location in (
        "caldav+https://sam@10.0.0.8/dav/",
        "caldav+https://sam@169.254.169.254/latest/",
        "caldav+https://sam@[::ffff:192.168.1.1]/dav/",
        "caldav+https://sam@2130706433/dav/",
    ):
        calendar = open_calendar(location, caldav_password="x")
        with pytest.raises(BlockedAddress):
            await calendar.interviews(me=ME, timezone=TZ)


async def test_a_name_that_resolves_elsewhere_at_connect_time_is_caught_before_sending(
    radicale: Radicale,
) -> None:
    # DNS rebinding: the check before the sync is told a public address, the library's own
    # lookup then connects to 127.0.0.1. The address really connected to is checked before
    # the request (with its password) is sent: Radicale sees nothing.
    async def rebinding(host: str, port: int) -> list[str]:
        return ["93.184.216.34"]

    radicale.make_calendar("rebind")
    calendar = CalDavCalendar(
        f"caldav+http://sam@localhost:{radicale.port}/sam/rebind/",
        password=radicale.password,
        resolver=rebinding,
    )
    radicale.clear()
    with pytest.raises(BlockedAddress, match="loopback"):
        await calendar.interviews(me=ME, timezone=TZ)
    assert radicale.recorded() == []


async def test_a_sync_still_running_from_a_timed_out_poll_does_not_queue_another_thread() -> None:
    """A timed-out sync's thread may still hold the client: the next poll says so at once
    instead of parking another executor thread behind it for as long as the server hangs."""
    from app.providers.caldav_source import CalDavCalendar

    calendar = CalDavCalendar(
        f"caldav+http://sam@127.0.0.1:{free_port()}/sam/cal/",
        password="x",
        allow_private=True,
        timeout=1,
    )
    calendar._lock.acquire()  # what the stuck thread of the previous poll holds
    try:
        with pytest.raises(ProviderUnavailable, match="previous read has not finished"):
            await calendar.interviews(me=ME, timezone=TZ)
    finally:
        calendar._lock.release()
