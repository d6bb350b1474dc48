""" "I'm hiring for the X role" is the recruiter's everyday phrase: from a writer who signs as
recruiting staff it does not make them the hiring manager (review of 862dd1d), and they stay
the recruiter the ask-the-recruiter note goes to. A manager who writes it still is one."""

from __future__ import annotations

from app.calendar.model import Interview
from tests.calendar.helpers import one_invite

D = "litware.example"


def _invite(signature_title: str) -> Interview:
    description = (
        "Hi Alex,\n\nI'm hiring for the Data Engineer role and would love to walk you through "
        f"it. Sam Lee will join us too.\n\nBest,\nDana Price\n{signature_title}\nLitware"
    )
    return one_invite(
        "Alex Morgan / Litware - Data Engineer",
        description,
        ("Dana Price", f"dana.price@{D}"),
        ("Dana Price", f"dana.price@{D}"),
        ("Sam Lee", f"sam.lee@{D}"),
    )


def test_a_recruiter_who_is_hiring_for_a_role_is_the_recruiter() -> None:
    found = _invite("Talent Acquisition Partner")
    assert not any(i.hiring_manager for i in found.interviewers if i.name == "Dana Price")
    assert found.recruiter is not None and found.recruiter.email == f"dana.price@{D}"


def test_a_manager_who_is_hiring_is_the_hiring_manager() -> None:
    found = _invite("Data Engineering Manager")
    (dana,) = [i for i in found.interviewers if i.name == "Dana Price"]
    assert dana.hiring_manager
