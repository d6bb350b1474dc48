"""A message forwarded or pasted into the description ("From: … / Sent: … / To: … / Cc: …",
app/calendar/forwarded.py): those it went to are guests of the original invite, with their
addresses; its sender is met when the letter shows them taking part (a title that is not
recruiting staff's, named among those met, saying they are present), else the one to ask; and
whoever forwarded it without saying they take part passes it on (extract._forwarded_people)."""

from __future__ import annotations

from app.calendar.forwarded import read_forwarded
from tests.calendar.helpers import contact, one_invite

_ME = ("Alex Morgan", "alex.morgan@gmail.com")


def test_a_copy_to_self_names_the_recruiter_who_wrote_it() -> None:
    # An Outlook header, no "Forwarded message" line above it.
    body = (
        "From: Tamsin Okafor <tamsin.okafor@brindlewood.example>\n"
        "Sent: Tuesday, May 2, 2028 9:14 AM\nTo: Alex Morgan\n"
        "Subject: Interview - Estimator\n\nHi Alex, confirming Monday at 1 pm. You'll meet:\n\n"
        "Hector Valderrama – Preconstruction Manager\nPatrice Ngata – Project Manager\n\n"
        "Tamsin Okafor\nOffice & HR Manager | Brindlewood Builders"
    )
    i = one_invite("FW: Interview - Estimator", body, _ME)
    assert contact(i) == ("Tamsin Okafor", "tamsin.okafor@brindlewood.example")


def test_the_managers_letter_forwarded_by_the_team_mailbox() -> None:
    body = (
        "Hi Alex, Kasimir set this up from his own calendar, so I'm forwarding it.\n\n"
        "From: Kasimir Lindqvist <kasimir.lindqvist@tidewell.example>\n"
        "Sent: Monday, June 3, 2030 10:41 AM\n"
        "To: Tidewell Recruiting <recruiting@tidewell.example>; "
        "Oona Petrakis <oona.petrakis@tidewell.example>\n"
        "Subject: Interview - Site Reliability Engineer\n\n"
        "I'll cover the team and on-call; Oona (Senior SRE) will join for the walkthrough.\n\n"
        "Kasimir Lindqvist\nSRE Manager, Tidewell"
    )
    i = one_invite(
        "FW: Interview - Site Reliability Engineer",
        body,
        ("Tidewell Recruiting", "recruiting@tidewell.example"),
    )
    assert {(p.name, p.email) for p in i.interviewers} == {
        ("Kasimir Lindqvist", "kasimir.lindqvist@tidewell.example"),
        ("Oona Petrakis", "oona.petrakis@tidewell.example"),
    }


def test_an_agency_passes_its_clients_letter_on() -> None:
    body = (
        "Hi Alex - see below from the client, good luck! Ruairi\n\n"
        "-----Original Message-----\n"
        "From: Ottilie Brackwater <ottilie.brackwater@kestrelbuild.example>\n"
        "Sent: 12 April 2028 09:14\nTo: Ruairi Dunleavy\nSubject: Interview confirmation\n\n"
        "Ruairi, happy to confirm 2pm. Alex will meet me and our surveyor. "
        "I'm the hiring manager.\n\nOttilie Brackwater\nKestrel Build"
    )
    i = one_invite(
        "FW: Interview confirmation", body, ("Ruairi Dunleavy", "ruairi@tidemarkagency.example")
    )
    assert contact(i) == ("Ruairi Dunleavy", "ruairi@tidemarkagency.example")
    emails = {p.email for p in i.interviewers}
    assert "ottilie.brackwater@kestrelbuild.example" in emails
    assert "ruairi@tidemarkagency.example" not in emails


def test_a_no_reply_sender_is_nobody_to_ask() -> None:
    body = (
        "(copied to my own calendar)\n\n---------- Forwarded message ---------\n"
        "From: Fernhill Water Careers <careers-noreply@fernhill.icims.example>\n"
        "Date: Mon, Feb 3, 2030 at 4:12 PM\nSubject: Interview Confirmation\n"
        "To: <alex.morgan@gmail.com>\n\nDear Alex,\n\nYour interview is confirmed.\n\n"
        "Questions? Contact Lorna Quill, Talent Acquisition Specialist, lquill@fernhill.example"
    )
    i = one_invite("Fwd: Interview Confirmation - Water Quality Analyst", body, _ME)
    assert contact(i) == ("Lorna Quill", "lquill@fernhill.example")


def test_a_time_field_in_an_agenda_is_no_header() -> None:
    # Guard: "From: 9:00" beside "To: 10:00" names nobody.
    found = read_forwarded("Agenda\nFrom: 9:00\nTo: 10:00 coffee\n")
    assert found is None or (found.sender is None and not found.recipients)


def test_the_users_own_quoted_reply_adds_nobody() -> None:
    # The organiser pastes the candidate's earlier reply under their note: that header is the
    # user's own mail, so whoever the user wrote to or copied in (a friend, a jobs mailbox) is
    # neither met nor the one to ask.
    body = (
        "Alex, Ingrid from our platform team and I will meet you on Thursday. Your note "
        "is below for reference.\n\nBest, Teodor\n\n"
        "From: Alex Morgan <alex.morgan@gmail.com>\n"
        "Sent: Friday, March 12, 2027 6:02 PM\n"
        "To: Teodor Vasquez <teodor.vasquez@quarrystone.example>\n"
        "Cc: Careers <careers@quarrystone.example>; "
        "Priya Lindgren <priya.lindgren@gmail.com>\n"
        "Subject: Re: Next steps\n\n"
        "Hi Teodor, Thursday works well for me. Looking forward to it.\n\nAlex"
    )
    i = one_invite(
        "Interview: Alex Morgan / Quarrystone",
        body,
        ("Teodor Vasquez", "teodor.vasquez@quarrystone.example"),
        ("Ingrid Solberg", "ingrid.solberg@quarrystone.example"),
    )
    assert {p.email for p in i.interviewers} == {
        "ingrid.solberg@quarrystone.example",
        "teodor.vasquez@quarrystone.example",
    }
    assert contact(i) not in {
        (None, "careers@quarrystone.example"),
        ("Careers", "careers@quarrystone.example"),
        ("Priya Lindgren", "priya.lindgren@gmail.com"),
    }
