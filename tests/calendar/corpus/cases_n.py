# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'n', written by someone who does not tune the parser, labelled before any run of
the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no separate
build file or rendered folder, the tuner adds this file to build.py). 60 invites: 45 interviews
and 15 near-misses that mention interviewing, across .ics, Google JSON and Graph JSON.

The angle is how people write TITLES, ROLES and POSITIONS: a title after a name with a comma, a
dash, a pipe, in parentheses, "from the X team", on the next line, in a signature block, in a
table cell, after pronouns ("X (she/her), Title"), before the name ("VP Eng Carla Mendes"),
abbreviated ("Sr. EM", "Dir., Eng", "VP Eng"), and in Spanish, German, French and Portuguese
invites; roles said in prose ("who you would report to", "your future manager", "leads the team
you would join", "owns the hiring decision", "will be your skip-level", "sits on the panel as a
peer", "is shadowing" (not an interviewer), "is the bar raiser", "is the recruiter who will walk
you through next steps"); positions with noise (requisition ids, locations, levels, employment
type, team names, "Interview for:", "Role:", "Position -", emoji, all caps); companies in
"X x Y" titles, agency clients and subsidiaries. The near-misses are the user's own
interview-training, debriefs, podcast and press interviews, customer interviews the user runs,
and a candidate-rejection sync.

Labels are what a careful person reads in the invite, not what the parser returns, with the
conventions of cases_m.py and cases_fresh12.py: a person the invite calls the hiring manager, the
candidate's future manager, the person they would report to, the lead of the team they would
join or the owner of the hiring decision is a decision_maker with the hiring-manager mark; a
people-manager title (manager of a function, head of, director, supervisor, team lead, and their
Spanish/German/French/Portuguese forms) is a decision_maker; CEO, founder, CTO, VP, chief,
general manager are executives unless called the hiring manager; a skip-level is labelled by
title without the mark; individual-contributor titles that contain "manager" (product manager)
are peers; a bar raiser is labelled by title; someone who is only shadowing or observing is not an
interviewer; a recruiter who runs (part of) the call is an interviewer (role recruiter) and the
recruiter; one who only coordinates is the recruiter but not an interviewer; a team mailbox with
no person is (None, address); a person with no title or role in the invite is "unknown" with no
title; titles are written as the invite writes them (abbreviations kept, all-caps and lowercase
prose titles written in title case); legal forms, requisition ids, job ids, levels in their own
segment, locations in their own segment, level codes (L5, IC3) wherever written, gender markers such as "(m/w/d)" and emoji are left out of company and position;
whatever the invite does not say is None. "difficulty" is the writer's guess (easy / medium /
hard) of how hard a case is to read; build.py ignores it.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

_MEET_HTML = MEET.replace("\n", "<br>")
_ZOOM_HTML = ZOOM.replace("\n", "<br>")

