# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Held-out batch fresh-23, written by "iw23", someone who does not tune the parser, written
BLIND: labelled before any run of the parser on it, from reading each invite only. The writer
never read, imported or ran the extraction code, the bench or the corpus tests, and used only
cases_v.py (labelling rules) and cases_a.py's helpers as examples. Rendered apart by
build_heldout23.py into heldout-fresh23/; build.py and the tests never import this file.

60 invites: 45 interviews and 15 non-interviews that mention interviewing or look like one
("expect": None); 20 each of .ics, Google JSON and Graph JSON (15 interviews + 5 non-interviews
per format).

The angle is large non-tech and international employers and the agencies that serve them:
banks (a credit-risk panel, a Luxembourg fund administrator, an investment-bank superday, a
Polish and a Portuguese bank, a Dutch savings bank, a Tokyo trust bank, an Indian private bank),
insurers and reinsurers (German, Spanish, two US, a London reinsurer, an Indian life insurer, a
Japanese life insurer through an agency), retailers (a department store, a Dutch furniture chain, a Spanish
logistics platform, a Brazilian chain, a US retail HQ, a pharmacy chain, an Austrian bakery
chain), manufacturers (a foundry, windows, gears, drives, valves, packaging, pharma, auto components, a
printer),
consultancies, public bodies (UK civil service, a French métropole, a US county, a German
municipal utility), universities and hospitals (a university library, a US ED, a Canadian
health centre, a German university hospital). Tools: Workday, iCIMS, SmartRecruiters,
SuccessFactors, Taleo, Personio, Teamtailor, Gem, plus Outlook/Google written by people; agency
and executive-search recruiters presenting a client (some forwarding the client's mail). Languages:
German, French, Spanish, Dutch, Polish, Portuguese (PT and BR), Japanese (kanji with romaji in
brackets, and romaji) and Hindi-English. Near-misses: appraisals (German, English, Japanese),
exit interviews (Spanish, Dutch, Brazilian), audits (SOX walkthrough, ISO surveillance), the user
on an internal panel or an assessment-centre calibration, research interviews (an academic
study, a master's thesis, a user-research session), a campus placement drive.

Labels follow cases_v.py's rules: a person called the hiring manager, the future manager / line
manager / direct supervisor / N+1 / vacancy holder / "reporting manager" / the one the role
reports to, in any language ("Ihre zukünftige Führungskraft", "jouw toekomstige leidinggevende",
"tu futura responsable", "futura chefia direta", "sua futura gestora", "bezpośrednia
przełożona", "aapke reporting manager honge", "入社後の上司"), is a decision_maker with the mark;
people-manager titles (head, director, manager of a unit, supervisor, partner, 部長, kachō,
Kierowniczka, Leiterin, Jefa, Diretora, Gerente) are decision_makers; executives (chief *,
CFO, VP, managing director, Geschäftsführer, Pro-Vice-Chancellor, socio director, owner and
managing director) are executives unless called the hiring manager; individual contributors are
peers; a recruiter who runs part of the interview is an interviewer with role recruiter and is
the recruiter; an agency consultant who only arranges is the recruiter and the company is the
client; a team mailbox recruiter is (None, address); a recruiter named without an address is
(name, None); a hiring manager who sends her own invite leaves recruiter None. Names drop
honorifics and credentials and are given-name first (romaji given in brackets is used for
kanji names); people without an address have email None. Titles as written (lower-case prose in
title case), keeping the unit but not an employer's name or a place appended; positions without
requisition ids, (m/w/d), (H/F), hours, contract types, grades after a pipe or in brackets, and
places appended; companies without legal forms (AG, GmbH, B.V., S.A., Sp. z o.o., plc, Ltd.,
株式会社). "difficulty" is the writer's guess.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ---------------------------------------------------------------------
    {
        "id": "f23-workday-ics-bank-credit-risk-pipe-table-nickname-address",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday//Workday Recruiting//EN",
        "title": "Interview Invitation: Credit Risk Analyst, Commercial Banking (R-0048213) - Hybrid",
        "start": "2032-03-08T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P(None, "harcourtmercantile@myworkday.com"),
        "attendees": [
            ME,
            P("Odette Nwankwo", "odette.nwankwo@harcourtmercantile.com"),
            P(None, "w.tennant@harcourtmercantile.com"),
            P("Pillai, Suresh", "suresh.pillai@harcourtmercantile.com"),
        ],
        "description": (
            "Dear Alex,\n\nYou have been scheduled for an interview with Harcourt Mercantile Bank.\n\n"
            "Job Requisition: R-0048213 Credit Risk Analyst, Commercial Banking (Birmingham) - Hybrid\n"
            "Hiring Manager: Odette Nwankwo\nInterview Format: Panel interview, 60 minutes, Microsoft Teams\n\n"
            "Panel\nName | Business Title\n"
            "Odette Nwankwo | Head of Credit Risk, Commercial Banking\n"
            "Bill Tennant | Senior Credit Analyst\n"
            "Suresh Pillai | Associate Director, Portfolio Management\n\n"
            "You will be asked to walk the panel through a short credit paper, which will be emailed to you 48 hours before "
            "the interview.\n\nYour recruiter for this role is Hollie Sandford (hollie.sandford@harcourtmercantile.com). "
            "Please do not reply to this automated message.\n\nHarcourt Mercantile Bank plc" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Odette Nwankwo",
                    "odette.nwankwo@harcourtmercantile.com",
                    "Head of Credit Risk, Commercial Banking",
                    "decision_maker",
                    True,
                ),
                (
                    "Bill Tennant",
                    "w.tennant@harcourtmercantile.com",
                    "Senior Credit Analyst",
                    "peer",
                ),
                (
                    "Suresh Pillai",
                    "suresh.pillai@harcourtmercantile.com",
                    "Associate Director, Portfolio Management",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Hollie Sandford", "hollie.sandford@harcourtmercantile.com"),
            "company": "Harcourt Mercantile Bank",
            "position": "Credit Risk Analyst, Commercial Banking",
        },
    },
    {
        "id": "f23-human-ics-german-insurer-fuehrungskraft-tap-asks-questions",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Vorstellungsgespräch: Aktuar Lebensversicherung (m/w/d) – Kennziffer 2032-117",
        "start": "2032-03-09T10:00",
        "minutes": 75,
        "tz": "Europe/Berlin",
        "organizer": P("Kaya, Yasemin", "yasemin.kaya@rheinauer.de"),
        "attendees": [
            ME,
            P("Velten, Katharina Dr.", "katharina.velten@rheinauer.de"),
            P("Engel, Moritz", "moritz.engel@rheinauer.de"),
            P("Kaya, Yasemin", "yasemin.kaya@rheinauer.de"),
        ],
        "description": (
            "Sehr geehrte(r) Alex Morgan,\n\nvielen Dank für Ihr Interesse an der Rheinauer Versicherung. Gerne laden wir Sie zu "
            "einem Vorstellungsgespräch per Microsoft Teams ein.\n\n"
            "Ihre Gesprächspartner:\n"
            "– Dr. Katharina Velten, Abteilungsleiterin Aktuariat Leben (Ihre zukünftige Führungskraft)\n"
            "– Moritz Engel, Aktuar Produktentwicklung Leben\n"
            "– Yasemin Kaya, Talent Acquisition Partnerin – ich begleite das Gespräch und stelle Ihnen zu Beginn einige Fragen "
            "zu Ihrer Motivation und Ihrem möglichen Eintrittstermin.\n\n"
            "Im fachlichen Teil bitten wir Sie, kurz ein Projekt aus Ihrer bisherigen Tätigkeit vorzustellen (ca. 10 Minuten, "
            "gerne mit Folien).\n\n"
            "Mit freundlichen Grüßen\n\nYasemin Kaya\nTalent Acquisition Partnerin\n"
            "Rheinauer Versicherung AG | Konrad-Adenauer-Ufer 40 | 50668 Köln" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Katharina Velten",
                    "katharina.velten@rheinauer.de",
                    "Abteilungsleiterin Aktuariat Leben",
                    "decision_maker",
                    True,
                ),
                (
                    "Moritz Engel",
                    "moritz.engel@rheinauer.de",
                    "Aktuar Produktentwicklung Leben",
                    "peer",
                ),
                (
                    "Yasemin Kaya",
                    "yasemin.kaya@rheinauer.de",
                    "Talent Acquisition Partnerin",
                    "recruiter",
                ),
            ],
            "recruiter": ("Yasemin Kaya", "yasemin.kaya@rheinauer.de"),
            "company": "Rheinauer Versicherung",
            "position": "Aktuar Lebensversicherung",
        },
    },
    {
        "id": "f23-agency-ics-french-cabinet-client-foundry-n-plus-1",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Entretien client – Responsable Maintenance (H/F) – Fonderies Lemarchand – Alex Morgan",
        "start": "2032-03-10T09:30",
        "minutes": 90,
        "tz": "Europe/Paris",
        "organizer": P("Bérénice Aubry", "b.aubry@arvelle-conseil.fr"),
        "attendees": [
            ME,
            P("Laurent Gicquel", "l.gicquel@fonderies-lemarchand.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nSuite à notre échange de lundi, j'ai le plaisir de vous confirmer votre entretien chez notre client, "
            "les Fonderies Lemarchand, pour le poste de Responsable Maintenance (H/F) de leur site de Saint-Dizier (CDI, statut "
            "cadre).\n\nVous rencontrerez :\n"
            "• M. Laurent Gicquel, Directeur d'usine – il sera votre N+1\n"
            "• M. Hugo Barret, Technicien de maintenance référent, qui vous fera visiter l'atelier de moulage\n\n"
            "Je ne serai pas présente à l'entretien, mais n'hésitez pas à m'appeler avant ou après. Des chaussures de sécurité "
            "vous seront prêtées à l'accueil.\n\nAdresse : 14 rue des Forges, 52100 Saint-Dizier (accueil poste de garde).\n\n"
            "Bien cordialement,\n\nBérénice Aubry\nConsultante Senior – Industrie\nArvelle Conseil | Cabinet de recrutement\n"
            "06 55 55 01 42"
        ),
        "location": "Fonderies Lemarchand, 14 rue des Forges, 52100 Saint-Dizier",
        "expect": {
            "interviewers": [
                (
                    "Laurent Gicquel",
                    "l.gicquel@fonderies-lemarchand.fr",
                    "Directeur d'usine",
                    "decision_maker",
                    True,
                ),
                ("Hugo Barret", None, "Technicien de maintenance référent", "peer"),
            ],
            "recruiter": ("Bérénice Aubry", "b.aubry@arvelle-conseil.fr"),
            "company": "Fonderies Lemarchand",
            "position": "Responsable Maintenance",
        },
    },
    {
        "id": "f23-taleo-ics-university-selection-committee-chair-line-manager",
        "format": "ics",
        "style": "taleo",
        "difficulty": "medium",
        "prodid": "-//Oracle//Taleo Enterprise Edition//EN",
        "title": "Interview: Research Data Manager, Library Services – Requisition 2400318",
        "start": "2032-03-11T13:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("University of Eastbridge Recruitment", "recruitment@eastbridge.ac.uk"),
        "attendees": [
            ME,
            P("Amrita Sandhu", "a.sandhu@eastbridge.ac.uk"),
            P("Prof. Colin Marsh", "c.marsh@eastbridge.ac.uk"),
            P("Fenna de Groot", "f.degroot@eastbridge.ac.uk"),
        ],
        "description": (
            "Dear Alex Morgan\n\nRequisition Number: 2400318\n"
            "Job Title: Research Data Manager, Library Services (Grade 7, fixed term to 31 July 2035)\n"
            "Interview Date: Thursday 11 March 2032, 13:30\n"
            "Location: Harland Library, Room G.14, Eastbridge campus\n\n"
            "Selection Committee:\n"
            "Chair: Amrita Sandhu, Head of Research Services, Library (line manager for this post)\n"
            "Prof. Colin Marsh, Pro-Vice-Chancellor (Research)\n"
            "Fenna de Groot, Research Data Officer\n\n"
            "You will be asked to give a 10-minute presentation: 'How should a university library support open research "
            "data in its first two years?' Please bring it on a USB stick.\n\n"
            "If you require any adjustments, contact the Recruitment Team at recruitment@eastbridge.ac.uk.\n\n"
            "HR Recruitment Team\nUniversity of Eastbridge"
        ),
        "location": "Harland Library, Room G.14, Eastbridge campus",
        "expect": {
            "interviewers": [
                (
                    "Amrita Sandhu",
                    "a.sandhu@eastbridge.ac.uk",
                    "Head of Research Services, Library",
                    "decision_maker",
                    True,
                ),
                (
                    "Colin Marsh",
                    "c.marsh@eastbridge.ac.uk",
                    "Pro-Vice-Chancellor (Research)",
                    "executive",
                ),
                ("Fenna de Groot", "f.degroot@eastbridge.ac.uk", "Research Data Officer", "peer"),
            ],
            "recruiter": (None, "recruitment@eastbridge.ac.uk"),
            "company": "University of Eastbridge",
            "position": "Research Data Manager, Library Services",
        },
    },
    {
        "id": "f23-human-ics-hinglish-bank-reporting-manager-cluster-head",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Interview – Relationship Manager – Narmada Bank – Round 2",
        "start": "2032-03-09T11:30",
        "minutes": 45,
        "tz": "Asia/Kolkata",
        "organizer": P("Neha Kulkarni", "neha.kulkarni@narmadabank.in"),
        "attendees": [
            ME,
            P("Rajesh Iyer", "rajesh.iyer@narmadabank.in"),
            P("Kavita D", "kavita.d@narmadabank.in"),
        ],
        "description": (
            "Hi Alex,\n\nJaisa phone pe discuss hua tha, aapka Round 2 interview schedule ho gaya hai for the Relationship Manager "
            "role (Priority Banking vertical, Band M2). Details neeche hain:\n\n"
            "Date: Tuesday, 9 March 2032\nTime: 11:30 AM – 12:15 PM IST\n"
            "Venue: Narmada Bank, Baner Branch, 2nd floor, Pune (please carry a photo ID aur updated CV)\n\n"
            "Panel:\n"
            "1. Mr. Rajesh Iyer – Branch Manager, Baner (aapke reporting manager honge)\n"
            "2. Ms. Kavita Deshmukh – Cluster Head – Retail Liabilities\n\n"
            "Round 1 ka feedback kaafi achha tha, so all the best! Kuch bhi doubt ho toh mujhe call kar lena.\n\n"
            "Regards,\nNeha Kulkarni\nTalent Acquisition – West Zone\nNarmada Bank Ltd. | +91 20 5555 0182"
        ),
        "location": "Narmada Bank, Baner Branch, 2nd floor, Pune",
        "expect": {
            "interviewers": [
                (
                    "Rajesh Iyer",
                    "rajesh.iyer@narmadabank.in",
                    "Branch Manager, Baner",
                    "decision_maker",
                    True,
                ),
                (
                    "Kavita Deshmukh",
                    "kavita.d@narmadabank.in",
                    "Cluster Head – Retail Liabilities",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Neha Kulkarni", "neha.kulkarni@narmadabank.in"),
            "company": "Narmada Bank",
            "position": "Relationship Manager",
        },
    },
    {
        "id": "f23-personio-ics-dutch-filiaalmanager-regiomanager-leidinggevende",
        "format": "ics",
        "style": "personio",
        "difficulty": "medium",
        "prodid": "-//Personio GmbH//Personio//EN",
        "title": "Sollicitatiegesprek Filiaalmanager Zwolle (32-38 uur) – Alex Morgan",
        "start": "2032-03-12T10:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Noor El Amrani", "noor.elamrani@hoekstrawonen.nl"),
        "attendees": [
            ME,
            P("Jeroen Bakker", "jeroen.bakker@hoekstrawonen.nl"),
            P("Anouk Visser", "anouk.visser@hoekstrawonen.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nBedankt voor je sollicitatie bij Hoekstra Wonen! We nodigen je graag uit voor een eerste gesprek voor de "
            "functie Filiaalmanager in onze winkel in Zwolle (Grote Markt).\n\n"
            "Je spreekt met Jeroen Bakker, regiomanager Noord-Oost en jouw toekomstige leidinggevende, en met Anouk Visser, "
            "visual merchandiser in Zwolle. Na het gesprek krijg je een rondleiding door de winkel en het magazijn.\n\n"
            "Meld je bij de klantenservicebalie op de begane grond.\n\n"
            "Met vriendelijke groet,\nNoor El Amrani\nRecruiter | Hoekstra Wonen B.V.\n\nVerstuurd via Personio"
        ),
        "location": "Hoekstra Wonen Zwolle, Grote Markt 21, Zwolle",
        "expect": {
            "interviewers": [
                (
                    "Jeroen Bakker",
                    "jeroen.bakker@hoekstrawonen.nl",
                    "Regiomanager Noord-Oost",
                    "decision_maker",
                    True,
                ),
                ("Anouk Visser", "anouk.visser@hoekstrawonen.nl", "Visual Merchandiser", "peer"),
            ],
            "recruiter": ("Noor El Amrani", "noor.elamrani@hoekstrawonen.nl"),
            "company": "Hoekstra Wonen",
            "position": "Filiaalmanager",
        },
    },
    {
        "id": "f23-icims-ics-hospital-panel-names-only-in-description",
        "format": "ics",
        "style": "icims",
        "difficulty": "hard",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Interview: Clinical Nurse Educator, Emergency Department (Req 2032-3381)",
        "start": "2032-03-15T09:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P(
            "Talent Acquisition – St. Columba Medical Center", "ta-scheduling@columbahealth.org"
        ),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Clinical Nurse Educator, Emergency Department position at St. Columba "
            "Medical Center, a member of Columba Health System. We are pleased to confirm your panel interview.\n\n"
            "Interview Details\n"
            "Date: Monday, March 15, 2032\nTime: 9:00 AM – 10:30 AM PT\n"
            "Location: St. Columba Medical Center, 5th floor, Conference Room 5B, 800 Harbor View Rd, Tacoma, WA\n\n"
            "Interviewers:\n"
            "Renata Ilves, MSN, RN – Director of Nursing Education (hiring manager)\n"
            "Marcus Obi, BSN, RN, CEN – ED Charge Nurse\n"
            "Priscilla Huang, DNP – Clinical Nurse Specialist, Emergency Services\n\n"
            "Please prepare a 15-minute teaching demonstration on a skill of your choice for new ED graduates.\n\n"
            "Your recruiter, Dana Whitfield, will call you after the interview to talk about next steps. For any scheduling "
            "questions, reply to ta-scheduling@columbahealth.org.\n\nThis message was sent via iCIMS."
        ),
        "location": "St. Columba Medical Center, Conference Room 5B, 800 Harbor View Rd, Tacoma, WA",
        "expect": {
            "interviewers": [
                ("Renata Ilves", None, "Director of Nursing Education", "decision_maker", True),
                ("Marcus Obi", None, "ED Charge Nurse", "peer"),
                ("Priscilla Huang", None, "Clinical Nurse Specialist, Emergency Services", "peer"),
            ],
            "recruiter": ("Dana Whitfield", None),
            "company": "St. Columba Medical Center",
            "position": "Clinical Nurse Educator, Emergency Department",
        },
    },
    {
        "id": "f23-smartrecruiters-ics-polish-planista-bezposrednia-przelozona",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Rozmowa rekrutacyjna – Planista Produkcji – Lipski Okna (ref. 2032/PL/044)",
        "start": "2032-03-16T10:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Karolina Zielińska", "karolina.zielinska@lipski-okna.pl"),
        "attendees": [
            ME,
            P("Agnieszka Wrona", "agnieszka.wrona@lipski-okna.pl"),
            P("Grzegorz Malec", "grzegorz.malec@lipski-okna.pl"),
        ],
        "description": (
            "Dzień dobry Panie Alexie,\n\ndziękujemy za aplikację na stanowisko Planista Produkcji w zakładzie Lipski Okna w Kaliszu. "
            "Zapraszamy na rozmowę rekrutacyjną w siedzibie firmy.\n\n"
            "Kiedy: wtorek, 16 marca 2032, godz. 10:00\nGdzie: ul. Wrocławska 122, Kalisz – recepcja budynku biurowego\n\n"
            "Ze strony firmy w spotkaniu wezmą udział:\n"
            "• Agnieszka Wrona – Kierowniczka Działu Planowania Produkcji (bezpośrednia przełożona)\n"
            "• Grzegorz Malec – Dyrektor Operacyjny\n\n"
            "Prosimy zabrać dokument tożsamości. Po rozmowie zapraszamy na krótki spacer po hali produkcyjnej.\n\n"
            "Z pozdrowieniami,\nKarolina Zielińska\nRekruterka | Lipski Okna Sp. z o.o.\n\n"
            "Wiadomość wysłana przez SmartRecruiters"
        ),
        "location": "Lipski Okna, ul. Wrocławska 122, Kalisz",
        "expect": {
            "interviewers": [
                (
                    "Agnieszka Wrona",
                    "agnieszka.wrona@lipski-okna.pl",
                    "Kierowniczka Działu Planowania Produkcji",
                    "decision_maker",
                    True,
                ),
                (
                    "Grzegorz Malec",
                    "grzegorz.malec@lipski-okna.pl",
                    "Dyrektor Operacyjny",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Karolina Zielińska", "karolina.zielinska@lipski-okna.pl"),
            "company": "Lipski Okna",
            "position": "Planista Produkcji",
        },
    },
    {
        "id": "f23-human-ics-consultancy-case-round-events-mailbox-named-recruiter",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Halden Whitcombe – Round 2 Case Interviews – Alex Morgan (Senior Consultant, Operations Practice)",
        "start": "2032-03-17T10:00",
        "minutes": 110,
        "tz": "Europe/London",
        "organizer": P(
            "Recruiting Events – Halden Whitcombe", "recruitingevents@haldenwhitcombe.com"
        ),
        "attendees": [
            ME,
            P("Ingrid Solberg", "isolberg@haldenwhitcombe.com"),
            P("Tunde Bakare", "tbakare@haldenwhitcombe.com"),
        ],
        "description": (
            "Dear Alex,\n\nCongratulations on progressing to the second round for the Senior Consultant role in our Operations "
            "Practice (London office). Your case interviews are set out below.\n\n"
            "10:00 – 10:50  Case interview 1 with Ingrid Solberg, Partner, Operations Practice\n"
            "10:50 – 11:00  Break\n"
            "11:00 – 11:50  Case interview 2 with Tunde Bakare, Manager, Operations Practice\n\n"
            "Ingrid leads the hiring for this role and will make the final decision.\n\n"
            "Your recruiter is Chloe Marchetti (chloe.marchetti@haldenwhitcombe.com); this calendar hold is sent by our events "
            "team, so please direct any questions to Chloe. Paper and a calculator will be provided.\n\n"
            "Kind regards,\nRecruiting Events Team\nHalden Whitcombe | 1 Finsbury Circus, London EC2M"
        ),
        "location": "Halden Whitcombe, 1 Finsbury Circus, London EC2M – 6th floor reception",
        "expect": {
            "interviewers": [
                (
                    "Ingrid Solberg",
                    "isolberg@haldenwhitcombe.com",
                    "Partner, Operations Practice",
                    "decision_maker",
                    True,
                ),
                (
                    "Tunde Bakare",
                    "tbakare@haldenwhitcombe.com",
                    "Manager, Operations Practice",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Chloe Marchetti", "chloe.marchetti@haldenwhitcombe.com"),
            "company": "Halden Whitcombe",
            "position": "Senior Consultant, Operations Practice",
        },
    },
    {
        "id": "f23-teamtailor-ics-spanish-insurer-jefa-tu-futura-responsable",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "medium",
        "prodid": "-//Teamtailor//Teamtailor Calendar//EN",
        "title": "Entrevista: Tramitador/a de Siniestros Hogar – Seguros Albora (Valencia)",
        "start": "2032-03-18T12:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Lucía Peñalver", "lucia.penalver@segurosalbora.es"),
        "attendees": [
            ME,
            P("Marta Ibáñez", "marta.ibanez@segurosalbora.es"),
            P("Daniel Sanchis", "daniel.sanchis@segurosalbora.es"),
        ],
        "description": (
            "Hola Alex,\n\n¡Gracias por tu candidatura! Nos encantaría conocerte en una entrevista presencial en nuestras oficinas "
            "de Valencia para el puesto de Tramitador/a de Siniestros Hogar.\n\n"
            "Estarán contigo Marta Ibáñez, jefa de Siniestros Diversos y tu futura responsable directa, y Daniel Sanchis, "
            "tramitador sénior de Hogar. La entrevista dura unos 60 minutos e incluye un pequeño caso práctico con un expediente "
            "real (anonimizado).\n\nDirección: Av. de Aragón 30, planta 7, Valencia. Pregunta por Marta en recepción.\n\n"
            "Un saludo,\nLucía Peñalver\nTalent Acquisition · Seguros Albora\n\nEnviado con Teamtailor"
        ),
        "location": "Seguros Albora, Av. de Aragón 30, planta 7, Valencia",
        "expect": {
            "interviewers": [
                (
                    "Marta Ibáñez",
                    "marta.ibanez@segurosalbora.es",
                    "Jefa de Siniestros Diversos",
                    "decision_maker",
                    True,
                ),
                (
                    "Daniel Sanchis",
                    "daniel.sanchis@segurosalbora.es",
                    "Tramitador Sénior de Hogar",
                    "peer",
                ),
            ],
            "recruiter": ("Lucía Peñalver", "lucia.penalver@segurosalbora.es"),
            "company": "Seguros Albora",
            "position": "Tramitador/a de Siniestros Hogar",
        },
    },
    {
        "id": "f23-human-ics-japanese-kanji-bucho-joshi-romaji-in-brackets",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "【二次面接のご案内】生産技術エンジニア（中途採用）／Alex Morgan様",
        "start": "2032-03-11T14:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("中村 さくら", "s-nakamura@minatogear.co.jp"),
        "attendees": [
            ME,
            P("鈴木 一郎", "i-suzuki@minatogear.co.jp"),
            P("高橋 美咲", "m-takahashi@minatogear.co.jp"),
        ],
        "description": (
            "Alex Morgan様\n\nお世話になっております。Minato Gear株式会社 人事部の中村です。\n"
            "先日は一次面接にお越しいただき、誠にありがとうございました。\n二次面接を下記の通りご案内いたします。\n\n"
            "日時：2032年3月11日（木）14:00〜15:00\n"
            "場所：本社工場 2階 第3会議室（静岡県浜松市中央区高丘東2-14-3）\n"
            "面接官：\n"
            "・製造部 部長　鈴木 一郎（Ichiro Suzuki）※入社後の上司となります\n"
            "・生産技術課 主任　高橋 美咲（Misaki Takahashi）\n\n"
            "当日は英語・日本語どちらでも対応可能です。受付で「人事部の中村」とお伝えください。\n"
            "ご不明な点がございましたら、お気軽にご連絡ください。\n\n"
            "Minato Gear株式会社\n人事部 採用担当\n中村 さくら（Sakura Nakamura）\nTEL: 053-555-0147"
        ),
        "location": "Minato Gear 本社工場 2階 第3会議室",
        "expect": {
            "interviewers": [
                (
                    "Ichiro Suzuki",
                    "i-suzuki@minatogear.co.jp",
                    "製造部 部長",
                    "decision_maker",
                    True,
                ),
                ("Misaki Takahashi", "m-takahashi@minatogear.co.jp", "生産技術課 主任", "peer"),
            ],
            "recruiter": ("Sakura Nakamura", "s-nakamura@minatogear.co.jp"),
            "company": "Minato Gear",
            "position": "生産技術エンジニア",
        },
    },
    {
        "id": "f23-human-ics-civil-service-vacancy-holder-independent-member",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview – Senior Policy Adviser, Flood Resilience (Ref: 318842)",
        "start": "2032-03-19T14:00",
        "minutes": 50,
        "tz": "Europe/London",
        "organizer": P("DCI Resourcing", "resourcing@coastalinfra.gov.uk"),
        "attendees": [
            ME,
            P("Marsh-Oduya, Helen (DCI)", "helen.marsh-oduya@coastalinfra.gov.uk"),
            P("Lewis, Gareth (FFA)", "gareth.lewis@floodforecasting.gov.uk"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nVacancy: 318842 – Senior Policy Adviser, Flood Resilience\n"
            "Department for Coastal Infrastructure\nGrade: Senior Executive Officer (SEO)\n\n"
            "Thank you for your application. We are pleased to invite you to interview by video.\n\n"
            "Interview panel\n"
            "Chair: Helen Marsh-Oduya, Head of Flood Resilience Policy (vacancy holder)\n"
            "Panel member: Gareth Lewis, Senior Adviser (Flood Forecasting Agency), independent panel member\n\n"
            "The interview will assess the behaviours Making Effective Decisions, Communicating and Influencing and Working "
            "Together, plus one technical question. You will be asked to give a 5-minute presentation on the topic sent with "
            "this invitation.\n\nIf you require reasonable adjustments, please contact resourcing@coastalinfra.gov.uk.\n\n"
            "DCI Resourcing Team" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Helen Marsh-Oduya",
                    "helen.marsh-oduya@coastalinfra.gov.uk",
                    "Head of Flood Resilience Policy",
                    "decision_maker",
                    True,
                ),
                ("Gareth Lewis", "gareth.lewis@floodforecasting.gov.uk", "Senior Adviser", "peer"),
            ],
            "recruiter": (None, "resourcing@coastalinfra.gov.uk"),
            "company": "Department for Coastal Infrastructure",
            "position": "Senior Policy Adviser, Flood Resilience",
        },
    },
    {
        "id": "f23-agency-ics-forwarded-client-mail-underwriting-manager-my-team",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "FW: Alex Morgan – Marine Underwriting Assistant – Castellan Re",
        "start": "2032-03-11T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Jamie Okafor", "jamie.okafor@bluewaterrecruitment.co.uk"),
        "attendees": [
            ME,
            P("Felicity Crane", "fcrane@castellan-re.com"),
            P(None, "obannister@castellan-re.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat news – Castellan Re would like to meet you! See Felicity's note below. I won't be in the meeting "
            "but I'll ring you straight afterwards for a debrief.\n\nJamie\n\n"
            "Jamie Okafor | Senior Consultant, Insurance & Reinsurance\nBluewater Recruitment | 020 7555 0193\n\n"
            "From: Felicity Crane <fcrane@castellan-re.com>\nSent: 03 March 2032 16:12\n"
            "To: Jamie Okafor <jamie.okafor@bluewaterrecruitment.co.uk>\n"
            "Subject: RE: Alex Morgan – Marine Underwriting Assistant\n\n"
            "Hi Jamie,\n\nThanks for sending Alex through – the role sits in my team and we'd like an hour with them on Thursday "
            "11th at 10am at our Lime Street office. It'll be me and Ollie Bannister (one of our senior underwriters on the "
            "cargo book). If it goes well I'd want them to meet our Head of Marine, Richard Voss, before we make an offer.\n\n"
            "Best,\nFelicity\n\nFelicity Crane\nUnderwriting Manager, Marine Cargo\nCastellan Re | 40 Lime Street, London EC3M"
        ),
        "location": "Castellan Re, 40 Lime Street, London EC3M",
        "expect": {
            "interviewers": [
                (
                    "Felicity Crane",
                    "fcrane@castellan-re.com",
                    "Underwriting Manager, Marine Cargo",
                    "decision_maker",
                    True,
                ),
                ("Ollie Bannister", "obannister@castellan-re.com", "Senior Underwriter", "peer"),
            ],
            "recruiter": ("Jamie Okafor", "jamie.okafor@bluewaterrecruitment.co.uk"),
            "company": "Castellan Re",
            "position": "Marine Underwriting Assistant",
        },
    },
    {
        "id": "f23-successfactors-ics-portuguese-bank-diretora-futura-chefia",
        "format": "ics",
        "style": "successfactors",
        "difficulty": "medium",
        "prodid": "-//SAP SuccessFactors//Interview Scheduling//EN",
        "title": "Convite para entrevista: Analista de Prevenção de Branqueamento de Capitais – Req. 50712",
        "start": "2032-03-22T15:00",
        "minutes": 60,
        "tz": "Europe/Lisbon",
        "organizer": P("Recrutamento BAN", "recrutamento@bancoatlanticonorte.pt"),
        "attendees": [
            ME,
            P("Inês Carvalho Matos", "ines.matos@bancoatlanticonorte.pt"),
            P("Duarte Figueira", "duarte.figueira@bancoatlanticonorte.pt"),
        ],
        "description": (
            "Exmo(a). Sr(a). Alex Morgan,\n\nNa sequência da sua candidatura (Requisição 50712), temos o prazer de o(a) convidar "
            "para uma entrevista para a função de Analista de Prevenção de Branqueamento de Capitais, na Direção de Compliance, "
            "em Lisboa.\n\nData: 22 de março de 2032, 15h00\nLocal: Edifício Sede, Av. da República 88, 5.º piso – receção\n\n"
            "Entrevistadores:\n"
            "Dra. Inês Carvalho Matos – Diretora de Compliance (futura chefia direta)\n"
            "Dr. Duarte Figueira – Técnico Sénior de Compliance\n\n"
            "Para qualquer esclarecimento, responda a este e-mail.\n\nCom os melhores cumprimentos,\n"
            "Equipa de Recrutamento\nBanco Atlântico Norte, S.A.\n\n"
            "Esta mensagem foi enviada através do SAP SuccessFactors."
        ),
        "location": "Banco Atlântico Norte, Av. da República 88, Lisboa",
        "expect": {
            "interviewers": [
                (
                    "Inês Carvalho Matos",
                    "ines.matos@bancoatlanticonorte.pt",
                    "Diretora de Compliance",
                    "decision_maker",
                    True,
                ),
                (
                    "Duarte Figueira",
                    "duarte.figueira@bancoatlanticonorte.pt",
                    "Técnico Sénior de Compliance",
                    "peer",
                ),
            ],
            "recruiter": (None, "recrutamento@bancoatlanticonorte.pt"),
            "company": "Banco Atlântico Norte",
            "position": "Analista de Prevenção de Branqueamento de Capitais",
        },
    },
    {
        "id": "f23-human-ics-retailer-recruiter-only-screen-next-step-named",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Phone screen: Area Manager (South West) – Calder & Finch",
        "start": "2032-03-23T16:30",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Priya Venkatesan", "priya.venkatesan@calderfinch.co.uk"),
        "attendees": [ME, P("Priya Venkatesan", "priya.venkatesan@calderfinch.co.uk")],
        "description": (
            "Hi Alex,\n\nLovely to connect on LinkedIn. As discussed, this is a 30-minute call with me to talk through the Area "
            "Manager role (South West, nine stores from Bath to Truro), your experience and what you're looking for. If it's a "
            "fit, the next step would be a meeting with our Regional Director, Tom Hargreaves, who the role reports to.\n\n"
            "I'll call you on the mobile number on your CV.\n\nThanks,\nPriya\n\n"
            "Priya Venkatesan\nSenior Talent Acquisition Partner – Retail Operations\nCalder & Finch | Head Office, Bristol"
        ),
        "location": "Phone call",
        "expect": {
            "interviewers": [
                (
                    "Priya Venkatesan",
                    "priya.venkatesan@calderfinch.co.uk",
                    "Senior Talent Acquisition Partner – Retail Operations",
                    "recruiter",
                ),
            ],
            "recruiter": ("Priya Venkatesan", "priya.venkatesan@calderfinch.co.uk"),
            "company": "Calder & Finch",
            "position": "Area Manager",
        },
    },
    # --- .ics: near-misses --------------------------------------------------------------------
    {
        "id": "f23-ics-non-german-mitarbeiterjahresgespraech-teamleiterin",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Mitarbeiterjahresgespräch 2032 – Alex Morgan / Jana Hofer",
        "start": "2032-03-10T15:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Hofer, Jana", "jana.hofer@initech.com"),
        "attendees": [ME_WORK, P("Hofer, Jana", "jana.hofer@initech.com")],
        "description": (
            "Hallo Alex,\n\nwie besprochen hier der Termin für unser Mitarbeiterjahresgespräch. Themen: Rückblick auf die Ziele "
            "2031, Zielvereinbarung 2032, Weiterbildung und Deine Entwicklungswünsche (Stichwort Teamleitung).\n\n"
            "Bitte fülle vorab den Selbsteinschätzungsbogen in Workday aus (Mein Team > Leistung > Jahresgespräch). Das Gespräch "
            "ist kein Bewerbungsgespräch für die ausgeschriebene Teamleiterstelle, darüber sprechen wir gern separat.\n\n"
            "Viele Grüße\nJana\n\nJana Hofer\nTeamleiterin Controlling, Initech Deutschland GmbH"
        ),
        "location": "Besprechungsraum Spree (3. OG)",
        "expect": None,
    },
    {
        "id": "f23-ics-non-internal-audit-sox-walkthrough-interview",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Internal Audit – walkthrough interview: Accounts Payable controls (SOX FY32)",
        "start": "2032-03-16T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Raines, Oliver", "oliver.raines@initech.com"),
        "attendees": [
            ME_WORK,
            P("Raines, Oliver", "oliver.raines@initech.com"),
            P("Keller, Mia", "mia.keller@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs part of the FY32 SOX testing plan, Internal Audit would like to interview you as the control owner for "
            "three-way match and vendor master changes (controls AP-03 and AP-07). Interviewee: Alex Morgan (AP Lead). "
            "Interviewers: Oliver Raines (Senior Auditor) and Mia Keller (IT Audit Manager).\n\n"
            "Please have one sample of each control's evidence ready to share on screen. This is a walkthrough, not a test of "
            "you personally.\n\nThanks,\nOliver Raines\nSenior Auditor, Internal Audit, Initech"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f23-ics-non-research-interview-hiring-in-banks-participant",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 16.2//EN",
        "title": "Research interview: 'Who decides who gets hired?' study – University of Lindmoor",
        "start": "2032-03-18T17:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Saoirse Kehoe", "s.kehoe@lindmoor.ac.uk"),
        "attendees": [ME, P("Saoirse Kehoe", "s.kehoe@lindmoor.ac.uk")],
        "description": (
            "Dear Alex,\n\nThank you for agreeing to take part in my doctoral research on how hiring decisions are made in retail "
            "banks. This is a semi-structured research interview of about 45 minutes: I'll ask about your experience of job "
            "interviews, assessment centres and hiring managers over your career. It is not a job interview and nothing you say "
            "will be shared with any employer.\n\nThe participant information sheet and consent form are attached; please sign "
            "the form before we meet. As a thank-you you will receive a £25 voucher.\n\n"
            "Best wishes,\nSaoirse Kehoe\nPhD Researcher, School of Management, University of Lindmoor"
            + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f23-ics-non-user-on-panel-finance-business-partner-candidate",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday//Workday Recruiting//EN",
        "title": "Interview Panel: Finance Business Partner (R-21177) – Candidate: Sophie Lindqvist",
        "start": "2032-03-24T11:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P(None, "initech@myworkday.com"),
        "attendees": [
            ME_WORK,
            P("Marc Delorme", "marc.delorme@initech.com"),
            P("Sophie Lindqvist", "sophie.lindqvist@outlook.com"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Sophie Lindqvist\nJob Requisition: R-21177 Finance Business Partner (Stockholm)\n\n"
            "Interviewer: Marc Delorme\nRole on Panel: Hiring Manager, Chair\n\n"
            "Interviewer: Alex Morgan\nRole on Panel: Interviewer (technical questions: forecasting and variance analysis)\n\n"
            "Please review the candidate's CV in Workday beforehand and submit your interview feedback within 24 hours of the "
            "interview. Questions: talent.nordics@initech.com" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f23-ics-non-spanish-entrevista-de-salida",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Entrevista de salida – Alex Morgan",
        "start": "2032-03-26T12:30",
        "minutes": 30,
        "tz": "Europe/Madrid",
        "organizer": P("Irene Montoya Ruiz", "irene.montoya@initech.com"),
        "attendees": [ME_WORK, P("Irene Montoya Ruiz", "irene.montoya@initech.com")],
        "description": (
            "Hola Alex,\n\nAntes de tu último día (31 de marzo) nos gustaría hacerte la entrevista de salida. Son 30 minutos para "
            "conocer tu experiencia en Initech: tu equipo, tu responsable, el desarrollo profesional y qué podríamos mejorar. Es "
            "confidencial y no afecta a tu finiquito.\n\nGracias de antemano,\nIrene Montoya Ruiz\nHR Business Partner, Initech "
            "Iberia"
        ),
        "location": "Sala Retiro, planta 2",
        "expect": None,
    },
    # --- Google JSON: interviews --------------------------------------------------------------
    {
        "id": "f23-workday-google-insurer-claims-hm-first-initial-display",
        "format": "google",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview Scheduled – Claims Adjuster II, Commercial Auto (JR-77120) – Remote (US)",
        "start": "2032-03-08T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P(None, "bellwethermutual@myworkday.com"),
        "attendees": [
            ME,
            P("J. Ramírez", "jramirez2@bellwethermutual.com"),
            P("Tasha Greene", "tgreene@bellwethermutual.com"),
            P("Roger Feld", "rfeld@bellwethermutual.com"),
        ],
        "description": (
            "Hello Alex,\n\nYour interview has been scheduled.\n\n"
            "Position: JR-77120 Claims Adjuster II, Commercial Auto - Remote (US)\nInterview Type: Panel Interview (Zoom)\n\n"
            "Interviewers:\n"
            "Javier Ramírez (Hiring Manager) - Claims Supervisor, Commercial Auto\n"
            "Tasha Greene - Senior Claims Adjuster\n"
            "Roger Feld - Litigation Specialist\n\n"
            "Please join from a quiet place with a stable connection. You will be asked to talk through how you would handle a "
            "disputed liability claim.\n\nQuestions? Contact your recruiter, Lindsay Moore, at lmoore@bellwethermutual.com.\n\n"
            "Bellwether Mutual Insurance" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Javier Ramírez",
                    "jramirez2@bellwethermutual.com",
                    "Claims Supervisor, Commercial Auto",
                    "decision_maker",
                    True,
                ),
                ("Tasha Greene", "tgreene@bellwethermutual.com", "Senior Claims Adjuster", "peer"),
                ("Roger Feld", "rfeld@bellwethermutual.com", "Litigation Specialist", "peer"),
            ],
            "recruiter": ("Lindsay Moore", "lmoore@bellwethermutual.com"),
            "company": "Bellwether Mutual Insurance",
            "position": "Claims Adjuster II, Commercial Auto",
        },
    },
    {
        "id": "f23-personio-google-german-mittelstand-vorgesetzte-gf-role-mailbox",
        "format": "google",
        "style": "personio",
        "difficulty": "hard",
        "title": "Einladung zum Vorstellungsgespräch – Vertriebsingenieur Innendienst (m/w/d) – Hartmann Antriebstechnik",
        "start": "2032-03-09T09:30",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Svenja Ruhnau", "bewerbung@hartmann-antriebe.de"),
        "attendees": [
            ME,
            P("Ulrike Sommer", "u.sommer@hartmann-antriebe.de"),
            P("Kai Brandt", "k.brandt@hartmann-antriebe.de"),
        ],
        "description": (
            "Sehr geehrte/r Alex Morgan,\n\nherzlichen Dank für Ihre Bewerbung als Vertriebsingenieur Innendienst (m/w/d). Wir "
            "laden Sie herzlich zu einem persönlichen Gespräch an unserem Standort in Bielefeld ein.\n\n"
            "Ihre Gesprächspartner sind Frau Dr. Ulrike Sommer, Leiterin Vertrieb Europa und Ihre direkte Vorgesetzte, sowie "
            "unser Geschäftsführer Herr Kai Brandt.\n\n"
            "Bitte melden Sie sich am Empfang in Gebäude A; Besucherparkplätze finden Sie direkt vor dem Gebäude. Ihre "
            "Reisekosten erstatten wir Ihnen gern.\n\n"
            "Mit freundlichen Grüßen\nSvenja Ruhnau\nPersonalreferentin\n"
            "Hartmann Antriebstechnik GmbH · Eckendorfer Str. 90 · 33609 Bielefeld\n\nGesendet über Personio"
        ),
        "location": "Hartmann Antriebstechnik, Eckendorfer Str. 90, 33609 Bielefeld, Gebäude A",
        "expect": {
            "interviewers": [
                (
                    "Ulrike Sommer",
                    "u.sommer@hartmann-antriebe.de",
                    "Leiterin Vertrieb Europa",
                    "decision_maker",
                    True,
                ),
                ("Kai Brandt", "k.brandt@hartmann-antriebe.de", "Geschäftsführer", "executive"),
            ],
            "recruiter": ("Svenja Ruhnau", "bewerbung@hartmann-antriebe.de"),
            "company": "Hartmann Antriebstechnik",
            "position": "Vertriebsingenieur Innendienst",
        },
    },
    {
        "id": "f23-teamtailor-google-dutch-savings-bank-kennismaking-teamlead",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "medium",
        "title": "Kennismakingsgesprek – Klantadviseur Hypotheken – Zeeuwse Spaarbank",
        "start": "2032-03-10T11:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Sanne de Vries", "sanne.devries@zeeuwsespaarbank.nl"),
        "attendees": [
            ME,
            P("Ruben Mulder", "r.mulder@zeeuwsespaarbank.nl"),
            P("Fatima Ouali", "f.ouali@zeeuwsespaarbank.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nWat leuk dat je hebt gesolliciteerd op de vacature Klantadviseur Hypotheken (36 uur, Middelburg)! Graag "
            "maken we online kennis met je via Google Meet.\n\n"
            "In het gesprek zitten:\n"
            "Ruben Mulder – Teamlead Hypotheken Zeeland (jouw toekomstige leidinggevende)\n"
            "Fatima Ouali – Senior Hypotheekadviseur\n\n"
            "Het gesprek duurt ongeveer 45 minuten. Heb je vooraf vragen? Bel of app me gerust.\n\n"
            "Hartelijke groet,\nSanne de Vries\nCorporate Recruiter | Zeeuwse Spaarbank\n\nVerzonden via Teamtailor"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ruben Mulder",
                    "r.mulder@zeeuwsespaarbank.nl",
                    "Teamlead Hypotheken Zeeland",
                    "decision_maker",
                    True,
                ),
                ("Fatima Ouali", "f.ouali@zeeuwsespaarbank.nl", "Senior Hypotheekadviseur", "peer"),
            ],
            "recruiter": ("Sanne de Vries", "sanne.devries@zeeuwsespaarbank.nl"),
            "company": "Zeeuwse Spaarbank",
            "position": "Klantadviseur Hypotheken",
        },
    },
    {
        "id": "f23-agency-google-exec-search-client-md-role-reports-to-group-cfo",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Kellner Packaging – Finance Director (UK & Ireland) – first meeting",
        "start": "2032-03-11T15:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Harriet Lomax", "harriet.lomax@ashgrovepartners.com"),
        "attendees": [
            ME,
            P("Declan Murphy", "declan.murphy@kellnerpackaging.com"),
            P("Annika Rahm", "annika.rahm@kellner-group.de"),
        ],
        "description": (
            "Alex,\n\nConfirming your first meeting with Kellner Packaging for the Finance Director (UK & Ireland) appointment, as "
            "discussed on Monday.\n\n"
            "Declan Murphy, Managing Director UK & Ireland – the role reports directly to Declan\n"
            "Annika Rahm, Group CFO, Kellner Group – joining from Düsseldorf by video\n\n"
            "Venue: Kellner Packaging, Unit 4 Thornbury Business Park, Leeds LS28. Declan will host you in the boardroom; Annika "
            "will dial in on the link below.\n\nI'll call you on Friday to hear how it went. Please keep the client's name "
            "confidential for now.\n\nBest regards,\nHarriet\n\n"
            "Harriet Lomax\nPartner, Consumer & Industrial Practice\nAshgrove Partners | Executive Search"
            + MEET
        ),
        "location": "Kellner Packaging, Unit 4 Thornbury Business Park, Leeds",
        "expect": {
            "interviewers": [
                (
                    "Declan Murphy",
                    "declan.murphy@kellnerpackaging.com",
                    "Managing Director UK & Ireland",
                    "decision_maker",
                    True,
                ),
                ("Annika Rahm", "annika.rahm@kellner-group.de", "Group CFO", "executive"),
            ],
            "recruiter": ("Harriet Lomax", "harriet.lomax@ashgrovepartners.com"),
            "company": "Kellner Packaging",
            "position": "Finance Director",
        },
    },
    {
        "id": "f23-icims-google-pharmacy-template-names-nobody-attendees-only",
        "format": "google",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview – Pharmacy Technician (Store #2291) – Wellspring Pharmacy",
        "start": "2032-03-12T10:30",
        "minutes": 30,
        "tz": "America/Phoenix",
        "organizer": P("Wellspring Talent Acquisition", "noreply-talent@wellspringrx.com"),
        "attendees": [
            ME,
            P("Carla Mendes", "carla.mendes@wellspringrx.com"),
            P("Bryce Holloway", "bryce.holloway@wellspringrx.com"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying to Wellspring Pharmacy! You are scheduled for an in-person interview with the "
            "pharmacy team at Store #2291 (4410 E Camelback Rd, Phoenix, AZ).\n\n"
            "Please arrive 10 minutes early and bring a photo ID and your Arizona pharmacy technician license or trainee "
            "registration.\n\nIf you need to reschedule, reply to careers@wellspringrx.com at least 24 hours in advance.\n\n"
            "Wellspring Pharmacy Talent Acquisition\n\nThis message was sent via iCIMS. Please do not reply to this address."
        ),
        "location": "Wellspring Pharmacy #2291, 4410 E Camelback Rd, Phoenix, AZ",
        "expect": {
            "interviewers": [
                ("Carla Mendes", "carla.mendes@wellspringrx.com", None, "unknown"),
                ("Bryce Holloway", "bryce.holloway@wellspringrx.com", None, "unknown"),
            ],
            "recruiter": (None, "careers@wellspringrx.com"),
            "company": "Wellspring Pharmacy",
            "position": "Pharmacy Technician",
        },
    },
    {
        "id": "f23-smartrecruiters-google-spanish-logistics-responsable-directo",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Entrevista – Jefe/a de Turno de Almacén – Plataforma Logística Zaragoza – Almacenes Baroja",
        "start": "2032-03-15T17:00",
        "minutes": 75,
        "tz": "Europe/Madrid",
        "organizer": P("Alba Cebrián", "alba.cebrian@almacenesbaroja.es"),
        "attendees": [
            ME,
            P("Sergio Lozano", "sergio.lozano@almacenesbaroja.es"),
            P("Rocío Gállego", "rocio.gallego@almacenesbaroja.es"),
        ],
        "description": (
            "Hola Alex:\n\nTe escribo para confirmarte la entrevista para el puesto de Jefe/a de Turno de Almacén (turno de noche) "
            "en nuestra plataforma logística de Zaragoza (PLAZA).\n\nParticipantes:\n"
            "- Sergio Lozano — Responsable de Plataforma Logística (será tu responsable directo)\n"
            "- Rocío Gállego — Técnica de Prevención de Riesgos Laborales\n\n"
            "Después haremos una visita a la nave, así que trae calzado cómodo (el chaleco te lo damos nosotros).\n\n"
            "Dirección: Calle Turiaso 14, PLAZA, 50197 Zaragoza.\n\nSaludos,\nAlba Cebrián\n"
            "Técnica de Selección | Almacenes Baroja S.A.\n\nEnviado a través de SmartRecruiters"
        ),
        "location": "Almacenes Baroja, Calle Turiaso 14, PLAZA, 50197 Zaragoza",
        "expect": {
            "interviewers": [
                (
                    "Sergio Lozano",
                    "sergio.lozano@almacenesbaroja.es",
                    "Responsable de Plataforma Logística",
                    "decision_maker",
                    True,
                ),
                (
                    "Rocío Gállego",
                    "rocio.gallego@almacenesbaroja.es",
                    "Técnica de Prevención de Riesgos Laborales",
                    "peer",
                ),
            ],
            "recruiter": ("Alba Cebrián", "alba.cebrian@almacenesbaroja.es"),
            "company": "Almacenes Baroja",
            "position": "Jefe/a de Turno de Almacén",
        },
    },
    {
        "id": "f23-human-google-hinglish-life-insurer-report-karoge-regional-head",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "F2F Interview | Branch Sales Manager | Pune",
        "start": "2032-03-10T15:00",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P("Sneha Pawar", "sneha.pawar@surakshajeevan.co.in"),
        "attendees": [
            ME,
            P("Amit Joshi", "amit.joshi@surakshajeevan.co.in"),
            P("Vikram Sethi", "vikram.sethi@surakshajeevan.co.in", optional=True),
        ],
        "description": (
            "Hello Alex,\n\nGreetings from Suraksha Jeevan! Aapka face-to-face interview confirm ho gaya hai. Please find the "
            "details:\n\nRole: Branch Sales Manager (Bancassurance channel)\nDate/Time: Wed, 10 March 2032, 3:00 PM\n"
            "Venue: Suraksha Jeevan Life Insurance, Regional Office, 4th floor, Shivajinagar, Pune\n\n"
            "Interview lenge Amit Joshi sir, Area Manager – Pune (aap unko report karoge), aur agar time mila toh Vikram Sethi "
            "sir, Regional Head – Bancassurance West, bhi last 15 min join karenge.\n\n"
            "Documents: last 3 months ki salary slips, ID proof aur educational certificates ki copies le aana.\n\n"
            "Thanks & Regards,\nSneha Pawar\nExecutive – Talent Acquisition\nSuraksha Jeevan Life Insurance Co. Ltd."
        ),
        "location": "Suraksha Jeevan Life Insurance, Regional Office, Shivajinagar, Pune",
        "expect": {
            "interviewers": [
                (
                    "Amit Joshi",
                    "amit.joshi@surakshajeevan.co.in",
                    "Area Manager – Pune",
                    "decision_maker",
                    True,
                ),
                (
                    "Vikram Sethi",
                    "vikram.sethi@surakshajeevan.co.in",
                    "Regional Head – Bancassurance West",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Sneha Pawar", "sneha.pawar@surakshajeevan.co.in"),
            "company": "Suraksha Jeevan Life Insurance",
            "position": "Branch Sales Manager",
        },
    },
    {
        "id": "f23-successfactors-google-pharma-site-of-group-head-of-qa",
        "format": "google",
        "style": "successfactors",
        "difficulty": "medium",
        "title": "Interview Invitation: QA Specialist Batch Release (48213BR)",
        "start": "2032-03-16T09:00",
        "minutes": 120,
        "tz": "Europe/Zurich",
        "organizer": P("Veritan Careers", "careers-noreply@veritangroup.com"),
        "attendees": [
            ME,
            P("Stefanie Wyss", "stefanie.wyss@veritangroup.com"),
            P("Luca Bernasconi", "luca.bernasconi@veritangroup.com"),
            P("Dr. Anja Hofstetter", "anja.hofstetter@veritangroup.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nWe are pleased to invite you to an interview for the position QA Specialist Batch Release "
            "(Requisition ID 48213BR) at our Alpenrose Pharma Manufacturing site in Visp, Switzerland, part of Veritan Group.\n\n"
            "Interview type: On-site\n\nInterviewer(s):\n"
            "Stefanie Wyss, Head of QA Operations – Hiring Manager\n"
            "Luca Bernasconi, QA Specialist\n"
            "Dr. Anja Hofstetter, Qualified Person\n\n"
            "Recruiter: Mirjam Zehnder, mirjam.zehnder@veritangroup.com\n\n"
            "Please bring a valid ID; you will receive a visitor badge at gate 2.\n\nKind regards,\nVeritan Group Talent Acquisition\n\n"
            "This invitation was generated by SAP SuccessFactors."
        ),
        "location": "Alpenrose Pharma Manufacturing, Gate 2, Visp",
        "expect": {
            "interviewers": [
                (
                    "Stefanie Wyss",
                    "stefanie.wyss@veritangroup.com",
                    "Head of QA Operations",
                    "decision_maker",
                    True,
                ),
                ("Luca Bernasconi", "luca.bernasconi@veritangroup.com", "QA Specialist", "peer"),
                ("Anja Hofstetter", "anja.hofstetter@veritangroup.com", "Qualified Person", "peer"),
            ],
            "recruiter": ("Mirjam Zehnder", "mirjam.zehnder@veritangroup.com"),
            "company": "Alpenrose Pharma Manufacturing",
            "position": "QA Specialist Batch Release",
        },
    },
    {
        "id": "f23-human-google-french-bank-entretien-final-futur-manager-prose",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entretien final – Chargé(e) d'affaires entreprises – Banque Duval-Moreau",
        "start": "2032-03-17T14:30",
        "minutes": 75,
        "tz": "Europe/Paris",
        "organizer": P("Camille Fontaine", "camille.fontaine@duvalmoreau.fr"),
        "attendees": [
            ME,
            P("Olivier Baptiste", "olivier.baptiste@duvalmoreau.fr"),
            P("Nathalie Kessler-Roux", "nathalie.kesslerroux@duvalmoreau.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nJe vous confirme votre entretien final pour le poste de Chargé(e) d'affaires entreprises au sein de "
            "notre centre d'affaires de Lyon Part-Dieu.\n\n"
            "Vous serez reçu(e) d'abord par Olivier Baptiste, directeur du centre d'affaires entreprises et votre futur manager, "
            "puis par Nathalie Kessler-Roux, directrice régionale Entreprises.\n\n"
            "Adresse : 12 boulevard Vivier-Merle, 69003 Lyon, 8e étage. Merci de vous munir d'une pièce d'identité pour l'accueil.\n\n"
            "Belle journée,\nCamille Fontaine\nChargée de recrutement – Direction des Ressources Humaines\nBanque Duval-Moreau"
        ),
        "location": "Banque Duval-Moreau, 12 boulevard Vivier-Merle, 69003 Lyon",
        "expect": {
            "interviewers": [
                (
                    "Olivier Baptiste",
                    "olivier.baptiste@duvalmoreau.fr",
                    "Directeur du Centre d'Affaires Entreprises",
                    "decision_maker",
                    True,
                ),
                (
                    "Nathalie Kessler-Roux",
                    "nathalie.kesslerroux@duvalmoreau.fr",
                    "Directrice Régionale Entreprises",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Camille Fontaine", "camille.fontaine@duvalmoreau.fr"),
            "company": "Banque Duval-Moreau",
            "position": "Chargé(e) d'affaires entreprises",
        },
    },
    {
        "id": "f23-taleo-google-bilingual-health-centre-gestionnaire-embauche",
        "format": "google",
        "style": "taleo",
        "difficulty": "medium",
        "title": "Interview / Entrevue – Registered Respiratory Therapist – Posting 32-1145",
        "start": "2032-03-18T13:00",
        "minutes": 45,
        "tz": "America/Moncton",
        "organizer": P("Recruitment / Recrutement", "recruitment@lakeshorehealth.ca"),
        "attendees": [
            ME,
            P("Manon Thibodeau", "manon.thibodeau@lakeshorehealth.ca"),
            P("Kevin Doiron", "kevin.doiron@lakeshorehealth.ca"),
        ],
        "description": (
            "Dear Alex Morgan / Bonjour Alex Morgan,\n\n"
            "Thank you for applying to Posting 32-1145 Registered Respiratory Therapist (Temporary Full-Time, 12-hour rotation) at "
            "Lakeshore Regional Health Centre. / Merci d'avoir postulé au poste 32-1145 Inhalothérapeute autorisé(e).\n\n"
            "Interview panel / Comité d'entrevue :\n"
            "Manon Thibodeau – Manager, Respiratory Therapy & Pulmonary Function Lab (hiring manager / gestionnaire responsable "
            "de l'embauche)\n"
            "Kevin Doiron – Clinical Educator, Respiratory Therapy\n\n"
            "Location / Lieu : Level 2, Room 2-140, 135 Harbour Rd. Please bring your CRTO/NBART registration.\n\n"
            "Human Resources – Recruitment / Ressources humaines – Recrutement\n"
            "Lakeshore Regional Health Centre / Centre de santé régional Lakeshore"
        ),
        "location": "Lakeshore Regional Health Centre, Room 2-140, 135 Harbour Rd",
        "expect": {
            "interviewers": [
                (
                    "Manon Thibodeau",
                    "manon.thibodeau@lakeshorehealth.ca",
                    "Manager, Respiratory Therapy & Pulmonary Function Lab",
                    "decision_maker",
                    True,
                ),
                (
                    "Kevin Doiron",
                    "kevin.doiron@lakeshorehealth.ca",
                    "Clinical Educator, Respiratory Therapy",
                    "peer",
                ),
            ],
            "recruiter": (None, "recruitment@lakeshorehealth.ca"),
            "company": "Lakeshore Regional Health Centre",
            "position": "Registered Respiratory Therapist",
        },
    },
    {
        "id": "f23-human-google-brazil-retailer-sua-futura-gestora-lowercase",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista com a gestora – Analista de Compras Pleno – Lojas Candeia",
        "start": "2032-03-12T10:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Juliana Prado", "juliana.prado@lojascandeia.com.br"),
        "attendees": [
            ME,
            P("Fernanda Azevedo", "fernanda.azevedo@lojascandeia.com.br"),
            P("Rafael Nogueira", "rafael.nogueira@lojascandeia.com.br"),
        ],
        "description": (
            "Oi Alex, tudo bem?\n\nParabéns, você avançou para a etapa de entrevista com a gestora! Seguem os detalhes:\n\n"
            "Vaga: Analista de Compras Pleno (CLT, híbrido)\nData: 12/03/2032, às 10h\n\n"
            "Participantes: Fernanda Azevedo, gerente de Compras Casa & Decoração (sua futura gestora), e Rafael Nogueira, "
            "comprador sênior do time.\n\nA conversa será pelo Google Meet (link abaixo). Qualquer dúvida, me chama no WhatsApp.\n\n"
            "Abraços,\nJuliana Prado\nAnalista de Atração e Seleção | Lojas Candeia" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Fernanda Azevedo",
                    "fernanda.azevedo@lojascandeia.com.br",
                    "Gerente de Compras Casa & Decoração",
                    "decision_maker",
                    True,
                ),
                (
                    "Rafael Nogueira",
                    "rafael.nogueira@lojascandeia.com.br",
                    "Comprador Sênior",
                    "peer",
                ),
            ],
            "recruiter": ("Juliana Prado", "juliana.prado@lojascandeia.com.br"),
            "company": "Lojas Candeia",
            "position": "Analista de Compras Pleno",
        },
    },
    {
        "id": "f23-human-google-university-campus-visit-dept-chair-administrator",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Campus Visit – Assistant Professor of Accounting – Alex Morgan",
        "start": "2032-03-19T08:30",
        "minutes": 300,
        "tz": "America/New_York",
        "organizer": P("Denise Albright", "dalbright@marlowe.edu"),
        "attendees": [
            ME,
            P("Ruth Okonjo", "rokonjo@marlowe.edu"),
            P("Samuel Tate", "state@marlowe.edu"),
            P("Linh Pham", "lpham@marlowe.edu"),
        ],
        "description": (
            "Dear Dr. Morgan,\n\nWelcome to Marlowe University! Below is your itinerary for the campus visit for the Assistant "
            "Professor of Accounting (tenure-track) position in the Kessler School of Business.\n\n"
            "8:30–9:15  Breakfast with Prof. Samuel Tate, search committee chair\n"
            "9:30–10:30  Meeting with Dr. Ruth Okonjo, Chair, Department of Accounting (the position reports to Dr. Okonjo)\n"
            "11:00–12:30  Research seminar (job talk), Hale Hall 210\n"
            "12:30–1:30  Lunch with Dr. Linh Pham, Assistant Professor of Accounting\n\n"
            "Parking is reserved for you in the Hale Hall visitor lot. I'll meet you in the lobby at 8:20.\n\n"
            "Denise Albright\nDepartment Administrator, Department of Accounting\nKessler School of Business, Marlowe University"
        ),
        "location": "Hale Hall, Marlowe University",
        "expect": {
            "interviewers": [
                ("Samuel Tate", "state@marlowe.edu", "Search Committee Chair", "peer"),
                (
                    "Ruth Okonjo",
                    "rokonjo@marlowe.edu",
                    "Chair, Department of Accounting",
                    "decision_maker",
                    True,
                ),
                ("Linh Pham", "lpham@marlowe.edu", "Assistant Professor of Accounting", "peer"),
            ],
            "recruiter": ("Denise Albright", "dalbright@marlowe.edu"),
            "company": "Marlowe University",
            "position": "Assistant Professor of Accounting",
        },
    },
    {
        "id": "f23-agency-google-polish-agencja-client-przyszly-przelozony",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Spotkanie u klienta: Kierownik Zmiany – Drukarnia Wisła (Bydgoszcz)",
        "start": "2032-03-22T12:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Magdalena Sowa", "m.sowa@horyzonthr.pl"),
        "attendees": [
            ME,
            P("Paweł Lis", "pawel.lis@drukarniawisla.pl"),
            P("Ewelina Kruk", "ewelina.kruk@drukarniawisla.pl"),
        ],
        "description": (
            "Dzień dobry Panie Alexie,\n\npotwierdzam spotkanie rekrutacyjne u naszego Klienta – Drukarni Wisła w Bydgoszczy – na "
            "stanowisko Kierownik Zmiany (praca w systemie trzyzmianowym).\n\nZ ramienia Klienta w rozmowie udział wezmą:\n"
            "– Paweł Lis, Dyrektor Produkcji – przyszły przełożony\n"
            "– Ewelina Kruk, Specjalistka ds. BHP\n\n"
            "Ja nie będę uczestniczyć w spotkaniu; proszę o telefon po rozmowie.\n\n"
            "Adres: ul. Przemysłowa 8, Bydgoszcz, portiernia – proszę podać moje nazwisko.\n\n"
            "Pozdrawiam\nMagdalena Sowa\nSenior Recruitment Consultant\nHoryzont HR – Agencja Zatrudnienia"
        ),
        "location": "Drukarnia Wisła, ul. Przemysłowa 8, Bydgoszcz",
        "expect": {
            "interviewers": [
                (
                    "Paweł Lis",
                    "pawel.lis@drukarniawisla.pl",
                    "Dyrektor Produkcji",
                    "decision_maker",
                    True,
                ),
                ("Ewelina Kruk", "ewelina.kruk@drukarniawisla.pl", "Specjalistka ds. BHP", "peer"),
            ],
            "recruiter": ("Magdalena Sowa", "m.sowa@horyzonthr.pl"),
            "company": "Drukarnia Wisła",
            "position": "Kierownik Zmiany",
        },
    },
    {
        "id": "f23-human-google-japanese-english-trust-bank-gm-is-future-supervisor",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "最終面接 / Final Interview – Compliance Officer – Tokai Trust Bank",
        "start": "2032-03-12T16:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("KONDO Yui", "yui.kondo@tokaitrust.co.jp"),
        "attendees": [
            ME,
            P("WATANABE Kenji", "kenji.watanabe@tokaitrust.co.jp"),
            P("ITO Haruka", "haruka.ito@tokaitrust.co.jp"),
        ],
        "description": (
            "Dear Alex Morgan-sama,\n\nThank you for attending the first interview. We are pleased to invite you to the final "
            "interview (最終面接) for the Compliance Officer position in our International Business Division.\n\n"
            "Date: Friday, 12 March 2032, 16:00–17:00 JST\n"
            "Place: Tokai Trust Bank Head Office, 1-4-1 Marunouchi, Chiyoda-ku, 18F reception\n\n"
            "Interviewers / 面接官:\n"
            "- Haruka Ito, General Manager, Compliance Department (コンプライアンス部 部長) – your future supervisor\n"
            "- Kenji Watanabe, Chief Compliance Officer (執行役員)\n\n"
            "The interview will be held in English. Please bring your passport for building security.\n\n"
            "Best regards,\nYui Kondo\nHuman Resources Department (人事部), Recruitment Group\nTokai Trust Bank, Ltd."
        ),
        "location": "Tokai Trust Bank Head Office, 1-4-1 Marunouchi, Chiyoda-ku, Tokyo",
        "expect": {
            "interviewers": [
                (
                    "Haruka Ito",
                    "haruka.ito@tokaitrust.co.jp",
                    "General Manager, Compliance Department",
                    "decision_maker",
                    True,
                ),
                (
                    "Kenji Watanabe",
                    "kenji.watanabe@tokaitrust.co.jp",
                    "Chief Compliance Officer",
                    "executive",
                ),
            ],
            "recruiter": ("Yui Kondo", "yui.kondo@tokaitrust.co.jp"),
            "company": "Tokai Trust Bank",
            "position": "Compliance Officer",
        },
    },
    {
        "id": "f23-gem-google-consultancy-coordinator-organizes-recruiter-named",
        "format": "google",
        "style": "gem",
        "difficulty": "medium",
        "title": "Alex Morgan – Final Round – Senior Consultant, Supply Chain Advisory",
        "start": "2032-03-23T13:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Ravi Chandran", "rchandran@marchbank.com"),
        "attendees": [
            ME,
            P("Olga Petrenko", "opetrenko@marchbank.com"),
            P("Ben Achterberg", "bachterberg@marchbank.com"),
            P("Sofia Lund", "slund@marchbank.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere is your final-round schedule (all times ET):\n\n"
            "1:00 – 1:45 PM  Olga Petrenko – Director, Supply Chain Advisory (hiring manager)\n"
            "1:45 – 2:30 PM  Ben Achterberg – Manager, Supply Chain Advisory – case discussion\n"
            "2:30 – 3:00 PM  Sofia Lund – Senior Consultant – a day in the life, Q&A\n\n"
            "Your recruiter, Hannah Kowalczyk (hkowalczyk@marchbank.com), will call you on Friday with feedback. I'm the "
            "recruiting coordinator handling logistics, so reach out to me if anything changes.\n\n"
            "Ravi Chandran\nRecruiting Coordinator | Marchbank Advisory\n\nSent with Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Olga Petrenko",
                    "opetrenko@marchbank.com",
                    "Director, Supply Chain Advisory",
                    "decision_maker",
                    True,
                ),
                (
                    "Ben Achterberg",
                    "bachterberg@marchbank.com",
                    "Manager, Supply Chain Advisory",
                    "decision_maker",
                ),
                ("Sofia Lund", "slund@marchbank.com", "Senior Consultant", "peer"),
            ],
            "recruiter": ("Hannah Kowalczyk", "hkowalczyk@marchbank.com"),
            "company": "Marchbank Advisory",
            "position": "Senior Consultant, Supply Chain Advisory",
        },
    },
    # --- Google JSON: near-misses -------------------------------------------------------------
    {
        "id": "f23-google-non-annual-appraisal-reviewer-self-assessment",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Annual appraisal 2031/32 – Alex Morgan (reviewer: Dominic Ashe)",
        "start": "2032-03-09T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Dominic Ashe", "dominic.ashe@initech.com"),
        "attendees": [ME_WORK, P("Dominic Ashe", "dominic.ashe@initech.com")],
        "description": (
            "Hi Alex,\n\nHere's the slot for your annual appraisal. Please complete the self-assessment in SuccessFactors by "
            "Friday so I can read it beforehand. We'll go through objectives, the competency ratings, your development plan and "
            "your interest in the Team Lead opening (we'd run that as a separate interview through TA if you apply).\n\n"
            "Dominic\nHead of Operations, Initech UK"
        ),
        "location": "Meeting room Thames 2",
        "expect": None,
    },
    {
        "id": "f23-google-non-dutch-exitgesprek-hr",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Exitgesprek Alex Morgan",
        "start": "2032-03-25T10:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Lotte Smeets", "lotte.smeets@initech.com"),
        "attendees": [ME_WORK, P("Lotte Smeets", "lotte.smeets@initech.com")],
        "description": (
            "Hoi Alex,\n\nJammer dat je ons gaat verlaten! Zoals afgesproken plannen we een exitgesprek (exitinterview) in. We "
            "horen graag hoe je je tijd bij Initech hebt ervaren, waarom je vertrekt en wat we beter kunnen doen. Je antwoorden "
            "worden anoniem verwerkt.\n\nGroet,\nLotte Smeets\nHR Adviseur, Initech Benelux" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f23-google-non-iso-surveillance-audit-interviews-planning",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "ISO 9001 surveillance audit – interview: Production Planning (A. Morgan)",
        "start": "2032-03-17T10:30",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Petra Vogt", "petra.vogt@initech.com"),
        "attendees": [
            ME_WORK,
            P("Petra Vogt", "petra.vogt@initech.com"),
            P("Heinz Albers", "h.albers@certiqa-audit.de"),
        ],
        "description": (
            "Hi Alex,\n\nDuring next week's ISO 9001 surveillance audit the lead auditor, Heinz Albers (CertiQA), will interview "
            "the process owners. Your slot covers clause 8.1 (operational planning): how the weekly production plan is made and "
            "approved, and how changes are recorded. Please have last month's plan and the change log open.\n\n"
            "Petra Vogt\nQuality Manager, Initech Werk Hannover"
        ),
        "location": "Besprechungsraum Q1",
        "expect": None,
    },
    {
        "id": "f23-google-non-user-research-mobile-banking-session",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "User research interview – Halden Bank app (60 min, £40 thank-you)",
        "start": "2032-03-20T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Halden Bank Research", "research@haldenbank.co.uk"),
        "attendees": [ME, P("Esme Barker", "esme.barker@haldenbank.co.uk")],
        "description": (
            "Hi Alex,\n\nThanks for signing up to help us improve the Halden Bank app. In this 60-minute interview, Esme Barker "
            "(Senior User Researcher) will ask how you manage savings and bills and show you a few early designs. There are no "
            "right or wrong answers and we're not testing you.\n\nYou'll receive a £40 e-voucher within five working days. "
            "The session may be recorded with your consent.\n\nHalden Bank Research Team" + MEET
        ),
        "expect": None,
    },
    {
        "id": "f23-google-non-polish-panel-rekrutacyjny-user-is-member",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Panel rekrutacyjny – Kierownik Zmiany – 3 kandydatów",
        "start": "2032-03-24T09:00",
        "minutes": 180,
        "tz": "Europe/Warsaw",
        "organizer": P("Dorota Michalak", "dorota.michalak@initech.com"),
        "attendees": [
            ME_WORK,
            P("Dorota Michalak", "dorota.michalak@initech.com"),
            P("Tomasz Wrzesień", "tomasz.wrzesien@initech.com"),
        ],
        "description": (
            "Cześć,\n\nw środę przeprowadzamy rozmowy z trzema kandydatami na stanowisko Kierownik Zmiany (Zakład Łódź). Skład "
            "panelu: Tomasz Wrzesień (przełożony, przewodniczy), Alex Morgan (część techniczna) i ja (HR).\n\n"
            "9:00 kandydat A, 10:00 kandydatka B, 11:00 kandydat C. CV w Workday. Oceny proszę wpisać w arkusz do końca dnia.\n\n"
            "Dorota Michalak\nHR Business Partner, Initech Polska"
        ),
        "location": "Sala konferencyjna Piotrkowska",
        "expect": None,
    },
    # --- Graph JSON: interviews ---------------------------------------------------------------
    {
        "id": "f23-successfactors-graph-luxembourg-fund-admin-surname-first-org",
        "format": "graph",
        "style": "successfactors",
        "difficulty": "medium",
        "title": "Interview – Fund Accounting Officer (CDI, 40h) – Req 31077",
        "start": "2032-03-08T10:00",
        "minutes": 60,
        "tz": "Europe/Luxembourg",
        "organizer": P("Talent Acquisition BFL", "talent@fidelis.lu"),
        "attendees": [
            ME,
            P("Schmit, Claude (BFL)", "claude.schmit@fidelis.lu"),
            P("Ferreira, Ana Sofia (BFL)", "anasofia.ferreira@fidelis.lu"),
        ],
        "description": (
            "Dear Alex,\n\nFurther to your application, please find below the details of your interview for the Fund Accounting "
            "Officer position (Requisition 31077, CDI, 40h/week).\n\n"
            "Interview panel:\n"
            "Claude Schmit – Head of Fund Accounting (hiring manager)\n"
            "Ana Sofia Ferreira – Team Leader NAV Production\n\n"
            "Recruiter: Élodie Marx, Talent Acquisition Specialist (elodie.marx@fidelis.lu)\n\n"
            "Venue: 12 rue Érasme, L-1468 Luxembourg-Kirchberg – please report to the ground-floor reception with an ID.\n\n"
            "Kind regards / Meilleures salutations,\nTalent Acquisition\nBanque Fidelis Luxembourg S.A.\n\n"
            "Sent from SAP SuccessFactors Recruiting"
        ),
        "location": "Banque Fidelis Luxembourg, 12 rue Érasme, Luxembourg-Kirchberg",
        "expect": {
            "interviewers": [
                (
                    "Claude Schmit",
                    "claude.schmit@fidelis.lu",
                    "Head of Fund Accounting",
                    "decision_maker",
                    True,
                ),
                (
                    "Ana Sofia Ferreira",
                    "anasofia.ferreira@fidelis.lu",
                    "Team Leader NAV Production",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Élodie Marx", "elodie.marx@fidelis.lu"),
            "company": "Banque Fidelis Luxembourg",
            "position": "Fund Accounting Officer",
        },
    },
    {
        "id": "f23-taleo-graph-us-insurer-interview-team-pipe-table-hm-line",
        "format": "graph",
        "style": "taleo",
        "difficulty": "medium",
        "title": "Interview Confirmation – Property Field Adjuster – Req 24000871",
        "start": "2032-03-09T10:00",
        "minutes": 70,
        "tz": "America/New_York",
        "organizer": P("Granite Shield Talent Acquisition", "gs-talent@graniteshield.com"),
        "attendees": [
            ME,
            P("Haskins, Robert", "robert.haskins@graniteshield.com"),
            P("Medina, Alicia", "alicia.medina@graniteshield.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThis confirms your interview for Requisition 24000871, Property Field Adjuster (Catastrophe "
            "Response Team eligible), Granite Shield Insurance.\n\n"
            "Interview Team | Title | Time (ET)\n"
            "Robert Haskins | Property Claims Manager, Southeast Region | 10:00–10:40\n"
            "Alicia Medina | Senior Field Adjuster | 10:40–11:10\n\n"
            "Hiring Manager: Robert Haskins\n"
            "Recruiter: Kendra Ellison, Talent Acquisition Consultant (kendra.ellison@graniteshield.com)\n\n"
            "Please have your state adjuster license number available.\n\nGranite Shield Talent Acquisition\n"
            "Powered by Oracle Taleo" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Robert Haskins",
                    "robert.haskins@graniteshield.com",
                    "Property Claims Manager, Southeast Region",
                    "decision_maker",
                    True,
                ),
                (
                    "Alicia Medina",
                    "alicia.medina@graniteshield.com",
                    "Senior Field Adjuster",
                    "peer",
                ),
            ],
            "recruiter": ("Kendra Ellison", "kendra.ellison@graniteshield.com"),
            "company": "Granite Shield Insurance",
            "position": "Property Field Adjuster",
        },
    },
    {
        "id": "f23-workday-graph-german-uniklinik-einstellende-fuehrungskraft",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Vorstellungsgespräch: Study Nurse Kardiologie (m/w/d) – JR-10442",
        "start": "2032-03-10T13:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P(None, "ukwb@myworkday.com"),
        "attendees": [
            ME,
            P("Albrecht, Stefan Prof. Dr. med.", "stefan.albrecht@ukwb.de"),
            P("Neumann, Birgit", "birgit.neumann@ukwb.de"),
            P("Yilmaz, Deniz", "deniz.yilmaz@ukwb.de"),
        ],
        "description": (
            "Interviewdetails\n\nKandidat/in: Alex Morgan\n"
            "Stellenausschreibung: JR-10442 Study Nurse Kardiologie (m/w/d) – Teilzeit 75 %\nFormat: Vor Ort\n"
            "Ort: Universitätsklinikum Weserbergland, Haus 4, Studienzentrale, Ebene 2\n\n"
            "Interviewer/in: Birgit Neumann\nGeschäftstitel: Pflegerische Leitung Studienzentrale Kardiologie\n"
            "Rolle im Panel: Einstellende Führungskraft\n\n"
            "Interviewer/in: Prof. Dr. med. Stefan Albrecht\nGeschäftstitel: Direktor der Klinik für Kardiologie\n"
            "Rolle im Panel: Interviewer/in\n\n"
            "Interviewer/in: Deniz Yilmaz\nGeschäftstitel: Study Nurse\nRolle im Panel: Interviewer/in\n\n"
            "Recruiter/in: Jana Pohl (jana.pohl@ukwb.de)\n\nUniversitätsklinikum Weserbergland – Anstalt des öffentlichen Rechts"
        ),
        "location": "Universitätsklinikum Weserbergland, Haus 4, Studienzentrale",
        "expect": {
            "interviewers": [
                (
                    "Birgit Neumann",
                    "birgit.neumann@ukwb.de",
                    "Pflegerische Leitung Studienzentrale Kardiologie",
                    "decision_maker",
                    True,
                ),
                (
                    "Stefan Albrecht",
                    "stefan.albrecht@ukwb.de",
                    "Direktor der Klinik für Kardiologie",
                    "decision_maker",
                ),
                ("Deniz Yilmaz", "deniz.yilmaz@ukwb.de", "Study Nurse", "peer"),
            ],
            "recruiter": ("Jana Pohl", "jana.pohl@ukwb.de"),
            "company": "Universitätsklinikum Weserbergland",
            "position": "Study Nurse Kardiologie",
        },
    },
    {
        "id": "f23-human-graph-manufacturer-ea-books-plant-manager-floor-walk",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "On-site interview – Production Supervisor – 2nd Shift – Alex Morgan",
        "start": "2032-03-11T13:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Gloria Fuentes", "gfuentes@ridgelinevalves.com"),
        "attendees": [ME, P("Dwayne Kessler", "dkessler@ridgelinevalves.com")],
        "description": (
            "Hi Alex,\n\nI'm reaching out on behalf of Dwayne Kessler, Plant Manager at our Tulsa facility, to set up your on-site "
            "interview for the Production Supervisor – 2nd Shift position. Dwayne is the hiring manager and will meet you first. "
            "You'll then spend about 30 minutes on the floor with Shirley Banks, our current 2nd shift supervisor in Machining, "
            "who will walk you through the cell layout.\n\n"
            "Please wear closed-toe shoes; safety glasses will be provided. Check in at the main guard shack (Gate 3) and ask "
            "for me.\n\nThank you,\nGloria Fuentes\nExecutive Assistant to the Plant Manager\nRidgeline Valves | Tulsa Operations"
        ),
        "location": "Ridgeline Valves, Gate 3, 5100 N Mingo Rd, Tulsa, OK",
        "expect": {
            "interviewers": [
                (
                    "Dwayne Kessler",
                    "dkessler@ridgelinevalves.com",
                    "Plant Manager",
                    "decision_maker",
                    True,
                ),
                ("Shirley Banks", None, "2nd Shift Supervisor", "decision_maker"),
            ],
            "recruiter": ("Gloria Fuentes", "gfuentes@ridgelinevalves.com"),
            "company": "Ridgeline Valves",
            "position": "Production Supervisor",
        },
    },
    {
        "id": "f23-agency-graph-german-personalberatung-stadtwerke-betriebsrat",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Vorstellungsgespräch bei unserem Mandanten: Teamleiter Netzplanung Strom (m/w/d)",
        "start": "2032-03-12T09:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Dr. Felix Roth", "f.roth@kr-personal.de"),
        "attendees": [
            ME,
            P("Wendt, Matthias", "m.wendt@stadtwerke-lindenau.de"),
            P("Krüger-Hahn, Sabine", "s.krueger-hahn@stadtwerke-lindenau.de"),
            P("Polat, Andreas", "a.polat@stadtwerke-lindenau.de"),
        ],
        "description": (
            "Sehr geehrte/r Alex Morgan,\n\nwie telefonisch besprochen bestätige ich Ihnen hiermit das Vorstellungsgespräch bei "
            "unserem Mandanten, der Stadtwerke Lindenau GmbH, für die Position Teamleiter Netzplanung Strom (m/w/d).\n\n"
            "Seitens der Stadtwerke nehmen teil:\n"
            "• Matthias Wendt, Bereichsleiter Netze – Ihr künftiger Vorgesetzter\n"
            "• Sabine Krüger-Hahn, Kaufmännische Geschäftsführerin\n"
            "• Andreas Polat, Vorsitzender des Betriebsrats\n\n"
            "Ich selbst nehme an dem Gespräch nicht teil, stehe Ihnen aber vorab gern für ein kurzes Briefing zur Verfügung.\n\n"
            "Ort: Stadtwerke Lindenau, Verwaltungsgebäude, Am Wasserturm 5, Raum 3.12\n\n"
            "Mit freundlichen Grüßen\nDr. Felix Roth\nGeschäftsführender Partner\nKessler & Roth Personalberatung GmbH"
        ),
        "location": "Stadtwerke Lindenau, Am Wasserturm 5, Raum 3.12",
        "expect": {
            "interviewers": [
                (
                    "Matthias Wendt",
                    "m.wendt@stadtwerke-lindenau.de",
                    "Bereichsleiter Netze",
                    "decision_maker",
                    True,
                ),
                (
                    "Sabine Krüger-Hahn",
                    "s.krueger-hahn@stadtwerke-lindenau.de",
                    "Kaufmännische Geschäftsführerin",
                    "executive",
                ),
                (
                    "Andreas Polat",
                    "a.polat@stadtwerke-lindenau.de",
                    "Vorsitzender des Betriebsrats",
                    "peer",
                ),
            ],
            "recruiter": ("Felix Roth", "f.roth@kr-personal.de"),
            "company": "Stadtwerke Lindenau",
            "position": "Teamleiter Netzplanung Strom",
        },
    },
    {
        "id": "f23-icims-graph-retail-hq-coordination-mailbox-dmm-gmm",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview Itinerary – Assistant Buyer, Home Textiles (Req 2032-0871)",
        "start": "2032-03-15T09:00",
        "minutes": 120,
        "tz": "America/Chicago",
        "organizer": P("Hollins Recruiting Coordination", "recruitingcoord@hollins.com"),
        "attendees": [
            ME,
            P("Priya Desai", "pdesai@hollins.com"),
            P("Jonathan Reyes", "jreyes@hollins.com"),
            P("Margaret Oyelaran", "moyelaran@hollins.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour on-site interview at Hollins Corporate (700 Nicollet Mall, Minneapolis) is confirmed. Itinerary:\n\n"
            "9:00 AM  Priya Desai, Divisional Merchandise Manager – Home (Hiring Manager)\n"
            "9:45 AM  Jonathan Reyes, Buyer, Bedding & Bath\n"
            "10:30 AM  Margaret Oyelaran, VP, General Merchandise Manager – Home\n\n"
            "Your recruiter is Kyle Brandt; you can reach him at kbrandt@hollins.com with any questions about the role. Please "
            "check in at the 7th-floor reception.\n\nRecruiting Coordination Team\nHollins\n\nThis message was sent via iCIMS."
        ),
        "location": "Hollins Corporate, 700 Nicollet Mall, Minneapolis – 7th floor",
        "expect": {
            "interviewers": [
                (
                    "Priya Desai",
                    "pdesai@hollins.com",
                    "Divisional Merchandise Manager – Home",
                    "decision_maker",
                    True,
                ),
                ("Jonathan Reyes", "jreyes@hollins.com", "Buyer, Bedding & Bath", "peer"),
                (
                    "Margaret Oyelaran",
                    "moyelaran@hollins.com",
                    "VP, General Merchandise Manager – Home",
                    "executive",
                ),
            ],
            "recruiter": ("Kyle Brandt", "kbrandt@hollins.com"),
            "company": "Hollins",
            "position": "Assistant Buyer, Home Textiles",
        },
    },
    {
        "id": "f23-human-graph-french-metropole-jury-futur-n-plus-1-rh-sits",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Jury de recrutement – Chargé(e) de mission mobilités actives (catégorie A) – Réf. 2032-MOB-07",
        "start": "2032-03-16T14:00",
        "minutes": 45,
        "tz": "Europe/Paris",
        "organizer": P("GIRARD Léa", "lea.girard@metropole-valdeloire.fr"),
        "attendees": [
            ME,
            P("ROUSSEAU Émilie", "emilie.rousseau@metropole-valdeloire.fr"),
            P("LE GOFF Yann", "yann.legoff@metropole-valdeloire.fr"),
            P("GIRARD Léa", "lea.girard@metropole-valdeloire.fr"),
        ],
        "description": (
            "Madame, Monsieur,\n\nSuite à l'examen de votre candidature au poste de chargé(e) de mission mobilités actives, j'ai le "
            "plaisir de vous convoquer à un entretien devant le jury de recrutement.\n\nComposition du jury :\n"
            "- Mme Émilie Rousseau, Directrice des Mobilités\n"
            "- M. Yann Le Goff, Chef du service Modes Actifs (futur N+1)\n"
            "- Mme Léa Girard, Chargée de recrutement, Direction des Ressources Humaines\n\n"
            "L'entretien comprend une présentation de 10 minutes de votre parcours suivie d'un échange de 35 minutes avec le jury.\n\n"
            "Lieu : Hôtel de Métropole, 1 place Jean-Jaurès, Tours – salle Loire (2e étage).\n\n"
            "Léa Girard\nChargée de recrutement\nMétropole Val-de-Loire"
        ),
        "location": "Hôtel de Métropole, 1 place Jean-Jaurès, Tours – salle Loire",
        "expect": {
            "interviewers": [
                (
                    "Émilie Rousseau",
                    "emilie.rousseau@metropole-valdeloire.fr",
                    "Directrice des Mobilités",
                    "decision_maker",
                ),
                (
                    "Yann Le Goff",
                    "yann.legoff@metropole-valdeloire.fr",
                    "Chef du service Modes Actifs",
                    "decision_maker",
                    True,
                ),
                (
                    "Léa Girard",
                    "lea.girard@metropole-valdeloire.fr",
                    "Chargée de recrutement, Direction des Ressources Humaines",
                    "recruiter",
                ),
            ],
            "recruiter": ("Léa Girard", "lea.girard@metropole-valdeloire.fr"),
            "company": "Métropole Val-de-Loire",
            "position": "Chargé(e) de mission mobilités actives",
        },
    },
    {
        "id": "f23-teamtailor-graph-spanish-consultancy-socio-director-accents-dropped",
        "format": "graph",
        "style": "teamtailor",
        "difficulty": "medium",
        "title": "Entrevista – Consultor/a Sénior de Riesgos Financieros – Arrieta & Sanz Consultores",
        "start": "2032-03-17T16:00",
        "minutes": 75,
        "tz": "Europe/Madrid",
        "organizer": P("Paula Etxeberria", "paula.etxeberria@arrietasanz.com"),
        "attendees": [
            ME,
            P("Inigo Arrieta", "inigo.arrieta@arrietasanz.com"),
            P("Carmen Vidal", "carmen.vidal@arrietasanz.com"),
        ],
        "description": (
            "Hola Alex,\n\nTe confirmo la segunda entrevista para la posición de Consultor/a Sénior de Riesgos Financieros en "
            "nuestra oficina de Madrid (Paseo de la Castellana 95, planta 14).\n\nAgenda:\n"
            "16:00 – 16:45 · Carmen Vidal, Gerente de Riesgos Financieros (tu futura responsable) – caso práctico sobre riesgo de "
            "crédito\n"
            "16:45 – 17:15 · Íñigo Arrieta, Socio Director\n\n"
            "Si prefieres conectarte en remoto, usa el enlace de Teams de abajo.\n\nUn abrazo,\nPaula Etxeberria\n"
            "People & Talent · Arrieta & Sanz Consultores\n\nEnviado con Teamtailor" + TEAMS
        ),
        "location": "Paseo de la Castellana 95, planta 14, Madrid",
        "expect": {
            "interviewers": [
                (
                    "Carmen Vidal",
                    "carmen.vidal@arrietasanz.com",
                    "Gerente de Riesgos Financieros",
                    "decision_maker",
                    True,
                ),
                ("Íñigo Arrieta", "inigo.arrieta@arrietasanz.com", "Socio Director", "executive"),
            ],
            "recruiter": ("Paula Etxeberria", "paula.etxeberria@arrietasanz.com"),
            "company": "Arrieta & Sanz Consultores",
            "position": "Consultor/a Sénior de Riesgos Financieros",
        },
    },
    {
        "id": "f23-human-graph-hinglish-auto-components-hr-round-reporting-manager",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview – Shift Engineer, Machine Shop – Technical + HR round – Chakan Plant",
        "start": "2032-03-18T10:00",
        "minutes": 105,
        "tz": "Asia/Kolkata",
        "organizer": P("Snehal Gaikwad", "snehal.gaikwad@sahyadriauto.com"),
        "attendees": [
            ME,
            P("Prakash Kulkarni", "prakash.kulkarni@sahyadriauto.com"),
            P("Manoj Rathod", "manoj.rathod@sahyadriauto.com"),
        ],
        "description": (
            "Dear Alex,\n\nAs discussed on call, aapka interview Chakan plant pe schedule kiya hai. Teen rounds honge:\n\n"
            "10:00 – 10:45  Technical round – Mr. Prakash Kulkarni, Production Manager – Machine Shop (aapke reporting manager "
            "yahi honge)\n"
            "10:45 – 11:15  Plant round – Mr. Manoj Rathod, Plant Head\n"
            "11:15 – 11:45  HR round – main khud lungi (CTC discussion, notice period, documents)\n\n"
            "Gate pe security ko apna ID dikhana aur mera naam batana. Safety shoes hum provide karenge.\n\n"
            "Regards,\nSnehal Gaikwad\nHR Executive – Recruitment\nSahyadri Auto Components Pvt. Ltd., Chakan Plant\n"
            "+91 2135 555 014"
        ),
        "location": "Sahyadri Auto Components, Plot B-12, MIDC Chakan, Pune",
        "expect": {
            "interviewers": [
                (
                    "Prakash Kulkarni",
                    "prakash.kulkarni@sahyadriauto.com",
                    "Production Manager – Machine Shop",
                    "decision_maker",
                    True,
                ),
                ("Manoj Rathod", "manoj.rathod@sahyadriauto.com", "Plant Head", "decision_maker"),
                (
                    "Snehal Gaikwad",
                    "snehal.gaikwad@sahyadriauto.com",
                    "HR Executive – Recruitment",
                    "recruiter",
                ),
            ],
            "recruiter": ("Snehal Gaikwad", "snehal.gaikwad@sahyadriauto.com"),
            "company": "Sahyadri Auto Components",
            "position": "Shift Engineer, Machine Shop",
        },
    },
    {
        "id": "f23-smartrecruiters-graph-polish-bank-role-mailbox-director",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Rozmowa rekrutacyjna – Analityk Ryzyka Kredytowego – Bank Pomorski",
        "start": "2032-03-19T11:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Joanna Kaczmarek", "joanna.kaczmarek@bankpomorski.pl"),
        "attendees": [
            ME,
            P("Dyrektor DRK", "dyrektor.drk@bankpomorski.pl"),
            P("Szymańska Barbara", "barbara.szymanska@bankpomorski.pl"),
        ],
        "description": (
            "Szanowny Panie,\n\ndziękujemy za zainteresowanie ofertą pracy w Banku Pomorskim. Zapraszamy na rozmowę rekrutacyjną "
            "na stanowisko Analityk Ryzyka Kredytowego (umowa o pracę, Gdańsk / praca hybrydowa).\n\n"
            "W rozmowie wezmą udział:\n"
            "Barbara Szymańska – Naczelniczka Wydziału Analiz Kredytowych (bezpośrednia przełożona)\n"
            "Krzysztof Nowak – Dyrektor Departamentu Ryzyka Kredytowego\n\n"
            "Rozmowa odbędzie się przez MS Teams i potrwa ok. 60 minut, w tym krótkie zadanie z analizy sprawozdania "
            "finansowego.\n\nZ wyrazami szacunku\nJoanna Kaczmarek\nRekruterka, Departament Kadr\nBank Pomorski S.A.\n\n"
            "Wiadomość wysłana przez SmartRecruiters" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Barbara Szymańska",
                    "barbara.szymanska@bankpomorski.pl",
                    "Naczelniczka Wydziału Analiz Kredytowych",
                    "decision_maker",
                    True,
                ),
                (
                    "Krzysztof Nowak",
                    "dyrektor.drk@bankpomorski.pl",
                    "Dyrektor Departamentu Ryzyka Kredytowego",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Joanna Kaczmarek", "joanna.kaczmarek@bankpomorski.pl"),
            "company": "Bank Pomorski",
            "position": "Analityk Ryzyka Kredytowego",
        },
    },
    {
        "id": "f23-human-graph-internal-move-initech-hm-sends-own",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Internal interview – Team Lead, Treasury Operations – Alex Morgan",
        "start": "2032-03-22T15:30",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Meredith Cole", "meredith.cole@initech.com"),
        "attendees": [
            ME_WORK,
            P("Meredith Cole", "meredith.cole@initech.com"),
            P("Arjun Malhotra", "arjun.malhotra@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying for the Team Lead, Treasury Operations opening. As the hiring manager I'd like to "
            "have the first conversation myself; Arjun Malhotra, our Treasury Systems Analyst, will join for the second half to "
            "cover the TMS migration.\n\nInternal candidates go through the same structured interview as external ones, so "
            "expect competency questions.\n\nTalk soon,\nMeredith\n\n"
            "Meredith Cole\nDirector, Treasury & Cash Management, Initech" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Meredith Cole",
                    "meredith.cole@initech.com",
                    "Director, Treasury & Cash Management",
                    "decision_maker",
                    True,
                ),
                (
                    "Arjun Malhotra",
                    "arjun.malhotra@initech.com",
                    "Treasury Systems Analyst",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Initech",
            "position": "Team Lead, Treasury Operations",
        },
    },
    {
        "id": "f23-workday-graph-investment-bank-superday-md-vp-ranks",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Superday – Associate, Leveraged Finance (R-558210) – New York",
        "start": "2032-03-23T09:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P(None, "ravenscroftlyle@myworkday.com"),
        "attendees": [
            ME,
            P("Catherine Boyd", "catherine.boyd@ravenscroftlyle.com"),
            P("Nikhil Rao", "nikhil.rao@ravenscroftlyle.com"),
            P("Greta Lindholm", "greta.lindholm@ravenscroftlyle.com"),
            P("Marcus Webb", "marcus.webb@ravenscroftlyle.com"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\nJob Requisition: R-558210 Associate, Leveraged Finance (New York)\n"
            "Format: Superday – four back-to-back interviews, 30 minutes each\nLocation: 299 Park Avenue, 31st floor\n\n"
            "9:00 AM  Catherine Boyd – Managing Director, Head of Leveraged Finance Americas\n"
            "9:30 AM  Nikhil Rao – Director, Leveraged Finance – Hiring Manager\n"
            "10:00 AM  Greta Lindholm – Vice President, Leveraged Finance\n"
            "10:30 AM  Marcus Webb – Associate, Leveraged Finance (modeling test review)\n\n"
            "Recruiter: Alyssa Chen (alyssa.chen@ravenscroftlyle.com)\n\nRavenscroft Lyle"
        ),
        "location": "299 Park Avenue, 31st floor, New York",
        "expect": {
            "interviewers": [
                (
                    "Catherine Boyd",
                    "catherine.boyd@ravenscroftlyle.com",
                    "Managing Director, Head of Leveraged Finance Americas",
                    "executive",
                ),
                (
                    "Nikhil Rao",
                    "nikhil.rao@ravenscroftlyle.com",
                    "Director, Leveraged Finance",
                    "decision_maker",
                    True,
                ),
                (
                    "Greta Lindholm",
                    "greta.lindholm@ravenscroftlyle.com",
                    "Vice President, Leveraged Finance",
                    "executive",
                ),
                (
                    "Marcus Webb",
                    "marcus.webb@ravenscroftlyle.com",
                    "Associate, Leveraged Finance",
                    "peer",
                ),
            ],
            "recruiter": ("Alyssa Chen", "alyssa.chen@ravenscroftlyle.com"),
            "company": "Ravenscroft Lyle",
            "position": "Associate, Leveraged Finance",
        },
    },
    {
        "id": "f23-agency-graph-tokyo-search-firm-client-life-insurer-kacho",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview arrangement – Hoshizora Life Insurance – Pricing Actuarial Analyst",
        "start": "2032-03-24T15:00",
        "minutes": 45,
        "tz": "Asia/Tokyo",
        "organizer": P("Daniel Whitaker", "d.whitaker@kiramekisearch.jp"),
        "attendees": [
            ME,
            P("ONO Takeshi", "takeshi.ono@hoshizora-life.co.jp"),
            P("KIMURA Rina", "rina.kimura@hoshizora-life.co.jp"),
        ],
        "description": (
            "Hi Alex,\n\nGood news: Hoshizora Life has invited you to a first interview for the Pricing Actuarial Analyst role. "
            "Details below.\n\nClient: Hoshizora Life Insurance Co., Ltd. (Otemachi HQ)\n"
            "Interviewers:\n"
            "Mr. Takeshi Ono – Kachō, Actuarial Pricing Group (hiring manager)\n"
            "Ms. Rina Kimura – Senior Actuary (FIAJ)\n\n"
            "Format: Microsoft Teams, 45 minutes, English with some Japanese. Expect a couple of technical questions on GLMs and "
            "experience studies.\n\nI won't be on the call; let's speak at 18:00 the same day for a debrief.\n\nBest,\n"
            "Daniel Whitaker\nSenior Consultant, Financial Services\nKirameki Search K.K." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Takeshi Ono",
                    "takeshi.ono@hoshizora-life.co.jp",
                    "Kachō, Actuarial Pricing Group",
                    "decision_maker",
                    True,
                ),
                ("Rina Kimura", "rina.kimura@hoshizora-life.co.jp", "Senior Actuary", "peer"),
            ],
            "recruiter": ("Daniel Whitaker", "d.whitaker@kiramekisearch.jp"),
            "company": "Hoshizora Life Insurance",
            "position": "Pricing Actuarial Analyst",
        },
    },
    {
        "id": "f23-personio-graph-austrian-bakery-gebietsleiterin-inhaber-du",
        "format": "graph",
        "style": "personio",
        "difficulty": "medium",
        "title": "Vorstellungsgespräch Filialleitung (m/w/d) – Graz-Lend – Bäckerei Leitner",
        "start": "2032-03-25T09:00",
        "minutes": 75,
        "tz": "Europe/Vienna",
        "organizer": P("Verena Hofbauer", "jobs@baeckerei-leitner.at"),
        "attendees": [
            ME,
            P("Sandra Pichler", "sandra.pichler@baeckerei-leitner.at"),
            P("Johann Leitner", "jl@baeckerei-leitner.at"),
        ],
        "description": (
            "Hallo Alex,\n\ndanke für Deine Bewerbung als Filialleitung für unsere Filiale in Graz-Lend! Wir laden Dich herzlich "
            "zum Kennenlernen in unsere Zentrale ein.\n\n"
            "Mit dabei sind Sandra Pichler, unsere Gebietsleiterin Steiermark Süd (Deine künftige Vorgesetzte), und Johann "
            "Leitner, Inhaber und Geschäftsführer in dritter Generation. Danach zeigen wir Dir gern die Backstube.\n\n"
            "Liebe Grüße\nVerena Hofbauer\nPersonalverrechnung & Recruiting\n"
            "Bäckerei Leitner GmbH · Triester Straße 210 · 8055 Graz\n\nGesendet über Personio"
        ),
        "location": "Bäckerei Leitner Zentrale, Triester Straße 210, 8055 Graz",
        "expect": {
            "interviewers": [
                (
                    "Sandra Pichler",
                    "sandra.pichler@baeckerei-leitner.at",
                    "Gebietsleiterin Steiermark Süd",
                    "decision_maker",
                    True,
                ),
                (
                    "Johann Leitner",
                    "jl@baeckerei-leitner.at",
                    "Inhaber und Geschäftsführer",
                    "executive",
                ),
            ],
            "recruiter": ("Verena Hofbauer", "jobs@baeckerei-leitner.at"),
            "company": "Bäckerei Leitner",
            "position": "Filialleitung",
        },
    },
    {
        "id": "f23-human-graph-us-county-panel-supervisor-for-position",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Panel Interview – Budget Analyst II – Harlan County OMB (Exam #24-117)",
        "start": "2032-03-26T10:00",
        "minutes": 45,
        "tz": "America/Kentucky/Louisville",
        "organizer": P("Teresa Quinlan", "tquinlan@harlancounty.gov"),
        "attendees": [
            ME,
            P("Gordon Pryce", "gpryce@harlancounty.gov"),
            P("Leticia Vaughn", "lvaughn@harlancounty.gov"),
            P("Isaac Mbeki", "imbeki@harlancounty.gov"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nYou have been selected for a panel interview for the position of Budget Analyst II (Exam "
            "#24-117) with the Harlan County Office of Management & Budget.\n\nPanel members:\n"
            "Gordon Pryce, Deputy Director, OMB\n"
            "Leticia Vaughn, Budget Manager (supervisor for this position)\n"
            "Isaac Mbeki, Senior Budget Analyst\n\n"
            "The interview consists of eight standardized questions asked of all candidates. Please arrive 15 minutes early at "
            "the County Administration Building, 210 Main St, Room 305.\n\n"
            "Teresa Quinlan\nHuman Resources Analyst\nHarlan County Human Resources"
        ),
        "location": "County Administration Building, 210 Main St, Room 305",
        "expect": {
            "interviewers": [
                (
                    "Gordon Pryce",
                    "gpryce@harlancounty.gov",
                    "Deputy Director, OMB",
                    "decision_maker",
                ),
                (
                    "Leticia Vaughn",
                    "lvaughn@harlancounty.gov",
                    "Budget Manager",
                    "decision_maker",
                    True,
                ),
                ("Isaac Mbeki", "imbeki@harlancounty.gov", "Senior Budget Analyst", "peer"),
            ],
            "recruiter": ("Teresa Quinlan", "tquinlan@harlancounty.gov"),
            "company": "Harlan County",
            "position": "Budget Analyst II",
        },
    },
    # --- Graph JSON: near-misses --------------------------------------------------------------
    {
        "id": "f23-graph-non-brazil-entrevista-de-desligamento",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista de desligamento – Alex Morgan",
        "start": "2032-03-29T16:00",
        "minutes": 30,
        "tz": "America/Sao_Paulo",
        "organizer": P("Patrícia Lemos", "patricia.lemos@initech.com"),
        "attendees": [ME_WORK, P("Patrícia Lemos", "patricia.lemos@initech.com")],
        "description": (
            "Oi Alex,\n\nComo seu último dia é sexta, gostaríamos de fazer a entrevista de desligamento. São 30 minutos para "
            "entender sua experiência na Initech, os motivos da saída e o que podemos melhorar. As respostas são confidenciais e "
            "não afetam sua rescisão.\n\nAbraço,\nPatrícia Lemos\nBusiness Partner de RH, Initech Brasil"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f23-graph-non-german-forschungsinterview-masterarbeit",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Experteninterview Masterarbeit: Personalauswahl im Mittelstand",
        "start": "2032-03-15T17:30",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Lukas Brenner", "lukas.brenner@stud.hs-weserland.de"),
        "attendees": [ME, P("Lukas Brenner", "lukas.brenner@stud.hs-weserland.de")],
        "description": (
            "Hallo Alex,\n\nvielen Dank, dass Sie sich für ein Experteninterview im Rahmen meiner Masterarbeit (Betreuerin: Prof. "
            "Dr. Anke Wiegand) bereit erklärt haben. Thema: Wie führen mittelständische Unternehmen Vorstellungsgespräche, und "
            "wer entscheidet am Ende über die Einstellung?\n\nDas Interview dauert ca. 45 Minuten, wird mit Ihrer Zustimmung "
            "aufgezeichnet und anonymisiert ausgewertet. Die Einverständniserklärung finden Sie im Anhang.\n\n"
            "Viele Grüße\nLukas Brenner\nM.Sc. Wirtschaftspsychologie, Hochschule Weserland" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f23-graph-non-assessment-centre-assessor-calibration",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Graduate Assessment Centre 2032 – assessor briefing & interview calibration",
        "start": "2032-03-18T08:30",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Early Careers Team", "earlycareers@initech.com"),
        "attendees": [
            ME_WORK,
            P("Hughes, Bethan", "bethan.hughes@initech.com"),
            P("Adeyemi, Tolu", "tolu.adeyemi@initech.com"),
        ],
        "description": (
            "Hi assessors,\n\nThank you for volunteering for the graduate assessment centre on 25 March. In this session we'll "
            "walk through the day (group exercise, case study, competency interview), calibrate scoring on two recorded mock "
            "interviews and pair you up for the interview rooms.\n\nPlease complete the fair-selection e-learning beforehand.\n\n"
            "Early Careers Team, Initech" + TEAMS
        ),
        "location": "Initech London, Room 4.02",
        "expect": None,
    },
    {
        "id": "f23-graph-non-japanese-jinji-hyoka-mendan",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "【人事評価面談】2031年度下期 – Alex Morgan",
        "start": "2032-03-05T11:00",
        "minutes": 45,
        "tz": "Asia/Tokyo",
        "organizer": P("山田 直樹", "naoki.yamada@initech.com"),
        "attendees": [ME_WORK, P("山田 直樹", "naoki.yamada@initech.com")],
        "description": (
            "Alexさん\n\nお疲れさまです。2031年度下期の人事評価面談を以下の日程で行います。\n"
            "事前に目標シートの自己評価欄を記入し、前日までに提出してください。\n\n"
            "内容：下期目標の振り返り、評価のフィードバック、来期の目標設定\n"
            "※採用面接ではありません。\n\n"
            "山田 直樹（Naoki Yamada）\n営業企画部 課長\nInitech Japan" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f23-graph-non-hinglish-campus-placement-drive-panel-duty",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Campus placement drive – COEP Pune – interview panel duty",
        "start": "2032-03-26T09:00",
        "minutes": 420,
        "tz": "Asia/Kolkata",
        "organizer": P("Ritika Menon", "ritika.menon@initech.com"),
        "attendees": [
            ME_WORK,
            P("Ritika Menon", "ritika.menon@initech.com"),
            P("Farhan Qureshi", "farhan.qureshi@initech.com"),
        ],
        "description": (
            "Hi Alex and Farhan,\n\nCampus drive ke liye aap dono interview panel pe ho. Schedule: 9 baje pre-placement talk, "
            "10 se 1 aptitude test results, 2 se 5 technical interviews (approx 12 students per panel). Evaluation sheets main "
            "print karke laungi.\n\nCab 7:30 AM pe office se niklegi. Formal dress code please!\n\n"
            "Thanks,\nRitika Menon\nCampus Hiring Lead, Initech India"
        ),
        "location": "COEP Technological University, Shivajinagar, Pune – Placement Cell",
        "expect": None,
    },
]
