"""Eleventh extraction round (issue 16, fresh-8 read by mechanism): invites written for each
mechanism, each failing before it. Company names without a legal form written as initials
with a slash or as "JSC", or a team's words on the mailbox that sends ("Recruiting
Operations", "Early Careers"); positions that keep an ordinal ("2nd Shift") and lose the
engagement's length ("(6 mo)") and what is left of an id cut at its "#" (", Req")."""

from __future__ import annotations

from typing import Any

from app.calendar.company import _clean_position
from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import ME, google_event, only_interview

START = "2026-06-09T09:00:00-04:00"
END = "2026-06-09T11:00:00-04:00"


def _event(page: dict[str, Any]) -> Interview:
    """The page's one event, interview or not."""
    (found,) = extract_interviews(
        page, format="google", me=ME, timezone="America/New_York", include_all=True
    )
    return found


def test_legal_forms_with_a_slash_or_jsc_are_not_part_of_the_company() -> None:
    page = google_event(
        "Video Interview | Demand Planner",
        "Company: Skovlund Mejeri A/S\nInterviewer: Bodil Ravn, Planning Lead",
        ("Bodil Ravn", "bodil.ravn@skovlund-mejeri.dk"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Skovlund Mejeri"
    page = google_event(
        "Interview for the position of Android Developer",
        "Dear Alex,\n\nWe invite you to the technical interview with Mr. Pham Duc Anh "
        "(Team Leader).\n\nBest regards,\nLe Thi Mai\nHR Executive - HanoiPixel Studio JSC",
        ("Le Thi Mai", "mai.le@hanoipixel.vn"),
        ("Pham Duc Anh", "anh.pham@hanoipixel.vn"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "HanoiPixel Studio"


def test_a_team_on_the_sending_mailbox_is_not_part_of_the_company() -> None:
    page = google_event(
        "Onsite Interview - Alex Morgan - Field Engineer",
        "10:00 | Petra Lund | Senior Field Engineer\n"
        "11:00 | Omar Haddad | Field Engineering Manager",
        ("Brightwater Instruments Recruiting Operations", "interviews@brightwaterinstruments.com"),
        ("Petra Lund", "petra.lund@brightwaterinstruments.com"),
        ("Omar Haddad", "omar.haddad@brightwaterinstruments.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Brightwater Instruments"
    page = google_event(
        "Live Interview: Graduate Risk Analyst",
        "Dear Alex,\n\nYour interviewers will be Hana Sato (Risk Manager) and Leo Brandt "
        "(Risk Analyst).\n\nKind regards,\nThe Early Careers Team",
        ("Marsh & Fell Early Careers", "earlycareers@marshfell.co.uk"),
        ("Hana Sato", "hana.sato@marshfell.co.uk"),
        ("Leo Brandt", "leo.brandt@marshfell.co.uk"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Marsh & Fell"


def test_positions_keep_ordinals_and_lose_terms_and_id_stubs() -> None:
    assert _clean_position("Dock Loader - 3rd Shift") == "Dock Loader - 3rd Shift"
    assert _clean_position("Contract Python Developer (9 mo)") == "Contract Python Developer"
    assert _clean_position("Phlebotomist (Weekends), Req") == "Phlebotomist (Weekends)"
    # ids stay cut as before
    assert _clean_position("Phlebotomist R-22031") == "Phlebotomist"


def test_an_escaped_ampersand_in_an_html_body_is_part_of_the_company() -> None:
    page = google_event(
        "[ModernLoop] Alex Morgan - Data Engineer - Systems + Values",
        "<b>Birch &amp; Ember</b> interview<br><br><b>Session 1:</b> Systems design with "
        "Rowan Hale, Staff Data Engineer<br>Recruiter: Ada Kim &lt;ada@birchember.com&gt;",
        ("Coordinator Bot", "scheduling@mail.modernloop.io"),
        ("Rowan Hale", "rowan@birchember.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Birch & Ember"


def test_an_institution_named_after_a_place_keeps_its_kind() -> None:
    page = google_event(
        "Interview – Research Fellow",
        "Dear Alex,\n\nThank you for applying for the Research Fellow post in my lab at the "
        "University of Strathallan. The panel will be me and Dr Ewan Tait.\n\nBest wishes,\n"
        "Morag\nProfessor of Marine Ecology",
        ("Morag Baird", "m.baird@strathallan.ac.uk"),
        ("Ewan Tait", "ewan.tait@strathallan.ac.uk"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "University of Strathallan"


def test_a_department_after_a_dash_in_a_company_field_is_not_its_name() -> None:
    page = google_event(
        "Interview: Alex Morgan - Network Engineer",
        "Position: Network Engineer\nOrganization: Fallowmere College - Campus Technology\n"
        "Interviewers: Priya Shah, Network Manager",
        ("Fallowmere College HR", "hr-recruiting@fallowmere.edu"),
        ("Priya Shah", "pshah@fallowmere.edu"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Fallowmere College"


def test_positions_in_prose_post_of_hiring_for_and_a_clause_after_a_comma() -> None:
    letter = google_event(
        "Second stage interview – Alex Morgan",
        "Dear Alex,\n\nI am pleased to invite you to the second stage for the post of "
        "Lettings Coordinator. The panel will be Mrs Jane Orr – Housing Director.\n\n"
        "Kind regards,\nTom Reyes",
        ("Tom Reyes", "tom.reyes@ashvalehomes.org.uk"),
        start=START,
        end=END,
    )
    assert only_interview(letter).position == "Lettings Coordinator"
    chat = google_event(
        "Alex / Nina - catch up re: Quillfeather",
        "Great to reconnect! I'm hiring for a Senior iOS Developer on my team - let's chat "
        "about it informally before the formal loop.",
        ("Nina Park", "nina.park@quillfeather.com"),
        start=START,
        end=END,
    )
    assert only_interview(chat).position == "Senior iOS Developer"
    screen = google_event(
        "Alex Morgan - first call (Recruiter)",
        "Hi Alex! I am Oksana, recruiter in Lumadrift. On this call we will discuss the role "
        "of Test Automation Engineer, also about salary expectations. Talk soon!",
        ("Oksana Petrenko", "oksana.p@lumadrift.io"),
        start=START,
        end=END,
    )
    found = only_interview(screen)
    assert found.position == "Test Automation Engineer"
    assert [(i.name, i.title) for i in found.interviewers] == [("Oksana Petrenko", "recruiter")]


def test_an_rpo_names_its_contact_and_the_brand_it_hires_for() -> None:
    page = google_event(
        "Interview – Key Account Manager, Nordics – Alex Morgan",
        "Dear Alex,\n\nOn behalf of Lumen Paints, part of the Halberd Group, we confirm your "
        "interview for the role of Key Account Manager, Nordics.\n\n"
        "Interviewer: Sigrid Aalto, Sales Director Nordics\n\n"
        "Your contact at Peoplebridge: Tamsin Okafor\n\nKind regards,\nPeoplebridge RPO",
        ("Peoplebridge RPO for Halberd", "halberd.interviews@peoplebridge-rpo.com"),
        ("Sigrid Aalto", "sigrid.aalto@halberd-group.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Sigrid Aalto"]
    assert found.recruiter is not None
    assert (found.recruiter.name, found.recruiter.email) == ("Tamsin Okafor", None)
    assert found.company == "Lumen Paints"


def test_a_contact_person_label_names_the_recruiter() -> None:
    page = google_event(
        "Interview: Process Engineer",
        "Interviewer: Jonas Weber, Head of Process Engineering\n"
        "Your contact person: Ms. Greta Lindqvist (g.lindqvist@brenner-werke.de)",
        ("Brenner Werke Recruiting", "recruiting@brenner-werke.de"),
        ("Jonas Weber", "j.weber@brenner-werke.de"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert found.recruiter is not None
    assert (found.recruiter.name, found.recruiter.email) == (
        "Greta Lindqvist",
        "g.lindqvist@brenner-werke.de",
    )


def test_a_booking_pages_event_name_says_it_is_a_screening_call() -> None:
    page = google_event(
        "Alex Morgan and Ines Duarte",
        "Event Name: Fernhill Trust screening call - Grants Officer\n\n"
        "Please share anything that will help prepare for our meeting.: Applied last week.\n\n"
        "Powered by Calendly.com",
        ("Ines Duarte", "ines@fernhilltrust.org"),
        ("Ines Duarte", "ines@fernhilltrust.org"),
        start=START,
        end=END,
    )
    assert _event(page).is_interview


def test_a_subject_pairing_the_user_with_an_outsider_about_a_role() -> None:
    page = google_event(
        "Alex Morgan / Dara Quinn - Larkfield",
        "Hi Alex, as promised here's your conversation with Dara Quinn, Head of Growth. This "
        "is for the Growth Marketing Lead role. I won't join but I'm around for questions.\n\n"
        "Mira Stone\nTalent Partner @ Larkfield",
        ("Mira Stone", "mira.stone@larkfield.com"),
        ("Dara Quinn", "dara.quinn@larkfield.com"),
        start=START,
        end=END,
    )
    assert _event(page).is_interview
    unrelated = google_event(
        "Alex Morgan / Dara Quinn - Larkfield",
        "Quarterly check-in on the vendor contract renewal.",
        ("Mira Stone", "mira.stone@larkfield.com"),
        ("Dara Quinn", "dara.quinn@larkfield.com"),
        start=START,
        end=END,
    )
    assert not _event(unrelated).is_interview


def test_a_walk_with_someone_the_hire_would_report_to() -> None:
    page = google_event(
        "walk + talk w/ Odile",
        "meet at the park gate! i run the content team at Saltmeadow and the editor hire "
        "would report to me, so want to hear how you think. -O",
        ("Odile Brandt", "odile@saltmeadow.studio"),
        ("Odile Brandt", "odile@saltmeadow.studio"),
        start=START,
        end=END,
    )
    assert _event(page).is_interview


def test_an_oral_history_interview_and_the_users_prep_block_are_not_interviews() -> None:
    family = google_event(
        "Oral history interview – Grandpa Joe",
        "Bring the recorder. We'll interview Grandpa about the farm years.",
        ("Nora Morgan", "nora.morgan@gmail.com"),
        ("Nora Morgan", "nora.morgan@gmail.com"),
        start=START,
        end=END,
    )
    assert not _event(family).is_interview
    prep = google_event(
        "Prep: Larkfield interview (Dara Quinn)",
        "Re-read the case notes, prepare 3 questions.",
        ("Alex Morgan", ME[0]),
        start=START,
        end=END,
    )
    assert not _event(prep).is_interview


def test_a_recruiter_who_writes_that_she_is_on_the_call_is_met() -> None:
    page = google_event(
        "Intervju / Interview: Alex Morgan – Support Lead",
        "Hej Alex!\n\nYou will meet me (Saga, People & Talent) and Nils Berg, our Head of "
        "Support.\n\nVi ses!\nSaga",
        ("Saga Lind", "saga.lind@fjordbyte.se"),
        ("Saga Lind", "saga.lind@fjordbyte.se"),
        ("Nils Berg", "nils@fjordbyte.se"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Saga Lind", "Nils Berg"]
    assert found.recruiter is not None and found.recruiter.name == "Saga Lind"
    chair = google_event(
        "Panel interview – Data Analyst",
        "Good morning Alex,\n\nPanel:\nOla Nowak, Analytics Manager\nTim Cole, Senior Analyst\n\n"
        "I will be chairing.\n\nMany thanks,\nRuth Ames\nTalent Acquisition Partner | Hollin Bank",
        ("Ruth Ames", "ruth.ames@hollinbank.com"),
        ("Ruth Ames", "ruth.ames@hollinbank.com"),
        ("Ola Nowak", "ola.nowak@hollinbank.com"),
        ("Tim Cole", "tim.cole@hollinbank.com"),
        start=START,
        end=END,
    )
    assert "Ruth Ames" in [i.name for i in only_interview(chair).interviewers]


def test_a_recruiter_who_only_set_up_the_call_is_still_not_met() -> None:
    page = google_event(
        "Interview – Grid Engineer",
        "Hi Alex,\n\nFollowing your call with me, the next step is 45 minutes with Omar Diaz, "
        "who leads the team.\n\nBest,\nLena Ruiz\nTalent Acquisition, Kestrel Power",
        ("Lena Ruiz", "lena.ruiz@kestrelpower.com"),
        ("Omar Diaz", "omar.diaz@kestrelpower.com"),
        start=START,
        end=END,
    )
    assert [i.name for i in only_interview(page).interviewers] == ["Omar Diaz"]


def test_a_list_that_writes_each_title_before_the_name() -> None:
    page = google_event(
        "Interview: Alex Morgan - Data Engineer - R0044120",
        "Position: Data Engineer\n"
        "Interviewers: Associate CTO Mira Kovac; Data Engineer Tobias Lund\n"
        "Recruiter: Ella Hart",
        ("Harrow College HR", "hr-recruiting@harrowcollege.edu"),
        ("Mira Kovac", "mkovac@harrowcollege.edu"),
        ("Tobias Lund", "tlund@harrowcollege.edu"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [(i.name, i.title) for i in found.interviewers] == [
        ("Mira Kovac", "Associate CTO"),
        ("Tobias Lund", "Data Engineer"),
    ]
