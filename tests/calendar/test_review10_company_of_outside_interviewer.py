"""review10 #1: when the only interviewer writes from a third party's domain (a search firm, an
implementation partner, a consultancy), that firm is not the company when the invite writes
another name as the employer ("the ... role at Northwind Health") or introduces the firm as an
outside party ("the search firm supporting our hiring", "our implementation partner"). A
group's brand written as the employer is still the company
(test_company_brand_of_the_people_met)."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import ME


def _company(title: str, body: str, people: list[tuple[str, str]]) -> str | None:
    page: dict[str, Any] = {
        "items": [
            {
                "id": "r10c",
                "summary": title,
                "description": body,
                "start": {"dateTime": "2031-08-03T09:00:00-04:00"},
                "end": {"dateTime": "2031-08-03T10:00:00-04:00"},
                "organizer": {"email": people[0][1], "displayName": people[0][0]},
                "attendees": [{"email": ME[0], "displayName": "Alex Morgan", "self": True}]
                + [{"email": e, "displayName": n} for n, e in people],
            }
        ]
    }
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return found.company


_JO = ("Jo Kim", "jo.kim@northwindhealth.example")


def test_a_search_firms_assessor_is_not_the_employer() -> None:
    body = (
        "Hi Alex,\n\nThanks for your interest in the Director of Nursing Informatics role at "
        "Northwind Health.\nThis round is an assessment with Sam Ortiz, Principal Consultant at "
        "Halden Partners, the search firm supporting our executive hiring.\n\n"
        "Jo Kim\nTalent Acquisition Partner, Northwind Health\n"
    )
    people = [_JO, ("Sam Ortiz", "sam.ortiz@haldenpartners.example")]
    title = "Interview: Director of Nursing Informatics - Northwind Health"
    assert _company(title, body, people) == "Northwind Health"


def test_an_implementation_partners_engineer_is_not_the_employer() -> None:
    body = (
        "Hi Alex,\n\nThanks for your interest in the Staff Data Engineer role at Northwind "
        "Health.\nYou'll meet Dana Fox (Principal Engineer, BrightPath, our implementation "
        "partner) for the technical round.\n\nJo Kim\nRecruiter, Northwind Health\n"
    )
    people = [_JO, ("Dana Fox", "dana.fox@brightpath.example")]
    assert _company("Interview: Staff Data Engineer", body, people) == "Northwind Health"


def test_an_outside_firm_without_the_employer_phrase() -> None:
    # No "role at": the employer is only in the subject and the signature; the met firm is
    # introduced as the consultancy running the case study.
    body = (
        "Hi Alex,\n\nYour case study will be run by Priya Nair from Corvane Advisory, the "
        "consultancy we use for product assessments.\n\nJo Kim\nRecruiter, Northwind Health\n"
    )
    people = [_JO, ("Priya Nair", "priya.nair@corvaneadvisory.example")]
    assert _company("Case study - Product Lead - Northwind Health", body, people) == (
        "Northwind Health"
    )


def test_joining_the_named_employer_over_an_agency_on_its_behalf() -> None:
    body = (
        "Hi Alex,\n\nWe are excited you are considering joining Northwind Health. Eli Wong of "
        "Talbot Reed will interview you on behalf of our hiring team.\n\nJo Kim\nNorthwind Health\n"
    )
    people = [_JO, ("Eli Wong", "eli.wong@talbotreed.example")]
    assert _company("Interview - Finance Manager", body, people) == "Northwind Health"
