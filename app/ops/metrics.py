"""Prometheus metrics: one registry per process (per app in tests), never the global default.

The hooks other areas call (all cheap, synchronous, safe to call from anywhere in the loop):

    metrics = resources.metrics           # the process's one Metrics (app/wiring.py)
    metrics.draft_delivered("google")     # a draft is in the user's mailbox
    metrics.draft_failed("reauth_required")  # a draft record gave up (reason kind, not text)
    metrics.set_queue_depth(12)           # open draft records, if the worker counts them
    metrics.observe_sync_lag(4.2, "microsoft")  # seconds from a calendar change to its sync
    metrics.worker_tick()                 # once per worker loop: feeds the worker's /healthz

The API process also reads the queue depth and the oldest calendar sync from the database when
`/metrics` is scraped (`refresh_from_database`, at most every few seconds), so those gauges are
right even when no worker runs in the scraped process.

Label values are bounded: routes are templates (`/v1/drafts/{id}`), never raw paths; reasons and
providers are short identifiers, and past a fixed number of distinct values they become "other".
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

from app import __version__

if TYPE_CHECKING:
    from app.store.db import Database

log = logging.getLogger("rightnote.metrics")

CONTENT_TYPE = CONTENT_TYPE_LATEST

_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_LABEL_VALUE = re.compile(r"[a-z0-9_.-]{1,40}")
_MAX_DISTINCT = 32
# Latency buckets for an API whose routes answer in milliseconds but call Google/Microsoft.
_HTTP_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
_SYNC_BUCKETS = (1.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 900.0, 1800.0, 3600.0, 21600.0)
# How stale the database-derived gauges may be: scrapes from several Prometheus replicas (or a
# human with curl) cost one query round at most this often.
REFRESH_INTERVAL_SECONDS = 10.0
REFRESH_TIMEOUT_SECONDS = 3.0
# HTTP requests noted before they are folded into their series (see `observe_request`).
FOLD_EVERY = 256


class _BoundedLabel:
    """Maps free-form label values onto a bounded set (cardinality stays fixed)."""

    def __init__(self, limit: int = _MAX_DISTINCT) -> None:
        self.limit = limit
        self.seen: set[str] = set()

    def __call__(self, value: str | None) -> str:
        value = (value or "unknown").lower()
        if not _LABEL_VALUE.fullmatch(value):
            return "other"
        if value not in self.seen:
            if len(self.seen) >= self.limit:
                return "other"
            self.seen.add(value)
        return value


class Metrics:
    def __init__(self, *, process_collectors: bool = True) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        if process_collectors:
            ProcessCollector(registry=self.registry)
            PlatformCollector(registry=self.registry)
            GCCollector(registry=self.registry)
        r = self.registry
        self.build_info = Gauge(
            "rightnote_build_info",
            "The running version (value is always 1).",
            ["version"],
            registry=r,
        )
        self.build_info.labels(__version__).set(1)
        self.http_requests = Counter(
            "rightnote_http_requests",
            "HTTP requests answered, by method, route template and status code.",
            ["method", "route", "status"],
            registry=r,
        )
        self.http_duration = Histogram(
            "rightnote_http_request_duration_seconds",
            "Time from receiving a request to the end of its response, by route template.",
            ["method", "route"],
            buckets=_HTTP_BUCKETS,
            registry=r,
        )
        self.rate_limited = Counter(
            "rightnote_rate_limited",
            "Requests refused with 429, by limit (ip or user).",
            ["limit"],
            registry=r,
        )
        self.rate_limit_store_errors = Counter(
            "rightnote_rate_limit_store_errors",
            "Rate-limit checks that could not reach Redis and used this process's own buckets, "
            "by limit (ip or user).",
            ["limit"],
            registry=r,
        )
        self.drafts_created = Counter(
            "rightnote_drafts_created",
            "Drafts put into a mailbox by the auto-draft worker, by provider.",
            ["provider"],
            registry=r,
        )
        self.drafts_failed = Counter(
            "rightnote_drafts_failed",
            "Draft records that gave up for good, by reason kind.",
            ["reason"],
            registry=r,
        )
        self.queue_depth = Gauge(
            "rightnote_draft_queue_depth",
            "Open draft records: pending (waiting or due), claimed (a worker holds them), "
            "due (pending and due now: the backlog).",
            ["state"],
            registry=r,
        )
        self.sync_lag = Histogram(
            "rightnote_calendar_sync_lag_seconds",
            "Seconds from a calendar change (or the last sync) to its sync, by provider.",
            ["provider"],
            buckets=_SYNC_BUCKETS,
            registry=r,
        )
        self.sync_oldest = Gauge(
            "rightnote_calendar_sync_oldest_age_seconds",
            "Age of the least recently synced calendar of an active connection.",
            registry=r,
        )
        self.worker_last_tick = Gauge(
            "rightnote_worker_last_tick_timestamp_seconds",
            "Unix time of the worker loop's last pass (0: no pass yet).",
            registry=r,
        )
        self._reason = _BoundedLabel()
        self._provider = _BoundedLabel(8)
        self._refresh_lock = asyncio.Lock()
        self._refreshed_at = float("-inf")
        self._last_tick: float | None = None
        self._http_children: dict[tuple[str, str, int], tuple[Any, Any]] = {}
        self._requests: list[tuple[str, str, int, float]] = []  # not yet folded into the series

    # --- HTTP (the request middleware) ---------------------------------------------------
    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        # Noted here, folded into the Prometheus series in batches (`_fold_requests`): before
        # every render, and every FOLD_EVERY requests so the list stays bounded. Recorded one by
        # one, each request paid for the series' locks, label lookups and bucket search in the
        # middle of serving it (~6 µs in the running app, CPU time in-process); in one tight loop
        # the same updates cost a fraction of that, and a scrape still sees every request.
        self._requests.append((method, route, status, seconds))
        if len(self._requests) >= FOLD_EVERY:
            self._fold_requests()

    def _fold_requests(self) -> None:
        requests, self._requests = self._requests, []
        for method, route, status, seconds in requests:
            # The labelled children are looked up once per (method, route, status): prometheus'
            # labels() takes a lock and validates the labels on every call.
            method = method if method in _METHODS else "other"  # first: keeps the cache bounded
            key = (method, route, status)
            children = self._http_children.get(key)
            if children is None:
                children = (
                    self.http_requests.labels(method, route, str(status)),
                    self.http_duration.labels(method, route),
                )
                self._http_children[key] = children
            children[0].inc()
            children[1].observe(seconds)

    def request_limited(self, limit: str) -> None:
        self.rate_limited.labels(limit).inc()

    def rate_limit_store_error(self, limit: str) -> None:
        self.rate_limit_store_errors.labels(limit).inc()

    # --- auto-drafts and sync (the worker) -------------------------------------------------
    def draft_delivered(self, provider: str | None = None) -> None:
        self.drafts_created.labels(self._provider(provider)).inc()

    def draft_failed(self, reason_kind: str | None = None) -> None:
        self.drafts_failed.labels(self._reason(reason_kind)).inc()

    def set_queue_depth(self, count: int, state: str = "pending") -> None:
        self.queue_depth.labels(state if state in ("pending", "claimed", "due") else "other").set(
            count
        )

    def observe_sync_lag(self, seconds: float, provider: str | None = None) -> None:
        self.sync_lag.labels(self._provider(provider)).observe(max(0.0, seconds))

    def worker_tick(self) -> None:
        self._last_tick = time.monotonic()
        self.worker_last_tick.set(time.time())

    def seconds_since_tick(self) -> float | None:
        """Seconds since the worker loop's last pass; None before the first."""
        return None if self._last_tick is None else time.monotonic() - self._last_tick

    # --- exposition ------------------------------------------------------------------------
    def render(self) -> bytes:
        self._fold_requests()
        return generate_latest(self.registry)

    async def refresh_from_database(self, database: Database, now: datetime) -> None:
        """Read the queue depth and the oldest sync from the database, at most every 10 s.

        Never raises: a failing query leaves the previous values and logs a warning, so a
        database outage does not also blind the metrics that would show it.
        """
        async with self._refresh_lock:
            if time.monotonic() - self._refreshed_at < REFRESH_INTERVAL_SECONDS:
                return
            self._refreshed_at = time.monotonic()
            try:
                async with asyncio.timeout(REFRESH_TIMEOUT_SECONDS):
                    counts, oldest = await _database_gauges(database, now)
            except Exception as exc:
                log.warning("metrics.refresh_failed", extra={"error": type(exc).__name__})
                return
        for state in ("pending", "claimed", "due"):
            self.queue_depth.labels(state).set(counts.get(state, 0))
        self.sync_oldest.set(max(0.0, (now - oldest).total_seconds()) if oldest else 0.0)


async def _database_gauges(database: Database, now: datetime) -> tuple[dict[str, int], Any]:
    # Imported here: the metrics module is also loaded by processes that never open a store.
    from sqlalchemy import func, select

    from app.store.connections import Connection, ConnectionStatus
    from app.store.drafts import OPEN_STATES, DraftRecord, DraftState
    from app.store.sync import SyncState

    async with database.sessions() as session:
        # Both counts ride the (state, next_attempt_at) index.
        rows = await session.execute(
            select(DraftRecord.state, func.count())
            .where(DraftRecord.state.in_(OPEN_STATES))
            .group_by(DraftRecord.state)
        )
        counts = {str(state): int(n) for state, n in rows.all()}
        counts["due"] = int(
            await session.scalar(
                select(func.count()).where(
                    DraftRecord.state == DraftState.PENDING, DraftRecord.next_attempt_at <= now
                )
            )
            or 0
        )
        oldest = await session.scalar(
            select(func.min(SyncState.last_synced_at))
            .join(Connection, Connection.id == SyncState.connection_id)
            .where(Connection.status == ConnectionStatus.ACTIVE)
        )
        await session.rollback()
    return counts, oldest
