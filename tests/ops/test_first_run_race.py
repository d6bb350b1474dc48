"""Several processes starting at once on a fresh data directory (say `rightnote serve` and
`rightnote run` launched together, or a script that starts a few) must all open the embedded
SQLite database: its auto-migration runs in one of them at a time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 5

OPEN = """
import asyncio, os, sys, time
from pathlib import Path
from alembic.runtime.migration import MigrationContext
from app.settings import Settings
from app.store.db import open_database

# SQLite cannot roll DDL back, so Alembic commits after each migration: another process can
# read the version in between and apply the next migration a second time. Widen that window
# (a pause between migrations) so the race, when nothing prevents it, shows on every run.
_run_migrations = MigrationContext.run_migrations
def paused_run_migrations(self, **kw):
    steps = self._migrations_fn
    def paused(heads, context):
        for index, step in enumerate(steps(heads, context)):
            if index:
                time.sleep(0.3)
            yield step
    self._migrations_fn = paused
    return _run_migrations(self, **kw)
MigrationContext.run_migrations = paused_run_migrations

data_dir, barrier, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
async def main():
    database = await open_database(Settings(data_dir=data_dir))
    await database.dispose()

# Imports done (they take a while on a busy machine): wait until every process is here, then
# all start migrating at the same moment.
(barrier / str(os.getpid())).touch()
deadline = time.monotonic() + 120
while len(list(barrier.iterdir())) < count and time.monotonic() < deadline:
    time.sleep(0.01)
asyncio.run(main())
"""


def test_concurrent_first_runs_all_open_the_database(tmp_path: Path) -> None:
    data_dir, barrier = tmp_path / "fresh", tmp_path / "barrier"
    barrier.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RIGHTNOTE_DATABASE_URL", None)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, str(data_dir), str(barrier), str(PROCESSES)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    failures = []
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        if proc.returncode != 0:
            failures.append(stderr[-1500:])
    assert not failures, failures[0]
    assert (data_dir / "rightnote.db").exists()
    assert (data_dir / "rightnote.db.migrate.lock").exists()
