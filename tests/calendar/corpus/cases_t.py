# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 't', written by "iwt", someone who does not tune the parser, labelled before any
run of the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no
separate build file or rendered folder; the tuner adds this file to build.py). 60 invites: 45
interviews and 15 non-interviews that mention interviewing, across .ics, Google JSON and Graph
JSON (20 each; 15 interviews and 5 non-interviews per format). The writer never read, imported or
ran the extraction code, the bench or the corpus tests.

The angle is titles, roles, companies and positions where the invite makes them hard: titles only
in a signature block, in a table with columns (time | interviewer | title | focus, or a separate
"Role" column that carries the hiring-manager mark), after a dash, in square brackets, in Workday
label/value lines, in lower-case prose ("who runs our data platform group as its engineering
manager", "our head of production"), in German, French, Spanish, Dutch and Italian; executives
vs people managers vs peers vs recruiters in less common jobs (Chief of Staff, Staff and
Principal Engineer, a law-firm Partner who heads a group, Head Chef, Charge Nurse vs Nurse
Manager, Headteacher, a school Principal, Store Manager, a hotel General Manager, a Head of
Talent who runs the intro herself); companies as written in signatures, "on behalf of", a parent
group against the brand the candidate joins, an agency against its client, domains that differ
from the name; positions with levels, team names, locations, "(Contract)", "- Remote",
employment types and requisition ids. Near-misses are internal or outside events about
interviewing: training, debriefs, calibration, a hiring committee, a loop sync, shadowing, a
reference call, a podcast, a press interview, a user-research session, an alumni admissions
interview, a mock interview, an exit interview, a campus interview day, a meetup panel.

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions: a person called the hiring manager or the candidate's future manager is a
decision_maker with the hiring-manager mark; people-manager titles (engineering manager, manager
of X, head of, director, and their equivalents in other languages: Leiterin, Teamleiter,
Responsable d'équipe, Jefa de, Teamleider, Responsabile) are decision_makers; CEO / founder / CTO /
VP / chief * / general manager are executives unless called the hiring manager (a Chief of Staff
is "chief *": executive, or decision_maker when called the hiring manager); individual-contributor
titles (Staff, Principal, Tech Lead, Charge Nurse, Chef de Partie, product / program manager) are
peers; a recruiter who runs the call is an interviewer (role recruiter) and the recruiter; a team
mailbox recruiter is (None, address); a coordinator without a recruiter is the recruiter; when a
recruiter and a coordinator or sourcer are both named, the recruiter is the recruiter; an agency
consultant who only coordinates is the recruiter, not an interviewer, and the company is the
client; the company is the business the candidate joins (the brand, the hotel, the school, the
hospital), not its parent group or its domain, without legal forms ("GmbH", "LLP", "S.p.A.");
people named without an address have email None; names without honorifics ("Dr.", "Mrs",
"Chef"); a person with no title is role "unknown" with title None; whatever the invite does not
say is None/unknown. Titles are labelled as the invite writes them; a title written in lower case
in running prose is labelled in title case, as a signature would write it ("our head of
production" -> "Head of Production"). Positions leave out requisition ids, employment types
("Full-Time", "Per Diem", "CDI", "32-40 uur"), "(Contract)", gender markers ("(m/w/d)"), shifts,
pay scales and a location or work arrangement appended with a dash, comma or parentheses; a team
or unit name that is part of the job's name ("Software Engineer III, Carrier Integrations",
"Registered Nurse - Med/Surg") and a grade in the name ("Scientist II", "Data Engineer III") are
kept; an internal level code in brackets ("[L5]") is left out; positions in other languages are
kept as written. Likewise a title keeps its team, unit or region ("Nurse Manager, 4 West",
"Operations Director, West Region") but not the employer's name appended to it ("Regional Finance
Director, Bluewater Hotels" -> "Regional Finance Director"; "Store Manager, Harborline Goods" ->
"Store Manager"). "difficulty" is the writer's guess (easy / medium / hard); non-interviews have
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
        "id": "t-greenhouse-ics-pipe-table-title-focus-columns",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Onsite Interview - Senior Backend Engineer, Routing (Req #LF-2219) - Alex Morgan",
        "start": "2031-03-04T09:30",
        "minutes": 180,
        "tz": "America/Chicago",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [
            ME,
            P("Odalys Ferreira", "odalys.ferreira@lkspr.com"),
            P("Tomasz Wierzbicki", "tomasz.w@lkspr.com"),
            P("Ines Achterberg", "ines.achterberg@lkspr.com"),
        ],
        "description": (
            "Hi Alex,\n\nWe're looking forward to hosting you at Larkspur Freight for your onsite. Your schedule:\n\n"
            "Time | Interviewer | Title | Focus\n"
            "9:30 - 10:30 | Odalys Ferreira | Engineering Manager, Routing | Team, scope and your questions (hiring manager)\n"
            "10:30 - 11:30 | Tomasz Wierzbicki | Staff Engineer | System design: dispatch at scale\n"
            "11:30 - 12:30 | Ines Achterberg | Principal Engineer | Code review exercise\n\n"
            "Parking is free in the visitor lot off Fulton St; check in at the front desk.\n\n"
            "Best,\nRhea Castellanos\nTalent Partner, Larkspur Freight\nrhea@lkspr.com"
        ),
        "location": "Larkspur Freight HQ, 1800 W Fulton St, Chicago - 3rd floor",
        "expect": {
            "interviewers": [
                (
                    "Odalys Ferreira",
                    "odalys.ferreira@lkspr.com",
                    "Engineering Manager, Routing",
                    "decision_maker",
                    True,
                ),
                ("Tomasz Wierzbicki", "tomasz.w@lkspr.com", "Staff Engineer", "peer"),
                ("Ines Achterberg", "ines.achterberg@lkspr.com", "Principal Engineer", "peer"),
            ],
            "recruiter": ("Rhea Castellanos", "rhea@lkspr.com"),
            "company": "Larkspur Freight",
            "position": "Senior Backend Engineer, Routing",
        },
    },
    {
        "id": "t-lever-ics-dash-titles-brand-under-parent-group",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Alex Morgan - Design panel - Product Designer II - Remote (US)",
        "start": "2031-03-05T11:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Noor Haddad", "noor.haddad@hartwellgroup.com"),
        "attendees": [
            ME,
            P("Bram Oyelaran", "bram.oyelaran@hartwellgroup.com"),
            P("Celestine Mbatha", "celestine.mbatha@hartwellgroup.com"),
            P("Hollis Varga", "hollis.varga@hartwellgroup.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for making time for the design panel for Fennel & Finch, our home-goods brand. "
            "(Fennel & Finch is part of the Hartwell Brands Group, which is why our addresses look the way they do.)\n\n"
            "You'll meet:\n"
            "- Bram Oyelaran - Director of Product Design (your future manager)\n"
            "- Celestine Mbatha - Senior Product Designer\n"
            "- Hollis Varga - Product Manager, Checkout\n\n"
            "Please have a portfolio piece ready to walk through for about 20 minutes.\n\n"
            "Noor Haddad | Recruiter, Hartwell Brands Group" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Bram Oyelaran",
                    "bram.oyelaran@hartwellgroup.com",
                    "Director of Product Design",
                    "decision_maker",
                    True,
                ),
                (
                    "Celestine Mbatha",
                    "celestine.mbatha@hartwellgroup.com",
                    "Senior Product Designer",
                    "peer",
                ),
                (
                    "Hollis Varga",
                    "hollis.varga@hartwellgroup.com",
                    "Product Manager, Checkout",
                    "peer",
                ),
            ],
            "recruiter": ("Noor Haddad", "noor.haddad@hartwellgroup.com"),
            "company": "Fennel & Finch",
            "position": "Product Designer II",
        },
    },
    {
        "id": "t-icims-ics-bracket-titles-nurse-manager-charge-nurse",
        "format": "ics",
        "style": "icims",
        "difficulty": "hard",
        "prodid": "-//iCIMS//Talent Platform//EN",
        "title": "Interview: Registered Nurse - Med/Surg - Night Shift - Full Time (Job ID 88412)",
        "start": "2031-03-06T14:00",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Perpetua Lindqvist", "plindqvist@covenanthp.org"),
        "attendees": [
            ME,
            P("Marisol Quenneville", "mquenneville@covenanthp.org"),
            P("Desmond Achebe", "dachebe@covenanthp.org"),
        ],
        "description": (
            "Interview Details\n"
            "Candidate: Alex Morgan\n"
            "Position: Registered Nurse - Med/Surg - Night Shift - Full Time\n"
            "Job ID: 88412\n"
            "Facility: St. Brendan's Medical Center, 4 West\n"
            "Interview Type: Panel (in person)\n\n"
            "Interviewers:\n"
            "Marisol Quenneville [Nurse Manager, 4 West]\n"
            "Desmond Achebe [Charge Nurse]\n\n"
            "St. Brendan's Medical Center is a member of Covenant Health Partners.\n\n"
            "Talent Acquisition contact: Perpetua Lindqvist, Nurse Recruiter - plindqvist@covenanthp.org - 720-555-0182"
        ),
        "location": "St. Brendan's Medical Center - 4 West nurses' station",
        "expect": {
            "interviewers": [
                (
                    "Marisol Quenneville",
                    "mquenneville@covenanthp.org",
                    "Nurse Manager, 4 West",
                    "decision_maker",
                ),
                ("Desmond Achebe", "dachebe@covenanthp.org", "Charge Nurse", "peer"),
            ],
            "recruiter": ("Perpetua Lindqvist", "plindqvist@covenanthp.org"),
            "company": "St. Brendan's Medical Center",
            "position": "Registered Nurse - Med/Surg",
        },
    },
    {
        "id": "t-human-ics-ceo-coffee-personal-address-founding",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Coffee - Alex / Ravi",
        "start": "2031-03-07T08:30",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Ravi Menon", "ravi.menon.sf@gmail.com"),
        "attendees": [ME, P("Ravi Menon", "ravi.menon.sf@gmail.com")],
        "description": (
            "Great to be introduced by Lucia! Let's grab a coffee and talk about what we're building and where a "
            "founding engineer might fit as we get the first robots into orchards this summer.\n\n"
            "No prep needed.\n\n"
            "--\nRavi\nCo-founder & CEO, Tallgrass Robotics"
        ),
        "location": "Sightglass Coffee, 270 7th St, San Francisco",
        "expect": {
            "interviewers": [
                ("Ravi Menon", "ravi.menon.sf@gmail.com", "Co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Tallgrass Robotics",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "t-workday-ics-german-titles-leiterin-teamleiter",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Vorstellungsgespräch: Softwareentwickler Embedded (m/w/d) – Vollzeit – Stuttgart (JR-20419)",
        "start": "2031-03-10T10:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P(None, "kessler-at@myworkday.com"),
        "attendees": [
            ME,
            P("Henrike Albers", "henrike.albers@kessler-at.de"),
            P("Jonas Petrović", "jonas.petrovic@kessler-at.de"),
        ],
        "description": (
            "Sehr geehrte/r Alex Morgan,\n\n"
            "vielen Dank für Ihre Bewerbung bei der Kessler Antriebstechnik GmbH. Wir freuen uns, Sie zu einem "
            "Vorstellungsgespräch für die Position Softwareentwickler Embedded (m/w/d) einzuladen.\n\n"
            "Ihre Gesprächspartner:\n"
            "Dr. Henrike Albers, Leiterin Softwareentwicklung (Ihre zukünftige Vorgesetzte)\n"
            "Jonas Petrović, Teamleiter Firmware\n\n"
            "Bitte bringen Sie einen Lichtbildausweis mit und melden Sie sich am Empfang in Gebäude B.\n\n"
            "Ihre Ansprechpartnerin im Recruiting:\n"
            "Svenja Korte\nRecruiterin\nsvenja.korte@kessler-at.de\n+49 711 5550 318\n\n"
            "Kessler Antriebstechnik GmbH · Heilbronner Str. 190 · 70191 Stuttgart"
        ),
        "location": "Kessler Antriebstechnik, Gebäude B, Besprechungsraum 2.14",
        "expect": {
            "interviewers": [
                (
                    "Henrike Albers",
                    "henrike.albers@kessler-at.de",
                    "Leiterin Softwareentwicklung",
                    "decision_maker",
                    True,
                ),
                (
                    "Jonas Petrović",
                    "jonas.petrovic@kessler-at.de",
                    "Teamleiter Firmware",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Svenja Korte", "svenja.korte@kessler-at.de"),
            "company": "Kessler Antriebstechnik",
            "position": "Softwareentwickler Embedded",
        },
    },
    {
        "id": "t-human-ics-hm-signature-block-staff-in-prose",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Platform chat: Alex / Gideon",
        "start": "2031-03-11T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Gideon Marsh", "gideon@orbweaver.dev"),
        "attendees": [
            ME,
            P("Gideon Marsh", "gideon@orbweaver.dev"),
            P("Priscilla Nakashima", "priscilla@orbweaver.dev"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying for the senior platform engineer opening. I'd like to use this hour to "
            "walk you through how we run our Kubernetes fleet and hear how you'd approach our multi-region rollout. "
            "I've asked Priscilla to join as well; she's one of our staff engineers and has owned most of the "
            "cluster tooling.\n\n"
            "Best,\nGideon Marsh\nHead of Platform Engineering\nOrbweaver Labs | orbweaver.dev"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Gideon Marsh",
                    "gideon@orbweaver.dev",
                    "Head of Platform Engineering",
                    "decision_maker",
                ),
                ("Priscilla Nakashima", "priscilla@orbweaver.dev", "Staff Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Orbweaver Labs",
            "position": "Senior Platform Engineer",
        },
    },
    {
        "id": "t-human-ics-agency-books-client-site-managers",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Client interview - Warehouse Operations Supervisor (Contract-to-Hire) - Meridian Cold Chain",
        "start": "2031-03-12T13:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Lorcan Dempsey", "ldempsey@beacontalent.co"),
        "attendees": [
            ME,
            P("Yusuf Karaca", "ykaraca@meridiancc.com"),
            P("Imogen Holt", "iholt@meridiancc.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, Meridian Cold Chain would like to meet you at their Reno distribution centre. "
            "You'll sit down with:\n\n"
            "Yusuf Karaca – Operations Director, West Region\n"
            "Imogen Holt – Site Manager, Reno DC\n\n"
            "I won't be joining, but call me straight after so we can debrief. Wear closed-toe shoes; they may "
            "take you onto the floor.\n\n"
            "Kind regards,\n\nLorcan Dempsey\nSenior Consultant | Supply Chain & Logistics\n"
            "Beacon Talent Partners\nM: 775-555-0107"
        ),
        "location": "Meridian Cold Chain, 9450 Gateway Dr, Reno NV - main reception",
        "expect": {
            "interviewers": [
                (
                    "Yusuf Karaca",
                    "ykaraca@meridiancc.com",
                    "Operations Director, West Region",
                    "decision_maker",
                ),
                ("Imogen Holt", "iholt@meridiancc.com", "Site Manager, Reno DC", "decision_maker"),
            ],
            "recruiter": ("Lorcan Dempsey", "ldempsey@beacontalent.co"),
            "company": "Meridian Cold Chain",
            "position": "Warehouse Operations Supervisor",
        },
    },
    {
        "id": "t-smartrecruiters-ics-store-manager-district-brand",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "prodid": "-//SmartRecruiters//SmartRecruiters Calendar//EN",
        "title": "Interview for Assistant Store Manager - Portland Pearl District - Full-Time (REQ-55102)",
        "start": "2031-03-13T10:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "careers@alderretail.com"),
        "attendees": [
            ME,
            P("Nadia Ferrante", "nferrante@alderretail.com"),
            P("Owen Prescott", "oprescott@alderretail.com"),
        ],
        "description": (
            "Dear Alex,\n\nYou are invited to an interview with Juniper & Pine for the Assistant Store Manager position.\n\n"
            "Hiring team:\n"
            "Nadia Ferrante, Store Manager (Hiring Manager)\n"
            "Owen Prescott, District Manager\n\n"
            "Please come to the store and ask any associate for Nadia.\n\n"
            "Questions? Reach our recruiting team at careers@alderretail.com.\n\n"
            "Juniper & Pine | An Alder Retail Group brand"
        ),
        "location": "Juniper & Pine, 1025 NW Couch St, Portland OR",
        "expect": {
            "interviewers": [
                (
                    "Nadia Ferrante",
                    "nferrante@alderretail.com",
                    "Store Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Owen Prescott",
                    "oprescott@alderretail.com",
                    "District Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "careers@alderretail.com"),
            "company": "Juniper & Pine",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "t-gem-ics-sourcer-books-ta-partner-runs-screen",
        "format": "ics",
        "style": "gem",
        "difficulty": "medium",
        "prodid": "-//Gem//Gem Scheduling//EN",
        "title": "Quarry Bio <> Alex Morgan | Scientist II, Protein Engineering (Contract)",
        "start": "2031-03-14T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Wes Ahlberg", "wes@qbio.ai"),
        "attendees": [ME, P("Tamsin Okafor", "tamsin@qbio.ai")],
        "description": (
            "Hi Alex,\n\nThanks for replying to my note! I've booked you a first call with Tamsin Okafor, our Senior "
            "Talent Acquisition Partner, who is your recruiter for the Scientist II, Protein Engineering role "
            "(12-month contract, Cambridge MA). She'll walk you through the team and the process.\n\n"
            "Cheers,\nWes Ahlberg\nSourcing Lead, Quarry Bio" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Tamsin Okafor",
                    "tamsin@qbio.ai",
                    "Senior Talent Acquisition Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Tamsin Okafor", "tamsin@qbio.ai"),
            "company": "Quarry Bio",
            "position": "Scientist II, Protein Engineering",
        },
    },
    {
        "id": "t-human-ics-law-firm-partner-heads-group",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Second interview - Employment Associate - Whitcombe Ashby",
        "start": "2031-03-17T16:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Harriet Quaye", "harriet.quaye@wa-law.com"),
        "attendees": [
            ME,
            P("Meredith Cole", "meredith.cole@wa-law.com"),
            P("Jasper Ng", "jasper.ng@wa-law.com"),
        ],
        "description": (
            "Dear Alex,\n\nFurther to your first interview, I am pleased to confirm your second interview for the "
            "Employment Associate position (2-4 PQE) at our London office.\n\n"
            "You will meet Meredith Cole, Partner, who heads the Employment group, and Jasper Ng, Senior Associate "
            "in the same team. Please allow an extra 15 minutes for a short written exercise beforehand.\n\n"
            "Yours sincerely,\n\nHarriet Quaye\nLateral Recruitment Manager\nWhitcombe Ashby LLP\n"
            "1 Fenchurch Place, London EC3M"
        ),
        "location": "Whitcombe Ashby LLP, 1 Fenchurch Place, London - Reception, 6th floor",
        "expect": {
            "interviewers": [
                ("Meredith Cole", "meredith.cole@wa-law.com", "Partner", "decision_maker"),
                ("Jasper Ng", "jasper.ng@wa-law.com", "Senior Associate", "peer"),
            ],
            "recruiter": ("Harriet Quaye", "harriet.quaye@wa-law.com"),
            "company": "Whitcombe Ashby",
            "position": "Employment Associate",
        },
    },
    {
        "id": "t-modernloop-ics-lowercase-prose-titles",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "hard",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "Virtual onsite: Data Engineer III - Hybrid (Chicago) | Sable & Quill Media",
        "start": "2031-03-18T10:00",
        "minutes": 150,
        "tz": "America/Chicago",
        "organizer": P("Sable & Quill Scheduling", "scheduling@sqmedia.co"),
        "attendees": [
            ME,
            P("Dana Whitfield", "dana.whitfield@sqmedia.co"),
            P("Kofi Asamoah", "kofi.asamoah@sqmedia.co"),
            P("Mirela Popa", "mirela.popa@sqmedia.co"),
        ],
        "description": (
            "Hi Alex, here's how your virtual onsite will run.\n\n"
            "First you'll meet Dana Whitfield, who runs our data platform group as its engineering manager (45 min). "
            "Then Kofi Asamoah, a senior data engineer on the ingestion team, will pair with you on a pipeline "
            "exercise (60 min). Last, Mirela Popa from our analytics side - she's a principal analyst - will talk "
            "through how the warehouse is used downstream (45 min).\n\n"
            "Your recruiter, Beatriz Olmos (beatriz@sqmedia.co), will follow up afterwards.\n\n"
            "Sent via ModernLoop on behalf of Sable & Quill Media" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Dana Whitfield",
                    "dana.whitfield@sqmedia.co",
                    "Engineering Manager",
                    "decision_maker",
                ),
                ("Kofi Asamoah", "kofi.asamoah@sqmedia.co", "Senior Data Engineer", "peer"),
                ("Mirela Popa", "mirela.popa@sqmedia.co", "Principal Analyst", "peer"),
            ],
            "recruiter": ("Beatriz Olmos", "beatriz@sqmedia.co"),
            "company": "Sable & Quill Media",
            "position": "Data Engineer III",
        },
    },
    {
        "id": "t-calendly-ics-chief-of-staff-intro",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "30 Minute Intro Call between Farida Benali and Alex Morgan",
        "start": "2031-03-19T11:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Farida Benali", "farida@lumenforge.com"),
        "attendees": [ME, P("Farida Benali", "farida@lumenforge.com")],
        "description": (
            "Event Name: 30 Minute Intro Call\n\n"
            "Hi! I'm Farida, Chief of Staff to the CEO at Lumenforge. Looking forward to talking about the Business "
            "Operations Lead role and how it works with our exec team.\n\n"
            "Please share anything that will help prepare for our meeting:\n"
            "Resume attached to my application.\n\n"
            "Location: This is a Google Meet web conference. https://meet.google.com/xho-ttra-pqm\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/5a1f\n"
            "Reschedule: https://calendly.com/reschedulings/5a1f\n\nPowered by Calendly.com"
        ),
        "location": "https://meet.google.com/xho-ttra-pqm",
        "expect": {
            "interviewers": [
                (
                    "Farida Benali",
                    "farida@lumenforge.com",
                    "Chief of Staff to the CEO",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Lumenforge",
            "position": "Business Operations Lead",
        },
    },
    {
        "id": "t-human-ics-school-panel-headteacher-no-addresses",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview: Teacher of Mathematics (MPS/UPS) – Thornfield Academy",
        "start": "2031-03-20T09:00",
        "minutes": 240,
        "tz": "Europe/London",
        "organizer": P("Stacey-Ann Gordon", "recruitment@ridgewaytrust.org.uk"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nThank you for your application for the post of Teacher of Mathematics at Thornfield "
            "Academy. I am pleased to invite you to interview.\n\n"
            "The day will include a 30-minute lesson to a Year 9 group, a student panel and a formal interview.\n\n"
            "Interview panel:\n"
            "Mrs Gwen Pryce – Headteacher\n"
            "Mr Idris Okoro – Head of Mathematics\n"
            "Mr Callum Reeve – Teacher of Mathematics\n\n"
            "Please bring photo ID and original certificates for safer-recruitment checks.\n\n"
            "Kind regards,\nStacey-Ann Gordon\nHR Officer, Ridgeway Learning Trust\n"
            "on behalf of Thornfield Academy"
        ),
        "location": "Thornfield Academy, Main Reception",
        "expect": {
            "interviewers": [
                ("Gwen Pryce", None, "Headteacher", "decision_maker"),
                ("Idris Okoro", None, "Head of Mathematics", "decision_maker"),
                ("Callum Reeve", None, "Teacher of Mathematics", "peer"),
            ],
            "recruiter": ("Stacey-Ann Gordon", "recruitment@ridgewaytrust.org.uk"),
            "company": "Thornfield Academy",
            "position": "Teacher of Mathematics",
        },
    },
    {
        "id": "t-greenhouse-ics-french-titles-em-dash",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Entretien technique – Développeur·se Back-end Senior (CDI) – Lyon",
        "start": "2031-03-21T14:30",
        "minutes": 90,
        "tz": "Europe/Paris",
        "organizer": P("Clémence Aubry", "clemence.aubry@verlaine-group.fr"),
        "attendees": [
            ME,
            P("Élodie Marchand", "elodie.marchand@verlaine-group.fr"),
            P("Hugo Lefèvre", "hugo.lefevre@verlaine-group.fr"),
            P("Yanis Belkacem", "yanis.belkacem@verlaine-group.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nVoici le déroulé de votre entretien technique chez Maison Verlaine :\n\n"
            "14h30 – Élodie Marchand — Responsable de l'équipe Plateforme\n"
            "15h00 – Yanis Belkacem — Développeur senior (exercice de code)\n"
            "15h40 – Hugo Lefèvre — Directeur technique\n\n"
            "N'hésitez pas à me contacter pour toute question.\n\n"
            "Clémence Aubry\nChargée de recrutement – Maison Verlaine\n"
            "clemence.aubry@verlaine-group.fr" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Élodie Marchand",
                    "elodie.marchand@verlaine-group.fr",
                    "Responsable de l'équipe Plateforme",
                    "decision_maker",
                ),
                (
                    "Hugo Lefèvre",
                    "hugo.lefevre@verlaine-group.fr",
                    "Directeur technique",
                    "executive",
                ),
                (
                    "Yanis Belkacem",
                    "yanis.belkacem@verlaine-group.fr",
                    "Développeur senior",
                    "peer",
                ),
            ],
            "recruiter": ("Clémence Aubry", "clemence.aubry@verlaine-group.fr"),
            "company": "Maison Verlaine",
            "position": "Développeur·se Back-end Senior",
        },
    },
    {
        "id": "t-lever-ics-head-chef-kitchen-trial-brand",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Kitchen trial – Line Cook (Part-Time) – Osteria Calla",
        "start": "2031-03-24T15:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Tidewater Hospitality Talent", "jobs@tidewaterhg.com"),
        "attendees": [
            ME,
            P("Matteo Brivio", "matteo.brivio@tidewaterhg.com"),
            P("Ayesha Raman", "ayesha.raman@tidewaterhg.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou're booked for a paid kitchen trial at Osteria Calla, one of the Tidewater Hospitality "
            "Group restaurants.\n\n"
            "Who you'll cook with:\n"
            "Chef Matteo Brivio (Head Chef) - he's the hiring manager\n"
            "Ayesha Raman (Chef de Partie, Pastry)\n\n"
            "Bring your own knives, non-slip shoes and a food handler card. Whites are provided.\n\n"
            "- Talent team, Tidewater Hospitality Group"
        ),
        "location": "Osteria Calla, 412 Bowery Ave, Charleston SC - staff entrance on Pine Alley",
        "expect": {
            "interviewers": [
                (
                    "Matteo Brivio",
                    "matteo.brivio@tidewaterhg.com",
                    "Head Chef",
                    "decision_maker",
                    True,
                ),
                ("Ayesha Raman", "ayesha.raman@tidewaterhg.com", "Chef de Partie, Pastry", "peer"),
            ],
            "recruiter": (None, "jobs@tidewaterhg.com"),
            "company": "Osteria Calla",
            "position": "Line Cook",
        },
    },
    # --- .ics: non-interviews -----------------------------------------------------------------
    {
        "id": "t-ics-non-structured-interviewing-workshop",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Structured Interviewing Workshop for Hiring Managers",
        "start": "2031-03-05T13:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Corinne Baptiste", "corinne.baptiste@initech.com"),
        "attendees": [
            ME_WORK,
            P("Malik Osei", "malik.osei@initech.com"),
            P("Harper Lindgren", "harper.lindgren@initech.com"),
        ],
        "description": (
            "Hi all,\n\nAs we open 14 new roles this quarter, every hiring manager and interviewer needs this "
            "refresher: writing a structured interview plan, scoring against the rubric, avoiding leading questions "
            "and writing feedback within 24 hours.\n\n"
            "Corinne Baptiste\nHead of Talent Acquisition, Initech" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": None,
    },
    {
        "id": "t-ics-non-debrief-staff-engineer-candidate",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Debrief: Staff Engineer, Infrastructure - candidate Jordan P.",
        "start": "2031-03-12T16:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [
            ME_WORK,
            P("Ruth Okonkwo", "ruth.okonkwo@initech.com"),
            P("Sven Halvorsen", "sven.halvorsen@initech.com"),
        ],
        "description": (
            "Interview debrief for Jordan P. (Staff Engineer, Infrastructure).\n\n"
            "Panel: Ruth Okonkwo (Engineering Manager, hiring manager), Sven Halvorsen (Principal Engineer), "
            "Alex Morgan (Senior Software Engineer).\n\n"
            "Please submit your scorecard in Greenhouse before the debrief starts."
        ),
        "location": "Initech HQ - Room 5B Marigold",
        "expect": None,
    },
    {
        "id": "t-ics-non-podcast-guest-recording",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//macOS 14.4//EN",
        "title": "Interview recording – The Build Log podcast (ep. 88)",
        "start": "2031-03-15T17:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Seb Adeyemi", "seb@buildlogpod.fm"),
        "attendees": [ME, P("Seb Adeyemi", "seb@buildlogpod.fm")],
        "description": (
            "Hey Alex,\n\nLooking forward to having you on the show! We'll talk about your migration to event "
            "sourcing and what you learned running on-call for it. I'll send questions ahead; the interview "
            "itself is relaxed and we edit out any stumbles.\n\n"
            "Please use headphones and a wired connection if you can.\n\n"
            "Seb Adeyemi\nHost & Producer, The Build Log\nRecording link: https://riverside.fm/studio/buildlog"
        ),
        "location": "https://riverside.fm/studio/buildlog",
        "expect": None,
    },
    {
        "id": "t-ics-non-alumni-admissions-interviewer",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alumni interview – applicant Priya S. (Class of 2035)",
        "start": "2031-03-16T10:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Alumni Interview Program", "alumni-interviews@kestrel.edu"),
        "attendees": [ME, P("Priya Sundaresan", "priya.sundaresan.app@gmail.com")],
        "description": (
            "Thank you for volunteering as an alumni interviewer for Kestrel College admissions.\n\n"
            "Applicant: Priya Sundaresan, Westbrook High School\n"
            "Intended major: Mechanical Engineering\n\n"
            "Please submit your interview report within 48 hours via the alumni portal. "
            "Questions: Tomas Reyes, Associate Director of Admissions."
        ),
        "location": "Panera Bread, 88 Main St, Westbrook",
        "expect": None,
    },
    {
        "id": "t-ics-non-mock-interview-with-coach",
        "format": "ics",
        "style": "calendly",
        "difficulty": "hard",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Mock Interview: System Design (60 min) between Nell Ashdown and Alex Morgan",
        "start": "2031-03-18T19:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Nell Ashdown", "nell@offerready.coach"),
        "attendees": [ME, P("Nell Ashdown", "nell@offerready.coach")],
        "description": (
            "Event Name: Mock Interview: System Design (60 min)\n\n"
            "Practice session with Nell Ashdown, Interview Coach and former Staff Engineer. You'll get a realistic "
            "design prompt, a scorecard like the ones hiring panels use, and written feedback afterwards.\n\n"
            "Please share anything that will help prepare for our meeting:\n"
            "Preparing for senior backend loops at two companies next month.\n\n"
            "Payment: $140.00 USD\n\nPowered by Calendly.com"
        ),
        "location": "Zoom - link in confirmation email",
        "expect": None,
    },
    # --- Google: interviews -------------------------------------------------------------------
    {
        "id": "t-greenhouse-google-html-table-columns-vp-and-manager",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview with Corvid Security for Senior Detection Engineer (R-00917)",
        "start": "2031-04-01T10:00",
        "minutes": 150,
        "tz": "America/New_York",
        "organizer": P("Marguerite Li", "marguerite.li@corvidsec.com"),
        "attendees": [
            ME,
            P("Marguerite Li", "marguerite.li@corvidsec.com"),
            P("Sana Qureshi", "sana.qureshi@corvidsec.com"),
            P("Ludo Bakker", "ludo.bakker@corvidsec.com"),
            P("Abigail Osei", "abigail.osei@corvidsec.com"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Here is your virtual onsite schedule. All sessions use the Meet link on this invite.</p>"
            "<table><tr><th>Time (ET)</th><th>Interviewer</th><th>Title</th><th>Focus</th></tr>"
            "<tr><td>10:00</td><td>Sana Qureshi</td><td>Manager, Detection &amp; Response</td><td>Experience deep-dive</td></tr>"
            "<tr><td>10:45</td><td>Ludo Bakker</td><td>Staff Security Engineer</td><td>Detection logic exercise</td></tr>"
            "<tr><td>11:45</td><td>Abigail Osei</td><td>VP, Security Operations</td><td>Values &amp; leadership</td></tr>"
            "</table><p>I'll be on the first two minutes to make introductions and will then drop off.</p>"
            "<p>Marguerite Li<br>Technical Recruiter<br>Corvid Security</p>" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Sana Qureshi",
                    "sana.qureshi@corvidsec.com",
                    "Manager, Detection & Response",
                    "decision_maker",
                ),
                ("Ludo Bakker", "ludo.bakker@corvidsec.com", "Staff Security Engineer", "peer"),
                (
                    "Abigail Osei",
                    "abigail.osei@corvidsec.com",
                    "VP, Security Operations",
                    "executive",
                ),
            ],
            "recruiter": ("Marguerite Li", "marguerite.li@corvidsec.com"),
            "company": "Corvid Security",
            "position": "Senior Detection Engineer",
        },
    },
    {
        "id": "t-ashby-google-initials-addresses-coordinator-only",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan - Design Onsite - Senior Product Designer, Patient Experience",
        "start": "2031-04-02T13:00",
        "minutes": 135,
        "tz": "America/Los_Angeles",
        "organizer": P("Teodora Ilić", "teodora@velarium.com"),
        "attendees": [
            ME,
            P(None, "kj@velarium.com"),
            P(None, "rt@velarium.com"),
            P(None, "ov@velarium.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour onsite with Velarium Health is confirmed.\n\n"
            "1:00 PM - Katherine Jovanovic, Head of Design (hiring manager) - portfolio review\n"
            "1:45 PM - Rui Tavares, Senior Product Designer - whiteboard exercise\n"
            "2:30 PM - Oona Virtanen, Product Manager - product sense\n\n"
            "Coordinator: Teodora Ilić (teodora@velarium.com)\n\n"
            "Powered by Ashby" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Katherine Jovanovic",
                    "kj@velarium.com",
                    "Head of Design",
                    "decision_maker",
                    True,
                ),
                ("Rui Tavares", "rt@velarium.com", "Senior Product Designer", "peer"),
                ("Oona Virtanen", "ov@velarium.com", "Product Manager", "peer"),
            ],
            "recruiter": ("Teodora Ilić", "teodora@velarium.com"),
            "company": "Velarium Health",
            "position": "Senior Product Designer, Patient Experience",
        },
    },
    {
        "id": "t-human-google-on-behalf-head-of-production-prose",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Call re: Production Shift Lead role",
        "start": "2031-04-03T09:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Tilly Marsh", "tilly.marsh@kwbakes.co.uk"),
        "attendees": [
            ME,
            P("Tilly Marsh", "tilly.marsh@kwbakes.co.uk"),
            P("Priya Ramaswamy", "p.ramaswamy@kwbakes.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nI'm writing on behalf of Kettlewell Bakehouse to set up your conversation with Priya "
            "Ramaswamy, our head of production at the Leeds bakery, about the Production Shift Lead role. I'll "
            "join for the first few minutes to introduce you both.\n\n"
            "Many thanks,\nTilly\n\nTilly Marsh | People Coordinator\nKettlewell Bakehouse Ltd"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Priya Ramaswamy",
                    "p.ramaswamy@kwbakes.co.uk",
                    "Head of Production",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Tilly Marsh", "tilly.marsh@kwbakes.co.uk"),
            "company": "Kettlewell Bakehouse",
            "position": "Production Shift Lead",
        },
    },
    {
        "id": "t-lever-google-spanish-titles-jefa",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Entrevista – Ingeniero/a de Datos Senior – Remoto (España)",
        "start": "2031-04-04T16:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Marta Gil", "marta.gil@nubarron.io"),
        "attendees": [
            ME,
            P("Lucía Ferrer", "lucia.ferrer@nubarron.io"),
            P("Andrés Salcedo", "andres.salcedo@nubarron.io"),
        ],
        "description": (
            "¡Hola Alex!\n\nGracias por tu interés en Nubarrón Software. Te confirmo la entrevista técnica:\n\n"
            "Entrevistadores:\n"
            "• Lucía Ferrer, Jefa de Ingeniería de Datos (será tu responsable directa)\n"
            "• Andrés Salcedo, Arquitecto de Datos\n\n"
            "Un saludo,\nMarta Gil\nTalent Acquisition · Nubarrón Software S.L." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Lucía Ferrer",
                    "lucia.ferrer@nubarron.io",
                    "Jefa de Ingeniería de Datos",
                    "decision_maker",
                    True,
                ),
                ("Andrés Salcedo", "andres.salcedo@nubarron.io", "Arquitecto de Datos", "peer"),
            ],
            "recruiter": ("Marta Gil", "marta.gil@nubarron.io"),
            "company": "Nubarrón Software",
            "position": "Ingeniero/a de Datos Senior",
        },
    },
    {
        "id": "t-goodtime-google-name-address-dash-title-mailbox",
        "format": "google",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Parcelwise Interview: Software Engineer III, Carrier Integrations - Remote (Canada)",
        "start": "2031-04-07T11:00",
        "minutes": 120,
        "tz": "America/Toronto",
        "organizer": P("Parcelwise Interviews", "interviews@parcelwise.com"),
        "attendees": [
            ME,
            P("Desmond Farrow", "dfarrow@parcelwise.com"),
            P("Anaïs Girard", "agirard@parcelwise.com"),
            P("Reza Tehrani", "rtehrani@parcelwise.com"),
        ],
        "description": (
            "Hello Alex,\n\nHere are the details of your interview.\n\n"
            "11:00 AM Desmond Farrow <dfarrow@parcelwise.com> - Sr. Manager, Software Engineering\n"
            "11:45 AM Anaïs Girard <agirard@parcelwise.com> - Software Engineer III\n"
            "12:30 PM Reza Tehrani <rtehrani@parcelwise.com> - Senior Engineering Program Manager\n\n"
            "Recruiter: Lena Sørensen (lena.sorensen@parcelwise.com)\n\n"
            "Parcelwise, a Hollins Logistics company\nScheduled with GoodTime" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Desmond Farrow",
                    "dfarrow@parcelwise.com",
                    "Sr. Manager, Software Engineering",
                    "decision_maker",
                ),
                ("Anaïs Girard", "agirard@parcelwise.com", "Software Engineer III", "peer"),
                (
                    "Reza Tehrani",
                    "rtehrani@parcelwise.com",
                    "Senior Engineering Program Manager",
                    "peer",
                ),
            ],
            "recruiter": ("Lena Sørensen", "lena.sorensen@parcelwise.com"),
            "company": "Parcelwise",
            "position": "Software Engineer III, Carrier Integrations",
        },
    },
    {
        "id": "t-human-google-school-principal-district-mailbox",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview – 3rd Grade Teacher (2031-32 School Year)",
        "start": "2031-04-08T15:30",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Renata Okonjo", "rokonjo@cvusd.org"),
        "attendees": [
            ME,
            P("Renata Okonjo", "rokonjo@cvusd.org"),
            P("Theo Lindqvist", "tlindqvist@cvusd.org"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in teaching at Linden Grove Elementary. Principal Okonjo will "
            "lead the interview, joined by Mr. Lindqvist, our 3rd grade team lead. Please be ready to share a "
            "short literacy lesson you have taught.\n\n"
            "Dr. Renata Okonjo, Principal\nLinden Grove Elementary\n\n"
            "For paperwork and credential questions, contact Certificated Staffing at hr-certificated@cvusd.org."
        ),
        "location": "Linden Grove Elementary - Room 14 (library)",
        "expect": {
            "interviewers": [
                ("Renata Okonjo", "rokonjo@cvusd.org", "Principal", "decision_maker"),
                ("Theo Lindqvist", "tlindqvist@cvusd.org", "3rd Grade Team Lead", "peer"),
            ],
            "recruiter": (None, "hr-certificated@cvusd.org"),
            "company": "Linden Grove Elementary",
            "position": "3rd Grade Teacher",
        },
    },
    {
        "id": "t-calendly-google-host-title-dot-at-company",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Team chat (45 min) between Imani Brooks and Alex Morgan",
        "start": "2031-04-09T14:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Imani Brooks", "imani@tessellate.so"),
        "attendees": [ME, P("Imani Brooks", "imani@tessellate.so")],
        "description": (
            "Event Name: Team chat (45 min)\n\n"
            "Host: Imani Brooks · Staff Engineer at Tessellate\n\n"
            "A relaxed peer conversation for candidates in the Senior Software Engineer, Billing process: how we "
            "ship, on-call, and anything you'd like to ask an engineer on the team.\n\n"
            "Questions about your process? Your recruiter is Gavin Oduya (gavin@tessellate.so).\n\n"
            "Powered by Calendly.com" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Imani Brooks", "imani@tessellate.so", "Staff Engineer", "peer"),
            ],
            "recruiter": ("Gavin Oduya", "gavin@tessellate.so"),
            "company": "Tessellate",
            "position": "Senior Software Engineer, Billing",
        },
    },
    {
        "id": "t-workday-google-hotel-brand-finance-line-manager",
        "format": "google",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Scheduled: Finance Business Partner (JR0045512)",
        "start": "2031-04-10T10:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P(None, "arcadialeisure@myworkday.com"),
        "attendees": [
            ME,
            P("Caspian Hale", "caspian.hale@arcadialeisure.com"),
            P("Wen Zhao", "wen.zhao@arcadialeisure.com"),
        ],
        "description": (
            "Interview Details\n\n"
            "Job Requisition: JR0045512 Finance Business Partner\n"
            "Company: Bluewater Hotels & Resorts (Arcadia Leisure Group)\n"
            "Interview Type: Video\n\n"
            "Interviewer: Caspian Hale (Regional Finance Director, Bluewater Hotels)\n"
            "Interviewer: Wen Zhao (Finance Manager, your future line manager)\n\n"
            "Recruiter: Anouk de Vries\n\n"
            "This is a system-generated message from Workday." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Caspian Hale",
                    "caspian.hale@arcadialeisure.com",
                    "Regional Finance Director",
                    "decision_maker",
                ),
                (
                    "Wen Zhao",
                    "wen.zhao@arcadialeisure.com",
                    "Finance Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Anouk de Vries", None),
            "company": "Bluewater Hotels & Resorts",
            "position": "Finance Business Partner",
        },
    },
    {
        "id": "t-gem-google-recruiter-screen-domain-differs",
        "format": "google",
        "style": "gem",
        "difficulty": "medium",
        "title": "Alex / Pallas Aerospace – intro call (GNC Engineer)",
        "start": "2031-04-11T12:30",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Serafina Costa", "serafina@pallas.space"),
        "attendees": [ME, P("Serafina Costa", "serafina@pallas.space")],
        "description": (
            "Hi Alex,\n\nLooking forward to our chat about the GNC Engineer, Launch Vehicles opening – El Segundo, CA "
            "(Onsite). I'll cover the team, the interview steps and what you're looking for.\n\n"
            "Serafina Costa\nPrincipal Technical Recruiter | Pallas Aerospace\n\nSent with Gem"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Serafina Costa",
                    "serafina@pallas.space",
                    "Principal Technical Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Serafina Costa", "serafina@pallas.space"),
            "company": "Pallas Aerospace",
            "position": "GNC Engineer, Launch Vehicles",
        },
    },
    {
        "id": "t-human-google-dutch-signature-teamleider",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Kennismaking Data Scientist (32-40 uur)",
        "start": "2031-04-14T13:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Sanne Vermeulen", "sanne.vermeulen@polderlicht.nl"),
        "attendees": [
            ME,
            P("Sanne Vermeulen", "sanne.vermeulen@polderlicht.nl"),
            P("Bas de Groot", "bas.degroot@polderlicht.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nLeuk dat je wilt kennismaken! Ik ben de hiring manager voor deze rol. Mijn collega Bas de "
            "Groot (Senior Data Scientist) sluit ook aan; hij vertelt je graag hoe we onze voorspellingsmodellen "
            "voor het net bouwen.\n\n"
            "Met vriendelijke groet,\n\nSanne Vermeulen\nTeamleider Data Science | Polderlicht Energie B.V.\n"
            "+31 20 555 0144" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Sanne Vermeulen",
                    "sanne.vermeulen@polderlicht.nl",
                    "Teamleider Data Science",
                    "decision_maker",
                    True,
                ),
                ("Bas de Groot", "bas.degroot@polderlicht.nl", "Senior Data Scientist", "peer"),
            ],
            "recruiter": None,
            "company": "Polderlicht Energie",
            "position": "Data Scientist",
        },
    },
    {
        "id": "t-smartrecruiters-google-cro-director-specialist",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Brightline Ledger | Panel interview | Sales Enablement Specialist",
        "start": "2031-04-15T11:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Jonah Whitlock", "jonah.whitlock@brightlineledger.com"),
        "attendees": [
            ME,
            P("Gloria Amadi", "gloria.amadi@brightlineledger.com"),
            P("Pieter Claes", "pieter.claes@brightlineledger.com"),
            P("Hana Sato", "hana.sato@brightlineledger.com"),
        ],
        "description": (
            "Dear Alex,\n\nThe hiring team would like to meet you for a panel interview.\n\n"
            "Hiring team\n"
            "Gloria Amadi — Director, Sales Enablement (Hiring Manager)\n"
            "Pieter Claes — Chief Revenue Officer\n"
            "Hana Sato — Senior Enablement Specialist\n\n"
            "Your recruiter: Jonah Whitlock\n\n"
            "This invitation was sent via SmartRecruiters." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Gloria Amadi",
                    "gloria.amadi@brightlineledger.com",
                    "Director, Sales Enablement",
                    "decision_maker",
                    True,
                ),
                (
                    "Pieter Claes",
                    "pieter.claes@brightlineledger.com",
                    "Chief Revenue Officer",
                    "executive",
                ),
                (
                    "Hana Sato",
                    "hana.sato@brightlineledger.com",
                    "Senior Enablement Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Jonah Whitlock", "jonah.whitlock@brightlineledger.com"),
            "company": "Brightline Ledger",
            "position": "Sales Enablement Specialist",
        },
    },
    {
        "id": "t-modernloop-google-square-bracket-titles-level-code",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Interview: Senior Machine Learning Engineer, Ranking [L5] - ML Systems",
        "start": "2031-04-16T09:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Priyanka Sethi", "priyanka.sethi@hollowtree.ai"),
        "attendees": [
            ME,
            P("Xiadani Ruiz", "xiadani.ruiz@hollowtree.ai"),
            P("Bogdan Ilie", "bogdan.ilie@hollowtree.ai"),
        ],
        "description": (
            "Hi Alex - this is session 2 of 3 of your Hollowtree AI loop.\n\n"
            "9:00 - 9:45  Xiadani Ruiz [Staff Machine Learning Engineer] - ML systems design\n"
            "9:45 - 10:30  Bogdan Ilie [Senior Manager, ML Platform] (hiring manager) - past projects\n\n"
            "Coordinator: Priyanka Sethi\n"
            "Recruiter: Tobias Engel (tobias.engel@hollowtree.ai)\n\n"
            "Scheduled via ModernLoop" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Xiadani Ruiz",
                    "xiadani.ruiz@hollowtree.ai",
                    "Staff Machine Learning Engineer",
                    "peer",
                ),
                (
                    "Bogdan Ilie",
                    "bogdan.ilie@hollowtree.ai",
                    "Senior Manager, ML Platform",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Tobias Engel", "tobias.engel@hollowtree.ai"),
            "company": "Hollowtree AI",
            "position": "Senior Machine Learning Engineer, Ranking",
        },
    },
    {
        "id": "t-human-google-vp-is-hiring-manager",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex Morgan <> Rosalind Achterberg (Kitewing)",
        "start": "2031-04-17T10:00",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Dev Bhattacharya", "dev.b@kitewing.app"),
        "attendees": [ME, P("Rosalind Achterberg", "rosalind@kitewing.app")],
        "description": (
            "Hi Alex,\n\nYour next conversation is with Rosalind Achterberg, our VP of Customer Success - she's the "
            "hiring manager for the Customer Success Manager, Enterprise role. Expect questions about renewals you "
            "have run and how you handle an at-risk account.\n\n"
            "Best,\nDev Bhattacharya\nTalent Acquisition, Kitewing" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Rosalind Achterberg",
                    "rosalind@kitewing.app",
                    "VP of Customer Success",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Dev Bhattacharya", "dev.b@kitewing.app"),
            "company": "Kitewing",
            "position": "Customer Success Manager, Enterprise",
        },
    },
    {
        "id": "t-icims-google-title-dash-name-pharmacy-parent",
        "format": "google",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview Invitation – Staff Pharmacist (Per Diem) – Req 2031-4471",
        "start": "2031-04-18T13:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Olamide Bankole", "obankole@evercresthealth.com"),
        "attendees": [
            ME,
            P("Gustavo Reyes-Lind", "greyeslind@evercresthealth.com"),
            P("Keisha Monroe", "kmonroe@evercresthealth.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for applying to Marlow Family Pharmacy, an Evercrest Health company. "
            "Please find your interview details below.\n\n"
            "Interviewer(s):\n"
            "Pharmacy Manager – Gustavo Reyes-Lind\n"
            "Lead Pharmacy Technician – Keisha Monroe\n\n"
            "Recruiter: Olamide Bankole, obankole@evercresthealth.com\n\n"
            "Powered by iCIMS"
        ),
        "location": "Marlow Family Pharmacy, 221 Elm St, Dover DE",
        "expect": {
            "interviewers": [
                (
                    "Gustavo Reyes-Lind",
                    "greyeslind@evercresthealth.com",
                    "Pharmacy Manager",
                    "decision_maker",
                ),
                (
                    "Keisha Monroe",
                    "kmonroe@evercresthealth.com",
                    "Lead Pharmacy Technician",
                    "peer",
                ),
            ],
            "recruiter": ("Olamide Bankole", "obankole@evercresthealth.com"),
            "company": "Marlow Family Pharmacy",
            "position": "Staff Pharmacist",
        },
    },
    {
        "id": "t-human-google-catch-up-principal-former-colleague",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "catch up + Quillfeather team chat",
        "start": "2031-04-21T17:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Noemi Carrasco", "noemi@quillfeather.com"),
        "attendees": [ME, P("Noemi Carrasco", "noemi@quillfeather.com")],
        "description": (
            "so good to hear from you! let's catch up properly. we're hiring a senior backend engineer and I think "
            "you'd be a great fit on the team - happy to tell you how it's going here and where you'd fit in.\n\n"
            "noemi\n--\nNoemi Carrasco\nPrincipal Engineer, Quillfeather" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Noemi Carrasco", "noemi@quillfeather.com", "Principal Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Quillfeather",
            "position": "Senior Backend Engineer",
        },
    },
    # --- Google: non-interviews ---------------------------------------------------------------
    {
        "id": "t-google-non-interviewer-calibration-rubric",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Interviewer calibration – Backend loop rubric",
        "start": "2031-04-02T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Malik Osei", "malik.osei@initech.com"),
        "attendees": [
            ME_WORK,
            P("Malik Osei", "malik.osei@initech.com"),
            P("Fatou Diallo", "fatou.diallo@initech.com"),
        ],
        "description": (
            "We'll score three anonymised recordings of past system-design interviews against the new rubric and "
            "compare notes, so that 'strong hire' means the same thing on every panel.\n\n"
            "Malik Osei\nDirector of Engineering, Initech" + MEET
        ),
        "expect": None,
    },
    {
        "id": "t-google-non-hiring-committee-designers",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Hiring committee: Product Designer candidates (3)",
        "start": "2031-04-09T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Greta Holm", "greta.holm@initech.com"),
        "attendees": [
            ME_WORK,
            P("Greta Holm", "greta.holm@initech.com"),
            P("Omar Farouk", "omar.farouk@initech.com"),
        ],
        "description": (
            "Committee review of the three designers who finished their onsite interviews last week. Packets are "
            "in the shared folder; please read them before we meet.\n\n"
            "Greta Holm, Head of Design, Initech" + MEET
        ),
        "expect": None,
    },
    {
        "id": "t-google-non-user-research-participant",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "User research interview – budgeting app (Participant #14)",
        "start": "2031-04-12T16:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Lotte Brandsma", "lotte@tallymint.com"),
        "attendees": [ME, P("Lotte Brandsma", "lotte@tallymint.com")],
        "description": (
            "Hi Alex,\n\nThanks for signing up for our study! In this 45-minute interview we'll ask how you plan your "
            "monthly budget and show you two prototypes. You'll receive a $75 gift card afterwards.\n\n"
            "Lotte Brandsma\nSenior UX Researcher, Tallymint" + MEET
        ),
        "expect": None,
    },
    {
        "id": "t-google-non-reference-call-for-former-colleague",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference call re: Jordan Bell (Harbor Fintech)",
        "start": "2031-04-15T14:30",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Eun-ji Park", "eunji.park@harborfintech.com"),
        "attendees": [ME, P("Eun-ji Park", "eunji.park@harborfintech.com")],
        "description": (
            "Hi Alex,\n\nThank you for agreeing to be a reference for Jordan Bell, who has interviewed with us for a "
            "Staff Engineer role. I'd like to ask about your time working together at Initech; it should take about "
            "15 minutes.\n\n"
            "Eun-ji Park\nSenior Talent Partner | Harbor Fintech" + MEET
        ),
        "expect": None,
    },
    {
        "id": "t-google-non-shadow-onsite-as-interviewer",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Shadow: Onsite interview - Frontend Engineer (candidate: R. Castillo)",
        "start": "2031-04-22T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            ME_WORK,
            P("Chloe Ambrose", "chloe.ambrose@initech.com"),
            P("Rafael Castillo", "rafael.castillo.dev@gmail.com"),
        ],
        "description": (
            "Alex, you are shadowing Chloe Ambrose (Staff Frontend Engineer) for this interview as part of your "
            "interviewer training. Please stay silent during the session and submit a practice scorecard "
            "afterwards.\n\n"
            "Candidate: Rafael Castillo\nRole: Frontend Engineer\n\nInitech Recruiting" + MEET
        ),
        "expect": None,
    },
    # --- Graph: interviews --------------------------------------------------------------------
    {
        "id": "t-human-graph-outlook-signature-em-team-name",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview - Senior Software Engineer - Payments Core (Dublin, Hybrid)",
        "start": "2031-05-05T10:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Fiona Gallagher", "fiona.gallagher@strandline.ie"),
        "attendees": [
            ME,
            P("Fiona Gallagher", "fiona.gallagher@strandline.ie"),
            P("Cian Murphy", "cian.murphy@strandline.ie"),
        ],
        "description": (
            "Hi Alex,\n\nI'm hiring for my team and would love to talk through your background. Cian, one of the "
            "senior engineers on the team, will join me and ask some questions on distributed transactions.\n\n"
            "Kind regards,\n\nFiona Gallagher\nEngineering Manager, Payments Core\nStrandline Bank\n"
            "fiona.gallagher@strandline.ie | +353 1 555 0161" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Fiona Gallagher",
                    "fiona.gallagher@strandline.ie",
                    "Engineering Manager, Payments Core",
                    "decision_maker",
                    True,
                ),
                ("Cian Murphy", "cian.murphy@strandline.ie", "Senior Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Strandline Bank",
            "position": "Senior Software Engineer - Payments Core",
        },
    },
    {
        "id": "t-workday-graph-label-lines-director-of-nursing",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview: Registered Nurse II – MICU – Nights (R-118230)",
        "start": "2031-05-06T08:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Solace Health Careers", "solacehealth@myworkday.com"),
        "attendees": [
            ME,
            P("Hollis Abernathy", "hollis.abernathy@solacehealth.org"),
            P("Juno Park", "juno.park@solacehealth.org"),
        ],
        "description": (
            "Interview Details\n\n"
            "Job Requisition\nR-118230 Registered Nurse II – MICU – Nights\n"
            "Location\nBayridge Regional Medical Center\n\n"
            "Interviewer\nHollis Abernathy\nTitle\nDirector of Nursing, Critical Care\n\n"
            "Interviewer\nJuno Park\nTitle\nCharge Nurse, MICU\n\n"
            "Recruiter\nMarisa Quintero\n\n"
            "Bayridge Regional Medical Center is part of Solace Health System."
        ),
        "location": "Bayridge Regional Medical Center, 3rd floor, MICU conference room",
        "expect": {
            "interviewers": [
                (
                    "Hollis Abernathy",
                    "hollis.abernathy@solacehealth.org",
                    "Director of Nursing, Critical Care",
                    "decision_maker",
                ),
                ("Juno Park", "juno.park@solacehealth.org", "Charge Nurse, MICU", "peer"),
            ],
            "recruiter": ("Marisa Quintero", None),
            "company": "Bayridge Regional Medical Center",
            "position": "Registered Nurse II – MICU",
        },
    },
    {
        "id": "t-greenhouse-graph-role-column-hiring-manager",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Wrenfield | Virtual Onsite | Analytics Engineer, Growth - Remote",
        "start": "2031-05-07T12:00",
        "minutes": 135,
        "tz": "America/New_York",
        "organizer": P("Corinna Vale", "corinna@wrenfield.io"),
        "attendees": [
            ME,
            P("Thandiwe Nkosi", "thandiwe@wrenfield.io"),
            P("Leopold Kranz", "leopold@wrenfield.io"),
            P("Yasmin Darwish", "yasmin@wrenfield.io"),
        ],
        "description": (
            "<html><body><p>Hi Alex,</p><p>Your virtual onsite with Wrenfield Analytics:</p>"
            '<table border="1"><tr><td><b>Time</b></td><td><b>Interviewer</b></td><td><b>Role</b></td><td><b>Focus</b></td></tr>'
            "<tr><td>12:00</td><td>Thandiwe Nkosi (Analytics Manager)</td><td>Hiring manager</td><td>Background &amp; team fit</td></tr>"
            "<tr><td>12:45</td><td>Leopold Kranz (Senior Analytics Engineer)</td><td>Panelist</td><td>dbt modelling exercise</td></tr>"
            "<tr><td>1:30</td><td>Yasmin Darwish (Staff Data Scientist)</td><td>Panelist</td><td>Experimentation</td></tr>"
            "</table><p>Best,<br>Corinna Vale | Talent Partner | Wrenfield</p></body></html>"
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Thandiwe Nkosi",
                    "thandiwe@wrenfield.io",
                    "Analytics Manager",
                    "decision_maker",
                    True,
                ),
                ("Leopold Kranz", "leopold@wrenfield.io", "Senior Analytics Engineer", "peer"),
                ("Yasmin Darwish", "yasmin@wrenfield.io", "Staff Data Scientist", "peer"),
            ],
            "recruiter": ("Corinna Vale", "corinna@wrenfield.io"),
            "company": "Wrenfield Analytics",
            "position": "Analytics Engineer, Growth",
        },
    },
    {
        "id": "t-human-graph-chief-of-staff-is-hm-ceo-joins",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Glasshouse: Strategy & Operations Associate - final conversation",
        "start": "2031-05-08T16:00",
        "minutes": 60,
        "tz": "Europe/Lisbon",
        "organizer": P("Ines Kovač", "ines.kovac@glasshouse.mobi"),
        "attendees": [
            ME,
            P("Rafaela Monteiro", "rafaela.monteiro@glasshouse.mobi"),
            P("Benedikt Ostrowski", "ben@glasshouse.mobi"),
        ],
        "description": (
            "Hi Alex,\n\nFor your final conversation you'll meet Rafaela Monteiro, our Chief of Staff, who is the "
            "hiring manager for this role. Our CEO, Benedikt Ostrowski, will join for the last 15 minutes.\n\n"
            "Ines Kovač\nRecruiting Lead, Glasshouse Mobility" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Rafaela Monteiro",
                    "rafaela.monteiro@glasshouse.mobi",
                    "Chief of Staff",
                    "decision_maker",
                    True,
                ),
                ("Benedikt Ostrowski", "ben@glasshouse.mobi", "CEO", "executive"),
            ],
            "recruiter": ("Ines Kovač", "ines.kovac@glasshouse.mobi"),
            "company": "Glasshouse Mobility",
            "position": "Strategy & Operations Associate",
        },
    },
    {
        "id": "t-lever-graph-contract-docs-manager",
        "format": "graph",
        "style": "lever",
        "difficulty": "medium",
        "title": "Halcyon Devices - Technical Writer (Contract) - Remote: portfolio review",
        "start": "2031-05-09T11:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Kenji Watanabe", "kenji.watanabe@halcyon-dev.com"),
        "attendees": [
            ME,
            P("Rosa Lindahl", "rosa.lindahl@halcyon-dev.com"),
            P("Marcus Oyelowo", "marcus.oyelowo@halcyon-dev.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for sending your writing samples. This is a 6-month contract engagement.\n\n"
            "Who you'll meet:\n"
            "Rosa Lindahl — Documentation Manager (hiring manager)\n"
            "Marcus Oyelowo — Developer Advocate\n\n"
            "Kenji Watanabe\nRecruiter, Halcyon Devices" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Rosa Lindahl",
                    "rosa.lindahl@halcyon-dev.com",
                    "Documentation Manager",
                    "decision_maker",
                    True,
                ),
                ("Marcus Oyelowo", "marcus.oyelowo@halcyon-dev.com", "Developer Advocate", "peer"),
            ],
            "recruiter": ("Kenji Watanabe", "kenji.watanabe@halcyon-dev.com"),
            "company": "Halcyon Devices",
            "position": "Technical Writer",
        },
    },
    {
        "id": "t-icims-graph-staffing-agency-account-manager-client",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview - Maintenance Technician II - 2nd Shift - Orchard Valley Foods (Job #OVF-3307)",
        "start": "2031-05-12T14:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Terrence Boyle", "tboyle@keystonestaffing.com"),
        "attendees": [
            ME,
            P("Wanda Kowalczyk", "wanda.kowalczyk@ovfoods.com"),
            P("Abel Tesfaye", "abel.tesfaye@ovfoods.com"),
        ],
        "description": (
            "Interview Details\n\n"
            "Client: Orchard Valley Foods\n"
            "Position: Maintenance Technician II - 2nd Shift\n"
            "Interviewers: Wanda Kowalczyk, Plant Manager (hiring manager); Abel Tesfaye, EHS Coordinator\n"
            "Dress: business casual; safety glasses provided for the plant tour\n\n"
            "Your Keystone contact: Terrence Boyle, Account Manager, Keystone Staffing, 414-555-0190\n\n"
            "Powered by iCIMS"
        ),
        "location": "Orchard Valley Foods, 600 Industrial Pkwy, Sheboygan WI",
        "expect": {
            "interviewers": [
                (
                    "Wanda Kowalczyk",
                    "wanda.kowalczyk@ovfoods.com",
                    "Plant Manager",
                    "decision_maker",
                    True,
                ),
                ("Abel Tesfaye", "abel.tesfaye@ovfoods.com", "EHS Coordinator", "peer"),
            ],
            "recruiter": ("Terrence Boyle", "tboyle@keystonestaffing.com"),
            "company": "Orchard Valley Foods",
            "position": "Maintenance Technician II",
        },
    },
    {
        "id": "t-human-graph-hotel-general-manager-director-of-rooms",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview – Front Office Manager – The Alder House Hotel",
        "start": "2031-05-13T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Ruth Adeyemi", "ruth.adeyemi@northstarhospitality.com"),
        "attendees": [
            ME,
            P("Graham Whitlow", "gwhitlow@northstarhospitality.com"),
            P("Sofía Peralta", "speralta@northstarhospitality.com"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Front Office Manager position at The Alder House Hotel. "
            "You will meet Graham Whitlow, General Manager, and Sofía Peralta, Director of Rooms, who would be your "
            "line manager.\n\nPlease ask for Sofía at the front desk on arrival.\n\n"
            "Warm regards,\nRuth Adeyemi\nTalent Acquisition Partner, Northstar Hospitality\n"
            "Managing The Alder House Hotel since 2024"
        ),
        "location": "The Alder House Hotel, 15 Harbor St, Portland ME - Lobby",
        "expect": {
            "interviewers": [
                (
                    "Graham Whitlow",
                    "gwhitlow@northstarhospitality.com",
                    "General Manager",
                    "executive",
                ),
                (
                    "Sofía Peralta",
                    "speralta@northstarhospitality.com",
                    "Director of Rooms",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ruth Adeyemi", "ruth.adeyemi@northstarhospitality.com"),
            "company": "The Alder House Hotel",
            "position": "Front Office Manager",
        },
    },
    {
        "id": "t-ashby-graph-german-english-teamleitung",
        "format": "graph",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Interview: Frontend Engineer (w/m/d) – Berlin oder Remote",
        "start": "2031-05-14T14:00",
        "minutes": 75,
        "tz": "Europe/Berlin",
        "organizer": P("Johanna Reiter", "johanna@flinkwerk.de"),
        "attendees": [
            ME,
            P("Lea Brandt", "lea@flinkwerk.de"),
            P("Mats Holm", "mats@flinkwerk.de"),
        ],
        "description": (
            "Hi Alex,\n\nschön, dass es klappt! Hier dein Ablauf:\n\n"
            "14:00 Lea Brandt — Engineering Lead Web (deine zukünftige Teamleitung)\n"
            "14:40 Mats Holm — Senior Frontend Engineer\n\n"
            "Bis dann!\nJohanna Reiter · Talent · Flinkwerk GmbH\n\nPowered by Ashby" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                ("Lea Brandt", "lea@flinkwerk.de", "Engineering Lead Web", "decision_maker", True),
                ("Mats Holm", "mats@flinkwerk.de", "Senior Frontend Engineer", "peer"),
            ],
            "recruiter": ("Johanna Reiter", "johanna@flinkwerk.de"),
            "company": "Flinkwerk",
            "position": "Frontend Engineer",
        },
    },
    {
        "id": "t-human-graph-recruiter-screen-signature-group",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Phone screen: IT Business Analyst (Hybrid - Des Moines) #7731",
        "start": "2031-05-15T09:30",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Delphine Okereke", "dokereke@callowayins.com"),
        "attendees": [ME, P("Delphine Okereke", "dokereke@callowayins.com")],
        "description": (
            "Hi Alex,\n\nThis is our initial 30-minute conversation about the IT Business Analyst opening. I'll share "
            "more about the team and hear about your experience with claims systems.\n\n"
            "Thanks,\nDelphine Okereke\nSenior Recruiter, Technology | Calloway Insurance Group\n"
            "515-555-0126" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Delphine Okereke",
                    "dokereke@callowayins.com",
                    "Senior Recruiter, Technology",
                    "recruiter",
                ),
            ],
            "recruiter": ("Delphine Okereke", "dokereke@callowayins.com"),
            "company": "Calloway Insurance Group",
            "position": "IT Business Analyst",
        },
    },
    {
        "id": "t-goodtime-graph-ceo-cto-final-coordinator",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Final round with Pinecrest leadership - Product Engineer",
        "start": "2031-05-16T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Kiera Flynn", "kiera.flynn@pinecrest.dev"),
        "attendees": [
            ME,
            P("Maren Solberg", "maren@pinecrest.dev"),
            P("Diego Albuquerque", "diego@pinecrest.dev"),
        ],
        "description": (
            "Hi Alex,\n\nYour final round is a conversation with our founders:\n\n"
            "Maren Solberg <maren@pinecrest.dev> - Co-founder & CEO\n"
            "Diego Albuquerque <diego@pinecrest.dev> - Co-founder & CTO\n\n"
            "Coordinator: Kiera Flynn\nPinecrest Labs\n\nScheduled with GoodTime" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                ("Maren Solberg", "maren@pinecrest.dev", "Co-founder & CEO", "executive"),
                ("Diego Albuquerque", "diego@pinecrest.dev", "Co-founder & CTO", "executive"),
            ],
            "recruiter": ("Kiera Flynn", "kiera.flynn@pinecrest.dev"),
            "company": "Pinecrest Labs",
            "position": "Product Engineer",
        },
    },
    {
        "id": "t-smartrecruiters-graph-lowercase-titles-go-position",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Technical interview: Backend Engineer (Go) - Payments Risk - REQ 4410",
        "start": "2031-05-19T13:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P(None, "talent@tollbridge-pay.com"),
        "attendees": [
            ME,
            P("Ngozi Adebayo", "ngozi.adebayo@tollbridge-pay.com"),
            P("Felix Brennan", "felix.brennan@tollbridge-pay.com"),
        ],
        "description": (
            "Dear Alex,\n\nWe're pleased to invite you to a technical interview at Tollbridge.\n\n"
            "hiring team:\n"
            "Ngozi Adebayo - software engineering manager (hiring manager)\n"
            "Felix Brennan - backend engineer, payments risk\n\n"
            "Best regards,\nThe Tollbridge Talent Team\n\nThis invitation was sent via SmartRecruiters."
            + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Ngozi Adebayo",
                    "ngozi.adebayo@tollbridge-pay.com",
                    "Software Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Felix Brennan",
                    "felix.brennan@tollbridge-pay.com",
                    "Backend Engineer, Payments Risk",
                    "peer",
                ),
            ],
            "recruiter": (None, "talent@tollbridge-pay.com"),
            "company": "Tollbridge",
            "position": "Backend Engineer (Go) - Payments Risk",
        },
    },
    {
        "id": "t-human-graph-store-manager-store-mailbox",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview - Sales Associate - Part Time - Eastgate",
        "start": "2031-05-20T11:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Harborline Goods #0412", "store0412@harborlinegoods.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nThanks for applying! Come by the store on Tuesday and we'll have a quick chat about the "
            "Sales Associate opening and your availability for weekends.\n\n"
            "Tess Donnelly\nStore Manager, Harborline Goods — Eastgate (#0412)\n"
            "store0412@harborlinegoods.com"
        ),
        "location": "Harborline Goods, Eastgate Mall, Unit 112",
        "expect": {
            "interviewers": [
                (
                    "Tess Donnelly",
                    "store0412@harborlinegoods.com",
                    "Store Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Harborline Goods",
            "position": "Sales Associate",
        },
    },
    {
        "id": "t-calendly-graph-head-of-talent-runs-intro",
        "format": "graph",
        "style": "calendly",
        "difficulty": "hard",
        "title": "Intro call - Alex Morgan <> Ottilie Brandt (Head of Talent)",
        "start": "2031-05-21T10:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Ottilie Brandt", "ottilie@marlowe.health"),
        "attendees": [ME, P("Ottilie Brandt", "ottilie@marlowe.health")],
        "description": (
            "Event Name: Intro call\n\n"
            "I run recruiting at Marlowe Health and will be your point of contact through the process for the "
            "Clinical Operations Manager role. This first call is about your background and what you want next.\n\n"
            "Need to make changes to this event?\nReschedule: https://calendly.com/reschedulings/8c2e\n\n"
            "Powered by Calendly.com" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                ("Ottilie Brandt", "ottilie@marlowe.health", "Head of Talent", "recruiter"),
            ],
            "recruiter": ("Ottilie Brandt", "ottilie@marlowe.health"),
            "company": "Marlowe Health",
            "position": "Clinical Operations Manager",
        },
    },
    {
        "id": "t-modernloop-graph-italian-responsabile",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Colloquio tecnico – Sviluppatore Android Senior – Milano (Ibrido)",
        "start": "2031-05-22T11:00",
        "minutes": 90,
        "tz": "Europe/Rome",
        "organizer": P("Chiara Esposito", "chiara.esposito@ferrarodigitale.it"),
        "attendees": [
            ME,
            P("Giulia Romano", "giulia.romano@ferrarodigitale.it"),
            P("Davide Conti", "davide.conti@ferrarodigitale.it"),
        ],
        "description": (
            "Ciao Alex,\n\necco il programma del tuo colloquio con Ferraro Digitale:\n\n"
            "11:00 – Giulia Romano – Responsabile Sviluppo Mobile (sarà la tua responsabile)\n"
            "11:45 – Davide Conti – Sviluppatore iOS Senior\n\n"
            "Recruiter: Chiara Esposito\nFerraro Digitale S.p.A.\n\nInviato tramite ModernLoop"
            + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Giulia Romano",
                    "giulia.romano@ferrarodigitale.it",
                    "Responsabile Sviluppo Mobile",
                    "decision_maker",
                    True,
                ),
                (
                    "Davide Conti",
                    "davide.conti@ferrarodigitale.it",
                    "Sviluppatore iOS Senior",
                    "peer",
                ),
            ],
            "recruiter": ("Chiara Esposito", "chiara.esposito@ferrarodigitale.it"),
            "company": "Ferraro Digitale",
            "position": "Sviluppatore Android Senior",
        },
    },
    {
        "id": "t-human-graph-tech-lead-hm-absent",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Pairing session - Software Engineer II, Search (Foxglove)",
        "start": "2031-05-23T14:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Sasha Pryor", "sasha.pryor@foxglove.shop"),
        "attendees": [ME, P("Marguerite Oyelowo", "marguerite.oyelowo@foxglove.shop")],
        "description": (
            "Hi Alex,\n\nArvid Lund, the hiring manager (Engineering Manager, Search), can't make this one, so "
            "you'll pair with Marguerite Oyelowo, Tech Lead on Search, on a small ranking bug. Arvid will meet you "
            "in the final round.\n\n"
            "Sasha Pryor\nRecruiter | Foxglove Commerce" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                ("Marguerite Oyelowo", "marguerite.oyelowo@foxglove.shop", "Tech Lead", "peer"),
            ],
            "recruiter": ("Sasha Pryor", "sasha.pryor@foxglove.shop"),
            "company": "Foxglove Commerce",
            "position": "Software Engineer II, Search",
        },
    },
    # --- Graph: non-interviews ----------------------------------------------------------------
    {
        "id": "t-graph-non-interview-loop-sync",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Interview loop sync – Data Engineer req",
        "start": "2031-05-06T15:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Nikhil Rao", "nikhil.rao@initech.com"),
        "attendees": [
            ME_WORK,
            P("Nikhil Rao", "nikhil.rao@initech.com"),
            P("Bea Lindqvist", "bea.lindqvist@initech.com"),
        ],
        "description": (
            "Weekly sync for the Data Engineer loop: pipeline status, who is on next week's panels, and whether the "
            "take-home needs trimming.\n\nNikhil Rao\nEngineering Manager, Data, Initech" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": None,
    },
    {
        "id": "t-graph-non-exit-interview-hrbp",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Exit interview - Alex Morgan",
        "start": "2031-05-13T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Yolanda Pierce", "yolanda.pierce@initech.com"),
        "attendees": [ME_WORK, P("Yolanda Pierce", "yolanda.pierce@initech.com")],
        "description": (
            "Hi Alex,\n\nAs part of your offboarding, I'd like to hold a short exit interview about your time at "
            "Initech. Your answers are confidential and help us improve.\n\n"
            "Yolanda Pierce\nHR Business Partner, Engineering | Initech" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": None,
    },
    {
        "id": "t-graph-non-press-interview-prep",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Media interview prep: TechDaily feature on the Q3 launch",
        "start": "2031-05-15T13:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Carmen Ibarra", "carmen.ibarra@initech.com"),
        "attendees": [ME_WORK, P("Carmen Ibarra", "carmen.ibarra@initech.com")],
        "description": (
            "Alex, before your interview with the TechDaily reporter on Thursday, let's go through the key messages "
            "and the questions we expect about the outage.\n\n"
            "Carmen Ibarra\nDirector of Communications, Initech" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": None,
    },
    {
        "id": "t-graph-non-campus-interview-day",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "On-campus intern interviews – Ridgemont University (Initech interviewer)",
        "start": "2031-05-20T09:00",
        "minutes": 420,
        "tz": "America/Chicago",
        "organizer": P("Initech University Recruiting", "campus@initech.com"),
        "attendees": [ME_WORK, P("Soraya Haddad", "soraya.haddad@initech.com")],
        "description": (
            "Thank you for interviewing for us at Ridgemont! You'll run six 45-minute first-round interviews with "
            "software engineering intern candidates. Schedules and résumés are in the shared drive.\n\n"
            "Soraya Haddad\nUniversity Recruiting Lead, Initech"
        ),
        "location": "Ridgemont University Career Center, Interview Room 4",
        "expect": None,
    },
    {
        "id": "t-graph-non-meetup-panel-on-hiring",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Panel: How we hire – interviewing for signal, not noise",
        "start": "2031-05-27T18:30",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Kofi Mensah", "kofi@ledgerline.io"),
        "attendees": [
            ME,
            P("Kofi Mensah", "kofi@ledgerline.io"),
            P("Ana Duarte", "ana.duarte@quaystone.com"),
        ],
        "description": (
            "Hi panelists,\n\nThanks again for joining the Boston Eng Leaders meetup. Alex Morgan, Ana Duarte "
            "(VP Engineering, Quaystone) and I will each talk for five minutes about how our teams run interviews, "
            "then take audience questions.\n\n"
            "Kofi Mensah\nHead of Engineering, Ledgerline\nHost, Boston Eng Leaders"
        ),
        "location": "Ledgerline HQ, 200 Summer St, Boston - 8th floor event space",
        "expect": None,
    },
]
