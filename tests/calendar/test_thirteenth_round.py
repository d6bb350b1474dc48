"""Thirteenth extraction round (issue 16, fresh-10 read by mechanism): invites written for each
mechanism, each failing before it.

Post-nominal letters written between a name and its title ("Name, PharmD, BCOP, Director of
Pharmacy", "(FIA, Senior Actuary)") belong to the name, not the title; an organisational unit
written before the title with a dash ("Chief Actuary's Office - Senior Actuary") is where the
person sits, not what they do."""

from __future__ import annotations

from typing import Any

from app.calendar.model import Interview, Interviewer
from app.calendar.titles import role_of
from app.playbook.roles import Role
from tests.calendar.helpers import google_event, only_interview

START = "2026-09-08T13:00:00-04:00"
END = "2026-09-08T14:00:00-04:00"
ORGANIZER = ("Imelda Carrasco", "imelda.carrasco@harrowgatehealth.org")


def _people(description: str, *guests: tuple[str | None, str]) -> dict[str | None, Interviewer]:
    page = google_event(
        "Interview - Alex Morgan - Respiratory Therapist",
        description,
        ORGANIZER,
        *guests,
        start=START,
        end=END,
    )
    return {p.name: p for p in only_interview(page).interviewers}


def test_letters_after_a_name_in_prose_are_not_the_title() -> None:
    found = _people(
        "Dear Alex,\n\nYour panel is Winifred Osei-Bonsu, DNP, CCRN, Director of Critical Care, "
        "and Tobias Harrow, RRT, MSc, Respiratory Therapy Supervisor.\n\nImelda Carrasco\n"
        "Talent Acquisition, Harrowgate Health",
        ("Winifred Osei-Bonsu", "wosei@harrowgatehealth.org"),
        ("Tobias Harrow", "tharrow@harrowgatehealth.org"),
    )
    assert found["Winifred Osei-Bonsu"].title == "Director of Critical Care"
    assert found["Tobias Harrow"].title == "Respiratory Therapy Supervisor"


def test_letters_and_a_unit_before_a_title_in_parentheses() -> None:
    found = _people(
        "Interviewers: Bartholomew Quaye (FCCA, Group Treasury Office - Treasury Analyst), "
        "Imelda Carrasco (Talent Acquisition Partner)",
        ("Bartholomew Quaye", "bquaye@harrowgatehealth.org"),
        ORGANIZER,
    )
    assert found["Bartholomew Quaye"].title == "Treasury Analyst"
    assert str(found["Bartholomew Quaye"].role) == "peer"


def _lineup(description: str, *guests: tuple[str | None, str]) -> dict[str | None, Interviewer]:
    page = google_event(
        "Onsite - Alex Morgan - Platform Engineer - Quillon",
        description,
        ("Bettina Okafor", "bettina@quillon.dev"),
        *guests,
        start=START,
        end=END,
    )
    return {p.name: p for p in only_interview(page).interviewers}


def test_a_person_line_reads_its_title_whole_and_the_mark_apart() -> None:
    # A title continued after "&" is cleaned as a whole (the slot length is no title); a comma
    # part that only says "hiring manager for this role" is the mark, not more title; a
    # nickname in quotes does not stop the line being one person.
    found = _lineup(
        "Hi Alex,\n\nYour onsite lineup:\n\n"
        "Rupert Vance — Founder & CTO (45 min)\n"
        'Josephine "Jo" Adair — Director of Infrastructure, hiring manager for this role '
        "(60 min)\n\nBettina Okafor\nTalent Partner, Quillon",
        ("Rupert Vance", "rupert@quillon.dev"),
        ("Josephine Adair", "jo@quillon.dev"),
    )
    assert found["Rupert Vance"].title == "Founder & CTO"
    (adair,) = [p for p in found.values() if p.email == "jo@quillon.dev"]
    assert adair.title == "Director of Infrastructure"
    assert adair.hiring_manager


def test_a_nickname_in_parentheses_between_given_name_and_surname() -> None:
    found = _lineup(
        "Schedule:\n\n10:00-11:00 — Anantharaman (Ananth) Iyer — Staff Engineer — Architecture\n"
        "11:00-12:00 — Bettina Okafor — Talent Partner — Wrap-up",
        ("Anantharaman Iyer", "ananth@quillon.dev"),
    )
    iyer = found["Anantharaman Iyer"]
    assert iyer.title == "Staff Engineer"
    assert str(iyer.role) == "peer"


