"""The Gmail/Calendar add-on end to end: `create_app` with its lifespan (SQLite), Google's signed
requests minted by the fake identity, and the fake Gmail + Calendar server on loopback that the
real google-api-python-client talks to.

Every response the harness returns has been checked against Google's schemas: cards parse
strictly as `google.apps.card_v1.Card`, wrappers against the documented response model.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.auth.google import build_google_certs
from app.auth.identity import Identity
from app.main import create_app
from app.providers.google_api import access_token_credentials
from app.providers.google_gmail import GoogleMailboxFactory
from app.providers.registry import build_mailbox_registry
from app.settings import Settings
from app.store.connections import Connection
from app.store.db import Database
from app.store.queries import get_or_create_user
from tests.fakes.google_api import USER_TOKEN, FakeGoogleApis
from tests.fakes.google_identity import (
    CLIENT_ID,
    SERVICE_ACCOUNT,
    USER_EMAIL,
    USER_NAME,
    USER_SUB,
    FakeGoogleIdentity,
)
from tests.fakes.server import serve_asgi
from tests.support.google_schema import assert_addon_response, assert_card

PUBLIC_URL = "https://rightnote.example.com"
AUTH = "https://www.googleapis.com/auth/"
IDENTITY = Identity(provider="google", subject=USER_SUB, email=USER_EMAIL, name=USER_NAME)
# The connected mailbox's token (gmail.compose), as the connect flow would store it.
MAILBOX_TOKEN = "ya29.fake-connected-mailbox-token"
HANG_GUARD = 30.0


def form(**values: str | list[str]) -> dict[str, Any]:
    return {
        name: {"stringInputs": {"value": value if isinstance(value, list) else [value]}}
        for name, value in values.items()
    }


def interview_event(
    event_id: str,
    start: datetime,
    *,
    minutes: int = 90,
    title: str = "Interview: Staff Engineer - Litware",
    people: tuple[tuple[str, str, str], ...] = (
        ("Dana Lee", "dana.lee@litware.example", "Engineering Manager"),
        ("Sam Rivera", "sam@litware.example", "CEO"),
    ),
) -> dict[str, Any]:
    """A Calendar v3 event as a recruiting tool writes it: attendees plus a schedule."""
    domain = people[0][1].split("@")[1] if people else "litware.example"
    recruiter = f"jordan.blake@{domain}"
    schedule = []
    slot = start
    for name, email, job in people:
        end = slot + timedelta(minutes=minutes // max(len(people), 1))
        schedule.append(f"{slot:%H:%M} - {end:%H:%M} UTC  {name}, {job} ({email})")
        slot = end
    return {
        "id": event_id,
        "iCalUID": f"{event_id}@google.com",
        "summary": title,
        "description": "Your interview schedule:\n" + "\n".join(schedule),
        "htmlLink": f"https://www.google.com/calendar/event?eid={event_id}",
        "organizer": {"email": recruiter, "displayName": "Jordan Blake"},
        "creator": {"email": recruiter, "displayName": "Jordan Blake"},
        "start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
        "end": {"dateTime": (start + timedelta(minutes=minutes)).isoformat(), "timeZone": "UTC"},
        "attendees": [
            {"email": USER_EMAIL, "self": True, "responseStatus": "accepted"},
            {
                "email": recruiter,
                "displayName": "Jordan Blake",
                "organizer": True,
                "responseStatus": "accepted",
            },
            *(
                {"email": email, "displayName": name, "responseStatus": "accepted"}
                for name, email, _ in people
            ),
        ],
        "eventType": "default",
    }


def walk(value: Any) -> Iterator[Any]:
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def texts(card: dict[str, Any]) -> str:
    """Every string in a card, joined: for "the card says ..." checks."""
    return "\n".join(v for v in walk(card) if isinstance(v, str))


def widgets_named(card: dict[str, Any], kind: str) -> list[Any]:
    return [v[kind] for v in walk(card) if isinstance(v, dict) and kind in v]


def input_names(card: dict[str, Any]) -> list[str]:
    return [
        w["name"] for kind in ("textInput", "selectionInput") for w in widgets_named(card, kind)
    ]


def selected(card: dict[str, Any], name: str) -> list[str]:
    for widget in widgets_named(card, "selectionInput"):
        if widget["name"] == name:
            return [item["value"] for item in widget["items"] if item.get("selected")]
    raise AssertionError(f"no selection input {name!r}")


def button(card: dict[str, Any], text: str) -> dict[str, Any]:
    for candidate in widgets_named(card, "buttons"):
        for b in candidate:
            if b["text"] == text:
                return dict(b["onClick"])
    raise AssertionError(f"no button {text!r} in the card")


def button_texts(card: dict[str, Any]) -> list[str]:
    return [b["text"] for bs in widgets_named(card, "buttons") for b in bs]


def pushed_card(response: dict[str, Any]) -> dict[str, Any]:
    return dict(response["action"]["navigations"][0]["pushCard"])


def updated_card(response: dict[str, Any]) -> dict[str, Any]:
    return dict(response["renderActions"]["action"]["navigations"][0]["updateCard"])


def check(response: dict[str, Any]) -> dict[str, Any]:
    """Google's schemas: the wrapper, and every card in it parsed strictly as Card v1."""
    assert_addon_response(response)
    for value in walk(response):
        if isinstance(value, dict):
            for key in ("pushCard", "updateCard"):
                if key in value:
                    assert_card(value[key])
    return response


