"""`AddonContextDep` end to end: a test-only router on `create_app`, driven through
httpx.ASGITransport with tokens from the fake Google. Every forgery is a 401 JSON and the route
never runs."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import APIRouter

from app.addons.google_request import AddonContextDep
from app.api.deps import get_google_certs
from app.auth.google import build_google_certs
from app.main import create_app
from app.settings import Settings
from tests.fakes.google_identity import (
    CLIENT_ID,
    SERVICE_ACCOUNT,
    USER_EMAIL,
    USER_SUB,
    FakeGoogleIdentity,
)
from tests.support.google_schema import assert_addon_response

PUBLIC_URL = "https://rightnote.example.com"
HOMEPAGE = "/addons/gmail/homepage"
COMPOSE = "/addons/gmail/compose"
EXAMPLES = Path(__file__).parent / "examples"  # copied from the research notes


def compose_event() -> dict[str, Any]:
    """The documented Gmail compose event object (tokens replaced per test)."""
    return {
        "commonEventObject": {
            "hostApp": "GMAIL",
            "platform": "WEB",
            "userLocale": "en-US",
            "timeZone": {"id": "America/New_York", "offset": -14400000},
            "formInputs": {
                "tone": {"stringInputs": {"value": ["warm"]}},
                "notes": {"stringInputs": {"value": ["Loved the system design discussion"]}},
            },
            "parameters": {"action": "insert", "suggestionId": "s2"},
        },
        "authorizationEventObject": {
            "userOAuthToken": "ya29.a0-fake-oauth-token",
            "userIdToken": "replaced",
            "systemIdToken": "replaced",
            "authorizedScopes": [
                "https://www.googleapis.com/auth/gmail.addons.execute",
                "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
            ],
        },
        "gmail": {
            "accessToken": "AKy-fake-gmail-token",
            "toRecipients": ["interviewer@company.example"],
            "ccRecipients": [],
            "bccRecipients": [],
        },
    }


class Harness:
    def __init__(self, google: FakeGoogleIdentity, client: httpx.AsyncClient) -> None:
        self.google = google
        self.client = client
        self.calls: list[dict[str, Any]] = []

    def event(self, user_token: str | None = None) -> dict[str, Any]:
        event = compose_event()
        event["authorizationEventObject"]["userIdToken"] = (
            user_token if user_token is not None else self.google.user_token()
        )
        return event

    async def post(
        self,
        path: str,
        *,
        token: str | None = None,
        audience: str | None = None,
        event: Any = None,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
        base_url: str | None = None,
    ) -> httpx.Response:
        if token is None:
            token = self.google.system_token(audience or PUBLIC_URL + path)
        all_headers = {"authorization": f"Bearer {token}", **(headers or {})}
        if token == "":
            del all_headers["authorization"]
        if content is None:
            content = json.dumps(event if event is not None else self.event()).encode()
        url = (base_url or PUBLIC_URL) + path
        return await self.client.post(url, headers=all_headers, content=content)


def build_app(settings: Settings, calls: list[dict[str, Any]]):
    router = APIRouter()

    async def record(ctx) -> dict[str, Any]:
        calls.append({"path": ctx.endpoint_url})
        return {
            "identity": {"key": ctx.identity.key, "email": ctx.identity.email},
            "endpoint_url": ctx.endpoint_url,
            "host_app": ctx.host_app,
            "platform": ctx.platform,
            "user_locale": ctx.user_locale,
            "time_zone": ctx.time_zone,
            "parameters": ctx.parameters,
            "tone": ctx.string_input("tone"),
            "missing": ctx.missing_scopes(
                [
                    "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
                    "https://www.googleapis.com/auth/calendar.events.owned.readonly",
                ]
            ),
            "user_oauth_token": ctx.user_oauth_token,
            "gmail_access_token": ctx.gmail_access_token,
            "to": ctx.gmail.get("toRecipients"),
            "calendar": ctx.calendar,
            "event_keys": sorted(ctx.event),
        }

    @router.post(HOMEPAGE)
    async def homepage(ctx: AddonContextDep) -> dict[str, Any]:
        return await record(ctx)

    @router.post(COMPOSE)
    async def compose(ctx: AddonContextDep) -> dict[str, Any]:
        return await record(ctx)

    @router.post("/addons/gmail/actions/{name}")
    async def action(name: str, ctx: AddonContextDep) -> dict[str, Any]:
        return await record(ctx)

    app = create_app(settings)
    app.include_router(router)
    # The real add-on routes answer the same paths (and need the database): this test's
    # recording routes are matched first.
    app.router.routes.insert(0, app.router.routes.pop())
    return app


def make_settings(tmp_path: Path, public_url: str = PUBLIC_URL) -> Settings:
    # Production mode: Google calls a public host (through proxies); local mode would refuse
    # every non-loopback Host with 421 before the tokens are read (app/ops/local_guard.py).
    return Settings(
        auth_mode="production",
        encryption_keys="unused-here",
        database_url=f"sqlite+aiosqlite:///{tmp_path}/addon.db",
        data_dir=tmp_path,
        public_url=public_url,
        google_addon_service_account=SERVICE_ACCOUNT,
        google_oauth_client_id=CLIENT_ID,
    )


async def make_harness(tmp_path: Path, public_url: str = PUBLIC_URL):
    google = FakeGoogleIdentity()
    settings = make_settings(tmp_path, public_url)
    calls: list[dict[str, Any]] = []
    app = build_app(settings, calls)
    google_http = httpx.AsyncClient(transport=google.transport())
    certs = build_google_certs(settings, google_http)
    # No lifespan here (no database): the context's one resource is given directly.
    app.dependency_overrides[get_google_certs] = lambda: certs
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    harness = Harness(google, client)
    harness.calls = calls
    return harness, google_http


@pytest.fixture
async def h(tmp_path: Path):
    harness, google_http = await make_harness(tmp_path)
    try:
        yield harness
    finally:
        await harness.client.aclose()
        await google_http.aclose()


def assert_401(response: httpx.Response, h: Harness) -> str:
    assert response.status_code == 401, response.text
    body = response.json()
    assert set(body) == {"error", "detail"}
    assert body["error"] == "unauthorized"
    assert response.headers["www-authenticate"] == "Bearer"
    assert h.calls == [], "the route must not run"
    return str(body["detail"])


# --- accepted -----------------------------------------------------------------------------


async def test_a_genuine_request_gives_the_verified_context(h: Harness) -> None:
    response = await h.post(COMPOSE)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["identity"] == {"key": f"google:-:{USER_SUB}", "email": USER_EMAIL}
    assert body["endpoint_url"] == PUBLIC_URL + COMPOSE
    assert body["host_app"] == "GMAIL"
    assert body["platform"] == "WEB"
    assert body["user_locale"] == "en-US"
    assert body["time_zone"] == "America/New_York"
    assert body["parameters"] == {"action": "insert", "suggestionId": "s2"}
    assert body["tone"] == "warm"
    assert body["missing"] == ["https://www.googleapis.com/auth/calendar.events.owned.readonly"]
    assert body["user_oauth_token"] == "ya29.a0-fake-oauth-token"
    assert body["gmail_access_token"] == "AKy-fake-gmail-token"
    assert body["to"] == ["interviewer@company.example"]
    assert body["calendar"] == {}
    # Tokens are not left in the event dict handed to routes.
    assert body["event_keys"] == ["commonEventObject", "gmail"]
    assert len(h.calls) == 1


async def test_the_research_example_events_are_understood(h: Harness) -> None:
    for name in (
        "event_gmail_compose_constructed.json",
        "event_calendar_event_open_constructed.json",
    ):
        event = json.loads((EXAMPLES / name).read_text())
        event.pop("_source")
        event["authorizationEventObject"]["userIdToken"] = h.google.user_token()
        response = await h.post(HOMEPAGE, event=event)
        assert response.status_code == 200, response.text
    calendar = response.json()
    assert calendar["host_app"] == "CALENDAR"
    assert calendar["calendar"]["organizer"] == {"email": "recruiter@company.example"}
    assert calendar["missing"] == []  # no authorizedScopes reported: all were granted


async def test_behind_a_proxy_the_internal_host_does_not_matter(h: Harness) -> None:
    # TLS ends at the proxy; the app sees http://10.0.0.7:8000. Google signed the public URL.
    response = await h.post(HOMEPAGE, base_url="http://10.0.0.7:8000")
    assert response.status_code == 200, response.text
    assert response.json()["endpoint_url"] == PUBLIC_URL + HOMEPAGE


async def test_action_paths_and_query_strings_are_part_of_the_audience(h: Harness) -> None:
    path = "/addons/gmail/actions/insert"
    assert (await h.post(path)).status_code == 200
    assert (await h.post(path + "?variant=b")).status_code == 200
    calls = len(h.calls)
    # A token for the URL without the query does not cover the URL with it.
    other = await h.post(path + "?variant=b", audience=PUBLIC_URL + path)
    assert other.status_code == 401
    assert len(h.calls) == calls


async def test_public_url_with_a_path_prefix(tmp_path: Path) -> None:
    harness, google_http = await make_harness(tmp_path, "https://apps.example.com/rightnote")
    try:
        good = await harness.post(
            HOMEPAGE, audience="https://apps.example.com/rightnote" + HOMEPAGE
        )
        bad = await harness.post(HOMEPAGE, audience="https://apps.example.com" + HOMEPAGE)
    finally:
        await harness.client.aclose()
        await google_http.aclose()
    assert good.status_code == 200, good.text
    assert bad.status_code == 401


# --- refused: the system ID token ---------------------------------------------------------


async def test_missing_authorization_header(h: Harness) -> None:
    assert "system ID token is required" in assert_401(await h.post(HOMEPAGE, token=""), h)


async def test_not_a_bearer_header(h: Harness) -> None:
    token = h.google.system_token(PUBLIC_URL + HOMEPAGE)
    response = await h.client.post(
        PUBLIC_URL + HOMEPAGE,
        headers={"authorization": f"Basic {token}"},
        content=json.dumps(h.event()).encode(),
    )
    assert_401(response, h)


async def test_forged_system_token(h: Harness) -> None:
    forged = h.google.forged_token(h.google.system_token(PUBLIC_URL + HOMEPAGE))
    assert "signature" in assert_401(await h.post(HOMEPAGE, token=forged), h)


async def test_token_for_another_endpoint_of_ours(h: Harness) -> None:
    response = await h.post(HOMEPAGE, audience=PUBLIC_URL + COMPOSE)
    assert "audience" in assert_401(response, h)


async def test_token_for_another_host(h: Harness) -> None:
    response = await h.post(HOMEPAGE, audience="https://evil.example" + HOMEPAGE)
    assert "audience" in assert_401(response, h)


async def test_spoofed_forwarded_headers_cannot_move_the_audience(h: Harness) -> None:
    # A token Google minted for someone else's add-on at evil.example, replayed to us with
    # headers claiming that we are evil.example.
    response = await h.post(
        HOMEPAGE,
        audience="https://evil.example" + HOMEPAGE,
        base_url="http://evil.example",
        headers={
            "x-forwarded-host": "evil.example",
            "x-forwarded-proto": "https",
            "forwarded": "host=evil.example;proto=https",
        },
    )
    assert "audience" in assert_401(response, h)


async def test_wrong_service_account(h: Harness) -> None:
    token = h.google.system_token(
        PUBLIC_URL + HOMEPAGE, email="service-999@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
    )
    assert "service account" in assert_401(await h.post(HOMEPAGE, token=token), h)


async def test_unverified_service_account_email(h: Harness) -> None:
    token = h.google.system_token(PUBLIC_URL + HOMEPAGE, email_verified=False)
    assert "not verified" in assert_401(await h.post(HOMEPAGE, token=token), h)


async def test_expired_system_token(h: Harness) -> None:
    token = h.google.system_token(PUBLIC_URL + HOMEPAGE, issued_ago=7200)
    assert "expired" in assert_401(await h.post(HOMEPAGE, token=token), h)


async def test_a_user_token_is_not_a_system_token(h: Harness) -> None:
    assert_401(await h.post(HOMEPAGE, token=h.google.user_token()), h)


async def test_system_token_is_checked_before_the_body_is_read(h: Harness) -> None:
    response = await h.post(HOMEPAGE, token="", content=b"not json at all")
    assert_401(response, h)


# --- refused: the user ID token -----------------------------------------------------------


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda e, g: e["authorizationEventObject"].pop("userIdToken"), id="missing"),
        pytest.param(lambda e, g: e.pop("authorizationEventObject"), id="no-auth-object"),
        pytest.param(lambda e, g: e["authorizationEventObject"].update(userIdToken=""), id="empty"),
        pytest.param(
            lambda e, g: e["authorizationEventObject"].update(userIdToken=7), id="not-a-string"
        ),
    ],
)
async def test_a_verified_event_without_a_user_gets_a_consent_request(h: Harness, mutate) -> None:
    """Under granular consent a user may withhold userinfo.email; Google then sends no
    userIdToken. The request itself is Google's (system token verified), so the answer is a
    request for that scope, shown by Gmail, not a 401 nobody sees. The route never runs."""
    event = copy.deepcopy(h.event())
    mutate(event, h.google)
    response = await h.post(HOMEPAGE, event=event)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body == {
        "requesting_google_scopes": {"scopes": ["https://www.googleapis.com/auth/userinfo.email"]}
    }
    assert_addon_response(body)
    assert h.calls == []


async def test_without_googles_system_token_no_consent_request_is_given(h: Harness) -> None:
    event = copy.deepcopy(h.event())
    event["authorizationEventObject"].pop("userIdToken")
    forged = h.google.forged_token(h.google.system_token(PUBLIC_URL + HOMEPAGE))
    assert_401(await h.post(HOMEPAGE, token=forged, event=event), h)


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(
            lambda e, g: e["authorizationEventObject"].update(
                userIdToken=g.user_token(audience="999-other.apps.googleusercontent.com")
            ),
            id="wrong-audience",
        ),
        pytest.param(
            lambda e, g: e["authorizationEventObject"].update(
                userIdToken=g.forged_token(g.user_token())
            ),
            id="forged",
        ),
        pytest.param(
            lambda e, g: e["authorizationEventObject"].update(
                userIdToken=g.user_token(issued_ago=7200)
            ),
            id="expired",
        ),
        pytest.param(
            lambda e, g: e["authorizationEventObject"].update(
                userIdToken=g.system_token(PUBLIC_URL + HOMEPAGE)
            ),
            id="system-token-as-user-token",
        ),
    ],
)
async def test_user_id_token_forgeries(h: Harness, mutate) -> None:
    event = copy.deepcopy(h.event())
    mutate(event, h.google)
    assert_401(await h.post(HOMEPAGE, event=event), h)


async def test_identity_is_never_taken_from_unverified_fields(h: Harness) -> None:
    event = h.event()
    event["authorizationEventObject"]["userIdToken"] = h.google.user_token(email_verified=False)
    event["commonEventObject"]["userEmail"] = "ceo@company.example"
    event["user"] = {"email": "ceo@company.example", "sub": "1"}
    response = await h.post(HOMEPAGE, event=event)
    assert response.status_code == 200
    assert response.json()["identity"] == {"key": f"google:-:{USER_SUB}", "email": None}


# --- malformed bodies ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b"not json", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'"text"', "JSON object"),
        (b"", "not valid JSON"),
    ],
)
async def test_malformed_bodies_are_400_json(h: Harness, content: bytes, detail: str) -> None:
    response = await h.post(HOMEPAGE, content=content)
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"
    assert detail in response.json()["detail"]
    assert h.calls == []


@pytest.mark.parametrize(
    "mutate",
    [
        lambda e: e.update(commonEventObject=["GMAIL"]),
        lambda e: e["commonEventObject"].update(parameters={"n": 1}),
        lambda e: e["authorizationEventObject"].update(authorizedScopes="all"),
        lambda e: e.update(gmail="x"),
    ],
)
async def test_wrong_shapes_are_400_not_500(h: Harness, mutate) -> None:
    event = h.event()
    mutate(event)
    response = await h.post(HOMEPAGE, event=event)
    assert response.status_code == 400, response.text
    assert h.calls == []


async def test_missing_certs_wiring_is_a_clear_server_error(tmp_path: Path) -> None:
    google = FakeGoogleIdentity()
    app = build_app(make_settings(tmp_path), [])
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport) as client:
        response = await client.post(
            PUBLIC_URL + HOMEPAGE,
            headers={"authorization": f"Bearer {google.system_token(PUBLIC_URL + HOMEPAGE)}"},
            content=b"{}",
        )
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
