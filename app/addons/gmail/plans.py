"""The Calendar card's stored side: its view (saved plans, stand-down, mailbox status), Save plan,
and Create drafts now.

Both writes need the mailbox connection (Gmail's compose permission, granted in the separate
"connect your mailbox" flow): a plan exists to shape the auto-drafts, and the add-on's own scopes
cannot put a draft into the mailbox (docs/gmail-addon.md). Without it the card says so and
nothing is stored.

The interview goes through the auto-draft layer (`ingest_interviews`, then the service's
`update_plan` per interviewer) so a plan saved here is the same plan the worker delivers from.
Create drafts now then calls the service's `deliver_interview_now`: the worker's own delivery
step, with the same exactly-once key, lookup before create, and outcomes.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.addons import cardkit as ck
from app.addons.cardkit import Json
from app.addons.gmail import cards
from app.addons.gmail.context import user_zone
from app.addons.gmail.event_open import (
    EventView,
    LoadedEvent,
    connect_needed_card,
    event_card,
    event_ids,
    load_event,
    plan_rows,
    read_edits,
)
from app.addons.gmail.state import NoteTarget
from app.addons.gmail.store_ops import GOOGLE, google_mailbox, mailbox_status, stood_down_for
from app.addons.google_request import GoogleAddonContext
from app.autodraft.delivery import DELIVERED, DeliveryDefaults, DeliveryResult
from app.autodraft.ingest import ingest_interviews
from app.autodraft.retry import RetryPolicy
from app.autodraft.user_plans import (
    PlanChanges,
    deliver_interview_now,
    get_overview,
    update_plan,
)
from app.calendar.model import Interview
from app.errors import Conflict
from app.providers.registry import MailboxResolver
from app.settings import Settings
from app.store.db import Database
from app.store.drafts import DraftState
from app.store.plans import Plan
from app.store.queries import find_interview, list_interviewers
from app.store.users import User


async def saved_plans(
    session: AsyncSession, user: User, interview: Interview, *, now: datetime, timezone: str
) -> tuple[dict[str, Plan], frozenset[str]]:
    """The user's saved plans for this interview's interviewers, by person key, and the people
    whose note is already in the mailbox (their plan can no longer change)."""
    row = await find_interview(session, user.id, GOOGLE, interview.key)
    if row is None:
        return {}, frozenset()
    overview = await get_overview(session, user, row.id, now=now, timezone=timezone)
    if overview is None:
        return {}, frozenset()
    plans = {i.row.person_key: i.plan for i in overview.interviewers if i.plan is not None}
    delivered = frozenset(
        i.row.person_key
        for i in overview.interviewers
        if i.draft is not None and i.draft.state == DraftState.DELIVERED
    )
    return plans, delivered


async def event_view(
    session: AsyncSession,
    user: User,
    ctx: GoogleAddonContext,
    loaded: LoadedEvent,
    *,
    tz: ZoneInfo,
    now: datetime,
    notice: str | None = None,
) -> EventView:
    interview = loaded.interview
    rows = []
    stood = False
    if interview is not None:
        stood = await stood_down_for(session, user.id, NoteTarget.of_interview(interview))
        saved, delivered = await saved_plans(session, user, interview, now=now, timezone=tz.key)
        rows = plan_rows(interview, saved, stood_down=stood, delivered=delivered)
    event_id, calendar_id = event_ids(ctx)
    return EventView(
        loaded=loaded,
        rows=tuple(rows),
        stood_down=stood,
        mailbox=await mailbox_status(session, user.id),
        tz=tz,
        now=now,
        event_id=event_id,
        calendar_id=calendar_id,
        notice=notice,
    )


async def _store_plan(
    session: AsyncSession,
    user: User,
    ctx: GoogleAddonContext,
    settings: Settings,
    *,
    now: datetime,
    tz: ZoneInfo,
) -> tuple[uuid.UUID, LoadedEvent] | Json:
    """Store the interview and the card's plan; (interview row id, event), or the response
    explaining why nothing was stored."""
    status = await mailbox_status(session, user.id)
    connection = await google_mailbox(session, user.id)
    if status.state is not cards.MailboxState.CONNECTED or connection is None:
        return ck.render_actions(update_card=connect_needed_card(settings, status))
    loaded = await load_event(ctx, settings, tz=tz, fallback=False)
    interview = loaded.interview
    if interview is None or not loaded.fetched:
        return ck.render_actions(
            notification=(loaded.problem or "The event could not be read.") + " Nothing was saved."
        )
    if not interview.is_interview:
        return ck.render_actions(
            notification="RightNote keeps plans for job interviews only, "
            "and this event does not look like one."
        )
    saved, delivered = await saved_plans(session, user, interview, now=now, timezone=tz.key)
    rows = plan_rows(interview, saved, stood_down=False, delivered=delivered)
    edits = {edit.person_key: edit for edit in read_edits(ctx, rows)}
    result = await ingest_interviews(
        session, user, [interview], now=now, timezone=tz.key, mailbox_connection_id=connection.id
    )
    interview_id = result.interview_ids[0]
    for person in await list_interviewers(session, user.id, interview_id):
        edit = edits.get(person.person_key)
        if edit is None:
            continue
        changes = PlanChanges(
            {
                "scenario_override": edit.scenario_override,
                "topic": edit.topic,
                # The engine's stumble: None = none; text = what went wrong.
                "stumble": edit.stumble_text,
                "restatement": edit.restatement,
            }
        )
        try:
            await update_plan(session, user, person.id, changes, now=now, timezone=tz.key)
        except Conflict:
            continue  # this person's note is already in the mailbox; its notes were cleared
    return interview_id, loaded


async def save_plan(
    session: AsyncSession,
    user: User,
    ctx: GoogleAddonContext,
    settings: Settings,
    *,
    now: datetime,
) -> Json:
    tz = user_zone(ctx, user.timezone, settings)
    stored = await _store_plan(session, user, ctx, settings, now=now, tz=tz)
    if isinstance(stored, dict):
        return stored
    _, loaded = stored
    view = await event_view(session, user, ctx, loaded, tz=tz, now=now)
    return ck.render_actions(update_card=event_card(view, settings), notification="Plan saved.")


def _summary(results: list[DeliveryResult]) -> str:
    made = sum(r.outcome in DELIVERED for r in results)
    if not results:
        return (
            "No drafts were waiting for this interview: they are already in your drafts, "
            "or your plan has no note to write."
        )
    text = (
        f"{made} of {len(results)} draft{'s' if len(results) != 1 else ''} now in your Gmail "
        "drafts. Nothing was sent."
    )
    if made < len(results):
        text += (
            " The rest could not be created just now; RightNote keeps trying and puts them "
            "there when Gmail answers."
        )
    return text


async def create_drafts_now(
    database: Database,
    mailboxes: MailboxResolver,
    session: AsyncSession,
    user: User,
    ctx: GoogleAddonContext,
    settings: Settings,
    *,
    now: datetime,
) -> Json:
    tz = user_zone(ctx, user.timezone, settings)
    stored = await _store_plan(session, user, ctx, settings, now=now, tz=tz)
    if isinstance(stored, dict):
        return stored
    interview_id, loaded = stored
    # Delivery reads and finishes each record in its own transactions, as the worker does:
    # what this request stored must be committed first.
    await session.commit()
    results = (
        await deliver_interview_now(
            database,
            mailboxes,
            user.id,
            interview_id,
            now=now,
            defaults=DeliveryDefaults(
                candidate_name=user.name, from_email=user.email, timezone=tz.key
            ),
            policy=RetryPolicy(max_attempts=settings.worker_max_attempts),
        )
        or []
    )
    notice = _summary(results)
    view = await event_view(session, user, ctx, loaded, tz=tz, now=now, notice=notice)
    return ck.render_actions(update_card=event_card(view, settings), notification=notice[:120])
