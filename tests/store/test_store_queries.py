"""User-scoped queries: get-or-create, plans, stand-down, token compare-and-set, and scoping."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.identity import Identity
from app.playbook.scenarios import Scenario
from app.store import draft_states
from app.store import queries as q
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from app.store.plans import Plan
from app.store.sync import SyncState, channel_secret_matches, hash_channel_secret
from app.store.users import User
from tests.store.conftest import NOW, add_interview, add_user, draft_for

ALICE = Identity(provider="google", subject="111", email="alice@example.com", name="Alice")


async def test_get_or_create_user_is_keyed_on_the_identity(db: Database) -> None:
    async with db.sessions() as session:
        first = await q.get_or_create_user(session, ALICE)
        await session.commit()
    renamed = Identity(provider="google", subject="111", email="alice@new.example", name=None)
    async with db.sessions() as session:
        again = await q.get_or_create_user(session, renamed)
        await session.commit()
    assert again.id == first.id
    assert again.key == "google:-:111"
    assert again.email == "alice@new.example"
    assert again.name == "Alice"  # an identity without a name does not erase it
    async with db.sessions() as session:
        other = await q.get_or_create_user(session, Identity(provider="microsoft", subject="111"))
        await session.commit()
        assert other.id != first.id
        assert len((await session.scalars(select(User))).all()) == 2


async def test_clear_plan_notes_keeps_only_the_choices(session: AsyncSession) -> None:
    user = await add_user(session)
    interview = await add_interview(session, user)
    ann = interview.interviewers[0]
    plan = await q.get_or_create_plan(session, user.id, ann.id)
    assert plan is not None
    plan.scenario_override = Scenario.RECOVERY
    plan.stumble = True
    plan.what_happened = "I misread the caching question"
    plan.restatement = "cache invalidation by version"
    plan.topic = "caching"
    plan.questions = ["What happens if the next round slips?"]
    plan.risk_areas = ["funding"]
    await session.commit()

    assert await draft_states.clear_plan_notes(session, user.id, ann.id, NOW)
    await session.commit()
    session.expunge_all()
    cleared = await q.get_plan(session, user.id, ann.id)
    assert cleared is not None
    assert (cleared.what_happened, cleared.restatement, cleared.topic, cleared.questions) == (
        None,
        None,
        None,
        None,
    )
    assert not cleared.has_notes
    assert cleared.notes_cleared_at == NOW
    assert cleared.scenario_override is Scenario.RECOVERY
    assert cleared.stumble is True
    assert cleared.risk_areas == ["funding"]


async def test_opportunity_keys_fold_case_punctuation_and_legal_form(
    session: AsyncSession,
) -> None:
    user = await add_user(session)
    one = await q.get_or_create_opportunity(session, user.id, "Acme, Inc.", "Senior Engineer")
    two = await q.get_or_create_opportunity(session, user.id, "ACME", "senior  engineer")
    other_role = await q.get_or_create_opportunity(session, user.id, "Acme", None)
    assert one.id == two.id
    assert other_role.id != one.id
    assert (one.company_key, one.position_key) == ("acme", "senior engineer")
    assert other_role.position_key == ""


async def test_stand_down_cancels_open_drafts_of_that_opportunity_only(
    session: AsyncSession,
) -> None:
    user = await add_user(session)
    acme = await q.get_or_create_opportunity(session, user.id, "Acme", "Engineer")
    globex = await q.get_or_create_opportunity(session, user.id, "Globex", "Engineer")
    first = await add_interview(
        session,
        user,
        opportunity_id=acme.id,
        interviewers=("a@acme.test", "b@acme.test", "c@acme.test"),
    )
    elsewhere = await add_interview(session, user, opportunity_id=globex.id)
    a, b, c = first.interviewers
    session.add_all(
        [
            draft_for(first, a),
            draft_for(
                first,
                b,
                state=DraftState.CLAIMED,
                claimed_by="w1",
                lease_until=NOW + timedelta(minutes=5),
            ),
            draft_for(first, c, state=DraftState.DELIVERED, provider_draft_id="r-1"),
            draft_for(elsewhere, elsewhere.interviewers[0]),
        ]
    )
    await session.commit()

    cancelled = await q.stand_down(session, user.id, acme.id, NOW, reason="accepted an offer")
    await session.commit()
    assert cancelled == 2
    session.expunge_all()
    states = {
        (r.interview_id, r.recipient_key): r.state
        for r in (await session.scalars(select(DraftRecord))).all()
    }
    assert states == {
        (first.id, "a@acme.test"): DraftState.CANCELLED,
        (first.id, "b@acme.test"): DraftState.CANCELLED,
        (first.id, "c@acme.test"): DraftState.DELIVERED,
        (elsewhere.id, "ann@acme.test"): DraftState.PENDING,
    }
    refreshed = await q.find_opportunity(session, user.id, "Acme", "Engineer")
    assert refreshed is not None and refreshed.stood_down
    assert refreshed.stand_down_reason == "accepted an offer"


async def test_token_writes_compare_and_set(session: AsyncSession) -> None:
    user = await add_user(session)
    connection = Connection(user_id=user.id, provider="google", account_subject="111")
    session.add(connection)
    await session.commit()
    assert connection.token_version == 0

    # Two refreshes read version 0; the first write wins, the second must reread.
    assert await q.swap_token_set(
        session, user.id, connection.id, expected_version=0, ciphertext="first", expires_at=NOW
    )
    assert not await q.swap_token_set(
        session, user.id, connection.id, expected_version=0, ciphertext="second", expires_at=NOW
    )
    await session.commit()
    stored = await q.get_connection(session, user.id, connection.id)
    assert stored is not None
    assert (stored.token_ciphertext, stored.token_version) == ("first", 1)
    # What a refresher reads: the sealed set and the version its swap must name.
    assert await q.active_token_set(session, user.id, connection.id) == q.SealedTokens(1, "first")

    assert await q.set_connection_status(
        session, user.id, connection.id, ConnectionStatus.NEEDS_REAUTH, "invalid_grant"
    )
    await session.commit()
    assert stored.status is ConnectionStatus.NEEDS_REAUTH
    # A grant that needs the user again is never used, though its tokens are still stored.
    assert await q.active_token_set(session, user.id, connection.id) is None


def test_channel_secrets_are_verified_by_hash() -> None:
    stored = hash_channel_secret("s3cret-token")
    assert stored != "s3cret-token"
    assert channel_secret_matches(stored, "s3cret-token")
    assert not channel_secret_matches(stored, "s3cret-tokem")
    assert not channel_secret_matches(None, "s3cret-token")
    assert not channel_secret_matches(stored, None)


async def test_no_helper_returns_another_users_rows(session: AsyncSession) -> None:
    alice = await add_user(session, "google:-:alice")
    mallory = await add_user(session, "google:-:mallory")
    interview = await add_interview(session, alice, external_id="google:evt1")
    ann = interview.interviewers[0]
    plan = Plan(interviewer_id=ann.id, user_id=alice.id, topic="caching")
    record = draft_for(interview, ann)
    opportunity = await q.get_or_create_opportunity(session, alice.id, "Acme", "Engineer")
    connection = Connection(user_id=alice.id, provider="google", account_subject="alice")
    session.add_all([plan, record, connection])
    await session.flush()
    session.add(SyncState(user_id=alice.id, connection_id=connection.id, resource="primary"))
    await session.commit()

    m = mallory.id
    assert await q.get_interview(session, m, interview.id) is None
    assert await q.find_interview(session, m, "google", "google:evt1") is None
    assert await q.list_interviews(session, m) == []
    assert await q.list_interviewers(session, m, interview.id) == []
    assert await q.get_interviewer(session, m, ann.id) is None
    assert await q.get_plan(session, m, ann.id) is None
    assert await q.get_or_create_plan(session, m, ann.id) is None
    assert await q.get_draft_record(session, m, record.id) is None
    assert await q.list_draft_records(session, m, interview_id=interview.id) == []
    assert await q.find_opportunity(session, m, "Acme", "Engineer") is None
    assert await q.get_connection(session, m, connection.id) is None
    assert await q.list_connections(session, m) == []
    assert await q.get_sync_state(session, m, connection.id, "primary") is None
    # Writes scoped the same way touch nothing.
    assert not await draft_states.clear_plan_notes(session, m, ann.id, NOW)
    assert await q.stand_down(session, m, opportunity.id, NOW) is None
    assert (
        await q.cancel_open_drafts(session, m, now=NOW, reason="x", interview_id=interview.id) == 0
    )
    assert await q.active_token_set(session, m, connection.id) is None
    assert not await q.swap_token_set(
        session, m, connection.id, expected_version=0, ciphertext="stolen", expires_at=None
    )
    assert not await q.set_connection_status(
        session, m, connection.id, ConnectionStatus.DISCONNECTED
    )
    await session.commit()

    # And the owner still sees everything, untouched.
    a = alice.id
    assert [i.id for i in await q.list_interviews(session, a)] == [interview.id]
    assert [i.id for i in await q.list_interviewers(session, a, interview.id)] == [ann.id]
    kept = await q.get_plan(session, a, ann.id)
    assert kept is not None and kept.topic == "caching"
    assert [r.id for r in await q.list_draft_records(session, a)] == [record.id]
    assert (await q.get_draft_record(session, a, record.id)).state is DraftState.PENDING  # type: ignore[union-attr]
    found = await q.find_opportunity(session, a, "Acme", "Engineer")
    assert found is not None and not found.stood_down
    owned = await q.get_connection(session, a, connection.id)
    assert owned is not None
    assert owned.status is ConnectionStatus.ACTIVE and owned.token_ciphertext is None
    assert await q.get_sync_state(session, a, connection.id, "primary") is not None
    assert await q.get_interview(session, a, uuid.uuid4()) is None
