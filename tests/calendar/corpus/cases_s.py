# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 's', written by someone who does not tune the parser ("iws"), labelled before any
run of the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no
separate build file or rendered folder; the tuner adds this file to build.py). 60 invites: 45
interviews and 15 non-interviews that mention interviewing, across .ics, Google JSON and Graph
JSON (20 each). The writer never read, imported or ran the extraction code, the bench or the
corpus tests.

The angle is people written in prose and in awkward forms: "confirming your time with X (Title)
and Y", "you'll meet X, our head of ..., then Y from the platform team"; names surname-first
("TANAKA Hiro", "Restrepo Gómez, María", Outlook "Surname, Given"), surnames in capitals,
initials in the description against full names on the attendees, nicknames and initials as
addresses (kate@ for Katherine, jrk@ for Jun-ro Kwon), people named only in prose whose addresses
are bare attendees, accents present in one place and missing in another; the hiring-manager mark
in brackets and in other languages ("(HM)", "(Hiring Manager)", "(responsable du recrutement)",
"(Einstellende Führungskraft)", "(manager di riferimento)", "rekryterande chef", "toekomstige
leidinggevende", "przyszła przełożona", "gestor da vaga"); interviews in other languages (Dutch
"sollicitatiegesprek" / "tweede gesprek", Polish "rozmowa kwalifikacyjna", Italian "colloquio",
Portuguese "entrevista", Swedish "intervju", German "Kennenlernen", French "entretien") against
non-interviews in the same languages (interviewer training, debriefs, a podcast, an exit
interview, a mortgage adviser's second meeting, a parent-teacher talk, a press interview, an
annual review, a new colleague's get-to-know, a mock interview with a coach).

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions: a person called the hiring manager or the candidate's future manager (in any
language) is a decision_maker with the hiring-manager mark; people-manager titles (engineering
manager, head of, director, team lead, "Teamleiter", "Kierownik", "manager Klantcontact") are
decision_makers; CEO/founder/CTO/VP/chief are executives unless called the hiring manager; a
recruiter who runs or joins the call is an interviewer (role recruiter) and the recruiter; a
team-mailbox recruiter is (None, address); a person who signs a team mailbox's message is the
recruiter with the mailbox's address; a sourcer or coordinator who books and does not join is
the recruiter when no recruiter is named; legal forms and requisition ids are left out; a person
with no title is "unknown" with no title; a title that is only the hiring-manager mark is no
title; whatever the invite does not say is None/unknown; the candidate, rooms and resources are
never people.

