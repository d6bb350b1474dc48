"""Companies and positions (issue 16): invites written for each mechanism, each failing before it.
The company as the invite writes it in full where the name stands alone (a signature line, the end
of a sentence, a subject's segment, before a legal form), as a brand whose domain puts a word before
it, as the place names it, with letters that have no ASCII form; the user's own employer for an
internal move; a legal form or a sentence run on after the name is no part of it."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.company import _clean_position
from tests.calendar.invite_builders import _interview


@pytest.mark.parametrize("form", ["GmbH & Co. KG", "PJSC", "Pte Ltd", "AS"])
def test_a_legal_form_is_no_part_of_the_name(form: str) -> None:
    found = _interview(
        "Interview – Process Engineer",
        f"You'll meet Lena Brandt, Head of Process Engineering.\n\nBrandt Fertigung {form}",
        ("Lena Brandt", "lena.brandt@brandtfertigung.example"),
        ("Lena Brandt", "lena.brandt@brandtfertigung.example"),
    )
    assert found.company == "Brandt Fertigung"


# Each case: the invite (title, description, organizer, *guests), _interview's options, and the
# company it names.
COMPANY_AS_WRITTEN = [
    pytest.param(
        (
            "Phone screen — Corvana — Alex Morgan",
            "Hi Alex, looking forward to talking about the Analytics Engineer opening.\n\n"
            "Ines Kowalczyk\nTalent Partner\nCorvana Tide Labs\ncorvana.io",
            ("Ines Kowalczyk", "ines@corvana.io"),
            ("Ines Kowalczyk", "ines@corvana.io"),
        ),
        {},
        "Corvana Tide Labs",
        id="a_short_name_is_written_in_full_where_it_stands_alone-1",
    ),
    # The end of a sentence, where the subject writes the short form.
    pytest.param(
        (
            "Interview: Alex Morgan / Data Engineer / Tessellate",
            "Welcome to Tessellate Maps! You'll meet Kofi Mensah, Data Engineering Manager.",
            ("Tessellate Interviews", "interviews@tessellate.io"),
            ("Kofi Mensah", "kofi@tessellate.io"),
        ),
        {},
        "Tessellate Maps",
        id="a_short_name_is_written_in_full_where_it_stands_alone-2",
    ),
    # Words that say who writes or where are not the name's.
    pytest.param(
        (
            "Interview: Alex Morgan / Data Engineer / Tessellate",
            "You'll meet Kofi Mensah, Data Engineering Manager.\n\nTessellate Recruiting\n"
            "Tessellate HQ – Room 4",
            ("Tessellate Interviews", "interviews@tessellate.io"),
            ("Kofi Mensah", "kofi@tessellate.io"),
        ),
        {},
        "Tessellate",
        id="a_short_name_is_written_in_full_where_it_stands_alone-3",
    ),
    pytest.param(
        (
            "Interview confirmed: Picker (Days) at Brightfold Logistics",
            "Your interview with Dana Okafor, Shift Manager, is confirmed.",
            ("Brightfold Hiring Assistant", "no-reply@paradox.ai"),
            ("Dana Okafor", "dana.okafor@brightfoldlx.com"),
        ),
        {},
        "Brightfold Logistics",
        id="the_domain_spells_the_name_then_starts_its_next_word",
    ),
    pytest.param(
        (
            "Glimmerforge Games — Level Designer — Interview",
            "Who you'll meet: Sana Mirza, Lead Level Designer.\n\n— Glimmerforge Games Recruiting",
            ("Glimmerforge Recruiting", "hiring@playglimmerforge.com"),
            ("Sana Mirza", "sana@playglimmerforge.com"),
        ),
        {},
        "Glimmerforge Games",
        id="a_brand_whose_domain_puts_a_word_before_it",
    ),
    pytest.param(
        (
            "Alex Morgan — Onsite — Illustrator",
            "Hi Alex! You'll meet Bram Visser - Art Director.",
            ("Bram Visser", "bram@copperkettle.studio"),
            ("Bram Visser", "bram@copperkettle.studio"),
        ),
        {"location": "Copper Kettle Studio, 2nd floor, 14 Mill Lane"},
        "Copper Kettle Studio",
        id="the_place_names_the_employer_the_letter_does_not-1",
    ),
    # A site after the name is not the name.
    pytest.param(
        (
            "Interview - Warehouse Lead",
            "You'll meet Tomas Ruiz, Operations Manager.",
            ("Tomas Ruiz", "tomas.ruiz@ambergrove.example"),
            ("Tomas Ruiz", "tomas.ruiz@ambergrove.example"),
        ),
        {"location": "Ambergrove DC-7, Dock 3, 80 Rail Rd"},
        "Ambergrove",
        id="the_place_names_the_employer_the_letter_does_not-2",
    ),
    pytest.param(
        (
            "Rozmowa / Interview – Route Planner",
            "Dzień dobry Alex,\n\nzapraszam na rozmowę: Route Planner w Łąka Transport.\n\n"
            "Uczestnicy:\nJan Nowak – Kierownik / Head of Planning\n\nPozdrawiam,\nOla",
            ("Aleksandra Wiśniewska", "a.wisniewska@lakatransport.pl"),
            ("Jan Nowak", "jan.nowak@lakatransport.pl"),
        ),
        {},
        "Łąka Transport",
        id="letters_without_an_ascii_form_still_spell_the_domain",
    ),
    pytest.param(
        (
            "Internal interview – Pricing Strategy Lead",
            "Hi Alex, thanks for applying internally. The role would sit in my team.\n\n"
            "Ruth Calloway\nDirector, Pricing Strategy | Initech",
            ("Ruth Calloway", "ruth.calloway@initech.com"),
            ("Ruth Calloway", "ruth.calloway@initech.com"),
        ),
        {"me": "alex.morgan@initech.com"},
        "Initech",
        id="an_internal_move_is_at_the_users_own_employer",
    ),
    pytest.param(
        (
            "30 Minute Meeting between Ewa Lind and Alex Morgan",
            "Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for "
            "our meeting.: My application for Kitchen Lead.\n\nEwa Lind - Owner, Birchsmoke "
            "Kitchen Collective. The kitchen lead reports directly to me.",
            ("Ewa Lind", "ewa@birchsmoke.example"),
            ("Ewa Lind", "ewa@birchsmoke.example"),
        ),
        {},
        "Birchsmoke Kitchen Collective",
        id="a_signature_that_runs_on_into_a_sentence",
    ),
    pytest.param(
        (
            "coffee? ☕",
            "so glad we met at the demo night. we're hiring our first designer at Brindlecove and "
            "i'd love to tell you more over coffee at Ritual.\n- oren\nco-founder, brindlecove",
            ("Oren Galil", "oren.galil@gmail.com"),
            ("Oren Galil", "oren.galil@gmail.com"),
        ),
        {},
        "Brindlecove",
        id="a_founder_on_a_personal_address_names_the_firm_twice-1",
    ),
    # Named once (a café, a former employer), a name after "at" is not the firm.
    pytest.param(
        (
            "coffee? ☕",
            "so glad we met at the demo night. we're hiring our first designer and i'd love to "
            "tell you more over coffee at Ritual.\n- oren, co-founder",
            ("Oren Galil", "oren.galil@gmail.com"),
            ("Oren Galil", "oren.galil@gmail.com"),
        ),
        {},
        None,
        id="a_founder_on_a_personal_address_names_the_firm_twice-2",
    ),
    pytest.param(
        (
            "Interview - Store Associate",
            "Company: Tallowmere Grocers (a Northfield Retail company)\nYou'll meet Jo Brandt, "
            "Store Manager.",
            ("Tallowmere Hiring", "no-reply@paradox.ai"),
            ("Jo Brandt", "jo.brandt@tallowmere.example"),
        ),
        {},
        "Tallowmere Grocers",
        id="an_aside_or_a_store_number_after_the_company_is_no_part_of_it-1",
    ),
    pytest.param(
        (
            "Interview - Store Associate",
            "Company: Tallowmere Grocers #118\nYou'll meet Jo Brandt, Store Manager.",
            ("Tallowmere Hiring", "no-reply@paradox.ai"),
            ("Jo Brandt", "jo.brandt@tallowmere.example"),
        ),
        {},
        "Tallowmere Grocers",
        id="an_aside_or_a_store_number_after_the_company_is_no_part_of_it-2",
    ),
    pytest.param(
        (
            "Alex Morgan / Quillon – Head of Treasury – 1st interview",
            "Hi Alex,\nConfirming your first meeting with my client Quillon Asset Management. "
            "You'll meet Farah Idris, their CFO. I won't attend.\nMaeve Doyle\nSenior Consultant | "
            "Harcastle Search",
            ("Maeve Doyle", "maeve.doyle@harcastlesearch.example"),
            ("Maeve Doyle", "maeve.doyle@harcastlesearch.example"),
        ),
        {},
        "Quillon Asset Management",
        id="an_agency_names_its_client_or_keeps_it_back-1",
    ),
    pytest.param(
        (
            "Third interview - Field Engineer - Alex Morgan",
            "Dear Alex,\nStaffwell recruits on behalf of Tarrow Rail. Your interview is with Lise "
            "Berg, Field Operations Manager.\nRegards,\nOwen Pike\nRecruiter, Staffwell",
            ("Owen Pike", "owen.pike@staffwell-rpo.example"),
            ("Lise Berg", "lise.berg@tarrowrail.example"),
            ("Owen Pike", "owen.pike@staffwell-rpo.example"),
        ),
        {},
        "Tarrow Rail",
        id="an_agency_names_its_client_or_keeps_it_back-2",
    ),
    pytest.param(
        (
            "Phone screen - Payroll Specialist - Alex",
            "Hi Alex, a short call before I put you forward to my client (a regional hospital "
            "group, name shared on the call) for the Payroll Specialist role.\nOwen Pike, "
            "Recruiter, Staffwell",
            ("Owen Pike", "owen.pike@staffwell.example"),
            ("Owen Pike", "owen.pike@staffwell.example"),
        ),
        {},
        None,
        id="an_agency_names_its_client_or_keeps_it_back-3",
    ),
]


@pytest.mark.parametrize(("invite", "options", "company"), COMPANY_AS_WRITTEN)
def test_the_company_as_the_invite_writes_it(
    invite: tuple[Any, ...], options: dict[str, Any], company: str | None
) -> None:
    assert _interview(*invite, **options).company == company


def _position(title: str, description: str = "You'll meet Noor Haddad, Finance Manager.") -> str:
    found = _interview(
        title,
        description,
        ("Noor Haddad", "noor.haddad@fernway.example"),
        ("Noor Haddad", "noor.haddad@fernway.example"),
    )
    return found.position or ""


def test_ids_grades_and_hours_in_brackets_are_no_part_of_the_position() -> None:
    for noise in (
        "(Ref HR/PAY/09)",
        "[Job 7731-C]",
        "(Competition No. 14-FIN-0098)",
        "(Grade 7)",
        "(Band 5)",
        "(ST2+ level)",
        "(24 uur)",
    ):
        assert _position(f"Interview – Payroll Officer {noise}") == "Payroll Officer", noise
    # A grade written in the job's name, and a team in brackets, stay.
    assert _position("Interview – Registered Midwife Gr 3") == "Registered Midwife Gr 3"
    assert _position("Interview – Payroll Officer (Contractors)") == (
        "Payroll Officer (Contractors)"
    )


def test_a_guests_name_beside_the_position_is_no_part_of_it() -> None:
    found = _interview(
        "Internal interview – Credit Control Lead (Alex Morgan)",
        "Thanks for applying internally; Noor and I will run it.",
        ("Wen Li", "wen.li@initech.com"),
        me="alex.morgan@initech.com",
    )
    assert found.position == "Credit Control Lead"
    assert _position("Alex Morgan // Credit Analyst - Fernway") == "Credit Analyst"


def test_the_employer_after_a_comma_is_no_part_of_the_position() -> None:
    found = _interview(
        "Interview - Inventory Analyst, Harrowgate Foods",
        "You'll meet Pia Lund, Supply Chain Manager at Harrowgate Foods.",
        ("Pia Lund", "pia.lund@harrowgatefoods.example"),
        ("Pia Lund", "pia.lund@harrowgatefoods.example"),
    )
    assert found.company == "Harrowgate Foods"
    assert found.position == "Inventory Analyst"


def test_a_job_named_in_an_informal_invite_or_a_booking_answer() -> None:
    def booked(description: str) -> str | None:
        return _interview(
            "Coffee chat: Alex Morgan and Rui Tavares",
            "Event Name: Coffee chat\n\n" + description + "\n\nRui Tavares · Co-founder & CEO",
            ("Rui Tavares", "rui@marrowline.example"),
            ("Rui Tavares", "rui@marrowline.example"),
        ).position

    assert booked(
        "What would you like to discuss?: The Founding Data Scientist opening at Marrowline."
    ) == ("Founding Data Scientist")
    assert booked("Anything to share?: Curious about your founding designer role.") == (
        "Founding Designer"
    )
    assert booked("Which role are you applying for?\nField Marketing Lead") == (
        "Field Marketing Lead"
    )
    assert booked("Keen to hear about joining Marrowline as our first Platform Engineer.") == (
        "Platform Engineer"
    )
    # A kind of job, not its name.
    assert booked("Keen to hear about joining Marrowline as our first designer.") is None
    assert booked("Happy to talk about whether the senior role could be a fit.") is None


def test_an_application_names_the_job_and_a_cut_sentence_or_the_applicant_does_not() -> None:
    found = _interview(
        "45 Minute Meeting between Ewa Lind and Alex Morgan",
        "Event Name: 45 Minute Meeting\n\nPlease share anything that will help prepare for "
        "our meeting.: Following up on my application for Pastry Section Lead.\n\nEwa Lind - "
        "Owner, Birchsmoke Kitchen",
        ("Ewa Lind", "ewa@birchsmoke.example"),
        ("Ewa Lind", "ewa@birchsmoke.example"),
    )
    assert found.position == "Pastry Section Lead"
    assert _position("Board presentation - Alex Morgan (Head of Finance candidate)") == (
        "Head of Finance"
    )
    # A sentence read up to its verb ("the Tollbridge Insurance talent team will call you")
    # names no job.
    assert _clean_position("Tollbridge Insurance talent team will") is None
    assert _clean_position("Senior Risk Analyst") == "Senior Risk Analyst"


def test_the_person_met_after_the_position_is_no_part_of_it() -> None:
    found = _interview(
        "Video Interview: Dispensary Technician [Job ID 77-310] | Larkspur Pharmacy",
        "You are scheduled for a video interview for Dispensary Technician with Ines Okafor, "
        "PharmD, Area Pharmacy Manager.",
        ("Larkspur Talent", "talent@larkspurrx.example"),
        ("Ines Okafor", "ines.okafor@larkspurrx.example"),
    )
    assert found.position == "Dispensary Technician"


def test_initials_spelled_out_and_a_job_repeated_in_another_language() -> None:
    found = _interview(
        "Group Interview - Member Service Rep - Larchfield Teachers Credit Union",
        "Please arrive 15 minutes early.\n\nLarchfield Teachers Credit Union Talent Team",
        ("Larchfield TCU Careers", "careers@larchfieldtcu.example"),
    )
    assert found.company == "Larchfield Teachers Credit Union"
    assert _position("Entrevista: Shift Supervisor (Supervisor de Turno)") == "Shift Supervisor"
    # A team in brackets repeats no word of the job.
    assert _position("Interview: Shift Supervisor (Packing Hall)") == (
        "Shift Supervisor (Packing Hall)"
    )
