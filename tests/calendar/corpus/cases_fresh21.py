# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""HELD-OUT batch fresh-21, written by "iw21", someone who does not tune the parser, labelled
before any run of the parser on it and never run through it by its writer (issue 16). It is a
held-out set: `build_heldout21.py` renders it into `heldout-fresh21/`, which the corpus test and
the bench's default folder never read; the tuners never open this file or that folder. 60
invites: 45 interviews and 15 non-interviews that mention interviewing or look like one, across
.ics, Google JSON and Graph JSON (20 each; 15 interviews and 5 non-interviews per format). The
writer never read, imported or ran the extraction code, the bench or the corpus tests.

The angle is small and mid-sized employers in non-tech trades: a dental practice, an HVAC shop, a
bakery, a hospital pharmacy, a county planning department, a small law firm, a Swedish
restaurant, a German tax office, a cold-storage warehouse, a hotel, a dairy farm, a CPA firm, a
primary school, a vet practice, a plumber, a literacy nonprofit, a cleaning company, a café, a
Norwegian outdoor-goods chain, a Mallorca hotel, a university advising office, a grocery chain, a
builder, a trucking firm, a landscaper, a French accounting firm, a care home, a hair salon, a
physio chain, a Florentine trattoria, an NHS trust, a credit union, a 3PL, a borough council, an
apartment community, a Dutch installer, a German electrician, a charity, an accountancy practice
hiring through an agency, a school district, a hospital's chief nursing officer, a roofer, a law
firm's coordinator, a food bank and a Portuguese farm cooperative. They are written by humans
(owners, office managers, farm managers, executive assistants) and by the tools such employers
use (BambooHR, Workday, iCIMS, Teamtailor, Personio, JazzHR, Breezy HR, Workable, Indeed,
Calendly, Lever), with titles and roles in everyday wording (owner, head baker, farm manager,
store director, ward manager, foreman) and in Swedish, German, Spanish, Norwegian, French,
Italian, Dutch and Portuguese. Informal interviews (a coffee with the owner, a trial shift, a
ride-along, a trade test, a walk round a farm or a building site) stand against internal or
outside events that look like interviews: an annual appraisal (Jahresgespräch, PDR, entretien
annuel), a return-to-work interview, an exit interview, a stay interview, a food-hygiene
inspection, a CQC inspection's staff interviews, an audit walkthrough, an HR investigation
meeting, a supplier intro, a parent-teacher interview, a radio interview, a careers-day mock
interview and a trial shift the user runs for someone else.

