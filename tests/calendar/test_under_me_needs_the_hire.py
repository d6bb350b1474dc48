""" "Under me" makes the writer the hiring manager only when the hire is the one under them
("you'd be running the grill under me"), not a booking ("the room is booked under me"; review
of 19a9f81)."""

from __future__ import annotations

from app.calendar.model import Interview
from tests.calendar.helpers import one_invite

D = "harbourgrill.example"


def _invite(line: str) -> Interview:
    return one_invite(
        "Interview: Alex Morgan - Line Cook",
        f"Hi Alex,\n\n{line} Sam Lee will join us.\n\nDana Price",
        ("Dana Price", f"dana.price@{D}"),
        ("Dana Price", f"dana.price@{D}"),
        ("Sam Lee", f"sam.lee@{D}"),
    )


def _dana_is_hm(found: Interview) -> bool:
    return any(i.hiring_manager for i in found.interviewers if i.name == "Dana Price")


def test_a_booking_under_the_writer_does_not_make_them_the_hiring_manager() -> None:
    assert not _dana_is_hm(_invite("The room is booked under me, see you at the pass."))


def test_the_hire_working_under_the_writer_does() -> None:
    assert _dana_is_hm(_invite("You'd be running the grill under me."))
