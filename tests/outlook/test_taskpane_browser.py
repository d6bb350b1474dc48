"""The Outlook task pane in headless Chromium (Debian's), driven by Playwright, against the real
backend on loopback with a stub Office.js host (tests/outlook/office_stub.js).

Playwright routes the Office.js CDN URL to the stub, so the page under test is exactly the HTML
served in production; every other non-loopback request is refused (no network in tests).
Skipped when /usr/bin/chromium is missing, unless RIGHTNOTE_REQUIRE_BROWSER=1 (CI) makes that a
failure. A screenshot of the pane goes to test-artifacts/outlook-taskpane.png; with
RIGHTNOTE_UPDATE_SCREENSHOTS=1 it is also copied to docs/images/ for the README.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.main import create_app
from app.settings import Settings
from app.store.db import Database
from app.store.migrations import run_migrations
from tests.fakes.server import serve_asgi
from tests.outlook.seed import (
    CANDIDATE,
    DANA,
    PRIYA,
    northwind_onsite,
    seed_local_onsite,
)
from tests.support.browser import CHROMIUM_ARGS

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
STUB = Path(__file__).with_name("office_stub.js")
ARTIFACTS = ROOT / "test-artifacts"
README_SCREENSHOT = ROOT / "docs" / "images" / "outlook-taskpane.png"
PANE_WIDTH = 320
WAIT_MS = 15_000  # polling (2 s) plus settling (1.5 s) plus a request, with room to spare


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("RIGHTNOTE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason}; RIGHTNOTE_REQUIRE_BROWSER=1 makes this a failure")
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[str]:
    """The real app (local mode, SQLite in a temp dir) seeded with yesterday's onsite."""
    settings = Settings(
        data_dir=tmp_path / "data", local_user_name=CANDIDATE[0], local_user_email=CANDIDATE[1]
    )
    now = datetime.now(UTC)

    async def seed() -> None:
        await run_migrations(settings.resolved_database_url)
        database = Database(settings.resolved_database_url)
        try:
            await seed_local_onsite(database, now)
        finally:
            await database.dispose()

    asyncio.run(seed())
    with serve_asgi(create_app(settings), lifespan="on") as url:
        yield url


class Pane:
    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base

    def open(self, **stub: Any) -> None:
        self.page.add_init_script(script=f"window.__officeStub = {json.dumps(stub)};")
        self.page.goto(f"{self.base}/outlook/taskpane.html")

    def stub(self) -> dict[str, Any]:
        value: dict[str, Any] = self.page.evaluate("window.__officeStub")
        return value

    def wait_inserted(self, count: int = 1) -> list[dict[str, str]]:
        self.page.wait_for_function(
            f"window.__officeStub.inserted.length >= {count}", timeout=WAIT_MS
        )
        inserted: list[dict[str, str]] = self.stub()["inserted"]
        return inserted


def browse(chromium: Path, base: str, tmp_path: Path) -> Iterator[Pane]:
    """A fresh Chromium profile at the pane's width; only `base` and the Office.js stub load."""
    from playwright.sync_api import sync_playwright

    def route(route: Any) -> None:
        url = route.request.url
        if url == OFFICE_JS:
            route.fulfill(status=200, content_type="text/javascript", body=STUB.read_text())
        elif url.startswith(base + "/"):
            route.continue_()
        else:
            route.abort()  # the pane must not need anything else

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(chromium),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": PANE_WIDTH, "height": 1100},
            locale="en-GB",
            timezone_id="UTC",
        )
        try:
            context.set_default_timeout(WAIT_MS)
            context.route("**/*", route)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            yield Pane(page, base)
            assert errors == [], errors
        finally:
            context.close()


@pytest.fixture
def pane(chromium: Path, backend: str, tmp_path: Path) -> Iterator[Pane]:
    yield from browse(chromium, backend, tmp_path)


