"""A position as the posting names it (issue 16): how the job is worked ("- Hybrid", "- Full
time", a shift written after those terms or after a comma), a place in brackets just before
those terms, hours as a range, a season, a word of framing around the job ("rol de …",
"… opening", "afternoon (…)") and a short form spelled out are left out; a ward's code and a
gender ending the posting writes are kept."""

from __future__ import annotations

import pytest

from app.calendar.company import _clean_position


@pytest.mark.parametrize(
    ("written", "job"),
    [
        ("Features Writer, Culture Desk (Bristol) - Hybrid", "Features Writer, Culture Desk"),
        ("Bar Supervisor, Lantern Rooms - Full time", "Bar Supervisor, Lantern Rooms"),
        ("Care Assistant - Dementia Unit - Nights - Part Time", "Care Assistant - Dementia Unit"),
        ("Kitchen Porter, late shift", "Kitchen Porter"),
        ("Loodgieter Service (24-32 uur)", "Loodgieter Service"),
        ("Ski Lift Operator (Seasonal, December-April)", "Ski Lift Operator"),
        ("rol de Analista de Riesgos", "Analista de Riesgos"),
        ("ruolo Tecnico di Laboratorio", "Tecnico di Laboratorio"),
        ("Payroll Analyst opening", "Payroll Analyst"),
        ("late morning (Cellar Supervisor)", "Cellar Supervisor"),
        ("QA (Quality Assurance)", "Quality Assurance"),
        ("Staff Nurse, Ward 4C Respiratory", "Staff Nurse, Ward 4C Respiratory"),
        ("Técnico/a de Mantenimiento", "Técnico/a de Mantenimiento"),
    ],
)
def test_the_job_without_how_it_is_worked_or_framed(written: str, job: str) -> None:
    assert _clean_position(written) == job


@pytest.mark.parametrize(
    "kept",
    ["Forklift Operator - 2nd Shift", "Backend Engineer (Go)", "Security Officer (Nights)"],
)
def test_a_shift_alone_after_a_dash_and_a_skill_in_brackets_stay(kept: str) -> None:
    assert _clean_position(kept) == kept
