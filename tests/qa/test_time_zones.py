"""Time zones as people type them: 'utc', 'europe/berlin'. The API refused both ("unknown time
zone 'utc'"), though each names exactly one IANA zone."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize(("typed", "canonical"), [("utc", "UTC"), ("europe/berlin", "+01:00")])
async def test_a_zone_name_in_the_wrong_case_is_understood(
    client: httpx.AsyncClient, typed: str, canonical: str
) -> None:
    body = {
        "scenario": "follow_up",
        "interviewer": {"name": "Lee"},
        "interview": {"start": "2027-01-01T10:00:00", "timezone": typed},
    }
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 200, response.text
    send_by = response.json()["send_by"]
    assert send_by.endswith("+00:00" if canonical == "UTC" else canonical), send_by


async def test_the_calendar_api_reads_a_zone_in_the_wrong_case(client: httpx.AsyncClient) -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//qa//EN\r\nBEGIN:VEVENT\r\nUID:tz@qa\r\n"
        "SUMMARY:Interview - Fabrikam - Analyst\r\n"
        "DTSTART:20261125T100000Z\r\nDTEND:20261125T110000Z\r\n"
        "ATTENDEE;CN=Cy Dee:mailto:cy@fabrikam.example\r\nATTENDEE:mailto:me@example.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    body = {"format": "ics", "data": ics, "me": ["me@example.com"], "timezone": "europe/berlin"}
    response = await client.post("/v1/interviews/extract", json=body)
    assert response.status_code == 200, response.text
    [interview] = response.json()["interviews"]
    assert interview["start"].endswith("+01:00"), interview["start"]
