"""A company name reaches a sentence only when the invite's words or the user gave it as a name
(issue 15): one only an address's domain spelt ("Acmecorp" from acmecorp.com) is left out, on
every path a company takes into a draft: the engine, auto-drafts (`rightnote run`), the Outlook
pane's suggestions (/v1/suggest), the Gmail card, /v1/drafts and `rightnote draft`."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from app.addons.gmail.compose import ComposeView, draft_input
from app.addons.gmail.state import NoteTarget
from app.cli import _register
from app.cli import app as cli_app
from app.playbook.drafting import compose_draft
from app.playbook.models import (
    Details,
    DraftInput,
    Ignored,
    InterviewTime,
    Person,
    RiskArea,
    Slot,
    company_source,
)
from app.playbook.scenarios import Scenario
from app.suggestions.candidates import graph_candidate
from tests.outlook.seed import CANDIDATE, interviews_from, northwind_onsite

_register()

DANA = Person("Dana Lee", "dana.lee@acmecorp.com", "Staff Engineer")
WHEN = InterviewTime(datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15), "America/New_York")
NOTES = (Scenario.RECOVERY, Scenario.FOLLOW_UP, Scenario.GRATITUDE, Scenario.ASK_RECRUITER)
FULL = {
    Scenario.RECOVERY: Details(
        topic="the cache design",
        stumble="my answer on write-through caching was wrong",
        what_happened="I answered the question I expected",
        restatement="invalidate on write and keep TTLs short",
    ),
    Scenario.FOLLOW_UP: Details(topic="the billing migration", risk_areas=(RiskArea.SCOPE,)),
    Scenario.GRATITUDE: Details(topic="how the company started"),
    Scenario.ASK_RECRUITER: Details(),
}


def _said(company: str, *texts: str) -> bool:
    return any(re.search(rf"\b{re.escape(company)}\b", text) for text in texts)


def _draft(scenario: Scenario, source: str | None, **extra: object) -> object:
    inp = DraftInput(
        scenario,
        DANA,
        "Sam Okafor",
        "Acmecorp",
        "Backend Engineer",
        WHEN,
        FULL[scenario],
        company_source=company_source(source),
    )
    return compose_draft(replace(inp, **extra))  # type: ignore[arg-type]


@pytest.mark.parametrize("scenario", NOTES)
def test_a_domain_derived_company_is_left_out_and_the_note_still_sends(
    scenario: Scenario,
) -> None:
    draft = _draft(scenario, "domain")
    assert not _said("Acmecorp", draft.subject, draft.text, draft.html)  # type: ignore[attr-defined]
    assert "[company]" not in draft.text  # type: ignore[attr-defined]
    # Left out where the sentence reads well without it: nothing to fill in, verdict unchanged.
    assert draft.voice.verdict == "send"  # type: ignore[attr-defined]
    assert draft.ignored[-1].field == "company"  # type: ignore[attr-defined]
    assert "domain" in draft.ignored[-1].why  # type: ignore[attr-defined]


@pytest.mark.parametrize("source", [None, "invite"])
def test_a_company_the_invite_or_the_user_named_is_used(source: str | None) -> None:
    # The same one-word name, when the invite's words or the user gave it, is a name.
    for scenario in (Scenario.FOLLOW_UP, Scenario.GRATITUDE):
        draft = _draft(scenario, source)
        assert _said("Acmecorp", draft.text)  # type: ignore[attr-defined]
        assert draft.ignored == ()  # type: ignore[attr-defined]


def test_a_slotted_gratitude_leaves_a_domain_company_out_of_working_together() -> None:
    slot = Slot("System Design", datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15))
    named = _draft(Scenario.GRATITUDE, "invite", slot=slot)
    assert "work together at Acmecorp." in named.text  # type: ignore[attr-defined]
    guessed = _draft(Scenario.GRATITUDE, "domain", slot=slot)
    assert not _said("Acmecorp", guessed.text)  # type: ignore[attr-defined]
    assert "work together." in guessed.text  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None)
@given(
    scenario=st.sampled_from(NOTES),
    name=st.sampled_from(["Acmecorp", "Northwindhealth", "Stripe", "Contoso Labs", "Quantica"]),
    position=st.sampled_from([None, "Staff Data Engineer"]),
    panel=st.integers(0, 11),
    slot=st.sampled_from([None, "Coding", "Lunch"]),
)
def test_no_domain_company_in_any_sentence(
    scenario: Scenario, name: str, position: str | None, panel: int, slot: str | None
) -> None:
    start = datetime(2026, 11, 24, 11)
    draft = compose_draft(
        DraftInput(
            scenario,
            DANA,
            "Sam Okafor",
            name,
            position,
            WHEN,
            FULL[scenario],
            slot=Slot(slot, start) if slot else None,
            panel_position=panel,
            company_source="domain",
        )
    )
    assert not _said(name, draft.subject, draft.text, draft.html)
    assert Ignored("company", draft.ignored[-1].why) in draft.ignored
    assert "  " not in draft.text and " ." not in draft.text and " ," not in draft.text


def test_company_source_reads_back_only_the_two_values() -> None:
    assert [company_source(v) for v in ("domain", "invite", None, "", "user", 1)] == [
        "domain",
        "invite",
        None,
        None,
        None,
        None,
    ]


# --- auto-drafts: `rightnote run` over an invite that names the company only by its domain ---

_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RightNote test//EN
BEGIN:VEVENT
UID:dom-1@acmecorp.com
DTSTAMP:20261116T150000Z
DTSTART:20261124T150000Z
DTEND:20261124T160000Z
SUMMARY:{summary}
ORGANIZER;CN=Leah Park:mailto:leah.park@acmecorp.com
ATTENDEE;CN=Sam Okafor;PARTSTAT=ACCEPTED:mailto:sam.okafor@example.com
ATTENDEE;CN=Dana Lee;PARTSTAT=ACCEPTED:mailto:dana.lee@acmecorp.com
ATTENDEE;CN=Omar Haddad;PARTSTAT=ACCEPTED:mailto:omar.haddad@acmecorp.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, summary: str) -> list[str]:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    calendar = tmp_path / "invite.ics"
    calendar.write_text(_ICS.format(summary=summary))
    maildir = tmp_path / "drafts"
    args = ["run", "--calendar", str(calendar), "--me", "sam.okafor@example.com"]
    args += ["--name", "Sam Okafor", "--maildir", str(maildir), "--json"]
    args += ["--now", "2026-11-24T20:00:00Z", "--timezone", "America/New_York"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["drafts_created"] == 2
    bodies = []
    for path in sorted((maildir / "cur").glob("*")) + sorted((maildir / "new").glob("*")):
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        plain = message.get_body(("plain",))
        assert plain is not None
        bodies.append(str(message["Subject"]) + "\n" + plain.get_content())
    return bodies


def test_auto_drafts_leave_out_a_company_only_the_domain_spelt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bodies = _run(tmp_path, monkeypatch, "Interview: Backend Engineer")
    assert len(bodies) == 2
    assert not any(_said("Acmecorp", body) for body in bodies), bodies
    assert all("Backend Engineer role" in body for body in bodies)


def test_auto_drafts_name_a_company_the_invite_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bodies = _run(tmp_path, monkeypatch, "Interview at Acme Corp: Backend Engineer")
    # The calendar reads "Acme" (the legal form goes) with source "invite".
    assert all(_said("Acme", body) for body in bodies), bodies


# --- the Outlook pane (/v1/suggest): stored rows and live Graph interviews -----------------


def _onsite(source: str) -> list[object]:
    now = datetime.now(UTC).replace(microsecond=0)
    found = interviews_from(northwind_onsite(now), CANDIDATE[1])
    return [replace(i, company_source=company_source(source)) for i in found]


def test_a_live_graph_interview_carries_where_its_company_came_from() -> None:
    [interview] = _onsite("domain")
    assert graph_candidate(interview).company_source == "domain"  # type: ignore[arg-type]


async def test_pane_suggestions_leave_out_a_domain_company(tmp_path: Path) -> None:
    import httpx

    from app.main import create_app
    from app.settings import Settings
    from tests.outlook.seed import DANA as PANEL_DANA
    from tests.outlook.seed import LOCAL_CANDIDATE, seed_interviews

    texts = {}
    for source in ("invite", "domain"):
        settings_ = Settings(
            data_dir=tmp_path / source,
            local_user_name=CANDIDATE[0],
            local_user_email=CANDIDATE[1],
        )
        app = create_app(settings_)
        async with app.router.lifespan_context(app):
            database = app.state.rightnote.resources.database
            now = datetime.now(UTC).replace(microsecond=0)
            await seed_interviews(database, LOCAL_CANDIDATE, _onsite(source), now=now)  # type: ignore[arg-type]
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
                body = {"recipients": [{"email": PANEL_DANA[1]}]}
                response = await c.post("/v1/suggest", json=body)
                assert response.status_code == 200, response.text
                texts[source] = response.json()["suggestion"]["draft"]["text"]
    assert _said("Northwind", texts["invite"]), texts["invite"]
    assert not _said("Northwind", texts["domain"]), texts["domain"]


# --- the Gmail card: the target it sends back keeps the provenance ---------------------------


def test_gmail_card_target_keeps_a_domain_source_and_the_note_leaves_it_out() -> None:
    [interview] = _onsite("domain")
    person = next(p for p in interview.interviewers if p.name == "Dana Whitfield")  # type: ignore[attr-defined]
    target = NoteTarget.from_param(NoteTarget.of(interview, person).to_param())  # type: ignore[arg-type]
    assert target is not None and target.company_source == "domain"
    view = ComposeView(tz=__import__("zoneinfo").ZoneInfo("UTC"), now=datetime.now(UTC))
    view = replace(view, target=target)
    inp = draft_input(view, "Sam Okafor")
    assert inp.company == "Northwind" and inp.company_source == "domain"
    assert not _said("Northwind", compose_draft(inp).text)
    named = replace(target, company_source="invite")
    assert _said("Northwind", compose_draft(draft_input(replace(view, target=named), "S")).text)


# --- what the user types: /v1/drafts and `rightnote draft` keep it --------------------------


def test_cli_draft_keeps_a_company_the_user_typed() -> None:
    args = ["draft", "--scenario", "gratitude", "--name", "Dana Lee"]
    args += ["--email", "dana.lee@acmecorp.com", "--company", "Acmecorp"]
    args += ["--position", "Backend Engineer", "--topic", "the roadmap", "--json"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert _said("Acmecorp", json.loads(result.stdout)["text"])
