"""Standing down from the opportunity an interview belongs to (PLAYBOOK §1), for every surface.

The write itself is the auto-draft service's `stand_down_opportunity` — the one implementation
behind `/v1/opportunities/{id}/stand-down` too: the opportunity is marked stood down, its open
drafts are cancelled, and the planner replans every interview of it (nothing more is planned,
including later interviews with the same company and position). This module only finds the
opportunity a compose surface's interview belongs to: `/v1/stand-down` (the Outlook pane) and
the Gmail cards' Stand down button name an interview, not an opportunity.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from app.autodraft.user_plans import stand_down_opportunity
from app.errors import BadRequest
from app.store.opportunities import Opportunity, normalize_key
from app.store.queries import (
    cancel_open_drafts,
    find_interview,
    get_opportunity,
    get_or_create_opportunity,
)
from app.store.users import User


@dataclass(frozen=True, slots=True)
class StandDown:
    # What was stood down: the opportunity (company known), one interview, or nothing known.
    scope: Literal["opportunity", "interview", "none"]
    cancelled: int
    opportunity: Opportunity | None = None


async def stand_down_interview(
    session: AsyncSession,
    user: User,
    *,
    source: str,
    interview_key: str | None,
    company: str | None,
    position: str | None,
    reason: str | None,
    now: datetime,
    timezone: str,
    company_required: bool = False,
) -> StandDown:
    """Stand down from the opportunity of the interview `interview_key` of calendar `source`.

    The stored interview's own opportunity wins; else the (company, position) one, created
    stood down when not stored yet, so later syncs plan nothing for it, and the stored
    interview is linked to it. Without any company there is no opportunity to name: the
    interview's own drafts are cancelled, or with `company_required` a 400 says what to pass.
    """
    row = await find_interview(session, user.id, source, interview_key) if interview_key else None
    opportunity = None
    if row is not None:
        company, position = row.company or company, row.position or position
        if row.opportunity_id is not None:
            opportunity = await get_opportunity(session, user.id, row.opportunity_id)
    # A company of only invisible characters or punctuation names nothing (its key is "").
    if opportunity is None and company and normalize_key(company, company=True):
        opportunity = await get_or_create_opportunity(session, user.id, company, position)
        if row is not None:
            row.opportunity_id = opportunity.id
            await session.flush()
    if opportunity is not None:
        overview = await stand_down_opportunity(
            session, user, opportunity.id, now=now, timezone=timezone, reason=reason
        )
        return StandDown("opportunity", overview.cancelled if overview else 0, opportunity)
    if company_required:
        raise BadRequest(
            "RightNote cannot tell which company this interview is with; pass `company`."
        )
    if row is not None:
        cancelled = await cancel_open_drafts(
            session, user.id, now=now, reason=reason or "stood down", interview_id=row.id
        )
        return StandDown("interview", cancelled)
    return StandDown("none", 0)
