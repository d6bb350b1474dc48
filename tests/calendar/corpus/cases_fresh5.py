# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Fresh held-out batch "fresh-5", written by someone who does not tune the parser, before any
run of the parser on it, standing in for invites written by others. New companies, people and
layouts: a Greenhouse itinerary as a pipe table, Greenhouse and Google HTML lists with mailto
links, Lever "Panelists:" with slashes, Ashby with initials as addresses and an HTML table in an
Outlook body, GoodTime with a shared coordinator mailbox and with both a recruiter and a
coordinator, ModernLoop pair blocks and one session of a loop, Gem first chats (one the recruiter
books for the hiring manager and does not attend), Calendly bookings with a nickname and with
invitee answers, Workday field lists (semicolons, bold HTML labels), iCIMS "on behalf of" a
subsidiary and a phone interview, SmartRecruiters bullets and a pipe "Hiring team"; humans:
"X, the hiring manager" on an address of initials, "our CEO, X", a hiring manager's own Teams
invite with the company only in the signature, founders' coffee and walk-and-talk, a get-to-know
from a nickname mailbox, a catch-up with a former boss now hiring, an investor's intro, agencies
on a client's behalf, names differing between attendees and description, requisition ids
written eight ways. Near-misses: interviewer training, a debrief, a calibration, a loop kickoff,
the user interviewing a candidate and a customer, a podcast, a radio segment, a mock interview, a
visa interview, a stay interview, a reference check, a meetup panel on interviewing, interview
slot holds, a mentoring coffee chat.

