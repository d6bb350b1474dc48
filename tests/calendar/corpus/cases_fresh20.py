# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Held-out batch fresh-20, written by "iw20", someone who does not tune the parser, labelled
before any run of the parser on it (issue 16). It is a HELD-OUT batch: `build_heldout20.py`
renders it into its own folder, `heldout-fresh20/`, which the corpus test and the bench's default
folder never read; the tuners never open this file or that folder. 60 invites: 45 interviews and
15 non-interviews that mention interviewing (or look like one), across .ics, Google JSON and Graph
JSON (20 each; 15 interviews and 5 non-interviews per format). The writer never read, imported or
ran the extraction code, the bench or the corpus tests.

The angle is a mixed bag as a real candidate's calendar would hold it over one month of job
hunting (March 2032): about half written by scheduling tools (Greenhouse, Lever, Ashby, GoodTime,
ModernLoop, Gem, Calendly, Workday, iCIMS, SmartRecruiters, BambooHR, Teamtailor, Personio) with
itineraries, panels, hiring-manager labels, coordinators, rescheduled and updated invites,
multi-day onsites and group interviews; about half written by people (recruiters, founders,
hiring managers, executive assistants, agencies) in Zoom / Meet / Teams invites, across the US,
Canada, the UK, Ireland, Germany, France, Spain, Italy, the Netherlands, Poland, Sweden, Brazil,
India, Singapore, Japan and Australia, some in their own language. The non-interviews are
internal hiring chores at the user's own company (Initech: training, debriefs, a loop sync, a
hiring committee, calibration, shadowing), events that mention interviewing (a podcast
recording, a press interview, an alumni admissions interview, an exit interview, a webinar on
interviewing) and look-alikes (a reference call the user gives, a mock interview, a client
meeting titled "intro", a vendor demo titled "intro").

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions (cases_t.py): a person called the hiring manager or the candidate's future
manager is a decision_maker with the hiring-manager mark; people-manager titles (engineering
manager, manager of X, head of, director, and their equivalents in other languages: Teamleiterin,
Gerente, Jefa de, Responsabile, Teamleider, Kierownik, Utvecklingschef, Directrice) are
decision_makers; CEO / founder / CTO / COO / CFO / VP / chief * / president / general manager are
executives unless called the hiring manager; individual-contributor titles (Staff, Principal,
Tech Lead, Senior X, product / program / account manager) are peers; a recruiter who runs the
call is an interviewer (role recruiter) and the recruiter; a team mailbox recruiter is (None,
address); a coordinator (or an executive assistant who only books) without a recruiter is the
recruiter; when a recruiter and a coordinator or sourcer are both named, the recruiter is the
recruiter; an agency consultant who only coordinates is the recruiter, not an interviewer, and
the company is the client; the company is the business the candidate joins, without legal forms;
people named without an address have email None; names without honorifics; a person with no
title is role "unknown" with title None; whatever the invite does not say is None/unknown. Titles
are labelled as the invite writes them (a lower-case title in prose in title case); positions
leave out requisition ids, employment types, "(Contract)", gender markers and an appended location
or work arrangement, and are kept as written in other languages. On a rescheduled or updated
invite only the people of the current version count. "difficulty" is the writer's guess (easy /
medium / hard); non-interviews have "expect": None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ---------------------------------------------------------------------
    {
        "id": "f20-greenhouse-ics-onsite-itinerary-coordinator-and-recruiter",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Onsite Interview: Alex Morgan for Senior Software Engineer, Card Issuing (R-3381)",
        "start": "2032-03-09T09:00",
        "minutes": 210,
        "tz": "America/Chicago",
        "organizer": P("Copperline Scheduling", "scheduling@copperlinepay.com"),
        "attendees": [
            ME,
            P("Delphine Okafor", "delphine.okafor@copperlinepay.com"),
            P("Ravi Sundaram", "ravi.sundaram@copperlinepay.com"),
            P("Marta Kowalczyk", "marta.kowalczyk@copperlinepay.com"),
            P("Glen Whitford", "glen.whitford@copperlinepay.com"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "Thank you for your interest in Copperline Payments! We're excited to welcome you to our Austin office on Tuesday, March 9. "
            "Here is your itinerary:\n\n"
            "9:00 AM - 9:15 AM CST\tCheck-in at the front desk (Sienna will meet you in the lobby)\n"
            "9:15 AM - 10:15 AM CST\tCoding: ledger reconciliation\tRavi Sundaram, Senior Software Engineer\n"
            "10:15 AM - 11:15 AM CST\tSystem Design\tMarta Kowalczyk, Staff Software Engineer\n"
            "11:15 AM - 12:00 PM CST\tHiring Manager\tDelphine Okafor, Engineering Manager, Card Issuing\n"
            "12:00 PM - 12:30 PM CST\tLunch & culture chat\tGlen Whitford, VP of Engineering\n\n"
            "Please bring a government-issued photo ID for the front desk at 600 Congress Ave, 14th floor.\n\n"
            "Your recruiter, Jordan Ellery (jordan.ellery@copperlinepay.com), will check in with you at the end of the day.\n\n"
            "Warm regards,\n"
            "Sienna Park\nRecruiting Coordinator | Copperline Payments\nsienna.park@copperlinepay.com"
        ),
        "location": "Copperline Payments, 600 Congress Ave, 14th floor, Austin, TX",
        "expect": {
            "interviewers": [
                (
                    "Ravi Sundaram",
                    "ravi.sundaram@copperlinepay.com",
                    "Senior Software Engineer",
                    "peer",
                ),
                (
                    "Marta Kowalczyk",
                    "marta.kowalczyk@copperlinepay.com",
                    "Staff Software Engineer",
                    "peer",
                ),
                (
                    "Delphine Okafor",
                    "delphine.okafor@copperlinepay.com",
                    "Engineering Manager, Card Issuing",
                    "decision_maker",
                    True,
                ),
                (
                    "Glen Whitford",
                    "glen.whitford@copperlinepay.com",
                    "VP of Engineering",
                    "executive",
                ),
            ],
            "recruiter": ("Jordan Ellery", "jordan.ellery@copperlinepay.com"),
            "company": "Copperline Payments",
            "position": "Senior Software Engineer, Card Issuing",
        },
    },
    {
        "id": "f20-goodtime-ics-day-two-of-two-london",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "medium",
        "prodid": "-//GoodTime.io//Scheduler//EN",
        "title": "Day 2 of 2 | Final Interviews | Alex Morgan | Product Analytics Lead - Halyard Insurance",
        "start": "2032-03-17T10:00",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Halyard Talent (via GoodTime)", "interviews@halyard-insurance.co.uk"),
        "attendees": [
            ME,
            P("Priya Venkataraman", "priya.venkataraman@halyard-insurance.co.uk"),
            P("Oliver Ashdown", "oliver.ashdown@halyard-insurance.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\n"
            "Please find below the details of day 2 of your final interviews with Halyard Insurance. "
            "Day 1 (Monday 15 March) has been sent as a separate invitation.\n\n"
            "Session 1 | 10:00 - 11:00 GMT\n"
            "Interviewer: Priya Venkataraman\n"
            "Title: Head of Pricing & Analytics\n"
            "Format: Case study presentation (please prepare 15 minutes of slides)\n\n"
            "Session 2 | 11:00 - 12:00 GMT\n"
            "Interviewer: Oliver Ashdown\n"
            "Title: Chief Data Officer\n"
            "Format: Leadership & values\n\n"
            "If you need to make any changes, please use the link in your confirmation email or contact your Talent Partner, "
            "Bethan Lloyd (bethan.lloyd@halyard-insurance.co.uk).\n\n"
            "Kind regards,\nHalyard Talent Team" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Priya Venkataraman",
                    "priya.venkataraman@halyard-insurance.co.uk",
                    "Head of Pricing & Analytics",
                    "decision_maker",
                ),
                (
                    "Oliver Ashdown",
                    "oliver.ashdown@halyard-insurance.co.uk",
                    "Chief Data Officer",
                    "executive",
                ),
            ],
            "recruiter": ("Bethan Lloyd", "bethan.lloyd@halyard-insurance.co.uk"),
            "company": "Halyard Insurance",
            "position": "Product Analytics Lead",
        },
    },
    {
        "id": "f20-ashby-ics-rescheduled-hm-label",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Rescheduled: Alex Morgan <> Fieldnote - Hiring Manager Interview",
        "start": "2032-03-04T13:30",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Hana Sato", "hana@fieldnote.app"),
        "attendees": [
            ME,
            P("Hana Sato", "hana@fieldnote.app"),
            P("Callum Reyes", "callum@fieldnote.app"),
        ],
        "description": (
            "This interview has been rescheduled from Tue, Mar 2 at 1:30 PM PST to Thu, Mar 4 at 1:30 PM PST.\n\n"
            "Candidate: Alex Morgan\n"
            "Job: Senior Product Manager, Collaboration\n"
            "Interview: Hiring Manager Interview\n"
            "Interviewers: Callum Reyes (Hiring Manager)\n"
            "Recruiter: Hana Sato\n\n"
            "Callum leads product for our collaboration surfaces as Group Product Manager. Expect a conversation about how you "
            "prioritize and a product case you've shipped.\n\n"
            "Fieldnote" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Callum Reyes",
                    "callum@fieldnote.app",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Hana Sato", "hana@fieldnote.app"),
            "company": "Fieldnote",
            "position": "Senior Product Manager, Collaboration",
        },
    },
    {
        "id": "f20-workday-ics-label-value-manufacturer",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview: Supply Chain Analyst II (JR-104417) - Alex Morgan",
        "start": "2032-03-10T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Workday Recruiting", "wd-noreply@myworkday.com"),
        "attendees": [
            ME,
            P("Terrence Boateng", "terrence.boateng@kessler-ind.com"),
            P("Ana Lucia Ferraz", "analucia.ferraz@kessler-ind.com"),
        ],
        "description": (
            "Kessler Industrial Group\n\n"
            "Interview Scheduled\n\n"
            "Candidate: Alex Morgan\n"
            "Job Requisition: JR-104417 Supply Chain Analyst II (Open)\n"
            "Location: Dayton, OH - Plant 3\n"
            "Worker Type: Regular, Full time\n\n"
            "Interview Date: 03/10/2032\n"
            "Start Time: 2:00 PM EST\n"
            "Interviewers:\n"
            "Terrence Boateng - Manager, Supply Chain Planning (Hiring Manager)\n"
            "Ana Lucia Ferraz - Senior Demand Planner\n\n"
            "Interview Type: Panel - Video\n"
            "Recruiter: Kelsey Marchetti\n"
            "Recruiter Email: kelsey.marchetti@kessler-ind.com\n\n"
            "Please do not reply to this message." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Terrence Boateng",
                    "terrence.boateng@kessler-ind.com",
                    "Manager, Supply Chain Planning",
                    "decision_maker",
                    True,
                ),
                (
                    "Ana Lucia Ferraz",
                    "analucia.ferraz@kessler-ind.com",
                    "Senior Demand Planner",
                    "peer",
                ),
            ],
            "recruiter": ("Kelsey Marchetti", "kelsey.marchetti@kessler-ind.com"),
            "company": "Kessler Industrial Group",
            "position": "Supply Chain Analyst II",
        },
    },
    {
        "id": "f20-calendly-ics-founder-booking-invitee-answers",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Priyanka Rao",
        "start": "2032-03-02T11:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Priyanka Rao", "priyanka@loamlabs.bio"),
        "attendees": [ME, P("Priyanka Rao", "priyanka@loamlabs.bio")],
        "description": (
            "Event Name: 30 min chat with Priyanka (Loam Labs)\n\n"
            "Location: This is a Zoom web conference.\n\n"
            "Please share anything that will help prepare for our meeting.\n"
            "I'm interested in the founding ML engineer role you posted on the YC jobs board - happy to talk about the "
            "soil-carbon models and where I could help.\n\n"
            "Need to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/8f2a1c\n"
            "Reschedule: https://calendly.com/reschedulings/8f2a1c\n\n"
            "Powered by Calendly.com" + ZOOM
        ),
        "location": "https://us06web.zoom.us/j/84512345678",
        "expect": {
            "interviewers": [("Priyanka Rao", "priyanka@loamlabs.bio", None, "unknown")],
            "recruiter": None,
            "company": "Loam Labs",
            "position": "Founding ML Engineer",
        },
    },
    {
        "id": "f20-human-ics-agency-consultant-client-panel",
        "format": "ics",
        "style": "human-agency",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Alex Morgan - Interview - Northgate Logistics (via Brightpath Talent)",
        "start": "2032-03-11T15:00",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Simone Achebe", "simone.achebe@brightpathtalent.ca"),
        "attendees": [ME, P("Simone Achebe", "simone.achebe@brightpathtalent.ca")],
        "description": (
            "Hi Alex,\n\n"
            "Great news - Northgate Logistics would like to meet you for the Platform Engineering Manager opportunity we discussed "
            "(permanent, hybrid in Mississauga).\n\n"
            "You'll be meeting with:\n"
            "• Howard Lim, Director of Engineering - this is the person you'd report into\n"
            "• Farah Siddiqui, Principal Engineer\n\n"
            "They'll send the Teams link directly; I've blocked the time so it's in your calendar. I won't be on the call, "
            "but give me a ring afterwards and let me know how it went.\n\n"
            "Simone Achebe\nSenior Consultant, Technology | Brightpath Talent\n+1 416 555 0142"
        ),
        "expect": {
            "interviewers": [
                ("Howard Lim", None, "Director of Engineering", "decision_maker", True),
                ("Farah Siddiqui", None, "Principal Engineer", "peer"),
            ],
            "recruiter": ("Simone Achebe", "simone.achebe@brightpathtalent.ca"),
            "company": "Northgate Logistics",
            "position": "Platform Engineering Manager",
        },
    },
    {
        "id": "f20-human-ics-german-teamleiterin-teams",
        "format": "ics",
        "style": "human-hm",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Vorstellungsgespräch Alex Morgan – Senior Data Engineer (m/w/d)",
        "start": "2032-03-16T10:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Katrin Wohlfahrt", "k.wohlfahrt@isarwerk-energie.de"),
        "attendees": [
            ME,
            P("Katrin Wohlfahrt", "k.wohlfahrt@isarwerk-energie.de"),
            P("Benedikt Aigner", "b.aigner@isarwerk-energie.de"),
        ],
        "description": (
            "Hallo Alex,\n\n"
            "vielen Dank für Ihr Interesse an der Stelle als Senior Data Engineer (m/w/d) bei uns. Wie telefonisch besprochen, "
            "lade ich Sie herzlich zu einem ersten Gespräch ein. Mit dabei ist mein Kollege Benedikt Aigner, Senior Data Engineer "
            "in meinem Team.\n\n"
            "Wir freuen uns auf das Gespräch!\n\n"
            "Viele Grüße\n"
            "Katrin Wohlfahrt\n"
            "Teamleiterin Datenplattform\n"
            "Isarwerk Energie GmbH | Leopoldstraße 28 | 80802 München" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Katrin Wohlfahrt",
                    "k.wohlfahrt@isarwerk-energie.de",
                    "Teamleiterin Datenplattform",
                    "decision_maker",
                ),
                ("Benedikt Aigner", "b.aigner@isarwerk-energie.de", "Senior Data Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Isarwerk Energie",
            "position": "Senior Data Engineer",
        },
    },
    {
        "id": "f20-icims-ics-hospital-nurse-manager",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Interview Invitation - Clinical Informatics Specialist - St. Brendan's Medical Center",
        "start": "2032-03-12T08:30",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("St. Brendan's Talent Acquisition", "careers@stbrendans.org"),
        "attendees": [
            ME,
            P("Lorraine Whitehorse", "lwhitehorse@stbrendans.org"),
            P("Diego Villanueva", "dvillanueva@stbrendans.org"),
        ],
        "description": (
            "Dear Alex Morgan,\n\n"
            "Thank you for applying for the position of Clinical Informatics Specialist (Req ID 2032-0871, Full-Time, Days) "
            "with St. Brendan's Medical Center. We are pleased to invite you to an interview.\n\n"
            "Interview Date: Friday, March 12, 2032\n"
            "Interview Time: 8:30 AM MST\n"
            "Location: 2200 Larimer Pkwy, Building C, Room 310\n"
            "Interview Team:\n"
            "   Lorraine Whitehorse, RN - Director of Clinical Informatics\n"
            "   Diego Villanueva - EHR Analyst\n\n"
            "Please arrive 10 minutes early and park in Lot D.\n\n"
            "If you have questions, please contact Mariah Gunderson, Talent Acquisition Specialist, at mgunderson@stbrendans.org.\n\n"
            "Sincerely,\nTalent Acquisition\nSt. Brendan's Medical Center"
        ),
        "location": "2200 Larimer Pkwy, Building C, Room 310",
        "expect": {
            "interviewers": [
                (
                    "Lorraine Whitehorse",
                    "lwhitehorse@stbrendans.org",
                    "Director of Clinical Informatics",
                    "decision_maker",
                ),
                ("Diego Villanueva", "dvillanueva@stbrendans.org", "EHR Analyst", "peer"),
            ],
            "recruiter": ("Mariah Gunderson", "mgunderson@stbrendans.org"),
            "company": "St. Brendan's Medical Center",
            "position": "Clinical Informatics Specialist",
        },
    },
    {
        "id": "f20-human-ics-ea-books-cfo",
        "format": "ics",
        "style": "human-ea",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Alex Morgan / Renée Castellane - Finance Director conversation",
        "start": "2032-03-18T16:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Gwen Talbot", "gwen.talbot@marrowfieldfoods.com"),
        "attendees": [
            ME,
            P("Renée Castellane", "renee.castellane@marrowfieldfoods.com"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "On behalf of Renée Castellane, our CFO, I'm sending this invitation for your conversation about the Finance Director, "
            "FP&A role. Renée will call you on the number you shared with our recruiter, Pete Navarro; if you'd rather use Teams, "
            "the link is below.\n\n"
            "Please let me know if the time needs to move.\n\n"
            "Thank you,\n"
            "Gwen Talbot\n"
            "Executive Assistant to the CFO\n"
            "Marrowfield Foods, Inc.\n"
            "gwen.talbot@marrowfieldfoods.com | 212-555-0176" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Renée Castellane", "renee.castellane@marrowfieldfoods.com", "CFO", "executive"),
            ],
            "recruiter": ("Pete Navarro", None),
            "company": "Marrowfield Foods",
            "position": "Finance Director, FP&A",
        },
    },
    {
        "id": "f20-smartrecruiters-ics-group-interview-store",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Group Interview - Assistant Store Manager - Tidewell Outfitters (Portland Pearl District)",
        "start": "2032-03-20T09:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Tidewell Outfitters Hiring", "noreply@smartrecruiters.com"),
        "attendees": [ME],
        "description": (
            "Hello Alex,\n\n"
            "You are invited to a group interview for the Assistant Store Manager position at Tidewell Outfitters.\n\n"
            "Where: Tidewell Outfitters, 1120 NW Couch St, Portland, OR (use the staff entrance on 12th Ave)\n"
            "When: Saturday, March 20, 9:00 - 10:30 AM\n\n"
            "What to expect: you'll join 5-6 other candidates for a team activity, followed by short one-on-one conversations.\n\n"
            "Hosted by:\n"
            "Bree Kaminski - Store Manager\n"
            "Luis Ocampo - District Manager, Pacific Northwest\n\n"
            "Please reply through SmartRecruiters if you can no longer attend.\n\n"
            "Tidewell Outfitters Talent Team\n"
            "careers@tidewelloutfitters.com"
        ),
        "location": "Tidewell Outfitters, 1120 NW Couch St, Portland, OR",
        "expect": {
            "interviewers": [
                ("Bree Kaminski", None, "Store Manager", "decision_maker"),
                ("Luis Ocampo", None, "District Manager, Pacific Northwest", "decision_maker"),
            ],
            "recruiter": (None, "careers@tidewelloutfitters.com"),
            "company": "Tidewell Outfitters",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "f20-human-ics-french-cofounder-cafe",
        "format": "ics",
        "style": "human-founder",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "Café Alex / Margaux (Hélixa)",
        "start": "2032-03-05T09:30",
        "minutes": 45,
        "tz": "Europe/Paris",
        "organizer": P("Margaux Delacroix-Huet", "margaux@helixa.fr"),
        "attendees": [ME, P("Margaux Delacroix-Huet", "margaux@helixa.fr")],
        "description": (
            "Bonjour Alex,\n\n"
            "Ravie d'avoir échangé sur LinkedIn ! Comme promis, on se retrouve pour un café au Pavillon, rue de Charonne. "
            "Je te raconterai où en est Hélixa après notre levée de fonds, et surtout comment tu pourrais nous rejoindre sur le poste "
            "de Lead Backend Engineer dont je t'ai parlé, pour monter l'équipe technique avec nous.\n\n"
            "À jeudi... pardon, vendredi !\n\n"
            "Margaux\n"
            "Co-fondatrice & CEO, Hélixa\n"
            "06 12 34 56 78"
        ),
        "location": "Le Pavillon, 52 rue de Charonne, 75011 Paris",
        "expect": {
            "interviewers": [
                ("Margaux Delacroix-Huet", "margaux@helixa.fr", "Co-fondatrice & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Hélixa",
            "position": "Lead Backend Engineer",
        },
    },
    {
        "id": "f20-lever-ics-updated-panel-swap",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Updated invitation: Alex Morgan - Design Panel - Senior Product Designer, Growth",
        "start": "2032-03-15T12:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Wren Kazemi", "wren.kazemi@pollinate.co"),
        "attendees": [
            ME,
            P("Wren Kazemi", "wren.kazemi@pollinate.co"),
            P("Isaac Bergström", "isaac.bergstrom@pollinate.co"),
            P("Tamsin Oduya", "tamsin.oduya@pollinate.co"),
            P("Nico Ferrante", "nico.ferrante@pollinate.co"),
        ],
        "description": (
            "UPDATE (Mar 11): Jess Albright is out next week, so Nico Ferrante will take her slot. The time hasn't changed.\n\n"
            "Hi Alex,\n\n"
            "Here's who you'll meet on your design panel at Pollinate:\n\n"
            "- Isaac Bergström — Design Director (hiring manager)\n"
            "- Tamsin Oduya — Staff Product Designer\n"
            "- Nico Ferrante — Senior Product Manager, Growth\n\n"
            "Plan for a 30-minute portfolio presentation and an hour of discussion.\n\n"
            "Wren Kazemi\nRecruiter, Pollinate" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Isaac Bergström",
                    "isaac.bergstrom@pollinate.co",
                    "Design Director",
                    "decision_maker",
                    True,
                ),
                ("Tamsin Oduya", "tamsin.oduya@pollinate.co", "Staff Product Designer", "peer"),
                (
                    "Nico Ferrante",
                    "nico.ferrante@pollinate.co",
                    "Senior Product Manager, Growth",
                    "peer",
                ),
            ],
            "recruiter": ("Wren Kazemi", "wren.kazemi@pollinate.co"),
            "company": "Pollinate",
            "position": "Senior Product Designer, Growth",
        },
    },
    {
        "id": "f20-human-ics-hm-own-meet-signature",
        "format": "ics",
        "style": "human-hm",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex <> Jonas - intro call",
        "start": "2032-03-03T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Jonas Eriksen", "jonas.eriksen@quillstack.io"),
        "attendees": [ME, P("Jonas Eriksen", "jonas.eriksen@quillstack.io")],
        "description": (
            "Hey Alex - Maya Lindgren from our recruiting team passed along your profile for the Staff Frontend Engineer opening on my team. "
            "Would love to hear what you've been building and tell you a bit about where the editor is heading. "
            "Nothing to prepare.\n\n"
            "Jonas Eriksen\nEngineering Manager, Editor Platform\nQuillstack" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Jonas Eriksen",
                    "jonas.eriksen@quillstack.io",
                    "Engineering Manager, Editor Platform",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Maya Lindgren", None),
            "company": "Quillstack",
            "position": "Staff Frontend Engineer",
        },
    },
    {
        "id": "f20-modernloop-ics-virtual-onsite-singapore",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "medium",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "Virtual Onsite: Alex Morgan - Senior Backend Engineer (Risk) - Lumora",
        "start": "2032-03-23T10:00",
        "minutes": 180,
        "tz": "Asia/Singapore",
        "organizer": P("Lumora Recruiting", "recruiting@lumora.sg"),
        "attendees": [
            ME,
            P("Wei Jie Tan", "weijie.tan@lumora.sg"),
            P("Anjali Menon", "anjali.menon@lumora.sg"),
            P("Kenji Fujimoto", "kenji.fujimoto@lumora.sg"),
        ],
        "description": (
            "Hi Alex, here is your schedule for Tuesday 23 March (all times SGT).\n\n"
            "10:00 - 11:00  Live coding  |  Wei Jie Tan (Senior Software Engineer)  |  weijie.tan@lumora.sg\n"
            "11:00 - 12:00  Risk systems design  |  Anjali Menon (Principal Engineer)  |  anjali.menon@lumora.sg\n"
            "12:00 - 13:00  Hiring manager conversation  |  Kenji Fujimoto (Head of Risk Engineering)  |  kenji.fujimoto@lumora.sg\n\n"
            "Each session uses the same Google Meet link below. Your coordinator for today is Nurul Aziz; "
            "your recruiter is Sebastian Koh (sebastian.koh@lumora.sg).\n\n"
            "Sent via ModernLoop" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Wei Jie Tan", "weijie.tan@lumora.sg", "Senior Software Engineer", "peer"),
                ("Anjali Menon", "anjali.menon@lumora.sg", "Principal Engineer", "peer"),
                (
                    "Kenji Fujimoto",
                    "kenji.fujimoto@lumora.sg",
                    "Head of Risk Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Sebastian Koh", "sebastian.koh@lumora.sg"),
            "company": "Lumora",
            "position": "Senior Backend Engineer (Risk)",
        },
    },
    {
        "id": "f20-human-ics-tokyo-casual-interview-bilingual",
        "format": "ics",
        "style": "human-recruiter",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "カジュアル面談 Alex Morgan様 × Minato Robotics",
        "start": "2032-03-08T18:00",
        "minutes": 30,
        "tz": "Asia/Tokyo",
        "organizer": P("Aoi Takahashi", "aoi.takahashi@minato-robotics.jp"),
        "attendees": [ME, P("Aoi Takahashi", "aoi.takahashi@minato-robotics.jp")],
        "description": (
            "Alex Morgan様\n\n"
            "この度はカジュアル面談のお時間をいただきありがとうございます。\n"
            "本日は選考ではなく、Minato Robotics の事業やSREポジションについてご紹介させていただきます。\n\n"
            "(English follows) Thank you for taking the time for a casual conversation. Today is not a formal selection step: "
            "I'll introduce Minato Robotics and our Site Reliability Engineer opening, and answer your questions.\n\n"
            "高橋 葵 / Aoi Takahashi\n"
            "Talent Acquisition Lead | Minato Robotics株式会社\n"
            "aoi.takahashi@minato-robotics.jp" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Aoi Takahashi",
                    "aoi.takahashi@minato-robotics.jp",
                    "Talent Acquisition Lead",
                    "recruiter",
                ),
            ],
            "recruiter": ("Aoi Takahashi", "aoi.takahashi@minato-robotics.jp"),
            "company": "Minato Robotics",
            "position": "Site Reliability Engineer",
        },
    },
    # --- .ics: non-interviews -----------------------------------------------------------------
    {
        "id": "f20-no-ics-initech-structured-interviewing-training",
        "format": "ics",
        "style": "internal",
        "difficulty": "easy",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interviewer training: structured interviews & scorecards (required for new panelists)",
        "start": "2032-03-02T14:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Initech People Team", "people@initech.com"),
        "attendees": [
            ME_WORK,
            P("Samir Haddad", "samir.haddad@initech.com"),
            P("Lena Ostrowski", "lena.ostrowski@initech.com"),
        ],
        "description": (
            "Hi all,\n\n"
            "You're receiving this because you've been added to an interview panel this quarter. This session covers how to run a "
            "structured interview, write evidence-based scorecard notes in Greenhouse, and avoid common bias traps.\n\n"
            "Facilitator: Lena Ostrowski, Talent Acquisition Manager\n\n"
            "Initech People Team" + TEAMS
        ),
        "location": "Conf Room Bolton / Teams",
        "expect": None,
    },
    {
        "id": "f20-no-ics-podcast-recording-guest",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Recording: The Build Log podcast - interview with Alex Morgan",
        "start": "2032-03-12T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Tess Varnum", "tess@buildlogpod.com"),
        "attendees": [
            ME,
            P("Tess Varnum", "tess@buildlogpod.com"),
            P("Darnell Huxley", "darnell@buildlogpod.com"),
        ],
        "description": (
            "Hi Alex!\n\n"
            "Thanks again for agreeing to come on the show. We'll record on Riverside (link below) - headphones please, and a quiet "
            "room if you can. Rough outline:\n"
            "1. How you got into infrastructure work\n"
            "2. The migration story from your conference talk\n"
            "3. Advice for engineers interviewing for their first senior role\n\n"
            "We edit everything, so don't worry about flubs.\n\n"
            "Tess & Darnell, hosts of The Build Log\n"
            "https://riverside.fm/studio/the-build-log"
        ),
        "location": "https://riverside.fm/studio/the-build-log",
        "expect": None,
    },
    {
        "id": "f20-no-ics-reference-call-for-former-colleague",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Reference call - Jamie Park (candidate for Engineering Manager at Orchard Health)",
        "start": "2032-03-19T12:30",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Carla Benitez", "carla.benitez@orchardhealth.com"),
        "attendees": [ME, P("Carla Benitez", "carla.benitez@orchardhealth.com")],
        "description": (
            "Hi Alex,\n\n"
            "Jamie Park listed you as a reference for our Engineering Manager role - thank you for making the time. I'll ask about "
            "your time working together at Initech, Jamie's strengths, and areas for growth. It should take about 15-20 minutes.\n\n"
            "I'll call you at the number Jamie provided.\n\n"
            "Carla Benitez\nSenior Recruiter, Orchard Health"
        ),
        "expect": None,
    },
    {
        "id": "f20-no-ics-mock-system-design-with-friend",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Mock interview: system design (practice w/ Priya)",
        "start": "2032-03-06T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Priya Natarajan", "priya.natarajan@gmail.com"),
        "attendees": [ME, P("Priya Natarajan", "priya.natarajan@gmail.com")],
        "description": (
            "Practice round before your Copperline onsite! I'll play the Staff Engineer interviewer - prompt is a surprise. "
            "45 min design + 15 min feedback. Excalidraw link to follow.\n\n- P" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f20-no-ics-initech-debrief-pm-loop",
        "format": "ics",
        "style": "internal",
        "difficulty": "easy",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Debrief: Senior PM candidate (R. Achterberg) - onsite loop",
        "start": "2032-03-22T16:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Greta Solis", "greta.solis@initech.com"),
        "attendees": [
            ME_WORK,
            P("Greta Solis", "greta.solis@initech.com"),
            P("Howard Finch", "howard.finch@initech.com"),
            P("Yusuf Demir", "yusuf.demir@initech.com"),
        ],
        "description": (
            "Debrief for today's onsite. Please submit your scorecard in Greenhouse before joining so we avoid anchoring. "
            "Hiring manager (Howard) will make the call at the end.\n\nGreta Solis\nRecruiter, Initech"
            + TEAMS
        ),
        "expect": None,
    },
    # --- Google JSON: interviews --------------------------------------------------------------
    {
        "id": "f20-gem-google-sourcer-books-hm-intro",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Intro chat: Alex Morgan / Rafael Quintero (Sable Analytics)",
        "start": "2032-03-01T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Ines Marlowe", "ines.marlowe@sableanalytics.com"),
        "attendees": [
            ME,
            P("Rafael Quintero", "rafael.quintero@sableanalytics.com"),
            P("Ines Marlowe", "ines.marlowe@sableanalytics.com"),
        ],
        "description": (
            "Hi Alex,<br><br>Thanks for grabbing time through my scheduling link! This is a casual intro with Rafael Quintero, "
            "our director of analytics engineering, about the Senior Analytics Engineer role we messaged "
            "you about.<br><br>I'm the sourcer on this search; if it goes well, Dominic Ashe (dominic.ashe@sableanalytics.com), "
            "the recruiter for the role, will take it from there.<br><br>Ines Marlowe<br>Technical Sourcer, Sable Analytics"
            "<br><br><i>Scheduled with Gem</i>" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rafael Quintero",
                    "rafael.quintero@sableanalytics.com",
                    "Director of Analytics Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Dominic Ashe", "dominic.ashe@sableanalytics.com"),
            "company": "Sable Analytics",
            "position": "Senior Analytics Engineer",
        },
    },
    {
        "id": "f20-greenhouse-google-recruiter-screen-team-mailbox",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "easy",
        "title": "Alex Morgan - Recruiter Phone Screen - Solutions Engineer, Mid-Market (Remote - US)",
        "start": "2032-03-02T15:30",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Vantafleet Recruiting", "recruiting@vantafleet.com"),
        "attendees": [ME, P("Courtney Abara", "courtney.abara@vantafleet.com")],
        "description": (
            "Hi Alex,\n\n"
            "Thanks for applying to Vantafleet! You're confirmed for a 30-minute phone screen with Courtney Abara, Senior Technical "
            "Recruiter. Courtney will call you at the number on your application.\n\n"
            "To reschedule, reply to this email.\n\n"
            "Vantafleet Recruiting Team"
        ),
        "location": "Phone call - Courtney will call you",
        "expect": {
            "interviewers": [
                (
                    "Courtney Abara",
                    "courtney.abara@vantafleet.com",
                    "Senior Technical Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Courtney Abara", "courtney.abara@vantafleet.com"),
            "company": "Vantafleet",
            "position": "Solutions Engineer, Mid-Market",
        },
    },
    {
        "id": "f20-ashby-google-portuguese-panel-sao-paulo",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Entrevista técnica - Pessoa Desenvolvedora Backend Sênior - Alex Morgan | Cajuí",
        "start": "2032-03-10T10:00",
        "minutes": 90,
        "tz": "America/Sao_Paulo",
        "organizer": P("Beatriz Nogueira", "beatriz.nogueira@cajui.com.br"),
        "attendees": [
            ME,
            P("Beatriz Nogueira", "beatriz.nogueira@cajui.com.br"),
            P("Thiago Moura", "thiago.moura@cajui.com.br"),
            P("Larissa Campos", "larissa.campos@cajui.com.br"),
        ],
        "description": (
            "Olá Alex,\n\n"
            "Sua entrevista técnica está confirmada! Você vai conversar com:\n\n"
            "• Thiago Moura - Gerente de Engenharia (gestor da vaga)\n"
            "• Larissa Campos - Engenheira de Software Staff\n\n"
            "Formato: 60 min de live coding em Go + 30 min de perguntas. Pode usar a linguagem que preferir.\n\n"
            "Qualquer dúvida, é só me chamar.\n\n"
            "Beatriz Nogueira\nTech Recruiter | Cajuí\n\n"
            "Agendado via Ashby" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Thiago Moura",
                    "thiago.moura@cajui.com.br",
                    "Gerente de Engenharia",
                    "decision_maker",
                    True,
                ),
                (
                    "Larissa Campos",
                    "larissa.campos@cajui.com.br",
                    "Engenheira de Software Staff",
                    "peer",
                ),
            ],
            "recruiter": ("Beatriz Nogueira", "beatriz.nogueira@cajui.com.br"),
            "company": "Cajuí",
            "position": "Pessoa Desenvolvedora Backend Sênior",
        },
    },
    {
        "id": "f20-human-google-cofounder-cto-coffee",
        "format": "google",
        "style": "human-founder",
        "difficulty": "hard",
        "title": "coffee ☕ alex x dev",
        "start": "2032-03-03T08:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Dev Malhotra", "dev@tidewater.dev"),
        "attendees": [ME, P("Dev Malhotra", "dev@tidewater.dev")],
        "description": (
            "looking forward to it! Ludlow Coffee on Rivington, I'll grab a table in the back.\n\n"
            "agenda (loose): what we're building at Tidewater, where a founding engineer would fit, and whatever you want to ask "
            "about the seed round.\n\n"
            "- dev\n"
            "co-founder & CTO, tidewater"
        ),
        "location": "Ludlow Coffee Supply, 176 Ludlow St, New York, NY",
        "expect": {
            "interviewers": [
                ("Dev Malhotra", "dev@tidewater.dev", "Co-Founder & CTO", "executive")
            ],
            "recruiter": None,
            "company": "Tidewater",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "f20-teamtailor-google-swedish-utvecklingschef",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "medium",
        "title": "Intervju: Alex Morgan – Backendutvecklare, Betalningar – Klarvik",
        "start": "2032-03-11T13:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Klarvik via Teamtailor", "no-reply@teamtailor-mail.com"),
        "attendees": [
            ME,
            P("Johanna Lindqvist", "johanna.lindqvist@klarvik.se"),
            P("Emil Håkansson", "emil.hakansson@klarvik.se"),
        ],
        "description": (
            "Hej Alex!\n\n"
            "Tack för att du vill träffa oss. Här är detaljerna för din intervju för tjänsten Backendutvecklare, Betalningar.\n\n"
            "Deltagare från Klarvik:\n"
            "Johanna Lindqvist, Utvecklingschef (rekryterande chef)\n"
            "Emil Håkansson, Senior backendutvecklare\n\n"
            "Intervjun sker via Google Meet. Har du frågor? Kontakta Sara Bengtsson, rekryterare, på sara.bengtsson@klarvik.se.\n\n"
            "Vänliga hälsningar,\nKlarvik" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Johanna Lindqvist",
                    "johanna.lindqvist@klarvik.se",
                    "Utvecklingschef",
                    "decision_maker",
                    True,
                ),
                ("Emil Håkansson", "emil.hakansson@klarvik.se", "Senior backendutvecklare", "peer"),
            ],
            "recruiter": ("Sara Bengtsson", "sara.bengtsson@klarvik.se"),
            "company": "Klarvik",
            "position": "Backendutvecklare, Betalningar",
        },
    },
    {
        "id": "f20-calendly-google-hm-conversation-booking",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Hiring Manager Conversation: Growth Marketing Lead (Alex Morgan)",
        "start": "2032-03-04T11:00",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Mallory Quist", "mallory@peakline.co"),
        "attendees": [ME, P("Mallory Quist", "mallory@peakline.co")],
        "description": (
            "Event Name: Hiring Manager Conversation: Growth Marketing Lead\n\n"
            "Hi! I'm Mallory, VP of Marketing at Peakline and the hiring manager for this role. This is a 45-minute conversation "
            "about your experience with lifecycle and paid growth.\n\n"
            "Location: Google Meet (link below)\n\n"
            "Questions: Anything you'd like me to know ahead of time?\n"
            "Answer: I led lifecycle for a B2C fitness app; happy to walk through the reactivation program.\n\n"
            "Need to make changes to this event? https://calendly.com/reschedulings/5c11e0\n\n"
            "Powered by Calendly.com" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Mallory Quist", "mallory@peakline.co", "VP of Marketing", "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Peakline",
            "position": "Growth Marketing Lead",
        },
    },
    {
        "id": "f20-human-google-recruiter-moved-director",
        "format": "google",
        "style": "human-recruiter",
        "difficulty": "medium",
        "title": "MOVED to Thu: Alex Morgan / Sunita Rao (Director of Product) - Brackenridge",
        "start": "2032-03-18T14:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Trevor Quayle", "trevor.quayle@brackenridge.com"),
        "attendees": [
            ME,
            P("Sunita Rao", "sunita.rao@brackenridge.com"),
            P("Trevor Quayle", "trevor.quayle@brackenridge.com", optional=True),
        ],
        "description": (
            "Hi Alex - Sunita had a board prep conflict on Tuesday so I've moved this to Thursday, same time. Sorry for the shuffle!\n\n"
            "As a reminder, Sunita would be your manager in the Principal Product Manager, Platform role, so expect a deep dive on "
            "roadmap tradeoffs.\n\n"
            "Trevor Quayle\nSenior Recruiter | Brackenridge\n(617) 555-0119" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Sunita Rao",
                    "sunita.rao@brackenridge.com",
                    "Director of Product",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Trevor Quayle", "trevor.quayle@brackenridge.com"),
            "company": "Brackenridge",
            "position": "Principal Product Manager, Platform",
        },
    },
    {
        "id": "f20-personio-google-spanish-jefa-analitica",
        "format": "google",
        "style": "personio",
        "difficulty": "medium",
        "title": "Entrevista: Analista de Datos Senior – Alex Morgan",
        "start": "2032-03-15T11:30",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Nubaria Talento", "talento@nubaria.es"),
        "attendees": [
            ME,
            P("Carmen Iturbe", "carmen.iturbe@nubaria.es"),
            P("Pablo Serrano", "pablo.serrano@nubaria.es"),
        ],
        "description": (
            "Hola Alex:\n\n"
            "Te confirmamos tu entrevista para el puesto de Analista de Datos Senior (Madrid, híbrido) en Nubaria.\n\n"
            "Entrevistadores:\n"
            "- Carmen Iturbe, Jefa de Analítica\n"
            "- Pablo Serrano, Analista de Datos\n\n"
            "La entrevista será por Google Meet. Si necesitas cambiar la hora, responde a este correo.\n\n"
            "Un saludo,\nEquipo de Talento de Nubaria, S.L.\n\n"
            "Enviado con Personio" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Carmen Iturbe",
                    "carmen.iturbe@nubaria.es",
                    "Jefa de Analítica",
                    "decision_maker",
                ),
                ("Pablo Serrano", "pablo.serrano@nubaria.es", "Analista de Datos", "peer"),
            ],
            "recruiter": (None, "talento@nubaria.es"),
            "company": "Nubaria",
            "position": "Analista de Datos Senior",
        },
    },
    {
        "id": "f20-bamboohr-google-small-firm-president",
        "format": "google",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview - Operations Coordinator - Alder & Finch Landscape Architects",
        "start": "2032-03-05T10:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Judy Okonkwo", "judy@alderfinch.com"),
        "attendees": [
            ME,
            P("Judy Okonkwo", "judy@alderfinch.com"),
            P("Harold Finch", "harold@alderfinch.com"),
        ],
        "description": (
            "Hello Alex,\n\n"
            "You have been scheduled for an interview for the Operations Coordinator position.\n\n"
            "Date: Friday, March 5, 2032\n"
            "Time: 10:00 AM PST\n"
            "Location: 415 Alder St, Suite 2, Sacramento, CA\n"
            "Interviewers: Judy Okonkwo (Operations Manager), Harold Finch (President)\n\n"
            "Questions? Contact our HR generalist, Pam Whitley, at hr@alderfinch.com.\n\n"
            "Please bring a copy of your resume.\n\n"
            "Judy Okonkwo\nOperations Manager\nAlder & Finch Landscape Architects\n\n"
            "This message was sent from BambooHR."
        ),
        "location": "415 Alder St, Suite 2, Sacramento, CA",
        "expect": {
            "interviewers": [
                ("Judy Okonkwo", "judy@alderfinch.com", "Operations Manager", "decision_maker"),
                ("Harold Finch", "harold@alderfinch.com", "President", "executive"),
            ],
            "recruiter": ("Pam Whitley", "hr@alderfinch.com"),
            "company": "Alder & Finch Landscape Architects",
            "position": "Operations Coordinator",
        },
    },
    {
        "id": "f20-human-google-ea-books-vp-with-recruiter",
        "format": "google",
        "style": "human-ea",
        "difficulty": "hard",
        "title": "Alex Morgan - conversation with Martin Oyelowo (SVP, Customer Success)",
        "start": "2032-03-24T09:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Dana Kowalski", "dana.kowalski@ridgemontsoftware.com"),
        "attendees": [
            ME,
            P("Martin Oyelowo", "martin.oyelowo@ridgemontsoftware.com"),
            P("Lucia Ferreira", "lucia.ferreira@ridgemontsoftware.com"),
        ],
        "description": (
            "Good morning Alex,<br><br>I support Martin Oyelowo and have put 30 minutes on his calendar for your final conversation "
            "for the Director of Customer Success, Enterprise position. Lucia Ferreira, your recruiter, is copied and can help with "
            "anything about the process.<br><br>Martin prefers video; the Meet link is attached.<br><br>Best,<br>Dana Kowalski"
            "<br>Executive Assistant to Martin Oyelowo<br>Ridgemont Software" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Martin Oyelowo",
                    "martin.oyelowo@ridgemontsoftware.com",
                    "SVP, Customer Success",
                    "executive",
                ),
            ],
            "recruiter": ("Lucia Ferreira", "lucia.ferreira@ridgemontsoftware.com"),
            "company": "Ridgemont Software",
            "position": "Director of Customer Success, Enterprise",
        },
    },
    {
        "id": "f20-goodtime-google-graduate-assessment-centre",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Assessment Centre - 2032 Technology Graduate Programme - Alex Morgan",
        "start": "2032-03-25T09:30",
        "minutes": 240,
        "tz": "Europe/Dublin",
        "organizer": P("Corrib Bank Early Careers", "earlycareers@corribbank.ie"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\n"
            "Congratulations on progressing to the assessment centre for the Technology Graduate Programme at Corrib Bank.\n\n"
            "Schedule (all times IST):\n"
            "09:30 Welcome, coffee and introduction to Corrib Bank\n"
            "10:00 Group exercise (6 candidates) - assessed by Cian Daly, Senior Software Engineer, and Niamh Brennan, Scrum Master\n"
            "11:30 Competency interview - Ruairí Byrne, Engineering Manager\n"
            "12:30 Lunch with current graduates\n\n"
            "Venue: Corrib Bank, 2 Dockland Quay, Dublin 1. Bring photo ID.\n\n"
            "Any questions? Email the Early Careers team at earlycareers@corribbank.ie.\n\n"
            "Scheduled with GoodTime"
        ),
        "location": "Corrib Bank, 2 Dockland Quay, Dublin 1",
        "expect": {
            "interviewers": [
                ("Cian Daly", None, "Senior Software Engineer", "peer"),
                ("Niamh Brennan", None, "Scrum Master", "peer"),
                ("Ruairí Byrne", None, "Engineering Manager", "decision_maker"),
            ],
            "recruiter": (None, "earlycareers@corribbank.ie"),
            "company": "Corrib Bank",
            "position": "Technology Graduate Programme",
        },
    },
    {
        "id": "f20-human-google-italian-colloquio-responsabile",
        "format": "google",
        "style": "human-hm",
        "difficulty": "medium",
        "title": "Colloquio conoscitivo - Alex Morgan",
        "start": "2032-03-09T15:00",
        "minutes": 45,
        "tz": "Europe/Rome",
        "organizer": P("Federica Lanzoni", "federica.lanzoni@vellutosoft.it"),
        "attendees": [ME, P("Federica Lanzoni", "federica.lanzoni@vellutosoft.it")],
        "description": (
            "Ciao Alex,\n\n"
            "come anticipato dalla nostra HR, Giulia Ferri, ti invio il link per il colloquio conoscitivo per la posizione di "
            "Sviluppatore Mobile Senior (iOS). Sarò io la tua responsabile diretta: parleremo della tua esperienza e del team.\n\n"
            "A presto,\n"
            "Federica Lanzoni\n"
            "Responsabile Sviluppo Mobile\n"
            "Velluto Software S.r.l. - Bologna" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Federica Lanzoni",
                    "federica.lanzoni@vellutosoft.it",
                    "Responsabile Sviluppo Mobile",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Giulia Ferri", None),
            "company": "Velluto Software",
            "position": "Sviluppatore Mobile Senior (iOS)",
        },
    },
    {
        "id": "f20-lever-google-final-round-cto-vp",
        "format": "google",
        "style": "lever",
        "difficulty": "medium",
        "title": "Alex Morgan - Final Round - Staff Machine Learning Engineer - Orbweaver",
        "start": "2032-03-26T13:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Kiana Mahoe", "kiana@orbweaver.ai"),
        "attendees": [
            ME,
            P("Kiana Mahoe", "kiana@orbweaver.ai"),
            P("Yusuf Adeyemi", "yusuf@orbweaver.ai"),
            P("Claire Dubois", "claire@orbweaver.ai"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "Congrats on making it to the final round! Details:\n\n"
            "1:00 - 1:45 PM PT - Yusuf Adeyemi, CTO & Co-founder - technical vision and research direction\n"
            "1:45 - 2:30 PM PT - Claire Dubois, VP of Engineering (your future manager) - team and ways of working\n\n"
            "I'll follow up afterward with next steps.\n\n"
            "Kiana Mahoe\nLead Recruiter, Orbweaver" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Yusuf Adeyemi", "yusuf@orbweaver.ai", "CTO & Co-founder", "executive"),
                (
                    "Claire Dubois",
                    "claire@orbweaver.ai",
                    "VP of Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Kiana Mahoe", "kiana@orbweaver.ai"),
            "company": "Orbweaver",
            "position": "Staff Machine Learning Engineer",
        },
    },
    {
        "id": "f20-human-google-agency-forwards-client-hm",
        "format": "google",
        "style": "human-agency",
        "difficulty": "hard",
        "title": "FW: Interview - Senior QA Automation Engineer - Alex Morgan",
        "start": "2032-03-16T11:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Raj Patel", "raj.patel@harbourlinerecruitment.co.uk"),
        "attendees": [
            ME,
            P("Raj Patel", "raj.patel@harbourlinerecruitment.co.uk"),
            P("Eleanor Whitcombe", "eleanor.whitcombe@tallisgaming.com"),
        ],
        "description": (
            "Hi Alex,\n\nForwarding the invite from Tallis Gaming below - good luck, speak after!\n\n"
            "Raj Patel | Principal Consultant | Harbourline Recruitment\n\n"
            "---------- Forwarded message ---------\n"
            "From: Eleanor Whitcombe <eleanor.whitcombe@tallisgaming.com>\n"
            "Subject: Interview - Senior QA Automation Engineer\n\n"
            "Hi Raj,\n\nPlease pass this on to Alex. I'll be joined by Tom Ridley from the platform squad (Senior SDET). "
            "We'll cover their automation framework experience and a short practical.\n\n"
            "Thanks,\nEleanor Whitcombe\nQA Manager | Tallis Gaming Ltd" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Eleanor Whitcombe",
                    "eleanor.whitcombe@tallisgaming.com",
                    "QA Manager",
                    "decision_maker",
                ),
                ("Tom Ridley", None, "Senior SDET", "peer"),
            ],
            "recruiter": ("Raj Patel", "raj.patel@harbourlinerecruitment.co.uk"),
            "company": "Tallis Gaming",
            "position": "Senior QA Automation Engineer",
        },
    },
    {
        "id": "f20-modernloop-google-take-home-review",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Take-Home Review | Alex Morgan | Full Stack Engineer - Pantry Pal",
        "start": "2032-03-12T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Pantry Pal Recruiting", "recruiting@pantrypal.com"),
        "attendees": [
            ME,
            P("Ogechi Nwosu", "ogechi@pantrypal.com"),
            P("Sam Whitley", "sam.whitley@pantrypal.com"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "Thanks for submitting your take-home! In this session you'll walk through your solution with:\n\n"
            "Ogechi Nwosu - Tech Lead, Ordering\n"
            "Sam Whitley - Software Engineer\n\n"
            "Please have your repo open and ready to share your screen.\n\n"
            "Questions? Reach out to Marisol Vega, Recruiting Coordinator, at recruiting@pantrypal.com.\n\n"
            "Scheduled with ModernLoop" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Ogechi Nwosu", "ogechi@pantrypal.com", "Tech Lead, Ordering", "peer"),
                ("Sam Whitley", "sam.whitley@pantrypal.com", "Software Engineer", "peer"),
            ],
            "recruiter": ("Marisol Vega", "recruiting@pantrypal.com"),
            "company": "Pantry Pal",
            "position": "Full Stack Engineer",
        },
    },
    # --- Google JSON: non-interviews ----------------------------------------------------------
    {
        "id": "f20-no-google-initech-loop-sync",
        "format": "google",
        "style": "internal",
        "difficulty": "easy",
        "title": "Interview loop sync - Staff Product Designer req",
        "start": "2032-03-08T11:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Nadia Kerr", "nadia.kerr@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Nadia Kerr", "nadia.kerr@initech.com"),
            P("Owen Blake", "owen.blake@initech.com"),
        ],
        "description": (
            "Quick sync to split focus areas for the Staff Product Designer loop (portfolio, craft, collaboration, HM). "
            "Alex - can you take the collaboration interview again?\n\nNadia" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f20-no-google-client-kickoff-titled-intro",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Intro: Initech <> Brenner Logistics",
        "start": "2032-03-10T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Hector Brenner", "hector@brennerlogistics.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Hector Brenner", "hector@brennerlogistics.com"),
            P("Lydia Cho", "lydia.cho@brennerlogistics.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for the intro via Paulo. Looking forward to hearing how Initech's routing API could plug into our "
            "dispatch system - Lydia from our ops team will join with a few integration questions.\n\n"
            "Hector Brenner\nCOO, Brenner Logistics" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f20-no-google-alumni-admissions-interview",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Alumni interview: applicant Maya Chen (Class of 2036)",
        "start": "2032-03-13T11:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Alumni Interview Program", "alumni-interviews@brooksidecollege.edu"),
        "attendees": [ME, P("Maya Chen", "maya.chen.2036@gmail.com")],
        "description": (
            "Dear Alex,\n\nThank you for volunteering as an alumni interviewer. You are scheduled to meet applicant Maya Chen. "
            "Please submit your interview report in the Alumni Portal within 48 hours.\n\n"
            "Brookside College Office of Admissions" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f20-no-google-initech-hiring-committee",
        "format": "google",
        "style": "internal",
        "difficulty": "easy",
        "title": "Hiring committee: Backend L5 packets (3 candidates)",
        "start": "2032-03-29T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting Ops", "recruiting-ops@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Rosa Delgado", "rosa.delgado@initech.com"),
            P("Kwame Mensah", "kwame.mensah@initech.com"),
        ],
        "description": (
            "Committee review for three Backend Engineer (L5) candidates who completed onsite interviews last week. "
            "Packets and interviewer feedback are linked in Greenhouse; please read them before the meeting."
        ),
        "expect": None,
    },
    {
        "id": "f20-no-google-press-interview-about-launch",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview: Alex Morgan (Initech) for TechBeat feature on routing APIs",
        "start": "2032-03-17T10:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Nora Feld", "nora.feld@techbeat.news"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Nora Feld", "nora.feld@techbeat.news"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for agreeing to chat for our piece on how logistics companies are rebuilding routing. "
            "I'll record the call for accuracy; quotes will be checked with your comms team before publication.\n\n"
            "Nora Feld\nSenior Reporter, TechBeat" + ZOOM
        ),
        "expect": None,
    },
    # --- Graph JSON: interviews ---------------------------------------------------------------
    {
        "id": "f20-workday-graph-bank-panel-toronto",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview Scheduled: Senior Model Risk Analyst - Alex Morgan",
        "start": "2032-03-05T13:00",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Laurentian Trust Careers", "careers@laurentiantrust.ca"),
        "attendees": [
            ME,
            P("Genevieve Tremblay", "genevieve.tremblay@laurentiantrust.ca"),
            P("Arjun Bhattacharya", "arjun.bhattacharya@laurentiantrust.ca"),
        ],
        "description": (
            "Laurentian Trust\n\n"
            "Candidate: Alex Morgan\n"
            "Position: R0048812 Senior Model Risk Analyst (Open)\n"
            "Location: Toronto, ON - 100 King St W\n"
            "Time Type: Full time\n\n"
            "Interview Panel:\n"
            "Genevieve Tremblay | Director, Model Risk Management | Hiring Manager\n"
            "Arjun Bhattacharya | Senior Manager, Model Validation\n\n"
            "Recruiter: Colin Featherstone (colin.featherstone@laurentiantrust.ca)\n\n"
            "This is a system generated message." + TEAMS
        ),
        "html": False,
        "expect": {
            "interviewers": [
                (
                    "Genevieve Tremblay",
                    "genevieve.tremblay@laurentiantrust.ca",
                    "Director, Model Risk Management",
                    "decision_maker",
                    True,
                ),
                (
                    "Arjun Bhattacharya",
                    "arjun.bhattacharya@laurentiantrust.ca",
                    "Senior Manager, Model Validation",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Colin Featherstone", "colin.featherstone@laurentiantrust.ca"),
            "company": "Laurentian Trust",
            "position": "Senior Model Risk Analyst",
        },
    },
    {
        "id": "f20-human-graph-dutch-kennismaking-teamleider",
        "format": "graph",
        "style": "human-hm",
        "difficulty": "medium",
        "title": "Kennismakingsgesprek Alex Morgan - Data Scientist",
        "start": "2032-03-09T14:30",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Sanne de Wit", "sanne.dewit@polderstroom.nl"),
        "attendees": [
            ME,
            P("Sanne de Wit", "sanne.dewit@polderstroom.nl"),
            P("Ruben Kuipers", "ruben.kuipers@polderstroom.nl"),
        ],
        "description": (
            "Hoi Alex,\n\n"
            "Leuk dat je interesse hebt in de vacature Data Scientist (32-40 uur) bij Polderstroom. Hierbij de uitnodiging voor "
            "een kennismakingsgesprek met mij en Ruben Kuipers, Senior Data Scientist in ons team. Als teamleider zou ik je "
            "leidinggevende zijn.\n\n"
            "Groet,\n"
            "Sanne de Wit\n"
            "Teamleider Data & Analytics | Polderstroom B.V.\n"
            "Utrecht" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Sanne de Wit",
                    "sanne.dewit@polderstroom.nl",
                    "Teamleider Data & Analytics",
                    "decision_maker",
                    True,
                ),
                ("Ruben Kuipers", "ruben.kuipers@polderstroom.nl", "Senior Data Scientist", "peer"),
            ],
            "recruiter": None,
            "company": "Polderstroom",
            "position": "Data Scientist",
        },
    },
    {
        "id": "f20-greenhouse-graph-rescheduled-virtual-onsite",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "[Rescheduled] Virtual Onsite - Alex Morgan - Senior Site Reliability Engineer - Brightmoor",
        "start": "2032-03-22T11:00",
        "minutes": 150,
        "tz": "America/New_York",
        "organizer": P("Brightmoor Recruiting", "no-reply@us.greenhouse-mail.io"),
        "attendees": [
            ME,
            P("Priscilla Vance", "priscilla.vance@brightmoor.com"),
            P("Hamid Rostami", "hamid.rostami@brightmoor.com"),
            P("Ellie Tranter", "ellie.tranter@brightmoor.com"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "As discussed, your virtual onsite has moved to Monday, March 22. Your updated schedule:\n\n"
            "11:00 AM - 11:45 AM ET: Incident response scenario - Hamid Rostami (Staff SRE)\n"
            "11:45 AM - 12:30 PM ET: Infrastructure design - Ellie Tranter (Senior SRE)\n"
            "12:45 PM - 1:30 PM ET: Hiring manager interview - Priscilla Vance (Manager, Reliability Engineering)\n\n"
            "(Previously scheduled interviewer Owen Gaskell is no longer on your schedule.)\n\n"
            "Your recruiting coordinator is Tessa Blume (tessa.blume@brightmoor.com) and your recruiter is Jared Ng "
            "(jared.ng@brightmoor.com).\n\n"
            "Brightmoor Talent Team"
        ),
        "expect": {
            "interviewers": [
                ("Hamid Rostami", "hamid.rostami@brightmoor.com", "Staff SRE", "peer"),
                ("Ellie Tranter", "ellie.tranter@brightmoor.com", "Senior SRE", "peer"),
                (
                    "Priscilla Vance",
                    "priscilla.vance@brightmoor.com",
                    "Manager, Reliability Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Jared Ng", "jared.ng@brightmoor.com"),
            "company": "Brightmoor",
            "position": "Senior Site Reliability Engineer",
        },
    },
    {
        "id": "f20-icims-graph-defense-panel",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview Confirmation - Embedded Software Engineer III (Req 24-5512) - Aresford Systems",
        "start": "2032-03-11T09:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Aresford Systems Recruiting", "recruiting@aresford.com"),
        "attendees": [
            ME,
            P("Bill Castellano", "bcastellano@aresford.com"),
            P("Jun Park", "jpark@aresford.com"),
            P("Renata Oyelaran", "roye@aresford.com"),
        ],
        "description": (
            "Dear Alex,\n\n"
            "This confirms your on-site panel interview for Embedded Software Engineer III (Req 24-5512) in Huntsville, AL. "
            "Note: this position requires U.S. citizenship.\n\n"
            "Panel:\n"
            "  Bill Castellano, Software Engineering Manager\n"
            "  Jun Park, Principal Embedded Engineer\n"
            "  Renata Oyelaran, Systems Engineer IV\n\n"
            "Please arrive at the Visitor Center, 4800 Bradford Dr NW, 20 minutes early to complete badging.\n\n"
            "Talent Acquisition Partner: Cheryl Dukes, cheryl.dukes@aresford.com\n\n"
            "Aresford Systems | Talent Acquisition"
        ),
        "location": "Aresford Systems Visitor Center, 4800 Bradford Dr NW, Huntsville, AL",
        "expect": {
            "interviewers": [
                (
                    "Bill Castellano",
                    "bcastellano@aresford.com",
                    "Software Engineering Manager",
                    "decision_maker",
                ),
                ("Jun Park", "jpark@aresford.com", "Principal Embedded Engineer", "peer"),
                ("Renata Oyelaran", "roye@aresford.com", "Systems Engineer IV", "peer"),
            ],
            "recruiter": ("Cheryl Dukes", "cheryl.dukes@aresford.com"),
            "company": "Aresford Systems",
            "position": "Embedded Software Engineer III",
        },
    },
    {
        "id": "f20-human-graph-ea-books-ceo-final",
        "format": "graph",
        "style": "human-ea",
        "difficulty": "medium",
        "title": "Final conversation: Alex Morgan & Theo Marchbanks",
        "start": "2032-03-30T17:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Imogen Reyes", "imogen.reyes@kestrelhealth.com"),
        "attendees": [ME, P("Theo Marchbanks", "theo.marchbanks@kestrelhealth.com")],
        "description": (
            "Hello Alex,\n\n"
            "Theo asked me to find time for a final conversation before the team makes its decision on the Head of Platform "
            "Engineering role. Theo is our Founder and CEO; he'll join from the Boston office via Teams.\n\n"
            "I coordinate Theo's interviews, so feel free to reach out to me directly if anything changes.\n\n"
            "Kind regards,\nImogen Reyes\nExecutive Assistant to the CEO\nKestrel Health" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Theo Marchbanks",
                    "theo.marchbanks@kestrelhealth.com",
                    "Founder and CEO",
                    "executive",
                ),
            ],
            "recruiter": ("Imogen Reyes", "imogen.reyes@kestrelhealth.com"),
            "company": "Kestrel Health",
            "position": "Head of Platform Engineering",
        },
    },
    {
        "id": "f20-smartrecruiters-graph-french-directrice-marketing",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Entretien - Chef de Produit Marketing Senior (H/F) - Maison Verdane",
        "start": "2032-03-12T10:30",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Maison Verdane Recrutement", "recrutement@maisonverdane.fr"),
        "attendees": [
            ME,
            P("Hélène Marchetti", "helene.marchetti@maisonverdane.fr"),
            P("Julien Roux", "julien.roux@maisonverdane.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\n"
            "Nous avons le plaisir de vous confirmer votre entretien pour le poste de Chef de Produit Marketing Senior (H/F) - CDI, "
            "basé à Paris 8e.\n\n"
            "Vous rencontrerez :\n"
            "- Hélène Marchetti, Directrice Marketing (manager du poste)\n"
            "- Julien Roux, Chef de Produit Marketing\n\n"
            "L'entretien se déroulera sur Microsoft Teams.\n\n"
            "Pour toute question, contactez Clémence Aubry, Chargée de recrutement, à clemence.aubry@maisonverdane.fr.\n\n"
            "Cordialement,\nL'équipe Recrutement de Maison Verdane" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hélène Marchetti",
                    "helene.marchetti@maisonverdane.fr",
                    "Directrice Marketing",
                    "decision_maker",
                    True,
                ),
                (
                    "Julien Roux",
                    "julien.roux@maisonverdane.fr",
                    "Chef de Produit Marketing",
                    "peer",
                ),
            ],
            "recruiter": ("Clémence Aubry", "clemence.aubry@maisonverdane.fr"),
            "company": "Maison Verdane",
            "position": "Chef de Produit Marketing Senior",
        },
    },
    {
        "id": "f20-human-graph-polish-rozmowa-kierownik",
        "format": "graph",
        "style": "human-recruiter",
        "difficulty": "medium",
        "title": "Rozmowa rekrutacyjna - Alex Morgan - Starszy Inżynier DevOps",
        "start": "2032-03-15T13:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Agnieszka Zielińska", "agnieszka.zielinska@wislatech.pl"),
        "attendees": [
            ME,
            P("Agnieszka Zielińska", "agnieszka.zielinska@wislatech.pl"),
            P("Marek Nowakowski", "marek.nowakowski@wislatech.pl"),
        ],
        "description": (
            "Dzień dobry Alex,\n\n"
            "dziękuję za rozmowę telefoniczną. Zapraszam na drugi etap rekrutacji na stanowisko: Starszy Inżynier DevOps.\n\n"
            "Spotkanie poprowadzi Marek Nowakowski (Kierownik Zespołu Infrastruktury) - porozmawiacie o Kubernetesie, Terraformie "
            "i dyżurach on-call. Ja nie będę uczestniczyć, ale w razie pytań jestem do dyspozycji.\n\n"
            "Pozdrawiam serdecznie,\n"
            "Agnieszka Zielińska\n"
            "Specjalistka ds. Rekrutacji IT | WisłaTech Sp. z o.o." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Marek Nowakowski",
                    "marek.nowakowski@wislatech.pl",
                    "Kierownik Zespołu Infrastruktury",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Agnieszka Zielińska", "agnieszka.zielinska@wislatech.pl"),
            "company": "WisłaTech",
            "position": "Starszy Inżynier DevOps",
        },
    },
    {
        "id": "f20-ashby-graph-hm-screen-label-lines",
        "format": "graph",
        "style": "ashby",
        "difficulty": "easy",
        "title": "Alex Morgan <> Quorum Health: Hiring Manager Screen",
        "start": "2032-03-03T12:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Quorum Health Recruiting", "recruiting@quorumhealth.io"),
        "attendees": [ME, P("Esther Balogun", "esther.balogun@quorumhealth.io")],
        "description": (
            "Interview: Hiring Manager Screen\n"
            "Job: Senior Data Engineer, Claims\n"
            "Candidate: Alex Morgan\n"
            "Interviewer: Esther Balogun, Engineering Manager (Hiring Manager)\n"
            "Recruiter: Tobias Wren (tobias.wren@quorumhealth.io)\n\n"
            "Looking forward to the conversation!" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Esther Balogun",
                    "esther.balogun@quorumhealth.io",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Tobias Wren", "tobias.wren@quorumhealth.io"),
            "company": "Quorum Health",
            "position": "Senior Data Engineer, Claims",
        },
    },
    {
        "id": "f20-human-graph-agency-contract-role",
        "format": "graph",
        "style": "human-agency",
        "difficulty": "hard",
        "title": "Interview with Coastal Mutual - Salesforce Developer (Contract, 6 months) - Alex Morgan",
        "start": "2032-03-19T10:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Brandon Tulley", "btulley@summitstaffinggroup.com"),
        "attendees": [
            ME,
            P("Brandon Tulley", "btulley@summitstaffinggroup.com"),
            P("Angela Moreno", "angela.moreno@coastalmutual.com"),
            P("Kyle Pruitt", "kyle.pruitt@coastalmutual.com"),
        ],
        "description": (
            "Alex,\n\n"
            "Confirming your interview with Coastal Mutual for the Salesforce Developer contract (6 months, likely extension, "
            "remote). You'll speak with Angela Moreno (CRM Manager - you'd report to her on the engagement) and "
            "Kyle Pruitt (Senior Salesforce Architect).\n\n"
            "I'm just hosting the bridge - I'll drop off after intros.\n\n"
            "Brandon Tulley\nTechnical Recruiter | Summit Staffing Group\nDirect: 312-555-0188"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Angela Moreno",
                    "angela.moreno@coastalmutual.com",
                    "CRM Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Kyle Pruitt",
                    "kyle.pruitt@coastalmutual.com",
                    "Senior Salesforce Architect",
                    "peer",
                ),
            ],
            "recruiter": ("Brandon Tulley", "btulley@summitstaffinggroup.com"),
            "company": "Coastal Mutual",
            "position": "Salesforce Developer",
        },
    },
    {
        "id": "f20-goodtime-graph-day-one-of-two-onsite",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Onsite Day 1 of 2 - Alex Morgan - Staff Software Engineer, Search - Juniper Lane",
        "start": "2032-03-29T10:00",
        "minutes": 150,
        "tz": "America/Los_Angeles",
        "organizer": P("Juniper Lane Interviews", "interviews@juniperlane.com"),
        "attendees": [
            ME,
            P("Oskar Nilsen", "oskar.nilsen@juniperlane.com"),
            P("Abena Mensah", "abena.mensah@juniperlane.com"),
            P("Lior Ben-David", "lior.bendavid@juniperlane.com"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "Here is Day 1 of your onsite. Day 2 (Tuesday, March 30) will arrive as a separate invite.\n\n"
            "10:00 - 11:00 | Coding | Oskar Nilsen, Senior Software Engineer\n"
            "11:00 - 12:00 | Search relevance deep dive | Abena Mensah, Staff Software Engineer\n"
            "12:00 - 12:30 | Meet your hiring manager | Lior Ben-David, Senior Engineering Manager, Search\n\n"
            "All sessions take place in the Sequoia room, 3rd floor, 88 Townsend St. Lunch is on us.\n\n"
            "Coordinator: Felicity Harte | felicity.harte@juniperlane.com\n\n"
            "Powered by GoodTime"
        ),
        "location": "Juniper Lane HQ, 88 Townsend St, San Francisco - Sequoia room",
        "expect": {
            "interviewers": [
                (
                    "Oskar Nilsen",
                    "oskar.nilsen@juniperlane.com",
                    "Senior Software Engineer",
                    "peer",
                ),
                ("Abena Mensah", "abena.mensah@juniperlane.com", "Staff Software Engineer", "peer"),
                (
                    "Lior Ben-David",
                    "lior.bendavid@juniperlane.com",
                    "Senior Engineering Manager, Search",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Felicity Harte", "felicity.harte@juniperlane.com"),
            "company": "Juniper Lane",
            "position": "Staff Software Engineer, Search",
        },
    },
    {
        "id": "f20-human-graph-bengaluru-cofounder-intro",
        "format": "graph",
        "style": "human-founder",
        "difficulty": "hard",
        "title": "Intro call - Alex / Kavya",
        "start": "2032-03-08T09:30",
        "minutes": 30,
        "tz": "Asia/Kolkata",
        "organizer": P("Kavya Reddy", "kavya@chaikart.in"),
        "attendees": [ME, P("Kavya Reddy", "kavya@chaikart.in")],
        "description": (
            "Hi Alex,\n\n"
            "Thanks for replying to my note! As mentioned, we're looking for someone to lead product for our B2B ordering app and "
            "join the team in Bengaluru (or remote with regular visits). Would love to tell you where Chaikart is headed and hear "
            "what you're looking for next.\n\n"
            "Cheers,\nKavya Reddy\nCo-founder & COO, Chaikart" + TEAMS
        ),
        "expect": {
            "interviewers": [("Kavya Reddy", "kavya@chaikart.in", "Co-founder & COO", "executive")],
            "recruiter": None,
            "company": "Chaikart",
            "position": None,
        },
    },
    {
        "id": "f20-gem-graph-hm-and-recruiter-in-prose",
        "format": "graph",
        "style": "gem",
        "difficulty": "medium",
        "title": "Alex Morgan / Halcyon Robotics - Intro with Hiring Manager",
        "start": "2032-03-04T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Priya Castellanos", "priya.castellanos@halcyonrobotics.com"),
        "attendees": [
            ME,
            P("Priya Castellanos", "priya.castellanos@halcyonrobotics.com"),
            P("Gus Adebayo", "gus.adebayo@halcyonrobotics.com"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "Thanks for being open to a conversation! I'm connecting you with Gus Adebayo, the hiring manager for our Controls "
            "Software Engineer role. Gus leads the motion-planning team as our Head of Autonomy Software.\n\n"
            "I'm the recruiter on the role, so come to me with anything logistical.\n\n"
            "Priya Castellanos\nTechnical Recruiter, Halcyon Robotics\n\nSent with Gem" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Gus Adebayo",
                    "gus.adebayo@halcyonrobotics.com",
                    "Head of Autonomy Software",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Priya Castellanos", "priya.castellanos@halcyonrobotics.com"),
            "company": "Halcyon Robotics",
            "position": "Controls Software Engineer",
        },
    },
    {
        "id": "f20-human-graph-hm-teams-pasted-recruiter-chain",
        "format": "graph",
        "style": "human-hm",
        "difficulty": "hard",
        "title": "Alex Morgan - technical conversation",
        "start": "2032-03-17T15:30",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Warren Achterberg", "warren.achterberg@bluefjord.com"),
        "attendees": [
            ME,
            P("Warren Achterberg", "warren.achterberg@bluefjord.com"),
            P("Mei Lin Zhou", "meilin.zhou@bluefjord.com"),
        ],
        "description": (
            "Alex - sending this directly since Carmen is out today. Mei Lin (Staff Engineer on my team) will join me.\n\n"
            "Warren Achterberg | Director of Engineering, Payments Infrastructure | Bluefjord\n\n"
            "-----Original Message-----\n"
            "From: Carmen Oduya <carmen.oduya@bluefjord.com>\n"
            "Sent: Monday, March 15, 2032 9:12 AM\n"
            "To: Warren Achterberg <warren.achterberg@bluefjord.com>\n"
            "Subject: RE: Alex Morgan - next step\n\n"
            "Hi Warren, Alex is available Wed afternoon for the technical round for the Senior Backend Engineer, Payments Infrastructure "
            "role. Can you send the invite? I'm out Wednesday.\n\n"
            "Carmen Oduya\nSenior Technical Recruiter | Bluefjord" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Warren Achterberg",
                    "warren.achterberg@bluefjord.com",
                    "Director of Engineering, Payments Infrastructure",
                    "decision_maker",
                ),
                ("Mei Lin Zhou", "meilin.zhou@bluefjord.com", "Staff Engineer", "peer"),
            ],
            "recruiter": ("Carmen Oduya", "carmen.oduya@bluefjord.com"),
            "company": "Bluefjord",
            "position": "Senior Backend Engineer, Payments Infrastructure",
        },
    },
    {
        "id": "f20-lever-graph-architecture-portfolio-review",
        "format": "graph",
        "style": "lever",
        "difficulty": "medium",
        "title": "Portfolio Review - Project Architect - Alex Morgan",
        "start": "2032-03-24T14:00",
        "minutes": 75,
        "tz": "America/Chicago",
        "organizer": P("Talent at Stonebridge Lyle", "talent@stonebridgelyle.com"),
        "attendees": [
            ME,
            P("Marguerite Olsen", "molsen@stonebridgelyle.com"),
            P("Kenji Arakawa", "karakawa@stonebridgelyle.com"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "We're looking forward to seeing your work! For your portfolio review for the Project Architect position at "
            "Stonebridge Lyle Architects you'll meet:\n\n"
            "Marguerite Olsen, AIA - Design Director, Healthcare Studio (hiring manager)\n"
            "Kenji Arakawa - Senior Project Architect\n\n"
            "Please plan to present 2-3 projects in about 40 minutes. Our office is at 330 N Wabash, 22nd floor.\n\n"
            "Best,\nRowan Pike\nRecruiting Coordinator, Stonebridge Lyle Architects\ntalent@stonebridgelyle.com"
        ),
        "location": "Stonebridge Lyle Architects, 330 N Wabash Ave, 22nd floor, Chicago",
        "expect": {
            "interviewers": [
                (
                    "Marguerite Olsen",
                    "molsen@stonebridgelyle.com",
                    "Design Director, Healthcare Studio",
                    "decision_maker",
                    True,
                ),
                (
                    "Kenji Arakawa",
                    "karakawa@stonebridgelyle.com",
                    "Senior Project Architect",
                    "peer",
                ),
            ],
            "recruiter": ("Rowan Pike", "talent@stonebridgelyle.com"),
            "company": "Stonebridge Lyle Architects",
            "position": "Project Architect",
        },
    },
    {
        "id": "f20-human-graph-sydney-head-of-data-chat",
        "format": "graph",
        "style": "human-hm",
        "difficulty": "medium",
        "title": "Chat re: Senior Data Engineer role",
        "start": "2032-03-25T08:00",
        "minutes": 30,
        "tz": "Australia/Sydney",
        "organizer": P("Liam O'Rourke", "liam.orourke@saltbushenergy.com.au"),
        "attendees": [ME, P("Liam O'Rourke", "liam.orourke@saltbushenergy.com.au")],
        "description": (
            "G'day Alex,\n\n"
            "Thanks for applying - I'm the hiring manager for the Senior Data Engineer role and I'd like to have a quick chat "
            "before we line up the rest of the process. Early start given the time difference, hope that works.\n\n"
            "Cheers,\nLiam O'Rourke\nHead of Data | Saltbush Energy\nLevel 9, 1 Bligh St, Sydney NSW 2000"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Liam O'Rourke",
                    "liam.orourke@saltbushenergy.com.au",
                    "Head of Data",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Saltbush Energy",
            "position": "Senior Data Engineer",
        },
    },
    # --- Graph JSON: non-interviews -----------------------------------------------------------
    {
        "id": "f20-no-graph-initech-interview-shadowing",
        "format": "graph",
        "style": "internal",
        "difficulty": "medium",
        "title": "Shadow: Backend onsite - system design (Alex shadowing Rosa)",
        "start": "2032-03-01T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting Coordination", "interviews@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Rosa Delgado", "rosa.delgado@initech.com"),
        ],
        "description": (
            "You are shadowing this interview as part of interviewer certification. Please stay on mute, take notes, and do not "
            "submit a scorecard. Candidate details are in Greenhouse.\n\n"
            "Lead interviewer: Rosa Delgado, Staff Engineer\n\n"
            "Initech Recruiting Coordination" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f20-no-graph-initech-pm-rubric-calibration",
        "format": "graph",
        "style": "internal",
        "difficulty": "easy",
        "title": "PM interview rubric calibration",
        "start": "2032-03-16T16:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Howard Finch", "howard.finch@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Greta Solis", "greta.solis@initech.com"),
            P("Yusuf Demir", "yusuf.demir@initech.com"),
        ],
        "description": (
            "We've had some drift in how we score the product sense interview. Let's look at 4 anonymized scorecards together and "
            "agree on what a 'strong hire' looks like.\n\nHoward" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f20-no-graph-initech-exit-interview",
        "format": "graph",
        "style": "internal",
        "difficulty": "hard",
        "title": "Exit interview - Alex Morgan",
        "start": "2032-03-31T11:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Lena Ostrowski", "lena.ostrowski@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Lena Ostrowski", "lena.ostrowski@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs part of your offboarding, I'd like to hold a short, confidential exit interview. We'll talk about your "
            "experience at Initech and anything we could do better. We'll also go over your final paycheck, equipment return and "
            "benefits end date.\n\nLena Ostrowski\nPeople Partner, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f20-no-graph-webinar-ace-the-tech-interview",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Webinar: How to ace the system design interview (live panel with hiring managers)",
        "start": "2032-03-11T19:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Launchpad Careers Events", "events@launchpadcareers.com"),
        "attendees": [ME],
        "description": (
            "Thanks for registering! Join engineering hiring managers from three tech companies for a live panel on what they look for "
            "in system design interviews, followed by audience Q&A.\n\n"
            "Panelists:\n"
            "- Dana Whitlock, Engineering Manager\n"
            "- Farid Haddad, Director of Engineering\n"
            "- Ming Zhao, Staff Engineer\n\n"
            "Moderator: Jess Albers, Career Coach, Launchpad Careers\n\n"
            "Join the webinar: https://launchpadcareers.zoom.us/w/98123456789"
        ),
        "expect": None,
    },
    {
        "id": "f20-no-graph-ats-vendor-demo-intro",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Intro: Initech x Hireflow - interview scheduling demo",
        "start": "2032-03-23T13:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Brent Calloway", "brent.calloway@hireflow.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Brent Calloway", "brent.calloway@hireflow.com"),
            P("Sofia Marin", "sofia.marin@hireflow.com"),
        ],
        "description": (
            "Hi Alex,\n\n"
            "Great to connect! As promised, here's time to show you how Hireflow automates interview scheduling for panels and "
            "onsites. I'll bring Sofia, one of our Solutions Engineers, to walk through the Greenhouse integration.\n\n"
            "Brent Calloway\nAccount Executive, Hireflow" + ZOOM
        ),
        "expect": None,
    },
]
