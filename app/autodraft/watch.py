"""`rightnote watch`: the embedded default as a long-running process.

    watcher = Watcher(database, calendar, me=[...], timezone=..., imap=... or maildir=...,
                      interval=30.0, clock=...)
    code = await watcher.run()      # until stop() (SIGTERM/SIGINT): 0, or EXIT_REAUTH

Each tick polls the calendar (the source object lives across ticks, so a feed answers 304 and a
CalDAV collection sends only what changed). One `run_local` pass is made when the calendar
changed, when a pending draft has come due (read from the database: `next_due_at`), or on the
first tick after a start. Between ticks the watcher sleeps for the interval, or only until the
next draft comes due when that is sooner: an interview that ends with no calendar change gets
its drafts within a pass's time of its end, not an interval later.

Failures:
- ProviderUnavailable (network down, server busy), a feed that cannot be parsed, a database
  that is busy: one log line, then the next tick after an exponential back-off with jitter
  (interval x 2^n, capped at MAX_BACKOFF, x a random 0.5-1.0), and on.
- ReauthRequired (a wrong password or token, for the calendar or the mailbox): one clear log
  line and `run()` returns EXIT_REAUTH; nothing retries a refused login.

Stopping: `stop()` ends the sleep at once. A pass under way is given `grace` seconds to finish;
after that (or at a second `stop()`) it is cancelled. Cancelling is safe: the database session
rolls back, a claimed draft keeps its lease and is freed at the next start (its holder is dead),
and a draft already appended is found by its key. Restarts lose nothing: all state is in the
database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.calendar.model import Interview
from app.errors import (
    AppError,
    ParseError,
    PayloadTooLarge,
    ProviderError,
    ProviderUnavailable,
    ReauthRequired,
)
from app.providers.base import ProviderBusy, bounded_wait

EXIT_REAUTH = 3
MAX_BACKOFF = 900.0  # 15 minutes: a long outage is still noticed within a quarter hour
DUE_MARGIN = 0.5  # seconds after the due time, so `now >= due` holds when we wake
log = logging.getLogger("rightnote.watch")


@dataclass(slots=True)
class _Snapshot:
    """The interviews of one poll, handed to run_local so the pass does not fetch again."""

    subject: str
    found: list[Interview]
    warnings: list[str]

    async def interviews(
        self,
        *,
        me: Sequence[str],
        timezone: str,
        window: tuple[datetime, datetime] | None = None,
        warnings: list[str] | None = None,
    ) -> list[Interview]:
        if warnings is not None:
            warnings.extend(self.warnings)
        return list(self.found)


@dataclass(slots=True)
class Tick:
    """What one tick did, for logs and tests."""

    polled: bool = False
    changed: bool = False
    passed: bool = False
    summary: Any = None
    error: str | None = None
    passed_at: datetime | None = None  # the `now` a pass planned and delivered for
    retry_after: float | None = None  # the wait a busy server asked for (Retry-After)


class Watcher:
    def __init__(
        self,
        database: Any,
        calendar: Any,
        *,
        me: Sequence[str],
        timezone: str,
        candidate_name: str | None = None,
        maildir: Path | None = None,
        imap: Any = None,
        interval: float = 30.0,
        retention_days: int = 90,
        clock: Callable[[], datetime] | None = None,
        grace: float = 20.0,
        rng: random.Random | None = None,
        before_delivery: Callable[[int], Awaitable[None]] | None = None,
    ) -> None:
        self.database = database
        self.calendar = calendar
        self.me = list(me)
        self.timezone = timezone
        self.candidate_name = candidate_name
        self.maildir = maildir
        self.imap = imap
        self.interval = interval
        self.retention_days = retention_days
        self.clock = clock or (lambda: datetime.now(UTC))
        self.grace = grace
        # Jitter only spreads retries out; it needs no cryptographic randomness.
        self.rng = rng or random.Random()  # noqa: S311
        self._before_delivery = before_delivery
        self._stop = asyncio.Event()
        self._stops = 0
        self._task: asyncio.Task[Tick] | None = None
        self._first = True
        self._in_pass = False  # run_local under way: a stop waits up to `grace` for it
        self._cut_pass = False  # a stop came while a pass was under way
        self._checked = False
        self.failures = 0
        self.passes = 0

    # --- control -----------------------------------------------------------------------------

    def stop(self) -> None:
        """Ask the watcher to stop (signal-safe when called from the loop's signal handler)."""
        self._stops += 1
        self._stop.set()
        task = self._task
        if task is None or task.done():
            return
        self._cut_pass = self._cut_pass or self._in_pass
        if self._stops == 1 and not self._in_pass:
            # Only polling: nothing is written yet, so a Ctrl-C during a slow first poll (a
            # feed that does not answer) stops now rather than after the grace.
            task.cancel()
        elif self._stops == 1:
            log.info("stopping: letting the current pass finish (up to %g s)", self.grace)
            asyncio.get_running_loop().call_later(self.grace, task.cancel)
        else:
            task.cancel()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    async def run(self) -> int:
        """Tick until stopped: 0, or EXIT_REAUTH when a login was refused."""
        log.info(
            "watching %s every %g s, drafts to %s",
            self.calendar.subject,
            self.interval,
            self.imap.account.url if self.imap is not None else self.maildir,
        )
        while not self._stop.is_set():
            self._task = asyncio.create_task(self.tick())
            try:
                tick = await self._task
            except asyncio.CancelledError:
                if self._stop.is_set():
                    if self._cut_pass:
                        log.info("stopped mid-pass; the next start completes it")
                    break
                raise
            except ReauthRequired as exc:
                log.error("login refused, stopping: %s", exc.detail)
                return EXIT_REAUTH
            finally:
                self._task = None
            if self.imap is not None and self.imap.refused:
                log.error("login refused, stopping: %s", self.imap.refused)
                return EXIT_REAUTH
            await self._sleep(await self._delay(tick))
        log.info("stopped")
        return 0

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=max(seconds, 0.0))

    async def _delay(self, tick: Tick) -> float:
        if tick.error is not None:
            # Full back-off with jitter: many watchers behind one provider do not retry in step.
            base = min(self.interval * 2.0 ** min(self.failures - 1, 16), MAX_BACKOFF)
            delay = base * self.rng.uniform(0.5, 1.0)
            if tick.retry_after is not None:
                # Never sooner than the server asked: asking again early only prolongs a ban.
                delay = max(delay, tick.retry_after)
            log.warning("%s; next try in %.0f s", tick.error, delay)
            return delay
        delay = self.interval
        due = await self._next_due()
        if due is not None:
            if tick.passed_at is not None and due <= tick.passed_at:
                # Due at the pass's moment yet not delivered by it (held elsewhere, or stuck):
                # another pass at once would find the same, so no faster than the interval.
                return delay
            until = (due - self.clock()).total_seconds() + DUE_MARGIN
            delay = min(delay, max(until, 0.0))
        return delay

    async def _next_due(self) -> datetime | None:
        from sqlalchemy.exc import DBAPIError

        from app.autodraft.local_run import next_due_at

        try:
            return await next_due_at(self.database)
        except DBAPIError:
            return None  # the next tick looks again

    # --- one tick ------------------------------------------------------------------------------

    async def tick(self) -> Tick:
        """Poll, and make a pass when something changed or came due. ReauthRequired escapes."""
        from sqlalchemy.exc import DBAPIError

        tick = Tick()
        try:
            await self._tick(tick)
        except ReauthRequired:
            raise
        except ProviderUnavailable as exc:
            kind = "unreachable"
            if isinstance(exc, ProviderBusy):
                # A 429 or 503 is an answer: the server is there, and busy. Its wait is bounded
                # here too, whoever built the error, so the sleep is always a sane number.
                tick.retry_after = bounded_wait(exc.retry_after)
                kind = "busy"
            tick.error = f"{kind}: {exc.detail}"
        except (ParseError, PayloadTooLarge) as exc:
            tick.error = f"the calendar could not be read: {exc.detail}"
        except ProviderError as exc:
            tick.error = f"provider error: {exc.detail}"
        except AppError as exc:
            tick.error = f"error: {exc.detail}"
        except DBAPIError as exc:
            tick.error = f"the database refused: {exc.orig}"
        if tick.error is not None:
            self.failures += 1
        else:
            self.failures = 0
        return tick

    async def _tick(self, tick: Tick) -> None:
        from app.autodraft.local_run import next_due_at

        if self.imap is not None and not self._checked:
            # Log in once up front: a wrong password stops the watcher before any planning.
            folder = await self.imap.check()
            self._checked = True
            log.info("mailbox ready: drafts folder %r", folder)
        warnings: list[str] = []
        found = await self.calendar.interviews(
            me=self.me, timezone=self.timezone, warnings=warnings
        )
        tick.polled = True
        now = self.clock()
        tick.changed = bool(self.calendar.changed)
        due = await next_due_at(self.database)
        came_due = due is not None and due <= now
        if not (self._first or tick.changed or came_due):
            return
        why = "start" if self._first else "calendar changed" if tick.changed else "a draft is due"
        self._in_pass = True
        try:
            summary = await self._pass(found, warnings, now)
        finally:
            self._in_pass = False
        self._first = False
        self.passes += 1
        tick.passed, tick.summary, tick.passed_at = True, summary, now
        log.info(
            "pass (%s): %d interviews · %d drafts written · %d waiting · %d cancelled"
            " · %d failed%s",
            why,
            summary.interviews_found,
            summary.drafts_created,
            summary.waiting,
            summary.cancelled,
            summary.failed,
            f" · {summary.retrying} retrying" if summary.retrying else "",
        )
        for warning in warnings:
            log.warning("calendar: %s", warning)

    async def _pass(self, found: list[Interview], warnings: list[str], now: datetime) -> Any:
        from app.autodraft.local_run import run_local

        return await run_local(
            self.database,
            calendar=_Snapshot(self.calendar.subject, found, warnings),
            me=self.me,
            maildir=self.maildir if self.imap is None else None,
            imap=self.imap,
            now=now,
            timezone=self.timezone,
            candidate_name=self.candidate_name,
            retention_days=self.retention_days,
            before_delivery=self._before_delivery,
        )


def running_clock(start: datetime | None) -> Callable[[], datetime]:
    """The real clock, or one that starts at `start` and runs forward in real time (tests and
    replays: `rightnote watch --now`)."""
    if start is None:
        return lambda: datetime.now(UTC)
    import time

    origin = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - origin)
