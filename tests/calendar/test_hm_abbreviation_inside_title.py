"""The "HM" abbreviation written inside the title's parenthesis in a schedule row
("Lindqvist, Teodora (Head of Data, HM)"): the mark, not part of the job title
(extract._interviewer splits it off whichever reader kept it)."""

from __future__ import annotations

from tests.calendar.helpers import one_invite


def test_hm_after_the_title_in_a_row_is_the_mark() -> None:
    i = one_invite(
        "Interview schedule - Data Engineer",
        "<p>Hi Alex,</p><p>Here is your schedule:</p><table><tr><th>Time</th><th>Interviewer</th>"
        "<th>Focus</th></tr><tr><td>1:00 PM</td><td>Lindqvist, Teodora (Head of Data, HM)</td>"
        "<td>Experience</td></tr><tr><td>1:45 PM</td><td>Oosterhuis, Bram (Data Engineer)</td>"
        "<td>SQL</td></tr></table>",
        ("Korvanta Recruiting", "recruiting@korvanta.example"),
        ("Lindqvist, Teodora", "teo.lq@korvanta.example"),
        ("Bram Oosterhuis", "bram.oosterhuis@korvanta.example"),
    )
    by_mail = {p.email: (p.title, p.hiring_manager) for p in i.interviewers}
    assert by_mail["teo.lq@korvanta.example"] == ("Head of Data", True)
    assert by_mail["bram.oosterhuis@korvanta.example"] == ("Data Engineer", False)
