"""The calendar sync loop that runs inside `rightnote worker`, beside the delivery loop.

    runner = build_sync_runner(settings, database, http, metrics=metrics)
    await runner.run(stop)          # until `stop` is set
    await runner.run_once()         # one pass: sweep if due, then every requested sync

Each pass:
1. every `SWEEP_CHECK_SECONDS`, the sweep (`sync_state.request_stale`) marks for sync every
   active calendar not synced for RIGHTNOTE_SYNC_SWEEP_SECONDS, and every push channel that
   expires within a day. This is the safety net: a lost notification, a missed webhook or a dead
   worker delays a change by at most one sweep interval, never forever; and every 10 s, the
   calendars with a draft due within a minute that were not synced for 30 s are requested too,
   so a late move or cancellation is seen before the draft is written;
2. requested calendars (a webhook, a new connection, the sweep) are taken with a lease and synced,
   a few at a time (`concurrency`), each by its provider's `CalendarSync`: the one algorithm
   (sync_common.IncrementalSync) over the provider's `IncrementalCalendar` (Google, Microsoft);
3. a revoked grant (`ReauthRequired`) turns the connection `needs_reauth`: its calendar and its
   drafts wait until the user reconnects; other failures are tried again after a backoff.
The loop polls every RIGHTNOTE_SYNC_POLL_SECONDS (1 s): a webhook's request is picked up within
about a second, well inside the drafts' one-minute target.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

import httpx
from sqlalchemy import delete

from app.autodraft.sync_common import RENEW_BEFORE, SyncReport
from app.autodraft.sync_state import (
    SyncClaim,
    claim_requested,
    finish_claim,
    request_before_due,
    request_stale,
)
from app.errors import ProviderThrottled, ReauthRequired
from app.providers.base import ProviderBusy, bounded_wait
from app.settings import Settings
from app.store.base import utcnow
from app.store.connect import ConnectAttempt
from app.store.connections import Connection, ConnectionStatus
from app.store.db import Database
from app.store.queries import set_connection_status
from app.store.sync import SyncState
from app.store.users import User

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

    from app.ops.metrics import Metrics
    from app.providers.microsoft import MicrosoftGraph

log = logging.getLogger("rightnote.sync")

SWEEP_CHECK_SECONDS = 30.0
# Just before a draft falls due its calendar is synced once more (if not synced lately), so a
# move or cancellation whose notification was lost is seen in time, whatever the sweep interval.
PRE_DUE_CHECK = timedelta(seconds=10)
PRE_DUE_WITHIN = timedelta(seconds=60)
PRE_DUE_FRESH = timedelta(seconds=30)
DEFAULT_LEASE = timedelta(minutes=5)
RETRY_BASE_SECONDS = 30.0
RETRY_CAP_SECONDS = 900.0
MAINTENANCE_EVERY = timedelta(hours=1)
# Connect attempts are kept a day past expiry (for support questions), then deleted.
ATTEMPTS_KEPT = timedelta(days=1)


class CalendarSync(Protocol):
    provider: str
    resource: str

    async def sync(
        self,
        sessions: async_sessionmaker[AsyncSession],
        state: SyncState,
        connection: Connection,
        user: User,
        *,
        now: datetime,
    ) -> SyncReport: ...

    async def forget(
        self,
        sessions: async_sessionmaker[AsyncSession],
        connection: Connection,
        user: User,
        state: SyncState,
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    claim: SyncClaim
    report: SyncReport | None
    error: str | None = None
    reauth: bool = False


class SyncRunner:
    def __init__(
        self,
        database: Database,
        syncs: Mapping[str, CalendarSync],
        *,
        clock: Callable[[], datetime] = utcnow,
        poll_seconds: float = 1.0,
        sweep_seconds: float = 300.0,
        batch_size: int = 20,
        concurrency: int = 4,
        lease: timedelta = DEFAULT_LEASE,
        metrics: Metrics | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.database = database
        self.syncs = dict(syncs)
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.sweep_every = timedelta(seconds=sweep_seconds)
        self.sweep_check = min(SWEEP_CHECK_SECONDS, sweep_seconds / 2)
        self.batch_size = batch_size
        self._slots = asyncio.Semaphore(max(1, concurrency))
        self.lease = lease
        self.metrics = metrics
        # Jitter only (spreading retries), not security.
        self._rng = rng or random.Random()  # noqa: S311
        self._last_sweep: datetime | None = None
        self._last_pre_due: datetime | None = None
        self._last_maintenance: datetime | None = None
        self._failures: dict[object, int] = {}

    # --- one pass -------------------------------------------------------------------------

    async def sweep(self, now: datetime | None = None) -> int:
        now = now or self.clock()
        async with self.database.sessions() as session:
            count = await request_stale(
                session,
                now=now,
                sweep_every=self.sweep_every,
                renew_before=RENEW_BEFORE,
                providers=tuple(self.syncs),
            )
            await session.commit()
        self._last_sweep = now
        if count:
            log.info("sync.sweep_requested", extra={"calendars": count})
        return count

    async def check_before_due(self, now: datetime) -> int:
        async with self.database.sessions() as session:
            count = await request_before_due(
                session,
                now=now,
                within=PRE_DUE_WITHIN,
                fresher_than=PRE_DUE_FRESH,
                providers=tuple(self.syncs),
            )
            await session.commit()
        self._last_pre_due = now
        return count

    async def run_once(self) -> list[SyncOutcome]:
        now = self.clock()
        await self._maintenance(now)
        if self._last_sweep is None or (now - self._last_sweep).total_seconds() >= self.sweep_check:
            await self.sweep(now)
        if self._last_pre_due is None or now - self._last_pre_due >= PRE_DUE_CHECK:
            await self.check_before_due(now)
        async with self.database.sessions() as session:
            claims = await claim_requested(
                session,
                now=now,
                lease=self.lease,
                limit=self.batch_size,
                providers=tuple(self.syncs),
            )
            await session.commit()
        if not claims:
            return []
        return list(await asyncio.gather(*(self._guarded(claim) for claim in claims)))

    async def _guarded(self, claim: SyncClaim) -> SyncOutcome:
        async with self._slots:
            try:
                return await self.sync_one(claim)
            except Exception as exc:  # a bug or the database: the lease frees the row later
                log.exception("sync.error", extra={"state": str(claim.state_id)})
                return SyncOutcome(claim, None, f"{type(exc).__name__}")

    async def sync_one(self, claim: SyncClaim) -> SyncOutcome:
        async with self.database.sessions() as session:
            state = await session.get(SyncState, claim.state_id)
            connection = await session.get(Connection, claim.connection_id)
            user = await session.get(User, claim.user_id)
        if state is None or connection is None or user is None:
            return SyncOutcome(claim, None, "gone")
        sync = self.syncs.get(claim.provider)
        if sync is None:
            error = f"no calendar sync is configured for {claim.provider!r}"
            await self._finish(claim, error=error, retry_in=3600.0)
            return SyncOutcome(claim, None, error)
        try:
            report = await sync.sync(
                self.database.sessions, state, connection, user, now=self.clock()
            )
        except ReauthRequired as exc:
            reason = str(exc.detail)[:500]
            async with self.database.sessions() as session:
                await set_connection_status(
                    session, user.id, connection.id, ConnectionStatus.NEEDS_REAUTH, reason
                )
                # The request stays: it runs again once the user has reconnected.
                await finish_claim(session, claim, now=self.clock(), error=reason)
                await session.commit()
            log.warning("sync.needs_reauth", extra={"connection": str(connection.id)})
            return SyncOutcome(claim, None, reason, reauth=True)
        except Exception as exc:
            failures = self._failures.get(claim.state_id, 0) + 1
            self._failures[claim.state_id] = failures
            delay = self._backoff(failures, exc)
            error = f"{type(exc).__name__}: {getattr(exc, 'detail', exc)}"[:500]
            if not isinstance(exc, ProviderThrottled) and not hasattr(exc, "status_code"):
                log.exception("sync.failed", extra={"state": str(claim.state_id)})
            else:
                log.warning("sync.failed", extra={"state": str(claim.state_id), "delay": delay})
            await self._finish(claim, error=error, retry_in=delay)
            return SyncOutcome(claim, None, error)
        self._failures.pop(claim.state_id, None)
        done = self.clock()
        async with self.database.sessions() as session:
            await finish_claim(session, claim, now=done)
            await session.commit()
        if self.metrics is not None:
            lag = (done - claim.requested_at).total_seconds()
            self.metrics.observe_sync_lag(lag, claim.provider)
        log.info(
            "sync.done",
            extra={
                "state": str(claim.state_id),
                "provider": claim.provider,
                "full": report.full,
                "items": report.items,
                "interviews": report.interviews,
                "channel": report.channel,
            },
        )
        return SyncOutcome(claim, report)

    def _backoff(self, failures: int, exc: BaseException) -> float:
        asked = bounded_wait(getattr(exc, "retry_after", None))  # so `now + wait` is a datetime
        if isinstance(exc, ProviderThrottled) and asked is not None:
            return max(1.0, asked)  # the provider's wait
        bound = min(RETRY_CAP_SECONDS, RETRY_BASE_SECONDS * 2 ** (failures - 1))
        delay = self._rng.uniform(bound / 2, bound)
        if isinstance(exc, ProviderBusy) and asked is not None:
            # A busy CalDAV server's Retry-After: never sooner than it asked.
            delay = max(delay, asked)
        return delay

    async def _finish(self, claim: SyncClaim, *, error: str, retry_in: float) -> None:
        now = self.clock()
        async with self.database.sessions() as session:
            await finish_claim(
                session,
                claim,
                now=now,
                error=error,
                retry_at=now + timedelta(seconds=retry_in),
            )
            await session.commit()

    async def _maintenance(self, now: datetime) -> None:
        if self._last_maintenance is not None and now - self._last_maintenance < MAINTENANCE_EVERY:
            return
        self._last_maintenance = now
        async with self.database.sessions() as session:
            await session.execute(
                delete(ConnectAttempt).where(ConnectAttempt.expires_at < now - ATTEMPTS_KEPT)
            )
            await session.commit()

    # --- the loop -------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        log.info("sync.started", extra={"providers": sorted(self.syncs)})
        while not stop.is_set():
            busy = False
            try:
                busy = bool(await self.run_once())
            except Exception:
                log.exception("sync.loop_error")
            if busy and not stop.is_set():
                continue  # more may be waiting: look again at once
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.poll_seconds)
        log.info("sync.stopped")


def build_syncs(
    settings: Settings,
    database: Database,
    http: httpx.AsyncClient,
    *,
    msal_http_client: object | None = None,
    graph: MicrosoftGraph | None = None,
) -> dict[str, CalendarSync]:
    """The calendar syncs this deployment can run (Google and/or Microsoft, as configured):
    one `IncrementalSync` per provider, over that provider's incremental calendars.

    `graph`: the process's Graph provider when it has one (the API's lifespan builds it).
    """
    from app.auth.crypto import TokenCipher
    from app.autodraft.sync_common import IncrementalSync
    from app.providers import google_calendar_changes as google
    from app.providers import graph_calendar_changes as microsoft
    from app.providers.google_auth import GoogleTokenClient, GoogleTokens, google_web_configured
    from app.providers.microsoft import build_microsoft

    syncs: dict[str, CalendarSync] = {}
    cipher = TokenCipher.from_settings(settings)
    if google_web_configured(settings):
        tokens = GoogleTokens(GoogleTokenClient(settings), cipher, database.sessions)
        calendars = google.GoogleCalendars(settings, tokens)
        syncs[google.PROVIDER] = IncrementalSync(
            google.PROVIDER, calendars, settings, resource=google.RESOURCE
        )
    if graph is None:
        graph = build_microsoft(settings, http, msal_http_client=msal_http_client, cipher=cipher)
    if graph is not None:
        outlook = microsoft.GraphCalendars(settings, graph, database.sessions)
        syncs[microsoft.PROVIDER] = IncrementalSync(
            microsoft.PROVIDER, outlook, settings, resource=microsoft.RESOURCE
        )
    return syncs


def build_sync_runner(
    settings: Settings,
    database: Database,
    http: httpx.AsyncClient,
    *,
    metrics: Metrics | None = None,
) -> SyncRunner:
    return SyncRunner(
        database,
        build_syncs(settings, database, http),
        poll_seconds=settings.sync_poll_seconds,
        sweep_seconds=settings.sync_sweep_seconds,
        metrics=metrics,
    )
