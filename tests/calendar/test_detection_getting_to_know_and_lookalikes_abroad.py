"""Detection (issue 16, eighth session): a getting-to-know talk about a job in German, Dutch or
Polish words, a Québec "entrevue", a founder who says they need someone or would be the boss,
and an agent who will debrief with the candidate afterwards are interviews. Not interviews: a
practice session with a coach in Dutch, a podcast or a reporter in other languages, a parents'
evening at a school, a flatshare casting, the user hiring a caterer, a survey after a rejection,
an agency's shortlist for the user who hires, the user booked as the interviewer in Swedish, a
meetup panel about hiring and a recruiter's coffee with no role in mind."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import ME

START = "2027-03-02T10:00:00-05:00"
END = "2027-03-02T10:45:00-05:00"


def _page(
    title: str, description: str, organizer: tuple[str, str], *guests: tuple[str, str]
) -> dict[str, Any]:
    people: list[dict[str, Any]] = [{"email": ME[0], "displayName": "Alex Morgan", "self": True}]
    people += [{"email": e, "displayName": n} for n, e in guests]
    return {
        "items": [
            {
                "id": "gk8",
                "summary": title,
                "description": description,
                "start": {"dateTime": START},
                "end": {"dateTime": END},
                "organizer": {"email": organizer[1], "displayName": organizer[0]},
                "attendees": people,
            }
        ]
    }


def _event(title: str, description: str, *guests: tuple[str, str]) -> Interview:
    (found,) = extract_interviews(
        _page(title, description, guests[0], *guests),
        format="google",
        me=ME,
        timezone="America/New_York",
        include_all=True,
    )
    return found


def test_a_getting_to_know_talk_about_a_job_is_an_interview() -> None:
    guest = ("Wiebke Thamsen", "wiebke@sandbank-akustik.example")
    for title, body in (
        ("Kennenlernen Alex / Wiebke", "Ein erstes Gespräch zur Stelle Akustikingenieur."),
        ("Kennenlernen (45 Min)", "Kurz zur Rolle Teamlead Messtechnik bei uns."),
        ("Kennismaking Alex", "Ik vertel je graag meer over deze rol in ons team."),
        ("Kennismaking – vacature 27-118", "Tot dan!"),
    ):
        found = _event(title, body, guest)
        assert found.is_interview, (title, found.reasons)


def test_a_job_interview_in_polish_or_quebec_french_is_an_interview() -> None:
    guest = ("Grażyna Mroczek", "g.mroczek@baltyk-chlodnie.example")
    for title in ("Rozmowa rekrutacyjna – Magazynier", "Entrevue – Électromécanicien(ne)"):
        found = _event(title, "Do zobaczenia.", guest)
        assert found.is_interview, (title, found.reasons)


def test_a_founder_who_needs_someone_or_would_be_the_boss_talks_about_a_job() -> None:
    guest = ("Oona Pakarinen", "oona.pakarinen@gmail.com")
    for body in (
        "we're tiny and we need someone to run all of customer support. see you then",
        "honestly it's casual - i'd be your manager, so ask me anything",
        "Your years at the roastery are exactly the right background for us.",
    ):
        found = _event("quick chat", body, guest)
        assert found.is_interview, (body, found.reasons)


def test_an_agent_who_debriefs_with_the_candidate_after_does_not_unmake_an_interview() -> None:
    guest = ("Cathal Brennock", "cbrennock@harbourline-recruit.example")
    for body in (
        "They'll show you the plant. Ring me afterwards so we can debrief.",
        "Good luck - I'll debrief with you at five.",
    ):
        found = _event("Client interview - Shift Manager - Tolka Dairies", body, guest)
        assert found.is_interview, (body, found.reasons)


def test_the_interviewers_debrief_still_says_it_is_not_the_users_interview() -> None:
    guest = ("Cathal Brennock", "cbrennock@harbourline-recruit.example")
    found = _event(
        "Interview - Shift Manager",
        "Panel: please hold 4pm for the debrief on all three finalists.",
        guest,
    )
    assert not found.is_interview, found.reasons


def test_lookalikes_in_other_languages_are_not_interviews() -> None:
    cases = (
        (
            "Sollicitatiegesprek oefenen – ronde 1",
            "We oefenen samen; ik speel de recruiter en jij antwoordt.",
            ("Hester Bakels", "hester@loopbaanstudio.example"),
        ),
        (
            "Entrevista – podcast Fio Terra (episódio 7)",
            "Vamos gravar a conversa sobre o seu livro.",
            ("Joana Prates", "joana@fioterra.example"),
        ),
        (
            "Intervju – Dagens Handel",
            "Reportern vill intervjua dig om lagret i Borås.",
            ("Mats Edholm", "mats.edholm@dagenshandel.example"),
        ),
        (
            "Colloquio individuale (classe 2A)",
            "Gentili genitori, vi confermiamo il colloquio con l'insegnante.",
            ("Sara Vinci", "s.vinci@scuola-manzoni.example"),
        ),
        (
            "Zimmer in Neukölln – Vorstellungsgespräch mit den Mitbewohnern",
            "Komm einfach vorbei, wir sind zu viert.",
            ("Paula Rehm", "paula.rehm@posteo.de"),
        ),
        (
            "Photographer interview - Lumen & Lace",
            "Ask about the second shooter and album prices.",
            ("Ines Fairley", "ines@lumenlace.example"),
        ),
        (
            "Your interview experience - 10 min",
            "We moved forward with another candidate; we'd love your candid view.",
            ("Petra Salo", "petra.salo@kivi-analytics.example"),
        ),
        (
            "Shortlist review - Finance Director search",
            "I'll take you through the four candidates we've interviewed for your team.",
            ("Rupert Vane", "rupert@vane-search.example"),
        ),
        (
            "Intervju: Oskar Lind – Lagerchef",
            "Hej! Du är inbokad som intervjuare. Fyll i utvärderingen efteråt.",
            ("Teamtailor", "noreply@teamtailor-mail.com"),
        ),
        (
            "Panel: interviewing for potential",
            "Hi panelists - ten minutes each, then audience questions.",
            ("Tomasz Wrona", "tomasz@meetup-hosts.example"),
        ),
        (
            "Coffee - Alex / Oriane",
            "Nothing urgent and no particular role in mind; I like to know people early.",
            ("Oriane Dufay", "oriane@dufay-partners.example"),
        ),
    )
    for title, body, guest in cases:
        found = _event(title, body, guest)
        assert not found.is_interview, (title, found.reasons)


def test_a_job_in_podcasting_is_still_a_job_interview() -> None:
    guest = ("Dee Okafor", "dee@wavecrest-audio.example")
    found = _event("Interview - Podcast Producer - Alex Morgan", "See you then.", guest)
    assert found.is_interview, found.reasons
