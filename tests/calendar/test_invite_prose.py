"""Issue 16's six invites, end to end: what the description says decides who gets which note."""

from __future__ import annotations

from typing import Any

from app.autodraft.planner import PlanChoice, plan_interview, view_from_interview
from app.calendar.interviews import extract_interviews
from app.playbook.defaults import default_scenario
from app.playbook.models import Person
from app.playbook.scenarios import Scenario
from tests.calendar.helpers import contact, google_event, only_event

ME = ["alex.morgan@gmail.com"]


def _google(
    summary: str, description: str, organizer: tuple[str, str], *guests: tuple[str | None, str]
) -> dict[str, Any]:
    return google_event(
        summary,
        description,
        organizer,
        *guests,
        start="2027-01-21T16:00:00-05:00",
        end="2027-01-21T16:45:00-05:00",
    )


def test_the_hiring_manager_named_in_prose_gets_the_follow_up() -> None:
    iv = only_event(
        _google(
            "Interview with Marcus | Glassline",
            "Hi Alex,\n\nI'm connecting you with Marcus, the hiring manager for the Solutions "
            "Architect role.\n\nBest,\nRachel\nRecruiting, Glassline",
            ("Rachel Kim", "rachel.kim@glassline.com"),
            ("Marcus Obi", "marcus.obi@glassline.com"),
            ("Rachel Kim", "rachel.kim@glassline.com"),
        )
    )
    (marcus,) = iv.interviewers
    assert (marcus.name, marcus.email, marcus.hiring_manager) == (
        "Marcus Obi",
        "marcus.obi@glassline.com",
        True,
    )
    person = Person(marcus.name, marcus.email, marcus.title, marcus.hiring_manager)
    assert default_scenario(person).scenario is Scenario.FOLLOW_UP
    assert (iv.company, iv.position) == ("Glassline", "Solutions Architect")
    assert contact(iv) == ("Rachel Kim", "rachel.kim@glassline.com")


def test_a_panel_list_merges_with_the_guests_by_address() -> None:
    iv = only_event(
        _google(
            "Panel Interview - Senior Product Designer - Harbor Labs",
            "Panelists: Marcus Webb, Design Manager / Sofia Kowalski, Senior Product Designer / "
            "Jun Nakamura, Product Manager\n\nPriya Desai\nRecruiter, Harbor Labs",
            ("Priya Desai", "priya.desai@harborlabs.com"),
            (None, "mwebb@harborlabs.com"),
            (None, "sofia.k@harborlabs.com"),
            (None, "jn@harborlabs.com"),
        )
    )
    assert [(i.name, i.email, i.title, str(i.role)) for i in iv.interviewers] == [
        ("Marcus Webb", "mwebb@harborlabs.com", "Design Manager", "decision_maker"),
        ("Sofia Kowalski", "sofia.k@harborlabs.com", "Senior Product Designer", "peer"),
        ("Jun Nakamura", "jn@harborlabs.com", "Product Manager", "peer"),
    ]


def test_the_recruiter_in_the_description_is_asked_and_the_company_is_written_as_a_name() -> None:
    iv = only_event(
        _google(
            "Interview: Clinical Data Analyst (Req #D-1142)",
            "This invitation is sent on behalf of Northwind Health.\n\nYou'll be speaking with "
            "Katherine Brennan, Analytics Manager.\n\nYour recruiting coordinator is Owen Price "
            "(owen.price@northwindhealth.org).",
            ("Greenhouse", "no-reply@us.greenhouse-mail.io"),
            ("Kate Brennan", "kate@northwindhealth.org"),
        )
    )
    assert (iv.company, iv.position) == ("Northwind Health", "Clinical Data Analyst")
    (kate,) = iv.interviewers
    assert (kate.name, kate.email, kate.title) == (
        "Katherine Brennan",
        "kate@northwindhealth.org",
        "Analytics Manager",
    )
    assert iv.start is not None
    plan = plan_interview(
        view_from_interview(iv),
        {kate.key: PlanChoice()},
        stood_down=False,
        now=iv.start.replace(day=14),
        timezone="America/New_York",
    )
    assert plan.ask_recruiter is None  # every interviewer has an address
    assert iv.recruiter is not None and iv.recruiter.email == "owen.price@northwindhealth.org"


def test_a_founders_coffee_chat_is_an_interview_and_training_is_not() -> None:
    iv = only_event(
        _google(
            "Coffee chat - Alex / Priya",
            "Great to connect! I'd love to tell you what we're building and hear where a founding "
            "engineer would fit.\n\nPriya Raman\nCo-founder & CEO, Fieldnote",
            ("Priya Raman", "priya@fieldnote.ai"),
            ("Priya Raman", "priya@fieldnote.ai"),
        )
    )
    assert iv.confidence >= 0.5
    assert any("casual meeting with someone from outside" in r for r in iv.reasons)
    (priya,) = iv.interviewers
    assert (priya.title, str(priya.role), iv.company) == (
        "Co-founder & CEO",
        "executive",
        "Fieldnote",
    )
    training = _google(
        "Interview training for managers",
        "Structured interviewing and scorecards.",
        ("Beth Olson", "beth.olson@initech.com"),
        ("Raj Patel", "raj.patel@initech.com"),
    )
    found = extract_interviews(
        training, format="google", me=[*ME, "alex.morgan@initech.com"], timezone="UTC"
    )
    assert found == []


