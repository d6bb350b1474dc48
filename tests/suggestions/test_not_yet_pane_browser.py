"""The Outlook task pane before the interview (QA5): composing to Priya two days ahead, the pane
says when the interview is and that the note comes after it, offers no draft and no Insert;
picking a note still writes one. Headless Chromium against the real backend, as in
tests/outlook/test_taskpane_browser.py (skipped without /usr/bin/chromium)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.main import create_app
from app.settings import Settings
from app.store.db import Database
from app.store.migrations import run_migrations
from tests.fakes.graph import graph_event
from tests.fakes.server import serve_asgi
from tests.outlook.seed import (
    CANDIDATE,
    DANA,
    JORDAN,
    LOCAL_CANDIDATE,
    PRIYA,
    interviews_from,
    seed_interviews,
)
from tests.outlook.test_taskpane_browser import Pane, browse, chromium, person

__all__ = ["chromium"]  # the fixture, shared with test_taskpane_browser.py

pytestmark = pytest.mark.browser

_BODY = """<p>Your schedule:</p>
<p>2:00 PM - 2:45 PM Priya Raman, Engineering Manager<br>
2:45 PM - 3:30 PM Dana Whitfield, Senior Software Engineer</p>"""


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[str]:
    """The real app in local mode, with an onsite two days from now at 14:00 UTC."""
    settings = Settings(
        data_dir=tmp_path / "data", local_user_name=CANDIDATE[0], local_user_email=CANDIDATE[1]
    )
    now = datetime.now(UTC)
    start = (now + timedelta(days=2)).replace(hour=14, minute=0, second=0, microsecond=0)
    event = graph_event(
        "Interview - Senior Backend Engineer - Northwind",
        start,
        90,
        organizer=JORDAN,
        attendees=[CANDIDATE, PRIYA, DANA],
        body=_BODY,
        id="AAMkNorthwindAhead",
    )

    async def seed() -> None:
        await run_migrations(settings.resolved_database_url)
        database = Database(settings.resolved_database_url)
        try:
            interviews = interviews_from(event, CANDIDATE[1])
            await seed_interviews(database, LOCAL_CANDIDATE, interviews, now=now)
        finally:
            await database.dispose()

    asyncio.run(seed())
    with serve_asgi(create_app(settings), lifespan="on") as url:
        yield url


@pytest.fixture
def pane(chromium: Path, backend: str, tmp_path: Path) -> Iterator[Pane]:
    yield from browse(chromium, backend, tmp_path)


def test_two_days_ahead_the_pane_says_not_yet(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(PRIYA)], subject="", body="<div><br></div>", bodyType="html")
    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    expect(page.locator("#suggested-label")).to_have_text(
        "Not yet: no note until the interview has ended (then: Follow up with a decision-maker)"
    )
    expect(page.locator("#reasons")).to_contain_text("14:00–14:45 UTC: it has not happened yet")
    expect(page.locator("#advice")).to_be_visible()
    expect(page.locator("#advice")).to_contain_text("The note comes after it")
    expect(page.locator("#scenario")).to_have_value("")
    expect(page.locator("#scenario option[value='']")).to_have_text("Not yet: after the interview")
    expect(page.locator("#insert")).to_be_disabled()
    expect(page.locator("#preview")).to_be_hidden()
    expect(page.locator("#status")).to_contain_text("Priya Raman: Not yet")

    # The user can always pick a note: the draft appears and can be inserted.
    page.select_option("#scenario", "gratitude")
    expect(page.locator("#preview-text")).to_contain_text("Hi Priya,")
    expect(page.locator("#insert")).to_be_enabled()
