# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Fresh held-out batch "fresh-4", written before any run of the parser on it (fresh-3 had been
moved into tuning), standing in for invites written by others: scheduling bots (Paradox-style,
HireVue live), an expert network and a school among the near-misses, ATS exports with the
requisition written five different ways, people written with the title before the name, a
nickname in the attendee list and the full name in the body, initials as addresses, names only
in prose, panels as HTML lists and tables inside Google and Outlook bodies, agencies on a
client's behalf, a parent company's mail domain, a sourcer's first call, and founders' and
outside managers' coffee chats, catch-ups and get-to-know calls.

Labels are what a person reads in the invite, not what the parser returns. Conventions (the same
as the earlier sets): a person the invite calls the hiring manager is a decision_maker; a
recruiter who runs the call is both an interviewer (role recruiter) and the recruiter; the
recruiter is the recruiter when one is named, else the coordinator; legal forms (Inc., LLC, Ltd.,
GmbH) are not part of the company; requisition ids are not part of the position. The build puts
every case here in heldout-fresh4/; the parser is not tuned against them.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools -------------------------------------------------------------------
    {
        "id": "f4-greenhouse-google-html-table",
        "format": "google",
        "style": "greenhouse",
        "title": "Interview Confirmation - Alex Morgan - Staff Data Engineer",
        "start": "2027-08-02T13:00",
        "minutes": 135,
        "organizer": P("Rosa Delgado", "rosa.delgado@quillmetrics.com"),
        "attendees": [
            ME,
            P("Rosa Delgado", "rosa.delgado@quillmetrics.com"),
            P("Devin Park", "devin.park@quillmetrics.com"),
            P("Leona Marsh", "leona.marsh@quillmetrics.com"),
            P("Sunil Varma", "sunil.varma@quillmetrics.com"),
        ],
        "description": (
            "Hi Alex,<br><br>Thank you for taking the time to interview with Quill Metrics for "
            "our <b>Staff Data Engineer</b> opening. Your schedule:<br><br>"
            "<table><tr><th>Time (ET)</th><th>Interviewer</th><th>Focus</th></tr>"
            "<tr><td>1:00 – 1:45 PM</td><td>Devin Park, Senior Data Engineer</td><td>Pipelines</td></tr>"
            "<tr><td>1:45 – 2:30 PM</td><td>Leona Marsh, Principal Engineer</td><td>Architecture</td></tr>"
            "<tr><td>2:30 – 3:15 PM</td><td>Sunil Varma, Director of Data Platform</td><td>Leadership</td></tr>"
            "</table><br>Rosa Delgado<br>Recruiting Coordinator, Quill Metrics"
            + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                ("Devin Park", "devin.park@quillmetrics.com", "Senior Data Engineer", "peer"),
                ("Leona Marsh", "leona.marsh@quillmetrics.com", "Principal Engineer", "peer"),
                (
                    "Sunil Varma",
                    "sunil.varma@quillmetrics.com",
                    "Director of Data Platform",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Rosa Delgado", "rosa.delgado@quillmetrics.com"),
            "company": "Quill Metrics",
            "position": "Staff Data Engineer",
        },
    },
    {
        "id": "f4-lever-youll-meet-endash",
        "format": "graph",
        "style": "lever",
        "title": "Alex Morgan – Onsite – Lighthouse Bio",
        "start": "2027-08-03T09:30",
        "minutes": 120,
        "organizer": P("Gwen Fairley", "gwen.fairley@lighthousebio.com"),
        "attendees": [
            ME,
            P("Gwen Fairley", "gwen.fairley@lighthousebio.com"),
            P("Tobias Engel", "tobias.engel@lighthousebio.com"),
            P("Ruth Mbeki", "ruth.mbeki@lighthousebio.com"),
        ],
        "description": (
            "Hi Alex,\n\nWe're excited to host you for the Senior Scientist, Assay Development "
            "onsite.\n\nYou'll meet:\n"
            "• Tobias Engel – Associate Director, Assay Development (Hiring Manager)\n"
            "• Ruth Mbeki – Scientist II\n\n"
            "Parking is in the visitor lot on Harbor St.\n\nGwen Fairley\nTalent Acquisition "
            "Partner | Lighthouse Bio"
        ),
        "location": "Lighthouse Bio, 400 Harbor St, Boston",
        "expect": {
            "interviewers": [
                (
                    "Tobias Engel",
                    "tobias.engel@lighthousebio.com",
                    "Associate Director, Assay Development",
                    "decision_maker",
                    True,
                ),
                ("Ruth Mbeki", "ruth.mbeki@lighthousebio.com", "Scientist II", "peer"),
            ],
            "recruiter": ("Gwen Fairley", "gwen.fairley@lighthousebio.com"),
            "company": "Lighthouse Bio",
            "position": "Senior Scientist, Assay Development",
        },
    },
    {
        "id": "f4-ashby-initials-locals",
        "format": "google",
        "style": "ashby",
        "title": "Alex Morgan: Technical Interview (Frontend Engineer) - Pinecrest",
        "start": "2027-08-04T11:00",
        "minutes": 90,
        "organizer": P("Pinecrest", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "hjk@pinecrest.dev"),
            P(None, "ao@pinecrest.dev"),
        ],
        "description": (
            "Interview details\n\nRole: Frontend Engineer\n\n"
            "11:00 AM – 11:45 AM\nInterviewer: Hye-jin Kwon (Senior Frontend Engineer)\n\n"
            "11:45 AM – 12:30 PM\nInterviewer: Adebayo Ogunleye (Engineering Manager, Web)\n\n"
            "Recruiter: Carmen Ruiz (carmen@pinecrest.dev)\n\nPowered by Ashby" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Hye-jin Kwon", "hjk@pinecrest.dev", "Senior Frontend Engineer", "peer"),
                (
                    "Adebayo Ogunleye",
                    "ao@pinecrest.dev",
                    "Engineering Manager, Web",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Carmen Ruiz", "carmen@pinecrest.dev"),
            "company": "Pinecrest",
            "position": "Frontend Engineer",
        },
    },
    {
        "id": "f4-goodtime-angle-emails-shared-coordinator",
        "format": "ics",
        "style": "goodtime",
        "prodid": "-//GoodTime//Interview Scheduler//EN",
        "title": "Interview: Alex Morgan / Product Analyst / Ferro & Lang",
        "start": "2027-08-05T14:00",
        "minutes": 60,
        "organizer": P("Ferro & Lang Scheduling", "scheduling@ferrolang.com"),
        "attendees": [
            ME,
            P("Ottilie Brandt", "ottilie.brandt@ferrolang.com"),
            P("Jamal Hughes", "jamal.hughes@ferrolang.com"),
        ],
        "description": (
            "Hello Alex,\n\nYour interview for Product Analyst has been confirmed.\n\n"
            "Interviewer(s):\n"
            "Ottilie Brandt <ottilie.brandt@ferrolang.com> - Analytics Manager\n"
            "Jamal Hughes <jamal.hughes@ferrolang.com> - Product Manager\n\n"
            "If you need to reschedule, reply to this invite or write to your coordinator, "
            "Petra Voss (scheduling@ferrolang.com).\n\nScheduled with GoodTime"
        ),
        "expect": {
            "interviewers": [
                (
                    "Ottilie Brandt",
                    "ottilie.brandt@ferrolang.com",
                    "Analytics Manager",
                    "decision_maker",
                ),
                ("Jamal Hughes", "jamal.hughes@ferrolang.com", "Product Manager", "peer"),
            ],
            "recruiter": ("Petra Voss", "scheduling@ferrolang.com"),
            "company": "Ferro & Lang",
            "position": "Product Analyst",
        },
    },
    {
        "id": "f4-modernloop-stacked-blocks",
        "format": "graph",
        "style": "modernloop",
        "title": "[Virtual Onsite] Alex Morgan - Security Engineer",
        "start": "2027-08-06T10:00",
        "minutes": 150,
        "organizer": P("Noor Haddad", "noor.haddad@vaultline.io"),
        "attendees": [
            ME,
            P("Igor Petrov", "igor.petrov@vaultline.io"),
            P("Yasmin Farah", "yasmin.farah@vaultline.io"),
            P("Colm Brennan", "colm.brennan@vaultline.io"),
        ],
        "description": (
            "Your interview loop at Vaultline\n\n"
            "10:00 AM - 10:50 AM\nThreat modeling\nIgor Petrov\nStaff Security Engineer\n\n"
            "10:50 AM - 11:40 AM\nCoding\nYasmin Farah\nSecurity Engineer\n\n"
            "11:40 AM - 12:30 PM\nManager conversation\nColm Brennan\nHead of Security\n\n"
            "Recruiter: Noor Haddad\n\nScheduled with ModernLoop" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Igor Petrov", "igor.petrov@vaultline.io", "Staff Security Engineer", "peer"),
                ("Yasmin Farah", "yasmin.farah@vaultline.io", "Security Engineer", "peer"),
                ("Colm Brennan", "colm.brennan@vaultline.io", "Head of Security", "decision_maker"),
            ],
            "recruiter": ("Noor Haddad", "noor.haddad@vaultline.io"),
            "company": "Vaultline",
            "position": "Security Engineer",
        },
    },
    {
        "id": "f4-gem-sourcer-first-call",
        "format": "google",
        "style": "gem",
        "title": "Alex <> Winnie (Saltmarsh) - quick intro",
        "start": "2027-08-09T16:30",
        "minutes": 25,
        "organizer": P("Winnie Adair", "winnie@saltmarsh.ai"),
        "attendees": [ME, P("Winnie Adair", "winnie@saltmarsh.ai")],
        "description": (
            "Hi Alex! Thanks for replying to my note. Looking forward to telling you more about "
            "the Machine Learning Engineer opening on our forecasting team and hearing what you're "
            "after next.\n\nWinnie Adair\nSourcer, Saltmarsh" + MEET
        ),
        "expect": {
            "interviewers": [("Winnie Adair", "winnie@saltmarsh.ai", "Sourcer", "recruiter")],
            "recruiter": ("Winnie Adair", "winnie@saltmarsh.ai"),
            "company": "Saltmarsh",
            "position": "Machine Learning Engineer",
        },
    },
    {
        "id": "f4-calendly-between-hm",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Priscilla Nwosu",
        "start": "2027-08-10T10:00",
        "minutes": 30,
        "organizer": P("Priscilla Nwosu", "priscilla@tallgrassfarms.com"),
        "attendees": [ME, P("Priscilla Nwosu", "priscilla@tallgrassfarms.com")],
        "description": (
            "Event Name: Operations Lead - first interview\n\n"
            "Location: This is a Google Meet web conference.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/"
            "a41c\nReschedule: https://calendly.com/reschedulings/a41c\n\n"
            "Powered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Priscilla Nwosu", "priscilla@tallgrassfarms.com", None, "unknown"),
            ],
            "recruiter": None,
            "company": "Tallgrass Farms",
            "position": "Operations Lead",
        },
    },
    {
        "id": "f4-workday-parent-domain-fields",
        "format": "graph",
        "style": "workday",
        "title": "Interview Invitation: JR-04421 Clinical Pharmacist",
        "start": "2027-08-11T08:00",
        "minutes": 60,
        "organizer": P("Halvorsen Health Recruiting", "recruiting@halvorsenhealth.org"),
        "attendees": [
            ME,
            P("Miriam Oduya", "miriam.oduya@halvorsenhealth.org"),
            P("Stefan Kral", "stefan.kral@halvorsenhealth.org"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nSt. Brigid's Community Hospital, part of Halvorsen Health, "
            "invites you to interview.\n\n"
            "Job Requisition: JR-04421 Clinical Pharmacist\nInterview Type: Panel\n"
            "Interviewers: Miriam Oduya - Pharmacy Director; Stefan Kral - Clinical Pharmacist\n"
            "Recruiter: Joelle Ramsey\n\nPlease arrive 15 minutes early."
        ),
        "location": "St. Brigid's Community Hospital, Main Lobby",
        "expect": {
            "interviewers": [
                (
                    "Miriam Oduya",
                    "miriam.oduya@halvorsenhealth.org",
                    "Pharmacy Director",
                    "decision_maker",
                ),
                (
                    "Stefan Kral",
                    "stefan.kral@halvorsenhealth.org",
                    "Clinical Pharmacist",
                    "peer",
                ),
            ],
            "recruiter": ("Joelle Ramsey", None),
            "company": "St. Brigid's Community Hospital",
            "position": "Clinical Pharmacist",
        },
    },
    {
        "id": "f4-icims-interview-details-block",
        "format": "ics",
        "style": "icims",
        "title": "Interview Scheduled - Warehouse Supervisor (2027-1183)",
        "start": "2027-08-12T07:30",
        "minutes": 45,
        "organizer": P("Brightway Logistics Talent", "talent@brightwaylogistics.com"),
        "attendees": [ME, P("Dwight Ames", "dwight.ames@brightwaylogistics.com")],
        "description": (
            "Brightway Logistics, Inc.\n\nInterview Details\n"
            "Job: 2027-1183 - Warehouse Supervisor\n"
            "Interviewer: Dwight Ames, Distribution Center Manager\n"
            "Location: DC 4, 1900 Commerce Pkwy, Reno\n\n"
            "Questions? Contact Kelsey Nunn, Talent Acquisition Specialist, at "
            "kelsey.nunn@brightwaylogistics.com.\n\nThis message was sent via iCIMS."
        ),
        "location": "DC 4, 1900 Commerce Pkwy, Reno",
        "expect": {
            "interviewers": [
                (
                    "Dwight Ames",
                    "dwight.ames@brightwaylogistics.com",
                    "Distribution Center Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Kelsey Nunn", "kelsey.nunn@brightwaylogistics.com"),
            "company": "Brightway Logistics",
            "position": "Warehouse Supervisor",
        },
    },
    {
        "id": "f4-smartrecruiters-hiring-team",
        "format": "google",
        "style": "smartrecruiters",
        "title": "Video Interview - Customer Support Team Lead [REQ-88213]",
        "start": "2027-08-13T15:00",
        "minutes": 45,
        "organizer": P("Ivana Horvat", "ivana.horvat@kupa.hr"),
        "attendees": [
            ME,
            P("Ivana Horvat", "ivana.horvat@kupa.hr"),
            P("Marko Jurić", "marko.juric@kupa.hr"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying to Kupa. We would like to invite you to a "
            "video interview for the Customer Support Team Lead position.\n\n"
            "Hiring team:\nMarko Jurić (Hiring Manager)\nIvana Horvat (Recruiter)\n\n"
            "Best regards,\nIvana Horvat" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Marko Jurić", "marko.juric@kupa.hr", None, "decision_maker", True),
                ("Ivana Horvat", "ivana.horvat@kupa.hr", "Recruiter", "recruiter"),
            ],
            "recruiter": ("Ivana Horvat", "ivana.horvat@kupa.hr"),
            "company": "Kupa",
            "position": "Customer Support Team Lead",
        },
    },
    {
        "id": "f4-paradox-bot-store-manager",
        "format": "ics",
        "style": "paradox",
        "title": "Interview with Harbor Grocers - Store Manager",
        "start": "2027-08-16T09:00",
        "minutes": 30,
        "organizer": P("Olivia at Harbor Grocers", "no-reply@paradox.ai"),
        "attendees": [ME, P("Dwayne Foster", "dwayne.foster@harborgrocers.com")],
        "description": (
            "Hi Alex, it's Olivia, the virtual assistant from Harbor Grocers! Your interview is "
            "confirmed.\n\nPosition: Store Manager (Job #: 0091)\nWho: Dwayne Foster, District "
            "Manager\nWhere: Harbor Grocers #112, 77 Bay Rd\n\nReply C to cancel or R to "
            "reschedule."
        ),
        "location": "Harbor Grocers #112, 77 Bay Rd",
        "expect": {
            "interviewers": [
                (
                    "Dwayne Foster",
                    "dwayne.foster@harborgrocers.com",
                    "District Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Harbor Grocers",
            "position": "Store Manager",
        },
    },
    {
        "id": "f4-hirevue-live-branch",
        "format": "graph",
        "style": "hirevue",
        "title": "HireVue Live Interview: Personal Banker - First Cascade Bank",
        "start": "2027-08-17T12:00",
        "minutes": 30,
        "organizer": P("HireVue", "noreply@hirevue.com"),
        "attendees": [ME, P("Tamsin Reed", "treed@firstcascade.com")],
        "description": (
            "Hello Alex,\n\nFirst Cascade Bank has scheduled a live video interview with you "
            "for the Personal Banker position.\n\nYour interviewer: Tamsin Reed, Branch "
            "Manager\n\nJoin from a computer with a camera using the link in this invitation. "
            "Technical support: support.hirevue.com"
        ),
        "expect": {
            "interviewers": [
                ("Tamsin Reed", "treed@firstcascade.com", "Branch Manager", "decision_maker"),
            ],
            "recruiter": None,
            "company": "First Cascade Bank",
            "position": "Personal Banker",
        },
    },
    # --- Agencies --------------------------------------------------------------------------
    {
        "id": "f4-agency-client-panel-graph",
        "format": "graph",
        "style": "agency",
        "title": "Client interview - Finance Business Partner - Thornbury Foods",
        "start": "2027-08-18T14:00",
        "minutes": 60,
        "organizer": P("Declan Shaw", "declan.shaw@keystonesearch.co.uk"),
        "attendees": [
            ME,
            P("Declan Shaw", "declan.shaw@keystonesearch.co.uk"),
            P("Harriet Moss", "harriet.moss@thornburyfoods.co.uk"),
            P("Vikram Rao", "vikram.rao@thornburyfoods.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, Thornbury Foods would like to meet you for the Finance "
            "Business Partner role. The panel will be:\n\n"
            "Harriet Moss - Finance Director\nVikram Rao - Senior Finance Business Partner\n\n"
            "Call me after and let me know how it went.\n\nDeclan Shaw\nSenior Consultant, "
            "Keystone Search" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Harriet Moss",
                    "harriet.moss@thornburyfoods.co.uk",
                    "Finance Director",
                    "decision_maker",
                ),
                (
                    "Vikram Rao",
                    "vikram.rao@thornburyfoods.co.uk",
                    "Senior Finance Business Partner",
                    "peer",
                ),
            ],
            "recruiter": ("Declan Shaw", "declan.shaw@keystonesearch.co.uk"),
            "company": "Thornbury Foods",
            "position": "Finance Business Partner",
        },
    },
    {
        "id": "f4-agency-consultant-phone-line",
        "format": "google",
        "style": "agency",
        "title": "Alex Morgan / Ridgeback Software - 1st stage",
        "start": "2027-08-19T10:30",
        "minutes": 45,
        "organizer": P("Shauna Kelly", "shauna@brightlinepeople.com"),
        "attendees": [
            ME,
            P("Shauna Kelly", "shauna@brightlinepeople.com"),
            P("Martin Ocampo", "martin.ocampo@ridgeback.software"),
        ],
        "description": (
            "First stage interview for the QA Automation Engineer vacancy at Ridgeback Software."
            "\n\nInterviewer: Martin Ocampo, QA Manager (hiring manager)\n"
            "Recruiter: Shauna Kelly - Brightline People - 07700 900412\n\n"
            "I've added myself so I can dial in if there are any connection issues." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Martin Ocampo",
                    "martin.ocampo@ridgeback.software",
                    "QA Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Shauna Kelly", "shauna@brightlinepeople.com"),
            "company": "Ridgeback Software",
            "position": "QA Automation Engineer",
        },
    },
    # --- People as humans write them ---------------------------------------------------------
    {
        "id": "f4-recruiter-zoom-with-title-and-hm",
        "format": "ics",
        "style": "human",
        "title": "Interview - Alex Morgan - Partnerships Manager",
        "start": "2027-08-20T13:00",
        "minutes": 60,
        "organizer": P("Lydia Cho", "lydia.cho@brambleworks.com"),
        "attendees": [
            ME,
            P("Nathan Greer", "nathan.greer@brambleworks.com"),
            P("Ama Boateng", "ama.boateng@brambleworks.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll speak with Nathan Greer, the hiring manager, for the first half, "
            "then with Ama Boateng (Partnerships Manager, EMEA) for the second.\n\n"
            "Good luck!\nLydia Cho\nRecruiter | Brambleworks" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Nathan Greer", "nathan.greer@brambleworks.com", None, "decision_maker", True),
                (
                    "Ama Boateng",
                    "ama.boateng@brambleworks.com",
                    "Partnerships Manager, EMEA",
                    "peer",
                ),
            ],
            "recruiter": ("Lydia Cho", "lydia.cho@brambleworks.com"),
            "company": "Brambleworks",
            "position": "Partnerships Manager",
        },
    },
    {
        "id": "f4-founder-coffee-founding-designer",
        "format": "google",
        "style": "human",
        "title": "Coffee ☕ Alex / Ilse",
        "start": "2027-08-21T09:00",
        "minutes": 45,
        "organizer": P("Ilse Vermeulen", "ilse@fjordandfield.com"),
        "attendees": [ME, P("Ilse Vermeulen", "ilse@fjordandfield.com")],
        "description": (
            "So glad Tomás connected us. I'd love to tell you what we're building at Fjord & "
            "Field and hear how you'd think about the founding designer role - no prep needed."
            "\n\nIlse Vermeulen\nCo-founder & CEO, Fjord & Field"
        ),
        "location": "Sightglass, 270 7th St",
        "expect": {
            "interviewers": [
                ("Ilse Vermeulen", "ilse@fjordandfield.com", "Co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Fjord & Field",
            "position": "Founding Designer",
        },
    },
    {
        "id": "f4-catch-up-former-colleague-hiring",
        "format": "graph",
        "style": "human",
        "title": "Catch up + the Staff PM role",
        "start": "2027-08-23T17:00",
        "minutes": 30,
        "organizer": P("Danielle Ruiz", "danielle.ruiz@cobaltpay.com"),
        "attendees": [ME, P("Danielle Ruiz", "danielle.ruiz@cobaltpay.com")],
        "description": (
            "Alex! Great to reconnect. As I mentioned, I'm the hiring manager for a Staff Product "
            "Manager on my team at CobaltPay - would love to catch up and walk you through it.\n\n"
            "Danielle\n\nDanielle Ruiz\nVP Product, CobaltPay" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Danielle Ruiz",
                    "danielle.ruiz@cobaltpay.com",
                    "VP Product",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "CobaltPay",
            "position": "Staff Product Manager",
        },
    },
    {
        "id": "f4-get-to-know-director-nickname",
        "format": "graph",
        "style": "human",
        "title": "Get to know you - Alex & Rob",
        "start": "2027-08-24T11:30",
        "minutes": 30,
        "organizer": P("Maddie Ostrowski", "maddie.ostrowski@tenfold-analytics.com"),
        "attendees": [
            ME,
            P("Maddie Ostrowski", "maddie.ostrowski@tenfold-analytics.com"),
            P(None, "rob.chen@tenfold-analytics.com"),
        ],
        "description": (
            "Hi Alex,\n\nRobert Chen, our Director of Sales Engineering, would like a short "
            "get-to-know-you call about the Solutions Consultant role before your panel. Nothing "
            "to prepare.\n\nMaddie Ostrowski\nTalent Partner, Tenfold Analytics" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Robert Chen",
                    "rob.chen@tenfold-analytics.com",
                    "Director of Sales Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Maddie Ostrowski", "maddie.ostrowski@tenfold-analytics.com"),
            "company": "Tenfold Analytics",
            "position": "Solutions Consultant",
        },
    },
    {
        "id": "f4-our-ceo-not-invited",
        "format": "ics",
        "style": "human",
        "title": "Final interview: Head of Finance - Larkspur",
        "start": "2027-08-25T15:00",
        "minutes": 45,
        "organizer": P("Gideon Blum", "gideon@larkspur.health"),
        "attendees": [ME, P("Gideon Blum", "gideon@larkspur.health")],
        "description": (
            "Hi Alex,\n\nFor the final step you'll meet our CEO, Serena Achebe, who will join "
            "from Lagos on this link. I'll set up the call and step off once you're connected.\n\n"
            "Gideon Blum\nHead of People, Larkspur" + MEET
        ),
        "expect": {
            "interviewers": [("Serena Achebe", None, "CEO", "executive")],
            "recruiter": ("Gideon Blum", "gideon@larkspur.health"),
            "company": "Larkspur",
            "position": "Head of Finance",
        },
    },
    {
        "id": "f4-title-before-name-prose",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan - Interview - Content Strategist",
        "start": "2027-08-26T10:00",
        "minutes": 60,
        "organizer": P("Beth Ann Tully", "bethann.tully@mossgate.com"),
        "attendees": [
            ME,
            P("Beth Ann Tully", "bethann.tully@mossgate.com"),
            P("Rhys Llewellyn", "rhys.llewellyn@mossgate.com"),
            P("Camille Ortega", "camille.ortega@mossgate.com"),
        ],
        "description": (
            "Hi Alex,\n\nToday you'll be interviewing with Editorial Director Rhys Llewellyn and "
            "Senior Content Designer Camille Ortega.\n\nBeth Ann Tully\nRecruiting Coordinator, "
            "Mossgate Publishing" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rhys Llewellyn",
                    "rhys.llewellyn@mossgate.com",
                    "Editorial Director",
                    "decision_maker",
                ),
                (
                    "Camille Ortega",
                    "camille.ortega@mossgate.com",
                    "Senior Content Designer",
                    "peer",
                ),
            ],
            "recruiter": ("Beth Ann Tully", "bethann.tully@mossgate.com"),
            "company": "Mossgate Publishing",
            "position": "Content Strategist",
        },
    },
    {
        "id": "f4-your-recruiter-is-phone-screen",
        "format": "graph",
        "style": "human",
        "title": "Phone screen: Alex Morgan (Senior Backend Engineer)",
        "start": "2027-08-27T14:30",
        "minutes": 30,
        "organizer": P("Oskar Lindahl", "oskar.lindahl@gravelpit.io"),
        "attendees": [ME, P("Oskar Lindahl", "oskar.lindahl@gravelpit.io")],
        "description": (
            "Hi Alex,\n\nThis is a 30-minute phone screen for the Senior Backend Engineer role "
            "at Gravelpit. I'll be your recruiter through the process, so feel free to reach me "
            "at oskar.lindahl@gravelpit.io with anything.\n\nOskar Lindahl\nTechnical Recruiter"
        ),
        "expect": {
            "interviewers": [
                (
                    "Oskar Lindahl",
                    "oskar.lindahl@gravelpit.io",
                    "Technical Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Oskar Lindahl", "oskar.lindahl@gravelpit.io"),
            "company": "Gravelpit",
            "position": "Senior Backend Engineer",
        },
    },
    {
        "id": "f4-outlook-html-ul-panel",
        "format": "graph",
        "style": "outlook",
        "title": "Panel interview: Senior UX Researcher",
        "start": "2027-08-30T13:00",
        "minutes": 75,
        "organizer": P("Keiko Yamada", "keiko.yamada@orrery.health"),
        "attendees": [
            ME,
            P("Keiko Yamada", "keiko.yamada@orrery.health"),
            P("Bastien Roux", "bastien.roux@orrery.health"),
            P("Lerato Dlamini", "lerato.dlamini@orrery.health"),
            P("Owen Price", "owen.price@orrery.health"),
        ],
        "description": (
            '<html><body><div style="font-family:Aptos,sans-serif">Hello Alex,<br><br>'
            "Your panel for the Senior UX Researcher role at Orrery Health:<ul>"
            "<li>Bastien Roux — Research Manager (hiring manager)</li>"
            "<li>Lerato Dlamini — Senior Product Designer</li>"
            "<li>Owen Price — Senior Product Manager</li></ul>"
            "Please plan a 20-minute research readout followed by questions.<br><br>"
            "Thanks,<br>Keiko Yamada<br>Recruiter, Orrery Health</div></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Bastien Roux",
                    "bastien.roux@orrery.health",
                    "Research Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Lerato Dlamini",
                    "lerato.dlamini@orrery.health",
                    "Senior Product Designer",
                    "peer",
                ),
                ("Owen Price", "owen.price@orrery.health", "Senior Product Manager", "peer"),
            ],
            "recruiter": ("Keiko Yamada", "keiko.yamada@orrery.health"),
            "company": "Orrery Health",
            "position": "Senior UX Researcher",
        },
    },
    {
        "id": "f4-nonascii-names-meet",
        "format": "google",
        "style": "human",
        "title": "Interview Alex Morgan – Embedded Software Engineer – Nordlys",
        "start": "2027-08-31T09:00",
        "minutes": 90,
        "tz": "Europe/Oslo",
        "organizer": P("Zoë Ångström", "zoe.angstrom@nordlys.no"),
        "attendees": [
            ME,
            P("Zoë Ångström", "zoe.angstrom@nordlys.no"),
            P("Łukasz Wróbel", "lukasz.wrobel@nordlys.no"),
            P("Nguyễn Thị Mai", "mai.nguyen@nordlys.no"),
        ],
        "description": (
            "Hi Alex,\n\nWelcome to your interview with Nordlys. You will meet Łukasz Wróbel "
            "(Firmware Team Lead, hiring manager) and Nguyễn Thị Mai (Embedded Engineer).\n\n"
            "Best regards,\nZoë Ångström\nHR Coordinator, Nordlys AS" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Łukasz Wróbel",
                    "lukasz.wrobel@nordlys.no",
                    "Firmware Team Lead",
                    "decision_maker",
                    True,
                ),
                ("Nguyễn Thị Mai", "mai.nguyen@nordlys.no", "Embedded Engineer", "peer"),
            ],
            "recruiter": ("Zoë Ångström", "zoe.angstrom@nordlys.no"),
            "company": "Nordlys",
            "position": "Embedded Software Engineer",
        },
    },
    {
        "id": "f4-accented-company-signature",
        "format": "ics",
        "style": "human",
        "title": "Entretien / Interview - Sommelier",
        "start": "2027-09-01T15:00",
        "minutes": 45,
        "organizer": P("Hélène Bélanger", "helene@maisonbelanger.ca"),
        "attendees": [ME, P("Hélène Bélanger", "helene@maisonbelanger.ca")],
        "description": (
            "Bonjour Alex,\n\nThank you for your application for the Sommelier position. I would "
            "be happy to meet you at the restaurant for an interview and a short tasting.\n\n"
            "Hélène Bélanger\nPropriétaire & General Manager\nMaison Bélanger"
        ),
        "location": "Maison Bélanger, 1450 rue Saint-Denis, Montréal",
        "expect": {
            "interviewers": [
                (
                    "Hélène Bélanger",
                    "helene@maisonbelanger.ca",
                    "Propriétaire & General Manager",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Maison Bélanger",
            "position": "Sommelier",
        },
    },
    {
        "id": "f4-numeral-company-on-behalf",
        "format": "google",
        "style": "human",
        "title": "Interview - 9 Dots Studio - Motion Designer (#4471)",
        "start": "2027-09-02T11:00",
        "minutes": 45,
        "organizer": P("Penny Adler", "penny.adler@halcyonmediagroup.com"),
        "attendees": [
            ME,
            P("Penny Adler", "penny.adler@halcyonmediagroup.com"),
            P("Joaquín Torres", "joaquin.torres@9dots.studio"),
        ],
        "description": (
            "Hi Alex,\n\nI'm writing on behalf of 9 Dots Studio to confirm your interview for the "
            "Motion Designer position. You'll meet Joaquín Torres, Creative Director.\n\n"
            "Penny Adler\nTalent Acquisition, Halcyon Media Group" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Joaquín Torres",
                    "joaquin.torres@9dots.studio",
                    "Creative Director",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Penny Adler", "penny.adler@halcyonmediagroup.com"),
            "company": "9 Dots Studio",
            "position": "Motion Designer",
        },
    },
    {
        "id": "f4-the-company-ampersand-names-only",
        "format": "graph",
        "style": "human",
        "title": "Interview with The Marsh & Reed Partnership",
        "start": "2027-09-03T10:00",
        "minutes": 60,
        "organizer": P("Fiona Gallagher", "fgallagher@marshreed.com"),
        "attendees": [
            ME,
            P("Fiona Gallagher", "fgallagher@marshreed.com"),
            P("Anton Weiss", "aweiss@marshreed.com"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Junior Architect role at The Marsh "
            "& Reed Partnership. Anton Weiss and I will interview you together; please bring "
            "your portfolio.\n\nFiona Gallagher\nPartner"
        ),
        "location": "The Marsh & Reed Partnership, 3 Wharf Lane, Bristol",
        "expect": {
            "interviewers": [
                (
                    "Fiona Gallagher",
                    "fgallagher@marshreed.com",
                    "Partner",
                    "executive",
                ),
                ("Anton Weiss", "aweiss@marshreed.com", None, "unknown"),
            ],
            "recruiter": None,
            "company": "The Marsh & Reed Partnership",
            "position": "Junior Architect",
        },
    },
    {
        "id": "f4-hm-sends-own-teams-title-after-name",
        "format": "graph",
        "style": "human",
        "title": "Alex Morgan / Ingrid Halvorsen - interview",
        "start": "2027-09-06T16:00",
        "minutes": 45,
        "organizer": P("Ingrid Halvorsen", "ingrid.halvorsen@polestarmaritime.com"),
        "attendees": [ME, P("Ingrid Halvorsen", "ingrid.halvorsen@polestarmaritime.com")],
        "description": (
            "Hi Alex,\n\nThanks for your patience. As the hiring manager for the Fleet Data "
            "Analyst role I'd like to take you through the team and the work.\n\nMed vennlig "
            "hilsen / Kind regards\nIngrid Halvorsen\nManager, Fleet Performance\nPolestar "
            "Maritime" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ingrid Halvorsen",
                    "ingrid.halvorsen@polestarmaritime.com",
                    "Manager, Fleet Performance",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Polestar Maritime",
            "position": "Fleet Data Analyst",
        },
    },
    {
        "id": "f4-initials-summary-jt-mr",
        "format": "ics",
        "style": "human",
        "title": "Interview w/ JT & MR",
        "start": "2027-09-07T13:30",
        "minutes": 60,
        "organizer": P("Harper Quinn", "harper@tidewaterlabs.com"),
        "attendees": [
            ME,
            P(None, "jtan@tidewaterlabs.com"),
            P(None, "mrosen@tidewaterlabs.com"),
        ],
        "description": (
            "Alex - next round for the Senior Data Scientist opening. You're meeting Jun Tan "
            "(Head of Data) and Miriam Rosen (Data Scientist). Both will take notes in the doc "
            "linked below.\n\nHarper Quinn\nPeople Ops @ Tidewater Labs" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Jun Tan", "jtan@tidewaterlabs.com", "Head of Data", "decision_maker"),
                ("Miriam Rosen", "mrosen@tidewaterlabs.com", "Data Scientist", "peer"),
            ],
            "recruiter": ("Harper Quinn", "harper@tidewaterlabs.com"),
            "company": "Tidewater Labs",
            "position": "Senior Data Scientist",
        },
    },
    {
        "id": "f4-coordinator-label-shared-mailbox",
        "format": "google",
        "style": "human",
        "title": "Second interview - Accounts Payable Specialist",
        "start": "2027-09-08T10:00",
        "minutes": 45,
        "organizer": P("Peakview Careers", "careers@peakviewcu.org"),
        "attendees": [ME, P("Renée Coulter", "renee.coulter@peakviewcu.org")],
        "description": (
            "Hello Alex,\n\nYour second interview with Peakview Credit Union is confirmed.\n\n"
            "Interviewer: Renée Coulter, Accounting Supervisor\n"
            "Coordinator: Marisa (careers@peakviewcu.org)\n\n"
            "Peakview Credit Union | Member-owned since 1962"
        ),
        "expect": {
            "interviewers": [
                (
                    "Renée Coulter",
                    "renee.coulter@peakviewcu.org",
                    "Accounting Supervisor",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Marisa", "careers@peakviewcu.org"),
            "company": "Peakview Credit Union",
            "position": "Accounts Payable Specialist",
        },
    },
    {
        "id": "f4-modernloop-single-slot-ics",
        "format": "ics",
        "style": "modernloop",
        "title": "Onsite: System Design (Alex Morgan) - Platform Engineer",
        "start": "2027-09-09T11:00",
        "minutes": 60,
        "organizer": P("Sana Iqbal", "sana.iqbal@heliograph.dev"),
        "attendees": [ME, P("Jae-won Park", "jaewon.park@heliograph.dev")],
        "description": (
            "Interviewer: Jae-won Park, Staff Platform Engineer\n"
            "Candidate: Alex Morgan\nRole: Platform Engineer\n\n"
            "This is one of four sessions in your Heliograph onsite today. Your recruiter is "
            "Sana Iqbal (sana.iqbal@heliograph.dev).\n\nScheduled with ModernLoop" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Jae-won Park",
                    "jaewon.park@heliograph.dev",
                    "Staff Platform Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Sana Iqbal", "sana.iqbal@heliograph.dev"),
            "company": "Heliograph",
            "position": "Platform Engineer",
        },
    },
    {
        "id": "f4-req-brackets-interviewers-colon",
        "format": "google",
        "style": "human",
        "title": "[JR104422] Interview: Regulatory Affairs Specialist",
        "start": "2027-09-10T09:30",
        "minutes": 60,
        "organizer": P("Claire Dumont", "claire.dumont@veridia-pharma.com"),
        "attendees": [
            ME,
            P("Claire Dumont", "claire.dumont@veridia-pharma.com"),
            P("Henrik Sørensen", "henrik.sorensen@veridia-pharma.com"),
            P("Patience Asante", "patience.asante@veridia-pharma.com"),
        ],
        "description": (
            "Dear Alex,\n\nPlease find below the details of your interview with Veridia Pharma."
            "\n\nInterviewers: Henrik Sørensen (Head of Regulatory Affairs), Patience Asante "
            "(Senior Regulatory Affairs Specialist)\n\nKind regards,\nClaire Dumont\nHR Generalist, "
            "Veridia Pharma GmbH" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Henrik Sørensen",
                    "henrik.sorensen@veridia-pharma.com",
                    "Head of Regulatory Affairs",
                    "decision_maker",
                ),
                (
                    "Patience Asante",
                    "patience.asante@veridia-pharma.com",
                    "Senior Regulatory Affairs Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Claire Dumont", "claire.dumont@veridia-pharma.com"),
            "company": "Veridia Pharma",
            "position": "Regulatory Affairs Specialist",
        },
    },
    {
        "id": "f4-founder-intro-gmail-hm",
        "format": "ics",
        "style": "human",
        "title": "Intro: Alex x Kwabena (Tinderbox Robotics)",
        "start": "2027-09-13T18:00",
        "minutes": 30,
        "organizer": P("Kwabena Owusu", "kwabena.owusu@gmail.com"),
        "attendees": [ME, P("Kwabena Owusu", "kwabena.owusu@gmail.com")],
        "description": (
            "Hey Alex, thanks for making time. I'm the founder of Tinderbox Robotics and I'm "
            "looking for our first hardware engineer - want to hear where you'd fit and what "
            "you'd want from a small team.\n\n- Kwabena" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Kwabena Owusu", "kwabena.owusu@gmail.com", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Tinderbox Robotics",
            "position": "Hardware Engineer",
        },
    },
    {
        "id": "f4-pipe-table-emails-column",
        "format": "graph",
        "style": "human",
        "title": "Final Round: Alex Morgan - Growth Marketing Manager - Sunpeak",
        "start": "2027-09-14T12:00",
        "minutes": 120,
        "organizer": P("Tess Navarro", "tess.navarro@sunpeak.co"),
        "attendees": [
            ME,
            P("Tess Navarro", "tess.navarro@sunpeak.co"),
            P("Gabe Lindholm", "gabe@sunpeak.co"),
            P("Ayesha Qureshi", "ayesha@sunpeak.co"),
        ],
        "description": (
            "Hi Alex,\n\nHere's how the afternoon runs:\n\n"
            "Time | Who | Email\n"
            "12:00 | Gabe Lindholm, Head of Growth | gabe@sunpeak.co\n"
            "1:00 | Ayesha Qureshi, Senior Lifecycle Marketer | ayesha@sunpeak.co\n\n"
            "Tess Navarro\nRecruiting Lead, Sunpeak" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Gabe Lindholm", "gabe@sunpeak.co", "Head of Growth", "decision_maker"),
                (
                    "Ayesha Qureshi",
                    "ayesha@sunpeak.co",
                    "Senior Lifecycle Marketer",
                    "peer",
                ),
            ],
            "recruiter": ("Tess Navarro", "tess.navarro@sunpeak.co"),
            "company": "Sunpeak",
            "position": "Growth Marketing Manager",
        },
    },
    # --- Near-misses: they mention interviewing but are not the user's job interview ---------
    {
        "id": "f4-not-candidate-prep-kit",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse//Interview//EN",
        "title": "Interview: Priya K. - Data Analyst - Values",
        "start": "2027-08-03T15:00",
        "minutes": 45,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [ME_WORK, P("Priya Kulkarni", "priyak.analytics@outlook.com")],
        "description": (
            "You're on the loop for Priya Kulkarni (Data Analyst). Your focus: values and "
            "collaboration. Prep kit and scorecard: https://app.greenhouse.io/guides/4471\n"
            "Submit your scorecard before the debrief on Thursday." + ZOOM
        ),
    },
    {
        "id": "f4-not-hiring-decision-huddle",
        "format": "graph",
        "style": "human",
        "title": "Hiring decision huddle - Staff Designer candidates",
        "start": "2027-08-05T16:00",
        "minutes": 30,
        "organizer": P("Rahel Tesfaye", "rahel.tesfaye@initech.com"),
        "attendees": [
            ME_WORK,
            P("Rahel Tesfaye", "rahel.tesfaye@initech.com"),
            P("Gus Pereira", "gus.pereira@initech.com"),
        ],
        "description": (
            "Let's compare notes from this week's interviews and decide which two candidates go "
            "to the final round. Scorecards in the shared folder." + TEAMS
        ),
    },
    {
        "id": "f4-not-podcast-guest-prep",
        "format": "google",
        "style": "human",
        "title": "Pre-interview call - Shipping It podcast",
        "start": "2027-08-09T13:00",
        "minutes": 20,
        "organizer": P("Nia Holloway", "nia@shippingitpod.com"),
        "attendees": [ME, P("Nia Holloway", "nia@shippingitpod.com")],
        "description": (
            "Hi Alex - quick call before we record your interview for the show next week. We'll "
            "go over the topics (your side project and the open-source community around it) and "
            "test your mic." + MEET
        ),
    },
    {
        "id": "f4-not-paid-research-participant",
        "format": "ics",
        "style": "human",
        "title": "Research interview: how you plan trips (Wayfarer study)",
        "start": "2027-08-11T18:00",
        "minutes": 60,
        "organizer": P("Respondent Scheduling", "scheduling@respondent.io"),
        "attendees": [ME, P("Kai Lennart", "kai.lennart@wayfarer.travel")],
        "description": (
            "Thanks for qualifying! In this 60-minute interview a researcher from Wayfarer will "
            "ask about how you plan trips. Incentive: $120, paid within 3 business days.\n\n"
            "Study ID: RSP-55821" + ZOOM
        ),
    },
    {
        "id": "f4-not-press-spokesperson",
        "format": "graph",
        "style": "human",
        "title": "Interview with The Ledger (reporter: Sam Whitfield) re: Initech Q3 launch",
        "start": "2027-08-12T11:00",
        "minutes": 30,
        "organizer": P("Initech Comms", "press@initech.com"),
        "attendees": [
            ME_WORK,
            P("Sam Whitfield", "swhitfield@theledger.news"),
            P("Initech Comms", "press@initech.com"),
        ],
        "description": (
            "Alex is on record as the product spokesperson. Talking points attached; comms will "
            "stay on the line. Embargo until 9 AM ET on launch day." + TEAMS
        ),
    },
    {
        "id": "f4-not-global-entry",
        "format": "google",
        "style": "human",
        "title": "Global Entry interview (CBP enrollment center)",
        "start": "2027-08-16T08:15",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": (
            "Conditional approval letter, passport, driver's license. Enrollment center at "
            "Terminal 4, arrivals level."
        ),
        "location": "JFK Terminal 4",
    },
    {
        "id": "f4-not-kindergarten-admissions",
        "format": "ics",
        "style": "human",
        "title": "Admissions interview - Maple Montessori (Noa)",
        "start": "2027-08-18T09:00",
        "minutes": 45,
        "organizer": P("Maple Montessori Admissions", "admissions@maplemontessori.org"),
        "attendees": [ME, P("Maple Montessori Admissions", "admissions@maplemontessori.org")],
        "description": (
            "Dear Alex,\n\nWe look forward to meeting you and Noa for the family interview and "
            "a short classroom visit. Please check in at the front office.\n\nOffice of Admissions"
            "\nMaple Montessori School"
        ),
        "location": "Maple Montessori School, 18 Elm St",
    },
    {
        "id": "f4-not-loop-sync-internal",
        "format": "google",
        "style": "human",
        "title": "Interview loop sync - Q3 backend hiring",
        "start": "2027-08-19T14:00",
        "minutes": 30,
        "organizer": P("Tomasz Nowak", "tomasz.nowak@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Tomasz Nowak", "tomasz.nowak@initech.com"),
            P("Jenna Byrd", "jenna.byrd@initech.com"),
        ],
        "description": (
            "Weekly sync for everyone on the backend interview loop: who covers system design "
            "next week, shadow pairings, and the new take-home." + MEET
        ),
    },
    {
        "id": "f4-not-rubric-calibration",
        "format": "graph",
        "style": "human",
        "title": "Calibration: Senior SWE interview rubric",
        "start": "2027-08-23T10:00",
        "minutes": 60,
        "organizer": P("Dev Hiring Council", "dev-hiring@initech.com"),
        "attendees": [ME_WORK, P("Ana Lucía Vega", "analucia.vega@initech.com")],
        "description": (
            "We'll score three recorded mock interviews independently and compare, so that a "
            "'strong hire' means the same thing on every panel." + TEAMS
        ),
    },
    {
        "id": "f4-not-expert-network-call",
        "format": "ics",
        "style": "human",
        "title": "GLG consultation - cold-chain logistics (Project 88A1)",
        "start": "2027-08-25T12:00",
        "minutes": 60,
        "organizer": P("GLG Scheduling", "scheduling@glgroup.com"),
        "attendees": [ME, P("GLG Scheduling", "scheduling@glgroup.com")],
        "description": (
            "Thank you for agreeing to consult. The client, an investment firm, will interview "
            "you for 60 minutes about cold-chain logistics. Please do not share confidential "
            "information of your current or former employers. Your rate: $350/hour."
        ),
    },
    {
        "id": "f4-not-user-panelist-own-company",
        "format": "graph",
        "style": "human",
        "title": "Onsite panel - PM candidate (Dara Flynn)",
        "start": "2027-08-26T13:00",
        "minutes": 60,
        "organizer": P("Initech Talent", "talent@initech.com"),
        "attendees": [
            ME_WORK,
            P("Leah Grant", "leah.grant@initech.com"),
            P("Dara Flynn", "dara.flynn.pm@gmail.com"),
        ],
        "description": (
            "Interviewers: Alex Morgan (product sense), Leah Grant (execution)\n"
            "Candidate: Dara Flynn, Product Manager\n\nPlease join 5 minutes early to align."
            + TEAMS
        ),
    },
    {
        "id": "f4-not-student-informational",
        "format": "google",
        "style": "human",
        "title": "Informational interview - Lena (Columbia MBA) / Alex",
        "start": "2027-08-30T17:30",
        "minutes": 30,
        "organizer": P("Lena Ortiz", "lo2291@columbia.edu"),
        "attendees": [ME, P("Lena Ortiz", "lo2291@columbia.edu")],
        "description": (
            "Hi Alex, thank you so much for agreeing to talk! I'm a first-year MBA exploring "
            "product roles and would love to ask about your path into PM." + MEET
        ),
    },
    {
        "id": "f4-not-watch-party",
        "format": "ics",
        "style": "human",
        "title": "Watch party: Interview with the Vampire season finale",
        "start": "2027-09-05T21:00",
        "minutes": 90,
        "organizer": P("Jules Barrett", "jules.barrett@gmail.com"),
        "attendees": [
            ME,
            P("Jules Barrett", "jules.barrett@gmail.com"),
            P("Ren Ito", "ren.ito@gmail.com"),
        ],
        "description": "My place. Bring something red to drink.",
    },
]
