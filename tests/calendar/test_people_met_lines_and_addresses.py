"""The people met (issue 16), on invites written for each mechanism (each test failed before its
fix): who a guest known only by address is (a surname with particles, a clipped first name, a
nickname; others stay apart; a self-introduced name), how a line names people (its second
sentence, pipes with middle dots, "A, Title, B" as two people, a sentence running over an
initial, agenda rows with the person in parentheses, labels with values below, a list ending at
the sign-off or a signature), and who is met: the writer on themself or joining the call, not an
assistant who books for someone, not people who lead a session without being invited."""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.names import parse_people
from app.calendar.people import name_matches_email
from app.calendar.schedule import _self_said
from tests.calendar.helpers import contact, google_event, only_event, only_interview
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
    _from_recruiter,
    _google,
    _lineup,
    _met,
    _names_emails_titles,
    _people_rows,
    _sender_letter,
    _titles,
    _writer_met,
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


A_GUEST_KNOWN_BY_ADDRESS_IS_THE_PERSON_THE_LETTER_NAMES = [
    pytest.param(
        google_event(
            "Panel Interview - Route Planner - Kielwater Freight",
            "Hello Alex,\n\nYour panel for the Route Planner role:\n"
            "- Pieter-Tjeerd van der Meer, Planning Manager\n"
            "- Ana Lúcia dos Santos, Senior Planner\n"
            "- Oisín Ó Ceallaigh, Fleet Analyst\n\n"
            "Best,\nMarit Hoekstra\nRecruiter, Kielwater Freight",
            ("Marit Hoekstra", "marit.hoekstra@kielwater.nl"),
            (None, "pt.vandermeer@kielwater.nl"),
            (None, "al.dossantos@kielwater.nl"),
            (None, "ooceallaigh@kielwater.nl"),
            start="2026-05-12T10:00:00-04:00",
            end="2026-05-12T11:00:00-04:00",
        ),
        [
            ("Pieter-Tjeerd van der Meer", "pt.vandermeer@kielwater.nl", "Planning Manager"),
            ("Ana Lúcia dos Santos", "al.dossantos@kielwater.nl", "Senior Planner"),
            ("Oisín Ó Ceallaigh", "ooceallaigh@kielwater.nl", "Fleet Analyst"),
        ],
        id="a_surname_with_particles_is_one_word_in_the_address",
    ),
    pytest.param(
        google_event(
            "Technical interview - Backend Engineer",
            "Hi Alex,\n\nYou'll meet Severina Okonkwo-Hale (Staff Engineer) and "
            "Oswaldo Brandt (Engineering Manager).\n\nRecruiter: Lena Fisk",
            ("Lena Fisk", "lena.fisk@tollgate.io"),
            (None, "sev@tollgate.io"),
            (None, "ozzy@tollgate.io"),
            start="2026-05-13T10:00:00-04:00",
            end="2026-05-13T11:00:00-04:00",
        ),
        [
            ("Severina Okonkwo-Hale", "sev@tollgate.io", "Staff Engineer"),
            ("Oswaldo Brandt", "ozzy@tollgate.io", "Engineering Manager"),
        ],
        id="a_clipped_first_name_or_a_nickname_is_the_whole_address",
    ),
]


@pytest.mark.parametrize(
    ("page", "expected"), A_GUEST_KNOWN_BY_ADDRESS_IS_THE_PERSON_THE_LETTER_NAMES
)
def test_a_guest_known_by_address_is_the_person_the_letter_names(
    page: dict[str, Any], expected: list[tuple[Any, ...]]
) -> None:
    assert _names_emails_titles(only_interview(page)) == expected


def test_addresses_that_are_someone_else_stay_apart() -> None:
    # The compound surname must be the address's end and the head the given names or their
    # initials; a clipped first name needs three letters and the whole address.
    assert not name_matches_email("Pieter van der Meer", "vandermeer.team@kielwater.nl")
    assert not name_matches_email("Pieter van der Meer", "xy.vandermeer@kielwater.nl")
    assert not name_matches_email("Severina Hale", "se@tollgate.io")
    assert not name_matches_email("Severina Hale", "sev.ops@tollgate.io")
    assert not name_matches_email("Olamide Adebayo", "gnibhriain@kilbrannan.com")


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
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert (
        "Tobias Lund",
        "tobias.lund@ospreymaritime.com",
        "Senior Fleet Analyst",
        "peer",
        False,
    ) in _people_rows(found)


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


