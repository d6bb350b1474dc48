""" "Has the final say" marks the hiring manager when it is said of the hire, not of something
else ("the final say on scheduling"; review of 862dd1d)."""

from __future__ import annotations

from tests.calendar.helpers import one_invite

D = "tidewater.example"


def _marta_is_hm(line: str) -> bool:
    found = one_invite(
        "Interview: Alex Morgan - Harbour Pilot",
        f"Hi Alex,\n\nYou'll meet Marta Silva and Sam Lee. {line}\n\nDana Price, Recruiter",
        ("Dana Price", f"dana.price@{D}"),
        ("Marta Silva", f"marta.silva@{D}"),
        ("Sam Lee", f"sam.lee@{D}"),
    )
    return any(i.hiring_manager for i in found.interviewers if i.name == "Marta Silva")


def test_the_final_say_on_something_else_is_no_hiring_mark() -> None:
    assert not _marta_is_hm("Marta Silva has the final say on scheduling.")


def test_the_final_say_on_the_hire_is() -> None:
    assert _marta_is_hm("Marta Silva has the final say on this hire.")
    assert _marta_is_hm("Marta Silva has the final say.")
