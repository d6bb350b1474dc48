"""The Google Workspace add-on endpoints (Gmail homepage and compose, Calendar event, buttons).

Every route depends on `AddonContextDep` first: Google's system ID token and the user's ID token
are verified before anything else runs (401 otherwise). Routes are thin: check the scopes the
feature needs (granular consent), gather, build the card.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends

from app.addons import cardkit as ck
from app.addons.gmail import compose, event_open, homepage, plans
from app.addons.gmail.context import (
    COMPOSE_SCOPES,
    EVENT_OPEN_SCOPES,
    HOMEPAGE_SCOPES,
    INSERT_SCOPES,
    interviews_around,
    recipients,
    user_zone,
)
from app.addons.gmail.state import TARGET_PARAM, NoteTarget
from app.addons.gmail.store_ops import (
    mailbox_status,
    resume_target,
    stand_down_target,
    stood_down_for,
)
from app.addons.gmail_manifest import (
    CALENDAR_EVENT_OPEN_PATH,
    COMPOSE_PATH,
    GMAIL_ACTIONS_PREFIX,
    HOMEPAGE_PATH,
)
from app.addons.google_request import AddonContextDep, GoogleAddonContext
from app.addons.openapi import ADDON_RESPONSES, EVENT_BODY
from app.api.deps import DatabaseDep, MailboxesDep, SessionDep, SettingsDep
from app.calendar.zones import zone
from app.offload import DRAFT_COST, off_loop
from app.settings import Settings
from app.store.queries import get_or_create_user
from app.store.users import User

# In the OpenAPI document (app/addons/openapi.py describes Google's event object), so the API's
# contract tests cover these endpoints too; only Google can call them.
router = APIRouter(tags=["google add-on"], responses=ADDON_RESPONSES)
Json = dict[str, Any]


async def _now() -> datetime:
    # async: FastAPI runs a plain `def` dependency in a worker thread, a hop on every request.
    return datetime.now(UTC)


NowDep = Annotated[datetime, Depends(_now)]


async def _user(ctx: GoogleAddonContext, session: SessionDep) -> User:
    user = await get_or_create_user(session, ctx.identity)
    # Google reports the user's zone with each event (script.locale): remember it for the
    # auto-drafts' send-by times, which are computed when the user is not around.
    # Stored by its IANA name; a name nobody knows does not replace a good one.
    found = zone(ctx.time_zone) if ctx.time_zone else None
    if found is not None and user.timezone != found.key:
        user.timezone = found.key
    return user


async def _user_in_zone(
    ctx: GoogleAddonContext, session: SessionDep, settings: Settings
) -> tuple[User, ZoneInfo]:
    user = await _user(ctx, session)
    return user, user_zone(ctx, user.timezone, settings)


def _action(name: str) -> str:
    return GMAIL_ACTIONS_PREFIX + name


# --- triggers ----------------------------------------------------------------------------


@router.post(HOMEPAGE_PATH, openapi_extra=EVENT_BODY)
async def homepage_trigger(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    if missing := ctx.missing_scopes(HOMEPAGE_SCOPES):
        return ck.requesting_google_scopes(missing)
    user, tz = await _user_in_zone(ctx, session, settings)
    lookup = await interviews_around(ctx, settings, now=now, tz=tz)
    lines = await homepage.lines_from_calendar(session, user.id, lookup.interviews, now=now)
    known = {line.target.interview_key for line in lines if line.target.interview_key}
    lines += await homepage.lines_from_store(session, user, now=now, timezone=tz.key, known=known)
    recent, upcoming = homepage.split(lines, now)
    card = homepage.homepage_card(
        recent=recent,
        upcoming=upcoming,
        problem=lookup.problem,
        mailbox=await mailbox_status(session, user.id),
        tz=tz,
        settings=settings,
    )
    return ck.trigger_response(card)


@router.post(COMPOSE_PATH, openapi_extra=EVENT_BODY)
async def compose_trigger(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    if missing := ctx.missing_scopes(COMPOSE_SCOPES):
        return ck.requesting_google_scopes(missing)
    user, tz = await _user_in_zone(ctx, session, settings)
    lookup = await interviews_around(ctx, settings, now=now, tz=tz)
    view = await compose.opening_view(session, user.id, ctx, lookup, tz=tz, now=now)
    return ck.trigger_response(compose.compose_card(view, settings))


@router.post(CALENDAR_EVENT_OPEN_PATH, openapi_extra=EVENT_BODY)
async def event_open_trigger(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    if missing := ctx.missing_scopes(EVENT_OPEN_SCOPES):
        return ck.requesting_google_scopes(missing)
    user, tz = await _user_in_zone(ctx, session, settings)
    loaded = await event_open.load_event(ctx, settings, tz=tz)
    view = await plans.event_view(session, user, ctx, loaded, tz=tz, now=now)
    return ck.trigger_response(event_open.event_card(view, settings))


# --- compose actions ---------------------------------------------------------------------


async def _compose_view(
    ctx: GoogleAddonContext, session: SessionDep, settings: Settings, now: datetime
) -> tuple[User, compose.ComposeView]:
    user, tz = await _user_in_zone(ctx, session, settings)
    target = NoteTarget.from_param(ctx.parameters.get(TARGET_PARAM))
    stood = target is not None and await stood_down_for(session, user.id, target)
    view = compose.view_from_action(ctx, tz=tz, now=now, stood_down=stood)
    return user, view


def _to_is_empty(ctx: GoogleAddonContext, view: compose.ComposeView) -> bool:
    """Whether the interviewer should be put on the To line: it is empty now (as Google reports
    it, else as it was when the card opened) and they are not already on Cc or Bcc."""
    if view.target is not None and view.target.email:
        copied = {a.lower() for a in recipients(ctx, "ccRecipients", "bccRecipients")}
        if view.target.email.lower() in copied:
            return False
    if "toRecipients" in ctx.gmail:
        return not ctx.gmail.get("toRecipients")
    return not view.had_to


def _in_thread(ctx: GoogleAddonContext) -> bool:
    """Whether the draft belongs to a thread (a reply or forward): Google names its thread."""
    thread = ctx.gmail.get("threadId")
    return isinstance(thread, str) and bool(thread.strip())


@router.post(_action(compose.REFRESH_ACTION), openapi_extra=EVENT_BODY)
async def compose_refresh(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    _, view = await _compose_view(ctx, session, settings, now)
    return ck.render_actions(update_card=compose.compose_card(view, settings))


@router.post(_action(compose.INSERT_ACTION), openapi_extra=EVENT_BODY)
async def compose_insert(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    if missing := ctx.missing_scopes(INSERT_SCOPES):
        return ck.requesting_google_scopes(missing)
    user, view = await _compose_view(ctx, session, settings, now)
    return await off_loop(
        DRAFT_COST,
        compose.insert_response,
        view,
        candidate_name=user.name,
        to_is_empty=_to_is_empty(ctx, view),
        in_thread=_in_thread(ctx),
    )


@router.post(_action(compose.CHECK_ACTION), openapi_extra=EVENT_BODY)
async def compose_check_voice(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    user, view = await _compose_view(ctx, session, settings, now)
    # The voice check (and the draft it may check) is CPU work: off the event loop.
    checked = await off_loop(
        len(view.form.own_text or "") + DRAFT_COST, compose.with_voice, view, user.name
    )
    return ck.render_actions(
        update_card=compose.compose_card(checked, settings),
        notification=compose.refusal(view) if view.form.too_many_questions else None,
    )


# --- stand down / resume (compose, homepage and calendar cards) ----------------------------


def _no_target() -> Json:
    # Without a readable target nothing is changed: stand-down and resume act on one interview.
    return ck.render_actions(
        notification="RightNote could not tell which interview this was for. Nothing was changed."
    )


@router.post(_action(homepage.STAND_DOWN_ACTION), openapi_extra=EVENT_BODY)
async def stand_down_action(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    target = NoteTarget.from_param(ctx.parameters.get(TARGET_PARAM))
    if target is None:
        return _no_target()
    user, tz = await _user_in_zone(ctx, session, settings)
    outcome = await stand_down_target(session, user, target, now=now, timezone=tz.key)
    card = homepage.stand_down_card(
        target, scope=outcome.scope, cancelled=outcome.cancelled, settings=settings
    )
    return ck.render_actions(update_card=card, notification="Stood down. Nothing was created.")


@router.post(_action(homepage.RESUME_ACTION), openapi_extra=EVENT_BODY)
async def resume_action(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    target = NoteTarget.from_param(ctx.parameters.get(TARGET_PARAM))
    if target is None:
        return _no_target()
    user, tz = await _user_in_zone(ctx, session, settings)
    owed = await resume_target(session, user, target, now=now, timezone=tz.key)
    return ck.render_actions(
        update_card=homepage.resumed_card(target, owed=owed),
        notification="Resumed.",
    )


# --- calendar plan actions ---------------------------------------------------------------


@router.post(_action(event_open.SAVE_ACTION), openapi_extra=EVENT_BODY)
async def save_plan_action(
    ctx: AddonContextDep, session: SessionDep, settings: SettingsDep, now: NowDep
) -> Json:
    user = await _user(ctx, session)
    return await plans.save_plan(session, user, ctx, settings, now=now)


@router.post(_action(event_open.CREATE_ACTION), openapi_extra=EVENT_BODY)
async def create_drafts_action(
    ctx: AddonContextDep,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    database: DatabaseDep,
    mailboxes: MailboxesDep,
) -> Json:
    user = await _user(ctx, session)
    return await plans.create_drafts_now(database, mailboxes, session, user, ctx, settings, now=now)
