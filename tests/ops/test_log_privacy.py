"""RIGHTNOTE_LOG_LEVEL=DEBUG must not log what a user wrote: SQL parameters carry plan text.

A plan is written through the API with DEBUG logging set up as `rightnote serve` does it; every
record any logger produced (captured raw, before formatting) and every formatted line are
searched for the plan's words.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.auth.identity import Identity
from app.autodraft.ingest import ingest_interviews
from app.main import create_app
from app.ops.logging import setup_logging
from app.settings import Settings
from app.store.db import Database
from app.store.queries import get_or_create_user
from tests.autodraft.helpers import NOW, loop
from tests.support.settings import production_settings

ALICE = Identity("google", "alice", email="alice@example.com", name="Alice Ng")
STUMBLE = "zebra-marker: I froze on the consistent-hashing question"
TOPIC = "quokka-marker cache layer"


class _Tokens:
    async def verify(self, token: str) -> Identity | None:
        return ALICE if token == "alice" else None


class _Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(f"{record.name} {record.getMessage()} {vars(record)!r}")


@pytest.fixture
def debug_logs(tmp_path: Path) -> Iterator[tuple[io.StringIO, _Everything]]:
    root = logging.getLogger()
    level = root.level
    stream = io.StringIO()
    handler = setup_logging(Settings(data_dir=tmp_path, log_level="DEBUG"), stream)
    raw = _Everything()
    root.addHandler(raw)
    try:
        yield stream, raw
    finally:
        root.removeHandler(handler)
        root.removeHandler(raw)
        root.setLevel(level)
        logging.getLogger("uvicorn.access").disabled = False


async def test_no_plan_text_reaches_the_logs_at_debug(
    tmp_path: Path, debug_logs: tuple[io.StringIO, _Everything]
) -> None:
    stream, raw = debug_logs
    settings = production_settings(tmp_path, timezone="America/New_York", log_level="DEBUG")
    app = create_app(settings)
    app.state.rightnote.verifiers.append(_Tokens())
    async with app.router.lifespan_context(app):
        database: Database = app.state.rightnote.resources.database
        async with database.sessions() as session:
            user = await get_or_create_user(session, ALICE)
            await ingest_interviews(session, user, [loop()], now=NOW, timezone="America/New_York")
            await session.commit()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="https://rightnote.example"
        ) as client:
            auth = {"Authorization": "Bearer alice"}
            listed = (await client.get("/v1/interviews", headers=auth)).json()
            person = listed["interviews"][0]["interviewers"][0]
            response = await client.patch(
                f"/v1/interviewers/{person['id']}/plan",
                json={"stumble": STUMBLE, "topic": TOPIC},
                headers=auth,
            )
            assert response.status_code == 200, response.text
            # Read back (SELECT parameters and result rows are logged by the same loggers).
            again = await client.get("/v1/interviews", headers=auth)
            assert TOPIC in again.text

    assert raw.texts, "the capture saw nothing: the test would prove nothing"
    assert any("http.request" in text for text in raw.texts)
    for marker in ("zebra-marker", "quokka-marker", "consistent-hashing"):
        assert marker not in stream.getvalue()
        assert not [text for text in raw.texts if marker in text]
