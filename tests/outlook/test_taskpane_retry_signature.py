"""Two pane behaviours the review found fragile (headless Chromium, the stub Office.js host, the
real backend on loopback; same harness as test_taskpane_browser.py).

- A failure with no Retry-After (a 5xx, a timeout, no network) was retried every 10 s for as
  long as the pane stayed open. Now each failure in a row doubles the wait, up to 5 minutes, and
  an answer starts over at 10 s.
- Leaving the name to the body's signature cut the draft's HTML as a string and closed it with
  "</p>", whatever element held the closing line. Now the last line is cut in the DOM."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.outlook import test_taskpane_browser as harness
from tests.outlook.seed import PRIYA
from tests.outlook.test_taskpane_browser import Pane, person

pytestmark = pytest.mark.browser

chromium = harness.chromium
backend = harness.backend
pane = harness.pane

SUGGEST = "**/v1/suggest"


def test_failures_with_no_retry_after_back_off_and_an_answer_starts_over(pane: Pane) -> None:
    from playwright.sync_api import expect

    page = pane.page
    page.clock.install()
    down = {"now": True}
    calls: list[int] = []

    def flaky(route: Any) -> None:
        calls.append(1)
        if down["now"]:
            route.abort("connectionreset")
        else:
            route.continue_()

    page.route(SUGGEST, flaky)
    pane.open(to=[person(PRIYA)], body="<div>Hello</div>")
    status = page.locator("#status")
    page.clock.run_for(3_000)
    expect(status).to_contain_text("trying again in 10 s")
    # Before: "10 s" every time, for as long as the pane was open.
    for waited, next_wait in [(10, 20), (20, 40), (40, 80), (80, 160), (160, 300), (300, 300)]:
        page.wait_for_timeout(300)  # real time: a request already sent has its answer
        before = len(calls)
        page.clock.run_for(waited * 1000 - 500)  # not before the wait is over...
        assert len(calls) == before
        page.clock.run_for(1_000)  # ...and then once
        expect(status).to_contain_text(f"trying again in {next_wait} s")
        assert len(calls) >= before + 1

    down["now"] = False
    page.clock.run_for(300_000)
    expect(page.locator("#person-name")).to_have_text("Priya Raman")

    # An answer came: the next failure waits 10 s again.
    down["now"] = True
    page.evaluate("window.__officeStub.body = '<div>Hello again</div>'")
    page.clock.run_for(5_000)
    expect(status).to_contain_text("trying again in 10 s")


def _without_signed_name(pane: Pane, html: str) -> str:
    draft = {"text": "Hi Priya,\n\nThank you.\n\nBest,\nAlice Candidate\n", "html": html}
    body = '<div><br></div><div id="Signature"><div>Alice Candidate</div></div>'
    script = f"""async () => {{
        const m = await import({json.dumps(pane.base + "/outlook/office-item.js")});
        return m.withoutSignedName({json.dumps(draft)}, {json.dumps(body)}).html;
    }}"""
    result: str = pane.page.evaluate(script)
    return result


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # The closing line in a <div>: before, "...<div>Best,</p>" (a <div> never closed).
        (
            "<div>Hi Priya,</div><div>Thank you.</div><div>Best,<br>Alice Candidate</div>",
            "<div>Hi Priya,</div><div>Thank you.</div><div>Best,</div>",
        ),
        # No element round it at all: before, a stray "</p>".
        (
            "Hi Priya,<br><br>Thank you.<br><br>Best,<br>Alice Candidate",
            "Hi Priya,<br><br>Thank you.<br><br>Best,",
        ),
        # The usual shape, and markup after the name (whitespace, a closing span).
        (
            "<p>Hi Priya,</p><p>Best,<br><span>Alice Candidate</span></p>\n",
            "<p>Hi Priya,</p><p>Best,</p>",
        ),
        # The last line is not the name: the HTML is left as it is (None).
        ("<p>Best,<br>Alice Candidate</p><p>P.S. Enjoy the trip</p>", None),
    ],
)
def test_the_signed_name_is_cut_in_the_dom(pane: Pane, html: str, expected: str | None) -> None:
    pane.open(to=[person(PRIYA)], body="<div>Hello</div>")
    assert _without_signed_name(pane, html) == (html if expected is None else expected)
