"""One stand-down: `/v1/stand-down` (the Outlook pane), `/v1/opportunities/{id}/stand-down`
and the Gmail cards' Stand down action (`store_ops.stand_down_target`) have the same effect —
the opportunity stood down, every pending draft of it cancelled, and no note suggested for it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.addons.gmail.state import NoteTarget
from app.addons.gmail.store_ops import stand_down_target
from app.store.drafts import DraftRecord, DraftState
from app.store.opportunities import Opportunity
from app.store.queries import get_or_create_user
from tests.outlook.seed import PRIYA
from tests.outlook.test_suggest_api import LOCAL, NOW, Running, running, seeded, to

__all__ = ["running", "seeded"]  # the fixtures, shared with test_suggest_api.py


async def _by_pane(app: Running, interview_id: str, opportunity: Opportunity) -> int:
    response = await app.client.post("/v1/stand-down", json={"interview_id": interview_id})
    assert response.status_code == 200, response.text
    cancelled: int = response.json()["cancelled_drafts"]
    return cancelled


async def _by_opportunity(app: Running, interview_id: str, opportunity: Opportunity) -> int:
    response = await app.client.post(f"/v1/opportunities/{opportunity.id}/stand-down", json={})
    assert response.status_code == 200, response.text
    assert response.json()["stood_down"] is True
    cancelled: int = response.json()["cancelled"]
    return cancelled


async def _by_gmail_card(app: Running, interview_id: str, opportunity: Opportunity) -> int:
    # What the card's action posts: the interview as the card knows it (Google's key, which the
    # store does not hold here), with its company and position.
    target = NoteTarget(
        interview_key="google:not-stored",
        company=opportunity.company,
        position=opportunity.position,
    )
    async with app.database.sessions() as session, session.begin():
        user = await get_or_create_user(session, LOCAL)
        done = await stand_down_target(session, user, target, now=NOW, timezone="UTC")
    assert done.scope == "opportunity"
    return done.cancelled


@pytest.mark.parametrize("stand_down", [_by_pane, _by_opportunity, _by_gmail_card])
async def test_every_stand_down_has_the_same_effect(seeded: Running, stand_down: Any) -> None:
    before = await seeded.suggest(recipients=to(PRIYA))
    interview_id = before["matches"][0]["interview"]["id"]
    async with seeded.database.sessions() as session:
        pending = [
            r
            for r in (await session.scalars(select(DraftRecord))).all()
            if r.state is DraftState.PENDING
        ]
        [opportunity] = (await session.scalars(select(Opportunity))).all()
    assert pending and not opportunity.stood_down

    cancelled = await stand_down(seeded, interview_id, opportunity)

    assert cancelled == len(pending)
    async with seeded.database.sessions() as session:
        states = {r.state for r in (await session.scalars(select(DraftRecord))).all()}
        [after] = (await session.scalars(select(Opportunity))).all()
    assert states == {DraftState.CANCELLED}
    assert after.id == opportunity.id and after.stood_down
    suggested = await seeded.suggest(recipients=to(PRIYA), details={"scenario": "gratitude"})
    assert suggested["matches"][0]["stood_down"] is True
    assert suggested["suggestion"]["scenario"] == "stand_down"
    assert suggested["suggestion"]["draft"]["html"] is None
