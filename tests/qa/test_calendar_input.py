"""Calendar files as people have them: an export in Windows-1252 (older Outlook and Exchange
exports), and a JSON page whose events list is not a list. Both were read without a word: the
first put U+FFFD into the interviewer's name and so into the greeting ("Hi Jos\ufffd,"), the
second answered 200 with no interviews."""

from __future__ import annotations

import httpx

from app.calendar.interviews import extract_interviews

CP1252_INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//qa//EN\r\nBEGIN:VEVENT\r\nUID:cp1252@qa\r\n"
    "SUMMARY:Interview with Café Móvil – Backend Engineer\r\n"
    "DTSTART:20261123T140000Z\r\nDTEND:20261123T150000Z\r\n"
    "ORGANIZER;CN=José Peña:mailto:jose@cafemovil.example\r\n"
    "ATTENDEE;CN=José Peña:mailto:jose@cafemovil.example\r\n"
    "ATTENDEE:mailto:me@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
).encode("cp1252")


def test_a_windows_1252_export_keeps_its_accents() -> None:
    [interview] = extract_interviews(CP1252_INVITE, me=["me@example.com"], timezone="UTC")
    names = [person.name for person in interview.interviewers]
    assert "José Peña" in names, names


async def test_an_events_page_whose_items_is_not_a_list_is_refused(
    client: httpx.AsyncClient,
) -> None:
    body = {"format": "google", "data": {"items": 5}, "me": ["me@example.com"], "timezone": "UTC"}
    response = await client.post("/v1/interviews/extract", json=body)
    assert response.status_code == 400, response.text
    assert "items" in response.json()["detail"], response.text


NOTETAKERS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//qa//EN\r
BEGIN:VEVENT\r
UID:notetakers@qa\r
SUMMARY:Interview - Globex - Engineer\r
DTSTART:20261123T150000Z\r
DTEND:20261123T160000Z\r
ORGANIZER;CN=Rita Recruiter:mailto:rita@globex.example\r
ATTENDEE;CN=Ann Lee:mailto:ann@globex.example\r
ATTENDEE;CN=Sam Okafor:mailto:sam@example.com\r
ATTENDEE;CN=Fireflies.ai Notetaker:mailto:fred@fireflies.ai\r
ATTENDEE;CN=Otter.ai:mailto:otter@otter.ai\r
ATTENDEE;CN=Read.ai Meeting Notes:mailto:notes@read.ai\r
ATTENDEE;CN=Microsoft Teams Room:mailto:teamsroom@globex.example\r
ATTENDEE;CN=Zoom:mailto:zoom@globex.example\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_note_taker_bots_and_conferencing_accounts_are_not_interviewers() -> None:
    [interview] = extract_interviews(NOTETAKERS, me=["sam@example.com"], timezone="UTC")
    assert [person.name for person in interview.interviewers] == ["Ann Lee"]


UNKNOWN_ZONE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//qa//EN\r\nBEGIN:VEVENT\r\nUID:zone@qa\r\n"
    "SUMMARY:Interview - Fabrikam - Analyst\r\n"
    "DTSTART;TZID=Mars/Olympus:20261125T100000\r\nDTEND;TZID=Mars/Olympus:20261125T110000\r\n"
    "ATTENDEE;CN=Cy Dee:mailto:cy@fabrikam.example\r\nATTENDEE:mailto:me@example.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_an_unknown_time_zone_is_reported() -> None:
    warnings: list[str] = []
    extract_interviews(UNKNOWN_ZONE, me=["me@example.com"], timezone="UTC", warnings=warnings)
    assert any("Mars/Olympus" in warning for warning in warnings), warnings


async def test_the_api_reports_an_unknown_time_zone(client: httpx.AsyncClient) -> None:
    body = {"format": "ics", "data": UNKNOWN_ZONE, "me": ["me@example.com"], "timezone": "UTC"}
    response = await client.post("/v1/interviews/extract", json=body)
    assert response.status_code == 200, response.text
    assert any("Mars/Olympus" in w for w in response.json()["warnings"]), response.text