Labels are what a person reads in the invite, not what the parser returns. Conventions (the same
as the earlier sets): a person the invite calls the hiring manager is a decision_maker (hiring
manager mark set); a people-manager title (manager of a function, head of, director,
supervisor) is a decision_maker; CEO, founder, CTO, COO, VP are executives unless called the
hiring manager; a recruiter who runs the call is both an interviewer (role recruiter) and the
recruiter; the recruiter is the recruiter when one is named, else the coordinator; legal forms
(Inc., Co., Ltd, AB) are not part of the company; requisition ids are not part of the position.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools -------------------------------------------------------------------
    {
        "id": "f5-greenhouse-pipe-itinerary",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Confirmation: Alex Morgan for Backend Engineer, Billing at Sorrelwood",
        "start": "2027-09-07T09:30",
        "minutes": 135,
        "organizer": P("Imogen Vance", "imogen.vance@sorrelwood.com"),
        "attendees": [
            ME,
            P("Thandiwe Nkosi", "thandiwe.nkosi@sorrelwood.com"),
            P("Rafael Quintero", "rafael.quintero@sorrelwood.com"),
            P("Mei-Ling Zhou", "meiling.zhou@sorrelwood.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere is your itinerary for the Backend Engineer, Billing onsite at "
            "Sorrelwood (Job ID 4410982).\n\n"
            "Time | Session | Interviewer\n"
            "9:30 AM - 10:15 AM | Coding | Thandiwe Nkosi, Software Engineer II\n"
            "10:15 AM - 11:00 AM | Billing systems design | Rafael Quintero, Staff Engineer\n"
            "11:00 AM - 11:45 AM | Team fit | Mei-Ling Zhou, Engineering Manager (Hiring Manager)\n\n"
            "Your recruiter for this role is Ignacio Ferrer (ignacio.ferrer@sorrelwood.com).\n\n"
            "Best,\nImogen Vance\nCandidate Coordinator | Sorrelwood" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Thandiwe Nkosi", "thandiwe.nkosi@sorrelwood.com", "Software Engineer II", "peer"),
                ("Rafael Quintero", "rafael.quintero@sorrelwood.com", "Staff Engineer", "peer"),
                (
                    "Mei-Ling Zhou",
                    "meiling.zhou@sorrelwood.com",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ignacio Ferrer", "ignacio.ferrer@sorrelwood.com"),
            "company": "Sorrelwood",
            "position": "Backend Engineer, Billing",
        },
    },
    {
        "id": "f5-greenhouse-google-html-nickname",
        "format": "google",
        "style": "greenhouse",
        "title": "Interview with Marigold Ledger: Senior Accountant (R-2209)",
        "start": "2027-09-08T14:00",
        "minutes": 90,
        "organizer": P("Ottoline Reyes", "ottoline.reyes@marigoldledger.com"),
        "attendees": [
            ME,
            P("Ottoline Reyes", "ottoline.reyes@marigoldledger.com"),
            P("Bart Ige", "bart.ige@marigoldledger.com"),
            P("Hanne Sørlie", "hanne.sorlie@marigoldledger.com"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>We're looking forward to your interview for the <b>Senior "
            "Accountant</b> role (R-2209). You'll meet with:</p><ul>"
            "<li><b>Bartholomew Ige</b> &ndash; Accounting Manager</li>"
            "<li><b>Hanne Sørlie</b> &ndash; Senior Accountant</li></ul>"
            "<p>Ottoline Reyes<br>Recruiter, Marigold Ledger</p>" + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Bartholomew Ige",
                    "bart.ige@marigoldledger.com",
                    "Accounting Manager",
                    "decision_maker",
                ),
                ("Hanne Sørlie", "hanne.sorlie@marigoldledger.com", "Senior Accountant", "peer"),
            ],
            "recruiter": ("Ottoline Reyes", "ottoline.reyes@marigoldledger.com"),
            "company": "Marigold Ledger",
            "position": "Senior Accountant",
        },
    },
    {
        "id": "f5-lever-panelists-slashes",
        "format": "graph",
        "style": "lever",
        "title": "Alex Morgan - Panel Interview - Product Designer, Growth",
        "start": "2027-09-09T13:00",
        "minutes": 90,
        "organizer": P("Saskia Lindqvist", "saskia@fernbrook.health"),
        "attendees": [
            ME,
            P("Saskia Lindqvist", "saskia@fernbrook.health"),
            P("Kwame Asante", "kwame@fernbrook.health"),
            P("Delphine Moreau", "delphine@fernbrook.health"),
            P("Yusuf Demir", "yusuf@fernbrook.health"),
        ],
        "description": (
            "Hi Alex,\n\nThanks again for your time so far! Here's who you'll meet for the "
            "Product Designer, Growth panel:\n\n"
            "Panelists: Kwame Asante, Design Manager / Delphine Moreau, Senior Product Designer / "
            "Yusuf Demir, Product Manager\n\n"
            "Kwame is the hiring manager for this role.\n\nCheers,\nSaskia Lindqvist\n"
            "Talent Partner @ Fernbrook Health" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kwame Asante",
                    "kwame@fernbrook.health",
                    "Design Manager",
                    "decision_maker",
                    True,
                ),
                ("Delphine Moreau", "delphine@fernbrook.health", "Senior Product Designer", "peer"),
                ("Yusuf Demir", "yusuf@fernbrook.health", "Product Manager", "peer"),
            ],
            "recruiter": ("Saskia Lindqvist", "saskia@fernbrook.health"),
            "company": "Fernbrook Health",
            "position": "Product Designer, Growth",
        },
    },
    {
        "id": "f5-lever-recruiter-runs-intro",
        "format": "google",
        "style": "lever",
        "title": "Intro call - Alex Morgan <> Clementine (Tessaly)",
        "start": "2027-09-10T11:00",
        "minutes": 30,
        "organizer": P("Clementine Abara", "clementine.abara@tessaly.com"),
        "attendees": [ME, P("Clementine Abara", "clementine.abara@tessaly.com")],
        "description": (
            "Hey Alex,\n\nLooking forward to our chat about the Site Reliability Engineer role! "
            "I'll share more on the team and the interview process, and I'd love to hear what "
            "you're looking for.\n\nClementine Abara\nSenior Technical Recruiter | Tessaly\n"
            "clementine.abara@tessaly.com" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Clementine Abara",
                    "clementine.abara@tessaly.com",
                    "Senior Technical Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Clementine Abara", "clementine.abara@tessaly.com"),
            "company": "Tessaly",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "f5-ashby-initials-no-reply",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Interview: Machine Learning Engineer, Ranking - Alex Morgan",
        "start": "2027-09-13T10:00",
        "minutes": 90,
        "organizer": P("Corvane Recruiting", "no-reply@ashbyhq.com"),
        "attendees": [ME, P(None, "mk@corvane.ai"), P(None, "tjo@corvane.ai")],
        "description": (
            "Hi Alex,\n\nYour interview with Corvane is confirmed.\n\n"
            "Position: Machine Learning Engineer, Ranking\n\nInterviewers\n"
            "- Mireille Kouassi · Staff ML Engineer\n"
            "- Tomás J. Ortega · ML Engineering Manager (hiring manager)\n\n"
            "Questions? Your recruiter is Harriet Vo (harriet@corvane.ai).\n\nSent with Ashby"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Mireille Kouassi", "mk@corvane.ai", "Staff ML Engineer", "peer"),
                (
                    "Tomás J. Ortega",
                    "tjo@corvane.ai",
                    "ML Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Harriet Vo", "harriet@corvane.ai"),
            "company": "Corvane",
            "position": "Machine Learning Engineer, Ranking",
        },
    },
    {
        "id": "f5-ashby-outlook-html-table",
        "format": "graph",
        "style": "ashby",
        "title": "Alex Morgan // Final Round // Quorvia",
        "start": "2027-09-14T13:00",
        "minutes": 135,
        "organizer": P("Quorvia Talent", "talent@quorvia.com"),
        "attendees": [
            ME,
            P("Benedetta Rossi", "brossi@quorvia.com"),
            P("Aarav Mehta", "amehta@quorvia.com"),
            P("Grace Oyelowo", "goyelowo@quorvia.com"),
        ],
        "description": (
            "<html><body><p>Hi Alex,</p><p>Here is your final round schedule for the "
            "<strong>Head of Customer Success</strong> position.</p>"
            '<table border="1" cellpadding="4"><tr><th>Time</th><th>Interview</th><th>With</th></tr>'
            "<tr><td>1:00 PM</td><td>Leadership</td><td>Benedetta Rossi (Chief Operating Officer)</td></tr>"
            "<tr><td>1:45 PM</td><td>Case study</td><td>Aarav Mehta (Director, Customer Success)</td></tr>"
            "<tr><td>2:30 PM</td><td>Cross-functional</td><td>Grace Oyelowo (Senior Account Executive)</td></tr>"
            "</table><p>Your point of contact: Linnea Sandberg, Recruiting Coordinator "
            "(talent@quorvia.com)</p><p>Powered by Ashby</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                ("Benedetta Rossi", "brossi@quorvia.com", "Chief Operating Officer", "executive"),
                (
                    "Aarav Mehta",
                    "amehta@quorvia.com",
                    "Director, Customer Success",
                    "decision_maker",
                ),
                ("Grace Oyelowo", "goyelowo@quorvia.com", "Senior Account Executive", "peer"),
            ],
            "recruiter": ("Linnea Sandberg", "talent@quorvia.com"),
            "company": "Quorvia",
            "position": "Head of Customer Success",
        },
    },
    {
        "id": "f5-goodtime-coordinator-mailbox",
        "format": "google",
        "style": "goodtime",
        "title": "Onsite Interview | Alex Morgan | Supply Planner",
        "start": "2027-09-15T10:00",
        "minutes": 90,
        "organizer": P("Halloran Foods Interviews", "interviews@halloranfoods.com"),
        "attendees": [
            ME,
            P("Agnieszka Wrona", "agnieszka.wrona@halloranfoods.com"),
            P("Terrence Boyd", "terrence.boyd@halloranfoods.com"),
        ],
        "description": (
            "Hello Alex,\n\nYour onsite interview for Supply Planner at Halloran Foods is "
            "confirmed.\n\nInterview Schedule\n"
            "10:00 AM – 10:45 AM: Agnieszka Wrona — Supply Chain Manager\n"
            "10:45 AM – 11:30 AM: Terrence Boyd — Demand Planner\n\n"
            "Coordinator: Fiona Gallagher (interviews@halloranfoods.com)\n\n"
            "Please bring a photo ID to reception.\n\nScheduled via GoodTime"
        ),
        "location": "Halloran Foods HQ, 5 Quarry Lane, Columbus, OH",
        "expect": {
            "interviewers": [
                (
                    "Agnieszka Wrona",
                    "agnieszka.wrona@halloranfoods.com",
                    "Supply Chain Manager",
                    "decision_maker",
                ),
                ("Terrence Boyd", "terrence.boyd@halloranfoods.com", "Demand Planner", "peer"),
            ],
            "recruiter": ("Fiona Gallagher", "interviews@halloranfoods.com"),
            "company": "Halloran Foods",
            "position": "Supply Planner",
        },
    },
    {
        "id": "f5-goodtime-recruiter-and-coordinator",
        "format": "ics",
        "style": "goodtime",
        "prodid": "-//GoodTime//Interview Scheduler//EN",
        "title": "Interview: Alex Morgan - Senior Data Scientist (Req 1187-DS) - Brindle & Finch",
        "start": "2027-09-16T15:00",
        "minutes": 90,
        "organizer": P("Scheduling Team", "scheduling@brindlefinch.com"),
        "attendees": [
            ME,
            P("Seun Balogun", "seun.balogun@brindlefinch.com"),
            P("Ragnhild Solberg", "ragnhild.solberg@brindlefinch.com"),
        ],
        "description": (
            "Interviewers:\n"
            "Oluwaseun Balogun <seun.balogun@brindlefinch.com> — Principal Data Scientist\n"
            "Ragnhild Solberg <ragnhild.solberg@brindlefinch.com> — Director of Data Science\n\n"
            "Recruiter: Caspian Wilde\n"
            "Coordinator: Mona Farouk (scheduling@brindlefinch.com)\n\n"
            "To reschedule, reply to this invitation.\n— Sent via GoodTime" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Oluwaseun Balogun",
                    "seun.balogun@brindlefinch.com",
                    "Principal Data Scientist",
                    "peer",
                ),
                (
                    "Ragnhild Solberg",
                    "ragnhild.solberg@brindlefinch.com",
                    "Director of Data Science",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Caspian Wilde", None),
            "company": "Brindle & Finch",
            "position": "Senior Data Scientist",
        },
    },
    {
        "id": "f5-modernloop-pair-blocks",
        "format": "graph",
        "style": "modernloop",
        "title": "Alex Morgan - Virtual Onsite - Staff Frontend Engineer (Halyard)",
        "start": "2027-09-17T14:00",
        "minutes": 110,
        "organizer": P("Esme Thornton", "esme@halyard.dev"),
        "attendees": [
            ME,
            P("Jun Watanabe", "jun@halyard.dev"),
            P("Priya Raman", "priya.r@halyard.dev"),
            P("Felix Adler", "felix@halyard.dev"),
        ],
        "description": (
            "Halyard interview schedule\n\n"
            "Block 1 · 2:00 – 2:55 PM\nPair programming\n"
            "Interviewers: Jun Watanabe (Senior Frontend Engineer), Priya Raman (Frontend Engineer)"
            "\n\nBlock 2 · 3:05 – 3:50 PM\nManager chat\n"
            "Interviewer: Felix Adler (Engineering Manager, Web Platform)\n\n"
            "Recruiter: Esme Thornton (esme@halyard.dev)\n\nScheduled with ModernLoop" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Jun Watanabe", "jun@halyard.dev", "Senior Frontend Engineer", "peer"),
                ("Priya Raman", "priya.r@halyard.dev", "Frontend Engineer", "peer"),
                (
                    "Felix Adler",
                    "felix@halyard.dev",
                    "Engineering Manager, Web Platform",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Esme Thornton", "esme@halyard.dev"),
            "company": "Halyard",
            "position": "Staff Frontend Engineer",
        },
    },
    {
        "id": "f5-modernloop-one-session",
        "format": "google",
        "style": "modernloop",
        "title": "[Session 3 of 4] System Design – Alex Morgan – Platform Engineer",
        "start": "2027-09-20T11:00",
        "minutes": 60,
        "organizer": P("Ptolemy Recruiting", "recruiting@ptolemy.cloud"),
        "attendees": [ME, P("Zoë Lindgren", "zoe.lindgren@ptolemy.cloud")],
        "description": (
            "Session 3 of 4: System Design\nInterviewer: Zoë Lindgren, Principal Engineer\n\n"
            "Your full loop for the Platform Engineer role is in your candidate portal.\n"
            "Recruiter: Marcus Feld\n\nScheduled with ModernLoop" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Zoë Lindgren", "zoe.lindgren@ptolemy.cloud", "Principal Engineer", "peer"),
            ],
            "recruiter": ("Marcus Feld", None),
            "company": "Ptolemy",
            "position": "Platform Engineer",
        },
    },
    {
        "id": "f5-gem-talent-lead-first-chat",
        "format": "graph",
        "style": "gem",
        "title": "Alex / Ines - Halden Robotics chat",
        "start": "2027-09-21T16:00",
        "minutes": 30,
        "organizer": P("Ines Carvalho", "ines@haldenrobotics.com"),
        "attendees": [ME, P("Ines Carvalho", "ines@haldenrobotics.com")],
        "description": (
            "Hi Alex,\n\nThanks for being open to a chat! I'm on the talent team at Halden "
            "Robotics and I'd love to tell you about our Embedded Software Engineer opening and "
            "learn what you're looking for.\n\nTalk soon,\nInes Carvalho\n"
            "Talent Acquisition Lead, Halden Robotics" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ines Carvalho",
                    "ines@haldenrobotics.com",
                    "Talent Acquisition Lead",
                    "recruiter",
                ),
            ],
            "recruiter": ("Ines Carvalho", "ines@haldenrobotics.com"),
            "company": "Halden Robotics",
            "position": "Embedded Software Engineer",
        },
    },
    {
        "id": "f5-gem-recruiter-books-hm-not-attending",
        "format": "google",
        "style": "gem",
        "title": "Alex Morgan <> Oren Katz (Lumora)",
        "start": "2027-09-22T12:30",
        "minutes": 30,
        "organizer": P("Bea Santoro", "bea@lumora.io"),
        "attendees": [ME, P("Oren Katz", "oren@lumora.io")],
        "description": (
            "Hi Alex and Oren,\n\nConnecting you two for a 30-minute conversation about the "
            "Senior Product Manager, Payments role. Oren, the hiring manager, leads our payments "
            "product group. I won't be joining, but I'll follow up after.\n\nBea Santoro\n"
            "Recruiter, Lumora\n\nSent with Gem" + MEET
        ),
        "expect": {
            "interviewers": [("Oren Katz", "oren@lumora.io", None, "decision_maker", True)],
            "recruiter": ("Bea Santoro", "bea@lumora.io"),
            "company": "Lumora",
            "position": "Senior Product Manager, Payments",
        },
    },
    {
        "id": "f5-calendly-founder-invitee-answer",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Kojo Mensah",
        "start": "2027-09-23T09:00",
        "minutes": 30,
        "organizer": P("Kojo Mensah", "kojo@tideform.co"),
        "attendees": [ME, P("Kojo Mensah", "kojo@tideform.co")],
        "description": (
            "Event Name: Intro chat (30 min)\n\n"
            "Quick intro with Kojo Mensah, co-founder & CEO of Tideform.\n\n"
            "Location: This is a Zoom web conference.\nhttps://zoom.us/j/93310022871\n\n"
            "Questions:\nWhat would you like to talk about?\n"
            "The Founding Engineer role at Tideform - Kojo reached out on LinkedIn.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/9f2e"
            "\nReschedule: https://calendly.com/reschedulings/9f2e\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Kojo Mensah", "kojo@tideform.co", "co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Tideform",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "f5-calendly-recruiter-screen-nickname",
        "format": "google",
        "style": "calendly",
        "title": "Recruiter Screen - Senior iOS Engineer between Wilhelmina Acheampong and Alex Morgan",
        "start": "2027-09-24T13:30",
        "minutes": 25,
        "organizer": P("Wilhelmina Acheampong", "wilhelmina@velvetleaf.app"),
        "attendees": [ME, P("Wilhelmina Acheampong", "wilhelmina@velvetleaf.app")],
        "description": (
            "Event Name: Recruiter Screen - Senior iOS Engineer\n\n"
            "A 25-minute call with Willa from the Velvetleaf talent team to go over the role, "
            "your background and next steps.\n\nLocation: Google Meet (link in invite)\n\n"
            "Powered by Calendly.com" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Wilhelmina Acheampong", "wilhelmina@velvetleaf.app", None, "recruiter"),
            ],
            "recruiter": ("Wilhelmina Acheampong", "wilhelmina@velvetleaf.app"),
            "company": "Velvetleaf",
            "position": "Senior iOS Engineer",
        },
    },
    {
        "id": "f5-workday-panel-semicolons",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview: R0042113 Maintenance Planner",
        "start": "2027-09-27T08:00",
        "minutes": 60,
        "organizer": P(
            "Ostrander Paper Talent Acquisition", "talentacquisition@ostranderpaper.com"
        ),
        "attendees": [
            ME,
            P("Dale Kowalski", "dale.kowalski@ostranderpaper.com"),
            P("Marisa Trujillo", "marisa.trujillo@ostranderpaper.com"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in Ostrander Paper Co. You are scheduled "
            "for an interview.\n\nJob Requisition ID: R0042113\nJob Title: Maintenance Planner\n"
            "Interview Format: In person\n"
            "Interview Panel: Dale Kowalski (Maintenance Manager); Marisa Trujillo (Reliability "
            "Engineer)\nRecruiter: Shanice Holt (shanice.holt@ostranderpaper.com)\n\n"
            "Please report to the mill's front gate 10 minutes early with photo ID."
        ),
        "location": "Ostrander Paper Co., Mill 2, 40 River Rd, Green Bay, WI",
        "tz": "America/Chicago",
        "expect": {
            "interviewers": [
                (
                    "Dale Kowalski",
                    "dale.kowalski@ostranderpaper.com",
                    "Maintenance Manager",
                    "decision_maker",
                ),
                (
                    "Marisa Trujillo",
                    "marisa.trujillo@ostranderpaper.com",
                    "Reliability Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Shanice Holt", "shanice.holt@ostranderpaper.com"),
            "company": "Ostrander Paper",
            "position": "Maintenance Planner",
        },
    },
    {
        "id": "f5-workday-outlook-bold-labels",
        "format": "graph",
        "style": "workday",
        "title": "Interview Invitation - Senior Financial Analyst (JR-2027-0310)",
        "start": "2027-09-28T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Saltire Mutual Careers", "careers@saltiremutual.co.uk"),
        "attendees": [
            ME,
            P("Eilidh MacLeod", "eilidh.macleod@saltiremutual.co.uk"),
            P("Ravi Chandrasekar", "ravi.chandrasekar@saltiremutual.co.uk"),
        ],
        "description": (
            "<html><body><p>Dear Alex,</p><p>We are pleased to invite you to interview for "
            "<b>Senior Financial Analyst</b> (JR-2027-0310) at Saltire Mutual.</p>"
            "<p><b>Hiring Manager:</b> Eilidh MacLeod, Head of FP&amp;A<br>"
            "<b>Interviewer:</b> Ravi Chandrasekar, Finance Business Partner<br>"
            "<b>Recruiter:</b> Morag Sinclair</p>"
            "<p>Kind regards,<br>Saltire Mutual Talent Team</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Eilidh MacLeod",
                    "eilidh.macleod@saltiremutual.co.uk",
                    "Head of FP&A",
                    "decision_maker",
                    True,
                ),
                (
                    "Ravi Chandrasekar",
                    "ravi.chandrasekar@saltiremutual.co.uk",
                    "Finance Business Partner",
                    "peer",
                ),
            ],
            "recruiter": ("Morag Sinclair", None),
            "company": "Saltire Mutual",
            "position": "Senior Financial Analyst",
        },
    },
    {
        "id": "f5-icims-on-behalf-subsidiary",
        "format": "google",
        "style": "icims",
        "title": "Interview Confirmation - Claims Adjuster II",
        "start": "2027-09-29T09:30",
        "minutes": 45,
        "organizer": P("Wrenfield Group Talent", "talent@wrenfieldgroup.com"),
        "attendees": [ME, P("Cordelia Haynes", "cordelia.haynes@wrenfieldgroup.com")],
        "description": (
            "Dear Alex,\n\nOn behalf of Wrenfield Insurance, thank you for applying for the "
            "Claims Adjuster II position (Job ID 2027-4471). Your interview is confirmed.\n\n"
            "Interviewer: Cordelia Haynes, Claims Supervisor\n"
            "Format: Video (Microsoft Teams link below)\n\n"
            "If you have questions, contact your recruiter, Jerome Pike, at "
            "jerome.pike@wrenfieldgroup.com.\n\nSent via iCIMS" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Cordelia Haynes",
                    "cordelia.haynes@wrenfieldgroup.com",
                    "Claims Supervisor",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Jerome Pike", "jerome.pike@wrenfieldgroup.com"),
            "company": "Wrenfield Insurance",
            "position": "Claims Adjuster II",
        },
    },
    {
        "id": "f5-icims-phone-interview-store",
        "format": "ics",
        "style": "icims",
        "title": "Phone Interview Scheduled: Pharmacy Operations Lead",
        "start": "2027-09-30T16:00",
        "minutes": 30,
        "organizer": P("Copperleaf Pharmacy Careers", "careers@copperleafrx.com"),
        "attendees": [ME, P("Lorraine Udeh", "lorraine.udeh@copperleafrx.com")],
        "description": (
            "Copperleaf Pharmacy\n\nInterview Details\n"
            "Position: Pharmacy Operations Lead (Req 27-00912)\nInterview Type: Phone\n"
            "Interviewer: Lorraine Udeh, Store Manager\n"
            "We will call you at the number on your application.\n\n"
            "Questions? Contact Naveen Pillai, Talent Acquisition, at careers@copperleafrx.com."
            "\n\niCIMS"
        ),
        "expect": {
            "interviewers": [
                (
                    "Lorraine Udeh",
                    "lorraine.udeh@copperleafrx.com",
                    "Store Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Naveen Pillai", "careers@copperleafrx.com"),
            "company": "Copperleaf Pharmacy",
            "position": "Pharmacy Operations Lead",
        },
    },
    {
        "id": "f5-smartrecruiters-bullets-ab",
        "format": "graph",
        "style": "smartrecruiters",
        "title": "Interview invitation: Field Service Technician - Norrvik Elevators",
        "start": "2027-10-01T09:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Annika Holm", "annika.holm@norrvik.se"),
        "attendees": [
            ME,
            P("Henrik Dahl", "henrik.dahl@norrvik.se"),
            P("Sofia Lund", "sofia.lund@norrvik.se"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for your application for Field Service Technician (Job ID: "
            "3f7a-5521). We'd like to meet you on site.\n\nInterviewers:\n"
            "• Henrik Dahl — Service Manager, Stockholm North\n• Sofia Lund — Lead Technician\n\n"
            "Contact person: Annika Holm, Talent Acquisition Partner\n\nBest regards,\n"
            "Norrvik Elevators AB\n\nPowered by SmartRecruiters"
        ),
        "location": "Norrvik Elevators, Kungsgatan 12, Stockholm",
        "expect": {
            "interviewers": [
                (
                    "Henrik Dahl",
                    "henrik.dahl@norrvik.se",
                    "Service Manager, Stockholm North",
                    "decision_maker",
                ),
                ("Sofia Lund", "sofia.lund@norrvik.se", "Lead Technician", "peer"),
            ],
            "recruiter": ("Annika Holm", "annika.holm@norrvik.se"),
            "company": "Norrvik Elevators",
            "position": "Field Service Technician",
        },
    },
    {
        "id": "f5-smartrecruiters-pipe-hiring-team",
        "format": "google",
        "style": "smartrecruiters",
        "title": "Interview | Operations Analyst | Velmora Group",
        "start": "2027-10-04T14:00",
        "minutes": 45,
        "organizer": P("Velmora Group Hiring", "hiring@velmoragroup.com"),
        "attendees": [
            ME,
            P("Anouk de Vries", "anouk.devries@velmoragroup.com"),
            P("Tariq Bennani", "tariq.bennani@velmoragroup.com"),
        ],
        "description": (
            "Hello Alex,\n\nYou're invited to a video interview with the Velmora Group hiring "
            "team.\n\nHiring team\n"
            "Anouk de Vries | Operations Director | Hiring Manager\n"
            "Tariq Bennani | Senior Operations Analyst\n\n"
            "Your recruiter: Gabriela Nunes (gabriela.nunes@velmoragroup.com)\n\n"
            "SmartRecruiters" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Anouk de Vries",
                    "anouk.devries@velmoragroup.com",
                    "Operations Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Tariq Bennani",
                    "tariq.bennani@velmoragroup.com",
                    "Senior Operations Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Gabriela Nunes", "gabriela.nunes@velmoragroup.com"),
            "company": "Velmora Group",
            "position": "Operations Analyst",
        },
    },
    # --- People as humans write them ---------------------------------------------------------
    {
        "id": "f5-recruiter-zoom-hm-on-initials-address",
        "format": "ics",
        "style": "human",
        "title": "Alex Morgan - Hiring Manager Interview - Customer Insights Lead",
        "start": "2027-10-05T11:00",
        "minutes": 45,
        "organizer": P("Noelle Baptiste", "noelle.baptiste@ambergate.com"),
        "attendees": [ME, P(None, "psubramanian@ambergate.com")],
        "description": (
            "Hi Alex,\n\nYou'll be meeting with Priyanka Subramanian, the hiring manager for the "
            "Customer Insights Lead role, for 45 minutes. She leads the Research & Insights team "
            "at Ambergate.\n\nBest of luck!\nNoelle Baptiste\nRecruiter, Ambergate" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Priyanka Subramanian",
                    "psubramanian@ambergate.com",
                    None,
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Noelle Baptiste", "noelle.baptiste@ambergate.com"),
            "company": "Ambergate",
            "position": "Customer Insights Lead",
        },
    },
    {
        "id": "f5-our-ceo-initials-address",
        "format": "google",
        "style": "human",
        "title": "Final conversation - Alex Morgan - VP of Marketing - Cardinal Row",
        "start": "2027-10-06T15:30",
        "minutes": 45,
        "organizer": P("Helena Marchetti", "helena@cardinalrow.com"),
        "attendees": [
            ME,
            P("Helena Marchetti", "helena@cardinalrow.com"),
            P(None, "rq@cardinalrow.com"),
        ],
        "description": (
            "Hi Alex,\n\nFor your final conversation you'll meet our CEO, Rafaela Quint. I'll "
            "join for the first five minutes to make introductions and then drop off.\n\n"
            "Helena Marchetti\nHead of Talent | Cardinal Row" + MEET
        ),
        "expect": {
            "interviewers": [("Rafaela Quint", "rq@cardinalrow.com", "CEO", "executive")],
            "recruiter": ("Helena Marchetti", "helena@cardinalrow.com"),
            "company": "Cardinal Row",
            "position": "VP of Marketing",
        },
    },
    {
        "id": "f5-hm-own-teams-company-in-signature",
        "format": "graph",
        "style": "human",
        "title": "Interview - Clinical Operations Manager",
        "start": "2027-10-07T12:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Dr. Adaeze Nnaji", "adaeze.nnaji@bwclinics.com"),
        "attendees": [ME, P("Dr. Adaeze Nnaji", "adaeze.nnaji@bwclinics.com")],
        "description": (
            "Hello Alex,\n\nThank you for your interest in the Clinical Operations Manager "
            "position. I'd like to set up a 45 minute interview over Teams to discuss your "
            "experience and the role.\n\nRegards,\n\nAdaeze Nnaji, MD\n"
            "Director of Clinical Operations\nBellweather Clinics\n(312) 555-0147" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Adaeze Nnaji",
                    "adaeze.nnaji@bwclinics.com",
                    "Director of Clinical Operations",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Bellweather Clinics",
            "position": "Clinical Operations Manager",
        },
    },
    {
        "id": "f5-founder-coffee-cto-where-fit",
        "format": "ics",
        "style": "human",
        "title": "☕ Alex + Søren",
        "start": "2027-10-08T08:30",
        "minutes": 45,
        "organizer": P("Søren Vestergaard", "soren@loamlabs.io"),
        "attendees": [ME, P("Søren Vestergaard", "soren@loamlabs.io")],
        "description": (
            "Hey Alex - great to meet at the ML meetup. Would love to grab a coffee and talk "
            "about what we're building at Loam Labs and where a founding ML engineer would fit. "
            "No prep at all.\n\nSøren\n--\nSøren Vestergaard\nCo-founder & CTO, Loam Labs"
        ),
        "location": "Blue Bottle, 450 W 15th St",
        "expect": {
            "interviewers": [
                ("Søren Vestergaard", "soren@loamlabs.io", "Co-founder & CTO", "executive"),
            ],
            "recruiter": None,
            "company": "Loam Labs",
            "position": "Founding ML Engineer",
        },
    },
    {
        "id": "f5-founder-walk-and-talk-gmail",
        "format": "google",
        "style": "human",
        "title": "Walk & talk: Alex / Benedikt",
        "start": "2027-10-09T10:00",
        "minutes": 60,
        "organizer": P("Benedikt Aalto", "benedikt.aalto@gmail.com"),
        "attendees": [ME, P("Benedikt Aalto", "benedikt.aalto@gmail.com")],
        "description": (
            "Alex - thanks for being up for this. Loop around the park, then coffee? I'd like to "
            "tell you more about Pellucid and why I think you'd be a great first Head of Sales "
            "for us.\n\nBenedikt Aalto\nFounder, Pellucid\nhttps://pellucid.so"
        ),
        "location": "Prospect Park, Grand Army Plaza entrance",
        "expect": {
            "interviewers": [
                ("Benedikt Aalto", "benedikt.aalto@gmail.com", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Pellucid",
            "position": "Head of Sales",
        },
    },
    {
        "id": "f5-get-to-know-nickname-mailbox",
        "format": "graph",
        "style": "human",
        "title": "Get to know: Alex + Mari",
        "start": "2027-10-11T17:00",
        "minutes": 30,
        "organizer": P(None, "mari@ironsprout.com"),
        "attendees": [ME, P(None, "mari@ironsprout.com")],
        "description": (
            "Hi Alex,\n\nI'm Marisol Echevarría, Head of Platform at Ironsprout. Teodor mentioned "
            "you might be open to something new - I'm building out the platform team and would "
            "love to get to know you and tell you about the Staff Platform Engineer role.\n\n"
            "Marisol" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Marisol Echevarría",
                    "mari@ironsprout.com",
                    "Head of Platform",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Ironsprout",
            "position": "Staff Platform Engineer",
        },
    },
    {
        "id": "f5-catch-up-former-boss-join-team",
        "format": "ics",
        "style": "human",
        "title": "Catch up 🙂",
        "start": "2027-10-12T18:00",
        "minutes": 45,
        "organizer": P("Gwendolyn Ash", "gwen.ash@harrowfield.com"),
        "attendees": [ME, P("Gwendolyn Ash", "gwen.ash@harrowfield.com")],
        "description": (
            "Alex!! It's been way too long. I'm at Harrowfield now running analytics, and we're "
            "hiring a Senior Analytics Engineer - I'd love for you to join the team. Let's catch "
            "up and I'll tell you everything.\n\nGwen\n\n"
            "Gwendolyn Ash | Director of Analytics | Harrowfield" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Gwendolyn Ash",
                    "gwen.ash@harrowfield.com",
                    "Director of Analytics",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Harrowfield",
            "position": "Senior Analytics Engineer",
        },
    },
    {
        "id": "f5-investor-intro-ceo",
        "format": "ics",
        "style": "human",
        "title": "Intro: Alex Morgan <> Ayodele Oyelaran (Tern Robotics)",
        "start": "2027-10-13T13:00",
        "minutes": 30,
        "organizer": P("Whitney Caldwell", "whitney@northfieldventures.vc"),
        "attendees": [ME, P("Ayodele Oyelaran", "ayo@ternrobotics.com")],
        "description": (
            "Alex, meet Ayo - Ayodele Oyelaran, CEO of Tern Robotics, one of our portfolio "
            "companies. Ayo is looking for a VP of Engineering and I think you two should talk."
            "\n\nI won't join; sending this so it's on both calendars. Ayo's Zoom is below.\n\n"
            "Whitney Caldwell\nPartner, Northfield Ventures" + ZOOM
        ),
        "expect": {
            "interviewers": [("Ayodele Oyelaran", "ayo@ternrobotics.com", "CEO", "executive")],
            "recruiter": None,
            "company": "Tern Robotics",
            "position": "VP of Engineering",
        },
    },
    {
        "id": "f5-agency-on-behalf-of-client",
        "format": "graph",
        "style": "agency",
        "title": "Interview - Marine Electrical Engineer - on behalf of Calloway Marine",
        "start": "2027-10-14T10:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Jasper Hollins", "jasper.hollins@anchorpoint-talent.com"),
        "attendees": [
            ME,
            P("Jasper Hollins", "jasper.hollins@anchorpoint-talent.com"),
            P("Brigid Fahy", "brigid.fahy@callowaymarine.ie"),
            P("Ciarán Walsh", "ciaran.walsh@callowaymarine.ie"),
        ],
        "description": (
            "Hi Alex,\n\nI'm pleased to confirm your interview on behalf of our client, Calloway "
            "Marine Ltd, for the Marine Electrical Engineer role.\n\n"
            "Interviewers: Brigid Fahy (Engineering Manager); Ciarán Walsh (Senior Electrical "
            "Engineer)\n\nI'll be on the call to introduce you and then step off. Any questions, "
            "just ring me.\n\nJasper Hollins\nPrincipal Consultant | Anchorpoint Talent\n"
            "+353 1 555 0142" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Brigid Fahy",
                    "brigid.fahy@callowaymarine.ie",
                    "Engineering Manager",
                    "decision_maker",
                ),
                (
                    "Ciarán Walsh",
                    "ciaran.walsh@callowaymarine.ie",
                    "Senior Electrical Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Jasper Hollins", "jasper.hollins@anchorpoint-talent.com"),
            "company": "Calloway Marine",
            "position": "Marine Electrical Engineer",
        },
    },
    {
        "id": "f5-agency-client-hm-sends-your-recruiter-is",
        "format": "google",
        "style": "agency",
        "title": "Interview - Revenue Manager - Ashcombe Hotels",
        "start": "2027-10-15T14:30",
        "minutes": 45,
        "organizer": P("Rupert Okonjo", "rupert.okonjo@ashcombehotels.com"),
        "attendees": [
            ME,
            P("Rupert Okonjo", "rupert.okonjo@ashcombehotels.com"),
            P("Nadim Sarraf", "nadim@talentforge.co"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Revenue Manager role with Ashcombe "
            "Hotels. I look forward to speaking with you.\n\nYour recruiter is Nadim Sarraf at "
            "Talentforge (nadim@talentforge.co), who kindly arranged this and is copied here.\n\n"
            "Best regards,\nRupert Okonjo\nDirector of Revenue, Ashcombe Hotels" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rupert Okonjo",
                    "rupert.okonjo@ashcombehotels.com",
                    "Director of Revenue",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Nadim Sarraf", "nadim@talentforge.co"),
            "company": "Ashcombe Hotels",
            "position": "Revenue Manager",
        },
    },
    {
        "id": "f5-google-html-mailto-interviewers",
        "format": "google",
        "style": "human",
        "title": "Interviews: Alex Morgan — Senior Security Analyst",
        "start": "2027-10-18T13:00",
        "minutes": 90,
        "organizer": P("Tovah Greenbaum", "tovah.greenbaum@brackenfell.com"),
        "attendees": [
            ME,
            P("Tovah Greenbaum", "tovah.greenbaum@brackenfell.com"),
            P("Lars Eriksen", "lars.eriksen@brackenfell.com"),
            P("Nkechi Obi", "nkechi.obi@brackenfell.com"),
        ],
        "description": (
            "Hi Alex,<br><br>Below are the details for your interviews for <b>Senior Security "
            "Analyst</b> at Brackenfell Security.<br><br><b>Interviewers:</b><br>"
            '<a href="mailto:lars.eriksen@brackenfell.com">Lars Eriksen</a> – SOC Manager<br>'
            '<a href="mailto:nkechi.obi@brackenfell.com">Nkechi Obi</a> – Threat Intelligence '
            "Analyst<br><br>Looking forward to it!<br>Tovah Greenbaum<br>Recruiting Coordinator"
            + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                ("Lars Eriksen", "lars.eriksen@brackenfell.com", "SOC Manager", "decision_maker"),
                (
                    "Nkechi Obi",
                    "nkechi.obi@brackenfell.com",
                    "Threat Intelligence Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Tovah Greenbaum", "tovah.greenbaum@brackenfell.com"),
            "company": "Brackenfell Security",
            "position": "Senior Security Analyst",
        },
    },
    {
        "id": "f5-teams-addresses-as-names-initials",
        "format": "graph",
        "style": "human",
        "title": "Technical Interview: Alex Morgan (Data Engineer II)",
        "start": "2027-10-19T11:00",
        "minutes": 60,
        "organizer": P("Celestine Arnaud", "celestine.arnaud@verrazzano-data.com"),
        "attendees": [
            ME,
            P("dk@verrazzano-data.com", "dk@verrazzano-data.com"),
            P("lmf@verrazzano-data.com", "lmf@verrazzano-data.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour technical interview for Data Engineer II is with Dariusz Kowalczyk "
            "(Staff Data Engineer) and Lucía María Ferreira (Data Engineering Manager).\n\n"
            "Regards,\nCelestine Arnaud\nTalent Acquisition Specialist\nVerrazzano Data" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Dariusz Kowalczyk", "dk@verrazzano-data.com", "Staff Data Engineer", "peer"),
                (
                    "Lucía María Ferreira",
                    "lmf@verrazzano-data.com",
                    "Data Engineering Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Celestine Arnaud", "celestine.arnaud@verrazzano-data.com"),
            "company": "Verrazzano Data",
            "position": "Data Engineer II",
        },
    },
    {
        "id": "f5-recruiter-colon-dash-req-dot",
        "format": "ics",
        "style": "human",
        "title": "Interview: Clinical Data Manager (Req. 24-0117) - Alex Morgan",
        "start": "2027-10-20T10:30",
        "minutes": 60,
        "organizer": P("Hollis Tran", "hollis.tran@saffrontx.com"),
        "attendees": [
            ME,
            P("Imelda Castro", "imelda.castro@saffrontx.com"),
            P("Jae-won Lim", "jaewon.lim@saffrontx.com"),
        ],
        "description": (
            "Alex,\n\nConfirming your interview for Clinical Data Manager (Req. 24-0117) at "
            "Saffron Therapeutics.\n\nWith:\n"
            "Imelda Castro - Associate Director, Clinical Data Management\n"
            "Jae-won Lim - Clinical Data Lead\n\n"
            "Recruiter: Hollis Tran - hollis.tran@saffrontx.com\n\nThanks," + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Imelda Castro",
                    "imelda.castro@saffrontx.com",
                    "Associate Director, Clinical Data Management",
                    "decision_maker",
                ),
                ("Jae-won Lim", "jaewon.lim@saffrontx.com", "Clinical Data Lead", "peer"),
            ],
            "recruiter": ("Hollis Tran", "hollis.tran@saffrontx.com"),
            "company": "Saffron Therapeutics",
            "position": "Clinical Data Manager",
        },
    },
    {
        "id": "f5-vp-title-in-subject-final",
        "format": "graph",
        "style": "human",
        "title": "Final round - Alex Morgan / Halvard Strøm (VP Engineering) - Fenwick Grid",
        "start": "2027-10-21T15:00",
        "minutes": 45,
        "organizer": P("Priscila Mota", "priscila.mota@fenwickgrid.com"),
        "attendees": [ME, P("Halvard Strøm", "halvard.strom@fenwickgrid.com")],
        "description": (
            "Hi Alex,\n\nCongrats on making it to the final round for Senior Software Engineer, "
            "Grid Forecasting! This is a 45-minute conversation with Halvard - come with "
            "questions for him.\n\nPriscila Mota\nSenior Recruiter, Fenwick Grid" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Halvard Strøm", "halvard.strom@fenwickgrid.com", "VP Engineering", "executive"),
            ],
            "recruiter": ("Priscila Mota", "priscila.mota@fenwickgrid.com"),
            "company": "Fenwick Grid",
            "position": "Senior Software Engineer, Grid Forecasting",
        },
    },
    {
        "id": "f5-pairing-emails-in-parens-hm-sentence",
        "format": "ics",
        "style": "human",
        "title": "Pairing session - Alex Morgan - Rust Engineer",
        "start": "2027-10-22T13:00",
        "minutes": 90,
        "organizer": P("Hamish Doyle", "hamish@ferrite.systems"),
        "attendees": [
            ME,
            P("Wolfgang Reiter", "wolfgang@ferrite.systems"),
            P("Amara Chukwu", "amara.c@ferrite.systems"),
        ],
        "description": (
            "Hi Alex,\n\nNext up is a 90-minute pairing session on a small Rust codebase. You'll "
            "pair with Wolfgang Reiter (wolfgang@ferrite.systems), Senior Rust Engineer, and Amara "
            "Chukwu (amara.c@ferrite.systems), Engineering Lead. Amara is the hiring manager.\n\n"
            "Bring your own editor setup if you like.\n\nHamish Doyle\nPeople & Talent, Ferrite "
            "Systems" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Wolfgang Reiter", "wolfgang@ferrite.systems", "Senior Rust Engineer", "peer"),
                (
                    "Amara Chukwu",
                    "amara.c@ferrite.systems",
                    "Engineering Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Hamish Doyle", "hamish@ferrite.systems"),
            "company": "Ferrite Systems",
            "position": "Rust Engineer",
        },
    },
    # --- Near-misses: about interviewing, or shaped like an interview, but not one -----------
    {
        "id": "f5-not-interviewer-training",
        "format": "google",
        "style": "human",
        "title": "Interviewer training: structured interviews & bias",
        "start": "2027-09-08T10:00",
        "minutes": 90,
        "organizer": P("Initech L&D", "learning@initech.com"),
        "attendees": [ME_WORK, P("Rosalind Grey", "rosalind.grey@initech.com")],
        "description": (
            "Required for anyone joining an interview panel this quarter. We'll practice writing "
            "structured questions, run a mock interview in pairs and cover how to write a "
            "scorecard. Facilitator: Rosalind Grey, Talent Development." + MEET
        ),
    },
    {
        "id": "f5-not-debrief-staff-onsite",
        "format": "graph",
        "style": "human",
        "title": "Debrief: Jonah Weiss - Staff Engineer onsite",
        "start": "2027-09-10T16:00",
        "minutes": 30,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            ME_WORK,
            P("Marguerite Osei", "marguerite.osei@initech.com"),
            P("Felipe Arce", "felipe.arce@initech.com"),
        ],
        "description": (
            "Interviewers: please have scorecards in by 3 PM. We'll go round the panel, then the "
            "hiring manager makes the call." + TEAMS
        ),
    },
    {
        "id": "f5-not-calibration-hiring-bar",
        "format": "ics",
        "style": "human",
        "title": "PM interview calibration - hiring bar review",
        "start": "2027-09-14T15:00",
        "minutes": 60,
        "organizer": P("Saoirse Nolan", "saoirse.nolan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Saoirse Nolan", "saoirse.nolan@initech.com"),
            P("Kenji Mori", "kenji.mori@initech.com"),
        ],
        "description": (
            "Let's watch two recorded product-sense interviews and score them independently "
            "before comparing. Goal: the same answer gets the same score no matter who is on the "
            "panel."
        ),
    },
    {
        "id": "f5-not-user-interviews-candidate-kit",
        "format": "graph",
        "style": "greenhouse",
        "title": "Interview: Mateus Rocha - Backend Engineer - System Design",
        "start": "2027-09-16T11:00",
        "minutes": 60,
        "organizer": P("Initech Recruiting Coordination", "recruiting@initech.com"),
        "attendees": [ME_WORK, P("Mateus Rocha", "mateus.rocha.dev@gmail.com")],
        "description": (
            "Interviewer: Alex Morgan\nCandidate: Mateus Rocha\nFocus: System design (see "
            "interview kit)\n\nInterview kit: https://app.greenhouse.io/interview_kits/88213\n"
            "Please submit your scorecard within 24 hours." + TEAMS
        ),
    },
    {
        "id": "f5-not-loop-kickoff",
        "format": "google",
        "style": "human",
        "title": "Kickoff: Design Lead interview loop",
        "start": "2027-09-20T14:00",
        "minutes": 30,
        "organizer": P("Hedda Nyström", "hedda.nystrom@initech.com"),
        "attendees": [
            ME_WORK,
            P("Hedda Nyström", "hedda.nystrom@initech.com"),
            P("Oscar Pimentel", "oscar.pimentel@initech.com"),
        ],
        "description": (
            "Kicking off the Design Lead search. Agenda: who sits on the loop, focus areas per "
            "interviewer, portfolio review format, and the timeline for first candidate "
            "interviews.\n\nHedda Nyström\nRecruiter, Initech" + MEET
        ),
    },
    {
        "id": "f5-not-podcast-recording",
        "format": "ics",
        "style": "human",
        "title": "Interview recording: The Build Log (ep. 112)",
        "start": "2027-09-22T17:00",
        "minutes": 60,
        "organizer": P("Maeve Doherty", "maeve@buildlog.fm"),
        "attendees": [ME, P("Maeve Doherty", "maeve@buildlog.fm")],
        "description": (
            "Thanks for coming on the show! We'll record for about 50 minutes; I'll ask about "
            "your migration to event sourcing and what you'd do differently. Riverside link: "
            "https://riverside.fm/studio/buildlog\n\nMaeve Doherty\nHost & Producer, The Build Log"
        ),
    },
    {
        "id": "f5-not-radio-segment-expert",
        "format": "graph",
        "style": "human",
        "title": "Radio interview - Morning Edition segment on remote hiring",
        "start": "2027-09-23T07:40",
        "minutes": 20,
        "organizer": P("Desmond Kiernan", "dkiernan@wmrp.org"),
        "attendees": [ME, P("Desmond Kiernan", "dkiernan@wmrp.org")],
        "description": (
            "Hi Alex, thanks for agreeing to be interviewed for Thursday's segment. Our host will "
            "ask you how your team runs hiring remotely - about 6 minutes live. Please call the "
            "studio line 5 minutes before.\n\nDesmond Kiernan\nSegment Producer, WMRP Public Radio"
        ),
    },
    {
        "id": "f5-not-mock-interview-swap",
        "format": "google",
        "style": "human",
        "title": "Mock interview (system design) — Alex ↔ Sam",
        "start": "2027-09-25T19:00",
        "minutes": 90,
        "organizer": P("Sam Kaplan", "samkaplan@gmail.com"),
        "attendees": [ME, P("Sam Kaplan", "samkaplan@gmail.com")],
        "description": (
            "Practice round before your real onsites! I'll play the interviewer for 45 min, then "
            "we swap. Bring a design you've done before." + MEET
        ),
    },
    {
        "id": "f5-not-visa-consulate",
        "format": "ics",
        "style": "human",
        "title": "Visa interview - U.S. Consulate (H-1B)",
        "start": "2027-09-28T08:15",
        "minutes": 120,
        "tz": "America/Toronto",
        "organizer": ME,
        "attendees": [ME],
        "description": (
            "Bring passport, DS-160 confirmation, I-797, employment letter, last 3 pay stubs. "
            "No electronics allowed inside."
        ),
        "location": "U.S. Consulate General, 360 University Ave, Toronto",
    },
    {
        "id": "f5-not-customer-discovery-user-leads",
        "format": "graph",
        "style": "human",
        "title": "Customer interview: Ferncliff Dental (discovery)",
        "start": "2027-09-29T13:00",
        "minutes": 45,
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Lucinda Park", "lpark@ferncliffdental.com"),
            P("Oscar Pimentel", "oscar.pimentel@initech.com"),
        ],
        "description": (
            "Discovery interview with Lucinda Park, practice manager at Ferncliff Dental, about "
            "how they schedule hygienists. Alex leads, Oscar takes notes.\n"
            "Interview guide: https://docs.initech.com/guide-7" + TEAMS
        ),
    },
    {
        "id": "f5-not-stay-interview-manager",
        "format": "google",
        "style": "human",
        "title": "Stay interview - Alex / Bronwyn",
        "start": "2027-10-01T15:00",
        "minutes": 30,
        "organizer": P("Bronwyn Tate", "bronwyn.tate@initech.com"),
        "attendees": [ME_WORK, P("Bronwyn Tate", "bronwyn.tate@initech.com")],
        "description": (
            "Hi Alex - as part of our stay-interview program, I'd like 30 minutes to hear what "
            "keeps you here, what would make you leave, and what you'd change about the team. "
            "Nothing to prepare.\n\nBronwyn Tate\nDirector of Engineering, Initech" + MEET
        ),
    },
    {
        "id": "f5-not-reference-check-recruiter",
        "format": "google",
        "style": "human",
        "title": "Reference check - Dana Whitlock (Senior PM candidate)",
        "start": "2027-10-05T12:00",
        "minutes": 20,
        "organizer": P("Felicity Amari", "felicity.amari@brightseam.com"),
        "attendees": [ME, P("Felicity Amari", "felicity.amari@brightseam.com")],
        "description": (
            "Hi Alex, Dana Whitlock has listed you as a reference for a Senior Product Manager "
            "role at Brightseam. I'd love 20 minutes to ask about your time working together. "
            "Thank you!\n\nFelicity Amari\nRecruiter, Brightseam" + ZOOM
        ),
    },
    {
        "id": "f5-not-meetup-panel-on-interviews",
        "format": "graph",
        "style": "human",
        "title": "Panel: 'Rethinking the technical interview' - DevHire NYC meetup",
        "start": "2027-10-07T18:30",
        "minutes": 90,
        "organizer": P("DevHire NYC", "hello@devhire.nyc"),
        "attendees": [ME, P("Chioma Eze", "chioma@devhire.nyc")],
        "description": (
            "Thanks for joining the panel! Format: 10-minute intros, 30 minutes of moderated "
            "discussion on take-homes vs live coding, 20 minutes of audience Q&A. Arrive by 6:15 "
            "for a mic check.\n\nChioma Eze\nOrganizer, DevHire NYC"
        ),
        "location": "WeWork, 115 W 18th St, New York",
    },
    {
        "id": "f5-not-interview-slot-holds",
        "format": "ics",
        "style": "human",
        "title": "Interview slots (hold for candidate loops)",
        "start": "2027-10-12T14:00",
        "minutes": 120,
        "organizer": ME_WORK,
        "attendees": [ME_WORK],
        "description": (
            "Blocking time so recruiting can schedule me on Backend onsite loops. Do not book over."
        ),
    },
    {
        "id": "f5-not-mentee-coffee-chat",
        "format": "ics",
        "style": "human",
        "title": "Coffee chat - Alex / Priti (ADPList mentoring)",
        "start": "2027-10-14T18:00",
        "minutes": 30,
        "organizer": P("Priti Venkatesh", "priti.v@outlook.com"),
        "attendees": [ME, P("Priti Venkatesh", "priti.v@outlook.com")],
        "description": (
            "Hi Alex! Thanks for accepting my mentoring session. I'm a bootcamp grad preparing "
            "for my first engineering interviews and would love your advice on how to stand out "
            "and which roles to target." + ZOOM
        ),
    },
]
