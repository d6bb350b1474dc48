# ruff: noqa: E501  (labelled data: one case per block reads better unwrapped)
"""Held-out batch fresh-19, written blind by the invite writer "iw19" (issue 16). The writer never
read, imported or ran the extraction code, the bench, the corpus tests or any other held-out batch;
it read only the playbook, the issue, the corpus README's top part, the docstring and first two
cases of cases_r.py, cases_a.py's helpers and build.py. Rendered apart by build_heldout19.py into
heldout-fresh19/; build.py and the tuning tests never import it.

60 invites: 45 interviews and 15 non-interviews that mention interviewing, 20 each as .ics, Google
JSON and Graph JSON. The angle is invites written by humans rather than tools: founders, hiring
managers, executive assistants and agency recruiters writing free prose - coffee chats and intros
about a role, "quick chat with X and Y", forwarded invites with the original message inside,
hand-edited titles, titles carried only by signatures, panels only in prose, names in many forms
(Outlook "Surname, Given", initials, hyphenated, particles van/de/al-, Korean and Japanese names
given in Latin form), companies in other countries and languages (Polish, Italian, Spanish,
Portuguese, Swedish, Dutch, Japanese, Korean, Hindi-English). Non-interviews: hiring chores at the
user's own company (Initech), a stay interview and an exit interview there, media interviews and a
podcast the user gives, research interviews, a reference the user gives, and everyday events.

Labels are what a careful person reads in the invite, with the corpus conventions: a person called
the hiring manager or the candidate's future manager ("you'd report to me", "tu futura jefa",
"din blivande chef") is a decision_maker with the hiring-manager mark; people-manager titles
(engineering manager, head of, director, and their equivalents in other languages: Gerente,
Directora, Kierownik, Chef, Responsabile, 部長) are decision_makers; CEO/founder/CTO/VP/chief/owner/
general manager are executives unless called the hiring manager; a recruiter who runs the call is
an interviewer (role recruiter) and the recruiter; a team mailbox recruiter is (None, address);
a coordinator without a recruiter is the recruiter; an agency consultant who only coordinates is
the recruiter (not an interviewer) and the company is the client (None when confidential); an
executive assistant who books for their executive is not the recruiter; legal forms (S.r.l., AB,
sp. z o.o., 株式会社) and requisition ids are left out; what the invite does not say is None /
"unknown". Names: as the invite itself writes the person in Latin letters, given name first when the
invite shows both orders (Outlook "Zając, Tomasz" is "Tomasz Zając"; a Japanese display name
"TANAKA Hiroshi" beside a signature "Hiroshi Tanaka" is "Hiroshi Tanaka"); Korean names the invite
writes only surname-first ("Yoon Jae-hyun") are kept that way; honorifics (Dr., -san, 様) left out;
a nickname in quotes is dropped. Titles as written in the invite (other languages kept), the
fullest one the invite gives. "difficulty" is the writer's guess; non-interviews have expect None.

expect.interviewers: (name, email, title, role, hiring_manager).
"""

from typing import Any

from tests.calendar.corpus.cases_a import MEET, TEAMS, ZOOM, P

ME = P("Alex Morgan", "alex.morgan@gmail.com")
ME_WORK = P("Alex Morgan", "alex.morgan@initech.com")

