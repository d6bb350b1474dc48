"""The lean way into /v1/drafts and /v1/voice/check (app/api/lean.py) answers exactly as FastAPI.

Each case is sent to two apps built alike: one as shipped, one with the `LeanRoutes` middleware
taken out, so FastAPI's own request handling answers. Status, the headers a client reads and the
body must be the same, byte for byte, for good bodies and for every kind of bad one.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import fastapi.routing
import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI, Request
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from app.api.lean import LeanOperation, LeanRoutes, NotLean
from app.api.responses import FastJSONResponse
from app.api.router import install_lean_routes
from app.auth.identity import CurrentIdentity, Identity
from app.main import create_app
from app.settings import Settings
from tests.api.test_playbook_api import DRAFT

VOICE = {"text": "Thank you for the time today. I enjoyed it!!", "scenario": "gratitude"}
COMPARED_HEADERS = ("content-type", "content-length", "www-authenticate", "retry-after")


def _app(tmp_path: Path, *, lean: bool, **overrides: Any) -> FastAPI:
    app = create_app(Settings(data_dir=tmp_path, max_body_bytes=64 * 1024, **overrides))
    if not lean:
        app.user_middleware = [m for m in app.user_middleware if m.cls is not LeanRoutes]  # type: ignore[comparison-overlap]
    return app


@pytest.fixture
async def pair(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    async with _clients(tmp_path) as clients:
        yield clients


class _clients:
    """Two clients: the shipped app and the same app without the lean way."""

    def __init__(self, tmp_path: Path, **overrides: Any) -> None:
        self.apps = [
            _app(tmp_path / "lean", lean=True, **overrides),
            _app(tmp_path / "plain", lean=False, **overrides),
        ]
        self.lifespans: list[Any] = []
        self.clients: list[httpx.AsyncClient] = []

    async def __aenter__(self) -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
        for app in self.apps:
            lifespan = app.router.lifespan_context(app)
            await lifespan.__aenter__()
            self.lifespans.append(lifespan)
            client = httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1"
            )
            self.clients.append(client)
        return self.clients[0], self.clients[1]

    async def __aexit__(self, *exc: object) -> None:
        for client in self.clients:
            await client.aclose()
        for lifespan in reversed(self.lifespans):
            await lifespan.__aexit__(None, None, None)


async def _same(
    pair: tuple[httpx.AsyncClient, httpx.AsyncClient], method: str, path: str, **kwargs: Any
) -> httpx.Response:
    lean, plain = [await c.request(method, path, **kwargs) for c in pair]
    assert lean.status_code == plain.status_code, (lean.text, plain.text)
    for name in COMPARED_HEADERS:
        assert lean.headers.get(name) == plain.headers.get(name), name
    assert lean.content == plain.content
    return lean


JSON = {"content-type": "application/json"}

BAD_BODIES: list[tuple[str, bytes, dict[str, str]]] = [
    ("empty", b"", JSON),
    ("not json", b'{"scenario": "gratitude",', JSON),
    ("not utf-8", b'{"text": "\xff\xfe", "scenario": "gratitude"}', JSON),
    ("array", b"[1, 2]", JSON),
    ("null", b"null", JSON),
    ("string", b'"hello"', JSON),
    ("NaN", b'{"text": NaN, "scenario": "gratitude"}', JSON),
    ("deep", b"[" * 5000 + b"]" * 5000, JSON),
    ("no content type", json.dumps(VOICE).encode(), {}),
    ("text/plain", json.dumps(VOICE).encode(), {"content-type": "text/plain"}),
    ("form", b"text=hi&scenario=gratitude", {"content-type": "application/x-www-form-urlencoded"}),
    ("charset", json.dumps(VOICE).encode(), {"content-type": "application/json; charset=utf-8"}),
    ("+json", json.dumps(VOICE).encode(), {"content-type": "application/vnd.rightnote+json"}),
    ("upper case", json.dumps(VOICE).encode(), {"content-type": "Application/JSON"}),
    ("odd type", json.dumps(VOICE).encode(), {"content-type": "application/json/extra"}),
    ("spaced type", json.dumps(VOICE).encode(), {"content-type": "application/ json"}),
    # Bodies where pydantic's own JSON parser and json.loads part ways: the answer must not.
    ("BOM", b"\xef\xbb\xbf" + json.dumps(VOICE).encode(), JSON),
    ("UTF-16", json.dumps(VOICE).encode("utf-16"), JSON),
    ("duplicate keys", b'{"text": "a", "text": "Thank you.", "scenario": "gratitude"}', JSON),
    ("lone surrogate", b'{"text": "\\ud800 thanks", "scenario": "gratitude"}', JSON),
    ("huge number", b'{"text": 123456789012345678901234567890, "scenario": "gratitude"}', JSON),
    ("1e400", b'{"text": "x", "scenario": "gratitude", "send_by": 1e400}', JSON),
]


@pytest.mark.parametrize("path", ["/v1/drafts", "/v1/voice/check"])
@pytest.mark.parametrize(("name", "body", "headers"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
async def test_bad_bodies_get_the_same_answer(
    pair: tuple[httpx.AsyncClient, httpx.AsyncClient],
    path: str,
    name: str,
    body: bytes,
    headers: dict[str, str],
) -> None:
    response = await _same(pair, "POST", path, content=body, headers=headers)
    assert response.status_code < 500


@pytest.mark.parametrize(
    "body",
    [
        VOICE,
        {"text": "", "scenario": "gratitude"},
        {"text": "x", "scenario": "bribe"},
        {"text": "x", "scenario": "gratitude", "user_id": "someone-else"},
        {"text": "Sorry!! I was SO nervous.", "scenario": "recovery", "send_by": "2020-01-01"},
        {"text": "Hi Dana", "scenario": "follow_up", "known_terms": ["Dana"]},
        {"text": ["not", "a", "string"], "scenario": "gratitude"},
    ],
)
async def test_voice_checks_are_the_same(
    pair: tuple[httpx.AsyncClient, httpx.AsyncClient], body: dict[str, Any]
) -> None:
    await _same(pair, "POST", "/v1/voice/check", json=body)


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"scenario": "stand_down"},
        {"scenario": "recovery", "details": {"stumble": "I froze", "restatement": "<b>x</b>"}},
        {"scenario": "gratitude", "interviewer": {"name": "Dr. Ana Lima", "title": "CEO"}},
        {"scenario": "ask_recruiter"},
        {"interviewer": {"name": 42}},
        {"interview": {"start": "not a time"}},
        {"details": {"risk_areas": ["funding", "astrology"]}},
    ],
)
async def test_drafts_are_the_same(
    pair: tuple[httpx.AsyncClient, httpx.AsyncClient], change: dict[str, Any]
) -> None:
    await _same(pair, "POST", "/v1/drafts", json={**DRAFT, **change})


async def test_other_methods_and_paths_are_left_to_fastapi(
    pair: tuple[httpx.AsyncClient, httpx.AsyncClient],
) -> None:
    assert (await _same(pair, "GET", "/v1/voice/check")).status_code == 405
    await _same(pair, "POST", "/v1/voice/check/", json=VOICE)
    await _same(pair, "PUT", "/v1/drafts", json=DRAFT)


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
    key=st.sampled_from(["text", "scenario", "send_by", "known_terms", "extra"]),
    value=json_values,
    path=st.sampled_from(["/v1/voice/check", "/v1/drafts"]),
)
async def test_any_field_value_gets_the_same_answer(
    pair: tuple[httpx.AsyncClient, httpx.AsyncClient], key: str, value: Any, path: str
) -> None:
    base = VOICE if path == "/v1/voice/check" else DRAFT
    await _same(pair, "POST", path, json={**base, key: value})


async def test_production_auth_and_rate_limits_are_the_same(tmp_path: Path) -> None:
    class Verifier:
        async def verify(self, token: str) -> Identity | None:
            return Identity("microsoft", "oid-1", "tid-1") if token == "good" else None

    both = _clients(
        tmp_path,
        auth_mode="production",
        host="0.0.0.0",
        encryption_keys="unused-here",
        database_url=f"sqlite+aiosqlite:///{tmp_path}/x.db",
        public_url="https://rightnote.example",
        rate_limit_per_user_per_minute=2,
    )
    for app in both.apps:
        app.state.rightnote.verifiers.append(Verifier())
    async with both as clients:
        await _same(clients, "POST", "/v1/voice/check", json=VOICE)  # no token: 401
        # The token is checked before the body is validated, but after it is parsed.
        bad_body = {"text": 5, "scenario": "bribe"}
        assert (await _same(clients, "POST", "/v1/drafts", json=bad_body)).status_code == 401
        broken = b'{"text": '
        response = await _same(clients, "POST", "/v1/voice/check", content=broken, headers=JSON)
        assert response.status_code == 422
        bad = {"Authorization": "Bearer forged"}
        assert (
            await _same(clients, "POST", "/v1/voice/check", json=VOICE, headers=bad)
        ).status_code == 401
        good = {"Authorization": "Bearer good"}
        codes = [
            (await _same(clients, "POST", "/v1/voice/check", json=VOICE, headers=good)).status_code
            for _ in range(3)
        ]
        assert codes == [200, 200, 429]


async def test_the_lean_way_skips_fastapis_dependency_solving(
    monkeypatch: pytest.MonkeyPatch, pair: tuple[httpx.AsyncClient, httpx.AsyncClient]
) -> None:
    solved: list[str] = []
    original = fastapi.routing.solve_dependencies  # type: ignore[attr-defined]

    async def counting(*args: Any, **kwargs: Any) -> Any:
        solved.append(kwargs["request"].url.path)
        return await original(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", counting)
    lean, plain = pair
    assert (await lean.post("/v1/voice/check", json=VOICE)).status_code == 200
    assert (await lean.post("/v1/drafts", json=DRAFT)).status_code == 200
    assert solved == []
    assert (await plain.post("/v1/voice/check", json=VOICE)).status_code == 200
    assert (await lean.get("/healthz")).status_code == 200
    assert solved == ["/v1/voice/check", "/healthz"]


async def test_an_unexpected_error_is_still_the_apps_500(tmp_path: Path, monkeypatch) -> None:
    import app.api.playbook_routes as routes

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(routes, "check_message", broken)
    app = _app(tmp_path, lean=True)
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


# --- which routes may go the lean way ------------------------------------------------------


class _Note(BaseModel):
    text: str


async def _request_only(request: Request) -> str:
    return request.method


async def _needs_more(request: Request, method: str = Depends(_request_only)) -> str:
    return method


def _route(register: Callable[[APIRouter], None]) -> fastapi.routing.APIRoute:
    router = APIRouter()
    register(router)
    route = router.routes[0]
    assert isinstance(route, fastapi.routing.APIRoute)
    return route


def _register_body_and_identity(router: APIRouter) -> None:
    @router.post("/ok", response_model=None)
    async def ok(body: _Note, who: CurrentIdentity) -> Any:
        return FastJSONResponse({"text": body.text, "who": who.provider})


def test_a_route_with_a_body_and_request_only_dependencies_goes_lean() -> None:
    op = LeanOperation.of(_route(_register_body_and_identity))
    assert op.body_name == "body"
    assert [d.name for d in op.dependencies] == ["who"]


@pytest.mark.parametrize(
    ("register", "reason"),
    [
        (lambda r: r.post("/q", response_model=None)(_needs_query), "query"),
        (lambda r: r.post("/p/{x}", response_model=None)(_needs_path), "path"),
        (lambda r: r.post("/m", response_model=dict)(_with_model), "response model"),
        (lambda r: r.post("/s", response_model=None)(_sync), "coroutine"),
        (lambda r: r.post("/d", response_model=None)(_deep_dependency), "dependencies or a body"),
        (lambda r: r.post("/n", response_model=None)(_no_body), "exactly one JSON body"),
        (lambda r: r.post("/r", response_model=None)(_takes_request), "request itself"),
    ],
)
def test_other_routes_are_refused_with_the_reason(
    register: Callable[[APIRouter], Any], reason: str
) -> None:
    with pytest.raises(NotLean, match=reason):
        LeanOperation.of(_route(register))


def test_asking_for_a_route_that_does_not_exist_fails_at_startup() -> None:
    with pytest.raises(LookupError, match="/v1/nowhere"):
        install_lean_routes(FastAPI(), lean=[("POST", "/v1/nowhere")])


async def _needs_query(body: _Note, q: int = 0) -> Any:
    return FastJSONResponse({})


async def _needs_path(body: _Note, x: str) -> Any:
    return FastJSONResponse({})


async def _with_model(body: _Note) -> Any:
    return {}


def _sync(body: _Note) -> Any:
    return FastJSONResponse({})


async def _deep_dependency(body: _Note, who: str = Depends(_needs_more)) -> Any:
    return FastJSONResponse({})


async def _no_body() -> Any:
    return FastJSONResponse({})


async def _takes_request(body: _Note, request: Request) -> Any:
    return FastJSONResponse({})


async def test_a_client_gone_mid_body_is_fastapis_400() -> None:
    from starlette.exceptions import HTTPException

    from app.api.lean import _read_body

    messages: Iterator[dict[str, Any]] = iter(
        [
            {"type": "http.request", "body": b'{"te', "more_body": True},
            {"type": "http.disconnect"},
        ]
    )

    async def receive() -> dict[str, Any]:
        return next(messages)

    with pytest.raises(HTTPException) as raised:
        await _read_body(receive)
    assert raised.value.status_code == 400
    assert raised.value.detail == "There was an error parsing the body"
