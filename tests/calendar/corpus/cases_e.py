# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Corpus, part E (tuning): invites that went through several hands before reaching the
calendar. Google's "Invitation:" and "Updated invitation:" mail subjects kept as titles, events
moved or re-sent ("Moved:", "RESCHEDULED", "v2"), an executive assistant booking for the boss,
self-scheduling links (the candidate picked the slot, so the tool is the organizer), shared
calendars where the creator is not the organizer, invites the user copied by hand onto a
personal calendar, and reply-chain text pasted into the description. Near-misses of the same
shape: a rescheduled candidate interview the user runs, a forwarded reference request, a
recruiter's "hold" for a slot not yet confirmed with anyone, and an interview the user copied for
a friend.

Labels are what a person reads in the invite, not what the parser returns.
expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "e-google-invitation-subject",
        "format": "google",
        "style": "human",
        "title": "Invitation: Interview - Alex Morgan / Ravenna Systems @ Tue Mar 16, 2027 2pm - 3pm (EDT) (alex.morgan@gmail.com)",
        "start": "2027-03-16T14:00",
        "minutes": 60,
        "organizer": P("Yara Haddad", "yara.haddad@ravennasystems.com"),
        "attendees": [
            ME,
            P("Yara Haddad", "yara.haddad@ravennasystems.com"),
            P("Felix Okonkwo", "felix.okonkwo@ravennasystems.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll meet Felix Okonkwo, Engineering Manager, Embedded, for the "
            "Firmware Engineer role.\n\nYara Haddad\nRecruiter, Ravenna Systems" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Felix Okonkwo",
                    "felix.okonkwo@ravennasystems.com",
                    "Engineering Manager, Embedded",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Yara Haddad", "yara.haddad@ravennasystems.com"),
            "company": "Ravenna Systems",
            "position": "Firmware Engineer",
        },
    },
    {
        "id": "e-updated-invitation-new-panelist",
        "format": "google",
        "style": "greenhouse",
        "title": "Updated invitation: Onsite Interview - Product Designer - Kestrel",
        "start": "2027-03-17T10:00",
        "minutes": 120,
        "organizer": P("Bronwyn Price", "bronwyn.price@kestrel.app"),
        "attendees": [
            ME,
            P("Lior Ben-David", "lior@kestrel.app"),
            P("Maya Chowdhury", "maya.chowdhury@kestrel.app"),
        ],
        "description": (
            "This event has been changed.\n\nUpdate: Maya Chowdhury replaces Sam Patel in the "
            "11:00 slot.\n\n10:00 - 11:00  Portfolio review  Lior Ben-David, Design Director\n"
            "11:00 - 12:00  Collaboration  Maya Chowdhury, Senior Product Designer\n\n"
            "Bronwyn Price\nRecruiting Coordinator, Kestrel" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Lior Ben-David", "lior@kestrel.app", "Design Director", "decision_maker"),
                (
                    "Maya Chowdhury",
                    "maya.chowdhury@kestrel.app",
                    "Senior Product Designer",
                    "peer",
                ),
            ],
            "recruiter": ("Bronwyn Price", "bronwyn.price@kestrel.app"),
            "company": "Kestrel",
            "position": "Product Designer",
        },
    },
    {
        "id": "e-moved-prefix-teams",
        "format": "graph",
        "style": "human",
        "title": "Moved: Interview - Compliance Analyst - Ashgrove Capital",
        "start": "2027-03-18T11:00",
        "minutes": 45,
        "organizer": P("Niamh Doyle", "niamh.doyle@ashgrovecap.com"),
        "attendees": [
            ME,
            P("Niamh Doyle", "niamh.doyle@ashgrovecap.com"),
            P("Reuben Abara", "reuben.abara@ashgrovecap.com"),
        ],
        "description": (
            "Apologies for moving this. Your interview with Reuben Abara (Head of Compliance) is "
            "now at 11:00.\n\nNiamh Doyle\nHR Manager, Ashgrove Capital" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Reuben Abara",
                    "reuben.abara@ashgrovecap.com",
                    "Head of Compliance",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Niamh Doyle", "niamh.doyle@ashgrovecap.com"),
            "company": "Ashgrove Capital",
            "position": "Compliance Analyst",
        },
    },
    {
        "id": "e-rescheduled-caps-v2",
        "format": "ics",
        "style": "human",
        "title": "RESCHEDULED v2 - Interview: Alex Morgan (Supply Chain Planner)",
        "start": "2027-03-19T09:00",
        "minutes": 60,
        "organizer": P("Kofi Mensah", "kofi.mensah@greenlinefoods.com"),
        "attendees": [ME, P("Kofi Mensah", "kofi.mensah@greenlinefoods.com")],
        "description": (
            "Alex - third time lucky! Same plan as before: I'll walk you through the planning "
            "team and the role. I'm the hiring manager.\n\nKofi Mensah\nSupply Chain Planning "
            "Manager\nGreenline Foods" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Kofi Mensah",
                    "kofi.mensah@greenlinefoods.com",
                    "Supply Chain Planning Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Greenline Foods",
            "position": "Supply Chain Planner",
        },
    },
    {
        "id": "e-ea-books-for-ceo",
        "format": "graph",
        "style": "human",
        "title": "Alex Morgan / Victoria Lange (CEO) - final interview",
        "start": "2027-03-22T16:30",
        "minutes": 30,
        "organizer": P("Paula Stein", "paula.stein@lange-audio.com"),
        "attendees": [
            ME,
            P("Victoria Lange", "victoria.lange@lange-audio.com"),
        ],
        "description": (
            "Dear Alex,\n\nI am scheduling on behalf of Victoria Lange, CEO of Lange Audio, for "
            "your final interview for the Head of Marketing position.\n\nPaula Stein\nExecutive "
            "Assistant to the CEO" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Victoria Lange", "victoria.lange@lange-audio.com", "CEO", "executive"),
            ],
            # The assistant who booked it is the one to ask about the process.
            "recruiter": ("Paula Stein", "paula.stein@lange-audio.com"),
            "company": "Lange Audio",
            "position": "Head of Marketing",
        },
    },
    {
        "id": "e-goodtime-self-schedule",
        "format": "google",
        "style": "goodtime",
        "title": "Alex Morgan - Technical Screen - Data Platform Engineer",
        "start": "2027-03-23T13:00",
        "minutes": 60,
        "organizer": P("GoodTime Scheduling", "scheduling@goodtime.io"),
        "attendees": [ME, P("Ansel Brooks", "ansel.brooks@marrowdata.com")],
        "description": (
            "You picked this time using the self-scheduling link from Marrow Data.\n\n"
            "Interviewer: Ansel Brooks - Senior Data Engineer\n"
            "Recruiter: Claudia Ferreira (claudia.ferreira@marrowdata.com)\n\n"
            "Need a different time? Use the same link to reschedule." + MEET
        ),
        "expect": {
            "interviewers": [
                ("Ansel Brooks", "ansel.brooks@marrowdata.com", "Senior Data Engineer", "peer"),
            ],
            "recruiter": ("Claudia Ferreira", "claudia.ferreira@marrowdata.com"),
            "company": "Marrow Data",
            "position": "Data Platform Engineer",
        },
    },
    {
        "id": "e-shared-calendar-creator",
        "format": "google",
        "style": "human",
        "title": "Interview: Alex Morgan x Hollis Ward",
        "start": "2027-03-24T15:00",
        "minutes": 45,
        "organizer": P("Talent - Interviews", "c_8e1f2a@group.calendar.google.com"),
        "attendees": [ME, P("Hollis Ward", "hollis.ward@tessera.io")],
        "description": (
            "Alex, Hollis (VP Engineering) would like to talk about the Engineering Manager, "
            "Core role and your leadership style.\n\nSent by Ingrid Aalto, Talent Team, Tessera"
        ),
        "expect": {
            "interviewers": [
                ("Hollis Ward", "hollis.ward@tessera.io", "VP Engineering", "executive"),
            ],
            "recruiter": ("Ingrid Aalto", None),
            "company": "Tessera",
            "position": "Engineering Manager, Core",
        },
    },
    {
        "id": "e-copied-by-hand-personal",
        "format": "ics",
        "style": "human",
        "title": "Interview @ Quayside Bank - Risk Analyst",
        "start": "2027-03-25T10:30",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": (
            "Meeting Joan Whitby (Head of Credit Risk) + someone from her team. Recruiter: Omar "
            "Said, omar.said@quaysidebank.co.uk. Bring passport for building security."
        ),
        "location": "Quayside Bank, 1 Canal Wharf, Leeds",
        "expect": {
            "interviewers": [
                ("Joan Whitby", None, "Head of Credit Risk", "decision_maker"),
            ],
            "recruiter": ("Omar Said", "omar.said@quaysidebank.co.uk"),
            "company": "Quayside Bank",
            "position": "Risk Analyst",
        },
    },
    {
        "id": "e-reply-chain-pasted",
        "format": "graph",
        "style": "human",
        "title": "RE: Next steps - Service Designer",
        "start": "2027-03-26T14:00",
        "minutes": 60,
        "organizer": P("Gemma Hart", "gemma.hart@civicform.org"),
        "attendees": [
            ME,
            P("Gemma Hart", "gemma.hart@civicform.org"),
            P("Tunde Bakare", "tunde.bakare@civicform.org"),
        ],
        "description": (
            "Great, I've sent the invite for Friday 2pm with Tunde and me.\n\n"
            "From: Alex Morgan <alex.morgan@gmail.com>\nSent: Tuesday, March 23, 2027 9:12 AM\n"
            "To: Gemma Hart <gemma.hart@civicform.org>\nSubject: RE: Next steps - Service "
            "Designer\n\nFriday 2pm works well for me, thank you.\n\n"
            "From: Gemma Hart <gemma.hart@civicform.org>\nSent: Monday, March 22, 2027 4:40 PM\n"
            "Subject: Next steps - Service Designer\n\nHi Alex, we'd love to invite you to a "
            "second interview for the Service Designer role at CivicForm with me (Head of "
            "Design) and Tunde Bakare (Senior Service Designer). Would Friday at 2pm work?\n\n"
            "Gemma Hart\nHead of Design, CivicForm" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Gemma Hart", "gemma.hart@civicform.org", "Head of Design", "decision_maker"),
                (
                    "Tunde Bakare",
                    "tunde.bakare@civicform.org",
                    "Senior Service Designer",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "CivicForm",
            "position": "Service Designer",
        },
    },
    {
        "id": "e-calendly-invitee-answers",
        "format": "google",
        "style": "calendly",
        "title": "Intro call: Alex Morgan and Sheila Mbatha",
        "start": "2027-03-29T12:00",
        "minutes": 30,
        "organizer": P("Sheila Mbatha", "sheila@harvestloop.co"),
        "attendees": [ME, P("Sheila Mbatha", "sheila@harvestloop.co")],
        "description": (
            "Event Name: Intro call\n\nInvitee: Alex Morgan\nInvitee Email: alex.morgan@gmail.com"
            "\n\nQuestions:\nWhich role are you interested in?\nCustomer Success Lead\n\n"
            "Sheila Mbatha is the co-founder of Harvestloop and runs these calls herself.\n\n"
            "Powered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Sheila Mbatha", "sheila@harvestloop.co", "co-founder", "executive"),
            ],
            "recruiter": None,
            "company": "Harvestloop",
            "position": "Customer Success Lead",
        },
    },
    {
        "id": "e-forwarded-by-agency",
        "format": "ics",
        "style": "agency",
        "title": "FW: Interview confirmation - Senior Electrical Engineer",
        "start": "2027-03-30T09:30",
        "minutes": 90,
        "organizer": P("Rory Flanagan", "rory.flanagan@voltsearch.ie"),
        "attendees": [ME, P("Rory Flanagan", "rory.flanagan@voltsearch.ie")],
        "description": (
            "Alex, see below from the client - all confirmed. Good luck!\nRory\n\n"
            "---------- Forwarded message ---------\nFrom: Eimear Walsh <eimear.walsh@corrib-"
            "power.ie>\nSubject: Interview confirmation - Senior Electrical Engineer\n\n"
            "Hi Rory, please confirm to your candidate: interview on site with Declan Hughes, "
            "Engineering Director, and Aoife Lynch, Principal Electrical Engineer.\n\nEimear "
            "Walsh\nHR Officer, Corrib Power"
        ),
        "location": "Corrib Power, Galway Business Park",
        "expect": {
            "interviewers": [
                ("Declan Hughes", None, "Engineering Director", "decision_maker"),
                ("Aoife Lynch", None, "Principal Electrical Engineer", "peer"),
            ],
            "recruiter": ("Rory Flanagan", "rory.flanagan@voltsearch.ie"),
            "company": "Corrib Power",
            "position": "Senior Electrical Engineer",
        },
    },
    {
        "id": "e-lever-reschedule-note-and-hm",
        "format": "graph",
        "style": "lever",
        "title": "Alex Morgan - Hiring Manager Interview - Payroll Lead",
        "start": "2027-03-31T15:00",
        "minutes": 45,
        "organizer": P("Sunita Rao", "sunita.rao@ledgerline.com"),
        "attendees": [
            ME,
            P("Sunita Rao", "sunita.rao@ledgerline.com"),
            P("Warren Tate", "warren.tate@ledgerline.com"),
        ],
        "description": (
            "Hi Alex,\n\nNew time as requested. This is your hiring manager interview with "
            "Warren Tate (Payroll Director).\n\nSunita Rao | Talent Partner | Ledgerline" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Warren Tate",
                    "warren.tate@ledgerline.com",
                    "Payroll Director",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Sunita Rao", "sunita.rao@ledgerline.com"),
            "company": "Ledgerline",
            "position": "Payroll Lead",
        },
    },
    {
        "id": "e-ashby-reschedule-two-slots",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Interview Scheduling//EN",
        "title": "Alex Morgan - Onsite (rescheduled) - Tiller Finance",
        "start": "2027-04-01T13:00",
        "minutes": 90,
        "organizer": P("Tiller Finance", "no-reply@ashbyhq.com"),
        "attendees": [ME],
        "description": (
            "Your interview schedule (updated)\n\nPosition: Senior Credit Analyst\n\n"
            "1:00 PM – 1:45 PM EDT\nCredit case\nInterviewer: Nadia Petrova (Head of Underwriting)\n\n"
            "1:45 PM – 2:30 PM EDT\nBehavioural\nInterviewer: Chris Amadi (VP, Credit)\n\n"
            "Recruiter: Julie Marchand (julie@tillerfinance.com)\n\nPowered by Ashby"
        ),
        "expect": {
            "interviewers": [
                ("Nadia Petrova", None, "Head of Underwriting", "decision_maker"),
                ("Chris Amadi", None, "VP, Credit", "executive"),
            ],
            "recruiter": ("Julie Marchand", "julie@tillerfinance.com"),
            "company": "Tiller Finance",
            "position": "Senior Credit Analyst",
        },
    },
    {
        "id": "e-hm-delegates-to-peer",
        "format": "google",
        "style": "human",
        "title": "Interview (updated) - QA Engineer - Brightpath",
        "start": "2027-04-02T11:00",
        "minutes": 45,
        "organizer": P("Ellie Winters", "ellie.winters@brightpath.com"),
        "attendees": [
            ME,
            P("Ellie Winters", "ellie.winters@brightpath.com"),
            P("Sam Okoye", "sam.okoye@brightpath.com"),
        ],
        "description": (
            "Hi Alex, Ellie here. I'm the hiring manager but I've been pulled into a release, so "
            "Sam Okoye (Senior QA Engineer) will run the first 30 minutes and I'll join for the "
            "rest.\n\nEllie Winters\nQA Manager, Brightpath" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ellie Winters",
                    "ellie.winters@brightpath.com",
                    "QA Manager",
                    "decision_maker",
                    True,
                ),
                ("Sam Okoye", "sam.okoye@brightpath.com", "Senior QA Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Brightpath",
            "position": "QA Engineer",
        },
    },
    {
        "id": "e-modernloop-resent-with-emails",
        "format": "graph",
        "style": "modernloop",
        "title": "[Updated] Final Interviews: Alex Morgan - Account Executive",
        "start": "2027-04-05T10:00",
        "minutes": 90,
        "organizer": P("Lina Park", "lina.park@quotaly.com"),
        "attendees": [
            ME,
            P("Marco Ferri", "marco.ferri@quotaly.com"),
            P("Janet Obi", "janet.obi@quotaly.com"),
        ],
        "description": (
            "Your interview loop at Quotaly (updated)\n\n"
            "10:00 AM - 10:45 AM\nRole play\nMarco Ferri (marco.ferri@quotaly.com)\nSales "
            "Manager, Mid-Market\n\n"
            "10:45 AM - 11:30 AM\nCulture\nJanet Obi (janet.obi@quotaly.com)\nVP Sales\n\n"
            "Recruiter: Lina Park\n\nScheduled with ModernLoop" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Marco Ferri",
                    "marco.ferri@quotaly.com",
                    "Sales Manager, Mid-Market",
                    "decision_maker",
                ),
                ("Janet Obi", "janet.obi@quotaly.com", "VP Sales", "executive"),
            ],
            "recruiter": ("Lina Park", "lina.park@quotaly.com"),
            "company": "Quotaly",
            "position": "Account Executive",
        },
    },
    {
        "id": "e-google-html-forwarded-by-recruiter",
        "format": "google",
        "style": "human",
        "title": "Fwd: Panel - Platform PM",
        "start": "2027-04-06T13:00",
        "minutes": 60,
        "organizer": P("Jess Romero", "jess.romero@atlasgrid.io"),
        "attendees": [
            ME,
            P("Jess Romero", "jess.romero@atlasgrid.io"),
            P("Kenta Mori", "kenta.mori@atlasgrid.io"),
            P("Fern Adeyemi", "fern.adeyemi@atlasgrid.io"),
        ],
        "description": (
            "Adding Alex to the panel invite.<br><br>---------- Forwarded message ---------<br>"
            "<b>Subject:</b> Panel - Platform PM<br><br>Panel for the Platform Product Manager "
            "role at Atlas Grid:<br><b>Kenta Mori</b>, Director of Product<br><b>Fern Adeyemi"
            "</b>, Staff Engineer<br><br>Jess Romero<br>Recruiter" + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                ("Kenta Mori", "kenta.mori@atlasgrid.io", "Director of Product", "decision_maker"),
                ("Fern Adeyemi", "fern.adeyemi@atlasgrid.io", "Staff Engineer", "peer"),
            ],
            "recruiter": ("Jess Romero", "jess.romero@atlasgrid.io"),
            "company": "Atlas Grid",
            "position": "Platform Product Manager",
        },
    },
    # --- Near-misses of the same shape --------------------------------------------------------
    {
        "id": "not-e-rescheduled-candidate-interview",
        "format": "graph",
        "style": "human",
        "title": "Rescheduled: Interview with Bilal Chaudhry (Backend Engineer candidate)",
        "start": "2027-03-18T15:00",
        "minutes": 60,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [ME_WORK, P("Bilal Chaudhry", "bilal.chaudhry@proton.me")],
        "description": (
            "Moved at the candidate's request. You are the interviewer for the coding round; "
            "please leave feedback in the ATS within 24 hours." + TEAMS
        ),
    },
    {
        "id": "not-e-forwarded-reference-request",
        "format": "google",
        "style": "human",
        "title": "Fwd: Reference call for Hana Ito",
        "start": "2027-03-24T17:00",
        "minutes": 20,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Derek Bloom", "derek.bloom@cindervale.com")],
        "description": (
            "---------- Forwarded message ---------\nFrom: Derek Bloom\nHana gave your name as a "
            "reference for her interview process with us. Could we talk for 20 minutes?"
        ),
    },
    {
        "id": "not-e-recruiter-hold-unconfirmed",
        "format": "ics",
        "style": "human",
        "title": "HOLD - possible interview slot (not confirmed)",
        "start": "2027-03-31T10:00",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": "Told the recruiter I'm free. Waiting to hear back; keep the morning clear.",
    },
    {
        "id": "not-e-copied-for-friend",
        "format": "google",
        "style": "human",
        "title": "Drive Jo to her interview at the hospital",
        "start": "2027-04-01T07:30",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Jo Kaplan", "jo.kaplan@gmail.com")],
        "description": "Her interview is at 8:30 with the nurse manager. Pick her up at 7:30.",
    },
]