@dataclass
class Harness:
    client: httpx.AsyncClient
    identity: FakeGoogleIdentity
    apis: FakeGoogleApis
    settings: Settings
    app: Any

    @property
    def database(self) -> Database:
        database: Database = self.app.state.rightnote.resources.database
        return database

    def event(
        self,
        host: str = "GMAIL",
        *,
        to: list[str] | None = None,
        cc: list[str] | None = None,
        calendar: dict[str, Any] | None = None,
        inputs: dict[str, Any] | None = None,
        parameters: dict[str, str] | None = None,
        scopes: list[str] | None = None,
        oauth_token: str | None = USER_TOKEN,
        time_zone: str = "UTC",
    ) -> dict[str, Any]:
        common: dict[str, Any] = {
            "hostApp": host,
            "platform": "WEB",
            "userLocale": "en-US",
            "timeZone": {"id": time_zone, "offset": 0},
        }
        if inputs:
            common["formInputs"] = inputs
        if parameters:
            common["parameters"] = parameters
        auth: dict[str, Any] = {
            "userIdToken": self.identity.user_token(),
            "systemIdToken": "unused-by-http-add-ons",
        }
        if oauth_token is not None:
            auth["userOAuthToken"] = oauth_token
        if scopes is not None:
            auth["authorizedScopes"] = scopes
        event: dict[str, Any] = {"commonEventObject": common, "authorizationEventObject": auth}
        if host == "GMAIL":
            event["gmail"] = {
                "accessToken": "AKy-fake-gmail-token",
                "toRecipients": to or [],
                "ccRecipients": cc or [],
                "bccRecipients": [],
            }
        if calendar is not None:
            event["calendar"] = calendar
        return event

    async def post(
        self, path: str, event: dict[str, Any], *, system_token: str | None = None
    ) -> httpx.Response:
        token = (
            system_token
            if system_token is not None
            else self.identity.system_token(PUBLIC_URL + path)
        )
        headers = {"authorization": f"Bearer {token}"} if token else {}
        return await self.client.post(
            PUBLIC_URL + path, headers=headers, content=json.dumps(event).encode()
        )

    async def call(self, path: str, event: dict[str, Any]) -> dict[str, Any]:
        response = await self.post(path, event)
        assert response.status_code == 200, response.text
        return check(response.json())

    async def click(self, on_click: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
        """Press a card button: Google posts the event to the action's URL with its params."""
        action = on_click["action"]
        assert action["function"].startswith(PUBLIC_URL + "/addons/gmail/actions/")
        params = {p["key"]: p["value"] for p in action.get("parameters", [])}
        event["commonEventObject"]["parameters"] = params
        return await self.call(action["function"].removeprefix(PUBLIC_URL), event)

    async def connect_mailbox(self, *, status: str = "active") -> None:
        """What the connect flow (not built yet) would leave: a Google connection with
        gmail.compose; and a Gmail mailbox factory for it, pointed at the fake."""
        async with self.database.sessions() as session:
            user = await get_or_create_user(session, IDENTITY)
            session.add(
                Connection(
                    user_id=user.id,
                    provider="google",
                    account_subject=USER_SUB,
                    account_email=USER_EMAIL,
                    scopes=[AUTH + "gmail.compose"],
                    status=status,
                )
            )
            await session.commit()
        registry = build_mailbox_registry(self.settings)

        async def load(connection: Connection, user: Any) -> Any:
            return access_token_credentials(MAILBOX_TOKEN)

        registry.register("google", GoogleMailboxFactory(self.settings, load))
        self.app.state.rightnote.resources.mailboxes = registry


@asynccontextmanager
async def harness(tmp_path: Path, apis: FakeGoogleApis) -> AsyncIterator[Harness]:
    apis.tokens.setdefault(MAILBOX_TOKEN, (AUTH + "gmail.compose",))
    with serve_asgi(apis.app) as google_url:
        settings = Settings(
            data_dir=tmp_path,
            public_url=PUBLIC_URL,
            google_addon_service_account=SERVICE_ACCOUNT,
            google_oauth_client_id=CLIENT_ID,
            google_api_endpoint=google_url,
            # The production Calendar timeout (3 s): a 1 s bound made a loaded CI machine's fake
            # "slow", so a card lost the interviewer's name to "Calendar is not answering".
        )
        identity = FakeGoogleIdentity()
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            certs_http = httpx.AsyncClient(transport=identity.transport())
            app.state.rightnote.resources.google_certs = build_google_certs(settings, certs_http)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, timeout=HANG_GUARD) as client:
                yield Harness(client, identity, apis, settings, app)
            await certs_http.aclose()


@pytest.fixture
async def h(tmp_path: Path, apis: FakeGoogleApis) -> AsyncIterator[Harness]:
    """The harness over the test file's own `apis` fixture (what the calendar holds); a file
    takes it with `from tests.addons.gmail_harness import h as h`."""
    async with harness(tmp_path, apis) as ready:
        yield ready


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
