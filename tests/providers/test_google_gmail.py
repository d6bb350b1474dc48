"""GoogleMailbox through the real google-api-python-client against the fake Gmail server."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import ProviderError, ProviderThrottled, ProviderUnavailable, ReauthRequired
from app.providers.base import OutgoingDraft
from app.providers.google_api import access_token_credentials, api_endpoint
from app.providers.google_gmail import GoogleMailbox, build_message, message_id
from app.providers.mime import KEY_HEADER
from app.settings import Settings
from tests.fakes.gmail_mime import decode_raw, parse_strict
from tests.fakes.google_api import ADDON_SCOPES, USER_TOKEN, FakeGoogleApis
from tests.fakes.server import serve_asgi
from tests.providers.google_env import google_settings

KEY = "3f1c9a0d2b7e4c6a8f1e0d3c5b7a9e2f4c6d8b0a1e3f5c7d9b2a4c6e8f0a1b2c"
# Generous: the client bound is 3 s; this only catches a hang.
HANG_GUARD = 20.0


@pytest.fixture
def google_apis() -> FakeGoogleApis:
    return FakeGoogleApis()


@pytest.fixture
def settings(tmp_path: Path, google_apis: FakeGoogleApis) -> Iterator[Settings]:
    with serve_asgi(google_apis.app) as url:
        yield google_settings(tmp_path, url)


def outgoing(**changes: str) -> OutgoingDraft:
    values = {
        "subject": "Thank you for your time",
        "text": "Hi Dana,\n\nThank you for the conversation about the billing migration.\n",
        "html": "<p>Hi Dana,</p><p>Thank you for the conversation about the billing "
        "migration &amp; more.</p>",
        "idempotency_key": KEY,
        "to_email": "dana.lee@company.example",
        "to_name": "Dana Lee",
        "from_email": "casey.candidate@gmail.com",
        "from_name": "Casey Candidate",
        **changes,
    }
    return OutgoingDraft(**values)


def mailbox(settings: Settings, token: str = USER_TOKEN) -> GoogleMailbox:
    return GoogleMailbox(access_token_credentials(token), settings=settings)


def test_the_endpoint_keeps_each_services_path(settings: Settings) -> None:
    # api_endpoint replaces rootUrl + servicePath; Calendar's servicePath must be put back.
    assert settings.google_api_endpoint is not None
    assert api_endpoint(settings, "gmail") == settings.google_api_endpoint + "/"
    assert api_endpoint(settings, "calendar") == settings.google_api_endpoint + "/calendar/v3/"
    assert api_endpoint(Settings(), "gmail") is None


async def test_a_draft_reaches_gmail_as_strict_rfc5322(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    created = await mailbox(settings).create_draft(outgoing(to_name="Zoë Ångström-Łukasz"))
    assert list(google_apis.drafts) == [created.draft_id]
    stored = google_apis.drafts[created.draft_id]
    assert created.link == f"https://mail.google.com/mail/#drafts?compose={stored.message_id}"
    message = stored.message
    assert message.get_content_type() == "multipart/alternative"
    plain, html = message.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert plain.get_content_charset() == "utf-8"
    assert "billing migration" in plain.get_content()
    assert html.get_content_type() == "text/html"
    assert "&amp; more" in html.get_content()
    # The UTF-8 display name is RFC 2047-encoded on the wire and decodes back intact.
    assert b"=?utf-8?" in stored.raw.split(b"\r\n\r\n", 1)[0]
    assert message["To"].addresses[0].display_name == "Zoë Ångström-Łukasz"
    assert message["To"].addresses[0].addr_spec == "dana.lee@company.example"
    assert str(message["From"]) == "Casey Candidate <casey.candidate@gmail.com>"
    assert message["Subject"] == "Thank you for your time"
    assert message[KEY_HEADER].strip() == KEY  # folded: Python keeps the fold's space
    assert message["Message-ID"] == message_id(KEY)
    assert message["Date"] is not None
    # The lookup ran first (search, then the recent drafts: none), then the create, then the
    # duplicate check (both ways again; our own new draft is not read back).
    assert [(s.method, s.status) for s in google_apis.requests] == [
        ("GET", 200),
        ("GET", 200),
        ("POST", 200),
        ("GET", 200),
        ("GET", 200),
    ]
    assert google_apis.requests[0].query["q"] == ["rfc822msgid:" + message_id(KEY).strip("<>")]
    assert "q" not in google_apis.requests[1].query


async def test_line_breaks_in_names_and_subject_never_make_a_header(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    draft = outgoing(
        to_name="Dana\r\nBcc: attacker@evil.example",
        from_name="Casey\nX-Injected: yes",
        subject="Thanks\r\n\r\n<b>body</b>\u2028Cc: other@evil.example",
    )
    created = await mailbox(settings).create_draft(draft)
    message = google_apis.drafts[created.draft_id].message
    assert message.get_all("Bcc") is None
    assert message.get_all("Cc") is None
    assert message.get_all("X-Injected") is None
    assert len(message.get_all("To") or []) == 1
    assert message["To"].addresses[0].addr_spec == "dana.lee@company.example"
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message["Subject"].startswith("Thanks")


async def test_an_address_that_is_not_one_is_refused_before_any_call(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    for bad in (
        "dana@company.example\r\nBcc: x@evil.example",
        "Dana <dana@x.example>",
        "a@b@c.example",
        "no-at-sign",
    ):
        with pytest.raises(ProviderError) as raised:
            await mailbox(settings).create_draft(outgoing(to_email=bad))
        assert type(raised.value) is ProviderError  # permanent, not retryable
    assert google_apis.requests == []


def test_the_fake_rejects_bad_mime() -> None:
    with pytest.raises(ValueError, match="more than one to"):
        parse_strict(b"To: a@x.example\r\nTo: b@x.example\r\nSubject: s\r\n\r\nbody\r\n")
    with pytest.raises(ValueError, match="base64url"):
        decode_raw(base64.b64encode(b"\xfb\xff subject").decode())
    good = build_message(outgoing())
    assert parse_strict(good)["Message-ID"] == message_id(KEY)


async def test_the_fake_answers_400_to_a_message_it_cannot_parse(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    from googleapiclient.errors import HttpError

    from app.providers.google_api import build_service

    def create_raw(raw: bytes) -> int:
        service = build_service(
            "gmail", access_token_credentials(USER_TOKEN), settings=settings, timeout=2
        )
        body = {"message": {"raw": base64.urlsafe_b64encode(raw).decode()}}
        try:
            service.users().drafts().create(userId="me", body=body).execute()
        except HttpError as exc:
            return int(exc.resp.status)
        return 200

    assert create_raw(b"Subject: a\r\nSubject: b\r\n\r\nx\r\n") == 400
    assert create_raw(b"Content-Type: multipart/alternative\r\n\r\nno boundary\r\n") == 400
    assert create_raw(build_message(outgoing())) == 200
    assert len(google_apis.drafts) == 1


async def test_a_retry_after_create_then_fail_finds_the_draft(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    google_apis.fail("create_then_fail", on="POST /drafts")
    box = mailbox(settings)
    with pytest.raises(ProviderUnavailable):
        await box.create_draft(outgoing())
    assert len(google_apis.drafts) == 1  # the write happened; the answer was lost
    found = await box.find_draft(KEY)
    again = await box.create_draft(outgoing())
    assert found is not None and again.draft_id == found.draft_id
    assert list(google_apis.drafts) == [again.draft_id]
    assert len(google_apis.seen("POST", "/drafts")) == 1


async def test_a_connection_dropped_after_the_write_leaves_one_draft(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    # httplib2 resends a request once when the connection drops before the status line, so
    # Gmail gets the create twice. The duplicate check after creating removes the extra copy.
    google_apis.fail("drop", on="POST /drafts", processed=True)
    created = await mailbox(settings).create_draft(outgoing())
    assert len(google_apis.seen("POST", "/drafts")) == 2
    assert list(google_apis.drafts) == [created.draft_id]
    assert google_apis.seen("DELETE", "/drafts/")


async def test_a_dropped_lookup_is_unavailable(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    # Dropped twice: httplib2's one replay drops too.
    google_apis.fail("drop", on="GET /drafts")
    google_apis.fail("drop", on="GET /drafts")
    with pytest.raises(ProviderUnavailable):
        await mailbox(settings).find_draft(KEY)


@pytest.mark.parametrize(
    ("status", "retry_after", "expected"),
    [(429, "17", 17.0), (403, "5", 5.0), (429, None, None)],
)
async def test_throttling_maps_to_provider_throttled(
    settings: Settings,
    google_apis: FakeGoogleApis,
    status: int,
    retry_after: str | None,
    expected: float | None,
) -> None:
    google_apis.fail("status", on="GET /drafts", status=status, retry_after=retry_after)
    with pytest.raises(ProviderThrottled) as raised:
        await mailbox(settings).create_draft(outgoing())
    assert raised.value.retry_after == expected
    assert google_apis.drafts == {}


@pytest.mark.parametrize("status", [500, 503])
async def test_server_errors_are_unavailable(
    settings: Settings, google_apis: FakeGoogleApis, status: int
) -> None:
    google_apis.fail("status", on="POST /drafts", status=status)
    with pytest.raises(ProviderUnavailable):
        await mailbox(settings).create_draft(outgoing())
    assert google_apis.drafts == {}
    assert (await mailbox(settings).create_draft(outgoing())).draft_id in google_apis.drafts


async def test_a_slow_gmail_is_cut_off_at_the_bound(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    google_apis.fail("slow", on="GET /drafts", delay=HANG_GUARD)
    started = time.monotonic()
    with pytest.raises(ProviderUnavailable):
        await mailbox(settings).find_draft(KEY)
    assert time.monotonic() - started < HANG_GUARD


async def test_an_unknown_token_is_reauth(settings: Settings, google_apis: FakeGoogleApis) -> None:
    with pytest.raises(ReauthRequired):
        await mailbox(settings, token="ya29.revoked").create_draft(outgoing())
    assert google_apis.drafts == {}
    assert [s.status for s in google_apis.requests] == [401]


async def test_a_token_without_a_gmail_scope_cannot_look_drafts_up(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    # The add-on's own token (calendar.events.owned.readonly) has no Gmail scope: the grant
    # itself must change, so it is ReauthRequired rather than a retry.
    google_apis.tokens["ya29.addon-only"] = ADDON_SCOPES
    with pytest.raises(ReauthRequired):
        await mailbox(settings, token="ya29.addon-only").create_draft(outgoing())
    assert [s.status for s in google_apis.requests] == [403]


async def test_delete_is_idempotent(settings: Settings, google_apis: FakeGoogleApis) -> None:
    box = mailbox(settings)
    created = await box.create_draft(outgoing())
    await box.delete_draft(created.draft_id)
    await box.delete_draft(created.draft_id)  # already gone: fine
    assert google_apis.drafts == {}
    assert await box.find_draft(KEY) is None


# --- exactly once, whatever Gmail does with Message-ID -------------------------------------
# Gmail documents neither that it keeps a client-set Message-ID on drafts.create nor when its
# search index sees a new draft: the fake does each either way, and exactly-once holds in all.
GMAIL_WAYS = [
    pytest.param(mode, late, id=f"{mode}{'-indexed-late' if late else ''}")
    for mode in ("keep", "rewrite", "drop")
    for late in (False, True)
]


@pytest.mark.parametrize(("message_id_mode", "index_late"), GMAIL_WAYS)
async def test_a_lost_answer_never_yields_a_second_draft(
    settings: Settings, google_apis: FakeGoogleApis, message_id_mode: str, index_late: bool
) -> None:
    google_apis.message_id = message_id_mode
    google_apis.index_late = index_late
    other = await mailbox(settings).create_draft(outgoing(idempotency_key="someone-else"))
    google_apis.fail("create_then_fail", on="POST /drafts")
    with pytest.raises(ProviderUnavailable):
        await mailbox(settings).create_draft(outgoing())
    assert len(google_apis.drafts) == 2  # the write happened; the answer was lost

    # The retry is a new worker run: a new mailbox object, nothing remembered.
    found = await mailbox(settings).find_draft(KEY)
    again = await mailbox(settings).create_draft(outgoing())
    assert found is not None and again.draft_id == found.draft_id
    assert again.draft_id != other.draft_id
    assert sorted(google_apis.drafts) == sorted([again.draft_id, other.draft_id])
    assert len(google_apis.seen("POST", "/drafts")) == 2
    stored = google_apis.drafts[again.draft_id].message
    assert stored[KEY_HEADER].strip() == KEY
    if message_id_mode != "keep":
        assert stored["Message-ID"] != message_id(KEY)


@pytest.mark.parametrize(("message_id_mode", "index_late"), GMAIL_WAYS)
async def test_a_replayed_create_leaves_one_draft_either_way(
    settings: Settings, google_apis: FakeGoogleApis, message_id_mode: str, index_late: bool
) -> None:
    google_apis.message_id = message_id_mode
    google_apis.index_late = index_late
    google_apis.fail("drop", on="POST /drafts", processed=True)
    created = await mailbox(settings).create_draft(outgoing())
    assert len(google_apis.seen("POST", "/drafts")) == 2
    assert list(google_apis.drafts) == [created.draft_id]


async def test_the_documented_lookup_reads_each_draft_once_per_mailbox(
    settings: Settings, google_apis: FakeGoogleApis
) -> None:
    google_apis.message_id = "drop"
    for n in range(3):
        await mailbox(settings).create_draft(outgoing(idempotency_key=f"other-{n}"))
    before = len(google_apis.seen("GET", "/drafts/"))
    box = mailbox(settings)
    assert await box.find_draft(KEY) is None
    await box.create_draft(outgoing())
    reads = [s for s in google_apis.seen("GET", "/drafts/")][before:]
    assert len(reads) == 3  # the three other drafts, read once; our new one never
    assert all(s.query.get("format") == ["metadata"] for s in reads)
