"""The company the candidate would join, where the invite hides it (issue 16): names from every
source scored by agreement (the firm of the people met over a group's recruiting mailbox or a
search firm's address), a firm stated as part of a group ("is part of the ...", ", a ...
company"), a word that opens a firm's name and its domain leaves out ("Maison", "Grupo"),
Brazilian legal forms, a legal entity's full name in an equal-opportunity line, a site written
with its street address, a name written twice (its own script, then Latin letters)."""

from __future__ import annotations

from app.calendar.company import latin_form
from app.calendar.model import Interview
from tests.calendar.helpers import google_event, only_event

START = "2027-06-08T13:00:00-04:00"
END = "2027-06-08T14:00:00-04:00"


def _invite(title: str, description: str, *guests: tuple[str, str]) -> Interview:
    page = google_event(title, description, guests[0], *guests, start=START, end=END)
    return only_event(page)


def test_the_firm_of_the_people_met_over_a_search_firms_name() -> None:
    found = _invite(
        "Ospreyline Search x Alex Morgan - Tallowmere Dairies interview",
        "Hi Alex, here is your interview with Tallowmere Dairies for the Plant Manager role. "
        "You'll meet Idris Penhale, COO.\n\nMarguerite Fane\nAssociate, Ospreyline Search",
        ("Marguerite Fane", "marguerite@ospreylinesearch.com"),
        ("Idris Penhale", "idris.penhale@tallowmeredairies.com"),
    )
    assert found.is_interview
    assert found.company == "Tallowmere Dairies"


def test_a_search_firm_alone_is_still_written_as_the_invite_writes_it() -> None:
    # Guard: with nobody met from another domain there is no other firm to prefer.
    found = _invite(
        "Interview - Alex Morgan - Analyst - Ospreyline Search",
        "See you Tuesday for the analyst interview.",
        ("Marguerite Fane", "marguerite@ospreylinesearch.com"),
    )
    assert found.company == "Ospreyline Search"


def test_a_group_mailbox_books_for_the_firm_whose_people_interview() -> None:
    found = _invite(
        "Interview: Bakery Lead - Pennyroyal Bakehouse (York)",
        "Thank you for applying to Pennyroyal Bakehouse, a Castellan Holdings company. You "
        "will meet Tamsin Orde, Bakery Manager.",
        ("Castellan Holdings Recruitment", "recruitment@castellanholdings.com"),
        ("Tamsin Orde", "tamsin.orde@pennyroyalbakehouse.co.uk"),
    )
    assert found.company == "Pennyroyal Bakehouse"


def test_part_of_a_group_said_as_a_sentence() -> None:
    found = _invite(
        "Larkspur Tea Blenders - Interview with Alex Morgan",
        "Larkspur Tea Blenders is part of the Ormond Beverage Group.\n\nInterviewers:\n"
        "- Wynne Adair - Blending Manager (hiring manager)\n- Cecil Brandt - Group Head of Quality",
        ("Ormond Careers", "no-reply@ashbyhq.com"),
        ("Cecil Brandt", "cecil.brandt@ormondgroup.co.uk"),
        ("Wynne Adair", "wynne@larkspurtea.co.uk"),
    )
    assert found.company == "Larkspur Tea Blenders"


def test_coffee_inside_a_firms_name_is_no_interview_word() -> None:
    found = _invite(
        "Thistledown Coffee Traders - Interview with Alex Morgan",
        "See you then.",
        ("Bryony Lisle", "bryony@thistledowncoffee.com"),
    )
    assert found.company == "Thistledown Coffee Traders"


def test_a_word_that_opens_the_name_which_the_domain_leaves_out() -> None:
    found = _invite(
        "Entretien - Acheteur - Maison Corbelle",
        "Bonjour Alex,\n\nA jeudi.\n\nOdile Vasseur\nDirectrice des achats\nMaison Corbelle SAS",
        ("Odile Vasseur", "o.vasseur@corbelle.fr"),
    )
    assert found.company == "Maison Corbelle"


