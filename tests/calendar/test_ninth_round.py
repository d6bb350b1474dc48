"""Ninth extraction round (issue 16, probe part I): invites written for each mechanism, each
failing before it. A line whose second sentence names the people; a web address after a title;
"Hosted by:" with pronouns and a middle dot; "Coordinated by X, Title"; a scheduling mailbox's
words after the company; a position in "Your interview for X at Company is confirmed" and in a
subject segment after the person met; the writer on themself without an article, in lower
case, with two titles joined or with their own name; "one of our X"; an agenda row's topic with
the person in parentheses; a person a clause calls the hiring manager; recruiting staff named in
lower case with an address."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from app.calendar.schedule import _self_said
from tests.calendar.helpers import ME, contact, google_event, only_event, only_interview

START = "2026-06-02T10:00:00-04:00"
END = "2026-06-02T11:00:00-04:00"


def _people(interview: Interview) -> list[tuple[Any, ...]]:
    return [
        (i.name, i.email, i.title, str(i.role), i.hiring_manager) for i in interview.interviewers
    ]


def test_the_second_sentence_of_a_line_names_the_people() -> None:
    page = google_event(
        "Interview: Alex Morgan (via Brightfield Search)",
        "Hi Alex, lining up your interview with Osprey Maritime for the Fleet Analyst role. "
        "You'll be talking to Ingrid Falk (Head of Fleet Planning) and Tobias Lund (Senior "
        "Fleet Analyst). Good luck!\n\nMia Chen\nConsultant, Brightfield Search",
        ("Mia Chen", "mia@brightfieldsearch.com"),
        ("Mia Chen", "mia@brightfieldsearch.com"),
        ("Ingrid Falk", "ingrid.falk@ospreymaritime.com"),
        (None, "tobias.lund@ospreymaritime.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert (
        "Tobias Lund",
        "tobias.lund@ospreymaritime.com",
        "Senior Fleet Analyst",
        "peer",
        False,
    ) in _people(found)


def test_a_web_address_after_a_title_is_not_part_of_it() -> None:
    page = google_event(
        "Final Interview | Data Engineer | Quarrystone",
        "Your interviewers:\nPaulina Ruiz, Director of Data — https://www.linkedin.com/in/pruiz\n"
        "Emeka Obi, Senior Data Engineer - linkedin.com/in/emekaobi",
        ("Quarrystone Recruiting", "recruiting@quarrystone.io"),
        ("Paulina Ruiz", "paulina@quarrystone.io"),
        ("Emeka Obi", "emeka@quarrystone.io"),
        start=START,
        end=END,
    )
    assert [i.title for i in only_interview(page).interviewers] == [
        "Director of Data",
        "Senior Data Engineer",
    ]


def test_hosted_by_with_pronouns_and_a_middle_dot() -> None:
    page = google_event(
        "Phone screen: Alex Morgan / Larkspur Bio",
        "Hosted by: Tamsin Cole (they/them) · Talent Partner\nFormat: 30-minute call.",
        ("Tamsin Cole", "tamsin.cole@larkspurbio.com"),
        ("Tamsin Cole", "tamsin.cole@larkspurbio.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert _people(found) == [
        ("Tamsin Cole", "tamsin.cole@larkspurbio.com", "Talent Partner", "recruiter", False)
    ]
    assert contact(found) == ("Tamsin Cole", "tamsin.cole@larkspurbio.com")


def test_coordinated_by_names_the_recruiter_behind_a_shared_mailbox() -> None:
    page = google_event(
        "Onsite Interview - Firmware Engineer",
        "Interviewers: Rosa Lind (Firmware Lead), Omar Haddad (Embedded Engineer)\n\n"
        "Coordinated by Nell Armitage, Recruiting Coordinator",
        ("Voltaic Talent", "talent@voltaic.dev"),
        ("Rosa Lind", "rosa.lind@voltaic.dev"),
        ("Omar Haddad", "omar.haddad@voltaic.dev"),
        start=START,
        end=END,
    )
    assert contact(only_interview(page)) == ("Nell Armitage", None)


def test_a_scheduling_mailbox_s_words_are_not_the_company() -> None:
    page = google_event(
        "Interview Confirmation - Payroll Specialist",
        "Interviewers: Grace Obi (Payroll Manager), Hal Dunn (Payroll Analyst)\n"
        "Recruiter: Una Price\n\nSent by Tamarind Interview Scheduling",
        ("Interview Scheduling", "interviews@tamarind.com"),
        ("Grace Obi", "grace.obi@tamarind.com"),
        ("Hal Dunn", "hal.dunn@tamarind.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Tamarind"


def test_a_position_the_sentence_follows_with_the_employer_and_a_verb() -> None:
    page = google_event(
        "Interview with Pellwood",
        "Hi Alex,\n\nYour interview for Field Service Engineer, Wind at Pellwood is confirmed.\n\n"
        "You'll meet Dara Quinn (Service Director).",
        ("Dara Quinn", "dara.quinn@pellwood.com"),
        ("Dara Quinn", "dara.quinn@pellwood.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).position == "Field Service Engineer, Wind"


def test_the_position_after_the_person_met_in_the_subject() -> None:
    page = google_event(
        "Interview with Noor Saleh (VP Sales) – Enterprise Account Executive",
        "",
        ("Brightloom Talent", "talent@brightloom.io"),
        ("Noor Saleh", "noor.saleh@brightloom.io"),
        start=START,
        end=END,
    )
    assert only_interview(page).position == "Enterprise Account Executive"


def test_the_writer_on_themself() -> None:
    # Two titles joined, the firm after them.
    assert _self_said("I'm the co-founder and CPO at Driftmark, and we're hiring.") == (
        "co-founder and CPO",
        False,
        "Driftmark",
        None,
    )
    # No article: a title is still read, and a function after "of" is part of it.
    assert _self_said("These days I'm Head of Research at Mossline.") == (
        "Head of Research",
        False,
        "Mossline",
        None,
    )
    # The writer's own name before the title.
    assert _self_said("I'm Teodora Marsh, Director of Operations at Keelhaul.") == (
        "Director of Operations",
        False,
        "Keelhaul",
        "Teodora Marsh",
    )
    # A founder of a firm, not "of" a function.
    assert _self_said("I'm the founder of Quillfeather Labs.") == (
        "founder",
        False,
        "Quillfeather Labs",
        None,
    )
    # Without an article nothing but a title is read: not the writer's mark.
    assert _self_said("I'm connecting you with Ravi, the hiring manager for this role.") is None


def test_lower_case_prose_from_a_hiring_manager() -> None:
    page = google_event(
        "alex / bo - quick chat",
        "hey alex, bo here. i'm the hiring manager for the data analyst role on our team. "
        "priya shah from our recruiting team set this up, ping her (priya.shah@tessel.io) "
        "with anything.\n\nbo",
        ("Bo Lindqvist", "bo@tessel.io"),
        ("Bo Lindqvist", "bo@tessel.io"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert _people(found) == [("Bo Lindqvist", "bo@tessel.io", None, "decision_maker", True)]
    assert contact(found) == ("Priya Shah", "priya.shah@tessel.io")


def test_a_self_introduced_name_for_an_address_without_one() -> None:
    page = google_event(
        "Coffee chat",
        "Hi Alex - I'm Ottilie Brandt, VP of Product at Fernwater. We're looking for our "
        "first Product Designer and your portfolio came up.",
        ("", "otti@fernwater.com"),
        (None, "otti@fernwater.com"),
        start=START,
        end=END,
    )
    del page["items"][0]["organizer"]["displayName"]  # the address alone, no display name
    assert _people(only_interview(page)) == [
        ("Ottilie Brandt", "otti@fernwater.com", "VP of Product", "executive", False)
    ]


def test_one_of_our_names_a_title() -> None:
    page = google_event(
        "Interview: Platform Lead",
        "Hi Alex,\n\nAs the hiring manager I'd like to dig into your incident work. Ruth Ames, "
        "one of our site reliability engineers, will join for the second half.\n\n"
        "Ines Varga\nHead of Platform, Corvid Systems",
        ("Ines Varga", "ines.varga@corvid.systems"),
        ("Ines Varga", "ines.varga@corvid.systems"),
        ("Ruth Ames", "ruth.ames@corvid.systems"),
        start=START,
        end=END,
    )
    titles = {i.name: i.title for i in only_interview(page).interviewers}
    assert titles["Ruth Ames"] == "site reliability engineer"


def test_an_agenda_row_with_the_person_in_parentheses() -> None:
    page = google_event(
        "Interview loop: Alex Morgan - Mobile Engineer",
        "Agenda:\n2:00 Architecture walkthrough (Sofia Brandt)\n2:45 Debugging (Kofi Asante)\n"
        "3:30 Hiring manager conversation (Lena Ortiz)",
        ("Sofia Brandt", "sofia@tinplate.app"),
        ("Sofia Brandt", "sofia@tinplate.app"),
        ("Kofi Asante", "kofi@tinplate.app"),
        ("Lena Ortiz", "lena@tinplate.app"),
        start="2026-06-02T14:00:00-04:00",
        end="2026-06-02T16:00:00-04:00",
    )
    found = only_interview(page)
    assert [(i.name, i.hiring_manager) for i in found.interviewers] == [
        ("Sofia Brandt", False),
        ("Kofi Asante", False),
        ("Lena Ortiz", True),
    ]
    assert contact(found) is None


def test_a_clause_that_calls_someone_the_hiring_manager_decides_detection() -> None:
    page = google_event(
        "Alex Morgan - Procurement Analyst - Harrow Mills",
        "Hi Alex, I've invited Jonah Pike, who runs our sourcing desk and is the hiring "
        "manager, to our call.\n\nBest,\nElsa Moor | Recruiting Partner | Harrow Mills",
        ("Elsa Moor", "elsa.moor@harrowmills.com"),
        ("Elsa Moor", "elsa.moor@harrowmills.com"),
        ("Jonah Pike", "jonah.pike@harrowmills.com"),
        start=START,
        end=END,
    )
    found = only_event(page)
    assert found.is_interview
    assert any("names the hiring manager (Jonah Pike)" in r for r in found.reasons)
    assert ("Jonah Pike", True) in [(i.name, i.hiring_manager) for i in found.interviewers]


# --- second pass: the company as written, informal interviews, titles in prose -------------


def test_a_generic_tail_on_the_domain_does_not_shorten_the_company() -> None:
    page = google_event(
        "Panel Interview - Route Analyst - Verhoef Transport",
        "Dear Alex,\n\nYour panel for the Route Analyst role:\n- Daan Smit, Planning Lead\n"
        "- Eva Bakker, Senior Route Analyst\n\nKind regards,\nLotte de Vries\n"
        "Recruiter\nVerhoef Transport B.V.",
        ("Lotte de Vries", "lotte.devries@verhoefco.nl"),
        ("Daan Smit", "daan.smit@verhoefco.nl"),
        ("Eva Bakker", "eva.bakker@verhoefco.nl"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Verhoef Transport"


def test_mfg_in_a_domain_spells_manufacturing() -> None:
    page = google_event(
        "Interview Scheduled: Quality Technician",
        "Dear Alex,\n\nYou have been scheduled for an interview with Osprey Ridge Manufacturing "
        "for the Quality Technician position.\n\nInterviewer: Carl Nyberg, Quality Lead",
        ("Talent Acquisition", "talent.acquisition@ospreyridgemfg.com"),
        ("Carl Nyberg", "carl.nyberg@ospreyridgemfg.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "Osprey Ridge Manufacturing"


def test_a_first_name_sign_off_then_the_full_signature_block() -> None:
    page = google_event(
        "Chat about the Senior Level Designer role",
        "Hi Alex,\n\nLoved your portfolio. Let's talk about the role and the team.\n\nBest,\n"
        "Kat\n\nKatharina Wolff\nDesign Director\nBrightmoor Games",
        ("Katharina Wolff", "kat.wolff@bmgames.com"),
        ("Katharina Wolff", "kat.wolff@bmgames.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert found.company == "Brightmoor Games"
    assert [i.title for i in found.interviewers] == ["Design Director"]


def test_a_walk_about_a_job_with_an_outsider_is_an_informal_interview() -> None:
    page = google_event(
        "Walk (Alex / Rui)",
        "Alex - rather than another video call, let's walk the canal. I'd like to talk about "
        "the Head of Growth job and whether you'd want to build that team with us.\n\n"
        "Rui Tavares\nCo-founder & CEO\nSaltmarsh",
        ("Rui Tavares", "rui@saltmarsh.app"),
        ("Rui Tavares", "rui@saltmarsh.app"),
        start=START,
        end=END,
    )
    found = only_event(page)
    assert found.is_interview
    assert any("a job" in r for r in found.reasons)


def test_a_trade_the_lexicon_knows_by_its_ending() -> None:
    page = google_event(
        "Panel Interview: Alex Morgan - Senior Geologist (Requisition 3310-C)",
        "Interviewers:\nMarta Silva - Exploration Manager\nJon Berg - Principal Geologist",
        ("Recruiting", "recruiting@northfell.com"),
        ("Marta Silva", "marta.silva@northfell.com"),
        ("Jon Berg", "jon.berg@northfell.com"),
        start=START,
        end=END,
    )
    assert only_interview(page).position == "Senior Geologist"


def test_both_in_a_parenthesis_gives_each_name_the_title() -> None:
    page = google_event(
        "Take-home review",
        "Alex, Mina Cho and Lars Eek (both Staff Data Engineers) will go through your "
        "take-home with you.\n\nPia Holm\nRecruiting Coordinator, Fjordline",
        ("Pia Holm", "pia.holm@fjordline.no"),
        ("Mina Cho", "mina.cho@fjordline.no"),
        ("Lars Eek", "lars.eek@fjordline.no"),
        start=START,
        end=END,
    )
    titles = {i.name: i.title for i in only_interview(page).interviewers}
    assert titles == {"Mina Cho": "Staff Data Engineer", "Lars Eek": "Staff Data Engineer"}


def test_the_mark_then_the_title_and_the_next_person_met() -> None:
    page = google_event(
        "Second round - Brand Designer",
        "Hi Alex,\n\nThis round you'll talk with Clio Marsh, the hiring manager and our Head of "
        "Brand, and with Ravi Sen, a Senior Brand Designer on her team.\n\n"
        "Noa Adler\nRecruiter, Tallgrass",
        ("Noa Adler", "noa.adler@tallgrass.co"),
        ("Clio Marsh", "clio.marsh@tallgrass.co"),
        ("Ravi Sen", "ravi.sen@tallgrass.co"),
        start=START,
        end=END,
    )
    assert [(i.name, i.title, i.hiring_manager) for i in only_interview(page).interviewers] == [
        ("Clio Marsh", "Head of Brand", True),
        ("Ravi Sen", "Senior Brand Designer", False),
    ]


def test_your_future_manager_in_parentheses_is_the_mark() -> None:
    from app.calendar.names import parse_people

    (p,) = parse_people("Ada Nwosu, Data Science Manager (your future manager)")
    assert (p.name, p.title, p.hiring_manager) == ("Ada Nwosu", "Data Science Manager", True)


def test_a_booking_page_s_event_name_says_hiring_manager_chat() -> None:
    page = google_event(
        "Alex Morgan and Sunniva Dahl",
        "Event Name: Hiring manager chat - Platform Engineer\n\nA 30-minute conversation with "
        "Sunniva Dahl, Director of Engineering at Kelpworks.\n\nNeed to make changes to this "
        "event?\nCancel: https://calendly.com/cancellations/x1\n\nPowered by Calendly.com",
        ("Sunniva Dahl", "sunniva@kelpworks.io"),
        ("Sunniva Dahl", "sunniva@kelpworks.io"),
        start=START,
        end=END,
    )
    assert [(i.name, i.hiring_manager) for i in only_interview(page).interviewers] == [
        ("Sunniva Dahl", True)
    ]


# --- third pass, after probe part J: the subject names the job; the stage; honorifics ------


def test_a_subject_that_names_a_job_with_an_outsider_is_an_interview() -> None:
    page = google_event(
        "Rhea / Alex — Senior Product Designer",
        "Hi Alex, looking forward to it. We'll go through one of your case studies.\n\n"
        "Rhea Lund | Design Director | Mossgate",
        ("Rhea Lund", "rhea@mossgate.com"),
        ("Rhea Lund", "rhea@mossgate.com"),
        start=START,
        end=END,
    )
    found = only_event(page)
    assert found.is_interview
    assert 'title names a job ("Senior Product Designer")' in found.reasons
    assert found.position == "Senior Product Designer"


def test_the_user_on_a_conference_panel_is_no_interview() -> None:
    page = google_event(
        "Panel: Hiring data engineers",
        "Thanks for joining our panel as a speaker! Fellow panelists: Ines Roy (VP Data, "
        "Ordo) and Kai Lim (Head of Talent, Brisk). The green room opens at 1:30.",
        ("DataConf Lisbon", "speakers@dataconf.pt"),
        start=START,
        end=END,
    )
    (found,) = extract_interviews(
        page, format="google", me=ME, timezone="America/New_York", include_all=True
    )
    assert not found.is_interview
    assert any("not your job interview" in r for r in found.reasons)


def test_a_sister_s_style_is_not_part_of_her_name() -> None:
    from app.calendar.names import is_name

    assert is_name("Sr. Bernadette Kealy")
    page = google_event(
        "Interview for Clinical Nurse Specialist",
        "Dear Alex,\n\nPanel: Sr. Bernadette Kealy (Director of Nursing), Conor Walsh (Clinical "
        "Nurse Manager)\n\nHR Department\nSt. Brendan's Hospital",
        ("HR Department", "hr@stbrendans.ie"),
        ("Bernadette Kealy", "bernadette.kealy@stbrendans.ie"),
        ("Conor Walsh", "conor.walsh@stbrendans.ie"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.name for i in found.interviewers] == ["Bernadette Kealy", "Conor Walsh"]
    # The company is the hospital the letter names (its letters run on across "St. " and "'"),
    # not the sender's "HR Department".
    assert found.company == "St. Brendan's Hospital"


def test_words_spelt_out_then_initials_in_the_domain() -> None:
    from app.calendar.company import agrees_with_domain

    assert agrees_with_domain("St. Ansgar Medical Center", "stansgarmc.org")
    assert agrees_with_domain("Harbor Freight Tools", "harborft.com")
    page = google_event(
        "Interview: Charge Nurse",
        "Hi Alex,\n\nLooking forward to meeting you on the unit.\n\nRegards,\nGrace Achebe\n"
        "Director of Nursing\nSt. Ansgar Medical Center",
        ("Grace Achebe", "grace.achebe@stansgarmc.org"),
        ("Grace Achebe", "grace.achebe@stansgarmc.org"),
        start=START,
        end=END,
    )
    assert only_interview(page).company == "St. Ansgar Medical Center"


# --- fourth pass: fields on their own lines, the mark on a bullet, a founder's firm --------


def test_labels_on_their_own_lines_with_the_values_below() -> None:
    page = google_event(
        "Interview Scheduled – Water Quality Technician",
        "Job Requisition\nR-77120 Water Quality Technician\n\nHiring Manager\nPetra Lund\n\n"
        "Interviewers\nPetra Lund\nYusuf Kaya\n\nRecruiter\nNia Boateng\n\n"
        "This message was sent from an applicant tracking system.",
        ("Clearbrook Utilities Recruiting", "recruiting@clearbrookutilities.com"),
        ("Petra Lund", "petra.lund@clearbrookutilities.com"),
        ("Yusuf Kaya", "yusuf.kaya@clearbrookutilities.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [(i.name, i.title, i.hiring_manager) for i in found.interviewers] == [
        ("Petra Lund", None, True),
        ("Yusuf Kaya", None, False),
    ]
    assert contact(found) == ("Nia Boateng", None)


def test_the_mark_in_parentheses_on_a_bullet_line() -> None:
    page = google_event(
        "Technical Interview – Alex Morgan",
        "Who you'll meet 👇\n• Lena Brandt — Staff Engineer\n• Kwame Osei — Engineering "
        "Manager (your future manager)\n\nRecruiter: Ivy Chan",
        ("Ivy Chan", "ivy@quillstack.io"),
        ("Lena Brandt", "lena@quillstack.io"),
        ("Kwame Osei", "kwame@quillstack.io"),
        start=START,
        end=END,
    )
    assert [(i.name, i.title, i.hiring_manager) for i in only_interview(page).interviewers] == [
        ("Lena Brandt", "Staff Engineer", False),
        ("Kwame Osei", "Engineering Manager", True),
    ]


def test_a_founder_on_a_personal_address_names_the_firm_after_the_title() -> None:
    page = google_event(
        "Coffee ☕ Alex + Ines",
        "Alex! Would love to tell you about the founding engineer role.\n\n"
        "— Ines Falk, co-founder, Tidewright",
        ("Ines Falk", "ines.falk.tw@gmail.com"),
        ("Ines Falk", "ines.falk.tw@gmail.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert found.company == "Tidewright"
    assert [i.title for i in found.interviewers] == ["co-founder"]


# --- fifth pass: a team's mailbox ----------------------------------------------------------


def test_a_team_mailbox_is_never_an_interviewer() -> None:
    page = google_event(
        "Assessment Day - Ground Operations Agent",
        "Please arrive 15 minutes early. Your assessors: Maya Ruiz (Station Manager).",
        ("Fernhill Air Recruitment", "crewrecruitment@fernhillair.com"),
        ("Fernhill Air Recruitment", "crewrecruitment@fernhillair.com"),
        ("Maya Ruiz", "maya.ruiz@fernhillair.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [i.email for i in found.interviewers] == ["maya.ruiz@fernhillair.com"]
    assert contact(found) == (None, "crewrecruitment@fernhillair.com")


def test_the_person_who_signs_from_a_team_mailbox_is_the_one_to_ask() -> None:
    page = google_event(
        "Technical interview - Java Developer",
        "Dear Alex,\n\nYour interview will be with Rohan Mehta (Technical Lead).\n\n"
        "Thanks & Regards,\nDeepa Nair\nHR Executive\nBluepeak Systems",
        ("Bluepeak HR", "hr@bluepeak.in"),
        ("Rohan Mehta", "rohan.mehta@bluepeak.in"),
        start=START,
        end=END,
    )
    assert contact(only_interview(page)) == ("Deepa Nair", "hr@bluepeak.in")


def test_a_recruiting_team_s_name_on_an_answering_mailbox() -> None:
    page = google_event(
        "Second round interview - Trainee Solicitor",
        "Dear Alex,\n\nYour interview will be with Tom Reyes (Partner).\n\nKind regards\n"
        "Amira Haddad\nGraduate Recruitment Adviser\nReyes Lowe LLP",
        ("Graduate Recruitment", "graduates@reyeslowe.com"),
        ("Tom Reyes", "tom.reyes@reyeslowe.com"),
        start=START,
        end=END,
    )
    assert contact(only_interview(page)) == ("Amira Haddad", "graduates@reyeslowe.com")


# --- sixth pass: who to ask when a coordinator and a recruiter are both named ---------------


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


def test_your_recruiter_for_this_role_is() -> None:
    page = google_event(
        "Interview - Billing Engineer",
        "You'll meet Ana Paz (Staff Engineer).\n\nYour recruiter for this role is Jonas Falk "
        "(jonas.falk@orrery.dev).\n\nBest,\nMia Lund\nCandidate Coordinator | Orrery",
        ("Mia Lund", "mia.lund@orrery.dev"),
        ("Ana Paz", "ana.paz@orrery.dev"),
        start=START,
        end=END,
    )
    assert contact(only_interview(page)) == ("Jonas Falk", "jonas.falk@orrery.dev")


def test_a_heading_s_value_after_a_blank_line() -> None:
    page = google_event(
        "Onsite - Test Engineer",
        "Interviewers\n\n- Ida Holm, Test Lead (ida.holm@gridarc.com)\n\nRecruiter\n\n"
        "- Sven Dahl (sven.dahl@gridarc.com)",
        ("Sven Dahl", "sven.dahl@gridarc.com"),
        ("Sven Dahl", "sven.dahl@gridarc.com"),
        ("Ida Holm", "ida.holm@gridarc.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert contact(found) == ("Sven Dahl", "sven.dahl@gridarc.com")
    assert [i.name for i in found.interviewers] == ["Ida Holm"]


# --- seventh pass: positions in prose ------------------------------------------------------


def test_positions_in_prose() -> None:
    from app.calendar.schedule import prose_position

    # The event word after the job's name, with a comma inside the name.
    assert (
        prose_position("Looking forward to the Principal Chemist, Formulation onsite next week.")
        == "Principal Chemist, Formulation"
    )
    # An appositive after "someone".
    assert (
        prose_position(
            "We need someone to run pricing end to end, a Revenue Operations Analyst, and "
            "your name came up."
        )
        == "Revenue Operations Analyst"
    )
    # "the final round for X!"
    assert (
        prose_position("Congrats on reaching the final round for Senior Site Reliability Engineer!")
        == "Senior Site Reliability Engineer"
    )
    # An event word after something that is no job stays unread.
    assert prose_position("See you at the Zoom onsite tomorrow.") is None


# --- eighth pass: titles said of people ---------------------------------------------------


def test_pipes_between_people_each_with_a_middle_dot() -> None:
    from app.calendar.names import parse_people

    assert [
        (p.name, p.title)
        for p in parse_people("Nora Vik · Senior Data Analyst | Jens Aalto · Analytics Manager")
    ] == [("Nora Vik", "Senior Data Analyst"), ("Jens Aalto", "Analytics Manager")]


def test_a_title_said_of_someone_invited() -> None:
    page = google_event(
        "Intro call",
        "Event Name: Intro call\n\nTariq Haddad is the co-founder of Brinefield and takes "
        "these calls himself.\n\nPowered by Calendly.com",
        ("Tariq Haddad", "tariq@brinefield.com"),
        ("Tariq Haddad", "tariq@brinefield.com"),
        start=START,
        end=END,
    )
    assert [(i.name, i.title) for i in only_interview(page).interviewers] == [
        ("Tariq Haddad", "co-founder")
    ]


def test_a_team_after_a_title_in_a_signature_is_no_agency() -> None:
    page = google_event(
        "Chat about the Search Relevance Engineer role",
        "Hi Alex - I'm the hiring manager for this opening. Would love 30 minutes.\n\n"
        "Wen Li\nEngineering Manager, Search\nLanternway",
        ("Wen Li", "wen.li@lanternway.com"),
        ("Wen Li", "wen.li@lanternway.com"),
        start=START,
        end=END,
    )
    found = only_interview(page)
    assert [(i.title, i.hiring_manager) for i in found.interviewers] == [
        ("Engineering Manager, Search", True)
    ]
    assert found.recruiter is None