def test_a_self_introduced_name_for_an_address_without_one() -> None:
    page = google_event(
        "Coffee chat",
        "Hi Alex - I'm Ottilie Brandt, VP of Product at Fernwater. We're looking for our "
        "first Product Designer and your portfolio came up.",
        ("", "otti@fernwater.com"),
        (None, "otti@fernwater.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    del page["items"][0]["organizer"]["displayName"]  # the address alone, no display name
    assert _people_rows(only_interview(page)) == [
        ("Ottilie Brandt", "otti@fernwater.com", "VP of Product", "executive", False)
    ]


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


def test_a_first_name_sign_off_then_the_full_signature_block() -> None:
    page = google_event(
        "Chat about the Senior Level Designer role",
        "Hi Alex,\n\nLoved your portfolio. Let's talk about the role and the team.\n\nBest,\n"
        "Kat\n\nKatharina Wolff\nDesign Director\nBrightmoor Games",
        ("Katharina Wolff", "kat.wolff@bmgames.com"),
        ("Katharina Wolff", "kat.wolff@bmgames.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert found.company == "Brightmoor Games"
    assert [i.title for i in found.interviewers] == ["Design Director"]


def test_labels_on_their_own_lines_with_the_values_below() -> None:
    page = google_event(
        "Interview Scheduled – Water Quality Technician",
        "Job Requisition\nR-77120 Water Quality Technician\n\nHiring Manager\nPetra Lund\n\n"
        "Interviewers\nPetra Lund\nYusuf Kaya\n\nRecruiter\nNia Boateng\n\n"
        "This message was sent from an applicant tracking system.",
        ("Clearbrook Utilities Recruiting", "recruiting@clearbrookutilities.com"),
        ("Petra Lund", "petra.lund@clearbrookutilities.com"),
        ("Yusuf Kaya", "yusuf.kaya@clearbrookutilities.com"),
        start=START_JUN02,
        end=END_JUN02,
    )
    found = only_interview(page)
    assert [(i.name, i.title, i.hiring_manager) for i in found.interviewers] == [
        ("Petra Lund", None, True),
        ("Yusuf Kaya", None, False),
    ]
    assert contact(found) == ("Nia Boateng", None)


def test_pipes_between_people_each_with_a_middle_dot() -> None:

    assert [
        (p.name, p.title)
        for p in parse_people("Nora Vik · Senior Data Analyst | Jens Aalto · Analytics Manager")
    ] == [("Nora Vik", "Senior Data Analyst"), ("Jens Aalto", "Analytics Manager")]


def test_a_secondary_interviewer_label_and_a_who_label_with_a_nickname() -> None:
    page = google_event(
        "Interview - Assistant Manager - Pinebrook Outfitters #212",
        "Interviewer: Lorcan Mabry, Store Manager\n"
        "Secondary Interviewer: Ines Calado, Area Manager (may dial in)\n",
        ("Pinebrook Careers", "careers@pinebrook.com"),
        ("Lorcan Mabry", "lorcan.mabry@pinebrook.com"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert ("Ines Calado", None, "Area Manager", "decision_maker") in _met(only_interview(page))
    page = google_event(
        "Your interview at Juniper Grill - Prep Cook",
        "Hi Alex! Your interview for Prep Cook is set.\n\n"
        "Who: Teodor 'Teo' Marchetti, Sous Chef\nWhere: Juniper Grill, 3 Dock Rd",
        ("Juniper Grill", "no-reply@paradox.ai"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert _titles(only_interview(page)) == [("Teodor Marchetti", "Sous Chef", False)]


def test_a_list_ends_at_the_sign_off_and_at_a_signature_past_a_blank_line() -> None:
    page = google_event(
        "Panel interview - Android Engineer",
        "Panel:\nMira Sokol - Android Lead\nTobi Ade - Engineering Manager\n\n"
        "Cheers,\nKestrel Recruiting",
        ("Kestrel Recruiting", "recruiting@kestrel.app"),
        ("Mira Sokol", "mira.sokol@kestrel.app"),
        ("Tobi Ade", "tobi.ade@kestrel.app"),
        start=START_JUN09,
        end=END_JUN09,
    )
    assert [i.name for i in only_interview(page).interviewers] == ["Mira Sokol", "Tobi Ade"]
    page = google_event(
        "Onsite - Research Engineer",
        "Your panel:\n\n- Ivo Brandl - Research Lead\n\n- Sun Oh - Research Engineer\n\n"
        "Pernille Aas\nRecruiting Coordinator, Fjordlab",
        ("Pernille Aas", "pernille.aas@fjordlab.no"),
        ("Ivo Brandl", "ivo.brandl@fjordlab.no"),
        ("Sun Oh", "sun.oh@fjordlab.no"),
        start=START_JUN09,
        end=END_JUN09,
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
        start=START_JUN09,
        end=END_JUN09,
    )
    found = only_interview(page)
    assert ("Maja Holm", "maja.holm@ljusberg.se", "Talent Acquisition Specialist", "recruiter") in (
        _met(found)
    )
    assert found.company == "Ljusberg"


def test_the_writer_joined_to_a_named_person_is_met() -> None:
    for said in (
        "Arvid Lien, Head of Route Planning, and I will interview you.",
        "I'll kick things off and then Arvid Lien (Head of Route Planning) takes over.",
        "The panel will be myself and Arvid Lien, Head of Route Planning.",
    ):
        found = _sender_letter(f"Hi Alex,\n\n{said}\n\nMarit Solberg\nHR Advisor")
        assert {p.name for p in found} == {"Marit Solberg", "Arvid Lien"}, said
    # Without such words the recruiter who writes is not among those met.
    found = _sender_letter(
        "Hi Alex,\n\nArvid Lien, Head of Route Planning, will interview you.\n\n"
        "Marit Solberg\nHR Advisor"
    )
    assert [p.name for p in found] == ["Arvid Lien"]


def test_a_sentence_of_people_runs_over_an_initial() -> None:
    page = google_event(
        "Interview - Alex Morgan - Science Teacher",
        "Dear Alex\n\nAfter a short lesson you will have a panel interview with Mrs K. Aasen "
        "(Principal) and Mr. T. Lien (Head of Science).\n\nYours sincerely\nMarit Solberg",
        ("Office - Fjordvik School", "office@fjordvik.example.no"),
        start=START_JUN16,
        end=END_JUN16,
    )
    found = {p.name: p.title for p in only_interview(page).interviewers}
    assert found == {"K. Aasen": "Principal", "T. Lien": "Head of Science"}


def test_a_nickname_in_parentheses_between_given_name_and_surname() -> None:
    found = _lineup(
        "Schedule:\n\n10:00-11:00 — Anantharaman (Ananth) Iyer — Staff Engineer — Architecture\n"
        "11:00-12:00 — Bettina Okafor — Talent Partner — Wrap-up",
        ("Anantharaman Iyer", "ananth@quillon.dev"),
    )
    iyer = found["Anantharaman Iyer"]
    assert iyer.title == "Staff Engineer"
    assert str(iyer.role) == "peer"


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
        start=START_SEP08,
        end=END_SEP08,
    )
    interview = only_interview(page)
    by_name = {p.name: p for p in interview.interviewers}
    assert set(by_name) == {"Ines Marwood", "Tobiah Marsh"}
    assert by_name["Ines Marwood"].title == "Dean of Culinary Arts"
    assert by_name["Tobiah Marsh"].title == "Executive Sous Chef"
    assert by_name["Tobiah Marsh"].email is None


def test_directory_names_with_a_department_code_or_an_initial() -> None:
    page = google_event(
        "Selection Board Interview - Hydrogeologist",
        "The selection board will consist of:\nMarguerite Lavoie, Manager, Groundwater "
        "Programs\nTeodor Ilin, Senior Hydrogeologist",
        ("Boucher, Élise (ENV)", "elise.boucher@waterboard.example"),
        ("Boucher, Élise (ENV)", "elise.boucher@waterboard.example"),
        ("Lavoie, Marguerite (ENV)", "marguerite.lavoie@waterboard.example"),
        ("Ilin, R. Teodor", "teodor.ilin@waterboard.example"),
        start=START_SEP08,
        end=END_SEP08,
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
        start=START_SEP08,
        end=END_SEP08,
    )
    assert [p.email for p in only_interview(page).interviewers] == [
        "ottoline.varga@brightwatertrust.org"
    ]


def test_a_session_led_by_people_who_are_not_invited() -> None:
    page = google_event(
        "Group Interview Session - Seasonal Lift Operator",
        "You are invited to a group interview session for Seasonal Lift Operator at Crestline "
        "Mountain Resort. The session will be led by Bartosz Nowicki, Lift Operations Manager, "
        "and Ingrid Holm, Mountain Safety Supervisor. Please bring photo ID.",
        ("Crestline Careers", "careers@crestlineresort.com"),
        start=START_SEP08,
        end=END_SEP08,
    )
    by_name = {p.name: p for p in only_interview(page).interviewers}
    assert set(by_name) == {"Bartosz Nowicki", "Ingrid Holm"}
    assert by_name["Bartosz Nowicki"].title == "Lift Operations Manager"
    assert by_name["Ingrid Holm"].title == "Mountain Safety Supervisor"


def test_an_organizer_off_the_guest_list_who_says_they_join_is_met() -> None:
    page = google_event(
        "Alex Morgan — Onsite interview — Platform Engineer",
        "<div>Hi Alex, the people you'll meet:</div><ul><li>Oona Castell - Site Reliability "
        "Engineer</li><li>Rafe Mbeki - Platform Lead</li></ul><div>I'll also be on the call "
        "for the last part.</div><div>Lotte Vinter<br>Director of Infrastructure</div>",
        ("Lotte Vinter", "lotte.vinter@tidewater.example"),
        *LINEUP,
        start="2026-10-13T10:00:00-04:00",
        end="2026-10-13T11:00:00-04:00",
    )
    found = only_interview(page)
    assert "lotte.vinter@tidewater.example" in {p.email for p in found.interviewers}


def test_will_join_after_someone_elses_name_is_theirs_not_the_writers() -> None:
    found = _from_recruiter(
        "Hi Alex,\nYour panel: Marta Quispe, Head of Risk, and Olu Bankole, Quant Lead "
        "(will join for the second half).\nKind regards,\nYusra Demir\nTalent Partner"
    )
    met = {p.email: p for p in found.interviewers}
    assert "yusra.demir@quarrystone.example" not in met
    assert met["olu.bankole@quarrystone.example"].title == "Quant Lead"


def test_will_join_after_the_writers_own_name_keeps_the_writer() -> None:
    found = _from_recruiter(
        "Hi Alex,\nYour panel: Marta Quispe, Head of Risk, and Olu Bankole, Quant Lead.\n"
        "Yusra Demir, Talent Partner (will join for the first five minutes)\n"
        "Kind regards,\nYusra Demir\nTalent Partner"
    )
    assert "yusra.demir@quarrystone.example" in {p.email for p in found.interviewers}


def test_a_table_cell_label_without_colon_or_dash_marks_the_shadow_optional() -> None:
    page = google_event(
        "Interview - Alex Morgan - Reservations Agent",
        "Interviewers  Bryony Kemp (Rooms Division Manager); Anwar Haddad, Night Manager\n\n"
        "Shadowing  Leif Sandoval, Concierge Supervisor",
        ("Saltmarsh Inn Careers", "careers@saltmarshinn.example"),
        ("Bryony Kemp", "bkemp@saltmarshinn.example"),
        ("Anwar Haddad", "ahaddad@saltmarshinn.example"),
        ("Leif Sandoval", "lsandoval@saltmarshinn.example"),
        start="2026-10-13T10:00:00-04:00",
        end="2026-10-13T11:00:00-04:00",
    )
    shadow = {str(p.name): p for p in only_interview(page).interviewers}["Leif Sandoval"]
    assert shadow.optional
    assert shadow.title == "Concierge Supervisor"
