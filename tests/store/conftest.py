"""Store fixtures: a migrated database per test on SQLite and on PostgreSQL, and row builders."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.store.db import Database
from app.store.drafts import DraftKind, DraftRecord, idempotency_key
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.migrations import run_migrations
from app.store.models import metadata
from app.store.users import User

NOW = datetime(2025, 3, 10, 15, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """Each test that uses it runs once per database."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url: str = request.getfixturevalue(name)
    return url


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """A database at the migration head with no rows in it."""
    await run_migrations(database_url)
    database = Database(database_url)
    if database.dialect == "postgresql":
        # The PostgreSQL database lives for the session: empty it instead of recreating it.
        tables = ", ".join(table.name for table in metadata.sorted_tables)
        async with database.engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {tables} CASCADE"))
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
async def session(db: Database) -> AsyncIterator[AsyncSession]:
    async with db.sessions() as session:
        yield session


async def add_user(session: AsyncSession, key: str = "google:-:1") -> User:
    user = User(key=key, provider=key.split(":")[0], email=f"{key.rsplit(':')[-1]}@example.com")
    session.add(user)
    await session.flush()
    return user


async def add_interview(
    session: AsyncSession,
    user: User,
    *,
    external_id: str | None = None,
    end: datetime | None = NOW,
    interviewers: tuple[str, ...] = ("ann@acme.test",),
    **fields: object,
) -> InterviewRecord:
    external_id = external_id or f"google:{uuid.uuid4().hex}"
    interview = InterviewRecord(
        user_id=user.id,
        source="google",
        external_id=external_id,
        uid=external_id,
        start=None if end is None else end - timedelta(hours=1),
        end=end,
        company="Acme",
        position="Engineer",
        **fields,
    )
    interview.interviewers = [
        InterviewerRecord(user_id=user.id, person_key=email, email=email) for email in interviewers
    ]
    session.add(interview)
    await session.flush()
    return interview


def draft_for(
    interview: InterviewRecord,
    interviewer: InterviewerRecord | None = None,
    *,
    due_at: datetime = NOW,
    **fields: object,
) -> DraftRecord:
    kind = DraftKind.THANK_YOU if interviewer is not None else DraftKind.ASK_RECRUITER
    recipient = interviewer.person_key if interviewer is not None else ""
    return DraftRecord(
        user_id=interview.user_id,
        interview_id=interview.id,
        interviewer_id=interviewer.id if interviewer is not None else None,
        kind=kind,
        recipient_key=recipient,
        idempotency_key=idempotency_key(
            interview.user_id, interview.source, interview.external_id, kind, recipient
        ),
        due_at=due_at,
        next_attempt_at=due_at,
        **fields,
    )
