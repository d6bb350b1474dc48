"""A team's mailbox is the one to ask when no person is: the address the letter writes for
questions ("Skriv til job@…", "può scrivere a selezione@…", "Coordinated by … talent@…") under
a tool's no-reply invite, an "interviews@" mailbox that sends the invite itself, and not the
domain a recruiting tool sends from ("interviews@workablemail.com") (extract._ANSWERED,
_mailbox_in_letter, _answering_mailbox)."""

from __future__ import annotations

import pytest

from tests.calendar.helpers import contact, one_invite

_PANEL = ("Mikkel Thorsen", "mikkel.thorsen@havnelager.example")


@pytest.mark.parametrize(
    ("line", "box"),
    [
        ("Spørgsmål? Skriv til job@havnelager.example.", "job@havnelager.example"),
        ("Per qualsiasi necessità può scrivere a selezione@havnelager.example.",
         "selezione@havnelager.example"),
        ("Coordinated by Havnelager Talent · talent@havnelager.example",
         "talent@havnelager.example"),
    ],
)  # fmt: skip
def test_the_mailbox_the_letter_gives_under_a_no_reply_invite(line: str, box: str) -> None:
    body = f"Hi Alex,\n\nYour interview is confirmed.\n\n{line}"
    i = one_invite(
        "Interview - Warehouse Coordinator", body, (None, "no-reply@ashbyhq.com"), _PANEL
    )
    assert contact(i) == (None, box)


def test_an_interviews_mailbox_that_sends_the_invite() -> None:
    org = ("Havnelager Interviews", "interviews@havnelager.example")
    i = one_invite("Interview - Warehouse Coordinator", "Hi Alex, see you then.", org, _PANEL)
    assert contact(i) == (None, "interviews@havnelager.example")


def test_a_tools_sending_domain_is_nobody_to_ask() -> None:
    org = (None, "interviews@workablemail.com")
    body = "Kære Alex\n\nVi glæder os.\n\nSpørgsmål? Skriv til job@havnelager.example."
    i = one_invite("Jobsamtale: Lagerkoordinator", body, org, _PANEL)
    assert contact(i) == (None, "job@havnelager.example")


def test_two_team_mailboxes_are_no_answer() -> None:
    # Guard: the letter names two teams' mailboxes; it does not say which one answers.
    body = "Hi Alex,\n\nWrite to talent@havnelager.example or careers@havnelager.example."
    i = one_invite(
        "Interview - Warehouse Coordinator", body, (None, "no-reply@ashbyhq.com"), _PANEL
    )
    assert contact(i) is None
