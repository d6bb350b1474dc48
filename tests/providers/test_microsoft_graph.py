"""The Graph client, calendar and mailbox against the fake Graph (tests/fakes/graph.py)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from app.calendar.model import Source
from app.errors import ProviderError, ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.providers.base import OutgoingDraft, retry_after_seconds
from app.providers.microsoft_graph import (
    IDEMPOTENCY_PROPERTY_ID,
    GraphCalendar,
    GraphClient,
    GraphMailbox,
    idempotency_filter,
    odata_literal,
)
from tests.fakes.graph import GRAPH_HOST, GRAPH_URL, FakeGraph, graph_event, parse_filter
from tests.fakes.microsoft_identity import (
    ALICE,
    GRAPH_RESOURCE,
    MALLORY,
    FakeMicrosoftIdentity,
    FakeUser,
)
from tests.fakes.server import serve_asgi
from tests.fakes.transport import FakeHosts

NOW = datetime.now(UTC).replace(microsecond=0)


def graph_token(
    identity: FakeMicrosoftIdentity,
    user: FakeUser = ALICE,
    scopes: str = "Calendars.Read Mail.ReadWrite",
) -> str:
    now = int(time.time())
    return identity.sign(
        {
            "aud": GRAPH_RESOURCE,
            "iss": f"https://sts.windows.net/{user.tid}/",
            "ver": "1.0",
            "oid": user.oid,
            "tid": user.tid,
            "scp": scopes,
            "iat": now,
            "nbf": now,
            "exp": now + 3600,
            "upn": user.username,
        }
    )


class Sleeps:
    """Records the waits the client asks for instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def identity() -> FakeMicrosoftIdentity:
    return FakeMicrosoftIdentity()


@pytest.fixture
def graph(identity: FakeMicrosoftIdentity) -> FakeGraph:
    return FakeGraph(identity)


@pytest.fixture
async def http(graph: FakeGraph) -> AsyncIterator[httpx.AsyncClient]:
    async with FakeHosts({GRAPH_HOST: graph.app}).async_client() as client:
        yield client


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def client_for(
    http: httpx.AsyncClient,
    identity: FakeMicrosoftIdentity,
    user: FakeUser = ALICE,
    sleeps: Sleeps | None = None,
    **kwargs: object,
) -> GraphClient:
    token = graph_token(identity, user)

    async def source() -> str:
        return token

    return GraphClient(http, source, base_url=GRAPH_URL, sleep=sleeps or Sleeps(), **kwargs)  # type: ignore[arg-type]


def outgoing(key: str = "k-1", **kwargs: object) -> OutgoingDraft:
    values: dict[str, object] = {
        "subject": "Thank you for your time",
        "text": "Hi Dana,\n\nThank you.\n",
        "html": "<p>Hi Dana,</p><p>Thank you &amp; see you.</p>",
        "idempotency_key": key,
        "to_email": "dana@northwind.example",
        "to_name": "Dana Whitfield",
        **kwargs,
    }
    return OutgoingDraft(**values)  # type: ignore[arg-type]


# --- calendar ---------------------------------------------------------------------------------


