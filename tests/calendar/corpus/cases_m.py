# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part "M", written by someone who does not tune the parser, labelled before any run of
the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no separate
build file or rendered folder, the tuner adds this file to build.py). 60 invites: 45 interviews
and 15 near-misses that mention interviewing, across .ics, Google JSON and Graph JSON.

The angle is the raw texture of each provider's data, where those details decide who the
interviewer is: Google events with resource rooms, optional attendees (coordinators, assistants),
a second address of the candidate, attendees without a displayName, HTML descriptions with <br>,
<b>, <a href="mailto:..."> and Calendly/Zoom/Meet boilerplate; Graph events whose body is
Outlook's Word-HTML (MsoNormal paragraphs, tables), attendees typed required/optional/resource,
emailAddress.name that is the address itself or "Last, First", a shared mailbox as organizer,
Teams blocks, forwarded "From: / Sent: / To: / Subject:" chains pasted in the body; .ics files
from several producers (Outlook, Google, Apple, Zoho, Zoom, recruiting tools) with folded lines,
CN values that need quotes, PARTSTAT, rooms as CUTYPE=ROOM and time zones. Things the renderer
cannot express (creator other than organizer, attendeesOmitted, several VEVENTs in one file,
X- properties) are not relied on: every label here is readable from what build.py renders.

Labels are what a careful person reads in the invite, not what the parser returns, with the
conventions of cases_fresh10.py and cases_k.py: a person the invite calls the hiring manager, or
the candidate's future manager, is a decision_maker with the hiring-manager mark; a people-manager
title (manager of a function, head of, director, supervisor) is a decision_maker; CEO, founder,
CTO, COO, VP, general manager, managing partner are executives unless called the hiring manager;
individual-contributor titles that contain "manager" (product, program, account manager) are
peers; a recruiter who runs the call is an interviewer (role recruiter) and the recruiter, one who
only coordinates is not an interviewer; the recruiter is the recruiter when one is named, else the
coordinator; a team mailbox with no person is (None, address); a person with no title or role in
the invite is "unknown" with no title; rooms, assistants and the candidate's own addresses are not
interviewers, nor is a silent observer or someone who only opens the call; someone the invite says is replaced or not attending is not an interviewer; legal
forms and requisition ids are left out of company and position; whatever the invite does not say
is None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

# Outlook's Word-HTML body: what Graph returns for an invite typed in desktop Outlook.
_WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n<style><!--\r\n'
    "@font-face {font-family:Aptos;}\r\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:12.0pt; "
    'font-family:"Aptos",sans-serif;}\r\n--></style></head>\r\n<body lang="EN-US" link="#467886" '
    'vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\r\n'
)
_WORD_TAIL = "</div></body></html>"
_TEAMS_HTML = (
    '<div style="max-width:1024px"><p class="MsoNormal">________________________________________________'
    '________________________________<o:p></o:p></p><p class="MsoNormal"><b><span style="font-size:18.0pt;'
    'font-family:&quot;Segoe UI&quot;">Microsoft Teams <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">'
    'Need help?</a></span></b><o:p></o:p></p><p class="MsoNormal"><a href="https://teams.microsoft.com/l/'
    'meetup-join/19%3ameeting_NzQ1">Join the meeting now</a><o:p></o:p></p><p class="MsoNormal">Meeting ID: '
    '364 118 902 775<o:p></o:p></p><p class="MsoNormal">Passcode: Hy7Pq3<o:p></o:p></p>'
    '<p class="MsoNormal">For organizers: <a href="https://teams.microsoft.com/meetingOptions/">Meeting '
    "options</a><o:p></o:p></p></div>"
)


def _word(*paras: str, teams: bool = True) -> str:
    """Paragraphs as Outlook writes them (empty string = the blank &nbsp; paragraph)."""
    body = "".join(f'<p class="MsoNormal">{p if p else "&nbsp;"}<o:p></o:p></p>\r\n' for p in paras)
    return _WORD_HEAD + body + (_TEAMS_HTML if teams else "") + _WORD_TAIL


