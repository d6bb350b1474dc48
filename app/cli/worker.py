"""`rightnote worker`: deliver due auto-drafts until stopped (SIGTERM/SIGINT stop it gracefully).

rightnote worker                    poll every RIGHTNOTE_WORKER_POLL_SECONDS (5 s)
rightnote worker --once             deliver what is due now, then exit
rightnote worker --concurrency 4    four claim loops in this process (PostgreSQL only)

Beside the delivery loops runs the calendar sync loop (app.autodraft.sync_runner): syncs asked
for by push notifications and new connections (checked every RIGHTNOTE_SYNC_POLL_SECONDS), the
sweep (RIGHTNOTE_SYNC_SWEEP_SECONDS) and channel/subscription renewal.
"""

from __future__ import annotations

import asyncio
import logging
import signal

import typer
from pydantic import ValidationError

from app.cli import app
from app.cli.output import console, database_failures, fail
from app.settings import Settings


@app.command()
def worker(
    once: bool = typer.Option(False, "--once", help="Deliver what is due now, then exit."),
    concurrency: int = typer.Option(
        1, "--concurrency", "-c", min=1, max=64, help="Worker loops in this process."
    ),
) -> None:
    """Put each interviewer's note into the user's mailbox when their interview ends."""
    from app.cli.serve import _settings_message

    try:
        settings = Settings()
    except ValidationError as exc:
        fail(_settings_message(exc))
    from app.ops.logging import setup_logging

    setup_logging(settings)
    # Alembic narrates every start at INFO; only its warnings matter to a worker's log.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    url = settings.resolved_database_url
    if concurrency > 1 and url.startswith("sqlite"):
        fail(
            "SQLite runs one worker: its writers are serialised and it has no SKIP LOCKED. "
            "Use --concurrency 1, or PostgreSQL (RIGHTNOTE_DATABASE_URL) for more."
        )
    delivered = _run(settings, once=once, concurrency=concurrency)
    if once:
        console.print(f"delivered {delivered} draft(s)", highlight=False)


def _run(settings: Settings, *, once: bool, concurrency: int) -> int:
    from contextlib import AsyncExitStack

    from app.autodraft.delivery import DELIVERED, DeliveryDefaults, DeliveryResult, Outcome
    from app.autodraft.retry import RetryPolicy
    from app.autodraft.sync_runner import SyncRunner
    from app.autodraft.worker import Worker, recover_orphaned_claims, run_workers
    from app.ops.metrics_server import serve_worker_metrics
    from app.store.base import utcnow
    from app.wiring import build_resources

    async def work() -> int:
        # The API's lifespan builds the same resources with the same builder (app/wiring.py).
        async with AsyncExitStack() as stack:
            resources = await build_resources(settings, stack)
            if resources.keys_problem is not None:
                # Calendar sync and token refresh cannot run without the keys.
                fail(resources.keys_problem)
            database, metrics = resources.database, resources.metrics
            await recover_orphaned_claims(database, now=utcnow())
            # Calendar sync (push notifications, sweep, channel renewal) runs beside delivery.
            sync = SyncRunner(
                database,
                resources.syncs,
                poll_seconds=settings.sync_poll_seconds,
                sweep_seconds=settings.sync_sweep_seconds,
                metrics=metrics,
            )

            def count(result: DeliveryResult) -> None:
                if result.outcome in DELIVERED:
                    metrics.draft_delivered()
                elif result.outcome is Outcome.FAILED:
                    metrics.draft_failed("permanent")
                elif result.outcome is Outcome.REAUTH:
                    metrics.draft_failed("reauth")

            def make(index: int) -> Worker:
                return Worker(
                    database,
                    resources.mailboxes,
                    policy=RetryPolicy(max_attempts=settings.worker_max_attempts),
                    defaults=DeliveryDefaults.from_settings(settings),
                    batch_size=settings.worker_batch_size,
                    poll_seconds=settings.worker_poll_seconds,
                    retention_days=settings.retention_days,
                    on_result=count,
                    on_tick=metrics.worker_tick,
                )

            if once:
                await sync.run_once()
                results = await make(0).drain()
                return sum(r.outcome in DELIVERED for r in results)
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            # /metrics and /healthz for Prometheus and the liveness probe (metrics_port).
            async with serve_worker_metrics(metrics, settings), asyncio.TaskGroup() as group:
                group.create_task(sync.run(stop))
                group.create_task(run_workers(concurrency, stop, make))
            return 0

    with database_failures():
        return asyncio.run(work())
