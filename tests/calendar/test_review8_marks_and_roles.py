"""Review findings of the eighth session on the hiring-manager mark, recruiting titles abroad
and the recruiter's own words (review8 M14, M15, M19, M20, S3): each harmful shape beside a
guard that the rule's intended case still reads."""

from __future__ import annotations

from app.calendar.model import Interview
from tests.calendar.helpers import one_invite

_ORG = ("Ines Halvorsen", "ines.halvorsen@quillbay.example")
_A = ("Oskar Brandt", "oskar.brandt@quillbay.example")
_B = ("Mira Castell", "mira.castell@quillbay.example")


def _met(interview: Interview) -> dict[str | None, tuple[str | None, str, bool]]:
    return {p.name: (p.title, str(p.role), p.hiring_manager) for p in interview.interviewers}


def _panel(line: str) -> Interview:
    return one_invite(
        "Interview - Platform Engineer",
        f"Hi Alex,\n\nYour panel:\n{line}\n\nBest,\nInes Halvorsen\nRecruiter",
        _ORG,
        _A,
        _B,
    )


def test_a_mark_in_a_list_of_two_names_stays_on_the_first() -> None:
    for sep in (",", " -", " |"):
        met = _met(_panel(f"Oskar Brandt (HM){sep} Mira Castell"))
        assert met["Oskar Brandt"][2] is True, sep
        assert met["Mira Castell"][2] is False, sep
        assert met["Oskar Brandt"][0] != "Mira Castell", sep


def test_the_mark_before_a_title_still_moves_to_the_title() -> None:
    met = _met(_panel("Oskar Brandt (HM) - Director of Platform\nMira Castell, Platform Engineer"))
    assert met["Oskar Brandt"] == ("Director of Platform", "decision_maker", True)
    assert met["Mira Castell"][2] is False


def test_a_recruiter_who_is_hiring_a_job_is_not_the_hiring_manager() -> None:
    interview = one_invite(
        "Interview - Platform Engineer",
        "Hi Alex,\n\nInes Halvorsen, our recruiter, is hiring a Platform Engineer for the "
        "core team and will join for the first ten minutes. You'll then speak with Oskar "
        "Brandt, Staff Engineer.\n\nBest,\nInes",
        _ORG,
        _A,
    )
    assert interview.recruiter is not None
    assert interview.recruiter.email == _ORG[1]
    assert all(p.email != _ORG[1] for p in interview.interviewers)
    assert not any(p.hiring_manager for p in interview.interviewers)


def test_hiring_a_non_job_is_no_mark_but_hiring_a_job_title_is() -> None:
    side = one_invite(
        "Interview - Platform Engineer",
        "Hi Alex,\n\nYou'll meet Oskar Brandt, Staff Engineer, and Mira Castell. Oskar is "
        "hiring a mentee for the autumn too, so ask him about that.\n\nBest,\nInes",
        _ORG,
        _A,
        _B,
    )
    assert _met(side)["Oskar Brandt"][2] is False
    lead = one_invite(
        "Interview - Platform Engineer",
        "Hi Alex,\n\nYou'll meet Oskar Brandt, who leads our core team and is hiring a "
        "Platform Engineer.\n\nBest,\nInes",
        _ORG,
        _A,
    )
    assert _met(lead)["Oskar Brandt"][2] is True


_IT_HR = ("Carla Benedetti", "carla.benedetti@vetreria-lago.example")
_IT_LEAD = ("Paolo Ferri", "paolo.ferri@vetreria-lago.example")


def test_a_recruiter_who_will_call_herself_is_not_met() -> None:
    i = one_invite(
        "Colloquio - Tecnico di laboratorio",
        "Ciao Alex,\n\nIncontrerai Paolo Ferri, Responsabile Laboratorio. Per qualsiasi dubbio "
        "prima del colloquio ti chiamo io stessa giovedì.\n\nA presto,\nCarla Benedetti\n"
        "HR Recruiter",
        _IT_HR,
        _IT_LEAD,
    )
    assert [p.name for p in i.interviewers] == ["Paolo Ferri"]
    assert i.recruiter is not None and i.recruiter.email == _IT_HR[1]


def test_a_recruiter_who_lists_herself_among_those_met_is_met() -> None:
    i = one_invite(
        "Colloquio - Tecnico di laboratorio",
        "Ciao Alex,\n\nSaranno presenti Paolo Ferri (Responsabile Laboratorio) e la "
        "sottoscritta.\n\nA presto,\nCarla Benedetti\nHR Recruiter",
        _IT_HR,
        _IT_LEAD,
    )
    assert {p.name for p in i.interviewers} == {"Paolo Ferri", "Carla Benedetti"}


def test_recruiting_titles_in_dutch_and_spanish_are_recruiters() -> None:
    from app.calendar.titles import role_of
    from app.playbook.roles import Role

    for title in (
        "Medewerker Werving & Selectie",
        "Adviseur werving en selectie",
        "Coordinadora de Selección",
        "Coordinador de Entrevistas",
    ):
        assert role_of(title) is Role.RECRUITER, title
    assert role_of("Medewerker Magazijn") is Role.PEER
    assert role_of("Coordinadora de Calidad") is Role.PEER


def _detected(title: str, description: str) -> bool:
    org = ("Hanne Voss", "hanne.voss@kestrelworks.example")
    lead = ("Rolf Aas", "rolf.aas@kestrelworks.example")
    from app.calendar.interviews import extract_interviews
    from tests.calendar.helpers import ME, google_event

    page = google_event(
        title,
        description,
        org,
        lead,
        start="2027-04-06T09:00:00-04:00",
        end="2027-04-06T10:00:00-04:00",
    )
    found = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return any(i.is_interview for i in found)


def test_a_firm_named_for_a_trade_is_an_interview() -> None:
    desc = "Hi Alex, thanks for applying. You'll meet Rolf Aas, Contracts Manager, at our office."
    for title in (
        "Kestrel Contractors Interview - Site Engineer",
        "Bright Tutors interview: Maths Tutor",
        "Oakhill Realtors Interview - Office Administrator",
    ):
        assert _detected(title, desc), title
    # The user hiring for the household is still no interview of theirs.
    assert not _detected("Nannies interviews - round 2", "Three to meet this afternoon.")


def test_an_interview_with_an_exercise_is_still_an_interview() -> None:
    desc = "Hallo Alex, Sie sprechen mit Rolf Aas, Leiter Controlling."
    for title in (
        "Vorstellungsgespräch mit Übung - Controller",
        "Intervju med case-övning - Controller",
        "Entrevista técnica con simulación de caso - Analista",
    ):
        assert _detected(title, desc), title
