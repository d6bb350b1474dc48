# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Corpus, part G (tuning): where detection and people are decided by little text. Sparse
invites (a title and attendees, no description), titles carried in the attendees' display names
("Sam Reed (Eng Manager)", "Jonas Berg | Fathom"), rooms and other candidates among the guests,
an internal transfer interview at the user's own company, a reverse interview, a take-home
review, a 30/60/90 presentation to a leadership team, a "bar raiser" and a description that is
only a video-call block. Near-misses at the edges of the process: an offer call, day-one
onboarding, an interview-storytelling workshop, jury selection, an all-hands watching the CEO's
TV interview, the user's team interviewing a vendor, and a focus block for writing interview
feedback.

Labels are what a person reads in the invite, not what the parser returns.
expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "g-bare-interview-title-domain",
        "format": "google",
        "style": "human",
        "title": "Interview",
        "start": "2027-06-07T10:00",
        "minutes": 45,
        "organizer": P("Ruth Olsen", "ruth.olsen@brackenridge.com"),
        "attendees": [ME, P("Ruth Olsen", "ruth.olsen@brackenridge.com")],
        "expect": {
            "interviewers": [("Ruth Olsen", "ruth.olsen@brackenridge.com", None, "unknown")],
            "recruiter": None,
            "company": "Brackenridge",
            "position": None,
        },
    },
    {
        "id": "g-phone-screen-no-description",
        "format": "graph",
        "style": "human",
        "title": "Phone Screen - Zora Health",
        "start": "2027-06-08T13:30",
        "minutes": 30,
        "organizer": P("Maria Lopez", "maria.lopez@zorahealth.com"),
        "attendees": [ME, P("Maria Lopez", "maria.lopez@zorahealth.com")],
        "expect": {
            "interviewers": [("Maria Lopez", "maria.lopez@zorahealth.com", None, "unknown")],
            "recruiter": None,
            "company": "Zora Health",
            "position": None,
        },
    },
    {
        "id": "g-titles-in-display-names",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan - interviews - Backend Engineer",
        "start": "2027-06-09T14:00",
        "minutes": 60,
        "organizer": P("Nia Brooks (Recruiting)", "nia.brooks@fernway.io"),
        "attendees": [
            ME,
            P("Nia Brooks (Recruiting)", "nia.brooks@fernway.io"),
            P("Sam Reed (Eng Manager)", "sam.reed@fernway.io"),
            P("Ola Berg (Senior Engineer)", "ola.berg@fernway.io"),
        ],
        "description": "See you soon! Both Sam and Ola will join for the full hour." + MEET,
        "expect": {
            "interviewers": [
                ("Sam Reed", "sam.reed@fernway.io", "Eng Manager", "decision_maker"),
                ("Ola Berg", "ola.berg@fernway.io", "Senior Engineer", "peer"),
            ],
            "recruiter": ("Nia Brooks", "nia.brooks@fernway.io"),
            "company": "Fernway",
            "position": "Backend Engineer",
        },
    },
    {
        "id": "g-company-in-display-names",
        "format": "graph",
        "style": "human",
        "title": "Interview: Alex Morgan (Product Marketing Manager)",
        "start": "2027-06-10T11:00",
        "minutes": 45,
        "organizer": P("Jonas Berg | Fathom", "jonas@fathom.so"),
        "attendees": [
            ME,
            P("Jonas Berg | Fathom", "jonas@fathom.so"),
            P("Ife Adebayo | Fathom", "ife@fathom.so"),
        ],
        "description": (
            "Hi Alex, Jonas (Head of Marketing, and the hiring manager) and Ife (Senior Content Marketer) "
            "will interview you. Talk soon!" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Jonas Berg", "jonas@fathom.so", "Head of Marketing", "decision_maker", True),
                ("Ife Adebayo", "ife@fathom.so", "Senior Content Marketer", "peer"),
            ],
            "recruiter": None,
            "company": "Fathom",
            "position": "Product Marketing Manager",
        },
    },
    {
        "id": "g-room-and-zoom-room-guests",
        "format": "ics",
        "style": "human",
        "title": "Onsite interview - Mechanical Engineer - Torvald Motors",
        "start": "2027-06-11T09:00",
        "minutes": 120,
        "organizer": P("Siri Dahl", "siri.dahl@torvaldmotors.com"),
        "attendees": [
            ME,
            P(
                "Bldg 2 - Fjord (10) [Zoom Room]",
                "bldg2-fjord@resource.torvaldmotors.com",
                room=True,
            ),
            P("Nils Aune", "nils.aune@torvaldmotors.com"),
            P("Greta Holm", "greta.holm@torvaldmotors.com"),
        ],
        "description": (
            "Alex, you'll meet Nils Aune (Powertrain Engineering Manager) and Greta Holm (CAE "
            "Engineer) in the Fjord room.\n\nSiri Dahl\nRecruiter, Torvald Motors"
        ),
        "expect": {
            "interviewers": [
                (
                    "Nils Aune",
                    "nils.aune@torvaldmotors.com",
                    "Powertrain Engineering Manager",
                    "decision_maker",
                ),
                ("Greta Holm", "greta.holm@torvaldmotors.com", "CAE Engineer", "peer"),
            ],
            "recruiter": ("Siri Dahl", "siri.dahl@torvaldmotors.com"),
            "company": "Torvald Motors",
            "position": "Mechanical Engineer",
        },
    },
    {
        "id": "g-group-interview-other-candidates",
        "format": "google",
        "style": "human",
        "title": "Group interview - Barista - Northside Roasters",
        "start": "2027-06-12T08:00",
        "minutes": 60,
        "organizer": P("Carla Jimenez", "carla@northsideroasters.com"),
        "attendees": [
            ME,
            P("Carla Jimenez", "carla@northsideroasters.com"),
            P("Ben Tran", "ben.tran97@gmail.com"),
            P("Amira Saleh", "amira.saleh@yahoo.com"),
        ],
        "description": (
            "Hi all! This is a group interview for our Barista openings - you'll do a short "
            "coffee tasting together and then each chat with me.\n\nCarla Jimenez\nCafe Manager, "
            "Northside Roasters"
        ),
        "expect": {
            "interviewers": [
                ("Carla Jimenez", "carla@northsideroasters.com", "Cafe Manager", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Northside Roasters",
            "position": "Barista",
        },
    },
    {
        "id": "g-internal-transfer-interview",
        "format": "graph",
        "style": "human",
        "title": "Internal interview: Staff Engineer, Payments (internal transfer)",
        "start": "2027-06-14T15:00",
        "minutes": 45,
        "organizer": P("Rina Takahashi", "rina.takahashi@initech.com"),
        "attendees": [ME_WORK, P("Rina Takahashi", "rina.takahashi@initech.com")],
        "description": (
            "Hi Alex, thanks for applying for the internal opening on my team. This is the "
            "hiring manager conversation; HR knows and your current manager has been told.\n\n"
            "Rina Takahashi\nEngineering Manager, Payments" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rina Takahashi",
                    "rina.takahashi@initech.com",
                    "Engineering Manager, Payments",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Initech",
            "position": "Staff Engineer, Payments",
        },
    },
    {
        "id": "g-reverse-interview",
        "format": "google",
        "style": "human",
        "title": "Reverse interview: your questions for us - Lattice Row",
        "start": "2027-06-15T16:00",
        "minutes": 30,
        "organizer": P("Petra Novak", "petra@latticerow.com"),
        "attendees": [
            ME,
            P("Petra Novak", "petra@latticerow.com"),
            P("Dylan Shore", "dylan@latticerow.com"),
        ],
        "description": (
            "Alex - as the last step for the Data Engineer role, this half hour is yours to "
            "interview us. Dylan Shore (Data Engineer) will join me.\n\nPetra Novak\nHead of "
            "Data, Lattice Row" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Petra Novak", "petra@latticerow.com", "Head of Data", "decision_maker"),
                ("Dylan Shore", "dylan@latticerow.com", "Data Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Lattice Row",
            "position": "Data Engineer",
        },
    },
    {
        "id": "g-take-home-review",
        "format": "ics",
        "style": "human",
        "title": "Take-home review - Alex Morgan - Android Engineer",
        "start": "2027-06-16T11:00",
        "minutes": 60,
        "organizer": P("Kemi Lawal", "kemi.lawal@pocketbeam.com"),
        "attendees": [
            ME,
            P("Arvid Lind", "arvid.lind@pocketbeam.com"),
            P("Zhou Min", "zhou.min@pocketbeam.com"),
        ],
        "description": (
            "Alex, Arvid Lind and Zhou Min (both Senior Android Engineers) will walk through "
            "your take-home with you. Share your screen with the repo open.\n\nKemi Lawal\n"
            "Recruiting Coordinator, Pocketbeam" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Arvid Lind", "arvid.lind@pocketbeam.com", "Senior Android Engineer", "peer"),
                ("Zhou Min", "zhou.min@pocketbeam.com", "Senior Android Engineer", "peer"),
            ],
            "recruiter": ("Kemi Lawal", "kemi.lawal@pocketbeam.com"),
            "company": "Pocketbeam",
            "position": "Android Engineer",
        },
    },
    {
        "id": "g-leadership-presentation",
        "format": "graph",
        "style": "human",
        "title": "Presentation: 30/60/90 plan - Alex Morgan (Head of Operations candidate)",
        "start": "2027-06-17T13:00",
        "minutes": 60,
        "organizer": P("Hugo Marchetti", "hugo.marchetti@cedarline.co"),
        "attendees": [
            ME,
            P("Hugo Marchetti", "hugo.marchetti@cedarline.co"),
            P("Adaeze Obi", "adaeze.obi@cedarline.co"),
            P("Tom Reilly", "tom.reilly@cedarline.co"),
        ],
        "description": (
            "Alex, please present your first 90 days to the leadership team (20 minutes, then "
            "questions).\n\nLeadership team: Hugo Marchetti (CEO), Adaeze Obi (COO), Tom Reilly "
            "(CFO)\n\nThe role would report to Adaeze." + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Hugo Marchetti", "hugo.marchetti@cedarline.co", "CEO", "executive"),
                ("Adaeze Obi", "adaeze.obi@cedarline.co", "COO", "decision_maker", True),
                ("Tom Reilly", "tom.reilly@cedarline.co", "CFO", "executive"),
            ],
            "recruiter": None,
            "company": "Cedarline",
            "position": "Head of Operations",
        },
    },
    {
        "id": "g-bar-raiser-parenthesis",
        "format": "google",
        "style": "human",
        "title": "Loop interview 4 of 5 - Area Manager - Parcelhub",
        "start": "2027-06-18T14:00",
        "minutes": 60,
        "organizer": P("Parcelhub Recruiting", "recruiting-noreply@parcelhub.com"),
        "attendees": [ME, P("Kim Sato", "kimsato@parcelhub.com")],
        "description": (
            "Interviewer: Kim Sato, Senior Manager, Fulfillment (Bar Raiser)\n"
            "Competencies: Ownership, Dive Deep\n\nYour recruiter: Derek Anand "
            "(derek.anand@parcelhub.com)" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Kim Sato",
                    "kimsato@parcelhub.com",
                    "Senior Manager, Fulfillment",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Derek Anand", "derek.anand@parcelhub.com"),
            "company": "Parcelhub",
            "position": "Area Manager",
        },
    },
    {
        "id": "g-only-video-block-hm-line",
        "format": "google",
        "style": "human",
        "title": "HM interview - Tobi Adeyemi / Alex Morgan",
        "start": "2027-06-21T10:00",
        "minutes": 45,
        "organizer": P("Tobi Adeyemi", "tobi@quietharbor.studio"),
        "attendees": [ME, P("Tobi Adeyemi", "tobi@quietharbor.studio")],
        "description": ZOOM.strip(),
        "expect": {
            "interviewers": [
                ("Tobi Adeyemi", "tobi@quietharbor.studio", None, "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Quiet Harbor",
            "position": None,
        },
    },
    {
        "id": "g-lowercase-casual-hm",
        "format": "graph",
        "style": "human",
        "title": "quick chat re: the analytics role",
        "start": "2027-06-22T17:30",
        "minutes": 20,
        "organizer": P("Dev Malhotra", "dev@sparrowpay.com"),
        "attendees": [ME, P("Dev Malhotra", "dev@sparrowpay.com")],
        "description": (
            "hey alex - saw your application come through for the senior analyst role. i run "
            "analytics here and this hire would be on my team, so wanted to chat before the "
            "formal loop. no prep.\n\ndev" + TEAMS
        ),
        "expect": {
            "interviewers": [("Dev Malhotra", "dev@sparrowpay.com", None, "decision_maker", True)],
            "recruiter": None,
            "company": "Sparrowpay",
            "position": "Senior Analyst",
        },
    },
    # --- Near-misses at the edges of the process ----------------------------------------------
    {
        "id": "not-g-offer-call",
        "format": "google",
        "style": "human",
        "title": "Offer call - Alex Morgan / Brightwave",
        "start": "2027-06-23T12:00",
        "minutes": 30,
        "organizer": P("Hannah Cole", "hannah.cole@brightwave.io"),
        "attendees": [ME, P("Hannah Cole", "hannah.cole@brightwave.io")],
        "description": (
            "Hi Alex, great news after your interviews - I'd like to walk you through the offer "
            "and answer your questions.\n\nHannah" + MEET
        ),
    },
    {
        "id": "not-g-onboarding-day-one",
        "format": "graph",
        "style": "human",
        "title": "Day 1: Welcome to Brightwave! (orientation)",
        "start": "2027-07-06T09:00",
        "minutes": 240,
        "organizer": P("Brightwave People Team", "people@brightwave.io"),
        "attendees": [ME, P("Brightwave People Team", "people@brightwave.io")],
        "description": (
            "Welcome aboard! You'll meet some familiar faces from your interviews. Laptop pickup "
            "at 9, benefits session at 11, lunch with your team at 12:30."
        ),
    },
    {
        "id": "not-g-storytelling-workshop",
        "format": "google",
        "style": "human",
        "title": "Career Circle: interview storytelling workshop (STAR)",
        "start": "2027-06-24T18:30",
        "minutes": 90,
        "organizer": P("Career Circle", "hello@careercircle.community"),
        "attendees": [ME],
        "description": "Bring two stories from your last job; we'll practice answering behavioural interview questions in pairs.",
    },
    {
        "id": "not-g-jury-selection",
        "format": "ics",
        "style": "human",
        "title": "Jury service - report for selection",
        "start": "2027-06-28T08:30",
        "minutes": 480,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": "Prospective jurors are interviewed by the judge and counsel (voir dire). Juror number 0412.",
        "location": "County Courthouse, Room 5A",
    },
    {
        "id": "not-g-all-hands-ceo-tv",
        "format": "graph",
        "style": "human",
        "title": "All-hands: watch our CEO's interview on Morning Markets",
        "start": "2027-06-29T08:45",
        "minutes": 30,
        "organizer": P("Initech Internal Comms", "comms@initech.com"),
        "attendees": [ME_WORK, P("Initech Internal Comms", "comms@initech.com")],
        "description": "Grab a coffee in the atrium; we'll stream the interview live and do Q&A after."
        + TEAMS,
    },
    {
        "id": "not-g-vendor-interview",
        "format": "google",
        "style": "human",
        "title": "Vendor interview: Payroll RFP - Cobalt HR",
        "start": "2027-06-30T11:00",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Lena Park", "lena.park@initech.com"),
            P("Marcus Bell", "marcus.bell@cobalthr.com"),
        ],
        "description": "Second-round vendor interview for the payroll RFP. Scoring sheet in the procurement folder."
        + MEET,
    },
    {
        "id": "not-g-feedback-focus-block",
        "format": "ics",
        "style": "human",
        "title": "Focus: write interview feedback (Priya K., Dara F.)",
        "start": "2027-07-01T16:00",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [ME_WORK],
        "description": "Scorecards due before Friday's debrief.",
    },
]
