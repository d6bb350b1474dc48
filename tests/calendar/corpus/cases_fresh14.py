"""Fresh held-out batch "fresh-14", written blind on 2026-12-07 (the sixth session) by someone who
does not tune the parser, before any run of the parser on it (issue 16). 60 invites: 45
interviews and 15 near-misses that mention interviewing (the user's own hiring meetings, an
interviewer training, a debrief, a calibration, mock interviews, a careers webinar, a reference
call the user gives, an exit interview, a candidate lunch the user hosts, a press interview),
across .ics (20), Google JSON (20) and Graph JSON (20). The writer never read, imported or ran
the extraction code, the bench or the corpus tests, and wrote these invites as an outside tester
would, to differ from the tuning parts (new companies, people, layouts and sentence shapes):
Greenhouse, Lever, Ashby, GoodTime, ModernLoop, Gem, Calendly, Workday, iCIMS, SmartRecruiters,
Teamtailor and BambooHR templates, agencies, and people writing their own Zoom / Meet / Teams
invites (founders, recruiters, hiring managers, an executive assistant); tab, pipe and HTML
itineraries, prose panels, forwarded invites, German, Spanish, French and Danish mixed in,
"Last, First" names, shared mailboxes, people with no address, updated and rescheduled invites,
a two-day onsite, an all-day assessment and several time zones. Held out in `heldout-fresh14/`
(rendered by build_heldout14.py, never by build.py) and measured by the coordinator only.

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions of cases_m.py, cases_n.py, cases_o.py and cases_fresh12.py: a person the
invite calls the hiring manager, the candidate's future manager, the person the role reports
to, or the lead of the team they would join is a decision_maker with the hiring-manager mark,
executives included; a people-manager title (manager of a function, head of, director,
supervisor, team lead, practice manager, nurse manager and their foreign forms) is a
decision_maker; CEO, founder, CTO, COO, CFO, VP, chief, president, managing partner, general
manager are executives unless called the hiring manager; individual-contributor titles that
contain "manager" (product, program, account manager) are peers; an HR business partner who
interviews is role recruiter; a recruiter who runs (part of) the call is an interviewer (role
recruiter) and the recruiter; one who only coordinates, opens the call and drops off, or sources
is the recruiter but not an interviewer; the recruiter is the named recruiter (address only when
the invite gives that person's own address), else the coordinator, else a team mailbox as
(None, address), else None; someone only shadowing, observing, replaced or not attending is not
an interviewer; rooms, assistants and the candidate's own addresses are not interviewers; an
interviewer's email is the address the invite gives for that person, else None; names are
written without honorifics and post-nominals, with particles as written; a person with no title
or role in the invite is "unknown" with no title; titles are written as the invite writes them;
legal forms, requisition ids, levels in their own segment, locations in their own segment and
gender markers are left out of company and position; whatever the invite does not say is None.
"difficulty" is the writer's guess (easy / medium / hard) of how hard a case is to read; build.py
ignores it.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")
CASES: list[dict[str, Any]] = [
    # --- .ics: recruiting tools --------------------------------------------------------------
    {
        "id": "f14-greenhouse-ics-tab-itinerary-hm-tag",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Schedule: Alex Morgan for Senior Data Platform Engineer",
        "start": "2030-03-04T13:00",
        "minutes": 135,
        "tz": "America/Chicago",
        "organizer": P("Wrenna Oduya", "wrenna.oduya@tallowmere.io"),
        "attendees": [
            ME,
            P("Thaddeus Brightwell", "thaddeus@tallowmere.io"),
            P("Ines Kovačević", "ines.k@tallowmere.io"),
            P("Mahlon Greer", "mgreer@tallowmere.io"),
        ],
        "description": (
            "Hello Alex,\n\nHere is your virtual onsite with Tallowmere.\n\n"
            "1:00 PM\tThaddeus Brightwell\tStaff Data Engineer\tPipelines & orchestration\n"
            "1:45 PM\tInes Kovačević\tSenior Analytics Engineer\tData modeling\n"
            "2:30 PM\tMahlon Greer (HM)\tManager, Data Platform\tExperience & goals\n\n"
            "Each session has its own link in the calendar event. Good luck!\n\n"
            "Wrenna Oduya\nTechnical Recruiter, Tallowmere" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Thaddeus Brightwell", "thaddeus@tallowmere.io", "Staff Data Engineer", "peer"),
                ("Ines Kovačević", "ines.k@tallowmere.io", "Senior Analytics Engineer", "peer"),
                (
                    "Mahlon Greer",
                    "mgreer@tallowmere.io",
                    "Manager, Data Platform",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Wrenna Oduya", "wrenna.oduya@tallowmere.io"),
            "company": "Tallowmere",
            "position": "Senior Data Platform Engineer",
        },
    },
    {
        "id": "f14-lever-ics-prose-panel-dash-roles",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Lever Scheduling//EN",
        "title": "Alex Morgan <> Tamsin & Hollister Outfitters — Merchandise Planner",
        "start": "2030-03-05T10:30",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Tamsin & Hollister Recruiting", "recruiting@tamsinhollister.com"),
        "attendees": [
            ME,
            P("Corisande Vail", "cvail@tamsinhollister.com"),
            P("Rafferty Nwosu", "rnwosu@tamsinhollister.com"),
        ],
        "description": (
            "Hi Alex! You'll be speaking with two people today: Corisande Vail, who runs planning "
            "for our women's apparel business as Director of Merchandise Planning (and would be "
            "your manager), and Rafferty Nwosu, a Senior Planner on the same team.\n\n"
            "Questions? Your recruiter is Pilar Urquiza (pilar.u@tamsinhollister.com).\n\n"
            "Tamsin & Hollister Outfitters Recruiting" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Corisande Vail",
                    "cvail@tamsinhollister.com",
                    "Director of Merchandise Planning",
                    "decision_maker",
                    True,
                ),
                ("Rafferty Nwosu", "rnwosu@tamsinhollister.com", "Senior Planner", "peer"),
            ],
            "recruiter": ("Pilar Urquiza", "pilar.u@tamsinhollister.com"),
            "company": "Tamsin & Hollister Outfitters",
            "position": "Merchandise Planner",
        },
    },
    {
        "id": "f14-ashby-ics-noreply-single-vp-hm",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Scheduling//EN",
        "title": "Alex Morgan / Thimbleby Freight — Hiring Manager Interview",
        "start": "2030-03-06T09:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Thimbleby Freight", "no-reply@ashbyhq.com"),
        "attendees": [ME, P("Oriel Dufresne", "od@thimblebyfreight.com")],
        "description": (
            "Interview for Head of Carrier Operations\n\nInterviewer: Oriel Dufresne · VP, "
            "Operations · Hiring Manager\n\nScheduled by Kestrel Amankwah (Recruiting)\n\n"
            "Join: https://meet.google.com/vtx-oqre-hpl"
        ),
        "expect": {
            "interviewers": [
                (
                    "Oriel Dufresne",
                    "od@thimblebyfreight.com",
                    "VP, Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Kestrel Amankwah", None),
            "company": "Thimbleby Freight",
            "position": "Head of Carrier Operations",
        },
    },
    {
        "id": "f14-goodtime-ics-two-day-onsite-day-headers",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "hard",
        "prodid": "-//GoodTime.io//Scheduling//EN",
        "title": "Onsite Interviews (2 days) - Alex Morgan - Process Engineer II",
        "start": "2030-03-11T09:00",
        "minutes": 1920,
        "tz": "America/Denver",
        "organizer": P("Cordillera Semiconductor Scheduling", "interviews@cordillera-semi.com"),
        "attendees": [
            ME,
            P("Yevgenia Tarasenko", "ytarasenko@cordillera-semi.com"),
            P("Bram Oosterhuis", "boosterhuis@cordillera-semi.com"),
            P("Priyamvada Puttaswamy", "pputtaswamy@cordillera-semi.com"),
            P("Fab Tour Host", "fabtours@cordillera-semi.com"),
        ],
        "description": (
            "DAY 1 — Monday, March 11\n"
            "9:00-10:00  Yevgenia Tarasenko <ytarasenko@cordillera-semi.com> - Principal Process "
            "Engineer\n"
            "10:15-11:00  Fab tour (cleanroom gowning; hosted by our tours team)\n"
            "1:00-2:00  Bram Oosterhuis <boosterhuis@cordillera-semi.com> - Etch Engineering "
            "Manager\n\n"
            "DAY 2 — Tuesday, March 12\n"
            "9:00-10:00  Priyamvada Puttaswamy <pputtaswamy@cordillera-semi.com> - Director, "
            "Process Integration "
            "(hiring manager)\n"
            "10:00-11:00  Technical presentation to the etch team\n\n"
            "Travel and hotel questions: Deshawn Pickett, Recruiting Coordinator "
            "(dpickett@cordillera-semi.com)."
        ),
        "location": "Cordillera Semiconductor, Fab 2 Lobby, 4410 Mesa Verde Pkwy, Albuquerque",
        "expect": {
            "interviewers": [
                (
                    "Yevgenia Tarasenko",
                    "ytarasenko@cordillera-semi.com",
                    "Principal Process Engineer",
                    "peer",
                ),
                (
                    "Bram Oosterhuis",
                    "boosterhuis@cordillera-semi.com",
                    "Etch Engineering Manager",
                    "decision_maker",
                ),
                (
                    "Priyamvada Puttaswamy",
                    "pputtaswamy@cordillera-semi.com",
                    "Director, Process Integration",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Deshawn Pickett", "dpickett@cordillera-semi.com"),
            "company": "Cordillera Semiconductor",
            "position": "Process Engineer II",
        },
    },
    {
        "id": "f14-workday-ics-labels-own-lines-hospital",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview: Clinical Informatics Analyst (JR-58812)",
        "start": "2030-03-12T14:00",
        "minutes": 60,
        "tz": "America/Phoenix",
        "organizer": P("Saguaro Valley Health Talent", "talent.noreply@saguarovalleyhealth.org"),
        "attendees": [ME, P("Marisol Quintanar", "marisol.quintanar@saguarovalleyhealth.org")],
        "description": (
            "Candidate\nAlex Morgan\n\nJob Requisition\nJR-58812 Clinical Informatics Analyst "
            "(Open)\n\nInterview Type\nVideo\n\nInterviewer\nMarisol Quintanar, MSN, RN\n\n"
            "Interviewer Title\nManager, Clinical Informatics\n\nRecruiter\nTobias Hendricks\n\n"
            "Saguaro Valley Health is an equal opportunity employer." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Marisol Quintanar",
                    "marisol.quintanar@saguarovalleyhealth.org",
                    "Manager, Clinical Informatics",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Tobias Hendricks", None),
            "company": "Saguaro Valley Health",
            "position": "Clinical Informatics Analyst",
        },
    },
    {
        "id": "f14-icims-ics-store-phone-interview-gm",
        "format": "ics",
        "style": "icims",
        "difficulty": "easy",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Phone Interview - Assistant Store Manager - Brambleford Home & Garden #2214",
        "start": "2030-03-13T11:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Brambleford Careers", "careers@brambleford.com"),
        "attendees": [ME, P("Lonnie Whitcomb", "store2214gm@brambleford.com")],
        "description": (
            "Interview Details\n-----------------\nPosition: Assistant Store Manager (Job ID "
            "2030-4417)\nLocation: Store #2214, Springfield, MO\nInterviewer: Lonnie Whitcomb, "
            "General Manager\nFormat: Phone — Lonnie will call you at the number on your "
            "application.\n\nIf you need to reschedule, reply to careers@brambleford.com."
        ),
        "expect": {
            "interviewers": [
                (
                    "Lonnie Whitcomb",
                    "store2214gm@brambleford.com",
                    "General Manager",
                    "executive",
                ),
            ],
            "recruiter": (None, "careers@brambleford.com"),
            "company": "Brambleford Home & Garden",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "f14-calendly-ics-founder-event-name-questions",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Zebulon Achterberg",
        "start": "2030-03-14T16:00",
        "minutes": 30,
        "tz": "Europe/Amsterdam",
        "organizer": P("Zebulon Achterberg", "zeb@tidewirelabs.nl"),
        "attendees": [ME, P("Zebulon Achterberg", "zeb@tidewirelabs.nl")],
        "description": (
            "Event Name: Founding Designer — first chat with Zeb\n\n"
            "Location: This is a Google Meet web conference.\nhttps://meet.google.com/aqd-hrwt-kml"
            "\n\nPlease share anything that will help prepare for our meeting.\n"
            "Portfolio link is in my application, happy to walk through the booking app case.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/"
            "9f2a\nReschedule: https://calendly.com/reschedulings/9f2a\n\n"
            "Powered by Calendly.com\n\n--\nZeb Achterberg, Co-founder & CEO, Tidewire Labs"
        ),
        "expect": {
            "interviewers": [
                ("Zebulon Achterberg", "zeb@tidewirelabs.nl", "Co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Tidewire Labs",
            "position": "Founding Designer",
        },
    },
    {
        "id": "f14-bamboohr-ics-dental-practice-manager",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "easy",
        "prodid": "-//BambooHR//Hiring//EN",
        "title": "Interview with Larkspur Family Dental - Dental Office Coordinator",
        "start": "2030-03-15T08:30",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Larkspur Family Dental", "notifications@bamboohr.com"),
        "attendees": [ME, P("Gwendolyn Abara", "gwen@larkspurdental.com")],
        "description": (
            "You're scheduled to interview for Dental Office Coordinator.\n\n"
            "Who: Gwendolyn Abara, Practice Manager\nWhere: 1180 Juniper Ridge Rd, Suite 4, "
            "Boise, ID\nWhat to bring: a copy of your resume\n\n"
            "Sent via BambooHR on behalf of Larkspur Family Dental, PLLC"
        ),
        "location": "1180 Juniper Ridge Rd, Suite 4, Boise, ID",
        "expect": {
            "interviewers": [
                (
                    "Gwendolyn Abara",
                    "gwen@larkspurdental.com",
                    "Practice Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Larkspur Family Dental",
            "position": "Dental Office Coordinator",
        },
    },
    {
        "id": "f14-smartrecruiters-ics-hiring-team-block",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "prodid": "-//SmartRecruiters//Interview//EN",
        "title": "Interview invitation: Treasury Analyst at Hallbrook Mutual",
        "start": "2030-03-18T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Hallbrook Mutual", "hallbrookmutual@smartrecruiters-mail.com"),
        "attendees": [
            ME,
            P("Ferdinand Osei-Tutu", "fosei-tutu@hallbrookmutual.com"),
            P("Genevieve Laramie", "glaramie@hallbrookmutual.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nYou are invited to a panel interview for the position of "
            "Treasury Analyst.\n\nHiring team:\n- Ferdinand Osei-Tutu (Assistant Treasurer) - "
            "Hiring Manager\n- Genevieve Laramie (Senior Treasury Analyst)\n\nRecruiter: Nadira "
            "Beaumont\n\nWe look forward to meeting you.\nHallbrook Mutual Talent Team" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ferdinand Osei-Tutu",
                    "fosei-tutu@hallbrookmutual.com",
                    "Assistant Treasurer",
                    "decision_maker",
                    True,
                ),
                (
                    "Genevieve Laramie",
                    "glaramie@hallbrookmutual.com",
                    "Senior Treasury Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Nadira Beaumont", None),
            "company": "Hallbrook Mutual",
            "position": "Treasury Analyst",
        },
    },
    {
        "id": "f14-modernloop-ics-updated-panelist-swapped",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "hard",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "[Updated] Interview: Alex Morgan — Backend Engineer, Billing (Session 2 of 3)",
        "start": "2030-03-19T15:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Ottoline Marsh", "ottoline@pebbleledger.com"),
        "attendees": [
            ME,
            P("Casimir Wojcik", "casimir@pebbleledger.com"),
            P("Ottoline Marsh", "ottoline@pebbleledger.com", optional=True),
        ],
        "description": (
            "UPDATE: Henrietta Lisle can no longer make this slot; Casimir Wojcik will interview "
            "you instead.\n\nSession 2 of 3 — Coding (billing domain)\nInterviewer: Casimir "
            "Wojcik, Software Engineer II\n\nSession 3 (Thursday) is with Ravindra Kulkarni, "
            "your prospective manager; you'll get a separate invite.\n\nCoordinator: Ottoline "
            "Marsh, Pebble Ledger" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Casimir Wojcik", "casimir@pebbleledger.com", "Software Engineer II", "peer"),
            ],
            "recruiter": ("Ottoline Marsh", "ottoline@pebbleledger.com"),
            "company": "Pebble Ledger",
            "position": "Backend Engineer, Billing",
        },
    },
    # --- .ics: people writing their own invites ----------------------------------------------
    {
        "id": "f14-human-ics-outlook-surname-comma-teams",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Alex Morgan - 2nd round - Regional Sales Manager",
        "start": "2030-03-20T13:30",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Haverkamp, Josefina", "josefina.haverkamp@ironmeadow.com"),
        "attendees": [
            ME,
            P("Haverkamp, Josefina", "josefina.haverkamp@ironmeadow.com"),
            P("Steptoe, Ambrose", "ambrose.steptoe@ironmeadow.com"),
        ],
        "description": (
            "Alex,\n\nThanks again for the first conversation. For round two you will meet "
            "Ambrose Steptoe, our VP of Sales, alongside me. The role "
            "reports to me.\n\nJosefina Haverkamp\nArea Sales Director | Iron Meadow Agricultural "
            "Supply\nM: 402-555-0143" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Josefina Haverkamp",
                    "josefina.haverkamp@ironmeadow.com",
                    "Area Sales Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Ambrose Steptoe",
                    "ambrose.steptoe@ironmeadow.com",
                    "VP of Sales",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Iron Meadow Agricultural Supply",
            "position": "Regional Sales Manager",
        },
    },
    {
        "id": "f14-human-ics-german-english-mix",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Vorstellungsgespräch / Interview: Junior Controller (m/w/d)",
        "start": "2030-03-21T10:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Liesel Brandstätter", "l.brandstaetter@kranichwerk.de"),
        "attendees": [
            ME,
            P("Liesel Brandstätter", "l.brandstaetter@kranichwerk.de"),
            P("Dr. Konstantin Vogelsang", "k.vogelsang@kranichwerk.de"),
        ],
        "description": (
            "Hallo Alex,\n\nwie besprochen hier die Einladung zum Gespräch (we can do it in "
            "English). Teilnehmer:\n- Dr. Konstantin Vogelsang, Leiter Controlling (your future "
            "manager)\n- Liesel Brandstätter, HR Business Partner\n\nBitte bring ein "
            "Ausweisdokument "
            "mit.\n\nViele Grüße\nLiesel Brandstätter\nHR Business Partner\nKranichwerk "
            "Maschinenbau "
            "GmbH, Hannover"
        ),
        "location": "Kranichwerk, Gebäude C, Raum 2.14, Hannover",
        "expect": {
            "interviewers": [
                (
                    "Konstantin Vogelsang",
                    "k.vogelsang@kranichwerk.de",
                    "Leiter Controlling",
                    "decision_maker",
                    True,
                ),
                (
                    "Liesel Brandstätter",
                    "l.brandstaetter@kranichwerk.de",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Liesel Brandstätter", "l.brandstaetter@kranichwerk.de"),
            "company": "Kranichwerk Maschinenbau",
            "position": "Junior Controller",
        },
    },
    {
        "id": "f14-agency-ics-consultant-intro-then-drops",
        "format": "ics",
        "style": "agency",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Client interview: Alex Morgan x Verdant Axle (via Halyard Search)",
        "start": "2030-03-22T12:00",
        "minutes": 50,
        "tz": "Europe/London",
        "organizer": P("Cosmo Threlfall", "cosmo@halyardsearch.co.uk"),
        "attendees": [
            ME,
            P("Cosmo Threlfall", "cosmo@halyardsearch.co.uk"),
            P("Perpetua Adeyemi-Clarke", "perpetua@verdantaxle.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs promised, your first interview with Verdant Axle for the Battery "
            "Systems Lead role. I'll open the call to make introductions and then leave you with "
            "Perpetua Adeyemi-Clarke, their CTO, who is hiring for this role directly.\n\nShout if "
            "anything changes.\n\nCosmo Threlfall\nPrincipal Consultant, Halyard Search" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Perpetua Adeyemi-Clarke",
                    "perpetua@verdantaxle.com",
                    "CTO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Cosmo Threlfall", "cosmo@halyardsearch.co.uk"),
            "company": "Verdant Axle",
            "position": "Battery Systems Lead",
        },
    },
    {
        "id": "f14-human-ics-apple-hm-lowercase-prose",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//macOS 14.4//EN",
        "title": "coffee + chat re: sous chef",
        "start": "2030-03-25T15:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Benedikt Ruhle", "benny.ruhle@icloud.com"),
        "attendees": [ME, P("Benedikt Ruhle", "benny.ruhle@icloud.com")],
        "description": (
            "hey alex - let's grab a coffee at the restaurant before service and talk about the "
            "sous chef spot. you'd be working under me in the kitchen. bring your knives if you "
            "want to do a quick stage after.\n\nbenny\nchef/owner, Marrowbone & Rye"
        ),
        "location": "Marrowbone & Rye, 212 Bergen St, Brooklyn",
        "expect": {
            "interviewers": [
                (
                    "Benedikt Ruhle",
                    "benny.ruhle@icloud.com",
                    "Chef/Owner",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Marrowbone & Rye",
            "position": "Sous Chef",
        },
    },
    {
        "id": "f14-human-ics-ea-books-for-coo",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Alex Morgan / Evander Sallis (COO) - Director of Fulfillment",
        "start": "2030-03-26T08:00",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Marguerite Fonseca", "mfonseca@copperlinehome.com"),
        "attendees": [
            ME,
            P("Evander Sallis", "esallis@copperlinehome.com"),
            P("Marguerite Fonseca", "mfonseca@copperlinehome.com", optional=True),
        ],
        "description": (
            "Good morning Alex,\n\nI support Evander Sallis, our Chief Operating Officer, and "
            "have reserved 30 minutes for the two of you to discuss the Director of Fulfillment "
            "position. Evander will call you on Teams.\n\nWarm regards,\nMarguerite Fonseca\n"
            "Executive Assistant to the COO\nCopperline Home Goods" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Evander Sallis",
                    "esallis@copperlinehome.com",
                    "Chief Operating Officer",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Copperline Home Goods",
            "position": "Director of Fulfillment",
        },
    },
    # --- .ics near-misses ----------------------------------------------------------------------
    {
        "id": "f14-not-ics-interviewer-shadow-training",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interviewer certification: reverse shadow (you lead, Odalys observes)",
        "start": "2030-03-27T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting Ops", "recruiting-ops@initech.com"),
        "attendees": [ME_WORK, P("Odalys Ferrante", "odalys.ferrante@initech.com")],
        "description": (
            "Alex, this is your reverse-shadow for the system design interview module. You will "
            "run the interview with the candidate; Odalys Ferrante (certified interviewer) will "
            "observe and give you feedback afterwards. Candidate packet is in the ATS.\n\n"
            "Initech Recruiting Operations" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f14-not-ics-exit-interview-user-leaving",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Exit interview - Alex Morgan",
        "start": "2030-03-28T14:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Quimby, Rosalind", "rosalind.quimby@initech.com"),
        "attendees": [ME_WORK, P("Quimby, Rosalind", "rosalind.quimby@initech.com")],
        "description": (
            "Hi Alex,\n\nAs part of your offboarding, I'd like to hold a short exit interview "
            "before your last day. We'll cover your experience at Initech, equipment return and "
            "benefits continuation. Your answers stay confidential.\n\nRosalind Quimby\nHR "
            "Generalist, Initech"
        ),
        "expect": None,
    },
    {
        "id": "f14-not-ics-mock-interview-bootcamp-peer",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Mock interview swap (Alex ↔ Tobenna) - behavioral round",
        "start": "2030-03-29T19:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Tobenna Ikwuemesi", "tobenna.ik@gmail.com"),
        "attendees": [ME, P("Tobenna Ikwuemesi", "tobenna.ik@gmail.com")],
        "description": (
            "Bootcamp cohort 14 practice pairing. First 30 min I interview you (STAR questions "
            "from the shared doc), then we swap. Not a real interview, just practice before our "
            "onsites next week!" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f14-not-ics-debrief-user-is-hiring-manager",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Debrief: Kaveh Farzaneh - Senior QA Engineer",
        "start": "2030-04-01T16:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Saffron Okonjo", "saffron.okonjo@initech.com"),
        "attendees": [
            ME_WORK,
            P("Ilse Nordqvist", "ilse.nordqvist@initech.com"),
            P("Dorian Pell", "dorian.pell@initech.com"),
        ],
        "description": (
            "Debrief for candidate Kaveh Farzaneh (Senior QA Engineer).\n\nInterviewers: Ilse "
            "Nordqvist, Dorian Pell\nHiring Manager: Alex Morgan\n\nPlease submit scorecards in "
            "Greenhouse before the debrief.\n\nSaffron Okonjo, Recruiter"
        ),
        "expect": None,
    },
    {
        "id": "f14-not-ics-volunteer-interview-coaching-veterans",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Volunteer: interview coaching for veterans (Alex coaching, 3 participants)",
        "start": "2030-04-02T18:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Harborline Veterans Network", "volunteers@harborlinevets.org"),
        "attendees": [ME],
        "description": (
            "Thank you for volunteering as an interview coach! You'll run 25-minute practice "
            "interviews with three transitioning service members and give them feedback on "
            "translating military experience for civilian hiring managers.\n\nVolunteer "
            "coordinator: Marcella Dunphy" + ZOOM
        ),
        "expect": None,
    },
    # --- Google JSON: recruiting tools ---------------------------------------------------------
    {
        "id": "f14-greenhouse-google-html-table-room-resource",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Alex Morgan - Onsite - Senior Industrial Designer",
        "start": "2030-04-03T09:30",
        "minutes": 150,
        "tz": "America/Los_Angeles",
        "organizer": P("Anouk Delacroix-Hale", "anouk@fernweavestudio.com"),
        "attendees": [
            ME,
            P("Lysander Qiu", "lysander@fernweavestudio.com"),
            P("Mireille Santangelo", "mireille@fernweavestudio.com"),
            P("Obadiah Frost", "obadiah@fernweavestudio.com"),
            P("PDX-3-Workshop (12)", "c_188f2a@resource.calendar.google.com", room=True),
        ],
        "description": (
            "<p>Hi Alex, here's your day at <b>Fernweave Studio</b>:</p>"
            "<table><tr><th>Time</th><th>Interviewer</th><th>Topic</th></tr>"
            "<tr><td>9:30</td><td>Lysander Qiu<br><i>Lead Industrial Designer</i></td>"
            "<td>Portfolio review</td></tr>"
            "<tr><td>10:30</td><td>Mireille Santangelo<br><i>Design Director</i> (hiring manager)"
            "</td><td>Process &amp; craft</td></tr>"
            "<tr><td>11:15</td><td>Obadiah Frost<br><i>Senior Mechanical Engineer</i></td>"
            "<td>Design for manufacturing</td></tr></table>"
            "<p>Anouk Delacroix-Hale<br>Talent Partner, Fernweave Studio</p>"
        ),
        "location": "Fernweave Studio, 3rd floor workshop, Portland OR",
        "expect": {
            "interviewers": [
                (
                    "Lysander Qiu",
                    "lysander@fernweavestudio.com",
                    "Lead Industrial Designer",
                    "peer",
                ),
                (
                    "Mireille Santangelo",
                    "mireille@fernweavestudio.com",
                    "Design Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Obadiah Frost",
                    "obadiah@fernweavestudio.com",
                    "Senior Mechanical Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Anouk Delacroix-Hale", "anouk@fernweavestudio.com"),
            "company": "Fernweave Studio",
            "position": "Senior Industrial Designer",
        },
    },
    {
        "id": "f14-lever-google-updated-invitation-time-moved",
        "format": "google",
        "style": "lever",
        "difficulty": "medium",
        "title": "Updated invitation: Interview — Alex Morgan (Partnerships Manager) @ Thu Apr 4, "
        "2030 1pm - 1:45pm (EDT) (alex.morgan@gmail.com)",
        "start": "2030-04-04T13:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Jovana Radić", "jovana@kitebridge.co"),
        "attendees": [
            ME,
            P("Jovana Radić", "jovana@kitebridge.co"),
            P(None, "leopold.ashdown@kitebridge.co"),
        ],
        "description": (
            "This event has been changed. Time moved from 11am to 1pm at Leopold's request.\n\n"
            "Alex — you'll meet Leopold Ashdown, Head of Partnerships at Kitebridge. I'll join "
            "for the whole call and take the last 15 minutes for your questions on comp and next "
            "steps.\n\n"
            "Jovana Radić · Recruiter · Kitebridge" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Leopold Ashdown",
                    "leopold.ashdown@kitebridge.co",
                    "Head of Partnerships",
                    "decision_maker",
                ),
                ("Jovana Radić", "jovana@kitebridge.co", "Recruiter", "recruiter"),
            ],
            "recruiter": ("Jovana Radić", "jovana@kitebridge.co"),
            "company": "Kitebridge",
            "position": "Partnerships Manager",
        },
    },
    {
        "id": "f14-ashby-google-initials-locals-panel-bullets",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan — Technical Panel — ML Engineer, Ranking",
        "start": "2030-04-05T11:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Sorrel Analytics Recruiting", "recruiting@sorrel.ai"),
        "attendees": [
            ME,
            P(None, "tk@sorrel.ai"),
            P(None, "ej@sorrel.ai"),
            P(None, "wb@sorrel.ai"),
        ],
        "description": (
            "<b>Panel</b><ul><li>Tomasz Kaczmarczyk — Senior ML Engineer</li>"
            "<li>Esperanza Jáuregui — Staff Research Scientist</li>"
            "<li>Winslow Bancroft — Engineering Lead, Ranking (hiring manager)</li></ul>"
            "Recruiter: Maelle Fontaine<br>Powered by Ashby"
        ),
        "expect": {
            "interviewers": [
                ("Tomasz Kaczmarczyk", "tk@sorrel.ai", "Senior ML Engineer", "peer"),
                ("Esperanza Jáuregui", "ej@sorrel.ai", "Staff Research Scientist", "peer"),
                (
                    "Winslow Bancroft",
                    "wb@sorrel.ai",
                    "Engineering Lead, Ranking",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Maelle Fontaine", None),
            "company": "Sorrel Analytics",
            "position": "ML Engineer, Ranking",
        },
    },
    {
        "id": "f14-goodtime-google-shared-mailbox-name-address-title",
        "format": "google",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Interview: Alex Morgan | Customer Success Manager, Enterprise | Bellwether Grid",
        "start": "2030-04-08T14:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Bellwether Grid Interviews", "interviews@bellwethergrid.com"),
        "attendees": [
            ME,
            P("Cressida Yamamoto", "cyamamoto@bellwethergrid.com"),
            P("Emeka Obiora", "eobiora@bellwethergrid.com"),
        ],
        "description": (
            "Interviewers:\nCressida Yamamoto <cyamamoto@bellwethergrid.com> - Customer Success "
            "Manager\nEmeka Obiora <eobiora@bellwethergrid.com> - Senior Manager, Customer Success"
            "\n\nNeed to reschedule? Contact interviews@bellwethergrid.com.\n\nScheduled with "
            "GoodTime" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Cressida Yamamoto",
                    "cyamamoto@bellwethergrid.com",
                    "Customer Success Manager",
                    "peer",
                ),
                (
                    "Emeka Obiora",
                    "eobiora@bellwethergrid.com",
                    "Senior Manager, Customer Success",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "interviews@bellwethergrid.com"),
            "company": "Bellwether Grid",
            "position": "Customer Success Manager, Enterprise",
        },
    },
    {
        "id": "f14-gem-google-sourcer-books-hm-not-attending",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Intro chat: Alex / Hartwell (Plumline Robotics)",
        "start": "2030-04-09T10:00",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Giacomo Ferro", "giacomo@plumlinerobotics.com"),
        "attendees": [ME, P("Hartwell Nakagawa", "hartwell@plumlinerobotics.com")],
        "description": (
            "Hi Alex,\n\nThanks for replying to my note! I've set up 30 minutes with Hartwell "
            "Nakagawa, who leads our Controls team and is hiring the Senior Controls Engineer. "
            "I won't be on the call, but ping me after.\n\nGiacomo Ferro\nSourcer, Plumline "
            "Robotics\nSent with Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Hartwell Nakagawa",
                    "hartwell@plumlinerobotics.com",
                    None,
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Giacomo Ferro", "giacomo@plumlinerobotics.com"),
            "company": "Plumline Robotics",
            "position": "Senior Controls Engineer",
        },
    },
    {
        "id": "f14-calendly-google-a-and-b-recruiter-screen",
        "format": "google",
        "style": "calendly",
        "difficulty": "easy",
        "title": "Alex Morgan and Rosalba Pennington",
        "start": "2030-04-10T12:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Rosalba Pennington", "rosalba@harrowgatepay.com"),
        "attendees": [ME, P("Rosalba Pennington", "rosalba@harrowgatepay.com")],
        "description": (
            "Event Name: 30 min Recruiter Screen — Compliance Analyst (Harrowgate Pay)\n\n"
            "Location: Rosalba will call you at +1 617-555-0182\n\nQuestions:\nAre you "
            "authorized to work in the US? Yes\n\nNeed to make changes to this event?\n"
            "Reschedule: https://calendly.com/reschedulings/77ab\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Rosalba Pennington", "rosalba@harrowgatepay.com", None, "recruiter"),
            ],
            "recruiter": ("Rosalba Pennington", "rosalba@harrowgatepay.com"),
            "company": "Harrowgate Pay",
            "position": "Compliance Analyst",
        },
    },
    {
        "id": "f14-teamtailor-google-danish-english",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Jobsamtale: UX Writer hos Solsikke Rejser",
        "start": "2030-04-11T13:00",
        "minutes": 45,
        "tz": "Europe/Copenhagen",
        "organizer": P("Solsikke Rejser", "solsikke-rejser@teamtailor-mail.com"),
        "attendees": [
            ME,
            P("Mette Skovgaard", "mette.skovgaard@solsikkerejser.dk"),
            P("Asbjørn Kjærgaard", "ak@solsikkerejser.dk"),
        ],
        "description": (
            "Hej Alex,\n\nTak for din ansøgning! (English below)\n\nYou will meet:\n"
            "Mette Skovgaard, Content Lead — hun bliver din nærmeste leder / your manager\n"
            "Asbjørn Kjærgaard, Produktdesigner\n\nVenlig hilsen / Best regards\n"
            "Freja Holmberg, Talent Acquisition Partner, Solsikke Rejser A/S" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Mette Skovgaard",
                    "mette.skovgaard@solsikkerejser.dk",
                    "Content Lead",
                    "decision_maker",
                    True,
                ),
                ("Asbjørn Kjærgaard", "ak@solsikkerejser.dk", "Produktdesigner", "peer"),
            ],
            "recruiter": ("Freja Holmberg", None),
            "company": "Solsikke Rejser",
            "position": "UX Writer",
        },
    },
    {
        "id": "f14-icims-google-forwarded-to-personal",
        "format": "google",
        "style": "icims",
        "difficulty": "hard",
        "title": "Fwd: Interview Confirmation - Logistics Coordinator - Tarrant Cold Chain",
        "start": "2030-04-12T09:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": (
            "---------- Forwarded message ---------\nFrom: Tarrant Cold Chain Talent "
            "<talent@tarrantcoldchain.com>\nDate: Mon, Apr 8, 2030\nSubject: Interview "
            "Confirmation - Logistics Coordinator\nTo: <alex.morgan@gmail.com>\n\n"
            "Dear Alex,\n\nThis confirms your in-person interview for Logistics Coordinator "
            "(Req 30-0912) at our Fort Worth distribution center.\n\nYou will meet with:\n"
            "Augustin Beltrán - Transportation Supervisor\nShonda Merriweather - Logistics "
            "Coordinator\n\nPlease ask for Shonda at the guard shack.\n\nRegards,\nCallum Ridley"
            "\nTalent Acquisition Specialist\nTarrant Cold Chain, LLC"
        ),
        "location": "2900 Blue Mound Rd, Fort Worth, TX",
        "expect": {
            "interviewers": [
                ("Augustin Beltrán", None, "Transportation Supervisor", "decision_maker"),
                ("Shonda Merriweather", None, "Logistics Coordinator", "peer"),
            ],
            "recruiter": ("Callum Ridley", None),
            "company": "Tarrant Cold Chain",
            "position": "Logistics Coordinator",
        },
    },
    {
        "id": "f14-workday-google-numbered-panel-credentials",
        "format": "google",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview Scheduled: Nurse Educator - Cardiac (R0044712)",
        "start": "2030-04-15T10:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Blue Heron Health Recruiting", "recruiting@blueheronhealth.org"),
        "attendees": [
            ME,
            P("Theodora Lindqvist", "tlindqvist@blueheronhealth.org"),
            P("Ignatius Mbeki", "imbeki@blueheronhealth.org"),
            P("Fallon Crewe", "fcrewe@blueheronhealth.org"),
        ],
        "description": (
            "Interview panel:\n1. Theodora Lindqvist, DNP, RN - Nurse Manager, Cardiac ICU "
            "(Hiring Manager)\n2. Ignatius Mbeki, BSN, RN - Clinical Nurse Educator\n"
            "3. Fallon Crewe - Recruiter (will open the session, then leave)\n\n"
            "Location: Blue Heron Regional Medical Center, Tower B, Conference Room 5\n\n"
            "Blue Heron Health is an equal opportunity employer."
        ),
        "location": "Blue Heron Regional Medical Center, Tower B, Conf Rm 5",
        "expect": {
            "interviewers": [
                (
                    "Theodora Lindqvist",
                    "tlindqvist@blueheronhealth.org",
                    "Nurse Manager, Cardiac ICU",
                    "decision_maker",
                    True,
                ),
                (
                    "Ignatius Mbeki",
                    "imbeki@blueheronhealth.org",
                    "Clinical Nurse Educator",
                    "peer",
                ),
            ],
            "recruiter": ("Fallon Crewe", "fcrewe@blueheronhealth.org"),
            "company": "Blue Heron Health",
            "position": "Nurse Educator - Cardiac",
        },
    },
    {
        "id": "f14-smartrecruiters-google-all-day-assessment-centre",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Assessment Centre - Graduate Actuarial Programme - Thistledown Assurance",
        "start": "2030-04-16T00:00",
        "minutes": 1440,
        "tz": "Europe/London",
        "organizer": P("Thistledown Assurance", "thistledown@smartrecruiters-mail.com"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nCongratulations on reaching the assessment centre for our Graduate "
            "Actuarial Programme. The day runs 08:45 to 16:30 at our Edinburgh office and "
            "includes a group exercise, a written case study and a competency interview with "
            "Hamish Drummond-Keir, Chief Actuary, and Ngozi Ekwueme, Actuarial Analyst.\n\n"
            "Your contact on the day is Rhiannon Pryde, Early Careers Recruiter "
            "(rhiannon.pryde@thistledown.co.uk).\n\nThistledown Assurance plc"
        ),
        "location": "Thistledown House, 14 Lothian Road, Edinburgh",
        "expect": {
            "interviewers": [
                ("Hamish Drummond-Keir", None, "Chief Actuary", "executive"),
                ("Ngozi Ekwueme", None, "Actuarial Analyst", "peer"),
            ],
            "recruiter": ("Rhiannon Pryde", "rhiannon.pryde@thistledown.co.uk"),
            "company": "Thistledown Assurance",
            "position": "Graduate Actuarial Programme",
        },
    },
    {
        "id": "f14-modernloop-google-loop-slot-breaks-optional-coordinator",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Alex Morgan | Product Manager, Payments Risk | Loop (Part 1)",
        "start": "2030-04-17T10:00",
        "minutes": 105,
        "tz": "America/Los_Angeles",
        "organizer": P("Brisa Valdés", "brisa.valdes@ocelotpay.com"),
        "attendees": [
            ME,
            P("Ingram Castellanos", "ingram.c@ocelotpay.com"),
            P("Sunniva Lund", "sunniva.lund@ocelotpay.com"),
            P("Brisa Valdés", "brisa.valdes@ocelotpay.com", optional=True),
        ],
        "description": (
            "10:00 – 10:45  Product sense\n   Ingram Castellanos · Group Product Manager\n\n"
            "10:45 – 11:00  Break\n\n11:00 – 11:45  Analytics & metrics\n   Sunniva Lund · "
            "Senior Product Manager\n\nPart 2 (tomorrow) has its own invite.\n\nQuestions: "
            "Brisa Valdés, Recruiting Coordinator, Ocelot Pay" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Ingram Castellanos",
                    "ingram.c@ocelotpay.com",
                    "Group Product Manager",
                    "peer",
                ),
                ("Sunniva Lund", "sunniva.lund@ocelotpay.com", "Senior Product Manager", "peer"),
            ],
            "recruiter": ("Brisa Valdés", "brisa.valdes@ocelotpay.com"),
            "company": "Ocelot Pay",
            "position": "Product Manager, Payments Risk",
        },
    },
    # --- Google JSON: people writing their own invites -----------------------------------------
    {
        "id": "f14-human-google-founder-coffee-gmail-dash-sig",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Coffee — Alex / Ottilie",
        "start": "2030-04-18T08:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Ottilie Brannock", "ottilie.brannock@gmail.com"),
        "attendees": [ME, P("Ottilie Brannock", "ottilie.brannock@gmail.com")],
        "description": (
            "Looking forward to it. I'd love to tell you more about what we're building at "
            "Saltmarsh Bio and the first ops hire we're looking for (Head of Lab Operations). "
            "My treat!\n\n— Ottilie\nFounder, Saltmarsh Bio"
        ),
        "location": "Ninebark Coffee, 71 Hanover St, Boston",
        "expect": {
            "interviewers": [
                ("Ottilie Brannock", "ottilie.brannock@gmail.com", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Saltmarsh Bio",
            "position": "Head of Lab Operations",
        },
    },
    {
        "id": "f14-human-google-spanish-panel-jefa",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista: Analista de Datos Sr. — Alex Morgan",
        "start": "2030-04-19T11:00",
        "minutes": 60,
        "tz": "America/Mexico_City",
        "organizer": P("Ximena Olvera Ruiz", "ximena.olvera@cantaraseguros.mx"),
        "attendees": [
            ME,
            P("Ximena Olvera Ruiz", "ximena.olvera@cantaraseguros.mx"),
            P("Rogelio Barragán", "rbarragan@cantaraseguros.mx"),
            P("Itzel Cuauhtli", "icuauhtli@cantaraseguros.mx"),
        ],
        "description": (
            "Hola Alex,\n\nTe confirmo la entrevista con el equipo:\n"
            "• Rogelio Barragán — Jefe de Analítica (sería tu jefe directo)\n"
            "• Itzel Cuauhtli — Científica de Datos\n\nYo abriré la llamada y después los dejo.\n\n"
            "Saludos,\nXimena Olvera Ruiz\nReclutadora, Cántara Seguros" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rogelio Barragán",
                    "rbarragan@cantaraseguros.mx",
                    "Jefe de Analítica",
                    "decision_maker",
                    True,
                ),
                ("Itzel Cuauhtli", "icuauhtli@cantaraseguros.mx", "Científica de Datos", "peer"),
            ],
            "recruiter": ("Ximena Olvera Ruiz", "ximena.olvera@cantaraseguros.mx"),
            "company": "Cántara Seguros",
            "position": "Analista de Datos Sr.",
        },
    },
    {
        "id": "f14-human-google-two-same-surname-no-cn",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview w/ the Ezeanya-Lund team (Estimator role)",
        "start": "2030-04-22T07:30",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P(None, "office@ezeanyalundbuilders.com"),
        "attendees": [
            ME,
            P(None, "chidi@ezeanyalundbuilders.com"),
            P(None, "signe@ezeanyalundbuilders.com"),
        ],
        "description": (
            "Alex - thanks for applying for the Estimator job. You'll sit down with both owners: "
            "Chidi Ezeanya (President) and Signe Ezeanya-Lund (VP, Preconstruction - the "
            "estimating "
            "team reports to her). Meet at the shop trailer.\n\nOffice - Ezeanya-Lund Builders"
        ),
        "location": "Ezeanya-Lund Builders yard, 5560 Industrial Ln, Golden CO",
        "expect": {
            "interviewers": [
                ("Chidi Ezeanya", "chidi@ezeanyalundbuilders.com", "President", "executive"),
                (
                    "Signe Ezeanya-Lund",
                    "signe@ezeanyalundbuilders.com",
                    "VP, Preconstruction",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "office@ezeanyalundbuilders.com"),
            "company": "Ezeanya-Lund Builders",
            "position": "Estimator",
        },
    },
    {
        "id": "f14-human-google-recruiter-screen-esl-meet",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Phone screen Alex Morgan / Vantablue Logistics - Fleet Analyst",
        "start": "2030-04-23T15:00",
        "minutes": 25,
        "tz": "Asia/Singapore",
        "organizer": P("Siew Kheng Lim", "siewkheng.lim@vantablue.sg"),
        "attendees": [ME, P("Siew Kheng Lim", "siewkheng.lim@vantablue.sg")],
        "description": (
            "Dear Alex, kindly join this short call for first screening of Fleet Analyst "
            "position. I will ask about your experience and expected salary. Thanks!\n\n"
            "Lim Siew Kheng | Senior Talent Acquisition Executive | Vantablue Logistics Pte Ltd"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Siew Kheng Lim",
                    "siewkheng.lim@vantablue.sg",
                    "Senior Talent Acquisition Executive",
                    "recruiter",
                ),
            ],
            "recruiter": ("Siew Kheng Lim", "siewkheng.lim@vantablue.sg"),
            "company": "Vantablue Logistics",
            "position": "Fleet Analyst",
        },
    },
    # --- Google JSON near-misses ---------------------------------------------------------------
    {
        "id": "f14-not-google-calibration-rubric-session",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview calibration — PM loop rubric (interviewers only)",
        "start": "2030-04-24T13:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Piers Lockhart", "piers.lockhart@initech.com"),
        "attendees": [
            ME_WORK,
            P("Piers Lockhart", "piers.lockhart@initech.com"),
            P("Delia Mwangi", "delia.mwangi@initech.com"),
        ],
        "description": (
            "We'll score two recorded mock PM interviews against the new rubric and compare "
            "notes so our ratings line up before the spring hiring push. No candidates attending."
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "f14-not-google-reference-call-user-gives",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference check: Marisela Duarte (candidate for Ops Lead at Quarrystone)",
        "start": "2030-04-25T16:00",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Barnaby Ostrowski", "barnaby@quarrystone.com"),
        "attendees": [ME, P("Barnaby Ostrowski", "barnaby@quarrystone.com")],
        "description": (
            "Hi Alex, Marisela gave your name as a former manager. I'm the hiring manager for "
            "the role and have a few questions about her work with you. 20 minutes tops.\n\n"
            "Barnaby Ostrowski, VP Operations, Quarrystone"
        ),
        "expect": None,
    },
    {
        "id": "f14-not-google-careers-webinar-how-we-interview",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Webinar: Inside our interview process (open to all applicants)",
        "start": "2030-04-26T17:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Glasswing Careers", "careers-events@glasswing.com"),
        "attendees": [ME],
        "description": (
            "Thanks for registering. Our recruiting team and two engineering managers will walk "
            "through each interview stage and answer questions live. This is a group session, "
            "not an interview; cameras optional." + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f14-not-google-hiring-sync-headcount",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Weekly hiring sync: open reqs + interview pipeline",
        "start": "2030-04-29T09:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Talia Brenneman", "talia.brenneman@initech.com"),
        "attendees": [
            ME_WORK,
            P("Talia Brenneman", "talia.brenneman@initech.com"),
            P("Osric Vance", "osric.vance@initech.com"),
        ],
        "description": (
            "Standing agenda: (1) open reqs and headcount, (2) candidates in interview stages, "
            "(3) offers out. Alex, please bring the status of the two Data Engineer loops."
        ),
        "expect": None,
    },
    {
        "id": "f14-not-google-candidate-lunch-user-hosts",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Lunch with candidate: Soledad Aranguren (Staff Engineer onsite)",
        "start": "2030-04-30T12:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Interview Scheduling", "interview-scheduling@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "You are the lunch buddy for Soledad Aranguren's onsite. This is not an evaluated "
            "interview: please don't submit feedback. Meet her in lobby B at 11:55.\n\n"
            "Scheduled via ModernLoop"
        ),
        "expect": None,
    },
    # --- Graph JSON: recruiting tools ----------------------------------------------------------
    {
        "id": "f14-greenhouse-graph-word-html-table-role-column",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan for Site Reliability Manager",
        "start": "2030-05-01T10:00",
        "minutes": 120,
        "tz": "Pacific Standard Time",
        "organizer": P("Leopoldine Achebe", "leopoldine.achebe@northspar.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Kowalczyk, Radoslaw", "radoslaw.kowalczyk@northspar.com"),
            P("Ferreira, Joaquina", "joaquina.ferreira@northspar.com"),
            P("Halvorsen, Birgit", "birgit.halvorsen@northspar.com"),
        ],
        "description": (
            '<html><body><p class="MsoNormal">Hi Alex,</p><p class="MsoNormal">Your Northspar '
            "interview schedule:</p><table border=1><tr><td><b>Time</b></td><td><b>Name</b></td>"
            "<td><b>Role</b></td></tr><tr><td>10:00</td><td>Radoslaw Kowalczyk</td><td>Senior "
            "SRE</td></tr><tr><td>10:40</td><td>Joaquina Ferreira</td><td>Principal Engineer, "
            "Platform</td></tr><tr><td>11:20</td><td>Birgit Halvorsen</td><td>Director of "
            'Infrastructure — Hiring Manager</td></tr></table><p class="MsoNormal">Best,<br>'
            "Leopoldine Achebe<br>Recruiter, Northspar Systems</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                ("Radoslaw Kowalczyk", "radoslaw.kowalczyk@northspar.com", "Senior SRE", "peer"),
                (
                    "Joaquina Ferreira",
                    "joaquina.ferreira@northspar.com",
                    "Principal Engineer, Platform",
                    "peer",
                ),
                (
                    "Birgit Halvorsen",
                    "birgit.halvorsen@northspar.com",
                    "Director of Infrastructure",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Leopoldine Achebe", "leopoldine.achebe@northspar.com"),
            "company": "Northspar Systems",
            "position": "Site Reliability Manager",
        },
    },
    {
        "id": "f14-lever-graph-forwarded-chain-recruiter-to-hm",
        "format": "graph",
        "style": "lever",
        "difficulty": "hard",
        "title": "FW: Interview - Alex Morgan - Grants Manager",
        "start": "2030-05-02T14:00",
        "minutes": 45,
        "tz": "Eastern Standard Time",
        "organizer": P("Winnifred Asante", "wasante@emberfieldfoundation.org"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Winnifred Asante", "wasante@emberfieldfoundation.org"),
        ],
        "description": (
            "Alex - forwarding so it's on your calendar. I'll be the one interviewing you; I "
            "direct our grants program and the role reports to me.\nWinnifred\n\n"
            "From: Hyacinth Boateng <hboateng@emberfieldfoundation.org>\nSent: Tuesday, April "
            "30, 2030 9:12 AM\nTo: Winnifred Asante <wasante@emberfieldfoundation.org>\nSubject: "
            "Interview - Alex Morgan - Grants Manager\n\nHi Winnie, Alex Morgan is confirmed for "
            "Thursday at 2pm for the Grants Manager role. Lever has the resume.\n\nHyacinth "
            "Boateng\nPeople & Culture Coordinator, Emberfield Foundation"
        ),
        "expect": {
            "interviewers": [
                (
                    "Winnifred Asante",
                    "wasante@emberfieldfoundation.org",
                    None,
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Hyacinth Boateng", "hboateng@emberfieldfoundation.org"),
            "company": "Emberfield Foundation",
            "position": "Grants Manager",
        },
    },
    {
        "id": "f14-ashby-graph-final-round-ceo-and-cfo",
        "format": "graph",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Final Round: Alex Morgan — Controller — Gullwing Energy",
        "start": "2030-05-03T11:00",
        "minutes": 60,
        "tz": "Central Standard Time",
        "organizer": P("Gullwing Energy Recruiting", "no-reply@ashbyhq.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P(None, "dariusz@gullwing.energy"),
            P(None, "anneliese@gullwing.energy"),
        ],
        "description": (
            "Final round for Controller\n\nInterviewers\n"
            "Dariusz Pawlak · CEO & Co-founder\nAnneliese Moreau · CFO · Hiring manager\n\n"
            "Recruiting contact: Sigrun Halloway (sigrun@gullwing.energy)" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Dariusz Pawlak", "dariusz@gullwing.energy", "CEO & Co-founder", "executive"),
                (
                    "Anneliese Moreau",
                    "anneliese@gullwing.energy",
                    "CFO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Sigrun Halloway", "sigrun@gullwing.energy"),
            "company": "Gullwing Energy",
            "position": "Controller",
        },
    },
    {
        "id": "f14-goodtime-graph-stacked-blocks-optional-shadow",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Alex Morgan - Virtual Interview - Security Engineer, AppSec - Cobaltwren",
        "start": "2030-05-06T13:00",
        "minutes": 60,
        "tz": "Eastern Standard Time",
        "organizer": P("Cobaltwren Recruiting Scheduling", "rec-scheduling@cobaltwren.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Nnamdi Achike", "nachike@cobaltwren.com"),
            P("Fenella Rowntree", "frowntree@cobaltwren.com", optional=True),
        ],
        "description": (
            "Interviewer\nNnamdi Achike\nStaff Security Engineer\n\n"
            "Shadow (observing, will not ask questions)\nFenella Rowntree\nSecurity Engineer\n\n"
            "Recruiter\nLazarus Pemberton" + TEAMS
        ),
        "html": False,
        "expect": {
            "interviewers": [
                ("Nnamdi Achike", "nachike@cobaltwren.com", "Staff Security Engineer", "peer"),
            ],
            "recruiter": ("Lazarus Pemberton", None),
            "company": "Cobaltwren",
            "position": "Security Engineer, AppSec",
        },
    },
    {
        "id": "f14-workday-graph-bank-panel-parent-domain",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview - Commercial Credit Analyst - Ridgeway Savings Bank",
        "start": "2030-05-07T09:00",
        "minutes": 60,
        "tz": "Eastern Standard Time",
        "organizer": P("Talent Acquisition", "ta@keystonefinancialgroup.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Lindqvist-Obi, Soren", "soren.lindqvistobi@keystonefinancialgroup.com"),
            P("Pemberton-Hughes, Clarissa", "clarissa.pembertonhughes@keystonefinancialgroup.com"),
        ],
        "description": (
            "Position: Commercial Credit Analyst (R-22981)\nCompany: Ridgeway Savings Bank, a "
            "Keystone Financial Group company\nInterviewers: Soren Lindqvist-Obi (Manager, "
            "Commercial Credit); Clarissa Pemberton-Hughes (Senior Credit Analyst)\nRecruiter: "
            "Augusta Fairweather\n\nPlease arrive 10 minutes early and check in at the "
            "2nd-floor reception."
        ),
        "location": "Ridgeway Savings Bank, 88 Canal St, Lancaster PA",
        "expect": {
            "interviewers": [
                (
                    "Soren Lindqvist-Obi",
                    "soren.lindqvistobi@keystonefinancialgroup.com",
                    "Manager, Commercial Credit",
                    "decision_maker",
                ),
                (
                    "Clarissa Pemberton-Hughes",
                    "clarissa.pembertonhughes@keystonefinancialgroup.com",
                    "Senior Credit Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Augusta Fairweather", None),
            "company": "Ridgeway Savings Bank",
            "position": "Commercial Credit Analyst",
        },
    },
    {
        "id": "f14-icims-graph-video-interview-signature-company",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Video Interview Invitation",
        "start": "2030-05-08T15:30",
        "minutes": 30,
        "tz": "Mountain Standard Time",
        "organizer": P("Careers", "careers@alderpointutilities.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Rutherford Nkemelu", "rnkemelu@alderpointutilities.com"),
        ],
        "description": (
            "Hello Alex,\n\nYou have been scheduled for a video interview for the GIS Technician "
            "position (Job ID 14022). Your interviewer will be Rutherford Nkemelu, GIS "
            "Supervisor.\n\nThank you,\nMariposa Quenneville\nHR Recruiter\nAlderpoint Utilities "
            "District" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rutherford Nkemelu",
                    "rnkemelu@alderpointutilities.com",
                    "GIS Supervisor",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Mariposa Quenneville", None),
            "company": "Alderpoint Utilities District",
            "position": "GIS Technician",
        },
    },
    {
        "id": "f14-gem-graph-hm-first-call-nickname",
        "format": "graph",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex <> Kit (Hollowell Audio) — quick intro",
        "start": "2030-05-09T12:00",
        "minutes": 30,
        "tz": "Pacific Standard Time",
        "organizer": P("Christopher Ambrosini", "kit@hollowellaudio.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Christopher Ambrosini", "kit@hollowellaudio.com"),
        ],
        "description": (
            "Hi Alex — Kit here. I run firmware at Hollowell Audio (Firmware Engineering "
            "Manager) and I'm hiring an Embedded Software Engineer for my team. Would love to "
            "chat for 30 min, no prep needed.\n\nKit" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Christopher Ambrosini",
                    "kit@hollowellaudio.com",
                    "Firmware Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Hollowell Audio",
            "position": "Embedded Software Engineer",
        },
    },
    {
        "id": "f14-bamboohr-graph-nonprofit-ed-board-member",
        "format": "graph",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview: Development Director - Riverstair Youth Arts",
        "start": "2030-05-10T17:30",
        "minutes": 60,
        "tz": "Central Standard Time",
        "organizer": P("Riverstair Youth Arts", "notifications@bamboohr.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Imelda Castellano", "imelda@riverstairarts.org"),
            P("Horatio Blevins", "hblevins.board@gmail.com"),
        ],
        "description": (
            "Interview for Development Director\n\nInterviewers:\nImelda Castellano — Executive "
            "Director (this role reports to Imelda)\nHoratio Blevins — Board Treasurer\n\n"
            "Location: Riverstair studio, 410 W 2nd St, Little Rock\n\nSent via BambooHR"
        ),
        "location": "Riverstair studio, 410 W 2nd St, Little Rock",
        "expect": {
            "interviewers": [
                (
                    "Imelda Castellano",
                    "imelda@riverstairarts.org",
                    "Executive Director",
                    "decision_maker",
                    True,
                ),
                ("Horatio Blevins", "hblevins.board@gmail.com", "Board Treasurer", "peer"),
            ],
            "recruiter": None,
            "company": "Riverstair Youth Arts",
            "position": "Development Director",
        },
    },
    {
        "id": "f14-teamtailor-graph-rescheduled-swedish-sig",
        "format": "graph",
        "style": "teamtailor",
        "difficulty": "medium",
        "title": "Rescheduled: Intervju - Backend-utvecklare - Fjällkraft Energi",
        "start": "2030-05-13T10:00",
        "minutes": 60,
        "tz": "W. Europe Standard Time",
        "organizer": P("Fjällkraft Energi", "fjallkraft-energi@teamtailor-mail.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Björn Almqvist", "bjorn.almqvist@fjallkraft.se"),
            P("Elin Rydberg", "elin.rydberg@fjallkraft.se"),
        ],
        "description": (
            "Hej Alex! New time as agreed: Monday 10:00 instead of Friday.\n\n"
            "Du träffar / You'll meet:\nBjörn Almqvist, Teamlead Backend (din blivande chef)\n"
            "Elin Rydberg, Senior Backend Developer\n\nMed vänliga hälsningar,\n"
            "Saga Lindholm\nRekryterare, Fjällkraft Energi AB" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Björn Almqvist",
                    "bjorn.almqvist@fjallkraft.se",
                    "Teamlead Backend",
                    "decision_maker",
                    True,
                ),
                (
                    "Elin Rydberg",
                    "elin.rydberg@fjallkraft.se",
                    "Senior Backend Developer",
                    "peer",
                ),
            ],
            "recruiter": ("Saga Lindholm", None),
            "company": "Fjällkraft Energi",
            "position": "Backend-utvecklare",
        },
    },
    {
        "id": "f14-calendly-graph-phone-screen-hm-event-type",
        "format": "graph",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Alex Morgan and Dagny Thorsen",
        "start": "2030-05-14T16:00",
        "minutes": 20,
        "tz": "Mountain Standard Time",
        "organizer": P("Dagny Thorsen", "dagny@pinyonparks.org"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Dagny Thorsen", "dagny@pinyonparks.org"),
        ],
        "description": (
            "Event Name: Seasonal Trail Crew Lead - phone interview with the Trails Supervisor\n"
            "\nLocation: Dagny will call you.\n\nPinyon Parks Conservancy\n\n"
            "Need to make changes? https://calendly.com/reschedulings/c31e\n\nPowered by "
            "Calendly.com"
        ),
        "html": False,
        "expect": {
            "interviewers": [
                ("Dagny Thorsen", "dagny@pinyonparks.org", "Trails Supervisor", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Pinyon Parks Conservancy",
            "position": "Seasonal Trail Crew Lead",
        },
    },
    # --- Graph JSON: people writing their own invites ------------------------------------------
    {
        "id": "f14-human-graph-teams-hm-own-invite-french",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Entretien - Chargé(e) de communication - Alex Morgan",
        "start": "2030-05-15T09:30",
        "minutes": 45,
        "tz": "Romance Standard Time",
        "organizer": P("Gaëlle Rousseau-Marchand", "g.rousseau-marchand@maisonlevrier.fr"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Gaëlle Rousseau-Marchand", "g.rousseau-marchand@maisonlevrier.fr"),
            P("Anaïs Berthier", "a.berthier@maisonlevrier.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nJe vous propose un entretien en visio avec Anaïs Berthier, "
            "Chargée de recrutement, et moi-même. Le poste est rattaché à ma "
            "direction.\n\nBien cordialement,\nGaëlle Rousseau-Marchand\nDirectrice de la "
            "communication\nMaison Levrier SAS" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Gaëlle Rousseau-Marchand",
                    "g.rousseau-marchand@maisonlevrier.fr",
                    "Directrice de la communication",
                    "decision_maker",
                    True,
                ),
                (
                    "Anaïs Berthier",
                    "a.berthier@maisonlevrier.fr",
                    "Chargée de recrutement",
                    "recruiter",
                ),
            ],
            "recruiter": ("Anaïs Berthier", "a.berthier@maisonlevrier.fr"),
            "company": "Maison Levrier",
            "position": "Chargé(e) de communication",
        },
    },
    {
        "id": "f14-human-graph-recruiter-and-hm-both-attend",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex Morgan // Stonecrop Analytics — Account Executive interview",
        "start": "2030-05-16T13:00",
        "minutes": 45,
        "tz": "Eastern Standard Time",
        "organizer": P("Peregrine Dawes", "pdawes@stonecropanalytics.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Peregrine Dawes", "pdawes@stonecropanalytics.com"),
            P("Marguerite O'Shaughnessy", "moshaughnessy@stonecropanalytics.com"),
        ],
        "description": (
            "Hi Alex,\n\nLooking forward to Thursday. I'll kick off with 15 minutes on your "
            "background, then Marguerite O'Shaughnessy (Sales Manager, Mid-Market — she'd be "
            "your manager) will dig into your pipeline and a mock discovery call.\n\n"
            "Peregrine Dawes\nSenior Recruiter | Stonecrop Analytics" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Peregrine Dawes",
                    "pdawes@stonecropanalytics.com",
                    "Senior Recruiter",
                    "recruiter",
                ),
                (
                    "Marguerite O'Shaughnessy",
                    "moshaughnessy@stonecropanalytics.com",
                    "Sales Manager, Mid-Market",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Peregrine Dawes", "pdawes@stonecropanalytics.com"),
            "company": "Stonecrop Analytics",
            "position": "Account Executive",
        },
    },
    {
        "id": "f14-agency-graph-exec-search-client-panel",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Alex Morgan | Chief Marketing Officer search | Bramblecourt Hotels (client)",
        "start": "2030-05-17T10:00",
        "minutes": 90,
        "tz": "GMT Standard Time",
        "organizer": P("Isolde Farrant-Wu", "ifarrantwu@caldermoorpartners.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Isolde Farrant-Wu", "ifarrantwu@caldermoorpartners.com"),
            P("Lucian Ashgrove", "lucian.ashgrove@bramblecourthotels.com"),
            P("Temperance Obi", "temperance.obi@bramblecourthotels.com"),
        ],
        "description": (
            "Alex,\n\nConfirming your panel with Bramblecourt Hotels for the CMO role:\n\n"
            "• Lucian Ashgrove, Group Chief Executive — the CMO reports to Lucian\n"
            "• Temperance Obi, Chief People Officer\n\nI'll attend as an observer from our side "
            "and will call you afterwards to debrief.\n\nIsolde Farrant-Wu\nPartner, Caldermoor "
            "Partners Executive Search" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Lucian Ashgrove",
                    "lucian.ashgrove@bramblecourthotels.com",
                    "Group Chief Executive",
                    "decision_maker",
                    True,
                ),
                (
                    "Temperance Obi",
                    "temperance.obi@bramblecourthotels.com",
                    "Chief People Officer",
                    "executive",
                ),
            ],
            "recruiter": ("Isolde Farrant-Wu", "ifarrantwu@caldermoorpartners.com"),
            "company": "Bramblecourt Hotels",
            "position": "Chief Marketing Officer",
        },
    },
    {
        "id": "f14-human-graph-university-search-committee-chair",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Search Committee Interview - Assistant Director, Student Success",
        "start": "2030-05-20T14:00",
        "minutes": 60,
        "tz": "Central Standard Time",
        "organizer": P("Okonkwo, Philippa", "pokonkwo@westmarch.edu"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Okonkwo, Philippa", "pokonkwo@westmarch.edu"),
            P("Delacourt, Cornelius", "cdelacourt@westmarch.edu"),
            P("Yusupova, Dilnoza", "dyusupova@westmarch.edu"),
        ],
        "description": (
            "Dear Alex,\n\nOn behalf of the search committee, thank you for your interest in the "
            "Assistant Director, Student Success position at Westmarch University. Committee "
            "members:\n\nDr. Philippa Okonkwo, Director of Student Success (chair; position "
            "reports to her)\nProf. Cornelius Delacourt, Associate Professor of Sociology\nDilnoza "
            "Yusupova, Academic Advisor II\n\nPhilippa Okonkwo, PhD" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Philippa Okonkwo",
                    "pokonkwo@westmarch.edu",
                    "Director of Student Success",
                    "decision_maker",
                    True,
                ),
                (
                    "Cornelius Delacourt",
                    "cdelacourt@westmarch.edu",
                    "Associate Professor of Sociology",
                    "peer",
                ),
                ("Dilnoza Yusupova", "dyusupova@westmarch.edu", "Academic Advisor II", "peer"),
            ],
            "recruiter": None,
            "company": "Westmarch University",
            "position": "Assistant Director, Student Success",
        },
    },
    {
        "id": "f14-human-graph-outlook-ul-panel-coordinator-mailbox",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview Panel – Senior Electrical Estimator – Alex Morgan",
        "start": "2030-05-21T08:00",
        "minutes": 60,
        "tz": "Pacific Standard Time",
        "organizer": P("HR Hiring Team", "hiring@quenbyelectric.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Dashiell Marwick", "dmarwick@quenbyelectric.com"),
            P("Rosalind Ekwe", "rekwe@quenbyelectric.com"),
        ],
        "description": (
            "<html><body><p>Good morning Alex,</p><p>Your panel:</p><ul>"
            "<li>Dashiell Marwick, Chief Estimator (hiring manager)</li>"
            "<li>Rosalind Ekwe, Project Manager</li></ul>"
            "<p>Thank you,<br>HR Hiring Team<br>Quenby Electric Co.</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Dashiell Marwick",
                    "dmarwick@quenbyelectric.com",
                    "Chief Estimator",
                    "decision_maker",
                    True,
                ),
                ("Rosalind Ekwe", "rekwe@quenbyelectric.com", "Project Manager", "peer"),
            ],
            "recruiter": (None, "hiring@quenbyelectric.com"),
            "company": "Quenby Electric",
            "position": "Senior Electrical Estimator",
        },
    },
    # --- Graph JSON near-misses ----------------------------------------------------------------
    {
        "id": "f14-not-graph-interviewer-training-structured",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Training: Structured Interviewing & Bias Awareness (required for panelists)",
        "start": "2030-05-22T10:00",
        "minutes": 90,
        "tz": "Eastern Standard Time",
        "organizer": P("Learning & Development", "learning@initech.com"),
        "attendees": [P("Alex Morgan", "alex.morgan@initech.com")],
        "description": (
            "All employees joining interview panels this quarter must complete this session. "
            "Facilitator: Cordelia Hastings, Talent Acquisition Lead." + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f14-not-graph-user-interviews-candidate",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Yannick Oduro-Lam - Product Designer - Portfolio Review",
        "start": "2030-05-23T15:00",
        "minutes": 60,
        "tz": "Eastern Standard Time",
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Yannick Oduro-Lam", "yannick.odurolam@outlook.com"),
        ],
        "description": (
            "Candidate: Yannick Oduro-Lam\nRole: Product Designer\nYour module: Portfolio review "
            "(Interviewer: Alex Morgan)\nScorecard due within 24 hours in Greenhouse." + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f14-not-graph-mock-interview-career-center",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Mock Interview (practice) - Career Services",
        "start": "2030-05-24T13:00",
        "minutes": 45,
        "tz": "Central Standard Time",
        "organizer": P("Career Services", "careers@westmarch.edu"),
        "attendees": [P("Alex Morgan", "alex.morgan@gmail.com")],
        "description": (
            "Your practice interview with a career advisor is confirmed. Bring the job posting "
            "you are targeting; you'll get written feedback afterwards. This is not a hiring "
            "interview."
        ),
        "expect": None,
    },
    {
        "id": "f14-not-graph-press-interview-spokesperson",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Media interview: Trade Logistics Weekly (Alex as spokesperson)",
        "start": "2030-05-27T11:00",
        "minutes": 30,
        "tz": "Eastern Standard Time",
        "organizer": P("Comms Team", "press@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Hesper Vandermolen", "hvandermolen@tradelogweekly.com"),
        ],
        "description": (
            "Hesper Vandermolen (reporter) will interview you about our warehouse automation "
            "rollout. Talking points attached; Comms will listen in." + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f14-not-graph-exit-interview-user-conducts",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Exit interview: Florian Dassler (leaving Fri)",
        "start": "2030-05-28T16:00",
        "minutes": 30,
        "tz": "Eastern Standard Time",
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Dassler, Florian", "florian.dassler@initech.com"),
        ],
        "description": (
            "Florian, as your manager I'd like 30 minutes before your last day to hear what "
            "worked and what didn't on the team. Nothing formal.\nAlex"
        ),
        "expect": None,
    },
]
