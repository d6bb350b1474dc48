# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Fresh held-out batch "fresh-17", written blind by a writer who does not tune the parser, before
any run of the parser on it (issue 16). 60 invites: 45 interviews and 15 non-interviews that
mention interviewing (the user's own company's debriefs, holds and trainings, a flat-share
casting, a stay interview with the user's own manager, an au-pair interview the user runs, an
interpreter booking...). The writer never read, imported or ran the extraction code, the bench
or the corpus tests. Angle: invites as they really arrive - forwarded by a recruiter or an
executive assistant, edited by hand, humans' quick Zoom/Meet/Teams invites with chatty
descriptions, signatures with titles, non-US companies and languages (German, French, Spanish,
Dutch, Nordic, Japanese, Portuguese), agencies on behalf of clients, reschedules, and the ATS
tools' templates as they are. Held out in `heldout-fresh17/`, rendered by `build_heldout17.py`;
`build.py` never imports it.

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions: a person called the hiring manager or the candidate's future manager is a
decision_maker with the hiring-manager mark; people-manager titles (engineering manager, head
of, director) are decision_makers; CEO/founder/CTO/VP/chief are executives unless called the
hiring manager; a recruiter who runs the call is an interviewer (role recruiter) and the
recruiter; a team mailbox recruiter is (None, address); coordinators without a recruiter are the
recruiter; legal forms and requisition ids are left out; whatever the invite does not say is
None/unknown. Names in two scripts are written in their Latin form; titles are written as the
invite writes them (in its language). "difficulty" is the writer's guess (easy / medium / hard)
of how hard a case is to read; non-interviews have "expect": None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics --------------------------------------------------------------------------------
    {
        "id": "f17-greenhouse-ics-forwarded-by-recruiter-berlin",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Fwd: Interview Confirmation - Backend Engineer (Go) - Fahrwerk Mobility",
        "start": "2029-04-10T10:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Henrike Staudinger", "henrike.staudinger@fahrwerk-mobility.de"),
        "attendees": [
            ME,
            P("Henrike Staudinger", "henrike.staudinger@fahrwerk-mobility.de"),
            P("Kaspar Wendlandt", "kaspar.wendlandt@fahrwerk-mobility.de"),
            P("Yeliz Aksoy", "yeliz.aksoy@fahrwerk-mobility.de"),
        ],
        "description": (
            "Hi Alex, forwarding this so it lands in your calendar too - the Greenhouse email went to "
            "your old address. See you Thursday!\nHenrike\n\n"
            "---------- Forwarded message ---------\n"
            "From: Fahrwerk Mobility <no-reply@greenhouse.io>\n"
            "Subject: Interview Confirmation - Backend Engineer (Go) - Fahrwerk Mobility\n\n"
            "Dear Alex,\n\nThank you for your interest in Fahrwerk Mobility GmbH. Your interview is scheduled as follows:\n\n"
            "10:00 - 10:45 CET  Technical Interview with Yeliz Aksoy (Senior Backend Engineer)\n"
            "10:45 - 11:30 CET  Team & Ways of Working with Kaspar Wendlandt (Engineering Manager, Routing)\n\n"
            "Kaspar is the hiring manager for this role.\n\n"
            "Kind regards,\nHenrike Staudinger\nSenior Talent Acquisition Manager\nFahrwerk Mobility GmbH | Torstraße 140 | 10119 Berlin"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Yeliz Aksoy",
                    "yeliz.aksoy@fahrwerk-mobility.de",
                    "Senior Backend Engineer",
                    "peer",
                ),
                (
                    "Kaspar Wendlandt",
                    "kaspar.wendlandt@fahrwerk-mobility.de",
                    "Engineering Manager, Routing",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Henrike Staudinger", "henrike.staudinger@fahrwerk-mobility.de"),
            "company": "Fahrwerk Mobility",
            "position": "Backend Engineer (Go)",
        },
    },
    {
        "id": "f17-personio-ics-german-template-werkstudent",
        "format": "ics",
        "style": "personio",
        "difficulty": "hard",
        "prodid": "-//Personio GmbH//Personio Calendar//DE",
        "title": "Einladung zum Vorstellungsgespräch: Werkstudent Marketing (m/w/d) - Alex Morgan",
        "start": "2029-04-11T14:00",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Grünhof Getränke Recruiting", "jobs@gruenhof-getraenke.de"),
        "attendees": [
            ME,
            P("Wiebke Hansmann", "w.hansmann@gruenhof-getraenke.de"),
            P("Ole Brandstätter", "o.brandstaetter@gruenhof-getraenke.de"),
        ],
        "description": (
            "Hallo Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Werkstudent Marketing (m/w/d) bei der Grünhof Getränke GmbH.\n\n"
            "Gerne laden wir Sie zu einem persönlichen Gespräch ein.\n\n"
            'Datum: Mittwoch, 11.04.2029\nUhrzeit: 14:00 - 14:45 Uhr\nOrt: Grünhof Getränke GmbH, Am Speicher 7, 28217 Bremen, 2. OG, Raum "Hopfen"\n\n'
            "Gesprächspartner:\n- Wiebke Hansmann (Teamleitung Marketing)\n- Ole Brandstätter (Brand Manager)\n\n"
            "Bitte bringen Sie Ihre aktuelle Immatrikulationsbescheinigung mit.\n\n"
            "Bei Fragen erreichen Sie uns unter jobs@gruenhof-getraenke.de.\n\nMit freundlichen Grüßen\nIhr Grünhof Getränke Recruiting-Team"
        ),
        "location": "Am Speicher 7, 28217 Bremen",
        "expect": {
            "interviewers": [
                (
                    "Wiebke Hansmann",
                    "w.hansmann@gruenhof-getraenke.de",
                    "Teamleitung Marketing",
                    "decision_maker",
                ),
                (
                    "Ole Brandstätter",
                    "o.brandstaetter@gruenhof-getraenke.de",
                    "Brand Manager",
                    "peer",
                ),
            ],
            "recruiter": (None, "jobs@gruenhof-getraenke.de"),
            "company": "Grünhof Getränke",
            "position": "Werkstudent Marketing",
        },
    },
    {
        "id": "f17-teamtailor-ics-swedish-intervju",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "medium",
        "prodid": "-//Teamtailor//Teamtailor Calendar//SV",
        "title": "Intervju: Alex Morgan - Underhållstekniker, Kiruna",
        "start": "2029-04-12T09:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Malin Öhrström", "malin.ohrstrom@norrmalmsgruvan.se"),
        "attendees": [
            ME,
            P("Malin Öhrström", "malin.ohrstrom@norrmalmsgruvan.se"),
            P("Jukka Taavitsainen", "jukka.taavitsainen@norrmalmsgruvan.se"),
        ],
        "description": (
            "Hej Alex!\n\nVälkommen på intervju för tjänsten Underhållstekniker i Kiruna.\n\n"
            "Du träffar:\nJukka Taavitsainen, Underhållschef (rekryterande chef)\nMalin Öhrström, HR-partner\n\n"
            "Intervjun hålls på Teams. Länken finns nedan.\n\n"
            "Med vänliga hälsningar,\nMalin Öhrström\nHR-partner | Norrmalmsgruvan AB\n\n"
            "Skickat via Teamtailor" + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Jukka Taavitsainen",
                    "jukka.taavitsainen@norrmalmsgruvan.se",
                    "Underhållschef",
                    "decision_maker",
                    True,
                ),
                ("Malin Öhrström", "malin.ohrstrom@norrmalmsgruvan.se", "HR-partner", "recruiter"),
            ],
            "recruiter": ("Malin Öhrström", "malin.ohrstrom@norrmalmsgruvan.se"),
            "company": "Norrmalmsgruvan",
            "position": "Underhållstekniker",
        },
    },
    {
        "id": "f17-human-ics-zoom-head-brewer-chatty",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//zoom.us//Zoom Meeting//EN",
        "title": "Alex / Saltmarsh Brewing - quick chat",
        "start": "2029-04-13T16:30",
        "minutes": 30,
        "tz": "America/Denver",
        "organizer": P("Declan Fairweather", "declan@saltmarshbrewing.com"),
        "attendees": [ME],
        "description": (
            "Hey Alex,\n\nGreat to get your note - we've been trying to find another brewer since "
            "the spring and your time at the co-op sounds like exactly the right background. "
            "Let's just do a relaxed half hour on Zoom: I'll tell you what the cellar and brew "
            "schedule look like, you tell me what you're after. If it clicks we'll get you down "
            "to the brewhouse for a trial brew day.\n\nCheers,\nDeclan\n\n--\nDeclan Fairweather\n"
            "Head Brewer & Co-Owner\nSaltmarsh Brewing Co. | Fort Collins, CO" + ZOOM
        ),
        "location": "https://us02web.zoom.us/j/84512345678?pwd=bXlQa2ZzT1Z",
        "expect": {
            "interviewers": [
                (
                    "Declan Fairweather",
                    "declan@saltmarshbrewing.com",
                    "Head Brewer & Co-Owner",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Saltmarsh Brewing",
            "position": None,
        },
    },
    {
        "id": "f17-agency-ics-french-cabinet-client-onsite",
        "format": "ics",
        "style": "agency",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Entretien - Responsable Logistique Entrepôt - Transports Vernay (via Cabinet Ancel & Roux)",
        "start": "2029-04-16T10:00",
        "minutes": 75,
        "tz": "Europe/Paris",
        "organizer": P("Solène Ancel", "s.ancel@ancel-roux-rh.fr"),
        "attendees": [ME],
        "description": (
            "Bonjour Alex,\n\nComme convenu par téléphone, voici la confirmation de votre entretien chez notre client Transports Vernay "
            "pour le poste de Responsable Logistique Entrepôt (site de Saint-Priest).\n\n"
            "Vous serez reçu(e) par :\n"
            "- M. Thibault Vernay, Directeur Général\n"
            "- Mme Aurélie Castagné, Directrice des Opérations - votre future responable directe\n\n"
            "Adresse : 12 rue du Dauphiné, 69800 Saint-Priest. Présentez-vous à l'accueil du bâtiment B.\n\n"
            "Je vous appelle après l'entretien pour un débrief.\n\n"
            "Bien cordialement,\nSolène Ancel\nConsultante Senior Supply Chain\nCabinet Ancel & Roux - Conseil en recrutement\n+33 4 72 55 01 98"
        ),
        "location": "12 rue du Dauphiné, 69800 Saint-Priest",
        "expect": {
            "interviewers": [
                ("Thibault Vernay", None, "Directeur Général", "executive"),
                ("Aurélie Castagné", None, "Directrice des Opérations", "decision_maker", True),
            ],
            "recruiter": ("Solène Ancel", "s.ancel@ancel-roux-rh.fr"),
            "company": "Transports Vernay",
            "position": "Responsable Logistique Entrepôt",
        },
    },
    {
        "id": "f17-icims-ics-distribution-center-shift-lead",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//iCIMS Talent Platform//EN",
        "title": "Interview Invitation: Shift Lead - Outbound (Req 2029-11873) - Harrowgate Foods",
        "start": "2029-04-17T07:30",
        "minutes": 45,
        "tz": "America/Indiana/Indianapolis",
        "organizer": P("Harrowgate Foods Talent Acquisition", "talent@harrowgatefoods.icims.com"),
        "attendees": [
            ME,
            P("Rosalind Petrakis", "rpetrakis@harrowgatefoods.com"),
            P("Emeka Nwachukwu", "enwachukwu@harrowgatefoods.com"),
        ],
        "description": (
            "Interview Details\n-----------------\n"
            "Candidate: Alex Morgan\nJob: Shift Lead - Outbound\nRequisition: 2029-11873\n"
            "Location: Harrowgate Foods Distribution Center, 4400 Commerce Pkwy, Plainfield, IN\n"
            "Interview Type: In Person\n\n"
            "Interview Team:\nRosalind Petrakis - Outbound Operations Manager\nEmeka Nwachukwu - Shift Lead, Inbound\n\n"
            "Please check in at the guard shack with a photo ID. Closed-toe shoes required on the floor tour.\n\n"
            "Recruiter: Tamsin Okafor (tokafor@harrowgatefoods.com)\n\n"
            "This message was sent from iCIMS on behalf of Harrowgate Foods."
        ),
        "location": "4400 Commerce Pkwy, Plainfield, IN",
        "expect": {
            "interviewers": [
                (
                    "Rosalind Petrakis",
                    "rpetrakis@harrowgatefoods.com",
                    "Outbound Operations Manager",
                    "decision_maker",
                ),
                (
                    "Emeka Nwachukwu",
                    "enwachukwu@harrowgatefoods.com",
                    "Shift Lead, Inbound",
                    "peer",
                ),
            ],
            "recruiter": ("Tamsin Okafor", "tokafor@harrowgatefoods.com"),
            "company": "Harrowgate Foods",
            "position": "Shift Lead - Outbound",
        },
    },
    {
        "id": "f17-human-ics-ea-books-japanese-ceo",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "面接 / Interview: Alex Morgan 様 x 代表取締役 森川 (Morikawa)",
        "start": "2029-04-18T09:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("小野寺 彩 (Aya Onodera)", "aya.onodera@kazamidori.co.jp"),
        "attendees": [ME, P("森川 健太郎 (Kentaro Morikawa)", "k.morikawa@kazamidori.co.jp")],
        "description": (
            "Alex Morgan 様\n\nいつもお世話になっております。株式会社かざみどり 社長室の小野寺です。\n"
            "Thank you for your time. I am writing on behalf of our CEO, Kentaro Morikawa (代表取締役社長), "
            "for the final interview for the position of Head of International Partnerships (海外事業開発責任者).\n\n"
            "日時: 2029年4月18日(水) 9:00-10:00 JST\n形式: Microsoft Teams\n\n"
            "If you need to change the time, please reply to me directly.\n\n"
            "小野寺 彩 / Aya Onodera\n社長室 秘書 / Executive Assistant to the CEO\n株式会社かざみどり (Kazamidori Inc.)"
            + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                ("Kentaro Morikawa", "k.morikawa@kazamidori.co.jp", "代表取締役社長", "executive"),
            ],
            "recruiter": ("Aya Onodera", "aya.onodera@kazamidori.co.jp"),
            "company": "Kazamidori",
            "position": "Head of International Partnerships",
        },
    },
    {
        "id": "f17-smartrecruiters-ics-spanish-hotel-recepcion",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "prodid": "-//SmartRecruiters//SmartRecruiters Calendar//EN",
        "title": "Entrevista: Jefe/a de Recepción - Hotel Marítim Sitges",
        "start": "2029-04-19T12:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Hotel Marítim Selección", "seleccion@hotelmaritim.es"),
        "attendees": [
            ME,
            P("Núria Puigdomènech", "npuigdomenech@hotelmaritim.es"),
            P("Jordi Casals Ferrer", "jcasals@hotelmaritim.es"),
        ],
        "description": (
            "Hola Alex:\n\nGracias por tu candidatura a Jefe/a de Recepción en Hotel Marítim Sitges.\n\n"
            "Equipo de selección:\n• Núria Puigdomènech — Directora de Alojamiento\n• Jordi Casals Ferrer — Subdirector del Hotel\n\n"
            "Lugar: Passeig de la Ribera 51, Sitges. Pregunta por Núria en recepción.\n\n"
            "Un saludo,\nEquipo de Selección\nHotel Marítim Sitges\n\nPowered by SmartRecruiters"
        ),
        "location": "Passeig de la Ribera 51, Sitges",
        "expect": {
            "interviewers": [
                (
                    "Núria Puigdomènech",
                    "npuigdomenech@hotelmaritim.es",
                    "Directora de Alojamiento",
                    "decision_maker",
                ),
                (
                    "Jordi Casals Ferrer",
                    "jcasals@hotelmaritim.es",
                    "Subdirector del Hotel",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "seleccion@hotelmaritim.es"),
            "company": "Hotel Marítim Sitges",
            "position": "Jefe/a de Recepción",
        },
    },
    {
        "id": "f17-human-ics-rescheduled-again-hand-edited",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "RESCHEDULED (again, sorry!!) - Alex <> Priyamvada, Ledgerline",
        "start": "2029-04-20T13:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Priyamvada Iyer", "priyamvada@ledgerline.co"),
        "attendees": [
            ME,
            P("Priyamvada Iyer", "priyamvada@ledgerline.co"),
            P("Conor Mulcahy", "conor@ledgerline.co"),
        ],
        "description": (
            "Moved to Friday 1pm - our board call ate Thursday. Apologies again.\n\n"
            "~~Thu 3pm~~ -> Fri 1pm ET\n\n"
            "Original note:\nHi Alex - following up on your conversation with Conor last week. "
            "This one is with me (I run Finance here and the Senior Accountant role reports to me) "
            "and Conor will sit in again for the last 15 min to answer questions about the close process.\n\n"
            "Priyamvada Iyer\nVP Finance, Ledgerline" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Priyamvada Iyer",
                    "priyamvada@ledgerline.co",
                    "VP Finance",
                    "decision_maker",
                    True,
                ),
                ("Conor Mulcahy", "conor@ledgerline.co", None, "unknown"),
            ],
            "recruiter": None,
            "company": "Ledgerline",
            "position": "Senior Accountant",
        },
    },
    {
        "id": "f17-ashby-ics-amsterdam-scaleup-noreply",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Alex Morgan | Tulpwerk - Product Manager, Checkout | Onsite (Amsterdam)",
        "start": "2029-04-23T10:00",
        "minutes": 120,
        "tz": "Europe/Amsterdam",
        "organizer": P("Tulpwerk via Ashby", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "m.dewinter@tulpwerk.nl"),
            P(None, "f.bakkali@tulpwerk.nl"),
            P(None, "r.oosterhuis@tulpwerk.nl"),
            P("Keizersgracht 3.02 (8)", "room-kg302@tulpwerk.nl", room=True),
        ],
        "description": (
            "Hi Alex,\n\nWe're looking forward to welcoming you to our office at Keizersgracht 211!\n\n"
            "10:00 – 10:45 · Product sense · Maarten de Winter (Group Product Manager) — Hiring Manager\n"
            "10:45 – 11:30 · Working with engineering · Fatima Bakkali (Staff Engineer)\n"
            "11:30 – 12:00 · Meet the team · Roos Oosterhuis (Product Designer)\n\n"
            "Your recruiter is Sander Vlietstra - reach him at sander@tulpwerk.nl.\n\n"
            "Sent with Ashby"
        ),
        "location": "Keizersgracht 211, Amsterdam - room 3.02",
        "expect": {
            "interviewers": [
                (
                    "Maarten de Winter",
                    "m.dewinter@tulpwerk.nl",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
                ("Fatima Bakkali", "f.bakkali@tulpwerk.nl", "Staff Engineer", "peer"),
                ("Roos Oosterhuis", "r.oosterhuis@tulpwerk.nl", "Product Designer", "peer"),
            ],
            "recruiter": ("Sander Vlietstra", "sander@tulpwerk.nl"),
            "company": "Tulpwerk",
            "position": "Product Manager, Checkout",
        },
    },
    {
        "id": "f17-gem-ics-sourcer-books-director-leaves",
        "format": "ics",
        "style": "gem",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Intro call: Alex Morgan & Ottoline (Quarrystone Robotics)",
        "start": "2029-04-24T11:30",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Brannagh Coyle", "brannagh@quarrystone.ai"),
        "attendees": [ME, P("Ottoline Haverkamp", "ottoline@quarrystone.ai")],
        "description": (
            "Hi Alex,\n\nThanks for replying to my message! As promised, here's time with Ottoline Haverkamp, our Director of Perception, "
            "to talk about the Senior Computer Vision Engineer opening on her team. I won't be on the call, but I'll follow up after.\n\n"
            "Brannagh Coyle\nTechnical Sourcer | Quarrystone Robotics\n\nScheduled with Gem" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Ottoline Haverkamp",
                    "ottoline@quarrystone.ai",
                    "Director of Perception",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Brannagh Coyle", "brannagh@quarrystone.ai"),
            "company": "Quarrystone Robotics",
            "position": "Senior Computer Vision Engineer",
        },
    },
    {
        "id": "f17-bamboohr-ics-vet-clinic-working-interview",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "medium",
        "prodid": "-//BambooHR//BambooHR ATS//EN",
        "title": "Working Interview - Veterinary Technician - Cedar Hollow Animal Hospital",
        "start": "2029-04-25T08:00",
        "minutes": 240,
        "tz": "America/Chicago",
        "organizer": P("Dr. Hollis Brandvold", "hbrandvold@cedarhollowvet.com"),
        "attendees": [ME, P("Marisela Quintanar", "mquintanar@cedarhollowvet.com")],
        "description": (
            "Hi Alex,\n\nWe'd love to have you in for a working interview! You'll shadow our morning surgery block "
            "and help with patient intake so you can see how we run things.\n\n"
            "You'll spend most of the morning with Marisela Quintanar, CVT, our Lead Technician. "
            "I'll catch you at the end for a sit-down before you head out.\n\n"
            "Please wear scrubs and closed-toe shoes. Parking is behind the building.\n\n"
            "Dr. Hollis Brandvold, DVM\nMedical Director & Owner\nCedar Hollow Animal Hospital\n\n"
            "Sent via BambooHR"
        ),
        "location": "Cedar Hollow Animal Hospital, 1802 Ridge Rd, Stillwater, MN",
        "expect": {
            "interviewers": [
                ("Marisela Quintanar", "mquintanar@cedarhollowvet.com", "Lead Technician", "peer"),
                (
                    "Hollis Brandvold",
                    "hbrandvold@cedarhollowvet.com",
                    "Medical Director & Owner",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Cedar Hollow Animal Hospital",
            "position": "Veterinary Technician",
        },
    },
    {
        "id": "f17-calendly-ics-portuguese-conversa-inicial",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Conversa inicial - Analista de Dados Pleno (Alex Morgan e Letícia Brandão)",
        "start": "2029-04-26T15:00",
        "minutes": 30,
        "tz": "America/Sao_Paulo",
        "organizer": P("Letícia Brandão", "leticia.brandao@maracuja.com.br"),
        "attendees": [ME],
        "description": (
            "Evento: Conversa inicial - Analista de Dados Pleno\n"
            "Organizador: Letícia Brandão\nConvidado: Alex Morgan\n\n"
            "Respostas do convidado:\nQual sua pretensão salarial? A combinar\nLinkedIn: linkedin.com/in/alexmorgan\n\n"
            "Oi Alex! Esse é um bate-papo rápido comigo para eu conhecer sua trajetória e contar mais sobre a vaga "
            "e o time de Dados da Maracujá. Depois disso, a próxima etapa é com o gestor da área.\n\n"
            "Letícia Brandão | Tech Recruiter | Maracujá Pagamentos\n\n"
            "Precisa fazer alterações? Cancelar: https://calendly.com/cancellations/7a1f Reagendar: https://calendly.com/reschedulings/7a1f"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Letícia Brandão",
                    "leticia.brandao@maracuja.com.br",
                    "Tech Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Letícia Brandão", "leticia.brandao@maracuja.com.br"),
            "company": "Maracujá Pagamentos",
            "position": "Analista de Dados Pleno",
        },
    },
    {
        "id": "f17-human-ics-outlook-fwd-to-personal-panel",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "FW: Panel interview - Senior Quantity Surveyor",
        "start": "2029-04-27T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": (
            "(forwarded to myself from my phone - bring portfolio + CSCS card)\n\n"
            "-----Original Appointment-----\n"
            "From: Gwendolyn Ashdown <g.ashdown@pennardbuild.co.uk>\n"
            "Sent: 18 April 2029 09:12\nTo: Alex Morgan\n"
            "Subject: Panel interview - Senior Quantity Surveyor\n"
            "When: 27 April 2029 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Pennard Build, Unit 4 Llansamlet Business Park, Swansea SA7 9FT\n\n"
            "Dear Alex,\n\nFurther to our call, please find confirmed your panel interview for the Senior Quantity Surveyor position.\n\n"
            "Panel:\nRhodri Pennard - Managing Director\nCeri Llewellyn - Commercial Manager (the role reports to Ceri)\n"
            "Gwendolyn Ashdown - HR Business Partner\n\n"
            "Please allow 15 minutes for a short numeracy exercise beforehand.\n\n"
            "Kind regards\nGwendolyn Ashdown\nHR Business Partner\nPennard Build Ltd"
        ),
        "location": "Pennard Build, Unit 4 Llansamlet Business Park, Swansea SA7 9FT",
        "expect": {
            "interviewers": [
                ("Rhodri Pennard", None, "Managing Director", "executive"),
                ("Ceri Llewellyn", None, "Commercial Manager", "decision_maker", True),
                (
                    "Gwendolyn Ashdown",
                    "g.ashdown@pennardbuild.co.uk",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Gwendolyn Ashdown", "g.ashdown@pennardbuild.co.uk"),
            "company": "Pennard Build",
            "position": "Senior Quantity Surveyor",
        },
    },
    {
        "id": "f17-workable-ics-shipping-piraeus",
        "format": "ics",
        "style": "workable",
        "difficulty": "medium",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Interview with Aegeus Maritime for the Marine Superintendent (Technical) job",
        "start": "2029-04-30T11:00",
        "minutes": 60,
        "tz": "Europe/Athens",
        "organizer": P("Aegeus Maritime", "aegeus-maritime@workablemail.com"),
        "attendees": [
            ME,
            P("Stavros Kalogeropoulos", "s.kalogeropoulos@aegeusmaritime.gr"),
            P("Eleni Mavridou", "e.mavridou@aegeusmaritime.gr"),
        ],
        "description": (
            "Hi Alex,\n\nYou have an interview for the Marine Superintendent (Technical) job at Aegeus Maritime.\n\n"
            "When: Monday, April 30, 11:00 AM (EEST)\nWhere: Akti Miaouli 85, Piraeus, 4th floor\n\n"
            "Interviewers:\nStavros Kalogeropoulos (Technical Manager)\nEleni Mavridou (Crew & HR Manager)\n\n"
            "If you have any questions, reply to this email.\n\nRegards,\nEleni Mavridou\n\n--\nPowered by Workable"
        ),
        "location": "Akti Miaouli 85, Piraeus",
        "expect": {
            "interviewers": [
                (
                    "Stavros Kalogeropoulos",
                    "s.kalogeropoulos@aegeusmaritime.gr",
                    "Technical Manager",
                    "decision_maker",
                ),
                (
                    "Eleni Mavridou",
                    "e.mavridou@aegeusmaritime.gr",
                    "Crew & HR Manager",
                    "recruiter",
                ),
            ],
            "recruiter": ("Eleni Mavridou", "e.mavridou@aegeusmaritime.gr"),
            "company": "Aegeus Maritime",
            "position": "Marine Superintendent (Technical)",
        },
    },
    # .ics near-misses
    {
        "id": "f17-not-ics-interviewer-kalibrierung-own-company",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interviewer-Kalibrierung: Senior Data Engineer (Bewertungsbogen)",
        "start": "2029-05-02T15:00",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Jasmin Krautwurst", "jasmin.krautwurst@initech.com"),
        "attendees": [
            ME_WORK,
            P("Levent Durmaz", "levent.durmaz@initech.com"),
            P("Antje Feddersen", "antje.feddersen@initech.com"),
        ],
        "description": (
            "Hallo zusammen,\n\nbevor wir nächste Woche mit den Interviews für die Senior-Data-Engineer-Stelle starten, "
            "möchte ich mit euch den Bewertungsbogen durchgehen und die Fragen pro Interviewer verteilen.\n\n"
            "Alex - du übernimmst bitte das System-Design-Gespräch.\n\nDanke!\nJasmin\nRecruiting | Initech"
        ),
        "location": "Raum Elbe / Teams",
        "expect": None,
    },
    {
        "id": "f17-not-ics-interviewing-wedding-caterers",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Apple Inc.//iOS 18.1//EN",
        "title": "Caterer interview #2 - Fig & Thistle (tasting)",
        "start": "2029-05-04T17:30",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Jamie Okonkwo", "jamie.okonkwo@gmail.com")],
        "description": (
            "Interviewing caterers for the wedding, round 2. Fig & Thistle - ask Beatrix (owner) about vegan mains, "
            "staffing ratio, cake cutting fee. Bring the seating estimate. They do a tasting for 4."
        ),
        "location": "Fig & Thistle Kitchen, 88 Water St, Brooklyn",
        "expect": None,
    },
    {
        "id": "f17-not-ics-radio-interview-about-book",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Radiointervju P4 Göteborg - Alex Morgan om boken",
        "start": "2029-05-06T08:10",
        "minutes": 20,
        "tz": "Europe/Stockholm",
        "organizer": P("Frida Sjöqvist", "frida.sjoqvist@sverigesradio.se"),
        "attendees": [ME],
        "description": (
            "Hej Alex,\n\nTack för att du ställer upp! Vi ringer upp dig på 070-555 12 34 kl. 08:05 och intervjun sänds live ca 08:10. "
            "Vi pratar om din bok om Göteborgs spårvagnar, ungefär 8 minuter.\n\nFrida Sjöqvist\nProducent, P4 Göteborg"
        ),
        "location": "Telefon",
        "expect": None,
    },
    {
        "id": "f17-not-ics-au-pair-interview-user-hosts",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Video interview with au pair candidate - Mariana (via AuPairWorld)",
        "start": "2029-05-07T19:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [
            ME,
            P("Mariana Echeverri", "mariana.echeverri.r@hotmail.com"),
            P("Sanne Morgan-Visser", "sanne.visser@gmail.com"),
        ],
        "description": (
            "Our second call with Mariana (Colombia, 22). Questions: driving licence, swimming, experience with toddlers, "
            "start date Sept. Sanne leads, I'll ask about the kids' schedule." + MEET
        ),
        "location": "Google Meet",
        "expect": None,
    },
    {
        "id": "f17-not-ics-thesis-research-interview-participant",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Research interview - MSc thesis on remote onboarding (TU Delft)",
        "start": "2029-05-08T14:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Thijs van der Linden", "t.vanderlinden-1@student.tudelft.nl"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nThank you for agreeing to take part in an interview for my master's thesis on how "
            "software teams onboard new hires remotely. The interview is semi-structured, about 45-60 minutes, "
            "and will be recorded with your consent (form attached).\n\nKind regards,\nThijs van der Linden\n"
            "MSc student, Management of Technology, TU Delft" + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": None,
    },
    # --- Google Calendar ---------------------------------------------------------------------
    {
        "id": "f17-lever-google-field-service-who-youll-meet",
        "format": "google",
        "style": "lever",
        "difficulty": "medium",
        "title": "Kestrelwood Medical: Interview for Field Service Engineer II",
        "start": "2029-05-09T13:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Kestrelwood Talent", "talent@kestrelwoodmed.com"),
        "attendees": [
            ME,
            P("Kestrelwood Talent", "talent@kestrelwoodmed.com"),
            P("Bogdan Iliescu", "bogdan.iliescu@kestrelwoodmed.com"),
            P("Tanisha Whitfield", "tanisha.whitfield@kestrelwoodmed.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for making time to meet the Kestrelwood team.\n\n"
            "Who you'll meet:\n"
            "1:00 - 1:45  Bogdan Iliescu, Regional Service Manager (South Central) - your prospective manager\n"
            "1:45 - 2:30  Tanisha Whitfield, Senior Field Service Engineer - hands-on troubleshooting scenario\n\n"
            "Your recruiter, Garrett Lindqvist, will give you a quick call afterwards.\n\n"
            "Best,\nKestrelwood Talent Team" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Bogdan Iliescu",
                    "bogdan.iliescu@kestrelwoodmed.com",
                    "Regional Service Manager (South Central)",
                    "decision_maker",
                    True,
                ),
                (
                    "Tanisha Whitfield",
                    "tanisha.whitfield@kestrelwoodmed.com",
                    "Senior Field Service Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Garrett Lindqvist", None),
            "company": "Kestrelwood Medical",
            "position": "Field Service Engineer II",
        },
    },
    {
        "id": "f17-goodtime-google-copenhagen-danish-names",
        "format": "google",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Alex Morgan - Final interviews - Senior Sustainability Analyst - Havnestrøm",
        "start": "2029-05-10T09:00",
        "minutes": 120,
        "tz": "Europe/Copenhagen",
        "organizer": P("Havnestrøm Interviews", "interviews@havnestrom.dk"),
        "attendees": [
            ME,
            P("Søren Kjærgaard", "skj@havnestrom.dk"),
            P("Astrid Møller-Lund", "aml@havnestrom.dk"),
            P("Bjørk Halldórsdóttir", "bha@havnestrom.dk"),
        ],
        "description": (
            "Hi Alex,\n\nHere is your agenda (CET):\n\n"
            "09:00 - 09:40\nSøren Kjærgaard <skj@havnestrom.dk>\nHead of ESG Reporting\n\n"
            "09:40 - 10:20\nAstrid Møller-Lund <aml@havnestrom.dk>\nSustainability Analyst\n\n"
            "10:20 - 11:00\nBjørk Halldórsdóttir <bha@havnestrom.dk>\nChief Financial Officer\n\n"
            "Your coordinator: Ida Thygesen (ithy@havnestrom.dk)\n\nScheduled with GoodTime" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                ("Søren Kjærgaard", "skj@havnestrom.dk", "Head of ESG Reporting", "decision_maker"),
                ("Astrid Møller-Lund", "aml@havnestrom.dk", "Sustainability Analyst", "peer"),
                (
                    "Bjørk Halldórsdóttir",
                    "bha@havnestrom.dk",
                    "Chief Financial Officer",
                    "executive",
                ),
            ],
            "recruiter": ("Ida Thygesen", "ithy@havnestrom.dk"),
            "company": "Havnestrøm",
            "position": "Senior Sustainability Analyst",
        },
    },
    {
        "id": "f17-modernloop-google-loop-recruiter-wrapup",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "[Interview] Alex Morgan – Staff SRE – Loop (Pinecrest Data)",
        "start": "2029-05-11T10:00",
        "minutes": 195,
        "tz": "America/New_York",
        "organizer": P("Octavia Rennick", "octavia.rennick@pinecrestdata.com"),
        "attendees": [
            ME,
            P("Octavia Rennick", "octavia.rennick@pinecrestdata.com"),
            P("Ikaika Kahananui", "ikaika@pinecrestdata.com"),
            P("Zofia Wróblewska", "zofia.w@pinecrestdata.com"),
            P("Mehmet Yıldırım", "mehmet.yildirim@pinecrestdata.com"),
            P("Lucian Ferraro", "lucian.ferraro@pinecrestdata.com"),
        ],
        "description": (
            "<b>Your interview loop</b><br><br>"
            "<b>10:00 – 10:45 AM</b> Incident deep dive<br>Ikaika Kahananui · Principal SRE<br><br>"
            "<b>10:45 – 11:30 AM</b> Systems design<br>Zofia Wróblewska · Staff Software Engineer, Storage<br><br>"
            "<i>11:30 – 12:00 PM Break</i><br><br>"
            "<b>12:00 – 12:45 PM</b> Leadership &amp; collaboration<br>Mehmet Yıldırım · Senior Manager, Reliability Engineering (Hiring Manager)<br><br>"
            "<b>12:45 – 1:15 PM</b> Wrap-up<br>Lucian Ferraro · VP Infrastructure<br><br>"
            "Octavia Rennick (Senior Technical Recruiter) will hop on at 1:15 to close out.<br><br>Powered by ModernLoop"
            + MEET.replace("\n", "<br>")
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                ("Ikaika Kahananui", "ikaika@pinecrestdata.com", "Principal SRE", "peer"),
                (
                    "Zofia Wróblewska",
                    "zofia.w@pinecrestdata.com",
                    "Staff Software Engineer, Storage",
                    "peer",
                ),
                (
                    "Mehmet Yıldırım",
                    "mehmet.yildirim@pinecrestdata.com",
                    "Senior Manager, Reliability Engineering",
                    "decision_maker",
                    True,
                ),
                (
                    "Lucian Ferraro",
                    "lucian.ferraro@pinecrestdata.com",
                    "VP Infrastructure",
                    "executive",
                ),
            ],
            "recruiter": ("Octavia Rennick", "octavia.rennick@pinecrestdata.com"),
            "company": "Pinecrest Data",
            "position": "Staff SRE",
        },
    },
    {
        "id": "f17-human-google-founder-lowercase-cofounder-joins",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "alex x tilde & tally",
        "start": "2029-05-14T17:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Rumi Castellanos", "rumi.castellanos@gmail.com"),
        "attendees": [
            ME,
            P("Rumi Castellanos", "rumi.castellanos@gmail.com"),
            P("Beckett Arnaud", "beckett@tildeandtally.com"),
        ],
        "description": (
            "hey alex! so glad the portfolio review went well w beckett. this one's just the two of us + beckett again, "
            "more of a vibe check honestly. we're 6 people, we need someone to own all of ops (shipping, inventory, our "
            "3pl, the whole mess) and i'd be your boss lol. bring questions!!\n\n"
            "- rumi\nco-founder & ceo, tilde & tally" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Rumi Castellanos",
                    "rumi.castellanos@gmail.com",
                    "co-founder & ceo",
                    "decision_maker",
                    True,
                ),
                ("Beckett Arnaud", "beckett@tildeandtally.com", None, "unknown"),
            ],
            "recruiter": None,
            "company": "tilde & tally",
            "position": None,
        },
    },
    {
        "id": "f17-human-google-mexico-recruiter-spanish-gerente",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista - Analista de Crédito Sr. - Financiera Tlaloc",
        "start": "2029-05-15T10:00",
        "minutes": 60,
        "tz": "America/Mexico_City",
        "organizer": P("Ximena Arreola", "ximena.arreola@financieratlaloc.mx"),
        "attendees": [
            ME,
            P("Ximena Arreola", "ximena.arreola@financieratlaloc.mx"),
            P("Guadalupe Echeverría Soto", "guadalupe.echeverria@financieratlaloc.mx"),
        ],
        "description": (
            "Hola Alex, ¿cómo estás?\n\nTe comparto la liga para nuestra entrevista. Los primeros 20 minutos platicamos tú y yo "
            "sobre tu experiencia y expectativas, y después se une Lupita (Guadalupe Echeverría), Gerente de Riesgos, "
            "quien sería tu jefa directa.\n\nCualquier cosa me escribes por WhatsApp.\n\nSaludos,\n"
            "Ximena Arreola\nEjecutiva de Atracción de Talento\nFinanciera Tlaloc S.A. de C.V. SOFOM"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Ximena Arreola",
                    "ximena.arreola@financieratlaloc.mx",
                    "Ejecutiva de Atracción de Talento",
                    "recruiter",
                ),
                (
                    "Guadalupe Echeverría Soto",
                    "guadalupe.echeverria@financieratlaloc.mx",
                    "Gerente de Riesgos",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ximena Arreola", "ximena.arreola@financieratlaloc.mx"),
            "company": "Financiera Tlaloc",
            "position": "Analista de Crédito Sr.",
        },
    },
    {
        "id": "f17-teamtailor-google-finnish-english-mix",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "medium",
        "title": "Haastattelu / Interview: UX Writer - Revontuli Games",
        "start": "2029-05-16T13:00",
        "minutes": 60,
        "tz": "Europe/Helsinki",
        "organizer": P("Revontuli Games", "revontuli@teamtailor-mail.com"),
        "attendees": [
            ME,
            P("Aino Hämäläinen", "aino.hamalainen@revontuli.fi"),
            P("Pekka Nieminen", "pekka.nieminen@revontuli.fi"),
        ],
        "description": (
            "Hei Alex! / Hi Alex!\n\nThanks for applying to Revontuli Games. We'd like to invite you to an interview for the UX Writer role.\n\n"
            "Interviewers / Haastattelijat:\nAino Hämäläinen – Narrative Director\nPekka Nieminen – Senior UX Designer\n\n"
            "The interview is in English.\n\nBest regards / Terveisin,\nVeera Lahtinen\nPeople Partner, Revontuli Games\n\nSent with Teamtailor"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Aino Hämäläinen",
                    "aino.hamalainen@revontuli.fi",
                    "Narrative Director",
                    "decision_maker",
                ),
                ("Pekka Nieminen", "pekka.nieminen@revontuli.fi", "Senior UX Designer", "peer"),
            ],
            "recruiter": ("Veera Lahtinen", None),
            "company": "Revontuli Games",
            "position": "UX Writer",
        },
    },
    {
        "id": "f17-agency-google-dutch-kennismaking-bij-klant",
        "format": "google",
        "style": "agency",
        "difficulty": "hard",
        "title": "Kennismakingsgesprek Installatietechniek B.V. Brabant - functie Werkvoorbereider E",
        "start": "2029-05-17T09:30",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Joost Hendriksen | TechnoTalent", "joost@technotalent.nl"),
        "attendees": [ME, P("Joost Hendriksen | TechnoTalent", "joost@technotalent.nl")],
        "description": (
            "Hoi Alex,\n\nLeuk dat je door bent naar het gesprek bij mijn klant Installatietechniek Brabant in Tilburg!\n\n"
            "Je spreekt met:\n- Marco Verbeek, bedrijfsleider\n- Ilse Schoenmakers, hoofd werkvoorbereiding (je leidinggevende)\n\n"
            "Adres: Ringbaan-Oost 210, Tilburg. Meld je bij de receptie, vraag naar Ilse.\n"
            "Ik ben er zelf niet bij, maar bel je direct na afloop!\n\n"
            "Groet,\nJoost Hendriksen\nRecruitmentconsultant Techniek | TechnoTalent\n06-12345678"
        ),
        "location": "Ringbaan-Oost 210, Tilburg",
        "expect": {
            "interviewers": [
                ("Marco Verbeek", None, "bedrijfsleider", "decision_maker"),
                ("Ilse Schoenmakers", None, "hoofd werkvoorbereiding", "decision_maker", True),
            ],
            "recruiter": ("Joost Hendriksen", "joost@technotalent.nl"),
            "company": "Installatietechniek Brabant",
            "position": "Werkvoorbereider E",
        },
    },
    {
        "id": "f17-calendly-google-hm-event-type-chatty",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Alex Morgan and Wendeline Osei-Bonsu: Hiring manager chat - Clinical Data Manager",
        "start": "2029-05-18T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Wendeline Osei-Bonsu", "wendeline.oseibonsu@brightfieldtrials.com"),
        "attendees": [ME, P("Wendeline Osei-Bonsu", "wendeline.oseibonsu@brightfieldtrials.com")],
        "description": (
            "Event Name: Hiring manager chat - Clinical Data Manager\n\n"
            "Hi! I'm the hiring manager for the Clinical Data Manager role at Brightfield Trials. Pick a slot and we'll "
            "spend 30 minutes on your EDC experience and what the team is working on. Coffee in hand encouraged.\n\n"
            "Wendeline Osei-Bonsu\nAssociate Director, Clinical Data Management\n\n"
            "Location: This is a Zoom web conference." + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Wendeline Osei-Bonsu",
                    "wendeline.oseibonsu@brightfieldtrials.com",
                    "Associate Director, Clinical Data Management",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Brightfield Trials",
            "position": "Clinical Data Manager",
        },
    },
    {
        "id": "f17-human-google-ea-fwd-geschaeftsfuehrer",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Termin: Gespräch Herr Dr. Brettschneider / Alex Morgan",
        "start": "2029-05-21T11:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P(
            "Sekretariat Geschäftsführung", "sekretariat-gf@brettschneider-maschinenbau.de"
        ),
        "attendees": [
            ME,
            P("Dr. Falk Brettschneider", "f.brettschneider@brettschneider-maschinenbau.de"),
        ],
        "description": (
            "Sehr geehrte(r) Alex Morgan,\n\nim Auftrag von Herrn Dr. Brettschneider (Geschäftsführer) bestätige ich Ihnen den Termin "
            "für das zweite Gespräch zur Position Leitung Qualitätsmanagement.\n\n"
            "Ort: Brettschneider Maschinenbau GmbH & Co. KG, Industriestraße 14, 73430 Aalen, Verwaltungsgebäude, 1. OG\n\n"
            "Herr Dr. Brettschneider ist zugleich Ihr künftiger Vorgesetzter.\n\n"
            "Mit freundlichen Grüßen\ni.A. Gabriele Wunderlich\nAssistentin der Geschäftsführung"
        ),
        "location": "Industriestraße 14, 73430 Aalen",
        "expect": {
            "interviewers": [
                (
                    "Falk Brettschneider",
                    "f.brettschneider@brettschneider-maschinenbau.de",
                    "Geschäftsführer",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Gabriele Wunderlich", "sekretariat-gf@brettschneider-maschinenbau.de"),
            "company": "Brettschneider Maschinenbau",
            "position": "Leitung Qualitätsmanagement",
        },
    },
    {
        "id": "f17-greenhouse-google-html-updated-new-slot",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Updated invitation: Interview: Alex Morgan (Customer Success Manager, EMEA) @ Thu 24 May 2029 14:00 - 15:00 (BST)",
        "start": "2029-05-24T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Hollybush Recruiting", "recruiting@hollybush.io"),
        "attendees": [
            ME,
            P("Precious Adeyemi-Clarke", "precious.ac@hollybush.io"),
            P("Tomasz Zieliński", "tomasz.z@hollybush.io"),
        ],
        "description": (
            "<p><b>This event has been changed.</b> New time: Thursday 14:00 BST (was Wednesday 10:00).</p>"
            "<p>Hi Alex,</p><p>Thanks for your flexibility! Your interview with Hollybush is now:</p>"
            "<ul><li>Precious Adeyemi-Clarke, Head of Customer Success EMEA - Hiring Manager</li>"
            "<li>Tomasz Zieliński, Senior Customer Success Manager</li></ul>"
            "<p>Cheers,<br>Hugo Farrant<br>Recruiter, Hollybush</p>" + ZOOM.replace("\n", "<br>")
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Precious Adeyemi-Clarke",
                    "precious.ac@hollybush.io",
                    "Head of Customer Success EMEA",
                    "decision_maker",
                    True,
                ),
                (
                    "Tomasz Zieliński",
                    "tomasz.z@hollybush.io",
                    "Senior Customer Success Manager",
                    "peer",
                ),
            ],
            "recruiter": ("Hugo Farrant", None),
            "company": "Hollybush",
            "position": "Customer Success Manager, EMEA",
        },
    },
    {
        "id": "f17-human-google-porto-bakery-owner",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista - Pasteleiro(a) - Padaria Ribeirinha",
        "start": "2029-05-25T15:30",
        "minutes": 45,
        "tz": "Europe/Lisbon",
        "organizer": P("Padaria Ribeirinha", "padaria.ribeirinha@gmail.com"),
        "attendees": [ME],
        "description": (
            "Olá Alex,\n\nObrigada pelo seu contacto! Venha conhecer a padaria na sexta às 15h30, depois da fornada da tarde. "
            "Vai falar comigo e com o nosso mestre pasteleiro, o Sr. Armindo Teixeira. Se puder, traga umas fotografias do seu trabalho.\n\n"
            "Até sexta,\nConceição Barbosa\nProprietária\nPadaria Ribeirinha · Rua da Fonte Taurina 22, Porto"
        ),
        "location": "Rua da Fonte Taurina 22, Porto",
        "expect": {
            "interviewers": [
                ("Conceição Barbosa", "padaria.ribeirinha@gmail.com", "Proprietária", "executive"),
                ("Armindo Teixeira", None, "mestre pasteleiro", "peer"),
            ],
            "recruiter": None,
            "company": "Padaria Ribeirinha",
            "position": "Pasteleiro(a)",
        },
    },
    {
        "id": "f17-workday-google-quebec-utility-bilingual",
        "format": "google",
        "style": "workday",
        "difficulty": "hard",
        "title": "Entrevue / Interview - Ingénieur(e) en protection électrique (R-20417)",
        "start": "2029-05-28T09:00",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Hydro-Laurentides Recrutement", "recrutement@hydrolaurentides.qc.ca"),
        "attendees": [
            ME,
            P("Gaétan Bissonnette", "gaetan.bissonnette@hydrolaurentides.qc.ca"),
            P("Priya Raghunathan", "priya.raghunathan@hydrolaurentides.qc.ca"),
        ],
        "description": (
            "Bonjour Alex / Hello Alex,\n\n"
            "Poste / Job: Ingénieur(e) en protection électrique\nNo de réquisition / Requisition: R-20417\n"
            "Type d'entrevue / Interview type: Vidéo / Video\n\n"
            "Interviewer: Gaétan Bissonnette\nTitre / Title: Chef de section, Protection et automatismes\n\n"
            "Interviewer: Priya Raghunathan\nTitre / Title: Ingénieure principale\n\n"
            "Coordonnatrice / Coordinator: Maude Lapointe-Gagnon\n\nCe message a été généré par Workday."
            + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Gaétan Bissonnette",
                    "gaetan.bissonnette@hydrolaurentides.qc.ca",
                    "Chef de section, Protection et automatismes",
                    "decision_maker",
                ),
                (
                    "Priya Raghunathan",
                    "priya.raghunathan@hydrolaurentides.qc.ca",
                    "Ingénieure principale",
                    "peer",
                ),
            ],
            "recruiter": ("Maude Lapointe-Gagnon", None),
            "company": "Hydro-Laurentides",
            "position": "Ingénieur(e) en protection électrique",
        },
    },
    {
        "id": "f17-ashby-google-noreply-initial-locals-cto",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Interview with Ferrowave: Alex Morgan (Embedded Software Engineer) - Technical + CTO",
        "start": "2029-05-29T16:00",
        "minutes": 75,
        "tz": "Europe/Oslo",
        "organizer": P(None, "no-reply@ashbyhq.com"),
        "attendees": [ME, P(None, "hk@ferrowave.no"), P(None, "ts@ferrowave.no")],
        "description": (
            "Hi Alex,\n\nYou're confirmed for your interview with Ferrowave.\n\n"
            "4:00 PM - 4:45 PM CEST · Technical interview\n  Håkon Kvalheim, Senior Embedded Engineer\n"
            "4:45 PM - 5:15 PM CEST · Conversation\n  Tiril Sæther, CTO & Co-founder\n\n"
            "Questions? Reach out to your recruiting contact, jobs@ferrowave.no.\n\nPowered by Ashby"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                ("Håkon Kvalheim", "hk@ferrowave.no", "Senior Embedded Engineer", "peer"),
                ("Tiril Sæther", "ts@ferrowave.no", "CTO & Co-founder", "executive"),
            ],
            "recruiter": (None, "jobs@ferrowave.no"),
            "company": "Ferrowave",
            "position": "Embedded Software Engineer",
        },
    },
    {
        "id": "f17-human-google-copied-by-hand-from-email",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "INTERVIEW - Bramblecote Council - Parks Team Leader",
        "start": "2029-05-30T10:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": (
            "copied from the email from HR:\n\n"
            '"The panel will be: Cllr Dorothy Pike (Chair, Environment Committee), Mr Kwabena Asante (Parks & Open Spaces Manager) '
            "and Ms Lowri Beddoes (HR Advisor). You will be asked to give a 10 minute presentation on 'Engaging volunteers in our green spaces'.\"\n\n"
            "HR contact Lowri Beddoes - recruitment@bramblecote.gov.uk\n"
            "Civic Centre, Committee Room 2. Take bus 14, arrive 10:10."
        ),
        "location": "Bramblecote Civic Centre",
        "expect": {
            "interviewers": [
                ("Dorothy Pike", None, "Chair, Environment Committee", "executive"),
                ("Kwabena Asante", None, "Parks & Open Spaces Manager", "decision_maker"),
                ("Lowri Beddoes", "recruitment@bramblecote.gov.uk", "HR Advisor", "recruiter"),
            ],
            "recruiter": ("Lowri Beddoes", "recruitment@bramblecote.gov.uk"),
            "company": "Bramblecote Council",
            "position": "Parks Team Leader",
        },
    },
    {
        "id": "f17-workable-google-barcelona-architecture-studio",
        "format": "google",
        "style": "workable",
        "difficulty": "medium",
        "title": "Interview with Estudi Garraf Arquitectura for the Arquitecto/a Técnico/a BIM job",
        "start": "2029-05-31T10:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Estudi Garraf Arquitectura", "estudi-garraf@workablemail.com"),
        "attendees": [
            ME,
            P("Montserrat Vidal i Roca", "mvidal@estudigarraf.cat"),
            P("Iker Zubizarreta", "izubizarreta@estudigarraf.cat"),
        ],
        "description": (
            "Hi Alex,\n\nYou have an interview for the Arquitecto/a Técnico/a BIM job at Estudi Garraf Arquitectura.\n\n"
            "Interviewers:\nMontserrat Vidal i Roca (Socia Directora)\nIker Zubizarreta (Coordinador BIM)\n\n"
            "Montse will be your direct manager. Bring examples of Revit models if you can share them.\n\n"
            "Regards,\nIker Zubizarreta\n\n--\nPowered by Workable"
        ),
        "location": "Carrer de Pujades 77, Barcelona",
        "expect": {
            "interviewers": [
                (
                    "Montserrat Vidal i Roca",
                    "mvidal@estudigarraf.cat",
                    "Socia Directora",
                    "decision_maker",
                    True,
                ),
                ("Iker Zubizarreta", "izubizarreta@estudigarraf.cat", "Coordinador BIM", "peer"),
            ],
            "recruiter": ("Iker Zubizarreta", "izubizarreta@estudigarraf.cat"),
            "company": "Estudi Garraf Arquitectura",
            "position": "Arquitecto/a Técnico/a BIM",
        },
    },
    # Google near-misses
    {
        "id": "f17-not-google-debrief-own-company-kandidatin",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Debrief: Interview Kandidatin L. Hofbauer (Frontend)",
        "start": "2029-06-01T16:00",
        "minutes": 30,
        "tz": "Europe/Vienna",
        "organizer": P("Stefanie Pichler", "stefanie.pichler@initech.com"),
        "attendees": [
            ME_WORK,
            P("Stefanie Pichler", "stefanie.pichler@initech.com"),
            P("Matthias Gruber", "matthias.gruber@initech.com"),
        ],
        "description": (
            "Kurzes Debrief nach den Interviews heute mit Frau Hofbauer. Bitte Scorecards vorher in Greenhouse ausfüllen. "
            "Entscheidung Go / No-Go für die nächste Runde." + MEET
        ),
        "location": "Google Meet",
        "expect": None,
    },
    {
        "id": "f17-not-google-wg-casting-flatshare",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "WG-Casting Kreuzberg (Zimmer 18m²) - Vorstellungsgespräch mit den Mitbewohnern",
        "start": "2029-06-02T18:30",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": P("Lotte Brinkmann", "lotte.brinkmann@posteo.de"),
        "attendees": [ME, P("Lotte Brinkmann", "lotte.brinkmann@posteo.de")],
        "description": (
            "Hi Alex, cool dass du Zeit hast! Wir sind zu dritt (Lotte, Emre, Yuki) und machen kurze Kennenlern-Gespräche "
            'mit allen Interessierten. Komm einfach vorbei: Wrangelstraße 41, Hinterhaus 3. OG, bei "Brinkmann/Kaya" klingeln.'
        ),
        "location": "Wrangelstraße 41, Berlin",
        "expect": None,
    },
    {
        "id": "f17-not-google-hiring-fair-booth-shift",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Booth shift: Initech @ Lyon Tech Job Fair (on-the-spot interviews)",
        "start": "2029-06-04T09:00",
        "minutes": 240,
        "tz": "Europe/Paris",
        "organizer": P("Clémence Faure", "clemence.faure@initech.com"),
        "attendees": [
            ME_WORK,
            P("Clémence Faure", "clemence.faure@initech.com"),
            P("Yannick Ndiaye", "yannick.ndiaye@initech.com"),
        ],
        "description": (
            "Merci d'avoir accepté de tenir le stand ! You two will run 15-minute first interviews with walk-up candidates "
            "for the Lyon support team; I'll handle badges and the CV scanner. Use the short interview guide in the shared drive.\n\n"
            "Clémence Faure\nTalent Acquisition Lead, Initech France"
        ),
        "location": "Centre de Congrès de Lyon, Stand B14",
        "expect": None,
    },
    {
        "id": "f17-not-google-offer-call-after-interviews",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex / Hollowmere - offer discussion",
        "start": "2029-06-05T11:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Yusuf Demirci", "yusuf.demirci@hollowmere.com"),
        "attendees": [ME, P("Yusuf Demirci", "yusuf.demirci@hollowmere.com")],
        "description": (
            "Hi Alex - the team loved your interviews last week and I'd like to walk you through our offer: comp, equity, "
            "start date and benefits. No prep needed, just bring your questions.\n\nYusuf Demirci\nSenior Recruiter, Hollowmere"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": None,
    },
    {
        "id": "f17-not-google-stay-interview-own-manager",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Stay interview - Alex Morgan",
        "start": "2029-06-06T14:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Renée Babineaux", "renee.babineaux@initech.com"),
        "attendees": [ME_WORK, P("Renée Babineaux", "renee.babineaux@initech.com")],
        "description": (
            "Hi Alex,\n\nAs part of our People team's retention programme, I'm doing stay interviews with everyone on the team this quarter. "
            "It's informal: what keeps you here, what would make you leave, what you'd change. Nothing to prepare.\n\n"
            "Renée\nEngineering Manager, Platform" + MEET
        ),
        "location": "Google Meet",
        "expect": None,
    },
    # --- Microsoft Graph (Outlook / Teams) ---------------------------------------------------
    {
        "id": "f17-human-teams-hm-german-signature-teamleiterin",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Kennenlernen Alex Morgan / Controlling",
        "start": "2029-06-07T10:00",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Krämer, Annegret", "annegret.kraemer@wellenreiter-logistik.de"),
        "attendees": [ME, P("Yilmaz, Deniz", "deniz.yilmaz@wellenreiter-logistik.de")],
        "description": (
            "Hallo Alex,\n\nwie am Telefon besprochen, hier die Einladung für unser erstes Kennenlernen zur Stelle Senior Controller (w/m/d). "
            "Mein Kollege Deniz Yilmaz aus dem Konzerncontrolling ist auch dabei.\n\nIch freue mich!\n\n"
            "Viele Grüße\nAnnegret Krämer\nTeamleiterin Controlling\n\n"
            "Wellenreiter Logistik SE | Am Sandtorkai 50 | 20457 Hamburg\nTel. +49 40 555 2817"
            + TEAMS
        ),
        "location": "Microsoft Teams-Besprechung",
        "expect": {
            "interviewers": [
                (
                    "Annegret Krämer",
                    "annegret.kraemer@wellenreiter-logistik.de",
                    "Teamleiterin Controlling",
                    "decision_maker",
                ),
                ("Deniz Yilmaz", "deniz.yilmaz@wellenreiter-logistik.de", None, "unknown"),
            ],
            "recruiter": None,
            "company": "Wellenreiter Logistik",
            "position": "Senior Controller",
        },
    },
    {
        "id": "f17-human-teams-recruiter-forwards-hm-invite-chain",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "FW: Alex Morgan - 2nd round - Regional Sales Manager Nordics",
        "start": "2029-06-08T13:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Lindqvist, Elsa", "elsa.lindqvist@fjordline-medtech.com"),
        "attendees": [ME, P("Haugland, Trygve", "trygve.haugland@fjordline-medtech.com")],
        "description": (
            "<html><body><div>Hi Alex, forwarding Trygve's invite so you have the Teams link - he'll run this one on his own. "
            "Let me know how it goes!</div><div>Elsa</div><div><br></div>"
            "<div>Elsa Lindqvist | Talent Acquisition Specialist | Fjordline Medtech</div><div><br></div>"
            "<hr><div><b>From:</b> Haugland, Trygve &lt;trygve.haugland@fjordline-medtech.com&gt;<br>"
            "<b>Sent:</b> Monday, 28 May 2029 08:41<br><b>To:</b> Lindqvist, Elsa<br>"
            "<b>Subject:</b> Alex Morgan - 2nd round - Regional Sales Manager Nordics</div><div><br></div>"
            "<div>Elsa - can you forward to the candidate? Slot works for me.</div>"
            "<div>/T</div><div>Trygve Haugland<br>Sales Director Nordics &amp; Baltics</div>"
            "<div>Microsoft Teams meeting<br>Join on your computer, mobile app or room device<br>"
            "Click here to join the meeting</div></body></html>"
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Trygve Haugland",
                    "trygve.haugland@fjordline-medtech.com",
                    "Sales Director Nordics & Baltics",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Elsa Lindqvist", "elsa.lindqvist@fjordline-medtech.com"),
            "company": "Fjordline Medtech",
            "position": "Regional Sales Manager Nordics",
        },
    },
    {
        "id": "f17-workday-graph-zurich-bank-fields",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview: Alex Morgan - Compliance Officer AML (JR-0048812)",
        "start": "2029-06-11T09:00",
        "minutes": 90,
        "tz": "Europe/Zurich",
        "organizer": P(
            "Talent Acquisition Limmat Privatbank", "talent.acquisition@limmat-privatbank.ch"
        ),
        "attendees": [
            ME,
            P("Vögeli, Reto", "reto.voegeli@limmat-privatbank.ch"),
            P("Bianchi, Chiara", "chiara.bianchi@limmat-privatbank.ch"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nWe are pleased to confirm your interview.\n\n"
            "Job Requisition: JR-0048812 Compliance Officer AML\nInterview Type: Panel\nLocation: Bahnhofstrasse 38, 8001 Zürich, Reception 2nd floor\n\n"
            "Interviewers\nReto Vögeli, Head Financial Crime Compliance\nChiara Bianchi, Senior Compliance Officer\n\n"
            "Recruiter\nNadine Ammann, nadine.ammann@limmat-privatbank.ch\n\nPlease bring a valid ID."
        ),
        "location": "Bahnhofstrasse 38, 8001 Zürich",
        "expect": {
            "interviewers": [
                (
                    "Reto Vögeli",
                    "reto.voegeli@limmat-privatbank.ch",
                    "Head Financial Crime Compliance",
                    "decision_maker",
                ),
                (
                    "Chiara Bianchi",
                    "chiara.bianchi@limmat-privatbank.ch",
                    "Senior Compliance Officer",
                    "peer",
                ),
            ],
            "recruiter": ("Nadine Ammann", "nadine.ammann@limmat-privatbank.ch"),
            "company": "Limmat Privatbank",
            "position": "Compliance Officer AML",
        },
    },
    {
        "id": "f17-agency-graph-exec-search-cfo-board-chair",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Confidential - CFO search (Project Heron) - meeting with Chair & CEO",
        "start": "2029-06-12T15:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Harcourt-Mills, Imogen", "imogen.harcourtmills@ashgroveexec.com"),
        "attendees": [ME, P("Harcourt-Mills, Imogen", "imogen.harcourtmills@ashgroveexec.com")],
        "description": (
            "Alex,\n\nAs discussed, the next step in the Project Heron process is a meeting at Calderbank Water's offices with:\n\n"
            "  Sir Nigel Ormerod - Non-Executive Chair\n  Fiona McCreadie - Chief Executive (the CFO reports to Fiona)\n\n"
            "I will join for the first ten minutes to make introductions and then leave you with them.\n\n"
            "Address: Calderbank Water plc, 1 Riverside Quay, Leeds LS1 4AP.\n\n"
            "Best,\nImogen\n\nImogen Harcourt-Mills\nPartner, Ashgrove Executive Search\nM: +44 7700 900 412"
        ),
        "location": "1 Riverside Quay, Leeds",
        "expect": {
            "interviewers": [
                ("Nigel Ormerod", None, "Non-Executive Chair", "executive"),
                ("Fiona McCreadie", None, "Chief Executive", "decision_maker", True),
            ],
            "recruiter": ("Imogen Harcourt-Mills", "imogen.harcourtmills@ashgroveexec.com"),
            "company": "Calderbank Water",
            "position": "CFO",
        },
    },
    {
        "id": "f17-human-teams-french-ea-for-dg",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Entretien Alex Morgan / M. Delacroix-Lemaire - Poste Directeur Administratif et Financier",
        "start": "2029-06-13T08:30",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Nadège Rousselot", "n.rousselot@groupe-armorique.fr"),
        "attendees": [ME, P("Hervé Delacroix-Lemaire", "h.delacroix-lemaire@groupe-armorique.fr")],
        "description": (
            "Madame, Monsieur,\n\nÀ la demande de M. Hervé Delacroix-Lemaire, Président-Directeur Général du Groupe Armorique, "
            "je vous confirme votre entretien pour le poste de Directeur Administratif et Financier.\n\n"
            "L'entretien se tiendra en visioconférence (Teams). En cas d'empêchement, merci de me prévenir au 02 98 55 41 20.\n\n"
            "Bien cordialement,\n\nNadège Rousselot\nAssistante de Direction Générale\nGroupe Armorique - Brest"
            + TEAMS
        ),
        "location": "Réunion Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Hervé Delacroix-Lemaire",
                    "h.delacroix-lemaire@groupe-armorique.fr",
                    "Président-Directeur Général",
                    "executive",
                ),
            ],
            "recruiter": ("Nadège Rousselot", "n.rousselot@groupe-armorique.fr"),
            "company": "Groupe Armorique",
            "position": "Directeur Administratif et Financier",
        },
    },
    {
        "id": "f17-smartrecruiters-graph-swedish-plant-hiring-team",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Interview - Production Planner - Vättern Composites (Jönköping)",
        "start": "2029-06-14T13:30",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Hedvig Åkerlund", "hedvig.akerlund@vatterncomposites.se"),
        "attendees": [
            ME,
            P("Ragnar Sundqvist", "ragnar.sundqvist@vatterncomposites.se"),
            P("Amira Haddad", "amira.haddad@vatterncomposites.se"),
        ],
        "description": (
            "Hi Alex,\n\nWe're happy to invite you to an interview for the position of Production Planner.\n\n"
            "Hiring team:\nRagnar Sundqvist - Supply Chain Manager (Hiring Manager)\nAmira Haddad - Senior Production Planner\n"
            "Hedvig Åkerlund - Recruiter\n\nHedvig will open the meeting and leave after the introductions.\n\n"
            "Vättern Composites AB\nPowered by SmartRecruiters" + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Ragnar Sundqvist",
                    "ragnar.sundqvist@vatterncomposites.se",
                    "Supply Chain Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Amira Haddad",
                    "amira.haddad@vatterncomposites.se",
                    "Senior Production Planner",
                    "peer",
                ),
            ],
            "recruiter": ("Hedvig Åkerlund", "hedvig.akerlund@vatterncomposites.se"),
            "company": "Vättern Composites",
            "position": "Production Planner",
        },
    },
    {
        "id": "f17-human-teams-dutch-hospital-verplaatst",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Verplaatst: Sollicitatiegesprek Verpleegkundige IC - A. Morgan",
        "start": "2029-06-15T14:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Wouters, Femke", "f.wouters@ziekenhuisrijnland.nl"),
        "attendees": [
            ME,
            P("Dijkstra, Hendrik", "h.dijkstra@ziekenhuisrijnland.nl"),
            P("Ramdin, Shanti", "s.ramdin@ziekenhuisrijnland.nl"),
        ],
        "description": (
            "Beste Alex,\n\nHelaas moeten we het gesprek een uur later laten beginnen i.v.m. een spoedoverleg. Nieuwe tijd: 14:00 uur.\n\n"
            "De sollicitatiecommissie bestaat uit:\n"
            "- Hendrik Dijkstra, teamleider Intensive Care (je toekomstig leidinggevende)\n"
            "- Shanti Ramdin, IC-verpleegkundige en lid van de OR\n"
            "- Femke Wouters, HR-adviseur\n\n"
            "Meld je bij de hoofdingang, route 74.\n\n"
            "Met vriendelijke groet,\nFemke Wouters\nHR-adviseur | Ziekenhuis Rijnland"
        ),
        "location": "Ziekenhuis Rijnland, route 74, Leiderdorp",
        "expect": {
            "interviewers": [
                (
                    "Hendrik Dijkstra",
                    "h.dijkstra@ziekenhuisrijnland.nl",
                    "teamleider Intensive Care",
                    "decision_maker",
                    True,
                ),
                (
                    "Shanti Ramdin",
                    "s.ramdin@ziekenhuisrijnland.nl",
                    "IC-verpleegkundige en lid van de OR",
                    "peer",
                ),
                ("Femke Wouters", "f.wouters@ziekenhuisrijnland.nl", "HR-adviseur", "recruiter"),
            ],
            "recruiter": ("Femke Wouters", "f.wouters@ziekenhuisrijnland.nl"),
            "company": "Ziekenhuis Rijnland",
            "position": "Verpleegkundige IC",
        },
    },
    {
        "id": "f17-icims-graph-3pl-virtual-interview",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Virtual Interview Scheduled - Transportation Analyst - Bluegrass Freightways",
        "start": "2029-06-18T10:00",
        "minutes": 45,
        "tz": "America/Kentucky/Louisville",
        "organizer": P("Bluegrass Freightways Recruiting", "recruiting@bluegrassfreight.icims.com"),
        "attendees": [ME, P("Odell Pruitt", "opruitt@bluegrassfreight.com")],
        "description": (
            "Hello Alex,\n\nYour interview for Transportation Analyst (Job ID 44190) has been scheduled.\n\n"
            "Date/Time: Monday, June 18, 2029 10:00 AM ET\nDuration: 45 minutes\nFormat: Microsoft Teams video\n"
            "Interviewer: Odell Pruitt, Manager, Network Planning\n\n"
            "If you need to reschedule, contact Saoirse Delaney at sdelaney@bluegrassfreight.com.\n\n"
            "Thank you,\nBluegrass Freightways Talent Acquisition" + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Odell Pruitt",
                    "opruitt@bluegrassfreight.com",
                    "Manager, Network Planning",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Saoirse Delaney", "sdelaney@bluegrassfreight.com"),
            "company": "Bluegrass Freightways",
            "position": "Transportation Analyst",
        },
    },
    {
        "id": "f17-lever-graph-nonprofit-program-director",
        "format": "graph",
        "style": "lever",
        "difficulty": "medium",
        "title": "Alex Morgan - Interview with Riverbend Literacy Project - Program Director, Adult Learning",
        "start": "2029-06-19T15:00",
        "minutes": 75,
        "tz": "America/Chicago",
        "organizer": P("Thaddeus Kowalczyk", "thaddeus@riverbendliteracy.org"),
        "attendees": [
            ME,
            P("Marguerite Obuya", "marguerite@riverbendliteracy.org"),
            P("Lennox Whitaker", "lennox.whitaker@riverbendliteracy.org"),
            P("Thaddeus Kowalczyk", "thaddeus@riverbendliteracy.org"),
        ],
        "description": (
            "Hi Alex,\n\nWe're excited to move forward! You'll be meeting with:\n\n"
            "• Marguerite Obuya – Executive Director\n• Lennox Whitaker – Board Member, Program Committee\n\n"
            "Marguerite would be your supervisor. I'll stay on the call to take notes but won't be asking questions.\n\n"
            "Warmly,\nThaddeus Kowalczyk\nOperations & People Coordinator, Riverbend Literacy Project\n\n(sent via Lever)"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Marguerite Obuya",
                    "marguerite@riverbendliteracy.org",
                    "Executive Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Lennox Whitaker",
                    "lennox.whitaker@riverbendliteracy.org",
                    "Board Member, Program Committee",
                    "executive",
                ),
            ],
            "recruiter": ("Thaddeus Kowalczyk", "thaddeus@riverbendliteracy.org"),
            "company": "Riverbend Literacy Project",
            "position": "Program Director, Adult Learning",
        },
    },
    {
        "id": "f17-goodtime-graph-outlook-table-role-column",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Interview Schedule: Alex Morgan for Senior Actuarial Analyst",
        "start": "2029-06-20T09:00",
        "minutes": 150,
        "tz": "America/New_York",
        "organizer": P(
            "Stonecrest Mutual Interview Scheduling", "interviewscheduling@stonecrestmutual.com"
        ),
        "attendees": [
            ME,
            P("Abernathy, Colette", "colette.abernathy@stonecrestmutual.com"),
            P("Venkatesan, Arjun", "arjun.venkatesan@stonecrestmutual.com"),
            P("Fitzgerald-Osei, Ruth", "ruth.fitzgeraldosei@stonecrestmutual.com"),
        ],
        "description": (
            "<html><body><p>Dear Alex,</p><p>Please find your interview schedule for <b>Senior Actuarial Analyst</b> at Stonecrest Mutual below.</p>"
            "<table border='1'><tr><th>Time (ET)</th><th>Interviewer</th><th>Role</th></tr>"
            "<tr><td>9:00 – 9:45</td><td>Colette Abernathy, FSA</td><td>AVP, Pricing Actuary</td></tr>"
            "<tr><td>9:45 – 10:30</td><td>Arjun Venkatesan, ASA</td><td>Actuarial Analyst III</td></tr>"
            "<tr><td>10:30 – 11:30</td><td>Ruth Fitzgerald-Osei</td><td>Director, Personal Lines Pricing – Hiring Manager</td></tr></table>"
            "<p>Your recruiter for this role is Desmond Achebe (desmond.achebe@stonecrestmutual.com).</p>"
            "<p>Scheduled via GoodTime</p></body></html>"
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Colette Abernathy",
                    "colette.abernathy@stonecrestmutual.com",
                    "AVP, Pricing Actuary",
                    "executive",
                ),
                (
                    "Arjun Venkatesan",
                    "arjun.venkatesan@stonecrestmutual.com",
                    "Actuarial Analyst III",
                    "peer",
                ),
                (
                    "Ruth Fitzgerald-Osei",
                    "ruth.fitzgeraldosei@stonecrestmutual.com",
                    "Director, Personal Lines Pricing",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Desmond Achebe", "desmond.achebe@stonecrestmutual.com"),
            "company": "Stonecrest Mutual",
            "position": "Senior Actuarial Analyst",
        },
    },
    {
        "id": "f17-human-teams-tokyo-bilingual-surname-first",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "【面接】Alex Morgan様 一次面接 / First interview - Localization Producer",
        "start": "2029-06-21T16:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("Takahashi Mei 高橋 芽衣", "mei.takahashi@hoshizora-ent.jp"),
        "attendees": [
            ME,
            P("Fujimoto Daisuke 藤本 大輔", "daisuke.fujimoto@hoshizora-ent.jp"),
            P("Takahashi Mei 高橋 芽衣", "mei.takahashi@hoshizora-ent.jp"),
        ],
        "description": (
            "Alex Morgan様\n\nこの度は株式会社ほしぞらエンターテインメントの Localization Producer 職にご応募いただき、誠にありがとうございます。\n"
            "Thank you for applying. Your first interview will be held on Teams.\n\n"
            "面接官 / Interviewers:\n・藤本 大輔 (Daisuke Fujimoto) - ローカライズ部 部長 / General Manager, Localization Dept.\n"
            "・高橋 芽衣 (Mei Takahashi) - 人事部 採用担当 / Recruiter, HR\n\n"
            "何卒よろしくお願いいたします。\n\n高橋 芽衣 / Mei Takahashi\n人事部 採用担当\nHoshizora Entertainment Inc."
            + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Daisuke Fujimoto",
                    "daisuke.fujimoto@hoshizora-ent.jp",
                    "General Manager, Localization Dept.",
                    "decision_maker",
                ),
                ("Mei Takahashi", "mei.takahashi@hoshizora-ent.jp", "Recruiter, HR", "recruiter"),
            ],
            "recruiter": ("Mei Takahashi", "mei.takahashi@hoshizora-ent.jp"),
            "company": "Hoshizora Entertainment",
            "position": "Localization Producer",
        },
    },
    {
        "id": "f17-greenhouse-graph-stavanger-energy-onsite",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Onsite Interview - Subsea Controls Engineer - Alex Morgan",
        "start": "2029-06-22T09:00",
        "minutes": 180,
        "tz": "Europe/Oslo",
        "organizer": P("Ingrid Solheim", "ingrid.solheim@nordkappenergy.no"),
        "attendees": [
            ME,
            P("Eirik Bjørnstad", "eirik.bjornstad@nordkappenergy.no"),
            P("Oluwaseun Adebayo", "oluwaseun.adebayo@nordkappenergy.no"),
            P("Kari Fjeldheim", "kari.fjeldheim@nordkappenergy.no"),
        ],
        "description": (
            "Hi Alex,\n\nWelcome to Stavanger! Your schedule on Friday:\n\n"
            "09:00 Arrival & safety induction at reception (visitor badge)\n"
            "09:30 Technical interview - Eirik Bjørnstad, Lead Controls Engineer & Oluwaseun Adebayo, Senior Subsea Engineer\n"
            "10:30 Site walk with Oluwaseun\n"
            "11:15 Final conversation - Kari Fjeldheim, Engineering Manager Subsea Systems (hiring manager)\n\n"
            "Taxi from the airport is reimbursed - keep the receipt.\n\n"
            "Vennlig hilsen,\nIngrid Solheim\nRecruitment Coordinator | Nordkapp Energy ASA"
        ),
        "location": "Nordkapp Energy, Forusbeen 35, Stavanger",
        "expect": {
            "interviewers": [
                (
                    "Eirik Bjørnstad",
                    "eirik.bjornstad@nordkappenergy.no",
                    "Lead Controls Engineer",
                    "peer",
                ),
                (
                    "Oluwaseun Adebayo",
                    "oluwaseun.adebayo@nordkappenergy.no",
                    "Senior Subsea Engineer",
                    "peer",
                ),
                (
                    "Kari Fjeldheim",
                    "kari.fjeldheim@nordkappenergy.no",
                    "Engineering Manager Subsea Systems",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ingrid Solheim", "ingrid.solheim@nordkappenergy.no"),
            "company": "Nordkapp Energy",
            "position": "Subsea Controls Engineer",
        },
    },
    {
        "id": "f17-human-teams-construction-site-manager-chatty",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Teams call re site engineer job",
        "start": "2029-06-25T07:00",
        "minutes": 30,
        "tz": "Australia/Brisbane",
        "organizer": P("Brody McAllister", "brody.mcallister@ironbarkcivil.com.au"),
        "attendees": [ME],
        "description": (
            "G'day Alex,\n\nSorry for the early one, I'm on site from 7:30 so this is the only window this week. "
            "Got your CV off Seek - keen to have a yarn about the site engineer gig on the Bruce Hwy upgrade. "
            "I'd be your boss on the job. Nothing formal, just want to hear about the bridge work you did in NZ.\n\n"
            "Cheers\nBrody McAllister\nProject Manager | Ironbark Civil\nM 0412 555 019" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Brody McAllister",
                    "brody.mcallister@ironbarkcivil.com.au",
                    "Project Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Ironbark Civil",
            "position": "Site Engineer",
        },
    },
    {
        "id": "f17-personio-graph-austrian-einladung",
        "format": "graph",
        "style": "personio",
        "difficulty": "medium",
        "title": "Einladung zum Bewerbungsgespräch – Junior Buchhalter:in (Teilzeit) – Almblick Hotels",
        "start": "2029-06-26T10:00",
        "minutes": 45,
        "tz": "Europe/Vienna",
        "organizer": P("Almblick Hotels Karriere", "karriere@almblick-hotels.at"),
        "attendees": [ME, P("Mag. Theresia Hinterleitner", "t.hinterleitner@almblick-hotels.at")],
        "description": (
            "Liebe:r Alex Morgan,\n\nwir freuen uns, Sie zu einem Bewerbungsgespräch für die Position Junior Buchhalter:in (Teilzeit) einzuladen.\n\n"
            "Ihre Gesprächspartnerin: Mag. Theresia Hinterleitner, Leiterin Finanzen & Controlling\n\n"
            "Das Gespräch findet per Microsoft Teams statt.\n\n"
            "Liebe Grüße\nIhr Almblick Hotels Karriere-Team\n\nGesendet über Personio" + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Theresia Hinterleitner",
                    "t.hinterleitner@almblick-hotels.at",
                    "Leiterin Finanzen & Controlling",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "karriere@almblick-hotels.at"),
            "company": "Almblick Hotels",
            "position": "Junior Buchhalter:in (Teilzeit)",
        },
    },
    {
        "id": "f17-human-teams-brazil-gerente-engenharia",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista técnica - Alex Morgan - Eng. de Software Sênior (time Pix)",
        "start": "2029-06-27T14:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Rodrigo Albuquerque Neto", "rodrigo.neto@cajuinabank.com.br"),
        "attendees": [ME, P("Tainá Figueiredo", "taina.figueiredo@cajuinabank.com.br")],
        "description": (
            "Fala Alex, tudo bem?\n\nVamos fazer a entrevista técnica eu e a Tainá (Tech Lead do time Pix). "
            "Sou o gerente de engenharia do time e gestor da vaga. Vai ser uma conversa sobre arquitetura e um pouco de código ao vivo, "
            "nada de pegadinha.\n\nAbraço,\nRodrigo Albuquerque Neto\nGerente de Engenharia | Cajuína Bank"
            + TEAMS
        ),
        "location": "Reunião do Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Rodrigo Albuquerque Neto",
                    "rodrigo.neto@cajuinabank.com.br",
                    "Gerente de Engenharia",
                    "decision_maker",
                    True,
                ),
                (
                    "Tainá Figueiredo",
                    "taina.figueiredo@cajuinabank.com.br",
                    "Tech Lead do time Pix",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Cajuína Bank",
            "position": "Eng. de Software Sênior",
        },
    },
    # Graph near-misses
    {
        "id": "f17-not-graph-interview-loop-hold-internal",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "HOLD - Interviewloop Backend (Kandidat: J. Oyelaran) - bitte freihalten",
        "start": "2029-06-28T13:00",
        "minutes": 120,
        "tz": "Europe/Berlin",
        "organizer": P("Recruiting Initech DE", "recruiting-de@initech.com"),
        "attendees": [
            ME_WORK,
            P("Schaefer, Lukas", "lukas.schaefer@initech.com"),
            P("Osei, Abena", "abena.osei@initech.com"),
        ],
        "description": (
            "Platzhalter für die Interviews mit Herrn Oyelaran. Finale Slots folgen nach Bestätigung des Kandidaten. "
            "Alex: Coding-Interview 13:00-13:45, Lukas: System Design, Abena: Hiring Manager."
        ),
        "location": "Teams",
        "expect": None,
    },
    {
        "id": "f17-not-graph-formation-entretien-structure",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Formation : conduire un entretien de recrutement structuré (module 2)",
        "start": "2029-07-02T09:30",
        "minutes": 120,
        "tz": "Europe/Paris",
        "organizer": P("Académie RH Initech", "academie-rh@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Bonjour,\n\nVous êtes inscrit(e) au module 2 de la formation des intervieweurs : grille d'évaluation, biais, "
            "questions comportementales, jeux de rôle. Merci d'apporter une fiche de poste de votre équipe.\n\n"
            "Animatrice : Sabine Le Goff, Responsable Acquisition de Talents" + TEAMS
        ),
        "location": "Salle Garonne / Teams",
        "expect": None,
    },
    {
        "id": "f17-not-graph-user-is-hiring-manager-interviewing",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Björn Aasland for Data Analyst - Alex Morgan (Hiring Manager)",
        "start": "2029-07-03T11:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Hi Alex,\n\nYou are scheduled to interview Björn Aasland for Data Analyst (Req 3391).\n\n"
            "Interview kit: https://app.greenhouse.io/guides/88213/people/5521\n"
            "Focus attributes: SQL fluency, stakeholder communication\n\n"
            "Please submit your scorecard within 24 hours.\n\nInitech Recruiting" + ZOOM
        ),
        "location": "Zoom",
        "expect": None,
    },
    {
        "id": "f17-not-graph-appraisal-interview-uk",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Annual appraisal interview - Alex Morgan",
        "start": "2029-07-04T15:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Pemberton, Gillian", "gillian.pemberton@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Hi Alex,\n\nBooking in your annual appraisal interview. Please complete the self-assessment form on the HR portal "
            "by Friday and bring your objectives for next year.\n\nGillian\nHead of Operations"
            + TEAMS
        ),
        "location": "Meeting room 4 / Teams",
        "expect": None,
    },
    {
        "id": "f17-not-graph-interpreter-booking-asylum-interview",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Booking confirmed: Portuguese interpreter - Home Office substantive interview (ref LB/22817)",
        "start": "2029-07-05T09:00",
        "minutes": 180,
        "tz": "Europe/London",
        "organizer": P("Lingobridge Bookings", "bookings@lingobridge.co.uk"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nThank you for accepting this assignment.\n\n"
            "Assignment: consecutive interpreting (Portuguese <> English) at a substantive asylum interview\n"
            "Venue: Lunar House, 40 Wellesley Road, Croydon CR9 2BY - report to the interpreters' desk by 08:40\n"
            "Client: Home Office, UKVI\nFee: as per framework rate, 3 hr minimum\n\n"
            "Please bring your ID badge and NRPSI card.\n\nLingobridge Bookings Team"
        ),
        "location": "Lunar House, Croydon",
        "expect": None,
    },
]
