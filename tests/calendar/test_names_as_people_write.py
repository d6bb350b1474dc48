"""Names (issue 16, eighth session): a directory's "Surname Surname, Given" is turned round when
the address spells the given name with a part of the surname, and a name written beside its
form in another script keeps the Latin one (the one in brackets when there is one)."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.names import as_people_write
from tests.calendar.helpers import ME


def _page(organizer: tuple[str, str], *guests: tuple[str, str], body: str = "") -> dict[str, Any]:
    people: list[dict[str, Any]] = [{"email": ME[0], "displayName": "Alex Morgan", "self": True}]
    people += [{"email": e, "displayName": n} for n, e in guests]
    return {
        "items": [
            {
                "id": "nm8",
                "summary": "Interview - Alex Morgan - Process Engineer",
                "description": body,
                "start": {"dateTime": "2027-04-06T09:00:00-04:00"},
                "end": {"dateTime": "2027-04-06T10:00:00-04:00"},
                "organizer": {"email": organizer[1], "displayName": organizer[0]},
                "attendees": people,
            }
        ]
    }


def test_a_two_part_surname_before_a_comma_is_turned_round_by_the_address() -> None:
    guest = ("Villalobos Serrano, Inés", "ines.villalobos@cerro-azul.example")
    (found,) = extract_interviews(
        _page(guest, guest), format="google", me=ME, timezone="America/New_York"
    )
    assert [i.name for i in found.interviewers] == ["Inés Villalobos Serrano"]


def test_the_latin_form_in_brackets_is_the_name() -> None:
    bracketed = as_people_write("村上 理沙 (Risa Murakami)", "risa.murakami@x.example")
    assert bracketed == "Risa Murakami"
    assert as_people_write("Murakami Risa 村上 理沙", None) == "Murakami Risa"


def test_names_whose_order_nothing_tells_are_kept() -> None:
    # The address does not spell the given name: the comma stays as the directory wrote it.
    assert as_people_write("Doe, Kim", "hr@x.example") == "Doe, Kim"
    # A surname in capitals first stays where the invite always writes it so (keep_caps_order).
    assert as_people_write("TAN Wei Ling", "weiling.tan@x.example", True) == "TAN Wei Ling"
    assert as_people_write("Priya Raman", "priya@x.example") == "Priya Raman"
    assert as_people_write(None, None) is None
