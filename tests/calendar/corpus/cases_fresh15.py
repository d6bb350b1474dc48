# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Fresh held-out batch "fresh-15", written blind on 2026-12-07 (sixth session) by a writer who does
not tune the parser, before any run of the parser on it (issue 16). 60 invites: 45 interviews and
15 non-interviews that mention interviewing (the user's own hiring meetings, training, debriefs,
calibration, a mock interview, a webinar, a reference call for someone else, an exit interview...).
The writer never read, imported or ran the extraction code, the bench or the corpus tests, and
wrote these invites to differ from the tuning parts (new companies, people, layouts and sentence
shapes), across the recruiting tools' styles, humans' own invites and the three formats. Held out
in `heldout-fresh15/`, rendered by `build_heldout15.py`; `build.py` never imports it.

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions: a person called the hiring manager or the candidate's future manager is a
decision_maker with the hiring-manager mark; people-manager titles (engineering manager, head
of, director) are decision_makers; CEO/founder/CTO/VP/chief are executives unless called the
hiring manager; a recruiter who runs the call is an interviewer (role recruiter) and the
recruiter; a team mailbox recruiter is (None, address); coordinators without a recruiter are the
recruiter; legal forms and requisition ids are left out; whatever the invite does not say is
None/unknown. "difficulty" is the writer's guess (easy / medium / hard) of how hard a case is to
read; non-interviews have "expect": None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools -------------------------------------------------------------------
    {
        "id": "f15-greenhouse-ics-pipe-table-director-hm",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Virtual Onsite - Alex Morgan - Senior Payments Engineer",
        "start": "2028-03-06T10:00",
        "minutes": 135,
        "tz": "America/Chicago",
        "organizer": P("Marisol Etxeberria", "marisol.etxeberria@tollgatepay.com"),
        "attendees": [
            ME,
            P("Bartholomew Achterberg", "bart.achterberg@tollgatepay.com"),
            P("Nkechi Obi-Wright", "nkechi.obiwright@tollgatepay.com"),
            P("Teodor Vlasceanu", "teodor.v@tollgatepay.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere is your schedule for Thursday (all times Central):\n\n"
            "10:00-10:45 | Bartholomew Achterberg | Staff Engineer, Ledger | System design\n"
            "10:45-11:30 | Nkechi Obi-Wright | Software Engineer II | Pairing exercise\n"
            "11:30-12:15 | Teodor Vlasceanu | Director of Engineering, Payments (Hiring Manager) | Experience & motivation\n\n"
            "All sessions use the same Zoom link below.\n\nBest,\nMarisol Etxeberria\nTechnical Recruiter, Tollgate"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Bartholomew Achterberg",
                    "bart.achterberg@tollgatepay.com",
                    "Staff Engineer, Ledger",
                    "peer",
                ),
                (
                    "Nkechi Obi-Wright",
                    "nkechi.obiwright@tollgatepay.com",
                    "Software Engineer II",
                    "peer",
                ),
                (
                    "Teodor Vlasceanu",
                    "teodor.v@tollgatepay.com",
                    "Director of Engineering, Payments",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Marisol Etxeberria", "marisol.etxeberria@tollgatepay.com"),
            "company": "Tollgate",
            "position": "Senior Payments Engineer",
        },
    },
    {
        "id": "f15-greenhouse-google-html-two-blocks-noreply",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan for Product Designer, Growth (Quillmoor)",
        "start": "2028-03-07T14:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "no-reply@us.greenhouse-mail.io"),
        "attendees": [
            ME,
            P("Ines Carvalhal", "ines@quillmoor.design"),
            P("Pádraig Lowry", "padraig@quillmoor.design"),
            P("Quillmoor Recruiting", "recruiting@quillmoor.design", optional=True),
        ],
        "description": (
            "<p>Hello Alex,</p><p>Your interview with <b>Quillmoor</b> is confirmed.</p>"
            "<table><tr><th>Time</th><th>With</th></tr>"
            "<tr><td>2:00 PM</td><td>Ines Carvalhal<br><i>Principal Product Designer</i></td></tr>"
            "<tr><td>2:45 PM</td><td>Pádraig Lowry<br><i>Design Manager, Growth</i></td></tr></table>"
            "<p>Pádraig would be your manager if you join.</p>"
            "<p>Questions? Write to recruiting@quillmoor.design.</p>" + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                ("Ines Carvalhal", "ines@quillmoor.design", "Principal Product Designer", "peer"),
                (
                    "Pádraig Lowry",
                    "padraig@quillmoor.design",
                    "Design Manager, Growth",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "recruiting@quillmoor.design"),
            "company": "Quillmoor",
            "position": "Product Designer, Growth",
        },
    },
    {
        "id": "f15-greenhouse-graph-updated-panelist-swapped",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Updated: Alex Morgan / Data Platform Lead - Panel",
        "start": "2028-03-08T09:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Fenwick Ahlberg", "fenwick.ahlberg@corvidrail.co.uk"),
        "attendees": [
            ME,
            P("Olamide Fashola", "olamide.fashola@corvidrail.co.uk"),
            P("Yusra Qadri", "yusra.qadri@corvidrail.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nSmall change: Gethin Pryce is no longer able to join, so Yusra Qadri (Lead Data Engineer) "
            "will take his place. Olamide Fashola, Head of Data, is still on the panel and is the hiring manager.\n\n"
            "Everything else is unchanged.\n\nFenwick Ahlberg\nTalent Acquisition Partner | Corvid Rail Ltd"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Olamide Fashola",
                    "olamide.fashola@corvidrail.co.uk",
                    "Head of Data",
                    "decision_maker",
                    True,
                ),
                ("Yusra Qadri", "yusra.qadri@corvidrail.co.uk", "Lead Data Engineer", "peer"),
            ],
            "recruiter": ("Fenwick Ahlberg", "fenwick.ahlberg@corvidrail.co.uk"),
            "company": "Corvid Rail",
            "position": "Data Platform Lead",
        },
    },
    {
        "id": "f15-lever-ics-youll-meet-prose-two",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Alex Morgan <> Lumenhaus: Account Executive, Mid-Market",
        "start": "2028-03-09T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Cordelia Haverford", "cordelia@lumenhaus.io"),
        "attendees": [
            ME,
            P("Rafferty Oyelowo", "rafferty@lumenhaus.io"),
            P("Sunniva Brekke", "sunniva@lumenhaus.io"),
        ],
        "description": (
            "Hi Alex! You'll meet Rafferty, who runs our mid-market sales team and would be your manager, "
            "and then Sunniva, one of our senior AEs, who will walk through a mock discovery call with you.\n\n"
            "Rafferty Oyelowo - Sales Manager, Mid-Market\nSunniva Brekke - Senior Account Executive\n\n"
            "Good luck!\nCordelia Haverford, Recruiting Lead" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rafferty Oyelowo",
                    "rafferty@lumenhaus.io",
                    "Sales Manager, Mid-Market",
                    "decision_maker",
                    True,
                ),
                ("Sunniva Brekke", "sunniva@lumenhaus.io", "Senior Account Executive", "peer"),
            ],
            "recruiter": ("Cordelia Haverford", "cordelia@lumenhaus.io"),
            "company": "Lumenhaus",
            "position": "Account Executive, Mid-Market",
        },
    },
    {
        "id": "f15-lever-google-recruiter-screen-runs-it",
        "format": "google",
        "style": "lever",
        "difficulty": "easy",
        "title": "Recruiter Screen: Alex Morgan (Customer Success Manager) - Brightwater Analytics",
        "start": "2028-03-10T16:00",
        "minutes": 30,
        "tz": "America/Denver",
        "organizer": P("Tamsin Okonkwo-Reyes", "tamsin.or@brightwater-analytics.com"),
        "attendees": [ME, P("Tamsin Okonkwo-Reyes", "tamsin.or@brightwater-analytics.com")],
        "description": (
            "Hi Alex, looking forward to our chat! This is a 30 minute intro call with me to talk about the "
            "Customer Success Manager role, your background and what you're looking for.\n\n"
            "Tamsin Okonkwo-Reyes\nSenior Recruiter, Brightwater Analytics" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Tamsin Okonkwo-Reyes",
                    "tamsin.or@brightwater-analytics.com",
                    "Senior Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Tamsin Okonkwo-Reyes", "tamsin.or@brightwater-analytics.com"),
            "company": "Brightwater Analytics",
            "position": "Customer Success Manager",
        },
    },
    {
        "id": "f15-lever-graph-interviewers-colon-list-vp",
        "format": "graph",
        "style": "lever",
        "difficulty": "medium",
        "title": "Final round - Alex Morgan - Head of Partnerships",
        "start": "2028-03-13T15:00",
        "minutes": 75,
        "tz": "Europe/Berlin",
        "organizer": P("Lena Drozdova", "lena.drozdova@kestrelmobility.eu"),
        "attendees": [
            ME,
            P("Wolfram Adeyemi-Kuhn", "w.adeyemikuhn@kestrelmobility.eu"),
            P("Beatriz Solano", "b.solano@kestrelmobility.eu"),
        ],
        "description": (
            "Interviewers:\n- Wolfram Adeyemi-Kuhn: VP Commercial (hiring manager)\n"
            "- Beatriz Solano: Chief Operating Officer\n\n"
            "Format: 15 min presentation of your 90-day plan, then Q&A.\n\n"
            "Lena Drozdova | Talent Partner | Kestrel Mobility GmbH" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Wolfram Adeyemi-Kuhn",
                    "w.adeyemikuhn@kestrelmobility.eu",
                    "VP Commercial",
                    "decision_maker",
                    True,
                ),
                (
                    "Beatriz Solano",
                    "b.solano@kestrelmobility.eu",
                    "Chief Operating Officer",
                    "executive",
                ),
            ],
            "recruiter": ("Lena Drozdova", "lena.drozdova@kestrelmobility.eu"),
            "company": "Kestrel Mobility",
            "position": "Head of Partnerships",
        },
    },
    {
        "id": "f15-ashby-ics-noreply-names-only-attendees",
        "format": "ics",
        "style": "ashby",
        "difficulty": "hard",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Alex Morgan x Pellucid — Technical Interview",
        "start": "2028-03-14T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Pellucid Scheduling", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "hpetrossian@pellucid.dev"),
            P(None, "mkowalczyk@pellucid.dev"),
        ],
        "description": (
            "Technical Interview for Backend Engineer (Search)\n\n"
            "Interviewers: Hovhannes Petrossian, Magdalena Kowalczyk\n\n"
            "Scheduled by Priyanka Venkataraman (priyanka@pellucid.dev)\n\n"
            "Join: https://pellucid.zoom.us/j/93011224455"
        ),
        "expect": {
            "interviewers": [
                ("Hovhannes Petrossian", "hpetrossian@pellucid.dev", None, "unknown"),
                ("Magdalena Kowalczyk", "mkowalczyk@pellucid.dev", None, "unknown"),
            ],
            "recruiter": ("Priyanka Venkataraman", "priyanka@pellucid.dev"),
            "company": "Pellucid",
            "position": "Backend Engineer (Search)",
        },
    },
    {
        "id": "f15-ashby-google-hm-suffix-middot",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Hiring Manager Interview · Alex Morgan · Operations Analyst",
        "start": "2028-03-15T10:30",
        "minutes": 45,
        "tz": "America/Toronto",
        "organizer": P("Harbourline Recruiting", "careers@harbourline.ca"),
        "attendees": [ME, P("Genevieve Tremblay-Oduya", "genevieve@harbourline.ca")],
        "description": (
            "Company: Harbourline Logistics\nRole: Operations Analyst\n\n"
            "Interviewer\nGenevieve Tremblay-Oduya · Operations Manager · Hiring Manager\n\n"
            "Your recruiter for this process is Donovan Achebe (donovan@harbourline.ca).\n\n"
            "Meeting link: https://meet.google.com/hbr-lnxq-omv"
        ),
        "expect": {
            "interviewers": [
                (
                    "Genevieve Tremblay-Oduya",
                    "genevieve@harbourline.ca",
                    "Operations Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Donovan Achebe", "donovan@harbourline.ca"),
            "company": "Harbourline Logistics",
            "position": "Operations Analyst",
        },
    },
    {
        "id": "f15-ashby-graph-cto-and-founding-engineer",
        "format": "graph",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Alex Morgan — Founding ML Engineer — Conversation with CTO",
        "start": "2028-03-16T17:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Ashby", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("Zephyrine Castellanos", "zeph@gradientloom.ai"),
            P("Okonkwo Ibe", "ibe@gradientloom.ai"),
        ],
        "description": (
            "Gradientloom — Founding ML Engineer\n\n"
            "You'll be speaking with Zephyrine Castellanos (Co-founder & CTO) and Okonkwo Ibe (Founding Engineer). "
            "Zeph leads engineering and is the hiring manager for this role.\n\n"
            "Coordinated by Gradientloom Talent · talent@gradientloom.ai" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Zephyrine Castellanos",
                    "zeph@gradientloom.ai",
                    "Co-founder & CTO",
                    "decision_maker",
                    True,
                ),
                ("Okonkwo Ibe", "ibe@gradientloom.ai", "Founding Engineer", "peer"),
            ],
            "recruiter": (None, "talent@gradientloom.ai"),
            "company": "Gradientloom",
            "position": "Founding ML Engineer",
        },
    },
    {
        "id": "f15-goodtime-ics-stacked-itinerary-coordinator",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "medium",
        "prodid": "-//GoodTime.io//Hire//EN",
        "title": "Interview Loop: Alex Morgan | Clinical Data Manager | Marrowgate Bio",
        "start": "2028-03-17T09:00",
        "minutes": 180,
        "tz": "America/New_York",
        "organizer": P("Marrowgate Interviews", "interviews@marrowgatebio.com"),
        "attendees": [
            ME,
            P("Dr. Soraya Benhamou", "sbenhamou@marrowgatebio.com"),
            P("Idris Wellington", "iwellington@marrowgatebio.com"),
            P("Margit Fehérvári", "mfehervari@marrowgatebio.com"),
        ],
        "description": (
            "YOUR INTERVIEW SCHEDULE\n\n09:00 AM\nDr. Soraya Benhamou\nAssociate Director, Clinical Data Management\n\n"
            "10:00 AM\nIdris Wellington\nSenior Clinical Data Manager\n\n11:00 AM\nMargit Fehérvári\nBiostatistician\n\n"
            "Soraya is the hiring manager.\n\nCoordinator: Philippa Gunawardena, Recruiting Coordinator\n"
            "interviews@marrowgatebio.com"
        ),
        "location": "Marrowgate Bio, 40 Landsdowne St, Cambridge MA - Lobby B",
        "expect": {
            "interviewers": [
                (
                    "Soraya Benhamou",
                    "sbenhamou@marrowgatebio.com",
                    "Associate Director, Clinical Data Management",
                    "decision_maker",
                    True,
                ),
                (
                    "Idris Wellington",
                    "iwellington@marrowgatebio.com",
                    "Senior Clinical Data Manager",
                    "peer",
                ),
                ("Margit Fehérvári", "mfehervari@marrowgatebio.com", "Biostatistician", "peer"),
            ],
            "recruiter": ("Philippa Gunawardena", "interviews@marrowgatebio.com"),
            "company": "Marrowgate Bio",
            "position": "Clinical Data Manager",
        },
    },
    {
        "id": "f15-goodtime-graph-self-schedule-single-peer",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "easy",
        "title": "Alex Morgan - Technical Screen - QA Automation Engineer",
        "start": "2028-03-20T14:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Rosalind Abernathy-Kim", "rosalind.ak@tundrasoft.com"),
        "attendees": [ME, P("Chidubem Nwachukwu", "chidubem.n@tundrasoft.com")],
        "description": (
            "Thank you for self-scheduling! Your technical screen with Chidubem Nwachukwu (Senior SDET) is confirmed.\n\n"
            "Role: QA Automation Engineer\nCompany: TundraSoft\n\n"
            "Rosalind Abernathy-Kim\nRecruiter, TundraSoft" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Chidubem Nwachukwu", "chidubem.n@tundrasoft.com", "Senior SDET", "peer"),
            ],
            "recruiter": ("Rosalind Abernathy-Kim", "rosalind.ak@tundrasoft.com"),
            "company": "TundraSoft",
            "position": "QA Automation Engineer",
        },
    },
    {
        "id": "f15-modernloop-google-full-day-onsite-lunch",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "[Onsite] Alex Morgan — Firmware Engineer — Sablewood Robotics",
        "start": "2028-03-21T09:00",
        "minutes": 420,
        "tz": "America/Los_Angeles",
        "organizer": P("Esperanza Quintanilla", "esperanza@sablewood.com"),
        "attendees": [
            ME,
            P("Torvald Iversen", "torvald@sablewood.com"),
            P("Akua Boateng", "akua@sablewood.com"),
            P("Desmond Hartigan", "desmond@sablewood.com"),
            P("Yevgenia Rudenko", "yevgenia@sablewood.com"),
        ],
        "description": (
            "Welcome to Sablewood! Full-day agenda:\n\n"
            "9:00 – 10:00  Embedded C deep dive — Torvald Iversen, Staff Firmware Engineer\n"
            "10:15 – 11:15  Hardware bring-up lab — Akua Boateng, Electrical Engineer\n"
            "11:30 – 12:30  Lunch with the team (not an interview) — Desmond Hartigan\n"
            "1:00 – 2:00  Hiring manager chat — Yevgenia Rudenko, Firmware Engineering Manager\n"
            "2:15 – 4:00  Take-home walkthrough with Torvald and Akua\n\n"
            "Parking: visitor spots by building C.\n— Esperanza Quintanilla (Recruiting Coordinator)"
        ),
        "location": "Sablewood Robotics, 77 Foundry Way, Fremont CA",
        "expect": {
            "interviewers": [
                ("Torvald Iversen", "torvald@sablewood.com", "Staff Firmware Engineer", "peer"),
                ("Akua Boateng", "akua@sablewood.com", "Electrical Engineer", "peer"),
                ("Desmond Hartigan", "desmond@sablewood.com", None, "unknown"),
                (
                    "Yevgenia Rudenko",
                    "yevgenia@sablewood.com",
                    "Firmware Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Esperanza Quintanilla", "esperanza@sablewood.com"),
            "company": "Sablewood Robotics",
            "position": "Firmware Engineer",
        },
    },
    {
        "id": "f15-modernloop-ics-two-day-second-day-exec",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "medium",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "Alex Morgan | Day 2 of 2 | Director of Finance | Oakhollow Hotels",
        "start": "2028-03-23T10:00",
        "minutes": 90,
        "tz": "Europe/Dublin",
        "organizer": P("Oakhollow Talent", "talent@oakhollowhotels.ie"),
        "attendees": [
            ME,
            P("Caoimhe Rafferty", "caoimhe.rafferty@oakhollowhotels.ie"),
            P("Leopold Marchetti", "leopold.marchetti@oakhollowhotels.ie"),
        ],
        "description": (
            "Day 2 of 2 (Day 1 was with the finance team).\n\n"
            "10:00 Caoimhe Rafferty — Chief Financial Officer\n10:45 Leopold Marchetti — Chief Executive Officer\n\n"
            "Caoimhe is the hiring manager; Leopold will close out the process.\n\n"
            "Oakhollow Talent Team"
        ),
        "location": "Oakhollow House boardroom, Dublin 2",
        "expect": {
            "interviewers": [
                (
                    "Caoimhe Rafferty",
                    "caoimhe.rafferty@oakhollowhotels.ie",
                    "Chief Financial Officer",
                    "decision_maker",
                    True,
                ),
                (
                    "Leopold Marchetti",
                    "leopold.marchetti@oakhollowhotels.ie",
                    "Chief Executive Officer",
                    "executive",
                ),
            ],
            "recruiter": (None, "talent@oakhollowhotels.ie"),
            "company": "Oakhollow Hotels",
            "position": "Director of Finance",
        },
    },
    {
        "id": "f15-gem-google-sourcer-books-hm-leaves",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex / Wendeline - intro chat (Platform Engineering Manager)",
        "start": "2028-03-24T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Rashida Pemberton-Lowe", "rashida@ferrotype.io"),
        "attendees": [ME, P("Wendeline Osei-Bonsu", "wendeline@ferrotype.io")],
        "description": (
            "Hi Alex, great connecting on LinkedIn. As promised I've set up time for you to meet Wendeline, our "
            "VP of Infrastructure, who is hiring for the Platform Engineering Manager role. I won't be on the call.\n\n"
            "Rashida Pemberton-Lowe\nTechnical Sourcer | Ferrotype\nSent via Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Wendeline Osei-Bonsu",
                    "wendeline@ferrotype.io",
                    "VP of Infrastructure",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Rashida Pemberton-Lowe", "rashida@ferrotype.io"),
            "company": "Ferrotype",
            "position": "Platform Engineering Manager",
        },
    },
    {
        "id": "f15-gem-graph-recruiter-and-team-lead",
        "format": "graph",
        "style": "gem",
        "difficulty": "medium",
        "title": "Alex Morgan & Cinderfall Games - Live Ops Producer",
        "start": "2028-03-27T16:30",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P("Elin Sandqvist", "elin.sandqvist@cinderfall.se"),
        "attendees": [
            ME,
            P("Elin Sandqvist", "elin.sandqvist@cinderfall.se"),
            P("Mauro Benedetti", "mauro.benedetti@cinderfall.se"),
        ],
        "description": (
            "Hey Alex,\n\nI'll kick things off and then hand over to Mauro Benedetti, our Lead Producer, who'd be "
            "your lead on the Live Ops team.\n\nSpeak soon,\nElin\nElin Sandqvist · Talent Acquisition · Cinderfall Games"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Elin Sandqvist",
                    "elin.sandqvist@cinderfall.se",
                    "Talent Acquisition",
                    "recruiter",
                ),
                (
                    "Mauro Benedetti",
                    "mauro.benedetti@cinderfall.se",
                    "Lead Producer",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Elin Sandqvist", "elin.sandqvist@cinderfall.se"),
            "company": "Cinderfall Games",
            "position": "Live Ops Producer",
        },
    },
    {
        "id": "f15-calendly-ics-hm-event-type-answers",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Interview for Bookkeeper (part-time) between Yarrow Accounting and Alex Morgan",
        "start": "2028-03-28T09:30",
        "minutes": 30,
        "tz": "America/Phoenix",
        "organizer": P("Henrietta Sowande", "henrietta@yarrowaccounting.com"),
        "attendees": [ME],
        "description": (
            "Event Name: Interview for Bookkeeper (part-time)\n\n"
            "Host: Henrietta Sowande, Practice Owner — you'd be working directly with me.\n\n"
            "Please share anything that will help prepare for our meeting:\nSix years of QuickBooks, payroll.\n\n"
            "Location: phone call, I'll call you at the number you gave.\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Henrietta Sowande",
                    "henrietta@yarrowaccounting.com",
                    "Practice Owner",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Yarrow Accounting",
            "position": "Bookkeeper (part-time)",
        },
    },
    {
        "id": "f15-calendly-google-recruiter-round-robin",
        "format": "google",
        "style": "calendly",
        "difficulty": "easy",
        "title": "Alex Morgan and Bertrand Okafor - Phone Screen (Warehouse Shift Supervisor)",
        "start": "2028-03-29T08:00",
        "minutes": 20,
        "tz": "America/Indiana/Indianapolis",
        "organizer": P("Bertrand Okafor", "bokafor@crestlinefreight.com"),
        "attendees": [ME, P("Bertrand Okafor", "bokafor@crestlinefreight.com")],
        "description": (
            "Event type: Phone Screen (Warehouse Shift Supervisor)\nAssigned host: Bertrand Okafor, Talent Acquisition Specialist\n"
            "Crestline Freight\n\nNeed to make changes? Reschedule or cancel via Calendly."
        ),
        "expect": {
            "interviewers": [
                (
                    "Bertrand Okafor",
                    "bokafor@crestlinefreight.com",
                    "Talent Acquisition Specialist",
                    "recruiter",
                ),
            ],
            "recruiter": ("Bertrand Okafor", "bokafor@crestlinefreight.com"),
            "company": "Crestline Freight",
            "position": "Warehouse Shift Supervisor",
        },
    },
    {
        "id": "f15-calendly-graph-founder-gmail-coffee",
        "format": "graph",
        "style": "calendly",
        "difficulty": "hard",
        "title": "Coffee w/ Alex (Fernweh Travel - first hire)",
        "start": "2028-03-30T08:30",
        "minutes": 30,
        "tz": "Europe/Lisbon",
        "organizer": P("Joaquim Leitão", "joaquim.leitao.fernweh@gmail.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex — Joaquim here, I founded Fernweh Travel last year. Looking for our first full-stack "
            "developer and would love to hear about your work. Very informal.\n\nSent via Calendly"
        ),
        "html": False,
        "location": "Café Tati, Rua da Ribeira Nova, Lisboa",
        "expect": {
            "interviewers": [
                ("Joaquim Leitão", "joaquim.leitao.fernweh@gmail.com", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Fernweh Travel",
            "position": "Full-Stack Developer",
        },
    },
    {
        "id": "f15-workday-ics-fields-job-req",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview: R-0048113 Senior Tax Accountant",
        "start": "2028-03-31T13:30",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P(None, "hallmerewoods@myworkday.com"),
        "attendees": [
            ME,
            P("Odalys Ferrante", "odalys.ferrante@hallmere.com"),
            P("Kristoffer Lindahl", "kristoffer.lindahl@hallmere.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R-0048113 Senior Tax Accountant\nCompany: Hallmere Woods Industries\n"
            "Hiring Manager: Odalys Ferrante\nRecruiter: Augustin Mbeki\n\n"
            "Interviewers:\nOdalys Ferrante - Tax Manager\nKristoffer Lindahl - Senior Tax Accountant\n\n"
            "Interview Type: Video"
        ),
        "expect": {
            "interviewers": [
                (
                    "Odalys Ferrante",
                    "odalys.ferrante@hallmere.com",
                    "Tax Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Kristoffer Lindahl",
                    "kristoffer.lindahl@hallmere.com",
                    "Senior Tax Accountant",
                    "peer",
                ),
            ],
            "recruiter": ("Augustin Mbeki", None),
            "company": "Hallmere Woods Industries",
            "position": "Senior Tax Accountant",
        },
    },
    {
        "id": "f15-workday-graph-hm-field-not-attending",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Panel Interview - Alex Morgan - Procurement Specialist (JR-20771)",
        "start": "2028-04-03T10:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Recruiting Veldstra", "recruiting@veldstra.nl"),
        "attendees": [
            ME,
            P("Anouk Verhoeven", "anouk.verhoeven@veldstra.nl"),
            P("Sipho Dlamini", "sipho.dlamini@veldstra.nl"),
        ],
        "description": (
            "Job: Procurement Specialist\nHiring Manager: Maarten de Groot (not attending)\n"
            "Panel: Anouk Verhoeven (Category Lead, Indirect) and Sipho Dlamini (Buyer)\n"
            "Organisation: Veldstra B.V.\n" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Anouk Verhoeven",
                    "anouk.verhoeven@veldstra.nl",
                    "Category Lead, Indirect",
                    "peer",
                ),
                ("Sipho Dlamini", "sipho.dlamini@veldstra.nl", "Buyer", "peer"),
            ],
            "recruiter": (None, "recruiting@veldstra.nl"),
            "company": "Veldstra",
            "position": "Procurement Specialist",
        },
    },
    {
        "id": "f15-icims-ics-phone-interview-store-manager",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Scheduling//EN",
        "title": "Phone Interview: Assistant Store Manager - Thistledown Garden Centres",
        "start": "2028-04-04T11:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P(None, "donotreply@icims.com"),
        "attendees": [ME, P("Gwilym Hargreaves", "gwilym.hargreaves@thistledown.co.uk")],
        "description": (
            "Dear Alex,\n\nThank you for applying for Assistant Store Manager (Job ID 2028-3391) at our Harrogate centre.\n\n"
            "Gwilym Hargreaves, Store Manager, will call you on the number in your application.\n\n"
            "Kind regards,\nThe Thistledown Garden Centres Recruitment Team\ncareers@thistledown.co.uk"
        ),
        "expect": {
            "interviewers": [
                (
                    "Gwilym Hargreaves",
                    "gwilym.hargreaves@thistledown.co.uk",
                    "Store Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "careers@thistledown.co.uk"),
            "company": "Thistledown Garden Centres",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "f15-icims-graph-assessment-centre-group",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Assessment Centre - Graduate Civil Engineer 2028 intake",
        "start": "2028-04-05T09:00",
        "minutes": 300,
        "tz": "Europe/London",
        "organizer": P("Early Careers - Brackenridge", "earlycareers@brackenridge-eng.com"),
        "attendees": [ME],
        "description": (
            "Brackenridge Engineering Graduate Assessment Centre\n\n"
            "09:00 Welcome - Harriet Olumide-Bakare, Early Careers Manager\n"
            "09:30 Group exercise (observed by assessors)\n"
            "11:00 Technical interview - Ruairí Gallagher, Principal Engineer, Structures\n"
            "13:30 Competency interview - Valentina Ruscello, Associate Director\n\n"
            "Please bring your passport and degree certificate.\n"
        ),
        "location": "Brackenridge House, 12 Canal Wharf, Birmingham",
        "expect": {
            "interviewers": [
                ("Ruairí Gallagher", None, "Principal Engineer, Structures", "peer"),
                ("Valentina Ruscello", None, "Associate Director", "decision_maker"),
            ],
            "recruiter": (None, "earlycareers@brackenridge-eng.com"),
            "company": "Brackenridge Engineering",
            "position": "Graduate Civil Engineer",
        },
    },
    {
        "id": "f15-smartrecruiters-google-hiring-team-block",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Interview with Velorum Energy – Grid Integration Engineer",
        "start": "2028-04-06T15:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Velorum Energy Hiring", "hiring@velorumenergy.com"),
        "attendees": [
            ME,
            P("Anselm Korhonen", "anselm.korhonen@velorumenergy.com"),
            P("Precious Mahlangu", "precious.mahlangu@velorumenergy.com"),
        ],
        "description": (
            "Hiring team\nHiring Manager: Anselm Korhonen, Manager, Grid Studies\n"
            "Interviewer: Precious Mahlangu, Power Systems Engineer\nRecruiter: Lucinda Farrow-Ng\n\n"
            "Video link: https://meet.google.com/vlr-gqie-pwr\n\nSmartRecruiters"
        ),
        "expect": {
            "interviewers": [
                (
                    "Anselm Korhonen",
                    "anselm.korhonen@velorumenergy.com",
                    "Manager, Grid Studies",
                    "decision_maker",
                    True,
                ),
                (
                    "Precious Mahlangu",
                    "precious.mahlangu@velorumenergy.com",
                    "Power Systems Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Lucinda Farrow-Ng", None),
            "company": "Velorum Energy",
            "position": "Grid Integration Engineer",
        },
    },
    {
        "id": "f15-smartrecruiters-ics-names-in-title-only",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//Calendar//EN",
        "title": "Alex Morgan: Interview with Ottoline Baptiste-Hale (Pastry Chef de Partie)",
        "start": "2028-04-07T14:30",
        "minutes": 45,
        "tz": "Europe/Paris",
        "organizer": P("Maison Gravelotte Recrutement", "recrutement@maisongravelotte.fr"),
        "attendees": [ME, P(None, "o.baptistehale@maisongravelotte.fr")],
        "description": (
            "Bonjour Alex / Hello Alex,\n\nEntretien avec Ottoline Baptiste-Hale, Cheffe Pâtissière.\n"
            "Interview with Ottoline Baptiste-Hale, Head Pastry Chef. There will be a short practical trial.\n\n"
            "Adresse : 8 rue des Cordeliers, Lyon\n\nMaison Gravelotte"
        ),
        "location": "8 rue des Cordeliers, 69002 Lyon",
        "expect": {
            "interviewers": [
                (
                    "Ottoline Baptiste-Hale",
                    "o.baptistehale@maisongravelotte.fr",
                    "Head Pastry Chef",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "recrutement@maisongravelotte.fr"),
            "company": "Maison Gravelotte",
            "position": "Pastry Chef de Partie",
        },
    },
    {
        "id": "f15-teamtailor-graph-dutch-english-mix",
        "format": "graph",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Sollicitatiegesprek / Interview – UX Researcher – Blauwvinger",
        "start": "2028-04-10T13:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Blauwvinger via Teamtailor", "noreply@teamtailor.com"),
        "attendees": [
            ME,
            P("Femke Brouwer-Tanaka", "femke@blauwvinger.nl"),
            P("Jurriaan Smit", "jurriaan@blauwvinger.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nJe gesprek is ingepland met:\n• Femke Brouwer-Tanaka – Research Lead (je toekomstige leidinggevende)\n"
            "• Jurriaan Smit – Product Designer\n\n(English: you'll meet Femke, who would be your manager, and Jurriaan.)\n\n"
            "Groetjes,\nSaskia Hoekstra\nPeople & Culture, Blauwvinger\nsaskia@blauwvinger.nl"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Femke Brouwer-Tanaka",
                    "femke@blauwvinger.nl",
                    "Research Lead",
                    "decision_maker",
                    True,
                ),
                ("Jurriaan Smit", "jurriaan@blauwvinger.nl", "Product Designer", "peer"),
            ],
            "recruiter": ("Saskia Hoekstra", "saskia@blauwvinger.nl"),
            "company": "Blauwvinger",
            "position": "UX Researcher",
        },
    },
    {
        "id": "f15-teamtailor-google-recruiter-and-cfo",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "medium",
        "title": "Interview: Financial Controller @ Nordlys Aqua",
        "start": "2028-04-11T10:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Ingrid Solheim-Abara", "ingrid@nordlysaqua.no"),
        "attendees": [
            ME,
            P("Ingrid Solheim-Abara", "ingrid@nordlysaqua.no"),
            P("Haakon Viken", "haakon@nordlysaqua.no"),
        ],
        "description": (
            "Hi Alex,\n\nJoining: Haakon Viken, CFO (the role reports to him), and me, Ingrid, HR Business Partner – "
            "I'll run the first 15 minutes.\n\nBest regards\nIngrid Solheim-Abara\nNordlys Aqua AS"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Haakon Viken", "haakon@nordlysaqua.no", "CFO", "decision_maker", True),
                (
                    "Ingrid Solheim-Abara",
                    "ingrid@nordlysaqua.no",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Ingrid Solheim-Abara", "ingrid@nordlysaqua.no"),
            "company": "Nordlys Aqua",
            "position": "Financial Controller",
        },
    },
    {
        "id": "f15-bamboohr-ics-owner-and-office-manager",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "medium",
        "prodid": "-//BambooHR//Hiring//EN",
        "title": "Interview - Dental Office Receptionist - Alex Morgan",
        "start": "2028-04-12T12:15",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Luzmila Arredondo", "luzmila@bayleafdental.com"),
        "attendees": [ME, P("Dr. Thaddeus Okoro", "thaddeus@bayleafdental.com")],
        "description": (
            "Interview for: Dental Office Receptionist\nInterviewers: Dr. Thaddeus Okoro (Owner, DDS); Luzmila Arredondo (Office Manager)\n\n"
            "Bayleaf Family Dental, 310 Grand Ave, Oakland\nSent from BambooHR"
        ),
        "location": "Bayleaf Family Dental, 310 Grand Ave, Oakland",
        "expect": {
            "interviewers": [
                ("Thaddeus Okoro", "thaddeus@bayleafdental.com", "Owner, DDS", "executive"),
                (
                    "Luzmila Arredondo",
                    "luzmila@bayleafdental.com",
                    "Office Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Bayleaf Family Dental",
            "position": "Dental Office Receptionist",
        },
    },
    {
        "id": "f15-bamboohr-graph-reports-to-line",
        "format": "graph",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Second Interview: Marketing Coordinator",
        "start": "2028-04-13T15:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Perpetua Hollins", "phollins@stonecrop-credit.org"),
        "attendees": [
            ME,
            P("Amadou Diarra", "adiarra@stonecrop-credit.org"),
            P("Perpetua Hollins", "phollins@stonecrop-credit.org"),
        ],
        "description": (
            "Position: Marketing Coordinator\nReports to: Amadou Diarra, Marketing Director\n\n"
            "You'll meet with Amadou and with me again.\n\n"
            "Perpetua Hollins, HR Generalist\nStonecrop Community Credit Union" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Amadou Diarra",
                    "adiarra@stonecrop-credit.org",
                    "Marketing Director",
                    "decision_maker",
                    True,
                ),
                ("Perpetua Hollins", "phollins@stonecrop-credit.org", "HR Generalist", "recruiter"),
            ],
            "recruiter": ("Perpetua Hollins", "phollins@stonecrop-credit.org"),
            "company": "Stonecrop Community Credit Union",
            "position": "Marketing Coordinator",
        },
    },
    # --- Humans, agencies, forwarded and odd shapes ----------------------------------------
    {
        "id": "f15-human-zoom-recruiter-prose-who-leads",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Zoom Video Communications//Zoom//EN",
        "title": "Alex Morgan / Halcyon Verde - Sustainability Analyst",
        "start": "2028-04-14T10:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Beaumont Nakashima", "beaumont.nakashima@halcyonverde.com"),
        "attendees": [ME, P("Rosalba Inyang", "rosalba.inyang@halcyonverde.com")],
        "description": (
            "Hi Alex,\n\nThanks for your time on Monday. Next step is a conversation with Rosalba Inyang, who leads "
            "our ESG reporting team and is the hiring manager for the Sustainability Analyst role. I'll join for the "
            "first five minutes to introduce you.\n\nBeaumont\n--\nBeaumont Nakashima\nTalent Acquisition Manager\nHalcyon Verde Partners"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Rosalba Inyang", "rosalba.inyang@halcyonverde.com", None, "decision_maker", True),
            ],
            "recruiter": ("Beaumont Nakashima", "beaumont.nakashima@halcyonverde.com"),
            "company": "Halcyon Verde Partners",
            "position": "Sustainability Analyst",
        },
    },
    {
        "id": "f15-human-meet-founder-lowercase-no-title",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "alex <> ravi",
        "start": "2028-04-17T17:30",
        "minutes": 30,
        "tz": "Asia/Kolkata",
        "organizer": P("Ravindra Kulasekaran", "ravi@tiffinbox.in"),
        "attendees": [ME, P("Ravindra Kulasekaran", "ravi@tiffinbox.in")],
        "description": (
            "hey alex - quick chat about the head of growth role at tiffinbox? i'm one of the two cofounders, "
            "would love to hear how you scaled the referral program.\n- ravi" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Ravindra Kulasekaran", "ravi@tiffinbox.in", "Co-founder", "executive"),
            ],
            "recruiter": None,
            "company": "Tiffinbox",
            "position": "Head of Growth",
        },
    },
    {
        "id": "f15-human-teams-hm-own-invite-signature",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Conversation re: Estimator role",
        "start": "2028-04-18T07:30",
        "minutes": 45,
        "tz": "Australia/Brisbane",
        "organizer": P("Kirra Whitlock", "kirra.whitlock@ironbarkbuild.com.au"),
        "attendees": [ME, P("Ngaire Te Whata", "ngaire.tewhata@ironbarkbuild.com.au")],
        "description": (
            "G'day Alex,\n\nGood to chat on the phone. Sending through a Teams invite for a proper interview for the "
            "Estimator role - my colleague Ngaire Te Whata (Senior Estimator) will join me.\n\nCheers,\n"
            "Kirra Whitlock\nEstimating Manager | Ironbark Building Group\nM 0412 555 019" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kirra Whitlock",
                    "kirra.whitlock@ironbarkbuild.com.au",
                    "Estimating Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Ngaire Te Whata",
                    "ngaire.tewhata@ironbarkbuild.com.au",
                    "Senior Estimator",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Ironbark Building Group",
            "position": "Estimator",
        },
    },
    {
        "id": "f15-human-ea-books-for-ceo-on-behalf",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan - Meeting with Cosima Farquharson",
        "start": "2028-04-19T16:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Office of the CEO", "ceo.office@larkspurcapital.co.uk"),
        "attendees": [ME, P("Cosima Farquharson", "cosima.farquharson@larkspurcapital.co.uk")],
        "description": (
            "Dear Alex,\n\nI am writing on behalf of Cosima Farquharson, Chief Executive, who would like to meet you "
            "regarding the Chief of Staff position.\n\nShould you need to move this, please contact me directly.\n\n"
            "Kind regards,\nWinifred Adebayo-Stone\nExecutive Assistant to the CEO\nLarkspur Capital"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Cosima Farquharson",
                    "cosima.farquharson@larkspurcapital.co.uk",
                    "Chief Executive",
                    "executive",
                ),
            ],
            "recruiter": ("Winifred Adebayo-Stone", "ceo.office@larkspurcapital.co.uk"),
            "company": "Larkspur Capital",
            "position": "Chief of Staff",
        },
    },
    {
        "id": "f15-agency-ics-forwarded-client-panel",
        "format": "ics",
        "style": "agency",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "FW: Interview confirmation - Alex Morgan - Senior Quantity Surveyor",
        "start": "2028-04-20T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Declan Ferreira-Moss", "declan@tidemarkpeople.co.uk"),
        "attendees": [ME],
        "description": (
            "Hi Alex - see below from the client, good luck! Declan\n\nDeclan Ferreira-Moss | Principal Consultant | Tidemark People\n\n"
            "-----Original Message-----\nFrom: Imogen Castellari <imogen.castellari@holloway-vance.com>\n"
            "Sent: 12 April 2028 09:14\nTo: Declan Ferreira-Moss\nSubject: Interview confirmation\n\n"
            "Declan, happy to confirm 2pm on the 20th. Alex will meet me (Commercial Director) and Ayodele Crane, "
            "Senior Quantity Surveyor. I'm the hiring manager.\n\nImogen Castellari\nHolloway Vance Construction Ltd"
        ),
        "location": "Holloway Vance, 2 Lockside, Manchester",
        "expect": {
            "interviewers": [
                (
                    "Imogen Castellari",
                    "imogen.castellari@holloway-vance.com",
                    "Commercial Director",
                    "decision_maker",
                    True,
                ),
                ("Ayodele Crane", None, "Senior Quantity Surveyor", "peer"),
            ],
            "recruiter": ("Declan Ferreira-Moss", "declan@tidemarkpeople.co.uk"),
            "company": "Holloway Vance Construction",
            "position": "Senior Quantity Surveyor",
        },
    },
    {
        "id": "f15-agency-google-consultant-stays-client-hm",
        "format": "google",
        "style": "agency",
        "difficulty": "medium",
        "title": "Alex Morgan // Pemberly Foods (via Saltmarsh Search) - Supply Chain Manager",
        "start": "2028-04-21T11:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Griselda Amankwah", "griselda@saltmarshsearch.com"),
        "attendees": [
            ME,
            P("Griselda Amankwah", "griselda@saltmarshsearch.com"),
            P("Horatio Vukovic", "hvukovic@pemberlyfoods.com"),
        ],
        "description": (
            "Alex, Horatio Vukovic (VP Supply Chain at Pemberly Foods) is the hiring manager for the Supply Chain "
            "Manager search. I'll stay on the call as a silent observer.\n\nGriselda Amankwah\nPartner, Saltmarsh Search"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Horatio Vukovic",
                    "hvukovic@pemberlyfoods.com",
                    "VP Supply Chain",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Griselda Amankwah", "griselda@saltmarshsearch.com"),
            "company": "Pemberly Foods",
            "position": "Supply Chain Manager",
        },
    },
    {
        "id": "f15-human-outlook-forward-to-personal-graph",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "FW: Alex M. - Interview - Treasury Analyst",
        "start": "2028-04-24T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [ME],
        "description": (
            "forwarding to personal\n\n________________________________\nFrom: Mireille Dufresne-Asante <mdufresne@quarrystone-fin.com>\n"
            "To: alex.morgan@initech.com\nSubject: Alex M. - Interview - Treasury Analyst\n\n"
            "Hi Alex, confirming Tuesday at 1pm ET with Bastian Oyelaran, Treasury Manager (the hiring manager), and "
            "Kalani Akana from our cash management team. I'm your recruiter for this.\n\n"
            "Mireille Dufresne-Asante | Recruiter | Quarrystone Financial" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Bastian Oyelaran", None, "Treasury Manager", "decision_maker", True),
                ("Kalani Akana", None, None, "peer"),
            ],
            "recruiter": ("Mireille Dufresne-Asante", "mdufresne@quarrystone-fin.com"),
            "company": "Quarrystone Financial",
            "position": "Treasury Analyst",
        },
    },
    {
        "id": "f15-human-german-english-teamleiter",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Vorstellungsgespräch Alex Morgan – Backend-Entwickler (m/w/d)",
        "start": "2028-04-25T10:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Friederike Wendt", "f.wendt@kranichwerk.de"),
        "attendees": [
            ME,
            P("Dr. Emre Yıldırım", "e.yildirim@kranichwerk.de"),
            P("Jonas Pfeiffer", "j.pfeiffer@kranichwerk.de"),
        ],
        "description": (
            "Hallo Alex,\n\nwie besprochen – hier die Einladung. (English below.)\n\n"
            "Teilnehmer: Dr. Emre Yıldırım (Teamleiter Backend, Ihr zukünftiger Vorgesetzter), Jonas Pfeiffer (Senior Entwickler)\n\n"
            "English: you'll meet Emre, team lead and your future manager, and Jonas, a senior developer.\n\n"
            "Viele Grüße\nFriederike Wendt\nRecruiting | Kranichwerk GmbH" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Emre Yıldırım",
                    "e.yildirim@kranichwerk.de",
                    "Teamleiter Backend",
                    "decision_maker",
                    True,
                ),
                ("Jonas Pfeiffer", "j.pfeiffer@kranichwerk.de", "Senior Entwickler", "peer"),
            ],
            "recruiter": ("Friederike Wendt", "f.wendt@kranichwerk.de"),
            "company": "Kranichwerk",
            "position": "Backend-Entwickler",
        },
    },
    {
        "id": "f15-human-spanish-jefa-de-area",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista – Analista de Riesgos – Alex Morgan",
        "start": "2028-04-26T16:00",
        "minutes": 45,
        "tz": "America/Mexico_City",
        "organizer": P("Xóchitl Ramírez Olvera", "xramirez@banco-altiplano.mx"),
        "attendees": [
            ME,
            P("Xóchitl Ramírez Olvera", "xramirez@banco-altiplano.mx"),
            P("Gerardo Villaseñor Pardo", "gvillasenor@banco-altiplano.mx"),
        ],
        "description": (
            "Hola Alex,\n\nTe comparto la invitación para tu entrevista con Gerardo Villaseñor Pardo, Jefe de Riesgo de Crédito, "
            "quien sería tu jefe directo. Yo estaré también (Xóchitl, Reclutamiento).\n\nSaludos,\n"
            "Xóchitl Ramírez Olvera\nAtracción de Talento | Banco Altiplano" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Gerardo Villaseñor Pardo",
                    "gvillasenor@banco-altiplano.mx",
                    "Jefe de Riesgo de Crédito",
                    "decision_maker",
                    True,
                ),
                (
                    "Xóchitl Ramírez Olvera",
                    "xramirez@banco-altiplano.mx",
                    "Atracción de Talento",
                    "recruiter",
                ),
            ],
            "recruiter": ("Xóchitl Ramírez Olvera", "xramirez@banco-altiplano.mx"),
            "company": "Banco Altiplano",
            "position": "Analista de Riesgos",
        },
    },
    {
        "id": "f15-human-rescheduled-prefix-new-time-teams",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "RESCHEDULED (new time): Alex Morgan - Maintenance Planner interview",
        "start": "2028-04-27T06:30",
        "minutes": 45,
        "tz": "America/Edmonton",
        "organizer": P("Tobiah Greywolf", "tgreywolf@cordillera-mining.ca"),
        "attendees": [
            ME,
            P("Sunniva Oduya-Laird", "soduyalaird@cordillera-mining.ca"),
            P("Tobiah Greywolf", "tgreywolf@cordillera-mining.ca"),
        ],
        "description": (
            "Alex - moving us 30 min earlier because of a shift change, sorry. Same panel: me and Sunniva Oduya-Laird, "
            "our Reliability Engineer.\n\nTobiah Greywolf\nMaintenance Superintendent\nCordillera Mining Corp."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Tobiah Greywolf",
                    "tgreywolf@cordillera-mining.ca",
                    "Maintenance Superintendent",
                    "decision_maker",
                ),
                (
                    "Sunniva Oduya-Laird",
                    "soduyalaird@cordillera-mining.ca",
                    "Reliability Engineer",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Cordillera Mining",
            "position": "Maintenance Planner",
        },
    },
    {
        "id": "f15-human-shared-mailbox-organizer-named-in-body",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview: Alex Morgan (Paralegal, Employment team)",
        "start": "2028-04-28T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Graduate & Paralegal Recruitment", "paralegalrecruit@ashdown-lyle.com"),
        "attendees": [
            ME,
            P("Eleanor Mbatha-Quist", "emq@ashdown-lyle.com"),
            P("Rupert Sandoval", "rsandoval@ashdown-lyle.com"),
        ],
        "description": (
            "Dear Alex,\n\nYou will be interviewed by Eleanor Mbatha-Quist, Partner and head of the Employment group, and "
            "Rupert Sandoval, Senior Associate.\n\nPlease report to the 14th floor reception.\n\n"
            "Yours sincerely,\nOluwatoyin Hale\nLegal Recruitment Officer\nAshdown Lyle LLP"
        ),
        "location": "Ashdown Lyle LLP, 1 Liberty Plaza, 14th Floor",
        "expect": {
            "interviewers": [
                (
                    "Eleanor Mbatha-Quist",
                    "emq@ashdown-lyle.com",
                    "Partner",
                    "decision_maker",
                ),
                ("Rupert Sandoval", "rsandoval@ashdown-lyle.com", "Senior Associate", "peer"),
            ],
            "recruiter": ("Oluwatoyin Hale", "paralegalrecruit@ashdown-lyle.com"),
            "company": "Ashdown Lyle",
            "position": "Paralegal, Employment team",
        },
    },
    {
        "id": "f15-human-no-attendee-addresses-names-in-body",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex M — 2nd interview — Kiln & Quarry",
        "start": "2028-05-01T11:30",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Solenne Abiodun", "solenne@kilnandquarry.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex! For round two you'll sit with Bram (our head of retail) and Nia, who manages the Brooklyn shop. "
            "Bram would be your boss. Role is still the Retail Operations Lead.\n\nSee you then,\nSolenne — People Ops, Kiln & Quarry"
        ),
        "location": "Kiln & Quarry studio, 55 Water St, Brooklyn",
        "expect": {
            "interviewers": [
                ("Bram", None, "head of retail", "decision_maker", True),
                ("Nia", None, None, "decision_maker"),
            ],
            "recruiter": ("Solenne Abiodun", "solenne@kilnandquarry.com"),
            "company": "Kiln & Quarry",
            "position": "Retail Operations Lead",
        },
    },
    {
        "id": "f15-human-surname-first-caps-cn",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview - Localization Project Manager",
        "start": "2028-05-02T09:00",
        "minutes": 60,
        "tz": "Asia/Singapore",
        "organizer": P("TAN Wei Ling", "weiling.tan@meridianlingo.sg"),
        "attendees": [
            ME,
            P("NG Boon Keat", "boonkeat.ng@meridianlingo.sg"),
            P("TAN Wei Ling", "weiling.tan@meridianlingo.sg"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in Meridian Lingo. Your interview panel:\n"
            "1) Mr NG Boon Keat, Head of Localisation Delivery (hiring manager)\n2) Ms TAN Wei Ling, HR Executive\n\n"
            "Best regards,\nWei Ling" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "NG Boon Keat",
                    "boonkeat.ng@meridianlingo.sg",
                    "Head of Localisation Delivery",
                    "decision_maker",
                    True,
                ),
                ("TAN Wei Ling", "weiling.tan@meridianlingo.sg", "HR Executive", "recruiter"),
            ],
            "recruiter": ("TAN Wei Ling", "weiling.tan@meridianlingo.sg"),
            "company": "Meridian Lingo",
            "position": "Localization Project Manager",
        },
    },
    {
        "id": "f15-human-tokyo-japanese-english-bucho",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "【面接】Alex Morgan様 / Interview – Data Engineer（データエンジニア）",
        "start": "2028-05-03T10:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("採用担当 Saiyo", "saiyo@tsubamelogi.co.jp"),
        "attendees": [
            ME,
            P("森田 健太郎", "k.morita@tsubamelogi.co.jp"),
            P("Priya Shanmugam", "p.shanmugam@tsubamelogi.co.jp"),
        ],
        "description": (
            "Alex Morgan様\n\nツバメロジ株式会社 採用担当です。面接官 / Interviewers:\n"
            "・森田 健太郎（Kentaro Morita）データ基盤部 部長 / Head of Data Platform – hiring manager\n"
            "・Priya Shanmugam – Senior Data Engineer\n\nよろしくお願いいたします。\nTsubame Logi Recruiting"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "森田 健太郎",
                    "k.morita@tsubamelogi.co.jp",
                    "Head of Data Platform",
                    "decision_maker",
                    True,
                ),
                (
                    "Priya Shanmugam",
                    "p.shanmugam@tsubamelogi.co.jp",
                    "Senior Data Engineer",
                    "peer",
                ),
            ],
            "recruiter": (None, "saiyo@tsubamelogi.co.jp"),
            "company": "Tsubame Logi",
            "position": "Data Engineer",
        },
    },
    {
        "id": "f15-human-html-ul-meet-the-team",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Meet the team – Alex Morgan (Mobile Engineer, iOS)",
        "start": "2028-05-04T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Delphina Orsolya Kovács", "delphina@pinwheelhealth.com"),
        "attendees": [
            ME,
            P("Marcus Achterhof", "marcus@pinwheelhealth.com"),
            P("Temperance Ilori", "temperance@pinwheelhealth.com"),
            P("Wu Jiahui", "jiahui@pinwheelhealth.com"),
        ],
        "description": (
            "<p>Hi Alex, this is the last step!</p><ul><li><b>Marcus Achterhof</b>, Engineering Manager, Mobile — your future manager</li>"
            "<li><b>Temperance Ilori</b>, iOS Engineer</li><li><b>Wu Jiahui</b>, Product Manager, Patient App</li></ul>"
            "<p>— Delphina, Recruiting @ Pinwheel Health</p>" + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Marcus Achterhof",
                    "marcus@pinwheelhealth.com",
                    "Engineering Manager, Mobile",
                    "decision_maker",
                    True,
                ),
                ("Temperance Ilori", "temperance@pinwheelhealth.com", "iOS Engineer", "peer"),
                ("Wu Jiahui", "jiahui@pinwheelhealth.com", "Product Manager, Patient App", "peer"),
            ],
            "recruiter": ("Delphina Orsolya Kovács", "delphina@pinwheelhealth.com"),
            "company": "Pinwheel Health",
            "position": "Mobile Engineer, iOS",
        },
    },
    {
        "id": "f15-human-hospital-nurse-unit-panel",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview - RN, Cardiac Step-Down Unit (Nights)",
        "start": "2028-05-05T13:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Lourdes Batungbakal", "lbatungbakal@prairiemercy.org"),
        "attendees": [
            ME,
            P("Hollis Fairweather, RN", "hfairweather@prairiemercy.org"),
            P("Zainab Adeyemo-Clark", "zadeyemoclark@prairiemercy.org"),
        ],
        "description": (
            "Hello Alex,\n\nYour panel interview for the RN, Cardiac Step-Down Unit (Nights) position:\n"
            "Hollis Fairweather, RN, BSN - Nurse Manager, 4 West (hiring manager)\n"
            "Zainab Adeyemo-Clark, RN - Charge Nurse, Nights\n\n"
            "Lourdes Batungbakal\nNurse Recruiter | Prairie Mercy Medical Center" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hollis Fairweather",
                    "hfairweather@prairiemercy.org",
                    "Nurse Manager, 4 West",
                    "decision_maker",
                    True,
                ),
                (
                    "Zainab Adeyemo-Clark",
                    "zadeyemoclark@prairiemercy.org",
                    "Charge Nurse, Nights",
                    "peer",
                ),
            ],
            "recruiter": ("Lourdes Batungbakal", "lbatungbakal@prairiemercy.org"),
            "company": "Prairie Mercy Medical Center",
            "position": "RN, Cardiac Step-Down Unit (Nights)",
        },
    },
    {
        "id": "f15-human-academic-search-committee-chair",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "Zoom interview - Assistant Professor of Hydrology search",
        "start": "2028-05-08T13:00",
        "minutes": 50,
        "tz": "America/Boise",
        "organizer": P("Prof. Anneliese Throckmorton", "athrockmorton@sawtooth.edu"),
        "attendees": [
            ME,
            P("Dr. Kofi Appiah-Brandt", "kappiahbrandt@sawtooth.edu"),
            P("Marguerite Lindqvist", "mlindqvist@sawtooth.edu"),
        ],
        "description": (
            "Dear Dr. Morgan,\n\nOn behalf of the search committee, thank you for agreeing to a first-round interview. "
            "The committee: Anneliese Throckmorton (Professor and Chair of the committee), Kofi Appiah-Brandt (Associate "
            "Professor), Marguerite Lindqvist (Department Head, Geosciences).\n\nSawtooth State University"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Anneliese Throckmorton",
                    "athrockmorton@sawtooth.edu",
                    "Professor",
                    "peer",
                ),
                ("Kofi Appiah-Brandt", "kappiahbrandt@sawtooth.edu", "Associate Professor", "peer"),
                (
                    "Marguerite Lindqvist",
                    "mlindqvist@sawtooth.edu",
                    "Department Head, Geosciences",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Sawtooth State University",
            "position": "Assistant Professor of Hydrology",
        },
    },
    # --- Not interviews for the user (they mention interviewing) ----------------------------
    {
        "id": "f15-not-ics-user-runs-debrief-own-req",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Debrief: Oriane Vasquez-Holm - Staff Data Scientist",
        "start": "2028-05-09T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Fitzgerald Amoah", "fitz.amoah@initech.com"),
            P("Helka Saarinen", "helka.saarinen@initech.com"),
        ],
        "description": (
            "Debrief for the candidate we interviewed today. Please submit scorecards in Greenhouse before we meet.\n\n"
            "Hiring manager: Alex Morgan"
        ),
        "expect": None,
    },
    {
        "id": "f15-not-google-interviewer-training-module-two",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Interviewer Certification – Module 2: Bias-aware scoring",
        "start": "2028-05-10T12:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech L&D", "learning@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Required for everyone joining an interview panel this quarter. Facilitator: Octavia Brennan-Sato, "
            "Talent Programs Lead. Bring a recent scorecard you wrote." + MEET
        ),
        "expect": None,
    },
    {
        "id": "f15-not-graph-calibration-sales-ladder",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview calibration – AE loop (Q3)",
        "start": "2028-05-11T14:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Yolanda Pizarro-Reid", "yolanda.pizarroreid@initech.com"),
        "attendees": [ME_WORK, P("Grigor Nazaryan", "grigor.nazaryan@initech.com")],
        "description": (
            "Let's align on what a 3 vs a 4 looks like on the discovery-call exercise before we restart interviewing "
            "AE candidates next week.\n\nYolanda, Sales Recruiting" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f15-not-ics-mock-interview-with-friend",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//iOS 18.1//EN",
        "title": "Mock system design interview w/ Dashiell",
        "start": "2028-05-12T19:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Dashiell Okonjo", "dash.okonjo@fastmail.com"),
        "attendees": [ME],
        "description": "Practice run before your Tollgate onsite. I'll play the interviewer, you drive. No pressure!",
        "expect": None,
    },
    {
        "id": "f15-not-google-webinar-acing-behavioural",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Webinar: Acing the behavioural interview (alumni careers series)",
        "start": "2028-05-13T18:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Alumni Careers Office", "careers-alumni@riverbend.edu"),
        "attendees": [ME],
        "description": "Presented by Dr. Ysolde Marchbanks, career coach. Live Q&A at the end. Registration confirmed.",
        "expect": None,
    },
    {
        "id": "f15-not-graph-reference-call-for-former-report",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference call – Lorcan Whitby (candidate for Engineering Manager at Veridian Loop)",
        "start": "2028-05-14T11:00",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Ottavia Ferreira", "ottavia@veridianloop.com"),
        "attendees": [ME, P("Ottavia Ferreira", "ottavia@veridianloop.com")],
        "description": (
            "Hi Alex, thank you for agreeing to be a reference for Lorcan, who is in the final stage of interviews with us. "
            "A few questions about working with him.\n\nOttavia Ferreira, Talent Partner, Veridian Loop"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f15-not-ics-exit-interview-leaving-initech",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Exit Interview - Alex Morgan",
        "start": "2028-05-15T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Initech People Team", "people@initech.com"),
        "attendees": [ME_WORK],
        "description": "As part of your offboarding, Bettina Kaur (HR Business Partner) will hold a short confidential exit interview.",
        "expect": None,
    },
    {
        "id": "f15-not-google-user-sits-on-panel-at-own-company",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Interview: Leopoldine Achebe-Strand - Product Analyst - Panel",
        "start": "2028-05-16T10:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting Coordination", "rc@initech.com"),
        "attendees": [
            ME_WORK,
            P("Leopoldine Achebe-Strand", "leo.achebestrand@gmail.com"),
            P("Samir Haddad", "samir.haddad@initech.com"),
        ],
        "description": (
            "Interviewers: Alex Morgan (Product Analytics Manager), Samir Haddad (Senior Analyst)\n"
            "Candidate: Leopoldine Achebe-Strand\nFocus: SQL & metrics case\nPlease submit feedback within 24h."
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "f15-not-graph-weekly-hiring-sync",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Weekly hiring sync – pipeline & interview load",
        "start": "2028-05-17T09:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Thandiwe Nkosi-Bauer", "thandiwe.nkosibauer@initech.com"),
        "attendees": [ME_WORK],
        "description": "Standing agenda: open reqs, candidates at onsite stage, who can take more interviews next week."
        + TEAMS,
        "expect": None,
    },
    {
        "id": "f15-not-ics-podcast-guest-interview",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Riverside.fm//Recording//EN",
        "title": "Recording: 'Ship It Sideways' podcast – interview with Alex Morgan",
        "start": "2028-05-18T17:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Corentin Abara", "corentin@shipitsideways.fm"),
        "attendees": [ME],
        "description": "Thanks for coming on the show! We'll chat about your migration war stories. Recording link: https://riverside.fm/studio/shipitsideways",
        "expect": None,
    },
    {
        "id": "f15-not-google-intake-for-new-req",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Intake: Senior Analytics Engineer req – interview plan",
        "start": "2028-05-19T13:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Marguerite Osei", "marguerite.osei@initech.com"),
        "attendees": [ME_WORK, P("Marguerite Osei", "marguerite.osei@initech.com")],
        "description": (
            "Alex, as hiring manager for this req let's agree the interview stages, panel and scorecard attributes.\n\n"
            "Marguerite Osei, Technical Recruiter" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f15-not-graph-press-interview-trade-journal",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview for Logistics Tech Weekly – data in the supply chain",
        "start": "2028-05-20T10:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Hermione Castellanos-Bright", "hcb@logisticstechweekly.com"),
        "attendees": [ME],
        "description": "Hi Alex, as agreed with your comms team, a 30-min phone interview for our feature. Quotes will be sent for approval.",
        "expect": None,
    },
    {
        "id": "f15-not-ics-alumni-admissions-interviewer",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alumni interview with applicant (Class of 2032) – Rosalind Mwangi",
        "start": "2028-05-21T16:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Alumni Interview Program", "alumni-interviews@riverbend.edu"),
        "attendees": [ME],
        "description": "Thank you for volunteering as an alumni interviewer. Please submit your report within 48 hours of meeting the applicant.",
        "expect": None,
    },
    {
        "id": "f15-not-google-interview-kit-review",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Review take-home exercise & interview kit (Data team)",
        "start": "2028-05-22T11:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [ME_WORK, P("Pallavi Venkatesan", "pallavi.venkatesan@initech.com")],
        "description": "Refresh the take-home and the interviewer questions before we open the next round of hiring.",
        "expect": None,
    },
    {
        "id": "f15-not-graph-hosting-candidate-lunch",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Lunch buddy: Candidate - Ignatius Fairholm (onsite)",
        "start": "2028-05-23T12:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Initech Interview Scheduling", "interviewscheduling@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Thanks for hosting lunch for our onsite candidate. This is not an evaluated session; please don't "
            "discuss the interview performance. Meet at reception 3."
        ),
        "expect": None,
    },
]
