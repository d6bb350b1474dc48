"""People a letter names in a running sentence, each with a title beside them in lower case,
in English and the other languages invites come in. The guests have addresses only: the
sentence gives their names and titles; nobody the sentence names is added."""

from __future__ import annotations

from app.calendar.prose_people import absent_names, prose_people
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


def test_guest_said_to_be_away_is_not_met() -> None:
    rows = _rows(
        "Hi Alex,\n\nSmall change for Monday: Magnus Ekholm is off sick, so Ines Carvalho will "
        "run the design session instead. Magnus may still show on the invite.\n\n"
        "Ines Carvalho - Staff Engineer\n",
        ("", "magnus.ekholm@tidewater.io"),
        ("", "ines.carvalho@tidewater.io"),
    )
    assert set(rows) == {"ines.carvalho@tidewater.io"}


def test_cc_that_will_not_join_and_a_first_name_that_cannot_make_it() -> None:
    rows = _rows(
        "Hey Alex,\n\nBad news first: Lotte can no longer make it, so it'll just be Ruben Dahl "
        "and me.\n\nI've copied Wren Hollis (people team) so she can sort expenses; she won't be "
        "on the call.\n",
        ("", "lotte@quayside.io"),
        ("", "ruben.dahl@quayside.io"),
        ("", "wren.hollis@quayside.io"),
    )
    # The writer ("and me") is met as well; the two away are not.
    assert "ruben.dahl@quayside.io" in rows
    assert "lotte@quayside.io" not in rows and "wren.hollis@quayside.io" not in rows


def test_away_words_that_name_no_absence() -> None:
    # Looking forward, a day missed, or someone listed in the schedule all the same: kept.
    assert absent_names("Sam can't wait to meet you. Jo can't make Tuesday, so we moved it.") == ()
    rows = _rows(
        "Tomas Berg was out sick last week, sorry for the delay!\n\n"
        "10:00 - 10:45  Tomas Berg - Engineering Manager\n",
        ("", "tomas.berg@quayside.io"),
    )
    assert set(rows) == {"tomas.berg@quayside.io"}
