"""The Gmail homepage card: connect (a signed short-lived link minted when the button is pressed),
the status (on / paused: reconnect), disconnect and delete my data, each with a confirmation."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from app.store.connections import ConnectionStatus
from tests.addons.gmail_harness import button, button_texts, check, pushed_card, texts
from tests.fakes.google_api import USER_TOKEN
from tests.fakes.google_oauth import PUBLIC_URL
from tests.support.live import LiveEnv, google_interview, now
from tests.sync.test_tokens import expire_google_token, request_sync

HOMEPAGE = "/addons/gmail/homepage"


def event(env: LiveEnv, **parameters: str) -> dict[str, Any]:
    common: dict[str, Any] = {
        "hostApp": "GMAIL",
        "platform": "WEB",
        "userLocale": "en-US",
        "timeZone": {"id": "UTC", "offset": 0},
    }
    if parameters:
        common["parameters"] = parameters
    return {
        "commonEventObject": common,
        "authorizationEventObject": {
            "userIdToken": env.google_identity.user_token(),
            "systemIdToken": "unused",
            "userOAuthToken": USER_TOKEN,
        },
        "gmail": {
            "accessToken": "AKy-fake",
            "toRecipients": [],
            "ccRecipients": [],
            "bccRecipients": [],
        },
    }


async def call(env: LiveEnv, path: str, body: dict[str, Any]) -> dict[str, Any]:
    token = env.google_identity.system_token(PUBLIC_URL + path)
    response = await env.client.post(
        path, content=json.dumps(body).encode(), headers={"authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200, response.text
    return check(response.json())


async def homepage(env: LiveEnv) -> dict[str, Any]:
    return pushed_card(await call(env, HOMEPAGE, event(env)))


async def click(env: LiveEnv, on_click: dict[str, Any]) -> dict[str, Any]:
    function = on_click["action"]["function"]
    assert function.startswith(PUBLIC_URL + "/addons/gmail/actions/")
    return await call(env, function.removeprefix(PUBLIC_URL), event(env))


async def test_connect_from_the_card_then_status_reconnect_and_disconnect(env: LiveEnv) -> None:
    start = now() - timedelta(hours=2)
    env.google.add_event(google_interview("iv1", start, start + timedelta(hours=1)))
    card = await homepage(env)
    assert "Off." in texts(card)

    # The button is an action: the link is minted now, for this verified user.
    opened = await click(env, button(card, "Connect mailbox"))
    link = opened["renderActions"]["action"]["link"]
    assert link["openAs"] == "OVERLAY" and link["onClose"] == "RELOAD"
    assert link["url"].startswith(PUBLIC_URL + "/connect/google?t=")
    started = await env.open(link["url"])
    assert started.status_code == 302
    done = await env.callback("google", env.google_oauth.authorize(started.headers["location"]))
    assert done.status_code == 200

    said = texts(await homepage(env))
    assert "On: after each interview, drafts wait in the Gmail drafts of" in said
    assert "casey.candidate@gmail.com" in said

    # Google revokes the grant: the next sync pauses auto-drafts and the card says "Reconnect".
    await env.settle()
    env.google_oauth.revoke_grants()
    await expire_google_token(env)
    await request_sync(env)
    await env.sync.run_once()
    assert (await env.connection("google")).status is ConnectionStatus.NEEDS_REAUTH
    card = await homepage(env)
    assert "Paused: Google no longer accepts" in texts(card)
    assert "Reconnect" in button_texts(card)
    reopened = await click(env, button(card, "Reconnect"))
    assert reopened["renderActions"]["action"]["link"]["url"] != link["url"]

    # Disconnect, with a confirmation first.
    confirm = await click(env, button(card, "Disconnect…"))
    confirm_card = confirm["renderActions"]["action"]["navigations"][0]["pushCard"]
    assert "Disconnect your mailbox?" in texts(confirm_card)
    assert (await env.connection("google")).status is ConnectionStatus.NEEDS_REAUTH  # not yet
    done_card = await click(env, button(confirm_card, "Yes, disconnect"))
    assert "stateChanged" not in done_card  # Apps Script only, not an HTTP add-on field
    assert "Disconnected." in texts(done_card)
    assert (await env.connection("google")).status is ConnectionStatus.DISCONNECTED
    assert "Off." in texts(await homepage(env))


async def test_delete_my_data_from_the_card(env: LiveEnv) -> None:
    assert (await env.connect_google()).status_code == 200
    await env.settle()
    card = await homepage(env)

    confirm = await click(env, button(card, "Delete my data…"))
    confirm_card = confirm["renderActions"]["action"]["navigations"][0]["pushCard"]
    assert "This cannot be undone" in texts(confirm_card)
    done = await click(env, button(confirm_card, "Yes, delete everything"))

    assert "Everything RightNote kept for you is deleted" in texts(done)
    assert len(env.google_oauth.revoked) == 1
    listed = (await env.client.get("/v1/connections", headers=env.google_auth())).json()
    assert listed["connections"] == []
