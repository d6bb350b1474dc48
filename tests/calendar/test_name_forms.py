"""Names as invites write them: a surname in capitals first, letters an address cannot hold,
short forms of given names, and surnames clipped in the address."""

from __future__ import annotations

from app.calendar.names import as_people_write, keeps_caps_order, parse_people
from app.calendar.people import caps_surname_last, fold, name_matches_email, names_match


def test_a_capitalised_surname_written_first_goes_last() -> None:
    assert caps_surname_last("OKONJO Adaeze") == "Adaeze Okonjo"
    assert caps_surname_last("LIM Hui Min") == "Hui Min Lim"
    assert caps_surname_last("DE-WITT Saskia") == "Saskia De-Witt"
    # Two capitals are initials, and a name with its surname last stays.
    assert caps_surname_last("JP Moreau") is None
    assert caps_surname_last("Saskia DE-WITT") is None
    assert caps_surname_last("Hui Min Lim") is None


def test_a_capitalised_surname_first_matches_the_address_and_the_name() -> None:
    assert name_matches_email("LIM Hui Min", "huimin.lim@example.sg")
    assert name_matches_email("OKONJO Adaeze", "adaeze.okonjo@example.ng")
    assert names_match("LIM Hui Min", "Hui Min Lim")
    assert not names_match("LIM Hui Min", "Hui Min Koh")


def test_the_note_greets_given_name_first_unless_the_invite_always_writes_it_so() -> None:
    assert as_people_write("OKONJO Adaeze", "adaeze.okonjo@example.ng") == "Adaeze Okonjo"
    assert as_people_write("OKONJO Adaeze", None) == "Adaeze Okonjo"
    # Her display name and her signature both write it surname first, never the other way.
    written = "OKONJO Adaeze\nThanks, OKONJO Adaeze"
    assert keeps_caps_order("OKONJO Adaeze", written)
    assert as_people_write("OKONJO Adaeze", "adaeze.okonjo@example.ng", True) == "OKONJO Adaeze"
    assert not keeps_caps_order("OKONJO Adaeze", written + "\nAdaeze Okonjo, Head of Ops")
    assert not keeps_caps_order("OKONJO Adaeze", "Panel: OKONJO Adaeze")


def test_letters_that_do_not_decompose_fold_as_addresses_write_them() -> None:
    assert fold("Işıl Kılıç") == fold("Isil Kilic")
    assert fold("Łucja Michałowska") == "lucja michalowska"
    assert name_matches_email("Işıl Kılıç", "isil.kilic@example.com.tr")
    assert name_matches_email("Bjørn Åsheim", "bjorn.aasheim@example.no")


def test_short_forms_and_clipped_surnames_in_addresses() -> None:
    assert name_matches_email("Augustin Ferrer", "gus.ferrer@example.com")
    assert name_matches_email("Ignacio Robles", "nacho.robles@example.es")
    assert name_matches_email("Robert Feldmann", "rob.feld@example.com")
    # The initial of the name the short form stands for, before a hyphenated surname.
    assert name_matches_email("Toni Okafor-Lind", "aokaforlind@example.org")
    # A clipped surname needs the given name beside it.
    assert not name_matches_email("Robert Feldmann", "feld@example.com")
    assert not name_matches_email("Susan Feldmann", "rob.feld@example.com")


def test_an_austrian_engineers_style_is_no_part_of_the_name() -> None:
    assert [p.name for p in parse_people("DI Katharina Pölzl (Projektleiterin)")] == [
        "Katharina Pölzl"
    ]
    # "Di" written as a name stays.
    assert [p.name for p in parse_people("Di Stefano Marco (Buyer)")] == ["Di Stefano Marco"]
