# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Fresh held-out batch "fresh-2", written before any tuning against it, from angles parts A-D
do not have: pipe and HTML panel tables, forwarded invites, agencies writing for a client,
recruiters writing English as a second language, non-ASCII names, companies whose name does not
match their domain (a parent company's mail, a rebrand), casual humans, and near-misses (a visa
interview, a press interview, a nanny interview the user runs, an informational chat).

Labels are what a person reads in the invite, not what the parser returns. The build puts every
case here in heldout-fresh2/; the parser is not tuned against them.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "f2-greenhouse-pipe-table",
        "format": "ics",
        "style": "greenhouse",
        "title": "Interview Confirmation: Data Engineer at Corvid Analytics",
        "start": "2027-04-05T13:00",
        "minutes": 120,
        "organizer": P("Beatrix Lang", "beatrix.lang@corvidanalytics.com"),
        "attendees": [
            ME,
            P("Yusuf Demir", "yusuf.demir@corvidanalytics.com"),
            P("Hollis Grant", "hollis.grant@corvidanalytics.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere is your schedule:\n\nTime | Interviewer | Focus\n"
            "1:00 PM | Yusuf Demir, Senior Data Engineer | SQL & modelling\n"
            "2:00 PM | Hollis Grant, Data Engineering Manager | Experience & team fit\n\n"
            "Best,\nBeatrix Lang\nRecruiting Coordinator, Corvid Analytics" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Yusuf Demir", "yusuf.demir@corvidanalytics.com", "Senior Data Engineer", "peer"),
                (
                    "Hollis Grant",
                    "hollis.grant@corvidanalytics.com",
                    "Data Engineering Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Beatrix Lang", "beatrix.lang@corvidanalytics.com"),
            "company": "Corvid Analytics",
            "position": "Data Engineer",
        },
    },
    {
        "id": "f2-ashby-non-ascii-panel",
        "format": "google",
        "style": "ashby",
        "title": "Alex Morgan — Onsite (Machine Learning Engineer) — Fjordlight",
        "start": "2027-04-06T09:00",
        "minutes": 180,
        "organizer": P("Ingrid Solberg", "ingrid@fjordlight.no"),
        "attendees": [
            ME,
            P("Søren Østergaard", "soren@fjordlight.no"),
            P("Zoë Müller", "zoe@fjordlight.no"),
            P("José Núñez", "jose@fjordlight.no"),
        ],
        "description": (
            "Hi Alex,<br><br>Your onsite with Fjordlight for the Machine Learning Engineer role:<br>"
            "<ul><li>09:00 – Søren Østergaard (ML Team Lead) – ML fundamentals</li>"
            "<li>10:00 – Zoë Müller (Research Scientist) – Paper discussion</li>"
            "<li>11:00 – José Núñez (CTO) – Closing conversation</li></ul>"
            "Questions? Just reply to this email.<br><br>Ingrid Solberg<br>Talent Partner, Fjordlight"
        ),
        "expect": {
            "interviewers": [
                ("Søren Østergaard", "soren@fjordlight.no", "ML Team Lead", "decision_maker"),
                ("Zoë Müller", "zoe@fjordlight.no", "Research Scientist", "peer"),
                ("José Núñez", "jose@fjordlight.no", "CTO", "executive"),
            ],
            "recruiter": ("Ingrid Solberg", "ingrid@fjordlight.no"),
            "company": "Fjordlight",
            "position": "Machine Learning Engineer",
        },
    },
    {
        "id": "f2-lever-html-table",
        "format": "graph",
        "style": "lever",
        "title": "Final round – Alex Morgan – Account Executive, Mid-Market",
        "start": "2027-04-07T14:00",
        "minutes": 90,
        "organizer": P("Carmen Ortiz", "carmen.ortiz@pillarpay.com"),
        "attendees": [
            ME,
            P("Dmitri Volkov", "dmitri.volkov@pillarpay.com"),
            P("Aisha Bello", "aisha.bello@pillarpay.com"),
        ],
        "description": (
            "<html><body><p>Hi Alex,</p><p>Looking forward to your final round with PillarPay "
            "for the Account Executive, Mid-Market position.</p><table><tr><th>Interviewer</th>"
            "<th>Title</th><th>Time</th></tr><tr><td>Dmitri Volkov</td><td>Director of Sales</td>"
            "<td>2:00 PM</td></tr><tr><td>Aisha Bello</td><td>Senior Account Executive</td>"
            "<td>2:45 PM</td></tr></table><p>Carmen Ortiz<br>Recruiter | PillarPay</p>"
            "</body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Dmitri Volkov",
                    "dmitri.volkov@pillarpay.com",
                    "Director of Sales",
                    "decision_maker",
                ),
                ("Aisha Bello", "aisha.bello@pillarpay.com", "Senior Account Executive", "peer"),
            ],
            "recruiter": ("Carmen Ortiz", "carmen.ortiz@pillarpay.com"),
            "company": "PillarPay",
            "position": "Account Executive, Mid-Market",
        },
    },
    {
        "id": "f2-forwarded-goodtime",
        "format": "ics",
        "style": "goodtime",
        "title": "Fwd: Interview: Alex Morgan / Senior QA Engineer",
        "start": "2027-04-08T10:30",
        "minutes": 45,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": (
            "---------- Forwarded message ---------\nFrom: Olivia Brandt <olivia.brandt@"
            "tessellate.io>\nSubject: Interview: Alex Morgan / Senior QA Engineer\n\nHi Alex,\n\n"
            "You will meet Ravi Subramanian (QA Manager) for 45 minutes. Ravi is the hiring "
            "manager for this role.\n\nThanks,\nOlivia Brandt\nRecruiter, Tessellate"
        ),
        "expect": {
            "interviewers": [
                ("Ravi Subramanian", None, "QA Manager", "decision_maker", True),
            ],
            "recruiter": ("Olivia Brandt", "olivia.brandt@tessellate.io"),
            "company": "Tessellate",
            "position": "Senior QA Engineer",
        },
    },
    {
        "id": "f2-agency-for-client",
        "format": "graph",
        "style": "agency",
        "title": "Interview – Vantor Logistics – Supply Chain Analyst",
        "start": "2027-04-09T11:00",
        "organizer": P("Declan Moore", "declan.moore@talentbridgepartners.com"),
        "attendees": [
            ME,
            P("Declan Moore", "declan.moore@talentbridgepartners.com"),
            P("Priyanka Shah", "pshah@vantorlogistics.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, I've set up your interview with my client Vantor Logistics "
            "for the Supply Chain Analyst role. You'll be speaking with Priyanka Shah, their "
            "Head of Planning, who is hiring for the team.\n\nGood luck - call me after!\n\n"
            "Declan Moore\nSenior Consultant | Talentbridge Partners" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Priyanka Shah",
                    "pshah@vantorlogistics.com",
                    "Head of Planning",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Declan Moore", "declan.moore@talentbridgepartners.com"),
            "company": "Vantor Logistics",
            "position": "Supply Chain Analyst",
        },
    },
    {
        "id": "f2-esl-recruiter-formal",
        "format": "graph",
        "style": "human",
        "title": "Technical Interview for the post of Java Developer",
        "start": "2027-04-12T09:30",
        "organizer": P("Kavitha Rao", "hr@sunrise-infotech.in"),
        "attendees": [
            ME,
            P("Rajesh Kumar", "rajesh.kumar@sunrise-infotech.in"),
        ],
        "description": (
            "Dear Alex,\n\nGreetings from Sunrise Infotech!\n\nWith reference to your application, "
            "we are pleased to inform you that you are shortlisted for the technical round of "
            "interview for the post of Java Developer. Your interview will be taken by Mr. Rajesh "
            "Kumar, Technical Lead. Kindly join the meeting 5 minutes before the time and keep "
            "your updated resume ready.\n\nKindly revert in case of any query.\n\nThanks & Regards,"
            "\nKavitha Rao\nHR Executive\nSunrise Infotech Pvt. Ltd." + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Rajesh Kumar", "rajesh.kumar@sunrise-infotech.in", "Technical Lead", "peer"),
            ],
            "recruiter": ("Kavitha Rao", "hr@sunrise-infotech.in"),
            "company": "Sunrise Infotech",
            "position": "Java Developer",
        },
    },
    {
        "id": "f2-german-second-round",
        "format": "ics",
        "style": "human",
        "title": "Zweites Gespräch / Second interview – Alex Morgan",
        "start": "2027-04-13T15:00",
        "tz": "Europe/Berlin",
        "organizer": P("Anja Köhler", "a.koehler@kranich-software.de"),
        "attendees": [
            ME,
            P("Jürgen Weiß", "j.weiss@kranich-software.de"),
            P("Anja Köhler", "a.koehler@kranich-software.de"),
        ],
        "description": (
            "Hello Alex,\n\nthank you again for the nice first talk. As promised we invite you to "
            "the second interview round for the position Senior Backend Developer (m/w/d). You "
            "will speak with Jürgen Weiß, our Head of Engineering, and me.\n\nBest regards\n"
            "Anja Köhler\nRecruiting\nKranich Software GmbH" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Jürgen Weiß",
                    "j.weiss@kranich-software.de",
                    "Head of Engineering",
                    "decision_maker",
                ),
                ("Anja Köhler", "a.koehler@kranich-software.de", "Recruiting", "recruiter"),
            ],
            "recruiter": ("Anja Köhler", "a.koehler@kranich-software.de"),
            "company": "Kranich Software",
            "position": "Senior Backend Developer",
        },
    },
    {
        "id": "f2-parent-company-domain",
        "format": "google",
        "style": "human",
        "title": "Atlas Freight interview - Fleet Operations Lead",
        "start": "2027-04-14T10:00",
        "organizer": P("Marisol Vega", "marisol.vega@meridian-group.com"),
        "attendees": [
            ME,
            P("Marisol Vega", "marisol.vega@meridian-group.com"),
            P("Hank Sorensen", "hank.sorensen@meridian-group.com"),
        ],
        "description": (
            "Hi Alex, thanks for your interest in Atlas Freight (a Meridian Group company). "
            "You'll chat with Hank Sorensen, Director of Fleet Operations, and I'll join for the "
            "first few minutes.\n\nMarisol Vega | Talent Acquisition Specialist" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Hank Sorensen",
                    "hank.sorensen@meridian-group.com",
                    "Director of Fleet Operations",
                    "decision_maker",
                ),
                (
                    "Marisol Vega",
                    "marisol.vega@meridian-group.com",
                    "Talent Acquisition Specialist",
                    "recruiter",
                ),
            ],
            "recruiter": ("Marisol Vega", "marisol.vega@meridian-group.com"),
            "company": "Atlas Freight",
            "position": "Fleet Operations Lead",
        },
    },
    {
        "id": "f2-hm-casual-zoom",
        "format": "ics",
        "style": "human",
        "title": "Alex / Nadia - Growth Marketing Lead",
        "start": "2027-04-15T16:30",
        "minutes": 30,
        "organizer": P("Nadia Haddad", "nadia@plumtree.co"),
        "attendees": [
            ME,
            P("Nadia Haddad", "nadia@plumtree.co"),
            P("Fern Albright", "fern@plumtree.co"),
        ],
        "description": (
            "hey Alex - excited to chat about the Growth Marketing Lead role! I'm the hiring "
            "manager, and Fern from our content team will hop on too. no prep needed :)\n\n"
            "Nadia" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Nadia Haddad", "nadia@plumtree.co", None, "decision_maker", True),
                ("Fern Albright", "fern@plumtree.co", None, "unknown"),
            ],
            "recruiter": None,
            "company": "Plumtree",
            "position": "Growth Marketing Lead",
        },
    },
    {
        "id": "f2-meet-angle-brackets",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan <> Quillhaven | Product Analyst",
        "start": "2027-04-16T11:00",
        "minutes": 45,
        "organizer": P("Theo Lindqvist", "theo@quillhaven.com"),
        "attendees": [
            ME,
            P("Theo Lindqvist", "theo@quillhaven.com"),
            P("Maya Idowu", "maya@quillhaven.com"),
        ],
        "description": (
            "Interviewers: Theo Lindqvist (Analytics Manager) and Maya Idowu (Senior Product "
            "Analyst). We'll walk through a short case together." + MEET
        ),
        "expect": {
            "interviewers": [
                ("Theo Lindqvist", "theo@quillhaven.com", "Analytics Manager", "decision_maker"),
                ("Maya Idowu", "maya@quillhaven.com", "Senior Product Analyst", "peer"),
            ],
            "recruiter": None,
            "company": "Quillhaven",
            "position": "Product Analyst",
        },
    },
    {
        "id": "f2-calendly-hm-booking",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Priya Raman",
        "start": "2027-04-19T13:00",
        "minutes": 30,
        "organizer": P("Priya Raman", "priya@stackwise.dev"),
        "attendees": [ME, P("Priya Raman", "priya@stackwise.dev")],
        "description": (
            "Event Name: Intro call - Senior Frontend Engineer\n\nLocation: This is a Google Meet "
            "web conference.\n\nI'm the engineering manager for the web team at Stackwise; this "
            "is a first conversation about the role.\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/ABC\nReschedule: https://calendly.com/"
            "reschedulings/ABC\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Priya Raman", "priya@stackwise.dev", "Engineering Manager", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Stackwise",
            "position": "Senior Frontend Engineer",
        },
    },
    {
        "id": "f2-icims-job-id",
        "format": "ics",
        "style": "icims",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Interview Invitation - Job ID 2027-4411 - Warehouse Operations Manager",
        "start": "2027-04-20T08:00",
        "organizer": P("Northgate Distribution Recruiting", "no-reply@northgatedist.com"),
        "attendees": [ME, P("Luis Herrera", "lherrera@northgatedist.com")],
        "description": (
            "Dear Alex Morgan,\n\nThank you for your interest in Northgate Distribution. You are "
            "invited to interview for Warehouse Operations Manager (Job ID 2027-4411).\n\n"
            "Interviewer: Luis Herrera, General Manager\nLocation: 4100 Commerce Pkwy, Reno NV\n"
            "Please bring a photo ID.\n\nNorthgate Distribution Talent Acquisition"
        ),
        "expect": {
            "interviewers": [
                ("Luis Herrera", "lherrera@northgatedist.com", "General Manager", "executive"),
            ],
            "recruiter": None,
            "company": "Northgate Distribution",
            "position": "Warehouse Operations Manager",
        },
    },
    {
        "id": "f2-smartrecruiters-video",
        "format": "google",
        "style": "smartrecruiters",
        "title": "Video Interview - Marketing Coordinator - Bellcrest Foods",
        "start": "2027-04-21T14:00",
        "minutes": 30,
        "organizer": P("Bellcrest Foods Hiring Team", "jobs@bellcrest.com"),
        "attendees": [
            ME,
            P("Tamsin Hollow", "tamsin.hollow@bellcrest.com"),
            P("Gareth Price", "gareth.price@bellcrest.com"),
        ],
        "description": (
            "Hello Alex,\n\nYour video interview for Marketing Coordinator is confirmed.\n\n"
            "Interview team:\nTamsin Hollow - Brand Manager\nGareth Price - Marketing Director\n\n"
            "Your recruiter is Lena Fox (lena.fox@bellcrest.com).\n\nBellcrest Foods" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Tamsin Hollow", "tamsin.hollow@bellcrest.com", "Brand Manager", "peer"),
                (
                    "Gareth Price",
                    "gareth.price@bellcrest.com",
                    "Marketing Director",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Lena Fox", "lena.fox@bellcrest.com"),
            "company": "Bellcrest Foods",
            "position": "Marketing Coordinator",
        },
    },
    {
        "id": "f2-modernloop-day2",
        "format": "graph",
        "style": "modernloop",
        "title": "Interviews with Halcyon Bio (Day 2 of 2)",
        "start": "2027-04-22T10:00",
        "minutes": 120,
        "organizer": P("Scheduling at Halcyon Bio", "scheduling@halcyonbio.com"),
        "attendees": [
            ME,
            P("Ruth Achebe", "ruth.achebe@halcyonbio.com"),
            P("Kenji Watanabe", "kenji.watanabe@halcyonbio.com"),
        ],
        "description": (
            "Your interview schedule for Senior Scientist, Assay Development\n\n"
            "10:00 - 11:00  Ruth Achebe, Principal Scientist\n"
            "11:00 - 12:00  Kenji Watanabe, VP Research\n\n"
            "Coordinator: Felix Grant (felix.grant@halcyonbio.com)" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Ruth Achebe", "ruth.achebe@halcyonbio.com", "Principal Scientist", "peer"),
                ("Kenji Watanabe", "kenji.watanabe@halcyonbio.com", "VP Research", "executive"),
            ],
            "recruiter": ("Felix Grant", "felix.grant@halcyonbio.com"),
            "company": "Halcyon Bio",
            "position": "Senior Scientist, Assay Development",
        },
    },
    {
        "id": "f2-gem-recruiter-screen-casual",
        "format": "google",
        "style": "gem",
        "title": "Alex <> Jo (Copperline) - quick chat",
        "start": "2027-04-23T12:00",
        "minutes": 20,
        "organizer": P("Jo Whitlock", "jo@copperline.io"),
        "attendees": [ME, P("Jo Whitlock", "jo@copperline.io")],
        "description": (
            "Hi Alex! Really enjoyed your profile. I lead recruiting at Copperline and would love "
            "to tell you about our Staff Site Reliability Engineer opening. 20 mins, super "
            "casual.\n\nJo Whitlock\nHead of Talent, Copperline" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Jo Whitlock", "jo@copperline.io", "Head of Talent", "recruiter"),
            ],
            "recruiter": ("Jo Whitlock", "jo@copperline.io"),
            "company": "Copperline",
            "position": "Staff Site Reliability Engineer",
        },
    },
    {
        "id": "f2-founder-coffee-nonascii",
        "format": "graph",
        "style": "founder",
        "title": "Coffee ☕ Alex x Ngozi",
        "start": "2027-04-26T09:00",
        "minutes": 30,
        "location": "Blue Bottle, 66 Mint St",
        "organizer": P("Ngozi Adébáyọ̀", "ngozi@tinderbox.ai"),
        "attendees": [ME, P("Ngozi Adébáyọ̀", "ngozi@tinderbox.ai")],
        "description": (
            "Great to connect, Alex. I'd love to tell you about Tinderbox and where a founding "
            "designer would fit as we build the team.\n\nNgozi Adébáyọ̀\nCo-founder & CEO, Tinderbox"
        ),
        "expect": {
            "interviewers": [
                ("Ngozi Adébáyọ̀", "ngozi@tinderbox.ai", "Co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Tinderbox",
            "position": None,
        },
    },
    {
        "id": "f2-workday-interviewers-block",
        "format": "graph",
        "style": "workday",
        "title": "Interview: R-10293 Registered Nurse - ICU (Night Shift)",
        "start": "2027-04-27T19:00",
        "organizer": P("St. Aldric Careers", "careers@staldric.org"),
        "attendees": [
            ME,
            P("Mary-Kate O'Connell", "mary-kate.oconnell@staldric.org"),
            P("Bongani Dlamini", "bongani.dlamini@staldric.org"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R-10293 Registered Nurse - ICU (Night "
            "Shift)\nInterviewers:\nMary-Kate O'Connell, Nurse Manager ICU\nBongani Dlamini, "
            "Charge Nurse\nRecruiter: Tess Yardley\n\nSt. Aldric Medical Center"
        ),
        "expect": {
            "interviewers": [
                (
                    "Mary-Kate O'Connell",
                    "mary-kate.oconnell@staldric.org",
                    "Nurse Manager ICU",
                    "decision_maker",
                ),
                ("Bongani Dlamini", "bongani.dlamini@staldric.org", "Charge Nurse", "peer"),
            ],
            "recruiter": ("Tess Yardley", None),
            "company": "St. Aldric Medical Center",
            "position": "Registered Nurse - ICU (Night Shift)",
        },
    },
    {
        "id": "f2-teams-hm-signature-only",
        "format": "graph",
        "style": "human",
        "title": "Conversation re: Finance Business Partner role",
        "start": "2027-04-28T15:00",
        "organizer": P("Oluwaseun Bakare", "o.bakare@greyhavencap.com"),
        "attendees": [ME, P("Oluwaseun Bakare", "o.bakare@greyhavencap.com")],
        "description": (
            "Alex,\n\nThanks for applying. Sending this over for a first conversation about the "
            "Finance Business Partner role on my team.\n\nKind regards,\nOluwaseun Bakare\n"
            "Finance Director | Greyhaven Capital\nT: +44 20 7946 0301" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Oluwaseun Bakare",
                    "o.bakare@greyhavencap.com",
                    "Finance Director",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Greyhaven Capital",
            "position": "Finance Business Partner",
        },
    },
    {
        "id": "f2-rebrand-domain",
        "format": "google",
        "style": "lever",
        "title": "Alex Morgan - Phone Screen - Customer Success Manager",
        "start": "2027-04-29T10:00",
        "minutes": 30,
        "organizer": P("Wren Castellanos", "wren@getsundial.com"),
        "attendees": [ME, P("Wren Castellanos", "wren@getsundial.com")],
        "description": (
            "Hi Alex,\n\nThanks for applying to Helio (formerly Sundial)! This is a 30-minute "
            "phone screen with me, Wren Castellanos, Technical Recruiter, about the Customer "
            "Success Manager role. I'll call you at the number on your application.\n\nWren"
        ),
        "expect": {
            "interviewers": [
                ("Wren Castellanos", "wren@getsundial.com", "Technical Recruiter", "recruiter"),
            ],
            "recruiter": ("Wren Castellanos", "wren@getsundial.com"),
            "company": "Helio",
            "position": "Customer Success Manager",
        },
    },
    {
        "id": "f2-panel-semicolons-ics",
        "format": "ics",
        "style": "human",
        "title": "Panel Interview: UX Researcher",
        "start": "2027-04-30T13:30",
        "minutes": 60,
        "organizer": P("Hollie Tran", "hollie.tran@orchardhealth.com"),
        "attendees": [
            ME,
            P("Camille Dubois", "camille.dubois@orchardhealth.com"),
            P("Bartosz Nowak", "bartosz.nowak@orchardhealth.com"),
            P("Emeka Obi", "emeka.obi@orchardhealth.com"),
        ],
        "description": (
            "Hi Alex, your panel for the UX Researcher position at Orchard Health:\n"
            "Camille Dubois — UX Research Manager (hiring manager); Bartosz Nowak — Senior "
            "Product Designer; Emeka Obi — Product Manager.\n"
            "Each panelist will ask about one past study.\n\nHollie Tran, Recruiting Coordinator"
        ),
        "expect": {
            "interviewers": [
                (
                    "Camille Dubois",
                    "camille.dubois@orchardhealth.com",
                    "UX Research Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Bartosz Nowak",
                    "bartosz.nowak@orchardhealth.com",
                    "Senior Product Designer",
                    "peer",
                ),
                ("Emeka Obi", "emeka.obi@orchardhealth.com", "Product Manager", "peer"),
            ],
            "recruiter": ("Hollie Tran", "hollie.tran@orchardhealth.com"),
            "company": "Orchard Health",
            "position": "UX Researcher",
        },
    },
    # --- near-misses: events that mention interviewing but are not the user's job interview ----
    {
        "id": "f2-not-visa-interview",
        "format": "google",
        "style": "human",
        "title": "US visa interview - consulate",
        "start": "2027-05-03T08:15",
        "minutes": 60,
        "location": "U.S. Consulate General, Frankfurt",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": "Bring passport, DS-160 confirmation, appointment letter, job offer letter from Initech.",
    },
    {
        "id": "f2-not-press-interview",
        "format": "graph",
        "style": "human",
        "title": "Press interview: Initech launch with The Verge",
        "start": "2027-05-04T11:00",
        "minutes": 30,
        "organizer": P("Priya Natarajan", "priya.natarajan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Priya Natarajan", "priya.natarajan@initech.com"),
            P("Sam Ortega", "sam.ortega@theverge.com"),
        ],
        "description": (
            "Sam from The Verge will interview Alex about the launch. Talking points attached; "
            "PR will stay on the line." + ZOOM
        ),
    },
    {
        "id": "f2-not-nanny-interview",
        "format": "ics",
        "style": "human",
        "title": "Interview nanny candidate - Marta",
        "start": "2027-05-05T18:00",
        "minutes": 45,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Marta Kowalczyk", "marta.kowalczyk77@gmail.com")],
        "description": "Ask about references, CPR certificate and weekday availability.",
    },
    {
        "id": "f2-not-informational-alumni",
        "format": "google",
        "style": "human",
        "title": "Informational chat w/ Dana (alumni network)",
        "start": "2027-05-06T12:30",
        "minutes": 30,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Dana Whitfield", "dana.whitfield@gmail.com")],
        "description": (
            "Dana agreed to share how she moved into product management and what to expect in PM "
            "interviews. Just advice, not a job conversation." + MEET
        ),
    },
    {
        "id": "f2-not-interview-swap-bootcamp",
        "format": "graph",
        "style": "human",
        "title": "Interview swap 🔁 system design (me asks first)",
        "start": "2027-05-07T19:00",
        "minutes": 90,
        "organizer": P("Kwame Asante", "kwame.asante@outlook.com"),
        "attendees": [ME, P("Kwame Asante", "kwame.asante@outlook.com")],
        "description": (
            "Bootcamp buddies practice round: I interview you for 45 min (design a URL "
            "shortener), then we switch and you interview me. Bring feedback notes!"
        ),
    },
    {
        "id": "f2-not-stay-interview",
        "format": "google",
        "style": "human",
        "title": "Stay interview - Alex",
        "start": "2027-05-10T14:00",
        "minutes": 30,
        "organizer": P("Rosa Jimenez", "rosa.jimenez@initech.com"),
        "attendees": [ME_WORK, P("Rosa Jimenez", "rosa.jimenez@initech.com")],
        "description": (
            "Hi Alex, as part of our retention programme, People team asked managers to hold a "
            "short stay interview with each report: what keeps you here, what would make you leave."
        ),
    },
    {
        "id": "f2-not-hiring-panel-internal",
        "format": "graph",
        "style": "human",
        "title": "You're on the interview panel: Staff Engineer candidate (J. Park)",
        "start": "2027-05-11T10:00",
        "organizer": P("Leah Kim", "leah.kim@initech.com"),
        "attendees": [
            ME_WORK,
            P("Leah Kim", "leah.kim@initech.com"),
            P("Jin Park", "jinpark.dev@gmail.com"),
        ],
        "description": (
            "Thanks for interviewing for us! You'll cover system design with the candidate. "
            "Please submit your scorecard in Greenhouse within 24h." + TEAMS
        ),
    },
]
