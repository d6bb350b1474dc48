"""A company is never one of the invite's people or a job title ("Your interview with Dana Lee")."""

from __future__ import annotations

import pytest

from app.api.schemas_interviews import ExtractedInterview
from app.calendar.interviews import extract_interviews

ME = ["alex.morgan@gmail.com"]


def _ics(description: str, *attendees: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:ev1",
        "DTSTART:20270121T160000Z",
        "DTEND:20270121T164500Z",
        "SUMMARY:Interview",
        f"DESCRIPTION:{description}",
        "ORGANIZER;CN=Rita Recruiter:mailto:rita@acmecorp.io",
        f"ATTENDEE:mailto:{ME[0]}",
        *attendees,
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines)


def _company(text: str) -> str | None:
    (found,) = extract_interviews(text, me=ME, timezone="UTC", include_all=True)
    return found.company


@pytest.mark.parametrize(
    "description",
    ["Your interview with Dana Lee", "Interview with Senior Engineering Manager"],
)
def test_interview_with_a_person_or_title_keeps_the_domains_company(description: str) -> None:
    assert _company(_ics(description)) == "Acmecorp"


def test_an_attendees_name_is_not_the_company() -> None:
    text = _ics("Your interview with Dana", "ATTENDEE;CN=Dana:mailto:dana@acmecorp.io")
    assert _company(text) == "Acmecorp"


def test_interview_at_a_company_still_names_it() -> None:
    assert _company(_ics("Your interview at Northwind Traders")) == "Northwind Traders"


def _source(text: str) -> tuple[str | None, str | None]:
    (found,) = extract_interviews(text, me=ME, timezone="UTC", include_all=True)
    shown = ExtractedInterview.model_validate(found).model_dump(mode="json")
    assert shown["company_source"] == found.company_source
    return found.company, found.company_source


def test_a_company_from_the_domain_alone_says_so() -> None:
    # A draft must not write "Acmecorp" in a sentence: the provenance tells it not to.
    assert _source(_ics("Your interview with Dana Lee")) == ("Acmecorp", "domain")


def test_a_company_the_invite_writes_says_so() -> None:
    assert _source(_ics("Your interview at Northwind Traders")) == ("Northwind Traders", "invite")
    assert _source(_ics("Scheduled on behalf of Acme Corp Labs")) == ("Acme Corp Labs", "invite")
