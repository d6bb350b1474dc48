"""The recruiter behind a team mailbox (issue 16): invites written for each mechanism, each failing
before it. A team's mailbox sends the invite (careers@, talentos@, a no-reply tool address) and the
letter names the person to ask: where it sends the candidate's questions ("reply to Ms X (Talent
Acquisition) at …", "Questions: X, Talent Acquisition", "fale com a nossa recrutadora X", "contactar
con X, técnica de selección"), or recruiting staff among those met. That person is the recruiter;
someone with a title outside recruiting, and a team written as a name, are not."""

from __future__ import annotations

from app.calendar.model import Interview
from tests.calendar.helpers import contact, google_event, only_event

START = "2027-03-02T10:00:00-05:00"
END = "2027-03-02T11:00:00-05:00"


def _invite(description: str, organizer: tuple[str, str], *guests: tuple[str, str]) -> Interview:
    page = google_event(
        "Interview - Alex Morgan - Logistics Analyst",
        description,
        organizer,
        *guests,
        start=START,
        end=END,
    )
    return only_event(page)


PANEL = (("Ottoline Barra", "o.barra@quaymoor.example"),)
MAILBOX = ("Quaymoor Careers", "careers@quaymoor.example")


def test_the_person_to_reply_to_is_the_recruiter_not_the_mailbox() -> None:
    found = _invite(
        "Dear Alex,\n\nInterviewer: Ottoline Barra - Logistics Manager\n\nShould you need to "
        "reschedule, please reply to Ms Philippa Krall (Talent Acquisition) at "
        "philippa.krall@quaymoor.example.\n\nRegards,\nGroup HR",
        MAILBOX,
        *PANEL,
    )
    assert contact(found) == ("Philippa Krall", "philippa.krall@quaymoor.example")


def test_questions_to_a_named_person_without_an_address_are_asked_at_the_mailbox() -> None:
    found = _invite(
        "Interviewers\nOttoline Barra - Logistics Manager\n\nPlease bring photo ID. Questions: "
        "Wilhelm Strand, Talent Acquisition.",
        MAILBOX,
        *PANEL,
    )
    assert contact(found) == ("Wilhelm Strand", "careers@quaymoor.example")


def test_the_contact_sentence_in_portuguese_and_spanish() -> None:
    pt = _invite(
        "Quem vai conversar com você:\nOttoline Barra — Gerente de Logística\n\nQualquer "
        "dúvida, fale com a nossa recrutadora Iolanda Prates (iolanda.prates@quaymoor.example).",
        ("Talentos Quaymoor", "talentos@quaymoor.example"),
        *PANEL,
    )
    assert contact(pt) == ("Iolanda Prates", "iolanda.prates@quaymoor.example")
    es = _invite(
        "Entrevistadores:\n- Ottoline Barra, Gerente de Logística\n\nPara cualquier duda puede "
        "contactar con Remedios Vidal, técnica de selección (remedios.vidal@quaymoor.example).",
        ("Selección Quaymoor", "seleccion@quaymoor.example"),
        *PANEL,
    )
    assert contact(es) == ("Remedios Vidal", "remedios.vidal@quaymoor.example")


def test_recruiting_staff_among_those_met_is_asked_before_the_mailbox() -> None:
    found = _invite(
        "Who you will meet:\nOttoline Barra (Logistics Manager)\nSunniva Haug (HR Business "
        "Partner)\n\nThanks,\nQuaymoor Recruitment",
        MAILBOX,
        *PANEL,
        ("Sunniva Haug", "sunniva.haug@quaymoor.example"),
    )
    assert contact(found) == ("Sunniva Haug", "sunniva.haug@quaymoor.example")


def test_a_contact_outside_recruiting_or_a_team_is_not_the_recruiter() -> None:
    manager = _invite(
        "Interviewer: Ottoline Barra - Logistics Manager\n\nIf you are running late, contact "
        "Dorian Pell, Warehouse Supervisor, on 555-0100.",
        MAILBOX,
        *PANEL,
    )
    assert contact(manager) == (None, "careers@quaymoor.example")
    team = _invite(
        "Interviewer: Ottoline Barra - Logistics Manager\n\nNeed to reschedule? Reply to this "
        "invitation and the Quaymoor Freight recruiting team will help.",
        MAILBOX,
        *PANEL,
    )
    assert contact(team) == (None, "careers@quaymoor.example")


# --- the organizer who takes part is met, not the one to ask ----------------------------------

ORG = ("Idris Balogun", "idris.balogun@quaymoor.example")
PEER = ("Saoirse Kealy", "saoirse.kealy@quaymoor.example")


def test_the_writer_who_hires_is_met_not_asked() -> None:
    found = _invite(
        "Dear Alex,\n\nThank you for applying. I'd like to invite you to a conversation with "
        "Saoirse Kealy from the planning team. The analyst will sit in my unit and report to "
        "me.\n\nIdris",
        ORG,
        ORG,
        PEER,
    )
    assert contact(found) is None
    assert "Idris Balogun" in [i.name for i in found.interviewers]


def test_the_writer_in_the_conversation_in_english_or_portuguese_is_met() -> None:
    for text in (
        "Hi Alex, a conversation with me and Saoirse Kealy about the analyst role.",
        "Olá Alex, na entrevista estarei eu e a Saoirse Kealy, da equipa de planeamento.",
    ):
        found = _invite(text, ORG, ORG, PEER)
        assert contact(found) is None, text
        assert "Idris Balogun" in [i.name for i in found.interviewers], text


