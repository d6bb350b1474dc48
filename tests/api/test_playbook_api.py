"""POST /v1/drafts and /v1/voice/check through the ASGI app."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

DRAFT = {
    "scenario": "follow_up",
    "interviewer": {
        "name": "Priya Raman",
        "email": "priya@northwind.example",
        "title": "Engineering Manager",
    },
    "candidate": {"name": "Sam Okafor"},
    "company": "Northwind",
    "position": "Senior Backend Engineer",
    "interview": {
        "start": "2026-11-24T14:00:00",
        "end": "2026-11-24T14:45:00",
        "timezone": "America/New_York",
    },
    "details": {"topic": "the billing migration", "risk_areas": ["funding", "scope"]},
}


async def test_draft_round_trip(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/drafts", json=DRAFT)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["scenario"] == "follow_up"
    assert body["objective"] == "curiosity"
    assert body["to"] == "priya@northwind.example"
    assert body["text"].startswith("Hi Priya,")
    assert body["html"].startswith("<p>Hi Priya,")
    assert body["send_by"] == "2026-11-25T10:00:00-05:00"
    assert body["placeholders"] == []
    assert body["voice"]["verdict"] == "send"
    assert set(body["voice"]["metrics"]) >= {"words", "questions", "we_ratio", "reading_grade"}


async def test_stand_down_returns_advice_and_no_draft(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/drafts", json={**DRAFT, "scenario": "stand_down"})
    assert response.status_code == 200
    body = response.json()
    assert body["text"] is None and body["subject"] is None and body["voice"] is None
    assert "Send nothing" in body["advice"]


async def test_voice_check_reports_spans(client: httpx.AsyncClient) -> None:
    text = "Hi Dana,\n\nThank you so much!!! I can't wait to see your roadmap come together.\n"
    response = await client.post("/v1/voice/check", json={"text": text, "scenario": "gratitude"})
    assert response.status_code == 200, response.text
    body = response.json()
    codes = {f["code"] for f in body["findings"]}
    assert {"intensity", "outsider_voice"} <= codes
    assert body["verdict"] == "revise"
    for finding in body["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["excerpt"]
    outsider = next(f for f in body["findings"] if f["code"] == "outsider_voice")
    assert "our roadmap" in outsider["suggestion"]


async def test_voice_check_past_send_by(client: httpx.AsyncClient) -> None:
    text = (
        "Hi Ana,\n\nThank you for the interview. When we discussed sharding, my answer was "
        "wrong. That was on me. What I meant to say is this: we shard by tenant.\n\nBest,\nSam\n"
    )
    past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    response = await client.post(
        "/v1/voice/check", json={"text": text, "scenario": "recovery", "send_by": past}
    )
    assert response.status_code == 200
    assert "past_send_by" in {f["code"] for f in response.json()["findings"]}


async def test_validation_errors_name_the_field(client: httpx.AsyncClient) -> None:
    bad = {
        **DRAFT,
        "interviewer": {"email": "not an address"},
        "details": {"questions": ["a?", "b?", "c?"]},
        "interview": {"timezone": "Mars/Olympus"},
    }
    response = await client.post("/v1/drafts", json=bad)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "validation_failed"
    fields = {item["field"] for item in body["detail"]}
    assert {"body.interviewer.email", "body.details.questions", "body.interview.timezone"} <= fields


async def test_unknown_scenario_and_extra_fields_are_422(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/voice/check", json={"text": "x", "scenario": "bribe"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "body.scenario"
    response = await client.post(
        "/v1/voice/check", json={"text": "x", "scenario": "gratitude", "user_id": "someone-else"}
    )
    assert response.status_code == 422


async def test_malformed_json_is_a_clear_4xx(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/drafts",
        content=b'{"scenario": "gratitude",',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"] == "validation_failed"
    assert "JSON" in json.dumps(response.json()["detail"])


async def test_non_object_bodies_are_4xx(client: httpx.AsyncClient) -> None:
    for payload in (b"[]", b'"text"', b"null", b"12"):
        response = await client.post(
            "/v1/voice/check", content=payload, headers={"content-type": "application/json"}
        )
        assert 400 <= response.status_code < 500, payload


async def test_oversize_body_is_413(client: httpx.AsyncClient) -> None:
    big = {"text": "word " * 20_000, "scenario": "gratitude"}
    response = await client.post("/v1/voice/check", json=big)
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"


async def test_oversize_chunked_body_is_413(client: httpx.AsyncClient) -> None:
    async def chunks():
        for _ in range(100):
            yield b"x" * 1024

    response = await client.post(
        "/v1/voice/check", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


async def test_long_text_within_the_limit_is_a_field_error(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/voice/check", json={"text": "a" * 20_001, "scenario": "gratitude"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "body.text"


async def test_unknown_route_and_method_are_json(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    response = await client.get("/v1/drafts")
    assert response.status_code == 405
    assert response.json()["error"] == "method_not_allowed"


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ok"


async def test_openapi_documents_the_routes_with_examples(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    assert "/v1/drafts" in spec["paths"] and "/v1/voice/check" in spec["paths"]
    schemas = spec["components"]["schemas"]
    assert schemas["DraftRequest"]["examples"]
    assert schemas["VoiceCheckRequest"]["examples"]
    responses = spec["paths"]["/v1/drafts"]["post"]["responses"]
    assert {"200", "413", "422"} <= set(responses)


async def test_the_documentation_pages_are_served(client: httpx.AsyncClient) -> None:
    # FastAPI's own pages, added after the API's routes (app/main.py): each still answers.
    swagger = await client.get("/docs")
    assert swagger.status_code == 200 and "text/html" in swagger.headers["content-type"]
    assert "/openapi.json" in swagger.text and "/docs/oauth2-redirect" in swagger.text
    redoc = await client.get("/redoc")
    assert redoc.status_code == 200 and "/openapi.json" in redoc.text
    assert (await client.get("/docs/oauth2-redirect")).status_code == 200
    # A trailing slash is redirected to the page, as for any route.
    assert (await client.get("/docs/")).headers.get("location", "").endswith("/docs")


GMAIL_NOTE = (
    '<div dir="ltr"><div>Hi Dana,</div><div><br></div><div>Thank you for the chat today. I '
    "REALLY enjoyed hearing about the launch, and I&#39;m excited to work together.</div>"
    "<div><br></div><div>Best,<br>Sam</div>"
    '<div class="gmail_signature">Sam Okafor<br>VP ENGINEERING | ACME!!</div></div>'
    '<div class="gmail_quote">On Tue, Nov 24, 2026 at 9:00 AM Dana wrote:<blockquote>Could '
    "you send your CV? And your portfolio? And references?</blockquote></div>"
)


async def test_voice_check_reads_html_and_points_into_it(client: httpx.AsyncClient) -> None:
    for fmt in ("html", "auto", None):
        payload = {"text": GMAIL_NOTE, "scenario": "gratitude"}
        if fmt:
            payload["format"] = fmt
        response = await client.post("/v1/voice/check", json=payload)
        assert response.status_code == 200, response.text
        body = response.json()
        # Only the new message: the quoted questions and the shouted signature are not judged.
        assert [(f["code"], f["excerpt"]) for f in body["findings"]] == [("intensity", "REALLY")]
        assert GMAIL_NOTE[body["findings"][0]["start"] : body["findings"][0]["end"]] == "REALLY"
        assert body["metrics"]["words"] < 30
    # Said to be text, the markup is read as written (and "VP ENGINEERING" is in it).
    response = await client.post(
        "/v1/voice/check", json={"text": GMAIL_NOTE, "scenario": "gratitude", "format": "text"}
    )
    assert response.status_code == 200
    assert response.json()["metrics"]["words"] > 60


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "<div><br></div>", "<p>&nbsp;</p>"])
async def test_an_empty_note_is_a_clear_422(client: httpx.AsyncClient, text: str) -> None:
    response = await client.post("/v1/voice/check", json={"text": text, "scenario": "gratitude"})
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "validation_failed"
    assert body["detail"][0]["field"] == "body.text"
    assert "missing_thanks" not in response.text


async def test_bad_format_is_a_field_error(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/voice/check", json={"text": "Thanks!", "scenario": "gratitude", "format": "pdf"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "body.format"
