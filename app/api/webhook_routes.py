"""Push notifications from Google Calendar and Microsoft Graph: verify, mark for sync, answer.

    POST /webhooks/google/calendar        events.watch channels
    POST /webhooks/microsoft/graph        subscription notifications and the validation handshake
    POST /webhooks/microsoft/lifecycle    subscription lifecycle events

Nothing here calls a provider: a verified notification sets the calendar's "sync requested" flag
(app.autodraft.sync_state.request_sync), one UPDATE, and the answer goes back at once (Graph
wants it within 3 seconds); the worker's sync loop picks the flag up within about a second. The
sweep covers notifications that never arrive.

Verification: Google's `X-Goog-Channel-ID` must name a channel we made and
`X-Goog-Channel-Token` must match its secret (compared as SHA-256 digests in constant time);
Graph's `subscriptionId` must name a subscription we made and `clientState` must match. Anything
else changes nothing: Google gets 403 (it does not retry 4xx), Graph still gets 202 (it would
otherwise retry and eventually drop the subscription), and neither learns which check failed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from sqlalchemy import select, update

from app.api.deps import get_database
from app.autodraft.sync_state import request_sync
from app.store.base import utcnow
from app.store.sync import SyncState, channel_secret_matches

log = logging.getLogger("rightnote.webhooks")

router = APIRouter(include_in_schema=False)

GOOGLE_PATH = "/webhooks/google/calendar"
GRAPH_PATH = "/webhooks/microsoft/graph"
GRAPH_LIFECYCLE_PATH = "/webhooks/microsoft/lifecycle"
# Google's resource states: "sync" (the channel works; nothing changed), "exists" (something
# changed), "not_exists" (the resource is gone).
_GOOGLE_CHANGED = frozenset({"exists", "not_exists"})
MAX_VALIDATION_TOKEN = 1024
MAX_NOTIFICATIONS = 100


@router.post(GOOGLE_PATH)
async def google_calendar(request: Request) -> Response:
    channel_id = request.headers.get("x-goog-channel-id")
    token = request.headers.get("x-goog-channel-token")
    resource_state = request.headers.get("x-goog-resource-state")
    resource_id = request.headers.get("x-goog-resource-id")
    if not channel_id or len(channel_id) > 255:
        return Response(status_code=403)
    database = get_database(request)
    async with database.sessions() as session:
        state = await session.scalar(select(SyncState).where(SyncState.channel_id == channel_id))
        if (
            state is None
            or not channel_secret_matches(state.channel_secret_hash, token)
            or (resource_id is not None and resource_id != state.channel_resource_id)
        ):
            log.warning("webhook.google_refused")
            return Response(status_code=403)
        if resource_state in _GOOGLE_CHANGED:
            await request_sync(session, state.id, utcnow())
            await session.commit()
            log.info("webhook.google_sync_requested", extra={"state": str(state.id)})
    return Response(status_code=200)


async def _graph(request: Request) -> Response:
    token = request.query_params.get("validationToken")
    if token is not None:
        # Subscription validation: echo the decoded token, as plain text, and nothing else.
        if not token or len(token) > MAX_VALIDATION_TOKEN:
            return Response(status_code=400)
        return PlainTextResponse(token, headers={"X-Content-Type-Options": "nosniff"})
    try:
        # orjson refuses deep nesting with a ValueError; json.loads would raise RecursionError.
        body: Any = orjson.loads(await request.body())
    except ValueError:
        return Response(status_code=202)
    items = body.get("value") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return Response(status_code=202)
    database = get_database(request)
    now = utcnow()
    requested = 0
    async with database.sessions() as session:
        for item in items[:MAX_NOTIFICATIONS]:
            if isinstance(item, dict) and await _graph_item(session, item, now):
                requested += 1
        if requested:
            await session.commit()
    return Response(status_code=202)


async def _graph_item(session: Any, item: dict[str, Any], now: datetime) -> bool:
    subscription_id = item.get("subscriptionId")
    if not isinstance(subscription_id, str) or len(subscription_id) > 255:
        return False
    state = await session.scalar(select(SyncState).where(SyncState.channel_id == subscription_id))
    client_state = item.get("clientState")
    if state is None or not channel_secret_matches(
        state.channel_secret_hash, client_state if isinstance(client_state, str) else None
    ):
        log.warning("webhook.graph_refused")
        return False
    lifecycle = item.get("lifecycleEvent")
    if lifecycle == "subscriptionRemoved":
        # Graph dropped it: forget it, so the sync that follows makes a new one.
        await session.execute(
            update(SyncState)
            .where(SyncState.id == state.id)
            .values(channel_id=None, channel_secret_hash=None, channel_expires_at=None)
            .execution_options(synchronize_session=False)
        )
    elif lifecycle == "reauthorizationRequired":
        # Renew now: the sync renews a subscription whose expiry is near.
        await session.execute(
            update(SyncState)
            .where(SyncState.id == state.id)
            .values(channel_expires_at=now)
            .execution_options(synchronize_session=False)
        )
    # Every verified item (a change, `missed`, or the two above) ends in a sync.
    await request_sync(session, state.id, now)
    log.info(
        "webhook.graph_sync_requested",
        extra={"state": str(state.id), "lifecycle": lifecycle or "change"},
    )
    return True


router.add_api_route(GRAPH_PATH, _graph, methods=["POST"])
router.add_api_route(GRAPH_LIFECYCLE_PATH, _graph, methods=["POST"])
