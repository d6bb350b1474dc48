"""The Outlook task pane as Outlook and a real network treat it: recipients as Office hands them
over, very long and wide-script bodies, the server refusing or slowing down, a token that expires
mid-session, and a pinned pane switching items while a request is in flight.

Same harness as test_taskpane_browser.py (headless Chromium, the stub Office.js host, the real
backend on loopback); server failures are played by Playwright routes in front of it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.outlook import test_taskpane_browser as harness
from tests.outlook.seed import DANA, PRIYA
from tests.outlook.test_taskpane_browser import MSAL_STUB, Pane, browse, person

pytestmark = pytest.mark.browser

# The harness's fixtures, shared with this module.
chromium = harness.chromium
backend = harness.backend
pane = harness.pane
production_backend = harness.production_backend

SUGGEST = "**/v1/suggest"


def suggest_requests(pane: Pane) -> list[dict[str, Any]]:
    """Every /v1/suggest body the page sent, recorded by an init script around fetch."""
    sent: list[dict[str, Any]] = pane.page.evaluate("window.__suggestSent || []")
    return sent


RECORD_SUGGESTS = """
(() => {
  const original = window.fetch;
  window.__suggestSent = [];
  window.fetch = (url, options) => {
    if (String(url).endsWith("/v1/suggest")) {
      window.__suggestSent.push(JSON.parse(options.body));
    }
    return original(url, options);
  };
})();
"""


def open_recording(pane: Pane, **stub: Any) -> None:
    pane.page.add_init_script(script=RECORD_SUGGESTS)
    pane.open(**stub)


# --- recipients as Office hands them over ---------------------------------------------------


def test_recipients_as_typed_do_not_sink_the_suggestion(pane: Pane) -> None:
    """Unresolved entries keep what the user typed ('Name <address>'), a quoted local part is a
    valid address the API refuses, a display name can be any length: none of that may turn the
    whole suggestion into a refusal (before: one such entry made /v1/suggest answer 422 and the
    pane said only "HTTP 422")."""
    from playwright.sync_api import expect

    page = pane.page
    open_recording(
        pane,
        to=[
            {"displayName": "Northwind Panel", "emailAddress": "panel@northwind.example"},
            {"displayName": "Dana W", "emailAddress": f'"Dana W" <{DANA[1].upper()}>'},
            {"displayName": "J Doe", "emailAddress": '"john doe"@example.com'},
        ],
        cc=[
            {"displayName": "Priya " * 60, "emailAddress": "Priya.Raman+jobs@NORTHWIND.example"},
            {"displayName": "Typed", "emailAddress": "mailto:someone@example.com;"},
        ],
        body="<div><br></div>",
    )

    expect(page.locator("#person-name")).to_have_text("Dana Whitfield")
    expect(page.locator("#recipient-field")).to_be_visible()
    expect(page.locator("#recipient option")).to_have_count(2)
    recipients = suggest_requests(pane)[0]["recipients"]
    assert [r["email"] for r in recipients] == [
        "panel@northwind.example",
        DANA[1].upper(),
        "Priya.Raman+jobs@NORTHWIND.example",
        "someone@example.com",
    ]
    assert all(r["name"] is None or len(r["name"]) <= 200 for r in recipients)


# --- long and wide-script bodies --------------------------------------------------------------


def _reply(note: str, quoted: str) -> str:
    return (
        f"<div>{note}</div><div id='appendonsend'></div><hr>"
        f"<div id='divRplyFwdMsg'><b>From:</b> Priya</div><div>{quoted}</div>"
    )


@pytest.mark.parametrize(
    "quoted",
    [
        # A long thread in Japanese: 100,000 characters are 300 KB of UTF-8, over the 256 KB a
        # request may be (before: 413 and "payload too large" for every reply in that thread).
        pytest.param("返信ありがとうございます。" * 8000, id="cjk-thread"),
        # Emoji astride the 100,000th UTF-16 unit: cut there, half a surrogate pair is not
        # text (before: 422 "not valid UTF-8 text").
        pytest.param(None, id="emoji-at-the-cut"),
    ],
)
def test_a_long_reply_is_still_checked(pane: Pane, quoted: str | None) -> None:
    from playwright.sync_api import expect

    page = pane.page
    note = "Thank you for the time on Monday."
    if quoted is None:
        # Everything before the emoji is one UTF-16 unit a character, so the emoji's pairs
        # start at an odd distance before unit 100,000: unit 99,999 is a high surrogate.
        before = len(_reply(note, "")) - len("</div>")
        quoted = "x" * (100_000 - 1 - before - 20) + "😀" * 50
        assert _reply(note, quoted).encode("utf-16-le")[2 * 99_999 + 1] == 0xD8
    open_recording(pane, to=[person(PRIYA)], body=_reply(note, quoted))

    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    expect(page.locator("#voice")).to_be_visible()
    expect(page.locator("#status")).not_to_have_class("status error")
    sent = suggest_requests(pane)[0]["body"]
    assert sent.startswith(f"<div>{note}</div>")
    assert len(json.dumps(sent, ensure_ascii=False).encode()) <= 160 * 1024


def test_a_body_over_the_limit_is_not_resent_every_poll(pane: Pane) -> None:
    """Before: the pane remembered the cut body as checked and compared it with the whole one,
    so a body over 100,000 characters was sent again on every 2 s poll, forever."""
    from playwright.sync_api import expect

    page = pane.page
    open_recording(pane, to=[person(PRIYA)], body=_reply("Thanks again.", "y" * 120_000))
    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    page.wait_for_timeout(6_000)  # three polls, settled
    assert len(suggest_requests(pane)) == 1


# --- the server refusing, or slowing down -----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "body", "said"),
    [
        (403, {}, {"error": "forbidden", "detail": "this tenant is not allowed"}, "refused it"),
        (413, {}, "<html><body>413 Request Entity Too Large</body></html>", "too large"),
        (
            422,
            {},
            {"error": "validation_failed", "detail": [{"field": "body.subject", "message": "x"}]},
            "body.subject: x",
        ),
        (500, {}, {"error": "internal_error", "detail": "boom"}, "had a problem"),
    ],
)
def test_a_refusal_is_said_in_words_and_not_repeated(
    pane: Pane, status: int, headers: dict[str, str], body: Any, said: str
) -> None:
    from playwright.sync_api import expect

    page = pane.page
    seen: list[str] = []

    def refuse(route: Any) -> None:
        seen.append(route.request.url)
        text = body if isinstance(body, str) else json.dumps(body)
        route.fulfill(status=status, headers=headers, body=text)

    page.route(SUGGEST, refuse)
    pane.open(to=[person(PRIYA)], body="<div>Hello</div>")

    status_line = page.locator("#status")
    expect(status_line).to_contain_text("RightNote could not check this message: ")
    expect(status_line).to_contain_text(said)
    expect(status_line).not_to_contain_text("HTTP")
    page.wait_for_timeout(4_500)  # two polls: a refused body is not sent again as it is
    assert len(seen) == 1


@pytest.mark.parametrize(("status", "said"), [(429, "too many requests"), (503, "busy")])
def test_retry_after_is_honoured_then_the_pane_recovers(pane: Pane, status: int, said: str) -> None:
    from playwright.sync_api import expect

    page = pane.page
    times: list[float] = []

    def busy_once(route: Any) -> None:
        times.append(time.monotonic())
        if len(times) == 1:
            route.fulfill(
                status=status,
                headers={"Retry-After": "3", "Content-Type": "application/json"},
                body=json.dumps({"error": "rate_limited", "detail": "too many requests"}),
            )
        else:
            route.continue_()

    page.route(SUGGEST, busy_once)
    pane.open(to=[person(PRIYA)], body="<div>Hello</div>")

    expect(page.locator("#status")).to_contain_text(said)
    expect(page.locator("#status")).to_contain_text("3 s")
    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    # Exactly one retry, and not before the server said (the 2 s poll did not jump the queue).
    assert len(times) == 2
    assert times[1] - times[0] >= 2.9


def test_an_unreachable_server_is_said_and_retried(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    calls: list[int] = []

    def drop_once(route: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            route.abort("connectionreset")
        else:
            route.continue_()

    page.route(SUGGEST, drop_once)
    pane.open(to=[person(PRIYA)], body="<div>Hello</div>")
    expect(page.locator("#status")).to_contain_text("could not be reached; trying again in 10 s")
    expect(page.locator("#person-name")).to_have_text("Priya Raman", timeout=20_000)


def test_a_config_error_page_is_not_taken_for_a_configuration(pane: Pane) -> None:
    """Before: a 503 JSON error for config.json was read as a configuration without `auth`, so
    the pane went on unsigned, got 401s and offered a sign-in button that could never work."""
    from playwright.sync_api import expect

    page = pane.page
    page.route(
        "**/outlook/config.json",
        lambda route: route.fulfill(
            status=503,
            headers={"Content-Type": "application/json"},
            body=json.dumps({"error": "unavailable", "detail": "starting"}),
        ),
    )
    open_recording(pane, to=[person(PRIYA)], body="<div><br></div>")
    expect(page.locator("#status")).to_contain_text("could not be reached")
    page.wait_for_timeout(500)
    assert suggest_requests(pane) == []
    expect(page.locator("#signin")).to_be_hidden()


# --- a token that expires mid-session -------------------------------------------------------


@pytest.fixture
def production_pane(
    chromium: Path,
    production_backend: tuple[str, Any],
    tmp_path: Path,
) -> Iterator[tuple[Pane, Any]]:
    url, identity = production_backend
    for opened in browse(chromium, url, tmp_path):
        yield opened, identity


def open_naa(pane: Pane, msal: dict[str, Any]) -> None:
    pane.page.route(
        "**/outlook/vendor/msal-browser.min.js",
        lambda route: route.fulfill(
            status=200, content_type="text/javascript", body=MSAL_STUB.read_text()
        ),
    )
    pane.page.add_init_script(script=f"window.__msalStub = {json.dumps(msal)};")
    pane.open(to=[person(PRIYA)], body="<div><br></div>", nestedAppAuth=True)


def test_a_token_expired_on_the_server_is_refreshed_without_a_prompt(
    production_pane: tuple[Pane, Any],
) -> None:
    """MSAL's cache still holds a token the server finds expired (a long session, a skewed
    clock). Before: the first 401 put up "Sign in", a click and a popup for nothing."""
    from playwright.sync_api import expect

    from tests.fakes.microsoft_identity import ALICE

    pane, identity = production_pane
    expired = identity.access_token(ALICE, overrides={"exp": int(time.time()) - 600})
    open_naa(pane, {"token": identity.access_token(ALICE), "staleToken": expired})

    expect(pane.page.locator("#person-name")).to_have_text("Priya Raman")
    expect(pane.page.locator("#signin")).to_be_hidden()
    msal = pane.page.evaluate("window.__msalStub")
    assert msal["popup"] == []
    assert [bool(r.get("forceRefresh")) for r in msal["silent"]][:2] == [False, True]


def test_a_token_refused_twice_asks_to_sign_in_once(production_pane: tuple[Pane, Any]) -> None:
    """No refresh storm: one silent refresh, then the sign-in button; no popup by itself."""
    from playwright.sync_api import expect

    from tests.fakes.microsoft_identity import ALICE

    pane, identity = production_pane
    expired = identity.access_token(ALICE, overrides={"exp": int(time.time()) - 600})
    calls: list[int] = []
    pane.page.on("request", lambda r: calls.append(1) if r.url.endswith("/v1/suggest") else None)
    open_naa(pane, {"token": expired, "staleToken": expired})

    expect(pane.page.locator("#signin")).to_be_visible()
    pane.page.wait_for_timeout(4_500)
    assert len(calls) == 2
    assert pane.page.evaluate("window.__msalStub.popup.length") == 0


# --- a pinned pane switching items --------------------------------------------------------------


HOLD_PRIYA = """
(() => {
  const original = window.fetch;
  window.__held = [];
  window.fetch = (url, options) => {
    const answer = original(url, options);
    if (String(url).endsWith("/v1/suggest") && options.body.includes("priya.raman")) {
      // Priya's answer waits until the test lets it go.
      return new Promise((resolve) => window.__held.push(() => resolve(answer)));
    }
    return answer;
  };
})();
"""


def test_a_stale_answer_does_not_land_on_the_next_item(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    page.add_init_script(script=HOLD_PRIYA)
    pane.open(to=[person(PRIYA)], body="<div><br></div>")
    page.wait_for_function("window.__held.length === 1")

    # The user opens another draft, to a stranger, while Priya's answer is on its way.
    page.evaluate(
        "window.__officeStub.switchItem({to: [{displayName: 'Sam', emailAddress: "
        "'sam@elsewhere.example'}], body: '<div>Hi Sam</div>'})"
    )
    page.evaluate("window.__held.forEach((release) => release())")
    page.wait_for_timeout(400)  # well before the next 2 s poll could notice the switch
    expect(page.locator("#who")).to_be_hidden()
    expect(page.locator("#nomatch")).to_be_visible()
    assert "mailbox.addHandlerAsync:olkItemSelectedChanged" in pane.stub()["calls"]

    # And back to a message to Dana: the pane follows at once.
    page.evaluate(
        "window.__officeStub.switchItem({to: [{displayName: 'Dana', emailAddress: "
        f"'{DANA[1]}'}}], body: '<div><br></div>'}})"
    )
    expect(page.locator("#person-name")).to_have_text("Dana Whitfield", timeout=1_500)


# --- a signature already in the body; right-to-left notes ------------------------------------


@pytest.mark.parametrize(
    ("body", "signed_twice_before"),
    [
        # Outlook on the web and new Outlook put the signature in a div with id="Signature".
        (
            '<div><br></div><div id="Signature"><div>Alice Candidate<br>'
            "Senior Engineer | +1 555 0100</div></div>",
            True,
        ),
        # Classic Outlook marks it with a bookmark; a reply's quoted thread follows.
        (
            '<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><a name="_MailAutoSig">'
            "Alice&nbsp;Candidate</a><o:p></o:p></p><div id='appendonsend'></div><hr>"
            "<div id='divRplyFwdMsg'><b>From:</b> Priya Raman</div>",
            True,
        ),
        # A signature without the name does not sign the note: the name stays.
        ('<div><br></div><div id="Signature"><div>Sent from my phone</div></div>', False),
        # The name only in the quoted thread is no signature.
        (
            "<div><br></div><div id='appendonsend'></div><hr><div id='divRplyFwdMsg'>"
            "<b>From:</b> Alice Candidate</div>",
            False,
        ),
    ],
)
def test_a_draft_is_not_signed_twice(pane: Pane, body: str, signed_twice_before: bool) -> None:
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(PRIYA)], body=body, bodyType="html")
    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    page.click("#insert")
    [inserted] = pane.wait_inserted()
    closing = inserted["data"].rsplit("<p>", 1)[1]
    if signed_twice_before:
        assert "Alice" not in closing
        assert closing.endswith(",</p>")  # the closing word stays; the signature gives the name
    else:
        assert closing.endswith("<br>Alice Candidate</p>")


def test_right_to_left_words_read_right_to_left(pane: Pane) -> None:
    """The pane is in English, the user's words may not be: their fields and the text quoted
    back take their direction from what they hold."""
    from playwright.sync_api import expect

    page = pane.page
    pane.open(to=[person(PRIYA)], body="<div><br></div>")
    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    page.fill("#topic", "ترحيل نظام الفوترة")
    page.fill("#own-question-1", "כיצד הצוות מחליט מה לדחות?")
    expect(page.locator("#preview-text")).to_contain_text("ترحيل نظام الفوترة")

    def direction(selector: str) -> str:
        value: str = page.eval_on_selector(selector, "e => getComputedStyle(e).direction")
        return value

    assert direction("#topic") == "rtl"
    assert direction("#own-question-1") == "rtl"
    assert direction("#preview-text") == "ltr"  # the note itself is in English
    assert direction("#person-name") == "ltr"


def test_an_office_sso_token_the_server_refuses_falls_to_the_dialog(
    production_pane: tuple[Pane, Any],
) -> None:
    """Office SSO has no way to ask for a new token: it hands back the one it holds. Before:
    once the server refused it, every "Sign in" click got the same token and the same refusal,
    and the dialog that could sign in was never offered."""
    from playwright.sync_api import expect

    from tests.fakes.microsoft_identity import ALICE, OFFICE_CLIENT_ID

    pane, identity = production_pane
    refused = identity.access_token(
        ALICE, overrides={"azp": OFFICE_CLIENT_ID, "exp": int(time.time()) - 600}
    )
    reply = json.dumps({"status": "ok", "accessToken": identity.access_token(ALICE)})
    pane.page.add_init_script(script="window.__msalStub = {};")
    pane.open(
        to=[person(PRIYA)],
        body="<div><br></div>",
        nestedAppAuth=False,
        ssoToken=refused,
        dialogReply=reply,
    )

    expect(pane.page.locator("#signin")).to_be_visible()
    pane.page.click("#signin-button")
    expect(pane.page.locator("#person-name")).to_have_text("Priya Raman")
    assert [d for d in pane.stub()["dialogs"] if "/auth-dialog.html" in d["url"]]


def test_a_failure_while_typing_is_cleared_by_the_next_answer(pane: Pane) -> None:
    """Before: a 503 on a request made by typing left "could not check this message" on the
    status line after the retry had succeeded and the draft was up to date."""
    from playwright.sync_api import expect

    page = pane.page
    calls: list[int] = []

    def busy_second(route: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            route.fulfill(
                status=503,
                headers={"Retry-After": "2", "Content-Type": "application/json"},
                body=json.dumps({"error": "unavailable", "detail": "busy"}),
            )
        else:
            route.continue_()

    page.route(SUGGEST, busy_second)
    pane.open(to=[person(PRIYA)], body="<div><br></div>")
    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    page.fill("#topic", "the billing migration")
    expect(page.locator("#status")).to_contain_text("busy")
    expect(page.locator("#preview-text")).to_contain_text("the billing migration")
    expect(page.locator("#status")).to_have_text("Priya Raman: Follow up with a decision-maker.")


def test_a_sign_in_the_server_will_not_take_says_why(production_pane: tuple[Pane, Any]) -> None:
    """A token signing in again cannot fix (here: issued for another API, as after a mismatched
    app registration). Before: "Sign in to continue" and nothing else, however often the user
    signed in."""
    from playwright.sync_api import expect

    from tests.fakes.microsoft_identity import ALICE

    pane, identity = production_pane
    wrong = identity.access_token(ALICE, overrides={"aud": "api://elsewhere.example/other"})
    open_naa(pane, {"token": wrong})

    expect(pane.page.locator("#signin")).to_be_visible()
    expect(pane.page.locator("#signin-text")).to_have_text(
        "RightNote did not accept your sign-in: the Microsoft token is not for this API."
    )


def test_a_very_long_note_says_only_its_start_was_checked(pane: Pane) -> None:
    """The voice check reads the first 20,000 characters of a note. Before: the verdict on a
    longer one read as a verdict on all of it."""
    from playwright.sync_api import expect

    page = pane.page
    long_note = "<div>" + "Thank you for the conversation about the roadmap. " * 500 + "</div>"
    pane.open(to=[person(PRIYA)], body=long_note)
    expect(page.locator("#verdict")).not_to_be_empty()
    expect(page.locator("#voice-truncated")).to_be_visible()
    expect(page.locator("#voice-truncated")).to_contain_text("only its first part was checked")

    # A short note says nothing of the kind.
    page.evaluate("window.__officeStub.body = '<div>Thank you for the conversation.</div>'")
    expect(page.locator("#voice-truncated")).to_be_hidden(timeout=10_000)


@pytest.fixture
def small_limit_pane(chromium: Path, tmp_path: Path) -> Iterator[Pane]:
    """The real app with RIGHTNOTE_MAX_BODY_BYTES at 64 KB (an operator's lower limit)."""
    import asyncio
    from datetime import UTC, datetime

    from app.main import create_app
    from app.settings import Settings
    from app.store.db import Database
    from app.store.migrations import run_migrations
    from tests.fakes.server import serve_asgi
    from tests.outlook.seed import CANDIDATE, seed_local_onsite

    settings = Settings(
        data_dir=tmp_path / "data",
        local_user_name=CANDIDATE[0],
        local_user_email=CANDIDATE[1],
        max_body_bytes=64 * 1024,
    )

    async def seed() -> None:
        await run_migrations(settings.resolved_database_url)
        database = Database(settings.resolved_database_url)
        try:
            await seed_local_onsite(database, datetime.now(UTC))
        finally:
            await database.dispose()

    asyncio.run(seed())
    with serve_asgi(create_app(settings), lifespan="on") as url:
        yield from browse(chromium, url, tmp_path)


def test_the_servers_own_request_limit_is_respected(small_limit_pane: Pane) -> None:
    """config.json says how large a request the server takes; the pane cuts the body to fit.
    Before: a server set below the pane's fixed 160 KB refused a long reply with 413."""
    from playwright.sync_api import expect

    pane = small_limit_pane
    page = pane.page
    open_recording(pane, to=[person(PRIYA)], body=_reply("Thanks again.", "返信" * 40_000))
    expect(page.locator("#person-name")).to_have_text("Priya Raman")
    expect(page.locator("#status")).not_to_have_class("status error")
    sent = suggest_requests(pane)[0]["body"]
    assert len(json.dumps(sent, ensure_ascii=False).encode()) <= 0.6 * 64 * 1024 + 2
