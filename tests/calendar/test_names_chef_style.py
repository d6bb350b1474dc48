"""Names (issue 16, eighth session): "Chef" before a capitalised name is a style, as "Dr." is
("Chef Rosa Lind, our Head Chef" is Rosa Lind); "Chef de Partie" after a name is her job."""

from __future__ import annotations

from app.calendar.names import parse_people


def test_the_chef_style_is_no_part_of_the_name() -> None:
    (person,) = parse_people("Chef Rosa Lind (Head Chef)")
    assert person.name == "Rosa Lind"
    assert person.title == "Head Chef"


def test_a_chef_job_stays_a_job() -> None:
    (person,) = parse_people("Ayo Bello (Chef de Partie, Pastry)")
    assert person.name == "Ayo Bello"
    assert person.title == "Chef de Partie, Pastry"