CASES: list[dict[str, Any]] = [
    # --- titles after names, in every shape ---------------------------------------------------
    {
        "id": "n-greenhouse-ics-abbrev-titles-sr-em-hm-tag",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Virtual Onsite - Alex Morgan - Backend Engineer, Payments (R-20931)",
        "start": "2029-03-05T09:30",
        "minutes": 120,
        "tz": "America/Chicago",
        "organizer": P("Wrenfield Recruiting", "recruiting@wrenfield.com"),
        "attendees": [
            ME,
            P("Obiageli Nwankwo", "obi.nwankwo@wrenfield.com"),
            P("Henrik Aalto", "henrik.aalto@wrenfield.com"),
            P("Ptolemy Vance", "ptolemy@wrenfield.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour virtual onsite for Backend Engineer, Payments is confirmed.\n\n"
            "9:30 AM  Obiageli Nwankwo, Sr. EM, Payments (HM)\n"
            "10:15 AM Henrik Aalto, Staff SWE\n"
            "11:00 AM Ptolemy Vance, Dir., Eng\n\n"
            "Your recruiter for this process is Sunniva Holt (sunniva.holt@wrenfield.com).\n\n"
            "Wrenfield, Inc." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Obiageli Nwankwo",
                    "obi.nwankwo@wrenfield.com",
                    "Sr. EM, Payments",
                    "decision_maker",
                    True,
                ),
                ("Henrik Aalto", "henrik.aalto@wrenfield.com", "Staff SWE", "peer"),
                ("Ptolemy Vance", "ptolemy@wrenfield.com", "Dir., Eng", "decision_maker"),
            ],
            "recruiter": ("Sunniva Holt", "sunniva.holt@wrenfield.com"),
            "company": "Wrenfield",
            "position": "Backend Engineer, Payments",
        },
    },
    {
        "id": "n-lever-google-dash-titles-vp-eng-executive",
        "format": "google",
        "style": "lever",
        "difficulty": "easy",
        "title": "Final conversation: Alex Morgan <> Cobaltine (Engineering Manager)",
        "start": "2029-03-06T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Rosalind Achebe", "rosalind@cobaltine.io"),
        "attendees": [
            ME,
            P("Carla Mendes", "carla@cobaltine.io"),
            P("Rosalind Achebe", "rosalind@cobaltine.io"),
        ],
        "description": (
            "Hi Alex,<br><br>Last step! You'll meet:<br>"
            "Carla Mendes – VP Eng<br><br>"
            "Carla has the final say on this hire and the EM role reports straight into her.<br><br>"
            "I won't be on the call but I'm around for questions.<br>"
            "Rosalind Achebe – Talent Partner, Cobaltine" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                ("Carla Mendes", "carla@cobaltine.io", "VP Eng", "decision_maker", True),
            ],
            "recruiter": ("Rosalind Achebe", "rosalind@cobaltine.io"),
            "company": "Cobaltine",
            "position": "Engineering Manager",
        },
    },
    {
        "id": "n-ashby-graph-pipe-name-title-team",
        "format": "graph",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Alex Morgan | Product Designer (Growth) | Interview Loop",
        "start": "2029-03-07T10:00",
        "minutes": 135,
        "tz": "Europe/London",
        "organizer": P("Gorseway Talent", "talent@gorseway.co.uk"),
        "attendees": [
            ME,
            P("Beatrix Okonedo", "beatrix@gorseway.co.uk"),
            P("Ruairí Doherty", "ruairi@gorseway.co.uk"),
            P("Mina Farahani", "mina@gorseway.co.uk"),
        ],
        "description": (
            "Your interview loop with Gorseway\n\n"
            "10:00 | Beatrix Okonedo | Design Lead | Growth squad\n"
            "10:45 | Ruairí Doherty | Senior Product Designer | Onboarding squad\n"
            "11:30 | Mina Farahani | Product Manager | Growth squad\n\n"
            "Beatrix is the hiring manager.\n\n"
            "Questions? Reply to this email or contact your recruiter, Lowenna Trevithick "
            "<lowenna@gorseway.co.uk>.\n\nPowered by Ashby" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatrix Okonedo",
                    "beatrix@gorseway.co.uk",
                    "Design Lead",
                    "decision_maker",
                    True,
                ),
                ("Ruairí Doherty", "ruairi@gorseway.co.uk", "Senior Product Designer", "peer"),
                ("Mina Farahani", "mina@gorseway.co.uk", "Product Manager", "peer"),
            ],
            "recruiter": ("Lowenna Trevithick", "lowenna@gorseway.co.uk"),
            "company": "Gorseway",
            "position": "Product Designer (Growth)",
        },
    },
    {
        "id": "n-human-google-from-the-team-parenthesis",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Chat with Priya & Joaquín (Kestrelmark)",
        "start": "2029-03-08T11:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Joaquín Ybarra", "joaquin@kestrelmark.com"),
        "attendees": [
            ME,
            P("Priya Raghunathan", "priya.r@kestrelmark.com"),
            P("Joaquín Ybarra", "joaquin@kestrelmark.com"),
        ],
        "description": (
            "Hi Alex — looking forward to it. On our side: Priya Raghunathan (Staff Engineer) from the "
            "Ledger team, and me. I manage Ledger and I'm hiring for the Senior Software Engineer seat "
            "on it.<br><br>Joaquín<br>Engineering Manager, Ledger · Kestrelmark" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                ("Priya Raghunathan", "priya.r@kestrelmark.com", "Staff Engineer", "peer"),
                (
                    "Joaquín Ybarra",
                    "joaquin@kestrelmark.com",
                    "Engineering Manager, Ledger",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Kestrelmark",
            "position": "Senior Software Engineer",
        },
    },
    {
        "id": "n-human-graph-title-on-next-line-word-html",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview - Senior Financial Analyst - Alex Morgan",
        "start": "2029-03-09T15:00",
        "minutes": 60,
        "tz": "Eastern Standard Time",
        "organizer": P("Dlamini, Thandeka", "thandeka.dlamini@ashgrovecapital.com"),
        "attendees": [
            ME,
            P("Dlamini, Thandeka", "thandeka.dlamini@ashgrovecapital.com"),
            P("Fairbanks, Corwin", "corwin.fairbanks@ashgrovecapital.com"),
        ],
        "description": (
            "Hello Alex,\n\nThank you for your interest in Ashgrove Capital. You will be meeting with:\n\n"
            "Corwin Fairbanks\nFP&A Manager\n\n"
            "Thandeka Dlamini\nSenior Talent Acquisition Partner\n\n"
            "Corwin would be your direct manager in this role. I will run the first twenty minutes "
            "(your background, notice period and salary expectations) before Corwin joins.\n\n"
            "Best,\nThandeka" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Corwin Fairbanks",
                    "corwin.fairbanks@ashgrovecapital.com",
                    "FP&A Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Thandeka Dlamini",
                    "thandeka.dlamini@ashgrovecapital.com",
                    "Senior Talent Acquisition Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Thandeka Dlamini", "thandeka.dlamini@ashgrovecapital.com"),
            "company": "Ashgrove Capital",
            "position": "Senior Financial Analyst",
        },
    },
    {
        "id": "n-human-ics-hm-own-invite-signature-block",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Alex / Ingrid - intro",
        "start": "2029-03-12T08:30",
        "minutes": 30,
        "tz": "Europe/Stockholm",
        "organizer": P("Ingrid Halvorsen", "ingrid.halvorsen@fjellbyte.no"),
        "attendees": [ME, P("Ingrid Halvorsen", "ingrid.halvorsen@fjellbyte.no")],
        "description": (
            "Hi Alex,\n\nThanks for applying. I'd like to hear about your background and tell you "
            "about the Data Platform Engineer opening - the person hired would report to me.\n\n"
            "Talk soon,\n\n--\nIngrid Halvorsen\nHead of Data Platform\nFjellbyte AS\n+47 22 55 01 90"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ingrid Halvorsen",
                    "ingrid.halvorsen@fjellbyte.no",
                    "Head of Data Platform",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Fjellbyte",
            "position": "Data Platform Engineer",
        },
    },
    {
        "id": "n-greenhouse-google-html-table-cells-role-column",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview Schedule: Alex Morgan for Clinical Data Manager",
        "start": "2029-03-13T13:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Brightwater Bio Recruiting", "recruiting@brightwaterbio.com"),
        "attendees": [
            ME,
            P("Leontyne Ashby", "lashby@brightwaterbio.com"),
            P("Gustavo Ferraz", "gferraz@brightwaterbio.com"),
            P("Hae-won Jung", "hjung@brightwaterbio.com"),
        ],
        "description": (
            "<p>Dear Alex,</p><p>Below is your schedule with <b>Brightwater Bio</b>.</p>"
            "<table><tr><th>Time</th><th>Interviewer</th><th>Title</th><th>Notes</th></tr>"
            "<tr><td>1:00 PM</td><td>Leontyne Ashby</td><td>Associate Director, Clinical Data Management</td>"
            "<td>Hiring Manager</td></tr>"
            "<tr><td>1:45 PM</td><td>Gustavo Ferraz</td><td>Senior Biostatistician</td><td></td></tr>"
            "<tr><td>2:30 PM</td><td>Hae-won Jung</td><td>Clinical Data Manager II</td><td>Peer interview</td></tr>"
            "</table><p>Recruiter: Marisol Quintanilla, marisol.q@brightwaterbio.com</p>"
        ),
        "location": "Brightwater Bio, 40 Fan Pier Blvd, Boston",
        "expect": {
            "interviewers": [
                (
                    "Leontyne Ashby",
                    "lashby@brightwaterbio.com",
                    "Associate Director, Clinical Data Management",
                    "decision_maker",
                    True,
                ),
                ("Gustavo Ferraz", "gferraz@brightwaterbio.com", "Senior Biostatistician", "peer"),
                ("Hae-won Jung", "hjung@brightwaterbio.com", "Clinical Data Manager II", "peer"),
            ],
            "recruiter": ("Marisol Quintanilla", "marisol.q@brightwaterbio.com"),
            "company": "Brightwater Bio",
            "position": "Clinical Data Manager",
        },
    },
    {
        "id": "n-lever-ics-pronouns-then-title",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Lever Scheduling//EN",
        "title": "Interview with Tessaly: Alex Morgan - Customer Success Lead",
        "start": "2029-03-14T16:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Tessaly Scheduling", "scheduling@tessaly.com"),
        "attendees": [
            ME,
            P("Marguerite Osei", "marguerite.osei@tessaly.com"),
            P("Dev Khatri", "dev.khatri@tessaly.com"),
        ],
        "description": (
            "Interviewers\n"
            "Marguerite Osei (she/her), Director of Customer Success\n"
            "Dev Khatri (he/they), Senior Customer Success Manager\n\n"
            "Marguerite is hiring for this role.\n\n"
            "Recruiter: Ansel Whitcombe\nSent via Lever" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Marguerite Osei",
                    "marguerite.osei@tessaly.com",
                    "Director of Customer Success",
                    "decision_maker",
                    True,
                ),
                (
                    "Dev Khatri",
                    "dev.khatri@tessaly.com",
                    "Senior Customer Success Manager",
                    "peer",
                ),
            ],
            "recruiter": ("Ansel Whitcombe", None),
            "company": "Tessaly",
            "position": "Customer Success Lead",
        },
    },
    {
        "id": "n-human-graph-title-before-name-prose",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Technical interview – Alex Morgan",
        "start": "2029-03-15T10:00",
        "minutes": 75,
        "tz": "Pacific Standard Time",
        "organizer": P("Yuki Tanabe", "yuki.tanabe@orrisgrid.com"),
        "attendees": [
            ME,
            P("Hana Kobayashi", "hana.kobayashi@orrisgrid.com"),
            P("Luis Arreola", "luis.arreola@orrisgrid.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks again for your time last week. For the technical round of the Firmware "
            "Engineer process, Engineering Director Hana Kobayashi and Principal Engineer Luis Arreola will "
            "interview you. Hana runs the embedded group you would join.\n\n"
            "Best regards,\nYuki Tanabe | Recruiting Coordinator | Orrisgrid" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hana Kobayashi",
                    "hana.kobayashi@orrisgrid.com",
                    "Engineering Director",
                    "decision_maker",
                    True,
                ),
                ("Luis Arreola", "luis.arreola@orrisgrid.com", "Principal Engineer", "peer"),
            ],
            "recruiter": ("Yuki Tanabe", "yuki.tanabe@orrisgrid.com"),
            "company": "Orrisgrid",
            "position": "Firmware Engineer",
        },
    },
    # --- non-English invites ------------------------------------------------------------------
    {
        "id": "n-workday-ics-spanish-gerente-responsable-contratacion",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday//Recruiting//ES",
        "title": "Entrevista: Alex Morgan - Analista de Tesorería (JR-55120)",
        "start": "2029-03-16T10:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Selección Alcornoque", "seleccion@alcornoque.es"),
        "attendees": [
            ME,
            P("Montserrat Villalba Roig", "mvillalba@alcornoque.es"),
            P("Iñaki Etxeberria", "ietxeberria@alcornoque.es"),
        ],
        "description": (
            "Estimado/a Alex:\n\nLe confirmamos su entrevista para el puesto de Analista de Tesorería en "
            "Alcornoque Energía.\n\nEntrevistadores:\n"
            "- Montserrat Villalba Roig, Gerente de Tesorería (responsable de la contratación)\n"
            "- Iñaki Etxeberria, Analista Financiero Sénior\n\n"
            "Para cualquier duda puede contactar con Lucía Pardo, técnica de selección "
            "(lucia.pardo@alcornoque.es).\n\nAlcornoque Energía, S.A." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Montserrat Villalba Roig",
                    "mvillalba@alcornoque.es",
                    "Gerente de Tesorería",
                    "decision_maker",
                    True,
                ),
                (
                    "Iñaki Etxeberria",
                    "ietxeberria@alcornoque.es",
                    "Analista Financiero Sénior",
                    "peer",
                ),
            ],
            "recruiter": ("Lucía Pardo", "lucia.pardo@alcornoque.es"),
            "company": "Alcornoque Energía",
            "position": "Analista de Tesorería",
        },
    },
    {
        "id": "n-personio-google-german-zukuenftige-vorgesetzte",
        "format": "google",
        "style": "personio",
        "difficulty": "hard",
        "title": "Vorstellungsgespräch Alex Morgan – Key Account Manager (m/w/d)",
        "start": "2029-03-19T14:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Recruiting Lindenhof", "recruiting@lindenhof-logistik.de"),
        "attendees": [
            ME,
            P("Katharina Brückner", "k.brueckner@lindenhof-logistik.de"),
            P("Jannik Oberholzer", "j.oberholzer@lindenhof-logistik.de"),
        ],
        "description": (
            "Hallo Alex,<br><br>wir freuen uns auf das Gespräch! Mit dabei sind:<br>"
            "• Katharina Brückner – Teamleiterin Vertrieb Süd, Ihre zukünftige Vorgesetzte<br>"
            "• Jannik Oberholzer – Key Account Manager, ein Kollege aus dem Team<br><br>"
            "Bei Fragen erreichen Sie mich jederzeit.<br><br>Viele Grüße<br>Svenja Marquardt<br>"
            "Personalreferentin | Lindenhof Logistik GmbH<br>svenja.marquardt@lindenhof-logistik.de"
            + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Katharina Brückner",
                    "k.brueckner@lindenhof-logistik.de",
                    "Teamleiterin Vertrieb Süd",
                    "decision_maker",
                    True,
                ),
                (
                    "Jannik Oberholzer",
                    "j.oberholzer@lindenhof-logistik.de",
                    "Key Account Manager",
                    "peer",
                ),
            ],
            "recruiter": ("Svenja Marquardt", "svenja.marquardt@lindenhof-logistik.de"),
            "company": "Lindenhof Logistik",
            "position": "Key Account Manager",
        },
    },
    {
        "id": "n-teamtailor-graph-french-directrice-technique",
        "format": "graph",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Entretien – Alex Morgan – Développeur Backend Senior – CDI – Lyon",
        "start": "2029-03-20T11:00",
        "minutes": 60,
        "tz": "Romance Standard Time",
        "organizer": P("Apolline Mercier", "apolline.mercier@ombrelune.fr"),
        "attendees": [
            ME,
            P("Apolline Mercier", "apolline.mercier@ombrelune.fr"),
            P("Séverine Lacombe", "severine.lacombe@ombrelune.fr"),
            P("Bastien Roux", "bastien.roux@ombrelune.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nVoici les participants de votre entretien technique :\n\n"
            "Séverine Lacombe (Directrice technique)\n"
            "Bastien Roux (Lead développeur, équipe Paiements) — c'est lui qui encadrera la personne "
            "recrutée\n\n"
            "Je serai également présente pour la partie questions/réponses.\n\n"
            "Apolline Mercier\nChargée de recrutement – Ombrelune" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Séverine Lacombe",
                    "severine.lacombe@ombrelune.fr",
                    "Directrice technique",
                    "executive",
                ),
                (
                    "Bastien Roux",
                    "bastien.roux@ombrelune.fr",
                    "Lead développeur, équipe Paiements",
                    "decision_maker",
                    True,
                ),
                (
                    "Apolline Mercier",
                    "apolline.mercier@ombrelune.fr",
                    "Chargée de recrutement",
                    "recruiter",
                ),
            ],
            "recruiter": ("Apolline Mercier", "apolline.mercier@ombrelune.fr"),
            "company": "Ombrelune",
            "position": "Développeur Backend Senior",
        },
    },
    {
        "id": "n-gupy-ics-portuguese-futura-gestora",
        "format": "ics",
        "style": "gupy",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Entrevista | Pessoa Engenheira de Dados Pleno | Alex Morgan",
        "start": "2029-03-21T15:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Talentos Jabuticaba", "talentos@jabuticaba.com.br"),
        "attendees": [
            ME,
            P("Renata Figueiredo", "renata.figueiredo@jabuticaba.com.br"),
            P("Caio Albuquerque", "caio.albuquerque@jabuticaba.com.br"),
        ],
        "description": (
            "Olá, Alex!\n\nSua entrevista técnica para a vaga de Pessoa Engenheira de Dados Pleno na "
            "Jabuticaba Pagamentos está confirmada.\n\nQuem vai conversar com você:\n"
            "Renata Figueiredo — Coordenadora de Engenharia de Dados, sua futura gestora\n"
            "Caio Albuquerque — Engenheiro de Dados Sênior\n\n"
            "Qualquer dúvida, fale com a nossa recrutadora Beatriz Monteiro "
            "(beatriz.monteiro@jabuticaba.com.br).\n\nEnviado pela Gupy" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Renata Figueiredo",
                    "renata.figueiredo@jabuticaba.com.br",
                    "Coordenadora de Engenharia de Dados",
                    "decision_maker",
                    True,
                ),
                (
                    "Caio Albuquerque",
                    "caio.albuquerque@jabuticaba.com.br",
                    "Engenheiro de Dados Sênior",
                    "peer",
                ),
            ],
            "recruiter": ("Beatriz Monteiro", "beatriz.monteiro@jabuticaba.com.br"),
            "company": "Jabuticaba Pagamentos",
            "position": "Pessoa Engenheira de Dados Pleno",
        },
    },
    {
        "id": "n-human-google-spanish-mexico-two-surnames-directora",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista Gerente de Planta – Alex Morgan / Grupo Tezontle",
        "start": "2029-03-22T09:00",
        "minutes": 90,
        "tz": "America/Mexico_City",
        "organizer": P("Ximena Cárdenas Olvera", "xcardenas@tezontle.mx"),
        "attendees": [
            ME,
            P("Ximena Cárdenas Olvera", "xcardenas@tezontle.mx"),
            P("Rodrigo Saldívar", "rsaldivar@tezontle.mx"),
        ],
        "description": (
            "Hola Alex,<br><br>Te comparto la invitación para la entrevista del puesto Gerente de Planta "
            "(Querétaro).<br><br>Participan:<br>"
            "Ximena Cárdenas Olvera<br>Directora de Operaciones<br>(a quien reportaría el puesto)<br><br>"
            "Rodrigo Saldívar<br>Gerente de Calidad<br><br>Saludos,<br>Ximena" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Ximena Cárdenas Olvera",
                    "xcardenas@tezontle.mx",
                    "Directora de Operaciones",
                    "decision_maker",
                    True,
                ),
                (
                    "Rodrigo Saldívar",
                    "rsaldivar@tezontle.mx",
                    "Gerente de Calidad",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Grupo Tezontle",
            "position": "Gerente de Planta",
        },
    },
    # --- roles said in prose ------------------------------------------------------------------
    {
        "id": "n-human-google-who-you-would-report-to-plus-peer",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex Morgan — Thornquill interview (Support Operations Analyst)",
        "start": "2029-04-02T10:30",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Delphine Arceneaux", "delphine@thornquill.com"),
        "attendees": [
            ME,
            P("Oskar Lindqvist", "oskar@thornquill.com"),
            P("Fenella Price", "fenella@thornquill.com"),
        ],
        "description": (
            "Hi Alex,<br><br>Thanks for your patience with scheduling. You'll be speaking with Oskar "
            "Lindqvist, who you would report to, and Fenella Price, one of the analysts on his team.<br><br>"
            "Oskar is our Support Operations Manager; Fenella is a Senior Support Operations Analyst.<br><br>"
            "I'm your point of contact for anything logistical.<br>Delphine Arceneaux, Recruiter"
            + _ZOOM_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Oskar Lindqvist",
                    "oskar@thornquill.com",
                    "Support Operations Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Fenella Price",
                    "fenella@thornquill.com",
                    "Senior Support Operations Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Delphine Arceneaux", "delphine@thornquill.com"),
            "company": "Thornquill",
            "position": "Support Operations Analyst",
        },
    },
    {
        "id": "n-human-ics-your-future-manager-no-title",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//zoom.us//iCalendar Event//EN",
        "title": "Zoom: Alex Morgan and Bertrand Achterberg",
        "start": "2029-04-03T17:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Clementine Wu", "clementine.wu@sablefinch.com"),
        "attendees": [ME, P("Bertrand Achterberg", "bertrand@sablefinch.com")],
        "description": (
            "Hi Alex,\n\nAs promised, here's time with Bertrand, your future manager if things go well. "
            "He'd like to talk through how the Revenue Operations team works and what the first six "
            "months in the RevOps Specialist role would look like.\n\n"
            "Clementine Wu\nPeople & Talent, Sablefinch" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Bertrand Achterberg", "bertrand@sablefinch.com", None, "decision_maker", True),
            ],
            "recruiter": ("Clementine Wu", "clementine.wu@sablefinch.com"),
            "company": "Sablefinch",
            "position": "RevOps Specialist",
        },
    },
    {
        "id": "n-goodtime-graph-leads-the-team-you-would-join",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Interview Confirmation: Alex Morgan - Security Engineer II - Halcyon Rail",
        "start": "2029-04-04T13:00",
        "minutes": 90,
        "tz": "Central Standard Time",
        "organizer": P("Halcyon Rail Interviews", "interviews@halcyonrail.com"),
        "attendees": [
            ME,
            P("Ayodele Fashola", "ayodele.fashola@halcyonrail.com"),
            P("Greer Mackintosh", "greer.mackintosh@halcyonrail.com"),
        ],
        "description": (
            "Session 1 (1:00 - 1:45 PM): Threat modelling with Greer Mackintosh, Security Engineer\n"
            "Session 2 (1:45 - 2:30 PM): Background & goals with Ayodele Fashola, who leads the team you "
            "would join (Product Security)\n\n"
            "Need to reschedule? Contact interviews@halcyonrail.com.\n\nScheduled with GoodTime"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Greer Mackintosh",
                    "greer.mackintosh@halcyonrail.com",
                    "Security Engineer",
                    "peer",
                ),
                (
                    "Ayodele Fashola",
                    "ayodele.fashola@halcyonrail.com",
                    None,
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "interviews@halcyonrail.com"),
            "company": "Halcyon Rail",
            "position": "Security Engineer II",
        },
    },
    {
        "id": "n-ashby-google-owns-the-hiring-decision-group-pm",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan - Product Sense Interview - Senior PM, Marketplace (Lumenhive)",
        "start": "2029-04-05T11:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Lumenhive Recruiting", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("Ottilie Brannigan", "ottilie@lumenhive.com"),
            P("Kwame Asante-Boateng", "kwame@lumenhive.com"),
        ],
        "description": (
            "<b>Product Sense Interview</b><br>Lumenhive · Senior PM, Marketplace<br><br>"
            "<b>Interviewers</b><br>Ottilie Brannigan, Group Product Manager — owns the hiring decision for "
            "this role<br>Kwame Asante-Boateng, Senior Product Manager, Supply<br><br>"
            "Recruiter: Sigrún Pálsdóttir (sigrun@lumenhive.com)" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Ottilie Brannigan",
                    "ottilie@lumenhive.com",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Kwame Asante-Boateng",
                    "kwame@lumenhive.com",
                    "Senior Product Manager, Supply",
                    "peer",
                ),
            ],
            "recruiter": ("Sigrún Pálsdóttir", "sigrun@lumenhive.com"),
            "company": "Lumenhive",
            "position": "Senior PM, Marketplace",
        },
    },
    {
        "id": "n-human-graph-skip-level-and-hm",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Round 3: Alex Morgan with Ravindra & Colette",
        "start": "2029-04-06T09:00",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P("Colette Ambrose", "colette.ambrose@pikestaff.co.uk"),
        "attendees": [
            ME,
            P("Colette Ambrose", "colette.ambrose@pikestaff.co.uk"),
            P("Ravindra Pillai", "ravindra.pillai@pikestaff.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nFor round three it's me again plus Ravindra Pillai, our Director of Engineering, "
            "who will be your skip-level. As before, I'm the hiring manager for the Senior QA Engineer "
            "post.\n\nColette\n\nColette Ambrose\nQA Engineering Manager\nPikestaff Software Ltd"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Colette Ambrose",
                    "colette.ambrose@pikestaff.co.uk",
                    "QA Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Ravindra Pillai",
                    "ravindra.pillai@pikestaff.co.uk",
                    "Director of Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Pikestaff Software",
            "position": "Senior QA Engineer",
        },
    },
    {
        "id": "n-greenhouse-ics-sits-on-panel-as-peer",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Panel Interview - Alex Morgan - Mechanical Design Engineer",
        "start": "2029-04-09T14:00",
        "minutes": 60,
        "tz": "America/Detroit",
        "organizer": P("Ferrovane Talent Team", "talent@ferrovane.com"),
        "attendees": [
            ME,
            P("Augustin Delacroix", "adelacroix@ferrovane.com"),
            P("Tomasz Wierzbicki", "twierzbicki@ferrovane.com"),
            P("Ngaire Tipene", "ntipene@ferrovane.com"),
        ],
        "description": (
            "Hello Alex,\n\nThe panel for your Mechanical Design Engineer interview:\n\n"
            "Augustin Delacroix is the engineering manager for the chassis group and the hiring manager.\n"
            "Tomasz Wierzbicki, a mechanical design engineer in the chassis group, sits on the panel as a "
            "peer.\nNgaire Tipene is the bar raiser; she is a Principal Systems Engineer from outside the "
            "team.\n\nFerrovane Talent Team" + TEAMS
        ),
        "location": "Ferrovane Tech Center, Building C, Auburn Hills",
        "expect": {
            "interviewers": [
                (
                    "Augustin Delacroix",
                    "adelacroix@ferrovane.com",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Tomasz Wierzbicki",
                    "twierzbicki@ferrovane.com",
                    "Mechanical Design Engineer",
                    "peer",
                ),
                (
                    "Ngaire Tipene",
                    "ntipene@ferrovane.com",
                    "Principal Systems Engineer",
                    "peer",
                ),
            ],
            "recruiter": (None, "talent@ferrovane.com"),
            "company": "Ferrovane",
            "position": "Mechanical Design Engineer",
        },
    },
    {
        "id": "n-modernloop-google-shadowing-not-interviewer",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "[Interview] Alex Morgan — System Design — Staff Engineer, Storage",
        "start": "2029-04-10T12:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Quarrystone Recruiting Ops", "recruiting-ops@quarrystone.dev"),
        "attendees": [
            ME,
            P("Benedikt Sauer", "benedikt@quarrystone.dev"),
            P("Aroha Ngata", "aroha@quarrystone.dev"),
        ],
        "description": (
            "<b>System Design</b> (60 min)<br>Interviewer: Benedikt Sauer — Principal Engineer, Storage<br>"
            "Aroha Ngata is shadowing this session as part of interviewer onboarding and will not ask "
            "questions.<br><br>Recruiter: Vashti Coleridge · vashti@quarrystone.dev<br>"
            "Scheduled via ModernLoop" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Benedikt Sauer",
                    "benedikt@quarrystone.dev",
                    "Principal Engineer, Storage",
                    "peer",
                ),
            ],
            "recruiter": ("Vashti Coleridge", "vashti@quarrystone.dev"),
            "company": "Quarrystone",
            "position": "Staff Engineer, Storage",
        },
    },
    {
        "id": "n-lever-graph-bar-raiser-director-title-in-parens",
        "format": "graph",
        "style": "lever",
        "difficulty": "medium",
        "title": "Alex Morgan / Onsite / Operations Program Manager / Tidewell",
        "start": "2029-04-11T09:00",
        "minutes": 120,
        "tz": "Pacific Standard Time",
        "organizer": P("Tidewell Recruiting", "recruiting@tidewell.com"),
        "attendees": [
            ME,
            P("Imani Okafor", "imani.okafor@tidewell.com"),
            P("Piers Hollingworth", "piers.h@tidewell.com"),
            P("Yasmin Haddad", "yasmin.haddad@tidewell.com"),
        ],
        "description": (
            "Schedule\n9:00 Imani Okafor (Operations Manager, Fulfilment) — hiring manager\n"
            "9:40 Piers Hollingworth (Senior Program Manager)\n"
            "10:20 Yasmin Haddad (Director, Supply Chain Planning) — bar raiser\n\n"
            "Your recruiter, Teodora Ionescu, will call you afterwards to walk you through next steps.\n"
            "Sent from Lever" + TEAMS
        ),
        "location": "Tidewell Fulfilment Centre, Reno",
        "expect": {
            "interviewers": [
                (
                    "Imani Okafor",
                    "imani.okafor@tidewell.com",
                    "Operations Manager, Fulfilment",
                    "decision_maker",
                    True,
                ),
                (
                    "Piers Hollingworth",
                    "piers.h@tidewell.com",
                    "Senior Program Manager",
                    "peer",
                ),
                (
                    "Yasmin Haddad",
                    "yasmin.haddad@tidewell.com",
                    "Director, Supply Chain Planning",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Teodora Ionescu", None),
            "company": "Tidewell",
            "position": "Operations Program Manager",
        },
    },
    {
        "id": "n-gem-ics-recruiter-walks-next-steps-not-attending",
        "format": "ics",
        "style": "gem",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex Morgan + Wystan (Marrowbone Labs) – Intro",
        "start": "2029-04-12T15:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Marisela Ortega", "marisela@marrowbonelabs.com"),
        "attendees": [ME, P("Wystan Pryor", "wystan@marrowbonelabs.com")],
        "description": (
            "Hi Alex,\n\nThanks for replying to my note! This is time with Wystan Pryor, our Head of "
            "Machine Learning and the hiring manager for the Applied ML Engineer role we talked about.\n\n"
            "I'm Marisela Ortega, the recruiter who will walk you through next steps after this call "
            "(marisela@marrowbonelabs.com).\n\nSent with Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Wystan Pryor",
                    "wystan@marrowbonelabs.com",
                    "Head of Machine Learning",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Marisela Ortega", "marisela@marrowbonelabs.com"),
            "company": "Marrowbone Labs",
            "position": "Applied ML Engineer",
        },
    },
    {
        "id": "n-human-graph-recruiter-runs-first-half-hm-second",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex Morgan x Quenby Insurance – first interview",
        "start": "2029-04-13T10:00",
        "minutes": 60,
        "tz": "Eastern Standard Time",
        "organizer": P("Harriet Olumide", "harriet.olumide@quenby.com"),
        "attendees": [
            ME,
            P("Harriet Olumide", "harriet.olumide@quenby.com"),
            P("Søren Kjeldsen", "soren.kjeldsen@quenby.com"),
        ],
        "description": (
            "Hi Alex,\n\nI'll take the first half hour (your background, salary expectations, timing) and "
            "then hand over to Søren Kjeldsen, Claims Analytics Lead, who owns the hiring decision for "
            "the Pricing Analyst role.\n\nHarriet Olumide\nSenior Recruiter | Quenby Insurance"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Harriet Olumide",
                    "harriet.olumide@quenby.com",
                    "Senior Recruiter",
                    "recruiter",
                ),
                (
                    "Søren Kjeldsen",
                    "soren.kjeldsen@quenby.com",
                    "Claims Analytics Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Harriet Olumide", "harriet.olumide@quenby.com"),
            "company": "Quenby Insurance",
            "position": "Pricing Analyst",
        },
    },
    {
        "id": "n-calendly-ics-recruiter-screen-sr-tech-recruiter",
        "format": "ics",
        "style": "calendly",
        "difficulty": "easy",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Recruiter Screen (25 min) between Alex Morgan and Anouk de Vries",
        "start": "2029-04-16T13:00",
        "minutes": 25,
        "tz": "Europe/Amsterdam",
        "organizer": P("Anouk de Vries", "anouk.devries@meerkoet.nl"),
        "attendees": [ME, P("Anouk de Vries", "anouk.devries@meerkoet.nl")],
        "description": (
            "Event Name: Recruiter Screen (25 min)\n\n"
            "Anouk de Vries, Sr. Technical Recruiter at Meerkoet — a first chat about the Frontend "
            "Engineer (React) opening.\n\nLocation: This is a Google Meet web conference.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7aa1\n"
            "Reschedule: https://calendly.com/reschedulings/7aa1\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Anouk de Vries",
                    "anouk.devries@meerkoet.nl",
                    "Sr. Technical Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Anouk de Vries", "anouk.devries@meerkoet.nl"),
            "company": "Meerkoet",
            "position": "Frontend Engineer (React)",
        },
    },
    {
        "id": "n-human-google-founder-coffee-emoji-title-report-to-me",
        "format": "google",
        "style": "founder",
        "difficulty": "hard",
        "title": "☕🚀 coffee — Alex + Rafferty (Quillfeather)",
        "start": "2029-04-17T08:30",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Rafferty Okoro", "raff@quillfeather.ai"),
        "attendees": [ME, P("Rafferty Okoro", "raff@quillfeather.ai")],
        "description": (
            "Excited to chat! Quick context: I'm co-founder & CEO at Quillfeather. We're looking for our "
            "first Founding Engineer and they'd report to me until we hire a CTO. Would love to hear "
            "what you're looking for.<br><br>Blue Bottle on Mint Plaza — or Meet if easier:"
            + _MEET_HTML
        ),
        "location": "Blue Bottle Coffee, 66 Mint St, San Francisco",
        "expect": {
            "interviewers": [
                (
                    "Rafferty Okoro",
                    "raff@quillfeather.ai",
                    "Co-founder & CEO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Quillfeather",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "n-goodtime-google-title-before-name-lines-vp",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Interview | Alex Morgan | Head of Partnerships | Veldtstar",
        "start": "2029-04-18T11:00",
        "minutes": 90,
        "tz": "Africa/Johannesburg",
        "organizer": P("Veldtstar Recruiting", "recruiting@veldtstar.co.za"),
        "attendees": [
            ME,
            P("Carla Mendes-Botha", "carla.mb@veldtstar.co.za"),
            P("Sipho Ndlovu", "sipho.ndlovu@veldtstar.co.za"),
        ],
        "description": (
            "<b>11:00 – 11:45</b><br>VP Commercial Carla Mendes-Botha<br><br>"
            "<b>11:45 – 12:30</b><br>Chief Operating Officer Sipho Ndlovu<br><br>"
            "The Head of Partnerships reports to Carla.<br><br>"
            "Your recruiter: Lindiwe Mahlangu (lindiwe.m@veldtstar.co.za)<br>Scheduled with GoodTime"
            + _ZOOM_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Carla Mendes-Botha",
                    "carla.mb@veldtstar.co.za",
                    "VP Commercial",
                    "decision_maker",
                    True,
                ),
                (
                    "Sipho Ndlovu",
                    "sipho.ndlovu@veldtstar.co.za",
                    "Chief Operating Officer",
                    "executive",
                ),
            ],
            "recruiter": ("Lindiwe Mahlangu", "lindiwe.m@veldtstar.co.za"),
            "company": "Veldtstar",
            "position": "Head of Partnerships",
        },
    },
    {
        "id": "n-human-ics-german-leiter-personalreferentin-coordinates",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Zweitgespräch Softwareentwickler Embedded (Job-ID 4471) - Alex Morgan",
        "start": "2029-04-19T10:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Schönhage, Petra", "petra.schoenhage@kranich-sensorik.de"),
        "attendees": [
            ME,
            P("Dr. Wendelin Haas", "wendelin.haas@kranich-sensorik.de"),
            P("Yilmaz, Emre", "emre.yilmaz@kranich-sensorik.de"),
        ],
        "description": (
            "Sehr geehrte/r Alex Morgan,\n\nwie telefonisch besprochen lade ich Sie zum Zweitgespräch ein. "
            "Ihre Gesprächspartner sind Herr Dr. Wendelin Haas (Leiter Softwareentwicklung) und Herr Emre "
            "Yilmaz (Senior Embedded Entwickler). Herr Dr. Haas wäre Ihr direkter Vorgesetzter.\n\n"
            "Mit freundlichen Grüßen\nPetra Schönhage\nPersonalreferentin\nKranich Sensorik GmbH"
            + TEAMS
        ),
        "location": "Kranich Sensorik, Raum Elbe, Dresden",
        "expect": {
            "interviewers": [
                (
                    "Wendelin Haas",
                    "wendelin.haas@kranich-sensorik.de",
                    "Leiter Softwareentwicklung",
                    "decision_maker",
                    True,
                ),
                (
                    "Emre Yilmaz",
                    "emre.yilmaz@kranich-sensorik.de",
                    "Senior Embedded Entwickler",
                    "peer",
                ),
            ],
            "recruiter": ("Petra Schönhage", "petra.schoenhage@kranich-sensorik.de"),
            "company": "Kranich Sensorik",
            "position": "Softwareentwickler Embedded",
        },
    },
    # --- positions with noise, companies in many shapes ----------------------------------------
    {
        "id": "n-smartrecruiters-google-interview-for-remote-eu-req",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Interview for: Senior Data Engineer - Remote (EU) - REQ-48213",
        "start": "2029-05-01T10:00",
        "minutes": 60,
        "tz": "Europe/Lisbon",
        "organizer": P("Hiring Team Azulejo Cloud", "hiring@azulejocloud.eu"),
        "attendees": [
            ME,
            P("Mafalda Teixeira", "mafalda.teixeira@azulejocloud.eu"),
            P("Jonas Petrauskas", "jonas.petrauskas@azulejocloud.eu"),
        ],
        "description": (
            "Company: Azulejo Cloud<br>Role: Senior Data Engineer<br>Location: Remote (EU)<br>"
            "Requisition: REQ-48213<br><br><b>Hiring team</b><br>"
            "Mafalda Teixeira — Data Engineering Manager (Hiring Manager)<br>"
            "Jonas Petrauskas — Senior Data Engineer<br><br>"
            "Recruiter: Ilse Vandenberghe — ilse.v@azulejocloud.eu<br>Sent via SmartRecruiters"
            + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Mafalda Teixeira",
                    "mafalda.teixeira@azulejocloud.eu",
                    "Data Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Jonas Petrauskas",
                    "jonas.petrauskas@azulejocloud.eu",
                    "Senior Data Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Ilse Vandenberghe", "ilse.v@azulejocloud.eu"),
            "company": "Azulejo Cloud",
            "position": "Senior Data Engineer",
        },
    },
    {
        "id": "n-icims-graph-position-dash-level-job-id",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Position - Software Engineer II | IC4 | Job ID 99812 - Interview with Alex Morgan",
        "start": "2029-05-02T14:00",
        "minutes": 60,
        "tz": "Central Standard Time",
        "organizer": P("Prairieline Talent Acquisition", "ta@prairieline.com"),
        "attendees": [
            ME,
            P("Haldane, Murdo", "murdo.haldane@prairieline.com"),
            P("Okwuosa, Chiamaka", "chiamaka.okwuosa@prairieline.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThis confirms your interview with Prairieline Mutual for the Software "
            "Engineer II position (Job ID 99812).\n\nInterview Team:\n"
            "Murdo Haldane - Manager, Claims Systems Engineering - Hiring Manager\n"
            "Chiamaka Okwuosa - Software Engineer III\n\n"
            "Please contact Talent Acquisition at ta@prairieline.com with any questions.\n\n"
            "Prairieline Mutual | Talent Acquisition" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Murdo Haldane",
                    "murdo.haldane@prairieline.com",
                    "Manager, Claims Systems Engineering",
                    "decision_maker",
                    True,
                ),
                (
                    "Chiamaka Okwuosa",
                    "chiamaka.okwuosa@prairieline.com",
                    "Software Engineer III",
                    "peer",
                ),
            ],
            "recruiter": (None, "ta@prairieline.com"),
            "company": "Prairieline Mutual",
            "position": "Software Engineer II",
        },
    },
    {
        "id": "n-workday-ics-role-label-contract-part-time",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview - Technical Writer (Contract) - JR104417",
        "start": "2029-05-03T11:00",
        "minutes": 45,
        "tz": "America/Toronto",
        "organizer": P("Maplethorn Recruiting", "workday-noreply@maplethorn.ca"),
        "attendees": [
            ME,
            P("Genevieve Tremblay", "genevieve.tremblay@maplethorn.ca"),
        ],
        "description": (
            "Candidate: Alex Morgan\nRole: Technical Writer (Contract)\nJob Requisition: JR104417\n"
            "Interviewer: Genevieve Tremblay - Documentation Manager\n"
            "Interview Type: Video\n\nRecruiter: Idris Bellamy (idris.bellamy@maplethorn.ca)\n\n"
            "Maplethorn Software Inc." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Genevieve Tremblay",
                    "genevieve.tremblay@maplethorn.ca",
                    "Documentation Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Idris Bellamy", "idris.bellamy@maplethorn.ca"),
            "company": "Maplethorn Software",
            "position": "Technical Writer (Contract)",
        },
    },
    {
        "id": "n-human-ics-all-caps-title-shift-supervisor",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "INTERVIEW - WAREHOUSE SHIFT SUPERVISOR - NIGHTS - ALEX MORGAN",
        "start": "2029-05-04T19:00",
        "minutes": 45,
        "tz": "America/Indiana/Indianapolis",
        "organizer": P("BRACKETT, DWAYNE", "dwayne.brackett@ironhollow.com"),
        "attendees": [
            ME,
            P("BRACKETT, DWAYNE", "dwayne.brackett@ironhollow.com"),
            P("OYELOWO, FUNMI", "funmi.oyelowo@ironhollow.com"),
        ],
        "description": (
            "ALEX,\n\nPLEASE COME TO THE GUARD SHACK AT DOCK 4 AND ASK FOR ME. FUNMI OYELOWO FROM HR WILL "
            "SIT IN AND GO OVER PAY AND SHIFT DIFFERENTIAL AT THE END.\n\nTHANKS\n"
            "DWAYNE BRACKETT\nNIGHT OPERATIONS MANAGER\nIRONHOLLOW DISTRIBUTION - PLAINFIELD DC"
        ),
        "location": "Ironhollow Distribution, 2100 Stafford Rd, Plainfield IN",
        "expect": {
            "interviewers": [
                (
                    "Dwayne Brackett",
                    "dwayne.brackett@ironhollow.com",
                    "Night Operations Manager",
                    "decision_maker",
                ),
                ("Funmi Oyelowo", "funmi.oyelowo@ironhollow.com", None, "recruiter"),
            ],
            "recruiter": ("Funmi Oyelowo", "funmi.oyelowo@ironhollow.com"),
            "company": "Ironhollow Distribution",
            "position": "Warehouse Shift Supervisor",
        },
    },
    {
        "id": "n-human-google-x-title-company-after-x",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Alex Morgan x Brightkite",
        "start": "2029-05-07T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Nadia Ferreira-Lowe", "nadia@brightkite.co"),
        "attendees": [ME, P("Nadia Ferreira-Lowe", "nadia@brightkite.co")],
        "description": (
            "Hi Alex — great to connect. I run Growth Marketing at Brightkite and I'm hiring a Lifecycle "
            "Marketing Manager onto my team, so this is a first conversation about that role.<br><br>"
            "Nadia Ferreira-Lowe | Director of Growth Marketing | Brightkite" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Nadia Ferreira-Lowe",
                    "nadia@brightkite.co",
                    "Director of Growth Marketing",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Brightkite",
            "position": "Lifecycle Marketing Manager",
        },
    },
    {
        "id": "n-agency-graph-client-named-consultant-organizer",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Client interview: Veridian Freight – Head of Transport Planning – Alex Morgan",
        "start": "2029-05-08T10:00",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P("Cressida Blythe", "cressida.blythe@harbourlinetalent.co.uk"),
        "attendees": [
            ME,
            P("Cressida Blythe", "cressida.blythe@harbourlinetalent.co.uk", optional=True),
            P("Alastair Mbeki", "alastair.mbeki@veridianfreight.co.uk"),
            P("Rowena Gillespie", "rowena.gillespie@veridianfreight.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed, here is your first interview with my client Veridian Freight.\n\n"
            "You'll meet Alastair Mbeki, Operations Director (the role reports to him), and Rowena "
            "Gillespie, HR Business Partner.\n\nI won't join the call but will ring you afterwards for "
            "feedback.\n\nCressida Blythe\nSenior Consultant, Supply Chain | Harbourline Talent"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Alastair Mbeki",
                    "alastair.mbeki@veridianfreight.co.uk",
                    "Operations Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Rowena Gillespie",
                    "rowena.gillespie@veridianfreight.co.uk",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Cressida Blythe", "cressida.blythe@harbourlinetalent.co.uk"),
            "company": "Veridian Freight",
            "position": "Head of Transport Planning",
        },
    },
    {
        "id": "n-greenhouse-google-subsidiary-a-group-company",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan - Care Pathways Analyst - Marrowfield",
        "start": "2029-05-09T13:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Marrowfield Group Careers", "careers@marrowfieldgroup.com"),
        "attendees": [
            ME,
            P("Euan McCallister", "euan.mccallister@marrowfieldcare.co.uk"),
            P("Adaeze Nwosu", "adaeze.nwosu@marrowfieldcare.co.uk"),
        ],
        "description": (
            "<p>Dear Alex,</p><p>Thank you for applying to <b>Marrowfield Care, a Marrowfield Group "
            "company</b>. Your interview panel:</p><ul><li>Euan McCallister, Head of Care Pathways "
            "(Hiring Manager)</li><li>Adaeze Nwosu, Senior Analyst, Care Pathways</li></ul>"
            "<p>Your recruiter is Bronwen Pugh (bronwen.pugh@marrowfieldgroup.com).</p>"
        ),
        "location": "Marrowfield Care, 3 Quay St, Manchester",
        "expect": {
            "interviewers": [
                (
                    "Euan McCallister",
                    "euan.mccallister@marrowfieldcare.co.uk",
                    "Head of Care Pathways",
                    "decision_maker",
                    True,
                ),
                (
                    "Adaeze Nwosu",
                    "adaeze.nwosu@marrowfieldcare.co.uk",
                    "Senior Analyst, Care Pathways",
                    "peer",
                ),
            ],
            "recruiter": ("Bronwen Pugh", "bronwen.pugh@marrowfieldgroup.com"),
            "company": "Marrowfield Care",
            "position": "Care Pathways Analyst",
        },
    },
    {
        "id": "n-workday-graph-subsidiary-services-of-parent",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Scheduled: Field Service Technician II (R0078812) - Alex Morgan",
        "start": "2029-05-10T08:00",
        "minutes": 60,
        "tz": "Mountain Standard Time",
        "organizer": P("Northbeam Recruiting", "recruiting@northbeam.com"),
        "attendees": [
            ME,
            P("Cody Redhorse", "cody.redhorse@northbeam.com"),
            P("Larissa Quist", "larissa.quist@northbeam.com"),
        ],
        "description": (
            "Company: Northbeam Energy Services, a Northbeam company\nJob: Field Service Technician II "
            "(R0078812)\nLocation: Casper, WY\n\nInterviewers:\n"
            "Cody Redhorse, Field Service Supervisor (Hiring Manager)\n"
            "Larissa Quist, Lead Field Technician\n\n"
            "Recruiter: Marcus Thibodeaux, marcus.thibodeaux@northbeam.com" + TEAMS
        ),
        "location": "Northbeam Energy Services yard, 800 N Poplar St, Casper WY",
        "expect": {
            "interviewers": [
                (
                    "Cody Redhorse",
                    "cody.redhorse@northbeam.com",
                    "Field Service Supervisor",
                    "decision_maker",
                    True,
                ),
                (
                    "Larissa Quist",
                    "larissa.quist@northbeam.com",
                    "Lead Field Technician",
                    "peer",
                ),
            ],
            "recruiter": ("Marcus Thibodeaux", "marcus.thibodeaux@northbeam.com"),
            "company": "Northbeam Energy Services",
            "position": "Field Service Technician II",
        },
    },
    {
        "id": "n-lever-ics-parens-title-and-team",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Lever Scheduling//EN",
        "title": "Design Portfolio Review — Alex Morgan — Senior Product Designer — Pennywhistle",
        "start": "2029-05-11T12:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Pennywhistle Scheduling", "scheduling@pennywhistle.app"),
        "attendees": [
            ME,
            P("Odalys Fuentes", "odalys@pennywhistle.app"),
            P("Thaddeus Crane", "thaddeus@pennywhistle.app"),
            P("Wren Castellanos", "wren@pennywhistle.app"),
        ],
        "description": (
            "Who you'll meet:\n"
            "Odalys Fuentes (Design Manager, Consumer team) - your future manager\n"
            "Thaddeus Crane (Senior Product Designer, Growth team)\n"
            "Wren Castellanos (Staff UX Researcher, Research team)\n\n"
            "Recruiter: Hollis Abernathy <hollis@pennywhistle.app>\nSent from Lever" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Odalys Fuentes",
                    "odalys@pennywhistle.app",
                    "Design Manager, Consumer team",
                    "decision_maker",
                    True,
                ),
                (
                    "Thaddeus Crane",
                    "thaddeus@pennywhistle.app",
                    "Senior Product Designer, Growth team",
                    "peer",
                ),
                (
                    "Wren Castellanos",
                    "wren@pennywhistle.app",
                    "Staff UX Researcher, Research team",
                    "peer",
                ),
            ],
            "recruiter": ("Hollis Abernathy", "hollis@pennywhistle.app"),
            "company": "Pennywhistle",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "n-ashby-ics-level-segment-l5-team-name",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Alex Morgan - Coding - Software Engineer [L5] - Search Relevance - Driftmoss",
        "start": "2029-05-14T10:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Driftmoss Recruiting", "no-reply@ashbyhq.com"),
        "attendees": [ME, P(None, "ebenezer@driftmoss.com")],
        "description": (
            "Coding Interview\nDriftmoss · Software Engineer\n\n"
            "Interviewer\nEbenezer Addo-Mensah · Senior Software Engineer, Search\n\n"
            "Recruiter: Pilar Echeverría (pilar@driftmoss.com)\n\nPowered by Ashby" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Ebenezer Addo-Mensah",
                    "ebenezer@driftmoss.com",
                    "Senior Software Engineer, Search",
                    "peer",
                ),
            ],
            "recruiter": ("Pilar Echeverría", "pilar@driftmoss.com"),
            "company": "Driftmoss",
            "position": "Software Engineer",
        },
    },
    {
        "id": "n-human-google-french-canadian-gestionnaire",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevue – Analyste BI principal(e) – Alex Morgan",
        "start": "2029-05-15T09:30",
        "minutes": 60,
        "tz": "America/Montreal",
        "organizer": P("Mathilde Gagnon-Roy", "mathilde.gagnon-roy@caribouvert.ca"),
        "attendees": [
            ME,
            P("Mathilde Gagnon-Roy", "mathilde.gagnon-roy@caribouvert.ca"),
            P("Félix Bouchard", "felix.bouchard@caribouvert.ca"),
        ],
        "description": (
            "Bonjour Alex,<br><br>Merci pour ton intérêt envers Caribou Vert. Tu rencontreras Félix "
            "Bouchard, Gestionnaire, Intelligence d'affaires — ton futur gestionnaire.<br>"
            "Je me joindrai à vous pour les dix dernières minutes afin de répondre à tes questions sur "
            "les avantages sociaux.<br><br>Mathilde Gagnon-Roy<br>Conseillère en acquisition de talents"
            "<br>Caribou Vert inc." + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Félix Bouchard",
                    "felix.bouchard@caribouvert.ca",
                    "Gestionnaire, Intelligence d'affaires",
                    "decision_maker",
                    True,
                ),
                (
                    "Mathilde Gagnon-Roy",
                    "mathilde.gagnon-roy@caribouvert.ca",
                    "Conseillère en acquisition de talents",
                    "recruiter",
                ),
            ],
            "recruiter": ("Mathilde Gagnon-Roy", "mathilde.gagnon-roy@caribouvert.ca"),
            "company": "Caribou Vert",
            "position": "Analyste BI principal(e)",
        },
    },
    {
        "id": "n-human-graph-portuguese-team-lead-and-diretor",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista técnica - Engenheiro(a) de Software Backend - Alex Morgan",
        "start": "2029-05-16T14:00",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P("Gonçalo Matos", "goncalo.matos@andorinha.pt"),
        "attendees": [
            ME,
            P("Gonçalo Matos", "goncalo.matos@andorinha.pt"),
            P("Inês Carvalhal", "ines.carvalhal@andorinha.pt"),
        ],
        "description": (
            "Olá Alex,\n\nObrigado pela disponibilidade. Na entrevista estarei eu, Team Lead da equipa de "
            "Backend (serias integrado na minha equipa), e a Inês Carvalhal, Diretora de Engenharia.\n\n"
            "Até breve,\nGonçalo Matos\nTeam Lead, Backend | Andorinha Tech" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Gonçalo Matos",
                    "goncalo.matos@andorinha.pt",
                    "Team Lead, Backend",
                    "decision_maker",
                    True,
                ),
                (
                    "Inês Carvalhal",
                    "ines.carvalhal@andorinha.pt",
                    "Diretora de Engenharia",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Andorinha Tech",
            "position": "Engenheiro(a) de Software Backend",
        },
    },
    {
        "id": "n-smartrecruiters-graph-emoji-title-slash-titles-no-names",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "🎯 Interview | Treasury Operations Specialist | Pelican Reef Bank 🏦",
        "start": "2029-05-17T10:00",
        "minutes": 60,
        "tz": "Singapore Standard Time",
        "organizer": P("Pelican Reef Bank Talent", "talent@pelicanreef.sg"),
        "attendees": [
            ME,
            P(None, "weiling.tan@pelicanreef.sg"),
            P(None, "suresh.r@pelicanreef.sg"),
        ],
        "description": (
            "Interview panel:\nWei Ling Tan / VP, Treasury Operations / Hiring Manager\n"
            "Suresh Rajaratnam / Senior Associate, Treasury Operations\n\n"
            "Recruiter: Hui Min Ong (huimin.ong@pelicanreef.sg)\nSent via SmartRecruiters" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Wei Ling Tan",
                    "weiling.tan@pelicanreef.sg",
                    "VP, Treasury Operations",
                    "decision_maker",
                    True,
                ),
                (
                    "Suresh Rajaratnam",
                    "suresh.r@pelicanreef.sg",
                    "Senior Associate, Treasury Operations",
                    "peer",
                ),
            ],
            "recruiter": ("Hui Min Ong", "huimin.ong@pelicanreef.sg"),
            "company": "Pelican Reef Bank",
            "position": "Treasury Operations Specialist",
        },
    },
    {
        "id": "n-human-ics-pipe-table-part-time-practice-manager",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//macOS 14.4//EN",
        "title": "Interview – Dental Receptionist (Part-time) – Alex",
        "start": "2029-05-18T12:30",
        "minutes": 30,
        "tz": "Australia/Melbourne",
        "organizer": P("Bernadette Kyriakou", "bernadette@elmstreetdental.com.au"),
        "attendees": [
            ME,
            P("Bernadette Kyriakou", "bernadette@elmstreetdental.com.au"),
            P("Dr Tariq Saleem", "tariq@elmstreetdental.com.au"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for coming in. Here's who you'll meet:\n\n"
            "Name | Role\nBernadette Kyriakou | Practice Manager (you'd report to me)\n"
            "Dr Tariq Saleem | Principal Dentist & Owner\n\n"
            "Parking is behind the building.\n\nBernadette\nElm Street Dental, Brunswick"
        ),
        "location": "Elm Street Dental, 14 Elm St, Brunswick VIC",
        "expect": {
            "interviewers": [
                (
                    "Bernadette Kyriakou",
                    "bernadette@elmstreetdental.com.au",
                    "Practice Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Tariq Saleem",
                    "tariq@elmstreetdental.com.au",
                    "Principal Dentist & Owner",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Elm Street Dental",
            "position": "Dental Receptionist (Part-time)",
        },
    },
    {
        "id": "n-gem-google-sourcer-organizer-head-of-design-coffee",
        "format": "google",
        "style": "gem",
        "difficulty": "medium",
        "title": "Coffee chat: Alex Morgan <> Leocadia Brandt (Sundial Health)",
        "start": "2029-05-21T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Emeka Umeh", "emeka.umeh@sundialhealth.com"),
        "attendees": [
            ME,
            P("Leocadia Brandt", "leocadia.brandt@sundialhealth.com"),
            P("Emeka Umeh", "emeka.umeh@sundialhealth.com", optional=True),
        ],
        "description": (
            "Hi Alex,<br><br>Thanks for being open to a chat! Leocadia leads the team you would join as "
            "Staff Content Designer — she's our Head of Design.<br><br>This is informal, no prep needed. "
            "I've added myself as optional in case anything comes up with timing.<br><br>"
            "Emeka Umeh<br>Talent Sourcer, Sundial Health<br>Sent with Gem" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Leocadia Brandt",
                    "leocadia.brandt@sundialhealth.com",
                    "Head of Design",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Emeka Umeh", "emeka.umeh@sundialhealth.com"),
            "company": "Sundial Health",
            "position": "Staff Content Designer",
        },
    },
    {
        "id": "n-human-graph-from-the-team-lowercase-prose-titles",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan - conversation with Credit Risk",
        "start": "2029-05-22T11:00",
        "minutes": 45,
        "tz": "W. Africa Standard Time",
        "organizer": P("Sunday Adeyemi", "sunday.adeyemi@kolanutbank.ng"),
        "attendees": [
            ME,
            P("Sunday Adeyemi", "sunday.adeyemi@kolanutbank.ng"),
            P("Ibrahim Sesay", "ibrahim.sesay@kolanutbank.ng"),
        ],
        "description": (
            "Dear Alex,\n\nFollowing your application for the Credit Risk Modeller vacancy, I'd like to "
            "invite you to a conversation with me and Ibrahim Sesay from the Credit Risk team - he is a "
            "senior risk analyst and would work closely with you. The modeller will sit in my unit and "
            "report to me.\n\nWarm regards,\nSunday Adeyemi\nHead, Credit Risk Modelling\nKolanut Bank Plc"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Sunday Adeyemi",
                    "sunday.adeyemi@kolanutbank.ng",
                    "Head, Credit Risk Modelling",
                    "decision_maker",
                    True,
                ),
                (
                    "Ibrahim Sesay",
                    "ibrahim.sesay@kolanutbank.ng",
                    "Senior Risk Analyst",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Kolanut Bank",
            "position": "Credit Risk Modeller",
        },
    },
    {
        "id": "n-calendly-google-collective-hosts-emoji-level-event",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "💻 Tech chat – Platform Engineer (IC3) between Alex Morgan and Inês Duarte",
        "start": "2029-05-23T10:00",
        "minutes": 45,
        "tz": "Europe/Lisbon",
        "organizer": P("Inês Duarte", "ines@saltmarsh.dev"),
        "attendees": [
            ME,
            P("Inês Duarte", "ines@saltmarsh.dev"),
            P("Tobias Rhee", "tobias@saltmarsh.dev"),
        ],
        "description": (
            "Event Name: 💻 Tech chat – Platform Engineer (IC3)\n\n"
            "Hosts: Inês Duarte (Engineering Manager, Platform) & Tobias Rhee (Staff Engineer). Inês is "
            "the hiring manager.\n\nLocation: This is a Google Meet web conference.\n\n"
            "Please share anything that will help prepare for our meeting.: Saltmarsh platform role, "
            "CV attached\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/91bd\nReschedule: https://calendly.com/reschedulings/91bd"
            "\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Inês Duarte",
                    "ines@saltmarsh.dev",
                    "Engineering Manager, Platform",
                    "decision_maker",
                    True,
                ),
                ("Tobias Rhee", "tobias@saltmarsh.dev", "Staff Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Saltmarsh",
            "position": "Platform Engineer",
        },
    },
    # --- near-misses that mention interviewing ------------------------------------------------
    {
        "id": "n-not-graph-interview-training-internal",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interviewer Training: Assessing Senior Candidates (Cohort 4)",
        "start": "2029-06-01T14:00",
        "minutes": 90,
        "tz": "Eastern Standard Time",
        "organizer": P("Initech Talent Academy", "talent.academy@initech.com"),
        "attendees": [
            ME_WORK,
            P("Giselle Fonteyn", "giselle.fonteyn@initech.com"),
            P("Rashid Karimi", "rashid.karimi@initech.com"),
        ],
        "description": (
            "Welcome to cohort 4! In this session Giselle Fonteyn (Director, Talent Acquisition) walks "
            "through structured interviewing, writing a scorecard and avoiding halo bias. Bring a recent "
            "interview you ran.\n\nAfter this session you can shadow two loops before leading one."
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "n-not-google-hiring-committee-debrief",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "HC debrief – Staff Data Engineer candidate (J. Okonjo)",
        "start": "2029-06-04T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Perpetua Nolan", "perpetua.nolan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Perpetua Nolan", "perpetua.nolan@initech.com"),
            P("Dmitri Volkov", "dmitri.volkov@initech.com"),
            P("Amara Obi", "amara.obi@initech.com"),
        ],
        "description": (
            "Hiring committee debrief for Jide Okonjo's onsite. Interviewers: please submit scorecards "
            "beforehand. Hiring manager: Dmitri Volkov. Bar raiser: Alex Morgan." + _MEET_HTML
        ),
        "expect": None,
    },
    {
        "id": "n-not-ics-podcast-recording-guest",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Riverside.fm//Riverside//EN",
        "title": "Recording: Build/Break podcast – interview with Alex Morgan",
        "start": "2029-06-05T18:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Mbali Khumalo", "mbali@buildbreakpod.com"),
        "attendees": [ME, P("Mbali Khumalo", "mbali@buildbreakpod.com")],
        "description": (
            "Hi Alex! Thanks for coming on the show. We'll record a ~45 min interview about your migration "
            "talk, then a short rapid-fire round. Studio link: https://riverside.fm/studio/buildbreak\n\n"
            "Mbali Khumalo, Host & Producer, Build/Break"
        ),
        "expect": None,
    },
    {
        "id": "n-not-google-customer-interview-user-runs",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Customer interview: Dr. Anjali Patel (Head of Operations, Fernleaf Clinics)",
        "start": "2029-06-06T13:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Anjali Patel", "anjali.patel@fernleafclinics.com"),
            P("Bo Lindgren", "bo.lindgren@initech.com", optional=True),
        ],
        "description": (
            "Discovery interview for the scheduling redesign. Alex leads, Bo takes notes.<br>"
            "Guide: https://docs.initech.com/research/scheduling-guide<br>"
            "Dr. Patel agreed to a $100 gift card." + _ZOOM_HTML
        ),
        "expect": None,
    },
    {
        "id": "n-not-graph-journalist-interviews-user",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview request – The Ledger Weekly (feature on AI in accounting)",
        "start": "2029-06-07T10:30",
        "minutes": 30,
        "tz": "GMT Standard Time",
        "organizer": P("Fenwick Oduya", "f.oduya@ledgerweekly.co.uk"),
        "attendees": [
            ME_WORK,
            P("Fenwick Oduya", "f.oduya@ledgerweekly.co.uk"),
            P("Initech Press Office", "press@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for agreeing to be interviewed for our feature. I'll ask about Initech's "
            "reconciliation product and your view on where the market goes. The piece runs on the 20th.\n\n"
            "Fenwick Oduya\nSenior Reporter, The Ledger Weekly" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "n-not-ics-candidate-rejection-sync",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Sync: rejections for Product Analyst pipeline (post-interview)",
        "start": "2029-06-08T11:30",
        "minutes": 25,
        "tz": "America/New_York",
        "organizer": P("Calloway Finch", "calloway.finch@initech.com"),
        "attendees": [ME_WORK, P("Calloway Finch", "calloway.finch@initech.com")],
        "description": (
            "Quick sync to agree wording for the 6 candidates we're not moving forward after interviews, "
            "and who calls the two finalists. I'm the recruiter, you're the HM — 25 mins is plenty."
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "n-not-google-user-is-interviewer-on-panel",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Priyanka Sethi - Staff Backend Engineer - Initech",
        "start": "2029-06-11T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            ME_WORK,
            P("Priyanka Sethi", "priyanka.sethi@gmail.com"),
            P("Hollis Grange", "hollis.grange@initech.com"),
        ],
        "description": (
            "<b>Interviewer kit</b><br>Candidate: Priyanka Sethi<br>Role: Staff Backend Engineer<br>"
            "Your focus area: System design (Alex Morgan, lead interviewer) and Collaboration (Hollis "
            "Grange)<br>Submit your scorecard within 24 hours in Greenhouse." + _MEET_HTML
        ),
        "expect": None,
    },
    {
        "id": "n-not-graph-recruiter-pipeline-review",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Weekly pipeline review – Engineering reqs (interviews, offers, sourcing)",
        "start": "2029-06-12T09:00",
        "minutes": 30,
        "tz": "Eastern Standard Time",
        "organizer": P("Tamsin Wolde", "tamsin.wolde@initech.com"),
        "attendees": [
            ME_WORK,
            P("Tamsin Wolde", "tamsin.wolde@initech.com"),
            P("Ezra Kowalczyk", "ezra.kowalczyk@initech.com"),
        ],
        "description": (
            "Standing agenda: interviews scheduled this week, candidates awaiting feedback, offers out, "
            "sourcing targets. Dashboard: https://initech.greenhouse.io/reports/pipeline" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "n-not-ics-webinar-structured-interviewing-vendor",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//zoom.us//iCalendar Event//EN",
        "title": "Webinar: Structured Interviews That Predict Performance",
        "start": "2029-06-13T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Hireloom Events", "events@hireloom.com"),
        "attendees": [ME_WORK],
        "description": (
            "Thanks for registering! Join Dr. Saoirse Keating (Chief Science Officer, Hireloom) and "
            "Marcus Ebbesen (VP Talent, Fjordline) for a live session on interview rubrics.\n\n"
            "Add to calendar and join here:" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "n-not-google-oral-history-grandma",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Interview Nana for the family oral history 🎙️",
        "start": "2029-06-16T15:00",
        "minutes": 120,
        "tz": "America/Chicago",
        "organizer": ME,
        "attendees": [ME, P("Rosemary Morgan", "rosie.morgan52@gmail.com")],
        "description": "Bring the recorder + the photo albums. Questions doc in Drive.",
        "location": "Nana's house",
        "expect": None,
    },
    {
        "id": "n-not-graph-reference-check-user-gives",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference call re: Tobias Lindahl – Senior Analyst role at Corbelline",
        "start": "2029-06-18T12:00",
        "minutes": 20,
        "tz": "Eastern Standard Time",
        "organizer": P("Oona Halloran", "oona.halloran@corbelline.com"),
        "attendees": [ME_WORK, P("Oona Halloran", "oona.halloran@corbelline.com")],
        "description": (
            "Hi Alex,\n\nTobias listed you as a reference following his final interview with us. Twenty "
            "minutes to hear about working with him would be very helpful.\n\nOona Halloran\n"
            "Talent Acquisition Lead, Corbelline" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "n-not-ics-interview-question-bank-workshop",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Workshop: refresh the SRE interview question bank",
        "start": "2029-06-19T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Nikolai Brandt", "nikolai.brandt@initech.com"),
            P("Oyin Bakare", "oyin.bakare@initech.com"),
        ],
        "description": (
            "Goal: retire leaked questions, add two incident scenarios, calibrate the hiring bar for "
            "senior vs staff. Please read the last quarter's interview feedback first." + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "n-not-google-career-coach-debrief-after-interview",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Debrief w/ coach after Thornquill interview",
        "start": "2029-06-20T18:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Imelda Sarr", "imelda@sarrcoaching.com"),
        "attendees": [ME, P("Imelda Sarr", "imelda@sarrcoaching.com")],
        "description": (
            "Hi Alex, let's go over how the panel went, what you'd say differently, and draft your "
            "thank-you notes. Imelda Sarr, Career Coach" + _ZOOM_HTML
        ),
        "expect": None,
    },
    {
        "id": "n-not-graph-hm-intake-user-is-hiring-manager",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Intake: Senior Data Engineer req – HM Alex Morgan / Recruiter Tamsin",
        "start": "2029-06-21T10:00",
        "minutes": 45,
        "tz": "Eastern Standard Time",
        "organizer": P("Tamsin Wolde", "tamsin.wolde@initech.com"),
        "attendees": [ME_WORK, P("Tamsin Wolde", "tamsin.wolde@initech.com")],
        "description": (
            "Intake meeting for the new Senior Data Engineer opening: must-haves, interview plan and "
            "panel, comp band, sourcing channels.\n\nTamsin Wolde\nSenior Recruiter, Initech"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "n-not-ics-sell-call-user-pitches-candidate",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Sell call: Alex Morgan with candidate Rúben Tavares (Staff Eng, post-onsite)",
        "start": "2029-06-22T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [ME_WORK, P("Rúben Tavares", "ruben.tavares@outlook.com")],
        "description": (
            "Rúben finished his interviews on Tuesday and we're extending an offer. Alex, as his future "
            "manager please pitch the team and answer his questions about on-call.\n\n"
            "Initech Recruiting" + MEET
        ),
        "expect": None,
    },
]
