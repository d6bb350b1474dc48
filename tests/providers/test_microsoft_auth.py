"""Graph tokens through real msal (on-behalf-of, encrypted cache, offline silent refresh)
against the fake identity platform, and the Graph calls they make against the fake Graph."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.errors import ProviderError, ProviderUnavailable, ReauthRequired
from app.providers.base import OutgoingDraft
from app.providers.microsoft import MicrosoftMailboxFactory, connection_for
from app.providers.microsoft_auth import TokenSet, token_or_raise
from app.providers.microsoft_graph import GraphCalendar
from app.providers.registry import build_mailbox_registry
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.migrations import run_migrations
from app.store.queries import set_connection_status
from app.store.users import User
from tests.fakes.graph import graph_event
from tests.fakes.microsoft_identity import ALICE, GUEST, MALLORY, TENANT_ID, FakeUser
from tests.providers.microsoft_env import MicrosoftEnv, identity_of, make_env, user_row

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[MicrosoftEnv]:
    built = make_env(tmp_path)
    try:
        yield built
    finally:
        await built.http.aclose()
        built.msal_http.close()


@pytest.fixture
async def db(sqlite_url: str) -> AsyncIterator[Database]:
    await run_migrations(sqlite_url)
    database = Database(sqlite_url)
    try:
        yield database
    finally:
        await database.dispose()


def grants(env: MicrosoftEnv) -> list[str]:
    return [form.get("grant_type", "") for form in env.identity.token_requests]


async def stored_connection(db: Database) -> Connection:
    async with db.sessions() as session:
        [row] = (await session.scalars(select(Connection))).all()
        return row


async def sign_in(env: MicrosoftEnv, db: Database, user: FakeUser = ALICE) -> None:
    """What the task pane's first request does: OBO with the pane's token, cache stored."""
    async with db.sessions() as session, session.begin():
        row = await user_row(session, user)
        client = await env.provider().for_request(
            session, row, identity_of(user), env.identity.access_token(user)
        )
        await GraphCalendar(client).raw_events(NOW, NOW + timedelta(days=1))


async def test_on_behalf_of_stores_an_encrypted_cache(env: MicrosoftEnv, db: Database) -> None:
    await sign_in(env, db)

    assert grants(env) == [JWT_BEARER]
    obo = env.identity.token_requests[0]
    assert obo["requested_token_use"] == "on_behalf_of"
    assert set(obo["scope"].split()) >= {
        "https://graph.microsoft.com/Calendars.Read",
        "https://graph.microsoft.com/Mail.ReadWrite",
        "offline_access",
    }
    row = await stored_connection(db)
    assert (row.provider, row.account_subject, row.account_email) == (
        "microsoft",
        ALICE.oid,
        ALICE.username,
    )
    assert row.status is ConnectionStatus.ACTIVE
    assert row.token_version == 1
    assert row.token_expires_at is not None and row.token_expires_at > NOW
    assert row.token_ciphertext is not None
    assert "refresh" not in row.token_ciphertext.lower()
    token_set = TokenSet.from_json(env.cipher.decrypt_json(row.token_ciphertext))
    assert token_set.tenant == TENANT_ID
    assert token_set.home_account_id == f"{ALICE.oid}.{TENANT_ID}"
    assert "RefreshToken" in token_set.cache


async def test_second_request_uses_the_cache_not_another_obo(
    env: MicrosoftEnv, db: Database
) -> None:
    await sign_in(env, db)
    await sign_in(env, db)  # a fresh provider: nothing in memory, the stored cache serves

    assert grants(env) == [JWT_BEARER]
    assert (await stored_connection(db)).token_version == 1


async def test_worker_acts_offline_from_the_stored_cache(env: MicrosoftEnv, db: Database) -> None:
    env.graph.add_event(
        ALICE,
        graph_event(
            "Interview: Northwind",
            NOW + timedelta(hours=2),
            45,
            organizer=("Dana Whitfield", "dana@northwind.example"),
            attendees=[("Alice Candidate", ALICE.username)],
        ),
    )
    await sign_in(env, db)

    connection = await stored_connection(db)
    provider = env.provider()
    calendar = await provider.calendar_for_connection(connection, db.sessions)
    mailbox = await provider.mailbox_for_connection(connection, db.sessions)
    events = await calendar.list_events(NOW, NOW + timedelta(days=1), timezone="UTC")
    created = await mailbox.create_draft(
        OutgoingDraft(
            subject="Thank you",
            text="Thanks",
            html="<p>Thanks</p>",
            idempotency_key="offline-1",
        )
    )

    assert [e.title for e in events] == ["Interview: Northwind"]
    assert [d.id for d in env.graph.drafts_of(ALICE)] == [created.draft_id]
    # The access token in the cache was still good: no token request at all.
    assert grants(env) == [JWT_BEARER]


async def test_expired_access_token_is_refreshed_and_saved_back(
    env: MicrosoftEnv, db: Database
) -> None:
    env.identity.token_lifetime = 120  # within msal's 5-minute refresh margin
    await sign_in(env, db)
    before = await stored_connection(db)

    await env.provider().for_connection(before, db.sessions)

    after = await stored_connection(db)
    assert grants(env) == [JWT_BEARER, "refresh_token"]
    assert after.token_version == before.token_version + 1
    assert after.token_ciphertext != before.token_ciphertext


async def test_revoked_grant_means_reauth(env: MicrosoftEnv, db: Database) -> None:
    env.identity.token_lifetime = 120
    await sign_in(env, db)
    env.identity.revoke_refresh_tokens(ALICE)

    with pytest.raises(ReauthRequired, match="AADSTS50173"):
        await env.provider().for_connection(await stored_connection(db), db.sessions)


async def test_parallel_refreshes_do_not_clobber_each_other(
    env: MicrosoftEnv, db: Database
) -> None:
    env.identity.token_lifetime = 120
    await sign_in(env, db)
    connection = await stored_connection(db)
    workers = [env.provider(), env.provider()]
    both_read = asyncio.Barrier(2)
    for worker in workers:
        refresh = worker.auth.silent

        async def gated(
            token_set: TokenSet, cache: Any, refresh: Any = refresh, **options: Any
        ) -> Any:
            # Both workers have read token version 1 before either refreshes and writes.
            await both_read.wait()
            return await refresh(token_set, cache, **options)

        worker.auth.silent = gated  # type: ignore[method-assign]

    await asyncio.gather(*(w.for_connection(connection, db.sessions) for w in workers))

    row = await stored_connection(db)
    assert row.token_version == 2
    assert grants(env) == [JWT_BEARER, "refresh_token", "refresh_token"]
    stored = TokenSet.from_json(env.cipher.decrypt_json(row.token_ciphertext or ""))
    assert stored.home_account_id == f"{ALICE.oid}.{TENANT_ID}"


async def test_missing_consent_is_reauth(env: MicrosoftEnv, db: Database) -> None:
    env.identity.fail_next_token_request(
        "invalid_grant",
        code=65001,
        suberror="consent_required",
        description="The user or administrator has not consented to use the application.",
    )
    with pytest.raises(ReauthRequired, match="AADSTS65001"):
        await sign_in(env, db)


async def test_a_stale_stored_grant_falls_back_to_on_behalf_of(
    env: MicrosoftEnv, db: Database
) -> None:
    env.identity.token_lifetime = 120
    await sign_in(env, db)
    env.identity.revoke_refresh_tokens(ALICE)

    await sign_in(env, db)  # silent fails, the pane's own token still works

    assert grants(env) == [JWT_BEARER, "refresh_token", JWT_BEARER]
    assert (await stored_connection(db)).token_version == 2


async def test_sign_in_reactivates_a_connection_that_needed_reauth(
    env: MicrosoftEnv, db: Database
) -> None:
    await sign_in(env, db)
    row = await stored_connection(db)
    async with db.sessions() as session, session.begin():
        await set_connection_status(
            session, row.user_id, row.id, ConnectionStatus.NEEDS_REAUTH, "revoked"
        )
        await session.execute(
            Connection.__table__.update().values(token_ciphertext=None)  # type: ignore[attr-defined]
        )

    await sign_in(env, db)

    assert (await stored_connection(db)).status is ConnectionStatus.ACTIVE


async def test_a_disconnected_user_gets_graph_but_nothing_is_stored(
    env: MicrosoftEnv, db: Database
) -> None:
    async with db.sessions() as session, session.begin():
        user = await user_row(session, ALICE)
        connection = await connection_for(session, user, identity_of(ALICE))
        connection.status = ConnectionStatus.DISCONNECTED

    await sign_in(env, db)

    row = await stored_connection(db)
    assert row.token_ciphertext is None and row.status is ConnectionStatus.DISCONNECTED
    with pytest.raises(ReauthRequired):
        await env.provider().for_connection(row, db.sessions)


async def test_each_user_gets_their_own_connection_and_mailbox(
    env: MicrosoftEnv, db: Database
) -> None:
    await sign_in(env, db, ALICE)
    await sign_in(env, db, MALLORY)

    async with db.sessions() as session:
        rows = (await session.scalars(select(Connection).order_by(Connection.created_at))).all()
        users = {u.id: u for u in (await session.scalars(select(User))).all()}
    assert [r.account_subject for r in rows] == [ALICE.oid, MALLORY.oid]
    # Through the worker's registry hook, as the auto-draft worker resolves mailboxes.
    factory = MicrosoftMailboxFactory(env.provider(), db)
    mailbox = await factory(rows[1], users[rows[1].user_id])
    await mailbox.create_draft(
        OutgoingDraft(subject="s", text="t", html="<p>t</p>", idempotency_key="m-1")
    )
    with pytest.raises(ValueError, match="own connection"):
        await factory(rows[1], users[rows[0].user_id])
    assert env.graph.drafts_of(ALICE) == []
    assert len(env.graph.drafts_of(MALLORY)) == 1


async def test_unreachable_identity_platform_is_unavailable(
    env: MicrosoftEnv, db: Database
) -> None:
    from tests.fakes.transport import FakeHosts

    offline = FakeHosts({}).sync_client()
    env.msal_http = offline
    try:
        with pytest.raises(ProviderUnavailable):
            await sign_in(env, db)
    finally:
        offline.close()


def test_msal_errors_are_typed() -> None:
    with pytest.raises(ReauthRequired):
        token_or_raise({"error": "interaction_required"}, operation="t")
    with pytest.raises(ReauthRequired):
        token_or_raise({"error": "invalid_request", "error_codes": [700082]}, operation="t")
    with pytest.raises(ProviderUnavailable):
        token_or_raise({"error": "temporarily_unavailable"}, operation="t")
    with pytest.raises(ProviderError) as caught:
        token_or_raise({"error": "invalid_client", "error_codes": [7000215]}, operation="t")
    assert type(caught.value) is ProviderError
    with pytest.raises(ReauthRequired):
        token_or_raise(None, operation="t")


def test_the_worker_registry_delivers_microsoft_drafts_when_configured(tmp_path: Path) -> None:
    from app.settings import Settings
    from tests.providers.microsoft_env import microsoft_settings

    http = httpx.AsyncClient()
    try:
        assert (
            "microsoft" in build_mailbox_registry(microsoft_settings(tmp_path), http=http).providers
        )
        assert (
            "microsoft"
            not in build_mailbox_registry(Settings(data_dir=tmp_path), http=http).providers
        )
    finally:
        asyncio.run(http.aclose())


# --- one 401 from Graph is not a revoked grant ----------------------------------------------


async def test_one_graph_401_refreshes_and_retries_once(env: MicrosoftEnv, db: Database) -> None:
    """A token revoked early (continuous access evaluation) or stale in a cache: drop it, make
    msal redeem the refresh token, send again. Auto-drafts carry on."""
    await sign_in(env, db)
    connection = await stored_connection(db)
    mailbox = await env.provider().mailbox_for_connection(connection, db.sessions)
    env.graph.fail_next(401, method="POST", path="/me/messages")

    created = await mailbox.create_draft(
        OutgoingDraft(subject="Thanks", text="Thanks", html="<p>Thanks</p>", idempotency_key="k-1")
    )

    assert [d.id for d in env.graph.drafts_of(ALICE)] == [created.draft_id]
    assert grants(env) == [JWT_BEARER, "refresh_token"]  # forced, though the token was fresh
    after = await stored_connection(db)
    assert after.token_version == connection.token_version + 1  # the new cache is kept
    assert after.status is ConnectionStatus.ACTIVE


async def test_a_second_401_after_the_refresh_is_reauth(env: MicrosoftEnv, db: Database) -> None:
    await sign_in(env, db)
    connection = await stored_connection(db)
    mailbox = await env.provider().mailbox_for_connection(connection, db.sessions)
    env.graph.fail_next(401, path="/me/messages", times=2)

    with pytest.raises(ReauthRequired):
        await mailbox.find_draft("k-2")
    assert grants(env) == [JWT_BEARER, "refresh_token"]  # one refresh, not a loop


async def test_a_401_whose_refresh_is_refused_is_reauth(env: MicrosoftEnv, db: Database) -> None:
    await sign_in(env, db)
    connection = await stored_connection(db)
    mailbox = await env.provider().mailbox_for_connection(connection, db.sessions)
    env.graph.fail_next(401, path="/me/messages")
    env.identity.revoke_refresh_tokens(ALICE)

    with pytest.raises(ReauthRequired):
        await mailbox.find_draft("k-3")


async def test_the_pane_request_gets_a_new_obo_token_after_a_401(
    env: MicrosoftEnv, db: Database
) -> None:
    env.graph.fail_next(401, path="/me/calendarView")
    await sign_in(env, db)  # the first Graph call is refused once, then answered
    assert grants(env) == [JWT_BEARER, JWT_BEARER]


async def test_a_guest_users_grant_works_offline(env: MicrosoftEnv, db: Database) -> None:
    """A B2B guest: msal keys the account on the home tenant's user (client_info), not on the
    oid/tid of the token. The stored key must be msal's, or the worker finds no account."""
    await sign_in(env, db, GUEST)
    row = await stored_connection(db)
    token_set = TokenSet.from_json(env.cipher.decrypt_json(row.token_ciphertext or ""))
    assert token_set.home_account_id == f"{GUEST.home_oid}.{GUEST.home_tid}"
    assert token_set.tenant == TENANT_ID  # tokens still come from the inviting tenant

    mailbox = await env.provider().mailbox_for_connection(row, db.sessions)
    await mailbox.find_draft("guest-1")
    assert grants(env) == [JWT_BEARER]  # the stored cache served: no new sign-in needed
    await sign_in(env, db, GUEST)  # and the pane's next request reuses it too
    assert grants(env) == [JWT_BEARER]
