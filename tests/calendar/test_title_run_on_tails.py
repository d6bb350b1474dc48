"""Nineteenth round (issue 16): a title written in a sentence ends where the sentence moves on.
A pronoun left where "she'd be your manager" was read off, a second person joined by "together
with" or by a style ("and Ms ..."), lower-case remarks after a comma ("night shift", "chair") and
the team in lower case ("on the coatings team") are no part of the job title; the people joined
that way are met too, whatever particles their names hold ("binte", "ter")."""

from __future__ import annotations

import pytest

from app.calendar.names import parse_people
from tests.calendar.helpers import one_invite

_ORG = ("Wilfreda Oyelowo", "wilfreda.oyelowo@quillmarsh.example")


def _titles(description: str, *guests: tuple[str | None, str]) -> dict[str | None, str | None]:
    interview = one_invite("Interview - Alex Morgan - Coatings Chemist", description, _ORG, *guests)
    return {p.name: p.title for p in interview.interviewers}


@pytest.mark.parametrize(
    "line",
    [
        "• Ignatius Pemberton-Achebe — Lab Manager, Coatings. He'd be your manager.",
        "You'll pair with Ignatius (lab manager, he'd be your manager).",
    ],
)
def test_a_pronoun_left_by_the_manager_sentence_is_cut(line: str) -> None:
    guest = ("Ignatius Pemberton-Achebe", "ignatius.pa@quillmarsh.example")
    got = _titles(f"Hi Alex,\n\n{line}\n\nWilfreda", guest)["Ignatius Pemberton-Achebe"]
    assert got in ("Lab Manager, Coatings", "lab manager")
    assert got is not None and "he" not in got.lower().split()


def test_a_lower_case_remark_after_a_comma_is_no_part_of_the_title() -> None:
    got = _titles(
        "Hi Alex, you'll chat with Ottoline Farquhar-Mbeki (Senior Formulator, weekend rota) "
        "and Benedek Szalai (Quality Lead, chair).\n\nWilfreda",
        ("Ottoline Farquhar-Mbeki", "ottoline.fm@quillmarsh.example"),
        ("Benedek Szalai", "benedek.szalai@quillmarsh.example"),
    )
    assert got == {
        "Ottoline Farquhar-Mbeki": "Senior Formulator",
        "Benedek Szalai": "Quality Lead",
    }


def test_the_team_in_lower_case_is_no_part_of_the_title_and_then_is_no_name() -> None:
    got = _titles(
        "Hi Alex,\n\n10:00 am  You'll start with Ottoline Farquhar-Mbeki, a Senior Scientist "
        "on the coatings team, in the lab.\n10:45 am  Then Benedek Szalai, our Quality Lead."
        "\n\nWilfreda",
        ("Ottoline Farquhar-Mbeki", "ottoline.fm@quillmarsh.example"),
        ("Benedek Szalai", "benedek.szalai@quillmarsh.example"),
    )
    assert got == {"Ottoline Farquhar-Mbeki": "Senior Scientist", "Benedek Szalai": "Quality Lead"}


def test_together_with_joins_a_second_person() -> None:
    assert [
        (p.name, p.title)
        for p in parse_people(
            "Marisela Okonkwo-Brandt, their CFO, together with Tobiah Ferreira, Director of Audit"
        )
    ] == [("Marisela Okonkwo-Brandt", "CFO"), ("Tobiah Ferreira", "Director of Audit")]


@pytest.mark.parametrize(
    "name", ["Siti Aisyah binte Rahmat", "Farid bin Osman", "Joost ter Horst", "Lina zu Solms"]
)
def test_a_name_with_a_particle_after_a_style_is_a_second_person(name: str) -> None:
    people = parse_people(f"Mr Horace Lim (VP Operations, Asia) and Ms {name} (Planning Lead)")
    assert [(p.name, p.title) for p in people] == [
        ("Horace Lim", "VP Operations, Asia"),
        (name, "Planning Lead"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Engineering Manager, Payments",
        "Head of Research and Development",
        "VP Supply Chain, Asia Pacific",
        "Director, Risk & Compliance",
    ],
)
def test_titles_that_go_on_in_capitals_are_kept_whole(title: str) -> None:
    got = _titles(
        f"Hi Alex, you'll meet Ottoline Farquhar-Mbeki ({title}).\n\nWilfreda",
        ("Ottoline Farquhar-Mbeki", "ottoline.fm@quillmarsh.example"),
    )
    assert got == {"Ottoline Farquhar-Mbeki": title}


def test_the_hiring_manager_mark_after_a_comma_is_still_read() -> None:
    interview = one_invite(
        "Interview - Alex Morgan - Coatings Chemist",
        "Hi Alex, you'll meet Ottoline Farquhar-Mbeki (Lab Manager, the hiring manager)."
        "\n\nWilfreda",
        _ORG,
        ("Ottoline Farquhar-Mbeki", "ottoline.fm@quillmarsh.example"),
    )
    (p,) = interview.interviewers
    assert (p.title, p.hiring_manager) == ("Lab Manager", True)
