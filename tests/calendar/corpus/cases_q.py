# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'q', written by someone who does not tune the parser, labelled before any run of
the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no separate
build file or rendered folder; the tuner adds this file to build.py). 60 invites: 45 interviews
and 15 non-interviews that mention interviewing, across .ics, Google JSON and Graph JSON (20 each).

The angle is what is known to be hard: job titles as compounds in German, Dutch, Swedish,
Norwegian, Danish and Finnish (Teamleiter, Abteilungsleiterin, Produktchef, Utvecklingschef,
Kehityspäällikkö, afdelingsleder, teamleider...); French, Spanish and Italian prose naming people
with their titles ("avec X, Chargée de recrutement"); agencies presenting a client's panel;
executives vs people managers vs the hiring manager; contractor notes ("(Contract)", "via
Toptal"); forwarded chains where the addresses are only in the forwarded header; shared tool
mailboxes; and calm non-interviews that talk about interviews (debriefs, development talks, exit
interviews, training, a podcast, user research, a visa appointment...).

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions: a person called the hiring manager or the candidate's future manager is a
decision_maker with the hiring-manager mark; people-manager titles (engineering manager, head
of, director) are decision_makers; CEO/founder/CTO/VP/chief are executives unless called the
hiring manager; a recruiter who runs the call is an interviewer (role recruiter) and the
recruiter; a team mailbox recruiter is (None, address); coordinators without a recruiter are the
recruiter; legal forms and requisition ids are left out; whatever the invite does not say is
None/unknown. "difficulty" is the writer's guess (easy / medium / hard) of how hard a case is to
read; non-interviews have "expect": None.

Further conventions of the later tuning parts (cases_p.py) that this part follows: people-manager
titles in other languages (Teamleiter, Abteilungsleiterin, Bereichsleiter, Utvecklingschef,
Produktchef, afdelingsleder, teamleider, Kehityspäällikkö, Responsable, Jefa, Directora,
Responsabile...) are decision_makers; Geschäftsführer, toimitusjohtaja, daglig leder, Directrice
générale, Amministratore delegato (the CEO in those languages) are executives; titles in other
languages are kept as written; "(Contract)", "(Contractor)" and "via Toptal" are not part of a
title, and "(Contract)" is left out of the position; an agency consultant who only coordinates
or opens the call is the recruiter but not an interviewer, and the company is the agency's
client; an executive assistant who books for an executive is not the recruiter; a person with no
title is "unknown" with no title; names are written without honorifics (Herr, Frau, Mme, dott.ssa,
Dr.); an address read only in a forwarded header is that person's email.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics -------------------------------------------------------------------------------
    {
        "id": "q-personio-ics-german-teamleiter-abteilungsleiterin",
        "format": "ics",
        "style": "personio",
        "difficulty": "hard",
        "prodid": "-//Personio GmbH//Personio Calendar//DE",
        "title": "Vorstellungsgespräch: Alex Morgan – Backend-Entwickler (m/w/d)",
        "start": "2030-04-02T10:00",
        "minutes": 75,
        "tz": "Europe/Berlin",
        "organizer": P("Lena Vogt", "lena.vogt@kranichwerk.de"),
        "attendees": [
            ME,
            P("Jonas Wendler", "jonas.wendler@kranichwerk.de"),
            P("Friederike Asmussen", "friederike.asmussen@kranichwerk.de"),
        ],
        "description": (
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung bei der Kranichwerk GmbH. Hiermit bestätigen wir Ihr "
            "Vorstellungsgespräch für die Position Backend-Entwickler (m/w/d).\n\nIhre Gesprächspartner:\n"
            "• Friederike Asmussen, Abteilungsleiterin Softwareentwicklung (Ihre zukünftige Vorgesetzte)\n"
            "• Jonas Wendler, Teamleiter Backend\n\nDas Gespräch findet per Microsoft Teams statt.\n\n"
            "Mit freundlichen Grüßen\nLena Vogt\nRecruiterin | Kranichwerk GmbH" + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Jonas Wendler",
                    "jonas.wendler@kranichwerk.de",
                    "Teamleiter Backend",
                    "decision_maker",
                ),
                (
                    "Friederike Asmussen",
                    "friederike.asmussen@kranichwerk.de",
                    "Abteilungsleiterin Softwareentwicklung",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lena Vogt", "lena.vogt@kranichwerk.de"),
            "company": "Kranichwerk",
            "position": "Backend-Entwickler",
        },
    },
    {
        "id": "q-workable-ics-danish-afdelingsleder-kommende-leder",
        "format": "ics",
        "style": "workable",
        "difficulty": "hard",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Jobsamtale: Alex Morgan / Lagerkoordinator",
        "start": "2030-04-03T13:00",
        "minutes": 60,
        "tz": "Europe/Copenhagen",
        "organizer": P(None, "interviews@workablemail.com"),
        "attendees": [
            ME,
            P("Mikkel Thygesen", "mth@nordhavnlogistik.dk"),
            P("Signe Kjærgaard", "skj@nordhavnlogistik.dk"),
        ],
        "description": (
            "Kære Alex\n\nTak for din ansøgning til stillingen som Lagerkoordinator hos Nordhavn Logistik A/S. "
            "Vi glæder os til at møde dig på lageret i Hvidovre.\n\nDu skal tale med:\n"
            "Mikkel Thygesen – afdelingsleder, lager og distribution (din kommende leder)\n"
            "Signe Kjærgaard – lagermedarbejder og tillidsrepræsentant\n\n"
            "Spørgsmål? Skriv til job@nordhavnlogistik.dk.\n\nVenlig hilsen\nHR-teamet, Nordhavn Logistik"
        ),
        "location": "Nordhavn Logistik, Stamholmen 110, 2650 Hvidovre",
        "expect": {
            "interviewers": [
                (
                    "Mikkel Thygesen",
                    "mth@nordhavnlogistik.dk",
                    "Afdelingsleder, lager og distribution",
                    "decision_maker",
                    True,
                ),
                (
                    "Signe Kjærgaard",
                    "skj@nordhavnlogistik.dk",
                    "Lagermedarbejder og tillidsrepræsentant",
                    "peer",
                ),
            ],
            "recruiter": (None, "job@nordhavnlogistik.dk"),
            "company": "Nordhavn Logistik",
            "position": "Lagerkoordinator",
        },
    },
    {
        "id": "q-human-ics-spanish-jefa-de-cocina-director-hotel",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Entrevista - Jefe de partida - Hotel Mirador del Tajo",
        "start": "2030-04-04T16:30",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Noelia Prieto", "rrhh.nprieto@hotelmiradordeltajo.es"),
        "attendees": [
            ME,
            P("Marta Iglesias", "cocina@hotelmiradordeltajo.es"),
            P("Raúl Benítez", "direccion@hotelmiradordeltajo.es"),
        ],
        "description": (
            "Hola Alex:\n\nTe confirmo la entrevista para el puesto de jefe de partida en nuestra cocina. "
            "Te recibirán Marta Iglesias, jefa de cocina, que será tu responsable directa, y Raúl Benítez, "
            "director del hotel, que se unirá la última media hora. Trae tu chaquetilla: habrá una pequeña prueba práctica.\n\n"
            "Un saludo,\nNoelia Prieto\nTécnica de RR. HH. – Hotel Mirador del Tajo\nToledo"
        ),
        "location": "Hotel Mirador del Tajo, Cocina principal (entrada de personal)",
        "expect": {
            "interviewers": [
                (
                    "Marta Iglesias",
                    "cocina@hotelmiradordeltajo.es",
                    "Jefa de Cocina",
                    "decision_maker",
                    True,
                ),
                (
                    "Raúl Benítez",
                    "direccion@hotelmiradordeltajo.es",
                    "Director del Hotel",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Noelia Prieto", "rrhh.nprieto@hotelmiradordeltajo.es"),
            "company": "Hotel Mirador del Tajo",
            "position": "Jefe de partida",
        },
    },
    {
        "id": "q-ashby-ics-vp-engineering-not-hm-em-is",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Alex Morgan — Final Round — Senior Platform Engineer (Fathomline)",
        "start": "2030-04-05T09:00",
        "minutes": 120,
        "tz": "America/Denver",
        "organizer": P("Fathomline Recruiting", "recruiting@fathomline.com"),
        "attendees": [
            ME,
            P("Oyelaran Adebisi", "oyelaran@fathomline.com"),
            P("Colette Marchetti", "colette@fathomline.com"),
            P("Hamish Drummond", "hamish@fathomline.com"),
        ],
        "description": (
            "Final round for Senior Platform Engineer\n\n"
            "09:00 Architecture review — Colette Marchetti (Staff Engineer)\n"
            "09:45 Team & ways of working — Hamish Drummond (Engineering Manager, Platform — hiring manager)\n"
            "10:30 Closing conversation — Oyelaran Adebisi (VP Engineering)\n\n"
            "Oyelaran leads the wider engineering org; Hamish is who you would report to.\n\n"
            "Scheduled via Ashby on behalf of the Fathomline recruiting team." + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Oyelaran Adebisi", "oyelaran@fathomline.com", "VP Engineering", "executive"),
                ("Colette Marchetti", "colette@fathomline.com", "Staff Engineer", "peer"),
                (
                    "Hamish Drummond",
                    "hamish@fathomline.com",
                    "Engineering Manager, Platform",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "recruiting@fathomline.com"),
            "company": "Fathomline",
            "position": "Senior Platform Engineer",
        },
    },
    {
        "id": "q-icims-ics-forwarded-outlook-appointment-required-line",
        "format": "ics",
        "style": "icims",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "FW: Panel interview - Clinical Pharmacist (Req 44817)",
        "start": "2030-04-08T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Tamsin Ruhl", "tamsin.ruhl@stlucianhealth.org"),
        "attendees": [ME],
        "description": (
            "Hi Alex, forwarding the panel invite from Pharmacy so you have the details. Good luck! – Tamsin\n"
            "Tamsin Ruhl | Talent Acquisition Specialist | St. Lucian Health\n\n"
            "-----Original Appointment-----\n"
            "From: Desmond Achterberg <desmond.achterberg@stlucianhealth.org>\n"
            "Sent: Thursday, April 4, 2030 9:12 AM\n"
            "To: Desmond Achterberg; Yuki Harrow <yuki.harrow@stlucianhealth.org>; Tamsin Ruhl\n"
            "Subject: Panel interview - Clinical Pharmacist (Req 44817)\n"
            "When: Monday, April 8, 2030 2:00 PM-3:00 PM (UTC-05:00) Eastern Time\n"
            "Where: Pharmacy conference room, 3rd floor\n\n"
            "Panel: Desmond Achterberg, PharmD, Director of Pharmacy (hiring manager); Yuki Harrow, PharmD, Clinical Pharmacist Specialist."
        ),
        "location": "Pharmacy conference room, 3rd floor",
        "expect": {
            "interviewers": [
                (
                    "Desmond Achterberg",
                    "desmond.achterberg@stlucianhealth.org",
                    "Director of Pharmacy",
                    "decision_maker",
                    True,
                ),
                (
                    "Yuki Harrow",
                    "yuki.harrow@stlucianhealth.org",
                    "Clinical Pharmacist Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Tamsin Ruhl", "tamsin.ruhl@stlucianhealth.org"),
            "company": "St. Lucian Health",
            "position": "Clinical Pharmacist",
        },
    },
    {
        "id": "q-agency-ics-client-panel-consultant-opens-only",
        "format": "ics",
        "style": "agency",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Marlow Shipping – Chartering Manager – Alex Morgan (Hartwell Search)",
        "start": "2030-04-09T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Imogen Featherstone", "imogen@hartwellsearch.co.uk"),
        "attendees": [
            ME,
            P("Conrad Ellingham", "c.ellingham@marlowshipping.com"),
            P("Priyanka Venkatesh", "p.venkatesh@marlowshipping.com"),
        ],
        "description": (
            "Alex,\n\nAs discussed, Marlow Shipping would like to meet you for the Chartering Manager role. "
            "I'll dial in for the first couple of minutes to make introductions and then drop off.\n\n"
            "From Marlow:\n- Conrad Ellingham, Head of Dry Bulk Chartering (the role reports into Conrad)\n"
            "- Priyanka Venkatesh, Senior Chartering Broker\n\nCall me afterwards.\n\n"
            "Imogen Featherstone\nPrincipal Consultant, Maritime & Logistics\nHartwell Search Ltd"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Conrad Ellingham",
                    "c.ellingham@marlowshipping.com",
                    "Head of Dry Bulk Chartering",
                    "decision_maker",
                    True,
                ),
                (
                    "Priyanka Venkatesh",
                    "p.venkatesh@marlowshipping.com",
                    "Senior Chartering Broker",
                    "peer",
                ),
            ],
            "recruiter": ("Imogen Featherstone", "imogen@hartwellsearch.co.uk"),
            "company": "Marlow Shipping",
            "position": "Chartering Manager",
        },
    },
    {
        "id": "q-human-ics-dutch-teamleider-onderhoud-windpark",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//macOS 14.4//EN",
        "title": "Sollicitatiegesprek servicemonteur windturbines",
        "start": "2030-04-10T08:30",
        "minutes": 90,
        "tz": "Europe/Amsterdam",
        "organizer": P("Bram Hoogeveen", "bram.hoogeveen@zeewindservice.nl"),
        "attendees": [
            ME,
            P("Bram Hoogeveen", "bram.hoogeveen@zeewindservice.nl"),
            P("Wouter Dijkstra", "wouter.dijkstra@zeewindservice.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nLeuk dat je langskomt. We beginnen met een kop koffie en een rondleiding in de werkplaats in Den Helder, "
            "daarna praten we over de functie servicemonteur windturbines.\n\nAanwezig: ikzelf (teamleider onderhoud, je directe "
            "leidinggevende) en Wouter Dijkstra, ervaren monteur uit het team.\n\nNeem je GWO-certificaten mee.\n\n"
            "Groet,\nBram Hoogeveen\nTeamleider Onderhoud | ZeeWind Service B.V."
        ),
        "location": "ZeeWind Service, Havenweg 12, Den Helder",
        "expect": {
            "interviewers": [
                (
                    "Bram Hoogeveen",
                    "bram.hoogeveen@zeewindservice.nl",
                    "Teamleider Onderhoud",
                    "decision_maker",
                    True,
                ),
                ("Wouter Dijkstra", "wouter.dijkstra@zeewindservice.nl", "Monteur", "peer"),
            ],
            "recruiter": None,
            "company": "ZeeWind Service",
            "position": "Servicemonteur windturbines",
        },
    },
    {
        "id": "q-greenhouse-ics-swedish-enhetschef-itinerary",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Intervju: Alex Morgan – Systemutvecklare Java – Lindskog Bank",
        "start": "2030-04-11T09:00",
        "minutes": 105,
        "tz": "Europe/Stockholm",
        "organizer": P("Ebba Sjöström", "ebba.sjostrom@lindskogbank.se"),
        "attendees": [
            ME,
            P("Olle Bergkvist", "olle.bergkvist@lindskogbank.se"),
            P("Amira Haddad", "amira.haddad@lindskogbank.se"),
            P("Göran Wallin", "goran.wallin@lindskogbank.se"),
        ],
        "description": (
            "Hej Alex!\n\nHär är schemat för din intervju hos Lindskog Bank:\n\n"
            "09:00–09:45  Olle Bergkvist, Enhetschef Betalsystem (rekryterande chef)\n"
            "09:45–10:30  Amira Haddad, Senior systemutvecklare\n"
            "10:30–10:45  Göran Wallin, IT-direktör – kort hälsning\n\n"
            "Vänliga hälsningar\nEbba Sjöström\nRekryteringsspecialist, Lindskog Bank" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Olle Bergkvist",
                    "olle.bergkvist@lindskogbank.se",
                    "Enhetschef Betalsystem",
                    "decision_maker",
                    True,
                ),
                ("Amira Haddad", "amira.haddad@lindskogbank.se", "Senior systemutvecklare", "peer"),
                ("Göran Wallin", "goran.wallin@lindskogbank.se", "IT-direktör", "decision_maker"),
            ],
            "recruiter": ("Ebba Sjöström", "ebba.sjostrom@lindskogbank.se"),
            "company": "Lindskog Bank",
            "position": "Systemutvecklare Java",
        },
    },
    {
        "id": "q-calendly-ics-founder-is-hiring-manager",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Ottoline Bakery: Head Baker chat between Wren Castellanos and Alex Morgan",
        "start": "2030-04-12T07:30",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Wren Castellanos", "wren@ottolinebakery.com"),
        "attendees": [ME],
        "description": (
            "Event Name: Head Baker chat\n\nInvitee: Alex Morgan\nInvitee Email: alex.morgan@gmail.com\n\n"
            "Questions:\nWhat role are you applying for? Head Baker\n\n"
            "Note from Wren: I founded Ottoline eight years ago and I'm hiring for this one myself - "
            "you'd be working directly with me. Come by the shop before we open.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/XYZ\n"
            "Reschedule: https://calendly.com/reschedulings/XYZ\n\nPowered by Calendly.com"
        ),
        "location": "Ottoline Bakery, 2210 Alberta St, Portland OR",
        "expect": {
            "interviewers": [
                ("Wren Castellanos", "wren@ottolinebakery.com", "Founder", "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Ottoline Bakery",
            "position": "Head Baker",
        },
    },
    {
        "id": "q-smartrecruiters-ics-only-mailboxes-italian-prose",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Colloquio – Buyer Junior – Officine Meccaniche Valtrompia",
        "start": "2030-04-15T10:00",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P(None, "no-reply@smartrecruiters.com"),
        "attendees": [ME, P(None, "selezione@omvaltrompia.it")],
        "description": (
            "Gentile Alex,\n\nla invitiamo a un colloquio per la posizione di Buyer Junior presso Officine Meccaniche Valtrompia S.p.A.\n\n"
            "Incontrerà la dott.ssa Giulia Ferraris, Responsabile Ufficio Acquisti, alla quale riporterà la posizione, "
            "e Marco Bellini, Buyer Senior.\n\nPer qualsiasi necessità può scrivere a selezione@omvaltrompia.it.\n\n"
            "Cordiali saluti\nUfficio Selezione del Personale"
        ),
        "location": "Via dell'Industria 41, Gardone Val Trompia (BS)",
        "expect": {
            "interviewers": [
                ("Giulia Ferraris", None, "Responsabile Ufficio Acquisti", "decision_maker", True),
                ("Marco Bellini", None, "Buyer Senior", "peer"),
            ],
            "recruiter": (None, "selezione@omvaltrompia.it"),
            "company": "Officine Meccaniche Valtrompia",
            "position": "Buyer Junior",
        },
    },
    {
        "id": "q-goodtime-ics-ceo-last-slot-director-hm",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "medium",
        "prodid": "-//GoodTime.io//GoodTime//EN",
        "title": "Interview Loop: Alex Morgan for Director of Customer Success",
        "start": "2030-04-16T12:00",
        "minutes": 150,
        "tz": "America/Chicago",
        "organizer": P("Priscilla Oduya", "priscilla.oduya@bramblecloud.com"),
        "attendees": [
            ME,
            P("Leopold Szabo", "leopold.szabo@bramblecloud.com"),
            P("Rania Chowdhury", "rania.chowdhury@bramblecloud.com"),
            P("Garrett Nakamura-Bell", "garrett@bramblecloud.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour interview loop for Director of Customer Success at BrambleCloud:\n\n"
            "12:00 – 12:45  Rania Chowdhury, Senior CSM Team Lead\n"
            "12:45 – 1:30   Leopold Szabo, SVP Customer Experience (Hiring Manager)\n"
            "1:45 – 2:30    Garrett Nakamura-Bell, CEO & Co-founder\n\n"
            "Best,\nPriscilla Oduya\nRecruiting Coordinator, BrambleCloud\n\nPowered by GoodTime"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Leopold Szabo",
                    "leopold.szabo@bramblecloud.com",
                    "SVP Customer Experience",
                    "decision_maker",
                    True,
                ),
                (
                    "Rania Chowdhury",
                    "rania.chowdhury@bramblecloud.com",
                    "Senior CSM Team Lead",
                    "decision_maker",
                ),
                (
                    "Garrett Nakamura-Bell",
                    "garrett@bramblecloud.com",
                    "CEO & Co-founder",
                    "executive",
                ),
            ],
            "recruiter": ("Priscilla Oduya", "priscilla.oduya@bramblecloud.com"),
            "company": "BrambleCloud",
            "position": "Director of Customer Success",
        },
    },
    {
        "id": "q-human-ics-founder-ea-books-head-of-ops-hm",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex Morgan / Solenne Abara + Kwame Tetteh (Operations Analyst)",
        "start": "2030-04-17T15:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Harriet Blackwood", "harriet@pellucidhealth.co"),
        "attendees": [
            ME,
            P("Solenne Abara", "solenne@pellucidhealth.co"),
            P("Kwame Tetteh", "kwame@pellucidhealth.co"),
        ],
        "description": (
            "Hi Alex,\n\nI'm Solenne's executive assistant and have set this up on her behalf. Solenne (our founder and CEO) "
            "will be joined by Kwame Tetteh, Head of Operations, who the Operations Analyst role reports to.\n\n"
            "Please let me know if the time doesn't work.\n\nHarriet Blackwood\nExecutive Assistant to the CEO, Pellucid Health"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Solenne Abara", "solenne@pellucidhealth.co", "Founder and CEO", "executive"),
                (
                    "Kwame Tetteh",
                    "kwame@pellucidhealth.co",
                    "Head of Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Pellucid Health",
            "position": "Operations Analyst",
        },
    },
    {
        "id": "q-human-ics-recruiter-screen-zoom-contract-position",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//zoom.us//Zoom Meetings//EN",
        "title": "Phone screen: Technical Writer (Contract) – Alex Morgan / Quarrystone",
        "start": "2030-04-18T10:30",
        "minutes": 30,
        "tz": "America/Toronto",
        "organizer": P("Delphine Arsenault", "delphine.arsenault@quarrystone.ca"),
        "attendees": [ME],
        "description": (
            "Hi Alex, looking forward to our chat about the 6-month Technical Writer (Contract) role. I'll walk you through "
            "the team and the project and ask about your API documentation work.\n\n"
            "Delphine Arsenault\nTalent Partner, Quarrystone" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Delphine Arsenault",
                    "delphine.arsenault@quarrystone.ca",
                    "Talent Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Delphine Arsenault", "delphine.arsenault@quarrystone.ca"),
            "company": "Quarrystone",
            "position": "Technical Writer",
        },
    },
    {
        "id": "q-lever-ics-finnish-myyntipaallikko-and-toimitusjohtaja",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Haastattelu: Alex Morgan – Key Account Manager – Pohjantähti Kalusteet",
        "start": "2030-04-19T13:00",
        "minutes": 60,
        "tz": "Europe/Helsinki",
        "organizer": P("Aino Rantanen", "aino.rantanen@pohjantahti.fi"),
        "attendees": [
            ME,
            P("Jussi Heikkilä", "jussi.heikkila@pohjantahti.fi"),
            P("Tarja Lehtonen", "tarja.lehtonen@pohjantahti.fi"),
        ],
        "description": (
            "Hei Alex,\n\nKiitos hakemuksestasi Key Account Manager -tehtävään. Haastattelijoina ovat:\n\n"
            "Jussi Heikkilä, myyntipäällikkö (tuleva esihenkilösi)\nTarja Lehtonen, toimitusjohtaja\n\n"
            "Haastattelu pidetään Lahden toimistolla.\n\nYstävällisin terveisin\nAino Rantanen\nHR-koordinaattori, Pohjantähti Kalusteet Oy"
        ),
        "location": "Pohjantähti Kalusteet, Kauppakatu 7, Lahti",
        "expect": {
            "interviewers": [
                (
                    "Jussi Heikkilä",
                    "jussi.heikkila@pohjantahti.fi",
                    "Myyntipäällikkö",
                    "decision_maker",
                    True,
                ),
                ("Tarja Lehtonen", "tarja.lehtonen@pohjantahti.fi", "Toimitusjohtaja", "executive"),
            ],
            "recruiter": ("Aino Rantanen", "aino.rantanen@pohjantahti.fi"),
            "company": "Pohjantähti Kalusteet",
            "position": "Key Account Manager",
        },
    },
    {
        "id": "q-teamtailor-ics-norwegian-avdelingsleder-daglig-leder",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "hard",
        "prodid": "-//Teamtailor//Teamtailor Calendar//EN",
        "title": "Intervju med Vestbris Eiendom – Driftstekniker",
        "start": "2030-04-22T09:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Vestbris Eiendom", "noreply@teamtailor-mail.com"),
        "attendees": [
            ME,
            P("Kristoffer Haugland", "kristoffer.haugland@vestbris.no"),
            P("Tone Midtbø", "tone.midtbo@vestbris.no"),
        ],
        "description": (
            "Hei Alex!\n\nVi gleder oss til å møte deg til intervju for stillingen som driftstekniker.\n\n"
            "Du møter Kristoffer Haugland, avdelingsleder drift, som blir din nærmeste leder, og Tone Midtbø, daglig leder.\n\n"
            "Har du spørsmål, kontakt Ida Strand (ida.strand@vestbris.no), rekrutteringsansvarlig.\n\nHilsen Vestbris Eiendom AS"
        ),
        "location": "Vestbris Eiendom, Strandkaien 4, Bergen",
        "expect": {
            "interviewers": [
                (
                    "Kristoffer Haugland",
                    "kristoffer.haugland@vestbris.no",
                    "Avdelingsleder drift",
                    "decision_maker",
                    True,
                ),
                ("Tone Midtbø", "tone.midtbo@vestbris.no", "Daglig leder", "executive"),
            ],
            "recruiter": ("Ida Strand", "ida.strand@vestbris.no"),
            "company": "Vestbris Eiendom",
            "position": "Driftstekniker",
        },
    },
    # --- .ics non-interviews ----------------------------------------------------------------
    {
        "id": "q-not-ics-german-interview-nachbesprechung-own-team",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Nachbesprechung Interviews Werkstudent Data",
        "start": "2030-04-23T16:00",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Katrin Oberländer", "katrin.oberlaender@initech.com"),
            P("Deniz Aydın", "deniz.aydin@initech.com"),
        ],
        "description": (
            "Hallo zusammen,\n\nkurze Runde nach den drei Vorstellungsgesprächen heute: Eindrücke sammeln, Entscheidung "
            "vorbereiten. Katrin (Teamleiterin Data) und Deniz, bitte eure Notizen in Personio eintragen.\n\nDanke, Alex"
        ),
        "expect": None,
    },
    {
        "id": "q-not-ics-swedish-utvecklingssamtal-with-own-chef",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Utvecklingssamtal Alex / Karin",
        "start": "2030-04-24T10:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Karin Ekholm", "karin.ekholm@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Hej Alex,\n\ndags för årets utvecklingssamtal. Fyll gärna i mallen innan. Vi pratar också om hur "
            "intervjuerna för de nya tjänsterna i teamet har gått.\n\n/Karin\nUtvecklingschef"
        ),
        "expect": None,
    },
    {
        "id": "q-not-ics-podcast-interviews-user",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Apple Inc.//iOS 17.4//EN",
        "title": "Podcast recording: 'Night Shift Nurses' interview with Alex",
        "start": "2030-04-25T19:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Rosalind Achebe", "rosalind@nightshiftnursespod.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex! Thanks for agreeing to be interviewed for episode 42. I'll ask about your years in the ICU and "
            "your advice for new grads going into their first job interviews. Riverside link below; headphones please.\n\n"
            "Rosalind Achebe, Host & Producer\nhttps://riverside.fm/studio/nightshift"
        ),
        "expect": None,
    },
    {
        "id": "q-not-ics-danish-medarbejdersamtale-and-exit",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Fratrædelsessamtale (exit interview) – Alex Morgan",
        "start": "2030-04-26T14:00",
        "minutes": 45,
        "tz": "Europe/Copenhagen",
        "organizer": P("Louise Fabricius", "louise.fabricius@initech.com"),
        "attendees": [ME_WORK, P("Louise Fabricius", "louise.fabricius@initech.com")],
        "description": (
            "Hej Alex\n\nSom en del af din fratræden holder vi en kort fratrædelsessamtale. Samtalen er fortrolig og "
            "bruges kun til at forbedre arbejdspladsen.\n\nVenlig hilsen\nLouise Fabricius\nHR-partner"
        ),
        "expect": None,
    },
    {
        "id": "q-not-ics-us-consulate-visa-interview",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Visa interview – U.S. Consulate General Frankfurt (H-1B)",
        "start": "2030-04-29T08:15",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": ME,
        "attendees": [ME],
        "description": (
            "Bring: passport, DS-160 confirmation, I-797 approval notice, offer letter from Brightmoor, last 3 payslips.\n"
            "Arrive 15 min early, no electronics. Interview window 08:15."
        ),
        "location": "Gießener Str. 30, 60435 Frankfurt am Main",
        "expect": None,
    },
    # --- Google -----------------------------------------------------------------------------
    {
        "id": "q-teamtailor-google-swedish-utvecklingschef-rekryterande-chef",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Intervju: Alex Morgan – Frontendutvecklare – Skärgårdsdata",
        "start": "2030-05-02T13:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P(None, "noreply@teamtailor-mail.com"),
        "attendees": [
            ME,
            P("Henrik Lindqvist", "henrik.lindqvist@skargardsdata.se"),
            P("Sara Ek", "sara.ek@skargardsdata.se"),
            P("Maja Holm", "maja.holm@skargardsdata.se"),
        ],
        "description": (
            "<p>Hej Alex,</p><p>Välkommen till intervju hos <b>Skärgårdsdata</b> för tjänsten Frontendutvecklare.</p>"
            "<p>Du träffar:<br>Henrik Lindqvist – Utvecklingschef, rekryterande chef<br>Sara Ek – Senior frontendutvecklare</p>"
            "<p>Vänliga hälsningar,<br>Maja Holm<br>Talent Acquisition, Skärgårdsdata AB</p>"
            + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Henrik Lindqvist",
                    "henrik.lindqvist@skargardsdata.se",
                    "Utvecklingschef",
                    "decision_maker",
                    True,
                ),
                ("Sara Ek", "sara.ek@skargardsdata.se", "Senior frontendutvecklare", "peer"),
            ],
            "recruiter": ("Maja Holm", "maja.holm@skargardsdata.se"),
            "company": "Skärgårdsdata",
            "position": "Frontendutvecklare",
        },
    },
    {
        "id": "q-human-google-finnish-kehityspaallikko-own-invite",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan – haastattelu (ohjelmistokehittäjä)",
        "start": "2030-05-03T10:00",
        "minutes": 60,
        "tz": "Europe/Helsinki",
        "organizer": P("Riikka Mäkelä", "riikka.makela@revontuli.fi"),
        "attendees": [
            ME,
            P("Riikka Mäkelä", "riikka.makela@revontuli.fi"),
            P("Eero Salonen", "eero.salonen@revontuli.fi"),
        ],
        "description": (
            "Hei Alex,\n\nmukavaa että pääset haastatteluun! Paikalla olen minä ja tiimistämme Eero Salonen, "
            "joka on senior-ohjelmistokehittäjä. Haen tähän tehtävään tiimiini uutta kehittäjää, joten toimisin esihenkilönäsi.\n\n"
            "Terveisin\nRiikka Mäkelä\nKehityspäällikkö\nRevontuli Ohjelmistot Oy\n+358 40 555 0182"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Riikka Mäkelä",
                    "riikka.makela@revontuli.fi",
                    "Kehityspäällikkö",
                    "decision_maker",
                    True,
                ),
                ("Eero Salonen", "eero.salonen@revontuli.fi", "Senior-ohjelmistokehittäjä", "peer"),
            ],
            "recruiter": None,
            "company": "Revontuli Ohjelmistot",
            "position": "Ohjelmistokehittäjä",
        },
    },
    {
        "id": "q-gem-google-contract-via-toptal-panelist",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex Morgan x Pinecrest Health – iOS Engineer (Contract) – Technical",
        "start": "2030-05-06T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Joanna Whitcombe", "joanna@pinecresthealth.com"),
        "attendees": [
            ME,
            P("Diego Alves", "diego.alves@toptal.com"),
            P("Nadine Osei", "nadine@pinecresthealth.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for your interest in the iOS Engineer (Contract) role at Pinecrest Health. For the technical session you'll meet:\n\n"
            "• Nadine Osei — Mobile Engineering Manager (hiring manager)\n"
            "• Diego Alves (Contract, via Toptal) — Senior iOS Engineer\n\n"
            "Cheers,\nJoanna Whitcombe\nSenior Sourcer, Pinecrest Health\n\nSent with Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Diego Alves", "diego.alves@toptal.com", "Senior iOS Engineer", "peer"),
                (
                    "Nadine Osei",
                    "nadine@pinecresthealth.com",
                    "Mobile Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Joanna Whitcombe", "joanna@pinecresthealth.com"),
            "company": "Pinecrest Health",
            "position": "iOS Engineer",
        },
    },
    {
        "id": "q-agency-google-german-personalberatung-client-panel",
        "format": "google",
        "style": "agency",
        "difficulty": "hard",
        "title": "Interview Fa. Rheintal Armaturen – Strategischer Einkäufer – A. Morgan",
        "start": "2030-05-07T14:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Sebastian Kornmeier", "s.kornmeier@kornmeier-personal.de"),
        "attendees": [
            ME,
            P("Matthias Krüger", "matthias.krueger@rheintal-armaturen.de"),
            P("Anke Lohmann", "anke.lohmann@rheintal-armaturen.de"),
        ],
        "description": (
            "Sehr geehrter Herr Morgan,\n\nwie telefonisch besprochen, lädt Sie unser Mandant, die Rheintal Armaturen GmbH & Co. KG, "
            "zum persönlichen Gespräch für die Position Strategischer Einkäufer (m/w/d) ein.\n\n"
            "Gesprächspartner beim Mandanten:\n– Herr Dr. Matthias Krüger, Bereichsleiter Einkauf (Ihr künftiger Vorgesetzter)\n"
            "– Frau Anke Lohmann, Gruppenleiterin Strategischer Einkauf\n\n"
            "Ich selbst bin nicht dabei, melde mich aber danach bei Ihnen.\n\nMit besten Grüßen\nSebastian Kornmeier\n"
            "Senior Berater | Kornmeier Personalberatung"
        ),
        "location": "Rheintal Armaturen, Industriestraße 8, 79576 Weil am Rhein",
        "expect": {
            "interviewers": [
                (
                    "Matthias Krüger",
                    "matthias.krueger@rheintal-armaturen.de",
                    "Bereichsleiter Einkauf",
                    "decision_maker",
                    True,
                ),
                (
                    "Anke Lohmann",
                    "anke.lohmann@rheintal-armaturen.de",
                    "Gruppenleiterin Strategischer Einkauf",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Sebastian Kornmeier", "s.kornmeier@kornmeier-personal.de"),
            "company": "Rheintal Armaturen",
            "position": "Strategischer Einkäufer",
        },
    },
    {
        "id": "q-goodtime-google-shared-mailbox-table-html",
        "format": "google",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Onsite Interview – Alex Morgan – Field Service Engineer II",
        "start": "2030-05-08T09:00",
        "minutes": 180,
        "tz": "America/Phoenix",
        "organizer": P("Kestrel Instruments Interviews", "interviews@kestrelinstruments.com"),
        "attendees": [
            ME,
            P("Barnaby Quist", "bquist@kestrelinstruments.com"),
            P("Lorena Villalobos", "lvillalobos@kestrelinstruments.com"),
            P("Tobiah Greer", "tgreer@kestrelinstruments.com"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Please check in at the Tempe lobby at 8:45.</p><table>"
            "<tr><td>9:00</td><td>Barnaby Quist</td><td>Field Service Supervisor, Southwest</td></tr>"
            "<tr><td>10:00</td><td>Lorena Villalobos</td><td>Senior Field Service Engineer</td></tr>"
            "<tr><td>11:00</td><td>Tobiah Greer</td><td>Regional Service Director</td></tr></table>"
            "<p>Barnaby leads the team you would join.</p><p>— Kestrel Instruments Talent Team (interviews@kestrelinstruments.com)</p>"
            "<p><small>Scheduled with GoodTime</small></p>"
        ),
        "location": "Kestrel Instruments, 1400 W Rio Salado Pkwy, Tempe AZ",
        "expect": {
            "interviewers": [
                (
                    "Barnaby Quist",
                    "bquist@kestrelinstruments.com",
                    "Field Service Supervisor, Southwest",
                    "decision_maker",
                    True,
                ),
                (
                    "Lorena Villalobos",
                    "lvillalobos@kestrelinstruments.com",
                    "Senior Field Service Engineer",
                    "peer",
                ),
                (
                    "Tobiah Greer",
                    "tgreer@kestrelinstruments.com",
                    "Regional Service Director",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "interviews@kestrelinstruments.com"),
            "company": "Kestrel Instruments",
            "position": "Field Service Engineer II",
        },
    },
    {
        "id": "q-human-google-italian-capo-cantiere-direttrice",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Colloquio geometra di cantiere – Edilpiave",
        "start": "2030-05-09T15:00",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Chiara Zanon", "c.zanon@edilpiave.it"),
        "attendees": [
            ME,
            P("Luca Moretti", "l.moretti@edilpiave.it"),
            P("Francesca Ruggeri", "f.ruggeri@edilpiave.it"),
        ],
        "description": (
            "Buongiorno Alex,\n\nle confermo il colloquio per la posizione di geometra di cantiere. Parlerà con l'ing. Luca Moretti, "
            "capo cantiere del nuovo polo scolastico di Treviso e suo futuro responsabile, e con Francesca Ruggeri, direttrice tecnica.\n\n"
            "Cordiali saluti,\nChiara Zanon\nUfficio Personale – Edilpiave S.r.l." + MEET
        ),
        "expect": {
            "interviewers": [
                ("Luca Moretti", "l.moretti@edilpiave.it", "Capo Cantiere", "decision_maker", True),
                (
                    "Francesca Ruggeri",
                    "f.ruggeri@edilpiave.it",
                    "Direttrice Tecnica",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Chiara Zanon", "c.zanon@edilpiave.it"),
            "company": "Edilpiave",
            "position": "Geometra di cantiere",
        },
    },
    {
        "id": "q-workday-google-ea-books-cfo-controller-hm",
        "format": "google",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview – Alex Morgan – Senior Financial Analyst (JR-20931)",
        "start": "2030-05-10T10:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Beverly Tanaka-Ross", "beverly.tanakaross@harrowgatefoods.com"),
        "attendees": [
            ME,
            P("Augustin Mbeki", "augustin.mbeki@harrowgatefoods.com"),
            P("Rosalie Pfeiffer", "rosalie.pfeiffer@harrowgatefoods.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: JR-20931 Senior Financial Analyst\nInterview Type: Panel\n"
            "Interviewers: Augustin Mbeki (Chief Financial Officer); Rosalie Pfeiffer (Corporate Controller)\n"
            "Hiring Manager: Rosalie Pfeiffer\n\n"
            "Booked by Beverly Tanaka-Ross, Executive Assistant to the CFO, Harrowgate Foods."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Augustin Mbeki",
                    "augustin.mbeki@harrowgatefoods.com",
                    "Chief Financial Officer",
                    "executive",
                ),
                (
                    "Rosalie Pfeiffer",
                    "rosalie.pfeiffer@harrowgatefoods.com",
                    "Corporate Controller",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Harrowgate Foods",
            "position": "Senior Financial Analyst",
        },
    },
    {
        "id": "q-ashby-google-contractor-after-name-lowercase-lead",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Technical Interview – Analytics Engineer – Alex Morgan",
        "start": "2030-05-13T12:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Tidewell Talent", "talent@tidewell.ai"),
        "attendees": [
            ME,
            P("Priya Nair", "priya.nair.contractor@tidewell.ai"),
            P("Benedikt Farkas", "benedikt@tidewell.ai"),
        ],
        "description": (
            "Hi Alex — you'll be pairing on a dbt exercise with Priya Nair (Contractor), a data engineer on the analytics team, "
            "and Benedikt Farkas, our analytics lead, who manages the team you'd be joining.\n\nTidewell Talent Team"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Priya Nair", "priya.nair.contractor@tidewell.ai", "Data Engineer", "peer"),
                (
                    "Benedikt Farkas",
                    "benedikt@tidewell.ai",
                    "Analytics Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "talent@tidewell.ai"),
            "company": "Tidewell",
            "position": "Analytics Engineer",
        },
    },
    {
        "id": "q-icims-google-retail-store-manager-district-manager",
        "format": "google",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview Invitation: Assistant Store Manager – Store #0418 – Larkspur Home",
        "start": "2030-05-14T08:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P(None, "larkspurhome-notifications@icims.com"),
        "attendees": [
            ME,
            P("Shonda Pettiford", "spettiford@larkspurhome.com"),
            P("Viktor Halvorsen", "vhalvorsen@larkspurhome.com"),
        ],
        "description": (
            "Dear Alex,\n\nYou have been invited to interview for Assistant Store Manager at Larkspur Home, Store #0418 (Raleigh, NC).\n\n"
            "Interviewer(s):\nShonda Pettiford, Store Manager\nViktor Halvorsen, District Manager\n\n"
            "The Assistant Store Manager reports to the Store Manager.\n\nPlease reply to this message if you need to reschedule.\n\nLarkspur Home Talent Acquisition"
        ),
        "location": "Larkspur Home #0418, 8300 Brier Creek Pkwy, Raleigh NC",
        "expect": {
            "interviewers": [
                (
                    "Shonda Pettiford",
                    "spettiford@larkspurhome.com",
                    "Store Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Viktor Halvorsen",
                    "vhalvorsen@larkspurhome.com",
                    "District Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "larkspurhome-notifications@icims.com"),
            "company": "Larkspur Home",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "q-personio-google-german-geschaeftsfuehrerin-and-leiter",
        "format": "google",
        "style": "personio",
        "difficulty": "hard",
        "title": "Kennenlerngespräch | Alex Morgan | Produktmanager:in E-Bike",
        "start": "2030-05-15T11:00",
        "minutes": 60,
        "tz": "Europe/Vienna",
        "organizer": P("Talent Team Velomanufaktur", "jobs@velomanufaktur.at"),
        "attendees": [
            ME,
            P("Ursula Brandstätter", "u.brandstaetter@velomanufaktur.at"),
            P("Florian Pichler", "f.pichler@velomanufaktur.at"),
        ],
        "description": (
            "Hallo Alex,\n\nschön, dass es klappt! Mit dabei sind Ursula Brandstätter (Geschäftsführerin) und Florian Pichler, "
            "Produktleiter E-Bike und Ihr direkter Ansprechpartner im Team – die Stelle berichtet an ihn.\n\n"
            "Liebe Grüße\nIhr Talent Team der Velomanufaktur GmbH" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ursula Brandstätter",
                    "u.brandstaetter@velomanufaktur.at",
                    "Geschäftsführerin",
                    "executive",
                ),
                (
                    "Florian Pichler",
                    "f.pichler@velomanufaktur.at",
                    "Produktleiter E-Bike",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "jobs@velomanufaktur.at"),
            "company": "Velomanufaktur",
            "position": "Produktmanager E-Bike",
        },
    },
    {
        "id": "q-human-google-finnish-toimitusjohtaja-tuotantopaallikko-forward",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Fwd: Haastattelu – tuotantoinsinööri",
        "start": "2030-05-16T09:00",
        "minutes": 60,
        "tz": "Europe/Helsinki",
        "organizer": ME,
        "attendees": [ME],
        "description": (
            "(copied from the email)\n\n---------- Forwarded message ---------\n"
            "From: Petri Koskinen <petri.koskinen@saimaanvalimo.fi>\nDate: ma 13.5.2030 klo 14.02\n"
            "Subject: Haastattelu – tuotantoinsinööri\nTo: <alex.morgan@gmail.com>\n"
            "Cc: Hanna Virtanen <hanna.virtanen@saimaanvalimo.fi>\n\n"
            "Hei Alex,\n\ntervetuloa haastatteluun torstaina klo 9 Savonlinnan valimolle. Haastattelijoina olen minä "
            "(tuotantopäällikkö, tuleva esimiehesi) sekä toimitusjohtajamme Hanna Virtanen.\n\n"
            "Terveisin\nPetri Koskinen\nTuotantopäällikkö, Saimaan Valimo Oy"
        ),
        "location": "Saimaan Valimo, Teollisuuskatu 3, Savonlinna",
        "expect": {
            "interviewers": [
                (
                    "Petri Koskinen",
                    "petri.koskinen@saimaanvalimo.fi",
                    "Tuotantopäällikkö",
                    "decision_maker",
                    True,
                ),
                (
                    "Hanna Virtanen",
                    "hanna.virtanen@saimaanvalimo.fi",
                    "Toimitusjohtaja",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Saimaan Valimo",
            "position": "Tuotantoinsinööri",
        },
    },
    {
        "id": "q-bamboohr-google-vet-practice-manager-hm",
        "format": "google",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview: Registered Veterinary Technician – Alex Morgan",
        "start": "2030-05-17T13:30",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Junie Calloway", "junie@foothillsanimalclinic.com"),
        "attendees": [
            ME,
            P("Marguerite Osterhaus", "marguerite@foothillsanimalclinic.com"),
            P("Dev Raghunathan", "dev@foothillsanimalclinic.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying to Foothills Animal Clinic! You'll meet Dr. Marguerite Osterhaus, DVM, Medical Director, "
            "and Dev Raghunathan, our Practice Manager, who supervises the technician team and is the hiring manager for this role.\n\n"
            "Please wear closed-toe shoes; we'll give you a short tour of the treatment area.\n\nJunie Calloway\nOffice & HR Coordinator"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Marguerite Osterhaus",
                    "marguerite@foothillsanimalclinic.com",
                    "Medical Director",
                    "decision_maker",
                ),
                (
                    "Dev Raghunathan",
                    "dev@foothillsanimalclinic.com",
                    "Practice Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Junie Calloway", "junie@foothillsanimalclinic.com"),
            "company": "Foothills Animal Clinic",
            "position": "Registered Veterinary Technician",
        },
    },
    {
        "id": "q-workable-google-dutch-afdelingshoofd-recruiter-runs",
        "format": "google",
        "style": "workable",
        "difficulty": "hard",
        "title": "Sollicitatiegesprek Alex Morgan – Medewerker Klantenservice (32 uur)",
        "start": "2030-05-20T10:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P(None, "interviews@workablemail.com"),
        "attendees": [
            ME,
            P("Sanne de Graaf", "sanne.degraaf@polderenergie.nl"),
            P("Joost van Leeuwen", "joost.vanleeuwen@polderenergie.nl"),
        ],
        "description": (
            "Beste Alex,\n\nHierbij de bevestiging van je gesprek bij Polder Energie. Sanne de Graaf, recruiter, opent het gesprek "
            "en stelt de eerste vragen; daarna sluit Joost van Leeuwen aan, afdelingshoofd Klantenservice en je toekomstige leidinggevende.\n\n"
            "Met vriendelijke groet,\nTeam Recruitment Polder Energie" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Sanne de Graaf", "sanne.degraaf@polderenergie.nl", "Recruiter", "recruiter"),
                (
                    "Joost van Leeuwen",
                    "joost.vanleeuwen@polderenergie.nl",
                    "Afdelingshoofd Klantenservice",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Sanne de Graaf", "sanne.degraaf@polderenergie.nl"),
            "company": "Polder Energie",
            "position": "Medewerker Klantenservice",
        },
    },
    {
        "id": "q-modernloop-google-cto-is-hm-small-startup",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "[ModernLoop] Alex Morgan – Founding ML Engineer – Round 2",
        "start": "2030-05-21T15:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Wilhelmina Strand", "wilhelmina@quillrock.ai"),
        "attendees": [
            ME,
            P("Tobias Eze", "tobias@quillrock.ai"),
            P("Ksenia Marchetti", "ksenia@quillrock.ai"),
        ],
        "description": (
            "Round 2 for Founding ML Engineer at Quillrock\n\n"
            "3:00 PM  Modeling deep dive – Ksenia Marchetti, ML Research Scientist\n"
            "3:45 PM  Vision & team – Tobias Eze, CTO & Co-founder (hiring manager; you'd report to him)\n\n"
            "Wilhelmina Strand, Head of People\nScheduled with ModernLoop" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Tobias Eze", "tobias@quillrock.ai", "CTO & Co-founder", "decision_maker", True),
                ("Ksenia Marchetti", "ksenia@quillrock.ai", "ML Research Scientist", "peer"),
            ],
            "recruiter": ("Wilhelmina Strand", "wilhelmina@quillrock.ai"),
            "company": "Quillrock",
            "position": "Founding ML Engineer",
        },
    },
    {
        "id": "q-agency-google-spanish-consultora-presenta-cliente",
        "format": "google",
        "style": "agency",
        "difficulty": "hard",
        "title": "Entrevista con Bodegas Altamira – Enólogo/a adjunto/a",
        "start": "2030-05-22T17:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Inés Carbonell", "ines.carbonell@talentoribera.es"),
        "attendees": [
            ME,
            P("Inés Carbonell", "ines.carbonell@talentoribera.es"),
            P("Álvaro Sandoval", "asandoval@bodegasaltamira.com"),
        ],
        "description": (
            "Hola Alex:\n\nComo te comenté, nuestro cliente Bodegas Altamira quiere conocerte para el puesto de enólogo adjunto. "
            "La entrevista será conmigo, Inés Carbonell, consultora de selección de Talento Ribera, y con Álvaro Sandoval, "
            "director técnico y enólogo jefe de la bodega, a quien reportarías.\n\nUn abrazo,\nInés"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Inés Carbonell",
                    "ines.carbonell@talentoribera.es",
                    "Consultora de Selección",
                    "recruiter",
                ),
                (
                    "Álvaro Sandoval",
                    "asandoval@bodegasaltamira.com",
                    "Director Técnico y Enólogo Jefe",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Inés Carbonell", "ines.carbonell@talentoribera.es"),
            "company": "Bodegas Altamira",
            "position": "Enólogo adjunto",
        },
    },
    # --- Google non-interviews --------------------------------------------------------------
    {
        "id": "q-not-google-user-is-panelist-teamtailor-own-company",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Intervju: Jonatan Berg – Backendutvecklare (du är intervjuare)",
        "start": "2030-05-23T10:00",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P(None, "noreply@teamtailor-mail.com"),
        "attendees": [
            ME_WORK,
            P("Jonatan Berg", "jonatan.berg88@gmail.com"),
            P("Karin Ekholm", "karin.ekholm@initech.com"),
        ],
        "description": (
            "Hej Alex,\n\nDu är inbokad som intervjuare för kandidaten Jonatan Berg. Karin Ekholm (Utvecklingschef) leder samtalet. "
            "Fyll i utvärderingen i Teamtailor senast dagen efter.\n\nTeamtailor"
        ),
        "expect": None,
    },
    {
        "id": "q-not-google-mock-interview-helping-friend",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Mock interview practice w/ Bea (she has her Lindqvist final Friday)",
        "start": "2030-05-24T19:30",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Beatrix Olumide", "bea.olumide@gmail.com"),
        "attendees": [ME, P("Beatrix Olumide", "bea.olumide@gmail.com")],
        "description": "I'll send the job description. Please be a tough hiring manager :) pizza on me",
        "expect": None,
    },
    {
        "id": "q-not-google-ux-research-user-interviews-customers",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Customer interview #7 – onboarding research (Alex leads, Mira notes)",
        "start": "2030-05-27T11:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Mira Castell", "mira.castell@initech.com"),
            P("Owen Prydderch", "owen@hollybankfarmshop.co.uk"),
        ],
        "description": (
            "Discovery interview with Owen, owner of Hollybank Farm Shop, about how they set up the till integration. "
            "Script: https://docs.initech.com/research/onboarding-v3. Mira please take notes; no selling."
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "q-not-google-finnish-university-interview-workshop",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Työhaastatteluvalmennus / Job interview workshop – Urapalvelut",
        "start": "2030-05-28T14:15",
        "minutes": 90,
        "tz": "Europe/Helsinki",
        "organizer": P(
            "Urapalvelut – Career Services", "urapalvelut@tampereenyliopisto.example.fi"
        ),
        "attendees": [ME],
        "description": (
            "Tervetuloa! Harjoittelemme yleisimpiä haastattelukysymyksiä pareittain. Kouluttajana Satu Laaksonen, uraohjaaja.\n\n"
            "Welcome! We practise common interview questions in pairs. Trainer: Satu Laaksonen, career counsellor."
        ),
        "location": "Pinni B 1097",
        "expect": None,
    },
    {
        "id": "q-not-google-agency-briefing-user-is-client",
        "format": "google",
        "style": "agency",
        "difficulty": "hard",
        "title": "Shortlist review – Head of Logistics search – Hartwell Search / Initech",
        "start": "2030-05-29T16:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Imogen Featherstone", "imogen@hartwellsearch.co.uk"),
        "attendees": [ME_WORK, P("Imogen Featherstone", "imogen@hartwellsearch.co.uk")],
        "description": (
            "Alex, I'll walk you through the five candidates we've interviewed for your Head of Logistics role and we can agree "
            "who goes forward to interviews with you and your COO next week.\n\nImogen Featherstone\nPrincipal Consultant, Hartwell Search"
            + TEAMS
        ),
        "expect": None,
    },
    # --- Graph ------------------------------------------------------------------------------
    {
        "id": "q-human-graph-norwegian-produktsjef-own-invite",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Intervju – produkteier – Fjordlys",
        "start": "2030-06-03T13:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Ingrid Aasen", "ingrid.aasen@fjordlys.no"),
        "attendees": [ME, P("Sindre Lunde", "sindre.lunde@fjordlys.no")],
        "description": (
            "Hei Alex,\n\nTakk for en hyggelig prat på telefonen. Her er invitasjonen til intervjuet for stillingen som produkteier. "
            "Sindre Lunde, teknisk leder for plattformteamet, blir også med.\n\nMed vennlig hilsen\nIngrid Aasen\nProduktsjef | Fjordlys AS"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Ingrid Aasen", "ingrid.aasen@fjordlys.no", "Produktsjef", "decision_maker"),
                (
                    "Sindre Lunde",
                    "sindre.lunde@fjordlys.no",
                    "Teknisk leder for plattformteamet",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Fjordlys",
            "position": "Produkteier",
        },
    },
    {
        "id": "q-agency-graph-french-chargee-de-recrutement-client",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Entretien – Technicien de maintenance – Fromagerie des Aravis",
        "start": "2030-06-04T09:30",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Camille Rousset", "camille.rousset@talentis-conseil.fr"),
        "attendees": [ME, P("Thibault Garnier", "t.garnier@fromagerie-aravis.fr")],
        "description": (
            "Bonjour Alex,\n\nJe vous confirme votre entretien pour le poste de technicien de maintenance chez notre client, la Fromagerie des Aravis. "
            "L'entretien se déroulera en deux temps : d'abord avec moi-même, Camille Rousset, chargée de recrutement chez Talentis Conseil, "
            "puis avec M. Thibault Garnier, responsable maintenance du site et votre futur responsable hiérarchique.\n\n"
            "Bien cordialement,\nCamille Rousset\nChargée de recrutement – Talentis Conseil" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Camille Rousset",
                    "camille.rousset@talentis-conseil.fr",
                    "Chargée de recrutement",
                    "recruiter",
                ),
                (
                    "Thibault Garnier",
                    "t.garnier@fromagerie-aravis.fr",
                    "Responsable maintenance",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Camille Rousset", "camille.rousset@talentis-conseil.fr"),
            "company": "Fromagerie des Aravis",
            "position": "Technicien de maintenance",
        },
    },
    {
        "id": "q-smartrecruiters-graph-italian-prose-amministratore-delegato",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Colloquio finale – Responsabile Amministrativo – Alex Morgan",
        "start": "2030-06-05T11:00",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Serena Colombo", "serena.colombo@lanificiobiellese.it"),
        "attendees": [
            ME,
            P("Pietro Sella", "pietro.sella@lanificiobiellese.it"),
            P("Alessandra Rinaldi", "alessandra.rinaldi@lanificiobiellese.it"),
        ],
        "description": (
            "Gentile Alex,\n\nla ringraziamo per il primo colloquio. Il colloquio finale sarà con il dott. Pietro Sella, Amministratore Delegato, "
            "e con la dott.ssa Alessandra Rinaldi, Direttrice Amministrazione e Finanza, a cui la posizione riporta.\n\n"
            "Serena Colombo\nHR Specialist – Lanificio Biellese S.p.A." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Pietro Sella",
                    "pietro.sella@lanificiobiellese.it",
                    "Amministratore Delegato",
                    "executive",
                ),
                (
                    "Alessandra Rinaldi",
                    "alessandra.rinaldi@lanificiobiellese.it",
                    "Direttrice Amministrazione e Finanza",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Serena Colombo", "serena.colombo@lanificiobiellese.it"),
            "company": "Lanificio Biellese",
            "position": "Responsabile Amministrativo",
        },
    },
    {
        "id": "q-greenhouse-graph-forwarded-hm-invite-addresses-in-header",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "FW: Alex Morgan – Hiring Manager Interview – Site Reliability Engineer",
        "start": "2030-06-06T16:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Halcyon Recruiting", "recruiting@halcyonmaps.com"),
        "attendees": [ME, P("Halcyon Recruiting", "recruiting@halcyonmaps.com")],
        "description": (
            "Hi Alex, Kasper set this up from his own calendar, so I'm forwarding it. – Halcyon Recruiting\n\n"
            "From: Kasper Nyberg <kasper.nyberg@halcyonmaps.com>\nSent: Monday, June 3, 2030 10:41 AM\n"
            "To: Halcyon Recruiting <recruiting@halcyonmaps.com>; Ifeoma Castellano <ifeoma.castellano@halcyonmaps.com>\n"
            "Subject: Alex Morgan – Hiring Manager Interview – Site Reliability Engineer\n\n"
            "I'll cover the team and on-call; Ifeoma (Senior SRE) will join for the incident walkthrough.\n\n"
            "Kasper Nyberg\nSRE Manager, Halcyon Maps" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kasper Nyberg",
                    "kasper.nyberg@halcyonmaps.com",
                    "SRE Manager",
                    "decision_maker",
                    True,
                ),
                ("Ifeoma Castellano", "ifeoma.castellano@halcyonmaps.com", "Senior SRE", "peer"),
            ],
            "recruiter": (None, "recruiting@halcyonmaps.com"),
            "company": "Halcyon Maps",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "q-modernloop-graph-german-vertriebsleiter-geschaeftsfuehrer",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan – Vertriebsingenieur Süd",
        "start": "2030-06-07T10:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Nele Brückner", "nele.brueckner@hubertus-pumpen.de"),
        "attendees": [
            ME,
            P("Hartmut Zeller", "hartmut.zeller@hubertus-pumpen.de"),
            P("Cem Yılmaz", "cem.yilmaz@hubertus-pumpen.de"),
        ],
        "description": (
            "Guten Tag Alex,\n\nIhr Ablauf:\n10:00 Cem Yılmaz – Vertriebsleiter Region Süd (Ihr direkter Vorgesetzter)\n"
            "10:45 Hartmut Zeller – Geschäftsführer\n\nViele Grüße\nNele Brückner\nHR Business Partnerin, Hubertus Pumpen GmbH\n\nvia ModernLoop"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hartmut Zeller",
                    "hartmut.zeller@hubertus-pumpen.de",
                    "Geschäftsführer",
                    "executive",
                ),
                (
                    "Cem Yılmaz",
                    "cem.yilmaz@hubertus-pumpen.de",
                    "Vertriebsleiter Region Süd",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Nele Brückner", "nele.brueckner@hubertus-pumpen.de"),
            "company": "Hubertus Pumpen",
            "position": "Vertriebsingenieur Süd",
        },
    },
    {
        "id": "q-workday-graph-french-directrice-generale-responsable-compta",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Entretien – Comptable fournisseurs (R-55210) – Alex Morgan",
        "start": "2030-06-10T14:00",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Recrutement Maison Delorme", "recrutement@maisondelorme.fr"),
        "attendees": [
            ME,
            P("Sophie Lemaire", "sophie.lemaire@maisondelorme.fr"),
            P("Agnès Delorme", "agnes.delorme@maisondelorme.fr"),
        ],
        "description": (
            "Candidat : Alex Morgan\nPoste : Comptable fournisseurs (R-55210)\nResponsable du recrutement : Sophie Lemaire\n\n"
            "Vous rencontrerez Sophie Lemaire, Responsable du service comptable, puis Agnès Delorme, Directrice générale, pour un échange de 15 minutes.\n\n"
            "L'équipe Recrutement – Maison Delorme SAS" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Sophie Lemaire",
                    "sophie.lemaire@maisondelorme.fr",
                    "Responsable du service comptable",
                    "decision_maker",
                    True,
                ),
                (
                    "Agnès Delorme",
                    "agnes.delorme@maisondelorme.fr",
                    "Directrice générale",
                    "executive",
                ),
            ],
            "recruiter": (None, "recrutement@maisondelorme.fr"),
            "company": "Maison Delorme",
            "position": "Comptable fournisseurs",
        },
    },
    {
        "id": "q-icims-graph-hospital-nurse-manager-charge-nurse",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview: Registered Nurse – Cardiac Step-Down (Nights) – Alex Morgan",
        "start": "2030-06-11T07:30",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Wendell Aucoin", "wendell.aucoin@bayouregional.org"),
        "attendees": [
            ME,
            P("Lourdes Thibodeaux", "lourdes.thibodeaux@bayouregional.org"),
            P("Chidi Anozie", "chidi.anozie@bayouregional.org"),
        ],
        "description": (
            "Alex,\n\nYou are scheduled to interview with Lourdes Thibodeaux, MSN, RN, Nurse Manager, Cardiac Step-Down, "
            "and Chidi Anozie, RN, Charge Nurse (nights). Lourdes is the hiring manager.\n\n"
            "Wendell Aucoin | Nurse Recruiter | Bayou Regional Medical Center" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Lourdes Thibodeaux",
                    "lourdes.thibodeaux@bayouregional.org",
                    "Nurse Manager, Cardiac Step-Down",
                    "decision_maker",
                    True,
                ),
                ("Chidi Anozie", "chidi.anozie@bayouregional.org", "Charge Nurse", "peer"),
            ],
            "recruiter": ("Wendell Aucoin", "wendell.aucoin@bayouregional.org"),
            "company": "Bayou Regional Medical Center",
            "position": "Registered Nurse – Cardiac Step-Down",
        },
    },
    {
        "id": "q-bamboohr-graph-electrician-service-manager",
        "format": "graph",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview – Journeyman Electrician – Copperline Electric",
        "start": "2030-06-12T07:00",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Copperline Electric Hiring", "hiring@copperlineelectric.com"),
        "attendees": [
            ME,
            P("Rusty Vandermolen", "rusty@copperlineelectric.com"),
            P("Aaliyah Brooks", "aaliyah@copperlineelectric.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll meet Rusty Vandermolen (Service Manager – you'd report to him) and Aaliyah Brooks (Master Electrician). "
            "Bring your license and a copy of your OSHA 10 card.\n\nCopperline Electric Hiring Team"
            + TEAMS
        ),
        "location": "Copperline Electric shop, 455 Industrial Ave, Boise ID",
        "expect": {
            "interviewers": [
                (
                    "Rusty Vandermolen",
                    "rusty@copperlineelectric.com",
                    "Service Manager",
                    "decision_maker",
                    True,
                ),
                ("Aaliyah Brooks", "aaliyah@copperlineelectric.com", "Master Electrician", "peer"),
            ],
            "recruiter": (None, "hiring@copperlineelectric.com"),
            "company": "Copperline Electric",
            "position": "Journeyman Electrician",
        },
    },
    {
        "id": "q-human-graph-danish-produktchef-teams-own-invite",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Samtale om stillingen som UX-designer",
        "start": "2030-06-13T10:00",
        "minutes": 60,
        "tz": "Europe/Copenhagen",
        "organizer": P("Rasmus Holst", "rasmus.holst@bolgebryder.dk"),
        "attendees": [ME, P("Anne-Mette Friis", "amf@bolgebryder.dk")],
        "description": (
            "Hej Alex\n\nTak for din ansøgning. Jeg er produktchef og søger en UX-designer til mit team, så jeg bliver din nærmeste leder. "
            "Anne-Mette Friis, som er seniordesigner, deltager også.\n\nMvh\nRasmus Holst\nProduktchef, Bølgebryder ApS"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rasmus Holst",
                    "rasmus.holst@bolgebryder.dk",
                    "Produktchef",
                    "decision_maker",
                    True,
                ),
                ("Anne-Mette Friis", "amf@bolgebryder.dk", "Seniordesigner", "peer"),
            ],
            "recruiter": None,
            "company": "Bølgebryder",
            "position": "UX-designer",
        },
    },
    {
        "id": "q-lever-graph-toptal-contract-position-staff-agency",
        "format": "graph",
        "style": "lever",
        "difficulty": "hard",
        "title": "Client interview via Toptal: Alex Morgan / Ember & Vine – Shopify Developer (Contract)",
        "start": "2030-06-14T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Rhiannon Pryce", "rhiannon.pryce@toptal.com"),
        "attendees": [ME, P("Gabriel Oyelaran", "gabriel@emberandvine.com")],
        "description": (
            "Hi Alex,\n\nEmber & Vine would like to meet you for the Shopify Developer (Contract) engagement. "
            "Gabriel Oyelaran, their Head of E-commerce, will run the call; the engagement reports to him. I won't be on the call.\n\n"
            "Rhiannon Pryce\nTalent Matcher, Toptal" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Gabriel Oyelaran",
                    "gabriel@emberandvine.com",
                    "Head of E-commerce",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Rhiannon Pryce", "rhiannon.pryce@toptal.com"),
            "company": "Ember & Vine",
            "position": "Shopify Developer",
        },
    },
    {
        "id": "q-calendly-graph-german-senior-recruiterin-screen",
        "format": "graph",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Erstgespräch: Alex Morgan und Johanna Seidl (Lagerleiter:in)",
        "start": "2030-06-17T09:30",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": P("Johanna Seidl", "johanna.seidl@alpenfrost.de"),
        "attendees": [ME],
        "description": (
            "Veranstaltungsname: Erstgespräch Lagerleiter:in\n\nEingeladener: Alex Morgan\n\n"
            "Hinweis: Ich bin Senior Recruiterin bei Alpenfrost Tiefkühllogistik und führe das erste Gespräch mit Ihnen.\n\n"
            "Powered by Calendly.com" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Johanna Seidl", "johanna.seidl@alpenfrost.de", "Senior Recruiterin", "recruiter"),
            ],
            "recruiter": ("Johanna Seidl", "johanna.seidl@alpenfrost.de"),
            "company": "Alpenfrost Tiefkühllogistik",
            "position": "Lagerleiter",
        },
    },
    {
        "id": "q-human-graph-spanish-tecnica-seleccion-and-directora",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista: Analista de Datos – Cooperativa Vallemar",
        "start": "2030-06-18T12:00",
        "minutes": 60,
        "tz": "America/Mexico_City",
        "organizer": P("Lucía Ferrer", "lucia.ferrer@vallemar.coop"),
        "attendees": [ME, P("Graciela Montoya", "graciela.montoya@vallemar.coop")],
        "description": (
            "Hola Alex,\n\nTe entrevistaremos Graciela Montoya, directora de Inteligencia de Negocio y futura jefa directa del puesto, "
            "y yo, Lucía Ferrer, técnica de selección, que haré la primera parte.\n\nSaludos,\nLucía"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Lucía Ferrer", "lucia.ferrer@vallemar.coop", "Técnica de Selección", "recruiter"),
                (
                    "Graciela Montoya",
                    "graciela.montoya@vallemar.coop",
                    "Directora de Inteligencia de Negocio",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lucía Ferrer", "lucia.ferrer@vallemar.coop"),
            "company": "Cooperativa Vallemar",
            "position": "Analista de Datos",
        },
    },
    {
        "id": "q-teams-graph-mailbox-only-dutch-names-in-body",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Tweede gesprek – Financieel Controller – Alex Morgan",
        "start": "2030-06-19T15:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Werving & Selectie", "werving@dekroonbouw.nl"),
        "attendees": [ME, P("Werving & Selectie", "werving@dekroonbouw.nl")],
        "description": (
            "Beste Alex,\n\nIn het tweede gesprek spreek je met Marloes Brouwer (CFO) en Thijs Verhoeven (Manager Finance & Control, "
            "je toekomstige leidinggevende).\n\nMet vriendelijke groet,\nWerving & Selectie, De Kroon Bouwgroep"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Marloes Brouwer", None, "CFO", "executive"),
                ("Thijs Verhoeven", None, "Manager Finance & Control", "decision_maker", True),
            ],
            "recruiter": (None, "werving@dekroonbouw.nl"),
            "company": "De Kroon Bouwgroep",
            "position": "Financieel Controller",
        },
    },
    {
        "id": "q-gem-graph-norwegian-forwarded-chain-vp-not-hm",
        "format": "graph",
        "style": "gem",
        "difficulty": "hard",
        "title": "FW: Intervju Alex Morgan – Dataingeniør",
        "start": "2030-06-20T13:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Live Aasheim", "live.aasheim@nordlysenergi.no"),
        "attendees": [ME],
        "description": (
            "Hei Alex, videresender invitasjonen fra teamet. Hilsen Live (Talent Sourcer, Nordlys Energi)\n\n"
            "From: Eirik Brennhovd <eirik.brennhovd@nordlysenergi.no>\nSent: 14. juni 2030 08:55\n"
            "To: Live Aasheim; Marit Solberg <marit.solberg@nordlysenergi.no>\nSubject: Intervju Alex Morgan – Dataingeniør\n\n"
            "Marit (VP Data) blir med de første 20 minuttene. Jeg er teamleder for dataplattform og ansetter til teamet.\n\n"
            "Eirik Brennhovd\nTeamleder Dataplattform" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Eirik Brennhovd",
                    "eirik.brennhovd@nordlysenergi.no",
                    "Teamleder Dataplattform",
                    "decision_maker",
                    True,
                ),
                ("Marit Solberg", "marit.solberg@nordlysenergi.no", "VP Data", "executive"),
            ],
            "recruiter": ("Live Aasheim", "live.aasheim@nordlysenergi.no"),
            "company": "Nordlys Energi",
            "position": "Dataingeniør",
        },
    },
    {
        "id": "q-agency-graph-dutch-bureau-client-teamleider",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Kennismaking Hanzestad Software – Scrum Master – via Oranjewerk Recruitment",
        "start": "2030-06-21T10:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Mees Kuipers", "mees@oranjewerk.nl"),
        "attendees": [
            ME,
            P("Femke Jansen", "femke.jansen@hanzestad.nl"),
            P("Ruud Bakker", "ruud.bakker@hanzestad.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nDe opdrachtgever, Hanzestad Software, nodigt je uit. Aanwezig namens Hanzestad: Femke Jansen, teamleider Delivery "
            "(hier zou je onder vallen), en Ruud Bakker, directeur. Ik ben er zelf niet bij.\n\nSucces!\nMees Kuipers\nRecruitmentconsultant, Oranjewerk"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Femke Jansen",
                    "femke.jansen@hanzestad.nl",
                    "Teamleider Delivery",
                    "decision_maker",
                    True,
                ),
                ("Ruud Bakker", "ruud.bakker@hanzestad.nl", "Directeur", "executive"),
            ],
            "recruiter": ("Mees Kuipers", "mees@oranjewerk.nl"),
            "company": "Hanzestad Software",
            "position": "Scrum Master",
        },
    },
    # --- Graph non-interviews ---------------------------------------------------------------
    {
        "id": "q-not-graph-french-formation-recruteurs",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Formation : mener un entretien de recrutement structuré",
        "start": "2030-06-24T09:00",
        "minutes": 180,
        "tz": "Europe/Paris",
        "organizer": P("Élodie Marchand", "elodie.marchand@initech.com"),
        "attendees": [ME_WORK],
        "description": "Atelier pour les managers qui font passer des entretiens. Animé par Élodie Marchand, Responsable RH. Jeux de rôle en binôme."
        + TEAMS,
        "expect": None,
    },
    {
        "id": "q-not-graph-reference-call-for-former-colleague",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Reference call re: Tomasz Wieczorek (Head of Ops candidate)",
        "start": "2030-06-25T17:00",
        "minutes": 20,
        "tz": "Europe/London",
        "organizer": P("Gwendolyn Pike", "gwendolyn.pike@brightharbour.co.uk"),
        "attendees": [ME],
        "description": "Hi Alex, thanks for agreeing to be a referee for Tomasz, who is in our final interview stage. 20 minutes, I'll call your mobile.\n\nGwendolyn Pike, Talent Acquisition Lead",
        "expect": None,
    },
    {
        "id": "q-not-graph-dutch-calibration-hiring-committee",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Kalibratie sollicitatiecommissie – vacature teamleider logistiek",
        "start": "2030-06-26T13:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Esther Mulder", "esther.mulder@initech.com"),
        "attendees": [
            ME_WORK,
            P("Esther Mulder", "esther.mulder@initech.com"),
            P("Pieter de Wit", "pieter.dewit@initech.com"),
        ],
        "description": "Afstemmen van de scorekaart voor de sollicitatiegesprekken volgende week. Alex, jij zit in de commissie als afdelingshoofd.\n\nEsther Mulder, HR-adviseur"
        + TEAMS,
        "expect": None,
    },
    {
        "id": "q-not-graph-recruiter-webinar-ace-the-interview",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Webinar: How to ace your panel interview (Kestrel Talent Community)",
        "start": "2030-06-27T18:00",
        "minutes": 45,
        "tz": "America/Phoenix",
        "organizer": P("Kestrel Talent Community", "talentcommunity@kestrelinstruments.com"),
        "attendees": [ME],
        "description": "Join our recruiters for tips on STAR answers and what our hiring managers look for. Open to everyone in the talent community."
        + TEAMS,
        "expect": None,
    },
    {
        "id": "q-not-graph-norwegian-medarbeidersamtale",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Medarbeidersamtale Alex – halvårlig",
        "start": "2030-06-28T10:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Sigrid Nygaard", "sigrid.nygaard@initech.com"),
        "attendees": [ME_WORK],
        "description": "Hei Alex, vi tar medarbeidersamtalen og snakker om mål for høsten og om du vil være med å intervjue kandidater til teamet.\n\nSigrid, avdelingsleder"
        + TEAMS,
        "expect": None,
    },
]
