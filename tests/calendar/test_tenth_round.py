"""Tenth extraction round (issue 16, fresh-7 read by mechanism): invites written for each
mechanism, each failing before it. Post-nominal letters before a title ("Name, PhD - Title",
"Name, CPA (Title)"); words in parentheses after a title that say what the person does in the
interview; a schedule row whose title cell comes before the name; a team after a title's comma
that is no second person; "X is our Title for Capitalised Words" and "… in the same team"; the
British "post" after a position."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import ME, google_event, only_interview

START = "2026-06-09T09:00:00-04:00"
END = "2026-06-09T11:00:00-04:00"


def _titles(interview: Interview) -> list[tuple[Any, ...]]:
    return [(i.name, i.title, i.hiring_manager) for i in interview.interviewers]


def test_post_nominal_letters_before_the_title() -> None:
    page = google_event(
        "Interview: Senior Formulation Scientist - Brackwater Labs",
        "Panel\n"
        "Dr. Wren Halloway, PhD - Principal Scientist (Hiring Manager)\n"
        "Osei Mensah, CPA (Finance Business Partner)\n"
        "Ilse Brandt, PE - Site Engineering Lead",
        ("Brackwater Labs", "no-reply@ashbyhq.com"),
        ("Wren Halloway", "whalloway@brackwaterlabs.com"),
        ("Osei Mensah", "omensah@brackwaterlabs.com"),
        ("Ilse Brandt", "ibrandt@brackwaterlabs.com"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [
        ("Wren Halloway", "Principal Scientist", True),
        ("Osei Mensah", "Finance Business Partner", False),
        ("Ilse Brandt", "Site Engineering Lead", False),
    ]


def test_letters_after_the_name_in_an_interviewer_name_field() -> None:
    page = google_event(
        "Interview for Oncology Pharmacist (R0077120)",
        "Interviewer Name: Kiran Dutt, PharmD, BCOP\n"
        "Interviewer Title: Oncology Pharmacy Supervisor\n"
        "Interview Format: video",
        ("Saltmarsh Health Talent", "talent@saltmarshhealth.org"),
        ("Kiran Dutt", "kiran.dutt@saltmarshhealth.org"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [("Kiran Dutt", "Oncology Pharmacy Supervisor", False)]


def test_words_in_parentheses_after_a_title_are_not_part_of_it() -> None:
    page = google_event(
        "Case interviews (Business Analyst) - Alex Morgan",
        "Confirming your case interviews:\n\n"
        "3:00pm ET - Tove Arnesen, Engagement Manager (pricing case)\n"
        "3:45pm ET - Idris Bello, Associate Partner (still finalising, may swap)",
        ("Rhea Castell", "rhea.castell@pellmanadvisory.com"),
        ("Tove Arnesen", "tove.arnesen@pellmanadvisory.com"),
        ("Idris Bello", "idris.bello@pellmanadvisory.com"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [
        ("Tove Arnesen", "Engagement Manager", False),
        ("Idris Bello", "Associate Partner", False),
    ]


def test_a_schedule_row_with_the_title_cell_before_the_name() -> None:
    page = google_event(
        "Virtual onsite - Product Designer",
        "Your plan for the day:\n\n"
        "9:00 - 9:45 AM | Design Manager, Checkout - Ruth Ambler (hiring manager)\n"
        "9:45 - 10:30 AM | Staff Product Designer - Iker Zubiri\n",
        ("Marta Oyelowo", "marta.oyelowo@tillerpay.com"),
        ("Ruth Ambler", "ruth.ambler@tillerpay.com"),
        ("Iker Zubiri", "iker.zubiri@tillerpay.com"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [
        ("Ruth Ambler", "Design Manager, Checkout", True),
        ("Iker Zubiri", "Staff Product Designer", False),
    ]


def test_a_sector_after_a_title_s_comma_is_no_second_person() -> None:
    page = google_event(
        "Interview - Alex Morgan - Account Executive",
        "Interviewers\n"
        "Hollis Grant <hollis.grant@corvane.com> - Account Director, Public Sector\n"
        "Beatriz Souto <beatriz.souto@corvane.com> - Sales Engineer",
        ("Corvane Interview Scheduling", "interview-scheduling@corvane.com"),
        ("Hollis Grant", "hollis.grant@corvane.com"),
        ("Beatriz Souto", "beatriz.souto@corvane.com"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [
        ("Hollis Grant", "Account Director, Public Sector", False),
        ("Beatriz Souto", "Sales Engineer", False),
    ]


def test_titles_said_in_prose_run_through_for_and_stop_at_in_the_same_team() -> None:
    page = google_event(
        "Interview - Senior Hydrologist - Alex Morgan",
        "Dear Alex,\n\nI'm pleased to confirm your interview for the Senior Hydrologist post. "
        "Nessa Quill is our Head of Practice for Flood Risk and Owain Rees is a Senior "
        "Hydrologist in the same team.\n\nKind regards,\nPia Lund\nHR Advisor\nMarrowfield Ltd",
        ("Pia Lund", "pia.lund@marrowfield.co.uk"),
        ("Nessa Quill", "nessa.quill@marrowfield.co.uk"),
        ("Owain Rees", "owain.rees@marrowfield.co.uk"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert _titles(found) == [
        ("Nessa Quill", "Head of Practice for Flood Risk", False),
        ("Owain Rees", "Senior Hydrologist", False),
    ]
    assert found.position == "Senior Hydrologist"


def _met(interview: Interview) -> set[tuple[Any, ...]]:
    return {(i.name, i.email, i.title, str(i.role)) for i in interview.interviewers}


def test_a_german_doctorate_before_a_name_is_a_style() -> None:
    page = google_event(
        "Vorstellungsgespräch / Interview: Calibration Engineer",
        "Your interview partners:\n"
        "Dr.-Ing. Ruprecht Lahm, Head of Test Benches\n"
        "Prof. Dr. Edda Sievers, Chief Engineer",
        ("Talent Team", "talent@kranwerk.de"),
        ("Dr. Ruprecht Lahm", "r.lahm@kranwerk.de"),
        ("Edda Sievers", "e.sievers@kranwerk.de"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [
        ("Ruprecht Lahm", "Head of Test Benches", False),
        ("Edda Sievers", "Chief Engineer", False),
    ]


def test_a_secondary_interviewer_label_and_a_who_label_with_a_nickname() -> None:
    page = google_event(
        "Interview - Assistant Manager - Pinebrook Outfitters #212",
        "Interviewer: Lorcan Mabry, Store Manager\n"
        "Secondary Interviewer: Ines Calado, Area Manager (may dial in)\n",
        ("Pinebrook Careers", "careers@pinebrook.com"),
        ("Lorcan Mabry", "lorcan.mabry@pinebrook.com"),
        start=START,
        end=END,
    )
    assert ("Ines Calado", None, "Area Manager", "decision_maker") in _met(only_interview(page))
    page = google_event(
        "Your interview at Juniper Grill - Prep Cook",
        "Hi Alex! Your interview for Prep Cook is set.\n\n"
        "Who: Teodor 'Teo' Marchetti, Sous Chef\nWhere: Juniper Grill, 3 Dock Rd",
        ("Juniper Grill", "no-reply@paradox.ai"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [("Teodor Marchetti", "Sous Chef", False)]


def test_recruiting_staff_listed_among_the_people_met_are_interviewers() -> None:
    page = google_event(
        "Video Interview: Data Analyst (m/w/d) - Alex Morgan",
        "Hallo Alex,\n\nwe would like to invite you to a video interview.\n\n"
        "Hiring team:\nWiebke Arndt - Analytics Lead (Hiring Manager)\n"
        "Lasse Brandt - Recruiter\n\nViele Grüße / Kind regards\nLasse Brandt\nZugvogel GmbH",
        ("Lasse Brandt", "lasse.brandt@zugvogel.de"),
        ("Lasse Brandt", "lasse.brandt@zugvogel.de"),
        ("Wiebke Arndt", "wiebke.arndt@zugvogel.de"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert _met(found) == {
        ("Wiebke Arndt", "wiebke.arndt@zugvogel.de", "Analytics Lead", "decision_maker"),
        ("Lasse Brandt", "lasse.brandt@zugvogel.de", "Recruiter", "recruiter"),
    }
    assert found.company == "Zugvogel"


def test_a_list_ends_at_the_sign_off_and_at_a_signature_past_a_blank_line() -> None:
    page = google_event(
        "Panel interview - Android Engineer",
        "Panel:\nMira Sokol - Android Lead\nTobi Ade - Engineering Manager\n\n"
        "Cheers,\nKestrel Recruiting",
        ("Kestrel Recruiting", "recruiting@kestrel.app"),
        ("Mira Sokol", "mira.sokol@kestrel.app"),
        ("Tobi Ade", "tobi.ade@kestrel.app"),
        start=START,
        end=END,
    )
    assert [i.name for i in only_interview(page).interviewers] == ["Mira Sokol", "Tobi Ade"]
    page = google_event(
        "Onsite - Research Engineer",
        "Your panel:\n\n- Ivo Brandl - Research Lead\n\n- Sun Oh - Research Engineer\n\n"
        "Pernille Aas\nRecruiting Coordinator, Fjordlab",
        ("Pernille Aas", "pernille.aas@fjordlab.no"),
        ("Ivo Brandl", "ivo.brandl@fjordlab.no"),
        ("Sun Oh", "sun.oh@fjordlab.no"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Ivo Brandl", "Sun Oh"]
    assert found.recruiter is not None and found.recruiter.email == "pernille.aas@fjordlab.no"
    page = google_event(
        "Interview - Platform Engineer",
        "Hej Alex!\n\nYou will meet Sten Vik (Platform Lead) and me, Maja Holm (Talent "
        "Acquisition Specialist).\n\nVänliga hälsningar,\nMaja\nLjusberg AB",
        ("Maja Holm", "maja.holm@ljusberg.se"),
        ("Maja Holm", "maja.holm@ljusberg.se"),
        ("Sten Vik", "sten.vik@ljusberg.se"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert ("Maja Holm", "maja.holm@ljusberg.se", "Talent Acquisition Specialist", "recruiter") in (
        _met(found)
    )
    assert found.company == "Ljusberg"


def _is_interview(page: dict[str, Any]) -> bool:
    found = extract_interviews(page, format="google", me=ME, timezone="America/New_York")
    return any(i.is_interview for i in found)


def test_an_ats_invite_that_names_the_user_as_the_interviewer() -> None:
    page = google_event(
        "Interview: Rui Takeda for Data Engineer - SQL Deep Dive",
        "Candidate: Rui Takeda\nRole: Data Engineer\nInterview: SQL Deep Dive\n"
        "Interviewer: Alex Morgan\n\nInterview guide and feedback form: https://ats.example/g/41",
        ("Initech", "no-reply@ashbyhq.com"),
        ("Rui Takeda", "rui.takeda.dev@outlook.com"),
        start=START,
        end=END,
        me="alex.morgan@initech.com",
    )
    page["items"][0]["attendees"][0]["displayName"] = "Alex Morgan"
    assert not _is_interview(page)


def test_interviews_that_are_not_a_job_interview_for_the_user() -> None:
    survey = google_event(
        "Household survey interview (Regional Travel Survey)",
        "Confirming your telephone interview for the Regional Travel Survey. A field "
        "representative will call you.",
        ("Survey Field Office", "field.office@survey.example.gov"),
        start=START,
        end=END,
    )
    press = google_event(
        "Interview with Harbour Logistics Review",
        "Colm Ferris, senior reporter at Harbour Logistics Review, will talk to you about the "
        "new depot. Key messages doc attached.",
        ("Ines Paredes", "ines.paredes@initech.com"),
        ("Ines Paredes", "ines.paredes@initech.com"),
        ("Colm Ferris", "colm@harbourlogisticsreview.com"),
        start=START,
        end=END,
        me="alex.morgan@initech.com",
    )
    volunteers = google_event(
        "Volunteer interviews - new tutors",
        "Hi Alex, thanks for helping screen our new tutor volunteers. You and Keziah will "
        "interview three applicants, 20 minutes each.",
        ("Northside Literacy", "volunteers@northsideliteracy.org"),
        ("Keziah Obi", "keziah@northsideliteracy.org"),
        start=START,
        end=END,
    )
    assert [_is_interview(p) for p in (survey, press, volunteers)] == [False, False, False]


def test_a_title_in_a_subject_that_pairs_the_user_with_someone() -> None:
    page = google_event(
        "Interview – Alex Morgan / Idalia Ferrante (Operations Director)",
        "Alex, looking forward to our chat about the Operations Analyst role.\n\nIdalia",
        ("Idalia Ferrante", "idalia.ferrante@quaymoor.ie"),
        ("Idalia Ferrante", "idalia.ferrante@quaymoor.ie"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [("Idalia Ferrante", "Operations Director", False)]


def test_a_title_before_a_style_and_a_name_in_prose() -> None:
    page = google_event(
        "Interview schedule for Ward Sister position",
        "Dear Alex,\n\nKindly find below the details for the interview with our Director of "
        "Nursing Mrs. Ruth Okafor for the Ward Sister position.\n\nRegards,\nDeepa Menon\n"
        "HR Executive",
        ("Deepa Menon", "deepa.menon@lakeshorecare.in"),
        ("Deepa Menon", "deepa.menon@lakeshorecare.in"),
        ("Ruth Okafor", "ruth.okafor@lakeshorecare.in"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [("Ruth Okafor", "Director of Nursing", False)]


def test_a_walk_and_a_coffee_in_spanish_about_a_role_that_would_report_to_the_writer() -> None:
    page = google_event(
        "Paseo + café con Lu (informal)",
        "Hola Alex! Not a formal interview, just a coffee to see if the Head of Research role at "
        "Ondalia fits. The role would report to me.\n\nLu\nChief Science Officer, Ondalia",
        ("Lucía Ferrer Vidal", "lu@ondalia.es"),
        ("Lucía Ferrer Vidal", "lu@ondalia.es"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert _met(found) == {
        ("Lucía Ferrer Vidal", "lu@ondalia.es", "Chief Science Officer", "decision_maker")
    }
    assert found.interviewers[0].hiring_manager


def test_the_founders_on_a_call_about_joining_as_the_first_hire() -> None:
    page = google_event(
        "Alex + Tidewell founders",
        "Hi Alex,\n\nKo and I would love to continue the conversation about joining Tidewell as "
        "our first platform engineer. I'm the CEO; Ko (CTO, on his personal email until IT "
        "sorts it out) will go deep on the stack.\n\nRana",
        ("Rana Oyelaran", "rana@tidewell.dev"),
        ("Rana Oyelaran", "rana@tidewell.dev"),
        ("Ko Tanaka", "ko.tanaka.dev@gmail.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert found.position == "Platform Engineer"
    assert ("Ko Tanaka", "ko.tanaka.dev@gmail.com", "CTO", "executive") in _met(found)


def test_the_lines_under_the_sign_off_are_the_signature_not_people_met() -> None:
    page = google_event(
        "Final Interview: QA Lead (Alex Morgan)",
        "Dear Alex Morgan,\n\nWe would like to invite you to the final interview.\n\n"
        "Interviewer: SATO Kenji (General Manager, Quality Division)\nTime: 10:00-11:00 JST\n\n"
        "Best regards,\n"
        "ISHII Yuna\nHuman Resources, Kumogata Works Co., Ltd.",
        ("ISHII Yuna", "yuna.ishii@kumogata.jp"),
        ("ISHII Yuna", "yuna.ishii@kumogata.jp"),
        ("SATO Kenji", "kenji.sato@kumogata.jp"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["SATO Kenji"]
    assert found.recruiter is not None and found.recruiter.email == "yuna.ishii@kumogata.jp"


def test_the_recruiter_s_own_address_under_a_letter_from_the_team_mailbox() -> None:
    page = google_event(
        "Interview | Privacy Counsel | Alex Morgan",
        "Dear Alex,\n\nWe are pleased to confirm your interview.\n\n"
        "10:00 | Carys Bevan | Head of Legal\n10:45 | Iolo Price | Senior Counsel\n\n"
        "Kind regards,\nNia Roberts\nTalent Acquisition Partner\nGlasfryn Group plc\n"
        "nia.roberts@glasfryn.co.uk",
        ("Glasfryn Talent Team", "talent@glasfryn.co.uk"),
        ("Carys Bevan", "carys.bevan@glasfryn.co.uk"),
        ("Iolo Price", "iolo.price@glasfryn.co.uk"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Carys Bevan", "Iolo Price"]
    assert found.recruiter is not None
    assert (found.recruiter.name, found.recruiter.email) == (
        "Nia Roberts",
        "nia.roberts@glasfryn.co.uk",
    )


def test_a_division_named_in_the_company_field_over_its_parent_s_domain() -> None:
    page = google_event(
        "Interview Scheduled: JR-2207 Coatings Chemist",
        "Candidate: Alex Morgan\nCompany: Larchfield Paints, a division of Oberon Materials\n"
        "Interviewers:\n  Wen Li - Senior Chemist",
        ("Workday Recruiting", "recruiting-noreply@myworkday.com"),
        ("Wen Li", "wen.li@oberonmaterials.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Larchfield Paints"


def test_an_aside_in_parentheses_in_a_founder_s_signature() -> None:
    page = google_event(
        "Alex <> Ines - coffee chat",
        "Hey Alex - thanks for reaching out about the first design hire at Fernwright. Let's "
        "grab 30 min so I can tell you what we're building.\n\nInes\n"
        "Founder, Fernwright (still on my old address, sorry!)",
        ("Ines Kovac", "ines.kovac@gmail.com"),
        ("Ines Kovac", "ines.kovac@gmail.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert _titles(found) == [("Ines Kovac", "Founder", False)]
    assert found.company == "Fernwright"


def test_the_one_who_signs_a_careers_mailbox_letter_and_will_call() -> None:
    page = google_event(
        "Phone screen - Payroll Clerk",
        "Hi Alex,\n\nThanks for applying for the Payroll Clerk role at Ashby & Sons. I'll give "
        "you a ring at 2 for a quick chat.\n\nCheers,\nGwen\nOperations Manager",
        ("Ashby & Sons Careers", "careers@ashbyandsons.co.uk"),
        ("Ashby & Sons Careers", "careers@ashbyandsons.co.uk"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [(i.name, i.email, i.title) for i in found.interviewers] == [
        ("Gwen", "careers@ashbyandsons.co.uk", "Operations Manager")
    ]
    assert found.recruiter is None


def test_the_manager_said_after_a_title_and_an_executive_who_joins_a_later_round() -> None:
    page = google_event(
        "Next step: Field Sales Representative (North)",
        "Hi Alex,\n\nAs a next step for the Field Sales Representative (North) role, you'll "
        "meet Area Director Odile Fontaine, who would be your manager. Our VP of Sales, Bram "
        "Kuiper, may join the final round later on.\n\nSunita Rao\nSenior Recruiter, Veldmark",
        ("Sunita Rao", "sunita.rao@veldmark.com"),
        ("Sunita Rao", "sunita.rao@veldmark.com"),
        ("Odile Fontaine", "odile.fontaine@veldmark.com"),
        start=START,
        end=END,
    )
    assert _titles(only_interview(page)) == [("Odile Fontaine", "Area Director", True)]


def test_a_first_name_said_to_be_founder_and_ceo_and_a_position_in_an_answer() -> None:
    page = google_event(
        "Coffee with Ysolde (Alex Morgan)",
        "Event Name: Coffee with Ysolde\n\nYsolde is co-founder and CEO of Brightmoss. Grab a "
        "coffee and let's talk.\n\nQuestions:\nWhat would you like to chat about?\n"
        "The first data analyst role you're hiring for.\n\nPowered by Calendly.com",
        ("Ysolde Brennan-Lacey", "ysolde@brightmoss.co"),
        ("Ysolde Brennan-Lacey", "ysolde@brightmoss.co"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert _titles(found) == [("Ysolde Brennan-Lacey", "co-founder and CEO", False)]
    assert found.position == "Data Analyst"


def test_the_mailbox_to_contact_for_help_is_the_one_to_ask_and_names_the_company() -> None:
    page = google_event(
        "HireVue Live Interview: Graduate Risk Analyst",
        "Hello Alex,\n\nYou have been scheduled for a live video interview with Brindlecourt "
        "Insurance for the Graduate Risk Analyst programme.\n\n"
        "Interviewer(s): Ailsa Munro, Head of Risk; Tomasz Wilk, Risk Analyst\n\n"
        "Please test your camera beforehand. For help, contact earlycareers@brindlecourt.co.uk.",
        ("HireVue", "noreply@hirevue.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Ailsa Munro", "Tomasz Wilk"]
    assert found.recruiter is not None
    assert found.recruiter.email == "earlycareers@brindlecourt.co.uk"
    assert found.company == "Brindlecourt Insurance"


def test_the_terms_of_an_engagement_after_a_position_are_not_its_name() -> None:
    page = google_event(
        "Client interview - Data Platform Engineer - Corvid Re",
        "Dear Alex,\n\nCorvid Re would like to interview you for the Data Platform Engineer "
        "(contract, 6 months) position.\n\nInterviewer : Ms. Hana Kobza, Data Architect",
        ("Vikram Sethi", "vikram.sethi@peakbridge-it.com"),
        ("Hana Kobza", "hana.kobza@corvidre.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).position == "Data Platform Engineer"


def test_an_agency_s_client_interview_names_the_client_not_the_agency() -> None:
    page = google_event(
        "Client interview - Payments Engineer - Ostwind Bank",
        "Dear Alex,\n\nAs discussed, Ostwind Bank would like to interview you.\n\n"
        "Interviewer : Mr. Jory Pascoe, Engineering Lead\n\nThanks & Regards,\nMeera Iyer\n"
        "Talent Acquisition Lead | Crestline IT Services",
        ("Meera Iyer", "meera.iyer@crestline-it.com"),
        ("Jory Pascoe", "jory.pascoe@owbgroup.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert found.company == "Ostwind Bank"
    assert found.recruiter is not None and found.recruiter.email == "meera.iyer@crestline-it.com"


def test_a_department_coordinator_who_organizes_for_a_committee_is_the_one_to_ask() -> None:
    page = google_event(
        "Zoom interview - Lecturer in Marine Biology (Search #2210)",
        "Dear Dr. Morgan,\n\nOn behalf of the search committee, thank you for agreeing to a "
        "preliminary interview.\n\nCommittee members:\nProf. Ewan Sallis, Professor of Marine "
        "Biology\nDr. Noor Haddad, Associate Professor of Ecology\n\nSincerely,\nLeire Etxeberria\n"
        "Academic Department Coordinator",
        ("Leire Etxeberria", "letxeberria@saltmoorcollege.edu"),
        ("Ewan Sallis", "esallis@saltmoorcollege.edu"),
        ("Noor Haddad", "nhaddad@saltmoorcollege.edu"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Ewan Sallis", "Noor Haddad"]
    assert found.recruiter is not None
    assert found.recruiter.email == "letxeberria@saltmoorcollege.edu"
