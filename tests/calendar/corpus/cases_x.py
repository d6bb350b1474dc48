# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'x', written by "iwx", someone who does not tune the parser, BLIND: labelled by
reading each invite, before any run of the parser on it, as TRAINING data for the tuner (issue 16;
not a held-out batch: no separate build file or rendered folder; the coordinator adds this file to
build.py). 60 invites: 45 interviews and 15 non-interviews that mention interviewing (or look like
one), across .ics, Google JSON and Graph JSON (20 each; 15 interviews and 5 non-interviews per
format). The writer never read, imported or ran the extraction code, the bench or the corpus tests,
and read no cases file but cases_v.py (the format example) and the helper definitions of cases_a.py.

The angle is people in hard forms. Names: initials only ("A. Chatterjee", "J.P. Okafor", "R.K.
Venkataraman", "Baird, R." in a tab table), initials in the text with the full name on the attendee,
nicknames whose addresses carry the full name (Dick on richard.harrow@, Tom on tomas.ferreira@, Liz
on elizabeth.*@, Sasha on a sasha@ address signed with the full name) or the surname only (ramirez@,
quispe@, hauge@), quoted nicknames inside a full name ("Jesús "Chuy" Ramírez"), Thai and Brazilian
nicknames ("Khun Nok", "Zé"), names in native scripts (Chinese, Japanese, Arabic, Cyrillic, Thai,
Hebrew, Devanagari) on Latin addresses, directory display names "Surname, Given (Department)",
"SURNAME Given", "Berg, Anouk van den", and people named only in prose. Rows: pipe and tab
itineraries whose titles hold commas. Titles after dashes, in brackets, in signatures and in other
languages (German, French, Spanish, Italian, Dutch, Portuguese, Polish, Norwegian, Danish, Finnish,
Chinese, Japanese). Hiring-manager marks in many forms: "Hiring Manager", "Hiring Mgr", "(HM)", a
star legend, "the post reports to him", "this is her call", "has the final say", "einstellende
Führungskraft", "nærmeste leder", "lähiesimies", "je leidinggevende", "gestor da vaga",
"responsabile diretto", "jefa directa", "bezpośrednia przełożona", "用人经理", "用人部门负责人", "配属後の直属の上長",
"your reporting manager", the Hebrew "מנהלת מגייסת", "Role on Panel: Hiring Manager", "Rolle im
Panel: Einstellende Führungskraft". Four interviews carry no mark at all (an Executive Pastry Chef,
a Serviceleder, a Küchenchef and a co-founder who are not called the one hiring). Roles in less
common trades and conflicting labels: a Principal Engineer (peer) vs a school Principal
(decision_maker), a Director of Photography (the head of the camera department who picks her team),
an Executive Chef / Executive Pastry Chef / Executive Housekeeper (kitchen and housekeeping heads,
not executives) vs an Executive Assistant (the coordinator), a Master Distiller, a ship's Chief
Engineer and Master, a Chief Pilot and a line Captain, a Head Keeper, Head Setter, Head Lifeguard,
Head of Grounds, a Spinning Master, a Mine Captain and Shift Boss, funeral directors (one the line
manager, one a colleague), a headhunter and a recruitment consultant (recruiters, not interviewers),
a Clerk of Works, a Principal Dancer, a Musical Director, an Executive Assistant Manager (a hotel's
second in command, decision_maker), and recruiters whose titles say otherwise (an "HR Executive", an
"HR Manager", a ballet "Company Manager", a city "Recreation Coordinator" who schedules).
Near-misses: the user on an interview panel, a podcast with a Director of Photography, an annual
appraisal (Jahresgespräch), a headhunter's search kick-off where the user is the hiring manager, a
Japanese press interview, a documentary on-camera interview, a mock interview, an exit interview in
Spanish, an interviewer training in Chinese, a reference call, a hiring-committee calibration, a
Polish exit interview, an oral history, a consulate visa interview and a funeral arrangement
meeting.

Labels are what a careful person reads in the invite, not what the parser returns, with the
conventions of parts t and v (see cases_v.py): the hiring-manager mark for a person called the
hiring manager, the future / direct / line manager, the one the post reports to, or the one who
decides the hire, in any language; people-manager titles are decision_makers (head of / head X,
directors, managers of a unit or of people, Master Distiller, Chief Engineer of a ship, Chief Pilot,
Clinical Lead, Driftsleder, Betriebsleiter, Mistrz zmiany, 杜氏, 首席调香师); executives are CEO / founder
/ owner / president / managing director and their equivalents (Daglig leder, Inhaberin, 代表取締役社長,
总经理, Administrerende direktør); an executive called the hiring manager is a decision_maker with the
mark; individual contributors are peers (Principal Engineer, Principal Product Manager, line
Captain, Consultant Anaesthetist, Stillman, Train Driver, a funeral director who is a colleague,
Clerk of Works, Principal Dancer). A recruiter or coordinator is the recruiter (a named recruiter
beats a coordinator; an executive assistant who only schedules is the coordinator); agency
recruiters and headhunters are the recruiter and not interviewers, and the company is the client; a
hiring manager who sends her own invite is not a recruiter. The company is the business joined,
without legal forms ("Ltd", "GmbH", "AS", "株式会社", "有限公司", "S.A."), kept in its script. Positions
leave out requisition ids, employment types, hours, "(m/w/d)", shifts, seasons, levels in brackets
and places after a dash, comma or in parentheses; a team that is part of the job's name is kept;
positions in other languages are kept as written.

