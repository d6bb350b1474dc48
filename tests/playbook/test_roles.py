"""The role classifier on a wide table of real job titles (PLAYBOOK §4)."""

import pytest

from app.playbook.roles import Role, classify_title, explain_title

E, D, P, R, U = Role.EXECUTIVE, Role.DECISION_MAKER, Role.PEER, Role.RECRUITER, Role.UNKNOWN

TITLES = [
    # executives
    ("Co-founder & CEO", E),
    ("Founder", E),
    ("Cofounder and CTO", E),
    ("CEO", E),
    ("Chief Executive Officer", E),
    ("Chief Technology Officer", E),
    ("Chief Product Officer", E),
    ("Chief People Officer", E),
    ("Chief of Staff", E),  # PLAYBOOK §4 lists "chief *" as executive
    ("CFO", E),
    ("President", E),
    ("President & COO", E),
    ("VP Engineering", E),
    ("VP, Product", E),
    ("Vice President of Sales", E),
    ("SVP, Engineering", E),
    ("EVP Operations", E),
    ("General Manager, EMEA", E),
    ("Managing Director", E),
    ("Managing Partner", E),
    ("Partner", E),
    ("Geschäftsführer", E),
    ("Gründerin", E),
    ("VP, Talent Acquisition", E),  # senior first: a VP is a VP
    # decision-makers
    ("Hiring Manager", D),
    ("Engineering Manager", D),
    ("Senior Engineering Manager", D),
    ("Sr. Engineering Manager, Payments", D),
    ("Manager, Software Engineering", D),
    ("Manager of Data Science", D),
    ("Design Manager", D),
    ("Head of Design", D),
    ("Head of Engineering", D),
    ("Director, Cloud Solutions", D),
    ("Director of Product", D),
    ("Senior Director of Engineering", D),
    ("Group Product Manager", D),
    ("Team Lead, Platform", D),
    ("Sales Manager", D),
    ("Directrice marketing", D),
    # a manager of a function or a shift runs its staff; a supervisor supervises people
    ("Finance Manager", D),
    ("Payroll Manager", D),
    ("Procurement Manager", D),
    ("Credit Risk Manager", D),
    ("Delivery Manager", D),
    ("Shift Manager", D),
    ("Shift Supervisor", D),
    ("Accounting Supervisor", D),
    ("Process Engineering Supervisor", D),
    # peers
    ("Staff Product Designer", P),
    ("Senior Software Engineer", P),
    ("Software Engineer II", P),
    ("Principal Engineer", P),
    ("Staff Engineer", P),
    ("Founding Engineer", P),
    ("Product Manager", P),
    ("Senior Product Manager", P),
    ("Technical Program Manager", P),
    ("Program Manager", P),
    ("Project Manager", P),
    ("Account Manager", P),
    ("Customer Success Manager", P),
    ("Product Marketing Manager", P),
    ("Data Scientist", P),
    ("Tech Lead", P),
    ("UX Researcher", P),
    ("Solutions Architect", P),
    ("Product Owner", P),
    ("Executive Assistant to the CEO", P),
    ("Partner Engineer", P),
    ("Scrum Master", P),
    # recruiters and coordinators
    ("Technical Recruiter", R),
    ("Senior Recruiter", R),
    ("Recruiting Coordinator", R),
    ("Talent Partner", R),
    ("Talent Acquisition Partner", R),
    ("Head of Talent", R),
    ("Sourcer", R),
    ("Interview Coordinator", R),
    ("Candidate Experience Coordinator", R),
    ("Recruiting Manager", R),
    # unknown
    ("", U),
    ("   ", U),
    ("Interviewer", U),
    ("Panel", U),
]


@pytest.mark.parametrize(("title", "role"), TITLES)
def test_title_table(title: str, role: Role) -> None:
    assert classify_title(title) is role, explain_title(title)


def test_none_is_unknown() -> None:
    assert classify_title(None) is Role.UNKNOWN


@pytest.mark.parametrize(
    "title", ["Product Manager", "Senior Software Engineer", None, "Recruiter"]
)
def test_hiring_manager_label_wins(title: str | None) -> None:
    # "labelled so in the invite" beats what the title alone says.
    assert classify_title(title, hiring_manager=True) is Role.DECISION_MAKER


def test_scheduling_prefix_is_ignored() -> None:
    assert classify_title("[Hold] Engineering Manager") is Role.DECISION_MAKER


def test_reason_is_given() -> None:
    assert "manager" in explain_title("Product Manager").reason


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # A department's or a committee's chair leads it, as a head of a function does; a
        # board's chair stays an executive (corpus: f-academic-campus-visit,
        # f7-human-academic-search-committee; f-nonprofit-board-chair-ed).
        ("Search Committee Chair", D),
        ("Chair of the Department of Economics", D),
        ("Department Chair", D),
        ("Board Chair", E),
        ("Chairman", E),
        ("Chair of the Board", E),
        # An office manager and a controller run staff (PLAYBOOK §4 people-manager titles).
        ("Office Manager", D),
        ("Controller", D),
        ("Financial Controller", D),
        ("Air Traffic Controller", U),
        # A technical leader is an individual contributor; a team leader leads a team.
        ("Technical Leader", P),
        ("Team Leader", D),
    ],
)
def test_chairs_office_managers_controllers_and_leaders(title: str, role: Role) -> None:
    assert classify_title(title) is role