def test_a_brazilian_legal_form_is_left_out() -> None:
    found = _invite(
        "Entrevista - Analista Fiscal",
        "Olá Alex,\n\nConfirmo nossa entrevista.\n\nAtt,\nBeatriz\nMadeireira Jatobá Ltda.",
        ("Beatriz Couto", "beatriz.couto@madeireirajatoba.com.br"),
    )
    assert found.company == "Madeireira Jatobá"


def test_a_legal_entitys_full_name_does_not_lengthen_the_name() -> None:
    found = _invite(
        "Interview - Claims Analyst - Fernhill Mutual",
        "Interviewers: Hal Brody - Claims Manager\n\n"
        "Fernhill Mutual Insurance Company is an equal opportunity employer.",
        ("Hal Brody", "hal.brody@fernhillmutual.com"),
    )
    assert found.company == "Fernhill Mutual"


def test_an_organisation_word_still_lengthens_the_name() -> None:
    # Guard: "Lakeshore Medical Center" is how the letter writes it, no legal form after it.
    found = _invite(
        "Interview - Nurse Educator - Lakeshore Medical",
        "Welcome to Lakeshore Medical Center. Your panel: Ruth Ames - Nurse Manager",
        ("Ruth Ames", "ruth.ames@lakeshoremedical.org"),
    )
    assert found.company == "Lakeshore Medical Center"


def test_a_site_with_its_street_address_is_not_the_name() -> None:
    found = _invite(
        "Fwd: Interview Confirmation - Lab Technician",
        "---------- Forwarded message ---------\n"
        "From: Brackwater Energy Careers <careers@brackwaterenergy.com>\n\n"
        "Your interview for Lab Technician is confirmed.\n"
        "Interviewers:\nOona Reid <oreid@brackwaterenergy.com>, Lab Supervisor\n\n"
        "Location: Brackwater Energy Pumping Station, 12 Quay Rd, Hull",
        ("Oona Reid", "oreid@brackwaterenergy.com"),
    )
    assert found.company == "Brackwater Energy"


def test_a_name_written_in_its_own_script_then_in_latin_letters() -> None:
    assert latin_form("青石软件 Qingshi Software") == "Qingshi Software"
    assert latin_form("Qingshi Software 青石软件") == "Qingshi Software"
    assert latin_form("嵌入式软件工程师 Embedded Software Engineer") == "Embedded Software Engineer"
    # Guards: one script only, or the scripts interleaved, stay as written.
    assert latin_form("青石软件") == "青石软件"
    assert latin_form("Café Lumière") == "Café Lumière"
    assert latin_form("青石 Qingshi 软件") == "青石 Qingshi 软件"


def test_a_staffing_agency_writes_for_the_firm_the_subject_names() -> None:
    found = _invite(
        "Interview w/ Quillfeather Capital – Fund Accountant",
        "Hi Alex, you'll meet with Harold Nye (the hiring manager). Call me afterwards!\n\n"
        "Dana | Brightpath Staffing",
        ("Dana Kowal", "dana@brightpathstaffing.com"),
    )
    assert found.company == "Quillfeather Capital"


def test_a_search_firm_alone_with_the_client_in_the_subject() -> None:
    found = _invite(
        "Marrowvale Housing Trust - COO appointment - meeting with Chair and CEO",
        "Alex,\n\nConfirming your meeting with the Trust. I'll brief you the day before.\n\n"
        "Harriet Okafor | Partner | Coldharbour Executive Search",
        ("Harriet Okafor", "harriet@coldharbourexec.com"),
    )
    assert found.company == "Marrowvale Housing Trust"