Names in this part: given name first, honorifics and credentials dropped ("Dr", "Capt.", "Chef",
"Khun", "P.E., S.E.", "Hr."), a quoted or bracketed nickname inside a full name dropped; the fullest
form the invite writes for the person wins (a full attendee display name over initials or a nickname
in the text: "M.-L. Brandstätter" on a "Marie-Luise Brandstätter" attendee is "Marie-Luise
Brandstätter"; "Baird, R." on a "Rhona Baird" attendee is "Rhona Baird"); a name the invite writes
only with initials keeps them ("A. Chatterjee", "R.K. Venkataraman"); a nickname written with a
surname and no fuller form is kept as written ("Dick Harrow" on richard.harrow@); a person named in
both a native script and Latin letters is labelled in Latin letters, given name first ("王丽华 Wang
Lihua" -> "Lihua Wang"); a name written only in a native script is kept as written ("山田 太郎"); Latin
letters win over a fuller native-script display name ("Mr. R.K. Sharma" on a Devanagari attendee is
"R.K. Sharma"). A title written in two languages is labelled in the English form; a title written
only in another language is kept in it; a title written all in lower case (prose or a bullet) is
labelled in title case, one written with capitals is kept as written ("Servicetekniker,
højspænding"). People named without an address have email None; a person whose only address is a
role mailbox on the attendees (kueche@, mine.captain@) gets that address. "difficulty" is the
writer's guess.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ---------------------------------------------------------------------
    {
        "id": "x-greenhouse-ics-initials-pipe-rows-commas-principal-engineer",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Interview Confirmation: Bridge Engineer II, Transportation (Req 31-0457) – Alex Morgan",
        "start": "2031-09-11T09:00",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Courtney Vail", "courtney.vail@hdeng.com"),
        "attendees": [
            ME,
            P("A. Chatterjee", "achatterjee@hdeng.com"),
            P("J.P. Okafor", "jpokafor@hdeng.com"),
            P("Wen-Li Huang", "wenli.huang@hdeng.com"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for taking the time to interview with Halvorsen Dunmore Engineers! Below is your itinerary "
            "for Thursday at our Portland office (1120 SW Morrison St, 6th floor).\n\n"
            "Time (PT) | Interviewer | Title | Focus\n"
            "9:00 – 9:45 | A. Chatterjee | Director, Structural Engineering, Pacific Northwest | Hiring Manager\n"
            "9:45 – 10:30 | J.P. Okafor, P.E., S.E. | Principal Engineer, Bridges, Seismic Retrofit | Technical deep dive (load rating)\n"
            "10:30 – 11:00 | Wen-Li Huang | Bridge Engineer III, Transportation | Peer conversation and office tour\n\n"
            "Your recruiter, Mateo Quinn (mateo.quinn@hdeng.com), will call you afterwards to hear how it went. Please bring a "
            "sample calc package if you can share one.\n\n"
            "Best,\nCourtney Vail\nRecruiting Coordinator | Halvorsen Dunmore Engineers, Inc."
        ),
        "location": "Halvorsen Dunmore Engineers, 1120 SW Morrison St, 6th floor, Portland, OR",
        "expect": {
            "interviewers": [
                (
                    "A. Chatterjee",
                    "achatterjee@hdeng.com",
                    "Director, Structural Engineering, Pacific Northwest",
                    "decision_maker",
                    True,
                ),
                (
                    "J.P. Okafor",
                    "jpokafor@hdeng.com",
                    "Principal Engineer, Bridges, Seismic Retrofit",
                    "peer",
                ),
                (
                    "Wen-Li Huang",
                    "wenli.huang@hdeng.com",
                    "Bridge Engineer III, Transportation",
                    "peer",
                ),
            ],
            "recruiter": ("Mateo Quinn", "mateo.quinn@hdeng.com"),
            "company": "Halvorsen Dunmore Engineers",
            "position": "Bridge Engineer II, Transportation",
        },
    },
    {
        "id": "x-human-ics-ferry-dick-on-richard-address-chief-engineer-master",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview – Second Engineer (MV Kittiwake) – Tern Line Ferries",
        "start": "2031-09-12T10:00",
        "minutes": 75,
        "tz": "Europe/London",
        "organizer": P("Shona MacRae", "shona.macrae@ternline.co.uk"),
        "attendees": [
            ME,
            P(None, "richard.harrow@ternline.co.uk"),
            P("Agnes Moyo", "a.moyo@ternline.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nFurther to your application for the Second Engineer vacancy on MV Kittiwake (Oban – Barra route, two "
            "weeks on / two weeks off), I'm pleased to invite you to interview on board while she is alongside at Oban.\n\n"
            "You'll be interviewed by Dick Harrow, the Kittiwake's Chief Engineer. He would be your chief and has the final "
            "say on his engine-room team. Captain Agnes Moyo, Master, will join for the second half.\n\n"
            "Please bring your CoC, discharge book and STCW certificates. Report to the gangway at 09:45; she sails at 13:30, "
            "so we will be finished well before.\n\n"
            "Kind regards,\nShona MacRae\nCrewing Officer\nTern Line Ferries Ltd\nRailway Pier, Oban PA34 4LW"
        ),
        "location": "MV Kittiwake, Railway Pier, Oban",
        "expect": {
            "interviewers": [
                (
                    "Dick Harrow",
                    "richard.harrow@ternline.co.uk",
                    "Chief Engineer",
                    "decision_maker",
                    True,
                ),
                ("Agnes Moyo", "a.moyo@ternline.co.uk", "Master", "decision_maker"),
            ],
            "recruiter": ("Shona MacRae", "shona.macrae@ternline.co.uk"),
            "company": "Tern Line Ferries",
            "position": "Second Engineer",
        },
    },
    {
        "id": "x-workday-ics-rail-surname-comma-department-driver-manager",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Workday Calendar//EN",
        "title": "Interview Scheduled: Trainee Train Driver - Leeds Neville Hill (JR-77120)",
        "start": "2031-09-15T13:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P(None, "pennineexpress@myworkday.com"),
        "attendees": [
            ME,
            P(
                "Oduya-Marsh, Bernadette (Driver Management - Leeds)",
                "bernadette.oduya-marsh@pennineexpress.co.uk",
            ),
            P(
                "Szymański, Krzysztof (Traincrew - Leeds)",
                "krzysztof.szymanski@pennineexpress.co.uk",
            ),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\n"
            "Job Requisition: JR-77120 Trainee Train Driver - Leeds Neville Hill (Fixed Term Training Contract)\n"
            "Interview Type: Stage 3 - Managers' Interview\nLocation: Neville Hill Depot, Training Centre, Room 2\n\n"
            "Interviewer: Oduya-Marsh, Bernadette\nBusiness Title: Driver Manager, Leeds\nRole on Panel: Hiring Manager\n\n"
            "Interviewer: Szymański, Krzysztof\nBusiness Title: Train Driver (Driver Instructor)\nRole on Panel: Interviewer\n\n"
            "Recruiter: Hollie Ashdown (hollie.ashdown@pennineexpress.co.uk)\n\n"
            "Please bring your passport or driving licence and the printed confirmation of your SPAD-awareness module."
        ),
        "location": "Neville Hill Depot, Training Centre, Room 2, Leeds",
        "expect": {
            "interviewers": [
                (
                    "Bernadette Oduya-Marsh",
                    "bernadette.oduya-marsh@pennineexpress.co.uk",
                    "Driver Manager, Leeds",
                    "decision_maker",
                    True,
                ),
                (
                    "Krzysztof Szymański",
                    "krzysztof.szymanski@pennineexpress.co.uk",
                    "Train Driver (Driver Instructor)",
                    "peer",
                ),
            ],
            "recruiter": ("Hollie Ashdown", "hollie.ashdown@pennineexpress.co.uk"),
            "company": "Pennine Express",
            "position": "Trainee Train Driver",
        },
    },
    {
        "id": "x-personio-ics-german-initials-in-text-full-name-attendee-einstellende",
        "format": "ics",
        "style": "personio",
        "difficulty": "hard",
        "prodid": "-//Personio GmbH//Personio//DE",
        "title": "Vorstellungsgespräch: Lebensmitteltechnologe (m/w/d) – Confiserie Hallwang",
        "start": "2031-09-16T09:30",
        "minutes": 75,
        "tz": "Europe/Berlin",
        "organizer": P("Personalabteilung Confiserie Hallwang", "bewerbung@confiserie-hallwang.de"),
        "attendees": [
            ME,
            P("Marie-Luise Brandstätter", "m.brandstaetter@confiserie-hallwang.de"),
            P("Kerem Yıldız", "k.yildiz@confiserie-hallwang.de"),
        ],
        "description": (
            "Guten Tag Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Lebensmitteltechnologe (m/w/d) in unserer "
            "Qualitätssicherung. Gerne laden wir Sie zu einem persönlichen Gespräch in unser Werk in Lindau ein.\n\n"
            "Ihre Gesprächspartner:\n"
            "– Dr. M.-L. Brandstätter (Leitung Qualitätssicherung, einstellende Führungskraft)\n"
            "– Hr. K. Yıldız (QS-Laborant, Schokoladenlabor)\n\n"
            "Ablauf: Gespräch (ca. 45 Min.), anschließend Rundgang durch Conchierung und Labor. Bitte tragen Sie keinen "
            "Schmuck (Hygienevorschriften).\n\n"
            "Mit freundlichen Grüßen\nIhr Personal-Team\nConfiserie Hallwang GmbH\nAeschacher Ufer 9, 88131 Lindau\n\n"
            "Gesendet über Personio"
        ),
        "location": "Confiserie Hallwang, Aeschacher Ufer 9, 88131 Lindau",
        "expect": {
            "interviewers": [
                (
                    "Marie-Luise Brandstätter",
                    "m.brandstaetter@confiserie-hallwang.de",
                    "Leitung Qualitätssicherung",
                    "decision_maker",
                    True,
                ),
                (
                    "Kerem Yıldız",
                    "k.yildiz@confiserie-hallwang.de",
                    "QS-Laborant, Schokoladenlabor",
                    "peer",
                ),
            ],
            "recruiter": (None, "bewerbung@confiserie-hallwang.de"),
            "company": "Confiserie Hallwang",
            "position": "Lebensmitteltechnologe",
        },
    },
    {
        "id": "x-human-ics-film-director-of-photography-picks-her-camera-team",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Meet Ines re 1st AC / Focus Puller – THE SALT ROAD",
        "start": "2031-09-17T11:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Róisín Keating", "roisin@fallowdeerpictures.ie"),
        "attendees": [
            ME,
            P("Ines Halvorsen", "ines.halvorsen.dop@gmail.com"),
            P("Jonah Byrne", "jonahbyrne.ac@gmail.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for sending your CV through for THE SALT ROAD (feature, 32 shooting days in Connemara from 3 "
            "November). Ines would like to meet you for the 1st AC / focus puller job.\n\n"
            "Who you'll meet:\n"
            "Ines Halvorsen – Director of Photography. Ines picks her own camera team, so this is her call.\n"
            "Jonah Byrne – 2nd AC, already attached\n\n"
            "We'll meet at the rental house (Cinelux, Unit 4, Ballymount) so you can go through the camera package (Alexa 35, "
            "Cooke S4s) hands-on. Rate is as per the Screen Guild agreement.\n\n"
            "Thanks,\nRóisín Keating\nProduction Coordinator\nFallow Deer Pictures"
        ),
        "location": "Cinelux, Unit 4, Ballymount, Dublin 12",
        "expect": {
            "interviewers": [
                (
                    "Ines Halvorsen",
                    "ines.halvorsen.dop@gmail.com",
                    "Director of Photography",
                    "decision_maker",
                    True,
                ),
                ("Jonah Byrne", "jonahbyrne.ac@gmail.com", "2nd AC", "peer"),
            ],
            "recruiter": ("Róisín Keating", "roisin@fallowdeerpictures.ie"),
            "company": "Fallow Deer Pictures",
            "position": "1st AC / Focus Puller",
        },
    },
    {
        "id": "x-calendly-ics-spanish-chuy-quoted-nickname-surname-only-address",
        "format": "ics",
        "style": "calendly",
        "difficulty": "hard",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Plática de 30 minutos between Chuy Ramírez and Alex Morgan",
        "start": "2031-09-18T17:00",
        "minutes": 30,
        "tz": "America/Mexico_City",
        "organizer": P("Chuy Ramírez", "ramirez@tallerramirez.mx"),
        "attendees": [ME, P("Chuy Ramírez", "ramirez@tallerramirez.mx")],
        "description": (
            "Event Name: Plática de 30 minutos\n\n"
            "¡Hola! Soy Chuy, del Taller Ramírez en Tlaquepaque. Estamos buscando un aprendiz de carpintería para el taller de "
            "muebles; yo soy quien contrata y quien te enseñaría el oficio. Platicamos media hora por videollamada y, si hay "
            "química, te invito a pasar un día en el taller.\n\n"
            '—\nJesús "Chuy" Ramírez\nMaestro Carpintero y Fundador · Taller Ramírez\n\n'
            "Location: This is a Google Meet web conference.\nhttps://meet.google.com/tqr-mxho-wfz\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/5d0c7a21\n"
            "Reschedule: https://calendly.com/reschedulings/5d0c7a21\n\nPowered by Calendly.com"
        ),
        "location": "https://meet.google.com/tqr-mxho-wfz",
        "expect": {
            "interviewers": [
                (
                    "Jesús Ramírez",
                    "ramirez@tallerramirez.mx",
                    "Maestro Carpintero y Fundador",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Taller Ramírez",
            "position": "Aprendiz de Carpintería",
        },
    },
    {
        "id": "x-human-ics-agency-consultant-hospital-panel-initials-only-prose",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "HOLD: Interview – Specialty Doctor, Anaesthetics – Royal Severn Hospital",
        "start": "2031-09-19T14:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Femi Adeyinka", "femi.adeyinka@cadoganmedical.co.uk"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nGreat news: the anaesthetics department at Royal Severn Hospital would like to interview you for the "
            "Specialty Doctor post (Ref 315-SD-ANA-08, 10 PAs). The interview is on Teams; Royal Severn's medical staffing "
            "team will send the link the day before, this is just to hold the time in your diary.\n\n"
            "Your panel:\n"
            "• Dr R.K. Venkataraman, Clinical Lead for Anaesthetics (chair; the post reports to him)\n"
            "• Dr S. O'Dea, Consultant Anaesthetist\n"
            "• Mrs P. Greaves, Directorate Manager, Surgery & Critical Care\n\n"
            "Expect questions on your airway experience and an obstetric scenario. Give me a ring afterwards!\n\n"
            "Femi Adeyinka\nSenior Recruitment Consultant – Doctors\nCadogan Medical Staffing Ltd\n07700 900412"
        ),
        "location": "Microsoft Teams (link to follow from Royal Severn Hospital)",
        "expect": {
            "interviewers": [
                (
                    "R.K. Venkataraman",
                    None,
                    "Clinical Lead for Anaesthetics",
                    "decision_maker",
                    True,
                ),
                ("S. O'Dea", None, "Consultant Anaesthetist", "peer"),
                (
                    "P. Greaves",
                    None,
                    "Directorate Manager, Surgery & Critical Care",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Femi Adeyinka", "femi.adeyinka@cadoganmedical.co.uk"),
            "company": "Royal Severn Hospital",
            "position": "Specialty Doctor, Anaesthetics",
        },
    },
    {
        "id": "x-lever-ics-chinese-two-scripts-yongren-jingli-tea",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Interview//EN",
        "title": "Alex Morgan – Interview – Tea Sourcing Specialist (Yunnan) – Cloudmist Tea",
        "start": "2031-09-22T14:00",
        "minutes": 90,
        "tz": "Asia/Shanghai",
        "organizer": P("Vivian Zhou 周薇", "vivian.zhou@cloudmisttea.com"),
        "attendees": [
            ME,
            P("Lihua Wang", "lihua.wang@cloudmisttea.com"),
            P("陈卓", "zhuo.chen@cloudmisttea.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks again for your interest in Cloudmist Tea 云雾茶业! Here is your interview schedule (Beijing "
            "time):\n\n"
            "14:00 – 14:45  王丽华 Wang Lihua — 采购总监 Sourcing Director · 用人经理 (hiring manager)\n"
            "14:45 – 15:30  陈卓 Chen Zhuo — 高级评茶员 Senior Tea Taster · cupping exercise (we will post you three samples "
            "this week)\n\n"
            "The conversation will be in English and Mandarin. Please keep your camera on for the cupping.\n\n"
            "Best,\nVivian Zhou 周薇\nTalent Acquisition, Cloudmist Tea\n云雾茶业（昆明）有限公司\n\nSent via Lever"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Lihua Wang",
                    "lihua.wang@cloudmisttea.com",
                    "Sourcing Director",
                    "decision_maker",
                    True,
                ),
                ("Zhuo Chen", "zhuo.chen@cloudmisttea.com", "Senior Tea Taster", "peer"),
            ],
            "recruiter": ("Vivian Zhou", "vivian.zhou@cloudmisttea.com"),
            "company": "Cloudmist Tea",
            "position": "Tea Sourcing Specialist",
        },
    },
    {
        "id": "x-goodtime-ics-tom-on-tomas-address-principal-engineer-peer-hiring-mgr",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "medium",
        "prodid": "-//GoodTime//Interview Scheduling//EN",
        "title": "Onsite Interview: Senior Software Engineer (L5), Payments – Lisbon – Alex Morgan",
        "start": "2031-09-23T10:00",
        "minutes": 120,
        "tz": "Europe/Lisbon",
        "organizer": P("Inês Carvalho", "ines.carvalho@tesselapay.com"),
        "attendees": [
            ME,
            P("Tomás Ferreira", "tomas.ferreira@tesselapay.com"),
            P("Aoife Brennan", "aoife.brennan@tesselapay.com"),
            P("Ngozi Okafor-Lindqvist", "ngozi.okafor@tesselapay.com"),
            P("LIS-4-Alfama (6)", "lis-4-alfama@resource.tesselapay.com", room=True),
        ],
        "description": (
            "Hi Alex,\n\nYour onsite with Tessela Pay is confirmed. Schedule (Lisbon time):\n\n"
            "10:00 – 10:45  Tom Ferreira <tomas.ferreira@tesselapay.com> - Principal Engineer, Payments Platform - System design\n"
            "10:45 – 11:30  Aoife Brennan <aoife.brennan@tesselapay.com> - Engineering Manager, Payments - Hiring Mgr\n"
            "11:30 – 12:00  Ngozi Okafor-Lindqvist <ngozi.okafor@tesselapay.com> - Principal Product Manager, Acquiring - "
            "Product sense\n\n"
            "Please bring ID for reception at Rua da Prata 80 and ask for the 4th floor.\n\n"
            "Inês Carvalho\nRecruiting Coordinator, Tessela Pay\n\nPowered by GoodTime"
        ),
        "location": "Tessela Pay, Rua da Prata 80, 4th floor, Lisbon",
        "expect": {
            "interviewers": [
                (
                    "Tomás Ferreira",
                    "tomas.ferreira@tesselapay.com",
                    "Principal Engineer, Payments Platform",
                    "peer",
                ),
                (
                    "Aoife Brennan",
                    "aoife.brennan@tesselapay.com",
                    "Engineering Manager, Payments",
                    "decision_maker",
                    True,
                ),
                (
                    "Ngozi Okafor-Lindqvist",
                    "ngozi.okafor@tesselapay.com",
                    "Principal Product Manager, Acquiring",
                    "peer",
                ),
            ],
            "recruiter": ("Inês Carvalho", "ines.carvalho@tesselapay.com"),
            "company": "Tessela Pay",
            "position": "Senior Software Engineer, Payments",
        },
    },
    {
        "id": "x-smartrecruiters-ics-executive-pastry-chef-no-mark-executive-assistant-coordinates",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Interview – Chef de Partie, Pastry – The Marlowe, Edinburgh (Ref 2031-PA-118)",
        "start": "2031-09-24T14:30",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Catriona Dunbar", "catriona.dunbar@themarlowe.co.uk"),
        "attendees": [
            ME,
            P("Lucien Fabre", "lucien.fabre@themarlowe.co.uk"),
            P("Morag Lennox", "morag.lennox@themarlowe.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying to The Marlowe. Chef Lucien and Chef Morag would like to meet you for a "
            "practical and a conversation in the pastry kitchen.\n\n"
            "• Lucien Fabre – Executive Pastry Chef\n"
            "• Morag Lennox – Executive Chef\n\n"
            "Please bring your knives and whites; we will ask you to plate one dessert of your choice (ingredients provided, "
            "please send your list by Monday).\n\n"
            "Kind regards,\nCatriona Dunbar\nExecutive Assistant to the General Manager\nThe Marlowe · 14 Heriot Row, Edinburgh\n\n"
            "Sent via SmartRecruiters"
        ),
        "location": "The Marlowe, 14 Heriot Row, Edinburgh (staff entrance on Heriot Lane)",
        "expect": {
            "interviewers": [
                (
                    "Lucien Fabre",
                    "lucien.fabre@themarlowe.co.uk",
                    "Executive Pastry Chef",
                    "decision_maker",
                ),
                (
                    "Morag Lennox",
                    "morag.lennox@themarlowe.co.uk",
                    "Executive Chef",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Catriona Dunbar", "catriona.dunbar@themarlowe.co.uk"),
            "company": "The Marlowe",
            "position": "Chef de Partie, Pastry",
        },
    },
    {
        "id": "x-bamboohr-ics-funeral-director-line-manager-vs-funeral-director-colleague",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "hard",
        "prodid": "-//BambooHR//BambooHR Calendar//EN",
        "title": "Interview: Funeral Arranger (Full-time) – W. Pryce & Daughters",
        "start": "2031-09-25T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Gwen Pryce", "gwen@prycefunerals.co.uk"),
        "attendees": [ME, P("Tomos Rhys-Evans", "tomos@prycefunerals.co.uk")],
        "description": (
            "Dear Alex,\n\nThank you for your application for the Funeral Arranger position. I would like to invite you to an "
            "interview at our Llandeilo branch.\n\n"
            "You'll meet me (I'm the funeral director at Llandeilo and would be your line manager) and Tomos Rhys-Evans, one of "
            "our funeral directors at the Carmarthen branch, who has trained most of our arrangers.\n\n"
            "Please come to the side entrance on Bridge Street; the main door is kept for families.\n\n"
            "Diolch,\nGwen Pryce\nFuneral Director, Llandeilo\nW. Pryce & Daughters Funeral Directors\n\n"
            "This event was scheduled using BambooHR."
        ),
        "location": "W. Pryce & Daughters, Bridge Street, Llandeilo (side entrance)",
        "expect": {
            "interviewers": [
                (
                    "Gwen Pryce",
                    "gwen@prycefunerals.co.uk",
                    "Funeral Director, Llandeilo",
                    "decision_maker",
                    True,
                ),
                ("Tomos Rhys-Evans", "tomos@prycefunerals.co.uk", "Funeral Director", "peer"),
            ],
            "recruiter": None,
            "company": "W. Pryce & Daughters",
            "position": "Funeral Arranger",
        },
    },
    {
        "id": "x-jazzhr-ics-tab-rows-surname-initial-master-distiller",
        "format": "ics",
        "style": "jazzhr",
        "difficulty": "hard",
        "prodid": "-//JazzHR//Interview Scheduler//EN",
        "title": "Interview – Distillery Operator (Nights) – Glen Corran Distillery",
        "start": "2031-09-26T10:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Fiona Gillies", "fiona.gillies@glencorran.com"),
        "attendees": [
            ME,
            P("Rhona Baird", "rhona.baird@glencorran.com"),
            P("Eoghan MacAteer", "eoghan.macateer@glencorran.com"),
            P("Duncan Shaw", "dshaw@glencorran.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying to Glen Corran. Your interview and distillery walk-round are below.\n\n"
            "Time\tInterviewer\tRole\n"
            "10:00\tBaird, R.\tMaster Distiller (hiring manager)\n"
            "10:40\tMacAteer, E.\tStillman, Nights\n"
            "11:10\tShaw, D.\tHead of Warehousing, Casks & Spirit Quality\n\n"
            "Please wear flat closed shoes. No phones in the stillhouse.\n\n"
            "Fiona Gillies\nHR Manager, Glen Corran Distillery Ltd\n\nSent with JazzHR"
        ),
        "location": "Glen Corran Distillery, Visitor Centre reception, Port Corran, Isle of Islay",
        "expect": {
            "interviewers": [
                (
                    "Rhona Baird",
                    "rhona.baird@glencorran.com",
                    "Master Distiller",
                    "decision_maker",
                    True,
                ),
                ("Eoghan MacAteer", "eoghan.macateer@glencorran.com", "Stillman, Nights", "peer"),
                (
                    "Duncan Shaw",
                    "dshaw@glencorran.com",
                    "Head of Warehousing, Casks & Spirit Quality",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Fiona Gillies", "fiona.gillies@glencorran.com"),
            "company": "Glen Corran Distillery",
            "position": "Distillery Operator",
        },
    },
    {
        "id": "x-human-ics-japanese-native-script-only-toji-shacho",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "【面接のご案内】蔵人（季節雇用）｜宮坂酒造",
        "start": "2031-10-02T10:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("小林 真由美", "m.kobayashi@miyasaka-shuzo.jp"),
        "attendees": [
            ME,
            P("山田 太郎", "taro.yamada@miyasaka-shuzo.jp"),
            P("宮坂 恵子", "keiko@miyasaka-shuzo.jp", optional=True),
        ],
        "description": (
            "Alex Morgan 様\n\nこの度は宮坂酒造の蔵人（季節雇用・10月〜3月）募集にご応募いただき、誠にありがとうございます。"
            "下記の通り面接を行います。\n\n"
            "日時：10月2日（木）10:00〜11:00\n場所：宮坂酒造 本蔵 事務所（長野県諏訪市）\n\n"
            "面接担当：\n"
            "・山田 太郎（杜氏）— 配属後の直属の上長となります\n"
            "・宮坂 恵子（代表取締役社長）— 最後の15分のみ同席\n\n"
            "当日は蔵見学もございますので、動きやすい服装でお越しください。麹への影響があるため、前日から納豆はお控えください。\n\n"
            "宮坂酒造株式会社\n総務部 小林 真由美\nTEL 0266-55-0182"
        ),
        "location": "宮坂酒造 本蔵 事務所（長野県諏訪市）",
        "expect": {
            "interviewers": [
                ("山田 太郎", "taro.yamada@miyasaka-shuzo.jp", "杜氏", "decision_maker", True),
                ("宮坂 恵子", "keiko@miyasaka-shuzo.jp", "代表取締役社長", "executive"),
            ],
            "recruiter": ("小林 真由美", "m.kobayashi@miyasaka-shuzo.jp"),
            "company": "宮坂酒造",
            "position": "蔵人",
        },
    },
    {
        "id": "x-teamtailor-ics-norwegian-naermeste-leder-surname-only-address",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "hard",
        "prodid": "-//Teamtailor//Teamtailor Calendar//EN",
        "title": "Intervju: Røkter – lokalitet Frøya (fast stilling 100 %)",
        "start": "2031-10-03T09:00",
        "minutes": 45,
        "tz": "Europe/Oslo",
        "organizer": P("Ingrid Solberg", "ingrid.solberg@haugehavbruk.no"),
        "attendees": [
            ME,
            P("Bjørn-Inge Sæther", "bjorn-inge.saether@haugehavbruk.no"),
            P(None, "hauge@haugehavbruk.no"),
        ],
        "description": (
            "Hei Alex,\n\nTakk for søknaden din til Hauge Havbruk! Vi vil gjerne invitere deg til intervju på Teams.\n\n"
            "Fra oss møter:\n"
            "• Bjørn-Inge Sæther – driftsleder Frøya (blir din nærmeste leder)\n"
            "• Kari Hauge – daglig leder, blir med de siste 15 minuttene\n\n"
            "Vi snakker om arbeidstid (7/7-turnus), båtførerbevis og fiskevelferd.\n\n"
            "Med vennlig hilsen\nIngrid Solberg\nHR-rådgiver, Hauge Havbruk AS\n\nSendt med Teamtailor"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Bjørn-Inge Sæther",
                    "bjorn-inge.saether@haugehavbruk.no",
                    "Driftsleder Frøya",
                    "decision_maker",
                    True,
                ),
                ("Kari Hauge", "hauge@haugehavbruk.no", "Daglig Leder", "executive"),
            ],
            "recruiter": ("Ingrid Solberg", "ingrid.solberg@haugehavbruk.no"),
            "company": "Hauge Havbruk",
            "position": "Røkter",
        },
    },
    {
        "id": "x-workable-ics-zoo-prose-only-titles-in-square-brackets",
        "format": "ics",
        "style": "workable",
        "difficulty": "medium",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Interview: Zookeeper, Carnivore Section (12-month fixed term) – Harrowmere Zoo",
        "start": "2031-10-06T08:30",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Harrowmere Zoo Recruitment", "harrowmere-zoo@jobs.workablemail.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nThanks for applying to join the carnivore team at Harrowmere Zoo. We'd like to invite you to an "
            "interview followed by a working-interview hour at the big cat house.\n\n"
            "You'll be meeting:\n"
            "- Sunniva Tveit [Head Keeper, Carnivores] – you'd report to Sunniva\n"
            "- Dr. Kwabena Asante-Owusu [Curator of Mammals]\n"
            "- Priti Raval [Senior Keeper, Big Cats]\n\n"
            "Please wear sturdy boots and clothes you don't mind getting dirty, and no perfume or aftershave (the tigers "
            "notice).\n\n"
            "Best wishes,\nLydia Okonedo\nPeople Advisor (Recruitment)\nHarrowmere Zoo · lydia.okonedo@harrowmerezoo.org.uk\n\n"
            "Sent via Workable"
        ),
        "location": "Harrowmere Zoo, staff gate B, Harrowmere Lane",
        "expect": {
            "interviewers": [
                ("Sunniva Tveit", None, "Head Keeper, Carnivores", "decision_maker", True),
                ("Kwabena Asante-Owusu", None, "Curator of Mammals", "decision_maker"),
                ("Priti Raval", None, "Senior Keeper, Big Cats", "peer"),
            ],
            "recruiter": ("Lydia Okonedo", "lydia.okonedo@harrowmerezoo.org.uk"),
            "company": "Harrowmere Zoo",
            "position": "Zookeeper, Carnivore Section",
        },
    },
    # --- .ics: near-misses --------------------------------------------------------------------
    {
        "id": "x-ics-non-user-on-panel-surname-comma-initial-candidate",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview: Chatterjee, A. – Sous Chef, Events Kitchen – Panel 2 (Alex M. / Grace H.)",
        "start": "2031-09-12T15:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Hollis, Dana (Talent Acquisition)", "dana.hollis@initech.com"),
        "attendees": [
            ME_WORK,
            P("Holm, Grace (Events Kitchen)", "grace.holm@initech.com"),
            P("A. Chatterjee", "a.chatterjee.chef@gmail.com"),
        ],
        "description": (
            "Hi Alex, Grace,\n\nYou're the second panel for A. Chatterjee (Sous Chef, Events Kitchen). Grace is the hiring manager "
            "and will lead; Alex, please take the food-safety and allergen questions from the interview kit. Scorecards in "
            "Greenhouse within 24 hours please, before Friday's debrief.\n\n"
            "Candidate CV and kit: https://initech.greenhouse.io/interviews/88412\n\n"
            "Dana Hollis\nTalent Acquisition Partner, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "x-ics-non-podcast-recording-director-of-photography-guest",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//macOS 15.4//EN",
        "title": "Recording: Frame by Frame ep. 12 – interview with J.P. Okafor (Director of Photography)",
        "start": "2031-09-20T18:30",
        "minutes": 75,
        "tz": "America/New_York",
        "organizer": ME,
        "attendees": [ME, P("J.P. Okafor", "jp@okaforcinematography.com")],
        "description": (
            "Hi J.P.,\n\nThanks for agreeing to come on Frame by Frame! Plan for the recording:\n"
            "- 5 min sound check\n- ~50 min interview: your start as a camera trainee, lighting night exteriors on a budget, "
            "how you hire and build a camera team\n- 10 min listener questions\n\n"
            "Riverside link below; headphones please. I'll send the edit for approval before it goes out.\n\n"
            "Alex\nHost, Frame by Frame\nhttps://riverside.fm/studio/frame-by-frame"
        ),
        "location": "https://riverside.fm/studio/frame-by-frame",
        "expect": None,
    },
    {
        "id": "x-ics-non-german-jahresgespraech-fuehrungskraft-initials",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Jahresgespräch 2031 – A. Morgan / K. Brenner",
        "start": "2031-10-08T14:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Brenner, Katrin (IT-Betrieb)", "katrin.brenner@initech.com"),
        "attendees": [ME_WORK, P("Brenner, Katrin (IT-Betrieb)", "katrin.brenner@initech.com")],
        "description": (
            "Hallo Alex,\n\nwie besprochen unser Jahresgespräch (Mitarbeitergespräch) für 2031. Bitte bring den ausgefüllten "
            "Vorbereitungsbogen mit: Rückblick auf die Ziele, Weiterbildungswünsche, Feedback an mich als Führungskraft. "
            "Gehaltsthemen besprechen wir getrennt im Dezember.\n\n"
            "Viele Grüße\nKatrin\n\nKatrin Brenner\nTeamleiterin IT-Betrieb, Initech GmbH"
        ),
        "location": "Besprechungsraum Spree, 3. OG",
        "expect": None,
    },
    {
        "id": "x-ics-non-headhunter-search-kickoff-user-is-hiring-manager",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Search kick-off: Executive Chef – Initech Events Kitchen (Harcourt Search)",
        "start": "2031-09-29T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Imogen Harcourt", "imogen@harcourtsearch.co.uk"),
        "attendees": [
            ME_WORK,
            P("Imogen Harcourt", "imogen@harcourtsearch.co.uk"),
            P("Dana Hollis", "dana.hollis@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nLooking forward to starting the Executive Chef search with you. As hiring manager you'll own the final "
            "decision, so in this session I'd like to agree the brief: scope (three kitchens, 40 covers to 600-guest events), "
            "the package, must-haves vs nice-to-haves, and your interview stages. I'll bring a first market map of 25 names and "
            "we'll agree who to approach. Dana from your TA team will join for the process part.\n\n"
            "Imogen Harcourt\nPartner & Headhunter, Harcourt Search (Hospitality)" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "x-ics-non-japanese-press-interview-shuzai-jinji-bucho",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "【取材】日刊ものづくり新聞 – 2032年度 採用計画について（人事部長インタビュー）",
        "start": "2031-10-09T15:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("佐藤 彩", "aya.sato@initech.com"),
        "attendees": [
            ME_WORK,
            P("中村 健一", "kenichi.nakamura@initech.com"),
            P("高橋 陽介", "y.takahashi@monozukuri-shimbun.jp"),
        ],
        "description": (
            "関係者各位\n\n日刊ものづくり新聞の高橋記者より、2032年度の新卒・中途採用計画について取材のご依頼をいただきました。"
            "人事部長の中村さんがインタビューに対応します。Alexさんは海外拠点の採用状況について補足をお願いします。\n\n"
            "想定質問と回答案は共有フォルダにあります。掲載前に原稿確認あり。\n\n広報部 佐藤 彩\nInitech Japan 株式会社"
            + TEAMS
        ),
        "expect": None,
    },
    # --- Google JSON: interviews --------------------------------------------------------------
    {
        "id": "x-ashby-google-liz-address-only-rafa-display-full-head-winemaker",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan <> Calder Ridge Wines — Onsite (Assistant Winemaker, 2032 Harvest)",
        "start": "2031-09-11T10:00",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Hannah Oduro", "hannah@calderridge.wine"),
        "attendees": [
            ME,
            P(None, "elizabeth.abernathy@calderridge.wine"),
            P("Rafael Quintero", "rafa@calderridge.wine"),
            P("Mei Lin Ong", "meilin@calderridge.wine"),
        ],
        "description": (
            "Hi Alex,\n\nHere's your day at the winery for the Assistant Winemaker role.\n\n"
            "10:00 – 10:45  Liz Abernathy — Head Winemaker (HM)\n"
            "10:45 – 11:30  Rafa Quintero — Vineyard Manager · block walk, bring boots\n"
            "11:30 – 12:00  Mei Lin Ong — Cellar Hand · barrel room and lab\n\n"
            "We're at 4410 Dry Creek Rd, Healdsburg; park by the crush pad, not the tasting room.\n\n"
            "Hannah Oduro\nPeople & Recruiting, Calder Ridge Wines\n\nScheduled with Ashby"
        ),
        "location": "Calder Ridge Wines, 4410 Dry Creek Rd, Healdsburg, CA",
        "expect": {
            "interviewers": [
                (
                    "Liz Abernathy",
                    "elizabeth.abernathy@calderridge.wine",
                    "Head Winemaker",
                    "decision_maker",
                    True,
                ),
                ("Rafael Quintero", "rafa@calderridge.wine", "Vineyard Manager", "decision_maker"),
                ("Mei Lin Ong", "meilin@calderridge.wine", "Cellar Hand", "peer"),
            ],
            "recruiter": ("Hannah Oduro", "hannah@calderridge.wine"),
            "company": "Calder Ridge Wines",
            "position": "Assistant Winemaker",
        },
    },
    {
        "id": "x-greenhouse-google-quebec-pipe-rows-french-titles-commas-surname-comma",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Entrevue – Patrouilleur·euse à ski (saison 2031-2032) – Station Mont-Orignal",
        "start": "2031-09-13T09:00",
        "minutes": 90,
        "tz": "America/Toronto",
        "organizer": P("Geneviève Ouellet", "genevieve.ouellet@montorignal.ca"),
        "attendees": [
            ME,
            P("Tremblay, Marie-Ève", "me.tremblay@montorignal.ca"),
            P("Gagnon-Roy, Félix", "felix.gagnonroy@montorignal.ca"),
            P("Bouchard, Luc", "lbouchard@montorignal.ca", optional=True),
        ],
        "description": (
            "Bonjour Alex,\n\nMerci de ton intérêt pour la patrouille de Mont-Orignal! Voici l'horaire de ton entrevue (heure "
            "de l'Est) :\n\n"
            "Heure | Intervieweur·euse | Titre | Rôle\n"
            "9 h 00 – 9 h 40 | Marie-Ève Tremblay | Cheffe patrouilleuse, Patrouille et secours, versant nord | gestionnaire d'embauche\n"
            "9 h 40 – 10 h 10 | Félix Gagnon-Roy | Patrouilleur senior, instructeur premiers soins | mise en situation\n"
            "10 h 10 – 10 h 30 | Luc Bouchard | Directeur général | mot de la fin\n\n"
            "Apporte tes certifications (premiers soins en région éloignée, RCR) et une pièce d'identité.\n\n"
            "Geneviève Ouellet\nConseillère en acquisition de talents, Station Mont-Orignal inc.\n\nEnvoyé via Greenhouse"
        ),
        "location": "Chalet de la patrouille, sommet, Station Mont-Orignal",
        "expect": {
            "interviewers": [
                (
                    "Marie-Ève Tremblay",
                    "me.tremblay@montorignal.ca",
                    "Cheffe patrouilleuse, Patrouille et secours, versant nord",
                    "decision_maker",
                    True,
                ),
                (
                    "Félix Gagnon-Roy",
                    "felix.gagnonroy@montorignal.ca",
                    "Patrouilleur senior, instructeur premiers soins",
                    "peer",
                ),
                ("Luc Bouchard", "lbouchard@montorignal.ca", "Directeur général", "executive"),
            ],
            "recruiter": ("Geneviève Ouellet", "genevieve.ouellet@montorignal.ca"),
            "company": "Station Mont-Orignal",
            "position": "Patrouilleur·euse à ski",
        },
    },
    {
        "id": "x-human-google-headhunter-head-chef-culinary-director-founder-prose",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Head Chef – Maison Bréval (Dublin 2) – meeting with Saoirse & Declan",
        "start": "2031-09-16T15:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Conall Whelan", "conall@whelanexec.ie"),
        "attendees": [
            ME,
            P("Conall Whelan", "conall@whelanexec.ie"),
            P(None, "saoirse.nibhriain@brevalgroup.ie"),
        ],
        "description": (
            "Hi Alex,\n\nAs promised, here's the first meeting with my client for the Head Chef role at Maison Bréval on Dawson "
            "Street. You'll meet Saoirse Ní Bhriain, Culinary Director for the Bréval group. The Head Chef reports into her, so "
            "she's the decision. Declan Fitzgibbon, who founded the group, will drop by for a coffee at the end.\n\n"
            "I won't be in the room, but call me straight after. Bring the menu you wrote at Lír and your food-cost numbers.\n\n"
            "Best,\nConall Whelan\nHeadhunter | Whelan Executive Search (Hospitality)\n+353 86 555 0142"
        ),
        "location": "Maison Bréval, 31 Dawson Street, Dublin 2",
        "expect": {
            "interviewers": [
                (
                    "Saoirse Ní Bhriain",
                    "saoirse.nibhriain@brevalgroup.ie",
                    "Culinary Director",
                    "decision_maker",
                    True,
                ),
                ("Declan Fitzgibbon", None, "Founder", "executive"),
            ],
            "recruiter": ("Conall Whelan", "conall@whelanexec.ie"),
            "company": "Maison Bréval",
            "position": "Head Chef",
        },
    },
    {
        "id": "x-gem-google-arabic-script-display-chief-pilot-line-captain",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Falaj Air – Final Interview – First Officer, A320 (Direct Entry) – Alex Morgan",
        "start": "2031-09-17T09:00",
        "minutes": 60,
        "tz": "Asia/Dubai",
        "organizer": P("Rania Khoury", "rania.khoury@falajair.ae"),
        "attendees": [
            ME,
            P("عمر الفارسي", "o.alfarsi@falajair.ae"),
            P("نورة المنصوري", "n.almansoori@falajair.ae"),
        ],
        "description": (
            "Dear Alex,\n\nCongratulations on passing the simulator assessment. Your final interview for First Officer, A320 is "
            "booked with:\n\n"
            "Capt. Omar Al-Farsi — Chief Pilot, A320 Fleet (hiring manager)\n"
            "Capt. Noura Al-Mansoori — Line Training Captain\n\n"
            "It covers technical knowledge, CRM scenarios and your flying history; please have your logbook to hand.\n\n"
            "Rania Khoury\nPilot Recruitment Partner, Falaj Air\n\nSent with Gem" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Omar Al-Farsi",
                    "o.alfarsi@falajair.ae",
                    "Chief Pilot, A320 Fleet",
                    "decision_maker",
                    True,
                ),
                ("Noura Al-Mansoori", "n.almansoori@falajair.ae", "Line Training Captain", "peer"),
            ],
            "recruiter": ("Rania Khoury", "rania.khoury@falajair.ae"),
            "company": "Falaj Air",
            "position": "First Officer, A320",
        },
    },
    {
        "id": "x-calendly-google-beto-surname-address-double-surname-jefe-directo",
        "format": "google",
        "style": "calendly",
        "difficulty": "hard",
        "title": "Conversación (30 min) between Beto Quispe and Alex Morgan",
        "start": "2031-09-18T11:00",
        "minutes": 30,
        "tz": "America/Lima",
        "organizer": P("Beto Quispe", "quispe@cafesdelvalle.pe"),
        "attendees": [ME, P("Beto Quispe", "quispe@cafesdelvalle.pe")],
        "description": (
            "Event Name: Conversación (30 min)\n\n"
            "Hola Alex, gracias por postular a la posición de Asistente de Control de Calidad en Cafés del Valle Sagrado. Vas a "
            "trabajar directamente conmigo en el laboratorio de catación (sería tu jefe directo), así que me gustaría conocerte "
            "antes de la prueba de catación presencial en Urubamba.\n\n"
            'Alberto "Beto" Quispe Huamán\nJefe de Calidad (Q Grader) · Cafés del Valle Sagrado S.A.C.\n\n'
            "Location: This is a Google Meet web conference.\nhttps://meet.google.com/cvs-qxpe-hbn\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/0b77e4c2\n"
            "Reschedule: https://calendly.com/reschedulings/0b77e4c2\n\nPowered by Calendly.com"
        ),
        "location": "https://meet.google.com/cvs-qxpe-hbn",
        "expect": {
            "interviewers": [
                (
                    "Alberto Quispe Huamán",
                    "quispe@cafesdelvalle.pe",
                    "Jefe de Calidad",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Cafés del Valle Sagrado",
            "position": "Asistente de Control de Calidad",
        },
    },
    {
        "id": "x-workday-google-german-labels-surname-comma-einstellende-betriebsleiterin",
        "format": "google",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview geplant: Seilbahnfachkraft (m/w/d) – Wintersaison 2031/32 (JR-4410)",
        "start": "2031-09-19T10:00",
        "minutes": 90,
        "tz": "Europe/Vienna",
        "organizer": P(None, "alpentalbahnen@myworkday.com"),
        "attendees": [
            ME,
            P("Nakashima-Berger, Yuki", "yuki.nakashima-berger@alpentalbahnen.at"),
            P("Hollaus, Sepp", "sepp.hollaus@alpentalbahnen.at"),
        ],
        "description": (
            "Interviewdetails\n\nKandidat: Alex Morgan\n"
            "Stellenausschreibung: JR-4410 Seilbahnfachkraft (m/w/d) – Wintersaison 2031/32, Alpental Bergbahnen, Sölden\n"
            "Interviewart: Persönliches Gespräch mit Anlagenbegehung\n\n"
            "Interviewer: Nakashima-Berger, Yuki\nGeschäftstitel: Betriebsleiterin Seilbahnen\n"
            "Rolle im Panel: Einstellende Führungskraft\n\n"
            "Interviewer: Hollaus, Sepp\nGeschäftstitel: Maschinist, Gipfelbahn\nRolle im Panel: Interviewer\n\n"
            "Recruiter: Theresa Gstrein (theresa.gstrein@alpentalbahnen.at)\n\n"
            "Treffpunkt: Talstation Gipfelbahn, Büro Betriebsleitung. Bitte festes Schuhwerk und warme Kleidung mitbringen."
        ),
        "location": "Talstation Gipfelbahn, Sölden",
        "expect": {
            "interviewers": [
                (
                    "Yuki Nakashima-Berger",
                    "yuki.nakashima-berger@alpentalbahnen.at",
                    "Betriebsleiterin Seilbahnen",
                    "decision_maker",
                    True,
                ),
                (
                    "Sepp Hollaus",
                    "sepp.hollaus@alpentalbahnen.at",
                    "Maschinist, Gipfelbahn",
                    "peer",
                ),
            ],
            "recruiter": ("Theresa Gstrein", "theresa.gstrein@alpentalbahnen.at"),
            "company": "Alpental Bergbahnen",
            "position": "Seilbahnfachkraft",
        },
    },
    {
        "id": "x-modernloop-google-initials-display-full-names-text-two-principals-peers",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Virtual Onsite – Staff Data Engineer, Grid Forecasting (Req 2207) – Voltaic",
        "start": "2031-09-22T13:00",
        "minutes": 165,
        "tz": "America/Los_Angeles",
        "organizer": P("Priscilla Mendes", "priscilla.mendes@voltaic.energy"),
        "attendees": [
            ME,
            P("D. Nakamura-Ellis", "dne@voltaic.energy"),
            P("S. Abiodun", "sabiodun@voltaic.energy"),
            P("Karolina Wąs", "karolina.was@voltaic.energy"),
            P("R. Adebanjo-Kim", "radebanjokim@voltaic.energy"),
        ],
        "description": (
            "Hi Alex,\n\nYour virtual onsite is confirmed. Agenda (PT):\n\n"
            "1:00 – 1:45 PM  Dana Nakamura-Ellis · Director of Engineering, Forecasting · Hiring manager\n"
            "1:45 – 2:30 PM  Seun Abiodun · Principal Engineer, Data Platform · data modeling\n"
            "2:30 – 3:15 PM  Karolina Wąs · Principal Product Designer, Operator Tools · collaboration\n"
            "3:15 – 3:45 PM  Ruth Adebanjo-Kim · Head of Data\n\n"
            "Your recruiter is Theo Marchetti (theo.marchetti@voltaic.energy); I'm coordinating the schedule.\n\n"
            "Priscilla Mendes\nRecruiting Coordinator, Voltaic\n\nScheduled with ModernLoop" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Dana Nakamura-Ellis",
                    "dne@voltaic.energy",
                    "Director of Engineering, Forecasting",
                    "decision_maker",
                    True,
                ),
                (
                    "Seun Abiodun",
                    "sabiodun@voltaic.energy",
                    "Principal Engineer, Data Platform",
                    "peer",
                ),
                (
                    "Karolina Wąs",
                    "karolina.was@voltaic.energy",
                    "Principal Product Designer, Operator Tools",
                    "peer",
                ),
                (
                    "Ruth Adebanjo-Kim",
                    "radebanjokim@voltaic.energy",
                    "Head of Data",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Theo Marchetti", "theo.marchetti@voltaic.energy"),
            "company": "Voltaic",
            "position": "Staff Data Engineer, Grid Forecasting",
        },
    },
    {
        "id": "x-human-google-ballet-cyrillic-display-latin-text-principal-dancer",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Répétiteur – conversation with Olena & Mykola (Halcyon Ballet)",
        "start": "2031-09-24T12:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Ольга Ковальчук", "olha.kovalchuk@halcyonballet.org"),
        "attendees": [
            ME,
            P("Олена Гнатюк", "olena.hnatiuk@halcyonballet.org"),
            P("Микола Бондар", "mykola.bondar@halcyonballet.org"),
        ],
        "description": (
            "Dear Alex,\n\nOlena and Mykola would like to meet you about the Répétiteur position for the 2032 season.\n\n"
            "— Olena Hnatiuk, Artistic Director. The répétiteurs report to her and she makes the appointment.\n"
            "— Mykola Bondar, Principal Dancer, who will be in the studio for the practical part (you'll coach him through a "
            "passage of Giselle, Act II).\n\n"
            "Studio 1, 3rd floor, stage door on Rupert Street. Please come in clothes you can demonstrate in.\n\n"
            "Warm regards,\nOlha Kovalchuk\nCompany Manager, Halcyon Ballet"
        ),
        "location": "Halcyon Ballet, Studio 1, stage door on Rupert Street, London",
        "expect": {
            "interviewers": [
                (
                    "Olena Hnatiuk",
                    "olena.hnatiuk@halcyonballet.org",
                    "Artistic Director",
                    "decision_maker",
                    True,
                ),
                ("Mykola Bondar", "mykola.bondar@halcyonballet.org", "Principal Dancer", "peer"),
            ],
            "recruiter": ("Olha Kovalchuk", "olha.kovalchuk@halcyonballet.org"),
            "company": "Halcyon Ballet",
            "position": "Répétiteur",
        },
    },
    {
        "id": "x-teamtailor-google-finnish-initials-text-lahiesimies",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Haastattelu: Puuseppä – Saunamaakari Oy, Jyväskylä",
        "start": "2031-09-25T09:00",
        "minutes": 75,
        "tz": "Europe/Helsinki",
        "organizer": P("Sanna Lehtinen", "sanna.lehtinen@saunamaakari.fi"),
        "attendees": [
            ME,
            P("Kaisa Mäkelä", "kaisa.makela@saunamaakari.fi"),
            P("Jari Heikkilä", "jari.heikkila@saunamaakari.fi"),
        ],
        "description": (
            "Hei Alex,\n\nKiitos hakemuksestasi Saunamaakarille! Kutsumme sinut haastatteluun verstaallemme Jyväskylään.\n\n"
            "Haastattelijat:\n"
            "• K. Mäkelä, työnjohtaja, saunaosasto (tuleva lähiesimiehesi)\n"
            "• J. Heikkilä, puuseppä\n\n"
            "Ota mukaan työkengät; teemme lyhyen työnäytteen (lauteiden höyläys ja liitos).\n\n"
            "Ystävällisin terveisin\nSanna Lehtinen\nHR-asiantuntija, Saunamaakari Oy\n\nLähetetty Teamtailorilla"
        ),
        "location": "Saunamaakari, Verstastie 4, Jyväskylä",
        "expect": {
            "interviewers": [
                (
                    "Kaisa Mäkelä",
                    "kaisa.makela@saunamaakari.fi",
                    "Työnjohtaja, Saunaosasto",
                    "decision_maker",
                    True,
                ),
                ("Jari Heikkilä", "jari.heikkila@saunamaakari.fi", "Puuseppä", "peer"),
            ],
            "recruiter": ("Sanna Lehtinen", "sanna.lehtinen@saunamaakari.fi"),
            "company": "Saunamaakari",
            "position": "Puuseppä",
        },
    },
    {
        "id": "x-lever-google-mexican-hospital-prose-only-jefa-directa-mailbox",
        "format": "google",
        "style": "lever",
        "difficulty": "medium",
        "title": "Entrevista – Enfermera/o General (turno nocturno) – Hospital San Rafael Querétaro",
        "start": "2031-09-26T08:00",
        "minutes": 60,
        "tz": "America/Mexico_City",
        "organizer": P("Reclutamiento Hospital San Rafael", "reclutamiento@hsanrafael.mx"),
        "attendees": [ME],
        "description": (
            "Hola Alex:\n\nGracias por tu interés en Hospital San Rafael. Te confirmamos tu entrevista presencial para la vacante "
            "de Enfermera/o General en el turno nocturno.\n\n"
            "Te entrevistarán:\n"
            "· Mtra. Itzel Cuautle Morales, jefa de enfermería del turno nocturno (sería tu jefa directa)\n"
            "· Lic. Enf. Rodrigo Baeza, enfermero de piso, Medicina Interna\n\n"
            "Presenta tu cédula profesional y una identificación oficial, y acude con uniforme clínico.\n\n"
            "Saludos,\nEquipo de Reclutamiento\nHospital San Rafael Querétaro\n\nEnviado con Lever"
        ),
        "location": "Hospital San Rafael, Av. Constituyentes 210, Querétaro (Recursos Humanos, planta baja)",
        "expect": {
            "interviewers": [
                (
                    "Itzel Cuautle Morales",
                    None,
                    "Jefa de Enfermería del Turno Nocturno",
                    "decision_maker",
                    True,
                ),
                ("Rodrigo Baeza", None, "Enfermero de Piso, Medicina Interna", "peer"),
            ],
            "recruiter": (None, "reclutamiento@hsanrafael.mx"),
            "company": "Hospital San Rafael",
            "position": "Enfermera/o General",
        },
    },
    {
        "id": "x-smartrecruiters-google-dutch-van-den-surname-comma-leidinggevende-voorman",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Sollicitatiegesprek – Teeltmedewerker Tomaten – Kwekerij De Zonnehoek (vacature 2031-088)",
        "start": "2031-09-29T13:30",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Yasmina El Amrani", "y.elamrani@zonnehoek.nl"),
        "attendees": [
            ME,
            P("Berg, Anouk van den", "a.vandenberg@zonnehoek.nl"),
            P("Dijk, Pieter-Jan van", "pj.vandijk@zonnehoek.nl"),
        ],
        "description": (
            "Beste Alex,\n\nBedankt voor je sollicitatie bij Kwekerij De Zonnehoek. Je bent van harte welkom voor een gesprek en "
            "een rondleiding door de kas in Honselersdijk.\n\n"
            "Je spreekt met:\n"
            "- Anouk van den Berg – teeltmanager tomaten (je leidinggevende)\n"
            "- Pieter-Jan van Dijk – voorman oogst, ploeg 2\n\n"
            "Neem stevige schoenen mee; in de kas is het warm.\n\n"
            "Met vriendelijke groet,\nYasmina El Amrani\nHR-adviseur, Kwekerij De Zonnehoek B.V.\n\nVerzonden via SmartRecruiters"
        ),
        "location": "Kwekerij De Zonnehoek, Middel Broekweg 12, Honselersdijk",
        "expect": {
            "interviewers": [
                (
                    "Anouk van den Berg",
                    "a.vandenberg@zonnehoek.nl",
                    "Teeltmanager Tomaten",
                    "decision_maker",
                    True,
                ),
                (
                    "Pieter-Jan van Dijk",
                    "pj.vandijk@zonnehoek.nl",
                    "Voorman Oogst, Ploeg 2",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Yasmina El Amrani", "y.elamrani@zonnehoek.nl"),
            "company": "Kwekerij De Zonnehoek",
            "position": "Teeltmedewerker Tomaten",
        },
    },
    {
        "id": "x-human-google-italian-luthier-initials-signature-full-name-attendee",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Colloquio – Apprendista liutaio – Bottega Ferraresi",
        "start": "2031-09-30T10:00",
        "minutes": 120,
        "tz": "Europe/Rome",
        "organizer": P("Giovanni Battista Ferraresi", "gb@bottegaferraresi.it"),
        "attendees": [
            ME,
            P("Giovanni Battista Ferraresi", "gb@bottegaferraresi.it"),
            P("Chiara Ferraresi", "chiara@bottegaferraresi.it"),
        ],
        "description": (
            "Gentile Alex,\n\nLa ringrazio per la candidatura come apprendista liutaio. Le propongo un colloquio in bottega, a "
            "Cremona, con una prova pratica di intaglio (una chiocciola in acero: legno e attrezzi li forniamo noi).\n\n"
            "Sarà presente anche mia figlia Chiara, restauratrice, che segue i restauri della bottega. Io sarei il suo "
            "responsabile diretto e maestro per i tre anni di apprendistato.\n\n"
            "Cordiali saluti,\nM° G.B. Ferraresi\nMaestro Liutaio\nBottega Ferraresi – Liuteria dal 1961\nVia Platina 14, Cremona"
        ),
        "location": "Bottega Ferraresi, Via Platina 14, Cremona",
        "expect": {
            "interviewers": [
                (
                    "Giovanni Battista Ferraresi",
                    "gb@bottegaferraresi.it",
                    "Maestro Liutaio",
                    "decision_maker",
                    True,
                ),
                ("Chiara Ferraresi", "chiara@bottegaferraresi.it", "Restauratrice", "peer"),
            ],
            "recruiter": None,
            "company": "Bottega Ferraresi",
            "position": "Apprendista liutaio",
        },
    },
    {
        "id": "x-bamboohr-google-star-legend-hangar-manager-head-of-quality",
        "format": "google",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview: B1 Licensed Aircraft Engineer, Line Maintenance – Shannon",
        "start": "2031-10-01T10:00",
        "minutes": 90,
        "tz": "Europe/Dublin",
        "organizer": P("Niamh Corcoran", "ncorcoran@atlanticaero.ie"),
        "attendees": [
            ME,
            P("Declan Moriarty", "dmoriarty@atlanticaero.ie"),
            P("Svetlana Petrova", "spetrova@atlanticaero.ie"),
            P("Kofi Mensah", "kmensah@atlanticaero.ie"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying! Your interview at our Shannon hangar is below.\n\n"
            "★ Declan Moriarty – Hangar Manager, Line Maintenance\n"
            "   Svetlana Petrova – Head of Quality, Part-145\n"
            "   Kofi Mensah – B1 Licensed Engineer, A330\n"
            "★ = hiring manager\n\n"
            "Please bring your EASA Part-66 licence and type-rating certificates, and photo ID for the airside pass.\n\n"
            "Niamh Corcoran\nHR Officer, Atlantic Aero Technics Ltd\n\nThis event was scheduled using BambooHR."
        ),
        "location": "Atlantic Aero Technics, Hangar 3, Shannon Airport",
        "expect": {
            "interviewers": [
                (
                    "Declan Moriarty",
                    "dmoriarty@atlanticaero.ie",
                    "Hangar Manager, Line Maintenance",
                    "decision_maker",
                    True,
                ),
                (
                    "Svetlana Petrova",
                    "spetrova@atlanticaero.ie",
                    "Head of Quality, Part-145",
                    "decision_maker",
                ),
                ("Kofi Mensah", "kmensah@atlanticaero.ie", "B1 Licensed Engineer, A330", "peer"),
            ],
            "recruiter": ("Niamh Corcoran", "ncorcoran@atlanticaero.ie"),
            "company": "Atlantic Aero Technics",
            "position": "B1 Licensed Aircraft Engineer, Line Maintenance",
        },
    },
    {
        "id": "x-icims-google-school-principal-vs-industry-principal-engineer-panelist",
        "format": "google",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview – CTE Engineering & Robotics Teacher, 2032-33 (Posting 4471) – Ridgeline High School",
        "start": "2031-10-02T15:45",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Human Resources - Certified Staffing", "hr-certified@pinecrestsd.org"),
        "attendees": [
            ME,
            P("Okonkwo, Adaeze", "aokonkwo@pinecrestsd.org"),
            P("Lindgren, Paul", "plindgren@pinecrestsd.org"),
            P("Marcus Tillery", "marcus.tillery@cascadiapower.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for your interest in Pinecrest School District. Your interview is scheduled as "
            "follows:\n\n"
            "Position: CTE Engineering & Robotics Teacher – Ridgeline High School\n"
            "Date: Thursday, October 2, 2031, 3:45 PM\nLocation: Ridgeline High School, Main Office Conference Room\n\n"
            "Interview Committee:\n"
            "Dr. Adaeze Okonkwo – Principal, Ridgeline High School (hiring administrator)\n"
            "Paul Lindgren – Engineering Teacher, CTE\n"
            "Marcus Tillery, P.E. – Principal Engineer, Cascadia Power (CTE industry advisory board)\n\n"
            "Please prepare a 10-minute lesson segment on gear ratios for a Grade 10 class.\n\n"
            "Certified Staffing\nHuman Resources\nPinecrest School District\n\nThis message was sent via iCIMS."
        ),
        "location": "Ridgeline High School, Main Office Conference Room",
        "expect": {
            "interviewers": [
                (
                    "Adaeze Okonkwo",
                    "aokonkwo@pinecrestsd.org",
                    "Principal",
                    "decision_maker",
                    True,
                ),
                ("Paul Lindgren", "plindgren@pinecrestsd.org", "Engineering Teacher, CTE", "peer"),
                (
                    "Marcus Tillery",
                    "marcus.tillery@cascadiapower.com",
                    "Principal Engineer",
                    "peer",
                ),
            ],
            "recruiter": (None, "hr-certified@pinecrestsd.org"),
            "company": "Ridgeline High School",
            "position": "CTE Engineering & Robotics Teacher",
        },
    },
    {
        "id": "x-human-google-sasha-display-signed-full-name-cofounder",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Sasha / Alex – pattern cutting chat",
        "start": "2031-10-03T16:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Sasha", "sasha@ateliernorden.com"),
        "attendees": [ME, P("Sasha", "sasha@ateliernorden.com")],
        "description": (
            "Hi Alex,\n\nSasha here. Thanks for sending your portfolio over; the tailored coat blocks are lovely. We're looking "
            "for a pattern cutter to join the studio in Hackney, working alongside me and our head of production on the next "
            "two collections, so let's talk properly. Half an hour on Meet?\n\n"
            "Speak soon,\n\nAleksandra Wiśniewska-Brandt\nCo-founder & Creative Director\nAtelier Norden"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Aleksandra Wiśniewska-Brandt",
                    "sasha@ateliernorden.com",
                    "Co-founder & Creative Director",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Atelier Norden",
            "position": "Pattern Cutter",
        },
    },
    # --- Google JSON: near-misses -------------------------------------------------------------
    {
        "id": "x-google-non-documentary-on-camera-interview-dop-crew",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "On-camera interview – NIGHT SHIFT documentary (Alex M.) – crew call 8:30",
        "start": "2031-09-14T09:00",
        "minutes": 180,
        "tz": "America/Chicago",
        "organizer": P("Maren Solheim", "maren@lowtidefilms.com"),
        "attendees": [
            ME,
            P("Ines Halvorsen", "ines.halvorsen.dop@gmail.com"),
            P("Tunde Bakare", "tunde@lowtidefilms.com"),
        ],
        "description": (
            "Hi Alex,\n\nThank you again for agreeing to be interviewed for NIGHT SHIFT, our documentary about people who work "
            "while the city sleeps. We'll film your sit-down interview at the depot, then some b-roll of your route.\n\n"
            "Crew: Maren Solheim (director/producer), Ines Halvorsen (Director of Photography), Tunde Bakare (sound).\n\n"
            "Please wear solid colours (no fine stripes), and bring your signed release form. You'll see the cut before "
            "anything is published.\n\nMaren Solheim\nDirector, Low Tide Films"
        ),
        "location": "Metro Transit North Depot, 1800 N Clark St, Chicago",
        "expect": None,
    },
    {
        "id": "x-google-non-mock-interview-coach-principal-engineer-loop",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Mock interview – Principal Engineer loop practice (system design + behavioural)",
        "start": "2031-09-21T18:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("J. Okafor-Reyes", "jo@interviewready.coach"),
        "attendees": [ME, P("J. Okafor-Reyes", "jo@interviewready.coach")],
        "description": (
            "Hi Alex,\n\nFor Thursday's practice session I'll play the hiring manager for the first 45 minutes (system design: "
            "a payments ledger), then a bar raiser for the behavioural half. I'll record it, and we'll go through my notes "
            "and a scoring sheet at the end. This is session 3 of your 5-session package.\n\n"
            "Jo Okafor-Reyes\nCareer Coach, InterviewReady" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "x-google-non-spanish-entrevista-de-salida-rrhh",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista de salida – Alex Morgan",
        "start": "2031-10-06T12:00",
        "minutes": 45,
        "tz": "Europe/Madrid",
        "organizer": P("Fernández Ruiz, Lucía (RR. HH.)", "lucia.fernandez@initech.com"),
        "attendees": [ME_WORK, P("Fernández Ruiz, Lucía (RR. HH.)", "lucia.fernandez@initech.com")],
        "description": (
            "Hola Alex:\n\nComo sabes, antes de tu último día (31 de octubre) hacemos una entrevista de salida con todas las "
            "personas que dejan Initech. Queremos conocer tu experiencia con tu responsable directo, el equipo y las "
            "condiciones, y qué podríamos mejorar. Es confidencial y no afecta a tu finiquito.\n\n"
            "Un saludo,\nLucía Fernández Ruiz\nHR Business Partner, Initech España" + MEET
        ),
        "expect": None,
    },
    {
        "id": "x-google-non-chinese-interviewer-training-yongren-jingli",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "面试官培训：结构化面试与用人经理职责（必修）",
        "start": "2031-10-09T14:00",
        "minutes": 120,
        "tz": "Asia/Shanghai",
        "organizer": P("刘芳 Fang Liu", "fang.liu@initech.com"),
        "attendees": [
            ME_WORK,
            P("张伟 Wei Zhang", "wei.zhang@initech.com"),
            P("刘芳 Fang Liu", "fang.liu@initech.com"),
        ],
        "description": (
            "各位用人经理、面试官：\n\n本次培训为2032年校园招聘前的必修课程，内容包括：\n"
            "1. 结构化面试题设计（STAR）\n2. 面试评分表与评估标准校准\n3. 用人经理在录用决策中的职责\n4. 合规问答（不可提问的问题）\n\n"
            "请提前完成线上预习模块。\n\n人力资源部 刘芳 Fang Liu\nInitech China" + MEET
        ),
        "expect": None,
    },
    {
        "id": "x-google-non-reference-call-referee-for-executive-housekeeper",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference call – Khun Ploy (Piyanuch S.) for Executive Housekeeper",
        "start": "2031-10-13T08:30",
        "minutes": 20,
        "tz": "Asia/Bangkok",
        "organizer": P("Warrick Dunn", "warrick.dunn@saltwaterresorts.com"),
        "attendees": [ME, P("Warrick Dunn", "warrick.dunn@saltwaterresorts.com")],
        "description": (
            "Hi Alex,\n\nPiyanuch Srisuk (Khun Ploy) has given your name as a referee for the Executive Housekeeper position at "
            "Saltwater Resort Krabi. Thanks for making time: I'll ask about your time working together at the Andaman Bay, "
            "how she led the housekeeping team through peak season, and her approach to training. About 20 minutes.\n\n"
            "Warrick Dunn\nDirector of Talent, Saltwater Resorts" + MEET
        ),
        "expect": None,
    },
    # --- Graph JSON: interviews ---------------------------------------------------------------
    {
        "id": "x-human-graph-outlook-surname-comma-department-head-of-grounds-clerk-of-works",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview: Arborist (Grade 5, ref EF-2210)",
        "start": "2031-09-11T10:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Mwangi, Esther (Human Resources)", "e.mwangi@wexcombe.ac.uk"),
        "attendees": [
            ME,
            P("Eze, Chinedu (Estates & Facilities)", "c.eze@wexcombe.ac.uk"),
            P("Prendergast, Roisin (Estates - Capital Projects)", "r.prendergast@wexcombe.ac.uk"),
        ],
        "description": (
            "Dear Alex,\n\nInterview for the post of Arborist (ref EF-2210)\n\nI am pleased to invite you to interview for the "
            "above post. The panel will be:\n\n"
            "Chinedu Eze, Head of Grounds and Gardens (Chair). The post reports to the Head of Grounds.\n"
            "Roisin Prendergast, Clerk of Works, Capital Projects\n\n"
            "The interview includes a 15-minute practical: a tree-hazard assessment in the Old Quad. Please bring your NPTC "
            "certificates.\n\n"
            "Yours sincerely\nEsther Mwangi\nHR Assistant (Recruitment)\nUniversity of Wexcombe"
        ),
        "location": "Estates Yard Meeting Room, University of Wexcombe",
        "expect": {
            "interviewers": [
                (
                    "Chinedu Eze",
                    "c.eze@wexcombe.ac.uk",
                    "Head of Grounds and Gardens",
                    "decision_maker",
                    True,
                ),
                (
                    "Roisin Prendergast",
                    "r.prendergast@wexcombe.ac.uk",
                    "Clerk of Works, Capital Projects",
                    "peer",
                ),
            ],
            "recruiter": ("Esther Mwangi", "e.mwangi@wexcombe.ac.uk"),
            "company": "University of Wexcombe",
            "position": "Arborist",
        },
    },
    {
        "id": "x-workday-graph-thai-script-display-khun-nok-executive-housekeeper",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Scheduled: Housekeeping Supervisor (JR-30918) – Baan Talay Resort, Koh Samui",
        "start": "2031-09-12T14:00",
        "minutes": 60,
        "tz": "Asia/Bangkok",
        "organizer": P(None, "baantalay@myworkday.com"),
        "attendees": [
            ME,
            P("ศิริพร วงศ์สวัสดิ์", "siriporn.w@baantalay.com"),
            P("ธนากร ศรีประเสริฐ", "thanakorn.s@baantalay.com"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\n"
            "Job Requisition: JR-30918 Housekeeping Supervisor - Baan Talay Resort, Koh Samui - Full time\n"
            "Interview Type: Department Interview\n\n"
            "Interviewer: Siriporn Wongsawat (Khun Nok)\nBusiness Title: Executive Housekeeper\nRole on Panel: Hiring Manager\n\n"
            "Interviewer: Thanakorn Sriprasert\nBusiness Title: Executive Assistant Manager, Rooms\nRole on Panel: Interviewer\n\n"
            "Recruiter: Pimchanok Thongdee (pimchanok.t@baantalay.com)\n\n"
            "Please report to the staff entrance 15 minutes early and bring your passport and work permit documents."
        ),
        "location": "Baan Talay Resort, HR Office, Chaweng Beach, Koh Samui",
        "expect": {
            "interviewers": [
                (
                    "Siriporn Wongsawat",
                    "siriporn.w@baantalay.com",
                    "Executive Housekeeper",
                    "decision_maker",
                    True,
                ),
                (
                    "Thanakorn Sriprasert",
                    "thanakorn.s@baantalay.com",
                    "Executive Assistant Manager, Rooms",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Pimchanok Thongdee", "pimchanok.t@baantalay.com"),
            "company": "Baan Talay Resort",
            "position": "Housekeeping Supervisor",
        },
    },
    {
        "id": "x-greenhouse-graph-brazilian-mine-pipe-rows-gestor-da-vaga-ze-initials",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Entrevista – Técnico(a) de Mineração, Lavra Subterrânea (Vaga 2031-144) – Mineração Serra Azul",
        "start": "2031-09-15T09:00",
        "minutes": 105,
        "tz": "America/Sao_Paulo",
        "organizer": P("Larissa Menezes", "larissa.menezes@serraazul.com.br"),
        "attendees": [
            ME,
            P("J.C. Albuquerque", "jc.albuquerque@serraazul.com.br"),
            P("José Ribamar Santos", "ze.santos@serraazul.com.br"),
            P("Tatiana Köhler", "tatiana.kohler@serraazul.com.br"),
        ],
        "description": (
            "Olá Alex,\n\nSegue a agenda da sua entrevista presencial na Unidade Caeté (horário de Brasília):\n\n"
            "Horário | Entrevistador(a) | Cargo | Papel\n"
            "09:00 – 09:45 | J.C. Albuquerque | Supervisor de Lavra, Mina Subterrânea, Turno B | gestor da vaga\n"
            "09:45 – 10:15 | Zé Santos | Técnico de Mineração Sênior, Perfuração e Desmonte | conversa técnica\n"
            "10:15 – 10:45 | Tatiana Köhler | Gerente Geral da Unidade Caeté | encerramento\n\n"
            "Use calçado fechado e traga documento com foto; o EPI para a visita à mina será fornecido.\n\n"
            "Larissa Menezes\nAnalista de Atração de Talentos | Mineração Serra Azul S.A.\n\nEnviado via Greenhouse"
        ),
        "location": "Mineração Serra Azul – Unidade Caeté, portaria principal",
        "expect": {
            "interviewers": [
                (
                    "J.C. Albuquerque",
                    "jc.albuquerque@serraazul.com.br",
                    "Supervisor de Lavra, Mina Subterrânea, Turno B",
                    "decision_maker",
                    True,
                ),
                (
                    "José Ribamar Santos",
                    "ze.santos@serraazul.com.br",
                    "Técnico de Mineração Sênior, Perfuração e Desmonte",
                    "peer",
                ),
                (
                    "Tatiana Köhler",
                    "tatiana.kohler@serraazul.com.br",
                    "Gerente Geral da Unidade Caeté",
                    "executive",
                ),
            ],
            "recruiter": ("Larissa Menezes", "larissa.menezes@serraazul.com.br"),
            "company": "Mineração Serra Azul",
            "position": "Técnico(a) de Mineração, Lavra Subterrânea",
        },
    },
    {
        "id": "x-human-graph-theatre-musical-director-chooses-head-of-music-joins",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Associate MD / Keys 1 – chat with Hester – WILDFLOWER (UK tour)",
        "start": "2031-09-16T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Hester Abara-Quinn", "hester@hesterabaraquinn.com"),
        "attendees": [ME, P("Bartholomew Finch", "bart.finch@fennickproductions.co.uk")],
        "description": (
            "Hi Alex,\n\nLovely to hear from you via Jonty. I'm the Musical Director on WILDFLOWER (UK tour, Feb–Aug 2032) and "
            "I'm looking for my associate MD, who'll also play Keys 1 most nights. I'm the one choosing, but Bart Finch, Head "
            "of Music at Fennick Productions, likes to meet every MD hire, so he'll join us.\n\n"
            "We'll be at Pianoworks, Studio 2, in Bermondsey; there's a Yamaha C3 if you'd like to play something. Have a look "
            "at the Act 1 finale pad I've attached if you have time.\n\n"
            "Hester\n--\nHester Abara-Quinn\nMusical Director | WILDFLOWER"
        ),
        "location": "Pianoworks, Studio 2, 40 Tanner St, Bermondsey, London",
        "expect": {
            "interviewers": [
                (
                    "Hester Abara-Quinn",
                    "hester@hesterabaraquinn.com",
                    "Musical Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Bartholomew Finch",
                    "bart.finch@fennickproductions.co.uk",
                    "Head of Music",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Fennick Productions",
            "position": "Associate MD / Keys 1",
        },
    },
    {
        "id": "x-human-graph-chinese-only-shouxi-tiaoxiangshi-yongren-bumen-fuzeren",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "面试邀请：日化香精调香师 — 上海馨岚香料有限公司",
        "start": "2031-10-14T14:00",
        "minutes": 90,
        "tz": "Asia/Shanghai",
        "organizer": P("HR 周婷", "ting.zhou@xinlan-fragrance.cn"),
        "attendees": [
            ME,
            P("李明轩", "mingxuan.li@xinlan-fragrance.cn"),
            P("黄思琪", "siqi.huang@xinlan-fragrance.cn"),
        ],
        "description": (
            "Alex 您好：\n\n感谢您应聘上海馨岚香料有限公司日化香精调香师一职。现邀请您参加第二轮面试，具体安排如下：\n\n"
            "时间：10月14日（周二）14:00–15:30\n地点：上海市闵行区春东路 88 号，研发中心 3 楼\n\n"
            "面试官：\n"
            "1. 李明轩 — 首席调香师，日化香精部（用人部门负责人）\n"
            "2. 黄思琪 — 高级评香员\n"
            "3. 总经理陈建国先生将在最后 15 分钟与您交流\n\n"
            "面试包含嗅辨测试，请当天不要使用香水。\n\n人力资源部 周婷\n上海馨岚香料有限公司"
        ),
        "location": "上海市闵行区春东路 88 号，研发中心 3 楼",
        "expect": {
            "interviewers": [
                (
                    "李明轩",
                    "mingxuan.li@xinlan-fragrance.cn",
                    "首席调香师，日化香精部",
                    "decision_maker",
                    True,
                ),
                ("黄思琪", "siqi.huang@xinlan-fragrance.cn", "高级评香员", "peer"),
                ("陈建国", None, "总经理", "executive"),
            ],
            "recruiter": ("周婷", "ting.zhou@xinlan-fragrance.cn"),
            "company": "上海馨岚香料",
            "position": "日化香精调香师",
        },
    },
    {
        "id": "x-workable-graph-mine-bluey-quoted-nickname-mine-captain-role-mailbox",
        "format": "graph",
        "style": "workable",
        "difficulty": "hard",
        "title": "Interview – Underground Jumbo Operator – Kalgoorlie (FIFO 8/6 roster)",
        "start": "2031-09-17T07:30",
        "minutes": 45,
        "tz": "Australia/Perth",
        "organizer": P("Redgum Gold Recruitment", "redgum-gold@jobs.workablemail.com"),
        "attendees": [
            ME,
            P("Shane 'Bluey' Mackenzie", "s.mackenzie@redgumgold.com.au"),
            P(None, "mine.captain@redgumgold.com.au"),
        ],
        "description": (
            "G'day Alex,\n\nThanks for applying to Redgum Gold. We'd like to book a video interview with:\n\n"
            '- Shane "Bluey" Mackenzie, Shift Boss, Underground. You\'d be on his crew and he makes the call.\n'
            "- Tamsin Oyelaran, Mine Captain, Nightfall Underground\n\n"
            "Have your Cert II and jumbo tickets ready to show on camera.\n\n"
            "Cheers,\nKylie Barton\nTalent Acquisition Advisor, Redgum Gold Ltd\nkylie.barton@redgumgold.com.au\n\n"
            "Sent via Workable" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Shane Mackenzie",
                    "s.mackenzie@redgumgold.com.au",
                    "Shift Boss, Underground",
                    "decision_maker",
                    True,
                ),
                (
                    "Tamsin Oyelaran",
                    "mine.captain@redgumgold.com.au",
                    "Mine Captain, Nightfall Underground",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Kylie Barton", "kylie.barton@redgumgold.com.au"),
            "company": "Redgum Gold",
            "position": "Underground Jumbo Operator",
        },
    },
    {
        "id": "x-jazzhr-graph-aquatics-head-lifeguard-recreation-coordinator-schedules",
        "format": "graph",
        "style": "jazzhr",
        "difficulty": "medium",
        "title": "Interview: Lifeguard / Swim Instructor (Part-Time, Seasonal) – Harborview Aquatic Center",
        "start": "2031-09-18T15:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Dominique Fontaine", "dfontaine@harborviewparks.org"),
        "attendees": [
            ME,
            P("Beaumont, Trey", "tbeaumont@harborviewparks.org"),
            P("Okoye, Adanna", "aokoye@harborviewparks.org"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying to the Harborview Aquatic Center. Your in-water skills test and interview:\n\n"
            "3:00 PM – Skills test (300 yd swim, 2-minute tread, brick retrieval) with Adanna Okoye, Head Lifeguard\n"
            "3:30 PM – Interview with Trey Beaumont, Aquatics Director (hiring manager), and Adanna\n\n"
            "Bring a swimsuit, a towel and your lifeguard certification if you already have one.\n\n"
            "Dominique Fontaine\nRecreation Coordinator, City of Harborview Parks & Recreation\n\nSent with JazzHR"
        ),
        "location": "Harborview Aquatic Center, 220 Marina Way, Harborview",
        "expect": {
            "interviewers": [
                ("Adanna Okoye", "aokoye@harborviewparks.org", "Head Lifeguard", "decision_maker"),
                (
                    "Trey Beaumont",
                    "tbeaumont@harborviewparks.org",
                    "Aquatics Director",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Dominique Fontaine", "dfontaine@harborviewparks.org"),
            "company": "Harborview Aquatic Center",
            "position": "Lifeguard / Swim Instructor",
        },
    },
    {
        "id": "x-personio-graph-swiss-kuechenchef-kitchen-mailbox-chef-de-rang-inhaberin",
        "format": "graph",
        "style": "personio",
        "difficulty": "hard",
        "title": "Vorstellungsgespräch & Probearbeiten: Commis de Cuisine (m/w/d) – Gasthaus zur Linde, Zürich",
        "start": "2031-09-19T10:00",
        "minutes": 240,
        "tz": "Europe/Zurich",
        "organizer": P("Büro Gasthaus zur Linde", "buero@linde-zh.ch"),
        "attendees": [
            ME,
            P("Rüegg, Corinne", "corinne.rueegg@linde-zh.ch"),
            P("Nikola Petrović", "kueche@linde-zh.ch"),
        ],
        "description": (
            "Grüezi Alex\n\nHerzlichen Dank für Ihre Bewerbung als Commis de Cuisine (m/w/d) bei uns im Gasthaus zur Linde. Wir "
            "laden Sie gerne zu einem Gespräch mit anschliessendem Probearbeiten im Mittagsservice ein.\n\n"
            "Sie treffen:\n"
            "– Nikola Petrović, Küchenchef\n"
            "– Corinne Rüegg, Gastgeberin und Inhaberin\n"
            "– Luca Bernasconi, Chef de Rang, zeigt Ihnen den Betrieb\n\n"
            "Bitte Kochjacke, Hose und Sicherheitsschuhe mitbringen; Messer sind vorhanden.\n\n"
            "Freundliche Grüsse\nDas Linde-Team\nGasthaus zur Linde AG\n\nGesendet über Personio"
        ),
        "location": "Gasthaus zur Linde, Lindenhof 7, 8001 Zürich",
        "expect": {
            "interviewers": [
                ("Nikola Petrović", "kueche@linde-zh.ch", "Küchenchef", "decision_maker"),
                (
                    "Corinne Rüegg",
                    "corinne.rueegg@linde-zh.ch",
                    "Gastgeberin und Inhaberin",
                    "executive",
                ),
                ("Luca Bernasconi", None, "Chef de Rang", "peer"),
            ],
            "recruiter": (None, "buero@linde-zh.ch"),
            "company": "Gasthaus zur Linde",
            "position": "Commis de Cuisine",
        },
    },
    {
        "id": "x-ashby-graph-initials-addresses-nicknames-in-text-head-setter",
        "format": "graph",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan – Onsite – Route Setter – Cragline Bouldering (Leeds)",
        "start": "2031-09-22T10:00",
        "minutes": 200,
        "tz": "Europe/London",
        "organizer": P("Cragline Recruiting", "recruiting@cragline.co"),
        "attendees": [
            ME,
            P(None, "jpo@cragline.co"),
            P(None, "akb@cragline.co"),
            P("Marnie Osei", "marnie@cragline.co"),
        ],
        "description": (
            "Hi Alex!\n\nHere's your setting day at Cragline Leeds:\n\n"
            "10:00 – 12:00 · Set & forerun with J.P. (Jean-Pierre Ouellette, Head Setter, North). He runs the setting team "
            "and is hiring for this role.\n"
            "12:00 – 12:30 · Lunch\n"
            "12:30 – 13:00 · Anu (Anuradha Krishnan-Brown, Gym Manager, Leeds)\n"
            "13:00 – 13:20 · Marnie Osei (Route Setter) · feedback on your problems\n\n"
            "Bring your drill, harness and shoes.\n\nCragline Recruiting\n\nScheduled with Ashby"
        ),
        "location": "Cragline Bouldering, Unit 5, Kirkstall Road, Leeds",
        "expect": {
            "interviewers": [
                (
                    "Jean-Pierre Ouellette",
                    "jpo@cragline.co",
                    "Head Setter, North",
                    "decision_maker",
                    True,
                ),
                (
                    "Anuradha Krishnan-Brown",
                    "akb@cragline.co",
                    "Gym Manager, Leeds",
                    "decision_maker",
                ),
                ("Marnie Osei", "marnie@cragline.co", "Route Setter", "peer"),
            ],
            "recruiter": (None, "recruiting@cragline.co"),
            "company": "Cragline Bouldering",
            "position": "Route Setter",
        },
    },
    {
        "id": "x-lever-graph-polish-surname-caps-display-bezposrednia-przelozona",
        "format": "graph",
        "style": "lever",
        "difficulty": "hard",
        "title": "Rozmowa rekrutacyjna – Operator wózka widłowego (zmiana nocna) – Magazyn Stryków",
        "start": "2031-09-23T09:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Zofia Wrona", "zofia.wrona@logistykawislana.pl"),
        "attendees": [
            ME,
            P("KOWALCZYK Agnieszka", "agnieszka.kowalczyk@logistykawislana.pl"),
            P("DĄBROWSKI Marek", "marek.dabrowski@logistykawislana.pl"),
        ],
        "description": (
            "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko operatora wózka widłowego. Zapraszamy na rozmowę w naszym "
            "centrum dystrybucyjnym w Strykowie.\n\n"
            "W rozmowie wezmą udział:\n"
            "• Agnieszka Kowalczyk – mistrz zmiany nocnej (Pana bezpośrednia przełożona)\n"
            "• Marek Dąbrowski – specjalista BHP\n\n"
            "Po rozmowie krótki sprawdzian praktyczny na wózku; prosimy zabrać zaświadczenie UDT.\n\n"
            "Pozdrawiam\nZofia Wrona\nSpecjalistka ds. rekrutacji\nLogistyka Wiślana Sp. z o.o.\n\nWysłane przez Lever"
        ),
        "location": "Logistyka Wiślana, Centrum Dystrybucyjne Stryków, ul. Magazynowa 4",
        "expect": {
            "interviewers": [
                (
                    "Agnieszka Kowalczyk",
                    "agnieszka.kowalczyk@logistykawislana.pl",
                    "Mistrz Zmiany Nocnej",
                    "decision_maker",
                    True,
                ),
                (
                    "Marek Dąbrowski",
                    "marek.dabrowski@logistykawislana.pl",
                    "Specjalista BHP",
                    "peer",
                ),
            ],
            "recruiter": ("Zofia Wrona", "zofia.wrona@logistykawislana.pl"),
            "company": "Logistyka Wiślana",
            "position": "Operator wózka widłowego",
        },
    },
    {
        "id": "x-goodtime-graph-danish-initials-addresses-serviceleder-no-mark-adm-direktoer",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Interview: Wind Turbine Service Technician – Esbjerg (Req 5512)",
        "start": "2031-09-24T10:00",
        "minutes": 90,
        "tz": "Europe/Copenhagen",
        "organizer": P("Mette Kjær", "mette.kjaer@nordvind-service.dk"),
        "attendees": [
            ME,
            P("Rasmus Lykke Holm", "rlh@nordvind-service.dk"),
            P("Søren Damgaard", "sd@nordvind-service.dk"),
            P("Ida Fogh", "ifo@nordvind-service.dk"),
        ],
        "description": (
            "Hej Alex,\n\nDit interview hos Nordvind Service er bekræftet. Program:\n\n"
            "10:00 – 10:45  Rasmus Lykke Holm – Serviceleder, Vestjylland\n"
            "10:45 – 11:15  Søren Damgaard – Servicetekniker, højspænding\n"
            "11:15 – 11:30  Ida Fogh – Administrerende direktør\n\n"
            "Medbring gerne dit GWO-certifikat. Vi mødes i receptionen, Kvaglundvej 80, Esbjerg.\n\n"
            "Venlig hilsen\nMette Kjær\nRekrutteringskoordinator, Nordvind Service A/S\n\nPowered by GoodTime"
        ),
        "location": "Nordvind Service, Kvaglundvej 80, Esbjerg",
        "expect": {
            "interviewers": [
                (
                    "Rasmus Lykke Holm",
                    "rlh@nordvind-service.dk",
                    "Serviceleder, Vestjylland",
                    "decision_maker",
                ),
                (
                    "Søren Damgaard",
                    "sd@nordvind-service.dk",
                    "Servicetekniker, højspænding",
                    "peer",
                ),
                ("Ida Fogh", "ifo@nordvind-service.dk", "Administrerende direktør", "executive"),
            ],
            "recruiter": ("Mette Kjær", "mette.kjaer@nordvind-service.dk"),
            "company": "Nordvind Service",
            "position": "Wind Turbine Service Technician",
        },
    },
    {
        "id": "x-icims-graph-hebrew-script-display-hebrew-hiring-manager-mark",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview – Field Service Technician, Drip Systems (Req 2031-77) – Galil Drip",
        "start": "2031-09-25T09:30",
        "minutes": 60,
        "tz": "Asia/Jerusalem",
        "organizer": P("Galil Drip Talent", "talent@galildrip.co.il"),
        "attendees": [
            ME,
            P("נועה לוי", "noa.levy@galildrip.co.il"),
            P("אבי כהן", "avi.cohen@galildrip.co.il"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for your application for the Field Service Technician, Drip Systems position "
            "(Req 2031-77). Your interview is scheduled as follows:\n\n"
            "Date: Thursday, September 25, 2031\nTime: 9:30 AM – 10:30 AM IDT\n"
            "Location: Galil Drip, Ein Harod Industrial Zone, Building 4\n\n"
            "Interviewers:\n"
            "Noa Levy – Regional Service Manager, North (מנהלת מגייסת)\n"
            "Avi Cohen – Senior Field Technician\n\n"
            "Part of the interview takes place in a nearby orchard, so please wear work shoes.\n\n"
            "Talent Acquisition Team\nGalil Drip Ltd.\n\nThis message was sent via iCIMS."
        ),
        "location": "Galil Drip, Ein Harod Industrial Zone, Building 4",
        "expect": {
            "interviewers": [
                (
                    "Noa Levy",
                    "noa.levy@galildrip.co.il",
                    "Regional Service Manager, North",
                    "decision_maker",
                    True,
                ),
                ("Avi Cohen", "avi.cohen@galildrip.co.il", "Senior Field Technician", "peer"),
            ],
            "recruiter": (None, "talent@galildrip.co.il"),
            "company": "Galil Drip",
            "position": "Field Service Technician, Drip Systems",
        },
    },
    {
        "id": "x-smartrecruiters-graph-moose-is-dominique-crew-boss-picks-crew",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Interview – Tree Planter (Spring 2032 season) – Boreal Roots Reforestation",
        "start": "2031-10-07T18:00",
        "minutes": 30,
        "tz": "America/Toronto",
        "organizer": P("Boreal Roots Hiring", "hiring@borealroots.ca"),
        "attendees": [
            ME,
            P("Dominique Lachance", "d.lachance@borealroots.ca"),
            P("Priya Sandhu", "priya@borealroots.ca"),
        ],
        "description": (
            "Hey Alex,\n\nThanks for applying to plant with Boreal Roots this spring! You're booked for a video call with:\n\n"
            "• Moose (that's Dominique Lachance on the invite) – Crew Boss, Camp 3. Moose picks his own crew, so he's your "
            "hiring manager.\n"
            "• Priya Sandhu – Operations Manager\n\n"
            "Camp runs from early May out of Hearst, ON. We'll talk about tree prices, camp life and your fitness.\n\n"
            "Boreal Roots Hiring Team\nBoreal Roots Reforestation Inc.\n\nSent via SmartRecruiters"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Dominique Lachance",
                    "d.lachance@borealroots.ca",
                    "Crew Boss, Camp 3",
                    "decision_maker",
                    True,
                ),
                ("Priya Sandhu", "priya@borealroots.ca", "Operations Manager", "decision_maker"),
            ],
            "recruiter": (None, "hiring@borealroots.ca"),
            "company": "Boreal Roots Reforestation",
            "position": "Tree Planter",
        },
    },
    {
        "id": "x-gem-graph-sourcer-sends-recruiter-named-initials-surname-comma-archivist",
        "format": "graph",
        "style": "gem",
        "difficulty": "hard",
        "title": "Interview: Archives Assistant, Special Collections (Grade 6)",
        "start": "2031-10-08T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Ferris, Callum", "callum.ferris@kingsmere.ac.uk"),
        "attendees": [
            ME,
            P("Achterberg, E.M. (Library Services)", "e.m.achterberg@kingsmere.ac.uk"),
            P("Nwosu, Ifeoma (Library Services)", "i.nwosu@kingsmere.ac.uk"),
        ],
        "description": (
            "Hi Alex,\n\nI'm the sourcer who got in touch in August, and I'm glad to say the Special Collections team would like "
            "to interview you. Your recruiter from here on is Harriet Oyelaran (harriet.oyelaran@kingsmere.ac.uk); I've just "
            "booked the slot.\n\n"
            "Panel:\n"
            "Dr E.M. Achterberg, University Archivist (chair; the post reports to the University Archivist)\n"
            "Ifeoma Nwosu, Senior Conservator\n\n"
            "There will be a short handling exercise with a 19th-century estate ledger.\n\n"
            "Callum Ferris\nTalent Sourcer, Kingsmere University\n\nSent with Gem"
        ),
        "location": "Kingsmere University Library, Special Collections Reading Room",
        "expect": {
            "interviewers": [
                (
                    "E.M. Achterberg",
                    "e.m.achterberg@kingsmere.ac.uk",
                    "University Archivist",
                    "decision_maker",
                    True,
                ),
                ("Ifeoma Nwosu", "i.nwosu@kingsmere.ac.uk", "Senior Conservator", "peer"),
            ],
            "recruiter": ("Harriet Oyelaran", "harriet.oyelaran@kingsmere.ac.uk"),
            "company": "Kingsmere University",
            "position": "Archives Assistant, Special Collections",
        },
    },
    {
        "id": "x-human-graph-devanagari-display-rk-initials-spinning-master-hr-executive",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview – Shift Supervisor, Spinning – Shree Ganga Textiles, Bhilwara",
        "start": "2031-10-10T11:00",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P("Neha Agarwal", "neha.agarwal@shreegangatex.in"),
        "attendees": [
            ME,
            P("राजेश कुमार शर्मा", "rk.sharma@shreegangatex.in"),
            P("विक्रम सिंह राठौड़", "vikram.rathore@shreegangatex.in"),
        ],
        "description": (
            "Dear Alex,\n\nGreetings from Shree Ganga Textiles Ltd.! With reference to your application, you are shortlisted for "
            "the technical interview for Shift Supervisor – Spinning at our Bhilwara unit.\n\n"
            "Interview panel:\n"
            "1. Mr. R.K. Sharma – Spinning Master (your reporting manager)\n"
            "2. Mr. Vikram Singh Rathore – Mill Manager / Unit Head\n\n"
            "Kindly keep your original certificates, two passport-size photographs and last three salary slips ready.\n\n"
            "Regards,\nNeha Agarwal\nHR Executive\nShree Ganga Textiles Ltd." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "R.K. Sharma",
                    "rk.sharma@shreegangatex.in",
                    "Spinning Master",
                    "decision_maker",
                    True,
                ),
                (
                    "Vikram Singh Rathore",
                    "vikram.rathore@shreegangatex.in",
                    "Mill Manager / Unit Head",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Neha Agarwal", "neha.agarwal@shreegangatex.in"),
            "company": "Shree Ganga Textiles",
            "position": "Shift Supervisor, Spinning",
        },
    },
    # --- Graph JSON: near-misses --------------------------------------------------------------
    {
        "id": "x-graph-non-hiring-committee-calibration-principal-engineer-candidates",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "HC calibration – Principal Engineer candidates (J.P. O., A. C., R.K. V.)",
        "start": "2031-09-26T16:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Ruiz-Whitaker, Dana (Talent)", "dana.ruizwhitaker@initech.com"),
        "attendees": [
            ME_WORK,
            P("Lindqvist, Per (Platform Eng)", "per.lindqvist@initech.com"),
            P("Adeyemi, Folake (VP Eng)", "folake.adeyemi@initech.com"),
        ],
        "description": (
            "Hiring committee, Principal Engineer (Platform): three loops finished this week. Please read all packets before "
            "we meet; we'll calibrate the system-design ratings across interviewers first, then go candidate by candidate. "
            "Per is the hiring manager; Folake has the final sign-off. Alex, you were the bar raiser on two of the loops, so "
            "please be ready to walk us through your notes.\n\nDana Ruiz-Whitaker\nTechnical Recruiting Lead, Initech"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "x-graph-non-polish-exit-interview-rozmowa-koncowa",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Rozmowa końcowa (exit interview) – Alex Morgan",
        "start": "2031-10-15T13:00",
        "minutes": 45,
        "tz": "Europe/Warsaw",
        "organizer": P("NOWAK Ewelina", "ewelina.nowak@initech.com"),
        "attendees": [ME_WORK, P("NOWAK Ewelina", "ewelina.nowak@initech.com")],
        "description": (
            "Cześć Alex,\n\nw związku z Twoim odejściem z Initech zapraszam na rozmowę końcową. Chcemy poznać Twoją opinię o "
            "współpracy z bezpośrednim przełożonym, zespole, warunkach pracy i o tym, co moglibyśmy zmienić. Rozmowa jest "
            "poufna. Przy okazji omówimy zwrot sprzętu i świadectwo pracy.\n\n"
            "Pozdrawiam\nEwelina Nowak\nHR Business Partner, Initech Polska" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "x-graph-non-oral-history-interview-grandmother-native-script",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Oral history interview – 外婆 (林秀英) – family archive, part 2",
        "start": "2031-10-18T15:00",
        "minutes": 120,
        "tz": "Asia/Taipei",
        "organizer": ME,
        "attendees": [ME, P("林美玲 Meiling Lin", "meiling.lin@gmail.com")],
        "description": (
            "Part 2 of Grandma's oral history (林秀英). Meiling will translate from Taiwanese Hokkien. Topics this time: the move "
            "to Kaohsiung, her first job at the cannery and how her manager hired her on the spot, the family shop.\n\n"
            "Bring: the recorder, spare batteries, the 1962 photo album. Record video as well if she's comfortable.\n\nAlex"
        ),
        "location": "外婆家, Kaohsiung",
        "expect": None,
    },
    {
        "id": "x-graph-non-consulate-visa-interview-appointment",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Visa interview – Consulate General, Frankfurt (work visa, employer: Initech)",
        "start": "2031-10-21T08:15",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Global Mobility Team", "global.mobility@initech.com"),
        "attendees": [ME_WORK, P("Krüger, Anja (Global Mobility)", "anja.krueger@initech.com")],
        "description": (
            "Hi Alex,\n\nYour visa interview appointment is confirmed. The consular officer may ask about your role, your "
            "hiring manager and your start date; answer briefly and truthfully. Bring: passport, DS-160 confirmation, "
            "appointment letter, the employer letter from Global Mobility and one photo. No electronics allowed inside.\n\n"
            "Anja Krüger\nGlobal Mobility Specialist, Initech"
        ),
        "location": "Consulate General, Gießener Str. 30, Frankfurt am Main",
        "expect": None,
    },
    {
        "id": "x-graph-non-funeral-arrangement-meeting-funeral-director",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Arrangement meeting with Gwen Pryce (Funeral Director) – for Dad",
        "start": "2031-10-23T10:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": ME,
        "attendees": [
            ME,
            P("Gwen Pryce", "gwen@prycefunerals.co.uk"),
            P("Sian Morgan", "sian.morgan@gmail.com"),
        ],
        "description": (
            "Meeting Gwen at W. Pryce & Daughters, Llandeilo, to arrange Dad's funeral. She'll go through the service, the "
            "chapel of rest and the notices. Bring: the registrar's green form, Dad's wishes letter, the hymn list Sian drafted, "
            "photos for the order of service.\n\nSian, can you ask Tomos about the bearers?"
        ),
        "location": "W. Pryce & Daughters, Bridge Street, Llandeilo",
        "expect": None,
    },
]
