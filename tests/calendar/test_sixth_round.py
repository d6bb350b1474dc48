"""Sixth round (issue 16): mechanisms read from fresh-5's misses, each tested on an invite
written for this file (not a corpus case): company names that domains shorten, positions cut by
a sentence inside a bracket or followed by the employer in brackets, and a clause between "the"
and "role" that is no position."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from tests.calendar.helpers import google_event, only_event

ME = ["alex.morgan@gmail.com", "alex.morgan@initech.com"]


def _google(
    summary: str, description: str, organizer: tuple[str, str], *guests: tuple[str | None, str]
) -> dict[str, Any]:
    return google_event(
        summary,
        description,
        organizer,
        *guests,
        start="2027-04-06T10:00:00-04:00",
        end="2027-04-06T11:00:00-04:00",
        event_id="ev6",
    )


def test_a_domain_that_shortens_the_sector_word_keeps_the_written_name() -> None:
    iv = only_event(
        _google(
            "Interview - Formulation Scientist",
            "Hi Alex, thanks for your time. You'll speak with Odette Brun, Head of Formulation,"
            " about the Formulation Scientist position at Marigold Therapeutics.",
            ("Odette Brun", "odette.brun@marigoldtx.com"),
            ("Odette Brun", "odette.brun@marigoldtx.com"),
        )
    )
    assert iv.company == "Marigold Therapeutics"


def test_a_shop_on_an_rx_domain_is_the_pharmacy_it_names() -> None:
    iv = only_event(
        _google(
            "Phone interview: Lead Pharmacy Technician",
            "Kestrel Pharmacy\n\nInterviewer: Ruth Obi, Pharmacy Manager\nWe will call you.",
            ("Kestrel Pharmacy Jobs", "jobs@kestrelrx.com"),
            ("Ruth Obi", "ruth.obi@kestrelrx.com"),
        )
    )
    assert iv.company == "Kestrel Pharmacy"


def test_initials_of_a_compound_word_before_the_sector_word() -> None:
    from app.calendar.company import agrees_with_domain

    assert agrees_with_domain("Greenhaven Dental", "greenhaven-dental.com")
    assert agrees_with_domain("Stonebridge Dental", "sbdental.com")
    assert not agrees_with_domain("Brightwater Dental", "sbdental.com")
    assert not agrees_with_domain("Stonebridge Clinics", "sbdental.com")


def test_a_sentence_ending_inside_a_bracket_leaves_no_bracket_in_the_position() -> None:
    iv = only_event(
        _google(
            "Interview: Alex Morgan",
            "Confirming your interview for Payroll Specialist (Ref. 77-310) at Larkspur Foods."
            "\n\nWith: Mona Vidal - Payroll Manager",
            ("Mona Vidal", "mona.vidal@larkspurfoods.com"),
            ("Mona Vidal", "mona.vidal@larkspurfoods.com"),
        )
    )
    assert iv.position == "Payroll Specialist"


def test_the_employer_in_brackets_after_the_position_is_not_part_of_it() -> None:
    iv = only_event(
        _google(
            "Alex Morgan - Final round - Data Platform Engineer (Quillon)",
            "Interviewers: Sergei Pavlov (Staff Engineer), Ana Lima (Engineering Manager)",
            ("Sergei Pavlov", "sergei@quillon.io"),
            ("Sergei Pavlov", "sergei@quillon.io"),
            ("Ana Lima", "ana@quillon.io"),
        )
    )
    assert iv.company == "Quillon"
    assert iv.position == "Data Platform Engineer"


def test_a_clause_between_the_and_role_is_not_the_position() -> None:
    iv = only_event(
        _google(
            "Intro call - Product Analyst",
            "A short call with Tess from the Orbitly people team to review the role and what"
            " comes next.",
            ("Tess Albrecht", "tess@orbitly.com"),
            ("Tess Albrecht", "tess@orbitly.com"),
        )
    )
    assert iv.position == "Product Analyst"


def test_a_person_who_runs_a_branch_of_shops_is_a_decision_maker() -> None:
    iv = only_event(
        _google(
            "Interview: Sales Associate",
            "Interviewer: Colm Byrne, Store Manager\nPlease arrive ten minutes early.",
            ("Fernway Stores Careers", "careers@fernwaystores.com"),
            ("Colm Byrne", "colm.byrne@fernwaystores.com"),
        )
    )
    (colm,) = iv.interviewers
    assert (colm.title, str(colm.role)) == ("Store Manager", "decision_maker")


def test_on_behalf_of_a_subsidiary_beats_the_parents_domain_name() -> None:
    iv = only_event(
        _google(
            "Interview Confirmation - Fleet Coordinator",
            "Dear Alex,\n\nOn behalf of Ostrava Logistics, we confirm your interview for the Fleet"
            " Coordinator position.\n\nInterviewer: Petra Novak, Fleet Supervisor",
            ("Ostrava Group Recruiting", "recruiting@ostravagroup.com"),
            ("Petra Novak", "petra.novak@ostravagroup.com"),
        )
    )
    assert iv.company == "Ostrava Logistics"


def test_a_degree_after_the_signers_name_is_not_the_company() -> None:
    iv = only_event(
        _google(
            "Interview - Physiotherapist",
            "Hello Alex,\n\nI'd like to set up a 30 minute interview about the Physiotherapist"
            " position.\n\nBest,\n\nTomasz Wrona, PhD\nHead of Rehabilitation\nRiverbend Physio"
            "\n(617) 555-0100",
            ("Tomasz Wrona", "t.wrona@rbphysio.com"),
            ("Tomasz Wrona", "t.wrona@rbphysio.com"),
        )
    )
    assert iv.company == "Riverbend Physio"


def _verdict(data: Any) -> bool:
    (found,) = extract_interviews(
        data, format="google", me=ME, timezone="America/New_York", include_all=True
    )
    return bool(found.is_interview)


def test_held_interview_slots_in_the_plural_are_the_users_own_blocks() -> None:
    assert not _verdict(
        _google(
            "Interview blocks - please keep free",
            "Recruiting may drop candidate sessions here.",
            ("Alex Morgan", "alex.morgan@gmail.com"),
        )
    )


def test_a_stage_event_about_interviewing_is_not_an_interview() -> None:
    assert not _verdict(
        _google(
            "Fireside: how we interview data scientists",
            "Thanks for speaking! We start with a moderated discussion, then audience Q&A.",
            ("Jonas Feld", "jonas@datacircle.org"),
            ("Jonas Feld", "jonas@datacircle.org"),
        )
    )


def test_a_guest_spot_on_a_show_is_not_a_job_interview() -> None:
    assert not _verdict(
        _google(
            "Interview taping - Ship It Weekly ep. 48",
            "So glad you're coming on the show. We'll talk about your incident review practice.",
            ("Lena Park", "lena@shipitweekly.com"),
            ("Lena Park", "lena@shipitweekly.com"),
        )
    )


def test_a_booking_pages_event_name_says_the_meeting_is_casual() -> None:
    assert _verdict(
        _google(
            "Alex Morgan and Ines Duarte",
            "Event Name: Quick coffee (20 min)\n\nQuestions:\nWhat would you like to talk about?"
            "\nThe founding designer role - Ines messaged me.",
            ("Ines Duarte", "ines@lumenfold.io"),
            ("Ines Duarte", "ines@lumenfold.io"),
        )
    )


def test_a_founder_saying_you_would_be_a_great_first_hire_of_a_kind() -> None:
    assert _verdict(
        _google(
            "Lunch: Alex / Marek",
            "Would love to tell you what we're building - you'd be a great first Head of"
            " Operations for us.",
            ("Marek Ziel", "marek.ziel@gmail.com"),
            ("Marek Ziel", "marek.ziel@gmail.com"),
        )
    )


def test_an_introducer_says_the_other_party_is_looking_for_a_leader() -> None:
    assert _verdict(
        _google(
            "Intro: Alex Morgan <> Tove Lund (Skerry Labs)",
            "Alex, meet Tove, CEO of Skerry Labs. Tove is looking for a Head of Product and I"
            " think you two should talk.",
            ("Omar Haddad", "omar@brightwaterpartners.com"),
            ("Tove Lund", "tove@skerrylabs.com"),
        )
    )


def test_a_final_conversation_with_an_outsider_is_a_stage_of_a_process() -> None:
    assert _verdict(
        _google(
            "Final conversation - Alex Morgan - Head of Finance",
            "You'll meet our founder, Ilse Voss.",
            ("Jana Roth", "jana@fenwickgrove.com"),
            ("Jana Roth", "jana@fenwickgrove.com"),
            (None, "iv@fenwickgrove.com"),
        )
    )


def test_a_final_call_with_a_vendor_is_still_not_an_interview() -> None:
    assert not _verdict(
        _google(
            "Final call - contract renewal",
            "Agenda: pricing for next year.",
            ("Ned Sparks", "ned@cloudvendor.com"),
            ("Ned Sparks", "ned@cloudvendor.com"),
        )
    )


def test_a_clipped_first_name_on_the_invite_is_the_person_the_list_names() -> None:
    iv = only_event(
        _google(
            "Interview with Quarry Lane: Product Designer",
            "You'll meet with:\n- Ottilie Osei - Design Manager\n- Lior Ben-Ami - Designer",
            ("Quarry Lane Recruiting", "jobs@quarrylane.com"),
            ("Otti Osei", "otti@quarrylane.com"),
            ("Lior Ben-Ami", "lior@quarrylane.com"),
        )
    )
    titles = {i.email: (i.title, str(i.role)) for i in iv.interviewers}
    assert titles["otti@quarrylane.com"] == ("Design Manager", "decision_maker")


def test_a_clipped_first_name_needs_the_surname() -> None:
    from app.calendar.people import names_match

    assert names_match("Bart Ige", "Bartholomew Ige")
    assert not names_match("Bart", "Bartholomew Ige")
    assert not names_match("Bart Ige", "Bartholomew Okoro")
    assert not names_match("Al Ige", "Alberto Ige")


def test_a_lower_case_clause_after_a_dash_is_not_a_title() -> None:
    from app.calendar.names import parse_people

    (p,) = parse_people("Ingrid Solberg - bring a laptop and questions")
    assert (p.name, p.title) == ("Ingrid Solberg", None)
    (q,) = parse_people("Ingrid Solberg - senior data engineer")
    assert q.title == "senior data engineer"
