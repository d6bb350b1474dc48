"""Review 8 (M11, M12, M13, M16, M18, M22, M23, M24): readings widened in the eighth session
that took a person, a street or a common noun for the company, a job interview for the press,
a favour for an interview, and the candidate, a founder or an M&A executive for the recruiter.
Each finding has the harmful shape and a guard that the rule's own case still holds."""

from __future__ import annotations

from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview
from tests.calendar.helpers import ME


def _event(
    title: str,
    body: str,
    organizer: tuple[str | None, str],
    guests: tuple[tuple[str, str], ...] = (),
) -> Interview:
    org: dict[str, Any] = {"email": organizer[1]}
    if organizer[0]:
        org["displayName"] = organizer[0]
    attendees: list[dict[str, Any]] = [{"email": ME[0], "self": True}]
    attendees += [{"email": e, "displayName": n} for n, e in guests]
    page: dict[str, Any] = {
        "items": [
            {
                "id": "r8c",
                "summary": title,
                "description": body,
                "start": {"dateTime": "2027-05-11T14:00:00-04:00"},
                "end": {"dateTime": "2027-05-11T15:00:00-04:00"},
                "organizer": org,
                "attendees": attendees,
            }
        ]
    }
    (found,) = extract_interviews(
        page, format="google", me=ME, timezone="America/New_York", include_all=True
    )
    return found


def _recruiter(i: Interview) -> tuple[str | None, str | None] | None:
    return (i.recruiter.name, i.recruiter.email) if i.recruiter else None


# --- M11: "Search" in a job's title is no search firm's subject -----------------------------