def person(name_email: tuple[str, str]) -> dict[str, str]:
    return {"displayName": name_email[0], "emailAddress": name_email[1]}


def test_a_suggested_question_can_be_edited_before_it_is_asked(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(PRIYA)], subject="", body="<div><br></div>", bodyType="html")
    expect(page.locator("#scenario")).to_have_value("follow_up")
    page.fill("#topic", "the billing migration")
    expect(page.locator("#question-choices label").first).to_contain_text(
        "For the billing migration, how does the team decide"
    )
    page.check("#question-0")
    page.locator("#question-choices .edit-question").first.click()
    # The text moves into the user's own field, to reword; the box is unticked (asked once).
    expect(page.locator("#own-question-1")).to_have_value(
        "For the billing migration, how does the team decide what gets cut when a quarter runs "
        "short?"
    )
    expect(page.locator("#question-0")).not_to_be_checked()
    page.fill("#own-question-1", "How does the team decide what gets cut when money is short?")
    expect(page.locator("#preview-text")).to_contain_text(
        "How does the team decide what gets cut when money is short?"
    )


def test_insert_follow_up_into_an_html_body(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(PRIYA)], subject="", body="<div><br></div>", bodyType="html")

    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    expect(page.locator("#person-title")).to_have_text("Engineering Manager (decision-maker)")
    expect(page.locator("#person-interview")).to_have_text(
        "Interview: Northwind – Senior Backend Engineer"
    )
    expect(page.locator("#suggested-label")).to_have_text("Follow up with a decision-maker")
    expect(page.locator("#reasons")).to_contain_text("Decision-maker: Engineering Manager")
    expect(page.locator("#scenario")).to_have_value("follow_up")
    expect(page.locator("#mode")).to_have_text("Running locally: no sign-in needed.")
    # Yesterday's interview: the send-by may have passed already, depending on the hour.
    expect(page.locator("#send-by")).to_contain_text(re.compile(r"Send[- ]by (was )?\w{3} \d"))

    page.fill("#topic", "the billing <migration> & Q3")
    page.check("#question-0")  # funding and runway
    page.check("#question-2")  # goals versus outcomes: the second and last allowed
    expect(page.locator("#question-1")).to_be_disabled()
    expect(page.locator("#preview-text")).to_contain_text("the billing <migration> & Q3")
    # The suggested questions follow the topic as it is typed.
    expect(page.locator("label[for=question-0], #question-choices label").first).to_contain_text(
        "For the billing <migration> & Q3, how does the team decide what gets cut"
    )
    page.click("#insert")

    [inserted] = pane.wait_inserted()
    html = inserted["data"]
    assert inserted["coercionType"] == "html"
    assert html.startswith("<p>Hi Priya,</p>")
    assert "the billing &lt;migration&gt; &amp; Q3" in html
    assert "<migration>" not in html
    assert "what gets cut when a quarter runs short" in html
    assert html.count("?") == 2
    assert html.rstrip().endswith("<p>Thanks again,<br>Alice Candidate</p>")
    assert pane.stub()["subjectSet"] == ["Thank you, and two questions"]
    expect(page.locator("#status")).to_contain_text("Draft inserted")
    # The inserted note is checked like anything the user writes.
    expect(page.locator("#voice")).to_be_visible()
    expect(page.locator("#verdict")).not_to_be_empty()

    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= PANE_WIDTH, "the pane scrolls sideways at its narrow width"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "outlook-taskpane.png"
    page.locator("#preview summary").click()
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    if os.environ.get("RIGHTNOTE_UPDATE_SCREENSHOTS") == "1":
        README_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, README_SCREENSHOT)


