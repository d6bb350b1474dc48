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
shared addresses), so a refused notification is what is budgeted instead. A Graph batch costs
one lookup for all its subscriptions and one warning per request, and its verified items are
applied even beside refused ones. Each refused request spends one token of its client
address's failure budget (RIGHTNOTE_WEBHOOK_FAILURES_PER_IP_PER_MINUTE); with none left the
address gets 429 with Retry-After before anything is looked up, except for ids verified lately
in this process (the addresses are shared, so genuine notifications beside stale ones keep
working).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import datetime
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from sqlalchemy import select, update

from app.api.deps import ResourcesDep
from app.api.errors import error_body
from app.autodraft.sync_state import request_sync
from app.ops.ratelimit import (
    TokenBuckets,
    client_address,
    ip_key,
    retry_after_seconds,
)
from app.providers import google_calendar_changes, graph_calendar_changes
from app.state import Resources
from app.store.base import utcnow
from app.store.sync import SyncState, channel_secret_matches

log = logging.getLogger("rightnote.webhooks")

router = APIRouter(include_in_schema=False)

# The addresses the providers' channels are made with (one definition for both ends).
GOOGLE_PATH = google_calendar_changes.WEBHOOK_PATH
GRAPH_PATH = graph_calendar_changes.NOTIFY_PATH
GRAPH_LIFECYCLE_PATH = graph_calendar_changes.LIFECYCLE_PATH
# Google's resource states: "sync" (the channel works; nothing changed), "exists" (something
# changed), "not_exists" (the resource is gone).
_GOOGLE_CHANGED = frozenset({"exists", "not_exists"})
MAX_VALIDATION_TOKEN = 1024
MAX_NOTIFICATIONS = 100


class _RecentlyVerified:
    """Channel and subscription ids verified lately in this process (bounded). Google and
    Microsoft call from shared addresses, so one address can run out of failure budget on stale
    channels while still carrying genuine notifications: those for an id verified lately are
    still looked at when the budget is spent; unknown ids are refused without a lookup."""

    def __init__(self, size: int = 4096) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def add(self, channel_id: str) -> None:
        self._ids[channel_id] = None
        self._ids.move_to_end(channel_id)
        while len(self._ids) > self._size:
            self._ids.popitem(last=False)

    def __contains__(self, channel_id: object) -> bool:
        return channel_id in self._ids


RECENTLY_VERIFIED = _RecentlyVerified()


class FailureBudget:
    """The calling address's budget of refused notifications (per process)."""

    def __init__(self, request: Request, resources: Resources) -> None:
        limits = resources.rate_limits
        self.metrics = resources.metrics
        self.buckets: TokenBuckets | None = None
        self.key = ""
        if limits.webhook_failures is not None:
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
async def google_calendar(request: Request, resources: ResourcesDep) -> Response:
    budget = FailureBudget(request, resources)
    channel_id = request.headers.get("x-goog-channel-id")
    if channel_id not in RECENTLY_VERIFIED and (refused := budget.exhausted()) is not None:
        return refused
    token = request.headers.get("x-goog-channel-token")
    resource_state = request.headers.get("x-goog-resource-state")
    resource_id = request.headers.get("x-goog-resource-id")
    if not channel_id or len(channel_id) > 255:
        budget.spend()
        return Response(status_code=403)
    async with resources.database.sessions() as session:
        state = await session.scalar(select(SyncState).where(SyncState.channel_id == channel_id))
        if (
            state is None
            or not channel_secret_matches(state.channel_secret_hash, token)
            or (resource_id is not None and resource_id != state.channel_resource_id)
        ):
            log.warning("webhook.google_refused")
            budget.spend()
            return Response(status_code=403)
        RECENTLY_VERIFIED.add(channel_id)
        if resource_state in _GOOGLE_CHANGED:
            await request_sync(session, state.id, utcnow())
            await session.commit()
            log.info("webhook.google_sync_requested", extra={"state": str(state.id)})
    return Response(status_code=200)


async def _graph(request: Request, resources: ResourcesDep) -> Response:
    token = request.query_params.get("validationToken")
    if token is not None:
        # Subscription validation: echo the decoded token, as plain text, and nothing else.
        if not token or len(token) > MAX_VALIDATION_TOKEN:
            return Response(status_code=400)
        return PlainTextResponse(token, headers={"X-Content-Type-Options": "nosniff"})
    budget = FailureBudget(request, resources)
    try:
        # orjson refuses deep nesting with a ValueError; json.loads would raise RecursionError.
        body: Any = orjson.loads(await request.body())
    except ValueError:
        body = None
    items = body.get("value") if isinstance(body, dict) else None
    if not isinstance(items, list):
        if (refused := budget.exhausted()) is not None:
            return refused
        budget.spend()
        return Response(status_code=202)
    items = items[:MAX_NOTIFICATIONS]
    ids = {i for i in map(_subscription_id, items) if i is not None}
    if (refused := budget.exhausted()) is not None:
        # Out of budget: only subscriptions verified lately are looked at.
        ids = {i for i in ids if i in RECENTLY_VERIFIED}
        if not ids:
            return refused
    database = resources.database
    now = utcnow()
    synced: set[Any] = set()
    requested = failed = 0
    async with database.sessions() as session:
        # Every subscription of the batch in one lookup: a forged batch of 100 unknown ids costs
        # one query, and a genuine item is applied even beside an unknown (e.g. orphaned) one.
        states = (
            {
                state.channel_id: state
                for state in await session.scalars(
                    select(SyncState).where(SyncState.channel_id.in_(ids))
                )
            }
            if ids
            else {}
        )
        for item in items:
            outcome = _verified(item, states)
            if outcome is None:
                failed += 1
                continue
            requested += await _apply_graph_item(session, item, outcome, now, synced)
        if requested:
            await session.commit()
    if failed:
        log.warning("webhook.graph_refused", extra={"accepted": requested})
        budget.spend()
    return Response(status_code=202)


def _subscription_id(item: Any) -> str | None:
    value = item.get("subscriptionId") if isinstance(item, dict) else None
    if not isinstance(value, str) or not value or len(value) > 255:
        return None
    return value


def _verified(item: Any, states: dict[str | None, SyncState]) -> SyncState | None:
    """The item's calendar state when its subscription and clientState check out, else None."""
    subscription_id = _subscription_id(item)
    if subscription_id is None:
        return None
    state = states.get(subscription_id)
    client_state = item.get("clientState")
    if state is None or not channel_secret_matches(
        state.channel_secret_hash, client_state if isinstance(client_state, str) else None
    ):
        return None
    RECENTLY_VERIFIED.add(subscription_id)
    return state


async def _apply_graph_item(
    session: Any, item: dict[str, Any], state: SyncState, now: datetime, synced: set[Any]
) -> int:
    """1 when the verified item asked for a sync, 0 when it was already asked in this batch."""
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
