# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Held-out batch fresh-22, written by "iw22", someone who does not tune the parser, written
BLIND: labelled by reading each invite, before any run of the parser on it; the writer never
read, imported or ran the extraction code (app/), the bench, the corpus tests or any cases file
but part v (the format example) and part A's helpers. Rendered apart by `build_heldout22.py`
into `heldout-fresh22/`; `build.py` and the tests do not import it. 60 invites: 45 interviews
and 15 non-interviews that mention interviewing (or look like one), across .ics, Google JSON
and Graph JSON (20 each; 15 interviews and 5 non-interviews per format).

The angle is technology and product companies of every size as they really schedule: a
four-week-old startup whose founder writes from a personal address, seed and Series A teams
(founders' coffee chats and walk-and-talks, a CEO who is the hiring manager, an office manager
who coordinates), scale-ups and large enterprises (virtual onsites, two-day onsites, single
slots of a loop, hidden panels, a rescheduled iCIMS interview, Workday exports with field pairs
and with labels on their own lines). Tools: Greenhouse (pipe itineraries, an HTML table in a
Google description, a Word-HTML table in a Graph body), Lever (bullets, semicolon panels),
Ashby (initials as addresses, Name/Title/Role blocks), GoodTime ("Name <address> - Title",
a hidden panel behind a scheduling mailbox, a bar raiser), ModernLoop (one slot of four,
stacked blocks), Gem (a sourcer who hands over to the recruiter, a recruiter writing from the
shared talent calendar), Calendly, Workday, iCIMS, SmartRecruiters, BambooHR, Teamtailor,
Personio, Workable and JazzHR; and humans: recruiters' Zoom/Meet/Teams invites, a hiring
manager inviting directly (once with the recruiter as an optional guest), an EA booking the
CEO inside a forwarded chain, a recruiter forwarding the hiring manager's note, an agency
presenting its client's panel. Languages: English, German, Portuguese, Swedish, French,
Italian, with Dutch and French sign-offs. Near-misses: interviewer training, a Greenhouse
debrief with its panel list, a podcast where the user is the guest, a paid research study the
user joins, a rubric calibration, a loop sync, a press interview, a mock interview with a
friend, a reference call the user gives, a hiring committee, an exit interview, a reverse
shadow the user leads, a customer interview the user runs, a year-end review and an employer-
brand "meet the team" interview.

