# ruff: noqa: E501  (labelled data: one interviewer per line reads better unwrapped)
"""Fresh held-out batch "fresh-6", written by someone who does not tune the parser, before any
run of the parser on it, standing in for invites written by others (issue 16). New companies,
people and layouts: a Greenhouse itinerary with "(HM)" after a name and the requisition in
"(Req ID: …)", Greenhouse Google HTML paragraphs per person and a Greenhouse no-reply sender
writing "on behalf of", particles in names (van der, de la, di) matched to addresses by local
part; Lever numbered "Meeting with:" lists, "·"-separated interviewers on initials addresses, a
Lever recruiter screen and a hiring manager written in prose; Ashby bullet schedules, an Ashby
HTML table from a no-reply sender, a hiring-manager screen with a hex job id, short local parts
("vik@") for full names; GoodTime pipe agendas with a recruiting-ops mailbox, Outlook HTML with
bold labels, "Interview Team:"; ModernLoop two-day blocks, a "Recruiting Coordinator:" line and
one session with a nickname address; Gem bookings the recruiter does not attend and a talent
lead's first call; Calendly "Event Name" bookings with invitee answers; Workday field lists,
bold HTML labels and a numbered panel; iCIMS with the company only in the signature, a video
interview with a "Job ID", a group interview; SmartRecruiters "Hiring Manager:" / "Interviewer:"
labels and "(f/m/d)"; humans: "X, the hiring manager" on an initials address, "our CEO, X" and
"our Head of Product, Y", a hiring manager's own invite with the company only in the signature,
founders' coffee, walk-and-talk, intro and get-to-know calls, a former colleague's catch-up, an
agency for a client. Near-misses: interview training for managers, a debrief, a calibration, the
user interviewing a candidate, a podcast, a mock interview, an internal loop sync, user research
the user runs, a journalist's interview, an exit interview, a hiring committee, an intake
meeting, an informational interview the user gives, a thesis interview, a USCIS interview, an
interview shadowing session.

Labels are what a person reads in the invite, not what the parser returns. Conventions (the same
as the earlier sets): a person the invite calls the hiring manager is a decision_maker (hiring
manager mark set); a people-manager title (manager of a function, head of, director,
supervisor) is a decision_maker; CEO, founder, CTO, COO, VP are executives unless called the
hiring manager; a recruiter who runs the call is both an interviewer (role recruiter) and the
recruiter; the recruiter is the recruiter when one is named, else the coordinator; a person with
no title or role in the invite is "unknown"; legal forms (Inc., LLC, Ltd, GmbH, S.A.) are not
part of the company; requisition ids are not part of the position. build_heldout.py renders every
case here into heldout-fresh6/; build.py does not import this file.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- Recruiting tools -------------------------------------------------------------------
    {
        "id": "f6-greenhouse-ics-hm-abbrev-req-id",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview Confirmation: Alex Morgan - Data Platform Engineer (Req ID: 30118) - Kestrel Ridge",
        "start": "2027-11-01T10:00",
        "minutes": 150,
        "organizer": P("Wren Okafor", "wren.okafor@kestrelridge.com"),
        "attendees": [
            ME,
            P("Matthias Brenner", "matthias.brenner@kestrelridge.com"),
            P("Anjali Raghunathan", "anjali.raghunathan@kestrelridge.com"),
            P("Cyrus Farahani", "cyrus.farahani@kestrelridge.com"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for your continued interest in Kestrel Ridge! Please find "
            "your interview schedule below.\n\n"
            "10:00 - 10:50  Matthias Brenner (Senior Data Engineer) - Data modeling\n"
            "10:50 - 11:40  Anjali Raghunathan (Staff Software Engineer) - Distributed systems\n"
            "11:40 - 12:30  Cyrus Farahani (Manager, Data Platform) (HM) - Experience & goals\n\n"
            "Your recruiter, Bettina Kovac (bettina.kovac@kestrelridge.com), will check in with "
            "you afterwards.\n\nWarmly,\nWren Okafor\nRecruiting Coordinator, Kestrel Ridge" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Matthias Brenner",
                    "matthias.brenner@kestrelridge.com",
                    "Senior Data Engineer",
                    "peer",
                ),
                (
                    "Anjali Raghunathan",
                    "anjali.raghunathan@kestrelridge.com",
                    "Staff Software Engineer",
                    "peer",
                ),
                (
                    "Cyrus Farahani",
                    "cyrus.farahani@kestrelridge.com",
                    "Manager, Data Platform",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Bettina Kovac", "bettina.kovac@kestrelridge.com"),
            "company": "Kestrel Ridge",
            "position": "Data Platform Engineer",
        },
    },
    {
        "id": "f6-greenhouse-google-html-p-initials",
        "format": "google",
        "style": "greenhouse",
        "title": "Alex Morgan - Onsite Interview - Senior Product Marketing Manager",
        "start": "2027-11-02T13:00",
        "minutes": 120,
        "organizer": P("Paloma Iturbe", "paloma.iturbe@saltgrass.co"),
        "attendees": [
            ME,
            P("Paloma Iturbe", "paloma.iturbe@saltgrass.co"),
            P(None, "ysato@saltgrass.co"),
            P(None, "dbanerjee@saltgrass.co"),
            P(None, "fmalone@saltgrass.co"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Saltgrass is excited to welcome you for your onsite interview for "
            "the <b>Senior Product Marketing Manager</b> role. Here is who you'll be speaking "
            "with:</p>"
            "<p><strong>Yuki Sato</strong>, Director of Product Marketing<br>1:00 PM &ndash; 1:45 PM</p>"
            "<p><strong>Debashish Banerjee</strong>, Senior Product Manager<br>1:45 PM &ndash; 2:30 PM</p>"
            "<p><strong>Fionnuala Malone</strong>, Senior Content Strategist<br>2:30 PM &ndash; 3:00 PM</p>"
            "<p>Recruiter: Ezra Whitcombe (ezra.whitcombe@saltgrass.co)</p>"
            "<p>See you soon,<br>Paloma Iturbe<br>Recruiting Coordinator | Saltgrass</p>"
            + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Yuki Sato",
                    "ysato@saltgrass.co",
                    "Director of Product Marketing",
                    "decision_maker",
                ),
                ("Debashish Banerjee", "dbanerjee@saltgrass.co", "Senior Product Manager", "peer"),
                ("Fionnuala Malone", "fmalone@saltgrass.co", "Senior Content Strategist", "peer"),
            ],
            "recruiter": ("Ezra Whitcombe", "ezra.whitcombe@saltgrass.co"),
            "company": "Saltgrass",
            "position": "Senior Product Marketing Manager",
        },
    },
    {
        "id": "f6-greenhouse-graph-no-reply-on-behalf",
        "format": "graph",
        "style": "greenhouse",
        "title": "Interview: Technical Screen - Analytics Engineer",
        "start": "2027-11-03T15:00",
        "minutes": 45,
        "organizer": P("Greenhouse Scheduling", "no-reply@greenhouse.io"),
        "attendees": [ME, P("Tuva Brekke", "tuva.brekke@ostrowanalytics.com")],
        "description": (
            "This invitation was sent on behalf of Ostrow Analytics.\n\n"
            "Interview: Technical Screen\nJob: Analytics Engineer (Job ID 5521084)\n"
            "Interviewer(s): Tuva Brekke - Senior Analytics Engineer\nDuration: 45 minutes\n\n"
            "Questions about your interview? Contact Ramón Esquivel at "
            "ramon.esquivel@ostrowanalytics.com." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Tuva Brekke",
                    "tuva.brekke@ostrowanalytics.com",
                    "Senior Analytics Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Ramón Esquivel", "ramon.esquivel@ostrowanalytics.com"),
            "company": "Ostrow Analytics",
            "position": "Analytics Engineer",
        },
    },
    {
        "id": "f6-greenhouse-ics-particle-names-locals",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Panel Interview - Logistics Data Analyst - Brouwer Logistiek",
        "start": "2027-11-04T09:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Sanne Verhoeven", "sanne.verhoeven@brouwerco.nl"),
        "attendees": [
            ME,
            P(None, "jw.vanderberg@brouwerco.nl"),
            P(None, "mj.delafuente@brouwerco.nl"),
            P(None, "l.distefano@brouwerco.nl"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for applying to Brouwer Logistiek. Your panel interview for the "
            "Logistics Data Analyst position will be held online.\n\nPanel:\n"
            "- Jan-Willem van der Berg, Head of Logistics Analytics\n"
            "- María José de la Fuente, Senior Data Analyst\n"
            "- Ludovica di Stefano, Supply Chain Planner\n\n"
            "Kind regards,\nSanne Verhoeven\nTalent Acquisition Specialist\nBrouwer Logistiek B.V."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Jan-Willem van der Berg",
                    "jw.vanderberg@brouwerco.nl",
                    "Head of Logistics Analytics",
                    "decision_maker",
                ),
                (
                    "María José de la Fuente",
                    "mj.delafuente@brouwerco.nl",
                    "Senior Data Analyst",
                    "peer",
                ),
                ("Ludovica di Stefano", "l.distefano@brouwerco.nl", "Supply Chain Planner", "peer"),
            ],
            "recruiter": ("Sanne Verhoeven", "sanne.verhoeven@brouwerco.nl"),
            "company": "Brouwer Logistiek",
            "position": "Logistics Data Analyst",
        },
    },
    {
        "id": "f6-lever-graph-numbered-meeting-with",
        "format": "graph",
        "style": "lever",
        "title": "Alex Morgan | Virtual Onsite | Staff Mobile Engineer | Parchment Bay",
        "start": "2027-11-05T11:00",
        "minutes": 135,
        "organizer": P("Delia Okwuosa", "delia@parchmentbay.com"),
        "attendees": [
            ME,
            P("Delia Okwuosa", "delia@parchmentbay.com"),
            P("Rasmus Kjær", "rasmus@parchmentbay.com"),
            P("Hoang Minh Chau", "chau.hoang@parchmentbay.com"),
            P("Beatrix Lowe", "beatrix@parchmentbay.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere are the details for your virtual onsite for Staff Mobile Engineer."
            "\n\nMeeting with:\n"
            "1. Rasmus Kjær, Principal iOS Engineer (11:00)\n"
            "2. Hoang Minh Chau, Senior Android Engineer (11:45)\n"
            "3. Beatrix Lowe, Director of Mobile Engineering - hiring manager (12:30)\n\n"
            "Each conversation is 45 minutes. Let me know if you need anything at all!\n\n"
            "Delia Okwuosa\nTalent Partner, Parchment Bay" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Rasmus Kjær", "rasmus@parchmentbay.com", "Principal iOS Engineer", "peer"),
                (
                    "Hoang Minh Chau",
                    "chau.hoang@parchmentbay.com",
                    "Senior Android Engineer",
                    "peer",
                ),
                (
                    "Beatrix Lowe",
                    "beatrix@parchmentbay.com",
                    "Director of Mobile Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Delia Okwuosa", "delia@parchmentbay.com"),
            "company": "Parchment Bay",
            "position": "Staff Mobile Engineer",
        },
    },
    {
        "id": "f6-lever-ics-middot-initials",
        "format": "ics",
        "style": "lever",
        "title": "Interview - QA Automation Lead - Alex Morgan",
        "start": "2027-11-08T14:00",
        "minutes": 60,
        "organizer": P("Lior Ben-Ami", "lior@quaywise.io"),
        "attendees": [ME, P(None, "ek@quaywise.io"), P(None, "rbm@quaywise.io")],
        "description": (
            "Hi Alex,\n\nYour interview with Quaywise for the QA Automation Lead role is set.\n\n"
            "Interviewers: Elif Kaya · Senior QA Engineer | Rosa Beatriz Mendes · QA Manager\n\n"
            "Recruiter: Lior Ben-Ami <lior@quaywise.io>\n\n"
            "Scheduled via Lever" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Elif Kaya", "ek@quaywise.io", "Senior QA Engineer", "peer"),
                ("Rosa Beatriz Mendes", "rbm@quaywise.io", "QA Manager", "decision_maker"),
            ],
            "recruiter": ("Lior Ben-Ami", "lior@quaywise.io"),
            "company": "Quaywise",
            "position": "QA Automation Lead",
        },
    },
    {
        "id": "f6-lever-google-recruiter-screen-bracket-req",
        "format": "google",
        "style": "lever",
        "title": "[R-0773] Recruiter Phone Screen: Alex Morgan / Technical Program Manager",
        "start": "2027-11-09T10:30",
        "minutes": 30,
        "organizer": P("Marguerite Fontaine", "marguerite.fontaine@ambrosia.bio"),
        "attendees": [ME, P("Marguerite Fontaine", "marguerite.fontaine@ambrosia.bio")],
        "description": (
            "Hi Alex - thanks for applying! This 30-minute call is a chance for me to learn about "
            "your background and share more about the Technical Program Manager opening at "
            "Ambrosia Bio. I'll call you on the number you gave us.\n\n"
            "Marguerite Fontaine\nTalent Partner | Ambrosia Bio"
        ),
        "location": "Phone call (Marguerite will call you)",
        "expect": {
            "interviewers": [
                (
                    "Marguerite Fontaine",
                    "marguerite.fontaine@ambrosia.bio",
                    "Talent Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Marguerite Fontaine", "marguerite.fontaine@ambrosia.bio"),
            "company": "Ambrosia Bio",
            "position": "Technical Program Manager",
        },
    },
    {
        "id": "f6-lever-graph-hm-in-prose-peer-title-after",
        "format": "graph",
        "style": "lever",
        "title": "Second round: Alex Morgan - Brand Designer",
        "start": "2027-11-10T16:00",
        "minutes": 60,
        "organizer": P("Jonah Pellegrino", "jonah.pellegrino@lumenhollow.com"),
        "attendees": [
            ME,
            P("Ottavia Ricci", "ottavia.ricci@lumenhollow.com"),
            P("Sebastián Arredondo", "sebastian.arredondo@lumenhollow.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat news - we'd love to move you forward. In this round you'll talk "
            "with Ottavia Ricci, the hiring manager and our Creative Director, and with Sebastián "
            "Arredondo, a Senior Brand Designer on her team.\n\nBring two or three projects you're "
            "proud of.\n\nJonah Pellegrino\nRecruiter, Lumen Hollow" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Ottavia Ricci",
                    "ottavia.ricci@lumenhollow.com",
                    "Creative Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Sebastián Arredondo",
                    "sebastian.arredondo@lumenhollow.com",
                    "Senior Brand Designer",
                    "peer",
                ),
            ],
            "recruiter": ("Jonah Pellegrino", "jonah.pellegrino@lumenhollow.com"),
            "company": "Lumen Hollow",
            "position": "Brand Designer",
        },
    },
    {
        "id": "f6-ashby-ics-bullet-schedule-your-recruiter",
        "format": "ics",
        "style": "ashby",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Alex Morgan: Onsite (Senior Infrastructure Engineer) - Gantry",
        "start": "2027-11-11T14:00",
        "minutes": 135,
        "organizer": P("Gantry Recruiting", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("Kalani Akana", "kalani@gantry.dev"),
            P("Idris Bello", "idris@gantry.dev"),
            P("Solveig Nyberg", "solveig@gantry.dev"),
        ],
        "description": (
            "Your onsite with Gantry\n\nRole: Senior Infrastructure Engineer\n\n"
            "• 2:00 – 2:45 PM · Kalani Akana — Staff Infrastructure Engineer · Incident deep dive\n"
            "• 2:45 – 3:30 PM · Idris Bello — Senior Site Reliability Engineer · Systems design\n"
            "• 3:30 – 4:15 PM · Solveig Nyberg — Head of Infrastructure · Conversation\n\n"
            "Your recruiter: Aurelio Santangelo (aurelio@gantry.dev)\n\nPowered by Ashby" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Kalani Akana", "kalani@gantry.dev", "Staff Infrastructure Engineer", "peer"),
                ("Idris Bello", "idris@gantry.dev", "Senior Site Reliability Engineer", "peer"),
                (
                    "Solveig Nyberg",
                    "solveig@gantry.dev",
                    "Head of Infrastructure",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Aurelio Santangelo", "aurelio@gantry.dev"),
            "company": "Gantry",
            "position": "Senior Infrastructure Engineer",
        },
    },
    {
        "id": "f6-ashby-google-html-table-coordinator-mailbox",
        "format": "google",
        "style": "ashby",
        "title": "Interview with Copperline Energy - Grid Integration Engineer",
        "start": "2027-11-12T09:00",
        "minutes": 90,
        "organizer": P("Copperline Energy", "no-reply@ashbyhq.com"),
        "attendees": [
            ME,
            P("Thomasina Oduro", "thomasina.oduro@copperline.energy"),
            P("Viktor Halász", "viktor.halasz@copperline.energy"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>Your interview for <b>Grid Integration Engineer</b> (Job #CE-318) "
            "is confirmed.</p><table><tr><th>Time</th><th>Interviewer</th></tr>"
            "<tr><td>9:00 AM</td><td>Thomasina Oduro, Grid Integration Manager</td></tr>"
            "<tr><td>9:45 AM</td><td>Viktor Halász, Senior Power Systems Engineer</td></tr></table>"
            "<p>Coordinator: Maëlle Girard (interviews@copperline.energy)</p>"
            "<p>Sent with Ashby</p>" + ZOOM.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Thomasina Oduro",
                    "thomasina.oduro@copperline.energy",
                    "Grid Integration Manager",
                    "decision_maker",
                ),
                (
                    "Viktor Halász",
                    "viktor.halasz@copperline.energy",
                    "Senior Power Systems Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Maëlle Girard", "interviews@copperline.energy"),
            "company": "Copperline Energy",
            "position": "Grid Integration Engineer",
        },
    },
    {
        "id": "f6-ashby-graph-hm-screen-hex-id",
        "format": "graph",
        "style": "ashby",
        "title": "Hiring Manager Screen - Senior Sales Engineer (ID 41F2) - Alex Morgan",
        "start": "2027-11-15T12:00",
        "minutes": 45,
        "organizer": P("Nico Vasquez-Hale", "nico@bluestem.ai"),
        "attendees": [ME, P("Keren Adler-Shapiro", "keren@bluestem.ai")],
        "description": (
            "Hi Alex,\n\nNext step: a 45-minute conversation with Keren Adler-Shapiro, VP of "
            "Solutions Engineering and the hiring manager for Senior Sales Engineer.\n\n"
            "Recruiter: Nico Vasquez-Hale (nico@bluestem.ai)\n\nBluestem AI · Sent with Ashby"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Keren Adler-Shapiro",
                    "keren@bluestem.ai",
                    "VP of Solutions Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Nico Vasquez-Hale", "nico@bluestem.ai"),
            "company": "Bluestem AI",
            "position": "Senior Sales Engineer",
        },
    },
    {
        "id": "f6-ashby-google-short-locals-full-names",
        "format": "google",
        "style": "ashby",
        "title": "Alex Morgan — Technical Interview — Backend Engineer (Payments Risk)",
        "start": "2027-11-16T15:30",
        "minutes": 90,
        "organizer": P("Sorrel Pay Recruiting", "no-reply@ashbyhq.com"),
        "attendees": [ME, P(None, "vik@sorrelpay.com"), P(None, "oyin@sorrelpay.com")],
        "description": (
            "Hi Alex,\n\nYour technical interview at Sorrel Pay for Backend Engineer (Payments "
            "Risk) is confirmed. You'll meet Vikram Nair (Staff Engineer, Risk Platform) and "
            "Oyinkansola Adeyemi (Engineering Manager, hiring manager).\n\n"
            "Recruiter: Tamsyn Holloway (tamsyn@sorrelpay.com)\n\nPowered by Ashby" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Vikram Nair", "vik@sorrelpay.com", "Staff Engineer, Risk Platform", "peer"),
                (
                    "Oyinkansola Adeyemi",
                    "oyin@sorrelpay.com",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Tamsyn Holloway", "tamsyn@sorrelpay.com"),
            "company": "Sorrel Pay",
            "position": "Backend Engineer (Payments Risk)",
        },
    },
    {
        "id": "f6-goodtime-ics-pipe-agenda-recruitingops",
        "format": "ics",
        "style": "goodtime",
        "prodid": "-//GoodTime//Interview Scheduler//EN",
        "title": "Alex Morgan | Final Interviews | Senior Actuarial Analyst",
        "start": "2027-11-17T13:00",
        "minutes": 120,
        "organizer": P("Recruiting Operations", "recruitingops@larchmontlife.com"),
        "attendees": [
            ME,
            P("Gustavo Herrmann", "gustavo.herrmann@larchmontlife.com"),
            P("Philippa Oyelaran-Ward", "philippa.oyelaranward@larchmontlife.com"),
            P("Dmitri Volkonsky", "dmitri.volkonsky@larchmontlife.com"),
        ],
        "description": (
            "Agenda\n"
            "Time | Interviewer | Title\n"
            "1:00 PM | Gustavo Herrmann | Actuarial Director (Hiring Manager)\n"
            "1:40 PM | Philippa Oyelaran-Ward | Senior Actuary\n"
            "2:20 PM | Dmitri Volkonsky | Pricing Actuary\n\n"
            "Recruiter: Calla Mbatha (calla.mbatha@larchmontlife.com)\n"
            "Scheduling questions: recruitingops@larchmontlife.com\n\n"
            "Larchmont Life\nScheduled with GoodTime"
        ),
        "location": "Larchmont Life, 2 Commerce Sq, Hartford, CT - Floor 9",
        "expect": {
            "interviewers": [
                (
                    "Gustavo Herrmann",
                    "gustavo.herrmann@larchmontlife.com",
                    "Actuarial Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Philippa Oyelaran-Ward",
                    "philippa.oyelaranward@larchmontlife.com",
                    "Senior Actuary",
                    "peer",
                ),
                (
                    "Dmitri Volkonsky",
                    "dmitri.volkonsky@larchmontlife.com",
                    "Pricing Actuary",
                    "peer",
                ),
            ],
            "recruiter": ("Calla Mbatha", "calla.mbatha@larchmontlife.com"),
            "company": "Larchmont Life",
            "position": "Senior Actuarial Analyst",
        },
    },
    {
        "id": "f6-goodtime-graph-bold-labels-coordinator-only",
        "format": "graph",
        "style": "goodtime",
        "title": "Interview: Alex Morgan for Customer Education Manager",
        "start": "2027-11-18T10:00",
        "minutes": 90,
        "organizer": P("Hattie Brandvold", "hattie.brandvold@trellisly.com"),
        "attendees": [
            ME,
            P("Hattie Brandvold", "hattie.brandvold@trellisly.com"),
            P("Samir Haddadin", "samir.haddadin@trellisly.com"),
            P("Wiebke Strauss", "wiebke.strauss@trellisly.com"),
        ],
        "description": (
            '<html><body><div style="font-family:Segoe UI,sans-serif">Hi Alex,<br><br>'
            "Thank you for interviewing with Trellisly!<br><br>"
            "<b>10:00 AM – 10:45 AM</b><br><b>Interviewer:</b> Samir Haddadin, VP of Customer Experience<br><br>"
            "<b>10:45 AM – 11:30 AM</b><br><b>Interviewer:</b> Wiebke Strauss, Customer Education Specialist<br><br>"
            "<b>Coordinator:</b> Hattie Brandvold (hattie.brandvold@trellisly.com)<br><br>"
            "Scheduled with GoodTime</div></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Samir Haddadin",
                    "samir.haddadin@trellisly.com",
                    "VP of Customer Experience",
                    "executive",
                ),
                (
                    "Wiebke Strauss",
                    "wiebke.strauss@trellisly.com",
                    "Customer Education Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Hattie Brandvold", "hattie.brandvold@trellisly.com"),
            "company": "Trellisly",
            "position": "Customer Education Manager",
        },
    },
    {
        "id": "f6-goodtime-google-interview-team-job-req",
        "format": "google",
        "style": "goodtime",
        "title": "Interview Confirmed - Senior Copywriter",
        "start": "2027-11-19T11:00",
        "minutes": 60,
        "organizer": P("Brightmoor Creative Talent", "talent@brightmoorcreative.com"),
        "attendees": [
            ME,
            P("Imani Castellanos", "imani.castellanos@brightmoorcreative.com"),
            P("Teodor Vlasic", "teodor.vlasic@brightmoorcreative.com"),
        ],
        "description": (
            "Hello Alex,\n\nYour interview with Brightmoor Creative is confirmed.\n\n"
            "Job Req: 2291 | Senior Copywriter\n\nInterview Team:\n"
            "Imani Castellanos — Associate Creative Director (Hiring Manager)\n"
            "Teodor Vlasic — Senior Designer\n\n"
            "Your recruiter is Harlan Beaumont (harlan.beaumont@brightmoorcreative.com).\n\n"
            "Sent via GoodTime" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Imani Castellanos",
                    "imani.castellanos@brightmoorcreative.com",
                    "Associate Creative Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Teodor Vlasic",
                    "teodor.vlasic@brightmoorcreative.com",
                    "Senior Designer",
                    "peer",
                ),
            ],
            "recruiter": ("Harlan Beaumont", "harlan.beaumont@brightmoorcreative.com"),
            "company": "Brightmoor Creative",
            "position": "Senior Copywriter",
        },
    },
    {
        "id": "f6-modernloop-graph-two-day-blocks",
        "format": "graph",
        "style": "modernloop",
        "title": "[Onsite Day 1] Alex Morgan - Senior Compiler Engineer - Vellum Systems",
        "start": "2027-11-22T13:00",
        "minutes": 100,
        "organizer": P("Ilka Sandoval", "ilka.sandoval@vellumsys.com"),
        "attendees": [
            ME,
            P("Ilka Sandoval", "ilka.sandoval@vellumsys.com"),
            P("Arjun Venkataraman", "arjun.v@vellumsys.com"),
            P("Noémie Lefebvre", "noemie.lefebvre@vellumsys.com"),
        ],
        "description": (
            "Day 1 of 2 - Vellum Systems onsite\n\n"
            "1:00 PM - 1:50 PM\nCompiler internals\nArjun Venkataraman\nPrincipal Engineer\n\n"
            "1:50 PM - 2:40 PM\nCode review exercise\nNoémie Lefebvre\nSenior Compiler Engineer\n\n"
            "Day 2 (tomorrow) is with the hiring manager and a product partner; you'll get a "
            "separate invite.\n\nRecruiting Coordinator: Ilka Sandoval\n"
            "Recruiter: Desmond Achterberg (desmond.achterberg@vellumsys.com)\n\n"
            "Scheduled with ModernLoop" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Arjun Venkataraman", "arjun.v@vellumsys.com", "Principal Engineer", "peer"),
                (
                    "Noémie Lefebvre",
                    "noemie.lefebvre@vellumsys.com",
                    "Senior Compiler Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Desmond Achterberg", "desmond.achterberg@vellumsys.com"),
            "company": "Vellum Systems",
            "position": "Senior Compiler Engineer",
        },
    },
    {
        "id": "f6-modernloop-ics-coordinator-only",
        "format": "ics",
        "style": "modernloop",
        "title": "Interview Loop: Alex Morgan (Product Analyst II)",
        "start": "2027-11-23T10:00",
        "minutes": 90,
        "organizer": P("Peregrine Interviews", "interviews@peregrinemaps.com"),
        "attendees": [
            ME,
            P("Farida Oyebanji", "farida.oyebanji@peregrinemaps.com"),
            P("Callum Rourke", "callum.rourke@peregrinemaps.com"),
        ],
        "description": (
            "Peregrine Maps - interview loop\n\n"
            "10:00 - 10:45  SQL & metrics  with Farida Oyebanji (Analytics Manager)\n"
            "10:45 - 11:30  Product case  with Callum Rourke (Senior Product Manager)\n\n"
            "Recruiting Coordinator: Juno Abernethy (interviews@peregrinemaps.com)\n\n"
            "Scheduled with ModernLoop" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Farida Oyebanji",
                    "farida.oyebanji@peregrinemaps.com",
                    "Analytics Manager",
                    "decision_maker",
                ),
                (
                    "Callum Rourke",
                    "callum.rourke@peregrinemaps.com",
                    "Senior Product Manager",
                    "peer",
                ),
            ],
            "recruiter": ("Juno Abernethy", "interviews@peregrinemaps.com"),
            "company": "Peregrine Maps",
            "position": "Product Analyst II",
        },
    },
    {
        "id": "f6-modernloop-google-session-nickname",
        "format": "google",
        "style": "modernloop",
        "title": "Alex Morgan - Behavioral - Engineering Manager, Data Infrastructure",
        "start": "2027-11-24T14:00",
        "minutes": 45,
        "organizer": P("Oakhurst Recruiting", "recruiting@oakhurst.tech"),
        "attendees": [ME, P("Bex Ahlgren", "bex@oakhurst.tech")],
        "description": (
            "Session: Behavioral / leadership\n"
            "Interviewer: Rebecca Ahlgren, Senior Director of Engineering\n"
            "Role: Engineering Manager, Data Infrastructure\n\n"
            "This is the last session of your Oakhurst loop. Recruiter: Sunniva Berg "
            "(sunniva.berg@oakhurst.tech)\n\nScheduled with ModernLoop" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Rebecca Ahlgren",
                    "bex@oakhurst.tech",
                    "Senior Director of Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Sunniva Berg", "sunniva.berg@oakhurst.tech"),
            "company": "Oakhurst",
            "position": "Engineering Manager, Data Infrastructure",
        },
    },
    {
        "id": "f6-gem-google-books-two-not-attending",
        "format": "google",
        "style": "gem",
        "title": "Alex Morgan <> Quillfeather (Fenna & Ravi)",
        "start": "2027-11-25T11:00",
        "minutes": 45,
        "organizer": P("Noor Al-Khatib", "noor@quillfeather.com"),
        "attendees": [
            ME,
            P("Fenna Dijkstra", "fenna@quillfeather.com"),
            P("Ravi Shankar Iyer", "ravi@quillfeather.com"),
        ],
        "description": (
            "Hi all,\n\nBooking 45 minutes for Alex to meet Fenna Dijkstra (Head of Design, "
            "and the hiring manager) and Ravi Shankar Iyer (Staff Product Designer) about the "
            "Principal Product Designer role. I won't be on the call - I'll follow up with "
            "Alex after.\n\nNoor Al-Khatib\nSenior Recruiter, Quillfeather\n\nSent with Gem" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Fenna Dijkstra",
                    "fenna@quillfeather.com",
                    "Head of Design",
                    "decision_maker",
                    True,
                ),
                ("Ravi Shankar Iyer", "ravi@quillfeather.com", "Staff Product Designer", "peer"),
            ],
            "recruiter": ("Noor Al-Khatib", "noor@quillfeather.com"),
            "company": "Quillfeather",
            "position": "Principal Product Designer",
        },
    },
    {
        "id": "f6-gem-graph-recruiting-lead-first-call",
        "format": "graph",
        "style": "gem",
        "title": "Alex / Thaddeus - first chat (Emberline)",
        "start": "2027-11-26T15:00",
        "minutes": 30,
        "organizer": P("Thaddeus Mwangi", "thaddeus@emberline.app"),
        "attendees": [ME, P("Thaddeus Mwangi", "thaddeus@emberline.app")],
        "description": (
            "Hi Alex,\n\nReally glad you replied. I lead recruiting at Emberline and would love "
            "to share what the Developer Advocate role looks like and hear what you're hoping to "
            "do next. Casual - no prep.\n\nThaddeus Mwangi\nHead of Recruiting, Emberline\n\n"
            "Sent with Gem" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Thaddeus Mwangi", "thaddeus@emberline.app", "Head of Recruiting", "recruiter"),
            ],
            "recruiter": ("Thaddeus Mwangi", "thaddeus@emberline.app"),
            "company": "Emberline",
            "position": "Developer Advocate",
        },
    },
    {
        "id": "f6-gem-ics-hm-own-first-call-signature",
        "format": "ics",
        "style": "gem",
        "title": "Intro call: Alex Morgan / Odalys Quiñones",
        "start": "2027-11-29T09:30",
        "minutes": 30,
        "organizer": P("Odalys Quiñones", "odalys.quinones@cinderpath.com"),
        "attendees": [ME, P("Odalys Quiñones", "odalys.quinones@cinderpath.com")],
        "description": (
            "Hi Alex - I'm the hiring manager for our Senior Backend Engineer (Search) opening and "
            "saw your work on query planners. Would love 30 minutes to tell you about the team and "
            "hear what you're looking for.\n\nOdalys Quiñones\nEngineering Manager, Search\n"
            "Cinderpath\n\nSent with Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Odalys Quiñones",
                    "odalys.quinones@cinderpath.com",
                    "Engineering Manager, Search",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Cinderpath",
            "position": "Senior Backend Engineer (Search)",
        },
    },
    {
        "id": "f6-calendly-google-hm-chat-event-name",
        "format": "google",
        "style": "calendly",
        "title": "Alex Morgan and Ingeborg Tveit",
        "start": "2027-11-30T13:00",
        "minutes": 30,
        "organizer": P("Ingeborg Tveit", "ingeborg@fieldnookhq.com"),
        "attendees": [ME, P("Ingeborg Tveit", "ingeborg@fieldnookhq.com")],
        "description": (
            "Event Name: Hiring manager chat - Growth Product Manager\n\n"
            "A 30-minute conversation with Ingeborg Tveit, Director of Product at Fieldnook, "
            "about the Growth Product Manager role on her team.\n\n"
            "Location: This is a Google Meet web conference.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/c71d"
            "\nReschedule: https://calendly.com/reschedulings/c71d\n\nPowered by Calendly.com"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ingeborg Tveit",
                    "ingeborg@fieldnookhq.com",
                    "Director of Product",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Fieldnook",
            "position": "Growth Product Manager",
        },
    },
    {
        "id": "f6-calendly-ics-founder-invitee-answer",
        "format": "ics",
        "style": "calendly",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Emeka Nwachukwu",
        "start": "2027-12-01T17:00",
        "minutes": 30,
        "organizer": P("Emeka Nwachukwu", "emeka@hearthstack.io"),
        "attendees": [ME, P("Emeka Nwachukwu", "emeka@hearthstack.io")],
        "description": (
            "Event Name: 30 min chat with Emeka\n\n"
            "Location: This is a Zoom web conference.\nhttps://zoom.us/j/97120045512\n\n"
            "Questions:\nWhat's this about?\n"
            "Emeka (founder of Hearthstack) invited me to talk about joining as their first "
            "Product Designer.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/0b8e"
            "\nReschedule: https://calendly.com/reschedulings/0b8e\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Emeka Nwachukwu", "emeka@hearthstack.io", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Hearthstack",
            "position": "Product Designer",
        },
    },
    {
        "id": "f6-calendly-graph-recruiter-phone-screen",
        "format": "graph",
        "style": "calendly",
        "title": "Phone Screen: Senior Data Analyst between Rosalind Achebe-Fox and Alex Morgan",
        "start": "2027-12-02T10:15",
        "minutes": 20,
        "organizer": P("Rosalind Achebe-Fox", "rosalind@marlowhealth.org"),
        "attendees": [ME, P("Rosalind Achebe-Fox", "rosalind@marlowhealth.org")],
        "description": (
            "Event Name: Phone Screen: Senior Data Analyst\n\n"
            "Rosalind from the Marlow Health recruiting team will call you to talk through the "
            "role and your background.\n\nLocation: Rosalind will call the invitee at the phone "
            "number provided.\n\nPowered by Calendly.com"
        ),
        "expect": {
            "interviewers": [
                ("Rosalind Achebe-Fox", "rosalind@marlowhealth.org", None, "recruiter"),
            ],
            "recruiter": ("Rosalind Achebe-Fox", "rosalind@marlowhealth.org"),
            "company": "Marlow Health",
            "position": "Senior Data Analyst",
        },
    },
    {
        "id": "f6-workday-ics-field-list-jr-prefix",
        "format": "ics",
        "style": "workday",
        "prodid": "-//Workday//Recruiting//EN",
        "title": "Interview Scheduled: JR-118204 Senior Buyer, Indirect Procurement",
        "start": "2027-12-03T09:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Talent Acquisition", "talent.acquisition@granitefallsmfg.com"),
        "attendees": [
            ME,
            P("Yolanda Prieto-Sanz", "yolanda.prietosanz@granitefallsmfg.com"),
            P("Hamid Sadeghi", "hamid.sadeghi@granitefallsmfg.com"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nYou have been scheduled for an interview with Granite Falls "
            "Manufacturing.\n\n"
            "Job Requisition: JR-118204 Senior Buyer, Indirect Procurement\n"
            "Interview Type: Virtual Panel\n"
            "Interviewer: Yolanda Prieto-Sanz, Procurement Manager\n"
            "Interviewer: Hamid Sadeghi, Category Specialist\n"
            "Recruiter: Brennan Lockhart, brennan.lockhart@granitefallsmfg.com\n\n"
            "This is a system-generated message from Workday." + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Yolanda Prieto-Sanz",
                    "yolanda.prietosanz@granitefallsmfg.com",
                    "Procurement Manager",
                    "decision_maker",
                ),
                (
                    "Hamid Sadeghi",
                    "hamid.sadeghi@granitefallsmfg.com",
                    "Category Specialist",
                    "peer",
                ),
            ],
            "recruiter": ("Brennan Lockhart", "brennan.lockhart@granitefallsmfg.com"),
            "company": "Granite Falls Manufacturing",
            "position": "Senior Buyer, Indirect Procurement",
        },
    },
    {
        "id": "f6-workday-google-html-interviewers-semicolon",
        "format": "google",
        "style": "workday",
        "title": "Interview Invitation: Registered Dietitian - Outpatient (R-55019)",
        "start": "2027-12-06T13:30",
        "minutes": 45,
        "organizer": P("Sycamore Health Careers", "careers@sycamorehealth.org"),
        "attendees": [
            ME,
            P("Marisela Ojeda", "marisela.ojeda@sycamorehealth.org"),
            P("Bernadette Kwiatkowski", "bernadette.kwiatkowski@sycamorehealth.org"),
        ],
        "description": (
            "<p>Dear Alex,</p><p>Sycamore Health is pleased to invite you to interview.</p>"
            "<p><b>Position:</b> Registered Dietitian - Outpatient<br>"
            "<b>Requisition:</b> R-55019<br>"
            "<b>Interviewers:</b> Marisela Ojeda, Clinical Nutrition Manager; Bernadette "
            "Kwiatkowski, Registered Dietitian<br>"
            "<b>Recruiter:</b> Tobias Lindqvist-Hart</p>"
            "<p>Please join by video using the link in this invitation.</p>"
            + MEET.replace("\n", "<br>")
        ),
        "expect": {
            "interviewers": [
                (
                    "Marisela Ojeda",
                    "marisela.ojeda@sycamorehealth.org",
                    "Clinical Nutrition Manager",
                    "decision_maker",
                ),
                (
                    "Bernadette Kwiatkowski",
                    "bernadette.kwiatkowski@sycamorehealth.org",
                    "Registered Dietitian",
                    "peer",
                ),
            ],
            "recruiter": ("Tobias Lindqvist-Hart", None),
            "company": "Sycamore Health",
            "position": "Registered Dietitian - Outpatient",
        },
    },
    {
        "id": "f6-workday-graph-numbered-panel-hm-label",
        "format": "graph",
        "style": "workday",
        "title": "Interview - Environmental Compliance Specialist (2027-00431)",
        "start": "2027-12-07T09:30",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Aldergrove Utilities Recruiting", "recruiting@aldergrove-utilities.com"),
        "attendees": [
            ME,
            P("Wilhelm Degenhardt", "wilhelm.degenhardt@aldergrove-utilities.com"),
            P("Tallulah Whitehorse", "tallulah.whitehorse@aldergrove-utilities.com"),
            P("Esperanza Villalobos", "esperanza.villalobos@aldergrove-utilities.com"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your application to Aldergrove Utilities. Please find "
            "your interview details below.\n\n"
            "Job Posting: Environmental Compliance Specialist (2027-00431)\n"
            "Hiring Manager: Wilhelm Degenhardt\n"
            "Interview Panel:\n"
            "1) Wilhelm Degenhardt - Environmental Programs Supervisor\n"
            "2) Tallulah Whitehorse - Senior Environmental Scientist\n"
            "3) Esperanza Villalobos - Regulatory Affairs Advisor\n\n"
            "Your recruiter: Quentin Asare (quentin.asare@aldergrove-utilities.com)\n\n"
            "Workday Recruiting"
        ),
        "location": "Aldergrove Utilities Operations Center, 700 Canyon Rd, Boulder, CO",
        "expect": {
            "interviewers": [
                (
                    "Wilhelm Degenhardt",
                    "wilhelm.degenhardt@aldergrove-utilities.com",
                    "Environmental Programs Supervisor",
                    "decision_maker",
                    True,
                ),
                (
                    "Tallulah Whitehorse",
                    "tallulah.whitehorse@aldergrove-utilities.com",
                    "Senior Environmental Scientist",
                    "peer",
                ),
                (
                    "Esperanza Villalobos",
                    "esperanza.villalobos@aldergrove-utilities.com",
                    "Regulatory Affairs Advisor",
                    "peer",
                ),
            ],
            "recruiter": ("Quentin Asare", "quentin.asare@aldergrove-utilities.com"),
            "company": "Aldergrove Utilities",
            "position": "Environmental Compliance Specialist",
        },
    },
    {
        "id": "f6-icims-graph-company-only-in-signature",
        "format": "graph",
        "style": "icims",
        "title": "Interview Confirmation - Transportation Planner",
        "start": "2027-12-08T10:00",
        "minutes": 45,
        "organizer": P("Careers", "careers@hvlogistics.com"),
        "attendees": [ME, P("Oluwadamilola Bankole", "dami.bankole@hvlogistics.com")],
        "description": (
            "Dear Alex,\n\nThank you for your interest in the Transportation Planner position "
            "(Job #27-3310). We are pleased to confirm your interview.\n\n"
            "Interviewer: Oluwadamilola Bankole, Transportation Manager\n"
            "Format: Microsoft Teams (link below)\n\n"
            "If you need to reschedule, please contact Georgina Flett at georgina.flett@hvlogistics.com."
            "\n\nSincerely,\nTalent Acquisition | Harcourt & Vale Logistics\n\nPowered by iCIMS"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Oluwadamilola Bankole",
                    "dami.bankole@hvlogistics.com",
                    "Transportation Manager",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Georgina Flett", "georgina.flett@hvlogistics.com"),
            "company": "Harcourt & Vale Logistics",
            "position": "Transportation Planner",
        },
    },
    {
        "id": "f6-icims-ics-video-job-id",
        "format": "ics",
        "style": "icims",
        "title": "Video Interview: Senior Credit Analyst",
        "start": "2027-12-09T14:00",
        "minutes": 60,
        "organizer": P("Bayfront Federal Talent Acquisition", "talent@bayfrontfederal.com"),
        "attendees": [
            ME,
            P("Augustin Nkemelu", "augustin.nkemelu@bayfrontfederal.com"),
            P("Celia Hartmann", "celia.hartmann@bayfrontfederal.com"),
        ],
        "description": (
            "Bayfront Federal Bank\n\nInterview Details\n"
            "Job ID: 2027-88412\nJob Title: Senior Credit Analyst\n"
            "Interviewers: Augustin Nkemelu (Credit Risk Manager), Celia Hartmann (Senior Credit "
            "Analyst)\n"
            "Recruiter: Priyanka Deshmukh (priyanka.deshmukh@bayfrontfederal.com)\n\n"
            "This message was sent via iCIMS." + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Augustin Nkemelu",
                    "augustin.nkemelu@bayfrontfederal.com",
                    "Credit Risk Manager",
                    "decision_maker",
                ),
                (
                    "Celia Hartmann",
                    "celia.hartmann@bayfrontfederal.com",
                    "Senior Credit Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Priyanka Deshmukh", "priyanka.deshmukh@bayfrontfederal.com"),
            "company": "Bayfront Federal Bank",
            "position": "Senior Credit Analyst",
        },
    },
    {
        "id": "f6-icims-google-group-interview-two-managers",
        "format": "google",
        "style": "icims",
        "title": "Group Interview - Restaurant Assistant General Manager",
        "start": "2027-12-10T15:00",
        "minutes": 75,
        "organizer": P("Ember & Oak Hospitality Recruiting", "jobs@emberandoak.com"),
        "attendees": [
            ME,
            P("Lucinda Marchbanks", "lucinda.marchbanks@emberandoak.com"),
            P("Rodrigo Salcedo", "rodrigo.salcedo@emberandoak.com"),
        ],
        "description": (
            "Hello Alex,\n\nYou're invited to a group interview for the Assistant General "
            "Manager position at our Pearl District restaurant (Requisition 11872).\n\n"
            "Hosted by:\nLucinda Marchbanks, General Manager\nRodrigo Salcedo, Regional Director "
            "of Operations\n\nPlease arrive 10 minutes early and ask for Lucinda at the host stand."
            "\n\nQuestions? Reply to jobs@emberandoak.com - Ember & Oak Hospitality\n\n"
            "Sent via iCIMS"
        ),
        "location": "1120 NW Couch St, Portland, OR",
        "tz": "America/Los_Angeles",
        "expect": {
            "interviewers": [
                (
                    "Lucinda Marchbanks",
                    "lucinda.marchbanks@emberandoak.com",
                    "General Manager",
                    "decision_maker",
                ),
                (
                    "Rodrigo Salcedo",
                    "rodrigo.salcedo@emberandoak.com",
                    "Regional Director of Operations",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Ember & Oak Hospitality",
            "position": "Assistant General Manager",
        },
    },
    {
        "id": "f6-smartrecruiters-google-parens-req",
        "format": "google",
        "style": "smartrecruiters",
        "title": "Interview: Localization Project Manager | REQ-40117",
        "start": "2027-12-13T10:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Ximena Albornoz", "ximena.albornoz@palabrasur.com"),
        "attendees": [
            ME,
            P("Ximena Albornoz", "ximena.albornoz@palabrasur.com"),
            P("Íñigo Goikoetxea", "inigo.goikoetxea@palabrasur.com"),
            P("Chiara Bellucci", "chiara.bellucci@palabrasur.com"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying to PalabraSur. We would like to invite you to an "
            "online interview for the Localization Project Manager position.\n\n"
            "Interviewer(s): Íñigo Goikoetxea (Head of Localization), Chiara Bellucci (Senior "
            "Localization Engineer)\n\nBest regards,\nXimena Albornoz\nRecruiter\nPalabraSur S.L.\n\n"
            "Powered by SmartRecruiters" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Íñigo Goikoetxea",
                    "inigo.goikoetxea@palabrasur.com",
                    "Head of Localization",
                    "decision_maker",
                ),
                (
                    "Chiara Bellucci",
                    "chiara.bellucci@palabrasur.com",
                    "Senior Localization Engineer",
                    "peer",
                ),
            ],
            "recruiter": ("Ximena Albornoz", "ximena.albornoz@palabrasur.com"),
            "company": "PalabraSur",
            "position": "Localization Project Manager",
        },
    },
    {
        "id": "f6-smartrecruiters-graph-html-labels",
        "format": "graph",
        "style": "smartrecruiters",
        "title": "Interview invitation - Solar Installation Supervisor - Brightacre Renewables",
        "start": "2027-12-14T08:30",
        "minutes": 45,
        "tz": "America/Phoenix",
        "organizer": P("Brightacre Renewables Hiring", "hiring@brightacre.com"),
        "attendees": [
            ME,
            P("Dallin Whitaker", "dallin.whitaker@brightacre.com"),
            P("Marisol Quintanilla", "marisol.quintanilla@brightacre.com"),
        ],
        "description": (
            "<html><body><p>Hello Alex,</p><p>We'd like to meet you for the <b>Solar "
            "Installation Supervisor</b> role (Job ID: 7d41-2209).</p><p>"
            "<b>Hiring Manager:</b> Dallin Whitaker, Field Operations Manager<br>"
            "<b>Interviewer:</b> Marisol Quintanilla, Safety Lead<br>"
            "<b>Contact:</b> Annelise Fairbanks, Talent Acquisition Partner "
            "(annelise.fairbanks@brightacre.com)</p>"
            "<p>Powered by SmartRecruiters</p></body></html>"
        ),
        "location": "Brightacre Renewables Yard, 3400 E Broadway Rd, Phoenix",
        "expect": {
            "interviewers": [
                (
                    "Dallin Whitaker",
                    "dallin.whitaker@brightacre.com",
                    "Field Operations Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Marisol Quintanilla",
                    "marisol.quintanilla@brightacre.com",
                    "Safety Lead",
                    "peer",
                ),
            ],
            "recruiter": ("Annelise Fairbanks", "annelise.fairbanks@brightacre.com"),
            "company": "Brightacre Renewables",
            "position": "Solar Installation Supervisor",
        },
    },
    {
        "id": "f6-smartrecruiters-ics-fmd-gmbh",
        "format": "ics",
        "style": "smartrecruiters",
        "title": "Interview: Field Service Engineer (f/m/d) - Lindenhof Antriebstechnik",
        "start": "2027-12-15T09:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Henrike Vogelsang", "henrike.vogelsang@lindenhof-at.de"),
        "attendees": [
            ME,
            P("Henrike Vogelsang", "henrike.vogelsang@lindenhof-at.de"),
            P("Jörg Ostermann", "joerg.ostermann@lindenhof-at.de"),
        ],
        "description": (
            "Dear Alex,\n\nthank you for your application as Field Service Engineer (f/m/d), ID "
            "4471-FSE. We are happy to invite you to a video interview.\n\n"
            "Your interview partners:\n"
            "Jörg Ostermann - Head of Field Service\n"
            "Henrike Vogelsang - HR Business Partner\n\n"
            "Best regards\nHenrike Vogelsang\nLindenhof Antriebstechnik GmbH\n\n"
            "Powered by SmartRecruiters" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Jörg Ostermann",
                    "joerg.ostermann@lindenhof-at.de",
                    "Head of Field Service",
                    "decision_maker",
                ),
                (
                    "Henrike Vogelsang",
                    "henrike.vogelsang@lindenhof-at.de",
                    "HR Business Partner",
                    "recruiter",
                ),
            ],
            "recruiter": ("Henrike Vogelsang", "henrike.vogelsang@lindenhof-at.de"),
            "company": "Lindenhof Antriebstechnik",
            "position": "Field Service Engineer",
        },
    },
    # --- People as humans write them ---------------------------------------------------------
    {
        "id": "f6-human-recruiter-zoom-hm-initials-address",
        "format": "ics",
        "style": "human",
        "title": "Interview - Payroll Systems Analyst - Alex Morgan",
        "start": "2027-12-16T11:00",
        "minutes": 45,
        "organizer": P("Tamara Lindgren-Osei", "tamara.lindgrenosei@fairhavenhr.com"),
        "attendees": [ME, P(None, "dw@fairhavenhr.com")],
        "description": (
            "Hi Alex,\n\nThanks for your time on Tuesday! As promised, here's the next step: "
            "you'll be speaking with Dominika Wrzesińska, the hiring manager for the Payroll "
            "Systems Analyst role. She runs payroll operations for all of Fairhaven.\n\n"
            "All the best,\nTamara Lindgren-Osei\nSenior Recruiter | Fairhaven HR Solutions" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Dominika Wrzesińska", "dw@fairhavenhr.com", None, "decision_maker", True),
            ],
            "recruiter": ("Tamara Lindgren-Osei", "tamara.lindgrenosei@fairhavenhr.com"),
            "company": "Fairhaven HR Solutions",
            "position": "Payroll Systems Analyst",
        },
    },
    {
        "id": "f6-human-our-ceo-and-head-of-product",
        "format": "google",
        "style": "human",
        "title": "Final round - Alex Morgan - Product Operations Lead",
        "start": "2027-12-17T14:00",
        "minutes": 60,
        "organizer": P("Marisa Delacroix", "marisa@wayfernhq.com"),
        "attendees": [
            ME,
            P("Marisa Delacroix", "marisa@wayfernhq.com"),
            P(None, "tobiah@wayfernhq.com"),
            P(None, "nilufar@wayfernhq.com"),
        ],
        "description": (
            "Hi Alex,\n\nFor the final round you'll meet our CEO, Tobiah Kessler, and our Head of "
            "Product, Nilufar Rahimi. I'll open the call, introduce everyone and then leave you "
            "to it.\n\nMarisa Delacroix\nPeople Partner, Wayfern" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Tobiah Kessler", "tobiah@wayfernhq.com", "CEO", "executive"),
                ("Nilufar Rahimi", "nilufar@wayfernhq.com", "Head of Product", "decision_maker"),
            ],
            "recruiter": ("Marisa Delacroix", "marisa@wayfernhq.com"),
            "company": "Wayfern",
            "position": "Product Operations Lead",
        },
    },
    {
        "id": "f6-human-hm-own-teams-company-in-signature",
        "format": "graph",
        "style": "human",
        "title": "Chat about the Lead Environment Artist role",
        "start": "2027-12-20T16:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Maximilian Oyarzún", "max.oyarzun@lfstudios.com"),
        "attendees": [ME, P("Maximilian Oyarzún", "max.oyarzun@lfstudios.com")],
        "description": (
            "Hi Alex,\n\nThanks for sending over your portfolio - the ruined-monastery set is "
            "gorgeous. Quick note: I'm the hiring manager here, so this is a conversation "
            "between the two of us about the Lead Environment Artist role and how the team "
            "works.\n\nCheers,\nMax\n\nMaximilian Oyarzún\nEnvironment Art Manager\n"
            "Lanternfish Studios" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Maximilian Oyarzún",
                    "max.oyarzun@lfstudios.com",
                    "Environment Art Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Lanternfish Studios",
            "position": "Lead Environment Artist",
        },
    },
    {
        "id": "f6-human-founder-coffee-gmail-founding",
        "format": "ics",
        "style": "human",
        "title": "coffee?",
        "start": "2027-12-21T08:30",
        "minutes": 45,
        "organizer": P("Oksana Hrytsenko", "oksana.hrytsenko@gmail.com"),
        "attendees": [ME, P("Oksana Hrytsenko", "oksana.hrytsenko@gmail.com")],
        "description": (
            "Hi Alex! Priya said you might be up for a coffee. I'm the founder of Pinefold - we "
            "help small clinics run their inventory - and I'm looking for a founding backend "
            "engineer. Would love to hear what you're into and tell you where you'd fit.\n\n"
            "Oksana"
        ),
        "location": "Devoción, 69 Grand St, Brooklyn",
        "expect": {
            "interviewers": [
                ("Oksana Hrytsenko", "oksana.hrytsenko@gmail.com", "Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Pinefold",
            "position": "Founding Backend Engineer",
        },
    },
    {
        "id": "f6-human-walk-and-talk-cofounder-coo",
        "format": "google",
        "style": "human",
        "title": "Walk + talk (Alex / Ifeoma)",
        "start": "2027-12-22T09:00",
        "minutes": 60,
        "organizer": P("Ifeoma Chukwuemeka", "ifeoma@gristmill.farm"),
        "attendees": [ME, P("Ifeoma Chukwuemeka", "ifeoma@gristmill.farm")],
        "description": (
            "Alex - let's do a lap of the reservoir instead of another video call. I want to "
            "talk about the Head of Operations job and whether you'd want to build that team "
            "with us.\n\nIfeoma Chukwuemeka\nCo-founder & COO\nGristmill"
        ),
        "location": "Central Park Reservoir, East 90th St entrance",
        "expect": {
            "interviewers": [
                ("Ifeoma Chukwuemeka", "ifeoma@gristmill.farm", "Co-founder & COO", "executive"),
            ],
            "recruiter": None,
            "company": "Gristmill",
            "position": "Head of Operations",
        },
    },
    {
        "id": "f6-human-get-to-know-vp-outside",
        "format": "graph",
        "style": "human",
        "title": "Get to know each other - Alex & Priyamvada",
        "start": "2027-12-23T12:00",
        "minutes": 30,
        "organizer": P("Priyamvada Krishnan", "priyamvada.krishnan@stellarwind.com"),
        "attendees": [ME, P("Priyamvada Krishnan", "priyamvada.krishnan@stellarwind.com")],
        "description": (
            "Hi Alex,\n\nOur mutual friend Dario suggested we talk. We're opening a Director of "
            "Platform Engineering role at Stellarwind and I'd like to get to know you before we "
            "start a formal process.\n\nPriyamvada Krishnan\nVP of Engineering, Stellarwind" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Priyamvada Krishnan",
                    "priyamvada.krishnan@stellarwind.com",
                    "VP of Engineering",
                    "executive",
                ),
            ],
            "recruiter": None,
            "company": "Stellarwind",
            "position": "Director of Platform Engineering",
        },
    },
    {
        "id": "f6-human-intro-cto-staff-data-engineer",
        "format": "ics",
        "style": "human",
        "title": "Intro: Alex <> Zeynep (Murmur Labs)",
        "start": "2028-01-04T17:30",
        "minutes": 30,
        "organizer": P("Zeynep Arslan", "zeynep@murmurlabs.ai"),
        "attendees": [ME, P("Zeynep Arslan", "zeynep@murmurlabs.ai")],
        "description": (
            "Hey Alex - thanks for taking the call. Short version: we need someone to own our "
            "data platform end to end, a Staff Data Engineer, and your name came up twice. Happy "
            "to answer anything about the team, the stage and the role.\n\nZeynep Arslan\n"
            "CTO & co-founder, Murmur Labs" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Zeynep Arslan", "zeynep@murmurlabs.ai", "CTO & co-founder", "executive"),
            ],
            "recruiter": None,
            "company": "Murmur Labs",
            "position": "Staff Data Engineer",
        },
    },
    {
        "id": "f6-human-recruiter-teams-panel-initial-cn",
        "format": "graph",
        "style": "human",
        "title": "Panel Interview: Alex Morgan - Senior Hydrologist (Requisition 4471-B)",
        "start": "2028-01-05T13:00",
        "minutes": 75,
        "organizer": P("Corinne Baptiste-Lowe", "corinne.baptistelowe@riverbendwater.com"),
        "attendees": [
            ME,
            P("T. Haugen", "t.haugen@riverbendwater.com"),
            P("Nashoba Redcloud", "nashoba.redcloud@riverbendwater.com"),
            P("Efua Amankwah", "efua.amankwah@riverbendwater.com"),
        ],
        "description": (
            "Good afternoon Alex,\n\nPlease find your panel interview details below.\n\n"
            "Interviewers:\n"
            "Torbjørn Haugen - Water Resources Manager\n"
            "Nashoba Redcloud - Principal Hydrologist\n"
            "Efua Amankwah - GIS Analyst\n\n"
            "Recruiter: Corinne Baptiste-Lowe - corinne.baptistelowe@riverbendwater.com\n\n"
            "Riverbend Water Authority" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Torbjørn Haugen",
                    "t.haugen@riverbendwater.com",
                    "Water Resources Manager",
                    "decision_maker",
                ),
                (
                    "Nashoba Redcloud",
                    "nashoba.redcloud@riverbendwater.com",
                    "Principal Hydrologist",
                    "peer",
                ),
                ("Efua Amankwah", "efua.amankwah@riverbendwater.com", "GIS Analyst", "peer"),
            ],
            "recruiter": ("Corinne Baptiste-Lowe", "corinne.baptistelowe@riverbendwater.com"),
            "company": "Riverbend Water Authority",
            "position": "Senior Hydrologist",
        },
    },
    {
        "id": "f6-human-coordinator-mailbox-interviewing",
        "format": "google",
        "style": "human",
        "title": "Interview confirmation: Solutions Architect",
        "start": "2028-01-06T10:00",
        "minutes": 60,
        "organizer": P("Interview Scheduling", "interviews@ironbarkcloud.com"),
        "attendees": [ME, P("Kenta Morishita", "kenta.morishita@ironbarkcloud.com")],
        "description": (
            "Hi Alex,\n\nYour interview for the Solutions Architect position is confirmed.\n\n"
            "Interviewing you: Kenta Morishita (Principal Solutions Architect)\n"
            "Coordinator: Beatriz Saldanha (interviews@ironbarkcloud.com)\n\n"
            "Thanks,\nIronbark Cloud Recruiting" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Kenta Morishita",
                    "kenta.morishita@ironbarkcloud.com",
                    "Principal Solutions Architect",
                    "peer",
                ),
            ],
            "recruiter": ("Beatriz Saldanha", "interviews@ironbarkcloud.com"),
            "company": "Ironbark Cloud",
            "position": "Solutions Architect",
        },
    },
    {
        "id": "f6-human-catch-up-former-colleague",
        "format": "ics",
        "style": "human",
        "title": "Catch up - Alex / Joaquim",
        "start": "2028-01-07T18:00",
        "minutes": 30,
        "organizer": P("Joaquim Barros", "joaquim.barros@tidewell.io"),
        "attendees": [ME, P("Joaquim Barros", "joaquim.barros@tidewell.io")],
        "description": (
            "Alex, long time! Since Initech days I've moved to Tidewell where I'm Head of Data. "
            "We're hiring a Senior Machine Learning Engineer and honestly I'd love for you to join "
            "us. Let's catch up and I'll tell you what we're working on.\n\nJoaquim" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Joaquim Barros", "joaquim.barros@tidewell.io", "Head of Data", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Tidewell",
            "position": "Senior Machine Learning Engineer",
        },
    },
    {
        "id": "f6-agency-client-cfo-and-finance-manager",
        "format": "graph",
        "style": "agency",
        "title": "Alex Morgan - FP&A Analyst - Kilbrannan Distillers (client interview)",
        "start": "2028-01-10T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Fergus McAllister", "fergus.mcallister@heathertalent.co.uk"),
        "attendees": [
            ME,
            P("Fergus McAllister", "fergus.mcallister@heathertalent.co.uk"),
            P(None, "gnibhriain@kilbrannan.com"),
            P(None, "oadebayo@kilbrannan.com"),
        ],
        "description": (
            "Hi Alex,\n\nDelighted to confirm your interview with my client, Kilbrannan "
            "Distillers, for the FP&A Analyst position.\n\n"
            "You'll be meeting:\nGráinne Ní Bhriain - Chief Financial Officer\n"
            "Olamide Adebayo - Finance Manager\n\n"
            "I won't be on the call. Give me a ring afterwards.\n\nFergus McAllister\n"
            "Senior Consultant, Heather Talent\n0141 555 0188" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Gráinne Ní Bhriain",
                    "gnibhriain@kilbrannan.com",
                    "Chief Financial Officer",
                    "executive",
                ),
                ("Olamide Adebayo", "oadebayo@kilbrannan.com", "Finance Manager", "decision_maker"),
            ],
            "recruiter": ("Fergus McAllister", "fergus.mcallister@heathertalent.co.uk"),
            "company": "Kilbrannan Distillers",
            "position": "FP&A Analyst",
        },
    },
    {
        "id": "f6-human-hm-credentials-after-name",
        "format": "google",
        "style": "human",
        "title": "Interview - ICU Charge Nurse",
        "start": "2028-01-11T07:30",
        "minutes": 45,
        "organizer": P("Ngozi Eze-Okafor", "ngozi.eze-okafor@stcatherinemc.org"),
        "attendees": [ME, P("Ngozi Eze-Okafor", "ngozi.eze-okafor@stcatherinemc.org")],
        "description": (
            "Good morning Alex,\n\nThank you for applying for the ICU Charge Nurse position. I'd "
            "like to meet with you in my office on 4 West before the day shift handover.\n\n"
            "Regards,\nNgozi Eze-Okafor, MSN, RN\nDirector of Nursing, Critical Care\n"
            "St. Catherine Medical Center"
        ),
        "location": "St. Catherine Medical Center, 4 West, Nursing Office",
        "expect": {
            "interviewers": [
                (
                    "Ngozi Eze-Okafor",
                    "ngozi.eze-okafor@stcatherinemc.org",
                    "Director of Nursing, Critical Care",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "St. Catherine Medical Center",
            "position": "ICU Charge Nurse",
        },
    },
    {
        "id": "f6-human-recruiter-meet-kate-local-katherine",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan / Juniper Loop - Technical Interview (Senior Full-Stack Engineer)",
        "start": "2028-01-12T15:00",
        "minutes": 60,
        "organizer": P("Farrah Noorani", "farrah@juniperloop.com"),
        "attendees": [
            ME,
            P("Farrah Noorani", "farrah@juniperloop.com"),
            P(None, "kate@juniperloop.com"),
            P(None, "ozzy@juniperloop.com"),
        ],
        "description": (
            "Hey Alex!\n\nHere's your technical interview. You'll be pairing with Oswaldo "
            "Pereira-Lima (Senior Software Engineer), and Katherine O'Sullivan-Reyes, Engineering "
            "Manager and the hiring manager, will join for the last 20 minutes.\n\n"
            "I'm your recruiter for the whole process, so ping me anytime.\n\nFarrah Noorani\n"
            "Recruiter @ Juniper Loop" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Oswaldo Pereira-Lima",
                    "ozzy@juniperloop.com",
                    "Senior Software Engineer",
                    "peer",
                ),
                (
                    "Katherine O'Sullivan-Reyes",
                    "kate@juniperloop.com",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Farrah Noorani", "farrah@juniperloop.com"),
            "company": "Juniper Loop",
            "position": "Senior Full-Stack Engineer",
        },
    },
    # --- Near-misses: about interviewing, or shaped like an interview, but not one -----------
    {
        "id": "f6-not-interview-training-new-managers",
        "format": "ics",
        "style": "human",
        "title": "Interviewing 101 for new people managers",
        "start": "2027-11-02T15:00",
        "minutes": 90,
        "organizer": P("Initech People Development", "peopledev@initech.com"),
        "attendees": [
            ME_WORK,
            P("Callista Moreau", "callista.moreau@initech.com"),
            P("Yaw Boateng", "yaw.boateng@initech.com"),
        ],
        "description": (
            "Part of the new-manager curriculum. We'll cover how to run a structured interview, "
            "writing questions that map to the role's competencies, legal do's and don'ts, and "
            "how to write up evidence for the hiring committee. Facilitated by Callista Moreau, "
            "Talent Acquisition." + ZOOM
        ),
    },
    {
        "id": "f6-not-loop-debrief-pm-candidate",
        "format": "graph",
        "style": "human",
        "title": "Loop debrief: Senior PM candidate (Tomasz W.)",
        "start": "2027-11-05T16:30",
        "minutes": 30,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            ME_WORK,
            P("Ravindra Joshi", "ravindra.joshi@initech.com"),
            P("Hollis Bramwell", "hollis.bramwell@initech.com"),
            P("Mirela Popescu", "mirela.popescu@initech.com"),
        ],
        "description": (
            "Debrief for Tomasz's onsite. Please submit your written feedback before we meet and "
            "don't discuss the candidate with other interviewers until the debrief. Ravindra "
            "(hiring manager) will make the final call." + TEAMS
        ),
    },
    {
        "id": "f6-not-calibration-sales-roleplay",
        "format": "google",
        "style": "human",
        "title": "Interviewer calibration - AE role-play scoring",
        "start": "2027-11-09T13:00",
        "minutes": 60,
        "organizer": P("Delphine Asante", "delphine.asante@initech.com"),
        "attendees": [
            ME_WORK,
            P("Delphine Asante", "delphine.asante@initech.com"),
            P("Caleb Nordstrom", "caleb.nordstrom@initech.com"),
        ],
        "description": (
            "We'll each score the same two recorded Account Executive role-plays against the "
            "rubric, then compare and agree on what a 3 vs a 4 looks like." + MEET
        ),
    },
    {
        "id": "f6-not-user-interviews-candidate-greenhouse",
        "format": "ics",
        "style": "greenhouse",
        "prodid": "-//Greenhouse Software//Interview Scheduler//EN",
        "title": "Interview: Hyun-woo Baek - Data Engineer - Coding",
        "start": "2027-11-11T11:00",
        "minutes": 60,
        "organizer": P("Initech Recruiting Coordination", "recruiting@initech.com"),
        "attendees": [ME_WORK, P("Hyun-woo Baek", "hwbaek.dev@gmail.com")],
        "description": (
            "Candidate: Hyun-woo Baek\nPosition: Data Engineer\nInterviewer: Alex Morgan\n"
            "Focus: Coding (SQL + Python)\n\nInterview kit and scorecard: "
            "https://app.greenhouse.io/interview_kits/90417\n"
            "Please submit feedback within one business day." + ZOOM
        ),
    },
    {
        "id": "f6-not-podcast-guest-recording",
        "format": "graph",
        "style": "human",
        "title": "Guest interview - Ops in Public (recording)",
        "start": "2027-11-16T17:00",
        "minutes": 60,
        "organizer": P("Yasmin Achterberg", "yasmin@opsinpublic.fm"),
        "attendees": [ME, P("Yasmin Achterberg", "yasmin@opsinpublic.fm")],
        "description": (
            "Thanks for coming on Ops in Public! I'll interview you for about 45 minutes about "
            "your incident-review process and the postmortem template you open-sourced. We record "
            "on SquadCast; headphones please.\n\nYasmin Achterberg\nHost, Ops in Public"
        ),
    },
    {
        "id": "f6-not-mock-interview-practice-service",
        "format": "google",
        "style": "human",
        "title": "Mockroom: peer practice interview (behavioral)",
        "start": "2027-11-18T20:00",
        "minutes": 60,
        "organizer": P("Mockroom", "sessions@mockroom.app"),
        "attendees": [ME, P("Dev Kulkarni", "devkulkarni91@gmail.com")],
        "description": (
            "You've been matched with a practice partner. Each of you interviews the other for "
            "25 minutes using the behavioral question set, then you swap feedback. This is "
            "practice only - no company is involved.\n\nJoin: https://mockroom.app/s/7Hq2"
        ),
    },
    {
        "id": "f6-not-loop-sync-data-science-hiring",
        "format": "ics",
        "style": "human",
        "title": "Interview loop sync - Data Science hiring (weekly)",
        "start": "2027-11-22T10:00",
        "minutes": 30,
        "organizer": P("Beatrice Okoro", "beatrice.okoro@initech.com"),
        "attendees": [
            ME_WORK,
            P("Beatrice Okoro", "beatrice.okoro@initech.com"),
            P("Levi Hartmann", "levi.hartmann@initech.com"),
        ],
        "description": (
            "Standing sync for the DS interview loop: pipeline numbers, who's covering the case "
            "study interview next week, and any feedback that's overdue." + MEET
        ),
    },
    {
        "id": "f6-not-user-research-session-user-runs",
        "format": "graph",
        "style": "human",
        "title": "User interview - onboarding flow (participant P7)",
        "start": "2027-11-24T15:00",
        "minutes": 45,
        "organizer": ME_WORK,
        "attendees": [
            ME_WORK,
            P("Rosa Lindqvist", "rosa.l.research@gmail.com"),
            P("Anders Bakke", "anders.bakke@initech.com"),
        ],
        "description": (
            "Moderated usability interview with participant P7 (recruited via the research panel). "
            "Alex moderates, Anders takes notes. Discussion guide: https://docs.initech.com/ux-p7"
            "\nIncentive: $75 gift card sent after the session." + TEAMS
        ),
    },
    {
        "id": "f6-not-journalist-interviews-user",
        "format": "google",
        "style": "human",
        "title": "Interview: The Fast Ledger - piece on four-day weeks",
        "start": "2027-11-29T11:30",
        "minutes": 30,
        "organizer": P("Imogen Achebe", "imogen.achebe@fastledger.com"),
        "attendees": [ME, P("Imogen Achebe", "imogen.achebe@fastledger.com")],
        "description": (
            "Hi Alex, thanks for agreeing to talk for my feature on companies trialling four-day "
            "weeks. I'll record the call for accuracy; quotes will be attributed unless you tell "
            "me otherwise.\n\nImogen Achebe\nStaff Writer, The Fast Ledger" + MEET
        ),
    },
    {
        "id": "f6-not-exit-interview-own-employer",
        "format": "ics",
        "style": "human",
        "title": "Exit interview - Alex Morgan",
        "start": "2027-12-03T15:00",
        "minutes": 30,
        "organizer": P("Henrietta Vos", "henrietta.vos@initech.com"),
        "attendees": [ME_WORK, P("Henrietta Vos", "henrietta.vos@initech.com")],
        "description": (
            "Hi Alex, as part of your offboarding I'd like 30 minutes to hear about your time at "
            "Initech: what worked, what didn't, and what would have made you stay. Your answers "
            "are shared with leadership only in aggregate.\n\nHenrietta Vos\nHR Business Partner"
            + ZOOM
        ),
    },
    {
        "id": "f6-not-hiring-committee-review",
        "format": "graph",
        "style": "human",
        "title": "Hiring committee - L6 engineering packets",
        "start": "2027-12-08T14:00",
        "minutes": 60,
        "organizer": P("Engineering Hiring Committee", "eng-hc@initech.com"),
        "attendees": [
            ME_WORK,
            P("Orla Finnegan", "orla.finnegan@initech.com"),
            P("Kwesi Mensah-Bonsu", "kwesi.mensahbonsu@initech.com"),
        ],
        "description": (
            "Three packets this week. Read the interview feedback and the hiring manager's "
            "summary for each before the meeting; we'll vote hire / no hire and note level." + TEAMS
        ),
    },
    {
        "id": "f6-not-intake-meeting-user-is-hiring-manager",
        "format": "google",
        "style": "human",
        "title": "Intake: Senior Data Scientist req (Alex / Paz)",
        "start": "2027-12-10T10:00",
        "minutes": 45,
        "organizer": P("Paz Echeverría", "paz.echeverria@initech.com"),
        "attendees": [ME_WORK, P("Paz Echeverría", "paz.echeverria@initech.com")],
        "description": (
            "Kickoff for your new req. Let's agree on must-haves, the interview plan (stages, who "
            "interviews for what), target companies for sourcing, and the comp band.\n\n"
            "Paz Echeverría\nTechnical Recruiter, Initech" + MEET
        ),
    },
    {
        "id": "f6-not-informational-interview-user-gives",
        "format": "ics",
        "style": "human",
        "title": "Informational interview - Theo / Alex",
        "start": "2027-12-14T12:30",
        "minutes": 30,
        "organizer": P("Theo Marchetti", "theo.marchetti@outlook.com"),
        "attendees": [ME, P("Theo Marchetti", "theo.marchetti@outlook.com")],
        "description": (
            "Hi Alex, thanks so much for making time. I'm moving from teaching into data "
            "analytics and would love to hear how you got started and what hiring managers look "
            "for in a junior analyst portfolio." + ZOOM
        ),
    },
    {
        "id": "f6-not-thesis-research-interview",
        "format": "graph",
        "style": "human",
        "title": "Research interview (MSc thesis): how platform teams set priorities",
        "start": "2027-12-16T16:00",
        "minutes": 45,
        "tz": "Europe/Copenhagen",
        "organizer": P("Signe Thorsen", "sith@student.itu.dk"),
        "attendees": [ME, P("Signe Thorsen", "sith@student.itu.dk")],
        "description": (
            "Dear Alex,\n\nThank you for agreeing to participate in an interview for my master's "
            "thesis at the IT University of Copenhagen. The semi-structured interview takes about "
            "45 minutes; you can withdraw at any time and everything is anonymised.\n\n"
            "Signe Thorsen\nMSc Software Design" + TEAMS
        ),
    },
    {
        "id": "f6-not-adoption-home-study-interview",
        "format": "google",
        "style": "human",
        "title": "Home study interview #2 - Bright Harbor Adoptions",
        "start": "2027-12-18T10:00",
        "minutes": 120,
        "organizer": P("Lorna Pettigrew", "lpettigrew@brightharboradoptions.org"),
        "attendees": [ME, P("Lorna Pettigrew", "lpettigrew@brightharboradoptions.org")],
        "description": (
            "Second home study visit. I'll interview each adult in the household separately and "
            "walk through the home safety checklist. Please have the completed background-check "
            "forms ready.\n\nLorna Pettigrew, LCSW\nSocial Worker, Bright Harbor Adoptions"
        ),
        "location": "Home visit",
    },
    {
        "id": "f6-not-interview-shadow-session",
        "format": "ics",
        "style": "human",
        "title": "Interview shadow: Alex shadows Marta (Backend onsite, system design)",
        "start": "2028-01-06T14:00",
        "minutes": 60,
        "organizer": P("Initech Recruiting", "recruiting@initech.com"),
        "attendees": [
            ME_WORK,
            P("Marta Szymańska", "marta.szymanska@initech.com"),
            P("Initech Recruiting", "recruiting@initech.com"),
        ],
        "description": (
            "Shadow session toward your system-design interviewer certification. Marta leads the "
            "interview; you observe, take notes and write a practice scorecard. Don't speak to "
            "the candidate beyond introductions. Candidate details are in Greenhouse." + ZOOM
        ),
    },
]
