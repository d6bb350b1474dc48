"""More ways invites say who the hire's manager is (app/calendar/schedule.py): Dutch "your
manager" without the adjective or with it uninflected ("(je leidinggevende)", "uw toekomstig
leidinggevende", "en straks je leidinggevende"); an adverb between the verb and the mark ("ist
zugleich Ihre künftige Vorgesetzte"); "…, who runs our billing team and is hiring a Payments
Engineer"; a surname particle in lower case before a parenthesis ("Lotte van Dijk (…)")."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import one_invite

_ORG = ("Marelle Vogt", "marelle.vogt@korvanta.example")
_HEAD = ("Lotte van Dijk", "lotte.vandijk@korvanta.example")
_PEER = ("Bram Oosterhuis", "bram.oosterhuis@korvanta.example")


def _marks(text: str) -> dict[str | None, bool]:
    interview = one_invite(
        "Interview: Alex Morgan / Data Engineer - Korvanta",
        f"Hi Alex,\n\n{text}\n\nBest,\nMarelle Vogt\nRecruiter, Korvanta",
        _ORG,
        _HEAD,
        _PEER,
    )
    return {p.name: p.hiring_manager for p in interview.interviewers}


@pytest.mark.parametrize(
    "text",
    [
        "Je spreekt met:\nLotte van Dijk, teamlead Data (je leidinggevende)\n"
        "Bram Oosterhuis, Data Engineer",
        "Je spreekt met:\nLotte van Dijk, teamlead Data (uw toekomstig leidinggevende)\n"
        "Bram Oosterhuis, Data Engineer",
        "Je spreekt met Lotte van Dijk (teamlead Data, en straks je leidinggevende) en Bram "
        "Oosterhuis (Data Engineer).",
        "Sie sprechen mit Lotte van Dijk und Bram Oosterhuis. Lotte ist zugleich Ihre "
        "künftige Vorgesetzte.",
        "You'll meet Lotte van Dijk, who runs our data team and is hiring a Data Engineer, and "
        "Bram Oosterhuis from the same team.",
    ],
)
def test_the_manager_said_in_more_words(text: str) -> None:
    assert _marks(text) == {"Lotte van Dijk": True, "Bram Oosterhuis": False}
