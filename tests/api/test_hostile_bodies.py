"""Hostile bodies at the busiest routes, /v1/drafts and /v1/voice/check, served by FastAPI itself.

Whatever arrives, the answer is a 4xx (never a 500) in the one error shape every route uses,
`{"error": code, "detail": ...}`, and both routes answer a broken body the same way.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api.router import ROUTERS
from app.auth.identity import Identity, current_identity
from app.errors import Unauthorized
from app.main import create_app
from app.settings import Settings
from tests.api.test_playbook_api import DRAFT

VOICE = {"text": "Thank you for the time today. I enjoyed it!!", "scenario": "gratitude"}
JSON = {"content-type": "application/json"}
PATHS = ["/v1/drafts", "/v1/voice/check"]


async def _client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            yield client


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(data_dir=tmp_path, max_body_bytes=64 * 1024))
    async for c in _client(app):
        yield c


def _error(response: httpx.Response, status: int, code: str) -> Any:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error", "detail"}, body
    assert body["error"] == code
    return body["detail"]


V = "validation_failed"
BAD = "bad_request"
# A voice-check body sent to /v1/drafts is refused for its fields; the rest fail as a body.
_VOICE = json.dumps(VOICE).encode()
# (name, body, headers, (status, error) at /v1/drafts, at /v1/voice/check; None: answered)
BAD_BODIES: list[tuple[str, bytes, dict[str, str], tuple[int, str], tuple[int, str] | None]] = [
    ("empty", b"", JSON, (422, V), (422, V)),
    ("not json", b'{"scenario": "gratitude",', JSON, (422, V), (422, V)),
    ("not utf-8", b'{"text": "\xff\xfe", "scenario": "gratitude"}', JSON, (400, BAD), (400, BAD)),
    ("array", b"[1, 2]", JSON, (422, V), (422, V)),
    ("null", b"null", JSON, (422, V), (422, V)),
    ("string", b'"hello"', JSON, (422, V), (422, V)),
    ("NaN", b'{"text": NaN, "scenario": "gratitude"}', JSON, (422, V), (422, V)),
    ("deep", b"[" * 5000 + b"]" * 5000, JSON, (400, BAD), (400, BAD)),
    ("no content type", _VOICE, {}, (422, V), (422, V)),
    ("text/plain", _VOICE, {"content-type": "text/plain"}, (422, V), (422, V)),
    ("form", b"text=hi", {"content-type": "application/x-www-form-urlencoded"}, (422, V), (422, V)),
    ("odd type", _VOICE, {"content-type": "application/json/extra"}, (422, V), (422, V)),
    # json.loads reads a BOM and UTF-16 by detecting the encoding: a valid note is answered.
    ("BOM", b"\xef\xbb\xbf" + _VOICE, JSON, (422, V), None),
    ("UTF-16", json.dumps(VOICE).encode("utf-16"), JSON, (422, V), None),
    (
        "lone surrogate",
        b'{"text": "\\ud800 hi", "scenario": "gratitude"}',
        JSON,
        (422, V),
        (422, V),
    ),
    (
        "huge number",
        b'{"text": 12345678901234567890123456789, "scenario": "x"}',
        JSON,
        (422, V),
        (422, V),
    ),
    (
        "1e400",
        b'{"text": "x", "scenario": "gratitude", "send_by": 1e400}',
        JSON,
        (422, V),
        (422, V),
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "headers", "at_draft", "at_voice"),
    BAD_BODIES,
    ids=[b[0] for b in BAD_BODIES],
)
async def test_a_bad_body_is_a_4xx_in_the_error_shape(
    client: httpx.AsyncClient,
    name: str,
    body: bytes,
    headers: dict[str, str],
    at_draft: tuple[int, str],
    at_voice: tuple[int, str] | None,
) -> None:
    draft, voice = [await client.post(p, content=body, headers=headers) for p in PATHS]
    _error(draft, *at_draft)
    if at_voice is None:
        assert voice.status_code == 200, voice.text
        return
    _error(voice, *at_voice)
    if at_draft == at_voice and name not in {"NaN", "huge number", "lone surrogate", "1e400"}:
        # Refused as a body, before any field is read: word for word the same answer.
        assert draft.content == voice.content


@pytest.mark.parametrize(
    "headers",
    [
        {"content-type": "application/json; charset=utf-8"},
        {"content-type": "application/vnd.rightnote+json"},
        {"content-type": "Application/JSON"},
    ],
)
async def test_json_content_types_are_read(
    client: httpx.AsyncClient, headers: dict[str, str]
) -> None:
    response = await client.post("/v1/voice/check", content=json.dumps(VOICE), headers=headers)
    assert response.status_code == 200, response.text


async def test_duplicate_keys_take_the_last_value(client: httpx.AsyncClient) -> None:
    body = b'{"text": "", "text": "Thank you for the chat.", "scenario": "gratitude"}'
    assert (await client.post("/v1/voice/check", content=body, headers=JSON)).status_code == 200


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"interviewer": {"name": 42}}, "body.interviewer.name"),
        ({"interview": {"start": "not a time"}}, "body.interview.start"),
        (
            {"details": {"risk_areas": ["funding", "astrology"]}},
            "body.details.risk_areas[1]",
        ),
        ({"scenario": "bribe"}, "body.scenario"),
        ({"user_id": "someone-else"}, "body.user_id"),
    ],
)
async def test_a_bad_field_is_named_by_its_path(
    client: httpx.AsyncClient, change: dict[str, Any], path: str
) -> None:
    detail = _error(
        await client.post("/v1/drafts", json={**DRAFT, **change}), 422, "validation_failed"
    )
    assert path in {d["field"] for d in detail}, detail


async def test_an_empty_note_is_a_422_on_its_field(client: httpx.AsyncClient) -> None:
    for text in ("", "   \n"):
        response = await client.post("/v1/voice/check", json={**VOICE, "text": text})
        detail = _error(response, 422, "validation_failed")
        assert [d["field"] for d in detail] == ["body.text"]


async def test_other_methods_are_405_in_the_error_shape(client: httpx.AsyncClient) -> None:
    _error(await client.get("/v1/voice/check"), 405, "method_not_allowed")
    _error(await client.put("/v1/drafts", json=DRAFT), 405, "method_not_allowed")


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    key=st.sampled_from(["text", "scenario", "send_by", "known_terms", "extra", "interviewer"]),
    value=json_values,
    path=st.sampled_from(PATHS),
)
async def test_any_field_value_is_answered_without_a_500(
    client: httpx.AsyncClient, key: str, value: Any, path: str
) -> None:
    base = VOICE if path == "/v1/voice/check" else DRAFT
    response = await client.post(path, json={**base, key: value})
    if response.status_code != 200:
        _error(response, 422, "validation_failed")


async def test_production_auth_and_rate_limits(tmp_path: Path) -> None:
    class Verifier:
        async def verify(self, token: str) -> Identity | None:
            return Identity("microsoft", "oid-1", "tid-1") if token == "good" else None

    app = create_app(
        Settings(
            data_dir=tmp_path,
            auth_mode="production",
            host="0.0.0.0",
            encryption_keys="unused-here",
            database_url=f"sqlite+aiosqlite:///{tmp_path}/x.db",
            public_url="https://rightnote.example",
            rate_limit_per_user_per_minute=2,
        )
    )
    app.state.rightnote.verifiers.append(Verifier())
    async for client in _client(app):
        _error(await client.post("/v1/voice/check", json=VOICE), 401, "unauthorized")
        # Without a verified identity a bad body is still a 401: nothing about it is judged.
        bad_body = {"text": 5, "scenario": "bribe"}
        _error(await client.post("/v1/drafts", json=bad_body), 401, "unauthorized")
        bad = {"Authorization": "Bearer forged"}
        _error(await client.post("/v1/voice/check", json=VOICE, headers=bad), 401, "unauthorized")
        good = {"Authorization": "Bearer good"}
        codes = [
            (await client.post("/v1/voice/check", json=VOICE, headers=good)).status_code
            for _ in range(3)
        ]
        assert codes == [200, 200, 429]


async def test_an_unexpected_error_is_the_apps_500(tmp_path: Path, monkeypatch) -> None:
    import app.api.playbook_routes as routes

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(routes, "check_message", broken)
    app = create_app(Settings(data_dir=tmp_path))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client,
    ):
        response = await client.post("/v1/voice/check", json=VOICE)
    assert response.status_code == 500
    assert response.json() == {
        "error": "internal_error",
        "detail": "something went wrong on our side",
    }
    assert "boom" not in response.text


async def test_routes_are_included_once_and_overrides_apply(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path))
    keys = [
        (r.path, tuple(sorted(r.methods or ())))
        for router in ROUTERS
        for r in router.routes
        if isinstance(r, APIRoute)
    ]
    assert len(set(keys)) == len(keys)  # no two routers claim the same method and path
    documented = {(path, m.upper()) for path, ops in app.openapi()["paths"].items() for m in ops}
    assert {(p, m) for p, ms in keys for m in ms if m != "HEAD"} >= documented

    def nobody() -> Identity:
        raise Unauthorized("overridden")

    async for client in _client(app):
        assert (await client.post("/v1/voice/check", json=VOICE)).status_code == 200
        app.dependency_overrides[current_identity] = nobody
        _error(await client.post("/v1/voice/check", json=VOICE), 401, "unauthorized")
