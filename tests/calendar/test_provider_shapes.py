"""Invites as each provider shapes them (issue 16, part m read by provider-level category):
invites written for each mechanism, each failing before it.

The provider's optional flag (Google `optional`, Graph `type: optional`, ROLE=OPT-PARTICIPANT)
on a guest the letter does not list among those met: a coordinator or an agency consultant
copied in, not an interviewer, and the one to ask when nobody else is."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import ME, contact, only_interview

START = "2026-10-14T09:30:00-04:00"
END = "2026-10-14T11:00:00-04:00"


def _google(description: str, guests: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "items": [
            {
                "id": "opt1",
                "summary": "Onsite Interview: Alex Morgan - Data Platform Engineer",
                "description": description,
                "start": {"dateTime": START},
                "end": {"dateTime": END},
                "organizer": {"email": "noreply@brightwater.io", "displayName": "Scheduling"},
                "attendees": [{"email": ME[0], "self": True}, *guests],
            }
        ]
    }


LOOP = (
    "<p>Hi Alex,</p><p><b>Your schedule</b><br>"
    "09:30 – 10:15&nbsp;&nbsp;Henrike Solberg, Data Platform Lead<br>"
    "10:15 – 11:00&nbsp;&nbsp;Tavita Leiataua, Staff Data Engineer</p>"
)
PANEL = [
    {"email": "henrike.solberg@brightwater.io", "displayName": "Henrike Solberg"},
    {"email": "tavita@brightwater.io"},
]


def test_an_optional_guest_off_the_lineup_is_copied_in_and_the_one_to_ask() -> None:
    found = only_interview(
        _google(
            LOOP + "<p>Gwendolyn Achebe will meet you in the lobby and look after your day.</p>",
            [
                *PANEL,
                {
                    "email": "g.achebe@brightwater.io",
                    "displayName": "Gwendolyn Achebe",
                    "optional": True,
                },
            ],
        )
    )
    assert [i.name for i in found.interviewers] == ["Henrike Solberg", "Tavita Leiataua"]
    assert contact(found) == ("Gwendolyn Achebe", "g.achebe@brightwater.io")


def test_an_optional_guest_the_letter_gives_a_title_is_still_met() -> None:
    found = only_interview(
        _google(
            LOOP + "<p>Ignatius Farrow, our VP Data, is optional and may drop in at the end.</p>",
            [
                *PANEL,
                {
                    "email": "ignatius@brightwater.io",
                    "displayName": "Ignatius Farrow",
                    "optional": True,
                },
            ],
        )
    )
    assert "Ignatius Farrow" in [i.name for i in found.interviewers]


def test_an_optional_guest_stays_when_the_letter_lists_nobody() -> None:
    found = only_interview(
        _google(
            "Looking forward to the conversation!",
            [
                {"email": "henrike.solberg@brightwater.io", "displayName": "Henrike Solberg"},
                {
                    "email": "g.achebe@brightwater.io",
                    "displayName": "Gwendolyn Achebe",
                    "optional": True,
                },
            ],
        )
    )
    assert {i.name for i in found.interviewers} == {"Henrike Solberg", "Gwendolyn Achebe"}


def _ics(organizer_role: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:fwd-opt-1@example.test\r\n"
        "DTSTAMP:20261001T120000Z\r\nDTSTART:20261014T140000Z\r\nDTEND:20261014T150000Z\r\n"
        "SUMMARY:FW: Interview - Plant Controller - Alex Morgan\r\n"
        'ORGANIZER;CN="Lindqvist, Benedikt":mailto:benedikt.lindqvist@ashgroveexec.com\r\n'
        "ATTENDEE;CN=Alex Morgan;ROLE=REQ-PARTICIPANT:mailto:alex.morgan@gmail.com\r\n"
        f'ATTENDEE;CN="Lindqvist, Benedikt";ROLE={organizer_role}:'
        "mailto:benedikt.lindqvist@ashgroveexec.com\r\n"
        'ATTENDEE;CN="Oyelaran, Folake";ROLE=REQ-PARTICIPANT:'
        "mailto:folake.oyelaran@corvelmills.com\r\n"
        "ATTENDEE;CN=Radomir Petrak;ROLE=REQ-PARTICIPANT:mailto:radomir.petrak@corvelmills.com\r\n"
        "DESCRIPTION:Alex - passing on the client's invite. All the best.\\n"
        "Benedikt Lindqvist | Senior Associate | Ashgrove Executive\\n\\n"
        "From: Oyelaran\\, Folake <folake.oyelaran@corvelmills.com>\\n"
        "Sent: 02 October 2026 16:40\\n\\n"
        "Benedikt\\, please pass this on. You will meet me (Finance Director) and "
        "Radomir Petrak (Head of Operations).\\n\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def _interview(data: bytes) -> Interview:
    (found,) = [
        i for i in extract_interviews(data, me=ME, timezone="America/New_York") if i.is_interview
    ]
    return found


def test_an_organizer_who_makes_themself_optional_forwarded_it_for_others() -> None:
    found = _interview(_ics("OPT-PARTICIPANT"))
    assert {i.email for i in found.interviewers} == {
        "folake.oyelaran@corvelmills.com",
        "radomir.petrak@corvelmills.com",
    }
    assert contact(found) == ("Benedikt Lindqvist", "benedikt.lindqvist@ashgroveexec.com")


# Graph from a directory that has no display names: each guest's name is the address itself,
# and the address is written as the mail system writes it.
def _graph(body: str, *addresses: str) -> dict[str, Any]:
    def guest(address: str, name: str | None = None) -> dict[str, Any]:
        return {
            "type": "required",
            "status": {"response": "none"},
            "emailAddress": {"name": name or address, "address": address},
        }

    return {
        "value": [
            {
                "id": "AAMkgraph1=",
                "subject": "Video interview | Alex Morgan | Logistics Analyst",
                "body": {"contentType": "text", "content": body},
                "start": {"dateTime": "2026-10-20T15:00:00.0000000", "timeZone": "UTC"},
                "end": {"dateTime": "2026-10-20T16:00:00.0000000", "timeZone": "UTC"},
                "isOrganizer": False,
                "attendees": [guest(ME[0], "Alex Morgan"), *(guest(a) for a in addresses)],
                "organizer": {
                    "emailAddress": {
                        "name": "noreply@hireflow.example",
                        "address": "noreply@hireflow.example",
                    }
                },
            }
        ]
    }


def _graph_people(body: str, *addresses: str) -> dict[str | None, tuple[str | None, str | None]]:
    (found,) = [
        i
        for i in extract_interviews(_graph(body, *addresses), me=ME, timezone="America/New_York")
        if i.is_interview
    ]
    return {i.name: (i.email, i.title) for i in found.interviewers}


def test_an_address_that_spells_out_umlauts_is_the_named_person() -> None:
    found = _graph_people(
        "Hello Alex,\n\nInterview team:\nJürgen Größlich - Head of Logistics (Hiring Manager)\n"
        "Solène Aubert - Supply Planner\n",
        "j.groesslich@tannwald.example",
        "s.aubert@tannwald.example",
    )
    assert found["Jürgen Größlich"] == ("j.groesslich@tannwald.example", "Head of Logistics")
    assert len(found) == 2


def test_initials_with_a_number_are_the_named_person() -> None:
    found = _graph_people(
        "Interviewers\nMarguerite T. Okonjo — Distribution Manager\n"
        "Piotr Wasilewski — Inventory Analyst\n",
        "mto2@tannwald.example",
        "pw11@tannwald.example",
    )
    assert found == {
        "Marguerite T. Okonjo": ("mto2@tannwald.example", "Distribution Manager"),
        "Piotr Wasilewski": ("pw11@tannwald.example", "Inventory Analyst"),
    }


def test_a_numbered_address_of_other_initials_is_someone_else() -> None:
    from app.calendar.people import name_matches_email

    assert name_matches_email("Marguerite T. Okonjo", "mto2@tannwald.example")
    assert not name_matches_email("Marguerite T. Okonjo", "mtk2@tannwald.example")
    assert not name_matches_email("Jürgen Größlich", "j.grosslin@tannwald.example")


# An ATS that prints names as its directory holds them, surname first ("Okonkwo, Adaeze").
def test_a_directory_name_surname_first_in_a_panel_list_is_one_person() -> None:
    page = {
        "items": [
            {
                "id": "wd1",
                "summary": "Interview Scheduled: R0090417 Payroll Specialist",
                "description": (
                    "Candidate: Alex Morgan\nJob Requisition: R0090417 Payroll Specialist\n"
                    "Interviewers:\n    Haldane, Perpetua (Payroll Manager)\n"
                    "    Nakagawa, Ren - Senior Payroll Analyst\nRecruiter: Vasquez, Leontyne\n"
                ),
                "start": {"dateTime": START},
                "end": {"dateTime": END},
                "organizer": {"email": "tenant@myworkday.com", "displayName": "Workday"},
                "attendees": [{"email": ME[0], "self": True}],
            }
        ]
    }
    found = only_interview(page)
    assert [(i.name, i.title) for i in found.interviewers] == [
        ("Perpetua Haldane", "Payroll Manager"),
        ("Ren Nakagawa", "Senior Payroll Analyst"),
    ]
    assert contact(found) == ("Leontyne Vasquez", None)


def test_two_people_with_full_names_are_still_two() -> None:
    from app.calendar.names import parse_people

    assert [p.name for p in parse_people("Perpetua Haldane, Ren Nakagawa (Payroll Analyst)")] == [
        "Perpetua Haldane",
        "Ren Nakagawa",
    ]
    assert [p.name for p in parse_people("Perpetua, Payroll Manager")] == ["Perpetua"]


# Display names as scheduling tools write a CN or a displayName: a team after a semicolon, the
# name a person goes by in quotes.
def test_a_display_name_loses_a_team_after_a_semicolon_and_goes_by_its_nickname() -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example ATS//Scheduler//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cn-shapes-1@example.test\r\n"
        "DTSTAMP:20261001T120000Z\r\nDTSTART:20261021T160000Z\r\nDTEND:20261021T170000Z\r\n"
        "SUMMARY:Alex Morgan: Technical Interview (Security Engineer) - Kestrelpoint\r\n"
        "ORGANIZER;CN=Kestrelpoint via Scheduler:mailto:no-reply@scheduler.example\r\n"
        "ATTENDEE;CN=Alex Morgan;ROLE=REQ-PARTICIPANT:mailto:alex.morgan@gmail.com\r\n"
        'ATTENDEE;CN="Rosalind Achterberg; Platform Security";ROLE=REQ-PARTICIPANT:'
        "mailto:rosalind@kestrelpoint.example\r\n"
        "ATTENDEE;CN=Maximilian “Max” Oduya;ROLE=REQ-PARTICIPANT:"
        "mailto:max@kestrelpoint.example\r\n"
        "DESCRIPTION:Technical Interview. Recruiter: Tamsin Adeyemi\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    found = _interview(data)
    assert sorted(i.name or "" for i in found.interviewers) == [
        "Max Oduya",
        "Rosalind Achterberg",
    ]


def test_a_tool_sending_on_the_company_s_behalf_is_no_part_of_its_name() -> None:
    page = {
        "items": [
            {
                "id": "via1",
                "summary": "Alex Morgan: Onsite (Assay Development Scientist)",
                "description": "Interviewer: Oluwaseun Adeyemi - Principal Scientist",
                "start": {"dateTime": START},
                "end": {"dateTime": END},
                "organizer": {
                    "email": "no-reply@goodtime.example",
                    "displayName": "Marrowfield Bio via GoodTime",
                },
                "attendees": [
                    {"email": ME[0], "self": True},
                    {"email": "seun@marrowfieldbio.example", "displayName": "Oluwaseun Adeyemi"},
                ],
            }
        ]
    }
    assert only_interview(page).company == "Marrowfield Bio"


def test_a_hiring_manager_tag_in_square_brackets_is_the_mark() -> None:
    page = {
        "items": [
            {
                "id": "tag1",
                "summary": "Alex Morgan: Final Round (Data Engineer) - Fernhollow",
                "description": (
                    "Final Round\n\n1:00 PM  Cosima Valdés-Ortega · Data Engineering Lead · "
                    "[Hiring Manager]\n1:45 PM  Tobiah Mensah · Senior Data Engineer\n"
                ),
                "start": {"dateTime": "2026-10-14T13:00:00-04:00"},
                "end": {"dateTime": "2026-10-14T14:30:00-04:00"},
                "organizer": {"email": "no-reply@ashbyhq.com", "displayName": "Fernhollow"},
                "attendees": [
                    {"email": ME[0], "self": True},
                    {"email": "cosima@fernhollow.example", "displayName": "Cosima Valdés-Ortega"},
                    {"email": "tobiah@fernhollow.example", "displayName": "Tobiah Mensah"},
                ],
            }
        ]
    }
    found = {i.name: (i.title, i.hiring_manager) for i in only_interview(page).interviewers}
    assert found == {
        "Cosima Valdés-Ortega": ("Data Engineering Lead", True),
        "Tobiah Mensah": ("Senior Data Engineer", False),
    }


def test_a_bracketed_mark_leaves_no_bracket_in_the_title() -> None:
    from app.calendar.names import parse_people

    (p,) = parse_people("Cosima Valdés-Ortega - Data Engineering Lead [Hiring Manager]")
    assert (p.title, p.hiring_manager) == ("Data Engineering Lead", True)


# A directory display name surname first with something after it in brackets (pronouns, a
# title): turned round, and the bracket still read.
def test_a_surname_first_display_name_with_a_bracket_after_it_is_turned_round() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        b"METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cn-surname-first-1@example.test\r\n"
        b"DTSTAMP:20261001T120000Z\r\nDTSTART:20261022T160000Z\r\nDTEND:20261022T170000Z\r\n"
        b"SUMMARY:Interview: Alex Morgan - Procurement Analyst\r\n"
        b"ORGANIZER;CN=Talent Team:mailto:talent@umberlight.example\r\n"
        b"ATTENDEE;CN=Alex Morgan;ROLE=REQ-PARTICIPANT:mailto:alex.morgan@gmail.com\r\n"
        b'ATTENDEE;CN="Abernethy, Rowan (they/them)";ROLE=REQ-PARTICIPANT:'
        b"mailto:rowan.abernethy@umberlight.example\r\n"
        b'ATTENDEE;CN="Mbatha, Zanele (Procurement Lead)";ROLE=REQ-PARTICIPANT:'
        b"mailto:zanele.mbatha@umberlight.example\r\n"
        b"DESCRIPTION:Please join us for a conversation about the role.\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    found = {i.name: i.title for i in _interview(data).interviewers}
    assert found == {"Rowan Abernethy": None, "Zanele Mbatha": "Procurement Lead"}
