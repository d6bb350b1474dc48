# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Corpus, part H (tuning): recruiting tools the earlier parts do not cover, each written the way
one company might fill its template: Workable, Teamtailor, Personio, BambooHR, JazzHR, Recruitee,
Pinpoint, Breezy HR, Rippling, Dover, Jobvite, Taleo and SuccessFactors, Phenom and Avature
(enterprise exports with field labels), and Cronofy-style scheduling pages. Labels like
"Interview team", "Attendees", "Meeting with", "Host", "Panel (in order)", "Evaluators" and
"Contact"; tool no-reply organizers; a requisition written as "Job ID", "Requisition #", "JR",
"(12345BR)". Near-misses from the same tools: an ATS admin training, a scorecard reminder, a
"new candidate" notification and a recruiting-team stand-up.

Labels are what a person reads in the invite, not what the parser returns.
expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "h-workable-interview-team",
        "format": "ics",
        "style": "workable",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Interview: Alex Morgan for Customer Success Manager",
        "start": "2027-07-05T10:00",
        "minutes": 45,
        "organizer": P("Workable", "noreply@workablemail.com"),
        "attendees": [
            ME,
            P("Bianca Rossi", "bianca.rossi@lumenpay.eu"),
            P("Theo Grant", "theo.grant@lumenpay.eu"),
        ],
        "description": (
            "Lumenpay has scheduled an interview with you.\n\nJob: Customer Success Manager\n"
            "Interview team: Bianca Rossi (Head of Customer Success), Theo Grant (Senior "
            "Customer Success Manager)\n\nPowered by Workable" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Bianca Rossi",
                    "bianca.rossi@lumenpay.eu",
                    "Head of Customer Success",
                    "decision_maker",
                ),
                (
                    "Theo Grant",
                    "theo.grant@lumenpay.eu",
                    "Senior Customer Success Manager",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Lumenpay",
            "position": "Customer Success Manager",
        },
    },
    {
        "id": "h-teamtailor-attendees-label",
        "format": "google",
        "style": "teamtailor",
        "title": "Interview with Nordhavn Studios - UX Writer",
        "start": "2027-07-06T13:00",
        "minutes": 60,
        "tz": "Europe/Copenhagen",
        "organizer": P("Freja Holm", "freja.holm@nordhavnstudios.dk"),
        "attendees": [
            ME,
            P("Freja Holm", "freja.holm@nordhavnstudios.dk"),
            P("Mads Kjær", "mads.kjaer@nordhavnstudios.dk"),
        ],
        "description": (
            "Hi Alex!\n\nWe're looking forward to meeting you.\n\nAttendees:\nFreja Holm - "
            "Talent Acquisition Partner\nMads Kjær - Content Design Lead (hiring manager)\n\n"
            "Sent with Teamtailor" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Mads Kjær",
                    "mads.kjaer@nordhavnstudios.dk",
                    "Content Design Lead",
                    "decision_maker",
                    True,
                ),
                (
                    "Freja Holm",
                    "freja.holm@nordhavnstudios.dk",
                    "Talent Acquisition Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Freja Holm", "freja.holm@nordhavnstudios.dk"),
            "company": "Nordhavn Studios",
            "position": "UX Writer",
        },
    },
    {
        "id": "h-personio-german-english",
        "format": "graph",
        "style": "personio",
        "title": "Interview | Werkstudent Data Analytics (m/w/d) | Alpenblick Reisen GmbH",
        "start": "2027-07-07T11:00",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Alpenblick Reisen GmbH", "jobs@alpenblick-reisen.de"),
        "attendees": [ME, P("Katrin Vogel", "k.vogel@alpenblick-reisen.de")],
        "description": (
            "Hello Alex,\n\nthank you for your application. We would like to get to know you "
            "in a video interview.\n\nInterviewer: Katrin Vogel, Teamleitung BI\n\n"
            "Best regards\nYour Alpenblick Reisen recruiting team\n\nPersonio" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Katrin Vogel",
                    "k.vogel@alpenblick-reisen.de",
                    "Teamleitung BI",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "jobs@alpenblick-reisen.de"),
            "company": "Alpenblick Reisen",
            "position": "Werkstudent Data Analytics",
        },
    },
    {
        "id": "h-bamboohr-meeting-with",
        "format": "ics",
        "style": "bamboohr",
        "title": "Interview - Office Manager - Thistle & Pine Dental",
        "start": "2027-07-08T09:30",
        "minutes": 45,
        "organizer": P("Gwen Parry", "gwen@thistleandpine.com"),
        "attendees": [ME, P("Gwen Parry", "gwen@thistleandpine.com")],
        "description": (
            "Meeting with: Dr. Rhiannon Evans, Practice Owner, and Gwen Parry, Practice "
            "Manager\nWhere: 14 Station Rd (park behind the building)\n\nSent from BambooHR"
        ),
        "location": "Thistle & Pine Dental, 14 Station Rd",
        "expect": {
            "interviewers": [
                ("Rhiannon Evans", None, "Practice Owner", "executive"),
                (
                    "Gwen Parry",
                    "gwen@thistleandpine.com",
                    "Practice Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Thistle & Pine Dental",
            "position": "Office Manager",
        },
    },
    {
        "id": "h-jazzhr-host",
        "format": "google",
        "style": "jazzhr",
        "title": "Phone Interview: Inside Sales Representative",
        "start": "2027-07-09T14:00",
        "minutes": 30,
        "organizer": P("Rick Alvarez", "rick.alvarez@summitlinecrm.com"),
        "attendees": [ME, P("Rick Alvarez", "rick.alvarez@summitlinecrm.com")],
        "description": (
            "Company: Summitline CRM\nPosition: Inside Sales Representative\nHost: Rick "
            "Alvarez, Sales Development Manager\nType: Phone (host will call you)\n\nScheduled "
            "via JazzHR"
        ),
        "expect": {
            "interviewers": [
                (
                    "Rick Alvarez",
                    "rick.alvarez@summitlinecrm.com",
                    "Sales Development Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Summitline CRM",
            "position": "Inside Sales Representative",
        },
    },
    {
        "id": "h-recruitee-evaluators",
        "format": "graph",
        "style": "recruitee",
        "title": "Alex Morgan - Technical interview - DevOps Engineer (Job ID 88315)",
        "start": "2027-07-12T10:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Sanne de Vries", "sanne@grachtcloud.nl"),
        "attendees": [
            ME,
            P("Pieter van Dijk", "pieter@grachtcloud.nl"),
            P("Yusuf Arslan", "yusuf@grachtcloud.nl"),
        ],
        "description": (
            "Evaluators:\nPieter van Dijk · Head of Platform\nYusuf Arslan · DevOps Engineer\n\n"
            "Contact: Sanne de Vries, Recruiter, Gracht Cloud B.V." + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Pieter van Dijk", "pieter@grachtcloud.nl", "Head of Platform", "decision_maker"),
                ("Yusuf Arslan", "yusuf@grachtcloud.nl", "DevOps Engineer", "peer"),
            ],
            "recruiter": ("Sanne de Vries", "sanne@grachtcloud.nl"),
            "company": "Gracht Cloud",
            "position": "DevOps Engineer",
        },
    },
    {
        "id": "h-pinpoint-panel-in-order",
        "format": "google",
        "style": "pinpoint",
        "title": "Final interview - Head of Finance - Brackwater Energy",
        "start": "2027-07-13T09:00",
        "minutes": 150,
        "organizer": P("Brackwater Energy Careers", "careers@brackwaterenergy.com"),
        "attendees": [
            ME,
            P("Ruth Abiola", "ruth.abiola@brackwaterenergy.com"),
            P("Conor Walsh", "conor.walsh@brackwaterenergy.com"),
            P("Mei Lin", "mei.lin@brackwaterenergy.com"),
        ],
        "description": (
            "Panel (in order):\n1) Ruth Abiola - Chief Financial Officer\n2) Conor Walsh - "
            "Director of FP&A\n3) Mei Lin - People Partner\n\nYour recruiter is Aidan Kerr "
            "(aidan.kerr@brackwaterenergy.com).\n\nSent via Pinpoint" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Ruth Abiola",
                    "ruth.abiola@brackwaterenergy.com",
                    "Chief Financial Officer",
                    "executive",
                ),
                (
                    "Conor Walsh",
                    "conor.walsh@brackwaterenergy.com",
                    "Director of FP&A",
                    "decision_maker",
                ),
                ("Mei Lin", "mei.lin@brackwaterenergy.com", "People Partner", "recruiter"),
            ],
            "recruiter": ("Aidan Kerr", "aidan.kerr@brackwaterenergy.com"),
            "company": "Brackwater Energy",
            "position": "Head of Finance",
        },
    },
    {
        "id": "h-breezy-you-will-be-meeting",
        "format": "ics",
        "style": "breezy",
        "title": "Video Interview: Junior Graphic Designer @ Pepperbox Creative",
        "start": "2027-07-14T15:30",
        "minutes": 30,
        "organizer": P("Breezy HR", "notifications@breezy.hr"),
        "attendees": [ME, P("Lola Haines", "lola@pepperboxcreative.com")],
        "description": (
            "You will be meeting with Lola Haines (Art Director).\n\nPlease have your portfolio "
            "ready to share.\n\nPepperbox Creative via Breezy HR" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Lola Haines", "lola@pepperboxcreative.com", "Art Director", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Pepperbox Creative",
            "position": "Junior Graphic Designer",
        },
    },
    {
        "id": "h-rippling-interviewer-list-emails",
        "format": "graph",
        "style": "rippling",
        "title": "Onsite - Alex Morgan - Hardware Test Engineer",
        "start": "2027-07-15T10:00",
        "minutes": 120,
        "organizer": P("Gia Romano", "gia.romano@voltaicarc.com"),
        "attendees": [
            ME,
            P("Gia Romano", "gia.romano@voltaicarc.com"),
            P("Hamid Karimi", "hamid.karimi@voltaicarc.com"),
            P("Ellen Moss", "ellen.moss@voltaicarc.com"),
        ],
        "description": (
            "Interviewers\n- Hamid Karimi, Test Engineering Manager (hamid.karimi@voltaicarc.com)"
            "\n- Ellen Moss, Senior Test Engineer (ellen.moss@voltaicarc.com)\n\nRecruiter\n- Gia "
            "Romano (gia.romano@voltaicarc.com)\n\nVoltaic Arc · Scheduled in Rippling"
        ),
        "location": "Voltaic Arc Lab, 300 Dock St",
        "expect": {
            "interviewers": [
                (
                    "Hamid Karimi",
                    "hamid.karimi@voltaicarc.com",
                    "Test Engineering Manager",
                    "decision_maker",
                ),
                ("Ellen Moss", "ellen.moss@voltaicarc.com", "Senior Test Engineer", "peer"),
            ],
            "recruiter": ("Gia Romano", "gia.romano@voltaicarc.com"),
            "company": "Voltaic Arc",
            "position": "Hardware Test Engineer",
        },
    },
    {
        "id": "h-dover-founder-screen",
        "format": "google",
        "style": "dover",
        "title": "Alex Morgan <> Quillstone (Founding Product Engineer)",
        "start": "2027-07-16T17:00",
        "minutes": 30,
        "organizer": P("Quillstone Hiring", "hiring@quillstone.ai"),
        "attendees": [ME, P("Owen Achterberg", "owen@quillstone.ai")],
        "description": (
            "Hi Alex,\n\nYou're booked for a 30-minute call with Owen Achterberg, co-founder and "
            "CTO of Quillstone, about the Founding Product Engineer role.\n\nThis call was "
            "scheduled by Dover on behalf of Quillstone." + MEET
        ),
        "expect": {
            "interviewers": [
                ("Owen Achterberg", "owen@quillstone.ai", "co-founder and CTO", "executive"),
            ],
            "recruiter": (None, "hiring@quillstone.ai"),
            "company": "Quillstone",
            "position": "Founding Product Engineer",
        },
    },
    {
        "id": "h-jobvite-requisition-hash",
        "format": "ics",
        "style": "jobvite",
        "title": "Interview Scheduled: Senior Buyer (Requisition #21-0934)",
        "start": "2027-07-19T13:00",
        "minutes": 60,
        "organizer": P("Marisol Ortega", "marisol.ortega@ellisonapparel.com"),
        "attendees": [
            ME,
            P("Grant Whitaker", "grant.whitaker@ellisonapparel.com"),
            P("Nora Feld", "nora.feld@ellisonapparel.com"),
        ],
        "description": (
            "Dear Alex,\n\nEllison Apparel is pleased to confirm your interview.\n\nInterviewers:"
            "\nGrant Whitaker, Director of Merchandising (Hiring Manager)\nNora Feld, Buyer\n\n"
            "Marisol Ortega | Talent Acquisition | Ellison Apparel\n\nPowered by Jobvite"
        ),
        "expect": {
            "interviewers": [
                (
                    "Grant Whitaker",
                    "grant.whitaker@ellisonapparel.com",
                    "Director of Merchandising",
                    "decision_maker",
                    True,
                ),
                ("Nora Feld", "nora.feld@ellisonapparel.com", "Buyer", "peer"),
            ],
            "recruiter": ("Marisol Ortega", "marisol.ortega@ellisonapparel.com"),
            "company": "Ellison Apparel",
            "position": "Senior Buyer",
        },
    },
    {
        "id": "h-taleo-br-number-fields",
        "format": "graph",
        "style": "taleo",
        "title": "Interview Confirmation - Process Safety Engineer (27001BR)",
        "start": "2027-07-20T08:00",
        "minutes": 90,
        "organizer": P("Talent Acquisition", "do-not-reply@gulfreach-chem.com"),
        "attendees": [
            ME,
            P("Samuel Okafor", "samuel.okafor@gulfreach-chem.com"),
            P("Irene Castillo", "irene.castillo@gulfreach-chem.com"),
        ],
        "description": (
            "Requisition: 27001BR - Process Safety Engineer\nOrganization: Gulf Reach Chemicals "
            "- Baytown Site\nInterview Participants:\n   Samuel Okafor - Process Safety Manager\n"
            "   Irene Castillo - Senior Process Engineer\nRecruiter: Howard Lim "
            "(howard.lim@gulfreach-chem.com)\n\nThis is an automated message. Do not reply."
        ),
        "location": "Baytown Site, Admin Building Lobby",
        "expect": {
            "interviewers": [
                (
                    "Samuel Okafor",
                    "samuel.okafor@gulfreach-chem.com",
                    "Process Safety Manager",
                    "decision_maker",
                ),
                (
                    "Irene Castillo",
                    "irene.castillo@gulfreach-chem.com",
                    "Senior Process Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Howard Lim", "howard.lim@gulfreach-chem.com"),
            "company": "Gulf Reach Chemicals",
            "position": "Process Safety Engineer",
        },
    },
    {
        "id": "h-successfactors-interview-details",
        "format": "ics",
        "style": "successfactors",
        "title": "Interview Invitation: Quality Assurance Specialist (JR 61204)",
        "start": "2027-07-21T10:30",
        "minutes": 60,
        "organizer": P("Meridia Foods Recruiting", "recruiting@meridiafoods.com"),
        "attendees": [ME, P("Hanna Lindgren", "hanna.lindgren@meridiafoods.com")],
        "description": (
            "Interview Details\nCandidate: Alex Morgan\nJob Title: Quality Assurance Specialist\n"
            "Interviewer Name: Hanna Lindgren\nInterviewer Title: QA Manager, Dairy Plant\n"
            "Recruiter Name: Paolo Greco\nRecruiter Email: paolo.greco@meridiafoods.com\n\n"
            "Meridia Foods Inc."
        ),
        "expect": {
            "interviewers": [
                (
                    "Hanna Lindgren",
                    "hanna.lindgren@meridiafoods.com",
                    "QA Manager, Dairy Plant",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Paolo Greco", "paolo.greco@meridiafoods.com"),
            "company": "Meridia Foods",
            "position": "Quality Assurance Specialist",
        },
    },
    {
        "id": "h-phenom-hiring-event-slot",
        "format": "google",
        "style": "phenom",
        "title": "Hiring Event Interview - Distribution Associate - Crestline Home",
        "start": "2027-07-22T12:20",
        "minutes": 20,
        "organizer": P("Crestline Home Talent", "talent-noreply@crestlinehome.com"),
        "attendees": [ME],
        "description": (
            "You're confirmed for an on-the-spot interview at our hiring event.\n\nTime slot: "
            "12:20 PM\nYou'll meet: Operations Supervisor Dion Parker\nBring: photo ID\n\n"
            "Crestline Home Talent Team"
        ),
        "location": "Crestline Home DC, 5000 Logistics Way",
        "expect": {
            "interviewers": [("Dion Parker", None, "Operations Supervisor", "decision_maker")],
            "recruiter": None,
            "company": "Crestline Home",
            "position": "Distribution Associate",
        },
    },
    {
        "id": "h-avature-html-definition-list",
        "format": "graph",
        "style": "avature",
        "title": "Interview: Senior Tax Consultant - Harcourt Lyle",
        "start": "2027-07-23T14:00",
        "minutes": 60,
        "organizer": P("Harcourt Lyle Careers", "careers@harcourtlyle.com"),
        "attendees": [
            ME,
            P("Priyanka Bose", "priyanka.bose@harcourtlyle.com"),
            P("Stuart Penn", "stuart.penn@harcourtlyle.com"),
        ],
        "description": (
            "<html><body><p>Dear Alex,</p><dl><dt>Position</dt><dd>Senior Tax Consultant</dd>"
            "<dt>Interviewers</dt><dd>Priyanka Bose, Tax Director</dd><dd>Stuart Penn, Tax "
            "Manager</dd><dt>Recruiter</dt><dd>Lena Morris, lena.morris@harcourtlyle.com</dd>"
            "</dl><p>Harcourt Lyle LLP</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Priyanka Bose",
                    "priyanka.bose@harcourtlyle.com",
                    "Tax Director",
                    "decision_maker",
                ),
                ("Stuart Penn", "stuart.penn@harcourtlyle.com", "Tax Manager", "decision_maker"),
            ],
            "recruiter": ("Lena Morris", "lena.morris@harcourtlyle.com"),
            "company": "Harcourt Lyle",
            "position": "Senior Tax Consultant",
        },
    },
    {
        "id": "h-cronofy-scheduling-page",
        "format": "google",
        "style": "cronofy",
        "title": "Interview: Alex Morgan / Linden Robotics - Controls Engineer",
        "start": "2027-07-26T15:00",
        "minutes": 45,
        "organizer": P("Linden Robotics Scheduling", "scheduling@lindenrobotics.com"),
        "attendees": [
            ME,
            P("Oren Shapiro", "oren.shapiro@lindenrobotics.com"),
        ],
        "description": (
            "Booked via scheduling page.\n\nWho: Oren Shapiro (Controls Team Manager)\nWhat: "
            "Controls Engineer interview\nCoordinator: Hayley Dunn\n\nScheduling by Cronofy" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Oren Shapiro",
                    "oren.shapiro@lindenrobotics.com",
                    "Controls Team Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Hayley Dunn", None),
            "company": "Linden Robotics",
            "position": "Controls Engineer",
        },
    },
    # --- Near-misses from the same tools ------------------------------------------------------
    {
        "id": "not-h-ats-admin-training",
        "format": "graph",
        "style": "human",
        "title": "Greenhouse admin training: interview kits and scorecards",
        "start": "2027-07-06T15:00",
        "minutes": 60,
        "organizer": P("Initech People Ops", "peopleops@initech.com"),
        "attendees": [ME_WORK, P("Initech People Ops", "peopleops@initech.com")],
        "description": "How to build interview kits, assign interviewers and chase scorecards."
        + TEAMS,
    },
    {
        "id": "not-h-scorecard-reminder",
        "format": "ics",
        "style": "human",
        "prodid": "-//Greenhouse//Interview//EN",
        "title": "Reminder: submit scorecard - Jordan Blake (Interview on Tue)",
        "start": "2027-07-08T17:00",
        "minutes": 15,
        "organizer": P("Greenhouse", "no-reply@greenhouse.io"),
        "attendees": [ME_WORK],
        "description": "Your scorecard for Jordan Blake's interview is overdue. Submit it in Greenhouse.",
    },
    {
        "id": "not-h-new-candidate-review",
        "format": "google",
        "style": "human",
        "title": "Review new applicants - Workable (Data Analyst req)",
        "start": "2027-07-12T09:00",
        "minutes": 30,
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [ME_WORK],
        "description": "Shortlist five for phone interviews by Wednesday.",
    },
    {
        "id": "not-h-recruiting-standup",
        "format": "graph",
        "style": "human",
        "title": "Recruiting stand-up (interview pipeline)",
        "start": "2027-07-13T09:15",
        "minutes": 15,
        "organizer": P("Dana Ruiz", "dana.ruiz@initech.com"),
        "attendees": [
            ME_WORK,
            P("Dana Ruiz", "dana.ruiz@initech.com"),
            P("Kai Moreno", "kai.moreno@initech.com"),
        ],
        "description": "Pipeline by stage, interviews booked this week, offers out." + TEAMS,
    },
]
