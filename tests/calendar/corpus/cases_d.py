# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Corpus, part D, written later from other angles: pronouns in names, field-per-line tool
exports, Oxford-comma panels, first names only, signatures with phone numbers, and events that
are near-misses (references, networking, a friend's practice run)."""

from typing import Any

from tests.calendar.corpus.cases_a import TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "d-greenhouse-pronouns",
        "format": "ics",
        "style": "greenhouse",
        "title": "Alex Morgan: Technical Interview (Backend Engineer II)",
        "start": "2027-03-01T11:00",
        "organizer": P("Irina Volkova", "irina.volkova@ledgerly.com"),
        "attendees": [
            ME,
            P("Tariq Hassan", "tariq.hassan@ledgerly.com"),
            P("Mei Chen", "mei.chen@ledgerly.com"),
        ],
        "description": (
            "Hi Alex,\n\nInterviewer(s): Tariq Hassan (he/him), Senior Software Engineer; Mei Chen "
            "(she/her), Software Engineer\n\nThe session is 60 minutes of pair programming in "
            "your language of choice.\n\nIrina Volkova\nRecruiting Coordinator at Ledgerly" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Tariq Hassan", "tariq.hassan@ledgerly.com", "Senior Software Engineer", "peer"),
                ("Mei Chen", "mei.chen@ledgerly.com", "Software Engineer", "peer"),
            ],
            "recruiter": ("Irina Volkova", "irina.volkova@ledgerly.com"),
            "company": "Ledgerly",
            "position": "Backend Engineer II",
        },
    },
    {
        "id": "d-lever-whos-meeting-bullets",
        "format": "google",
        "style": "lever",
        "title": "Onsite: Alex Morgan",
        "start": "2027-03-02T10:00",
        "minutes": 150,
        "organizer": P("Noah Park", "noah.park@driftwood.ai"),
        "attendees": [ME, P("Noah Park", "noah.park@driftwood.ai")],
        "description": (
            "Hi Alex!<br><br>Here's who you'll be meeting:<br>• Elena Garcia - VP of Product<br>"
            "• Sam Whitfield - Product Designer<br>• Omar Nasser - Engineering Lead<br><br>"
            "We're excited to have you in for the Senior Product Manager role.<br><br>Noah Park"
            "<br>Recruiter, Driftwood AI<br>+1 (415) 555-0142"
        ),
        "expect": {
            "interviewers": [
                ("Elena Garcia", None, "VP of Product", "executive"),
                ("Sam Whitfield", None, "Product Designer", "peer"),
                ("Omar Nasser", None, "Engineering Lead", "peer"),
            ],
            "recruiter": ("Noah Park", "noah.park@driftwood.ai"),
            "company": "Driftwood AI",
            "position": "Senior Product Manager",
        },
    },
    {
        "id": "d-oxford-comma-panel",
        "format": "graph",
        "style": "human",
        "title": "Panel interview – Customer Support Team Lead",
        "start": "2027-03-03T13:00",
        "organizer": P("Grace Okafor", "grace.okafor@brightdesk.com"),
        "attendees": [
            ME,
            P("Liam Byrne", "liam.byrne@brightdesk.com"),
            P("Ana Souza", "ana.souza@brightdesk.com"),
            P("Kofi Mensah", "kofi.mensah@brightdesk.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour interview panel: Liam Byrne (Head of Support), Ana Souza (Support "
            "Operations Manager), and Kofi Mensah (Senior Support Specialist).\n\nGrace Okafor | "
            "Talent Acquisition | BrightDesk" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Liam Byrne", "liam.byrne@brightdesk.com", "Head of Support", "decision_maker"),
                (
                    "Ana Souza",
                    "ana.souza@brightdesk.com",
                    "Support Operations Manager",
                    "decision_maker",
                ),
                ("Kofi Mensah", "kofi.mensah@brightdesk.com", "Senior Support Specialist", "peer"),
            ],
            "recruiter": ("Grace Okafor", "grace.okafor@brightdesk.com"),
            "company": "BrightDesk",
            "position": "Customer Support Team Lead",
        },
    },
    {
        "id": "d-workday-fields",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview Scheduled: R-58812 Clinical Research Coordinator",
        "start": "2027-03-04T09:30",
        "minutes": 45,
        "organizer": P("Riverbend Health Careers", "careers@riverbendhealth.org"),
        "attendees": [ME, P("Helen Park", "helen.park@riverbendhealth.org")],
        "description": (
            "Interview Scheduled\n\nCandidate: Alex Morgan\nJob Requisition: R-58812 Clinical "
            "Research Coordinator\nInterviewer Name: Helen Park\nInterviewer Title: Research "
            "Program Director\nLocation: Building C, Room 210\n\nRiverbend Health"
        ),
        "expect": {
            "interviewers": [
                (
                    "Helen Park",
                    "helen.park@riverbendhealth.org",
                    "Research Program Director",
                    "decision_maker",
                ),
            ],
            # Nobody is named: the employer's careers mailbox that sent it is the one to ask
            # (as labelled in f-pharmacy-chain-icims and the other team mailboxes of parts F, H).
            "recruiter": (None, "careers@riverbendhealth.org"),
            "company": "Riverbend Health",
            "position": "Clinical Research Coordinator",
        },
    },
    {
        "id": "d-founder-sign-dash",
        "format": "google",
        "style": "founder",
        "title": "Alex + Dev chat",
        "start": "2027-03-05T16:00",
        "minutes": 30,
        "organizer": P("Dev Patel", "dev@loopwell.health"),
        "attendees": [ME, P("Dev Patel", "dev@loopwell.health")],
        "description": (
            "Looking forward to it! Keen to hear what you've built and tell you about the role "
            "we're hiring for.\n\n- Dev (Founder, Loopwell)"
        ),
        "expect": {
            "interviewers": [("Dev Patel", "dev@loopwell.health", "Founder", "executive")],
            "recruiter": None,
            "company": "Loopwell",
            "position": None,
        },
    },
    {
        "id": "d-goodtime-first-names",
        "format": "google",
        "style": "goodtime",
        "title": "Interview with Cascade Mobility",
        "start": "2027-03-08T13:00",
        "minutes": 90,
        "organizer": P("Cascade Mobility Candidate Calendar", "candidates@cascademobility.com"),
        "attendees": [
            ME,
            P("Priya Iyer", "priya.iyer@cascademobility.com"),
            P("Jordan Lee", "jordan.lee@cascademobility.com"),
        ],
        "description": (
            "Hi Alex,<br><br>Itinerary for Monday, March 8<br>1:00 PM - 1:45 PM&nbsp;&nbsp;"
            "Systems&nbsp;&nbsp;Priya<br>1:45 PM - 2:30 PM&nbsp;&nbsp;Product&nbsp;&nbsp;Jordan"
            "<br><br>Role: Embedded Software Engineer<br><br>Powered by GoodTime"
        ),
        "expect": {
            "interviewers": [
                ("Priya Iyer", "priya.iyer@cascademobility.com", None, "unknown"),
                ("Jordan Lee", "jordan.lee@cascademobility.com", None, "unknown"),
            ],
            "recruiter": None,
            "company": "Cascade Mobility",
            "position": "Embedded Software Engineer",
        },
    },
    {
        "id": "d-hm-teams-signature-phone",
        "format": "graph",
        "style": "human",
        "title": "Interview - Alex Morgan",
        "start": "2027-03-09T15:00",
        "minutes": 45,
        "organizer": P("Victor Nguyen", "victor.nguyen@harborfreightlogistics.com"),
        "attendees": [ME, P("Victor Nguyen", "victor.nguyen@harborfreightlogistics.com")],
        "description": (
            "Alex,\n\nThanks for applying for the Logistics Analyst position on my team. Let's "
            "talk for 45 minutes.\n\nRegards,\nVictor Nguyen\nOperations Manager | Harbor "
            "Freight Logistics\nM: +1 312 555 0199" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Victor Nguyen",
                    "victor.nguyen@harborfreightlogistics.com",
                    "Operations Manager",
                    "decision_maker",
                    # "the X position on my team": the writer hires for it (as in
                    # f2-teams-hm-signature-only, "the X role on my team").
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Harbor Freight Logistics",
            "position": "Logistics Analyst",
        },
    },
    {
        "id": "d-calendly-event-name-with-title",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Intro with Priya (Head of Design)",
        "start": "2027-03-10T12:00",
        "minutes": 30,
        "organizer": P("Priya Kapoor", "priya@northstar.design"),
        "attendees": [ME, P("Priya Kapoor", "priya@northstar.design")],
        "description": (
            "Event Name: Intro with Priya (Head of Design)\n\nInvitee: Alex Morgan\n\nQuestions: "
            "Interested in the senior product designer opening.\n\nNeed to make changes to this "
            "event?\nCancel: https://calendly.com/cancellations/33aa\nReschedule: "
            "https://calendly.com/reschedulings/33aa"
        ),
        "expect": {
            "interviewers": [
                ("Priya Kapoor", "priya@northstar.design", "Head of Design", "decision_maker")
            ],
            "recruiter": None,
            "company": "Northstar",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "d-ics-panel-and-coordinator-mailbox",
        "format": "ics",
        "style": "human",
        "title": "Final Round Interviews - Orbit Analytics",
        "start": "2027-03-11T10:00",
        "minutes": 120,
        "organizer": P("Orbit Analytics Recruiting", "recruiting@orbitanalytics.io"),
        "attendees": [
            ME,
            P("Carla Mendes", "carla@orbitanalytics.io"),
            P("Ben Ito", "ben@orbitanalytics.io"),
        ],
        "description": (
            "Hi Alex,\n\nFinal round for the Analytics Engineer role.\n\n10:00 - 11:00 SQL & "
            "modeling - Carla Mendes, Analytics Manager\n11:00 - 12:00 Values - Ben Ito, COO\n\n"
            "Questions? Your coordinator is Maya Singh (recruiting@orbitanalytics.io)."
        ),
        "expect": {
            "interviewers": [
                ("Carla Mendes", "carla@orbitanalytics.io", "Analytics Manager", "decision_maker"),
                ("Ben Ito", "ben@orbitanalytics.io", "COO", "executive"),
            ],
            "recruiter": ("Maya Singh", "recruiting@orbitanalytics.io"),
            "company": "Orbit Analytics",
            "position": "Analytics Engineer",
        },
    },
    {
        "id": "not-d-reference-call",
        "format": "google",
        "title": "Reference check call re: Jordan Blake",
        "start": "2027-03-12T14:00",
        "minutes": 20,
        "organizer": P("Kim Alvarez", "kim.alvarez@quarry.io"),
        "attendees": [ME, P("Kim Alvarez", "kim.alvarez@quarry.io")],
        "description": "Thanks for agreeing to be a reference for Jordan, who is interviewing with us for a data role.",
    },
    {
        "id": "not-d-networking-coffee",
        "format": "graph",
        "title": "Coffee with Jamie",
        "start": "2027-03-13T09:00",
        "minutes": 45,
        "organizer": P("Jamie Ross", "jamie.ross@fastmail.com"),
        "attendees": [ME, P("Jamie Ross", "jamie.ross@fastmail.com")],
        "description": "Finally catching up after the conference! Same place as last time.",
    },
    {
        "id": "not-d-practice-run-friend",
        "format": "ics",
        "title": "Practice interview - system design",
        "start": "2027-03-14T19:00",
        "organizer": P("Chris Diaz", "chris.diaz@gmail.com"),
        "attendees": [ME, P("Chris Diaz", "chris.diaz@gmail.com")],
        "description": "I'll play the interviewer, you whiteboard a URL shortener.",
    },
    {
        "id": "not-d-interviewing-workshop",
        "format": "google",
        "title": "Workshop: interviewing skills for new grads",
        "start": "2027-03-15T17:00",
        "minutes": 90,
        "organizer": P("City College Career Center", "careers@citycollege.edu"),
        "attendees": [ME],
        "description": "Learn how to answer behavioral interview questions. Open to all alumni.",
    },
]
