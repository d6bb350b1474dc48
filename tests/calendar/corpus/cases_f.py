# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Corpus, part F (tuning): jobs outside software and invites written by public bodies,
hospitals, schools, universities, law firms, hotels and shops, many from outside the US: a
"Selection Panel:" with a "Chair", an academic campus visit with a job talk, a school principal
and a head of department, a nurse manager on a hospital shift pattern, UK and Australian civil
service wording, Indian and Spanish naming conventions, honorifics (Dr., Prof., Mr, Ms), titles
written as "Title - Name", and a hotel's general manager on a personal address. Near-misses from
the same world: a PhD viva the user examines, a parent-teacher conference, a grant panel and a
police witness interview.

Labels are what a person reads in the invite, not what the parser returns. An honorific is not
part of the name.
expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "f-civil-service-selection-panel",
        "format": "graph",
        "style": "human",
        "title": "Interview - Senior Policy Adviser (Ref 224871)",
        "start": "2027-05-03T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Recruitment Team", "recruitment@dfe-example.gov.uk"),
        "attendees": [
            ME,
            P("Helen Carter", "helen.carter@dfe-example.gov.uk"),
            P("Rajesh Patel", "rajesh.patel@dfe-example.gov.uk"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying for the role of Senior Policy Adviser with the "
            "Department for Education.\n\nSelection Panel:\nChair: Helen Carter, Deputy Director, "
            "Schools Funding\nPanel member: Rajesh Patel, Grade 7 Policy Lead\n\n"
            "You will be assessed against the behaviours in the advert.\n\nRecruitment Team" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Helen Carter",
                    "helen.carter@dfe-example.gov.uk",
                    "Deputy Director, Schools Funding",
                    "decision_maker",
                ),
                (
                    "Rajesh Patel",
                    "rajesh.patel@dfe-example.gov.uk",
                    "Grade 7 Policy Lead",
                    "peer",
                ),
            ],
            "recruiter": (None, "recruitment@dfe-example.gov.uk"),
            "company": "Department for Education",
            "position": "Senior Policy Adviser",
        },
    },
    {
        "id": "f-academic-campus-visit",
        "format": "ics",
        "style": "human",
        "title": "Campus visit - Assistant Professor, Environmental Engineering",
        "start": "2027-05-04T08:30",
        "minutes": 480,
        "organizer": P("Dana Whitfield", "dwhitfield@lakemont.edu"),
        "attendees": [ME],
        "description": (
            "Dear Dr. Morgan,\n\nWe look forward to your visit to Lakemont University.\n\n"
            "8:30 Breakfast with Prof. Ian Mercer, Search Committee Chair\n"
            "10:00 Job talk (Room 204)\n"
            "11:30 Meeting with Dr. Sofia Anand, Department Head\n"
            "1:30 Meeting with Dr. Kwame Asare, Associate Professor\n"
            "3:00 Patricia Lowe, Vice President of Academic Affairs\n\n"
            "Dana Whitfield\nDepartment Administrator"
        ),
        "location": "Lakemont University, Engineering Hall",
        "expect": {
            "interviewers": [
                ("Ian Mercer", None, "Search Committee Chair", "decision_maker"),
                ("Sofia Anand", None, "Department Head", "decision_maker"),
                ("Kwame Asare", None, "Associate Professor", "peer"),
                ("Patricia Lowe", None, "Vice President of Academic Affairs", "executive"),
            ],
            "recruiter": ("Dana Whitfield", "dwhitfield@lakemont.edu"),
            "company": "Lakemont University",
            "position": "Assistant Professor, Environmental Engineering",
        },
    },
    {
        "id": "f-school-principal-hod",
        "format": "google",
        "style": "human",
        "title": "Teaching interview - Maths Teacher - Riverside High",
        "start": "2027-05-05T13:15",
        "minutes": 60,
        "organizer": P("Riverside High Office", "office@riversidehigh.k12.example.us"),
        "attendees": [
            ME,
            P("Gloria Mendez", "gmendez@riversidehigh.k12.example.us"),
            P("Tom Becker", "tbecker@riversidehigh.k12.example.us"),
        ],
        "description": (
            "Dear Mr. Morgan,\n\nThe interview for the Mathematics Teacher position will include "
            "a 15-minute demonstration lesson. You will meet Principal Gloria Mendez and Tom "
            "Becker, Head of the Mathematics Department.\n\nRiverside High School Office"
        ),
        "location": "Riverside High School, Room 12",
        "expect": {
            "interviewers": [
                (
                    "Gloria Mendez",
                    "gmendez@riversidehigh.k12.example.us",
                    "Principal",
                    "decision_maker",
                ),
                (
                    "Tom Becker",
                    "tbecker@riversidehigh.k12.example.us",
                    "Head of the Mathematics Department",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "office@riversidehigh.k12.example.us"),
            "company": "Riverside High School",
            "position": "Mathematics Teacher",
        },
    },
    {
        "id": "f-hospital-nurse-manager",
        "format": "graph",
        "style": "workday",
        "title": "Interview: R-77120 Registered Nurse - Cardiac ICU (Nights)",
        "start": "2027-05-06T07:00",
        "minutes": 45,
        "organizer": P("Mercy Valley Talent", "talent@mercyvalley.org"),
        "attendees": [
            ME,
            P("Janelle Brooks", "janelle.brooks@mercyvalley.org"),
            P("Luis Ortega", "luis.ortega@mercyvalley.org"),
        ],
        "description": (
            "Thank you for your interest in Mercy Valley Health.\n\nJob Requisition: R-77120 Registered Nurse - Cardiac ICU (Nights)\n"
            "Interviewers: Janelle Brooks, RN, Nurse Manager, Cardiac ICU; Luis Ortega, RN, "
            "Charge Nurse\nRecruiter: Amanda Kiplagat (amanda.kiplagat@mercyvalley.org)\n\n"
            "Please come to the 4th floor nurses' station after the shift change."
        ),
        "location": "4 West, Cardiac ICU",
        "expect": {
            "interviewers": [
                (
                    "Janelle Brooks",
                    "janelle.brooks@mercyvalley.org",
                    "Nurse Manager, Cardiac ICU",
                    "decision_maker",
                ),
                ("Luis Ortega", "luis.ortega@mercyvalley.org", "Charge Nurse", "peer"),
            ],
            "recruiter": ("Amanda Kiplagat", "amanda.kiplagat@mercyvalley.org"),
            "company": "Mercy Valley Health",
            "position": "Registered Nurse - Cardiac ICU (Nights)",
        },
    },
    {
        "id": "f-law-firm-partners",
        "format": "ics",
        "style": "human",
        "title": "Second round interview - Associate, Employment Group - Hale Pemberton LLP",
        "start": "2027-05-07T14:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Graduate Recruitment", "graduates@halepemberton.com"),
        "attendees": [
            ME,
            P("Olivia Hale", "olivia.hale@halepemberton.com"),
            P("Marcus Fenn", "marcus.fenn@halepemberton.com"),
        ],
        "description": (
            "Dear Alex,\n\nYour second round interview will be with Olivia Hale (Partner, "
            "Employment) and Marcus Fenn (Senior Associate).\n\nKind regards\nSophie Grant\n"
            "Graduate Recruitment Adviser\nHale Pemberton LLP"
        ),
        "location": "Hale Pemberton, 10 Fleet Place, London",
        "expect": {
            "interviewers": [
                (
                    "Olivia Hale",
                    "olivia.hale@halepemberton.com",
                    "Partner, Employment",
                    "executive",
                ),
                ("Marcus Fenn", "marcus.fenn@halepemberton.com", "Senior Associate", "peer"),
            ],
            "recruiter": ("Sophie Grant", "graduates@halepemberton.com"),
            "company": "Hale Pemberton",
            "position": "Associate, Employment Group",
        },
    },
    {
        "id": "f-hotel-gm-personal-address",
        "format": "google",
        "style": "human",
        "title": "Front Office Manager interview - The Aldridge Hotel",
        "start": "2027-05-10T15:00",
        "minutes": 45,
        "organizer": P("Renata Costa", "renata.costa.gm@gmail.com"),
        "attendees": [ME, P("Renata Costa", "renata.costa.gm@gmail.com")],
        "description": (
            "Hi Alex,\n\nSending from my personal email as our system is down. Please come to "
            "the lobby and ask for me.\n\nRenata Costa\nGeneral Manager, The Aldridge Hotel"
        ),
        "location": "The Aldridge Hotel, 55 Harbour Rd",
        "expect": {
            "interviewers": [
                ("Renata Costa", "renata.costa.gm@gmail.com", "General Manager", "executive"),
            ],
            "recruiter": None,
            "company": "The Aldridge Hotel",
            "position": "Front Office Manager",
        },
    },
    {
        "id": "f-retail-title-dash-name",
        "format": "ics",
        "style": "human",
        "title": "Assistant Store Manager interview - Larchmont Outfitters #38",
        "start": "2027-05-11T09:00",
        "minutes": 30,
        "organizer": P("Larchmont Outfitters Hiring", "hiring@larchmontoutfitters.com"),
        "attendees": [ME, P("Brenda Kowalski", "bkowalski@larchmontoutfitters.com")],
        "description": (
            "Interview with:\nStore Manager - Brenda Kowalski\n\nPlease bring a list of your "
            "availability for weekends.\n\nLarchmont Outfitters Hiring Team"
        ),
        "location": "Larchmont Outfitters #38, Westfield Mall",
        "expect": {
            "interviewers": [
                (
                    "Brenda Kowalski",
                    "bkowalski@larchmontoutfitters.com",
                    "Store Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "hiring@larchmontoutfitters.com"),
            "company": "Larchmont Outfitters",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "f-australian-aps-panel",
        "format": "graph",
        "style": "human",
        "title": "Interview - APS6 Data Analyst (Vacancy 27/0412)",
        "start": "2027-05-12T10:00",
        "minutes": 45,
        "tz": "Australia/Sydney",
        "organizer": P("Chloe Nguyen", "chloe.nguyen@abs-example.gov.au"),
        "attendees": [
            ME,
            P("Chloe Nguyen", "chloe.nguyen@abs-example.gov.au"),
            P("Brett Willis", "brett.willis@abs-example.gov.au"),
        ],
        "description": (
            "G'day Alex,\n\nThanks for your application. The panel for the APS6 Data Analyst "
            "role is Brett Willis (EL1 Director, Labour Statistics) as convenor and me (HR "
            "Business Partner).\n\nCheers,\nChloe Nguyen\nPeople Branch, Australian Bureau of "
            "Statistics" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Brett Willis",
                    "brett.willis@abs-example.gov.au",
                    "EL1 Director, Labour Statistics",
                    "decision_maker",
                ),
                (
                    "Chloe Nguyen",
                    "chloe.nguyen@abs-example.gov.au",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Chloe Nguyen", "chloe.nguyen@abs-example.gov.au"),
            "company": "Australian Bureau of Statistics",
            "position": "APS6 Data Analyst",
        },
    },
    {
        "id": "f-indian-names-initials",
        "format": "google",
        "style": "human",
        "title": "Technical Interview - Senior Java Developer - Kaveri Infotech",
        "start": "2027-05-13T11:30",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P("Deepa S", "deepa.s@kaveriinfotech.in"),
        "attendees": [
            ME,
            P("Venkatesh R. Iyer", "venkatesh.iyer@kaveriinfotech.in"),
            P("Aarti Deshpande", "aarti.d@kaveriinfotech.in"),
        ],
        "description": (
            "Dear Candidate,\n\nYour technical interview is scheduled. Panel:\n"
            "1. Venkatesh R. Iyer - Delivery Manager\n2. Aarti Deshpande - Technical Architect\n\n"
            "Kindly join 10 minutes before.\n\nRegards,\nDeepa S\nTalent Acquisition, Kaveri "
            "Infotech Pvt. Ltd." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Venkatesh R. Iyer",
                    "venkatesh.iyer@kaveriinfotech.in",
                    "Delivery Manager",
                    "decision_maker",
                ),
                (
                    "Aarti Deshpande",
                    "aarti.d@kaveriinfotech.in",
                    "Technical Architect",
                    "peer",
                ),
            ],
            "recruiter": ("Deepa S", "deepa.s@kaveriinfotech.in"),
            "company": "Kaveri Infotech",
            "position": "Senior Java Developer",
        },
    },
    {
        "id": "f-spanish-two-surnames",
        "format": "graph",
        "style": "human",
        "title": "Entrevista: Analista de Datos / Data Analyst - Grupo Alameda",
        "start": "2027-05-14T16:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Lucía Fernández García", "lucia.fernandez@grupoalameda.es"),
        "attendees": [
            ME,
            P("Lucía Fernández García", "lucia.fernandez@grupoalameda.es"),
            P("Javier Ruiz Sánchez", "javier.ruiz@grupoalameda.es"),
        ],
        "description": (
            "Hola Alex,\n\nAs agreed, your interview (in English) for the Data Analyst position "
            "will be with Javier Ruiz Sánchez, Director de Analítica, who leads the team you would join.\n\n"
            "Un saludo,\nLucía Fernández García\nTalent Acquisition, Grupo Alameda" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Javier Ruiz Sánchez",
                    "javier.ruiz@grupoalameda.es",
                    "Director de Analítica",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lucía Fernández García", "lucia.fernandez@grupoalameda.es"),
            "company": "Grupo Alameda",
            "position": "Data Analyst",
        },
    },
    {
        "id": "f-council-honorifics",
        "format": "ics",
        "style": "human",
        "title": "Interview: Head of Housing Services",
        "start": "2027-05-17T10:00",
        "minutes": 75,
        "tz": "Europe/London",
        "organizer": P("HR Services", "hr@northmoor-council.gov.uk"),
        "attendees": [ME],
        "description": (
            "Dear Mr Morgan,\n\nYou are invited to interview for the post of Head of Housing "
            "Services at Northmoor District Council.\n\nThe interview panel will comprise:\n"
            "Dr. Margaret Dunne (Chief Executive)\nMr Paul Hendry (Director of "
            "Communities)\nMs Anita Shah (HR Business Partner)\n\nYours sincerely,\nHR Services"
        ),
        "location": "Council Offices, Market Square",
        "expect": {
            "interviewers": [
                ("Margaret Dunne", None, "Chief Executive", "executive"),
                ("Paul Hendry", None, "Director of Communities", "decision_maker"),
                ("Anita Shah", None, "HR Business Partner", "recruiter"),
            ],
            "recruiter": (None, "hr@northmoor-council.gov.uk"),
            "company": "Northmoor District Council",
            "position": "Head of Housing Services",
        },
    },
    {
        "id": "f-nonprofit-board-chair-ed",
        "format": "google",
        "style": "human",
        "title": "Executive Director finalist interview - Clearwater Literacy Project",
        "start": "2027-05-18T18:00",
        "minutes": 90,
        "organizer": P("Harold Bennett", "hbennett.board@gmail.com"),
        "attendees": [
            ME,
            P("Harold Bennett", "hbennett.board@gmail.com"),
            P("Yvonne Clarke", "yvonne.clarke@clearwaterliteracy.org"),
        ],
        "description": (
            "Dear Alex,\n\nOn behalf of the search committee, I'm pleased to invite you to a "
            "finalist interview for the Executive Director position. Joining me will be Yvonne "
            "Clarke, Board Treasurer.\n\nHarold Bennett\nBoard Chair, Clearwater Literacy "
            "Project" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Harold Bennett", "hbennett.board@gmail.com", "Board Chair", "executive"),
                (
                    "Yvonne Clarke",
                    "yvonne.clarke@clearwaterliteracy.org",
                    "Board Treasurer",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Clearwater Literacy Project",
            "position": "Executive Director",
        },
    },
    {
        "id": "f-construction-site-visit",
        "format": "graph",
        "style": "human",
        "title": "Site Manager interview + site walk - Ironbridge Build",
        "start": "2027-05-19T07:30",
        "minutes": 120,
        "organizer": P("Dave Mulligan", "dave.mulligan@ironbridgebuild.co.uk"),
        "attendees": [ME, P("Dave Mulligan", "dave.mulligan@ironbridgebuild.co.uk")],
        "description": (
            "Alex, meet me at the cabin at 7:30, PPE provided. After a chat about the Site "
            "Manager job we'll walk the Queensway site.\n\nDave Mulligan\nContracts Manager\n"
            "Ironbridge Build Ltd\nM: 07700 900981"
        ),
        "location": "Queensway site cabin, Birmingham",
        "expect": {
            "interviewers": [
                (
                    "Dave Mulligan",
                    "dave.mulligan@ironbridgebuild.co.uk",
                    "Contracts Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Ironbridge Build",
            "position": "Site Manager",
        },
    },
    {
        "id": "f-pharmacy-chain-icims",
        "format": "ics",
        "style": "icims",
        "title": "Interview Confirmation: Pharmacy Technician (Req 55012) - Wellspring Pharmacy",
        "start": "2027-05-20T12:00",
        "minutes": 30,
        "organizer": P("Wellspring Careers", "careers@wellspringrx.com"),
        "attendees": [ME, P("Dr. Nadia Karim", "nadia.karim@wellspringrx.com")],
        "description": (
            "Thank you for your interest in Wellspring Pharmacy.\n\nInterviewer: Dr. Nadia "
            "Karim, PharmD, Pharmacy Manager\nStore: #204, 80 Elm Ave\n\nQuestions? Reply to "
            "this message and our recruiting team will help.\n\nThis message was sent via iCIMS."
        ),
        "expect": {
            "interviewers": [
                (
                    "Nadia Karim",
                    "nadia.karim@wellspringrx.com",
                    "Pharmacy Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "careers@wellspringrx.com"),
            "company": "Wellspring Pharmacy",
            "position": "Pharmacy Technician",
        },
    },
    {
        "id": "f-airline-assessment-day",
        "format": "google",
        "style": "human",
        "title": "Assessment Day - Cabin Crew - Skylark Air",
        "start": "2027-05-21T08:00",
        "minutes": 360,
        "organizer": P("Skylark Air Recruitment", "crewrecruitment@skylarkair.com"),
        "attendees": [ME],
        "description": (
            "Congratulations on reaching the assessment day for Cabin Crew.\n\n08:00 Welcome\n"
            "09:00 Group exercise\n11:00 Final interview with a Cabin Service Manager\n\n"
            "Please bring your passport and two forms of ID.\n\nSkylark Air Recruitment"
        ),
        "location": "Skylark Air Training Centre, Building 3",
        "expect": {
            "interviewers": [],
            "recruiter": (None, "crewrecruitment@skylarkair.com"),
            "company": "Skylark Air",
            "position": "Cabin Crew",
        },
    },
    {
        "id": "f-museum-curator-meet",
        "format": "google",
        "style": "human",
        "title": "Interview - Assistant Curator, Textiles",
        "start": "2027-05-24T14:00",
        "minutes": 60,
        "organizer": P("Imogen Frost", "imogen.frost@harrowgatemuseum.org"),
        "attendees": [
            ME,
            P("Imogen Frost", "imogen.frost@harrowgatemuseum.org"),
            P("Kazuo Tanabe", "kazuo.tanabe@harrowgatemuseum.org"),
        ],
        "description": (
            "Dear Alex,\n\nKazuo Tanabe, Senior Curator of Textiles and the hiring manager, and "
            "I look forward to meeting you. Please prepare a ten-minute talk on one object from "
            "our collection.\n\nImogen Frost\nHR Officer, Harrowgate Museum" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Kazuo Tanabe",
                    "kazuo.tanabe@harrowgatemuseum.org",
                    "Senior Curator of Textiles",
                    "decision_maker",
                    True,
                ),
                ("Imogen Frost", "imogen.frost@harrowgatemuseum.org", "HR Officer", "recruiter"),
            ],
            "recruiter": ("Imogen Frost", "imogen.frost@harrowgatemuseum.org"),
            "company": "Harrowgate Museum",
            "position": "Assistant Curator, Textiles",
        },
    },
    # --- Near-misses from the same world ----------------------------------------------------
    {
        "id": "not-f-phd-viva-examiner",
        "format": "ics",
        "style": "human",
        "title": "PhD viva - J. Okafor (external examiner: A. Morgan)",
        "start": "2027-05-25T10:00",
        "minutes": 180,
        "organizer": P("Graduate School", "gradschool@lakemont.edu"),
        "attendees": [ME, P("Graduate School", "gradschool@lakemont.edu")],
        "description": (
            "Thank you for acting as external examiner. The candidate will be interviewed on "
            "the thesis for about two hours; the pre-viva meeting of examiners is at 9:30."
        ),
    },
    {
        "id": "not-f-parent-teacher",
        "format": "google",
        "style": "human",
        "title": "Parent-teacher conference (Noa) - Ms. Patel",
        "start": "2027-05-26T16:10",
        "minutes": 15,
        "organizer": P("Priya Patel", "ppatel@maplemontessori.org"),
        "attendees": [ME, P("Priya Patel", "ppatel@maplemontessori.org")],
        "description": "Room 3. We'll look at Noa's portfolio and the interview she did for the class newspaper.",
    },
    {
        "id": "not-f-grant-panel-reviewer",
        "format": "graph",
        "style": "human",
        "title": "Grant interview panel - Community Innovation Fund (reviewer)",
        "start": "2027-05-27T09:00",
        "minutes": 240,
        "organizer": P("Fund Office", "fund@cityfoundation-example.org"),
        "attendees": [ME, P("Fund Office", "fund@cityfoundation-example.org")],
        "description": (
            "As a reviewer you will interview four shortlisted applicant organisations with the "
            "panel chair. Scoring sheets attached." + TEAMS
        ),
    },
    {
        "id": "not-f-police-witness",
        "format": "ics",
        "style": "human",
        "title": "Witness interview - Westside station (crime ref 27/11842)",
        "start": "2027-05-28T11:00",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": "Ask for DC Harris at the front desk. Bring the dashcam footage on a USB stick.",
        "location": "Westside Police Station",
    },
]
