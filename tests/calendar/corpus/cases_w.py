# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Tuning part 'w', written by "iww", someone who does not tune the parser, labelled before any
run of the parser on it, as TRAINING data for the tuner (issue 16; not a held-out batch: no
separate build file or rendered folder; the coordinator adds this file to build.py). Written
blind: the writer never read, imported or ran the extraction code, the bench or the corpus
tests, and read no cases file but part v (the format example) and part a's helpers. 60 invites:
45 interviews and 15 non-interviews that mention interviewing (or look like one), across .ics,
Google JSON and Graph JSON (20 each; 15 interviews and 5 non-interviews per format).

The angle is the company, the position and the recruiter where the invite makes them hard. The
company is named only in prose ("on behalf of our client", "joining the team at", "im Auftrag
unseres Mandanten", "en nombre de nuestro cliente", "namens onze opdrachtgever", "per conto del
nostro cliente", "pour le compte de"), only in a signature line, or as "X, a Y company" / "part
of" / "a member of" / "a project of" / "managed by"; brands against their groups, acquired
brands run inside a buyer, domains unlike the name, agencies, executive search and RPOs (one on
the client's own domain with an "(Ext)" address) presenting a client, recruiting-tool mailboxes
as organizers, and two companies in one invite (a partner company's panelist, a fiscal sponsor's
director, a consulting firm interviewing at its client's offices, an employer of record, an
agency's W2 contract). Positions carry requisition ids, level codes, grades, places, shifts, pay,
hours, "(Contract)", fixed terms, "(m/w/d)", an abbreviated Workday requisition name beside the
posting title, a stale requisition in the title when the letter moves the candidate to another
opening, and names in German, French, Spanish, Italian, Dutch, Polish, Swedish, Norwegian and
Portuguese. The recruiter is cc'd or optional and not interviewing, named only in a signature,
a coordinator beside a named recruiter, a coordinator alone, a sourcer beside the recruiter, an
executive assistant's booking with a recruiter copied, a tool mailbox signed by a person with no
address, a team mailbox, an agency consultant who does not attend, or an agency recruiter
running the screen. Near-misses: an RPO intake, an RPO quarterly review, an agency's start
paperwork, a mock interview with a coach, appraisals (Jahresgespräch, beoordelingsgesprek), an
exit interview (entrevista de salida), interview shadowing, a podcast, a press interview, a paid
user-research study by a scheduling-tool vendor, a reference call, an agency's post-interview
debrief, an offer call, and the user interviewing a candidate.

Labels are what a careful person reads in the invite, not what the parser returns, with the
conventions of part v. A person called the hiring manager, the future manager / line manager /
"you'd report to X" / "owns this hire" / "the one hiring" (in any language: "Ihr künftiger
Vorgesetzter", "votre future manager", "tu responsable directa", "jouw toekomstige
leidinggevende", "tuo futuro responsabile", "a cui riporterebbe direttamente", "przyszła
przełożona", "blir din närmaste chef", "din nærmeste leder", "a sua futura chefia") is a
decision_maker with the mark, whatever the title (an executive or an individual-contributor
title so called is a decision_maker with the mark); people-manager and director titles are
decision_makers; CEO / co-founder / CTO / VP / chair / Geschäftsführerin / director general /
algemeen directeur / amministratore unico are executives; individual contributors are peers; a
recruiter who runs the call is an interviewer (role recruiter) and the recruiter. A recruiter
who is only copied, optional, or meets the candidate in the lobby is the recruiter and not an
interviewer; when a coordinator (or an executive assistant) and a recruiter are both named the
recruiter is the recruiter, wherever the recruiter's address is written (attendees, prose,
signature); a coordinator alone is the recruiter; a sourcer beside a recruiter is neither; a
person who signs a tool mailbox's invite without an address is (name, None); a team mailbox
with no person is (None, address); an agency, search or RPO consultant who coordinates is the
recruiter and not an interviewer, and the company is the client; when the agency does not name
the client the company is None; a hiring manager who sends her own invite with nobody else from
recruiting is not a recruiter (recruiter None), but someone she copies "who looks after hiring"
is. The company is the business the candidate joins: the client, the brand, the hospital, the
hotel, the acquired brand that still runs as its own team, not the group, the management
company, the fiscal sponsor, the employer of record, a partner firm, the client site a
consulting firm interviews at, or the domain; without legal forms ("GmbH", "B.V.", "S.r.l.",
"S.A.", "AB", "plc", "Ltd", "Inc."). Names drop honorifics ("Dr.", "Prof.", "Eng.", "Herr",
"Frau") and are given-name first. Titles are as written, without the employer's name appended
to them ("Director of CMC, Harrow Biologics" -> "Director of CMC"); a lower-case prose title is
labelled in title case. Positions leave out requisition and job-order ids, level codes ("(L4)",
"(P4)", "(L6)"), grades in brackets ("Grade 7"), employment types and terms ("Contract",
"Contract-to-Hire", "fixed term", "CDI", "interim", "tempo determinato", "umowa na
zastępstwo", "fast stilling"), hours, shifts, pay, "(m/w/d)" and a place or work mode appended
with a dash, comma or parentheses; a team that is part of the job's name after a comma
("Customer Success Manager, Enterprise", "Controls Engineer III, Marine Autonomy") and a grade
in the name ("Data Engineer II") are kept; positions in other languages are kept as written.
Non-interviews have "expect": None. "difficulty" is the writer's guess.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # --- .ics: interviews ---------------------------------------------------------------------
    {
        "id": "w-greenhouse-ics-rpo-on-behalf-of-biotech-req-site",
        "format": "ics",
        "style": "greenhouse",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Korvin Therapeutics – Virtual Onsite – Alex Morgan (Senior Scientist, Analytical Development – KT-00481)",
        "start": "2031-06-03T09:00",
        "minutes": 180,
        "tz": "America/Los_Angeles",
        "organizer": P("Hannah Price", "hannah.price@alderwaytalent.com"),
        "attendees": [
            ME,
            P("Dr. Wen-Li Zhou", "wzhou@korvintx.com"),
            P("Marcus Oyelaran", "moyelaran@korvintx.com"),
            P("Sunita Rao", "srao@korvintx.com"),
        ],
        "description": (
            "Hi Alex,\n\nI'm delighted to confirm your virtual onsite with Korvin Therapeutics for the Senior Scientist, Analytical "
            "Development role (req KT-00481, South San Francisco, on site 4 days a week). As a reminder, Alderway Talent Solutions "
            "runs recruiting for Korvin, so I'm scheduling this on their behalf and I'll stay your point of contact throughout.\n\n"
            "Schedule (PT)\n"
            "9:00 – 10:00   Scientific presentation (45 min + Q&A) to the Analytical Development group\n"
            "10:00 – 10:45  Wen-Li Zhou, PhD – Director, Analytical Development (hiring manager)\n"
            "10:45 – 11:30  Marcus Oyelaran – Scientist II, Method Development\n"
            "11:30 – 12:00  Sunita Rao – VP, CMC\n\n"
            "Please send me your slides by Monday so I can share them with the panel.\n\n"
            "Best,\nHannah Price\nTalent Acquisition Partner, Alderway Talent Solutions\nOn behalf of Korvin Therapeutics, Inc.\n"
            "hannah.price@alderwaytalent.com | +1 (415) 555-0186" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Wen-Li Zhou",
                    "wzhou@korvintx.com",
                    "Director, Analytical Development",
                    "decision_maker",
                    True,
                ),
                (
                    "Marcus Oyelaran",
                    "moyelaran@korvintx.com",
                    "Scientist II, Method Development",
                    "peer",
                ),
                ("Sunita Rao", "srao@korvintx.com", "VP, CMC", "executive"),
            ],
            "recruiter": ("Hannah Price", "hannah.price@alderwaytalent.com"),
            "company": "Korvin Therapeutics",
            "position": "Senior Scientist, Analytical Development",
        },
    },
    {
        "id": "w-lever-ics-noreply-organizer-company-only-in-signature",
        "format": "ics",
        "style": "lever",
        "difficulty": "hard",
        "prodid": "-//Lever//Lever Hire//EN",
        "title": "Interview: Data Engineer II, Platform – Remote (EU) – Alex Morgan",
        "start": "2031-06-04T14:00",
        "minutes": 60,
        "tz": "Europe/Dublin",
        "organizer": P(None, "no-reply@hire.lever.co"),
        "attendees": [
            ME,
            P("Jonas Eklund", "jonas@bwl.io"),
            P("Aoife Brennan", "aoife@bwl.io"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for making time to speak with us! Here's what's coming up:\n\n"
            "Data Engineer II, Platform – technical interview (60 min)\n"
            "with Jonas Eklund (Engineering Manager, Data Platform) and Aoife Brennan (Senior Data Engineer)\n\n"
            "Jonas leads the platform team you'd be joining. Expect a mix of SQL and pipeline design, and a walk through "
            "something you've built.\n\nIf anything changes, email me and I'll sort it out.\n\n"
            "Cass Whitaker\nTalent Partner\nBrightwater Labs · cass@bwl.io\n\nSent via Lever" + MEET
        ),
        "location": "Google Meet",
        "expect": {
            "interviewers": [
                (
                    "Jonas Eklund",
                    "jonas@bwl.io",
                    "Engineering Manager, Data Platform",
                    "decision_maker",
                    True,
                ),
                ("Aoife Brennan", "aoife@bwl.io", "Senior Data Engineer", "peer"),
            ],
            "recruiter": ("Cass Whitaker", "cass@bwl.io"),
            "company": "Brightwater Labs",
            "position": "Data Engineer II, Platform",
        },
    },
    {
        "id": "w-human-ics-cofounder-joining-the-team-at-prose-only",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "Alex / Tomasz – chat",
        "start": "2031-06-05T17:30",
        "minutes": 45,
        "tz": "Europe/Warsaw",
        "organizer": P("Tomasz Wierzbicki", "tomasz@getpellucid.com"),
        "attendees": [ME, P("Tomasz Wierzbicki", "tomasz@getpellucid.com")],
        "description": (
            "Hey Alex, really enjoyed your portfolio (the transit wayfinding piece especially). I'm one of the two co-founders "
            "(I run product and engineering, Ruth runs the business side) and I'd love to tell you more about what we're "
            "building and why I think you'd be a great first design hire. No prep needed: I'll show you where the product is "
            "today and we can talk about what joining the team at Pellucid as founding designer would look like.\n\n"
            "Tomasz\n\nSent from my phone" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Tomasz Wierzbicki", "tomasz@getpellucid.com", "Co-Founder", "executive"),
            ],
            "recruiter": None,
            "company": "Pellucid",
            "position": "Founding Designer",
        },
    },
    {
        "id": "w-workday-ics-brand-of-group-level-code-site-hybrid",
        "format": "ics",
        "style": "workday",
        "difficulty": "medium",
        "prodid": "-//Workday//Workday Recruiting//EN",
        "title": "Interview Scheduled: Senior Buyer, Menswear (P4) – JR-20441",
        "start": "2031-06-06T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P(None, "pembertonretail@myworkday.com"),
        "attendees": [
            ME,
            P("Orla Kinsella", "orla.kinsella@pembertonretail.com"),
            P("Dev Raman", "dev.raman@hartwellcrane.co.uk"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\n"
            "Job Requisition: JR-20441 Senior Buyer, Menswear (P4) - Leeds, Wellington Place - Hybrid\n"
            "Interview Type: Second Stage (Range Review)\nLocation: Microsoft Teams\n\n"
            "Interviewer: Orla Kinsella\nBusiness Title: Head of Buying, Menswear & Accessories\nRole on Panel: Hiring Manager\n\n"
            "Interviewer: Dev Raman\nBusiness Title: Merchandise Planner\nRole on Panel: Interviewer\n\n"
            "Recruiter: Bethany Cole (bethany.cole@pembertonretail.com)\n\n"
            "Hartwell & Crane is a Pemberton Retail Group brand. Your correspondence will come from Pemberton Retail Group."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Orla Kinsella",
                    "orla.kinsella@pembertonretail.com",
                    "Head of Buying, Menswear & Accessories",
                    "decision_maker",
                    True,
                ),
                ("Dev Raman", "dev.raman@hartwellcrane.co.uk", "Merchandise Planner", "peer"),
            ],
            "recruiter": ("Bethany Cole", "bethany.cole@pembertonretail.com"),
            "company": "Hartwell & Crane",
            "position": "Senior Buyer, Menswear",
        },
    },
    {
        "id": "w-icims-ics-agency-contract-to-hire-w2-client-credit-union",
        "format": "ics",
        "style": "icims",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Client Interview – Systems Administrator (Contract-to-Hire) – Oakridge Community Credit Union",
        "start": "2031-06-09T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Marisol Vega", "mvega@bluecreststaffing.com"),
        "attendees": [
            ME,
            P("Greg Tollefson", "gtollefson@oakridgeccu.org"),
            P("Amber Lise", "alise@oakridgeccu.org"),
        ],
        "description": (
            "Hi Alex,\n\nYou're confirmed for your interview with Oakridge Community Credit Union! Details below.\n\n"
            "Position: Systems Administrator – 6-month contract-to-hire, W2 through Bluecrest, $48–52/hr\n"
            "Job Order #: BC-31877\n"
            "Where: Oakridge CCU Operations Center, 900 Prairie Ave, Sioux Falls, SD. Check in at the front desk and tell them "
            "you're there for Greg.\n\n"
            "Who you'll meet:\n - Greg Tollefson, IT Manager (this would be your supervisor)\n - Amber Lise, Network Engineer\n\n"
            "Dress is business casual. Call or text me as soon as you're out; I'll have feedback from Greg within a day or two.\n\n"
            "Marisol Vega\nSenior Technical Recruiter\nBluecrest Staffing | IT & Engineering\n(605) 555-0127\n\n"
            "This message was sent via iCIMS."
        ),
        "location": "Oakridge CCU Operations Center, 900 Prairie Ave, Sioux Falls, SD",
        "expect": {
            "interviewers": [
                (
                    "Greg Tollefson",
                    "gtollefson@oakridgeccu.org",
                    "IT Manager",
                    "decision_maker",
                    True,
                ),
                ("Amber Lise", "alise@oakridgeccu.org", "Network Engineer", "peer"),
            ],
            "recruiter": ("Marisol Vega", "mvega@bluecreststaffing.com"),
            "company": "Oakridge Community Credit Union",
            "position": "Systems Administrator",
        },
    },
    {
        "id": "w-teamtailor-ics-swedish-company-only-in-signature-koncern",
        "format": "ics",
        "style": "teamtailor",
        "difficulty": "hard",
        "prodid": "-//Teamtailor//Teamtailor Calendar//EN",
        "title": "Intervju – Lagerchef – Borås",
        "start": "2031-06-10T09:00",
        "minutes": 75,
        "tz": "Europe/Stockholm",
        "organizer": P("Johanna Ek", "johanna.ek@hedlundkoncernen.se"),
        "attendees": [
            ME,
            P("Patrik Sjöberg", "patrik.sjoberg@nordviklogistik.se"),
            P("Anneli Holm", "anneli.holm@nordviklogistik.se"),
        ],
        "description": (
            "Hej Alex!\n\nTack för din ansökan till tjänsten som lagerchef på vår terminal i Borås. Vi vill gärna träffa dig "
            "på en första intervju.\n\nDu träffar:\n"
            "Patrik Sjöberg – platschef, blir din närmaste chef\n"
            "Anneli Holm – truckförare på kvällsskiftet\n\n"
            "Intervjun tar ungefär en timme och avslutas med en rundvandring på lagret. Ta gärna med skyddsskor.\n\n"
            "Vänliga hälsningar\nJohanna Ek\nRekryterare\nNordvik Logistik AB – ett bolag i Hedlundkoncernen\n\n"
            "Skickat via Teamtailor"
        ),
        "location": "Terminal Borås, Viaredsvägen 18, Borås",
        "expect": {
            "interviewers": [
                (
                    "Patrik Sjöberg",
                    "patrik.sjoberg@nordviklogistik.se",
                    "Platschef",
                    "decision_maker",
                    True,
                ),
                (
                    "Anneli Holm",
                    "anneli.holm@nordviklogistik.se",
                    "Truckförare",
                    "peer",
                ),
            ],
            "recruiter": ("Johanna Ek", "johanna.ek@hedlundkoncernen.se"),
            "company": "Nordvik Logistik",
            "position": "Lagerchef",
        },
    },
    {
        "id": "w-goodtime-ics-recruiter-copied-lobby-only-x-a-y-company",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "hard",
        "prodid": "-//GoodTime//Interview Scheduling//EN",
        "title": "Onsite Interview – Staff Software Engineer, Payments Infrastructure (L6)",
        "start": "2031-06-11T10:00",
        "minutes": 210,
        "tz": "America/Los_Angeles",
        "organizer": P("Interview Scheduling", "interviews@rivermark.com"),
        "attendees": [
            ME,
            P("Imani Brooks", "imani.brooks@rivermark.com", optional=True),
            P("Felix Aronsson", "felix.aronsson@rivermark.com"),
            P("Nomvula Dlamini", "nomvula.dlamini@rivermark.com"),
            P("Rafael Couto", "rafael.couto@rivermark.com"),
            P("SF-4F Larkspur (6)", "sf-4f-larkspur@rivermark.com", room=True),
        ],
        "description": (
            "Hi Alex,\n\nYour onsite interview for the Staff Software Engineer, Payments Infrastructure (L6) role on the Tallyho "
            "team is confirmed. Your recruiter, Imani Brooks, is copied on this invite and will meet you in the lobby, but she "
            "won't be part of the interviews.\n\nSchedule (PT)\n"
            "10:00 AM - 11:00 AM | System design | Felix Aronsson, Engineering Manager, Payments Infrastructure (Hiring Manager)\n"
            "11:00 AM - 12:00 PM | Coding | Nomvula Dlamini, Staff Engineer, Ledger\n"
            "12:00 PM - 12:45 PM | Lunch (not an interview)\n"
            "12:45 PM - 1:30 PM | Leadership & collaboration | Rafael Couto, Director of Engineering, Money Movement\n\n"
            "Address: 500 Howard St, 4th floor, San Francisco. Check in with the front desk and ask for Imani.\n\n"
            "Best,\nInterview Scheduling Team\nTallyho, a Rivermark company\n\nPowered by GoodTime"
        ),
        "location": "500 Howard St, 4th floor, San Francisco",
        "expect": {
            "interviewers": [
                (
                    "Felix Aronsson",
                    "felix.aronsson@rivermark.com",
                    "Engineering Manager, Payments Infrastructure",
                    "decision_maker",
                    True,
                ),
                (
                    "Nomvula Dlamini",
                    "nomvula.dlamini@rivermark.com",
                    "Staff Engineer, Ledger",
                    "peer",
                ),
                (
                    "Rafael Couto",
                    "rafael.couto@rivermark.com",
                    "Director of Engineering, Money Movement",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Imani Brooks", "imani.brooks@rivermark.com"),
            "company": "Tallyho",
            "position": "Staff Software Engineer, Payments Infrastructure",
        },
    },
    {
        "id": "w-human-ics-german-personalberatung-mandant-consultant-absent",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Vorstellungsgespräch Leiter Instandhaltung (m/w/d) – Standort Kempten",
        "start": "2031-06-12T10:00",
        "minutes": 90,
        "tz": "Europe/Berlin",
        "organizer": P("Dr. Tobias Krämer", "t.kraemer@kraemer-partner.de"),
        "attendees": [
            ME,
            P("Reinholz, Klaus", "k.reinholz@lindauer-mb.de"),
            P("Sommer, Verena", "v.sommer@lindauer-mb.de"),
        ],
        "description": (
            "Sehr geehrter Herr Morgan,\n\nwie telefonisch besprochen, lade ich Sie im Auftrag unseres Mandanten, der Lindauer "
            "Maschinenbau GmbH, zum persönlichen Gespräch für die Position Leiter Instandhaltung (m/w/d) am Standort Kempten ein.\n\n"
            "Ihre Gesprächspartner beim Mandanten:\n"
            "- Herr Klaus Reinholz, Werkleiter (Ihr künftiger Vorgesetzter)\n"
            "- Frau Verena Sommer, Geschäftsführerin Technik\n\n"
            "Ich selbst nehme an dem Termin nicht teil, stehe Ihnen aber vorab gern für ein kurzes Briefing zur Verfügung.\n\n"
            "Adresse: Werk 2, Ursulasrieder Str. 41, 87437 Kempten. Bitte melden Sie sich an der Pforte.\n\n"
            "Mit freundlichen Grüßen\nDr. Tobias Krämer\nPartner\nKrämer & Partner Personalberatung\nTel. +49 89 5550 1482"
        ),
        "location": "Werk 2, Ursulasrieder Str. 41, 87437 Kempten",
        "expect": {
            "interviewers": [
                (
                    "Klaus Reinholz",
                    "k.reinholz@lindauer-mb.de",
                    "Werkleiter",
                    "decision_maker",
                    True,
                ),
                (
                    "Verena Sommer",
                    "v.sommer@lindauer-mb.de",
                    "Geschäftsführerin Technik",
                    "executive",
                ),
            ],
            "recruiter": ("Tobias Krämer", "t.kraemer@kraemer-partner.de"),
            "company": "Lindauer Maschinenbau",
            "position": "Leiter Instandhaltung",
        },
    },
    {
        "id": "w-ashby-ics-acquired-brand-runs-inside-buyer-two-domains",
        "format": "ics",
        "style": "ashby",
        "difficulty": "hard",
        "prodid": "-//Ashby//Ashby Scheduling//EN",
        "title": "Quillfield × Alex Morgan — Final Round (Senior Product Manager, Billing)",
        "start": "2031-06-13T13:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Priya Venkatesan", "priya.venkatesan@harborline.com"),
        "attendees": [
            ME,
            P("Ellis Marchetti", "ellis@quillfield.com"),
            P("Beatriz Salgado", "beatriz@quillfield.com"),
            P("Jun Park", "jun.park@harborline.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks again for your time so far! Here's your final round with Quillfield. Quick context, since you'll "
            "see two email domains: Harborline acquired Quillfield last year, and Quillfield still runs as its own product and "
            "team inside Harborline. Recruiting is handled centrally at Harborline, which is why this comes from me.\n\n"
            "1:00 – 1:45pm ET  Ellis Marchetti, Co-founder & CEO, Quillfield\n"
            "1:45 – 2:30pm ET  Beatriz Salgado, Group Product Manager (your manager if you join)\n"
            "2:30 – 3:00pm ET  Jun Park, Staff Engineer, Billing Platform (Harborline)\n\n"
            "Good luck!\nPriya Venkatesan\nRecruiter, Harborline\n\nScheduled with Ashby" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Ellis Marchetti", "ellis@quillfield.com", "Co-founder & CEO", "executive"),
                (
                    "Beatriz Salgado",
                    "beatriz@quillfield.com",
                    "Group Product Manager",
                    "decision_maker",
                    True,
                ),
                ("Jun Park", "jun.park@harborline.com", "Staff Engineer, Billing Platform", "peer"),
            ],
            "recruiter": ("Priya Venkatesan", "priya.venkatesan@harborline.com"),
            "company": "Quillfield",
            "position": "Senior Product Manager, Billing",
        },
    },
    {
        "id": "w-jazzhr-ics-restaurant-of-hospitality-group-shift-pay-mailbox",
        "format": "ics",
        "style": "jazzhr",
        "difficulty": "medium",
        "prodid": "-//JazzHR//Interview Scheduler//EN",
        "title": "Interview – Line Cook (AM, $21/hr) – Fenwick Hospitality",
        "start": "2031-06-11T15:00",
        "minutes": 45,
        "tz": "America/Denver",
        "organizer": P("Fenwick Hospitality Careers", "careers@fenwickhospitality.com"),
        "attendees": [ME, P("Rico Valdez", "rico@emberandoak.com")],
        "description": (
            "Hello Alex,\n\nThank you for applying for the Line Cook position (AM shift, 6am–2:30pm, $21/hr plus tip share) at "
            "Ember & Oak, a Fenwick Hospitality restaurant.\n\nYour interview:\nWednesday, June 11 at 3:00 PM\n"
            "Ember & Oak, 2114 Larimer St, Denver (use the side door on 22nd St)\nWith: Rico Valdez, Executive Chef\n\n"
            "Plan on about 30 minutes, plus a short stage on the line if Rico has time. Please wear closed-toe, non-slip shoes.\n\n"
            "Fenwick Hospitality Recruiting\ncareers@fenwickhospitality.com\n\nPowered by JazzHR"
        ),
        "location": "Ember & Oak, 2114 Larimer St, Denver",
        "expect": {
            "interviewers": [
                ("Rico Valdez", "rico@emberandoak.com", "Executive Chef", "decision_maker"),
            ],
            "recruiter": (None, "careers@fenwickhospitality.com"),
            "company": "Ember & Oak",
            "position": "Line Cook",
        },
    },
    {
        "id": "w-human-ics-french-cabinet-pour-le-compte-de-client-cdi",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Entretien – Chef de projet marketing (CDI) – Paris 8e",
        "start": "2031-06-16T10:30",
        "minutes": 60,
        "tz": "Europe/Paris",
        "organizer": P("Camille Baptiste", "camille.baptiste@talentis-conseil.fr"),
        "attendees": [
            ME,
            P("Hortense Lemaire", "h.lemaire@maisonbrehat.com"),
            P("Yanis Benali", "y.benali@maisonbrehat.com"),
        ],
        "description": (
            "Bonjour Alex,\n\nSuite à notre échange de mardi, j'ai le plaisir de vous confirmer votre entretien pour le compte de "
            "notre client, la Maison Bréhat (soins et parfums), pour le poste de Chef de projet marketing en CDI.\n\n"
            "Vous rencontrerez :\n• Hortense Lemaire, Directrice marketing – votre future manager\n"
            "• Yanis Benali, Chef de produit senior\n\n"
            "Lieu : 12 rue de Miromesnil, 75008 Paris (3e étage, demandez Hortense à l'accueil).\n\n"
            "Je vous appelle la veille pour préparer l'entretien.\n\nBien à vous,\nCamille Baptiste\n"
            "Consultante senior – Talentis Conseil\n06 55 50 12 34"
        ),
        "location": "12 rue de Miromesnil, 75008 Paris",
        "expect": {
            "interviewers": [
                (
                    "Hortense Lemaire",
                    "h.lemaire@maisonbrehat.com",
                    "Directrice marketing",
                    "decision_maker",
                    True,
                ),
                ("Yanis Benali", "y.benali@maisonbrehat.com", "Chef de produit senior", "peer"),
            ],
            "recruiter": ("Camille Baptiste", "camille.baptiste@talentis-conseil.fr"),
            "company": "Maison Bréhat",
            "position": "Chef de projet marketing",
        },
    },
    {
        "id": "w-bamboohr-ics-hm-own-invite-copies-people-person-optional",
        "format": "ics",
        "style": "bamboohr",
        "difficulty": "hard",
        "prodid": "-//BambooHR//Calendar//EN",
        "title": "Interview – Bookkeeper (part-time, 24 hrs/wk)",
        "start": "2031-06-17T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Gwen Alder", "gwen@alderandmoss.com"),
        "attendees": [
            ME,
            P("Gwen Alder", "gwen@alderandmoss.com"),
            P("Sofia Reyes", "sofia@alderandmoss.com", optional=True),
        ],
        "description": (
            "Hi Alex,\n\nThanks for applying! I'd love to meet in person. I run the finance side here and the bookkeeper reports "
            "to me, so it'll be a conversation between the two of us about how we close the month and what tools you've used "
            "(we're on Xero).\n\nI've copied Sofia Reyes, who looks after hiring and onboarding for us; she'll be in touch about "
            "references and next steps afterwards, so no need to prepare anything for her.\n\n"
            "Gwen Alder\nFinance Director\nAlder & Moss Landscape Architects\n14 Bridge Street, Hebden Bridge\n\n"
            "This event was scheduled using BambooHR."
        ),
        "location": "14 Bridge Street, Hebden Bridge",
        "expect": {
            "interviewers": [
                ("Gwen Alder", "gwen@alderandmoss.com", "Finance Director", "decision_maker", True),
            ],
            "recruiter": ("Sofia Reyes", "sofia@alderandmoss.com"),
            "company": "Alder & Moss Landscape Architects",
            "position": "Bookkeeper",
        },
    },
    {
        "id": "w-gem-ics-recruiter-screen-sourcer-copied-hm-named-absent",
        "format": "ics",
        "style": "gem",
        "difficulty": "medium",
        "prodid": "-//Gem//Gem Scheduling//EN",
        "title": "Lumen Health <> Alex Morgan: Recruiter Screen (Senior iOS Engineer, Consumer)",
        "start": "2031-06-18T12:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Dominic Reyes", "dominic.reyes@lumen.health"),
        "attendees": [
            ME,
            P("Dominic Reyes", "dominic.reyes@lumen.health"),
            P("Tara Quinlan", "tara.quinlan@lumen.health", optional=True),
        ],
        "description": (
            "Hi Alex,\n\nGreat to connect! Tara (our sourcer, copied here) passed your profile along after your chat last week, "
            "and I'll be your recruiter from here on.\n\nThis is a 30-minute call with me to talk through your background, what "
            "you're looking for, and the Senior iOS Engineer role on our Consumer team (Req 2031-118; hybrid, 3 days a week in "
            "our NYC office). If it's a fit, the next step is a technical screen with the hiring manager, Owen Pratt.\n\n"
            "Talk soon,\nDominic Reyes\nTechnical Recruiter, Lumen Health\n\nSent with Gem" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Dominic Reyes", "dominic.reyes@lumen.health", "Technical Recruiter", "recruiter"),
            ],
            "recruiter": ("Dominic Reyes", "dominic.reyes@lumen.health"),
            "company": "Lumen Health",
            "position": "Senior iOS Engineer, Consumer",
        },
    },
    {
        "id": "w-calendly-ics-agency-screen-client-unnamed-company-none",
        "format": "ics",
        "style": "calendly",
        "difficulty": "hard",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Screening call between Rhys Caldwell and Alex Morgan",
        "start": "2031-06-19T11:00",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Rhys Caldwell", "rhys@northpeaksearch.com"),
        "attendees": [ME, P("Rhys Caldwell", "rhys@northpeaksearch.com")],
        "description": (
            "Event Name: Screening call (20 min)\n\n"
            "Hi Alex, thanks for booking. I'm recruiting a Senior Backend Engineer (Go, payments) for a client of ours, a Series B "
            "fintech in Austin, and this is a quick screening call before I put you forward. I can share the client's name once "
            "we've spoken and you're happy for me to submit you. Base $175–195k plus equity, hybrid 2 days a week.\n\n"
            "Location: Rhys will call you at +1 512-555-0144\n\n"
            "Rhys Caldwell\nPrincipal Consultant, Northpeak Search\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/5b7c1d\n"
            "Reschedule: https://calendly.com/reschedulings/5b7c1d\n\nPowered by Calendly.com"
        ),
        "location": "Phone call",
        "expect": {
            "interviewers": [
                ("Rhys Caldwell", "rhys@northpeaksearch.com", "Principal Consultant", "recruiter"),
            ],
            "recruiter": ("Rhys Caldwell", "rhys@northpeaksearch.com"),
            "company": None,
            "position": "Senior Backend Engineer",
        },
    },
    {
        "id": "w-workable-ics-portuguese-empresa-do-grupo-turno-noturno-mailbox",
        "format": "ics",
        "style": "workable",
        "difficulty": "hard",
        "prodid": "-//Workable//Workable Calendar//EN",
        "title": "Entrevista – Técnico(a) de Manutenção Industrial – Turno noturno – Ref. 4471 – Setúbal",
        "start": "2031-06-20T10:00",
        "minutes": 60,
        "tz": "Europe/Lisbon",
        "organizer": P("Recrutamento Lusovidro", "recrutamento@lusovidro.pt"),
        "attendees": [
            ME,
            P("Nuno Barros", "nuno.barros@vidreirasado.pt"),
            P("Sandra Pires", "sandra.pires@vidreirasado.pt"),
        ],
        "description": (
            "Caro(a) Alex,\n\nObrigado pela sua candidatura. Temos o prazer de o(a) convidar para uma entrevista para a função de "
            "Técnico(a) de Manutenção Industrial (turno noturno, 22h–6h) na Vidreira do Sado, empresa do Grupo Lusovidro, na "
            "nossa fábrica de Setúbal.\n\nEstarão presentes:\n"
            "Eng. Nuno Barros – Diretor de Manutenção (a sua futura chefia)\n"
            "Sandra Pires – Técnica de Manutenção Sénior\n\n"
            "A entrevista inclui uma visita à linha de fornos. Traga calçado de segurança, se tiver.\n\n"
            "Com os melhores cumprimentos,\nEquipa de Recrutamento\nGrupo Lusovidro\n\nEnviado através do Workable"
        ),
        "location": "Fábrica de Setúbal, Estrada da Mitrena km 3, Setúbal",
        "expect": {
            "interviewers": [
                (
                    "Nuno Barros",
                    "nuno.barros@vidreirasado.pt",
                    "Diretor de Manutenção",
                    "decision_maker",
                    True,
                ),
                (
                    "Sandra Pires",
                    "sandra.pires@vidreirasado.pt",
                    "Técnica de Manutenção Sénior",
                    "peer",
                ),
            ],
            "recruiter": (None, "recrutamento@lusovidro.pt"),
            "company": "Vidreira do Sado",
            "position": "Técnico(a) de Manutenção Industrial",
        },
    },
    # --- .ics: near-misses --------------------------------------------------------------------
    {
        "id": "w-ics-non-rpo-intake-user-is-hiring-manager",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Intake: Senior Data Engineer (Req INI-2207) – Alderway RPO x Initech",
        "start": "2031-06-04T15:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Hannah Price", "hannah.price@alderwaytalent.com"),
        "attendees": [
            ME_WORK,
            P("Hannah Price", "hannah.price@alderwaytalent.com"),
            P("Joel Mbeki", "joel.mbeki@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nBefore we open the req, let's do a 45-minute intake: must-haves vs nice-to-haves, the interview loop and "
            "who sits on it, the comp band, and which companies we should source from. I'll bring a draft job description and a "
            "scorecard template. Joel from your TA team will join.\n\n"
            "Hannah Price\nTalent Acquisition Partner, Alderway Talent Solutions (RPO partner to Initech)"
            + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "w-ics-non-agency-start-paperwork-i9-after-placement",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//iCIMS//Interview Scheduling//EN",
        "title": "Bluecrest Staffing – start paperwork & I-9 verification (Oakridge CCU placement)",
        "start": "2031-06-25T09:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Marisol Vega", "mvega@bluecreststaffing.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nCongrats again on the offer from Oakridge! Before your first day there on the 30th, please stop by our "
            "office to complete your W-4, direct deposit form and I-9 (bring original documents from the list attached). It "
            "takes about 30 minutes, no interview, just paperwork.\n\n"
            "Marisol Vega\nSenior Technical Recruiter\nBluecrest Staffing | IT & Engineering\n(605) 555-0127"
        ),
        "location": "Bluecrest Staffing, 101 S Phillips Ave, Suite 400, Sioux Falls, SD",
        "expect": None,
    },
    {
        "id": "w-ics-non-mock-interview-coach-system-design",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Mock interview: Staff Engineer loop (system design) – practice for the Tallyho onsite",
        "start": "2031-06-08T18:00",
        "minutes": 75,
        "tz": "America/Los_Angeles",
        "organizer": P("Dara Whelan", "dara@loopprepcoaching.com"),
        "attendees": [ME, P("Dara Whelan", "dara@loopprepcoaching.com")],
        "description": (
            "Hi Alex,\n\nFor Sunday's session we'll run a full mock system design round in the style of the Tallyho onsite you "
            "told me about (payments ledger, idempotency, reconciliation). I'll play the interviewer; we'll leave 15 minutes at "
            "the end for feedback. This is session 3 of the 5 in your package.\n\n"
            "Dara Whelan\nInterview Coach, LoopPrep" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "w-ics-non-german-jahresgespraech-zielvereinbarung",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Jahresgespräch 2031 & Zielvereinbarung – Alex Morgan",
        "start": "2031-06-23T14:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Becker, Stefanie", "stefanie.becker@initech.com"),
        "attendees": [ME_WORK, P("Becker, Stefanie", "stefanie.becker@initech.com")],
        "description": (
            "Hallo Alex,\n\nwie jedes Jahr im Juni möchte ich mit dir unser Mitarbeitergespräch führen: Rückblick auf die Ziele "
            "2030/31, Feedback in beide Richtungen, deine Entwicklungswünsche (du hattest die Teamleitung angesprochen) und die "
            "Zielvereinbarung für das kommende Jahr. Bitte fülle vorab den Selbsteinschätzungsbogen im Personalportal aus.\n\n"
            "Viele Grüße\nStefanie\nLeiterin Controlling, Initech Deutschland GmbH"
        ),
        "location": "Besprechungsraum Isar, 3. OG",
        "expect": None,
    },
    {
        "id": "w-ics-non-interview-shadowing-user-observes-loop",
        "format": "ics",
        "style": "goodtime",
        "difficulty": "medium",
        "prodid": "-//GoodTime//Interview Scheduling//EN",
        "title": "Interview (shadow): Senior Buyer, Menswear – candidate Jamal Okafor",
        "start": "2031-06-26T10:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Initech Talent Acquisition", "ta-scheduling@initech.com"),
        "attendees": [
            ME_WORK,
            P("Ruth Coleman", "ruth.coleman@initech.com"),
            P("Jamal Okafor", "jamal.okafor88@outlook.com"),
        ],
        "description": (
            "Alex, you're shadowing Ruth on this round as part of your interviewer certification. Observe only: please don't ask "
            "questions. Submit a practice scorecard in Greenhouse within 24 hours and we'll compare it with Ruth's at calibration.\n\n"
            "Candidate: Jamal Okafor\nRole: Senior Buyer, Menswear (Req INI-1187)\nInterviewer: Ruth Coleman, Head of Buying\n\n"
            "Initech Talent Acquisition\n\nPowered by GoodTime" + TEAMS
        ),
        "expect": None,
    },
    # --- Google JSON: interviews --------------------------------------------------------------
    {
        "id": "w-greenhouse-google-html-table-team-mailbox-recruiter-in-prose",
        "format": "google",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview with Fernway: Customer Success Manager, Enterprise (West) – Alex Morgan",
        "start": "2031-06-03T10:00",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Fernway Recruiting", "recruiting@fernway.io"),
        "attendees": [
            ME,
            P("Lauren Ashby", "lauren.ashby@fernway.io"),
            P("Kwame Mensah", "kwame@fernway.io"),
            P("Hye-jin Cho", "hyejin.cho@fernway.io"),
        ],
        "description": (
            "<p>Hi Alex,</p><p>We're excited to have you interview for <b>Customer Success Manager, Enterprise (West)</b>! Below is "
            "your schedule. All times Pacific.</p>"
            "<table><tr><th>Time</th><th>Interviewer</th><th>Focus</th></tr>"
            "<tr><td>10:00 – 10:45</td><td>Lauren Ashby, Senior Manager, Customer Success</td><td>Hiring manager conversation</td></tr>"
            "<tr><td>10:45 – 11:30</td><td>Kwame Mensah, Enterprise CSM</td><td>Account plan role-play</td></tr>"
            "<tr><td>11:30 – 12:00</td><td>Hye-jin Cho, Solutions Engineer</td><td>Technical depth</td></tr></table>"
            "<p>Your recruiter for this role is <b>Nadia Farouk</b> (nadia.farouk@fernway.io); reach out to her with any "
            "questions about the role or the process.</p><p>Thanks,<br>Fernway Recruiting Coordination</p>"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Lauren Ashby",
                    "lauren.ashby@fernway.io",
                    "Senior Manager, Customer Success",
                    "decision_maker",
                    True,
                ),
                ("Kwame Mensah", "kwame@fernway.io", "Enterprise CSM", "peer"),
                ("Hye-jin Cho", "hyejin.cho@fernway.io", "Solutions Engineer", "peer"),
            ],
            "recruiter": ("Nadia Farouk", "nadia.farouk@fernway.io"),
            "company": "Fernway",
            "position": "Customer Success Manager, Enterprise",
        },
    },
    {
        "id": "w-human-google-hm-signature-bv-an-x-group-company",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Chat re: Ops Analyst role",
        "start": "2031-06-04T10:00",
        "minutes": 45,
        "tz": "Europe/Amsterdam",
        "organizer": P("Mehdi Tahiri", "mehdi.tahiri@ecklundgroup.com"),
        "attendees": [ME, P("Mehdi Tahiri", "mehdi.tahiri@ecklundgroup.com")],
        "description": (
            "Hi Alex,\n\nThanks for sending your CV over via Ruth. As mentioned, I'm building out a small analytics function in our "
            "Rotterdam operations and the Operations Analyst role would sit in my team. Let's do 45 minutes on Meet: I'll tell "
            "you about the lanes we run and the data mess we're trying to untangle, and I'd like to hear how you'd approach it.\n\n"
            "Best regards,\n\nMehdi Tahiri\nHead of Operations, Benelux\nOrbitfreight Logistics B.V. — an Ecklund Group company\n"
            "Waalhaven Z.z. 40, 3089 JH Rotterdam" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Mehdi Tahiri",
                    "mehdi.tahiri@ecklundgroup.com",
                    "Head of Operations, Benelux",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Orbitfreight Logistics",
            "position": "Operations Analyst",
        },
    },
    {
        "id": "w-lever-google-req-bracket-level-code-city-hybrid",
        "format": "google",
        "style": "lever",
        "difficulty": "medium",
        "title": "[REQ-7781] Sr. Site Reliability Engineer (L4) — Dublin, IE (Hybrid) — Panel Interview",
        "start": "2031-06-05T14:00",
        "minutes": 90,
        "tz": "Europe/Dublin",
        "organizer": P("Siobhán Duffy", "siobhan.duffy@causeway.dev"),
        "attendees": [
            ME,
            P("Lorcan Byrne", "lorcan@causeway.dev"),
            P("Anika Shah", "anika.shah@causeway.dev"),
            P("Tomás Ó Briain", "tomas.obriain@causeway.dev"),
        ],
        "description": (
            "Hi Alex,\n\nHere are the details for your panel interview with Causeway.\n\n"
            "Role: Sr. Site Reliability Engineer (L4), Dublin – hybrid, 2 days in the office\nFormat: 90 minutes, Google Meet\n\n"
            "You'll meet:\n• Lorcan Byrne — SRE Manager (hiring manager)\n• Anika Shah — Senior SRE\n"
            "• Tomás Ó Briain — Principal Engineer, Platform\n\n"
            "The first hour is an incident-response scenario; the last 30 minutes are for your questions.\n\n"
            "Siobhán Duffy\nTalent Acquisition | Causeway\n\nScheduled via Lever" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Lorcan Byrne", "lorcan@causeway.dev", "SRE Manager", "decision_maker", True),
                ("Anika Shah", "anika.shah@causeway.dev", "Senior SRE", "peer"),
                (
                    "Tomás Ó Briain",
                    "tomas.obriain@causeway.dev",
                    "Principal Engineer, Platform",
                    "peer",
                ),
            ],
            "recruiter": ("Siobhán Duffy", "siobhan.duffy@causeway.dev"),
            "company": "Causeway",
            "position": "Sr. Site Reliability Engineer",
        },
    },
    {
        "id": "w-workable-google-italian-tempo-determinato-srl-team",
        "format": "google",
        "style": "workable",
        "difficulty": "hard",
        "title": "Colloquio: Sviluppatore Backend Java (tempo determinato 12 mesi) – Torino – Ardesia Software",
        "start": "2031-06-12T10:00",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Martina Gallo", "martina.gallo@ardesia.it"),
        "attendees": [
            ME,
            P("Davide Ferraris", "davide.ferraris@ardesia.it"),
            P("Elena Conti", "elena.conti@ardesia.it"),
        ],
        "description": (
            "Ciao Alex,\n\ngrazie per esserti candidato alla posizione di Sviluppatore Backend Java nel nostro team Pagamenti. Ti "
            "confermo il colloquio tecnico:\n\nData: giovedì 12 giugno 2031, ore 10:00\nDurata: circa 1 ora, su Google Meet\n\n"
            "Parteciperanno Davide Ferraris (Team Leader, Pagamenti), tuo futuro responsabile, ed Elena Conti, sviluppatrice "
            "senior del team.\n\nContratto: tempo determinato 12 mesi con possibilità di trasformazione, RAL 34–38k.\n\n"
            "A presto,\nMartina Gallo\nHR & Talent Acquisition\nArdesia Software S.r.l. – Via Nizza 150, Torino\n\n"
            "Inviato tramite Workable" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Davide Ferraris",
                    "davide.ferraris@ardesia.it",
                    "Team Leader, Pagamenti",
                    "decision_maker",
                    True,
                ),
                ("Elena Conti", "elena.conti@ardesia.it", "Sviluppatrice Senior", "peer"),
            ],
            "recruiter": ("Martina Gallo", "martina.gallo@ardesia.it"),
            "company": "Ardesia Software",
            "position": "Sviluppatore Backend Java",
        },
    },
    {
        "id": "w-ashby-google-recruiter-optional-not-joining-hm-screen",
        "format": "google",
        "style": "ashby",
        "difficulty": "medium",
        "title": "Alex Morgan <> Halcyon — Hiring Manager Screen (Product Designer, Growth)",
        "start": "2031-06-06T16:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Beth Kowalski", "beth@halcyon.so"),
        "attendees": [
            ME,
            P("Beth Kowalski", "beth@halcyon.so", optional=True),
            P("Ravi Iyer", "ravi@halcyon.so"),
        ],
        "description": (
            "Hi Alex,\n\nNext up is a 45-minute conversation with Ravi Iyer, our Head of Design, who is hiring for this role. Come "
            "ready to walk through one project end to end.\n\nI've added myself as optional so I can help if there's any tech "
            "trouble, but I won't be joining the conversation.\n\nBeth Kowalski\nRecruiting Lead · Halcyon\n\nScheduled with Ashby"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Ravi Iyer", "ravi@halcyon.so", "Head of Design", "decision_maker", True),
            ],
            "recruiter": ("Beth Kowalski", "beth@halcyon.so"),
            "company": "Halcyon",
            "position": "Product Designer, Growth",
        },
    },
    {
        "id": "w-modernloop-google-partner-company-director-on-panel",
        "format": "google",
        "style": "modernloop",
        "difficulty": "hard",
        "title": "Interview Loop: Process Development Engineer II – Selwyn Bio",
        "start": "2031-06-09T13:00",
        "minutes": 120,
        "tz": "America/New_York",
        "organizer": P("Grace Tan", "grace.tan@selwynbio.com"),
        "attendees": [
            ME,
            P("Marco Lindqvist", "marco.lindqvist@selwynbio.com"),
            P("Hana Sato", "hana.sato@selwynbio.com"),
            P("Ines Duarte", "iduarte@harrowbiologics.com"),
        ],
        "description": (
            "Hi Alex,\n\nYour interview loop for Process Development Engineer II, Upstream at Selwyn Bio is confirmed (Req PD-0337; "
            "on site in Cambridge, MA).\n\nSCHEDULE (ET)\n"
            "1:00 – 1:45 PM | Marco Lindqvist | Associate Director, Upstream Process Development | Hiring Manager\n"
            "1:45 – 2:30 PM | Hana Sato | Senior Engineer, Upstream | Bioreactor scale-up\n"
            "2:30 – 3:00 PM | Ines Duarte | Director of CMC, Harrow Biologics | Tech transfer\n\n"
            "Ines joins us from Harrow Biologics, our co-development partner on SB-201; the person in this role will work closely "
            "with her team during tech transfer.\n\n"
            "Grace Tan\nRecruiting Coordinator, Selwyn Bio\nYour recruiter: Aaron Feld (aaron.feld@selwynbio.com)\n\n"
            "Scheduled with ModernLoop" + ZOOM
        ),
        "location": "Selwyn Bio, 75 Binney St, Cambridge, MA",
        "expect": {
            "interviewers": [
                (
                    "Marco Lindqvist",
                    "marco.lindqvist@selwynbio.com",
                    "Associate Director, Upstream Process Development",
                    "decision_maker",
                    True,
                ),
                ("Hana Sato", "hana.sato@selwynbio.com", "Senior Engineer, Upstream", "peer"),
                ("Ines Duarte", "iduarte@harrowbiologics.com", "Director of CMC", "decision_maker"),
            ],
            "recruiter": ("Aaron Feld", "aaron.feld@selwynbio.com"),
            "company": "Selwyn Bio",
            "position": "Process Development Engineer II, Upstream",
        },
    },
    {
        "id": "w-personio-google-german-bei-der-company-gruppe-signature-two-gmbh",
        "format": "google",
        "style": "personio",
        "difficulty": "hard",
        "title": "Einladung zum Vorstellungsgespräch – Projektingenieur Elektrotechnik (m/w/d) – Vollzeit – Ulm",
        "start": "2031-06-17T14:00",
        "minutes": 60,
        "tz": "Europe/Berlin",
        "organizer": P("Laura Kessler", "laura.kessler@fet-gruppe.de"),
        "attendees": [
            ME,
            P("Matthias Obermaier", "matthias.obermaier@fet-gruppe.de"),
            P("Jens Haller", "jens.haller@fet-gruppe.de"),
        ],
        "description": (
            "Hallo Alex,\n\nvielen Dank für Ihr Interesse an einer Tätigkeit bei der Feldmann Energietechnik in Ulm. Gerne möchten "
            "wir Sie persönlich kennenlernen.\n\nTermin: Dienstag, 17.06.2031, 14:00 Uhr\n"
            "Ort: Magirusstraße 21, 89077 Ulm (Empfang Gebäude A)\n\nIhre Gesprächspartner:\n"
            "Matthias Obermaier – Abteilungsleiter Projektierung, Ihr zukünftiger Vorgesetzter\n"
            "Jens Haller – Projektingenieur\n\n"
            "Mit freundlichen Grüßen\nLaura Kessler\nHR Recruiting\n"
            "FET Gruppe – Feldmann Energietechnik GmbH | Feldmann Netzbau GmbH\n\nGesendet über Personio"
        ),
        "location": "Magirusstraße 21, 89077 Ulm",
        "expect": {
            "interviewers": [
                (
                    "Matthias Obermaier",
                    "matthias.obermaier@fet-gruppe.de",
                    "Abteilungsleiter Projektierung",
                    "decision_maker",
                    True,
                ),
                ("Jens Haller", "jens.haller@fet-gruppe.de", "Projektingenieur", "peer"),
            ],
            "recruiter": ("Laura Kessler", "laura.kessler@fet-gruppe.de"),
            "company": "Feldmann Energietechnik",
            "position": "Projektingenieur Elektrotechnik",
        },
    },
    {
        "id": "w-icims-google-hospital-member-of-system-recruiter-named-no-address",
        "format": "google",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview: Patient Access Representative – Nights (Per Diem) – Job ID 88127",
        "start": "2031-06-10T16:00",
        "minutes": 30,
        "tz": "America/Chicago",
        "organizer": P("Covenant Health Partners Talent", "talent@covenanthp.org"),
        "attendees": [ME, P("Sharonda Mills", "smills@covenanthp.org")],
        "description": (
            "Dear Alex Morgan,\n\nThank you for your interest in joining Mercy Ridge Hospital, a member of Covenant Health Partners. "
            "We'd like to schedule a phone interview for the Patient Access Representative position (Job ID 88127; nights, per "
            "diem) in our Emergency Department registration team.\n\n"
            "Interviewer: Sharonda Mills, Patient Access Supervisor, Mercy Ridge Hospital\n"
            "Your recruiter: Keisha Dunn, Talent Acquisition Specialist, Covenant Health Partners\n\n"
            "Ms. Mills will call you at the number on your application.\n\nSincerely,\n"
            "Covenant Health Partners Talent Acquisition\n\nThis message was sent via iCIMS."
        ),
        "location": "Phone interview",
        "expect": {
            "interviewers": [
                (
                    "Sharonda Mills",
                    "smills@covenanthp.org",
                    "Patient Access Supervisor",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Keisha Dunn", None),
            "company": "Mercy Ridge Hospital",
            "position": "Patient Access Representative",
        },
    },
    {
        "id": "w-calendly-google-cto-booking-agency-consultant-guest",
        "format": "google",
        "style": "calendly",
        "difficulty": "hard",
        "title": "Intro call between Lukas Brenner and Alex Morgan",
        "start": "2031-06-11T09:00",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": P("Lukas Brenner", "lukas@veldt.energy"),
        "attendees": [
            ME,
            P("Lukas Brenner", "lukas@veldt.energy"),
            P("Saoirse Kane", "saoirse@hirewellpartners.com"),
        ],
        "description": (
            "Event Name: Intro call (30 min)\n\n"
            "Hi, I'm Lukas, CTO and co-founder at Veldt. We build software that lets grid operators schedule home batteries. "
            "Looking forward to talking about our Lead Frontend Engineer opening.\n\n"
            "Please share anything that will help prepare for our meeting.\n"
            "Saoirse Kane at Hirewell Partners put us in touch about the Lead Frontend Engineer role and is managing the process, "
            "so I've added her as a guest.\n\n"
            "Location: This is a Google Meet web conference.\nhttps://meet.google.com/vkd-rpzm-ahx\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/e41a09\n"
            "Reschedule: https://calendly.com/reschedulings/e41a09\n\nPowered by Calendly.com"
        ),
        "location": "https://meet.google.com/vkd-rpzm-ahx",
        "expect": {
            "interviewers": [
                ("Lukas Brenner", "lukas@veldt.energy", "CTO and Co-Founder", "executive"),
            ],
            "recruiter": ("Saoirse Kane", "saoirse@hirewellpartners.com"),
            "company": "Veldt",
            "position": "Lead Frontend Engineer",
        },
    },
    {
        "id": "w-human-google-spanish-consultora-en-nombre-de-cliente",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista – Responsable de Calidad – planta de Bermeo",
        "start": "2031-06-13T10:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("Itziar Mendiola", "imendiola@kardala-rrhh.com"),
        "attendees": [
            ME,
            P("Josu Arrieta", "josu.arrieta@conservasarrieta.eus"),
            P("Ane Uriarte", "ane.uriarte@conservasarrieta.eus"),
        ],
        "description": (
            "Hola Alex:\n\nComo te comenté por teléfono, te escribo en nombre de nuestro cliente, Conservas Arrieta, para "
            "confirmarte la entrevista para el puesto de Responsable de Calidad (contrato indefinido, jornada completa) en su "
            "planta de Bermeo.\n\nAsistirán por parte de la empresa:\n"
            "- Josu Arrieta, Director General\n"
            "- Ane Uriarte, Jefa de Producción, que será tu responsable directa\n\n"
            "Yo no estaré en la entrevista; te llamo después para comentar cómo ha ido.\n\n"
            "Un saludo,\nItziar Mendiola\nConsultora de selección\nKardala Recursos Humanos" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Josu Arrieta",
                    "josu.arrieta@conservasarrieta.eus",
                    "Director General",
                    "executive",
                ),
                (
                    "Ane Uriarte",
                    "ane.uriarte@conservasarrieta.eus",
                    "Jefa de Producción",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Itziar Mendiola", "imendiola@kardala-rrhh.com"),
            "company": "Conservas Arrieta",
            "position": "Responsable de Calidad",
        },
    },
    {
        "id": "w-gem-google-ea-books-ceo-recruiter-copied-optional",
        "format": "google",
        "style": "gem",
        "difficulty": "hard",
        "title": "Alex Morgan / Dana Osei – Chief of Staff conversation",
        "start": "2031-06-16T15:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Maggie Chen", "maggie.chen@pellworth.com"),
        "attendees": [
            ME,
            P("Dana Osei", "dana@pellworth.com"),
            P("Jordan Blake", "jordan.blake@pellworth.com", optional=True),
        ],
        "description": (
            "Hi Alex,\n\nI support Dana Osei, our CEO, and I'm setting up your conversation about the Chief of Staff role. Dana "
            "has blocked 45 minutes and will dial in from our London office.\n\n"
            "Jordan Blake from our recruiting team (copied, optional) is managing the process and will follow up with you about "
            "next steps.\n\nMany thanks,\nMaggie Chen\nExecutive Assistant to the CEO\nPellworth\n\nSent with Gem"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Dana Osei", "dana@pellworth.com", "CEO", "executive"),
            ],
            "recruiter": ("Jordan Blake", "jordan.blake@pellworth.com"),
            "company": "Pellworth",
            "position": "Chief of Staff",
        },
    },
    {
        "id": "w-smartrecruiters-google-hotel-managed-by-management-company",
        "format": "google",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Interview – Front Office Manager – The Wren Hotel, Savannah",
        "start": "2031-06-18T10:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Kiara Holt", "kiara.holt@asterhospitality.com"),
        "attendees": [
            ME,
            P(None, "gm@thewrenhotel.com"),
            P("Nell Ashford", "nell.ashford@thewrenhotel.com"),
        ],
        "description": (
            "Dear Alex,\n\nThank you for your application for Front Office Manager at The Wren Hotel. The Wren is independently "
            "owned and managed by Aster Hospitality, which handles recruiting for the hotel.\n\nYour interview:\n"
            "Martin Delacroix, General Manager — hiring manager\nNell Ashford, Director of Rooms\n\n"
            "Please come to the front desk at 210 E Bay Street and ask for Nell.\n\n"
            "Salary range: $62,000–$68,000 plus bonus.\n\nKind regards,\nKiara Holt\nRegional Talent Acquisition Manager\n"
            "Aster Hospitality\n\nThis invitation was sent via SmartRecruiters."
        ),
        "location": "The Wren Hotel, 210 E Bay Street, Savannah, GA",
        "expect": {
            "interviewers": [
                (
                    "Martin Delacroix",
                    "gm@thewrenhotel.com",
                    "General Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Nell Ashford",
                    "nell.ashford@thewrenhotel.com",
                    "Director of Rooms",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Kiara Holt", "kiara.holt@asterhospitality.com"),
            "company": "The Wren Hotel",
            "position": "Front Office Manager",
        },
    },
    {
        "id": "w-goodtime-google-stale-req-in-title-moved-to-other-opening",
        "format": "google",
        "style": "goodtime",
        "difficulty": "hard",
        "title": "Interview: Senior Data Analyst – Ravelin Mobility (Req 5521)",
        "start": "2031-06-19T15:00",
        "minutes": 45,
        "tz": "Europe/Berlin",
        "organizer": P("Ravelin Mobility Recruiting", "recruiting@ravelin.co"),
        "attendees": [
            ME,
            P("Noor Haddad", "noor.haddad@ravelin.co"),
            P("Sebastian Kraus", "sebastian.kraus@ravelin.co"),
        ],
        "description": (
            "Hi Alex,\n\nAs we discussed on Friday, the team would like to consider you for our Analytics Engineer opening "
            "(Req 5604) rather than the Senior Data Analyst role you originally applied for. The calendar title still shows the "
            "original requisition; please ignore that.\n\n"
            "45 min | Sebastian Kraus, Analytics Engineering Lead (hiring manager) | dbt modelling & data contracts\n\n"
            "I'll send prep notes separately.\n\nNoor Haddad\nRecruiter, Ravelin Mobility\n\nPowered by GoodTime"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Sebastian Kraus",
                    "sebastian.kraus@ravelin.co",
                    "Analytics Engineering Lead",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Noor Haddad", "noor.haddad@ravelin.co"),
            "company": "Ravelin Mobility",
            "position": "Analytics Engineer",
        },
    },
    {
        "id": "w-human-google-dutch-namens-opdrachtgever-consultant-absent",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Sollicitatiegesprek Productieleider – Veghel",
        "start": "2031-06-20T13:30",
        "minutes": 75,
        "tz": "Europe/Amsterdam",
        "organizer": P("Bram Hendriks", "bram@vanderlindewerving.nl"),
        "attendees": [
            ME,
            P("Marloes van Loon", "marloes@bakkerijvanloon.nl"),
            P("Henk Smulders", "h.smulders@bakkerijvanloon.nl"),
        ],
        "description": (
            "Beste Alex,\n\nNamens onze opdrachtgever Bakkerij Van Loon bevestig ik je gesprek voor de functie Productieleider "
            "(40 uur, tweeploegendienst) op hun productielocatie in Veghel.\n\nJe spreekt met:\n"
            "– Marloes van Loon, algemeen directeur (eigenaar, derde generatie)\n"
            "– Henk Smulders, plantmanager, jouw toekomstige leidinggevende\n\n"
            "Ik ben zelf niet bij het gesprek; bel me gerust als je vooraf nog vragen hebt.\n\n"
            "Met vriendelijke groet,\nBram Hendriks\nRecruitmentconsultant | Van der Linde Werving & Selectie\n06 555 01 847"
        ),
        "location": "Bakkerij Van Loon, Doornhoek 12, Veghel",
        "expect": {
            "interviewers": [
                (
                    "Marloes van Loon",
                    "marloes@bakkerijvanloon.nl",
                    "Algemeen Directeur",
                    "executive",
                ),
                (
                    "Henk Smulders",
                    "h.smulders@bakkerijvanloon.nl",
                    "Plantmanager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Bram Hendriks", "bram@vanderlindewerving.nl"),
            "company": "Bakkerij Van Loon",
            "position": "Productieleider",
        },
    },
    {
        "id": "w-jazzhr-google-contract-prefix-months-rate-team-mailbox",
        "format": "google",
        "style": "jazzhr",
        "difficulty": "medium",
        "title": "(Contract) Technical Writer – API Docs – 3 months – Interview",
        "start": "2031-06-23T11:00",
        "minutes": 60,
        "tz": "America/Denver",
        "organizer": P("Cobalt Relay Hiring", "hiring@cobaltrelay.com"),
        "attendees": [
            ME,
            P("Yusuf Demir", "yusuf@cobaltrelay.com"),
            P("Keli Ahn", "keli@cobaltrelay.com"),
        ],
        "description": (
            "Hello Alex,\n\nYou're invited to interview for the Technical Writer, API Docs position (contract, 3 months, about 30 "
            "hrs/week, $65/hr, remote US).\n\nInterview team:\n"
            "Yusuf Demir – Head of Developer Relations (hiring manager)\nKeli Ahn – Staff Engineer, Public API\n\n"
            "Please have a writing sample ready to share on screen.\n\nThank you,\nThe Cobalt Relay Hiring Team\n\nPowered by JazzHR"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Yusuf Demir",
                    "yusuf@cobaltrelay.com",
                    "Head of Developer Relations",
                    "decision_maker",
                    True,
                ),
                ("Keli Ahn", "keli@cobaltrelay.com", "Staff Engineer, Public API", "peer"),
            ],
            "recruiter": (None, "hiring@cobaltrelay.com"),
            "company": "Cobalt Relay",
            "position": "Technical Writer, API Docs",
        },
    },
    # --- Google JSON: near-misses -------------------------------------------------------------
    {
        "id": "w-google-non-podcast-guest-hiring-at-scale",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Podcast recording: Talent Lead – interview with Alex Morgan (Initech)",
        "start": "2031-06-05T17:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Priscilla Ng", "priscilla@talentleadpod.com"),
        "attendees": [ME_WORK, P("Priscilla Ng", "priscilla@talentleadpod.com")],
        "description": (
            "Hi Alex, thanks for coming on Talent Lead! We'll record a 40-minute interview about how Initech rebuilt its interview "
            "loops and what you learned moving from agencies and an RPO to an in-house recruiting team. Headphones please; we "
            "record on Riverside (link below), video optional.\n\nPriscilla Ng\nHost & Producer, Talent Lead\n"
            "https://riverside.fm/studio/talent-lead"
        ),
        "location": "https://riverside.fm/studio/talent-lead",
        "expect": None,
    },
    {
        "id": "w-google-non-paid-research-study-scheduling-tool-vendor",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Hirestream research study: how candidates schedule interviews (45 min, $75 gift card)",
        "start": "2031-06-10T12:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Ola Bamgbose", "ola.b@hirestream.io"),
        "attendees": [ME, P("Ola Bamgbose", "ola.b@hirestream.io")],
        "description": (
            "Hi Alex, thanks for signing up for our research study! We're the team behind Hirestream, the interview scheduling "
            "tool. In this 45-minute session I'll ask about your recent job search (how interview invites reached you, what was "
            "confusing) and show you a prototype of a new candidate portal. This is not a job interview and there are no right "
            "answers. The gift card is emailed within a week.\n\nOla Bamgbose\nSenior UX Researcher, Hirestream"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "w-google-non-press-interview-business-journal-hiring-plans",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Press interview: Leeds Business Journal – Alex on Initech's Leeds hiring plans",
        "start": "2031-06-12T15:30",
        "minutes": 30,
        "tz": "Europe/London",
        "organizer": P("Hollie Barker", "hollie.barker@initech.com"),
        "attendees": [
            ME_WORK,
            P("Hollie Barker", "hollie.barker@initech.com"),
            P("Nathan Oduya", "n.oduya@leedsbusinessjournal.co.uk"),
        ],
        "description": (
            "Nathan Oduya (reporter, Leeds Business Journal) will interview Alex about the new Leeds office and the 80 roles we're "
            "hiring for this year (buyers, planners, a data team). Key messages and numbers are in the press pack; please don't "
            "comment on salaries or on the Pemberton rumours.\n\nHollie Barker\nPR & Communications Lead, Initech"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "w-google-non-reference-call-for-former-colleague",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Reference call – Priya Sandhu (Senior Product Manager candidate) – Harborline",
        "start": "2031-06-24T16:00",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Priya Venkatesan", "priya.venkatesan@harborline.com"),
        "attendees": [ME, P("Priya Venkatesan", "priya.venkatesan@harborline.com")],
        "description": (
            "Hi Alex,\n\nThank you for agreeing to be a reference for Priya Sandhu, who is a finalist for our Senior Product "
            "Manager, Billing role at Quillfield. The call takes about 20 minutes: how you worked together at Initech, her "
            "strengths, and where she is still growing.\n\nPriya Venkatesan\nRecruiter, Harborline"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "w-google-non-dutch-beoordelingsgesprek",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Beoordelingsgesprek 2031 – Alex Morgan",
        "start": "2031-06-27T10:00",
        "minutes": 60,
        "tz": "Europe/Amsterdam",
        "organizer": P("Sanne de Graaf", "sanne.degraaf@initech.com"),
        "attendees": [ME_WORK, P("Sanne de Graaf", "sanne.degraaf@initech.com")],
        "description": (
            "Hoi Alex,\n\nTijd voor ons jaarlijkse beoordelingsgesprek. We bespreken je doelen van het afgelopen jaar, de "
            "360-feedback en je wens om door te groeien naar een seniorrol. Vul vooraf je zelfevaluatie in Workday in.\n\n"
            "Groet,\nSanne\nTeamlead Finance, Initech Nederland" + MEET
        ),
        "expect": None,
    },
    # --- Graph JSON: interviews ---------------------------------------------------------------
    {
        "id": "w-human-graph-rpo-on-client-domain-ext-address-fixed-term",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview: Credit Risk Analyst (Fixed Term Contract, 12 months) – Dunmore Bank – Edinburgh",
        "start": "2031-06-03T11:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Morris, Jade (Ext)", "ext.jade.morris@dunmorebank.co.uk"),
        "attendees": [
            ME,
            P("Fraser, Iain", "iain.fraser@dunmorebank.co.uk"),
            P("Okoye, Chiamaka", "chiamaka.okoye@dunmorebank.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nI'm pleased to invite you to interview for the Credit Risk Analyst role at Dunmore Bank (12-month fixed "
            "term contract, Edinburgh, hybrid). Please note I'm part of the Kestrel RPO team that recruits on Dunmore's behalf, "
            "hence the 'Ext' on my email.\n\nPanel:\n"
            "Iain Fraser – Credit Risk Manager, Retail Lending (hiring manager)\n"
            "Chiamaka Okoye – Senior Credit Risk Analyst\n\n"
            "The interview is competency based (60 minutes) and includes a short case study, which you'll receive 15 minutes "
            "before the start.\n\nKind regards,\nJade Morris\nResourcing Partner | Kestrel RPO\non behalf of Dunmore Bank plc"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Iain Fraser",
                    "iain.fraser@dunmorebank.co.uk",
                    "Credit Risk Manager, Retail Lending",
                    "decision_maker",
                    True,
                ),
                (
                    "Chiamaka Okoye",
                    "chiamaka.okoye@dunmorebank.co.uk",
                    "Senior Credit Risk Analyst",
                    "peer",
                ),
            ],
            "recruiter": ("Jade Morris", "ext.jade.morris@dunmorebank.co.uk"),
            "company": "Dunmore Bank",
            "position": "Credit Risk Analyst",
        },
    },
    {
        "id": "w-workday-graph-abbreviated-req-name-vs-posting-title",
        "format": "graph",
        "style": "workday",
        "difficulty": "hard",
        "title": "Interview Scheduled: R0012345 Assoc Dir Med Affairs Onc",
        "start": "2031-06-04T13:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P(None, "solennepharma@myworkday.com"),
        "attendees": [
            ME,
            P("Dr. Amara Nwosu", "amara.nwosu@solenne.com"),
            P("Gregory Paulsen", "gregory.paulsen@solenne.com"),
        ],
        "description": (
            "Interview Details\n\nCandidate: Alex Morgan\nJob Requisition: R0012345 Assoc Dir Med Affairs Onc (Open)\n"
            "Job Posting Title: Associate Director, Oncology Medical Affairs\nLocation: Boston, MA (Hybrid)\n"
            "Interview Type: Hiring Manager Interview\n\n"
            "Interviewer: Amara Nwosu\nBusiness Title: Executive Director, Oncology Medical Affairs\nRole on Panel: Hiring Manager\n\n"
            "Interviewer: Gregory Paulsen\nBusiness Title: Medical Science Liaison, Northeast\n\n"
            "Recruiting Coordinator: Lisa Tran (lisa.tran@solenne.com)\nRecruiter: Oscar Mendes (oscar.mendes@solenne.com)\n\n"
            "Solenne Pharmaceuticals" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Amara Nwosu",
                    "amara.nwosu@solenne.com",
                    "Executive Director, Oncology Medical Affairs",
                    "decision_maker",
                    True,
                ),
                (
                    "Gregory Paulsen",
                    "gregory.paulsen@solenne.com",
                    "Medical Science Liaison, Northeast",
                    "peer",
                ),
            ],
            "recruiter": ("Oscar Mendes", "oscar.mendes@solenne.com"),
            "company": "Solenne Pharmaceuticals",
            "position": "Associate Director, Oncology Medical Affairs",
        },
    },
    {
        "id": "w-human-graph-coordinator-sends-recruiter-in-prose-not-invited",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Virtual interview – Quantity Surveyor – Harcourt Build",
        "start": "2031-06-05T10:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Evie Mansfield", "evie.mansfield@harcourtbuild.co.uk"),
        "attendees": [
            ME,
            P("Callum Ferris", "callum.ferris@harcourtbuild.co.uk"),
            P("Precious Ndlovu", "precious.ndlovu@harcourtbuild.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nDan Whitby, our Talent Acquisition Partner, who you've been speaking to about the Quantity Surveyor role, "
            "asked me to set up your first interview.\n\nYou'll be meeting Callum Ferris (Commercial Manager – you'd report into "
            "Callum) and Precious Ndlovu (Senior Quantity Surveyor). It'll be about an hour on Teams.\n\n"
            "Any questions about the role or the package, please go to Dan directly (dan.whitby@harcourtbuild.co.uk, 07700 "
            "900412); for anything about the arrangements, come to me.\n\nThanks,\nEvie Mansfield\nRecruitment Coordinator\n"
            "Harcourt Build Ltd" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Callum Ferris",
                    "callum.ferris@harcourtbuild.co.uk",
                    "Commercial Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Precious Ndlovu",
                    "precious.ndlovu@harcourtbuild.co.uk",
                    "Senior Quantity Surveyor",
                    "peer",
                ),
            ],
            "recruiter": ("Dan Whitby", "dan.whitby@harcourtbuild.co.uk"),
            "company": "Harcourt Build",
            "position": "Quantity Surveyor",
        },
    },
    {
        "id": "w-smartrecruiters-graph-polish-umowa-na-zastepstwo-mailbox",
        "format": "graph",
        "style": "smartrecruiters",
        "difficulty": "medium",
        "title": "Rozmowa rekrutacyjna: Specjalista ds. płac (umowa na zastępstwo) – Wrocław",
        "start": "2031-06-06T09:30",
        "minutes": 45,
        "tz": "Europe/Warsaw",
        "organizer": P("Zespół Rekrutacji Ostoja", "rekrutacja@ostoja-finanse.pl"),
        "attendees": [
            ME,
            P("Agnieszka Sowa", "agnieszka.sowa@ostoja-finanse.pl"),
            P("Kamil Nowicki", "kamil.nowicki@ostoja-finanse.pl"),
        ],
        "description": (
            "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko Specjalista ds. płac w Ostoja Finanse (umowa na zastępstwo, "
            "pełny etat, Wrocław). Zapraszamy na rozmowę online.\n\nW rozmowie wezmą udział:\n"
            "• Agnieszka Sowa – Kierowniczka Działu Płac, przyszła przełożona\n"
            "• Kamil Nowicki – Starszy Specjalista ds. płac\n\n"
            "Rozmowa potrwa ok. 45 minut i obejmie krótkie zadanie w Excelu.\n\n"
            "Pozdrawiamy,\nZespół Rekrutacji\nOstoja Finanse S.A.\n\nWiadomość wysłana przez SmartRecruiters"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Agnieszka Sowa",
                    "agnieszka.sowa@ostoja-finanse.pl",
                    "Kierowniczka Działu Płac",
                    "decision_maker",
                    True,
                ),
                (
                    "Kamil Nowicki",
                    "kamil.nowicki@ostoja-finanse.pl",
                    "Starszy Specjalista ds. płac",
                    "peer",
                ),
            ],
            "recruiter": (None, "rekrutacja@ostoja-finanse.pl"),
            "company": "Ostoja Finanse",
            "position": "Specjalista ds. płac",
        },
    },
    {
        "id": "w-icims-graph-university-grade-fixed-term-ic-line-manager",
        "format": "graph",
        "style": "icims",
        "difficulty": "hard",
        "title": "Interview: Research Software Engineer (Grade 7, fixed term 24 months) – Ref 2031-RSE-018",
        "start": "2031-06-09T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("HR Recruitment Team", "hr.recruitment@ashbourne.ac.uk"),
        "attendees": [
            ME,
            P("Prof. Helen Marsh", "h.marsh@ashbourne.ac.uk"),
            P("Dr. Kofi Asante", "k.asante@ashbourne.ac.uk"),
            P("Ruth Ellery", "r.ellery@ashbourne.ac.uk"),
        ],
        "description": (
            "Dear Alex Morgan,\n\nThank you for your application for the post of Research Software Engineer in the Department of "
            "Earth Sciences at the University of Ashbourne. I am pleased to invite you to interview.\n\nPanel:\n"
            "Professor Helen Marsh – Head of Department (Chair)\n"
            "Dr Kofi Asante – Senior Research Software Engineer, Research Computing (line manager for this post)\n"
            "Ruth Ellery – Departmental Administrator\n\n"
            "Candidates will be asked to give a 10-minute presentation on 'Keeping research code alive after the grant ends'.\n\n"
            "Yours sincerely,\nHR Recruitment Team\nUniversity of Ashbourne\n\nThis message was sent via iCIMS."
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Helen Marsh", "h.marsh@ashbourne.ac.uk", "Head of Department", "decision_maker"),
                (
                    "Kofi Asante",
                    "k.asante@ashbourne.ac.uk",
                    "Senior Research Software Engineer, Research Computing",
                    "decision_maker",
                    True,
                ),
                ("Ruth Ellery", "r.ellery@ashbourne.ac.uk", "Departmental Administrator", "peer"),
            ],
            "recruiter": (None, "hr.recruitment@ashbourne.ac.uk"),
            "company": "University of Ashbourne",
            "position": "Research Software Engineer",
        },
    },
    {
        "id": "w-human-graph-consultancy-interviews-at-client-site",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Second interview – Senior Consultant, Energy Transition – Ardent Advisory",
        "start": "2031-06-10T15:00",
        "minutes": 75,
        "tz": "Europe/London",
        "organizer": P("Rao, Meenakshi", "meenakshi.rao@ardentadvisory.com"),
        "attendees": [
            ME,
            P("Whitfield, Owen", "owen.whitfield@ardentadvisory.com"),
            P("Lindgren, Sara", "sara.lindgren@ardentadvisory.com"),
        ],
        "description": (
            "Hi Alex,\n\nThanks for your time with us so far. For your second round, Owen Whitfield (Partner, Energy & Utilities) "
            "and Sara Lindgren (Principal Consultant) will meet you at our client's offices in Leeds, where they're both on site "
            "this week. Please sign in at Barrow Energy reception as a visitor of Ardent Advisory and they'll collect you. Barrow "
            "Energy is our client, so please keep the conversation to the role rather than the engagement.\n\n"
            "Owen leads the Energy & Utilities practice and will make the hiring decision for the Senior Consultant, Energy "
            "Transition role.\n\nBest,\nMeenakshi Rao\nRecruiting Manager, Ardent Advisory"
        ),
        "location": "Barrow Energy HQ, 1 Canal Wharf, Leeds – Meeting room 3.2",
        "expect": {
            "interviewers": [
                (
                    "Owen Whitfield",
                    "owen.whitfield@ardentadvisory.com",
                    "Partner, Energy & Utilities",
                    "decision_maker",
                    True,
                ),
                (
                    "Sara Lindgren",
                    "sara.lindgren@ardentadvisory.com",
                    "Principal Consultant",
                    "peer",
                ),
            ],
            "recruiter": ("Meenakshi Rao", "meenakshi.rao@ardentadvisory.com"),
            "company": "Ardent Advisory",
            "position": "Senior Consultant, Energy Transition",
        },
    },
    {
        "id": "w-human-graph-executive-search-interim-fd-ceo-is-hm-chair",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Fenwick & Daughters – meeting with the CEO and Chair (Finance Director)",
        "start": "2031-06-11T14:00",
        "minutes": 90,
        "tz": "Europe/London",
        "organizer": P("Harriet Lowe", "harriet.lowe@harlowsearch.co.uk"),
        "attendees": [
            ME,
            P("Simon Fenwick", "simon@fenwickanddaughters.co.uk"),
            P("Alison Reid", "alison.reid@reidboard.co.uk"),
        ],
        "description": (
            "Dear Alex,\n\nAs promised, here are the details of your meeting with Fenwick & Daughters for the Finance Director "
            "position (interim, 9-month contract, with a view to permanent).\n\n"
            "Simon Fenwick, CEO – Simon is the hiring manager and the FD will report to him\n"
            "Alison Reid, Non-Executive Chair of the Board (joining by video)\n\n"
            "Venue: Old Mill Offices, Tanners Lane, Frome BA11 1AA.\n\n"
            "I will call you beforehand to brief you on the family dynamics.\n\nKind regards,\nHarriet Lowe\nPartner, Harlow Search\n"
            "Harlow Search Ltd · Executive Search & Interim Management"
        ),
        "location": "Old Mill Offices, Tanners Lane, Frome BA11 1AA",
        "expect": {
            "interviewers": [
                (
                    "Simon Fenwick",
                    "simon@fenwickanddaughters.co.uk",
                    "CEO",
                    "decision_maker",
                    True,
                ),
                (
                    "Alison Reid",
                    "alison.reid@reidboard.co.uk",
                    "Non-Executive Chair of the Board",
                    "executive",
                ),
            ],
            "recruiter": ("Harriet Lowe", "harriet.lowe@harlowsearch.co.uk"),
            "company": "Fenwick & Daughters",
            "position": "Finance Director",
        },
    },
    {
        "id": "w-lever-graph-via-lever-noreply-signer-without-address",
        "format": "graph",
        "style": "lever",
        "difficulty": "hard",
        "title": "Ferrymark — Onsite interview — Warehouse Systems Analyst",
        "start": "2031-06-12T10:00",
        "minutes": 90,
        "tz": "America/Los_Angeles",
        "organizer": P("Ola Nwosu via Lever", "no-reply@hire.lever.co"),
        "attendees": [
            ME,
            P("Dimitri Volkov", "dvolkov@ferrymark.com"),
            P("Lena Hoffmann", "lhoffmann@ferrymark.com"),
        ],
        "description": (
            "Hi Alex,\n\nLooking forward to having you on site Thursday! Here's the plan:\n\n"
            "10:00  Dimitri Volkov, Director of Warehouse Systems (hiring manager): WMS integrations and how you'd prioritise\n"
            "10:45  Lena Hoffmann, Business Systems Analyst: a walk through one of our receiving workflows\n\n"
            "Our DC is at 4800 Logistics Pkwy, Reno NV. Park in the visitor lot by Door 3 and call me from the lobby: "
            "(775) 555-0163.\n\nOla Nwosu\nRecruiting, Ferrymark\n\nSent via Lever"
        ),
        "location": "Ferrymark DC, 4800 Logistics Pkwy, Reno, NV",
        "expect": {
            "interviewers": [
                (
                    "Dimitri Volkov",
                    "dvolkov@ferrymark.com",
                    "Director of Warehouse Systems",
                    "decision_maker",
                    True,
                ),
                ("Lena Hoffmann", "lhoffmann@ferrymark.com", "Business Systems Analyst", "peer"),
            ],
            "recruiter": ("Ola Nwosu", None),
            "company": "Ferrymark",
            "position": "Warehouse Systems Analyst",
        },
    },
    {
        "id": "w-human-graph-french-gerant-rejoindre-equipe-personal-address",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Rencontre – poste de responsable logistique",
        "start": "2031-06-13T10:00",
        "minutes": 90,
        "tz": "Europe/Paris",
        "organizer": P("Bastien Vauclair", "bastien.vauclair@orange.fr"),
        "attendees": [ME],
        "description": (
            "Bonjour Alex,\n\nMerci pour votre candidature. Comme convenu au téléphone, je vous propose de nous rencontrer sur place "
            "pour parler du poste de responsable logistique (CDI, 39 h). Je suis le gérant et c'est moi qui recrute pour ce "
            "poste ; vous travailleriez directement avec moi et avec Claire Morel (Cheffe d'affinage), qui se joindra à nous "
            "pour la visite des caves.\n\nSi le poste vous intéresse toujours, ce serait un plaisir de vous voir rejoindre "
            "l'équipe de la Fromagerie Vauclair.\n\nBien cordialement,\nBastien Vauclair\n06 55 51 23 09"
        ),
        "location": "8 route de Poligny, 39600 Arbois",
        "expect": {
            "interviewers": [
                (
                    "Bastien Vauclair",
                    "bastien.vauclair@orange.fr",
                    "Gérant",
                    "decision_maker",
                    True,
                ),
                ("Claire Morel", None, "Cheffe d'affinage", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Fromagerie Vauclair",
            "position": "Responsable logistique",
        },
    },
    {
        "id": "w-bamboohr-graph-weekend-night-shift-diff-req-mailbox",
        "format": "graph",
        "style": "bamboohr",
        "difficulty": "medium",
        "title": "Interview: Warehouse Associate – Weekend Night Shift (Fri–Sun) – $22.50/hr + $2 shift diff – Req 1182",
        "start": "2031-06-16T17:00",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Cedar & Pine Supply Hiring", "jobs@cedarpinesupply.com"),
        "attendees": [ME, P("Rosa Delgado", "rdelgado@cedarpinesupply.com")],
        "description": (
            "Hi Alex,\n\nThanks for applying to Cedar & Pine Supply! We'd like to meet you for a quick in-person interview for the "
            "Warehouse Associate – Weekend Night Shift opening at our Fontana distribution center.\n\n"
            "Who: Rosa Delgado, Night Shift Supervisor (you'd report to Rosa)\n"
            "Where: 15500 Valley Blvd, Fontana, CA – use the visitor entrance by the guard shack\n"
            "Bring: a photo ID; you'll also do a short forklift-readiness walk-through\n\n"
            "See you soon,\nCedar & Pine Supply Hiring Team\n\nThis event was scheduled using BambooHR."
        ),
        "location": "15500 Valley Blvd, Fontana, CA",
        "expect": {
            "interviewers": [
                (
                    "Rosa Delgado",
                    "rdelgado@cedarpinesupply.com",
                    "Night Shift Supervisor",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": (None, "jobs@cedarpinesupply.com"),
            "company": "Cedar & Pine Supply",
            "position": "Warehouse Associate",
        },
    },
    {
        "id": "w-ashby-graph-contract-via-employer-of-record-owns-this-hire",
        "format": "graph",
        "style": "ashby",
        "difficulty": "hard",
        "title": "Alex Morgan <> Tidewell — Senior Data Scientist, Forecasting (Contract, 6 months) — Technical Interview",
        "start": "2031-06-17T16:00",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Keanu Akana", "keanu@tidewell.energy"),
        "attendees": [
            ME,
            P("Maren Solberg", "maren@tidewell.energy"),
            P("Idris Bello", "idris@tidewell.energy"),
        ],
        "description": (
            "Hi Alex,\n\nHere's your technical interview for the Senior Data Scientist, Forecasting contract (6 months, paid "
            "through Deel as our employer of record, possible extension).\n\n"
            "• Maren Solberg — Lead Data Scientist, Forecasting (she'd direct your day-to-day work and owns this hire)\n"
            "• Idris Bello — ML Engineer\n\n"
            "Expect a 30-minute walkthrough of a load-forecasting notebook we'll share 24 hours before, then questions.\n\n"
            "Keanu Akana\nTalent, Tidewell\n\nScheduled with Ashby" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Maren Solberg",
                    "maren@tidewell.energy",
                    "Lead Data Scientist, Forecasting",
                    "decision_maker",
                    True,
                ),
                ("Idris Bello", "idris@tidewell.energy", "ML Engineer", "peer"),
            ],
            "recruiter": ("Keanu Akana", "keanu@tidewell.energy"),
            "company": "Tidewell",
            "position": "Senior Data Scientist, Forecasting",
        },
    },
    {
        "id": "w-human-graph-italian-per-conto-del-cliente-turni",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Colloquio Responsabile di Produzione (turni) – area Napoli",
        "start": "2031-06-18T11:00",
        "minutes": 60,
        "tz": "Europe/Rome",
        "organizer": P("Federica Amato", "f.amato@selectaconsulting.it"),
        "attendees": [
            ME,
            P("Vincenzo Ronchi", "v.ronchi@pastificioronchi.it"),
            P("Luisa Esposito", "l.esposito@pastificioronchi.it"),
        ],
        "description": (
            "Gentile Alex,\n\ncome anticipato telefonicamente, le confermo il colloquio per la posizione di Responsabile di "
            "Produzione (lavoro su turni) per conto del nostro cliente Pastificio Ronchi, storico pastificio di Gragnano.\n\n"
            "Incontrerà:\n– Vincenzo Ronchi, Amministratore Unico\n"
            "– Luisa Esposito, Direttrice di Stabilimento, a cui riporterebbe direttamente\n\n"
            "Il colloquio si terrà in presenza presso lo stabilimento, Via Roma 112, Gragnano (NA).\n\n"
            "Io non sarò presente; la chiamerò dopo il colloquio per un riscontro.\n\n"
            "Cordiali saluti,\nFederica Amato\nSenior Consultant – Selecta Consulting S.r.l."
        ),
        "location": "Via Roma 112, Gragnano (NA)",
        "expect": {
            "interviewers": [
                (
                    "Vincenzo Ronchi",
                    "v.ronchi@pastificioronchi.it",
                    "Amministratore Unico",
                    "executive",
                ),
                (
                    "Luisa Esposito",
                    "l.esposito@pastificioronchi.it",
                    "Direttrice di Stabilimento",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Federica Amato", "f.amato@selectaconsulting.it"),
            "company": "Pastificio Ronchi",
            "position": "Responsabile di Produzione",
        },
    },
    {
        "id": "w-modernloop-graph-coordinator-alone-grade-in-name-cto",
        "format": "graph",
        "style": "modernloop",
        "difficulty": "medium",
        "title": "Interview: Controls Engineer III, Marine Autonomy – Saltwater Robotics",
        "start": "2031-06-19T09:00",
        "minutes": 120,
        "tz": "America/Los_Angeles",
        "organizer": P("Priya Natarajan", "priya.n@saltwater.ai"),
        "attendees": [
            ME,
            P("Hollis Grey", "hollis@saltwater.ai"),
            P("Wes Tanaka", "wes@saltwater.ai"),
            P("Ifeoma Eze", "ifeoma@saltwater.ai"),
        ],
        "description": (
            "Hi Alex,\n\nYour virtual loop for Controls Engineer III, Marine Autonomy (Req CE-3-044; San Diego, on site) is "
            "confirmed.\n\nSCHEDULE (PT)\n"
            "9:00 – 9:45 | Hollis Grey | Senior Controls Engineer\n"
            "9:45 – 10:30 | Wes Tanaka | Engineering Manager, Autonomy | Hiring Manager\n"
            "10:30 – 11:00 | Ifeoma Eze | CTO\n\n"
            "I'm coordinating this loop and I'm your contact for anything before or after the day.\n\n"
            "Priya Natarajan\nRecruiting Coordinator | Saltwater Robotics\n\nScheduled with ModernLoop"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Hollis Grey", "hollis@saltwater.ai", "Senior Controls Engineer", "peer"),
                (
                    "Wes Tanaka",
                    "wes@saltwater.ai",
                    "Engineering Manager, Autonomy",
                    "decision_maker",
                    True,
                ),
                ("Ifeoma Eze", "ifeoma@saltwater.ai", "CTO", "executive"),
            ],
            "recruiter": ("Priya Natarajan", "priya.n@saltwater.ai"),
            "company": "Saltwater Robotics",
            "position": "Controls Engineer III, Marine Autonomy",
        },
    },
    {
        "id": "w-human-graph-nonprofit-project-of-fiscal-sponsor-director",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Interview: Program Coordinator, Family Literacy (32 hrs/wk, grant-funded through June 2033)",
        "start": "2031-06-20T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Talia Brooks", "talia@brightpathliteracy.org"),
        "attendees": [
            ME,
            P("Talia Brooks", "talia@brightpathliteracy.org"),
            P("Marcus Webb", "mwebb@civiccommonsfund.org"),
        ],
        "description": (
            "Hi Alex,\n\nThank you for applying to Brightpath Literacy! I'd like to invite you to interview for the Program "
            "Coordinator, Family Literacy position. You'd report to me.\n\nMarcus Webb, Director of Programs at Civic Commons "
            "Fund, our fiscal sponsor, will join us as a second interviewer; he works with all of the projects they sponsor.\n\n"
            "Talia Brooks\nProgram Director\nBrightpath Literacy, a project of Civic Commons Fund"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Talia Brooks",
                    "talia@brightpathliteracy.org",
                    "Program Director",
                    "decision_maker",
                    True,
                ),
                (
                    "Marcus Webb",
                    "mwebb@civiccommonsfund.org",
                    "Director of Programs",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Brightpath Literacy",
            "position": "Program Coordinator, Family Literacy",
        },
    },
    {
        "id": "w-teamtailor-graph-norwegian-et-selskap-i-konsernet-fast-stilling",
        "format": "graph",
        "style": "teamtailor",
        "difficulty": "hard",
        "title": "Intervju – Servicetekniker (fast stilling, 100 %) – Bergen",
        "start": "2031-06-23T09:00",
        "minutes": 60,
        "tz": "Europe/Oslo",
        "organizer": P("Maja Berntsen", "maja.berntsen@norvikenergi.no"),
        "attendees": [
            ME,
            P("Kristian Haugland", "kristian.haugland@fjordvarme.no"),
            P("Ingrid Solheim", "ingrid.solheim@fjordvarme.no"),
        ],
        "description": (
            "Hei Alex!\n\nTakk for søknaden din. Vi vil gjerne invitere deg til intervju for stillingen som servicetekniker hos "
            "Fjordvarme, et selskap i Norvik Energi-konsernet, med oppmøte på driftssentralen vår i Bergen.\n\n"
            "Du møter:\nKristian Haugland – avdelingsleder service (din nærmeste leder)\nIngrid Solheim – servicetekniker\n\n"
            "Vi avslutter med en kort omvisning i varmesentralen.\n\nVennlig hilsen\nMaja Berntsen\nRekrutteringsrådgiver\n"
            "Norvik Energi AS\n\nSendt via Teamtailor" + TEAMS
        ),
        "location": "Fjordvarme driftssentral, Kokstadflaten 5, Bergen",
        "expect": {
            "interviewers": [
                (
                    "Kristian Haugland",
                    "kristian.haugland@fjordvarme.no",
                    "Avdelingsleder Service",
                    "decision_maker",
                    True,
                ),
                ("Ingrid Solheim", "ingrid.solheim@fjordvarme.no", "Servicetekniker", "peer"),
            ],
            "recruiter": ("Maja Berntsen", "maja.berntsen@norvikenergi.no"),
            "company": "Fjordvarme",
            "position": "Servicetekniker",
        },
    },
    # --- Graph JSON: near-misses --------------------------------------------------------------
    {
        "id": "w-graph-non-rpo-post-interview-debrief-with-candidate",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Debrief call – your Dunmore Bank interview",
        "start": "2031-06-03T16:30",
        "minutes": 15,
        "tz": "Europe/London",
        "organizer": P("Morris, Jade (Ext)", "ext.jade.morris@dunmorebank.co.uk"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nLet's catch up for 15 minutes after your panel with Iain and Chiamaka so I can hear how it went before I "
            "collect their feedback. Nothing to prepare; I'll call your mobile.\n\nJade Morris\nResourcing Partner | Kestrel RPO"
        ),
        "location": "Phone call",
        "expect": None,
    },
    {
        "id": "w-graph-non-offer-call-recruiter-compensation",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Offer discussion – Warehouse Systems Analyst – Ferrymark",
        "start": "2031-06-20T11:00",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Ola Nwosu", "ola.nwosu@ferrymark.com"),
        "attendees": [ME, P("Ola Nwosu", "ola.nwosu@ferrymark.com")],
        "description": (
            "Hi Alex,\n\nGreat news: the team would like to make you an offer! Let's get on a call so I can walk you through the "
            "details (base salary, bonus, relocation support and start date). The written offer will follow in DocuSign after "
            "we speak.\n\nOla Nwosu\nRecruiting, Ferrymark" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "w-graph-non-spanish-entrevista-de-salida",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista de salida – Alex Morgan",
        "start": "2031-06-27T12:00",
        "minutes": 30,
        "tz": "Europe/Madrid",
        "organizer": P("Nuria Castells", "nuria.castells@initech.com"),
        "attendees": [ME_WORK, P("Nuria Castells", "nuria.castells@initech.com")],
        "description": (
            "Hola Alex:\n\nComo tu último día en Initech es el 30 de junio, te propongo esta entrevista de salida. Queremos conocer "
            "tu experiencia en la empresa (equipo, liderazgo, desarrollo profesional) y qué podríamos mejorar. Es confidencial "
            "y no afecta a tu liquidación.\n\nUn saludo,\nNuria Castells\nHR Business Partner, Initech Iberia"
            + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "w-graph-non-rpo-quarterly-business-review-interview-metrics",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "QBR: Kestrel RPO x Initech – Q2 hiring metrics and interview-to-offer ratios",
        "start": "2031-07-01T14:00",
        "minutes": 60,
        "tz": "Europe/London",
        "organizer": P("Dalton, Reece", "reece.dalton@kestrelrpo.com"),
        "attendees": [
            ME_WORK,
            P("Dalton, Reece", "reece.dalton@kestrelrpo.com"),
            P("Achebe, Funmi", "funmi.achebe@initech.com"),
        ],
        "description": (
            "Agenda:\n1. Q2 volumes: 64 hires against a plan of 70\n2. Time to hire and interview-to-offer ratio by business unit\n"
            "3. Candidate NPS and interviewer no-shows\n4. Q3 plan: Leeds buyers and the data team\n\n"
            "Reece Dalton\nAccount Director, Kestrel RPO" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "w-graph-non-user-interviews-candidate-values-round",
        "format": "graph",
        "style": "greenhouse",
        "difficulty": "medium",
        "title": "Interview: Jordan Reyes – Senior Buyer, Menswear (Req INI-1187) – Values round",
        "start": "2031-06-24T15:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Initech Talent Acquisition", "ta-scheduling@initech.com"),
        "attendees": [ME_WORK, P("Jordan Reyes", "jordan.reyes.buys@gmail.com")],
        "description": (
            "Hi Alex,\n\nYou're the values interviewer for this candidate. Please review the résumé and the interview kit in "
            "Greenhouse beforehand and submit your scorecard within 24 hours.\n\n"
            "Candidate: Jordan Reyes\nRole: Senior Buyer, Menswear\nHiring manager: Ruth Coleman\n\n"
            "Initech Talent Acquisition" + TEAMS
        ),
        "expect": None,
    },
]
