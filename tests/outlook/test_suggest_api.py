"""POST /v1/suggest and POST /v1/stand-down in local mode, on a store seeded through the
auto-draft service layer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from app.auth.identity import Identity
from app.main import create_app
from app.settings import Settings
from app.store.db import Database
from app.store.drafts import DraftRecord, DraftState
from tests.outlook.seed import (
    CANDIDATE,
    DANA,
    JORDAN,
    PRIYA,
    interviews_from,
    northwind_onsite,
    seed_interviews,
)

NOW = datetime.now(UTC).replace(microsecond=0)
LOCAL = Identity(provider="local", subject="local", email=CANDIDATE[1], name=CANDIDATE[0])


@dataclass
class Running:
    app: FastAPI
    client: httpx.AsyncClient

    @property
    def database(self) -> Database:
        database = self.app.state.rightnote.resources.database
        assert isinstance(database, Database)
        return database

    async def suggest(self, **body: Any) -> dict[str, Any]:
        response = await self.client.post("/v1/suggest", json=body)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[Running]:
    settings = Settings(
        data_dir=tmp_path, local_user_name=CANDIDATE[0], local_user_email=CANDIDATE[1]
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            yield Running(app, client)


@pytest.fixture
async def seeded(running: Running) -> Running:
    interviews = interviews_from(northwind_onsite(NOW), CANDIDATE[1])
    await seed_interviews(running.database, LOCAL, interviews, now=NOW)
    return running


def to(*people: tuple[str, str]) -> list[dict[str, str]]:
    return [{"email": email, "name": name} for name, email in people]


async def test_a_hiring_manager_gets_a_follow_up(seeded: Running) -> None:
    result = await seeded.suggest(recipients=to(PRIYA), subject="Thank you")

    [match] = result["matches"]
    assert match["recipient"] == {"email": PRIYA[1], "name": PRIYA[0]}
    assert match["interviewer"] == {
        "name": "Priya Raman",
        "email": PRIYA[1],
        "title": "Engineering Manager",
        "role": "decision_maker",
    }
    assert match["interview"]["id"] == "graph:AAMkNorthwindOnsite"
    assert (match["interview"]["company"], match["interview"]["position"]) == (
        "Northwind",
        "Senior Backend Engineer",
    )
    assert match["default_scenario"]["scenario"] == "follow_up"
    assert any("Decision-maker" in r for r in match["default_scenario"]["reasons"])
    suggestion = result["suggestion"]
    assert (suggestion["scenario"], suggestion["suggested"]) == ("follow_up", "follow_up")
    draft = suggestion["draft"]
    assert draft["text"].startswith("Hi Priya,")
    assert draft["text"].rstrip().endswith("Alice Candidate")
    assert "[topic we discussed]" in draft["placeholders"]
    assert draft["send_by_note"]
    assert len(suggestion["questions"]) == 5
    assert result["voice"] is None
    assert result["unmatched"] == []
    assert result["calendar"] == {"stored": 1, "graph": "off", "timezone": "UTC"}


async def test_a_peer_gets_gratitude_and_addresses_match_without_case(seeded: Running) -> None:
    result = await seeded.suggest(recipients=[{"email": DANA[1].upper()}])

    [match] = result["matches"]
    assert match["interviewer"]["name"] == "Dana Whitfield"
    assert match["default_scenario"]["scenario"] == "gratitude"
    # Second on the panel (by slot time): worded apart from the first interviewer's note.
    assert result["suggestion"]["draft"]["subject"] == "Thanks for speaking with me"


async def test_no_match(seeded: Running) -> None:
    result = await seeded.suggest(recipients=[{"email": "someone@elsewhere.example"}])

    assert result["matches"] == []
    assert result["suggestion"] is None
    assert result["unmatched"] == [{"email": "someone@elsewhere.example", "name": None}]


async def test_several_recipients_one_match_each_suggestion_for_the_first(
    seeded: Running,
) -> None:
    result = await seeded.suggest(
        recipients=[{"email": "x@elsewhere.example"}, *to(DANA, PRIYA), {"email": DANA[1]}]
    )

    assert [m["interviewer"]["name"] for m in result["matches"]] == [
        "Dana Whitfield",
        "Priya Raman",
    ]
    assert result["suggestion"]["recipient"] == DANA[1]
    assert result["suggestion"]["scenario"] == "gratitude"
    assert [u["email"] for u in result["unmatched"]] == ["x@elsewhere.example"]


async def test_the_recruiter_gets_no_thank_you(seeded: Running) -> None:
    result = await seeded.suggest(recipients=to(JORDAN))

    [match] = result["matches"]
    assert match["interviewer"]["role"] == "recruiter"
    assert match["default_scenario"]["scenario"] is None
    assert result["suggestion"]["draft"] is None


async def test_the_users_inputs_rewrite_the_draft(seeded: Running) -> None:
    details = {
        "scenario": "recovery",
        "topic": "the cache design",
        "stumble": "my answer on invalidation was wrong",
        "what_happened": "I answered the question I expected, not yours",
        "restatement": "write-through with short TTLs fits our read pattern",
    }
    result = await seeded.suggest(recipients=to(PRIYA), details=details)

    suggestion = result["suggestion"]
    assert (suggestion["scenario"], suggestion["suggested"]) == ("recovery", "follow_up")
    draft = suggestion["draft"]
    assert draft["placeholders"] == []
    assert "the cache design" in draft["text"]
    assert "my answer on invalidation was wrong" in draft["text"]
    assert draft["send_by"] is not None
    assert suggestion["details"]["topic"] == "the cache design"
    assert any("cache design" in q["text"] for q in suggestion["questions"])


async def test_follow_up_questions_from_risk_areas_and_own(seeded: Running) -> None:
    result = await seeded.suggest(
        recipients=to(PRIYA),
        details={
            "topic": "the billing migration",
            "risk_areas": ["funding"],
            "questions": ["How will we measure the migration's success?"],
        },
    )

    text = result["suggestion"]["draft"]["text"]
    assert "How will we measure the migration's success?" in text
    assert "what gets cut when a quarter runs short" in text
    assert text.count("?") == 2


async def test_voice_report_of_a_text_body(seeded: Running) -> None:
    body = "Hi Priya,\n\nThank you so much!!! I'm SO excited about your roadmap.\n"
    result = await seeded.suggest(recipients=to(PRIYA), body=body, body_type="text")

    voice = result["voice"]
    assert voice["scenario"] == "follow_up"
    assert voice["text"] is None
    codes = {f["code"] for f in voice["findings"]}
    assert {"intensity", "outsider_voice", "missing_question"} <= codes
    for finding in voice["findings"]:
        assert body[finding["start"] : finding["end"]].startswith(finding["excerpt"][:20])


async def test_voice_report_of_an_html_body_leaves_the_quoted_reply_out(
    seeded: Running,
) -> None:
    body = (
        '<div class="elementToProof">Hi Dana,</div><div><br></div>'
        "<div>Thank you for the chat about the &quot;pipeline&quot;. "
        "I&#39;m SO glad I met your team!!!</div>"
        '<div id="appendonsend"></div><hr>'
        '<div id="divRplyFwdMsg">From: Dana. I am so sorry, so sorry, I apologize again</div>'
    )
    result = await seeded.suggest(recipients=to(DANA), body=body, body_type="html")

    voice = result["voice"]
    text = voice["text"]
    assert text == (
        'Hi Dana,\n\nThank you for the chat about the "pipeline". I\'m SO glad I met your team!!!\n'
    )
    codes = {f["code"] for f in voice["findings"]}
    assert "intensity" in codes and "outsider_voice" in codes
    assert "anxious_apology" not in codes
    for finding in voice["findings"]:
        assert text[finding["start"] : finding["end"]][:200] == finding["excerpt"]
    assert voice["verdict"] == "revise"


async def test_voice_without_a_match_runs_the_universal_checks(running: Running) -> None:
    result = await running.suggest(
        recipients=[], body="Please, I really need this job. [your name]"
    )

    voice = result["voice"]
    assert voice["scenario"] is None
    assert {f["code"] for f in voice["findings"]} >= {"pleading", "placeholder_left"}
    assert voice["verdict"] == "hold"


async def test_stand_down_cancels_drafts_and_changes_the_suggestion(seeded: Running) -> None:
    before = await seeded.suggest(recipients=to(PRIYA))
    interview_id = before["matches"][0]["interview"]["id"]
    async with seeded.database.sessions() as session:
        open_before = (await session.scalars(select(DraftRecord))).all()
    assert any(r.state is DraftState.PENDING for r in open_before)

    response = await seeded.client.post("/v1/stand-down", json={"interview_id": interview_id})

    assert response.status_code == 200, response.text
    done = response.json()
    assert done["stood_down"] is True
    assert done["company"] == "Northwind"
    assert done["cancelled_drafts"] == len(open_before)
    assert "nothing was sent" in done["message"]
    async with seeded.database.sessions() as session:
        states = {r.state for r in (await session.scalars(select(DraftRecord))).all()}
    assert states == {DraftState.CANCELLED}

    after = await seeded.suggest(recipients=to(PRIYA), details={"scenario": "gratitude"})
    assert after["matches"][0]["stood_down"] is True
    assert after["suggestion"]["scenario"] == "stand_down"
    assert after["suggestion"]["draft"]["advice"]
    assert after["suggestion"]["draft"]["html"] is None

    again = await seeded.client.post("/v1/stand-down", json={"interview_id": interview_id})
    assert again.status_code == 200 and again.json()["cancelled_drafts"] == 0


async def test_stand_down_of_an_unknown_interview_needs_the_company(running: Running) -> None:
    response = await running.client.post(
        "/v1/stand-down", json={"interview_id": "graph:AAMkNotStored"}
    )
    assert response.status_code == 400
    assert "company" in response.json()["detail"]

    response = await running.client.post(
        "/v1/stand-down",
        json={"interview_id": "graph:AAMkNotStored", "company": "Fabrikam", "position": "SRE"},
    )
    assert response.status_code == 200
    assert response.json()["company"] == "Fabrikam"


@pytest.mark.parametrize(
    "body",
    [
        {"recipients": [{"email": f"p{i}@x.example"} for i in range(51)]},
        {"recipients": [{"email": "not an address"}]},
        {"recipients": [], "body_type": "rtf", "body": "x"},
        {"recipients": [], "surprise": True},
        {"recipients": [{"email": "a@x.example", "role": "boss"}]},
        {"recipients": [], "details": {"scenario": "apology"}},
        {"recipients": [], "details": {"questions": ["a?", "b?", "c?"]}},
        {"recipients": [], "body": "x" * 100_001},
    ],
)
async def test_bad_input_is_422(running: Running, body: dict[str, Any]) -> None:
    response = await running.client.post("/v1/suggest", json=body)

    assert response.status_code == 422, response.text
    assert response.json()["error"] == "validation_failed"
