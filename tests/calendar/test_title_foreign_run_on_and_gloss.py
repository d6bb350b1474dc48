"""Where a title written in another language ends (issue 16): "und", "en", "og" … run a title on
only into more title, and a pronoun or possessive after them starts a clause about the person
("Einkaufsleiter Süd und Ihr Ansprechpartner …"); a local title with its English gloss gives the
gloss, in a table's title cell and in the writer's own words even when the sentence's cut left
the bracket open ("I'm the Jefe de Bodega (Cellar Manager) and …")."""

from __future__ import annotations

from app.calendar.schedule import _title_words, row_people
from tests.calendar.helpers import one_invite, people


def test_a_foreign_and_before_a_pronoun_ends_the_title() -> None:
    assert _title_words("Einkaufsleiter Süd und Ihr Ansprechpartner vor Ort")[0] == (
        "Einkaufsleiter Süd"
    )
    assert _title_words("Teamleider Support en je nieuwe leidinggevende")[0] == (
        "Teamleider Support"
    )


def test_a_foreign_and_between_two_titles_keeps_both() -> None:
    assert _title_words("Directora Comercial y Jefa de Ventas")[0] == (
        "Directora Comercial y Jefa de Ventas"
    )


def test_a_table_title_cell_with_a_gloss_gives_the_gloss() -> None:
    found, _ = row_people("10:00 | Henrik Aune | Avdelingsleder Drift / Operations Manager")
    assert [(p.name, p.title) for p in found] == [("Henrik Aune", "Operations Manager")]


def test_the_writers_own_title_with_an_open_gloss_gives_the_gloss() -> None:
    interview = one_invite(
        "Entrevista Alex Morgan – Bodeguero",
        "Hola Alex!\n\nI'm the Jefa de Bodega (Cellar Manager) and the role sits in my team.\n\n"
        "Saludos,\nValentina Errázuriz",
        ("Valentina Errázuriz", "verrazuriz@vinacumbre.cl"),
        ("Valentina Errázuriz", "verrazuriz@vinacumbre.cl"),
    )
    titles = {p[0]: p[2] for p in people(interview)}
    assert titles["Valentina Errázuriz"] == "Cellar Manager"