def test_plain_text_body_gets_plain_text(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(DANA)], subject="Thanks", body="", bodyType="text")

    expect(page.locator("#scenario")).to_have_value("gratitude")
    page.fill("#topic", "the on-call rotation")
    expect(page.locator("#preview-text")).to_contain_text("the on-call rotation")
    page.click("#insert")

    [inserted] = pane.wait_inserted()
    assert inserted["coercionType"] == "text"
    # Dana is second on the panel: her note opens differently from the first interviewer's.
    assert inserted["data"].startswith("Hi Dana,\n\nThanks for our conversation")
    assert "the on-call rotation" in inserted["data"]
    assert "<p>" not in inserted["data"]
    assert pane.stub()["subjectSet"] == []  # the user's own subject stays


def test_keyboard_alone_reaches_insert(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(PRIYA)], body="<div><br></div>")
    expect(page.locator("#person-name")).to_have_text("Priya Raman")

    visited = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement && document.activeElement.id")
        visited.append(focused)
        if focused == "insert":
            break
    assert visited[-1] == "insert", visited
    # Inputs come in reading order, and the focus ring is visible.
    assert visited.index("scenario") < visited.index("topic") < visited.index("insert")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Enter")

    [inserted] = pane.wait_inserted()
    assert inserted["data"].startswith("<p>Hi Priya,</p>")


def test_edits_are_rechecked_and_stand_down_confirms_nothing_is_sent(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(DANA)], body="<div>Hi Dana,</div><div>Thank you for the chat.</div>")
    expect(page.locator("#person-name")).to_have_text("Dana Whitfield")

    page.evaluate(
        "window.__officeStub.body = '<div>Hi Dana,</div><div>I am SO sorry!!! Please give me "
        "another chance, I really need this job.</div>'"
    )
    expect(page.locator("#verdict")).to_have_class("verdict hold", timeout=WAIT_MS)
    expect(page.locator("#findings")).to_contain_text("another chance")

    page.click("#standdown-button")
    expect(page.locator("#standdown-question")).to_contain_text("Nothing is sent")
    page.click("#standdown-yes")

    expect(page.locator("#standdown-result")).to_contain_text("nothing was sent")
    expect(page.locator("#status")).to_have_text("Stood down. Nothing will be sent.")
    expect(page.locator("#advice")).to_be_visible()
    expect(page.locator("#insert")).to_be_disabled()


def test_a_stranger_is_not_matched(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[{"displayName": "Sam", "emailAddress": "sam@elsewhere.example"}])

    expect(page.locator("#nomatch")).to_be_visible()
    expect(page.locator("#nomatch-text")).to_contain_text("None of the recipients")
    expect(page.locator("#plan")).to_be_hidden()


# --- production: Nested App Authentication, on-behalf-of and the user's Outlook calendar -----


MSAL_STUB = Path(__file__).with_name("msal_stub.js")


@pytest.fixture
def production_backend(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """The real app in production mode; its Microsoft clients reach the fakes in-process."""
    from app.auth.microsoft import EntraTokenVerifier, build_entra_verifier
    from app.providers.microsoft import build_microsoft
    from tests.fakes.graph import GRAPH_HOST, FakeGraph
    from tests.fakes.microsoft_identity import ALICE, AUTHORITY_HOST, FakeMicrosoftIdentity
    from tests.fakes.transport import FakeHosts
    from tests.providers.microsoft_env import microsoft_settings

    settings = microsoft_settings(
        tmp_path,
        auth_mode="production",
        public_url="https://rightnote.example",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'prod.db'}",
    )
    identity = FakeMicrosoftIdentity()
    graph = FakeGraph(identity)
    graph.add_event(ALICE, northwind_onsite(datetime.now(UTC), candidate=("Alice", ALICE.username)))
    hosts = FakeHosts({AUTHORITY_HOST: identity.app, GRAPH_HOST: graph.app})
    app = create_app(settings)
    with serve_asgi(app, lifespan="on") as url, hosts.sync_client() as msal_http:
        fake_http = hosts.async_client()
        state = app.state.rightnote
        state.verifiers[:] = [
            v for v in state.verifiers if not isinstance(v, EntraTokenVerifier)
        ] + [build_entra_verifier(settings, fake_http)]
        state.resources.microsoft = build_microsoft(settings, fake_http, msal_http_client=msal_http)
        yield url, identity