async def test_calendar_view_follows_next_links_in_utc(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    for hour in range(23):
        graph.add_event(
            ALICE,
            graph_event(
                f"Meeting {hour}",
                NOW - timedelta(days=1) + timedelta(hours=hour),
                30,
                organizer=("Dana Whitfield", "dana@northwind.example"),
                attendees=[("Alice Candidate", ALICE.username)],
            ),
        )
    graph.add_event(
        ALICE,
        graph_event(
            "Long ago",
            NOW - timedelta(days=40),
            30,
            organizer=("Dana Whitfield", "dana@northwind.example"),
            attendees=[],
        ),
    )
    graph.add_event(
        MALLORY,
        graph_event(
            "Not Alice's",
            NOW,
            30,
            organizer=("X", "x@fabrikam.example"),
            attendees=[],
        ),
    )
    calendar = GraphCalendar(client_for(http, identity), page_size=10)

    events = await calendar.list_events(
        NOW - timedelta(days=14), NOW + timedelta(days=7), timezone="Europe/Berlin"
    )

    assert [e.title for e in events] == [f"Meeting {h}" for h in range(23)]
    assert all(e.source is Source.GRAPH for e in events)
    start = events[0].start
    assert start is not None and str(start.tzinfo) == "Europe/Berlin"
    pages = graph.requests_to("GET", "/me/calendarView")
    assert len(pages) == 3
    for _, _, _, headers in pages:
        assert 'outlook.timezone="UTC"' in headers["prefer"]
        assert "odata.maxpagesize=10" in headers["prefer"]
    assert pages[0][2]["startDateTime"].endswith("Z")
    assert "$skiptoken" in pages[1][2] and "$skiptoken" in pages[2][2]


async def test_calendar_view_stops_at_the_page_cap(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    for minute in range(0, 300, 10):
        graph.add_event(
            ALICE,
            graph_event(
                "Busy",
                NOW + timedelta(minutes=minute),
                5,
                organizer=("A", "a@x.example"),
                attendees=[],
            ),
        )
    calendar = GraphCalendar(client_for(http, identity), page_size=4, max_pages=3)

    raw = await calendar.raw_events(NOW - timedelta(days=1), NOW + timedelta(days=1))

    assert len(raw) == 12
    assert len(graph.requests_to("GET", "/me/calendarView")) == 3


async def test_a_next_link_to_another_host_is_not_followed() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(
            200,
            json={
                "value": [],
                "@odata.nextLink": "https://evil.example/v1.0/me/calendarView?x=1",
            },
        )

    async def source() -> str:
        return "token"

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        calendar = GraphCalendar(GraphClient(http, source, base_url=GRAPH_URL))
        with pytest.raises(ProviderError, match="foreign link"):
            await calendar.raw_events(NOW, NOW + timedelta(days=1))

    assert all(url.startswith(GRAPH_URL) for url in seen)


# --- drafts -----------------------------------------------------------------------------------


async def test_draft_is_created_with_the_idempotency_property(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    mailbox = GraphMailbox(client_for(http, identity))

    created = await mailbox.create_draft(outgoing("key-abc"))

    [stored] = graph.drafts_of(ALICE)
    assert created.draft_id == stored.id
    assert created.link and created.link.startswith("https://outlook.fake/")
    assert stored.data["subject"] == "Thank you for your time"
    assert stored.data["body"] == {
        "contentType": "html",
        "content": "<p>Hi Dana,</p><p>Thank you &amp; see you.</p>",
    }
    assert stored.data["toRecipients"] == [
        {"emailAddress": {"address": "dana@northwind.example", "name": "Dana Whitfield"}}
    ]
    assert stored.data["singleValueExtendedProperties"] == [
        {"id": IDEMPOTENCY_PROPERTY_ID, "value": "key-abc"}
    ]
    # Looked up before it was created.
    assert [r[0] for r in graph.requests if r[1] == "/me/messages"] == ["GET", "POST"]


async def test_unknown_recipient_leaves_to_empty(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    await GraphMailbox(client_for(http, identity)).create_draft(
        outgoing(to_email=None, to_name=None)
    )

    assert graph.drafts_of(ALICE)[0].data["toRecipients"] == []


async def test_creating_twice_gives_one_draft(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    mailbox = GraphMailbox(client_for(http, identity))

    first = await mailbox.create_draft(outgoing("same"))
    second = await mailbox.create_draft(outgoing("same"))

    assert first == second
    assert len(graph.drafts_of(ALICE)) == 1
    assert len(graph.requests_to("POST", "/me/messages")) == 1


async def test_create_then_500_is_found_not_duplicated(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    mailbox = GraphMailbox(client_for(http, identity))
    graph.create_then_fail(500)

    created = await mailbox.create_draft(outgoing("k-500"))

    [stored] = graph.drafts_of(ALICE)
    assert created.draft_id == stored.id
    # A retry by the worker later finds the same draft and makes nothing new.
    again = await mailbox.create_draft(outgoing("k-500"))
    assert again.draft_id == stored.id
    assert len(graph.drafts_of(ALICE)) == 1
    assert len(graph.requests_to("POST", "/me/messages")) == 1


async def test_a_500_without_a_draft_raises_and_the_retry_creates_one(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    mailbox = GraphMailbox(client_for(http, identity))
    graph.fail_next(500, method="POST", path="/me/messages")

    with pytest.raises(ProviderUnavailable):
        await mailbox.create_draft(outgoing("k-retry"))
    assert graph.drafts_of(ALICE) == []

    await mailbox.create_draft(outgoing("k-retry"))
    assert len(graph.drafts_of(ALICE)) == 1


async def test_short_retry_after_is_waited_then_retried(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph, sleeps: Sleeps
) -> None:
    mailbox = GraphMailbox(client_for(http, identity, sleeps=sleeps))
    graph.fail_next(429, retry_after="1", method="POST", path="/me/messages")

    await mailbox.create_draft(outgoing("k-429"))

    assert sleeps.waits == [1.0]
    assert len(graph.drafts_of(ALICE)) == 1
    assert len(graph.requests_to("POST", "/me/messages")) == 2


async def test_long_retry_after_becomes_provider_throttled(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph, sleeps: Sleeps
) -> None:
    mailbox = GraphMailbox(client_for(http, identity, sleeps=sleeps))
    graph.fail_next(429, retry_after="120", method="POST", path="/me/messages")

    with pytest.raises(ProviderThrottled) as caught:
        await mailbox.create_draft(outgoing("k-slow-down"))

    assert caught.value.retry_after == 120.0
    assert sleeps.waits == []
    assert graph.drafts_of(ALICE) == []


async def test_throttled_twice_in_a_row_is_reported(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph, sleeps: Sleeps
) -> None:
    calendar = GraphCalendar(client_for(http, identity, sleeps=sleeps))
    graph.fail_next(429, retry_after="1", path="/me/calendarView", times=2)

    with pytest.raises(ProviderThrottled) as caught:
        await calendar.raw_events(NOW, NOW + timedelta(days=1))

    assert caught.value.retry_after == 1.0
    assert sleeps.waits == [1.0]


@pytest.mark.parametrize(
    ("status", "retry_after", "error"),
    [
        (503, "30", ProviderThrottled),
        (503, None, ProviderUnavailable),
        (500, None, ProviderUnavailable),
        (502, None, ProviderUnavailable),
        (429, None, ProviderThrottled),
    ],
)
async def test_server_errors_are_typed(
    http: httpx.AsyncClient,
    identity: FakeMicrosoftIdentity,
    graph: FakeGraph,
    status: int,
    retry_after: str | None,
    error: type[Exception],
) -> None:
    graph.fail_next(status, retry_after=retry_after, path="/me/calendarView")

    with pytest.raises(error):
        await GraphCalendar(client_for(http, identity)).raw_events(NOW, NOW + timedelta(days=1))


async def test_rejected_token_means_reauth(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    # A token for our API, not for Graph: Graph answers 401.
    wrong = identity.access_token(ALICE)

    async def source() -> str:
        return wrong

    mailbox = GraphMailbox(GraphClient(http, source, base_url=GRAPH_URL))
    with pytest.raises(ReauthRequired):
        await mailbox.find_draft("anything")


async def test_missing_permission_is_a_provider_error(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity
) -> None:
    token = graph_token(identity, ALICE, scopes="User.Read")

    async def source() -> str:
        return token

    calendar = GraphCalendar(GraphClient(http, source, base_url=GRAPH_URL))
    with pytest.raises(ProviderError) as caught:
        await calendar.raw_events(NOW, NOW + timedelta(days=1))
    assert type(caught.value) is ProviderError
    assert "ErrorAccessDenied" in str(caught.value.detail)


async def test_invalid_message_is_a_permanent_error(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    mailbox = GraphMailbox(client_for(http, identity))

    with pytest.raises(ProviderError) as caught:
        await mailbox.create_draft(outgoing(to_email="not-an-address"))

    # Refused before Graph is asked (app.providers.mime checks the address, as for Gmail).
    assert type(caught.value) is ProviderError
    assert "not a valid email address" in str(caught.value.detail)
    assert graph.requests_to("POST", "/me/messages") == []
    assert graph.drafts_of(ALICE) == []


async def test_delete_removes_the_draft_and_tolerates_a_second_delete(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    mailbox = GraphMailbox(client_for(http, identity))
    created = await mailbox.create_draft(outgoing("k-del"))

    await mailbox.delete_draft(created.draft_id)
    await mailbox.delete_draft(created.draft_id)

    assert graph.drafts_of(ALICE) == []
    assert await mailbox.find_draft("k-del") is None


async def test_keys_with_quotes_are_escaped(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    mailbox = GraphMailbox(client_for(http, identity))
    tricky = "it's' or 1 eq 1 or '"

    created = await mailbox.create_draft(outgoing(tricky))
    other = await mailbox.create_draft(outgoing("plain"))

    assert (await mailbox.find_draft(tricky)) == created
    assert created != other
    assert odata_literal("it's") == "'it''s'"


async def test_another_users_draft_is_not_found(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph
) -> None:
    await GraphMailbox(client_for(http, identity, ALICE)).create_draft(outgoing("shared-key"))

    mallory = GraphMailbox(client_for(http, identity, MALLORY))

    assert await mallory.find_draft("shared-key") is None
    await mallory.create_draft(outgoing("shared-key"))
    assert len(graph.drafts_of(ALICE)) == len(graph.drafts_of(MALLORY)) == 1


# --- time bounds (a real socket: in-process transports ignore timeouts) -----------------------


@pytest.fixture
def graph_on_loopback(graph: FakeGraph) -> Iterator[str]:
    with serve_asgi(graph.app) as url:
        yield url


async def test_a_slow_graph_times_out_as_unavailable(
    graph: FakeGraph, identity: FakeMicrosoftIdentity, graph_on_loopback: str
) -> None:
    graph.slow_next(1.5, path="/me/calendarView")
    token = graph_token(identity)

    async def source() -> str:
        return token

    async with httpx.AsyncClient() as http:
        client = GraphClient(http, source, base_url=f"{graph_on_loopback}/v1.0", timeout=0.2)
        with pytest.raises(ProviderUnavailable, match="timed out"):
            await GraphCalendar(client).raw_events(NOW, NOW + timedelta(days=1))


async def test_nothing_listening_is_unavailable(identity: FakeMicrosoftIdentity) -> None:
    async def source() -> str:
        return "token"

    async with FakeHosts({}).async_client() as http:
        client = GraphClient(http, source, base_url=GRAPH_URL)
        with pytest.raises(ProviderUnavailable):
            await GraphMailbox(client).find_draft("k")


# --- the fake's filter parser and helpers -----------------------------------------------------


def test_the_fake_rejects_malformed_filters() -> None:
    from tests.fakes.graph import FilterError

    for bad in [
        "",
        "singleValueExtendedProperties/Any(ep: ep/id eq 'String {x} Name K')",
        "singleValueExtendedProperties/Any(ep: ep/value eq 'k')",
        "singleValueExtendedProperties/Any(ep: ep/id eq 'x' or ep/value eq 'k')",
        "singleValueExtendedProperties/Any(ep: other/id eq 'x')",
        "singleValueExtendedProperties/Any(ep: ep/id eq 'unterminated)",
        "subjectt eq 'x'",
        "subject eq 'x' and",
    ]:
        with pytest.raises(FilterError):
            parse_filter(bad)
    parse_filter(idempotency_filter("k"))
    parse_filter("isDraft eq true and (subject eq 'a''b' or subject ne 'c')")


async def test_malformed_filter_is_a_400_from_the_fake(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity
) -> None:
    response = await http.get(
        f"{GRAPH_URL}/me/messages",
        params={"$filter": "singleValueExtendedProperties/Any(ep: ep/value eq 'k')"},
        headers={"Authorization": f"Bearer {graph_token(identity)}"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "BadRequest"


def test_retry_after_forms() -> None:
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    when = datetime(2030, 1, 1, 0, 0, 30, tzinfo=UTC)
    assert (
        retry_after_seconds("Tue, 01 Jan 2030 00:00:30 GMT", now=when - timedelta(seconds=30))
        == 30.0
    )
    assert retry_after_seconds("-5") == 0.0


async def test_a_create_answered_503_is_left_to_the_caller(
    http: httpx.AsyncClient, identity: FakeMicrosoftIdentity, graph: FakeGraph, sleeps: Sleeps
) -> None:
    mailbox = GraphMailbox(client_for(http, identity, sleeps=sleeps))
    graph.fail_next(503, retry_after="1", method="POST", path="/me/messages")

    with pytest.raises(ProviderThrottled):
        await mailbox.create_draft(outgoing("k-503"))

    assert sleeps.waits == []
    assert len(graph.requests_to("POST", "/me/messages")) == 1
