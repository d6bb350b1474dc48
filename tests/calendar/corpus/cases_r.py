# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'r', written by someone who does not tune the parser, labelled before any run of
the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no separate
build file or rendered folder; the tuner adds this file to build.py). 60 invites: 45 interviews
and 15 non-interviews that mention interviewing, across .ics, Google JSON and Graph JSON (20 each).
The writer never read, imported or ran the extraction code, the bench or the corpus tests.

The angle is who the recruiter is and what the company and position are when the invite makes it
hard: a recruiter named only in a signature or under "Your point of contact"; a coordinator and a
recruiter both named; a sourcer who books and a recruiter who runs the call; an agency or RPO
recruiter for a client (named, or confidential); a shared mailbox plus a named person signing it;
a company only in the description, a sign-off, "on behalf of", a parent group against the brand
the candidate joins, a personal-address organizer; positions with requisition ids, level codes,
locations, "(Contract)", "- Remote", employment types, other languages, in the title vs in the
body; panels whose people appear only in prose. Near-misses are calm meetings that talk about
interviews: the user's own intake and debriefs, training, a co-op board interview, a scholarship
panel the user sits on, an agency check-in after placement, a first day, a vendor demo...

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions: a person called the hiring manager or the candidate's future manager is a
decision_maker with the hiring-manager mark; people-manager titles (engineering manager, head
of, director) are decision_makers; CEO/founder/CTO/VP/chief are executives unless called the
hiring manager; a recruiter who runs the call is an interviewer (role recruiter) and the
recruiter; a team mailbox recruiter is (None, address); coordinators without a recruiter are the
recruiter; legal forms and requisition ids are left out; whatever the invite does not say is
None/unknown. "difficulty" is the writer's guess (easy / medium / hard) of how hard a case is to
read; non-interviews have "expect": None.