def test_working_for_someone_written_beside_them_is_the_mark() -> None:
    found = _lineup(
        "<p>You'll meet:</p><ul><li>Cassius Obi - Platform Lead (you'd be reporting to "
        "Cassius)</li><li>Mirela Dragan - SRE</li></ul>",
        (None, "cassius@quillon.dev"),
        (None, "mirela@quillon.dev"),
    )
    assert found["Cassius Obi"].hiring_manager
    assert found["Cassius Obi"].title == "Platform Lead"
    assert not found["Mirela Dragan"].hiring_manager
    found = _lineup(
        "You'll meet:\n* Cassius Obi (Platform Lead; you would work for Cassius)\n"
        "* Mirela Dragan (SRE; you will pair with Mirela on a small task)",
        ("Cassius Obi", "cassius@quillon.dev"),
        ("Mirela Dragan", "mirela@quillon.dev"),
    )
    assert found["Cassius Obi"].hiring_manager
    assert found["Cassius Obi"].title == "Platform Lead"
    assert found["Mirela Dragan"].title == "SRE"
    assert not found["Mirela Dragan"].hiring_manager


def test_who_runs_a_function_or_chairs_a_department_decides() -> None:
    # PLAYBOOK §4: a people-manager title is a decision-maker. The general counsel runs the
    # legal function (an associate general counsel is a lawyer on it); "Chair, Department of
    # X" chairs the department as "Chair of the Department of X" does; a trustee holds no
    # office on the board and sits on the panel as a peer.
    assert role_of("General Counsel") is Role.DECISION_MAKER
    assert role_of("Deputy General Counsel") is Role.DECISION_MAKER
    assert role_of("Associate General Counsel") is Role.PEER
    assert role_of("Chair, Department of Marine Biology") is Role.DECISION_MAKER
    assert role_of("Chair, Board of Governors") is Role.EXECUTIVE
    assert role_of("Trustee") is Role.PEER
    assert role_of("Board Treasurer") is Role.EXECUTIVE


def test_a_second_lower_case_hat_and_a_search_are_not_the_title_or_the_job() -> None:
    page = google_event(
        "Video interview - Lecturer in Marine Biology search",
        "Dear Dr. Morgan,\n\nThe committee: Prof. Ingrid Vasquez-Holt (Chair, Department of "
        "Marine Biology and committee chair), Dr. Tomasz Wrobel (Senior Lecturer).\n\n"
        "Sincerely,\nIngrid Vasquez-Holt",
        ("Prof. Ingrid Vasquez-Holt", "ivasquez@carrick.ac.uk"),
        ("Prof. Ingrid Vasquez-Holt", "ivasquez@carrick.ac.uk"),
        ("Dr. Tomasz Wrobel", "twrobel@carrick.ac.uk"),
        start=START,
        end=END,
    )
    interview = only_interview(page)
    by_name = {p.name: p for p in interview.interviewers}
    assert by_name["Ingrid Vasquez-Holt"].title == "Chair, Department of Marine Biology"
    assert str(by_name["Ingrid Vasquez-Holt"].role) == "decision_maker"
    assert interview.position == "Lecturer in Marine Biology"


def test_the_job_an_application_names_is_the_position() -> None:
    page = google_event(
        "Alex Morgan <> Kestrel Dynamics - first call",
        "Hello Alex,\n\nthank you for your application on position of Embedded Firmware "
        "Engineer (Motor Control). On this call we will talk about your experience.\n\n"
        "Regards,\nOksana Petrenko\nTalent Acquisition | Kestrel Dynamics",
        ("Oksana Petrenko", "oksana@kestreldynamics.eu"),
        ("Oksana Petrenko", "oksana@kestreldynamics.eu"),
        start=START,
        end=END,
    )
    assert only_interview(page).position == "Embedded Firmware Engineer (Motor Control)"


def _writer_met(
    description: str, writer: tuple[str, str], other: tuple[str, str]
) -> dict[str, Any]:
    page = google_event(
        "Interview - Alex Morgan - Site Reliability Engineer",
        description,
        writer,
        writer,
        other,
        start=START,
        end=END,
    )
    interview = only_interview(page)
    return {
        "met": {p.email: p for p in interview.interviewers},
        "recruiter": interview.recruiter,
    }