Labels are what a careful person reads in the invite, not what a parser returns, with the corpus
conventions (cases_t.py): a person called the hiring manager or the candidate's future manager
("you'd report to", "you'd be working under her", "your direct boss", "je directe
leidinggevende", "será tu responsable directa", "du wärst in seiner Kolonne") is a decision_maker
with the hiring-manager mark; people-manager titles (manager of X, head of, director, team
leader, head nurse, ward manager, principal, headteacher, a partner of a firm) are
decision_makers; CEO / founder / president / chief * / general manager, an owner
(Owner, Titolare, Kanzleiinhaber, directeur-eigenaar, Geschäftsführer), a hotel's director and
a board or governors' chair are executives unless called the hiring manager; individual
contributors (leads, seniors, technicians, teachers, specialists) are peers; a recruiter or HR
person who runs (part of) the call is an interviewer with role recruiter and is the recruiter; a
team mailbox that the candidate is told to reply to is the recruiter as (None, address); a
coordinator, office manager or executive assistant who books it without a recruiter is the
recruiter; the company is the business the candidate joins (the practice, the school, the
hotel), without legal forms (GmbH, LLP, B.V., AS, CRL) or a generic "Kanzlei" / "Cabinet"
before a firm's name; people named without an address have email None; names without honorifics
(Dr., Mrs, Eng.º) or letters after them (PharmD, FCA); a person with no title is title None;
whatever the invite does not say is None. Titles written in lower case in prose are labelled in
title case. Positions leave out requisition ids, employment types, shifts ("2nd Shift", "Nights",
"- Days"), seasons, pay bands ("Band 5", "Level 3"), gender markers and a location or store
appended with a dash; a unit or specialism in the job's name is kept. "difficulty" is the
writer's guess; non-interviews have "expect": None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ---------------------------------------------------------------------
    {
        "id": "f21-bamboohr-ics-dental-practice-manager-and-owner",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "medium",
        "prodid": "-//BambooHR//Interview Scheduling//EN",
        "title": "Interview: Dental Receptionist / Treatment Coordinator - Brightsmile Family Dentistry",
        "start": "2031-04-03T10:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Keisha Monroe", "kmonroe@brightsmilefamily.com"),
        "attendees": [
            ME,
            P("Keisha Monroe", "kmonroe@brightsmilefamily.com"),
            P("Anil Varghese", "avarghese@brightsmilefamily.com"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying for the Dental Receptionist / Treatment Coordinator position at "
            "Brightsmile Family Dentistry. You are scheduled for an in-person interview on Thursday, April 3 at 10:30 AM.\n\n"
            "You will meet with:\n"
            "Keisha Monroe, Practice Manager (you would report to Keisha)\n"
            "Dr. Anil Varghese, DDS, Owner & Lead Dentist\n\n"
            "Please arrive 10 minutes early and bring a copy of your resume. Parking is behind the building.\n\n"
            "This interview was scheduled through BambooHR. Reply to this email if you need to reschedule.\n\n"
            "Keisha Monroe\nPractice Manager\nBrightsmile Family Dentistry\n(614) 555-0143"
        ),
        "location": "Brightsmile Family Dentistry, 2280 E Main St, Columbus, OH 43209",
        "expect": {
            "interviewers": [
                (
                    "Keisha Monroe",
                    "kmonroe@brightsmilefamily.com",
                    "Practice Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Anil Varghese",
                    "avarghese@brightsmilefamily.com",
                    "Owner & Lead Dentist",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Brightsmile Family Dentistry",
            "position": "Dental Receptionist / Treatment Coordinator",
        },
    },
    {
        "id": "f21-jazzhr-ics-hvac-service-manager-office-admin-contact",
        "format": "ics",
        "style": "jazzhr",
        "difficulty": "medium",
        "prodid": "-//JazzHR//Interview Scheduler//EN",
        "title": "Interview - Residential HVAC Service Technician - Northway Heating & Air",
        "start": "2031-04-08T07:30",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Northway Heating & Air Hiring", "hiring@northwayhvac.com"),
        "attendees": [
            ME,
            P("Brent Kowalczyk", "brent@northwayhvac.com"),
            P("Luz Ortega", "luz@northwayhvac.com"),
        ],
        "description": (
            "Alex,\n\nYour interview for Residential HVAC Service Technician has been scheduled.\n\n"
            "Date: Tuesday, April 8, 2031\nTime: 7:30 AM - 8:15 AM Central\n"
            "Location: Northway shop, 415 Industrial Pkwy, Lincoln NE (come to the service bay door)\n\n"
            "Interviewers:\nBrent Kowalczyk - Service Manager\nLuz Ortega - Lead Technician\n\n"
            "Brent will want to see your EPA 608 card and driver's license. Dress is shop casual.\n\n"
            "Questions? Call or text Dana Whitcomb, Office & HR Administrator, 402-555-0177 or dana@northwayhvac.com\n\n"
            "-- Sent via JazzHR"
        ),
        "location": "Northway Heating & Air, 415 Industrial Pkwy, Lincoln NE",
        "expect": {
            "interviewers": [
                ("Brent Kowalczyk", "brent@northwayhvac.com", "Service Manager", "decision_maker"),
                ("Luz Ortega", "luz@northwayhvac.com", "Lead Technician", "peer"),
            ],
            "recruiter": ("Dana Whitcomb", "dana@northwayhvac.com"),
            "company": "Northway Heating & Air",
            "position": "Residential HVAC Service Technician",
        },
    },
    {
        "id": "f21-human-ics-bakery-trial-shift-owner-and-head-baker",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "Trial shift at Crumb & Co 🥖",
        "start": "2031-04-05T06:00",
        "minutes": 240,
        "tz": "Europe/London",
        "organizer": P("Hannah Okafor", "hannah.okafor@icloud.com"),
        "attendees": [ME, P("Hannah Okafor", "hannah.okafor@icloud.com")],
        "description": (
            "Hi Alex!\n\nLovely to chat on the phone yesterday about the bakery assistant job. As promised, here's the "
            "trial shift - Saturday 6am till 10am, front of house and helping on the bake for the first hour. It's paid, "
            "and it's as much for you to see if you like us as the other way round.\n\n"
            "Our head baker Piotr will show you round the ovens at the start and you'll be working alongside him most "
            "of the morning. I'll be on the counter with you for the rush.\n\n"
            "Wear closed shoes, we'll give you an apron. Side door on Mill Lane, ring the bell.\n\n"
            "Hannah (owner)\nCrumb & Co, 14 Mill Lane, Frome\n07700 900614"
        ),
        "location": "Crumb & Co, 14 Mill Lane, Frome BA11 1AB",
        "expect": {
            "interviewers": [
                ("Hannah Okafor", "hannah.okafor@icloud.com", "Owner", "executive"),
                ("Piotr", None, "Head Baker", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Crumb & Co",
            "position": "Bakery Assistant",
        },
    },
    {
        "id": "f21-icims-ics-hospital-pharmacy-supervisor-credentials",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Talent Platform//EN",
        "title": "Interview Invitation: Pharmacy Technician II - Outpatient Pharmacy (Req 2031-7714)",
        "start": "2031-04-09T13:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Gretchen Albright", "galbright@mercyvalleyhealth.org"),
        "attendees": [
            ME,
            P("Samuel Oduya", "soduya@mercyvalleyhealth.org"),
            P("Trinh Le", "trinh.le@mercyvalleyhealth.org"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for your interest in Mercy Valley Health. We are pleased to invite you to "
            "interview for the position below.\n\n"
            "Position: Pharmacy Technician II - Outpatient Pharmacy\nRequisition: 2031-7714\n"
            "Status: Full Time, Day Shift\n"
            "Location: Mercy Valley Medical Center, Outpatient Pharmacy (Ground Floor, Building B)\n\n"
            "Interview Panel:\n"
            "Samuel Oduya, PharmD - Pharmacy Operations Supervisor (Hiring Manager)\n"
            "Trinh Le, CPhT - Lead Pharmacy Technician\n\n"
            "Please bring a photo ID and your state technician registration. Visitor parking is available in Garage 2.\n\n"
            "Sincerely,\nGretchen Albright\nTalent Acquisition Specialist | Mercy Valley Health\n"
            "galbright@mercyvalleyhealth.org | 559-555-0129"
        ),
        "location": "Mercy Valley Medical Center - Outpatient Pharmacy, Building B",
        "expect": {
            "interviewers": [
                (
                    "Samuel Oduya",
                    "soduya@mercyvalleyhealth.org",
                    "Pharmacy Operations Supervisor",
                    "decision_maker",
                    True,
                ),
                ("Trinh Le", "trinh.le@mercyvalleyhealth.org", "Lead Pharmacy Technician", "peer"),
            ],
            "recruiter": ("Gretchen Albright", "galbright@mercyvalleyhealth.org"),
            "company": "Mercy Valley Health",
            "position": "Pharmacy Technician II - Outpatient Pharmacy",
        },
    },
    {
        "id": "f21-workday-ics-county-planning-structured-panel",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Workday Recruiting//EN",
        "title": "Panel Interview: Planner II - Land Use (R0045127)",
        "start": "2031-04-10T09:00",
        "minutes": 75,
        "tz": "America/New_York",
        "organizer": P("Harmon County Recruiting", "recruiting@harmoncounty.gov"),
        "attendees": [
            ME,
            P("Delphine Carrow", "dcarrow@harmoncounty.gov"),
            P("Ezekiel Brandt", "ebrandt@harmoncounty.gov"),
            P("Yolanda Pruitt", "ypruitt@harmoncounty.gov"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R0045127 Planner II - Land Use (Open)\n"
            "Interview Type: Structured Panel (In Person)\n"
            "Location: Harmon County Administration Building, 200 Court St, Room 3B\n\n"
            "Interviewers:\nDelphine Carrow - Planning & Zoning Manager\nEzekiel Brandt - Senior Planner\n"
            "Yolanda Pruitt - Community Development Director\n\n"
            "Panel members will ask the same set of questions of every applicant; you will be given 10 minutes before "
            "the panel to read a short site scenario.\n\n"
            "If you require an accommodation, contact Human Resources at recruiting@harmoncounty.gov or 706-555-0110.\n\n"
            "This message was generated by Workday."
        ),
        "location": "Harmon County Administration Building, Room 3B",
        "expect": {
            "interviewers": [
                (
                    "Delphine Carrow",
                    "dcarrow@harmoncounty.gov",
                    "Planning & Zoning Manager",
                    "decision_maker",
                ),
                ("Ezekiel Brandt", "ebrandt@harmoncounty.gov", "Senior Planner", "peer"),
                (
                    "Yolanda Pruitt",
                    "ypruitt@harmoncounty.gov",
                    "Community Development Director",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "recruiting@harmoncounty.gov"),
            "company": "Harmon County",
            "position": "Planner II - Land Use",
        },
    },
    {
        "id": "f21-human-ics-law-firm-managing-partner-coffee",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Coffee - Alex Morgan / Dorothea Quist",
        "start": "2031-04-11T08:15",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Dorothea Quist", "dquist@quistrowe.co.uk"),
        "attendees": [ME, P("Dorothea Quist", "dquist@quistrowe.co.uk")],
        "description": (
            "Alex,\n\nGood to hear from you via Rachel. As I mentioned, we're a small practice (six fee earners) and "
            "we're looking for a private client solicitor, ideally two or three years qualified, to take on the wills "
            "and probate work as I step back from it. No formal process yet - let's have a coffee and see whether it "
            "might suit.\n\nBrew Lab on Bridge Street, 8.15 - I'll be in the window.\n\nBest wishes,\nDorothea\n\n"
            "Dorothea Quist\nManaging Partner\nQuist & Rowe Solicitors LLP\n01223 555 014"
        ),
        "location": "Brew Lab, Bridge Street, Cambridge",
        "expect": {
            "interviewers": [
                ("Dorothea Quist", "dquist@quistrowe.co.uk", "Managing Partner", "executive"),
            ],
            "recruiter": None,
            "company": "Quist & Rowe Solicitors",
            "position": "Private Client Solicitor",
        },
    },
    {
        "id": "f21-teamtailor-ics-swedish-kock-koksmastare-narmaste-chef",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "hard",
        "prodid": "-//Teamtailor//Teamtailor Calendar//EN",
        "title": "Intervju: Kock till Restaurang Sjöbris",
        "start": "2031-04-14T14:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Elin Sandberg", "elin.sandberg@sjobris.se"),
        "attendees": [
            ME,
            P("Elin Sandberg", "elin.sandberg@sjobris.se"),
            P("Mattias Ek", "mattias@sjobris.se"),
        ],
        "description": (
            "Hej Alex!\n\nTack för din ansökan till tjänsten som kock hos oss på Restaurang Sjöbris. Här är tiden för "
            "din intervju.\n\nDu träffar:\nMattias Ek, köksmästare (blir din närmaste chef)\nElin Sandberg, restaurangchef\n\n"
            "Intervjun sker i restaurangen, Strandvägen 8 i Varberg. Räkna med ungefär 45 minuter, och gärna att du "
            "stannar och lagar en enkel rätt med Mattias efteråt.\n\nVälkommen!\n"
            "Elin Sandberg\nRestaurangchef, Restaurang Sjöbris\n\nSkickat via Teamtailor"
        ),
        "location": "Restaurang Sjöbris, Strandvägen 8, Varberg",
        "expect": {
            "interviewers": [
                ("Mattias Ek", "mattias@sjobris.se", "Köksmästare", "decision_maker", True),
                ("Elin Sandberg", "elin.sandberg@sjobris.se", "Restaurangchef", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Restaurang Sjöbris",
            "position": "Kock",
        },
    },
    {
        "id": "f21-personio-ics-steuerkanzlei-inhaber-teamleiterin",
        "format": "ics",
        "style": "personio",
        "difficulty": "hard",
        "prodid": "-//Personio GmbH//Personio Recruiting//DE",
        "title": "Vorstellungsgespräch: Steuerfachangestellte/r (m/w/d) – Kanzlei Brenninger & Voss",
        "start": "2031-04-15T10:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Kanzlei Brenninger & Voss", "jobs@brenninger-voss.de"),
        "attendees": [
            ME,
            P("Sabine Reuter", "s.reuter@brenninger-voss.de"),
            P("Matthias Brenninger", "m.brenninger@brenninger-voss.de"),
        ],
        "description": (
            "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Steuerfachangestellte/r (m/w/d). Wir freuen "
            "uns, Sie zu einem persönlichen Gespräch in unsere Kanzlei einzuladen.\n\nIhre Gesprächspartner:\n"
            "• Matthias Brenninger – Steuerberater und Kanzleiinhaber\n"
            "• Sabine Reuter – Teamleiterin Lohn- und Finanzbuchhaltung (Ihre künftige Vorgesetzte)\n\n"
            "Adresse: Kanzlei Brenninger & Voss Steuerberatungsgesellschaft mbH, Ludwigstraße 12, 93047 Regensburg, 2. OG\n\n"
            "Bei Fragen erreichen Sie unser Personalteam unter jobs@brenninger-voss.de.\n\n"
            "Mit freundlichen Grüßen\nIhr Team der Kanzlei Brenninger & Voss\n\n"
            "Diese Einladung wurde über Personio versendet."
        ),
        "location": "Ludwigstraße 12, 93047 Regensburg",
        "expect": {
            "interviewers": [
                (
                    "Matthias Brenninger",
                    "m.brenninger@brenninger-voss.de",
                    "Steuerberater und Kanzleiinhaber",
                    "executive",
                ),
                (
                    "Sabine Reuter",
                    "s.reuter@brenninger-voss.de",
                    "Teamleiterin Lohn- und Finanzbuchhaltung",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "jobs@brenninger-voss.de"),
            "company": "Brenninger & Voss",
            "position": "Steuerfachangestellte/r",
        },
    },
    {
        "id": "f21-breezy-ics-cold-storage-hr-generalist-then-ops-manager",
        "format": "ics",
        "style": "breezy",
        "difficulty": "medium",
        "prodid": "-//Breezy HR//Breezy Calendar//EN",
        "title": "Interview: Warehouse Shift Supervisor - 2nd Shift | Keystone Cold Storage",
        "start": "2031-04-16T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Renee Gallardo", "renee.gallardo@keystonecold.com"),
        "attendees": [
            ME,
            P("Renee Gallardo", "renee.gallardo@keystonecold.com"),
            P("Victor Huang", "victor.huang@keystonecold.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying to Keystone Cold Storage! I've scheduled your interview for the Warehouse "
            "Shift Supervisor position.\n\nWho you'll meet: me (Renee, HR Generalist) for the first 15 minutes, then "
            "Victor Huang, our Warehouse Operations Manager, who the 2nd shift supervisors report to. Victor will take "
            "you on a short walk of the freezer dock, so bring a warm layer.\n\n"
            "Address: 9100 Commerce Dr, Allentown PA - use the office entrance, not the truck gate.\n\n"
            "Thanks,\nRenee Gallardo\nHR Generalist | Keystone Cold Storage\n610-555-0166\n\nPowered by Breezy HR"
        ),
        "location": "Keystone Cold Storage, 9100 Commerce Dr, Allentown PA",
        "expect": {
            "interviewers": [
                ("Renee Gallardo", "renee.gallardo@keystonecold.com", "HR Generalist", "recruiter"),
                (
                    "Victor Huang",
                    "victor.huang@keystonecold.com",
                    "Warehouse Operations Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Renee Gallardo", "renee.gallardo@keystonecold.com"),
            "company": "Keystone Cold Storage",
            "position": "Warehouse Shift Supervisor",
        },
    },
    {
        "id": "f21-indeed-ics-hotel-front-desk-message-from-employer",
        "format": "ics",
        "style": "indeed",
        "difficulty": "medium",
        "prodid": "-//Indeed//Indeed Interview//EN",
        "title": "Interview with Harbourview Hotel for Front Desk Agent",
        "start": "2031-04-17T11:00",
        "minutes": 20,
        "tz": "Europe/Dublin",
        "organizer": P("Indeed Interview", "no-reply@indeed.com"),
        "attendees": [ME, P("Colm Brennan", "colm.brennan@harbourviewhotel.ie")],
        "description": (
            "Alex, your interview is confirmed.\n\nEmployer: Harbourview Hotel\nJob: Front Desk Agent\n"
            "Interview type: Video (Indeed Interview)\nInterviewer: Colm Brennan\n\n"
            "Join your interview: https://interview.indeed.com/r/9XkPq2\n"
            "Test your camera and microphone before the interview starts. The employer will admit you from the virtual lobby.\n\n"
            "Message from the employer:\n\"Hi Alex, looking forward to our chat. I'm the front office manager here and "
            "you'd be working on my team. It'll just be the two of us, about 20 minutes. - Colm\"\n\n"
            "Need to reschedule? Manage your interview in the Indeed app.\n© 2031 Indeed"
        ),
        "location": "Indeed Interview (video)",
        "expect": {
            "interviewers": [
                (
                    "Colm Brennan",
                    "colm.brennan@harbourviewhotel.ie",
                    "Front Office Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Harbourview Hotel",
            "position": "Front Desk Agent",
        },
    },
    {
        "id": "f21-human-ics-dairy-farm-walk-round-son-and-mother",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Walk round the farm - herd manager job",
        "start": "2031-04-16T10:00",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Gareth Pryce", "gareth@pennantfarms.co.uk"),
        "attendees": [
            ME,
            P("Gareth Pryce", "gareth@pennantfarms.co.uk"),
            P("Eileen Pryce", "eileen@pennantfarms.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for the CV. Come up to the yard on Wednesday and we'll walk you round - the parlour, "
            "the youngstock sheds and the grazing block. Wear wellies, we'll have a cuppa after in the farmhouse.\n\n"
            "I'm farm manager so you'd be working to me day to day. Mum (Eileen) is the owner and will want to meet "
            "you too, she does the books and has the final say.\n\n"
            "Pennant Farms, Llanfair Road, Ruthin LL15 2SE - take the second gate, not the first.\n\n"
            "Gareth\nFarm Manager, Pennant Farms\n07700 900388"
        ),
        "location": "Pennant Farms, Llanfair Road, Ruthin",
        "expect": {
            "interviewers": [
                (
                    "Gareth Pryce",
                    "gareth@pennantfarms.co.uk",
                    "Farm Manager",
                    "decision_maker",
                    True,
                ),
                ("Eileen Pryce", "eileen@pennantfarms.co.uk", "Owner", "executive"),
            ],
            "recruiter": None,
            "company": "Pennant Farms",
            "position": "Herd Manager",
        },
    },
    {
        "id": "f21-calendly-ics-cpa-firm-audit-partner-intro",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Audit Senior – intro call between Ifeoma Chukwu and Alex Morgan",
        "start": "2031-04-18T12:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Ifeoma Chukwu", "ifeoma.chukwu@larchmontpike.com"),
        "attendees": [ME, P("Ifeoma Chukwu", "ifeoma.chukwu@larchmontpike.com")],
        "description": (
            "Event Name: Audit Senior – intro call\n\n"
            "A 30-minute conversation with Ifeoma Chukwu, CPA, Audit Partner at Larchmont & Pike, CPAs, about our "
            "open Audit Senior role and how our assurance practice works.\n\n"
            "Location: This is a Zoom web conference.\n\n"
            "Please share anything that will help prepare for our meeting.: I saw the Audit Senior posting on your "
            "website - currently a senior at a regional firm, 4 busy seasons in, CPA passed last year.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/6b1f\n"
            "Reschedule: https://calendly.com/reschedulings/6b1f\n\nPowered by Calendly.com" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Ifeoma Chukwu",
                    "ifeoma.chukwu@larchmontpike.com",
                    "Audit Partner",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Larchmont & Pike",
            "position": "Audit Senior",
        },
    },
    {
        "id": "f21-human-ics-primary-school-ta-panel-office-mailbox",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview - Teaching Assistant (SEND), Oakfield Primary",
        "start": "2031-04-22T09:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Oakfield Primary School Office", "office@oakfield.lancs.sch.uk"),
        "attendees": [ME],
        "description": (
            "Dear Alex,\n\nThank you for your application for the post of Teaching Assistant (SEND), Level 3, 32.5 "
            "hours, term time only. We are pleased to invite you to interview.\n\n"
            "The morning will begin with a 20-minute session working with a small group of Year 2 pupils, observed by "
            "our SENCo, followed by a formal interview.\n\nThe interview panel will be:\n"
            "Mrs Joanne Whitfield - Headteacher\nMr Dev Malhotra - SENCo (line manager for the post)\n"
            "Mrs Ruth Ainsworth - Chair of Governors\n\n"
            "Please bring photo ID and proof of address for safer recruitment checks.\n\n"
            "Kind regards,\nCarol Dobson\nSchool Business Manager\nOakfield Primary School\n01257 555 210"
        ),
        "location": "Oakfield Primary School, Church Lane, Chorley",
        "expect": {
            "interviewers": [
                ("Joanne Whitfield", None, "Headteacher", "decision_maker"),
                ("Dev Malhotra", None, "SENCo", "decision_maker", True),
                ("Ruth Ainsworth", None, "Chair of Governors", "executive"),
            ],
            "recruiter": ("Carol Dobson", "office@oakfield.lancs.sch.uk"),
            "company": "Oakfield Primary School",
            "position": "Teaching Assistant (SEND)",
        },
    },
    {
        "id": "f21-workable-ics-vet-nurse-head-nurse-clinical-director",
        "format": "ics",
        "style": "workable",
        "difficulty": "medium",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Interview: Registered Veterinary Nurse at Meadowbank Vets",
        "start": "2031-04-11T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Meadowbank Vets (via Workable)", "meadowbank-vets@jobs.workablemail.com"),
        "attendees": [
            ME,
            P("Fiona Gallagher", "fiona@meadowbankvets.co.uk"),
            P("Tom Ashdown", "tom.ashdown@meadowbankvets.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nYou have an interview for the Registered Veterinary Nurse role at Meadowbank Vets.\n\n"
            "When: Friday 11 April 2031, 14:00 - 15:00 (BST)\nWhere: Meadowbank Vets, 3 Station Road, Kendal LA9 6BT\n"
            "Interviewers: Fiona Gallagher (Head Nurse), Tom Ashdown (Clinical Director)\n\n"
            "You'll spend the last 20 minutes shadowing in the prep room, so please bring your uniform.\n\n"
            "If you can no longer attend, reply to this email to let the hiring team know.\n\n"
            "Sent by Workable on behalf of Meadowbank Vets"
        ),
        "location": "Meadowbank Vets, 3 Station Road, Kendal",
        "expect": {
            "interviewers": [
                ("Fiona Gallagher", "fiona@meadowbankvets.co.uk", "Head Nurse", "decision_maker"),
                (
                    "Tom Ashdown",
                    "tom.ashdown@meadowbankvets.co.uk",
                    "Clinical Director",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "meadowbank-vets@jobs.workablemail.com"),
            "company": "Meadowbank Vets",
            "position": "Registered Veterinary Nurse",
        },
    },
    {
        "id": "f21-human-ics-plumber-ride-along-office-manager-books",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Ride-along w/ Dave - apprentice plumber",
        "start": "2031-04-17T07:00",
        "minutes": 240,
        "tz": "America/Los_Angeles",
        "organizer": P("Sharon Tull", "sharon@tullplumbing.com"),
        "attendees": [ME, P("Dave Tull", "dave@tullplumbing.com")],
        "description": (
            "Hi Alex, Dave asked me to put this in. He'd like you to come out with him on a couple of jobs Thursday "
            "morning so you can both see how it goes before we talk about the apprenticeship. Meet at the shop at "
            "7:00 (1120 Birch St), he'll drive. Boots and work pants, we have safety glasses.\n\n"
            "Dave's the master plumber and owner, and you'd be learning under him.\n\nThanks!\n"
            "Sharon Tull\nOffice Manager, Tull Plumbing & Drain\n(503) 555-0192"
        ),
        "location": "Tull Plumbing & Drain, 1120 Birch St, Portland OR",
        "expect": {
            "interviewers": [
                (
                    "Dave Tull",
                    "dave@tullplumbing.com",
                    "Master Plumber and Owner",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Sharon Tull", "sharon@tullplumbing.com"),
            "company": "Tull Plumbing & Drain",
            "position": "Apprentice Plumber",
        },
    },
    # --- .ics: non-interviews -----------------------------------------------------------------
    {
        "id": "f21-not-ics-personio-jahresgespraech-leiterin-logistik",
        "format": "ics",
        "style": "personio",
        "difficulty": "medium",
        "prodid": "-//Personio GmbH//Personio Performance//DE",
        "title": "Jahresgespräch 2031 – Alex Morgan / Katrin Vogt",
        "start": "2031-04-09T14:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Katrin Vogt", "katrin.vogt@initech.com"),
        "attendees": [ME_WORK, P("Katrin Vogt", "katrin.vogt@initech.com")],
        "description": (
            "Hallo Alex,\n\nwie besprochen unser jährliches Mitarbeitergespräch. Bitte fülle vorher den "
            "Selbsteinschätzungsbogen in Personio aus (Performance & Entwicklung > Zyklus 2031). Wir sprechen über "
            "deine Ziele, Weiterbildung und deinen Wunsch nach mehr Verantwortung im Lager – gern auch über die "
            "Schichtleitung, falls die Stelle im Herbst frei wird.\n\nBis dann\nKatrin\nLeiterin Logistik"
        ),
        "location": "Besprechungsraum Lager 2",
        "expect": None,
    },
    {
        "id": "f21-not-ics-exit-interview-care-home-people-advisor",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Exit interview - Alex Morgan",
        "start": "2031-04-23T13:30",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Maxine Holt", "maxine.holt@initech.com"),
        "attendees": [ME_WORK, P("Maxine Holt", "maxine.holt@initech.com")],
        "description": (
            "Hi Alex,\n\nSorry to see you go! As part of our leaving process we offer every colleague a confidential "
            "exit interview with HR. It's a chance to tell us honestly what worked and what didn't during your time "
            "on Rosewood unit, and anything that would have made you stay. Your last shift is confirmed as Friday 25 "
            "April.\n\nPlease also bring your ID badge and locker key.\n\nBest,\nMaxine Holt\nPeople Advisor"
        ),
        "location": "HR office, ground floor",
        "expect": None,
    },
    {
        "id": "f21-not-ics-food-hygiene-inspection-eho-interview",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Food hygiene inspection - The Copper Kettle (EHO visit)",
        "start": "2031-04-24T10:00",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Food Safety Team", "food.safety@northavon-council.gov.uk"),
        "attendees": [ME, P("Rhys Bevan", "rhys.bevan@northavon-council.gov.uk")],
        "description": (
            "Dear Alex Morgan,\n\nThis confirms the planned food hygiene inspection of The Copper Kettle, 9 High "
            "Street, at the time above. Our officer, Rhys Bevan (Environmental Health Officer), will inspect the "
            "kitchen and storage areas and will interview the person in charge about your food safety management "
            "system, allergen controls and staff training records.\n\n"
            "Please have your Safer Food Better Business pack, cleaning schedules and fridge temperature logs "
            "available. Your food hygiene rating will be confirmed in writing within 14 days.\n\n"
            "Food Safety Team\nNorth Avon Council"
        ),
        "location": "The Copper Kettle, 9 High Street, Thornbury",
        "expect": None,
    },
    {
        "id": "f21-not-ics-return-to-work-interview-supervisor",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Return to work interview - Alex",
        "start": "2031-04-28T08:30",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Dwayne Castillo", "dwayne.castillo@initech.com"),
        "attendees": [ME_WORK, P("Dwayne Castillo", "dwayne.castillo@initech.com")],
        "description": (
            "Hi Alex, welcome back. Per the attendance policy we do a quick return to work interview after any "
            "absence of 3+ days. Just 15-20 minutes in my office before your shift: how you're feeling, whether you "
            "need any adjustments on the line, and I'll get the form signed.\n\n"
            "Dwayne Castillo\nShift Supervisor, Packaging - Initech"
        ),
        "location": "Supervisor office, Packaging",
        "expect": None,
    },
    {
        "id": "f21-not-ics-careers-day-mock-interview-volunteer",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Year 11 Careers Day - mock interviews (employer volunteer)",
        "start": "2031-04-30T09:00",
        "minutes": 180,
        "tz": "Europe/London",
        "organizer": P("Lorna Fairley", "l.fairley@castlebrook.academy"),
        "attendees": [ME, P("Lorna Fairley", "l.fairley@castlebrook.academy")],
        "description": (
            "Dear Alex,\n\nThank you so much for volunteering again for our Year 11 careers day! You'll be one of "
            "twelve local employers giving mock interviews to students applying for apprenticeships and college "
            "courses. Each interview is 15 minutes with 5 minutes for feedback; we'll give you a question sheet and "
            "a feedback form per student.\n\nPlease sign in at reception with photo ID; tea and coffee in the library.\n\n"
            "Lorna Fairley\nCareers Lead, Castlebrook Academy"
        ),
        "location": "Castlebrook Academy Library",
        "expect": None,
    },
    # --- Google JSON: interviews ----------------------------------------------------------------
    {
        "id": "f21-bamboohr-google-literacy-nonprofit-hiring-committee-ed",
        "format": "google",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview: Youth Program Coordinator – Riverbend Literacy Project",
        "start": "2031-04-07T15:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Marisa Delgado", "mdelgado@riverbendliteracy.org"),
        "attendees": [
            ME,
            P("Marisa Delgado", "mdelgado@riverbendliteracy.org"),
            P("Theodore Banks", "tbanks@riverbendliteracy.org"),
            P("Ada Nwosu", "anwosu@riverbendliteracy.org"),
        ],
        "description": (
            "Hi Alex,<br><br>Thank you for your interest in the Youth Program Coordinator position at the Riverbend "
            "Literacy Project. This is a 60-minute video interview with our hiring committee:<br><ul>"
            "<li>Theodore Banks, Director of Youth Programs (this position reports to Theo)</li>"
            "<li>Ada Nwosu, Site Lead, Eastside Learning Center</li>"
            "<li>Marisa Delgado, Executive Director</li></ul>"
            "We'll ask you to share a short example of an activity you've led with middle-school students."
            "<br><br>Warmly,<br>Marisa<br><br><i>Scheduled with BambooHR</i>" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Theodore Banks",
                    "tbanks@riverbendliteracy.org",
                    "Director of Youth Programs",
                    "decision_maker",
                    True,
                ),
                (
                    "Ada Nwosu",
                    "anwosu@riverbendliteracy.org",
                    "Site Lead, Eastside Learning Center",
                    "peer",
                ),
                (
                    "Marisa Delgado",
                    "mdelgado@riverbendliteracy.org",
                    "Executive Director",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Riverbend Literacy Project",
            "position": "Youth Program Coordinator",
        },
    },
    {
        "id": "f21-calendly-google-cleaning-company-chat-with-the-owner",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Operations Lead – chat with the owner (Alex Morgan)",
        "start": "2031-04-08T12:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Rosa Quintero", "rosa@sparkhomecleaning.com"),
        "attendees": [ME, P("Rosa Quintero", "rosa@sparkhomecleaning.com")],
        "description": (
            "Event Name: Operations Lead – chat with the owner\n\n"
            "Hi! I'm Rosa, I started Spark Home Cleaning in 2019 and we now have 14 cleaners across the north side. "
            "This is a relaxed 30 minute call about the Operations Lead job (scheduling, quality checks, training new "
            "cleaners). You'd be working side by side with me.\n\n"
            "Location: I will call you at +1 773-555-0148\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/a41c\n"
            "Reschedule: https://calendly.com/reschedulings/a41c\n\nPowered by Calendly.com"
        ),
        "location": "+1 773-555-0148",
        "expect": {
            "interviewers": [
                ("Rosa Quintero", "rosa@sparkhomecleaning.com", "Owner", "executive"),
            ],
            "recruiter": None,
            "company": "Spark Home Cleaning",
            "position": "Operations Lead",
        },
    },
    {
        "id": "f21-human-google-cafe-owner-coffee-lowercase-reporting-to-me",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "coffee w/ Alex re: assistant manager",
        "start": "2031-04-09T09:30",
        "minutes": 45,
        "tz": "Pacific/Auckland",
        "organizer": P("Marco Bellandi", "marco.bellandi.nz@gmail.com"),
        "attendees": [ME, P("Marco Bellandi", "marco.bellandi.nz@gmail.com")],
        "description": (
            "hey Alex, great to meet you at the market on saturday. as mentioned we're opening the second site on "
            "Cuba St in june and I need an assistant manager who can run the floor when I'm not there - you'd be "
            "reporting to me. come have a coffee at the Dixon St shop and meet the crew, no need to prep anything.\n\n"
            "Marco\nBellandi Coffee Roasters"
        ),
        "location": "Bellandi Coffee Roasters, Dixon St, Wellington",
        "expect": {
            "interviewers": [
                ("Marco Bellandi", "marco.bellandi.nz@gmail.com", None, "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Bellandi Coffee Roasters",
            "position": "Assistant Manager",
        },
    },
    {
        "id": "f21-teamtailor-google-norwegian-butikksjef-regionsleder",
        "format": "google",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Intervju – Butikksjef Fjellsport Trondheim",
        "start": "2031-04-10T13:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Ingrid Haugland", "ingrid.haugland@fjellsport.no"),
        "attendees": [
            ME,
            P("Ingrid Haugland", "ingrid.haugland@fjellsport.no"),
            P("Sindre Bakke", "sindre.bakke@fjellsport.no"),
        ],
        "description": (
            "Hei Alex,\n\nTakk for søknaden din på stillingen som butikksjef i vår butikk på Solsiden i Trondheim. "
            "Vi gleder oss til å bli bedre kjent med deg!\n\nDu møter:\n"
            "- Sindre Bakke, regionsleder Midt-Norge (du vil rapportere til Sindre)\n"
            "- Ingrid Haugland, HR-partner\n\n"
            "Intervjuet tar ca. 60 minutter og foregår på Google Meet.\n\n"
            "Vennlig hilsen\nIngrid Haugland\nHR-partner | Fjellsport AS\n\nSendt med Teamtailor"
            + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Sindre Bakke",
                    "sindre.bakke@fjellsport.no",
                    "Regionsleder Midt-Norge",
                    "decision_maker",
                    True,
                ),
                ("Ingrid Haugland", "ingrid.haugland@fjellsport.no", "HR-partner", "recruiter"),
            ],
            "recruiter": ("Ingrid Haugland", "ingrid.haugland@fjellsport.no"),
            "company": "Fjellsport",
            "position": "Butikksjef",
        },
    },
    {
        "id": "f21-personio-google-mallorca-hotel-jefa-de-recepcion",
        "format": "google",
        "style": "personio",
        "difficulty": "hard",
        "title": "Entrevista: Recepcionista (temporada 2031) – Hotel Cala Blanca",
        "start": "2031-04-11T11:00",
        "minutes": 45,
        "tz": "Europe/Madrid",
        "organizer": P("Recursos Humanos Hotel Cala Blanca", "rrhh@hotelcalablanca.es"),
        "attendees": [
            ME,
            P("Montserrat Vidal", "mvidal@hotelcalablanca.es"),
            P("Jordi Puig Serra", "direccion@hotelcalablanca.es"),
        ],
        "description": (
            "Hola Alex:\n\nGracias por tu candidatura al puesto de Recepcionista para la temporada 2031. Te confirmamos "
            "la entrevista presencial en el hotel.\n\nTe entrevistarán:\n"
            "· Montserrat Vidal, jefa de recepción (será tu responsable directa)\n"
            "· Jordi Puig Serra, director del hotel\n\n"
            "Dirección: Hotel Cala Blanca, Passeig Marítim 41, 07157 Port d'Andratx (Mallorca). Pregunta por "
            "Montserrat en recepción.\n\nSe valorará el nivel de inglés y alemán, así que parte de la entrevista será "
            "en esos idiomas.\n\nUn saludo,\nLucía Ferrer\nRecursos Humanos – Hotel Cala Blanca\n\nEnviado con Personio"
        ),
        "location": "Hotel Cala Blanca, Passeig Marítim 41, Port d'Andratx",
        "expect": {
            "interviewers": [
                (
                    "Montserrat Vidal",
                    "mvidal@hotelcalablanca.es",
                    "Jefa de Recepción",
                    "decision_maker",
                    True,
                ),
                (
                    "Jordi Puig Serra",
                    "direccion@hotelcalablanca.es",
                    "Director del Hotel",
                    "executive",
                ),
            ],
            "recruiter": ("Lucía Ferrer", "rrhh@hotelcalablanca.es"),
            "company": "Hotel Cala Blanca",
            "position": "Recepcionista",
        },
    },
    {
        "id": "f21-workday-google-university-advising-search-committee",
        "format": "google",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview - Academic Advisor II (JR-11832) - Alex Morgan",
        "start": "2031-04-14T10:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Ridgeline University", "ridgeline@myworkday.com"),
        "attendees": [
            ME,
            P("Keon Marshall", "kmarshall@ridgeline.edu"),
            P("Priscilla Tan", "ptan@ridgeline.edu"),
            P("Wendell Ames", "wames@ridgeline.edu"),
        ],
        "description": (
            "Interview Details\n\nJob Requisition: JR-11832 Academic Advisor II (Open)\n"
            "Interview Type: Search Committee Interview (Zoom)\nDuration: 60 minutes\n\nSearch Committee:\n"
            "Keon Marshall, Assistant Director of Advising, College of Business (Chair / Hiring Manager)\n"
            "Priscilla Tan, Senior Academic Advisor\nWendell Ames, Associate Professor of Accounting\n\n"
            "The committee will send a short advising scenario 15 minutes before the interview.\n\n"
            "Recruiter: Jolene Fairbanks (jfairbanks@ridgeline.edu), Talent Acquisition\n\n"
            "This is an automated message from Workday." + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Keon Marshall",
                    "kmarshall@ridgeline.edu",
                    "Assistant Director of Advising, College of Business",
                    "decision_maker",
                    True,
                ),
                ("Priscilla Tan", "ptan@ridgeline.edu", "Senior Academic Advisor", "peer"),
                (
                    "Wendell Ames",
                    "wames@ridgeline.edu",
                    "Associate Professor of Accounting",
                    "peer",
                ),
            ],
            "recruiter": ("Jolene Fairbanks", "jfairbanks@ridgeline.edu"),
            "company": "Ridgeline University",
            "position": "Academic Advisor II",
        },
    },
    {
        "id": "f21-icims-google-grocery-deli-manager-store-director",
        "format": "google",
        "style": "icims",
        "difficulty": "medium",
        "title": "Fairway Fresh Markets: Interview for Deli Manager - Store #214 (Req 48820)",
        "start": "2031-04-15T14:00",
        "minutes": 45,
        "tz": "America/Phoenix",
        "organizer": P("Fairway Fresh Markets Careers", "careers@fairwayfresh.com"),
        "attendees": [
            ME,
            P("Lorraine Pettway", "lorraine.pettway@fairwayfresh.com"),
            P("Hector Salinas", "hector.salinas@fairwayfresh.com"),
        ],
        "description": (
            "Dear Alex,\n\nYou are confirmed for an in-store interview for the position of Deli Manager at our Store "
            "#214 (Mesa Ridge Plaza, 3350 S Power Rd, Mesa AZ).\n\nYou will be meeting with:\n"
            "Lorraine Pettway | Store Director, Store #214\nHector Salinas | District Fresh Foods Specialist\n\n"
            "Please check in at the customer service desk and ask for Lorraine. Business casual; closed-toe shoes if "
            "you'd like to walk the department.\n\nThank you,\nTalent Acquisition Team\nFairway Fresh Markets\n\n"
            "This message was sent by iCIMS on behalf of Fairway Fresh Markets."
        ),
        "location": "Fairway Fresh Markets #214, 3350 S Power Rd, Mesa AZ",
        "expect": {
            "interviewers": [
                (
                    "Lorraine Pettway",
                    "lorraine.pettway@fairwayfresh.com",
                    "Store Director, Store #214",
                    "decision_maker",
                ),
                (
                    "Hector Salinas",
                    "hector.salinas@fairwayfresh.com",
                    "District Fresh Foods Specialist",
                    "peer",
                ),
            ],
            "recruiter": (None, "careers@fairwayfresh.com"),
            "company": "Fairway Fresh Markets",
            "position": "Deli Manager",
        },
    },
    {
        "id": "f21-human-google-builder-site-walk-contracts-manager-md",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Site walk – Assistant Site Manager role (Ballincollig)",
        "start": "2031-04-16T08:00",
        "minutes": 90,
        "tz": "Europe/Dublin",
        "organizer": P("Siobhán Keane", "s.keane@corbettbuild.ie"),
        "attendees": [
            ME,
            P("Siobhán Keane", "s.keane@corbettbuild.ie"),
            P("Declan Corbett", "declan@corbettbuild.ie"),
        ],
        "description": (
            "Hi Alex,\n\nFollowing our call, Declan and I would like to show you around the Ballincollig scheme before "
            "a proper sit-down. It's 42 houses, currently at first fix on phase 2. We'll meet at the site cabin, walk "
            "the phases for an hour and then grab a coffee.\n\n"
            "You'll need boots, hi-vis and a hard hat - we can lend you the hat and vest.\n\n"
            "Siobhán Keane\nContracts Manager\nCorbett Build Ltd\n\n"
            "PS Declan Corbett is our MD - he likes to meet everyone who'll run a site."
        ),
        "location": "Site cabin, Ballincollig - Old Quarry Road entrance",
        "expect": {
            "interviewers": [
                ("Siobhán Keane", "s.keane@corbettbuild.ie", "Contracts Manager", "decision_maker"),
                ("Declan Corbett", "declan@corbettbuild.ie", "MD", "executive"),
            ],
            "recruiter": None,
            "company": "Corbett Build",
            "position": "Assistant Site Manager",
        },
    },
    {
        "id": "f21-jazzhr-google-trucking-dispatcher-recruiter-screen",
        "format": "google",
        "style": "jazzhr",
        "difficulty": "easy",
        "title": "Phone Screen: Dispatcher - Red Mesa Transport",
        "start": "2031-04-17T10:00",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Kendra Boyd", "kendra.boyd@redmesatransport.com"),
        "attendees": [ME, P("Kendra Boyd", "kendra.boyd@redmesatransport.com")],
        "description": (
            "Hello Alex,\n\nThis confirms your phone screen for the Dispatcher (Nights) opening at Red Mesa Transport.\n\n"
            "Interviewer: Kendra Boyd, Recruiter\nFormat: Phone - Kendra will call you at the number on your application\n"
            "Length: 20 minutes\n\nIf this goes well, the next step is an in-person interview with our Dispatch "
            "Manager, Curtis Lyle, at the Amarillo terminal.\n\nThank you for your interest!\n"
            "Red Mesa Transport Recruiting\n\nThis interview was scheduled using JazzHR."
        ),
        "location": "Phone",
        "expect": {
            "interviewers": [
                ("Kendra Boyd", "kendra.boyd@redmesatransport.com", "Recruiter", "recruiter"),
            ],
            "recruiter": ("Kendra Boyd", "kendra.boyd@redmesatransport.com"),
            "company": "Red Mesa Transport",
            "position": "Dispatcher",
        },
    },
    {
        "id": "f21-breezy-google-landscaper-owner-and-co-owner",
        "format": "google",
        "style": "breezy",
        "difficulty": "medium",
        "title": "Interview for Landscape Crew Leader - Greenline Landscapes",
        "start": "2031-04-18T07:30",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Paul Ostrowski", "paul@greenlinelandscapes.com"),
        "attendees": [
            ME,
            P("Paul Ostrowski", "paul@greenlinelandscapes.com"),
            P("Marta Ostrowski", "marta@greenlinelandscapes.com"),
        ],
        "description": (
            "Hi Alex,\n\nWe'd like to meet you for the Landscape Crew Leader position. We'll meet at the yard and then "
            "drive over to one of our current installs so you can see the kind of work the crews do.\n\n"
            "Attending:\nPaul Ostrowski - Owner / Operations\nMarta Ostrowski - Co-Owner, Office & Estimating\n\n"
            "Address: 77 Quarry Rd, Manchester NH\n\nSee you then,\nPaul\n\n— Scheduled via Breezy HR"
        ),
        "location": "Greenline Landscapes yard, 77 Quarry Rd, Manchester NH",
        "expect": {
            "interviewers": [
                (
                    "Paul Ostrowski",
                    "paul@greenlinelandscapes.com",
                    "Owner / Operations",
                    "executive",
                ),
                (
                    "Marta Ostrowski",
                    "marta@greenlinelandscapes.com",
                    "Co-Owner, Office & Estimating",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Greenline Landscapes",
            "position": "Landscape Crew Leader",
        },
    },
    {
        "id": "f21-human-google-french-cabinet-comptable-cheffe-de-mission",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entretien – poste de collaborateur comptable (Alex Morgan)",
        "start": "2031-04-22T14:30",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Hélène Marchetti", "h.marchetti@roussel-associes.fr"),
        "attendees": [
            ME,
            P("Hélène Marchetti", "h.marchetti@roussel-associes.fr"),
            P("Bertrand Roussel", "b.roussel@roussel-associes.fr"),
        ],
        "description": (
            "Bonjour Alex,\n\nComme convenu par téléphone, je vous confirme notre entretien pour le poste de "
            "collaborateur comptable au sein de notre cabinet.\n\nVous rencontrerez Bertrand Roussel, expert-comptable "
            "associé, et moi-même, cheffe de mission ; c'est dans mon équipe que vous travailleriez au quotidien.\n\n"
            "Adresse : Cabinet Roussel & Associés, 18 rue Sainte-Catherine, 33000 Bordeaux (3e étage, interphone "
            "« Roussel »).\n\nBien cordialement,\nHélène Marchetti\nCheffe de mission\nCabinet Roussel & Associés\n"
            "05 56 00 00 00"
        ),
        "location": "18 rue Sainte-Catherine, 33000 Bordeaux",
        "expect": {
            "interviewers": [
                (
                    "Bertrand Roussel",
                    "b.roussel@roussel-associes.fr",
                    "Expert-comptable Associé",
                    "decision_maker",
                ),
                (
                    "Hélène Marchetti",
                    "h.marchetti@roussel-associes.fr",
                    "Cheffe de mission",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Roussel & Associés",
            "position": "Collaborateur comptable",
        },
    },
    {
        "id": "f21-indeed-google-care-home-registered-manager",
        "format": "google",
        "style": "indeed",
        "difficulty": "medium",
        "title": "Interview: Care Assistant - Days at Willowbank Care Home",
        "start": "2031-04-15T11:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Indeed", "invitations@indeed.com"),
        "attendees": [ME, P("Bernadette Oyelowo", "manager@willowbankcare.co.uk")],
        "description": (
            "Alex, you have an interview with Willowbank Care Home\n\nJob: Care Assistant - Days\n"
            "When: Tuesday 15 April 2031, 11:00 (45 min)\n"
            "Where: In person - Willowbank Care Home, 22 Abbey Road, Shrewsbury SY2 5AA\n\n"
            "Your interviewer: Bernadette Oyelowo, Registered Manager\n\n"
            "A note from Willowbank Care Home: \"Please bring two forms of ID. You'll have a short tour of the home "
            'and meet some of our residents. - Bernadette"\n\nReschedule or cancel in your Indeed account.\nIndeed Ltd.'
        ),
        "location": "Willowbank Care Home, 22 Abbey Road, Shrewsbury",
        "expect": {
            "interviewers": [
                (
                    "Bernadette Oyelowo",
                    "manager@willowbankcare.co.uk",
                    "Registered Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Willowbank Care Home",
            "position": "Care Assistant",
        },
    },
    {
        "id": "f21-human-google-salon-trade-test-owner-mailbox",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Trade test / working interview – Senior Stylist",
        "start": "2031-04-23T10:00",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Lush Hair Studio", "hello@lushhairstudio.com"),
        "attendees": [
            ME,
            P("Lush Hair Studio", "hello@lushhairstudio.com"),
            P("Jade Kimura", "jade.kimura@lushhairstudio.com"),
        ],
        "description": (
            "Hi Alex,\n\nSo glad you're coming in! For the trade test we've booked a model for a cut & blow-dry and a "
            "root colour - you'll have about 2 hours. Bring your own scissors and brushes; colour and products are on "
            "us.\n\nJade (salon manager - you'd be working under her) will be watching and assisting, and I'll pop in "
            "towards the end to say hi.\n\nTiana x\nOwner, Lush Hair Studio\n48 Market St, Leamington Spa"
        ),
        "location": "Lush Hair Studio, 48 Market St, Leamington Spa",
        "expect": {
            "interviewers": [
                (
                    "Jade Kimura",
                    "jade.kimura@lushhairstudio.com",
                    "Salon Manager",
                    "decision_maker",
                    True,
                ),
                ("Tiana", "hello@lushhairstudio.com", "Owner", "executive"),
            ],
            "recruiter": None,
            "company": "Lush Hair Studio",
            "position": "Senior Stylist",
        },
    },
    {
        "id": "f21-lever-google-physio-clinic-director-rvp-and-fellow-director",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Alex Morgan - Clinic Director Interview - Stride Physical Therapy (Bend, OR)",
        "start": "2031-04-24T10:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Nadia Szabo", "nadia.szabo@stridept.com"),
        "attendees": [
            ME,
            P("Corinne Adebayo", "corinne.adebayo@stridept.com"),
            P("Reuben Falk", "reuben.falk@stridept.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou're confirmed for the next round for our Clinic Director opening in Bend.\n\n"
            "10:00 - 10:45  Corinne Adebayo, Regional Vice President of Operations (hiring manager)\n"
            "10:45 - 11:30  Reuben Falk, PT, DPT - Clinic Director, Redmond (a fellow clinic director - you'd be peers)\n\n"
            "Both conversations are on the same Zoom link below.\n\nThanks,\nNadia Szabo\n"
            "Senior Recruiter, Stride Physical Therapy\nnadia.szabo@stridept.com" + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Corinne Adebayo",
                    "corinne.adebayo@stridept.com",
                    "Regional Vice President of Operations",
                    "decision_maker",
                    True,
                ),
                ("Reuben Falk", "reuben.falk@stridept.com", "Clinic Director, Redmond", "peer"),
            ],
            "recruiter": ("Nadia Szabo", "nadia.szabo@stridept.com"),
            "company": "Stride Physical Therapy",
            "position": "Clinic Director",
        },
    },
    {
        "id": "f21-human-google-italian-trattoria-titolare-and-maitre",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Colloquio + prova – cameriere di sala",
        "start": "2031-04-24T17:30",
        "minutes": 120,
        "tz": "Europe/Rome",
        "organizer": P("Trattoria Da Nello", "trattoriadanello@gmail.com"),
        "attendees": [ME, P("Trattoria Da Nello", "trattoriadanello@gmail.com")],
        "description": (
            "Ciao Alex,\n\nti aspettiamo giovedì alle 17:30, prima del servizio. Facciamo due chiacchiere con me e con "
            "Franco, il nostro maître, e poi, se ti va, resti per una prova di un'ora in sala durante la cena.\n\n"
            "Vieni con camicia bianca e pantaloni neri.\n\nA presto,\nGiulia Benedetti\nTitolare – Trattoria Da Nello\n"
            "Via dei Serragli 54, Firenze\n055 000 0000"
        ),
        "location": "Trattoria Da Nello, Via dei Serragli 54, Firenze",
        "expect": {
            "interviewers": [
                ("Giulia Benedetti", "trattoriadanello@gmail.com", "Titolare", "executive"),
                ("Franco", None, "Maître", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Trattoria Da Nello",
            "position": "Cameriere di sala",
        },
    },
    # --- Google JSON: non-interviews ------------------------------------------------------------
    {
        "id": "f21-not-google-parent-teacher-interview-booking",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Parent-Teacher Interview – Ms Okonkwo (4M) – Ruby Morgan",
        "start": "2031-04-29T17:40",
        "minutes": 10,
        "tz": "Australia/Melbourne",
        "organizer": P("Brunswick Park Primary School", "noreply@schoolinterviews.example.au"),
        "attendees": [ME],
        "description": (
            "Your parent-teacher interview is booked.\n\nStudent: Ruby Morgan (4M)\nTeacher: Ms A. Okonkwo\n"
            "Time: 5:40pm - 5:50pm\nRoom: 4M classroom, Building B\n\n"
            "Interviews run strictly to time. If you need to change your booking, use the link in your confirmation "
            "email at least 24 hours before.\n\nBrunswick Park Primary School"
        ),
        "location": "Brunswick Park Primary School - 4M classroom",
        "expect": None,
    },
    {
        "id": "f21-not-google-supplier-intro-farm-produce",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Intro: Alex / Owen – Harvest Lane Produce",
        "start": "2031-04-29T15:00",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Owen Castellano", "owen@harvestlaneproduce.com"),
        "attendees": [ME_WORK, P("Owen Castellano", "owen@harvestlaneproduce.com")],
        "description": (
            "Hi Alex,\n\nThanks to Priya at the growers' market for connecting us. I'd love 30 minutes to introduce "
            "Harvest Lane - we're a family farm supplying microgreens, heritage tomatoes and salad leaves to about 20 "
            "restaurants in the valley. Keen to understand your menu cycle as head chef and whether a weekly standing "
            "order could work for the kitchen.\n\nHappy to bring samples.\n\n"
            "Owen Castellano\nSales & Partnerships, Harvest Lane Produce"
        ),
        "location": "Initech Kitchen & Bar - back office",
        "expect": None,
    },
    {
        "id": "f21-not-google-user-runs-trial-shift-for-commis",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Trial shift – Jordan Pike (commis chef candidate)",
        "start": "2031-04-30T16:00",
        "minutes": 240,
        "tz": "America/Los_Angeles",
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Ben Achterberg", "ben.achterberg@initech.com"),
            P("Jordan Pike", "jordan.pike.cooks@gmail.com"),
        ],
        "description": (
            "Jordan's trial: 4pm-8pm, starting on garnish then helping on the pass for second seating.\n"
            "Ben - please brief him on allergens and the walk-in before service.\n"
            "Feedback to me by end of service so I can call him tomorrow with a yes/no."
        ),
        "location": "Initech Kitchen & Bar - kitchen",
        "expect": None,
    },
    {
        "id": "f21-not-google-stay-interview-nurse-unit-manager",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Stay interview – Alex & Priyanka",
        "start": "2031-05-02T14:00",
        "minutes": 20,
        "tz": "Australia/Sydney",
        "organizer": P("Priyanka Rao", "priyanka.rao@initech.com"),
        "attendees": [ME_WORK, P("Priyanka Rao", "priyanka.rao@initech.com")],
        "description": (
            "Hi Alex, these are the informal 'stay interviews' we're doing with everyone on the ward this quarter - "
            "not a performance thing, just 20 mins on what keeps you here, what would make the job better, and "
            "anything that might make you think about leaving. Tea and biscuits provided!\n\n"
            "Priyanka Rao\nNurse Unit Manager, 5 North"
        ),
        "location": "NUM office, 5 North",
        "expect": None,
    },
    {
        "id": "f21-not-google-community-radio-farm-interview",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Lakeland Community Radio – live interview (Saturday Farming Hour)",
        "start": "2031-05-03T09:45",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Jess Harding", "jess@lakelandradio.example.org"),
        "attendees": [ME, P("Jess Harding", "jess@lakelandradio.example.org")],
        "description": (
            "Hi Alex, thanks for agreeing to come on the Saturday Farming Hour! I'll interview you live for about 8 "
            "minutes about running a small sheep farm and how this year's lambing went. We'll call your mobile at "
            "9:40 for a sound check, then you're on at about 9:50.\n\nJess Harding\nPresenter & Producer, Lakeland "
            "Community Radio"
        ),
        "location": "Phone (we'll call you)",
        "expect": None,
    },
    # --- Graph JSON: interviews -----------------------------------------------------------------
    {
        "id": "f21-human-graph-nhs-staff-nurse-ward-manager-chair",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview: Band 5 Staff Nurse - Respiratory Ward - Ref 382-NF-1147",
        "start": "2031-04-07T10:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P(
            "Recruitment - Northfell NHS Foundation Trust", "recruitment@northfell.nhs.uk"
        ),
        "attendees": [
            ME,
            P("Abena Mensah", "abena.mensah@northfell.nhs.uk"),
            P("Craig Whitlow", "craig.whitlow@northfell.nhs.uk"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying for the above post. I am pleased to confirm your interview, which "
            "will take place via Microsoft Teams.\n\nPanel:\nAbena Mensah - Ward Manager, Ward 22 (Chair)\n"
            "Craig Whitlow - Practice Development Nurse\n\n"
            'You will be asked to give a 5-minute verbal presentation on: "How would you prioritise care at the '
            'start of a busy late shift?"\n\nPlease have your photo ID ready to show on camera.\n\nKind regards\n'
            "Leanne Foster\nRecruitment Officer\nNorthfell NHS Foundation Trust\nrecruitment@northfell.nhs.uk"
            + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Abena Mensah",
                    "abena.mensah@northfell.nhs.uk",
                    "Ward Manager, Ward 22",
                    "decision_maker",
                ),
                (
                    "Craig Whitlow",
                    "craig.whitlow@northfell.nhs.uk",
                    "Practice Development Nurse",
                    "peer",
                ),
            ],
            "recruiter": ("Leanne Foster", "recruitment@northfell.nhs.uk"),
            "company": "Northfell NHS Foundation Trust",
            "position": "Staff Nurse - Respiratory Ward",
        },
    },
    {
        "id": "f21-workday-graph-credit-union-branch-manager-schedule",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview Scheduled: Branch Manager - Elm Grove (R-2031-0388)",
        "start": "2031-04-08T09:00",
        "minutes": 120,
        "tz": "America/Chicago",
        "organizer": P("Lakeshore Community Credit Union", "lakeshoreccu@myworkday.com"),
        "attendees": [
            ME,
            P("Gloria Stanek", "gstanek@lakeshoreccu.org"),
            P("Arturo Medina", "amedina@lakeshoreccu.org"),
            P("Bethany Kroll", "bkroll@lakeshoreccu.org"),
        ],
        "description": (
            "Hello Alex,\n\nYour interview has been scheduled.\n\nPosition: Branch Manager - Elm Grove\n"
            "Interview Format: In Person\nLocation: Lakeshore CCU Operations Center, 1800 N Lakeshore Dr, Sheboygan WI\n\n"
            "Schedule:\n9:00 AM - 9:45 AM  Gloria Stanek, Regional Branch Director (Hiring Manager)\n"
            "9:45 AM - 10:30 AM  Arturo Medina, VP Retail Lending\n"
            "10:30 AM - 11:00 AM  Bethany Kroll, Member Experience Supervisor, Elm Grove (would report to this role)\n\n"
            "Your recruiter, Simone Abara (sabara@lakeshoreccu.org), will call you after the interview to talk "
            "through next steps.\n\nThis notification was sent from Workday."
        ),
        "location": "Lakeshore CCU Operations Center, 1800 N Lakeshore Dr, Sheboygan WI",
        "expect": {
            "interviewers": [
                (
                    "Gloria Stanek",
                    "gstanek@lakeshoreccu.org",
                    "Regional Branch Director",
                    "decision_maker",
                    True,
                ),
                ("Arturo Medina", "amedina@lakeshoreccu.org", "VP Retail Lending", "executive"),
                (
                    "Bethany Kroll",
                    "bkroll@lakeshoreccu.org",
                    "Member Experience Supervisor, Elm Grove",
                    "peer",
                ),
            ],
            "recruiter": ("Simone Abara", "sabara@lakeshoreccu.org"),
            "company": "Lakeshore Community Credit Union",
            "position": "Branch Manager",
        },
    },
    {
        "id": "f21-icims-graph-3pl-transport-planner-ta-mailbox-signature",
        "format": "graph",
        "style": "icims",
        "difficulty": "medium",
        "title": "Meridian Logistics | Interview - Transport Planner (Nights) - Daventry DC | Job ID 7712",
        "start": "2031-04-09T15:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Talent Acquisition", "ta@meridianlogistics.co.uk"),
        "attendees": [
            ME,
            P("Rajesh Parmar", "rajesh.parmar@meridianlogistics.co.uk"),
            P("Kirsty McLeod", "kirsty.mcleod@meridianlogistics.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nWe are delighted to invite you to a Teams interview for the Transport Planner role at our "
            "Daventry distribution centre.\n\nInterviewing you:\n"
            "- Rajesh Parmar, Transport Manager - Daventry (the role reports to Rajesh)\n"
            "- Kirsty McLeod, Senior Transport Planner\n\n"
            "Expect a short practical exercise on route planning with Paragon; no prior experience of Paragon is "
            "required.\n\nMany thanks,\nOlusegun Adeyemi\nTalent Acquisition Partner | Meridian Logistics\n"
            "ta@meridianlogistics.co.uk\n\nPowered by iCIMS" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Rajesh Parmar",
                    "rajesh.parmar@meridianlogistics.co.uk",
                    "Transport Manager - Daventry",
                    "decision_maker",
                    True,
                ),
                (
                    "Kirsty McLeod",
                    "kirsty.mcleod@meridianlogistics.co.uk",
                    "Senior Transport Planner",
                    "peer",
                ),
            ],
            "recruiter": ("Olusegun Adeyemi", "ta@meridianlogistics.co.uk"),
            "company": "Meridian Logistics",
            "position": "Transport Planner",
        },
    },
    {
        "id": "f21-human-graph-council-ehr-surname-comma-hr-notetaker",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview - Environmental Health Officer (Food & Safety) - WBC0412",
        "start": "2031-04-10T14:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Hollins, Marcia", "marcia.hollins@wyrecastle.gov.uk"),
        "attendees": [
            ME,
            P("Hollins, Marcia", "marcia.hollins@wyrecastle.gov.uk"),
            P("Okeke, Chidi", "chidi.okeke@wyrecastle.gov.uk"),
            P("HR Recruitment", "hr.recruitment@wyrecastle.gov.uk"),
        ],
        "description": (
            "Dear Alex\n\nFurther to your application, I am pleased to invite you to interview for the post of "
            "Environmental Health Officer (Food & Safety).\n\nThe panel will be:\n"
            "Marcia Hollins - Head of Regulatory Services\nChidi Okeke - Team Leader, Food & Safety\n"
            "A representative from HR will also attend to take notes.\n\n"
            "The interview will last about 45 minutes and will include a short written exercise based on an "
            "inspection report, which we will share on screen.\n\nYours sincerely\n\nMarcia Hollins\n"
            "Head of Regulatory Services\nWyre Castle Borough Council" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Marcia Hollins",
                    "marcia.hollins@wyrecastle.gov.uk",
                    "Head of Regulatory Services",
                    "decision_maker",
                ),
                (
                    "Chidi Okeke",
                    "chidi.okeke@wyrecastle.gov.uk",
                    "Team Leader, Food & Safety",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "hr.recruitment@wyrecastle.gov.uk"),
            "company": "Wyre Castle Borough Council",
            "position": "Environmental Health Officer (Food & Safety)",
        },
    },
    {
        "id": "f21-bamboohr-graph-apartments-community-manager-and-assistant",
        "format": "graph",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview - Leasing Consultant - The Residences at Cedar Point",
        "start": "2031-04-11T13:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Danielle Forsythe", "dforsythe@cedarpointliving.com"),
        "attendees": [
            ME,
            P("Danielle Forsythe", "dforsythe@cedarpointliving.com"),
            P("Terrence Blake", "tblake@cedarpointliving.com"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying with Cedar Point Living! Please see the details for your interview below.\n\n"
            "Position: Leasing Consultant\nCommunity: The Residences at Cedar Point (Raleigh, NC)\n"
            "Interviewers: Terrence Blake, Community Manager; Danielle Forsythe, Assistant Community Manager\n\n"
            "The interview will be on Teams. Terrence manages the leasing team at this community, so you'd be "
            "reporting to him.\n\nBest regards,\nDanielle Forsythe\nAssistant Community Manager\n\n---\n"
            "This email was sent by BambooHR on behalf of Cedar Point Living." + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Terrence Blake",
                    "tblake@cedarpointliving.com",
                    "Community Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Danielle Forsythe",
                    "dforsythe@cedarpointliving.com",
                    "Assistant Community Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Cedar Point Living",
            "position": "Leasing Consultant",
        },
    },
    {
        "id": "f21-human-graph-dutch-servicemonteur-bedrijfsleider-eigenaar",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Sollicitatiegesprek Servicemonteur W-installaties",
        "start": "2031-04-14T15:30",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Jeroen Wolters", "j.wolters@vandijk-installatie.nl"),
        "attendees": [
            ME,
            P("Jeroen Wolters", "j.wolters@vandijk-installatie.nl"),
            P("Anouk van Dijk", "anouk@vandijk-installatie.nl"),
        ],
        "description": (
            "Hoi Alex,\n\nLeuk dat je bij ons wilt komen werken! Hierbij de uitnodiging voor een kennismakingsgesprek "
            "op ons kantoor in Amersfoort.\n\nAanwezig:\n"
            "- Jeroen Wolters, bedrijfsleider service (je directe leidinggevende)\n"
            "- Anouk van Dijk, directeur-eigenaar\n\n"
            "Na het gesprek lopen we even door de werkplaats en kun je een van de servicebussen bekijken.\n\n"
            "Adres: Van Dijk Installatietechniek B.V., Nijverheidsweg 21, 3812 PK Amersfoort\n\n"
            "Groet,\nJeroen Wolters\nBedrijfsleider Service"
        ),
        "location": "Nijverheidsweg 21, Amersfoort",
        "expect": {
            "interviewers": [
                (
                    "Jeroen Wolters",
                    "j.wolters@vandijk-installatie.nl",
                    "Bedrijfsleider Service",
                    "decision_maker",
                    True,
                ),
                (
                    "Anouk van Dijk",
                    "anouk@vandijk-installatie.nl",
                    "Directeur-eigenaar",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Van Dijk Installatietechniek",
            "position": "Servicemonteur W-installaties",
        },
    },
    {
        "id": "f21-personio-graph-german-elektro-obermonteur-kolonne",
        "format": "graph",
        "style": "personio",
        "difficulty": "hard",
        "title": "Kennenlernen: Elektroniker für Energie- und Gebäudetechnik (m/w/d)",
        "start": "2031-04-15T16:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Jana Keller", "jana.keller@elektro-hofmann.de"),
        "attendees": [
            ME,
            P("Jana Keller", "jana.keller@elektro-hofmann.de"),
            P("Uwe Hofmann", "uwe.hofmann@elektro-hofmann.de"),
            P("Timo Brandl", "timo.brandl@elektro-hofmann.de"),
        ],
        "description": (
            "Hallo Alex,\n\nschön, dass du dich bei Elektro Hofmann beworben hast! Wir möchten dich gern persönlich "
            "kennenlernen.\n\nDabei sind:\nUwe Hofmann – Geschäftsführer und Elektromeister\n"
            "Timo Brandl – Obermonteur (du wärst in seiner Kolonne)\nJana Keller – Personal & Büro\n\n"
            "Wir zeigen dir anschließend unsere Werkstatt und das Lager. Arbeitskleidung ist nicht nötig.\n\n"
            "Adresse: Elektro Hofmann GmbH & Co. KG, Gewerbering 7, 85354 Freising\n\n"
            "Viele Grüße\nJana Keller\nPersonal & Büro\n\nGesendet über Personio"
        ),
        "location": "Gewerbering 7, 85354 Freising",
        "expect": {
            "interviewers": [
                (
                    "Uwe Hofmann",
                    "uwe.hofmann@elektro-hofmann.de",
                    "Geschäftsführer und Elektromeister",
                    "executive",
                ),
                (
                    "Timo Brandl",
                    "timo.brandl@elektro-hofmann.de",
                    "Obermonteur",
                    "decision_maker",
                    True,
                ),
                ("Jana Keller", "jana.keller@elektro-hofmann.de", "Personal & Büro", "recruiter"),
            ],
            "recruiter": ("Jana Keller", "jana.keller@elektro-hofmann.de"),
            "company": "Elektro Hofmann",
            "position": "Elektroniker für Energie- und Gebäudetechnik",
        },
    },
    {
        "id": "f21-teamtailor-graph-charity-fundraising-line-manager",
        "format": "graph",
        "style": "teamtailor",
        "difficulty": "easy",
        "title": "Interview: Community Fundraising Officer – The Harbour Trust",
        "start": "2031-04-16T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Harbour Trust Recruitment", "recruitment@harbourtrust.org.uk"),
        "attendees": [
            ME,
            P("Eleanor Pike", "eleanor.pike@harbourtrust.org.uk"),
            P("Kwame Asante", "kwame.asante@harbourtrust.org.uk"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying to be our Community Fundraising Officer! We're really pleased to "
            "invite you to the first stage interview.\n\nYou'll be meeting:\nEleanor Pike, Head of Fundraising\n"
            "Kwame Asante, Community Fundraising Manager (line manager for this role)\n\n"
            "We'll ask you to talk us through a community event you've organised or supported, and there'll be time "
            "for your questions.\n\nIf you need any adjustments for your interview, just reply to this message.\n\n"
            "Best wishes,\nThe Harbour Trust People Team\n\nThis invite was sent through Teamtailor."
            + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Eleanor Pike",
                    "eleanor.pike@harbourtrust.org.uk",
                    "Head of Fundraising",
                    "decision_maker",
                ),
                (
                    "Kwame Asante",
                    "kwame.asante@harbourtrust.org.uk",
                    "Community Fundraising Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "recruitment@harbourtrust.org.uk"),
            "company": "The Harbour Trust",
            "position": "Community Fundraising Officer",
        },
    },
    {
        "id": "f21-human-graph-accountancy-partner-via-agency-ops-director",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Teams call - Payroll Bureau Manager role",
        "start": "2031-04-17T12:30",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Graham Oakes", "graham.oakes@oakesandpartners.co.uk"),
        "attendees": [
            ME,
            P("Graham Oakes", "graham.oakes@oakesandpartners.co.uk"),
            P("Priti Shah", "priti.shah@oakesandpartners.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for sending your CV over via Martin Kerr at Hartley Recruitment. As discussed with "
            "Martin, Priti and I would like to have an initial chat on Teams about the Payroll Bureau Manager role. "
            "Priti is our operations director and the bureau team would sit under her; I'm one of the two partners "
            "here.\n\nNothing formal - about 45 minutes.\n\nKind regards\n\nGraham Oakes FCA\nPartner\n"
            "Oakes & Partners Chartered Accountants\n0161 555 0199" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Graham Oakes",
                    "graham.oakes@oakesandpartners.co.uk",
                    "Partner",
                    "decision_maker",
                ),
                (
                    "Priti Shah",
                    "priti.shah@oakesandpartners.co.uk",
                    "Operations Director",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Martin Kerr", None),
            "company": "Oakes & Partners",
            "position": "Payroll Bureau Manager",
        },
    },
    {
        "id": "f21-workday-graph-school-district-para-principal",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview: Special Education Paraprofessional - Life Skills (Hawthorne Elementary)",
        "start": "2031-04-18T08:15",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Cypress Bend ISD", "cypressbendisd@myworkday.com"),
        "attendees": [
            ME,
            P("Lorena Vasquez", "lvasquez@cbisd.org"),
            P("Aaron Whitley", "awhitley@cbisd.org"),
        ],
        "description": (
            "Candidate: Alex Morgan\n"
            "Job Posting: Special Education Paraprofessional - Life Skills (Hawthorne Elementary) - JR05531\n"
            "Interview Location: Hawthorne Elementary, 410 Pecan St, Front Office\n\nInterviewers:\n"
            "Dr. Lorena Vasquez - Principal, Hawthorne Elementary\nAaron Whitley - Life Skills Teacher\n\n"
            "Notes from Human Resources: Please bring a copy of your paraprofessional certificate. Questions may be "
            "directed to Paraprofessional Staffing, para.staffing@cbisd.org.\n\nSent by Workday"
        ),
        "location": "Hawthorne Elementary, 410 Pecan St",
        "html": False,
        "expect": {
            "interviewers": [
                (
                    "Lorena Vasquez",
                    "lvasquez@cbisd.org",
                    "Principal, Hawthorne Elementary",
                    "decision_maker",
                ),
                ("Aaron Whitley", "awhitley@cbisd.org", "Life Skills Teacher", "peer"),
            ],
            "recruiter": (None, "para.staffing@cbisd.org"),
            "company": "Hawthorne Elementary",
            "position": "Special Education Paraprofessional - Life Skills",
        },
    },
    {
        "id": "f21-human-graph-ea-books-chief-nursing-officer",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Meeting with Dr. Osei-Bonsu (CNO) - Director of Nursing, Surgical Services",
        "start": "2031-04-21T15:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Whitney Carlisle", "wcarlisle@saintcolumba.org"),
        "attendees": [ME, P("Harriet Osei-Bonsu", "hosei-bonsu@saintcolumba.org")],
        "description": (
            "Good afternoon Alex,\n\nOn behalf of Dr. Osei-Bonsu, Chief Nursing Officer at Saint Columba Regional "
            "Medical Center, I'm sending this invitation for your conversation about the Director of Nursing, "
            "Surgical Services position. She has 45 minutes and will meet you in her office (Administration, 2nd "
            "floor, Suite 210).\n\nPlease check in with me on arrival.\n\nWhitney Carlisle\n"
            "Executive Assistant to the Chief Nursing Officer\nSaint Columba Regional Medical Center\n(402) 555-0135"
        ),
        "location": "Administration, Suite 210",
        "expect": {
            "interviewers": [
                (
                    "Harriet Osei-Bonsu",
                    "hosei-bonsu@saintcolumba.org",
                    "Chief Nursing Officer",
                    "executive",
                ),
            ],
            "recruiter": ("Whitney Carlisle", "wcarlisle@saintcolumba.org"),
            "company": "Saint Columba Regional Medical Center",
            "position": "Director of Nursing, Surgical Services",
        },
    },
    {
        "id": "f21-jazzhr-graph-roofing-president-office-manager",
        "format": "graph",
        "style": "jazzhr",
        "difficulty": "easy",
        "title": "Interview: Roofing Estimator / Project Coordinator",
        "start": "2031-04-22T09:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Summit Ridge Roofing", "jobs@summitridgeroofing.com"),
        "attendees": [
            ME,
            P("Carl Jessup", "carl@summitridgeroofing.com"),
            P("Tammy Jessup", "tammy@summitridgeroofing.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying for the Roofing Estimator / Project Coordinator position with Summit "
            "Ridge Roofing. You're set up for an in-person interview at our office.\n\n"
            "You'll be meeting with Carl Jessup (President) and Tammy Jessup (Office Manager).\n\n"
            "Please bring examples of any takeoffs or estimates you've done (Xactimate or EagleView reports are "
            "great).\n\nSummit Ridge Roofing, 2650 Commerce Way, Tulsa OK 74107\n\nThank you,\n"
            "Summit Ridge Roofing Hiring Team\n\nThis message was sent via JazzHR"
        ),
        "location": "Summit Ridge Roofing, 2650 Commerce Way, Tulsa OK",
        "expect": {
            "interviewers": [
                ("Carl Jessup", "carl@summitridgeroofing.com", "President", "executive"),
                (
                    "Tammy Jessup",
                    "tammy@summitridgeroofing.com",
                    "Office Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "jobs@summitridgeroofing.com"),
            "company": "Summit Ridge Roofing",
            "position": "Roofing Estimator / Project Coordinator",
        },
    },
    {
        "id": "f21-calendly-graph-law-firm-paralegal-coordinator-screen",
        "format": "graph",
        "style": "calendly",
        "difficulty": "easy",
        "title": "Paralegal screening call between Gemma Rowntree and Alex Morgan",
        "start": "2031-04-23T12:00",
        "minutes": 20,
        "tz": "Europe/London",
        "organizer": P("Gemma Rowntree", "gemma.rowntree@ashcroftlegal.co.uk"),
        "attendees": [ME, P("Gemma Rowntree", "gemma.rowntree@ashcroftlegal.co.uk")],
        "description": (
            "Event Name: Paralegal screening call\n\n"
            "A 20-minute phone call with Gemma Rowntree, Recruitment Coordinator at Ashcroft Legal, about the "
            "Paralegal (Residential Conveyancing) vacancy in our Leeds office. If it's a fit, your next conversation "
            "will be with the supervising partner.\n\nLocation: Gemma will call you on 07700 900217\n\n"
            "Are you currently working in conveyancing?: Yes, 18 months at a high-street firm\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/0f3a\n"
            "Reschedule: https://calendly.com/reschedulings/0f3a\n\nPowered by Calendly.com"
        ),
        "location": "Phone call",
        "html": False,
        "expect": {
            "interviewers": [
                (
                    "Gemma Rowntree",
                    "gemma.rowntree@ashcroftlegal.co.uk",
                    "Recruitment Coordinator",
                    "recruiter",
                ),
            ],
            "recruiter": ("Gemma Rowntree", "gemma.rowntree@ashcroftlegal.co.uk"),
            "company": "Ashcroft Legal",
            "position": "Paralegal (Residential Conveyancing)",
        },
    },
    {
        "id": "f21-breezy-graph-food-bank-warehouse-lead-tour-director",
        "format": "graph",
        "style": "breezy",
        "difficulty": "medium",
        "title": "Interview - Warehouse & Volunteer Coordinator (Tri-County Food Bank)",
        "start": "2031-04-24T13:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Mateo Ibarra", "mateo.ibarra@tricountyfoodbank.org"),
        "attendees": [
            ME,
            P("Mateo Ibarra", "mateo.ibarra@tricountyfoodbank.org"),
            P("Shirley Nakamura", "snakamura@tricountyfoodbank.org"),
        ],
        "description": (
            "Hi Alex,\n\nThanks again for your interest in the Warehouse & Volunteer Coordinator role. Here's your "
            "interview:\n\n- 15 min tour of the warehouse with me (Mateo Ibarra, Warehouse Lead)\n"
            "- 30 min conversation with Shirley Nakamura, Director of Operations - she'll be your supervisor\n\n"
            "We're a working warehouse, so closed-toe shoes please.\n\n"
            "4500 Riverside Blvd, Sacramento CA - park by the volunteer entrance.\n\nMateo\n\nSent with Breezy HR"
        ),
        "location": "Tri-County Food Bank, 4500 Riverside Blvd, Sacramento CA",
        "expect": {
            "interviewers": [
                ("Mateo Ibarra", "mateo.ibarra@tricountyfoodbank.org", "Warehouse Lead", "peer"),
                (
                    "Shirley Nakamura",
                    "snakamura@tricountyfoodbank.org",
                    "Director of Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Tri-County Food Bank",
            "position": "Warehouse & Volunteer Coordinator",
        },
    },
    {
        "id": "f21-human-graph-portuguese-cooperativa-diretor-tecnico",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista – Técnico Agrícola",
        "start": "2031-04-28T10:00",
        "minutes": 90,
        "tz": "Europe/Lisbon",
        "organizer": P("Cooperativa Agrícola do Vale do Sado", "rh@coopvalesado.pt"),
        "attendees": [
            ME,
            P("Rui Carvalho", "rui.carvalho@coopvalesado.pt"),
            P("Teresa Mendes", "teresa.mendes@coopvalesado.pt"),
        ],
        "description": (
            "Bom dia Alex,\n\nNa sequência da sua candidatura, temos o prazer de o convidar para uma entrevista para a "
            "função de Técnico Agrícola.\n\nA entrevista será conduzida por:\n"
            "- Eng.º Rui Carvalho, Diretor Técnico (será o seu responsável direto)\n"
            "- Teresa Mendes, Presidente da Direção\n\n"
            "Após a entrevista faremos uma breve visita às parcelas de arroz junto à sede.\n\n"
            "Local: Sede da Cooperativa, Estrada Nacional 253, Alcácer do Sal\n\n"
            "Com os melhores cumprimentos,\nDepartamento de Recursos Humanos\n"
            "Cooperativa Agrícola do Vale do Sado, CRL"
        ),
        "location": "Sede da Cooperativa, Estrada Nacional 253, Alcácer do Sal",
        "expect": {
            "interviewers": [
                (
                    "Rui Carvalho",
                    "rui.carvalho@coopvalesado.pt",
                    "Diretor Técnico",
                    "decision_maker",
                    True,
                ),
                (
                    "Teresa Mendes",
                    "teresa.mendes@coopvalesado.pt",
                    "Presidente da Direção",
                    "executive",
                ),
            ],
            "recruiter": (None, "rh@coopvalesado.pt"),
            "company": "Cooperativa Agrícola do Vale do Sado",
            "position": "Técnico Agrícola",
        },
    },
    # --- Graph JSON: non-interviews -------------------------------------------------------------
    {
        "id": "f21-not-graph-nhs-annual-appraisal-pdr",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Annual appraisal (PDR) - Alex Morgan",
        "start": "2031-04-29T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Kerry-Ann Fleming", "kerry-ann.fleming@initech.com"),
        "attendees": [ME_WORK, P("Kerry-Ann Fleming", "kerry-ann.fleming@initech.com")],
        "description": (
            "Hi Alex,\n\nBooking in your PDR/appraisal. Please complete the pre-appraisal form beforehand and bring "
            "your revalidation evidence. We'll review last year's objectives, agree new ones and look at the Band 6 "
            "development pathway you asked about - if you want to go for the next Band 6 post, this is the place to "
            "talk it through.\n\nKerry-Ann\nWard Manager, Ward 9" + TEAMS
        ),
        "location": "Ward 9 office / Microsoft Teams",
        "expect": None,
    },
    {
        "id": "f21-not-graph-cqc-inspection-staff-interview-slot",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "CQC inspection - your staff interview slot (Thursday)",
        "start": "2031-04-30T11:20",
        "minutes": 20,
        "tz": "Europe/London",
        "organizer": P("Beverley Marsh", "beverley.marsh@initech.com"),
        "attendees": [ME_WORK, P("Beverley Marsh", "beverley.marsh@initech.com")],
        "description": (
            "Hi all,\n\nAs you know the CQC inspectors are with us Wednesday and Thursday. They've asked to interview a "
            "range of staff about safeguarding, medicines and how we involve residents in their care plans. You've "
            "been given a 20 minute slot with the inspector, Leon Fairclough. Nothing to prepare - just be honest "
            "and describe what you actually do.\n\nRoom: quiet lounge, first floor.\n\n"
            "Beverley Marsh\nRegistered Manager"
        ),
        "location": "Quiet lounge, first floor",
        "expect": None,
    },
    {
        "id": "f21-not-graph-entretien-annuel-professionnel",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Entretien annuel d'évaluation et entretien professionnel – Alex Morgan",
        "start": "2031-05-05T10:00",
        "minutes": 90,
        "tz": "Europe/Paris",
        "organizer": P("Sandrine Lefèvre", "sandrine.lefevre@initech.com"),
        "attendees": [ME_WORK, P("Sandrine Lefèvre", "sandrine.lefevre@initech.com")],
        "description": (
            "Bonjour Alex,\n\nJe te propose ce créneau pour ton entretien annuel d'évaluation, suivi de l'entretien "
            "professionnel obligatoire (tous les deux ans). Merci de remplir le support de préparation avant notre "
            "rendez-vous : bilan de l'année, objectifs, souhaits de formation et d'évolution (le poste de chef "
            "d'équipe en boulangerie dont tu m'as parlé).\n\nÀ bientôt,\nSandrine Lefèvre\nResponsable du magasin"
        ),
        "location": "Bureau de la direction du magasin",
        "expect": None,
    },
    {
        "id": "f21-not-graph-audit-walkthrough-interview-p2p",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "FY31 audit - walkthrough interview: purchase-to-pay",
        "start": "2031-05-06T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Naomi Castle", "ncastle@caldermoss.com"),
        "attendees": [
            ME_WORK,
            P("Naomi Castle", "ncastle@caldermoss.com"),
            P("Victor Lund", "vlund@caldermoss.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs part of our interim audit fieldwork for Initech we'd like to interview you about the "
            "purchase-to-pay process: how POs are raised and approved, goods receipting and three-way invoice "
            "matching. Please have a sample PO ready to screen-share. Victor (Audit Manager) will join for the first "
            "half.\n\nRegards,\nNaomi Castle\nAudit Senior, Calder Moss LLP" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": None,
    },
    {
        "id": "f21-not-graph-investigation-meeting-witness",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Investigation meeting (witness) - forklift incident 2 April",
        "start": "2031-05-07T13:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Latoya Greer", "latoya.greer@initech.com"),
        "attendees": [
            ME_WORK,
            P("Latoya Greer", "latoya.greer@initech.com"),
            P("Ron Albers", "ron.albers@initech.com"),
        ],
        "description": (
            "Alex,\n\nAs part of the investigation into the forklift incident in Aisle 14 on April 2, we'd like to "
            "hold a fact-finding interview with you as a witness. You are not the subject of the investigation. Ron "
            "Albers (Safety Manager) will attend and take notes. You may bring a coworker with you if you wish.\n\n"
            "Please keep this meeting confidential.\n\nLatoya Greer\nHR Business Partner, Initech Distribution"
        ),
        "location": "HR conference room B",
        "expect": None,
    },
]
