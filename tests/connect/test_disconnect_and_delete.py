"""Disconnect (revoke at the provider, stop push, delete tokens) and "delete my data"."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from app.store.connect import ConnectAttempt
from app.store.connections import Connection, ConnectionStatus
from app.store.drafts import DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.models import metadata
from app.store.opportunities import Opportunity
from app.store.sync import SyncState
from app.store.users import User
from tests.fakes.microsoft_identity import ALICE
from tests.support.live import LiveEnv, google_interview, graph_interview, now


async def rows_of(env: LiveEnv, user_id: Any) -> dict[str, int]:
    """How many rows of each table belong to `user_id`."""
    counts = {}
    async with env.database.sessions() as session:
        for table in metadata.sorted_tables:
            column = table.c.get("user_id") if table.name != "users" else table.c.id
            if column is None:
                continue
            found = await session.scalar(
                select(func.count()).select_from(table).where(column == user_id)
            )
            counts[table.name] = int(found or 0)
    return counts


async def both_users(env: LiveEnv) -> tuple[Any, Any]:
    """A Gmail user and an Outlook user, each connected, synced, with pending drafts."""
    start = now() + timedelta(hours=3)
    env.google.add_event(google_interview("iv1", start, start + timedelta(hours=1)))
    env.graph.add_event(ALICE, graph_interview("AAMk1", start, start + timedelta(hours=1)))
    assert (await env.connect_google()).status_code == 200
    assert (await env.connect_microsoft()).status_code == 200
    await env.settle()
    google = await env.connection("google")
    microsoft = await env.connection("microsoft")
    return google.user_id, microsoft.user_id


async def test_disconnecting_google_revokes_stops_and_deletes(env: LiveEnv) -> None:
    google_user, _ = await both_users(env)
    connection = await env.connection("google")
    [channel_id] = list(env.google.channels)

    response = await env.client.delete(
        f"/v1/connections/{connection.id}", headers=env.google_auth()
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["revoked"] is True and body["push_stopped"] is True
    assert "Google has ended RightNote's access" in body["message"]
    assert len(env.google_oauth.revoked) == 1  # the fake recorded the revocation
    assert channel_id in env.google.stopped_channels and not env.google.channels
    after = await env.connection("google")
    assert after.status is ConnectionStatus.DISCONNECTED
    assert after.token_ciphertext is None and after.token_expires_at is None
    async with env.database.sessions() as session:
        states = (
            await session.scalars(select(SyncState).where(SyncState.connection_id == connection.id))
        ).all()
        records = (
            await session.scalars(select(DraftRecord).where(DraftRecord.user_id == google_user))
        ).all()
    assert states == []
    assert {r.state for r in records} == {DraftState.CANCELLED}
    listed = (await env.client.get("/v1/connections", headers=env.google_auth())).json()
    assert [(c["status"], c["auto_drafts"]) for c in listed["connections"]] == [
        ("disconnected", False)
    ]
    # The Outlook user's connection is untouched.
    assert (await env.connection("microsoft")).status is ConnectionStatus.ACTIVE
    assert len(env.graph.subscriptions) == 1


async def test_disconnecting_microsoft_says_what_it_cannot_revoke(env: LiveEnv) -> None:
    await both_users(env)
    connection = await env.connection("microsoft")

    response = await env.client.delete(f"/v1/connections/{connection.id}", headers=env.ms_auth())

    assert response.status_code == 200
    body = response.json()
    assert body["revoked"] is None and body["push_stopped"] is True
    assert "offers apps no way to withdraw your consent" in body["message"]
    assert env.graph.subscriptions == {}
    after = await env.connection("microsoft")
    assert after.status is ConnectionStatus.DISCONNECTED and after.token_ciphertext is None
    # The pane's on-behalf-of path keeps nothing for a user who disconnected.
    suggest = await env.client.post(
        "/v1/suggest",
        json={"recipients": [{"email": "priya.raman@northwind.example"}]},
        headers=env.ms_auth(),
    )
    assert suggest.status_code == 200
    assert (await env.connection("microsoft")).token_ciphertext is None


async def test_no_one_disconnects_anothers_connection(env: LiveEnv) -> None:
    await both_users(env)
    theirs = await env.connection("microsoft")

    response = await env.client.delete(f"/v1/connections/{theirs.id}", headers=env.google_auth())

    assert response.status_code == 404
    assert (await env.connection("microsoft")).status is ConnectionStatus.ACTIVE
    assert (
        await env.client.delete("/v1/connections/not-a-uuid", headers=env.google_auth())
    ).status_code == 422
    assert (await env.client.delete(f"/v1/connections/{theirs.id}")).status_code == 401


async def test_delete_my_data_removes_every_row_of_the_user_and_nothing_else(
    env: LiveEnv,
) -> None:
    google_user, outlook_user = await both_users(env)
    # An unused connect attempt of the Gmail user, too.
    await env.open(await env.connect_link("google", env.google_auth()))
    before_them = await rows_of(env, outlook_user)
    before_me = await rows_of(env, google_user)
    assert before_me["interviews"] and before_me["draft_records"] and before_me["connections"]
    assert before_me["connect_attempts"] == 2

    response = await env.client.delete("/v1/me", headers=env.google_auth())

    assert response.status_code == 200 and response.json()["deleted"] is True
    assert set((await rows_of(env, google_user)).values()) == {0}
    assert await rows_of(env, outlook_user) == before_them
    assert len(env.google_oauth.revoked) == 1 and not env.google.channels
    async with env.database.sessions() as session:
        assert await session.get(User, google_user) is None
        # Nothing orphaned anywhere (rows whose user is gone).
        for model in (
            Connection,
            SyncState,
            InterviewRecord,
            InterviewerRecord,
            DraftRecord,
            Opportunity,
            ConnectAttempt,
        ):
            orphans = await session.scalar(
                select(func.count()).select_from(model).where(model.user_id.not_in(select(User.id)))
            )
            assert orphans == 0, model.__name__
