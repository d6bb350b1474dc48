# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Fresh held-out batch "fresh-7", written by someone who does not tune the parser, before any
run of the parser on it, standing in for invites written by others (issue 16). New companies,
people and layouts: titles written before names ("Engineering Manager - Name"), a six-person
Outlook table, nicknames in display names against full names in the text (Kate / Katherine),
"Dr." and credentials (PhD, CPA, PE) around names, apostrophes and Irish, Welsh, Vietnamese,
Yoruba, Polish and Japanese names (family name first in capitals), shared scheduling mailboxes
with the recruiter named only in prose, agencies writing for a client, parent companies and
"a division of" against the domain, requisition ids in several shapes, 24-hour times, a few words
of Swedish, French, German, Portuguese and Spanish around English text, British and
second-language English; Greenhouse, Lever, Ashby, GoodTime, ModernLoop, Gem, Calendly,
Workday, iCIMS, SmartRecruiters, Paradox, HireVue, Teamtailor, agencies and humans (recruiters,
hiring managers and founders booking Zoom / Meet / Teams). Near-misses: an employee-spotlight
video, customer interviews the user runs, a child's school admission, an interviewer
certification, a debrief, a design-exercise calibration, the user on their own company's loop,
a trade-press interview, an oral-history recording, a survey interview, a job-fair booth shift,
an adoption home study, an author event, screening volunteers, a question-bank review.

