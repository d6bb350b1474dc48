# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'p', written by someone who does not tune the parser, labelled before any run of
the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no separate
build file or rendered folder, the tuner adds this file to build.py). 60 invites: 45 interviews
and 15 near-misses that mention interviewing, across .ics, Google JSON and Graph JSON (20 each).

The angle is WHERE THE ANSWER HIDES. (1) Titles: written lowercase in prose ("our head of data,
Priya"), after dashes, pipes, parentheses and commas, in signatures, in attendee display names,
in other languages (German, Spanish, French, Portuguese, Japanese), and a title that differs
between the attendee list and the itinerary (the fuller one is the label). (2) Companies: agency
vs client (the company is the client the candidate would join, never the agency or RPO), "X
Group" / "X Holdings" / "X Labs" against the brand the invite uses, a company only in the
signature or in a hyphenated multi-word email domain ("tansyfield-dental.com"), an abbreviated
domain beside a signature that spells the name out, subsidiaries ("part of X", "an X company":
the company is the business the candidate joins), and companies written in other scripts beside
a Latin form. (3) Conflicting or layered labels: a hiring-manager field contradicted by prose
("you'd actually report to Nadia"), "(Contract)" in positions and after names, people who only
open the call ("I'll join for the first few minutes"), an executive who leads the team the
candidate would join, acting hiring managers covering a leave, and delegates ("Sam is stepping in
for Maria"). (4) Addresses only in a forwarded chain or in signature lines; attendee lists that
hold only mailboxes. The near-misses are the user's own debriefs and panels, interviewer
training, a stay interview, an oral-history recording, a headhunter's pitch to the user as a
hiring client, a journalist interviewing the user, a careers-office webinar, a reference check
the user makes, an internal hiring-manager handover, a question-bank review, a naturalisation
interview, vendor pitch interviews the user runs and a PhD viva.

Labels are what a careful person reads in the invite, not what the parser returns, with the
conventions of cases_m.py, cases_n.py, cases_o.py and cases_fresh12.py: a person the invite calls
the hiring manager, the candidate's future manager, the person the role reports to, or the lead of
the team they would join is a decision_maker with the hiring-manager mark, executives included;
prose that names a different manager than a "Hiring manager:" field wins (the field's person, if
on the call, is labelled by title without the mark; if not on the call, is not an interviewer);
an acting hiring manager ("covering as hiring manager while X is on leave") has the mark; a
delegate who "steps in for" the hiring manager on one call is labelled by their own title without
the mark, and the person replaced is not an interviewer; someone who only opens the call (joins
for the first few minutes, says hello and leaves) is not an interviewer; a people-manager title
(manager of a function, head of, director, team lead, and their forms in other languages, e.g.
Leiterin, Directora, Responsable, Gerente, 部長) is a decision_maker; CEO, founder, CTO, COO, VP,
chief are executives unless called the hiring manager or the lead of the candidate's team;
individual-contributor titles that contain "manager" are peers; "(Contractor)" after a name is not
part of the title and "(Contract)" is left out of the position; a recruiter or agency consultant
who runs (part of) the call is an interviewer (role recruiter) and the recruiter; one who only
coordinates, opens the call or forwards the invite is the recruiter but not an interviewer; an
executive assistant who books for their executive is not the recruiter; a team mailbox with no
person is (None, address); a person with no title is "unknown" with no title;
names are written without honorifics and post-nominals; a name or company given in two scripts is
written in its Latin form, and a title given in two languages in its English form; a person known only by an address and a first name in prose is written
by that first name; an address read only in a forwarded chain or a signature is that person's
email; titles are written as the invite writes them (lowercase prose titles in title case, other
languages kept); legal forms (GmbH, Ltd, Inc., 株式会社, LLC), requisition ids, employment types
and gender markers are left out of company and position; whatever the invite does not say is
None. "difficulty" is the writer's guess (easy / medium / hard) of how hard a case is to read;
build.py ignores it.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics ------------------------------------------------------------------------------
    {
        "id": "p-greenhouse-ics-lowercase-head-of-data-in-prose",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview: Alex Morgan / Analytics Engineer - Marrowbeck",
        "start": "2030-02-04T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Marrowbeck Talent", "talent@marrowbeck.com"),
        "attendees": [
            ME,
            P("Priya Anand-Whitcombe", "priya.aw@marrowbeck.com"),
            P("Tobiah Lindqvist", "tlindqvist@marrowbeck.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere are the details for your next conversation. You'll spend the first half hour "
            "with our head of data, Priya, whose team you'd be joining, and the second half with Tobiah, a "
            "senior analytics engineer who built most of our dbt project.\n\nTalk soon,\nDeclan Furlong\n"
            "Recruiting, Marrowbeck" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Priya Anand-Whitcombe",
                    "priya.aw@marrowbeck.com",
                    "Head of Data",
                    "decision_maker",
                    True,
                ),
                (
                    "Tobiah Lindqvist",
                    "tlindqvist@marrowbeck.com",
                    "Senior Analytics Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Declan Furlong", None),
            "company": "Marrowbeck",
            "position": "Analytics Engineer",
        },
    },
    {
        "id": "p-human-ics-hm-own-invite-pipe-signature-company-only-there",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Alex / Ottilie - field ops lead role",
        "start": "2030-02-05T09:30",
        "minutes": 45,
        "tz": "Europe/Oslo",
        "organizer": P("Ottilie Brandvold", "obr@skarvik.no"),
        "attendees": [ME, P("Ottilie Brandvold", "obr@skarvik.no")],
        "description": (
            "Hi Alex,\n\nThanks for sending your CV over. I'd like to have a first chat about the Field "
            "Operations Lead position - it sits in my team, so you would be reporting to me.\n\nBest,\n"
            "Ottilie Brandvold | Head of Field Operations | Skarvik Maritime AS\n+47 912 34 567"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ottilie Brandvold",
                    "obr@skarvik.no",
                    "Head of Field Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Skarvik Maritime",
            "position": "Field Operations Lead",
        },
    },
    {
        "id": "p-agency-ics-consultant-opens-call-client-is-company",
        "format": "ics",
        "style": "agency",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Gannetry Talent x Alex Morgan - Wrenhollow Orchards interview",
        "start": "2030-02-06T14:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Corisande Vail", "corisande@gannetrytalent.com"),
        "attendees": [
            ME,
            P("Corisande Vail", "corisande@gannetrytalent.com"),
            P("Rhiannon Castellanos", "rcastellanos@wrenholloworchards.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, here is your interview with Wrenhollow Orchards for the Packhouse "
            "Operations Manager role. I'll join for the first few minutes to make introductions and then drop "
            "off. You'll be speaking with Rhiannon Castellanos, Director of Operations - the role reports "
            "to her.\n\nCall me straight after!\n\nCorisande Vail\nSenior Consultant, Gannetry Talent Partners\n"
            "+1 503 555 0148" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rhiannon Castellanos",
                    "rcastellanos@wrenholloworchards.com",
                    "Director of Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Corisande Vail", "corisande@gannetrytalent.com"),
            "company": "Wrenhollow Orchards",
            "position": "Packhouse Operations Manager",
        },
    },
    {
        "id": "p-icims-ics-forwarded-chain-holds-addresses",
        "format": "ics",
        "style": "icims",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 14.2//EN",
        "title": "Fwd: Interview Confirmation - Water Quality Analyst",
        "start": "2030-02-07T10:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": ME,
        "attendees": [ME],
        "description": (
            "(copied to my own calendar)\n\n---------- Forwarded message ---------\n"
            "From: Calderbrook Water Careers <careers-noreply@calderbrookwater.icims.com>\n"
            "Date: Mon, Feb 3, 2030 at 4:12 PM\nSubject: Interview Confirmation - Water Quality Analyst\n"
            "To: <alex.morgan@gmail.com>\n\n"
            "Dear Alex,\n\nYour interview for Water Quality Analyst (Job ID 2030-1187) is confirmed.\n\n"
            "Interviewers:\n"
            "Wendell Osei-Bonsu <wosei@calderbrookwater.com>, Laboratory Supervisor\n"
            "Hyacinth Pardoe <hpardoe@calderbrookwater.com>, Senior Chemist\n\n"
            "Location: Calderbrook Water Treatment Works, 4410 River Rd, Peoria IL (Building C reception)\n\n"
            "Questions? Contact Lorna Bixby, Talent Acquisition Specialist, lbixby@calderbrookwater.com"
        ),
        "location": "4410 River Rd, Peoria IL",
        "expect": {
            "interviewers": [
                (
                    "Wendell Osei-Bonsu",
                    "wosei@calderbrookwater.com",
                    "Laboratory Supervisor",
                    "decision_maker",
                ),
                ("Hyacinth Pardoe", "hpardoe@calderbrookwater.com", "Senior Chemist", "peer"),
            ],
            "recruiter": ("Lorna Bixby", "lbixby@calderbrookwater.com"),
            "company": "Calderbrook Water",
            "position": "Water Quality Analyst",
        },
    },
    {
        "id": "p-workday-ics-hm-field-on-leave-acting-hm-in-prose",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday Inc.//Recruiting//EN",
        "title": "Interview - Site Reliability Engineer (R-55120) - Tamsworth Mutual",
        "start": "2030-02-10T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Workday Scheduling", "no-reply@myworkday.com"),
        "attendees": [
            ME,
            P("Faisal Qureshi", "faisal.qureshi@tamsworthmutual.com"),
            P("Noor Hadjiev", "noor.hadjiev@tamsworthmutual.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R-55120 Site Reliability Engineer\n"
            "Hiring Manager: Marisol Etxeberria\nRecruiter: Gideon Ashworth-Bell\n\n"
            "Interviewers:\nFaisal Qureshi - Engineering Manager, Cloud Platform\n"
            "Noor Hadjiev - Senior SRE\n\n"
            "Note from your recruiter: Marisol is on parental leave, so Faisal is covering as hiring manager "
            "for this search and will make the final decision.\n\n"
            "Tamsworth Mutual Insurance Company is an equal opportunity employer." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Faisal Qureshi",
                    "faisal.qureshi@tamsworthmutual.com",
                    "Engineering Manager, Cloud Platform",
                    "decision_maker",
                    True,
                ),
                ("Noor Hadjiev", "noor.hadjiev@tamsworthmutual.com", "Senior SRE", "peer"),
            ],
            "recruiter": ("Gideon Ashworth-Bell", None),
            "company": "Tamsworth Mutual",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "p-human-ics-german-leiterin-title-future-boss",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Vorstellungsgespräch Qualitätsingenieur (m/w/d) - Kessling Armaturen",
        "start": "2030-02-11T10:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Personalabteilung Kessling", "bewerbung@kessling-armaturen.de"),
        "attendees": [
            ME,
            P("Henrike Vossberg", "h.vossberg@kessling-armaturen.de"),
            P("Jannik Oehlschläger", "j.oehlschlaeger@kessling-armaturen.de"),
        ],
        "description": (
            "Sehr geehrte/r Alex Morgan,\n\nwir freuen uns, Sie zum Vorstellungsgespräch einzuladen.\n\n"
            "Ihre Gesprächspartner:\n"
            "- Dr. Henrike Vossberg, Leiterin Qualitätssicherung (Ihre zukünftige Vorgesetzte)\n"
            "- Jannik Oehlschläger, Prüfingenieur\n\n"
            "Adresse: Kessling Armaturen GmbH, Industriestraße 14, 33602 Bielefeld, Empfang Haus B\n\n"
            "Mit freundlichen Grüßen\nSabine Krautwurst\nPersonalreferentin"
        ),
        "location": "Industriestraße 14, 33602 Bielefeld",
        "expect": {
            "interviewers": [
                (
                    "Henrike Vossberg",
                    "h.vossberg@kessling-armaturen.de",
                    "Leiterin Qualitätssicherung",
                    "decision_maker",
                    True,
                ),
                (
                    "Jannik Oehlschläger",
                    "j.oehlschlaeger@kessling-armaturen.de",
                    "Prüfingenieur",
                    "peer",
                ),
            ],
            "recruiter": ("Sabine Krautwurst", None),
            "company": "Kessling Armaturen",
            "position": "Qualitätsingenieur",
        },
    },
    {
        "id": "p-lever-ics-short-title-in-cn-fuller-in-itinerary",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Interview Scheduling//EN",
        "title": "Onsite Interview: Alex Morgan for Risk Analyst at Ploverhill",
        "start": "2030-02-12T09:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Ploverhill Recruiting", "recruiting@ploverhill.com"),
        "attendees": [
            ME,
            P("Rosalind Ikpeazu - Eng Mgr", "rikpeazu@ploverhill.com"),
            P("Caspian Thorne - Analyst", "cthorne@ploverhill.com"),
        ],
        "description": (
            "Itinerary\n\n"
            "9:00 AM  Rosalind Ikpeazu, Engineering Manager, Payments Risk (hiring manager)\n"
            "10:00 AM  Caspian Thorne, Senior Risk Analyst\n\n"
            "Your recruiter for this process is Ivo Marchetti (ivo.marchetti@ploverhill.com).\n"
            "Please check in at 2 Hanover Sq, 14th floor."
        ),
        "location": "2 Hanover Sq, 14th floor, New York",
        "expect": {
            "interviewers": [
                (
                    "Rosalind Ikpeazu",
                    "rikpeazu@ploverhill.com",
                    "Engineering Manager, Payments Risk",
                    "decision_maker",
                    True,
                ),
                ("Caspian Thorne", "cthorne@ploverhill.com", "Senior Risk Analyst", "peer"),
            ],
            "recruiter": ("Ivo Marchetti", "ivo.marchetti@ploverhill.com"),
            "company": "Ploverhill",
            "position": "Risk Analyst",
        },
    },
    {
        "id": "p-ashby-ics-labs-brand-as-written",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Quillwhistle Labs: Technical Interview with Alex Morgan",
        "start": "2030-02-13T15:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Quillwhistle Labs", "no-reply@ashbyhq.com"),
        "attendees": [ME, P("Lucan Ferreira-Voss", "lucan@quillwhistle.ai")],
        "description": (
            "Role: Machine Learning Engineer\n"
            "Interviewer: Lucan Ferreira-Voss (Staff ML Engineer)\n\n"
            "Scheduled by Maelle Rousseau on behalf of the Quillwhistle Labs recruiting team.\n\n"
            "Quillwhistle Labs, Inc. · 901 Bryant St, San Francisco" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Lucan Ferreira-Voss", "lucan@quillwhistle.ai", "Staff ML Engineer", "peer"),
            ],
            "recruiter": ("Maelle Rousseau", None),
            "company": "Quillwhistle Labs",
            "position": "Machine Learning Engineer",
        },
    },
    {
        "id": "p-human-ics-ceo-leads-growth-team-directly",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex <> Ishaan - Growth Marketer chat",
        "start": "2030-02-14T16:30",
        "minutes": 30,
        "tz": "Asia/Kolkata",
        "organizer": P("Ishaan Mehrotra", "ishaan@tiffinloop.in"),
        "attendees": [ME, P("Ishaan Mehrotra", "ishaan@tiffinloop.in")],
        "description": (
            "Hey Alex - looking forward to it. Quick context: I'm the CEO, but growth doesn't have a head yet, "
            "so I lead that team directly and you'd be working with me day to day.\n\n-- Ishaan\nCEO & "
            "co-founder, TiffinLoop" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ishaan Mehrotra",
                    "ishaan@tiffinloop.in",
                    "CEO & co-founder",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "TiffinLoop",
            "position": "Growth Marketer",
        },
    },
    {
        "id": "p-goodtime-ics-contract-role-contractor-panelist",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "medium",
        "prodid": "-//GoodTime.io//Hire//EN",
        "title": "Interview: Data Engineer (Contract) - Brackenlea Insurance",
        "start": "2030-02-17T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Brackenlea Interviews", "interviews@brackenlea.co.uk"),
        "attendees": [
            ME,
            P("Mirela Dobrescu", "mirela.dobrescu@brackenlea.co.uk"),
            P("Olumide Bankole-Reyes", "olumide.bankolereyes@brackenlea.co.uk"),
        ],
        "description": (
            "Hello Alex,\n\nYour interview for the 6-month Data Engineer (Contract) position:\n\n"
            "11:00 - 11:30 | Mirela Dobrescu (Contractor) - Senior Data Engineer\n"
            "11:30 - 12:00 | Olumide Bankole-Reyes - Data Engineering Lead (hiring manager)\n\n"
            "Any questions, reply to this email.\nBrackenlea Talent Team" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Mirela Dobrescu",
                    "mirela.dobrescu@brackenlea.co.uk",
                    "Senior Data Engineer",
                    "peer",
                ),
                (
                    "Olumide Bankole-Reyes",
                    "olumide.bankolereyes@brackenlea.co.uk",
                    "Data Engineering Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "interviews@brackenlea.co.uk"),
            "company": "Brackenlea Insurance",
            "position": "Data Engineer",
        },
    },
    {
        "id": "p-human-ics-japanese-company-and-bucho-title",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "【面接】生産技術エンジニア / Production Engineer - 株式会社あおば精機 (Aoba Seiki)",
        "start": "2030-02-18T14:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("あおば精機 採用担当", "saiyo@aoba-seiki.co.jp"),
        "attendees": [ME, P("山田 花子", "h.yamada@aoba-seiki.co.jp")],
        "description": (
            "Alex Morgan様\n\nこの度はご応募いただきありがとうございます。\n"
            "面接官: 山田 花子 (Hanako Yamada) 製造部 部長\n"
            "(English: Hanako Yamada will be your manager if you join the manufacturing department.)\n\n"
            "株式会社あおば精機 人事部 採用担当 小林\n"
            "Aoba Seiki Co., Ltd. - HR, Kobayashi" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hanako Yamada",
                    "h.yamada@aoba-seiki.co.jp",
                    "製造部 部長",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Kobayashi", None),
            "company": "Aoba Seiki",
            "position": "Production Engineer",
        },
    },
    {
        "id": "p-smartrecruiters-ics-mailbox-attendees-first-names-in-prose",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//Interview//EN",
        "title": "Interview for Accounts Payable Specialist",
        "start": "2030-02-19T09:00",
        "minutes": 45,
        "tz": "Europe/Lisbon",
        "organizer": P(None, "interviews@smartrecruiters-mail.com"),
        "attendees": [
            ME,
            P(None, "j.ferreira@corticeiradouro.pt"),
            P(None, "t.valente@corticeiradouro.pt"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll meet Joana, our finance manager (the position reports to her), and Tiago, a "
            "senior accountant on the payables team.\n\nKind regards,\nCorticeira Douro Recruitment"
        ),
        "location": "Rua do Cabo 22, Porto",
        "expect": {
            "interviewers": [
                (
                    "Joana",
                    "j.ferreira@corticeiradouro.pt",
                    "Finance Manager",
                    "decision_maker",
                    True,
                ),
                ("Tiago", "t.valente@corticeiradouro.pt", "Senior Accountant", "peer"),
            ],
            "recruiter": (None, "interviews@smartrecruiters-mail.com"),
            "company": "Corticeira Douro",
            "position": "Accounts Payable Specialist",
        },
    },
    {
        "id": "p-human-ics-titles-in-parens-and-after-dash-subject",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Call w/ Kwabena (VP Ops) — Bramblecote Freight — Dispatch Supervisor",
        "start": "2030-02-20T08:00",
        "minutes": 45,
        "tz": "America/Toronto",
        "organizer": P("Delphine Arsenault", "delphine@bramblecotefreight.ca"),
        "attendees": [
            ME,
            P("Kwabena Asante-Moore", "kwabena@bramblecotefreight.ca"),
            P("Delphine Arsenault", "delphine@bramblecotefreight.ca"),
        ],
        "description": (
            "Hi Alex! Kwabena will lead this one; I'll sit in too - I'm the dispatch manager, and the "
            "supervisor role reports to me.\n\nDelphine" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Kwabena Asante-Moore", "kwabena@bramblecotefreight.ca", "VP Ops", "executive"),
                (
                    "Delphine Arsenault",
                    "delphine@bramblecotefreight.ca",
                    "Dispatch Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Bramblecote Freight",
            "position": "Dispatch Supervisor",
        },
    },
    {
        "id": "p-teamtailor-ics-spanish-directora-recruiter-runs-first-part",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "medium",
        "prodid": "-//Teamtailor//Interview//EN",
        "title": "Entrevista: Responsable de Contenidos - Albufera Viajes",
        "start": "2030-02-21T12:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Albufera Viajes", "jobs@albuferaviajes.teamtailor-mail.com"),
        "attendees": [
            ME,
            P("Lucía Ferrándiz Olmedo", "lucia.ferrandiz@albuferaviajes.es"),
            P("Unai Bengoetxea", "unai.b@albuferaviajes.es"),
        ],
        "description": (
            "Hola Alex,\n\nTe confirmamos la entrevista. Empezaré yo con 15 minutos sobre el proceso y las "
            "condiciones; después hablarás con Lucía Ferrándiz Olmedo, directora de marketing y responsable "
            "de la contratación.\n\nUn saludo,\nUnai Bengoetxea\nTalent Acquisition, Albufera Viajes S.L."
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Lucía Ferrándiz Olmedo",
                    "lucia.ferrandiz@albuferaviajes.es",
                    "Directora de Marketing",
                    "decision_maker",
                    True,
                ),
                ("Unai Bengoetxea", "unai.b@albuferaviajes.es", "Talent Acquisition", "recruiter"),
            ],
            "recruiter": ("Unai Bengoetxea", "unai.b@albuferaviajes.es"),
            "company": "Albufera Viajes",
            "position": "Responsable de Contenidos",
        },
    },
    {
        "id": "p-calendly-ics-company-only-in-hyphen-domain",
        "format": "ics",
        "style": "calendly",
        "difficulty": "hard",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Hiring manager chat - Dental Hygienist between Ines Halloran and Alex Morgan",
        "start": "2030-02-24T17:15",
        "minutes": 20,
        "tz": "America/Denver",
        "organizer": P("Ines Halloran", "ines@tansyfield-dental.com"),
        "attendees": [ME, P("Ines Halloran", "ines@tansyfield-dental.com")],
        "description": (
            "Event Name: Hiring manager chat - Dental Hygienist\n\n"
            "Location: This is a phone call. Ines Halloran will call the invitee at +1 720 555 0107.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7f1b\n"
            "Reschedule: https://calendly.com/reschedulings/7f1b\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Ines Halloran", "ines@tansyfield-dental.com", None, "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Tansyfield Dental",
            "position": "Dental Hygienist",
        },
    },
    {
        "id": "p-not-ics-user-runs-debrief-lowercase-titles",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Debrief: Payroll Analyst candidates (round 2)",
        "start": "2030-02-25T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Anneliese Okonkwo", "anneliese.okonkwo@initech.com"),
            P("Rufus Teague", "rufus.teague@initech.com"),
        ],
        "description": (
            "Team - let's compare notes on the three people we interviewed this week. Anneliese (our head of "
            "payroll, and the hiring manager) will make the call; Rufus, please bring the exercise scores.\n\n"
            "Alex" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "p-not-ics-interviewer-shadow-training",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Interviewer certification: reverse shadow (you lead, Bartholomew observes)",
        "start": "2030-02-26T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Interview Enablement", "interview-enablement@initech.com"),
        "attendees": [ME_WORK, P("Bartholomew Quaye", "bartholomew.quaye@initech.com")],
        "description": (
            "This is step 3 of 3 in your interviewer certification. You will lead a real System Design "
            "interview; Bartholomew Quaye (Principal Engineer, certified trainer) observes silently and "
            "gives you feedback afterwards. Candidate details are in Greenhouse."
        ),
        "expect": None,
    },
    {
        "id": "p-not-ics-stay-interview-with-own-manager",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Stay interview - Alex M.",
        "start": "2030-02-27T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Perpetua Onwuachi", "perpetua.onwuachi@initech.com"),
        "attendees": [ME_WORK, P("Perpetua Onwuachi", "perpetua.onwuachi@initech.com")],
        "description": (
            "Hi Alex - HR asked all managers to run a short 'stay interview' with each person on their team: "
            "what keeps you here, what might tempt you away. No prep needed.\n\nPerpetua\n"
            "Director, Customer Operations"
        ),
        "expect": None,
    },
    {
        "id": "p-not-ics-oral-history-recording-grandmother",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Apple Inc.//iOS 17.4//EN",
        "title": "Oral history interview - Nana's recording session",
        "start": "2030-03-01T13:00",
        "minutes": 120,
        "tz": "America/Chicago",
        "organizer": P("Westbrook County Library", "oralhistory@westbrookcountylibrary.org"),
        "attendees": [ME],
        "description": (
            "Thank you for booking the recording booth. Our volunteer interviewer, Clementine Harrow, will "
            "guide your grandmother through the interview questions; you are welcome to sit in.\n\n"
            "Bring any photos you would like scanned."
        ),
        "location": "Westbrook County Library, Studio B",
        "expect": None,
    },
    {
        "id": "p-not-ics-headhunter-pitch-user-is-hiring-client",
        "format": "ics",
        "style": "agency",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Intro: Wyvernside Search / Initech - your two SRE openings",
        "start": "2030-03-03T11:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Tancredi Olsen", "tancredi@wyvernsidesearch.com"),
        "attendees": [ME_WORK, P("Tancredi Olsen", "tancredi@wyvernsidesearch.com")],
        "description": (
            "Hi Alex,\n\nThanks for taking the call. I'd like to understand the two SRE roles you're hiring "
            "for, how you run your interview loop and what your ideal shortlist looks like, and share our "
            "terms.\n\nTancredi Olsen\nPrincipal Consultant, Wyvernside Search" + TEAMS
        ),
        "expect": None,
    },
    # --- Google JSON -----------------------------------------------------------------------
    {
        "id": "p-greenhouse-google-html-title-after-comma-in-signature",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Invitation: Alex Morgan - Hardware Test Engineer (Onsite) @ Wed Mar 5, 2030",
        "start": "2030-03-05T09:00",
        "minutes": 180,
        "tz": "America/Los_Angeles",
        "organizer": P("Sundrift Robotics Recruiting", "recruiting@sundriftrobotics.com"),
        "attendees": [
            ME,
            P("Evander Kowalczyk", "evander@sundriftrobotics.com"),
            P("Maren Solberg-Haas", "maren@sundriftrobotics.com"),
            P("Conference Room Tidepool", "c_188a7@resource.calendar.google.com", room=True),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Looking forward to hosting you onsite. You will meet:</p>"
            "<p><b>Evander Kowalczyk</b>, who manages the hardware test team you would join<br>"
            "<b>Maren Solberg-Haas</b>, test automation engineer</p>"
            "<p>Lunch is included.</p><p>Best,<br>Wilhelmina Achterberg-Oduya, Recruiting Coordinator<br>"
            "Sundrift Robotics</p>"
        ),
        "location": "Sundrift Robotics, 77 Harbor Way, Richmond CA",
        "expect": {
            "interviewers": [
                ("Evander Kowalczyk", "evander@sundriftrobotics.com", None, "decision_maker", True),
                (
                    "Maren Solberg-Haas",
                    "maren@sundriftrobotics.com",
                    "Test Automation Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Wilhelmina Achterberg-Oduya", None),
            "company": "Sundrift Robotics",
            "position": "Hardware Test Engineer",
        },
    },
    {
        "id": "p-gem-google-agency-forward-client-in-body",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex Morgan / Zonneveld Partners - 1st interview with the client",
        "start": "2030-03-06T10:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Femke Zwanenburg", "femke@zonneveldpartners.nl"),
        "attendees": [
            ME,
            P("Femke Zwanenburg", "femke@zonneveldpartners.nl"),
            P("Reinout de Haas", "reinout.dehaas@greenvlietenergie.nl"),
        ],
        "description": (
            "Hi Alex,\n\nOur client Greenvliet Energie would like to meet you for the Grid Planning Engineer "
            "position. You'll speak with Reinout de Haas, Teamleider Netplanning - you would be in his team. "
            "I'm on the invite so you have my details but won't be joining.\n\n"
            "Femke Zwanenburg\nRecruitment Consultant | Zonneveld Partners B.V.\n+31 20 555 0173"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Reinout de Haas",
                    "reinout.dehaas@greenvlietenergie.nl",
                    "Teamleider Netplanning",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Femke Zwanenburg", "femke@zonneveldpartners.nl"),
            "company": "Greenvliet Energie",
            "position": "Grid Planning Engineer",
        },
    },
    {
        "id": "p-human-google-abbrev-domain-signature-spells-company",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Practice Manager interview - Alex",
        "start": "2030-03-07T13:30",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Doreen Fitzwilliam", "doreen@bcvp.io"),
        "attendees": [
            ME,
            P("Doreen Fitzwilliam", "doreen@bcvp.io"),
            P("Ambrose Nkemelu", "ambrose@bcvp.io"),
        ],
        "description": (
            "Hi Alex, confirming Thursday. Ambrose (our regional medical director) will join me for the "
            "second half.\n\nDoreen Fitzwilliam\nRegional Operations Director\nBluecairn Veterinary Partners"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Doreen Fitzwilliam",
                    "doreen@bcvp.io",
                    "Regional Operations Director",
                    "decision_maker",
                ),
                (
                    "Ambrose Nkemelu",
                    "ambrose@bcvp.io",
                    "Regional Medical Director",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Bluecairn Veterinary Partners",
            "position": "Practice Manager",
        },
    },
    {
        "id": "p-ashby-google-part-of-group-subsidiary-is-company",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Sandpiper Coffee Roasters - Interview with Alex Morgan (Head Roaster)",
        "start": "2030-03-10T10:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Verrant Careers", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("Jolyon Peverell", "jolyon.peverell@verrantgroup.co.uk"),
            P("Saoirse Nic an tSaoir", "saoirse@sandpipercoffee.co.uk"),
        ],
        "description": (
            "Sandpiper Coffee Roasters is part of the Verrant Beverage Group.\n\n"
            "Interviewers:\n- Saoirse Nic an tSaoir — Roastery Manager (hiring manager)\n"
            "- Jolyon Peverell — Group Head of Coffee Quality\n\n"
            "Coordinated by Verrant Group Talent (talent@verrantgroup.co.uk)" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Jolyon Peverell",
                    "jolyon.peverell@verrantgroup.co.uk",
                    "Group Head of Coffee Quality",
                    "decision_maker",
                ),
                (
                    "Saoirse Nic an tSaoir",
                    "saoirse@sandpipercoffee.co.uk",
                    "Roastery Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "talent@verrantgroup.co.uk"),
            "company": "Sandpiper Coffee Roasters",
            "position": "Head Roaster",
        },
    },
    {
        "id": "p-human-google-ceo-says-hello-first-few-minutes",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan - Customer Success Lead - final conversation",
        "start": "2030-03-11T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Kalinda Murrow", "kalinda@ferrowell.com"),
        "attendees": [
            ME,
            P("Benedikt Sauerwein", "benedikt@ferrowell.com"),
            P("Kalinda Murrow", "kalinda@ferrowell.com"),
            P("Hollis Nakagawa-Price", "hollis@ferrowell.com"),
        ],
        "description": (
            "Hi Alex,\n\nBenedikt (our CEO) will hop on for the first few minutes to say hello, then leave us "
            "to it. After that it's me - I run customer success and you'd be reporting to me - and Hollis, "
            "one of our senior CSMs.\n\nKalinda Murrow\nVP, Customer Success · Ferrowell" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Kalinda Murrow",
                    "kalinda@ferrowell.com",
                    "VP, Customer Success",
                    "decision_maker",
                    True,
                ),
                ("Hollis Nakagawa-Price", "hollis@ferrowell.com", "Senior CSM", "peer"),
            ],
            "recruiter": None,
            "company": "Ferrowell",
            "position": "Customer Success Lead",
        },
    },
    {
        "id": "p-modernloop-google-sam-steps-in-for-hm",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Updated invitation: Interview - Product Designer - Alex Morgan",
        "start": "2030-03-12T11:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Kettleby Scheduling", "scheduling@kettleby.com"),
        "attendees": [
            ME,
            P("Samwise Oduya", "sam.oduya@kettleby.com"),
            P("Pernille Ravnsborg", "pernille.r@kettleby.com"),
        ],
        "description": (
            "Update: Sam Oduya is stepping in for Maria Lindahl (hiring manager) on this call, as Maria is "
            "travelling. Your other sessions are unchanged.\n\n"
            "11:00 Samwise Oduya, Design Manager, Growth\n"
            "11:00 Pernille Ravnsborg, Senior Product Designer (shadowing)\n\n"
            "Questions? Your recruiter at Kettleby is Tova Brännström." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Samwise Oduya",
                    "sam.oduya@kettleby.com",
                    "Design Manager, Growth",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Tova Brännström", None),
            "company": "Kettleby",
            "position": "Product Designer",
        },
    },
    {
        "id": "p-lever-google-hm-field-vs-you-would-report-to",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Interview with Lumenstrand for Partnerships Manager",
        "start": "2030-03-13T09:00",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Lumenstrand Talent", "talent@lumenstrand.com"),
        "attendees": [
            ME,
            P("Corentin Dufresne", "corentin@lumenstrand.com"),
            P("Nadia Oyelaran", "nadia@lumenstrand.com"),
        ],
        "description": (
            "Position: Partnerships Manager, EMEA\nHiring manager: Corentin Dufresne\n\n"
            "Hi Alex - one clarification: Corentin (Director of Partnerships) is listed as hiring manager in "
            "our system, but day to day you'd actually report to Nadia Oyelaran, who leads the EMEA pod, "
            "and she makes the call on this hire.\n\nBest,\nSéverine Lacombe, Talent Partner" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Corentin Dufresne",
                    "corentin@lumenstrand.com",
                    "Director of Partnerships",
                    "decision_maker",
                ),
                ("Nadia Oyelaran", "nadia@lumenstrand.com", None, "decision_maker", True),
            ],
            "recruiter": ("Séverine Lacombe", None),
            "company": "Lumenstrand",
            "position": "Partnerships Manager",
        },
    },
    {
        "id": "p-human-google-french-responsable-titles",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Entretien - Chargé(e) de partenariats - Maison Vireloup",
        "start": "2030-03-14T14:00",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Apolline Marchetti-Roux", "a.marchettiroux@vireloup.fr"),
        "attendees": [
            ME,
            P("Apolline Marchetti-Roux", "a.marchettiroux@vireloup.fr"),
            P("Thibault Mercadier", "t.mercadier@vireloup.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nJe vous confirme notre entretien. Thibault Mercadier (Chargé de partenariats "
            "senior) se joindra à nous.\n\nBien cordialement,\nApolline Marchetti-Roux\n"
            "Responsable des partenariats (et votre future manager)\nMaison Vireloup SAS" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Apolline Marchetti-Roux",
                    "a.marchettiroux@vireloup.fr",
                    "Responsable des partenariats",
                    "decision_maker",
                    True,
                ),
                (
                    "Thibault Mercadier",
                    "t.mercadier@vireloup.fr",
                    "Chargé de partenariats senior",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Maison Vireloup",
            "position": "Chargé(e) de partenariats",
        },
    },
    {
        "id": "p-calendly-google-lowercase-title-in-host-note",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Alex Morgan and Bartosz Wierzbicki",
        "start": "2030-03-17T12:00",
        "minutes": 30,
        "tz": "Europe/Warsaw",
        "organizer": P("Bartosz Wierzbicki", "bartosz@kestrelcode.pl"),
        "attendees": [ME, P("Bartosz Wierzbicki", "bartosz@kestrelcode.pl")],
        "description": (
            "Event Name: Intro call - Backend Developer\n\n"
            "Note from Bartosz: hi! i'm the engineering team lead at kestrelcode, you'd be joining my team. "
            "we'll keep it informal.\n\n"
            "Location: https://meet.google.com/xbe-rtqa-kmn\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Bartosz Wierzbicki",
                    "bartosz@kestrelcode.pl",
                    "Engineering Team Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Kestrelcode",
            "position": "Backend Developer",
        },
    },
    {
        "id": "p-goodtime-google-addresses-only-in-signature-lines",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Panel Interview - Clinical Data Manager - Alex Morgan",
        "start": "2030-03-18T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Oakhaven Bio Interviews", "interviews@oakhavenbio.com"),
        "attendees": [ME, P("Oakhaven Bio Interviews", "interviews@oakhavenbio.com")],
        "description": (
            "Alex - your panel will dial in to the bridge below.\n\n"
            "Panelists:\n"
            "Gwendolyn Abara-Stroud\nAssociate Director, Clinical Data Management (hiring manager)\n"
            "gabara-stroud@oakhavenbio.com\n\n"
            "Rasmus Thorvaldsen\nSenior Clinical Data Manager\nrthorvaldsen@oakhavenbio.com\n\n"
            "Recruiter: Nkechi Ilori, nilori@oakhavenbio.com" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Gwendolyn Abara-Stroud",
                    "gabara-stroud@oakhavenbio.com",
                    "Associate Director, Clinical Data Management",
                    "decision_maker",
                    True,
                ),
                (
                    "Rasmus Thorvaldsen",
                    "rthorvaldsen@oakhavenbio.com",
                    "Senior Clinical Data Manager",
                    "peer",
                ),
            ],
            "recruiter": ("Nkechi Ilori", "nilori@oakhavenbio.com"),
            "company": "Oakhaven Bio",
            "position": "Clinical Data Manager",
        },
    },
    {
        "id": "p-human-google-chinese-company-latin-form",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "面试邀请 Interview: 嵌入式软件工程师 Embedded Software Engineer - 蓝鲸机器人 Lanjing Robotics",
        "start": "2030-03-19T10:00",
        "minutes": 60,
        "tz": "Asia/Shanghai",
        "organizer": P("蓝鲸机器人招聘", "hr@lanjing-robotics.cn"),
        "attendees": [ME, P("周 文博", "zhou.wenbo@lanjing-robotics.cn")],
        "description": (
            "Alex 您好,\n\n面试官: 周文博 (Wenbo Zhou), 嵌入式团队负责人 / Embedded Team Lead - 您入职后的直属上级 "
            "(your direct manager).\n\n深圳市蓝鲸机器人有限公司 人力资源部 陈思 (Chen Si)" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Wenbo Zhou",
                    "zhou.wenbo@lanjing-robotics.cn",
                    "Embedded Team Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Chen Si", None),
            "company": "Lanjing Robotics",
            "position": "Embedded Software Engineer",
        },
    },
    {
        "id": "p-smartrecruiters-google-holdings-company-brand-is-store",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Interview: Store Manager - Haverleigh's Pantry (Harrogate)",
        "start": "2030-03-20T09:30",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Mordaunt Holdings Recruitment", "recruitment@mordauntholdings.com"),
        "attendees": [
            ME,
            P("Ffion Llewellyn-Barr", "ffion.llewellyn-barr@haverleighspantry.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying to Haverleigh's Pantry, a Mordaunt Holdings company. "
            "You will meet Ffion Llewellyn-Barr, Area Manager, North Yorkshire.\n\n"
            "Regards,\nMordaunt Holdings Recruitment Team"
        ),
        "location": "Haverleigh's Pantry, 14 Parliament St, Harrogate",
        "expect": {
            "interviewers": [
                (
                    "Ffion Llewellyn-Barr",
                    "ffion.llewellyn-barr@haverleighspantry.co.uk",
                    "Area Manager, North Yorkshire",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "recruitment@mordauntholdings.com"),
            "company": "Haverleigh's Pantry",
            "position": "Store Manager",
        },
    },
    {
        "id": "p-human-google-title-in-display-name-pipe",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "SRE interview (systems round) - Alex Morgan",
        "start": "2030-03-21T16:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Hamid Sotoudeh | Staff SRE", "hamid@emberfold.dev"),
        "attendees": [
            ME,
            P("Hamid Sotoudeh | Staff SRE", "hamid@emberfold.dev"),
            P("Oona Tervonen | SRE Manager", "oona@emberfold.dev"),
        ],
        "description": "Systems round for the SRE role at Emberfold. Oona is the hiring manager and will join for the last 20 min."
        + MEET,
        "expect": {
            "interviewers": [
                ("Hamid Sotoudeh", "hamid@emberfold.dev", "Staff SRE", "peer"),
                ("Oona Tervonen", "oona@emberfold.dev", "SRE Manager", "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Emberfold",
            "position": "SRE",
        },
    },
    {
        "id": "p-bamboohr-google-short-title-attendees-fuller-agenda",
        "format": "google",
        "style": "bamboohr",
        "difficulty": "hard",
        "title": "Interview: Support Team Lead - Alex Morgan",
        "start": "2030-03-24T13:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Hatchwell People Ops", "people@hatchwell.co"),
        "attendees": [
            ME,
            P("Magnus Ellery (Director)", "magnus@hatchwell.co"),
            P("Zainab Oyewole (Support)", "zainab@hatchwell.co"),
        ],
        "description": (
            "Agenda\n1:00 Magnus Ellery, Director of Customer Experience - you'd report to Magnus\n"
            "1:30 Zainab Oyewole, Senior Support Specialist\n\n"
            "Sent via BambooHR on behalf of Hatchwell. Contact: Juniper Castellane, People Operations Manager."
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Magnus Ellery",
                    "magnus@hatchwell.co",
                    "Director of Customer Experience",
                    "decision_maker",
                    True,
                ),
                ("Zainab Oyewole", "zainab@hatchwell.co", "Senior Support Specialist", "peer"),
            ],
            "recruiter": ("Juniper Castellane", None),
            "company": "Hatchwell",
            "position": "Support Team Lead",
        },
    },
    {
        "id": "p-human-google-ukrainian-company-cyrillic-and-latin",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Співбесіда / Interview - QA Automation Engineer - Кобзар Софт (Kobzar Soft)",
        "start": "2030-03-25T11:00",
        "minutes": 60,
        "tz": "Europe/Kyiv",
        "organizer": P("Олеся Гнатюк", "o.hnatiuk@kobzarsoft.ua"),
        "attendees": [
            ME,
            P("Олеся Гнатюк", "o.hnatiuk@kobzarsoft.ua"),
            P("Taras Melnychuk", "t.melnychuk@kobzarsoft.ua"),
        ],
        "description": (
            "Hi Alex,\n\nTaras Melnychuk, our QA lead (and your future manager), will run the technical part. "
            "I'll open the call and introduce you both, then drop off.\n\n"
            "Олеся Гнатюк (Olesia Hnatiuk)\nRecruiter, ТОВ «Кобзар Софт» / Kobzar Soft LLC" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Taras Melnychuk", "t.melnychuk@kobzarsoft.ua", "QA Lead", "decision_maker", True),
            ],
            "recruiter": ("Olesia Hnatiuk", "o.hnatiuk@kobzarsoft.ua"),
            "company": "Kobzar Soft",
            "position": "QA Automation Engineer",
        },
    },
    {
        "id": "p-not-google-user-sits-on-panel-own-company",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Invitation: Interview - Jordan Beckwith-Sato - Senior Data Engineer (Alex Morgan as interviewer)",
        "start": "2030-03-26T14:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [ME_WORK, P("Jordan Beckwith-Sato", "jordan.bsato@gmail.com")],
        "description": (
            "Interviewer: Alex Morgan\nFocus area: data modelling\nCandidate: Jordan Beckwith-Sato\n"
            "Hiring manager: Priyanka Dall, head of data platform\n\nPlease submit your scorecard within 24 "
            "hours." + MEET
        ),
        "expect": None,
    },
    {
        "id": "p-not-google-journalist-interviews-user",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview for 'Who's hiring in logistics' feature - Alex Morgan",
        "start": "2030-03-27T10:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Quentin Lockwood-Ames", "quentin.lockwoodames@freightweekly.com"),
        "attendees": [ME, P("Quentin Lockwood-Ames", "quentin.lockwoodames@freightweekly.com")],
        "description": (
            "Hi Alex, thanks for agreeing to talk on the record about how your team interviews warehouse "
            "leads. I'll record the call for accuracy.\n\nQuentin Lockwood-Ames\nSenior Reporter, Freight Weekly"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "p-not-google-careers-office-interview-skills-webinar",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Webinar: Acing the behavioural interview (alumni careers series)",
        "start": "2030-03-28T18:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Larkspur University Careers", "careers@larkspur.edu"),
        "attendees": [ME],
        "description": (
            "Join career coach Imogen Fairweather-Diallo and a panel of hiring managers from local employers "
            "for practical tips on STAR answers. Q&A at the end.\n\nRegister: https://larkspur.edu/careers/webinars"
        ),
        "expect": None,
    },
    {
        "id": "p-not-google-user-calls-reference-for-own-hire",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference check - Marguerite Oyelowo (for our Ops Analyst role)",
        "start": "2030-03-31T09:00",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [ME_WORK, P("Leopold Vantongeren", "leopold@harbourgatelogistics.com")],
        "description": (
            "Leopold - thank you for agreeing to be a reference for Marguerite, who interviewed with us for "
            "the Ops Analyst role. I'm the hiring manager; 20 minutes is plenty.\n\nAlex Morgan\n"
            "Operations Manager, Initech" + MEET
        ),
        "expect": None,
    },
    {
        "id": "p-not-google-hm-handover-sam-stepping-in-internal",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Handover: Backend loop - Sam stepping in for Maria as hiring manager",
        "start": "2030-04-01T15:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Maria Ostrowska", "maria.ostrowska@initech.com"),
        "attendees": [
            ME_WORK,
            P("Maria Ostrowska", "maria.ostrowska@initech.com"),
            P("Sam Adebanjo", "sam.adebanjo@initech.com"),
        ],
        "description": (
            "While I'm on leave Sam is stepping in as hiring manager for the backend role. Alex, as the "
            "recruiter on this search, can you walk Sam through the four candidates still in the loop and the "
            "interview panel?\n\nMaria" + MEET
        ),
        "expect": None,
    },
    # --- Graph JSON ------------------------------------------------------------------------
    {
        "id": "p-human-graph-lowercase-team-lead-in-prose-no-sig-title",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview: Payroll Specialist",
        "start": "2030-04-02T10:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Ashcombe, Theodora", "theodora.ashcombe@grindleyhale.com"),
        "attendees": [
            ME,
            P("Ashcombe, Theodora", "theodora.ashcombe@grindleyhale.com"),
            P("Mbatha, Sipho", "sipho.mbatha@grindleyhale.com"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for your interest in the Payroll Specialist role at Grindley Hale. I'm the "
            "payroll team lead and the role sits in my team. Sipho, one of our payroll specialists, will "
            "join us to talk through a typical month-end.\n\nKind regards,\nTheodora" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Theodora Ashcombe",
                    "theodora.ashcombe@grindleyhale.com",
                    "Payroll Team Lead",
                    "decision_maker",
                    True,
                ),
                ("Sipho Mbatha", "sipho.mbatha@grindleyhale.com", "Payroll Specialist", "peer"),
            ],
            "recruiter": None,
            "company": "Grindley Hale",
            "position": "Payroll Specialist",
        },
    },
    {
        "id": "p-workday-graph-hm-field-not-on-call-delegate-on-panel",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Scheduled - Procurement Analyst (JR-30917)",
        "start": "2030-04-03T14:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Workday Recruiting", "workday-noreply@vesperline.com"),
        "attendees": [
            ME,
            P("Okafor, Chidubem", "chidubem.okafor@vesperline.com"),
            P("Lindgren, Astrid", "astrid.lindgren2@vesperline.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nPosition: Procurement Analyst\nHiring Manager: Marguerite Desrosiers\n"
            "Interviewers: Chidubem Okafor (Senior Buyer, Indirect Spend); Astrid Lindgren (Procurement Analyst II)\n\n"
            "Note: Chidubem is stepping in for Marguerite on this interview.\n\n"
            "Recruiter: Hollis Brandt | hollis.brandt@vesperline.com\nVesperline Foods, Inc."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Chidubem Okafor",
                    "chidubem.okafor@vesperline.com",
                    "Senior Buyer, Indirect Spend",
                    "peer",
                ),
                (
                    "Astrid Lindgren",
                    "astrid.lindgren2@vesperline.com",
                    "Procurement Analyst II",
                    "peer",
                ),
            ],
            "recruiter": ("Hollis Brandt", "hollis.brandt@vesperline.com"),
            "company": "Vesperline Foods",
            "position": "Procurement Analyst",
        },
    },
    {
        "id": "p-icims-graph-forwarded-outlook-chain-signature-addresses",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "FW: Interview Invitation - Maintenance Planner",
        "start": "2030-04-04T07:30",
        "minutes": 60,
        "tz": "America/Edmonton",
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [ME_WORK, ME],
        "description": (
            "Forwarding to my personal calendar.\n\n"
            "From: Ptarmigan Resources Talent Acquisition <noreply@ptarmiganresources.icims.com>\n"
            "Sent: Friday, March 28, 2030 9:14 AM\nTo: Alex Morgan\nSubject: Interview Invitation - Maintenance Planner\n\n"
            "Hello Alex,\n\nYou are invited to an in-person interview for Maintenance Planner (Req 4471) at our "
            "Fort McMurray site. You will meet with:\n\n"
            "Augustin Beaulieu-Crane\nMaintenance Superintendent\naugustin.beaulieucrane@ptarmiganresources.ca | 780-555-0161\n\n"
            "Ngozi Ebere-Clarke\nReliability Engineer\nngozi.ebereclarke@ptarmiganresources.ca\n\n"
            "Your recruiter is Padraig Ó Floinn (padraig.ofloinn@ptarmiganresources.ca).\n\n"
            "Ptarmigan Resources Ltd."
        ),
        "location": "Ptarmigan Resources Site Office, Fort McMurray AB",
        "expect": {
            "interviewers": [
                (
                    "Augustin Beaulieu-Crane",
                    "augustin.beaulieucrane@ptarmiganresources.ca",
                    "Maintenance Superintendent",
                    "decision_maker",
                ),
                (
                    "Ngozi Ebere-Clarke",
                    "ngozi.ebereclarke@ptarmiganresources.ca",
                    "Reliability Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Padraig Ó Floinn", "padraig.ofloinn@ptarmiganresources.ca"),
            "company": "Ptarmigan Resources",
            "position": "Maintenance Planner",
        },
    },
    {
        "id": "p-agency-graph-rpo-mailbox-client-is-bank",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Pellinore Bank | Interview | Treasury Operations Analyst | Alex Morgan",
        "start": "2030-04-07T11:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Talentrise RPO Scheduling", "scheduling@talentrise-rpo.com"),
        "attendees": [
            ME,
            P("Vasquez-Holm, Renata", "renata.vasquezholm@pellinorebank.com"),
            P("Talentrise RPO Scheduling", "scheduling@talentrise-rpo.com"),
        ],
        "description": (
            "Dear Alex,\n\nTalentrise is managing recruitment on behalf of Pellinore Bank. Your interview is "
            "with Renata Vasquez-Holm, Head of Treasury Operations, who is the hiring manager.\n\n"
            "Your Talentrise contact: Bogdan Iliescu, Recruitment Partner (bogdan.iliescu@talentrise-rpo.com)"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Renata Vasquez-Holm",
                    "renata.vasquezholm@pellinorebank.com",
                    "Head of Treasury Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Bogdan Iliescu", "bogdan.iliescu@talentrise-rpo.com"),
            "company": "Pellinore Bank",
            "position": "Treasury Operations Analyst",
        },
    },
    {
        "id": "p-human-graph-ea-books-coo-who-leads-team",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex Morgan / Cosimo Rinaldi-Beck - Chief of Staff",
        "start": "2030-04-08T08:30",
        "minutes": 30,
        "tz": "Europe/Rome",
        "organizer": P("Giada Pellegrino", "giada.pellegrino@vallombra.it"),
        "attendees": [ME, P("Cosimo Rinaldi-Beck", "cosimo.rinaldibeck@vallombra.it")],
        "description": (
            "Dear Alex,\n\nI'm scheduling on behalf of Cosimo Rinaldi-Beck, our COO. The Chief of Staff role "
            "would sit in the COO office, which Cosimo leads, and he is running this search himself.\n\n"
            "Best regards,\nGiada Pellegrino\nExecutive Assistant to the COO | Vallombra Hospitality Group"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Cosimo Rinaldi-Beck",
                    "cosimo.rinaldibeck@vallombra.it",
                    "COO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Vallombra Hospitality Group",
            "position": "Chief of Staff",
        },
    },
    {
        "id": "p-greenhouse-graph-html-table-title-column-short-name",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview Schedule: Alex Morgan - Firmware Engineer",
        "start": "2030-04-09T09:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Brisklight Recruiting", "recruiting@brisklight.com"),
        "attendees": [
            ME,
            P("Jo Nakashima", "jnakashima@brisklight.com"),
            P("Dev Raghunathan", "draghunathan@brisklight.com"),
        ],
        "description": (
            "<html><body><p>Hi Alex, here is your schedule.</p><table border='1'>"
            "<tr><th>Time</th><th>Interviewer</th><th>Title</th></tr>"
            "<tr><td>9:00</td><td>Johanna Nakashima</td><td>Firmware Engineering Manager (Hiring Manager)</td></tr>"
            "<tr><td>9:45</td><td>Devendra Raghunathan</td><td>Senior Firmware Engineer</td></tr>"
            "</table><p>Your recruiter, Emeric Salvatierra, will call you afterwards.</p>"
            "<p>Brisklight</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Johanna Nakashima",
                    "jnakashima@brisklight.com",
                    "Firmware Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Devendra Raghunathan",
                    "draghunathan@brisklight.com",
                    "Senior Firmware Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Emeric Salvatierra", None),
            "company": "Brisklight",
            "position": "Firmware Engineer",
        },
    },
    {
        "id": "p-human-graph-portuguese-gerente-titles",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista - Analista de Logística - Transportes Ipê",
        "start": "2030-04-10T10:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Rafaela Quintanilha", "rafaela.quintanilha@transportesipe.com.br"),
        "attendees": [
            ME,
            P("Rafaela Quintanilha", "rafaela.quintanilha@transportesipe.com.br"),
            P("Caetano Bittencourt", "caetano.bittencourt@transportesipe.com.br"),
        ],
        "description": (
            "Olá Alex,\n\nConfirmo nossa entrevista. Participantes:\n"
            "Caetano Bittencourt – Gerente de Operações (gestor da vaga)\n"
            "Rafaela Quintanilha – Analista de Recrutamento e Seleção\n\n"
            "Eu conduzo a primeira parte, sobre sua trajetória.\n\nAtt,\nRafaela\nTransportes Ipê Ltda."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rafaela Quintanilha",
                    "rafaela.quintanilha@transportesipe.com.br",
                    "Analista de Recrutamento e Seleção",
                    "recruiter",
                ),
                (
                    "Caetano Bittencourt",
                    "caetano.bittencourt@transportesipe.com.br",
                    "Gerente de Operações",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Rafaela Quintanilha", "rafaela.quintanilha@transportesipe.com.br"),
            "company": "Transportes Ipê",
            "position": "Analista de Logística",
        },
    },
    {
        "id": "p-human-graph-vp-opens-call-then-hands-over",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Security Engineer interview - Alex Morgan",
        "start": "2030-04-11T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Leocadia Brandauer", "leocadia.brandauer@stonechat.io"),
        "attendees": [
            ME,
            P("Leocadia Brandauer", "leocadia.brandauer@stonechat.io"),
            P("Kofi Mensah-Arden", "kofi.mensaharden@stonechat.io"),
            P("Yusra Al-Hakim", "yusra.alhakim@stonechat.io"),
        ],
        "description": (
            "Hi Alex,\n\nI'll join for the first few minutes to welcome you, then hand over to Kofi "
            "Mensah-Arden (Security Engineering Manager - you'd report to him) and Yusra Al-Hakim "
            "(Staff Security Engineer).\n\nLeocadia Brandauer\nVP Engineering, Stonechat" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kofi Mensah-Arden",
                    "kofi.mensaharden@stonechat.io",
                    "Security Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Yusra Al-Hakim", "yusra.alhakim@stonechat.io", "Staff Security Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Stonechat",
            "position": "Security Engineer",
        },
    },
    {
        "id": "p-teams-graph-only-mailboxes-names-in-body",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview - Laboratory Technician",
        "start": "2030-04-14T09:00",
        "minutes": 45,
        "tz": "Europe/Dublin",
        "organizer": P(None, "recruitment@glenfarrow-diagnostics.ie"),
        "attendees": [
            ME,
            P(None, "labmanagers@glenfarrow-diagnostics.ie"),
            P(None, "recruitment@glenfarrow-diagnostics.ie"),
        ],
        "description": (
            "Dear Alex,\n\nYour interview panel: Dr Siobhán Ní Chatháin, Laboratory Manager (the post reports "
            "to her), and Cathal Moynihan, Senior Medical Scientist. They will join through the shared lab "
            "managers' Teams account.\n\nRecruitment Team" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Siobhán Ní Chatháin", None, "Laboratory Manager", "decision_maker", True),
                ("Cathal Moynihan", None, "Senior Medical Scientist", "peer"),
            ],
            "recruiter": (None, "recruitment@glenfarrow-diagnostics.ie"),
            "company": "Glenfarrow Diagnostics",
            "position": "Laboratory Technician",
        },
    },
    {
        "id": "p-smartrecruiters-graph-contract-in-title-and-position",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Video Interview: Technical Writer (Contract, 9 months) - Alex Morgan",
        "start": "2030-04-15T15:00",
        "minutes": 45,
        "tz": "America/Toronto",
        "organizer": P("Rookwood Systems Hiring", "hiring@rookwoodsystems.com"),
        "attendees": [
            ME,
            P("Estelle Vandermolen", "estelle.vandermolen@rookwoodsystems.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll meet Estelle Vandermolen - Documentation Manager. She manages the docs "
            "team and is the hiring manager for this contract.\n\nThe Rookwood Systems hiring team"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Estelle Vandermolen",
                    "estelle.vandermolen@rookwoodsystems.com",
                    "Documentation Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "hiring@rookwoodsystems.com"),
            "company": "Rookwood Systems",
            "position": "Technical Writer",
        },
    },
    {
        "id": "p-human-graph-group-is-the-brand-as-written",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview | Harlowe Group | Internal Audit Senior",
        "start": "2030-04-16T10:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Pritchard, Eluned", "eluned.pritchard@harlowegroup.com"),
        "attendees": [
            ME,
            P("Pritchard, Eluned", "eluned.pritchard@harlowegroup.com"),
            P("Ashiru, Tunde", "tunde.ashiru@harlowegroup.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for your interest in joining Harlowe Group. I'll be interviewing with Tunde "
            "Ashiru, our Group Chief Audit Executive.\n\nEluned Pritchard\nInternal Audit Manager (hiring manager)"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Eluned Pritchard",
                    "eluned.pritchard@harlowegroup.com",
                    "Internal Audit Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Tunde Ashiru",
                    "tunde.ashiru@harlowegroup.com",
                    "Group Chief Audit Executive",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Harlowe Group",
            "position": "Internal Audit Senior",
        },
    },
    {
        "id": "p-ashby-graph-title-in-parens-after-name-in-attendee-name",
        "format": "graph",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Interview with Thornquist: FP&A Analyst",
        "start": "2030-04-17T12:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Thornquist Recruiting", "recruiting@thornquist.co"),
        "attendees": [
            ME,
            P("Beatriz Duarte (Cost Accountant)", "beatriz.duarte@thornquist.co"),
            P("Emrys Caddick (FP&A Lead)", "emrys.caddick@thornquist.co"),
        ],
        "description": (
            "Your interviewers are listed on the invite. Emrys leads the FP&A team you would join.\n\n"
            "Coordinated by Thornquist Recruiting" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Beatriz Duarte", "beatriz.duarte@thornquist.co", "Cost Accountant", "peer"),
                (
                    "Emrys Caddick",
                    "emrys.caddick@thornquist.co",
                    "FP&A Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "recruiting@thornquist.co"),
            "company": "Thornquist",
            "position": "FP&A Analyst",
        },
    },
    {
        "id": "p-human-graph-arabic-company-and-names",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "مقابلة عمل / Interview - Network Engineer - الواحة للتقنية (Al Waha Technology)",
        "start": "2030-04-20T10:00",
        "minutes": 60,
        "tz": "Asia/Riyadh",
        "organizer": P("Human Resources - Al Waha", "hr@alwaha-tech.sa"),
        "attendees": [
            ME,
            P("Faris Al-Otaibi", "f.alotaibi@alwaha-tech.sa"),
            P("Lina Khoury-Nassar", "l.khourynassar@alwaha-tech.sa"),
        ],
        "description": (
            "Dear Alex,\n\nYour interviewers:\n"
            "م. فارس العتيبي (Eng. Faris Al-Otaibi) - Infrastructure Manager - your direct manager\n"
            "Lina Khoury-Nassar - Senior Network Engineer\n\n"
            "Regards,\nReem Al-Shammari\nTalent Acquisition Specialist\nشركة الواحة للتقنية / Al Waha Technology Co."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Faris Al-Otaibi",
                    "f.alotaibi@alwaha-tech.sa",
                    "Infrastructure Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Lina Khoury-Nassar",
                    "l.khourynassar@alwaha-tech.sa",
                    "Senior Network Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Reem Al-Shammari", None),
            "company": "Al Waha Technology",
            "position": "Network Engineer",
        },
    },
    {
        "id": "p-human-graph-title-on-line-after-name-company-on-next",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Conversation re: Category Buyer role",
        "start": "2030-04-21T16:00",
        "minutes": 30,
        "tz": "Australia/Sydney",
        "organizer": P("Bronte Callaghan", "bronte.callaghan@wirrabara.com.au"),
        "attendees": [ME, P("Bronte Callaghan", "bronte.callaghan@wirrabara.com.au")],
        "description": (
            "G'day Alex,\n\nLooking forward to chatting about the Category Buyer role on my team.\n\n"
            "Cheers,\nBronte Callaghan\nSenior Buying Manager - Homewares\nWirrabara Department Stores\n"
            "Level 4, 220 George St, Sydney" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Bronte Callaghan",
                    "bronte.callaghan@wirrabara.com.au",
                    "Senior Buying Manager - Homewares",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Wirrabara Department Stores",
            "position": "Category Buyer",
        },
    },
    {
        "id": "p-modernloop-graph-panel-swap-director-replaces-peer",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Updated: Final Round - Solutions Architect - Alex Morgan",
        "start": "2030-04-22T13:00",
        "minutes": 90,
        "tz": "America/Denver",
        "organizer": P("Tarnwood Interview Scheduling", "interview-scheduling@tarnwood.com"),
        "attendees": [
            ME,
            P("Wu, Meilin", "meilin.wu@tarnwood.com"),
            P("Acheampong, Kojo", "kojo.acheampong@tarnwood.com"),
        ],
        "description": (
            "Panel change: Kojo Acheampong (Director, Solutions Engineering) is stepping in for Darragh Feeney, "
            "who is out sick.\n\n"
            "1:00-1:45  Meilin Wu - Principal Solutions Architect, hiring manager\n"
            "1:45-2:30  Kojo Acheampong - Director, Solutions Engineering\n\n"
            "Tarnwood interview coordinator: Anouk Verstappen (anouk.verstappen@tarnwood.com)"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Meilin Wu",
                    "meilin.wu@tarnwood.com",
                    "Principal Solutions Architect",
                    "decision_maker",
                    True,
                ),
                (
                    "Kojo Acheampong",
                    "kojo.acheampong@tarnwood.com",
                    "Director, Solutions Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Anouk Verstappen", "anouk.verstappen@tarnwood.com"),
            "company": "Tarnwood",
            "position": "Solutions Architect",
        },
    },
    {
        "id": "p-not-graph-interview-question-bank-review",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Review: interview question bank for Analyst loop",
        "start": "2030-04-23T11:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Halvorsen, Britt", "britt.halvorsen@initech.com"),
        "attendees": [ME_WORK, P("Halvorsen, Britt", "britt.halvorsen@initech.com")],
        "description": (
            "Alex - before we open the Analyst req, let's prune the question bank and agree which interviewer "
            "owns which competency. I'm the hiring manager on this one.\n\nBritt Halvorsen\nHead of Analytics"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "p-not-graph-naturalisation-interview",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Naturalization interview - USCIS field office",
        "start": "2030-04-24T08:15",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": ME,
        "attendees": [ME],
        "description": "Bring green card, passport, appointment notice and tax transcripts. Interview with an officer, then civics test.",
        "location": "USCIS Field Office, 101 W Congress Pkwy, Chicago",
        "expect": None,
    },
    {
        "id": "p-not-graph-user-interviews-agency-vendors",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Vendor interviews: creative agency shortlist (Fernleaf Studio)",
        "start": "2030-04-25T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Ludovica Ferraris", "ludovica@fernleafstudio.com"),
            P("Dunphy, Aoife", "aoife.dunphy@initech.com"),
        ],
        "description": (
            "Second of three agency pitch interviews. Fernleaf's creative director Ludovica Ferraris presents; "
            "Aoife (our head of brand) and I score against the RFP criteria.\n\nAlex" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "p-not-graph-phd-viva-examiners",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Viva voce examination - A. Morgan",
        "start": "2030-04-28T10:00",
        "minutes": 150,
        "tz": "Europe/London",
        "organizer": P("Doctoral College", "doctoral-college@ashbourne.ac.uk"),
        "attendees": [
            ME,
            P("Prof. Idris Ezeudu-Bell", "i.ezeudu-bell@ashbourne.ac.uk"),
            P("Dr Marisa Tallentire", "m.tallentire@kelmscott.ac.uk"),
        ],
        "description": (
            "Your oral examination. Internal examiner: Prof. Idris Ezeudu-Bell; external examiner: Dr Marisa "
            "Tallentire (Kelmscott University). Independent chair: Dr Hugo Penhaligon.\n\nDoctoral College"
        ),
        "location": "Senate House, Room 3.12",
        "expect": None,
    },
    {
        "id": "p-not-graph-hiring-manager-intake-lowercase-titles",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview panel planning - Warehouse Lead req",
        "start": "2030-04-29T09:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Castellano, Rocío", "rocio.castellano@initech.com"),
        "attendees": [ME_WORK, P("Castellano, Rocío", "rocio.castellano@initech.com")],
        "description": (
            "Hi Alex - as the hiring manager for the warehouse lead role, can you tell me who should sit on "
            "the interview panel? I was thinking our site director and one of the shift supervisors.\n\n"
            "Rocío Castellano, talent partner" + TEAMS
        ),
        "expect": None,
    },
]
