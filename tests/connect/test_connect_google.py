"""Connecting Google: web-server OAuth (state + PKCE, offline access) through the real
google-auth-oauthlib against the fake Google OAuth server; what is stored, and what is refused."""

from __future__ import annotations

from sqlalchemy import func, select

from app.connect.google import GMAIL_SCOPE
from app.providers.google_auth import GoogleTokenSet
from app.store.connect import ConnectAttempt
from app.store.connections import Connection, ConnectionStatus
from app.store.sync import SyncState
from tests.fakes.google_identity import USER_EMAIL, USER_SUB
from tests.support.live import LiveEnv, location_query


async def count(env: LiveEnv, model: type) -> int:
    async with env.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_connect_stores_the_grant_encrypted_and_asks_for_a_sync(env: LiveEnv) -> None:
    link = await env.connect_link("google", env.google_auth())
    assert link.startswith("https://rightnote.example/connect/google?t=")

    started = await env.open(link)

    assert started.status_code == 302
    query = location_query(started)
    assert query["access_type"] == "offline" and query["prompt"] == "consent"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert query["redirect_uri"] == "https://rightnote.example/connect/google/callback"
    assert query["login_hint"] == USER_EMAIL
    assert set(query["scope"].split()) == {
        "openid",
        "https://www.googleapis.com/auth/userinfo.email",
        "https://www.googleapis.com/auth/calendar.events.owned.readonly",
        GMAIL_SCOPE,
    }
    answer = env.google_oauth.authorize(started.headers["location"])
    done = await env.callback("google", answer)

    assert done.status_code == 200
    assert "Connected — you can close this window" in done.text
    assert done.headers["referrer-policy"] == "no-referrer"
    assert env.google_oauth.code_grants == 1
    connection = await env.connection("google")
    assert connection.status is ConnectionStatus.ACTIVE
    assert connection.account_subject == USER_SUB and connection.account_email == USER_EMAIL
    assert GMAIL_SCOPE in connection.scopes
    assert connection.token_ciphertext is not None
    # Encrypted: neither token appears in the stored text.
    stored = GoogleTokenSet.from_json(env.cipher.decrypt_json(connection.token_ciphertext))
    assert stored.refresh_token in env.google_oauth.refresh_tokens()
    assert stored.refresh_token not in connection.token_ciphertext
    assert stored.access_token not in connection.token_ciphertext
    state = await env.sync_state("google")
    assert state.resource == "primary" and state.sync_requested_at is not None
    # The pane's and the card's status API says so.
    listed = (await env.client.get("/v1/connections", headers=env.google_auth())).json()
    [view] = listed["connections"]
    assert view["provider"] == "google" and view["status"] == "active"
    assert view["auto_drafts"] is True and view["email"] == USER_EMAIL


async def test_the_state_is_single_use(env: LiveEnv) -> None:
    started = await env.open(await env.connect_link("google", env.google_auth()))
    answer = env.google_oauth.authorize(started.headers["location"])
    assert (await env.callback("google", answer)).status_code == 200

    replay = await env.callback("google", answer)

    assert replay.status_code == 400
    assert "already used" in replay.text
    assert env.google_oauth.code_grants == 1  # the replay never reached Google


async def test_a_tampered_state_is_refused_and_spends_nothing(env: LiveEnv) -> None:
    started = await env.open(await env.connect_link("google", env.google_auth()))
    answer = env.google_oauth.authorize(started.headers["location"])
    state = answer["state"]
    forged = state[:-6] + ("A" if state[-6] != "A" else "B") + state[-5:]

    refused = await env.callback("google", {**answer, "state": forged})

    assert refused.status_code == 400 and "expired or altered" in refused.text
    assert env.google_oauth.code_grants == 0
    assert await count(env, Connection) == 0
    # The genuine state still works: the forgery did not spend the attempt.
    assert (await env.callback("google", answer)).status_code == 200


