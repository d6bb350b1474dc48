"""Seventh extraction round (issue 16): invites written for each mechanism, each failing before
it. A topic cell after a title is not part of the title; a school's principal runs the school;
"leads the team you'd join" / "would be your manager" / "you'd report to" mark the hiring
manager (an executive stays an executive); a store manager runs a store."""

from __future__ import annotations

from typing import Any

from app.calendar.model import Interview
from app.playbook.roles import Role, classify_title
from tests.calendar.helpers import google_event, only_interview


def _people(interview: Interview) -> list[tuple[Any, ...]]:
    return [(i.name, i.title, str(i.role), i.hiring_manager) for i in interview.interviewers]


def test_a_topic_cell_after_the_title_is_not_part_of_it() -> None:
    page = google_event(
        "Onsite interview - Data Engineer",
        "Your day at Harbourline:\n"
        "09:00-09:45  Ana Ruiz - Staff Data Engineer - Pipeline walkthrough\n"
        "10:00-10:45  Bo Lindgren - Engineering Manager, Ingestion - Team and ways of working\n",
        ("Cleo Park", "cleo.park@harbourline.com"),
        ("Ana Ruiz", "ana.ruiz@harbourline.com"),
        ("Bo Lindgren", "bo.lindgren@harbourline.com"),
        start="2026-04-08T09:00:00-04:00",
        end="2026-04-08T11:00:00-04:00",
    )
    titles = {i.name: i.title for i in only_interview(page).interviewers}
    assert titles["Ana Ruiz"] == "Staff Data Engineer"
    assert titles["Bo Lindgren"] == "Engineering Manager, Ingestion"


def test_a_title_that_goes_on_keeps_its_words() -> None:
    # The words after the dash read as a title: they are part of it, not a topic.
    page = google_event(
        "Onsite interview",
        "09:00-09:45  Ana Ruiz - Senior Engineer - Data Platform Engineering Lead\n",
        ("Cleo Park", "cleo.park@harbourline.com"),
        ("Ana Ruiz", "ana.ruiz@harbourline.com"),
        start="2026-04-08T09:00:00-04:00",
        end="2026-04-08T10:00:00-04:00",
    )
    (ana,) = only_interview(page).interviewers
    assert ana.title == "Senior Engineer - Data Platform Engineering Lead"


def test_a_schools_principal_is_a_decision_maker() -> None:
    page = google_event(
        "Interview - Year 4 Teacher",
        "Dear Alex,\n\nYou will meet Principal Dana Whitlock in the library at Oakridge "
        "Elementary School. Please bring a sample lesson plan.",
        ("Oakridge Office", "office@oakridge-elementary.org"),
        ("Dana Whitlock", "dwhitlock@oakridge-elementary.org"),
        start="2026-05-12T15:30:00-04:00",
        end="2026-05-12T16:15:00-04:00",
    )
    assert _people(only_interview(page)) == [
        ("Dana Whitlock", "Principal", "decision_maker", False)
    ]


def test_a_consultancys_principal_stays_a_peer() -> None:
    page = google_event(
        "Case interview (Round 1) - Corvane Advisory",
        "Case interview with Elena Rossi, Principal\nPlease bring a calculator.",
        ("Ian Frost", "ian.frost@corvane.com"),
        ("Elena Rossi", "elena.rossi@corvane.com"),
        start="2026-05-12T10:00:00-04:00",
        end="2026-05-12T11:00:00-04:00",
    )
    assert _people(only_interview(page)) == [("Elena Rossi", "Principal", "peer", False)]


def _manager_sentence(sentence: str, guest: tuple[str, str], title: str) -> Interview:
    return only_interview(
        google_event(
            title,
            f"Hi Alex,\n\nThe next step is 45 minutes on Teams. {sentence}\n\nBest,\nTessa Grant\n"
            "Talent Acquisition, Brightmoor",
            ("Tessa Grant", "tessa.grant@brightmoor.com"),
            guest,
            start="2026-06-02T14:00:00-04:00",
            end="2026-06-02T14:45:00-04:00",
        )
    )


def test_leading_the_team_you_would_join_marks_the_hiring_manager() -> None:
    found = _manager_sentence(
        "Tomás leads the team you'd join, so expect questions on the roadmap.",
        ("Tomás Ibarra", "tomas.ibarra@brightmoor.com"),
        "Interview: Tomás Ibarra / Alex Morgan",
    )
    assert _people(found) == [("Tomás Ibarra", None, "decision_maker", True)]


def test_would_be_your_manager_marks_the_one_named_in_the_sentence() -> None:
    found = _manager_sentence(
        "Keiko Sato will run it; she runs the analytics group and would be your manager.",
        ("Keiko Sato", "keiko.sato@brightmoor.com"),
        "Interview - Analytics Engineer",
    )
    assert _people(found) == [("Keiko Sato", None, "decision_maker", True)]


def test_reporting_to_marks_the_name_after_it() -> None:
    found = _manager_sentence(
        "You'd report to Ruth Okafor, who will join us.",
        ("Ruth Okafor", "ruth.okafor@brightmoor.com"),
        "Interview - Analytics Engineer",
    )
    assert _people(found) == [("Ruth Okafor", None, "decision_maker", True)]


def test_an_executive_you_would_work_for_stays_an_executive() -> None:
    found = _manager_sentence(
        "Rosa would be your manager in the Operations Manager role.",
        ("Rosa Delgado", "rosa.delgado@brightmoor.com"),
        "Interview with Rosa Delgado (VP Operations)",
    )
    assert _people(found) == [("Rosa Delgado", "VP Operations", "executive", False)]


def test_a_store_manager_runs_a_store() -> None:
    # PLAYBOOK §4: only titles that merely contain "manager" are individual contributors; a
    # store manager leads the store's staff.
    assert classify_title("Store Manager") is Role.DECISION_MAKER
    assert classify_title("Assistant Store Manager") is Role.DECISION_MAKER
    assert classify_title("Shift Manager") is Role.DECISION_MAKER  # runs the shift's crew


def test_a_line_with_the_title_first_names_the_person() -> None:
    page = google_event(
        "Shift Supervisor interview - Pinecone Grocers #12",
        "Meeting with:\nDeputy Store Manager - Ifeoma Chukwu\n\nPlease bring your availability.",
        ("Pinecone Grocers Hiring", "hiring@pineconegrocers.com"),
        ("Ifeoma Chukwu", "ifeoma.chukwu@pineconegrocers.com"),
        start="2026-06-09T09:00:00-04:00",
        end="2026-06-09T09:30:00-04:00",
    )
    (ifeoma,) = only_interview(page).interviewers
    assert (ifeoma.name, ifeoma.title) == ("Ifeoma Chukwu", "Deputy Store Manager")


def test_a_label_line_is_not_read_title_first() -> None:
    # "Interviewer Title: QA Manager, Dairy Plant": the label's value is the title of the
    # person named on the line before; "Dairy Plant" is not a person.
    page = google_event(
        "Interview - Quality Assurance Specialist",
        "Interviewer Name: Hanna Lindgren\nInterviewer Title: QA Manager, Dairy Plant\n",
        ("Meridia Recruiting", "recruiting@meridiafoods.com"),
        ("Hanna Lindgren", "hanna.lindgren@meridiafoods.com"),
        start="2026-06-09T09:00:00-04:00",
        end="2026-06-09T09:30:00-04:00",
    )
    assert [(i.name, i.title) for i in only_interview(page).interviewers] == [
        ("Hanna Lindgren", "QA Manager, Dairy Plant")
    ]
