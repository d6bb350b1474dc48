"""Corpus, part A: invites as recruiting tools write them (Greenhouse, Lever, Ashby, GoodTime,
ModernLoop, Gem, Calendly, Workday, iCIMS, SmartRecruiters). Layouts follow each tool's template
variables and help-centre descriptions (shared/research/calendar-schedule-formats.md); the
company admins' wording varies, so each case is written the way one company might set it up.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any


def P(cn: str | None, email: str, **kw: Any) -> dict[str, Any]:
    return {"cn": cn, "email": email, **kw}


ME = P("Alex Morgan", "alex.morgan@gmail.com")
MEET = (
    "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:"
    "~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/qpr-vwxs-tuo\nOr dial: (US) "
    "+1 502-555-0199 PIN: 771 204 118#\nMore phone numbers: https://tel.meet/qpr-vwxs-tuo?pin="
    "771204118\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
    "\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:"
    "~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
ZOOM = (
    "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/84512345678?pwd=bXlQa2ZzT1Z\n\n"
    "Meeting ID: 845 1234 5678\nPasscode: 419220\n\n---\n\nOne tap mobile\n"
    "+16469313860,,84512345678#,,,,*419220# US\n\nDial by your location\n"
    "• +1 646 931 3860 US\n• +1 305 224 1968 US\n\nFind your local number: "
    "https://us02web.zoom.us/u/kbHq1Yx"
)
TEAMS = (
    "\n\n________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_x>\n"
    "Meeting ID: 281 447 309 552\nPasscode: 8sKq2P\nDownload Teams<https://www.microsoft.com/"
    "microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/"
    "join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://"
    "teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________"
)

CASES: list[dict[str, Any]] = [
    # --- Greenhouse: the coordinator's confirmation email becomes the description -----------
    {
        "id": "gh-onsite-itinerary",
        "format": "ics",
        "style": "greenhouse",
        "title": "Interview Confirmation: Senior Software Engineer, Payments at Brightwave",
        "start": "2027-01-12T10:00",
        "minutes": 180,
        "organizer": P("Hannah Cole", "hannah.cole@brightwave.io"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nThanks for making time to interview with Brightwave for the Senior "
            "Software Engineer, Payments position! Below is your schedule for Tuesday, January "
            "12.\n\n10:00 AM - 10:45 AM EST  Technical Deep Dive  Omar Farouk, Staff Engineer\n"
            "10:45 AM - 11:30 AM EST  System Design  Beatriz Lima, Senior Software Engineer\n"
            "11:30 AM - 12:15 PM EST  Hiring Manager Interview  Colin Mburu, Engineering Manager"
            "\n12:15 PM - 1:00 PM EST  Values  Renata Vogel, VP of Engineering\n\nPlease join "
            "using the Zoom link below. If anything comes up, reply to this email.\n\nBest,\n"
            "Hannah Cole\nRecruiting Coordinator | Brightwave" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Omar Farouk", None, "Staff Engineer", "peer"),
                ("Beatriz Lima", None, "Senior Software Engineer", "peer"),
                ("Colin Mburu", None, "Engineering Manager", "decision_maker"),
                ("Renata Vogel", None, "VP of Engineering", "executive"),
            ],
            "recruiter": ("Hannah Cole", "hannah.cole@brightwave.io"),
            "company": "Brightwave",
            "position": "Senior Software Engineer, Payments",
        },
    },
    {
        "id": "gh-phone-screen-hm",
        "format": "google",
        "style": "greenhouse",
        "title": "Alex Morgan - Phone Interview - Product Designer (Req #D-1142)",
        "start": "2027-01-13T14:00",
        "minutes": 45,
        "organizer": P("Talent at Loomly", "talent@loomly.com"),
        "attendees": [ME, P("Ingrid Solberg", "ingrid.solberg@loomly.com")],
        "description": (
            "Hi Alex,<br><br>You're all set for your phone interview with Ingrid Solberg, "
            "Design Manager and the hiring manager for this role.<br><br>Ingrid will reach you "
            "on Google Meet. Your recruiter is Tomás Rivera (tomas.rivera@loomly.com); reach "
            "out to him with any questions.<br><br>Cheers,<br>The Loomly Talent Team" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ingrid Solberg",
                    "ingrid.solberg@loomly.com",
                    "Design Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Tomás Rivera", "tomas.rivera@loomly.com"),
            "company": "Loomly",
            "position": "Product Designer",
        },
    },
    {
        "id": "gh-panel-list-attendees",
        "format": "google",
        "style": "greenhouse",
        "title": "Panel Interview - Senior Product Designer - Harbor Labs",
        "start": "2027-01-14T13:00",
        "minutes": 60,
        "organizer": P("Priya Desai", "priya.desai@harborlabs.com"),
        "attendees": [
            ME,
            P("Priya Desai", "priya.desai@harborlabs.com"),
            P(None, "mwebb@harborlabs.com"),
            P(None, "sofia.k@harborlabs.com"),
            P(None, "jn@harborlabs.com"),
        ],
        "description": (
            "Hi Alex,\n\nLooking forward to your panel interview. Here is who you'll meet:\n\n"
            "Panelists: Marcus Webb, Design Manager / Sofia Kowalski, Senior Product Designer / "
            "Jun Nakamura, Product Manager\n\nThe session starts with a 20-minute portfolio "
            "walkthrough followed by Q&A.\n\nPriya Desai\nRecruiter, Harbor Labs" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Marcus Webb", "mwebb@harborlabs.com", "Design Manager", "decision_maker"),
                ("Sofia Kowalski", "sofia.k@harborlabs.com", "Senior Product Designer", "peer"),
                ("Jun Nakamura", "jn@harborlabs.com", "Product Manager", "peer"),
            ],
            "recruiter": ("Priya Desai", "priya.desai@harborlabs.com"),
            "company": "Harbor Labs",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "gh-with-dash-address",
        "format": "ics",
        "style": "greenhouse",
        "title": "Interview with Quantica for Staff Data Engineer",
        "start": "2027-01-18T09:00",
        "minutes": 135,
        "organizer": P("Quantica Recruiting", "recruiting@quantica.ai"),
        "attendees": [ME],
        "description": (
            "Hello Alex,\n\nWe're excited to have you interview for the Staff Data Engineer "
            "position. Your schedule:\n\n9:00 – 9:45: Data modeling with Elif Demir (Principal "
            "Data Engineer) - elif.demir@quantica.ai\n9:45 – 10:30: Pipelines & reliability with "
            "Kwame Asante (Senior Data Engineer) - kwame.asante@quantica.ai\n10:30 – 11:15: "
            "Conversation with Nadia Petrova (Director of Data Platform)\n\nRecruiter: Liam "
            "O'Connell - liam.oconnell@quantica.ai\n\nSee you soon!"
        ),
        "expect": {
            "interviewers": [
                ("Elif Demir", "elif.demir@quantica.ai", "Principal Data Engineer", "peer"),
                ("Kwame Asante", "kwame.asante@quantica.ai", "Senior Data Engineer", "peer"),
                ("Nadia Petrova", None, "Director of Data Platform", "decision_maker"),
            ],
            "recruiter": ("Liam O'Connell", "liam.oconnell@quantica.ai"),
            "company": "Quantica",
            "position": "Staff Data Engineer",
        },
    },
    {
        "id": "gh-on-behalf-of",
        "format": "ics",
        "style": "greenhouse",
        "title": "Interview: Clinical Data Analyst",
        "start": "2027-01-19T11:00",
        "minutes": 60,
        "organizer": P("Greenhouse Scheduler", "no-reply@us.greenhouse-mail.io"),
        "attendees": [ME, P("Kate Brennan", "kate@northwindhealth.org")],
        "description": (
            "This invitation is sent on behalf of Northwind Health.\n\nHi Alex,\n\nYour "
            "interview for the Clinical Data Analyst role is confirmed. You'll be speaking with "
            "Katherine Brennan, Analytics Manager.\n\nQuestions? Your recruiting coordinator is "
            "Owen Price (owen.price@northwindhealth.org).\n\nNorthwind Health Talent Acquisition"
        ),
        "expect": {
            "interviewers": [
                (
                    "Katherine Brennan",
                    "kate@northwindhealth.org",
                    "Analytics Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Owen Price", "owen.price@northwindhealth.org"),
            "company": "Northwind Health",
            "position": "Clinical Data Analyst",
        },
    },
    {
        "id": "gh-block-no-emails",
        "format": "graph",
        "style": "greenhouse",
        "title": "Virtual Onsite - Backend Engineer (Platform) - Tessellate",
        "start": "2027-01-20T12:00",
        "minutes": 150,
        "organizer": P("Morgan Ellis", "morgan.ellis@tessellate.dev"),
        "attendees": [ME, P("Morgan Ellis", "morgan.ellis@tessellate.dev")],
        "description": (
            "Hi Alex,\n\nHere's the lineup for your virtual onsite:\n\n12:00 PM – 12:45 PM | "
            "Coding | Dmitri Volkov, Software Engineer II\n12:45 PM – 1:30 PM | Architecture | "
            "Aisha Bello, Staff Software Engineer\n1:30 PM – 2:30 PM | Hiring manager | Greg "
            "Lindqvist, Engineering Manager, Platform\n\nI'm your recruiter for this process, so "
            "ping me anytime.\n\nMorgan Ellis\nTechnical Recruiter" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Dmitri Volkov", None, "Software Engineer II", "peer"),
                ("Aisha Bello", None, "Staff Software Engineer", "peer"),
                ("Greg Lindqvist", None, "Engineering Manager, Platform", "decision_maker"),
            ],
            "recruiter": ("Morgan Ellis", "morgan.ellis@tessellate.dev"),
            "company": "Tessellate",
            "position": "Backend Engineer (Platform)",
        },
    },
    # --- Lever ---------------------------------------------------------------------------
    {
        "id": "lever-recruiter-screen",
        "format": "google",
        "style": "lever",
        "title": "Alex Morgan <> Fernhill: Recruiter Screen",
        "start": "2027-01-11T15:30",
        "minutes": 30,
        "organizer": P("Dana Whitaker", "dana@fernhill.co"),
        "attendees": [ME, P("Dana Whitaker", "dana@fernhill.co")],
        "description": (
            "Hi Alex - looking forward to chatting about the Senior Frontend Engineer role at "
            "Fernhill. This first call is a casual conversation about your background and what "
            "you're looking for.\n\nDana Whitaker | Senior Technical Recruiter | Fernhill" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Dana Whitaker", "dana@fernhill.co", "Senior Technical Recruiter", "recruiter"),
            ],
            "recruiter": ("Dana Whitaker", "dana@fernhill.co"),
            "company": "Fernhill",
            "position": "Senior Frontend Engineer",
        },
    },
    {
        "id": "lever-hm-in-description",
        "format": "ics",
        "style": "lever",
        "title": "Interview with Marcus | Glassline",
        "start": "2027-01-21T16:00",
        "minutes": 45,
        "organizer": P("Rachel Kim", "rachel.kim@glassline.com"),
        "attendees": [
            ME,
            P("Marcus Obi", "marcus.obi@glassline.com"),
            P("Rachel Kim", "rachel.kim@glassline.com"),
        ],
        "description": (
            "Hi Alex,\n\nI'm connecting you with Marcus, the hiring manager for the Solutions "
            "Architect role. Marcus leads our Solutions team and will walk through a customer "
            "scenario with you.\n\nBest,\nRachel\nRecruiting, Glassline" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Marcus Obi",
                    "marcus.obi@glassline.com",
                    None,  # the mark, not a title
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Rachel Kim", "rachel.kim@glassline.com"),
            "company": "Glassline",
            "position": "Solutions Architect",
        },
    },
    {
        "id": "lever-you-will-meet",
        "format": "graph",
        "style": "lever",
        "title": "Onsite Interview: Alex Morgan for Account Executive, Mid-Market",
        "start": "2027-01-22T10:00",
        "minutes": 120,
        "organizer": P("Jess Moreau", "jess.moreau@pallet.com"),
        "attendees": [
            ME,
            P("Ben Carter", "ben.carter@pallet.com"),
            P("Lucia Fernandez", "lucia.fernandez@pallet.com"),
            P("Conference Room - Maple (8)", "conf-maple@pallet.com", room=True),
        ],
        "location": "Pallet HQ, 88 Pine St, New York",
        "description": (
            "Hi Alex,\n\nYou'll be meeting with Ben Carter (Sales Director, Mid-Market) and "
            "Lucia Fernandez (Senior Account Executive). Please check in with reception on the "
            "3rd floor.\n\nJess Moreau\nRecruiter | Pallet"
        ),
        "expect": {
            "interviewers": [
                (
                    "Ben Carter",
                    "ben.carter@pallet.com",
                    "Sales Director, Mid-Market",
                    "decision_maker",
                ),
                (
                    "Lucia Fernandez",
                    "lucia.fernandez@pallet.com",
                    "Senior Account Executive",
                    "peer",
                ),
            ],
            "recruiter": ("Jess Moreau", "jess.moreau@pallet.com"),
            "company": "Pallet",
            "position": "Account Executive, Mid-Market",
        },
    },
    {
        "id": "lever-coordinator-shared",
        "format": "ics",
        "style": "lever",
        "title": "Technical Interview - Site Reliability Engineer",
        "start": "2027-01-25T13:00",
        "minutes": 60,
        "organizer": P("Corvid Recruiting", "recruiting@corvid.io"),
        "attendees": [ME, P("Yusuf Karim", "y.karim@corvid.io")],
        "description": (
            "Hi Alex,\n\nThanks for your time so far! Your next step is a technical interview "
            "with Yusuf Karim, Senior SRE.\n\nCoordinator: Ella Novak (interviews@corvid.io)\n\n"
            "Corvid | Reliable infrastructure for everyone"
        ),
        "expect": {
            "interviewers": [("Yusuf Karim", "y.karim@corvid.io", "Senior SRE", "peer")],
            "recruiter": ("Ella Novak", "interviews@corvid.io"),
            "company": "Corvid",
            "position": "Site Reliability Engineer",
        },
    },
    # --- Ashby ---------------------------------------------------------------------------
    {
        "id": "ashby-schedule-table",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Interview Scheduling//EN",
        "title": "Alex Morgan - Final Round - Lumen Robotics",
        "start": "2027-01-26T11:00",
        "minutes": 135,
        "organizer": P("Lumen Robotics", "no-reply@ashbyhq.com"),
        "attendees": [ME],
        "description": (
            "Your interview schedule\n\nPosition: Robotics Software Engineer (R-20433)\n\n"
            "11:00 AM – 11:45 AM EST\nControls deep dive\nInterviewer: Hiro Tanaka (Senior "
            "Robotics Engineer)\n\n11:45 AM – 12:30 PM EST\nSystem design\nInterviewer: Amara "
            "Okafor (Staff Software Engineer)\n\n12:30 PM – 1:15 PM EST\nMeet the CTO\n"
            "Interviewer: Felix Brandt (CTO & Co-founder)\n\nRecruiter: Nora Lindgren "
            "(nora@lumenrobotics.com)\n\nPowered by Ashby"
        ),
        "expect": {
            "interviewers": [
                ("Hiro Tanaka", None, "Senior Robotics Engineer", "peer"),
                ("Amara Okafor", None, "Staff Software Engineer", "peer"),
                ("Felix Brandt", None, "CTO & Co-founder", "executive"),
            ],
            "recruiter": ("Nora Lindgren", "nora@lumenrobotics.com"),
            "company": "Lumen Robotics",
            "position": "Robotics Software Engineer",
        },
    },
    {
        "id": "ashby-attendees-names-by-local",
        "format": "google",
        "style": "ashby",
        "title": "Technical Screen: Alex Morgan / Sable",
        "start": "2027-01-27T10:30",
        "minutes": 60,
        "organizer": P("Sable Hiring", "hiring@sable.so"),
        "attendees": [ME, P(None, "j.smith@sable.so"), P(None, "pgupta@sable.so")],
        "description": (
            "Hi Alex,\n\nHere's the plan for your technical screen for Full-Stack Engineer:\n\n"
            "Interviewers:\n- Jane Smith, Senior Software Engineer\n- Pooja Gupta, Software "
            "Engineer (shadow)\n\nRecruiter: Theo Marsh - theo@sable.so\n\nSent via Ashby"
        ),
        "expect": {
            "interviewers": [
                ("Jane Smith", "j.smith@sable.so", "Senior Software Engineer", "peer"),
                ("Pooja Gupta", "pgupta@sable.so", "Software Engineer", "peer"),
            ],
            "recruiter": ("Theo Marsh", "theo@sable.so"),
            "company": "Sable",
            "position": "Full-Stack Engineer",
        },
    },
    {
        "id": "ashby-hm-label-line",
        "format": "graph",
        "style": "ashby",
        "title": "Hiring Manager Interview - Head of Growth - Kitebird",
        "start": "2027-02-02T15:00",
        "minutes": 45,
        "organizer": P("Ines Duarte", "ines@kitebird.com"),
        "attendees": [ME, P("Leo Hart", "leo@kitebird.com")],
        "description": (
            "Hi Alex!\n\nHiring Manager: Leo Hart, Chief Marketing Officer\nFormat: 45 minute "
            "video call\n\nLeo will dig into the growth experiments you've run.\n\nThanks,\n"
            "Ines Duarte\nTalent Partner, Kitebird" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Leo Hart", "leo@kitebird.com", "Chief Marketing Officer", "decision_maker", True),
            ],
            "recruiter": ("Ines Duarte", "ines@kitebird.com"),
            "company": "Kitebird",
            "position": "Head of Growth",
        },
    },
    # --- GoodTime ------------------------------------------------------------------------
    {
        "id": "goodtime-names-titles",
        "format": "google",
        "style": "goodtime",
        "title": "Onsite Interview: Alex Morgan - Staff Product Manager",
        "start": "2027-02-03T09:30",
        "minutes": 180,
        "organizer": P("Verdant Candidate Calendar", "candidate-calendar@verdant.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,<br><br>Here is your itinerary for your interview with Verdant.<br><br>"
            "<b>Wednesday, February 3, 2027</b><br>9:30 AM - 10:15 AM&nbsp;&nbsp;Product sense"
            "&nbsp;&nbsp;Claire Dubois, Group Product Manager<br>10:15 AM - 11:00 AM&nbsp;&nbsp;"
            "Execution&nbsp;&nbsp;Raj Malhotra, Senior Product Manager<br>11:00 AM - 11:45 AM"
            "&nbsp;&nbsp;Engineering partnership&nbsp;&nbsp;Tess Nguyen, Engineering Director"
            "<br>11:45 AM - 12:30 PM&nbsp;&nbsp;Leadership&nbsp;&nbsp;Martin Alvarez, SVP "
            "Product<br><br>All times are Eastern Time.<br>Your recruiting coordinator: Gwen "
            "Adler (gwen.adler@verdant.com)<br><br>Powered by GoodTime" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Claire Dubois", None, "Group Product Manager", "decision_maker"),
                ("Raj Malhotra", None, "Senior Product Manager", "peer"),
                ("Tess Nguyen", None, "Engineering Director", "decision_maker"),
                ("Martin Alvarez", None, "SVP Product", "executive"),
            ],
            "recruiter": ("Gwen Adler", "gwen.adler@verdant.com"),
            "company": "Verdant",
            "position": "Staff Product Manager",
        },
    },
    {
        "id": "goodtime-first-last-initial",
        "format": "ics",
        "style": "goodtime",
        "title": "Interview with Osprey Analytics",
        "start": "2027-02-04T13:00",
        "minutes": 90,
        "organizer": P(
            "Osprey Analytics Candidate Calendar", "candidatecalendar@ospreyanalytics.com"
        ),
        "attendees": [
            ME,
            P("Lena Fischer", "lena.fischer@ospreyanalytics.com"),
            P("Arjun Rao", "arjun.rao@ospreyanalytics.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour interviews for Data Scientist, Forecasting:\n\n1:00 PM - 1:45 PM  "
            "Statistics  Lena F.\n1:45 PM - 2:30 PM  Case study  Arjun R.\n\nIf you need to "
            "reschedule, contact Sam Ortiz, Recruiting Coordinator, at "
            "sam.ortiz@ospreyanalytics.com.\n\nPowered by GoodTime"
        ),
        "expect": {
            "interviewers": [
                ("Lena Fischer", "lena.fischer@ospreyanalytics.com", None, "unknown"),
                ("Arjun Rao", "arjun.rao@ospreyanalytics.com", None, "unknown"),
            ],
            "recruiter": ("Sam Ortiz", "sam.ortiz@ospreyanalytics.com"),
            "company": "Osprey Analytics",
            "position": "Data Scientist, Forecasting",
        },
    },
    {
        "id": "goodtime-emails-variable",
        "format": "graph",
        "style": "goodtime",
        "title": "Interview: Security Engineer | Halcyon",
        "start": "2027-02-05T14:00",
        "minutes": 90,
        "organizer": P("Tara Quinn", "tara.quinn@halcyon.security"),
        "attendees": [ME, P("Tara Quinn", "tara.quinn@halcyon.security")],
        "description": (
            "Hello Alex,\n\nBelow is your interview itinerary.\n\n2:00 PM - 2:45 PM  Threat "
            "modeling  Victor Hale, Principal Security Engineer  victor.hale@halcyon.security\n"
            "2:45 PM - 3:30 PM  Incident response  Mei Lin, Security Engineering Manager  "
            "mei.lin@halcyon.security\n\nTara Quinn | Recruiting Coordinator"
        ),
        "expect": {
            "interviewers": [
                (
                    "Victor Hale",
                    "victor.hale@halcyon.security",
                    "Principal Security Engineer",
                    "peer",
                ),
                (
                    "Mei Lin",
                    "mei.lin@halcyon.security",
                    "Security Engineering Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Tara Quinn", "tara.quinn@halcyon.security"),
            "company": "Halcyon",
            "position": "Security Engineer",
        },
    },
    # --- ModernLoop -----------------------------------------------------------------------
    {
        "id": "modernloop-blocks",
        "format": "google",
        "style": "modernloop",
        "title": "Interviews with Cobalt Bay (Day 1)",
        "start": "2027-02-08T10:00",
        "minutes": 105,
        "organizer": P("Cobalt Bay Interviews", "interviews@cobaltbay.com"),
        "attendees": [ME],
        "description": (
            "Your interview schedule for Machine Learning Engineer\n\n10:00 AM – 10:45 AM\n"
            "ML fundamentals\nAnika Sharma · Senior ML Engineer\n\n10:45 AM – 11:45 AM\n"
            "Project deep dive\nPaul Becker · Head of Machine Learning\n\nQuestions? Reply to "
            "your recruiter, Zoe Chan (zoe.chan@cobaltbay.com).\n\nScheduled with ModernLoop"
        ),
        "expect": {
            "interviewers": [
                ("Anika Sharma", None, "Senior ML Engineer", "peer"),
                ("Paul Becker", None, "Head of Machine Learning", "decision_maker"),
            ],
            "recruiter": ("Zoe Chan", "zoe.chan@cobaltbay.com"),
            "company": "Cobalt Bay",
            "position": "Machine Learning Engineer",
        },
    },
    {
        "id": "modernloop-per-interview",
        "format": "ics",
        "style": "modernloop",
        "title": "Alex Morgan | Behavioral Interview | Sprocket",
        "start": "2027-02-09T15:00",
        "minutes": 45,
        "organizer": P("Sprocket Recruiting", "recruiting@sprocket.app"),
        "attendees": [ME, P("Hana Yilmaz", "hana@sprocket.app")],
        "description": (
            "Behavioral Interview\nInterviewer: Hana Yilmaz - Director, Customer Success\n\n"
            "Role: Customer Success Lead\nRecruiter: Cal Forbes (cal@sprocket.app)"
        ),
        "expect": {
            "interviewers": [
                (
                    "Hana Yilmaz",
                    "hana@sprocket.app",
                    "Director, Customer Success",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Cal Forbes", "cal@sprocket.app"),
            "company": "Sprocket",
            "position": "Customer Success Lead",
        },
    },
    # --- Gem -------------------------------------------------------------------------------
    {
        "id": "gem-intro-with-title",
        "format": "google",
        "style": "gem",
        "title": "Intro call: Alex Morgan & Pinecrest (Engineering Manager role)",
        "start": "2027-02-10T12:00",
        "minutes": 30,
        "organizer": P("Ruth Abernathy", "ruth@pinecrest.io"),
        "attendees": [
            ME,
            P("Ruth Abernathy", "ruth@pinecrest.io"),
            P("Sven Olsen", "sven@pinecrest.io"),
        ],
        "description": (
            "Hi Alex, thanks for grabbing time! You'll chat with Sven Olsen (VP Engineering), "
            "who would be your manager.\n\nRuth Abernathy\nHead of Talent, Pinecrest\n\n"
            "Scheduled with Gem"
        ),
        "expect": {
            "interviewers": [("Sven Olsen", "sven@pinecrest.io", "VP Engineering", "executive")],
            "recruiter": ("Ruth Abernathy", "ruth@pinecrest.io"),
            "company": "Pinecrest",
            "position": "Engineering Manager",
        },
    },
    {
        "id": "gem-two-person-screen",
        "format": "graph",
        "style": "gem",
        "title": "Pinnacle Freight x Alex Morgan - Intro",
        "start": "2027-02-11T09:00",
        "minutes": 30,
        "organizer": P("Bianca Russo", "bianca.russo@pinnaclefreight.com"),
        "attendees": [ME, P("Bianca Russo", "bianca.russo@pinnaclefreight.com")],
        "description": (
            "Hi Alex,\n\nLooking forward to our intro call about the Operations Analyst opening "
            "on our logistics team.\n\nBianca Russo\nTalent Acquisition Partner\nPinnacle Freight"
        ),
        "expect": {
            "interviewers": [
                (
                    "Bianca Russo",
                    "bianca.russo@pinnaclefreight.com",
                    "Talent Acquisition Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Bianca Russo", "bianca.russo@pinnaclefreight.com"),
            "company": "Pinnacle Freight",
            "position": "Operations Analyst",
        },
    },
    # --- Calendly ------------------------------------------------------------------------
    {
        "id": "calendly-founder-chat",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "30 Minute Meeting between Nikhil Bose and Alex Morgan",
        "start": "2027-02-12T11:00",
        "minutes": 30,
        "organizer": P("Nikhil Bose", "nikhil@tidepool.dev"),
        "attendees": [ME, P("Nikhil Bose", "nikhil@tidepool.dev")],
        "description": (
            "Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for "
            "our meeting.\nExcited to hear about the founding engineer role and how I might "
            "fit.\n\nLocation: This is a Google Meet web conference.\n"
            "https://meet.google.com/xkc-pqra-bbb\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/7a1c9e\nReschedule: "
            "https://calendly.com/reschedulings/7a1c9e\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [("Nikhil Bose", "nikhil@tidepool.dev", None, "unknown")],
            "recruiter": None,
            "company": "Tidepool",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "calendly-recruiter-booking",
        "format": "google",
        "style": "calendly",
        "title": "Recruiter Phone Screen (Alex Morgan)",
        "start": "2027-02-15T16:00",
        "minutes": 30,
        "organizer": P("Grace Liu", "grace.liu@meridianbio.com"),
        "attendees": [ME, P("Grace Liu", "grace.liu@meridianbio.com")],
        "description": (
            "Event Name: Recruiter Phone Screen\n\nThanks for applying to the Research Associate "
            "II position at Meridian Bio! I'll call you at the number you provided.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/"
            "ff02\nReschedule: https://calendly.com/reschedulings/ff02"
        ),
        "expect": {
            "interviewers": [("Grace Liu", "grace.liu@meridianbio.com", "Recruiter", "recruiter")],
            "recruiter": ("Grace Liu", "grace.liu@meridianbio.com"),
            "company": "Meridian Bio",
            "position": "Research Associate II",
        },
    },
    # --- Workday -------------------------------------------------------------------------
    {
        "id": "workday-req-title",
        "format": "graph",
        "style": "workday",
        "title": "Interview for R-12345 Senior Financial Analyst",
        "start": "2027-02-16T10:00",
        "minutes": 60,
        "organizer": P("Contoso Talent Acquisition", "talentacquisition@contosopharma.com"),
        "attendees": [
            ME,
            P("Hector Ramos", "hector.ramos@contosopharma.com"),
            P("Wendy Ng", "wendy.ng@contosopharma.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R-12345 Senior Financial Analyst\n"
            "Interview Type: Panel\n\nInterviewers:\nHector Ramos - Finance Director\nWendy Ng "
            "- FP&A Manager\n\nRecruiter: Oliver Grant (oliver.grant@contosopharma.com)\n\n"
            "Contoso Pharma is an equal opportunity employer." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hector Ramos",
                    "hector.ramos@contosopharma.com",
                    "Finance Director",
                    "decision_maker",
                ),
                ("Wendy Ng", "wendy.ng@contosopharma.com", "FP&A Manager", "decision_maker"),
            ],
            "recruiter": ("Oliver Grant", "oliver.grant@contosopharma.com"),
            "company": "Contoso Pharma",
            "position": "Senior Financial Analyst",
        },
    },
    {
        "id": "workday-jr-number",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview - JR0047731 Nurse Manager, ICU",
        "start": "2027-02-17T08:00",
        "minutes": 60,
        "organizer": P("Lakeside Medical Recruiting", "recruiting@lakesidemedical.org"),
        "attendees": [ME, P("Dr. Angela Moss", "angela.moss@lakesidemedical.org")],
        "description": (
            "Dear Alex,\n\nThank you for your interest in Lakeside Medical Center. This is to "
            "confirm your interview for JR0047731 Nurse Manager, ICU.\n\nInterviewer: Dr. "
            "Angela Moss, Director of Nursing\nLocation: 2 West conference room\n\nPlease "
            "contact your recruiter Paula Jensen at paula.jensen@lakesidemedical.org with any "
            "questions.\n\nLakeside Medical Center Talent Acquisition"
        ),
        "expect": {
            "interviewers": [
                (
                    "Angela Moss",
                    "angela.moss@lakesidemedical.org",
                    "Director of Nursing",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Paula Jensen", "paula.jensen@lakesidemedical.org"),
            "company": "Lakeside Medical Center",
            "position": "Nurse Manager, ICU",
        },
    },
    # --- iCIMS ---------------------------------------------------------------------------
    {
        "id": "icims-confirmation",
        "format": "ics",
        "style": "icims",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Interview Confirmation - Supply Chain Planner",
        "start": "2027-02-18T13:30",
        "minutes": 60,
        "organizer": P("Evergreen Foods Careers", "careers@evergreenfoods.com"),
        "attendees": [
            ME,
            P("Louis Martin", "lmartin@evergreenfoods.com"),
            P("Priscilla Oyelaran", "poyelaran@evergreenfoods.com"),
        ],
        "description": (
            "Interview Confirmation\n\nCompany: Evergreen Foods\nJob: Supply Chain Planner "
            "(Req ID 2027-3381)\nDate: February 18, 2027\n\nInterview Team:\nLouis Martin, "
            "Supply Chain Manager\nPriscilla Oyelaran, Senior Planner\n\nRecruiter: Denise "
            "Hall, denise.hall@evergreenfoods.com\n\nThis message was sent by iCIMS on behalf "
            "of Evergreen Foods."
        ),
        "expect": {
            "interviewers": [
                (
                    "Louis Martin",
                    "lmartin@evergreenfoods.com",
                    "Supply Chain Manager",
                    "decision_maker",
                ),
                ("Priscilla Oyelaran", "poyelaran@evergreenfoods.com", "Senior Planner", "peer"),
            ],
            "recruiter": ("Denise Hall", "denise.hall@evergreenfoods.com"),
            "company": "Evergreen Foods",
            "position": "Supply Chain Planner",
        },
    },
    {
        "id": "icims-phone-single",
        "format": "google",
        "style": "icims",
        "title": "Phone Interview: Alex Morgan - Marketing Manager",
        "start": "2027-02-19T11:00",
        "minutes": 30,
        "organizer": P("Becca Howell", "becca.howell@summitoutdoor.com"),
        "attendees": [ME, P("Becca Howell", "becca.howell@summitoutdoor.com")],
        "description": (
            "Hello Alex,\n\nThis confirms your phone interview for the Marketing Manager "
            "position with Summit Outdoor. Our Director of Brand, Jeremy Osei, will call you at "
            "11:00 AM ET.\n\nRegards,\nBecca Howell\nHR Recruiter\nSummit Outdoor Co."
        ),
        "expect": {
            "interviewers": [("Jeremy Osei", None, "Director of Brand", "decision_maker")],
            "recruiter": ("Becca Howell", "becca.howell@summitoutdoor.com"),
            "company": "Summit Outdoor",
            "position": "Marketing Manager",
        },
    },
    # --- SmartRecruiters -------------------------------------------------------------------
    {
        "id": "smartrecruiters-video",
        "format": "graph",
        "style": "smartrecruiters",
        "title": "Video Interview: Software Engineer - Backend at Altavia",
        "start": "2027-02-22T09:00",
        "minutes": 60,
        "organizer": P("Altavia Hiring Team", "altavia@smartrecruiters.com"),
        "attendees": [
            ME,
            P("Giulia Romano", "giulia.romano@altavia.eu"),
            P("Pierre Lefevre", "pierre.lefevre@altavia.eu"),
        ],
        "description": (
            "Dear Alex,\n\nWe are pleased to invite you to a video interview for the position "
            "Software Engineer - Backend.\n\nYour interviewers:\nGiulia Romano (Tech Lead)\n"
            "Pierre Lefevre (Head of Engineering)\n\nKind regards,\nAltavia Recruitment Team\n"
            "Powered by SmartRecruiters" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Giulia Romano", "giulia.romano@altavia.eu", "Tech Lead", "peer"),
                (
                    "Pierre Lefevre",
                    "pierre.lefevre@altavia.eu",
                    "Head of Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Altavia",
            "position": "Software Engineer - Backend",
        },
    },
    {
        "id": "smartrecruiters-names-only",
        "format": "ics",
        "style": "smartrecruiters",
        "title": "Interview invitation - Data Engineer",
        "start": "2027-02-23T14:00",
        "minutes": 45,
        "organizer": P("Kestrel Energy", "kestrel-energy@smartrecruiters.com"),
        "attendees": [ME],
        "description": (
            "Hello Alex,\n\nKestrel Energy would like to invite you to an interview for Data "
            "Engineer.\n\nInterviewers: Mateo Silva, Hannah Berg\n\nContact: Frida Holm, Talent "
            "Acquisition Specialist (frida.holm@kestrelenergy.com)\n\nPowered by SmartRecruiters"
        ),
        "expect": {
            "interviewers": [
                ("Mateo Silva", None, None, "unknown"),
                ("Hannah Berg", None, None, "unknown"),
            ],
            "recruiter": ("Frida Holm", "frida.holm@kestrelenergy.com"),
            "company": "Kestrel Energy",
            "position": "Data Engineer",
        },
    },
]
