"""Dates at the edges of what Python holds. POST /v1/drafts with an interview at
'9999-12-31T23:00:00-12:00' in Pacific/Kiritimati (UTC+14) raised OverflowError while the
send-by time was computed: a 500 (and `rightnote draft` a traceback). Years no interview, debrief
or send-by can be in are now a 422 naming the field; the CLI says it in words."""

from __future__ import annotations

import httpx
import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app

_register()

EDGES = [
    ("9999-12-31T23:00:00-12:00", "Pacific/Kiritimati"),
    ("0001-01-01T00:30:00+00:00", "Pacific/Pago_Pago"),
    ("9999-12-31T23:59:59", "Etc/GMT-14"),
]


@pytest.mark.parametrize("scenario", ["ask_recruiter", "recovery", "follow_up"])
@pytest.mark.parametrize(("start", "zone"), EDGES)
async def test_an_interview_at_the_edge_of_time_is_a_422(
    client: httpx.AsyncClient, scenario: str, start: str, zone: str
) -> None:
    body = {
        "scenario": scenario,
        "interviewer": {"name": "Lee"},
        "interview": {"start": start, "timezone": zone},
    }
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 422, response.text
    assert "interview.start" in response.text and "between the years" in response.text


async def test_a_debrief_and_a_send_by_at_the_edge_are_422s(client: httpx.AsyncClient) -> None:
    body = {
        "scenario": "recovery",
        "interviewer": {"name": "Lee"},
        "interview": {"start": "2027-01-04T10:00:00", "timezone": "UTC"},
        "details": {"debrief_at": "9999-12-31T23:59:59+14:00"},
    }
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 422, response.text
    check = {"text": "Thank you.", "scenario": "recovery", "send_by": "0001-01-01T00:00:00Z"}
    response = await client.post("/v1/voice/check", json=check)
    assert response.status_code == 422, response.text


async def test_ordinary_dates_still_draft(client: httpx.AsyncClient) -> None:
    body = {
        "scenario": "ask_recruiter",
        "interviewer": {"name": "Lee"},
        "interview": {"start": "2999-12-31T10:00:00", "timezone": "Pacific/Kiritimati"},
    }
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 200, response.text


def test_the_cli_says_it_in_words() -> None:
    args = ["draft", "-s", "ask_recruiter", "--name", "Lee", "--start", EDGES[0][0]]
    result = CliRunner().invoke(cli_app, [*args, "--timezone", EDGES[0][1]])
    assert result.exit_code == 2, result.output
    assert "between the years" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
