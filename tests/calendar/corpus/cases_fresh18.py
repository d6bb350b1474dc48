# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Held-out batch fresh-18 (ids "f18-..."), written blind by the invite writer "iw18" for issue 16:
the writer never read, imported or ran the extraction code, the bench or the corpus tests, and
never opened another held-out batch. Rendered apart by `build_heldout18.py` into
`heldout-fresh18/`; `build.py` and the tuner never read it.

60 invites: 45 interviews and 15 non-interviews that mention interviewing; 20 each of .ics,
Google JSON and Graph JSON (15 interviews and 5 non-interviews per format).

The angle: the recruiting tools' templates as they really arrive - Greenhouse, Lever, Ashby,
GoodTime, ModernLoop, Gem, Calendly, Workday, iCIMS and SmartRecruiters, each at least three
times - with multi-slot itineraries (time rows, stacked blocks, an HTML table, numbered panels),
panels listed in the description with titles, reschedules and updates (a moved slot, a swapped
panelist, a Calendly reschedule notice), the hiring manager marked in the many ways tools and
people write it ("(Hiring Manager)", "(HM)", "· Hiring Manager", an asterisk legend, a field
"Hiring Manager:", "your future manager", "you'd be reporting to", "into my team", a "Hiring
manager round" in the focus column, "Interview w/ Hiring Manager" in the subject), recruiters and
coordinators in signatures, fields and prose, employers from the US, UK, India, Australia, Canada
and Ireland; plus some humans' quick invites (founders' coffee, a CTO's catch-up, a hiring
manager's own Teams invite, a former colleague's pint). Non-interviews are the user's own company
(Initech) running its hiring - a debrief, a calibration, interviewer training, a loop sync, a
hiring committee, an intake, the user as an interviewer of an outside candidate, a stay
interview, ATS office hours - and everyday events that mention interviews (a newspaper
interview, an alumni interview the user conducts, a haircut before an interview, a book club, a
wedding photographer, a reference the user gives).

Labels are what a careful person reads in the invite, with the corpus conventions: a person
called the hiring manager or the candidate's future manager ("reports to", "your line manager",
"into my team") is a decision_maker with the hiring-manager mark; people-manager titles
(engineering manager, manager of X, head of, director, senior manager) are decision_makers;
CEO/founder/co-founder/CTO/COO/VP/managing director are executives unless called the hiring
manager; individual-contributor titles that contain "manager" (product manager) are peers; a
recruiter who runs the call or sits on the panel is an interviewer (role recruiter) and the
recruiter; a recruiter or sourcer who only opens the call and hands over is the recruiter, not an
interviewer; a team-mailbox recruiter is (None, address), and a person who signs the mailbox's
message is the recruiter with the mailbox's address; when a recruiter and a coordinator are both
named, the recruiter is the recruiter; a coordinator without a recruiter is the recruiter;
honorifics and credentials ("Dr", "Professor", "P.Eng.") are left out of names; a title that is
only the hiring-manager mark is no title (None); a person named without an address has email
None; legal forms ("Pvt. Ltd.") and requisition ids are left out; positions leave out round
names and ids; whatever the invite does not say is None / "unknown". The candidate is never an
interviewer; rooms are never people. "difficulty" is the writer's guess.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CALENDLY_CHANGES = (
    "\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/7c1e2a90-4b1d-4f0e-9d55-0a8e3c6f1b27\n"
    "Reschedule: https://calendly.com/reschedulings/7c1e2a90-4b1d-4f0e-9d55-0a8e3c6f1b27\n\nPowered by Calendly.com"
)

