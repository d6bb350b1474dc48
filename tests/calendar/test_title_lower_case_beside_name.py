"""A title in lower case beside a name (issue 16), as letters in French, Spanish, Italian,
Dutch and the Nordic languages write it: "Nerea Olmos, jefa de producción", "Pieter Smit,
teamleider Logistiek". It stops before a place or a team said with an article ("responsable
achats du groupe", "capo reparto della sede"); words that say how rather than what ("future
manager", "fellow partner") and recruiting staff (read by the recruiter's own readers) give no
title here."""

from __future__ import annotations

import pytest

from app.calendar.schedule import title_beside


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("con Nerea Olmos, jefa de producción, y yo.", "Nerea Olmos", "jefa de producción"),
        ("met Pieter Smit, teamleider Logistiek, en mij.", "Pieter Smit", "teamleider Logistiek"),
        ("avec Hugo Marchal, responsable achats du groupe.", "Hugo Marchal", "responsable achats"),
        ("con Sara Bini, capo reparto della sede di Prato.", "Sara Bini", "capo reparto"),
        ("med Frida Lund, avdelingsleder lager, og meg.", "Frida Lund", "avdelingsleder lager"),
    ],
)
def test_a_lower_case_title_beside_the_name(text: str, name: str, title: str) -> None:
    assert title_beside(text, name)[0] == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("with Bertrand Achter, future manager if all goes well.", "Bertrand Achter"),
        ("with Desmond Fell, fellow partner at the firm.", "Desmond Fell"),
        ("met Sanne de Graaf, recruiter, die het gesprek opent.", "Sanne de Graaf"),
    ],
)
def test_no_title_from_how_they_are_or_from_recruiting_staff(text: str, name: str) -> None:
    assert title_beside(text, name)[0] is None