CASES: list[dict[str, Any]] = [
    # ======================================= .ics ==========================================
    {
        "id": "f19-ics-founder-coffee-founding-engineer",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//macOS 15.2//EN",
        "title": "Coffee ☕ Alex / Dana",
        "start": "2031-03-04T08:30",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Dana Whitcombe-Ruiz", "dana@loomfield.io"),
        "attendees": [P("Dana Whitcombe-Ruiz", "dana@loomfield.io", partstat="ACCEPTED"), ME],
        "description": (
            "Hey Alex,\n\nSo glad Priya connected us. I'd love to grab a coffee, tell you what we're building at "
            "Loomfield and talk about where a founding engineer would fit - we're four people and about to be five.\n\n"
            "No prep needed, just come curious. Blue Bottle on Mint Plaza, I'll be the one with the laptop covered in stickers.\n\n"
            "Dana\n--\nDana Whitcombe-Ruiz\nCo-founder & CEO, Loomfield\nloomfield.io"
        ),
        "location": "Blue Bottle Coffee, 66 Mint St, San Francisco",
        "expect": {
            "interviewers": [
                ("Dana Whitcombe-Ruiz", "dana@loomfield.io", "Co-founder & CEO", "executive", False)
            ],
            "recruiter": None,
            "company": "Loomfield",
            "position": "Founding Engineer",
        },
    },
    {
        "id": "f19-ics-polish-hiring-manager-and-tech-lead",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "Microsoft Exchange Server 2010",
        "title": "Rozmowa - Senior Backend Developer / Alex Morgan",
        "start": "2031-03-05T10:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Nowak, Piotr", "piotr.nowak@kodanova.pl"),
        "attendees": [
            ME,
            P("Wróbel-Kaczmarek, Agnieszka", "agnieszka.wrobel@kodanova.pl"),
        ],
        "description": (
            "Cześć Alex,\n\nzapraszam na rozmowę o roli Senior Backend Developer w zespole płatności. "
            "Będę Twoim bezpośrednim przełożonym, więc chętnie opowiem, jak pracujemy. Dołączy też "
            "Agnieszka Wróbel-Kaczmarek, nasza Tech Lead - porozmawiacie o architekturze.\n\n"
            "(English is fine if you prefer!)\n\nPozdrawiam,\nPiotr Nowak\nEngineering Manager | KodaNova sp. z o.o.\n"
            "ul. Prosta 20, Warszawa" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Piotr Nowak",
                    "piotr.nowak@kodanova.pl",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Agnieszka Wróbel-Kaczmarek",
                    "agnieszka.wrobel@kodanova.pl",
                    "Tech Lead",
                    "peer",
                    False,
                ),
            ],
            "recruiter": None,
            "company": "KodaNova",
            "position": "Senior Backend Developer",
        },
    },
    {
        "id": "f19-ics-ea-books-ceo-talent-contact",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex Morgan <> Rohan Mehta-Iyer (Fernway)",
        "start": "2031-03-06T16:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Claire Dubois-Hartmann", "claire@fernway.com"),
        "attendees": [P("Rohan Mehta-Iyer", "rohan@fernway.com"), ME],
        "description": (
            "Hi Alex,\n\nI'm Rohan's executive assistant - he'd like 30 minutes with you as part of the VP Product "
            "process. Rohan is our Founder & CEO, so expect a conversation about where the company is headed "
            "rather than a case.\n\nIf anything changes on your side, Marisol Quintero on our talent team "
            "(marisol@fernway.com) is your main contact for the process.\n\nBest,\nClaire\n\n"
            "Claire Dubois-Hartmann | Executive Assistant to the CEO | Fernway" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Rohan Mehta-Iyer", "rohan@fernway.com", "Founder & CEO", "executive", False)
            ],
            "recruiter": ("Marisol Quintero", "marisol@fernway.com"),
            "company": "Fernway",
            "position": "VP Product",
        },
    },
    {
        "id": "f19-ics-agency-client-panel-in-prose",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Harborline x Alex - interview with Vantor Robotics (Controls Engineer)",
        "start": "2031-03-07T13:00",
        "minutes": 60,
        "tz": "America/Chicago",
        "organizer": P("Tomás Ferreira", "tomas@harborline-talent.com"),
        "attendees": [
            ME,
            P("Ingrid van der Berg", "ingrid.vanderberg@vantorrobotics.com"),
            P("Mensah-Bonsu, Kofi", "kofi.mensah@vantorrobotics.com"),
        ],
        "description": (
            "Hi Alex,\n\nGreat news - Vantor Robotics would like to meet you for the Controls Engineer role. You'll speak "
            "with their Director of Controls, Ingrid van der Berg, and Kofi Mensah-Bonsu, a Senior Controls Engineer on her team. "
            "Expect questions on PID tuning and a walk through one of your past projects.\n\n"
            "I won't be on the call, but ring me straight after so we can debrief.\n\n"
            "Cheers,\nTomás Ferreira | Senior Consultant, Engineering | Harborline Talent\n+1 312 555 0187"
            + ZOOM
        ),
        "location": "Zoom",
        "expect": {
            "interviewers": [
                (
                    "Ingrid van der Berg",
                    "ingrid.vanderberg@vantorrobotics.com",
                    "Director of Controls",
                    "decision_maker",
                    False,
                ),
                (
                    "Kofi Mensah-Bonsu",
                    "kofi.mensah@vantorrobotics.com",
                    "Senior Controls Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Tomás Ferreira", "tomas@harborline-talent.com"),
            "company": "Vantor Robotics",
            "position": "Controls Engineer",
        },
    },
    {
        "id": "f19-ics-korean-recruiter-forwards-hm-note",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "FW: Chat about the Data Platform Lead role",
        "start": "2031-03-10T10:00",
        "minutes": 60,
        "tz": "Asia/Seoul",
        "organizer": P("Park Jun-seo", "junseo.park@hanbitlogistics.co.kr"),
        "attendees": [ME, P("Kim Da-eun", "daeun.kim@hanbitlogistics.co.kr")],
        "description": (
            "Alex, forwarding Da-eun's note below so you have the context. I'm your contact for anything "
            "about scheduling or the process.\n\nPark Jun-seo | Talent Acquisition Manager | Hanbit Logistics\n\n"
            "-----Original Message-----\nFrom: Kim Da-eun <daeun.kim@hanbitlogistics.co.kr>\n"
            "To: Park Jun-seo <junseo.park@hanbitlogistics.co.kr>\nSubject: Chat about the Data Platform Lead role\n\n"
            "Jun-seo, please send Alex an invite for one hour with me. I'm the hiring manager for the Data Platform Lead "
            "opening and I'd like to go deep on streaming pipelines.\n\nKim Da-eun\nHead of Data Platform"
        ),
        "location": "Teams",
        "expect": {
            "interviewers": [
                (
                    "Kim Da-eun",
                    "daeun.kim@hanbitlogistics.co.kr",
                    "Head of Data Platform",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": ("Park Jun-seo", "junseo.park@hanbitlogistics.co.kr"),
            "company": "Hanbit Logistics",
            "position": "Data Platform Lead",
        },
    },
    {
        "id": "f19-ics-italian-quick-chat-two-people",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Chiacchierata con Sofia e Matteo - ruolo Product Designer",
        "start": "2031-03-11T15:00",
        "minutes": 45,
        "tz": "Europe/Rome",
        "organizer": P("Sofia Marchetti", "sofia.marchetti@fabbricalumen.it"),
        "attendees": [
            P("Sofia Marchetti", "sofia.marchetti@fabbricalumen.it", partstat="ACCEPTED"),
            P("Matteo De Luca", "matteo.deluca@fabbricalumen.it"),
            ME,
        ],
        "description": (
            "Ciao Alex!\n\nCome anticipato su LinkedIn, ecco una chiacchierata informale sul ruolo di Product Designer. "
            "Ci sarà anche Matteo De Luca, il nostro Product Manager, con cui lavoreresti ogni giorno.\n\n"
            "A presto,\nSofia\n\nSofia Marchetti - Head of Design\nFabbrica Lumen S.r.l. | Via Tortona 31, Milano"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Sofia Marchetti",
                    "sofia.marchetti@fabbricalumen.it",
                    "Head of Design",
                    "decision_maker",
                    False,
                ),
                (
                    "Matteo De Luca",
                    "matteo.deluca@fabbricalumen.it",
                    "Product Manager",
                    "peer",
                    False,
                ),
            ],
            "recruiter": None,
            "company": "Fabbrica Lumen",
            "position": "Product Designer",
        },
    },
    {
        "id": "f19-ics-japanese-casual-interview-recruiter-joins",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "カジュアル面談 / Casual chat - Alex Morgan (Backend Engineer)",
        "start": "2031-03-12T11:00",
        "minutes": 45,
        "tz": "Asia/Tokyo",
        "organizer": P("Sato Yuki", "yuki.sato@kumonote.jp"),
        "attendees": [
            P("Sato Yuki", "yuki.sato@kumonote.jp", partstat="ACCEPTED"),
            P("Watanabe Ren", "ren.watanabe@kumonote.jp"),
            ME,
        ],
        "description": (
            "Alex-san\n\nこの度はクモノテにご興味をお持ちいただきありがとうございます。\n"
            "Thank you for your interest in Kumonote! This is a casual interview (カジュアル面談) about the Backend Engineer position.\n\n"
            "当日の参加者 / Who will join:\n"
            "- 渡辺 蓮 (Ren Watanabe) - Engineering Manager\n"
            "- 佐藤 由紀 (Yuki Sato) - Talent Acquisition (I will ask a few questions about your background and explain our process)\n\n"
            "株式会社クモノテ (Kumonote Inc.)\n佐藤 由紀 / Yuki Sato" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ren Watanabe",
                    "ren.watanabe@kumonote.jp",
                    "Engineering Manager",
                    "decision_maker",
                    False,
                ),
                ("Yuki Sato", "yuki.sato@kumonote.jp", "Talent Acquisition", "recruiter", False),
            ],
            "recruiter": ("Yuki Sato", "yuki.sato@kumonote.jp"),
            "company": "Kumonote",
            "position": "Backend Engineer",
        },
    },
    {
        "id": "f19-ics-portuguese-intro-signature-title",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Alex / Bea - intro re: Staff SRE",
        "start": "2031-03-13T14:00",
        "minutes": 30,
        "tz": "America/Sao_Paulo",
        "organizer": P("Beatriz Gonçalves", "bea.goncalves@pagaluz.com.br"),
        "attendees": [ME],
        "description": (
            "Oi Alex! Tudo bem?\n\nObrigada por aceitar o papo. Sou a gestora da vaga de Staff SRE, então quero te "
            "contar como está o time de infra hoje e ouvir um pouco da tua experiência com Kubernetes em escala.\n\n"
            "Abraço,\nBea\n\nBeatriz Gonçalves\nGerente de Engenharia de Infraestrutura | Pagaluz\n+55 11 95555-0142"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Beatriz Gonçalves",
                    "bea.goncalves@pagaluz.com.br",
                    "Gerente de Engenharia de Infraestrutura",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Pagaluz",
            "position": "Staff SRE",
        },
    },
    {
        "id": "f19-ics-swedish-panel-prose-recruiter-absent",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Intervju - Alex Morgan / Fullstackutvecklare",
        "start": "2031-03-14T09:30",
        "minutes": 75,
        "tz": "Europe/Stockholm",
        "organizer": P("Elin Åkesson", "elin.akesson@klarvik.se"),
        "attendees": [
            ME,
            P("Johan Lindqvist", "johan.lindqvist@klarvik.se"),
            P("Sara al-Khatib", "sara.alkhatib@klarvik.se"),
        ],
        "description": (
            "Hej Alex,\n\nTack för ett trevligt samtal i förra veckan! Här kommer nästa steg för tjänsten som "
            "Fullstackutvecklare. Du träffar Johan Lindqvist (Teamchef, Checkout) som blir din blivande chef, och "
            "Sara al-Khatib (Senior utvecklare) från samma team. Jag själv är inte med den här gången.\n\n"
            "Hör av dig om något är oklart!\n\nMed vänliga hälsningar\nElin Åkesson\nRekryterare | Klarvik AB"
        ),
        "location": "Klarvik, Götgatan 14, Stockholm",
        "expect": {
            "interviewers": [
                (
                    "Johan Lindqvist",
                    "johan.lindqvist@klarvik.se",
                    "Teamchef, Checkout",
                    "decision_maker",
                    True,
                ),
                ("Sara al-Khatib", "sara.alkhatib@klarvik.se", "Senior utvecklare", "peer", False),
            ],
            "recruiter": ("Elin Åkesson", "elin.akesson@klarvik.se"),
            "company": "Klarvik",
            "position": "Fullstackutvecklare",
        },
    },
    {
        "id": "f19-ics-hinglish-cofounders-baat-cheet",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Quick call - Alex x Tiffinly",
        "start": "2031-03-17T19:30",
        "minutes": 30,
        "tz": "Asia/Kolkata",
        "organizer": P("Arjun Raghunathan", "arjun@tiffinly.in"),
        "attendees": [ME, P("Neha Bhattacharya", "neha@tiffinly.in")],
        "description": (
            "Hi Alex, Arjun here 👋\n\nMeri co-founder Neha Bhattacharya (our CEO) bhi join karegi. Just a chill baat-cheet "
            "about the Growth Lead role - koi formal interview nahi, we just want to understand how you think about "
            "D2C growth aur aapke questions bhi sunna chahenge.\n\nCheers,\nArjun Raghunathan\nCo-founder & COO, Tiffinly"
            + MEET
        ),
        "expect": {
            "interviewers": [
                ("Arjun Raghunathan", "arjun@tiffinly.in", "Co-founder & COO", "executive", False),
                ("Neha Bhattacharya", "neha@tiffinly.in", "CEO", "executive", False),
            ],
            "recruiter": None,
            "company": "Tiffinly",
            "position": "Growth Lead",
        },
    },
    {
        "id": "f19-ics-initials-director-and-staff",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Alex M. - platform conversation (JP + Mariam)",
        "start": "2031-03-18T13:30",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("J.P. Okonkwo", "jp.okonkwo@tessellatebio.com"),
        "attendees": [ME, P("M. Haddad", "m.haddad@tessellatebio.com")],
        "description": (
            "Alex -\n\nThanks for making time. I'm hiring for the Senior Platform Engineer role on my team, so this is "
            "the hiring-manager conversation. Mariam Haddad, one of our Staff Engineers, will join for the second half "
            "to talk through your CI/CD work.\n\nJP\n\nJ.P. Okonkwo\nDirector, Platform Engineering\nTessellate Bio"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "J.P. Okonkwo",
                    "jp.okonkwo@tessellatebio.com",
                    "Director, Platform Engineering",
                    "decision_maker",
                    True,
                ),
                ("Mariam Haddad", "m.haddad@tessellatebio.com", "Staff Engineer", "peer", False),
            ],
            "recruiter": None,
            "company": "Tessellate Bio",
            "position": "Senior Platform Engineer",
        },
    },
    {
        "id": "f19-ics-calendly-founder-intro",
        "format": "ics",
        "style": "calendly",
        "difficulty": "medium",
        "prodid": "-//Calendly//Calendly//EN",
        "title": "Alex Morgan and Lena Hoffmann-Vogt",
        "start": "2031-03-19T17:00",
        "minutes": 30,
        "tz": "Europe/Berlin",
        "organizer": P("Lena Hoffmann-Vogt", "lena@brightquay.de"),
        "attendees": [P("Lena Hoffmann-Vogt", "lena@brightquay.de"), ME],
        "description": (
            "Event Name: Intro call with Lena (Brightquay)\n\n"
            "Hi, I'm Lena, founder of Brightquay. Grab a slot and let's talk.\n\n"
            "Location: This is a Google Meet web conference.\n\n"
            "Questions:\n\nWhat would you like to talk about?\n"
            "The Head of Operations opening you posted - I'd love to hear more about the role and the team.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7f1c2b\n"
            "Reschedule: https://calendly.com/reschedulings/7f1c2b\n\nPowered by Calendly.com"
        ),
        "location": "https://meet.google.com/kvb-hqwe-rst",
        "expect": {
            "interviewers": [
                ("Lena Hoffmann-Vogt", "lena@brightquay.de", "Founder", "executive", False)
            ],
            "recruiter": None,
            "company": "Brightquay",
            "position": "Head of Operations",
        },
    },
    {
        "id": "f19-ics-spanish-panel-future-boss",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Entrevista con Carmen y Javier - Analista de Datos Senior",
        "start": "2031-03-20T12:00",
        "minutes": 60,
        "tz": "Europe/Madrid",
        "organizer": P("María José Fernández de la Vega", "mj.fernandez@alondraseguros.es"),
        "attendees": [
            ME,
            P("Carmen Ruiz Ortega", "carmen.ruiz@alondraseguros.es"),
            P("Javier Paz", "javier.paz@alondraseguros.es"),
            P("Sala Retiro (6ª planta)", "sala.retiro@alondraseguros.es", room=True),
        ],
        "description": (
            "Hola Alex:\n\nTe confirmo la entrevista presencial para el puesto de Analista de Datos Senior. Te recibirán "
            "Carmen Ruiz Ortega, Directora de Analítica (sería tu futura jefa), y Javier Paz, Analista Senior del equipo.\n\n"
            "Trae tu DNI o pasaporte para recepción. Cualquier duda, escríbeme.\n\nUn saludo,\n"
            "María José Fernández de la Vega\nReclutadora | Alondra Seguros\nPaseo de la Castellana 88, Madrid"
        ),
        "location": "Alondra Seguros, Paseo de la Castellana 88, Madrid - Sala Retiro",
        "expect": {
            "interviewers": [
                (
                    "Carmen Ruiz Ortega",
                    "carmen.ruiz@alondraseguros.es",
                    "Directora de Analítica",
                    "decision_maker",
                    True,
                ),
                ("Javier Paz", "javier.paz@alondraseguros.es", "Analista Senior", "peer", False),
            ],
            "recruiter": ("María José Fernández de la Vega", "mj.fernandez@alondraseguros.es"),
            "company": "Alondra Seguros",
            "position": "Analista de Datos Senior",
        },
    },
    {
        "id": "f19-ics-recruiter-screen-runs-call",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Zoom Video Communications//Zoom//EN",
        "title": "Phone screen - Solutions Architect | Ordenta",
        "start": "2031-03-21T11:00",
        "minutes": 30,
        "tz": "America/Denver",
        "organizer": P("Keisha Abernathy-Lowe", "keisha.al@ordenta.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nLooking forward to our chat! I'll walk you through the Solutions Architect role, the team and "
            "comp range, and ask about your background with pre-sales.\n\nTalk soon,\nKeisha\n\n"
            "Keisha Abernathy-Lowe (she/her)\nSenior Technical Recruiter | Ordenta" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Keisha Abernathy-Lowe",
                    "keisha.al@ordenta.com",
                    "Senior Technical Recruiter",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": ("Keisha Abernathy-Lowe", "keisha.al@ordenta.com"),
            "company": "Ordenta",
            "position": "Solutions Architect",
        },
    },
    {
        "id": "f19-ics-dutch-lunch-hiring-manager",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Apple Inc.//iOS 18.3//EN",
        "title": "Lunch - Alex + Pieter (re: Procurement Lead)",
        "start": "2031-03-24T12:30",
        "minutes": 75,
        "tz": "Europe/Amsterdam",
        "organizer": P("Pieter de Vries", "pieter.devries@waddenfoods.nl"),
        "attendees": [ME],
        "description": (
            "Hoi Alex,\n\nI'm hiring a Procurement Lead for my team and your name came up twice this month, so let's "
            "have lunch and see if there's a fit. Our recruiter Fleur Jansen (fleur.jansen@waddenfoods.nl) will send the "
            "formal details afterwards if we both want to continue.\n\nGroet,\nPieter de Vries\nHoofd Inkoop | Wadden Foods B.V."
        ),
        "location": "Café de Jaren, Nieuwe Doelenstraat 20, Amsterdam",
        "expect": {
            "interviewers": [
                (
                    "Pieter de Vries",
                    "pieter.devries@waddenfoods.nl",
                    "Hoofd Inkoop",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": ("Fleur Jansen", "fleur.jansen@waddenfoods.nl"),
            "company": "Wadden Foods",
            "position": "Procurement Lead",
        },
    },
    # --- .ics non-interviews -----------------------------------------------------------------
    {
        "id": "f19-ics-non-own-loop-sync",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Senior Backend hire - interview loop sync",
        "start": "2031-03-25T09:00",
        "minutes": 25,
        "tz": "America/New_York",
        "organizer": P("Rachel Kim", "rachel.kim@initech.com"),
        "attendees": [
            ME_WORK,
            P("Dev Patel", "dev.patel@initech.com"),
            P("Hana Suzuki", "hana.suzuki@initech.com"),
        ],
        "description": (
            "Quick sync before Thursday's onsite with the backend candidate: who takes system design vs. coding, and a "
            "reminder to submit scorecards within 24h. Alex, can you cover the architecture deep-dive?\n\n- Rachel"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "f19-ics-non-stay-interview-own-manager",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "title": "Stay interview - Alex / Priya",
        "start": "2031-03-26T15:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Natarajan, Priya", "priya.natarajan@initech.com"),
        "attendees": [ME_WORK],
        "description": (
            "Hi Alex,\n\nThis isn't a performance review - it's a stay interview. I'd like to hear what keeps you at "
            "Initech, what frustrates you and what would make you think about leaving, so we can fix things before they "
            "become reasons.\n\nPriya\nEngineering Manager, Initech" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f19-ics-non-podcast-recording-guest",
        "format": "ics",
        "style": "human",
        "difficulty": "medium",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Recording: The Deploy Button - guest Alex Morgan",
        "start": "2031-03-27T18:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Theo Castellanos", "theo@deploybutton.fm"),
        "attendees": [ME, P("Ruth Ampofo", "ruth@deploybutton.fm")],
        "description": (
            "Hey Alex! Thanks for coming on the show.\n\nPlan: 10 min sound check, then ~40 min interview about your "
            "talk on incident reviews, then a quick lightning round. Please use headphones and a wired connection if you "
            "can. Ruth is producing.\n\nRecording link: https://riverside.fm/studio/deploy-button\n\nTheo Castellanos, Host"
        ),
        "location": "https://riverside.fm/studio/deploy-button",
        "expect": None,
    },
    {
        "id": "f19-ics-non-global-entry-interview",
        "format": "ics",
        "style": "human",
        "difficulty": "easy",
        "prodid": "-//Apple Inc.//iOS 18.3//EN",
        "title": "Global Entry interview (CBP)",
        "start": "2031-03-28T10:15",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": ME,
        "attendees": [],
        "description": (
            "Enrollment center, Terminal 4 arrivals level. Bring passport + driver's license + the conditional "
            "approval letter. Interview is ~10 min, arrive 20 min early."
        ),
        "location": "JFK Terminal 4 - CBP Enrollment Center",
        "expect": None,
    },
    {
        "id": "f19-ics-non-reference-call-user-gives",
        "format": "ics",
        "style": "human",
        "difficulty": "hard",
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "title": "Reference call re: Jordan Ellery",
        "start": "2031-03-31T13:00",
        "minutes": 20,
        "tz": "America/Chicago",
        "organizer": P("Maeve Donnelly", "maeve.donnelly@candorfreight.com"),
        "attendees": [ME],
        "description": (
            "Hi Alex,\n\nJordan Ellery is in the final stage of interviewing with us for a Senior Product Manager role and "
            "listed you as a reference from your time working together. I'd love 20 minutes to hear about your "
            "experience with Jordan.\n\nThank you!\nMaeve Donnelly\nSenior Recruiter, Candor Freight"
        ),
        "location": "Phone - Maeve will call your mobile",
        "expect": None,
    },
    # ====================================== Google ========================================
    {
        "id": "f19-google-quick-chat-olu-and-mei",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Quick chat with Olu and Mei",
        "start": "2031-04-01T11:00",
        "minutes": 45,
        "tz": "America/Los_Angeles",
        "organizer": P("Dara Whitfield", "dara@copperleaf.app"),
        "attendees": [
            ME,
            P("Olu Adeyemi", "olu@copperleaf.app"),
            P("Mei-Ling Chow", "meiling@copperleaf.app"),
        ],
        "description": (
            "Hi Alex - as promised, here's time with Olu Adeyemi (our VP of Engineering) and Mei-Ling Chow, who would be "
            "your manager (Engineering Manager, Mobile). They'll mostly want to hear how you've shipped iOS features end to "
            "end, and answer your questions about the Senior iOS Engineer role.<br><br>"
            "Dara<br>Dara Whitfield | Recruiting, Copperleaf" + MEET
        ),
        "expect": {
            "interviewers": [
                ("Olu Adeyemi", "olu@copperleaf.app", "VP of Engineering", "executive", False),
                (
                    "Mei-Ling Chow",
                    "meiling@copperleaf.app",
                    "Engineering Manager, Mobile",
                    "decision_maker",
                    True,
                ),
            ],
            "recruiter": ("Dara Whitfield", "dara@copperleaf.app"),
            "company": "Copperleaf",
            "position": "Senior iOS Engineer",
        },
    },
    {
        "id": "f19-google-hm-forwards-lever-invite",
        "format": "google",
        "style": "lever",
        "difficulty": "hard",
        "title": "Fwd: Interview: Alex Morgan - Senior Data Engineer",
        "start": "2031-04-02T14:00",
        "minutes": 60,
        "tz": "Africa/Johannesburg",
        "organizer": P("Bongani Dlamini", "bongani.dlamini@mazienergy.co.za"),
        "attendees": [
            P("Bongani Dlamini", "bongani.dlamini@mazienergy.co.za"),
            P("Yasmin El-Amin", "yasmin.elamin@mazienergy.co.za"),
            ME,
        ],
        "description": (
            "Alex, forwarding this as the Lever invite went to your old address. See you Thursday! - B\n\n"
            "---------- Forwarded message ---------\nFrom: Grace Liu <grace.liu@mazienergy.co.za>\n"
            "Subject: Interview: Alex Morgan - Senior Data Engineer\n\n"
            "Hi Alex,\n\nYour interview for Senior Data Engineer at Mazi Energy is confirmed.\n\n"
            "Interviewers:\nBongani Dlamini - Data Engineering Manager\nYasmin El-Amin - Senior Data Engineer\n\n"
            "Coordinator: Grace Liu (grace.liu@mazienergy.co.za)\n\nThanks,\nMazi Energy Recruiting"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Bongani Dlamini",
                    "bongani.dlamini@mazienergy.co.za",
                    "Data Engineering Manager",
                    "decision_maker",
                    False,
                ),
                (
                    "Yasmin El-Amin",
                    "yasmin.elamin@mazienergy.co.za",
                    "Senior Data Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Grace Liu", "grace.liu@mazienergy.co.za"),
            "company": "Mazi Energy",
            "position": "Senior Data Engineer",
        },
    },
    {
        "id": "f19-google-korean-cto-coffee-chat",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "[코드베리] 커피챗 - Alex Morgan",
        "start": "2031-04-03T16:00",
        "minutes": 40,
        "tz": "Asia/Seoul",
        "organizer": P("Seoyeon Lee", "seoyeon@codeberry.kr"),
        "attendees": [P("Seoyeon Lee", "seoyeon@codeberry.kr"), ME],
        "description": (
            "Alex님 안녕하세요! 코드베리 CTO 이서연입니다.<br>"
            "저희 Frontend Lead 포지션 관련해서 편하게 커피챗 하면 좋을 것 같아요. "
            "(Happy to do it in English - I'd love to tell you about the team and hear what you're looking for next.)<br><br>"
            "Seoyeon Lee<br>CTO, Codeberry (코드베리)" + MEET
        ),
        "location": "Codeberry office, 5F, 123 Teheran-ro, Gangnam-gu, Seoul",
        "expect": {
            "interviewers": [("Seoyeon Lee", "seoyeon@codeberry.kr", "CTO", "executive", False)],
            "recruiter": None,
            "company": "Codeberry",
            "position": "Frontend Lead",
        },
    },
    {
        "id": "f19-google-portuguese-agency-client-panel",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista - QA Engineer @ Bairro Digital",
        "start": "2031-04-04T10:00",
        "minutes": 60,
        "tz": "Europe/Lisbon",
        "organizer": P("Rui Carvalho", "rui.carvalho@talentonorte.pt"),
        "attendees": [
            ME,
            P("Inês Sá Pereira", "ines.pereira@bairrodigital.pt"),
            P("Duarte Vaz", "duarte.vaz@bairrodigital.pt"),
        ],
        "description": (
            "Olá Alex,\n\nConforme falámos, a Bairro Digital quer conhecê-lo para a posição de QA Engineer. A conversa será "
            "com a Inês Sá Pereira (Diretora de Qualidade) e o Duarte Vaz (QA Lead). Eu não estarei presente, mas ligue-me "
            "depois para me contar como correu.\n\nCumprimentos,\nRui Carvalho\nConsultor Sénior | TalentoNorte Recrutamento"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Inês Sá Pereira",
                    "ines.pereira@bairrodigital.pt",
                    "Diretora de Qualidade",
                    "decision_maker",
                    False,
                ),
                ("Duarte Vaz", "duarte.vaz@bairrodigital.pt", "QA Lead", "peer", False),
            ],
            "recruiter": ("Rui Carvalho", "rui.carvalho@talentonorte.pt"),
            "company": "Bairro Digital",
            "position": "QA Engineer",
        },
    },
    {
        "id": "f19-google-founder-get-to-know-html",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Get to know - Alex & Tamar",
        "start": "2031-04-07T09:00",
        "minutes": 30,
        "tz": "Asia/Jerusalem",
        "organizer": P("Tamar Ben-David", "tamar@kelvinly.ai"),
        "attendees": [P("Tamar Ben-David", "tamar@kelvinly.ai"), ME],
        "description": (
            "<p>Hi Alex,</p><p>Really enjoyed your post on evaluation harnesses. We're looking for someone to own the "
            "<b>Founding ML Engineer</b> role and I'd love to get to know you - what you're working on, what you want "
            "next, and whether joining a seven-person team sounds fun.</p>"
            "<p>Tamar<br><i>Tamar Ben-David - Co-founder &amp; CTO, Kelvinly</i></p>" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Tamar Ben-David", "tamar@kelvinly.ai", "Co-founder & CTO", "executive", False)
            ],
            "recruiter": None,
            "company": "Kelvinly",
            "position": "Founding ML Engineer",
        },
    },
    {
        "id": "f19-google-recruiter-intro-particle-name",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Intro call: Alex Morgan / Noor al-Rashid - Atlas Freight",
        "start": "2031-04-08T13:00",
        "minutes": 30,
        "tz": "Asia/Dubai",
        "organizer": P("Noor al-Rashid", "noor.alrashid@atlasfreight.ae"),
        "attendees": [P("Noor al-Rashid", "noor.alrashid@atlasfreight.ae"), ME],
        "description": (
            "Hi Alex, thanks for applying to the Operations Analyst role! I'll take you through the team and the process "
            "and ask a few questions about your experience.\n\nNoor al-Rashid | Talent Partner | Atlas Freight"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Noor al-Rashid",
                    "noor.alrashid@atlasfreight.ae",
                    "Talent Partner",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": ("Noor al-Rashid", "noor.alrashid@atlasfreight.ae"),
            "company": "Atlas Freight",
            "position": "Operations Analyst",
        },
    },
    {
        "id": "f19-google-italian-panel-prose-hr-absent",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Colloquio tecnico - Sviluppatore Android",
        "start": "2031-04-09T14:30",
        "minutes": 90,
        "tz": "Europe/Rome",
        "organizer": P("Giulia Romano", "giulia.romano@mercatoverde.it"),
        "attendees": [
            ME,
            P("Lorenzo Bianchi", "lorenzo.bianchi@mercatoverde.it"),
            P("Chiara Esposito", "chiara.esposito@mercatoverde.it"),
        ],
        "description": (
            "Gentile Alex,\n\nLe confermo il colloquio tecnico per la posizione di Sviluppatore Android. Incontrerà "
            "Lorenzo Bianchi (Mobile Engineering Manager), che è anche l'hiring manager, e Chiara Esposito, Senior Android "
            "Developer. Io non sarò presente al colloquio.\n\nCordiali saluti,\nGiulia Romano\nTalent Acquisition Specialist - Mercato Verde S.p.A."
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Lorenzo Bianchi",
                    "lorenzo.bianchi@mercatoverde.it",
                    "Mobile Engineering Manager",
                    "decision_maker",
                    True,
                ),
                (
                    "Chiara Esposito",
                    "chiara.esposito@mercatoverde.it",
                    "Senior Android Developer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Giulia Romano", "giulia.romano@mercatoverde.it"),
            "company": "Mercato Verde",
            "position": "Sviluppatore Android",
        },
    },
    {
        "id": "f19-google-initials-design-director",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex // AK - design chat",
        "start": "2031-04-10T10:30",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("A. K. Osei", "ak.osei@fieldnote.co"),
        "attendees": [P("A. K. Osei", "ak.osei@fieldnote.co"), ME],
        "description": (
            "Alex - we're hiring a Senior Product Designer for the Payments squad and Hugo said you might be up for a chat. "
            "Let's talk about your portfolio and how we work. Informal, I promise.\n\n"
            "Ama Kyerewaa Osei\nDesign Director, Fieldnote" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Ama Kyerewaa Osei",
                    "ak.osei@fieldnote.co",
                    "Design Director",
                    "decision_maker",
                    False,
                )
            ],
            "recruiter": None,
            "company": "Fieldnote",
            "position": "Senior Product Designer",
        },
    },
    {
        "id": "f19-google-former-boss-catch-up-is-hm",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Catch up 🍜 - Alex & Marcus",
        "start": "2031-04-11T12:15",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Marcus Oyelaran-Reid", "marcus@quaywise.com"),
        "attendees": [P("Marcus Oyelaran-Reid", "marcus@quaywise.com"), ME],
        "description": (
            "Been way too long! Would love to catch up over ramen - and I want to tell you about the Staff Engineer role "
            "on my team at Quaywise. I'm the hiring manager for it, so consider this a very informal first conversation, "
            "no pressure at all.\n\nM.\n\nMarcus Oyelaran-Reid\nVP Engineering, Quaywise"
        ),
        "location": "Ippudo, 65 4th Ave, New York",
        "expect": {
            "interviewers": [
                (
                    "Marcus Oyelaran-Reid",
                    "marcus@quaywise.com",
                    "VP Engineering",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Quaywise",
            "position": "Staff Engineer",
        },
    },
    {
        "id": "f19-google-hinglish-round-two-panel",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Round 2 - Payments Product Manager | Alex Morgan",
        "start": "2031-04-14T15:00",
        "minutes": 60,
        "tz": "Asia/Kolkata",
        "organizer": P("Sneha Kulkarni", "sneha.kulkarni@khatapay.in"),
        "attendees": [
            ME,
            P("Vikram Sethi", "vikram.sethi@khatapay.in"),
            P("Ananya Rao", "ananya.rao@khatapay.in"),
        ],
        "description": (
            "Hi Alex,\n\nRound 1 ke feedback bahut accha tha! Round 2 mein aap Vikram Sethi (Director of Product) aur "
            "Ananya Rao (Senior Product Manager) se milenge - product sense aur ek UPI case study. Main call pe nahi rahungi, "
            "but kuch bhi chahiye toh WhatsApp kar dena.\n\nThanks,\nSneha Kulkarni\nTalent Acquisition, Khata Pay"
            + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Vikram Sethi",
                    "vikram.sethi@khatapay.in",
                    "Director of Product",
                    "decision_maker",
                    False,
                ),
                ("Ananya Rao", "ananya.rao@khatapay.in", "Senior Product Manager", "peer", False),
            ],
            "recruiter": ("Sneha Kulkarni", "sneha.kulkarni@khatapay.in"),
            "company": "Khata Pay",
            "position": "Payments Product Manager",
        },
    },
    {
        "id": "f19-google-agency-forward-swedish-client",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "FW: Intervju Alex Morgan - Nordisk Kraft / Data Scientist",
        "start": "2031-04-15T13:00",
        "minutes": 60,
        "tz": "Europe/Stockholm",
        "organizer": P("Sven Magnusson", "sven@nordtalent.se"),
        "attendees": [
            ME,
            P("Erik Sandberg", "erik.sandberg@nordiskkraft.se"),
            P("Lina Öberg", "lina.oberg@nordiskkraft.se"),
        ],
        "description": (
            "Hi Alex, see Erik's note below - they'd like to meet you on Tuesday. Good luck, call me afterwards!\n"
            "Sven Magnusson | Rekryteringskonsult | NordTalent\n\n"
            "Från: Erik Sandberg <erik.sandberg@nordiskkraft.se>\nSkickat: den 8 april 2031\nTill: Sven Magnusson\n"
            "Ämne: Intervju Alex Morgan - Data Scientist\n\n"
            "Hej Sven,\nvi vill gärna träffa Alex för tjänsten som Data Scientist. Jag är rekryterande chef; med mig är "
            "Lina Öberg (Data Scientist) från teamet.\n\nErik Sandberg\nChef Analys, Nordisk Kraft AB"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Erik Sandberg",
                    "erik.sandberg@nordiskkraft.se",
                    "Chef Analys",
                    "decision_maker",
                    True,
                ),
                ("Lina Öberg", "lina.oberg@nordiskkraft.se", "Data Scientist", "peer", False),
            ],
            "recruiter": ("Sven Magnusson", "sven@nordtalent.se"),
            "company": "Nordisk Kraft",
            "position": "Data Scientist",
        },
    },
    {
        "id": "f19-google-mexican-founder-cafe",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Café con Alex - vacante Head of Engineering",
        "start": "2031-04-16T09:30",
        "minutes": 45,
        "tz": "America/Mexico_City",
        "organizer": P("Rodrigo Salinas", "rodrigo@plumapagos.mx"),
        "attendees": [P("Rodrigo Salinas", "rodrigo@plumapagos.mx"), ME],
        "description": (
            "¡Hola Alex!\n\nGracias por responder. Te propongo un café para platicar sobre la vacante de Head of Engineering "
            "en Pluma Pagos: dónde estamos, qué necesitamos y qué buscas tú.\n\nSaludos,\nRodrigo Salinas\n"
            "Cofundador y CEO | Pluma Pagos"
        ),
        "location": "Café Avellaneda, Higuera 40, Coyoacán, CDMX",
        "expect": {
            "interviewers": [
                ("Rodrigo Salinas", "rodrigo@plumapagos.mx", "Cofundador y CEO", "executive", False)
            ],
            "recruiter": None,
            "company": "Pluma Pagos",
            "position": "Head of Engineering",
        },
    },
    {
        "id": "f19-google-hand-edited-title-particle-hm",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview: Alex Morgan x Jean-Baptiste de la Roche (Hiring Manager)",
        "start": "2031-04-17T10:00",
        "minutes": 45,
        "tz": "Europe/Paris",
        "organizer": P("Hélène Martin", "helene.martin@orbeo.fr"),
        "attendees": [ME, P("Jean-Baptiste de la Roche", "jb.delaroche@orbeo.fr")],
        "description": (
            "Bonjour Alex,\n\nAs discussed, here is your interview for the Customer Success Manager position with "
            "Jean-Baptiste de la Roche, Head of Customer Success. I coordinate the process, so reach out to me for anything.\n\n"
            "Bien à vous,\nHélène Martin\nRecruiting Coordinator, Orbeo" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Jean-Baptiste de la Roche",
                    "jb.delaroche@orbeo.fr",
                    "Head of Customer Success",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": ("Hélène Martin", "helene.martin@orbeo.fr"),
            "company": "Orbeo",
            "position": "Customer Success Manager",
        },
    },
    {
        "id": "f19-google-ea-books-cto-and-principal",
        "format": "google",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan - conversation with Farida and Tomasz",
        "start": "2031-04-18T15:30",
        "minutes": 60,
        "tz": "America/Los_Angeles",
        "organizer": P("Hannah Greer", "hannah.greer@heliograph.io"),
        "attendees": [
            ME,
            P("Farida Nazarova", "farida@heliograph.io"),
            P("Tomasz Zieliński", "tomasz.z@heliograph.io"),
        ],
        "description": (
            "Hi Alex,\n\nI support Farida Nazarova, our CTO. She and Tomasz Zieliński (Principal Engineer) would like an "
            "hour with you about the Principal Infrastructure Engineer role. Please let me know if the time doesn't work.\n\n"
            "Warmly,\nHannah Greer\nExecutive Assistant to the CTO, Heliograph" + ZOOM
        ),
        "expect": {
            "interviewers": [
                ("Farida Nazarova", "farida@heliograph.io", "CTO", "executive", False),
                ("Tomasz Zieliński", "tomasz.z@heliograph.io", "Principal Engineer", "peer", False),
            ],
            "recruiter": None,
            "company": "Heliograph",
            "position": "Principal Infrastructure Engineer",
        },
    },
    {
        "id": "f19-google-calendly-recruiter-screen",
        "format": "google",
        "style": "calendly",
        "difficulty": "medium",
        "title": "Alex Morgan and Chidinma Okafor",
        "start": "2031-04-21T11:30",
        "minutes": 20,
        "tz": "America/New_York",
        "organizer": P("Chidinma Okafor", "chidinma.okafor@brightwelllabs.com"),
        "attendees": [P("Chidinma Okafor", "chidinma.okafor@brightwelllabs.com"), ME],
        "description": (
            "Event Name: 20 Minute Recruiter Screen - Brightwell Labs\n\n"
            "Your host: Chidinma Okafor, Senior Recruiter at Brightwell Labs\n\n"
            "Location: This is a Zoom web conference.\n\nQuestions:\n\nWhich role are you applying for?\n"
            "Site Reliability Engineer\n\nAnything you'd like us to know?\nCurrently on a 4-week notice period.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/b2c81d\n"
            "Reschedule: https://calendly.com/reschedulings/b2c81d\n\nPowered by Calendly.com"
            + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Chidinma Okafor",
                    "chidinma.okafor@brightwelllabs.com",
                    "Senior Recruiter",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": ("Chidinma Okafor", "chidinma.okafor@brightwelllabs.com"),
            "company": "Brightwell Labs",
            "position": "Site Reliability Engineer",
        },
    },
    # --- Google non-interviews ---------------------------------------------------------------
    {
        "id": "f19-google-non-interviewer-training",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Structured interviewing 101 (required for new interviewers)",
        "start": "2031-04-22T10:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Initech Learning", "learning@initech.com"),
        "attendees": [
            ME_WORK,
            P("Omar Lindahl", "omar.lindahl@initech.com"),
            P("Bea Santos", "bea.santos@initech.com"),
        ],
        "description": (
            "Before you join a hiring panel at Initech, please complete this session: writing good rubrics, avoiding "
            "leading questions, taking notes you can defend in a debrief, and legal do's and don'ts.\n\nFacilitator: Wen Zhao, People Partner"
            + MEET
        ),
        "expect": None,
    },
    {
        "id": "f19-google-non-own-debrief",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Debrief - Staff Designer candidate (T. Okafor)",
        "start": "2031-04-23T16:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Lucy Brandt", "lucy.brandt@initech.com"),
        "attendees": [
            ME_WORK,
            P("Ivo Petrov", "ivo.petrov@initech.com"),
            P("Sam Ortiz", "sam.ortiz@initech.com"),
        ],
        "description": "Please have your scorecard in before we meet. We'll go round the table, then decide hire / no hire.",
        "expect": None,
    },
    {
        "id": "f19-google-non-pick-up-friend-after-interview",
        "format": "google",
        "style": "human",
        "difficulty": "easy",
        "title": "Pick up Maya after her interview 🚗",
        "start": "2031-04-24T11:30",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": ME,
        "attendees": [ME],
        "description": "Her interview at the dental clinic ends ~11:30. Park on Elm, she'll text.",
        "location": "Brightsmile Dental, 210 Elm St",
        "expect": None,
    },
    {
        "id": "f19-google-non-ux-research-participant",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Vela research session - 45 min interview",
        "start": "2031-04-25T14:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Vela Research", "research@vela.io"),
        "attendees": [ME, P("Ilana Moss", "ilana.moss@vela.io")],
        "description": (
            "Hi Alex,\n\nThanks for signing up for our user research study! Ilana, one of our UX researchers, will interview "
            "you for about 45 minutes about how you budget and track shared expenses. There are no right or wrong answers. "
            "You'll receive a $75 gift card afterwards.\n\nThe Vela Research team" + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f19-google-non-spanish-radio-interview",
        "format": "google",
        "style": "human",
        "difficulty": "medium",
        "title": "Entrevista en Radio Onda Sur - Alex Morgan (invitado)",
        "start": "2031-04-28T19:00",
        "minutes": 30,
        "tz": "Europe/Madrid",
        "organizer": P("Paula Giménez", "produccion@radioondasur.es"),
        "attendees": [ME],
        "description": (
            "Hola Alex,\n\nTe confirmamos la entrevista en directo en el programa 'Código Abierto' sobre tu charla en la "
            "conferencia de Sevilla. Te llamaremos 10 minutos antes para la prueba de sonido.\n\nPaula Giménez\nProducción, Radio Onda Sur"
        ),
        "location": "Teléfono",
        "expect": None,
    },
    # ====================================== Graph ==========================================
    {
        "id": "f19-graph-outlook-surname-first-polish-panel",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Rekrutacja - Java Developer (Alex Morgan)",
        "start": "2031-05-05T10:00",
        "minutes": 60,
        "tz": "Europe/Warsaw",
        "organizer": P("Kowalczyk, Marta", "marta.kowalczyk@vistulasystems.pl"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Zając, Tomasz", "tomasz.zajac@vistulasystems.pl"),
            P("Lewandowska-Nowicka, Ewa", "ewa.lewandowska@vistulasystems.pl"),
        ],
        "description": (
            "Dzień dobry Alex,\n\nw imieniu Vistula Systems zapraszam na rozmowę techniczną na stanowisko Java Developer.\n\n"
            "Panel:\nTomasz Zając - Kierownik Zespołu Backend (hiring manager)\nEwa Lewandowska-Nowicka - Senior Java Developer\n\n"
            "Pozdrawiam,\nMarta Kowalczyk\nHR Business Partner / Rekruterka" + TEAMS
        ),
        "location": "Microsoft Teams Meeting",
        "expect": {
            "interviewers": [
                (
                    "Tomasz Zając",
                    "tomasz.zajac@vistulasystems.pl",
                    "Kierownik Zespołu Backend",
                    "decision_maker",
                    True,
                ),
                (
                    "Ewa Lewandowska-Nowicka",
                    "ewa.lewandowska@vistulasystems.pl",
                    "Senior Java Developer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Marta Kowalczyk", "marta.kowalczyk@vistulasystems.pl"),
            "company": "Vistula Systems",
            "position": "Java Developer",
        },
    },
    {
        "id": "f19-graph-irish-controller-reporting-to-me",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex / Siobhan - chat about the Finance Manager role",
        "start": "2031-05-06T11:00",
        "minutes": 45,
        "tz": "Europe/Dublin",
        "organizer": P("Siobhán Ní Bhriain", "siobhan.nibhriain@kestrelfreight.ie"),
        "attendees": [P("Alex Morgan", "alex.morgan@gmail.com")],
        "description": (
            "Hi Alex,\n\nThanks for your application. The Finance Manager would report to me, so I'd like a chat to talk "
            "through month-end, the audit timetable and what you're after in your next move.\n\nKind regards,\n"
            "Siobhán Ní Bhriain\nFinancial Controller\nKestrel Freight Ltd | Dublin 2" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Siobhán Ní Bhriain",
                    "siobhan.nibhriain@kestrelfreight.ie",
                    "Financial Controller",
                    "decision_maker",
                    True,
                )
            ],
            "recruiter": None,
            "company": "Kestrel Freight",
            "position": "Finance Manager",
        },
    },
    {
        "id": "f19-graph-recruiter-forwards-founder-request",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "FW: Coffee - Alex Morgan",
        "start": "2031-05-07T08:30",
        "minutes": 30,
        "tz": "Europe/Amsterdam",
        "organizer": P("Ayaan Chaudhry", "ayaan@meridiansky.eu"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Ilse Vermeulen", "ilse@meridiansky.eu"),
        ],
        "description": (
            "<html><body><div>Hi Alex, booking this on Ilse's behalf - see her note below. I'm looking after your process, "
            "so come to me with anything.</div><div>Ayaan Chaudhry | Talent Lead | Meridian Sky</div><div><br></div>"
            '<div style="border-top:solid #E1E1E1 1.0pt"><b>From:</b> Ilse Vermeulen &lt;ilse@meridiansky.eu&gt;<br>'
            "<b>Sent:</b> Monday, 28 April 2031 17:02<br><b>To:</b> Ayaan Chaudhry<br><b>Subject:</b> Coffee - Alex Morgan</div>"
            "<div>Ayaan, can you set up a coffee with Alex next week about the Chief of Staff role? 30 minutes is plenty.</div>"
            "<div>Ilse<br>Founder &amp; CEO, Meridian Sky</div></body></html>"
        ),
        "location": "Meridian Sky office, Herengracht 420, Amsterdam",
        "expect": {
            "interviewers": [
                ("Ilse Vermeulen", "ilse@meridiansky.eu", "Founder & CEO", "executive", False)
            ],
            "recruiter": ("Ayaan Chaudhry", "ayaan@meridiansky.eu"),
            "company": "Meridian Sky",
            "position": "Chief of Staff",
        },
    },
    {
        "id": "f19-graph-japanese-interview-department-head",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "面接 - Alex Morgan 様 / SRE (Site Reliability Engineer)",
        "start": "2031-05-08T14:00",
        "minutes": 60,
        "tz": "Asia/Tokyo",
        "organizer": P("Nakamura Aoi", "aoi.nakamura@hoshizora-cloud.jp"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Hayashi Kenji", "kenji.hayashi@hoshizora-cloud.jp"),
        ],
        "description": (
            "Alex Morgan 様\n\n株式会社ホシゾラクラウド (Hoshizora Cloud) 採用担当の中村です。\n"
            "SRE (Site Reliability Engineer) ポジションの面接を下記の通りご案内いたします。\n\n"
            "面接官 / Interviewer: 林 健二 (Kenji Hayashi) - Head of Infrastructure / インフラ部 部長\n"
            "採用担当 / Recruiter: 中村 葵 (Aoi Nakamura)\n\nよろしくお願いいたします。" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Kenji Hayashi",
                    "kenji.hayashi@hoshizora-cloud.jp",
                    "Head of Infrastructure",
                    "decision_maker",
                    False,
                )
            ],
            "recruiter": ("Aoi Nakamura", "aoi.nakamura@hoshizora-cloud.jp"),
            "company": "Hoshizora Cloud",
            "position": "Site Reliability Engineer",
        },
    },
    {
        "id": "f19-graph-brewery-owner-onsite-prose",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan - onsite afternoon (Brewing Ops Manager)",
        "start": "2031-05-09T13:00",
        "minutes": 180,
        "tz": "America/Los_Angeles",
        "organizer": P("Dale Whitaker", "dale@hopsteadbrewing.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Rosa Valdés-Quintana", "rosa@hopsteadbrewing.com"),
            P("Pat O'Donnell-Shea", "pat@hopsteadbrewing.com"),
        ],
        "description": (
            "Alex,\n\nLooking forward to Friday. You'll start with me (Dale - I own the place), then walk the brewhouse with "
            "Rosa Valdés-Quintana, our Production Manager, who you'd report to, and finish on the canning line with "
            "Pat O'Donnell-Shea, our Packaging Lead. Wear closed-toe shoes.\n\nDale Whitaker\nOwner, Hopstead Brewing Co."
        ),
        "location": "Hopstead Brewing, 1180 Industrial Way, Bend OR",
        "expect": {
            "interviewers": [
                ("Dale Whitaker", "dale@hopsteadbrewing.com", "Owner", "executive", False),
                (
                    "Rosa Valdés-Quintana",
                    "rosa@hopsteadbrewing.com",
                    "Production Manager",
                    "decision_maker",
                    True,
                ),
                ("Pat O'Donnell-Shea", "pat@hopsteadbrewing.com", "Packaging Lead", "peer", False),
            ],
            "recruiter": None,
            "company": "Hopstead Brewing",
            "position": "Brewing Ops Manager",
        },
    },
    {
        "id": "f19-graph-confidential-search-partner",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Introductory call - confidential client (Head of Treasury)",
        "start": "2031-05-12T09:00",
        "minutes": 45,
        "tz": "Europe/London",
        "organizer": P("Oluwaseun Adebayo-Hart", "seun.adebayohart@ashgrovesearch.co.uk"),
        "attendees": [P("Alex Morgan", "alex.morgan@gmail.com")],
        "description": (
            "Dear Alex,\n\nThank you for taking my call last week. As mentioned, our client is a listed consumer-goods "
            "business we can't name at this stage. I'd like to take you through the Head of Treasury brief and understand "
            "your experience in more depth before I put you forward.\n\nBest regards,\nOluwaseun (Seun) Adebayo-Hart\n"
            "Partner, Finance Practice | Ashgrove Search" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Oluwaseun Adebayo-Hart",
                    "seun.adebayohart@ashgrovesearch.co.uk",
                    "Partner, Finance Practice",
                    "recruiter",
                    False,
                )
            ],
            "recruiter": ("Oluwaseun Adebayo-Hart", "seun.adebayohart@ashgrovesearch.co.uk"),
            "company": None,
            "position": "Head of Treasury",
        },
    },
    {
        "id": "f19-graph-swedish-founder-fika",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Fika - Alex & Maja (Sjöbris)",
        "start": "2031-05-13T15:00",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P("Maja Lindgren-Eriksson", "maja@sjobris.se"),
        "attendees": [P("Alex Morgan", "alex.morgan@gmail.com")],
        "description": (
            "Hej Alex!\n\nKul att du hörde av dig. Låt oss ta en fika och prata om rollen som Tech Lead hos oss - "
            "var vi är idag och var du skulle passa in.\n\nHälsningar,\nMaja Lindgren-Eriksson\nMedgrundare & VD, Sjöbris"
        ),
        "location": "Café Pascal, Norrtullsgatan 4, Stockholm",
        "expect": {
            "interviewers": [
                (
                    "Maja Lindgren-Eriksson",
                    "maja@sjobris.se",
                    "Medgrundare & VD",
                    "executive",
                    False,
                )
            ],
            "recruiter": None,
            "company": "Sjöbris",
            "position": "Tech Lead",
        },
    },
    {
        "id": "f19-graph-hinglish-hm-with-hr-contact",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Discussion - Data Analyst opening (Alex Morgan)",
        "start": "2031-05-14T16:00",
        "minutes": 45,
        "tz": "Asia/Kolkata",
        "organizer": P("Deepak Iyer", "deepak.iyer@chalomart.in"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Pooja Menon", "pooja.menon@chalomart.in"),
        ],
        "description": (
            "Hi Alex,\n\nMain is role ka hiring manager hoon. Saath mein Pooja Menon (Senior Data Analyst) bhi hongi - "
            "hum SQL aur ek dashboard walkthrough karenge. Process ke baare mein HR se Ritu Saxena "
            "(ritu.saxena@chalomart.in) aapse contact karegi.\n\nRegards,\nDeepak Iyer\nAnalytics Manager | Chalo Mart"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Deepak Iyer",
                    "deepak.iyer@chalomart.in",
                    "Analytics Manager",
                    "decision_maker",
                    True,
                ),
                ("Pooja Menon", "pooja.menon@chalomart.in", "Senior Data Analyst", "peer", False),
            ],
            "recruiter": ("Ritu Saxena", "ritu.saxena@chalomart.in"),
            "company": "Chalo Mart",
            "position": "Data Analyst",
        },
    },
    {
        "id": "f19-graph-investor-intro-chain-founder-invite",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "RE: FW: Intro - Alex Morgan <> Kenta (Lumora)",
        "start": "2031-05-15T17:30",
        "minutes": 30,
        "tz": "America/Los_Angeles",
        "organizer": P("Kenta Nakamura-Fischer", "kenta@lumora.com"),
        "attendees": [P("Alex Morgan", "alex.morgan@gmail.com")],
        "description": (
            "Thanks Ravi (moving you to bcc)! Alex - great to meet you. Sending a 30-min slot so I can tell you about the "
            "Head of Sales role we're opening and hear about your time building the mid-market team.\n\nKenta\n"
            "Kenta Nakamura-Fischer | CEO & Co-founder | Lumora\n\n"
            "From: Ravi Subramaniam <ravi@northgatevc.com>\nSent: Tuesday, May 6, 2031 9:14 AM\n"
            "To: Kenta Nakamura-Fischer; Alex Morgan\nSubject: FW: Intro - Alex Morgan <> Kenta (Lumora)\n\n"
            "Kenta, meet Alex - the sales leader I mentioned. Alex, Kenta runs Lumora, one of our portfolio companies. "
            "I'll let you two take it from here.\nRavi\nPartner, Northgate Ventures" + ZOOM
        ),
        "expect": {
            "interviewers": [
                (
                    "Kenta Nakamura-Fischer",
                    "kenta@lumora.com",
                    "CEO & Co-founder",
                    "executive",
                    False,
                )
            ],
            "recruiter": None,
            "company": "Lumora",
            "position": "Head of Sales",
        },
    },
    {
        "id": "f19-graph-brazil-human-table",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Entrevista técnica - Desenvolvedora Backend Pleno",
        "start": "2031-05-16T14:00",
        "minutes": 90,
        "tz": "America/Sao_Paulo",
        "organizer": P("Larissa Moura", "larissa.moura@ondapay.com.br"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Thiago Albuquerque", "thiago.albuquerque@ondapay.com.br"),
            P("Fernanda Costa e Silva", "fernanda.silva@ondapay.com.br"),
        ],
        "description": (
            "<html><body><p>Oi Alex, tudo bem?</p><p>Segue a agenda da sua entrevista técnica na Onda Pay:</p>"
            '<table border="1"><tr><th>Horário</th><th>Entrevistador(a)</th><th>Cargo</th></tr>'
            "<tr><td>14:00</td><td>Thiago Albuquerque</td><td>Gerente de Engenharia</td></tr>"
            "<tr><td>14:45</td><td>Fernanda Costa e Silva</td><td>Desenvolvedora Sênior</td></tr></table>"
            "<p>Qualquer dúvida, é só me chamar!</p><p>Larissa Moura<br>Tech Recruiter | Onda Pay</p></body></html>"
        ),
        "expect": {
            "interviewers": [
                (
                    "Thiago Albuquerque",
                    "thiago.albuquerque@ondapay.com.br",
                    "Gerente de Engenharia",
                    "decision_maker",
                    False,
                ),
                (
                    "Fernanda Costa e Silva",
                    "fernanda.silva@ondapay.com.br",
                    "Desenvolvedora Sênior",
                    "peer",
                    False,
                ),
            ],
            "recruiter": ("Larissa Moura", "larissa.moura@ondapay.com.br"),
            "company": "Onda Pay",
            "position": "Desenvolvedora Backend Pleno",
        },
    },
    {
        "id": "f19-graph-dubai-meet-the-team-hm-joins",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Alex Morgan - meet the team (informal)",
        "start": "2031-05-19T11:00",
        "minutes": 60,
        "tz": "Asia/Dubai",
        "organizer": P("Mohammed Al-Farsi", "m.alfarsi@sahralogistics.ae"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Layla Haddad", "layla.haddad@sahralogistics.ae"),
            P("Omar Shaikh", "omar.shaikh@sahralogistics.ae"),
        ],
        "description": (
            "Hi Alex,\n\nAs the hiring manager for the Product Manager role, I'd like you to meet two people you'd work "
            "with closely: Layla Haddad (Product Designer) and Omar Shaikh (Senior Product Manager). I'll join as well. "
            "Nothing to prepare.\n\nBest,\nMohammed Al-Farsi\nHead of Product, Sahra Logistics"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Mohammed Al-Farsi",
                    "m.alfarsi@sahralogistics.ae",
                    "Head of Product",
                    "decision_maker",
                    True,
                ),
                (
                    "Layla Haddad",
                    "layla.haddad@sahralogistics.ae",
                    "Product Designer",
                    "peer",
                    False,
                ),
                (
                    "Omar Shaikh",
                    "omar.shaikh@sahralogistics.ae",
                    "Senior Product Manager",
                    "peer",
                    False,
                ),
            ],
            "recruiter": None,
            "company": "Sahra Logistics",
            "position": "Product Manager",
        },
    },
    {
        "id": "f19-graph-korean-first-round-recruiter-absent",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "[Naeil Bio] 1차 인터뷰 - Alex Morgan (Clinical Data Manager)",
        "start": "2031-05-20T10:00",
        "minutes": 60,
        "tz": "Asia/Seoul",
        "organizer": P("Choi Min-ji", "minji.choi@naeilbio.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Yoon Jae-hyun", "jaehyun.yoon@naeilbio.com"),
        ],
        "description": (
            "Dear Alex,\n\n내일바이오 (Naeil Bio) 1차 인터뷰 일정 안내드립니다. This first-round interview for the Clinical "
            "Data Manager position will be with Dr. Yoon Jae-hyun, 임상데이터팀 팀장 (Head of Clinical Data). I will not "
            "attend, but please contact me with any questions.\n\nChoi Min-ji\nRecruiter, Naeil Bio"
            + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Yoon Jae-hyun",
                    "jaehyun.yoon@naeilbio.com",
                    "Head of Clinical Data",
                    "decision_maker",
                    False,
                )
            ],
            "recruiter": ("Choi Min-ji", "minji.choi@naeilbio.com"),
            "company": "Naeil Bio",
            "position": "Clinical Data Manager",
        },
    },
    {
        "id": "f19-graph-argentine-charla-nickname",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Charla Alex / Lucía & Nico - rol de Data Engineer",
        "start": "2031-05-21T12:00",
        "minutes": 45,
        "tz": "America/Argentina/Buenos_Aires",
        "organizer": P("Lucía Fernández Arrieta", "lucia.fernandez@tambolabs.com.ar"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Nicolás Bustamante", "nicolas.bustamante@tambolabs.com.ar"),
        ],
        "description": (
            "¡Hola Alex!\n\nTe mando la invitación para charlar sobre el rol de Data Engineer en Tambo Labs. Sería tu jefa "
            'directa, y se suma Nicolás "Nico" Bustamante, Data Engineer del equipo, para contarte el día a día.\n\n'
            "Abrazo,\nLucía Fernández Arrieta\nHead of Data | Tambo Labs" + MEET
        ),
        "expect": {
            "interviewers": [
                (
                    "Lucía Fernández Arrieta",
                    "lucia.fernandez@tambolabs.com.ar",
                    "Head of Data",
                    "decision_maker",
                    True,
                ),
                (
                    "Nicolás Bustamante",
                    "nicolas.bustamante@tambolabs.com.ar",
                    "Data Engineer",
                    "peer",
                    False,
                ),
            ],
            "recruiter": None,
            "company": "Tambo Labs",
            "position": "Data Engineer",
        },
    },
    {
        "id": "f19-graph-panel-by-initials",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex Morgan - Senior Backend Engineer - panel",
        "start": "2031-05-22T13:00",
        "minutes": 90,
        "tz": "America/New_York",
        "organizer": P("Jess Ortiz", "jess.ortiz@latticeharbor.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("Sanjay Krishnan", "sanjay.krishnan@latticeharbor.com"),
            P("Marta Teixeira", "marta.teixeira@latticeharbor.com"),
            P("Rhys Bevan", "rhys.bevan@latticeharbor.com"),
        ],
        "description": (
            "Hi Alex,\n\nHere's your panel for the Senior Backend Engineer role at Lattice Harbor. In order:\n"
            "SK (Staff Engineer) - system design\nMT (Engineering Manager, your future manager) - experience and team fit\n"
            "RB (Principal PM) - product thinking\n\nI won't be joining, but I'm around all afternoon if anything goes wrong.\n\n"
            "Jess Ortiz\nRecruiter, Lattice Harbor" + TEAMS
        ),
        "expect": {
            "interviewers": [
                (
                    "Sanjay Krishnan",
                    "sanjay.krishnan@latticeharbor.com",
                    "Staff Engineer",
                    "peer",
                    False,
                ),
                (
                    "Marta Teixeira",
                    "marta.teixeira@latticeharbor.com",
                    "Engineering Manager",
                    "decision_maker",
                    True,
                ),
                ("Rhys Bevan", "rhys.bevan@latticeharbor.com", "Principal PM", "peer", False),
            ],
            "recruiter": ("Jess Ortiz", "jess.ortiz@latticeharbor.com"),
            "company": "Lattice Harbor",
            "position": "Senior Backend Engineer",
        },
    },
    {
        "id": "f19-graph-gm-caps-display-name-second-round",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Alex M - 2nd rnd w/ Hiro & team (Warehouse Automation Lead)",
        "start": "2031-05-23T10:00",
        "minutes": 90,
        "tz": "America/Chicago",
        "organizer": P("TANAKA Hiroshi", "hiroshi.tanaka@tsubame-robotics.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@gmail.com"),
            P("MORI Kaito", "kaito.mori@tsubame-robotics.com"),
            P("Grace Oduya", "grace.oduya@tsubame-robotics.com"),
        ],
        "description": (
            "Alex,\n\nThank you for the first conversation. For round two you'll meet me again plus Kaito Mori (Automation "
            "Engineer) and Grace Oduya (Site Operations Lead), who would both work alongside the Warehouse Automation Lead. "
            "We will tour the Dallas site first.\n\nRegards,\nHiroshi Tanaka | General Manager, North America | Tsubame Robotics"
        ),
        "location": "Tsubame Robotics DFW site, 4400 Logistics Pkwy, Dallas TX",
        "expect": {
            "interviewers": [
                (
                    "Hiroshi Tanaka",
                    "hiroshi.tanaka@tsubame-robotics.com",
                    "General Manager, North America",
                    "executive",
                    False,
                ),
                (
                    "Kaito Mori",
                    "kaito.mori@tsubame-robotics.com",
                    "Automation Engineer",
                    "peer",
                    False,
                ),
                (
                    "Grace Oduya",
                    "grace.oduya@tsubame-robotics.com",
                    "Site Operations Lead",
                    "peer",
                    False,
                ),
            ],
            "recruiter": None,
            "company": "Tsubame Robotics",
            "position": "Warehouse Automation Lead",
        },
    },
    # --- Graph non-interviews ----------------------------------------------------------------
    {
        "id": "f19-graph-non-magazine-interview-user-gives",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Interview with Rivista Codice - Alex Morgan on open-source maintainers",
        "start": "2031-05-26T16:00",
        "minutes": 45,
        "tz": "Europe/Rome",
        "organizer": P("Federica Galli", "f.galli@rivistacodice.it"),
        "attendees": [P("Alex Morgan", "alex.morgan@gmail.com")],
        "description": (
            "Hi Alex,\n\nThanks again for agreeing to be interviewed for our June feature on burnout among open-source "
            "maintainers. I'll record the call for accuracy and send quotes for your approval before publication.\n\n"
            "Federica Galli\nSenior Editor, Rivista Codice" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f19-graph-non-own-calibration",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Q2 interview calibration - eng ladder",
        "start": "2031-05-27T14:00",
        "minutes": 60,
        "tz": "America/New_York",
        "organizer": P("Okoro, Chinedu", "chinedu.okoro@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Brandt, Lucy", "lucy.brandt@initech.com"),
            P("Conf Rm 4B", "conf-4b@initech.com", room=True),
        ],
        "description": (
            "We'll review a sample of Q2 interview packets and check that L4/L5 bars are applied consistently across "
            "interviewers. Bring two scorecards you wrote this quarter." + TEAMS
        ),
        "location": "Conf Rm 4B; Microsoft Teams Meeting",
        "expect": None,
    },
    {
        "id": "f19-graph-non-exit-interview-own-company",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Exit interview - Alex Morgan",
        "start": "2031-05-28T15:00",
        "minutes": 30,
        "tz": "America/New_York",
        "organizer": P("Initech People Team", "people@initech.com"),
        "attendees": [
            P("Alex Morgan", "alex.morgan@initech.com"),
            P("Wen Zhao", "wen.zhao@initech.com"),
        ],
        "description": (
            "Hi Alex,\n\nAs part of your offboarding, Wen Zhao (People Partner) would like 30 minutes for an exit interview. "
            "Your feedback is confidential and helps us improve. Please also return your laptop and badge on your last day.\n\n"
            "Initech People Team" + TEAMS
        ),
        "expect": None,
    },
    {
        "id": "f19-graph-non-thesis-research-interview",
        "format": "graph",
        "style": "human",
        "difficulty": "medium",
        "title": "Research interview - on-call practices (KTH master's thesis)",
        "start": "2031-05-29T10:00",
        "minutes": 45,
        "tz": "Europe/Stockholm",
        "organizer": P("Linnea Berg", "linneab@kth.se"),
        "attendees": [P("Alex Morgan", "alex.morgan@gmail.com")],
        "description": (
            "Hi Alex,\n\nThank you for volunteering! As part of my master's thesis at KTH I'm interviewing engineers about "
            "how their teams run on-call. The interview is semi-structured, about 45 minutes, and anonymised. The consent "
            "form is attached.\n\nLinnea Berg\nMSc student, KTH Royal Institute of Technology"
            + ZOOM
        ),
        "expect": None,
    },
    {
        "id": "f19-graph-non-coffee-compare-interview-notes",
        "format": "graph",
        "style": "human",
        "difficulty": "hard",
        "title": "Coffee w/ Sam - compare notes",
        "start": "2031-05-30T08:00",
        "minutes": 45,
        "tz": "America/New_York",
        "organizer": P("Sam Whitlock", "sam.whitlock@outlook.com"),
        "attendees": [P("Alex Morgan", "alex.morgan@gmail.com")],
        "description": (
            "Hey! I've got my final-round interview at Quaywise next Thursday and would love to pick your brain on how you "
            "prepped for system design when you were job hunting. Coffee's on me.\n\nSam"
        ),
        "location": "Joe Coffee, Columbus Ave",
        "expect": None,
    },
]
