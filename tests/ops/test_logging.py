"""Structured logs: one access line per request, request ids, and no secrets or bodies."""

from __future__ import annotations

import io
import json
import logging
import re
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from fastapi import APIRouter

from app.ops.logging import JsonFormatter, RedactFilter, TextFormatter, redact, setup_logging
from app.settings import Settings
from tests.ops.conftest import production_settings, running

JWT = (
    "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwiZW1haWwiOiJhQGIuYyJ9."
    "c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU"
)
BODY_SECRET = "the-candidate-wrote-this-private-sentence"


def lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def access_lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [entry for entry in lines(stream) if entry["event"] == "http.request"]


noisy = APIRouter()
route_log = logging.getLogger("rightnote.test.route")


@noisy.post("/v1/echo-log")
async def echo_log(body: dict[str, str]) -> dict[str, str]:
    # A careless route: logs its caller's secrets. The redaction net must catch them.
    route_log.warning("careless %s", body.get("note"), extra={"auth": body.get("auth")})
    return {"ok": "yes"}


@noisy.get("/v1/explode")
async def explode() -> dict[str, str]:
    raise RuntimeError(f"boom with Bearer {JWT}")


async def test_no_secret_or_body_reaches_the_logs(json_logs: io.StringIO, tmp_path: Path) -> None:
    fernet_token = Fernet(Fernet.generate_key()).encrypt(b"refresh-token").decode()
    async with running(production_settings(tmp_path), router=noisy) as (_, client):
        response = await client.post(
            "/v1/voice/check?token=query-secret-1&code=query-secret-2",
            json={"text": BODY_SECRET, "scenario": "gratitude"},
            headers={"Authorization": "Bearer user-alice", "X-Api-Key": "header-secret"},
        )
        assert response.status_code == 200
        await client.post(
            "/v1/voice/check", json={"text": "x"}, headers={"Authorization": f"Bearer {JWT}"}
        )
        await client.post(
            "/v1/echo-log",
            json={
                "note": f"token={fernet_token} and ya29.a0AfH6SMBsecret",
                "auth": f"Bearer {JWT}",
            },
            headers={"Authorization": "Bearer user-alice"},
        )
    output = json_logs.getvalue()
    for secret in (
        "user-alice",
        "query-secret-1",
        "query-secret-2",
        "header-secret",
        BODY_SECRET,
        JWT,
        fernet_token,
        "ya29.a0AfH6SMBsecret",
        "eyJ",
    ):
        assert secret not in output, secret
    # ... while the careless line itself is still there, masked.
    careless = [e for e in lines(json_logs) if str(e["event"]).startswith("careless")]
    assert careless and "[redacted]" in str(careless[0]["event"])
    assert careless[0]["auth"] == "Bearer [redacted]"


async def test_one_access_line_per_request(json_logs: io.StringIO, tmp_path: Path) -> None:
    async with running(production_settings(tmp_path)) as (_, client):
        await client.post(
            "/v1/voice/check?token=abc",
            json={"text": "Thanks.", "scenario": "gratitude"},
            headers={"Authorization": "Bearer user-bob"},
        )
        await client.get("/healthz")
    entries = access_lines(json_logs)
    assert len(entries) == 2
    check, health = entries
    assert check["route"] == "/v1/voice/check" and check["method"] == "POST"
    assert check["status"] == 200 and check["level"] == "info"
    assert isinstance(check["duration_ms"], float)
    assert re.fullmatch(r"[0-9a-f]{32}", str(check["request_id"]))
    assert "token" not in json.dumps(check)
    # Probes are logged below INFO so they do not drown the rest.
    assert health["level"] == "debug"


