"""The company (issue 16): invites written for each mechanism, each failing before it. A name
written with a Nordic or German letter that the address spells with two ("Fjordkræft Tårnby" at
fjordkraeft-taarnby, "Grünfeld Bau" at gruenfeldbau); "Corporation" and "PLLC" as legal forms; ", a
Solberg company" after the name; and a tool's notification address under the employer's domain
("workday-noreply@") is nobody met."""

from __future__ import annotations

from app.calendar.model import Interview
from tests.calendar.helpers import google_event, only_event

START = "2027-05-11T13:00:00-04:00"
END = "2027-05-11T14:00:00-04:00"


def _invite(title: str, description: str, *guests: tuple[str, str]) -> Interview:
    page = google_event(title, description, guests[0], *guests, start=START, end=END)
    return only_event(page)


def test_a_letter_with_a_mark_spelt_as_two_by_the_address() -> None:
    nordic = _invite(
        "Interview: Alex Morgan – Inventory Planner – Tårnvik Foods",
        "Velkommen! See you Tuesday.",
        ("Ragnhild Holm", "ragnhild.holm@taarnvikfoods.dk"),
    )
    assert nordic.company == "Tårnvik Foods"
    german = _invite(
        "Interview: Alex Morgan – Site Engineer – Grünfeld Bau",
        "Bis Dienstag.",
        ("Jonas Keller", "jonas.keller@gruenfeldbau.de"),
    )
    assert german.company == "Grünfeld Bau"


def test_corporation_and_pllc_are_legal_forms() -> None:
    corp = _invite(
        "Interview - Alex Morgan - Budget Analyst",
        "Interviewer: Iris Whitlow - Finance Manager\n\nHallmere Utilities Corporation",
        ("Iris Whitlow", "iris.whitlow@hallmereutilities.example"),
    )
    assert corp.company == "Hallmere Utilities"
    pllc = _invite(
        "Interview - Alex Morgan - Staff Accountant",
        "Looking forward to meeting you.\n\nDana Okoro\nPartner\nOkoro & Lind CPAs, PLLC",
        ("Dana Okoro", "dokoro@okorolindcpas.example"),
    )
    assert pllc.company == "Okoro & Lind CPAs"


def test_whose_company_it_is_after_the_name_is_cut() -> None:
    found = _invite(
        "Interview Scheduled: Line Technician - Alex Morgan",
        "Company: Solberg Grid Services, a Solberg company\nJob: Line Technician\n\n"
        "Interviewers:\nTove Rask, Field Supervisor",
        ("Solberg Recruiting", "recruiting@solberg.example"),
        ("Tove Rask", "tove.rask@solberg.example"),
    )
    assert found.company == "Solberg Grid Services"


def test_a_tools_notification_address_is_nobody_met() -> None:
    found = _invite(
        "Interview Scheduled: Payroll Specialist - Alex Morgan",
        "Interviewers:\nMaren Holt - Payroll Manager",
        ("Maren Holt", "maren.holt@brightmoor.example"),
        ("Workday Notifications", "workday-noreply@brightmoor.example"),
    )
    assert [i.name for i in found.interviewers] == ["Maren Holt"]


def test_a_public_bodys_second_level_domain_and_its_name_written_in_full() -> None:
    trust = _invite(
        "Clinical Fellow - interview - A Morgan",
        "Dear Dr Morgan\n\nInterview panel:\nDr Ines Varga - Consultant Radiologist\n\n"
        "Medical Staffing Team\nSt Cuthbert's Hospitals NHS Trust",
        ("Medical Staffing", "medicalstaffing@stcuthberts.nhs.uk"),
        ("Ines Varga", "ines.varga@stcuthberts.nhs.uk"),
    )
    assert trust.company == "St Cuthbert's Hospitals NHS Trust"


def test_the_letters_name_of_the_body_over_a_mailboxs_department() -> None:
    found = _invite(
        "Panel Interview - Registered Nurse, Oncology",
        "You are invited to a peer panel.\nMarta Quill, RN - Nurse Manager\n\n"
        "Nursing Recruitment | St. Elowen Medical Center",
        ("StElowen Nursing Recruitment", "nursingrecruitment@stelowen.example"),
        ("Marta Quill", "marta.quill@stelowen.example"),
    )
    assert found.company == "St. Elowen Medical Center"


def test_the_organisation_a_directory_writes_after_a_guests_name() -> None:
    found = _invite(
        "Interview - Alex Morgan - Biomedical Scientist",
        "Interview panel: Ravi Menon (Laboratory Manager).",
        ("Pathology Admin", "pathology.admin@southmerehospitals.nhs.uk"),
        ("MENON, Ravi (SOUTHMERE HOSPITALS NHS TRUST)", "ravi.menon@southmerehospitals.nhs.uk"),
    )
    assert found.company == "Southmere Hospitals NHS Trust"
