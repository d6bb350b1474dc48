"""Guests shown in another script, named in Latin letters in the letter (issue 16): the name as
the Latin address and the letter spell it; a captain's style before a name is no part of it; a
word with a digit names no one; a sentence under a list of people is not its next person."""

from __future__ import annotations

from app.calendar.names import is_name
from app.calendar.people import pick_name
from tests.calendar.helpers import google_event, only_interview


def _people(description: str, *guests: tuple[str | None, str]) -> list[tuple[object, ...]]:
    interview = only_interview(
        google_event(
            "Interview – Deck Officer – Alex Morgan",
            description,
            ("Ines Vaz", "ines.vaz@saltline.example"),
            *guests,
            start="2027-05-11T10:00:00-04:00",
            end="2027-05-11T11:00:00-04:00",
        )
    )
    return sorted((i.name, i.email, i.title, i.hiring_manager) for i in interview.interviewers)


def test_the_letters_latin_name_replaces_a_display_name_in_another_script() -> None:
    description = (
        "Dear Alex,\n\nYou will meet:\n\n"
        "Capt. Dmytro Savchenko — Fleet Master, Baltic Routes (hiring manager)\n"
        "Capt. Yulia Melnyk — Chief Officer\n\n"
        "Kind regards,\nInes Vaz\nCrewing, Saltline"
    )
    got = _people(
        description,
        ("Дмитро Савченко", "d.savchenko@saltline.example"),
        ("Юлія Мельник", "yulia.melnyk@saltline.example"),
    )
    assert got == [
        ("Dmytro Savchenko", "d.savchenko@saltline.example", "Fleet Master, Baltic Routes", True),
        ("Yulia Melnyk", "yulia.melnyk@saltline.example", "Chief Officer", False),
    ]


def test_pick_name_prefers_latin_only_when_it_is_a_full_name() -> None:
    assert pick_name("Олена Гнатюк", "Olena Hnatiuk") == "Olena Hnatiuk"
    assert pick_name("Олена Гнатюк", "Olena") == "Олена Гнатюк"
    assert pick_name("山田 太郎", "Taro Yamada") == "Taro Yamada"
    assert pick_name("José Ñúñez", "Jose Nunez") == "José Ñúñez"


def test_a_word_with_a_digit_names_no_one() -> None:
    assert not is_name("A320 Fleet")
    assert not is_name("Turno 2B")
    assert is_name("Zoë O'Neill-Kaur")


def test_a_sentence_after_the_list_is_not_a_person() -> None:
    description = (
        "Dear Alex,\n\nTime: 9:30 AM – 10:30 AM\nLocation: Saltline Yard, Quay Industrial Zone, "
        "Gate 4\n\nInterviewers:\nYulia Melnyk – Chief Officer\n\n"
        "Part of the interview takes place on deck, so please wear safety boots.\n\nInes Vaz"
    )
    got = _people(description, ("Yulia Melnyk", "yulia.melnyk@saltline.example"))
    assert got == [("Yulia Melnyk", "yulia.melnyk@saltline.example", "Chief Officer", False)]
