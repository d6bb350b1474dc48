# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Fresh held-out batch "fresh-16", written blind on 2026-12-07 by a writer who does not tune the
parser, before any run of the parser on it (issue 16). 60 invites: 45 interviews and 15
non-interviews that mention interviewing (the user's own debrief and hiring sync, interviewer
training, a mock interview with a coach, a podcast, a press interview, the user on their own
company's panel, an exit interview, user-research sessions, a naturalisation interview, a
reference the user gives, an alumni admissions interview, an interview-skills workshop, an oral
history recording, a careers-fair stand). The writer never read, imported or ran the extraction
code, the bench or the corpus tests, and wrote these invites to differ from the tuning parts (new
companies, people, layouts and sentence shapes): Greenhouse, Lever, Ashby, GoodTime, ModernLoop,
Gem, Calendly, Workday, iCIMS, SmartRecruiters, BambooHR, Teamtailor, Personio and Workable
templates, agencies, and humans' own Zoom / Meet / Teams invites (recruiters, hiring managers,
founders, an executive assistant); trades beyond software (civil engineering, logistics, dental,
bakery, veterinary, schools, hospitality, manufacturing, trucking, architecture, retail) and
French, German, Portuguese, Italian, Swedish and Greek mixed in. Held out in `heldout-fresh16/`,
rendered by `build_heldout16.py`; `build.py` never imports it.

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions: a person called the hiring manager or the candidate's future manager is a
decision_maker with the hiring-manager mark; people-manager titles (engineering manager, head
of, director) are decision_makers; CEO/founder/CTO/VP/chief are executives unless called the
hiring manager; a recruiter who runs the call is an interviewer (role recruiter) and the
recruiter; a team mailbox recruiter is (None, address); coordinators without a recruiter are the
recruiter; legal forms and requisition ids are left out; whatever the invite does not say is
None/unknown. In detail (as cases_fresh14.py writes them): a person the invite calls the hiring
manager, the candidate's future manager, the person the role reports to, or the lead of the team
they would join is a decision_maker with the hiring-manager mark, executives included; a
people-manager title (manager of a function, head of, director, supervisor, team lead, practice
manager and their foreign forms) is a decision_maker; individual-contributor titles that contain
"manager" (product, program, account manager) are peers; an HR business partner who interviews is
role recruiter; a recruiter who only coordinates, opens the call and drops off, or sources is the
recruiter but not an interviewer; the recruiter is the named recruiter (address only when the
invite gives that person's own address), else the coordinator, else a team mailbox as (None,
address), else None; someone only shadowing, observing, replaced or not attending is not an
interviewer; rooms, assistants and the candidate's own addresses are not interviewers; an
interviewer's email is the address the invite gives for that person, else None; names are written
without honorifics and post-nominals; a person with no title or role in the invite is "unknown"
with no title; titles are written as the invite writes them; legal forms, requisition ids, levels
in their own segment and locations in their own segment are left out of company and position.
"difficulty" is the writer's guess (easy / medium / hard) of how hard a case is to read;
non-interviews have "expect": None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools -------------------------------------------------------------------
    {
        "id": "f16-greenhouse-ics-tab-itinerary-civil-future-manager",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Onsite Interview: Alex Morgan - Project Engineer, Bridges (Harrowgate Consulting)",
        "start": "2028-04-03T09:00",
        "minutes": 150,
        "tz": "America/Denver",
        "organizer": P("Delphine Okonkwo-Baird", "dokonkwobaird@harrowgateeng.com"),
        "attendees": [
            ME,
            P("Wendell Strasburg", "wstrasburg@harrowgateeng.com"),
            P("Priya Raghunathan", "praghunathan@harrowgateeng.com"),
            P("Cormac Tierney", "ctierney@harrowgateeng.com"),
            P("Denver Conf Rm 4B", "rm-den-4b@harrowgateeng.com", room=True),
        ],
        "description": (
            "Good morning Alex,\n\nWe're looking forward to hosting you at our Denver office. Your agenda:\n\n"
            "9:00 AM\tWendell Strasburg\tSenior Structural Engineer, PE\n"
            "9:50 AM\tPriya Raghunathan\tBridge Group Manager (your future manager)\n"
            "10:40 AM\tCormac Tierney\tProject Engineer II\n\n"
            "Please bring a government-issued ID and sign in at reception on the 3rd floor.\n\n"
            "Kind regards,\nDelphine Okonkwo-Baird\nRecruiting Coordinator, Harrowgate Consulting Engineers"
        ),
        "location": "Denver Conf Rm 4B",
        "expect": {
            "interviewers": [
                (
                    "Wendell Strasburg",
                    "wstrasburg@harrowgateeng.com",
                    "Senior Structural Engineer, PE",
                    "peer",
                ),
                (
                    "Priya Raghunathan",
                    "praghunathan@harrowgateeng.com",
                    "Bridge Group Manager",
                    "decision_maker",
                    True,
                ),
                ("Cormac Tierney", "ctierney@harrowgateeng.com", "Project Engineer II", "peer"),
            ],
            "recruiter": ("Delphine Okonkwo-Baird", "dokonkwobaird@harrowgateeng.com"),
            "company": "Harrowgate Consulting",
            "position": "Project Engineer, Bridges",
        },
    },
    {
        "id": "f16-greenhouse-google-html-list-noreply-recruiter-signed",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Alex Morgan | Technical Interview | Firmware Engineer - Thermostats",
        "start": "2028-04-04T13:30",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [
            ME,
            P("Svetlana Moroz", "svetlana.moroz@brisklyhome.com"),
            P("Jonah Adebayo-Kim", "jonah.ak@brisklyhome.com"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Thank you for your interest in <b>Briskly Home</b>! Here are the details for your technical interview:</p>"
            "<ul><li><b>Svetlana Moroz</b> — Embedded Software Lead</li>"
            "<li><b>Jonah Adebayo-Kim</b> — Firmware Engineer</li></ul>"
            "<p>Svetlana leads the thermostat firmware team you'd be joining.</p>"
            "<p>If you need to reschedule, just reply to me directly at ottilie.frame@brisklyhome.com.</p>"
            "<p>Cheers,<br>Ottilie Frame<br>Senior Technical Recruiter</p>"
            + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Svetlana Moroz",
                    "svetlana.moroz@brisklyhome.com",
                    "Embedded Software Lead",
                    "decision_maker",
                    True,
                ),
                ("Jonah Adebayo-Kim", "jonah.ak@brisklyhome.com", "Firmware Engineer", "peer"),
            ],
            "recruiter": ("Ottilie Frame", "ottilie.frame@brisklyhome.com"),
            "company": "Briskly Home",
            "position": "Firmware Engineer - Thermostats",
        },
    },
    {
        "id": "f16-greenhouse-graph-hiring-manager-line-and-panel",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Panel Interview - Alex Morgan - Clinical Data Manager",
        "start": "2028-04-05T15:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Aoife Ní Bhriain", "aoife.nibhriain@lunatrials.ie"),
        "attendees": [
            ME,
            P("Ruairí Kavanagh", "ruairi.kavanagh@lunatrials.ie"),
            P("Benedetta Sforza", "benedetta.sforza@lunatrials.ie"),
        ],
        "description": (
            "Dear Alex,\n\nPlease find below the details of your panel interview with Luna Clinical Trials.\n\n"
            "Hiring Manager: Ruairí Kavanagh, Associate Director, Data Management\n"
            "Panel member: Benedetta Sforza, Senior Biostatistician\n\n"
            "The interview will last approximately 60 minutes and will include a short case discussion.\n\n"
            "Kind regards,\nAoife Ní Bhriain\nTalent Acquisition Specialist" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ruairí Kavanagh",
                    "ruairi.kavanagh@lunatrials.ie",
                    "Associate Director, Data Management",
                    "decision_maker",
                    True,
                ),
                (
                    "Benedetta Sforza",
                    "benedetta.sforza@lunatrials.ie",
                    "Senior Biostatistician",
                    "peer",
                ),
            ],
            "recruiter": ("Aoife Ní Bhriain", "aoife.nibhriain@lunatrials.ie"),
            "company": "Luna Clinical Trials",
            "position": "Clinical Data Manager",
        },
    },
    {
        "id": "f16-lever-ics-meeting-with-parens-logistics",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Interview with Kestrel Freight - Alex Morgan (Transportation Planner)",
        "start": "2028-04-06T10:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Gunnar Lindqvist", "gunnar@kestrelfreight.com"),
        "attendees": [
            ME,
            P("Tamsin Oduya", "tamsin@kestrelfreight.com"),
            P("Ezekiel Brandt", "ezekiel@kestrelfreight.com"),
        ],
        "description": (
            "Hey Alex,\n\nConfirming your interview for the Transportation Planner role.\n\n"
            "Meeting with:\n"
            "- Tamsin Oduya (Transportation Operations Manager)\n"
            "- Ezekiel Brandt (Senior Load Planner)\n\n"
            "Tamsin is the hiring manager for this role. Expect questions on carrier selection and route optimisation.\n\n"
            "Gunnar Lindqvist | Talent Partner | Kestrel Freight" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Tamsin Oduya",
                    "tamsin@kestrelfreight.com",
                    "Transportation Operations Manager",
                    "decision_maker",
                    True,
                ),
                ("Ezekiel Brandt", "ezekiel@kestrelfreight.com", "Senior Load Planner", "peer"),
            ],
            "recruiter": ("Gunnar Lindqvist", "gunnar@kestrelfreight.com"),
            "company": "Kestrel Freight",
            "position": "Transportation Planner",
        },
    },
    {
        "id": "f16-lever-google-rescheduled-single-hm",
        "format": "google",
        "style": "lever",
        "difficulty": "medium",
        "title": "Rescheduled: Alex Morgan & Mireille Vantongeren - Hiring Manager Call (Customer Success Lead)",
        "start": "2028-04-07T16:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Floris de Gooijer", "floris@plankwise.nl"),
        "attendees": [
            ME,
            P("Mireille Vantongeren", "mireille@plankwise.nl"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, we've moved your call with Mireille to Friday. Mireille is our Head of Customer Success "
            "and the hiring manager for the Customer Success Lead role at Plankwise.\n\n"
            "I won't be joining, but feel free to reach out with any questions.\n\nFloris de Gooijer\nRecruiter"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Mireille Vantongeren",
                    "mireille@plankwise.nl",
                    "Head of Customer Success",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Floris de Gooijer", "floris@plankwise.nl"),
            "company": "Plankwise",
            "position": "Customer Success Lead",
        },
    },
    {
        "id": "f16-lever-graph-recruiter-screen-only-organizer",
        "format": "graph",
        "style": "lever",
        "difficulty": "easy",
        "title": "Alex Morgan <> Quarrystone Recruiter Screen - Procurement Analyst",
        "start": "2028-04-10T11:30",
        "minutes": 30,
        "tz": "America/Toronto",
        "organizer": P("Marguerite Boisvert", "marguerite.boisvert@quarrystone.ca"),
        "attendees": [ME, P("Marguerite Boisvert", "marguerite.boisvert@quarrystone.ca")],
        "description": (
            "Hi Alex,\n\nLooking forward to our chat! This is a 30-minute introductory call where I'll tell you more about "
            "Quarrystone and the Procurement Analyst opening, and learn about your background.\n\n"
            "Talk soon,\nMarguerite Boisvert\nSenior Recruiter, Quarrystone Aggregates" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Marguerite Boisvert",
                    "marguerite.boisvert@quarrystone.ca",
                    "Senior Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Marguerite Boisvert", "marguerite.boisvert@quarrystone.ca"),
            "company": "Quarrystone Aggregates",
            "position": "Procurement Analyst",
        },
    },
    {
        "id": "f16-ashby-ics-noreply-initials-interviewers-line",
        "format": "ics",
        "style": "ashby",
        "difficulty": "hard",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Alex Morgan - Technical Deep Dive (Saltmarsh Robotics)",
        "start": "2028-04-11T14:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Saltmarsh Robotics", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "hk@saltmarsh.ai"),
            P(None, "ofb@saltmarsh.ai"),
        ],
        "description": (
            "Interview for Robotics Perception Engineer\n\n"
            "Interviewers: Haruki Kobayashi (Senior Perception Engineer), Olufunke Bankole-Bright (Staff Research Engineer)\n\n"
            "Format: 60 min technical deep dive on a past project of your choosing. No slides needed.\n\n"
            "Questions? Contact Imogen Thrale, imogen@saltmarsh.ai."
        ),
        "location": "https://meet.google.com/tvh-qwep-mzr",
        "expect": {
            "interviewers": [
                ("Haruki Kobayashi", "hk@saltmarsh.ai", "Senior Perception Engineer", "peer"),
                ("Olufunke Bankole-Bright", "ofb@saltmarsh.ai", "Staff Research Engineer", "peer"),
            ],
            "recruiter": ("Imogen Thrale", "imogen@saltmarsh.ai"),
            "company": "Saltmarsh Robotics",
            "position": "Robotics Perception Engineer",
        },
    },
    {
        "id": "f16-ashby-google-team-mailbox-hm-screen",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Hiring Manager Screen: Alex Morgan / Revenue Operations Manager",
        "start": "2028-04-12T09:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Fernhill Talent", "talent@fernhill.co"),
        "attendees": [
            ME,
            P("Caspian Whitlock", "caspian@fernhill.co"),
            P("Fernhill Talent", "talent@fernhill.co"),
        ],
        "description": (
            "Hi Alex — you'll be speaking with Caspian Whitlock, VP of Revenue, who is the hiring manager for the "
            "Revenue Operations Manager role at Fernhill.\n\nReply to this thread or write to talent@fernhill.co if you need to move it.\n\n"
            "Powered by Ashby"
        ),
        "location": "https://fernhill.zoom.us/j/91288374651",
        "expect": {
            "interviewers": [
                (
                    "Caspian Whitlock",
                    "caspian@fernhill.co",
                    "VP of Revenue",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "talent@fernhill.co"),
            "company": "Fernhill",
            "position": "Revenue Operations Manager",
        },
    },
    {
        "id": "f16-ashby-graph-final-round-ceo-and-hm",
        "format": "graph",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Final Round — Alex Morgan — Founding Designer @ Tallowmere",
        "start": "2028-04-13T17:00",
        "minutes": 75,
        "tz": "Europe/London",
        "organizer": P("Beatrix Quayle", "beatrix@tallowmere.com"),
        "attendees": [
            ME,
            P("Lorcan Ashdown", "lorcan@tallowmere.com"),
            P("Xiomara Velasco", "xiomara@tallowmere.com"),
            P("Beatrix Quayle", "beatrix@tallowmere.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere's the plan for your final round:\n\n"
            "17:00 – 17:45  Portfolio review with Xiomara Velasco, Head of Product (hiring manager)\n"
            "17:45 – 18:15  Values chat with Lorcan Ashdown, Co-founder & CEO\n\n"
            "I'll hop on at the start to make introductions and then leave you to it.\n\n"
            "Beatrix Quayle\nPeople & Talent, Tallowmere" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Xiomara Velasco",
                    "xiomara@tallowmere.com",
                    "Head of Product",
                    "decision_maker",
                    True,
                ),
                ("Lorcan Ashdown", "lorcan@tallowmere.com", "Co-founder & CEO", "executive"),
            ],
            "recruiter": ("Beatrix Quayle", "beatrix@tallowmere.com"),
            "company": "Tallowmere",
            "position": "Founding Designer",
        },
    },
    {
        "id": "f16-goodtime-ics-stacked-blocks-shared-coordinator",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "hard",
        "prodid": "-//GoodTime.io//Scheduler//EN",
        "title": "Interview Schedule for Alex Morgan — Senior Actuarial Analyst",
        "start": "2028-04-14T09:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Ridgeback Mutual Scheduling", "interviewscheduling@ridgebackmutual.com"),
        "attendees": [
            ME,
            P("Thaddeus Mwangi", "tmwangi@ridgebackmutual.com"),
            P("Ingrid Solbakken", "isolbakken@ridgebackmutual.com"),
            P("Rosalind Achebe", "rachebe@ridgebackmutual.com"),
        ],
        "description": (
            "Ridgeback Mutual Insurance — Interview Schedule\n\nPosition: Senior Actuarial Analyst\n\n"
            "9:00 AM – 9:45 AM\nThaddeus Mwangi\nActuarial Manager, Pricing\n\n"
            "9:45 AM – 10:30 AM\nIngrid Solbakken\nLead Actuary, Reserving\n\n"
            "10:30 AM – 11:00 AM\nRosalind Achebe\nChief Actuary\n\n"
            "Your recruiting coordinator is Pedro Albuquerque (palbuquerque@ridgebackmutual.com).\n"
            "All interviews take place via Zoom: https://ridgebackmutual.zoom.us/j/93847261550"
        ),
        "expect": {
            "interviewers": [
                (
                    "Thaddeus Mwangi",
                    "tmwangi@ridgebackmutual.com",
                    "Actuarial Manager, Pricing",
                    "decision_maker",
                ),
                (
                    "Ingrid Solbakken",
                    "isolbakken@ridgebackmutual.com",
                    "Lead Actuary, Reserving",
                    "peer",
                ),
                ("Rosalind Achebe", "rachebe@ridgebackmutual.com", "Chief Actuary", "executive"),
            ],
            "recruiter": ("Pedro Albuquerque", "palbuquerque@ridgebackmutual.com"),
            "company": "Ridgeback Mutual Insurance",
            "position": "Senior Actuarial Analyst",
        },
    },
    {
        "id": "f16-goodtime-google-one-slot-peer-title-only",
        "format": "google",
        "style": "goodtime",
        "difficulty": "easy",
        "title": "Interview: Alex Morgan / Leontyne Farraday - Coding (Mobile Engineer, iOS)",
        "start": "2028-04-17T11:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Pebblecast Recruiting", "recruiting-ops@pebblecast.app"),
        "attendees": [
            ME,
            P("Leontyne Farraday", "leontyne@pebblecast.app"),
        ],
        "description": (
            "Interviewer: Leontyne Farraday, Senior iOS Engineer\nSession: Coding (45 min)\n\n"
            "This is one of four sessions in your Pebblecast loop; you'll receive separate invites for the others.\n\n"
            "Questions: recruiting-ops@pebblecast.app" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Leontyne Farraday", "leontyne@pebblecast.app", "Senior iOS Engineer", "peer"),
            ],
            "recruiter": (None, "recruiting-ops@pebblecast.app"),
            "company": "Pebblecast",
            "position": "Mobile Engineer, iOS",
        },
    },
    {
        "id": "f16-modernloop-graph-panel-with-shadow",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "[Interview] Alex Morgan — Security Engineer, Detection — Panel",
        "start": "2028-04-18T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Constance Yeboah", "constance.yeboah@vantablock.io"),
        "attendees": [
            ME,
            P("Mateus Carvalho", "mateus.carvalho@vantablock.io"),
            P("Shreya Kulkarni", "shreya.kulkarni@vantablock.io"),
            P("Elias Brandvold", "elias.brandvold@vantablock.io", optional=True),
        ],
        "description": (
            "Candidate: Alex Morgan\nRole: Security Engineer, Detection\n\n"
            "Interviewers\n  Mateus Carvalho · Detection & Response Manager · Hiring Manager\n"
            "  Shreya Kulkarni · Senior Security Engineer\n\n"
            "Shadow (not interviewing): Elias Brandvold\n\n"
            "Coordinator: Constance Yeboah — scheduled with ModernLoop" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Mateus Carvalho",
                    "mateus.carvalho@vantablock.io",
                    "Detection & Response Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Shreya Kulkarni",
                    "shreya.kulkarni@vantablock.io",
                    "Senior Security Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Constance Yeboah", "constance.yeboah@vantablock.io"),
            "company": "Vantablock",
            "position": "Security Engineer, Detection",
        },
    },
    {
        "id": "f16-modernloop-ics-break-between-sessions",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "medium",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "Alex Morgan: Onsite for Supply Chain Analyst at Orchardline Foods",
        "start": "2028-04-19T13:00",
        "minutes": 135,
        "tz": "America/Chicago",
        "organizer": P("Harriet Vandersloot", "hvandersloot@orchardline.com"),
        "attendees": [
            ME,
            P("Kwabena Asante", "kasante@orchardline.com"),
            P("Lucinda Marchetti", "lmarchetti@orchardline.com"),
        ],
        "description": (
            "Hi Alex, here is your afternoon:\n\n"
            "1:00–1:45 PM · Kwabena Asante, Director of Demand Planning\n"
            "1:45–2:00 PM · Break\n"
            "2:00–2:45 PM · Lucinda Marchetti, Inventory Analyst\n"
            "2:45–3:15 PM · Q&A with me (Harriet, Recruiter)\n\n"
            "Address: 4410 W Ridgeway Ave, Building C lobby. Parking is free in lot 2."
        ),
        "location": "Orchardline Foods HQ, Building C",
        "expect": {
            "interviewers": [
                (
                    "Kwabena Asante",
                    "kasante@orchardline.com",
                    "Director of Demand Planning",
                    "decision_maker",
                ),
                ("Lucinda Marchetti", "lmarchetti@orchardline.com", "Inventory Analyst", "peer"),
                ("Harriet Vandersloot", "hvandersloot@orchardline.com", "Recruiter", "recruiter"),
            ],
            "recruiter": ("Harriet Vandersloot", "hvandersloot@orchardline.com"),
            "company": "Orchardline Foods",
            "position": "Supply Chain Analyst",
        },
    },
    {
        "id": "f16-gem-google-sourcer-books-hm-not-attending",
        "format": "google",
        "style": "gem",
        "difficulty": "medium",
        "title": "Alex / Benedikt — intro chat (Gridbolt)",
        "start": "2028-04-20T15:30",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": P("Chiamaka Eze", "chiamaka@gridbolt.energy"),
        "attendees": [
            ME,
            P("Benedikt Lorenzen", "benedikt@gridbolt.energy"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for replying to my note! As promised, here's time with Benedikt Lorenzen, who leads our "
            "grid-integration team and is hiring a Power Systems Engineer. It's an informal first conversation — no prep needed.\n\n"
            "I won't be on the call.\n\nChiamaka Eze\nSourcing Lead, Gridbolt\n\nSent with Gem"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Benedikt Lorenzen", "benedikt@gridbolt.energy", None, "decision_maker", True),
            ],
            "recruiter": ("Chiamaka Eze", "chiamaka@gridbolt.energy"),
            "company": "Gridbolt",
            "position": "Power Systems Engineer",
        },
    },
    {
        "id": "f16-gem-ics-recruiter-stays-hm-in-prose",
        "format": "ics",
        "style": "gem",
        "difficulty": "hard",
        "title": "Coffee chat: Alex Morgan + Wrenfield (Brand Marketing)",
        "start": "2028-04-21T10:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Solveig Amundsen", "solveig@wrenfield.com"),
        "attendees": [
            ME,
            P("Solveig Amundsen", "solveig@wrenfield.com"),
            P("Dashiell Oyelaran", "dashiell@wrenfield.com"),
        ],
        "description": (
            "Hi Alex!\n\nSo glad we connected. Dashiell runs Brand at Wrenfield and the Senior Brand Manager would report "
            "directly to him. I'll join too so we can both answer questions about the team and the process.\n\n"
            "Solveig\nRecruiting, Wrenfield" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Dashiell Oyelaran", "dashiell@wrenfield.com", None, "decision_maker", True),
                ("Solveig Amundsen", "solveig@wrenfield.com", None, "recruiter"),
            ],
            "recruiter": ("Solveig Amundsen", "solveig@wrenfield.com"),
            "company": "Wrenfield",
            "position": "Senior Brand Manager",
        },
    },
    {
        "id": "f16-calendly-graph-hm-event-type-answers",
        "format": "graph",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Alex Morgan and Ophelia Castellanos",
        "start": "2028-04-24T12:00",
        "minutes": 30,
        "tz": "America/Phoenix",
        "organizer": P("Ophelia Castellanos", "ophelia@saguarodental.com"),
        "attendees": [ME, P("Ophelia Castellanos", "ophelia@saguarodental.com")],
        "description": (
            "Event Name: Dental Hygienist Interview - 30 min\n\n"
            "Location: This is a Google Meet web conference. https://meet.google.com/xfo-baqn-epu\n\n"
            "Invitee: Alex Morgan\nInvitee Email: alex.morgan@gmail.com\n\n"
            "Questions:\nAre you licensed in Arizona?\nYes\n\n"
            "Ophelia Castellanos, DDS — Practice Manager, Saguaro Family Dental\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7f2c\nReschedule: https://calendly.com/reschedulings/7f2c\n\n"
            "Powered by Calendly.com"
        ),
        "html": False,
        "expect": {
            "interviewers": [
                (
                    "Ophelia Castellanos",
                    "ophelia@saguarodental.com",
                    "Practice Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Saguaro Family Dental",
            "position": "Dental Hygienist",
        },
    },
    {
        "id": "f16-calendly-ics-recruiter-intro-event",
        "format": "ics",
        "style": "calendly",
        "difficulty": "easy",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Intro Call with Teodora (Halyard Bank) between Teodora Iliescu and Alex Morgan",
        "start": "2028-04-25T08:30",
        "minutes": 20,
        "tz": "Europe/Bucharest",
        "organizer": P("Teodora Iliescu", "teodora.iliescu@halyardbank.ro"),
        "attendees": [ME],
        "description": (
            "Event Name: Intro Call with Teodora (Halyard Bank)\n\n"
            "A short call with Teodora Iliescu, Talent Acquisition Partner, about the Compliance Officer (AML) position.\n\n"
            "Invitee: Alex Morgan\n\nPowered by Calendly.com"
        ),
        "location": "+40 21 555 0147",
        "expect": {
            "interviewers": [
                (
                    "Teodora Iliescu",
                    "teodora.iliescu@halyardbank.ro",
                    "Talent Acquisition Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Teodora Iliescu", "teodora.iliescu@halyardbank.ro"),
            "company": "Halyard Bank",
            "position": "Compliance Officer (AML)",
        },
    },
    {
        "id": "f16-workday-ics-fields-warehouse-supervisor",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview: R-20871 Warehouse Shift Supervisor - Alex Morgan",
        "start": "2028-04-26T07:00",
        "minutes": 60,
        "tz": "America/Indiana/Indianapolis",
        "organizer": P("Workday Notifications", "wd-notifications@boxwellsupply.com"),
        "attendees": [
            ME,
            P("Jolene Pruitt", "jolene.pruitt@boxwellsupply.com"),
            P("Marcus Delacroix-Hale", "marcus.delacroixhale@boxwellsupply.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R-20871 Warehouse Shift Supervisor (Open)\n"
            "Interview Type: In Person\nLocation: Boxwell Supply Distribution Center, 900 Commerce Pkwy, Plainfield IN\n\n"
            "Interviewer(s):\nJolene Pruitt - Operations Manager\nMarcus Delacroix-Hale - HR Business Partner\n\n"
            "Recruiter: Brennan Fitzwilliam\n\nPlease arrive 10 minutes early and wear closed-toe shoes."
        ),
        "location": "Boxwell Supply Distribution Center",
        "expect": {
            "interviewers": [
                (
                    "Jolene Pruitt",
                    "jolene.pruitt@boxwellsupply.com",
                    "Operations Manager",
                    "decision_maker",
                ),
                (
                    "Marcus Delacroix-Hale",
                    "marcus.delacroixhale@boxwellsupply.com",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Brennan Fitzwilliam", None),
            "company": "Boxwell Supply",
            "position": "Warehouse Shift Supervisor",
        },
    },
    {
        "id": "f16-workday-google-hospital-pharmacist-fields",
        "format": "google",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Scheduled - Clinical Pharmacist, Oncology - St. Brendan's Medical Center",
        "start": "2028-04-27T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Talent Acquisition", "talentacquisition@meridianhealthsys.org"),
        "attendees": [
            ME,
            P("Adaeze Nwachukwu", "adaeze.nwachukwu@meridianhealthsys.org"),
            P("Hollis Graybeal", "hollis.graybeal@meridianhealthsys.org"),
        ],
        "description": (
            "Job Requisition: JR-55102 Clinical Pharmacist, Oncology\nHiring Organization: St. Brendan's Medical Center\n"
            "Hiring Manager: Adaeze Nwachukwu\n\n"
            "Interviewers:\nAdaeze Nwachukwu, PharmD - Pharmacy Operations Manager\nHollis Graybeal, RPh - Oncology Pharmacist\n\n"
            "Join via Microsoft Teams (link sent separately). Contact talentacquisition@meridianhealthsys.org with questions."
        ),
        "expect": {
            "interviewers": [
                (
                    "Adaeze Nwachukwu",
                    "adaeze.nwachukwu@meridianhealthsys.org",
                    "Pharmacy Operations Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Hollis Graybeal",
                    "hollis.graybeal@meridianhealthsys.org",
                    "Oncology Pharmacist",
                    "peer",
                ),
            ],
            "recruiter": (None, "talentacquisition@meridianhealthsys.org"),
            "company": "St. Brendan's Medical Center",
            "position": "Clinical Pharmacist, Oncology",
        },
    },
    {
        "id": "f16-icims-graph-interview-details-retail",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview Details: Assistant Store Manager - Alex Morgan",
        "start": "2028-04-28T10:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Cobbleton Outfitters Careers", "careers@cobbleton.com"),
        "attendees": [
            ME,
            P("Renata Szymańska", "renata.szymanska@cobbleton.com"),
        ],
        "description": (
            "Interview Details\n\nCompany: Cobbleton Outfitters\nPosition: Assistant Store Manager (Store #0412 - Burlington, VT)\n"
            "Interviewer: Renata Szymańska, Store Manager\nType: Video\n\n"
            "Renata will be your direct manager if you are offered the role.\n\n"
            "This message was sent via iCIMS on behalf of Cobbleton Outfitters." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Renata Szymańska",
                    "renata.szymanska@cobbleton.com",
                    "Store Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "careers@cobbleton.com"),
            "company": "Cobbleton Outfitters",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "f16-icims-ics-plant-maintenance-two-interviewers",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "On-site Interview - Maintenance Technician II (Job ID 2028-3317)",
        "start": "2028-05-01T06:30",
        "minutes": 90,
        "tz": "America/Detroit",
        "organizer": P("Gideon Marsh", "gmarsh@tolandmetalworks.com"),
        "attendees": [
            ME,
            P("Ulrich Vanterpool", "uvanterpool@tolandmetalworks.com"),
            P("Patience Okafor", "pokafor@tolandmetalworks.com"),
        ],
        "description": (
            "Dear Alex,\n\nYou are scheduled for an on-site interview at Toland Metalworks, Plant 2.\n\n"
            "You will meet with:\n  Ulrich Vanterpool, Maintenance Supervisor\n  Patience Okafor, Reliability Engineer\n\n"
            "The interview includes a 30-minute plant walk. Safety glasses and steel-toe boots are required; glasses will be provided.\n\n"
            "Gideon Marsh\nHR Generalist, Toland Metalworks\n(586) 555-0193"
        ),
        "location": "Toland Metalworks Plant 2, Gate B",
        "expect": {
            "interviewers": [
                (
                    "Ulrich Vanterpool",
                    "uvanterpool@tolandmetalworks.com",
                    "Maintenance Supervisor",
                    "decision_maker",
                ),
                ("Patience Okafor", "pokafor@tolandmetalworks.com", "Reliability Engineer", "peer"),
            ],
            "recruiter": ("Gideon Marsh", "gmarsh@tolandmetalworks.com"),
            "company": "Toland Metalworks",
            "position": "Maintenance Technician II",
        },
    },
    {
        "id": "f16-smartrecruiters-google-hiring-team-reports-to",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Video interview | Alex Morgan | Sustainability Analyst",
        "start": "2028-05-02T14:00",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Eulalie Fontaine", "eulalie.fontaine@verdaquil.com"),
        "attendees": [
            ME,
            P("Bastien Roux", "bastien.roux@verdaquil.com"),
            P("Nilufar Rahimova", "nilufar.rahimova@verdaquil.com"),
        ],
        "description": (
            "Hello Alex,\n\nYou are invited to a video interview with Verdaquil for the Sustainability Analyst position.\n\n"
            "Hiring team\nBastien Roux — Responsable RSE\nNilufar Rahimova — ESG Data Specialist\n\n"
            "The position reports to Bastien.\n\nBest regards,\nEulalie Fontaine\nChargée de recrutement\n\nSent via SmartRecruiters"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Bastien Roux",
                    "bastien.roux@verdaquil.com",
                    "Responsable RSE",
                    "decision_maker",
                    True,
                ),
                (
                    "Nilufar Rahimova",
                    "nilufar.rahimova@verdaquil.com",
                    "ESG Data Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Eulalie Fontaine", "eulalie.fontaine@verdaquil.com"),
            "company": "Verdaquil",
            "position": "Sustainability Analyst",
        },
    },
    {
        "id": "f16-smartrecruiters-graph-recruiter-runs-phone",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "easy",
        "title": "Phone Interview: Alex Morgan for Field Service Engineer at Larkspur Medical",
        "start": "2028-05-03T09:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Cillian Moorcroft", "cillian.moorcroft@larkspurmedical.co.uk"),
        "attendees": [ME, P("Cillian Moorcroft", "cillian.moorcroft@larkspurmedical.co.uk")],
        "description": (
            "Hi Alex,\n\nI'll call you on the number on your application for a 30-minute phone interview about the Field Service "
            "Engineer role. We'll cover your experience with imaging equipment, travel expectations and salary.\n\n"
            "Cillian Moorcroft\nRecruitment Consultant (in-house), Larkspur Medical Ltd"
        ),
        "location": "Phone call",
        "expect": {
            "interviewers": [
                (
                    "Cillian Moorcroft",
                    "cillian.moorcroft@larkspurmedical.co.uk",
                    "Recruitment Consultant (in-house)",
                    "recruiter",
                ),
            ],
            "recruiter": ("Cillian Moorcroft", "cillian.moorcroft@larkspurmedical.co.uk"),
            "company": "Larkspur Medical",
            "position": "Field Service Engineer",
        },
    },
    {
        "id": "f16-teamtailor-google-swedish-english-teamlead",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Intervju: Alex Morgan – Backend-utvecklare / Backend Developer (Fjällkod)",
        "start": "2028-05-04T10:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Ebba Lindgren", "ebba.lindgren@fjallkod.se"),
        "attendees": [
            ME,
            P("Oskar Wennerström", "oskar.wennerstrom@fjallkod.se"),
            P("Ebba Lindgren", "ebba.lindgren@fjallkod.se"),
        ],
        "description": (
            "Hej Alex!\n\n(English below)\n\nVälkommen till intervju hos Fjällkod. Du träffar Oskar Wennerström, teamledare för "
            "plattformsteamet, och mig.\n\nHi Alex! Welcome to your interview at Fjällkod. You'll meet Oskar Wennerström (Team Lead, Platform), "
            "whose team you would join, and me. I'll lead the first 15 minutes with questions about your background.\n\n"
            "Ebba Lindgren\nRecruiter, Fjällkod\n\nSkickat via Teamtailor" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Oskar Wennerström",
                    "oskar.wennerstrom@fjallkod.se",
                    "Team Lead, Platform",
                    "decision_maker",
                    True,
                ),
                ("Ebba Lindgren", "ebba.lindgren@fjallkod.se", "Recruiter", "recruiter"),
            ],
            "recruiter": ("Ebba Lindgren", "ebba.lindgren@fjallkod.se"),
            "company": "Fjällkod",
            "position": "Backend Developer",
        },
    },
    {
        "id": "f16-bamboohr-ics-dental-office-manager-and-dentist",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "medium",
        "prodid": "-//BambooHR//Calendar//EN",
        "title": "Interview - Front Desk Coordinator - Alex Morgan",
        "start": "2028-05-05T12:15",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Maribel Quintanilla", "maribel@aspenloopdental.com"),
        "attendees": [
            ME,
            P("Maribel Quintanilla", "maribel@aspenloopdental.com"),
            P("Dr. Everett Kowalczyk", "everett@aspenloopdental.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying to Aspen Loop Dental! You'll meet with me (Maribel, Office Manager — you'd report "
            "to me) and Dr. Everett Kowalczyk (Associate Dentist) over lunch break.\n\n"
            "We're at 212 Pine St, Suite 3. Park anywhere out front.\n\nMaribel"
        ),
        "location": "Aspen Loop Dental, 212 Pine St Suite 3",
        "expect": {
            "interviewers": [
                (
                    "Maribel Quintanilla",
                    "maribel@aspenloopdental.com",
                    "Office Manager",
                    "decision_maker",
                    True,
                ),
                ("Everett Kowalczyk", "everett@aspenloopdental.com", "Associate Dentist", "peer"),
            ],
            "recruiter": None,
            "company": "Aspen Loop Dental",
            "position": "Front Desk Coordinator",
        },
    },
    {
        "id": "f16-personio-graph-german-vorstellungsgespraech",
        "format": "graph",
        "style": "personio",
        "difficulty": "hard",
        "title": "Vorstellungsgespräch: Alex Morgan – Werkstudent Controlling (m/w/d)",
        "start": "2028-05-08T11:00",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Personio", "noreply@personio.de"),
        "attendees": [
            ME,
            P("Friederike Albrecht", "f.albrecht@hanseblick.de"),
            P("Jannik Oberholzer", "j.oberholzer@hanseblick.de"),
        ],
        "description": (
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung bei der Hanseblick GmbH. Wir freuen uns auf das Gespräch.\n\n"
            "Gesprächspartner:\nFriederike Albrecht – Leiterin Finanzen & Controlling\nJannik Oberholzer – Referent Controlling\n\n"
            "Bei Fragen wenden Sie sich bitte an Lene Brockmann (l.brockmann@hanseblick.de), People & Culture.\n\n"
            "Viele Grüße\nIhr Hanseblick-Team" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Friederike Albrecht",
                    "f.albrecht@hanseblick.de",
                    "Leiterin Finanzen & Controlling",
                    "decision_maker",
                ),
                ("Jannik Oberholzer", "j.oberholzer@hanseblick.de", "Referent Controlling", "peer"),
            ],
            "recruiter": ("Lene Brockmann", "l.brockmann@hanseblick.de"),
            "company": "Hanseblick",
            "position": "Werkstudent Controlling",
        },
    },
    {
        "id": "f16-workable-google-greek-hotel-front-office",
        "format": "google",
        "style": "workable",
        "difficulty": "hard",
        "title": "Interview with Aegean Lanterns Hotels - Front Office Manager",
        "start": "2028-05-09T12:00",
        "minutes": 45,
        "tz": "Europe/Athens",
        "organizer": P("Aegean Lanterns Hotels", "aegeanlanterns@hire.workable.com"),
        "attendees": [
            ME,
            P("Stavroula Papadimitriou", "s.papadimitriou@aegeanlanterns.gr"),
            P("Nikolaos Tsakiris", "n.tsakiris@aegeanlanterns.gr"),
        ],
        "description": (
            "Γεια σας Alex / Hello Alex,\n\nYour interview for Front Office Manager (Santorini) is confirmed.\n\n"
            "Interviewers:\n• Stavroula Papadimitriou, Hotel General Manager\n• Nikolaos Tsakiris, Rooms Division Manager — the role reports to Nikolaos\n\n"
            "Reply to this email to reach the hiring team.\n\nRegards,\nThe Aegean Lanterns Hotels hiring team\n\nPowered by Workable"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Stavroula Papadimitriou",
                    "s.papadimitriou@aegeanlanterns.gr",
                    "Hotel General Manager",
                    "executive",
                ),
                (
                    "Nikolaos Tsakiris",
                    "n.tsakiris@aegeanlanterns.gr",
                    "Rooms Division Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "aegeanlanterns@hire.workable.com"),
            "company": "Aegean Lanterns Hotels",
            "position": "Front Office Manager",
        },
    },
    # --- Agencies ---------------------------------------------------------------------------
    {
        "id": "f16-agency-ics-exec-search-partner-joins-cfo",
        "format": "ics",
        "style": "agency",
        "difficulty": "hard",
        "title": "Alex Morgan / Brackenridge Outdoor — CFO search — meeting with the CEO",
        "start": "2028-05-10T16:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Vivienne Ashcombe", "vashcombe@thornleysearch.com"),
        "attendees": [
            ME,
            P("Vivienne Ashcombe", "vashcombe@thornleysearch.com"),
            P("Garrick Holloway", "garrick.holloway@brackenridgeoutdoor.com"),
        ],
        "description": (
            "Alex,\n\nAs discussed, this is your first meeting with Garrick Holloway, President & CEO of Brackenridge Outdoor, "
            "for the Chief Financial Officer search we are running on their behalf. The CFO reports directly to Garrick.\n\n"
            "I will join for the first ten minutes to make introductions and then drop off.\n\n"
            "Vivienne Ashcombe\nPartner, Thornley Search Partners" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Garrick Holloway",
                    "garrick.holloway@brackenridgeoutdoor.com",
                    "President & CEO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Vivienne Ashcombe", "vashcombe@thornleysearch.com"),
            "company": "Brackenridge Outdoor",
            "position": "Chief Financial Officer",
        },
    },
    {
        "id": "f16-agency-graph-staffing-client-panel-consultant-absent",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Client Interview: Alex Morgan for Quality Engineer @ Penhallow Aerospace (via Keystone Talent)",
        "start": "2028-05-11T13:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Rhys Penberthy", "rhys.penberthy@keystonetalent.co.uk"),
        "attendees": [
            ME,
            P("Imelda Trevaskis", "imelda.trevaskis@penhallow-aero.com"),
            P("Anselm Grigg", "anselm.grigg@penhallow-aero.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat news — Penhallow would like to interview you for the Quality Engineer contract.\n\n"
            "You'll be interviewed by:\nImelda Trevaskis – Head of Quality (hiring manager)\nAnselm Grigg – Senior Quality Engineer\n\n"
            "I won't be on the call, but ring me afterwards on 07700 900412 to debrief.\n\n"
            "Rhys Penberthy\nSenior Consultant – Engineering | Keystone Talent" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Imelda Trevaskis",
                    "imelda.trevaskis@penhallow-aero.com",
                    "Head of Quality",
                    "decision_maker",
                    True,
                ),
                (
                    "Anselm Grigg",
                    "anselm.grigg@penhallow-aero.com",
                    "Senior Quality Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Rhys Penberthy", "rhys.penberthy@keystonetalent.co.uk"),
            "company": "Penhallow Aerospace",
            "position": "Quality Engineer",
        },
    },
    {
        "id": "f16-agency-google-singapore-names-in-prose-no-addresses",
        "format": "google",
        "style": "agency",
        "difficulty": "hard",
        "title": "Interview arranged: Regional Treasury Manager (Mangrove Shipping) - Alex Morgan",
        "start": "2028-05-12T10:00",
        "minutes": 60,
        "tz": "Asia/Singapore",
        "organizer": P("Felicia Tan Hui Min", "felicia.tan@lionheadpartners.sg"),
        "attendees": [ME, P("Felicia Tan Hui Min", "felicia.tan@lionheadpartners.sg")],
        "description": (
            "Dear Alex,\n\nI am pleased to confirm your interview with Mangrove Shipping for the Regional Treasury Manager role.\n\n"
            "You will be meeting Mr. Rajesh Sundaram (Group Treasurer), to whom the role reports, together with "
            "Ms. Goh Siew Ling (Senior Treasury Analyst). They will send the Teams link directly; I have held the time in your calendar.\n\n"
            "Best regards,\nFelicia Tan Hui Min\nAssociate Director, Lionhead Partners"
        ),
        "expect": {
            "interviewers": [
                ("Rajesh Sundaram", None, "Group Treasurer", "decision_maker", True),
                ("Goh Siew Ling", None, "Senior Treasury Analyst", "peer"),
            ],
            "recruiter": ("Felicia Tan Hui Min", "felicia.tan@lionheadpartners.sg"),
            "company": "Mangrove Shipping",
            "position": "Regional Treasury Manager",
        },
    },
    # --- Humans' own invites ----------------------------------------------------------------
    {
        "id": "f16-human-founder-coffee-gmail-lowercase",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "coffee w/ alex (kiln & cobble)",
        "start": "2028-05-15T08:30",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Thea Marchbanks", "thea.marchbanks@gmail.com"),
        "attendees": [ME, P("Thea Marchbanks", "thea.marchbanks@gmail.com")],
        "description": (
            "hey alex - excited to meet! i started kiln & cobble two years ago and we're finally hiring our first "
            "operations lead. no agenda, just want to hear what you've been up to and tell you about the role.\n\n"
            "see you at sightglass on 7th\n- thea"
        ),
        "location": "Sightglass Coffee, 270 7th St",
        "expect": {
            "interviewers": [
                ("Thea Marchbanks", "thea.marchbanks@gmail.com", None, "executive"),
            ],
            "recruiter": None,
            "company": "Kiln & Cobble",
            "position": "Operations Lead",
        },
    },
    {
        "id": "f16-human-meet-recruiter-screen-hm-named-not-attending",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex Morgan - Initial Screen - Paralegal, Real Estate",
        "start": "2028-05-16T11:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Octavia Rennick", "orennick@hollisgarrow.com"),
        "attendees": [ME, P("Octavia Rennick", "orennick@hollisgarrow.com")],
        "description": (
            "Hi Alex,\n\nThanks for your application to Hollis & Garrow LLP. This first call is with me; if it goes well, the next "
            "step is a meeting with Bernadette Sowerby, the senior paralegal manager who leads the real estate group.\n\n"
            "Best,\nOctavia Rennick\nLegal Recruiting Manager" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Octavia Rennick",
                    "orennick@hollisgarrow.com",
                    "Legal Recruiting Manager",
                    "recruiter",
                ),
            ],
            "recruiter": ("Octavia Rennick", "orennick@hollisgarrow.com"),
            "company": "Hollis & Garrow",
            "position": "Paralegal, Real Estate",
        },
    },
    {
        "id": "f16-human-teams-hm-own-invite-signature-pipe",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview – Site Engineer role",
        "start": "2028-05-17T14:00",
        "minutes": 60,
        "tz": "Australia/Brisbane",
        "organizer": P("Callum Brierley", "callum.brierley@tideway-civil.com.au"),
        "attendees": [ME, P("Harlow Nguyen", "harlow.nguyen@tideway-civil.com.au")],
        "description": (
            "G'day Alex,\n\nThanks for your time on the phone last week. I'd like to get you in front of myself and Harlow Nguyen, "
            "Project Engineer, to talk through the Site Engineer position on the Logan motorway upgrade. "
            "You'd be reporting to me on site.\n\n"
            "Cheers,\nCallum Brierley | Construction Manager | Tideway Civil Pty Ltd | 0412 555 019"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Callum Brierley",
                    "callum.brierley@tideway-civil.com.au",
                    "Construction Manager",
                    "decision_maker",
                    True,
                ),
                ("Harlow Nguyen", "harlow.nguyen@tideway-civil.com.au", "Project Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Tideway Civil",
            "position": "Site Engineer",
        },
    },
    {
        "id": "f16-human-ea-books-for-coo-on-behalf",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan / Seraphina Delacourt (COO) - Chief of Staff conversation",
        "start": "2028-05-18T09:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Winifred Abernathy", "wabernathy@larchmontcapital.com"),
        "attendees": [
            ME,
            P("Seraphina Delacourt", "sdelacourt@larchmontcapital.com"),
        ],
        "description": (
            "Good afternoon Alex,\n\nI'm reaching out on behalf of Seraphina Delacourt, Chief Operating Officer at Larchmont Capital, "
            "to schedule your conversation regarding the Chief of Staff role, which reports to her.\n\n"
            "Please let me know if this time does not work.\n\nWinifred Abernathy\nExecutive Assistant to the COO\nLarchmont Capital"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Seraphina Delacourt",
                    "sdelacourt@larchmontcapital.com",
                    "Chief Operating Officer",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Winifred Abernathy", "wabernathy@larchmontcapital.com"),
            "company": "Larchmont Capital",
            "position": "Chief of Staff",
        },
    },
    {
        "id": "f16-human-french-boulangerie-chef-atelier",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "Entretien – poste de Boulanger(ère) de production – Alex Morgan",
        "start": "2028-05-19T14:30",
        "minutes": 45,
        "tz": "Europe/Paris",
        "organizer": P("Gaëlle Morvan", "gaelle.morvan@fournilsaintroch.fr"),
        "attendees": [
            ME,
            P("Gaëlle Morvan", "gaelle.morvan@fournilsaintroch.fr"),
            P("Thibault Lecoq", "thibault.lecoq@fournilsaintroch.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un entretien au Fournil Saint-Roch.\n\n"
            "Vous rencontrerez :\n- Thibault Lecoq, chef d'atelier (votre futur responsable)\n- moi-même, Gaëlle Morvan, responsable RH\n\n"
            "Merci de prévoir une tenue adaptée : un court essai en atelier est prévu.\n\n"
            "Cordialement,\nGaëlle Morvan\nResponsable RH – Le Fournil Saint-Roch\n12 rue des Tanneurs, 69002 Lyon"
        ),
        "location": "Le Fournil Saint-Roch, 12 rue des Tanneurs, Lyon",
        "expect": {
            "interviewers": [
                (
                    "Thibault Lecoq",
                    "thibault.lecoq@fournilsaintroch.fr",
                    "chef d'atelier",
                    "decision_maker",
                    True,
                ),
                (
                    "Gaëlle Morvan",
                    "gaelle.morvan@fournilsaintroch.fr",
                    "responsable RH",
                    "recruiter",
                ),
            ],
            "recruiter": ("Gaëlle Morvan", "gaelle.morvan@fournilsaintroch.fr"),
            "company": "Le Fournil Saint-Roch",
            "position": "Boulanger de production",
        },
    },
    {
        "id": "f16-human-portuguese-gerente-operacoes-meet",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista - Analista de Logística Pleno - Alex Morgan",
        "start": "2028-05-22T10:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Luana Figueiredo", "luana.figueiredo@cajuexpress.com.br"),
        "attendees": [
            ME,
            P("Luana Figueiredo", "luana.figueiredo@cajuexpress.com.br"),
            P("Rodrigo Bittencourt", "rodrigo.bittencourt@cajuexpress.com.br"),
            P("Tainá Albuquerque", "taina.albuquerque@cajuexpress.com.br"),
        ],
        "description": (
            "Olá Alex, tudo bem?\n\nConfirmando sua entrevista para a vaga de Analista de Logística Pleno na Caju Express.\n\n"
            "Participantes:\nRodrigo Bittencourt – Gerente de Operações (gestor da vaga)\n"
            "Tainá Albuquerque – Analista de Transportes Sênior\n\n"
            "Eu (Luana, Analista de Recrutamento) só abro a sala e faço as apresentações.\n\nAbraços,\nLuana"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rodrigo Bittencourt",
                    "rodrigo.bittencourt@cajuexpress.com.br",
                    "Gerente de Operações",
                    "decision_maker",
                    True,
                ),
                (
                    "Tainá Albuquerque",
                    "taina.albuquerque@cajuexpress.com.br",
                    "Analista de Transportes Sênior",
                    "peer",
                ),
            ],
            "recruiter": ("Luana Figueiredo", "luana.figueiredo@cajuexpress.com.br"),
            "company": "Caju Express",
            "position": "Analista de Logística Pleno",
        },
    },
    {
        "id": "f16-human-italian-architecture-studio-partners",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Colloquio Alex Morgan – Architetto Junior",
        "start": "2028-05-23T15:00",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Studio Ferraguti Segreteria", "segreteria@studioferraguti.it"),
        "attendees": [
            ME,
            P("Ludovica Ferraguti", "l.ferraguti@studioferraguti.it"),
            P("Matteo Zanardelli", "m.zanardelli@studioferraguti.it"),
        ],
        "description": (
            "Gentile Alex,\n\ncon la presente confermiamo il colloquio presso Studio Ferraguti Architetti per la posizione di Architetto Junior.\n\n"
            "Incontrerà l'arch. Ludovica Ferraguti, socia fondatrice, e l'arch. Matteo Zanardelli, capo progetto, "
            "con cui lavorerebbe quotidianamente e a cui risponderebbe.\n\n"
            "Porti con sé il portfolio in formato cartaceo.\n\nCordiali saluti,\nLa segreteria\nStudio Ferraguti Architetti\nVia Solferino 18, Milano"
        ),
        "location": "Studio Ferraguti, Via Solferino 18, Milano",
        "expect": {
            "interviewers": [
                (
                    "Ludovica Ferraguti",
                    "l.ferraguti@studioferraguti.it",
                    "socia fondatrice",
                    "executive",
                ),
                (
                    "Matteo Zanardelli",
                    "m.zanardelli@studioferraguti.it",
                    "capo progetto",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "segreteria@studioferraguti.it"),
            "company": "Studio Ferraguti Architetti",
            "position": "Architetto Junior",
        },
    },
    {
        "id": "f16-human-vet-clinic-practice-manager-zoom",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Zoom Video Communications//Zoom//EN",
        "title": "Veterinary Nurse interview - Alex Morgan",
        "start": "2028-05-24T13:00",
        "minutes": 40,
        "tz": "Europe/London",
        "organizer": P("Bronwen Aldous", "bronwen@thistledownvets.co.uk"),
        "attendees": [
            ME,
            P("Bronwen Aldous", "bronwen@thistledownvets.co.uk"),
            P("Ifeoma Stirling", "ifeoma@thistledownvets.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying for the Registered Veterinary Nurse vacancy at Thistledown Veterinary Practice. "
            "Joining me will be Ifeoma Stirling, our Head Nurse, who the role reports to.\n\n"
            "Kind regards,\nBronwen Aldous\nPractice Manager" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Bronwen Aldous",
                    "bronwen@thistledownvets.co.uk",
                    "Practice Manager",
                    "decision_maker",
                ),
                (
                    "Ifeoma Stirling",
                    "ifeoma@thistledownvets.co.uk",
                    "Head Nurse",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Thistledown Veterinary Practice",
            "position": "Registered Veterinary Nurse",
        },
    },
    {
        "id": "f16-human-school-panel-headteacher-hod-graph",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview: Teacher of Chemistry (MPS) - Alex Morgan",
        "start": "2028-05-25T09:15",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Sandra Pilkington", "s.pilkington@oakfieldacademy.org.uk"),
        "attendees": [
            ME,
            P("Gareth Llewellyn", "g.llewellyn@oakfieldacademy.org.uk"),
            P("Priyanka Chaudhry", "p.chaudhry@oakfieldacademy.org.uk"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your application for the post of Teacher of Chemistry at Oakfield Academy.\n\n"
            "Programme for the day:\n09:15  Tour of the school with student ambassadors\n"
            "09:45  Teach a 30-minute Year 9 lesson (observed)\n"
            "10:30  Formal interview with Mr G. Llewellyn, Headteacher, and Dr P. Chaudhry, Head of Science\n\n"
            "Please bring photo ID and your original degree certificate for safeguarding checks.\n\n"
            "Yours sincerely,\nSandra Pilkington\nHR Officer, Oakfield Academy"
        ),
        "location": "Oakfield Academy, Main Reception",
        "expect": {
            "interviewers": [
                (
                    "Gareth Llewellyn",
                    "g.llewellyn@oakfieldacademy.org.uk",
                    "Headteacher",
                    "executive",
                ),
                (
                    "Priyanka Chaudhry",
                    "p.chaudhry@oakfieldacademy.org.uk",
                    "Head of Science",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Sandra Pilkington", "s.pilkington@oakfieldacademy.org.uk"),
            "company": "Oakfield Academy",
            "position": "Teacher of Chemistry",
        },
    },
    {
        "id": "f16-human-trucking-hrbp-and-fleet-manager-teams",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Dispatcher Interview | Alex Morgan | Redbank Haulage",
        "start": "2028-05-26T08:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Lashonda Bivens", "lbivens@redbankhaulage.com"),
        "attendees": [
            ME,
            P("Lashonda Bivens", "lbivens@redbankhaulage.com"),
            P("Dale Kroeger", "dkroeger@redbankhaulage.com"),
        ],
        "description": (
            "Alex,\n\nPlease join us for your interview for the Night Dispatcher position.\n\n"
            "Panel:\nDale Kroeger, Fleet Manager — hiring manager\nLashonda Bivens, HR Business Partner\n\n"
            "Thanks,\nLashonda" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Dale Kroeger",
                    "dkroeger@redbankhaulage.com",
                    "Fleet Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Lashonda Bivens",
                    "lbivens@redbankhaulage.com",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Lashonda Bivens", "lbivens@redbankhaulage.com"),
            "company": "Redbank Haulage",
            "position": "Night Dispatcher",
        },
    },
    {
        "id": "f16-human-nonprofit-prose-director-and-manager",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Grants Coordinator interview (Riverstone Food Bank)",
        "start": "2028-05-29T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Josephine Ekwueme", "jekwueme@riverstonefoodbank.org"),
        "attendees": [
            ME,
            P("Josephine Ekwueme", "jekwueme@riverstonefoodbank.org"),
            P("Amos Whitcombe", "awhitcombe@riverstonefoodbank.org"),
        ],
        "description": (
            "Hi Alex,\n\nWe enjoyed reading your application! You'll be meeting with me, Josephine Ekwueme, Director of Development — "
            "the Grants Coordinator reports to me — and Amos Whitcombe, our Grants Writer.\n\n"
            "We'll send a short writing exercise the day before.\n\nWarmly,\nJosephine" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Josephine Ekwueme",
                    "jekwueme@riverstonefoodbank.org",
                    "Director of Development",
                    "decision_maker",
                    True,
                ),
                ("Amos Whitcombe", "awhitcombe@riverstonefoodbank.org", "Grants Writer", "peer"),
            ],
            "recruiter": None,
            "company": "Riverstone Food Bank",
            "position": "Grants Coordinator",
        },
    },
    {
        "id": "f16-human-outlook-forward-work-to-personal-ics",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "FW: Interview - Senior Quantity Surveyor - Alex Morgan",
        "start": "2028-05-30T12:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [ME],
        "description": (
            "\n\n-----Original Appointment-----\nFrom: Yusuf Demirci <yusuf.demirci@cardinalbuild.co.uk>\n"
            "Sent: 12 May 2028 16:02\nTo: Alex Morgan; Henrietta Blackwood\n"
            "Subject: Interview - Senior Quantity Surveyor - Alex Morgan\nWhen: 30 May 2028 12:30-13:30\n"
            "Where: Cardinal Build, 5 Whitefriars Street, London\n\n"
            "Hi Alex,\n\nLooking forward to meeting you. Henrietta Blackwood, our Commercial Director, will join me. "
            "The role would sit in my team.\n\n"
            "Yusuf Demirci MRICS\nCommercial Manager\nCardinal Build Ltd"
        ),
        "location": "Cardinal Build, 5 Whitefriars Street, London",
        "expect": {
            "interviewers": [
                (
                    "Yusuf Demirci",
                    "yusuf.demirci@cardinalbuild.co.uk",
                    "Commercial Manager",
                    "decision_maker",
                    True,
                ),
                ("Henrietta Blackwood", None, "Commercial Director", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Cardinal Build",
            "position": "Senior Quantity Surveyor",
        },
    },
    {
        "id": "f16-human-surname-first-english-names-meet",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan x Lanternfish Games (Technical Artist)",
        "start": "2028-05-31T10:00",
        "minutes": 60,
        "tz": "Asia/Shanghai",
        "organizer": P("Zhou Meiling", "melody.zhou@lanternfishgames.cn"),
        "attendees": [
            ME,
            P("Zhou Meiling", "melody.zhou@lanternfishgames.cn"),
            P("Huang Jiarui", "jerry.huang@lanternfishgames.cn"),
            P("Lin Xiaotong", "xiaotong.lin@lanternfishgames.cn"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for your patience! Your interview with Lanternfish Games for the Technical Artist role:\n\n"
            "Huang Jiarui (Jerry) - Art Director (you would report to Jerry)\nLin Xiaotong - Senior Technical Artist\n\n"
            "I will stay on the call as HR.\n\nBest,\nZhou Meiling (Melody) | HR Recruiter | Lanternfish Games Shanghai"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Huang Jiarui",
                    "jerry.huang@lanternfishgames.cn",
                    "Art Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Lin Xiaotong",
                    "xiaotong.lin@lanternfishgames.cn",
                    "Senior Technical Artist",
                    "peer",
                ),
                ("Zhou Meiling", "melody.zhou@lanternfishgames.cn", "HR Recruiter", "recruiter"),
            ],
            "recruiter": ("Zhou Meiling", "melody.zhou@lanternfishgames.cn"),
            "company": "Lanternfish Games",
            "position": "Technical Artist",
        },
    },
    {
        "id": "f16-human-updated-invitation-panelist-replaced",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Updated invitation: Alex Morgan - Product Manager, Payroll - Panel",
        "start": "2028-06-01T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Marisa Okwuosa", "marisa.okwuosa@tallyfern.com"),
        "attendees": [
            ME,
            P("Benedict Aarons", "benedict.aarons@tallyfern.com"),
            P("Kirsi Heikkinen", "kirsi.heikkinen@tallyfern.com"),
        ],
        "description": (
            "Hi Alex,\n\nQuick update: Ravi Sethuraman is out sick, so Kirsi Heikkinen (Senior Product Manager, Benefits) will "
            "take his slot. Benedict Aarons, Group Product Manager and the hiring manager, is unchanged.\n\n"
            "Thanks for your flexibility!\nMarisa Okwuosa\nRecruiter, Tallyfern" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Benedict Aarons",
                    "benedict.aarons@tallyfern.com",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Kirsi Heikkinen",
                    "kirsi.heikkinen@tallyfern.com",
                    "Senior Product Manager, Benefits",
                    "peer",
                ),
            ],
            "recruiter": ("Marisa Okwuosa", "marisa.okwuosa@tallyfern.com"),
            "company": "Tallyfern",
            "position": "Product Manager, Payroll",
        },
    },
    {
        "id": "f16-human-restaurant-group-address-only-attendee",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Sous Chef tasting + interview @ Ember & Salt",
        "start": "2028-06-02T15:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Ember & Salt Hospitality", "jobs@emberandsalt.com"),
        "attendees": [ME, P(None, "ncastellano@emberandsalt.com")],
        "description": (
            "Hi Alex,\n\nChef Nico Castellano, our Executive Chef, would like you to come in for a tasting and a sit-down "
            "interview for the Sous Chef position at our Fulton Market location. You'd be working directly under him.\n\n"
            "Bring your knives and a clean chef coat; we'll supply everything else.\n\n— Ember & Salt Hospitality Group"
        ),
        "location": "Ember & Salt, 1140 W Fulton Market, Chicago",
        "expect": {
            "interviewers": [
                (
                    "Nico Castellano",
                    "ncastellano@emberandsalt.com",
                    "Executive Chef",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "jobs@emberandsalt.com"),
            "company": "Ember & Salt",
            "position": "Sous Chef",
        },
    },
    # --- Near-misses: mention interviewing, but not the user's own job interview --------------
    {
        "id": "f16-not-google-user-runs-debrief-own-req",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Debrief: Data Engineer candidate (Priscilla Oyinlola) — interview panel",
        "start": "2028-06-05T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Garfield Honeycutt", "garfield.honeycutt@initech.com"),
            P("Roshni Bhattacharya", "roshni.b@initech.com"),
        ],
        "description": (
            "Panel, please submit scorecards before we meet. We'll go around the room on each interview module and "
            "make a hire / no-hire call for Priscilla.\n\n— Alex (hiring manager)"
        ),
        "expect": None,
    },
    {
        "id": "f16-not-graph-interviewer-training-behavioural",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Interviewer Training: Behavioural Interviewing 101 (required for new panelists)",
        "start": "2028-06-06T10:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Initech Talent Learning", "talent-learning@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Welcome to interviewer certification! In this session you'll learn the STAR method, how to avoid bias when "
            "interviewing candidates, and how to write a useful scorecard. You'll shadow two live interviews afterwards."
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f16-not-ics-mock-interview-career-coach",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "title": "Mock interview – PM behavioural round (coaching session 3)",
        "start": "2028-06-07T18:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Dorian Kessler", "dorian@ladderlinecoaching.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nFor session 3 I'll play the hiring manager at a Series B fintech and run you through a full "
            "45-minute behavioural interview, then 15 minutes of feedback. Bring your story bank.\n\n"
            "Dorian Kessler\nCareer Coach, Ladderline Coaching" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f16-not-google-podcast-guest-recording",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Podcast interview: Alex Morgan on 'The Shop Floor' (recording)",
        "start": "2028-06-08T11:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Harper Lindgren-Ortiz", "harper@theshopfloorpod.com"),
        "attendees": [ME, P("Harper Lindgren-Ortiz", "harper@theshopfloorpod.com")],
        "description": (
            "Thanks for agreeing to be interviewed on the show! We'll record on Riverside; the episode is about lean "
            "manufacturing careers. I'll send questions ahead of time.\n\nRecording link: https://riverside.fm/studio/the-shop-floor"
        ),
        "expect": None,
    },
    {
        "id": "f16-not-ics-user-on-panel-at-own-company",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview: Tobias Engstrand - Senior Backend Engineer - System Design (you are interviewing)",
        "start": "2028-06-09T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [ME_WORK, P("Tobias Engstrand", "tobias.engstrand@gmail.com")],
        "description": (
            "Interviewer: Alex Morgan\nCandidate: Tobias Engstrand\nFocus area: System design\n\n"
            "Interview kit and scorecard: https://app.greenhouse.io/interview_kits/58812\n"
            "Please submit feedback within 24 hours." + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f16-not-graph-exit-interview-hr",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Exit interview – Alex Morgan",
        "start": "2028-06-12T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Bettina Rourke", "bettina.rourke@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Hi Alex,\n\nAs part of your offboarding, I'd like to hold a short exit interview to hear about your time at "
            "Initech. Your answers are confidential and help us improve.\n\nBettina Rourke\nHR Business Partner"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f16-not-ics-press-interview-spokesperson",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview with Regional Business Journal re: plant expansion",
        "start": "2028-06-13T10:30",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Initech Communications", "comms@initech.com"),
        "attendees": [ME_WORK, P("Wilhelmina Tapper", "wtapper@rbjournal.com")],
        "description": (
            "Alex — reporter Wilhelmina Tapper will interview you as company spokesperson on the new plant. Talking points "
            "attached; please stay on message about hiring 120 people locally."
        ),
        "location": "Phone",
        "expect": None,
    },
    {
        "id": "f16-not-google-user-research-sessions",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Customer interviews – onboarding research (3 participants)",
        "start": "2028-06-14T13:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [ME_WORK, P("Nadia Forsythe", "nadia.forsythe@initech.com")],
        "description": (
            "Back-to-back 40-minute user interviews with participants recruited via User Interviews. "
            "Nadia takes notes; Alex moderates. Discussion guide in the research folder." + MEET
        ),
        "expect": None,
    },
    {
        "id": "f16-not-ics-naturalisation-interview",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "title": "USCIS naturalization interview",
        "start": "2028-06-15T08:15",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": ME,
        "attendees": [ME],
        "description": "Bring green card, passport, appointment notice and tax transcripts. Arrive 30 min early. Civics test + English test.",
        "location": "USCIS Field Office, 101 W Congress Pkwy, Chicago",
        "expect": None,
    },
    {
        "id": "f16-not-graph-weekly-hiring-sync",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Weekly hiring sync – Platform team (interview pipeline)",
        "start": "2028-06-16T09:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Juniper Halvorsen", "juniper.halvorsen@initech.com"),
        "attendees": [ME_WORK, P("Osric Penhaligon", "osric.penhaligon@initech.com")],
        "description": (
            "Agenda:\n1. Candidates in onsite stage (4)\n2. Interview panel coverage for next week\n"
            "3. Offer status for the SRE role\n\nJuniper Halvorsen, Technical Recruiter" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f16-not-google-reference-call-user-gives",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference call for Mateo Sandoval (candidate at Brightfold)",
        "start": "2028-06-19T12:00",
        "minutes": 20,
        "tz": "America/Denver",
        "organizer": P("Caroline Weatherby", "caroline.weatherby@brightfold.com"),
        "attendees": [ME, P("Caroline Weatherby", "caroline.weatherby@brightfold.com")],
        "description": (
            "Hi Alex,\n\nMateo listed you as a reference for our Operations Manager role. He's interviewed with our team and "
            "we're at the final step. I'd love 20 minutes to hear about your experience managing him.\n\n"
            "Caroline Weatherby\nRecruiter, Brightfold" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f16-not-graph-alumni-admissions-interviewer",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Alumni interview: applicant Ines Moreau-Quist (Class of 2033)",
        "start": "2028-06-20T17:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Alumni Interview Program", "alumni-interviews@wexcombe.edu"),
        "attendees": [ME, P("Ines Moreau-Quist", "ines.mq@gmail.com")],
        "description": (
            "Thank you for volunteering as an alumni interviewer! Please conduct a 30–45 minute conversation with the applicant "
            "and submit your report in the portal within 48 hours." + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f16-not-ics-library-interview-skills-workshop",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "title": "Workshop: Ace Your Job Interview (Eastside Public Library)",
        "start": "2028-06-21T18:30",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Eastside Public Library Events", "events@eastsidelibrary.org"),
        "attendees": [ME],
        "description": (
            "Free workshop for job seekers: common interview questions, salary negotiation and a live mock interview demo with "
            "volunteer HR professionals. Room 2B. Registration confirmed."
        ),
        "location": "Eastside Public Library, Room 2B",
        "expect": None,
    },
    {
        "id": "f16-not-google-oral-history-grandmother",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Interview Nonna for family oral history project",
        "start": "2028-06-22T14:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": ME,
        "attendees": [ME, P("Lucia Morgan", "lucia.morgan55@gmail.com")],
        "description": "Bring the recorder + list of questions about emigrating from Calabria. Aunt Lucia will join.",
        "location": "Nonna's house",
        "expect": None,
    },
    {
        "id": "f16-not-graph-careers-fair-stand-screening",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Careers fair – Initech stand (on-the-spot screening interviews)",
        "start": "2028-06-23T09:00",
        "minutes": 360,
        "tz": "America/New_York",
        "organizer": P("Juniper Halvorsen", "juniper.halvorsen@initech.com"),
        "attendees": [ME_WORK, P("Osric Penhaligon", "osric.penhaligon@initech.com")],
        "description": (
            "Thanks for volunteering! We'll staff the Initech stand at the State University careers fair and run 10-minute "
            "screening interviews with students for our graduate engineering programme. Bring laptops and wear Initech shirts.\n\n"
            "Juniper Halvorsen\nTechnical Recruiter, Initech"
        ),
        "location": "State University Student Union, Hall A",
        "expect": None,
    },
]
