# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Fresh held-out batch "fresh-3", written before any tuning against it (fresh-2 had been moved
into tuning), from angles neither the tuning set nor fresh-2 has: Outlook/Teams HTML bodies with
styled tables and mailto links, Google Calendar HTML (<br>, <b>, <a href="mailto:">), ATS exports
following other countries' conventions written in English (surname first, dd.mm.yyyy, Mr./Ms.),
recruiting agencies and RPOs, multi-day onsites, a hiring manager named only in prose, companies
with "&", "The", numerals and accents, and near-misses that mention interviewing (an admissions
interview the user gives, a rental interview, a book club, a scholarship panel, a hiring-manager
intake, a family-history interview, a citizenship interview).

Labels are what a person reads in the invite, not what the parser returns. fresh-3 was held out
for two measurements (before and after the third round); its misses were then read, so it is
tuning data now: the build renders it into the tuning folder (the bench reports it apart). Three
labels were corrected when it moved: a person the invite calls the hiring manager is a
decision_maker (PLAYBOOK section 4, app/playbook/roles.py, and every earlier set), not "unknown"
or "executive".

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "f3-outlook-styled-table",
        "format": "graph",
        "style": "outlook",
        "title": "Interview Schedule - Alex Morgan - Brand Designer",
        "start": "2027-06-01T10:00",
        "minutes": 90,
        "organizer": P("Nell Okafor", "nell.okafor@brightandbold.co"),
        "attendees": [
            ME,
            P("Tomasz Wilk", "tomasz.wilk@brightandbold.co"),
            P("Grace Liu", "grace.liu@brightandbold.co"),
        ],
        "description": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">Hi Alex,<br><br>'
            "Thank you for your interest in Bright &amp; Bold Studios. Please find your schedule "
            "for the Brand Designer interview below.<br><br>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            '<tr><td style="background:#ddd"><b>Time</b></td><td style="background:#ddd"><b>Name</b></td>'
            '<td style="background:#ddd"><b>Job Title</b></td></tr>'
            "<tr><td>10:00 - 10:45</td><td>Tomasz Wilk</td><td>Creative Director</td></tr>"
            "<tr><td>10:45 - 11:30</td><td>Grace Liu</td><td>Senior Designer</td></tr>"
            "</table><br>Kind regards,<br>Nell Okafor<br>People &amp; Talent Coordinator<br>"
            "Bright &amp; Bold Studios</div></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Tomasz Wilk",
                    "tomasz.wilk@brightandbold.co",
                    "Creative Director",
                    "decision_maker",
                ),
                ("Grace Liu", "grace.liu@brightandbold.co", "Senior Designer", "peer"),
            ],
            "recruiter": ("Nell Okafor", "nell.okafor@brightandbold.co"),
            "company": "Bright & Bold Studios",
            "position": "Brand Designer",
        },
    },
    {
        "id": "f3-google-html-mailto",
        "format": "google",
        "style": "human",
        "title": "The Hartwell Group | Interview for Financial Analyst",
        "start": "2027-06-02T15:00",
        "minutes": 45,
        "organizer": P("Simone Ferreira", "sferreira@hartwellgroup.com"),
        "attendees": [
            ME,
            P("Simone Ferreira", "sferreira@hartwellgroup.com"),
            P("Owen Blackwood", "oblackwood@hartwellgroup.com"),
        ],
        "description": (
            "Hi Alex,<br><br>Confirming your interview with <b>The Hartwell Group</b> for the "
            "<b>Financial Analyst</b> position.<br><br><b>Interviewer:</b> "
            '<a href="mailto:oblackwood@hartwellgroup.com">Owen Blackwood</a>, FP&amp;A Manager '
            "(hiring manager)<br><br>Please bring a photo ID to reception.<br><br>Best,<br>"
            "Simone Ferreira<br>Talent Acquisition Specialist"
        ),
        "location": "The Hartwell Group, 200 Park Ave, 14th floor",
        "expect": {
            "interviewers": [
                (
                    "Owen Blackwood",
                    "oblackwood@hartwellgroup.com",
                    "FP&A Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Simone Ferreira", "sferreira@hartwellgroup.com"),
            "company": "The Hartwell Group",
            "position": "Financial Analyst",
        },
    },
    {
        "id": "f3-multiday-onsite-ics",
        "format": "ics",
        "style": "greenhouse",
        "title": "Onsite Interview (Day 1 of 2): Robotics Software Engineer - 3Sixty Robotics",
        "start": "2027-06-03T09:00",
        "minutes": 240,
        "organizer": P("Mara Lindqvist", "mara.lindqvist@3sixtyrobotics.com"),
        "attendees": [
            ME,
            P("Kenji Watanabe", "kenji.watanabe@3sixtyrobotics.com"),
            P("Fatima Rahman", "fatima.rahman@3sixtyrobotics.com"),
            P("Luca Bianchi", "luca.bianchi@3sixtyrobotics.com"),
        ],
        "description": (
            "Hi Alex,\n\nWelcome to your two-day onsite with 3Sixty Robotics!\n\n"
            "DAY 1 (Thursday)\n"
            "09:00-10:30  Kenji Watanabe - Principal Engineer - Motion planning deep dive\n"
            "11:00-12:00  Fatima Rahman - Engineering Manager, Autonomy - Team & role\n\n"
            "DAY 2 (Friday)\n"
            "09:30-10:30  Luca Bianchi - VP Engineering - Closing chat\n\n"
            "Lunch on day 1 is with the team (not an interview).\n\n"
            "Mara Lindqvist\nRecruiting Coordinator"
        ),
        "location": "3Sixty Robotics HQ, 88 Foundry Rd, Pittsburgh",
        "expect": {
            "interviewers": [
                (
                    "Kenji Watanabe",
                    "kenji.watanabe@3sixtyrobotics.com",
                    "Principal Engineer",
                    "peer",
                ),
                (
                    "Fatima Rahman",
                    "fatima.rahman@3sixtyrobotics.com",
                    "Engineering Manager, Autonomy",
                    "decision_maker",
                ),
                ("Luca Bianchi", "luca.bianchi@3sixtyrobotics.com", "VP Engineering", "executive"),
            ],
            "recruiter": ("Mara Lindqvist", "mara.lindqvist@3sixtyrobotics.com"),
            "company": "3Sixty Robotics",
            "position": "Robotics Software Engineer",
        },
    },
    {
        "id": "f3-accented-cafe-founder",
        "format": "ics",
        "style": "human",
        "title": "Café Lumière — chat about the Head Pastry Chef role",
        "start": "2027-06-04T08:30",
        "minutes": 30,
        "organizer": P("Amélie Durand", "amelie@cafelumiere.fr"),
        "attendees": [ME, P("Amélie Durand", "amelie@cafelumiere.fr")],
        "description": (
            "Bonjour Alex,\n\nThanks for applying! I'd love to do a first interview over coffee "
            "at the shop before service.\n\nAmélie Durand\nFounder & Owner, Café Lumière"
        ),
        "location": "Café Lumière, 12 rue des Martyrs",
        "expect": {
            "interviewers": [
                ("Amélie Durand", "amelie@cafelumiere.fr", "Founder & Owner", "executive"),
            ],
            "recruiter": None,
            "company": "Café Lumière",
            "position": "Head Pastry Chef",
        },
    },
    {
        "id": "f3-agency-rpo-on-behalf",
        "format": "graph",
        "style": "agency",
        "title": "Interview: Clinical Data Manager - Orbis Health",
        "start": "2027-06-07T13:00",
        "minutes": 60,
        "organizer": P("Alicia Grant", "alicia.grant@cielotalent.com"),
        "attendees": [
            ME,
            P("Alicia Grant", "alicia.grant@cielotalent.com"),
            P("Dr. Helen Park", "helen.park@orbishealth.org"),
        ],
        "description": (
            "Dear Alex,\n\nI am the recruiter supporting Orbis Health with this search. Your "
            "interview for the Clinical Data Manager position is with Dr. Helen Park, Director "
            "of Clinical Operations.\n\nKind regards,\nAlicia Grant\nRecruitment Partner, Cielo "
            "(on behalf of Orbis Health)" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Helen Park",
                    "helen.park@orbishealth.org",
                    "Director of Clinical Operations",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Alicia Grant", "alicia.grant@cielotalent.com"),
            "company": "Orbis Health",
            "position": "Clinical Data Manager",
        },
    },
    {
        "id": "f3-hm-only-in-prose",
        "format": "google",
        "style": "human",
        "title": "Interview - Customer Success Manager",
        "start": "2027-06-08T11:00",
        "minutes": 45,
        "organizer": P("Jordan Ellis", "jordan.ellis@loomwell.com"),
        "attendees": [
            ME,
            P("Jordan Ellis", "jordan.ellis@loomwell.com"),
            P("Priya Raman", "priya.raman@loomwell.com"),
        ],
        "description": (
            "Hi Alex,\n\nThis is your second interview for the Customer Success Manager role at "
            "Loomwell. Priya Raman will run it; she leads the CS team and would be your manager "
            "if you join.\n\nJordan Ellis\nRecruiter, Loomwell" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Priya Raman", "priya.raman@loomwell.com", None, "decision_maker", True),
            ],
            "recruiter": ("Jordan Ellis", "jordan.ellis@loomwell.com"),
            "company": "Loomwell",
            "position": "Customer Success Manager",
        },
    },
    {
        "id": "f3-ats-surname-first-eu",
        "format": "ics",
        "style": "ats",
        "title": "Interview invitation - Position: Process Engineer (Ref. PE-0427)",
        "start": "2027-06-09T10:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Recruiting Team", "recruiting@kessler-werke.de"),
        "attendees": [
            ME,
            P("Dieter Hoffmann", "d.hoffmann@kessler-werke.de"),
            P("Claudia Becker", "c.becker@kessler-werke.de"),
        ],
        "description": (
            "Dear Mr. Morgan,\n\nWe are pleased to invite you to an interview.\n\n"
            "Company: Kessler Werke AG\nPosition: Process Engineer (Ref. PE-0427)\n"
            "Date: 09.06.2027, 10:00 CEST\n\nInterview partners:\n"
            "HOFFMANN, Dieter - Head of Production\nBECKER, Claudia - HR Business Partner\n\n"
            "Your contact person: Ms. Claudia Becker\n\nKind regards\nYour Kessler Werke "
            "Recruiting Team"
        ),
        "location": "Kessler Werke AG, Industriestr. 5, Stuttgart",
        "expect": {
            "interviewers": [
                (
                    "Dieter Hoffmann",
                    "d.hoffmann@kessler-werke.de",
                    "Head of Production",
                    "decision_maker",
                ),
                ("Claudia Becker", "c.becker@kessler-werke.de", "HR Business Partner", "recruiter"),
            ],
            "recruiter": ("Claudia Becker", "c.becker@kessler-werke.de"),
            "company": "Kessler Werke",
            "position": "Process Engineer",
        },
    },
    {
        "id": "f3-teams-bold-labels",
        "format": "graph",
        "style": "human",
        "title": "Alex Morgan <> Northbeam: Product Designer interview",
        "start": "2027-06-10T16:00",
        "minutes": 60,
        "organizer": P("Hana Sato", "hana.sato@northbeam.ai"),
        "attendees": [ME, P("Hana Sato", "hana.sato@northbeam.ai")],
        "description": (
            "<html><body><p>Hi Alex,</p><p><b>Role:</b> Senior Product Designer<br>"
            "<b>Interviewer:</b> Hana Sato, Design Lead (hiring manager)<br>"
            "<b>Format:</b> portfolio review, 60 min</p><p>See you then!</p><p>Hana</p>"
            "</body></html>" + TEAMS.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                ("Hana Sato", "hana.sato@northbeam.ai", "Design Lead", "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Northbeam",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "f3-numeral-company-panel",
        "format": "google",
        "style": "gem",
        "title": "42 Labs - Panel interview - Backend Engineer (Payments)",
        "start": "2027-06-11T13:00",
        "minutes": 90,
        "organizer": P("Bea Novak", "bea@42labs.io"),
        "attendees": [
            ME,
            P("Rafael Costa", "rafael@42labs.io"),
            P("Ines Ahmed", "ines@42labs.io"),
        ],
        "description": (
            "Hi Alex,\n\nYour panel for Backend Engineer (Payments):\n"
            "- Rafael Costa, Staff Engineer\n- Ines Ahmed, Engineering Manager (your future manager)\n\n"
            "Bea Novak\nTalent @ 42 Labs" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Rafael Costa", "rafael@42labs.io", "Staff Engineer", "peer"),
                ("Ines Ahmed", "ines@42labs.io", "Engineering Manager", "decision_maker", True),
            ],
            "recruiter": ("Bea Novak", "bea@42labs.io"),
            "company": "42 Labs",
            "position": "Backend Engineer (Payments)",
        },
    },
    {
        "id": "f3-rescheduled-google",
        "format": "google",
        "style": "lever",
        "title": "Rescheduled: Technical Interview with Wen Zhou - Mobile Engineer, iOS",
        "start": "2027-06-14T14:00",
        "minutes": 60,
        "organizer": P("Carla Mendes", "carla.mendes@pebblepost.com"),
        "attendees": [
            ME,
            P("Wen Zhou", "wen.zhou@pebblepost.com"),
        ],
        "description": (
            "Hi Alex, as discussed we moved your technical interview to Monday. Wen Zhou "
            "(Senior iOS Engineer) will pair with you on a small exercise.\n\nCarla Mendes | "
            "Recruiting | PebblePost" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Wen Zhou", "wen.zhou@pebblepost.com", "Senior iOS Engineer", "peer"),
            ],
            "recruiter": ("Carla Mendes", "carla.mendes@pebblepost.com"),
            "company": "PebblePost",
            "position": "Mobile Engineer, iOS",
        },
    },
    {
        "id": "f3-noreply-scheduler-ashby",
        "format": "ics",
        "style": "ashby",
        "title": "Recruiter Screen: Alex Morgan for Data Scientist at The Good Food Collective",
        "start": "2027-06-15T12:00",
        "minutes": 30,
        "organizer": P("Ashby", "no-reply@ashbyhq.com"),
        "attendees": [ME, P("Marisol Vega", "marisol.vega@goodfoodcollective.com")],
        "description": (
            "Interviewers:\nMarisol Vega (Senior Technical Recruiter)\n\n"
            "This event was scheduled via Ashby on behalf of The Good Food Collective." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Marisol Vega",
                    "marisol.vega@goodfoodcollective.com",
                    "Senior Technical Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Marisol Vega", "marisol.vega@goodfoodcollective.com"),
            "company": "The Good Food Collective",
            "position": "Data Scientist",
        },
    },
    {
        "id": "f3-hm-leads-team-sentence",
        "format": "graph",
        "style": "human",
        "title": "Interview: Marcus Reid / Alex Morgan",
        "start": "2027-06-16T10:00",
        "minutes": 45,
        "organizer": P("Tessa Grant", "tessa.grant@verdantenergy.com"),
        "attendees": [
            ME,
            P("Marcus Reid", "marcus.reid@verdantenergy.com"),
        ],
        "description": (
            "Hi Alex,\n\nFollowing your call with me, the next step for the Grid Analytics Lead "
            "role at Verdant Energy is 45 minutes with Marcus Reid. Marcus leads the team you'd "
            "join, so expect questions on how you'd shape the roadmap.\n\nBest,\nTessa Grant\n"
            "Talent Acquisition, Verdant Energy" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Marcus Reid", "marcus.reid@verdantenergy.com", None, "decision_maker", True),
            ],
            "recruiter": ("Tessa Grant", "tessa.grant@verdantenergy.com"),
            "company": "Verdant Energy",
            "position": "Grid Analytics Lead",
        },
    },
    {
        "id": "f3-case-presentation",
        "format": "ics",
        "style": "human",
        "title": "Case Presentation - Strategy Associate - Ashford & Kline",
        "start": "2027-06-17T09:00",
        "minutes": 75,
        "organizer": P("Rupert Hale", "rhale@ashfordkline.com"),
        "attendees": [
            ME,
            P("Rupert Hale", "rhale@ashfordkline.com"),
            P("Diane Osei", "dosei@ashfordkline.com"),
            P("Victor Lam", "vlam@ashfordkline.com"),
        ],
        "description": (
            "Alex,\n\nYou will present your case to a panel of Diane Osei (Partner) and Victor "
            "Lam (Engagement Manager), 30 minutes plus Q&A.\n\nRupert Hale\nRecruiting Manager, "
            "Ashford & Kline"
        ),
        "expect": {
            "interviewers": [
                ("Diane Osei", "dosei@ashfordkline.com", "Partner", "executive"),
                ("Victor Lam", "vlam@ashfordkline.com", "Engagement Manager", "decision_maker"),
            ],
            "recruiter": ("Rupert Hale", "rhale@ashfordkline.com"),
            "company": "Ashford & Kline",
            "position": "Strategy Associate",
        },
    },
    {
        "id": "f3-html-list-mailto-titles",
        "format": "google",
        "style": "goodtime",
        "title": "Virtual Onsite - Alex Morgan - Site Reliability Engineer",
        "start": "2027-06-18T12:00",
        "minutes": 150,
        "organizer": P("Ola Nordmann", "ola.nordmann@cobaltcloud.io"),
        "attendees": [
            ME,
            P("Arjun Mehta", "arjun.mehta@cobaltcloud.io"),
            P("Chloe Martin", "chloe.martin@cobaltcloud.io"),
            P("Samir Haddad", "samir.haddad@cobaltcloud.io"),
        ],
        "description": (
            "<b>Your interviewers</b><br>"
            '12:00 PM – <a href="mailto:arjun.mehta@cobaltcloud.io">Arjun Mehta</a> · SRE II<br>'
            '12:50 PM – <a href="mailto:chloe.martin@cobaltcloud.io">Chloe Martin</a> · Staff SRE<br>'
            '1:40 PM – <a href="mailto:samir.haddad@cobaltcloud.io">Samir Haddad</a> · Director of Infrastructure<br>'
            "<br>Questions? Contact Ola Nordmann, Recruiting Coordinator at Cobalt Cloud."
        ),
        "expect": {
            "interviewers": [
                ("Arjun Mehta", "arjun.mehta@cobaltcloud.io", "SRE II", "peer"),
                ("Chloe Martin", "chloe.martin@cobaltcloud.io", "Staff SRE", "peer"),
                (
                    "Samir Haddad",
                    "samir.haddad@cobaltcloud.io",
                    "Director of Infrastructure",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Ola Nordmann", "ola.nordmann@cobaltcloud.io"),
            "company": "Cobalt Cloud",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "f3-agency-prep-call-plus-client",
        "format": "google",
        "style": "agency",
        "title": "Interview with Nordvik Energy (via Harbor Talent) - Senior Buyer",
        "start": "2027-06-21T10:00",
        "minutes": 60,
        "organizer": P("Gemma Price", "gemma.price@harbortalent.co.uk"),
        "attendees": [
            ME,
            P("Gemma Price", "gemma.price@harbortalent.co.uk"),
            P("Erik Nilsen", "erik.nilsen@nordvikenergy.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat news - Nordvik Energy would like to meet you for the Senior Buyer "
            "role. You'll meet Erik Nilsen, Procurement Manager (the hiring manager). I've added "
            "myself to the invite for the first five minutes to make introductions.\n\nGemma "
            "Price\nPrincipal Consultant, Harbor Talent" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Erik Nilsen",
                    "erik.nilsen@nordvikenergy.com",
                    "Procurement Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Gemma Price", "gemma.price@harbortalent.co.uk"),
            "company": "Nordvik Energy",
            "position": "Senior Buyer",
        },
    },
    {
        "id": "f3-workday-two-column-html",
        "format": "graph",
        "style": "workday",
        "title": "Interview Scheduled: R-20931 Payroll Specialist",
        "start": "2027-06-22T09:30",
        "minutes": 60,
        "organizer": P("Workday", "workday@myworkday.com"),
        "attendees": [
            ME,
            P("Patricia O'Neill", "patricia.oneill@stjudeshealth.org"),
            P("Kwame Mensah", "kwame.mensah@stjudeshealth.org"),
        ],
        "description": (
            "<html><body><p>St. Jude's Health System</p><table>"
            "<tr><td>Candidate</td><td>Alex Morgan</td></tr>"
            "<tr><td>Job Requisition</td><td>R-20931 Payroll Specialist</td></tr>"
            "<tr><td>Interviewers</td><td>Patricia O'Neill (Payroll Manager); Kwame Mensah "
            "(Senior Payroll Specialist)</td></tr>"
            "<tr><td>Recruiter</td><td>Denise Fox</td></tr></table></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Patricia O'Neill",
                    "patricia.oneill@stjudeshealth.org",
                    "Payroll Manager",
                    "decision_maker",
                ),
                (
                    "Kwame Mensah",
                    "kwame.mensah@stjudeshealth.org",
                    "Senior Payroll Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Denise Fox", None),
            "company": "St. Jude's Health System",
            "position": "Payroll Specialist",
        },
    },
    {
        "id": "f3-founder-gmail-ampersand",
        "format": "google",
        "style": "human",
        "title": "Alex + Theo (Stone & Sparrow) - intro",
        "start": "2027-06-23T17:00",
        "minutes": 30,
        "organizer": P("Theo Marsh", "theo.marsh@gmail.com"),
        "attendees": [ME, P("Theo Marsh", "theo.marsh@gmail.com")],
        "description": (
            "Hey Alex - excited to chat about the founding engineer role at Stone & Sparrow. "
            "Treat it as an informal first interview; I'm co-founder and CTO.\n\nTheo" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Theo Marsh",
                    "theo.marsh@gmail.com",
                    "co-founder and CTO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Stone & Sparrow",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "f3-teams-interviewers-semicolon-emails",
        "format": "graph",
        "style": "smartrecruiters",
        "title": "2nd Interview | Logistics Coordinator | Blue Harbor Freight Ltd.",
        "start": "2027-06-24T14:00",
        "minutes": 60,
        "organizer": P("Harriet Quinn", "harriet.quinn@blueharborfreight.co.uk"),
        "attendees": [
            ME,
            P("Neil Dawson", "neil.dawson@blueharborfreight.co.uk"),
            P("Aoife Byrne", "aoife.byrne@blueharborfreight.co.uk"),
        ],
        "description": (
            "Hello Alex,\n\nPlease join us for your second interview.\n\n"
            "Interviewers: Neil Dawson, Operations Manager <neil.dawson@blueharborfreight.co.uk>; "
            "Aoife Byrne, Team Leader <aoife.byrne@blueharborfreight.co.uk>\n\n"
            "Regards,\nHarriet Quinn\nHR Advisor, Blue Harbor Freight Ltd." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Neil Dawson",
                    "neil.dawson@blueharborfreight.co.uk",
                    "Operations Manager",
                    "decision_maker",
                ),
                (
                    "Aoife Byrne",
                    "aoife.byrne@blueharborfreight.co.uk",
                    "Team Leader",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Harriet Quinn", "harriet.quinn@blueharborfreight.co.uk"),
            "company": "Blue Harbor Freight",
            "position": "Logistics Coordinator",
        },
    },
    {
        "id": "f3-hm-own-invite-title-in-signature",
        "format": "ics",
        "style": "human",
        "title": "Interview: Alex Morgan (Senior Accountant)",
        "start": "2027-06-25T11:00",
        "minutes": 45,
        "organizer": P("Beatriz Álvarez", "beatriz.alvarez@marlowe-co.com"),
        "attendees": [ME, P("Beatriz Álvarez", "beatriz.alvarez@marlowe-co.com")],
        "description": (
            "Alex - looking forward to it. I run the accounting team and this hire reports to "
            "me.\n\nBeatriz Álvarez\nController | Marlowe & Co." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatriz Álvarez",
                    "beatriz.alvarez@marlowe-co.com",
                    "Controller",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Marlowe & Co.",
            "position": "Senior Accountant",
        },
    },
    # Near-misses: they mention interviewing but are not the user's job interview.
    {
        "id": "f3-not-alumni-admissions",
        "format": "google",
        "style": "human",
        "title": "Alumni admissions interview - applicant Sofia R.",
        "start": "2027-06-26T10:00",
        "minutes": 45,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Sofia Reyes", "sofia.reyes2009@gmail.com")],
        "description": (
            "University alumni interview (I'm the interviewer). Submit the report in the alumni "
            "portal within 48h. Coffee at Blue Bottle."
        ),
    },
    {
        "id": "f3-not-rental-interview",
        "format": "ics",
        "style": "human",
        "title": "Co-op board interview - 4B apartment",
        "start": "2027-06-27T18:30",
        "minutes": 60,
        "organizer": P("Lena Fischer", "lena.fischer@harborviewcoop.org"),
        "attendees": [ME, P("Lena Fischer", "lena.fischer@harborviewcoop.org")],
        "description": (
            "Dear Alex,\n\nThe board would like to interview you about your purchase application "
            "for unit 4B. Please bring your financial statements.\n\nLena Fischer\nBoard "
            "Secretary, Harborview Cooperative"
        ),
    },
    {
        "id": "f3-not-book-club",
        "format": "google",
        "style": "human",
        "title": "Book club: 'The Interview' (ch. 1-8)",
        "start": "2027-06-28T19:00",
        "minutes": 90,
        "organizer": P("Maya Cohen", "maya.cohen@gmail.com"),
        "attendees": [
            ME,
            P("Maya Cohen", "maya.cohen@gmail.com"),
            P("Ben Ortiz", "ben.ortiz@gmail.com"),
        ],
        "description": "Bring snacks! Discussion questions about the interview scenes attached.",
    },
    {
        "id": "f3-not-scholarship-panel",
        "format": "graph",
        "style": "human",
        "title": "Scholarship interview panel - reviewers' session",
        "start": "2027-06-29T13:00",
        "minutes": 180,
        "organizer": P("Ruth Adeyemi", "ruth.adeyemi@brightfuturesfund.org"),
        "attendees": [
            ME,
            P("Ruth Adeyemi", "ruth.adeyemi@brightfuturesfund.org"),
            P("Omar Farouk", "omar.farouk@brightfuturesfund.org"),
        ],
        "description": (
            "Thank you for volunteering as a panelist! You will interview six scholarship "
            "finalists with Omar Farouk (Programme Director). Scoring rubric attached." + TEAMS
        ),
    },
    {
        "id": "f3-not-hm-intake",
        "format": "graph",
        "style": "human",
        "title": "Intake: Senior Data Engineer req - interview plan",
        "start": "2027-06-30T10:00",
        "minutes": 30,
        "organizer": P("Kim Nguyen", "kim.nguyen@initech.com"),
        "attendees": [ME_WORK, P("Kim Nguyen", "kim.nguyen@initech.com")],
        "description": (
            "Hi Alex, as hiring manager for the new Senior Data Engineer req, let's agree the "
            "interview loop, the scorecard and who sits on the panel.\n\nKim Nguyen\nTechnical "
            "Recruiter, Initech" + TEAMS
        ),
    },
    {
        "id": "f3-not-family-history",
        "format": "ics",
        "style": "human",
        "title": "Interview Grandma Rose for family history project",
        "start": "2027-07-01T15:00",
        "minutes": 120,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Rose Morgan", "rose.morgan1941@aol.com")],
        "description": "Record on phone. Questions: childhood, moving to Ohio, how she met Grandpa.",
    },
    {
        "id": "f3-not-citizenship",
        "format": "google",
        "style": "human",
        "title": "USCIS naturalization interview",
        "start": "2027-07-02T08:00",
        "minutes": 120,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": (
            "Bring green card, passport, appointment notice. Federal Building, 26 Federal Plaza, "
            "Room 3-120. Study civics questions."
        ),
        "location": "26 Federal Plaza, New York",
    },
    {
        "id": "f3-not-interviewing-skills-workshop-hr",
        "format": "ics",
        "style": "human",
        "title": "Structured interviewing for hiring managers (HR training)",
        "start": "2027-07-06T14:00",
        "minutes": 90,
        "organizer": P("People Team", "people@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Mandatory for anyone on an interview panel this quarter: question banks, bias, "
            "writing feedback. Facilitated by Grace Obi, L&D Partner."
        ),
    },
]
