"""The hiring-manager mark in more languages and forms (itune10b): Finnish, Polish, Hebrew,
Chinese and Japanese words for the manager-to-be, "Hiring Mgr", "your reporting manager", and a
legend's symbol ("★ = hiring manager") beside one person's name."""

from __future__ import annotations

import pytest

from app.calendar.schedule import marks_in_english
from tests.calendar.invite_builders import _interviewers_in


@pytest.mark.parametrize(
    "text",
    [
        "• K. Mäkelä, työnjohtaja, saunaosasto (tuleva lähiesimiehesi)",
        "• Agnieszka Kowalczyk – mistrz zmiany nocnej (Pana bezpośrednia przełożona)",
        "Noa Levy – Regional Service Manager, North (מנהלת מגייסת)",
        "王丽华 Wang Lihua — 采购总监 Sourcing Director · 用人经理",
        "李明轩 — 首席调香师，日化香精部（用人部门负责人）",
        "Aoife Brennan - Engineering Manager, Payments - Hiring Mgr",
        "1. Mr. R.K. Sharma – Spinning Master (your reporting manager)",
    ],
)
def test_the_mark_reads_as_english(text: str) -> None:
    assert "hiring manager" in marks_in_english(text)


@pytest.mark.parametrize(
    "text",
    [
        # An exit interview about one's own manager, in Polish (inflected): no mark.
        "Porozmawiamy o współpracy z bezpośrednim przełożonym i zespole.",
        "Hiring managers' training: scorecards",
    ],
)
def test_other_words_stay(text: str) -> None:
    assert marks_in_english(text) == text


def test_a_star_legend_marks_the_starred_person() -> None:
    found = _interviewers_in(
        "Hi Alex,\n\nYour interview at our Shannon hangar is below.\n\n"
        "★ Declan Moriarty – Hangar Manager, Line Maintenance\n"
        "   Svetlana Petrova – Head of Quality, Part-145\n"
        "★ = hiring manager\n\nNiamh Corcoran\nHR Officer\n",
        ("Declan Moriarty", "dmoriarty@atlanticaero.ie"),
        ("Svetlana Petrova", "spetrova@atlanticaero.ie"),
    )
    marks = {i.name: i.hiring_manager for i in found}
    assert marks == {"Declan Moriarty": True, "Svetlana Petrova": False}


def test_a_star_without_a_legend_marks_nobody() -> None:
    found = _interviewers_in(
        "Hi Alex,\n\n★ Declan Moriarty – Hangar Manager, Line Maintenance\n"
        "   Svetlana Petrova – Head of Quality, Part-145\n\nNiamh Corcoran\nHR Officer\n",
        ("Declan Moriarty", "dmoriarty@atlanticaero.ie"),
        ("Svetlana Petrova", "spetrova@atlanticaero.ie"),
    )
    assert not any(i.hiring_manager for i in found)
