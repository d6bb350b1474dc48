"""What a client who sends the wrong thing reads back from /v1: each bad field in words, never
pydantic's own sentence ("Input should be a valid dictionary or object to extract fields
from") nor its internals. Bodies a new user sends by mistake, one wrong type each."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

# (body, the field named, words the message must hold)
WRONG_TYPES: list[tuple[dict[str, Any], str, str]] = [
    ({"scenario": "gratitude", "interviewer": "Bob"}, "body.interviewer", "object"),
    ({"scenario": "gratitude", "candidate": None}, "body.candidate", "object"),
    ({"scenario": "gratitude", "interviewer": {"name": 5}}, "body.interviewer.name", "text"),
    ({"scenario": "gratitude", "panel_position": "first"}, "body.panel_position", "whole number"),
    ({"scenario": "gratitude", "panel_position": 1.5}, "body.panel_position", "whole number"),
    ({"scenario": "gratitude", "panel_position": -3}, "body.panel_position", "at least 0"),
    (
        {"scenario": "gratitude", "interviewer": {"hiring_manager": "maybe"}},
        "body.interviewer.hiring_manager",
        "true or false",
    ),
    ({"scenario": "follow_up", "details": {"questions": "why"}}, "body.details.questions", "list"),
]


@pytest.mark.parametrize(("body", "field", "words"), WRONG_TYPES)
async def test_a_wrong_type_is_named_in_words(
    client: httpx.AsyncClient, body: dict[str, Any], field: str, words: str
) -> None:
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["field"] == field
    assert "Input should" not in problem["message"], problem
    assert words in problem["message"], problem


async def test_a_limit_out_of_range_says_the_range(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/interviews", params={"limit": 0})
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["field"] == "query.limit"
    assert problem["message"] == "must be at least 1", problem


async def test_a_body_that_is_not_json_names_the_body(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/drafts", content=b"{bad", headers={"content-type": "application/json"}
    )
    assert response.status_code in (400, 422)
    [problem] = response.json()["detail"]
    assert problem["field"] == "body", problem


async def test_text_that_is_not_utf8_is_named_as_such(client: httpx.AsyncClient) -> None:
    # A lone surrogate encoded as raw bytes: a JSON string, but not UTF-8 text.
    body = '{"scenario": "gratitude", "company": "Acme \ud800"}'.encode("utf-8", "surrogatepass")
    response = await client.post(
        "/v1/drafts", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["field"] == "body.company"
    assert "UTF-8" in problem["message"], problem


async def test_an_unknown_provider_lists_the_known_ones(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/connect/yahoo", json={})
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem == {"field": "path.provider", "message": "must be one of: google or microsoft"}
