# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part "L", written by someone who does not tune the parser, labelled before any run of
the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no separate
build file or folder, the tuner adds this file to build.py). 60 invites: 45 interviews and 15
near-misses that mention interviewing, across .ics, Google JSON and Graph JSON.

The angle is employers and tools outside the US tech mainstream: Workday, iCIMS, SAP
SuccessFactors, Taleo, Personio, Teamtailor, Recruitee, Workable, JazzHR and BambooHR invites
from hospitals, universities, law firms, banks, government, retail, manufacturing and charities;
European, Indian, Latin-American, African and Asian employers writing in English with their own
habits (titles in brackets after names, "Mr./Mrs./Dr./Prof./Ing." before them, surnames first
or in capitals, "Head of", "Lead", "Associate Director", "Partner", "Managing Director",
"Trustee", "Dean", "Registrar", "Ward Manager"); Outlook HTML bodies with tables and forwarded
chains; invites organised by an assistant or a shared mailbox; interviews for an internal move at
the candidate's own employer. Near-misses: exit, stay and return-to-work interviews, an
interview-skills workshop, a panel briefing, a shortlisting meeting, an appointments committee,
an assessor briefing, a journalist's interview, a research participant session, an admissions
interview the user conducts, an interpreter's booking, a mortgage interview, media training.

