"""A schedule line's title without what the line says next about the session (itune10b): a
lower-case tail or a kind of session after a dot, a dash or a bar is dropped; a team after a
dash stays; a title written in a CJK script and then in English is read in English."""

from __future__ import annotations

import pytest

from app.calendar.titles import without_session


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Vineyard Manager · block walk, bring boots", "Vineyard Manager"),
        ("Cellar Hand · barrel room", "Cellar Hand"),
        (
            "Principal Engineer, Payments Platform - System design",
            "Principal Engineer, Payments Platform",
        ),
        ("Staff Engineer | System design", "Staff Engineer"),
        ("Senior Compliance Analyst | Case exercise", "Senior Compliance Analyst"),
        ("TL, Sensors · firmware deep dive", "TL, Sensors"),
        (
            "Técnico de Mineração Sênior, Perfuração e Desmonte | conversa técnica",
            "Técnico de Mineração Sênior, Perfuração e Desmonte",
        ),
        ("采购总监 Sourcing Director", "Sourcing Director"),
    ],
)
def test_the_session_is_no_part_of_the_title(written: str, title: str) -> None:
    assert without_session(written) == title


@pytest.mark.parametrize(
    "written",
    [
        "Driver Management - Leeds",
        "Head of Buying - Fresh",
        "Sr. Manager - Data Engineering",
        "voorman oogst",
        "Director, Structural Engineering, Pacific Northwest",
        "首席调香师",
    ],
)
def test_a_team_or_a_plain_title_stays(written: str) -> None:
    assert without_session(written) == written
