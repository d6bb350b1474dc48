# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'v', written by "iwv", someone who does not tune the parser, labelled before any
run of the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no
separate build file or rendered folder; the tuner adds this file to build.py). 60 invites: 45
interviews and 15 non-interviews that mention interviewing (or look like one), across .ics,
Google JSON and Graph JSON (20 each; 15 interviews and 5 non-interviews per format). The writer
never read, imported or ran the extraction code, the bench or the corpus tests.

The angle is roles, titles, companies and positions where the invite makes them hard, in trades
beyond tech: nursing (ward sister, charge nurse, nurse manager, Stationsleitung,
enfermeira-chefe), kitchens and hospitality (sous chef who hires, head chef, maître d', tencho,
itamae, GM of a roastery), construction and utilities (site superintendent, kierownik budowy,
capo cantiere, general foreman), gardens and golf (head gardener, course manager), research (a
principal investigator), newsrooms and publishing (managing editor, business editor, deputy
editor), schools (principal, superintendent), law and accounting (partner, senior manager,
paralegal manager), dental and veterinary practices (practice manager, clinical director),
workshops and factories (Braumeister, Werkstattleiter, brygadzista, responsable d'atelier,
underhållschef). Titles come in lower-case prose, in German, French, Spanish, Italian, Dutch,
Portuguese, Polish, Swedish and Japanese in Latin letters (buchō, kachō, shachō, tencho), and
abbreviated (Sr. Dir., VP Eng, EM, TL, GM, CFO, HoP, Assoc. Dir., Sr. Mgr). Companies are
written as people write them: a brand against its parent group, "on behalf of" (an RPO, a
nursing agency), a domain unlike the name, names with "&", "The", numerals and accents, legal
forms in signatures. Positions carry levels, teams, places, requisition ids, shifts, pay bands,
hours and "(m/w/d)". Informal interviews: coffee chats, intros, "get to know you", trial shifts
and a trial day. Near-misses: interview training, a debrief, calibration, a loop sync, a hiring
committee, an exit interview, a stay interview, a press interview, a podcast, a reference call,
a vendor intro, an onboarding-buddy coffee chat, a user-research interview, a career-fair rota
and interview shadowing.

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions of part t: a person called the hiring manager, the future manager / line
manager / direct supervisor, or "the one hiring" (in any language: "Ihr künftiger Vorgesetzter",
"jouw leidinggevende", "din blivande chef", "tu futuro responsable", "suo futuro responsabile",
"sua futura gestora", "futura chefia direta", "Pana przyszły przełożony", "rekryterande chef",
"Role on Panel: Hiring Manager", "he decides the hiring for his store") is a decision_maker with
the hiring-manager mark; people-manager titles are decision_makers (head of / head X: Head
Gardener, Head Chef, Head Nurse; managers of a unit or people: Ward Sister, Nurse Manager,
Practice Manager, Paralegal Manager, Course Manager, Maintenance Supervisor, Senior Manager in
audit or QA, District Manager; director titles including Clinical Director, Director of Food &
Beverage, Pflegedirektor, Diretor de Operações; a Sous Chef, a Maître d', a Principal
Investigator, a Managing Editor, a Business Editor or Deputy Editor, a school Principal, a
General Foreman or Brygadzista, Kierownik budowy, Capo cantiere, Teamleider, Hoofd, Enhetschef,
Werkstattleiter, Braumeister, Stationsleitung, Buchō, Kachō, Tencho); executives are CEO /
founder / co-founder / president / chief * / CFO / COO / VP / general manager / managing partner
and their equivalents (Geschäftsführerin, PDG, Director General, Amministratrice Delegata,
Prezes, VD, Shachō), and a school-district Superintendent; an executive or GM called the hiring
manager is a decision_maker with the mark. Individual contributors are peers (RN, Charge Nurse,
Staff Scientist, Senior Associate, Senior Reporter, Roaster, Itamae, Undersköterska,
Serviceberaterin, Journeyman Lineworker, TL, Project Manager). A recruiter who runs part of the
call is an interviewer (role recruiter) and the recruiter; a team mailbox recruiter is (None,
address); a coordinator without a recruiter is the recruiter; when both are named the recruiter
is the recruiter; an agency or RPO recruiter who only coordinates is the recruiter, not an
interviewer, and the company is the client; a hiring manager who sends her own invite is not a
recruiter (recruiter None). The company is the business the candidate joins (the brand, the
hospital, the school, the hotel, the store), not its parent group or its domain, without legal
forms ("GmbH & Co. KG", "LLP", "S.p.A.", "Sp. z o.o.", "B.V.", "S.L.", "Inc."); a leading "The"
that the invite writes as part of the name is kept. Names drop honorifics and credentials
("Dr.", "Sister", "Enf.ª", "ing.", "dott.ssa", "PhD", "RN, BSN", "-san"), are given-name first
even when the attendee display name is "SURNAME Given" or "Surname, Given (Org)". People named
without an address have email None; a person whose only address is a role mailbox among the
attendees (sm0412@, course.manager@, ebisu@) gets that address. Titles are labelled as the invite
writes them (abbreviations kept: "EM, Field Ops", "Sr. Dir., Supply Chain Planning"); a title in
lower-case running prose is labelled in title case ("our head gardener" -> "Head Gardener",
"kierownik budowy" -> "Kierownik Budowy"); a title keeps its team or unit but not the employer's
name appended to it ("Principal, Lakeview Middle School" -> "Principal"); "difficulty" is the
writer's guess. Positions leave out requisition ids, employment types, hours, "(m/w/d)", shifts,
pay bands and salaries, and a place appended with a dash, comma or parentheses; a team or unit
that is part of the job's name ("Staff Nurse, Ward 7B Acute Medicine", "Senior Reporter,
Business Desk") and a grade in the name ("Maintenance Technician II", "Scientist I") are kept;
a bracketed level code ("[E5]") is left out; positions in other languages are kept as written.
Non-interviews have "expect": None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ---------------------------------------------------------------------
    {
        "id": "v-human-ics-ward-sister-band5-nights-trust-vs-hospital",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview: Staff Nurse, Ward 7B Acute Medicine (Band 5, nights) – Ref 293-ACM-0412",
        "start": "2031-05-06T10:30",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Nursing Recruitment", "nursing.recruitment@northfleetvalley.nhs.uk"),
        "attendees": [
            ME,
            P("ADEBAYO, Grace (NORTHFLEET VALLEY NHS FOUNDATION TRUST)", "grace.adebayo3@nhs.net"),
            P("WHITLOW, Tom (NORTHFLEET VALLEY NHS FOUNDATION TRUST)", "t.whitlow@nhs.net"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your application to Northfleet Valley NHS Foundation Trust. We are pleased to invite you "
            "to interview for the post of Staff Nurse on Ward 7B (Acute Medicine) at St Brendan's Hospital.\n\n"
            "Your interview panel will be:\n"
            "Sister Grace Adebayo – Ward Sister, Ward 7B (Chair; Grace manages the ward and would be your line manager)\n"
            "Tom Whitlow – Practice Development Nurse, Medicine\n\n"
            "The interview will last approximately 40 minutes and includes a short drug calculation test. Please bring photo ID "
            "and your NMC PIN.\n\nIf you are unable to attend, please let us know as soon as possible.\n\nKind regards\n\n"
            "Nursing Recruitment Team\nNorthfleet Valley NHS Foundation Trust\nnursing.recruitment@northfleetvalley.nhs.uk"
            + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Grace Adebayo",
                    "grace.adebayo3@nhs.net",
                    "Ward Sister, Ward 7B",
                    "decision_maker",
                    True,
                ),
                (
                    "Tom Whitlow",
                    "t.whitlow@nhs.net",
                    "Practice Development Nurse, Medicine",
                    "peer",
                ),
            ],
            "recruiter": (None, "nursing.recruitment@northfleetvalley.nhs.uk"),
            "company": "St Brendan's Hospital",
            "position": "Staff Nurse, Ward 7B Acute Medicine",
        },
    },
    {
        "id": "v-goodtime-ics-assistant-superintendent-jobsite-vp-ops",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "medium",
        "prodid": "-//GoodTime//Interview Scheduling//EN",
        "title": "Onsite Interview: Assistant Superintendent, Healthcare Projects (Req 24-118) – Denver, CO",
        "start": "2031-05-07T08:00",
        "minutes": 120,
        "tz": "America/Denver",
        "organizer": P("Kelsey Brandt", "kbrandt@hkbuild.com"),
        "attendees": [
            ME,
            P("Dale Pruitt", "dpruitt@hkbuild.com"),
            P("Mónica Ibarra", "mibarra@hkbuild.com"),
            P("Ray Castellanos", "rcastellanos@hkbuild.com"),
            P("DEN - Jobsite Trailer Conf (8)", "den-trailer@hkbuild.com", room=True),
        ],
        "description": (
            "Hi Alex,\n\nYour interview with Hollis & Kerr Builders is confirmed. Please find your schedule below.\n\n"
            "Location: St. Luke's West Tower jobsite trailer, 4100 W Colfax Ave, Denver (hard hat and vest provided at the gate)\n\n"
            "8:00 AM – 8:45 AM MDT\nDale Pruitt · Senior Superintendent · Hiring Manager\nSite walk, schedule and sequencing\n\n"
            "8:45 AM – 9:30 AM MDT\nMónica Ibarra · Project Manager\nSubcontractor coordination, RFIs, closeout\n\n"
            "9:30 AM – 10:00 AM MDT\nRay Castellanos · VP Ops\nCompany culture & Q&A\n\n"
            "Steel-toe boots are required for the site walk.\n\nThanks,\nKelsey Brandt\nTalent Acquisition Partner | Hollis & Kerr Builders\n"
            "(303) 555-0148\n\nPowered by GoodTime"
        ),
        "location": "St. Luke's West Tower jobsite trailer, 4100 W Colfax Ave, Denver",
        "expect": {
            "interviewers": [
                (
                    "Dale Pruitt",
                    "dpruitt@hkbuild.com",
                    "Senior Superintendent",
                    "decision_maker",
                    True,
                ),
                ("Mónica Ibarra", "mibarra@hkbuild.com", "Project Manager", "peer"),
                ("Ray Castellanos", "rcastellanos@hkbuild.com", "VP Ops", "executive"),
            ],
            "recruiter": ("Kelsey Brandt", "kbrandt@hkbuild.com"),
            "company": "Hollis & Kerr Builders",
            "position": "Assistant Superintendent, Healthcare Projects",
        },
    },
    {
        "id": "v-human-ics-japanese-romaji-bucho-kacho-shacho",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Niji mensetsu (2nd interview) – Overseas Sales Representative – Kanemori Shoji",
        "start": "2031-05-08T10:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("FUJIMOTO Aiko", "a-fujimoto@kanemori.co.jp"),
        "attendees": [
            ME,
            P("SATO Hiroshi", "h-sato@kanemori.co.jp"),
            P("MORI Daiki", "d-mori@kanemori.co.jp"),
            P("ISHIDA Yuko", "y-ishida@kanemori.co.jp", optional=True),
        ],
        "description": (
            "Dear Mr. Morgan,\n\nThank you for applying to Kanemori Shoji. We would like to invite you to the second interview "
            "(niji mensetsu) for the Overseas Sales Representative position (Osaka head office).\n\n"
            "Attendees from our side:\n"
            "- Hiroshi Sato, Kaigai Eigyō Buchō — Sato-san heads the overseas sales department and would be your direct manager.\n"
            "- Daiki Mori, Kachō, Export Logistics\n"
            "- Yuko Ishida, Shachō — Ishida-shachō will join for the final 15 minutes.\n\n"
            "The interview will be held in English and partly in Japanese. Please connect 5 minutes early.\n\n"
            "Best regards,\nAiko Fujimoto\nJinji-bu (Human Resources), Saiyō Team\nKanemori Shoji Co., Ltd.\nTel: +81-6-5555-0192"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hiroshi Sato",
                    "h-sato@kanemori.co.jp",
                    "Kaigai Eigyō Buchō",
                    "decision_maker",
                    True,
                ),
                (
                    "Daiki Mori",
                    "d-mori@kanemori.co.jp",
                    "Kachō, Export Logistics",
                    "decision_maker",
                ),
                ("Yuko Ishida", "y-ishida@kanemori.co.jp", "Shachō", "executive"),
            ],
            "recruiter": ("Aiko Fujimoto", "a-fujimoto@kanemori.co.jp"),
            "company": "Kanemori Shoji",
            "position": "Overseas Sales Representative",
        },
    },
    {
        "id": "v-personio-ics-german-braumeister-geschaeftsfuehrerin-mwd",
        "format": "ics",
        "style": "personio",
        "difficulty": "hard",
        "prodid": "-//Personio GmbH//Personio//DE",
        "title": "Vorstellungsgespräch: Brauer und Mälzer (m/w/d) – Alex Morgan",
        "start": "2031-05-09T09:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Sabine Lutz", "s.lutz@koegl-bier.de"),
        "attendees": [
            ME,
            P("Florian Hechenberger", "f.hechenberger@koegl-bier.de"),
            P("Jonas Feichtner", "j.feichtner@koegl-bier.de"),
        ],
        "description": (
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Brauer und Mälzer (m/w/d) im Schichtbetrieb bei der Brauerei Kögl. "
            "Wir freuen uns, Sie zum Vorstellungsgespräch mit Rundgang durch Sudhaus und Gärkeller einzuladen.\n\n"
            "Ihre Gesprächspartner:\n"
            "• Florian Hechenberger, Braumeister – Ihr künftiger Vorgesetzter\n"
            "• Jonas Feichtner, Brauer im Sudhaus\n"
            "• zum Abschluss kommt unsere Geschäftsführerin Theresa Kögl kurz dazu\n\n"
            "Treffpunkt: Pforte, Brauhausgasse 3, 94032 Passau. Bitte geschlossenes Schuhwerk tragen.\n\n"
            "Viele Grüße\nSabine Lutz\nPersonalreferentin\nBrauerei Kögl GmbH & Co. KG\nTel. 0851 555 0173"
        ),
        "location": "Brauerei Kögl, Brauhausgasse 3, 94032 Passau",
        "expect": {
            "interviewers": [
                (
                    "Florian Hechenberger",
                    "f.hechenberger@koegl-bier.de",
                    "Braumeister",
                    "decision_maker",
                    True,
                ),
                ("Jonas Feichtner", "j.feichtner@koegl-bier.de", "Brauer im Sudhaus", "peer"),
                ("Theresa Kögl", None, "Geschäftsführerin", "executive"),
            ],
            "recruiter": ("Sabine Lutz", "s.lutz@koegl-bier.de"),
            "company": "Brauerei Kögl",
            "position": "Brauer und Mälzer",
        },
    },
    {
        "id": "v-human-ics-trial-shift-sous-chef-hires-head-chef-tastes",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.1//EN",
        "title": "Trial shift – CDP – Saltmarsh Kitchen (Sat)",
        "start": "2031-05-10T14:00",
        "minutes": 420,
        "tz": "Europe/London",
        "organizer": P("Marta Quiroga", "marta@saltmarshkitchen.co.uk"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nGreat to chat on the phone. As promised, here's your trial shift for the chef de partie spot on our "
            "larder/garnish section. Come in at 2pm, we'll do prep together, then you'll work service through to about 9.\n\n"
            "I'm the sous chef here and I'm the one hiring for this position, so you'll be alongside me most of the night. "
            "Dominic Achebe (our head chef) will taste your dish at the end of service - we'll ask you to cook one plate of "
            "your choice using whatever's in the walk-in.\n\n"
            "Bring your knives, black trousers and safety shoes; whites are provided. Trial shifts are paid.\n\n"
            "See you Saturday,\nMarta\n\nThe Saltmarsh Kitchen · 14 Quay Street, Whitstable\npart of Oyster Row Hospitality"
        ),
        "location": "The Saltmarsh Kitchen, 14 Quay Street, Whitstable",
        "expect": {
            "interviewers": [
                (
                    "Marta Quiroga",
                    "marta@saltmarshkitchen.co.uk",
                    "Sous Chef",
                    "decision_maker",
                    True,
                ),
                ("Dominic Achebe", None, "Head Chef", "decision_maker"),
            ],
            "recruiter": None,
            "company": "The Saltmarsh Kitchen",
            "position": "Chef de Partie",
        },
    },
    {
        "id": "v-icims-ics-principal-investigator-postdoc-grade",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Interview: Postdoctoral Research Fellow, Rao Lab (Job ID 2031-4471, Grade 7) – Alex Morgan",
        "start": "2031-05-15T13:00",
        "minutes": 150,
        "tz": "America/New_York",
        "organizer": P("Gwen Tully", "gtully@wicr.org"),
        "attendees": [
            ME,
            P("Meera Rao", "mrao@wicr.org"),
            P("Julien Carrière", "jcarriere@wicr.org"),
            P("Ama Owusu", "aowusu@wicr.org"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for your interest in the Postdoctoral Research Fellow position (Job ID 2031-4471) at "
            "the Whitcombe Institute for Cancer Research. Your interview has been scheduled as follows:\n\n"
            "Date: Thursday, May 15, 2031\nTime: 1:00 PM – 3:30 PM ET\n"
            "Location: Whitcombe Institute, Building C, Room 4.12 (visitors check in at the C lobby)\n\n"
            "Interview Schedule:\n"
            "1:00 PM – 1:45 PM  Research seminar (30 min talk + questions), open to the lab\n"
            "1:45 PM – 2:30 PM  Meera Rao, PhD — Principal Investigator (Hiring Manager)\n"
            "2:30 PM – 3:00 PM  Julien Carrière, PhD — Staff Scientist\n"
            "3:00 PM – 3:30 PM  Ama Owusu — Senior Research Technician, lab tour\n\n"
            "If you need accommodations, please reply to this message.\n\n"
            "Gwen Tully\nHR Coordinator, Research Staffing\nWhitcombe Institute for Cancer Research\n\nThis message was sent via iCIMS."
        ),
        "location": "Whitcombe Institute, Building C, Room 4.12",
        "expect": {
            "interviewers": [
                ("Meera Rao", "mrao@wicr.org", "Principal Investigator", "decision_maker", True),
                ("Julien Carrière", "jcarriere@wicr.org", "Staff Scientist", "peer"),
                ("Ama Owusu", "aowusu@wicr.org", "Senior Research Technician", "peer"),
            ],
            "recruiter": ("Gwen Tully", "gtully@wicr.org"),
            "company": "Whitcombe Institute for Cancer Research",
            "position": "Postdoctoral Research Fellow, Rao Lab",
        },
    },
    {
        "id": "v-calendly-ics-managing-editor-lowercase-magazine-vs-parent",
        "format": "ics",
        "style": "calendly",
        "difficulty": "hard",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Copy editor chat between Priyanka Bose and Alex Morgan",
        "start": "2031-05-12T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Priyanka Bose", "pbose@lindqvistmedia.com"),
        "attendees": [ME, P("Priyanka Bose", "pbose@lindqvistmedia.com")],
        "description": (
            "Event Name: Copy editor chat (30 min)\n\n"
            "Hi! I'm the managing editor at The Harrow Review and I'm hiring a copy editor for our small desk. Grab 30 minutes "
            "and we'll talk about how we work and what the job looks like day to day.\n\n"
            "Location: This is a Google Meet web conference.\nhttps://meet.google.com/hzb-qeyt-rnd\n\n"
            "Please share anything that will help prepare for our meeting.\nA few clips from the news desk and the features section.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/8c2f1e7a\n"
            "Reschedule: https://calendly.com/reschedulings/8c2f1e7a\n\nPowered by Calendly.com"
        ),
        "location": "https://meet.google.com/hzb-qeyt-rnd",
        "expect": {
            "interviewers": [
                (
                    "Priyanka Bose",
                    "pbose@lindqvistmedia.com",
                    "Managing Editor",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "The Harrow Review",
            "position": "Copy Editor",
        },
    },
    {
        "id": "v-teamtailor-ics-head-gardener-glasshouses-pay-band-trust",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "medium",
        "prodid": "-//Teamtailor//Teamtailor Calendar//EN",
        "title": "Interview: Gardener, Glasshouses – 37.5 hrs/week – £26,400–£28,100 – Ashcombe Park",
        "start": "2031-05-13T10:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Lotte Brenner", "lotte.brenner@heritagelandscapes.org.uk"),
        "attendees": [
            ME,
            P("Rosalind Teague", "rosalind.teague@heritagelandscapes.org.uk"),
            P("Ewan Strachan", "ewan.strachan@heritagelandscapes.org.uk"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying for the Gardener, Glasshouses role at Ashcombe Park. We'd like to invite you to an "
            "interview in the garden. Please wear clothes you don't mind getting muddy: part of the interview is a practical task "
            "in the Victorian glasshouse (potting on and pruning).\n\n"
            "Your panel is Rosalind Teague, our head gardener, who leads the garden team and would be your manager, and Ewan "
            "Strachan, senior gardener in the glasshouses.\n\n"
            "Meet at the Stable Yard visitor reception at 10:00.\n\nBest wishes,\nLotte Brenner\n"
            "People Advisor, The Heritage Landscapes Trust\n\nSent with Teamtailor"
        ),
        "location": "Ashcombe Park, Stable Yard visitor reception",
        "expect": {
            "interviewers": [
                (
                    "Rosalind Teague",
                    "rosalind.teague@heritagelandscapes.org.uk",
                    "Head Gardener",
                    "decision_maker",
                    True,
                ),
                (
                    "Ewan Strachan",
                    "ewan.strachan@heritagelandscapes.org.uk",
                    "Senior Gardener",
                    "peer",
                ),
            ],
            "recruiter": ("Lotte Brenner", "lotte.brenner@heritagelandscapes.org.uk"),
            "company": "Ashcombe Park",
            "position": "Gardener, Glasshouses",
        },
    },
    {
        "id": "v-workday-ics-audit-partner-sr-mgr-ampersand-llp",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Workday Recruiting//EN",
        "title": "Interview Scheduled: Audit Senior, Financial Services (JR-0039921)",
        "start": "2031-05-14T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P(None, "mfllp@myworkday.com"),
        "attendees": [
            ME,
            P("Harriet Oduya", "harriet.oduya@mfllp.co.uk"),
            P("Ben Castell", "ben.castell@mfllp.co.uk"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\nJob Requisition: JR-0039921 Audit Senior, Financial Services (Leeds) - Hybrid\n"
            "Interview Type: Competency and Technical\nLocation: Microsoft Teams\n\n"
            "Interviewer: Harriet Oduya\nJob Profile: Partner - Audit & Assurance\nRole on Panel: Hiring Manager\n\n"
            "Interviewer: Ben Castell\nJob Profile: Sr. Mgr, FS Audit\nRole on Panel: Interviewer\n\n"
            "Recruiter: Sian Price (sian.price@mfllp.co.uk)\n\nMarlow & Finch LLP | Chartered Accountants"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Harriet Oduya",
                    "harriet.oduya@mfllp.co.uk",
                    "Partner - Audit & Assurance",
                    "decision_maker",
                    True,
                ),
                ("Ben Castell", "ben.castell@mfllp.co.uk", "Sr. Mgr, FS Audit", "decision_maker"),
            ],
            "recruiter": ("Sian Price", "sian.price@mfllp.co.uk"),
            "company": "Marlow & Finch",
            "position": "Audit Senior, Financial Services",
        },
    },
    {
        "id": "v-smartrecruiters-ics-store-gm-mailbox-numeral-brand",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Interview – Assistant Store Manager – Number 9 Provisions Store #0412 (Pay band R4)",
        "start": "2031-06-03T09:30",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Dee Ochoa", "dee.ochoa@fairlaneretail.com"),
        "attendees": [
            ME,
            P(None, "sm0412@fairlaneretail.com"),
            P("Curtis Mallory", "curtis.mallory@fairlaneretail.com"),
        ],
        "description": (
            "Hello Alex,\n\nYou have been invited to an interview for Assistant Store Manager at Number 9 Provisions "
            "(Store #0412, Harbor Blvd, Costa Mesa).\n\n"
            "When: Tuesday, June 3, 2031, 9:30 AM – 10:30 AM PDT\nWhere: In store; ask for the GM at customer service\n\n"
            "You will meet with:\nLatoya Briggs (GM, Store #0412) – hiring manager\nCurtis Mallory (District Manager, Orange County)\n\n"
            "Number 9 Provisions is a Fairlane Retail Group company.\n\n"
            "Best regards,\nDee Ochoa\nTalent Acquisition Specialist\nFairlane Retail Group\n\n"
            "This invitation was sent via SmartRecruiters."
        ),
        "location": "Number 9 Provisions #0412, 2290 Harbor Blvd, Costa Mesa, CA",
        "expect": {
            "interviewers": [
                (
                    "Latoya Briggs",
                    "sm0412@fairlaneretail.com",
                    "GM, Store #0412",
                    "decision_maker",
                    True,
                ),
                (
                    "Curtis Mallory",
                    "curtis.mallory@fairlaneretail.com",
                    "District Manager, Orange County",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Dee Ochoa", "dee.ochoa@fairlaneretail.com"),
            "company": "Number 9 Provisions",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "v-human-ics-polish-kierownik-budowy-prezes-zarzadu",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Rozmowa kwalifikacyjna – Inżynier budowy – Alex Morgan",
        "start": "2031-05-16T09:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Anna Wilk", "anna.wilk@zurawbud.pl"),
        "attendees": [
            ME,
            P("Marek Dąbrowski", "m.dabrowski@zurawbud.pl"),
            P("Piotr Zaręba", "prezes@zurawbud.pl", optional=True),
        ],
        "description": (
            "Dzień dobry Panie Alexie,\n\ndziękujemy za przesłanie CV na stanowisko Inżynier budowy (budowa osiedla Zielone "
            "Tarasy, Kraków-Prądnik). Zapraszamy na rozmowę kwalifikacyjną w biurze budowy.\n\n"
            "W rozmowie wezmą udział:\n"
            "– Marek Dąbrowski, kierownik budowy (Pana przyszły przełożony)\n"
            "– Piotr Zaręba, Prezes Zarządu – dołączy na ostatnie 10 minut\n\n"
            "Proszę zabrać dokumenty potwierdzające uprawnienia budowlane.\n\n"
            "Pozdrawiam serdecznie\nAnna Wilk\nSpecjalistka ds. rekrutacji\nŻuraw-Bud Sp. z o.o.\ntel. +48 12 555 01 77"
        ),
        "location": "Biuro budowy, ul. Pachońskiego 40, Kraków",
        "expect": {
            "interviewers": [
                (
                    "Marek Dąbrowski",
                    "m.dabrowski@zurawbud.pl",
                    "Kierownik Budowy",
                    "decision_maker",
                    True,
                ),
                ("Piotr Zaręba", "prezes@zurawbud.pl", "Prezes Zarządu", "executive"),
            ],
            "recruiter": ("Anna Wilk", "anna.wilk@zurawbud.pl"),
            "company": "Żuraw-Bud",
            "position": "Inżynier budowy",
        },
    },
    {
        "id": "v-teamtailor-ics-swedish-enhetschef-underskoterska-natt",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "hard",
        "prodid": "-//Teamtailor//Teamtailor Calendar//EN",
        "title": "Intervju: Undersköterska, natt 75 % – Solgården",
        "start": "2031-05-19T13:00",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P("Elin Berg", "elin.berg@omsorgnorrsken.se"),
        "attendees": [
            ME,
            P("Karin Lindqvist", "karin.lindqvist@omsorgnorrsken.se"),
            P("Mohammed Al-Sayed", "mohammed.alsayed@omsorgnorrsken.se"),
        ],
        "description": (
            "Hej Alex!\n\nTack för din ansökan till tjänsten som undersköterska på natt (75 %) på Solgården, ett av Omsorg "
            "Norrskens äldreboenden i Uppsala. Vi vill gärna träffa dig för en intervju.\n\n"
            "Du träffar Karin Lindqvist, enhetschef på Solgården och din blivande chef, och Mohammed Al-Sayed, undersköterska "
            "på avdelning Lärkan.\n\nAdress: Solgården, Kvarngärdesgatan 12, Uppsala. Anmäl dig i receptionen.\n\n"
            "Vänliga hälsningar\nElin Berg\nRekryterare, Omsorg Norrsken\n\nSkickat via Teamtailor"
        ),
        "location": "Solgården, Kvarngärdesgatan 12, Uppsala",
        "expect": {
            "interviewers": [
                (
                    "Karin Lindqvist",
                    "karin.lindqvist@omsorgnorrsken.se",
                    "Enhetschef",
                    "decision_maker",
                    True,
                ),
                (
                    "Mohammed Al-Sayed",
                    "mohammed.alsayed@omsorgnorrsken.se",
                    "Undersköterska",
                    "peer",
                ),
            ],
            "recruiter": ("Elin Berg", "elin.berg@omsorgnorrsken.se"),
            "company": "Solgården",
            "position": "Undersköterska",
        },
    },
    {
        "id": "v-gem-ics-spanish-enologa-jefe-director-general-brand-group",
        "format": "ics",
        "style": "gem",
        "difficulty": "medium",
        "prodid": "-//Gem//Gem Scheduling//EN",
        "title": "Entrevista – Enólogo/a Adjunto/a (Ref. VA-22) – Viña Albarizas",
        "start": "2031-05-20T10:00",
        "minutes": 120,
        "tz": "Europe/Madrid",
        "organizer": P("Nerea Goikoetxea", "nerea.goikoetxea@grupocastellar.es"),
        "attendees": [
            ME,
            P("Lucía Fernández-Ortega", "lfernandez@vinaalbarizas.es"),
            P("Jorge Salinas", "jsalinas@vinaalbarizas.es"),
        ],
        "description": (
            "Hola Alex:\n\nGracias por tu interés en el puesto de Enólogo/a Adjunto/a en Viña Albarizas (Grupo Castellar). "
            "Te confirmo la entrevista en bodega:\n\n"
            "• 10:00 – Visita a bodega y sala de barricas con Lucía Fernández-Ortega, enóloga jefe y responsable de esta contratación\n"
            "• 11:00 – Cata comentada y conversación con Jorge Salinas, Director General de Viña Albarizas\n\n"
            "Dirección: Ctra. de La Horra km 4, Roa (Burgos). Hay aparcamiento junto a la nave de elaboración.\n\n"
            "Un saludo,\nNerea Goikoetxea\nTécnica de Selección · Grupo Castellar\n\nEnviado con Gem"
        ),
        "location": "Viña Albarizas, Ctra. de La Horra km 4, Roa (Burgos)",
        "expect": {
            "interviewers": [
                (
                    "Lucía Fernández-Ortega",
                    "lfernandez@vinaalbarizas.es",
                    "Enóloga Jefe",
                    "decision_maker",
                    True,
                ),
                ("Jorge Salinas", "jsalinas@vinaalbarizas.es", "Director General", "executive"),
            ],
            "recruiter": ("Nerea Goikoetxea", "nerea.goikoetxea@grupocastellar.es"),
            "company": "Viña Albarizas",
            "position": "Enólogo/a Adjunto/a",
        },
    },
    {
        "id": "v-lever-ics-dutch-teamleider-hoofd-ampersand-zonen",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Sollicitatiegesprek Monteur Installatietechniek (32-40 uur) – Van den Bergh & Zonen",
        "start": "2031-05-21T15:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Fleur Jansen", "fleur.jansen@vdbz.nl"),
        "attendees": [
            ME,
            P("Sander de Wit", "sander.dewit@vdbz.nl"),
            P("Ilse Verhoeven", "ilse.verhoeven@vdbz.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nLeuk dat je wilt solliciteren als Monteur Installatietechniek bij Van den Bergh & Zonen (regio Utrecht)! "
            "Hierbij de bevestiging van je gesprek op ons kantoor in Nieuwegein.\n\n"
            "Je spreekt met:\n- Sander de Wit (teamleider Service, jouw toekomstige leidinggevende)\n"
            "- Ilse Verhoeven (hoofd Werkvoorbereiding)\n\n"
            "Na het gesprek laat Sander je de werkplaats en de bussen zien.\n\n"
            "Groet,\nFleur Jansen\nRecruiter | Van den Bergh & Zonen Installatietechniek B.V.\n\nVerzonden via Lever"
        ),
        "location": "Van den Bergh & Zonen, Laagraven 14, Nieuwegein",
        "expect": {
            "interviewers": [
                (
                    "Sander de Wit",
                    "sander.dewit@vdbz.nl",
                    "Teamleider Service",
                    "decision_maker",
                    True,
                ),
                (
                    "Ilse Verhoeven",
                    "ilse.verhoeven@vdbz.nl",
                    "Hoofd Werkvoorbereiding",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Fleur Jansen", "fleur.jansen@vdbz.nl"),
            "company": "Van den Bergh & Zonen",
            "position": "Monteur Installatietechniek",
        },
    },
    {
        "id": "v-human-ics-coffee-managing-partner-architects",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Coffee — Alex / Giulia",
        "start": "2031-05-22T08:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Giulia Ferrante", "giulia@hfa-studio.com"),
        "attendees": [ME, P("Giulia Ferrante", "giulia@hfa-studio.com")],
        "description": (
            "Alex, thanks for reaching out after the AIA panel. Let's grab a coffee and talk about our healthcare studio and "
            "whether you'd fit as the project architect we're looking for on the hospital work. Nothing formal, just a conversation.\n\n"
            "Giulia\n\nGiulia Ferrante, AIA\nManaging Partner\nHale & Ferrante Architects\n212 555 0164"
        ),
        "location": "Café Grumpy, 224 W 20th St, New York",
        "expect": {
            "interviewers": [
                ("Giulia Ferrante", "giulia@hfa-studio.com", "Managing Partner", "executive"),
            ],
            "recruiter": None,
            "company": "Hale & Ferrante Architects",
            "position": "Project Architect",
        },
    },
    # --- .ics: near-misses --------------------------------------------------------------------
    {
        "id": "v-ics-non-german-interviewschulung-fuehrungskraefte",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interviewschulung für Führungskräfte: strukturierte Vorstellungsgespräche",
        "start": "2031-05-07T13:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Melanie Roth", "melanie.roth@initech.com"),
        "attendees": [
            ME_WORK,
            P("Jörg Baumann", "joerg.baumann@initech.com"),
            P("Ayşe Demir", "ayse.demir@initech.com"),
        ],
        "description": (
            "Liebe Teamleiterinnen und Teamleiter,\n\nin diesem 90-minütigen Workshop üben wir strukturierte "
            "Vorstellungsgespräche: Fragen nach dem STAR-Schema, AGG-konforme Stellenanzeigen (m/w/d) und das gemeinsame "
            "Bewertungsraster für Interviews. Bitte bringt eine aktuelle Stellenausschreibung aus eurem Bereich mit.\n\n"
            "Viele Grüße\nMelanie Roth\nHR Business Partnerin, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "v-ics-non-hiring-debrief-site-foreman-finalists",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Hiring debrief – Site Foreman (Req 4471) – 3 finalists",
        "start": "2031-05-09T16:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Rachel Stone", "rachel.stone@initech.com"),
        "attendees": [
            ME_WORK,
            P("Victor Osei", "victor.osei@initech.com"),
            P("Hannah Berg", "hannah.berg@initech.com"),
        ],
        "description": (
            "Debrief for the Site Foreman finalists who interviewed this week (Jordan E., Maria P., Sam O.). Please submit your "
            "scorecards in Greenhouse before we meet; we'll go round the table interviewer by interviewer and then decide on the "
            "offer. Victor, as hiring manager you have the final call.\n\nRachel\nTalent Acquisition, Initech"
            + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "v-ics-non-french-entretien-de-sortie",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Entretien de sortie – Alex Morgan",
        "start": "2031-06-24T11:00",
        "minutes": 45,
        "tz": "Europe/Paris",
        "organizer": P("Claire Dubois", "claire.dubois@initech.com"),
        "attendees": [ME_WORK, P("Claire Dubois", "claire.dubois@initech.com")],
        "description": (
            "Bonjour Alex,\n\nComme convenu, voici l'invitation pour ton entretien de sortie avant ton départ le 30 juin. "
            "L'objectif est de recueillir ton retour sur ton expérience chez Initech (management, évolution, conditions de "
            "travail). L'échange est confidentiel et n'a aucun impact sur ton solde de tout compte.\n\n"
            "À bientôt,\nClaire Dubois\nResponsable RH, Initech France"
        ),
        "location": "Salle Vendôme, 4e étage",
        "expect": None,
    },
    {
        "id": "v-ics-non-press-interview-gm-plant-expansion",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Press interview: Harbour Gazette – Lionel (GM) on the Fenwick plant expansion",
        "start": "2031-05-27T10:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Nadine Cole", "nadine.cole@initech.com"),
        "attendees": [
            ME_WORK,
            P("Lionel Park", "lionel.park@initech.com"),
            P("Tariq Bell", "tbell@harbourgazette.com"),
        ],
        "description": (
            "Tariq Bell (business reporter, Harbour Gazette) will interview Lionel Park, our GM, about the Fenwick expansion and "
            "the 120 new jobs we are hiring for (line operators, maintenance technicians, two shift supervisors). Alex, please "
            "join to cover the hiring numbers and the apprenticeship programme if Tariq asks.\n\n"
            "Prep doc and approved lines are in the comms folder.\n\nNadine Cole\nCommunications Manager, Initech"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "v-ics-non-podcast-interview-head-gardener-guest",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Podcast recording – Grounds for Thought ep. 41 – interview with Morwenna Pascoe (head gardener)",
        "start": "2031-05-29T18:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": ME,
        "attendees": [ME, P("Morwenna Pascoe", "head.gardener@trelowen-estate.org.uk")],
        "description": (
            "Hi Morwenna, thanks so much for agreeing to come on the show! We'll record over Zoom (link below): about 45 minutes "
            "of conversation about running the walled garden at Trelowen, how you hire and train apprentice gardeners, and the "
            "peat-free switch. I'll send the questions outline the day before. No video needed, audio only.\n\n"
            "Alex\nHost, Grounds for Thought" + ZOOM
        ),
        "expect": None,
    },
    # --- Google JSON: interviews --------------------------------------------------------------
    {
        "id": "v-ashby-google-abbrev-vp-eng-em-tl-agtech",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Alex Morgan <> Furrow & Field — Onsite Loop (Senior Embedded Engineer, Sensors [E5])",
        "start": "2031-05-06T11:00",
        "minutes": 150,
        "tz": "America/Los_Angeles",
        "organizer": P("Sam Whitford", "sam.whitford@furrowfield.ag"),
        "attendees": [
            ME,
            P("Sam Whitford", "sam.whitford@furrowfield.ag"),
            P("Tobias Lund", "tobias@furrowfield.ag"),
            P("Keiko Arai", "keiko@furrowfield.ag"),
            P("Nadia Karimi", "nadia@furrowfield.ag"),
        ],
        "description": (
            "Hi Alex,\n\nHere's your onsite loop for Senior Embedded Engineer, Sensors at Furrow & Field.\n\n"
            "11:00 – 11:45  Tobias Lund — EM, Field Ops (HM)\n"
            "11:45 – 12:30  Keiko Arai — TL, Sensors · firmware deep dive\n"
            "12:30 – 13:00  Lunch with the team\n"
            "13:00 – 13:30  Nadia Karimi — VP Eng\n\n"
            "Your recruiter is Lena Ortiz (lena.ortiz@furrowfield.ag); I'm coordinating logistics. We'll be at the Salinas field "
            "station, so wear boots.\n\nSam Whitford\nRecruiting Coordinator, Furrow & Field\n\nScheduled with Ashby"
            + MEET
        ),
        "location": "Furrow & Field Salinas Field Station, 310 Abbott St, Salinas, CA",
        "expect": {
            "interviewers": [
                ("Tobias Lund", "tobias@furrowfield.ag", "EM, Field Ops", "decision_maker", True),
                ("Keiko Arai", "keiko@furrowfield.ag", "TL, Sensors", "peer"),
                ("Nadia Karimi", "nadia@furrowfield.ag", "VP Eng", "executive"),
            ],
            "recruiter": ("Lena Ortiz", "lena.ortiz@furrowfield.ag"),
            "company": "Furrow & Field",
            "position": "Senior Embedded Engineer, Sensors",
        },
    },
    {
        "id": "v-modernloop-google-sr-dir-cfo-brand-of-the-group",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Interview: Senior Manager, Demand Planning – Bramble & Vine Home",
        "start": "2031-05-07T14:00",
        "minutes": 105,
        "tz": "America/New_York",
        "organizer": P("Marcus Dell", "marcus.dell@larchmontgroup.com"),
        "attendees": [
            ME,
            P("Corinne Achterberg", "corinne.achterberg@larchmontgroup.com"),
            P("Bea Sørensen", "bea.sorensen@larchmontgroup.com"),
            P("Walt Nguyen", "walt.nguyen@larchmontgroup.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour virtual interview for Senior Manager, Demand Planning (Req R-10234) is confirmed. Pay range for this "
            "role: $128,000–$150,000.\n\nSCHEDULE (ET)\n"
            "2:00 PM – 2:45 PM | Corinne Achterberg | Sr. Dir., Supply Chain Planning | Hiring manager conversation\n"
            "2:45 PM – 3:15 PM | Bea Sørensen | Demand Planner II | Case exercise review\n"
            "3:15 PM – 3:45 PM | Walt Nguyen | CFO | Business partnership\n\n"
            "Bramble & Vine Home is a brand of The Larchmont Group, so emails will come from @larchmontgroup.com.\n\n"
            "Marcus Dell\nSr. Recruiter, The Larchmont Group\n\nScheduled with ModernLoop" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Corinne Achterberg",
                    "corinne.achterberg@larchmontgroup.com",
                    "Sr. Dir., Supply Chain Planning",
                    "decision_maker",
                    True,
                ),
                ("Bea Sørensen", "bea.sorensen@larchmontgroup.com", "Demand Planner II", "peer"),
                ("Walt Nguyen", "walt.nguyen@larchmontgroup.com", "CFO", "executive"),
            ],
            "recruiter": ("Marcus Dell", "marcus.dell@larchmontgroup.com"),
            "company": "Bramble & Vine Home",
            "position": "Senior Manager, Demand Planning",
        },
    },
    {
        "id": "v-goodtime-google-school-principal-superintendent-district-mailbox",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Interview – Science Teacher, Grade 7 (Posting #T-5518) – Lakeview Middle School",
        "start": "2031-05-08T15:30",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Certificated Staffing", "certstaffing@cedarhollowusd.org"),
        "attendees": [
            ME,
            P("Renee Castillo", "rcastillo@cedarhollowusd.org"),
            P("Grace Liu", "gliu@cedarhollowusd.org"),
            P(None, "superintendent@cedarhollowusd.org", optional=True),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying to Cedar Hollow Unified School District. You are scheduled for a site interview "
            "for Science Teacher, Grade 7 at Lakeview Middle School for the 2031-32 school year.\n\n"
            "Interview panel:\nDr. Renee Castillo — Principal, Lakeview Middle School (hiring administrator)\n"
            "Grace Liu — 7th Grade Science Teacher\n"
            "Dr. Alan Whitcomb — Superintendent (joining for the final 10 minutes)\n\n"
            "Please bring a 10-minute sample lesson on ecosystems.\n\n"
            "Certificated Staffing\nHuman Resources Department\nCedar Hollow Unified School District\n\nScheduled via GoodTime"
        ),
        "location": "Lakeview Middle School, Main Office, 1200 Lakeview Dr",
        "expect": {
            "interviewers": [
                (
                    "Renee Castillo",
                    "rcastillo@cedarhollowusd.org",
                    "Principal",
                    "decision_maker",
                    True,
                ),
                ("Grace Liu", "gliu@cedarhollowusd.org", "7th Grade Science Teacher", "peer"),
                (
                    "Alan Whitcomb",
                    "superintendent@cedarhollowusd.org",
                    "Superintendent",
                    "executive",
                ),
            ],
            "recruiter": (None, "certstaffing@cedarhollowusd.org"),
            "company": "Lakeview Middle School",
            "position": "Science Teacher, Grade 7",
        },
    },
    {
        "id": "v-calendly-google-get-to-know-cofounder-boulangerie-accents",
        "format": "google",
        "style": "calendly",
        "difficulty": "hard",
        "title": "Get to know you (30 min): Alex Morgan and Hélène Lévêque",
        "start": "2031-05-09T09:30",
        "minutes": 30,
        "tz": "America/Toronto",
        "organizer": P("Hélène Lévêque", "helene@boulangerieleveque.ca"),
        "attendees": [ME, P("Hélène Lévêque", "helene@boulangerieleveque.ca")],
        "description": (
            "Event type: Get to know you (30 min)\n\n"
            "Hi! I'm Hélène, co-founder of Boulangerie Lévêque. We have six shops around Montréal and are opening a seventh in "
            "Mile End this fall; I'm looking for a head baker to run its night production. Let's have a relaxed first conversation.\n\n"
            "Invitee: Alex Morgan\nInvitee email: alex.morgan@gmail.com\n"
            "Location: Phone call. Hélène will call you at +1 514-555-0131\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/1f9e2d\n"
            "Reschedule: https://calendly.com/reschedulings/1f9e2d\n\nPowered by Calendly.com"
        ),
        "location": "Phone call",
        "expect": {
            "interviewers": [
                ("Hélène Lévêque", "helene@boulangerieleveque.ca", "Co-Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Boulangerie Lévêque",
            "position": "Head Baker",
        },
    },
    {
        "id": "v-workday-google-maitre-d-hm-hotel-brand-vs-group",
        "format": "google",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview: Restaurant Supervisor, Sable Brasserie (JR-88121)",
        "start": "2031-05-12T15:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P(None, "meridalehotels@myworkday.com"),
        "attendees": [
            ME,
            P("Olivier Mercier", "olivier.mercier@aldwychgrand.com"),
            P("Priya Nambiar", "priya.nambiar@meridale.com"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\nJob Requisition: JR-88121 Restaurant Supervisor, Sable Brasserie - Full time\n"
            "Location: The Aldwych Grand, 1 Strand Court, London; ask for Sable Brasserie at the concierge desk\nFormat: In person\n\n"
            "Interviewer: Olivier Mercier\nBusiness Title: Maître d', Sable Brasserie\nRole on Panel: Hiring Manager\n\n"
            "Interviewer: Priya Nambiar\nBusiness Title: Director of Food & Beverage\nRole on Panel: Interviewer\n\n"
            "Recruiter: Jonah Kessler (jonah.kessler@meridale.com)\n\nThe Aldwych Grand is part of Meridale Hotels & Resorts."
        ),
        "location": "The Aldwych Grand, 1 Strand Court, London",
        "expect": {
            "interviewers": [
                (
                    "Olivier Mercier",
                    "olivier.mercier@aldwychgrand.com",
                    "Maître d', Sable Brasserie",
                    "decision_maker",
                    True,
                ),
                (
                    "Priya Nambiar",
                    "priya.nambiar@meridale.com",
                    "Director of Food & Beverage",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Jonah Kessler", "jonah.kessler@meridale.com"),
            "company": "The Aldwych Grand",
            "position": "Restaurant Supervisor, Sable Brasserie",
        },
    },
    {
        "id": "v-human-google-italian-capo-cantiere-amministratrice-delegata",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Colloquio – Assistente di cantiere – Costruzioni Bellandi",
        "start": "2031-05-13T11:00",
        "minutes": 45,
        "tz": "Europe/Rome",
        "organizer": P("Chiara Russo", "c.russo@bellandicostruzioni.it"),
        "attendees": [
            ME,
            P("Stefano Morlacchi", "s.morlacchi@bellandicostruzioni.it"),
            P("Giovanna Bellandi", "g.bellandi@bellandicostruzioni.it", optional=True),
        ],
        "description": (
            "Gentile Alex,\n\nla ringraziamo per la candidatura alla posizione di Assistente di cantiere per il cantiere di Milano "
            "Porta Nuova. Le confermo il colloquio in videochiamata.\n\n"
            "Parteciperanno l'ing. Stefano Morlacchi, capo cantiere e suo futuro responsabile, e per gli ultimi minuti la "
            "dott.ssa Giovanna Bellandi, amministratrice delegata.\n\n"
            "Cordiali saluti,\nChiara Russo\nUfficio Risorse Umane\nCostruzioni Bellandi S.p.A."
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Stefano Morlacchi",
                    "s.morlacchi@bellandicostruzioni.it",
                    "Capo Cantiere",
                    "decision_maker",
                    True,
                ),
                (
                    "Giovanna Bellandi",
                    "g.bellandi@bellandicostruzioni.it",
                    "Amministratrice Delegata",
                    "executive",
                ),
            ],
            "recruiter": ("Chiara Russo", "c.russo@bellandicostruzioni.it"),
            "company": "Costruzioni Bellandi",
            "position": "Assistente di cantiere",
        },
    },
    {
        "id": "v-smartrecruiters-google-portuguese-gerente-unidade-numeral-brand",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Entrevista – Subgerente de Loja – Padaria 3 Irmãos (Vaga 2031-117)",
        "start": "2031-06-12T15:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Tatiane Souza", "tatiane.souza@grupotriade.com.br"),
        "attendees": [
            ME,
            P("Renata Albuquerque", "renata.albuquerque@grupotriade.com.br"),
            P("Carlos Eduardo Pimentel", "carlos.pimentel@grupotriade.com.br"),
        ],
        "description": (
            "Olá Alex,\n\nObrigada pelo interesse na vaga de Subgerente de Loja da Padaria 3 Irmãos, unidade Pinheiros (São Paulo). "
            "Sua entrevista está confirmada:\n\nData: 12/06/2031, 15h (horário de Brasília)\n"
            "Local: Rua dos Pinheiros, 871. Procure a gerência no balcão\n\n"
            "Você vai conversar com:\n• Renata Albuquerque – gerente da unidade Pinheiros (sua futura gestora)\n"
            "• Carlos Eduardo Pimentel – diretor de operações\n\n"
            "A Padaria 3 Irmãos faz parte do Grupo Tríade Alimentos.\n\n"
            "Atenciosamente,\nTatiane Souza\nAnalista de Recrutamento e Seleção\nGrupo Tríade Alimentos\n\nEnviado via SmartRecruiters"
        ),
        "location": "Padaria 3 Irmãos – Rua dos Pinheiros, 871, São Paulo",
        "expect": {
            "interviewers": [
                (
                    "Renata Albuquerque",
                    "renata.albuquerque@grupotriade.com.br",
                    "Gerente da Unidade Pinheiros",
                    "decision_maker",
                    True,
                ),
                (
                    "Carlos Eduardo Pimentel",
                    "carlos.pimentel@grupotriade.com.br",
                    "Diretor de Operações",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Tatiane Souza", "tatiane.souza@grupotriade.com.br"),
            "company": "Padaria 3 Irmãos",
            "position": "Subgerente de Loja",
        },
    },
    {
        "id": "v-bamboohr-google-practice-manager-sends-own-invite-dental",
        "format": "google",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview: Dental Nurse (Part-Time) – Brightside Dental",
        "start": "2031-05-14T12:30",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Joanne Pike", "joanne@bsdentalcare.com"),
        "attendees": [
            ME,
            P("Joanne Pike", "joanne@bsdentalcare.com"),
            P("Ravi Menon", "ravi.menon@bsdentalcare.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying for our Dental Nurse position (part-time, Tuesday to Thursday). I'd like to invite you "
            "in for an interview at the practice.\n\n"
            "You'll meet me and Dr Ravi Menon, one of our associate dentists; you'd be chairside with him most days. We'll "
            "finish with a quick tour of the surgeries and the decon room.\n\n"
            "Address: Brightside Dental, 22 Market Place, Hitchin SG5 1DT\n\n"
            "Kind regards,\nJoanne Pike\nPractice Manager\nBrightside Dental\n\nThis event was scheduled using BambooHR."
        ),
        "location": "Brightside Dental, 22 Market Place, Hitchin SG5 1DT",
        "expect": {
            "interviewers": [
                ("Joanne Pike", "joanne@bsdentalcare.com", "Practice Manager", "decision_maker"),
                ("Ravi Menon", "ravi.menon@bsdentalcare.com", "Associate Dentist", "peer"),
            ],
            "recruiter": None,
            "company": "Brightside Dental",
            "position": "Dental Nurse",
        },
    },
    {
        "id": "v-gem-google-nursing-agency-on-behalf-of-hospital-icu",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Meridian Clinical Talent: Interview – Registered Nurse, ICU (nights, 3x12s) – Saint Agnes Medical Center",
        "start": "2031-05-15T10:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Tess Hammond", "tess.hammond@meridianclinical.com"),
        "attendees": [
            ME,
            P("Denise Farrow", "dfarrow@saintagnesmc.org"),
            P("Luis Obregón", "lobregon@saintagnesmc.org"),
        ],
        "description": (
            "Hi Alex,\n\nGreat news: Saint Agnes Medical Center would like to interview you for the Registered Nurse, ICU position "
            "(nights, 3x12s, Req 55120). I'm scheduling this on behalf of their nurse recruitment team.\n\n"
            "You'll meet:\nDenise Farrow, RN, BSN — Nurse Manager, Medical ICU (hiring manager)\n"
            "Luis Obregón, RN — Charge Nurse\n\n"
            "The interview is by Teams video and runs about 45 minutes, including a unit walk-through over video.\n\n"
            "Call me right after, I want to hear how it went!\n\n"
            "Tess Hammond\nSenior Healthcare Recruiter | Meridian Clinical Talent\n(615) 555-0110\n\nSent with Gem"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Denise Farrow",
                    "dfarrow@saintagnesmc.org",
                    "Nurse Manager, Medical ICU",
                    "decision_maker",
                    True,
                ),
                ("Luis Obregón", "lobregon@saintagnesmc.org", "Charge Nurse", "peer"),
            ],
            "recruiter": ("Tess Hammond", "tess.hammond@meridianclinical.com"),
            "company": "Saint Agnes Medical Center",
            "position": "Registered Nurse, ICU",
        },
    },
    {
        "id": "v-greenhouse-google-french-responsable-atelier-pdg-cdi",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Entretien – Maroquinier·ère (CDI) – Ateliers Chevrier",
        "start": "2031-05-16T14:00",
        "minutes": 75,
        "tz": "Europe/Paris",
        "organizer": P("Amandine Roux", "amandine.roux@groupe-valmonde.fr"),
        "attendees": [
            ME,
            P("Sophie Chevrier", "sophie.chevrier@ateliers-chevrier.fr"),
            P("Thibault Nardin", "t.nardin@groupe-valmonde.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nMerci pour votre candidature au poste de Maroquinier·ère au sein de notre atelier de Pantin. Nous "
            "avons le plaisir de vous confirmer votre entretien :\n\n"
            "14h00 – 14h45 : Sophie Chevrier, Responsable d'atelier (votre future manager), échange et essai de piqûre sellier\n"
            "14h45 – 15h15 : Thibault Nardin, PDG\n\n"
            "Adresse : Ateliers Chevrier, 9 rue Cartier-Bresson, 93500 Pantin.\n\n"
            "Bien cordialement,\nAmandine Roux\nChargée de recrutement, Groupe Valmonde\n\nEnvoyé via Greenhouse"
        ),
        "location": "Ateliers Chevrier, 9 rue Cartier-Bresson, 93500 Pantin",
        "expect": {
            "interviewers": [
                (
                    "Sophie Chevrier",
                    "sophie.chevrier@ateliers-chevrier.fr",
                    "Responsable d'atelier",
                    "decision_maker",
                    True,
                ),
                ("Thibault Nardin", "t.nardin@groupe-valmonde.fr", "PDG", "executive"),
            ],
            "recruiter": ("Amandine Roux", "amandine.roux@groupe-valmonde.fr"),
            "company": "Ateliers Chevrier",
            "position": "Maroquinier·ère",
        },
    },
    {
        "id": "v-lever-google-coffee-chat-hop-nonprofit-first-people-partner",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Coffee chat ☕ Maya / Alex",
        "start": "2031-05-19T10:00",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Maya Okonkwo", "maya@kindredharbor.org"),
        "attendees": [ME, P("Maya Okonkwo", "maya@kindredharbor.org")],
        "description": (
            "Hi Alex,\n\nSo glad Dev connected us! I'm hiring our first People Partner and would love a no-pressure coffee chat to "
            "tell you about the team and hear what you're looking for.\n\nMaya\n--\nMaya Okonkwo | HoP, Kindred Harbor\n"
            "Feeding 40,000 neighbors a month across the East Bay\n\nScheduled via Lever" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Maya Okonkwo", "maya@kindredharbor.org", "HoP", "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Kindred Harbor",
            "position": "People Partner",
        },
    },
    {
        "id": "v-teamtailor-google-vets-clinical-director-head-nurse-group",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "medium",
        "title": "Interview: Small Animal Veterinary Surgeon – 4-day week – Fernhill Vets",
        "start": "2031-05-20T13:30",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Jess Ahmed", "jess.ahmed@pangolinvets.co.uk"),
        "attendees": [
            ME,
            P("Hamish Doyle", "hamish.doyle@fernhillvets.co.uk"),
            P("Freya Lund", "freya.lund@fernhillvets.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for your application to Fernhill Vets! Here are the details for your interview and practice visit.\n\n"
            "Who you'll meet: Hamish Doyle, Clinical Director at Fernhill (he'd be your line manager), and Freya Lund, Head Nurse.\n"
            "Salary: £48,000–£58,000 depending on experience, plus CPD allowance.\n\n"
            "The visit includes a look round the hospital and lunch with the team.\n\n"
            "Best,\nJess Ahmed\nTalent Partner, Pangolin Veterinary Group\n\nSent with Teamtailor"
        ),
        "location": "Fernhill Vets, 3 Orchard Way, Kendal",
        "expect": {
            "interviewers": [
                (
                    "Hamish Doyle",
                    "hamish.doyle@fernhillvets.co.uk",
                    "Clinical Director",
                    "decision_maker",
                    True,
                ),
                ("Freya Lund", "freya.lund@fernhillvets.co.uk", "Head Nurse", "decision_maker"),
            ],
            "recruiter": ("Jess Ahmed", "jess.ahmed@pangolinvets.co.uk"),
            "company": "Fernhill Vets",
            "position": "Small Animal Veterinary Surgeon",
        },
    },
    {
        "id": "v-icims-google-maintenance-supervisor-2nd-shift-hourly",
        "format": "google",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview Invitation: Maintenance Technician II – 2nd Shift – Req 2031-0877",
        "start": "2031-06-11T15:00",
        "minutes": 75,
        "tz": "America/Chicago",
        "organizer": P("Tony Baca", "tbaca@northgatecastings.com"),
        "attendees": [
            ME,
            P("Earl Jenkins", "ejenkins@northgatecastings.com"),
            P("Priscilla Grant", "pgrant@northgatecastings.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for applying for the Maintenance Technician II (2nd Shift, $31.50–$36.75/hr) position "
            "with Northgate Castings, Inc. Your interview is scheduled as follows:\n\n"
            "Date: Wednesday, June 11, 2031\nTime: 3:00 PM – 4:15 PM CT\nLocation: Plant 2, 2200 Foundry Rd, Muscatine, IA (main office)\n\n"
            "Interviewers:\nEarl Jenkins, Maintenance Supervisor (your direct supervisor)\nPriscilla Grant, Maintenance Manager\n\n"
            "The interview includes a hands-on troubleshooting exercise on a PLC trainer. Safety glasses will be provided.\n\n"
            "Sincerely,\nTony Baca\nHR Generalist\nNorthgate Castings, Inc.\n\nThis message was sent via iCIMS."
        ),
        "location": "Northgate Castings Plant 2, 2200 Foundry Rd, Muscatine, IA",
        "expect": {
            "interviewers": [
                (
                    "Earl Jenkins",
                    "ejenkins@northgatecastings.com",
                    "Maintenance Supervisor",
                    "decision_maker",
                    True,
                ),
                (
                    "Priscilla Grant",
                    "pgrant@northgatecastings.com",
                    "Maintenance Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Tony Baca", "tbaca@northgatecastings.com"),
            "company": "Northgate Castings",
            "position": "Maintenance Technician II",
        },
    },
    {
        "id": "v-human-google-intro-cofounder-coo-numeral-domain-farm",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Intro: Alex <> Dana (Twelve Acres)",
        "start": "2031-05-22T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Dana Whitlock", "dana@12acres.farm"),
        "attendees": [ME, P("Dana Whitlock", "dana@12acres.farm")],
        "description": (
            "Hi Alex, thanks to Ruth at Harvest Fund for the intro. I'm one of the co-founders and COO at Twelve Acres (we grow "
            "leafy greens indoors in Newark). We're opening our second farm next spring and I'm looking for someone to take on "
            "the Head of Growing role. Let's chat for half an hour and see if there's a fit.\n\n"
            "Dana Whitlock\nCo-founder & COO, Twelve Acres" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Dana Whitlock", "dana@12acres.farm", "Co-founder & COO", "executive"),
            ],
            "recruiter": None,
            "company": "Twelve Acres",
            "position": "Head of Growing",
        },
    },
    {
        "id": "v-greenhouse-google-law-partner-head-of-group-paralegal-manager",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview: Paralegal, Real Estate – Ogunleye Hart",
        "start": "2031-05-23T10:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Ben Ames", "bames@ogunleyehart.com"),
        "attendees": [
            ME,
            P("Nia Patel", "npatel@ogunleyehart.com"),
            P("Conor Hale", "chale@ogunleyehart.com"),
            P("Adaeze Ogunleye", "aogunleye@ogunleyehart.com"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Paralegal position in our Real Estate group. Please find your interview "
            "itinerary below.\n\n"
            "10:00 – 10:30  Nia Patel, Paralegal Manager\n"
            "10:30 – 11:00  Conor Hale, Senior Associate, Real Estate\n"
            "11:00 – 11:30  Adaeze Ogunleye, Partner and Head of Real Estate. Adaeze leads the group and is the hiring manager for this role.\n\n"
            "Please check in with reception on the 21st floor, 300 N LaSalle.\n\n"
            "Best regards,\nBen Ames\nLegal Recruiting Coordinator\nOgunleye Hart LLP"
        ),
        "location": "Ogunleye Hart LLP, 300 N LaSalle, 21st floor, Chicago",
        "expect": {
            "interviewers": [
                ("Nia Patel", "npatel@ogunleyehart.com", "Paralegal Manager", "decision_maker"),
                ("Conor Hale", "chale@ogunleyehart.com", "Senior Associate, Real Estate", "peer"),
                (
                    "Adaeze Ogunleye",
                    "aogunleye@ogunleyehart.com",
                    "Partner and Head of Real Estate",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ben Ames", "bames@ogunleyehart.com"),
            "company": "Ogunleye Hart",
            "position": "Paralegal, Real Estate",
        },
    },
    # --- Google JSON: near-misses -------------------------------------------------------------
    {
        "id": "v-google-non-calibration-chef-de-partie-trial-scorecards",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Interviewer calibration – Chef de Partie trial shifts (Events Kitchen)",
        "start": "2031-05-08T15:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Grace Holm", "grace.holm@initech.com"),
        "attendees": [
            ME_WORK,
            P("Grace Holm", "grace.holm@initech.com"),
            P("Luca Bianchi", "luca.bianchi@initech.com"),
            P("Sade Okoro", "sade.okoro@initech.com"),
        ],
        "description": (
            "Before the next round of trial shifts, let's calibrate on the scorecard: knife skills, timing on the pass, tasting. "
            "We'll each score the two recorded practicals and compare. Sous chefs please attend; HR joins for the last 15 min to "
            "go over what we can and can't ask candidates.\n\nGrace Holm\nHead Chef, Initech Events Kitchen"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "v-google-non-japanese-saiyo-iinkai-hiring-committee",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Saiyō iinkai (hiring committee) – shinsotsu sōgōshoku, saishū mensetsu candidates",
        "start": "2031-05-13T14:00",
        "minutes": 90,
        "tz": "Asia/Tokyo",
        "organizer": P("NAKAMURA Emi", "emi.nakamura@initech.com"),
        "attendees": [
            ME_WORK,
            P("TAKAHASHI Ken", "ken.takahashi@initech.com"),
            P("NAKAMURA Emi", "emi.nakamura@initech.com"),
        ],
        "description": (
            "Members of the saiyō iinkai: please review the saishū mensetsu (final interview) results for the 8 shinsotsu "
            "candidates before the meeting. Buchō-level approval is needed for each naitei (offer).\n\n"
            "Agenda: 1) results review 2) naitei decisions 3) date for the naitei-shiki.\n\nEmi Nakamura\nJinji-bu, Initech Japan"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "v-google-non-onboarding-buddy-coffee-chat-get-to-know",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Coffee chat ☕ – get to know your onboarding buddy",
        "start": "2031-05-15T10:30",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Tomás Ibarra", "tomas.ibarra@initech.com"),
        "attendees": [ME_WORK, P("Tomás Ibarra", "tomas.ibarra@initech.com")],
        "description": (
            "Hi Alex! Welcome to Initech 🎉 I'm your onboarding buddy for your first 90 days. Let's grab a virtual coffee so you "
            "can get to know me and the rest of the warehouse ops team, and ask anything about how things work here. No agenda!\n\n"
            "Tomás\nShift Lead, Warehouse Ops" + MEET
        ),
        "expect": None,
    },
    {
        "id": "v-google-non-vendor-intro-staffing-agency-screens",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Intro: Initech x Greenleaf Staffing",
        "start": "2031-05-20T11:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Kylie Marsh", "kylie.marsh@greenleafstaffing.com"),
        "attendees": [ME_WORK, P("Kylie Marsh", "kylie.marsh@greenleafstaffing.com")],
        "description": (
            "Hi Alex, thanks for taking the call. As discussed at the SHRM meetup, Greenleaf can take interview scheduling and "
            "first-round phone screens off your plate for the seasonal warehouse hiring (120 pickers and packers, 2nd and 3rd "
            "shift). I'll walk you through our pricing and how we hand candidates over to your hiring managers.\n\n"
            "Kylie Marsh\nBusiness Development Manager, Greenleaf Staffing" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "v-google-non-user-research-interview-head-gardener",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Research interview: how head gardeners plan irrigation (30 min, £50 voucher)",
        "start": "2031-05-21T09:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": ME_WORK,
        "attendees": [ME_WORK, P("Ewan Lockhart", "ewan@lockhartgardens.co.uk")],
        "description": (
            "Hi Ewan, thanks for agreeing to talk to us! I'm a user researcher on Initech's GreenGrid team. We'd like to interview "
            "you about how you plan watering across a large estate and what tools you use today. There are no right or wrong "
            "answers and we're not selling anything. The £50 voucher is sent after the call.\n\n"
            "Alex Morgan\nUX Researcher, Initech" + MEET
        ),
        "expect": None,
    },
    # --- Graph JSON: interviews ---------------------------------------------------------------
    {
        "id": "v-human-graph-spanish-tecnica-seleccion-runs-first-part-jefe-almacen",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista: Jefe/a de Turno de Almacén – turno de tarde – Getafe",
        "start": "2031-05-06T16:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Lorena Vidal", "lorena.vidal@grupo-olmedo.es"),
        "attendees": [ME, P("Raúl Medina", "raul.medina@grupo-olmedo.es")],
        "description": (
            "Hola Alex:\n\nTe envío la convocatoria para la entrevista del puesto de Jefe/a de Turno de Almacén (turno de tarde) en "
            "nuestra plataforma de Getafe.\n\n"
            "La entrevista será por Teams y la haremos en dos partes: primero hablaremos tú y yo unos 15 minutos sobre tu "
            "trayectoria y condiciones, y después se unirá Raúl Medina, jefe de almacén y tu futuro responsable, para la parte "
            "técnica (gestión de equipos, SGA, indicadores).\n\n"
            "Un saludo,\nLorena Vidal\nTécnica de Selección\nTransportes Olmedo, S.L." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Lorena Vidal",
                    "lorena.vidal@grupo-olmedo.es",
                    "Técnica de Selección",
                    "recruiter",
                ),
                (
                    "Raúl Medina",
                    "raul.medina@grupo-olmedo.es",
                    "Jefe de Almacén",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lorena Vidal", "lorena.vidal@grupo-olmedo.es"),
            "company": "Transportes Olmedo",
            "position": "Jefe/a de Turno de Almacén",
        },
    },
    {
        "id": "v-workday-graph-newsroom-business-editor-deputy-editor-plc",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview Scheduled: Senior Reporter, Business Desk (JR-2031-0099)",
        "start": "2031-05-07T11:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P(None, "cairnmedia@myworkday.com"),
        "attendees": [
            ME,
            P("Nkechi Adeyemi", "nkechi.adeyemi@northernledger.co.uk"),
            P("Rob Quayle", "rob.quayle@northernledger.co.uk"),
            P("Isla Grant", "isla.grant@northernledger.co.uk"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\nJob Requisition: JR-2031-0099 Senior Reporter, Business Desk (Manchester) - Hybrid\n"
            "Interview Type: Final Panel\n\n"
            "Interviewer: Nkechi Adeyemi\nBusiness Title: Business Editor\nRole on Panel: Hiring Manager\n\n"
            "Interviewer: Rob Quayle\nBusiness Title: Deputy Editor\n\n"
            "Interviewer: Isla Grant\nBusiness Title: Senior Reporter, Business\n\n"
            "Recruiting Coordinator: Faye Morton (faye.morton@cairnmedia.co.uk)\n\n"
            "Please prepare three story pitches for the business desk.\n\nThe Northern Ledger · Cairn Media plc"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Nkechi Adeyemi",
                    "nkechi.adeyemi@northernledger.co.uk",
                    "Business Editor",
                    "decision_maker",
                    True,
                ),
                (
                    "Rob Quayle",
                    "rob.quayle@northernledger.co.uk",
                    "Deputy Editor",
                    "decision_maker",
                ),
                (
                    "Isla Grant",
                    "isla.grant@northernledger.co.uk",
                    "Senior Reporter, Business",
                    "peer",
                ),
            ],
            "recruiter": ("Faye Morton", "faye.morton@cairnmedia.co.uk"),
            "company": "The Northern Ledger",
            "position": "Senior Reporter, Business Desk",
        },
    },
    {
        "id": "v-human-graph-german-stationsleitung-pflegedirektor-surname-first",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Vorstellungsgespräch Gesundheits- und Krankenpfleger (m/w/d), Teilzeit 75 %",
        "start": "2031-05-08T13:30",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Wolff, Jana", "jana.wolff@st-marien-lindenau.de"),
        "attendees": [
            ME,
            P("Schoenmakers, Birgit", "birgit.schoenmakers@st-marien-lindenau.de"),
            P("Korkmaz, Aydın Dr.", "aydin.korkmaz@st-marien-lindenau.de"),
        ],
        "description": (
            "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle als Gesundheits- und "
            "Krankenpfleger (m/w/d) auf unserer kardiologischen Station 3B im St. Marien-Krankenhaus Lindenau einzuladen.\n\n"
            "Am Gespräch nehmen teil:\nFrau Birgit Schoenmakers, Stationsleitung 3B\nHerr Dr. Aydın Korkmaz, Pflegedirektor\n\n"
            "Im Anschluss bieten wir Ihnen gerne eine Hospitation auf Station an.\n\n"
            "Mit freundlichen Grüßen\nJana Wolff\nPersonalsachbearbeiterin\nSt. Marien-Krankenhaus Lindenau gGmbH\n"
            "Ein Haus des Verbunds Katholischer Kliniken Westfalen"
        ),
        "location": "St. Marien-Krankenhaus Lindenau, Verwaltung, Raum 1.14",
        "expect": {
            "interviewers": [
                (
                    "Birgit Schoenmakers",
                    "birgit.schoenmakers@st-marien-lindenau.de",
                    "Stationsleitung 3B",
                    "decision_maker",
                ),
                (
                    "Aydın Korkmaz",
                    "aydin.korkmaz@st-marien-lindenau.de",
                    "Pflegedirektor",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Jana Wolff", "jana.wolff@st-marien-lindenau.de"),
            "company": "St. Marien-Krankenhaus Lindenau",
            "position": "Gesundheits- und Krankenpfleger",
        },
    },
    {
        "id": "v-smartrecruiters-graph-golf-course-manager-role-mailbox-gm",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Interview – Assistant Greenkeeper (Seasonal, April–October) – The Kilbride Golf Club",
        "start": "2031-05-09T07:30",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Kilbride Golf Club Recruitment", "careers@kilbridegolf.co.uk"),
        "attendees": [
            ME,
            P(None, "course.manager@kilbridegolf.co.uk"),
            P("Fiona Baird", "fiona.baird@kilbridegolf.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying to join the greens team at The Kilbride Golf Club. We would like to invite you "
            "for an interview at the maintenance facility (follow signs for 'Greenkeeping' from the main car park).\n\n"
            "You will meet Callum Reid, Course Manager (you'd report to Callum), and Fiona Baird, General Manager of the club.\n\n"
            "Pay: £12.60/hr. Please bring your PA1/PA6 certificates if you have them.\n\n"
            "Kind regards,\nRecruitment\nThe Kilbride Golf Club\n\nThis invitation was sent via SmartRecruiters"
        ),
        "location": "The Kilbride Golf Club, Greenkeeping facility",
        "expect": {
            "interviewers": [
                (
                    "Callum Reid",
                    "course.manager@kilbridegolf.co.uk",
                    "Course Manager",
                    "decision_maker",
                    True,
                ),
                ("Fiona Baird", "fiona.baird@kilbridegolf.co.uk", "General Manager", "executive"),
            ],
            "recruiter": (None, "careers@kilbridegolf.co.uk"),
            "company": "The Kilbride Golf Club",
            "position": "Assistant Greenkeeper",
        },
    },
    {
        "id": "v-personio-graph-austrian-werkstattleiter-du-form-gruppe",
        "format": "graph",
        "style": "personio",
        "difficulty": "medium",
        "title": "Vorstellungsgespräch – Kfz-Mechatroniker für Nutzfahrzeuge (m/w/d), Vollzeit",
        "start": "2031-05-12T08:00",
        "minutes": 90,
        "tz": "Europe/Vienna",
        "organizer": P("Martina Huber", "martina.huber@brunnthaler.at"),
        "attendees": [
            ME,
            P("Bernd Ostermaier", "bernd.ostermaier@autohaus-brunnthaler.at"),
            P("Lena Pichler", "lena.pichler@autohaus-brunnthaler.at"),
        ],
        "description": (
            "Hallo Alex,\n\ndanke für Deine Bewerbung bei uns im Autohaus Brunnthaler! Wir möchten Dich gerne persönlich kennenlernen.\n\n"
            "Deine Gesprächspartner:\nBernd Ostermaier – Werkstattleiter Nutzfahrzeuge, Dein zukünftiger Vorgesetzter\n"
            "Lena Pichler – Serviceberaterin\n\n"
            "Bring gerne Arbeitskleidung mit, wir schauen uns danach die Werkstatt an und Du kannst an einem Lkw mitschrauben.\n\n"
            "Liebe Grüße\nMartina Huber\nHR | Brunnthaler Gruppe\n\nGesendet über Personio"
        ),
        "location": "Autohaus Brunnthaler, Industriestraße 12, 4600 Wels",
        "expect": {
            "interviewers": [
                (
                    "Bernd Ostermaier",
                    "bernd.ostermaier@autohaus-brunnthaler.at",
                    "Werkstattleiter Nutzfahrzeuge",
                    "decision_maker",
                    True,
                ),
                (
                    "Lena Pichler",
                    "lena.pichler@autohaus-brunnthaler.at",
                    "Serviceberaterin",
                    "peer",
                ),
            ],
            "recruiter": ("Martina Huber", "martina.huber@brunnthaler.at"),
            "company": "Autohaus Brunnthaler",
            "position": "Kfz-Mechatroniker für Nutzfahrzeuge",
        },
    },
    {
        "id": "v-modernloop-graph-biotech-assoc-dir-sr-mgr-coordinator-vs-recruiter",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Virtual Onsite – Scientist I, Downstream Process Development (Req 7781) – Halcyon Bio",
        "start": "2031-05-13T09:00",
        "minutes": 165,
        "tz": "America/New_York",
        "organizer": P("Ines Barros", "ines.barros@halcyontx.com"),
        "attendees": [
            ME,
            P("Sunita Raghavan", "sraghavan@halcyontx.com"),
            P("Kwame Boateng", "kboateng@halcyontx.com"),
            P("Elena Varga", "evarga@halcyontx.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour virtual onsite for Scientist I, Downstream Process Development is confirmed. Agenda (ET):\n\n"
            "9:00 – 9:45  Sunita Raghavan, PhD — Assoc. Dir., Process Development (HM)\n"
            "9:45 – 10:30  Kwame Boateng — Sr. Scientist II · chromatography case study\n"
            "10:30 – 11:00  Elena Varga — Sr. Mgr, QA\n"
            "11:00 – 11:45  Seminar: present one purification project (20 min + Q&A)\n\n"
            "Recruiter: Drew Kim (drew.kim@halcyontx.com). I'm coordinating scheduling, so reach out to me for logistics.\n\n"
            "Ines Barros\nRecruiting Coordinator, Halcyon Bio\n\nScheduled with ModernLoop" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Sunita Raghavan",
                    "sraghavan@halcyontx.com",
                    "Assoc. Dir., Process Development",
                    "decision_maker",
                    True,
                ),
                ("Kwame Boateng", "kboateng@halcyontx.com", "Sr. Scientist II", "peer"),
                ("Elena Varga", "evarga@halcyontx.com", "Sr. Mgr, QA", "decision_maker"),
            ],
            "recruiter": ("Drew Kim", "drew.kim@halcyontx.com"),
            "company": "Halcyon Bio",
            "position": "Scientist I, Downstream Process Development",
        },
    },
    {
        "id": "v-human-graph-japanese-tencho-itamae-izakaya-store-mailbox",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Mensetsu (interview) – Hall Staff, evening shift – Izakaya Tomoshibi Ebisu",
        "start": "2031-05-14T15:00",
        "minutes": 90,
        "tz": "Asia/Tokyo",
        "organizer": P("MORI Saki", "saki.mori@tomoshibi-dining.jp"),
        "attendees": [ME, P("HAYASHI Ryo", "ebisu@tomoshibi-dining.jp")],
        "description": (
            "Dear Alex-san,\n\nThank you for applying to Izakaya Tomoshibi. We would like to invite you to an interview at our Ebisu "
            "store (mensetsu, then 1 hour of taiken: trial work during prep).\n\n"
            "You will meet:\n- Ryo Hayashi, Tencho of the Ebisu store. He decides the hiring for his store.\n"
            "- Kazuki Endo, Itamae (he will show you the kitchen)\n\n"
            "Please bring your rirekisho (CV) with photo, and wear black shoes.\n\n"
            "Best regards,\nSaki Mori\nJinji tantō (HR), Tomoshibi Dining Group"
        ),
        "location": "Izakaya Tomoshibi Ebisu, 1-8-3 Ebisu-Nishi, Shibuya-ku, Tokyo",
        "expect": {
            "interviewers": [
                ("Ryo Hayashi", "ebisu@tomoshibi-dining.jp", "Tencho", "decision_maker", True),
                ("Kazuki Endo", None, "Itamae", "peer"),
            ],
            "recruiter": ("Saki Mori", "saki.mori@tomoshibi-dining.jp"),
            "company": "Izakaya Tomoshibi",
            "position": "Hall Staff",
        },
    },
    {
        "id": "v-greenhouse-graph-rpo-on-behalf-of-utility-general-foreman",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview: Lineworker Apprentice (Req #TCW-3310) – Tri-County Water & Power",
        "start": "2031-05-15T07:30",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Jordan Pace", "jordan.pace@aldertalent.com"),
        "attendees": [
            ME,
            P("Gus Amador", "gamador@tcwp.org"),
            P("Mei Tanaka", "mtanaka@tcwp.org"),
        ],
        "description": (
            "Hi Alex,\n\nAlder Talent Solutions manages hiring on behalf of Tri-County Water & Power. I'm pleased to confirm your "
            "interview for the Lineworker Apprentice position (union, IBEW Local 47; Step 1 pay).\n\nSchedule:\n"
            "7:30 – 8:15  Panel interview: Gus Amador (General Foreman, Line Operations) and Mei Tanaka (Journeyman Lineworker)\n"
            "8:15 – 9:00  Pole-climb assessment at the training yard\n\n"
            "Location: TCWP Training Yard, 455 Ridge Rd, Riverside. Bring boots, gloves and a photo ID.\n\n"
            "Jordan Pace\nRecruiter, Alder Talent Solutions (on behalf of Tri-County Water & Power)"
        ),
        "location": "TCWP Training Yard, 455 Ridge Rd, Riverside, CA",
        "expect": {
            "interviewers": [
                (
                    "Gus Amador",
                    "gamador@tcwp.org",
                    "General Foreman, Line Operations",
                    "decision_maker",
                ),
                ("Mei Tanaka", "mtanaka@tcwp.org", "Journeyman Lineworker", "peer"),
            ],
            "recruiter": ("Jordan Pace", "jordan.pace@aldertalent.com"),
            "company": "Tri-County Water & Power",
            "position": "Lineworker Apprentice",
        },
    },
    {
        "id": "v-calendly-graph-intro-founder-director-gallery-accents",
        "format": "graph",
        "style": "calendly",
        "difficulty": "hard",
        "title": "Intro call – Alex Morgan & Maëlle Roussel",
        "start": "2031-05-16T12:00",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Maëlle Roussel", "maelle@galerie-mr.com"),
        "attendees": [ME, P("Maëlle Roussel", "maelle@galerie-mr.com")],
        "description": (
            "Event Name: Intro call (20 min)\n\n"
            "Hello, I'm Maëlle, founder and director of Galerie Maëlle Roussel (Paris / New York). Our Chelsea space is looking for "
            "a gallery associate; this is an informal first conversation before anything more structured.\n\n"
            "Location: Zoom (link below)\n\nPowered by Calendly.com" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Maëlle Roussel", "maelle@galerie-mr.com", "Founder and Director", "executive"),
            ],
            "recruiter": None,
            "company": "Galerie Maëlle Roussel",
            "position": "Gallery Associate",
        },
    },
    {
        "id": "v-bamboohr-graph-theatre-production-manager-lowercase-peer",
        "format": "graph",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview: Assistant Stage Manager – 2031/32 Season – The Lantern Playhouse",
        "start": "2031-05-19T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Dev Anand", "dev.anand@lanternplayhouse.org"),
        "attendees": [ME, P("Sol Adeyemi", "sol.adeyemi@lanternplayhouse.org")],
        "description": (
            "Hi Alex,\n\nThanks for applying for the Assistant Stage Manager role (fixed-term contract for the 2031/32 season). I'm "
            "the production manager here and I'll be line-managing whoever we appoint, so I'd like to meet you together with Sol "
            "Adeyemi, our senior stage technician.\n\n"
            "We'll meet at the stage door on Lantern Lane; bring a page of a prompt book you're proud of if you have one.\n\n"
            "Best,\nDev Anand\nProduction Manager | The Lantern Playhouse\n\nScheduled with BambooHR"
        ),
        "location": "The Lantern Playhouse, stage door, Lantern Lane",
        "expect": {
            "interviewers": [
                (
                    "Dev Anand",
                    "dev.anand@lanternplayhouse.org",
                    "Production Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Sol Adeyemi",
                    "sol.adeyemi@lanternplayhouse.org",
                    "Senior Stage Technician",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "The Lantern Playhouse",
            "position": "Assistant Stage Manager",
        },
    },
    {
        "id": "v-icims-graph-portuguese-enfermeira-chefe-juri-mailbox",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Entrevista – Enfermeiro(a) de Cuidados Gerais, Serviço de Ortopedia (Ref.ª 2031/044)",
        "start": "2031-05-20T14:30",
        "minutes": 45,
        "tz": "Europe/Lisbon",
        "organizer": P("Gabinete de Recrutamento", "recrutamento@hsantaclara.pt"),
        "attendees": [
            ME,
            P("Teresa Vasconcelos", "teresa.vasconcelos@hsantaclara.pt"),
            P("Rui Paiva", "rui.paiva@hsantaclara.pt"),
        ],
        "description": (
            "Caro(a) Alex Morgan,\n\nAgradecemos a sua candidatura ao Hospital de Santa Clara. Temos o prazer de o(a) convocar para "
            "entrevista para a função de Enfermeiro(a) de Cuidados Gerais no Serviço de Ortopedia (regime de turnos, 40 h/semana).\n\n"
            "Júri:\nEnf.ª Teresa Vasconcelos – Enfermeira-Chefe do Serviço de Ortopedia (futura chefia direta)\n"
            "Enf. Rui Paiva – Enfermeiro Especialista em Reabilitação\n\n"
            "Local: Piso 3, sala de reuniões da Ortopedia. Traga a cédula profissional da Ordem dos Enfermeiros.\n\n"
            "Com os melhores cumprimentos,\nGabinete de Recrutamento\nHospital de Santa Clara, S.A.\n\n"
            "Mensagem enviada através do iCIMS."
        ),
        "location": "Hospital de Santa Clara, Piso 3, sala de reuniões da Ortopedia",
        "expect": {
            "interviewers": [
                (
                    "Teresa Vasconcelos",
                    "teresa.vasconcelos@hsantaclara.pt",
                    "Enfermeira-Chefe do Serviço de Ortopedia",
                    "decision_maker",
                    True,
                ),
                (
                    "Rui Paiva",
                    "rui.paiva@hsantaclara.pt",
                    "Enfermeiro Especialista em Reabilitação",
                    "peer",
                ),
            ],
            "recruiter": (None, "recrutamento@hsantaclara.pt"),
            "company": "Hospital de Santa Clara",
            "position": "Enfermeiro(a) de Cuidados Gerais, Serviço de Ortopedia",
        },
    },
    {
        "id": "v-ashby-graph-roastery-gm-is-hm-founder-ceo-ampersand",
        "format": "graph",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Alex Morgan – Onsite – Head Roaster – Portland",
        "start": "2031-05-21T13:00",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Paige Nolan", "paige@kilnandkettle.com"),
        "attendees": [
            ME,
            P("Theo Park", "theo@kilnandkettle.com"),
            P("Grant Oyelowo", "grant@kilnandkettle.com"),
            P("Ama Lindgren", "ama@kilnandkettle.com"),
        ],
        "description": (
            "Hi Alex!\n\nExcited to host you at the roastery. Here's the plan:\n\n"
            "1:00 – 1:45 pm · Cupping with Theo Park (Roaster)\n"
            "1:45 – 2:30 pm · Grant Oyelowo (GM, Roastery), hiring manager\n"
            "2:30 – 3:00 pm · Ama Lindgren (Founder & CEO)\n\n"
            "Address: 2150 NW Vaughn St, Portland. Park on the street; the door's round the back.\n\n"
            "Paige Nolan\nRecruiting, Kiln & Kettle Coffee\n\nScheduled with Ashby"
        ),
        "location": "Kiln & Kettle Coffee Roastery, 2150 NW Vaughn St, Portland, OR",
        "expect": {
            "interviewers": [
                ("Theo Park", "theo@kilnandkettle.com", "Roaster", "peer"),
                (
                    "Grant Oyelowo",
                    "grant@kilnandkettle.com",
                    "GM, Roastery",
                    "decision_maker",
                    True,
                ),
                ("Ama Lindgren", "ama@kilnandkettle.com", "Founder & CEO", "executive"),
            ],
            "recruiter": ("Paige Nolan", "paige@kilnandkettle.com"),
            "company": "Kiln & Kettle Coffee",
            "position": "Head Roaster",
        },
    },
    {
        "id": "v-goodtime-graph-resort-controller-group-cfo-words-numeral",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Interview: Staff Accountant (Hybrid, Req 4410) – Fourteen Pines Resort",
        "start": "2031-05-22T10:00",
        "minutes": 105,
        "tz": "America/Denver",
        "organizer": P("Evergreen Lodging Talent Team", "talent@evergreenlodging.com"),
        "attendees": [
            ME,
            P("Whitney Gale", "wgale@fourteenpines.com"),
            P("Ana Beltrán", "abeltran@fourteenpines.com"),
            P("Hector Ruiz", "hruiz@evergreenlodging.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour interview with Fourteen Pines Resort is confirmed. Your schedule:\n\n"
            "10:00 AM – 10:45 AM MT · Whitney Gale · Resort Controller · Hiring Manager\n"
            "10:45 AM – 11:15 AM MT · Ana Beltrán · Senior Accountant\n"
            "11:15 AM – 11:45 AM MT · Hector Ruiz · CFO, Evergreen Lodging\n\n"
            "Fourteen Pines Resort is owned and operated by Evergreen Lodging Co.\n\n"
            "Thanks,\nEvergreen Lodging Talent Team\n\nPowered by GoodTime" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Whitney Gale",
                    "wgale@fourteenpines.com",
                    "Resort Controller",
                    "decision_maker",
                    True,
                ),
                ("Ana Beltrán", "abeltran@fourteenpines.com", "Senior Accountant", "peer"),
                ("Hector Ruiz", "hruiz@evergreenlodging.com", "CFO", "executive"),
            ],
            "recruiter": (None, "talent@evergreenlodging.com"),
            "company": "Fourteen Pines Resort",
            "position": "Staff Accountant",
        },
    },
    {
        "id": "v-human-graph-polish-dzien-probny-brygadzista-prezes",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Dzień próbny – stolarz – Meble Kłos",
        "start": "2031-05-23T07:00",
        "minutes": 480,
        "tz": "Europe/Warsaw",
        "organizer": P("Ewa Nowicka", "kadry@meble-klos.pl"),
        "attendees": [ME, P("Tomasz Kłos", "tomasz@meble-klos.pl")],
        "description": (
            "Dzień dobry,\n\nzapraszamy na dzień próbny na stanowisku stolarza w naszym zakładzie w Swarzędzu. Będzie Pan pracował "
            "przy produkcji frontów pod okiem brygadzisty, Tomasza Kłosa, który decyduje o przyjęciu do swojej brygady. Na koniec "
            "dnia krótka rozmowa z prezes firmy, panią Haliną Kłos.\n\n"
            "Prosimy zabrać obuwie ochronne; odzież robocza na miejscu.\n\n"
            "Pozdrawiamy\nEwa Nowicka\nDział kadr\nMeble Kłos s.c."
        ),
        "location": "Meble Kłos, ul. Rabowicka 21, Swarzędz",
        "expect": {
            "interviewers": [
                ("Tomasz Kłos", "tomasz@meble-klos.pl", "Brygadzista", "decision_maker", True),
                ("Halina Kłos", None, "Prezes", "executive"),
            ],
            "recruiter": ("Ewa Nowicka", "kadry@meble-klos.pl"),
            "company": "Meble Kłos",
            "position": "Stolarz",
        },
    },
    {
        "id": "v-workday-graph-swedish-underhallschef-vd-sawmill-brand",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Intervju: Underhållselektriker, 3-skift – Norrvik Sågverk (JR-5521)",
        "start": "2031-05-26T09:00",
        "minutes": 90,
        "tz": "Europe/Stockholm",
        "organizer": P(None, "norrvikskog@myworkday.com"),
        "attendees": [
            ME,
            P("Lars-Erik Nyström", "lars-erik.nystrom@norrvikskog.se"),
            P("Sofia Heikkinen", "sofia.heikkinen@norrvikskog.se"),
        ],
        "description": (
            "Intervjudetaljer\n\nKandidat: Alex Morgan\nRekrytering: JR-5521 Underhållselektriker, 3-skift – Norrvik Sågverk, Skellefteå\n"
            "Intervjutyp: Platsbesök\n\n"
            "Intervjuare: Lars-Erik Nyström\nTitel: Underhållschef\nRoll i panelen: Rekryterande chef\n\n"
            "Intervjuare: Sofia Heikkinen\nTitel: VD, Norrvik Sågverk\n\n"
            "Rekryterare: Amira Haddad (amira.haddad@norrvikskog.se)\n\n"
            "Norrvik Sågverk är en del av Norrvik Skog AB."
        ),
        "location": "Norrvik Sågverk, Sågverksvägen 2, Skellefteå",
        "expect": {
            "interviewers": [
                (
                    "Lars-Erik Nyström",
                    "lars-erik.nystrom@norrvikskog.se",
                    "Underhållschef",
                    "decision_maker",
                    True,
                ),
                ("Sofia Heikkinen", "sofia.heikkinen@norrvikskog.se", "VD", "executive"),
            ],
            "recruiter": ("Amira Haddad", "amira.haddad@norrvikskog.se"),
            "company": "Norrvik Sågverk",
            "position": "Underhållselektriker",
        },
    },
    # --- Graph JSON: near-misses --------------------------------------------------------------
    {
        "id": "v-graph-non-interview-loop-sync-sous-chef-hiring",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Interview loop sync – Sous Chef (Canteen & Events) hiring",
        "start": "2031-05-07T09:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Hollie Grant", "hollie.grant@initech.com"),
        "attendees": [
            ME_WORK,
            P("Hollie Grant", "hollie.grant@initech.com"),
            P("Marco Deluca", "marco.deluca@initech.com"),
        ],
        "description": (
            "Weekly sync for everyone on the sous chef interview loop: pipeline status, who's running the practical on Thursday, "
            "and swapping slots for the two trial shifts next week.\n\nHollie Grant\nRecruiting Coordinator, Initech"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "v-graph-non-stay-interview-with-hop",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Stay interview – Alex / Priya",
        "start": "2031-05-14T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Priya Raman", "priya.raman@initech.com"),
        "attendees": [ME_WORK, P("Priya Raman", "priya.raman@initech.com")],
        "description": (
            "Hi Alex, as part of our stay interviews this quarter I'd like 30 minutes to hear what keeps you at Initech, what "
            "might tempt you away, and what we could do better for the team. It's not a performance conversation.\n\n"
            "Priya Raman\nHoP, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "v-graph-non-reference-call-site-foreman-referee",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference call – Jordan Ellis (Site Foreman candidate)",
        "start": "2031-05-20T12:30",
        "minutes": 20,
        "tz": "Europe/London",
        "organizer": P("Owen Price", "owen.price@kestrelbuild.co.uk"),
        "attendees": [ME, P("Owen Price", "owen.price@kestrelbuild.co.uk")],
        "description": (
            "Hi Alex,\n\nJordan Ellis has given your name as a referee for the Site Foreman position with Kestrel Build. Thanks for "
            "agreeing to a 20-minute call: I'll ask about the projects you worked on together, Jordan's approach to site safety "
            "and how they managed subcontractors.\n\nOwen Price\nRecruitment Manager, Kestrel Build Ltd"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "v-graph-non-nursing-career-fair-booth-rota",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Nursing careers fair – booth rota & on-the-spot interviews (Initech Health)",
        "start": "2031-06-05T10:00",
        "minutes": 180,
        "tz": "Europe/London",
        "organizer": P("Dana Lee", "dana.lee@initech.com"),
        "attendees": [
            ME_WORK,
            P("Dana Lee", "dana.lee@initech.com"),
            P("Gemma Rhodes", "gemma.rhodes@initech.com"),
        ],
        "description": (
            "Thanks for volunteering for the Initech Health booth at the Midlands Nursing Careers Fair. Your slot: 10:00–13:00.\n\n"
            "We'll hold short on-the-spot interviews for RN and HCA roles at the back table; two ward managers will run those. "
            "You'll be at the front greeting candidates and scanning QR codes.\n\nDana Lee\nTalent Attraction Lead, Initech Health"
        ),
        "location": "NEC Birmingham, Hall 3, stand C41",
        "expect": None,
    },
    {
        "id": "v-graph-non-french-observation-entretien-binome",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Observation d'entretien (binôme) – candidat Chef de rang – brasserie du siège",
        "start": "2031-05-27T15:00",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Julie Marchand", "julie.marchand@initech.com"),
        "attendees": [
            ME_WORK,
            P("Karim Benali", "karim.benali@initech.com"),
            P("Julie Marchand", "julie.marchand@initech.com"),
        ],
        "description": (
            "Bonjour Alex,\n\nDans le cadre de ta formation de recruteur, tu assisteras en observation à l'entretien que Karim mène "
            "avec un candidat au poste de chef de rang pour la brasserie du siège. Tu ne poses pas de questions ; on débriefe "
            "ensemble 15 minutes après.\n\nJulie Marchand\nResponsable formation RH, Initech France"
        ),
        "location": "Salle Montmartre, RDC",
        "expect": None,
    },
]
