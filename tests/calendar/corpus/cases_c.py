# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Corpus, part C: events that talk about interviewing but are not the user's job interview
(the user works at Initech: their own hiring work, training, debriefs, press interviews, user
research, coaching), plus a few more interviews in less common shapes."""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

WORK = P("Alex Morgan", "alex.morgan@initech.com")
ME = P("Alex Morgan", "alex.morgan@gmail.com")


def _i(name: str, local: str) -> dict[str, Any]:
    return P(name, f"{local}@initech.com")


CASES: list[dict[str, Any]] = [
    {
        "id": "not-interview-training",
        "format": "google",
        "title": "Interview training for managers",
        "start": "2027-01-12T14:00",
        "organizer": _i("Beth Olson", "beth.olson"),
        "attendees": [WORK, _i("Beth Olson", "beth.olson"), _i("Raj Patel", "raj.patel")],
        "description": "Structured interviewing, scorecards and avoiding bias. Required for new hiring managers.",
    },
    {
        "id": "not-debrief",
        "format": "graph",
        "title": "Debrief: Senior Backend Engineer candidate (J. Lee)",
        "start": "2027-01-13T16:00",
        "minutes": 30,
        "organizer": _i("Nina Shah", "nina.shah"),
        "attendees": [WORK, _i("Nina Shah", "nina.shah"), _i("Omar Aziz", "omar.aziz")],
        "description": "Please submit your scorecards in Greenhouse before the debrief.",
    },
    {
        "id": "not-calibration",
        "format": "ics",
        "title": "Interviewer calibration - system design",
        "start": "2027-01-14T11:00",
        "organizer": _i("Lee Grant", "lee.grant"),
        "attendees": [WORK, _i("Lee Grant", "lee.grant"), _i("Ana Costa", "ana.costa")],
        "description": "Let's align on the bar for the system design interview.",
    },
    {
        "id": "not-loop-sync",
        "format": "google",
        "title": "Interview loop sync",
        "start": "2027-01-15T09:30",
        "minutes": 30,
        "organizer": _i("Maya Cohen", "maya.cohen"),
        "attendees": [WORK, _i("Maya Cohen", "maya.cohen"), _i("Tim Rhodes", "tim.rhodes")],
        "description": "Weekly sync on open reqs, pipeline and interviewer load.",
    },
    {
        "id": "not-user-interviews-candidate",
        "format": "ics",
        "prodid": "-//Greenhouse//Interview//EN",
        "title": "Interview: Jordan Blake for Data Engineer (Technical)",
        "start": "2027-01-18T13:00",
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [WORK, P("Jordan Blake", "jordan.blake88@gmail.com")],
        "description": (
            "You are interviewing Jordan Blake for the Data Engineer role. Interview kit: "
            "https://app.greenhouse.io/guides/8812/people/4411\nPlease submit feedback within "
            "24 hours." + ZOOM
        ),
    },
    {
        "id": "not-hiring-committee",
        "format": "graph",
        "title": "Hiring committee - Q1 engineering reqs",
        "start": "2027-01-19T15:00",
        "organizer": _i("Paula Reyes", "paula.reyes"),
        "attendees": [WORK, _i("Paula Reyes", "paula.reyes"), _i("Gus Lind", "gus.lind")],
        "description": "Review of candidates who completed onsite interviews this week.",
    },
    {
        "id": "not-podcast-interview",
        "format": "google",
        "title": "Podcast interview: Data Stack Weekly",
        "start": "2027-01-20T18:00",
        "organizer": P("Kim Hale", "kim@datastackweekly.fm"),
        "attendees": [WORK, P("Kim Hale", "kim@datastackweekly.fm")],
        "description": "Recording episode 42 about Initech's migration to streaming. We'll send questions ahead.",
    },
    {
        "id": "not-user-research",
        "format": "ics",
        "title": "Customer interview - onboarding research",
        "start": "2027-01-21T10:00",
        "minutes": 45,
        "organizer": WORK,
        "attendees": [WORK, P("Ellen Ward", "ellen.ward@acmeretail.com")],
        "description": "User research session about our onboarding flow. Recording for the research repo.",
    },
    {
        "id": "not-mock-interview-coach",
        "format": "google",
        "title": "Mock interview practice with coach",
        "start": "2027-01-22T19:00",
        "organizer": P("Dana Coach", "dana@careerlift.coach"),
        "attendees": [ME, P("Dana Coach", "dana@careerlift.coach")],
        "description": "We'll run a mock behavioral interview and review your answers.",
    },
    {
        "id": "not-interview-prep-friend",
        "format": "graph",
        "title": "Interview prep",
        "start": "2027-01-24T11:00",
        "organizer": ME,
        "attendees": [ME, P("Sam Ng", "sam.ng@outlook.com")],
        "description": "Going through system design questions before next week.",
    },
    {
        "id": "not-shadowing",
        "format": "ics",
        "title": "Interview shadowing (reverse shadow)",
        "start": "2027-01-25T14:00",
        "organizer": _i("Chris Young", "chris.young"),
        "attendees": [WORK, _i("Chris Young", "chris.young")],
        "description": "You'll lead, Chris observes. Candidate details in the interview kit.",
    },
    {
        "id": "not-one-on-one",
        "format": "google",
        "title": "Alex / Maya 1:1",
        "start": "2027-01-26T10:00",
        "minutes": 30,
        "organizer": _i("Maya Cohen", "maya.cohen"),
        "attendees": [WORK, _i("Maya Cohen", "maya.cohen")],
        "description": "Agenda: hiring plan, interviews this week, promo packet.",
    },
    {
        "id": "not-coffee-colleague",
        "format": "graph",
        "title": "Coffee chat - Alex & Tim",
        "start": "2027-01-27T15:00",
        "minutes": 30,
        "organizer": _i("Tim Rhodes", "tim.rhodes"),
        "attendees": [WORK, _i("Tim Rhodes", "tim.rhodes")],
        "description": "Catch up on how the new team is going.",
    },
    {
        "id": "not-hiring-info-session",
        "format": "ics",
        "title": "Campus recruiting info session - volunteers",
        "start": "2027-01-28T17:00",
        "organizer": P("Initech Campus", "campus@initech.com"),
        "attendees": [WORK, _i("Ray Song", "ray.song")],
        "description": "Volunteers needed to talk to students about interviewing at Initech.",
    },
    {
        "id": "not-dentist",
        "format": "google",
        "title": "Dentist - cleaning",
        "start": "2027-01-29T08:00",
        "attendees": [ME],
        "description": "Dr. Patel. Bring insurance card.",
    },
    {
        "id": "not-panel-talk",
        "format": "graph",
        "title": "Panel: The future of platform engineering",
        "start": "2027-02-01T18:00",
        "minutes": 90,
        "organizer": P("DevConf NYC", "events@devconf.nyc"),
        "attendees": [ME],
        "description": "Speakers: Lena Ortiz (Stripe), Omar Reed (Datadog). Moderated Q&A.",
    },
    {
        "id": "not-interview-scheduling-hold",
        "format": "google",
        "title": "[Hold] Interviewer block - onsite loops",
        "start": "2027-02-02T13:00",
        "minutes": 120,
        "organizer": P("Initech Interviews", "interviews@initech.com"),
        "attendees": [WORK],
        "description": "Held for upcoming onsite interviews. You will be assigned a candidate.",
    },
    {
        "id": "not-exit-interview",
        "format": "graph",
        "title": "Exit interview - Jamie Fox",
        "start": "2027-02-03T16:00",
        "minutes": 30,
        "organizer": WORK,
        "attendees": [WORK, _i("Jamie Fox", "jamie.fox")],
        "description": "HR exit interview template attached.",
    },
    # --- more interviews ----------------------------------------------------------------
    {
        "id": "extra-teams-interviewers-list",
        "format": "graph",
        "style": "human",
        "title": "Interview – Senior Data Engineer – Woodline Insurance",
        "start": "2027-02-04T10:00",
        "organizer": P("Claire Boyd", "claire.boyd@woodline.com"),
        "attendees": [
            ME,
            P("Hassan Ali", "hassan.ali@woodline.com"),
            P("Jenny Wu", "jenny.wu@woodline.com"),
        ],
        "description": (
            "Hello Alex,\n\nInterviewers: Hassan Ali, Data Engineering Manager / Jenny Wu, "
            "Senior Data Engineer\n\nKind regards,\nClaire Boyd\nTalent Acquisition Partner" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Hassan Ali",
                    "hassan.ali@woodline.com",
                    "Data Engineering Manager",
                    "decision_maker",
                ),
                ("Jenny Wu", "jenny.wu@woodline.com", "Senior Data Engineer", "peer"),
            ],
            "recruiter": ("Claire Boyd", "claire.boyd@woodline.com"),
            "company": "Woodline Insurance",
            "position": "Senior Data Engineer",
        },
    },
    {
        "id": "extra-meet-founder-google",
        "format": "google",
        "style": "founder",
        "title": "Alex x Finch — intro",
        "start": "2027-02-05T12:00",
        "minutes": 30,
        "organizer": P("Omar Siddiqui", "omar@finch.money"),
        "attendees": [ME, P("Omar Siddiqui", "omar@finch.money")],
        "description": (
            "Hi Alex — I'm one of the founders at Finch. We're hiring our first data lead and "
            "a mutual friend suggested we talk." + MEET
        ),
        "expect": {
            "interviewers": [("Omar Siddiqui", "omar@finch.money", "founder", "executive")],
            "recruiter": None,
            "company": "Finch",
            "position": None,
        },
    },
    {
        "id": "extra-workday-ics-panel",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Panel Interview: 2027-00981 Program Manager",
        "start": "2027-02-08T14:00",
        "organizer": P("Granite State Utilities Recruiting", "hr@gsu-energy.com"),
        "attendees": [
            ME,
            P("Martha Klein", "martha.klein@gsu-energy.com"),
            P("Derek Owens", "derek.owens@gsu-energy.com"),
        ],
        "description": (
            "Interview Details\nPosition: 2027-00981 Program Manager\nInterviewers:\n"
            "Martha Klein, Director, PMO\nDerek Owens, Senior Program Manager\n\nRecruiter: "
            "Alicia Grant (alicia.grant@gsu-energy.com)\n\nGranite State Utilities"
        ),
        "expect": {
            "interviewers": [
                ("Martha Klein", "martha.klein@gsu-energy.com", "Director, PMO", "decision_maker"),
                ("Derek Owens", "derek.owens@gsu-energy.com", "Senior Program Manager", "peer"),
            ],
            "recruiter": ("Alicia Grant", "alicia.grant@gsu-energy.com"),
            "company": "Granite State Utilities",
            "position": "Program Manager",
        },
    },
]
