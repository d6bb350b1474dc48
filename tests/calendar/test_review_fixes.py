"""Fixes from the review of the fourteenth and fifteenth rounds: each test fails on the tree
before its fix. Job interviews for teachers, interpreters, reporters and press officers say the
words a student's, an agency's or a writer's request says; a Graph organizer is on the call;
"A, Title, B" lists two people."""

from __future__ import annotations

import pytest

from tests.calendar.test_detect_round14 import _event

SCHOOL = ("Marguerite Osei", "mosei@brackenhill-school.example")
AGENCY = ("Ines Carvalho", "icarvalho@tonguebridge.example")
PAPER = ("Wyn Prothero", "wprothero@valleygazette.example")
COUNCIL = ("Hollis Grange", "hgrange@eastmoor-council.example")


@pytest.mark.parametrize(
    ("title", "description", "guest"),
    [
        (
            "Interview - Sam Patel - Science Teacher",
            "As part of the day you'll run a 15-minute starter activity with my Year 8 class "
            "before a panel with the deputy head.",
            SCHOOL,
        ),
        (
            "Interview - Sam Patel - Learning Support Assistant",
            "We are recruiting a support assistant for my class of Year 3 children; the "
            "interview is with me and the SENCo.",
            SCHOOL,
        ),
        (
            "Interview - Sam Patel - Court Interpreter",
            "Thank you for applying to join us as an interpreter. The interview covers your "
            "languages and a short consecutive exercise.",
            AGENCY,
        ),
        (
            "Interview: Sam Patel - Reporter",
            "This is your interview for the Court Reporter position. Tell us about a story "
            "you are working on and how you keep sources on the record.",
            PAPER,
        ),
        (
            "Interview: Sam Patel",
            "Second interview for the Press Officer role: a mock briefing, everything on the "
            "record, then questions from the head of comms.",
            COUNCIL,
        ),
    ],
)
def test_a_job_interview_in_teaching_interpreting_or_the_press_stays_an_interview(
    title: str, description: str, guest: tuple[str, str]
) -> None:
    found = _event(title, description, guest)
    assert found.is_interview, found.reasons


def test_the_same_words_without_a_job_still_mean_someone_elses_interview() -> None:
    booked = _event(
        "Interview - Ruth Adeyemi",
        "Thanks for taking this one: you're sitting as the interpreter for Ms Adeyemi's "
        "interview with the housing office.",
        AGENCY,
    )
    assert not booked.is_interview, booked.reasons
    piece = _event(
        "Interview: small-business owners",
        "I'm working on a story about shops on the high street and would love twenty "
        "minutes with you.",
        PAPER,
    )
    assert not piece.is_interview, piece.reasons