def test_the_writer_named_among_those_met_is_met() -> None:
    oriane = ("Oriane Dubois", "oriane.dubois@velaris.fr")
    marco = ("Marco Bellandi", "marco.bellandi@velaris.fr")
    for said in (
        "Vous rencontrerez Marco Bellandi, Staff SRE, and myself.",
        "Marco Bellandi (Staff SRE) and I (Oriane Dubois, Talent Partner) will interview you.",
        "Joining today: Marco Bellandi (he/him), Staff SRE, and me, Oriane Dubois (she/her), "
        "Talent Partner.",
    ):
        found = _writer_met(
            f"Bonjour Alex,\n\n{said}\n\nBien cordialement,\nOriane Dubois\nTalent Partner",
            oriane,
            marco,
        )
        assert set(found["met"]) == {oriane[1], marco[1]}, said
        assert found["met"][marco[1]].title == "Staff SRE", said
        assert str(found["met"][oriane[1]].role) == "recruiter", said
        assert found["recruiter"].email == oriane[1], said


def test_a_recruiter_label_that_says_they_will_join_the_call() -> None:
    found = _writer_met(
        "Hallo Alex,\n\nHiring Manager: Marco Bellandi, Teamleiter SRE\nRecruiter: Oriane "
        "Dubois (will join the call)\n\nViele Grüße\nOriane Dubois\nHR Business Partner",
        ("Oriane Dubois", "oriane.dubois@velaris.fr"),
        ("Marco Bellandi", "marco.bellandi@velaris.fr"),
    )
    assert set(found["met"]) == {"oriane.dubois@velaris.fr", "marco.bellandi@velaris.fr"}
    assert found["met"]["marco.bellandi@velaris.fr"].hiring_manager


def test_a_french_sign_off_closes_the_letter_and_the_title_below_the_name_is_read() -> None:
    found = _writer_met(
        "Bonjour Alex,\n\nVous rencontrerez Marco Bellandi, Staff SRE, and myself.\n\n"
        "Bien cordialement,\nOriane Dubois\nChargée de recrutement",
        ("Oriane Dubois", "oriane.dubois@velaris.fr"),
        ("Marco Bellandi", "marco.bellandi@velaris.fr"),
    )
    assert found["met"]["oriane.dubois@velaris.fr"].title == "Chargée de recrutement"


def _invite(
    description: str, organizer: tuple[str, str], *guests: tuple[str | None, str]
) -> Interview:
    page = google_event(
        "Interview - Alex Morgan - Pastry Chef",
        description,
        organizer,
        *guests,
        start=START,
        end=END,
    )
    return only_interview(page)


def test_who_answers_questions_is_the_one_to_ask() -> None:
    interview = _invite(
        "Alex,\n\n2:00 pm - tasting with Chef Renata Villalobos, Executive Pastry Chef\n\n"
        "Questions: Dorian Fleck, Talent Coordinator, 555-0188 or dfleck@maisonbrun.com",
        ("Maison Brun Careers", "careers@maisonbrun.com"),
        ("Renata Villalobos", "rvillalobos@maisonbrun.com"),
    )
    assert interview.recruiter is not None
    assert (interview.recruiter.name, interview.recruiter.email) == (
        "Dorian Fleck",
        "dfleck@maisonbrun.com",
    )


def test_a_signer_from_a_no_reply_tool_is_asked_at_the_address_she_signs_with() -> None:
    interview = _invite(
        "Hej Alex!\n\nYou will meet Renata Villalobos (Executive Pastry Chef).\n\n"
        "Med vänliga hälsningar,\nSigne Holmberg, Talent Acquisition "
        "(signe.holmberg@maisonbrun.se)",
        ("Teamtailor", "no-reply@teamtailor.com"),
        ("Renata Villalobos", "rvillalobos@maisonbrun.se"),
    )
    assert interview.recruiter is not None
    assert (interview.recruiter.name, interview.recruiter.email) == (
        "Signe Holmberg",
        "signe.holmberg@maisonbrun.se",
    )


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
        start=START,
        end=END,
    )
    # The organizer is not among the guests (google_event lists only `guests`).
    interview = only_interview(page)
    assert {p.email for p in interview.interviewers} == {
        "renata@maisonbrun.com",
        "tobiah@maisonbrun.com",
    }
    assert interview.recruiter is not None
    assert interview.recruiter.email == "perrine@maisonbrun.com"


