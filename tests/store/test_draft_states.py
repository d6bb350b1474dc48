"""The draft record's state machine (app.store.draft_states): every move, allowed or refused, on
SQLite and PostgreSQL; the guard that makes a stale move a no-op; and that no other module
writes a draft record's state."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.store import draft_states
from app.store.db import Database
from app.store.draft_states import IllegalMove
from app.store.drafts import DraftRecord, DraftState
from tests.store.conftest import NOW, add_interview, add_user, draft_for

P, C, D, X, F = (
    DraftState.PENDING,
    DraftState.CLAIMED,
    DraftState.DELIVERED,
    DraftState.CANCELLED,
    DraftState.FAILED,
)

# The rules, written out independently of the module's table: what may follow what.
MAY_FOLLOW: dict[DraftState, set[DraftState]] = {
    P: {P, C, X},  # reschedule, claim (now or when due), cancel
    C: {C, P, D, F, X},  # lease taken over / due time moved, release or retry, the finishes
    X: {P},  # reopened when planned again
    D: set(),  # final
    F: set(),  # final
}


def _fields(state: DraftState) -> dict[str, Any]:
    """What a record in `state` carries (the claim_lease check needs the claim)."""
    if state is C:
        return {"claimed_by": "w1", "lease_until": NOW + timedelta(minutes=5)}
    if state in (D, X, F):
        return {"finished_at": NOW, "reason": "before"}
    return {}


async def test_every_move_is_allowed_or_refused_by_the_table(db: Database) -> None:
    pairs = [(a, b) for a in DraftState for b in DraftState]
    async with db.sessions() as session:
        user = await add_user(session)
        people = tuple(f"p{i}@acme.test" for i in range(len(pairs)))
        interview = await add_interview(session, user, interviewers=people)
        records = {
            pair: draft_for(interview, person, state=pair[0], **_fields(pair[0]))
            for pair, person in zip(pairs, interview.interviewers, strict=True)
        }
        session.add_all(records.values())
        await session.commit()

        observed: dict[tuple[DraftState, DraftState], str] = {}
        for (before, after), record in records.items():
            try:
                moved = await draft_states.move(
                    session,
                    DraftRecord.id == record.id,
                    from_states=(before,),
                    to=after,
                    values={**_fields(after), "last_error": f"{before}->{after}"},
                )
            except IllegalMove as exc:
                assert (exc.from_state, exc.to_state) == (before, after)
                assert f"from {before} to {after}" in str(exc)
                observed[(before, after)] = "refused"
            else:
                assert moved == [record.id]
                observed[(before, after)] = "moved"
        await session.commit()
        session.expunge_all()
        rows = {
            row.id: row
            for row in await session.scalars(
                select(DraftRecord).where(DraftRecord.interview_id == interview.id)
            )
        }

    expected = {
        (a, b): "moved" if b in MAY_FOLLOW[a] else "refused" for a in DraftState for b in DraftState
    }
    assert observed == expected
    for (before, after), record in records.items():
        row = rows[record.id]
        if observed[(before, after)] == "refused":
            # Refused before any SQL ran: the row is exactly as it was.
            assert (row.state, row.last_error) == (before, None)
            continue
        assert (row.state, row.last_error) == (after, f"{before}->{after}")
        # Only a claimed record holds a claim.
        assert (row.claimed_by is not None) == (after is C)
        assert (row.lease_until is not None) == (after is C)


async def test_a_move_from_a_state_the_record_left_is_a_no_op(db: Database) -> None:
    async with db.sessions() as session:
        user = await add_user(session)
        interview = await add_interview(session, user, interviewers=("a@acme.test",))
        record = draft_for(interview, interview.interviewers[0], state=C, **_fields(C))
        session.add(record)
        await session.commit()

        # The caller saw it pending, a worker claimed it since: nothing changes, no error.
        assert not await draft_states.reschedule(
            session, record.id, due_at=NOW + timedelta(hours=1), scenario=None
        )
        assert not await draft_states.reopen(session, record.id, due_at=NOW, scenario=None)
        # Another worker's claim: the holder guard refuses this worker's finishes.
        assert not await draft_states.mark_failed(
            session, record.id, worker_id="w2", reason="x", now=NOW
        )
        assert not await draft_states.release(
            session, record.id, worker_id="w2", next_attempt_at=NOW
        )
        assert await draft_states.mark_failed(
            session, record.id, worker_id="w1", reason="poison", now=NOW
        )
        await session.commit()
        # Final: cancelling an open record finds none, the failure stays.
        assert (
            await draft_states.cancel_open(
                session, DraftRecord.id == record.id, reason="late", now=NOW
            )
            == 0
        )
        await session.commit()
        session.expunge_all()
        row = await session.get(DraftRecord, record.id)
        assert row is not None
        assert (row.state, row.reason, row.claimed_by) == (F, "poison", None)


async def test_a_move_updates_the_records_the_session_holds(db: Database) -> None:
    async with db.sessions() as session:
        user = await add_user(session)
        interview = await add_interview(session, user, interviewers=("a@acme.test",))
        record = draft_for(interview, interview.interviewers[0])
        session.add(record)
        await session.commit()
        session.expunge_all()
        # Loaded the way a replan loads an interview's records.
        held = await session.scalar(select(DraftRecord).where(DraftRecord.id == record.id))
        assert held is not None and held.state is P

        assert await draft_states.cancel_open(
            session, DraftRecord.id == record.id, reason="stood down", now=NOW
        )
        # No refresh: the loaded object already says so (a replan reads it right after).
        assert (held.state, held.reason) == (X, "stood down")


def test_no_other_module_writes_a_draft_records_state() -> None:
    root = Path(__file__).resolve().parents[2] / "app"
    owner = root / "store" / "draft_states.py"
    writes = re.compile(
        r"update\(\s*DraftRecord\b|insert\w*\([^)]*\bDraftRecord\b|\.state\s*=\s*DraftState\."
        r"|\bstate\s*=\s*DraftState\.|[\"']state[\"']\s*:\s*DraftState\."
    )
    offenders = [
        f"{path.relative_to(root.parent)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in sorted(root.rglob("*.py"))
        if path != owner
        for text in [path.read_text(encoding="utf-8")]
        for m in writes.finditer(text)
    ]
    assert offenders == []


async def test_the_table_names_every_state_and_a_move_must_name_its_start() -> None:
    assert set(draft_states.ALLOWED) == set(DraftState)
    # No unguarded write: a move without the state(s) it expects is refused before any SQL.
    with pytest.raises(ValueError, match="starts from"):
        await draft_states.move(cast(AsyncSession, None), from_states=(), to=P)
