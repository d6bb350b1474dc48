"""A directory's "Surname, Given" in a list of interviewers, and a surname in capitals before a
comma, merged with the guest whose address spells the name (the guests have no display names)."""

from __future__ import annotations

from tests.calendar.invite_builders import _interviewers_in


def _rows(description: str, *guests: tuple[str, str]) -> dict[str | None, tuple[object, ...]]:
    found = _interviewers_in(description, *guests)
    return {i.email: (i.name, i.title, i.hiring_manager) for i in found}


def test_surname_comma_given_in_a_semicolon_list() -> None:
    rows = _rows(
        "Interviewers: Okafor, Chinedu (Senior Buyer); Lindahl, Astrid (Procurement Manager)\n"
        "Hiring Manager: Lindahl, Astrid\n",
        ("", "c.okafor@fjordline-logistics.no"),
        ("", "alindahl@fjordline-logistics.no"),
    )
    assert rows["c.okafor@fjordline-logistics.no"][:2] == ("Chinedu Okafor", "Senior Buyer")
    assert rows["alindahl@fjordline-logistics.no"] == (
        "Astrid Lindahl",
        "Procurement Manager",
        True,
    )
    assert set(rows) == {"c.okafor@fjordline-logistics.no", "alindahl@fjordline-logistics.no"}


def test_capitalised_surname_comma_given_dash_title() -> None:
    rows = _rows(
        "Hi Alex,\n\nDetails for your next conversation:\n\nInterviewers\n"
        "HAUGLAND, Sigrid - Head of Planning\nBERGE, Ola - Planner\n",
        ("", "sigrid.haugland@fjordline-logistics.no"),
        ("", "ola.berge@fjordline-logistics.no"),
    )
    assert rows["sigrid.haugland@fjordline-logistics.no"][:2] == (
        "Sigrid Haugland",
        "Head of Planning",
    )
    assert rows["ola.berge@fjordline-logistics.no"][:2] == ("Ola Berge", "Planner")
    assert set(rows) == {
        "sigrid.haugland@fjordline-logistics.no",
        "ola.berge@fjordline-logistics.no",
    }


def test_two_people_listed_with_a_comma_stay_two() -> None:
    # Neither "Ola Sigrid" nor "Sigrid Ola" is an invited address: two people, as written.
    rows = _rows(
        "You'll meet Sigrid, Ola (Planner) and Marit.\n",
        ("Sigrid Haugland", "sigrid.haugland@fjordline-logistics.no"),
        ("Ola Berge", "ola.berge@fjordline-logistics.no"),
    )
    assert rows["sigrid.haugland@fjordline-logistics.no"][0] == "Sigrid Haugland"
    assert rows["ola.berge@fjordline-logistics.no"][0] == "Ola Berge"
