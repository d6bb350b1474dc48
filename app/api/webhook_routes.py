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

Cost of forgeries: the webhooks are exempt from the per-IP limit (Google and Microsoft call from
shared addresses), so a refused notification is what is budgeted instead. A Graph batch stops
at its first item that fails verification (one lookup per distinct subscription, one warning per
request), and each refused request spends one token of its client address's failure budget
(RIGHTNOTE_WEBHOOK_FAILURES_PER_IP_PER_MINUTE); with none left the address gets 429 with
Retry-After before anything is looked up. Genuine notifications spend nothing.
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
from app.api.errors import error_body
from app.autodraft.sync_state import request_sync
from app.ops.metrics import METRICS, Metrics
from app.ops.ratelimit import (
    RATE_LIMITS,
    RateLimits,
    TokenBuckets,
    client_address,
    ip_key,
    retry_after_seconds,
)
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


class FailureBudget:
    """The calling address's budget of refused notifications (per process)."""

    def __init__(self, request: Request) -> None:
        extras = request.app.state.rightnote.extras
        limits = extras.get(RATE_LIMITS)
        metrics = extras.get(METRICS)
        self.metrics = metrics if isinstance(metrics, Metrics) else None
        self.buckets: TokenBuckets | None = None
        self.key = ""
        if isinstance(limits, RateLimits) and limits.webhook_failures is not None:
            self.buckets = limits.webhook_failures
            address = getattr(request.state, "client_ip", None) or client_address(
                request.scope, limits.trusted_proxies
            )
            self.key = ip_key(address)

    def exhausted(self) -> Response | None:
        """429 with Retry-After when the address has no failures left, else None."""
        wait = self.buckets.wait(self.key) if self.buckets is not None else 0.0
        if not wait:
            return None
        if self.metrics is not None:
            self.metrics.request_limited("webhook")
        body = orjson.dumps(
            error_body("rate_limited", "too many refused notifications from this address")
        )
        return Response(
            body,
            status_code=429,
            media_type="application/json",
            headers={"Retry-After": str(retry_after_seconds(wait))},
        )

    def spend(self) -> None:
        if self.buckets is not None:
            self.buckets.hit(self.key)


@router.post(GOOGLE_PATH)
async def google_calendar(request: Request) -> Response:
    budget = FailureBudget(request)
    if (refused := budget.exhausted()) is not None:
        return refused
    channel_id = request.headers.get("x-goog-channel-id")
    token = request.headers.get("x-goog-channel-token")
    resource_state = request.headers.get("x-goog-resource-state")
    resource_id = request.headers.get("x-goog-resource-id")
    if not channel_id or len(channel_id) > 255:
        budget.spend()
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
            budget.spend()
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
    budget = FailureBudget(request)
    if (refused := budget.exhausted()) is not None:
        return refused
    try:
        # orjson refuses deep nesting with a ValueError; json.loads would raise RecursionError.
        body: Any = orjson.loads(await request.body())
    except ValueError:
        budget.spend()
        return Response(status_code=202)
    items = body.get("value") if isinstance(body, dict) else None
    if not isinstance(items, list):
        budget.spend()
        return Response(status_code=202)
    database = get_database(request)
    now = utcnow()
    verified: dict[str, SyncState] = {}  # subscription id -> its state, looked up once
    synced: set[Any] = set()
    requested = failed = 0
    async with database.sessions() as session:
        for item in items[:MAX_NOTIFICATIONS]:
            outcome = await _graph_item(session, item, now, verified, synced)
            if outcome is None:
                # A forger's batch would cost a lookup per item: the first refusal ends it.
                failed = 1
                break
            requested += outcome
        if requested:
            await session.commit()
    if failed:
        log.warning("webhook.graph_refused", extra={"accepted": requested})
        budget.spend()
    return Response(status_code=202)


async def _graph_item(
    session: Any,
    item: Any,
    now: datetime,
    verified: dict[str, SyncState],
    synced: set[Any],
) -> int | None:
    """1 when the item asked for a sync, 0 when it was already asked in this batch, None when
    it fails verification."""
    if not isinstance(item, dict):
        return None
    subscription_id = item.get("subscriptionId")
    if not isinstance(subscription_id, str) or not subscription_id or len(subscription_id) > 255:
        return None
    state = verified.get(subscription_id)
    if state is None:
        state = await session.scalar(
            select(SyncState).where(SyncState.channel_id == subscription_id)
        )
    client_state = item.get("clientState")
    if state is None or not channel_secret_matches(
        state.channel_secret_hash, client_state if isinstance(client_state, str) else None
    ):
        return None
    verified[subscription_id] = state
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
    # Every verified item (a change, `missed`, or the two above) ends in a sync; one request
    # per calendar and batch is enough (a batch often holds many changes of one calendar).
    if state.id in synced:
        return 0
    synced.add(state.id)
    await request_sync(session, state.id, now)
    log.info(
        "webhook.graph_sync_requested",
        extra={"state": str(state.id), "lifecycle": lifecycle or "change"},
    )
    return 1


router.add_api_route(GRAPH_PATH, _graph, methods=["POST"])
router.add_api_route(GRAPH_LIFECYCLE_PATH, _graph, methods=["POST"])
