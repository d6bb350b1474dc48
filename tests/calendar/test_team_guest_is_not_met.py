"""A team's mailbox copied in as a guest ("Havnelager Karriere" <karriere@…>, "Workday
Notifications" <myworkday@…>) is no one met: it is dropped from the interviewers when people
are left, and is the one to ask when nobody else is (extract._team_guest)."""

from __future__ import annotations

from tests.calendar.helpers import contact, one_invite

_ORG = ("Mehmet Aksoy", "mehmet.aksoy@havnelager.example")
_PEER = ("Signe Kjeldsen", "signe.kjeldsen@havnelager.example")


def test_a_team_mailbox_among_the_guests_is_not_met() -> None:
    box = ("Havnelager Karriere", "karriere@havnelager.example")
    i = one_invite("Interview - Lagerkoordinator", "Hi Alex, see you then.", _ORG, _PEER, box)
    assert box[1] not in {p.email for p in i.interviewers}
    assert _PEER[1] in {p.email for p in i.interviewers}


def test_a_notifications_mailbox_is_the_one_to_ask_when_nobody_else_is() -> None:
    box = ("Workday Notifications", "myworkday@havnelager.example")
    org = (None, "no-reply@ashbyhq.com")
    i = one_invite("Interview - Lagerkoordinator", "Hi Alex, see you then.", org, _PEER, box)
    assert [p.email for p in i.interviewers] == [_PEER[1]]
    assert contact(i) == (None, box[1])


def test_a_person_whose_name_holds_a_team_word_is_met() -> None:
    # Guard: the address spells the name.
    guest = ("Harper Hiring", "harper.hiring@havnelager.example")
    i = one_invite("Interview - Lagerkoordinator", "Hi Alex, see you then.", _ORG, _PEER, guest)
    assert guest[1] in {p.email for p in i.interviewers}
