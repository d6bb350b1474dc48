"""The Gmail compose card as a picture for the README.

The real compose endpoint is called through the add-on harness (Google's signed request, the fake
Calendar read by the real client library) for a recipient who interviewed the user, at a fixed
moment so the picture does not change from run to run. The card JSON it returns is drawn by the
test renderer (tests/support/card_renderer.py), styled like Gmail's side panel, in headless
Chromium (Debian's, driven by Playwright) and saved to test-artifacts/gmail-compose-card.png;
with RIGHTNOTE_UPDATE_SCREENSHOTS=1 also to docs/images/gmail-compose-card.png.

It is our rendering of the card JSON, not a capture of Gmail: Google draws the real card. The
README's caption says so (CAPTION). Skipped when /usr/bin/chromium is missing, unless
RIGHTNOTE_REQUIRE_BROWSER=1 (CI) makes that a failure.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.addons.gmail import routes
from tests.addons.gmail_harness import harness, interview_event, pushed_card, texts
from tests.fakes.google_api import FakeGoogleApis
from tests.support.browser import CHROMIUM_ARGS
from tests.support.card_renderer import PANEL_WIDTH, card_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACT = ROOT / "test-artifacts" / "gmail-compose-card.png"
README_IMAGE = ROOT / "docs" / "images" / "gmail-compose-card.png"
CAPTION = (
    "The Gmail compose card for an interviewer, drawn by RightNote's test renderer from the card "
    "JSON the compose endpoint returns. It is our rendering, not a screenshot of Gmail."
)
# A Tuesday afternoon in New York; the interview ended two hours before.
NOW = datetime(2025, 3, 11, 19, 30, tzinfo=UTC)
DANA = "dana.lee@litware.example"


@pytest.fixture
def chromium() -> Path:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("RIGHTNOTE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason}; RIGHTNOTE_REQUIRE_BROWSER=1 makes this a failure")
        pytest.skip(reason)
    return CHROMIUM


async def test_the_compose_card_picture(chromium: Path, tmp_path: Path) -> None:
    from playwright.async_api import async_playwright

    apis = FakeGoogleApis()
    apis.add_event(interview_event("loop1", NOW - timedelta(hours=3, minutes=30)))
    async with harness(tmp_path / "app", apis) as h:
        h.app.dependency_overrides[routes._now] = lambda: NOW
        response = await h.call(
            "/addons/gmail/compose", h.event(to=[DANA], time_zone="America/New_York")
        )
    card = pushed_card(response)
    said = texts(card)
    assert "Dana Lee" in said and "Follow up with a decision-maker" in said
    page_html = card_html(card)  # raises on a widget the renderer does not know

    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(chromium),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": PANEL_WIDTH, "height": 600},
            device_scale_factor=2,
            locale="en-US",
            timezone_id="America/New_York",
        )
        try:
            page = await context.new_page()
            await page.route("**/*", lambda route: route.abort())  # nothing may load
            await page.set_content(page_html)
            shown = await page.inner_text("#panel")
            assert "Dana Lee" in shown and "Insert draft" in shown and "Check voice" in shown
            assert "Which note" in shown and "What you talked about" in shown
            ARTIFACT.parent.mkdir(exist_ok=True)
            await page.screenshot(path=str(ARTIFACT), full_page=True)
        finally:
            await context.close()

    png = ARTIFACT.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    if os.environ.get("RIGHTNOTE_UPDATE_SCREENSHOTS") == "1":
        README_IMAGE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACT, README_IMAGE)
