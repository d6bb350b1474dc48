# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'u', written by "iwu", someone who does not tune the parser, labelled before any
run of the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no
separate build file or rendered folder; the tuner adds this file to build.py). 60 invites: 45
interviews and 15 non-interviews that mention interviewing, across .ics, Google JSON and Graph
JSON (20 each; 15 interviews and 5 non-interviews per format). The writer never read, imported or
ran the extraction code, the bench or the corpus tests.

The angle is people written in the description merged with the attendees, the hard way: the
attendee list carries addresses only (no display name, or a Graph name that is the address, or a
display name in another form), and the description names the same people by full name, first name
only, nickname (Kate / Katherine, Rob and Bob / Robert, Bill and Jim / William and James, Liz /
Elizabeth, Peggy / Margaret, Gosia / Małgorzata, Sascha / Oleksandr, Moish / Moshe, Roz /
Rosalind, Toni / Antonia, Ricky / Ricardo, Kostas / Konstantinos), initials ("tk@", "mjr@",
"dno@", "JP" and "SB" as shorthand, "A. Chatterjee" in a table), "Surname, Given" (Dutch
"Linden, Joost van der", Italian and Spanish surname-first lines, Workday "Nakamura, Kenji",
Graph display names "Okonkwo, Chidi"), capitals for the family name ("ØDEGÅRD, Søren", "CHEN
Wei", "TAN Mei Ling"), particles (van der, de, von, El, Al, bin / binti, Mac Giolla, Lo, De),
hyphenated and double surnames, accents the address lacks (José, Begoña, Jürgen, Søren, Siobhán,
Conceição, Geneviève, Şebnem), names given in two scripts (Japanese, Korean, Greek); titles in
signature blocks, itinerary tables, "Name - Title", "Name (Title)", "Name | Title", label/value
lines and lower-case prose in English, Dutch, Spanish, German, Japanese, French, Swedish,
Portuguese, Italian, Polish, Turkish; the hiring-manager mark said in many ways and languages
("you'd report to", "your line manager", "je toekomstige leidinggevende", "seré tu jefe directo",
"deine direkte Führungskraft", "採用責任者", "votre future manager", "rekryterande chef",
"gestora da vaga", "będzie Twoją przełożoną", "Ihr künftiger Vorgesetzter", "sarà il suo
responsabile diretto", "gestionnaire d'embauche", "jefatura directa", "işe alım yöneticisi");
recruiters and coordinators named in prose, in signatures, cc'd, and as shared mailboxes; people
in the description who are not interviewers (a cc'd recruiter who will not join, a VP who "may
join" without being invited, an interviewer who "can no longer make it" or is out sick and still
sits on the attendee list, a candidate and a referee in near-misses). Near-misses are internal or
outside events about interviewing: calibration, a reference call where the user is the referee,
the user interviewing a candidate, a meetup panel, a catch-up, a hiring committee, a mock
interview, a customer interview, a first-day welcome call, shadowing, an exit interview, a
workshop, a vendor demo, a career fair.

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions (cases_t.py): a person called the hiring manager or the candidate's future /
direct / line manager (or "the role reports to") is a decision_maker with the hiring-manager mark;
people-manager titles (engineering manager, manager of X, head of, director, Teamleider,
Teamleiter, Responsable, Abteilungsleiter, Bereichsleiter, Gerente, Müdürü, Kierowniczka,
Avdelningschef, Responsabile) are decision_makers; CEO / founder / CTO / VP / chief * / CCO /
executive director are executives unless called the hiring manager; individual-contributor titles
(Staff, Principal, Lead, Tech Lead, Senior X, Analyst, Charge Nurse, product manager) are
peers unless called the hiring manager; a recruiter or HR person who sits in and interviews is an
interviewer (role recruiter) and the recruiter; a team mailbox recruiter is (None, address); when
a recruiter and a coordinator or scheduling mailbox are both named, the recruiter is the
recruiter; the company is the business the candidate joins, without legal forms.

Rules for this part's angle (my reading, stated so the tuner can disagree openly):
- The name is the fullest form the invite gives for the person, in given-name-first order, with
  the accents the invite writes anywhere (the description's "José" beats the address "jose"),
  without honorifics ("Dr.", "Herr", "Mrs.", "Mag.", "DI"), credentials ("DVM", "MSN, RN") or a
  quoted nickname; a nickname used alone is kept only when the invite gives no fuller name ("Bill
  Hargreaves" in a Calendly title; "Peggy Oduya" signing as Peggy). "Surname, Given" and
  capitalised family names are turned round ("Linden, Joost van der" -> "Joost van der Linden";
  "ØDEGÅRD, Søren" -> "Søren Ødegård"; "CHEN Wei" -> "Wei Chen"; "TAN Mei Ling" -> "Mei Ling
  Tan"); a name written in running text in its own native order without a comma or capitals is
  kept as written ("Park Ji-hoon", "Kim Seo-yeon"). When a name is given in two scripts the Latin
  one is the label. Particles keep the case the invite writes ("van der", "von", "El", "bin").
- The email is the attendee address matched by name, nickname, initials or local part; a person
  named only in prose with no matching attendee gets None.
- Not interviewers: someone who "can no longer make it" / is out sick / was replaced, even if
  still on the attendee list; someone who "may join" and is not invited; a recruiter who is cc'd
  or optional "and will not join". The coordinator mailbox is never an interviewer.
- Titles in lower-case prose are labelled in title case ("a senior service designer on my team"
  -> "Senior Service Designer"; "kierowniczka zespołu płatności" -> "Kierowniczka Zespołu
  Płatności"); a title in a table cell or after a dash is labelled as written, without the
  hiring-manager remark that follows it.
"difficulty" is the writer's guess (easy / medium / hard); non-interviews have "expect": None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ---------------------------------------------------------------------
    {
        "id": "u-greenhouse-ics-kate-rob-william-addresses-only",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Confirmation: Senior Backend Engineer, Card Issuing (Req 4471) at Umoya Pay",
        "start": "2032-04-06T09:00",
        "minutes": 150,
        "tz": "Africa/Johannesburg",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [
            ME,
            P(None, "kate.obrien@umoyapay.co.za"),
            P(None, "rob.feld@umoyapay.co.za"),
            P(None, "wdlamini@umoyapay.co.za"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for making time to interview with Umoya Pay for the Senior Backend Engineer, Card Issuing "
            "position! Below is your schedule for Tuesday, 6 April (SAST).\n\n"
            "09:00 - 09:45  Katherine O'Brien - VP Engineering  (values & leadership)\n"
            "09:45 - 10:45  Robert Feldman (Staff Engineer)  Systems design: ledger consistency\n"
            "10:45 - 11:30  William Dlamini | Engineering Manager, Card Issuing | Hiring manager conversation\n\n"
            "The video link is below. If anything comes up, just reply to this email.\n\n"
            "Warm regards,\nLerato Mokoena\nRecruiting Coordinator | Umoya Pay\nlerato.mokoena@umoyapay.co.za"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                ("Katherine O'Brien", "kate.obrien@umoyapay.co.za", "VP Engineering", "executive"),
                ("Robert Feldman", "rob.feld@umoyapay.co.za", "Staff Engineer", "peer"),
                (
                    "William Dlamini",
                    "wdlamini@umoyapay.co.za",
                    "Engineering Manager, Card Issuing",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lerato Mokoena", "lerato.mokoena@umoyapay.co.za"),
            "company": "Umoya Pay",
            "position": "Senior Backend Engineer, Card Issuing",
        },
    },
    {
        "id": "u-lever-ics-dutch-phonebook-order-van-der",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Tweede gesprek Senior Planner Transport - Alex Morgan",
        "start": "2032-04-07T14:00",
        "minutes": 75,
        "tz": "Europe/Amsterdam",
        "organizer": P("Femke Jansen", "femke.jansen@koelwagen.nl"),
        "attendees": [
            ME,
            P(None, "j.vanderlinden@koelwagen.nl"),
            P(None, "a.devriesbakker@koelwagen.nl"),
            P("Femke Jansen", "femke.jansen@koelwagen.nl"),
        ],
        "description": (
            "Beste Alex,\n\nBedankt voor je interesse in de functie Senior Planner Transport. Hierbij de bevestiging van je "
            "tweede gesprek op ons kantoor in Tilburg.\n\nGesprekspartners:\n"
            "- Linden, Joost van der - Teamleider Planning (je toekomstige leidinggevende)\n"
            "- Vries-Bakker, Anouk de - Senior Planner\n\n"
            "Ik zet het gesprek klaar en haal je op bij de receptie, maar schuif zelf niet aan. Neem een geldig "
            "legitimatiebewijs mee.\n\nMet vriendelijke groet,\nFemke Jansen\nRecruiter | Koelwagen Logistiek B.V.\n013 555 0142"
        ),
        "location": "Koelwagen Logistiek, Ringbaan-Oost 210, Tilburg",
        "expect": {
            "interviewers": [
                (
                    "Joost van der Linden",
                    "j.vanderlinden@koelwagen.nl",
                    "Teamleider Planning",
                    "decision_maker",
                    True,
                ),
                ("Anouk de Vries-Bakker", "a.devriesbakker@koelwagen.nl", "Senior Planner", "peer"),
            ],
            "recruiter": ("Femke Jansen", "femke.jansen@koelwagen.nl"),
            "company": "Koelwagen Logistiek",
            "position": "Senior Planner Transport",
        },
    },
    {
        "id": "u-human-ics-spanish-accents-the-address-lacks",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Entrevista técnica - Ingeniero/a de Datos Sénior - Cosecha Viva",
        "start": "2032-04-08T11:00",
        "minutes": 60,
        "tz": "America/Mexico_City",
        "organizer": P(None, "jose.ramirez@cosechaviva.mx"),
        "attendees": [
            ME,
            P(None, "jose.ramirez@cosechaviva.mx"),
            P(None, "begona.etxeberria@cosechaviva.mx"),
        ],
        "description": (
            "Hola Alex:\n\nGracias por tu tiempo la semana pasada. Te confirmo la entrevista técnica para la vacante de "
            "Ingeniero/a de Datos Sénior.\n\nEstaremos Begoña Etxeberria, ingeniera de datos sénior del equipo, y yo. Como "
            "director de ingeniería seré tu jefe directo, así que también quiero dejar tiempo para tus preguntas sobre el "
            "equipo.\n\nUn saludo,\nJosé Ramírez Núñez\nDirector de Ingeniería · Cosecha Viva\n+52 55 5555 0193"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "José Ramírez Núñez",
                    "jose.ramirez@cosechaviva.mx",
                    "Director de Ingeniería",
                    "decision_maker",
                    True,
                ),
                (
                    "Begoña Etxeberria",
                    "begona.etxeberria@cosechaviva.mx",
                    "Ingeniera de Datos Sénior",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Cosecha Viva",
            "position": "Ingeniero/a de Datos Sénior",
        },
    },
    {
        "id": "u-goodtime-ics-initials-local-parts",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "hard",
        "prodid": "-//GoodTime.io//Hire//EN",
        "title": "Virtual Onsite - Robotics Software Engineer II, Perception - Tallgrass Robotics",
        "start": "2032-04-09T13:00",
        "minutes": 135,
        "tz": "America/New_York",
        "organizer": P("Tallgrass Interview Scheduling", "interviews@tallgrassrobotics.com"),
        "attendees": [
            ME,
            P(None, "tk@tallgrassrobotics.com"),
            P(None, "dno@tallgrassrobotics.com"),
            P(None, "mjr@tallgrassrobotics.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour virtual onsite for Robotics Software Engineer II, Perception is confirmed.\n\n"
            "Schedule (Eastern Time)\n"
            "1:00 PM - 1:45 PM  Perception fundamentals - Tomasz Kowalczyk, Principal Engineer\n"
            "1:45 PM - 2:30 PM  Coding - Delphine N. Oyelaran-Ruiz, Senior Software Engineer\n"
            "2:30 PM - 3:15 PM  Team & role - Miriam J. Rosenthal, Director of Perception (Hiring Manager)\n\n"
            "Your recruiter, Colm Devane, will call you afterwards to hear how it went.\n\n"
            "Please reply to this email if you need to reschedule.\nTallgrass Robotics Interview Scheduling"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                ("Tomasz Kowalczyk", "tk@tallgrassrobotics.com", "Principal Engineer", "peer"),
                (
                    "Delphine N. Oyelaran-Ruiz",
                    "dno@tallgrassrobotics.com",
                    "Senior Software Engineer",
                    "peer",
                ),
                (
                    "Miriam J. Rosenthal",
                    "mjr@tallgrassrobotics.com",
                    "Director of Perception",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Colm Devane", None),
            "company": "Tallgrass Robotics",
            "position": "Robotics Software Engineer II, Perception",
        },
    },
    {
        "id": "u-human-ics-priya-can-no-longer-make-it",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "Brindle & Vane - second interview (Senior Service Designer)",
        "start": "2032-04-08T10:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Hamish Kerr", "hamish@brindlevane.co.uk"),
        "attendees": [
            ME,
            P("Hamish Kerr", "hamish@brindlevane.co.uk"),
            P(None, "priya@brindlevane.co.uk"),
            P(None, "d.osei@brindlevane.co.uk"),
            P(None, "fern.l@brindlevane.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nQuick update on Thursday: Priya can no longer make it (she's been pulled onto a client workshop), "
            "so Daniel Osei, a senior service designer on my team, will take her slot for the case study discussion. I've "
            "left Priya on the invite in case her workshop wraps early, but please don't plan on her.\n\n"
            "So it'll be Daniel and me for the first hour, then Fern Lachance, our head of research, for the last 30 "
            "minutes. As the role would report to me, I'll leave time at the end for your questions about the team.\n\n"
            "See you at the studio,\nHamish\n\n--\nHamish Kerr\nHead of Design | Brindle & Vane\n"
            "4 Cheshire Street, London E2 6EH"
        ),
        "location": "Brindle & Vane studio, 4 Cheshire Street, London",
        "expect": {
            "interviewers": [
                (
                    "Hamish Kerr",
                    "hamish@brindlevane.co.uk",
                    "Head of Design",
                    "decision_maker",
                    True,
                ),
                ("Daniel Osei", "d.osei@brindlevane.co.uk", "Senior Service Designer", "peer"),
                ("Fern Lachance", "fern.l@brindlevane.co.uk", "Head of Research", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Brindle & Vane",
            "position": "Senior Service Designer",
        },
    },
    {
        "id": "u-workday-ics-bin-and-al-particles-label-lines",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview: R-20931 Treasury Manager - Alex Morgan",
        "start": "2032-04-12T10:30",
        "minutes": 60,
        "tz": "Asia/Dubai",
        "organizer": P("Wadi Capital Talent", "wadicapital@myworkday.com"),
        "attendees": [
            ME,
            P(None, "a.almansoori@wadicapital.ae"),
            P(None, "layla.alhashimi@wadicapital.ae"),
        ],
        "description": (
            "Interview Schedule\n"
            "Candidate: Alex Morgan\n"
            "Job Requisition: R-20931 Treasury Manager (Open)\n"
            "Interview Type: In Person - Panel\n\n"
            "Interviewer: Abdullah bin Rashid Al Mansoori\n"
            "Interviewer Title: Head of Treasury\n"
            "Interviewer Role: Hiring Manager\n\n"
            "Interviewer: Layla Al-Hashimi\n"
            "Interviewer Title: Senior Treasury Analyst\n\n"
            "Recruiter: Reem Haddad (reem.haddad@wadicapital.ae)\n"
            "Location: Wadi Capital, Gate Village 4, Level 3, DIFC, Dubai"
        ),
        "location": "Wadi Capital, Gate Village 4, Level 3, DIFC, Dubai",
        "expect": {
            "interviewers": [
                (
                    "Abdullah bin Rashid Al Mansoori",
                    "a.almansoori@wadicapital.ae",
                    "Head of Treasury",
                    "decision_maker",
                    True,
                ),
                (
                    "Layla Al-Hashimi",
                    "layla.alhashimi@wadicapital.ae",
                    "Senior Treasury Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Reem Haddad", "reem.haddad@wadicapital.ae"),
            "company": "Wadi Capital",
            "position": "Treasury Manager",
        },
    },
    {
        "id": "u-human-ics-german-sascha-is-oleksandr",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "2. Gespräch Kiezstrom - Senior Backend Entwickler (m/w/d)",
        "start": "2032-04-15T16:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P(None, "juergen.weiss@kiezstrom.de"),
        "attendees": [
            ME,
            P(None, "juergen.weiss@kiezstrom.de"),
            P("Oleksandr Shevchenko", "o.shevchenko@kiezstrom.de"),
        ],
        "description": (
            "Hallo Alex,\n\nwie besprochen hier die Einladung zum zweiten Gespräch für die Stelle Senior Backend Entwickler "
            "(m/w/d).\n\nDabei sind Sascha (unser CTO) und ich. Ich leite das Backend-Team und wäre deine direkte "
            "Führungskraft.\n\nBis Donnerstag!\nJürgen\n\n--\nJürgen Weiß\nTeamleiter Backend\n"
            "Kiezstrom GmbH · Oranienstraße 185 · 10999 Berlin" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Jürgen Weiß",
                    "juergen.weiss@kiezstrom.de",
                    "Teamleiter Backend",
                    "decision_maker",
                    True,
                ),
                ("Oleksandr Shevchenko", "o.shevchenko@kiezstrom.de", "CTO", "executive"),
            ],
            "recruiter": None,
            "company": "Kiezstrom",
            "position": "Senior Backend Entwickler",
        },
    },
    {
        "id": "u-ashby-ics-japanese-english-two-scripts",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Hoshimi | 二次面接 / Second Interview - Senior Site Reliability Engineer",
        "start": "2032-04-13T10:00",
        "minutes": 90,
        "tz": "Asia/Tokyo",
        "organizer": P("Hoshimi Recruiting", "recruiting@hoshimi.co.jp"),
        "attendees": [
            ME,
            P(None, "k.tanaka@hoshimi.co.jp"),
            P(None, "m.okada@hoshimi.co.jp"),
        ],
        "description": (
            "Alex Morgan様\n\nこの度はHoshimiの選考にお進みいただきありがとうございます。二次面接の詳細をお送りします。\n"
            "(English below)\n\n面接官:\n"
            "・田中 健一 (Kenichi Tanaka) - エンジニアリングマネージャー（採用責任者）\n"
            "・岡田 美咲 (Misaki Okada) - シニアSRE\n\n"
            "Dear Alex,\nThank you for continuing with Hoshimi. Your second interview is with:\n"
            "- Kenichi Tanaka, Engineering Manager (hiring manager)\n"
            "- Misaki Okada, Senior SRE\n\n"
            "Recruiter: 佐藤 由美 / Yumi Sato (y.sato@hoshimi.co.jp)\n\nHoshimi Talent Acquisition"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Kenichi Tanaka",
                    "k.tanaka@hoshimi.co.jp",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Misaki Okada", "m.okada@hoshimi.co.jp", "Senior SRE", "peer"),
            ],
            "recruiter": ("Yumi Sato", "y.sato@hoshimi.co.jp"),
            "company": "Hoshimi",
            "position": "Senior Site Reliability Engineer",
        },
    },
    {
        "id": "u-human-ics-founder-coffee-cc-talent-not-joining",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Coffee chat - Theo / Alex",
        "start": "2032-04-14T08:30",
        "minutes": 30,
        "tz": "Europe/Lisbon",
        "organizer": P(None, "theo@parcelwise.io"),
        "attendees": [
            ME,
            P(None, "theo@parcelwise.io"),
            P(None, "dana.whitcombe@parcelwise.io"),
        ],
        "description": (
            "Hey Alex,\n\nReally glad Dana put us in touch. Let's grab 30 minutes to talk about where a founding product "
            "engineer would fit as we build out the dispatch product. No prep needed.\n\n"
            "I've cc'd Dana Whitcombe (talent, dana.whitcombe@parcelwise.io) so she can help with anything logistical "
            "afterwards; she won't be on the call.\n\nTheo\n\nTheo Marchetti\nCo-founder & CEO, Parcelwise"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                ("Theo Marchetti", "theo@parcelwise.io", "Co-founder & CEO", "executive"),
            ],
            "recruiter": ("Dana Whitcombe", "dana.whitcombe@parcelwise.io"),
            "company": "Parcelwise",
            "position": "Founding Product Engineer",
        },
    },
    {
        "id": "u-smartrecruiters-ics-french-hyphenated-pipe-lines",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Entretien - Data Analyst Senior (F/H) - Maison Verlaine",
        "start": "2032-04-19T10:00",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Maison Verlaine Recrutement", "noreply@smartrecruiters.com"),
        "attendees": [
            ME,
            P(None, "as.lefevre-durand@maisonverlaine.fr"),
            P(None, "t.nguyen-van@maisonverlaine.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste de Data Analyst Senior "
            "(F/H) - CDI - Lyon.\n\nVos interlocuteurs :\n"
            "Anne-Sophie Lefèvre-Durand | Responsable Data & BI | votre future manager\n"
            "Thibault Nguyen Van | Data Engineer\n\n"
            "L'entretien se déroulera dans nos locaux, 12 quai Saint-Antoine, 69002 Lyon.\n\n"
            "Bien cordialement,\nCapucine Morel\nChargée de recrutement - Maison Verlaine\ncapucine.morel@maisonverlaine.fr"
        ),
        "location": "Maison Verlaine, 12 quai Saint-Antoine, 69002 Lyon",
        "expect": {
            "interviewers": [
                (
                    "Anne-Sophie Lefèvre-Durand",
                    "as.lefevre-durand@maisonverlaine.fr",
                    "Responsable Data & BI",
                    "decision_maker",
                    True,
                ),
                ("Thibault Nguyen Van", "t.nguyen-van@maisonverlaine.fr", "Data Engineer", "peer"),
            ],
            "recruiter": ("Capucine Morel", "capucine.morel@maisonverlaine.fr"),
            "company": "Maison Verlaine",
            "position": "Data Analyst Senior",
        },
    },
    {
        "id": "u-icims-ics-hospital-director-in-lowercase-prose",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Talent Platform//EN",
        "title": "Interview: Clinical Pharmacist - Oncology (Req 24-1187)",
        "start": "2032-04-20T13:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Riverbend Talent Acquisition", "careers@riverbendchildrens.org"),
        "attendees": [
            ME,
            P(None, "neze@riverbendchildrens.org"),
            P(None, "rabernathycole@riverbendchildrens.org"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Clinical Pharmacist - Oncology (Req 24-1187, Full Time, Days) "
            "opening. You are scheduled for a 45-minute interview with our director of pharmacy, Dr. Nnamdi Eze, who is the "
            "hiring manager for this position, and with Ruth Abernathy-Cole, a clinical pharmacist on the "
            "hematology/oncology unit.\n\nPlease arrive 10 minutes early and check in at the main lobby security desk.\n\n"
            "Sincerely,\nGwen Tolliver, Talent Acquisition Partner\nRiverbend Children's Hospital\n614-555-0137"
        ),
        "location": "Riverbend Children's Hospital, Pharmacy Administration, 2nd floor",
        "expect": {
            "interviewers": [
                (
                    "Nnamdi Eze",
                    "neze@riverbendchildrens.org",
                    "Director of Pharmacy",
                    "decision_maker",
                    True,
                ),
                (
                    "Ruth Abernathy-Cole",
                    "rabernathycole@riverbendchildrens.org",
                    "Clinical Pharmacist",
                    "peer",
                ),
            ],
            "recruiter": ("Gwen Tolliver", None),
            "company": "Riverbend Children's Hospital",
            "position": "Clinical Pharmacist - Oncology",
        },
    },
    {
        "id": "u-calendly-ics-bill-on-a-william-address",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Bill Hargreaves",
        "start": "2032-04-21T15:00",
        "minutes": 30,
        "tz": "America/Denver",
        "organizer": P(None, "william.hargreaves@kestrelanalytics.com"),
        "attendees": [ME, P(None, "william.hargreaves@kestrelanalytics.com")],
        "description": (
            "Event Name: 30 Minute Intro\n\n"
            "Event description: Hi, I'm Bill, founder of Kestrel Analytics. We're hiring our first data engineer; grab a "
            "slot and let's see if there's a fit.\n\n"
            "Location: This is a Google Meet web conference. You can join this meeting from your computer, tablet, or "
            "smartphone.\nhttps://meet.google.com/hkw-ptrs-qoz\n\n"
            "Please share anything that will help prepare for our meeting.:\nHappy to chat about the founding data "
            "engineer role - I've built two warehouses from scratch.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/3f1c9a\n"
            "Reschedule: https://calendly.com/reschedulings/3f1c9a\n\nPowered by Calendly.com"
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Bill Hargreaves",
                    "william.hargreaves@kestrelanalytics.com",
                    "Founder",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Kestrel Analytics",
            "position": "Data Engineer",
        },
    },
    {
        "id": "u-modernloop-ics-capitalised-family-names-singapore",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "hard",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "Lumen Orchard Onsite: Machine Learning Engineer, Recommendations",
        "start": "2032-04-22T10:00",
        "minutes": 120,
        "tz": "Asia/Singapore",
        "organizer": P("Lumen Orchard Recruiting", "scheduling@lumenorchard.sg"),
        "attendees": [
            ME,
            P(None, "wei.chen@lumenorchard.sg"),
            P(None, "meiling.tan@lumenorchard.sg"),
            P(None, "arjun.pillai@lumenorchard.sg"),
        ],
        "description": (
            "Hi Alex, here is your onsite for Machine Learning Engineer, Recommendations.\n\n"
            "Time (SGT) | Interviewer | Session\n"
            "10:00-10:45 | CHEN Wei, Staff ML Engineer | ML system design\n"
            "10:45-11:30 | TAN Mei Ling, ML Engineering Manager (HM) | Experience & team fit\n"
            "11:30-12:00 | Pillai, Arjun - Product Manager, Discovery | Product sense\n\n"
            "Please bring photo ID for building access (Level 12, 1 Fusionopolis Way).\n\n"
            "Scheduled by ModernLoop on behalf of Farah Iskandar, Talent Partner, Lumen Orchard"
        ),
        "location": "Lumen Orchard, 1 Fusionopolis Way, Level 12, Singapore",
        "expect": {
            "interviewers": [
                ("Wei Chen", "wei.chen@lumenorchard.sg", "Staff ML Engineer", "peer"),
                (
                    "Mei Ling Tan",
                    "meiling.tan@lumenorchard.sg",
                    "ML Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Arjun Pillai",
                    "arjun.pillai@lumenorchard.sg",
                    "Product Manager, Discovery",
                    "peer",
                ),
            ],
            "recruiter": ("Farah Iskandar", None),
            "company": "Lumen Orchard",
            "position": "Machine Learning Engineer, Recommendations",
        },
    },
    {
        "id": "u-human-ics-law-firm-bob-in-prose-robert-in-cc",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "First interview - Associate, Employment Law - Whitlock Pryce",
        "start": "2032-04-26T09:30",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P(None, "rnkemelu@whitlockpryce.com"),
        "attendees": [
            ME,
            P(None, "rnkemelu@whitlockpryce.com"),
            P(None, "rachterberg@whitlockpryce.com"),
        ],
        "description": (
            "Alex,\n\nThank you for your application. Bob and I would like to meet you for a first interview at our "
            "offices. Bob leads our employment group and the associate would report to him; I will cover the firm's "
            "training programme and answer questions about articling and rotations.\n\n"
            "cc: Robert (Bob) Achterberg, Partner, Head of Employment Law\n\n"
            "Kind regards,\n\nRebecca Nkemelu\nDirector of Legal Talent\nWhitlock Pryce LLP\n"
            "100 King Street West, Suite 4400, Toronto\nT +1 416 555 0161"
        ),
        "location": "Whitlock Pryce LLP, 100 King Street West, Suite 4400, Toronto",
        "expect": {
            "interviewers": [
                (
                    "Robert Achterberg",
                    "rachterberg@whitlockpryce.com",
                    "Partner, Head of Employment Law",
                    "decision_maker",
                    True,
                ),
                (
                    "Rebecca Nkemelu",
                    "rnkemelu@whitlockpryce.com",
                    "Director of Legal Talent",
                    "recruiter",
                ),
            ],
            "recruiter": ("Rebecca Nkemelu", "rnkemelu@whitlockpryce.com"),
            "company": "Whitlock Pryce",
            "position": "Associate, Employment Law",
        },
    },
    {
        "id": "u-teamtailor-ics-swedish-rekryterande-chef",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "medium",
        "prodid": "-//Teamtailor//Interview//EN",
        "title": "Intervju: Produktägare, Skadeanmälan - Norrsken Försäkring",
        "start": "2032-04-27T13:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Norrsken Försäkring", "norrsken@teamtailor-mail.com"),
        "attendees": [
            ME,
            P(None, "asa.lindstrom@norrskenforsakring.se"),
            P(None, "jons.ekdahl@norrskenforsakring.se"),
        ],
        "description": (
            "Hej Alex!\n\nVad roligt att du vill träffa oss. Här kommer bekräftelsen på din intervju för tjänsten "
            "Produktägare, Skadeanmälan.\n\nDu träffar:\n"
            "Åsa Lindström - avdelningschef Digitala tjänster och rekryterande chef för tjänsten\n"
            "Jöns Ekdahl - utvecklare i teamet\n\n"
            "Har du frågor? Kontakta Malin Berg, rekryterare, malin.berg@norrskenforsakring.se.\n\n"
            "Varma hälsningar,\nNorrsken Försäkring" + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Åsa Lindström",
                    "asa.lindstrom@norrskenforsakring.se",
                    "Avdelningschef Digitala Tjänster",
                    "decision_maker",
                    True,
                ),
                ("Jöns Ekdahl", "jons.ekdahl@norrskenforsakring.se", "Utvecklare", "peer"),
            ],
            "recruiter": ("Malin Berg", "malin.berg@norrskenforsakring.se"),
            "company": "Norrsken Försäkring",
            "position": "Produktägare, Skadeanmälan",
        },
    },
    # --- .ics: non-interviews -----------------------------------------------------------------
    {
        "id": "u-ics-non-interviewer-calibration-kate-bob-bill",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interviewer calibration - backend loop (Kate, Bob, Bill, Alex)",
        "start": "2032-04-06T15:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P(None, "kate.oneal@initech.com"),
        "attendees": [
            ME_WORK,
            P(None, "kate.oneal@initech.com"),
            P(None, "rsato@initech.com"),
            P(None, "bill.grant@initech.com"),
        ],
        "description": (
            "Hi all,\n\nBefore we open the Senior Backend Engineer loop next week, let's calibrate on the system design "
            "rubric. Please score the two recorded mock answers in the folder beforehand.\n\n"
            "Panel: Katherine O'Neal (EM, hiring manager for the role), Robert Sato (Staff Engineer), William Grant "
            "(Senior Engineer), Alex Morgan (Senior Engineer).\n\nKate" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": None,
    },
    {
        "id": "u-ics-non-reference-call-user-is-the-referee",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Reference call re: Priya Raman - Halcyon Bio",
        "start": "2032-04-09T12:00",
        "minutes": 20,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "ines.carvalho@halcyonbio.com"),
        "attendees": [ME, P(None, "ines.carvalho@halcyonbio.com")],
        "description": (
            "Hi Alex,\n\nPriya Raman has listed you as a reference for our Head of Platform role, and she's in the final "
            "stage of our interview process. I'm the hiring manager; I'd love 20 minutes to hear about your time working "
            "together at Initech - her strengths, where she grew, and how she handled the 2030 re-platforming.\n\n"
            "Thanks so much,\nInês Carvalho\nVP Engineering, Halcyon Bio" + MEET
        ),
        "location": "Google Meet",
        "expect": None,
    },
    {
        "id": "u-ics-non-user-interviews-a-candidate",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview: Jordan Ellis-Baptiste - Senior Backend Engineer (you: system design)",
        "start": "2032-04-14T11:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [ME_WORK, P(None, "sam.okafor@initech.com")],
        "description": (
            "You have been scheduled to interview Jordan Ellis-Baptiste for Senior Backend Engineer.\n\n"
            "Interviewers: Alex Morgan (system design), Sam Okafor (shadowing)\n"
            "Hiring manager: Kate O'Neal\n\n"
            "Interview kit and scorecard: https://app.greenhouse.io/guides/88231\n"
            "Please submit feedback within 24 hours.\n\nInitech Recruiting" + ZOOM
        ),
        "location": "Zoom",
        "expect": None,
    },
    {
        "id": "u-ics-non-meetup-panel-what-hiring-managers-look-for",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Meetup//Meetup Events//EN",
        "title": "DataDrinks Lisbon: What hiring managers look for (panel)",
        "start": "2032-04-15T18:30",
        "minutes": 120,
        "tz": "Europe/Lisbon",
        "organizer": P("DataDrinks Lisbon", "info@datadrinks.pt"),
        "attendees": [ME],
        "description": (
            "Panel + drinks. How do data teams really interview? Our panel:\n"
            "- Joana Sá Pereira - Head of Data, Fintrio (hiring manager for 6 roles this year)\n"
            "- Bob (Roberto) Lacerda - Staff Data Scientist, Mareverde\n"
            "- Kateryna Bondarenko - Tech Recruiter, Ondaviva\n\n"
            "Moderated by Bill Nascimento. Bring your CV questions!\n\nRSVP: https://www.meetup.com/datadrinks-lisbon/"
        ),
        "location": "LACS Anjos, Rua Maria Andrade 26, Lisboa",
        "expect": None,
    },
    {
        "id": "u-ics-non-catch-up-former-manager-not-recruiting",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//iOS 18.1//EN",
        "title": "Catch-up with Bill",
        "start": "2032-04-17T09:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P(None, "william.tran@gmail.com"),
        "attendees": [ME, P(None, "william.tran@gmail.com")],
        "description": (
            "Alex! Long overdue. To be clear this is not a recruiting thing - I know you're happy at Initech. I just want "
            "to hear about the new baby and steal your notes on how you ran interviews for your team, since I'm hiring "
            "three engineers at Fernway and my loop is a mess.\n\nBlue Bottle on 9th?\nBill"
        ),
        "location": "Blue Bottle Coffee, 9th Ave",
        "expect": None,
    },
    # --- Google JSON: interviews --------------------------------------------------------------
    {
        "id": "u-greenhouse-google-liz-and-jim-addresses",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "First-stage interview: Senior Risk Analyst, Credit Risk - Ashgrove Building Society",
        "start": "2032-05-04T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [
            ME,
            P(None, "liz.pemberton@ashgrovebs.co.uk"),
            P(None, "jim.adebayo@ashgrovebs.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nPlease find below the details of your first-stage interview for Senior Risk Analyst, Credit Risk.\n\n"
            "Interview panel\nElizabeth Pemberton - Head of Credit Risk (hiring manager)\nJames Adebayo - Risk Modelling Lead\n\n"
            "Format: competency-based questions followed by a short case study (40 minutes).\n\n"
            "Kind regards\nSarah-Jane Whitfield\nTalent Acquisition Adviser\nAshgrove Building Society"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Elizabeth Pemberton",
                    "liz.pemberton@ashgrovebs.co.uk",
                    "Head of Credit Risk",
                    "decision_maker",
                    True,
                ),
                ("James Adebayo", "jim.adebayo@ashgrovebs.co.uk", "Risk Modelling Lead", "peer"),
            ],
            "recruiter": ("Sarah-Jane Whitfield", None),
            "company": "Ashgrove Building Society",
            "position": "Senior Risk Analyst, Credit Risk",
        },
    },
    {
        "id": "u-lever-google-norwegian-capitalised-surname-comma",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Alex Morgan <> Havbruk Data: Senior Data Scientist - hiring manager interview",
        "start": "2032-05-05T13:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Marte Solheim", "marte.solheim@havbrukdata.no"),
        "attendees": [
            ME,
            P("Marte Solheim", "marte.solheim@havbrukdata.no"),
            P(None, "soren.odegaard@havbrukdata.no"),
            P(None, "tuva.ringdal@havbrukdata.no"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for moving forward with us! Details for your next conversation:\n\n"
            "Interviewers\nØDEGÅRD, Søren - Head of Data (hiring manager)\nRINGDAL, Tuva - Data Scientist\n\n"
            "I've put myself on the invite so I can let you in; I'll drop off once you're connected.\n\n"
            "Best,\nMarte Solheim\nTalent Partner, Havbruk Data\nmarte.solheim@havbrukdata.no"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Søren Ødegård",
                    "soren.odegaard@havbrukdata.no",
                    "Head of Data",
                    "decision_maker",
                    True,
                ),
                ("Tuva Ringdal", "tuva.ringdal@havbrukdata.no", "Data Scientist", "peer"),
            ],
            "recruiter": ("Marte Solheim", "marte.solheim@havbrukdata.no"),
            "company": "Havbruk Data",
            "position": "Senior Data Scientist",
        },
    },
    {
        "id": "u-human-google-vp-may-join-not-invited",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Cardinal Wharf - gameplay interview w/ Alex",
        "start": "2032-05-04T14:00",
        "minutes": 75,
        "tz": "America/Toronto",
        "organizer": P(None, "m.lavoie@cardinalwharf.com"),
        "attendees": [
            ME,
            P(None, "m.lavoie@cardinalwharf.com"),
            P(None, "kofi.asante@cardinalwharf.com"),
        ],
        "description": (
            "Hi Alex,\n\nLooking forward to Tuesday. I'm Mathilde Lavoie, lead gameplay engineer and the hiring manager for "
            "the senior gameplay programmer role; Kofi Asante, a senior gameplay programmer on the combat team, will pair "
            "with you on the coding part.\n\nOur VP of Production, Fatima Zahra Benali, may join for the last ten minutes "
            "if her schedule allows. No need to prepare anything for her.\n\nMathilde" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Mathilde Lavoie",
                    "m.lavoie@cardinalwharf.com",
                    "Lead Gameplay Engineer",
                    "decision_maker",
                    True,
                ),
                (
                    "Kofi Asante",
                    "kofi.asante@cardinalwharf.com",
                    "Senior Gameplay Programmer",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Cardinal Wharf",
            "position": "Senior Gameplay Programmer",
        },
    },
    {
        "id": "u-gem-google-rafa-scheduling-mailbox-recruiter-in-prose",
        "format": "google",
        "style": "gem",
        "difficulty": "medium",
        "title": "Tidepool Health - Technical Interviews - Senior iOS Engineer",
        "start": "2032-05-07T11:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Tidepool Interview Scheduling", "scheduling@tidepoolhealth.com"),
        "attendees": [
            ME,
            P(None, "rafael.dominguez@tidepoolhealth.com"),
            P(None, "hpark@tidepoolhealth.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou're confirmed for your technical interviews for the Senior iOS Engineer position.\n\n"
            "• 11:00-11:45 Live coding with Rafa (Rafael Domínguez, Senior iOS Engineer)\n"
            "• 11:45-12:30 Architecture with Hyun-woo Park, iOS Tech Lead\n\n"
            "Your recruiter is Ngozi Adeyemi (ngozi.adeyemi@tidepoolhealth.com). For rescheduling, reply to this message "
            "and the scheduling team will help.\n\nSent via Gem on behalf of Tidepool Health" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Rafael Domínguez",
                    "rafael.dominguez@tidepoolhealth.com",
                    "Senior iOS Engineer",
                    "peer",
                ),
                ("Hyun-woo Park", "hpark@tidepoolhealth.com", "iOS Tech Lead", "peer"),
            ],
            "recruiter": ("Ngozi Adeyemi", "ngozi.adeyemi@tidepoolhealth.com"),
            "company": "Tidepool Health",
            "position": "Senior iOS Engineer",
        },
    },
    {
        "id": "u-ashby-google-von-and-el-particles",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Klausel - Interview - Legal Operations Manager",
        "start": "2032-05-10T15:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P(None, "jonas@klausel.io"),
        "attendees": [
            ME,
            P(None, "f.vonhohenstein@klausel.io"),
            P(None, "k.elamrani@klausel.io"),
        ],
        "description": (
            "Hi Alex,\n\nHere's your interview with Klausel for the Legal Operations Manager role.\n\n"
            "Interviewers\nFriederike von Hohenstein · Head of Legal Operations · Hiring Manager\n"
            "Karim El Amrani · Legal Operations Analyst\n\n"
            "Recruiting contact: Jonas Brandt (jonas@klausel.io)\n\nPowered by Ashby" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Friederike von Hohenstein",
                    "f.vonhohenstein@klausel.io",
                    "Head of Legal Operations",
                    "decision_maker",
                    True,
                ),
                ("Karim El Amrani", "k.elamrani@klausel.io", "Legal Operations Analyst", "peer"),
            ],
            "recruiter": ("Jonas Brandt", "jonas@klausel.io"),
            "company": "Klausel",
            "position": "Legal Operations Manager",
        },
    },
    {
        "id": "u-workday-google-portuguese-gestora-da-vaga",
        "format": "google",
        "style": "workday",
        "difficulty": "medium",
        "title": "Entrevista: R-3382 Analista de Riscos Sênior - Alex Morgan",
        "start": "2032-05-11T10:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P(None, "bancoserraazul@myworkday.com"),
        "attendees": [
            ME,
            P(None, "conceicao.araujo@serraazul.com.br"),
            P(None, "luiz.brito@serraazul.com.br"),
        ],
        "description": (
            "Agendamento de entrevista\nCandidato: Alex Morgan\nVaga: R-3382 Analista de Riscos Sênior\n"
            "Tipo: Entrevista por vídeo\n\nEntrevistadores:\n"
            "Conceição Gonçalves Araújo - Gerente de Riscos de Mercado (gestora da vaga)\n"
            "Luiz Fernando Brito - Analista de Riscos Sênior\n\n"
            "Dúvidas: Tatiane Moura, Atração de Talentos (tatiane.moura@serraazul.com.br)\n\nBanco Serra Azul S.A."
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Conceição Gonçalves Araújo",
                    "conceicao.araujo@serraazul.com.br",
                    "Gerente de Riscos de Mercado",
                    "decision_maker",
                    True,
                ),
                (
                    "Luiz Fernando Brito",
                    "luiz.brito@serraazul.com.br",
                    "Analista de Riscos Sênior",
                    "peer",
                ),
            ],
            "recruiter": ("Tatiane Moura", "tatiane.moura@serraazul.com.br"),
            "company": "Banco Serra Azul",
            "position": "Analista de Riscos Sênior",
        },
    },
    {
        "id": "u-human-google-jp-and-sb-initials-shorthand",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Stillwater Sleep: Growth Marketing Manager interview (JP + SB)",
        "start": "2032-05-13T13:00",
        "minutes": 50,
        "tz": "America/New_York",
        "organizer": P(None, "sunita@stillwatersleep.com"),
        "attendees": [
            ME,
            P(None, "sunita@stillwatersleep.com"),
            P(None, "jp.moreau@stillwatersleep.com"),
        ],
        "description": (
            "Hi Alex - confirming our chat Thursday. Agenda:\n\n"
            "1. JP (Jean-Pierre Moreau, our head of growth, who you'd report to) - 30 min on the role and the team\n"
            "2. SB (me, Sunita Bhattacharya, growth PM) - 20 min on a lifecycle case\n\nThanks!\nSB"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Jean-Pierre Moreau",
                    "jp.moreau@stillwatersleep.com",
                    "Head of Growth",
                    "decision_maker",
                    True,
                ),
                ("Sunita Bhattacharya", "sunita@stillwatersleep.com", "Growth PM", "peer"),
            ],
            "recruiter": None,
            "company": "Stillwater Sleep",
            "position": "Growth Marketing Manager",
        },
    },
    {
        "id": "u-calendly-google-peggy-on-a-margaret-address",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Conversation with Peggy (Development Manager) between Peggy Oduya and Alex Morgan",
        "start": "2032-05-13T12:30",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P(None, "margaret.oduya@brightpathliteracy.org"),
        "attendees": [ME, P(None, "margaret.oduya@brightpathliteracy.org")],
        "description": (
            "Event Name: Conversation with Peggy (Development Manager)\n\n"
            "Hi! I'm Peggy Oduya, executive director of Brightpath Literacy. Pick a time to talk about our Development "
            "Manager position - what fundraising looks like here and what you'd own in your first year.\n\n"
            "Location: +1 312-555-0148 (Peggy will call you)\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/77ab21\n"
            "Reschedule: https://calendly.com/reschedulings/77ab21\n\nPowered by Calendly.com"
        ),
        "location": "Phone call",
        "expect": {
            "interviewers": [
                (
                    "Peggy Oduya",
                    "margaret.oduya@brightpathliteracy.org",
                    "Executive Director",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Brightpath Literacy",
            "position": "Development Manager",
        },
    },
    {
        "id": "u-goodtime-google-irish-apostrophe-hyphen-surname-first",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Cairn Payments | Interview | Senior AML Compliance Analyst",
        "start": "2032-05-14T09:30",
        "minutes": 90,
        "tz": "Europe/Dublin",
        "organizer": P("Cairn Payments Interviews", "interviews@cairnpayments.ie"),
        "attendees": [
            ME,
            P(None, "siobhan.oshaughnessypark@cairnpayments.ie"),
            P(None, "ciaran.macgiolla@cairnpayments.ie"),
        ],
        "description": (
            "Hi Alex,\n\nYour interview for Senior AML Compliance Analyst is confirmed.\n\n"
            "Time | Interviewer | Title | Notes\n"
            "09:30-10:15 | O'Shaughnessy-Park, Siobhán | MLRO & Head of Financial Crime | Hiring manager\n"
            "10:15-11:00 | Mac Giolla Phádraig, Ciarán | Senior Compliance Analyst | Case exercise\n\n"
            "Questions? Contact your recruiter, Aoife Brennan, at aoife.brennan@cairnpayments.ie.\n\n"
            "Scheduled with GoodTime" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Siobhán O'Shaughnessy-Park",
                    "siobhan.oshaughnessypark@cairnpayments.ie",
                    "MLRO & Head of Financial Crime",
                    "decision_maker",
                    True,
                ),
                (
                    "Ciarán Mac Giolla Phádraig",
                    "ciaran.macgiolla@cairnpayments.ie",
                    "Senior Compliance Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Aoife Brennan", "aoife.brennan@cairnpayments.ie"),
            "company": "Cairn Payments",
            "position": "Senior AML Compliance Analyst",
        },
    },
    {
        "id": "u-smartrecruiters-google-italian-surname-first-team-mailbox",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Colloquio - Controller di Gestione - Torrefazione Baldini",
        "start": "2032-05-17T11:00",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Torrefazione Baldini", "selezione@baldinicaffe.it"),
        "attendees": [
            ME,
            P(None, "g.deangelis@baldinicaffe.it"),
            P(None, "mg.lorusso@baldinicaffe.it"),
        ],
        "description": (
            "Gentile Alex,\n\nLa ringraziamo per la candidatura alla posizione di Controller di Gestione. Le confermiamo il "
            "colloquio presso la nostra sede di Bologna, via del Pratello 41.\n\nIntervistatori:\n"
            "- De Angelis Gianluca, Responsabile Amministrazione e Finanza (sarà il suo responsabile diretto)\n"
            "- Lo Russo Maria Grazia, Contabile Senior\n\n"
            "Cordiali saluti,\nUfficio Personale - Torrefazione Baldini S.r.l.\nselezione@baldinicaffe.it"
        ),
        "location": "Torrefazione Baldini, via del Pratello 41, Bologna",
        "expect": {
            "interviewers": [
                (
                    "Gianluca De Angelis",
                    "g.deangelis@baldinicaffe.it",
                    "Responsabile Amministrazione e Finanza",
                    "decision_maker",
                    True,
                ),
                ("Maria Grazia Lo Russo", "mg.lorusso@baldinicaffe.it", "Contabile Senior", "peer"),
            ],
            "recruiter": (None, "selezione@baldinicaffe.it"),
            "company": "Torrefazione Baldini",
            "position": "Controller di Gestione",
        },
    },
    {
        "id": "u-human-google-malaysian-bin-binti-nickname",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Tanjung Grid - Senior QA Automation Engineer - technical round",
        "start": "2032-05-18T10:00",
        "minutes": 75,
        "tz": "Asia/Kuala_Lumpur",
        "organizer": P(None, "hafiz.abdullah@tanjunggrid.my"),
        "attendees": [
            ME,
            P(None, "hafiz.abdullah@tanjunggrid.my"),
            P(None, "aisyah.kamal@tanjunggrid.my"),
        ],
        "description": (
            "Hi Alex,\n\nThis is Hafiz (Muhammad Hafiz bin Abdullah), engineering manager here at Tanjung Grid. I'll be your "
            "hiring manager for the Senior QA Automation Engineer role. Joining me is Siti Nur Aisyah binti Kamal, senior "
            "QA engineer, who'll run the hands-on exercise.\n\nTerima kasih & see you then,\nHafiz"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Muhammad Hafiz bin Abdullah",
                    "hafiz.abdullah@tanjunggrid.my",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Siti Nur Aisyah binti Kamal",
                    "aisyah.kamal@tanjunggrid.my",
                    "Senior QA Engineer",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Tanjung Grid",
            "position": "Senior QA Automation Engineer",
        },
    },
    {
        "id": "u-modernloop-google-first-names-in-table-full-names-on-attendees",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Quillmark Interview Loop - Staff Frontend Engineer",
        "start": "2032-05-19T12:00",
        "minutes": 135,
        "tz": "America/Chicago",
        "organizer": P("Quillmark Recruiting", "recruiting@quillmark.com"),
        "attendees": [
            ME,
            P("Ricardo Álvarez", "ricky.alvarez@quillmark.com"),
            P(None, "tmcallister@quillmark.com"),
            P("Deborah Finkelstein-Yoon", "dfyoon@quillmark.com"),
        ],
        "description": (
            "Your interview loop\n\n"
            "Ricky | Engineering Director, Learning Platform | Hiring manager chat\n"
            "Tom McAllister | Staff Engineer | Frontend architecture\n"
            "Deb | Principal Designer | Collaboration with design\n\n"
            "Scheduled by Quillmark Recruiting via ModernLoop · Recruiter: Jess Oyelowo" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Ricardo Álvarez",
                    "ricky.alvarez@quillmark.com",
                    "Engineering Director, Learning Platform",
                    "decision_maker",
                    True,
                ),
                ("Tom McAllister", "tmcallister@quillmark.com", "Staff Engineer", "peer"),
                (
                    "Deborah Finkelstein-Yoon",
                    "dfyoon@quillmark.com",
                    "Principal Designer",
                    "peer",
                ),
            ],
            "recruiter": ("Jess Oyelowo", None),
            "company": "Quillmark",
            "position": "Staff Frontend Engineer",
        },
    },
    {
        "id": "u-human-google-polish-gosia-signs-for-malgorzata",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Rozmowa techniczna - Senior Java Developer - Bursztyn Systems",
        "start": "2032-05-20T14:00",
        "minutes": 90,
        "tz": "Europe/Warsaw",
        "organizer": P(None, "m.wisniewskakot@bursztynsystems.pl"),
        "attendees": [
            ME,
            P(None, "m.wisniewskakot@bursztynsystems.pl"),
            P(None, "g.brzeczyszczykiewicz@bursztynsystems.pl"),
        ],
        "description": (
            "Cześć Alex,\n\ndziękujemy za rozmowę z naszą rekruterką. Zapraszamy na rozmowę techniczną na stanowisko Senior "
            "Java Developer.\n\nRozmowę poprowadzą: Małgorzata Wiśniewska-Kot, kierowniczka zespołu płatności (będzie Twoją "
            "przełożoną), oraz Grzegorz Brzęczyszczykiewicz, starszy programista.\n\nPozdrawiam,\nGosia"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Małgorzata Wiśniewska-Kot",
                    "m.wisniewskakot@bursztynsystems.pl",
                    "Kierowniczka Zespołu Płatności",
                    "decision_maker",
                    True,
                ),
                (
                    "Grzegorz Brzęczyszczykiewicz",
                    "g.brzeczyszczykiewicz@bursztynsystems.pl",
                    "Starszy Programista",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Bursztyn Systems",
            "position": "Senior Java Developer",
        },
    },
    {
        "id": "u-personio-google-german-herr-dr-frau-hr-sits-in",
        "format": "google",
        "style": "personio",
        "difficulty": "medium",
        "title": "Vorstellungsgespräch Produktionsplaner (m/w/d) - Hansen & Kröger",
        "start": "2032-05-21T09:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P(None, "l.wozniak@hansen-kroeger.de"),
        "attendees": [
            ME,
            P(None, "hj.schaefer-oezdemir@hansen-kroeger.de"),
            P(None, "l.wozniak@hansen-kroeger.de"),
        ],
        "description": (
            "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d). Gerne laden wir Sie "
            "zu einem persönlichen Gespräch in unser Werk in Bielefeld ein.\n\nIhre Gesprächspartner:\n"
            "Herr Dr. Hans-Jürgen Schäfer-Özdemir, Bereichsleiter Produktion (Ihr künftiger Vorgesetzter)\n"
            "Frau Lena Woźniak, Personalreferentin\n\n"
            "Mit freundlichen Grüßen\nLena Woźniak\nPersonal | Hansen & Kröger Maschinenbau GmbH\n\nPowered by Personio"
        ),
        "location": "Hansen & Kröger Maschinenbau, Eckendorfer Str. 120, 33609 Bielefeld",
        "expect": {
            "interviewers": [
                (
                    "Hans-Jürgen Schäfer-Özdemir",
                    "hj.schaefer-oezdemir@hansen-kroeger.de",
                    "Bereichsleiter Produktion",
                    "decision_maker",
                    True,
                ),
                ("Lena Woźniak", "l.wozniak@hansen-kroeger.de", "Personalreferentin", "recruiter"),
            ],
            "recruiter": ("Lena Woźniak", "l.wozniak@hansen-kroeger.de"),
            "company": "Hansen & Kröger Maschinenbau",
            "position": "Produktionsplaner",
        },
    },
    {
        "id": "u-lever-google-forwarded-jim-signature-block",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan for Regional Sales Director, Southeast",
        "start": "2032-05-14T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Nadia Rahimi", "nadia.rahimi@copperlinebev.com"),
        "attendees": [
            ME,
            P("Nadia Rahimi", "nadia.rahimi@copperlinebev.com"),
            P(None, "jim@copperlinebev.com"),
            P(None, "cwashington@copperlinebev.com"),
        ],
        "description": (
            "Hi Alex,\n\nForwarding Jim's note below so you have context. Corinne Washington, our CCO, will join for the "
            "second half.\n\nNadia Rahimi | Senior Recruiter | Copperline Beverages\n\n"
            "---------- Forwarded message ---------\nFrom: Jim <jim@copperlinebev.com>\nTo: Nadia Rahimi\n\n"
            "Nadia - happy to meet Alex on the 14th. I'll cover the territory plan; as the role reports into me I'd like to "
            "go deep on pipeline discipline.\n\nJim\n\nJames Okafor-Hill\nVP of Sales, Southeast & Gulf\nCopperline Beverages"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "James Okafor-Hill",
                    "jim@copperlinebev.com",
                    "VP of Sales, Southeast & Gulf",
                    "decision_maker",
                    True,
                ),
                ("Corinne Washington", "cwashington@copperlinebev.com", "CCO", "executive"),
            ],
            "recruiter": ("Nadia Rahimi", "nadia.rahimi@copperlinebev.com"),
            "company": "Copperline Beverages",
            "position": "Regional Sales Director, Southeast",
        },
    },
    # --- Google JSON: non-interviews ----------------------------------------------------------
    {
        "id": "u-google-non-hiring-committee-designer-candidates",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Hiring committee: Senior Product Designer candidates (Kate, Bob, Alex)",
        "start": "2032-05-04T16:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P(None, "katherine.ng@initech.com"),
        "attendees": [
            ME_WORK,
            P(None, "katherine.ng@initech.com"),
            P(None, "robert.imani@initech.com"),
        ],
        "description": (
            "Decision time on the two finalists for Senior Product Designer (Mira D. and Tobi A.). Katherine is the hiring "
            "manager; Bob and Alex were on both panels. Please re-read the interview packets before we meet."
            + MEET
        ),
        "location": "Initech HQ - Room 3A Juniper",
        "expect": None,
    },
    {
        "id": "u-google-non-mock-interview-with-a-friend",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Mock interview w/ Bill (practice for the Stripe loop)",
        "start": "2032-05-08T19:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P(None, "alex.morgan@gmail.com"),
        "attendees": [ME, P(None, "bill.okeke@gmail.com")],
        "description": (
            "Bill (William Okeke, EM at Fernway) offered to play hiring manager and grill me on system design + "
            "behavioural. He'll send feedback after. Not a real interview!"
        ),
        "location": "FaceTime",
        "expect": None,
    },
    {
        "id": "u-google-non-customer-discovery-interview",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Customer interview - Katherine (Verdant Farms) x Initech",
        "start": "2032-05-12T11:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P(None, "alex.morgan@initech.com"),
        "attendees": [
            ME_WORK,
            P(None, "kate.lindqvist@verdantfarms.com"),
            P(None, "priya.shah@initech.com"),
        ],
        "description": (
            "Discovery interview with Katherine Lindqvist, Operations Director at Verdant Farms, about how her team "
            "schedules harvest crews. Priya (PM) takes notes; I'll run the interview guide. Recording with consent."
            + MEET
        ),
        "location": "Google Meet",
        "expect": None,
    },
    {
        "id": "u-google-non-first-day-welcome-call-with-new-manager",
        "format": "google",
        "style": "bamboohr",
        "difficulty": "hard",
        "title": "Welcome to Fernhill! First-day call with Robert (your manager)",
        "start": "2032-06-01T09:00",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "robert.kaufusi@fernhillgardens.com"),
        "attendees": [ME, P(None, "robert.kaufusi@fernhillgardens.com")],
        "description": (
            "Hi Alex,\n\nCongratulations again on accepting the offer - we're thrilled you're joining! Bob Kaufusi, your "
            "manager, will walk you through your first week, your onboarding buddy and the tools you'll get access to.\n\n"
            "No interviews, no prep: just say hello.\n\nThe Fernhill People Team (sent from BambooHR)"
            + MEET
        ),
        "location": "Google Meet",
        "expect": None,
    },
    {
        "id": "u-google-non-shadow-session-bill-shadows-alex",
        "format": "google",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Shadow: Bill Tran shadows Alex Morgan - Backend interview (candidate: R. Haddad)",
        "start": "2032-05-19T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Interview Scheduling", "interviews@initech.com"),
        "attendees": [ME_WORK, P(None, "william.tran@initech.com")],
        "description": (
            "Interviewer training - shadow 2 of 3.\n\nLead interviewer: Alex Morgan\nShadow: William (Bill) Tran\n"
            "Candidate: Rami Haddad, Backend Engineer II\n\nShadows observe only; please don't ask questions during the "
            "interview. Debrief with the lead for 10 minutes afterwards.\n\nScheduled with GoodTime"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": None,
    },
    # --- Graph JSON: interviews ---------------------------------------------------------------
    {
        "id": "u-graph-teams-comma-display-names-chidi-is-chidinma",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Virtual Interview - Finance Business Partner",
        "start": "2032-06-07T10:00",
        "minutes": 60,
        "tz": "Africa/Lagos",
        "organizer": P("Nwosu, Adaeze", "adaeze.nwosu@ikoyimutual.com.ng"),
        "attendees": [
            ME,
            P("Okonkwo, Chidi", "chidi.okonkwo@ikoyimutual.com.ng"),
            P("Balogun-Ajayi, Tunde", "t.balogunajayi@ikoyimutual.com.ng"),
        ],
        "description": (
            "Dear Alex,\n\nYou are invited to a virtual interview for the role of Finance Business Partner at Ikoyi Mutual "
            "Assurance.\n\nPanel:\n• Mrs. Chidinma Okonkwo - Director of Finance (Hiring Manager)\n"
            "• Mr. Tunde Balogun-Ajayi - Head, Financial Planning & Analysis\n\nKindly join 5 minutes early.\n\n"
            "Regards,\nAdaeze Nwosu\nHuman Resources Officer\nIkoyi Mutual Assurance Plc" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Chidinma Okonkwo",
                    "chidi.okonkwo@ikoyimutual.com.ng",
                    "Director of Finance",
                    "decision_maker",
                    True,
                ),
                (
                    "Tunde Balogun-Ajayi",
                    "t.balogunajayi@ikoyimutual.com.ng",
                    "Head, Financial Planning & Analysis",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Adaeze Nwosu", "adaeze.nwosu@ikoyimutual.com.ng"),
            "company": "Ikoyi Mutual Assurance",
            "position": "Finance Business Partner",
        },
    },
    {
        "id": "u-graph-austrian-academic-titles-stripped",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Einladung: Vorstellungsgespräch Aktuar (m/w/d) - Donauland Versicherung",
        "start": "2032-06-08T14:00",
        "minutes": 60,
        "tz": "Europe/Vienna",
        "organizer": P("Hofer Bettina", "bettina.hofer@donauland.at"),
        "attendees": [
            ME,
            P(None, "konrad.muellerluedenscheidt@donauland.at"),
            P(None, "elif.yildiz@donauland.at"),
        ],
        "description": (
            "Sehr geehrte/r Alex Morgan,\n\nwir freuen uns, Sie zu einem Gespräch für die Position Aktuar (m/w/d) "
            "einzuladen.\n\nIhre Gesprächspartner:\n"
            "Mag. Konrad Müller-Lüdenscheidt (Abteilungsleiter Schaden, Ihr künftiger Vorgesetzter)\n"
            "DI Elif Yıldız (Senior Aktuarin)\n\n"
            "Mit freundlichen Grüßen\nBettina Hofer\nRecruiting | Donauland Versicherung AG\nbettina.hofer@donauland.at"
            + TEAMS
        ),
        "location": "Microsoft Teams-Besprechung",
        "expect": {
            "interviewers": [
                (
                    "Konrad Müller-Lüdenscheidt",
                    "konrad.muellerluedenscheidt@donauland.at",
                    "Abteilungsleiter Schaden",
                    "decision_maker",
                    True,
                ),
                ("Elif Yıldız", "elif.yildiz@donauland.at", "Senior Aktuarin", "peer"),
            ],
            "recruiter": ("Bettina Hofer", "bettina.hofer@donauland.at"),
            "company": "Donauland Versicherung",
            "position": "Aktuar",
        },
    },
    {
        "id": "u-graph-workday-surname-comma-hiring-manager-label",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview Scheduled: R-77120 Supply Chain Analyst II",
        "start": "2032-06-09T09:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Pinecrest Foods Recruiting", "pinecrestfoods@myworkday.com"),
        "attendees": [
            ME,
            P(None, "k.nakamura@pinecrestfoods.com"),
            P(None, "boneill@pinecrestfoods.com"),
        ],
        "description": (
            "Interview Details\nCandidate: Morgan, Alex\nJob Requisition: R-77120 Supply Chain Analyst II\n"
            "Interviewers: Nakamura, Kenji (Senior Supply Chain Analyst); O'Neill, Bridget (Supply Chain Manager)\n"
            "Hiring Manager: O'Neill, Bridget\nRecruiter: Thompson, Marcus (marcus.thompson@pinecrestfoods.com)\n"
            "Format: Video (Microsoft Teams)" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Kenji Nakamura",
                    "k.nakamura@pinecrestfoods.com",
                    "Senior Supply Chain Analyst",
                    "peer",
                ),
                (
                    "Bridget O'Neill",
                    "boneill@pinecrestfoods.com",
                    "Supply Chain Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Marcus Thompson", "marcus.thompson@pinecrestfoods.com"),
            "company": "Pinecrest Foods",
            "position": "Supply Chain Analyst II",
        },
    },
    {
        "id": "u-graph-icims-toni-on-an-antonia-address-credentials",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview Scheduled - Registered Nurse - Cardiac ICU",
        "start": "2032-06-10T15:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Lakeshore Careers", "careers@lakeshorermc.org"),
        "attendees": [
            ME,
            P(None, "gsantangelo@lakeshorermc.org"),
            P(None, "awhitfieldruiz@lakeshorermc.org"),
        ],
        "description": (
            "Interview Scheduled\n"
            "Position: Registered Nurse - Cardiac ICU (Req 51190) - Nights - Full Time\n"
            "Interviewers: Grace Santangelo, MSN, RN - Nurse Manager, Cardiac ICU (hiring manager); "
            "Toni Whitfield-Ruiz, BSN, RN - Charge Nurse\n"
            "Location: Lakeshore Regional Medical Center, Tower B, 6th floor conference room\n\n"
            "Questions: Dwayne Petit, Nurse Recruiter, dpetit@lakeshorermc.org, 312-555-0176"
        ),
        "location": "Lakeshore Regional Medical Center, Tower B, 6th floor",
        "expect": {
            "interviewers": [
                (
                    "Grace Santangelo",
                    "gsantangelo@lakeshorermc.org",
                    "Nurse Manager, Cardiac ICU",
                    "decision_maker",
                    True,
                ),
                ("Toni Whitfield-Ruiz", "awhitfieldruiz@lakeshorermc.org", "Charge Nurse", "peer"),
            ],
            "recruiter": ("Dwayne Petit", "dpetit@lakeshorermc.org"),
            "company": "Lakeshore Regional Medical Center",
            "position": "Registered Nurse - Cardiac ICU",
        },
    },
    {
        "id": "u-graph-quebec-french-gestionnaire-d-embauche",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevue - Analyste d'affaires principal(e) - Transports Valmont",
        "start": "2032-06-11T10:00",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Émilie Gagnon", "egagnon@transportsvalmont.ca"),
        "attendees": [
            ME,
            P(None, "gcotetremblay@transportsvalmont.ca"),
            P(None, "mbouchard@transportsvalmont.ca"),
        ],
        "description": (
            "Bonjour Alex,\n\nVoici la confirmation de votre entrevue pour le poste d'analyste d'affaires principal(e).\n\n"
            "Vous rencontrerez Geneviève Côté-Tremblay, directrice des TI et gestionnaire d'embauche, ainsi que Mathieu "
            "Bouchard, analyste principal.\n\nAu plaisir,\nÉmilie Gagnon\nConseillère en acquisition de talents\n"
            "Transports Valmont inc." + TEAMS
        ),
        "location": "Réunion Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Geneviève Côté-Tremblay",
                    "gcotetremblay@transportsvalmont.ca",
                    "Directrice des TI",
                    "decision_maker",
                    True,
                ),
                (
                    "Mathieu Bouchard",
                    "mbouchard@transportsvalmont.ca",
                    "Analyste Principal",
                    "peer",
                ),
            ],
            "recruiter": ("Émilie Gagnon", "egagnon@transportsvalmont.ca"),
            "company": "Transports Valmont",
            "position": "Analyste d'affaires principal(e)",
        },
    },
    {
        "id": "u-graph-greenhouse-html-table-initial-and-surname",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Saffronline - Interview - Senior Software Engineer, Billing",
        "start": "2032-06-14T10:00",
        "minutes": 90,
        "tz": "Asia/Kolkata",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [
            ME,
            P(None, "aditi.chatterjee@saffronline.in"),
            P(None, "rvenkat@saffronline.in"),
        ],
        "description": (
            "<html><body><p>Hi Alex,</p><p>Here is your schedule for the Senior Software Engineer, Billing interview "
            "(IST):</p><table><tr><th>Time</th><th>Interviewer</th><th>Title</th><th>Focus</th></tr>"
            "<tr><td>10:00 - 10:45</td><td>A. Chatterjee</td><td>Staff Engineer</td><td>Coding</td></tr>"
            "<tr><td>10:45 - 11:30</td><td>R. Venkataraman</td><td>Engineering Manager, Billing (hiring manager)</td>"
            "<td>Team &amp; role</td></tr></table><p>Aditi will start with a short coding exercise; Raghav will close "
            "with questions about the team.</p><p>Meera Iyer | Recruiter | meera.iyer@saffronline.in</p>"
            '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_saff">Join the meeting</a></p>'
            "</body></html>"
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                ("Aditi Chatterjee", "aditi.chatterjee@saffronline.in", "Staff Engineer", "peer"),
                (
                    "Raghav Venkataraman",
                    "rvenkat@saffronline.in",
                    "Engineering Manager, Billing",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Meera Iyer", "meera.iyer@saffronline.in"),
            "company": "Saffronline",
            "position": "Senior Software Engineer, Billing",
        },
    },
    {
        "id": "u-graph-human-moish-is-moshe-vp-joins-late",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Shomera - technical interview (Senior Detection Engineer)",
        "start": "2032-06-15T16:00",
        "minutes": 75,
        "tz": "Asia/Jerusalem",
        "organizer": P(None, "yaelb@shomera.io"),
        "attendees": [ME, P(None, "moish@shomera.io"), P(None, "yaelb@shomera.io")],
        "description": (
            "Hi Alex,\n\nThanks for the great first call. Next step is a technical session with Moshe Abergel (everyone "
            "calls him Moish), our detection team lead; you'd be reporting to him. I'll join for the last 15 minutes to "
            "answer questions about the company.\n\nYael Ben-David\nVP R&D, Shomera" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Moshe Abergel",
                    "moish@shomera.io",
                    "Detection Team Lead",
                    "decision_maker",
                    True,
                ),
                ("Yael Ben-David", "yaelb@shomera.io", "VP R&D", "executive"),
            ],
            "recruiter": None,
            "company": "Shomera",
            "position": "Senior Detection Engineer",
        },
    },
    {
        "id": "u-graph-ashby-recruiter-optional-will-not-join-gus",
        "format": "graph",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Final Round - Senior Product Manager, Measurement - Marlowe Signal",
        "start": "2032-06-16T13:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Interview Scheduling", "interviews@marlowesignal.com"),
        "attendees": [
            ME,
            P(None, "tpham@marlowesignal.com"),
            P(None, "gus.lindqvist@marlowesignal.com"),
            P("Maeve Gallagher", "maeve.gallagher@marlowesignal.com", optional=True),
        ],
        "description": (
            "Hi Alex,\n\nYour final round for Senior Product Manager, Measurement is booked.\n\n"
            "1:00-1:45 PM  Thuy Pham, Group Product Manager (your hiring manager)\n"
            '1:45-2:30 PM  Augustin "Gus" Lindqvist, Principal Data Scientist\n\n'
            "Your recruiter Maeve Gallagher is cc'd (optional on this invite) and will not join the interviews. The "
            "coordinating team (interviews@marlowesignal.com) can help with any changes.\n\n"
            "Marlowe Signal Recruiting · Scheduled with Ashby" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Thuy Pham",
                    "tpham@marlowesignal.com",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Augustin Lindqvist",
                    "gus.lindqvist@marlowesignal.com",
                    "Principal Data Scientist",
                    "peer",
                ),
            ],
            "recruiter": ("Maeve Gallagher", "maeve.gallagher@marlowesignal.com"),
            "company": "Marlowe Signal",
            "position": "Senior Product Manager, Measurement",
        },
    },
    {
        "id": "u-graph-human-korean-names-native-order-recruiter-sits-in",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Hanbit Mobility 2nd interview - Senior Backend Engineer, Payments",
        "start": "2032-06-17T10:00",
        "minutes": 60,
        "tz": "Asia/Seoul",
        "organizer": P(None, "seoyeon.kim@hanbitmobility.kr"),
        "attendees": [
            ME,
            P(None, "jihoon.park@hanbitmobility.kr"),
            P(None, "seoyeon.kim@hanbitmobility.kr"),
        ],
        "description": (
            "Hi Alex,\n\nThis is Kim Seo-yeon from the People team at Hanbit Mobility. Your second interview for the Senior "
            "Backend Engineer, Payments role will be with Park Ji-hoon (박지훈), Engineering Manager, Payments - he would be "
            "your manager - and me, to talk about culture and relocating to Seoul.\n\n감사합니다,\n"
            "Kim Seo-yeon (김서연)\nTalent Acquisition Manager, Hanbit Mobility" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Park Ji-hoon",
                    "jihoon.park@hanbitmobility.kr",
                    "Engineering Manager, Payments",
                    "decision_maker",
                    True,
                ),
                (
                    "Kim Seo-yeon",
                    "seoyeon.kim@hanbitmobility.kr",
                    "Talent Acquisition Manager",
                    "recruiter",
                ),
            ],
            "recruiter": ("Kim Seo-yeon", "seoyeon.kim@hanbitmobility.kr"),
            "company": "Hanbit Mobility",
            "position": "Senior Backend Engineer, Payments",
        },
    },
    {
        "id": "u-graph-smartrecruiters-greek-two-scripts-kostas-address",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Interview invitation - Logistics Operations Supervisor - Aegean Freightways",
        "start": "2032-06-18T11:00",
        "minutes": 60,
        "tz": "Europe/Athens",
        "organizer": P("Aegean Freightways Careers", "noreply@smartrecruiters.com"),
        "attendees": [
            ME,
            P(None, "kostas.p@aegeanfreightways.gr"),
            P(None, "e.georgiou@aegeanfreightways.gr"),
        ],
        "description": (
            "Dear Alex,\n\nWe are pleased to invite you to an interview for the position of Logistics Operations Supervisor "
            "at our Piraeus office.\n\nYou will meet:\n"
            "Konstantinos Papadopoulos (Κωνσταντίνος Παπαδόπουλος) - Head of Logistics, hiring manager\n"
            "Eleni Georgiou (Ελένη Γεωργίου) - Operations Planner\n\n"
            "Best regards,\nAthina Marinou\nHR Specialist, Aegean Freightways S.A.\nathina.marinou@aegeanfreightways.gr"
        ),
        "location": "Aegean Freightways, Akti Miaouli 47, Piraeus",
        "expect": {
            "interviewers": [
                (
                    "Konstantinos Papadopoulos",
                    "kostas.p@aegeanfreightways.gr",
                    "Head of Logistics",
                    "decision_maker",
                    True,
                ),
                ("Eleni Georgiou", "e.georgiou@aegeanfreightways.gr", "Operations Planner", "peer"),
            ],
            "recruiter": ("Athina Marinou", "athina.marinou@aegeanfreightways.gr"),
            "company": "Aegean Freightways",
            "position": "Logistics Operations Supervisor",
        },
    },
    {
        "id": "u-graph-human-uk-bill-line-manager-lowercase-titles",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview - Senior Project Manager - Harrowgate Construction",
        "start": "2032-06-18T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Declan Shaw", "declan.shaw@harrowgatebuild.com"),
        "attendees": [
            ME,
            P(None, "wkowalski@harrowgatebuild.com"),
            P(None, "mtorres@harrowgatebuild.com"),
        ],
        "description": (
            "Alex,\n\nGood talking earlier. Bill Kowalski, our operations director, wants to meet you Friday at the Leeds "
            "site office along with Marisol Torres, one of our senior project managers. Bill would be your line manager.\n\n"
            "Cheers,\nDeclan\n\nDeclan Shaw\nRecruitment Consultant | Harrowgate Construction\n07700 900 412"
        ),
        "location": "Harrowgate Construction site office, Kirkstall Road, Leeds",
        "expect": {
            "interviewers": [
                (
                    "Bill Kowalski",
                    "wkowalski@harrowgatebuild.com",
                    "Operations Director",
                    "decision_maker",
                    True,
                ),
                ("Marisol Torres", "mtorres@harrowgatebuild.com", "Senior Project Manager", "peer"),
            ],
            "recruiter": ("Declan Shaw", "declan.shaw@harrowgatebuild.com"),
            "company": "Harrowgate Construction",
            "position": "Senior Project Manager",
        },
    },
    {
        "id": "u-graph-lever-spanish-double-surnames-comma-jefatura-directa",
        "format": "graph",
        "style": "lever",
        "difficulty": "hard",
        "title": "Entrevista: Jefe/a de Exportaciones - Viña Aguas Claras",
        "start": "2032-06-21T11:00",
        "minutes": 60,
        "tz": "America/Santiago",
        "organizer": P("Javiera Soto", "jsoto@aguasclaras.cl"),
        "attendees": [
            ME,
            P(None, "algarcia@aguasclaras.cl"),
            P(None, "iperezcotapos@aguasclaras.cl"),
        ],
        "description": (
            "Estimado/a Alex:\n\nLe confirmamos su entrevista para el cargo de Jefe/a de Exportaciones.\n\nEntrevistadores:\n"
            "• García Márquez, Ana Lucía - Gerente Comercial (jefatura directa del cargo)\n"
            "• Pérez-Cotapos, Ignacio - Analista de Comercio Exterior\n\n"
            "Saludos cordiales,\nJaviera Soto\nSelección de Personas - Viña Aguas Claras" + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Ana Lucía García Márquez",
                    "algarcia@aguasclaras.cl",
                    "Gerente Comercial",
                    "decision_maker",
                    True,
                ),
                (
                    "Ignacio Pérez-Cotapos",
                    "iperezcotapos@aguasclaras.cl",
                    "Analista de Comercio Exterior",
                    "peer",
                ),
            ],
            "recruiter": ("Javiera Soto", "jsoto@aguasclaras.cl"),
            "company": "Viña Aguas Claras",
            "position": "Jefe/a de Exportaciones",
        },
    },
    {
        "id": "u-graph-bamboohr-owner-says-reports-to-me-roz",
        "format": "graph",
        "style": "bamboohr",
        "difficulty": "hard",
        "title": "Interview - Practice Manager - Fernhill Veterinary Clinic",
        "start": "2032-06-22T12:30",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "roz@fernhillvet.com"),
        "attendees": [ME, P(None, "roz@fernhillvet.com"), P(None, "wendell@fernhillvet.com")],
        "description": (
            "Hi Alex,\n\nThanks for applying for our Practice Manager opening. You'll meet with Dr. Roz Achebe, owner and "
            "medical director (that's me - the role reports directly to me), and Wendell Haugen, our lead veterinary "
            "technician.\n\nSee you at the clinic,\nRoz\n\nRosalind Achebe, DVM\nOwner & Medical Director, Fernhill "
            "Veterinary Clinic\n\nSent via BambooHR"
        ),
        "location": "Fernhill Veterinary Clinic, 2210 SE Division St, Portland",
        "expect": {
            "interviewers": [
                (
                    "Rosalind Achebe",
                    "roz@fernhillvet.com",
                    "Owner & Medical Director",
                    "decision_maker",
                    True,
                ),
                ("Wendell Haugen", "wendell@fernhillvet.com", "Lead Veterinary Technician", "peer"),
            ],
            "recruiter": None,
            "company": "Fernhill Veterinary Clinic",
            "position": "Practice Manager",
        },
    },
    {
        "id": "u-graph-goodtime-out-sick-still-on-invite",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "UPDATED: Interview - Senior Data Engineer - Oakridge Climate",
        "start": "2032-06-23T13:15",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Oakridge Climate Recruiting", "recruiting@oakridgeclimate.com"),
        "attendees": [
            ME,
            P(None, "r.castillo@oakridgeclimate.com"),
            P(None, "tobias.lindgren@oakridgeclimate.com"),
            P(None, "kwame.mensah@oakridgeclimate.com"),
        ],
        "description": (
            "UPDATED: Interviewer change\n\nHi Alex, one change to tomorrow's schedule: Tobias Lindgren is out sick, so "
            "Kwame Mensah will run the 2:00 PM pipeline design session instead. Tobias may still appear on the invite "
            "until our system syncs - please disregard.\n\nUpdated schedule\n"
            "1:15 - 2:00 PM  Rosa Castillo - Data Engineering Manager (hiring manager)\n"
            "2:00 - 2:45 PM  Kwame Mensah - Senior Data Engineer\n\n"
            "Your recruiter: Priyanka Sethi\nOakridge Climate Recruiting Coordination\n\nScheduled with GoodTime"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Rosa Castillo",
                    "r.castillo@oakridgeclimate.com",
                    "Data Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Kwame Mensah",
                    "kwame.mensah@oakridgeclimate.com",
                    "Senior Data Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Priyanka Sethi", None),
            "company": "Oakridge Climate",
            "position": "Senior Data Engineer",
        },
    },
    {
        "id": "u-graph-human-turkish-ise-alim-yoneticisi",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Mülakat: Kıdemli E-ticaret Uzmanı - Lale Moda",
        "start": "2032-06-24T14:00",
        "minutes": 60,
        "tz": "Europe/Istanbul",
        "organizer": P("Deniz Yılmaz", "deniz.yilmaz@lalemoda.com.tr"),
        "attendees": [
            ME,
            P(None, "sebnem.aydogan@lalemoda.com.tr"),
            P(None, "baris.ozturk@lalemoda.com.tr"),
        ],
        "description": (
            "Merhaba Alex,\n\nKıdemli E-ticaret Uzmanı pozisyonu için mülakatınızı teyit ederiz.\n\nGörüşmeciler:\n"
            "- Şebnem Çelik Aydoğan - E-ticaret Müdürü (işe alım yöneticisi)\n"
            "- Barış Öztürk - Kategori Uzmanı\n\n"
            "Saygılarımızla,\nDeniz Yılmaz\nİnsan Kaynakları Uzmanı, Lale Moda\ndeniz.yilmaz@lalemoda.com.tr"
            + TEAMS
        ),
        "location": "Microsoft Teams",
        "expect": {
            "interviewers": [
                (
                    "Şebnem Çelik Aydoğan",
                    "sebnem.aydogan@lalemoda.com.tr",
                    "E-ticaret Müdürü",
                    "decision_maker",
                    True,
                ),
                ("Barış Öztürk", "baris.ozturk@lalemoda.com.tr", "Kategori Uzmanı", "peer"),
            ],
            "recruiter": ("Deniz Yılmaz", "deniz.yilmaz@lalemoda.com.tr"),
            "company": "Lale Moda",
            "position": "Kıdemli E-ticaret Uzmanı",
        },
    },
    # --- Graph JSON: non-interviews -----------------------------------------------------------
    {
        "id": "u-graph-non-exit-interview-internal-hr",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Exit interview - Alex Morgan",
        "start": "2032-06-25T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Haddad, Leila", "leila.haddad@initech.com"),
        "attendees": [ME_WORK, P("Haddad, Leila", "leila.haddad@initech.com")],
        "description": (
            "Hi Alex,\n\nAs part of your offboarding, I'd like to hold a short exit interview. Your manager, Kate O'Neal, "
            "will not attend; answers are confidential and only shared in aggregate.\n\n"
            "Leila Haddad\nHR Business Partner, Initech" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": None,
    },
    {
        "id": "u-graph-non-inclusive-interviewing-workshop-names",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Workshop: Inclusive interviewing for hiring managers",
        "start": "2032-06-15T13:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Talent Acquisition - Initech", "ta-programs@initech.com"),
        "attendees": [
            ME_WORK,
            P(None, "robert.imani@initech.com"),
            P(None, "katherine.ng@initech.com"),
        ],
        "description": (
            "Facilitated by Dr. Margaret (Peggy) Oyelaran, Director of Talent Acquisition.\n\n"
            "Agenda: structured questions, scorecards, reducing bias in debriefs, and writing candidate feedback. Guest: "
            "Robert Imani (Engineering Manager) on running a panel as hiring manager." + TEAMS
        ),
        "location": "Initech HQ - Training Room 2 / Teams",
        "expect": None,
    },
    {
        "id": "u-graph-non-vendor-demo-interview-scheduling-tool",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "GoodTime demo: automating interview scheduling for Initech",
        "start": "2032-06-16T11:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Bobby Castellano", "bobby.castellano@goodtime.io"),
        "attendees": [ME_WORK, P("Bobby Castellano", "bobby.castellano@goodtime.io")],
        "description": (
            "Hi Alex,\n\nThanks for your interest! I'll show how GoodTime builds interview loops, balances interviewer load "
            "and syncs panels with Greenhouse. Our solutions engineer Katya Morozova may join for the technical Q&A.\n\n"
            'Robert "Bobby" Castellano\nAccount Executive, GoodTime' + ZOOM
        ),
        "location": "Zoom",
        "expect": None,
    },
    {
        "id": "u-graph-non-campus-career-fair-booth-shift",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Career fair booth shift - on-the-spot interviews (Initech)",
        "start": "2032-06-29T10:00",
        "minutes": 180,
        "tz": "America/New_York",
        "organizer": P("Campus Recruiting", "campus@initech.com"),
        "attendees": [ME_WORK, P(None, "bill.grant@initech.com")],
        "description": (
            "Thanks for volunteering! You and Bill Grant will staff the Initech booth at the Rutgers engineering fair and "
            "run 10-minute screening interviews with students. Recruiter on site: Nisha Kapoor (campus@initech.com)."
        ),
        "location": "Rutgers Busch Student Center, Multipurpose Room",
        "expect": None,
    },
    {
        "id": "u-graph-non-panel-feedback-request-for-candidate",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Feedback due: Hiring Manager interview - Candidate Morales, Beatriz",
        "start": "2032-06-22T17:00",
        "minutes": 15,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting", "initech@myworkday.com"),
        "attendees": [ME_WORK],
        "description": (
            "Interview Feedback Reminder\nCandidate: Morales, Beatriz\nJob Requisition: R-1190 Senior Engineer\n"
            "Interviewer: Morgan, Alex\nHiring Manager: O'Neal, Kate\n\n"
            "Please submit your interview feedback in Workday by end of day."
        ),
        "expect": None,
    },
]