Name conventions of this part: a name is labelled in given-name-first order with the capitals a
person would write in a greeting ("TANAKA Hiro" -> "Hiro Tanaka", "Restrepo Gómez, María" ->
"María Restrepo Gómez", "Bérénice LAFFONT" -> "Bérénice Laffont"); the fullest spelling the
invite gives wins (accents kept, "Katherine" from the prose over an address "kate@", a full
attendee name over "A. Delacroix-Mbeki" in the description); nicknames in quotes and honorifics
("Dr.", "Herr", "Sig.ra") are left out. Titles are labelled as written, with a title written in
lower-case prose given capitals ("our head of infrastructure" -> "Head of Infrastructure");
titles in other languages are kept in that language. Positions leave out requisition ids and
"(m/w/d)"; positions in other languages are kept as written. "difficulty" is the writer's guess.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ----------------------------------------------------------------------
    {
        "id": "s-greenhouse-ics-confirming-time-with-title-and-bare-name",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Confirmation: Alex Morgan for Data Platform Engineer - Vellum Freight",
        "start": "2031-03-04T10:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "no-reply@us.greenhouse-mail.io"),
        "attendees": [
            ME,
            P(None, "oluwaseun.adeyemi@vellumfreight.com"),
            P(None, "priya.r@vellumfreight.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for making the time. I'm confirming your time with Oluwaseun Adeyemi (Engineering Manager, Data Platform) "
            "and Priya Raghunathan on Tuesday, March 4 from 10:00 to 11:30 Pacific. Oluwaseun will start with your background and the "
            "team's roadmap; Priya takes the second half for a pipeline design exercise.\n\n"
            "If anything changes, reply to this email or reach me directly.\n\n"
            "Delphine Marchetti\nTechnical Recruiter, Vellum Freight\ndelphine.marchetti@vellumfreight.com"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Oluwaseun Adeyemi",
                    "oluwaseun.adeyemi@vellumfreight.com",
                    "Engineering Manager, Data Platform",
                    "decision_maker",
                    False,
                ),
                ("Priya Raghunathan", "priya.r@vellumfreight.com", None, "unknown", False),
            ],
            "recruiter": ("Delphine Marchetti", "delphine.marchetti@vellumfreight.com"),
            "company": "Vellum Freight",
            "position": "Data Platform Engineer",
        },
    },
    {
        "id": "s-lever-ics-our-head-of-then-from-the-platform-team",
        "format": "ics",
        "style": "lever",
        "difficulty": "medium",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Onsite: Alex Morgan <> Corvid Cloud (Site Reliability Engineer)",
        "start": "2031-03-05T13:00",
        "minutes": 105,
        "tz": "America/Vancouver",
        "organizer": P("Corvid Cloud Recruiting", "recruiting@corvidcloud.dev"),
        "attendees": [
            ME,
            P("Ilse Vandenberghe", "ilse@corvidcloud.dev"),
            P("Tomasz Wierzbicki", "t.wierzbicki@corvidcloud.dev"),
            P("VAN-3 Fraser (6)", "van3-fraser@resource.corvidcloud.dev", room=True),
        ],
        "description": (
            "Hi Alex,\n\nWe're looking forward to hosting you at the Corvid Cloud office. You'll meet Ilse Vandenberghe, our head of "
            "infrastructure, for 45 minutes, then Tomasz Wierzbicki from the platform team, a senior SRE who will walk you through an "
            "incident review exercise.\n\nPlease check in at the front desk on the 3rd floor ten minutes early.\n\n"
            "The Corvid Cloud Recruiting team"
        ),
        "location": "Corvid Cloud, 1122 W Pender St, Vancouver - Fraser room",
        "expect": {
            "interviewers": [
                (
                    "Ilse Vandenberghe",
                    "ilse@corvidcloud.dev",
                    "Head of Infrastructure",
                    "decision_maker",
                    False,
                ),
                ("Tomasz Wierzbicki", "t.wierzbicki@corvidcloud.dev", "Senior SRE", "peer", False),
            ],
            "recruiter": (None, "recruiting@corvidcloud.dev"),
            "company": "Corvid Cloud",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "s-ashby-ics-surname-first-caps-and-comma-names",
        "format": "ics",
        "style": "ashby",
        "difficulty": "hard",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Alex Morgan - Final Round - Machine Learning Engineer - Kestrel Mobility",
        "start": "2031-03-06T13:00",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Ashby Scheduling", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("TANAKA Hiro", "hiro.tanaka@kestrelmobility.com"),
            P("Restrepo Gómez, María", "maria.restrepo@kestrelmobility.com"),
            P("Aurelio Benedetti", "aurelio@kestrelmobility.com"),
        ],
        "description": (
            "Your final round with Kestrel Mobility\n\nSchedule (Pacific Time)\n"
            "1:00 PM - 1:45 PM   TANAKA Hiro - Staff Perception Engineer\n"
            "1:45 PM - 2:30 PM   Restrepo Gómez, María - Hiring Manager\n"
            "2:30 PM - 3:00 PM   Aurelio Benedetti - Recruiter (wrap-up and next steps)\n\n"
            "Questions? Reply to aurelio@kestrelmobility.com." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Hiro Tanaka",
                    "hiro.tanaka@kestrelmobility.com",
                    "Staff Perception Engineer",
                    "peer",
                    False,
                ),
                (
                    "María Restrepo Gómez",
                    "maria.restrepo@kestrelmobility.com",
                    None,
                    "decision_maker",
                    True,
                ),
                (
                    "Aurelio Benedetti",
                    "aurelio@kestrelmobility.com",
                    "Recruiter",
                    "recruiter",
                    False,
                ),
            ],
            "recruiter": ("Aurelio Benedetti", "aurelio@kestrelmobility.com"),
            "company": "Kestrel Mobility",
            "position": "Machine Learning Engineer",
        },
    },
    {
        "id": "s-goodtime-ics-entretien-responsable-du-recrutement",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "hard",
        "prodid": "-//GoodTime.io//Interview Scheduling//EN",
        "title": "Entretien – Chef de projet data – Alex Morgan",
        "start": "2031-03-07T14:30",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Atelier Sorbier – Recrutement", "recrutement@ateliersorbier.fr"),
        "attendees": [
            ME,
            P("Bérénice LAFFONT", "b.laffont@ateliersorbier.fr"),
            P("Yanis Haddad", "yanis.haddad@ateliersorbier.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nVotre entretien pour le poste de Chef de projet data est confirmé.\n\nIntervenants :\n"
            "Bérénice LAFFONT <b.laffont@ateliersorbier.fr> - Directrice Produit (responsable du recrutement)\n"
            "Yanis Haddad <yanis.haddad@ateliersorbier.fr> - Data Engineer\n\n"
            "Votre contact : Clémence Aubry, Chargée de recrutement (clemence.aubry@ateliersorbier.fr)\n\n"
            "À bientôt,\nL'équipe Recrutement d'Atelier Sorbier" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Bérénice Laffont",
                    "b.laffont@ateliersorbier.fr",
                    "Directrice Produit",
                    "decision_maker",
                    True,
                ),
                ("Yanis Haddad", "yanis.haddad@ateliersorbier.fr", "Data Engineer", "peer", False),
            ],
            "recruiter": ("Clémence Aubry", "clemence.aubry@ateliersorbier.fr"),
            "company": "Atelier Sorbier",
            "position": "Chef de projet data",
        },
    },
    {
        "id": "s-workday-ics-kennenlernen-einstellende-fuehrungskraft",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday//Recruiting Calendar//EN",
        "title": "Kennenlernen: Senior Controller (m/w/d) – Alex Morgan",
        "start": "2031-03-10T10:00",
        "minutes": 75,
        "tz": "Europe/Berlin",
        "organizer": P("Brenninger Karriere", "karriere@brenninger-antriebe.de"),
        "attendees": [
            ME,
            P("Obermaier, Friederike", "friederike.obermaier@brenninger-antriebe.de"),
            P("Strobel, Jannik", "jannik.strobel@brenninger-antriebe.de"),
        ],
        "description": (
            "Guten Tag Alex Morgan,\n\nwir freuen uns auf das persönliche Kennenlernen im Rahmen Ihrer Bewerbung als Senior Controller (m/w/d).\n\n"
            "Gesprächspartner:\nDr. Friederike Obermaier (Einstellende Führungskraft)\nHerr Jannik Strobel, Teamleiter Konzernrechnungswesen\n\n"
            "Ort: Werk Landshut, Gebäude C, Empfang\n\nBei Rückfragen erreichen Sie mich unter +49 871 555 2210.\n\n"
            "Mit freundlichen Grüßen\nSevgi Aydın\nRecruiting\nBrenninger Antriebstechnik GmbH"
        ),
        "location": "Brenninger Antriebstechnik, Werk Landshut, Gebäude C",
        "expect": {
            "interviewers": [
                (
                    "Friederike Obermaier",
                    "friederike.obermaier@brenninger-antriebe.de",
                    None,
                    "decision_maker",
                    True,
                ),
                (
                    "Jannik Strobel",
                    "jannik.strobel@brenninger-antriebe.de",
                    "Teamleiter Konzernrechnungswesen",
                    "decision_maker",
                    False,
                ),
            ],
            "recruiter": ("Sevgi Aydın", "karriere@brenninger-antriebe.de"),
            "company": "Brenninger Antriebstechnik",
            "position": "Senior Controller",
        },
    },
    {
        "id": "s-icims-ics-colloquio-manager-di-riferimento",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Colloquio – Analista Controllo di Gestione – Alex Morgan",
        "start": "2031-03-13T10:30",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Martina Lodi", "martina.lodi@cantierivelaria.it"),
        "attendees": [
            ME,
            P("Martina Lodi", "martina.lodi@cantierivelaria.it"),
            P("Giulia Ferrandi", "g.ferrandi@cantierivelaria.it"),
            P("Sala Riunioni Maestrale", "sala.maestrale@cantierivelaria.it", room=True),
        ],
        "description": (
            "Gentile Alex,\n\nle confermo il colloquio per la posizione di Analista Controllo di Gestione (Rif. 2031-CG-17).\n\n"
            "Dettagli del colloquio\nData: giovedì 13 marzo, ore 10:30\nLuogo: Sede di La Spezia, Sala Maestrale\n"
            "Parteciperanno: Giulia Ferrandi (manager di riferimento) e la sottoscritta.\n\n"
            "Cordiali saluti,\nMartina Lodi\nTalent Acquisition Specialist\nCantieri Velaria S.p.A."
        ),
        "location": "Cantieri Velaria - Sala Maestrale",
        "expect": {
            "interviewers": [
                ("Giulia Ferrandi", "g.ferrandi@cantierivelaria.it", None, "decision_maker", True),
                (
                    "Martina Lodi",
                    "martina.lodi@cantierivelaria.it",
                    "Talent Acquisition Specialist",
                    "recruiter",
                    False,
                ),
            ],
            "recruiter": ("Martina Lodi", "martina.lodi@cantierivelaria.it"),
            "company": "Cantieri Velaria",
            "position": "Analista Controllo di Gestione",
        },
    },
    {
        "id": "s-human-ics-sollicitatiegesprek-toekomstige-leidinggevende",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Sollicitatiegesprek Product Owner – Alex Morgan",
        "start": "2031-03-11T15:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Femke Jansen", "femke.jansen@stroomlijn.nl"),
        "attendees": [
            ME,
            P("Sanne de Wit-Bakker", "s.dewitbakker@stroomlijn.nl"),
            P("Ruben Kooistra", "ruben.kooistra@stroomlijn.nl"),
        ],
        "description": (
            "Beste Alex,\n\nHierbij de uitnodiging voor het sollicitatiegesprek voor de functie Product Owner. Je spreekt met "
            "Sanne de Wit-Bakker (teamlead Payments, en straks je leidinggevende) en Ruben Kooistra (senior developer in het team). "
            "Ik ben er zelf niet bij, maar bel me gerust als er iets is.\n\n"
            "Met vriendelijke groet,\nFemke Jansen\nRecruiter | Stroomlijn Energie\n06-55512345"
        ),
        "location": "Stroomlijn Energie, Catharijnesingel 58, Utrecht",
        "expect": {
            "interviewers": [
                (
                    "Sanne de Wit-Bakker",
                    "s.dewitbakker@stroomlijn.nl",
                    "Teamlead Payments",
                    "decision_maker",
                    True,
                ),
                (
                    "Ruben Kooistra",
                    "ruben.kooistra@stroomlijn.nl",
                    "Senior Developer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Femke Jansen", "femke.jansen@stroomlijn.nl"),
            "company": "Stroomlijn Energie",
            "position": "Product Owner",
        },
    },
    {
        "id": "s-smartrecruiters-ics-rozmowa-kwalifikacyjna-caps-surname",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Rozmowa kwalifikacyjna – Specjalista ds. Planowania Transportu",
        "start": "2031-03-12T09:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Zuzanna Pawlak", "zuzanna.pawlak@transbalt.pl"),
        "attendees": [
            ME,
            P("WÓJCIK-NOWAK Katarzyna", "k.wojcik-nowak@transbalt.pl"),
            P("Zuzanna Pawlak", "zuzanna.pawlak@transbalt.pl"),
        ],
        "description": (
            "Dzień dobry,\n\nZapraszam na rozmowę kwalifikacyjną na stanowisko Specjalista ds. Planowania Transportu w Transbałt Logistyka.\n\n"
            "Zespół rekrutacyjny:\nKatarzyna WÓJCIK-NOWAK – Kierownik Działu Planowania (przyszła przełożona)\n"
            "Zuzanna Pawlak – Rekruterka\n\nRozmowa potrwa ok. 60 minut.\n\nPozdrawiam,\nZuzanna Pawlak"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Katarzyna Wójcik-Nowak",
                    "k.wojcik-nowak@transbalt.pl",
                    "Kierownik Działu Planowania",
                    "decision_maker",
                    True,
                ),
                ("Zuzanna Pawlak", "zuzanna.pawlak@transbalt.pl", "Rekruterka", "recruiter", False),
            ],
            "recruiter": ("Zuzanna Pawlak", "zuzanna.pawlak@transbalt.pl"),
            "company": "Transbałt Logistyka",
            "position": "Specjalista ds. Planowania Transportu",
        },
    },
    {
        "id": "s-calendly-ics-entrevista-inicial-recrutadora",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Entrevista inicial – Designer de Produto (Alex Morgan e Beatriz Albuquerque)",
        "start": "2031-03-14T11:00",
        "minutes": 30,
        "tz": "America/Sao_Paulo",
        "organizer": P("Beatriz Conceição Albuquerque", "beatriz.albuquerque@maredigital.com.br"),
        "attendees": [
            ME,
            P("Beatriz Conceição Albuquerque", "beatriz.albuquerque@maredigital.com.br"),
        ],
        "description": (
            "Evento: Entrevista inicial – Designer de Produto\nConvidado: Alex Morgan\n"
            "Anfitriã: Beatriz Conceição Albuquerque, Recrutadora na Maré Digital\n\n"
            "Conversa de 30 minutos sobre a sua trajetória e a vaga de Designer de Produto no time de Pagamentos.\n\n"
            "Local: Google Meet (link abaixo)\n\nPrecisa fazer alterações? Reagende ou cancele: https://calendly.com/cancellations/7c1f2a"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatriz Conceição Albuquerque",
                    "beatriz.albuquerque@maredigital.com.br",
                    "Recrutadora",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": (
                "Beatriz Conceição Albuquerque",
                "beatriz.albuquerque@maredigital.com.br",
            ),
            "company": "Maré Digital",
            "position": "Designer de Produto",
        },
    },
    {
        "id": "s-human-ics-intervju-rekryterande-chef-nickname",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 14.2//EN",
        "title": "Intervju: Backendutvecklare – Alex Morgan",
        "start": "2031-03-17T13:00",
        "minutes": 75,
        "tz": "Europe/Stockholm",
        "organizer": P("Lindqvist, Karin", "karin.lindqvist@fjallfors.se"),
        "attendees": [
            ME,
            P("Lindqvist, Karin", "karin.lindqvist@fjallfors.se"),
            P(None, "ebbe.holm@fjallfors.se"),
        ],
        "description": (
            "Hej Alex!\n\nTack för din ansökan till tjänsten som backendutvecklare hos Fjällfors. Välkommen på intervju hos oss på Götgatan.\n\n"
            'Du träffar mig, Karin Lindqvist (rekryterande chef för betalteamet), och Erik "Ebbe" Holm, Senior Developer i teamet.\n\n'
            "Vänliga hälsningar\nKarin"
        ),
        "location": "Fjällfors, Götgatan 22, Stockholm",
        "expect": {
            "interviewers": [
                ("Karin Lindqvist", "karin.lindqvist@fjallfors.se", None, "decision_maker", True),
                ("Erik Holm", "ebbe.holm@fjallfors.se", "Senior Developer", "peer", False),
            ],
            "recruiter": None,
            "company": "Fjällfors",
            "position": "Backendutvecklare",
        },
    },
    {
        "id": "s-modernloop-ics-initials-as-addresses",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "hard",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "Interview Loop: Alex Morgan – Security Engineer (Halcyon Ledger)",
        "start": "2031-03-18T11:00",
        "minutes": 105,
        "tz": "America/New_York",
        "organizer": P("Ines Carvalho", "ines.carvalho@halcyonledger.com"),
        "attendees": [ME, P(None, "jrk@halcyonledger.com"), P(None, "mol@halcyonledger.com")],
        "description": (
            "Alex Morgan – Security Engineer – Virtual Onsite\n\n"
            "11:00 – 11:50   Threat modeling\n      Jun-ro Kwon · Senior Security Engineer\n"
            "12:00 – 12:45   Hiring manager conversation\n      Maeve O'Leary · Security Engineering Manager\n\n"
            "Coordinator: Ines Carvalho (ines.carvalho@halcyonledger.com)\nScheduled with ModernLoop"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Jun-ro Kwon",
                    "jrk@halcyonledger.com",
                    "Senior Security Engineer",
                    "peer",
                    False,
                ),
                (
                    "Maeve O'Leary",
                    "mol@halcyonledger.com",
                    "Security Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ines Carvalho", "ines.carvalho@halcyonledger.com"),
            "company": "Halcyon Ledger",
            "position": "Security Engineer",
        },
    },
    {
        "id": "s-gem-ics-kate-address-katherine-in-prose",
        "format": "ics",
        "style": "gem",
        "difficulty": "hard",
        "prodid": "-//Gem//Gem Scheduling//EN",
        "title": "Alex / Katherine – Orrery Systems",
        "start": "2031-03-19T16:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Dev Malhotra", "dev@orrerysystems.com"),
        "attendees": [ME, P(None, "kate@orrerysystems.com")],
        "description": (
            "Hi Alex,\n\nThanks again for replying to my note! As promised, here's time with Katherine Abernathy-Osei, our VP of "
            "Engineering, to talk about the Staff Backend Engineer opening on the scheduling platform.\n\n"
            "I'll stay out of this one, but I'm your point of contact for everything afterwards.\n\n"
            "Dev Malhotra\nTalent Sourcer, Orrery Systems" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Katherine Abernathy-Osei",
                    "kate@orrerysystems.com",
                    "VP of Engineering",
                    "executive",
                    False,
                )
            ],
            "recruiter": ("Dev Malhotra", "dev@orrerysystems.com"),
            "company": "Orrery Systems",
            "position": "Staff Backend Engineer",
        },
    },
    {
        "id": "s-human-ics-founder-coffee-founding-designer",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Coffee – Alex & Bram",
        "start": "2031-03-20T09:30",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Bram Oosterhuis", "bram@tidewell.io"),
        "attendees": [ME, P("Bram Oosterhuis", "bram@tidewell.io")],
        "description": (
            "Hey Alex,\n\nGreat to connect through Marloes. I'm co-founder and CEO of Tidewell; we're about to hire our first designer and "
            "I'd love to hear how you think about onboarding flows, and tell you where a founding designer would fit in a team of six.\n\n"
            "No prep needed. Coffee's on me.\n\nBram"
        ),
        "location": "Café de Zwaan, Haarlemmerstraat 14, Amsterdam",
        "expect": {
            "interviewers": [
                ("Bram Oosterhuis", "bram@tidewell.io", "Co-founder and CEO", "executive", False)
            ],
            "recruiter": None,
            "company": "Tidewell",
            "position": "Founding Designer",
        },
    },
    {
        "id": "s-workday-ics-hm-bracket-initials-vs-surname-first",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview Scheduled: Clinical Research Coordinator II – Alex Morgan",
        "start": "2031-03-21T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Brandtner, Hollis", "hollis.brandtner@larkspurcr.org"),
        "attendees": [
            ME,
            P("Castellanos-Vidal, Rosa", "rcastellanosvidal@larkspurcr.org"),
            P("Iyer, Padma", "padma.iyer@larkspurcr.org"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\nJob Requisition: JR-20417 Clinical Research Coordinator II\n"
            "Interview Type: Panel (Virtual)\n\nPanel:\nR. Castellanos-Vidal (HM) – Director, Clinical Operations\n"
            "P. Iyer – Clinical Research Associate II\n\nRecruiter: Hollis Brandtner (hollis.brandtner@larkspurcr.org)\n"
            "Larkspur Clinical Research" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Rosa Castellanos-Vidal",
                    "rcastellanosvidal@larkspurcr.org",
                    "Director, Clinical Operations",
                    "decision_maker",
                    True,
                ),
                (
                    "Padma Iyer",
                    "padma.iyer@larkspurcr.org",
                    "Clinical Research Associate II",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Hollis Brandtner", "hollis.brandtner@larkspurcr.org"),
            "company": "Larkspur Clinical Research",
            "position": "Clinical Research Coordinator II",
        },
    },
    {
        "id": "s-lever-ics-hiring-manager-bracket-accents-missing-on-attendee",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Alex Morgan – Product conversation – Senior Product Manager, Growth",
        "start": "2031-03-24T12:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Lerato Dube", "lerato.dube@quokkahealth.com"),
        "attendees": [
            ME,
            P("Obinna Chukwuemeka-Lee", "obinna@quokkahealth.com"),
            P("Sofia Marin", "smarin@quokkahealth.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere are the details for your next conversation with Quokka Health.\n\nInterviewers:\n"
            "- Obinna Chukwuemeka-Lee, CTO & Co-founder\n- Sofía Marín (Hiring Manager), Group Product Manager\n\n"
            "Lerato Dube\nRecruiting Lead, Quokka Health\nlerato.dube@quokkahealth.com" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Obinna Chukwuemeka-Lee",
                    "obinna@quokkahealth.com",
                    "CTO & Co-founder",
                    "executive",
                    False,
                ),
                (
                    "Sofía Marín",
                    "smarin@quokkahealth.com",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lerato Dube", "lerato.dube@quokkahealth.com"),
            "company": "Quokka Health",
            "position": "Senior Product Manager, Growth",
        },
    },
    # --- .ics: non-interviews that mention interviewing ----------------------------------------
    {
        "id": "s-human-ics-nl-training-gestructureerd-sollicitatiegesprek",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Training: het gestructureerde sollicitatiegesprek (voor teamleads)",
        "start": "2031-03-25T09:30",
        "minutes": 120,
        "tz": "Europe/Amsterdam",
        "organizer": P("Verbeek, Marloes", "marloes.verbeek@initech.com"),
        "attendees": [
            ME_WORK,
            P("Jasper Hoekstra", "jasper.hoekstra@initech.com"),
            P("Yara El Idrissi", "yara.elidrissi@initech.com"),
            P("Zaal De Dam", "zaal.dedam@initech.com", room=True),
        ],
        "description": (
            "Hoi allemaal,\n\nIn deze training oefenen we met het gestructureerde sollicitatiegesprek: vaste vragen per competentie, "
            "het scoreformulier invullen direct na het gesprek, en hoe je een tweede gesprek voorbereidt zonder de kandidaat te herhalen.\n\n"
            "Neem een recente vacature uit je eigen team mee.\n\nGroet,\nMarloes Verbeek\nTalent & Learning, Initech"
        ),
        "location": "Initech Amsterdam - Zaal De Dam",
        "expect": None,
    },
    {
        "id": "s-greenhouse-ics-debrief-colloqui-backend",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "medium",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Debrief colloqui – Candidato: Davide Russo (Backend Engineer)",
        "start": "2031-03-26T17:00",
        "minutes": 30,
        "tz": "Europe/Rome",
        "organizer": P("Chiara Benvenuti", "chiara.benvenuti@initech.com"),
        "attendees": [
            ME_WORK,
            P("Chiara Benvenuti", "chiara.benvenuti@initech.com"),
            P("Federico Gallo", "federico.gallo@initech.com"),
        ],
        "description": (
            "Ciao a tutti,\n\nragioniamo insieme sui colloqui di oggi con Davide Russo. Compilate la scorecard su Greenhouse prima del "
            "debrief, per favore: chi non l'ha inviata non vede i voti degli altri.\n\nOrdine: Federico (system design), Alex (coding), "
            "io per ultima come hiring manager.\n\nChiara" + MEET
        ),
        "expect": None,
    },
    {
        "id": "s-human-ics-entrevista-podcast-codigo-aberto",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Entrevista – podcast Código Aberto (episódio 42)",
        "start": "2031-03-27T19:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Rafaela Nogueira", "rafaela@codigoaberto.fm"),
        "attendees": [
            ME,
            P("Rafaela Nogueira", "rafaela@codigoaberto.fm"),
            P("Thiago Moreira", "thiago@codigoaberto.fm"),
        ],
        "description": (
            "Oi Alex!\n\nObrigada por topar a entrevista. Vamos conversar sobre o seu projeto de biblioteca de filas em Rust, "
            "como começou e o que você aprendeu mantendo um projeto open source.\n\n"
            "Gravamos pelo Riverside; o link chega no dia. O episódio vai ao ar duas semanas depois.\n\nRafa e Thiago – Código Aberto"
        ),
        "location": "https://riverside.fm/studio/codigo-aberto",
        "expect": None,
    },
    {
        "id": "s-human-ics-kennenlernen-neue-kollegin",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Kennenlernen: Lea Baumann (neu im Team ab 1.4.)",
        "start": "2031-04-02T10:00",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": P("Hartmann, Uwe", "uwe.hartmann@initech.com"),
        "attendees": [ME_WORK, P("Baumann, Lea", "lea.baumann@initech.com")],
        "description": (
            "Hallo Alex,\n\nLea startet am 1. April bei uns im Team Datenplattform. Ihr Vorstellungsgespräch hattest du ja mitgeführt; "
            "jetzt einfach ein lockeres Kennenlernen, damit sie weiß, wer für die Pipelines zuständig ist. Nimm sie gerne zum Mittagessen mit.\n\n"
            "Viele Grüße\nUwe"
        ),
        "location": "Initech München, Raum Isar",
        "expect": None,
    },
    {
        "id": "s-modernloop-ics-shadow-interviewer-initech",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "medium",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "[Shadow] System Design interview – candidate R. Okonjo (Staff SRE)",
        "start": "2031-04-03T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Initech Interview Scheduling", "interviews@initech.com"),
        "attendees": [ME_WORK, P("Gideon Farrow", "gideon.farrow@initech.com")],
        "description": (
            "You are shadowing this interview as part of interviewer certification.\n\n"
            "Lead interviewer: Gideon Farrow\nShadow: Alex Morgan\nCandidate: R. Okonjo – Staff SRE\n\n"
            "Stay on mute, take notes in the shadow form, and do not submit a scorecard. Gideon will debrief with you for 10 minutes afterwards.\n\n"
            "Scheduled with ModernLoop" + ZOOM
        ),
        "expect": None,
    },
    # --- Google JSON: interviews ---------------------------------------------------------------
    {
        "id": "s-greenhouse-google-html-youll-meet-our-head-of-then-team",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Alex Morgan - Interview with Pinecrest Analytics (Customer Success Manager, Enterprise)",
        "start": "2031-04-07T10:00",
        "minutes": 90,
        "tz": "America/Denver",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [ME, P(None, "ngozi@pinecrest.ai"), P(None, "lukas.brenner@pinecrest.ai")],
        "description": (
            "<p>Hi Alex,</p><p>Looking forward to Monday! You'll meet <b>Ngozi Eze-Okafor</b>, our head of customer success, then "
            "<b>Lukas Brenner</b> from the solutions team (Principal Solutions Architect), who will run a short renewal role-play.</p>"
            "<p>Best,<br>Hanna Virtanen | Recruiter | Pinecrest Analytics<br>hanna.virtanen@pinecrest.ai</p>"
        ),
        "location": "https://pinecrest.zoom.us/j/93311204518",
        "expect": {
            "interviewers": [
                (
                    "Ngozi Eze-Okafor",
                    "ngozi@pinecrest.ai",
                    "Head of Customer Success",
                    "decision_maker",
                    False,
                ),
                (
                    "Lukas Brenner",
                    "lukas.brenner@pinecrest.ai",
                    "Principal Solutions Architect",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Hanna Virtanen", "hanna.virtanen@pinecrest.ai"),
            "company": "Pinecrest Analytics",
            "position": "Customer Success Manager, Enterprise",
        },
    },
    {
        "id": "s-ashby-google-initials-in-description-full-names-on-attendees",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Waypoint Atlas – Portfolio Review – Alex Morgan (Senior Product Designer)",
        "start": "2031-04-08T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Waypoint Atlas Recruiting", "recruiting@waypointatlas.com"),
        "attendees": [
            ME,
            P("Amélie Delacroix-Mbeki", "amelie.dm@waypointatlas.com"),
            P("Jonas Sørensen", "jonas.sorensen@waypointatlas.com"),
        ],
        "description": (
            "Portfolio Review\n\nInterviewers\n• A. Delacroix-Mbeki (Design Director)\n• J. Sørensen (Staff Product Designer)\n\n"
            "Please share your screen and walk us through two projects, 20 minutes each.\n\n"
            "Your recruiter is Noor Haddad (noor@waypointatlas.com).\n\nPowered by Ashby" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Amélie Delacroix-Mbeki",
                    "amelie.dm@waypointatlas.com",
                    "Design Director",
                    "decision_maker",
                    False,
                ),
                (
                    "Jonas Sørensen",
                    "jonas.sorensen@waypointatlas.com",
                    "Staff Product Designer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Noor Haddad", "noor@waypointatlas.com"),
            "company": "Waypoint Atlas",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "s-goodtime-google-hm-in-parens-caps-surname-first-cn",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Sundial Fitness | Technical Interview | Alex Morgan | Senior iOS Engineer",
        "start": "2031-04-09T11:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Sundial Interviews", "interviews@sundialfit.com"),
        "attendees": [
            ME,
            P("MERCIER Thibault", "thibault.mercier@sundialfit.com"),
            P("Aiyana Redcloud", "aiyana.redcloud@sundialfit.com"),
        ],
        "description": (
            "Technical Interview - Alex Morgan\n\nInterviewers:\n"
            "Thibault MERCIER (HM) - Engineering Manager, Mobile\nAiyana Redcloud - iOS Engineer\n\n"
            "Recruiter: Cassidy Oyelaran - cassidy.o@sundialfit.com\n\n"
            "This invite was sent by GoodTime on behalf of Sundial Fitness." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Thibault Mercier",
                    "thibault.mercier@sundialfit.com",
                    "Engineering Manager, Mobile",
                    "decision_maker",
                    True,
                ),
                (
                    "Aiyana Redcloud",
                    "aiyana.redcloud@sundialfit.com",
                    "iOS Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Cassidy Oyelaran", "cassidy.o@sundialfit.com"),
            "company": "Sundial Fitness",
            "position": "Senior iOS Engineer",
        },
    },
    {
        "id": "s-human-google-tweede-gesprek-toekomstige-leidinggevende",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Tweede gesprek – Teamleider Klantenservice – Alex Morgan",
        "start": "2031-04-10T13:30",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Anouk Smits", "anouk.smits@zuidwestverzekeringen.nl"),
        "attendees": [
            ME,
            P("Anouk Smits", "anouk.smits@zuidwestverzekeringen.nl"),
            P("Jeroen van den Broek", "j.vandenbroek@zuidwestverzekeringen.nl"),
        ],
        "description": (
            "Beste Alex,\n\nLeuk dat je doorgaat naar het tweede gesprek! Dit keer spreek je met Jeroen van den Broek, manager "
            "Klantcontact en jouw toekomstige leidinggevende, en met mij.\n\nWe willen graag een casus met je doorlopen over "
            "de planning van het klantcontactcentrum.\n\nHartelijke groet,\nAnouk Smits\nHR-adviseur Werving & Selectie\nZuidwest Verzekeringen"
        ),
        "location": "Zuidwest Verzekeringen, Westblaak 110, Rotterdam",
        "expect": {
            "interviewers": [
                (
                    "Jeroen van den Broek",
                    "j.vandenbroek@zuidwestverzekeringen.nl",
                    "Manager Klantcontact",
                    "decision_maker",
                    True,
                ),
                (
                    "Anouk Smits",
                    "anouk.smits@zuidwestverzekeringen.nl",
                    "HR-adviseur Werving & Selectie",
                    "recruiter",
                    False,
                ),
            ],
            "recruiter": ("Anouk Smits", "anouk.smits@zuidwestverzekeringen.nl"),
            "company": "Zuidwest Verzekeringen",
            "position": "Teamleider Klantenservice",
        },
    },
    {
        "id": "s-lever-google-entrevista-gestor-da-vaga",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Entrevista técnica – Alex Morgan – Engenheiro(a) de Software Pleno",
        "start": "2031-04-11T15:00",
        "minutes": 75,
        "tz": "America/Sao_Paulo",
        "organizer": P("Larissa Fontes", "larissa.fontes@cajuina.com.br"),
        "attendees": [
            ME,
            P("Rodrigo Tavares Lima", "rodrigo.lima@cajuina.com.br"),
            P("Camila Yamamoto", "camila.y@cajuina.com.br"),
        ],
        "description": (
            "Olá Alex,\n\nSegue o convite para a sua entrevista técnica na Cajuína Pagamentos.\n\nEntrevistadores:\n"
            "- Rodrigo Tavares Lima (gestor da vaga) – Coordenador de Engenharia\n- Camila Yamamoto – Engenheira de Software Sênior\n\n"
            "Qualquer dúvida, é só me chamar.\n\nAbraço,\nLarissa Fontes\nTech Recruiter | Cajuína Pagamentos"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rodrigo Tavares Lima",
                    "rodrigo.lima@cajuina.com.br",
                    "Coordenador de Engenharia",
                    "decision_maker",
                    True,
                ),
                (
                    "Camila Yamamoto",
                    "camila.y@cajuina.com.br",
                    "Engenheira de Software Sênior",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Larissa Fontes", "larissa.fontes@cajuina.com.br"),
            "company": "Cajuína Pagamentos",
            "position": "Engenheiro(a) de Software Pleno",
        },
    },
    {
        "id": "s-icims-google-colloquio-tecnico-caps-cn-honorifics",
        "format": "google",
        "style": "icims",
        "difficulty": "hard",
        "title": "Colloquio tecnico – Sviluppatore Java Senior",
        "start": "2031-04-14T09:30",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Selezione Personale Orbita", "selezione@orbitassicurazioni.it"),
        "attendees": [
            ME,
            P("DE LUCA MARCO", "marco.deluca@orbitassicurazioni.it"),
            P("Conti Elena", "elena.conti@orbitassicurazioni.it"),
        ],
        "description": (
            "Gentile Alex Morgan,\n\nla invitiamo al colloquio tecnico per la posizione di Sviluppatore Java Senior presso Orbita Assicurazioni.\n\n"
            "La incontreranno l'Ing. Marco De Luca, Responsabile Sviluppo Software, e la Sig.ra Elena Conti, Senior Developer.\n\n"
            "Per qualsiasi necessità può rispondere a questa email.\n\nCordiali saluti,\nAlessia Ricci\nUfficio Selezione – Orbita Assicurazioni"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Marco De Luca",
                    "marco.deluca@orbitassicurazioni.it",
                    "Responsabile Sviluppo Software",
                    "decision_maker",
                    False,
                ),
                (
                    "Elena Conti",
                    "elena.conti@orbitassicurazioni.it",
                    "Senior Developer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Alessia Ricci", "selezione@orbitassicurazioni.it"),
            "company": "Orbita Assicurazioni",
            "position": "Sviluppatore Java Senior",
        },
    },
    {
        "id": "s-smartrecruiters-google-rozmowa-etap-2-surname-first",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "II etap rekrutacji – rozmowa z zespołem – Senior QA Engineer",
        "start": "2031-04-15T12:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Joanna Michalska", "joanna.michalska@kwadrant.pl"),
        "attendees": [
            ME,
            P("Bartosz Nowicki", "bartosz.nowicki@kwadrant.pl"),
            P("Agnieszka Sikora", "a.sikora@kwadrant.pl"),
        ],
        "description": (
            "Cześć Alex,\n\ndziękujemy za pierwszą rozmowę! Zapraszamy na drugi etap rekrutacji na stanowisko Senior QA Engineer w Kwadrant Software.\n\n"
            "Rozmawiać będą z Tobą:\nNowicki Bartosz (Team Leader QA) – będzie Twoim bezpośrednim przełożonym\nSikora Agnieszka (QA Engineer)\n\n"
            "Ja nie biorę udziału w tej rozmowie, ale jestem do dyspozycji.\n\nJoanna Michalska\nIT Recruiter, Kwadrant Software"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Bartosz Nowicki",
                    "bartosz.nowicki@kwadrant.pl",
                    "Team Leader QA",
                    "decision_maker",
                    True,
                ),
                ("Agnieszka Sikora", "a.sikora@kwadrant.pl", "QA Engineer", "peer", False),
            ],
            "recruiter": ("Joanna Michalska", "joanna.michalska@kwadrant.pl"),
            "company": "Kwadrant Software",
            "position": "Senior QA Engineer",
        },
    },
    {
        "id": "s-human-google-intervju-blivande-chef-hr-organizer",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Intervju – Lagerchef",
        "start": "2031-04-16T10:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Linnea Berg", "linnea.berg@bergslagensbygg.se"),
        "attendees": [
            ME,
            P("Linnea Berg", "linnea.berg@bergslagensbygg.se"),
            P("Johan Åkesson", "johan.akesson@bergslagensbygg.se"),
        ],
        "description": (
            "Hej Alex,\n\nVälkommen på intervju för tjänsten som lagerchef hos Bergslagens Bygghandel i Örebro.\n\n"
            "Du kommer att träffa Johan Åkesson, platschef och din blivande chef, samt mig.\n\n"
            "Ta gärna med id-handling; vi går en runda i lagret efteråt.\n\n"
            "Med vänlig hälsning\nLinnea Berg\nHR-specialist rekrytering, Bergslagens Bygghandel"
        ),
        "location": "Bergslagens Bygghandel, Bettorpsgatan 4, Örebro",
        "expect": {
            "interviewers": [
                (
                    "Johan Åkesson",
                    "johan.akesson@bergslagensbygg.se",
                    "Platschef",
                    "decision_maker",
                    True,
                ),
                (
                    "Linnea Berg",
                    "linnea.berg@bergslagensbygg.se",
                    "HR-specialist rekrytering",
                    "recruiter",
                    False,
                ),
            ],
            "recruiter": ("Linnea Berg", "linnea.berg@bergslagensbygg.se"),
            "company": "Bergslagens Bygghandel",
            "position": "Lagerchef",
        },
    },
    {
        "id": "s-calendly-google-kennenlernen-gruenderin",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Kennenlernen (30 Min) zwischen Henrike Vogelsang und Alex Morgan",
        "start": "2031-04-17T16:00",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": P("Henrike Vogelsang", "henrike@kieselgruen.de"),
        "attendees": [ME, P("Henrike Vogelsang", "henrike@kieselgruen.de")],
        "description": (
            "Veranstaltungsname: Kennenlernen (30 Min)\n\nKurzes Kennenlernen zur Rolle Head of Growth bei Kieselgrün. "
            "Ich bin Gründerin und Geschäftsführerin und erzähle gern, wo wir gerade stehen.\n\n"
            "Ort: Dieses Ereignis ist ein Google Meet-Ereignis.\n\n"
            "Bedarf es Änderungen an diesem Ereignis? Absagen: https://calendly.com/cancellations/a91d0c"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Henrike Vogelsang",
                    "henrike@kieselgruen.de",
                    "Gründerin und Geschäftsführerin",
                    "executive",
                    False,
                )
            ],
            "recruiter": None,
            "company": "Kieselgrün",
            "position": "Head of Growth",
        },
    },
    {
        "id": "s-modernloop-google-nickname-address-caps-surname",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Virtual Onsite – Alex Morgan – Principal Backend Engineer – Tessellate Maps",
        "start": "2031-04-18T09:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Reza Tehrani", "reza.tehrani@tessellatemaps.com"),
        "attendees": [
            ME,
            P("DUBOIS Anne-Sophie", "asdubois@tessellatemaps.com"),
            P(None, "bill.okonkwo@tessellatemaps.com"),
            P("Tessellate Interview Room 2", "c_1889ab3f@resource.calendar.google.com", room=True),
        ],
        "description": (
            "Alex Morgan · Principal Backend Engineer\n\n"
            "9:00 – 10:00   Architecture deep dive · William OKONKWO (Principal Engineer)\n"
            "10:00 – 11:00  Leadership & team fit · Anne-Sophie Dubois – Director of Engineering (Hiring Manager)\n\n"
            "Recruiting Coordinator: Reza Tehrani\nRecruiter: Hollie Park (hollie@tessellatemaps.com)\n\nScheduled with ModernLoop"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "William Okonkwo",
                    "bill.okonkwo@tessellatemaps.com",
                    "Principal Engineer",
                    "peer",
                    False,
                ),
                (
                    "Anne-Sophie Dubois",
                    "asdubois@tessellatemaps.com",
                    "Director of Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Hollie Park", "hollie@tessellatemaps.com"),
            "company": "Tessellate Maps",
            "position": "Principal Backend Engineer",
        },
    },
    {
        "id": "s-gem-google-prose-head-of-then-our-ceo",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex Morgan <> Lumen Fold (Applied Scientist)",
        "start": "2031-04-21T11:00",
        "minutes": 75,
        "tz": "America/Los_Angeles",
        "organizer": P("Oren Castell", "oren@lumenfold.ai"),
        "attendees": [ME, P(None, "amara@lumenfold.ai"), P("Felix Aranda", "felix@lumenfold.ai")],
        "description": (
            "Hi Alex,\n\nGreat news: next up you'll chat with Dr. Amara Nwachukwu-Ellis, our head of applied science, and then a quick "
            "hello with our CEO, Felix Aranda, for the last 15 minutes.\n\n"
            "Your recruiter for the rest of the process is Tamsin Leigh (tamsin@lumenfold.ai); I found you, she'll take it from here.\n\n"
            "Oren Castell\nSourcing, Lumen Fold" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Amara Nwachukwu-Ellis",
                    "amara@lumenfold.ai",
                    "Head of Applied Science",
                    "decision_maker",
                    False,
                ),
                ("Felix Aranda", "felix@lumenfold.ai", "CEO", "executive", False),
            ],
            "recruiter": ("Tamsin Leigh", "tamsin@lumenfold.ai"),
            "company": "Lumen Fold",
            "position": "Applied Scientist",
        },
    },
    {
        "id": "s-human-google-recruiter-screen-names-future-hm",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex <> Yusuf (Brightline Mutual) – quick screen",
        "start": "2031-04-22T15:30",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Yusuf Demir", "yusuf.demir@brightlinemutual.com"),
        "attendees": [ME, P("Yusuf Demir", "yusuf.demir@brightlinemutual.com")],
        "description": (
            "Hi Alex - thanks for applying to the Claims Data Analyst role. This is a 30-minute screen with me to go over your "
            "background, pay expectations and timing. If it goes well, next you'd meet Priscila Andrade, the hiring manager, "
            "and one of her analysts.\n\nYusuf Demir\nTalent Partner, Brightline Mutual" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Yusuf Demir",
                    "yusuf.demir@brightlinemutual.com",
                    "Talent Partner",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": ("Yusuf Demir", "yusuf.demir@brightlinemutual.com"),
            "company": "Brightline Mutual",
            "position": "Claims Data Analyst",
        },
    },
    {
        "id": "s-workday-google-hm-label-hungarian-order",
        "format": "google",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview: Senior Financial Analyst (R-77310) - Alex Morgan",
        "start": "2031-04-23T10:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Dunmore Talent Acquisition", "talent@dunmorelogistics.com"),
        "attendees": [
            ME,
            P(None, "pkowalczyk@dunmorelogistics.com"),
            P("Kovács Réka", "reka.kovacs@dunmorelogistics.com"),
        ],
        "description": (
            "Interview Information\nJob Posting: Senior Financial Analyst (R-77310)\nFormat: Video\n\n"
            "Interviewers: Piotr Kowalczyk, FP&A Manager (Hiring Manager); Kovács Réka, Senior Financial Analyst\n\n"
            "Recruiter: Ama Owusu-Ansah (ama.owusu-ansah@dunmorelogistics.com)\nDunmore Logistics"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Piotr Kowalczyk",
                    "pkowalczyk@dunmorelogistics.com",
                    "FP&A Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Réka Kovács",
                    "reka.kovacs@dunmorelogistics.com",
                    "Senior Financial Analyst",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Ama Owusu-Ansah", "ama.owusu-ansah@dunmorelogistics.com"),
            "company": "Dunmore Logistics",
            "position": "Senior Financial Analyst",
        },
    },
    {
        "id": "s-greenhouse-google-irish-names-accents-dropped-on-attendees",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan / Harbourlight Software – Enterprise Account Executive",
        "start": "2031-04-24T14:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [
            ME,
            P("Siobhan Ni Bhriain", "siobhan.nibhriain@harbourlight.ie"),
            P("Conor Mac Giolla Phadraig", "conor.mgp@harbourlight.ie"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Your interview with Harbourlight Software is confirmed.</p>"
            "<table><tr><th>Time</th><th>Interviewer</th></tr>"
            "<tr><td>14:00 - 14:30</td><td>Siobhán Ní Bhriain (Hiring Manager) - Head of Sales, EMEA</td></tr>"
            "<tr><td>14:30 - 15:00</td><td>Conor Mac Giolla Phádraig - Senior Account Executive</td></tr></table>"
            "<p>Recruiter: Aoife Brennan (aoife.brennan@harbourlight.ie)</p>"
        ),
        "location": "Harbourlight Software, 3 Grand Canal Quay, Dublin 2",
        "expect": {
            "interviewers": [
                (
                    "Siobhán Ní Bhriain",
                    "siobhan.nibhriain@harbourlight.ie",
                    "Head of Sales, EMEA",
                    "decision_maker",
                    True,
                ),
                (
                    "Conor Mac Giolla Phádraig",
                    "conor.mgp@harbourlight.ie",
                    "Senior Account Executive",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Aoife Brennan", "aoife.brennan@harbourlight.ie"),
            "company": "Harbourlight Software",
            "position": "Enterprise Account Executive",
        },
    },
    {
        "id": "s-human-google-hm-self-invite-colleague-by-surname",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Analytics Engineer – chat with Lotte & Joost",
        "start": "2031-04-25T11:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Lotte Brouwer", "lotte@bloeiwerk.nl"),
        "attendees": [
            ME,
            P("Lotte Brouwer", "lotte@bloeiwerk.nl"),
            P("Joost van der Meulen", "joost@bloeiwerk.nl"),
        ],
        "description": (
            "Hi Alex,\n\nI'm the hiring manager for our Analytics Engineer opening, so this one is with me. I'll be joined by my "
            "colleague Van der Meulen (Senior Analytics Engineer), who built most of our dbt project.\n\n"
            "Talk soon,\nLotte Brouwer\nAnalytics Lead, Bloeiwerk" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Lotte Brouwer", "lotte@bloeiwerk.nl", "Analytics Lead", "decision_maker", True),
                (
                    "Joost van der Meulen",
                    "joost@bloeiwerk.nl",
                    "Senior Analytics Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": None,
            "company": "Bloeiwerk",
            "position": "Analytics Engineer",
        },
    },
    # --- Google JSON: non-interviews that mention interviewing ---------------------------------
    {
        "id": "s-human-google-szkolenie-rozmowa-kwalifikacyjna",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Szkolenie: jak prowadzić rozmowę kwalifikacyjną",
        "start": "2031-04-28T10:00",
        "minutes": 90,
        "tz": "Europe/Warsaw",
        "organizer": P("Magdalena Kozłowska", "magdalena.kozlowska@initech.com"),
        "attendees": [
            ME_WORK,
            P("Magdalena Kozłowska", "magdalena.kozlowska@initech.com"),
            P("Tomasz Lis", "tomasz.lis@initech.com"),
        ],
        "description": (
            "Cześć,\n\nzapraszam na szkolenie dla osób, które od przyszłego kwartału będą prowadzić rozmowy kwalifikacyjne w Initech: "
            "pytania behawioralne, ocena na arkuszu, czego nie wolno pytać kandydata.\n\nMagda, HR Initech"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "s-human-google-intervju-press-naringsliv",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Intervju med Näringsliv Nu – Initechs nya kontor i Malmö",
        "start": "2031-04-29T13:00",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P("Sofia Lund", "sofia.lund@initech.com"),
        "attendees": [
            ME_WORK,
            P("Sofia Lund", "sofia.lund@initech.com"),
            P("Per Eklund", "per.eklund@naringslivnu.se"),
        ],
        "description": (
            "Hej Alex,\n\nPer Eklund, reporter på Näringsliv Nu, vill intervjua dig om det nya utvecklingskontoret och hur många vi planerar "
            "att anställa i år. Jag från kommunikation är med. Håll dig till siffrorna vi kommit överens om.\n\nSofia"
        ),
        "location": "Initech Malmö, Stora Varvsgatan 6",
        "expect": None,
    },
    {
        "id": "s-human-google-entrevista-de-desligamento",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista de desligamento – Alex Morgan",
        "start": "2031-04-30T16:00",
        "minutes": 30,
        "tz": "America/Sao_Paulo",
        "organizer": P("Patrícia Ramos", "patricia.ramos@initech.com"),
        "attendees": [ME_WORK, P("Patrícia Ramos", "patricia.ramos@initech.com")],
        "description": (
            "Oi Alex,\n\ncomo combinado, segue o horário da sua entrevista de desligamento. É uma conversa confidencial sobre a sua "
            "experiência na Initech, os motivos da saída e a devolução do notebook e do crachá.\n\nPatrícia Ramos\nBusiness Partner de RH"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "s-human-google-tweede-gesprek-hypotheekadviseur",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Tweede gesprek hypotheekadvies – A. Morgan",
        "start": "2031-05-02T09:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Hypotheekhuis Gouda", "afspraken@hypotheekhuisgouda.nl"),
        "attendees": [ME, P("Wim Groeneveld", "wim@hypotheekhuisgouda.nl")],
        "description": (
            "Beste heer/mevrouw Morgan,\n\nHierbij bevestigen wij uw tweede gesprek met uw hypotheekadviseur Wim Groeneveld. "
            "Neem uw werkgeversverklaring, de laatste drie loonstroken en uw jaaropgave mee. In dit gesprek bespreken we de offerte.\n\n"
            "Met vriendelijke groet,\nHypotheekhuis Gouda"
        ),
        "location": "Hypotheekhuis Gouda, Markt 31, Gouda",
        "expect": None,
    },
    {
        "id": "s-human-google-colloquio-genitori-insegnanti",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Colloquio con la maestra Rinaldi (classe 3B)",
        "start": "2031-05-05T17:15",
        "minutes": 15,
        "tz": "Europe/Rome",
        "organizer": P(None, "segreteria@icgaribaldi-milano.it"),
        "attendees": [ME, P("Lucia Rinaldi", "l.rinaldi@icgaribaldi-milano.it")],
        "description": (
            "Gentile genitore,\n\nle confermiamo il colloquio individuale con l'insegnante Lucia Rinaldi per l'alunna Emma Morgan. "
            "I colloqui durano 15 minuti; in caso di impedimento la preghiamo di avvisare la segreteria.\n\nIstituto Comprensivo Garibaldi"
        ),
        "location": "Scuola primaria Garibaldi, aula 3B",
        "expect": None,
    },
    # --- Graph JSON: interviews ----------------------------------------------------------------
    {
        "id": "s-human-graph-kennenlernen-leiter-einstellende-fuehrungskraft",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Kennenlernen mit Fjordwerk – Senior Data Scientist (w/m/d)",
        "start": "2031-05-06T10:00",
        "minutes": 60,
        "tz": "W. Europe Standard Time",
        "organizer": P("Petersen, Ronja", "ronja.petersen@fjordwerk.de"),
        "attendees": [
            ME,
            P("Wittkamp, Ansgar", "ansgar.wittkamp@fjordwerk.de"),
            P("Yıldırım, Mehmet", "mehmet.yildirim@fjordwerk.de"),
        ],
        "description": (
            "<html><body><p>Hallo Alex,</p><p>wie besprochen hier die Einladung zum Kennenlernen. Mit dabei sind:</p>"
            '<table border="1"><tr><td>Prof. Dr. Ansgar Wittkamp</td><td>Leiter Data Science (Einstellende Führungskraft)</td></tr>'
            "<tr><td>Mehmet Yıldırım</td><td>Data Scientist</td></tr></table>"
            "<p>Ich selbst bin nicht dabei und melde mich danach bei dir.</p>"
            "<p>Viele Grüße<br>Ronja Petersen<br>Talent Acquisition | Fjordwerk GmbH</p>"
            + TEAMS.replace("\n", "<br>")
            + "</body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Ansgar Wittkamp",
                    "ansgar.wittkamp@fjordwerk.de",
                    "Leiter Data Science",
                    "decision_maker",
                    True,
                ),
                (
                    "Mehmet Yıldırım",
                    "mehmet.yildirim@fjordwerk.de",
                    "Data Scientist",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Ronja Petersen", "ronja.petersen@fjordwerk.de"),
            "company": "Fjordwerk",
            "position": "Senior Data Scientist",
        },
    },
    {
        "id": "s-workday-graph-sollicitatiegesprek-initials-and-titles-in-dutch",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Sollicitatiegesprek Beleidsmedewerker Assetmanagement (vacature 2031-044)",
        "start": "2031-05-07T14:00",
        "minutes": 60,
        "tz": "W. Europe Standard Time",
        "organizer": P("Smit, Wendy", "wendy.smit@lagevenen.nl"),
        "attendees": [
            ME,
            P("Bakker, Pieter", "p.bakker@lagevenen.nl"),
            P("El Amrani, Samira", "s.elamrani@lagevenen.nl"),
        ],
        "description": (
            "Geachte Alex Morgan,\n\nGraag nodigen wij u uit voor een sollicitatiegesprek voor de functie Beleidsmedewerker Assetmanagement "
            "bij Waterschap Lage Venen.\n\nDe commissie bestaat uit:\n"
            "dhr. P.J. Bakker, afdelingshoofd Beheer & Onderhoud (uw toekomstig leidinggevende)\n"
            "mevr. S. El Amrani, adviseur assetmanagement\n\n"
            "Contactpersoon: Wendy Smit, recruiter (wendy.smit@lagevenen.nl)\n\nMet vriendelijke groet,\nWaterschap Lage Venen"
        ),
        "location": "Waterschap Lage Venen, Stationsweg 12, Leeuwarden",
        "expect": {
            "interviewers": [
                (
                    "Pieter Bakker",
                    "p.bakker@lagevenen.nl",
                    "Afdelingshoofd Beheer & Onderhoud",
                    "decision_maker",
                    True,
                ),
                (
                    "Samira El Amrani",
                    "s.elamrani@lagevenen.nl",
                    "Adviseur Assetmanagement",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Wendy Smit", "wendy.smit@lagevenen.nl"),
            "company": "Waterschap Lage Venen",
            "position": "Beleidsmedewerker Assetmanagement",
        },
    },
    {
        "id": "s-icims-graph-rozmowa-kwalifikacyjna-menedzer-zatrudniajacy",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Rozmowa kwalifikacyjna – Analityk Ryzyka Kredytowego – Alex Morgan",
        "start": "2031-05-08T11:00",
        "minutes": 60,
        "tz": "Central European Standard Time",
        "organizer": P(None, "no-reply@icims.com"),
        "attendees": [
            ME,
            P("Zieliński Michał", "michal.zielinski@pbr.pl"),
            P("Grabowska Ewelina", "ewelina.grabowska@pbr.pl"),
        ],
        "description": (
            "Szanowny Panie / Szanowna Pani,\n\nuprzejmie potwierdzamy termin rozmowy kwalifikacyjnej na stanowisko Analityk Ryzyka Kredytowego "
            "w Pomorskim Banku Rozwoju.\n\nW rozmowie udział wezmą:\nMichał ZIELIŃSKI – Dyrektor Departamentu Ryzyka\n"
            "Ewelina Grabowska (menedżer zatrudniający)\n\n"
            "Kontakt: Paulina Krawczyk, Specjalista ds. Rekrutacji, paulina.krawczyk@pbr.pl\n\nPomorski Bank Rozwoju S.A."
        ),
        "location": "Pomorski Bank Rozwoju, ul. Grunwaldzka 88, Gdańsk",
        "expect": {
            "interviewers": [
                (
                    "Michał Zieliński",
                    "michal.zielinski@pbr.pl",
                    "Dyrektor Departamentu Ryzyka",
                    "decision_maker",
                    False,
                ),
                ("Ewelina Grabowska", "ewelina.grabowska@pbr.pl", None, "decision_maker", True),
            ],
            "recruiter": ("Paulina Krawczyk", "paulina.krawczyk@pbr.pl"),
            "company": "Pomorski Bank Rozwoju",
            "position": "Analityk Ryzyka Kredytowego",
        },
    },
    {
        "id": "s-smartrecruiters-graph-colloquio-conoscitivo-hm-and-hr",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Colloquio conoscitivo – Brand Manager Junior – Dolciaria Ventura",
        "start": "2031-05-09T15:00",
        "minutes": 45,
        "tz": "W. Europe Standard Time",
        "organizer": P("Fumagalli, Giorgio", "giorgio.fumagalli@dolciariaventura.it"),
        "attendees": [
            ME,
            P("Fumagalli, Giorgio", "giorgio.fumagalli@dolciariaventura.it"),
            P("Bonetti, Ilaria", "ilaria.bonetti@dolciariaventura.it"),
        ],
        "description": (
            "Buongiorno Alex,\n\ncome anticipato al telefono, ecco il colloquio conoscitivo per la posizione di Brand Manager Junior.\n\n"
            "Team di selezione:\n- Dott.ssa Ilaria Bonetti – Responsabile Marketing (Hiring Manager)\n- Giorgio Fumagalli – HR Recruiter\n\n"
            "A presto,\nGiorgio" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ilaria Bonetti",
                    "ilaria.bonetti@dolciariaventura.it",
                    "Responsabile Marketing",
                    "decision_maker",
                    True,
                ),
                (
                    "Giorgio Fumagalli",
                    "giorgio.fumagalli@dolciariaventura.it",
                    "HR Recruiter",
                    "recruiter",
                    False,
                ),
            ],
            "recruiter": ("Giorgio Fumagalli", "giorgio.fumagalli@dolciariaventura.it"),
            "company": "Dolciaria Ventura",
            "position": "Brand Manager Junior",
        },
    },
    {
        "id": "s-human-graph-intervju-it-chef-rekryterande-chef-undertecknad",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Intervju – Projektledare IT – Alex Morgan",
        "start": "2031-05-12T09:00",
        "minutes": 60,
        "tz": "W. Europe Standard Time",
        "organizer": P("Amira Haddad", "amira.haddad@vatternenergi.se"),
        "attendees": [
            ME,
            P("Amira Haddad", "amira.haddad@vatternenergi.se"),
            P("Sjöberg, Magnus", "magnus.sjoberg@vatternenergi.se"),
        ],
        "description": (
            "Hej Alex,\n\nHärmed bekräftar jag din intervju för tjänsten Projektledare IT.\n\n"
            "Med på intervjun: Sjöberg, Magnus (IT-chef, rekryterande chef) och undertecknad.\n\n"
            "Med vänliga hälsningar\nAmira Haddad\nRekryterare, Vättern Energi" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Magnus Sjöberg",
                    "magnus.sjoberg@vatternenergi.se",
                    "IT-chef",
                    "decision_maker",
                    True,
                ),
                (
                    "Amira Haddad",
                    "amira.haddad@vatternenergi.se",
                    "Rekryterare",
                    "recruiter",
                    False,
                ),
            ],
            "recruiter": ("Amira Haddad", "amira.haddad@vatternenergi.se"),
            "company": "Vättern Energi",
            "position": "Projektledare IT",
        },
    },
    {
        "id": "s-human-graph-entrevista-responsavel-pela-contratacao-mailbox",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista – Engenheiro de Dados – Atlântida Seguros",
        "start": "2031-05-13T10:30",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P("Recrutamento Atlântida", "recrutamento@atlantidaseguros.pt"),
        "attendees": [
            ME,
            P("Duarte Magalhães Sobral", "duarte.sobral@atlantidaseguros.pt"),
            P("Mafalda Pereira", "mafalda.pereira@atlantidaseguros.pt"),
        ],
        "description": (
            "Caro Alex,\n\nAgradecemos o seu interesse na Atlântida Seguros. Confirmamos a sua entrevista para a função de Engenheiro de Dados.\n\n"
            "Irá falar com o Eng. Duarte Magalhães Sobral, Diretor de Tecnologia (responsável pela contratação), e com a "
            "Mafalda Pereira, Engenheira de Dados Sénior.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento – Atlântida Seguros"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Duarte Magalhães Sobral",
                    "duarte.sobral@atlantidaseguros.pt",
                    "Diretor de Tecnologia",
                    "decision_maker",
                    True,
                ),
                (
                    "Mafalda Pereira",
                    "mafalda.pereira@atlantidaseguros.pt",
                    "Engenheira de Dados Sénior",
                    "peer",
                    False,
                ),
            ],
            "recruiter": (None, "recrutamento@atlantidaseguros.pt"),
            "company": "Atlântida Seguros",
            "position": "Engenheiro de Dados",
        },
    },
    {
        "id": "s-greenhouse-graph-outlook-table-surname-comma-title-and-hm",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan - Senior Detection Engineer (Ridgeback Security)",
        "start": "2031-05-14T13:00",
        "minutes": 90,
        "tz": "Pacific Standard Time",
        "organizer": P("Acevedo, Marisol", "marisol.acevedo@ridgebacksec.com"),
        "attendees": [
            ME,
            P("Oyelaran-Whitby, Temitope", "temi.ow@ridgebacksec.com"),
            P("Haugland, Sigrid", "sigrid.haugland@ridgebacksec.com"),
        ],
        "description": (
            "<html><body><p>Hi Alex,</p><p>Here is your schedule:</p><table>"
            "<tr><th>Time</th><th>Interviewer</th><th>Focus</th></tr>"
            "<tr><td>1:00 PM</td><td>Oyelaran-Whitby, Temitope (Director of Engineering, HM)</td><td>Experience &amp; team</td></tr>"
            "<tr><td>1:45 PM</td><td>Haugland, Sigrid (Staff Engineer)</td><td>Detection rule writing</td></tr></table>"
            "<p>Thanks,<br>Marisol Acevedo<br>Senior Recruiter, Ridgeback Security</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Temitope Oyelaran-Whitby",
                    "temi.ow@ridgebacksec.com",
                    "Director of Engineering",
                    "decision_maker",
                    True,
                ),
                (
                    "Sigrid Haugland",
                    "sigrid.haugland@ridgebacksec.com",
                    "Staff Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Marisol Acevedo", "marisol.acevedo@ridgebacksec.com"),
            "company": "Ridgeback Security",
            "position": "Senior Detection Engineer",
        },
    },
    {
        "id": "s-goodtime-graph-would-be-your-manager-and-surname-first-prose",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Sparrowhawk Games: Panel Interview – Data Scientist, Player Insights",
        "start": "2031-05-15T10:00",
        "minutes": 90,
        "tz": "Pacific Standard Time",
        "organizer": P("Sparrowhawk Interviews", "interviews@sparrowhawk.gg"),
        "attendees": [
            ME,
            P("Wei-Ling Chen", "weiling.chen@sparrowhawk.gg"),
            P("Gabriel Okafor", "gabe@sparrowhawk.gg"),
            P("Saoirse Flynn", "saoirse.flynn@sparrowhawk.gg"),
        ],
        "description": (
            "Hi Alex,\n\nYour panel: CHEN Wei-Ling (Senior Data Scientist), Gabriel Okafor, who'd be your manager, and Saoirse Flynn "
            "(Product Analyst). Expect one SQL exercise and one conversation about experiment design.\n\n"
            "Cormac Doyle\nInterview Coordinator, Sparrowhawk Games\n\nSent via GoodTime" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Wei-Ling Chen",
                    "weiling.chen@sparrowhawk.gg",
                    "Senior Data Scientist",
                    "peer",
                    False,
                ),
                ("Gabriel Okafor", "gabe@sparrowhawk.gg", None, "decision_maker", True),
                ("Saoirse Flynn", "saoirse.flynn@sparrowhawk.gg", "Product Analyst", "peer", False),
            ],
            "recruiter": ("Cormac Doyle", "interviews@sparrowhawk.gg"),
            "company": "Sparrowhawk Games",
            "position": "Data Scientist, Player Insights",
        },
    },
    {
        "id": "s-ashby-graph-people-only-in-prose-bare-addresses",
        "format": "graph",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Kettlebrook Foods – Final Interview – Senior FP&A Analyst",
        "start": "2031-05-16T09:30",
        "minutes": 60,
        "tz": "Eastern Standard Time",
        "organizer": P(None, "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "t.mokoena@kettlebrookfoods.com"),
            P(None, "hogilvie@kettlebrookfoods.com"),
        ],
        "description": (
            "Hi Alex,\n\nFor your final interview you'll be speaking with Thandiwe Mokoena, our Chief Operating Officer, and "
            "Hamish Ogilvie, our finance director, together for an hour.\n\n"
            "Your recruiter is Ana-Lucía Ferreyra (analucia@kettlebrookfoods.com).\n\nPowered by Ashby"
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Thandiwe Mokoena",
                    "t.mokoena@kettlebrookfoods.com",
                    "Chief Operating Officer",
                    "executive",
                    False,
                ),
                (
                    "Hamish Ogilvie",
                    "hogilvie@kettlebrookfoods.com",
                    "Finance Director",
                    "decision_maker",
                    False,
                ),
            ],
            "recruiter": ("Ana-Lucía Ferreyra", "analucia@kettlebrookfoods.com"),
            "company": "Kettlebrook Foods",
            "position": "Senior FP&A Analyst",
        },
    },
    {
        "id": "s-human-graph-ceo-is-the-hiring-manager-ea-books",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan / Dmitri – Chief of Staff conversation",
        "start": "2031-05-19T08:30",
        "minutes": 45,
        "tz": "Eastern Standard Time",
        "organizer": P("Naledi Khumalo", "naledi@parcelwise.com"),
        "attendees": [ME, P("Dmitri Volkonsky", "dmitri@parcelwise.com")],
        "description": (
            "Hi Alex,\n\nI'm booking this on Dmitri's behalf. Our CEO, Dmitri Volkonsky, is the hiring manager for the Chief of Staff role "
            "and would like 45 minutes with you. He'll call you on Teams.\n\nBest,\nNaledi Khumalo\nExecutive Assistant to the CEO, Parcelwise"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Dmitri Volkonsky", "dmitri@parcelwise.com", "CEO", "decision_maker", True)
            ],
            "recruiter": None,
            "company": "Parcelwise",
            "position": "Chief of Staff",
        },
    },
    {
        "id": "s-lever-graph-initials-address-hiring-manager-lowercase",
        "format": "graph",
        "style": "lever",
        "difficulty": "medium",
        "title": "Technical Interview – Robotics Software Engineer – Alex Morgan",
        "start": "2031-05-20T15:00",
        "minutes": 90,
        "tz": "W. Europe Standard Time",
        "organizer": P("Echeverría, Pilar", "pilar@nordlysrobotics.no"),
        "attendees": [
            ME,
            P(None, "km@nordlysrobotics.no"),
            P("Lars Thorsen", "lars@nordlysrobotics.no"),
        ],
        "description": (
            "Hi Alex,\n\nInterviewers:\n• Katja Mäkinen – Engineering Manager (hiring manager)\n• Lars Thorsen – Staff Engineer\n\n"
            "Recruiter: Pilar Echeverría\nNordlys Robotics" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Katja Mäkinen",
                    "km@nordlysrobotics.no",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Lars Thorsen", "lars@nordlysrobotics.no", "Staff Engineer", "peer", False),
            ],
            "recruiter": ("Pilar Echeverría", "pilar@nordlysrobotics.no"),
            "company": "Nordlys Robotics",
            "position": "Robotics Software Engineer",
        },
    },
    {
        "id": "s-calendly-graph-head-of-people-host",
        "format": "graph",
        "style": "calendly",
        "difficulty": "easy",
        "title": "Alex Morgan and Ngaio Whitcombe",
        "start": "2031-05-21T12:00",
        "minutes": 30,
        "tz": "New Zealand Standard Time",
        "organizer": P("Ngaio Whitcombe", "ngaio@tuataralabs.co.nz"),
        "attendees": [ME, P("Ngaio Whitcombe", "ngaio@tuataralabs.co.nz")],
        "description": (
            "Event Name: People Operations Generalist – first interview\n\n"
            "Hosted by Ngaio Whitcombe, Head of People at Tuatara Labs. We'll talk through your experience and what the role looks like "
            "in a 40-person company.\n\nLocation: This is a Microsoft Teams web conference.\n\n"
            "Need to make changes to this event? Cancel: https://calendly.com/cancellations/f20b7e"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ngaio Whitcombe",
                    "ngaio@tuataralabs.co.nz",
                    "Head of People",
                    "decision_maker",
                    False,
                )
            ],
            "recruiter": None,
            "company": "Tuatara Labs",
            "position": "People Operations Generalist",
        },
    },
    {
        "id": "s-workday-graph-entrevue-gestionnaire-d-embauche",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Entrevue – Analyste principal(e), infrastructure – Alex Morgan",
        "start": "2031-05-22T13:30",
        "minutes": 60,
        "tz": "Eastern Standard Time",
        "organizer": P("Gagnon-Lévesque, Maude", "maude.gagnon-levesque@cooperativeboreale.ca"),
        "attendees": [
            ME,
            P("Tremblay, Jean-François", "jf.tremblay@cooperativeboreale.ca"),
            P("Nadeau, Éloïse", "eloise.nadeau@cooperativeboreale.ca"),
        ],
        "description": (
            "Bonjour Alex,\n\nVoici la confirmation de votre entrevue pour le poste d'Analyste principal(e), infrastructure.\n\n"
            "Comité :\nJean-François TREMBLAY, Gestionnaire, Opérations TI (gestionnaire d'embauche)\n"
            "Éloïse Nadeau, Architecte infonuagique\n\n"
            "Maude Gagnon-Lévesque\nConseillère en acquisition de talents, Coopérative Boréale"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Jean-François Tremblay",
                    "jf.tremblay@cooperativeboreale.ca",
                    "Gestionnaire, Opérations TI",
                    "decision_maker",
                    True,
                ),
                (
                    "Éloïse Nadeau",
                    "eloise.nadeau@cooperativeboreale.ca",
                    "Architecte infonuagique",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Maude Gagnon-Lévesque", "maude.gagnon-levesque@cooperativeboreale.ca"),
            "company": "Coopérative Boréale",
            "position": "Analyste principal(e), infrastructure",
        },
    },
    {
        "id": "s-human-graph-recruiter-adds-hm-and-teammate-without-title",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Platform Engineer interview – Gridlock Mobility",
        "start": "2031-05-23T14:00",
        "minutes": 60,
        "tz": "W. Europe Standard Time",
        "organizer": P("Sunniva Aas", "sunniva.aas@gridlockmobility.com"),
        "attendees": [
            ME,
            P("Wouter Ketelaars", "wouter.ketelaars@gridlockmobility.com"),
            P("Precious Dlamini", "precious.dlamini@gridlockmobility.com"),
        ],
        "description": (
            "Hi Alex,\n\nI've added Wouter Ketelaars, the hiring manager, and Precious Dlamini from the platform team to this slot. "
            "I won't join, but ping me afterwards with any questions.\n\nSunniva Aas\nTalent Acquisition, Gridlock Mobility"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Wouter Ketelaars",
                    "wouter.ketelaars@gridlockmobility.com",
                    None,
                    "decision_maker",
                    True,
                ),
                (
                    "Precious Dlamini",
                    "precious.dlamini@gridlockmobility.com",
                    None,
                    "unknown",
                    False,
                ),
            ],
            "recruiter": ("Sunniva Aas", "sunniva.aas@gridlockmobility.com"),
            "company": "Gridlock Mobility",
            "position": "Platform Engineer",
        },
    },
    {
        "id": "s-icims-graph-all-caps-labels-surname-comma",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview - Manufacturing Engineer - Corrib Precision",
        "start": "2031-05-26T09:00",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P(None, "no-reply@icims.com"),
        "attendees": [
            ME,
            P("O'Sullivan, Declan", "declan.osullivan@corribprecision.ie"),
            P("Mwangi, Grace", "grace.mwangi@corribprecision.ie"),
        ],
        "description": (
            "INTERVIEW DETAILS\n\nPOSITION: Manufacturing Engineer (Req ID 4471-GAL)\n"
            "HIRING MANAGER: O'SULLIVAN, Declan – Plant Manager\nPANEL: MWANGI, Grace – Quality Engineer\n"
            "LOCATION: Corrib Precision, Parkmore West, Galway – ask for Declan at reception\n\n"
            "RECRUITER: Niamh Kearney (nkearney@corribprecision.ie)"
        ),
        "location": "Corrib Precision, Parkmore West, Galway",
        "expect": {
            "interviewers": [
                (
                    "Declan O'Sullivan",
                    "declan.osullivan@corribprecision.ie",
                    "Plant Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Grace Mwangi",
                    "grace.mwangi@corribprecision.ie",
                    "Quality Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Niamh Kearney", "nkearney@corribprecision.ie"),
            "company": "Corrib Precision",
            "position": "Manufacturing Engineer",
        },
    },
    # --- Graph JSON: non-interviews that mention interviewing ----------------------------------
    {
        "id": "s-human-graph-interview-kalibrierung-intern",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview-Kalibrierung: Bewertungsbogen Backend",
        "start": "2031-05-27T11:00",
        "minutes": 60,
        "tz": "W. Europe Standard Time",
        "organizer": P("Krüger, Simone", "simone.krueger@initech.com"),
        "attendees": [
            ME_WORK,
            P("Fischer, Tobias", "tobias.fischer@initech.com"),
            P("Öztürk, Deniz", "deniz.oeztuerk@initech.com"),
        ],
        "description": (
            "Hallo zusammen,\n\nwir gleichen unsere Bewertungen aus den letzten zehn Vorstellungsgesprächen ab: Wo geben wir für dieselbe "
            "Antwort eine 2 und wo eine 4? Bitte bringt je zwei anonymisierte Beispiele mit.\n\nSimone"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "s-human-graph-rozmowa-roczna",
        "format": "graph",
        "style": "human",
        "difficulty": "easy",
        "title": "Rozmowa roczna – Alex Morgan",
        "start": "2031-05-28T13:00",
        "minutes": 60,
        "tz": "Central European Standard Time",
        "organizer": P("Wróblewski, Adam", "adam.wroblewski@initech.com"),
        "attendees": [ME_WORK, P("Wróblewski, Adam", "adam.wroblewski@initech.com")],
        "description": (
            "Cześć Alex,\n\nczas na naszą rozmowę roczną: podsumowanie celów, ocena i plan rozwoju na przyszły rok. "
            "Wypełnij proszę samoocenę w systemie do piątku.\n\nAdam" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "s-human-graph-intervjutraning-for-chefer",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Intervjuträning för chefer – kompetensbaserad intervju",
        "start": "2031-05-29T09:00",
        "minutes": 180,
        "tz": "W. Europe Standard Time",
        "organizer": P("Ekström, Maja", "maja.ekstrom@initech.com"),
        "attendees": [
            ME_WORK,
            P("Nyberg, Oskar", "oskar.nyberg@initech.com"),
            P("Konferensrum Vänern", "vanern@initech.com", room=True),
        ],
        "description": (
            "Hej!\n\nHalvdag för chefer som rekryterar i vår: vi övar kompetensbaserade intervjufrågor i par, går igenom "
            "diskrimineringslagen och hur ni dokumenterar bedömningen.\n\nMaja Ekström, HR Initech"
        ),
        "location": "Initech Göteborg – Konferensrum Vänern",
        "expect": None,
    },
    {
        "id": "s-human-graph-sollicitatiegesprek-oefenen-loopbaancoach",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Sollicitatiegesprek oefenen – sessie 2",
        "start": "2031-06-02T19:00",
        "minutes": 60,
        "tz": "W. Europe Standard Time",
        "organizer": P("Marieke Dekker", "marieke@loopbaanlicht.nl"),
        "attendees": [ME, P("Marieke Dekker", "marieke@loopbaanlicht.nl")],
        "description": (
            "Hoi Alex,\n\nIn sessie 2 oefenen we een volledig sollicitatiegesprek: ik speel de hiring manager, jij oefent je STAR-antwoorden "
            "en we nemen het op zodat je het terug kunt kijken. Neem de vacaturetekst mee van de baan waar je op wilt reageren.\n\n"
            "Groet,\nMarieke Dekker\nLoopbaancoach, Loopbaanlicht"
        ),
        "location": "Online (Teams)",
        "expect": None,
    },
    {
        "id": "s-human-graph-colloquio-di-fine-anno",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Colloquio di fine anno – Alex Morgan",
        "start": "2031-06-03T10:00",
        "minutes": 45,
        "tz": "W. Europe Standard Time",
        "organizer": P("Moretti, Sara", "sara.moretti@initech.com"),
        "attendees": [ME_WORK, P("Moretti, Sara", "sara.moretti@initech.com")],
        "description": (
            "Ciao Alex,\n\nfissiamo il colloquio di fine anno: obiettivi raggiunti, feedback del team e bonus. "
            "Porta pure le tue note; la valutazione formale la carichiamo su Workday dopo.\n\nSara"
            + TEAMS
        ),
        "expect": None,
    },
]