def open_production(
    pane: Pane,
    identity: Any,
    *,
    silent_fails: bool = False,
    vendor: bool = True,
    **office: Any,
) -> None:
    from tests.fakes.microsoft_identity import ALICE

    def vendor_route(route: Any) -> None:
        if vendor:
            route.fulfill(status=200, content_type="text/javascript", body=MSAL_STUB.read_text())
        else:
            route.fulfill(status=404, body="not built")

    pane.page.route("**/outlook/vendor/msal-browser.min.js", vendor_route)
    token = identity.access_token(ALICE)
    pane.page.add_init_script(
        script=f"window.__msalStub = {json.dumps({'token': token, 'silentFails': silent_fails})};"
    )
    pane.open(**{"to": [person(PRIYA)], "body": "<div><br></div>", "nestedAppAuth": True, **office})


@pytest.fixture
def production_pane(
    chromium: Path, production_backend: tuple[str, Any], tmp_path: Path
) -> Iterator[tuple[Pane, Any]]:
    url, identity = production_backend
    for pane in browse(chromium, url, tmp_path):
        yield pane, identity


def test_signed_in_through_naa_the_outlook_calendar_is_read(
    production_pane: tuple[Pane, Any],
) -> None:
    from playwright.sync_api import expect

    from tests.fakes.microsoft_identity import API_CLIENT_ID, AUTHORITY_HOST

    pane, identity = production_pane
    open_production(pane, identity)

    expect(pane.page.locator("#person-name")).to_have_text("Priya Raman")
    expect(pane.page.locator("#mode")).to_be_hidden()
    msal = pane.page.evaluate("window.__msalStub")
    assert msal["config"]["auth"] == {
        "clientId": API_CLIENT_ID,
        "authority": f"{AUTHORITY_HOST}/organizations",
    }
    assert msal["silent"][0]["scopes"] == [
        f"api://rightnote.example/{API_CLIENT_ID}/access_as_user"
    ]
    assert msal["popup"] == []
    assert pane.stub()["sso"] == []  # NAA first: Office SSO is the fallback
    pane.page.click("#insert")
    [inserted] = pane.wait_inserted()
    assert inserted["data"].startswith("<p>Hi Priya,</p>")


def test_a_popup_only_after_a_click_when_silent_sign_in_fails(
    production_pane: tuple[Pane, Any],
) -> None:
    from playwright.sync_api import expect

    pane, identity = production_pane
    open_production(pane, identity, silent_fails=True)

    expect(pane.page.locator("#signin")).to_be_visible()
    assert pane.page.evaluate("window.__msalStub.popup.length") == 0
    pane.page.click("#signin-button")

    expect(pane.page.locator("#person-name")).to_have_text("Priya Raman")
    expect(pane.page.locator("#signin")).to_be_hidden()
    assert pane.page.evaluate("window.__msalStub.popup.length") == 1


def test_a_missing_msal_bundle_is_explained(production_pane: tuple[Pane, Any]) -> None:
    from playwright.sync_api import expect

    pane, identity = production_pane
    open_production(pane, identity, vendor=False)

    expect(pane.page.locator("#status")).to_contain_text("npm ci && npm run build")
    expect(pane.page.locator("#plan")).to_be_hidden()


def test_without_naa_office_sso_signs_in(production_pane: tuple[Pane, Any]) -> None:
    """Classic Outlook before 2409 (Windows) / 16.89 (Mac): no NestedAppAuth 1.1. The pane
    must not stop there: Office SSO gives a token for our API, and no MSAL bundle is needed."""
    from playwright.sync_api import expect

    from tests.fakes.microsoft_identity import ALICE, OFFICE_CLIENT_ID

    pane, identity = production_pane
    # Office asks for the token as itself: azp is Office's pre-authorised client id.
    sso_token = identity.access_token(ALICE, overrides={"azp": OFFICE_CLIENT_ID})
    open_production(pane, identity, vendor=False, nestedAppAuth=False, ssoToken=sso_token)

    expect(pane.page.locator("#person-name")).to_have_text("Priya Raman")
    sso = pane.stub()["sso"]
    assert sso and sso[0] == {
        "allowSignInPrompt": True,
        "allowConsentPrompt": True,
        "forMSGraphAccess": True,
    }
    assert pane.page.evaluate("window.__msalStub.config") is None  # NAA never tried
    assert pane.stub()["dialogs"] == []


