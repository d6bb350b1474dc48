# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Corpus, part J (tuning; probe 2 of the ninth round, issue 16): fifteen invites in styles that
neither part I nor the fixes of the ninth round looked at, written after those fixes and measured
once before any change, so that their first figure is an unseen one. An Outlook HTML table with
Time / Interviewer / Role / Focus columns, a hiring manager's pipe signature with pronouns, a Zoom
scheduler invite with "Topic:" and "Host:", a hospital panel with a religious sister's title, a
recruiter and a separate scheduling coordinator, emoji headings with "•" bullets, a two-day
consulting case loop with day headers, a founder writing from a personal address, lower-case
names and titles from a tool, a Workday export with labels on their own lines; near-misses: the
user interviewing an outside candidate, a student asking the user for career advice, a
conference panel on hiring, a new hire's benefits call.

Conventions as in fresh-6 and part I. expect.interviewers: (name, email, title, role,
hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "j-outlook-html-table-role-columns",
        "format": "graph",
        "style": "human",
        "title": "Interview Schedule – Alex Morgan – Senior Data Engineer",
        "start": "2028-02-01T09:00",
        "minutes": 150,
        "tz": "Europe/London",
        "organizer": P("Harriet Osei", "harriet.osei@tessellate.co.uk"),
        "attendees": [
            ME,
            P("Ben Ashworth", "ben.ashworth@tessellate.co.uk"),
            P("Priyanka Iyer", "priyanka.iyer@tessellate.co.uk"),
            P("Tom Reilly", "tom.reilly@tessellate.co.uk"),
        ],
        "description": (
            "<html><body><p>Hi Alex,</p><p>Please see your schedule below.</p>"
            "<table><tr><th>Time</th><th>Interviewer</th><th>Role</th><th>Focus</th></tr>"
            "<tr><td>09:00</td><td>Ben Ashworth</td><td>Data Engineering Manager</td><td>Experience</td></tr>"
            "<tr><td>09:50</td><td>Priyanka Iyer</td><td>Staff Data Engineer</td><td>System design</td></tr>"
            "<tr><td>10:40</td><td>Tom Reilly</td><td>Analytics Engineer</td><td>SQL</td></tr>"
            "</table><p>Best wishes,<br>Harriet Osei<br>Talent Partner | Tessellate</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Ben Ashworth",
                    "ben.ashworth@tessellate.co.uk",
                    "Data Engineering Manager",
                    "decision_maker",
                ),
                ("Priyanka Iyer", "priyanka.iyer@tessellate.co.uk", "Staff Data Engineer", "peer"),
                ("Tom Reilly", "tom.reilly@tessellate.co.uk", "Analytics Engineer", "peer"),
            ],
            "recruiter": ("Harriet Osei", "harriet.osei@tessellate.co.uk"),
            "company": "Tessellate",
            "position": "Senior Data Engineer",
        },
    },
    {
        "id": "j-hm-pipe-signature-pronouns",
        "format": "google",
        "style": "human",
        "title": "Nikhil / Alex — Senior Data Scientist",
        "start": "2028-02-02T15:00",
        "minutes": 45,
        "organizer": P("Nikhil Rao", "nikhil@cobaltline.com"),
        "attendees": [ME, P("Nikhil Rao", "nikhil@cobaltline.com")],
        "description": (
            "Hi Alex, thanks for making time. I'll walk you through what the team works on and "
            "we'll dig into one of your past projects.\n\nNikhil Rao (he/him) | Head of Data "
            "Science | Cobaltline" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Nikhil Rao", "nikhil@cobaltline.com", "Head of Data Science", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Cobaltline",
            "position": "Senior Data Scientist",
        },
    },
    {
        "id": "j-zoom-scheduler-topic-host",
        "format": "ics",
        "style": "zoom",
        "prodid": "-//zoom.us//iCalendar Event//EN",
        "title": "Interview - Alex Morgan - Backend Engineer",
        "start": "2028-02-03T11:00",
        "minutes": 60,
        "organizer": P("Selin Aydın", "selin.aydin@orbitfield.io"),
        "attendees": [ME, P("Selin Aydın", "selin.aydin@orbitfield.io")],
        "description": (
            "Selin Aydın is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview - Alex "
            "Morgan - Backend Engineer\nHost: Selin Aydın (Engineering Manager, Orbitfield)\n"
            "Time: Feb 3, 2028 11:00 AM Eastern Time (US and Canada)" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Selin Aydın",
                    "selin.aydin@orbitfield.io",
                    "Engineering Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Orbitfield",
            "position": "Backend Engineer",
        },
    },
    {
        "id": "j-hospital-panel-sister-title",
        "format": "graph",
        "style": "human",
        "title": "Interview for Staff Nurse – ICU",
        "start": "2028-02-04T10:00",
        "minutes": 45,
        "tz": "Europe/Dublin",
        "organizer": P("HR Department", "hr@stcolumbas.ie"),
        "attendees": [
            ME,
            P("Mary O'Neill", "mary.oneill@stcolumbas.ie"),
            P("Aidan Burke", "aidan.burke@stcolumbas.ie"),
        ],
        "description": (
            "Dear Alex,\n\nWe are pleased to invite you to interview for the position of Staff "
            "Nurse – ICU at St. Columba's Hospital.\n\nPanel: Sr. Mary O'Neill (Director of "
            "Nursing), Aidan Burke (Clinical Nurse Manager)\n\nPlease bring your NMBI registration."
            "\n\nHR Department\nSt. Columba's Hospital" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Mary O'Neill",
                    "mary.oneill@stcolumbas.ie",
                    "Director of Nursing",
                    "decision_maker",
                ),
                (
                    "Aidan Burke",
                    "aidan.burke@stcolumbas.ie",
                    "Clinical Nurse Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "hr@stcolumbas.ie"),
            "company": "St. Columba's Hospital",
            "position": "Staff Nurse – ICU",
        },
    },
    {
        "id": "j-recruiter-and-separate-coordinator",
        "format": "google",
        "style": "greenhouse",
        "title": "Interview: Alex Morgan for Product Marketing Manager",
        "start": "2028-02-07T13:00",
        "minutes": 60,
        "organizer": P("Rowan Pike", "rowan.pike@gladeworks.com"),
        "attendees": [
            ME,
            P("Esme Laurent", "esme.laurent@gladeworks.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll meet Esme Laurent, Director of Product Marketing.\n\nYour "
            "recruiter is Dana Whitcombe (dana.whitcombe@gladeworks.com). Scheduling is handled "
            "by me, Rowan Pike, Recruiting Coordinator.\n\nThanks,\nRowan" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Esme Laurent",
                    "esme.laurent@gladeworks.com",
                    "Director of Product Marketing",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Dana Whitcombe", "dana.whitcombe@gladeworks.com"),
            "company": "Gladeworks",
            "position": "Product Marketing Manager",
        },
    },
    {
        "id": "j-emoji-headings-bullets",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan // Fernway – Technical Interview",
        "start": "2028-02-08T10:00",
        "minutes": 90,
        "organizer": P("Hanna Berg", "hanna@fernway.io"),
        "attendees": [
            ME,
            P("Jonas Weber", "jonas@fernway.io"),
            P("Amaka Obi", "amaka@fernway.io"),
        ],
        "description": (
            "👋 Hi Alex!\n\n🗓 Who you'll meet\n• Jonas Weber — Staff Engineer\n• Amaka Obi — "
            "Engineering Manager (your future manager)\n\n💬 Questions? Ping Hanna Berg, your "
            "recruiter, at hanna@fernway.io." + MEET
        ),
        "expect": {
            "interviewers": [
                ("Jonas Weber", "jonas@fernway.io", "Staff Engineer", "peer"),
                ("Amaka Obi", "amaka@fernway.io", "Engineering Manager", "decision_maker", True),
            ],
            "recruiter": ("Hanna Berg", "hanna@fernway.io"),
            "company": "Fernway",
            "position": None,
        },
    },
    {
        "id": "j-consulting-two-day-case-loop",
        "format": "ics",
        "style": "human",
        "title": "Final Round – Associate – Halden & Pryce",
        "start": "2028-02-09T10:00",
        "minutes": 120,
        "organizer": P("Graduate Recruiting", "recruiting@haldenpryce.com"),
        "attendees": [
            ME,
            P("Viktor Holm", "viktor.holm@haldenpryce.com"),
            P("Lucy Tran", "lucy.tran@haldenpryce.com"),
            P("Omar Said", "omar.said@haldenpryce.com"),
        ],
        "description": (
            "Dear Alex,\n\nYour final round for the Associate position:\n\nDay 1 – Wednesday 9 "
            "February\n10:00–11:00 Case interview – Viktor Holm, Partner\n11:00–12:00 Fit "
            "interview – Lucy Tran, Engagement Manager\n\nDay 2 – Thursday 10 February\n"
            "10:00–11:00 Written case debrief – Omar Said, Principal\n\nKind regards,\nGraduate "
            "Recruiting, Halden & Pryce"
        ),
        "expect": {
            "interviewers": [
                ("Viktor Holm", "viktor.holm@haldenpryce.com", "Partner", "executive"),
                ("Lucy Tran", "lucy.tran@haldenpryce.com", "Engagement Manager", "decision_maker"),
                ("Omar Said", "omar.said@haldenpryce.com", "Principal", "peer"),
            ],
            "recruiter": (None, "recruiting@haldenpryce.com"),
            "company": "Halden & Pryce",
            "position": "Associate",
        },
    },
    {
        "id": "j-founder-personal-address-dash-signature",
        "format": "google",
        "style": "human",
        "title": "Founding Designer chat – Alex & Theo (Pollen)",
        "start": "2028-02-10T16:00",
        "minutes": 30,
        "organizer": P("Theo Grant", "theo.grant.pollen@gmail.com"),
        "attendees": [ME, P("Theo Grant", "theo.grant.pollen@gmail.com")],
        "description": (
            "Hey Alex! Excited to chat. We're three people so far and I'd love for design to "
            "have a seat at the table from day one.\n\n— Theo Grant, founder, Pollen" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Theo Grant", "theo.grant.pollen@gmail.com", "founder", "executive"),
            ],
            "recruiter": None,
            "company": "Pollen",
            "position": "Founding Designer",
        },
    },
    {
        "id": "j-tool-lowercase-names-titles",
        "format": "ics",
        "style": "tool",
        "prodid": "-//Hirebase//Scheduler 3.2//EN",
        "title": "Interview: Alex Morgan / Product Manager, Payments",
        "start": "2028-02-11T14:00",
        "minutes": 60,
        "organizer": P("Hirebase Scheduler", "noreply@hirebase.io"),
        "attendees": [
            ME,
            P("maria lopez", "maria.lopez@quillpay.com"),
            P("sam oduya", "sam.oduya@quillpay.com"),
        ],
        "description": (
            "Company: Quillpay\nRole: Product Manager, Payments\nInterviewers: maria lopez "
            "(group product manager), sam oduya (senior product manager)\nContact: "
            "talent@quillpay.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "maria lopez",
                    "maria.lopez@quillpay.com",
                    "group product manager",
                    "decision_maker",
                ),
                ("sam oduya", "sam.oduya@quillpay.com", "senior product manager", "peer"),
            ],
            "recruiter": (None, "talent@quillpay.com"),
            "company": "Quillpay",
            "position": "Product Manager, Payments",
        },
    },
    {
        "id": "j-workday-labels-on-own-lines",
        "format": "graph",
        "style": "workday",
        "title": "Interview Scheduled – Maintenance Planner",
        "start": "2028-02-14T09:00",
        "minutes": 60,
        "organizer": P("Ridgeway Utilities Recruiting", "recruiting@ridgewayutilities.com"),
        "attendees": [
            ME,
            P("Dana Whitt", "dana.whitt@ridgewayutilities.com"),
            P("Oscar Pine", "oscar.pine@ridgewayutilities.com"),
        ],
        "description": (
            "Job Requisition\nR-55012 Maintenance Planner\n\nHiring Manager\nDana Whitt\n\n"
            "Interviewers\nDana Whitt\nOscar Pine\n\nRecruiter\nGemma Lyle\n\n"
            "This message was sent from Workday."
        ),
        "html": False,
        "expect": {
            "interviewers": [
                ("Dana Whitt", "dana.whitt@ridgewayutilities.com", None, "decision_maker", True),
                ("Oscar Pine", "oscar.pine@ridgewayutilities.com", None, "unknown"),
            ],
            "recruiter": ("Gemma Lyle", None),
            "company": "Ridgeway Utilities",
            "position": "Maintenance Planner",
        },
    },
    {
        "id": "j-agency-recruiter-joins-client-panel",
        "format": "graph",
        "style": "human",
        "title": "Client interview – Harbourline Insurance – Claims Data Analyst",
        "start": "2028-02-15T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Fiona Carr", "fiona.carr@peakpeople.co.uk"),
        "attendees": [
            ME,
            P("Fiona Carr", "fiona.carr@peakpeople.co.uk"),
            P("Gareth Lowe", "gareth.lowe@harbourline.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, here's your interview with my client Harbourline Insurance "
            "for the Claims Data Analyst role. You'll meet Gareth Lowe, Head of Claims Analytics, "
            "who is the hiring manager.\n\nFiona Carr\nSenior Recruitment Consultant, Peak People"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Gareth Lowe",
                    "gareth.lowe@harbourline.co.uk",
                    "Head of Claims Analytics",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Fiona Carr", "fiona.carr@peakpeople.co.uk"),
            "company": "Harbourline Insurance",
            "position": "Claims Data Analyst",
        },
    },
    # --- near-misses ---------------------------------------------------------------------
    {
        "id": "j-not-user-interviews-outside-candidate",
        "format": "google",
        "style": "greenhouse",
        "title": "Interview: Jordan Lee (candidate) – Senior Backend Engineer",
        "start": "2028-02-03T15:00",
        "minutes": 60,
        "organizer": P("Mei Chen", "mei.chen@initech.com"),
        "attendees": [
            ME_WORK,
            P("Jordan Lee", "jordan.lee.dev@gmail.com"),
            P("Mei Chen", "mei.chen@initech.com"),
        ],
        "description": (
            "Interviewers: Alex Morgan (coding), Mei Chen (system design)\nPlease submit your "
            "scorecard in Greenhouse within 24 hours." + MEET
        ),
    },
    {
        "id": "j-not-student-career-advice-coffee",
        "format": "graph",
        "style": "human",
        "title": "Coffee with Priya (career advice)",
        "start": "2028-02-05T09:30",
        "minutes": 30,
        "organizer": P("Priya Natarajan", "priya.natarajan@students.lakemont.edu"),
        "attendees": [ME, P("Priya Natarajan", "priya.natarajan@students.lakemont.edu")],
        "description": (
            "Hi Alex! Thanks so much for agreeing to chat. I'm a junior studying CS and trying "
            "to figure out whether product roles are right for me - would love to pick your "
            "brain about how you got started.\n\nPriya"
        ),
    },
    {
        "id": "j-not-conference-panel-on-hiring",
        "format": "ics",
        "style": "human",
        "title": "Panel: How we hire engineers in 2028",
        "start": "2028-02-06T14:00",
        "minutes": 60,
        "organizer": P("DevDays Berlin", "speakers@devdays.berlin"),
        "attendees": [ME],
        "description": (
            "Thanks for joining our panel as a speaker! Moderator: Lena Vogt. Fellow panelists: "
            "Ravi Shah (VP Engineering, Nimbus) and Ada Okafor (Head of Talent, Quanta). "
            "Green room opens 30 minutes before."
        ),
    },
    {
        "id": "j-not-new-hire-benefits-call",
        "format": "google",
        "style": "human",
        "title": "Benefits enrollment – new hire",
        "start": "2028-02-20T10:00",
        "minutes": 30,
        "organizer": P("Gladeworks People Team", "people@gladeworks.com"),
        "attendees": [ME, P("Gladeworks People Team", "people@gladeworks.com")],
        "description": (
            "Welcome aboard, Alex! On this call we'll walk through medical, dental and 401(k) "
            "enrollment. Have your dependents' details handy." + MEET
        ),
    },
]
