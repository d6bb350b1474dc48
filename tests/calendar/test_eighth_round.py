"""Eighth extraction round (issue 16, fresh-6 read): invites written for each mechanism, each
failing before it. A guest known only by address is the person the description names when the
address joins a surname with its particles ("pt.vandermeer@" for Pieter-Tjeerd van der Meer),
clips the first name ("sev@" for Severina) or is a nickname the table knows."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from app.calendar.people import name_matches_email
from tests.calendar.helpers import ME, google_event, only_interview


def _people(interview: Interview) -> list[tuple[Any, ...]]:
    return [(i.name, i.email, i.title) for i in interview.interviewers]


def test_a_surname_with_particles_is_one_word_in_the_address() -> None:
    page = google_event(
        "Panel Interview - Route Planner - Kielwater Freight",
        "Hello Alex,\n\nYour panel for the Route Planner role:\n"
        "- Pieter-Tjeerd van der Meer, Planning Manager\n"
        "- Ana Lúcia dos Santos, Senior Planner\n"
        "- Oisín Ó Ceallaigh, Fleet Analyst\n\n"
        "Best,\nMarit Hoekstra\nRecruiter, Kielwater Freight",
        ("Marit Hoekstra", "marit.hoekstra@kielwater.nl"),
        (None, "pt.vandermeer@kielwater.nl"),
        (None, "al.dossantos@kielwater.nl"),
        (None, "ooceallaigh@kielwater.nl"),
        start="2026-05-12T10:00:00-04:00",
        end="2026-05-12T11:00:00-04:00",
    )
    assert _people(only_interview(page)) == [
        ("Pieter-Tjeerd van der Meer", "pt.vandermeer@kielwater.nl", "Planning Manager"),
        ("Ana Lúcia dos Santos", "al.dossantos@kielwater.nl", "Senior Planner"),
        ("Oisín Ó Ceallaigh", "ooceallaigh@kielwater.nl", "Fleet Analyst"),
    ]


def test_a_clipped_first_name_or_a_nickname_is_the_whole_address() -> None:
    page = google_event(
        "Technical interview - Backend Engineer",
        "Hi Alex,\n\nYou'll meet Severina Okonkwo-Hale (Staff Engineer) and "
        "Oswaldo Brandt (Engineering Manager).\n\nRecruiter: Lena Fisk",
        ("Lena Fisk", "lena.fisk@tollgate.io"),
        (None, "sev@tollgate.io"),
        (None, "ozzy@tollgate.io"),
        start="2026-05-13T10:00:00-04:00",
        end="2026-05-13T11:00:00-04:00",
    )
    assert _people(only_interview(page)) == [
        ("Severina Okonkwo-Hale", "sev@tollgate.io", "Staff Engineer"),
        ("Oswaldo Brandt", "ozzy@tollgate.io", "Engineering Manager"),
    ]


def test_addresses_that_are_someone_else_stay_apart() -> None:
    # The compound surname must be the address's end and the head the given names or their
    # initials; a clipped first name needs three letters and the whole address.
    assert not name_matches_email("Pieter van der Meer", "vandermeer.team@kielwater.nl")
    assert not name_matches_email("Pieter van der Meer", "xy.vandermeer@kielwater.nl")
    assert not name_matches_email("Severina Hale", "se@tollgate.io")
    assert not name_matches_email("Severina Hale", "sev.ops@tollgate.io")
    assert not name_matches_email("Olamide Adebayo", "gnibhriain@kilbrannan.com")


def _found(page: dict[str, Any]) -> list[Interview]:
    return [
        i
        for i in extract_interviews(page, format="google", me=ME, timezone="America/New_York")
        if i.is_interview
    ]


def test_a_journalists_interview_with_the_user_is_not_a_job_interview() -> None:
    page = google_event(
        "Interview - Harbour Post - remote work",
        "Hi Alex, thanks for making time for my article on hybrid offices. Quotes are "
        "attributed by name unless we agree otherwise.\n\nNoor Lindqvist\nReporter, Harbour Post",
        ("Noor Lindqvist", "noor.lindqvist@harbourpost.com"),
        ("Noor Lindqvist", "noor.lindqvist@harbourpost.com"),
        start="2026-05-14T10:00:00-04:00",
        end="2026-05-14T10:30:00-04:00",
    )
    assert _found(page) == []


def test_a_guest_interview_on_a_show_is_not_a_job_interview() -> None:
    page = google_event(
        "Guest interview - Build Notes",
        "Looking forward to chatting about your migration story.\n\nPia Sorensen",
        ("Pia Sorensen", "pia@buildnotes.fm"),
        ("Pia Sorensen", "pia@buildnotes.fm"),
        start="2026-05-15T10:00:00-04:00",
        end="2026-05-15T11:00:00-04:00",
    )
    assert _found(page) == []


def test_a_home_study_interview_is_not_a_job_interview() -> None:
    page = google_event(
        "Home-study interview - Tidewater Family Services",
        "First visit: we talk with each adult and look around the home.\n\nRuth Abara",
        ("Ruth Abara", "rabara@tidewaterfamily.org"),
        ("Ruth Abara", "rabara@tidewaterfamily.org"),
        start="2026-05-16T10:00:00-04:00",
        end="2026-05-16T12:00:00-04:00",
    )
    assert _found(page) == []


def test_a_legal_form_in_initials_is_not_part_of_the_company() -> None:
    page = google_event(
        "Interview - Data Steward",
        "Hi Alex, thank you for applying to Vallmar Logística. I look forward to our call.\n\n"
        "Un saludo,\nPaz Ibarra\nRecruiter\nVallmar Logística S.L.",
        ("Paz Ibarra", "paz.ibarra@vallmar.es"),
        ("Paz Ibarra", "paz.ibarra@vallmar.es"),
        ("Tomás Ruiz", "tomas.ruiz@vallmar.es"),
        start="2026-05-18T10:00:00-04:00",
        end="2026-05-18T11:00:00-04:00",
    )
    assert only_interview(page).company == "Vallmar Logística"


def test_a_slots_time_after_a_title_and_an_id_label_after_a_position_are_dropped() -> None:
    page = google_event(
        "Virtual onsite - Site Reliability Engineer (ID 7C3A) - Quillmark",
        "Hi Alex,\n\nYour conversations:\n"
        "1. Tove Lindahl, Staff SRE (2:00)\n"
        "2. Marek Dvořák, Engineering Manager (2:45 pm)\n\n"
        "Best,\nJuno Park\nRecruiter, Quillmark",
        ("Juno Park", "juno.park@quillmark.io"),
        ("Tove Lindahl", "tove.lindahl@quillmark.io"),
        ("Marek Dvořák", "marek.dvorak@quillmark.io"),
        start="2026-05-19T14:00:00-04:00",
        end="2026-05-19T15:30:00-04:00",
    )
    found = only_interview(page)
    assert [(i.name, i.title) for i in found.interviewers] == [
        ("Tove Lindahl", "Staff SRE"),
        ("Marek Dvořák", "Engineering Manager"),
    ]
    assert found.position == "Site Reliability Engineer"


def test_hiring_a_capitalised_job_names_the_position() -> None:
    page = google_event(
        "Catch up",
        "Alex! Since leaving Initech I've been at Fernhollow. We're hiring a Principal Product "
        "Designer and I thought of you straight away. Let's talk.\n\nMina",
        ("Mina Solberg", "mina@fernhollow.com"),
        ("Mina Solberg", "mina@fernhollow.com"),
        start="2026-05-20T10:00:00-04:00",
        end="2026-05-20T10:30:00-04:00",
    )
    assert only_interview(page).position == "Principal Product Designer"


def test_joining_as_their_first_capitalised_job_names_the_position() -> None:
    page = google_event(
        "Alex Morgan and Emre Kaya",
        "Emre (CTO of Drystone) asked me to talk about joining as their first Data Engineer.\n\n"
        "Event Name: Intro chat",
        ("Emre Kaya", "emre@drystone.dev"),
        ("Emre Kaya", "emre@drystone.dev"),
        start="2026-05-21T10:00:00-04:00",
        end="2026-05-21T10:30:00-04:00",
    )
    found = _found(page)
    assert found and found[0].position == "Data Engineer"


def test_the_contact_for_rescheduling_named_with_an_address_is_the_recruiter() -> None:
    page = google_event(
        "Interview - Warehouse Planner",
        "Dear Alex,\n\nInterviewer: Kojo Mensah, Warehouse Manager\n\n"
        "Should you need to reschedule, please contact Ilse Brandt at ilse.brandt@tarnport.com."
        "\n\nTalent Acquisition | Tarnport",
        ("Careers", "careers@tarnport.com"),
        ("Kojo Mensah", "kojo.mensah@tarnport.com"),
        start="2026-05-22T10:00:00-04:00",
        end="2026-05-22T10:45:00-04:00",
    )
    found = only_interview(page)
    assert found.recruiter is not None
    assert (found.recruiter.name, found.recruiter.email) == (
        "Ilse Brandt",
        "ilse.brandt@tarnport.com",
    )


def test_a_second_parenthesis_marking_the_hiring_manager_marks_them() -> None:
    page = google_event(
        "Onsite - Platform Engineer - Larkhill",
        "Your schedule:\n"
        "10:00 - 10:45  Noa Friedman (Senior Platform Engineer) - Systems\n"
        "10:45 - 11:30  Idris Balogun (Manager, Platform) (HM) - Experience\n\n"
        "Best,\nKai Lund\nRecruiting Coordinator, Larkhill",
        ("Kai Lund", "kai.lund@larkhill.io"),
        ("Noa Friedman", "noa.friedman@larkhill.io"),
        ("Idris Balogun", "idris.balogun@larkhill.io"),
        start="2026-05-25T10:00:00-04:00",
        end="2026-05-25T11:30:00-04:00",
    )
    marks = {i.name: i.hiring_manager for i in only_interview(page).interviewers}
    assert marks == {"Noa Friedman": False, "Idris Balogun": True}


def test_a_recruiter_label_after_a_sentence_on_the_same_line_names_the_recruiter() -> None:
    page = google_event(
        "Interview - Data Engineer",
        "Interviewer: Ola Nordmann, Staff Data Engineer\n\n"
        "This is your second conversation with Fjellvik. Recruiter: Sigrid Dahl "
        "(sigrid.dahl@fjellvik.no)",
        ("Fjellvik Recruiting", "recruiting@fjellvik.no"),
        ("Ola Nordmann", "ola.nordmann@fjellvik.no"),
        start="2026-05-26T10:00:00-04:00",
        end="2026-05-26T10:45:00-04:00",
    )
    found = only_interview(page)
    assert found.recruiter is not None
    assert (found.recruiter.name, found.recruiter.email) == (
        "Sigrid Dahl",
        "sigrid.dahl@fjellvik.no",
    )