Further conventions this part follows (those of cases_p.py / cases_q.py): when a recruiter and a
coordinator are both named, the recruiter is the recruiter; a sourcer who books a call and does
not join is the recruiter unless a recruiter is named; a person who signs a team mailbox's message
is the recruiter with the mailbox's address; an agency consultant who only coordinates is the
recruiter but not an interviewer, and the company is the client the candidate would join (None
when the client is confidential); the company is the business the candidate joins, not its parent
group; an executive assistant who books for their executive is not the recruiter; a person with
no title is "unknown" with no title; names are written without honorifics. Positions leave out
requisition ids, "(Contract)", employment types ("Part-Time", "Teilzeit"), gender markers
("(m/w/d)"), and, in this part, a work location or arrangement appended with a dash, comma or
parentheses ("- Remote", "(Lisbon or Remote EU)", ", Bengaluru") and an internal level code in
brackets ("[L6]", "(L4)"); a grade or level that is part of the job's name ("Engineer II", "Band 6
Physiotherapist", "SDE-2") is kept; positions in other languages are kept as written.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics -------------------------------------------------------------------------------
    {
        "id": "r-greenhouse-ics-noreply-point-of-contact-marine",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview - Marine Electrician (Req 30418)",
        "start": "2031-02-03T09:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [ME, P("Gunnar Ekdahl", "gekdahl@halyardmarine.com")],
        "description": (
            "Alex,\n\nThank you for your interest in joining the yard crew at Halyard Marine. You are confirmed for an "
            "in-person interview with Gunnar Ekdahl, Electrical Superintendent, at our Ballard yard.\n\n"
            "Bring your state electrical license and any vessel wiring certifications.\n\n"
            "Your point of contact: Tobiah Wren, Talent Partner (tobiah.wren@halyardmarine.com, 206-555-0143)"
        ),
        "location": "Halyard Marine - 4410 Shilshole Ave NW, Seattle - Gate 2",
        "expect": {
            "interviewers": [
                (
                    "Gunnar Ekdahl",
                    "gekdahl@halyardmarine.com",
                    "Electrical Superintendent",
                    "decision_maker",
                )
            ],
            "recruiter": ("Tobiah Wren", "tobiah.wren@halyardmarine.com"),
            "company": "Halyard Marine",
            "position": "Marine Electrician",
        },
    },
    {
        "id": "r-lever-ics-coordinator-sends-recruiter-named-apart",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Alex Morgan: Technical interview (Embedded Firmware Engineer)",
        "start": "2031-02-04T13:00",
        "minutes": 90,
        "tz": "America/Denver",
        "organizer": P("Bettina Roux", "bettina.roux@quillion.energy"),
        "attendees": [
            ME,
            P("Haruto Kanzaki", "haruto.kanzaki@quillion.energy"),
            P("Ewa Szymańska", "ewa.szymanska@quillion.energy"),
        ],
        "description": (
            "Hi Alex,\n\nI coordinate interviews for the Quillion Energy hardware team. Here is your technical interview:\n\n"
            "Haruto Kanzaki (Senior Firmware Engineer) - C and RTOS\nEwa Szymańska (Firmware Engineer) - debugging exercise\n\n"
            "Kwame Asante-Boateng is your recruiter for this process (kwame.ab@quillion.energy) and will reach out about next steps afterwards.\n\n"
            "Bettina Roux\nRecruiting Coordinator" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Haruto Kanzaki",
                    "haruto.kanzaki@quillion.energy",
                    "Senior Firmware Engineer",
                    "peer",
                ),
                ("Ewa Szymańska", "ewa.szymanska@quillion.energy", "Firmware Engineer", "peer"),
            ],
            "recruiter": ("Kwame Asante-Boateng", "kwame.ab@quillion.energy"),
            "company": "Quillion Energy",
            "position": "Embedded Firmware Engineer",
        },
    },
    {
        "id": "r-ashby-ics-sourcer-books-recruiter-runs-level-code",
        "format": "ics",
        "style": "ashby",
        "difficulty": "hard",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Recruiter screen: Staff Backend Engineer [L6]",
        "start": "2031-02-05T10:30",
        "minutes": 30,
        "tz": "Europe/Dublin",
        "organizer": P("Mina Yazdani", "mina@brackwater.dev"),
        "attendees": [ME, P("Orla Byrne", "orla@brackwater.dev")],
        "description": (
            "Hi Alex - great to connect on LinkedIn! I've booked you in with Orla Byrne, the recruiter who looks after our "
            "platform hires; she'll run this call and take you through the rest of the process. I won't be joining.\n\n"
            "Mina Yazdani\nTechnical Sourcer · Brackwater" + ZOOM
        ),
        "expect": {
            "interviewers": [("Orla Byrne", "orla@brackwater.dev", "Recruiter", "recruiter")],
            "recruiter": ("Orla Byrne", "orla@brackwater.dev"),
            "company": "Brackwater",
            "position": "Staff Backend Engineer",
        },
    },
    {
        "id": "r-agency-ics-client-only-in-body-contract",
        "format": "ics",
        "style": "agency",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview confirmed - Warehouse Operations Manager (Contract)",
        "start": "2031-02-06T14:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Darnell Whitfield", "dwhitfield@brightlanetalent.com"),
        "attendees": [ME, P("Renata Oyelaran", "renata.oyelaran@vossberglogistics.com")],
        "description": (
            "Hi Alex,\n\nGood news - Vossberg Logistics would like to meet you for the 9-month Warehouse Operations Manager contract "
            "at their Joliet DC. You'll be speaking with Renata Oyelaran, Head of Operations, who the role reports to.\n\n"
            "I'm not on this call, but ring me straight after so we can debrief.\n\nDarnell Whitfield\nSenior Consultant, Supply Chain\n"
            "Brightlane Talent | 312-555-0188"
        ),
        "location": "Vossberg Logistics, 2100 Channahon Rd, Joliet IL - Front office",
        "expect": {
            "interviewers": [
                (
                    "Renata Oyelaran",
                    "renata.oyelaran@vossberglogistics.com",
                    "Head of Operations",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": ("Darnell Whitfield", "dwhitfield@brightlanetalent.com"),
            "company": "Vossberg Logistics",
            "position": "Warehouse Operations Manager",
        },
    },
    {
        "id": "r-workday-ics-parent-group-hotel-brand",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday Inc//Workday Recruiting//EN",
        "title": "Interview: Front Office Manager - The Linden House (JR-77104)",
        "start": "2031-02-07T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Ostara Hotels Group Recruitment", "recruitment@ostarahotels.com"),
        "attendees": [
            ME,
            P("Cressida Lowe", "cressida.lowe@ostarahotels.com"),
            P("Amadou Sy", "amadou.sy@ostarahotels.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: JR-77104 Front Office Manager\nProperty: The Linden House, Bath\n"
            "Interview Type: In Person\n\nInterviewers:\nCressida Lowe - General Manager, The Linden House\n"
            "Amadou Sy - Rooms Division Manager (Hiring Manager)\n\n"
            "Talent Acquisition contact: Priyanka Raman\n\nThe Linden House is part of Ostara Hotels Group."
        ),
        "location": "The Linden House, 12 Gay Street, Bath BA1 2PH",
        "expect": {
            "interviewers": [
                (
                    "Cressida Lowe",
                    "cressida.lowe@ostarahotels.com",
                    "General Manager, The Linden House",
                    "decision_maker",
                ),
                (
                    "Amadou Sy",
                    "amadou.sy@ostarahotels.com",
                    "Rooms Division Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Priyanka Raman", None),
            "company": "The Linden House",
            "position": "Front Office Manager",
        },
    },
    {
        "id": "r-icims-ics-careers-mailbox-signed-by-person",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Phone Interview: Logistics Coordinator",
        "start": "2031-02-10T09:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Careers", "careers@pellardfoods.com"),
        "attendees": [ME, P("Careers", "careers@pellardfoods.com")],
        "description": (
            "Interview Details\nPosition: Logistics Coordinator - 2nd Shift\nJob ID: 2031-0412\nType: Phone\n\n"
            "I will call you at the number on your application for a short screen about your "
            "availability and warehouse experience.\n\n"
            "Delia Moreno | Talent Acquisition Specialist\nPellard Foods | careers@pellardfoods.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Delia Moreno",
                    "careers@pellardfoods.com",
                    "Talent Acquisition Specialist",
                    "recruiter",
                )
            ],
            "recruiter": ("Delia Moreno", "careers@pellardfoods.com"),
            "company": "Pellard Foods",
            "position": "Logistics Coordinator",
        },
    },
    {
        "id": "r-calendly-ics-founder-gmail-cidery-cellar-hand",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Cellar Hand - quick chat between Wilhelmina Tarrant and Alex Morgan",
        "start": "2031-02-11T16:00",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Wilhelmina Tarrant", "willa.tarrant@gmail.com"),
        "attendees": [ME, P("Wilhelmina Tarrant", "willa.tarrant@gmail.com")],
        "description": (
            "Event Name: Cellar Hand - quick chat\n\nHi! I'm the founder of Ferncliff Cider and do all our hiring myself. "
            "This is a 20-minute call about the seasonal cellar hand job for the pressing season.\n\n"
            "Location: I'll call the number you enter.\n\nWhat's your availability in September and October?: Full-time both months"
        ),
        "expect": {
            "interviewers": [
                ("Wilhelmina Tarrant", "willa.tarrant@gmail.com", "Founder", "executive")
            ],
            "recruiter": None,
            "company": "Ferncliff Cider",
            "position": "Cellar Hand",
        },
    },
    {
        "id": "r-human-ics-spanish-tecnica-and-jefe-produccion",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Zoom Video Communications//Zoom//ES",
        "title": "Entrevista – Jefe/a de Obra (Valencia) – Alex Morgan",
        "start": "2031-02-12T10:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Lucía Ferrer Bou", "lferrer@constructoraalbaida.es"),
        "attendees": [ME, P("Ramón Quesada", "rquesada@constructoraalbaida.es")],
        "description": (
            "Hola Alex:\n\nTe confirmo la entrevista para el puesto de Jefe/a de Obra. Estaremos Ramón Quesada, Jefe de Producción, "
            "que será tu responsable directo, y yo.\n\nUn saludo,\nLucía Ferrer Bou\nTécnica de Selección\nConstructora Albaida S.A."
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Lucía Ferrer Bou",
                    "lferrer@constructoraalbaida.es",
                    "Técnica de Selección",
                    "recruiter",
                ),
                (
                    "Ramón Quesada",
                    "rquesada@constructoraalbaida.es",
                    "Jefe de Producción",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lucía Ferrer Bou", "lferrer@constructoraalbaida.es"),
            "company": "Constructora Albaida",
            "position": "Jefe/a de Obra",
        },
    },
    {
        "id": "r-goodtime-ics-rpo-recruiter-for-aerospace-client",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "hard",
        "prodid": "-//GoodTime.io//Hire//EN",
        "title": "Calder Aerospace | Panel Interview | Quality Engineer II - Wichita, KS",
        "start": "2031-02-13T08:30",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Shauna Pettigrew", "shauna.pettigrew@northwindrpo.com"),
        "attendees": [
            ME,
            P("Jun Takeda", "jun.takeda@calderaero.com"),
            P("Ebony Marsh", "ebony.marsh@calderaero.com"),
        ],
        "description": (
            "Hello Alex,\n\nI'm the Northwind RPO recruiter supporting Calder Aerospace's quality hiring. You'll meet Jun Takeda, "
            "Quality Manager for the fuselage line, and Ebony Marsh, a Senior Quality Engineer on his team.\n\n"
            "Please bring a photo ID; the site is ITAR-controlled.\n\nShauna Pettigrew\nRecruiter, Northwind RPO on behalf of Calder Aerospace"
        ),
        "location": "Calder Aerospace Plant 3, 1800 S Oliver St, Wichita KS - Visitor Center",
        "expect": {
            "interviewers": [
                ("Jun Takeda", "jun.takeda@calderaero.com", "Quality Manager", "decision_maker"),
                ("Ebony Marsh", "ebony.marsh@calderaero.com", "Senior Quality Engineer", "peer"),
            ],
            "recruiter": ("Shauna Pettigrew", "shauna.pettigrew@northwindrpo.com"),
            "company": "Calder Aerospace",
            "position": "Quality Engineer II",
        },
    },
    {
        "id": "r-human-ics-ea-books-md-recruiter-in-body",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Alex Morgan / Sebastian Pryor - Associate, Private Clients",
        "start": "2031-02-14T15:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Georgina Ellery", "georgina.ellery@tamsinpryor.co.uk"),
        "attendees": [ME, P("Sebastian Pryor", "sebastian.pryor@tamsinpryor.co.uk")],
        "description": (
            "Dear Alex,\n\nSebastian has asked me to find time for the two of you to meet regarding the Associate, Private Clients "
            "vacancy. He is Managing Partner of the firm.\n\nHamid Rezaei in our HR team (hamid.rezaei@tamsinpryor.co.uk) is managing "
            "your application and will be in touch about references.\n\nKind regards,\nGeorgina Ellery\nExecutive Assistant to Sebastian Pryor\n"
            "Tamsin & Pryor Wealth Management LLP"
        ),
        "location": "3 Lombard Court, London EC3V 9AA",
        "expect": {
            "interviewers": [
                (
                    "Sebastian Pryor",
                    "sebastian.pryor@tamsinpryor.co.uk",
                    "Managing Partner",
                    "executive",
                )
            ],
            "recruiter": ("Hamid Rezaei", "hamid.rezaei@tamsinpryor.co.uk"),
            "company": "Tamsin & Pryor Wealth Management",
            "position": "Associate, Private Clients",
        },
    },
    {
        "id": "r-smartrecruiters-ics-panel-prose-only-no-addresses",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Interview invitation: Pharmacy Technician",
        "start": "2031-02-17T10:00",
        "minutes": 45,
        "tz": "America/Toronto",
        "organizer": P("Bronwen Achebe", "bronwen.achebe@lakeshorecare.ca"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nWe are pleased to invite you to interview for the Pharmacy Technician position at Lakeshore Community Care. "
            "On the panel will be our Pharmacy Manager, Tobias Lindqvist, who leads the team you would join, and Farah Siddiqui, "
            "one of our registered pharmacy technicians.\n\nPlease arrive 10 minutes early and sign in at reception.\n\n"
            "Sincerely,\nBronwen Achebe\nHuman Resources Advisor"
        ),
        "location": "Lakeshore Community Care, 88 Queen St E, Toronto - 2nd floor",
        "expect": {
            "interviewers": [
                ("Tobias Lindqvist", None, "Pharmacy Manager", "decision_maker", True),
                ("Farah Siddiqui", None, "Registered Pharmacy Technician", "peer"),
            ],
            "recruiter": ("Bronwen Achebe", "bronwen.achebe@lakeshorecare.ca"),
            "company": "Lakeshore Community Care",
            "position": "Pharmacy Technician",
        },
    },
    {
        "id": "r-teamtailor-ics-portuguese-enfermeiro-recrutamento",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "medium",
        "prodid": "-//Teamtailor//Teamtailor//EN",
        "title": "Entrevista: Enfermeiro/a de Bloco Operatório – Clínica Atlântida",
        "start": "2031-02-18T14:30",
        "minutes": 45,
        "tz": "Europe/Lisbon",
        "organizer": P("Clínica Atlântida", "no-reply@teamtailor.com"),
        "attendees": [
            ME,
            P("Beatriz Amaral", "beatriz.amaral@clinicaatlantida.pt"),
            P("Duarte Nogueira", "duarte.nogueira@clinicaatlantida.pt"),
        ],
        "description": (
            "Olá Alex,\n\nObrigado pela sua candidatura. A entrevista será com:\n\n"
            "• Duarte Nogueira – Enfermeiro-Chefe do Bloco Operatório\n• Beatriz Amaral – Técnica de Recrutamento\n\n"
            "Qualquer dúvida, contacte a Beatriz.\n\nCumprimentos,\nEquipa de Recursos Humanos – Clínica Atlântida"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatriz Amaral",
                    "beatriz.amaral@clinicaatlantida.pt",
                    "Técnica de Recrutamento",
                    "recruiter",
                ),
                (
                    "Duarte Nogueira",
                    "duarte.nogueira@clinicaatlantida.pt",
                    "Enfermeiro-Chefe do Bloco Operatório",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Beatriz Amaral", "beatriz.amaral@clinicaatlantida.pt"),
            "company": "Clínica Atlântida",
            "position": "Enfermeiro/a de Bloco Operatório",
        },
    },
    {
        "id": "r-bamboohr-ics-company-only-in-signoff-part-time",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "medium",
        "prodid": "-//BambooHR//BambooHR Calendar//EN",
        "title": "Interview with Rhiannon - Dental Hygienist (Part-Time)",
        "start": "2031-02-19T12:15",
        "minutes": 40,
        "tz": "America/Phoenix",
        "organizer": P("Rhiannon Pugh", "rhiannon@pebblestonedental.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nThanks for applying! I manage the practice and the hygiene team, so you'd be working for me. "
            "We'll meet in the office over lunch; it's informal, and I'll show you the operatories.\n\n"
            "See you soon,\nRhiannon Pugh, Practice Manager\n— The team at Pebblestone Dental"
        ),
        "location": "2290 E Camelback Rd, Suite 140, Phoenix AZ",
        "expect": {
            "interviewers": [
                (
                    "Rhiannon Pugh",
                    "rhiannon@pebblestonedental.com",
                    "Practice Manager",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Pebblestone Dental",
            "position": "Dental Hygienist",
        },
    },
    {
        "id": "r-human-ics-hm-own-invite-req-title-recruiter-mentioned",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Zoom Video Communications//Zoom//EN",
        "title": "Chat re: R-20911 Senior Geotechnical Engineer",
        "start": "2031-02-20T11:00",
        "minutes": 45,
        "tz": "Australia/Brisbane",
        "organizer": P("Callum McInnes", "callum.mcinnes@basaltengineering.com.au"),
        "attendees": [ME],
        "description": (
            "G'day Alex,\n\nOur recruiter Sandeep Iyer passed your CV across and suggested we talk. I lead the geotechnical group "
            "here and this role would sit in my team. Nothing formal, I'd like to hear about your slope stability work.\n\n"
            "Cheers,\nCallum McInnes\nPrincipal Geotechnical Engineer\nBasalt Engineering Pty Ltd"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Callum McInnes",
                    "callum.mcinnes@basaltengineering.com.au",
                    "Principal Geotechnical Engineer",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": ("Sandeep Iyer", None),
            "company": "Basalt Engineering",
            "position": "Senior Geotechnical Engineer",
        },
    },
    {
        "id": "r-workable-ics-shipping-piraeus-hr-and-manager",
        "format": "ics",
        "style": "workable",
        "difficulty": "medium",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Interview for Chartering Executive - Piraeus | Aegeas Bulk Carriers",
        "start": "2031-02-21T10:00",
        "minutes": 60,
        "tz": "Europe/Athens",
        "organizer": P("Eleni Papadaki", "e.papadaki@aegeasbulk.gr"),
        "attendees": [ME, P("Stavros Karras", "s.karras@aegeasbulk.gr")],
        "description": (
            "Dear Alex,\n\nThis is to confirm your interview at our Piraeus office. I will open the meeting with some questions on "
            "your background, then Captain Stavros Karras, our Chartering Manager, will take over for the commercial part.\n\n"
            "Best regards,\nEleni Papadaki\nHR Generalist\nAegeas Bulk Carriers S.A."
        ),
        "location": "Akti Miaouli 47, Piraeus 185 36",
        "expect": {
            "interviewers": [
                ("Eleni Papadaki", "e.papadaki@aegeasbulk.gr", "HR Generalist", "recruiter"),
                (
                    "Stavros Karras",
                    "s.karras@aegeasbulk.gr",
                    "Chartering Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Eleni Papadaki", "e.papadaki@aegeasbulk.gr"),
            "company": "Aegeas Bulk Carriers",
            "position": "Chartering Executive",
        },
    },
    # --- .ics near-misses ---------------------------------------------------------------------
    {
        "id": "r-not-ics-user-hm-intake-with-recruiter",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Intake: Senior Buyer req - interview plan & scorecard",
        "start": "2031-02-24T09:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Yolanda Brisbane", "yolanda.brisbane@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Hi Alex,\n\nAs hiring manager for the new Senior Buyer opening, let's agree the must-haves, who sits on the "
            "interview panel and the timeline before I start sourcing.\n\nYolanda Brisbane\nRecruiter, Initech"
        ),
        "location": "Room 4B",
        "expect": None,
    },
    {
        "id": "r-not-ics-agency-checkin-after-placement",
        "format": "ics",
        "style": "agency",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "30-day check-in - how's the new role going?",
        "start": "2031-02-25T17:30",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Darnell Whitfield", "dwhitfield@brightlanetalent.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex, a month in already! Since we placed you after those interviews in January, I'd like a quick check-in on how "
            "things are going at Vossberg and whether anything needs raising with them. No prep needed.\n\nDarnell"
        ),
        "expect": None,
    },
    {
        "id": "r-not-ics-coop-board-interview",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//iCal 5.0//EN",
        "title": "Co-op board interview - 315 Riverside Dr, apt 6C",
        "start": "2031-02-26T19:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Marguerite Olsen", "molsen.board315@gmail.com"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nThe admissions committee of 315 Riverside Drive Owners Corp. would like to interview you regarding your "
            "purchase application for apartment 6C. Three board members will attend. Please bring your most recent pay stub.\n\n"
            "Marguerite Olsen, Board Secretary"
        ),
        "location": "315 Riverside Dr, lobby library",
        "expect": None,
    },
    {
        "id": "r-not-ics-interviewer-certification-workday",
        "format": "ics",
        "style": "workday",
        "difficulty": "easy",
        "prodid": "-//Workday Inc//Workday Learning//EN",
        "title": "Required: Behavioral Interviewer Certification (Session 2 of 2)",
        "start": "2031-02-27T13:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Learning & Development", "learning@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "You are enrolled in Behavioral Interviewer Certification, session 2: scoring, bias and writing feedback in Workday. "
            "Completion is required before you can join interview panels.\n\nFacilitator: Oksana Vrabie, Talent Acquisition Enablement"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "r-not-ics-recruiter-coffee-no-role",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Coffee - Alex / Jana (Pelham Partners)",
        "start": "2031-02-28T08:30",
        "minutes": 30,
        "tz": "Europe/Prague",
        "organizer": P("Jana Dvořáková", "jana.dvorakova@pelhampartners.cz"),
        "attendees": [ME],
        "description": (
            "Hi Alex, lovely to finally meet in person. No specific role in mind, I just like to know the people I might call about "
            "interviews later in the year. My treat!\n\nJana"
        ),
        "location": "Café Savoy, Vítězná 5, Praha",
        "expect": None,
    },
    # --- Google JSON --------------------------------------------------------------------------
    {
        "id": "r-greenhouse-google-on-behalf-of-coordinator-recruiter-named",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "Onsite Interview - Alex Morgan",
        "start": "2031-03-03T09:30",
        "minutes": 150,
        "tz": "America/Los_Angeles",
        "organizer": P(None, "no-reply@us.greenhouse-mail.io"),
        "attendees": [
            ME,
            P("Solveig Marstrand", "solveig@ferrowave.ai"),
            P("Baptiste Ngata", "baptiste@ferrowave.ai"),
            P("Cyrus Talebi", "cyrus@ferrowave.ai"),
            P("Marcus Thibodeaux", "marcus@ferrowave.ai", optional=True),
        ],
        "description": (
            "<p>Scheduled by Greenhouse on behalf of Ilse Verbruggen, Recruiting Coordinator at Ferrowave.</p>"
            "<p>Hi Alex, here is your onsite for the <b>Machine Learning Engineer, Perception</b> role:</p>"
            "<ul><li>9:30 - Solveig Marstrand, ML Engineering Manager (hiring manager)</li>"
            "<li>10:30 - Baptiste Ngata, Senior ML Engineer</li><li>11:15 - Cyrus Talebi, Research Scientist</li></ul>"
            "<p>Your recruiter, Marcus Thibodeaux, is on the invite as optional in case you need him during the day.</p>"
        ),
        "location": "Ferrowave, 500 Terry Francois Blvd, San Francisco - 3rd floor",
        "expect": {
            "interviewers": [
                (
                    "Solveig Marstrand",
                    "solveig@ferrowave.ai",
                    "ML Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Baptiste Ngata", "baptiste@ferrowave.ai", "Senior ML Engineer", "peer"),
                ("Cyrus Talebi", "cyrus@ferrowave.ai", "Research Scientist", "peer"),
            ],
            "recruiter": ("Marcus Thibodeaux", "marcus@ferrowave.ai"),
            "company": "Ferrowave",
            "position": "Machine Learning Engineer, Perception",
        },
    },
    {
        "id": "r-lever-google-talent-mailbox-first-name-signoff",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Saltings x Alex - Hiring Manager Interview",
        "start": "2031-03-04T15:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Saltings Talent", "talent@saltings.co"),
        "attendees": [ME, P("Imogen Faraday", "imogen@saltings.co")],
        "description": (
            "Hi Alex,\n\nNext up is your conversation with Imogen Faraday, our Head of Customer Success and the hiring manager for "
            "the Customer Success Lead role.\n\nAny questions, just reply here.\n\n— Noor, for the Saltings Talent team"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Imogen Faraday",
                    "imogen@saltings.co",
                    "Head of Customer Success",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": ("Noor", "talent@saltings.co"),
            "company": "Saltings",
            "position": "Customer Success Lead",
        },
    },
    {
        "id": "r-gem-google-sourcer-organizes-recruiter-on-call",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex Morgan <> Orchard Vale: intro call",
        "start": "2031-03-05T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Pim de Graaf", "pim@orchardvale.com"),
        "attendees": [ME, P("Talia Brennan", "talia@orchardvale.com")],
        "description": (
            "Hi Alex,\n\nThanks for replying to my note! Talia Brennan, who will be your recruiter for the rest of the process, "
            "will run this call about our Revenue Operations Analyst opening. I'll step out after this.\n\n"
            "Pim de Graaf\nSourcer, Orchard Vale" + MEET
        ),
        "expect": {
            "interviewers": [("Talia Brennan", "talia@orchardvale.com", "Recruiter", "recruiter")],
            "recruiter": ("Talia Brennan", "talia@orchardvale.com"),
            "company": "Orchard Vale",
            "position": "Revenue Operations Analyst",
        },
    },
    {
        "id": "r-calendly-google-agency-confidential-client",
        "format": "google",
        "style": "calendly",
        "difficulty": "hard",
        "title": "Finance Director - Manchester: screening call (Alex Morgan)",
        "start": "2031-03-06T10:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Hollis Kemp", "hollis.kemp@meridianexec.co.uk"),
        "attendees": [ME, P("Hollis Kemp", "hollis.kemp@meridianexec.co.uk")],
        "description": (
            "Event Name: Finance Director - Manchester: screening call\n\n"
            "Hi Alex, I'm running this search on a confidential basis for a privately owned manufacturer in the North West, "
            "so I can't share the client's name until after our call. I'll take you through the brief and ask about your experience.\n\n"
            "Hollis Kemp\nPartner, Meridian Executive Search" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Hollis Kemp", "hollis.kemp@meridianexec.co.uk", "Partner", "recruiter")
            ],
            "recruiter": ("Hollis Kemp", "hollis.kemp@meridianexec.co.uk"),
            "company": None,
            "position": "Finance Director",
        },
    },
    {
        "id": "r-human-google-restaurant-brand-part-of-group",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Trial shift + chat - Sous Chef",
        "start": "2031-03-07T14:00",
        "minutes": 180,
        "tz": "Australia/Melbourne",
        "organizer": P("Tomás Reyes-Whitlam", "tomas@merrinhospitality.com.au"),
        "attendees": [ME],
        "description": (
            "Hey Alex,\n\nCome in for a trial shift on the pass, then we'll sit down and talk. You'd be my second in the kitchen, "
            "reporting to me.\n\nWear whites and bring your knives.\n\nTomás Reyes-Whitlam\nHead Chef, Saltbush Kitchen\n"
            "Saltbush Kitchen is part of Merrin Hospitality Group"
        ),
        "location": "Saltbush Kitchen, 41 Gertrude St, Fitzroy VIC",
        "expect": {
            "interviewers": [
                (
                    "Tomás Reyes-Whitlam",
                    "tomas@merrinhospitality.com.au",
                    "Head Chef",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Saltbush Kitchen",
            "position": "Sous Chef",
        },
    },
    {
        "id": "r-ashby-google-generic-title-position-in-body-remote",
        "format": "google",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex <> Rivermint",
        "start": "2031-03-10T16:00",
        "minutes": 45,
        "tz": "Europe/Lisbon",
        "organizer": P(None, "no-reply@ashbyhq.com"),
        "attendees": [ME, P("Hendrik Vaal", "hendrik@rivermint.com")],
        "description": (
            "Hi Alex,\n\nYou're confirmed for a product conversation for our Senior Product Manager, Payments (Lisbon or Remote EU) role "
            "with Hendrik Vaal, Director of Product, Payments.\n\nQuestions? Your point of contact is Joana Pires (joana@rivermint.com).\n\n"
            "Rivermint" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Hendrik Vaal",
                    "hendrik@rivermint.com",
                    "Director of Product, Payments",
                    "decision_maker",
                )
            ],
            "recruiter": ("Joana Pires", "joana@rivermint.com"),
            "company": "Rivermint",
            "position": "Senior Product Manager, Payments",
        },
    },
    {
        "id": "r-modernloop-google-coordinator-mailbox-recruiter-optional",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "[Interview] Alex Morgan — Supply Planner — Tallowmere",
        "start": "2031-03-11T13:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Tallowmere Scheduling", "scheduling@tallowmere.com"),
        "attendees": [
            ME,
            P("Gideon Armitage", "gideon.armitage@tallowmere.com"),
            P("Priya Chaudhary", "priya.chaudhary@tallowmere.com"),
            P("Femi Adeyemi", "femi.adeyemi@tallowmere.com", optional=True),
        ],
        "description": (
            "Supply Planner — Panel\n\n1:00 PM  Gideon Armitage  ·  Supply Chain Planning Manager  ·  Hiring Manager\n"
            "1:45 PM  Priya Chaudhary  ·  Demand Planner\n\nRecruiter: Femi Adeyemi\nScheduled via ModernLoop"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Gideon Armitage",
                    "gideon.armitage@tallowmere.com",
                    "Supply Chain Planning Manager",
                    "decision_maker",
                    True,
                ),
                ("Priya Chaudhary", "priya.chaudhary@tallowmere.com", "Demand Planner", "peer"),
            ],
            "recruiter": ("Femi Adeyemi", "femi.adeyemi@tallowmere.com"),
            "company": "Tallowmere",
            "position": "Supply Planner",
        },
    },
    {
        "id": "r-human-google-polish-recruiter-runs-logistics",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Rozmowa rekrutacyjna – Specjalista ds. Logistyki Magazynowej",
        "start": "2031-03-12T10:00",
        "minutes": 40,
        "tz": "Europe/Warsaw",
        "organizer": P("Agnieszka Wróblewska", "a.wroblewska@wistula.pl"),
        "attendees": [ME],
        "description": (
            "Dzień dobry,\n\nzapraszam na rozmowę online w sprawie stanowiska Specjalista ds. Logistyki Magazynowej w firmie "
            "Wistula Logistyka. Rozmowę poprowadzę ja.\n\nPozdrawiam,\nAgnieszka Wróblewska\nSpecjalistka ds. Rekrutacji\n"
            "Wistula Logistyka Sp. z o.o." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Agnieszka Wróblewska",
                    "a.wroblewska@wistula.pl",
                    "Specjalistka ds. Rekrutacji",
                    "recruiter",
                )
            ],
            "recruiter": ("Agnieszka Wróblewska", "a.wroblewska@wistula.pl"),
            "company": "Wistula Logistyka",
            "position": "Specjalista ds. Logistyki Magazynowej",
        },
    },
    {
        "id": "r-personio-google-german-personalreferentin-teamleiterin",
        "format": "google",
        "style": "personio",
        "difficulty": "medium",
        "title": "Vorstellungsgespräch: Kundenservice-Mitarbeiter (m/w/d) in Teilzeit",
        "start": "2031-03-13T09:00",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Hafenlicht Energie", "noreply@personio.de"),
        "attendees": [
            ME,
            P("Miriam Kohl", "miriam.kohl@hafenlicht.de"),
            P("Sevgi Aydın", "sevgi.aydin@hafenlicht.de"),
        ],
        "description": (
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung bei der Hafenlicht Energie GmbH. Am Gespräch nehmen teil:\n"
            "Sevgi Aydın, Teamleiterin Kundenservice (Ihre künftige Vorgesetzte)\nMiriam Kohl, Personalreferentin\n\n"
            "Ihre Ansprechpartnerin bei Fragen ist Frau Kohl.\n\nViele Grüße\nIhr Hafenlicht-Team"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Sevgi Aydın",
                    "sevgi.aydin@hafenlicht.de",
                    "Teamleiterin Kundenservice",
                    "decision_maker",
                    True,
                ),
                ("Miriam Kohl", "miriam.kohl@hafenlicht.de", "Personalreferentin", "recruiter"),
            ],
            "recruiter": ("Miriam Kohl", "miriam.kohl@hafenlicht.de"),
            "company": "Hafenlicht Energie",
            "position": "Kundenservice-Mitarbeiter",
        },
    },
    {
        "id": "r-human-google-founder-gmail-company-in-signature-contract",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex + Rosalind - Game Designer (Contract)",
        "start": "2031-03-14T18:00",
        "minutes": 45,
        "tz": "America/Vancouver",
        "organizer": P("Rosalind Achterberg", "ros.achterberg@gmail.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex - loved your tabletop portfolio. Let's talk about the 4-month game design contract for our next expansion.\n\n"
            "Ros\nCo-founder, Thistlewood Studio (we make board games)" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Rosalind Achterberg", "ros.achterberg@gmail.com", "Co-founder", "executive")
            ],
            "recruiter": None,
            "company": "Thistlewood Studio",
            "position": "Game Designer",
        },
    },
    {
        "id": "r-workday-google-fields-hm-not-on-call",
        "format": "google",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Scheduled - Claims Adjuster III (R-440912)",
        "start": "2031-03-17T11:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P(None, "harborline@myworkday.com"),
        "attendees": [
            ME,
            P("Lorenzo Pagano", "lorenzo.pagano@harborlineins.com"),
            P("Adaeze Nnamdi", "adaeze.nnamdi@harborlineins.com"),
        ],
        "description": (
            "Job Requisition: R-440912 Claims Adjuster III\nCompany: Harborline Mutual Insurance\n"
            "Hiring Manager: Glenys Thorburn\nRecruiter: Oscar Lindahl (oscar.lindahl@harborlineins.com)\n\n"
            "Interviewers:\n1. Lorenzo Pagano - Senior Claims Adjuster\n2. Adaeze Nnamdi - Claims Team Lead\n\nInterview Type: Video"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Lorenzo Pagano",
                    "lorenzo.pagano@harborlineins.com",
                    "Senior Claims Adjuster",
                    "peer",
                ),
                (
                    "Adaeze Nnamdi",
                    "adaeze.nnamdi@harborlineins.com",
                    "Claims Team Lead",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Oscar Lindahl", "oscar.lindahl@harborlineins.com"),
            "company": "Harborline Mutual Insurance",
            "position": "Claims Adjuster III",
        },
    },
    {
        "id": "r-icims-google-coop-lineworker-panel-ta-specialist",
        "format": "google",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview: Apprentice Lineworker",
        "start": "2031-03-18T08:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Corrine Blackfeather", "cblackfeather@cascadevalley.coop"),
        "attendees": [
            ME,
            P("Dale Huxtable", "dhuxtable@cascadevalley.coop"),
            P("Marisela Ortega", "mortega@cascadevalley.coop"),
        ],
        "description": (
            "Interview Details\nJob Title: Apprentice Lineworker\nJob ID: 1193\nLocation: Yakima Operations Center\n\n"
            "Interview Panel:\nDale Huxtable, Line Superintendent\nMarisela Ortega, Journeyman Lineworker\n\n"
            "Please bring your CDL permit.\n\nCorrine Blackfeather\nTalent Acquisition Specialist\nCascade Valley Electric Cooperative"
        ),
        "location": "Yakima Operations Center, 1400 River Rd, Yakima WA",
        "expect": {
            "interviewers": [
                (
                    "Dale Huxtable",
                    "dhuxtable@cascadevalley.coop",
                    "Line Superintendent",
                    "decision_maker",
                ),
                ("Marisela Ortega", "mortega@cascadevalley.coop", "Journeyman Lineworker", "peer"),
            ],
            "recruiter": ("Corrine Blackfeather", "cblackfeather@cascadevalley.coop"),
            "company": "Cascade Valley Electric Cooperative",
            "position": "Apprentice Lineworker",
        },
    },
    {
        "id": "r-human-google-india-ta-lead-panel-prose-city",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Neelgiri Fintech | Technical Round 1 | SDE-2 (Backend), Bengaluru",
        "start": "2031-03-19T11:30",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P("Deepa Raghunathan", "deepa.r@neelgiri.in"),
        "attendees": [
            ME,
            P("Raghav Menon", "raghav.menon@neelgiri.in"),
            P("Shreya Kulkarni", "shreya.kulkarni@neelgiri.in"),
        ],
        "description": (
            "Dear Alex,\n\nGreetings from Neelgiri Fintech! Your first technical round is scheduled. You will be speaking with "
            "Mr. Raghav Menon (Engineering Manager, Lending) and Ms. Shreya Kulkarni (SDE-3).\n\nKindly keep your camera on.\n\n"
            "Regards,\nDeepa Raghunathan\nTalent Acquisition Lead" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Raghav Menon",
                    "raghav.menon@neelgiri.in",
                    "Engineering Manager, Lending",
                    "decision_maker",
                ),
                ("Shreya Kulkarni", "shreya.kulkarni@neelgiri.in", "SDE-3", "peer"),
            ],
            "recruiter": ("Deepa Raghunathan", "deepa.r@neelgiri.in"),
            "company": "Neelgiri Fintech",
            "position": "SDE-2 (Backend)",
        },
    },
    {
        "id": "r-teamtailor-google-estonia-people-partner-sig",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "medium",
        "title": "Interview with Kaarel & Liisa — Product Designer — Tallinn (hybrid)",
        "start": "2031-03-20T13:00",
        "minutes": 60,
        "tz": "Europe/Tallinn",
        "organizer": P("Ruutu", "no-reply@teamtailor.com"),
        "attendees": [
            ME,
            P("Kaarel Tamm", "kaarel.tamm@ruutu.ee"),
            P("Liisa Kask", "liisa.kask@ruutu.ee"),
        ],
        "description": (
            "Hi Alex!\n\nKaarel (Design Lead) and Liisa (Senior Product Designer) are looking forward to meeting you. "
            "Kaarel leads the design team you'd join.\n\nIf anything changes, write to me.\n\n"
            "Merilin Saar\nPeople Partner, Ruutu\nmerilin.saar@ruutu.ee" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Kaarel Tamm", "kaarel.tamm@ruutu.ee", "Design Lead", "decision_maker", True),
                ("Liisa Kask", "liisa.kask@ruutu.ee", "Senior Product Designer", "peer"),
            ],
            "recruiter": ("Merilin Saar", "merilin.saar@ruutu.ee"),
            "company": "Ruutu",
            "position": "Product Designer",
        },
    },
    {
        "id": "r-greenhouse-google-level-code-in-parens",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Alex Morgan - Systems Design - Software Engineer (L4), Infrastructure",
        "start": "2031-03-21T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Zainab Okafor", "zainab.okafor@cobaltstack.com"),
        "attendees": [ME, P("Elliott Park", "elliott.park@cobaltstack.com")],
        "description": (
            "<p>Hi Alex,</p><p>Your systems design interview is with <b>Elliott Park</b>, Staff Software Engineer on Infrastructure.</p>"
            "<p>Best of luck,<br>Zainab Okafor<br>Recruiter | Cobalt Stack</p>"
            + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                ("Elliott Park", "elliott.park@cobaltstack.com", "Staff Software Engineer", "peer")
            ],
            "recruiter": ("Zainab Okafor", "zainab.okafor@cobaltstack.com"),
            "company": "Cobalt Stack",
            "position": "Software Engineer, Infrastructure",
        },
    },
    # --- Google near-misses ---------------------------------------------------------------------
    {
        "id": "r-not-google-first-day-with-recruiter",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Day 1 welcome - Alex Morgan",
        "start": "2031-03-24T09:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Talia Brennan", "talia@orchardvale.com"),
        "attendees": [ME, P("Talia Brennan", "talia@orchardvale.com")],
        "description": (
            "Welcome aboard, Alex! After all those interviews it's great to have you officially on the team. I'll meet you at "
            "reception, hand over your laptop and walk you to your desk. Bring ID for the I-9.\n\nTalia"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "r-not-google-scholarship-panel-user-sits-on",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Scholarship interviews - panel B (you're on this one)",
        "start": "2031-03-25T14:00",
        "minutes": 120,
        "tz": "America/Chicago",
        "organizer": P("Harriet Mbeki", "hmbeki@lonestarfoundation.org"),
        "attendees": [
            ME,
            P("Harriet Mbeki", "hmbeki@lonestarfoundation.org"),
            P("Jonah Weiss", "jweiss@lonestarfoundation.org"),
        ],
        "description": (
            "Thanks for volunteering as a panelist, Alex! We'll interview four finalists for the Lone Star STEM Scholarship, 25 "
            "minutes each. Scoring sheets attached.\n\nHarriet Mbeki, Program Director" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "r-not-google-ta-pipeline-sync",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Weekly recruiting pipeline sync - Platform team",
        "start": "2031-03-26T11:00",
        "minutes": 30,
        "tz": "Europe/Dublin",
        "organizer": P("Orla Byrne", "orla@brackwater.dev"),
        "attendees": [
            P("Alex Morgan", "alex@brackwater.dev"),
            P("Orla Byrne", "orla@brackwater.dev"),
        ],
        "description": (
            "Agenda: candidates at onsite stage, interview feedback outstanding, offers out. Please have your scorecards in before we meet.\n\nOrla"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "r-not-google-dissertation-interview-user-conducts",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Research interview #7 (participant: R.K.)",
        "start": "2031-03-27T15:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P(None, "rk.participant@outlook.com")],
        "description": (
            "Semi-structured interview for my MSc dissertation on shift workers' sleep. Consent form signed. Recording via Teams, "
            "transcript to be anonymised."
        ),
        "expect": None,
    },
    {
        "id": "r-not-google-podcast-user-hosts-hiring-topic",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Podcast recording: 'How we hire' ep. 14 with Imogen Faraday",
        "start": "2031-03-28T16:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Imogen Faraday", "imogen@saltings.co")],
        "description": (
            "Imogen joins me to talk about how Saltings runs hiring manager interviews for customer success roles. "
            "Riverside studio link to follow; 10 min sound check first."
        ),
        "expect": None,
    },
    # --- Graph JSON ---------------------------------------------------------------------------
    {
        "id": "r-human-graph-nhs-resourcing-mailbox-signed-band",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview - Band 6 Physiotherapist - Musculoskeletal (Ref 218-MSK-0931)",
        "start": "2031-04-01T10:15",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Recruitment Team", "hfft.recruitment@nhs.net"),
        "attendees": [
            ME,
            P("Ciaran Doherty", "ciaran.doherty@nhs.net"),
            P("Ngozi Adewale", "ngozi.adewale@nhs.net"),
        ],
        "description": (
            "Dear Alex,\n\nWe are pleased to invite you to interview for the above post. Your panel will be Ciaran Doherty, MSK "
            "Physiotherapy Team Lead, and Ngozi Adewale, Clinical Specialist Physiotherapist.\n\n"
            "Kind regards,\nOluwaseun Bakare\nResourcing Advisor\nHarrowfield NHS Foundation Trust\nhfft.recruitment@nhs.net"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ciaran Doherty",
                    "ciaran.doherty@nhs.net",
                    "MSK Physiotherapy Team Lead",
                    "decision_maker",
                ),
                (
                    "Ngozi Adewale",
                    "ngozi.adewale@nhs.net",
                    "Clinical Specialist Physiotherapist",
                    "peer",
                ),
            ],
            "recruiter": ("Oluwaseun Bakare", "hfft.recruitment@nhs.net"),
            "company": "Harrowfield NHS Foundation Trust",
            "position": "Band 6 Physiotherapist - Musculoskeletal",
        },
    },
    {
        "id": "r-agency-graph-on-behalf-of-utility-consultant-runs-intro",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Introductory call - Asset Management Engineer (on behalf of Greystone Utilities)",
        "start": "2031-04-02T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Phoebe Ashworth", "phoebe.ashworth@kestrelsearch.co.uk"),
        "attendees": [ME, P("Rhodri Vaughan", "rhodri.vaughan@greystoneutilities.co.uk")],
        "description": (
            "Hi Alex,\n\nAs discussed, I'll open the call with a quick introduction and stay on to cover the package at the end. "
            "Rhodri Vaughan is Asset Strategy Manager at Greystone and the vacancy sits in his team.\n\n"
            "Phoebe Ashworth\nPrincipal Consultant | Kestrel Search" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Phoebe Ashworth",
                    "phoebe.ashworth@kestrelsearch.co.uk",
                    "Principal Consultant",
                    "recruiter",
                ),
                (
                    "Rhodri Vaughan",
                    "rhodri.vaughan@greystoneutilities.co.uk",
                    "Asset Strategy Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Phoebe Ashworth", "phoebe.ashworth@kestrelsearch.co.uk"),
            "company": "Greystone Utilities",
            "position": "Asset Management Engineer",
        },
    },
    {
        "id": "r-smartrecruiters-graph-hiring-team-coordinator-and-recruiter",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "title": "Interview: Alex Morgan for Key Account Manager, Medical Devices",
        "start": "2031-04-03T09:00",
        "minutes": 60,
        "tz": "Europe/Zurich",
        "organizer": P("Noemi Castelli", "noemi.castelli@vireolabs.ch"),
        "attendees": [
            ME,
            P("Urs Brunner", "urs.brunner@vireolabs.ch"),
            P("Katharina Egli", "katharina.egli@vireolabs.ch"),
        ],
        "description": (
            "Hiring team:\nRecruiter: Katharina Egli\nCoordinator: Noemi Castelli\nHiring Manager: Urs Brunner, VP Sales Europe\n\n"
            "Katharina will join for the first 15 minutes to walk you through the process and your motivation, then Urs continues.\n\n"
            "Vireo Labs AG" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Katharina Egli", "katharina.egli@vireolabs.ch", "Recruiter", "recruiter"),
                (
                    "Urs Brunner",
                    "urs.brunner@vireolabs.ch",
                    "VP Sales Europe",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Katharina Egli", "katharina.egli@vireolabs.ch"),
            "company": "Vireo Labs",
            "position": "Key Account Manager, Medical Devices",
        },
    },
    {
        "id": "r-human-graph-dutch-teamleider-vacature-region",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Vacature 2031-044: Servicemonteur Koeltechniek (regio Utrecht) – kennismaking",
        "start": "2031-04-04T08:30",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Joost van Leeuwen", "j.vanleeuwen@poolsterkoeling.nl"),
        "attendees": [ME],
        "description": (
            "Hoi Alex,\n\nLeuk dat je gereageerd hebt. Ik ben teamleider van de servicemonteurs in de regio en je zou in mijn team "
            "komen. Laten we kennismaken via Teams.\n\nGroet,\nJoost van Leeuwen\nTeamleider Service\nPoolster Koeling B.V."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Joost van Leeuwen",
                    "j.vanleeuwen@poolsterkoeling.nl",
                    "Teamleider Service",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Poolster Koeling",
            "position": "Servicemonteur Koeltechniek",
        },
    },
    {
        "id": "r-icims-graph-community-of-parent-director-nursing",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview Invitation - Director of Nursing",
        "start": "2031-04-07T13:00",
        "minutes": 75,
        "tz": "America/New_York",
        "organizer": P("Meridian Care Partners Talent", "talent@meridiancarepartners.com"),
        "attendees": [
            ME,
            P("Lorraine Whitcombe", "lwhitcombe@meridiancarepartners.com"),
            P("Dr. Anil Bhattacharya", "abhattacharya@meridiancarepartners.com"),
        ],
        "description": (
            "Interview Details\nCommunity: Brookvale Senior Living, a Meridian Care Partners community\nPosition: Director of Nursing (DON)\n"
            "Job ID: MCP-22817\n\nYou will meet with Lorraine Whitcombe, Executive Director of Brookvale, to whom this position reports, "
            "and Dr. Anil Bhattacharya, Medical Director.\n\nRecruiter: Tamsin Oduya, Senior Healthcare Recruiter\n"
            "talent@meridiancarepartners.com"
        ),
        "location": "Brookvale Senior Living, 600 Brookvale Way, Cary NC",
        "expect": {
            "interviewers": [
                (
                    "Lorraine Whitcombe",
                    "lwhitcombe@meridiancarepartners.com",
                    "Executive Director of Brookvale",
                    "decision_maker",
                    True,
                ),
                (
                    "Anil Bhattacharya",
                    "abhattacharya@meridiancarepartners.com",
                    "Medical Director",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Tamsin Oduya", "talent@meridiancarepartners.com"),
            "company": "Brookvale Senior Living",
            "position": "Director of Nursing",
        },
    },
    {
        "id": "r-bamboohr-graph-office-manager-books-owner-interviews",
        "format": "graph",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview - Bookkeeper - Alex Morgan",
        "start": "2031-04-08T10:00",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Sheryl Pankratz", "sheryl@gallatinplumbing.com"),
        "attendees": [ME, P("Dwight Gallatin", "dwight@gallatinplumbing.com")],
        "description": (
            "Hi Alex,\n\nDwight Gallatin, our owner, will interview you for the bookkeeper position. I've put it on his calendar for "
            "Tuesday. Park out front and come in through the showroom.\n\nThanks!\nSheryl Pankratz\nOffice Manager\nGallatin Plumbing & Heating"
        ),
        "location": "Gallatin Plumbing & Heating, 212 N 7th Ave, Bozeman MT",
        "expect": {
            "interviewers": [
                ("Dwight Gallatin", "dwight@gallatinplumbing.com", "Owner", "executive")
            ],
            "recruiter": ("Sheryl Pankratz", "sheryl@gallatinplumbing.com"),
            "company": "Gallatin Plumbing & Heating",
            "position": "Bookkeeper",
        },
    },
    {
        "id": "r-human-graph-japanese-company-two-scripts-city",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "【面接】Field Service Engineer (Osaka) / Alex Morgan様",
        "start": "2031-04-09T10:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("藤本 彩 (Aya Fujimoto)", "aya.fujimoto@minato-robotics.co.jp"),
        "attendees": [ME, P("Kenji Watanabe", "kenji.watanabe@minato-robotics.co.jp")],
        "description": (
            "Alex Morgan様\n\nDear Alex,\n\nThank you for applying to Minato Robotics. Your interview will be with Kenji Watanabe, "
            "Service Section Manager (サービス課 課長), who would be your manager. I will attend as the recruiting contact.\n\n"
            "藤本 彩 / Aya Fujimoto\n人事部 採用担当 / HR, Recruiting\n株式会社ミナトロボティクス (Minato Robotics Co., Ltd.)"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kenji Watanabe",
                    "kenji.watanabe@minato-robotics.co.jp",
                    "Service Section Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Aya Fujimoto",
                    "aya.fujimoto@minato-robotics.co.jp",
                    "HR, Recruiting",
                    "recruiter",
                ),
            ],
            "recruiter": ("Aya Fujimoto", "aya.fujimoto@minato-robotics.co.jp"),
            "company": "Minato Robotics",
            "position": "Field Service Engineer",
        },
    },
    {
        "id": "r-workday-graph-recruiter-and-coordinator-both-sign",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview: Environmental Compliance Specialist (JR-88210) - Alex Morgan",
        "start": "2031-04-10T14:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Tiernan Roche", "tiernan.roche@prairiegrain.com"),
        "attendees": [ME, P("Bettany Olufemi", "bettany.olufemi@prairiegrain.com")],
        "description": (
            "Hello Alex,\n\nYou are scheduled to interview with Bettany Olufemi, EHS Manager, for the Environmental Compliance "
            "Specialist position.\n\nThanks,\n\nTiernan Roche, Recruiting Coordinator\non behalf of Marguerite Fontaine, Senior Recruiter "
            "(marguerite.fontaine@prairiegrain.com)\nPrairie Grain Cooperative" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Bettany Olufemi",
                    "bettany.olufemi@prairiegrain.com",
                    "EHS Manager",
                    "decision_maker",
                )
            ],
            "recruiter": ("Marguerite Fontaine", "marguerite.fontaine@prairiegrain.com"),
            "company": "Prairie Grain Cooperative",
            "position": "Environmental Compliance Specialist",
        },
    },
    {
        "id": "r-human-graph-ea-books-vp-talent-partner-optional",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan | Dr. Yevgenia Sorokina - final conversation",
        "start": "2031-04-11T16:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Marcy Delacroix", "marcy.delacroix@halcyonbio.com"),
        "attendees": [
            ME,
            P("Yevgenia Sorokina", "yevgenia.sorokina@halcyonbio.com"),
            P("Jerome Whitaker", "jerome.whitaker@halcyonbio.com", optional=True),
        ],
        "description": (
            "Hello Alex,\n\nOn behalf of Dr. Sorokina, VP of Regulatory Affairs, please find the invite for your final conversation for "
            "the Regulatory Affairs Manager role. Jerome Whitaker, your talent partner, is copied as optional.\n\n"
            "Marcy Delacroix\nExecutive Assistant to the VP, Regulatory Affairs\nHalcyon Bio"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Yevgenia Sorokina",
                    "yevgenia.sorokina@halcyonbio.com",
                    "VP of Regulatory Affairs",
                    "executive",
                )
            ],
            "recruiter": ("Jerome Whitaker", "jerome.whitaker@halcyonbio.com"),
            "company": "Halcyon Bio",
            "position": "Regulatory Affairs Manager",
        },
    },
    {
        "id": "r-ashby-graph-contract-remote-us-position",
        "format": "graph",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Technical Interview: Data Engineer (Contract) - Remote (US) | Lanternfish",
        "start": "2031-04-14T12:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Lanternfish Recruiting", "recruiting@lanternfish.io"),
        "attendees": [
            ME,
            P("Dmitri Volkov", "dv@lanternfish.io"),
            P("Amara Eze", "ae@lanternfish.io"),
        ],
        "description": (
            "Interviewers\n· Dmitri Volkov — Data Engineering Manager (Hiring Manager)\n· Amara Eze — Senior Data Engineer\n\n"
            "Format: SQL + pipeline design, 60 min.\n\nLanternfish Recruiting" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Dmitri Volkov",
                    "dv@lanternfish.io",
                    "Data Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Amara Eze", "ae@lanternfish.io", "Senior Data Engineer", "peer"),
            ],
            "recruiter": (None, "recruiting@lanternfish.io"),
            "company": "Lanternfish",
            "position": "Data Engineer",
        },
    },
    {
        "id": "r-gem-graph-sourcer-books-company-in-body",
        "format": "graph",
        "style": "gem",
        "difficulty": "medium",
        "title": "Intro: Alex / Wendell",
        "start": "2031-04-15T11:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Ifeoma Chukwu", "ifeoma@marlowefreight.com"),
        "attendees": [ME, P("Wendell Pryce-Jones", "wendell@marlowefreight.com")],
        "description": (
            "Hi Alex,\n\nAs promised, here's 30 minutes with Wendell Pryce-Jones, Head of Carrier Procurement here at Marlowe Freight, "
            "to talk about the Carrier Sales Representative opening. I won't join, but shout if you need anything.\n\n"
            "Ifeoma Chukwu\nSourcing Partner" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Wendell Pryce-Jones",
                    "wendell@marlowefreight.com",
                    "Head of Carrier Procurement",
                    "decision_maker",
                )
            ],
            "recruiter": ("Ifeoma Chukwu", "ifeoma@marlowefreight.com"),
            "company": "Marlowe Freight",
            "position": "Carrier Sales Representative",
        },
    },
    {
        "id": "r-agency-graph-exec-search-associate-coordinates-partner-runs",
        "format": "graph",
        "style": "agency",
        "difficulty": "hard",
        "title": "Chief Operating Officer search - first conversation (Alex Morgan)",
        "start": "2031-04-16T15:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Freya Lindgren", "freya.lindgren@ashcombeassociates.com"),
        "attendees": [ME, P("Julian Ashcombe", "julian.ashcombe@ashcombeassociates.com")],
        "description": (
            "Dear Alex,\n\nJulian Ashcombe, Managing Partner, will lead this first conversation about the COO appointment at "
            "Wrenfield Housing Association. I am coordinating diaries and will not join.\n\n"
            "Freya Lindgren\nResearch Associate, Ashcombe Associates" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Julian Ashcombe",
                    "julian.ashcombe@ashcombeassociates.com",
                    "Managing Partner",
                    "recruiter",
                )
            ],
            "recruiter": ("Julian Ashcombe", "julian.ashcombe@ashcombeassociates.com"),
            "company": "Wrenfield Housing Association",
            "position": "Chief Operating Officer",
        },
    },
    {
        "id": "r-human-graph-quebec-french-technicien-instrumentation",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevue – Technicien(ne) en instrumentation et contrôle – Alex Morgan",
        "start": "2031-04-17T09:00",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Geneviève Bouchard", "gbouchard@papetiereboreale.ca"),
        "attendees": [ME, P("Marc-André Tremblay", "matremblay@papetiereboreale.ca")],
        "description": (
            "Bonjour Alex,\n\nJe vous confirme l'entrevue avec Marc-André Tremblay, Surintendant de la maintenance, et moi-même.\n\n"
            "Geneviève Bouchard\nConseillère en acquisition de talents\nPapetière Boréale inc."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Marc-André Tremblay",
                    "matremblay@papetiereboreale.ca",
                    "Surintendant de la maintenance",
                    "decision_maker",
                ),
                (
                    "Geneviève Bouchard",
                    "gbouchard@papetiereboreale.ca",
                    "Conseillère en acquisition de talents",
                    "recruiter",
                ),
            ],
            "recruiter": ("Geneviève Bouchard", "gbouchard@papetiereboreale.ca"),
            "company": "Papetière Boréale",
            "position": "Technicien(ne) en instrumentation et contrôle",
        },
    },
    {
        "id": "r-modernloop-graph-panel-prose-one-without-title",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Alex Morgan - Case Study Panel",
        "start": "2031-04-18T13:00",
        "minutes": 75,
        "tz": "America/Los_Angeles",
        "organizer": P("Larkspur Interviews", "interviews@larkspurhealth.com"),
        "attendees": [
            ME,
            P("Odessa Kingsley", "odessa.kingsley@larkspurhealth.com"),
            P("Benedikt Hofer", "benedikt.hofer@larkspurhealth.com"),
            P("Yuki Sato", "yuki.sato@larkspurhealth.com"),
        ],
        "description": (
            "Hi Alex,\n\nFor the Senior Pricing Analyst case study you'll present to Odessa Kingsley, Director of Revenue Strategy and "
            "your future manager, together with Benedikt Hofer from our actuarial team and Yuki Sato.\n\n"
            "Your recruiter, Ansel Mortimer, will check in afterwards.\n\nLarkspur Health Talent Team"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Odessa Kingsley",
                    "odessa.kingsley@larkspurhealth.com",
                    "Director of Revenue Strategy",
                    "decision_maker",
                    True,
                ),
                ("Benedikt Hofer", "benedikt.hofer@larkspurhealth.com", None, "unknown"),
                ("Yuki Sato", "yuki.sato@larkspurhealth.com", None, "unknown"),
            ],
            "recruiter": ("Ansel Mortimer", None),
            "company": "Larkspur Health",
            "position": "Senior Pricing Analyst",
        },
    },
    {
        "id": "r-greenhouse-graph-title-generic-position-body-city",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Onsite - Alex Morgan",
        "start": "2031-04-21T10:00",
        "minutes": 120,
        "tz": "Europe/Dublin",
        "organizer": P("Siobhán Kearney", "siobhan.kearney@tessaract.ie"),
        "attendees": [
            ME,
            P("Lorcan Fitzgerald", "lorcan.fitzgerald@tessaract.ie"),
            P("Mireille Fontaine", "mireille.fontaine@tessaract.ie"),
        ],
        "description": (
            "Hi Alex,\n\nLooking forward to having you in for the Senior Account Manager, EMEA (Dublin) onsite!\n\n"
            "10:00 Lorcan Fitzgerald, Sales Director EMEA - hiring manager\n11:00 Mireille Fontaine, Account Manager\n\n"
            "Siobhán Kearney | Talent Acquisition | Tessaract" + TEAMS
        ),
        "location": "Tessaract, 2 Grand Canal Square, Dublin 2",
        "expect": {
            "interviewers": [
                (
                    "Lorcan Fitzgerald",
                    "lorcan.fitzgerald@tessaract.ie",
                    "Sales Director EMEA",
                    "decision_maker",
                    True,
                ),
                ("Mireille Fontaine", "mireille.fontaine@tessaract.ie", "Account Manager", "peer"),
            ],
            "recruiter": ("Siobhán Kearney", "siobhan.kearney@tessaract.ie"),
            "company": "Tessaract",
            "position": "Senior Account Manager, EMEA",
        },
    },
    # --- Graph near-misses ------------------------------------------------------------------------
    {
        "id": "r-not-graph-ats-vendor-demo-interview-scheduling",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Demo: automated interview scheduling for Initech TA",
        "start": "2031-04-22T15:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Brody Kessler", "brody.kessler@loopwise.com"),
        "attendees": [ME_WORK, P("Brody Kessler", "brody.kessler@loopwise.com")],
        "description": (
            "Hi Alex,\n\nThanks for taking the call. I'll show how Loopwise books panel interviews and sends candidates their itinerary "
            "automatically.\n\nBrody Kessler\nAccount Executive, Loopwise" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "r-not-graph-user-panelist-intern-interviews",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interviewer: Summer Intern - Finance (2 candidates)",
        "start": "2031-04-23T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Yolanda Brisbane", "yolanda.brisbane@initech.com"),
        "attendees": [
            ME_WORK,
            P("Kofi Mensah", "kofi.mensah@outlook.com"),
            P("Lara Quint", "lara.quint@gmail.com"),
        ],
        "description": (
            "Hi Alex, thanks for interviewing for us. You'll see Kofi Mensah at 1:00 and Lara Quint at 1:30. Resumes and the scorecard "
            "are in Greenhouse; please submit feedback by end of day.\n\nYolanda" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "r-not-graph-hiring-manager-handover",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Handover: open reqs and interview loops while I'm on leave",
        "start": "2031-04-24T10:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Priyanka Raman", "priyanka.raman@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Alex, you'll cover as hiring manager for the two analyst reqs from Monday. Let's go through the candidates in the pipeline "
            "and who is on each interview loop." + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "r-not-graph-mortgage-appointment-application-interview",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Mortgage application appointment - Alex Morgan",
        "start": "2031-04-25T12:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Dominic Agyeman", "dominic.agyeman@harbourbs.co.uk"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nThis is your fact-find interview with one of our mortgage advisers. Please have payslips, bank statements and "
            "ID ready.\n\nDominic Agyeman\nMortgage Adviser, Harbour Building Society" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "r-not-graph-candidate-experience-survey-call",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Feedback call on your interview experience (15 min)",
        "start": "2031-04-28T11:00",
        "minutes": 15,
        "tz": "Europe/Zurich",
        "organizer": P("Katharina Egli", "katharina.egli@vireolabs.ch"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nThank you again for your time with us. Although we went ahead with another candidate, we'd value 15 minutes of "
            "your honest feedback on how our interview process felt, to improve it for others. Completely optional.\n\nKatharina"
            + TEAMS
        ),
        "expect": None,
    },
]
