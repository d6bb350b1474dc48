# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Corpus, part I (tuning; probe 1 of the ninth round, issue 16): thirty invites in styles the
earlier parts do not use, written before any run of the parser on them so that their first
figure is an unseen one. Markdown-bold headings with "* Name — Title" bullets, numbered sessions
with an "Interviewer:" line under each, Outlook "Surname, Given" display names, Calendly
"A <> B (Company)" subjects and "Alex x Company" coffee subjects, "Hosted by: X (she/her) ·
Title", a tab-separated interview table, a hiring manager's first-person Teams invite, an
agency consultant who will not join, a Google HTML "<ul>" list, lowercase casual prose from a
hiring manager, attendee names carrying a team in parentheses, LinkedIn addresses after titles,
"Interviewer(s):" with semicolons, a recruiter who adds the hiring manager in prose, a signature
in four lines, a shared scheduling mailbox with a named recruiter, "<br>" HTML lines, the
interviewer's title only in the subject, an onsite "host for the day"; near-misses: hiring a
nanny, an interview coach, a consulate visa interview, a webinar about interviewing, a reverse
shadow, contractors for a remodel, an oral-history interview, a reference call the user gives,
a weekly hiring sync.

Conventions as in fresh-6 (a person called the hiring manager is a decision_maker with the mark;
a recruiter on the call is both an interviewer and the recruiter; the coordinator is the
recruiter when no recruiter is named; legal forms and requisition ids are dropped).
expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "i-markdown-bold-interviewers",
        "format": "google",
        "style": "ashby",
        "title": "Onsite: Alex Morgan — Senior Backend Engineer (Ferrowave)",
        "start": "2027-12-01T10:00",
        "minutes": 180,
        "organizer": P("Gideon Marsh", "gideon.marsh@ferrowave.io"),
        "attendees": [
            ME,
            P("Rhea Kapoor", "rhea.kapoor@ferrowave.io"),
            P("Tomasz Wielgus", "tomasz.wielgus@ferrowave.io"),
            P("Ines Carvalho", "ines.carvalho@ferrowave.io"),
        ],
        "description": (
            "Hi Alex,\n\nHere's your onsite schedule.\n\n**Interviewers**\n"
            "* Rhea Kapoor — Engineering Manager, Core Services (hiring manager)\n"
            "* Tomasz Wielgus — Staff Engineer\n* Ines Carvalho — Senior Backend Engineer\n\n"
            "**Recruiter**: Gideon Marsh (gideon.marsh@ferrowave.io)" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rhea Kapoor",
                    "rhea.kapoor@ferrowave.io",
                    "Engineering Manager, Core Services",
                    "decision_maker",
                    True,
                ),
                ("Tomasz Wielgus", "tomasz.wielgus@ferrowave.io", "Staff Engineer", "peer"),
                ("Ines Carvalho", "ines.carvalho@ferrowave.io", "Senior Backend Engineer", "peer"),
            ],
            "recruiter": ("Gideon Marsh", "gideon.marsh@ferrowave.io"),
            "company": "Ferrowave",
            "position": "Senior Backend Engineer",
        },
    },
    {
        "id": "i-session-blocks-interviewer-line",
        "format": "ics",
        "style": "modernloop",
        "title": "Virtual Onsite - Product Designer - Kestrel Health",
        "start": "2027-12-02T10:00",
        "minutes": 120,
        "organizer": P("Kestrel Health Recruiting", "recruiting@kestrelhealth.com"),
        "attendees": [
            ME,
            P("Mireille Dubois", "mireille.dubois@kestrelhealth.com"),
            P("Santiago Ortega", "sortega@kestrelhealth.com"),
            P(None, "ktanabe@kestrelhealth.com"),
        ],
        "description": (
            "Session 1 (10:00-10:45) Portfolio Review\nInterviewer: Mireille Dubois, Design Director\n\n"
            "Session 2 (10:45-11:30) Product Sense\nInterviewer: Santiago Ortega, Senior Product Manager\n\n"
            "Session 3 (11:30-12:00) Values\nInterviewer: Keiko Tanabe, Staff Product Designer\n\n"
            "Questions? Reach out to your recruiting coordinator, Liam O'Connell "
            "(liam.oconnell@kestrelhealth.com)." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Mireille Dubois",
                    "mireille.dubois@kestrelhealth.com",
                    "Design Director",
                    "decision_maker",
                ),
                ("Santiago Ortega", "sortega@kestrelhealth.com", "Senior Product Manager", "peer"),
                ("Keiko Tanabe", "ktanabe@kestrelhealth.com", "Staff Product Designer", "peer"),
            ],
            "recruiter": ("Liam O'Connell", "liam.oconnell@kestrelhealth.com"),
            "company": "Kestrel Health",
            "position": "Product Designer",
        },
    },
    {
        "id": "i-outlook-surname-first-cn",
        "format": "graph",
        "style": "human",
        "title": "Interview - Alex Morgan - Treasury Analyst",
        "start": "2027-12-03T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Nwosu, Priscilla", "priscilla.nwosu@harrowgatebank.co.uk"),
        "attendees": [
            ME,
            P("Okafor, Chidi", "chidi.okafor@harrowgatebank.co.uk"),
            P("Lindqvist, Maja", "maja.lindqvist@harrowgatebank.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nPlease find below the details of your interview for the Treasury "
            "Analyst position at Harrowgate Bank.\n\nInterviewers:\nChidi Okafor, Head of "
            "Treasury Operations\nMaja Lindqvist, Senior Treasury Analyst\n\nKind regards,\n"
            "Priscilla Nwosu\nTalent Acquisition Specialist\nHarrowgate Bank" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Chidi Okafor",
                    "chidi.okafor@harrowgatebank.co.uk",
                    "Head of Treasury Operations",
                    "decision_maker",
                ),
                (
                    "Maja Lindqvist",
                    "maja.lindqvist@harrowgatebank.co.uk",
                    "Senior Treasury Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Priscilla Nwosu", "priscilla.nwosu@harrowgatebank.co.uk"),
            "company": "Harrowgate Bank",
            "position": "Treasury Analyst",
        },
    },
    {
        "id": "i-calendly-angle-brackets-founder",
        "format": "google",
        "style": "calendly",
        "title": "Alex Morgan <> Jun Nakamura (Loomstack)",
        "start": "2027-12-06T16:00",
        "minutes": 30,
        "organizer": P("Jun Nakamura", "jun@loomstack.ai"),
        "attendees": [ME, P("Jun Nakamura", "jun@loomstack.ai")],
        "description": (
            "Event Name: Founder chat\n\nA 30-minute chat with Jun Nakamura (Co-founder & CEO) "
            "about joining Loomstack.\n\nNeed to make changes to this event?\nCancel: "
            "https://calendly.com/cancellations/7f2a\nReschedule: https://calendly.com/"
            "reschedulings/7f2a\n\nPlease share anything that will help prepare for our meeting.: "
            "Interested in the Founding Product Engineer role\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Jun Nakamura", "jun@loomstack.ai", "Co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Loomstack",
            "position": "Founding Product Engineer",
        },
    },
    {
        "id": "i-x-subject-founder-coffee",
        "format": "graph",
        "style": "human",
        "title": "Alex x Brambleworks — coffee",
        "start": "2027-12-07T09:00",
        "minutes": 45,
        "location": "Kettle & Crumb, 212 5th St",
        "organizer": P("Hattie Fairweather", "hattie@brambleworks.co"),
        "attendees": [ME, P("Hattie Fairweather", "hattie@brambleworks.co")],
        "description": (
            "Hey Alex — really enjoyed your post on offline-first sync. We're a 9-person team "
            "and I'm looking for our first Mobile Engineer; would love to tell you what we're "
            "building and hear where you'd fit.\n\nHattie\nFounder, Brambleworks"
        ),
        "expect": {
            "interviewers": [
                ("Hattie Fairweather", "hattie@brambleworks.co", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Brambleworks",
            "position": "Mobile Engineer",
        },
    },
    {
        "id": "i-hosted-by-pronouns-middot",
        "format": "ics",
        "style": "gem",
        "title": "Phone screen: Alex Morgan / Tidewater Analytics",
        "start": "2027-12-08T11:00",
        "minutes": 30,
        "organizer": P("Nadia Rahman", "nadia.rahman@tidewateranalytics.com"),
        "attendees": [ME, P("Nadia Rahman", "nadia.rahman@tidewateranalytics.com")],
        "description": (
            "Hosted by: Nadia Rahman (she/her) · Senior Technical Recruiter\nRole: Analytics "
            "Engineer II\nFormat: 30-minute phone call; Nadia will call you at the number on "
            "your application."
        ),
        "expect": {
            "interviewers": [
                (
                    "Nadia Rahman",
                    "nadia.rahman@tidewateranalytics.com",
                    "Senior Technical Recruiter",
                    "recruiter",
                ),
            ],
            "recruiter": ("Nadia Rahman", "nadia.rahman@tidewateranalytics.com"),
            "company": "Tidewater Analytics",
            "position": "Analytics Engineer II",
        },
    },
    {
        "id": "i-tab-separated-schedule",
        "format": "ics",
        "style": "workday",
        "title": "Interview Schedule - Warehouse Operations Supervisor",
        "start": "2027-12-09T09:00",
        "minutes": 135,
        "tz": "America/Los_Angeles",
        "organizer": P("Yvonne Teo", "yvonne.teo@pinecrestlogistics.com"),
        "attendees": [
            ME,
            P("Darnell Hughes", "darnell.hughes@pinecrestlogistics.com"),
            P("Lucia Ferreira", "lferreira@pinecrestlogistics.com"),
            P("Brett Calloway", "brett.calloway@pinecrestlogistics.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nRequisition: R-20931 Warehouse Operations Supervisor\n"
            "Location: Reno DC 4\n\nTime\tInterviewer\tTitle\n9:00 AM\tDarnell Hughes\tSite "
            "General Manager\n9:45 AM\tLucia Ferreira\tOperations Manager\n10:30 AM\tBrett "
            "Calloway\tInventory Control Specialist\n\nContact: Yvonne Teo, HR Generalist, "
            "yvonne.teo@pinecrestlogistics.com\nPinecrest Logistics"
        ),
        "expect": {
            "interviewers": [
                (
                    "Darnell Hughes",
                    "darnell.hughes@pinecrestlogistics.com",
                    "Site General Manager",
                    "executive",
                ),
                (
                    "Lucia Ferreira",
                    "lferreira@pinecrestlogistics.com",
                    "Operations Manager",
                    "decision_maker",
                ),
                (
                    "Brett Calloway",
                    "brett.calloway@pinecrestlogistics.com",
                    "Inventory Control Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Yvonne Teo", "yvonne.teo@pinecrestlogistics.com"),
            "company": "Pinecrest Logistics",
            "position": "Warehouse Operations Supervisor",
        },
    },
    {
        "id": "i-hm-first-person-teams-second-round",
        "format": "graph",
        "style": "human",
        "title": "Chat about the Data Platform Lead role",
        "start": "2027-12-10T15:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Beatriz Lindgren", "beatriz.lindgren@solvard.se"),
        "attendees": [
            ME,
            P("Beatriz Lindgren", "beatriz.lindgren@solvard.se"),
            P("Joel Ek", "joel.ek@solvard.se"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for your time with Oskar last week. As the hiring manager for "
            "this role I'd like to go deeper on how you'd run the platform team. Joel Ek, one of "
            "our staff engineers, will join us for the second half.\n\nBest,\nBeatriz Lindgren\n"
            "Director of Data, Solvard" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatriz Lindgren",
                    "beatriz.lindgren@solvard.se",
                    "Director of Data",
                    "decision_maker",
                    True,
                ),
                ("Joel Ek", "joel.ek@solvard.se", "Staff Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Solvard",
            "position": "Data Platform Lead",
        },
    },
    {
        "id": "i-agency-consultant-not-joining",
        "format": "google",
        "style": "human",
        "title": "Interview: Alex Morgan x Quillon Games (via Northstar Talent)",
        "start": "2027-12-13T13:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Marcus Bell", "marcus@northstartalent.com"),
        "attendees": [
            ME,
            P("Marcus Bell", "marcus@northstartalent.com"),
            P("Aurelie Marchand", "aurelie.marchand@quillongames.com"),
            P(None, "kenji.mori@quillongames.com"),
        ],
        "description": (
            "Hi Alex,\n\nConfirming your first interview with Quillon Games for the Lead Gameplay "
            "Programmer role. You'll be speaking with Aurelie Marchand (Studio Technical "
            "Director) and Kenji Mori (Principal Gameplay Programmer). I won't be on the call, "
            "but ring me straight after!\n\nMarcus Bell\nSenior Consultant, Northstar Talent\n"
            "+44 20 7946 0321" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Aurelie Marchand",
                    "aurelie.marchand@quillongames.com",
                    "Studio Technical Director",
                    "decision_maker",
                ),
                (
                    "Kenji Mori",
                    "kenji.mori@quillongames.com",
                    "Principal Gameplay Programmer",
                    "peer",
                ),
            ],
            "recruiter": ("Marcus Bell", "marcus@northstartalent.com"),
            "company": "Quillon Games",
            "position": "Lead Gameplay Programmer",
        },
    },
    {
        "id": "i-google-html-ul-youll-meet",
        "format": "google",
        "style": "greenhouse",
        "title": "Interview with Vantor Cloud",
        "start": "2027-12-14T10:00",
        "minutes": 90,
        "organizer": P("Tess Whitaker", "tess.whitaker@vantorcloud.com"),
        "attendees": [
            ME,
            P("Ola Nordmann", "ola.nordmann@vantorcloud.com"),
            P("Farah Haddad", "farah.haddad@vantorcloud.com"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Your interview for <b>Solutions Architect, Public Sector</b> at "
            "<b>Vantor Cloud</b> is confirmed.</p><p><b>You'll be meeting with:</b></p><ul>"
            "<li>Ola Nordmann – Director, Solutions Architecture</li><li>Farah Haddad – Senior "
            "Solutions Architect</li></ul><p>Your recruiter, Tess Whitaker, will send prep "
            "materials the day before.</p>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Ola Nordmann",
                    "ola.nordmann@vantorcloud.com",
                    "Director, Solutions Architecture",
                    "decision_maker",
                ),
                (
                    "Farah Haddad",
                    "farah.haddad@vantorcloud.com",
                    "Senior Solutions Architect",
                    "peer",
                ),
            ],
            "recruiter": ("Tess Whitaker", "tess.whitaker@vantorcloud.com"),
            "company": "Vantor Cloud",
            "position": "Solutions Architect, Public Sector",
        },
    },
    {
        "id": "i-hm-lowercase-recruiter-steps-off",
        "format": "google",
        "style": "human",
        "title": "alex / dmitri - quick chat",
        "start": "2027-12-15T17:30",
        "minutes": 30,
        "organizer": P("Dmitri Volkov", "dmitri@parcelpath.com"),
        "attendees": [ME, P("Dmitri Volkov", "dmitri@parcelpath.com")],
        "description": (
            "hey alex, dmitri here - i lead the routing team at ParcelPath and i'm the hiring "
            "manager for the senior backend engineer role. karen obi from our recruiting team "
            "set this up, ping her (karen.obi@parcelpath.com) with any logistics questions.\n\n"
            "talk soon" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Dmitri Volkov", "dmitri@parcelpath.com", None, "decision_maker", True),
            ],
            "recruiter": ("Karen Obi", "karen.obi@parcelpath.com"),
            "company": "ParcelPath",
            "position": "Senior Backend Engineer",
        },
    },
    {
        "id": "i-lever-panel-team-in-cn",
        "format": "ics",
        "style": "lever",
        "prodid": "-//Lever//Interview Scheduling//EN",
        "title": "Panel Interview – Alex Morgan – Senior Android Engineer",
        "start": "2027-12-16T13:00",
        "minutes": 90,
        "organizer": P("Copperline Recruiting", "recruiting@copperline.app"),
        "attendees": [
            ME,
            P("Grace Liu (Payments)", "grace.liu@copperline.app"),
            P("Omar Farouk (Payments)", "omar.farouk@copperline.app"),
            P("Becca Stone (Design)", "becca.stone@copperline.app"),
        ],
        "description": (
            "Hi Alex,\n\nYou're confirmed for your panel interview for Senior Android Engineer "
            "at Copperline.\n\nPanel:\nGrace Liu - Android Tech Lead\nOmar Farouk - Engineering "
            "Manager, Payments\nBecca Stone - Product Designer\n\nCheers,\nCopperline Recruiting"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Grace Liu", "grace.liu@copperline.app", "Android Tech Lead", "peer"),
                (
                    "Omar Farouk",
                    "omar.farouk@copperline.app",
                    "Engineering Manager, Payments",
                    "decision_maker",
                ),
                ("Becca Stone", "becca.stone@copperline.app", "Product Designer", "peer"),
            ],
            "recruiter": (None, "recruiting@copperline.app"),
            "company": "Copperline",
            "position": "Senior Android Engineer",
        },
    },
    {
        "id": "i-linkedin-after-titles-coordinated-by",
        "format": "google",
        "style": "goodtime",
        "title": "Final Interview | Site Reliability Engineer | Stackhaven",
        "start": "2027-12-17T10:00",
        "minutes": 90,
        "organizer": P("Stackhaven Talent", "talent@stackhaven.io"),
        "attendees": [
            ME,
            P("Helena Vos", "helena@stackhaven.io"),
            P("Raj Malhotra", "raj.m@stackhaven.io"),
        ],
        "description": (
            "Meet your interviewers:\nHelena Vos, VP of Engineering — linkedin.com/in/helenavos\n"
            "Raj Malhotra, Senior SRE — linkedin.com/in/rajmalhotra\n\nCoordinated by Abby Lin, "
            "Recruiting Coordinator" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Helena Vos", "helena@stackhaven.io", "VP of Engineering", "executive"),
                ("Raj Malhotra", "raj.m@stackhaven.io", "Senior SRE", "peer"),
            ],
            "recruiter": ("Abby Lin", None),
            "company": "Stackhaven",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "i-interviewers-semicolons-job-hash",
        "format": "graph",
        "style": "smartrecruiters",
        "title": "Video Interview - Quality Engineer (Job #5521)",
        "start": "2027-12-20T09:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Brennan Medical Devices Careers", "careers@brennanmed.com"),
        "attendees": [
            ME,
            P("Hana Kovač", "hana.kovac@brennanmed.com"),
            P("Pieter de Wit", "pieter.dewit@brennanmed.com"),
        ],
        "description": (
            "Dear Alex,\n\nWe are pleased to invite you to a video interview.\n\nInterviewer(s): "
            "Hana Kovač (Head of Quality); Pieter de Wit (Process Engineer)\nDuration: 60 "
            "minutes\n\nKind regards,\nRecruitment Team | Brennan Medical Devices Ltd." + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Hana Kovač", "hana.kovac@brennanmed.com", "Head of Quality", "decision_maker"),
                ("Pieter de Wit", "pieter.dewit@brennanmed.com", "Process Engineer", "peer"),
            ],
            "recruiter": (None, "careers@brennanmed.com"),
            "company": "Brennan Medical Devices",
            "position": "Quality Engineer",
        },
    },
    {
        "id": "i-recruiter-adds-hm-in-prose",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan - FP&A Analyst - Mistral Foods",
        "start": "2027-12-21T11:00",
        "minutes": 45,
        "organizer": P("Claire Dubois", "claire.dubois@mistralfoods.com"),
        "attendees": [
            ME,
            P("Claire Dubois", "claire.dubois@mistralfoods.com"),
            P("Sunil Varma", "sunil.varma@mistralfoods.com"),
        ],
        "description": (
            "Hi Alex, I've added Sunil Varma, who leads our FP&A team and is the hiring manager, "
            "to our call. I'll start with a few minutes on logistics, then hand over to him.\n\n"
            "Best,\nClaire Dubois | Recruiting Partner | Mistral Foods" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Sunil Varma", "sunil.varma@mistralfoods.com", None, "decision_maker", True),
                # Label corrected after the first run, to the corpus convention: a recruiter who
                # opens the call and hands over does not run it (f5-our-ceo-initials-address,
                # f6-human-our-ceo-and-head-of-product, human-hm-recruiter-both-attend). It
                # first listed Claire Dubois as an interviewer (recruiter) too.
            ],
            "recruiter": ("Claire Dubois", "claire.dubois@mistralfoods.com"),
            "company": "Mistral Foods",
            "position": "FP&A Analyst",
        },
    },
    {
        "id": "i-hm-own-invite-four-line-signature",
        "format": "graph",
        "style": "human",
        "title": "Interview: Claims Team Lead",
        "start": "2027-12-22T10:00",
        "minutes": 60,
        "organizer": P("Gwendolyn Achterberg", "gachterberg@hollismutual.com"),
        "attendees": [ME, P("Gwendolyn Achterberg", "gachterberg@hollismutual.com")],
        "description": (
            "Hi Alex — looking forward to Thursday. We'll spend the hour on a case from our claims "
            "backlog; no prep needed.\n\n--\nGwendolyn Achterberg\nClaims Operations Manager\n"
            "Hollis Mutual Insurance\nM: 555-0142" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Gwendolyn Achterberg",
                    "gachterberg@hollismutual.com",
                    "Claims Operations Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Hollis Mutual Insurance",
            "position": "Claims Team Lead",
        },
    },
    {
        "id": "i-scheduling-mailbox-named-recruiter",
        "format": "google",
        "style": "icims",
        "title": "Interview Confirmation - Staff Accountant",
        "start": "2027-12-23T13:00",
        "minutes": 60,
        "organizer": P("Interview Scheduling", "interviews@fernbrook.com"),
        "attendees": [
            ME,
            P("Hollis Grant", "hollis.grant@fernbrook.com"),
            P("Amina Yusuf", "amina.yusuf@fernbrook.com"),
        ],
        "description": (
            "Your interview is confirmed.\n\nPosition: Staff Accountant (JR-10442)\nInterviewers: "
            "Hollis Grant (Accounting Manager), Amina Yusuf (Senior Accountant)\nRecruiter: Ben "
            "Okoro\n\nScheduled by Fernbrook Interview Scheduling" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Hollis Grant",
                    "hollis.grant@fernbrook.com",
                    "Accounting Manager",
                    "decision_maker",
                ),
                ("Amina Yusuf", "amina.yusuf@fernbrook.com", "Senior Accountant", "peer"),
            ],
            "recruiter": ("Ben Okoro", None),
            "company": "Fernbrook",
            "position": "Staff Accountant",
        },
    },
    {
        "id": "i-google-br-lines-attendee-roles",
        "format": "google",
        "style": "greenhouse",
        "title": "Lyra Bio | Scientist I, Protein Engineering | Interview",
        "start": "2028-01-04T10:00",
        "minutes": 90,
        "organizer": P("Noor Haddad", "noor@lyrabio.com"),
        "attendees": [
            ME,
            P("Marguerite Olsen", "m.olsen@lyrabio.com"),
            P("Tobias Renner", "t.renner@lyrabio.com"),
        ],
        "description": (
            "Hi Alex,<br><br>Looking forward to having you in on Tuesday.<br><br>Attendee roles:"
            "<br>Marguerite Olsen – Principal Scientist (hiring manager)<br>Tobias Renner – "
            "Research Associate II<br><br>Thanks,<br>Noor Haddad<br>Talent Partner, Lyra Bio"
        ),
        "expect": {
            "interviewers": [
                (
                    "Marguerite Olsen",
                    "m.olsen@lyrabio.com",
                    "Principal Scientist",
                    "decision_maker",
                    True,
                ),
                ("Tobias Renner", "t.renner@lyrabio.com", "Research Associate II", "peer"),
            ],
            "recruiter": ("Noor Haddad", "noor@lyrabio.com"),
            "company": "Lyra Bio",
            "position": "Scientist I, Protein Engineering",
        },
    },
    {
        "id": "i-title-only-in-subject-mailbox",
        "format": "graph",
        "style": "human",
        "title": "Interview with Femi Adeyemi (Head of Growth) – Growth Marketing Manager",
        "start": "2028-01-05T15:00",
        "minutes": 45,
        "organizer": P("Sproutly Talent Team", "talent@sproutly.co"),
        "attendees": [ME, P("Femi Adeyemi", "femi.adeyemi@sproutly.co")],
        "description": TEAMS.strip(),
        "expect": {
            "interviewers": [
                ("Femi Adeyemi", "femi.adeyemi@sproutly.co", "Head of Growth", "decision_maker"),
            ],
            "recruiter": (None, "talent@sproutly.co"),
            "company": "Sproutly",
            "position": "Growth Marketing Manager",
        },
    },
    {
        "id": "i-onsite-host-for-the-day",
        "format": "ics",
        "style": "human",
        "title": "On-site interview – Maintenance Engineer – Corbel Packaging",
        "start": "2028-01-06T08:30",
        "minutes": 240,
        "location": "Corbel Packaging, 400 Rivergate Dr, Dayton OH",
        "organizer": P("Jolene Briggs", "jbriggs@corbelpack.com"),
        "attendees": [
            ME,
            P("Ruth Abernathy", "rabernathy@corbelpack.com"),
            P("Wes Garrity", "wgarrity@corbelpack.com"),
            P("Elena Popescu", "epopescu@corbelpack.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour host for the day is Ruth Abernathy, Plant Manager, who will meet "
            "you at reception. You'll also meet Wes Garrity (Maintenance Lead) and Elena Popescu "
            "(EHS Specialist). Wear closed-toe shoes for the floor tour.\n\nThanks,\nJolene "
            "Briggs\nHR Coordinator, Corbel Packaging"
        ),
        "expect": {
            "interviewers": [
                ("Ruth Abernathy", "rabernathy@corbelpack.com", "Plant Manager", "decision_maker"),
                ("Wes Garrity", "wgarrity@corbelpack.com", "Maintenance Lead", "peer"),
                ("Elena Popescu", "epopescu@corbelpack.com", "EHS Specialist", "peer"),
            ],
            "recruiter": ("Jolene Briggs", "jbriggs@corbelpack.com"),
            "company": "Corbel Packaging",
            "position": "Maintenance Engineer",
        },
    },
    {
        "id": "i-founder-walk-no-interview-word",
        "format": "google",
        "style": "human",
        "title": "Walk + talk with Priya (Fernhill)",
        "start": "2028-01-07T08:00",
        "minutes": 45,
        "location": "Dolores Park, 19th St entrance",
        "organizer": P("Priya Raman", "priya@fernhill.dev"),
        "attendees": [ME, P("Priya Raman", "priya@fernhill.dev")],
        "description": (
            "Alex - excited to meet. I'm the co-founder and CTO at Fernhill; we're hiring our "
            "first Platform Engineer and I'd love to hear how you think about developer tooling. "
            "Dress for the weather!\n\nPriya"
        ),
        "expect": {
            "interviewers": [
                ("Priya Raman", "priya@fernhill.dev", "Co-founder and CTO", "executive"),
            ],
            "recruiter": None,
            "company": "Fernhill",
            "position": "Platform Engineer",
        },
    },
    {
        "id": "i-agenda-topic-then-name-in-parens",
        "format": "graph",
        "style": "coderpad",
        "title": "Interview loop: Alex Morgan (Backend Engineer, Payments) – Tallyhq",
        "start": "2028-01-10T13:00",
        "minutes": 150,
        "organizer": P("Yusuf Demir", "yusuf@tallyhq.com"),
        "attendees": [
            ME,
            P("Yusuf Demir", "yusuf@tallyhq.com"),
            P("Sana Iqbal", "sana@tallyhq.com"),
            P("Marta Kowalska", "marta@tallyhq.com"),
        ],
        "description": (
            "Agenda:\n1:00 System design (Yusuf Demir)\n1:45 Coding in CoderPad (Sana Iqbal)\n"
            "2:30 Hiring manager chat (Marta Kowalska)\n\nThe CoderPad link will be in the chat."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Yusuf Demir", "yusuf@tallyhq.com", None, "unknown"),
                ("Sana Iqbal", "sana@tallyhq.com", None, "unknown"),
                ("Marta Kowalska", "marta@tallyhq.com", None, "decision_maker", True),
            ],
            "recruiter": None,
            "company": "Tallyhq",
            "position": "Backend Engineer, Payments",
        },
    },
    # --- near-misses that mention interviewing ---------------------------------------------
    {
        "id": "i-not-nanny-interview-user-hires",
        "format": "google",
        "style": "human",
        "title": "Nanny interview - Rosa",
        "start": "2027-12-04T10:00",
        "minutes": 60,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Rosa Medina", "rosa.medina88@gmail.com")],
        "description": (
            "Rosa is coming to the house to meet the kids. Ask about CPR certification, "
            "references from the Hendersons and whether she can do Tuesdays."
        ),
    },
    {
        "id": "i-not-interview-coach-prep",
        "format": "graph",
        "style": "human",
        "title": "Interview prep w/ coach – Tessellate final round",
        "start": "2027-12-05T18:00",
        "minutes": 60,
        "organizer": P("Marta Ilic", "marta@ilic-coaching.com"),
        "attendees": [ME, P("Marta Ilic", "marta@ilic-coaching.com")],
        "description": (
            "Mock behavioural questions for your Tessellate final round. Bring your STAR "
            "stories and the job description.\n\nMarta Ilic\nCareer Coach" + ZOOM
        ),
    },
    {
        "id": "i-not-consulate-visa-interview",
        "format": "ics",
        "style": "human",
        "title": "Visa interview – U.S. Consulate Frankfurt",
        "start": "2027-12-08T08:15",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "location": "Gießener Str. 30, 60435 Frankfurt am Main",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": "Bring passport, DS-160 confirmation page and the appointment letter. No bags.",
    },
    {
        "id": "i-not-webinar-on-interviewing",
        "format": "google",
        "style": "human",
        "title": "Webinar: Rethinking the technical interview",
        "start": "2027-12-09T17:00",
        "minutes": 60,
        "organizer": P("Hireloop Events", "events@hireloop.io"),
        "attendees": [ME],
        "description": (
            "Join our panel of engineering leaders as they discuss structured interviews, "
            "take-home exercises and how to reduce bias in hiring loops." + ZOOM
        ),
    },
    {
        "id": "i-not-reverse-shadow-user-leads",
        "format": "graph",
        "style": "human",
        "title": "Reverse shadow: Backend onsite (candidate: J. Park)",
        "start": "2027-12-10T13:00",
        "minutes": 60,
        "organizer": P("Priya Shah", "priya.shah@initech.com"),
        "attendees": [ME_WORK, P("Priya Shah", "priya.shah@initech.com")],
        "description": (
            "You'll lead the coding interview while Priya observes and gives feedback afterwards. "
            "Candidate packet is in Greenhouse." + TEAMS
        ),
    },
    {
        "id": "i-not-contractor-interviews-remodel",
        "format": "ics",
        "style": "human",
        "title": "Interview contractors – kitchen remodel",
        "start": "2027-12-11T09:00",
        "minutes": 90,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Dave's Renovations", "dave@davesreno.com")],
        "description": "Dave at 9, second quote from Brightline at 9:45. Ask about permits and timeline.",
    },
    {
        "id": "i-not-oral-history-grandpa",
        "format": "google",
        "style": "human",
        "title": "Oral history interview with Grandpa Ray",
        "start": "2027-12-12T14:00",
        "minutes": 120,
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME, P("Ray Morgan", "ray.morgan1941@gmail.com")],
        "description": "Bring the recorder. Questions about the farm, the move to Ohio, the navy years.",
    },
    {
        "id": "i-not-reference-call-user-gives",
        "format": "graph",
        "style": "human",
        "title": "Reference call re: Sam Whitlock",
        "start": "2027-12-13T16:00",
        "minutes": 20,
        "organizer": P("Lena Fischer", "lena.fischer@brightcart.com"),
        "attendees": [ME, P("Lena Fischer", "lena.fischer@brightcart.com")],
        "description": (
            "Hi Alex, thanks for agreeing to be a reference for Sam, who is interviewing for our "
            "Data Lead role. 20 minutes on how you worked together.\n\nLena Fischer\nSenior "
            "Recruiter, Brightcart" + TEAMS
        ),
    },
    {
        "id": "i-not-weekly-hiring-sync",
        "format": "google",
        "style": "human",
        "title": "Weekly hiring sync – Platform interviews",
        "start": "2027-12-14T09:30",
        "minutes": 30,
        "organizer": P("Jordan Reyes", "jordan.reyes@initech.com"),
        "attendees": [
            ME_WORK,
            P("Jordan Reyes", "jordan.reyes@initech.com"),
            P("Mei Chen", "mei.chen@initech.com"),
        ],
        "description": "Pipeline review, interviewer load for next week, open scorecards." + MEET,
    },
]
