# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'o', written by someone who does not tune the parser, labelled before any run of
the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no separate
build file or rendered folder, the tuner adds this file to build.py). 60 invites: 45 interviews
and 15 near-misses that mention interviewing, across .ics, Google JSON and Graph JSON.

The angle is WHO DECIDES and WHO A PERSON IS. (1) The hiring-manager mark and decision roles as
prose states them: "Gus will be your manager", "the role reports into Oksana", "our VP of Sales is
the hiring manager for this one", "you would join Marco's team", "Teresa owns the decision", "the
COO, who is hiring for this role directly", "the final call on this hire is mine"; executives who
ARE the hiring manager, and managers who are NOT (a people manager who only sits on the panel from
another team, a director who is the skip-level, a hiring manager named in a field who does not
attend). (2) People written in awkward forms: honorifics and post-nominals (Dame, Dr., Eng., Prof.,
Rev., PhD, RN, CPA, DBE), particles and compound surnames (van der, de la, bin, Al-, Ní, Mac),
diacritics, non-Latin-script names beside a Latin transliteration, initials and nicknames (T.J.,
"Bob" for Robert, "Liz"), address local parts that are initials or a surname only, attendees with
no display name, Graph names written "Last, First", two people with the same first name.
(3) Recruiters behind shared or tool mailboxes (no-reply@, jobs@...teamtailor-mail.com, careers@)
where the real recruiter is named in the description or signature; coordinators vs recruiters;
sourcers and agency consultants. The near-misses are the user's own hiring-committee meetings,
a reference the user gives for someone else, a mock interview with a friend, recruiter webinars
for many candidates, a job-fair slot list, an exit interview, onboarding 1:1s and intake meetings.