# --- categories (issue 16 follow-up): each test words the case differently from the corpus ---


def _all(data: Any) -> list[Any]:
    return extract_interviews(data, format="google", me=ME, timezone="America/New_York")


def test_an_address_in_its_own_column_belongs_to_the_person_before_it() -> None:
    iv = only_event(
        _google(
            "Interview: Platform Engineer | Ridgeway",
            "Itinerary\n\n9:00 AM - 9:45 AM  Coding  Lena Ortiz, Staff Engineer  "
            "lena.ortiz@ridgeway.dev\n9:45 AM - 10:30 AM  Design  Omar Haddad, Engineering "
            "Manager  omar.haddad@ridgeway.dev\n",
            ("Ridgeway Recruiting", "recruiting@ridgeway.dev"),
        )
    )
    got = [(i.name, i.email, i.title) for i in iv.interviewers]
    assert got == [
        ("Lena Ortiz", "lena.ortiz@ridgeway.dev", "Staff Engineer"),
        ("Omar Haddad", "omar.haddad@ridgeway.dev", "Engineering Manager"),
    ]


def test_a_series_marker_after_a_company_is_not_a_persons_title() -> None:
    for marker in ("Day 2", "Part 1 of 3", "Round 2", "2/3"):
        iv = only_event(
            _google(
                f"Onsite with Ferncliff Robotics ({marker})",
                "Your interview agenda for Controls Engineer\n\n1:00 PM - 2:00 PM  Tomas Berg, "
                "Principal Engineer\n2:00 PM - 3:00 PM  Ada Nwosu, Director of Controls\n",
                ("Ferncliff Scheduling", "scheduling@ferncliffrobotics.com"),
            )
        )
        assert [i.name for i in iv.interviewers] == ["Tomas Berg", "Ada Nwosu"], marker
        assert iv.position == "Controls Engineer"


def test_an_address_given_by_pronoun_later_in_the_line_is_the_named_persons() -> None:
    iv = only_event(
        _google(
            "Video interview - Ostrava Labs",
            "Hello Alex, you will speak with Petra Novak, who leads the data team for this "
            "opening. Her email is petra.novak@ostravalabs.cz should you need anything before "
            "the call.\n\nJan\nRecruiter",
            ("Jan Dvorak", "jan.dvorak@ostravalabs.cz"),
        )
    )
    (petra,) = iv.interviewers
    assert (petra.name, petra.email) == ("Petra Novak", "petra.novak@ostravalabs.cz")


def test_the_fuller_written_company_name_wins_over_the_shorter_spelling() -> None:
    iv = only_event(
        _google(
            "Interview - Staff Pharmacist",
            "Welcome to Harbourview Community Hospital! Interviewer: Dr. Ian Reyes, Director of "
            "Pharmacy.",
            ("Harbourview Community Careers", "careers@harbourviewcommunity.org"),
            ("Ian Reyes", "ian.reyes@harbourviewcommunity.org"),
        )
    )
    assert iv.company == "Harbourview Community Hospital"


def test_the_senders_signature_names_a_company_the_domain_does_not_spell() -> None:
    iv = only_event(
        _google(
            "Phone interview",
            "Hi Alex, thanks for applying for the Data Steward position; I run the data office "
            "and will call you.\n\nKind regards,\nMarta Silva\nHead of Data\nIberian Rail Freight "
            "S.A.",
            ("Marta Silva", "marta.silva@irf-group.pt"),
            ("Marta Silva", "marta.silva@irf-group.pt"),
        )
    )
    assert iv.company == "Iberian Rail Freight"  # a legal form in initials is dropped


def test_practice_interviews_with_a_friend_are_not_interviews() -> None:
    for title, body in (
        ("Practice interview: behavioral", "Let's run through STAR answers."),
        ("Interview practice w/ Sam", "I'll play the interviewer, you answer."),
        ("Mock coding interview", "Leetcode mediums, 45 minutes."),
        ("Prep call", "Practice round before your real onsite; I'll play the interviewer."),
    ):
        data = _google(
            title, body, ("Sam Lee", "sam.lee@gmail.com"), ("Sam Lee", "sam.lee@gmail.com")
        )
        assert not [i for i in _all(data) if i.is_interview], title


def test_the_position_in_parentheses_after_the_candidates_own_name() -> None:
    iv = only_event(
        _google(
            "Team lunch - Alex Morgan (Backend Engineer)",
            "Join us for lunch with the backend team.",
            ("Noor Aziz", "noor.aziz@tallyho.io"),
            ("Alex Morgan", "alex.morgan@gmail.com"),
            ("Noor Aziz", "noor.aziz@tallyho.io"),
            ("Ben Ode", "ben.ode@tallyho.io"),
        )
    )
    assert iv.position == "Backend Engineer"


def test_a_parenthesis_after_the_person_met_is_their_title_not_the_position() -> None:
    iv = only_event(
        _google(
            "Coffee with Sam Rivera (Founder)",
            "Would love to tell you about the founding engineer role.",
            ("Sam Rivera", "sam.rivera@gmail.com"),
            ("Sam Rivera", "sam.rivera@gmail.com"),
        )
    )
    assert iv.position != "Founder"
    assert [(i.name, i.title) for i in iv.interviewers] == [("Sam Rivera", "Founder")]