def test_when_sso_fails_too_the_sign_in_dialog_signs_in(
    production_pane: tuple[Pane, Any],
) -> None:
    """No NAA and SSO refused (13003: an account type Office SSO does not take): a click opens
    auth-dialog.html in an Office dialog, whose token the pane then uses."""
    from playwright.sync_api import expect

    from tests.fakes.microsoft_identity import ALICE

    pane, identity = production_pane
    reply = json.dumps({"status": "ok", "accessToken": identity.access_token(ALICE)})
    open_production(pane, identity, nestedAppAuth=False, ssoError=13003, dialogReply=reply)

    expect(pane.page.locator("#signin")).to_be_visible()
    assert pane.stub()["dialogs"] == []  # a window only from a click
    pane.page.click("#signin-button")

    expect(pane.page.locator("#person-name")).to_have_text("Priya Raman")
    expect(pane.page.locator("#signin")).to_be_hidden()
    dialogs = [d for d in pane.stub()["dialogs"] if "/auth-dialog.html" in d["url"]]
    assert len(dialogs) == 1
    assert dialogs[0]["url"] == f"{pane.base}/outlook/auth-dialog.html"
    assert dialogs[0]["closed"] is True
    # The token is reused until it expires: one dialog, however many requests followed.
    pane.page.fill("#topic", "the billing migration")
    expect(pane.page.locator("#preview-text")).to_contain_text("the billing migration")
    assert len([d for d in pane.stub()["dialogs"] if "/auth-dialog.html" in d["url"]]) == 1


def test_a_refused_dialog_sign_in_is_said_and_can_be_retried(
    production_pane: tuple[Pane, Any],
) -> None:
    from playwright.sync_api import expect

    pane, identity = production_pane
    reply = json.dumps({"status": "error", "error": "user_cancelled"})
    open_production(pane, identity, nestedAppAuth=False, ssoError=13000, dialogReply=reply)

    pane.page.click("#signin-button")
    expect(pane.page.locator("#signin-text")).to_contain_text("user_cancelled")
    expect(pane.page.locator("#signin-button")).to_be_enabled()


def test_the_sign_in_dialog_hands_the_token_to_the_pane(
    production_pane: tuple[Pane, Any],
) -> None:
    """auth-dialog.html itself: a standard MSAL client with our redirect URI; after Microsoft's
    redirect it messages the access token to the pane."""
    from tests.fakes.microsoft_identity import API_CLIENT_ID, AUTHORITY_HOST

    pane, _identity = production_pane
    page = pane.page

    def vendor_route(route: Any) -> None:
        route.fulfill(status=200, content_type="text/javascript", body=MSAL_STUB.read_text())

    page.route("**/outlook/vendor/msal-browser.min.js", vendor_route)
    page.add_init_script(script="window.__officeStub = {};")
    page.goto(f"{pane.base}/outlook/auth-dialog.html?consent=graph")
    page.wait_for_function("window.__msalStub && window.__msalStub.redirects.length === 1")
    msal = page.evaluate("window.__msalStub")
    assert msal["pcaConfig"]["auth"] == {
        "clientId": API_CLIENT_ID,
        "authority": f"{AUTHORITY_HOST}/organizations",
        "redirectUri": f"{pane.base}/outlook/auth-dialog.html",
    }
    [request] = msal["redirects"]
    assert request["scopes"] == [f"api://rightnote.example/{API_CLIENT_ID}/access_as_user"]
    assert request["extraScopesToConsent"] == [
        "https://graph.microsoft.com/Calendars.Read",
        "https://graph.microsoft.com/Mail.ReadWrite",
    ]

    # Back from Microsoft: the result goes to the pane, nothing else.
    page.add_init_script(script="window.__msalStub = {redirectResult: {accessToken: 'the-token'}};")
    page.goto(f"{pane.base}/outlook/auth-dialog.html")
    page.wait_for_function("window.__officeStub.parentMessages.length === 1")
    [message] = page.evaluate("window.__officeStub.parentMessages")
    assert json.loads(message) == {"status": "ok", "accessToken": "the-token"}