Labels are what a careful person reads in the invite, not what the parser returns, with the
conventions of cases_m.py, cases_n.py and cases_fresh12.py: a person the invite calls the hiring
manager, the candidate's future manager, the person the role reports into, the lead of the team
they would join, the owner of the hiring decision or the one "hiring for this role directly" is a
decision_maker with the hiring-manager mark, executives included; a people-manager title (manager
of a function, head of, director, supervisor, team lead, medical director) is a decision_maker
without the mark when someone else is the hiring manager (a skip-level, a manager from another
team sitting on the panel); CEO, founder, CTO, COO, CFO, VP, chief, managing partner, chair are
executives unless called the hiring manager; individual-contributor titles that contain "manager"
(product, program, customer success manager) are peers; an HR business partner who interviews is
role recruiter; a recruiter who runs (part of) the call is an interviewer (role recruiter) and the
recruiter; one who only coordinates, opens the call and drops off, or sources is not an
interviewer; the recruiter is the named recruiter (address only when the invite gives that
person's own address), else the coordinator, else a team mailbox as (None, address), else None;
a hiring manager named in a field who is not on the call is not an interviewer; names are written
without honorifics and post-nominals (Dr., Prof., Eng., Dame, Rev., Mr, Ms, PhD, RN, MSN, CPA,
DBE) but with particles and compound surnames as written; a name given in two scripts is written
in its Latin form; a nickname in prose beside a full display name is written as the full name; a
person known only by an address and a first name in prose is written by that first name; titles
are written as the invite writes them; legal forms and requisition ids are left out of company
and position; whatever the invite does not say is None. "difficulty" is the writer's guess
(easy / medium / hard) of how hard a case is to read; build.py ignores it.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics ------------------------------------------------------------------------------
    {
        "id": "o-greenhouse-ics-gus-will-be-your-manager",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview: Alex Morgan for Platform Engineer (Req 20931)",
        "start": "2029-10-01T10:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Brindlecove Recruiting", "recruiting@brindlecove.com"),
        "attendees": [
            ME,
            P("Gustav Halvorsen", "gus.h@brindlecove.com"),
            P("Inês Sequeira", "isequeira@brindlecove.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou're confirmed for a 90-minute virtual interview with Brindlecove.\n\n"
            "10:00 - 10:45  Gus Halvorsen, Platform Lead\n"
            "10:45 - 11:30  Inês Sequeira, Staff Software Engineer\n\n"
            "Gus will be your manager if you join, so bring your questions about the team for him.\n\n"
            "Thanks,\nShreya Ramakrishnan\nTechnical Recruiter, Brindlecove" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Gustav Halvorsen",
                    "gus.h@brindlecove.com",
                    "Platform Lead",
                    "decision_maker",
                    True,
                ),
                ("Inês Sequeira", "isequeira@brindlecove.com", "Staff Software Engineer", "peer"),
            ],
            "recruiter": ("Shreya Ramakrishnan", None),
            "company": "Brindlecove",
            "position": "Platform Engineer",
        },
    },
    {
        "id": "o-human-ics-dame-eng-cpa-panel-no-attendees",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview - Director of Finance - Harrowgate Homes",
        "start": "2029-10-02T14:00",
        "minutes": 75,
        "tz": "Europe/London",
        "organizer": P("Harrowgate Recruitment", "recruitment@harrowgatehomes.org.uk"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nThank you for your application for the post of Director of Finance. We are pleased "
            "to invite you to interview.\n\nYour panel will be:\n"
            "Dame Philippa Ashcroft-Lyle DBE, Chief Executive (the post reports directly to Philippa)\n"
            "Eng. Tomás de la Fuente, Director of Assets\n"
            "Gareth Pennant-Rhys CPA, Head of Audit & Risk\n\n"
            "Please bring photo ID.\n\nKind regards,\nBethan Lloyd\nResourcing Adviser\nHarrowgate Homes Ltd"
        ),
        "location": "Harrowgate House, 3 Abbey Road, Leeds LS5 3HH",
        "expect": {
            "interviewers": [
                ("Philippa Ashcroft-Lyle", None, "Chief Executive", "decision_maker", True),
                ("Tomás de la Fuente", None, "Director of Assets", "decision_maker"),
                ("Gareth Pennant-Rhys", None, "Head of Audit & Risk", "decision_maker"),
            ],
            "recruiter": ("Bethan Lloyd", None),
            "company": "Harrowgate Homes",
            "position": "Director of Finance",
        },
    },
    {
        "id": "o-ashby-ics-reports-into-oksana-no-cn",
        "format": "ics",
        "style": "ashby",
        "difficulty": "hard",
        "prodid": "-//Ashby//Scheduling//EN",
        "title": "Alex Morgan <> Corvidpay: Data Modeling Interview",
        "start": "2029-10-03T15:00",
        "minutes": 60,
        "tz": "Europe/Kyiv",
        "organizer": P("Corvidpay via Ashby", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "o.shevchenko@corvidpay.com"),
            P(None, "bondarenko@corvidpay.com"),
        ],
        "description": (
            "Data Modeling Interview for the Senior Analytics Engineer role at Corvidpay.\n\n"
            "Interviewers\n- Oksana Shevchenko, Head of Data\n- Tymur Bondarenko, Analytics Engineer\n\n"
            "A note from your recruiter: the role reports into Oksana, so this is also a good moment to ask "
            "her about how the data team works.\n\nRecruiter: Yael Ben-Haim (yael.benhaim@corvidpay.com)"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Oksana Shevchenko",
                    "o.shevchenko@corvidpay.com",
                    "Head of Data",
                    "decision_maker",
                    True,
                ),
                ("Tymur Bondarenko", "bondarenko@corvidpay.com", "Analytics Engineer", "peer"),
            ],
            "recruiter": ("Yael Ben-Haim", "yael.benhaim@corvidpay.com"),
            "company": "Corvidpay",
            "position": "Senior Analytics Engineer",
        },
    },
    {
        "id": "o-icims-ics-vp-sales-is-hm-regional-manager-panel",
        "format": "ics",
        "style": "icims",
        "difficulty": "hard",
        "prodid": "-//iCIMS//Talent Cloud//EN",
        "title": "Interview Confirmation: Enterprise Account Executive - Job ID 2029-4417",
        "start": "2029-10-04T11:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Careers at Summitline", "careers@summitline.com"),
        "attendees": [
            ME,
            P("Deshawn Pruitt", "dpruitt@summitline.com"),
            P("Carla Bui", "cbui@summitline.com"),
        ],
        "description": (
            "Dear Alex,\n\nThis confirms your interview for Enterprise Account Executive at Summitline Software.\n\n"
            "You will meet Deshawn Pruitt and Carla Bui. Our VP of Sales, Deshawn, is the hiring manager for "
            "this one; Carla is the Regional Sales Manager for the Mountain territory and will sit on the panel.\n\n"
            "Questions? Contact Renée Fortier, Talent Acquisition Partner, renee.fortier@summitline.com.\n\n"
            "This message was sent from an unmonitored mailbox."
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                ("Deshawn Pruitt", "dpruitt@summitline.com", "VP of Sales", "decision_maker", True),
                ("Carla Bui", "cbui@summitline.com", "Regional Sales Manager", "decision_maker"),
            ],
            "recruiter": ("Renée Fortier", "renee.fortier@summitline.com"),
            "company": "Summitline Software",
            "position": "Enterprise Account Executive",
        },
    },
    {
        "id": "o-human-ics-van-der-last-first-cn-join-team",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Kennismaking / intro call - Product Designer",
        "start": "2029-10-05T09:30",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("van der Hoeven, Maarten", "m.vanderhoeven@tulpwerk.nl"),
        "attendees": [
            ME,
            P("van der Hoeven, Maarten", "m.vanderhoeven@tulpwerk.nl"),
            P("de Vries-Bakker, Sanne", "s.devriesbakker@tulpwerk.nl"),
        ],
        "description": (
            "Hi Alex,\n\nNice to e-meet you. If things work out you would join my team, so I wanted us to talk "
            "before the case round. Sanne de Vries-Bakker, one of our senior product designers, joins too.\n\n"
            "Groet,\nMaarten van der Hoeven\nDesign Lead | Tulpwerk B.V."
        ),
        "location": "Teams",
        "expect": {
            "interviewers": [
                (
                    "Maarten van der Hoeven",
                    "m.vanderhoeven@tulpwerk.nl",
                    "Design Lead",
                    "decision_maker",
                    True,
                ),
                (
                    "Sanne de Vries-Bakker",
                    "s.devriesbakker@tulpwerk.nl",
                    "Senior Product Designer",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Tulpwerk",
            "position": "Product Designer",
        },
    },
    {
        "id": "o-workday-ics-kanji-hm-director-skip-level",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview: Treasury Analyst (R-118204) - Alex Morgan",
        "start": "2029-10-08T10:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("Workday", "donotreply@myworkday.com"),
        "attendees": [
            ME,
            P("Haruto Kinoshita", "haruto.kinoshita@koyomi-trading.co.jp"),
            P("Ngozi Adeleke-Bamidele", "n.adeleke@koyomi-trading.co.jp"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R-118204 Treasury Analyst\nCompany: Koyomi Trading\n\n"
            "Interviewer: Haruto Kinoshita (木下 陽翔), Senior Manager, Treasury - hiring manager\n"
            "Interviewer: Ngozi Adeleke-Bamidele, Director of Finance Operations - Haruto's manager, joining as "
            "skip-level\n\nRecruiter: Lorna MacAulay\nLocation: Video (link to follow)"
        ),
        "expect": {
            "interviewers": [
                (
                    "Haruto Kinoshita",
                    "haruto.kinoshita@koyomi-trading.co.jp",
                    "Senior Manager, Treasury",
                    "decision_maker",
                    True,
                ),
                (
                    "Ngozi Adeleke-Bamidele",
                    "n.adeleke@koyomi-trading.co.jp",
                    "Director of Finance Operations",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Lorna MacAulay", None),
            "company": "Koyomi Trading",
            "position": "Treasury Analyst",
        },
    },
    {
        "id": "o-teamtailor-ics-mailbox-recruiter-in-signature",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "medium",
        "prodid": "-//Teamtailor//Interview//EN",
        "title": "Interview with Norrsken Robotics",
        "start": "2029-10-09T13:00",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P("Norrsken Robotics", "jobs@norrskenrobotics.teamtailor-mail.com"),
        "attendees": [ME, P("Eero Mäkinen", "eero.makinen@norrskenrobotics.se")],
        "description": (
            "Hi Alex!\n\nThanks for booking a time for your interview for Controls Engineer. You'll be talking "
            "to Eero Mäkinen, our Head of Motion Control, who will be your manager.\n\n"
            "Best,\nFreja Lindqvist\nTalent Acquisition, Norrsken Robotics\nfreja.lindqvist@norrskenrobotics.se\n\n"
            "Join video meeting: https://meet.teamtailor.com/r/8KQ2-ZP41"
        ),
        "expect": {
            "interviewers": [
                (
                    "Eero Mäkinen",
                    "eero.makinen@norrskenrobotics.se",
                    "Head of Motion Control",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Freja Lindqvist", "freja.lindqvist@norrskenrobotics.se"),
            "company": "Norrsken Robotics",
            "position": "Controls Engineer",
        },
    },
    {
        "id": "o-human-ics-tj-initials-bob-for-robert",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.1//EN",
        "title": "Alex <> T.J. - SRE chat",
        "start": "2029-10-10T16:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("T.J. Okafor", "tj@quillmoor.io"),
        "attendees": [
            ME,
            P("T.J. Okafor", "tj@quillmoor.io"),
            P("Robert Kline", "rkline@quillmoor.io"),
        ],
        "description": (
            "Alex - thanks for applying. I'm the engineering manager hiring for the Site Reliability Engineer "
            "opening. Bob Kline from the SRE team will join for the second half to go through an incident "
            "with you.\n\n- TJ\nQuillmoor" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("T.J. Okafor", "tj@quillmoor.io", "Engineering Manager", "decision_maker", True),
                ("Robert Kline", "rkline@quillmoor.io", None, "peer"),
            ],
            "recruiter": None,
            "company": "Quillmoor",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "o-goodtime-ics-two-priyas-coordinator-and-recruiter",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "hard",
        "prodid": "-//GoodTime.io//Scheduler//EN",
        "title": "Virtual Onsite | Alex Morgan | Backend Engineer, Payments",
        "start": "2029-10-11T12:00",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Lucía Ortega", "lucia.ortega@ferncrest.com"),
        "attendees": [
            ME,
            P(None, "pvenkatesan@ferncrest.com"),
            P(None, "pbhatnagar@ferncrest.com"),
            P(None, "dokafor@ferncrest.com"),
        ],
        "description": (
            "12:00 PM - 12:45 PM  Priya Venkatesan - Engineering Manager, Payments (hiring manager)\n"
            "12:45 PM - 1:30 PM  Priya Bhatnagar - Staff Software Engineer\n"
            "1:30 PM - 2:00 PM  Daniel Okafor - Software Engineer II\n\n"
            "Coordinated by Lucía Ortega, Recruiting Coordinator. Your recruiter is Hamish MacLeod; reach him "
            "at hamish.macleod@ferncrest.com.\nFerncrest" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Priya Venkatesan",
                    "pvenkatesan@ferncrest.com",
                    "Engineering Manager, Payments",
                    "decision_maker",
                    True,
                ),
                ("Priya Bhatnagar", "pbhatnagar@ferncrest.com", "Staff Software Engineer", "peer"),
                ("Daniel Okafor", "dokafor@ferncrest.com", "Software Engineer II", "peer"),
            ],
            "recruiter": ("Hamish MacLeod", "hamish.macleod@ferncrest.com"),
            "company": "Ferncrest",
            "position": "Backend Engineer, Payments",
        },
    },
    {
        "id": "o-human-ics-coo-hiring-directly-recruiter-drops-off",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Final round: Alex Morgan / Ayşe Yıldırım",
        "start": "2029-10-12T09:00",
        "minutes": 60,
        "tz": "Europe/Istanbul",
        "organizer": P("Marguerite Ní Bhriain", "marguerite@lodestarfreight.com"),
        "attendees": [
            ME,
            P("Marguerite Ní Bhriain", "marguerite@lodestarfreight.com"),
            P("Ayşe Yıldırım", "ayse.yildirim@lodestarfreight.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs promised, here is your final round with the COO, Ayşe Yıldırım, who is hiring for "
            "this role directly. I'll open the call, make introductions and drop off after five minutes.\n\n"
            "Role: Head of Network Planning\n\nMarguerite Ní Bhriain\nTalent Lead, Lodestar Freight"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ayşe Yıldırım",
                    "ayse.yildirim@lodestarfreight.com",
                    "COO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Marguerite Ní Bhriain", "marguerite@lodestarfreight.com"),
            "company": "Lodestar Freight",
            "position": "Head of Network Planning",
        },
    },
    {
        "id": "o-smartrecruiters-ics-manager-from-partner-team-not-hm",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//Interview Scheduling//EN",
        "title": "Interview: Senior Frontend Engineer | Alex Morgan",
        "start": "2029-10-15T14:30",
        "minutes": 60,
        "tz": "Europe/Lisbon",
        "organizer": P("Marinheira Talent", "talent@marinheira.pt"),
        "attendees": [
            ME,
            P("Beatriz Valadares", "beatriz.valadares@marinheira.pt"),
            P("Lars Kjeldsen", "lars.kjeldsen@marinheira.pt"),
        ],
        "description": (
            "Hello Alex,\n\nYour panel for Senior Frontend Engineer at Marinheira:\n"
            "* Beatriz Valadares, Head of Web - the hiring manager for this role\n"
            "* Lars Kjeldsen, Engineering Manager (Mobile) - sits on the panel from a partner team; he is not "
            "part of the hiring team\n\nMarinheira Talent Team" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatriz Valadares",
                    "beatriz.valadares@marinheira.pt",
                    "Head of Web",
                    "decision_maker",
                    True,
                ),
                (
                    "Lars Kjeldsen",
                    "lars.kjeldsen@marinheira.pt",
                    "Engineering Manager (Mobile)",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "talent@marinheira.pt"),
            "company": "Marinheira",
            "position": "Senior Frontend Engineer",
        },
    },
    {
        "id": "o-human-ics-hospital-rn-md-mac-giolla",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview - RN 5 East Med-Surg - A. Morgan",
        "start": "2029-10-16T07:30",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Nguyen, Taylor", "tnguyen@stcolumba-health.org"),
        "attendees": [
            ME,
            P("Mac Giolla Phádraig, Siobhán", "smacgiollaphadraig@stcolumba-health.org"),
            P("Boateng-Asante, Kofi", "kboatengasante@stcolumba-health.org"),
            P("Tsosie, Jolene", "jtsosie@stcolumba-health.org"),
        ],
        "description": (
            "Alex,\n\nInterview panel for Registered Nurse, 5 East Med-Surg:\n"
            "- Siobhán Mac Giolla Phádraig, RN, BSN, Nurse Manager 5 East (you'd report to Siobhán)\n"
            "- Dr. Kofi Boateng-Asante, MD, Medical Director, Hospital Medicine\n"
            "- Jolene Tsosie, RN, Charge Nurse\n\n"
            "Please park in Garage B and come to the 5th floor conference room.\n\n"
            "Taylor Nguyen | Nurse Recruiter | St. Columba Health"
        ),
        "location": "5 East Conference Room, St. Columba Hospital",
        "expect": {
            "interviewers": [
                (
                    "Siobhán Mac Giolla Phádraig",
                    "smacgiollaphadraig@stcolumba-health.org",
                    "Nurse Manager 5 East",
                    "decision_maker",
                    True,
                ),
                (
                    "Kofi Boateng-Asante",
                    "kboatengasante@stcolumba-health.org",
                    "Medical Director, Hospital Medicine",
                    "decision_maker",
                ),
                ("Jolene Tsosie", "jtsosie@stcolumba-health.org", "Charge Nurse", "peer"),
            ],
            "recruiter": ("Taylor Nguyen", "tnguyen@stcolumba-health.org"),
            "company": "St. Columba Health",
            "position": "Registered Nurse, 5 East Med-Surg",
        },
    },
    {
        "id": "o-lever-ics-surname-only-locals-manager-prose",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Interview Scheduling//EN",
        "title": "Alex Morgan - Onsite Interview - Data Scientist, Pricing",
        "start": "2029-10-17T10:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Lever", "no-reply@hire.lever.co"),
        "attendees": [
            ME,
            P(None, "szczepanska@halyardmarkets.com"),
            P(None, "ahmed@halyardmarkets.com"),
        ],
        "description": (
            "Interview schedule - Halyard Markets\n\n"
            "10:00 AM: Marta Szczepańska, Staff Data Scientist\n"
            "10:45 AM: Farah Ahmed, Manager, Data Science - who you'd report to\n\n"
            "Your recruiter: Dónal Mac Suibhne\n\nScheduled via Lever"
        ),
        "location": "Halyard Markets, 200 Vesey St, 24th floor",
        "expect": {
            "interviewers": [
                (
                    "Marta Szczepańska",
                    "szczepanska@halyardmarkets.com",
                    "Staff Data Scientist",
                    "peer",
                ),
                (
                    "Farah Ahmed",
                    "ahmed@halyardmarkets.com",
                    "Manager, Data Science",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Dónal Mac Suibhne", None),
            "company": "Halyard Markets",
            "position": "Data Scientist, Pricing",
        },
    },
    {
        "id": "o-human-ics-greek-script-cn-cto-and-head",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Interview Alex Morgan - Backend Engineer - Ikaria Labs",
        "start": "2029-10-18T11:00",
        "minutes": 60,
        "tz": "Europe/Athens",
        "organizer": P("Νίκος Παπαδόπουλος (Nikos Papadopoulos)", "nikos@ikarialabs.gr"),
        "attendees": [
            ME,
            P("Νίκος Παπαδόπουλος (Nikos Papadopoulos)", "nikos@ikarialabs.gr"),
            P("Eleni Georgiou", "eleni@ikarialabs.gr"),
        ],
        "description": (
            "Hi Alex,\n\nLooking forward to our talk. I lead the backend team and I am hiring for it; Eleni, our "
            "CTO, will join for the last 20 minutes.\n\nNikos Papadopoulos\nHead of Backend, Ikaria Labs"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Nikos Papadopoulos",
                    "nikos@ikarialabs.gr",
                    "Head of Backend",
                    "decision_maker",
                    True,
                ),
                ("Eleni Georgiou", "eleni@ikarialabs.gr", "CTO", "executive"),
            ],
            "recruiter": None,
            "company": "Ikaria Labs",
            "position": "Backend Engineer",
        },
    },
    {
        "id": "o-gem-ics-sourcer-drops-off-al-prefixes",
        "format": "ics",
        "style": "gem",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Intro: Alex Morgan + Dr. Hamid Al-Mansouri (Qamar Bio)",
        "start": "2029-10-19T08:00",
        "minutes": 30,
        "tz": "Asia/Dubai",
        "organizer": P("Ollie Brennan-Fitch", "ollie@qamarbio.com"),
        "attendees": [
            ME,
            P("Ollie Brennan-Fitch", "ollie@qamarbio.com", optional=True),
            P("Hamid Al-Mansouri", "h.almansouri@qamarbio.com"),
        ],
        "description": (
            "Hi Alex, great to connect! As mentioned, Dr. Hamid Al-Mansouri, PhD, Director of Computational "
            "Chemistry, is hiring for a Senior Research Scientist in his group and would love a first chat.\n\n"
            "I'm the sourcer and will only say hello at the start. Your recruiter for the rest of the process "
            "is Mariam Al-Sayed (mariam.alsayed@qamarbio.com).\n\nOllie Brennan-Fitch | Sourcer | Qamar Bio"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Hamid Al-Mansouri",
                    "h.almansouri@qamarbio.com",
                    "Director of Computational Chemistry",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Mariam Al-Sayed", "mariam.alsayed@qamarbio.com"),
            "company": "Qamar Bio",
            "position": "Senior Research Scientist",
        },
    },
    # --- Google Calendar JSON ---------------------------------------------------------------
    {
        "id": "o-greenhouse-google-teresa-owns-the-decision",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Alex Morgan: Panel Interview (Growth Marketing Manager)",
        "start": "2029-10-22T13:00",
        "minutes": 90,
        "tz": "Atlantic/Reykjavik",
        "organizer": P("Fjallsey Recruiting", "recruiting@fjallsey.is"),
        "attendees": [
            ME,
            P("Teresa Albertsdóttir", "teresa@fjallsey.is"),
            P("Park Jun-seo", "junseo.park@fjallsey.is"),
            P("Guðrún Hallsdóttir", "gudrun.h@fjallsey.is"),
        ],
        "description": (
            "Hi Alex,<br><br>Here's who you'll meet:<br>"
            "<b>Teresa Albertsdóttir</b> – Director of Growth (Teresa owns the decision on this hire)<br>"
            "<b>Park Jun-seo (박준서)</b> – Senior Lifecycle Marketer<br>"
            "<b>Guðrún Hallsdóttir</b> – Recruiter, for the last 15 minutes on process and timing<br><br>"
            "Fjallsey Travel" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Teresa Albertsdóttir",
                    "teresa@fjallsey.is",
                    "Director of Growth",
                    "decision_maker",
                    True,
                ),
                ("Park Jun-seo", "junseo.park@fjallsey.is", "Senior Lifecycle Marketer", "peer"),
                ("Guðrún Hallsdóttir", "gudrun.h@fjallsey.is", "Recruiter", "recruiter"),
            ],
            "recruiter": ("Guðrún Hallsdóttir", "gudrun.h@fjallsey.is"),
            "company": "Fjallsey Travel",
            "position": "Growth Marketing Manager",
        },
    },
    {
        "id": "o-ashby-google-initials-locals-coordinator-for-recruiter",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan - Technical Interview - Mobile Engineer (Cóndor Labs)",
        "start": "2029-10-23T10:00",
        "minutes": 60,
        "tz": "America/Santiago",
        "organizer": P("Ashby", "no-reply@ashbyhq.com"),
        "attendees": [ME, P(None, "jdlr@condorlabs.cl"), P(None, "msa@condorlabs.cl")],
        "description": (
            "<b>Technical Interview</b> · Mobile Engineer<br><br>"
            "Interviewers:<br>Juan de la Rosa · Mobile Engineering Manager · Hiring Manager<br>"
            "María Soledad Arriagada · Senior iOS Engineer<br><br>"
            "Scheduled by Fenna Hoekstra (Recruiting Coordinator) on behalf of your recruiter, Olumide Fashola."
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Juan de la Rosa",
                    "jdlr@condorlabs.cl",
                    "Mobile Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("María Soledad Arriagada", "msa@condorlabs.cl", "Senior iOS Engineer", "peer"),
            ],
            "recruiter": ("Olumide Fashola", None),
            "company": "Cóndor Labs",
            "position": "Mobile Engineer",
        },
    },
    {
        "id": "o-human-google-founder-dr-phd-report-to-me",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex x Ingrid (Solhav) - first conversation",
        "start": "2029-10-24T08:30",
        "minutes": 45,
        "tz": "Europe/Oslo",
        "organizer": P("Dr. Ingrid Solheim", "ingrid@solhav.no"),
        "attendees": [ME, P("Dr. Ingrid Solheim", "ingrid@solhav.no")],
        "description": (
            "Hi Alex - thanks for reaching out about the Marine Data Scientist opening. I'm hiring for this role "
            "directly and you would report to me, so I'd like to hear about your work on sensor data.\n\n"
            "Ingrid Solheim, PhD\nFounder & CEO, Solhav AS" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Ingrid Solheim", "ingrid@solhav.no", "Founder & CEO", "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Solhav",
            "position": "Marine Data Scientist",
        },
    },
    {
        "id": "o-teamtailor-google-jobs-mailbox-csm-is-ic",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Interview: Customer Success Manager at Lumenfjord",
        "start": "2029-10-25T14:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Lumenfjord", "jobs@lumenfjord.teamtailor-mail.com"),
        "attendees": [
            ME,
            P("Henrik Bakke-Nilsen", "henrik.bakke-nilsen@lumenfjord.com"),
            P("Magnus Bakke", "magnus.bakke@lumenfjord.com"),
        ],
        "description": (
            "Hi Alex,<br><br>This is Astrid from the People team. In this interview you'll meet Henrik "
            "Bakke-Nilsen, Head of Customer Success – you would join Henrik's team – and Magnus Bakke, one of "
            "our Customer Success Managers.<br><br>Vennlig hilsen,<br>Astrid Haugland<br>Talent Acquisition "
            "Specialist, Lumenfjord<br><br>Video: https://meet.teamtailor.com/r/QX77-LM02"
        ),
        "expect": {
            "interviewers": [
                (
                    "Henrik Bakke-Nilsen",
                    "henrik.bakke-nilsen@lumenfjord.com",
                    "Head of Customer Success",
                    "decision_maker",
                    True,
                ),
                ("Magnus Bakke", "magnus.bakke@lumenfjord.com", "Customer Success Manager", "peer"),
            ],
            "recruiter": ("Astrid Haugland", None),
            "company": "Lumenfjord",
            "position": "Customer Success Manager",
        },
    },
    {
        "id": "o-human-google-no-display-names-initials-ks",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan / Orbitwell - engineering interview",
        "start": "2029-10-26T11:00",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P(None, "ks@orbitwell.in"),
        "attendees": [ME, P(None, "ks@orbitwell.in"), P(None, "rachel@orbitwell.in")],
        "description": (
            "Alex,\n\nOn our side: K.S. Venkataraman (Kumar), VP Engineering, and Rachel - she is the EM you'd "
            "be working for on the Telemetry team, and the hiring manager.\n\nRole: Senior Embedded Engineer, "
            "Telemetry\n\nKumar" + MEET
        ),
        "expect": {
            "interviewers": [
                ("K.S. Venkataraman", "ks@orbitwell.in", "VP Engineering", "executive"),
                ("Rachel", "rachel@orbitwell.in", "EM", "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Orbitwell",
            "position": "Senior Embedded Engineer, Telemetry",
        },
    },
    {
        "id": "o-lever-google-design-manager-cross-functional-not-hm",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Alex Morgan — Onsite — Senior Product Manager, Checkout",
        "start": "2029-10-29T09:00",
        "minutes": 135,
        "tz": "America/Sao_Paulo",
        "organizer": P("Ipê Commerce Talent", "talent@ipecommerce.com.br"),
        "attendees": [
            ME,
            P("Pedro Alvarenga", "pedro.alvarenga@ipecommerce.com.br"),
            P("Rosalind Uzor-Blake", "rosalind.uzorblake@ipecommerce.com.br"),
            P("Kenji Furukawa", "kenji.furukawa@ipecommerce.com.br"),
        ],
        "description": (
            "Olá Alex!<br><ul><li>9:00 – Pedro Alvarenga, Head of Product (hiring manager)</li>"
            "<li>9:45 – Rosalind Uzor-Blake, Design Manager – joining as a cross-functional panelist; she is not "
            "on the hiring team</li><li>10:30 – Kenji Furukawa, Product Manager, Payments</li></ul>"
            "Recruiter: Thaís Monteiro<br>Ipê Commerce"
        ),
        "location": "Av. Paulista 1842, 12º andar",
        "expect": {
            "interviewers": [
                (
                    "Pedro Alvarenga",
                    "pedro.alvarenga@ipecommerce.com.br",
                    "Head of Product",
                    "decision_maker",
                    True,
                ),
                (
                    "Rosalind Uzor-Blake",
                    "rosalind.uzorblake@ipecommerce.com.br",
                    "Design Manager",
                    "decision_maker",
                ),
                (
                    "Kenji Furukawa",
                    "kenji.furukawa@ipecommerce.com.br",
                    "Product Manager, Payments",
                    "peer",
                ),
            ],
            "recruiter": ("Thaís Monteiro", None),
            "company": "Ipê Commerce",
            "position": "Senior Product Manager, Checkout",
        },
    },
    {
        "id": "o-calendly-google-hm-booking-page-hyphen-surname",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Meet the hiring manager between Chidinma Okonkwo-Reyes and Alex Morgan",
        "start": "2029-10-30T15:30",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Chidinma Okonkwo-Reyes", "chidinma@brightkiln.com"),
        "attendees": [ME, P("Chidinma Okonkwo-Reyes", "chidinma@brightkiln.com")],
        "description": (
            "Event Name: Meet the hiring manager\n\nHi, I'm Chidi, Customer Support Manager at Brightkiln. "
            "This slot is for candidates for the Support Team Lead role.\n\nLocation: This is a Google Meet "
            "web conference.\n\nPlease share anything that will help prepare for our meeting.: Referred by "
            "Oyin\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/7d1e\n"
            "Reschedule: https://calendly.com/reschedulings/7d1e\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Chidinma Okonkwo-Reyes",
                    "chidinma@brightkiln.com",
                    "Customer Support Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Brightkiln",
            "position": "Support Team Lead",
        },
    },
    {
        "id": "o-goodtime-google-bin-al-names-coordinator-only",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Interview | Procurement Specialist | Alex Morgan",
        "start": "2029-10-31T10:00",
        "minutes": 60,
        "tz": "Asia/Dubai",
        "organizer": P("Reem Khoury", "reem.khoury@sahelgrid.ae"),
        "attendees": [
            ME,
            P("Abdullah bin Rashid Al-Nuaimi", "abdullah.alnuaimi@sahelgrid.ae"),
            P("Noura Al-Falasi", "n.alfalasi@sahelgrid.ae"),
        ],
        "description": (
            "<b>10:00 - 10:30</b> Abdullah bin Rashid Al-Nuaimi, Senior Manager, Procurement - Abdullah is the "
            "hiring manager<br><b>10:30 - 11:00</b> Noura Al-Falasi, Category Specialist<br><br>"
            "Coordinator: Reem Khoury | Sahel Grid Energy" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Abdullah bin Rashid Al-Nuaimi",
                    "abdullah.alnuaimi@sahelgrid.ae",
                    "Senior Manager, Procurement",
                    "decision_maker",
                    True,
                ),
                ("Noura Al-Falasi", "n.alfalasi@sahelgrid.ae", "Category Specialist", "peer"),
            ],
            "recruiter": ("Reem Khoury", "reem.khoury@sahelgrid.ae"),
            "company": "Sahel Grid Energy",
            "position": "Procurement Specialist",
        },
    },
    {
        "id": "o-human-google-gmail-cpa-managing-partner-directly",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview - Staff Accountant",
        "start": "2029-11-01T12:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Maureen O'Shaughnessy", "maureen.oshaughnessy.cpa@gmail.com"),
        "attendees": [
            ME,
            P("Maureen O'Shaughnessy", "maureen.oshaughnessy.cpa@gmail.com"),
            P("Desmond Ferreira", "desmond@oshaughnessyferreira.com"),
        ],
        "description": (
            "Alex,\n\nLooking forward to meeting at the office. You'd be working directly for me. My fellow partner, "
            "Desmond Ferreira, will sit in for part of it.\n\nMaureen O'Shaughnessy, CPA\nManaging Partner\n"
            "O'Shaughnessy & Ferreira CPAs, PLLC"
        ),
        "location": "O'Shaughnessy & Ferreira, 41 Main St, Suite 3, Worcester MA",
        "expect": {
            "interviewers": [
                (
                    "Maureen O'Shaughnessy",
                    "maureen.oshaughnessy.cpa@gmail.com",
                    "Managing Partner",
                    "decision_maker",
                    True,
                ),
                ("Desmond Ferreira", "desmond@oshaughnessyferreira.com", "Partner", "executive"),
            ],
            "recruiter": None,
            "company": "O'Shaughnessy & Ferreira CPAs",
            "position": "Staff Accountant",
        },
    },
    {
        "id": "o-smartrecruiters-google-careers-mailbox-your-recruiter",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Interview: QA Automation Engineer - Alex Morgan",
        "start": "2029-11-02T09:00",
        "minutes": 60,
        "tz": "Europe/Bucharest",
        "organizer": P("Careers - Dacora", "careers@dacora.ro"),
        "attendees": [
            ME,
            P("Stelian Popescu", "stelian.popescu@dacora.ro"),
            P("Ioana-Maria Constantinescu", "ioana.constantinescu@dacora.ro"),
        ],
        "description": (
            "Dear Alex,<br><br>Your recruiter, Anjali Krishnamurthy-Baptiste, asked us to send this invitation."
            "<br>You will meet Stelian Popescu (Team Lead, QA), who leads the QA team you'd join, and "
            "Ioana-Maria Constantinescu (Senior QA Engineer).<br><br>Dacora Software" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Stelian Popescu",
                    "stelian.popescu@dacora.ro",
                    "Team Lead, QA",
                    "decision_maker",
                    True,
                ),
                (
                    "Ioana-Maria Constantinescu",
                    "ioana.constantinescu@dacora.ro",
                    "Senior QA Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Anjali Krishnamurthy-Baptiste", None),
            "company": "Dacora Software",
            "position": "QA Automation Engineer",
        },
    },
    {
        "id": "o-gem-google-yoruba-hm-director-is-skip-level",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex Morgan <> Harbourmere: Identity Engineering",
        "start": "2029-11-05T16:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Harbourmere Talent", "talent@harbourmere.co.uk"),
        "attendees": [
            ME,
            P("Olúwaseun Adébáyọ̀", "seun.adebayo@harbourmere.co.uk"),
            P("Choi Hyun-woo", "hyunwoo.choi@harbourmere.co.uk"),
        ],
        "description": (
            "Hi Alex,<br><br>Olúwaseun (Seun) Adébáyọ̀ is the hiring manager for the Senior Identity Engineer "
            "role and leads Identity as Engineering Manager. Choi Hyun-woo, Director of Engineering, is Seun's "
            "manager and joins as your skip-level.<br><br>Any questions, ask me.<br>Callum Fraser-Mackie, "
            "Recruiter, Harbourmere" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Olúwaseun Adébáyọ̀",
                    "seun.adebayo@harbourmere.co.uk",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Choi Hyun-woo",
                    "hyunwoo.choi@harbourmere.co.uk",
                    "Director of Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Callum Fraser-Mackie", None),
            "company": "Harbourmere",
            "position": "Senior Identity Engineer",
        },
    },
    {
        "id": "o-human-google-two-alejandros-final-call-is-mine",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex / Nomvula / the two Alejandros",
        "start": "2029-11-06T17:00",
        "minutes": 60,
        "tz": "Africa/Johannesburg",
        "organizer": P("Nomvula Dlamini", "nomvula@ubuntuledger.co.za"),
        "attendees": [
            ME,
            P("Nomvula Dlamini", "nomvula@ubuntuledger.co.za"),
            P("Alejandro Restrepo", "ale@ubuntuledger.co.za"),
            P("Alejandro Quiroga", "aquiroga@ubuntuledger.co.za"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for coming back for a second conversation about the Founding Engineer seat. "
            "With me: Alejandro (Ale) Restrepo, my co-founder and CTO, and Alejandro Quiroga, our first "
            "engineer. The final call on this hire is mine.\n\nNomvula\nCEO, Ubuntu Ledger" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Nomvula Dlamini", "nomvula@ubuntuledger.co.za", "CEO", "decision_maker", True),
                ("Alejandro Restrepo", "ale@ubuntuledger.co.za", "Co-founder and CTO", "executive"),
                ("Alejandro Quiroga", "aquiroga@ubuntuledger.co.za", None, "peer"),
            ],
            "recruiter": None,
            "company": "Ubuntu Ledger",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "o-modernloop-google-join-marcos-team-optional-coordinator",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "[Interview] Alex Morgan - Loop 2 - ML Engineer, Ranking",
        "start": "2029-11-07T10:00",
        "minutes": 105,
        "tz": "Europe/Rome",
        "organizer": P("Ginevra Colombo", "ginevra.colombo@stellarpesca.it"),
        "attendees": [
            ME,
            P("Ginevra Colombo", "ginevra.colombo@stellarpesca.it", optional=True),
            P("Marco Bianchi-Ferri", "mbianchiferri@stellarpesca.it"),
            P("Chiara D'Alessandro", "cdalessandro@stellarpesca.it"),
        ],
        "description": (
            "<b>Your schedule</b><br>10:00 Marco Bianchi-Ferri (Engineering Manager, Ranking)<br>"
            "10:45 Chiara D'Alessandro (Senior ML Engineer)<br><br>If all goes well you would join Marco's "
            "team.<br><br>Ginevra Colombo · Recruiting Coordinator · Stellarpesca<br>"
            "Your recruiter: Lorenzo Esposito" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Marco Bianchi-Ferri",
                    "mbianchiferri@stellarpesca.it",
                    "Engineering Manager, Ranking",
                    "decision_maker",
                    True,
                ),
                (
                    "Chiara D'Alessandro",
                    "cdalessandro@stellarpesca.it",
                    "Senior ML Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Lorenzo Esposito", None),
            "company": "Stellarpesca",
            "position": "ML Engineer, Ranking",
        },
    },
    {
        "id": "o-human-google-ni-and-mac-reports-into-aoife",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview: Operations Analyst – Alex Morgan",
        "start": "2029-11-08T11:30",
        "minutes": 45,
        "tz": "Europe/Dublin",
        "organizer": P("Cathal Mac Aodha", "cathal.macaodha@bradanfeasa.ie"),
        "attendees": [
            ME,
            P("Cathal Mac Aodha", "cathal.macaodha@bradanfeasa.ie"),
            P("Aoife Ní Dhomhnaill", "aoife.nidhomhnaill@bradanfeasa.ie"),
        ],
        "description": (
            "Hi Alex,\n\nI'm Cathal, the recruiter looking after this role; I'll run the first 15 minutes and "
            "then hand over to Aoife Ní Dhomhnaill, our Head of Operations. The role reports into Aoife.\n\n"
            "Cathal Mac Aodha\nRecruiter | Bradán Feasa Foods" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Cathal Mac Aodha", "cathal.macaodha@bradanfeasa.ie", "Recruiter", "recruiter"),
                (
                    "Aoife Ní Dhomhnaill",
                    "aoife.nidhomhnaill@bradanfeasa.ie",
                    "Head of Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Cathal Mac Aodha", "cathal.macaodha@bradanfeasa.ie"),
            "company": "Bradán Feasa Foods",
            "position": "Operations Analyst",
        },
    },
    {
        "id": "o-workday-google-hm-field-not-attending",
        "format": "google",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview: Clinical Data Manager (JR-55031) – Alex Morgan",
        "start": "2029-11-09T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Workday Notifications", "donotreply@myworkday.com"),
        "attendees": [
            ME,
            P("Ravi Shankar Pillai", "ravishankar.pillai@calyxtrials.com"),
            P("Beatrix Quennell", "bquennell@calyxtrials.com"),
        ],
        "description": (
            "Job Requisition: JR-55031 Clinical Data Manager\nHiring Manager: Zhou Lin\nRecruiter: Esther "
            "Abernathy-Kwan\n\nInterviewers:\nRavi Shankar Pillai - Associate Director, Data Management\n"
            "Beatrix Quennell - Senior Clinical Programmer\n\nZhou Lin is on leave this week; Ravi is "
            "interviewing on her behalf.\n\nCalyx Trials" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Ravi Shankar Pillai",
                    "ravishankar.pillai@calyxtrials.com",
                    "Associate Director, Data Management",
                    "decision_maker",
                ),
                (
                    "Beatrix Quennell",
                    "bquennell@calyxtrials.com",
                    "Senior Clinical Programmer",
                    "peer",
                ),
            ],
            "recruiter": ("Esther Abernathy-Kwan", None),
            "company": "Calyx Trials",
            "position": "Clinical Data Manager",
        },
    },
    # --- Graph JSON ------------------------------------------------------------------------
    {
        "id": "o-human-graph-eng-honorific-hm-own-teams-invite",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Technical interview – Structural Engineer – Alex Morgan",
        "start": "2029-11-12T10:00",
        "minutes": 60,
        "tz": "Africa/Cairo",
        "organizer": P("Eng. Mohamed El-Sayed", "m.elsayed@nilebridge-eng.com"),
        "attendees": [
            ME,
            P("Eng. Mohamed El-Sayed", "m.elsayed@nilebridge-eng.com"),
            P("Eng. Yasmin Abdel-Fattah", "y.abdelfattah@nilebridge-eng.com"),
        ],
        "description": (
            "Dear Alex,\n\nI will be your direct manager in the Bridges Division if you join us. "
            "Eng. Yasmin Abdel-Fattah, Senior Structural Engineer, will join me for the technical questions.\n\n"
            "Best regards,\nEng. Mohamed El-Sayed\nBridges Division Manager\nNile Bridge Engineering Consultants"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Mohamed El-Sayed",
                    "m.elsayed@nilebridge-eng.com",
                    "Bridges Division Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Yasmin Abdel-Fattah",
                    "y.abdelfattah@nilebridge-eng.com",
                    "Senior Structural Engineer",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Nile Bridge Engineering Consultants",
            "position": "Structural Engineer",
        },
    },
    {
        "id": "o-icims-graph-noreply-recruiter-signature-address",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview Scheduled: Warehouse Operations Supervisor (Job 7781)",
        "start": "2029-11-13T06:30",
        "minutes": 45,
        "tz": "America/Indiana/Indianapolis",
        "organizer": P("Talent Acquisition", "noreply@ridgewaylogistics.icims.com"),
        "attendees": [ME, P("Whitaker, Dwayne", "dwhitaker@ridgewaylogistics.com")],
        "description": (
            "Dear Alex,\n\nYou are scheduled to interview for Warehouse Operations Supervisor at our Plainfield "
            "distribution center. You'll meet Dwayne Whitaker, Operations Manager - the hiring manager.\n\n"
            "Please wear closed-toe shoes.\n\nKind regards,\nTamsin Fairweather-Boyd | Senior Recruiter | "
            "t.fairweather-boyd@ridgewaylogistics.com\nRidgeway Logistics"
        ),
        "location": "Ridgeway DC-4, 2200 Reeves Rd, Plainfield IN",
        "expect": {
            "interviewers": [
                (
                    "Dwayne Whitaker",
                    "dwhitaker@ridgewaylogistics.com",
                    "Operations Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Tamsin Fairweather-Boyd", "t.fairweather-boyd@ridgewaylogistics.com"),
            "company": "Ridgeway Logistics",
            "position": "Warehouse Operations Supervisor",
        },
    },
    {
        "id": "o-human-graph-vietnamese-last-first-name-will-be-manager",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview: Localization Project Coordinator",
        "start": "2029-11-14T09:00",
        "minutes": 45,
        "tz": "Asia/Ho_Chi_Minh",
        "organizer": P("Nguyễn, Thị Thu Hà", "ha.nguyen@songlamedia.vn"),
        "attendees": [
            ME,
            P("Nguyễn, Thị Thu Hà", "ha.nguyen@songlamedia.vn"),
            P("Trương, Minh Khoa", "khoa.truong@songlamedia.vn"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying to Song La Media. I am Nguyễn Thị Thu Hà (please call me Ha), "
            "Localization Manager, and I will be your manager. Trương Minh Khoa, Localization Project "
            "Manager, also joins.\n\nBest regards,\nHa" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Nguyễn Thị Thu Hà",
                    "ha.nguyen@songlamedia.vn",
                    "Localization Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Trương Minh Khoa",
                    "khoa.truong@songlamedia.vn",
                    "Localization Project Manager",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Song La Media",
            "position": "Localization Project Coordinator",
        },
    },
    {
        "id": "o-greenhouse-graph-ceo-joins-head-of-finance-is-hm",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Final Interview - Financial Controller - Alex Morgan",
        "start": "2029-11-15T13:00",
        "minutes": 90,
        "tz": "Europe/Warsaw",
        "organizer": P("Wisłokraft Recruiting", "no-reply@us.greenhouse-mail.io"),
        "attendees": [
            ME,
            P("Katarzyna Wiśniewska-Nowak", "k.wisniewska@wislokraft.pl"),
            P("Bartholomew Ellingsworth", "bart@wislokraft.pl"),
        ],
        "description": (
            "Hi Alex,\n\nFor the final stage you'll meet:\n"
            "1. Kasia Wiśniewska-Nowak, Head of Finance - hiring manager\n"
            "2. Bart Ellingsworth, CEO - a conversation about company direction; the hiring decision sits with "
            "Kasia\n\nBest,\nZofia Kamińska (she/her)\nSenior Recruiter, Wisłokraft" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Katarzyna Wiśniewska-Nowak",
                    "k.wisniewska@wislokraft.pl",
                    "Head of Finance",
                    "decision_maker",
                    True,
                ),
                ("Bartholomew Ellingsworth", "bart@wislokraft.pl", "CEO", "executive"),
            ],
            "recruiter": ("Zofia Kamińska", None),
            "company": "Wisłokraft",
            "position": "Financial Controller",
        },
    },
    {
        "id": "o-lever-graph-prof-dr-group-leader-german",
        "format": "graph",
        "style": "lever",
        "difficulty": "hard",
        "title": "Interview Alex Morgan – Research Software Engineer",
        "start": "2029-11-16T10:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Talent Team Auenlicht", "jobs@auenlicht.de"),
        "attendees": [
            ME,
            P("Meyer-Lindemann, Johannes", "johannes.meyer-lindemann@auenlicht.de"),
            P("Weiß, Franziska", "franziska.weiss@auenlicht.de"),
        ],
        "description": (
            "Hallo Alex,\n\nwe look forward to speaking with you.\n\n"
            "Prof. Dr. Johannes Meyer-Lindemann – Leiter der Forschungsgruppe Optische Sensorik (you would "
            "join Johannes's group)\nDr. Franziska Weiß – Research Scientist\n\n"
            "Viele Grüße\nMatthias Kühn, Recruiter\nAuenlicht GmbH" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Johannes Meyer-Lindemann",
                    "johannes.meyer-lindemann@auenlicht.de",
                    "Leiter der Forschungsgruppe Optische Sensorik",
                    "decision_maker",
                    True,
                ),
                ("Franziska Weiß", "franziska.weiss@auenlicht.de", "Research Scientist", "peer"),
            ],
            "recruiter": ("Matthias Kühn", None),
            "company": "Auenlicht",
            "position": "Research Software Engineer",
        },
    },
    {
        "id": "o-human-graph-cyrillic-cn-transliteration-hm",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan – interview (QA Lead)",
        "start": "2029-11-19T15:00",
        "minutes": 60,
        "tz": "Asia/Almaty",
        "organizer": P("Дмитрий Орлов (Dmitry Orlov)", "d.orlov@steppecode.kz"),
        "attendees": [
            ME,
            P("Дмитрий Орлов (Dmitry Orlov)", "d.orlov@steppecode.kz"),
            P("Aigerim Nurlanovna", "aigerim.n@steppecode.kz"),
        ],
        "description": (
            "Hello Alex,\n\nI am Dmitry, Delivery Director at SteppeCode, and the QA Lead would report to me. "
            "Aigerim Nurlanovna, Senior QA Engineer, will run the practical part.\n\nDmitry Orlov"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Dmitry Orlov",
                    "d.orlov@steppecode.kz",
                    "Delivery Director",
                    "decision_maker",
                    True,
                ),
                ("Aigerim Nurlanovna", "aigerim.n@steppecode.kz", "Senior QA Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "SteppeCode",
            "position": "QA Lead",
        },
    },
    {
        "id": "o-goodtime-graph-coordinator-is-the-only-contact",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Interview Confirmation - Alex Morgan - Bilingual Support Specialist",
        "start": "2029-11-20T11:00",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Ifeanyi Nwosu", "ifeanyi.nwosu@castorlane.ca"),
        "attendees": [
            ME,
            P("Sergio Dell'Acqua", "sdellacqua@castorlane.ca"),
            P("Marie-Ève Gagnon-Tremblay", "megt@castorlane.ca"),
        ],
        "description": (
            "11:00 - 11:30\tSergio Dell'Acqua, Support Supervisor (French queue)\n"
            "11:30 - 12:00\tMarie-Ève Gagnon-Tremblay, Support Specialist II\n\n"
            "Ifeanyi Nwosu, Recruiting Coordinator, Castor Lane\nifeanyi.nwosu@castorlane.ca"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Sergio Dell'Acqua",
                    "sdellacqua@castorlane.ca",
                    "Support Supervisor (French queue)",
                    "decision_maker",
                ),
                (
                    "Marie-Ève Gagnon-Tremblay",
                    "megt@castorlane.ca",
                    "Support Specialist II",
                    "peer",
                ),
            ],
            "recruiter": ("Ifeanyi Nwosu", "ifeanyi.nwosu@castorlane.ca"),
            "company": "Castor Lane",
            "position": "Bilingual Support Specialist",
        },
    },
    {
        "id": "o-human-graph-ea-books-vp-ops-hiring-directly",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Kwame Boakye-Ansah / Alex Morgan",
        "start": "2029-11-21T08:00",
        "minutes": 30,
        "tz": "Africa/Accra",
        "organizer": P("Efua Mensah-Quaye", "efua.mq@goldcoastcocoa.com.gh"),
        "attendees": [ME, P("Kwame Boakye-Ansah", "kwame.boakyeansah@goldcoastcocoa.com.gh")],
        "description": (
            "Dear Alex,\n\nI am writing on behalf of our VP Operations, Kwame Boakye-Ansah, who is hiring for the "
            "Supply Planning Manager role directly and would like a 30-minute call with you.\n\n"
            "Efua Mensah-Quaye\nExecutive Assistant to the VP Operations\nGold Coast Cocoa Processing"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kwame Boakye-Ansah",
                    "kwame.boakyeansah@goldcoastcocoa.com.gh",
                    "VP Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Gold Coast Cocoa Processing",
            "position": "Supply Planning Manager",
        },
    },
    {
        "id": "o-ashby-graph-program-manager-peer-em-sister-team",
        "format": "graph",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan – Virtual Onsite – Staff Infrastructure Engineer (Tesseline)",
        "start": "2029-11-22T09:00",
        "minutes": 135,
        "tz": "America/Los_Angeles",
        "organizer": P("Ashby Scheduling", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("Yusuf Karadağ", "yusuf@tesseline.dev"),
            P("Hollie Brandt-Okoye", "hollie@tesseline.dev"),
            P("Wren Aldana-Price", "wren@tesseline.dev"),
        ],
        "description": (
            "Virtual Onsite – Staff Infrastructure Engineer\n\n"
            "9:00 – Yusuf Karadağ, Tech Lead, Compute (hiring manager)\n"
            "9:45 – Hollie Brandt-Okoye, Engineering Manager, Storage (sister team; panelist)\n"
            "10:30 – Wren Aldana-Price, Technical Program Manager\n\n"
            "Recruiter: Sunniva Aas (sunniva@tesseline.dev)" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Yusuf Karadağ",
                    "yusuf@tesseline.dev",
                    "Tech Lead, Compute",
                    "decision_maker",
                    True,
                ),
                (
                    "Hollie Brandt-Okoye",
                    "hollie@tesseline.dev",
                    "Engineering Manager, Storage",
                    "decision_maker",
                ),
                ("Wren Aldana-Price", "wren@tesseline.dev", "Technical Program Manager", "peer"),
            ],
            "recruiter": ("Sunniva Aas", "sunniva@tesseline.dev"),
            "company": "Tesseline",
            "position": "Staff Infrastructure Engineer",
        },
    },
    {
        "id": "o-human-graph-kanji-name-slash-cn",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "面接 Interview – Alex Morgan – Game Economy Designer",
        "start": "2029-11-26T10:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("Taro Yamada / 山田 太郎", "t-yamada@hoshimachi-games.jp"),
        "attendees": [
            ME,
            P("Taro Yamada / 山田 太郎", "t-yamada@hoshimachi-games.jp"),
            P("Mika Fujiwara / 藤原 美香", "m-fujiwara@hoshimachi-games.jp"),
        ],
        "description": (
            "Alex-san,\n\nThank you for your time. Taro Yamada (Lead Game Designer) will be your manager; Mika "
            "Fujiwara from HR will also join and ask about your visa timeline.\n\nHoshimachi Games K.K."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Taro Yamada",
                    "t-yamada@hoshimachi-games.jp",
                    "Lead Game Designer",
                    "decision_maker",
                    True,
                ),
                ("Mika Fujiwara", "m-fujiwara@hoshimachi-games.jp", None, "recruiter"),
            ],
            "recruiter": ("Mika Fujiwara", "m-fujiwara@hoshimachi-games.jp"),
            "company": "Hoshimachi Games",
            "position": "Game Economy Designer",
        },
    },
    {
        "id": "o-workday-graph-hm-field-dr-rn-attends",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview: Clinical Nurse Educator (R0073310) - Alex Morgan",
        "start": "2029-11-27T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Workday", "donotreply@myworkday.com"),
        "attendees": [
            ME,
            P("Okonjo-Abiodun, Ruth", "ruth.okonjo-abiodun@prairiemercy.org"),
            P("Lindqvist, Per", "per.lindqvist@prairiemercy.org"),
        ],
        "description": (
            "Job Requisition: R0073310 Clinical Nurse Educator\nHiring Manager: Dr. Ruth Okonjo-Abiodun, DNP, RN\n"
            "Interviewers: Dr. Ruth Okonjo-Abiodun, DNP, RN (Director of Nursing Education); Per Lindqvist, "
            "RN, MSN (Clinical Nurse Educator, ICU)\nRecruiter: Shawna Redcloud\nPrairie Mercy Health"
        ),
        "location": "Prairie Mercy Education Center, Room 210",
        "expect": {
            "interviewers": [
                (
                    "Ruth Okonjo-Abiodun",
                    "ruth.okonjo-abiodun@prairiemercy.org",
                    "Director of Nursing Education",
                    "decision_maker",
                    True,
                ),
                (
                    "Per Lindqvist",
                    "per.lindqvist@prairiemercy.org",
                    "Clinical Nurse Educator, ICU",
                    "peer",
                ),
            ],
            "recruiter": ("Shawna Redcloud", None),
            "company": "Prairie Mercy Health",
            "position": "Clinical Nurse Educator",
        },
    },
    {
        "id": "o-human-graph-liz-nickname-initials-local",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Catch up re: Content Strategist role",
        "start": "2029-11-28T16:30",
        "minutes": 30,
        "tz": "Australia/Melbourne",
        "organizer": P("Elizabeth Carrington-Shaw", "lcs@wattlepress.com.au"),
        "attendees": [ME, P("Elizabeth Carrington-Shaw", "lcs@wattlepress.com.au")],
        "description": (
            "Hi Alex,\n\nLiz here - I'm the hiring manager for the Content Strategist role. Keen for a relaxed "
            "chat about your portfolio.\n\nLiz Carrington-Shaw\nHead of Editorial | Wattle Press"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Elizabeth Carrington-Shaw",
                    "lcs@wattlepress.com.au",
                    "Head of Editorial",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Wattle Press",
            "position": "Content Strategist",
        },
    },
    {
        "id": "o-smartrecruiters-graph-two-weis-hiring-manager-mark",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Interview - Firmware Engineer - Alex Morgan",
        "start": "2029-11-29T09:30",
        "minutes": 90,
        "tz": "Asia/Singapore",
        "organizer": P("Merlion Devices Careers", "careers@merliondevices.sg"),
        "attendees": [
            ME,
            P("Wei Huang", "huang.wei@merliondevices.sg"),
            P("Wei Chen", "chen.wei@merliondevices.sg"),
        ],
        "description": (
            "Dear Alex,\n\nYou will meet two Weis:\n- Wei Huang, Firmware Engineering Manager (hiring manager)\n"
            "- Wei Chen, Senior Firmware Engineer\n\nShould you need anything, contact Siti Nurhaliza binti "
            "Ismail, Talent Acquisition Executive.\n\nMerlion Devices Pte. Ltd." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Wei Huang",
                    "huang.wei@merliondevices.sg",
                    "Firmware Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Wei Chen", "chen.wei@merliondevices.sg", "Senior Firmware Engineer", "peer"),
            ],
            "recruiter": ("Siti Nurhaliza binti Ismail", None),
            "company": "Merlion Devices",
            "position": "Firmware Engineer",
        },
    },
    {
        "id": "o-agency-graph-consultant-role-reports-into-cfo",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan / Adaeze Nwachukwu-Ellis – FP&A Manager",
        "start": "2029-11-30T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Rupert Fanshawe-Tully", "rupert@ashdownsearch.co.uk"),
        "attendees": [
            ME,
            P("Adaeze Nwachukwu-Ellis", "adaeze.nwachukwu-ellis@thamesvale-water.co.uk"),
        ],
        "description": (
            "Alex,\n\nConfirming your interview with Thames Vale Water for the FP&A Manager role. The role reports "
            "into the CFO, Adaeze Nwachukwu-Ellis, who will interview you herself. I won't be on the call; "
            "ring me afterwards.\n\nRupert Fanshawe-Tully\nPrincipal Consultant, Ashdown Search"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Adaeze Nwachukwu-Ellis",
                    "adaeze.nwachukwu-ellis@thamesvale-water.co.uk",
                    "CFO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Rupert Fanshawe-Tully", "rupert@ashdownsearch.co.uk"),
            "company": "Thames Vale Water",
            "position": "FP&A Manager",
        },
    },
    {
        "id": "o-human-graph-sales-director-managers-manager",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "2nd interview – Account Manager, Nordics",
        "start": "2029-12-03T13:00",
        "minutes": 60,
        "tz": "Europe/Copenhagen",
        "organizer": P("Mette Frederiksen-Dahl", "mfd@havbrisen.dk"),
        "attendees": [
            ME,
            P("Mette Frederiksen-Dahl", "mfd@havbrisen.dk"),
            P("Søren Kierkegaard-Holm", "skh@havbrisen.dk"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for the good first talk. For round two I've invited Søren Kierkegaard-Holm, our "
            "Sales Director - he is my manager, so your manager's manager if you join. I'm still the one you "
            "would report to.\n\nMette Frederiksen-Dahl\nRegional Sales Manager, Havbrisen ApS"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Mette Frederiksen-Dahl",
                    "mfd@havbrisen.dk",
                    "Regional Sales Manager",
                    "decision_maker",
                    True,
                ),
                ("Søren Kierkegaard-Holm", "skh@havbrisen.dk", "Sales Director", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Havbrisen",
            "position": "Account Manager, Nordics",
        },
    },
    # --- near-misses: they mention interviewing but are not the user's interview ----------
    {
        "id": "o-not-ics-hiring-committee-user-company-hm-named",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Hiring committee: Staff Designer finalists",
        "start": "2029-10-01T16:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Okwuosa, Chinelo", "chinelo.okwuosa@initech.com"),
        "attendees": [
            ME_WORK,
            P("Okwuosa, Chinelo", "chinelo.okwuosa@initech.com"),
            P("Brannigan, Oksana", "oksana.brannigan@initech.com"),
        ],
        "description": (
            "Committee review of the two Staff Designer finalists. The role reports into Oksana, who is the "
            "hiring manager; Teresa owns the final decision if we split. Please have your interview feedback in "
            "before we meet.\n\nChinelo Okwuosa, Recruiting Lead" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "o-not-ics-reference-call-user-gives-for-ex-colleague",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Reference call re: Jamie Park (Senior Analyst, Fernhill Capital)",
        "start": "2029-10-10T12:30",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Hollis Whitford-Mbeki", "hollis@fernhillcapital.com"),
        "attendees": [ME, P("Hollis Whitford-Mbeki", "hollis@fernhillcapital.com")],
        "description": (
            "Hi Alex,\n\nJamie Park listed you as a reference for our Senior Analyst opening - thank you for "
            "making time. I'm the hiring manager and will ask about the two years you managed Jamie; this is "
            "not an interview of you.\n\nHollis Whitford-Mbeki\nDirector of Research, Fernhill Capital"
            + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "o-not-ics-recruiter-webinar-all-applicants",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Zoom Video Communications//Webinar//EN",
        "title": "Candidate webinar: How we interview at Pinecrest Energy",
        "start": "2029-10-17T18:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Pinecrest Energy Careers", "noreply-webinars@pinecrestenergy.com"),
        "attendees": [ME],
        "description": (
            "Thank you for registering! This live session is open to all applicants for our 2030 graduate "
            "program. Our recruiters Gabriela Sánchez-Ruiz and Tomasz Nowicki, with hiring manager Dr. Leonard "
            "Achterberg, walk through each interview stage and answer questions in the Q&A.\n\nYour "
            "camera and microphone will be off.\n\nJoin webinar: https://pinecrest.zoom.us/w/9912345678"
        ),
        "expect": None,
    },
    {
        "id": "o-not-ics-campus-slots-user-interviews-students",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Job fair - Initech booth interview slots (you are interviewing)",
        "start": "2029-10-24T09:00",
        "minutes": 240,
        "tz": "America/Chicago",
        "organizer": P("Initech Campus Recruiting", "campus@initech.com"),
        "attendees": [ME_WORK, P("Delacroix-Onwuachi, Thea", "thea.delacroix@initech.com")],
        "description": (
            "Thanks for volunteering at the State U job fair!\n\nSlot list (15 min each):\n"
            "9:00 Priyanka V. - BS Computer Science\n9:15 Marcus O'Donnell-Yee - MS Data Science\n"
            "9:30 Ngo Thi Lan - BS Statistics\n9:45 (open)\n\nYou and Thea are the interviewers; use the "
            "campus scorecard. Thea Delacroix-Onwuachi, University Recruiter"
        ),
        "location": "State U Student Union, Ballroom B, Booth 14",
        "expect": None,
    },
    {
        "id": "o-not-ics-informational-user-gives-to-cousin",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//iOS 18.2//EN",
        "title": "Informational interview w/ cousin Bao (she's applying to Initech)",
        "start": "2029-11-02T19:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": ME,
        "attendees": [ME, P("Bao Tran", "bao.tran.2031@stateu.edu")],
        "description": (
            "Bao wants to hear what the analyst team at Initech is like before her interview next week. Share "
            "what the hiring manager looks for and do a couple of practice questions."
        ),
        "expect": None,
    },
    {
        "id": "o-not-google-mock-interview-friend-plays-hm",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Mock interview 🎭 (Dev plays the hiring manager)",
        "start": "2029-10-06T20:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Devendra (Dev) Rao-Whitcombe", "dev.raowhitcombe@gmail.com"),
        "attendees": [ME, P("Devendra (Dev) Rao-Whitcombe", "dev.raowhitcombe@gmail.com")],
        "description": (
            "ok so I'll be 'Gus, your future manager' at Brindlecove and grill you on platform stuff 😈 "
            "then we swap and you do me for my PM loop. bring snacks" + MEET
        ),
        "expect": None,
    },
    {
        "id": "o-not-google-exit-interview-own-company-hrbp",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Exit interview – Alex Morgan",
        "start": "2029-10-27T14:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Rosalyn Okoro-Hart", "rosalyn.okorohart@initech.com"),
        "attendees": [ME_WORK, P("Rosalyn Okoro-Hart", "rosalyn.okorohart@initech.com")],
        "description": (
            "Hi Alex,<br><br>As part of your offboarding, I'd like to hold a short exit interview. Your manager "
            "won't see individual answers.<br><br>Rosalyn Okoro-Hart, HR Business Partner, Initech"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "o-not-google-onboarding-first-1-1-new-manager",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex / Gus – first 1:1 (welcome to Brindlecove!)",
        "start": "2029-12-10T10:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Gustav Halvorsen", "gus.h@brindlecove.com"),
        "attendees": [ME, P("Gustav Halvorsen", "gus.h@brindlecove.com")],
        "description": (
            "Welcome aboard! Now that I am officially your manager, let's set up our weekly 1:1. We'll go over "
            "your 30/60/90 and the notes from your interviews.\n\nGus" + MEET
        ),
        "expect": None,
    },
    {
        "id": "o-not-google-calibration-teresa-owns-decision-internal",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Interviewer calibration – Growth Marketing loop",
        "start": "2029-11-13T15:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Teodora Vasić", "teodora.vasic@initech.com"),
        "attendees": [
            ME_WORK,
            P("Teodora Vasić", "teodora.vasic@initech.com"),
            P(None, "jl@initech.com"),
        ],
        "description": (
            "Aligning the interviewers on the growth loop rubric before next week's onsites. Teodora owns the "
            "decision for this req; J.L. will share the take-home scoring guide." + MEET
        ),
        "expect": None,
    },
    {
        "id": "o-not-google-job-fair-employer-slot-list",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Tech Careers Fair – employer interview slots (sign-up list)",
        "start": "2029-11-20T10:00",
        "minutes": 300,
        "tz": "America/Chicago",
        "organizer": P("Lakeside Careers Fair", "noreply@lakesidecareersfair.org"),
        "attendees": [ME],
        "description": (
            "Thanks for registering as a job seeker. On-the-spot interview slots are first come, first served:"
            "<br>10:00–12:00 Quillmoor (Engineering Manager T.J. Okafor on the booth)<br>12:00–14:00 Castor "
            "Lane (Recruiting Coordinator)<br>13:00–15:00 Harbourmere (recruiters)<br><br>Sign up at the "
            "booth. Bring printed CVs."
        ),
        "location": "Lakeside Convention Center, Hall C",
        "expect": None,
    },
    {
        "id": "o-not-graph-hm-intake-user-is-hiring-manager",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Intake: Senior Analyst req (you are the hiring manager)",
        "start": "2029-10-08T11:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Abernathy, Quentin", "quentin.abernathy@initech.com"),
        "attendees": [ME_WORK, P("Abernathy, Quentin", "quentin.abernathy@initech.com")],
        "description": (
            "Hi Alex,\n\nLet's kick off the Senior Analyst search. The role will report into you, so you own the "
            "decision; I'll run the recruiter screens and book the interview loop.\n\nQuentin Abernathy\n"
            "Senior Recruiter, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "o-not-graph-panel-prep-user-is-interviewer",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Panel prep – Mobile Engineer candidate (Dr. S. Al-Khatib)",
        "start": "2029-10-15T09:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Marchetti, Lucia", "lucia.marchetti@initech.com"),
        "attendees": [
            ME_WORK,
            P("Marchetti, Lucia", "lucia.marchetti@initech.com"),
            P("O'Brien-Sato, Kenta", "kenta.obriensato@initech.com"),
        ],
        "description": (
            "Quick prep before Thursday's panel with Dr. Samira Al-Khatib. Kenta is the hiring manager; Alex, "
            "you take the system design section. Please read her CV beforehand." + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "o-not-graph-reference-check-vendor-for-former-report",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference interview: Olumide Fashola – Alex Morgan (referee)",
        "start": "2029-10-29T15:30",
        "minutes": 20,
        "tz": "Europe/London",
        "organizer": P("RefCheck Associates", "no-reply@refcheck-associates.co.uk"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nOlumide Fashola has nominated you as a referee for a Senior Recruiter position. Our "
            "consultant, Philippa Grange-Osei, will call you at the time above for a 20-minute structured "
            "reference interview about Olumide's work.\n\nRefCheck Associates" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "o-not-graph-recruiter-open-house-teams-live",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Open house for applicants: meet our hiring managers (Teams live event)",
        "start": "2029-11-07T17:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Auenlicht Karriere", "karriere@auenlicht.de"),
        "attendees": [ME],
        "description": (
            "Thank you for signing up. In this open session for everyone interested in working at Auenlicht, "
            "Prof. Dr. Johannes Meyer-Lindemann and other hiring managers describe their teams and our recruiter "
            "Matthias Kühn explains the interview process. Attendees are muted; questions via Q&A only."
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "o-not-graph-career-coach-mock-panel",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Coaching session 3: mock panel interview (Head of Finance practice)",
        "start": "2029-11-23T08:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Rev. Dr. Anthea Marlowe-Price", "anthea@marlowepricecoaching.com"),
        "attendees": [ME, P("Rev. Dr. Anthea Marlowe-Price", "anthea@marlowepricecoaching.com")],
        "description": (
            "Alex, as agreed I'll play a CEO who is the hiring manager and my associate will play the CFO on "
            "the panel. We'll record it and review your answers afterwards.\n\nAnthea Marlowe-Price, PCC\n"
            "Executive Career Coach" + TEAMS
        ),
        "expect": None,
    },
]
