"""POST /v1/drafts as people call it (issue 15): suggestions, ignored fields, the account's name,
scenario names as typed, end before start refused, errors in words, panels told apart."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.settings import Settings

BASE = {
    "interviewer": {"name": "Priya Raman", "email": "priya@northwind.example"},
    "company": "Northwind",
    "interview": {"start": "2026-11-24T14:00:00", "end": "2026-11-24T14:45:00"},
}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, max_body_bytes=64 * 1024, local_user_name="Sam Okafor")


async def test_follow_up_offers_suggestions_and_one_placeholder_question(
    client: httpx.AsyncClient,
) -> None:
    body = {**BASE, "scenario": "follow-up", "details": {"topic": "Kubernetes upgrades"}}
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 200, response.text
    draft = response.json()
    assert draft["scenario"] == "follow_up"
    assert draft["placeholders"] == ["[a question from our conversation]"]
    assert draft["text"].count("Kubernetes upgrades") == 1
    assert "??" not in draft["text"]
    areas = [s["area"] for s in draft["suggestions"]]
    assert areas == ["funding", "growth", "goals", "team", "scope"]
    assert all("Kubernetes upgrades" in s["text"] for s in draft["suggestions"])
    # The account's name (local mode: settings) signs the note.
    assert draft["text"].rstrip().endswith("Sam Okafor")


async def test_gratitude_reports_what_it_leaves_out(client: httpx.AsyncClient) -> None:
    body = {
        **BASE,
        "scenario": "Gratitude",
        "company": "northwindhealth",
        "details": {"topic": "the platform", "questions": ["When do we start?"], "stumble": True},
    }
    draft = (await client.post("/v1/drafts", json=body)).json()
    ignored = {i["field"]: i["why"] for i in draft["ignored"]}
    assert set(ignored) == {"details.questions", "company"}  # a bare flag says nothing to drop
    assert "asks nothing" in ignored["details.questions"]
    assert "?" not in draft["text"]
    assert "northwindhealth" not in draft["text"].lower()


async def test_a_company_the_user_types_is_a_name(client: httpx.AsyncClient) -> None:
    # What the caller sends is what the user typed: a one-word name beside the same domain
    # ("Acmecorp", acmecorp.com) is theirs to choose, unlike the calendar's guess from the
    # domain, which never reaches a sentence (tests/playbook/test_drafting_company.py).
    body = {
        **BASE,
        "interviewer": {"name": "Dana Lee", "email": "dana@acmecorp.com"},
        "scenario": "gratitude",
        "company": "Acmecorp",
        "details": {"topic": "the platform"},
    }
    draft = (await client.post("/v1/drafts", json=body)).json()
    assert "at Acmecorp." in draft["text"]
    assert draft["ignored"] == []


async def test_end_before_start_is_a_422_in_words(client: httpx.AsyncClient) -> None:
    body = {
        **BASE,
        "scenario": "gratitude",
        "interview": {"start": "2026-11-24T15:00:00", "end": "2026-11-24T14:00:00"},
    }
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail == [
        {
            "field": "body.interview",
            "message": "the interview ends before it starts: check the start and end",
        }
    ]


async def test_a_bad_address_is_said_in_words(client: httpx.AsyncClient) -> None:
    body = {**BASE, "scenario": "gratitude", "interviewer": {"email": "priya at northwind"}}
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 422
    message = response.json()["detail"][0]["message"]
    assert message == "is not an email address (expected name@example.com)"


async def test_an_unknown_scenario_lists_the_names(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/drafts", json={**BASE, "scenario": "thanks"})
    assert response.status_code == 422
    message = response.json()["detail"][0]["message"]
    assert message.startswith("must be one of: recovery, follow_up")


async def test_a_panel_gets_different_notes(client: httpx.AsyncClient) -> None:
    texts, subjects = set(), set()
    for position, slot in enumerate(["System Design", "Coding", "Lunch", "Leadership"]):
        body = {
            **BASE,
            "scenario": "gratitude",
            "interviewer": {"name": "Alex Kim"},  # same first name on purpose
            "slot": {"title": slot, "start": f"2026-11-24T{10 + position}:00:00"},
            "panel_position": position,
            "details": {"topic": "the data platform"},
        }
        draft = (await client.post("/v1/drafts", json=body)).json()
        assert draft["voice"]["verdict"] == "send", draft
        texts.add(draft["text"])
        subjects.add(draft["subject"])
    assert len(texts) == 4 and len(subjects) == 4


@pytest.mark.parametrize("position", [False, True, "1", 1.5])
async def test_panel_position_is_a_whole_number_only(
    client: httpx.AsyncClient, position: object
) -> None:
    # The schema says integer; JSON booleans and strings are refused, not read as 0 or 1.
    body = {**BASE, "scenario": "gratitude", "panel_position": position}
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "validation_failed"