_MEET_HTML = (
    "<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>"
    'Join with Google Meet: <a href="https://meet.google.com/hzt-qmop-wev">https://meet.google.com/hzt-qmop-wev</a>'
    "<br>Or dial: (GB) +44 20 3957 1194 PIN: 662 901 338#<br><br>Please do not edit this section."
    "<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
_ZOOM_HTML = (
    '<br><br>Join Zoom Meeting<br><a href="https://us06web.zoom.us/j/81234509876?pwd=Qk9r">'
    "https://us06web.zoom.us/j/81234509876?pwd=Qk9r</a><br><br>Meeting ID: 812 3450 9876<br>"
    "Passcode: 550213<br><br>---<br><br>One tap mobile<br>+13462487799,,81234509876# US (Houston)"
)


def _calendly(event: str, host_line: str, answers: str, slug: str) -> str:
    """Calendly's plain-text event description as it lands on the invitee's calendar."""
    return (
        f"Event Name: {event}\n\n{host_line}\n\nLocation: This is a Google Meet web conference. "
        f"You can join this meeting from your computer, tablet, or smartphone.\n\n{answers}\n\n"
        f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{slug}\n"
        f"Reschedule: https://calendly.com/reschedulings/{slug}\n\nPowered by Calendly.com"
    )


CASES: list[dict[str, Any]] = [
    # --- Google Calendar JSON --------------------------------------------------------------
    {
        "id": "m-greenhouse-google-html-room-optional-coordinator",
        "format": "google",
        "style": "greenhouse",
        "title": "Onsite Interview: Alex Morgan - Analytics Engineer (JR-00417)",
        "start": "2028-08-01T10:00",
        "minutes": 90,
        "tz": "Europe/Amsterdam",
        "organizer": P("Tallowbrook Interviews", "interviews@tallowbrook.io"),
        "attendees": [
            ME,
            P("Wieteke Achterberg", "w.achterberg@tallowbrook.io"),
            P(None, "fola@tallowbrook.io"),
            P("Maëlle Girard", "maelle.girard@tallowbrook.io", optional=True),
            P(
                "AMS-3F-Oriel (6) [Zoom Room]",
                "c_1889g0b7ahs@resource.calendar.google.com",
                room=True,
            ),
        ],
        "location": "AMS-3F-Oriel (6) [Zoom Room]",
        "description": (
            "<p>Hi Alex,</p><p>Here is your onsite at <b>Tallowbrook Analytics</b>, Keizersgracht office.</p>"
            "<p><b>Schedule</b><br>10:00 – 10:45&nbsp;&nbsp;Wieteke Achterberg, Analytics Engineering Manager "
            "<i>(Hiring Manager)</i><br>10:45 – 11:30&nbsp;&nbsp;Folasade Adebayo-Reyes, Senior Analytics Engineer</p>"
            '<p>Please ask at reception for <a href="mailto:maelle.girard@tallowbrook.io">Maëlle Girard</a>, '
            "who is coordinating your day.</p><p>Tot dan!<br>Tallowbrook Talent</p>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Wieteke Achterberg",
                    "w.achterberg@tallowbrook.io",
                    "Analytics Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Folasade Adebayo-Reyes",
                    "fola@tallowbrook.io",
                    "Senior Analytics Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Maëlle Girard", "maelle.girard@tallowbrook.io"),
            "company": "Tallowbrook Analytics",
            "position": "Analytics Engineer",
        },
    },
    {
        "id": "m-calendly-google-invitee-answers-host-is-hm",
        "format": "google",
        "style": "calendly",
        "title": "Hiring chat (30 min) between Tadhg Ó Súilleabháin and Alex Morgan",
        "start": "2028-08-02T16:30",
        "minutes": 30,
        "tz": "Europe/Dublin",
        "organizer": P("Tadhg Ó Súilleabháin", "tadhg@currachworks.ie"),
        "attendees": [ME, P("Tadhg Ó Súilleabháin", "tadhg@currachworks.ie")],
        "description": _calendly(
            "Hiring chat (30 min)",
            "Tadhg Ó Súilleabháin — Head of Mobile, Currach Works. I'm the hiring manager for the iOS roles, so "
            "this is a chance for us both to see if there's a fit.",
            "Please share anything that will help prepare for our meeting.: Applying for Senior iOS Engineer, "
            "portfolio at alexmorgan.dev",
            "2f1c0e7a-9bd1-4d55-a3c0-31f2b0d8e6aa",
        ),
        "expect": {
            "interviewers": [
                (
                    "Tadhg Ó Súilleabháin",
                    "tadhg@currachworks.ie",
                    "Head of Mobile",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Currach Works",
            "position": "Senior iOS Engineer",
        },
    },
    {
        "id": "m-human-google-candidate-second-address-no-displaynames",
        "format": "google",
        "style": "human",
        "title": "Alex / Kaveh / Bich Ngoc – Platform role",
        "start": "2028-08-03T09:00",
        "minutes": 45,
        "tz": "America/Toronto",
        "organizer": P(None, "kaveh@loonbit.ca"),
        "attendees": [
            ME,
            P(None, "alex.morgan.dev@protonmail.com"),
            P(None, "kaveh@loonbit.ca"),
            P(None, "ngoc.tran@loonbit.ca"),
        ],
        "description": (
            "Hey Alex,<br>I added both of your emails since you mentioned you check the proton one more.<br><br>"
            "Quick intro of who's on this:<br>• me, Kaveh Jafari — I run infrastructure at Loonbit and this hire "
            "would be on my team<br>• Trần Bích Ngọc (Ngoc), one of our SREs<br><br>We'll talk through the "
            "<b>Site Reliability Engineer</b> role and do a short debugging exercise." + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                ("Kaveh Jafari", "kaveh@loonbit.ca", None, "decision_maker", True),
                ("Trần Bích Ngọc", "ngoc.tran@loonbit.ca", "SRE", "peer"),
            ],
            "recruiter": None,
            "company": "Loonbit",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "m-goodtime-google-blocks-zoom-html-recruiter-footer",
        "format": "google",
        "style": "goodtime",
        "title": "Interview: Alex Morgan | Staff Data Scientist | Pellucid Bio",
        "start": "2028-08-04T13:00",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Pellucid Bio Scheduling", "scheduling@pellucidbio.com"),
        "attendees": [
            ME,
            P("Oyelaran, Damilola", "d.oyelaran@pellucidbio.com"),
            P("Hsu, Cheng-Han", "chenghan.hsu@pellucidbio.com"),
            P("Solveig Brekke", "sbrekke@pellucidbio.com"),
        ],
        "description": (
            "<b>1:00 PM - 1:45 PM PDT</b><br>Damilola Oyelaran<br>Director, Computational Biology<br><br>"
            "<b>1:45 PM - 2:30 PM PDT</b><br>Cheng-Han Hsu<br>Principal Data Scientist<br><br>"
            "<b>2:30 PM - 3:00 PM PDT</b><br>Solveig Brekke<br>Senior Recruiter · Candidate Q&amp;A<br><br>"
            "<i>Sent by GoodTime on behalf of Pellucid Bio. Your recruiter is Solveig Brekke.</i>"
            + _ZOOM_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Damilola Oyelaran",
                    "d.oyelaran@pellucidbio.com",
                    "Director, Computational Biology",
                    "decision_maker",
                ),
                (
                    "Cheng-Han Hsu",
                    "chenghan.hsu@pellucidbio.com",
                    "Principal Data Scientist",
                    "peer",
                ),
                ("Solveig Brekke", "sbrekke@pellucidbio.com", "Senior Recruiter", "recruiter"),
            ],
            "recruiter": ("Solveig Brekke", "sbrekke@pellucidbio.com"),
            "company": "Pellucid Bio",
            "position": "Staff Data Scientist",
        },
    },
    {
        "id": "m-ashby-google-optional-shadow-not-named-as-interviewer",
        "format": "google",
        "style": "ashby",
        "title": "Alex Morgan - Pairing Interview - Full-Stack Engineer (Saffronweave)",
        "start": "2028-08-07T11:00",
        "minutes": 60,
        "organizer": P("Ashby Scheduling", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P(None, "ignacio@saffronweave.com"),
            P(None, "kb@saffronweave.com", optional=True),
        ],
        "description": (
            "<b>Pairing Interview</b><br>Saffronweave · Full-Stack Engineer<br><br><b>Interviewer</b><br>"
            "Ignacio Ferreyra — Senior Software Engineer<br><br>"
            "Kirra Bancroft (kb@) is joining as a silent observer as part of interviewer training and "
            "won't be asking questions.<br><br>Recruiter: Hamza Qureshi" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Ignacio Ferreyra",
                    "ignacio@saffronweave.com",
                    "Senior Software Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Hamza Qureshi", None),
            "company": "Saffronweave",
            "position": "Full-Stack Engineer",
        },
    },
    {
        "id": "m-human-google-ea-organizer-optional-ceo-required",
        "format": "google",
        "style": "human",
        "title": "Meeting: Alex Morgan & Ngozi Eze (CEO, Baobab Grid)",
        "start": "2028-08-08T15:00",
        "minutes": 30,
        "tz": "Africa/Lagos",
        "organizer": P("Chiamaka Obi", "chiamaka.obi@baobabgrid.ng"),
        "attendees": [
            ME,
            P("Ngozi Eze", "ngozi@baobabgrid.ng"),
            P("Chiamaka Obi", "chiamaka.obi@baobabgrid.ng", optional=True),
        ],
        "description": (
            "Dear Alex,<br><br>I am Ngozi's Executive Assistant. She would like to meet you regarding the "
            "<b>Head of Finance</b> role before the panel stage. I'm on the invite only to manage the calendar.<br><br>"
            "Regards,<br>Chiamaka Obi<br>EA to the CEO | Baobab Grid Ltd" + _MEET_HTML
        ),
        "expect": {
            "interviewers": [("Ngozi Eze", "ngozi@baobabgrid.ng", "CEO", "executive")],
            "recruiter": None,
            "company": "Baobab Grid",
            "position": "Head of Finance",
        },
    },
    {
        "id": "m-lever-google-html-links-two-sessions-same-first-name",
        "format": "google",
        "style": "lever",
        "title": "Alex Morgan — Virtual Onsite — Marketing Operations Lead — Kindlewood",
        "start": "2028-08-09T10:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("Kindlewood Recruiting", "talent@kindlewood.co"),
        "attendees": [
            ME,
            P("Sofía Benítez", "sofia.benitez@kindlewood.co"),
            P("Sofia Lindgren", "slindgren@kindlewood.co"),
            P("Tomás Pérez", "tperez@kindlewood.co"),
        ],
        "description": (
            "Hi Alex! Here's your virtual onsite.<br><br><ul><li>10:00 – "
            '<a href="mailto:sofia.benitez@kindlewood.co">Sofía Benítez</a>, VP Marketing</li>'
            '<li>10:30 – <a href="mailto:slindgren@kindlewood.co">Sofia Lindgren</a>, Marketing Operations Manager '
            "(you'd report to this Sofia)</li>"
            '<li>11:00 – <a href="mailto:tperez@kindlewood.co">Tomás Pérez</a>, Senior Lifecycle Marketer</li></ul>'
            "Your recruiter, Jaylen Brooks, will call you after.<br>— Kindlewood Talent"
            + _ZOOM_HTML
        ),
        "expect": {
            "interviewers": [
                ("Sofía Benítez", "sofia.benitez@kindlewood.co", "VP Marketing", "executive"),
                (
                    "Sofia Lindgren",
                    "slindgren@kindlewood.co",
                    "Marketing Operations Manager",
                    "decision_maker",
                    True,
                ),
                ("Tomás Pérez", "tperez@kindlewood.co", "Senior Lifecycle Marketer", "peer"),
            ],
            "recruiter": ("Jaylen Brooks", None),
            "company": "Kindlewood",
            "position": "Marketing Operations Lead",
        },
    },
    {
        "id": "m-human-google-founder-gmail-cofounder-optional",
        "format": "google",
        "style": "human",
        "title": "coffee ☕ alex + ruslan",
        "start": "2028-08-10T08:30",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Ruslan Akhmetov", "ruslan.akhmetov@gmail.com"),
        "attendees": [
            ME,
            P("Ruslan Akhmetov", "ruslan.akhmetov@gmail.com"),
            P("Lea Baumgärtner", "lea@tesseralabs.de", optional=True),
        ],
        "location": "The Barn, Schönhauser Allee 8",
        "description": (
            "Looking forward! As mentioned we're hiring our first product designer at Tessera Labs and I'd "
            "love to tell you more about it. My cofounder Lea (CTO) might join for the last 15 min if her call "
            "ends in time — I've added her as optional.<br><br>R."
        ),
        "expect": {
            "interviewers": [
                ("Ruslan Akhmetov", "ruslan.akhmetov@gmail.com", None, "executive"),
                ("Lea Baumgärtner", "lea@tesseralabs.de", "CTO", "executive"),
            ],
            "recruiter": None,
            "company": "Tessera Labs",
            "position": "Product Designer",
        },
    },
    {
        "id": "m-gem-google-sourcer-organizer-hm-and-peer",
        "format": "google",
        "style": "gem",
        "title": "Intro call: Alex Morgan x Driftless Robotics (Controls Engineer)",
        "start": "2028-08-11T14:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Wren Halvorsen-Ito", "wren@driftlessrobotics.com"),
        "attendees": [
            ME,
            P("Wren Halvorsen-Ito", "wren@driftlessrobotics.com", optional=True),
            P("Mateus Albuquerque", "mateus@driftlessrobotics.com"),
        ],
        "description": (
            "Hi Alex — thanks for replying to my note! I've set up time with Mateus Albuquerque, our "
            "<b>Controls Lead</b> and the hiring manager for this role. I'm on as optional and will drop off "
            "after intros.<br><br>Wren<br>Technical Sourcer, Driftless Robotics<br>"
            '<a href="https://www.gem.com/?utm_source=email-signature">Sent with Gem</a>'
            + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Mateus Albuquerque",
                    "mateus@driftlessrobotics.com",
                    "Controls Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Wren Halvorsen-Ito", "wren@driftlessrobotics.com"),
            "company": "Driftless Robotics",
            "position": "Controls Engineer",
        },
    },
    {
        "id": "m-modernloop-google-html-table-rooms-per-slot",
        "format": "google",
        "style": "modernloop",
        "title": "[Onsite] Alex Morgan — Hardware Test Engineer",
        "start": "2028-08-14T09:00",
        "minutes": 150,
        "tz": "America/Denver",
        "organizer": P("Flatiron Fusion Recruiting", "recruiting@flatironfusion.com"),
        "attendees": [
            ME,
            P(
                "Boulder B2-104 Longs Peak (8)",
                "flatironfusion.com_3832343235@resource.calendar.google.com",
                room=True,
            ),
            P(
                "Boulder B2-110 Bear Creek (4)",
                "flatironfusion.com_3932383131@resource.calendar.google.com",
                room=True,
            ),
            P("Aroha Ngata", "aroha.ngata@flatironfusion.com"),
            P("Yusuf Demir", "ydemir@flatironfusion.com"),
            P("Greta Kowalski", "gkowalski@flatironfusion.com"),
        ],
        "location": "Boulder B2-104 Longs Peak (8), Boulder B2-110 Bear Creek (4)",
        "description": (
            "<table><tr><td><b>Time (MT)</b></td><td><b>Session</b></td><td><b>Interviewer</b></td><td><b>Room</b></td></tr>"
            "<tr><td>9:00</td><td>Test strategy</td><td>Aroha Ngata<br>Manager, Test Engineering</td><td>Longs Peak</td></tr>"
            "<tr><td>10:00</td><td>Lab practical</td><td>Yusuf Demir<br>Senior Test Engineer</td><td>Bear Creek</td></tr>"
            "<tr><td>11:00</td><td>Values</td><td>Greta Kowalski<br>Program Manager</td><td>Longs Peak</td></tr></table>"
            "<br>Questions? Reach your coordinator Ilse at recruiting@flatironfusion.com.<br>Scheduled with ModernLoop"
        ),
        "expect": {
            "interviewers": [
                (
                    "Aroha Ngata",
                    "aroha.ngata@flatironfusion.com",
                    "Manager, Test Engineering",
                    "decision_maker",
                ),
                ("Yusuf Demir", "ydemir@flatironfusion.com", "Senior Test Engineer", "peer"),
                ("Greta Kowalski", "gkowalski@flatironfusion.com", "Program Manager", "peer"),
            ],
            "recruiter": ("Ilse", "recruiting@flatironfusion.com"),
            "company": "Flatiron Fusion",
            "position": "Hardware Test Engineer",
        },
    },
    {
        "id": "m-human-google-forwarded-by-candidate-self-copy",
        "format": "google",
        "style": "human",
        "title": "Fwd: Invitation: Interview - Senior Accountant @ Ostrander & Pyle @ Tue Aug 15, 2028 11am - 12pm (EDT)",
        "start": "2028-08-15T11:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Alex Morgan", "alex.morgan@gmail.com"),
        "attendees": [ME],
        "description": (
            "---------- Forwarded message ---------<br>From: <b>Darnell Whitfield</b> &lt;dwhitfield@ostranderpyle.com&gt;"
            "<br>Date: Thu, Aug 10, 2028 at 4:02 PM<br>Subject: Invitation: Interview - Senior Accountant<br>"
            "To: &lt;alex.morgan@gmail.com&gt;<br><br>Hi Alex,<br>You'll meet with me (Controller) and with "
            "Priscila Nakashima, Staff Accountant. Jenna from HR scheduled this and may pop in to say hi.<br>"
            "Darnell Whitfield, CPA<br>Controller | Ostrander &amp; Pyle LLP"
        ),
        "expect": {
            "interviewers": [
                (
                    "Darnell Whitfield",
                    "dwhitfield@ostranderpyle.com",
                    "Controller",
                    "decision_maker",
                ),
                ("Priscila Nakashima", None, "Staff Accountant", "peer"),
            ],
            "recruiter": ("Jenna", None),
            "company": "Ostrander & Pyle",
            "position": "Senior Accountant",
        },
    },
    {
        "id": "m-smartrecruiters-google-hiring-team-html-bold-labels",
        "format": "google",
        "style": "smartrecruiters",
        "title": "Interview for Store Operations Manager - Alex Morgan",
        "start": "2028-08-16T10:00",
        "minutes": 60,
        "tz": "Europe/Lisbon",
        "organizer": P("Mercado Azulejo Careers", "careers@mercadoazulejo.pt"),
        "attendees": [
            ME,
            P("Conceição Vasconcelos", "c.vasconcelos@mercadoazulejo.pt"),
            P("Rui Pimentel", "rui.pimentel@mercadoazulejo.pt"),
        ],
        "location": "Loja Alvalade, Av. da Igreja 14, Lisboa",
        "description": (
            "<b>Job:</b> Store Operations Manager (Ref. 2028-LX-0193)<br><b>Company:</b> Mercado Azulejo, S.A.<br>"
            "<b>Interview type:</b> In person<br><b>Hiring Manager:</b> Conceição Vasconcelos (Regional Director)<br>"
            "<b>Interview team:</b> Rui Pimentel (Store Manager, Alvalade)<br><br>"
            "Powered by SmartRecruiters"
        ),
        "expect": {
            "interviewers": [
                (
                    "Conceição Vasconcelos",
                    "c.vasconcelos@mercadoazulejo.pt",
                    "Regional Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Rui Pimentel",
                    "rui.pimentel@mercadoazulejo.pt",
                    "Store Manager, Alvalade",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "careers@mercadoazulejo.pt"),
            "company": "Mercado Azulejo",
            "position": "Store Operations Manager",
        },
    },
    {
        "id": "m-human-google-updated-invite-interviewer-swapped-html",
        "format": "google",
        "style": "human",
        "title": "Updated invitation: Technical interview – Alex Morgan (Embedded Engineer)",
        "start": "2028-08-17T13:30",
        "minutes": 60,
        "tz": "Asia/Taipei",
        "organizer": P("Lin Yu-Ting", "yuting.lin@jadepeak.com.tw"),
        "attendees": [
            ME,
            P("Lin Yu-Ting", "yuting.lin@jadepeak.com.tw"),
            P("Huang Po-Wei", "powei.huang@jadepeak.com.tw"),
        ],
        "description": (
            "<p>Hi Alex,</p><p><s>Chen Jia-Hao</s> is travelling that week, so <b>Huang Po-Wei (Senior Firmware "
            "Engineer)</b> will take the technical part instead. I'll join for the first 10 minutes only to "
            "introduce everyone.</p><p>Lin Yu-Ting<br>HR Business Partner, JadePeak Semiconductor</p>"
            + _MEET_HTML
        ),
        "expect": {
            "interviewers": [
                ("Huang Po-Wei", "powei.huang@jadepeak.com.tw", "Senior Firmware Engineer", "peer"),
            ],
            "recruiter": ("Lin Yu-Ting", "yuting.lin@jadepeak.com.tw"),
            "company": "JadePeak Semiconductor",
            "position": "Embedded Engineer",
        },
    },
    {
        "id": "m-calendly-google-round-robin-recruiter-host",
        "format": "google",
        "style": "calendly",
        "title": "Alex Morgan and Zainab Al-Hashimi",
        "start": "2028-08-18T12:00",
        "minutes": 20,
        "tz": "Asia/Dubai",
        "organizer": P("Zainab Al-Hashimi", "zainab.alhashimi@sandgrouse.ae"),
        "attendees": [ME, P("Zainab Al-Hashimi", "zainab.alhashimi@sandgrouse.ae")],
        "description": _calendly(
            "Sandgrouse Logistics – Initial Screening (20 min)",
            "A member of our Talent Acquisition team will walk you through the Fleet Planning Analyst role and "
            "ask a few questions about your background.",
            "Which role are you applying for?: Fleet Planning Analyst\nNotice period: 1 month",
            "b7d3d8e4-0f6c-4d5e-8aa1-77e2b3e4c9f0",
        ),
        "expect": {
            "interviewers": [
                ("Zainab Al-Hashimi", "zainab.alhashimi@sandgrouse.ae", None, "recruiter"),
            ],
            "recruiter": ("Zainab Al-Hashimi", "zainab.alhashimi@sandgrouse.ae"),
            "company": "Sandgrouse Logistics",
            "position": "Fleet Planning Analyst",
        },
    },
    {
        "id": "m-workday-google-plain-labels-panel-no-addresses",
        "format": "google",
        "style": "workday",
        "title": "Interview Scheduled: R0048812 Claims Adjuster II",
        "start": "2028-08-21T09:00",
        "minutes": 60,
        "tz": "America/Phoenix",
        "organizer": P("Saguaro Mutual Workday", "saguaromutual@myworkday.com"),
        "attendees": [ME],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: R0048812 Claims Adjuster II (Open)\n"
            "Location: Tempe - Rio Salado\nInterviewers:\n    Gutiérrez, Ximena (Claims Supervisor)\n"
            "    Begay, Darrell (Senior Claims Adjuster)\nRecruiter: Okonkwo, Adaeze\n\n"
            "© 2028 Saguaro Mutual"
        ),
        "expect": {
            "interviewers": [
                ("Ximena Gutiérrez", None, "Claims Supervisor", "decision_maker"),
                ("Darrell Begay", None, "Senior Claims Adjuster", "peer"),
            ],
            "recruiter": ("Adaeze Okonkwo", None),
            "company": "Saguaro Mutual",
            "position": "Claims Adjuster II",
        },
    },
    # --- Microsoft Graph JSON --------------------------------------------------------------
    {
        "id": "m-human-graph-word-html-last-first-names-hm",
        "format": "graph",
        "style": "human",
        "title": "Interview – Alex Morgan – Treasury Analyst",
        "start": "2028-08-22T10:00",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P("Fairbairn, Isla", "isla.fairbairn@caledoniaharbour.co.uk"),
        "attendees": [
            ME,
            P("Fairbairn, Isla", "isla.fairbairn@caledoniaharbour.co.uk"),
            P("Mensah, Kwabena", "kwabena.mensah@caledoniaharbour.co.uk"),
        ],
        "description": _word(
            "Hi Alex,",
            "",
            "Thank you for your interest in the Treasury Analyst role at Caledonia Harbour. You will be meeting "
            "me and my colleague Kwabena Mensah, Treasury Manager, who would be your line manager.",
            "",
            "Kind regards,",
            "<b>Isla Fairbairn</b>",
            "Talent Acquisition Advisor | Caledonia Harbour Group",
        ),
        "expect": {
            "interviewers": [
                (
                    "Isla Fairbairn",
                    "isla.fairbairn@caledoniaharbour.co.uk",
                    "Talent Acquisition Advisor",
                    "recruiter",
                ),
                (
                    "Kwabena Mensah",
                    "kwabena.mensah@caledoniaharbour.co.uk",
                    "Treasury Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Isla Fairbairn", "isla.fairbairn@caledoniaharbour.co.uk"),
            "company": "Caledonia Harbour",
            "position": "Treasury Analyst",
        },
    },
    {
        "id": "m-human-graph-shared-mailbox-organizer-names-are-addresses",
        "format": "graph",
        "style": "human",
        "title": "Second round interview - Alex Morgan",
        "start": "2028-08-23T14:00",
        "minutes": 60,
        "tz": "W. Europe Standard Time",
        "organizer": P("HR Recruitment Nordvik", "rekruttering@nordvikfisk.no"),
        "attendees": [
            ME,
            P(None, "ht@nordvikfisk.no"),
            P(None, "solveig.aas@nordvikfisk.no"),
            P(None, "rekruttering@nordvikfisk.no"),
        ],
        "description": _word(
            "Dear Alex,",
            "",
            "Welcome to the second round for the position of <b>Quality Assurance Manager (Processing)</b>.",
            "",
            "Interview panel:",
            "Halvard Tveit – Plant Director, Ålesund",
            "Solveig Aas – QA Specialist",
            "",
            "If you have questions, please contact Marte Lunde in HR by replying to this e-mail.",
            "",
            "Best regards",
            "HR Recruitment | Nordvik Fisk AS",
        ),
        "expect": {
            "interviewers": [
                ("Halvard Tveit", "ht@nordvikfisk.no", "Plant Director, Ålesund", "decision_maker"),
                ("Solveig Aas", "solveig.aas@nordvikfisk.no", "QA Specialist", "peer"),
            ],
            "recruiter": ("Marte Lunde", None),
            "company": "Nordvik Fisk",
            "position": "Quality Assurance Manager (Processing)",
        },
    },
    {
        "id": "m-human-graph-forwarded-chain-sent-lines",
        "format": "graph",
        "style": "human",
        "title": "FW: Interview Confirmation - Site Engineer",
        "start": "2028-08-24T09:30",
        "minutes": 45,
        "tz": "AUS Eastern Standard Time",
        "organizer": P("Morgan, Alex", "alex.morgan@initech.com"),
        "attendees": [ME_WORK, ME],
        "description": _word(
            "Sending to my personal calendar.",
            "",
            "<b>From:</b> Pham, Quoc Anh &lt;quocanh.pham@ironbarkcivil.com.au&gt;",
            "<b>Sent:</b> Monday, 21 August 2028 3:14 PM",
            "<b>To:</b> alex.morgan@initech.com",
            "<b>Cc:</b> Recruitment &lt;recruitment@ironbarkcivil.com.au&gt;",
            "<b>Subject:</b> Interview Confirmation - Site Engineer",
            "",
            "Hi Alex,",
            "Confirming your interview on Thursday with myself (Project Manager, Parramatta Rail) and Ellie "
            "Tuipulotu, our Senior Site Engineer. We will meet at the site office on Church St.",
            "Thanks,",
            "Quoc Anh",
            teams=False,
        ),
        "location": "Site office, 41 Church St, Parramatta",
        "expect": {
            "interviewers": [
                (
                    "Quoc Anh Pham",
                    "quocanh.pham@ironbarkcivil.com.au",
                    "Project Manager, Parramatta Rail",
                    "peer",
                ),
                ("Ellie Tuipulotu", None, "Senior Site Engineer", "peer"),
            ],
            "recruiter": (None, "recruitment@ironbarkcivil.com.au"),
            "company": "Ironbark Civil",
            "position": "Site Engineer",
        },
    },
    {
        "id": "m-greenhouse-graph-word-table-resource-room",
        "format": "graph",
        "style": "greenhouse",
        "title": "Alex Morgan - Onsite - Senior Product Manager, Payments Risk",
        "start": "2028-08-25T13:00",
        "minutes": 150,
        "tz": "Eastern Standard Time",
        "organizer": P("Greenhouse Scheduler", "scheduler@quayside-fin.com"),
        "attendees": [
            ME,
            P("NYC-19-Ellis Island (12) AV", "nyc19ellis@quayside-fin.com", room=True),
            P("Adeyemi, Tolu", "tolu.adeyemi@quayside-fin.com"),
            P("Hoffmann, Jens", "jens.hoffmann@quayside-fin.com"),
            P("Rachel Abernathy-Cho", "rabernathycho@quayside-fin.com"),
        ],
        "location": "NYC-19-Ellis Island (12) AV",
        "description": _WORD_HEAD
        + '<p class="MsoNormal">Hi Alex, here is your schedule at Quayside Financial.<o:p></o:p></p>'
        + '<table class="MsoNormalTable" border="1" cellpadding="0"><tr><td><p class="MsoNormal"><b>Time</b></p></td>'
        + '<td><p class="MsoNormal"><b>Interviewer</b></p></td><td><p class="MsoNormal"><b>Focus</b></p></td></tr>'
        + '<tr><td><p class="MsoNormal">1:00 PM</p></td><td><p class="MsoNormal">Tolu Adeyemi, Group Product Manager (Hiring Manager)</p></td><td><p class="MsoNormal">Product sense</p></td></tr>'
        + '<tr><td><p class="MsoNormal">1:50 PM</p></td><td><p class="MsoNormal">Jens Hoffmann, Staff Engineer</p></td><td><p class="MsoNormal">Technical depth</p></td></tr>'
        + '<tr><td><p class="MsoNormal">2:40 PM</p></td><td><p class="MsoNormal">Rachel Abernathy-Cho, Risk Analytics Lead</p></td><td><p class="MsoNormal">Data</p></td></tr></table>'
        + '<p class="MsoNormal">Recruiter: Deshawn Miles<o:p></o:p></p>'
        + _WORD_TAIL,
        "expect": {
            "interviewers": [
                (
                    "Tolu Adeyemi",
                    "tolu.adeyemi@quayside-fin.com",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
                ("Jens Hoffmann", "jens.hoffmann@quayside-fin.com", "Staff Engineer", "peer"),
                (
                    "Rachel Abernathy-Cho",
                    "rabernathycho@quayside-fin.com",
                    "Risk Analytics Lead",
                    "peer",
                ),
            ],
            "recruiter": ("Deshawn Miles", None),
            "company": "Quayside Financial",
            "position": "Senior Product Manager, Payments Risk",
        },
    },
    {
        "id": "m-human-graph-teams-optional-hr-observer-panel",
        "format": "graph",
        "style": "human",
        "title": "Panel interview: Senior Social Worker (ref SSW/114)",
        "start": "2028-08-28T10:30",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P("Sandhu, Harpreet", "harpreet.sandhu@wrekin.gov.uk"),
        "attendees": [
            ME,
            P("Sandhu, Harpreet", "harpreet.sandhu@wrekin.gov.uk"),
            P("O'Callaghan, Siobhán", "siobhan.ocallaghan@wrekin.gov.uk"),
            P("People Services", "peopleservices@wrekin.gov.uk", optional=True),
        ],
        "description": _word(
            "Dear Alex,",
            "",
            "Your panel will be Harpreet Sandhu (Team Manager, Children's Services) and Siobhán O'Callaghan "
            "(Advanced Practitioner). A member of People Services may observe for quality purposes but will not "
            "score.",
            "",
            "Wrekin Borough Council",
        ),
        "expect": {
            "interviewers": [
                (
                    "Harpreet Sandhu",
                    "harpreet.sandhu@wrekin.gov.uk",
                    "Team Manager, Children's Services",
                    "decision_maker",
                ),
                (
                    "Siobhán O'Callaghan",
                    "siobhan.ocallaghan@wrekin.gov.uk",
                    "Advanced Practitioner",
                    "peer",
                ),
            ],
            "recruiter": (None, "peopleservices@wrekin.gov.uk"),
            "company": "Wrekin Borough Council",
            "position": "Senior Social Worker",
        },
    },
    {
        "id": "m-lever-graph-text-body-coordinator-on-behalf",
        "format": "graph",
        "style": "lever",
        "html": False,
        "title": "Alex Morgan - Hiring Manager Interview - Technical Writer",
        "start": "2028-08-29T15:00",
        "minutes": 45,
        "tz": "Pacific Standard Time",
        "organizer": P("Pilar Echeverría", "pilar@brackenlane.com"),
        "attendees": [ME, P("Jun Watanabe", "jun@brackenlane.com")],
        "description": (
            "Hi Alex,\r\n\r\nI've scheduled your hiring manager interview with Jun Watanabe (Documentation Lead). "
            "I won't be on the call myself.\r\n\r\nPilar Echeverría\r\nRecruiting Coordinator, Bracken Lane"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Jun Watanabe",
                    "jun@brackenlane.com",
                    "Documentation Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Pilar Echeverría", "pilar@brackenlane.com"),
            "company": "Bracken Lane",
            "position": "Technical Writer",
        },
    },
    {
        "id": "m-icims-graph-word-html-hiring-team-initials-locals",
        "format": "graph",
        "style": "icims",
        "title": "Interview Invitation: Maintenance Planner (2028-11873) - Alex Morgan",
        "start": "2028-08-30T08:00",
        "minutes": 60,
        "tz": "Central Standard Time",
        "organizer": P("Talent Acquisition", "ta-noreply@bluestemfoods.com"),
        "attendees": [ME, P(None, "jrk3@bluestemfoods.com"), P(None, "amv2@bluestemfoods.com")],
        "description": _word(
            "Dear Alex Morgan,",
            "",
            "Thank you for applying to <b>Maintenance Planner</b> at Bluestem Foods, Inc. (Job ID 2028-11873).",
            "",
            "<u>Interviewers</u>",
            "John R. Kessler — Maintenance Manager",
            "Ana María Villalobos — Reliability Engineer",
            "",
            "Please bring a photo ID to the guard house. Questions: Brenda Tollefson, Talent Acquisition.",
        ),
        "expect": {
            "interviewers": [
                (
                    "John R. Kessler",
                    "jrk3@bluestemfoods.com",
                    "Maintenance Manager",
                    "decision_maker",
                ),
                ("Ana María Villalobos", "amv2@bluestemfoods.com", "Reliability Engineer", "peer"),
            ],
            "recruiter": ("Brenda Tollefson", None),
            "company": "Bluestem Foods",
            "position": "Maintenance Planner",
        },
    },
    {
        "id": "m-human-graph-ea-organizer-cfo-required-ea-optional",
        "format": "graph",
        "style": "human",
        "title": "Alex Morgan // Meera Iyer",
        "start": "2028-08-31T17:00",
        "minutes": 30,
        "tz": "India Standard Time",
        "organizer": P("Fernandes, Glenda", "glenda.fernandes@tulsirenewables.in"),
        "attendees": [
            ME,
            P("Iyer, Meera", "meera.iyer@tulsirenewables.in"),
            P("Fernandes, Glenda", "glenda.fernandes@tulsirenewables.in", optional=True),
        ],
        "description": _word(
            "Dear Alex,",
            "",
            "Ms. Meera Iyer, Chief Financial Officer, would like to speak with you about the Financial "
            "Planning &amp; Analysis Manager opening. Please use the Teams link below.",
            "",
            "Warm regards,",
            "Glenda Fernandes | Executive Assistant to CFO | Tulsi Renewables Pvt. Ltd.",
        ),
        "expect": {
            "interviewers": [
                (
                    "Meera Iyer",
                    "meera.iyer@tulsirenewables.in",
                    "Chief Financial Officer",
                    "executive",
                )
            ],
            "recruiter": None,
            "company": "Tulsi Renewables",
            "position": "Financial Planning & Analysis Manager",
        },
    },
    {
        "id": "m-modernloop-graph-two-parts-declined-replaced",
        "format": "graph",
        "style": "modernloop",
        "title": "Interview Loop (Part 2 of 2): Alex Morgan – Security Engineer",
        "start": "2028-09-01T13:00",
        "minutes": 90,
        "tz": "Pacific Standard Time",
        "organizer": P("Interview Scheduling", "interviews@glasswingsec.com"),
        "attendees": [
            ME,
            P("Patel, Nikhil", "npatel@glasswingsec.com"),
            P("Ocampo, Lourdes", "locampo@glasswingsec.com"),
            P("Brandt, Fenna", "fbrandt@glasswingsec.com"),
        ],
        "description": _word(
            "Hello Alex — Part 2 of your loop (Part 1 was sent separately).",
            "",
            "1:00–1:45 Threat modelling — Lourdes Ocampo, Senior Security Engineer",
            "1:45–2:30 Hiring manager conversation — Fenna Brandt, Security Engineering Manager",
            "",
            "Update: Nikhil Patel had to drop out of this part; Lourdes is covering his session. Nikhil is still "
            "on the invite until the calendar sync catches up — please ignore.",
            "",
            "Coordinator: Kofi Asante-Boateng, Glasswing Security Recruiting",
        ),
        "expect": {
            "interviewers": [
                ("Lourdes Ocampo", "locampo@glasswingsec.com", "Senior Security Engineer", "peer"),
                (
                    "Fenna Brandt",
                    "fbrandt@glasswingsec.com",
                    "Security Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Kofi Asante-Boateng", None),
            "company": "Glasswing Security",
            "position": "Security Engineer",
        },
    },
    {
        "id": "m-workday-graph-word-labels-recruiter-required-no-run",
        "format": "graph",
        "style": "workday",
        "title": "Interview: Alex Morgan for JR-2028-06610 Clinical Research Coordinator",
        "start": "2028-09-04T11:00",
        "minutes": 45,
        "tz": "Eastern Standard Time",
        "organizer": P("Okafor, Uchenna", "uchenna.okafor@larkspurhealth.org"),
        "attendees": [
            ME,
            P("Okafor, Uchenna", "uchenna.okafor@larkspurhealth.org"),
            P("Dr. Benedetta Rinaldi", "benedetta.rinaldi@larkspurhealth.org"),
            P("Ahmad, Farah", "farah.ahmad@larkspurhealth.org"),
        ],
        "description": _word(
            "<b>Interview Details</b>",
            "Job Requisition: JR-2028-06610 Clinical Research Coordinator",
            "Interview Type: Panel",
            "Interviewer(s): Benedetta Rinaldi, MD, PhD (Principal Investigator, Oncology Trials); Farah Ahmad "
            "(Clinical Research Manager)",
            "Recruiter: Uchenna Okafor (scheduling only)",
            "",
            "Larkspur Health System",
        ),
        "expect": {
            "interviewers": [
                (
                    "Benedetta Rinaldi",
                    "benedetta.rinaldi@larkspurhealth.org",
                    "Principal Investigator, Oncology Trials",
                    "peer",
                ),
                (
                    "Farah Ahmad",
                    "farah.ahmad@larkspurhealth.org",
                    "Clinical Research Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Uchenna Okafor", "uchenna.okafor@larkspurhealth.org"),
            "company": "Larkspur Health System",
            "position": "Clinical Research Coordinator",
        },
    },
    {
        "id": "m-human-graph-teams-hm-own-invite-last-first-candidate-cn",
        "format": "graph",
        "style": "human",
        "title": "Chat re: Data Engineering role",
        "start": "2028-09-05T16:00",
        "minutes": 30,
        "tz": "Central Europe Standard Time",
        "organizer": P("Horváth, Zsófia", "zsofia.horvath@dunavolt.hu"),
        "attendees": [
            P("Morgan, Alex", "alex.morgan@gmail.com"),
            P("Horváth, Zsófia", "zsofia.horvath@dunavolt.hu"),
        ],
        "description": _word(
            "Hi Alex,",
            "",
            "Thanks for applying — I lead the data engineering team at Dunavolt and am hiring for the Senior "
            "Data Engineer role. Let's have an informal first chat.",
            "",
            "Zsófia",
        ),
        "expect": {
            "interviewers": [
                ("Zsófia Horváth", "zsofia.horvath@dunavolt.hu", None, "decision_maker", True)
            ],
            "recruiter": None,
            "company": "Dunavolt",
            "position": "Senior Data Engineer",
        },
    },
    {
        "id": "m-agency-graph-forwarded-client-invite-consultant-optional",
        "format": "graph",
        "style": "agency",
        "title": "FW: Interview - Head of Procurement - Alex Morgan",
        "start": "2028-09-06T10:00",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P("Beaumont, Oliver", "oliver.beaumont@harcourtsearch.co.uk"),
        "attendees": [
            ME,
            P("Beaumont, Oliver", "oliver.beaumont@harcourtsearch.co.uk", optional=True),
            P("stellan.aberg@kvarnholm.com", "stellan.aberg@kvarnholm.com"),
            P("Li, Wenjing", "wenjing.li@kvarnholm.com"),
        ],
        "description": _word(
            "Alex – forwarding the client's invite as discussed. Good luck!",
            "Oliver Beaumont | Principal Consultant | Harcourt Search",
            "",
            "<b>From:</b> Åberg, Stellan &lt;stellan.aberg@kvarnholm.com&gt;",
            "<b>Sent:</b> 01 September 2028 09:12",
            "<b>To:</b> Beaumont, Oliver &lt;oliver.beaumont@harcourtsearch.co.uk&gt;",
            "<b>Subject:</b> Interview - Head of Procurement",
            "",
            "Oliver, please share with your candidate. From our side: myself (Chief Operating Officer) and "
            "Wenjing Li (Category Director, Direct Materials).",
            "Stellan Åberg | COO | Kvarnholm Industrial AB",
        ),
        "expect": {
            "interviewers": [
                (
                    "Stellan Åberg",
                    "stellan.aberg@kvarnholm.com",
                    "Chief Operating Officer",
                    "executive",
                ),
                (
                    "Wenjing Li",
                    "wenjing.li@kvarnholm.com",
                    "Category Director, Direct Materials",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Oliver Beaumont", "oliver.beaumont@harcourtsearch.co.uk"),
            "company": "Kvarnholm Industrial",
            "position": "Head of Procurement",
        },
    },
    {
        "id": "m-human-graph-teams-room-resource-two-omars",
        "format": "graph",
        "style": "human",
        "title": "Interview – Alex Morgan – Warehouse Shift Lead",
        "start": "2028-09-07T07:00",
        "minutes": 45,
        "tz": "Arabian Standard Time",
        "organizer": P("Omar Haddad", "omar.haddad@falconlinelogistics.ae"),
        "attendees": [
            ME,
            P("Omar Haddad", "omar.haddad@falconlinelogistics.ae"),
            P("Omar Farooq", "omar.farooq@falconlinelogistics.ae"),
            P("JAFZA-WH3-Meeting Room 2", "jafza-wh3-mr2@falconlinelogistics.ae", room=True),
        ],
        "location": "JAFZA-WH3-Meeting Room 2",
        "description": _word(
            "Dear Alex,",
            "",
            "You will meet Omar Farooq (Warehouse Manager, WH3) — the hiring manager — and me, Omar Haddad "
            "(HR Officer). Please report to the WH3 gate at 06:45.",
            "",
            "Falcon Line Logistics LLC",
            teams=False,
        ),
        "expect": {
            "interviewers": [
                (
                    "Omar Farooq",
                    "omar.farooq@falconlinelogistics.ae",
                    "Warehouse Manager, WH3",
                    "decision_maker",
                    True,
                ),
                ("Omar Haddad", "omar.haddad@falconlinelogistics.ae", "HR Officer", "recruiter"),
            ],
            "recruiter": ("Omar Haddad", "omar.haddad@falconlinelogistics.ae"),
            "company": "Falcon Line Logistics",
            "position": "Warehouse Shift Lead",
        },
    },
    {
        "id": "m-smartrecruiters-graph-text-body-names-as-addresses",
        "format": "graph",
        "style": "smartrecruiters",
        "html": False,
        "title": "Video interview | Alex Morgan | Key Account Manager DACH",
        "start": "2028-09-08T09:00",
        "minutes": 45,
        "tz": "W. Europe Standard Time",
        "organizer": P(None, "no-reply@smartrecruiters.com"),
        "attendees": [
            ME,
            P(None, "m.oezdemir@helvetiasnacks.ch"),
            P(None, "c.rochat@helvetiasnacks.ch"),
        ],
        "description": (
            "Hello Alex,\r\n\r\nYou are invited to a video interview for Key Account Manager DACH at Helvetia "
            "Snacks.\r\n\r\nHiring team:\r\nMelike Özdemir - Head of Sales DACH (Hiring Manager)\r\n"
            "Céline Rochat - Key Account Manager\r\n\r\nThis interview was scheduled via SmartRecruiters."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Melike Özdemir",
                    "m.oezdemir@helvetiasnacks.ch",
                    "Head of Sales DACH",
                    "decision_maker",
                    True,
                ),
                ("Céline Rochat", "c.rochat@helvetiasnacks.ch", "Key Account Manager", "peer"),
            ],
            "recruiter": None,
            "company": "Helvetia Snacks",
            "position": "Key Account Manager DACH",
        },
    },
    {
        "id": "m-human-graph-reschedule-word-html-new-panel-line",
        "format": "graph",
        "style": "human",
        "title": "Rescheduled: Final interview - Alex Morgan - Operations Director",
        "start": "2028-09-11T14:00",
        "minutes": 60,
        "tz": "E. South America Standard Time",
        "organizer": P("Recrutamento Pitanga", "recrutamento@pitangamoveis.com.br"),
        "attendees": [
            ME,
            P("Guimarães, Tiago", "tiago.guimaraes@pitangamoveis.com.br"),
            P("Nogueira, Beatriz", "beatriz.nogueira@pitangamoveis.com.br"),
        ],
        "description": _word(
            "Olá Alex,",
            "",
            "We've moved your final interview to Monday 14:00 (Brasília). The panel is now Tiago Guimarães (CEO) "
            "and Beatriz Nogueira (Diretora de Pessoas). Everything else stays the same.",
            "",
            "Equipe de Recrutamento — Pitanga Móveis",
        ),
        "expect": {
            "interviewers": [
                ("Tiago Guimarães", "tiago.guimaraes@pitangamoveis.com.br", "CEO", "executive"),
                (
                    "Beatriz Nogueira",
                    "beatriz.nogueira@pitangamoveis.com.br",
                    "Diretora de Pessoas",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "recrutamento@pitangamoveis.com.br"),
            "company": "Pitanga Móveis",
            "position": "Operations Director",
        },
    },
    # --- .ics from several producers -----------------------------------------------------------
    {
        "id": "m-outlook-ics-last-first-cn-quoted-hm-prose",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview: Alex Morgan (Electrical Design Engineer)",
        "start": "2028-09-12T10:00",
        "minutes": 60,
        "tz": "Central Standard Time",
        "organizer": P("Szymańska, Agnieszka", "agnieszka.szymanska@prairiewire.com"),
        "attendees": [
            P("Morgan, Alex", "alex.morgan@gmail.com"),
            P("Szymańska, Agnieszka", "agnieszka.szymanska@prairiewire.com", partstat="ACCEPTED"),
            P("Wojcik, Brandon", "brandon.wojcik@prairiewire.com", partstat="ACCEPTED"),
        ],
        "description": (
            "Alex,\n\nPlease join Brandon and me on Teams. Brandon Wojcik is a Senior Electrical Engineer on the "
            "substation team. I manage the Electrical Design group and this position reports to me.\n\n"
            "Agnieszka Szymańska, P.E.\nElectrical Design Manager\nPrairie Wire Engineering" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Agnieszka Szymańska",
                    "agnieszka.szymanska@prairiewire.com",
                    "Electrical Design Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Brandon Wojcik",
                    "brandon.wojcik@prairiewire.com",
                    "Senior Electrical Engineer",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Prairie Wire Engineering",
            "position": "Electrical Design Engineer",
        },
    },
    {
        "id": "m-apple-ics-founder-icloud-no-cn",
        "format": "ics",
        "style": "human",
        "prodid": "-//Apple Inc.//macOS 15.1//EN",
        "title": "Alex x Émile — Lumen & Loam",
        "start": "2028-09-13T18:00",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P(None, "emile.fontaine@icloud.com"),
        "attendees": [ME, P(None, "emile.fontaine@icloud.com", partstat="ACCEPTED")],
        "location": "Café Méricourt, 22 Rue de la Folie Méricourt, 75011 Paris",
        "description": (
            "Salut Alex — so happy you're up for this. I'm the founder of Lumen & Loam, we're looking for someone "
            "to take over brand and e-commerce as our first marketing hire. Just a chat, no prep needed.\n\nÉmile"
        ),
        "expect": {
            "interviewers": [
                ("Émile Fontaine", "emile.fontaine@icloud.com", "Founder", "executive")
            ],
            "recruiter": None,
            "company": "Lumen & Loam",
            "position": None,
        },
    },
    {
        "id": "m-zoho-ics-panel-in-description-partstat-declined",
        "format": "ics",
        "style": "human",
        "prodid": "-//Zoho Corporation//Zoho Calendar//EN",
        "title": "Technical Round - Alex Morgan - Backend Developer (Java)",
        "start": "2028-09-14T11:30",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P("Keerthana R", "keerthana.r@mangroveerp.in"),
        "attendees": [
            ME,
            P("Senthil Kumar Arumugam", "senthil.a@mangroveerp.in", partstat="ACCEPTED"),
            P("Divya Nair", "divya.nair@mangroveerp.in", partstat="DECLINED"),
            P("Faizan Shaikh", "faizan.s@mangroveerp.in", partstat="ACCEPTED"),
        ],
        "description": (
            "Dear Alex,\n\nTechnical round panel: Senthil Kumar Arumugam (Engineering Manager) and Faizan Shaikh "
            "(Senior Developer). Divya has declined as she is on leave, Faizan will take her questions.\n\n"
            "Regards,\nKeerthana R\nHR Executive - Talent Acquisition\nMangrove ERP Solutions Pvt Ltd"
        ),
        "location": "https://meeting.zoho.in/meeting/join?key=1034459872",
        "expect": {
            "interviewers": [
                (
                    "Senthil Kumar Arumugam",
                    "senthil.a@mangroveerp.in",
                    "Engineering Manager",
                    "decision_maker",
                ),
                ("Faizan Shaikh", "faizan.s@mangroveerp.in", "Senior Developer", "peer"),
            ],
            "recruiter": ("Keerthana R", "keerthana.r@mangroveerp.in"),
            "company": "Mangrove ERP Solutions",
            "position": "Backend Developer (Java)",
        },
    },
    {
        "id": "m-zoom-ics-host-only-topic-line",
        "format": "ics",
        "style": "human",
        "prodid": "-//zoom.us//iCalendar Event//EN",
        "title": "Alex Morgan - Interview - Grants Manager",
        "start": "2028-09-15T13:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Yolanda Mbeki-Harris", "ymbekiharris@tidewaterfund.org"),
        "attendees": [ME],
        "description": (
            "Yolanda Mbeki-Harris is inviting you to a scheduled Zoom meeting.\n\nTopic: Alex Morgan - Interview "
            "- Grants Manager\nTime: Sep 15, 2028 01:00 PM Eastern Time (US and Canada)\n\n"
            "Interviewers: Yolanda Mbeki-Harris, Director of Development (hiring manager), and Caspian Reyes-Whitaker, "
            "Senior Grants Officer." + ZOOM + "\n\nTidewater Community Fund"
        ),
        "expect": {
            "interviewers": [
                (
                    "Yolanda Mbeki-Harris",
                    "ymbekiharris@tidewaterfund.org",
                    "Director of Development",
                    "decision_maker",
                    True,
                ),
                ("Caspian Reyes-Whitaker", None, "Senior Grants Officer", "peer"),
            ],
            "recruiter": None,
            "company": "Tidewater Community Fund",
            "position": "Grants Manager",
        },
    },
    {
        "id": "m-greenhouse-ics-folded-schedule-room-cutype",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "In-person interview: Alex Morgan - Sous Chef, Test Kitchen - Hearthstead Meals",
        "start": "2028-09-18T08:00",
        "minutes": 180,
        "tz": "America/Los_Angeles",
        "organizer": P("Hearthstead Recruiting", "recruiting@hearthstead.com"),
        "attendees": [
            ME,
            P("OAK-TestKitchen-Pass (10)", "oak-testkitchen@hearthstead.com", room=True),
            P("Marisol Ochoa-Lindqvist", "mochoa@hearthstead.com"),
            P("Babajide Coker", "bcoker@hearthstead.com"),
        ],
        "description": (
            "Hi Alex, your in-person interview at Hearthstead Meals (Oakland test kitchen).\n\n"
            "8:00 AM - 9:30 AM | Practical cook: Babajide Coker, Senior Culinary Developer\n"
            "9:30 AM - 10:30 AM | Conversation: Marisol Ochoa-Lindqvist, Executive Chef & Head of Culinary "
            "(Hiring Manager)\n\nPlease bring knives and closed-toe shoes. Coordinator: Priya Venkataraman "
            "(recruiting@hearthstead.com)."
        ),
        "expect": {
            "interviewers": [
                ("Babajide Coker", "bcoker@hearthstead.com", "Senior Culinary Developer", "peer"),
                (
                    "Marisol Ochoa-Lindqvist",
                    "mochoa@hearthstead.com",
                    "Executive Chef & Head of Culinary",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Priya Venkataraman", "recruiting@hearthstead.com"),
            "company": "Hearthstead Meals",
            "position": "Sous Chef, Test Kitchen",
        },
    },
    {
        "id": "m-lever-ics-cn-with-pronouns-and-comma",
        "format": "ics",
        "style": "lever",
        "prodid": "-//Lever//Lever Scheduling//EN",
        "title": "Alex Morgan: Onsite Interview for Growth Engineer",
        "start": "2028-09-19T10:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Noor Siddiqui (she/her)", "noor@plinthapp.com"),
        "attendees": [
            ME,
            P("Okwudili, Chidi (he/him)", "chidi@plinthapp.com"),
            P("Sam Teixeira (they/them)", "sam.t@plinthapp.com"),
        ],
        "description": (
            "Hey Alex,\n\nToday you'll meet Chidi Okwudili, our Head of Growth, who is the hiring manager, and Sam "
            "Teixeira, Growth Engineer. Noor (that's me, your recruiter) will check in at the end.\n\n"
            "Noor Siddiqui — Recruiter @ Plinth" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Chidi Okwudili", "chidi@plinthapp.com", "Head of Growth", "decision_maker", True),
                ("Sam Teixeira", "sam.t@plinthapp.com", "Growth Engineer", "peer"),
            ],
            "recruiter": ("Noor Siddiqui", "noor@plinthapp.com"),
            "company": "Plinth",
            "position": "Growth Engineer",
        },
    },
    {
        "id": "m-google-export-ics-hm-optional-peer-required",
        "format": "ics",
        "style": "human",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex Morgan <> Marula Health | Clinical Product Designer",
        "start": "2028-09-20T15:00",
        "minutes": 45,
        "tz": "Africa/Johannesburg",
        "organizer": P("Thandiwe Dlamini", "thandiwe@marulahealth.co.za"),
        "attendees": [
            ME,
            P("Thandiwe Dlamini", "thandiwe@marulahealth.co.za", partstat="ACCEPTED"),
            P("Pieter van der Merwe", "pieter@marulahealth.co.za", optional=True),
            P("Lerato Mokoena", "lerato@marulahealth.co.za"),
        ],
        "description": (
            "Hi Alex,\n\nLerato (Senior Product Designer) will take you through a design critique. Pieter, our "
            "Design Director and your would-be manager, is optional as he may be on a flight — if he can't make it "
            "you'll meet him next week.\n\nThandiwe Dlamini | Talent Partner | Marula Health" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Lerato Mokoena", "lerato@marulahealth.co.za", "Senior Product Designer", "peer"),
                (
                    "Pieter van der Merwe",
                    "pieter@marulahealth.co.za",
                    "Design Director",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Thandiwe Dlamini", "thandiwe@marulahealth.co.za"),
            "company": "Marula Health",
            "position": "Clinical Product Designer",
        },
    },
    {
        "id": "m-goodtime-ics-loop-part-one-coordinator-mailbox",
        "format": "ics",
        "style": "goodtime",
        "prodid": "-//GoodTime.io//Interview Scheduling//EN",
        "title": "Interview (1 of 2) - Alex Morgan - Senior Actuarial Analyst",
        "start": "2028-09-21T09:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Cottonwood Re Interviews", "interviews@cottonwoodre.com"),
        "attendees": [
            ME,
            P(None, "gkaraoglu@cottonwoodre.com"),
            P(None, "mfitzsimmons@cottonwoodre.com"),
        ],
        "description": (
            "Part 1 of 2. Part 2 (case discussion) follows in a separate invite.\n\n"
            "09:00 - 09:30 | Gökhan Karaoğlu | Senior Pricing Actuary\n"
            "09:30 - 10:00 | Maeve Fitzsimmons | Actuarial Analyst II\n\n"
            "Need to reschedule? Reply to this invitation and the Cottonwood Re recruiting team will help."
        ),
        "expect": {
            "interviewers": [
                ("Gökhan Karaoğlu", "gkaraoglu@cottonwoodre.com", "Senior Pricing Actuary", "peer"),
                (
                    "Maeve Fitzsimmons",
                    "mfitzsimmons@cottonwoodre.com",
                    "Actuarial Analyst II",
                    "peer",
                ),
            ],
            "recruiter": (None, "interviews@cottonwoodre.com"),
            "company": "Cottonwood Re",
            "position": "Senior Actuarial Analyst",
        },
    },
    {
        "id": "m-icims-ics-outlook-producer-hiring-mgr-label",
        "format": "ics",
        "style": "icims",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Interview: Alex Morgan - Pharmacy Technician Lead (Req 88214)",
        "start": "2028-09-22T14:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Gilead Row Pharmacy Careers", "careers-noreply@gileadrowrx.com"),
        "attendees": [ME, P("Khadija Bello", "khadija.bello@gileadrowrx.com")],
        "description": (
            "Candidate: Alex Morgan\nJob: Pharmacy Technician Lead (Req 88214)\nHiring Mgr: Khadija Bello, "
            "PharmD - Pharmacy Manager, Store #0412\nFormat: Phone\nRecruiter: Travis Oduya\n\n"
            "Gilead Row Pharmacy, Inc. is an equal opportunity employer."
        ),
        "expect": {
            "interviewers": [
                (
                    "Khadija Bello",
                    "khadija.bello@gileadrowrx.com",
                    "Pharmacy Manager, Store #0412",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Travis Oduya", None),
            "company": "Gilead Row Pharmacy",
            "position": "Pharmacy Technician Lead",
        },
    },
    {
        "id": "m-calendly-ics-collective-two-hosts-vp-and-peer",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Ruairí Byrne and Hina Matsuda: Alex Morgan",
        "start": "2028-09-25T17:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Ruairí Byrne", "ruairi@slatehousegames.com"),
        "attendees": [
            ME,
            P("Ruairí Byrne", "ruairi@slatehousegames.com"),
            P("Hina Matsuda", "hina@slatehousegames.com"),
        ],
        "description": _calendly(
            "Gameplay Programmer — Round 2",
            "Hosts: Ruairí Byrne (VP Engineering, Slatehouse Games) and Hina Matsuda (Lead Gameplay Programmer, hiring manager)",
            "Link to your code sample: https://github.com/alexmorgan/ecs-toy",
            "aa91bb3e-55d0-4f60-9c10-4e8a2f93c1b2",
        ),
        "expect": {
            "interviewers": [
                ("Ruairí Byrne", "ruairi@slatehousegames.com", "VP Engineering", "executive"),
                (
                    "Hina Matsuda",
                    "hina@slatehousegames.com",
                    "Lead Gameplay Programmer",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Slatehouse Games",
            "position": "Gameplay Programmer",
        },
    },
    {
        "id": "m-outlook-ics-forwarded-chain-candidate-organizer",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "FW: Teams interview - Paralegal (Commercial Property)",
        "start": "2028-09-26T11:00",
        "minutes": 45,
        "tz": "GMT Standard Time",
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [ME],
        "description": (
            "\n\n-----Original Appointment-----\nFrom: Graduate & Legal Recruitment <legalrecruitment@pendlebury"
            "-law.co.uk>\nSent: 20 September 2028 16:40\nTo: Alex Morgan\nSubject: Teams interview - Paralegal "
            "(Commercial Property)\nWhen: 26 September 2028 11:00-11:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, "
            "London.\nWhere: Microsoft Teams Meeting\n\nDear Alex,\nYour interviewers will be Rosalind Okoro-Blake "
            "(Partner, Commercial Property) and Gethin Pryce (Senior Associate).\nKind regards,\n"
            "Graduate & Legal Recruitment | Pendlebury Law LLP" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Rosalind Okoro-Blake", None, "Partner, Commercial Property", "executive"),
                ("Gethin Pryce", None, "Senior Associate", "peer"),
            ],
            "recruiter": (None, "legalrecruitment@pendlebury-law.co.uk"),
            "company": "Pendlebury Law",
            "position": "Paralegal (Commercial Property)",
        },
    },
    {
        "id": "m-ashby-ics-cn-quoted-semicolon-names-hm-tag",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Alex Morgan: Final Round (ML Infrastructure Engineer) – Quarrystone AI",
        "start": "2028-09-27T09:30",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Quarrystone AI via Ashby", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("Dr. Ifeoma Nwachukwu; ML Infra", "ifeoma@quarrystone.ai"),
            P("Bartholomew \u201cBart\u201d Kinsella", "bart@quarrystone.ai"),
            P("Ji-woo Seo", "jiwoo@quarrystone.ai"),
        ],
        "description": (
            "Final Round — ML Infrastructure Engineer\n\n"
            "9:30 AM  Ifeoma Nwachukwu, PhD · Engineering Manager, ML Infra · [Hiring Manager]\n"
            "10:15 AM  Bart Kinsella · Staff Software Engineer\n"
            "11:00 AM  Ji-woo Seo · Co-founder & CTO\n\n"
            "Your recruiting contact: Lorenzo Marchetti (lorenzo@quarrystone.ai)" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Ifeoma Nwachukwu",
                    "ifeoma@quarrystone.ai",
                    "Engineering Manager, ML Infra",
                    "decision_maker",
                    True,
                ),
                ("Bart Kinsella", "bart@quarrystone.ai", "Staff Software Engineer", "peer"),
                ("Ji-woo Seo", "jiwoo@quarrystone.ai", "Co-founder & CTO", "executive"),
            ],
            "recruiter": ("Lorenzo Marchetti", "lorenzo@quarrystone.ai"),
            "company": "Quarrystone AI",
            "position": "ML Infrastructure Engineer",
        },
    },
    {
        "id": "m-teamtailor-ics-danish-english-room-and-hr",
        "format": "ics",
        "style": "teamtailor",
        "prodid": "-//Teamtailor//Teamtailor Calendar//EN",
        "title": "Interview: Alex Morgan – Supply Chain Planner – Fyrtårn Foods",
        "start": "2028-09-28T10:00",
        "minutes": 60,
        "tz": "Europe/Copenhagen",
        "organizer": P("Mette Kjærgaard", "mette.kjaergaard@fyrtaarnfoods.dk"),
        "attendees": [
            ME,
            P("Mette Kjærgaard", "mette.kjaergaard@fyrtaarnfoods.dk"),
            P("Søren Østergaard", "soren.ostergaard@fyrtaarnfoods.dk"),
            P("Mødelokale Havnen", "moedelokale.havnen@fyrtaarnfoods.dk", room=True),
        ],
        "location": "Mødelokale Havnen, Fyrtårn Foods, Vesterbrogade 120",
        "description": (
            "Hej Alex,\n\nVelkommen til samtale! You'll meet Søren Østergaard, Supply Chain Chef (head of supply "
            "chain) and your future manager, together with me from HR — I'll lead the first part of the "
            "conversation.\n\nVenlig hilsen\nMette Kjærgaard\nHR Partner, Fyrtårn Foods A/S"
        ),
        "expect": {
            "interviewers": [
                (
                    "Søren Østergaard",
                    "soren.ostergaard@fyrtaarnfoods.dk",
                    "Supply Chain Chef",
                    "decision_maker",
                    True,
                ),
                ("Mette Kjærgaard", "mette.kjaergaard@fyrtaarnfoods.dk", "HR Partner", "recruiter"),
            ],
            "recruiter": ("Mette Kjærgaard", "mette.kjaergaard@fyrtaarnfoods.dk"),
            "company": "Fyrtårn Foods",
            "position": "Supply Chain Planner",
        },
    },
    {
        "id": "m-apple-ics-agency-prep-then-client-named",
        "format": "ics",
        "style": "agency",
        "prodid": "-//Apple Inc.//iPhone OS 18.0//EN",
        "title": "Interview w/ Ridgeback Capital – Fund Accountant",
        "start": "2028-09-29T12:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Dana Kowalczyk-Reyes", "dana@northstarstaffing.com"),
        "attendees": [ME, P("Dana Kowalczyk-Reyes", "dana@northstarstaffing.com")],
        "location": "Ridgeback Capital, 500 Boylston St, 14th fl, Boston",
        "description": (
            "Hi Alex, adding this to your calendar so you have it. You'll meet with Harold Nguyen-Baptiste, Fund "
            "Controller (the hiring manager), and one of his senior fund accountants, Aigerim Zhakupova. I won't be "
            "there — call me afterwards!\n\nDana | NorthStar Staffing\n\nSent from my iPhone"
        ),
        "expect": {
            "interviewers": [
                ("Harold Nguyen-Baptiste", None, "Fund Controller", "decision_maker", True),
                ("Aigerim Zhakupova", None, "Senior Fund Accountant", "peer"),
            ],
            "recruiter": ("Dana Kowalczyk-Reyes", "dana@northstarstaffing.com"),
            "company": "Ridgeback Capital",
            "position": "Fund Accountant",
        },
    },
    {
        "id": "m-outlook-ics-shared-mailbox-onbehalf-hospital",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview - Alex Morgan - Biomedical Scientist Band 6",
        "start": "2028-10-02T09:15",
        "minutes": 40,
        "tz": "GMT Standard Time",
        "organizer": P("Pathology Admin (shared)", "pathology.admin@northfellhospitals.nhs.uk"),
        "attendees": [
            ME,
            P(
                "RAMASWAMY, Lakshmi (NORTHFELL HOSPITALS NHS TRUST)",
                "lakshmi.ramaswamy@northfellhospitals.nhs.uk",
            ),
            P(
                "DUFFY, Ciarán (NORTHFELL HOSPITALS NHS TRUST)",
                "ciaran.duffy@northfellhospitals.nhs.uk",
            ),
        ],
        "location": "Pathology Seminar Room, Level 2, Northfell General",
        "description": (
            "Sent on behalf of Lakshmi Ramaswamy, Blood Sciences Laboratory Manager.\n\n"
            "Interview panel: Lakshmi Ramaswamy (Laboratory Manager) and Ciarán Duffy (Senior Biomedical Scientist, "
            "Haematology). Please bring your HCPC registration.\n\nPathology Admin Team"
        ),
        "expect": {
            "interviewers": [
                (
                    "Lakshmi Ramaswamy",
                    "lakshmi.ramaswamy@northfellhospitals.nhs.uk",
                    "Blood Sciences Laboratory Manager",
                    "decision_maker",
                ),
                (
                    "Ciarán Duffy",
                    "ciaran.duffy@northfellhospitals.nhs.uk",
                    "Senior Biomedical Scientist, Haematology",
                    "peer",
                ),
            ],
            "recruiter": (None, "pathology.admin@northfellhospitals.nhs.uk"),
            "company": "Northfell Hospitals NHS Trust",
            "position": "Biomedical Scientist Band 6",
        },
    },
    # --- Near-misses: they mention interviewing, the user is not a job candidate ------------------
    {
        "id": "m-not-google-debrief-room-resource-user-interviewed",
        "format": "google",
        "style": "human",
        "title": "Debrief: Sr. Frontend Eng candidate (Oluwaseun A.)",
        "start": "2028-10-03T16:30",
        "minutes": 30,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            ME_WORK,
            P("Grace Liang", "grace.liang@initech.com"),
            P(
                "Initech-HQ-4-Maple (6)",
                "initech.com_34334d61706c65@resource.calendar.google.com",
                room=True,
            ),
        ],
        "description": (
            "<b>Interviewers:</b> please submit scorecards before this debrief.<br>Hiring manager: Grace Liang"
            "<br>Decision needed today."
        ),
        "expect": None,
    },
    {
        "id": "m-not-google-calendly-mock-interview-coach",
        "format": "google",
        "style": "calendly",
        "title": "Mock Interview (60 min) between Bertrand Oyelowo and Alex Morgan",
        "start": "2028-10-04T19:00",
        "minutes": 60,
        "organizer": P("Bertrand Oyelowo", "bertrand@ladderlinecoaching.com"),
        "attendees": [ME, P("Bertrand Oyelowo", "bertrand@ladderlinecoaching.com")],
        "description": _calendly(
            "Mock Interview (60 min)",
            "A full behavioural mock interview with written feedback. Paid session, invoice follows.",
            "Which company are you preparing for?: Quayside Financial, onsite next week",
            "0c4de6a1-7f55-4f1c-b7a8-6d31d4d2e001",
        ),
        "expect": None,
    },
    {
        "id": "m-not-google-lunch-buddy-for-candidate",
        "format": "google",
        "style": "modernloop",
        "title": "Lunch with candidate (Onsite) – Tereza Dvořáková",
        "start": "2028-10-05T12:00",
        "minutes": 45,
        "organizer": P("Initech Interviews", "interviews@initech.com"),
        "attendees": [ME_WORK, P("Tereza Dvořáková", "tereza.dvorakova@seznam.cz")],
        "description": (
            "Thanks for being the lunch buddy for Tereza's onsite! This is not an interview and no scorecard is "
            "needed — just give her an honest picture of working here.<br>Scheduled with ModernLoop"
        ),
        "expect": None,
    },
    {
        "id": "m-not-google-customer-interview-synthesis",
        "format": "google",
        "style": "human",
        "title": "Synthesis: 12 customer interviews (onboarding)",
        "start": "2028-10-06T14:00",
        "minutes": 90,
        "organizer": P("Mirela Stancu", "mirela.stancu@initech.com"),
        "attendees": [
            ME_WORK,
            P("Mirela Stancu", "mirela.stancu@initech.com"),
            P("Ade Bankole", "ade.bankole@initech.com"),
        ],
        "description": (
            "Let's affinity-map the notes from the onboarding interviews we ran last week.<br>"
            '<a href="https://www.figma.com/board/xyz">FigJam board</a>' + _MEET_HTML
        ),
        "expect": None,
    },
    {
        "id": "m-not-google-solo-prep-block-before-interview",
        "format": "google",
        "style": "human",
        "title": "Prep for Quayside interview tomorrow (STAR stories, re-read JD)",
        "start": "2028-10-07T20:00",
        "minutes": 60,
        "organizer": ME,
        "attendees": [],
        "description": "Focus block. Phone on DND.",
        "expect": None,
    },
    {
        "id": "m-not-graph-interview-rooms-hold-office-manager",
        "format": "graph",
        "style": "human",
        "title": "HOLD – interview rooms for Thursday loops",
        "start": "2028-10-09T09:00",
        "minutes": 480,
        "tz": "Eastern Standard Time",
        "organizer": P("Facilities, NYC", "facilities.nyc@initech.com"),
        "attendees": [
            ME_WORK,
            P("NYC-12-Hudson (4)", "nyc12hudson@initech.com", room=True),
            P("NYC-12-Battery (6)", "nyc12battery@initech.com", room=True),
        ],
        "description": _word(
            "Holding both rooms for the interview loops you're coordinating on Thursday. Release whatever you "
            "don't need by Wednesday noon.",
            teams=False,
        ),
        "expect": None,
    },
    {
        "id": "m-not-graph-hr-investigation-witness-interview",
        "format": "graph",
        "style": "human",
        "title": "Investigation interview – ER-2028-0311 (confidential)",
        "start": "2028-10-10T11:00",
        "minutes": 60,
        "tz": "GMT Standard Time",
        "organizer": P("Employee Relations", "employee.relations@initech.com"),
        "attendees": [ME_WORK, P("Whitmore, Saoirse", "saoirse.whitmore@initech.com")],
        "description": _word(
            "Dear Alex,",
            "",
            "As part of an ongoing grievance investigation we would like to interview you as a witness. You may "
            "bring a colleague or union representative. Saoirse Whitmore (Employee Relations Partner) will lead.",
        ),
        "expect": None,
    },
    {
        "id": "m-not-graph-hiring-sprint-planning",
        "format": "graph",
        "style": "human",
        "title": "Hiring sprint planning – 6 SRE interviews/week",
        "start": "2028-10-11T15:00",
        "minutes": 45,
        "tz": "Pacific Standard Time",
        "organizer": P("Andersson, Linnea", "linnea.andersson@initech.com"),
        "attendees": [ME_WORK, P("recruiting-ops@initech.com", "recruiting-ops@initech.com")],
        "description": _word(
            "Agenda: interviewer pool, phone screen capacity, who can take system design interviews in "
            "November, and the new take-home.",
        ),
        "expect": None,
    },
    {
        "id": "m-not-graph-talent-review-interview-data",
        "format": "graph",
        "style": "human",
        "html": False,
        "title": "Q4 Talent Review (Engineering)",
        "start": "2028-10-12T13:00",
        "minutes": 120,
        "tz": "Central Standard Time",
        "organizer": P("People Partners", "peoplepartners@initech.com"),
        "attendees": [ME_WORK, P("Ogunleye, Temitope", "temitope.ogunleye@initech.com")],
        "description": (
            "Calibrate ratings for your reports. Pre-read includes interview-to-offer data for the teams that "
            "hired this quarter.\r\n" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "m-not-graph-team-meets-candidate-for-new-director",
        "format": "graph",
        "style": "human",
        "title": "Team meet & greet: Director candidate (Hyun-woo Cha)",
        "start": "2028-10-13T10:00",
        "minutes": 30,
        "tz": "Eastern Standard Time",
        "organizer": P("Talent Acquisition", "ta@initech.com"),
        "attendees": [
            ME_WORK,
            P("hyunwoo.cha@fastmail.com", "hyunwoo.cha@fastmail.com"),
            P("Rossi, Giulia", "giulia.rossi@initech.com"),
        ],
        "description": _word(
            "Hi team,",
            "",
            "Hyun-woo is a finalist for the Director of Platform role you would report into. Please use this "
            "slot to interview him from the team's perspective and share feedback in the form afterwards.",
        ),
        "expect": None,
    },
    {
        "id": "m-not-ics-naturalization-interview",
        "format": "ics",
        "style": "human",
        "prodid": "-//Apple Inc.//macOS 15.1//EN",
        "title": "USCIS naturalization interview",
        "start": "2028-10-16T08:30",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": ME,
        "attendees": [ME],
        "location": "USCIS Field Office, 26 Federal Plaza, New York",
        "description": "Bring green card, passport, appointment notice (Form I-797C), tax transcripts. Civics test too.",
        "expect": None,
    },
    {
        "id": "m-not-ics-video-edit-ceo-interview",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Edit review: CEO interview cut for careers page",
        "start": "2028-10-17T14:00",
        "minutes": 45,
        "tz": "GMT Standard Time",
        "organizer": P("Brand Studio", "brandstudio@initech.com"),
        "attendees": [ME_WORK, P("Nakamura, Ren", "ren.nakamura@initech.com")],
        "description": (
            "Reviewing the 90-second cut of the interview we filmed with the CEO for the 'Why join us' page. "
            "Please come with notes on captions and b-roll." + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "m-not-ics-dinner-friend-new-job",
        "format": "ics",
        "style": "human",
        "prodid": "-//Apple Inc.//iPhone OS 18.0//EN",
        "title": "Dinner w/ Sanjay 🎉 (he got the job after 5 interviews!)",
        "start": "2028-10-18T19:30",
        "minutes": 120,
        "tz": "Europe/London",
        "organizer": ME,
        "attendees": [ME, P(None, "sanjay.k.menon@gmail.com", partstat="ACCEPTED")],
        "location": "Dishoom Kensington",
        "description": "Booked for 2. Sanjay's treat apparently",
        "expect": None,
    },
    {
        "id": "m-not-ics-au-pair-interview-user-hires",
        "format": "ics",
        "style": "human",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Au pair interview – Valentina (video)",
        "start": "2028-10-19T18:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": ME,
        "attendees": [ME, P("Valentina Córdoba", "vale.cordoba98@gmail.com")],
        "description": (
            "Our questions for her: driving licence? swimming? experience with under-5s? Ask for two references."
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "m-not-ics-vendor-demo-interview-scheduling-tool",
        "format": "ics",
        "style": "human",
        "prodid": "-//Zoho Corporation//Zoho Calendar//EN",
        "title": "Demo: automated interview scheduling (Initech x Calendix)",
        "start": "2028-10-20T16:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Brody Lindahl", "brody.lindahl@calendix.io"),
        "attendees": [ME_WORK, P("Brody Lindahl", "brody.lindahl@calendix.io")],
        "description": (
            "Thanks for taking the time, Alex! I'll show how Calendix books panel interviews across time zones "
            "and syncs with your ATS.\n\nBrody Lindahl | Account Executive | Calendix" + ZOOM
        ),
        "expect": None,
    },
]
