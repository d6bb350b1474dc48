"""The recruiter, the one to ask (issue 16), on invites written for each mechanism (each test
failed before its fix): the contact for rescheduling, "Hosted by", "Coordinated by", "Questions:",
a contact-person or recruiter label (after a sentence, after a coordinator label, under a
heading), the person who signs for a team mailbox or a no-reply tool, an RPO's contact, recruiting
staff named by their team, as scheduler or in attendance (asked before the sender off the lineup
or the mailbox that sent it), a Graph organizer; whether the recruiter is also met (says they are
on the call) or not (only set it up); a team mailbox is never an interviewer."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.schedule import _QUESTIONS_LABEL
from tests.calendar.helpers import contact, google_event, only_interview
from tests.calendar.invite_builders import (
    END_JUN02,
    END_JUN09,
    END_JUN16,
    END_SEP08,
    LINEUP,
    START_JUN02,
    START_JUN09,
    START_JUN16,
    START_SEP08,
    _graph_invite,
    _invite,
    _met,
    _people_rows,
    _writer_met,
)


def test_hosted_by_with_pronouns_and_a_middle_dot() -> None:
    page = google_event(
        "Phone screen: Alex Morgan / Larkspur Bio",
        "Hosted by: Tamsin Cole (they/them) · Talent Partner\nFormat: 30-minute call.",
        ("Tamsin Cole", "tamsin.cole@larkspurbio.com"),
        ("Tamsin Cole", "tamsin.cole@larkspurbio.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert _people_rows(found) == [
        ("Tamsin Cole", "tamsin.cole@larkspurbio.com", "Talent Partner", "recruiter", False)
    ]
    assert contact(found) == ("Tamsin Cole", "tamsin.cole@larkspurbio.com")


THE_ONE_TO_ASK_NAMED_IN_THE_LETTER = [
    pytest.param(
        google_event(
            "Interview - Warehouse Planner",
            "Dear Alex,\n\nInterviewer: Kojo Mensah, Warehouse Manager\n\n"
            "Should you need to reschedule, please contact Ilse Brandt at ilse.brandt@tarnport.com."
            "\n\nTalent Acquisition | Tarnport",
            ("Careers", "careers@tarnport.com"),
            ("Kojo Mensah", "kojo.mensah@tarnport.com"),
            start="2026-05-22T10:00:00-04:00",
            end="2026-05-22T10:45:00-04:00",
        ),
        (
            "Ilse Brandt",
            "ilse.brandt@tarnport.com",
        ),
        id="the_contact_for_rescheduling_named_with_an_address_is_the_recruiter",
    ),
    pytest.param(
        google_event(
            "Interview - Data Engineer",
            "Interviewer: Ola Nordmann, Staff Data Engineer\n\n"
            "This is your second conversation with Fjellvik. Recruiter: Sigrid Dahl "
            "(sigrid.dahl@fjellvik.no)",
            ("Fjellvik Recruiting", "recruiting@fjellvik.no"),
            ("Ola Nordmann", "ola.nordmann@fjellvik.no"),
            start="2026-05-26T10:00:00-04:00",
            end="2026-05-26T10:45:00-04:00",
        ),
        (
            "Sigrid Dahl",
            "sigrid.dahl@fjellvik.no",
        ),
        id="a_recruiter_label_after_a_sentence_on_the_same_line_names_the_recruiter",
    ),
    pytest.param(
        google_event(
            "Interview: Process Engineer",
            "Interviewer: Jonas Weber, Head of Process Engineering\n"
            "Your contact person: Ms. Greta Lindqvist (g.lindqvist@brenner-werke.de)",
            ("Brenner Werke Recruiting", "recruiting@brenner-werke.de"),
            ("Jonas Weber", "j.weber@brenner-werke.de"),
            start=START_JUN09,
            end=END_JUN09,
        ),
        (
            "Greta Lindqvist",
            "g.lindqvist@brenner-werke.de",
        ),
        id="a_contact_person_label_names_the_recruiter",
    ),
    pytest.param(
        google_event(
            "Onsite Interview - Firmware Engineer",
            "Interviewers: Rosa Lind (Firmware Lead), Omar Haddad (Embedded Engineer)\n\n"
            "Coordinated by Nell Armitage, Recruiting Coordinator",
            ("Voltaic Talent", "talent@voltaic.dev"),
            ("Rosa Lind", "rosa.lind@voltaic.dev"),
            ("Omar Haddad", "omar.haddad@voltaic.dev"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        ("Nell Armitage", None),
        id="coordinated_by_names_the_recruiter_behind_a_shared_mailbox",
    ),
    pytest.param(
        google_event(
            "Technical interview - Java Developer",
            "Dear Alex,\n\nYour interview will be with Rohan Mehta (Technical Lead).\n\n"
            "Thanks & Regards,\nDeepa Nair\nHR Executive\nBluepeak Systems",
            ("Bluepeak HR", "hr@bluepeak.in"),
            ("Rohan Mehta", "rohan.mehta@bluepeak.in"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        ("Deepa Nair", "hr@bluepeak.in"),
        id="the_person_who_signs_from_a_team_mailbox_is_the_one_to_ask",
    ),
    pytest.param(
        google_event(
            "Second round interview - Trainee Solicitor",
            "Dear Alex,\n\nYour interview will be with Tom Reyes (Partner).\n\nKind regards\n"
            "Amira Haddad\nGraduate Recruitment Adviser\nReyes Lowe LLP",
            ("Graduate Recruitment", "graduates@reyeslowe.com"),
            ("Tom Reyes", "tom.reyes@reyeslowe.com"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        ("Amira Haddad", "graduates@reyeslowe.com"),
        id="a_recruiting_team_s_name_on_an_answering_mailbox",
    ),
    pytest.param(
        google_event(
            "Interview - Billing Engineer",
            "You'll meet Ana Paz (Staff Engineer).\n\nYour recruiter for this role is Jonas Falk "
            "(jonas.falk@orrery.dev).\n\nBest,\nMia Lund\nCandidate Coordinator | Orrery",
            ("Mia Lund", "mia.lund@orrery.dev"),
            ("Ana Paz", "ana.paz@orrery.dev"),
            start=START_JUN02,
            end=END_JUN02,
        ),
        ("Jonas Falk", "jonas.falk@orrery.dev"),
        id="your_recruiter_for_this_role_is",
    ),
]


@pytest.mark.parametrize(("page", "expected"), THE_ONE_TO_ASK_NAMED_IN_THE_LETTER)
def test_the_one_to_ask_as_the_letter_names_them(
    page: dict[str, Any], expected: tuple[str | None, str | None] | None
) -> None:
    assert contact(only_interview(page)) == expected


def test_lower_case_prose_from_a_hiring_manager() -> None:
    page = google_event(
        "alex / bo - quick chat",
        "hey alex, bo here. i'm the hiring manager for the data analyst role on our team. "
        "priya shah from our recruiting team set this up, ping her (priya.shah@tessel.io) "
        "with anything.\n\nbo",
        ("Bo Lindqvist", "bo@tessel.io"),
        ("Bo Lindqvist", "bo@tessel.io"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert _people_rows(found) == [("Bo Lindqvist", "bo@tessel.io", None, "decision_maker", True)]
    assert contact(found) == ("Priya Shah", "priya.shah@tessel.io")


def test_a_team_mailbox_is_never_an_interviewer() -> None:
    page = google_event(
        "Assessment Day - Ground Operations Agent",
        "Please arrive 15 minutes early. Your assessors: Maya Ruiz (Station Manager).",
        ("Fernhill Air Recruitment", "crewrecruitment@fernhillair.com"),
        ("Fernhill Air Recruitment", "crewrecruitment@fernhillair.com"),
        ("Maya Ruiz", "maya.ruiz@fernhillair.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert [i.email for i in found.interviewers] == ["maya.ruiz@fernhillair.com"]
    assert contact(found) == (None, "crewrecruitment@fernhillair.com")


def test_a_recruiter_label_after_a_coordinator_label() -> None:
    page = google_event(
        "Onsite - Compiler Engineer",
        "1:00 PM - 1:50 PM\nParsing deep dive\nMarek Nowak\nStaff Engineer\n\n"
        "Recruiting Coordinator: Tilde Berg\nRecruiter: Omar Castillo (omar.castillo@lumenix.io)",
        ("Tilde Berg", "tilde.berg@lumenix.io"),
        ("Tilde Berg", "tilde.berg@lumenix.io"),
        ("Marek Nowak", "marek.nowak@lumenix.io"),
        start="2026-06-02T13:00:00-04:00",
        end="2026-06-02T14:00:00-04:00",
    )
    found = only_interview(page)
    assert contact(found) == ("Omar Castillo", "omar.castillo@lumenix.io")
    # The coordinator who sent it sets the loop up; she is not met.
    assert [i.name for i in found.interviewers] == ["Marek Nowak"]


def test_a_heading_s_value_after_a_blank_line() -> None:
    page = google_event(
        "Onsite - Test Engineer",
        "Interviewers\n\n- Ida Holm, Test Lead (ida.holm@gridarc.com)\n\nRecruiter\n\n"
        "- Sven Dahl (sven.dahl@gridarc.com)",
        ("Sven Dahl", "sven.dahl@gridarc.com"),
        ("Sven Dahl", "sven.dahl@gridarc.com"),
        ("Ida Holm", "ida.holm@gridarc.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert contact(found) == ("Sven Dahl", "sven.dahl@gridarc.com")
    assert [i.name for i in found.interviewers] == ["Ida Holm"]


def test_recruiting_staff_listed_among_the_people_met_are_interviewers() -> None:
    page = google_event(
        "Video Interview: Data Analyst (m/w/d) - Alex Morgan",
        "Hallo Alex,\n\nwe would like to invite you to a video interview.\n\n"
        "Hiring team:\nWiebke Arndt - Analytics Lead (Hiring Manager)\n"
        "Lasse Brandt - Recruiter\n\nViele Grüße / Kind regards\nLasse Brandt\nZugvogel GmbH",
        ("Lasse Brandt", "lasse.brandt@zugvogel.de"),
        ("Lasse Brandt", "lasse.brandt@zugvogel.de"),
        ("Wiebke Arndt", "wiebke.arndt@zugvogel.de"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert _met(found) == {
        ("Wiebke Arndt", "wiebke.arndt@zugvogel.de", "Analytics Lead", "decision_maker"),
        ("Lasse Brandt", "lasse.brandt@zugvogel.de", "Recruiter", "recruiter"),
    }
    assert found.company == "Zugvogel"


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
        start=START_JUN09,
        end=END_JUN09,
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
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Carys Bevan", "Iolo Price"]
    assert found.recruiter is not None
    assert (found.recruiter.name, found.recruiter.email) == (
        "Nia Roberts",
        "nia.roberts@glasfryn.co.uk",
    )


def test_the_one_who_signs_a_careers_mailbox_letter_and_will_call() -> None:
    page = google_event(
        "Phone screen - Payroll Clerk",
        "Hi Alex,\n\nThanks for applying for the Payroll Clerk role at Ashby & Sons. I'll give "
        "you a ring at 2 for a quick chat.\n\nCheers,\nGwen\nOperations Manager",
        ("Ashby & Sons Careers", "careers@ashbyandsons.co.uk"),
        ("Ashby & Sons Careers", "careers@ashbyandsons.co.uk"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert [(i.name, i.email, i.title) for i in found.interviewers] == [
        ("Gwen", "careers@ashbyandsons.co.uk", "Operations Manager")
    ]
    assert found.recruiter is None


def test_the_mailbox_to_contact_for_help_is_the_one_to_ask_and_names_the_company() -> None:
    page = google_event(
        "HireVue Live Interview: Graduate Risk Analyst",
        "Hello Alex,\n\nYou have been scheduled for a live video interview with Brindlecourt "
        "Insurance for the Graduate Risk Analyst programme.\n\n"
        "Interviewer(s): Ailsa Munro, Head of Risk; Tomasz Wilk, Risk Analyst\n\n"
        "Please test your camera beforehand. For help, contact earlycareers@brindlecourt.co.uk.",
        ("HireVue", "noreply@hirevue.com"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Ailsa Munro", "Tomasz Wilk"]
    assert found.recruiter is not None
    assert found.recruiter.email == "earlycareers@brindlecourt.co.uk"
    assert found.company == "Brindlecourt Insurance"


def test_an_agency_s_client_interview_names_the_client_not_the_agency() -> None:
    page = google_event(
        "Client interview - Payments Engineer - Ostwind Bank",
        "Dear Alex,\n\nAs discussed, Ostwind Bank would like to interview you.\n\n"
        "Interviewer : Mr. Jory Pascoe, Engineering Lead\n\nThanks & Regards,\nMeera Iyer\n"
        "Talent Acquisition Lead | Crestline IT Services",
        ("Meera Iyer", "meera.iyer@crestline-it.com"),
        ("Jory Pascoe", "jory.pascoe@owbgroup.com"),
        start=START_JUN09,
        end=END_JUN09,
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
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Ewan Sallis", "Noor Haddad"]
    assert found.recruiter is not None
    assert found.recruiter.email == "letxeberria@saltmoorcollege.edu"


def test_an_rpo_names_its_contact_and_the_brand_it_hires_for() -> None:
    page = google_event(
        "Interview – Key Account Manager, Nordics – Alex Morgan",
        "Dear Alex,\n\nOn behalf of Lumen Paints, part of the Halberd Group, we confirm your "
        "interview for the role of Key Account Manager, Nordics.\n\n"
        "Interviewer: Sigrid Aalto, Sales Director Nordics\n\n"
        "Your contact at Peoplebridge: Tamsin Okafor\n\nKind regards,\nPeoplebridge RPO",
        ("Peoplebridge RPO for Halberd", "halberd.interviews@peoplebridge-rpo.com"),
        ("Sigrid Aalto", "sigrid.aalto@halberd-group.com"),
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Sigrid Aalto"]
    assert found.recruiter is not None
    assert (found.recruiter.name, found.recruiter.email) == ("Tamsin Okafor", None)
    assert found.company == "Lumen Paints"


def test_a_recruiter_who_writes_that_she_is_on_the_call_is_met() -> None:
    page = google_event(
        "Intervju / Interview: Alex Morgan – Support Lead",
        "Hej Alex!\n\nYou will meet me (Saga, People & Talent) and Nils Berg, our Head of "
        "Support.\n\nVi ses!\nSaga",
        ("Saga Lind", "saga.lind@fjordbyte.se"),
        ("Saga Lind", "saga.lind@fjordbyte.se"),
        ("Nils Berg", "nils@fjordbyte.se"),
        start=START_JUN09,
        end=END_JUN09,
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
        start=START_JUN09,
        end=END_JUN09,
    )
    assert "Ruth Ames" in [i.name for i in only_interview(chair).interviewers]


def test_a_recruiter_who_only_set_up_the_call_is_still_not_met() -> None:
    page = google_event(
        "Interview – Grid Engineer",
        "Hi Alex,\n\nFollowing your call with me, the next step is 45 minutes with Omar Diaz, "
        "who leads the team.\n\nBest,\nLena Ruiz\nTalent Acquisition, Kestrel Power",
        ("Lena Ruiz", "lena.ruiz@kestrelpower.com"),
        ("Omar Diaz", "omar.diaz@kestrelpower.com"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert [i.name for i in only_interview(page).interviewers] == ["Omar Diaz"]


def test_recruiting_staff_named_by_their_team_or_as_scheduler() -> None:
    page = google_event(
        "Interview - Alex Morgan",
        "Alex,\n\nArvid Lien (Route Analyst) and I look forward to speaking with you about the "
        "Operations Analyst position. Ingeborg Dahl from our talent team will follow up with "
        "next steps afterwards.\n\nSolveig Brekke\nHead of Fleet Planning",
        ("Solveig Brekke", "solveig.brekke@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START_JUN16,
        end=END_JUN16,
    )
    recruiter = only_interview(page).recruiter
    assert recruiter is not None and recruiter.name == "Ingeborg Dahl"
    page = google_event(
        "Panel Interview - Operations Analyst",
        "Candidate: Alex Morgan\nInterviewer: Arvid Lien\nInterviewer Title: Route Analyst\n\n"
        "Scheduler: Ingeborg Dahl\n\nThis is a system generated message.",
        ("Fjordline Talent Acquisition", "talent@fjordline-logistics.no"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START_JUN16,
        end=END_JUN16,
    )
    recruiter = only_interview(page).recruiter
    assert recruiter is not None and recruiter.name == "Ingeborg Dahl"


def test_recruiting_staff_who_sign_for_a_no_reply_tool_are_the_recruiter() -> None:
    page = google_event(
        "Interview - Alex Morgan - Operations Analyst",
        "Hi Alex!\n\nWelcome to an interview for the Operations Analyst role with Arvid Lien, "
        "Route Analyst.\n\nBest regards,\nIngeborg Dahl\nTalent Acquisition, Fjordline",
        ("Fjordline", "noreply@teamtailor.com"),
        ("Arvid Lien", "arvid.lien@fjordline-logistics.no"),
        start=START_JUN16,
        end=END_JUN16,
    )
    recruiter = only_interview(page).recruiter
    assert recruiter is not None and (recruiter.name, recruiter.email) == ("Ingeborg Dahl", None)


def test_a_recruiter_label_that_says_they_will_join_the_call() -> None:
    found = _writer_met(
        "Hallo Alex,\n\nHiring Manager: Marco Bellandi, Teamleiter SRE\nRecruiter: Oriane "
        "Dubois (will join the call)\n\nViele Grüße\nOriane Dubois\nHR Business Partner",
        ("Oriane Dubois", "oriane.dubois@velaris.fr"),
        ("Marco Bellandi", "marco.bellandi@velaris.fr"),
    )
    assert set(found["met"]) == {"oriane.dubois@velaris.fr", "marco.bellandi@velaris.fr"}
    assert found["met"]["marco.bellandi@velaris.fr"].hiring_manager


@pytest.mark.parametrize(
    ("description", "sender", "guest", "asked"),
    [
        pytest.param(
            "Alex,\n\n2:00 pm - tasting with Chef Renata Villalobos, Executive Pastry Chef\n\n"
            "Questions: Dorian Fleck, Talent Coordinator, 555-0188 or dfleck@maisonbrun.com",
            ("Maison Brun Careers", "careers@maisonbrun.com"),
            ("Renata Villalobos", "rvillalobos@maisonbrun.com"),
            ("Dorian Fleck", "dfleck@maisonbrun.com"),
            id="who_answers_questions",
        ),
        pytest.param(
            "Hej Alex!\n\nYou will meet Renata Villalobos (Executive Pastry Chef).\n\n"
            "Med vänliga hälsningar,\nSigne Holmberg, Talent Acquisition "
            "(signe.holmberg@maisonbrun.se)",
            ("Teamtailor", "no-reply@teamtailor.com"),
            ("Renata Villalobos", "rvillalobos@maisonbrun.se"),
            ("Signe Holmberg", "signe.holmberg@maisonbrun.se"),
            id="a_signer_from_a_no_reply_tool_at_the_address_she_signs_with",
        ),
    ],
)
def test_the_one_to_ask_is_named_in_the_letter(
    description: str, sender: tuple[str, str], guest: tuple[str, str], asked: tuple[str, str]
) -> None:
    interview = _invite(description, sender, guest)
    assert interview.recruiter is not None
    assert (interview.recruiter.name, interview.recruiter.email) == asked


def test_the_one_recruiter_on_the_call_is_the_one_to_ask() -> None:
    interview = _invite(
        "Maison Brun has invited you to a live video interview.\n\nInterviewers: Renata "
        "Villalobos (Executive Pastry Chef), Dorian Fleck (Graduate Talent Recruiter)",
        ("HireVue Scheduling", "noreply@hirevue.com"),
        ("Renata Villalobos", "rvillalobos@maisonbrun.com"),
        ("Dorian Fleck", "dfleck@maisonbrun.com"),
    )
    assert interview.recruiter is not None
    assert interview.recruiter.email == "dfleck@maisonbrun.com"


def test_a_sender_off_the_guest_list_and_off_the_lineup_sets_it_up() -> None:
    page = google_event(
        "Alex Morgan — Onsite interview — Pastry Chef",
        "<div>Hello Alex, here's who you'll meet:</div><ul><li>Renata Villalobos - Executive "
        "Pastry Chef</li><li>Tobiah Marsh - Sous Chef</li></ul><div>Wear kitchen shoes!</div>"
        "<div>Perrine Aubert<br>Restaurant Manager</div>",
        ("Perrine Aubert", "perrine@maisonbrun.com"),
        ("Renata Villalobos", "renata@maisonbrun.com"),
        ("Tobiah Marsh", "tobiah@maisonbrun.com"),
        start=START_SEP08,
        end=END_SEP08,
    )
    # The organizer is not among the guests (google_event lists only `guests`).
    interview = only_interview(page)
    assert {p.email for p in interview.interviewers} == {
        "renata@maisonbrun.com",
        "tobiah@maisonbrun.com",
    }
    assert interview.recruiter is not None
    assert interview.recruiter.email == "perrine@maisonbrun.com"


@pytest.mark.parametrize(
    ("sign_off", "sender"),
    [
        pytest.param(
            "Best,\nPerrine Aubert\nRestaurant Manager",
            ("Perrine Aubert", "perrine@maisonbrun.com"),
            id="before_the_sender_off_the_lineup",
        ),
        pytest.param(
            "Maison Brun People Team",
            ("Maison Brun People Team", "people-team@maisonbrun.com"),
            id="before_the_mailbox_that_sent_it",
        ),
    ],
)
def test_recruiting_staff_in_attendance_are_asked_first(
    sign_off: str, sender: tuple[str, str]
) -> None:
    page = google_event(
        "Senior Pastry Chef - Interview",
        "Dear Alex,\n\nYour interview panel is:\n\nRenata Villalobos, Culinary Director\n"
        "Tobiah Marsh, Sous Chef\n\nMs Odile Ferrand (HR Partner) will be in attendance but "
        f"is not a member of the panel.\n\n{sign_off}",
        sender,
        ("Renata Villalobos", "renata@maisonbrun.com"),
        ("Tobiah Marsh", "tobiah@maisonbrun.com"),
        ("Odile Ferrand", "odile.ferrand@maisonbrun.com"),
        start=START_SEP08,
        end=END_SEP08,
    )
    interview = only_interview(page)
    # Only the panel is met: not the sender, not the one in attendance (for the first case
    # this is stronger than its old "the sender is not met").
    assert {p.email for p in interview.interviewers} == {
        "renata@maisonbrun.com",
        "tobiah@maisonbrun.com",
    }
    assert interview.recruiter is not None
    assert interview.recruiter.email == "odile.ferrand@maisonbrun.com"


def test_a_graph_organizer_who_joins_the_call_is_met_not_the_one_to_ask() -> None:
    # Graph never lists the organizer among `attendees`, attending or not.
    found = _graph_invite(
        "Hello Alex, the people you'll meet:\nOona Castell, Site Reliability Engineer\n"
        "Rafe Mbeki, Platform Lead\nI'll join at the end as your hiring manager.\n"
        "Best,\nLotte Vinter\nDirector of Infrastructure, Tidewater",
        ("Lotte Vinter", "lotte.vinter@tidewater.example"),
        *LINEUP,
    )
    assert "lotte.vinter@tidewater.example" in {p.email for p in found.interviewers}
    assert found.recruiter is None or found.recruiter.email != "lotte.vinter@tidewater.example"


def test_a_graph_organizer_from_people_team_still_sets_the_lineup_up() -> None:
    found = _graph_invite(
        "Hello Alex, the people you'll meet:\nOona Castell, Site Reliability Engineer\n"
        "Rafe Mbeki, Platform Lead\nAny questions, just reply.\n"
        "Best,\nNell Okafor\nPeople Partner, Tidewater",
        ("Nell Okafor", "nell.okafor@tidewater.example"),
        *LINEUP,
    )
    assert {p.email for p in found.interviewers} == {a for _, a in LINEUP}
    assert found.recruiter is not None
    assert found.recruiter.email == "nell.okafor@tidewater.example"


def test_a_questions_line_names_someone_only_from_a_capital() -> None:
    assert _QUESTIONS_LABEL.match("Questions: just reply to this email") is None
    found = _QUESTIONS_LABEL.match("Questions: Trina Bell, Nurse Recruiter")
    assert found is not None and found.group("v").startswith("Trina")