Labels are what a careful person reads in the invite, with the conventions of part v: a person
called the hiring manager, the future manager ("would be your manager", "the role reports
into", "dein zukünftiger Vorgesetzter", "din blivande chef", "será o seu gestor direto", "future
responsable", "futura responsabile", "she'll be your manager", "would be your supervisor") or
the one hiring ("I'm hiring", "who is hiring for") is a decision_maker with the hiring-manager
mark, an executive so called included; people-manager titles (engineering/QA/SRE/service desk
manager, Manager of X, Senior Manager, head of, director, Teamlead, Lead Dev / Team Lead who
will manage the candidate) are decision_makers; executives are CEO / CTO / CPO / founder /
co-founder / VP / managing director; individual contributors are peers (engineers at every
level incl. Staff, Principal and Distinguished, Tech Lead, designers, product managers,
Principal Product Manager, SDET, developer advocate). A recruiter who runs the call is an
interviewer (role recruiter, even when the title is "Head of Talent") and the recruiter. When
a recruiter and a coordinator are both named the recruiter is the recruiter, with email None
if the invite gives no address for them; a coordinator alone is the recruiter; a sourcer who
books the call and names the recruiter who takes over: the recruiter; a team mailbox alone is
(None, address); a recruiter named as writing from the shared talent calendar is (name, that
mailbox); an EA who books the CEO beside a named recruiter: the recruiter; an agency recruiter
who only coordinates is the recruiter, not an interviewer, and the company is the client; a
hiring manager or founder who sends the invite is not a recruiter (recruiter None unless the
invite names the recruiter running the process). The company is the business the candidate
joins, as the invite names it (not the domain), without legal forms. Names drop honorifics
("Dr."), are given-name first when the display name is "Surname, Given", keep the accents the
description writes when the attendee's display name drops them, and follow the description
when the address is a formal name and the invite calls the person by a nickname. People named
without an address have email None; an attendee with only an address is matched to the person
the description names. Titles are labelled as the invite writes them (team or region kept); a
title in lower-case prose is labelled in title case. Positions leave out requisition ids,
levels in brackets or parentheses ("[L5]", "(L5)"), employment types and contract terms, rates, "(m/w/d)" / "(H/F)", and a
place or remote note appended with a dash, comma or parentheses; a team that is part of the
job's name is kept ("Staff Software Engineer, Payments Platform"); positions in other
languages are kept as written. "difficulty" is the writer's guess. Non-interviews have
"expect": None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ---------------------------------------------------------------------
    {
        "id": "f22-greenhouse-ics-virtual-onsite-pipe-itinerary-coordinator-and-recruiter",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software Inc.//Greenhouse Scheduler//EN",
        "title": "Virtual Onsite: Alex Morgan for Staff Software Engineer, Payments Platform (R-2291)",
        "start": "2031-09-09T10:00",
        "minutes": 210,
        "tz": "America/Los_Angeles",
        "organizer": P("Tamsin Okoro", "tamsin.okoro@quillfeather.dev"),
        "attendees": [
            ME,
            P("Derek Huang", "derek.huang@quillfeather.dev"),
            P("Sofía Paredes", "sofia.paredes@quillfeather.dev"),
            P("Anand Kulkarni", "anand.kulkarni@quillfeather.dev"),
            P("Beth Larkin", "beth.larkin@quillfeather.dev"),
        ],
        "description": (
            "Hi Alex,\n\nWe're excited to host you for your virtual onsite with Quillfeather! Below is your itinerary. "
            "Everything happens on the Zoom link at the bottom of this invite; interviewers will join and leave as their "
            "sessions start and end.\n\n"
            "Itinerary (all times Pacific)\n"
            "Time | Interviewer | Session\n"
            "10:00 – 10:45 AM | Derek Huang, Engineering Manager, Payments Platform (Hiring Manager) | Experience & team fit\n"
            "10:45 – 11:45 AM | Sofía Paredes, Senior Staff Software Engineer | System design: ledger service\n"
            "11:45 AM – 12:15 PM | Break |\n"
            "12:15 – 1:00 PM | Anand Kulkarni, Software Engineer II | Coding (CoderPad)\n"
            "1:00 – 1:30 PM | Beth Larkin, Director of Engineering, Money Movement | Values & Q&A\n\n"
            "Your recruiter, Jonah Feld (jonah.feld@quillfeather.dev), will call you after the onsite to talk about next "
            "steps. For anything logistical before then, reply to me directly.\n\n"
            "Best,\nTamsin Okoro\nRecruiting Coordinator | Quillfeather" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Derek Huang",
                    "derek.huang@quillfeather.dev",
                    "Engineering Manager, Payments Platform",
                    "decision_maker",
                    True,
                ),
                (
                    "Sofía Paredes",
                    "sofia.paredes@quillfeather.dev",
                    "Senior Staff Software Engineer",
                    "peer",
                ),
                (
                    "Anand Kulkarni",
                    "anand.kulkarni@quillfeather.dev",
                    "Software Engineer II",
                    "peer",
                ),
                (
                    "Beth Larkin",
                    "beth.larkin@quillfeather.dev",
                    "Director of Engineering, Money Movement",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Jonah Feld", "jonah.feld@quillfeather.dev"),
            "company": "Quillfeather",
            "position": "Staff Software Engineer, Payments Platform",
        },
    },
    {
        "id": "f22-lever-ics-recruiter-screen-sole-interviewer-remote-suffix",
        "format": "ics",
        "style": "lever",
        "difficulty": "easy",
        "prodid": "-//Lever//Lever Hire Calendar//EN",
        "title": "Alex Morgan <> Tidewell: Recruiter Phone Screen (Product Designer, Growth – Remote, US)",
        "start": "2031-09-10T11:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Maribel Santos", "maribel@tidewell.io"),
        "attendees": [ME, P("Maribel Santos", "maribel@tidewell.io")],
        "description": (
            "Hi Alex,\n\nThanks for your interest in the Product Designer, Growth role at Tidewell! This is a 30-minute intro "
            "call with me. We'll cover your background and what you're looking for, and I'll tell you more about the team and "
            "our interview process. No prep needed, but have your portfolio link handy.\n\n"
            "I'll call you at the number on your application.\n\nTalk soon,\n"
            "Maribel Santos (she/her)\nSenior Talent Partner, Design & Research\nTidewell · tidewell.io\n\nSent from Lever"
        ),
        "location": "Phone call",
        "expect": {
            "interviewers": [
                (
                    "Maribel Santos",
                    "maribel@tidewell.io",
                    "Senior Talent Partner, Design & Research",
                    "recruiter",
                ),
            ],
            "recruiter": ("Maribel Santos", "maribel@tidewell.io"),
            "company": "Tidewell",
            "position": "Product Designer, Growth",
        },
    },
    {
        "id": "f22-ashby-ics-hm-screen-initials-address-recruiter-in-footer",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Ashby Interview Scheduling//EN",
        "title": "Hiring Manager Screen: Alex Morgan / Lumenfold (Senior Data Engineer)",
        "start": "2031-09-11T14:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P(None, "scheduling@lumenfold.ai"),
        "attendees": [ME, P(None, "rk@lumenfold.ai")],
        "description": (
            "Alex Morgan – Hiring Manager Screen\n\n"
            "Role: Senior Data Engineer, Analytics Platform [L5]\nDuration: 45 minutes\n"
            "Interviewer: Rhea Kapoor, Head of Data\nFormat: Google Meet (link below)\n\n"
            "Rhea leads the data team and is the hiring manager for this role. Expect a conversation about pipelines you've "
            "built, data modeling trade-offs, and how you work with analysts.\n\n"
            "Questions? Your recruiter is Owen Tal (owen@lumenfold.ai).\n\n— Lumenfold Recruiting\nScheduled with Ashby"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Rhea Kapoor", "rk@lumenfold.ai", "Head of Data", "decision_maker", True),
            ],
            "recruiter": ("Owen Tal", "owen@lumenfold.ai"),
            "company": "Lumenfold",
            "position": "Senior Data Engineer, Analytics Platform",
        },
    },
    {
        "id": "f22-goodtime-ics-hidden-panel-names-only-scheduling-mailbox",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "hard",
        "prodid": "-//GoodTime.io//GoodTime Hire//EN",
        "title": "Interview Confirmation – Senior Site Reliability Engineer – Corvanta",
        "start": "2031-09-16T13:00",
        "minutes": 120,
        "tz": "America/Chicago",
        "organizer": P("Corvanta Candidate Scheduling", "interviews@corvanta.com"),
        "attendees": [ME, P("Corvanta Candidate Scheduling", "interviews@corvanta.com")],
        "description": (
            "Hello Alex,\n\nYour interview for Senior Site Reliability Engineer (Job ID 88213, Austin, TX or Remote) has been "
            "confirmed. For privacy, interviewers' calendars are not shared on this invitation.\n\n"
            "Tuesday, September 16, 2031\n"
            "1:00 PM – 1:45 PM CDT · Incident Management Deep Dive · Olusegun Bamidele, Staff SRE\n"
            "1:45 PM – 2:30 PM CDT · Systems Design · Hannah Wirth, Principal Engineer, Infrastructure\n"
            "2:30 PM – 3:00 PM CDT · Hiring Manager Conversation · Marco Pellegrini, Senior Manager, Site Reliability Engineering\n\n"
            "Please join via Microsoft Teams using the link below. If you need to reschedule, reply to this email and our "
            "coordination team will help.\n\n"
            "Regards,\nCandidate Scheduling Team, on behalf of Ines Varela, Senior Technical Recruiter\nCorvanta\n\n"
            "Powered by GoodTime" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                ("Olusegun Bamidele", None, "Staff SRE", "peer"),
                ("Hannah Wirth", None, "Principal Engineer, Infrastructure", "peer"),
                (
                    "Marco Pellegrini",
                    None,
                    "Senior Manager, Site Reliability Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ines Varela", None),
            "company": "Corvanta",
            "position": "Senior Site Reliability Engineer",
        },
    },
    {
        "id": "f22-modernloop-ics-single-slot-two-of-four-pronouns",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "medium",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "ParcelBright | Senior Backend Engineer – System Design (Alex Morgan) [2 of 4]",
        "start": "2031-09-17T11:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Kiran Rao", "kiran.rao@parcelbright.com"),
        "attendees": [ME, P("Priya Venkataraman", "priya.v@parcelbright.com")],
        "description": (
            "Interview: System Design (60 min)\nCandidate: Alex Morgan\nPosition: Senior Backend Engineer, Routing\n"
            "Interviewer: Priya Venkataraman (she/her) — Senior Staff Engineer, Routing & Dispatch\n\n"
            "This is session 2 of 4 of your onsite. The other sessions are on separate invitations.\n\n"
            "Coordinator: Kiran Rao, Recruiting Coordinator\nRecruiter: Leah Brandt\n\nScheduled via ModernLoop"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Priya Venkataraman",
                    "priya.v@parcelbright.com",
                    "Senior Staff Engineer, Routing & Dispatch",
                    "peer",
                ),
            ],
            "recruiter": ("Leah Brandt", None),
            "company": "ParcelBright",
            "position": "Senior Backend Engineer, Routing",
        },
    },
    {
        "id": "f22-gem-ics-sourcer-books-vp-intro-recruiter-takes-over",
        "format": "ics",
        "style": "gem",
        "difficulty": "hard",
        "prodid": "-//Gem//Gem Scheduling//EN",
        "title": "Intro chat: Alex Morgan + Felix Amari (Orbitrail)",
        "start": "2031-09-12T09:00",
        "minutes": 30,
        "tz": "America/Denver",
        "organizer": P("Noor Haddad", "noor.haddad@orbitrail.com"),
        "attendees": [ME, P("Felix Amari", "felix@orbitrail.com")],
        "description": (
            "Hi Alex,\n\nThanks again for replying to my note! As promised, here's time with Felix Amari, our VP of "
            "Engineering, for an informal first conversation about the Engineering Manager, Fleet Software opening. Felix "
            "would be your manager if this moves forward.\n\n"
            "I'm a sourcer on our talent team, so after this call Gabriela Ruiz (gabriela.ruiz@orbitrail.com), the recruiter "
            "for the role, will be your point of contact.\n\nBest,\nNoor Haddad\nTechnical Sourcer · Orbitrail\n\nSent with Gem"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Felix Amari", "felix@orbitrail.com", "VP of Engineering", "decision_maker", True),
            ],
            "recruiter": ("Gabriela Ruiz", "gabriela.ruiz@orbitrail.com"),
            "company": "Orbitrail",
            "position": "Engineering Manager, Fleet Software",
        },
    },
    {
        "id": "f22-human-ics-founder-coffee-lowercase-prose-dash-signature",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//iPhone OS 18.2//EN",
        "title": "coffee w/ Alex",
        "start": "2031-09-15T08:30",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Dev Malhotra", "dev@haylight.co"),
        "attendees": [ME, P("Dev Malhotra", "dev@haylight.co")],
        "description": (
            "hey Alex — great meeting you at the rust meetup. would love to grab coffee and tell you what we're building. "
            "we're 6 people, just closed our seed, and I'm looking for a founding product engineer who likes owning things "
            "end to end. zero pressure, just a chat.\n\n"
            "blue bottle on mint plaza work? first round's on me.\n\ndev\n\n--\nDev Malhotra\nCo-founder & CEO, Haylight"
        ),
        "location": "Blue Bottle Coffee, 66 Mint St, San Francisco",
        "expect": {
            "interviewers": [
                ("Dev Malhotra", "dev@haylight.co", "Co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Haylight",
            "position": "Founding Product Engineer",
        },
    },
    {
        "id": "f22-human-ics-hm-outlook-first-person-teammate-in-prose",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Chat about the Data Platform role",
        "start": "2031-09-18T15:00",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P("Lindqvist, Erik", "erik.lindqvist@mercantix.com"),
        "attendees": [ME, P("Chowdhury, Nabila", "nabila.chowdhury@mercantix.com")],
        "description": (
            "Hi Alex,\n\nI came across your talk on warehouse migrations and would like to set up a first conversation. I'm "
            "the hiring manager for the Senior Data Platform Engineer opening on my team. I've also invited Nabila "
            "Chowdhury, a senior engineer on the team, so you can hear what the day-to-day looks like from someone who isn't "
            "the manager.\n\n"
            "No need to prepare anything in particular; we'll talk about your experience with Kafka and answer any questions "
            "you have.\n\nBest regards,\nErik Lindqvist\nEngineering Manager, Data Platform\nMercantix AB"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Erik Lindqvist",
                    "erik.lindqvist@mercantix.com",
                    "Engineering Manager, Data Platform",
                    "decision_maker",
                    True,
                ),
                ("Nabila Chowdhury", "nabila.chowdhury@mercantix.com", "Senior Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Mercantix",
            "position": "Senior Data Platform Engineer",
        },
    },
    {
        "id": "f22-human-ics-agency-recruiter-client-head-of-product-fixed-term",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex Morgan / Stackhaven – interview with Head of Product (via Brightline)",
        "start": "2031-09-19T10:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Callum Fraser", "callum@brightlinetalent.co.uk"),
        "attendees": [
            ME,
            P("Callum Fraser", "callum@brightlinetalent.co.uk"),
            P("Ifeoma Nwosu", "ifeoma.nwosu@stackhaven.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, Stackhaven would like to meet you for the Senior Product Manager, Billing role (12-month "
            "FTC, London / hybrid). You'll speak with Ifeoma Nwosu, their Head of Product, who the role reports into. I've "
            "added myself to the invite so I see any updates, but I won't be on the call.\n\n"
            "Give me a ring afterwards and let me know how it went.\n\nCheers,\nCallum Fraser\n"
            "Principal Consultant, Product & Design\nBrightline Talent Partners | 020 7946 0321"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ifeoma Nwosu",
                    "ifeoma.nwosu@stackhaven.com",
                    "Head of Product",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Callum Fraser", "callum@brightlinetalent.co.uk"),
            "company": "Stackhaven",
            "position": "Senior Product Manager, Billing",
        },
    },
    {
        "id": "f22-workday-ics-field-pairs-surname-first-jr-place-noise",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday Inc.//Workday Recruiting//EN",
        "title": "Interview Invitation: JR-114082 Principal Software Engineer - Identity (Hybrid) - Raleigh, NC",
        "start": "2031-09-23T13:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P(None, "veridane@myworkday.com"),
        "attendees": [
            ME,
            P("Gupta, Sanjana", "sanjana.gupta@veridane.com"),
            P("O'Rourke, Patrick", "patrick.orourke@veridane.com"),
            P("Adeyemi-Park, Joy", "joy.adeyemipark@veridane.com"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\n"
            "Job Requisition: JR-114082 Principal Software Engineer - Identity (Hybrid)\n"
            "Interview Type: Panel (Virtual)\nDuration: 90 minutes\n\n"
            "Interviewer Name: Sanjana Gupta\nInterviewer Title: Sr. Director, Identity & Access Engineering\n"
            "Role on Panel: Hiring Manager\n\n"
            "Interviewer Name: Patrick O'Rourke\nInterviewer Title: Distinguished Engineer\n\n"
            "Interviewer Name: Joy Adeyemi-Park\nInterviewer Title: Principal Product Manager, Identity\n\n"
            "Recruiter: Thomas Beaulieu (thomas.beaulieu@veridane.com)\n\n"
            "Veridane Technologies | Talent Acquisition" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Sanjana Gupta",
                    "sanjana.gupta@veridane.com",
                    "Sr. Director, Identity & Access Engineering",
                    "decision_maker",
                    True,
                ),
                (
                    "Patrick O'Rourke",
                    "patrick.orourke@veridane.com",
                    "Distinguished Engineer",
                    "peer",
                ),
                (
                    "Joy Adeyemi-Park",
                    "joy.adeyemipark@veridane.com",
                    "Principal Product Manager, Identity",
                    "peer",
                ),
            ],
            "recruiter": ("Thomas Beaulieu", "thomas.beaulieu@veridane.com"),
            "company": "Veridane Technologies",
            "position": "Principal Software Engineer - Identity",
        },
    },
    {
        "id": "f22-icims-ics-interview-details-room-regional-manager-hm",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS Inc//iCIMS Talent Cloud//EN",
        "title": "Interview: Solutions Engineer II (Req 2031-3307) – Brackwater Software",
        "start": "2031-09-18T10:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Yolanda Pierce", "ypierce@brackwater.com"),
        "attendees": [
            ME,
            P("Greg Nakamura", "gnakamura@brackwater.com"),
            P("Aisling Byrne", "abyrne@brackwater.com"),
            P("BOS-12-Harbor (6) Display", "bos-12-harbor@brackwater.com", room=True),
        ],
        "description": (
            "Dear Alex,\n\nWe are pleased to confirm your interview with Brackwater Software.\n\n"
            "Position: Solutions Engineer II\nRequisition: 2031-3307\nDate: Thursday, September 18, 2031\n"
            "Time: 10:00 AM – 11:30 AM EDT\n"
            "Location: 200 Seaport Blvd, 12th floor (Harbor room). Check in with reception and ask for Yolanda.\n\n"
            "Interviewers:\nGreg Nakamura, Manager, Solutions Engineering – East (Hiring Manager)\n"
            "Aisling Byrne, Senior Solutions Engineer – demo exercise\n\n"
            "Please prepare a 15-minute demo of any software product you know well.\n\n"
            "Sincerely,\nYolanda Pierce\nTalent Acquisition Coordinator\nBrackwater Software\n\n"
            "This message was sent via iCIMS."
        ),
        "location": "200 Seaport Blvd, 12th floor, Harbor room, Boston",
        "expect": {
            "interviewers": [
                (
                    "Greg Nakamura",
                    "gnakamura@brackwater.com",
                    "Manager, Solutions Engineering – East",
                    "decision_maker",
                    True,
                ),
                ("Aisling Byrne", "abyrne@brackwater.com", "Senior Solutions Engineer", "peer"),
            ],
            "recruiter": ("Yolanda Pierce", "ypierce@brackwater.com"),
            "company": "Brackwater Software",
            "position": "Solutions Engineer II",
        },
    },
    {
        "id": "f22-smartrecruiters-ics-german-teamlead-vorgesetzter-cpo-dr",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//SmartRecruiters Interview//EN",
        "title": "Einladung zum Interview: Senior Backend Engineer Payments (m/w/d) – Finkwerk",
        "start": "2031-09-24T10:00",
        "minutes": 75,
        "tz": "Europe/Berlin",
        "organizer": P("Lea Brandstätter", "lea.brandstaetter@finkwerk.de"),
        "attendees": [
            ME,
            P("Timo Rasch", "timo.rasch@finkwerk.de"),
            P("Dr. Yasemin Aksoy", "yasemin.aksoy@finkwerk.de"),
        ],
        "description": (
            "Hallo Alex,\n\nvielen Dank für deine Bewerbung als Senior Backend Engineer Payments (m/w/d). Wir möchten dich gern "
            "zum zweiten Gespräch (technisches Interview, ca. 75 Minuten) per Google Meet einladen.\n\n"
            "Deine Gesprächspartner:innen:\n"
            "• Timo Rasch – Teamlead Payments, dein zukünftiger Vorgesetzter\n"
            "• Dr. Yasemin Aksoy – CPO\n\n"
            "Im ersten Teil sprechen wir über eine Architektur aus deinem bisherigen Job, danach machen wir ein kleines "
            "Pairing in Kotlin.\n\nViele Grüße\nLea Brandstätter\nTalent Acquisition Managerin\n"
            "Finkwerk GmbH · Köpenicker Str. 154 · 10997 Berlin\n\n"
            "Diese Einladung wurde über SmartRecruiters versendet." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Timo Rasch",
                    "timo.rasch@finkwerk.de",
                    "Teamlead Payments",
                    "decision_maker",
                    True,
                ),
                ("Yasemin Aksoy", "yasemin.aksoy@finkwerk.de", "CPO", "executive"),
            ],
            "recruiter": ("Lea Brandstätter", "lea.brandstaetter@finkwerk.de"),
            "company": "Finkwerk",
            "position": "Senior Backend Engineer Payments",
        },
    },
    {
        "id": "f22-bamboohr-ics-fourteen-person-saas-ceo-reports-to-office-manager",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "medium",
        "prodid": "-//BambooHR//BambooHR Calendar//EN",
        "title": "Interview: Customer Success Manager – Plumline",
        "start": "2031-09-25T13:30",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Cheryl Avery", "cheryl@plumline.app"),
        "attendees": [
            ME,
            P("Nate Okafor", "nate@plumline.app"),
            P("Irina Volkova", "irina@plumline.app"),
        ],
        "description": (
            "Hi Alex,\n\nYou're all set for an in-person interview at Plumline for the Customer Success Manager position!\n\n"
            "Who you'll meet:\nNate Okafor – CEO & Co-Founder (this role reports to Nate)\nIrina Volkova – CTO & Co-Founder\n\n"
            "We're a team of 14 in a shared space above the bakery; ring the buzzer for suite 3B. Plan on about an hour, "
            "including a short walkthrough of how our customers use the product.\n\n"
            "Thanks!\nCheryl Avery\nOffice & People Operations Manager\nPlumline\n\nSent via BambooHR"
        ),
        "location": "Plumline, 418 E Pike St, Suite 3B, Seattle, WA",
        "expect": {
            "interviewers": [
                ("Nate Okafor", "nate@plumline.app", "CEO & Co-Founder", "decision_maker", True),
                ("Irina Volkova", "irina@plumline.app", "CTO & Co-Founder", "executive"),
            ],
            "recruiter": ("Cheryl Avery", "cheryl@plumline.app"),
            "company": "Plumline",
            "position": "Customer Success Manager",
        },
    },
    {
        "id": "f22-workable-ics-portuguese-gerente-gestor-direto-tech-lead",
        "format": "ics",
        "style": "workable",
        "difficulty": "hard",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Entrevista técnica – Pessoa Engenheira de Software Sênior – Cambirra",
        "start": "2031-09-26T14:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Juliana Prado", "juliana.prado@cambirra.com.br"),
        "attendees": [
            ME,
            P("Rodrigo Tavares", "rodrigo.tavares@cambirra.com.br"),
            P("Beatriz Lima", "beatriz.lima@cambirra.com.br"),
        ],
        "description": (
            "Olá, Alex!\n\nTudo bem? Confirmamos a sua entrevista técnica para a vaga de Pessoa Engenheira de Software Sênior, "
            "no time de Backend, modelo remoto.\n\n"
            "Participantes:\n- Rodrigo Tavares, Gerente de Engenharia (será o seu gestor direto)\n"
            "- Beatriz Lima, Tech Lead do squad de Crédito\n\n"
            "A conversa terá cerca de 60 minutos: 20 minutos sobre a sua trajetória e 40 minutos de live coding em Go.\n\n"
            "Abraços,\nJuliana Prado\nTech Recruiter | Cambirra\n\nEnviado via Workable" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rodrigo Tavares",
                    "rodrigo.tavares@cambirra.com.br",
                    "Gerente de Engenharia",
                    "decision_maker",
                    True,
                ),
                (
                    "Beatriz Lima",
                    "beatriz.lima@cambirra.com.br",
                    "Tech Lead do squad de Crédito",
                    "peer",
                ),
            ],
            "recruiter": ("Juliana Prado", "juliana.prado@cambirra.com.br"),
            "company": "Cambirra",
            "position": "Pessoa Engenheira de Software Sênior",
        },
    },
    {
        "id": "f22-human-ics-ea-books-ceo-final-forwarded-recruiter-note",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "FW: Final conversation – Alex Morgan / Saanvi Iyer (CEO)",
        "start": "2031-09-18T16:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Rosa Delgado", "rosa.delgado@ferncastle.com"),
        "attendees": [
            ME,
            P("Saanvi Iyer", "saanvi@ferncastle.com"),
            P("Ben Whitaker", "ben.whitaker@ferncastle.com", optional=True),
        ],
        "description": (
            "Hi Alex, I'm Saanvi's executive assistant. Sending the invite for your final conversation; Ben's note is below for "
            "context. Saanvi will see you on Zoom.\n\n"
            "Rosa Delgado | Executive Assistant to the CEO | Ferncastle\n\n"
            "-----Original Message-----\nFrom: Ben Whitaker <ben.whitaker@ferncastle.com>\n"
            "Sent: Monday, September 15, 2031 4:12 PM\nTo: Rosa Delgado <rosa.delgado@ferncastle.com>\n"
            "Subject: Final round – Alex Morgan (Director of Product Marketing)\n\n"
            "Hi Rosa, could you find 30 min for Saanvi with Alex Morgan this week? Alex is our finalist for Director of "
            "Product Marketing (req PMM-07) and Saanvi is the last step before the offer. Please add me as optional.\n\n"
            "Thanks,\nBen Whitaker\nSenior Recruiter, GTM Hiring\nFerncastle" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Saanvi Iyer", "saanvi@ferncastle.com", "CEO", "executive"),
            ],
            "recruiter": ("Ben Whitaker", "ben.whitaker@ferncastle.com"),
            "company": "Ferncastle",
            "position": "Director of Product Marketing",
        },
    },
    # --- .ics: near-misses --------------------------------------------------------------------
    {
        "id": "f22-ics-non-interviewer-training-structured-behavioral",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interviewer Training: Structured Behavioral Interviews (BEI 201)",
        "start": "2031-09-10T12:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Talent Development", "talent-dev@initech.com"),
        "attendees": [ME_WORK, P("Talent Development", "talent-dev@initech.com")],
        "description": (
            "Required for anyone joining an interview loop this quarter.\n\n"
            "Agenda:\n- Writing evidence-based feedback in Greenhouse\n- Halo effect and other traps\n"
            "- The STAR rubric for the Senior Engineer loop\n"
            "- Live mock interview: volunteers play the candidate, you play the interviewer\n\n"
            "Please complete the pre-read in Workday Learning before the session. Facilitator: Renata Silva, "
            "Talent Development Lead, Initech." + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f22-ics-non-greenhouse-debrief-panel-list-hm",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software Inc.//Greenhouse Scheduler//EN",
        "title": "Debrief: Jordan Okafor – Staff Product Manager, Payments",
        "start": "2031-09-12T16:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Maya Lindgren", "maya.lindgren@initech.com"),
        "attendees": [
            ME_WORK,
            P("Devika Rao", "devika.rao@initech.com"),
            P("Sam Whitlock", "sam.whitlock@initech.com"),
        ],
        "description": (
            "Candidate: Jordan Okafor\nJob: Staff Product Manager, Payments (R-1182)\n\n"
            "Interview panel:\nAlex Morgan – Product sense\nDevika Rao – Execution (Hiring Manager)\n"
            "Sam Whitlock – Technical partnership\n\n"
            "Please submit your scorecards in Greenhouse before the debrief. We'll go round the panel, then Devika makes "
            "the final call.\n\nMaya Lindgren\nRecruiter, Initech\n\nScheduled via Greenhouse"
            + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f22-ics-non-podcast-user-is-the-guest",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Podcast interview: Alex Morgan on design systems (Build Notes ep. 88)",
        "start": "2031-09-22T17:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Rafael Quintero", "rafael@buildnotes.fm"),
        "attendees": [ME, P("Rafael Quintero", "rafael@buildnotes.fm")],
        "description": (
            "Hi Alex! Thanks for agreeing to be interviewed on Build Notes. We'll record on Riverside (link below), about "
            "45 minutes of conversation plus setup. I'll ask about your path into design systems, the migration you led "
            "at Initech and what you look for when you hire designers. The episode goes out in about three weeks.\n\n"
            "Use headphones if you can. No video needed.\n\nRafael Quintero\nHost & producer, Build Notes\n\n"
            "Studio link: https://riverside.fm/studio/buildnotes"
        ),
        "location": "https://riverside.fm/studio/buildnotes",
        "expect": None,
    },
    {
        "id": "f22-ics-non-paid-research-study-participant",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Research interview: how teams plan sprints (60 min) – Session P14",
        "start": "2031-09-24T12:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Harper Quinn", "harper.quinn@trellisboard.com"),
        "attendees": [ME, P("Harper Quinn", "harper.quinn@trellisboard.com")],
        "description": (
            "Hi Alex,\n\nThanks for signing up through User Interviews! You'll be speaking with me, Harper, from the "
            "Trellisboard research team, about how your team plans sprints and tracks work. This is not a sales call and "
            "there are no right or wrong answers. We'll record the session for internal use only.\n\n"
            "Your $100 incentive will be sent within 3 business days of the session.\n\n"
            "Harper Quinn\nSenior UX Researcher, Trellisboard" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f22-ics-non-rubric-calibration-backend-loop",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview calibration – Backend SWE rubric (L4/L5)",
        "start": "2031-09-26T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Hughes, Darnell", "darnell.hughes@initech.com"),
        "attendees": [
            ME_WORK,
            P("Fischer, Anke", "anke.fischer@initech.com"),
            P("Mendoza, Luis", "luis.mendoza@initech.com"),
        ],
        "description": (
            "We'll review three anonymized packets from last month's backend loops and align on what 'strong hire' means "
            "for the system design interview at L4 vs L5. Bring your notes. Hiring managers: please come ready to explain "
            "the level decisions you made.\n\nDarnell Hughes\nEngineering Manager, Initech" + TEAMS
        ),
        "expect": None,
    },
    # --- Google JSON: interviews --------------------------------------------------------------
    {
        "id": "f22-greenhouse-google-html-table-name-br-title-recruiter-no-address",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview: Alex Morgan for Senior Frontend Engineer, Design Systems",
        "start": "2031-09-09T13:00",
        "minutes": 135,
        "tz": "America/New_York",
        "organizer": P("Priscilla Tan", "priscilla.tan@marrowgate.health"),
        "attendees": [
            ME,
            P("Jordan Blake", "jordan.blake@marrowgate.health"),
            P("Wen Zhao", "wen.zhao@marrowgate.health"),
            P("Oksana Hrytsenko", "oksana.hrytsenko@marrowgate.health"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Here is your interview schedule for the <b>Senior Frontend Engineer, Design Systems</b> "
            "position at Marrowgate. All times are Eastern.</p>"
            "<table><tr><th>Time</th><th>Interviewer</th><th>Focus</th></tr>"
            "<tr><td>1:00 PM - 1:45 PM</td><td>Jordan Blake<br>Engineering Manager, Web Platform</td><td>Hiring manager interview</td></tr>"
            "<tr><td>1:45 PM - 2:45 PM</td><td>Wen Zhao<br>Staff Frontend Engineer</td><td>Component architecture (pairing)</td></tr>"
            "<tr><td>2:45 PM - 3:15 PM</td><td>Oksana Hrytsenko<br>Senior Product Designer</td><td>Design collaboration</td></tr>"
            "</table>"
            "<p>Your recruiter for this process is Marcus Reyes. Please reach out to me with any scheduling questions.</p>"
            "<p>Thanks,<br>Priscilla Tan<br>Candidate Experience Coordinator, Marrowgate</p>"
            '<p>Join with Google Meet: <a href="https://meet.google.com/rkd-bwpq-xne">meet.google.com/rkd-bwpq-xne</a></p>'
        ),
        "expect": {
            "interviewers": [
                (
                    "Jordan Blake",
                    "jordan.blake@marrowgate.health",
                    "Engineering Manager, Web Platform",
                    "decision_maker",
                    True,
                ),
                ("Wen Zhao", "wen.zhao@marrowgate.health", "Staff Frontend Engineer", "peer"),
                (
                    "Oksana Hrytsenko",
                    "oksana.hrytsenko@marrowgate.health",
                    "Senior Product Designer",
                    "peer",
                ),
            ],
            "recruiter": ("Marcus Reyes", None),
            "company": "Marrowgate",
            "position": "Senior Frontend Engineer, Design Systems",
        },
    },
    {
        "id": "f22-lever-google-youll-meet-nicknames-address-only-attendees",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Kestrel Maps: Panel interview – Senior Product Manager, Maps (Alex Morgan)",
        "start": "2031-09-11T10:00",
        "minutes": 75,
        "tz": "America/Los_Angeles",
        "organizer": P("Hollis Grant", "hollis@kestrelmaps.com"),
        "attendees": [
            ME,
            P(None, "katarzyna.nowak@kestrelmaps.com"),
            P(None, "william.osei@kestrelmaps.com"),
        ],
        "description": (
            "Hi Alex,\n\nLooking forward to your panel on Thursday! Here's who you'll meet:\n\n"
            "• Kat Nowak – Director of Product, Navigation (hiring manager)\n"
            "• Billy Osei – Senior Software Engineer, Routing\n"
            "• Mara Lindgren – Product Designer\n\n"
            "Kat and Billy will be together for the first 45 minutes; Mara joins for the last 30 to walk through a design "
            "critique.\n\nBest,\nHollis Grant\nRecruiter, Kestrel Maps\n\nSent with Lever" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Kat Nowak",
                    "katarzyna.nowak@kestrelmaps.com",
                    "Director of Product, Navigation",
                    "decision_maker",
                    True,
                ),
                (
                    "Billy Osei",
                    "william.osei@kestrelmaps.com",
                    "Senior Software Engineer, Routing",
                    "peer",
                ),
                ("Mara Lindgren", None, "Product Designer", "peer"),
            ],
            "recruiter": ("Hollis Grant", "hollis@kestrelmaps.com"),
            "company": "Kestrel Maps",
            "position": "Senior Product Manager, Maps",
        },
    },
    {
        "id": "f22-ashby-google-initials-addresses-middot-hm-label",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan – Technical Interview – Machine Learning Engineer, Ranking | Sorrel",
        "start": "2031-09-15T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Sorrel Recruiting", "recruiting@sorrel.ai"),
        "attendees": [ME, P(None, "jd@sorrel.ai"), P(None, "ms@sorrel.ai")],
        "description": (
            "Interview: Technical Interview (ML system design)\nCandidate: Alex Morgan\nJob: Machine Learning Engineer, Ranking\n\n"
            "Interviewers\nJonah Dale · Staff ML Engineer\n"
            "Mia Sato · Engineering Manager, Search & Ranking · Hiring Manager\n\n"
            "Your recruiter: Priyanka Sethi (priyanka@sorrel.ai)\n\nPowered by Ashby" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Jonah Dale", "jd@sorrel.ai", "Staff ML Engineer", "peer"),
                (
                    "Mia Sato",
                    "ms@sorrel.ai",
                    "Engineering Manager, Search & Ranking",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Priyanka Sethi", "priyanka@sorrel.ai"),
            "company": "Sorrel",
            "position": "Machine Learning Engineer, Ranking",
        },
    },
    {
        "id": "f22-goodtime-google-angle-bracket-lines-bar-raiser-accents-dropped",
        "format": "google",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Onsite Interview – Alex Morgan – Senior Software Engineer, Checkout (L5)",
        "start": "2031-09-17T09:30",
        "minutes": 180,
        "tz": "America/Los_Angeles",
        "organizer": P("Brightcart Interview Scheduling", "schedule@brightcart.com"),
        "attendees": [
            ME,
            P("Ana Lucia Herrera", "alherrera@brightcart.com"),
            P("Tomasz Wojcik", "twojcik@brightcart.com"),
            P("Renee Dubois", "rdubois@brightcart.com"),
            P("Kwabena Asante", "kasante@brightcart.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour onsite interview with Brightcart is confirmed for Wednesday, September 17. Please find the "
            "schedule below (Pacific Time).\n\n"
            "9:30 AM - 10:15 AM: Coding\nAna Lucía Herrera <alherrera@brightcart.com> - Software Engineer III\n\n"
            "10:15 AM - 11:00 AM: System Design\nTomasz Wójcik <twojcik@brightcart.com> - Principal Engineer\n\n"
            "11:00 AM - 11:45 AM: Leadership & Collaboration (Bar Raiser)\n"
            "Renée Dubois <rdubois@brightcart.com> - Senior Engineering Manager, Fulfillment\n\n"
            "11:45 AM - 12:30 PM: Hiring Manager Interview\n"
            "Kwabena Asante <kasante@brightcart.com> - Engineering Manager, Checkout\n\n"
            "Your recruiter is Shauna Kelleher (skelleher@brightcart.com).\n\nPowered by GoodTime"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Ana Lucía Herrera", "alherrera@brightcart.com", "Software Engineer III", "peer"),
                ("Tomasz Wójcik", "twojcik@brightcart.com", "Principal Engineer", "peer"),
                (
                    "Renée Dubois",
                    "rdubois@brightcart.com",
                    "Senior Engineering Manager, Fulfillment",
                    "decision_maker",
                ),
                (
                    "Kwabena Asante",
                    "kasante@brightcart.com",
                    "Engineering Manager, Checkout",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Shauna Kelleher", "skelleher@brightcart.com"),
            "company": "Brightcart",
            "position": "Senior Software Engineer, Checkout",
        },
    },
    {
        "id": "f22-modernloop-google-stacked-blocks-panel-session-hm-line",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Staff Product Designer, Platform – Virtual Onsite (Alex Morgan)",
        "start": "2031-09-19T12:00",
        "minutes": 165,
        "tz": "America/Los_Angeles",
        "organizer": P("Emma Cho", "emma.cho@harborlight.io"),
        "attendees": [
            ME,
            P("Lucia Fontaine", "lucia.fontaine@harborlight.io"),
            P("Arjun Mehta", "arjun.mehta@harborlight.io"),
            P("Cole Petersen", "cole.petersen@harborlight.io"),
            P("Dana Whitfield", "dana.whitfield@harborlight.io"),
        ],
        "description": (
            "Alex, here's your virtual onsite with Harborlight. This hold covers the full afternoon; each block has its own "
            "invite with the Zoom link.\n\n"
            "Portfolio presentation\n12:00–1:00 PM PT\n"
            "Panel: Lucia Fontaine (Head of Design), Arjun Mehta (Senior Product Designer), Cole Petersen (Product Manager, Platform)\n\n"
            "Break\n1:00–1:15 PM PT\n\n"
            "App critique\n1:15–2:00 PM PT\nInterviewer: Arjun Mehta\n\n"
            "Cross-functional partnership\n2:00–2:45 PM PT\nInterviewer: Dana Whitfield (Engineering Manager, Platform)\n\n"
            "Hiring manager: Lucia Fontaine\nRecruiter: Ravi Shankar (ravi.s@harborlight.io)\nCoordinator: Emma Cho\n\n"
            "Scheduled with ModernLoop"
        ),
        "expect": {
            "interviewers": [
                (
                    "Lucia Fontaine",
                    "lucia.fontaine@harborlight.io",
                    "Head of Design",
                    "decision_maker",
                    True,
                ),
                ("Arjun Mehta", "arjun.mehta@harborlight.io", "Senior Product Designer", "peer"),
                (
                    "Cole Petersen",
                    "cole.petersen@harborlight.io",
                    "Product Manager, Platform",
                    "peer",
                ),
                (
                    "Dana Whitfield",
                    "dana.whitfield@harborlight.io",
                    "Engineering Manager, Platform",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Ravi Shankar", "ravi.s@harborlight.io"),
            "company": "Harborlight",
            "position": "Staff Product Designer, Platform",
        },
    },
    {
        "id": "f22-gem-google-head-of-talent-runs-intro-call",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex / Verdigris Labs – intro call",
        "start": "2031-09-22T15:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Tess Marlowe", "tess@verdigrislabs.com"),
        "attendees": [ME, P("Tess Marlowe", "tess@verdigrislabs.com")],
        "description": (
            "Hi Alex,\n\nThanks for being open to a chat! Here's our intro call about the Developer Advocate role. I'll give "
            "you an overview of Verdigris Labs, the DevRel team and what the process looks like; you tell me what you're "
            "looking for next.\n\nTess Marlowe\nHead of Talent, Verdigris Labs\n\nSent with Gem"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Tess Marlowe", "tess@verdigrislabs.com", "Head of Talent", "recruiter"),
            ],
            "recruiter": ("Tess Marlowe", "tess@verdigrislabs.com"),
            "company": "Verdigris Labs",
            "position": "Developer Advocate",
        },
    },
    {
        "id": "f22-human-google-founder-intro-cofounder-cto-joins-no-address",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex <> Ravi (Tallyworks)",
        "start": "2031-09-23T09:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Ravi Chandran", "ravi@tallyworks.com"),
        "attendees": [ME, P("Ravi Chandran", "ravi@tallyworks.com")],
        "description": (
            "Hey Alex,\n\nThanks for the thoughtful reply. Let's use this half hour to get to know each other. I'll share "
            "where Tallyworks is (pre-seed, four customers in pilots) and the kind of founding designer we're hoping to find. "
            "My co-founder Maya Goldberg (CTO) will hop on for the second half.\n\n"
            "Ravi\n\nRavi Chandran · Co-founder, Tallyworks" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Ravi Chandran", "ravi@tallyworks.com", "Co-founder", "executive"),
                ("Maya Goldberg", None, "CTO", "executive"),
            ],
            "recruiter": None,
            "company": "Tallyworks",
            "position": "Founding Designer",
        },
    },
    {
        "id": "f22-human-google-recruiter-runs-first-part-hm-joins-pipe-signature",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Lattix – intro + hiring manager chat (Sales Engineer)",
        "start": "2031-09-24T14:00",
        "minutes": 45,
        "tz": "Europe/Paris",
        "organizer": P("Chloé Marchand", "chloe.marchand@lattixhq.com"),
        "attendees": [
            ME,
            P("Chloé Marchand", "chloe.marchand@lattixhq.com"),
            P("Omar Haddad", "omar.haddad@lattixhq.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, here's a 45-minute call for the Sales Engineer role (Paris or Amsterdam). I'll take the "
            "first 15 minutes to go through logistics and your expectations, then Omar Haddad, our Director of Solutions "
            "Engineering, EMEA and the hiring manager, will join for the rest.\n\n"
            "À bientôt,\nChloé Marchand | she/her | Talent Acquisition Partner | Lattix" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Chloé Marchand",
                    "chloe.marchand@lattixhq.com",
                    "Talent Acquisition Partner",
                    "recruiter",
                ),
                (
                    "Omar Haddad",
                    "omar.haddad@lattixhq.com",
                    "Director of Solutions Engineering, EMEA",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Chloé Marchand", "chloe.marchand@lattixhq.com"),
            "company": "Lattix",
            "position": "Sales Engineer",
        },
    },
    {
        "id": "f22-calendly-google-head-of-design-im-hiring-invitee-answers",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Alex Morgan and Sunniva Berg: Portfolio chat (45 min)",
        "start": "2031-09-25T10:00",
        "minutes": 45,
        "tz": "Europe/Oslo",
        "organizer": P("Sunniva Berg", "sunniva@fjelltech.no"),
        "attendees": [ME, P("Sunniva Berg", "sunniva@fjelltech.no")],
        "description": (
            "Event Name: Portfolio chat (45 min)\n\n"
            "Hi! I'm Head of Design at Fjell and I'm hiring a senior product designer for our Oslo team. Use this slot to walk "
            "me through one or two projects you're proud of.\n\n"
            "Location: This is a Google Meet web conference.\nhttps://meet.google.com/wzq-hkta-pfe\n\n"
            "Questions:\nWhich role are you applying for?\nSenior Product Designer\n"
            "LinkedIn or portfolio URL\nhttps://alexmorgan.design\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/5d0b7c21\n"
            "Reschedule: https://calendly.com/reschedulings/5d0b7c21\n\nPowered by Calendly.com"
        ),
        "location": "https://meet.google.com/wzq-hkta-pfe",
        "expect": {
            "interviewers": [
                ("Sunniva Berg", "sunniva@fjelltech.no", "Head of Design", "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Fjell",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "f22-workable-google-dev-studio-founder-md-lead-dev-team-signoff",
        "format": "google",
        "style": "workable",
        "difficulty": "medium",
        "title": "Interview: Vue.js Frontend Developer @ Pixelforge Studio",
        "start": "2031-09-26T11:00",
        "minutes": 45,
        "tz": "Europe/Athens",
        "organizer": P("Dimitra Kouris", "dimitra@pixelforge.studio"),
        "attendees": [
            ME,
            P("Dimitra Kouris", "dimitra@pixelforge.studio"),
            P("Sam Oduya", "sam@pixelforge.studio"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying for the Vue.js Frontend Developer job at Pixelforge Studio. We'd like to invite "
            "you to a video interview.\n\n"
            "Interviewers: Dimitra Kouris (Founder & Managing Director), Sam Oduya (Lead Frontend Developer)\n"
            "Duration: 45 minutes\nVideo call link: see below\n\n"
            "Kind regards,\nThe Pixelforge Studio team\n\nSent via Workable" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Dimitra Kouris",
                    "dimitra@pixelforge.studio",
                    "Founder & Managing Director",
                    "executive",
                ),
                ("Sam Oduya", "sam@pixelforge.studio", "Lead Frontend Developer", "peer"),
            ],
            "recruiter": None,
            "company": "Pixelforge Studio",
            "position": "Vue.js Frontend Developer",
        },
    },
    {
        "id": "f22-teamtailor-google-swedish-blivande-chef-lowercase-tech-lead",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Intervju: Senior backendutvecklare – Spårvik",
        "start": "2031-09-29T13:00",
        "minutes": 75,
        "tz": "Europe/Stockholm",
        "organizer": P("Hanna Sjöberg", "hanna.sjoberg@sparvik.se"),
        "attendees": [
            ME,
            P("Oskar Lindahl", "oskar.lindahl@sparvik.se"),
            P("Amira Haddou", "amira.haddou@sparvik.se"),
        ],
        "description": (
            "Hej Alex!\n\nKul att du vill träffa oss igen. Här kommer en bekräftelse på din andra intervju för tjänsten som "
            "senior backendutvecklare i teamet Betalningar.\n\n"
            "Du träffar:\nOskar Lindahl, Engineering Manager, Betalningar – din blivande chef\n"
            "Amira Haddou, tech lead i samma team\n\n"
            "Vi kör en parprogrammeringsövning i ungefär 45 minuter och har sedan tid för dina frågor.\n\n"
            "Hälsningar\nHanna Sjöberg\nTalent Acquisition, Spårvik\n\nSkickat via Teamtailor"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Oskar Lindahl",
                    "oskar.lindahl@sparvik.se",
                    "Engineering Manager, Betalningar",
                    "decision_maker",
                    True,
                ),
                ("Amira Haddou", "amira.haddou@sparvik.se", "Tech Lead", "peer"),
            ],
            "recruiter": ("Hanna Sjöberg", "hanna.sjoberg@sparvik.se"),
            "company": "Spårvik",
            "position": "Senior backendutvecklare",
        },
    },
    {
        "id": "f22-personio-google-french-cto-lead-dev-future-responsable-hf",
        "format": "google",
        "style": "personio",
        "difficulty": "hard",
        "title": "Entretien – Développeur·se Full-Stack (H/F) – Ondulis",
        "start": "2031-09-30T10:00",
        "minutes": 75,
        "tz": "Europe/Paris",
        "organizer": P("Camille Garnier", "camille.garnier@ondulis.fr"),
        "attendees": [
            ME,
            P("Thibault Morel", "thibault.morel@ondulis.fr"),
            P("Nadia Benali", "nadia.benali@ondulis.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nMerci pour votre candidature au poste de Développeur·se Full-Stack (H/F) en CDI chez Ondulis. "
            "Nous avons le plaisir de vous convier à un entretien technique dans nos locaux lyonnais.\n\n"
            "Vous rencontrerez :\n- Thibault Morel, CTO\n"
            "- Nadia Benali, Lead Dev, future responsable de l'équipe que vous rejoindrez\n\n"
            "Prévoyez environ 1h15, dont 30 minutes d'exercice sur un cas concret.\n\n"
            "Bien cordialement,\nCamille Garnier\nChargée de recrutement\nOndulis SAS\n\nEnvoyé via Personio"
        ),
        "location": "Ondulis, 12 rue de la Charité, 69002 Lyon",
        "expect": {
            "interviewers": [
                ("Thibault Morel", "thibault.morel@ondulis.fr", "CTO", "executive"),
                ("Nadia Benali", "nadia.benali@ondulis.fr", "Lead Dev", "decision_maker", True),
            ],
            "recruiter": ("Camille Garnier", "camille.garnier@ondulis.fr"),
            "company": "Ondulis",
            "position": "Développeur·se Full-Stack",
        },
    },
    {
        "id": "f22-jazzhr-google-msp-service-desk-manager-team-mailbox",
        "format": "google",
        "style": "jazzhr",
        "difficulty": "medium",
        "title": "Phone Interview - IT Support Specialist II - Cobalt Ridge IT",
        "start": "2031-10-01T09:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Cobalt Ridge IT Hiring", "hiring@cobaltridgeit.com"),
        "attendees": [ME, P("Dwayne Pruitt", "dwayne@cobaltridgeit.com")],
        "description": (
            "Hi Alex,\n\nThanks for applying to Cobalt Ridge IT! Dwayne Pruitt, our Service Desk Manager, will call you for a "
            "30-minute phone interview. Dwayne runs the help desk team and would be your supervisor.\n\n"
            "Please be ready at the number you provided.\n\nCobalt Ridge IT Hiring Team\n\nPowered by JazzHR"
        ),
        "location": "Phone",
        "expect": {
            "interviewers": [
                (
                    "Dwayne Pruitt",
                    "dwayne@cobaltridgeit.com",
                    "Service Desk Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "hiring@cobaltridgeit.com"),
            "company": "Cobalt Ridge IT",
            "position": "IT Support Specialist II",
        },
    },
    {
        "id": "f22-human-google-hm-numbered-agenda-pm-peer-not-hm",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan – Senior PM, Growth",
        "start": "2031-10-03T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Yusuf Demir", "yusuf@ripplepost.com"),
        "attendees": [
            ME,
            P("Yusuf Demir", "yusuf@ripplepost.com"),
            P("Grace Ahn", "grace@ripplepost.com"),
            P("Leo Marchetti", "leo@ripplepost.com"),
        ],
        "description": (
            "Alex — here's the plan for Friday's 60 minutes:\n\n"
            "1. Intros + your background (Yusuf)\n"
            "2. Growth case: improving activation for new workspaces (Grace)\n"
            "3. Working with engineering (Leo)\n"
            "4. Your questions (all)\n\n"
            "I'm the Group Product Manager for Growth and the hiring manager; Grace is a product manager on the activation "
            "team; Leo is a staff engineer on Growth.\n\nTalk Friday,\nYusuf\n\nYusuf Demir · Ripplepost"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Yusuf Demir",
                    "yusuf@ripplepost.com",
                    "Group Product Manager for Growth",
                    "decision_maker",
                    True,
                ),
                ("Grace Ahn", "grace@ripplepost.com", "Product Manager", "peer"),
                ("Leo Marchetti", "leo@ripplepost.com", "Staff Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Ripplepost",
            "position": "Senior PM, Growth",
        },
    },
    {
        "id": "f22-greenhouse-google-ceo-is-hiring-manager-final-round",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Final Round: Alex Morgan <> Wrenfield (Head of Operations)",
        "start": "2031-10-06T15:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Anya Petrova", "anya@wrenfield.com"),
        "attendees": [
            ME,
            P("Marcus Oyelaran", "marcus@wrenfield.com"),
            P("Lisa Chen", "lisa.chen@wrenfield.com"),
        ],
        "description": (
            "Hi Alex,\n\nCongrats on making it to the final round for Head of Operations! Details below.\n\n"
            "Interview 1 of 2 — 3:00 PM to 3:45 PM ET\nMarcus Oyelaran, CEO (hiring manager for this role)\n\n"
            "Interview 2 of 2 — 3:45 PM to 4:30 PM ET\nLisa Chen, Head of Finance\n\n"
            "Anya Petrova\nRecruiting Lead, Wrenfield\n\nScheduled via Greenhouse" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Marcus Oyelaran", "marcus@wrenfield.com", "CEO", "decision_maker", True),
                ("Lisa Chen", "lisa.chen@wrenfield.com", "Head of Finance", "decision_maker"),
            ],
            "recruiter": ("Anya Petrova", "anya@wrenfield.com"),
            "company": "Wrenfield",
            "position": "Head of Operations",
        },
    },
    # --- Google JSON: near-misses -------------------------------------------------------------
    {
        "id": "f22-google-non-modernloop-loop-sync-user-is-interviewer",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Loop sync – Priya N. (Senior Data Scientist) – 15 min prep",
        "start": "2031-09-15T09:45",
        "minutes": 15,
        "tz": "America/New_York",
        "organizer": P("Keisha Grant", "keisha.grant@initech.com"),
        "attendees": [
            ME_WORK,
            P("Oren Katz", "oren.katz@initech.com"),
            P("Bella Novak", "bella.novak@initech.com"),
        ],
        "description": (
            "Quick huddle before Priya's onsite so interviewers don't overlap questions.\n\n"
            "Interview plan:\nOren Katz (Hiring Manager) – experimentation & impact\n"
            "Alex Morgan – SQL and stats\nBella Novak – product sense\n\n"
            "Keisha Grant\nRecruiting Coordinator, Initech\n\nScheduled with ModernLoop" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f22-google-non-press-interview-user-as-spokesperson",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan (Initech) x Ledgerline Weekly",
        "start": "2031-09-18T14:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Noah Fenwick", "noah@ledgerlineweekly.com"),
        "attendees": [
            ME_WORK,
            P("Noah Fenwick", "noah@ledgerlineweekly.com"),
            P("Tara Bell", "tara.bell@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for making time for the interview about Initech's new API platform. I'll record for accuracy; "
            "the piece runs next Tuesday. Tara from your comms team is on the invite as well.\n\n"
            "Noah Fenwick\nSenior Reporter, Ledgerline Weekly" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f22-google-non-mock-interview-friend-practice",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Mock interview: system design (practice)",
        "start": "2031-09-13T10:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Jess Park", "jesspark.dev@gmail.com"),
        "attendees": [ME, P("Jess Park", "jesspark.dev@gmail.com")],
        "description": (
            "ok here's the practice run! I'll play interviewer the way we do it at work: 45 min 'design a URL shortener', "
            "then 15 min of honest feedback. Treat it like the real thing before your Brightcart onsite next week.\n\n"
            "bring a whiteboard app. — J" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f22-google-non-reference-call-user-gives-reference",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference check – Jordan Lee (Senior Software Engineer, Platform)",
        "start": "2031-09-29T12:30",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Amara Diallo", "amara.diallo@fenlowtech.com"),
        "attendees": [ME, P("Amara Diallo", "amara.diallo@fenlowtech.com")],
        "description": (
            "Hi Alex,\n\nJordan Lee listed you as a reference for our Senior Software Engineer, Platform role. The call takes "
            "about 20 minutes: how you worked together, Jordan's strengths and areas for growth. Thanks so much for helping.\n\n"
            "Amara Diallo\nTalent Acquisition Partner, Fenlow" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f22-google-non-hiring-committee-l5-packets",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Hiring Committee – Software Engineer L5 packets (3)",
        "start": "2031-10-02T13:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Hiring Committee", "hc-swe@initech.com"),
        "attendees": [
            ME_WORK,
            P("Ingrid Solberg", "ingrid.solberg@initech.com"),
            P("Marcus Webb", "marcus.webb@initech.com"),
        ],
        "description": (
            "HC reviews the full packets for three L5 candidates (Priya N., Omar S., Lin T.). Interview feedback and "
            "scorecards are in Greenhouse; please read them before we meet. Alex is attending as a calibrated interviewer, "
            "Ingrid chairs.\n\nHiring Committee, Initech Engineering" + MEET
        ),
        "expect": None,
    },
    # --- Graph JSON: interviews ---------------------------------------------------------------
    {
        "id": "f22-greenhouse-graph-word-html-table-hm-line-below",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview Confirmation: Analytics Engineer II – Tessellate",
        "start": "2031-09-10T09:00",
        "minutes": 120,
        "tz": "America/Chicago",
        "organizer": P("Kofi Mensah", "kofi.mensah@tessellate.io"),
        "attendees": [
            ME,
            P("Brianna Coles", "brianna.coles@tessellate.io"),
            P("Farid Haddadi", "farid.haddadi@tessellate.io"),
            P("Ruth Adams", "ruth.adams@tessellate.io"),
        ],
        "description": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div class="WordSection1"><p class="MsoNormal">Hi Alex,</p>'
            '<p class="MsoNormal">Thanks again for your time last week. Here is your interview schedule for the Analytics '
            "Engineer II role at Tessellate.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Time (CT)</b></p></td><td><p class="MsoNormal"><b>Interviewer</b></p></td>'
            '<td><p class="MsoNormal"><b>Title</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">9:00 – 9:45</p></td><td><p class="MsoNormal">Brianna Coles</p></td>'
            '<td><p class="MsoNormal">Analytics Engineering Manager</p></td></tr>'
            '<tr><td><p class="MsoNormal">9:45 – 10:30</p></td><td><p class="MsoNormal">Farid Haddadi</p></td>'
            '<td><p class="MsoNormal">Senior Analytics Engineer</p></td></tr>'
            '<tr><td><p class="MsoNormal">10:30 – 11:00</p></td><td><p class="MsoNormal">Ruth Adams</p></td>'
            '<td><p class="MsoNormal">Director, Data &amp; Insights</p></td></tr>'
            "</table>"
            '<p class="MsoNormal">Brianna is the hiring manager for this role.</p>'
            '<p class="MsoNormal">Best,<br>Kofi Mensah<br>Technical Recruiter | Tessellate</p>'
            '<p class="MsoNormal">Scheduled via Greenhouse</p>'
            '<div style="width:100%"><span>________________________________________________________________________________</span></div>'
            "<div><b>Microsoft Teams meeting</b></div><div>Join on your computer, mobile app or room device</div>"
            '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_t7">Click here to join the meeting</a></div>'
            "<div>Meeting ID: 264 118 903 771</div><div>Passcode: Qm4vX9</div>"
            "<div><span>________________________________________________________________________________</span></div>"
            "</div></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Brianna Coles",
                    "brianna.coles@tessellate.io",
                    "Analytics Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Farid Haddadi",
                    "farid.haddadi@tessellate.io",
                    "Senior Analytics Engineer",
                    "peer",
                ),
                (
                    "Ruth Adams",
                    "ruth.adams@tessellate.io",
                    "Director, Data & Insights",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Kofi Mensah", "kofi.mensah@tessellate.io"),
            "company": "Tessellate",
            "position": "Analytics Engineer II",
        },
    },
    {
        "id": "f22-lever-graph-semicolon-panel-coordinator-and-recruiter-no-address",
        "format": "graph",
        "style": "lever",
        "difficulty": "medium",
        "title": "Panel Interview – Alex Morgan – Senior Security Engineer, AppSec",
        "start": "2031-09-11T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Ellison, Jade", "jade.ellison@corridorhq.com"),
        "attendees": [
            ME,
            P("Mbeki, Thandiwe", "thandiwe.mbeki@corridorhq.com"),
            P("Ruiz, Carlos", "carlos.ruiz@corridorhq.com"),
            P("Nguyen, Bao", "bao.nguyen@corridorhq.com"),
        ],
        "description": (
            "Hello Alex,\n\nPlease find below the details for your panel interview with Corridor.\n\n"
            "Interviewers: Thandiwe Mbeki (Manager, Application Security – hiring manager); Carlos Ruiz (Staff Security "
            "Engineer); Bao Nguyen (Senior Software Engineer, Platform)\n\n"
            "Format: 60 minutes. 10 minutes of introductions, 35 minutes of threat modeling, 15 minutes for your questions.\n\n"
            "Kind regards,\nJade Ellison\nRecruiting Coordinator, Corridor\nRecruiter: Hamid Karimi\n\nSent via Lever"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Thandiwe Mbeki",
                    "thandiwe.mbeki@corridorhq.com",
                    "Manager, Application Security",
                    "decision_maker",
                    True,
                ),
                ("Carlos Ruiz", "carlos.ruiz@corridorhq.com", "Staff Security Engineer", "peer"),
                (
                    "Bao Nguyen",
                    "bao.nguyen@corridorhq.com",
                    "Senior Software Engineer, Platform",
                    "peer",
                ),
            ],
            "recruiter": ("Hamid Karimi", None),
            "company": "Corridor",
            "position": "Senior Security Engineer, AppSec",
        },
    },
    {
        "id": "f22-ashby-graph-name-title-role-blocks-on-behalf-of-talent-partner",
        "format": "graph",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Alex Morgan | Senior iOS Engineer | Final Interviews | Pebblestone",
        "start": "2031-09-16T14:00",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Lauren Fisk", "lauren.fisk@pebblestone.co.uk"),
        "attendees": [
            ME,
            P("Freya Holm", "freya.holm@pebblestone.co.uk"),
            P("Dario Conti", "dario.conti@pebblestone.co.uk"),
            P("Ngozi Eze", "ngozi.eze@pebblestone.co.uk"),
        ],
        "description": (
            "Hi Alex, here are the details for your final interviews.\n\n"
            "Session 1 — 2:00 PM – 2:45 PM BST\nName: Freya Holm\nTitle: Engineering Manager, Mobile\nRole: Hiring Manager\n\n"
            "Session 2 — 2:45 PM – 3:30 PM BST\nName: Dario Conti\nTitle: Senior iOS Engineer\nRole: Technical Interviewer\n\n"
            "Session 3 — 3:30 PM – 4:00 PM BST\nName: Ngozi Eze\nTitle: VP Product\nRole: Values Interviewer\n\n"
            "Sent on behalf of Lauren Fisk (Talent Partner, Pebblestone)\n\nScheduled with Ashby"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Freya Holm",
                    "freya.holm@pebblestone.co.uk",
                    "Engineering Manager, Mobile",
                    "decision_maker",
                    True,
                ),
                ("Dario Conti", "dario.conti@pebblestone.co.uk", "Senior iOS Engineer", "peer"),
                ("Ngozi Eze", "ngozi.eze@pebblestone.co.uk", "VP Product", "executive"),
            ],
            "recruiter": ("Lauren Fisk", "lauren.fisk@pebblestone.co.uk"),
            "company": "Pebblestone",
            "position": "Senior iOS Engineer",
        },
    },
    {
        "id": "f22-goodtime-graph-onsite-day-one-of-two-lunch-with-hm-room",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Onsite Day 1 of 2 – Alex Morgan – Staff Machine Learning Engineer – Halvorsen Robotics",
        "start": "2031-10-06T09:30",
        "minutes": 210,
        "tz": "America/New_York",
        "organizer": P("Dana Pryce", "dana.pryce@halvorsenrobotics.com"),
        "attendees": [
            ME,
            P("Haruto Kimura", "haruto.kimura@halvorsenrobotics.com"),
            P("Esther Mwangi", "esther.mwangi@halvorsenrobotics.com"),
            P("Viktor Sandberg", "viktor.sandberg@halvorsenrobotics.com"),
            P("PIT-HQ-3-Foundry (10)", "pit-hq-3-foundry@halvorsenrobotics.com", room=True),
        ],
        "description": (
            "Hi Alex,\n\nWe're looking forward to hosting you in Pittsburgh! Here is Day 1; Day 2 (research talk and an "
            "executive conversation) is on a separate invite.\n\n"
            "Day 1 – Monday, October 6 (Pittsburgh HQ, 3rd floor, Foundry room)\n"
            "9:30 – 10:30 AM  Perception deep dive – Haruto Kimura, Principal Research Scientist\n"
            "10:30 – 11:30 AM  Coding – Esther Mwangi, Senior ML Engineer\n"
            "11:30 AM – 1:00 PM  Lunch with Viktor Sandberg, Director of Autonomy (your hiring manager)\n\n"
            "Hotel: The Strip District Inn, confirmation HX-44190 (two nights, billed to us).\n\n"
            "Dana Pryce\nSenior Technical Recruiter | Halvorsen Robotics\n\nPowered by GoodTime"
        ),
        "location": "Halvorsen Robotics HQ, 3rd floor, Foundry room, Pittsburgh",
        "expect": {
            "interviewers": [
                (
                    "Haruto Kimura",
                    "haruto.kimura@halvorsenrobotics.com",
                    "Principal Research Scientist",
                    "peer",
                ),
                (
                    "Esther Mwangi",
                    "esther.mwangi@halvorsenrobotics.com",
                    "Senior ML Engineer",
                    "peer",
                ),
                (
                    "Viktor Sandberg",
                    "viktor.sandberg@halvorsenrobotics.com",
                    "Director of Autonomy",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Dana Pryce", "dana.pryce@halvorsenrobotics.com"),
            "company": "Halvorsen Robotics",
            "position": "Staff Machine Learning Engineer",
        },
    },
    {
        "id": "f22-modernloop-graph-amsterdam-lead-analyst-will-be-manager",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Interview – Alex Morgan – Senior Data Analyst, Marketplace – Kavel",
        "start": "2031-09-23T10:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Maud Visser", "maud.visser@kavel.nl"),
        "attendees": [
            ME,
            P("Sanne Bakker", "sanne.bakker@kavel.nl"),
            P("Joost van Leeuwen", "joost.vanleeuwen@kavel.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nThanks for your time so far! Your next round is a case interview (60 min) at our Amsterdam office.\n\n"
            "Interviewers:\n- Sanne Bakker – Lead Data Analyst, Marketplace (she'll be your manager)\n"
            "- Joost van Leeuwen – Senior Product Manager, Supply\n\n"
            "Please bring a laptop; we'll share the case on the day.\n\n"
            "Groetjes,\nMaud Visser\nRecruiter | Kavel\n\nScheduled via ModernLoop"
        ),
        "location": "Kavel HQ, Keizersgracht 520, Amsterdam",
        "expect": {
            "interviewers": [
                (
                    "Sanne Bakker",
                    "sanne.bakker@kavel.nl",
                    "Lead Data Analyst, Marketplace",
                    "decision_maker",
                    True,
                ),
                (
                    "Joost van Leeuwen",
                    "joost.vanleeuwen@kavel.nl",
                    "Senior Product Manager, Supply",
                    "peer",
                ),
            ],
            "recruiter": ("Maud Visser", "maud.visser@kavel.nl"),
            "company": "Kavel",
            "position": "Senior Data Analyst, Marketplace",
        },
    },
    {
        "id": "f22-gem-graph-shared-talent-calendar-director-address-only",
        "format": "graph",
        "style": "gem",
        "difficulty": "hard",
        "title": "Northbeam – first conversation with Lydia (Senior Staff Engineer, Developer Platform)",
        "start": "2031-09-25T12:00",
        "minutes": 45,
        "tz": "America/Toronto",
        "organizer": P("Northbeam Talent", "talent@northbeam.dev"),
        "attendees": [ME, P(None, "l.mensah@northbeam.dev")],
        "description": (
            "Hi Alex,\n\nThis is Gideon Park from the Northbeam talent team (sending from our shared calendar). As promised, "
            "here's your first conversation with Lydia Mensah, Engineering Director, Developer Platform, who is hiring for "
            "the Senior Staff Engineer, Developer Platform role (Remote – Canada).\n\n"
            "Lydia will spend most of the time on your background and the platform roadmap; there's no coding.\n\n"
            "Thanks,\nGideon Park\nSenior Technical Recruiter, Northbeam\n\nSent with Gem" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Lydia Mensah",
                    "l.mensah@northbeam.dev",
                    "Engineering Director, Developer Platform",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Gideon Park", "talent@northbeam.dev"),
            "company": "Northbeam",
            "position": "Senior Staff Engineer, Developer Platform",
        },
    },
    {
        "id": "f22-human-graph-enterprise-recruiter-lowercase-prose-titles",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Microsoft Teams interview: Alex Morgan – Cloud Solutions Architect",
        "start": "2031-09-26T15:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Whitmore, Alicia", "alicia.whitmore@granitepeak.com"),
        "attendees": [
            ME,
            P("Sato, Kenji", "kenji.sato@granitepeak.com"),
            P("Fernandes, Priya", "priya.fernandes@granitepeak.com"),
        ],
        "description": (
            "Good afternoon Alex,\n\nThank you for your time on the phone yesterday. As promised, please find below the "
            "invitation for your first-round interview for the Cloud Solutions Architect position (Req. 41177, Denver or "
            "remote).\n\n"
            "You will be speaking with Kenji Sato, the director of cloud architecture, who is the hiring manager for this "
            "position, and Priya Fernandes, a principal architect on his team.\n\n"
            "Please allow 60 minutes. Feel free to contact me with any questions.\n\n"
            "Kind regards,\nAlicia Whitmore\nSenior Talent Acquisition Specialist\nGranite Peak Financial\nTel: +1 720 555 0182"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kenji Sato",
                    "kenji.sato@granitepeak.com",
                    "Director of Cloud Architecture",
                    "decision_maker",
                    True,
                ),
                (
                    "Priya Fernandes",
                    "priya.fernandes@granitepeak.com",
                    "Principal Architect",
                    "peer",
                ),
            ],
            "recruiter": ("Alicia Whitmore", "alicia.whitmore@granitepeak.com"),
            "company": "Granite Peak Financial",
            "position": "Cloud Solutions Architect",
        },
    },
    {
        "id": "f22-human-graph-hm-direct-recruiter-optional-guest",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex / Mateus – SRE team chat",
        "start": "2031-09-30T11:00",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Mateus Oliveira", "mateus.oliveira@bellwetherops.com"),
        "attendees": [
            ME,
            P("Jess Kowalczyk", "jess.kowalczyk@bellwetherops.com", optional=True),
        ],
        "description": (
            "Hi Alex,\n\nI lead the SRE team at Bellwether and I'm the hiring manager for the Site Reliability Engineer II "
            "opening. Sending this directly since our calendars were easier to line up this way. I've added Jess from our "
            "talent team, who's running your process, as optional; she won't join.\n\n"
            "We'll spend the half hour on an outage you've handled end to end and what you'd want from the team.\n\n"
            "Mateus Oliveira\nSRE Manager, Bellwether" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Mateus Oliveira",
                    "mateus.oliveira@bellwetherops.com",
                    "SRE Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Jess Kowalczyk", "jess.kowalczyk@bellwetherops.com"),
            "company": "Bellwether",
            "position": "Site Reliability Engineer II",
        },
    },
    {
        "id": "f22-human-graph-agency-presents-client-panel-contract-rate",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Client interview: Northvale Insurance – Senior QA Automation Engineer (Contract, 6 months, $85/hr W2)",
        "start": "2031-10-01T10:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Priya Raman", "priya.raman@keystonetech-search.com"),
        "attendees": [
            ME,
            P("Ferris, Dean", "dean.ferris@northvale.com"),
            P("Kaur, Simran", "simran.kaur@northvale.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat news: Northvale Insurance would like to interview you for the Senior QA Automation Engineer "
            "contract. Details:\n\n"
            "Client: Northvale Insurance (Digital Channels)\n"
            "Interviewers:\n  Dean Ferris – QA Manager, Digital Channels (hiring manager)\n  Simran Kaur – Senior SDET\n"
            "Duration: 45 minutes on Teams (client's link below)\n\n"
            "Please don't discuss rate with the client; I'll handle that side.\n\n"
            "Thanks,\nPriya Raman\nSenior Technical Recruiter\nKeystone Tech Search" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Dean Ferris",
                    "dean.ferris@northvale.com",
                    "QA Manager, Digital Channels",
                    "decision_maker",
                    True,
                ),
                ("Simran Kaur", "simran.kaur@northvale.com", "Senior SDET", "peer"),
            ],
            "recruiter": ("Priya Raman", "priya.raman@keystonetech-search.com"),
            "company": "Northvale Insurance",
            "position": "Senior QA Automation Engineer",
        },
    },
    {
        "id": "f22-smartrecruiters-graph-bengaluru-round-two-numbered-panel",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Technical Round 2 – SDE 3, Backend – Alex Morgan | Kalpaka Software",
        "start": "2031-10-08T11:00",
        "minutes": 75,
        "tz": "Asia/Kolkata",
        "organizer": P("Ananya Iyer", "ananya.iyer@kalpaka.in"),
        "attendees": [
            ME,
            P("Rohit Bhandari", "rohit.bhandari@kalpaka.in"),
            P("Sneha Kulkarni", "sneha.kulkarni@kalpaka.in"),
        ],
        "description": (
            "Dear Alex,\n\nGreetings from Kalpaka Software! Further to your first round, we are pleased to schedule your "
            "second technical round.\n\n"
            "Date: 8 October 2031\nTime: 11:00 AM – 12:15 PM IST\nMode: Microsoft Teams (link below)\n\n"
            "Panel:\n1) Rohit Bhandari – Engineering Manager, Payments Core (Hiring Manager)\n2) Sneha Kulkarni – SDE 4\n\n"
            "Kindly keep your camera on and be ready to share your screen for a coding exercise.\n\n"
            "Regards,\nAnanya Iyer\nTalent Acquisition – Engineering\nKalpaka Software Pvt. Ltd.\n\n"
            "This invitation was sent via SmartRecruiters" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rohit Bhandari",
                    "rohit.bhandari@kalpaka.in",
                    "Engineering Manager, Payments Core",
                    "decision_maker",
                    True,
                ),
                ("Sneha Kulkarni", "sneha.kulkarni@kalpaka.in", "SDE 4", "peer"),
            ],
            "recruiter": ("Ananya Iyer", "ananya.iyer@kalpaka.in"),
            "company": "Kalpaka Software",
            "position": "SDE 3, Backend",
        },
    },
    {
        "id": "f22-workday-graph-labels-on-own-lines-recruiter-and-coordinator",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Scheduled - R0049271 Product Manager II, Developer Experience",
        "start": "2031-10-07T13:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "ornelle@myworkday.com"),
        "attendees": [
            ME,
            P("Marguerite Lacroix", "marguerite.lacroix@ornelle.com"),
            P("Devon Ashcroft", "devon.ashcroft@ornelle.com"),
            P("Kelechi Obi", "kelechi.obi@ornelle.com"),
        ],
        "description": (
            "Interview Scheduled\n\nCandidate\nAlex Morgan\n\n"
            "Job Requisition\nR0049271 Product Manager II, Developer Experience (Open)\n\n"
            "Interview Type\nVirtual - Panel\n\n"
            "Interviewers\nMarguerite Lacroix\nSenior Manager, Product Management\nHiring Manager\n\n"
            "Devon Ashcroft\nSenior Product Manager\n\n"
            "Kelechi Obi\nStaff Software Engineer\n\n"
            "Recruiter\nHana Kobayashi\n\nRecruiting Coordinator\nSipho Ndlovu\n\nOrnelle Systems"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Marguerite Lacroix",
                    "marguerite.lacroix@ornelle.com",
                    "Senior Manager, Product Management",
                    "decision_maker",
                    True,
                ),
                ("Devon Ashcroft", "devon.ashcroft@ornelle.com", "Senior Product Manager", "peer"),
                ("Kelechi Obi", "kelechi.obi@ornelle.com", "Staff Software Engineer", "peer"),
            ],
            "recruiter": ("Hana Kobayashi", None),
            "company": "Ornelle Systems",
            "position": "Product Manager II, Developer Experience",
        },
    },
    {
        "id": "f22-icims-graph-rescheduled-interview-team-vp-last-fifteen",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "UPDATED: Interview for Senior Technical Writer, API Docs (Req 5520) – moved to Thursday",
        "start": "2031-10-09T14:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Beatrix Olsen", "bolsen@aldercrest.cloud"),
        "attendees": [
            ME,
            P("Naomi Feld", "nfeld@aldercrest.cloud"),
            P("Andre Baptiste", "abaptiste@aldercrest.cloud"),
            P("Olivia Marsh", "omarsh@aldercrest.cloud", optional=True),
        ],
        "description": (
            "Dear Alex,\n\nYour interview has been rescheduled. Updated details:\n\n"
            "Position: Senior Technical Writer, API Docs\n"
            "Date/Time: Thursday, October 9, 2031, 2:00 PM – 3:00 PM PT (previously Tuesday)\n"
            "Interview Format: Video (Microsoft Teams)\n\n"
            "Interview Team:\nNaomi Feld – Manager, Documentation (Hiring Manager)\n"
            "Andre Baptiste – Senior Developer Advocate\nOlivia Marsh – VP, Developer Relations (last 15 minutes)\n\n"
            "We apologize for any inconvenience.\n\nBeatrix Olsen\nRecruiting Coordinator\nAldercrest Cloud\n\n"
            "This message was sent via iCIMS." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Naomi Feld",
                    "nfeld@aldercrest.cloud",
                    "Manager, Documentation",
                    "decision_maker",
                    True,
                ),
                (
                    "Andre Baptiste",
                    "abaptiste@aldercrest.cloud",
                    "Senior Developer Advocate",
                    "peer",
                ),
                ("Olivia Marsh", "omarsh@aldercrest.cloud", "VP, Developer Relations", "executive"),
            ],
            "recruiter": ("Beatrix Olsen", "bolsen@aldercrest.cloud"),
            "company": "Aldercrest Cloud",
            "position": "Senior Technical Writer, API Docs",
        },
    },
    {
        "id": "f22-human-graph-recruiter-forwards-hm-note-signature-in-chain",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "FW: Next step – conversation with Ilse",
        "start": "2031-10-07T09:30",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Daniel Ferreira", "daniel.ferreira@quaystone.io"),
        "attendees": [ME, P("Ilse Jacobs", "ilse.jacobs@quaystone.io")],
        "description": (
            "Hi Alex — see Ilse's note below. I've put 45 minutes in for the two of you on Tuesday as the next step for the "
            "Senior Product Manager, Platform role. Good luck!\n\n"
            "Daniel Ferreira | Talent Partner, Quaystone\n\n"
            "From: Ilse Jacobs <ilse.jacobs@quaystone.io>\nSent: Thursday, October 2, 2031 09:14\n"
            "To: Daniel Ferreira <daniel.ferreira@quaystone.io>\nSubject: Next step – Alex Morgan\n\n"
            "Daniel, I read Alex's take-home and I'd like to meet. Can you book 45 min next week? I'll cover the platform "
            "roadmap and how we work with engineering.\n\n"
            "Ilse Jacobs\nDirector of Product, Platform\nQuaystone" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ilse Jacobs",
                    "ilse.jacobs@quaystone.io",
                    "Director of Product, Platform",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Daniel Ferreira", "daniel.ferreira@quaystone.io"),
            "company": "Quaystone",
            "position": "Senior Product Manager, Platform",
        },
    },
    {
        "id": "f22-human-graph-italian-colloquio-cto-futura-responsabile",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Colloquio tecnico – Backend Developer – Alex Morgan",
        "start": "2031-10-02T15:00",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Giorgia Conti", "giorgia.conti@trottola.it"),
        "attendees": [
            ME,
            P("Luca Ferraris", "luca.ferraris@trottola.it"),
            P("Elisa Marino", "elisa.marino@trottola.it"),
        ],
        "description": (
            "Ciao Alex,\n\ngrazie ancora per la chiacchierata di settimana scorsa. Come anticipato, ti invio l'invito per il "
            "colloquio tecnico per la posizione di Backend Developer nel team Logistica di Trottola.\n\n"
            "Parteciperanno:\n- Luca Ferraris, CTO\n"
            "- Elisa Marino, Team Lead Logistica, che sarebbe la tua futura responsabile\n\n"
            "Il colloquio durerà circa un'ora: mezz'ora di discussione su un progetto che hai seguito e mezz'ora di live "
            "coding in Python.\n\nA presto,\nGiorgia Conti\nTalent Acquisition Specialist\nTrottola S.r.l."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Luca Ferraris", "luca.ferraris@trottola.it", "CTO", "executive"),
                (
                    "Elisa Marino",
                    "elisa.marino@trottola.it",
                    "Team Lead Logistica",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Giorgia Conti", "giorgia.conti@trottola.it"),
            "company": "Trottola",
            "position": "Backend Developer",
        },
    },
    {
        "id": "f22-human-graph-founder-personal-address-walk-and-talk",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Walk & talk – Alex + Tomás",
        "start": "2031-10-03T08:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Tomás Ó Briain", "tomas.obriain@outlook.com"),
        "attendees": [ME],
        "description": (
            "Alex,\n\nSending from my personal address since our company calendar is still a mess (we're four weeks old!). "
            "Let's do a walk along Regent's Canal and talk about you joining Kiln & Copper as our founding backend engineer. "
            "I'll bring coffee.\n\nMeet at the Granary Square steps at 8:30.\n\nTomás\nFounder, Kiln & Copper"
        ),
        "location": "Granary Square steps, King's Cross, London",
        "expect": {
            "interviewers": [
                ("Tomás Ó Briain", "tomas.obriain@outlook.com", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Kiln & Copper",
            "position": "Founding Backend Engineer",
        },
    },
    # --- Graph JSON: near-misses --------------------------------------------------------------
    {
        "id": "f22-graph-non-exit-interview-hr-business-partner",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Exit interview – Alex Morgan",
        "start": "2031-10-29T15:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Okonkwo, Grace", "grace.okonkwo@initech.com"),
        "attendees": [ME_WORK, P("Okonkwo, Grace", "grace.okonkwo@initech.com")],
        "description": (
            "Hi Alex,\n\nBefore your last day on the 31st, I'd like to hold a short exit interview. It's a confidential "
            "conversation about your time at Initech: what worked, what didn't, and anything you'd want your manager's "
            "manager to hear. We'll also go through returning your laptop and badge.\n\n"
            "Grace Okonkwo\nHR Business Partner, Engineering\nInitech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f22-graph-non-reverse-shadow-user-leads-candidate-interview",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Rohan Patel – Staff Software Engineer (reverse shadow: Alex Morgan)",
        "start": "2031-09-17T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Liang, Wei", "wei.liang@initech.com"),
        "attendees": [
            ME_WORK,
            P("Kim, Hye-jin", "hyejin.kim@initech.com"),
            P("Rohan Patel", "rohan.patel.dev@gmail.com"),
        ],
        "description": (
            "Candidate: Rohan Patel\nPosition: Staff Software Engineer, Platform (R-2077)\n"
            "Interview: System Design (60 min)\n\n"
            "Interviewer: Alex Morgan (reverse shadow)\nShadow lead: Hye-jin Kim, Principal Engineer\n\n"
            "Alex, you lead this session; Hye-jin observes and gives you feedback for your interviewer certification. "
            "Please submit your scorecard in Greenhouse within 24 hours.\n\n"
            "Wei Liang\nRecruiting Coordinator, Initech\n\nScheduled via Greenhouse" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f22-graph-non-customer-interview-user-moderates",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Customer interview – Meridian Freight (ops managers) – onboarding pain points",
        "start": "2031-09-24T10:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Renata Flores", "rflores@meridianfreight.com"),
            P("Jack Bremner", "jbremner@meridianfreight.com"),
        ],
        "description": (
            "Hi Renata and Jack,\n\nThanks for agreeing to a customer interview! We'd like to hear how your dispatch team got "
            "set up on Initech Routes and where onboarding slowed you down. I'll take notes; nothing you say will be shared "
            "outside the product team.\n\nAlex Morgan\nProduct Manager, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f22-graph-non-year-end-review-promotion-discussion",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Year-end review – Alex / Priyanka",
        "start": "2031-10-14T16:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Shah, Priyanka", "priyanka.shah@initech.com"),
        "attendees": [ME_WORK, P("Shah, Priyanka", "priyanka.shah@initech.com")],
        "description": (
            "Year-end performance conversation: your self-review, peer feedback, goals for next year and the promotion case "
            "to Senior II. Please finish the self-assessment in Workday before we meet.\n\n"
            "Priyanka Shah\nDirector of Engineering, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f22-graph-non-employer-brand-meet-the-team-interview",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Meet the Team interview – Alex Morgan (careers page video)",
        "start": "2031-10-08T13:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Hoffmann, Lena", "lena.hoffmann@initech.com"),
        "attendees": [
            ME_WORK,
            P("Hoffmann, Lena", "lena.hoffmann@initech.com"),
            P("Studio B", "studio-b@initech.com", room=True),
        ],
        "description": (
            "Hi Alex,\n\nThanks for volunteering! We're interviewing a few engineers on camera for the careers page and the "
            "recruiting blog, so candidates can see who they'd work with. Twenty minutes of questions: why you joined, what "
            "you work on, what you'd tell someone interviewing with us. Wear something without logos.\n\n"
            "Lena Hoffmann\nEmployer Brand Manager, Talent Acquisition, Initech"
        ),
        "location": "Studio B, 2nd floor",
        "expect": None,
    },
]