async def test_request_id_is_echoed_or_generated(json_logs: io.StringIO, tmp_path: Path) -> None:
    async with running(production_settings(tmp_path), router=noisy) as (_, client):
        given = await client.get("/healthz", headers={"X-Request-ID": "lb-4f2a.9:x"})
        assert given.headers["x-request-id"] == "lb-4f2a.9:x"
        for unsafe in ("bad id with spaces", "x" * 200, "<script>", "a\u00e9"):
            answered = await client.get(
                # Bytes, as a client sends them: httpx would refuse a non-ASCII str.
                "/healthz",
                headers={b"X-Request-ID": unsafe.encode("utf-8")},
            )
            assert re.fullmatch(r"[0-9a-f]{32}", answered.headers["x-request-id"]), unsafe
        fresh = await client.get("/healthz")
        logged = await client.post(
            "/v1/echo-log",
            json={"note": "hello"},
            headers={"X-Request-ID": "trace-123", "Authorization": "Bearer user-carol"},
        )
        assert logged.headers["x-request-id"] == "trace-123"
    assert fresh.headers["x-request-id"] != answered.headers["x-request-id"]
    # Records made inside the route carry the request's id.
    inside = [e for e in lines(json_logs) if str(e["event"]).startswith("careless")]
    assert inside[0]["request_id"] == "trace-123"
    assert access_lines(json_logs)[0]["request_id"] == "lb-4f2a.9:x"


async def test_errors_are_logged_with_the_request_id(
    json_logs: io.StringIO, tmp_path: Path
) -> None:
    settings = production_settings(tmp_path)
    async with running(settings, router=noisy, raise_app_exceptions=False) as (_, client):
        response = await client.get(
            "/v1/explode", headers={"X-Request-ID": "err-1", "Authorization": "Bearer user-dan"}
        )
    assert response.status_code == 500
    assert response.json() == {
        "error": "internal_error",
        "detail": "something went wrong on our side",
    }
    assert response.headers["x-request-id"] == "err-1"
    failed = [e for e in lines(json_logs) if e["event"] == "request.failed"]
    assert failed and failed[0]["request_id"] == "err-1"
    assert "RuntimeError" in str(failed[0]["exc"])
    assert JWT not in json_logs.getvalue()
    access = access_lines(json_logs)
    assert access[-1]["status"] == 500 and access[-1]["route"] == "/v1/explode"


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("Authorization: Bearer abc.def-ghi", "abc.def-ghi"),
        ("basic dXNlcjpwYXNz", "dXNlcjpwYXNz"),
        (f"id_token {JWT}", JWT),
        ("GET /cb?code=4/0AX4XfWh&state=xyz", "4/0AX4XfWh"),
        ("refresh_token=1//0gLongRefreshToken", "1//0gLongRefreshToken"),
        ("client_secret=shh&x=1", "shh"),
        ("postgresql://rightnote:hunter2@db:5432/x", "hunter2"),
        ("access ya29.a0ARrdaM-token_value", "ya29.a0ARrdaM-token_value"),
    ],
)
def test_redact(text: str, leaked: str) -> None:
    assert leaked not in redact(text)


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "autodraft.draft_created provider=google attempts=2 state=pending route=/v1/drafts"
    assert redact(text) == text


def test_fernet_tokens_and_keys_are_masked() -> None:
    token = Fernet(Fernet.generate_key()).encrypt(b"x").decode()
    assert token not in redact(f"stored {token}")


def _record(msg: str, *args: object, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord("rightnote.t", logging.INFO, __file__, 1, msg, args, None)
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def test_text_format_is_readable_and_redacted() -> None:
    record = _record("sent %s", f"Bearer {JWT}", code="rate_limited", attempt=2)
    RedactFilter().filter(record)
    line = TextFormatter().format(record)
    assert "sent Bearer [redacted]" in line
    # A field named code is not mistaken for an OAuth code.
    assert "code=rate_limited" in line and "attempt=2" in line


def test_json_format_keeps_fields_typed() -> None:
    record = _record("autodraft.draft_created", attempt=2, provider="google")
    entry = json.loads(JsonFormatter().format(record))
    assert entry["event"] == "autodraft.draft_created"
    assert entry["attempt"] == 2 and entry["provider"] == "google"
    assert entry["level"] == "info" and entry["logger"] == "rightnote.t"


def test_setup_logging_is_idempotent(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    settings = Settings(data_dir=tmp_path, log_json=False, log_level="WARNING")
    try:
        first = setup_logging(settings, io.StringIO())
        second = setup_logging(settings, io.StringIO())
        assert first not in root.handlers and second in root.handlers
        assert root.level == logging.WARNING
        assert logging.getLogger("uvicorn.access").disabled
    finally:
        root.removeHandler(second)
        root.handlers[:] = before
        root.setLevel(level)
        logging.getLogger("uvicorn.access").disabled = False
