"""Third-round mechanisms, worded differently from the corpus: table and list rows read as
people, legal and job-ad noise stripped, abbreviations inside names, prose hiring managers,
forwarded senders, agencies."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from app.calendar.company import _SENTENCE_STOP, _clean_company, _clean_position
from app.calendar.names import parse_people
from app.calendar.schedule import Schedule, parse_schedule, row_people

NY = ZoneInfo("America/New_York")
START = datetime(2027, 5, 3, 9, 0, tzinfo=NY)


def _schedule(text: str) -> Schedule:
    return parse_schedule(text, start=START, end=None, zones=[NY])


def test_a_pipe_row_with_one_start_time_is_a_person_with_a_title() -> None:
    people, topic = row_people("3:30 PM | Odile Marchand, Staff Platform Engineer | APIs")
    assert [(p.name, p.title) for p in people] == [("Odile Marchand", "Staff Platform Engineer")]
    assert topic == "APIs"


def test_html_cells_give_the_title_from_the_next_cell() -> None:
    people, _ = row_people("Teodor Ilic  Head of Design  4:15 PM")
    assert [(p.name, p.title) for p in people] == [("Teodor Ilic", "Head of Design")]


def test_a_topic_cell_is_not_a_person() -> None:
    people, _ = row_people("Architecture  Priscilla Ng, Principal Engineer")
    assert [(p.name, p.title) for p in people] == [("Priscilla Ng", "Principal Engineer")]


def test_rows_in_a_schedule_are_people() -> None:
    s = _schedule("Agenda\n- 09:00 – Harald Berg (Data Lead) – warm-up\n- 09:40 – Mina Sato (CFO)")
    named = {m.person.name: m.person.title for m in s.mentions}
    assert named == {"Harald Berg": "Data Lead", "Mina Sato": "CFO"}


def test_a_semicolon_list_on_its_own_line() -> None:
    s = _schedule(
        "Your panel today:\nRuth Abara — QA Lead (hiring manager); Piet de Vries — Tester"
    )
    got = {m.person.name: (m.person.title, m.person.hiring_manager) for m in s.mentions}
    assert got == {"Ruth Abara": ("QA Lead", True), "Piet de Vries": ("Tester", False)}


def test_hiring_manager_in_a_dash_title_with_parentheses() -> None:
    (p,) = parse_people("Ilse Vogt – Platform Manager (hiring manager)")
    assert (p.name, p.title, p.hiring_manager) == ("Ilse Vogt", "Platform Manager", True)


def test_legal_forms_and_job_ad_tags() -> None:
    assert _clean_company("Brightwater Systems GmbH") == "Brightwater Systems"
    assert _clean_company("Lotus Softworks Pvt. Ltd.") == "Lotus Softworks"
    assert _clean_position("Site Engineer (m/w/d)") == "Site Engineer"
    assert _clean_position("Store Lead (Job ID 88-120)") == "Store Lead"
    assert _clean_position("the post of Civil Engineer") == "Civil Engineer"
    assert _clean_position("Barista is confirmed") == "Barista"


def test_st_inside_a_name_is_not_a_sentence_end() -> None:
    assert _SENTENCE_STOP.split("Mt. Hood Outfitters", maxsplit=1) == ["Mt. Hood Outfitters"]
    assert len(_SENTENCE_STOP.split("We met. Then left", maxsplit=1)) == 2


def test_prose_hiring_manager_forwarded_sender_and_agency() -> None:
    s = _schedule(
        "---------- Forwarded message ---------\nFrom: Lior Ben-Ami <lior@keelworks.io>\n\n"
        "Greta is the hiring manager for the role. I'm pleased to say my client is keen."
    )
    assert s.recruiter is not None and s.recruiter.email == "lior@keelworks.io"
    assert s.hiring_managers == ("Greta",)
    assert s.agency