def test_recruiting_staff_in_attendance_are_asked_before_the_sender_off_the_lineup() -> None:
    page = google_event(
        "Senior Pastry Chef - Interview",
        "Dear Alex,\n\nYour interview panel is:\n\nRenata Villalobos, Culinary Director\n"
        "Tobiah Marsh, Sous Chef\n\nMs Odile Ferrand (HR Partner) will be in attendance but "
        "is not a member of the panel.\n\nBest,\nPerrine Aubert\nRestaurant Manager",
        ("Perrine Aubert", "perrine@maisonbrun.com"),
        ("Renata Villalobos", "renata@maisonbrun.com"),
        ("Tobiah Marsh", "tobiah@maisonbrun.com"),
        ("Odile Ferrand", "odile.ferrand@maisonbrun.com"),
        start=START,
        end=END,
    )
    interview = only_interview(page)
    assert "perrine@maisonbrun.com" not in {p.email for p in interview.interviewers}
    assert interview.recruiter is not None
    assert interview.recruiter.email == "odile.ferrand@maisonbrun.com"


def test_a_panel_heading_that_says_for_what_and_is_opens_the_list() -> None:
    # "The appointing panel for this post is:": the lines under it are the people met, the
    # one not invited too; "Professor" is a style before the name, and "Dean of Culinary Arts
    # (Chair)" is a title with its scope, not a person called Dean.
    page = google_event(
        "Interview - Head Sommelier",
        "Dear Alex,\n\nThe appointing panel for this post is:\n\nProfessor Ines Marwood, Dean "
        "of Culinary Arts (Chair)\nTobiah Marsh, Executive Sous Chef\n\nBest,\nPerrine Aubert"
        "\nTalent Partner",
        ("Perrine Aubert", "perrine@maisonbrun.com"),
        ("Perrine Aubert", "perrine@maisonbrun.com"),
        ("Ines Marwood", "ines@maisonbrun.com"),
        start=START,
        end=END,
    )
    interview = only_interview(page)
    by_name = {p.name: p for p in interview.interviewers}
    assert set(by_name) == {"Ines Marwood", "Tobiah Marsh"}
    assert by_name["Ines Marwood"].title == "Dean of Culinary Arts"
    assert by_name["Tobiah Marsh"].title == "Executive Sous Chef"
    assert by_name["Tobiah Marsh"].email is None


def test_recruiting_staff_in_attendance_are_asked_before_the_mailbox_that_sent_it() -> None:
    page = google_event(
        "Senior Pastry Chef - Interview",
        "Dear Alex,\n\nYour interview panel is:\n\nRenata Villalobos, Culinary Director\n"
        "Tobiah Marsh, Sous Chef\n\nMs Odile Ferrand (HR Partner) will be in attendance but "
        "is not a member of the panel.\n\nMaison Brun People Team",
        ("Maison Brun People Team", "people-team@maisonbrun.com"),
        ("Renata Villalobos", "renata@maisonbrun.com"),
        ("Tobiah Marsh", "tobiah@maisonbrun.com"),
        ("Odile Ferrand", "odile.ferrand@maisonbrun.com"),
        start=START,
        end=END,
    )
    interview = only_interview(page)
    assert {p.email for p in interview.interviewers} == {
        "renata@maisonbrun.com",
        "tobiah@maisonbrun.com",
    }
    assert interview.recruiter is not None
    assert interview.recruiter.email == "odile.ferrand@maisonbrun.com"


def test_what_a_title_is_of_stays_with_the_title() -> None:
    # The last comma part after a title, a short capitalised phrase with no title of its own,
    # is the title's scope, not a second person; "Name (Title), Name" stays a list.
    page = google_event(
        "Panel interview: Process Chemist",
        "Your panel: Dr. Ottilie Brandvold, Associate Director, Polymer Sciences (hiring "
        "manager); Sunniva Aas, Senior Chemist.\n\nInterviewers: Jarle Vik (Lab Technician), "
        "Hedda Moen\n\nOn site: Mr Torbjørn HAUGE - Vice President, Pilot Plant\n\n"
        "Best wishes,\nIngrid Lunde\nTalent Acquisition",
        ("Ingrid Lunde", "ingrid.lunde@nordpolymer.no"),
        ("Ingrid Lunde", "ingrid.lunde@nordpolymer.no"),
        (None, "o.brandvold@nordpolymer.no"),
        (None, "s.aas@nordpolymer.no"),
        (None, "j.vik@nordpolymer.no"),
        (None, "h.moen@nordpolymer.no"),
        start=START,
        end=END,
    )
    interview = only_interview(page)
    by_name = {p.name: p for p in interview.interviewers}
    assert "Polymer Sciences" not in by_name and "Pilot Plant" not in by_name
    assert by_name["Ottilie Brandvold"].title == "Associate Director, Polymer Sciences"
    assert by_name["Ottilie Brandvold"].hiring_manager
    assert "Hedda Moen" in by_name