CASES: list[dict[str, Any]] = [
    # ======================================================================================
    # .ics - 15 interviews
    # ======================================================================================
    {
        "id": "f18-greenhouse-ics-onsite-itinerary-coordinator-and-recruiter",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Onsite Interview: Alex Morgan - Senior Product Designer (Req #2210)",
        "start": "2031-03-04T10:00",
        "minutes": 165,
        "tz": "America/New_York",
        "organizer": P("Jasmine Ortiz-Bell", "jasmine.ortizbell@cobaltline.com"),
        "attendees": [
            ME,
            P("Hana Whitcombe", "hwhitcombe@cobaltline.com"),
            P("Dev Raghunathan", "draghunathan@cobaltline.com"),
            P("Colette Amari", "camari@cobaltline.com"),
            P(None, "oadebayoprice@cobaltline.com"),
            P(
                "NYC-14-Hudson (8)",
                "cobaltline.com_1886hudson14@resource.calendar.google.com",
                room=True,
            ),
        ],
        "description": (
            "Hi Alex,\n\nWe're looking forward to hosting you at Cobaltline Payments! Below is your itinerary for Tuesday, March 4.\n\n"
            "Location: 200 Varick St, 14th Floor, New York, NY - check in at reception and ask for Jasmine.\n\n"
            "10:00 AM - 10:45 AM   Portfolio Presentation\n"
            "    Hana Whitcombe - Design Manager, Payments Experience (Hiring Manager)\n"
            "    Dev Raghunathan - Staff Product Designer\n"
            "10:45 AM - 11:30 AM   Product Sense\n"
            "    Colette Amari - Senior Product Manager\n"
            "11:30 AM - 12:15 PM   Cross-functional Collaboration\n"
            "    Oluwaseun Adebayo-Price - Senior Frontend Engineer\n"
            "12:15 PM - 12:45 PM   Lunch with Dev\n\n"
            "If anything comes up, reach out to your recruiter, Brandon Kessler (brandon.kessler@cobaltline.com), or to me.\n\n"
            "Best,\nJasmine Ortiz-Bell\nRecruiting Coordinator, Cobaltline Payments"
        ),
        "location": "Cobaltline Payments HQ - 200 Varick St, 14th Floor, New York, NY",
        "expect": {
            "interviewers": [
                (
                    "Hana Whitcombe",
                    "hwhitcombe@cobaltline.com",
                    "Design Manager, Payments Experience",
                    "decision_maker",
                    True,
                ),
                (
                    "Dev Raghunathan",
                    "draghunathan@cobaltline.com",
                    "Staff Product Designer",
                    "peer",
                    False,
                ),
                ("Colette Amari", "camari@cobaltline.com", "Senior Product Manager", "peer", False),
                (
                    "Oluwaseun Adebayo-Price",
                    "oadebayoprice@cobaltline.com",
                    "Senior Frontend Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Brandon Kessler", "brandon.kessler@cobaltline.com"),
            "company": "Cobaltline Payments",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "f18-greenhouse-ics-india-noreply-initials-numbered-panel",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Invitation | Pravaha Logistics | Senior Android Engineer - Round 2",
        "start": "2031-03-13T11:30",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P(None, "no-reply@greenhouse.io"),
        "attendees": [ME, P(None, "ak@pravaha.in"), P(None, "sv@pravaha.in")],
        "description": (
            "Dear Alex,\n\nGreetings from Pravaha!\n\nYour Round 2 (Technical - Android Architecture) interview has been scheduled as below.\n\n"
            "Date: Thursday, 13 March 2031\nTime: 11:30 AM - 12:30 PM IST\n"
            "Panel:\n1. Anirudh Kulkarni - Engineering Manager, Mobile\n2. Sneha Venkataraman - Principal Engineer\n\n"
            "Please keep your laptop ready with Android Studio for a short live exercise.\n\n"
            "For any rescheduling requests please write to your recruiter Meghna Iyer at meghna.iyer@pravaha.in.\n\n"
            "Regards,\nTalent Acquisition Team\nPravaha Logistics Pvt. Ltd." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Anirudh Kulkarni",
                    "ak@pravaha.in",
                    "Engineering Manager, Mobile",
                    "decision_maker",
                    False,
                ),
                ("Sneha Venkataraman", "sv@pravaha.in", "Principal Engineer", "peer", False),
            ],
            "recruiter": ("Meghna Iyer", "meghna.iyer@pravaha.in"),
            "company": "Pravaha Logistics",
            "position": "Senior Android Engineer",
        },
    },
    {
        "id": "f18-lever-ics-rescheduled-gm-is-hiring-manager-mailbox-signed",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Rescheduled: Alex Morgan - Operations Analyst - Final Interview",
        "start": "2031-03-14T14:00",
        "minutes": 60,
        "tz": "Australia/Sydney",
        "organizer": P("Southerly Talent", "talent@southerlyfreight.com.au"),
        "attendees": [
            ME,
            P("Bronwyn Tully", "bronwyn.tully@southerlyfreight.com.au"),
            P("Nathan Ngata", "nngata@southerlyfreight.com.au"),
        ],
        "description": (
            "G'day Alex,\n\nApologies for the shuffle - Bronwyn had a clash, so we've moved your final interview to Friday 14 March, "
            "2:00-3:00 pm AEDT. Same Teams link as before.\n\n"
            "Who you'll meet\nBronwyn Tully | General Manager, Network Operations\nNathan Ngata | Senior Operations Analyst\n\n"
            "Bronwyn is the hiring manager for this role.\n\nAny questions, give me a bell on 0412 555 018.\n\n"
            "Cheers,\nEllie Cartwright\nTalent Acquisition, Southerly Freight" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Bronwyn Tully",
                    "bronwyn.tully@southerlyfreight.com.au",
                    "General Manager, Network Operations",
                    "decision_maker",
                    True,
                ),
                (
                    "Nathan Ngata",
                    "nngata@southerlyfreight.com.au",
                    "Senior Operations Analyst",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Ellie Cartwright", "talent@southerlyfreight.com.au"),
            "company": "Southerly Freight",
            "position": "Operations Analyst",
        },
    },
    {
        "id": "f18-ashby-ics-bengaluru-onsite-middot-locals-room",
        "format": "ics",
        "style": "ashby",
        "difficulty": "hard",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Kalpa Robotics: Onsite - Perception Engineer",
        "start": "2031-03-18T10:00",
        "minutes": 140,
        "tz": "Asia/Kolkata",
        "organizer": P(None, "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "arjun@kalparobotics.ai"),
            P(None, "lakshmi.p@kalparobotics.ai"),
            P(None, "farhan@kalparobotics.ai"),
            P("BLR-3F-Kaveri", "c_1886kaveri3f@resource.calendar.google.com", room=True),
        ],
        "description": (
            "Interview schedule for Alex Morgan\nPerception Engineer · Kalpa Robotics\n\n"
            "10:00 - 10:45 IST  Deep learning fundamentals\nArjun Mehta · Senior ML Engineer\n\n"
            "10:50 - 11:35 IST  Coding (C++)\nLakshmi Parthasarathy · Staff Software Engineer\n\n"
            "11:40 - 12:20 IST  Team fit\nFarhan Qureshi · Head of Perception · Hiring Manager\n\n"
            "Address: 3rd floor, 14 Residency Road, Bengaluru 560025. Please carry a government photo ID.\n\n"
            "Questions? Your recruiter Deepa Rangan (deepa@kalparobotics.ai) is happy to help."
        ),
        "location": "Kalpa Robotics, 14 Residency Road, Bengaluru",
        "expect": {
            "interviewers": [
                ("Arjun Mehta", "arjun@kalparobotics.ai", "Senior ML Engineer", "peer", False),
                (
                    "Lakshmi Parthasarathy",
                    "lakshmi.p@kalparobotics.ai",
                    "Staff Software Engineer",
                    "peer",
                    False,
                ),
                (
                    "Farhan Qureshi",
                    "farhan@kalparobotics.ai",
                    "Head of Perception",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Deepa Rangan", "deepa@kalparobotics.ai"),
            "company": "Kalpa Robotics",
            "position": "Perception Engineer",
        },
    },
    {
        "id": "f18-ashby-ics-scheduling-mailbox-recruiting-lead-runs-call",
        "format": "ics",
        "style": "ashby",
        "difficulty": "medium",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Intro call with Flintlock AI - Solutions Engineer",
        "start": "2031-03-10T09:30",
        "minutes": 30,
        "tz": "America/Vancouver",
        "organizer": P("Flintlock AI Scheduling", "scheduling@flintlock.ai"),
        "attendees": [ME, P("Maya Kowalczyk", "maya.k@flintlock.ai")],
        "description": (
            "Hi Alex,\n\nYou're confirmed for a 30-minute intro call with Maya Kowalczyk, Recruiting Lead at Flintlock AI. "
            "Maya will walk you through the Solutions Engineer role and our interview process.\n\n"
            "Need to move it? Use the reschedule link in your confirmation email or reply to scheduling@flintlock.ai.\n\n"
            "- The Flintlock AI team" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Maya Kowalczyk", "maya.k@flintlock.ai", "Recruiting Lead", "recruiter", False)
            ],
            "recruiter": ("Maya Kowalczyk", "maya.k@flintlock.ai"),
            "company": "Flintlock AI",
            "position": "Solutions Engineer",
        },
    },
    {
        "id": "f18-goodtime-ics-interview-details-coordinator-and-recruiter-fields",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "medium",
        "prodid": "-//GoodTime.io//GoodTime Hire//EN",
        "title": "Interview: Alex Morgan | Business Systems Analyst | Laurentide Mutual",
        "start": "2031-03-19T13:00",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Laurentide Mutual Talent Acquisition", "ta@laurentidemutual.ca"),
        "attendees": [
            ME,
            P("Geneviève Tremblay-Roy", "gtremblayroy@laurentidemutual.ca"),
            P("Sanjay Mehra", "smehra@laurentidemutual.ca"),
        ],
        "description": (
            "Interview Details\nCandidate: Alex Morgan\nPosition: Business Systems Analyst (Req 24-0871)\nFormat: Video (Teams)\nDuration: 60 minutes\n\n"
            "Interviewers\nGeneviève Tremblay-Roy - Manager, Business Systems\nSanjay Mehra - Senior Business Analyst\n\n"
            "Coordinator: Patrick Lalonde (patrick.lalonde@laurentidemutual.ca)\n"
            "Recruiter: Amira Haddad-Singh (amira.haddadsingh@laurentidemutual.ca)" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Geneviève Tremblay-Roy",
                    "gtremblayroy@laurentidemutual.ca",
                    "Manager, Business Systems",
                    "decision_maker",
                    False,
                ),
                (
                    "Sanjay Mehra",
                    "smehra@laurentidemutual.ca",
                    "Senior Business Analyst",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Amira Haddad-Singh", "amira.haddadsingh@laurentidemutual.ca"),
            "company": "Laurentide Mutual",
            "position": "Business Systems Analyst",
        },
    },
    {
        "id": "f18-modernloop-ics-updated-slot-head-is-line-manager",
        "format": "ics",
        "style": "modernloop",
        "difficulty": "medium",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "[Updated] Kittiwake Learning interview: Senior Content Designer",
        "start": "2031-03-20T14:30",
        "minutes": 75,
        "tz": "Europe/London",
        "organizer": P("Isla Drummond", "isla.drummond@kittiwake.co.uk"),
        "attendees": [
            ME,
            P("Fraser McLeod", "fraser.mcleod@kittiwake.co.uk"),
            P("Anjali Rao-Whyte", "anjali.raowhyte@kittiwake.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nWe've had to push your session back by 30 minutes - it now starts at 14:30 (UK time). Apologies for the change.\n\n"
            "14:30 - 15:15 · Content design critique · Fraser McLeod, Head of Content Design\n"
            "15:15 - 15:45 · Working with research · Anjali Rao-Whyte, User Researcher\n\n"
            "Fraser is hiring for this role and will be your line manager.\n\n"
            "Isla Drummond\nTalent Coordinator, Kittiwake Learning" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Fraser McLeod",
                    "fraser.mcleod@kittiwake.co.uk",
                    "Head of Content Design",
                    "decision_maker",
                    True,
                ),
                (
                    "Anjali Rao-Whyte",
                    "anjali.raowhyte@kittiwake.co.uk",
                    "User Researcher",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Isla Drummond", "isla.drummond@kittiwake.co.uk"),
            "company": "Kittiwake Learning",
            "position": "Senior Content Designer",
        },
    },
    {
        "id": "f18-gem-ics-recruiter-screen-uk-lead-technical-recruiter",
        "format": "ics",
        "style": "gem",
        "difficulty": "easy",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex / Ledgerlight - chat about Senior Backend Engineer",
        "start": "2031-03-11T16:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Farah Siddiqui", "farah@ledgerlight.co.uk"),
        "attendees": [ME, P("Farah Siddiqui", "farah@ledgerlight.co.uk", partstat="ACCEPTED")],
        "description": (
            "Hi Alex, lovely to e-meet you. I've popped 30 mins in for us to chat about the Senior Backend Engineer role at Ledgerlight "
            "and what you're looking for next. I'll see you on the Zoom below.\n\n"
            "Farah Siddiqui\nLead Technical Recruiter | Ledgerlight\nSent with Gem" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Farah Siddiqui",
                    "farah@ledgerlight.co.uk",
                    "Lead Technical Recruiter",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": ("Farah Siddiqui", "farah@ledgerlight.co.uk"),
            "company": "Ledgerlight",
            "position": "Senior Backend Engineer",
        },
    },
    {
        "id": "f18-calendly-ics-founder-event-description-founding-engineer",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Karthik Sundaram",
        "start": "2031-03-12T18:30",
        "minutes": 30,
        "tz": "Asia/Kolkata",
        "organizer": P("Karthik Sundaram", "karthik@dhruvaclimate.in"),
        "attendees": [ME, P("Karthik Sundaram", "karthik@dhruvaclimate.in", partstat="ACCEPTED")],
        "description": (
            "Event Name: Chat about the Founding Engineer role - Dhruva Climate\n\n"
            "Location: This is a Google Meet web conference. https://meet.google.com/hxr-pqmz-kde\n\n"
            "Event description: I'm Karthik, co-founder and CEO of Dhruva Climate. Book 30 minutes if you'd like to talk about joining us "
            "as one of our first engineers.\n\n"
            "Please share anything that will help prepare for our meeting.:\nI've spent four years on measurement pipelines for energy data "
            "and would love to hear about your MRV roadmap." + CALENDLY_CHANGES
        ),
        "expect": {
            "interviewers": [
                (
                    "Karthik Sundaram",
                    "karthik@dhruvaclimate.in",
                    "Co-founder and CEO",
                    "executive",
                    False,
                )
            ],
            "recruiter": None,
            "company": "Dhruva Climate",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "f18-calendly-ics-rescheduled-by-invitee-hm-interview-event",
        "format": "ics",
        "style": "calendly",
        "difficulty": "hard",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Updated: Alex Morgan and Beatrix Holloway",
        "start": "2031-03-19T16:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Beatrix Holloway", "b.holloway@marlowquay.law"),
        "attendees": [ME, P("Beatrix Holloway", "b.holloway@marlowquay.law", partstat="ACCEPTED")],
        "description": (
            "Event Name: Hiring Manager Interview - Senior Paralegal\n\n"
            "Location: Microsoft Teams (link to follow)\n\n"
            'Rescheduled by Alex Morgan\nReason: "Clash with a dentist appointment - thank you for your flexibility!"\n'
            "Former: 10:00am - Tuesday, 18 March 2031 (GMT)\nUpdated: 4:00pm - Wednesday, 19 March 2031 (GMT)\n\n"
            "Event description: A 45-minute conversation with Beatrix Holloway, Partner & Head of Property at Marlow Quay Solicitors, "
            "for shortlisted applicants." + CALENDLY_CHANGES
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatrix Holloway",
                    "b.holloway@marlowquay.law",
                    "Partner & Head of Property",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Marlow Quay Solicitors",
            "position": "Senior Paralegal",
        },
    },
    {
        "id": "f18-workday-ics-university-panel-chair-mailbox-signed",
        "format": "ics",
        "style": "workday",
        "difficulty": "hard",
        "prodid": "-//Workday Inc//Workday Recruiting//EN",
        "title": "Interview - Research Software Engineer - JR004417",
        "start": "2031-03-27T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Westmoor Recruitment", "recruitment@westmoor.ac.uk"),
        "attendees": [
            ME,
            P("Nwosu, Adaeze", "a.nwosu@westmoor.ac.uk"),
            P("Wieczorek, Tomasz", "t.wieczorek@westmoor.ac.uk"),
            P("Hughes, Ffion", "f.hughes@westmoor.ac.uk"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your application for the post of Research Software Engineer, ref. JR004417. "
            "I am pleased to invite you to interview.\n\n"
            "Date: Thursday 27 March 2031\nTime: 10:00 - 11:00\nVenue: Room 2.14, Hartley Building, Westmoor campus\n\n"
            "Panel:\nProfessor Adaeze Nwosu, Director, Institute for Digital Research (Chair)\n"
            "Dr Tomasz Wieczorek, Senior Research Software Engineer\nDr Ffion Hughes, Research Fellow\n\n"
            "You will be asked to give a 10-minute presentation on a research codebase you have improved, followed by questions from the panel.\n\n"
            "If you have any access requirements, please contact me.\n\n"
            "Yours sincerely,\nRhiannon Beddoe\nRecruitment Administrator, University of Westmoor"
        ),
        "location": "Room 2.14, Hartley Building, University of Westmoor",
        "expect": {
            "interviewers": [
                (
                    "Adaeze Nwosu",
                    "a.nwosu@westmoor.ac.uk",
                    "Director, Institute for Digital Research",
                    "decision_maker",
                    False,
                ),
                (
                    "Tomasz Wieczorek",
                    "t.wieczorek@westmoor.ac.uk",
                    "Senior Research Software Engineer",
                    "peer",
                    False,
                ),
                ("Ffion Hughes", "f.hughes@westmoor.ac.uk", "Research Fellow", "peer", False),
            ],
            "recruiter": ("Rhiannon Beddoe", "recruitment@westmoor.ac.uk"),
            "company": "University of Westmoor",
            "position": "Research Software Engineer",
        },
    },
    {
        "id": "f18-icims-ics-store-manager-district-manager-ta-contact",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//iCIMS Talent Cloud//EN",
        "title": "Interview with Bluegill Outdoor Supply - Store Manager (Job ID 2031-4417)",
        "start": "2031-03-29T09:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Bluegill Careers", "noreply@bluegill.icims.com"),
        "attendees": [ME, P("Travis Hendricks", "thendricks@bluegilloutdoor.com")],
        "description": (
            "Hello Alex,\n\nThank you for your interest in the Store Manager position at Bluegill Outdoor Supply. Your interview has been scheduled.\n\n"
            "Interview Details\nDate: Saturday, March 29, 2031\nTime: 9:00 AM Central\nLocation: Store #214, 3900 Lakeshore Dr, Madison WI\n"
            "Interviewer: Travis Hendricks, District Manager\nInterview Type: In-Person\n\n"
            "Please ask for Travis at the customer service desk.\n\n"
            "If you need to reschedule, contact Kendra Lowry, Talent Acquisition Specialist, at klowry@bluegilloutdoor.com.\n\n"
            "Sincerely,\nBluegill Outdoor Supply Talent Acquisition"
        ),
        "location": "Bluegill Outdoor Supply Store #214, 3900 Lakeshore Dr, Madison WI",
        "expect": {
            "interviewers": [
                (
                    "Travis Hendricks",
                    "thendricks@bluegilloutdoor.com",
                    "District Manager",
                    "decision_maker",
                    False,
                )
            ],
            "recruiter": ("Kendra Lowry", "klowry@bluegilloutdoor.com"),
            "company": "Bluegill Outdoor Supply",
            "position": "Store Manager",
        },
    },
    {
        "id": "f18-smartrecruiters-ics-site-office-hm-field-project-coordinator-peer",
        "format": "ics",
        "style": "smartrecruiters",
        "difficulty": "hard",
        "prodid": "-//SmartRecruiters//SmartRecruiters Calendar//EN",
        "title": "Redgum Civil - Interview - Project Engineer",
        "start": "2031-04-02T07:30",
        "minutes": 60,
        "tz": "Australia/Perth",
        "organizer": P(None, "noreply@smartrecruiters.com"),
        "attendees": [
            ME,
            P("Shane O'Halloran", "shane.ohalloran@redgumcivil.com.au"),
            P("Kiri Tane", "kiri.tane@redgumcivil.com.au"),
            P("Lauren Beasley", "lauren.beasley@redgumcivil.com.au"),
        ],
        "description": (
            "Hi Alex,\n\nRedgum Civil would like to invite you to an interview for the Project Engineer position.\n\n"
            "Interview: Project Engineer - Stage 2\nDate: Wednesday 2 April 2031\nTime: 7:30 AM - 8:30 AM AWST\n"
            "Location: Site office, Great Eastern Highway upgrade, Midvale WA (PPE provided)\n\n"
            "You will meet:\nShane O'Halloran, Construction Manager\nKiri Tane, Site Engineer\nLauren Beasley, Project Coordinator\n\n"
            "Hiring Manager: Shane O'Halloran\nRecruiter: Mitch Delaney (mitch.delaney@redgumcivil.com.au)\n\n"
            "Redgum Civil via SmartRecruiters"
        ),
        "location": "Site office, Great Eastern Highway upgrade, Midvale WA",
        "expect": {
            "interviewers": [
                (
                    "Shane O'Halloran",
                    "shane.ohalloran@redgumcivil.com.au",
                    "Construction Manager",
                    "decision_maker",
                    True,
                ),
                ("Kiri Tane", "kiri.tane@redgumcivil.com.au", "Site Engineer", "peer", False),
                (
                    "Lauren Beasley",
                    "lauren.beasley@redgumcivil.com.au",
                    "Project Coordinator",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Mitch Delaney", "mitch.delaney@redgumcivil.com.au"),
            "company": "Redgum Civil",
            "position": "Project Engineer",
        },
    },
    {
        "id": "f18-human-ics-founder-coffee-gmail-founding-designer",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Coffee ☕ - Alex + Theo",
        "start": "2031-03-06T08:30",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Theo Lindgren", "theo.lindgren@gmail.com"),
        "attendees": [ME, P("Theo Lindgren", "theo.lindgren@gmail.com", partstat="ACCEPTED")],
        "description": (
            "Hey Alex - really glad Priya put us in touch. Would love to grab coffee and tell you more about what we're building at "
            "Sparrowhawk (we just closed our seed) and where a founding designer could fit in. Nothing formal, just a conversation.\n\n"
            "- Theo\nco-founder, Sparrowhawk"
        ),
        "location": "Blue Bottle Coffee, 66 Mint St, San Francisco",
        "expect": {
            "interviewers": [
                ("Theo Lindgren", "theo.lindgren@gmail.com", "Co-founder", "executive", False)
            ],
            "recruiter": None,
            "company": "Sparrowhawk",
            "position": "Founding Designer",
        },
    },
    {
        "id": "f18-human-ics-zoom-marketing-lead-reporting-to-me",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Chat re: Marketing Coordinator role",
        "start": "2031-03-07T11:00",
        "minutes": 30,
        "tz": "Australia/Brisbane",
        "organizer": P("Sophie Marchetti", "sophie@saltbushstudio.com.au"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nThanks for applying! Let's have a quick chat on Zoom about the Marketing Coordinator role. I'm the Marketing Lead "
            "at Saltbush Studio and you'd be reporting to me, so it's a good chance to see if we'd work well together.\n\nTalk soon,\nSophie"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Sophie Marchetti",
                    "sophie@saltbushstudio.com.au",
                    "Marketing Lead",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Saltbush Studio",
            "position": "Marketing Coordinator",
        },
    },
    # ======================================================================================
    # .ics - 5 non-interviews
    # ======================================================================================
    {
        "id": "f18-not-workday-ics-interviewer-training-structured",
        "format": "ics",
        "style": "workday",
        "difficulty": "easy",
        "prodid": "-//Workday Inc//Workday Learning//EN",
        "title": "Interviewer Training: Structured Interviewing Essentials",
        "start": "2031-03-05T13:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Initech Learning", "learning@initech.com"),
        "attendees": [ME_WORK, P("Gloria Menendez", "gloria.menendez@initech.com")],
        "description": (
            "You are enrolled in: Structured Interviewing Essentials (ILT, 90 min)\n"
            "Facilitator: Gloria Menendez, Talent Acquisition Enablement\n\n"
            "Required for all Initech employees before joining an interview panel. We'll cover competency-based questions, "
            "writing evidence-based feedback, avoiding bias, and what candidates should experience on interview day.\n\n"
            "Completion will be recorded in Workday Learning. To withdraw, use Workday > Learning > My Enrollments."
        ),
        "location": "Initech Campus B - Training Room 3 / Teams",
        "expect": None,
    },
    {
        "id": "f18-not-greenhouse-ics-user-is-interviewer-outside-candidate",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview: Rafael Ojeda - Backend Engineer (Technical Screen)",
        "start": "2031-03-11T15:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Kim Albrecht", "kim.albrecht@initech.com"),
        "attendees": [ME_WORK, P("Rafael Ojeda", "rafael.ojeda@outlook.com")],
        "description": (
            "Candidate: Rafael Ojeda\nJob: Backend Engineer\nInterview: Technical Screen\nInterviewer: Alex Morgan\n\n"
            "Interview kit: https://app.greenhouse.io/guides/88120441/people/51922003\n"
            "Resume: https://app.greenhouse.io/people/51922003/resume\n\n"
            "Please submit your scorecard in Greenhouse within 24 hours of the interview. Thanks for helping us hire!\n\n"
            "Kim Albrecht, Recruiting Coordinator, Initech" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f18-not-human-ics-newspaper-interview-community-garden",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "Interview with Hartwell Gazette re: Elm St community garden",
        "start": "2031-03-08T10:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Dana Whitlock", "dwhitlock@hartwellgazette.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nThanks for agreeing to be interviewed for our weekend piece on the Elm Street community garden and the new "
            "rainwater beds. I'll call you on your cell; should take about 20-30 minutes. A photographer may stop by the garden on Sunday.\n\n"
            "Dana Whitlock\nStaff Reporter, Hartwell Gazette"
        ),
        "location": "Phone",
        "expect": None,
    },
    {
        "id": "f18-not-human-ics-book-club-interview-with-the-vampire",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Book club: Interview with the Vampire 🧛",
        "start": "2031-03-21T19:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Maggie Lorenz", "maggie.lorenz@gmail.com"),
        "attendees": [
            ME,
            P("Maggie Lorenz", "maggie.lorenz@gmail.com", partstat="ACCEPTED"),
            P("Kofi Asamoah", "kofi.asamoah@yahoo.com"),
            P("Ruthie Feld", "ruthie.feld@gmail.com"),
        ],
        "description": (
            "March pick! Finish Interview with the Vampire (the whole thing, no skimming the Paris chapters). "
            "I'm doing soup, bring wine or dessert. We can argue about the show vs the book after."
        ),
        "location": "Maggie's - 41 Orchard Ln, apt 3",
        "expect": None,
    },
    {
        "id": "f18-not-human-ics-stay-interview-own-manager",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Stay interview - Alex / Beatriz",
        "start": "2031-03-25T14:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Beatriz Salgado", "beatriz.salgado@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Hi Alex,\n\nPeople Team asks every manager to run stay interviews twice a year - it's not a performance review. "
            "I'd like to hear what keeps you at Initech, what would make the work better, and anything that might tempt you elsewhere. "
            "No prep needed.\n\nBeatriz\nDirector, Platform Engineering"
        ),
        "location": "Beatriz's office (4W-12)",
        "expect": None,
    },
    # ======================================================================================
    # Google JSON - 15 interviews
    # ======================================================================================
    {
        "id": "f18-greenhouse-google-moved-uk-leads-the-team-mailbox-signed",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "hard",
        "title": "RESCHEDULED - Interview: Actuarial Analyst (Fernhollow Insurance)",
        "start": "2031-03-12T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Fernhollow Early Careers", "earlycareers@fernhollow.co.uk"),
        "attendees": [
            ME,
            P("Imogen Thackeray", "imogen.thackeray@fernhollow.co.uk"),
            P("Rupert Ashdown-Clarke", "rupert.ashdownclarke@fernhollow.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nPlease note your interview has moved to Wednesday 12 March at 14:00 (previously Tuesday 11 March at 10:00). "
            "Everything else stays the same.\n\n"
            "You will be meeting with Imogen Thackeray (Pricing Manager) and Rupert Ashdown-Clarke (Senior Actuarial Analyst). "
            "Imogen leads the team you would be joining.\n\n"
            "The interview will last an hour and includes a short exercise on a motor pricing dataset; you'll be sent it on the day.\n\n"
            "Kind regards,\nHarriet Noon\nEarly Careers Recruitment Advisor\nFernhollow Insurance"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Imogen Thackeray",
                    "imogen.thackeray@fernhollow.co.uk",
                    "Pricing Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Rupert Ashdown-Clarke",
                    "rupert.ashdownclarke@fernhollow.co.uk",
                    "Senior Actuarial Analyst",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Harriet Noon", "earlycareers@fernhollow.co.uk"),
            "company": "Fernhollow Insurance",
            "position": "Actuarial Analyst",
        },
    },
    {
        "id": "f18-lever-google-toronto-panel-en-dash-your-recruiter-is",
        "format": "google",
        "style": "lever",
        "difficulty": "medium",
        "title": "Tamarack Health: Alex Morgan <> Clinical Product Manager - Panel",
        "start": "2031-03-17T13:00",
        "minutes": 90,
        "tz": "America/Toronto",
        "organizer": P("Mireille Gagnon", "mireille.gagnon@tamarackhealth.ca"),
        "attendees": [
            ME,
            P("Ravi Sandhu", "ravi.sandhu@tamarackhealth.ca"),
            P("Keisha Morrison-Obi", "keisha.morrisonobi@tamarackhealth.ca"),
            P("Liam Fraser-Dunn", "liam.fraserdunn@tamarackhealth.ca"),
        ],
        "description": (
            "Hi Alex,\n\nHere's who you'll be meeting:\n\n"
            "Ravi Sandhu – Director of Product (hiring manager)\n"
            "Keisha Morrison-Obi – Clinical Informatics Specialist\n"
            "Liam Fraser-Dunn – Senior Software Developer\n\n"
            "Each conversation is 30 minutes, back to back, on the same Google Meet link.\n\n"
            "Your recruiter is Mireille Gagnon (mireille.gagnon@tamarackhealth.ca) – reach out any time.\n\n"
            "Sent via Lever on behalf of Tamarack Health" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ravi Sandhu",
                    "ravi.sandhu@tamarackhealth.ca",
                    "Director of Product",
                    "decision_maker",
                    True,
                ),
                (
                    "Keisha Morrison-Obi",
                    "keisha.morrisonobi@tamarackhealth.ca",
                    "Clinical Informatics Specialist",
                    "peer",
                    False,
                ),
                (
                    "Liam Fraser-Dunn",
                    "liam.fraserdunn@tamarackhealth.ca",
                    "Senior Software Developer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Mireille Gagnon", "mireille.gagnon@tamarackhealth.ca"),
            "company": "Tamarack Health",
            "position": "Clinical Product Manager",
        },
    },
    {
        "id": "f18-lever-google-phone-screen-talent-partner-uk",
        "format": "google",
        "style": "lever",
        "difficulty": "easy",
        "title": "Phone screen: Alex Morgan / Pebblebrook Energy",
        "start": "2031-03-05T11:30",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Owen Pritchard", "owen.pritchard@pebblebrook.energy"),
        "attendees": [ME, P("Owen Pritchard", "owen.pritchard@pebblebrook.energy")],
        "description": (
            "Hi Alex,\n\nLooking forward to our chat about the Senior Grid Analyst role. It'll be a relaxed 30 minutes: I'll tell you about "
            "Pebblebrook and the team, and hear about what you're looking for. I'll ring you on the mobile number on your application.\n\n"
            "Owen Pritchard\nSenior Talent Partner, Pebblebrook Energy"
        ),
        "location": "Phone call",
        "expect": {
            "interviewers": [
                (
                    "Owen Pritchard",
                    "owen.pritchard@pebblebrook.energy",
                    "Senior Talent Partner",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": ("Owen Pritchard", "owen.pritchard@pebblebrook.energy"),
            "company": "Pebblebrook Energy",
            "position": "Senior Grid Analyst",
        },
    },
    {
        "id": "f18-ashby-google-final-round-our-ceo-vp-would-be-manager",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Final round: Tidewell x Alex Morgan (Founding Platform Engineer)",
        "start": "2031-03-24T11:00",
        "minutes": 75,
        "tz": "America/New_York",
        "organizer": P("Camille Duarte", "camille@tidewell.com"),
        "attendees": [
            ME,
            P("Gideon Marsh", "gideon@tidewell.com"),
            P("Yasmin Haddad", "yasmin@tidewell.com"),
        ],
        "description": (
            "Hi Alex,\n\nExcited for your final round! You'll spend 45 minutes with our CEO, Gideon Marsh, and then 30 minutes with "
            "Yasmin Haddad, VP of Engineering, who would be your manager.\n\n"
            "Gideon will talk you through where Tidewell is headed this year and wants to hear how you'd build the first version of our "
            "carrier integrations; Yasmin will go deeper on how you'd set up the platform team.\n\n"
            "Camille\nPeople & Talent, Tidewell\n\nScheduled with Ashby" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Gideon Marsh", "gideon@tidewell.com", "CEO", "executive", False),
                (
                    "Yasmin Haddad",
                    "yasmin@tidewell.com",
                    "VP of Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Camille Duarte", "camille@tidewell.com"),
            "company": "Tidewell",
            "position": "Founding Platform Engineer",
        },
    },
    {
        "id": "f18-goodtime-google-virtual-onsite-asterisk-legend-coordinator",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Virtual Onsite - Alex Morgan - Senior QA Engineer (Banksia)",
        "start": "2031-03-20T09:00",
        "minutes": 180,
        "tz": "Australia/Brisbane",
        "organizer": P("Banksia Interviews", "interviews@banksia.io"),
        "attendees": [
            ME,
            P("Tom Whitlam", "tom.whitlam@banksia.io"),
            P("Priscilla Yeo", "pyeo@banksia.io"),
            P("Rangi Walker", "rangi.walker@banksia.io"),
            P("Jess O'Connell", "jess.oconnell@banksia.io"),
        ],
        "description": (
            "Hi Alex,\n\nHere is your virtual onsite for Thursday 20 March (all times AEST). Each session has its own Zoom link, listed below.\n\n"
            "9:00 - 9:45     Test strategy          Tom Whitlam*, QA Engineering Manager\n"
            "9:45 - 10:30    Automation pairing     Priscilla Yeo, Senior SDET\n"
            "10:45 - 11:30   Product & quality      Rangi Walker, Product Owner\n"
            "11:30 - 12:00   Values chat            Jess O'Connell, Engineering Coach\n\n"
            "* Hiring manager\n\n"
            "Zoom links\nTest strategy: https://banksia.zoom.us/j/81120045511\nAutomation pairing: https://banksia.zoom.us/j/81120045512\n"
            "Product & quality: https://banksia.zoom.us/j/81120045513\nValues chat: https://banksia.zoom.us/j/81120045514\n\n"
            "Your coordinator is Ngaire Watts - reply to this email or call 07 3555 0194 if anything comes up.\n\n"
            "Banksia Talent Team\nScheduled via GoodTime"
        ),
        "location": "Zoom (links in description)",
        "expect": {
            "interviewers": [
                (
                    "Tom Whitlam",
                    "tom.whitlam@banksia.io",
                    "QA Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Priscilla Yeo", "pyeo@banksia.io", "Senior SDET", "peer", False),
                ("Rangi Walker", "rangi.walker@banksia.io", "Product Owner", "peer", False),
                ("Jess O'Connell", "jess.oconnell@banksia.io", "Engineering Coach", "peer", False),
            ],
            "recruiter": ("Ngaire Watts", "interviews@banksia.io"),
            "company": "Banksia",
            "position": "Senior QA Engineer",
        },
    },
    {
        "id": "f18-modernloop-google-stacked-blocks-emoji-future-manager",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Alex Morgan — Virtual Onsite (Staff Data Scientist)",
        "start": "2031-03-25T09:30",
        "minutes": 180,
        "tz": "America/New_York",
        "organizer": P("Noor Abadi", "noor.abadi@junipervale.com"),
        "attendees": [
            ME,
            P("Ethan Cho", "ethan.cho@junipervale.com"),
            P("Brianna Castellanos", "brianna.castellanos@junipervale.com"),
            P("Oren Shapiro", "oren.shapiro@junipervale.com"),
            P("Kavya Subramanian", "kavya.subramanian@junipervale.com"),
        ],
        "description": (
            "Hi Alex! 👋 Your schedule for Tuesday, March 25 (Eastern Time):\n\n"
            "🕘 9:30 AM – 10:15 AM\nExperimentation & causal inference\nEthan Cho\nPrincipal Data Scientist\n\n"
            "🕥 10:15 AM – 11:00 AM\nSQL + product metrics\nBrianna Castellanos\nSenior Data Scientist\n\n"
            "☕ 11:00 AM – 11:15 AM\nBreak\n\n"
            "🕚 11:15 AM – 12:00 PM\nLeadership & collaboration\nOren Shapiro\nDirector of Data Science · your future manager\n\n"
            "🕛 12:00 PM – 12:30 PM\nQ&A with the team\nKavya Subramanian\nData Scientist\n\n"
            "Recruiter: Tyler Brennan · tyler.brennan@junipervale.com\nCoordinator: Noor Abadi\n\n"
            "Juniper & Vale · Scheduled with ModernLoop" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ethan Cho",
                    "ethan.cho@junipervale.com",
                    "Principal Data Scientist",
                    "peer",
                    False,
                ),
                (
                    "Brianna Castellanos",
                    "brianna.castellanos@junipervale.com",
                    "Senior Data Scientist",
                    "peer",
                    False,
                ),
                (
                    "Oren Shapiro",
                    "oren.shapiro@junipervale.com",
                    "Director of Data Science",
                    "decision_maker",
                    True,
                ),
                (
                    "Kavya Subramanian",
                    "kavya.subramanian@junipervale.com",
                    "Data Scientist",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Tyler Brennan", "tyler.brennan@junipervale.com"),
            "company": "Juniper & Vale",
            "position": "Staff Data Scientist",
        },
    },
    {
        "id": "f18-modernloop-google-calgary-onsite-credentials-room-recruiter-greets",
        "format": "google",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Borealis Grid | Onsite interview | Alex Morgan",
        "start": "2031-03-26T10:00",
        "minutes": 180,
        "tz": "America/Edmonton",
        "organizer": P("Borealis Grid Recruiting", "recruiting@borealisgrid.ca"),
        "attendees": [
            ME,
            P("Wade Kowalski", "wkowalski@borealisgrid.ca"),
            P("Simran Gill", "sgill@borealisgrid.ca"),
            P("Amélie Fournier", "afournier@borealisgrid.ca"),
            P(
                "CGY-Boardroom 4",
                "c_borealis_cgy_boardroom4@resource.calendar.google.com",
                room=True,
            ),
        ],
        "description": (
            "Alex, welcome to Borealis Grid! Here's your onsite for the Controls Engineer position.\n\n"
            "Location: 800 6 Ave SW, Calgary - sign in at security on level 2.\n\n"
            "10:00 AM  Wade Kowalski, Manager, Protection & Controls (hiring manager)\n"
            "10:45 AM  Simran Gill, P.Eng., Senior Controls Engineer\n"
            "11:30 AM  Amélie Fournier, Substation Engineer-in-Training\n"
            "12:15 PM  Site tour with Simran\n\n"
            "Your recruiter, Colton Harper, will meet you at security. Reach him at colton.harper@borealisgrid.ca.\n\n"
            "Borealis Grid Talent Acquisition\nSent via ModernLoop"
        ),
        "location": "Borealis Grid, 800 6 Ave SW, Calgary AB",
        "expect": {
            "interviewers": [
                (
                    "Wade Kowalski",
                    "wkowalski@borealisgrid.ca",
                    "Manager, Protection & Controls",
                    "decision_maker",
                    True,
                ),
                ("Simran Gill", "sgill@borealisgrid.ca", "Senior Controls Engineer", "peer", False),
                (
                    "Amélie Fournier",
                    "afournier@borealisgrid.ca",
                    "Substation Engineer-in-Training",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Colton Harper", "colton.harper@borealisgrid.ca"),
            "company": "Borealis Grid",
            "position": "Controls Engineer",
        },
    },
    {
        "id": "f18-gem-google-sourcer-intro-hm-drops-after-intros",
        "format": "google",
        "style": "gem",
        "difficulty": "medium",
        "title": "Intro: Alex Morgan <> Dr. Renée Okonkwo (Quarry Hill Bio)",
        "start": "2031-03-13T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Jake Feldman", "jake.feldman@quarryhillbio.com"),
        "attendees": [
            ME,
            P("Jake Feldman", "jake.feldman@quarryhillbio.com"),
            P("Renée Okonkwo", "rokonkwo@quarryhillbio.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks again for replying to my note! As promised, here's time with Renée Okonkwo, our Senior Director of "
            "Computational Biology and the hiring manager for the Bioinformatics Scientist II opening. This is an informal 30-minute "
            "conversation - no prep needed.\n\nI'll drop off after intros and follow up with you on next steps.\n\n"
            "Jake Feldman\nSenior Sourcer, Quarry Hill Bio\nSent with Gem" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Renée Okonkwo",
                    "rokonkwo@quarryhillbio.com",
                    "Senior Director of Computational Biology",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Jake Feldman", "jake.feldman@quarryhillbio.com"),
            "company": "Quarry Hill Bio",
            "position": "Bioinformatics Scientist II",
        },
    },
    {
        "id": "f18-calendly-google-recruiter-phone-screen-invitee-answers",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Recruiter Phone Screen between Hailey Ouellette and Alex Morgan",
        "start": "2031-03-10T10:00",
        "minutes": 25,
        "tz": "America/Regina",
        "organizer": P("Hailey Ouellette", "hailey.ouellette@prairiesky.ca"),
        "attendees": [ME, P("Hailey Ouellette", "hailey.ouellette@prairiesky.ca")],
        "description": (
            "Event Name: Recruiter Phone Screen - Agronomy Data Analyst\n\n"
            "Location: +1 306-555-0147 (Hailey will call you)\n\n"
            "Questions:\nWhat is the best number to reach you?\n+1 416 555 0163\n"
            "Are you legally eligible to work in Canada?\nYes\n\n"
            "Event description: A 25-minute first conversation with Hailey Ouellette, Talent Acquisition Specialist at Prairie Sky Agritech."
            + CALENDLY_CHANGES
        ),
        "expect": {
            "interviewers": [
                (
                    "Hailey Ouellette",
                    "hailey.ouellette@prairiesky.ca",
                    "Talent Acquisition Specialist",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": ("Hailey Ouellette", "hailey.ouellette@prairiesky.ca"),
            "company": "Prairie Sky Agritech",
            "position": "Agronomy Data Analyst",
        },
    },
    {
        "id": "f18-workday-google-stacked-panel-hm-line-recruiting-contact",
        "format": "google",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview: Senior Financial Analyst - Lakehead Trust",
        "start": "2031-04-01T13:00",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Jordan Beaulieu", "jordan.beaulieu@lakeheadtrust.ca"),
        "attendees": [
            ME,
            P("Nadia Hakimi", "nadia.hakimi@lakeheadtrust.ca"),
            P("Gurpreet Dhillon", "gurpreet.dhillon@lakeheadtrust.ca"),
        ],
        "description": (
            "Interview Details\nJob: Senior Financial Analyst (JR-31209)\nInterview Type: Panel\n"
            "Date/Time: Tuesday, April 1, 2031 1:00 PM - 2:00 PM EDT\n\n"
            "Interview Panel\nNadia Hakimi\nSenior Manager, FP&A\nHiring Manager\n\nGurpreet Dhillon\nFinancial Analyst\n\n"
            "Recruiting Contact\nJordan Beaulieu\nTalent Acquisition Advisor\njordan.beaulieu@lakeheadtrust.ca"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Nadia Hakimi",
                    "nadia.hakimi@lakeheadtrust.ca",
                    "Senior Manager, FP&A",
                    "decision_maker",
                    True,
                ),
                (
                    "Gurpreet Dhillon",
                    "gurpreet.dhillon@lakeheadtrust.ca",
                    "Financial Analyst",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Jordan Beaulieu", "jordan.beaulieu@lakeheadtrust.ca"),
            "company": "Lakehead Trust",
            "position": "Senior Financial Analyst",
        },
    },
    {
        "id": "f18-icims-google-cork-interview-team-your-recruiter-block",
        "format": "google",
        "style": "icims",
        "difficulty": "medium",
        "title": "Interview: Validation Engineer – Carrowmore Pharma",
        "start": "2031-04-04T14:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Niamh Costigan", "niamh.costigan@carrowmorepharma.ie"),
        "attendees": [
            ME,
            P("Eoin Fitzgerald", "eoin.fitzgerald@carrowmorepharma.ie"),
            P("Marta Kowalska", "marta.kowalska@carrowmorepharma.ie"),
        ],
        "description": (
            "Interview Information\nJob Title: Validation Engineer\nRequisition: 4471-CK\nInterview Date: Friday, 4 April 2031\n"
            "Interview Time: 14:00 - 15:00 (Irish time)\n"
            "Interview Location: Carrowmore Pharma, Ringaskiddy, Co. Cork - Reception, Building B\n\n"
            "Interview Team:\nEoin Fitzgerald - Validation Manager (Hiring Manager)\nMarta Kowalska - Senior Validation Engineer\n\n"
            "Your Recruiter:\nNiamh Costigan\nniamh.costigan@carrowmorepharma.ie | +353 21 555 0192\n\n"
            "This invitation was sent from iCIMS on behalf of Carrowmore Pharma."
        ),
        "location": "Carrowmore Pharma, Ringaskiddy, Co. Cork - Building B",
        "expect": {
            "interviewers": [
                (
                    "Eoin Fitzgerald",
                    "eoin.fitzgerald@carrowmorepharma.ie",
                    "Validation Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Marta Kowalska",
                    "marta.kowalska@carrowmorepharma.ie",
                    "Senior Validation Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Niamh Costigan", "niamh.costigan@carrowmorepharma.ie"),
            "company": "Carrowmore Pharma",
            "position": "Validation Engineer",
        },
    },
    {
        "id": "f18-smartrecruiters-google-hiring-team-role-dash-title",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Interview invitation: Production Planner – Penhallow Foods",
        "start": "2031-04-01T11:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Tamsin Rowe", "tamsin.rowe@penhallowfoods.co.uk"),
        "attendees": [
            ME,
            P("Morwenna Trelawny", "mtrelawny@penhallowfoods.co.uk"),
            P("Josh Pengelly", "jpengelly@penhallowfoods.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nYou have been invited to an interview for the position Production Planner.\n\n"
            "When: Tuesday, 1 April 2031, 11:00 - 11:45 (BST)\nWhere: Video call (Google Meet link below)\n\n"
            "Hiring team:\nMorwenna Trelawny – Hiring Manager – Planning & Supply Manager\n"
            "Josh Pengelly – Interviewer – Senior Production Planner\nTamsin Rowe – Recruiter\n\n"
            "We look forward to speaking with you!\n\nPenhallow Foods\nPowered by SmartRecruiters"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Morwenna Trelawny",
                    "mtrelawny@penhallowfoods.co.uk",
                    "Planning & Supply Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Josh Pengelly",
                    "jpengelly@penhallowfoods.co.uk",
                    "Senior Production Planner",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Tamsin Rowe", "tamsin.rowe@penhallowfoods.co.uk"),
            "company": "Penhallow Foods",
            "position": "Production Planner",
        },
    },
    {
        "id": "f18-human-google-meet-resourcing-partner-connects-hm",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex Morgan / Larkspur - introductory call",
        "start": "2031-03-13T10:00",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Bethany Okoro", "bethany.okoro@larkspurhousing.org.uk"),
        "attendees": [ME, P("Graham Whitby", "graham.whitby@larkspurhousing.org.uk")],
        "description": (
            "Hi Alex,\n\nAs promised, I'm connecting you with Graham Whitby, our Head of Information Governance and the hiring manager "
            "for the Data Protection Officer role. I won't be on the call myself, but do let me know how it goes.\n\n"
            "Speak soon,\nBethany\n\nBethany Okoro | Resourcing Partner | Larkspur Housing Trust"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Graham Whitby",
                    "graham.whitby@larkspurhousing.org.uk",
                    "Head of Information Governance",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Bethany Okoro", "bethany.okoro@larkspurhousing.org.uk"),
            "company": "Larkspur Housing Trust",
            "position": "Data Protection Officer",
        },
    },
    {
        "id": "f18-human-google-cto-catch-up-meetup-join-us",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Catch up - Alex / Ronan",
        "start": "2031-03-18T15:30",
        "minutes": 45,
        "tz": "Europe/Dublin",
        "organizer": P("Ronan Dwyer", "ronan@fernlight.io"),
        "attendees": [ME, P("Ronan Dwyer", "ronan@fernlight.io")],
        "description": (
            "Hi Alex, great to meet at the Dublin Python meetup. As mentioned, we're growing the platform team at Fernlight and I'd love "
            "to chat about whether you'd want to join us. Grab a coffee at 3fe on Grand Canal St?\n\nRonan\nCo-founder & CTO, Fernlight"
        ),
        "location": "3fe Coffee, Grand Canal St Lower, Dublin 2",
        "expect": {
            "interviewers": [
                ("Ronan Dwyer", "ronan@fernlight.io", "Co-founder & CTO", "executive", False)
            ],
            "recruiter": None,
            "company": "Fernlight",
            "position": None,
        },
    },
    {
        "id": "f18-human-google-team-mailbox-fields-interview-w-hiring-manager",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Pinecrest Labs - Interview w/ Hiring Manager",
        "start": "2031-03-19T12:00",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Pinecrest Labs Hiring", "hiring@pinecrestlabs.com"),
        "attendees": [ME, P("Malik Johnson", "malik@pinecrestlabs.com")],
        "description": (
            "Role: Senior Backend Engineer\nInterviewer: Malik Johnson, Engineering Manager\n"
            "Recruiter: Lindsay Parker - lindsay@pinecrestlabs.com\n"
            "Format: 45 min, Google Meet, mostly conversation about past projects; no live coding.\n\n"
            "Reply to this thread or email Lindsay with any questions." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Malik Johnson",
                    "malik@pinecrestlabs.com",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": ("Lindsay Parker", "lindsay@pinecrestlabs.com"),
            "company": "Pinecrest Labs",
            "position": "Senior Backend Engineer",
        },
    },
    # ======================================================================================
    # Google JSON - 5 non-interviews
    # ======================================================================================
    {
        "id": "f18-not-goodtime-google-calibration-system-design-rubric",
        "format": "google",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "Interview calibration: system design rubric (Q2)",
        "start": "2031-03-27T16:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Priyanka Chaudhry", "priyanka.chaudhry@initech.com"),
        "attendees": [
            ME_WORK,
            P("Priyanka Chaudhry", "priyanka.chaudhry@initech.com"),
            P("Wes Holloran", "wes.holloran@initech.com"),
            P("Min-jun Seo", "minjun.seo@initech.com"),
            P("Initech Interview Ops", "interview-ops@initech.com", optional=True),
        ],
        "description": (
            "Hi all - you're in the GoodTime pool for the system design interview. Before Q2 loops ramp up, let's calibrate:\n\n"
            "1. Score the two anonymised recordings in the folder before the session\n2. Compare where we landed on 'trade-offs' and 'scaling'\n"
            "3. Agree on what a 3 vs a 4 looks like\n\nNo candidates involved; this is internal prep.\n\nPriyanka\nEngineering Manager, Initech"
        ),
        "location": "Initech - 3E Huddle / Meet",
        "expect": None,
    },
    {
        "id": "f18-not-human-google-hiring-committee-packets",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Hiring Committee - Eng packets (weekly)",
        "start": "2031-03-28T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Olusegun Bright", "olusegun.bright@initech.com"),
        "attendees": [
            ME_WORK,
            P("Olusegun Bright", "olusegun.bright@initech.com"),
            P("Hedda Lund", "hedda.lund@initech.com"),
            P("Carlos Mejía", "carlos.mejia@initech.com"),
        ],
        "description": (
            "This week: three packets (two backend, one SRE). Read interview feedback and the recruiter summary in advance; "
            "hiring managers present for 5 min each, then we vote hire / no hire. Please don't discuss packets in Slack.\n\n"
            "Olusegun"
        ),
        "location": "Zoom",
        "expect": None,
    },
    {
        "id": "f18-not-lever-google-intake-user-is-hiring-manager",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Intake: Product Designer req",
        "start": "2031-03-06T14:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Shauna Delacroix", "shauna.delacroix@initech.com"),
        "attendees": [ME_WORK, P("Shauna Delacroix", "shauna.delacroix@initech.com")],
        "description": (
            "Hi Alex - kicking off your new Product Designer opening. Agenda:\n- must-haves vs nice-to-haves\n- interview plan and "
            "who sits on the loop\n- portfolio review format\n- target start date and comp band\n\n"
            "Hiring manager: Alex Morgan\nRecruiter: Shauna Delacroix\n\nI'll create the posting in Lever once we agree.\n\n"
            "Shauna Delacroix\nSenior Recruiter, Initech"
        ),
        "expect": None,
    },
    {
        "id": "f18-not-human-google-haircut-before-interview",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Haircut ✂️ (before Thursday's interview)",
        "start": "2031-03-24T18:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [],
        "description": "Booked via Fresha - ask for Luis. Trim, not too short. Pick up dry cleaning (navy suit) on the way back.",
        "location": "Kingsway Barbers, 212 Atlantic Ave",
        "expect": None,
    },
    {
        "id": "f18-not-ashby-google-office-hours-interview-feedback",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Ashby office hours: writing better interview feedback",
        "start": "2031-04-02T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Initech Recruiting Ops", "recruiting-ops@initech.com"),
        "attendees": [ME_WORK, P("Tanvir Alam", "tanvir.alam@initech.com")],
        "description": (
            "Drop-in office hours for interviewers and hiring managers at Initech. Tanvir from Recruiting Ops will show how to submit "
            "feedback in Ashby from your phone, how to use the interview plan's focus areas, and how to flag a no-show candidate.\n\n"
            "Bring your questions - no slides."
        ),
        "location": "Google Meet",
        "expect": None,
    },
    # ======================================================================================
    # Graph JSON - 15 interviews
    # ======================================================================================
    {
        "id": "f18-greenhouse-graph-dublin-interviewers-bullets-hm-abbrev",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview: Alex Morgan for Data Engineer II",
        "start": "2031-03-10T14:00",
        "minutes": 75,
        "tz": "Europe/Dublin",
        "organizer": P("Siobhán Kearney", "siobhan.kearney@ardvale.ie"),
        "attendees": [
            ME,
            P("Cian Moloney", "cian.moloney@ardvale.ie"),
            P("Aoife Brennan-Walsh", "aoife.brennanwalsh@ardvale.ie"),
            P("Tadhg O'Riordan", "tadhg.oriordan@ardvale.ie"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for making time to meet the team. Details for your technical interview are below.\n\n"
            "Interviewers:\n• Cian Moloney, Data Engineering Lead (HM)\n• Aoife Brennan-Walsh, Senior Data Engineer\n"
            "• Tadhg O'Riordan, Analytics Engineer\n\n"
            "Format: 15 min intro, 45 min SQL and pipeline design, 15 min for your questions.\n\n"
            "Siobhán Kearney\nTalent Acquisition Partner | Ardvale Analytics" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Cian Moloney",
                    "cian.moloney@ardvale.ie",
                    "Data Engineering Lead",
                    "decision_maker",
                    True,
                ),
                (
                    "Aoife Brennan-Walsh",
                    "aoife.brennanwalsh@ardvale.ie",
                    "Senior Data Engineer",
                    "peer",
                    False,
                ),
                (
                    "Tadhg O'Riordan",
                    "tadhg.oriordan@ardvale.ie",
                    "Analytics Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Siobhán Kearney", "siobhan.kearney@ardvale.ie"),
            "company": "Ardvale Analytics",
            "position": "Data Engineer II",
        },
    },
    {
        "id": "f18-lever-graph-two-sessions-interviewer-lines-hm-own-line",
        "format": "graph",
        "style": "lever",
        "difficulty": "medium",
        "title": "Interview: Alex Morgan (Site Reliability Engineer)",
        "start": "2031-03-17T13:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Tasha Greenleaf", "tasha@halvard.io"),
        "attendees": [
            ME,
            P("Ines Carvalho", "ines@halvard.io"),
            P("Bo Lindqvist", "bo@halvard.io"),
        ],
        "description": (
            "Hi Alex - confirming your two back-to-back sessions on Monday:\n\n"
            "1:00 - 1:45 PM CT · Systems design\nInterviewer: Ines Carvalho, Staff SRE\n\n"
            "1:45 - 2:30 PM CT · Hiring manager conversation\nInterviewer: Bo Lindqvist\nHiring Manager\n\n"
            "The Zoom link is the same for both. Ping me with anything!\n\n"
            "Tasha Greenleaf (she/her)\nTechnical Recruiter, Halvard Systems" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Ines Carvalho", "ines@halvard.io", "Staff SRE", "peer", False),
                ("Bo Lindqvist", "bo@halvard.io", None, "decision_maker", True),
            ],
            "recruiter": ("Tasha Greenleaf", "tasha@halvard.io"),
            "company": "Halvard Systems",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "f18-ashby-graph-updated-panelist-swapped-on-leave",
        "format": "graph",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Updated: Wattle & Finch - Senior Data Scientist - Technical Panel",
        "start": "2031-03-18T10:00",
        "minutes": 60,
        "tz": "Australia/Melbourne",
        "organizer": P("Rosie Abernethy", "rosie.abernethy@wattleandfinch.com.au"),
        "attendees": [
            ME,
            P("Kieran Doyle", "kieran.doyle@wattleandfinch.com.au"),
            P("Mei-Ling Tan", "meiling.tan@wattleandfinch.com.au"),
        ],
        "description": (
            "Hi Alex,\n\nQuick update to your technical panel on Tuesday: Hamish Grant is now on leave, so Mei-Ling Tan (Senior Data "
            "Scientist) will take his place. Time and link are unchanged.\n\n"
            "Your panel\n- Kieran Doyle - Data Science Manager (hiring manager)\n- Mei-Ling Tan - Senior Data Scientist (replacing Hamish Grant)\n\n"
            "Rosie Abernethy\nTalent Partner · Wattle & Finch" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kieran Doyle",
                    "kieran.doyle@wattleandfinch.com.au",
                    "Data Science Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Mei-Ling Tan",
                    "meiling.tan@wattleandfinch.com.au",
                    "Senior Data Scientist",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Rosie Abernethy", "rosie.abernethy@wattleandfinch.com.au"),
            "company": "Wattle & Finch",
            "position": "Senior Data Scientist",
        },
    },
    {
        "id": "f18-goodtime-graph-html-table-focus-hm-coordinator-and-recruiter",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Interview Schedule - Alex Morgan - Credit Risk Analytics Manager",
        "start": "2031-03-21T09:30",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": P("Jack Fairweather", "jack.fairweather@harrowgatebank.co.uk"),
        "attendees": [
            ME,
            P("Pennington-Hale, Charlotte", "charlotte.pennington-hale@harrowgatebank.co.uk"),
            P("Desai, Vikram", "vikram.desai@harrowgatebank.co.uk"),
            P("Quist, Eleanor", "eleanor.quist@harrowgatebank.co.uk"),
        ],
        "description": (
            "<html><body><p>Dear Alex,</p><p>Please find your interview agenda for the Credit Risk Analytics Manager position at "
            "Harrowgate Private Bank below. All sessions are on the same Teams link.</p>"
            '<table border="1"><tr><th>Time (GMT)</th><th>Interviewer</th><th>Focus</th></tr>'
            "<tr><td>09:30 - 10:15</td><td>Charlotte Pennington-Hale<br>Director, Credit Risk Analytics</td><td>Hiring manager interview</td></tr>"
            "<tr><td>10:15 - 11:00</td><td>Vikram Desai<br>Senior Quantitative Analyst, Model Validation</td><td>Technical deep dive</td></tr>"
            "<tr><td>11:00 - 11:30</td><td>Eleanor Quist<br>Associate, Risk Analytics</td><td>Day in the life</td></tr></table>"
            "<p>Your interview coordinator is Jack Fairweather (jack.fairweather@harrowgatebank.co.uk). Your recruiter, Sunita Bhatt "
            "(sunita.bhatt@harrowgatebank.co.uk), will call you afterwards.</p>"
            "<p>Kind regards,<br>Jack Fairweather<br>Interview Coordinator, Harrowgate Private Bank</p>"
            '<p>Microsoft Teams meeting<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_hpb">Click here to join the meeting</a></p>'
            "</body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Charlotte Pennington-Hale",
                    "charlotte.pennington-hale@harrowgatebank.co.uk",
                    "Director, Credit Risk Analytics",
                    "decision_maker",
                    True,
                ),
                (
                    "Vikram Desai",
                    "vikram.desai@harrowgatebank.co.uk",
                    "Senior Quantitative Analyst, Model Validation",
                    "peer",
                    False,
                ),
                (
                    "Eleanor Quist",
                    "eleanor.quist@harrowgatebank.co.uk",
                    "Associate, Risk Analytics",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Sunita Bhatt", "sunita.bhatt@harrowgatebank.co.uk"),
            "company": "Harrowgate Private Bank",
            "position": "Credit Risk Analytics Manager",
        },
    },
    {
        "id": "f18-goodtime-graph-rescheduled-galway-reporting-to-coordinator-only",
        "format": "graph",
        "style": "goodtime",
        "difficulty": "medium",
        "title": "RESCHEDULED: Quality Engineer interview - Shannonside Medical",
        "start": "2031-03-19T10:30",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Gráinne Ní Bhriain", "grainne.nibhriain@shannonsidemed.ie"),
        "attendees": [
            ME,
            P("Declan Furlong", "declan.furlong@shannonsidemed.ie"),
            P("Ruth Okafor", "ruth.okafor@shannonsidemed.ie"),
        ],
        "description": (
            "Hi Alex,\n\nAs discussed on the phone, we've moved your interview to Wednesday 19 March at 10:30 (Irish time). The panel is the same:\n\n"
            "Declan Furlong, Quality Manager - you'd be reporting to Declan\nRuth Okafor, Senior Quality Engineer\n\n"
            "It will be on site at our Galway plant: Parkmore West Business Park, Galway. Please ask for me at reception.\n\n"
            "Many thanks,\nGráinne Ní Bhriain\nHR & Recruitment Coordinator\nShannonside Medical\n\nSent via GoodTime"
        ),
        "location": "Shannonside Medical, Parkmore West Business Park, Galway",
        "expect": {
            "interviewers": [
                (
                    "Declan Furlong",
                    "declan.furlong@shannonsidemed.ie",
                    "Quality Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Ruth Okafor",
                    "ruth.okafor@shannonsidemed.ie",
                    "Senior Quality Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Gráinne Ní Bhriain", "grainne.nibhriain@shannonsidemed.ie"),
            "company": "Shannonside Medical",
            "position": "Quality Engineer",
        },
    },
    {
        "id": "f18-modernloop-graph-hyderabad-pipe-rows-surname-first",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Interview Loop – Alex Morgan – Senior Platform Engineer",
        "start": "2031-03-24T14:00",
        "minutes": 180,
        "tz": "Asia/Kolkata",
        "organizer": P("Nirmaan Recruiting Ops", "recruiting-ops@nirmaan.cloud"),
        "attendees": [
            ME,
            P("Reddy, Harsha", "harsha.reddy@nirmaan.cloud"),
            P("Nambiar, Kavitha", "kavitha.nambiar@nirmaan.cloud"),
            P("Bansal, Rohit", "rohit.bansal@nirmaan.cloud"),
            P("Sheikh, Zainab", "zainab.sheikh@nirmaan.cloud"),
        ],
        "description": (
            "Candidate schedule — Monday, 24 March 2031 (IST)\n\n"
            "14:00–14:45 | Low-level design | Harsha Reddy (Senior Software Engineer)\n"
            "14:45–15:30 | Distributed systems | Kavitha Nambiar (Principal Engineer)\n"
            "15:45–16:30 | Hiring manager round | Rohit Bansal (Engineering Manager – Platform)\n"
            "16:30–17:00 | Culture & values | Zainab Sheikh (Director, Engineering)\n\n"
            "Recruiter: Pooja Malhotra (pooja.malhotra@nirmaan.cloud)\n\n"
            "Sent via ModernLoop on behalf of Nirmaan Cloud" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Harsha Reddy",
                    "harsha.reddy@nirmaan.cloud",
                    "Senior Software Engineer",
                    "peer",
                    False,
                ),
                (
                    "Kavitha Nambiar",
                    "kavitha.nambiar@nirmaan.cloud",
                    "Principal Engineer",
                    "peer",
                    False,
                ),
                (
                    "Rohit Bansal",
                    "rohit.bansal@nirmaan.cloud",
                    "Engineering Manager – Platform",
                    "decision_maker",
                    True,
                ),
                (
                    "Zainab Sheikh",
                    "zainab.sheikh@nirmaan.cloud",
                    "Director, Engineering",
                    "decision_maker",
                    False,
                ),
            ],
            "recruiter": ("Pooja Malhotra", "pooja.malhotra@nirmaan.cloud"),
            "company": "Nirmaan Cloud",
            "position": "Senior Platform Engineer",
        },
    },
    {
        "id": "f18-gem-graph-talent-lead-hands-over-coo-role-reports-into",
        "format": "graph",
        "style": "gem",
        "difficulty": "hard",
        "title": "Intro call - Head of Growth role (Tessellate Health)",
        "start": "2031-03-14T12:00",
        "minutes": 30,
        "tz": "Australia/Sydney",
        "organizer": P("Grace Liu", "grace.liu@tessellate.health"),
        "attendees": [ME, P("Callum Bright", "callum@tessellate.health")],
        "description": (
            "Hi Alex,\n\nGreat speaking last week. As mentioned, I'd love for you to meet Callum Bright, our Co-founder & COO - the Head "
            "of Growth would report directly into him. I'll join for the first few minutes to introduce you both and then jump off.\n\n"
            "Speak soon,\nGrace Liu\nTalent Lead, Tessellate Health\n\nSent via Gem" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Callum Bright",
                    "callum@tessellate.health",
                    "Co-founder & COO",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": ("Grace Liu", "grace.liu@tessellate.health"),
            "company": "Tessellate Health",
            "position": "Head of Growth",
        },
    },
    {
        "id": "f18-calendly-graph-managing-director-role-reports-to-me",
        "format": "graph",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Alex Morgan and Lachlan Pryce",
        "start": "2031-03-12T16:30",
        "minutes": 30,
        "tz": "Australia/Melbourne",
        "organizer": P("Lachlan Pryce", "lachlan@cinderandsalt.com.au"),
        "attendees": [ME],
        "description": (
            "Event Name: 30 Minute Meeting\n\n"
            "Location: Lachlan will call you on 0421 555 362\n\n"
            "Event description: A quick call for shortlisted applicants for the Group Operations Manager role at Cinder & Salt. - "
            "Lachlan Pryce, Managing Director (the Group Operations Manager reports to me)\n\n"
            "Please share anything that will help prepare for our meeting.:\nThanks for the quick reply - I've run multi-site venues "
            "in Fitzroy and Richmond for six years." + CALENDLY_CHANGES
        ),
        "expect": {
            "interviewers": [
                (
                    "Lachlan Pryce",
                    "lachlan@cinderandsalt.com.au",
                    "Managing Director",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Cinder & Salt",
            "position": "Group Operations Manager",
        },
    },
    {
        "id": "f18-workday-graph-hospital-fields-hm-and-interviewers",
        "format": "graph",
        "style": "workday",
        "difficulty": "medium",
        "title": "Interview Scheduled: Clinical Data Analyst (R-0048812)",
        "start": "2031-03-26T09:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Workday Notifications", "cedarvalleyhealth@myworkday.com"),
        "attendees": [
            ME,
            P("Lorraine Petrakis", "lpetrakis@cedarvalleyhealth.org"),
            P("Darius Mensah", "dmensah@cedarvalleyhealth.org"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R-0048812 Clinical Data Analyst\nInterview Type: Panel - Video\n"
            "Hiring Manager: Lorraine Petrakis\nInterviewers:\nLorraine Petrakis - Manager, Clinical Analytics\n"
            "Darius Mensah - Senior Data Analyst\nRecruiter: Whitney Gallagher (wgallagher@cedarvalleyhealth.org)\n"
            "Location: Microsoft Teams\n\nInstructions: Please join 5 minutes early and have your photo ID available.\n\n"
            "Cedar Valley Health Talent Acquisition" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Lorraine Petrakis",
                    "lpetrakis@cedarvalleyhealth.org",
                    "Manager, Clinical Analytics",
                    "decision_maker",
                    True,
                ),
                (
                    "Darius Mensah",
                    "dmensah@cedarvalleyhealth.org",
                    "Senior Data Analyst",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Whitney Gallagher", "wgallagher@cedarvalleyhealth.org"),
            "company": "Cedar Valley Health",
            "position": "Clinical Data Analyst",
        },
    },
    {
        "id": "f18-workday-graph-rescheduled-bendigo-hm-before-title-mailbox",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Rescheduled: Asset Planning Engineer",
        "start": "2031-03-31T11:00",
        "minutes": 60,
        "tz": "Australia/Melbourne",
        "organizer": P("Careers - Murray Basin Water", "careers@murraybasinwater.com.au"),
        "attendees": [
            ME,
            P("Deborah Lim", "dlim@murraybasinwater.com.au"),
            P("Hemi Parata", "hparata@murraybasinwater.com.au"),
        ],
        "description": (
            "Hi Alex,\n\nYour interview for the Asset Planning Engineer position has been rescheduled.\n\n"
            "New date and time: Monday 31 March 2031, 11:00 AM - 12:00 PM (AEDT)\nPrevious: Friday 28 March 2031, 2:00 PM\n\n"
            "Interview panel:\nDeborah Lim (Hiring Manager) - Principal Asset Planner\nHemi Parata - Asset Engineer\n\n"
            "Location: Level 3, 45 Pall Mall, Bendigo VIC\n\n"
            "Please bring your driver licence and engineering degree certificate.\n\n"
            "Recruitment contact: careers@murraybasinwater.com.au\n\nMurray Basin Water People & Culture"
        ),
        "location": "Level 3, 45 Pall Mall, Bendigo VIC",
        "expect": {
            "interviewers": [
                (
                    "Deborah Lim",
                    "dlim@murraybasinwater.com.au",
                    "Principal Asset Planner",
                    "decision_maker",
                    True,
                ),
                ("Hemi Parata", "hparata@murraybasinwater.com.au", "Asset Engineer", "peer", False),
            ],
            "recruiter": (None, "careers@murraybasinwater.com.au"),
            "company": "Murray Basin Water",
            "position": "Asset Planning Engineer",
        },
    },
    {
        "id": "f18-icims-graph-india-it-services-interviewers-semicolon-mailbox-signed",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Invitation: Technical Interview – Lead QA Automation – Anvaya Technologies",
        "start": "2031-03-26T15:00",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P("Anvaya Talent Acquisition", "careers@anvayatech.com"),
        "attendees": [
            ME,
            P("Venkatesh R", "venkatesh.r@anvayatech.com"),
            P("Shalini Chauhan", "shalini.chauhan@anvayatech.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for applying for the Lead QA Automation position (Job ID: ANV-11873).\n\n"
            "We are pleased to schedule your Technical Interview (L1) as per the details below:\n\n"
            "Interview Mode: Microsoft Teams\nDate: 26-Mar-2031\nTime: 15:00 to 16:00 IST\n"
            "Interviewer(s): Venkatesh R (Head – Quality Engineering); Shalini Chauhan (Senior Test Architect)\n\n"
            "Kindly confirm your availability by replying to this email.\n\n"
            "Warm regards,\nRitika Saxena\nTalent Acquisition – Anvaya Technologies\nPh: +91 98450 55012\n\nPowered by iCIMS"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Venkatesh R",
                    "venkatesh.r@anvayatech.com",
                    "Head – Quality Engineering",
                    "decision_maker",
                    False,
                ),
                (
                    "Shalini Chauhan",
                    "shalini.chauhan@anvayatech.com",
                    "Senior Test Architect",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Ritika Saxena", "careers@anvayatech.com"),
            "company": "Anvaya Technologies",
            "position": "Lead QA Automation",
        },
    },
    {
        "id": "f18-smartrecruiters-graph-ottawa-panelists-slash-recruiter-on-panel",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Interview: UX Researcher | Rideau Digital",
        "start": "2031-03-27T13:30",
        "minutes": 60,
        "tz": "America/Toronto",
        "organizer": P("Chloé Bergeron", "chloe.bergeron@rideaudigital.ca"),
        "attendees": [
            ME,
            P("Marc-André Lapointe", "malapointe@rideaudigital.ca"),
            P("Fatima Noorani", "fnoorani@rideaudigital.ca"),
            P("Chloé Bergeron", "chloe.bergeron@rideaudigital.ca"),
        ],
        "description": (
            "Bonjour Alex,\n\nThanks for confirming! Here are the details for your interview with our Design team.\n\n"
            "Panelists:\nMarc-André Lapointe / Head of Design\nFatima Noorani / Senior UX Researcher\nChloé Bergeron / Talent Acquisition Partner\n\n"
            "Chloé will also ask a few questions about your background and logistics.\n\nHiring manager: Marc-André Lapointe\n\n"
            "Chloé Bergeron\nTalent Acquisition Partner, Rideau Digital\nSent via SmartRecruiters"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Marc-André Lapointe",
                    "malapointe@rideaudigital.ca",
                    "Head of Design",
                    "decision_maker",
                    True,
                ),
                (
                    "Fatima Noorani",
                    "fnoorani@rideaudigital.ca",
                    "Senior UX Researcher",
                    "peer",
                    False,
                ),
                (
                    "Chloé Bergeron",
                    "chloe.bergeron@rideaudigital.ca",
                    "Talent Acquisition Partner",
                    "recruiter",
                    False,
                ),
            ],
            "recruiter": ("Chloé Bergeron", "chloe.bergeron@rideaudigital.ca"),
            "company": "Rideau Digital",
            "position": "UX Researcher",
        },
    },
    {
        "id": "f18-human-graph-hm-own-teams-role-in-my-team-mumbai",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Discussion – Product Analyst role",
        "start": "2031-03-11T17:00",
        "minutes": 45,
        "tz": "Asia/Kolkata",
        "organizer": P("Aditya Deshmukh", "aditya.deshmukh@kesaripay.com"),
        "attendees": [ME, P("Ishita Banerjee", "ishita.banerjee@kesaripay.com")],
        "description": (
            "Hi Alex,\n\nThanks for your interest in the Product Analyst role in my team. Let's have a 45-minute discussion on your "
            "experience with payments data and experimentation. I have also added Ishita Banerjee, Senior Product Analyst, who you would "
            "be working with closely.\n\nRegards,\nAditya Deshmukh\nSenior Manager – Product Analytics\nKesari Payments | Mumbai"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Aditya Deshmukh",
                    "aditya.deshmukh@kesaripay.com",
                    "Senior Manager – Product Analytics",
                    "decision_maker",
                    True,
                ),
                (
                    "Ishita Banerjee",
                    "ishita.banerjee@kesaripay.com",
                    "Senior Product Analyst",
                    "peer",
                    False,
                ),
            ],
            "recruiter": None,
            "company": "Kesari Payments",
            "position": "Product Analyst",
        },
    },
    {
        "id": "f18-human-graph-teams-panelists-recruiter-opens-hands-over",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Panel Interview – Alex Morgan – Claims Transformation Lead",
        "start": "2031-03-28T10:00",
        "minutes": 60,
        "tz": "America/Vancouver",
        "organizer": P("Harpreet Sidhu", "harpreet.sidhu@granvillemutual.ca"),
        "attendees": [
            ME,
            P("Dana Kowalchuk", "dana.kowalchuk@granvillemutual.ca"),
            P("Ibrahim Yusuf", "iyusuf@granvillemutual.ca"),
            P("Stephanie Chow", "stephanie.chow@granvillemutual.ca"),
        ],
        "description": (
            "Hi Alex,\n\nPlease find the Teams invitation for your panel interview below.\n\n"
            "Panelists:\nDana Kowalchuk, Senior Manager, Claims Operations\nIbrahim Yusuf, Director, Enterprise Transformation – hiring manager\n"
            "Stephanie Chow, Senior Business Architect\n\n"
            "I'll open the meeting and make introductions, then hand over to the panel. Please plan for a short case discussion on "
            "moving a paper-heavy claims process online.\n\n"
            "Thanks,\nHarpreet Sidhu\nSenior Talent Acquisition Consultant\nGranville Mutual"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Dana Kowalchuk",
                    "dana.kowalchuk@granvillemutual.ca",
                    "Senior Manager, Claims Operations",
                    "decision_maker",
                    False,
                ),
                (
                    "Ibrahim Yusuf",
                    "iyusuf@granvillemutual.ca",
                    "Director, Enterprise Transformation",
                    "decision_maker",
                    True,
                ),
                (
                    "Stephanie Chow",
                    "stephanie.chow@granvillemutual.ca",
                    "Senior Business Architect",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Harpreet Sidhu", "harpreet.sidhu@granvillemutual.ca"),
            "company": "Granville Mutual",
            "position": "Claims Transformation Lead",
        },
    },
    {
        "id": "f18-human-graph-ex-colleague-pint-into-my-team",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Catch-up 🍻",
        "start": "2031-03-20T18:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Nwachukwu, Chidi", "chidi.nwachukwu@brackenridge.co.uk"),
        "attendees": [ME],
        "description": (
            "Alex! Been too long. We're hiring a Lead Infrastructure Engineer into my team at Brackenridge and I immediately thought of "
            "you. Fancy a pint after work on Thursday so I can tell you about it and hear whether you'd be up for it? First round's on me.\n\n"
            "Chidi\nHead of Platform Engineering | Brackenridge"
        ),
        "location": "The Lamb & Flag, 33 Rose St, Covent Garden",
        "expect": {
            "interviewers": [
                (
                    "Chidi Nwachukwu",
                    "chidi.nwachukwu@brackenridge.co.uk",
                    "Head of Platform Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Brackenridge",
            "position": "Lead Infrastructure Engineer",
        },
    },
    # ======================================================================================
    # Graph JSON - 5 non-interviews
    # ======================================================================================
    {
        "id": "f18-not-greenhouse-graph-debrief-user-is-hiring-manager",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Debrief: Tomás Herrera - Senior Data Analyst",
        "start": "2031-03-13T16:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Wendy Pak", "wendy.pak@initech.com"),
        "attendees": [
            ME_WORK,
            P("Ben Ostrowski", "ben.ostrowski@initech.com"),
            P("Carla Vianna", "carla.vianna@initech.com"),
        ],
        "description": (
            "Hi team - debrief for Tomás Herrera's onsite for Senior Data Analyst.\n\n"
            "Hiring manager: Alex Morgan\nInterviewers: Alex Morgan, Ben Ostrowski, Carla Vianna\n\n"
            "Please submit your scorecards in Greenhouse before we meet so nobody anchors on the first opinion in the room.\n\n"
            "Wendy Pak\nRecruiter, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f18-not-modernloop-graph-loop-sync-staff-engineer-search",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Loop sync - Staff Engineer search",
        "start": "2031-03-09T11:00",
        "minutes": 25,
        "tz": "America/New_York",
        "organizer": P("Reggie Tan", "reggie.tan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Astrid Vogel", "astrid.vogel@initech.com"),
            P("Initech Interview Scheduling", "interview-scheduling@initech.com"),
        ],
        "description": (
            "Quick sync before next week's onsites: who covers which module, backup interviewers if someone is out, and whether we "
            "move the bar-raiser to the last slot. ModernLoop will auto-assign from the pool once we confirm.\n\nReggie\nRecruiting Coordinator"
        ),
        "expect": None,
    },
    {
        "id": "f18-not-human-graph-alumni-interview-user-conducts",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Alumni interview - applicant Jun Park (Class of 2035)",
        "start": "2031-03-15T10:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [P("Jun Park", "junpark.applies@gmail.com")],
        "description": (
            "Hi Jun,\n\nI'm an alumni volunteer for the Admissions Office and will be your interviewer. This is a relaxed conversation "
            "about your interests - nothing to prepare. See you at the café!\n\nAlex Morgan"
        ),
        "location": "Cafe Lumiere, 18 Chapel St",
        "expect": None,
    },
    {
        "id": "f18-not-human-graph-interviewing-wedding-photographer",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview wedding photographer - Lumen & Lace",
        "start": "2031-03-16T19:30",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [
            P("Sam Rivera", "sam.rivera.home@gmail.com"),
            P("Lumen & Lace Photography", "hello@lumenandlace.com"),
        ],
        "description": (
            "Second photographer we're interviewing (after Golden Hour Studio). Ask about: second shooter, raw files, travel fee to the "
            "vineyard, turnaround for the album. Budget cap $4,200."
        ),
        "location": "Zoom",
        "expect": None,
    },
    {
        "id": "f18-not-calendly-graph-reference-call-user-is-referee",
        "format": "graph",
        "style": "calendly",
        "difficulty": "hard",
        "title": "Reference check: Jordan Fielding - Alex Morgan",
        "start": "2031-03-19T12:30",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Melanie Osei", "melanie.osei@veridianoutdoors.com"),
        "attendees": [ME],
        "description": (
            "Event Name: Reference Check (20 min)\n\n"
            "Event description: Jordan Fielding is in the final stage of interviewing with Veridian Outdoors for our Engineering Manager "
            "role and listed you as a reference. I'll ask about your time working together at Initech - scope, strengths, and how Jordan "
            "handles conflict.\n\nMelanie Osei, Senior Recruiter, Veridian Outdoors"
            + CALENDLY_CHANGES
        ),
        "location": "Melanie will call you",
        "expect": None,
    },
]
