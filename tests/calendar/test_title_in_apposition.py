"""A capitalised title in apposition in prose, the sentence going on in lower case or ending
(schedule._ASIDE_APPOSITION): "time with Ingrid Solberg, our Director of Logistics, to walk
through …", "con la Sig.ra Chiara Fontana, Responsabile Acquisti, e con …". It adds a title to
someone invited; a title that runs on into prose ("Tech Lead on Search") or a signature's
"Title, Company" line names nobody."""

from __future__ import annotations

from app.calendar.schedule import parse_schedule
from tests.calendar.helpers import one_invite

_ORG = ("Oskar Brandt", "oskar.brandt@fjordline.example")
_GUEST = ("Ingrid Solberg", "ingrid.solberg@fjordline.example")


def _named(text: str) -> list[tuple[str | None, str | None]]:
    s = parse_schedule(text, start=None, end=None, zones=[])
    return [(m.person.name, m.person.title) for m in s.mentions]


def test_the_title_between_commas_goes_to_the_guest() -> None:
    i = one_invite(
        "Interview - Freight Planner",
        "Hi Alex,\n\nI've set up time with Ingrid Solberg, our Director of Logistics, to walk "
        "through the planning team and the role.\n\nBest,\nOskar Brandt\nTalent Partner",
        _ORG,
        _GUEST,
    )
    assert [(p.name, p.title, str(p.role)) for p in i.interviewers] == [
        ("Ingrid Solberg", "Director of Logistics", "decision_maker")
    ]


def test_a_title_ending_the_sentence_and_an_honorific() -> None:
    assert _named("Parlerà con la Sig.ra Chiara Fontana, Responsabile Acquisti, e con me.") == [
        ("Chiara Fontana", "Responsabile Acquisti")
    ]
    assert _named("You will speak with Ingrid Solberg, Director of Logistics.") == [
        ("Ingrid Solberg", "Director of Logistics")
    ]


def test_prose_after_the_title_and_signature_lines_name_nobody() -> None:
    assert _named("Time with Ingrid Solberg, Tech Lead on Search, to walk you through it.") == []
    assert _named("Cheers,\nOskar Brandt\nSourcing Lead, Fjordline Freight") == []