def test_a_title_and_where_after_a_name_is_no_person() -> None:
    found = _people(
        "Interviewers: Remy Thibodeaux, Terminal Superintendent - Port Arthur\n\n"
        "Imelda Carrasco, Talent Acquisition",
        ("Remy Thibodeaux", "rthibodeaux@harrowgatehealth.org"),
    )
    assert set(found) == {"Remy Thibodeaux"}
    assert found["Remy Thibodeaux"].title == "Terminal Superintendent - Port Arthur"


def test_a_list_item_stacked_as_name_then_title() -> None:
    # A list item (bullet, number or indent) that is a name alone, with the title alone on the
    # next line: one person. A signature's unindented name and title stay a signature.
    page = google_event(
        "Onsite - Alex Morgan - Level Designer",
        "Hi Alex,\n\nWho you'll meet:\n\n- Marisela Ocampo\nLead Level Designer\n\n"
        "- Dmitri Sokolov\nNarrative Director\n\n10:00 AM\tPortfolio review\n\tYusuf Demirci\n"
        "\tSenior Environment Artist\n\nThanks!\nPell Harrow\nRecruiting Coordinator | Ironbark",
        ("Pell Harrow", "pell@ironbark.games"),
        ("Pell Harrow", "pell@ironbark.games"),
        (None, "marisela@ironbark.games"),
        (None, "dmitri@ironbark.games"),
        (None, "yusuf@ironbark.games"),
        start=START,
        end=END,
    )
    by_email = {p.email: p for p in only_interview(page).interviewers}
    assert by_email["marisela@ironbark.games"].title == "Lead Level Designer"
    assert by_email["dmitri@ironbark.games"].title == "Narrative Director"
    assert by_email["yusuf@ironbark.games"].title == "Senior Environment Artist"


def test_the_hiring_manager_as_tools_and_people_write_it() -> None:
    # "Hiring Lead:" labels the hiring manager (JazzHR, Workable); "(your direct supervisor)"
    # and "- the Night Auditor reports to Anneke" beside a person are the mark; a label and
    # its value in two cells of a table row ("Interviewer(s)  …") need no colon.
    page = google_event(
        "Interview - Night Auditor - Alex Morgan",
        "Hiring Lead: Brannagh Doyle (Rooms Division Manager)\n\n"
        "Interviewers  Anneke Visser (Front Office Manager) - the Night Auditor reports to "
        "Anneke; Tomasz Krol, Revenue Analyst\n\n"
        "Joining: Ilse Brandt, Guest Relations Manager (your direct supervisor)",
        ("Harbourview Hotel Careers", "careers@harbourviewhotel.ie"),
        ("Brannagh Doyle", "bdoyle@harbourviewhotel.ie"),
        ("Anneke Visser", "avisser@harbourviewhotel.ie"),
        ("Tomasz Krol", "tkrol@harbourviewhotel.ie"),
        ("Ilse Brandt", "ibrandt@harbourviewhotel.ie"),
        start=START,
        end=END,
    )
    by_name = {p.name: p for p in only_interview(page).interviewers}
    assert by_name["Brannagh Doyle"].hiring_manager
    assert by_name["Anneke Visser"].hiring_manager
    assert by_name["Anneke Visser"].title == "Front Office Manager"
    assert by_name["Ilse Brandt"].hiring_manager
    assert by_name["Ilse Brandt"].title == "Guest Relations Manager"
    assert not by_name["Tomasz Krol"].hiring_manager