Labels are what a careful person reads in the invite, not what the parser returns. Conventions
(the same as cases_fresh10.py and the earlier sets): a person the invite calls the hiring
manager, or the candidate's future manager ("you would report to"), is a decision_maker with the
hiring-manager mark; a people-manager title (manager of a function, head of, director, associate
director, ward manager, nurse unit manager, plant manager, supervisor) is a decision_maker;
CEO, founder, CTO, COO, VP, general manager, partner and managing partner are executives unless
called the hiring manager, and so are a Dean and a company's Managing Director (in the British
sense, its chief executive); a bank's "Managing Director" rank or a university Registrar called
the hiring manager is a decision_maker with the mark; a Trustee, a Principal (consulting rank) and
a hospital Specialty Registrar (a doctor in training) are peers; a recruiter who runs the call is
both an interviewer (role recruiter) and the recruiter; an HR adviser "in attendance" who does not
sit on the panel is the recruiter but not an interviewer; the recruiter is the recruiter when one
is named, else the coordinator (an assistant or coordinator who books the meeting), else a team
mailbox as (None, address); names are written without honorifics ("Dr", "Mr.", "Sister",
"Lady", "Ing.", "Mag.", "Prof.") and without post-nominals, given name first as a careful person
would address the letter: a surname before a comma is moved after the given name, a surname in
capitals is written in normal case, and East-Asian names keep the order the invite's English
text gives ("TAN Wei Ling" stays "Tan Wei Ling", "Hiroshi SATO" is "Hiroshi Sato"); a nickname
in an address or display name gives way to the full name the text writes; a person with no title or role in the invite is
"unknown" with no title; rooms and the candidate's own addresses are not interviewers; legal forms
(Ltd, GmbH & Co. KG, AG, AB, S.A., S.A.S., Pvt Ltd, Pte Ltd, Co., Ltd., PLC, PJSC,
LLP, NPC, Stichting) are not part of the company; requisition ids,
"(m/w/d)", bands and grades in brackets are not part of the position. An interview for an
internal move names the user's own employer (Initech) as the company.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools outside the usual Greenhouse/Lever set ------------------------------
    {
        "id": "l-workday-graph-nhs-ward-manager-table",
        "format": "graph",
        "style": "workday",
        "title": "Interview: Staff Nurse - Acute Medical Unit (Band 5) - JR-104877",
        "start": "2028-07-03T10:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Recruitment - Harewood Vale NHS FT", "hvft.recruitment@nhs.net"),
        "attendees": [
            ME,
            P("BRENNAN, Aoife (HAREWOOD VALE NHS FOUNDATION TRUST)", "aoife.brennan4@nhs.net"),
            P("OYELARAN, Folake (HAREWOOD VALE NHS FOUNDATION TRUST)", "folake.oyelaran@nhs.net"),
        ],
        "location": "AMU Seminar Room, Level 2, Harewood Vale General Hospital",
        "description": (
            "<html><body><p>Dear Alex Morgan,</p>"
            "<p>Thank you for your application for the above post. We are pleased to invite you to interview.</p>"
            "<table border='1'><tr><td><b>Job Requisition</b></td><td>JR-104877 Staff Nurse - Acute Medical Unit (Band 5)</td></tr>"
            "<tr><td><b>Interview Panel</b></td><td>Sister Aoife Brennan, Ward Manager, AMU<br>Folake Oyelaran, Clinical Practice Educator</td></tr>"
            "<tr><td><b>Please bring</b></td><td>Photo ID, NMC PIN, proof of right to work</td></tr></table>"
            "<p>If you are unable to attend please contact the Recruitment Team on this email address.</p>"
            "<p>Kind regards<br>Recruitment Team<br>Harewood Vale NHS Foundation Trust</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                ("Aoife Brennan", "aoife.brennan4@nhs.net", "Ward Manager, AMU", "decision_maker"),
                (
                    "Folake Oyelaran",
                    "folake.oyelaran@nhs.net",
                    "Clinical Practice Educator",
                    "peer",
                ),
            ],
            "recruiter": (None, "hvft.recruitment@nhs.net"),
            "company": "Harewood Vale NHS Foundation Trust",
            "position": "Staff Nurse - Acute Medical Unit",
        },
    },
    {
        "id": "l-icims-ics-singapore-bank-surname-caps",
        "format": "ics",
        "style": "icims",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Interview Invitation: AVP, Credit Risk Analytics (Job ID 2028-11873) - Straits Meridian Bank",
        "start": "2028-07-04T09:30",
        "minutes": 60,
        "tz": "Asia/Singapore",
        "organizer": P("Straits Meridian Talent Acquisition", "talent.sg@straitsmeridian.com.sg"),
        "attendees": [
            ME,
            P("TAN Wei Ling", "weiling.tan@straitsmeridian.com.sg"),
            P("Ravindran GOPAL", "ravindran.g@straitsmeridian.com.sg"),
        ],
        "description": (
            "Dear Alex,\n\nWe are pleased to confirm your interview as follows:\n\n"
            "Position: AVP, Credit Risk Analytics\nJob ID: 2028-11873\n"
            "Interviewers:\n  Ms TAN Wei Ling - Associate Director, Credit Risk Analytics\n"
            "  Mr Ravindran GOPAL - Vice President, Model Validation\n\n"
            "Format: Microsoft Teams video interview (link below)\n\n"
            "Should you need to reschedule, please reply to Ms Cheryl Lim (Talent Acquisition) at "
            "cheryl.lim@straitsmeridian.com.sg.\n\nRegards,\nTalent Acquisition, Group HR\n"
            "Straits Meridian Bank Ltd" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Tan Wei Ling",
                    "weiling.tan@straitsmeridian.com.sg",
                    "Associate Director, Credit Risk Analytics",
                    "decision_maker",
                ),
                (
                    "Ravindran Gopal",
                    "ravindran.g@straitsmeridian.com.sg",
                    "Vice President, Model Validation",
                    "executive",
                ),
            ],
            "recruiter": ("Cheryl Lim", "cheryl.lim@straitsmeridian.com.sg"),
            "company": "Straits Meridian Bank",
            "position": "AVP, Credit Risk Analytics",
        },
    },
    {
        "id": "l-successfactors-google-german-plant-dr-ing",
        "format": "google",
        "style": "successfactors",
        "title": "Vorstellungsgespräch / Interview: Process Engineer Injection Moulding (m/w/d) – Req 40021",
        "start": "2028-07-05T13:00",
        "minutes": 75,
        "tz": "Europe/Berlin",
        "organizer": P("SAP SuccessFactors", "noreply@successfactors.eu"),
        "attendees": [
            ME,
            P("Jürgen Weißmüller", "juergen.weissmueller@hollerbach-kunststoff.de"),
            P("Selin Aydın", "selin.aydin@hollerbach-kunststoff.de"),
            P("Besprechungsraum Rhein (EG)", "raum.rhein@hollerbach-kunststoff.de", room=True),
        ],
        "location": "Hollerbach Kunststofftechnik, Werk 2, Besprechungsraum Rhein (EG), Industriestraße 14, 57072 Siegen",
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\nRequisition: Process Engineer Injection Moulding (m/w/d) (40021)\n"
            "Interview Type: On-site\n\nInterviewers:\nHerr Dr.-Ing. Jürgen Weißmüller (Leiter Verfahrenstechnik / Head of Process Engineering)\n"
            "Frau Selin Aydın (Process Engineer, Werk 2)\n\n"
            "Contact person: Frau Marlene Kuhnert, HR Business Partner, marlene.kuhnert@hollerbach-kunststoff.de\n\n"
            "Please report to the gatehouse (Pforte) 10 minutes early with your ID card.\n\n"
            "Hollerbach Kunststofftechnik GmbH & Co. KG"
        ),
        "expect": {
            "interviewers": [
                (
                    "Jürgen Weißmüller",
                    "juergen.weissmueller@hollerbach-kunststoff.de",
                    "Head of Process Engineering",
                    "decision_maker",
                ),
                (
                    "Selin Aydın",
                    "selin.aydin@hollerbach-kunststoff.de",
                    "Process Engineer, Werk 2",
                    "peer",
                ),
            ],
            "recruiter": ("Marlene Kuhnert", "marlene.kuhnert@hollerbach-kunststoff.de"),
            "company": "Hollerbach Kunststofftechnik",
            "position": "Process Engineer Injection Moulding",
        },
    },
    {
        "id": "l-taleo-graph-canadian-agency-selection-board",
        "format": "graph",
        "style": "taleo",
        "title": "Selection Board Interview – Hydrologist (Competition No. 28-ENV-0412)",
        "start": "2028-07-06T10:30",
        "minutes": 90,
        "tz": "America/Toronto",
        "organizer": P("Gauthier, Geneviève (ENV)", "genevieve.gauthier@waterboard-on.ca"),
        "attendees": [
            ME,
            P("Tremblay, Manon (ENV)", "manon.tremblay@waterboard-on.ca"),
            P("Asante, Kwame (ENV)", "kwame.asante@waterboard-on.ca"),
            P("Gauthier, Geneviève (ENV)", "genevieve.gauthier@waterboard-on.ca"),
        ],
        "description": (
            "Good morning Alex,\n\nFurther to your application through our Taleo careers portal, you have been "
            "selected for an interview for the position of Hydrologist (Competition No. 28-ENV-0412) with the "
            "Lakehead Water Board.\n\nThe selection board will consist of:\n"
            "Manon Tremblay, Manager, Surface Water Monitoring (Board Chair)\n"
            "Kwame Asante, Senior Hydrologist\n\n"
            "I will be present as HR Advisor to take notes and will not be assessing.\n\n"
            "You will receive the written exercise 30 minutes before the interview.\n\n"
            "Geneviève Gauthier\nHR Advisor | Conseillère RH\nLakehead Water Board" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Manon Tremblay",
                    "manon.tremblay@waterboard-on.ca",
                    "Manager, Surface Water Monitoring",
                    "decision_maker",
                ),
                ("Kwame Asante", "kwame.asante@waterboard-on.ca", "Senior Hydrologist", "peer"),
            ],
            "recruiter": ("Geneviève Gauthier", "genevieve.gauthier@waterboard-on.ca"),
            "company": "Lakehead Water Board",
            "position": "Hydrologist",
        },
    },
    {
        "id": "l-personio-ics-berlin-future-teamlead",
        "format": "ics",
        "style": "personio",
        "prodid": "-//Personio GmbH//Personio Recruiting//EN",
        "title": "2. Interview – Alex Morgan – Backend Developer (Kotlin) (m/w/d)",
        "start": "2028-07-07T11:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Personio", "no-reply@personio.de"),
        "attendees": [
            ME,
            P("Konstantin Jovanović", "k.jovanovic@fahrwerk.io"),
            P("Lea-Sophie Brandt", "ls.brandt@fahrwerk.io"),
        ],
        "description": (
            "Hi Alex,\n\nthanks for taking the time for our second round! Here is who you'll talk to:\n\n"
            "Konstantin Jovanović – Teamlead Backend (this would be your future teamlead)\n"
            "Lea-Sophie Brandt – Senior Backend Developer\n\n"
            "We'll do a 40 min pairing session on a small Kotlin task and leave 20 min for your questions.\n\n"
            "If anything comes up, just answer to me directly: Hanna Petersen, People & Culture, hanna@fahrwerk.io\n\n"
            "Viele Grüße\nyour Fahrwerk Mobility team" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Konstantin Jovanović",
                    "k.jovanovic@fahrwerk.io",
                    "Teamlead Backend",
                    "decision_maker",
                    True,
                ),
                ("Lea-Sophie Brandt", "ls.brandt@fahrwerk.io", "Senior Backend Developer", "peer"),
            ],
            "recruiter": ("Hanna Petersen", "hanna@fahrwerk.io"),
            "company": "Fahrwerk Mobility",
            "position": "Backend Developer (Kotlin)",
        },
    },
    {
        "id": "l-teamtailor-google-swedish-retail-store-manager",
        "format": "google",
        "style": "teamtailor",
        "title": "Intervju / Interview: Assistant Store Manager, Göteborg Nordstan – Lindholm & Saga",
        "start": "2028-07-10T14:00",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P("Lindholm & Saga Rekrytering", "jobb@lindholmsaga.se"),
        "attendees": [
            ME,
            P("Emelie Sjöberg", "emelie.sjoberg@lindholmsaga.se"),
            P("Bashir Yusuf", "bashir.yusuf@lindholmsaga.se"),
        ],
        "location": "Lindholm & Saga Nordstan, Postgatan 22, Göteborg – ask for Emelie at the checkout",
        "description": (
            "<p>Hej Alex!</p><p>Great news – we'd love to meet you for the <strong>Assistant Store Manager</strong> role in our Nordstan store.</p>"
            "<p>You will meet <strong>Emelie Sjöberg</strong>, Butikschef (Store Manager) – the role reports to her – and "
            "<strong>Bashir Yusuf</strong>, Visual Merchandiser.</p>"
            "<p>Any questions? Contact Ida Holmqvist, Recruiter, at ida.holmqvist@lindholmsaga.se.</p>"
            "<p>Vänliga hälsningar,<br>Lindholm &amp; Saga AB</p><p><small>Sent with Teamtailor</small></p>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Emelie Sjöberg",
                    "emelie.sjoberg@lindholmsaga.se",
                    "Store Manager",
                    "decision_maker",
                    True,
                ),
                ("Bashir Yusuf", "bashir.yusuf@lindholmsaga.se", "Visual Merchandiser", "peer"),
            ],
            "recruiter": ("Ida Holmqvist", "ida.holmqvist@lindholmsaga.se"),
            "company": "Lindholm & Saga",
            "position": "Assistant Store Manager, Göteborg Nordstan",
        },
    },
    {
        "id": "l-recruitee-graph-dutch-ngo-head-of-programmes",
        "format": "graph",
        "style": "recruitee",
        "title": "Interview Alex Morgan | Programme Officer WASH (32 uur) | Stichting Waterbrug",
        "start": "2028-07-11T15:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Willemijn de Groot-Bakker", "w.degroot@waterbrug.org"),
        "attendees": [
            ME,
            P("Willemijn de Groot-Bakker", "w.degroot@waterbrug.org"),
            P("Pieter-Jan van den Heuvel", "pj.vandenheuvel@waterbrug.org"),
            P("Chinonso Obi", "c.obi@waterbrug.org"),
        ],
        "description": (
            "<html><body><div>Dear Alex,</div><div><br></div>"
            "<div>Thank you for your interest in Waterbrug. Below you find the details for your first interview.</div><div><br></div>"
            "<div><b>Interviewers</b></div><ul>"
            "<li>Pieter-Jan van den Heuvel – Head of Programmes (your manager in this role)</li>"
            "<li>Chinonso Obi – Programme Officer East Africa</li>"
            "<li>Willemijn de Groot-Bakker – HR Officer (chair of the conversation)</li></ul>"
            "<div>We will ask you about a WASH project you managed and give you time for questions.</div>"
            "<div><br></div><div>Met vriendelijke groet,<br>Willemijn de Groot-Bakker<br>HR Officer, Stichting Waterbrug</div>"
            "<div><br></div><div>This interview was scheduled with Recruitee.</div></body></html>"
            + TEAMS.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Pieter-Jan van den Heuvel",
                    "pj.vandenheuvel@waterbrug.org",
                    "Head of Programmes",
                    "decision_maker",
                    True,
                ),
                ("Chinonso Obi", "c.obi@waterbrug.org", "Programme Officer East Africa", "peer"),
                ("Willemijn de Groot-Bakker", "w.degroot@waterbrug.org", "HR Officer", "recruiter"),
            ],
            "recruiter": ("Willemijn de Groot-Bakker", "w.degroot@waterbrug.org"),
            "company": "Waterbrug",
            "position": "Programme Officer WASH",
        },
    },
    {
        "id": "l-workable-ics-nairobi-fintech-interview-team",
        "format": "ics",
        "style": "workable",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Alex Morgan - Technical interview - Senior Android Engineer at Kijanipay",
        "start": "2028-07-12T10:00",
        "minutes": 90,
        "tz": "Africa/Nairobi",
        "organizer": P("Wanjiru Kamau", "wanjiru@kijanipay.co.ke"),
        "attendees": [
            ME,
            P("Wanjiru Kamau", "wanjiru@kijanipay.co.ke"),
            P("Otieno", "otieno.o@kijanipay.co.ke"),
            P("Halima", "halima.abdi@kijanipay.co.ke"),
        ],
        "description": (
            "Hi Alex,\n\nThis is the technical stage for Senior Android Engineer at Kijanipay (Kijani Payments Ltd).\n\n"
            "Interview team\n— Otieno Ochieng, Engineering Manager, Wallet\n— Halima Abdi, Senior Android Engineer\n\n"
            "I'll join for the first five minutes to introduce everyone and then drop off.\n\n"
            "Asante,\nWanjiru Kamau | Talent Lead | Kijanipay\n\nPowered by Workable" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Otieno Ochieng",
                    "otieno.o@kijanipay.co.ke",
                    "Engineering Manager, Wallet",
                    "decision_maker",
                ),
                ("Halima Abdi", "halima.abdi@kijanipay.co.ke", "Senior Android Engineer", "peer"),
            ],
            "recruiter": ("Wanjiru Kamau", "wanjiru@kijanipay.co.ke"),
            "company": "Kijanipay",
            "position": "Senior Android Engineer",
        },
    },
    {
        "id": "l-jazzhr-google-ohio-plant-hiring-lead",
        "format": "google",
        "style": "jazzhr",
        "title": "Interview: Maintenance Planner - 2nd Shift | Buckeye Castings",
        "start": "2028-07-13T15:30",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Darlene Kowalski", "dkowalski@buckeyecastings.com"),
        "attendees": [
            ME,
            P("Darlene Kowalski", "dkowalski@buckeyecastings.com"),
            P("Ray Delgado", "rdelgado@buckeyecastings.com"),
            P("Tammy Sue Hartwell", "thartwell@buckeyecastings.com"),
        ],
        "location": "Buckeye Castings Plant 1, 2200 Foundry Rd, Mansfield OH - Front office",
        "description": (
            "Interview for: Maintenance Planner - 2nd Shift\nHiring Lead: Ray Delgado (Maintenance Superintendent)\n"
            "Also interviewing: Tammy Sue Hartwell (Reliability Engineer)\nScheduled by: Darlene Kowalski, HR Generalist\n\n"
            "Steel toe boots required for the plant walk after the interview.\n\n-- Sent via JazzHR"
        ),
        "expect": {
            "interviewers": [
                (
                    "Ray Delgado",
                    "rdelgado@buckeyecastings.com",
                    "Maintenance Superintendent",
                    "decision_maker",
                    True,
                ),
                (
                    "Tammy Sue Hartwell",
                    "thartwell@buckeyecastings.com",
                    "Reliability Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Darlene Kowalski", "dkowalski@buckeyecastings.com"),
            "company": "Buckeye Castings",
            "position": "Maintenance Planner - 2nd Shift",
        },
    },
    {
        "id": "l-bamboohr-graph-bogota-two-surnames",
        "format": "graph",
        "style": "bamboohr",
        "title": "Entrevista / Interview – Workforce Planning Analyst – Alex Morgan",
        "start": "2028-07-14T09:00",
        "minutes": 60,
        "tz": "America/Bogota",
        "organizer": P("María Fernanda Restrepo Gómez", "mfrestrepo@andinacx.com.co"),
        "attendees": [
            ME,
            P("Restrepo Gómez, María Fernanda", "mfrestrepo@andinacx.com.co"),
            P("Jaramillo Ospina, Juan Camilo", "jcjaramillo@andinacx.com.co"),
            P("Nathalia Cárdenas", "ncardenas@andinacx.com.co"),
        ],
        "description": (
            "Hola Alex, hope you are doing well!\n\n"
            "As we talked by phone, here is the invitation for the interview with the operations team of Andina CX.\n\n"
            "• Juan Camilo Jaramillo Ospina – Gerente de Operaciones / Operations Manager (he is the hiring manager)\n"
            "• Nathalia Cárdenas – WFM Lead\n\n"
            "I will also be there since I am leading your process.\n\n"
            "Saludos,\nMaría Fernanda Restrepo Gómez\nTalent Acquisition Specialist\nAndina CX S.A.S. | Bogotá, Colombia"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Juan Camilo Jaramillo Ospina",
                    "jcjaramillo@andinacx.com.co",
                    "Operations Manager",
                    "decision_maker",
                    True,
                ),
                ("Nathalia Cárdenas", "ncardenas@andinacx.com.co", "WFM Lead", "peer"),
                (
                    "María Fernanda Restrepo Gómez",
                    "mfrestrepo@andinacx.com.co",
                    "Talent Acquisition Specialist",
                    "recruiter",
                ),
            ],
            "recruiter": ("María Fernanda Restrepo Gómez", "mfrestrepo@andinacx.com.co"),
            "company": "Andina CX",
            "position": "Workforce Planning Analyst",
        },
    },
    {
        "id": "l-successfactors-ics-swiss-pharma-assistant-books",
        "format": "ics",
        "style": "successfactors",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview Alex Morgan – Associate Director, Regulatory Affairs CMC (Req. 77310BR)",
        "start": "2028-07-17T14:00",
        "minutes": 60,
        "tz": "Europe/Zurich",
        "organizer": P("Brunner Claudia", "claudia.brunner@velanthis.ch"),
        "attendees": [
            ME,
            P("Haldimann Prof. Dr. Beat", "beat.haldimann@velanthis.ch"),
            P("Krishnan Anand", "anand.krishnan@velanthis.ch"),
        ],
        "location": "Velanthis AG, Bau 8, Sitzungszimmer 3.14, Basel",
        "description": (
            "Dear Mr. Morgan\n\nOn behalf of Prof. Dr. Beat Haldimann, Global Head Regulatory CMC, I am pleased to "
            "invite you to an interview for the position of Associate Director, Regulatory Affairs CMC. "
            "Prof. Haldimann is the hiring manager for this position. He will be joined by Dr. Anand Krishnan, "
            "Director, Regulatory CMC Biologics.\n\n"
            "For questions regarding the process, please contact your recruiter, Ms. Sabine Zürcher "
            "(sabine.zuercher@velanthis.ch).\n\n"
            "Best regards\nClaudia Brunner\nExecutive Assistant to Prof. Dr. B. Haldimann\nVelanthis AG"
        ),
        "expect": {
            "interviewers": [
                (
                    "Beat Haldimann",
                    "beat.haldimann@velanthis.ch",
                    "Global Head Regulatory CMC",
                    "decision_maker",
                    True,
                ),
                (
                    "Anand Krishnan",
                    "anand.krishnan@velanthis.ch",
                    "Director, Regulatory CMC Biologics",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Sabine Zürcher", "sabine.zuercher@velanthis.ch"),
            "company": "Velanthis",
            "position": "Associate Director, Regulatory Affairs CMC",
        },
    },
    {
        "id": "l-workday-google-internal-move-initech",
        "format": "google",
        "style": "workday",
        "title": "Internal Candidate Interview: R0031982 Senior Analyst, Revenue Operations (Internal Mobility)",
        "start": "2028-07-18T13:00",
        "minutes": 45,
        "organizer": P("Initech Talent Mobility", "talentmobility@initech.com"),
        "attendees": [
            ME_WORK,
            P("Ngozi Umeh", "ngozi.umeh@initech.com"),
            P("Tobias Ferreira", "tobias.ferreira@initech.com"),
        ],
        "description": (
            "Job Requisition: R0031982 Senior Analyst, Revenue Operations\n"
            "Candidate: Alex Morgan (Internal)\nInterview Type: Internal Panel\n\n"
            "Interviewers:\nNgozi Umeh - Director, Revenue Operations (Hiring Manager)\n"
            "Tobias Ferreira - Revenue Operations Analyst\n\n"
            "Reminder: internal applicants should let their current manager know before the interview stage.\n\n"
            "Questions? Your Talent Mobility Partner is Oksana Hrytsenko (oksana.hrytsenko@initech.com)."
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ngozi Umeh",
                    "ngozi.umeh@initech.com",
                    "Director, Revenue Operations",
                    "decision_maker",
                    True,
                ),
                (
                    "Tobias Ferreira",
                    "tobias.ferreira@initech.com",
                    "Revenue Operations Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Oksana Hrytsenko", "oksana.hrytsenko@initech.com"),
            "company": "Initech",
            "position": "Senior Analyst, Revenue Operations",
        },
    },
    {
        "id": "l-icims-google-uk-retail-area-manager",
        "format": "google",
        "style": "icims",
        "title": "Interview Confirmation - Store Manager (Leeds White Rose) - Req 2028-4471",
        "start": "2028-07-19T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Careers at Pennine Home", "careers@penninehome.co.uk"),
        "attendees": [
            ME,
            P("Gareth Llewellyn", "gareth.llewellyn@penninehome.co.uk"),
            P("Priti Mistry", "priti.mistry@penninehome.co.uk"),
        ],
        "location": "Pennine Home, White Rose Centre, Leeds (staff entrance next to Unit 47)",
        "description": (
            "Hi Alex,\n\nYour interview for Store Manager (Leeds White Rose) is confirmed.\n\n"
            "Who you will meet:\nGareth Llewellyn (Area Manager, Yorkshire) - the Store Manager reports to Gareth\n"
            "Priti Mistry (People Partner, North)\n\n"
            "Priti will lead the competency questions and Gareth will do the store walk with you.\n\n"
            "Thanks,\nPennine Home Recruitment\n\nThis message was sent via iCIMS."
        ),
        "expect": {
            "interviewers": [
                (
                    "Gareth Llewellyn",
                    "gareth.llewellyn@penninehome.co.uk",
                    "Area Manager, Yorkshire",
                    "decision_maker",
                    True,
                ),
                (
                    "Priti Mistry",
                    "priti.mistry@penninehome.co.uk",
                    "People Partner, North",
                    "recruiter",
                ),
            ],
            "recruiter": ("Priti Mistry", "priti.mistry@penninehome.co.uk"),
            "company": "Pennine Home",
            "position": "Store Manager (Leeds White Rose)",
        },
    },
    {
        "id": "l-taleo-ics-australian-health-nurse-unit-manager",
        "format": "ics",
        "style": "taleo",
        "prodid": "-//Oracle//Taleo Enterprise//EN",
        "title": "Interview - Registered Nurse Gr 2 - Emergency Department - Req 281104",
        "start": "2028-07-20T13:30",
        "minutes": 30,
        "tz": "Australia/Melbourne",
        "organizer": P("Yarra Bend Health Recruitment", "no-reply@yarrabendhealth.taleo.net"),
        "attendees": [ME],
        "location": "Yarra Bend Hospital, Emergency Dept Meeting Room 1 (Level G)",
        "description": (
            "Requisition Number: 281104\nJob Title: Registered Nurse Gr 2 - Emergency Department\n"
            "Interview Panel: Ms Catriona McAllister, Nurse Unit Manager ED; Mr Tomasi Vainikolo, Clinical Nurse Educator\n"
            "Contact: Jasmine Thurlow, Recruitment Officer, (03) 9555 0142\n\n"
            "Please bring your AHPRA registration and two referee contacts."
        ),
        "html": False,
        "expect": {
            "interviewers": [
                ("Catriona McAllister", None, "Nurse Unit Manager ED", "decision_maker"),
                ("Tomasi Vainikolo", None, "Clinical Nurse Educator", "peer"),
            ],
            "recruiter": ("Jasmine Thurlow", None),
            "company": "Yarra Bend Health",
            "position": "Registered Nurse Gr 2 - Emergency Department",
        },
    },
    {
        "id": "l-workable-graph-cape-town-charity-programme-director",
        "format": "graph",
        "style": "workable",
        "title": "Interview for Monitoring & Evaluation Coordinator – Ubuntu Reading Trust",
        "start": "2028-07-21T10:00",
        "minutes": 60,
        "tz": "Africa/Johannesburg",
        "organizer": P("Ubuntu Reading Trust Hiring", "hiring@ubuntureading.org.za"),
        "attendees": [
            ME,
            P("Thandeka Dlamini", "thandeka@ubuntureading.org.za"),
            P("Pieter Botha", "pieter.botha@ubuntureading.org.za"),
            P("Nomsa Mahlangu", "nomsa@ubuntureading.org.za"),
        ],
        "description": (
            "Dear Alex\n\nThank you for applying for the Monitoring & Evaluation Coordinator post. The panel for your "
            "interview will be Thandeka Dlamini (Programme Director), Pieter Botha (Trustee and chair of our Programmes "
            "Committee) and Nomsa Mahlangu (Data Officer).\n\nThe position reports to the Programme Director.\n\n"
            "Kind regards\nUbuntu Reading Trust (NPC)\n\nSent via Workable"
        ),
        "expect": {
            "interviewers": [
                (
                    "Thandeka Dlamini",
                    "thandeka@ubuntureading.org.za",
                    "Programme Director",
                    "decision_maker",
                    True,
                ),
                ("Pieter Botha", "pieter.botha@ubuntureading.org.za", "Trustee", "peer"),
                ("Nomsa Mahlangu", "nomsa@ubuntureading.org.za", "Data Officer", "peer"),
            ],
            "recruiter": (None, "hiring@ubuntureading.org.za"),
            "company": "Ubuntu Reading Trust",
            "position": "Monitoring & Evaluation Coordinator",
        },
    },
    {
        "id": "l-personio-google-vienna-hotel-general-manager",
        "format": "google",
        "style": "personio",
        "title": "Interview Front Office Supervisor (m/w/d) – Hotel Sankt Ruprecht Wien",
        "start": "2028-07-24T15:00",
        "minutes": 45,
        "tz": "Europe/Vienna",
        "organizer": P("Hotel Sankt Ruprecht Recruiting", "jobs@sanktruprecht.at"),
        "attendees": [
            ME,
            P("Mag. Florian Edlinger", "f.edlinger@sanktruprecht.at"),
            P("Dragana Petrović", "d.petrovic@sanktruprecht.at"),
        ],
        "location": "Hotel Sankt Ruprecht, Rotenturmstraße 9, 1010 Wien – please ask at reception",
        "description": (
            "Dear Alex,\n\nwe are looking forward to meeting you in person!\n\n"
            "Your interview partners:\n"
            "Dragana Petrović, Front Office Manager (your direct supervisor)\n"
            "Mag. Florian Edlinger, General Manager – he will join for the last 15 minutes\n\n"
            "Kind regards\nAnna Gruber\nHR Assistant | Hotel Sankt Ruprecht\n\nPowered by Personio"
        ),
        "expect": {
            "interviewers": [
                (
                    "Dragana Petrović",
                    "d.petrovic@sanktruprecht.at",
                    "Front Office Manager",
                    "decision_maker",
                    True,
                ),
                ("Florian Edlinger", "f.edlinger@sanktruprecht.at", "General Manager", "executive"),
            ],
            "recruiter": ("Anna Gruber", "jobs@sanktruprecht.at"),
            "company": "Hotel Sankt Ruprecht",
            "position": "Front Office Supervisor",
        },
    },
    {
        "id": "l-recruitee-ics-warsaw-logistics-polish-names",
        "format": "ics",
        "style": "recruitee",
        "prodid": "-//Recruitee//Recruitee Scheduler//EN",
        "title": "Alex Morgan – Rozmowa rekrutacyjna / Interview – Transport Planner (EN/PL)",
        "start": "2028-07-25T10:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Przemysław Wójcik", "przemyslaw.wojcik@wislaspedycja.pl"),
        "attendees": [
            ME,
            P("Przemysław Wójcik", "przemyslaw.wojcik@wislaspedycja.pl"),
            P("Małgorzata Zielińska-Kaczmarek", "m.zielinska@wislaspedycja.pl"),
        ],
        "description": (
            "Dzień dobry Alex,\n\nas agreed, I invite you to the interview for Transport Planner at Wisła Spedycja.\n\n"
            "Participants:\nMałgorzata Zielińska-Kaczmarek – Kierownik Działu Planowania (Head of Planning)\n"
            "Przemysław Wójcik – Rekruter / Recruiter\n\n"
            "Part of the conversation will be in Polish.\n\nPozdrawiam,\nPrzemek" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Małgorzata Zielińska-Kaczmarek",
                    "m.zielinska@wislaspedycja.pl",
                    "Head of Planning",
                    "decision_maker",
                ),
                (
                    "Przemysław Wójcik",
                    "przemyslaw.wojcik@wislaspedycja.pl",
                    "Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Przemysław Wójcik", "przemyslaw.wojcik@wislaspedycja.pl"),
            "company": "Wisła Spedycja",
            "position": "Transport Planner",
        },
    },
    {
        "id": "l-teamtailor-graph-oslo-energy-html-table",
        "format": "graph",
        "style": "teamtailor",
        "title": "Interview: Grid Integration Engineer – Vossevangen Nett",
        "start": "2028-07-26T09:00",
        "minutes": 120,
        "tz": "Europe/Oslo",
        "organizer": P("Ingrid Haugland", "ingrid.haugland@vossevangennett.no"),
        "attendees": [
            ME,
            P("Ingrid Haugland", "ingrid.haugland@vossevangennett.no"),
            P("Eirik Solbakken", "eirik.solbakken@vossevangennett.no"),
            P("Amira Hassan", "amira.hassan@vossevangennett.no"),
            P("Møterom Glomma", "moterom.glomma@vossevangennett.no", room=True),
        ],
        "location": "Møterom Glomma; Microsoft Teams Meeting",
        "description": (
            "<html><body><p>Hi Alex,</p><p>Here is the plan for your interview day:</p>"
            "<table><tr><th>Tid</th><th>Hvem</th><th>Rolle</th></tr>"
            "<tr><td>09:00</td><td>Eirik Solbakken</td><td>Seksjonsleder Nettintegrasjon / Section Manager</td></tr>"
            "<tr><td>10:00</td><td>Amira Hassan</td><td>Senior Engineer, Power Systems</td></tr></table>"
            "<p>Eirik is the hiring manager.</p>"
            "<p>Best regards<br>Ingrid Haugland<br>Talent Acquisition Partner</p>"
            "<p>Sent from Teamtailor</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Eirik Solbakken",
                    "eirik.solbakken@vossevangennett.no",
                    "Section Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Amira Hassan",
                    "amira.hassan@vossevangennett.no",
                    "Senior Engineer, Power Systems",
                    "peer",
                ),
            ],
            "recruiter": ("Ingrid Haugland", "ingrid.haugland@vossevangennett.no"),
            "company": "Vossevangen Nett",
            "position": "Grid Integration Engineer",
        },
    },
    {
        "id": "l-jazzhr-ics-phone-screen-recruiter-only",
        "format": "ics",
        "style": "jazzhr",
        "prodid": "-//JazzHR//Interview Scheduler//EN",
        "title": "Phone Interview: Alex Morgan for Estimator (Commercial HVAC)",
        "start": "2028-07-27T16:00",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Shawna Pruitt", "spruitt@lonestarmech.com"),
        "attendees": [ME, P("Shawna Pruitt", "spruitt@lonestarmech.com")],
        "location": "Phone - Shawna will call you at (512) 555-0184",
        "description": (
            "Hi Alex, this is a quick phone screen to go over your background, pay expectations and availability. "
            "If it's a fit I'll set you up with our Chief Estimator.\n\n"
            "Shawna Pruitt\nRecruiting & HR Coordinator\nLone Star Mechanical Contractors, LLC"
        ),
        "expect": {
            "interviewers": [
                (
                    "Shawna Pruitt",
                    "spruitt@lonestarmech.com",
                    "Recruiting & HR Coordinator",
                    "recruiter",
                ),
            ],
            "recruiter": ("Shawna Pruitt", "spruitt@lonestarmech.com"),
            "company": "Lone Star Mechanical Contractors",
            "position": "Estimator (Commercial HVAC)",
        },
    },
    {
        "id": "l-bamboohr-google-monterrey-ing-plant-manager",
        "format": "google",
        "style": "bamboohr",
        "title": "Interview: Quality Supervisor (Supervisor de Calidad) – Aceros del Norte Monterrey",
        "start": "2028-07-28T09:30",
        "minutes": 60,
        "tz": "America/Monterrey",
        "organizer": P("Karla Villarreal", "kvillarreal@acerosdelnorte.mx"),
        "attendees": [
            ME,
            P("Rodrigo Salinas", "rsalinas@acerosdelnorte.mx"),
            P("Lupita Garza", "lgarza@acerosdelnorte.mx"),
        ],
        "location": "Planta Apodaca, Av. Industrial 450, Apodaca N.L. – Recepción",
        "description": (
            "Hi Alex,\n\nThank you for your time. Your interview will be with:\n\n"
            "Ing. Rodrigo Salinas Treviño – Gerente de Planta (Plant Manager)\n"
            'Lic. Guadalupe "Lupita" Garza – Jefa de Calidad / Quality Lead (you would report to her)\n\n'
            "Please bring safety shoes, the tour includes the melt shop.\n\n"
            "Karla Villarreal\nReclutamiento | Aceros del Norte"
        ),
        "expect": {
            "interviewers": [
                (
                    "Rodrigo Salinas Treviño",
                    "rsalinas@acerosdelnorte.mx",
                    "Plant Manager",
                    "decision_maker",
                ),
                (
                    "Guadalupe Garza",
                    "lgarza@acerosdelnorte.mx",
                    "Quality Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Karla Villarreal", "kvillarreal@acerosdelnorte.mx"),
            "company": "Aceros del Norte",
            "position": "Quality Supervisor",
        },
    },
    {
        "id": "l-workday-ics-university-registrar-hm",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday//Workday Recruiting//EN",
        "title": "Interview: JR22614 Student Records Systems Manager (Grade 8) - Academic Registry",
        "start": "2028-07-31T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("University of Northmoor Recruitment", "recruitment@northmoor.ac.uk"),
        "attendees": [
            ME,
            P("Fenwick, Helen", "h.fenwick@northmoor.ac.uk"),
            P("Adeyemi, Babatunde", "b.adeyemi@northmoor.ac.uk"),
            P("Sørensen, Kirsten", "k.sorensen@northmoor.ac.uk"),
        ],
        "location": "Registry Building, Room R2.07, Northmoor Campus",
        "description": (
            "Job Requisition: JR22614 Student Records Systems Manager (Grade 8)\n"
            "Hiring Manager: Helen Fenwick\n\nInterview Panel:\n"
            "1. Helen Fenwick, Academic Registrar (Chair)\n"
            "2. Dr Babatunde Adeyemi, Head of Student Systems\n"
            "3. Kirsten Sørensen, Senior Systems Analyst, IT Services\n\n"
            "Presentation: 10 minutes on 'Improving the student records data journey'. No slides required.\n\n"
            "University of Northmoor HR Services"
        ),
        "expect": {
            "interviewers": [
                (
                    "Helen Fenwick",
                    "h.fenwick@northmoor.ac.uk",
                    "Academic Registrar",
                    "decision_maker",
                    True,
                ),
                (
                    "Babatunde Adeyemi",
                    "b.adeyemi@northmoor.ac.uk",
                    "Head of Student Systems",
                    "decision_maker",
                ),
                (
                    "Kirsten Sørensen",
                    "k.sorensen@northmoor.ac.uk",
                    "Senior Systems Analyst, IT Services",
                    "peer",
                ),
            ],
            "recruiter": (None, "recruitment@northmoor.ac.uk"),
            "company": "University of Northmoor",
            "position": "Student Records Systems Manager",
        },
    },
    {
        "id": "l-successfactors-graph-bengaluru-gcc-sr-manager",
        "format": "graph",
        "style": "successfactors",
        "title": "Interview Schedule | Lead Data Engineer | Req ID 118204 | Technical Round 2",
        "start": "2028-08-01T11:30",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P("Shetty, Roopa", "roopa.shetty@halcyonre.com"),
        "attendees": [
            ME,
            P("Subramaniam, Karthik", "karthik.subramaniam@halcyonre.com"),
            P("Bhattacharjee, Ananya", "ananya.bhattacharjee@halcyonre.com"),
        ],
        "description": (
            "<html><body><p>Dear Alex,</p>"
            "<p>Greetings from Halcyon Re Global Capability Centre, Bengaluru!</p>"
            "<p>Please find below your Technical Round 2 schedule for the position <b>Lead Data Engineer</b> (Req ID 118204).</p>"
            "<table border='1' cellpadding='4'><tr><th>Sl. No.</th><th>Panel Member</th><th>Designation</th></tr>"
            "<tr><td>1</td><td>Karthik Subramaniam</td><td>Sr. Manager - Data Engineering</td></tr>"
            "<tr><td>2</td><td>Ananya Bhattacharjee</td><td>Principal Data Engineer</td></tr></table>"
            "<p>Kindly join 5 minutes before the scheduled time and keep your camera on.</p>"
            "<p>Thanks &amp; Regards,<br>Roopa Shetty<br>Talent Acquisition | Halcyon Re GCC India Pvt Ltd</p></body></html>"
            + TEAMS.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Karthik Subramaniam",
                    "karthik.subramaniam@halcyonre.com",
                    "Sr. Manager - Data Engineering",
                    "decision_maker",
                ),
                (
                    "Ananya Bhattacharjee",
                    "ananya.bhattacharjee@halcyonre.com",
                    "Principal Data Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Roopa Shetty", "roopa.shetty@halcyonre.com"),
            "company": "Halcyon Re",
            "position": "Lead Data Engineer",
        },
    },
    {
        "id": "l-taleo-google-names-only-oil-gas-no-reply",
        "format": "google",
        "style": "taleo",
        "title": "Interview Scheduled - Req. No. 2800917 - Instrumentation & Controls Engineer",
        "start": "2028-08-02T08:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Gulfstar Energy Careers", "donotreply@gulfstarenergy.taleo.net"),
        "attendees": [ME],
        "description": (
            "Dear Alex Morgan,\n\nThis is to confirm your interview for Req. No. 2800917 - Instrumentation & Controls "
            "Engineer at Gulfstar Energy Partners, L.P.\n\nInterview team:\n"
            "Dwayne Thibodeaux, I&C Engineering Supervisor\nMinh Nguyen, Senior I&C Engineer\n"
            "Cassandra Boudreaux, Operations Superintendent - Lake Charles\n\n"
            "Your recruiter, Lorena Peña, will call you the day before with site access instructions.\n\n"
            "Please do not reply to this automated message."
        ),
        "expect": {
            "interviewers": [
                ("Dwayne Thibodeaux", None, "I&C Engineering Supervisor", "decision_maker"),
                ("Minh Nguyen", None, "Senior I&C Engineer", "peer"),
                (
                    "Cassandra Boudreaux",
                    None,
                    "Operations Superintendent - Lake Charles",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Lorena Peña", None),
            "company": "Gulfstar Energy Partners",
            "position": "Instrumentation & Controls Engineer",
        },
    },
    {
        "id": "l-icims-graph-forklift-shift-table-mailbox",
        "format": "graph",
        "style": "icims",
        "title": "Interview: Warehouse Operations Supervisor - Nights (Job 11-2217) - Kestrel Cold Chain",
        "start": "2028-08-03T19:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("KCC Talent Acquisition", "ta@kestrelcoldchain.com"),
        "attendees": [
            ME,
            P("ta@kestrelcoldchain.com", "ta@kestrelcoldchain.com"),
            P("Marisol Ybarra", "mybarra@kestrelcoldchain.com"),
            P("Deshawn Pryor", "dpryor@kestrelcoldchain.com"),
        ],
        "location": "Kestrel Cold Chain DC-4, 8800 Ontario Mills Pkwy, Ontario CA - Guard Shack",
        "description": (
            "<html><body><p>Hello Alex,</p><p>Your interview has been scheduled.</p>"
            "<table><tr><td><b>Job</b></td><td>Warehouse Operations Supervisor - Nights (11-2217)</td></tr>"
            "<tr><td><b>Interviewer(s)</b></td><td>Marisol Ybarra, Operations Manager (Hiring Manager); Deshawn Pryor, Night Shift Lead</td></tr>"
            "<tr><td><b>Dress</b></td><td>Closed-toe shoes; the freezer tour is 10 minutes</td></tr></table>"
            "<p>Thank you,<br>KCC Talent Acquisition</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Marisol Ybarra",
                    "mybarra@kestrelcoldchain.com",
                    "Operations Manager",
                    "decision_maker",
                    True,
                ),
                ("Deshawn Pryor", "dpryor@kestrelcoldchain.com", "Night Shift Lead", "peer"),
            ],
            "recruiter": (None, "ta@kestrelcoldchain.com"),
            "company": "Kestrel Cold Chain",
            "position": "Warehouse Operations Supervisor - Nights",
        },
    },
    # --- Humans: Outlook, Teams, Zoom, Meet, assistants and shared mailboxes ------------------
    {
        "id": "l-human-law-firm-partner-pa-organizer",
        "format": "graph",
        "style": "human",
        "title": "Interview - Alex Morgan - Senior Associate, Construction Disputes",
        "start": "2028-08-04T16:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Hollis, Bernadette", "bernadette.hollis@whitcombeleigh.com"),
        "attendees": [
            ME,
            P("Ashworth, Rupert", "rupert.ashworth@whitcombeleigh.com"),
            P("Mensah, Efua", "efua.mensah@whitcombeleigh.com"),
            P("LON-10-Meeting Room 10.3 (8)", "lon-mr-10.3@whitcombeleigh.com", room=True),
        ],
        "location": "LON-10-Meeting Room 10.3 (8)",
        "description": (
            "Dear Alex\n\nFurther to Olamide's email, I am writing to confirm your interview with Rupert Ashworth "
            "(Partner, Construction & Engineering) and Efua Mensah (Senior Associate) at our London office, "
            "1 Fetter Yard, EC4A.\n\nPlease ask for me at 10th-floor reception on arrival.\n\n"
            "Kind regards\n\nBernadette Hollis\nPA to Rupert Ashworth and Dominic Vane\n"
            "Whitcombe Leigh LLP\n\n"
            "________________________________\n"
            "From: Olamide Fashola <olamide.fashola@whitcombeleigh.com>\n"
            "Sent: 28 July 2028 09:12\nTo: Alex Morgan <alex.morgan@gmail.com>\n"
            "Subject: Senior Associate - Construction Disputes - next steps\n\n"
            "Dear Alex, I'm pleased to say the team would like to meet you. Bernadette will send an invitation.\n"
            "Olamide Fashola | Lateral Recruitment Manager | Whitcombe Leigh LLP"
        ),
        "expect": {
            "interviewers": [
                (
                    "Rupert Ashworth",
                    "rupert.ashworth@whitcombeleigh.com",
                    "Partner, Construction & Engineering",
                    "executive",
                ),
                ("Efua Mensah", "efua.mensah@whitcombeleigh.com", "Senior Associate", "peer"),
            ],
            "recruiter": ("Olamide Fashola", "olamide.fashola@whitcombeleigh.com"),
            "company": "Whitcombe Leigh",
            "position": "Senior Associate, Construction Disputes",
        },
    },
    {
        "id": "l-human-university-lecturer-dean-hr-in-attendance",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Lecturer in Marine Ecology (Ref. 28/114) - Interview",
        "start": "2028-08-07T14:15",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Faculty of Science HR", "science-hr@caerwen.ac.uk"),
        "attendees": [
            ME,
            P("Prof. Gwen Pritchard-Evans", "g.pritchard-evans@caerwen.ac.uk"),
            P("Dr Rhodri Powell", "r.powell@caerwen.ac.uk"),
            P("Dr Yuki Tanabe", "y.tanabe@caerwen.ac.uk"),
            P("Sian Bevan", "s.bevan@caerwen.ac.uk"),
        ],
        "location": "Vice-Chancellor's Boardroom, Singleton House",
        "description": (
            "Dear Dr Morgan,\n\nThe appointing panel for Lecturer in Marine Ecology (Ref. 28/114) is:\n\n"
            "Professor Gwen Pritchard-Evans, Dean of the Faculty of Science (Chair)\n"
            "Dr Rhodri Powell, Head of School of Biosciences\n"
            "Dr Yuki Tanabe, Senior Lecturer in Marine Biology\n\n"
            "Ms Sian Bevan (HR Partner) will be in attendance but is not a member of the panel.\n\n"
            "Your 15-minute research talk to the School is at 12:30 in Lecture Theatre B.\n\n"
            "Faculty of Science HR Team\nCaerwen University"
        ),
        "expect": {
            "interviewers": [
                (
                    "Gwen Pritchard-Evans",
                    "g.pritchard-evans@caerwen.ac.uk",
                    "Dean of the Faculty of Science",
                    "executive",
                ),
                (
                    "Rhodri Powell",
                    "r.powell@caerwen.ac.uk",
                    "Head of School of Biosciences",
                    "decision_maker",
                ),
                (
                    "Yuki Tanabe",
                    "y.tanabe@caerwen.ac.uk",
                    "Senior Lecturer in Marine Biology",
                    "peer",
                ),
            ],
            "recruiter": ("Sian Bevan", "s.bevan@caerwen.ac.uk"),
            "company": "Caerwen University",
            "position": "Lecturer in Marine Ecology",
        },
    },
    {
        "id": "l-human-indian-it-services-honorifics-initials",
        "format": "google",
        "style": "human",
        "title": "F2F Interview - Technical Project Manager - Alex Morgan - Chennai",
        "start": "2028-08-08T10:30",
        "minutes": 90,
        "tz": "Asia/Kolkata",
        "organizer": P("Divya S", "divya.s@thirumalaitech.in"),
        "attendees": [
            ME,
            P("Venkatesh Krishnamurthy", "venkatesh.k@thirumalaitech.in"),
            P("Lakshmi Priya R", "lakshmipriya.r@thirumalaitech.in"),
            P("Divya S", "divya.s@thirumalaitech.in"),
        ],
        "location": "Thirumalai Technologies, Tower B, 6th Floor, Olympia Tech Park, Guindy, Chennai",
        "description": (
            "Dear Alex,\n\nGreetings from Thirumalai Technologies!\n\n"
            "With reference to our telephonic discussion, your face-to-face interview is scheduled as below:\n\n"
            "Round 1 (Technical): Ms. Lakshmi Priya R., Senior Project Manager\n"
            "Round 2 (Managerial): Mr. K. Venkatesh, Delivery Head - BFSI (hiring manager)\n\n"
            "Kindly carry a copy of your updated CV, one passport size photo and a Govt. ID proof.\n\n"
            "Thanks & Regards,\nDivya S.\nHR - Talent Acquisition\nThirumalai Technologies Pvt. Ltd."
        ),
        "expect": {
            "interviewers": [
                (
                    "Lakshmi Priya R",
                    "lakshmipriya.r@thirumalaitech.in",
                    "Senior Project Manager",
                    "peer",
                ),
                (
                    "Venkatesh Krishnamurthy",
                    "venkatesh.k@thirumalaitech.in",
                    "Delivery Head - BFSI",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Divya S", "divya.s@thirumalaitech.in"),
            "company": "Thirumalai Technologies",
            "position": "Technical Project Manager",
        },
    },
    {
        "id": "l-human-lagos-bank-hr-mailbox-mrs-group-head",
        "format": "graph",
        "style": "human",
        "title": "Invitation to Interview: Product Owner, Mobile Banking",
        "start": "2028-08-09T11:00",
        "minutes": 60,
        "tz": "Africa/Lagos",
        "organizer": P("HR Shared Services", "hrsharedservices@ikoyicrest-bank.com"),
        "attendees": [
            ME,
            P("Adaeze Nwachukwu", "adaeze.nwachukwu@ikoyicrest-bank.com"),
            P("Tunde Bakare", "babatunde.bakare@ikoyicrest-bank.com"),
            P("Ifeoma Eze", "ifeoma.eze@ikoyicrest-bank.com"),
        ],
        "description": (
            "Dear Alex,\n\nINVITATION TO INTERVIEW: PRODUCT OWNER, MOBILE BANKING\n\n"
            "We refer to your application for the above role and are pleased to invite you for an interview with:\n\n"
            "1. Mrs. Adaeze Nwachukwu - Group Head, Digital Channels\n"
            "2. Mr. Babatunde (Tunde) Bakare - Senior Product Owner, Cards\n"
            "3. Ms. Ifeoma Eze - Talent Acquisition\n\n"
            "Kindly confirm your availability by replying to Ms. Eze.\n\n"
            "Yours faithfully,\nFor: Ikoyi Crest Bank Plc\nHuman Resources Division" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Adaeze Nwachukwu",
                    "adaeze.nwachukwu@ikoyicrest-bank.com",
                    "Group Head, Digital Channels",
                    "decision_maker",
                ),
                (
                    "Tunde Bakare",
                    "babatunde.bakare@ikoyicrest-bank.com",
                    "Senior Product Owner, Cards",
                    "peer",
                ),
                ("Ifeoma Eze", "ifeoma.eze@ikoyicrest-bank.com", "Talent Acquisition", "recruiter"),
            ],
            "recruiter": ("Ifeoma Eze", "ifeoma.eze@ikoyicrest-bank.com"),
            "company": "Ikoyi Crest Bank",
            "position": "Product Owner, Mobile Banking",
        },
    },
    {
        "id": "l-human-outlook-forwarded-chain-sao-paulo-retail",
        "format": "graph",
        "style": "human",
        "title": "ENC: Entrevista - Analista de BI Sênior - Casa Tropeiro",
        "start": "2028-08-10T14:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Beatriz Albuquerque", "beatriz.albuquerque@casatropeiro.com.br"),
        "attendees": [
            ME,
            P("Rafael Nogueira", "rafael.nogueira@casatropeiro.com.br"),
            P("Thaís Moura", "thais.moura@casatropeiro.com.br"),
        ],
        "description": (
            "<html><body><div>Alex, seguem os detalhes / below the details in English. Abraço, Bia</div><div><br></div>"
            "<hr><div><b>De:</b> Rafael Nogueira &lt;rafael.nogueira@casatropeiro.com.br&gt;<br>"
            "<b>Enviado:</b> segunda-feira, 7 de agosto de 2028 18:40<br>"
            "<b>Para:</b> Beatriz Albuquerque &lt;beatriz.albuquerque@casatropeiro.com.br&gt;<br>"
            "<b>Assunto:</b> Entrevista - Analista de BI Sênior</div><div><br></div>"
            "<div>Bia, pode marcar com o candidato na quinta às 14h? Eu e a Thaís (Coordenadora de Dados) fazemos a entrevista.</div>"
            "<div><br></div><div>Rafael Nogueira<br>Gerente de Inteligência de Negócios | Casa Tropeiro</div>"
            "<div><br></div><div>---</div><div>Interviewers: Rafael Nogueira (BI Manager, the hiring manager for this role) and "
            "Thaís Moura (Data Coordinator).</div>"
            "<div>Beatriz Albuquerque | Recrutamento &amp; Seleção | Casa Tropeiro S.A.</div></body></html>"
            + TEAMS.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Rafael Nogueira",
                    "rafael.nogueira@casatropeiro.com.br",
                    "BI Manager",
                    "decision_maker",
                    True,
                ),
                ("Thaís Moura", "thais.moura@casatropeiro.com.br", "Data Coordinator", "peer"),
            ],
            "recruiter": ("Beatriz Albuquerque", "beatriz.albuquerque@casatropeiro.com.br"),
            "company": "Casa Tropeiro",
            "position": "Analista de BI Sênior",
        },
    },
    {
        "id": "l-human-internal-secondment-teams-head-of-data",
        "format": "graph",
        "style": "human",
        "title": "Chat re: 12-month secondment into Data Platform",
        "start": "2028-08-11T15:30",
        "minutes": 30,
        "organizer": P("Oyelowo, Damilola", "damilola.oyelowo@initech.com"),
        "attendees": [
            ME_WORK,
            P("Oyelowo, Damilola", "damilola.oyelowo@initech.com"),
            P("Castellanos, Inés", "ines.castellanos@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for putting yourself forward for the secondment. This is the interview for it - "
            "nothing too formal. Inés from HR will join to explain how backfill works with your current team.\n\n"
            "Dami\nHead of Data Platform" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Damilola Oyelowo",
                    "damilola.oyelowo@initech.com",
                    "Head of Data Platform",
                    "decision_maker",
                ),
                ("Inés Castellanos", "ines.castellanos@initech.com", None, "recruiter"),
            ],
            "recruiter": ("Inés Castellanos", "ines.castellanos@initech.com"),
            "company": "Initech",
            "position": None,
        },
    },
    {
        "id": "l-human-tokyo-trading-caps-surnames-gm",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "【Interview】Corporate Planning Specialist / Alex Morgan sama",
        "start": "2028-08-14T10:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("SUZUKI Aya", "aya.suzuki@kazahaya-shoji.co.jp"),
        "attendees": [
            ME,
            P("SATO Hiroshi", "hiroshi.sato@kazahaya-shoji.co.jp"),
            P("YAMADA Keiko", "keiko.yamada@kazahaya-shoji.co.jp"),
        ],
        "location": "Kazahaya Shoji Head Office 14F Reception, 2-3-1 Marunouchi, Chiyoda-ku",
        "description": (
            "Dear Mr. Alex Morgan,\n\nThank you very much for your application. We would like to invite you to the 2nd interview.\n\n"
            "Interviewers:\n- Hiroshi SATO, General Manager, Corporate Planning Division\n"
            "- Keiko YAMADA, Manager, Corporate Planning Section 2 (your supervisor if hired)\n\n"
            "Please come to 14F reception 10 minutes before.\n\nBest regards,\n"
            "Aya SUZUKI\nHuman Resources Department, Recruitment Group\nKazahaya Shoji Co., Ltd."
        ),
        "expect": {
            "interviewers": [
                (
                    "Hiroshi Sato",
                    "hiroshi.sato@kazahaya-shoji.co.jp",
                    "General Manager, Corporate Planning Division",
                    "executive",
                ),
                (
                    "Keiko Yamada",
                    "keiko.yamada@kazahaya-shoji.co.jp",
                    "Manager, Corporate Planning Section 2",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Aya Suzuki", "aya.suzuki@kazahaya-shoji.co.jp"),
            "company": "Kazahaya Shoji",
            "position": "Corporate Planning Specialist",
        },
    },
    {
        "id": "l-human-council-shared-mailbox-housing",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview: Tenancy Sustainment Officer (SO1) - Ref HSG0921",
        "start": "2028-08-15T09:45",
        "minutes": 50,
        "tz": "Europe/London",
        "organizer": P("HR Recruitment (Shared Mailbox)", "hr.recruitment@thornleigh.gov.uk"),
        "attendees": [
            ME,
            P("Chaudhry, Imran", "imran.chaudhry@thornleigh.gov.uk"),
            P("Kerr, Alison", "alison.kerr@thornleigh.gov.uk"),
            P("Civic Centre - Committee Room 4", "cr4@thornleigh.gov.uk", room=True),
        ],
        "location": "Civic Centre - Committee Room 4",
        "description": (
            "Dear Alex\n\nThank you for your application for the post of Tenancy Sustainment Officer. "
            "I am pleased to invite you to interview.\n\nThe panel will be Imran Chaudhry (Housing Team Leader and hiring manager) "
            "and Alison Kerr (Housing Options Manager).\n\nThere will be a 20-minute written exercise before the interview.\n\n"
            "Please bring proof of identity and any qualifications listed on your application.\n\n"
            "Regards\nHR Recruitment Team\nThornleigh Borough Council"
        ),
        "expect": {
            "interviewers": [
                (
                    "Imran Chaudhry",
                    "imran.chaudhry@thornleigh.gov.uk",
                    "Housing Team Leader",
                    "decision_maker",
                    True,
                ),
                (
                    "Alison Kerr",
                    "alison.kerr@thornleigh.gov.uk",
                    "Housing Options Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "hr.recruitment@thornleigh.gov.uk"),
            "company": "Thornleigh Borough Council",
            "position": "Tenancy Sustainment Officer",
        },
    },
    {
        "id": "l-human-dubai-bank-md-is-hiring-manager",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan | Meeting with Khalid Al-Suwaidi (Corporate Banking)",
        "start": "2028-08-16T13:00",
        "minutes": 45,
        "tz": "Asia/Dubai",
        "organizer": P("Reem Haddad", "reem.haddad@gulfmeridian.ae"),
        "attendees": [
            ME,
            P("Khalid Al-Suwaidi", "khalid.alsuwaidi@gulfmeridian.ae"),
            P("Reem Haddad", "reem.haddad@gulfmeridian.ae"),
        ],
        "location": "Gulf Meridian Bank, DIFC Gate Village 5, Level 3",
        "description": (
            "Dear Alex,\n\nAs discussed, I have arranged your interview with Khalid Al-Suwaidi, Managing Director and Head "
            "of Corporate Banking, UAE. Khalid is the hiring manager for the Director, Corporate Coverage role.\n\n"
            "I will meet you at reception and stay for the first few minutes only.\n\n"
            "Best regards,\nReem Haddad\nAssistant to Khalid Al-Suwaidi\nGulf Meridian Bank PJSC"
        ),
        "expect": {
            "interviewers": [
                (
                    "Khalid Al-Suwaidi",
                    "khalid.alsuwaidi@gulfmeridian.ae",
                    "Managing Director and Head of Corporate Banking, UAE",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Reem Haddad", "reem.haddad@gulfmeridian.ae"),
            "company": "Gulf Meridian Bank",
            "position": "Director, Corporate Coverage",
        },
    },
    {
        "id": "l-human-ghana-mine-site-visit-zoom",
        "format": "google",
        "style": "human",
        "title": "Interview (Zoom) – Mine Planning Engineer – Obuasi Ridge Mining",
        "start": "2028-08-17T09:00",
        "minutes": 60,
        "tz": "Africa/Accra",
        "organizer": P("Akosua Boateng", "akosua.boateng@obuasiridge.com.gh"),
        "attendees": [
            ME,
            P("Kofi Mensah-Bonsu", "kofi.mensahbonsu@obuasiridge.com.gh"),
            P("Yaw Owusu", "yaw.owusu@obuasiridge.com.gh"),
            P("Akosua Boateng", "akosua.boateng@obuasiridge.com.gh"),
        ],
        "description": (
            "Good day Alex,\n\nYou are invited to a video interview for Mine Planning Engineer at Obuasi Ridge Mining.\n\n"
            "Panel: Ing. Kofi Mensah-Bonsu (Mine Manager), Mr Yaw Owusu (Senior Mine Planning Engineer) and myself.\n\n"
            "Successful candidates will be invited for a site visit and medical.\n\n"
            "Regards,\nAkosua Boateng\nHR Officer – Recruitment\nObuasi Ridge Mining Ltd" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Kofi Mensah-Bonsu",
                    "kofi.mensahbonsu@obuasiridge.com.gh",
                    "Mine Manager",
                    "decision_maker",
                ),
                (
                    "Yaw Owusu",
                    "yaw.owusu@obuasiridge.com.gh",
                    "Senior Mine Planning Engineer",
                    "peer",
                ),
                (
                    "Akosua Boateng",
                    "akosua.boateng@obuasiridge.com.gh",
                    "HR Officer – Recruitment",
                    "recruiter",
                ),
            ],
            "recruiter": ("Akosua Boateng", "akosua.boateng@obuasiridge.com.gh"),
            "company": "Obuasi Ridge Mining",
            "position": "Mine Planning Engineer",
        },
    },
    {
        "id": "l-human-hospital-consultant-and-registrar",
        "format": "graph",
        "style": "human",
        "title": "Clinical Fellow in Cardiology (ST3+ level) - interview - A Morgan",
        "start": "2028-08-18T12:30",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Medical Staffing - St Aldhelm's", "medicalstaffing@staldhelms.nhs.uk"),
        "attendees": [
            ME,
            P("AHMED, Farhan (Dr)", "farhan.ahmed@staldhelms.nhs.uk"),
            P("NKOSI, Sipho (Dr)", "sipho.nkosi@staldhelms.nhs.uk"),
        ],
        "description": (
            "Dear Dr Morgan\n\nInterview panel:\n\n"
            "Dr Farhan Ahmed MBBS FRCP - Consultant Cardiologist and Clinical Lead for Cardiology (the post holder will be supervised by Dr Ahmed)\n"
            "Dr Sipho Nkosi MRCP - Specialty Registrar (ST6) in Cardiology\n\n"
            "Please have your GMC number available.\n\nMedical Staffing Team\nSt Aldhelm's Hospitals NHS Trust"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Farhan Ahmed",
                    "farhan.ahmed@staldhelms.nhs.uk",
                    "Consultant Cardiologist and Clinical Lead for Cardiology",
                    "decision_maker",
                    True,
                ),
                (
                    "Sipho Nkosi",
                    "sipho.nkosi@staldhelms.nhs.uk",
                    "Specialty Registrar (ST6) in Cardiology",
                    "peer",
                ),
            ],
            "recruiter": (None, "medicalstaffing@staldhelms.nhs.uk"),
            "company": "St Aldhelm's Hospitals NHS Trust",
            "position": "Clinical Fellow in Cardiology",
        },
    },
    {
        "id": "l-human-charity-ceo-trustee-office-manager",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview – Head of Individual Giving",
        "start": "2028-08-21T14:00",
        "minutes": 75,
        "tz": "Europe/London",
        "organizer": P("Gemma Outhwaite", "gemma.outhwaite@riverwardtrust.org.uk"),
        "attendees": [
            ME,
            P("Marcus Adebayo-Reid", "marcus.adebayo-reid@riverwardtrust.org.uk"),
            P("Lady Penelope Harcourt", "p.harcourt.trustee@riverwardtrust.org.uk"),
            P("Joanne Whitfield", "joanne.whitfield@riverwardtrust.org.uk"),
        ],
        "location": "Riverward Trust, 14 Tanner's Lane, Norwich",
        "description": (
            "Dear Alex,\n\nThank you for accepting our invitation to interview for Head of Individual Giving.\n\n"
            "Your panel:\n"
            "Marcus Adebayo-Reid – Chief Executive\n"
            "Joanne Whitfield – Director of Fundraising (the role reports to Joanne)\n"
            "Lady Penelope Harcourt – Trustee, Chair of the Fundraising Committee\n\n"
            "The first 15 minutes are your presentation on a three-year regular giving plan.\n\n"
            "With best wishes,\nGemma Outhwaite\nOffice & HR Manager\nThe Riverward Trust (Registered charity no. 1099xxx)"
        ),
        "expect": {
            "interviewers": [
                (
                    "Marcus Adebayo-Reid",
                    "marcus.adebayo-reid@riverwardtrust.org.uk",
                    "Chief Executive",
                    "executive",
                ),
                (
                    "Joanne Whitfield",
                    "joanne.whitfield@riverwardtrust.org.uk",
                    "Director of Fundraising",
                    "decision_maker",
                    True,
                ),
                (
                    "Penelope Harcourt",
                    "p.harcourt.trustee@riverwardtrust.org.uk",
                    "Trustee, Chair of the Fundraising Committee",
                    "peer",
                ),
            ],
            "recruiter": ("Gemma Outhwaite", "gemma.outhwaite@riverwardtrust.org.uk"),
            "company": "The Riverward Trust",
            "position": "Head of Individual Giving",
        },
    },
    {
        "id": "l-calendly-google-uk-agency-md-coffee",
        "format": "google",
        "style": "calendly",
        "title": "Coffee & a chat: Alex Morgan and Hamish Lockhart",
        "start": "2028-08-22T08:30",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Hamish Lockhart", "hamish@thistleandfern.studio"),
        "attendees": [ME, P("Hamish Lockhart", "hamish@thistleandfern.studio")],
        "location": "Grain & Grind, 32 Leith Walk, Edinburgh",
        "description": (
            "Event Name: Coffee & a chat (30 min)\n\n"
            "Please share anything that will help prepare for our meeting.: Hi Hamish - Sunita suggested we talk about "
            "the senior designer opening and where I might fit in at Thistle & Fern.\n\n"
            "Hamish Lockhart, Managing Director, Thistle & Fern Studio\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/ABC\n"
            "Reschedule: https://calendly.com/reschedulings/ABC\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Hamish Lockhart",
                    "hamish@thistleandfern.studio",
                    "Managing Director",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Thistle & Fern Studio",
            "position": "Senior Designer",
        },
    },
    {
        "id": "l-human-lagos-founder-gmail-lead-engineering",
        "format": "ics",
        "style": "human",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex x Chidubem — Paystride",
        "start": "2028-08-23T17:00",
        "minutes": 45,
        "tz": "Africa/Lagos",
        "organizer": P("Chidubem Okonkwo-Lawal", "chidubem.ol@gmail.com"),
        "attendees": [ME, P("Chidubem Okonkwo-Lawal", "chidubem.ol@gmail.com")],
        "description": (
            "Hey Alex, thanks for replying so quickly. Keen to tell you what we're building at Paystride and "
            "hear whether leading engineering for our merchant side might be interesting to you. "
            "Totally informal.\n\nChidubem\nCo-founder & CTO, Paystride (YC W27)" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Chidubem Okonkwo-Lawal",
                    "chidubem.ol@gmail.com",
                    "Co-founder & CTO",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Paystride",
            "position": None,
        },
    },
    {
        "id": "l-agency-graph-singapore-forwarded-client-invite",
        "format": "graph",
        "style": "agency",
        "title": "FW: Interview Invitation – Regional Supply Chain Manager, APAC – Alex Morgan",
        "start": "2028-08-24T14:00",
        "minutes": 60,
        "tz": "Asia/Singapore",
        "organizer": P("Jolene Teo", "jolene.teo@meridianpeople.sg"),
        "attendees": [ME, P("Jolene Teo", "jolene.teo@meridianpeople.sg")],
        "description": (
            "<html><body><div>Hi Alex, forwarding the client's invite below. I won't be on the call – please ring me "
            "right after! Jolene</div><div>Jolene Teo | Senior Consultant, Supply Chain &amp; Procurement | Meridian People Pte Ltd | EA Licence 19C0000</div>"
            "<hr><div><b>From:</b> Wong Mei Xuan &lt;meixuan.wong@harbourlinefoods.com&gt;<br><b>Sent:</b> Friday, 18 August 2028 5:02 PM<br>"
            "<b>To:</b> Jolene Teo<br><b>Subject:</b> Interview Invitation – Regional Supply Chain Manager, APAC</div><div><br></div>"
            "<div>Hi Jolene, please extend the below to your candidate.</div>"
            "<div>Interviewers: Mr Daniel Lau (VP Supply Chain, Asia Pacific) and Ms Nurul Huda binte Ismail (Demand Planning Manager).</div>"
            "<div>Regards,<br>Mei Xuan<br>HR Business Partner, Harbourline Foods Asia</div></body></html>"
            + TEAMS.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                ("Daniel Lau", None, "VP Supply Chain, Asia Pacific", "executive"),
                ("Nurul Huda binte Ismail", None, "Demand Planning Manager", "decision_maker"),
            ],
            "recruiter": ("Jolene Teo", "jolene.teo@meridianpeople.sg"),
            "company": "Harbourline Foods",
            "position": "Regional Supply Chain Manager, APAC",
        },
    },
    {
        "id": "l-human-graph-moved-panel-member-replaced",
        "format": "graph",
        "style": "human",
        "title": "Moved: Interview - Alex Morgan - Procurement Category Lead (Capex)",
        "start": "2028-08-25T10:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Verhoeven, Sanne", "sanne.verhoeven@deltaharbour.nl"),
        "attendees": [
            ME,
            P("Bakker, Joost", "joost.bakker@deltaharbour.nl"),
            P("El Idrissi, Yasmina", "yasmina.elidrissi@deltaharbour.nl"),
        ],
        "description": (
            "Dear Alex,\n\nApologies for moving this twice. Please note the new time.\n\n"
            "Also a change on the panel: Yasmina El Idrissi (Senior Category Manager, Energy) replaces Hendrik Smit, who is on leave. "
            "Joost Bakker (Procurement Director, Capital Projects - hiring manager) remains as planned.\n\n"
            "Kind regards,\nSanne Verhoeven\nRecruiter | Delta Harbour Port Authority" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Yasmina El Idrissi",
                    "yasmina.elidrissi@deltaharbour.nl",
                    "Senior Category Manager, Energy",
                    "peer",
                ),
                (
                    "Joost Bakker",
                    "joost.bakker@deltaharbour.nl",
                    "Procurement Director, Capital Projects",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Sanne Verhoeven", "sanne.verhoeven@deltaharbour.nl"),
            "company": "Delta Harbour Port Authority",
            "position": "Procurement Category Lead (Capex)",
        },
    },
    {
        "id": "l-human-manila-bpo-hyphenated-surname",
        "format": "google",
        "style": "human",
        "title": "Final Interview: Workforce Analyst | Alex Morgan | Bayanihan Contact Solutions",
        "start": "2028-08-28T15:00",
        "minutes": 45,
        "tz": "Asia/Manila",
        "organizer": P("Careers Bayanihan", "careers@bayanihancs.ph"),
        "attendees": [
            ME,
            P("Tin Dela Cruz-Santos", "mc.delacruz@bayanihancs.ph"),
            P("JR Villanueva", "jr.villanueva@bayanihancs.ph"),
        ],
        "description": (
            "Hi Alex!\n\nCongratulations on passing the initial assessment! Your final interview is with:\n\n"
            'Ms. Maria Cristina "Tin" Dela Cruz-Santos - Operations Manager, Healthcare Account (immediate superior)\n'
            "Mr. Jose Ramon Villanueva - Quality Analyst\n\n"
            "Please prepare a valid ID and your NBI clearance.\n\nGod bless and good luck!\n\n"
            "Recruitment Team - Bayanihan Contact Solutions, Inc." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Maria Cristina Dela Cruz-Santos",
                    "mc.delacruz@bayanihancs.ph",
                    "Operations Manager, Healthcare Account",
                    "decision_maker",
                    True,
                ),
                (
                    "Jose Ramon Villanueva",
                    "jr.villanueva@bayanihancs.ph",
                    "Quality Analyst",
                    "peer",
                ),
            ],
            "recruiter": (None, "careers@bayanihancs.ph"),
            "company": "Bayanihan Contact Solutions",
            "position": "Workforce Analyst",
        },
    },
    {
        "id": "l-human-seoul-surname-first-team-leader-hm",
        "format": "graph",
        "style": "human",
        "title": "[Hanbit Pay] 2nd Interview - Backend Engineer (Settlement) - Alex Morgan",
        "start": "2028-08-29T14:00",
        "minutes": 60,
        "tz": "Asia/Seoul",
        "organizer": P("Lee Seo-yeon (이서연)", "seoyeon.lee@hanbitpay.co.kr"),
        "attendees": [
            ME,
            P("Kim Min-jun (김민준)", "minjun.kim@hanbitpay.co.kr"),
            P("Park Ji-woo (박지우)", "jiwoo.park@hanbitpay.co.kr"),
        ],
        "description": (
            "Hello Alex,\n\nThis is Lee Seo-yeon from Hanbit Pay People Team. Your 2nd interview is arranged as below.\n\n"
            "- Interviewers: Kim Min-jun (Team Leader, Settlement Platform / hiring manager), Park Ji-woo (Senior Backend Engineer)\n"
            "- Language: English\n- Duration: 60 min\n\n"
            "Thank you.\nLee Seo-yeon | People Team, Talent Acquisition | Hanbit Pay Corp." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kim Min-jun",
                    "minjun.kim@hanbitpay.co.kr",
                    "Team Leader, Settlement Platform",
                    "decision_maker",
                    True,
                ),
                ("Park Ji-woo", "jiwoo.park@hanbitpay.co.kr", "Senior Backend Engineer", "peer"),
            ],
            "recruiter": ("Lee Seo-yeon", "seoyeon.lee@hanbitpay.co.kr"),
            "company": "Hanbit Pay",
            "position": "Backend Engineer (Settlement)",
        },
    },
    {
        "id": "l-human-chile-winery-head-winemaker",
        "format": "google",
        "style": "human",
        "title": "Entrevista Alex Morgan – Assistant Winemaker – Viña Quebrada Alta",
        "start": "2028-08-30T11:00",
        "minutes": 60,
        "tz": "America/Santiago",
        "organizer": P("Francisca Irarrázaval", "firarrazaval@quebradaalta.cl"),
        "attendees": [
            ME,
            P("Francisca Irarrázaval", "firarrazaval@quebradaalta.cl"),
            P("Tomás Undurraga", "tundurraga@quebradaalta.cl"),
        ],
        "location": "Viña Quebrada Alta, Camino a Lo Ovalle km 4, Casablanca – Sala de catas",
        "description": (
            "Hola Alex!\n\nLooking forward to meeting you at the winery. I'm the Enóloga Jefe (Head Winemaker) and the "
            "assistant winemaker works directly with me. Tomás Undurraga, our Cellar Master, will show you the cellar "
            "after we talk. We will taste some 2027 barrels together.\n\nSaludos,\nFrancisca Irarrázaval\n"
            "Viña Quebrada Alta S.A."
        ),
        "expect": {
            "interviewers": [
                (
                    "Francisca Irarrázaval",
                    "firarrazaval@quebradaalta.cl",
                    "Head Winemaker",
                    "decision_maker",
                    True,
                ),
                ("Tomás Undurraga", "tundurraga@quebradaalta.cl", "Cellar Master", "peer"),
            ],
            "recruiter": None,
            "company": "Viña Quebrada Alta",
            "position": "Assistant Winemaker",
        },
    },
    {
        "id": "l-human-indian-govt-lab-interview-board",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview Board – Scientist 'C' (Materials Characterisation) – Advt. No. NML/REC/04/2028",
        "start": "2028-08-31T10:00",
        "minutes": 30,
        "tz": "Asia/Kolkata",
        "organizer": P("Recruitment Cell, NMRL", "recruitment@nmrl.res.in"),
        "attendees": [ME],
        "location": "Committee Hall, Admin Block, National Materials Research Laboratory, Pune",
        "description": (
            "Sir/Madam,\n\nYou are requested to appear for the personal interview as per the details below.\n\n"
            "Composition of the Interview Board:\n"
            "Chairperson: Dr. (Mrs.) Meenakshi Iyer, Scientist 'G' & Head, Materials Characterisation Division\n"
            "Member: Prof. Arvind Kulkarni, Professor of Metallurgical Engineering, Deccan Institute of Technology (External Expert)\n"
            "Member: Dr. Sandeep Rathore, Principal Scientist\n\n"
            "Candidates must bring original certificates and a No Objection Certificate if employed.\n\n"
            "Administrative Officer (Recruitment)\nNational Materials Research Laboratory"
        ),
        "html": False,
        "expect": {
            "interviewers": [
                (
                    "Meenakshi Iyer",
                    None,
                    "Scientist 'G' & Head, Materials Characterisation Division",
                    "decision_maker",
                ),
                (
                    "Arvind Kulkarni",
                    None,
                    "Professor of Metallurgical Engineering, Deccan Institute of Technology",
                    "peer",
                ),
                ("Sandeep Rathore", None, "Principal Scientist", "peer"),
            ],
            "recruiter": (None, "recruitment@nmrl.res.in"),
            "company": "National Materials Research Laboratory",
            "position": "Scientist 'C' (Materials Characterisation)",
        },
    },
    {
        "id": "l-human-teams-internal-move-associate-director",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Internal interview – Finance Transformation Lead (Alex Morgan)",
        "start": "2028-09-01T09:00",
        "minutes": 45,
        "organizer": P("Abernethy-Okoro, Precious", "precious.abernethy-okoro@initech.com"),
        "attendees": [
            ME_WORK,
            P("Abernethy-Okoro, Precious", "precious.abernethy-okoro@initech.com"),
            P("Lindgren, Mats", "mats.lindgren@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat to see an internal application for this one. Mats (Senior Finance Systems Analyst) and I will "
            "run the interview; the role would sit in my team.\n\n"
            "Precious Abernethy-Okoro\nAssociate Director, Finance Transformation | Initech" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Precious Abernethy-Okoro",
                    "precious.abernethy-okoro@initech.com",
                    "Associate Director, Finance Transformation",
                    "decision_maker",
                    True,
                ),
                (
                    "Mats Lindgren",
                    "mats.lindgren@initech.com",
                    "Senior Finance Systems Analyst",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Initech",
            "position": "Finance Transformation Lead",
        },
    },
    # --- Near-misses: they mention interviewing but the user is not a candidate -------------
    {
        "id": "l-not-exit-interview-workday-leaver",
        "format": "graph",
        "style": "workday",
        "title": "Leaver's Exit Interview – Alex Morgan (last day 29/09)",
        "start": "2028-09-25T11:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Initech People Services", "peopleservices@initech.com"),
        "attendees": [ME_WORK, P("Okonjo, Chiamaka", "chiamaka.okonjo@initech.com")],
        "description": (
            "Business Process: Termination – Voluntary\nStep: Exit Interview\n\n"
            "Chiamaka Okonjo (HR Business Partner) will meet you to hear about your time at Initech. "
            "Please return your laptop and badge to the IT desk on your last day." + TEAMS
        ),
    },
    {
        "id": "l-not-stay-interview-with-manager",
        "format": "google",
        "style": "human",
        "title": "Stay interview – Alex / Rosalind",
        "start": "2028-09-06T14:30",
        "minutes": 30,
        "organizer": P("Rosalind Achterberg", "rosalind.achterberg@initech.com"),
        "attendees": [ME_WORK, P("Rosalind Achterberg", "rosalind.achterberg@initech.com")],
        "description": (
            "Hi Alex - HR asked all managers to hold 'stay interviews' this quarter. It's just us talking about what keeps you "
            "here, what might tempt you away and what you'd like to do next. No prep needed.\n\nRos"
            + MEET
        ),
    },
    {
        "id": "l-not-return-to-work-interview",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Return to Work Interview - A. Morgan",
        "start": "2028-09-07T09:15",
        "minutes": 20,
        "tz": "Europe/London",
        "organizer": P("Pemberton, Gareth", "gareth.pemberton@initech.com"),
        "attendees": [ME_WORK, P("Pemberton, Gareth", "gareth.pemberton@initech.com")],
        "location": "Meeting Pod 3, 2nd floor",
        "description": (
            "Alex, welcome back. As per the absence policy, we'll do the short return to work interview and check whether "
            "you need any adjustments this week. Form RTW-1 will be completed together.\n\nGareth Pemberton\nTeam Manager, Customer Operations"
        ),
    },
    {
        "id": "l-not-interview-skills-workshop-alumni",
        "format": "google",
        "style": "human",
        "title": "Interview Skills Workshop: Answering competency questions (Alumni Careers Service)",
        "start": "2028-09-08T18:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Caerwen Alumni Careers", "alumni.careers@caerwen.ac.uk"),
        "attendees": [ME],
        "description": (
            "Thank you for booking! In this online workshop a careers consultant will cover the STAR technique, "
            "strengths-based interviews and how to answer 'Tell me about yourself'. Bring a job description you're targeting.\n\n"
            "Booking ref: CAR-55812" + ZOOM
        ),
    },
    {
        "id": "l-not-panel-briefing-head-of-finance-appointment",
        "format": "graph",
        "style": "human",
        "title": "Interview panel briefing – Head of Finance appointment",
        "start": "2028-09-11T08:30",
        "minutes": 30,
        "organizer": P("Initech Executive Search", "execsearch@initech.com"),
        "attendees": [
            ME_WORK,
            P("Holloway, Miriam", "miriam.holloway@initech.com"),
            P("Sato, Kenji", "kenji.sato@initech.com"),
        ],
        "description": (
            "Panel members,\n\nAhead of the final interviews on Thursday we'll go through the three shortlisted candidates, "
            "the question areas each panellist will own and the scoring matrix. Candidate packs are attached (confidential).\n\n"
            "Initech Executive Search" + TEAMS
        ),
    },
    {
        "id": "l-not-shortlisting-meeting-user-hiring",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Shortlisting – Data Analyst (x2) – decide who to interview",
        "start": "2028-09-12T13:00",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Nakashima, Eri", "eri.nakashima@initech.com"),
            P("Initech Recruiting", "recruiting@initech.com"),
        ],
        "description": (
            "47 applications. Please score your batch in Workday before we meet so we can agree the interview list and "
            "send invitations by Friday."
        ),
    },
    {
        "id": "l-not-appointments-committee-university",
        "format": "google",
        "style": "human",
        "title": "Appointments Committee – Chair in Computational Linguistics (interviews & decision)",
        "start": "2028-09-13T09:00",
        "minutes": 240,
        "tz": "Europe/London",
        "organizer": P("Registry – Senior Appointments", "senior.appointments@caerwen.ac.uk"),
        "attendees": [
            ME,
            P("Prof. Gwen Pritchard-Evans", "g.pritchard-evans@caerwen.ac.uk"),
            P("Prof. Idris Bello", "i.bello@caerwen.ac.uk"),
        ],
        "location": "Council Chamber, Singleton House",
        "description": (
            "Committee members: please note the timetable. Four candidates will be interviewed (45 minutes each) "
            "followed by the committee's deliberation and recommendation to Senate. You are sitting as the external "
            "assessor's nominee.\n\nSenior Appointments Office"
        ),
    },
    {
        "id": "l-not-assessment-centre-assessor-briefing",
        "format": "graph",
        "style": "human",
        "title": "Graduate Assessment Centre – assessor briefing & interview marking guide",
        "start": "2028-09-14T08:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Early Careers Team", "earlycareers@initech.com"),
        "attendees": [
            ME_WORK,
            P("Quayle, Tobias", "tobias.quayle@initech.com"),
            P("Rahman, Sadia", "sadia.rahman@initech.com"),
        ],
        "location": "Initech, Floor 5 Training Suite",
        "description": (
            "Thank you for volunteering as an assessor. We'll walk through the group exercise, the competency interview "
            "marking guide and how to record evidence in the assessor booklet. Candidates arrive at 09:00."
        ),
    },
    {
        "id": "l-not-journalist-interviews-user-nairobi",
        "format": "ics",
        "style": "human",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Interview: The Savannah Ledger – fintech regulation piece (Alex Morgan)",
        "start": "2028-09-15T11:00",
        "minutes": 30,
        "tz": "Africa/Nairobi",
        "organizer": P("Achieng Otieno", "achieng.otieno@savannahledger.co.ke"),
        "attendees": [ME, P("Achieng Otieno", "achieng.otieno@savannahledger.co.ke")],
        "description": (
            "Hi Alex, thank you for agreeing to be interviewed for our piece on the new digital lending rules. "
            "I'd like to record the call for accuracy; quotes will be attributed to you as an industry analyst.\n\n"
            "Achieng Otieno\nSenior Reporter, The Savannah Ledger" + MEET
        ),
    },
    {
        "id": "l-not-research-participant-remote-work-study",
        "format": "google",
        "style": "human",
        "title": "Research interview – 'Hybrid work and wellbeing' study (participant ID P-031)",
        "start": "2028-09-18T17:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Dr. Femke Jansen", "f.jansen@rijnmond-university.nl"),
        "attendees": [ME, P("Dr. Femke Jansen", "f.jansen@rijnmond-university.nl")],
        "description": (
            "Dear participant,\n\nThank you for taking part in our study. The semi-structured interview will take about an hour "
            "and will be audio-recorded. Please read and sign the consent form beforehand. You will receive a €30 voucher.\n\n"
            "Dr. Femke Jansen, Postdoctoral Researcher, Department of Work & Organisational Psychology"
            + ZOOM
        ),
    },
    {
        "id": "l-not-alumni-admissions-interviewer",
        "format": "graph",
        "style": "human",
        "title": "Alumni interview – applicant Kwabena Asiedu (Class of 2033)",
        "start": "2028-09-19T19:00",
        "minutes": 45,
        "organizer": P("Alumni Interview Program", "alumni-interviews@admissions.weston.edu"),
        "attendees": [ME, P("Kwabena Asiedu", "kwabena.asiedu2010@gmail.com")],
        "description": (
            "Thank you for volunteering as an alumni interviewer. You will be interviewing Kwabena Asiedu, an applicant "
            "from Kumasi, Ghana. Please submit your interview report within 48 hours of the conversation."
            + ZOOM
        ),
    },
    {
        "id": "l-not-interpreter-asylum-interview",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interpreting booking: substantive interview (Tigrinya) – ref IB-77201",
        "start": "2028-09-20T10:00",
        "minutes": 180,
        "tz": "Europe/London",
        "organizer": P("Language Services Bookings", "bookings@thamesinterpreting.co.uk"),
        "attendees": [ME],
        "location": "Ashdown House, 12 Wellesley Rd, Croydon – report to the interpreter desk",
        "description": (
            "Assignment confirmed. You are booked as the interpreter for a substantive interview. "
            "Please bring your ID badge and arrive 20 minutes early. Travel claimable at standard rates."
        ),
    },
    {
        "id": "l-not-mortgage-interview-bank",
        "format": "google",
        "style": "human",
        "title": "Mortgage interview with your Mortgage Adviser – Northmoor Building Society",
        "start": "2028-09-21T12:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Northmoor Building Society", "appointments@northmoorbs.co.uk"),
        "attendees": [ME],
        "description": (
            "Your mortgage interview is booked. Your adviser, Declan Fitzpatrick, will go through your income, "
            "outgoings and the mortgage options available. Please have three months' payslips and bank statements ready."
        ),
    },
    {
        "id": "l-not-media-training-tv-interview",
        "format": "graph",
        "style": "human",
        "title": "Media training: handling a hostile TV interview (spokespeople cohort)",
        "start": "2028-09-22T09:30",
        "minutes": 180,
        "organizer": P("Initech Corporate Affairs", "corporate.affairs@initech.com"),
        "attendees": [
            ME_WORK,
            P("Dunmore, Felicity", "felicity.dunmore@initech.com"),
            P("Hartigan Media Coaching", "bookings@hartiganmedia.co.uk"),
        ],
        "location": "Initech Studio, Floor 2",
        "description": (
            "Hartigan Media Coaching will run mock on-camera interviews and play back the recordings. Please wear what "
            "you would wear for a real broadcast interview."
        ),
    },
    {
        "id": "l-not-hiring-committee-promotion-review",
        "format": "ics",
        "style": "human",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Hiring committee – L6 packets (2 external, 1 internal transfer)",
        "start": "2028-09-26T16:00",
        "minutes": 60,
        "organizer": P("Initech Recruiting Ops", "recruiting-ops@initech.com"),
        "attendees": [
            ME_WORK,
            P("Barzani, Shirin", "shirin.barzani@initech.com"),
            P("Kowalczyk, Piotr", "piotr.kowalczyk@initech.com"),
        ],
        "description": (
            "Committee members: read the interview feedback in each packet before the meeting. We will vote hire / no hire "
            "and note any level adjustments for the offer team." + MEET
        ),
    },
]