def test_missing_graph_consent_is_granted_from_the_pane(
    production_pane: tuple[Pane, Any],
) -> None:
    """AADSTS65001 on the on-behalf-of exchange: the pane offers "Allow access", which asks the
    same MSAL client for the Graph scopes (incremental consent), then reads the calendar."""
    from playwright.sync_api import expect

    pane, identity = production_pane
    identity.fail_next_token_request(
        "invalid_grant",
        code=65001,
        suberror="consent_required",
        description="The user or administrator has not consented to use the application.",
    )
    open_production(pane, identity)

    expect(pane.page.locator("#consent")).to_be_visible()
    expect(pane.page.locator("#nomatch-text")).to_contain_text("needs your permission")
    expect(pane.page.locator("#signin")).to_be_hidden()
    assert pane.page.evaluate("window.__msalStub.popup.length") == 0
    pane.page.click("#consent-button")

    expect(pane.page.locator("#person-name")).to_have_text("Priya Raman")
    expect(pane.page.locator("#consent")).to_be_hidden()
    [popup] = pane.page.evaluate("window.__msalStub.popup")
    assert popup["extraScopesToConsent"] == [
        "https://graph.microsoft.com/Calendars.Read",
        "https://graph.microsoft.com/Mail.ReadWrite",
    ]


def test_an_old_webview_gets_a_clear_message(pane: Pane) -> None:
    """IE11 / legacy Edge cannot parse the pane's script. Chromium can, so the old engine is
    played by a Function constructor that refuses modern syntax, as theirs does."""
    from playwright.sync_api import expect

    requests: list[str] = []
    pane.page.on("request", lambda r: requests.append(r.url))
    pane.page.add_init_script(
        script="window.Function = function () { throw new SyntaxError('Expected identifier'); };"
    )
    pane.open(to=[person(PRIYA)], body="<div><br></div>")

    expect(pane.page.locator("#status")).to_contain_text("old browser engine")
    expect(pane.page.locator("#status")).to_contain_text("WebView2")
    pane.page.wait_for_timeout(500)
    assert not [u for u in requests if "/v1/" in u]  # the pane did not start
    assert pane.stub()["calls"] == []


def test_the_old_syntax_check_is_old_syntax() -> None:
    """legacy-check.js must parse where taskpane.js does not: no ES2015+ syntax outside the
    probe string it hands to the Function constructor."""
    source = (ROOT / "app/addons/outlook_static/legacy-check.js").read_text()
    code = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    code = re.sub(r"//[^\n]*", "", code)
    code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', code)
    for modern in ("=>", "`", "const ", "let ", "async ", "await ", "...", "?.", "??", "class "):
        assert modern not in code, modern
    assert "new Function(probe)" in code


def test_choosing_among_several_interviewers(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(DANA)], cc=[person(PRIYA)], body="<div><br></div>")

    expect(page.locator("#person-name")).to_have_text("Dana Whitfield")
    expect(page.locator("#recipient-field")).to_be_visible()
    page.select_option("#recipient", PRIYA[1])

    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    expect(page.locator("#scenario")).to_have_value("follow_up")
    expect(page.locator("#preview-text")).to_contain_text("Hi Priya,")
