"""The add-on's few reads and writes of the user's stored data, all filtered by the user's id.

Standing down goes through the suggestion service's `stand_down_interview` (the one every
surface uses), resuming through the auto-draft service's `resume_opportunity`; the small lookups
the add-on needs besides (which connection is a Gmail mailbox, which stored opportunity a card's
interview belongs to) are written here.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.addons.gmail.cards import MailboxState, MailboxStatus
from app.addons.gmail.state import NoteTarget
from app.autodraft.user_plans import resume_opportunity
from app.store.connections import Connection, ConnectionStatus
from app.store.opportunities import Opportunity
from app.store.queries import (
    find_interview,
    find_opportunity,
    get_opportunity,
)
from app.store.users import User
from app.suggestions.stand_down import StandDown, stand_down_interview

GOOGLE = "google"
GMAIL_COMPOSE_SCOPE = "https://www.googleapis.com/auth/gmail.compose"
STAND_DOWN_REASON = "You stood down from this opportunity."


async def google_mailbox(session: AsyncSession, user_id: uuid.UUID) -> Connection | None:
    """The user's Google connection that may put drafts in Gmail (gmail.compose granted)."""
    rows = (
        await session.scalars(
            select(Connection)
            .where(Connection.user_id == user_id, Connection.provider == GOOGLE)
            .order_by(Connection.updated_at.desc())
        )
    ).all()
    for row in rows:
        if GMAIL_COMPOSE_SCOPE in (row.scopes or []) and row.status is not (
            ConnectionStatus.DISCONNECTED
        ):
            return row
    return None


async def mailbox_status(session: AsyncSession, user_id: uuid.UUID) -> MailboxStatus:
    row = await google_mailbox(session, user_id)
    if row is None:
        return MailboxStatus(MailboxState.NOT_CONNECTED)
    if row.status is ConnectionStatus.NEEDS_REAUTH:
        return MailboxStatus(MailboxState.NEEDS_RECONNECT, row.account_email)
    return MailboxStatus(MailboxState.CONNECTED, row.account_email)


async def opportunity_for(
    session: AsyncSession, user_id: uuid.UUID, target: NoteTarget
) -> Opportunity | None:
    """The stored opportunity of the target's interview: the one its stored row points at (the
    auto-draft layer's matching), else the (company, position) key."""
    if target.interview_key:
        row = await find_interview(session, user_id, GOOGLE, target.interview_key)
        if row is not None and row.opportunity_id is not None:
            return await get_opportunity(session, user_id, row.opportunity_id)
    if target.company:
        return await find_opportunity(session, user_id, target.company, target.position)
    return None


async def stood_down_for(session: AsyncSession, user_id: uuid.UUID, target: NoteTarget) -> bool:
    found = await opportunity_for(session, user_id, target)
    return found is not None and found.stood_down


async def stand_down_target(
    session: AsyncSession, user: User, target: NoteTarget, *, now: datetime, timezone: str
) -> StandDown:
    """Stand down from the target's opportunity and cancel its pending drafts (PLAYBOOK §1),
    as `/v1/stand-down` does (app/suggestions/stand_down.py)."""
    return await stand_down_interview(
        session,
        user,
        source=GOOGLE,
        interview_key=target.interview_key,
        company=target.company,
        position=target.position,
        reason=STAND_DOWN_REASON,
        now=now,
        timezone=timezone,
    )


async def resume_target(
    session: AsyncSession, user: User, target: NoteTarget, *, now: datetime, timezone: str
) -> int:
    """Undo a stand-down; returns how many drafts are owed again (reopened or planned)."""
    opportunity = await opportunity_for(session, user.id, target)
    if opportunity is None:
        return 0
    overview = await resume_opportunity(session, user, opportunity.id, now=now, timezone=timezone)
    return overview.reopened if overview is not None else 0
