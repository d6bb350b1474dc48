"""Token refresh ahead of expiry, refresh races, and revoked grants (needs_reauth)."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.autodraft.sync_common import IncrementalSync
from app.providers.google_auth import GoogleTokenClient, GoogleTokens, GoogleTokenSet
from app.providers.graph_calendar_changes import GraphCalendars
from app.providers.microsoft import build_microsoft
from app.providers.microsoft_auth import TokenSet
from app.store.connections import Connection, ConnectionStatus
from app.store.drafts import DraftRecord, DraftState
from tests.fakes.microsoft_identity import ALICE
from tests.support.live import LiveEnv, google_interview, graph_interview, now


async def expire_google_token(env: LiveEnv) -> Connection:
    connection = await env.connection("google")
    assert connection.token_ciphertext
    current = GoogleTokenSet.from_json(env.cipher.decrypt_json(connection.token_ciphertext))
    stale = GoogleTokenSet(
        current.access_token, current.refresh_token, now() + timedelta(minutes=5), current.scopes
    )  # inside the margin
    async with env.database.sessions() as session, session.begin():
        await session.execute(
            update(Connection)
            .where(Connection.id == connection.id)
            .values(
                token_ciphertext=env.cipher.encrypt_json(stale.to_json()),
                token_expires_at=stale.expires_at,
            )
        )
    return await env.connection("google")


def tokens_of(env: LiveEnv) -> GoogleTokens:
    """What another process would have: its own GoogleTokens (no shared lock)."""
    return GoogleTokens(GoogleTokenClient(env.settings), env.cipher, env.database.sessions)


async def test_a_token_is_refreshed_ten_minutes_before_it_expires(env: LiveEnv) -> None:
    assert (await env.connect_google()).status_code == 200
    fresh = tokens_of(env)
    connection = await env.connection("google")
    user_id = connection.user_id

    # 59 minutes left: used as is.
    await fresh.token_set(user_id, connection.id)
    assert env.google_oauth.refresh_grants == 0

    connection = await expire_google_token(env)
    got = await fresh.token_set(user_id, connection.id)

    assert env.google_oauth.refresh_grants == 1
    assert got.expires_at > now() + timedelta(minutes=50)
    stored = await env.connection("google")
    assert stored.token_version == connection.token_version + 1
    assert stored.token_expires_at == got.expires_at


async def test_parallel_refreshes_in_one_process_make_one_grant(env: LiveEnv) -> None:
    assert (await env.connect_google()).status_code == 200
    connection = await expire_google_token(env)
    env.google_oauth.refresh_delay = 0.2
    tokens = tokens_of(env)

    results = await asyncio.gather(
        *(tokens.token_set(connection.user_id, connection.id) for _ in range(5))
    )

    assert env.google_oauth.refresh_grants == 1
    assert len({r.access_token for r in results}) == 1
    assert (await env.connection("google")).token_version == connection.token_version + 1


async def test_a_refresh_race_between_processes_loses_no_token(env: LiveEnv) -> None:
    assert (await env.connect_google()).status_code == 200
    connection = await expire_google_token(env)
    env.google_oauth.refresh_delay = 0.2
    one, two = tokens_of(env), tokens_of(env)  # two workers, no shared lock

    first, second = await asyncio.gather(
        one.token_set(connection.user_id, connection.id),
        two.token_set(connection.user_id, connection.id),
    )

    # Both went to Google; exactly one write won; the loser uses the winner's token.
    assert env.google_oauth.refresh_grants == 2
    stored = await env.connection("google")
    assert stored.token_version == connection.token_version + 1
    assert stored.token_ciphertext
    kept = GoogleTokenSet.from_json(env.cipher.decrypt_json(stored.token_ciphertext))
    assert first.access_token == second.access_token == kept.access_token
    assert kept.access_token in env.google.tokens  # Google still accepts it
    assert kept.refresh_token in env.google_oauth.refresh_tokens()


async def test_a_revoked_google_grant_pauses_everything_and_says_so(env: LiveEnv) -> None:
    start = now() - timedelta(hours=2)
    env.google.add_event(google_interview("iv1", start, start + timedelta(hours=1)))
    assert (await env.connect_google()).status_code == 200
    await env.settle()
    assert len(await pending(env)) == 2
    # The user removes RightNote at Google; the access token then runs out.
    env.google_oauth.revoke_grants()
    await expire_google_token(env)
    await request_sync(env)

    [outcome] = await env.sync.run_once()

    assert outcome.reauth
    connection = await env.connection("google")
    assert connection.status is ConnectionStatus.NEEDS_REAUTH
    assert connection.status_reason and "connect again" in connection.status_reason
    # Nothing is delivered, nothing is failed: the drafts wait for the reconnect.
    assert await env.worker().drain() == []
    assert env.google.drafts == {}
    assert len(await pending(env)) == 2
    listed = (await env.client.get("/v1/connections", headers=env.google_auth())).json()
    [view] = listed["connections"]
    assert view["status"] == "needs_reauth" and view["auto_drafts"] is False
    # The calendar is not synced either until then.
    assert await env.sync.run_once() == []

    # Reconnecting resumes both: the waiting drafts go out.
    assert (await env.connect_google()).status_code == 200
    await env.settle()
    results = await env.worker().drain()
    assert len(results) == 2 and len(env.google.drafts) == 2


async def test_a_revoked_microsoft_grant_turns_needs_reauth(env: LiveEnv) -> None:
    start = now() + timedelta(hours=2)
    env.graph.add_event(ALICE, graph_interview("AAMk1", start, start + timedelta(hours=1)))
    assert (await env.connect_microsoft()).status_code == 200
    await env.settle()
    env.ms_identity.revoke_refresh_tokens(ALICE)
    await drop_graph_access_tokens(env)
    await request_sync(env)
    fresh = build_microsoft(
        env.settings, env.http, msal_http_client=env.msal_http, cipher=env.cipher
    )
    assert fresh is not None
    sync = env.sync.syncs["microsoft"]
    assert isinstance(sync, IncrementalSync) and isinstance(sync.calendars, GraphCalendars)
    sync.calendars.graph = fresh

    [outcome] = await env.sync.run_once()

    assert outcome.reauth
    connection = await env.connection("microsoft")
    assert connection.status is ConnectionStatus.NEEDS_REAUTH
    assert "AADSTS50173" in (connection.status_reason or "")
    listed = (await env.client.get("/v1/connections", headers=env.ms_auth())).json()
    assert [c["status"] for c in listed["connections"]] == ["needs_reauth"]


async def test_a_microsoft_refresh_race_keeps_one_consistent_cache(env: LiveEnv) -> None:
    assert (await env.connect_microsoft()).status_code == 200
    await drop_graph_access_tokens(env)
    connection = await env.connection("microsoft")
    providers = [
        build_microsoft(env.settings, env.http, msal_http_client=env.msal_http, cipher=env.cipher)
        for _ in range(2)
    ]

    clients = await asyncio.gather(
        *(p.for_connection(connection, env.database.sessions) for p in providers if p)
    )

    stored = await env.connection("microsoft")
    assert stored.token_version == connection.token_version + 1  # one write won
    for client in clients:  # both work against Graph
        page = await client.json("GET", client.url("/me/messages"), operation="list")
        assert page["value"] == []
    assert stored.token_ciphertext
    TokenSet.from_json(env.cipher.decrypt_json(stored.token_ciphertext))


async def test_a_worker_refresh_after_a_disconnect_stores_nothing_and_stops(env: LiveEnv) -> None:
    """A job holding a Graph client when the user disconnects: Graph then refuses the token, the
    refresh loses to the disconnect, and the worker must stop (not use the old grant, not write
    it back into the row, not turn "disconnected" into "needs sign-in")."""
    from app.errors import ReauthRequired
    from app.store.queries import set_connection_status

    assert (await env.connect_microsoft()).status_code == 200
    connection = await env.connection("microsoft")
    provider = build_microsoft(
        env.settings, env.http, msal_http_client=env.msal_http, cipher=env.cipher
    )
    assert provider is not None
    client = await provider.for_connection(connection, env.database.sessions)
    gone = await env.client.delete(f"/v1/connections/{connection.id}", headers=env.ms_auth())
    assert gone.status_code == 200, gone.text

    for _ in range(2):  # a second try would find the version the disconnect left
        env.graph.fail_next(401, method="GET", path="/me/messages")
        with pytest.raises(ReauthRequired):
            await client.json("GET", client.url("/me/messages"), operation="list")

    async with env.database.sessions() as session, session.begin():
        await set_connection_status(
            session, connection.user_id, connection.id, ConnectionStatus.NEEDS_REAUTH, "x"
        )
    stored = await env.connection("microsoft")
    assert stored.status is ConnectionStatus.DISCONNECTED
    assert stored.token_ciphertext is None


# --- helpers ---------------------------------------------------------------------------------


async def pending(env: LiveEnv) -> list[DraftRecord]:
    async with env.database.sessions() as session:
        return list(
            (
                await session.scalars(
                    select(DraftRecord).where(DraftRecord.state == DraftState.PENDING)
                )
            ).all()
        )


async def request_sync(env: LiveEnv) -> None:
    from app.autodraft.sync_state import request_sync as request

    found = []
    for provider in ("google", "microsoft"):
        try:
            found.append(await env.sync_state(provider))
        except AssertionError:
            continue
    async with env.database.sessions() as session, session.begin():
        for state in found:
            await request(session, state.id, now())


async def drop_graph_access_tokens(env: LiveEnv) -> None:
    """Leave only the refresh token in the stored msal cache, so the next use must refresh."""
    connection = await env.connection("microsoft")
    assert connection.token_ciphertext
    token_set = TokenSet.from_json(env.cipher.decrypt_json(connection.token_ciphertext))
    cache = json.loads(token_set.cache)
    cache["AccessToken"] = {}
    stripped = TokenSet(token_set.tenant, token_set.home_account_id, json.dumps(cache))
    async with env.database.sessions() as session, session.begin():
        await session.execute(
            update(Connection)
            .where(Connection.id == connection.id)
            .values(token_ciphertext=env.cipher.encrypt_json(stripped.to_json()))
        )
