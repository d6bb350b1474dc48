"""Time zones as people type them: 'utc', 'europe/berlin'. The API refused both ("unknown time
zone 'utc'"), though each names exactly one IANA zone."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.xfail(
    strict=True,
    reason="a zone name in the wrong case is refused as unknown; fix: one shared lookup "
    "(case-insensitive over zoneinfo.available_timezones(), cached, answering the canonical "
    "name) used by app/playbook/timing.py zone(), app/api/schemas_interviews.py and "
    "app/calendar/interviews.py, and the canonical name is what the answer shows",
)
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
