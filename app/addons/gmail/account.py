"""The add-on's account actions: connect the mailbox, disconnect it, delete my data.

    POST /addons/gmail/actions/connect              → opens a short-lived connect link (overlay)
    POST /addons/gmail/actions/disconnect           → a confirmation card
    POST /addons/gmail/actions/disconnect-confirm   → revoke at Google, delete the tokens
    POST /addons/gmail/actions/delete-data          → a confirmation card
    POST /addons/gmail/actions/delete-data-confirm  → revoke everything, delete every row

Like every add-on route, each one verifies Google's system ID token and the user's ID token
first (`AddonContextDep`). The connect link is minted here, when the button is pressed, for that
verified user and for 15 minutes (app.connect.flow.connect_link): the browser that opens it
proves nothing by itself. The overlay reloads the card when it closes, so the new status shows.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.addons import cardkit as ck
from app.addons.cardkit import Json
from app.addons.gmail import cards
from app.addons.gmail.store_ops import GOOGLE, google_mailbox
from app.addons.gmail_manifest import GMAIL_ACTIONS_PREFIX
from app.addons.google_request import AddonContextDep
from app.addons.openapi import ADDON_RESPONSES, EVENT_BODY
from app.api.deps import ConnectKitDep, DatabaseDep, SessionDep, SettingsDep
from app.connect import flow
from app.settings import Settings
from app.store.base import utcnow
from app.store.queries import get_or_create_user

# Documented like the other add-on endpoints (app/addons/openapi.py); only Google calls them.
router = APIRouter(tags=["google add-on"], responses=ADDON_RESPONSES)

DISCONNECT_CONFIRM = cards.DISCONNECT_ACTION + "-confirm"
DELETE_CONFIRM = cards.DELETE_DATA_ACTION + "-confirm"


def _path(name: str) -> str:
    return GMAIL_ACTIONS_PREFIX + name


def open_link(url: str) -> Json:
    """Open `url` over the add-on; reload the card when the user closes it."""
    return {
        "renderActions": {
            "action": {"link": {"url": url, "openAs": "OVERLAY", "onClose": "RELOAD"}}
        }
    }


def _confirm_card(settings: Settings, *, title: str, text: str, yes: str, action: str) -> Json:
    buttons = ck.button_list(
        ck.button(yes, ck.action(cards.action_url(settings, action)), filled=True),
    )
    return ck.card(
        ck.section(cards.paragraph(text), buttons, header=title),
        header=cards.header(title),
        name=action,
    )


def _done_card(title: str, text: str) -> Json:
    return ck.card(
        ck.section(cards.paragraph(cards.esc(text)), header=title),
        header=cards.header(title),
        name="account-done",
    )


@router.post(_path(cards.CONNECT_ACTION), openapi_extra=EVENT_BODY)
async def connect(ctx: AddonContextDep, session: SessionDep, kit: ConnectKitDep) -> Any:
    user = await get_or_create_user(session, ctx.identity)
    if kit.google is None:
        return ck.render_actions(
            notification="Connecting a mailbox is not set up on this "
            "RightNote server yet. Ask its administrator."
        )
    return open_link(flow.connect_link(kit.settings, kit.sealer, user.id, GOOGLE))


@router.post(_path(cards.DISCONNECT_ACTION), openapi_extra=EVENT_BODY)
async def disconnect(ctx: AddonContextDep, settings: SettingsDep) -> Any:
    del ctx  # verified; nothing else needed to ask
    text = (
        "RightNote will ask Google to end its access to your mailbox and calendar, delete "
        "its keys, and cancel the auto-drafts it had planned. Drafts already in your Gmail "
        "stay. You can connect again at any time."
    )
    card = _confirm_card(
        settings,
        title="Disconnect your mailbox?",
        text=text,
        yes="Yes, disconnect",
        action=DISCONNECT_CONFIRM,
    )
    return ck.render_actions(push_card=card)


@router.post(_path(DISCONNECT_CONFIRM), openapi_extra=EVENT_BODY)
async def disconnect_confirm(
    ctx: AddonContextDep, session: SessionDep, database: DatabaseDep, kit: ConnectKitDep
) -> Any:
    user = await get_or_create_user(session, ctx.identity)
    connection = await google_mailbox(session, user.id)
    user_id = user.id
    # End this request's transaction before the service's own (SQLite holds one writer).
    await session.commit()
    if connection is None:
        card = _done_card("Nothing to disconnect", "No mailbox is connected.")
        return ck.render_actions(update_card=card)
    done = await flow.disconnect(
        database,
        kit,
        user_id=user_id,
        connection_id=connection.id,
        now=utcnow(),
    )
    text = done.message if done is not None else "No mailbox is connected."
    return ck.render_actions(
        update_card=_done_card("Disconnected", text),
        notification="Disconnected.",
    )


@router.post(_path(cards.DELETE_DATA_ACTION), openapi_extra=EVENT_BODY)
async def delete_data(ctx: AddonContextDep, settings: SettingsDep) -> Any:
    del ctx
    text = (
        "RightNote will end its access to your mailbox and calendar and delete everything "
        "it keeps for you: interviews, interviewers, your notes and plans, and pending "
        "auto-drafts. This cannot be undone. Drafts already in your Gmail stay."
    )
    card = _confirm_card(
        settings,
        title="Delete your data?",
        text=text,
        yes="Yes, delete everything",
        action=DELETE_CONFIRM,
    )
    return ck.render_actions(push_card=card)


@router.post(_path(DELETE_CONFIRM), openapi_extra=EVENT_BODY)
async def delete_data_confirm(
    ctx: AddonContextDep, session: SessionDep, database: DatabaseDep, kit: ConnectKitDep
) -> Any:
    user = await get_or_create_user(session, ctx.identity)
    user_id = user.id
    await session.commit()
    await flow.delete_user_data(database, kit, user_id=user_id, now=utcnow())
    card = _done_card(
        "Deleted",
        "Everything RightNote kept for you is deleted, and its access "
        "to your account revoked. Drafts already in Gmail stay.",
    )
    return ck.render_actions(update_card=card, notification="Deleted.")
