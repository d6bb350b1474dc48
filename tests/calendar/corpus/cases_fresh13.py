# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Fresh held-out batch "fresh-13", written blind by someone who never ran the parser, before any
run of the parser on it (issue 16). Held out: `build.py` does not import this file;
`build_heldout13.py` renders it into `heldout-fresh13/`, measured with `--folder` by whoever
measures held-out batches. 60 invites: 45 interviews and 15 near-misses that mention
interviewing, 20 each as .ics, Google JSON and Graph JSON. The writer read only the case schema,
the renderer and the first cases of earlier parts for format, never the extraction code, the
bench or the corpus tests, and wrote these invites to differ from every earlier part (new
companies, countries, people, tools, layouts and sentence shapes).

Labels are what a careful person reads in the invite, not what the parser returns, with the
corpus conventions: a person the invite calls the hiring manager, or the candidate's future
manager ("who would be your manager", "the role reports to me", "on my team"), is a
decision_maker with the hiring-manager mark; a people-manager title (manager of a function, head
of, director, lead of a team) is a decision_maker; CEO, CTO, COO, VP, chief, co-founder are
executives unless called the hiring manager or the future manager; individual-contributor titles
that contain "manager" (key account, customer success manager) are peers; a recruiter or HR
person who runs or sits on the call is an interviewer (role recruiter) and the recruiter; one
who only coordinates is not an interviewer; the recruiter is the recruiter when one is named
(with None as address when the invite gives none), else the coordinator; a team mailbox with no
person is (None, address); a scheduling bot is no recruiter; a person with no title in the
invite has title None and role unknown unless the invite gives a role; legal forms,
requisition ids and "(m/w/d)" are left out of company and position; whatever the invite does
not say is None. Near-misses (expect None) are events about interviewing that are not the
user's own job interview: the user (Alex Morgan, who works at Initech) trains, debriefs,
calibrates, interviews a candidate, runs user research, is interviewed by a journalist, a
podcast or a vendor's marketing team, practises with a coach, or gives advice.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")
MEET_HTML = MEET.replace("\n", "<br>")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools -------------------------------------------------------------------
    {
        "id": "f13-greenhouse-ics-itinerary-initial-locals",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Itinerary: Alex Morgan for Controls Engineer II (R-20931)",
        "start": "2028-05-02T09:00",
        "minutes": 140,
        "tz": "America/Chicago",
        "organizer": P("Marisol Echeverría", "mecheverria@tidewright.io"),
        "attendees": [
            ME,
            P(None, "dk@tidewright.io"),
            P(None, "hrasmussen@tidewright.io"),
            P("Ife Adesanya", "ife.adesanya@tidewright.io"),
        ],
        "description": (
            "Alex,\n\nBelow is your itinerary for Tuesday's onsite at Tidewright Robotics (Plant 2, Joliet).\n\n"
            "9:00–9:50   Deepak Kamath (Senior Controls Engineer) — PLC & ladder logic walkthrough\n"
            "9:55–10:45  Hanne Rasmussen (Manager, Automation Engineering) — hiring manager\n"
            "10:50–11:20 Ife Adesanya (Safety Engineer) — safety culture on the floor\n\n"
            "Safety glasses and steel-toe overshoes are provided at the gate.\n\n"
            "Marisol Echeverría\nRecruiting Coordinator, Tidewright Robotics\n\n"
            "Your recruiter for this role is Garrett Fennimore (garrett.fennimore@tidewright.io)."
        ),
        "location": "Tidewright Robotics Plant 2, 1450 Channahon Rd, Joliet IL",
        "expect": {
            "interviewers": [
                ("Deepak Kamath", "dk@tidewright.io", "Senior Controls Engineer", "peer"),
                (
                    "Hanne Rasmussen",
                    "hrasmussen@tidewright.io",
                    "Manager, Automation Engineering",
                    "decision_maker",
                    True,
                ),
                ("Ife Adesanya", "ife.adesanya@tidewright.io", "Safety Engineer", "peer"),
            ],
            "recruiter": ("Garrett Fennimore", "garrett.fennimore@tidewright.io"),
            "company": "Tidewright Robotics",
            "position": "Controls Engineer II",
        },
    },
    {
        "id": "f13-greenhouse-google-html-table-no-displaynames",
        "format": "google",
        "style": "greenhouse",
        "title": "Alex Morgan <> Isobar Cartography — Virtual Onsite (Senior Frontend Engineer, Map Rendering)",
        "start": "2028-05-03T10:00",
        "minutes": 150,
        "tz": "America/Los_Angeles",
        "organizer": P("Priscilla Vandermolen", "priscilla@isobarmaps.com"),
        "attendees": [
            ME,
            P(None, "wen.jiahui@isobarmaps.com"),
            P(None, "t.blackfeather@isobarmaps.com"),
            P(None, "rosalind@isobarmaps.com"),
            P("Priscilla Vandermolen", "priscilla@isobarmaps.com", optional=True),
        ],
        "description": (
            "<p>Hi Alex, here is the plan for your virtual onsite. Each session uses the same Meet link.</p>"
            "<table><tr><th>Time (PT)</th><th>Session</th><th>Interviewer</th></tr>"
            "<tr><td>10:00</td><td>WebGL &amp; performance</td><td>Jiahui Wen, Staff Engineer</td></tr>"
            "<tr><td>10:50</td><td>Pair programming</td><td>Tomas Blackfeather, Frontend Engineer</td></tr>"
            "<tr><td>11:40</td><td>Manager conversation</td><td>Rosalind Ekwueme, Engineering Manager, Rendering (your future manager)</td></tr>"
            "</table><p>Recruiter: Priscilla Vandermolen</p>" + MEET_HTML
        ),
        "expect": {
            "interviewers": [
                ("Jiahui Wen", "wen.jiahui@isobarmaps.com", "Staff Engineer", "peer"),
                (
                    "Tomas Blackfeather",
                    "t.blackfeather@isobarmaps.com",
                    "Frontend Engineer",
                    "peer",
                ),
                (
                    "Rosalind Ekwueme",
                    "rosalind@isobarmaps.com",
                    "Engineering Manager, Rendering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Priscilla Vandermolen", "priscilla@isobarmaps.com"),
            "company": "Isobar Cartography",
            "position": "Senior Frontend Engineer, Map Rendering",
        },
    },
    {
        "id": "f13-greenhouse-graph-word-html-irish-req-noise",
        "format": "graph",
        "style": "greenhouse",
        "title": "Interview - Alex Morgan - Credit Risk Analyst (Req: 2028-CR-118) - Round 2",
        "start": "2028-05-04T11:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P("Talent Acquisition | Carrigmore Mutual", "ta@carrigmoremutual.ie"),
        "attendees": [
            ME,
            P("Ó Floinn, Ciarán", "ciaran.ofloinn@carrigmoremutual.ie"),
            P("Sheehy, Aoife", "aoife.sheehy@carrigmoremutual.ie"),
        ],
        "description": (
            '<html><body><p class="MsoNormal">Dear Alex,</p>'
            '<p class="MsoNormal">Thank you for your continued interest in Carrigmore Mutual. Your second-round interview will be with:</p>'
            '<p class="MsoNormal"><b>Ciarán Ó Floinn</b>, Head of Credit Risk<br><b>Aoife Sheehy</b>, Senior Credit Risk Analyst</p>'
            '<p class="MsoNormal">The interview is competency based and lasts approximately 60 minutes. Please bring photo identification to reception.</p>'
            '<p class="MsoNormal">Kind regards,<br>Róisín Gallagher<br>Talent Acquisition Partner<br>'
            "roisin.gallagher@carrigmoremutual.ie<br>Carrigmore Mutual DAC</p></body></html>"
        ),
        "location": "Carrigmore Mutual, 4 Grand Canal Quay, Dublin 2",
        "expect": {
            "interviewers": [
                (
                    "Ciarán Ó Floinn",
                    "ciaran.ofloinn@carrigmoremutual.ie",
                    "Head of Credit Risk",
                    "decision_maker",
                ),
                (
                    "Aoife Sheehy",
                    "aoife.sheehy@carrigmoremutual.ie",
                    "Senior Credit Risk Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Róisín Gallagher", "roisin.gallagher@carrigmoremutual.ie"),
            "company": "Carrigmore Mutual",
            "position": "Credit Risk Analyst",
        },
    },
    {
        "id": "f13-lever-ics-first-name-cns-bullets",
        "format": "ics",
        "style": "lever",
        "prodid": "-//Lever//Lever Scheduling//EN",
        "title": "Alex Morgan - Onsite (Part 2 of 2) - Whinstone Labs",
        "start": "2028-05-05T13:30",
        "minutes": 90,
        "tz": "America/Toronto",
        "organizer": P("Naveen Iyer", "naveen@whinstonelabs.ca"),
        "attendees": [
            ME,
            P("Sofía", "sofia.marquez@whinstonelabs.ca"),
            P("Guillaume", "guillaume.tremblay@whinstonelabs.ca"),
        ],
        "description": (
            "Who you'll meet:\n"
            "• Sofía Márquez — Product Lead, Data Platform. She'd be your manager.\n"
            "• Guillaume Tremblay — Senior Data Engineer\n\n"
            "Role: Data Engineer, Platform\n\n"
            "Naveen Iyer, Technical Recruiter\nWhinstone Labs · 200 Rue Peel, Montréal"
        ),
        "location": "Whinstone Labs, 200 Rue Peel, Montréal",
        "expect": {
            "interviewers": [
                (
                    "Sofía Márquez",
                    "sofia.marquez@whinstonelabs.ca",
                    "Product Lead, Data Platform",
                    "decision_maker",
                    True,
                ),
                (
                    "Guillaume Tremblay",
                    "guillaume.tremblay@whinstonelabs.ca",
                    "Senior Data Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Naveen Iyer", "naveen@whinstonelabs.ca"),
            "company": "Whinstone Labs",
            "position": "Data Engineer, Platform",
        },
    },
    {
        "id": "f13-lever-graph-text-body-recruiter-runs-intro-call",
        "format": "graph",
        "style": "lever",
        "html": False,
        "title": "Lever: Intro call with Tintenfass (Alex Morgan)",
        "start": "2028-05-08T10:00",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": P("Benedikt Rauch", "benedikt@tintenfass.de"),
        "attendees": [ME, P("Benedikt Rauch", "benedikt@tintenfass.de")],
        "description": (
            "Hi Alex,\n\nthis is our first conversation: 30 minutes, me on the phone, about your background "
            "and the Technical Writer (EN/DE) position. No preparation needed.\n\n"
            "Beste Grüße\nBenedikt Rauch\nTalent Acquisition Manager, Tintenfass Software GmbH\n+49 30 5557 1123"
        ),
        "expect": {
            "interviewers": [
                (
                    "Benedikt Rauch",
                    "benedikt@tintenfass.de",
                    "Talent Acquisition Manager",
                    "recruiter",
                ),
            ],
            "recruiter": ("Benedikt Rauch", "benedikt@tintenfass.de"),
            "company": "Tintenfass Software",
            "position": "Technical Writer (EN/DE)",
        },
    },
    {
        "id": "f13-ashby-google-fields-semicolon-hm-tag-no-titles",
        "format": "google",
        "style": "ashby",
        "title": "Alex Morgan | Pallas Orbital | Systems Design",
        "start": "2028-05-09T09:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Pallas Orbital Recruiting", "recruiting@pallasorbital.space"),
        "attendees": [
            ME,
            P("Yuki Moriyasu", "yuki@pallasorbital.space"),
            P("Obinna Chukwuka", "obinna@pallasorbital.space"),
        ],
        "description": (
            "Interview: Systems Design (60 min)\nCandidate: Alex Morgan\n"
            "Position: GNC Software Engineer — Req 0412\n"
            "Interviewers: Yuki Moriyasu (Hiring Manager); Obinna Chukwuka\n\n"
            "Candidate guide: https://pallasorbital.ashbyhq.com/guide/7c1e\n\n"
            "Questions? Your recruiter is Delia Moncrieff (delia@pallasorbital.space)." + MEET
        ),
        "expect": {
            "interviewers": [
                ("Yuki Moriyasu", "yuki@pallasorbital.space", None, "decision_maker", True),
                ("Obinna Chukwuka", "obinna@pallasorbital.space", None, "unknown"),
            ],
            "recruiter": ("Delia Moncrieff", "delia@pallasorbital.space"),
            "company": "Pallas Orbital",
            "position": "GNC Software Engineer",
        },
    },
    {
        "id": "f13-ashby-ics-prose-schedule-lab-biotech",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Interview with Solenne Bio: Alex Morgan",
        "start": "2028-05-10T13:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Catalina Ruiz-Ortega", "catalina@solenne.bio"),
        "attendees": [
            ME,
            P("Wilhelmina Frost", "w.frost@solenne.bio"),
            P("Kofi Ansah-Twum", "kansah@solenne.bio"),
        ],
        "description": (
            "Hi Alex — excited to have you in for the Scientist II, Downstream Process Development role.\n\n"
            "1:00 pm  You'll start with Kofi Ansah-Twum, a Senior Scientist on the purification team, in the lab.\n"
            "1:45 pm  Then Dr. Wilhelmina Frost, our Director of Process Development, who would be your manager.\n\n"
            "I'll meet you in the lobby at 12:50.\nCatalina (Recruiting, Solenne Bio)"
        ),
        "location": "Solenne Bio, 88 Sidney St, Cambridge MA",
        "expect": {
            "interviewers": [
                ("Kofi Ansah-Twum", "kansah@solenne.bio", "Senior Scientist", "peer"),
                (
                    "Wilhelmina Frost",
                    "w.frost@solenne.bio",
                    "Director of Process Development",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Catalina Ruiz-Ortega", "catalina@solenne.bio"),
            "company": "Solenne Bio",
            "position": "Scientist II, Downstream Process Development",
        },
    },
    {
        "id": "f13-goodtime-graph-arrow-rows-mailbox-organizer",
        "format": "graph",
        "style": "goodtime",
        "title": "Interview for Maintenance Planner – Alex Morgan – Cinderford Logistics",
        "start": "2028-05-11T14:00",
        "minutes": 75,
        "tz": "Europe/London",
        "organizer": P("Cinderford Interview Scheduling", "interviews@cinderford.co.uk"),
        "attendees": [
            ME,
            P("Gareth Llewellyn-Hughes", "gareth.llewellyn-hughes@cinderford.co.uk"),
            P("Małgorzata Wiśniewska", "m.wisniewska@cinderford.co.uk"),
        ],
        "description": (
            "Hello Alex,\n\nYour interview has been scheduled.\n\n"
            "▸ 14:00 – 14:45 | Technical | Gareth Llewellyn-Hughes – Engineering Manager (Fleet)\n"
            "▸ 14:45 – 15:15 | Ways of working | Małgorzata Wiśniewska – Maintenance Planner\n\n"
            "If you need to reschedule, reply to this message.\n\n"
            "Cinderford Interview Scheduling\nPowered by GoodTime" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Gareth Llewellyn-Hughes",
                    "gareth.llewellyn-hughes@cinderford.co.uk",
                    "Engineering Manager (Fleet)",
                    "decision_maker",
                ),
                (
                    "Małgorzata Wiśniewska",
                    "m.wisniewska@cinderford.co.uk",
                    "Maintenance Planner",
                    "peer",
                ),
            ],
            "recruiter": (None, "interviews@cinderford.co.uk"),
            "company": "Cinderford Logistics",
            "position": "Maintenance Planner",
        },
    },
    {
        "id": "f13-goodtime-google-html-bold-nickname-cn",
        "format": "google",
        "style": "goodtime",
        "title": "[Gloamhollow Games] Alex Morgan – Narrative Designer – Interview Loop",
        "start": "2028-05-12T11:00",
        "minutes": 90,
        "tz": "America/Toronto",
        "organizer": P("Hélène Bouchard", "helene.bouchard@gloamhollow.gg"),
        "attendees": [
            ME,
            P("Raf Lemieux", "raphael.lemieux@gloamhollow.gg"),
            P("Min-seo Park", "minseo.park@gloamhollow.gg"),
            P("Hélène Bouchard", "helene.bouchard@gloamhollow.gg", optional=True),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Here is your loop:</p>"
            "<p><b>11:00</b> — <b>Raphaël Lemieux</b>, Lead Narrative Designer (hiring manager)<br>"
            "<b>11:45</b> — <b>Min-seo Park</b>, Senior Writer</p>"
            "<p>Hélène Bouchard<br>Recruiting Coordinator — Gloamhollow Games</p>" + MEET_HTML
        ),
        "expect": {
            "interviewers": [
                (
                    "Raphaël Lemieux",
                    "raphael.lemieux@gloamhollow.gg",
                    "Lead Narrative Designer",
                    "decision_maker",
                    True,
                ),
                ("Min-seo Park", "minseo.park@gloamhollow.gg", "Senior Writer", "peer"),
            ],
            "recruiter": ("Hélène Bouchard", "helene.bouchard@gloamhollow.gg"),
            "company": "Gloamhollow Games",
            "position": "Narrative Designer",
        },
    },
    {
        "id": "f13-modernloop-ics-single-bar-raiser-vp",
        "format": "ics",
        "style": "modernloop",
        "prodid": "-//ModernLoop//Scheduling//EN",
        "title": "Alex Morgan: Bar Raiser (45m) — Petrichor Analytics",
        "start": "2028-05-15T15:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Petrichor Recruiting Ops", "recruiting-ops@petrichor.ai"),
        "attendees": [ME, P("Ngozi Adeyemi-Clarke", "ngozi@petrichor.ai")],
        "description": (
            "Interview: Bar Raiser\nDuration: 45 minutes\n"
            "Interviewer: Ngozi Adeyemi-Clarke, VP Data Science\n"
            "Role: Senior Machine Learning Engineer, Forecasting (JR-7781)\n"
            "Recruiter: Thaddeus Pennyfeather <thaddeus@petrichor.ai>\n\nScheduled with ModernLoop"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Ngozi Adeyemi-Clarke", "ngozi@petrichor.ai", "VP Data Science", "executive"),
            ],
            "recruiter": ("Thaddeus Pennyfeather", "thaddeus@petrichor.ai"),
            "company": "Petrichor Analytics",
            "position": "Senior Machine Learning Engineer, Forecasting",
        },
    },
    {
        "id": "f13-modernloop-graph-two-on-one-slot-lunch-not-evaluated",
        "format": "graph",
        "style": "modernloop",
        "title": "Onsite interview — Landscape Architect (Project Lead) — Alex Morgan",
        "start": "2028-05-16T10:00",
        "minutes": 150,
        "tz": "America/Los_Angeles",
        "organizer": P("Beatrix Olayemi", "beatrix@sedgeandstone.com"),
        "attendees": [
            ME,
            P("Ezra Whitlock", "ezra@sedgeandstone.com"),
            P("Mireille Dufort", "mireille@sedgeandstone.com"),
            P("Sandeep Grewal", "sandeep@sedgeandstone.com"),
        ],
        "description": (
            "Schedule\n"
            "10:00 Portfolio presentation — Ezra Whitlock (Principal), Mireille Dufort (Senior Associate)\n"
            "11:00 Studio walk-through — Sandeep Grewal (Landscape Designer)\n"
            "11:45 Lunch with the studio (informal, not evaluated)\n\n"
            "Ezra leads the studio and is the hiring manager.\n\n"
            "Beatrix Olayemi · Talent & Operations · Sedge & Stone"
        ),
        "location": "Sedge & Stone Studio, 1120 SE Water Ave, Portland OR",
        "expect": {
            "interviewers": [
                ("Ezra Whitlock", "ezra@sedgeandstone.com", "Principal", "decision_maker", True),
                ("Mireille Dufort", "mireille@sedgeandstone.com", "Senior Associate", "peer"),
                ("Sandeep Grewal", "sandeep@sedgeandstone.com", "Landscape Designer", "peer"),
            ],
            "recruiter": ("Beatrix Olayemi", "beatrix@sedgeandstone.com"),
            "company": "Sedge & Stone",
            "position": "Landscape Architect (Project Lead)",
        },
    },
    {
        "id": "f13-gem-google-sourcer-sets-up-hm-and-leaves",
        "format": "google",
        "style": "gem",
        "title": "Alex / Yarrowstone — chat with Inês (Head of Claims Automation)",
        "start": "2028-05-17T12:30",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Lachlan Moody", "lachlan.moody@yarrowstone.com"),
        "attendees": [
            ME,
            P("Inês Sobral", "ines.sobral@yarrowstone.com"),
            P("Lachlan Moody", "lachlan.moody@yarrowstone.com", optional=True),
        ],
        "description": (
            "Hi Alex,\n\nAs promised, here's time with Inês Sobral, who runs Claims Automation here at "
            "Yarrowstone and is hiring for the Senior Product Manager, Claims role we discussed. "
            "I won't join — it's just the two of you.\n\n"
            "Lachlan Moody\nSourcing Lead, Yarrowstone\n\nSent with Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Inês Sobral",
                    "ines.sobral@yarrowstone.com",
                    "Head of Claims Automation",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lachlan Moody", "lachlan.moody@yarrowstone.com"),
            "company": "Yarrowstone",
            "position": "Senior Product Manager, Claims",
        },
    },
    {
        "id": "f13-gem-ics-booking-link-coo-it-reports-to",
        "format": "ics",
        "style": "gem",
        "prodid": "-//Gem//Gem Scheduling//EN",
        "title": "Alex Morgan and Grey Heron Seafoods: 30 min",
        "start": "2028-05-18T08:30",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Halvor Steensland", "halvor@greyheronseafoods.com"),
        "attendees": [
            ME,
            P("Halvor Steensland", "halvor@greyheronseafoods.com"),
            P("Priya Raghavachari", "priya.r@greyheronseafoods.com"),
        ],
        "description": (
            "Booked via Gem scheduling link.\n\n"
            "Agenda (from Halvor): Priya (our COO) and I want to talk through the Supply Planning Manager "
            "opening with you — the role reports to Priya.\n\n"
            "Halvor Steensland | Talent Partner, Grey Heron Seafoods"
        ),
        "expect": {
            "interviewers": [
                (
                    "Halvor Steensland",
                    "halvor@greyheronseafoods.com",
                    "Talent Partner",
                    "recruiter",
                ),
                (
                    "Priya Raghavachari",
                    "priya.r@greyheronseafoods.com",
                    "COO",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Halvor Steensland", "halvor@greyheronseafoods.com"),
            "company": "Grey Heron Seafoods",
            "position": "Supply Planning Manager",
        },
    },
    {
        "id": "f13-calendly-google-recruiter-screen-answers-posting-no",
        "format": "google",
        "style": "calendly",
        "title": "Recruiter Screen (20 min) between Odalys Ferrer and Alex Morgan — Gannet Health",
        "start": "2028-05-19T11:00",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Odalys Ferrer", "odalys.ferrer@gannethealth.org"),
        "attendees": [ME, P("Odalys Ferrer", "odalys.ferrer@gannethealth.org")],
        "description": (
            "Event Name: Recruiter Screen (20 min)\n\n"
            "Location: This is a Google Meet web conference.\n\n"
            "Please share anything that will help prepare for our meeting.: Applying for Clinical Informatics "
            "Analyst (Posting #GH-30318)\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/6f1d\n"
            "Reschedule: https://calendly.com/reschedulings/6f1d\n\nPowered by Calendly.com" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Odalys Ferrer", "odalys.ferrer@gannethealth.org", None, "recruiter"),
            ],
            "recruiter": ("Odalys Ferrer", "odalys.ferrer@gannethealth.org"),
            "company": "Gannet Health",
            "position": "Clinical Informatics Analyst",
        },
    },
    {
        "id": "f13-calendly-ics-hm-own-link-india",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "30 Minute Meeting between Alex Morgan and Rukmini Sastry",
        "start": "2028-05-22T16:00",
        "minutes": 30,
        "tz": "Asia/Kolkata",
        "organizer": P("Rukmini Sastry", "rukmini@kesariagritech.in"),
        "attendees": [ME, P("Rukmini Sastry", "rukmini@kesariagritech.in")],
        "description": (
            "Event Name: 30 Minute Meeting\n\n"
            "Note from Rukmini: Hi Alex, I came across your crop-model notebooks. The Data Analyst - Crop Yield "
            "role sits in my team, so let's talk about it.\n\n"
            "Rukmini Sastry, Head of Data, Kesari Agritech Pvt. Ltd.\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Rukmini Sastry",
                    "rukmini@kesariagritech.in",
                    "Head of Data",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Kesari Agritech",
            "position": "Data Analyst - Crop Yield",
        },
    },
    {
        "id": "f13-workday-graph-last-first-hm-field-recruiter-no-address",
        "format": "graph",
        "style": "workday",
        "title": "Interview Scheduled: Alex Morgan - Project Controls Specialist (JR-118204)",
        "start": "2028-05-23T09:30",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P(
            "Ketterman Energy Talent Acquisition", "talentacquisition@kettermanenergy.com"
        ),
        "attendees": [
            ME,
            P("Okonkwo, Chidera", "chidera.ugwu@kettermanenergy.com"),
            P("Blanchard, Louis", "louis.blanchard@kettermanenergy.com"),
        ],
        "description": (
            "Candidate: Alex Morgan\nJob Requisition: JR-118204 Project Controls Specialist (Open)\n"
            "Interview Type: Panel\nHiring Manager: Chidera Ugwu\n"
            "Interviewers: Chidera Ugwu; Louis Blanchard (Senior Cost Engineer)\n"
            "Recruiter: Tamsin Greaves\n"
            "Location: Ketterman Energy, 2200 Post Oak Blvd, 14th floor, Houston\n\n"
            "Please arrive 15 minutes early and check in with security."
        ),
        "location": "2200 Post Oak Blvd, 14th floor, Houston TX",
        "expect": {
            "interviewers": [
                (
                    "Chidera Ugwu",
                    "chidera.ugwu@kettermanenergy.com",
                    None,
                    "decision_maker",
                    True,
                ),
                (
                    "Louis Blanchard",
                    "louis.blanchard@kettermanenergy.com",
                    "Senior Cost Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Tamsin Greaves", None),
            "company": "Ketterman Energy",
            "position": "Project Controls Specialist",
        },
    },
    {
        "id": "f13-workday-ics-interviewers-field-two-branch-managers",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday Inc//Workday Recruiting//EN",
        "title": "Interview - Alex Morgan - Branch Manager Trainee (R0049127)",
        "start": "2028-05-24T10:00",
        "minutes": 45,
        "tz": "America/Detroit",
        "organizer": P("Corrievale Careers", "careers@corrievalecu.org"),
        "attendees": [
            ME,
            P("Dorotea Vuković", "dvukovic@corrievalecu.org"),
            P("Ambrose Tully", "atully@corrievalecu.org"),
        ],
        "description": (
            "Interview Details\nPosition: Branch Manager Trainee\n"
            "Interviewer(s): Dorotea Vuković, Regional Branch Director; Ambrose Tully, Branch Manager - Elm Street\n"
            "Contact: Corrievale Careers (careers@corrievalecu.org)\n\n"
            "Corrievale Credit Union is an Equal Opportunity Employer."
        ),
        "location": "Corrievale Credit Union, 310 Elm St, Ann Arbor MI",
        "expect": {
            "interviewers": [
                (
                    "Dorotea Vuković",
                    "dvukovic@corrievalecu.org",
                    "Regional Branch Director",
                    "decision_maker",
                ),
                (
                    "Ambrose Tully",
                    "atully@corrievalecu.org",
                    "Branch Manager - Elm Street",
                    "decision_maker",
                ),
            ],
            "recruiter": (None, "careers@corrievalecu.org"),
            "company": "Corrievale Credit Union",
            "position": "Branch Manager Trainee",
        },
    },
    {
        "id": "f13-icims-google-tool-mailbox-organizer-client-domain",
        "format": "google",
        "style": "icims",
        "title": "Wickersham Paper Mills | Interview | Process Engineer - Paper Machine 4 | Alex Morgan",
        "start": "2028-05-25T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P(
            "iCIMS Scheduling on behalf of Wickersham Paper Mills", "wickersham-talent@icims.com"
        ),
        "attendees": [
            ME,
            P("Lars Gunderson", "lars.gunderson@wickershammills.com"),
            P("Tiana Roanhorse", "tiana.roanhorse@wickershammills.com"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Process Engineer - Paper Machine 4 position at "
            "Wickersham Paper Mills. You are invited to a video interview with our hiring team:\n\n"
            "Lars Gunderson - Production Superintendent, PM4 (Hiring Manager)\n"
            "Tiana Roanhorse - Process Engineer\n\n"
            "Recruiter: Corinne Mattson, corinne.mattson@wickershammills.com\n\n"
            "Requisition ID: 2028-4410" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Lars Gunderson",
                    "lars.gunderson@wickershammills.com",
                    "Production Superintendent, PM4",
                    "decision_maker",
                    True,
                ),
                (
                    "Tiana Roanhorse",
                    "tiana.roanhorse@wickershammills.com",
                    "Process Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Corinne Mattson", "corinne.mattson@wickershammills.com"),
            "company": "Wickersham Paper Mills",
            "position": "Process Engineer - Paper Machine 4",
        },
    },
    {
        "id": "f13-icims-graph-hr-generalist-phone-interview",
        "format": "graph",
        "style": "icims",
        "title": "Phone Interview: Alex Morgan / Payroll Specialist (Job ID 88231)",
        "start": "2028-05-26T14:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Yolanda Stillwater", "ystillwater@tesselatepkg.com"),
        "attendees": [ME, P("Yolanda Stillwater", "ystillwater@tesselatepkg.com")],
        "description": (
            "Hi Alex,\n\nI'll call you at the number on your application for a 30 minute phone interview "
            "for the Payroll Specialist position. I'm the HR Generalist supporting our Greenville plant.\n\n"
            "Yolanda Stillwater\nHR Generalist | Tesselate Packaging\nystillwater@tesselatepkg.com"
        ),
        "expect": {
            "interviewers": [
                (
                    "Yolanda Stillwater",
                    "ystillwater@tesselatepkg.com",
                    "HR Generalist",
                    "recruiter",
                ),
            ],
            "recruiter": ("Yolanda Stillwater", "ystillwater@tesselatepkg.com"),
            "company": "Tesselate Packaging",
            "position": "Payroll Specialist",
        },
    },
    {
        "id": "f13-smartrecruiters-ics-hiring-team-dash-roles-swiss",
        "format": "ics",
        "style": "smartrecruiters",
        "prodid": "-//SmartRecruiters//Interview Scheduler//EN",
        "title": "Interview: Alex Morgan for Regional Sales Executive – DACH",
        "start": "2028-05-29T10:30",
        "minutes": 60,
        "tz": "Europe/Zurich",
        "organizer": P("Noemi Santschi", "noemi.santschi@fjellrose.ch"),
        "attendees": [
            ME,
            P("Reto Imhof", "reto.imhof@fjellrose.ch"),
            P("Annika Lindgren", "annika.lindgren@fjellrose.ch"),
        ],
        "description": (
            "Dear Alex,\n\nplease find below the details of your interview at Fjellrose Medtech.\n\n"
            "Hiring team\n- Reto Imhof, Sales Director DACH – Hiring Manager\n"
            "- Annika Lindgren, Key Account Manager\n\n"
            "Your contact person: Noemi Santschi, Talent Acquisition Specialist\n\n"
            "Fjellrose Medtech AG · Hardturmstrasse 161 · 8005 Zürich"
        ),
        "location": "Fjellrose Medtech AG, Hardturmstrasse 161, Zürich",
        "expect": {
            "interviewers": [
                (
                    "Reto Imhof",
                    "reto.imhof@fjellrose.ch",
                    "Sales Director DACH",
                    "decision_maker",
                    True,
                ),
                ("Annika Lindgren", "annika.lindgren@fjellrose.ch", "Key Account Manager", "peer"),
            ],
            "recruiter": ("Noemi Santschi", "noemi.santschi@fjellrose.ch"),
            "company": "Fjellrose Medtech",
            "position": "Regional Sales Executive – DACH",
        },
    },
    {
        "id": "f13-smartrecruiters-google-no-displaynames-team-signoff",
        "format": "google",
        "style": "smartrecruiters",
        "title": "Video interview | Customer Success Lead (EMEA) | Alex Morgan",
        "start": "2028-05-30T09:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P(None, "careers@sundialledger.io"),
        "attendees": [
            ME,
            P(None, "k.babatunde@sundialledger.io"),
            P(None, "fabienne@sundialledger.io"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll be meeting Kunle Babatunde-Ajayi (VP Customer Success) and Fabienne Roux "
            "(Customer Success Manager) for a 45-minute video interview.\n\n"
            "Best,\nThe Sundial Ledger Talent Team" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Kunle Babatunde-Ajayi",
                    "k.babatunde@sundialledger.io",
                    "VP Customer Success",
                    "executive",
                ),
                (
                    "Fabienne Roux",
                    "fabienne@sundialledger.io",
                    "Customer Success Manager",
                    "peer",
                ),
            ],
            "recruiter": (None, "careers@sundialledger.io"),
            "company": "Sundial Ledger",
            "position": "Customer Success Lead (EMEA)",
        },
    },
    {
        "id": "f13-paradox-google-bot-organizer-store-manager",
        "format": "google",
        "style": "paradox",
        "title": "Interview: Assistant Store Manager at Hollins & Vale Hardware #0214",
        "start": "2028-05-31T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Olivia (Hollins & Vale Hiring Assistant)", "hollinsvale@paradox.ai"),
        "attendees": [ME, P("Dwayne Pettigrew", "dwayne.pettigrew@hollinsvale.com")],
        "description": (
            "Hi Alex! It's Olivia, Hollins & Vale's virtual hiring assistant. You're all set for an in-person "
            "interview with Dwayne Pettigrew, Store Manager, for the Assistant Store Manager position.\n\n"
            "Where: Hollins & Vale Hardware #0214, 88 Route 9, Fishkill NY\n"
            "What to bring: a copy of your resume\n\nReply RESCHEDULE to pick a new time."
        ),
        "location": "Hollins & Vale Hardware #0214, 88 Route 9, Fishkill NY",
        "expect": {
            "interviewers": [
                (
                    "Dwayne Pettigrew",
                    "dwayne.pettigrew@hollinsvale.com",
                    "Store Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Hollins & Vale Hardware",
            "position": "Assistant Store Manager",
        },
    },
    {
        "id": "f13-paradox-graph-hotel-emoji-bot-hr-officer-sits-in",
        "format": "graph",
        "style": "paradox",
        "title": "Your interview at Tamarisk Hotels is confirmed ✅",
        "start": "2028-06-01T10:00",
        "minutes": 45,
        "tz": "Africa/Johannesburg",
        "organizer": P("Tamarisk Hotels Hiring", "hiring@tamariskhotels.com"),
        "attendees": [
            ME,
            P("Zanele Mthembu", "zanele.mthembu@tamariskhotels.com"),
            P("Pedro Villaseñor", "pedro.villasenor@tamariskhotels.com"),
        ],
        "description": (
            "Hi Alex, this is Mia, Tamarisk's hiring assistant 🤖\n\n"
            "Your interview for Front Office Supervisor is confirmed!\n"
            "👥 Interviewers: Zanele Mthembu (Director of Rooms) and Pedro Villaseñor (HR Officer)\n"
            "📍 Tamarisk Cape Town Waterfront, staff entrance on Dock Rd\n"
            "Ask for Pedro at security.\n\nText HELP for help."
        ),
        "expect": {
            "interviewers": [
                (
                    "Zanele Mthembu",
                    "zanele.mthembu@tamariskhotels.com",
                    "Director of Rooms",
                    "decision_maker",
                ),
                (
                    "Pedro Villaseñor",
                    "pedro.villasenor@tamariskhotels.com",
                    "HR Officer",
                    "recruiter",
                ),
            ],
            "recruiter": ("Pedro Villaseñor", "pedro.villasenor@tamariskhotels.com"),
            "company": "Tamarisk Hotels",
            "position": "Front Office Supervisor",
        },
    },
    {
        "id": "f13-teamtailor-ics-estonian-greeting-team-lead-report-to",
        "format": "ics",
        "style": "teamtailor",
        "prodid": "-//Teamtailor//Teamtailor Interviews//EN",
        "title": "Intervjuu / Interview: Backend Developer (Kotlin) – Alex Morgan",
        "start": "2028-06-02T11:00",
        "minutes": 60,
        "tz": "Europe/Tallinn",
        "organizer": P("Kadri Tamm", "kadri.tamm@kadakaspay.ee"),
        "attendees": [
            ME,
            P("Mart Kivisild", "mart@kadakaspay.ee"),
            P("Jelena Smirnova", "jelena@kadakaspay.ee"),
        ],
        "description": (
            "Tere Alex!\n\nThank you for applying to Kadakas Pay. You'll meet Mart Kivisild, our CTO, and "
            "Jelena Smirnova, the Backend Team Lead you'd report to.\n\n"
            "Parimate soovidega / Best regards\nKadri Tamm\nPeople Partner, Kadakas Pay" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Mart Kivisild", "mart@kadakaspay.ee", "CTO", "executive"),
                (
                    "Jelena Smirnova",
                    "jelena@kadakaspay.ee",
                    "Backend Team Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Kadri Tamm", "kadri.tamm@kadakaspay.ee"),
            "company": "Kadakas Pay",
            "position": "Backend Developer (Kotlin)",
        },
    },
    {
        "id": "f13-teamtailor-graph-first-names-with-titles-careers-mailbox",
        "format": "graph",
        "style": "teamtailor",
        "title": "Interview with Alfarroba Studio – Senior Product Designer",
        "start": "2028-06-05T15:00",
        "minutes": 60,
        "tz": "Europe/Lisbon",
        "organizer": P("Alfarroba Studio Careers", "careers@alfarroba.studio"),
        "attendees": [
            ME,
            P("Joana Pires", "joana@alfarroba.studio"),
            P("Tiago Mendes", "tiago@alfarroba.studio"),
        ],
        "description": (
            "Olá Alex,\n\nJoana (Design Director) and Tiago (Senior Product Designer) will interview you. "
            "Joana is the hiring manager.\n\nAte breve,\nAlfarroba Studio\nSent via Teamtailor"
        ),
        "expect": {
            "interviewers": [
                (
                    "Joana Pires",
                    "joana@alfarroba.studio",
                    "Design Director",
                    "decision_maker",
                    True,
                ),
                ("Tiago Mendes", "tiago@alfarroba.studio", "Senior Product Designer", "peer"),
            ],
            "recruiter": (None, "careers@alfarroba.studio"),
            "company": "Alfarroba Studio",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "f13-personio-google-german-participants-geschaeftsfuehrer",
        "format": "google",
        "style": "personio",
        "title": "Vorstellungsgespräch: Financial Controller (m/w/d) – Alex Morgan",
        "start": "2028-06-06T10:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Sabine Kranich", "s.kranich@ellerbrock-brauhaus.de"),
        "attendees": [
            ME,
            P("Friedrich Ellerbrock", "f.ellerbrock@ellerbrock-brauhaus.de"),
            P("Nils Hartwig", "n.hartwig@ellerbrock-brauhaus.de"),
        ],
        "description": (
            "Hallo Alex,\n\nwie besprochen hier die Einladung zum Gespräch.\n\n"
            "Teilnehmer / Participants:\n"
            "Dr. Friedrich Ellerbrock – Geschäftsführer\n"
            "Nils Hartwig – Leiter Finanzen & Controlling (your future manager)\n\n"
            "Adresse: Brauhaus Ellerbrock GmbH, Hafenstraße 12, 28217 Bremen\n\n"
            "Viele Grüße\nSabine Kranich\nHR, Brauhaus Ellerbrock"
        ),
        "location": "Hafenstraße 12, 28217 Bremen",
        "expect": {
            "interviewers": [
                (
                    "Friedrich Ellerbrock",
                    "f.ellerbrock@ellerbrock-brauhaus.de",
                    "Geschäftsführer",
                    "executive",
                ),
                (
                    "Nils Hartwig",
                    "n.hartwig@ellerbrock-brauhaus.de",
                    "Leiter Finanzen & Controlling",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Sabine Kranich", "s.kranich@ellerbrock-brauhaus.de"),
            "company": "Brauhaus Ellerbrock",
            "position": "Financial Controller",
        },
    },
    {
        "id": "f13-personio-ics-spanish-greeting-reports-to-director",
        "format": "ics",
        "style": "personio",
        "prodid": "-//Personio//Recruiting//EN",
        "title": "Entrevista – Alex Morgan – Revenue Manager",
        "start": "2028-06-07T12:00",
        "minutes": 45,
        "tz": "Europe/Madrid",
        "organizer": P("Laia Puig", "laia.puig@calablava.travel"),
        "attendees": [ME, P("Jordi Ferrer i Vidal", "jordi.ferrer@calablava.travel")],
        "description": (
            "Hola Alex,\n\nThanks for your application! Your interview with Jordi Ferrer i Vidal, Commercial "
            "Director and the person this role reports to, is confirmed. It will be held in English.\n\n"
            "Salutacions,\nLaia Puig – Talent Acquisition, Cala Blava Travel S.L." + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Jordi Ferrer i Vidal",
                    "jordi.ferrer@calablava.travel",
                    "Commercial Director",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Laia Puig", "laia.puig@calablava.travel"),
            "company": "Cala Blava Travel",
            "position": "Revenue Manager",
        },
    },
    # --- Humans: recruiters, hiring managers, founders, agencies ---------------------------
    {
        "id": "f13-human-ics-zoom-recruiter-prose-who-would-be-your-manager",
        "format": "ics",
        "style": "human",
        "prodid": "-//zoom.us//iCalendar Event//EN",
        "title": "Zoom interview: Alex Morgan / Practice Manager",
        "start": "2028-06-08T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Fiona Strachan", "fiona.strachan@cairnhillvets.co.uk"),
        "attendees": [
            ME,
            P("Callum Baird", "callum.baird@cairnhillvets.co.uk"),
            P("Isla Fraser", "isla.fraser@cairnhillvets.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nLovely to speak earlier. As promised I've set up your interview over Zoom with "
            "Callum Baird, our Regional Operations Director, who would be your manager, and Isla Fraser, "
            "Clinical Director at our Inverness practice.\n\nAny questions at all, give me a shout.\n\n"
            "Fiona Strachan\nRecruitment Partner | Cairnhill Veterinary Partners" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Callum Baird",
                    "callum.baird@cairnhillvets.co.uk",
                    "Regional Operations Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Isla Fraser",
                    "isla.fraser@cairnhillvets.co.uk",
                    "Clinical Director",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Fiona Strachan", "fiona.strachan@cairnhillvets.co.uk"),
            "company": "Cairnhill Veterinary Partners",
            "position": "Practice Manager",
        },
    },
    {
        "id": "f13-human-google-hm-organizer-your-recruiter-is-brazil",
        "format": "google",
        "style": "human",
        "title": "Alex <> Ventania Energia | conversa técnica com Rafael & Camila",
        "start": "2028-06-09T14:00",
        "minutes": 60,
        "tz": "America/Sao_Paulo",
        "organizer": P("Rafael Damasceno", "rafael.damasceno@ventania.com.br"),
        "attendees": [
            ME,
            P("Camila Teixeira", "camila.teixeira@ventania.com.br"),
            P("Rafael Damasceno", "rafael.damasceno@ventania.com.br"),
        ],
        "description": (
            "Oi Alex, tudo bem?\n\nThis is the technical conversation for the Wind Resource Analyst position. "
            "I'm the Head of Energy Assessment and this role is on my team; Camila is a Senior Wind Analyst "
            "and will go through a short case with you.\n\n"
            "Your recruiter is Beatriz Campos (beatriz.campos@ventania.com.br), she'll reach out about next steps.\n\n"
            "Abraço,\nRafael\nVentania Energia" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rafael Damasceno",
                    "rafael.damasceno@ventania.com.br",
                    "Head of Energy Assessment",
                    "decision_maker",
                    True,
                ),
                (
                    "Camila Teixeira",
                    "camila.teixeira@ventania.com.br",
                    "Senior Wind Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Beatriz Campos", "beatriz.campos@ventania.com.br"),
            "company": "Ventania Energia",
            "position": "Wind Resource Analyst",
        },
    },
    {
        "id": "f13-human-graph-teams-initials-locals-partner-leads-team",
        "format": "graph",
        "style": "human",
        "title": "Interview: Alex Morgan (Senior Associate, Transfer Pricing)",
        "start": "2028-06-12T09:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Harriet Colquhoun", "hcolquhoun@penhallowlowe.com"),
        "attendees": [
            ME,
            P(None, "tw@penhallowlowe.com"),
            P(None, "ms@penhallowlowe.com"),
        ],
        "description": (
            "Alex,\n\nConfirming your interview on Monday with:\n\n"
            "Tomasz Wierzbicki – Partner, Transfer Pricing\nMeera Shah – Director, Transfer Pricing\n\n"
            "Tomasz leads the team you would join. We will send a short case study 30 minutes before the start.\n\n"
            "Harriet Colquhoun\nExperienced Hire Recruitment\nPenhallow Lowe LLP" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Tomasz Wierzbicki",
                    "tw@penhallowlowe.com",
                    "Partner, Transfer Pricing",
                    "decision_maker",
                    True,
                ),
                (
                    "Meera Shah",
                    "ms@penhallowlowe.com",
                    "Director, Transfer Pricing",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Harriet Colquhoun", "hcolquhoun@penhallowlowe.com"),
            "company": "Penhallow Lowe",
            "position": "Senior Associate, Transfer Pricing",
        },
    },
    {
        "id": "f13-founder-google-gmail-coffee-chat-seed-round",
        "format": "google",
        "style": "human",
        "title": "Coffee chat - Alex x Wren",
        "start": "2028-06-13T08:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Wren Aldana", "wren.aldana@gmail.com"),
        "attendees": [ME, P("Wren Aldana", "wren.aldana@gmail.com")],
        "description": (
            "Looking forward to it! I'll grab a table at the back.\n\n"
            "Quick context so it's not a surprise: we just closed our seed round at Fernlight (climate data for "
            "farmers) and I'm looking for a founding data engineer. Would love to hear what you'd want from "
            "a founding role.\n\nWren Aldana\nCo-founder & CEO, Fernlight"
        ),
        "location": "Blue Bottle Coffee, 300 Webster St, Oakland",
        "expect": {
            "interviewers": [
                ("Wren Aldana", "wren.aldana@gmail.com", "Co-founder & CEO", "executive"),
            ],
            "recruiter": None,
            "company": "Fernlight",
            "position": "Founding Data Engineer",
        },
    },
    {
        "id": "f13-founder-graph-intro-via-investor-team-youd-join",
        "format": "graph",
        "style": "human",
        "title": "Intro: Alex Morgan <> Ruairí (Tesserae)",
        "start": "2028-06-14T16:30",
        "minutes": 30,
        "tz": "Europe/Dublin",
        "organizer": P("Ruairí Keane", "ruairi@tesserae.dev"),
        "attendees": [ME, P("Ruairí Keane", "ruairi@tesserae.dev")],
        "description": (
            "Hi Alex, thanks to Noor at Birchpoint Ventures for the intro. Let's use this half hour to get to know "
            "each other. I'd love to tell you about the platform team you'd be joining and hear what you're "
            "looking for next.\n\nRuairí Keane\nCTO, Tesserae" + TEAMS
        ),
        "expect": {
            "interviewers": [("Ruairí Keane", "ruairi@tesserae.dev", "CTO", "executive")],
            "recruiter": None,
            "company": "Tesserae",
            "position": None,
        },
    },
    {
        "id": "f13-human-ics-apple-get-to-know-vp-staff-role",
        "format": "ics",
        "style": "human",
        "prodid": "-//Apple Inc.//macOS 16.1//EN",
        "title": "Get to know: Alex & Anneliese",
        "start": "2028-06-15T12:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Anneliese Brandt", "anneliese@calyxhealth.com"),
        "attendees": [ME, P("Anneliese Brandt", "anneliese@calyxhealth.com")],
        "description": (
            "Hi Alex, your name came up from a former colleague of yours. No formal interview, just a "
            "get-to-know. I run engineering at Calyx and we're hiring a Staff Engineer to lead our "
            "integrations work, so I'd love to compare notes.\n\n"
            "Anneliese Brandt\nVP Engineering, Calyx Health" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Anneliese Brandt", "anneliese@calyxhealth.com", "VP Engineering", "executive"),
            ],
            "recruiter": None,
            "company": "Calyx Health",
            "position": "Staff Engineer",
        },
    },
    {
        "id": "f13-agency-graph-consultant-not-on-call-client-panel",
        "format": "graph",
        "style": "agency",
        "title": "Alex Morgan – interview with Stourmere Rail (via Vantage Search)",
        "start": "2028-06-16T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Jasper Okoro-Bell", "jasper@vantagesearch.co.uk"),
        "attendees": [
            ME,
            P("Lindiwe Zungu", "lindiwe.zungu@stourmererail.com"),
            P("Graham Tuckett", "graham.tuckett@stourmererail.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat news: Stourmere Rail would like to meet you for the Signalling Design Engineer "
            "role. Panel:\n\n- Lindiwe Zungu, Signalling Engineering Manager (the hiring manager)\n"
            "- Graham Tuckett, Principal Signalling Engineer\n\n"
            "I won't be on the call but will ring you straight afterwards for feedback.\n\n"
            "Jasper Okoro-Bell\nSenior Consultant, Rail & Infrastructure\nVantage Search" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Lindiwe Zungu",
                    "lindiwe.zungu@stourmererail.com",
                    "Signalling Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Graham Tuckett",
                    "graham.tuckett@stourmererail.com",
                    "Principal Signalling Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Jasper Okoro-Bell", "jasper@vantagesearch.co.uk"),
            "company": "Stourmere Rail",
            "position": "Signalling Design Engineer",
        },
    },
    {
        "id": "f13-agency-ics-research-associate-books-for-consultant",
        "format": "ics",
        "style": "agency",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "CONFIRMED: Alex Morgan x Lotusbay Pharma - Regulatory Affairs Manager (1st round)",
        "start": "2028-06-19T10:00",
        "minutes": 45,
        "tz": "Asia/Singapore",
        "organizer": P("Cheryl Tan (Apex Reach Search)", "cheryl.tan@apexreach.sg"),
        "attendees": [ME, P("Ravi Thirunavukkarasu", "ravi.thirunavukkarasu@lotusbaypharma.com")],
        "description": (
            "Dear Alex,\n\nFurther to our call, please find your interview confirmed with Lotusbay Pharma.\n\n"
            "Interviewer: Ravi Thirunavukkarasu, Head of Regulatory Affairs APAC (line manager for this role)\n"
            "Format: MS Teams, 45 minutes\n\n"
            "Your consultant: Gerald Wee (gerald.wee@apexreach.sg). I am coordinating the schedule on Gerald's behalf.\n\n"
            "Best regards,\nCheryl Tan\nResearch Associate | Apex Reach Search Pte Ltd"
        ),
        "expect": {
            "interviewers": [
                (
                    "Ravi Thirunavukkarasu",
                    "ravi.thirunavukkarasu@lotusbaypharma.com",
                    "Head of Regulatory Affairs APAC",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Gerald Wee", "gerald.wee@apexreach.sg"),
            "company": "Lotusbay Pharma",
            "position": "Regulatory Affairs Manager",
        },
    },
    {
        "id": "f13-human-google-nonprofit-director-books-reports-to-me",
        "format": "google",
        "style": "human",
        "title": "Alex / Imani: Grants Manager conversation",
        "start": "2028-06-20T13:00",
        "minutes": 45,
        "tz": "America/Chicago",
        "organizer": P("Imani Brathwaite", "ibrathwaite@riverstoneliteracy.org"),
        "attendees": [ME, P("Imani Brathwaite", "ibrathwaite@riverstoneliteracy.org")],
        "description": (
            "Hi Alex,\n\nThank you for applying for our Grants Manager position. The role reports to me, and "
            "I'd like to use this time to learn more about your fundraising experience and answer your questions.\n\n"
            "Warmly,\nImani Brathwaite\nDirector of Development\nRiverstone Literacy Project | riverstoneliteracy.org"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Imani Brathwaite",
                    "ibrathwaite@riverstoneliteracy.org",
                    "Director of Development",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Riverstone Literacy Project",
            "position": "Grants Manager",
        },
    },
    {
        "id": "f13-human-graph-second-interview-joined-by-director",
        "format": "graph",
        "style": "human",
        "title": "Second interview – Alex Morgan",
        "start": "2028-06-21T14:30",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Philippa Garside", "philippa.garside@gorsemoorpike.co.uk"),
        "attendees": [ME, P("Hugo Ashworth-Lane", "hugo.ashworth-lane@gorsemoorpike.co.uk")],
        "description": (
            "Dear Alex,\n\nThank you for your time last week. I'm pleased to invite you to a second interview "
            "for the Commissioning Editor (Non-Fiction) post on my team. This time I'll be joined by our "
            "Publishing Director, Hugo Ashworth-Lane.\n\nAs before, it's on Teams.\n\n"
            "Best wishes,\nPhilippa Garside\nEditorial Director, Non-Fiction\nGorsemoor & Pike"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Philippa Garside",
                    "philippa.garside@gorsemoorpike.co.uk",
                    "Editorial Director, Non-Fiction",
                    "decision_maker",
                    True,
                ),
                (
                    "Hugo Ashworth-Lane",
                    "hugo.ashworth-lane@gorsemoorpike.co.uk",
                    "Publishing Director",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Gorsemoor & Pike",
            "position": "Commissioning Editor (Non-Fiction)",
        },
    },
    {
        "id": "f13-human-google-ramen-catch-up-ex-colleague-my-team",
        "format": "google",
        "style": "human",
        "title": "catch up 🍜",
        "start": "2028-06-22T18:30",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Dmitri Zhuravlev", "dmitri.zhuravlev@basiliskmail.com"),
        "attendees": [ME, P("Dmitri Zhuravlev", "dmitri.zhuravlev@basiliskmail.com")],
        "description": (
            "Ramen at Ippudo? Been too long since the Initech days. Also: we're hiring a Detection Engineer on "
            "my team at Basilisk and I think you'd be great, happy to tell you more.\n\nD.\n--\n"
            "Dmitri Zhuravlev | Security Engineering Manager | Basilisk Security"
        ),
        "location": "Ippudo, 65 4th Ave, New York",
        "expect": {
            "interviewers": [
                (
                    "Dmitri Zhuravlev",
                    "dmitri.zhuravlev@basiliskmail.com",
                    "Security Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Basilisk Security",
            "position": "Detection Engineer",
        },
    },
    {
        "id": "f13-human-ics-outlook-our-ceo-people-ops-sits-in",
        "format": "ics",
        "style": "human",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Interview - Alex Morgan",
        "start": "2028-06-23T09:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Rosa Hedlund", "rosa@sunhollow.com"),
        "attendees": [ME, P("Augustin Nkemelu", "augustin@sunhollow.com")],
        "description": (
            "Hi Alex,\n\nYou'll be meeting with me and our CEO, Augustin Nkemelu, for the Head of E-commerce role. "
            "Augustin will join for the second half.\n\nThanks,\nRosa Hedlund\n"
            "People Operations Manager, Sunhollow Organics"
        ),
        "location": "Sunhollow Organics, 5400 Wynkoop St, Denver",
        "expect": {
            "interviewers": [
                ("Rosa Hedlund", "rosa@sunhollow.com", "People Operations Manager", "recruiter"),
                ("Augustin Nkemelu", "augustin@sunhollow.com", "CEO", "executive"),
            ],
            "recruiter": ("Rosa Hedlund", "rosa@sunhollow.com"),
            "company": "Sunhollow Organics",
            "position": "Head of E-commerce",
        },
    },
    {
        "id": "f13-human-google-arrow-lines-role-vs-logistics-contacts",
        "format": "google",
        "style": "human",
        "title": "Interview: Alex Morgan for Field Application Scientist",
        "start": "2028-06-26T10:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P(
            "Astrolabe Interview Coordination", "interviewcoordination@astrolabesci.com"
        ),
        "attendees": [
            ME,
            P("Ayesha Rahimtoola", "ayesha.rahimtoola@astrolabesci.com"),
            P("Bram Hoogendijk", "bram.hoogendijk@astrolabesci.com"),
        ],
        "description": (
            "Dear Alex,\n\nYour interview with Astrolabe Scientific is confirmed.\n\nInterviewers\n"
            "Ayesha Rahimtoola, Senior Field Application Scientist\n"
            "Bram Hoogendijk, Field Applications Manager, Northeast (hiring manager)\n\n"
            "Questions about the role → Lorenzo Pavanello, your recruiter (lorenzo.pavanello@astrolabesci.com)\n"
            "Questions about travel or timing → interviewcoordination@astrolabesci.com" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ayesha Rahimtoola",
                    "ayesha.rahimtoola@astrolabesci.com",
                    "Senior Field Application Scientist",
                    "peer",
                ),
                (
                    "Bram Hoogendijk",
                    "bram.hoogendijk@astrolabesci.com",
                    "Field Applications Manager, Northeast",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Lorenzo Pavanello", "lorenzo.pavanello@astrolabesci.com"),
            "company": "Astrolabe Scientific",
            "position": "Field Application Scientist",
        },
    },
    {
        "id": "f13-human-graph-japanese-bilingual-kanji-and-romaji",
        "format": "graph",
        "style": "human",
        "title": "【面接のご案内】Alex Morgan様 / Interview: Localization Producer",
        "start": "2028-06-27T10:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("Mei Sato", "mei.sato@hoshikuzu.jp"),
        "attendees": [
            ME,
            P("Kenji Tanaka", "kenji.tanaka@hoshikuzu.jp"),
            P("Rina Ogawa", "rina.ogawa@hoshikuzu.jp"),
        ],
        "description": (
            "Alex Morgan様\n\nThis is Mei Sato from the HR team at Hoshikuzu Interactive. Your interview details:\n\n"
            "面接官 / Interviewers:\n"
            "・田中 健二 (Kenji Tanaka) – Localization Director, hiring manager\n"
            "・小川 里奈 (Rina Ogawa) – Senior Localization Producer\n\n"
            "Format: online (Teams)\n\nSato Mei\nHuman Resources, Hoshikuzu Interactive Inc."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kenji Tanaka",
                    "kenji.tanaka@hoshikuzu.jp",
                    "Localization Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Rina Ogawa",
                    "rina.ogawa@hoshikuzu.jp",
                    "Senior Localization Producer",
                    "peer",
                ),
            ],
            "recruiter": ("Mei Sato", "mei.sato@hoshikuzu.jp"),
            "company": "Hoshikuzu Interactive",
            "position": "Localization Producer",
        },
    },
    {
        "id": "f13-human-google-lagos-cro-and-head-is-hm-optional-recruiter",
        "format": "google",
        "style": "human",
        "title": "Interview — Alex Morgan — Risk Operations Lead",
        "start": "2028-06-28T11:00",
        "minutes": 60,
        "tz": "Africa/Lagos",
        "organizer": P("Funmilayo Akintola", "funmi@ireticredit.ng"),
        "attendees": [
            ME,
            P("Chinedu Nwosu", "chinedu@ireticredit.ng"),
            P("Adaeze Okonjo", "adaeze@ireticredit.ng"),
            P("Funmilayo Akintola", "funmi@ireticredit.ng", optional=True),
        ],
        "description": (
            "Hello Alex,\n\nGood afternoon. You will be speaking with Chinedu and Adaeze.\n\n"
            "Chinedu Nwosu is our Chief Risk Officer. Adaeze Okonjo, Head of Risk Operations, is the hiring "
            "manager for the role.\n\nKindly confirm receipt.\n\n"
            "Regards,\nFunmilayo Akintola\nTalent Acquisition Lead\nÌrètí Credit Limited" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Chinedu Nwosu", "chinedu@ireticredit.ng", "Chief Risk Officer", "executive"),
                (
                    "Adaeze Okonjo",
                    "adaeze@ireticredit.ng",
                    "Head of Risk Operations",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Funmilayo Akintola", "funmi@ireticredit.ng"),
            "company": "Ìrètí Credit",
            "position": "Risk Operations Lead",
        },
    },
    {
        "id": "f13-human-ics-professor-postdoc-in-my-group",
        "format": "ics",
        "style": "human",
        "prodid": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "title": "Interview: Postdoctoral Researcher in Marine Microbial Ecology – Alex Morgan",
        "start": "2028-06-29T14:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Henrike Jansen", "h.jansen@wadden-institute.nl"),
        "attendees": [ME, P("Pieter de Graaf", "p.degraaf@wadden-institute.nl")],
        "description": (
            "Dear Alex,\n\nThank you for your application for the postdoctoral position in my group. "
            "Dr. Pieter de Graaf (Senior Postdoctoral Researcher) will join me. Please prepare a "
            "15-minute talk on your PhD work.\n\nBest wishes,\nHenrike Jansen\nProfessor & Group Leader\n"
            "Wadden Institute for Sea Research" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Henrike Jansen",
                    "h.jansen@wadden-institute.nl",
                    "Professor & Group Leader",
                    "decision_maker",
                    True,
                ),
                (
                    "Pieter de Graaf",
                    "p.degraaf@wadden-institute.nl",
                    "Senior Postdoctoral Researcher",
                    "peer",
                ),
            ],
            "recruiter": None,
            "company": "Wadden Institute for Sea Research",
            "position": "Postdoctoral Researcher in Marine Microbial Ecology",
        },
    },
    {
        "id": "f13-human-graph-title-line-with-x-title-hr-mailbox",
        "format": "graph",
        "style": "human",
        "title": "Interview: GIS Technician – with Eleanor Vance (Utility Director) and Samir Kassab (GIS Coordinator)",
        "start": "2028-06-30T09:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Marlow Falls HR", "hr@marlowfallswater.gov"),
        "attendees": [
            ME,
            P("Eleanor Vance", "evance@marlowfallswater.gov"),
            P("Samir Kassab", "skassab@marlowfallswater.gov"),
        ],
        "description": (
            "Please arrive at the Operations Center, 400 Pump House Rd. Parking is behind the building. "
            "The interview lasts approximately 45 minutes and includes a short mapping exercise.\n\n"
            "Human Resources\nMarlow Falls Water Utility"
        ),
        "location": "Operations Center, 400 Pump House Rd",
        "expect": {
            "interviewers": [
                (
                    "Eleanor Vance",
                    "evance@marlowfallswater.gov",
                    "Utility Director",
                    "decision_maker",
                ),
                ("Samir Kassab", "skassab@marlowfallswater.gov", "GIS Coordinator", "peer"),
            ],
            "recruiter": (None, "hr@marlowfallswater.gov"),
            "company": "Marlow Falls Water Utility",
            "position": "GIS Technician",
        },
    },
    {
        "id": "f13-human-google-pairing-session-nickname-lowercase-roles",
        "format": "google",
        "style": "human",
        "title": "Pairing session: Alex x Tangleroot",
        "start": "2028-07-03T13:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Marguerite Adjei-Brown", "marguerite@tangleroot.dev"),
        "attendees": [
            ME,
            P("Ottilie Brennan", "ottilie@tangleroot.dev"),
            P("Ferdinand Quist", "ferdi@tangleroot.dev"),
        ],
        "description": (
            "Hey Alex! Next step for the Senior Backend Engineer role is a 90 min pairing session on a real bug "
            "from our backlog. You'll pair with Ottilie (senior engineer) and Ferdi (eng manager, he'd be your "
            "manager). Bring your own editor setup.\n\n— Marguerite, recruiting @ Tangleroot" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Ottilie Brennan", "ottilie@tangleroot.dev", "senior engineer", "peer"),
                (
                    "Ferdinand Quist",
                    "ferdi@tangleroot.dev",
                    "eng manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Marguerite Adjei-Brown", "marguerite@tangleroot.dev"),
            "company": "Tangleroot",
            "position": "Senior Backend Engineer",
        },
    },
    # --- Near-misses: mention interviewing, are not the user's job interview ----------------
    {
        "id": "f13-not-graph-interviewing-training-new-managers",
        "format": "graph",
        "style": "human",
        "title": "Interviewing 101 for new managers (mandatory)",
        "start": "2028-05-03T15:00",
        "minutes": 90,
        "organizer": P("Initech Learning & Development", "learning@initech.com"),
        "attendees": [
            ME_WORK,
            P("Hollis Greenberg", "hollis.greenberg@initech.com"),
            P("Akua Mensah-Boateng", "akua.mensah-boateng@initech.com"),
        ],
        "description": (
            "Before you join an interview panel at Initech: structured questions, scorecards, what you can and "
            "cannot ask, and how to write feedback within 24 hours. Facilitated by Hollis Greenberg, "
            "Talent Acquisition Lead." + TEAMS
        ),
    },
    {
        "id": "f13-not-google-debrief-candidate-loop",
        "format": "google",
        "style": "greenhouse",
        "title": "Debrief: Priyamvada R. – Senior PM loop",
        "start": "2028-05-09T16:30",
        "minutes": 30,
        "organizer": P("Marcus Tenbrink", "marcus.tenbrink@initech.com"),
        "attendees": [
            ME_WORK,
            P("Marcus Tenbrink", "marcus.tenbrink@initech.com"),
            P("Oona Vesterinen", "oona.vesterinen@initech.com"),
            P("Baptiste Renaud", "baptiste.renaud@initech.com"),
        ],
        "description": (
            "Please submit your scorecards in Greenhouse before we meet. We'll go round the panel, then the "
            "hiring manager makes the call on an offer.\n\nMarcus (Recruiting, Initech)" + MEET
        ),
    },
    {
        "id": "f13-not-ics-hiring-bar-calibration-data-science",
        "format": "ics",
        "style": "human",
        "title": "Q3 hiring bar calibration — Data Science interviewers",
        "start": "2028-05-12T13:00",
        "minutes": 60,
        "organizer": P("Svetlana Gerasimova", "svetlana.gerasimova@initech.com"),
        "attendees": [
            ME_WORK,
            P("Kwame Ofori-Atta", "kwame.oforiatta@initech.com"),
            P("Lucía Arrieta", "lucia.arrieta@initech.com"),
        ],
        "description": (
            "Each of us scores the same recorded mock interview (stats case) independently, then we compare "
            "where our 'strong hire' lines fall. Homework: watch the 40 min recording beforehand."
            + ZOOM
        ),
    },
    {
        "id": "f13-not-google-podcast-guest-user-is-interviewed",
        "format": "google",
        "style": "human",
        "title": "Podcast interview: Alex Morgan on The Long Standup",
        "start": "2028-05-17T17:00",
        "minutes": 60,
        "organizer": P("Gus Abernathy-Reyes", "gus@longstanduppod.com"),
        "attendees": [ME, P("Gus Abernathy-Reyes", "gus@longstanduppod.com")],
        "description": (
            "Thanks for coming on the show! We'll record a ~45 min conversation about your open-source work on "
            "dbt macros; the episode goes out two weeks later. Studio link: https://riverside.fm/studio/long-standup\n"
            "Please use headphones. 10 minutes of sound check first.\n\nGus, host & producer"
        ),
    },
    {
        "id": "f13-not-graph-journalist-interviews-user-as-source",
        "format": "graph",
        "style": "human",
        "title": "Interview request – Alex Morgan (The Ledger Weekly) re: fintech hiring freeze",
        "start": "2028-05-22T11:00",
        "minutes": 30,
        "organizer": P("Naledi Sithole", "naledi.sithole@ledgerweekly.news"),
        "attendees": [ME, P("Naledi Sithole", "naledi.sithole@ledgerweekly.news")],
        "description": (
            "Hi Alex, thanks for agreeing to speak with me for my piece on how engineers are navigating the "
            "fintech hiring freeze. The interview will be on background unless we agree otherwise; I'll "
            "send quotes for checking before publication.\n\nNaledi Sithole\nSenior Reporter, The Ledger Weekly"
        ),
    },
    {
        "id": "f13-not-ics-user-runs-research-interview-participant",
        "format": "ics",
        "style": "human",
        "title": "User interview #7 – checkout redesign (participant: R.K.)",
        "start": "2028-05-24T15:00",
        "minutes": 45,
        "organizer": P("Alex Morgan", "alex.morgan@initech.com"),
        "attendees": [
            ME_WORK,
            P("Rhea K.", "participant-7731@mail.userinterviews.com"),
            P("Ragnhild Solberg", "ragnhild.solberg@initech.com", optional=True),
        ],
        "description": (
            "Discussion guide: https://initech.atlassian.net/wiki/checkout-study\n"
            "Alex moderates, Ragnhild takes notes. Participant incentive ($75) is paid by User Interviews after the session."
            + ZOOM
        ),
    },
    {
        "id": "f13-not-google-weekly-interview-loop-sync",
        "format": "google",
        "style": "human",
        "title": "Interview loop sync — Platform Eng hiring (weekly)",
        "start": "2028-05-29T10:00",
        "minutes": 25,
        "organizer": P("Tobias Engström", "tobias.engstrom@initech.com"),
        "attendees": [
            ME_WORK,
            P("Tobias Engström", "tobias.engstrom@initech.com"),
            P("Imke Vos", "imke.vos@initech.com"),
        ],
        "description": (
            "Pipeline review: who is in onsites this week, open interviewer slots, and who can cover the "
            "system design round on Thursday." + MEET
        ),
    },
    {
        "id": "f13-not-graph-internal-coffee-chat-new-joiner",
        "format": "graph",
        "style": "human",
        "title": "Coffee chat ☕ Alex / Bettina",
        "start": "2028-06-02T09:30",
        "minutes": 30,
        "organizer": P("Bettina Kraus", "bettina.kraus@initech.com"),
        "attendees": [ME_WORK, P("Bettina Kraus", "bettina.kraus@initech.com")],
        "description": (
            "Hi Alex! I just joined the Payments team after a very long interview process 😅 and my onboarding "
            "buddy said you know everything about the ledger service. Would love to pick your brain and get "
            "to know the people I'll be working with." + TEAMS
        ),
    },
    {
        "id": "f13-not-ics-user-is-the-interviewer-external-candidate",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview: Jonah Whitfield – Backend Engineer – Technical Screen (Interviewer: Alex Morgan)",
        "start": "2028-06-06T14:00",
        "minutes": 45,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [ME_WORK, P("Jonah Whitfield", "jonah.whitfield@outlook.com")],
        "description": (
            "You are interviewing Jonah Whitfield for the Backend Engineer role.\n"
            "Interview kit and scorecard: https://app.greenhouse.io/guides/88213/people/5512\n"
            "Resume: attached in Greenhouse.\nPlease submit feedback within 24 hours.\n\nInitech Recruiting"
            + ZOOM
        ),
    },
    {
        "id": "f13-not-google-career-coach-mock-panel",
        "format": "google",
        "style": "human",
        "title": "Mock panel interview – session 3 of 4",
        "start": "2028-06-10T18:00",
        "minutes": 60,
        "organizer": P("Perpetua Marsh", "perpetua@ladderwisecoaching.com"),
        "attendees": [ME, P("Perpetua Marsh", "perpetua@ladderwisecoaching.com")],
        "description": (
            "Tonight I'll play a three-person panel for a Director of Product role (hiring manager, peer, "
            "skip-level) and we'll record it so you can review your answers. Invoice for the package sent "
            "separately.\n\nPerpetua Marsh, Executive Career Coach, Ladderwise Coaching" + MEET
        ),
    },
    {
        "id": "f13-not-graph-user-gives-informational-interview-to-grad",
        "format": "graph",
        "style": "human",
        "title": "Informational interview – Makoa / Alex (data engineering at Initech)",
        "start": "2028-06-13T12:00",
        "minutes": 30,
        "organizer": P("Makoa Kahale", "makoa.kahale@gmail.com"),
        "attendees": [ME_WORK, P("Makoa Kahale", "makoa.kahale@gmail.com")],
        "description": (
            "Thanks so much for agreeing to chat! I finished a data bootcamp last month and would love to hear "
            "how you got into data engineering, what a day looks like on your team at Initech, and any advice "
            "for my first interviews.\n\nMakoa"
        ),
    },
    {
        "id": "f13-not-ics-vendor-customer-story-interview",
        "format": "ics",
        "style": "human",
        "title": "Customer story interview: Initech x Reconcilio",
        "start": "2028-06-16T15:00",
        "minutes": 45,
        "organizer": P("Brontë Caskey", "bronte.caskey@reconcilio.com"),
        "attendees": [
            ME_WORK,
            P("Brontë Caskey", "bronte.caskey@reconcilio.com"),
            P("Idris Farah", "idris.farah@reconcilio.com"),
        ],
        "description": (
            "Thanks for agreeing to be featured! Our content team will interview you about how Initech rolled out "
            "Reconcilio for month-end close. We'll share the draft case study with your comms team for approval.\n\n"
            "Brontë Caskey, Customer Marketing Manager, Reconcilio" + ZOOM
        ),
    },
    {
        "id": "f13-not-graph-rewrite-system-design-question-bank",
        "format": "graph",
        "style": "human",
        "title": "Working session: rewrite the system design interview question bank",
        "start": "2028-06-20T10:00",
        "minutes": 120,
        "organizer": P("Yusuf Karaman", "yusuf.karaman@initech.com"),
        "attendees": [
            ME_WORK,
            P("Yusuf Karaman", "yusuf.karaman@initech.com"),
            P("Clementine Ashby-Rowe", "clementine.ashbyrowe@initech.com"),
        ],
        "description": (
            "Our current prompts leak online. Goal: four new system design questions with rubrics for L4-L6 "
            "interviews, ready before the autumn hiring push." + TEAMS
        ),
    },
    {
        "id": "f13-not-graph-careers-fair-booth-on-the-spot-interviews",
        "format": "graph",
        "style": "human",
        "title": "Initech booth — campus career fair (on-the-spot interviews with grads)",
        "start": "2028-06-27T09:00",
        "minutes": 360,
        "organizer": P("Initech Campus Recruiting", "campus@initech.com"),
        "attendees": [
            ME_WORK,
            P("Paloma Serrano", "paloma.serrano@initech.com"),
            P("Hamish Tait", "hamish.tait@initech.com"),
        ],
        "description": (
            "Thanks for volunteering! You'll staff the booth in two-hour shifts and run 10-minute screening "
            "interviews with final-year students for our graduate programme. Wear the Initech t-shirt."
        ),
        "location": "Student Union Hall B, State University",
    },
    {
        "id": "f13-not-ics-reverse-shadow-user-leads-onsite",
        "format": "ics",
        "style": "human",
        "title": "Reverse shadow: Alex leads onsite interview, Kemal observes (Frontend candidate)",
        "start": "2028-07-05T11:00",
        "minutes": 60,
        "organizer": P("Kemal Aydın", "kemal.aydin@initech.com"),
        "attendees": [ME_WORK, P("Kemal Aydın", "kemal.aydin@initech.com")],
        "description": (
            "Last step of your interviewer certification: you run the coding round for today's frontend "
            "candidate and I sit in silently. We'll review your scorecard together afterwards."
        ),
        "location": "Initech HQ, Room 4.12",
    },
]