Labels are what a person reads in the invite, not what the parser returns. Conventions (the same
as the earlier sets): a person the invite calls the hiring manager is a decision_maker (hiring
manager mark set), and so is one it names as the candidate's future manager ("would be your
manager", "the role would report to me"), as fresh-3 labels it; a people-manager title (manager of a function, head of, director,
supervisor, lead of a store or shift) is a decision_maker; CEO, founder, CTO, COO, VP, general
manager are executives unless called the hiring manager; individual-contributor titles that
contain "manager" (product, program, account) are peers; HR and talent people are recruiters;
a recruiter who runs the call is both an interviewer (role recruiter) and the recruiter; the
recruiter is the recruiter when one is named, else the coordinator, else the shared mailbox
(no name); a person with no title or role in the invite is "unknown"; names are written without
honorifics (Dr., Mr, Ms) and titles without credentials (PhD, CPA, RN); the fuller form of a name
the invite gives is the name; legal forms (Inc., LLC, Ltd, GmbH, AB, S.A.) are not part of the
company; requisition ids are not part of the position; what the invite does not say is None.
build_heldout.py renders every case here into heldout-fresh7/; build.py does not import this
file.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools -------------------------------------------------------------------
    {
        "id": "f7-greenhouse-ics-title-before-name",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Confirmation - Halcyon Freight - Senior Backend Engineer (R-2208)",
        "start": "2028-01-10T13:00",
        "minutes": 135,
        "organizer": P("Marisol Quintero", "marisol.quintero@halcyonfreight.com"),
        "attendees": [
            ME,
            P("Priya Venkataraman", "priya.venkataraman@halcyonfreight.com"),
            P("Tomás Ó Briain", "tomas.obriain@halcyonfreight.com"),
            P("Gwen Ap Rhys", "gwen.aprhys@halcyonfreight.com"),
        ],
        "description": (
            "Hello Alex,\n\nWe're looking forward to your virtual onsite with Halcyon Freight for "
            "the Senior Backend Engineer role. Here's the plan (all times Eastern):\n\n"
            "1:00 - 1:45 PM | Engineering Manager, Routing - Priya Venkataraman (hiring manager)\n"
            "1:45 - 2:30 PM | Senior Software Engineer - Tomás Ó Briain\n"
            "2:30 - 3:15 PM | Principal Engineer - Gwen Ap Rhys\n\n"
            "Marisol Quintero\nRecruiting Coordinator\nHalcyon Freight" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Priya Venkataraman",
                    "priya.venkataraman@halcyonfreight.com",
                    "Engineering Manager, Routing",
                    "decision_maker",
                    True,
                ),
                (
                    "Tomás Ó Briain",
                    "tomas.obriain@halcyonfreight.com",
                    "Senior Software Engineer",
                    "peer",
                ),
                ("Gwen Ap Rhys", "gwen.aprhys@halcyonfreight.com", "Principal Engineer", "peer"),
            ],
            "recruiter": ("Marisol Quintero", "marisol.quintero@halcyonfreight.com"),
            "company": "Halcyon Freight",
            "position": "Senior Backend Engineer",
        },
    },
    {
        "id": "f7-greenhouse-graph-six-person-table",
        "format": "graph",
        "style": "greenhouse",
        "title": "Onsite Interview: Alex Morgan for Staff Product Designer",
        "start": "2028-01-11T09:30",
        "minutes": 300,
        "organizer": P("Bram Hollis", "bram.hollis@orchardline.com"),
        "attendees": [
            ME,
            P("Noémie Laurent", "noemie.laurent@orchardline.com"),
            P("Kwabena Owusu", "kwabena.owusu@orchardline.com"),
            P("Hana Takahashi", "hana.takahashi@orchardline.com"),
            P("Declan McGillivray", "declan.mcgillivray@orchardline.com"),
            P("Rosa Villanueva", "rosa.villanueva@orchardline.com"),
            P("Stellan Berg", "stellan.berg@orchardline.com"),
        ],
        "description": (
            "<html><body><p>Hi Alex,</p><p>Thank you for interviewing with Orchardline! Your "
            "onsite for <b>Staff Product Designer</b> is below.</p>"
            "<table border='1' cellpadding='4'><tr><th>Time</th><th>Interviewer</th><th>Title</th><th>Focus</th></tr>"
            "<tr><td>9:30</td><td>Noémie Laurent</td><td>Director of Design</td><td>Design leadership</td></tr>"
            "<tr><td>10:15</td><td>Kwabena Owusu</td><td>Senior Product Designer</td><td>Portfolio review</td></tr>"
            "<tr><td>11:00</td><td>Hana Takahashi</td><td>Design Researcher</td><td>Research partnership</td></tr>"
            "<tr><td>12:00</td><td>Declan McGillivray</td><td>Product Manager, Growth</td><td>Cross-functional</td></tr>"
            "<tr><td>13:00</td><td>Rosa Villanueva</td><td>Staff Frontend Engineer</td><td>Design-to-build</td></tr>"
            "<tr><td>13:45</td><td>Stellan Berg</td><td>VP, Product</td><td>Leadership</td></tr></table>"
            "<p>Lunch 11:45-12:00 on your own. Your recruiter is Ines Carvalho "
            "(ines.carvalho@orchardline.com).</p><p>Best,<br>Bram Hollis | Candidate Experience | Orchardline</p>"
            "</body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Noémie Laurent",
                    "noemie.laurent@orchardline.com",
                    "Director of Design",
                    "decision_maker",
                ),
                (
                    "Kwabena Owusu",
                    "kwabena.owusu@orchardline.com",
                    "Senior Product Designer",
                    "peer",
                ),
                ("Hana Takahashi", "hana.takahashi@orchardline.com", "Design Researcher", "peer"),
                (
                    "Declan McGillivray",
                    "declan.mcgillivray@orchardline.com",
                    "Product Manager, Growth",
                    "peer",
                ),
                (
                    "Rosa Villanueva",
                    "rosa.villanueva@orchardline.com",
                    "Staff Frontend Engineer",
                    "peer",
                ),
                ("Stellan Berg", "stellan.berg@orchardline.com", "VP, Product", "executive"),
            ],
            "recruiter": ("Ines Carvalho", "ines.carvalho@orchardline.com"),
            "company": "Orchardline",
            "position": "Staff Product Designer",
        },
    },
    {
        "id": "f7-greenhouse-google-pronouns-ul",
        "format": "google",
        "style": "greenhouse",
        "title": "Alex Morgan <> Fernway: Technical Interview (Site Reliability Engineer)",
        "start": "2028-01-12T11:00",
        "minutes": 90,
        "organizer": P("Fernway Recruiting", "recruiting@fernway.io"),
        "attendees": [
            ME,
            P("Oluwaseun Adeyemi", "seun@fernway.io"),
            P("Mikael Korhonen", "mikael@fernway.io"),
        ],
        "description": (
            "<p>Hi Alex! Here are the details for your technical interview for <b>Site Reliability "
            "Engineer</b>.</p><ul>"
            "<li>Oluwaseun Adeyemi (he/him) &mdash; Senior SRE</li>"
            "<li>Mikael Korhonen (they/them) &mdash; SRE Manager</li></ul>"
            "<p>You'll pair on a small incident scenario; no prep needed. Questions? Email your "
            "recruiter, Dahlia Rosenthal, at dahlia@fernway.io.</p><p>&mdash; Fernway Recruiting</p>"
            + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                ("Oluwaseun Adeyemi", "seun@fernway.io", "Senior SRE", "peer"),
                ("Mikael Korhonen", "mikael@fernway.io", "SRE Manager", "decision_maker"),
            ],
            "recruiter": ("Dahlia Rosenthal", "dahlia@fernway.io"),
            "company": "Fernway",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "f7-lever-google-nickname-display-name",
        "format": "google",
        "style": "lever",
        "title": "Interview with Brightlantern - Customer Success Lead",
        "start": "2028-01-13T14:00",
        "minutes": 45,
        "organizer": P("Joaquín Ferreyra", "joaquin.ferreyra@brightlantern.com"),
        "attendees": [
            ME,
            P("Joaquín Ferreyra", "joaquin.ferreyra@brightlantern.com"),
            P("Kate Brannigan", "katherine.brannigan@brightlantern.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for your time so far. Next up for the Customer Success Lead "
            "role:\n\nWho you'll meet:\n- Katherine Brannigan, Head of Customer Success (hiring "
            "manager)\n\nKatherine will dig into how you've handled renewals and escalations.\n\n"
            "Cheers,\nJoaquín Ferreyra\nTechnical Recruiter, Brightlantern" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Katherine Brannigan",
                    "katherine.brannigan@brightlantern.com",
                    "Head of Customer Success",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Joaquín Ferreyra", "joaquin.ferreyra@brightlantern.com"),
            "company": "Brightlantern",
            "position": "Customer Success Lead",
        },
    },
    {
        "id": "f7-lever-ics-names-only-no-addresses",
        "format": "ics",
        "style": "lever",
        "prodid": "-//Lever//Interview Scheduling//EN",
        "title": "Final round: Alex Morgan - Revenue Operations Analyst",
        "start": "2028-01-14T10:00",
        "minutes": 90,
        "organizer": P("Shoshana Gutfreund", "shoshana@pallisade.com"),
        "attendees": [ME, P("Shoshana Gutfreund", "shoshana@pallisade.com")],
        "description": (
            "Hi Alex,\n\nYour final round with Pallisade is confirmed. You'll meet, back to back:\n"
            "\u2022 Thandiwe Dlamini \u2013 Director, Revenue Operations\n"
            "\u2022 Lukas Nowak \u2013 Sales Operations Analyst\n"
            "\u2022 Beatrix Fenwick-Hale \u2013 Chief Revenue Officer\n\n"
            "The panel will join from the same Zoom room.\n\nShoshana Gutfreund\nRecruiter | Pallisade"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Thandiwe Dlamini", None, "Director, Revenue Operations", "decision_maker"),
                ("Lukas Nowak", None, "Sales Operations Analyst", "peer"),
                ("Beatrix Fenwick-Hale", None, "Chief Revenue Officer", "executive"),
            ],
            "recruiter": ("Shoshana Gutfreund", "shoshana@pallisade.com"),
            "company": "Pallisade",
            "position": "Revenue Operations Analyst",
        },
    },
    {
        "id": "f7-ashby-ics-dr-and-phd",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Interview Scheduling//EN",
        "title": "Interview: Scientist II, Assay Development - Verdance Bio",
        "start": "2028-01-17T09:00",
        "minutes": 120,
        "organizer": P("Verdance Bio", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("Ifeoma Nwachukwu", "inwachukwu@verdance.bio"),
            P("Rahel Tesfaye", "rtesfaye@verdance.bio"),
        ],
        "description": (
            "Hi Alex,\n\nYour interview for Scientist II, Assay Development (Job ID: 7f3c21) is "
            "confirmed.\n\nSchedule\n"
            "09:00-10:00  Dr. Ifeoma Nwachukwu, PhD - Associate Director, Assay Development (Hiring Manager)\n"
            "10:00-11:00  Rahel Tesfaye, PhD - Senior Scientist\n\n"
            "Your point of contact is Corbin Ashdown (corbin.ashdown@verdance.bio).\n\n"
            "Verdance Bio, Inc. | 400 Technology Sq, Cambridge MA\nPowered by Ashby"
        ),
        "location": "Verdance Bio, 400 Technology Sq, 5th floor lobby",
        "expect": {
            "interviewers": [
                (
                    "Ifeoma Nwachukwu",
                    "inwachukwu@verdance.bio",
                    "Associate Director, Assay Development",
                    "decision_maker",
                    True,
                ),
                ("Rahel Tesfaye", "rtesfaye@verdance.bio", "Senior Scientist", "peer"),
            ],
            "recruiter": ("Corbin Ashdown", "corbin.ashdown@verdance.bio"),
            "company": "Verdance Bio",
            "position": "Scientist II, Assay Development",
        },
    },
    {
        "id": "f7-ashby-graph-hm-screen-short-local",
        "format": "graph",
        "style": "ashby",
        "title": "Hiring Manager Screen - Alex Morgan - Growth Marketing Manager",
        "start": "2028-01-18T16:00",
        "minutes": 30,
        "organizer": P("Quillon", "no-reply@ashbyhq.com"),
        "attendees": [ME, P("Ravi", "ravi@quillon.ai")],
        "description": (
            "Hi Alex,\n\nYou're booked for a 30-minute hiring manager screen with Ravi Subramaniam, "
            "Head of Growth at Quillon, for the Growth Marketing Manager role.\n\n"
            "If you need to reschedule, reply to your recruiter Léa Moreau (lea@quillon.ai).\n\n"
            "Sent via Ashby" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Ravi Subramaniam", "ravi@quillon.ai", "Head of Growth", "decision_maker", True),
            ],
            "recruiter": ("Léa Moreau", "lea@quillon.ai"),
            "company": "Quillon",
            "position": "Growth Marketing Manager",
        },
    },
    {
        "id": "f7-goodtime-graph-scheduling-mailbox-recruiter-prose",
        "format": "graph",
        "style": "goodtime",
        "title": "Interview - Alex Morgan - Solutions Architect, Public Sector",
        "start": "2028-01-19T13:00",
        "minutes": 60,
        "organizer": P(
            "Stonebridge Interview Scheduling", "interview-scheduling@stonebridgesys.com"
        ),
        "attendees": [
            ME,
            P("Nguyễn Thị Mai", "mai.nguyen@stonebridgesys.com"),
            P("Aldous Pemberton", "aldous.pemberton@stonebridgesys.com"),
        ],
        "description": (
            "Dear Alex,\n\nThis confirms your interview for Solutions Architect, Public Sector at "
            "Stonebridge Systems.\n\n"
            "Interviewers\nNguyễn Thị Mai <mai.nguyen@stonebridgesys.com> - Principal Solutions Architect\n"
            "Aldous Pemberton <aldous.pemberton@stonebridgesys.com> - Regional Director, Public Sector\n\n"
            "Your recruiter, Gráinne Mulcahy, will follow up after the interview with next steps.\n\n"
            "This message was sent by GoodTime on behalf of Stonebridge Systems." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Nguyễn Thị Mai",
                    "mai.nguyen@stonebridgesys.com",
                    "Principal Solutions Architect",
                    "peer",
                ),
                (
                    "Aldous Pemberton",
                    "aldous.pemberton@stonebridgesys.com",
                    "Regional Director, Public Sector",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Gráinne Mulcahy", None),
            "company": "Stonebridge Systems",
            "position": "Solutions Architect, Public Sector",
        },
    },
    {
        "id": "f7-goodtime-ics-pipe-agenda-british",
        "format": "ics",
        "style": "goodtime",
        "prodid": "-//GoodTime.io//Scheduling//EN",
        "title": "Interview | Data Protection Counsel | Alex Morgan",
        "start": "2028-01-20T10:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Hartwell Talent Team", "talent@hartwellgroup.co.uk"),
        "attendees": [
            ME,
            P("Imogen Ashworth-Price", "imogen.ashworth-price@hartwellgroup.co.uk"),
            P("Rhodri Llewellyn", "rhodri.llewellyn@hartwellgroup.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your application. We are pleased to confirm your "
            "interview for the role of Data Protection Counsel (vacancy ref. HG/LEG/0419).\n\n"
            "10:00 | Imogen Ashworth-Price | Head of Legal\n"
            "10:45 | Rhodri Llewellyn | Senior Privacy Counsel\n\n"
            "Please bring photo ID to reception. Do let us know if you require any adjustments.\n\n"
            "Kind regards,\nPhoebe Fairclough\nTalent Acquisition Partner\nHartwell Group plc\nphoebe.fairclough@hartwellgroup.co.uk"
        ),
        "location": "Hartwell Group, 1 Cheapside, London EC2V",
        "expect": {
            "interviewers": [
                (
                    "Imogen Ashworth-Price",
                    "imogen.ashworth-price@hartwellgroup.co.uk",
                    "Head of Legal",
                    "decision_maker",
                ),
                (
                    "Rhodri Llewellyn",
                    "rhodri.llewellyn@hartwellgroup.co.uk",
                    "Senior Privacy Counsel",
                    "peer",
                ),
            ],
            "recruiter": ("Phoebe Fairclough", "phoebe.fairclough@hartwellgroup.co.uk"),
            "company": "Hartwell Group",
            "position": "Data Protection Counsel",
        },
    },
    {
        "id": "f7-modernloop-google-24h-blocks",
        "format": "google",
        "style": "modernloop",
        "title": "Virtual Onsite (Day 1 of 2) - Machine Learning Engineer, Ranking - Alex Morgan",
        "start": "2028-01-21T14:00",
        "minutes": 120,
        "tz": "Europe/Berlin",
        "organizer": P("Kiran Bhattacharya", "kiran.bhattacharya@lumora.de"),
        "attendees": [
            ME,
            P("Kiran Bhattacharya", "kiran.bhattacharya@lumora.de"),
            P("Friederike Haas", "f.haas@lumora.de"),
            P("Emeka Obi", "e.obi@lumora.de"),
        ],
        "description": (
            "Hi Alex,\n\nDay 1 of your virtual onsite at Lumora for Machine Learning Engineer, "
            "Ranking (req 2028-ML-014). Times are CET.\n\n"
            "14:00\u201314:55\nML Fundamentals\nFriederike Haas\nSenior ML Engineer\n\n"
            "15:05\u201316:00\nRanking System Design\nEmeka Obi\nTeam Lead, Search & Ranking\n\n"
            "Day 2 invite follows separately.\n\nViele Gr\u00fc\u00dfe,\nKiran Bhattacharya\n"
            "Talent Acquisition, Lumora GmbH\n\nScheduled with ModernLoop" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Friederike Haas", "f.haas@lumora.de", "Senior ML Engineer", "peer"),
                ("Emeka Obi", "e.obi@lumora.de", "Team Lead, Search & Ranking", "decision_maker"),
            ],
            "recruiter": ("Kiran Bhattacharya", "kiran.bhattacharya@lumora.de"),
            "company": "Lumora",
            "position": "Machine Learning Engineer, Ranking",
        },
    },
    {
        "id": "f7-modernloop-graph-coordinator-and-recruiter",
        "format": "graph",
        "style": "modernloop",
        "title": "Alex Morgan - Panel Interview - Senior Financial Analyst (FP&A)",
        "start": "2028-01-24T10:00",
        "minutes": 90,
        "organizer": P("Sable & Finch Recruiting", "recruiting@sablefinch.com"),
        "attendees": [
            ME,
            P("Yusuf Demir", "ydemir@sablefinch.com"),
            P("Margarethe Lindqvist", "mlindqvist@sablefinch.com"),
            P("Conference Room Larch", "larch@resources.sablefinch.com", room=True),
        ],
        "description": (
            "<p><b>Position:</b> Senior Financial Analyst (FP&amp;A)<br><b>Recruiter:</b> Patrice "
            "Gauthier<br><b>Coordinator:</b> Honor Blackwood (recruiting@sablefinch.com)</p>"
            "<p><b>10:00 AM</b> Yusuf Demir, FP&amp;A Manager<br><b>10:45 AM</b> Margarethe "
            "Lindqvist, CFO</p><p>Please check in with reception on the 12th floor.</p>"
            "<p>Powered by ModernLoop</p>"
        ),
        "location": "Sable & Finch, 200 Clarendon St, 12th floor (Larch)",
        "expect": {
            "interviewers": [
                ("Yusuf Demir", "ydemir@sablefinch.com", "FP&A Manager", "decision_maker"),
                ("Margarethe Lindqvist", "mlindqvist@sablefinch.com", "CFO", "executive"),
            ],
            "recruiter": ("Patrice Gauthier", None),
            "company": "Sable & Finch",
            "position": "Senior Financial Analyst (FP&A)",
        },
    },
    {
        "id": "f7-gem-google-sourcer-books-hm",
        "format": "google",
        "style": "gem",
        "title": "Alex / Ngozi - intro chat (Engineering Manager, Payments Infra)",
        "start": "2028-01-25T12:30",
        "minutes": 30,
        "organizer": P("Wiktoria Zielińska", "wiktoria@tallowpay.com"),
        "attendees": [
            ME,
            P("Ngozi Okonkwo-Baptiste", "ngozi@tallowpay.com"),
        ],
        "description": (
            "Hi Alex - as promised, here's time with Ngozi Okonkwo-Baptiste, our Director of "
            "Engineering and the hiring manager for the Engineering Manager, Payments Infra role. I won't "
            "be on the call, but ping me anytime.\n\nWiktoria Zielińska\nSourcer, TallowPay\n\n"
            "Booked with Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ngozi Okonkwo-Baptiste",
                    "ngozi@tallowpay.com",
                    "Director of Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Wiktoria Zielińska", "wiktoria@tallowpay.com"),
            "company": "TallowPay",
            "position": "Engineering Manager, Payments Infra",
        },
    },
    {
        "id": "f7-gem-ics-recruiter-runs-call-portuguese",
        "format": "ics",
        "style": "gem",
        "prodid": "-//Gem//Scheduling//EN",
        "title": "Primeira conversa / First chat - Alex & Luana (Mareluz)",
        "start": "2028-01-26T09:00",
        "minutes": 30,
        "tz": "America/Sao_Paulo",
        "organizer": P("Luana Figueiredo", "luana.figueiredo@mareluz.com.br"),
        "attendees": [ME, P("Luana Figueiredo", "luana.figueiredo@mareluz.com.br")],
        "description": (
            "Olá Alex! Tudo bem?\n\nThanks for accepting. This is a first 30-minute conversation "
            "with me about the Senior Data Analyst opening at Mareluz - your experience, what you "
            "look for, salary expectations and the next steps of our process.\n\n"
            "Abraços,\nLuana Figueiredo\nTalent Acquisition Partner | Mareluz" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Luana Figueiredo",
                    "luana.figueiredo@mareluz.com.br",
                    "Talent Acquisition Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Luana Figueiredo", "luana.figueiredo@mareluz.com.br"),
            "company": "Mareluz",
            "position": "Senior Data Analyst",
        },
    },
    {
        "id": "f7-calendly-ics-founder-coffee-answers",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Coffee with Ottilie (Alex Morgan)",
        "start": "2028-01-27T08:30",
        "minutes": 30,
        "organizer": P("Ottilie Marchetti-Voss", "ottilie@kindlepath.co"),
        "attendees": [ME, P("Ottilie Marchetti-Voss", "ottilie@kindlepath.co")],
        "description": (
            "Event Name: Coffee with Ottilie\n\n"
            "Ottilie is co-founder and CEO of Kindlepath. Grab a coffee (virtual or at Blue Door "
            "Café) and let's talk.\n\n"
            "Questions:\nWhat would you like to chat about?\nThe first product manager role you're "
            "hiring for - I'd love to hear how you see it.\n\n"
            "Location: Blue Door Café, 41 Mercer St\n\nPowered by Calendly.com"
        ),
        "location": "Blue Door Café, 41 Mercer St",
        "expect": {
            "interviewers": [
                (
                    "Ottilie Marchetti-Voss",
                    "ottilie@kindlepath.co",
                    "co-founder and CEO",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Kindlepath",
            "position": "Product Manager",
        },
    },
    {
        "id": "f7-calendly-google-recruiter-screen-initial",
        "format": "google",
        "style": "calendly",
        "title": "Intro Call: Alex Morgan and J. Harper Okafor",
        "start": "2028-01-28T11:00",
        "minutes": 20,
        "organizer": P("J. Harper Okafor", "harper.okafor@brindlewood.org"),
        "attendees": [ME, P("J. Harper Okafor", "harper.okafor@brindlewood.org")],
        "description": (
            "Event Name: Intro Call\n\n"
            "A short call with Harper, People & Talent Manager at Brindlewood Conservancy, to "
            "talk through the Grants Manager vacancy, salary band and timeline.\n\n"
            "Location: Harper will call you at the number you provided.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7d1a\n"
            "Reschedule: https://calendly.com/reschedulings/7d1a\n\nPowered by Calendly.com"
        ),
        "location": "Phone call",
        "expect": {
            "interviewers": [
                (
                    "J. Harper Okafor",
                    "harper.okafor@brindlewood.org",
                    "People & Talent Manager",
                    "recruiter",
                ),
            ],
            "recruiter": ("J. Harper Okafor", "harper.okafor@brindlewood.org"),
            "company": "Brindlewood Conservancy",
            "position": "Grants Manager",
        },
    },
    {
        "id": "f7-workday-graph-division-of-parent",
        "format": "graph",
        "style": "workday",
        "title": "Interview Scheduled: JR-118842 Process Engineer II",
        "start": "2028-01-31T08:30",
        "minutes": 60,
        "organizer": P("Workday Recruiting", "recruiting-noreply@myworkday.com"),
        "attendees": [
            ME,
            P("Okonkwo, Chidi", "chidi.okonkwo@aurelianindustries.com"),
            P("Saarinen, Aino", "aino.saarinen@aurelianindustries.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: JR-118842 Process Engineer II\n"
            "Company: Petrel Coatings, a division of Aurelian Industries\n"
            "Interview Type: In Person\n"
            "Interviewers:\n  Chidi Okonkwo, PE - Process Engineering Supervisor\n"
            "  Aino Saarinen - Senior Process Engineer\n"
            "Recruiter: Devora Klein (devora.klein@aurelianindustries.com)\n"
            "Location: Petrel Coatings Plant 3, 1200 River Rd, Decatur AL - Security Gate B"
        ),
        "location": "Petrel Coatings Plant 3, Security Gate B",
        "expect": {
            "interviewers": [
                (
                    "Chidi Okonkwo",
                    "chidi.okonkwo@aurelianindustries.com",
                    "Process Engineering Supervisor",
                    "decision_maker",
                ),
                (
                    "Aino Saarinen",
                    "aino.saarinen@aurelianindustries.com",
                    "Senior Process Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Devora Klein", "devora.klein@aurelianindustries.com"),
            "company": "Petrel Coatings",
            "position": "Process Engineer II",
        },
    },
    {
        "id": "f7-workday-ics-interviewer-field-pairs",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview for Clinical Pharmacist - Night Shift (R0051937)",
        "start": "2028-02-01T07:30",
        "minutes": 45,
        "organizer": P("Harborview Regional Talent", "talent@harborviewregional.org"),
        "attendees": [ME, P("Aoife Delaney", "aoife.delaney@harborviewregional.org")],
        "description": (
            "Position: Clinical Pharmacist - Night Shift\nRequisition: R0051937\n"
            "Interviewer Name: Aoife Delaney, PharmD, BCPS\nInterviewer Title: Pharmacy Operations Manager\n"
            "Interview Format: Microsoft Teams video\n\nHarborview Regional Medical Center | Talent "
            "Acquisition" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Aoife Delaney",
                    "aoife.delaney@harborviewregional.org",
                    "Pharmacy Operations Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "talent@harborviewregional.org"),
            "company": "Harborview Regional Medical Center",
            "position": "Clinical Pharmacist - Night Shift",
        },
    },
    {
        "id": "f7-icims-ics-interview-details-store",
        "format": "ics",
        "style": "icims",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Interview - Assistant Store Manager - Copperkettle Home #0417",
        "start": "2028-02-02T15:00",
        "minutes": 45,
        "organizer": P("Copperkettle Home Careers", "careers@copperkettlehome.com"),
        "attendees": [ME, P("DeShawn Whitaker", "deshawn.whitaker@copperkettlehome.com")],
        "description": (
            "Interview Details\nJob Title: Assistant Store Manager\nJob ID: 2028-14420\n"
            "Interviewer: DeShawn Whitaker, Store Manager\n"
            "Secondary Interviewer: Mónica Ibarra, District Manager (may join by phone)\n"
            "Address: Copperkettle Home #0417, 88 Orchard Plaza, Toledo OH\n\n"
            "Please ask for DeShawn at the customer service desk. Recruiter: Tavita Faleolo "
            "(tavita.faleolo@copperkettlehome.com)\n\nThis message was sent via iCIMS."
        ),
        "location": "Copperkettle Home #0417, 88 Orchard Plaza, Toledo OH",
        "expect": {
            "interviewers": [
                (
                    "DeShawn Whitaker",
                    "deshawn.whitaker@copperkettlehome.com",
                    "Store Manager",
                    "decision_maker",
                ),
                ("Mónica Ibarra", None, "District Manager", "decision_maker"),
            ],
            "recruiter": ("Tavita Faleolo", "tavita.faleolo@copperkettlehome.com"),
            "company": "Copperkettle Home",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "f7-icims-graph-on-behalf-brand",
        "format": "graph",
        "style": "icims",
        "title": "Phone Interview Confirmation - Payroll Specialist",
        "start": "2028-02-03T10:00",
        "minutes": 30,
        "organizer": P("Talent Acquisition", "ta-noreply@icims.com"),
        "attendees": [ME, P("Lorraine Fitzgerald-Odum", "lfitzgeraldodum@glenfieldhg.com")],
        "description": (
            "Dear Alex Morgan,\n\nOn behalf of Glenfield Hospitality Group, thank you for applying "
            "to the Payroll Specialist position (Req. 11872) at our Lakeshore Grand Hotel property.\n\n"
            "Lorraine Fitzgerald-Odum, Payroll Manager, will call you at the number on your "
            "application.\n\nSincerely,\nTalent Acquisition\nGlenfield Hospitality Group"
        ),
        "expect": {
            "interviewers": [
                (
                    "Lorraine Fitzgerald-Odum",
                    "lfitzgeraldodum@glenfieldhg.com",
                    "Payroll Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Glenfield Hospitality Group",
            "position": "Payroll Specialist",
        },
    },
    {
        "id": "f7-smartrecruiters-google-hiring-team-mwd",
        "format": "google",
        "style": "smartrecruiters",
        "title": "Video Interview: Werkstudent Frontend (m/w/d) - Alex Morgan",
        "start": "2028-02-04T10:00",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Henrike Stoltenberg", "henrike.stoltenberg@fahrwerk-mobility.de"),
        "attendees": [
            ME,
            P("Henrike Stoltenberg", "henrike.stoltenberg@fahrwerk-mobility.de"),
            P("Jannik Schäfer", "jannik.schaefer@fahrwerk-mobility.de"),
        ],
        "description": (
            "Hallo Alex,\n\nthank you for your application at Fahrwerk Mobility. We would like to "
            "invite you to a video interview for the position Werkstudent Frontend (m/w/d).\n\n"
            "Hiring team:\nJannik Schäfer - Frontend Chapter Lead (Hiring Manager)\n"
            "Henrike Stoltenberg - Recruiter\n\n"
            "Beste Grüße / Best regards\nHenrike Stoltenberg\nFahrwerk Mobility GmbH\n\n"
            "Sent via SmartRecruiters" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Jannik Schäfer",
                    "jannik.schaefer@fahrwerk-mobility.de",
                    "Frontend Chapter Lead",
                    "decision_maker",
                    True,
                ),
                (
                    "Henrike Stoltenberg",
                    "henrike.stoltenberg@fahrwerk-mobility.de",
                    "Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Henrike Stoltenberg", "henrike.stoltenberg@fahrwerk-mobility.de"),
            "company": "Fahrwerk Mobility",
            "position": "Werkstudent Frontend",
        },
    },
    {
        "id": "f7-smartrecruiters-graph-interviewers-colon",
        "format": "graph",
        "style": "smartrecruiters",
        "title": "Interview invitation - Senior Tax Accountant - Ridgeway Partners",
        "start": "2028-02-07T14:00",
        "minutes": 60,
        "organizer": P("Ridgeway Partners Careers", "careers@ridgewaypartners.com"),
        "attendees": [
            ME,
            P("Hollister, Grant", "ghollister@ridgewaypartners.com"),
            P("Sato, Emiko", "esato@ridgewaypartners.com"),
        ],
        "description": (
            "Dear Alex,\n\nWe are happy to invite you to an interview for Senior Tax Accountant "
            "(Ref: RP-TX-2271).\n\nInterviewers: Grant Hollister, CPA (Tax Director); Emiko Sato, "
            "CPA (Senior Tax Associate)\n\nOur office is at 600 Grant St, Suite 2100. Please arrive 10 "
            "minutes early.\n\nRidgeway Partners Talent Team\n\nPowered by SmartRecruiters"
        ),
        "location": "600 Grant St, Suite 2100, Pittsburgh PA",
        "expect": {
            "interviewers": [
                (
                    "Grant Hollister",
                    "ghollister@ridgewaypartners.com",
                    "Tax Director",
                    "decision_maker",
                ),
                ("Emiko Sato", "esato@ridgewaypartners.com", "Senior Tax Associate", "peer"),
            ],
            "recruiter": (None, "careers@ridgewaypartners.com"),
            "company": "Ridgeway Partners",
            "position": "Senior Tax Accountant",
        },
    },
    {
        "id": "f7-paradox-ics-restaurant-kitchen-manager",
        "format": "ics",
        "style": "paradox",
        "prodid": "-//Paradox//Olivia//EN",
        "title": "Your interview at Saffron Table - Line Cook",
        "start": "2028-02-08T14:30",
        "minutes": 20,
        "organizer": P("Olivia from Saffron Table", "no-reply@paradox.ai"),
        "attendees": [ME],
        "description": (
            "Hi Alex! It's Olivia, the virtual assistant for Saffron Table. Your in-person "
            "interview for Line Cook is set.\n\nWho: Benedikt 'Benny' Kowalczyk, Kitchen Manager\n"
            "Where: Saffron Table - Riverside, 14 Water St\nWhat to bring: ID and food handler card "
            "if you have one\n\nReply R to reschedule."
        ),
        "location": "Saffron Table - Riverside, 14 Water St",
        "expect": {
            "interviewers": [
                ("Benedikt Kowalczyk", None, "Kitchen Manager", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Saffron Table",
            "position": "Line Cook",
        },
    },
    {
        "id": "f7-paradox-google-warehouse-two-interviewers",
        "format": "google",
        "style": "paradox",
        "title": "Interview confirmed: Warehouse Associate (Nights) at Northgate Distribution",
        "start": "2028-02-09T18:00",
        "minutes": 30,
        "organizer": P("Northgate Hiring Assistant", "no-reply@paradox.ai"),
        "attendees": [ME, P("Rashida Coleman", "rashida.coleman@northgatedc.com")],
        "description": (
            "You're all set, Alex!\n\nPosition: Warehouse Associate (Nights)\n"
            "Date: Wed Feb 9, 6:00 PM\nInterviewers: Rashida Coleman (Operations Supervisor) and "
            "Tuan Pham (Shift Supervisor)\nCheck in at the guard shack and show this message.\n\n"
            "Questions? Text this number anytime. - Northgate Hiring Assistant"
        ),
        "location": "Northgate Distribution, 5 Logistics Pkwy, Gate 2",
        "expect": {
            "interviewers": [
                (
                    "Rashida Coleman",
                    "rashida.coleman@northgatedc.com",
                    "Operations Supervisor",
                    "decision_maker",
                ),
                ("Tuan Pham", None, "Shift Supervisor", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Northgate Distribution",
            "position": "Warehouse Associate (Nights)",
        },
    },
    {
        "id": "f7-hirevue-graph-live-two-panelists",
        "format": "graph",
        "style": "hirevue",
        "title": "HireVue Live Interview: Graduate Actuarial Analyst",
        "start": "2028-02-10T09:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("HireVue", "noreply@hirevue.com"),
        "attendees": [ME],
        "description": (
            "Hello Alex,\n\nYou have been scheduled for a live video interview with Thistlegate "
            "Assurance for the Graduate Actuarial Analyst programme.\n\n"
            "Interviewer(s): Mhairi Baillie, Head of Pricing; Kofi Boateng, Actuarial Analyst\n"
            "Start your interview: https://app.hirevue.com/live/8842-ka91\n\n"
            "Please test your camera and microphone beforehand. For help, contact "
            "graduates@thistlegate.co.uk."
        ),
        "expect": {
            "interviewers": [
                ("Mhairi Baillie", None, "Head of Pricing", "decision_maker"),
                ("Kofi Boateng", None, "Actuarial Analyst", "peer"),
            ],
            "recruiter": (None, "graduates@thistlegate.co.uk"),
            "company": "Thistlegate Assurance",
            "position": "Graduate Actuarial Analyst",
        },
    },
    {
        "id": "f7-teamtailor-google-swedish-greeting",
        "format": "google",
        "style": "teamtailor",
        "title": "Intervju / Interview: Backend Developer (Kotlin) - Alex Morgan",
        "start": "2028-02-11T13:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Elin Sjöberg", "elin.sjoberg@norrvik.se"),
        "attendees": [
            ME,
            P("Elin Sjöberg", "elin.sjoberg@norrvik.se"),
            P("Björn Åkesson", "bjorn.akesson@norrvik.se"),
        ],
        "description": (
            "Hej Alex!\n\nTack för din ansökan. (Thank you for applying!) We would love to meet "
            "you for the Backend Developer (Kotlin) role at Norrvik.\n\n"
            "You will meet Björn Åkesson (Tech Lead, Payments) and me, Elin Sjöberg "
            "(Talent Acquisition Specialist).\n\nVänliga hälsningar,\nElin\nNorrvik AB\n\n"
            "Sent with Teamtailor" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Björn Åkesson", "bjorn.akesson@norrvik.se", "Tech Lead, Payments", "peer"),
                (
                    "Elin Sjöberg",
                    "elin.sjoberg@norrvik.se",
                    "Talent Acquisition Specialist",
                    "recruiter",
                ),
            ],
            "recruiter": ("Elin Sjöberg", "elin.sjoberg@norrvik.se"),
            "company": "Norrvik",
            "position": "Backend Developer (Kotlin)",
        },
    },
    {
        "id": "f7-teamtailor-graph-html-panel-company-in-signature",
        "format": "graph",
        "style": "teamtailor",
        "title": "Interview - Customer Support Team Lead",
        "start": "2028-02-14T11:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Femke de Wit", "femke@klaverhuis.nl"),
        "attendees": [
            ME,
            P("Femke de Wit", "femke@klaverhuis.nl"),
            P("Sven Mulder", "sven@klaverhuis.nl"),
            P("Amal Haddad", "amal@klaverhuis.nl"),
        ],
        "description": (
            "<div>Hi Alex,</div><div><br></div><div>Great to meet you next week for the Customer "
            "Support Team Lead position. The conversation will be with:</div><ul>"
            "<li><b>Sven Mulder</b> &ndash; Head of Customer Experience</li>"
            "<li><b>Amal Haddad</b> &ndash; Senior Support Specialist</li></ul>"
            "<div>I'll host the first five minutes and then leave you with them.</div><div><br></div>"
            "<div>Groetjes,</div><div>Femke de Wit<br>People Partner<br>Klaverhuis B.V.</div>"
            "<div><small>Sent with Teamtailor</small></div>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Sven Mulder",
                    "sven@klaverhuis.nl",
                    "Head of Customer Experience",
                    "decision_maker",
                ),
                ("Amal Haddad", "amal@klaverhuis.nl", "Senior Support Specialist", "peer"),
            ],
            "recruiter": ("Femke de Wit", "femke@klaverhuis.nl"),
            "company": "Klaverhuis",
            "position": "Customer Support Team Lead",
        },
    },
    # --- Agencies ----------------------------------------------------------------------------
    {
        "id": "f7-agency-ics-on-behalf-of-client",
        "format": "ics",
        "style": "agency",
        "title": "Interview: Alex Morgan x Norrland Timber - Head of Supply Chain",
        "start": "2028-02-15T15:00",
        "minutes": 60,
        "organizer": P("Callum Ferrier", "callum.ferrier@apexcrestsearch.com"),
        "attendees": [
            ME,
            P("Callum Ferrier", "callum.ferrier@apexcrestsearch.com"),
            P("Astrid Lundgren", "astrid.lundgren@norrlandtimber.com"),
            P("Piet Janssen", "piet.janssen@norrlandtimber.com"),
        ],
        "description": (
            "Hi Alex,\n\nI'm sending this invite on behalf of our client, Norrland Timber, for the "
            "Head of Supply Chain role we discussed.\n\nYou'll meet:\n"
            "Astrid Lundgren - Chief Operating Officer (hiring manager)\n"
            "Piet Janssen - Director of Procurement\n\n"
            "I'll give you a call the day before to prep. Good luck!\n\n"
            "Callum Ferrier\nSenior Consultant, Apexcrest Search\n+1 312 555 0142" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Astrid Lundgren",
                    "astrid.lundgren@norrlandtimber.com",
                    "Chief Operating Officer",
                    "decision_maker",
                    True,
                ),
                (
                    "Piet Janssen",
                    "piet.janssen@norrlandtimber.com",
                    "Director of Procurement",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Callum Ferrier", "callum.ferrier@apexcrestsearch.com"),
            "company": "Norrland Timber",
            "position": "Head of Supply Chain",
        },
    },
    {
        "id": "f7-agency-graph-client-domain-differs",
        "format": "graph",
        "style": "agency",
        "title": "Client interview - Cloud Security Engineer - Halvard Bank",
        "start": "2028-02-16T12:00",
        "minutes": 45,
        "organizer": P("Priyanka Rao", "priyanka.rao@talentbridge-it.com"),
        "attendees": [
            ME,
            P("Neville Okoye", "neville.okoye@hvbgroup.com"),
        ],
        "description": (
            "Dear Alex,\n\nAs discussed, Halvard Bank would like to interview you for the Cloud "
            "Security Engineer (contract, 12 months) position. Please find the details below.\n\n"
            "Interviewer : Mr. Neville Okoye, Cloud Security Architect\n"
            "Duration : 45 mins\nMode : MS Teams (link below)\n\n"
            "Kindly confirm your availability by return mail and do let me know if any query.\n\n"
            "Thanks & Regards,\nPriyanka Rao\nTalent Acquisition Lead | TalentBridge IT Services"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Neville Okoye", "neville.okoye@hvbgroup.com", "Cloud Security Architect", "peer"),
            ],
            "recruiter": ("Priyanka Rao", "priyanka.rao@talentbridge-it.com"),
            "company": "Halvard Bank",
            "position": "Cloud Security Engineer",
        },
    },
    {
        "id": "f7-agency-google-recruiter-joins-client-founder",
        "format": "google",
        "style": "agency",
        "title": "Alex Morgan / Tidewell - intro with Jun (via Larkfield Talent)",
        "start": "2028-02-17T16:30",
        "minutes": 45,
        "organizer": P("Noa Ben-David", "noa@larkfieldtalent.com"),
        "attendees": [
            ME,
            P("Noa Ben-David", "noa@larkfieldtalent.com"),
            P("Jun Watanabe", "jun@tidewell.energy"),
        ],
        "description": (
            "Hi both,\n\nIntroducing Alex (candidate for the Founding Account Executive role) and "
            "Jun Watanabe (co-founder & CEO, Tidewell). I'll join for the first few minutes to "
            "make introductions and then drop.\n\nNoa Ben-David\nPartner, Larkfield Talent" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Jun Watanabe", "jun@tidewell.energy", "co-founder & CEO", "executive"),
            ],
            "recruiter": ("Noa Ben-David", "noa@larkfieldtalent.com"),
            "company": "Tidewell",
            "position": "Founding Account Executive",
        },
    },
    # --- Humans: recruiters, hiring managers, founders -----------------------------------------
    {
        "id": "f7-human-zoom-recruiter-esl-kindly",
        "format": "ics",
        "style": "human",
        "title": "Interview schedule for Senior QA Automation Engineer position",
        "start": "2028-02-18T10:30",
        "minutes": 60,
        "organizer": P("Sneha Kulkarni", "sneha.kulkarni@vistaraloop.com"),
        "attendees": [
            ME,
            P("Sneha Kulkarni", "sneha.kulkarni@vistaraloop.com"),
            P("Rahul Khanna", "rahul.khanna@vistaraloop.com"),
        ],
        "description": (
            "Dear Alex,\n\nGreetings from Vistaraloop Technologies!\n\nKindly find below the details "
            "for the technical interview round with our Head of Quality Engineering Mr. Rahul "
            "Khanna for the Senior QA Automation Engineer position. Request you to join 5 minutes "
            "before the scheduled time and keep your updated resume handy.\n\n"
            "Regards,\nSneha Kulkarni\nHR Executive - Talent Acquisition\nVistaraloop Technologies Pvt. Ltd."
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Rahul Khanna",
                    "rahul.khanna@vistaraloop.com",
                    "Head of Quality Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Sneha Kulkarni", "sneha.kulkarni@vistaraloop.com"),
            "company": "Vistaraloop Technologies",
            "position": "Senior QA Automation Engineer",
        },
    },
    {
        "id": "f7-human-meet-founder-gmail-first-sales-hire",
        "format": "google",
        "style": "human",
        "title": "Alex <> Desmond - coffee chat",
        "start": "2028-02-21T09:00",
        "minutes": 30,
        "organizer": P("Desmond Achebe", "desmond.achebe@gmail.com"),
        "attendees": [ME, P("Desmond Achebe", "desmond.achebe@gmail.com")],
        "description": (
            "Hey Alex - thanks for reaching out about the first sales hire at Loamworks. Let's grab "
            "30 min so I can tell you what we're building and hear about your background. Super "
            "informal.\n\nDesmond\nFounder, Loamworks (still on gmail, sorry!)" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Desmond Achebe", "desmond.achebe@gmail.com", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Loamworks",
            "position": None,
        },
    },
    {
        "id": "f7-human-teams-hm-books-directly-signature",
        "format": "graph",
        "style": "human",
        "title": "Chat about the Platform PM role",
        "start": "2028-02-22T15:30",
        "minutes": 45,
        "organizer": P("Yolanda Espinoza-Reyes", "yolanda.espinoza@corbelsoft.com"),
        "attendees": [ME, P("Yolanda Espinoza-Reyes", "yolanda.espinoza@corbelsoft.com")],
        "description": (
            "Hi Alex,\n\nMarcus passed along your profile. I'm the hiring manager for the Senior "
            "Product Manager, Platform role and would love to get to know you before we set up "
            "the full loop. We'll talk about your API platform work and what the team is taking on "
            "this year.\n\nThanks,\nYolanda Espinoza-Reyes\nGroup Product Manager | Corbel Software"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Yolanda Espinoza-Reyes",
                    "yolanda.espinoza@corbelsoft.com",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Corbel Software",
            "position": "Senior Product Manager, Platform",
        },
    },
    {
        "id": "f7-human-british-panel-names-then-titles",
        "format": "ics",
        "style": "human",
        "title": "Interview - Senior Planner (Transport) - Alex Morgan",
        "start": "2028-02-23T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Bethan Pryce", "bethan.pryce@calderwoodconsult.co.uk"),
        "attendees": [
            ME,
            P("Fiona MacLeod", "fiona.macleod@calderwoodconsult.co.uk"),
            P("Gareth Evans", "gareth.evans@calderwoodconsult.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nFurther to our conversation, I'm pleased to confirm your interview for "
            "the Senior Planner (Transport) post. You'll be meeting Fiona and Gareth. Fiona "
            "MacLeod is our Associate Director for Transport Planning and Gareth Evans is a "
            "Principal Planner in the same team.\n\nThe interview will last about an hour and "
            "includes a short discussion of a scheme you've worked on - no slides needed.\n\n"
            "Kind regards,\nBethan Pryce\nHR Advisor\nCalderwood Consulting Ltd"
        ),
        "location": "Calderwood Consulting, 3 Park Row, Leeds LS1",
        "expect": {
            "interviewers": [
                (
                    "Fiona MacLeod",
                    "fiona.macleod@calderwoodconsult.co.uk",
                    "Associate Director for Transport Planning",
                    "decision_maker",
                ),
                (
                    "Gareth Evans",
                    "gareth.evans@calderwoodconsult.co.uk",
                    "Principal Planner",
                    "peer",
                ),
            ],
            "recruiter": ("Bethan Pryce", "bethan.pryce@calderwoodconsult.co.uk"),
            "company": "Calderwood Consulting",
            "position": "Senior Planner (Transport)",
        },
    },
    {
        "id": "f7-human-summary-name-and-title-in-parens",
        "format": "google",
        "style": "human",
        "title": "Interview \u2013 Alex Morgan / Siobhán O'Connell (Finance Director)",
        "start": "2028-02-24T11:00",
        "minutes": 45,
        "organizer": P("Siobhán O'Connell", "siobhan.oconnell@brackenridgefoods.ie"),
        "attendees": [ME, P("Siobhán O'Connell", "siobhan.oconnell@brackenridgefoods.ie")],
        "description": (
            "Alex, looking forward to our chat about the Financial Controller position at "
            "Brackenridge Foods. I'll have our management accounts pack to walk through.\n\n"
            "Siobhán" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Siobhán O'Connell",
                    "siobhan.oconnell@brackenridgefoods.ie",
                    "Finance Director",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Brackenridge Foods",
            "position": "Financial Controller",
        },
    },
    {
        "id": "f7-human-initials-in-names-panel",
        "format": "graph",
        "style": "human",
        "title": "Technical interview - Embedded Firmware Engineer",
        "start": "2028-02-25T13:00",
        "minutes": 75,
        "organizer": P("Marguerite Delacroix", "m.delacroix@voltaris.com"),
        "attendees": [
            ME,
            P("J.P. Duarte", "jp.duarte@voltaris.com"),
            P("A. K. Singh", "ak.singh@voltaris.com"),
            P("T.J. Whitfield", "tj.whitfield@voltaris.com"),
        ],
        "description": (
            "Hi Alex,\n\nThe firmware team is looking forward to your technical interview for the "
            "Embedded Firmware Engineer opening at Voltaris.\n\nPanel:\n"
            "J.P. Duarte (Firmware Engineering Manager)\nA. K. Singh (Senior Embedded Engineer)\n"
            "T.J. Whitfield (Hardware Test Engineer)\n\n"
            "Expect some C on a shared editor and a board bring-up discussion.\n\n"
            "Marguerite Delacroix\nTalent Acquisition | Voltaris" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "J.P. Duarte",
                    "jp.duarte@voltaris.com",
                    "Firmware Engineering Manager",
                    "decision_maker",
                ),
                ("A. K. Singh", "ak.singh@voltaris.com", "Senior Embedded Engineer", "peer"),
                ("T.J. Whitfield", "tj.whitfield@voltaris.com", "Hardware Test Engineer", "peer"),
            ],
            "recruiter": ("Marguerite Delacroix", "m.delacroix@voltaris.com"),
            "company": "Voltaris",
            "position": "Embedded Firmware Engineer",
        },
    },
    {
        "id": "f7-human-french-greeting-english-body",
        "format": "ics",
        "style": "human",
        "title": "Entretien / Interview - Data Engineer - Alex Morgan",
        "start": "2028-02-28T10:00",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Clémence Aubry", "clemence.aubry@vellarue.fr"),
        "attendees": [
            ME,
            P("Clémence Aubry", "clemence.aubry@vellarue.fr"),
            P("Jean-Baptiste Lefèvre", "jb.lefevre@vellarue.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nAs promised, here is the invitation for your second interview for "
            "the Data Engineer position at Vellarue. You will speak with Jean-Baptiste Lefèvre, "
            "our Lead Data Engineer and hiring manager for this role, about your pipelines "
            "experience. I will join at the start.\n\nÀ bientôt,\nClémence Aubry\n"
            "Chargée de recrutement (Recruiter) - Vellarue SAS" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Jean-Baptiste Lefèvre",
                    "jb.lefevre@vellarue.fr",
                    "Lead Data Engineer",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Clémence Aubry", "clemence.aubry@vellarue.fr"),
            "company": "Vellarue",
            "position": "Data Engineer",
        },
    },
    {
        "id": "f7-human-japanese-family-name-caps",
        "format": "google",
        "style": "human",
        "title": "Final Interview: Localization Program Manager (Alex Morgan)",
        "start": "2028-02-29T08:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("MORI Ayaka", "ayaka.mori@hoshizora-games.jp"),
        "attendees": [
            ME,
            P("MORI Ayaka", "ayaka.mori@hoshizora-games.jp"),
            P("TANAKA Hiroshi", "hiroshi.tanaka@hoshizora-games.jp"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for your time in the previous interview. We would like "
            "to invite you to the final interview for Localization Program Manager at Hoshizora "
            "Games.\n\nInterviewer: TANAKA Hiroshi (General Manager, Publishing Division)\n"
            "Time: 8:00-9:00 JST (18:00-19:00 EST the previous day)\n\n"
            "Best regards,\nMORI Ayaka\nHuman Resources, Hoshizora Games Co., Ltd." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "TANAKA Hiroshi",
                    "hiroshi.tanaka@hoshizora-games.jp",
                    "General Manager, Publishing Division",
                    "executive",
                ),
            ],
            "recruiter": ("MORI Ayaka", "ayaka.mori@hoshizora-games.jp"),
            "company": "Hoshizora Games",
            "position": "Localization Program Manager",
        },
    },
    {
        "id": "f7-human-vp-title-before-name-not-invited",
        "format": "graph",
        "style": "human",
        "title": "Next step: Regional Sales Manager (Midwest)",
        "start": "2028-03-01T16:00",
        "minutes": 30,
        "organizer": P("Tasha Greenberg", "tasha.greenberg@ironvale.com"),
        "attendees": [
            ME,
            P("Tasha Greenberg", "tasha.greenberg@ironvale.com"),
            P("Augustin Mbeki", "augustin.mbeki@ironvale.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat speaking yesterday! As a next step for the Regional Sales Manager "
            "(Midwest) role, you'll meet Sales Director Augustin Mbeki, who would be your manager. "
            "Our VP of Sales, Dana Ruiz-Ortega, may join the final round later on.\n\n"
            "Tasha Greenberg\nSenior Recruiter, Ironvale" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Augustin Mbeki",
                    "augustin.mbeki@ironvale.com",
                    "Sales Director",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Tasha Greenberg", "tasha.greenberg@ironvale.com"),
            "company": "Ironvale",
            "position": "Regional Sales Manager (Midwest)",
        },
    },
    {
        "id": "f7-human-two-cofounders-gmail-and-domain",
        "format": "ics",
        "style": "human",
        "title": "Alex + Quarrystone founders",
        "start": "2028-03-02T17:00",
        "minutes": 45,
        "organizer": P("Marisa Kealoha", "marisa@quarrystone.dev"),
        "attendees": [
            ME,
            P("Marisa Kealoha", "marisa@quarrystone.dev"),
            P("Bartholomew Ng", "bart.ng.dev@gmail.com"),
        ],
        "description": (
            "Hi Alex,\n\nBart and I would love to continue the conversation about joining "
            "Quarrystone as our first infrastructure engineer. I'm the CEO; Bart (CTO, on his "
            "personal email until IT catches up with him) will go deep on the stack.\n\n"
            "Marisa" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Marisa Kealoha", "marisa@quarrystone.dev", "CEO", "executive"),
                ("Bartholomew Ng", "bart.ng.dev@gmail.com", "CTO", "executive"),
            ],
            "recruiter": None,
            "company": "Quarrystone",
            "position": "Infrastructure Engineer",
        },
    },
    {
        "id": "f7-human-academic-search-committee",
        "format": "graph",
        "style": "human",
        "title": "Zoom interview - Assistant Professor of Environmental Economics (Search #4471)",
        "start": "2028-03-03T13:00",
        "minutes": 40,
        "organizer": P("Carmen Solís", "csolis@westbrookcollege.edu"),
        "attendees": [
            ME,
            P("Ebenezer Addo", "eaddo@westbrookcollege.edu"),
            P("Lindqvist, Margit", "mlindqvist@westbrookcollege.edu"),
            P("Harlan Yazzie", "hyazzie@westbrookcollege.edu"),
        ],
        "description": (
            "Dear Dr. Morgan,\n\nOn behalf of the search committee, thank you for agreeing to a "
            "preliminary interview for the position of Assistant Professor of Environmental "
            "Economics at Westbrook College.\n\nCommittee members:\n"
            "Prof. Ebenezer Addo, Chair of the Department of Economics (committee chair)\n"
            "Dr. Margit Lindqvist, Associate Professor of Economics\n"
            "Dr. Harlan Yazzie, Professor of Environmental Studies\n\n"
            "Sincerely,\nCarmen Solís\nAcademic Department Coordinator" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Ebenezer Addo",
                    "eaddo@westbrookcollege.edu",
                    "Chair of the Department of Economics",
                    "decision_maker",
                ),
                (
                    "Margit Lindqvist",
                    "mlindqvist@westbrookcollege.edu",
                    "Associate Professor of Economics",
                    "peer",
                ),
                (
                    "Harlan Yazzie",
                    "hyazzie@westbrookcollege.edu",
                    "Professor of Environmental Studies",
                    "peer",
                ),
            ],
            "recruiter": ("Carmen Solís", "csolis@westbrookcollege.edu"),
            "company": "Westbrook College",
            "position": "Assistant Professor of Environmental Economics",
        },
    },
    {
        "id": "f7-human-careers-mailbox-signed-owner",
        "format": "google",
        "style": "human",
        "title": "Phone screen - Bookkeeper (part-time)",
        "start": "2028-03-06T10:00",
        "minutes": 20,
        "organizer": P("Fenwick & Daughters Careers", "careers@fenwickanddaughters.com"),
        "attendees": [ME, P("Fenwick & Daughters Careers", "careers@fenwickanddaughters.com")],
        "description": (
            "Hi Alex,\n\nThanks for applying for the part-time Bookkeeper role at Fenwick & "
            "Daughters. I'll give you a ring at 10 for a quick 20-minute chat about your "
            "experience with Xero and payroll.\n\nCheers,\nMaeve\nOffice Manager"
        ),
        "location": "Phone",
        "expect": {
            # Label corrected in the tenth round: the invite names her "Maeve" and signs her
            # "Office Manager"; neither "Fenwick" nor "Owner" is written anywhere (labels are
            # what a person reads). She runs the office the bookkeeper would work in.
            "interviewers": [
                ("Maeve", "careers@fenwickanddaughters.com", "Office Manager", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Fenwick & Daughters",
            "position": "Bookkeeper",
        },
    },
    {
        "id": "f7-human-informal-walk-is-interview-spanish",
        "format": "ics",
        "style": "human",
        "title": "Paseo + café con Ale (informal)",
        "start": "2028-03-07T09:30",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Alejandra Fuentes Roldán", "ale@trigalia.es"),
        "attendees": [ME, P("Alejandra Fuentes Roldán", "ale@trigalia.es")],
        "description": (
            "Hola Alex!\n\nNo formal interview, I promise - just a walk around Retiro and a coffee "
            "so we can see if the Head of Design role at Trigalia is a fit for both of us. I run "
            "product here and the role would report to me.\n\n"
            "Nos vemos en la Puerta de Alcalá.\n\nAle\nChief Product Officer, Trigalia"
        ),
        "location": "Puerta de Alcalá, Madrid",
        "expect": {
            "interviewers": [
                (
                    "Alejandra Fuentes Roldán",
                    "ale@trigalia.es",
                    "Chief Product Officer",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Trigalia",
            "position": "Head of Design",
        },
    },
    {
        "id": "f7-human-meet-hyphenated-panel-times-in-text",
        "format": "google",
        "style": "human",
        "title": "Case interview (Strategy Associate) - Alex Morgan",
        "start": "2028-03-08T14:00",
        "minutes": 90,
        "organizer": P("Oyelaran, Temitope", "temitope.oyelaran@ashgrovepartners.com"),
        "attendees": [
            ME,
            P("Oyelaran, Temitope", "temitope.oyelaran@ashgrovepartners.com"),
            P("Zoe Hart-Mendelsohn", "zoe.hart-mendelsohn@ashgrovepartners.com"),
            P("Luc Beaulieu-Tran", "luc.beaulieu-tran@ashgrovepartners.com"),
        ],
        "description": (
            "Hi Alex,\n\nConfirming your case interviews for the Strategy Associate role at "
            "Ashgrove Partners:\n\n"
            "2:00pm ET - Zoe Hart-Mendelsohn, Senior Consultant (market-sizing case)\n"
            "2:45pm ET - Luc Beaulieu-Tran, Principal (profitability case)\n\n"
            "Have pen and paper ready; calculators are fine.\n\nBest,\nTemitope Oyelaran\n"
            "Recruiting Manager, Ashgrove Partners" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Zoe Hart-Mendelsohn",
                    "zoe.hart-mendelsohn@ashgrovepartners.com",
                    "Senior Consultant",
                    "peer",
                ),
                (
                    "Luc Beaulieu-Tran",
                    "luc.beaulieu-tran@ashgrovepartners.com",
                    "Principal",
                    "peer",
                ),
            ],
            "recruiter": ("Temitope Oyelaran", "temitope.oyelaran@ashgrovepartners.com"),
            "company": "Ashgrove Partners",
            "position": "Strategy Associate",
        },
    },
    {
        "id": "f7-lever-graph-swapped-interviewer",
        "format": "graph",
        "style": "lever",
        "title": "Updated: Interview with Marrowbeam - Technical Program Manager",
        "start": "2028-03-09T11:00",
        "minutes": 60,
        "organizer": P("Keziah Abernathy", "keziah@marrowbeam.com"),
        "attendees": [
            ME,
            P("Dariusz Wójcik", "dariusz@marrowbeam.com"),
            P("Priscila Andrade", "priscila@marrowbeam.com"),
        ],
        "description": (
            "Hi Alex,\n\nSmall change: Helen Strand is out sick, so Dariusz Wójcik (Senior "
            "Technical Program Manager) is stepping in for her. The rest is unchanged.\n\n"
            "Your interviewers:\n- Dariusz Wójcik, Senior Technical Program Manager\n"
            "- Priscila Andrade, Director of Program Management (hiring manager)\n\n"
            "Sorry for the shuffle!\nKeziah Abernathy\nRecruiting Coordinator, Marrowbeam" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Dariusz Wójcik",
                    "dariusz@marrowbeam.com",
                    "Senior Technical Program Manager",
                    "peer",
                ),
                (
                    "Priscila Andrade",
                    "priscila@marrowbeam.com",
                    "Director of Program Management",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Keziah Abernathy", "keziah@marrowbeam.com"),
            "company": "Marrowbeam",
            "position": "Technical Program Manager",
        },
    },
    {
        "id": "f7-human-german-engineering-dipl-ing",
        "format": "ics",
        "style": "human",
        "title": "Vorstellungsgespräch / Interview: Test Engineer Powertrain (Ref. 24-117)",
        "start": "2028-03-10T09:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Katrin Oberländer", "k.oberlaender@steinfeld-antriebe.de"),
        "attendees": [
            ME,
            P("Katrin Oberländer", "k.oberlaender@steinfeld-antriebe.de"),
            P("Dr. Matthias Göbel", "m.goebel@steinfeld-antriebe.de"),
        ],
        "description": (
            "Dear Mr Morgan,\n\nthank you very much for your application. We are pleased to "
            "invite you to an interview for the position Test Engineer Powertrain (Ref. 24-117).\n\n"
            "Your interview partners:\nDr.-Ing. Matthias Göbel, Head of Powertrain Validation\n"
            "Katrin Oberländer, HR Business Partner\n\n"
            "Mit freundlichen Grüßen / Kind regards\nKatrin Oberländer\nSteinfeld Antriebe GmbH"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Matthias Göbel",
                    "m.goebel@steinfeld-antriebe.de",
                    "Head of Powertrain Validation",
                    "decision_maker",
                ),
                (
                    "Katrin Oberländer",
                    "k.oberlaender@steinfeld-antriebe.de",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Katrin Oberländer", "k.oberlaender@steinfeld-antriebe.de"),
            "company": "Steinfeld Antriebe",
            "position": "Test Engineer Powertrain",
        },
    },
    # --- Near-misses: about interviewing, or shaped like an interview, but not one -----------
    {
        "id": "f7-not-employee-spotlight-video",
        "format": "graph",
        "style": "human",
        "title": "Employee spotlight interview - filming",
        "start": "2028-01-13T15:00",
        "minutes": 45,
        "organizer": P("Initech Internal Comms", "comms@initech.com"),
        "attendees": [ME_WORK, P("Rowan Achterberg", "rowan.achterberg@initech.com")],
        "description": (
            "Thanks for agreeing to be this quarter's employee spotlight! Rowan from Internal Comms "
            "will interview you on camera for ~20 minutes about your team and what you're working "
            "on. The cut will go on the intranet and the careers page.\n\nStudio B, 3rd floor."
        ),
        "location": "Studio B, 3rd floor",
    },
    {
        "id": "f7-not-customer-interviews-user-runs",
        "format": "google",
        "style": "human",
        "title": "Customer interview #4 - Dunmore Logistics (onboarding flow)",
        "start": "2028-01-19T11:00",
        "minutes": 45,
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Marta Ruiz-Castellano", "marta.ruiz@dunmorelogistics.com"),
            P("Ikaika Kahananui", "ikaika.kahananui@initech.com"),
        ],
        "description": (
            "Discovery interview with Marta (Ops Manager at Dunmore) about how her team onboards "
            "new drivers in our app. Alex leads, Ikaika takes notes. Discussion guide: "
            "https://docs.initech.com/research/onboarding-guide-v2" + MEET
        ),
    },
    {
        "id": "f7-not-child-school-admission",
        "format": "ics",
        "style": "human",
        "title": "Admissions interview - Milo Morgan (Year 3 entry)",
        "start": "2028-01-22T09:15",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("St Aldhelm's Admissions", "admissions@staldhelms.org.uk"),
        "attendees": [ME],
        "description": (
            "Dear Mr Morgan,\n\nWe look forward to meeting Milo for his informal admissions "
            "interview with the Head of Lower School, Mrs Pennington. Parents are welcome to wait "
            "in the library.\n\nAdmissions Office"
        ),
        "location": "St Aldhelm's School, Reception",
    },
    {
        "id": "f7-not-interviewer-certification",
        "format": "graph",
        "style": "human",
        "title": "Interviewer certification - module 2: bias and structured scoring",
        "start": "2028-01-26T14:00",
        "minutes": 90,
        "organizer": P("Initech Talent Acquisition", "ta@initech.com"),
        "attendees": [ME_WORK, P("Kalani Whitford", "kalani.whitford@initech.com")],
        "description": (
            "Module 2 of the certification you need before joining onsite loops as an interviewer. "
            "Kalani Whitford (Talent Acquisition Lead) will run mock interviews with a paid actor "
            "playing the candidate." + TEAMS
        ),
    },
    {
        "id": "f7-not-debrief-data-scientist-loop",
        "format": "ics",
        "style": "human",
        "title": "Debrief - Data Scientist onsite (candidate: Farid H.)",
        "start": "2028-01-28T16:00",
        "minutes": 30,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            ME_WORK,
            P("Solveig Arntzen", "solveig.arntzen@initech.com"),
            P("Maurice Ogbu", "maurice.ogbu@initech.com"),
        ],
        "description": (
            "Hiring debrief for Farid's interviews on Tuesday. Solveig (hiring manager) will "
            "facilitate. Scorecards due by noon." + ZOOM
        ),
    },
    {
        "id": "f7-not-design-exercise-calibration",
        "format": "google",
        "style": "human",
        "title": "Calibration: app critique exercise (interview panel)",
        "start": "2028-02-01T13:00",
        "minutes": 60,
        "organizer": P("Noémie Tran", "noemie.tran@initech.com"),
        "attendees": [
            ME_WORK,
            P("Noémie Tran", "noemie.tran@initech.com"),
            P("Jasper Okafor", "jasper.okafor@initech.com"),
        ],
        "description": (
            "Before we run the new app-critique exercise with candidates, let's each score the "
            "two sample write-ups and agree on what 'strong hire' means for it." + MEET
        ),
    },
    {
        "id": "f7-not-user-on-own-company-loop-ashby",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Interview Scheduling//EN",
        "title": "Interview: Priyanka Deol for Senior Backend Engineer - System Design",
        "start": "2028-02-03T11:00",
        "minutes": 60,
        "organizer": P("Initech", "no-reply@ashbyhq.com"),
        "attendees": [ME_WORK, P("Priyanka Deol", "priyanka.deol.dev@outlook.com")],
        "description": (
            "Candidate: Priyanka Deol\nRole: Senior Backend Engineer\nInterview: System Design\n"
            "Interviewer: Alex Morgan\n\nInterview guide and feedback form: "
            "https://app.ashbyhq.com/interview-plans/1c9f\n\nSent via Ashby" + ZOOM
        ),
    },
    {
        "id": "f7-not-trade-press-interview",
        "format": "graph",
        "style": "human",
        "title": "Interview with Supply Chain Weekly (re: warehouse robotics rollout)",
        "start": "2028-02-08T10:30",
        "minutes": 30,
        "organizer": P("Imani Castellanos", "imani.castellanos@initech.com"),
        "attendees": [
            ME_WORK,
            P("Imani Castellanos", "imani.castellanos@initech.com"),
            P("Duncan Reilly", "dreilly@supplychainweekly.com"),
        ],
        "description": (
            "Duncan Reilly, senior reporter at Supply Chain Weekly, will interview you about the "
            "robotics rollout for a feature. Imani (PR) will sit in. Key messages doc attached; "
            "no numbers on headcount please." + TEAMS
        ),
    },
    {
        "id": "f7-not-oral-history-recording",
        "format": "google",
        "style": "human",
        "title": "Oral history interview with Grandma Rosalind - recording",
        "start": "2028-02-12T14:00",
        "minutes": 120,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Hattie Morgan", "hattie.morgan.home@gmail.com")],
        "description": (
            "Bring the recorder and the list of questions about the farm years. The county "
            "historical society wants the audio for their archive. Hattie will bring old photos."
        ),
        "location": "Grandma's, 12 Birch Lane",
    },
    {
        "id": "f7-not-household-survey-interview",
        "format": "ics",
        "style": "human",
        "title": "Household survey interview (American Time Use Survey)",
        "start": "2028-02-15T18:30",
        "minutes": 20,
        "organizer": P("Census Field Representative", "field.rep.0427@census.example.gov"),
        "attendees": [ME],
        "description": (
            "Confirming your telephone interview for the American Time Use Survey. A field "
            "representative will call you and ask about how you spent yesterday. Your answers are "
            "confidential."
        ),
        "location": "Telephone",
    },
    {
        "id": "f7-not-job-fair-booth-shift",
        "format": "graph",
        "style": "human",
        "title": "Booth shift: State U career fair - on-the-spot interviews",
        "start": "2028-02-18T10:00",
        "minutes": 180,
        "organizer": P("Initech Campus Recruiting", "campus@initech.com"),
        "attendees": [
            ME_WORK,
            P("Gabriela Nunes", "gabriela.nunes@initech.com"),
            P("Theo Lindqvist", "theo.lindqvist@initech.com"),
        ],
        "description": (
            "Thanks for volunteering! You're on the morning shift at our booth. Students can do "
            "15-minute on-the-spot interviews for the summer internship; use the short rubric on "
            "the tablet. Gabriela (Campus Recruiter) has the swag and badges."
        ),
        "location": "State U Student Union, Ballroom B, Booth 14",
    },
    {
        "id": "f7-not-adoption-home-study",
        "format": "google",
        "style": "human",
        "title": "Home study interview #2 (adoption)",
        "start": "2028-02-20T10:00",
        "minutes": 90,
        "organizer": P("Renata Kowalski, LCSW", "rkowalski@brightpathfamilies.org"),
        "attendees": [ME, P("Renata Kowalski, LCSW", "rkowalski@brightpathfamilies.org")],
        "description": (
            "Second home study visit. I'll interview each of you separately and then walk "
            "through the house. Please have the fire-safety checklist ready.\n\nRenata Kowalski, "
            "LCSW\nBright Path Family Services"
        ),
        "location": "Home",
    },
    {
        "id": "f7-not-author-in-conversation",
        "format": "ics",
        "style": "human",
        "title": "In conversation: Yaa Gyasi interviewed by Ruth Ozeki",
        "start": "2028-02-24T19:00",
        "minutes": 90,
        "organizer": P("Harbor Books Events", "events@harborbooks.com"),
        "attendees": [ME],
        "description": (
            "Your ticket for tonight's author event. The interview will be followed by audience "
            "Q&A and a signing. Doors at 6:30."
        ),
        "location": "Harbor Books, 210 Front St",
    },
    {
        "id": "f7-not-volunteer-screening-food-bank",
        "format": "graph",
        "style": "human",
        "title": "Volunteer interviews - new driver applicants",
        "start": "2028-02-26T09:00",
        "minutes": 120,
        "organizer": P("Eastside Food Bank", "volunteers@eastsidefoodbank.org"),
        "attendees": [ME, P("Thandeka Mokoena", "thandeka@eastsidefoodbank.org")],
        "description": (
            "Hi Alex, thanks for helping screen our new delivery-driver volunteers again. You and "
            "Thandeka will interview four applicants, 25 minutes each; the question sheet and "
            "background-check forms are in the office.\n\nThandeka Mokoena\nVolunteer Coordinator"
        ),
        "location": "Eastside Food Bank office, 77 Dock St",
    },
    {
        "id": "f7-not-question-bank-review",
        "format": "google",
        "style": "human",
        "title": "Review interview question bank - Sales Engineer loop",
        "start": "2028-03-01T11:00",
        "minutes": 45,
        "organizer": P("Soren Adebayo", "soren.adebayo@initech.com"),
        "attendees": [
            ME_WORK,
            P("Soren Adebayo", "soren.adebayo@initech.com"),
            P("Initech Recruiting", "recruiting@initech.com"),
        ],
        "description": (
            "Let's retire the questions that leaked on Glassdoor and add two new technical "
            "discovery scenarios before the next Sales Engineer interviews start." + MEET
        ),
    },
]
