"""A guest whose address reads like a tool's notifier only after a dot is a person (review of
5267a9c): "norman.mailer@" and "pat.notify@" interview; "workday-noreply@" and
"ats.noreply@" are the tool."""

from __future__ import annotations

from tests.calendar.helpers import one_invite

DOMAIN = "acme-robotics.example"


def _emails(*guests: tuple[str | None, str]) -> list[str | None]:
    found = one_invite(
        "Interview: Alex Morgan - Controls Engineer",
        "Looking forward to it.",
        ("Rhea Patel", f"rhea.patel@{DOMAIN}"),
        *guests,
    )
    return [i.email for i in found.interviewers]


def test_a_surname_after_a_dot_is_a_person() -> None:
    emails = _emails(
        ("Norman Mailer", f"norman.mailer@{DOMAIN}"), ("Pat Notify", f"pat.notify@{DOMAIN}")
    )
    assert f"norman.mailer@{DOMAIN}" in emails
    assert f"pat.notify@{DOMAIN}" in emails


def test_a_tools_notifier_is_no_interviewer() -> None:
    emails = _emails(
        ("Norman Mailer", f"norman.mailer@{DOMAIN}"),
        ("Workday Notifications", f"workday-noreply@{DOMAIN}"),
        (None, f"ats.noreply@{DOMAIN}"),
    )
    assert f"workday-noreply@{DOMAIN}" not in emails
    assert f"ats.noreply@{DOMAIN}" not in emails