def test_a_clause_after_a_title_and_styles_with_a_dot_are_not_part_of_it() -> None:
    page = google_event(
        "Interview - Alex Morgan - Front Office Lead",
        "Dear Alex,\n\nOn behalf of Leopold Brandauer, Hotel Director, I've scheduled this "
        "meeting.\n\nInterviewers:\n- Mag. Theresia Gruber, Rooms Division Manager – she will "
        "join for the last 20 minutes\n- Ing. Kwesi Owusu-Ansah (Chief Engineer)\n\n"
        "Kind regards,\nAnnelie Wimmer\nTalent Coordinator",
        ("Annelie Wimmer", "annelie.wimmer@hotel-alpenrose.at"),
        ("Leopold Brandauer", "leopold.brandauer@hotel-alpenrose.at"),
        (None, "theresia.gruber@hotel-alpenrose.at"),
        (None, "kwesi.owusu-ansah@hotel-alpenrose.at"),
        start=START,
        end=END,
    )
    by_email = {p.email: p for p in only_interview(page).interviewers}
    assert by_email["leopold.brandauer@hotel-alpenrose.at"].title == "Hotel Director"
    assert by_email["theresia.gruber@hotel-alpenrose.at"].title == "Rooms Division Manager"
    assert by_email["theresia.gruber@hotel-alpenrose.at"].name == "Theresia Gruber"
    assert by_email["kwesi.owusu-ansah@hotel-alpenrose.at"].name == "Kwesi Owusu-Ansah"


def test_directory_names_with_a_department_code_or_an_initial() -> None:
    page = google_event(
        "Selection Board Interview - Hydrogeologist",
        "The selection board will consist of:\nMarguerite Lavoie, Manager, Groundwater "
        "Programs\nTeodor Ilin, Senior Hydrogeologist",
        ("Boucher, Élise (ENV)", "elise.boucher@waterboard.example"),
        ("Boucher, Élise (ENV)", "elise.boucher@waterboard.example"),
        ("Lavoie, Marguerite (ENV)", "marguerite.lavoie@waterboard.example"),
        ("Ilin, R. Teodor", "teodor.ilin@waterboard.example"),
        start=START,
        end=END,
    )
    interview = only_interview(page)
    names = {p.email: p.name for p in interview.interviewers}
    assert names["marguerite.lavoie@waterboard.example"] == "Marguerite Lavoie"
    assert names["teodor.ilin@waterboard.example"] == "R. Teodor Ilin"


def test_an_assistant_who_books_for_someone_is_not_met() -> None:
    page = google_event(
        "Alex Morgan / Ottoline Varga",
        "Good afternoon Alex,\n\nI am the Executive Assistant to Ottoline Varga, Chief "
        "Executive of Brightwater Trust. Ottoline would like to meet you about the Director of "
        "Development position.\n\nKind regards,\nSunil Mehra",
        ("Sunil Mehra", "sunil.mehra@brightwatertrust.org"),
        ("Ottoline Varga", "ottoline.varga@brightwatertrust.org"),
        start=START,
        end=END,
    )
    assert [p.email for p in only_interview(page).interviewers] == [
        "ottoline.varga@brightwatertrust.org"
    ]


def test_a_local_title_with_its_english_gloss() -> None:
    page = google_event(
        "Entrevista / Interview - Alex Morgan - Data Analyst",
        "Hola Alex,\n\nYou will meet:\n- Ximena Quiroga Paz, Jefa de Analítica (Head of "
        "Analytics) - she is the hiring manager\n- Dorotea Wrona, Kierownik Zespołu / Team "
        "Manager\n\nSaludos,\nPilar Soto\nTalent Acquisition",
        ("Pilar Soto", "pilar.soto@andinadatos.co"),
        ("Ximena Quiroga Paz", "ximena.quiroga@andinadatos.co"),
        ("Dorotea Wrona", "dorotea.wrona@andinadatos.co"),
        start=START,
        end=END,
    )
    by_name = {p.name: p for p in only_interview(page).interviewers}
    assert by_name["Ximena Quiroga Paz"].title == "Head of Analytics"
    assert by_name["Ximena Quiroga Paz"].hiring_manager
    assert by_name["Dorotea Wrona"].title == "Team Manager"


def test_a_session_led_by_people_who_are_not_invited() -> None:
    page = google_event(
        "Group Interview Session - Seasonal Lift Operator",
        "You are invited to a group interview session for Seasonal Lift Operator at Crestline "
        "Mountain Resort. The session will be led by Bartosz Nowicki, Lift Operations Manager, "
        "and Ingrid Holm, Mountain Safety Supervisor. Please bring photo ID.",
        ("Crestline Careers", "careers@crestlineresort.com"),
        start=START,
        end=END,
    )
    by_name = {p.name: p for p in only_interview(page).interviewers}
    assert set(by_name) == {"Bartosz Nowicki", "Ingrid Holm"}
    assert by_name["Bartosz Nowicki"].title == "Lift Operations Manager"
    assert by_name["Ingrid Holm"].title == "Mountain Safety Supervisor"
