""" "I'm hiring an Embedded Software Engineer for my team" says what the writer does, not what
they are: no title "hiring an Embedded Software Engineer" (schedule._self_said). "I'm Head of
Data" is still a title."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import one_invite

_ORG = ("Perpetua Lindqvist", "perpetua@brackenfold.example")


def _writer_title(sentence: str) -> str | None:
    i = one_invite(
        "Interview: Alex Morgan / Data Engineer - Brackenfold",
        f"Hi Alex - Perpetua here. {sentence} Would love to chat for 30 min.\n\nPerpetua",
        _ORG,
        _ORG,
    )
    (p,) = i.interviewers
    return p.title


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm hiring an Embedded Software Engineer for my team.",
        "I'm looking for a Senior Data Engineer to join us.",
    ],
)
def test_what_the_writer_does_is_no_title(sentence: str) -> None:
    title = _writer_title(sentence)
    assert title is None or not title.lower().startswith(("hiring", "looking"))


def test_what_the_writer_is_stays_a_title() -> None:
    # Guard: "I'm Head of Data at Brackenfold" is her title.
    assert _writer_title("I'm Head of Data at Brackenfold.") == "Head of Data"
