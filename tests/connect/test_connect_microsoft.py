"""Connecting Microsoft: msal's auth-code flow (PKCE, nonce, our sealed state) against the fake
identity platform, started from the task pane's short-lived link."""

from __future__ import annotations

import time

import cryptography.fernet as fernet
import pytest
from sqlalchemy import func, select

from app.providers.microsoft_auth import TokenSet
from app.store.connections import Connection, ConnectionStatus
from tests.fakes.microsoft_identity import ALICE, GUEST, MALLORY, TENANT_ID, FakeUser
from tests.support.live import LiveEnv, location_query

BOB = FakeUser(
    oid="33333333-aaaa-4bbb-8ccc-000000000003",
    tid=TENANT_ID,
    username="bob@contoso.example",
    name="Bob Colleague",
)


async def connections(env: LiveEnv) -> int:
    async with env.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(Connection)) or 0)


async def test_the_pane_link_connects_outlook(env: LiveEnv) -> None:
    link = await env.connect_link("microsoft", env.ms_auth())
    started = await env.open(link)

    assert started.status_code == 302
    location = started.headers["location"]
    assert location.startswith(f"https://login.fake/{TENANT_ID}/oauth2/v2.0/authorize?")
    query = location_query(started)
    assert query["code_challenge_method"] == "S256" and query["nonce"]
    assert query["response_mode"] == "form_post"
    assert query["redirect_uri"] == "https://rightnote.example/connect/microsoft/callback"
    assert {
        "offline_access",
        "https://graph.microsoft.com/Calendars.Read",
        "https://graph.microsoft.com/Mail.ReadWrite",
    } <= set(query["scope"].split())
    answer = env.ms_identity.authorize(location, ALICE)

    done = await env.callback("microsoft", answer)

    assert done.status_code == 200, done.text
    assert "Outlook drafts (alice@contoso.example)" in done.text
    connection = await env.connection("microsoft")
    assert connection.account_subject == ALICE.oid
    assert connection.status is ConnectionStatus.ACTIVE
    assert connection.token_ciphertext is not None
    token_set = TokenSet.from_json(env.cipher.decrypt_json(connection.token_ciphertext))
    assert token_set.home_account_id == f"{ALICE.oid}.{TENANT_ID}"
    # The PKCE verifier reached the token endpoint (the fake checked it against the challenge).
    redeemed = [
        r for r in env.ms_identity.token_requests if r.get("grant_type") == "authorization_code"
    ]
    assert len(redeemed) == 1 and len(redeemed[0]["code_verifier"]) >= 43
    state = await env.sync_state("microsoft")
    assert state.resource == "me/events" and state.sync_requested_at is not None


async def test_a_guest_is_stored_under_msals_own_account_key(env: LiveEnv) -> None:
    """B2B guest: the id token says oid/tid of the inviting tenant, msal's account is keyed on
    the home tenant's user; the worker later looks the account up by the stored key."""
    link = await env.connect_link("microsoft", env.ms_auth(GUEST))
    started = await env.open(link)
    done = await env.callback(
        "microsoft", env.ms_identity.authorize(started.headers["location"], GUEST)
    )

    assert done.status_code == 200, done.text
    connection = await env.connection("microsoft")
    token_set = TokenSet.from_json(env.cipher.decrypt_json(connection.token_ciphertext or ""))
    assert token_set.home_account_id == f"{GUEST.home_oid}.{GUEST.home_tid}"


async def test_the_same_row_as_the_panes_on_behalf_of_grant(env: LiveEnv) -> None:
    # The pane's suggest call stored an on-behalf-of grant first (no auto-drafts yet).
    response = await env.client.post(
        "/v1/suggest",
        json={"recipients": [{"email": "priya.raman@northwind.example"}]},
        headers=env.ms_auth(),
    )
    assert response.status_code == 200, response.text
    listed = (await env.client.get("/v1/connections", headers=env.ms_auth())).json()
    assert [c["auto_drafts"] for c in listed["connections"]] == [False]

    assert (await env.connect_microsoft()).status_code == 200

    assert await connections(env) == 1
    listed = (await env.client.get("/v1/connections", headers=env.ms_auth())).json()
    assert [c["auto_drafts"] for c in listed["connections"]] == [True]


async def test_another_microsoft_account_is_refused(env: LiveEnv) -> None:
    params = location_query(await env.open(await env.connect_link("microsoft", env.ms_auth())))

    async def sign_in_as(user: FakeUser) -> str:
        env.ms_identity.users[user.oid] = user
        code = env.ms_identity.issue_authorization_code(
            user,
            redirect_uri=params["redirect_uri"],
            scopes=params["scope"].split(),
            code_challenge=params["code_challenge"],
            nonce=params["nonce"],
        )
        return code

    # Someone of another organisation at Alice's link: Entra refuses (AADSTS50020).
    code = await sign_in_as(MALLORY)
    refused = await env.callback("microsoft", {"code": code, "state": params["state"]})
    assert refused.status_code == 400 and "AADSTS50020" in refused.text

    # A colleague in Alice's tenant at a fresh link of Alice's: Entra agrees, RightNote refuses.
    params = location_query(await env.open(await env.connect_link("microsoft", env.ms_auth())))
    code = await sign_in_as(BOB)
    refused = await env.callback("microsoft", {"code": code, "state": params["state"]})
    assert refused.status_code == 400 and "different account" in refused.text
    assert await connections(env) == 0


async def test_replay_and_expiry(env: LiveEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    started = await env.open(await env.connect_link("microsoft", env.ms_auth()))
    answer = env.ms_identity.authorize(started.headers["location"], ALICE)
    assert (await env.callback("microsoft", answer)).status_code == 200
    replay = await env.callback("microsoft", answer)
    assert replay.status_code == 400 and "already used" in replay.text

    # A state older than its ten minutes is refused even if never used.
    started = await env.open(await env.connect_link("microsoft", env.ms_auth()))
    answer = env.ms_identity.authorize(started.headers["location"], ALICE)
    real = time.time
    with monkeypatch.context() as later:
        later.setattr(fernet.time, "time", lambda: real() + 11 * 60)  # type: ignore[attr-defined]
        late = await env.callback("microsoft", answer)
    assert late.status_code == 400 and "expired or altered" in late.text