async def test_a_link_for_microsoft_cannot_start_google(env: LiveEnv) -> None:
    link = await env.connect_link("microsoft", env.ms_auth())
    token = link.split("?t=", 1)[1]

    response = await env.client.get("/connect/google", params={"t": token})

    assert response.status_code == 400
    assert "not valid any more" in response.text
    assert await count(env, ConnectAttempt) == 0


async def test_a_gmail_user_connects_google_only(env: LiveEnv) -> None:
    response = await env.client.post("/v1/connect/microsoft", headers=env.google_auth())
    assert response.status_code == 400
    assert "from the Outlook add-in" in response.json()["detail"]


async def test_no_link_no_connect_in_production(env: LiveEnv) -> None:
    response = await env.client.get("/connect/google")
    assert response.status_code == 400
    assert "Open this page from RightNote" in response.text
    # And a raw user id in the query is not a link.
    response = await env.client.get("/connect/google", params={"t": "00000000-0000-4000-8000"})
    assert response.status_code == 400
    assert await count(env, ConnectAttempt) == 0


async def test_connecting_another_google_account_is_refused_and_revoked(env: LiveEnv) -> None:
    # Alice's link, opened by (or forwarded to) someone who signs in as another account.
    started = await env.open(await env.connect_link("google", env.google_auth()))
    answer = env.google_oauth.authorize(
        started.headers["location"], sub="999999999999999999999", email="mallory@example.com"
    )

    refused = await env.callback("google", answer)

    assert refused.status_code == 400
    assert "different account" in refused.text
    assert await count(env, Connection) == 0
    # The grant Google made for the wrong account was handed back at once.
    assert len(env.google_oauth.revoked) == 1


async def test_the_pkce_verifier_is_enforced_by_google(env: LiveEnv) -> None:
    started = await env.open(await env.connect_link("google", env.google_auth()))
    answer = env.google_oauth.authorize(started.headers["location"])
    # Break the stored verifier: Google (the fake) must refuse the code.
    async with env.database.sessions() as session, session.begin():
        attempt = await session.scalar(select(ConnectAttempt))
        assert attempt is not None
        attempt.secret_ciphertext = env.cipher.encrypt_json({"verifier": "x" * 64})

    refused = await env.callback("google", answer)

    assert refused.status_code == 400
    assert "invalid_grant" in refused.text
    assert env.google_oauth.code_grants == 0
    assert await count(env, Connection) == 0


async def test_declined_consent_stores_nothing(env: LiveEnv) -> None:
    started = await env.open(await env.connect_link("google", env.google_auth()))
    answer = env.google_oauth.authorize(started.headers["location"], deny=True)

    refused = await env.callback("google", answer)

    assert refused.status_code == 400 and "cancelled or refused" in refused.text
    assert await count(env, Connection) == 0
    assert await count(env, SyncState) == 0


async def test_a_partial_grant_is_refused(env: LiveEnv) -> None:
    started = await env.open(await env.connect_link("google", env.google_auth()))
    answer = env.google_oauth.authorize(
        started.headers["location"],
        grant=["https://www.googleapis.com/auth/userinfo.email", GMAIL_SCOPE],
    )

    refused = await env.callback("google", answer)

    assert refused.status_code == 400
    assert "did not grant everything" in refused.text
    assert await count(env, Connection) == 0
    # The part Google did grant is handed back before the error is shown: no RightNote access
    # lingers in the user's Google account that nothing uses.
    assert env.google_oauth.revoked == env.google_oauth.refresh_tokens()
    assert len(env.google_oauth.revoked) == 1


async def test_reconnecting_reuses_the_row_and_reactivates_it(env: LiveEnv) -> None:
    assert (await env.connect_google()).status_code == 200
    first = await env.connection("google")
    async with env.database.sessions() as session, session.begin():
        row = await session.get(Connection, first.id)
        assert row is not None
        row.status = ConnectionStatus.NEEDS_REAUTH
        row.status_reason = "revoked"

    assert (await env.connect_google()).status_code == 200

    again = await env.connection("google")
    assert again.id == first.id and again.status is ConnectionStatus.ACTIVE
    assert again.status_reason is None and again.token_version == first.token_version + 1
    assert await count(env, Connection) == 1