def test_a_search_job_title_does_not_make_the_person_met_next_the_company() -> None:
    got = _event(
        "Search Relevance Engineer - technical round",
        "Hi Alex,\n\nYou'll meet Ines Barros, who leads Search. After this, we'll set up a "
        "meeting with Omar Haddad for the final round.\n\nBest,\nRuth Kessler\nQuillbrook Labs",
        ("Ruth Kessler", "ruth.kessler@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )
    assert got.company == "Quillbrook Labs"


def test_a_search_firms_subject_still_sends_the_candidate_to_its_client() -> None:
    got = _event(
        "Chief Financial Officer search - next step",
        "Alex, the next step is a meeting at Marlowe Ferries's offices with their chair.\n\n"
        "Pia Rook\nPartner, Rookfield",
        ("Pia Rook", "pia.rook@rookfield.example"),
    )
    assert got.company == "Marlowe Ferries"


# --- M13: "interview you on/about" is the press only with the press's words -----------------


def test_a_recruiter_who_would_like_to_interview_you_on_a_day_books_a_job_interview() -> None:
    for sentence in (
        "We would be glad to interview you on Thursday for the Platform Engineer opening.",
        "Our panel will interview you on architecture and on-call practice.",
        "Ines will interview you about the pipelines you have built.",
    ):
        got = _event(
            "Interview - Platform Engineer",
            f"Hi Alex,\n\n{sentence} You'll meet Ines Barros, our Head of Platform.\n\n"
            "Best,\nRuth Kessler\nRecruiter",
            ("Ruth Kessler", "ruth.kessler@quillbrooklabs.com"),
            (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
        )
        assert got.is_interview, sentence


def test_a_reporter_who_wants_to_interview_you_about_a_launch_is_still_the_press() -> None:
    got = _event(
        "Interview: warehouse automation",
        "Hi Alex,\n\nOmar Haddad, a reporter at Freight Weekly, would like to interview you "
        "about the new sorting hall for an article next month.\n\nBest,\nRuth Kessler\nComms",
        ("Ruth Kessler", "ruth.kessler@quillbrooklabs.com"),
        (("Omar Haddad", "omar@freightweekly.example"),),
    )
    assert not got.is_interview


def test_candidate_experience_as_the_job_is_no_survey() -> None:
    got = _event(
        "Interview - Candidate Experience Specialist",
        "Hi Alex,\n\nYou'll speak with Ines Barros, our Head of People.\n\nBest,\nRuth Kessler\n"
        "Recruiter",
        ("Ruth Kessler", "ruth.kessler@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )
    assert got.is_interview


def test_a_survey_of_the_candidates_experience_is_still_no_interview() -> None:
    got = _event(
        "Short call about your candidate experience",
        "Hi Alex,\n\nWe chose another applicant, but we'd like ten minutes of feedback on how "
        "the process felt.\n\nRuth",
        ("Ruth Kessler", "ruth.kessler@quillbrooklabs.com"),
    )
    assert not got.is_interview


# --- M16: a client named in another language is read for a placing writer -------------------


def test_a_direct_employers_customers_are_not_the_company() -> None:
    got = _event(
        "Vorstellungsgespräch - Data Engineer",
        "Hallo Alex,\n\nSie sprechen mit Jonas Brandt, Teamleiter Daten. Wir liefern unseren "
        "Kunden Software für Stadtwerke.\n\nViele Grüße\nPetra Albers\nRecruiting, Kalkwerk",
        ("Petra Albers", "petra.albers@kalkwerk.de"),
        (("Jonas Brandt", "jonas.brandt@kalkwerk.de"),),
    )
    assert got.company == "Kalkwerk"
    got = _event(
        "Entrevista - Analista de Datos",
        "Hola Alex,\n\nEn Brisamar acompañamos a nuestro cliente Industrial en cada obra. "
        "Hablarás con Marta Gil, Jefa de Datos.\n\nSaludos,\nLuis Prado\nBrisamar",
        ("Luis Prado", "luis.prado@brisamar.es"),
        (("Marta Gil", "marta.gil@brisamar.es"),),
    )
    assert got.company == "Brisamar"


def test_an_agency_still_names_its_client_in_another_language() -> None:
    got = _event(
        "Sollicitatiegesprek - Monteur",
        "Hoi Alex,\n\nJe hebt een gesprek bij onze klant Vliet Techniek in Gouda.\n\n"
        "Groet,\nRuud Pals\nRecruiter | Pals Werving",
        ("Ruud Pals", "ruud@palswerving.example"),
    )
    assert got.company == "Vliet Techniek"


# --- M18: the brand of a group is no person nor a street ------------------------------------


def test_a_person_who_is_one_of_a_groups_staff_is_no_brand() -> None:
    got = _event(
        "Interview - Dental Nurse",
        "Hi Alex,\n\nYou'll meet Omar Haddad, one of the Brightsmile Dental practice managers, "
        "at 10:00.\n\nBest,\nRuth Kessler\nRecruiter",
        ("Ruth Kessler", "ruth.kessler@brightsmiledental.com"),
    )
    assert got.company == "Brightsmile Dental"
    assert [i.name for i in got.interviewers] == ["Omar Haddad"]


def test_a_street_is_no_brand_of_the_group() -> None:
    got = _event(
        "Interview - Store Assistant",
        "Hi Alex,\n\nPlease come to Quay Road, one of the Saltmarsh Retail sites, at 9am.\n\n"
        "Best,\nRuth Kessler\nRecruiter",
        ("Ruth Kessler", "ruth.kessler@saltmarshretail.com"),
    )
    assert got.company == "Saltmarsh Retail"


def test_a_brand_that_is_one_of_the_groups_restaurants_still_reads() -> None:
    got = _event(
        "Interview - Sous Chef",
        "Hi Alex,\n\nThe role is at Casa Lumo, one of the Harrowgate Dining Group restaurants, "
        "in the old town.\n\nBest,\nRuth Kessler\nRecruiter",
        ("Ruth Kessler", "ruth.kessler@harrowgatedining.com"),
    )
    assert got.company == "Casa Lumo"


# --- M22: a favour is no job talk ------------------------------------------------------------


def test_a_friend_who_needs_a_favour_over_coffee_is_no_interview() -> None:
    for title, body in (
        (
            "Coffee",
            "Hey Alex! I need someone to proofread our grant application before Monday and "
            "thought of you. My treat.",
        ),
        (
            "Catch up",
            "Hi Alex, good to see you at the conference. You have just the right background "
            "to try our checkout flow as a shopper. Half an hour?",
        ),
    ):
        got = _event(title, body, ("Nia Osei", "nia@kilnworks.io"))
        assert not got.is_interview, title


def test_a_founder_who_needs_someone_to_run_a_function_still_talks_of_a_job() -> None:
    got = _event(
        "Coffee",
        "hey alex, we're nine people and we need someone to run all of finance. see you then",
        ("Nia Osei", "nia@kilnworks.io"),
    )
    assert got.is_interview
    got = _event(
        "Coffee",
        "Hi Alex, your years in logistics are exactly the right background for us.",
        ("Nia Osei", "nia@kilnworks.io"),
    )
    assert got.is_interview
    got = _event(
        "Video call",
        "Hi Alex, we've wanted a second roaster since winter and your years at the mill sound "
        "like the ideal background. Let's talk on Zoom.",
        ("Nia Osei", "nia@kilnworks.io"),
    )
    assert got.is_interview


# --- M12: the signer behind a team mailbox is staff, not the user nor a founder --------------


def test_the_user_signing_a_quoted_reply_is_not_the_recruiter() -> None:
    got = _event(
        "Interview - Data Engineer",
        "Hi Alex,\n\nConfirming your interview with Ines Barros on Thursday.\n\nThanks,\n"
        "Quillbrook Careers\n\nOn Tue, Alex Morgan wrote:\nThursday is fine, thanks.\n\n"
        "Kind regards,\nAlex Morgan\nData Engineer",
        ("Quillbrook Careers", "careers@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )
    assert _recruiter(got) == (None, "careers@quillbrooklabs.com")


def test_a_founder_signing_from_the_careers_mailbox_is_not_the_recruiter() -> None:
    got = _event(
        "Interview - Data Engineer",
        "Hi Alex,\n\nConfirming your interview with Ines Barros on Thursday.\n\nBest,\n"
        "Omar Haddad\nCo-founder & CEO, Quillbrook Labs",
        ("Quillbrook Careers", "careers@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )
    assert _recruiter(got) == (None, "careers@quillbrooklabs.com")


def test_a_coordinator_signing_from_the_careers_mailbox_is_still_the_one_to_ask() -> None:
    got = _event(
        "Interview - Data Engineer",
        "Hi Alex,\n\nConfirming your interview with Ines Barros on Thursday.\n\nBest,\n"
        "Omar Haddad\nRecruiting Coordinator",
        ("Quillbrook Careers", "careers@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )
    assert _recruiter(got) == ("Omar Haddad", "careers@quillbrooklabs.com")


# --- M23: a recruiter named Cara or with a short surname in capitals -------------------------


def _with_recruiter_line(line: str) -> Interview:
    return _event(
        "Interview - Data Engineer",
        f"Hi Alex,\n\nYou'll meet Ines Barros, Head of Data.\n\n{line}\n\n"
        "This invite was sent by Quillbrook Scheduling.",
        ("Quillbrook Scheduling", "scheduling@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )


def test_recruiters_whose_names_look_like_a_greeting_or_a_town_are_kept() -> None:
    for line, name in (
        ("Recruiter: Cara Lindqvist", "Cara Lindqvist"),
        ("Your recruiter is Caro Baumann.", "Caro Baumann"),
        ("Recruiter: Wei NG", "Wei NG"),
        ("Recruiter: Wei MA", "Wei MA"),
    ):
        got = _recruiter(_with_recruiter_line(line))
        assert got is not None and got[0] is not None, line
        assert got[0].casefold() == name.casefold() or got[0] == "Wei Ng", (line, got)


def test_a_greeting_is_still_nobody() -> None:
    from app.calendar.interviews import _NOT_A_CONTACT

    assert _NOT_A_CONTACT.match("Bonjour Alex") is not None
    assert _NOT_A_CONTACT.match("Cambridge MA") is not None
    assert _NOT_A_CONTACT.match("Cara Lindqvist") is None
    assert _NOT_A_CONTACT.match("Mei LI") is None
    assert _NOT_A_CONTACT.match("Hola Alex") is not None


# --- M24: "acquisition" in a deal-maker's title is no recruiting ----------------------------


def test_a_vp_of_acquisitions_who_signs_is_not_the_recruiter() -> None:
    for title, sig in (
        ("Interview - Deal Analyst", "Vice President, Mergers & Acquisitions"),
        ("Interview - Performance Marketer", "Head of User Acquisition"),
    ):
        got = _event(
            title,
            "Hi Alex,\n\nLooking forward to talking about the role on my team.\n\nBest,\n"
            f"Ines Barros\n{sig}",
            ("Ines Barros", "ines.barros@quillbrooklabs.com"),
        )
        assert got.recruiter is None, sig


def test_a_talent_acquisition_partner_who_signs_is_the_recruiter() -> None:
    got = _event(
        "Interview - Deal Analyst",
        "Hi Alex,\n\nYou'll meet our VP of Finance on Thursday.\n\nBest,\n"
        "Ines Barros\nTalent Acquisition Partner",
        ("Ines Barros", "ines.barros@quillbrooklabs.com"),
    )
    assert _recruiter(got) == ("Ines Barros", "ines.barros@quillbrooklabs.com")


# --- S1: a conferencing tool's footer is no company ----------------------------------------

_TEAMS_FOOTER = (
    "\n\nJoin Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup-join/xyz\n"
    "Microsoft Teams Need help?"
)


def test_a_teams_footer_below_the_signature_is_no_company() -> None:
    got = _event(
        "Interview - Data Engineer",
        "Hi Alex,\n\nYou'll meet Ines Barros.\n\nBest,\nRuth Kessler" + _TEAMS_FOOTER,
        ("Ruth Kessler", "ruth.kessler@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )
    assert got.company == "Quillbrook Labs"
    got = _event(
        "Interview - Data Engineer",
        "Hi Alex,\n\nYou'll meet Ines Barros.\n\nBest,\nRuth" + _TEAMS_FOOTER,
        ("Ruth Kessler", "ruth@mtmnh.com"),
        (("Ines Barros", "ines@mtmnh.com"),),
    )
    assert got.company is not None and "Teams" not in got.company


def test_a_company_line_in_the_signature_still_names_the_company() -> None:
    got = _event(
        "Interview - Data Engineer",
        "Hi Alex,\n\nYou'll meet Ines Barros.\n\nBest,\nRuth Kessler\nNordic Lumen & Media AB"
        + _TEAMS_FOOTER,
        ("Ruth Kessler", "ruth.kessler@nlmab.se"),
        (("Ines Barros", "ines.barros@nlmab.se"),),
    )
    assert got.company == "Nordic Lumen & Media"


def test_the_user_signing_an_outlook_reply_is_not_the_recruiter() -> None:
    got = _event(
        "Interview - Data Engineer",
        "Hi Alex,\n\nConfirming your interview with Ines Barros on Thursday.\n\nThanks,\n"
        "Quillbrook Careers\n\nFrom: Alex Morgan\nSent: Tuesday, 4 May 2027 10:02\n"
        "Subject: Re: Interview\n\nThursday is fine, thanks.\n\nAlex Morgan\nData Engineer",
        ("Quillbrook Careers", "careers@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )
    assert _recruiter(got) == (None, "careers@quillbrooklabs.com")


def test_a_time_after_from_is_no_quoted_reply() -> None:
    got = _event(
        "Interview - Data Engineer",
        "Hi Alex,\n\nYour interview with Ines Barros:\nFrom: 14:00\nTo: 15:00\n\nBest,\n"
        "Omar Haddad",
        ("Quillbrook Careers", "careers@quillbrooklabs.com"),
        (("Ines Barros", "ines.barros@quillbrooklabs.com"),),
    )
    assert _recruiter(got) == ("Omar Haddad", "careers@quillbrooklabs.com")
