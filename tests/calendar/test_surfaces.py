"""POST /v1/interviews/extract through the ASGI app, and `rightnote interviews`."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from app.api.schemas_interviews import ExtractResponse
from app.cli import _register, app
from app.main import create_app
from app.settings import Settings

from .helpers import FIXTURES

_register()
runner = CliRunner()


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    api = create_app(Settings(data_dir=tmp_path, local_user_email="alex.morgan@initech.com"))
    async with api.router.lifespan_context(api):
        transport = httpx.ASGITransport(app=api)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            yield c


async def test_extract_ics_text(client: httpx.AsyncClient) -> None:
    body = {
        "format": "ics",
        "data": (FIXTURES / "greenhouse_block.ics").read_text(),
        "me": ["alex.morgan@gmail.com"],
        "timezone": "America/Los_Angeles",
    }
    response = await client.post("/v1/interviews/extract", json=body)
    assert response.status_code == 200, response.text
    (iv,) = response.json()["interviews"]
    assert iv["title"] == "Interviews with Contoso"
    assert iv["start"] == "2025-03-06T09:00:00-08:00"
    assert iv["recruiter"] == {"name": "Morgan Lee", "email": "morgan.lee@contoso.com"}
    assert iv["missing_emails"] is False
    assert [(p["name"], p["email"], p["role"], p["slot_start"]) for p in iv["interviewers"]] == [
        ("Ravi Kumar", "ravi.kumar@contoso.com", "peer", "2025-03-06T09:00:00-08:00"),
        ("Ana Ruiz", "ana.ruiz@contoso.com", "decision_maker", "2025-03-06T09:45:00-08:00"),
        ("Deepa Shah", "deepa.shah@contoso.com", "decision_maker", "2025-03-06T10:30:00-08:00"),
    ]
    assert set(iv) >= {"id", "company", "position", "end", "organizer", "status", "confidence"}


async def test_extract_google_page_detects_format_and_adds_the_callers_address(
    client: httpx.AsyncClient,
) -> None:
    page = json.loads((FIXTURES / "google_events.json").read_text())
    # Only the personal address is given; the verified local identity adds the work one,
    # so the Initech team sync is recognised as internal.
    body = {
        "data": page,
        "me": ["alex.morgan@gmail.com"],
        "timezone": "Europe/Berlin",
        "include_all": True,
    }
    response = await client.post("/v1/interviews/extract", json=body)
    assert response.status_code == 200
    # The body matches the documented response schema.
    ExtractResponse.model_validate(response.json())
    sync = next(i for i in response.json()["interviews"] if i["title"] == "Team sync")
    assert sync["is_interview"] is False
    assert any("own employer" in r for r in sync["reasons"])


async def test_extract_graph_with_window(client: httpx.AsyncClient) -> None:
    page = json.loads((FIXTURES / "graph_events.json").read_text())
    body = {
        "format": "graph",
        "data": page,
        "me": ["alex.morgan@gmail.com"],
        "timezone": "UTC",
        "window": {"start": "2025-04-05T00:00:00Z", "end": "2025-04-30T00:00:00Z"},
    }
    response = await client.post("/v1/interviews/extract", json=body)
    assert response.status_code == 200
    starts = [i["start"] for i in response.json()["interviews"]]
    assert starts == ["2025-04-08T14:00:00+00:00", "2025-04-15T14:00:00+00:00"]


async def test_unreadable_data_is_a_400_with_a_clear_message(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/interviews/extract", json={"data": "hello", "me": [], "timezone": "UTC"}
    )
    assert response.status_code == 400
    assert response.json() == {
        "error": "parse_error",
        "detail": "not an iCalendar file (BEGIN:VCALENDAR) or Google/Graph JSON events",
    }


async def test_bad_arguments_are_422(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/interviews/extract", json={"data": "x", "timezone": "Mars/Olympus", "format": "xml"}
    )
    assert response.status_code == 422
    fields = {d["field"] for d in response.json()["detail"]}
    assert fields == {"body.timezone", "body.format"}


async def test_openapi_documents_the_route(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    operation = spec["paths"]["/v1/interviews/extract"]["post"]
    examples = operation["requestBody"]["content"]["application/json"]["examples"]
    assert set(examples) == {"ics", "google"}
    assert {"ExtractedInterview", "ExtractedInterviewer"} <= set(spec["components"]["schemas"])


def test_cli_json_output() -> None:
    result = runner.invoke(
        app,
        [
            "interviews",
            str(FIXTURES / "hirevue_live.ics"),
            "--me",
            "alex.morgan@gmail.com",
            "--timezone",
            "America/Chicago",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    (iv,) = json.loads(result.stdout)["interviews"]
    assert [p["name"] for p in iv["interviewers"]] == ["Sam Patel", "Maria Lopez"]
    assert iv["start"] == "2025-03-12T10:00:00-05:00"


def test_cli_table_with_format_and_comma_separated_me() -> None:
    result = runner.invoke(
        app,
        [
            "interviews",
            str(FIXTURES / "google_events.json"),
            "--format",
            "google",
            "--me",
            "alex.morgan@gmail.com,alex.morgan@initech.com",
        ],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert "Phone Screen with Deepa" in result.stdout
    assert "ask the recruiter" in result.stdout
    assert "Team sync" not in result.stdout


def test_cli_window_and_all(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "interviews",
            str(FIXTURES / "not_interviews.ics"),
            "--me",
            "alex.morgan@initech.com",
            "--all",
            "--from",
            "2025-03-12",
            "--to",
            "2025-03-13",
        ],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert "Payments team sync" in result.stdout and "not an interview" in result.stdout
    assert "Dentist" not in result.stdout


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"\x00\xff garbage", [], "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" * 100, ["--max-bytes", "1024"], "the limit is"),
        (
            b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
            ["--timezone", "Nowhere/Land"],
            "unknown time zone",
        ),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ["--from", "2025-01-01"], "both --from and --to"),
    ],
)
def test_cli_bad_input_exits_2_without_traceback(
    tmp_path: Path, content: bytes, args: list[str], message: str
) -> None:
    path = tmp_path / "in.ics"
    path.write_bytes(content)
    result = runner.invoke(app, ["interviews", str(path), "--me", "a@b.com", *args])
    assert result.exit_code == 2
    # Rich wraps long lines to the terminal width.
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_cli_missing_file() -> None:
    result = runner.invoke(app, ["interviews", "/no/such/file.ics", "--me", "a@b.com"])
    assert result.exit_code == 2
    assert "cannot read /no/such/file.ics" in " ".join(result.output.split())
