"""Two people whose names differ by a letter or two, or by a woman's and a man's form of one name,
stay two people, each with their own address (review9 of 2026-12-08: a clipped-surname match and
one nickname group for Antonia and Antonio merged them with neither address)."""

from __future__ import annotations

from app.calendar.interviews import extract_interviews
from app.calendar.people import name_matches_email, names_match
from tests.calendar.helpers import google_event

ME = ["alex.morgan@gmail.com", "alex.morgan@initech.com"]
ORG = ("Tessa Grant", "tessa.grant@harrowfield.example")


def _panel(description: str, *addresses: str) -> list[tuple[str | None, str | None, str | None]]:
    page = google_event(
        "Interview - Alex Morgan - Data Analyst",
        description,
        ORG,
        *[(None, a) for a in addresses],
        start="2026-06-16T09:00:00-04:00",
        end="2026-06-16T10:00:00-04:00",
    )
    (found,) = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return sorted((i.name, i.email, i.title) for i in found.interviewers)


def test_a_surname_one_or_two_letters_longer_is_another_person() -> None:
    assert not name_matches_email("Lin Cheng", "lin.chen@harrowfield.example")
    assert not name_matches_email("Ana Tang", "ana.tan@harrowfield.example")
    assert not name_matches_email("Joel Parker", "joel.park@harrowfield.example")
    # A real clip, as long surnames are cut in some address schemes, still fits.
    assert name_matches_email("Robert Feldman", "rob.feld@harrowfield.example")


def test_two_near_names_on_one_panel_keep_their_own_addresses() -> None:
    rows = _panel(
        "Hi Alex,\n\nYou'll meet Lin Chen (Staff Engineer) and Lin Cheng (Engineering Manager).\n",
        "lin.chen@harrowfield.example",
        "lin.cheng@harrowfield.example",
    )
    assert rows == [
        ("Lin Chen", "lin.chen@harrowfield.example", "Staff Engineer"),
        ("Lin Cheng", "lin.cheng@harrowfield.example", "Engineering Manager"),
    ]


def test_antonia_and_antonio_are_two_first_names() -> None:
    assert not names_match("Antonia Ferri", "Antonio Ferri")
    assert names_match("Toni Ferri", "Antonia Ferri") and names_match("Toni Ferri", "Antonio Ferri")
    rows = _panel(
        "Hi Alex,\n\nYour panel: Antonio Ferri (Jefe de Producto) and"
        " Antonia Ferri (Data Engineer).\n",
        "antonio.ferri@harrowfield.example",
        "antonia.ferri@harrowfield.example",
    )
    assert rows == [
        ("Antonia Ferri", "antonia.ferri@harrowfield.example", "Data Engineer"),
        ("Antonio Ferri", "antonio.ferri@harrowfield.example", "Jefe de Producto"),
    ]
