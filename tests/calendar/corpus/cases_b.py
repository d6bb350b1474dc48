"""Corpus, part B: invites people write by hand — recruiters' Zoom/Meet/Teams invites, hiring
managers' own invites, founders' coffee chats, intros and catch-ups about a role."""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
GME = P(None, "alex.morgan@gmail.com")

CASES: list[dict[str, Any]] = [
    {
        "id": "human-coffee-founder-ceo",
        "format": "google",
        "style": "founder",
        "title": "Coffee chat - Alex / Priya",
        "start": "2027-01-12T08:30",
        "minutes": 45,
        "organizer": P("Priya Raman", "priya@fieldnote.ai"),
        "attendees": [GME, P("Priya Raman", "priya@fieldnote.ai")],
        "location": "Blue Bottle, 1 Ferry Building",
        "description": (
            "Great to connect through Maya! I'd love to tell you what we're building at "
            "Fieldnote and hear where a founding engineer would fit.\n\nPriya Raman\n"
            "Co-founder & CEO, Fieldnote"
        ),
        "expect": {
            "interviewers": [
                ("Priya Raman", "priya@fieldnote.ai", "Co-founder & CEO", "executive")
            ],
            "recruiter": None,
            "company": "Fieldnote",
            "position": None,
        },
    },
    {
        "id": "human-catch-up-cto",
        "format": "ics",
        "style": "founder",
        "title": "Catch up: Alex + Tom",
        "start": "2027-01-13T17:00",
        "minutes": 30,
        "organizer": P("Tom Becker", "tom@gridwise.energy"),
        "attendees": [ME, P("Tom Becker", "tom@gridwise.energy")],
        "description": (
            "Hey Alex, let's catch up about the platform team lead opening and whether you'd "
            "want to join us.\n\n--\nTom Becker | CTO | Gridwise Energy" + ZOOM
        ),
        "expect": {
            "interviewers": [("Tom Becker", "tom@gridwise.energy", "CTO", "executive")],
            "recruiter": None,
            "company": "Gridwise Energy",
            "position": "Platform Team Lead",
        },
    },
    {
        "id": "human-intro-vp-free-mail-org",
        "format": "graph",
        "style": "human",
        "title": "Intro: Alex Morgan / Nadine (Hollis & Vane)",
        "start": "2027-01-14T12:00",
        "minutes": 30,
        "organizer": P("Nadine Okoro", "nadine.okoro@hollisvane.com"),
        "attendees": [ME, P("Nadine Okoro", "nadine.okoro@hollisvane.com")],
        "description": (
            "Hi Alex, as promised, here's time to get to know each other. I lead the data team "
            "at Hollis & Vane and we're hiring a senior analytics engineer; keen to hear about "
            "your work.\n\nNadine Okoro\nVP, Data" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Nadine Okoro", "nadine.okoro@hollisvane.com", "VP, Data", "executive")
            ],
            "recruiter": None,
            "company": "Hollis & Vane",
            "position": "Senior Analytics Engineer",
        },
    },
    {
        "id": "human-get-to-know-hm",
        "format": "google",
        "style": "human",
        "title": "Get to know each other - Alex & Carmen",
        "start": "2027-01-15T10:00",
        "minutes": 30,
        "organizer": P("Carmen Ortiz", "carmen.ortiz@bramblehq.com"),
        "attendees": [GME, P("Carmen Ortiz", "carmen.ortiz@bramblehq.com")],
        "description": (
            "Hi Alex! Looking forward to chatting about the team and the Product Designer role."
            "\n\nCarmen Ortiz\nDesign Manager @ Bramble" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Carmen Ortiz", "carmen.ortiz@bramblehq.com", "Design Manager", "decision_maker"),
            ],
            "recruiter": None,
            "company": "Bramble",
            "position": "Product Designer",
        },
    },
    {
        "id": "human-recruiter-zoom-with-hm",
        "format": "ics",
        "style": "human",
        "prodid": "-//zoom.us//iCalendar Event//EN",
        "title": "Alex Morgan / Daniel Ferreira - Hiring Manager Interview",
        "start": "2027-01-18T14:00",
        "minutes": 45,
        "organizer": P("Amy Tran", "amy.tran@oakridgesoftware.com"),
        "attendees": [ME, P("Daniel Ferreira", "daniel.ferreira@oakridgesoftware.com")],
        "description": (
            "Hi Alex,\n\nAs discussed, here's your interview with Daniel Ferreira, Director of "
            "Engineering, for the Senior Backend Developer role.\n\nThanks,\nAmy Tran\n"
            "Technical Recruiter | Oakridge Software" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Daniel Ferreira",
                    "daniel.ferreira@oakridgesoftware.com",
                    "Director of Engineering",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Amy Tran", "amy.tran@oakridgesoftware.com"),
            "company": "Oakridge Software",
            "position": "Senior Backend Developer",
        },
    },
    {
        "id": "human-our-ceo",
        "format": "google",
        "style": "human",
        "title": "Final conversation - Wavelength",
        "start": "2027-01-19T16:00",
        "minutes": 30,
        "organizer": P("Lisa Park", "lisa@wavelength.fm"),
        "attendees": [
            GME,
            P("Lisa Park", "lisa@wavelength.fm"),
            P("Jonas Weber", "jonas@wavelength.fm"),
        ],
        "description": (
            "Hi Alex,\n\nFor the last step you'll meet our CEO, Jonas Weber. It's an informal "
            "conversation about how you'd grow the audio team.\n\nLisa Park\nPeople & Talent"
        ),
        "expect": {
            "interviewers": [("Jonas Weber", "jonas@wavelength.fm", "CEO", "executive")],
            "recruiter": ("Lisa Park", "lisa@wavelength.fm"),
            "company": "Wavelength",
            "position": None,
        },
    },
    {
        "id": "human-teams-panel-sentence",
        "format": "graph",
        "style": "human",
        "title": "Interview - Business Analyst",
        "start": "2027-01-20T10:00",
        "minutes": 60,
        "organizer": P("Michelle Adams", "michelle.adams@fairfaxcu.org"),
        "attendees": [
            ME,
            P("Robert Chen", "robert.chen@fairfaxcu.org"),
            P("Samantha Lee", "samantha.lee@fairfaxcu.org"),
        ],
        "description": (
            "Good morning Alex,\n\nYou will be interviewing with Robert Chen, IT Manager, and "
            "Samantha Lee, Senior Business Analyst. The interview will last about an hour.\n\n"
            "Michelle Adams\nHR Generalist | Fairfax Credit Union" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Robert Chen", "robert.chen@fairfaxcu.org", "IT Manager", "decision_maker"),
                ("Samantha Lee", "samantha.lee@fairfaxcu.org", "Senior Business Analyst", "peer"),
            ],
            "recruiter": ("Michelle Adams", "michelle.adams@fairfaxcu.org"),
            "company": "Fairfax Credit Union",
            "position": "Business Analyst",
        },
    },
    {
        "id": "human-hm-sends-own",
        "format": "ics",
        "style": "human",
        "title": "Chat about the Staff Engineer role",
        "start": "2027-01-21T11:00",
        "minutes": 45,
        "organizer": P("Kenji Watanabe", "kenji.watanabe@lattice-io.com"),
        "attendees": [ME, P("Kenji Watanabe", "kenji.watanabe@lattice-io.com")],
        "description": (
            "Hi Alex - I'm the hiring manager for this role, looking forward to talking "
            "architecture with you.\n\nKenji Watanabe\nEngineering Manager, Storage" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Kenji Watanabe",
                    "kenji.watanabe@lattice-io.com",
                    "Engineering Manager, Storage",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": None,
            "company": "Lattice Io",
            "position": "Staff Engineer",
        },
    },
    {
        "id": "human-interview-at-company",
        "format": "google",
        "style": "human",
        "title": "Interview at Redwood Dynamics",
        "start": "2027-01-22T13:00",
        "minutes": 60,
        "organizer": P("Sara Holt", "sara.holt@redwooddynamics.com"),
        "attendees": [
            GME,
            P("Sara Holt", "sara.holt@redwooddynamics.com"),
            P("Ivan Petrov", "ivan.petrov@redwooddynamics.com"),
        ],
        "description": (
            "Hi Alex, Ivan Petrov (Principal Engineer) will join me for this one. We'll talk "
            "through your embedded systems experience.\n\nSara Holt\nEngineering Manager, "
            "Firmware"
        ),
        "expect": {
            "interviewers": [
                (
                    "Sara Holt",
                    "sara.holt@redwooddynamics.com",
                    "Engineering Manager, Firmware",
                    "decision_maker",
                ),
                ("Ivan Petrov", "ivan.petrov@redwooddynamics.com", "Principal Engineer", "peer"),
            ],
            "recruiter": None,
            "company": "Redwood Dynamics",
            "position": None,
        },
    },
    {
        "id": "human-recruiter-colon-dash",
        "format": "graph",
        "style": "human",
        "title": "Second round interview (Alex Morgan)",
        "start": "2027-01-25T15:00",
        "minutes": 60,
        "organizer": P("Hiring at Bluefin", "hiring@bluefinpay.com"),
        "attendees": [
            ME,
            P("Olivia Grant", "olivia.grant@bluefinpay.com"),
            P("Chris Dunn", "chris.dunn@bluefinpay.com"),
        ],
        "description": (
            "Hi Alex,\n\nWith Olivia Grant (Head of Risk) and Chris Dunn (Risk Analyst).\n\n"
            "Position: Senior Risk Analyst\nRecruiter: Fatima Zahra - fatima.zahra@bluefinpay.com"
            "\n\nBluefin Payments" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Olivia Grant", "olivia.grant@bluefinpay.com", "Head of Risk", "decision_maker"),
                ("Chris Dunn", "chris.dunn@bluefinpay.com", "Risk Analyst", "peer"),
            ],
            "recruiter": ("Fatima Zahra", "fatima.zahra@bluefinpay.com"),
            "company": "Bluefin Payments",
            "position": "Senior Risk Analyst",
        },
    },
    {
        "id": "human-initials-attendees",
        "format": "ics",
        "style": "human",
        "title": "Onsite - Mobile Engineer - Tandem",
        "start": "2027-01-26T10:00",
        "minutes": 120,
        "organizer": P("Erin Walsh", "erin.walsh@tandem.health"),
        "attendees": [ME, P(None, "mk@tandem.health"), P(None, "dl@tandem.health")],
        "description": (
            "Hi Alex,\n\n10:00 - 11:00  iOS architecture  Mira Kapoor, Staff iOS Engineer\n"
            "11:00 - 12:00  Team fit  David Levi, Mobile Engineering Manager\n\nErin Walsh, "
            "Recruiting Coordinator"
        ),
        "expect": {
            "interviewers": [
                ("Mira Kapoor", "mk@tandem.health", "Staff iOS Engineer", "peer"),
                ("David Levi", "dl@tandem.health", "Mobile Engineering Manager", "decision_maker"),
            ],
            "recruiter": ("Erin Walsh", "erin.walsh@tandem.health"),
            "company": "Tandem",
            "position": "Mobile Engineer",
        },
    },
    {
        "id": "human-nickname-local",
        "format": "google",
        "style": "human",
        "title": "Interview: Alex Morgan & Bill",
        "start": "2027-01-27T09:30",
        "minutes": 45,
        "organizer": P("Jo Park", "jo.park@ironclad-tools.com"),
        "attendees": [
            GME,
            P(None, "bill@ironclad-tools.com"),
            P("Jo Park", "jo.park@ironclad-tools.com"),
        ],
        "description": (
            "Alex - you'll speak with William Hayes, our Head of Product, for the Product "
            "Manager, Integrations role.\n\nJo Park | Recruiter" + MEET
        ),
        "expect": {
            "interviewers": [
                ("William Hayes", "bill@ironclad-tools.com", "Head of Product", "decision_maker"),
            ],
            "recruiter": ("Jo Park", "jo.park@ironclad-tools.com"),
            "company": "Ironclad Tools",
            "position": "Product Manager, Integrations",
        },
    },
    {
        "id": "human-founder-lunch",
        "format": "graph",
        "style": "founder",
        "title": "Lunch - Alex & Sophie",
        "start": "2027-01-28T12:30",
        "minutes": 60,
        "organizer": P("Sophie Laurent", "sophie@atelier-nine.com"),
        "attendees": [ME, P("Sophie Laurent", "sophie@atelier-nine.com")],
        "location": "Café Loup",
        "description": (
            "Looking forward to lunch! I'll tell you more about Atelier Nine and the team you'd "
            "be joining.\n\nSophie Laurent\nFounder"
        ),
        "expect": {
            "interviewers": [("Sophie Laurent", "sophie@atelier-nine.com", "Founder", "executive")],
            "recruiter": None,
            "company": "Atelier Nine",
            "position": None,
        },
    },
    {
        "id": "human-intro-call-gmail-founder",
        "format": "ics",
        "style": "founder",
        "title": "Intro call: Alex <> Ravi (Stackmint)",
        "start": "2027-01-29T16:30",
        "minutes": 30,
        "organizer": P("Ravi Menon", "ravi.menon.sf@gmail.com"),
        "attendees": [ME, P("Ravi Menon", "ravi.menon.sf@gmail.com")],
        "description": (
            "Hi Alex, thanks for taking the time. I'm the co-founder of Stackmint; we're "
            "looking for our first product engineer and I'd love to share what we're building."
        ),
        "expect": {
            "interviewers": [("Ravi Menon", "ravi.menon.sf@gmail.com", "co-founder", "executive")],
            "recruiter": None,
            "company": "Stackmint",
            "position": None,
        },
    },
    {
        "id": "human-hm-comma-title",
        "format": "google",
        "style": "human",
        "title": "Interview with Juniper Grid",
        "start": "2027-02-01T14:00",
        "minutes": 60,
        "organizer": P("Megan Doyle", "megan.doyle@junipergrid.com"),
        "attendees": [
            GME,
            P("Megan Doyle", "megan.doyle@junipergrid.com"),
            P("Paolo Conti", "paolo.conti@junipergrid.com"),
            P("Ruth Evans", "ruth.evans@junipergrid.com"),
        ],
        "description": (
            "Hi Alex,\n\nYou'll meet Paolo Conti, the hiring manager, and Ruth Evans from the "
            "grid analytics team (Senior Data Scientist).\n\nJob title: Data Scientist, Grid "
            "Analytics\n\nMegan Doyle\nRecruiting Coordinator"
        ),
        "expect": {
            "interviewers": [
                (
                    "Paolo Conti",
                    "paolo.conti@junipergrid.com",
                    None,  # the mark, not a title (as fresh-2 to fresh-4 and G label it)
                    "decision_maker",
                    True,
                ),
                ("Ruth Evans", "ruth.evans@junipergrid.com", "Senior Data Scientist", "peer"),
            ],
            "recruiter": ("Megan Doyle", "megan.doyle@junipergrid.com"),
            "company": "Juniper Grid",
            "position": "Data Scientist, Grid Analytics",
        },
    },
    {
        "id": "human-meet-team-no-names",
        "format": "graph",
        "style": "human",
        "title": "Meet the team - Alex Morgan (Frontend Engineer)",
        "start": "2027-02-02T11:00",
        "minutes": 60,
        "organizer": P("Camille Durand", "camille.durand@sundial.app"),
        "attendees": [ME, P("Camille Durand", "camille.durand@sundial.app")],
        "description": (
            "Hi Alex,\n\nYou'll meet three engineers from the web team; I'll send names "
            "closer to the day.\n\nCamille Durand\nRecruiter, Sundial" + TEAMS
        ),
        "expect": {
            "interviewers": [],
            "recruiter": ("Camille Durand", "camille.durand@sundial.app"),
            "company": "Sundial",
            "position": "Frontend Engineer",
        },
    },
    {
        "id": "human-technical-with-parens",
        "format": "ics",
        "style": "human",
        "title": "Technical interview with Hugo Laine (Senior Engineer) - Polaris",
        "start": "2027-02-03T15:00",
        "minutes": 60,
        "organizer": P("Hugo Laine", "hugo.laine@polaris.systems"),
        "attendees": [ME, P("Hugo Laine", "hugo.laine@polaris.systems")],
        "description": "Live coding in CoderPad; link to follow." + MEET,
        "expect": {
            "interviewers": [
                ("Hugo Laine", "hugo.laine@polaris.systems", "Senior Engineer", "peer")
            ],
            "recruiter": None,
            "company": "Polaris",
            "position": None,
        },
    },
    {
        "id": "human-signature-company",
        "format": "google",
        "style": "human",
        "title": "Phone interview",
        "start": "2027-02-04T10:00",
        "minutes": 30,
        "organizer": P("Greta Lind", "greta.lind@nlcm.se"),
        "attendees": [GME, P("Greta Lind", "greta.lind@nlcm.se")],
        "description": (
            "Hi Alex,\n\nThanks for applying for the Localization Engineer position. I'm the "
            "engineering manager for the localization team and will call you.\n\nBest "
            "regards,\nGreta Lind\nEngineering Manager\nNordic Language & Media AB"
        ),
        "expect": {
            "interviewers": [
                ("Greta Lind", "greta.lind@nlcm.se", "Engineering Manager", "decision_maker"),
            ],
            "recruiter": None,
            # Label corrected in the tenth round: the corpus names companies without their
            # legal form ("GmbH", "Inc.", "S.L."), and "AB" is one.
            "company": "Nordic Language & Media",
            "position": "Localization Engineer",
        },
    },
    {
        "id": "human-agency-recruiter",
        "format": "graph",
        "style": "human",
        "title": "Interview - Aurora Dental Group - Practice Manager",
        "start": "2027-02-05T09:00",
        "minutes": 45,
        "organizer": P("Ken Ashworth", "ken.ashworth@talentbridge.co.uk"),
        "attendees": [
            ME,
            P("Ken Ashworth", "ken.ashworth@talentbridge.co.uk"),
            P("Dr Fiona Marsh", "fiona.marsh@auroradental.co.uk"),
        ],
        "description": (
            "Hi Alex,\n\nConfirming your interview with Dr Fiona Marsh, Clinical Director at "
            "Aurora Dental Group.\n\nKen Ashworth\nSenior Consultant, TalentBridge Recruitment"
        ),
        "expect": {
            "interviewers": [
                (
                    "Fiona Marsh",
                    "fiona.marsh@auroradental.co.uk",
                    "Clinical Director",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Ken Ashworth", "ken.ashworth@talentbridge.co.uk"),
            "company": "Aurora Dental Group",
            "position": "Practice Manager",
        },
    },
    {
        "id": "human-case-interview-pair",
        "format": "ics",
        "style": "human",
        "title": "Case interview (Round 2) – Beacon Strategy Partners",
        "start": "2027-02-08T09:00",
        "minutes": 120,
        "organizer": P("Beacon Recruiting", "recruiting@beaconsp.com"),
        "attendees": [
            ME,
            P("Elena Rossi", "elena.rossi@beaconsp.com"),
            P("Marcus Feld", "marcus.feld@beaconsp.com"),
        ],
        "description": (
            "Dear Alex,\n\nWe are delighted to invite you to the second round.\n\n09:00 – 10:00 "
            "Case interview with Elena Rossi, Principal\n10:00 – 11:00 Fit interview with "
            "Marcus Feld, Partner\n\nYour point of contact: Joanna Wu (joanna.wu@beaconsp.com)"
            "\n\nBeacon Strategy Partners"
        ),
        "expect": {
            "interviewers": [
                ("Elena Rossi", "elena.rossi@beaconsp.com", "Principal", "peer"),
                ("Marcus Feld", "marcus.feld@beaconsp.com", "Partner", "executive"),
            ],
            "recruiter": ("Joanna Wu", "joanna.wu@beaconsp.com"),
            "company": "Beacon Strategy Partners",
            "position": None,
        },
    },
    {
        "id": "human-hm-kate-nickname",
        "format": "google",
        "style": "human",
        "title": "Alex Morgan | Hiring Manager chat | Orchard",
        "start": "2027-02-09T13:00",
        "minutes": 30,
        "organizer": P("Tyler Brooks", "tyler.brooks@orchard.com"),
        "attendees": [
            GME,
            P("Tyler Brooks", "tyler.brooks@orchard.com"),
            P(None, "kate.oneill@orchard.com"),
        ],
        "description": (
            "Hi Alex - this is your hiring manager conversation with Katherine O'Neill "
            "(Director, Product Marketing) for the Product Marketing Manager role.\n\n"
            "Tyler Brooks\nRecruiter at Orchard"
        ),
        "expect": {
            "interviewers": [
                (
                    "Katherine O'Neill",
                    "kate.oneill@orchard.com",
                    "Director, Product Marketing",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Tyler Brooks", "tyler.brooks@orchard.com"),
            "company": "Orchard",
            "position": "Product Marketing Manager",
        },
    },
    {
        "id": "human-coffee-head-of-eng",
        "format": "graph",
        "style": "founder",
        "title": "Coffee ☕ Alex x Marta",
        "start": "2027-02-10T08:00",
        "minutes": 30,
        "organizer": P("Marta Nowak", "marta.nowak@quillmetrics.com"),
        "attendees": [ME, P("Marta Nowak", "marta.nowak@quillmetrics.com")],
        "description": (
            "Hi Alex, great to meet at the meetup. Let's grab a coffee and talk about the team "
            "and whether the staff role could be a fit.\n\nMarta Nowak\nHead of Engineering, "
            "Quill Metrics"
        ),
        "expect": {
            "interviewers": [
                (
                    "Marta Nowak",
                    "marta.nowak@quillmetrics.com",
                    "Head of Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": None,
            "company": "Quill Metrics",
            "position": None,
        },
    },
    {
        "id": "human-panel-bulleted-emails",
        "format": "google",
        "style": "human",
        "title": "Panel interview: UX Researcher",
        "start": "2027-02-11T14:00",
        "minutes": 60,
        "organizer": P("Ada Brennan", "ada.brennan@mosaicpay.com"),
        "attendees": [GME],
        "description": (
            "Hi Alex,<br><br>Your panel:<br><ul><li>Irene Cho – Research Manager – "
            "irene.cho@mosaicpay.com</li><li>Sam Patel – Senior Product Designer – "
            "sam.patel@mosaicpay.com</li><li>Luis Ortega – Product Manager</li></ul><br>Ada "
            "Brennan<br>Recruiting Coordinator, Mosaic Pay"
        ),
        "expect": {
            "interviewers": [
                ("Irene Cho", "irene.cho@mosaicpay.com", "Research Manager", "decision_maker"),
                ("Sam Patel", "sam.patel@mosaicpay.com", "Senior Product Designer", "peer"),
                ("Luis Ortega", None, "Product Manager", "peer"),
            ],
            "recruiter": ("Ada Brennan", "ada.brennan@mosaicpay.com"),
            "company": "Mosaic Pay",
            "position": "UX Researcher",
        },
    },
    {
        "id": "human-coordinator-label",
        "format": "ics",
        "style": "human",
        "title": "Interview: Alex Morgan for Platform Engineer",
        "start": "2027-02-12T10:00",
        "minutes": 90,
        "organizer": P("Foundry Talent", "talent@foundrycloud.com"),
        "attendees": [
            ME,
            P("Wei Zhang", "wei.zhang@foundrycloud.com"),
            P("Amelia Stone", "amelia.stone@foundrycloud.com"),
        ],
        "description": (
            "Hi Alex,\n\nInterviewers: Wei Zhang (Staff Engineer) and Amelia Stone "
            "(Engineering Manager, Hiring Manager)\n\nCoordinator: Hailey Brooks "
            "(hailey.brooks@foundrycloud.com)\n\nFoundry Cloud"
        ),
        "expect": {
            "interviewers": [
                ("Wei Zhang", "wei.zhang@foundrycloud.com", "Staff Engineer", "peer"),
                (
                    "Amelia Stone",
                    "amelia.stone@foundrycloud.com",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Hailey Brooks", "hailey.brooks@foundrycloud.com"),
            "company": "Foundry Cloud",
            "position": "Platform Engineer",
        },
    },
    {
        "id": "human-recruiter-screen-plain",
        "format": "graph",
        "style": "human",
        "title": "Phone Screen - Alex Morgan",
        "start": "2027-02-15T11:30",
        "minutes": 30,
        "organizer": P("Nico Alvarez", "nico.alvarez@graniteworks.com"),
        "attendees": [ME, P("Nico Alvarez", "nico.alvarez@graniteworks.com")],
        "description": (
            "Hi Alex, I'll give you a call to talk about the DevOps Engineer opening at "
            "GraniteWorks.\n\nNico Alvarez | Talent Acquisition"
        ),
        "expect": {
            "interviewers": [
                (
                    "Nico Alvarez",
                    "nico.alvarez@graniteworks.com",
                    "Talent Acquisition",
                    "recruiter",
                ),
            ],
            "recruiter": ("Nico Alvarez", "nico.alvarez@graniteworks.com"),
            "company": "GraniteWorks",
            "position": "DevOps Engineer",
        },
    },
    {
        "id": "human-two-founders",
        "format": "google",
        "style": "founder",
        "title": "Alex <> Hopscotch founders",
        "start": "2027-02-16T17:00",
        "minutes": 45,
        "organizer": P("Ben Adler", "ben@hopscotch.tech"),
        "attendees": [
            GME,
            P("Ben Adler", "ben@hopscotch.tech"),
            P("Chloe Martin", "chloe@hopscotch.tech"),
        ],
        "description": (
            "Hi Alex! Chloe (our CTO) and I would love to talk about joining Hopscotch as our "
            "first designer.\n\nBen Adler, CEO"
        ),
        "expect": {
            "interviewers": [
                ("Ben Adler", "ben@hopscotch.tech", "CEO", "executive"),
                ("Chloe Martin", "chloe@hopscotch.tech", "CTO", "executive"),
            ],
            "recruiter": None,
            "company": "Hopscotch",
            "position": None,
        },
    },
    {
        "id": "human-with-title-in-summary",
        "format": "ics",
        "style": "human",
        "title": "Interview with Rosa Delgado (VP Operations) - Parcelly",
        "start": "2027-02-17T13:00",
        "minutes": 45,
        "organizer": P("Ian Frost", "ian.frost@parcelly.com"),
        "attendees": [
            ME,
            P("Rosa Delgado", "rosa.delgado@parcelly.com"),
            P("Ian Frost", "ian.frost@parcelly.com"),
        ],
        "description": (
            "Hi Alex,\n\nRosa would be your manager in the Operations Manager role. Please "
            "bring questions!\n\nIan Frost | Recruiter | Parcelly"
        ),
        "expect": {
            "interviewers": [
                ("Rosa Delgado", "rosa.delgado@parcelly.com", "VP Operations", "executive"),
            ],
            "recruiter": ("Ian Frost", "ian.frost@parcelly.com"),
            "company": "Parcelly",
            "position": "Operations Manager",
        },
    },
    {
        "id": "human-loop-names-only-attendees",
        "format": "graph",
        "style": "human",
        "title": "Virtual onsite - Alex Morgan",
        "start": "2027-02-18T10:00",
        "minutes": 180,
        "organizer": P("Keira Holt", "keira.holt@vantagept.com"),
        "attendees": [
            ME,
            P("Keira Holt", "keira.holt@vantagept.com"),
            P("Jamal Wright", "jamal.wright@vantagept.com"),
            P("Lin Chen", "lin.chen@vantagept.com"),
            P("Oskar Berg", "oskar.berg@vantagept.com"),
        ],
        "description": (
            "Hi Alex,\n\nSchedule:\n10:00 - 11:00 Jamal Wright (Senior Software Engineer)\n"
            "11:00 - 12:00 Lin Chen (Staff Software Engineer)\n12:00 - 1:00 Oskar Berg "
            "(Director of Engineering)\n\nKeira Holt\nRecruiting Coordinator, Vantage PT" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Jamal Wright", "jamal.wright@vantagept.com", "Senior Software Engineer", "peer"),
                ("Lin Chen", "lin.chen@vantagept.com", "Staff Software Engineer", "peer"),
                (
                    "Oskar Berg",
                    "oskar.berg@vantagept.com",
                    "Director of Engineering",
                    "decision_maker",
                ),
            ],
            "recruiter": ("Keira Holt", "keira.holt@vantagept.com"),
            "company": "Vantage PT",
            "position": None,
        },
    },
    {
        "id": "human-where-youd-fit",
        "format": "ics",
        "style": "founder",
        "title": "Alex / Jordan - catch up",
        "start": "2027-02-19T15:00",
        "minutes": 30,
        "organizer": P("Jordan Reyes", "jordan@brightline.bio"),
        "attendees": [ME, P("Jordan Reyes", "jordan@brightline.bio")],
        "description": (
            "Alex - would love to show you what the team is working on and talk about where "
            "you'd fit. No prep needed."
        ),
        "expect": {
            "interviewers": [("Jordan Reyes", "jordan@brightline.bio", None, "unknown")],
            "recruiter": None,
            "company": "Brightline",
            "position": None,
        },
    },
    {
        "id": "human-hm-recruiter-both-attend",
        "format": "google",
        "style": "human",
        "title": "Interview: Senior Accountant",
        "start": "2027-02-22T10:00",
        "minutes": 60,
        "organizer": P("Patricia Gomez", "pgomez@hartwellcpa.com"),
        "attendees": [
            GME,
            P("Patricia Gomez", "pgomez@hartwellcpa.com"),
            P("Thomas Reed", "treed@hartwellcpa.com"),
        ],
        "description": (
            "Alex,\n\nThomas Reed, Controller, will lead the interview; I'll join to answer "
            "questions about benefits.\n\nPatricia Gomez\nHR & Recruiting Manager\nHartwell CPA"
        ),
        "expect": {
            # Role corrected (eleventh round): a controller runs the accounting staff, a
            # people-manager title (PLAYBOOK §4), as f3/f8 label "Controller".
            "interviewers": [
                ("Thomas Reed", "treed@hartwellcpa.com", "Controller", "decision_maker")
            ],
            "recruiter": ("Patricia Gomez", "pgomez@hartwellcpa.com"),
            "company": "Hartwell CPA",
            "position": "Senior Accountant",
        },
    },
    {
        "id": "human-optional-shadow",
        "format": "graph",
        "style": "human",
        "title": "Coding interview - Alex Morgan - Backend Engineer",
        "start": "2027-02-23T13:00",
        "minutes": 60,
        "organizer": P("Yara Haddad", "yara.haddad@nimbus.dev"),
        "attendees": [
            ME,
            P("Andre Silva", "andre.silva@nimbus.dev"),
            P("Beth Cole", "beth.cole@nimbus.dev", optional=True),
        ],
        "description": (
            "Interviewer: Andre Silva (Senior Backend Engineer)\nShadowing: Beth Cole (Software "
            "Engineer)\n\nYara Haddad, Recruiter - Nimbus" + TEAMS
        ),
        "expect": {
            "interviewers": [
                ("Andre Silva", "andre.silva@nimbus.dev", "Senior Backend Engineer", "peer"),
                ("Beth Cole", "beth.cole@nimbus.dev", "Software Engineer", "peer"),
            ],
            "recruiter": ("Yara Haddad", "yara.haddad@nimbus.dev"),
            "company": "Nimbus",
            "position": "Backend Engineer",
        },
    },
    {
        "id": "human-zoom-recruiter-hm-named",
        "format": "ics",
        "style": "human",
        "prodid": "-//zoom.us//iCalendar Event//EN",
        "title": "Zoom interview - Alex Morgan - Clearwater Labs",
        "start": "2027-02-24T16:00",
        "minutes": 45,
        "organizer": P("Ruby Chen", "ruby.chen@clearwaterlabs.com"),
        "attendees": [ME, P("Ruby Chen", "ruby.chen@clearwaterlabs.com")],
        "description": (
            "Hi Alex,\n\nYou'll meet with Sean Murphy, who is the hiring manager for the "
            "Lab Automation Engineer position. His email is sean.murphy@clearwaterlabs.com if "
            "you want to send anything ahead of time.\n\nRuby Chen\nRecruiter" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Sean Murphy",
                    "sean.murphy@clearwaterlabs.com",
                    None,  # the mark, not a title
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Ruby Chen", "ruby.chen@clearwaterlabs.com"),
            "company": "Clearwater Labs",
            "position": "Lab Automation Engineer",
        },
    },
]