def test_an_optional_cofounder_does_not_make_the_founder_a_coordinator() -> None:
    page = google_event(
        "coffee alex + idris",
        "As mentioned we're hiring our first analyst at Quaymoor. My cofounder Saoirse might "
        "join for the last 15 minutes; I've added her as optional.",
        ("Idris Balogun", "idris.balogun@gmail.com"),
        ("Idris Balogun", "idris.balogun@gmail.com"),
        PEER,
        start=START,
        end=END,
    )
    page["items"][0]["attendees"][2]["optional"] = True
    found = only_event(page)
    assert contact(found) is None
    assert "Idris Balogun" in [i.name for i in found.interviewers]


def test_a_recruiter_who_joins_is_still_the_recruiter() -> None:
    found = _invite(
        "Hi Alex, you'll meet me and Saoirse Kealy.\n\nIdris Balogun\nSenior Recruiter",
        ORG,
        ORG,
        PEER,
    )
    assert contact(found) == ("Idris Balogun", "idris.balogun@quaymoor.example")


# --- recruiting staff who sign, or whom the letter places in the people team -------------------


def test_a_recruiter_signing_with_pronouns_under_a_no_reply_tool() -> None:
    found = _invite(
        "Hi Alex,\n\nFor the final stage you'll meet:\n1. Ottoline Barra, Logistics Manager\n\n"
        "Best,\nPhilippa Krall (she/her)\nSenior Recruiter, Quaymoor",
        ("Quaymoor Recruiting", "no-reply@quaymoor.greenhouse-mail.example"),
        *PANEL,
    )
    assert found.recruiter is not None and found.recruiter.name == "Philippa Krall"


def test_the_address_signed_beside_name_and_title_is_the_recruiters() -> None:
    found = _invite(
        "Dear Alex,\n\nYou'll meet Ottoline Barra, Logistics Manager.\n\nKind regards,\n\n"
        "Philippa Krall-Oyelaran | Senior Recruiter | p.krall-oyelaran@quaymoor.example | "
        "+44 20 7946 0000\n\n"
        "Quaymoor Freight",
        ("Talent Acquisition", "noreply@quaymoor.icims.example"),
        *PANEL,
    )
    assert contact(found) == ("Philippa Krall-Oyelaran", "p.krall-oyelaran@quaymoor.example")


def test_a_resourcing_adviser_signing_for_the_team_mailbox() -> None:
    found = _invite(
        "Dear Alex,\n\nYour panel will be:\nOttoline Barra, Logistics Manager\n\nKind regards,\n"
        "Wilhelm Strand\nResourcing Adviser\nQuaymoor Freight Ltd",
        ("Quaymoor Recruitment", "recruitment@quaymoor.example"),
        *PANEL,
    )
    assert contact(found) == ("Wilhelm Strand", "recruitment@quaymoor.example")


def test_someone_from_hr_who_joins_is_the_recruiter() -> None:
    for text in (
        "Ottoline Barra will be your manager; Sunniva Haug from HR will also join to go over pay.",
        "ALEX,\n\nASK FOR ME AT GATE 2. SUNNIVA HAUG FROM HR WILL SIT IN AT THE END.\n\n"
        "THANKS\nOTTOLINE BARRA\nLOGISTICS MANAGER",
    ):
        found = _invite(
            text,
            ("Ottoline Barra", "o.barra@quaymoor.example"),
            ("Ottoline Barra", "o.barra@quaymoor.example"),
            ("Sunniva Haug", "sunniva.haug@quaymoor.example"),
        )
        assert contact(found) == ("Sunniva Haug", "sunniva.haug@quaymoor.example"), text


def test_a_recruiter_label_after_an_emoji() -> None:
    found = _invite(
        "👋 Hi Alex!\n💼 Role: Logistics Analyst\n📨 Recruiter: Philippa Krall "
        "(philippa.krall@quaymoor.example)\nTalk soon!",
        ("Ashby", "no-reply@ashbyhq.com"),
        *PANEL,
    )
    assert contact(found) == ("Philippa Krall", "philippa.krall@quaymoor.example")


def test_your_recruiter_is_named_in_a_sentence_over_the_sourcer_who_sent_it() -> None:
    found = _invite(
        "Hi Alex, great to connect! Ottoline Barra is hiring for a Logistics Analyst and would "
        "love a first chat. I'm the sourcer and will only say hello at the start. Your recruiter "
        "for the rest of the process is Wilhelm Strand (wilhelm.strand@quaymoor.example).\n\n"
        "Idris Balogun | Sourcer | Quaymoor",
        ORG,
        ORG,
        *PANEL,
    )
    assert contact(found) == ("Wilhelm Strand", "wilhelm.strand@quaymoor.example")


def test_an_address_belongs_to_the_recruiter_whose_name_it_spells() -> None:
    found = _invite(
        "12:00 PM - 12:45 PM  Ottoline Barra - Logistics Manager\n"
        "Coordinated by Sunniva Haug, Recruiting Coordinator. Your recruiter is Wilhelm Strand; "
        "reach him at wilhelm.strand@quaymoor.example.\nQuaymoor",
        ("Sunniva Haug", "sunniva.haug@quaymoor.example"),
        *PANEL,
    )
    assert contact(found) == ("Wilhelm Strand", "wilhelm.strand@quaymoor.example")