def test_an_agency_forwards_the_clients_invite_with_its_address() -> None:
    found = _invite(
        "FW: Interview Invitation – Regional Buyer – Alex Morgan",
        "Hi Alex, forwarding the client's invite below. Jolene\n"
        "Jolene Tan | Consultant | Kestrel People Pte Ltd\n"
        "From: Lim Wei <wei.lim@saltmeadowfoods.com>\n"
        "Subject: Interview Invitation – Regional Buyer\n"
        "Hi Jolene, please extend the below to your candidate.\n"
        "Regards,\nWei\nHR Business Partner, Saltmeadow Foods Asia",
        ("Jolene Tan", "jolene.tan@kestrelpeople.sg"),
    )
    assert found.company == "Saltmeadow Foods"


def test_a_holding_writes_on_behalf_of_the_firm() -> None:
    found = _invite(
        "Interview for Depot Supervisor - Ambleside Freight",
        "Corvane Retail Holdings is contacting you on behalf of Ambleside Freight.\n\n"
        "Interviewer(s): Bea Oyelaran - Site General Manager",
        ("Corvane Retail Holdings Recruiting", "recruiting@corvaneholdings.com"),
        ("Bea Oyelaran", "bea.oyelaran@corvaneholdings.com"),
    )
    assert found.company == "Ambleside Freight"


def test_a_firm_writing_its_own_invite_keeps_its_name() -> None:
    # Guard: no agency word, no client, no holding: the writer's firm is the one joined.
    found = _invite(
        "Interview with Quillfeather Capital – Fund Accountant",
        "Hi Alex, you'll meet Harold Nye, Fund Controller.\n\nDana | Quillfeather Capital",
        ("Dana Kowal", "dana@quillfeathercapital.com"),
    )
    assert found.company == "Quillfeather Capital"


def test_a_mail_domain_beside_the_brands_site() -> None:
    found = _invite(
        "catch up",
        "Been too long! We're hiring a Detection Engineer on my team at Corvid, happy to tell "
        "you more.\n\nD.\n--\nDmitri Vale | Security Engineering Manager | Corvid Security",
        ("Dmitri Vale", "dmitri@corvidmail.com"),
    )
    assert found.company == "Corvid Security"


def test_a_tools_mail_domain_is_not_the_firm() -> None:
    # Guard: one word spelling "<tool>mail.com" is the tool that sent the invite.
    found = _invite(
        "Interview: Alex Morgan for Support Engineer",
        "Lumenfield has scheduled an interview with you.\n\nPowered by Hirewell",
        ("Hirewell", "noreply@hirewellmail.com"),
        ("Bianca Rossi", "bianca.rossi@lumenfield.eu"),
    )
    assert found.company == "Lumenfield"


def test_a_sector_word_the_domain_writes_short() -> None:
    found = _invite(
        "Phone Interview: Alex Morgan / Payroll Specialist",
        "<div>Hi Alex, I'll call you at the number on your application.</div>"
        "<div>Ruth Ames<br>HR Generalist<br>Tarnwick Packaging</div>",
        ("Ruth Ames", "ruth.ames@tarnwickpkg.com"),
    )
    assert found.company == "Tarnwick Packaging"


def test_the_subject_writes_the_name_whole_its_first_word_starts_the_domain() -> None:
    found = _invite(
        "Alex Morgan <> Quorlan Cartography — Virtual Onsite",
        "Hi Alex, here is the plan for your virtual onsite.",
        ("Petra Lind", "petra.lind@quorlanmaps.com"),
    )
    assert found.company == "Quorlan Cartography"


def test_the_employer_only_in_a_forwarded_message() -> None:
    found = _invite(
        "Fwd: Interview Confirmation - Story Artist",
        "(copied to my calendar)\n\n---------- Forwarded message ---------\n"
        "From: Quarrelwood Studios Recruiting <recruiting@quarrelwoodstudios.com>\n"
        "Subject: Interview Confirmation - Story Artist\n\n"
        "Hi Alex, your interview for Story Artist is confirmed for Tuesday.\n\n"
        "Quarrelwood Studios Recruiting",
        ("Alex Morgan", "alex.morgan@gmail.com"),
    )
    assert found.company == "Quarrelwood Studios"
