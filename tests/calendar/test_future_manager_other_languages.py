"""The hiring-manager mark said as "your direct/future boss" in more of the languages invites
come in (names.FUTURE_MANAGER): the Spanish and Portuguese adjective after the noun ("tu jefa
directa", "seu gestor imediato"), Swedish/Danish/Norwegian ("din blivande chef", "din nærmeste
leder") and Dutch ("je toekomstige leidinggevende")."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import one_invite

_ORG = ("Marelle Vogt", "marelle.vogt@korvanta.example")
_HEAD = ("Teodora Lindqvist", "teodora.lindqvist@korvanta.example")
_PEER = ("Bram Oosterhuis", "bram.oosterhuis@korvanta.example")


def _marks(line: str) -> dict[str | None, bool]:
    interview = one_invite(
        "Interview: Alex Morgan / Data Engineer - Korvanta",
        f"Hi Alex,\n\nYou will meet:\n{line}\nBram Oosterhuis, Data Engineer\n\n"
        "Best,\nMarelle Vogt\nRecruiter, Korvanta",
        _ORG,
        _HEAD,
        _PEER,
    )
    return {p.name: p.hiring_manager for p in interview.interviewers}


@pytest.mark.parametrize(
    "line",
    [
        "Teodora Lindqvist, Head of Data (sería tu jefa directa)",
        "Teodora Lindqvist, Head of Data (seria a sua gestora imediata)",
        "Teodora Lindqvist, Head of Data (din blivande chef)",
        "Teodora Lindqvist, Head of Data - din nærmeste leder",
        "Teodora Lindqvist, Head of Data (je toekomstige leidinggevende)",
    ],
)
def test_your_boss_in_other_words_marks_the_hiring_manager(line: str) -> None:
    assert _marks(line) == {"Teodora Lindqvist": True, "Bram Oosterhuis": False}


def test_a_direct_line_that_is_no_boss_marks_nobody() -> None:
    # Guard: "su línea directa" (a phone line) and "din chef" without a word for future or
    # nearest are not the mark.
    assert _marks("Teodora Lindqvist, Head of Data (su línea directa: 555 0101)") == {
        "Teodora Lindqvist": False,
        "Bram Oosterhuis": False,
    }
