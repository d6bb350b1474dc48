"""People a letter names in a running sentence, each with a title beside them in lower case,
in English and the other languages invites come in. The guests have addresses only: the
sentence gives their names and titles; nobody the sentence names is added."""

from __future__ import annotations

from app.calendar.prose_people import prose_people
from tests.calendar.invite_builders import _interviewers_in


def _rows(description: str, *guests: tuple[str, str]) -> dict[str | None, tuple[object, ...]]:
    found = _interviewers_in(description, *guests)
    return {i.email: (i.name, i.title, i.hiring_manager) for i in found}


def test_french_sentence_with_ainsi_que() -> None:
    rows = _rows(
        "Bonjour Alex,\n\nVous rencontrerez Claire Dubois-Martin, responsable produit et "
        "gestionnaire d'embauche, ainsi que Hugo Lefort, développeur senior.\n\nÀ bientôt,\n"
        "Inès Garnier\n",
        ("", "cduboismartin@lumenvert.fr"),
        ("", "hlefort@lumenvert.fr"),
    )
    assert rows["cduboismartin@lumenvert.fr"] == (
        "Claire Dubois-Martin",
        "responsable produit",
        True,
    )
    assert rows["hlefort@lumenvert.fr"][:2] == ("Hugo Lefort", "développeur senior")


def test_title_before_a_styled_name_in_a_long_sentence() -> None:
    rows = _rows(
        "Dear Alex,\n\nThank you for applying to the Staff Nurse - Renal (Req 77-310, Full Time) "
        "opening at our hospital. You are booked for a one-hour conversation in person with our "
        "head of nursing, Dr. Amara Okoye, who is the hiring manager for this vacancy, and with "
        "Tom Reilly-Hughes, a charge nurse on the renal ward.\n\nRegards,\nTalent team\n",
        ("", "aokoye@harbourview-health.org"),
        ("", "treillyhughes@harbourview-health.org"),
    )
    assert rows["aokoye@harbourview-health.org"] == ("Amara Okoye", "head of nursing", True)
    assert rows["treillyhughes@harbourview-health.org"][:2] == ("Tom Reilly-Hughes", "charge nurse")


def test_one_of_our_plural_title() -> None:
    found = prose_people(
        "Priya Raman, our finance director, would like to meet you along with Owen Tait, one of "
        "our senior data engineers."
    )
    assert [(p.name, p.title) for p in found] == [
        ("Priya Raman", "finance director"),
        ("Owen Tait", "senior data engineer"),
    ]


def test_polish_and_spanish_joiners() -> None:
    found = prose_people(
        "Rozmowę poprowadzą: Joanna Kowalczyk, starsza programistka, oraz Piotr Nowicki, "
        "kierownik zespołu."
    )
    assert [p.name for p in found] == ["Joanna Kowalczyk", "Piotr Nowicki"]
    found = prose_people("Te recibirán Marta Gil, jefa de ventas y tu futura jefa, y Luis Soto.")
    assert [(p.name, p.title, p.hiring_manager) for p in found] == [
        ("Marta Gil", "jefa de ventas", True)
    ]


def test_capitalised_titles_and_clauses_are_left_to_the_other_readers() -> None:
    # A capitalised title may go on after the next comma ("…, Mobile"): not read here.
    assert prose_people("You'll meet Dana Lee, Engineering Manager, Mobile.") == []
    # A relative clause is no title.
    assert prose_people("Du møter Kari Holm, som er seniordesigner, og meg.") == []
    # The clause before the last article is not the title.
    assert prose_people("The role reports into the CFO, Jane Whitlock, who will call.") == []
    # Recruiting staff are left to the recruiter readers.
    assert prose_people("Sanne Bos, recruiter, opens the call; Joost Ram joins later.") == []
    # "one of the analysts": a kind of job, not a title.
    assert prose_people("You'll also meet Fenna Jorritsma, one of the analysts on the team.") == []
