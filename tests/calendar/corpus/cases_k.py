# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part "K", written by someone who does not tune the parser, labelled before any run of
the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no separate
build file or folder, the tuner adds this file to build.py). 60 invites: 45 interviews and 15
near-misses that mention interviewing, across .ics, Google JSON and Graph JSON.

The angle is what is hardest in the earlier sets: people lines in descriptions in many layouts
(tab and pipe itineraries with the title on the next line, "Title: Name (address)", HTML tables
with a cell holding "Name<br>Title", a legend marking the hiring manager with an asterisk,
Workday labels on their own lines, "with X (Title)", "X, the hiring manager", "our CEO, X",
"who leads our ... team", mailto links, semicolon panels, pronouns after names), titles and
roles only in prose, recruiters and coordinators named only in the text (behind a scheduling
mailbox or a no-reply tool), companies written differently in the title, description, domain
and signature (abbreviations, "and" for "&", a brand under a parent's domain, legal forms),
positions with requisition noise, informal founder and former-colleague chats; near-misses:
interviewer training, debriefs, calibration, loop syncs, press and radio interviews, podcasts,
user research the user runs or joins, the user on a panel, an intake, a reverse shadow, a
conference talk about interviewing, an oral history, a journalist writing about job hunting.

Labels are what a careful person reads in the invite, not what the parser returns. Conventions
(the same as the earlier sets): a person the invite calls the hiring manager, or the candidate's
future manager ("you'd report to me"), is a decision_maker with the hiring-manager mark; a
people-manager title (manager of a function, head of, director, supervisor, controller) is a
decision_maker; CEO, founder, CTO, COO, VP, managing partner are executives unless called the
hiring manager; "who leads our X team" with no written title is a decision_maker with no title; a
recruiter who runs the call is both an interviewer (role recruiter) and the recruiter, one who
only opens the call and hands over is not an interviewer; the recruiter is the recruiter when one
is named, else the coordinator; a team mailbox with no person is (None, address); a person with
no title or role in the invite is "unknown" with no title; rooms and the candidate's own
addresses are not interviewers; legal forms are not part of the company; requisition ids and
"(m/w/d)" are not part of the position.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools -------------------------------------------------------------------
    {
        "id": "k-greenhouse-ics-titles-on-next-line",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Confirmation - Customer Operations Lead (REQ-00417) - Heron and Heath",
        "start": "2028-04-03T10:00",
        "minutes": 135,
        "organizer": P("Ffion Pritchard", "ffion.pritchard@heronheath.com"),
        "attendees": [
            ME,
            P("Ruairí Mac Giolla Bhríde", "rmacgiollabhride@heronheath.com"),
            P("Anneliese Vogt", "avogt@heronheath.com"),
            P("Kwabena Asante", "kasante@heronheath.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere is your itinerary for Monday. Each conversation is 45 minutes.\n\n"
            "10:00 AM\tHiring Manager Conversation\n\tRuairí Mac Giolla Bhríde\n\tDirector of Customer Operations\n\n"
            "10:45 AM\tProcess & Tooling\n\tAnneliese Vogt\n\tSupport Operations Analyst\n\n"
            "11:30 AM\tCross-functional\n\tKwabena Asante\n\tSenior Product Manager\n\n"
            "Any questions at all, just reply to this email.\n\nFfion Pritchard\nRecruiting Coordinator | Heron & Heath"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Ruairí Mac Giolla Bhríde",
                    "rmacgiollabhride@heronheath.com",
                    "Director of Customer Operations",
                    "decision_maker",
                    True,
                ),
                ("Anneliese Vogt", "avogt@heronheath.com", "Support Operations Analyst", "peer"),
                ("Kwabena Asante", "kasante@heronheath.com", "Senior Product Manager", "peer"),
            ],
            "recruiter": ("Ffion Pritchard", "ffion.pritchard@heronheath.com"),
            "company": "Heron & Heath",
            "position": "Customer Operations Lead",
        },
    },
    {
        "id": "k-greenhouse-google-html-table-hm-marker",
        "format": "google",
        "style": "greenhouse",
        "title": "Onsite: Alex Morgan - Staff Firmware Engineer",
        "start": "2028-04-04T09:00",
        "minutes": 180,
        "organizer": P("Greenhouse", "no-reply@greenhouse.io"),
        "attendees": [
            ME,
            P(None, "m.kowalska@orrinsemi.com"),
            P(None, "d.oyelaran@orrinsemi.com"),
            P(None, "h.takeda@orrinsemi.com"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Orrin Semiconductor is looking forward to hosting you. Your schedule:</p>"
            '<table border="1"><tbody><tr><td><b>Time</b></td><td><b>Interviewer</b></td><td><b>Focus</b></td></tr>'
            "<tr><td>9:00 - 10:00</td><td>Magdalena Kowalska, Principal Firmware Engineer</td><td>Embedded C deep dive</td></tr>"
            "<tr><td>10:00 - 11:00</td><td>Dapo Oyelaran, Firmware Engineering Manager (HM)</td><td>Past projects</td></tr>"
            "<tr><td>11:00 - 12:00</td><td>Hiroshi Takeda, Hardware Validation Lead</td><td>Bring-up &amp; debugging</td></tr>"
            "</tbody></table><p>Your recruiter, Tabitha Greenfield, will call you afterwards.</p>"
            "<p>Sent on behalf of Orrin Semiconductor via Greenhouse</p>"
        ),
        "location": "Orrin Semiconductor, 400 Foundry Way, Building C lobby",
        "expect": {
            "interviewers": [
                (
                    "Magdalena Kowalska",
                    "m.kowalska@orrinsemi.com",
                    "Principal Firmware Engineer",
                    "peer",
                ),
                (
                    "Dapo Oyelaran",
                    "d.oyelaran@orrinsemi.com",
                    "Firmware Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Hiroshi Takeda", "h.takeda@orrinsemi.com", "Hardware Validation Lead", "peer"),
            ],
            "recruiter": ("Tabitha Greenfield", None),
            "company": "Orrin Semiconductor",
            "position": "Staff Firmware Engineer",
        },
    },
    {
        "id": "k-greenhouse-graph-numbered-pronouns",
        "format": "graph",
        "style": "greenhouse",
        "title": "Final round - Alex Morgan - Brand Designer [Job 4410-B]",
        "start": "2028-04-05T13:00",
        "minutes": 120,
        "organizer": P("Umbra Recruiting", "recruiting@umbraoptics.co"),
        "attendees": [
            ME,
            P("Soledad Ibáñez", "soledad@umbraoptics.co"),
            P("Theo Ramsay-Clarke", "theo.rc@umbraoptics.co"),
            P("Wen Jie Lau", "wenjie@umbraoptics.co"),
        ],
        "description": (
            "Hello Alex!\n\nYour final round with Umbra Optics (all times ET):\n\n"
            "1) 1:00pm – Soledad Ibáñez (she/her), Creative Director\n"
            "2) 1:45pm – Theo Ramsay-Clarke (he/him), Senior Brand Designer\n"
            "3) 2:30pm – Wen Jie Lau (they/them), Motion Designer\n\n"
            "Soledad is the hiring manager for this role.\n\n"
            "Questions? Write to recruiting@umbraoptics.co and Maeve will get back to you.\n\nUmbra Optics Talent"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Soledad Ibáñez",
                    "soledad@umbraoptics.co",
                    "Creative Director",
                    "decision_maker",
                    True,
                ),
                ("Theo Ramsay-Clarke", "theo.rc@umbraoptics.co", "Senior Brand Designer", "peer"),
                ("Wen Jie Lau", "wenjie@umbraoptics.co", "Motion Designer", "peer"),
            ],
            "recruiter": ("Maeve", "recruiting@umbraoptics.co"),
            "company": "Umbra Optics",
            "position": "Brand Designer",
        },
    },
    {
        "id": "k-greenhouse-ics-mailto-links-abbrev-company",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview | NWE | Senior Analyst, Power Trading (Req 5531)",
        "start": "2028-04-06T15:00",
        "minutes": 60,
        "organizer": P("Isidora Vukovic", "isidora.vukovic@nwenergy.com"),
        "attendees": [
            ME,
            P("Callum Fraser", "cfraser@nwenergy.com"),
            P("Nneka Obi", "nobi@nwenergy.com"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Senior Analyst, Power Trading position at North Wharf Energy. "
            "You will meet:\n\n"
            "Callum Fraser <mailto:cfraser@nwenergy.com> - Head of Short-Term Trading\n"
            "Nneka Obi <mailto:nobi@nwenergy.com> - Quantitative Analyst\n\n"
            "Kind regards,\nIsidora Vukovic\nTalent Acquisition Partner\nNorth Wharf Energy Ltd"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Callum Fraser",
                    "cfraser@nwenergy.com",
                    "Head of Short-Term Trading",
                    "decision_maker",
                ),
                ("Nneka Obi", "nobi@nwenergy.com", "Quantitative Analyst", "peer"),
            ],
            "recruiter": ("Isidora Vukovic", "isidora.vukovic@nwenergy.com"),
            "company": "North Wharf Energy",
            "position": "Senior Analyst, Power Trading",
        },
    },
    {
        "id": "k-lever-google-bullets-hm-in-later-prose",
        "format": "google",
        "style": "lever",
        "title": "Alex Morgan | Interview with Kelpie Freight (Operations Analyst)",
        "start": "2028-04-07T11:00",
        "minutes": 90,
        "organizer": P("Yusra Haddad", "yusra@kelpiefreight.com"),
        "attendees": [
            ME,
            P("Kofi Mensah-Bonsu", "kofi@kelpiefreight.com"),
            P("Grete Lindahl", "grete@kelpiefreight.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll be meeting with:\n"
            "• Kofi Mensah-Bonsu — Operations Team Lead\n"
            "• Grete Lindahl — Senior Operations Analyst\n\n"
            "Kofi would be your manager if you join, so bring questions about the team for him.\n\n"
            "Cheers,\nYusra\nPeople Partner, Kelpie" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Kofi Mensah-Bonsu",
                    "kofi@kelpiefreight.com",
                    "Operations Team Lead",
                    "decision_maker",
                    True,
                ),
                ("Grete Lindahl", "grete@kelpiefreight.com", "Senior Operations Analyst", "peer"),
            ],
            "recruiter": ("Yusra Haddad", "yusra@kelpiefreight.com"),
            "company": "Kelpie Freight",
            "position": "Operations Analyst",
        },
    },
    {
        "id": "k-lever-ics-recruiter-screen-company-in-signature",
        "format": "ics",
        "style": "lever",
        "prodid": "-//Lever//Lever Scheduling//EN",
        "title": "Phone Screen — Halfmoon — Alex Morgan",
        "start": "2028-04-10T09:30",
        "minutes": 30,
        "organizer": P("Bex Aldridge", "bex@halfmoon.ai"),
        "attendees": [ME, P("Bex Aldridge", "bex@halfmoon.ai")],
        "description": (
            "Hey Alex — looking forward to our chat about the Data Platform Engineer opening! I'll give you the "
            "lay of the land, hear about what you're after, and explain the next steps.\n\n"
            "Bex Aldridge (she/her)\nTechnical Recruiter\nHalfmoon Bay Analytics\nhalfmoon.ai"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Bex Aldridge", "bex@halfmoon.ai", "Technical Recruiter", "recruiter")
            ],
            "recruiter": ("Bex Aldridge", "bex@halfmoon.ai"),
            "company": "Halfmoon Bay Analytics",
            "position": "Data Platform Engineer",
        },
    },
    {
        "id": "k-lever-graph-with-x-title-in-sentence",
        "format": "graph",
        "style": "lever",
        "title": "Interview: Senior Data Engineer - Rookery Health",
        "start": "2028-04-11T14:00",
        "minutes": 90,
        "organizer": P("Ines Albuquerque", "ines.albuquerque@rookeryhealth.com"),
        "attendees": [
            ME,
            P("Ngozi Adeyemi", "ngozi.adeyemi@rookeryhealth.com"),
            P("Pilar Echeverría", "pilar.echeverria@rookeryhealth.com"),
        ],
        "description": (
            "Hi Alex,\n\nFor this round you'll pair with Ngozi Adeyemi (Staff Data Engineer) on a pipeline "
            "exercise, then spend half an hour with Pilar Echeverría (Head of Data Platform), who is hiring for "
            "this role.\n\nBest of luck!\nInes Albuquerque · Recruiter · Rookery Health" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Ngozi Adeyemi", "ngozi.adeyemi@rookeryhealth.com", "Staff Data Engineer", "peer"),
                (
                    "Pilar Echeverría",
                    "pilar.echeverria@rookeryhealth.com",
                    "Head of Data Platform",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ines Albuquerque", "ines.albuquerque@rookeryhealth.com"),
            "company": "Rookery Health",
            "position": "Senior Data Engineer",
        },
    },
    {
        "id": "k-lever-ics-recruiter-opens-hands-over",
        "format": "ics",
        "style": "lever",
        "prodid": "-//Lever//Lever Scheduling//EN",
        "title": "Alex Morgan x Tamarind Systems - hiring manager interview",
        "start": "2028-04-12T16:30",
        "minutes": 45,
        "organizer": P("Delphine Okoro", "delphine@tamarindsys.com"),
        "attendees": [
            ME,
            P("Delphine Okoro", "delphine@tamarindsys.com"),
            P("Haruto Sato", "haruto@tamarindsys.com"),
        ],
        "description": (
            "Hi Alex,\n\nI'll kick us off for five minutes and then hand over to Haruto Sato, our Engineering "
            "Manager for Developer Experience, who you'd be working for in the Developer Productivity Engineer role.\n\n"
            "Delphine\nTalent | Tamarind" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Haruto Sato",
                    "haruto@tamarindsys.com",
                    "Engineering Manager for Developer Experience",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Delphine Okoro", "delphine@tamarindsys.com"),
            "company": "Tamarind Systems",
            "position": "Developer Productivity Engineer",
        },
    },
    {
        "id": "k-ashby-ics-initials-dash-schedule",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Interview Scheduling//EN",
        "title": "Technical Loop (Alex Morgan) - Backend Engineer, Ledger @ Quoin",
        "start": "2028-04-13T10:00",
        "minutes": 150,
        "organizer": P("Ashby", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "ob@quoin.finance"),
            P(None, "tn@quoin.finance"),
            P(None, "sv@quoin.finance"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob: Backend Engineer, Ledger\n\nSchedule\n"
            "10:00 - 11:00 · Systems Design · Oluwaseun Bakare – Staff Engineer\n"
            "11:00 - 12:00 · Coding · Tran Ngoc Anh – Software Engineer\n"
            "12:00 - 12:30 · Team fit · Siddharth Varma – Engineering Manager, Ledger\n\n"
            "Recruiter: Gwendolyn Achebe – gwen@quoin.finance" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Oluwaseun Bakare", "ob@quoin.finance", "Staff Engineer", "peer"),
                ("Tran Ngoc Anh", "tn@quoin.finance", "Software Engineer", "peer"),
                (
                    "Siddharth Varma",
                    "sv@quoin.finance",
                    "Engineering Manager, Ledger",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Gwendolyn Achebe", "gwen@quoin.finance"),
            "company": "Quoin",
            "position": "Backend Engineer, Ledger",
        },
    },
    {
        "id": "k-ashby-google-html-ul-strong-brand-domain",
        "format": "google",
        "style": "ashby",
        "title": "Spindrift Games — Gameplay Engineer — Interview",
        "start": "2028-04-14T12:00",
        "minutes": 90,
        "organizer": P("Spindrift Recruiting", "hiring@playspindrift.com"),
        "attendees": [
            ME,
            P("Aurelio Conti", "aurelio@playspindrift.com"),
            P("Mina Rostami", "mina@playspindrift.com"),
        ],
        "description": (
            "<p>Hi Alex, thanks for taking the time!</p><p>Who you'll meet:</p><ul>"
            "<li><strong>Aurelio Conti</strong><br>Principal Gameplay Engineer</li>"
            "<li><strong>Mina Rostami</strong><br>Game Director</li></ul>"
            "<p>Your recruiting contact is Jasper Quinlan "
            '(<a href="mailto:jasper@playspindrift.com">jasper@playspindrift.com</a>).</p>'
            "<p>— Spindrift Games Recruiting</p>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Aurelio Conti",
                    "aurelio@playspindrift.com",
                    "Principal Gameplay Engineer",
                    "peer",
                ),
                ("Mina Rostami", "mina@playspindrift.com", "Game Director", "decision_maker"),
            ],
            "recruiter": ("Jasper Quinlan", "jasper@playspindrift.com"),
            "company": "Spindrift Games",
            "position": "Gameplay Engineer",
        },
    },
    {
        "id": "k-ashby-graph-pipe-table-email-column",
        "format": "graph",
        "style": "ashby",
        "title": "Interview Loop: Product Analyst (Remote - LATAM) [#A-77] - Cuyo Labs",
        "start": "2028-04-17T10:00",
        "minutes": 120,
        "organizer": P("Cuyo Labs Talent", "talent@cuyolabs.com"),
        "attendees": [
            ME,
            P("Valentina Quispe", "vquispe@cuyolabs.com"),
            P("Matías Ferreyra", "mferreyra@cuyolabs.com"),
            P("Camila Duarte", "cduarte@cuyolabs.com"),
        ],
        "description": (
            "| Time | Interviewer | Email | Session |\n| --- | --- | --- | --- |\n"
            "| 10:00 | Valentina Quispe (Analytics Manager) | vquispe@cuyolabs.com | SQL & metrics |\n"
            "| 10:45 | Matías Ferreyra (Product Analyst) | mferreyra@cuyolabs.com | Case study |\n"
            "| 11:30 | Camila Duarte (Senior Product Manager) | cduarte@cuyolabs.com | Product sense |\n\n"
            "Coordinator: Lucía Benítez (talent@cuyolabs.com)" + MEET
        ),
        "html": False,
        "expect": {
            "interviewers": [
                ("Valentina Quispe", "vquispe@cuyolabs.com", "Analytics Manager", "decision_maker"),
                ("Matías Ferreyra", "mferreyra@cuyolabs.com", "Product Analyst", "peer"),
                ("Camila Duarte", "cduarte@cuyolabs.com", "Senior Product Manager", "peer"),
            ],
            "recruiter": ("Lucía Benítez", "talent@cuyolabs.com"),
            "company": "Cuyo Labs",
            "position": "Product Analyst (Remote - LATAM)",
        },
    },
    {
        "id": "k-ashby-ics-asterisk-legend-hm",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Interview Scheduling//EN",
        "title": "Virtual Onsite for Alex Morgan — Solutions Engineer (ID 23-114)",
        "start": "2028-04-18T13:00",
        "minutes": 150,
        "organizer": P("Juniper Mbeki", "juniper@wrenfold.io"),
        "attendees": [
            ME,
            P("Rafe Castellanos", "rafe@wrenfold.io"),
            P("Ilse Vandenberghe", "ilse@wrenfold.io"),
            P("Obinna Eze", "obinna@wrenfold.io"),
        ],
        "description": (
            "Hi Alex — your Wrenfold onsite:\n\n"
            "1:00 PM  Discovery role-play  Rafe Castellanos*  Solutions Engineering Manager\n"
            "1:50 PM  Technical demo  Ilse Vandenberghe  Senior Solutions Engineer\n"
            "2:40 PM  Deal strategy  Obinna Eze  Account Executive\n\n"
            "* hiring manager\n\nJuniper Mbeki, Recruiting Coordinator\n"
            "Your recruiter: Marguerite Toussaint (marguerite@wrenfold.io)" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Rafe Castellanos",
                    "rafe@wrenfold.io",
                    "Solutions Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Ilse Vandenberghe", "ilse@wrenfold.io", "Senior Solutions Engineer", "peer"),
                ("Obinna Eze", "obinna@wrenfold.io", "Account Executive", "peer"),
            ],
            "recruiter": ("Marguerite Toussaint", "marguerite@wrenfold.io"),
            "company": "Wrenfold",
            "position": "Solutions Engineer",
        },
    },
    {
        "id": "k-goodtime-ics-title-colon-name-address",
        "format": "ics",
        "style": "goodtime",
        "prodid": "-//GoodTime.io//Scheduler//EN",
        "title": "Interview: Alex Morgan / Site Reliability Engineer II / Pelagic",
        "start": "2028-04-19T09:00",
        "minutes": 120,
        "organizer": P("Pelagic Recruiting Ops", "recruiting-ops@pelagic.cloud"),
        "attendees": [
            ME,
            P("Kenji Watanabe", "kenji.w@pelagic.cloud"),
            P("Ama Owusu", "ama.owusu@pelagic.cloud"),
        ],
        "description": (
            "Your interview team\n\n"
            "Staff SRE: Kenji Watanabe (kenji.w@pelagic.cloud)\n"
            "SRE Manager: Ama Owusu (ama.owusu@pelagic.cloud)\n\n"
            "09:00 Incident response scenario\n10:00 Linux & networking\n\n"
            "This invitation was scheduled with GoodTime for Pelagic Cloud. For anything else, contact your "
            "recruiter, Sunniva Haugen." + MEET
        ),
        "expect": {
            "interviewers": [
                ("Kenji Watanabe", "kenji.w@pelagic.cloud", "Staff SRE", "peer"),
                ("Ama Owusu", "ama.owusu@pelagic.cloud", "SRE Manager", "decision_maker"),
            ],
            "recruiter": ("Sunniva Haugen", None),
            "company": "Pelagic Cloud",
            "position": "Site Reliability Engineer II",
        },
    },
    {
        "id": "k-goodtime-google-interviewer-blocks-recruiter-in-text",
        "format": "google",
        "style": "goodtime",
        "title": "[Interview] Alex Morgan — Revenue Accountant — Blackthorn Mutual",
        "start": "2028-04-20T14:00",
        "minutes": 90,
        "organizer": P("Blackthorn Scheduling", "scheduling@blackthornmutual.com"),
        "attendees": [
            ME,
            P("Aoife Brennan", "aoife.brennan@blackthornmutual.com"),
            P("Yosef Mizrahi", "yosef.mizrahi@blackthornmutual.com"),
        ],
        "description": (
            "Session 1 — 2:00 PM\nInterviewer: Aoife Brennan, Controller\n\n"
            "Session 2 — 2:45 PM\nInterviewer: Yosef Mizrahi, Senior Revenue Accountant\n\n"
            "Questions? Your recruiter, Cordelia Pike, can be reached at cordelia.pike@blackthornmutual.com."
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Aoife Brennan",
                    "aoife.brennan@blackthornmutual.com",
                    "Controller",
                    "decision_maker",
                ),
                (
                    "Yosef Mizrahi",
                    "yosef.mizrahi@blackthornmutual.com",
                    "Senior Revenue Accountant",
                    "peer",
                ),
            ],
            "recruiter": ("Cordelia Pike", "cordelia.pike@blackthornmutual.com"),
            "company": "Blackthorn Mutual",
            "position": "Revenue Accountant",
        },
    },
    {
        "id": "k-modernloop-graph-html-cell-name-br-title",
        "format": "graph",
        "style": "modernloop",
        "title": "Alex Morgan – Onsite – Senior Mobile Engineer (iOS) – Lyrebird",
        "start": "2028-04-21T10:00",
        "minutes": 180,
        "organizer": P("Lyrebird Interviews", "interviews@lyrebird.app"),
        "attendees": [
            ME,
            P("Chiamaka Nwachukwu", "chiamaka@lyrebird.app"),
            P("Lars Øverby", "lars@lyrebird.app"),
            P("Ayesha Siddiqui", "ayesha@lyrebird.app"),
            P("Tomás Ó Briain", "tomas@lyrebird.app"),
            P("Lyrebird HQ – Kestrel Room (8)", "kestrel-room@lyrebird.app", room=True),
        ],
        "description": (
            "<html><body><p>Hi Alex, welcome to Lyrebird Music! Here's the plan for your day:</p>"
            '<table style="border-collapse:collapse"><tr><th style="padding:4px">Time</th><th>Session</th><th>Interviewer(s)</th></tr>'
            "<tr><td>10:00</td><td>iOS architecture</td><td>Chiamaka Nwachukwu<br>Staff iOS Engineer</td></tr>"
            "<tr><td>11:00</td><td>Pair programming</td><td>Lars Øverby<br>iOS Engineer<br><br>Ayesha Siddiqui<br>Senior iOS Engineer</td></tr>"
            "<tr><td>12:00</td><td>Manager chat</td><td>Tomás Ó Briain<br>Director of Mobile Engineering</td></tr></table>"
            "<p>Your recruiter is Nadia Petrosyan (nadia.p@lyrebird.app).</p></body></html>"
        ),
        "location": "Lyrebird HQ – Kestrel Room (8)",
        "expect": {
            "interviewers": [
                ("Chiamaka Nwachukwu", "chiamaka@lyrebird.app", "Staff iOS Engineer", "peer"),
                ("Lars Øverby", "lars@lyrebird.app", "iOS Engineer", "peer"),
                ("Ayesha Siddiqui", "ayesha@lyrebird.app", "Senior iOS Engineer", "peer"),
                (
                    "Tomás Ó Briain",
                    "tomas@lyrebird.app",
                    "Director of Mobile Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Nadia Petrosyan", "nadia.p@lyrebird.app"),
            "company": "Lyrebird Music",
            "position": "Senior Mobile Engineer (iOS)",
        },
    },
    {
        "id": "k-modernloop-ics-one-slot-hm-in-title-parens",
        "format": "ics",
        "style": "modernloop",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "Interview 3 of 4: Behavioral with Dagny Solheim (Engineering Manager, Hiring Manager)",
        "start": "2028-04-24T15:00",
        "minutes": 45,
        "organizer": P("Fjellborg Recruiting", "recruiting@fjellborg.no"),
        "attendees": [ME, P("Dagny Solheim", "dagny.solheim@fjellborg.no")],
        "description": (
            "Candidate: Alex Morgan\nRole: Backend Developer – Maps (2028-NO-19)\n"
            "Interviewer: Dagny Solheim\n\nRecruiting Coordinator: Eirik Dahl (recruiting@fjellborg.no)\n"
            "Fjellborg Kart AS" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Dagny Solheim",
                    "dagny.solheim@fjellborg.no",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Eirik Dahl", "recruiting@fjellborg.no"),
            "company": "Fjellborg Kart",
            "position": "Backend Developer – Maps",
        },
    },
    {
        "id": "k-gem-google-sourcer-books-vp-as-manager",
        "format": "google",
        "style": "gem",
        "title": "Alex <> Tomasz (Ostara) — 30 min",
        "start": "2028-04-25T12:00",
        "minutes": 30,
        "organizer": P("Lulu Hartmann", "lulu@ostara.dev"),
        "attendees": [ME, P("Tomasz Wróblewski", "tw@ostara.dev")],
        "description": (
            "Hi Alex! Great talking yesterday. As promised I've grabbed time with Tomasz, our VP of Engineering — "
            "the Principal Engineer, Compilers role would report to him, so he's the right person to go deep on "
            "the roadmap. I won't join.\n\nLulu Hartmann\nSourcing @ Ostara" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Tomasz Wróblewski", "tw@ostara.dev", "VP of Engineering", "decision_maker", True),
            ],
            "recruiter": ("Lulu Hartmann", "lulu@ostara.dev"),
            "company": "Ostara",
            "position": "Principal Engineer, Compilers",
        },
    },
    {
        "id": "k-gem-graph-talent-partner-nickname-runs-call",
        "format": "graph",
        "style": "gem",
        "title": "Intro call: Alex Morgan + Marlinspike (Staff Product Designer)",
        "start": "2028-04-26T17:00",
        "minutes": 30,
        "organizer": P("Rebecca Lindqvist-Amari", "becca@marlinspike.com"),
        "attendees": [ME, P("Rebecca Lindqvist-Amari", "becca@marlinspike.com")],
        "description": (
            "Alex — thanks for replying to my note. This is a casual first conversation: I'll share where "
            "Marlinspike is headed and the shape of the design team, and you can ask anything.\n\n"
            "Becca Lindqvist-Amari\nSenior Talent Partner, Design\nMarlinspike Inc." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rebecca Lindqvist-Amari",
                    "becca@marlinspike.com",
                    "Senior Talent Partner, Design",
                    "recruiter",
                ),
            ],
            "recruiter": ("Rebecca Lindqvist-Amari", "becca@marlinspike.com"),
            "company": "Marlinspike",
            "position": "Staff Product Designer",
        },
    },
    {
        "id": "k-calendly-ics-founder-coffee-invitee-answers",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Coffee chat: Alex Morgan and Sione Tupou",
        "start": "2028-04-27T08:30",
        "minutes": 30,
        "organizer": P("Sione Tupou", "sione@saltpan.energy"),
        "attendees": [ME, P("Sione Tupou", "sione@saltpan.energy")],
        "location": "Bluebird Café, 12 Harbour St",
        "description": (
            "Event Name: Coffee chat\n\n"
            "Anything you'd like to share before we meet?: Zainab suggested I reach out — I'm curious about "
            "the founding engineer spot and how Saltpan thinks about grid storage software.\n\n"
            "Sione Tupou · Co-founder & CEO · Saltpan Energy"
        ),
        "expect": {
            "interviewers": [
                ("Sione Tupou", "sione@saltpan.energy", "Co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Saltpan Energy",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "k-calendly-google-controller-event-name-uk-domain",
        "format": "google",
        "style": "calendly",
        "title": "Hiring Manager Chat — Senior Bookkeeper (Alex Morgan)",
        "start": "2028-04-28T10:00",
        "minutes": 45,
        "organizer": P("Gareth Pryce-Jones", "gareth@slipwaymarine.co.uk"),
        "attendees": [ME, P("Gareth Pryce-Jones", "gareth@slipwaymarine.co.uk")],
        "description": (
            "Event Name\nHiring Manager Chat — Senior Bookkeeper\n\nLocation\nThis is a Google Meet web conference.\n\n"
            "Questions\nWhere did you hear about the role?\nIndeed\n\n"
            "Gareth Pryce-Jones | Financial Controller | Slipway Marine Supplies Ltd" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Gareth Pryce-Jones",
                    "gareth@slipwaymarine.co.uk",
                    "Financial Controller",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Slipway Marine Supplies",
            "position": "Senior Bookkeeper",
        },
    },
    {
        "id": "k-workday-graph-labels-on-own-lines",
        "format": "graph",
        "style": "workday",
        "title": "Interview Scheduled: R0045512 Payroll Specialist",
        "start": "2028-05-01T09:00",
        "minutes": 60,
        "organizer": P("Workday Notifications", "myworkday@harrowmere.com"),
        "attendees": [
            ME,
            P("Beatriz Nascimento", "beatriz.nascimento@harrowmere.com"),
            P("Dominik Horvat", "dominik.horvat@harrowmere.com"),
        ],
        "description": (
            "Candidate\nAlex Morgan\n\nJob Requisition\nR0045512 Payroll Specialist (Open)\n\n"
            "Company\nHarrowmere Home Care Services, LLC\n\n"
            "Interviewer\nBeatriz Nascimento\nBusiness Title\nPayroll Manager\n\n"
            "Interviewer\nDominik Horvat\nBusiness Title\nSenior Payroll Specialist\n\n"
            "Recruiter\nPriscila Andrade" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatriz Nascimento",
                    "beatriz.nascimento@harrowmere.com",
                    "Payroll Manager",
                    "decision_maker",
                ),
                (
                    "Dominik Horvat",
                    "dominik.horvat@harrowmere.com",
                    "Senior Payroll Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Priscila Andrade", None),
            "company": "Harrowmere Home Care Services",
            "position": "Payroll Specialist",
        },
    },
    {
        "id": "k-workday-ics-numbered-credentials",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Panel Interview – Clinical Research Coordinator II – JR-77120",
        "start": "2028-05-02T13:30",
        "minutes": 60,
        "organizer": P("Candice Oyelowo", "candice.oyelowo@stmungohealth.org"),
        "attendees": [
            ME,
            P("Aleksandra Nowak", "aleksandra.nowak@stmungohealth.org"),
            P("Rajesh Kumar Pillai", "rajesh.pillai@stmungohealth.org"),
            P("Whitney Faulk", "whitney.faulk@stmungohealth.org"),
        ],
        "description": (
            "Dear Alex,\n\nYour panel for Clinical Research Coordinator II (JR-77120) at St. Mungo Research "
            "Institute, part of St Mungo Health:\n\n"
            "1. Dr. Aleksandra Nowak, PhD – Director, Cardio-Oncology Research Program\n"
            "2. Rajesh Kumar Pillai, MS, CCRP – Clinical Research Manager\n"
            "3. Whitney Faulk, BSN, RN – Research Nurse\n\n"
            "Candice Oyelowo\nTalent Acquisition Specialist" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Aleksandra Nowak",
                    "aleksandra.nowak@stmungohealth.org",
                    "Director, Cardio-Oncology Research Program",
                    "decision_maker",
                ),
                (
                    "Rajesh Kumar Pillai",
                    "rajesh.pillai@stmungohealth.org",
                    "Clinical Research Manager",
                    "decision_maker",
                ),
                ("Whitney Faulk", "whitney.faulk@stmungohealth.org", "Research Nurse", "peer"),
            ],
            "recruiter": ("Candice Oyelowo", "candice.oyelowo@stmungohealth.org"),
            "company": "St. Mungo Research Institute",
            "position": "Clinical Research Coordinator II",
        },
    },
    {
        "id": "k-icims-google-details-block-company-only-in-signature",
        "format": "google",
        "style": "icims",
        "title": "Interview Invitation - Req 2028-3391 - Warehouse Shift Supervisor",
        "start": "2028-05-03T07:30",
        "minutes": 45,
        "organizer": P("iCIMS Notifications", "noreply@icims.com"),
        "attendees": [ME, P("Marisol Trujillo", "mtrujillo@sagebrushoutdoor.com")],
        "location": "DC4 Reno, 2210 Freight Ave — check in at the guard house",
        "description": (
            "Interview Details\nPosition: Warehouse Shift Supervisor (Nights)\nRequisition: 2028-3391\n"
            "Type: In person\nInterviewer: Marisol Trujillo, Distribution Center Manager\n"
            "Please bring a photo ID and wear closed-toe shoes.\n\n"
            "Thank you,\nDeShawn Little\nRecruiter\nSagebrush Outdoor Supply, LLC"
        ),
        "expect": {
            "interviewers": [
                (
                    "Marisol Trujillo",
                    "mtrujillo@sagebrushoutdoor.com",
                    "Distribution Center Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("DeShawn Little", None),
            "company": "Sagebrush Outdoor Supply",
            "position": "Warehouse Shift Supervisor (Nights)",
        },
    },
    {
        "id": "k-icims-graph-job-id-brackets-pharmacy",
        "format": "graph",
        "style": "icims",
        "title": "Video Interview: Staff Pharmacist [Job ID 118-4402] | Verbena Pharmacy",
        "start": "2028-05-04T11:00",
        "minutes": 30,
        "organizer": P("Verbena Talent Acquisition", "talent@verbenarx.com"),
        "attendees": [
            ME,
            P("Hyun-woo Kang", "hkang@verbenarx.com"),
            P("Talent Acquisition", "talent@verbenarx.com"),
        ],
        "description": (
            "Hello Alex,\n\nYou are scheduled for a video interview for Staff Pharmacist with Hyun-woo Kang, "
            "PharmD, Pharmacy District Manager.\n\nRegards,\nVerbena Talent Acquisition" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hyun-woo Kang",
                    "hkang@verbenarx.com",
                    "Pharmacy District Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "talent@verbenarx.com"),
            "company": "Verbena Pharmacy",
            "position": "Staff Pharmacist",
        },
    },
    {
        "id": "k-smartrecruiters-ics-labels-partial-titles",
        "format": "ics",
        "style": "smartrecruiters",
        "prodid": "-//SmartRecruiters//Interview//EN",
        "title": "Interview: Senior Controls Engineer (m/w/d) – Kesselbach",
        "start": "2028-05-05T09:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Kesselbach Karriere", "karriere@kesselbach-automation.de"),
        "attendees": [
            ME,
            P("Jürgen Weißmüller", "j.weissmueller@kesselbach-automation.de"),
            P("Özlem Yıldırım", "o.yildirim@kesselbach-automation.de"),
            P("Friederike Aßmann", "f.assmann@kesselbach-automation.de"),
        ],
        "description": (
            "Hiring Manager: Jürgen Weißmüller\n"
            "Interviewer(s): Özlem Yıldırım (Senior Controls Engineer), Friederike Aßmann\n"
            "Recruiter: Mehmet Aydın – m.aydin@kesselbach-automation.de\n\n"
            "Kesselbach Automation GmbH · Werk Ulm" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Jürgen Weißmüller",
                    "j.weissmueller@kesselbach-automation.de",
                    None,
                    "decision_maker",
                    True,
                ),
                (
                    "Özlem Yıldırım",
                    "o.yildirim@kesselbach-automation.de",
                    "Senior Controls Engineer",
                    "peer",
                ),
                ("Friederike Aßmann", "f.assmann@kesselbach-automation.de", None, "unknown"),
            ],
            "recruiter": ("Mehmet Aydın", "m.aydin@kesselbach-automation.de"),
            "company": "Kesselbach Automation",
            "position": "Senior Controls Engineer",
        },
    },
    {
        "id": "k-smartrecruiters-google-hiring-team-title-next-line",
        "format": "google",
        "style": "smartrecruiters",
        "title": "Alex Morgan - 2nd interview - Category Buyer, Fresh Produce",
        "start": "2028-05-08T14:00",
        "minutes": 60,
        "organizer": P("Lorna McTavish", "lorna.mctavish@glenrothesgrocers.co.uk"),
        "attendees": [
            ME,
            P("Fergus Dalgleish", "fergus.dalgleish@glenrothesgrocers.co.uk"),
            P("Parveen Akhtar", "parveen.akhtar@glenrothesgrocers.co.uk"),
        ],
        "description": (
            "Hiring team\n\nFergus Dalgleish\nHead of Fresh Buying\n\nParveen Akhtar\nSenior Buyer, Chilled\n\n"
            "Lorna McTavish\nRecruitment Advisor\n\n"
            "Glenrothes Grocers — careers.glenrothesgrocers.co.uk" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Fergus Dalgleish",
                    "fergus.dalgleish@glenrothesgrocers.co.uk",
                    "Head of Fresh Buying",
                    "decision_maker",
                ),
                (
                    "Parveen Akhtar",
                    "parveen.akhtar@glenrothesgrocers.co.uk",
                    "Senior Buyer, Chilled",
                    "peer",
                ),
            ],
            "recruiter": ("Lorna McTavish", "lorna.mctavish@glenrothesgrocers.co.uk"),
            "company": "Glenrothes Grocers",
            "position": "Category Buyer, Fresh Produce",
        },
    },
    {
        "id": "k-agency-graph-consultant-for-client-names-only",
        "format": "graph",
        "style": "agency",
        "title": "Alex Morgan / Marram Capital – Head of Investor Relations – 1st interview",
        "start": "2028-05-09T10:30",
        "minutes": 60,
        "organizer": P("Oscar Thackeray", "oscar.thackeray@northlightsearch.com"),
        "attendees": [ME, P("Oscar Thackeray", "oscar.thackeray@northlightsearch.com")],
        "location": "Marram Capital, 5th floor, 14 Kingsway (ask for Yasmin at reception)",
        "description": (
            "Hi Alex,\n\nConfirming your first meeting with my client Marram Capital Partners. You'll meet "
            "Hélène Fournier-Diallo, their CFO, together with Rupert Haines, Director of Fundraising. "
            "I won't attend but call me straight after.\n\n"
            "Oscar Thackeray\nPrincipal Consultant, Financial Services | Northlight Search\n+44 20 7946 0321"
        ),
        "expect": {
            "interviewers": [
                ("Hélène Fournier-Diallo", None, "CFO", "executive"),
                ("Rupert Haines", None, "Director of Fundraising", "decision_maker"),
            ],
            "recruiter": ("Oscar Thackeray", "oscar.thackeray@northlightsearch.com"),
            "company": "Marram Capital Partners",
            "position": "Head of Investor Relations",
        },
    },
    {
        "id": "k-agency-ics-forwarded-client-invite",
        "format": "ics",
        "style": "agency",
        "title": "FW: Interview - Alex Morgan - QA Lead (contract) - Bellhaven Logistics",
        "start": "2028-05-10T15:00",
        "minutes": 45,
        "organizer": P("Riya Deshpande", "riya@tandemtalent.io"),
        "attendees": [
            ME,
            P("Riya Deshpande", "riya@tandemtalent.io"),
            P("Mark Lindgren", "mark.lindgren@bellhaven.com"),
            P("Esi Boateng", "esi.boateng@bellhaven.com"),
        ],
        "description": (
            "Alex - forwarding the client's invite below, good luck! Riya (Tandem Talent)\n\n"
            "---------- Forwarded message ---------\nFrom: Mark Lindgren <mark.lindgren@bellhaven.com>\n"
            "Subject: Interview - QA Lead (contract)\n\n"
            "Hi Riya, please pass this on to your candidate. I'll run the interview with Esi from my team.\n\n"
            "Mark Lindgren\nQA Manager, Bellhaven Logistics\n" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Mark Lindgren",
                    "mark.lindgren@bellhaven.com",
                    "QA Manager",
                    "decision_maker",
                    True,
                ),
                ("Esi Boateng", "esi.boateng@bellhaven.com", None, "peer"),
            ],
            "recruiter": ("Riya Deshpande", "riya@tandemtalent.io"),
            "company": "Bellhaven Logistics",
            "position": "QA Lead (contract)",
        },
    },
    # --- Humans writing their own invites ------------------------------------------------
    {
        "id": "k-human-zoom-our-ceo-and-the-hiring-manager",
        "format": "ics",
        "style": "human",
        "prodid": "-//zoom.us//iCalendar Event//EN",
        "title": "Alex Morgan - final conversations - Head of Growth",
        "start": "2028-05-11T16:00",
        "minutes": 60,
        "organizer": P("Tara Quigley", "tara@fennelhealth.com"),
        "attendees": [
            ME,
            P("Ife Chukwu", "ife@fennelhealth.com"),
            P("Bastian Krüger", "bastian@fennelhealth.com"),
        ],
        "description": (
            "Hi Alex,\n\nLast step! You'll meet our CEO, Ifeoma Chukwu, for the first half hour and then Bastian "
            "Krüger, the hiring manager, for the second.\n\nTara Quigley\nRecruiting Lead, Fennel Health"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Ifeoma Chukwu", "ife@fennelhealth.com", "CEO", "executive"),
                ("Bastian Krüger", "bastian@fennelhealth.com", None, "decision_maker", True),
            ],
            "recruiter": ("Tara Quigley", "tara@fennelhealth.com"),
            "company": "Fennel Health",
            "position": "Head of Growth",
        },
    },
    {
        "id": "k-human-teams-the-hiring-manager-initials-address",
        "format": "graph",
        "style": "human",
        "title": "Teams interview: Clinical Informatics Analyst",
        "start": "2028-05-12T09:00",
        "minutes": 45,
        "organizer": P("Gloria Esposito", "gesposito@bayleafmedical.org"),
        "attendees": [
            ME,
            P("shan@bayleafmedical.org", "shan@bayleafmedical.org"),
            P("Paolo Ricci", "pricci@bayleafmedical.org"),
        ],
        "description": (
            "Good morning Alex,\n\nThis call is with Seo-yeon Han, the hiring manager, and Paolo Ricci "
            "(Informatics Nurse Specialist), who works on her team.\n\nGloria Esposito\nHR Generalist | Bayleaf Medical Center"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Seo-yeon Han", "shan@bayleafmedical.org", None, "decision_maker", True),
                (
                    "Paolo Ricci",
                    "pricci@bayleafmedical.org",
                    "Informatics Nurse Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Gloria Esposito", "gesposito@bayleafmedical.org"),
            "company": "Bayleaf Medical Center",
            "position": "Clinical Informatics Analyst",
        },
    },
    {
        "id": "k-human-meet-hm-own-invite-leads-team-signature",
        "format": "google",
        "style": "human",
        "title": "Chat about the analytics role",
        "start": "2028-05-15T13:00",
        "minutes": 45,
        "organizer": P("Priya Raghunathan", "priya.raghunathan@kittiwakeins.com"),
        "attendees": [ME, P("Priya Raghunathan", "priya.raghunathan@kittiwakeins.com")],
        "description": (
            "Hi Alex — thanks for applying for the Senior Pricing Analyst opening. I run the pricing analytics "
            "team and you'd be joining it, so I wanted to meet before the panel.\n\n"
            "Priya Raghunathan | Pricing Analytics Lead | Kittiwake Insurance" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Priya Raghunathan",
                    "priya.raghunathan@kittiwakeins.com",
                    "Pricing Analytics Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Kittiwake Insurance",
            "position": "Senior Pricing Analyst",
        },
    },
    {
        "id": "k-human-founder-coffee-gmail-lowercase-where-fit",
        "format": "google",
        "style": "human",
        "title": "coffee ☕ alex / mateus",
        "start": "2028-05-16T08:00",
        "minutes": 45,
        "organizer": P("Mateus Carvalho Lima", "mateus.clima@gmail.com"),
        "attendees": [ME, P("Mateus Carvalho Lima", "mateus.clima@gmail.com")],
        "location": "Sey Coffee, 18 Grattan St",
        "description": (
            "hey alex, great to finally connect. quick context: my cofounder and i are building cantata "
            "(cantata.health), scheduling for home-care nurses, still pre-seed. would love to hear what you're "
            "working on and talk about where you'd fit as we put the founding team together. my treat.\n\n"
            "— mateus, co-founder @ Cantata"
        ),
        "expect": {
            "interviewers": [
                ("Mateus Carvalho Lima", "mateus.clima@gmail.com", "Co-founder", "executive"),
            ],
            "recruiter": None,
            "company": "Cantata",
            "position": None,
        },
    },
    {
        "id": "k-human-intro-cto-macron-company-founding",
        "format": "ics",
        "style": "human",
        "title": "Intro: Alex <> Aroha (Kererū Labs)",
        "start": "2028-05-17T12:30",
        "minutes": 30,
        "organizer": P("Aroha Ngata", "aroha@kererulabs.nz"),
        "attendees": [ME, P("Aroha Ngata", "aroha@kererulabs.nz")],
        "description": (
            "Kia ora Alex,\n\nThanks to Hemi for the intro. I'm the CTO and co-founder here. We're about to hire "
            "our first two engineers and I'd like to hear how you'd approach the Founding Backend Engineer role and "
            "tell you about the team.\n\nNgā mihi,\nAroha Ngata\nCTO | Kererū Labs Ltd" + MEET
        ),
        "expect": {
            "interviewers": [("Aroha Ngata", "aroha@kererulabs.nz", "CTO", "executive")],
            "recruiter": None,
            "company": "Kererū Labs",
            "position": "Founding Backend Engineer",
        },
    },
    {
        "id": "k-human-get-to-know-nickname-address-director",
        "format": "graph",
        "style": "human",
        "title": "Get to know: Alex & Bill",
        "start": "2028-05-18T15:30",
        "minutes": 30,
        "organizer": P("Bill Ashdown-Reyes", "bill@cobblestonepay.com"),
        "attendees": [ME, P("Bill Ashdown-Reyes", "bill@cobblestonepay.com")],
        "description": (
            "Alex,\n\nMarisa Cho on our talent team mentioned you're exploring the Risk Operations Manager opening. "
            "Before anything formal I like to just get to know people — no prep needed.\n\n"
            "William (Bill) Ashdown-Reyes\nDirector, Risk & Compliance\nCobblestone Payments"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "William Ashdown-Reyes",
                    "bill@cobblestonepay.com",
                    "Director, Risk & Compliance",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Marisa Cho", None),
            "company": "Cobblestone Payments",
            "position": "Risk Operations Manager",
        },
    },
    {
        "id": "k-human-catch-up-former-colleague-head-of-design",
        "format": "google",
        "style": "human",
        "title": "Catch up — Alex / Noa",
        "start": "2028-05-19T17:30",
        "minutes": 30,
        "organizer": P("Noa Ben-David", "noa.bendavid@paperkite.design"),
        "attendees": [ME, P("Noa Ben-David", "noa.bendavid@paperkite.design")],
        "description": (
            "Hey! Been way too long since the Lumina days. I'm Head of Design at Paperkite now and we're hiring "
            "a Design Lead on my team — thought of you immediately. Let's catch up and I'll tell you more.\n\nNoa"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Noa Ben-David",
                    "noa.bendavid@paperkite.design",
                    "Head of Design",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Paperkite",
            "position": "Design Lead",
        },
    },
    {
        "id": "k-human-scheduling-mailbox-your-recruiter-is",
        "format": "graph",
        "style": "human",
        "title": "Interview - Alex Morgan - Environmental Compliance Specialist",
        "start": "2028-05-22T10:00",
        "minutes": 60,
        "organizer": P("Talent Scheduling", "talentscheduling@granitecreekwater.org"),
        "attendees": [
            ME,
            P("Olusegun Adebayo", "oadebayo@granitecreekwater.org"),
            P("Kirsten Holm", "kholm@granitecreekwater.org"),
            P("Talent Scheduling", "talentscheduling@granitecreekwater.org"),
        ],
        "description": (
            "Hello Alex,\n\nYou're confirmed for a one-hour interview with Olusegun Adebayo (Environmental Compliance "
            "Supervisor) and Kirsten Holm (Water Quality Scientist).\n\n"
            "Your recruiter is Darnell Whitaker (dwhitaker@granitecreekwater.org); please contact him with any "
            "questions.\n\nGranite Creek Water District" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Olusegun Adebayo",
                    "oadebayo@granitecreekwater.org",
                    "Environmental Compliance Supervisor",
                    "decision_maker",
                ),
                ("Kirsten Holm", "kholm@granitecreekwater.org", "Water Quality Scientist", "peer"),
            ],
            "recruiter": ("Darnell Whitaker", "dwhitaker@granitecreekwater.org"),
            "company": "Granite Creek Water District",
            "position": "Environmental Compliance Specialist",
        },
    },
    {
        "id": "k-human-meet-who-leads-team-you-would-join",
        "format": "google",
        "style": "human",
        "title": "Interviews for Mobile Engineer (Android) - Alex Morgan",
        "start": "2028-05-23T11:00",
        "minutes": 90,
        "organizer": P("Ottilie Fairbanks", "ottilie@marblearch.app"),
        "attendees": [
            ME,
            P("Chiara Benedetti", "chiara@marblearch.app"),
            P("Oskar Lind", "oskar@marblearch.app"),
        ],
        "description": (
            "Hi Alex,\n\nFirst you'll talk with Chiara Benedetti, who leads the team you'd join, about how you "
            "work; then Oskar Lind, our Senior Android Engineer, will take you through a code review exercise.\n\n"
            "Ottilie\nRecruiter at Marble Arch Apps" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Chiara Benedetti", "chiara@marblearch.app", None, "decision_maker", True),
                ("Oskar Lind", "oskar@marblearch.app", "Senior Android Engineer", "peer"),
            ],
            "recruiter": ("Ottilie Fairbanks", "ottilie@marblearch.app"),
            "company": "Marble Arch Apps",
            "position": "Mobile Engineer (Android)",
        },
    },
    {
        "id": "k-human-outlook-html-table-role-in-process-column",
        "format": "graph",
        "style": "human",
        "title": "Interview loop – Senior Program Manager, Supply Chain Systems (Req #SC-2231)",
        "start": "2028-05-24T09:30",
        "minutes": 135,
        "organizer": P("Hollis, Renata", "renata.hollis@corriganmfg.com"),
        "attendees": [
            ME,
            P("Bhattacharya, Anirban", "anirban.bhattacharya@corriganmfg.com"),
            P("Moreau, Céline", "celine.moreau@corriganmfg.com"),
            P("Nakamura, Ken", "ken.nakamura@corriganmfg.com"),
        ],
        "description": (
            '<html><body><p style="font-family:Calibri">Hi Alex,</p><p>Please find your interview schedule below.</p>'
            '<table border="1" cellpadding="3"><tr><td><b>Time</b></td><td><b>Name</b></td><td><b>Title</b></td><td><b>Role in process</b></td></tr>'
            "<tr><td>9:30</td><td>Anirban Bhattacharya</td><td>Director, Supply Chain Systems</td><td>Hiring Manager</td></tr>"
            "<tr><td>10:15</td><td>Céline Moreau</td><td>Program Manager</td><td>Peer interviewer</td></tr>"
            "<tr><td>11:00</td><td>Ken Nakamura</td><td>Principal Engineer</td><td>Bar raiser</td></tr></table>"
            "<p>Regards,<br>Renata Hollis<br>Senior Talent Acquisition Partner<br>Corrigan Manufacturing Inc.</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Anirban Bhattacharya",
                    "anirban.bhattacharya@corriganmfg.com",
                    "Director, Supply Chain Systems",
                    "decision_maker",
                    True,
                ),
                ("Céline Moreau", "celine.moreau@corriganmfg.com", "Program Manager", "peer"),
                ("Ken Nakamura", "ken.nakamura@corriganmfg.com", "Principal Engineer", "peer"),
            ],
            "recruiter": ("Renata Hollis", "renata.hollis@corriganmfg.com"),
            "company": "Corrigan Manufacturing",
            "position": "Senior Program Manager, Supply Chain Systems",
        },
    },
    {
        "id": "k-human-graph-two-daniels",
        "format": "graph",
        "style": "human",
        "title": "Technical interview – Embedded Linux Engineer – Alex Morgan",
        "start": "2028-05-25T14:00",
        "minutes": 60,
        "organizer": P("Daniel Okonkwo", "dokonkwo@harrierdrones.com"),
        "attendees": [
            ME,
            P("Daniel Okonkwo", "dokonkwo@harrierdrones.com"),
            P("Dan Ferreira", "dan.f@harrierdrones.com"),
        ],
        "description": (
            "Hi Alex,\n\nThere are two Daniels on this call, sorry in advance! I'm Daniel Okonkwo, Embedded "
            "Software Manager — the role reports to me. Daniel Ferreira is a senior embedded engineer on the "
            "flight-controller team and will run the technical part.\n\nDaniel O.\nHarrier Drones"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Daniel Okonkwo",
                    "dokonkwo@harrierdrones.com",
                    "Embedded Software Manager",
                    "decision_maker",
                    True,
                ),
                ("Daniel Ferreira", "dan.f@harrierdrones.com", "Senior Embedded Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Harrier Drones",
            "position": "Embedded Linux Engineer",
        },
    },
    {
        "id": "k-human-ics-candidate-second-address-and-room",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview: Alex Morgan (Quality Engineer)",
        "start": "2028-05-26T10:00",
        "minutes": 90,
        "organizer": P("Ruth Abernathy", "rabernathy@vossberg-medical.com"),
        "attendees": [
            ME,
            P("Alex Morgan", "alex.morgan.qe@outlook.com"),
            P("Conf Rm 2B - Lister (10)", "rm-2b-lister@vossberg-medical.com", room=True),
            P("Thandiwe Mokoena", "tmokoena@vossberg-medical.com"),
            P("Lukas Brandstätter", "lbrandstaetter@vossberg-medical.com"),
        ],
        "location": "Conf Rm 2B - Lister (10)",
        "description": (
            "Alex - I've added your other email too, as requested.\n\n"
            "10:00 Thandiwe Mokoena, Quality Manager (hiring manager)\n"
            "10:45 Lukas Brandstätter, Senior Design Quality Engineer\n\n"
            "Please report to the front desk at 9:45.\n\nRuth Abernathy, HR Business Partner, Vossberg Medical"
        ),
        "expect": {
            "interviewers": [
                (
                    "Thandiwe Mokoena",
                    "tmokoena@vossberg-medical.com",
                    "Quality Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Lukas Brandstätter",
                    "lbrandstaetter@vossberg-medical.com",
                    "Senior Design Quality Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Ruth Abernathy", "rabernathy@vossberg-medical.com"),
            "company": "Vossberg Medical",
            "position": "Quality Engineer",
        },
    },
    {
        "id": "k-human-google-updated-swap-interviewer",
        "format": "google",
        "style": "human",
        "title": "Updated invitation: Product Sense interview - Alex Morgan (Senior PM, Marketplace) @ Tue May 30, 2028 1pm - 2pm (EDT)",
        "start": "2028-05-30T13:00",
        "minutes": 60,
        "organizer": P("Kalani Akana", "kalani@tradewind.market"),
        "attendees": [ME, P("Farah Qureshi", "farah@tradewind.market")],
        "description": (
            "Update: Jonas Berg is out sick, so Farah Qureshi (Senior Product Manager, Buyer Experience) will take "
            "your product sense session instead. Same time, same link.\n\nKalani — Recruiting, Tradewind"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Farah Qureshi",
                    "farah@tradewind.market",
                    "Senior Product Manager, Buyer Experience",
                    "peer",
                ),
            ],
            "recruiter": ("Kalani Akana", "kalani@tradewind.market"),
            "company": "Tradewind",
            "position": "Senior PM, Marketplace",
        },
    },
    {
        "id": "k-human-graph-panel-semicolons-titles-in-parens",
        "format": "graph",
        "style": "human",
        "title": "Selection interview — Programme Officer, Climate Finance",
        "start": "2028-05-31T09:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Amara Kallon", "amara.kallon@greenbridgefund.org"),
        "attendees": [
            ME,
            P("Siobhán Kearney", "s.kearney@greenbridgefund.org"),
            P("Jean-Baptiste Mukendi", "jb.mukendi@greenbridgefund.org"),
            P("Harriet Osei-Tutu", "h.oseitutu@greenbridgefund.org"),
        ],
        "description": (
            "Dear Alex,\n\nThe panel: Siobhán Kearney (Head of Programmes, chair); Jean-Baptiste Mukendi (Senior "
            "Programme Officer); Harriet Osei-Tutu (Monitoring & Evaluation Adviser).\n\nThere will be a 10-minute presentation followed by "
            "questions.\n\nAmara Kallon\nPeople & Culture Officer, Greenbridge Climate Fund" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Siobhán Kearney",
                    "s.kearney@greenbridgefund.org",
                    "Head of Programmes",
                    "decision_maker",
                ),
                (
                    "Jean-Baptiste Mukendi",
                    "jb.mukendi@greenbridgefund.org",
                    "Senior Programme Officer",
                    "peer",
                ),
                (
                    "Harriet Osei-Tutu",
                    "h.oseitutu@greenbridgefund.org",
                    "Monitoring & Evaluation Adviser",
                    "peer",
                ),
            ],
            "recruiter": ("Amara Kallon", "amara.kallon@greenbridgefund.org"),
            "company": "Greenbridge Climate Fund",
            "position": "Programme Officer, Climate Finance",
        },
    },
    {
        "id": "k-human-google-nurse-manager-prose-unit",
        "format": "google",
        "style": "human",
        "title": "RN interview 4 West (Alex Morgan)",
        "start": "2028-06-01T14:30",
        "minutes": 30,
        "organizer": P("Colleen Brody", "colleen.brody@stbrendans.org"),
        "attendees": [
            ME,
            P("Colleen Brody", "colleen.brody@stbrendans.org"),
            P("Marcus Delacroix", "marcus.delacroix@stbrendans.org"),
        ],
        "location": "St. Brendan's Hospital, 4 West nurses' station",
        "description": (
            "Hi Alex, this is Colleen, nurse manager on 4 West (med-surg). I'll interview you for the night-shift "
            "Registered Nurse position along with Marcus Delacroix, one of our charge nurses. Park in garage B.\n\n"
            "Colleen Brody, MSN, RN"
        ),
        "expect": {
            "interviewers": [
                (
                    "Colleen Brody",
                    "colleen.brody@stbrendans.org",
                    "Nurse Manager",
                    "decision_maker",
                    True,
                ),
                ("Marcus Delacroix", "marcus.delacroix@stbrendans.org", "Charge Nurse", "peer"),
            ],
            "recruiter": None,
            "company": "St. Brendan's Hospital",
            "position": "Registered Nurse",
        },
    },
    {
        "id": "k-human-graph-ea-books-coo-optional",
        "format": "graph",
        "style": "human",
        "title": "Alex Morgan / Ravi Subramanian – conversation",
        "start": "2028-06-02T11:00",
        "minutes": 45,
        "organizer": P("Imke de Vries", "imke.devries@saltwaterlogistics.com"),
        "attendees": [
            ME,
            P("Ravi Subramanian", "ravi.subramanian@saltwaterlogistics.com"),
            P("Imke de Vries", "imke.devries@saltwaterlogistics.com", optional=True),
        ],
        "description": (
            "Dear Alex,\n\nOn behalf of Ravi Subramanian, Chief Operating Officer, I've scheduled this meeting to "
            "discuss the Director of Network Planning position. Ravi's recruiter, Beatrice Koh, will follow up "
            "afterwards.\n\nKind regards,\nImke de Vries\nExecutive Assistant to the COO\nSaltwater Logistics"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ravi Subramanian",
                    "ravi.subramanian@saltwaterlogistics.com",
                    "Chief Operating Officer",
                    "executive",
                ),
            ],
            "recruiter": ("Beatrice Koh", None),
            "company": "Saltwater Logistics",
            "position": "Director of Network Planning",
        },
    },
    {
        "id": "k-human-google-our-title-name-prose",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan — interview — Cardamom Ledger",
        "start": "2028-06-05T10:00",
        "minutes": 60,
        "organizer": P("Jude Okafor-Hale", "jude@cardamomledger.com"),
        "attendees": [
            ME,
            P("Ana-Maria Popescu", "anamaria@cardamomledger.com"),
            P("Bilal Chaudhry", "bilal@cardamomledger.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks again for your time on Friday. For the Platform Engineer role you'll next meet our "
            "Head of Platform Ana-Maria Popescu and our Staff Engineer Bilal Chaudhry, 30 minutes each.\n\n"
            "Jude\nJude Okafor-Hale — Talent, Cardamom Ledger" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ana-Maria Popescu",
                    "anamaria@cardamomledger.com",
                    "Head of Platform",
                    "decision_maker",
                ),
                ("Bilal Chaudhry", "bilal@cardamomledger.com", "Staff Engineer", "peer"),
            ],
            "recruiter": ("Jude Okafor-Hale", "jude@cardamomledger.com"),
            "company": "Cardamom Ledger",
            "position": "Platform Engineer",
        },
    },
    # --- Near-misses: they mention interviewing but the user is not a candidate -------------
    {
        "id": "k-not-interview-training-new-people-managers",
        "format": "graph",
        "style": "human",
        "title": "Interview training for new people managers (cohort 3)",
        "start": "2028-04-05T10:00",
        "minutes": 120,
        "organizer": P("Initech Learning & Development", "learning@initech.com"),
        "attendees": [
            ME_WORK,
            P("Bongani Zulu", "bongani.zulu@initech.com"),
            P("Maren Eriksen", "maren.eriksen@initech.com"),
        ],
        "description": (
            "Welcome to the managers' track. Module 2 covers how to run a hiring manager interview, writing "
            "structured questions, and keeping notes that survive a debrief. Facilitator: Bongani Zulu, Talent "
            "Acquisition Lead." + TEAMS
        ),
    },
    {
        "id": "k-not-debrief-data-analyst-onsite",
        "format": "google",
        "style": "greenhouse",
        "title": "Debrief: Data Analyst onsite — Yusuf A. (Req 8812)",
        "start": "2028-04-13T16:30",
        "minutes": 30,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            ME_WORK,
            P("Lotte Janssen", "lotte.janssen@initech.com"),
            P("Kaveh Farahani", "kaveh.farahani@initech.com"),
        ],
        "description": (
            "Interviewers: please submit scorecards in Greenhouse before the debrief. Hiring manager: Lotte "
            "Janssen. We'll go round the panel and decide on an offer." + MEET
        ),
    },
    {
        "id": "k-not-calibration-ae-rubric",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Calibration — AE interview rubric (role-play scoring)",
        "start": "2028-04-19T15:00",
        "minutes": 45,
        "organizer": P("Sinéad Moloney", "sinead.moloney@initech.com"),
        "attendees": [
            ME_WORK,
            P("Rahul Khanna", "rahul.khanna@initech.com"),
            P("Grace Adjei", "grace.adjei@initech.com"),
        ],
        "description": (
            "We'll each score the recorded role-play from last week's candidate, compare, and agree what a 3 vs a "
            "4 looks like before the next interviewing wave." + TEAMS
        ),
    },
    {
        "id": "k-not-interview-loop-sync-weekly",
        "format": "google",
        "style": "human",
        "title": "Interview loop sync – Platform hiring (weekly)",
        "start": "2028-04-24T09:30",
        "minutes": 25,
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Initech Platform Recruiting", "platform-recruiting@initech.com"),
            P("Femi Ogunbiyi", "femi.ogunbiyi@initech.com"),
        ],
        "description": (
            "Pipeline review, who's interviewing this week, open slots for the system design round, and any "
            "candidates stuck waiting on feedback." + MEET
        ),
    },
    {
        "id": "k-not-radio-interview-spokesperson",
        "format": "graph",
        "style": "human",
        "title": "Live radio interview — BBC Radio Ulster (product recall)",
        "start": "2028-04-26T07:40",
        "minutes": 20,
        "tz": "Europe/London",
        "organizer": P("Initech Press Office", "press@initech.com"),
        "attendees": [ME_WORK, P("Declan Rooney", "declan.rooney@bbc.co.uk")],
        "description": (
            "Producer Declan Rooney will call your mobile at 07:35. Presenter will interview you for about six "
            "minutes on the kettle recall. Stick to the three agreed lines; comms will listen in."
        ),
    },
    {
        "id": "k-not-podcast-guest-interview",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Podcast interview: The Build Log with Ines Tavares",
        "start": "2028-05-03T18:00",
        "minutes": 60,
        "organizer": P("Ines Tavares", "ines@thebuildlog.fm"),
        "attendees": [ME, P("Ines Tavares", "ines@thebuildlog.fm")],
        "description": (
            "Event Name: Guest recording\n\nThanks for coming on the show! We'll chat about your move from "
            "support into engineering and what you look for when hiring juniors. Recording link: "
            "https://riverside.fm/studio/the-build-log"
        ),
    },
    {
        "id": "k-not-customer-interview-user-runs",
        "format": "google",
        "style": "human",
        "title": "Customer interview #4 — Fernanda (Patchwork Bakery)",
        "start": "2028-05-05T11:00",
        "minutes": 45,
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [ME_WORK, P("Fernanda Ruiz", "fernanda@patchworkbakery.com")],
        "description": (
            "Discovery interview for the invoicing redesign. Fernanda runs the books for three bakery locations. "
            "Script: https://docs.initech.com/research/invoicing-script — record with consent."
            + ZOOM
        ),
    },
    {
        "id": "k-not-paid-research-participant",
        "format": "ics",
        "style": "human",
        "title": "Research interview: how you manage shared household bills ($75 gift card)",
        "start": "2028-05-09T19:00",
        "minutes": 60,
        "organizer": P("Mosswood Research Panel", "studies@mosswoodresearch.com"),
        "attendees": [ME],
        "description": (
            "Thanks for qualifying! A researcher from our team will interview you about budgeting apps. This is "
            "not a job interview and there are no right answers." + ZOOM
        ),
    },
    {
        "id": "k-not-user-on-candidate-panel",
        "format": "graph",
        "style": "greenhouse",
        "title": "Interview: Priya Natarajan for Staff Engineer — Coding (Interviewer: Alex Morgan)",
        "start": "2028-05-11T13:00",
        "minutes": 60,
        "organizer": P("Initech Scheduling", "scheduling@initech.com"),
        "attendees": [ME_WORK, P("Priya Natarajan", "priya.natarajan@fastmail.com")],
        "description": (
            "You are interviewing Priya Natarajan (candidate) for Staff Engineer.\nFocus: coding — concurrency.\n"
            "Interview kit: https://app.greenhouse.io/interview_kits/99812\nPlease submit your scorecard within "
            "one business day." + TEAMS
        ),
    },
    {
        "id": "k-not-intake-new-requisition",
        "format": "google",
        "style": "human",
        "title": "Intake: Senior Product Designer req (HM + recruiter)",
        "start": "2028-05-15T14:00",
        "minutes": 30,
        "organizer": P("Clementine Roux", "clementine.roux@initech.com"),
        "attendees": [ME_WORK, P("Clementine Roux", "clementine.roux@initech.com")],
        "description": (
            "Let's agree the must-haves, the interview plan (portfolio review, whiteboard, values) and who sits "
            "on the panel, so I can open the role on Monday." + MEET
        ),
    },
    {
        "id": "k-not-reverse-shadow-certification",
        "format": "graph",
        "style": "modernloop",
        "title": "Reverse shadow: Alex leads, Marta observes — Backend system design interview",
        "start": "2028-05-18T10:00",
        "minutes": 60,
        "organizer": P("Initech Interviews", "interviews@initech.com"),
        "attendees": [
            ME_WORK,
            P("Marta Głowacka", "marta.glowacka@initech.com"),
            P("Jonah Feld", "jonah.feld@gmail.com"),
        ],
        "description": (
            "Interviewer (lead): Alex Morgan\nObserver: Marta Głowacka (certified interviewer)\n"
            "Candidate: Jonah Feld\nThis is your final reverse shadow before certification." + ZOOM
        ),
    },
    {
        "id": "k-not-meetup-talk-how-we-interview",
        "format": "ics",
        "style": "human",
        "title": "Speaking: 'How we interview engineers without leetcode' — Boston Eng Leaders meetup",
        "start": "2028-05-22T18:30",
        "minutes": 90,
        "organizer": P("Boston Eng Leaders", "hello@bostonengleaders.org"),
        "attendees": [ME, P("Tamsin Okoye", "tamsin@bostonengleaders.org")],
        "location": "WeWork, 200 Portland St, 3rd floor",
        "description": (
            "Thanks for speaking! 25 minutes plus Q&A, hosted by Tamsin Okoye. Doors at 6:30, pizza at 6:45."
        ),
    },
    {
        "id": "k-not-oral-history-grandmother",
        "format": "google",
        "style": "human",
        "title": "Oral history interview with Nonna (StoryCorps app)",
        "start": "2028-05-28T15:00",
        "minutes": 90,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Lucia Morgan", "lucia.morgan48@gmail.com")],
        "location": "Nonna's flat",
        "description": "Questions: arriving in 1961, the factory job, meeting Grandpa. Charge the recorder!",
    },
    {
        "id": "k-not-journalist-piece-on-job-hunting",
        "format": "graph",
        "style": "human",
        "title": "Interview for Fast Company piece on job hunting in 2028",
        "start": "2028-06-01T12:00",
        "minutes": 30,
        "organizer": P("Rosalind Achebe", "rachebe@fastcompany.com"),
        "attendees": [ME, P("Rosalind Achebe", "rachebe@fastcompany.com")],
        "description": (
            "Hi Alex, thanks for agreeing to talk. I'm a staff writer working on a story about what interviews "
            "feel like for engineers right now; I'd like to hear about your recent searches. On the record unless "
            "you say otherwise.\n\nRosalind Achebe\nStaff Writer, Fast Company" + TEAMS
        ),
    },
    {
        "id": "k-not-coffee-mentee-interview-tips",
        "format": "ics",
        "style": "human",
        "title": "Coffee chat — Tariq (interview tips)",
        "start": "2028-06-06T08:30",
        "minutes": 30,
        "organizer": P("Tariq Haddad", "tariq.haddad@student.neu.edu"),
        "attendees": [ME, P("Tariq Haddad", "tariq.haddad@student.neu.edu")],
        "location": "Tatte Bakery, Kendall Sq",
        "description": (
            "Thanks so much for offering to help! I have my first onsite for a new-grad role next week and would "
            "love your advice on the system design round. Coffee's on me. — Tariq"
        ),
    },
]
