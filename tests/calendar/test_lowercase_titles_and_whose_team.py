"""Nineteenth round (issue 16): titles people write in lower case in prose, and the hiring
manager said by whose team the hire joins. "with our head of data, Priya, whose team you'd be
joining", "Tobiah, a senior analytics engineer who built …", "Ambrose (our regional medical
director) will join me" give titles to those invited; "you would join Henrik's team" marks
Henrik; a signature's "(hiring manager)" marks its writer."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import one_invite

_TITLE = "Interview: Alex Morgan / Analytics Engineer - Fellgate"
_ORG = ("Fellgate Talent", "talent@fellgate.example")
_HEAD = ("Ysolde Achterberg", "ysolde.a@fellgate.example")
_PEER = ("Cosmin Vasilescu", "cvasilescu@fellgate.example")


def _people(description: str, *guests: tuple[str | None, str], org: tuple[str, str] = _ORG):
    interview = one_invite(_TITLE, description, org, *guests)
    return {p.name: (p.title, str(p.role), p.hiring_manager) for p in interview.interviewers}


def test_lower_case_titles_beside_first_names_and_whose_team() -> None:
    got = _people(
        "Hi Alex,\n\nYou'll spend the first half hour with our head of data, Ysolde, whose team "
        "you'd be joining, and the second half with Cosmin, a senior analytics engineer who "
        "built most of our pipelines.\n\nTalk soon,\nDeclan\nRecruiting, Fellgate",
        _HEAD,
        _PEER,
    )
    assert got == {
        "Ysolde Achterberg": ("head of data", "decision_maker", True),
        "Cosmin Vasilescu": ("senior analytics engineer", "peer", False),
    }


def test_a_title_in_brackets_after_the_sentence_before() -> None:
    got = _people(
        "Hi Alex, confirming Thursday. Ysolde (our regional medical director) will join me for "
        "the second half.\n\nDoreen Fitzwilliam\nRegional Operations Director\nFellgate",
        _HEAD,
        org=("Doreen Fitzwilliam", "doreen@fellgate.example"),
    )
    assert got["Ysolde Achterberg"][:2] == ("regional medical director", "decision_maker")


@pytest.mark.parametrize(
    "sentence",
    [
        "Cosmin, our data engineer, and Ysolde Achterberg, Head of Data - you would join "
        "Ysolde's team.",
        "You'll meet Cosmin (data engineer) and Ysolde (Head of Data, she'd be your manager).",
    ],
)
def test_the_manager_is_the_one_named_nearest(sentence: str) -> None:
    got = _people(f"Hi Alex,\n\n{sentence}\n\nDeclan\nRecruiting, Fellgate", _HEAD, _PEER)
    assert got["Ysolde Achterberg"][2] is True
    assert got["Cosmin Vasilescu"][2] is False


def test_an_acronym_is_no_manager() -> None:
    got = _people(
        "Hi Alex,\n\nThis is your second interview for the Analytics Engineer role. Ysolde "
        "Achterberg will run it; she leads the BI team and would be your manager if you join."
        "\n\nDeclan\nRecruiting, Fellgate",
        _HEAD,
    )
    assert got["Ysolde Achterberg"][2] is True


def test_the_mark_in_a_signature_title_marks_its_writer() -> None:
    got = _people(
        "Hi Alex,\n\nThanks for your interest. You'll be interviewing with me and Cosmin "
        "Vasilescu, our Chief Data Officer.\n\nYsolde Achterberg\nData Platform Manager (hiring "
        "manager)",
        _PEER,
        org=_HEAD,
    )
    assert got["Ysolde Achterberg"] == ("Data Platform Manager", "decision_maker", True)
