"""Is this event the user's own job interview? A confidence in [0, 1] with the reasons for it.

Signals add up: interview words in the title and description, a recruiting tool's fingerprint,
an itinerary, a named person with a role ("Coffee with Sam (CEO)"), and someone from outside
the user's employer. Internal events ("Interviewer training", a 1:1, a team sync at the user's
own company) and personal errands subtract. Cancellation does not change the answer: a
cancelled interview is still an interview, reported with status "cancelled".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from app.calendar.model import Attendee, Event
from app.calendar.names import NamedPerson, is_name, is_title
from app.calendar.people import Me, domain_of, is_free_mail, is_scheduler, looks_like_bot
from app.calendar.schedule import Schedule

THRESHOLD = 0.5
# More guests than any interview loop has.
_CROWD = 30


@dataclass(frozen=True, slots=True)
class Verdict:
    is_interview: bool
    confidence: float
    reasons: tuple[str, ...]


def _rx(pattern: str) -> re.Pattern[str]:
    # Patterns run on lowercased text: case-insensitive matching is several times slower.
    return re.compile(pattern)


_NOT_EVENTS = frozenset({"outOfOffice", "focusTime", "workingLocation", "birthday"})
# Every alternative in the group starts at a word (\b): the engine then checks the boundary
# once per position and tries the words only at a word's start. One alternative without it, and
# every position tries them all (a title cost 10x as much). The compound form comes last, apart:
# no other alternative can match where it starts, so its place changes no match.
_NEGATIVE = _rx(
    r"(?:\binterviewer training\b|"
    r"\binterview(?:er)? (?:training|calibration|shadow(?:ing)?|debrief|"
    r"feedback|prep(?:aration)?|practice|panel prep|blocks?|holds?|slots?|pools?|sync|"
    # Help with someone's interview, or the interviewer's own calendar: "(interview tips)",
    # "Interview availability hold".
    r"tips|advice|coaching|availability)\b|"
    r"\bdebrief\b|\bhiring committee\b|\binterviewing (?:candidates|a candidate)\b|"
    # Practice, in either word order: "mock interview", "Practice interview - system design",
    # "interview practice", "practice round with Chris".
    # Not a job whose name starts with the word: "Practice Manager interview" at a clinic.
    r"\b(?:mock|practice|practise|rehearsal|dry[- ]run) "
    r"(?:(?!(?:manager|lead|nurse|director|administrator|assistant|coordinator|head)\b)\w+ )?"
    r"(?:interview|round)s?\b|"
    # "Customer story interview: Initech x Reconcilio": a vendor's case study with the user.
    r"\b(?:podcast|press|media|radio|tv|guest|customer|user|exit|stay|research|informational|"
    r"story|testimonial|"
    r"survey|census|oral[- ]history|discovery|usability|reference) interview|\breferee\b|"
    # The process or the tooling, not an interview: "Demo: automated interview scheduling".
    r"\binterview (?:scheduling|intelligence|software|platform|tooling|process review)\b|"
    # The offer stage, after the interviews: "Offer call - Alex Morgan / Brightwave".
    r"\boffer (?:call|discussion|walk-?through|review|negotiation|conversation|chat|details)\b|"
    r"\binformational (?:chat|call|coffee|conversation|meeting)\b|"
    # Interviews of another kind: a school place, a flat, a grant, a vendor, a visa, a show,
    # an adoption agency's home study.
    r"\b(?:admissions?|alumni|family|parent|scholarship|grant|vendor|supplier|co-?op board|"
    r"tenant|citizenship|naturali[sz]ation|visa|immigration|consular|global entry|witness|"
    # A lender's, a benefits office's or an asylum caseworker's interview.
    r"mortgage|loan|benefits?|asylum|substantive|"
    r"pre|home[- ]study)[- ]interviews?\b|"
    # Someone else's interview ("Drive Jo to her interview"), a reminder about one the user
    # gave ("submit scorecard"), a show or a book of that name, the press.
    r"\b(?:her|his) (?:\w+ )?interview\b|\bscorecards?\b|\bwatch party\b|\bbook club\b|"
    r"\bseason (?:finale|premiere|\d+)\b|\bepisode\b|\bep\.? ?\d+\b|\breporter:|\brfp\b|"
    # An event about interviewing, on a stage: "Panel: 'Rethinking the technical interview'".
    r"\bmeetup\b|\bconference\b|\bfireside\b|\bkeynote\b|"
    # An event for many applicants at once: a careers fair, an open house, a live broadcast.
    r"\b(?:careers?|jobs?|graduate|recruitment) (?:fair|expo)s?\b|\bopen house\b|"
    r"\blive event\b|"
    # The user sits on the panel ("You're on the interview panel: … candidate").
    r"\b(?:you're|you are|you’re) on the (?:interview(?:ing)? )?panel\b|"
    r"\b1\s*[:\-/]\s*1\b|\bone[- ]on[- ]one\b|\b1on1\b|\bstand-?up\b|\bsync\b|"
    # Practice in other languages, the practice word as the interview's kind ("Sollicitatiegesprek
    # oefenen", "Bewerbungsgespräch üben", "simulación de entrevista"; the compound's form is the
    # last alternative), never an exercise inside a real one ("Vorstellungsgespräch mit Übung",
    # "Intervju med case-övning").
    r"\b(?:oefen(?:gesprek|sessie)|proefgesprek|probegespräch|intervjuövning|övningsintervju)\b|"
    r"\böva (?:på |inför )?(?:en |ett )?intervju|"
    r"\b(?:simulazione|simulação|simulación|simulacro) (?:di|de|do|da) (?:una |uma |la |l')?"
    r"(?:colloquio|entrevista)|"
    # A show, not a job: "Entrevista - podcast Código Aberto (episódio 42)"; not a job in
    # podcasting ("Interview - Podcast Producer").
    r"\bpodcast\b(?! (?:producer|host|editor|engineer|manager|lead|coordinator|director))|"
    r"\b(?:episódio|episodio|épisode|aflevering|avsnitt|odcinek)\b|"
    # The user hires for a household or an event: "Caterer interview #2", "Nanny interviews".
    # Not after another word: "Harlow Contractors Interview", "Bright Tutors interview" are a
    # firm's name, the ordinary interview here.
    r"\b(?<![^\W\d_] )(?:caterers?|nann(?:y|ies)|babysitters?|au pairs?|photographers?|"
    r"florists?|wedding (?:planner|venue)s?|realtors?|contractors?|tutors?|venues?|"
    r"dog walkers?) interviews?\b|"
    r"\binterviewing (?:caterers|nannies|babysitters|au pairs|photographers|"
    r"florists|contractors|tutors|realtors|venues|builders|plumbers|vendors|agencies)\b|"
    # A room in a shared flat: "WG-Casting", "Vorstellungsgespräch mit den Mitbewohnern".
    r"\bwg-(?:casting|zimmer)\b|\bmitbewohner\w*|\b(?:flat|room|house)mates?\b|"
    r"\bflatshare\b|\bcolocataires?\b|\bcoinquilin\w+|"
    # After the process: a survey of how it felt ("Feedback call on your interview
    # experience"); an agency's shortlist for the user who hires.
    # Not the job's name: "Interview - Candidate Experience Coordinator".
    r"\b(?:your|the|on|about) (?:interview|candidate|hiring) experience\b|"
    r"\bshortlist (?:review|call|meeting)\b|"
    # The user named as an interviewer in the Nordic languages, Dutch and German.
    r"\bdu (?:är|er) (?:\w+ som )?intervju(?:are|er)\b|\bje bent (?:\w+ als )?interviewer\b|"
    r"\b(?:du bist|sie sind) (?:\w+ als )?interviewer(?:in)?\b|"
    # A vendor's paid study of how people look for work, a client's quarterly review with its
    # recruiting provider: about interviews, none of them one.
    r"\b(?:research|user|usability) (?:study|studies)\b|\bqbr\b|"
    r"\bquarterly (?:business )?review\b|"
    r"\bretro(?:spective)?\b|\bsprint\b|\ball[- ]hands\b|\btown ?hall\b|\binfo(?:rmation)? "
    r"session\b|\breference (?:check|call)s?\b|\bworkshop\b|\bwebinar\b)|"
    # Inside a compound word, so without the word start: "sollicitatiegesprek oefenen".
    r"(?:gesprek|gespräch|intervju|colloquio|entrevista)\s++(?:oefenen|üben|öva|övning)\b"
)
# The user's own preparation before one: "Prep: Pinemark interview (Hollis Grant)". Apart from
# _NEGATIVE: an anchored alternative there would cost every title a slower scan.
_PREP = _rx(
    r"^(?:interview )?prep(?:are|aration)?(?: for| time| block)?\s*+[:\-–—]|\bprep (?:for|block)\b"
)
# Two people paired by a slash: "Alex Morgan / Hollis Grant - Pinemark" (apart from _CASUAL
# for the same reason).
_SLASH_PAIR = _rx(r"[a-z] / [a-z]")
# Personal errands: only when the title has no interview word ("Aurora Dental Group" hires too).
_ERRANDS = _rx(
    r"\bdentist\b|\bdental\b|\bdoctor\b|\bdr\.? appointment\b|"
    r"\bhaircut\b|\bbirthday\b|\bout of office\b|\booo\b|\bvacation\b|\bholiday\b|"
    r"\bfocus time\b|\bgym\b|\bworkout\b|\bdaycare\b|\bvet\b|\bphysio\w*\b|\btherap\w+\b|"
    r"\bcheck-?up\b|\bcleaning\b"
)
_STRONG = _rx(
    r"\binterview(?:s|ing)?\b|\bphone screen(?:ing)?\b|\bscreening (?:call|interview)\b|"
    r"\b(?:recruiter|technical|tech|hm|hiring manager|initial|intro(?:ductory)?|video) "
    r"screen(?:ing)?\b|\bfinal round\b|\bhiring manager\b|\bsuper ?day\b|\bbar raiser\b|"
    r"\bassessment (?:centre|center|day)\b|\bvorstellungsgespr[äa]ch\b|\bentretien\b|"
    r"\bentrevista\b|\bcolloquio\b|\bsollicitatiegesprek\b|\bhaastattelu\b|\bon-?site loop\b|"
    r"\bvirtual on-?site\b|"
    # A job interview in the words of other languages: German talks of a (first, second,
    # job-application, getting-to-know) conversation, Dutch and the Nordic languages of a job
    # or getting-to-know talk, Polish of a qualifying conversation.
    r"\b(?:vorstellungs|bewerbungs|zweit|erst|kennenlern|auswahl|dritt)gespr[äa]ch\b|"
    r"\b(?:kennismakings|selectie)gesprek\b|\b(?:anst[äa]llnings|jobb?)?intervju\b|"
    r"\bjobsamtale\b|\brozmow[aęy] (?:kwalifikacyjn|rekrutacyjn)\w*|\bentrevue\b"
)
# Interview words that also have other uses ("Panel: the future of AI"): with someone from
# outside the user's company they are enough, alone they are not.
_MEDIUM = _rx(
    r"\bon-?site\b|\bpanel\b|\bsystem design\b|\bcoding (?:challenge|exercise|session|"
    r"round)\b|\bpair(?:ing)? (?:programming|session)\b|\btake[- ]home\b|\bcase study\b|"
    r"\b(?:first|second|third|1st|2nd|3rd|next|final) (?:round|stage)\b|\bmeet the team\b|"
    # "Round 3: Alex Morgan with Ravindra & Colette", "Stage 2 - Panel".
    r"\b(?:round|stage) (?:[1-5]|one|two|three|four|five)\b|"
    # The candidate presents: "Case Presentation", "Job talk", "(Head of Ops candidate)".
    r"\b(?:case |final |candidate )?presentation\b|\bjob talk\b|\bcandidate\b|"
    r"\bculture (?:fit|add)\b|\bvalues (?:chat|conversation)\b|\b(?:intro|introductory|recruiter) "
    r"call\b|"
    # A later stage of a process: "Final conversation - Alex Morgan - VP of Marketing".
    r"\b(?:second|third|final|next)[- ](?:round )?(?:conversation|chat)\b"
)
# An interview for another job at the user's own employer: colleagues are the interviewers.
_INTERNAL_MOVE = _rx(
    r"\binternal (?:interview|transfer|opening|move|candidate|application|mobility)\b|"
    # A stint in another team, interviewed for like a move: "Chat re: secondment to X".
    r"\bsecondment\b"
)
_CASUAL = _rx(
    r"\b(?:chat|coffee|call|intro(?:duction)?|meet(?:ing)?|conversation|catch[- ]?up|lunch|"
    r"breakfast|dinner|drinks|get to know|walk|"
    # The same in other languages, and a founder or the founders as the ones met.
    r"caf[eé]|kaffee|fika|paseo|promenade|co-?founders?|founders|"
    # A talk, in the Nordic languages, Dutch, German and Finnish: "Samtale om stillingen".
    r"samtale|samtal|gesprek|gespr[äa]ch|keskustelu|"
    # Getting to know each other, in German and Dutch: "Kennenlernen (30 Min)", "Kennismaking".
    r"kennenlernen|kennismaking|kennismaken|spotkanie|rozmowa|incontro|conversa)\b| <> | x |☕"
)
# A conversation about a job: what makes a coffee with an outsider an informal interview.
_ROLE_TALK = _rx(
    r"\b(?:role|position|opening|job|founding|hiring|join(?:ing)? (?:us|the team|our team)|"
    # "whether you'd want to build that team with us"
    r"build (?:the|that|this|a|our|my) team|"
    r"joining \w+ as|be joining|would fit|you'd fit|you might fit|"
    # "the firmware team you'd join", "the squad you would be joining"
    r"you(?:'d|’d| would|'ll|’ll| will) (?:be )?join(?:ing)?|"
    r"i might fit|be a fit|(?:the|our|my) team|first (?:hire|employee|engineer|designer|"
    r"\w+ (?:engineer|lead|hire|designer))|your background|(?:next|last|final) step|"
    r"opportunit(?:y|ies)|candidacy|"
    # "the senior designer hire would report to me"
    r"(?:would|will) report (?:straight |directly )?(?:in)?to me|"
    r"reports (?:straight |directly )?to me|"
    # The candidate's own words on a booking page: "following up on my application".
    # Not a visa's, a grant's or a lender's: "my application for a visa".
    r"(?:my|your) application(?! (?:for|to) (?:a |an |the |my |your )?(?:visa|grant|mortgage|"
    r"loan|permit|passport|funding|licen[cs]e|residen\w+|citizenship|tenancy|flat|school))|"
    # A founder's pitch: "heading up sales at X could be your next move", "whether leading
    # design for our app might be interesting to you". "Heading up" takes a function, not
    # a place ("heading up to Leeds on Friday" is travel).
    r"heading up (?:the |our |your |a )?(?:new )?(?:[a-z&]++ ){0,2}?(?:team|function|sales|"
    r"engineering|design|ops|operations|product|marketing|growth|data|finance|people|"
    r"partnerships|research|platform|department|division|practice|office|studio|kitchen)|"
    r"your next (?:move|thing|role|chapter|challenge|adventure)|"
    r"(?:might|could|would) be (?:interesting|exciting|of interest) (?:to|for) you|"
    # The position in other languages: "om stillingen som UX-designer", "rollen som",
    # "tjänsten som", "over de functie", "die Stelle als", "el puesto de", "le poste de".
    r"stillingen|(?:stilling|rollen|tjänsten|stelle) (?:som|als)|functie|vacature|"
    r"die stelle|el puesto|le poste|il ruolo|la posizione|a vaga|o cargo|"
    # "zur Rolle Head of Growth", "zur Stelle Senior Controller", "voor deze rol", "w sprawie
    # stanowiska", "per la posizione".
    r"(?:zur|der|die|eine|deze|de) (?:rolle|rol|stelle|functie)|stanowisk\w*|"
    # A founder or a manager who needs someone: "we need someone to own all of ops", "I'd be
    # your boss", "exactly the right background".
    # A need for a hire, not a favour ("I need someone to proofread our deck").
    r"need (?:someone|somebody|a person) (?:to|who (?:can|could|will|would)) (?:own|run|lead|"
    r"head|manage|take (?:on|over)|join|build out)|"
    r"(?:i|we)(?:'d|’d| would) be your (?:boss|manager|lead|supervisor)|"
    # The background for the job, not for a favour ("the right background to test our app").
    r"(?:right|relevant|ideal|perfect) background(?=[.!,;])|"
    r"(?:right|relevant|ideal|perfect) background (?:for (?:us|the|this|our|a)|"
    r"to (?:lead|run|own|join|head))|"
    # The manager-to-be in other languages: "je toekomstige leidinggevende".
    r"toekomstige (?:leidinggevende|manager)|zukünftige[rn]? (?:führungskraft|vorgesetzte[rn]?)|"
    r"(?:blivande|framtida|kommende) (?:chef|leder|närmaste chef)|"
    # A founder or an investor says who they need: "you'd be a great first Head of Sales",
    # "Ayo is looking for a VP of Engineering".
    r"first (?:head|vp|director|chief) of|"
    r"you(?:'d|’d| would) be (?:a )?(?:great|good|strong|perfect)|"
    r"looking for (?:an?|our|their) (?:first |new )?(?:vp|head|director|chief|cto|cfo|coo|cmo|"
    r"founding))\b"
)
# A booking page's event type, the title its host gave it ("Event Name: Intro chat (30 min)")
# where the calendar's title only pairs two names.
_BOOKED_AS = re.compile(r"^Event (?:Name|Type):[ \t]*+([^\n]{1,120})", re.MULTILINE)


def _words(*alternatives: str) -> re.Pattern[str]:
    """Alternatives that each start at a word's start with a letter: the boundary is checked
    behind the first letter ("i(?<!\\wi)nterview"), so the engine skips to the positions holding
    one of the first letters instead of trying every alternative everywhere. They are grouped by
    that letter, in their order ("i(?<!\\wi)(?:nterview…|tinerary…)"): a position tries the one
    group of its letter, not each alternative in turn (a letter cost 15x as much). Two
    groups never match at the same position, so the grouping changes no match."""
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    return re.compile("|".join(rf"{c}(?<!\w{c})(?:{'|'.join(r)})" for c, r in groups.items()))


_DESC_VOCAB = _words(
    r"interview(?:s|ers?|ing)?\b",
    r"hiring manager\b",
    r"recruit(?:er|ing|ment)\b",
    r"candidate\b",
    r"itinerary\b",
    r"job title\b",
    r"position\b",
    r"your application\b",
    r"hiring team\b",
    r"talent acquisition\b",
    r"the role\b",
    r"opening\b",
    # Who the candidate would work for: "Bertrand, your future manager if things go well".
    r"future (?:manager|boss|team ?lead|supervisor)\b",
    r"skip[- ]level\b",
)
_DESC_NEGATIVE = _words(
    r"interviewer training\b",
    r"calibration\b",
    r"for interviewers\b",
    r"debrief\b",
    r"you are interviewing\b",
    r"interview kit\b",
    r"scorecards?\b",
    r"submit (?:your )?feedback\b",
    r"assigned a candidate\b",
    # A friend or coach playing the part: "I'll play the interviewer", "mock interview".
    r"play the interviewer\b",
    r"be the interviewer\b",
    r"act as the interviewer\b",
    r"mock (?:interview|round)s?\b",
    r"practi[cs]e (?:interview|round)s?\b",
    # What an ATS sends the interviewers: "Interview guide and feedback form: …".
    r"interview guide\b",
    r"feedback form\b",
    # A coach playing the other side: "ik speel de hiring manager", "I'll play the recruiter".
    r"play the (?:hiring manager|recruiter)\b",
    r"speel de (?:hiring manager|recruiter|manager|leidinggevende)\b",
    r"spiele (?:den|die) (?:hiring manager|recruiter\w*|personal\w+)\b",
    r"spelar (?:rekryterare|chef|rekryterande chef|hiring manager)\b",
    r"fyll i utvärderingen\b",
)
# The description says the user is the one interviewing, or the interview is another kind
# (the press, a show): no job interview for the user, whatever the title says.
_DESC_NOT_YOURS = _words(
    r"you(?: are|'re|’re) (?:the|an|one of the) interviewers?\b",
    r"i(?:'m| am) (?:the|an|one of the) interviewers?\b",
    r"you(?:'ll|’ll| will) (?:be )?interview(?:ing)? (?!with\b|for\b|at\b)\w",
    # "You and Thandeka will interview four applicants", "thanks for helping screen our …"
    r"you and \w+ (?:will|are going to) (?:be )?interview(?:ing)? (?!with\b|for\b|at\b)\w",
    r"help(?:ing)? (?:us )?(?:to )?screen (?:our|the|new|some)\b",
    # A press office briefing its spokesperson.
    r"key messages\b",
    r"as a (?:reviewer|panelist|panellist|judge|volunteer)\b",
    r"volunteering as\b",
    r"h(?:er|is) (?:\w+ )?interview (?:is|was|starts|begins)\b",
    r"on (?:the )?record as\b",
    r"spokesperson\b",
    r"embargo(?:ed)?\b",
    r"talking points\b",
    r"record (?:your|the) interview\b",
    # The user quoted by a writer: "thanks for agreeing to be interviewed".
    r"agree(?:ing|d)? to be interviewed\b",
    # The user booked for a part in someone else's interview: interpreter, committee member.
    r"you(?: are|'re|’re) (?:booked|sitting|serving) as\b",
    # A journalist's piece: quotes, a feature, the record.
    r"quotes? (?:will be |are |get )?attributed\b",
    r"for (?:my|our|a|the) (?:feature|article|piece|story|column|segment|newsletter) on\b",
    r"off the record\b",
    # "talk on the record about how your team interviews": the user quoted, not interviewed.
    r"on the record about\b",
    r"talk(?:ing)? on the record\b",
    r"speak(?:ing)? on the record\b",
    # A search firm pitching the user who hires: "the two SRE roles you're hiring for" (roles,
    # not the one role a candidate writes of), "what your ideal shortlist looks like".
    r"roles you(?:'re|’re| are) hiring for\b",
    r"openings you(?:'re|’re| are) hiring for\b",
    r"positions you(?:'re|’re| are) hiring for\b",
    r"your ideal shortlist\b",
    # A guest on a show, a speaker on a stage.
    r"com(?:ing|e) on (?:the|our|my) (?:show|podcast|programme|program)\b",
    r"be(?:ing)? on (?:the|our|my) (?:show|podcast|programme|program)\b",
    r"moderated discussion\b",
    r"panel discussion\b",
    # The user on a stage: "joining our panel as a speaker", "fellow panelists", "green room".
    r"as (?:a|our|the) (?:speaker|panelist|panellist|moderator)\b",
    r"fellow (?:panelists|panellists|speakers)\b",
    r"green room\b",
    r"audience q&a\b",
    r"audience questions\b",
    r"questions from the audience\b",
    r"hi panel(?:l)?ists\b",
    r"dear panel(?:l)?ists\b",
    r"hello panel(?:l)?ists\b",
    # The press: "vill intervjua dig om det nya kontoret", "wants to interview you about".
    r"intervjua dig om\b",
    # A parents' evening: "Gentile genitore", "Liebe Eltern", "Beste ouders".
    r"gentil[ei] genitor[ei]\b",
    r"dear parents?\b",
    r"liebe eltern\b",
    r"beste ouders?\b",
    r"chers parents\b",
    r"estimad[ao]s (?:padres|familias)\b",
    # A process already over: "although we went ahead with another candidate".
    r"went (?:ahead|forward) with another candidate\b",
    r"moved (?:ahead|forward) with another candidate\b",
    r"decided to (?:go|move) (?:ahead|forward) with another candidate\b",
    # An agency reports to the user who hires: "the five candidates we've interviewed for your
    # Head of Logistics role".
    r"candidates (?:we've|we’ve|we have|i've|i’ve|i have) (?:interviewed|screened|shortlisted)\b",
    # The user booked as an interviewer in the Nordic languages, Dutch and German.
    r"inbokad som intervjuare\b",
    r"booket som intervjuer\b",
    r"ingepland als interviewer\b",
    r"eingeplant als interviewer(?:in)?\b",
    r"mic check\b",
)
# Words a writer, a student or an agency uses for the user's part in someone else's
# interview, which a teacher's, interpreter's or reporter's own job interview says as well
# ("a story you're working on", "a sample lesson for my class"): they count only when nothing
# in the event names a job the user is applying for.
_DESC_NOT_YOURS_UNLESS_JOB = _words(
    r"writing (?:a|an|my|our) (?:story|piece|article|feature|profile)\b",
    r"working on (?:a|an|my|our) (?:story|piece|article|feature|profile)\b",
    r"for my (?:\w+ ){0,2}(?:assignment|coursework|homework|thesis|dissertation)\b",
    r"with my (?:\w+ ){0,2}(?:assignment|coursework|homework|thesis|dissertation)\b",
    r"booked as (?:the|an?) (?:interpreter|translator)\b",
    r"sitting as (?:the|an?) (?:interpreter|translator)\b",
    r"serving as (?:the|an?) (?:interpreter|translator)\b",
)
# The description names the job the user applies for: "interview for the Staff Reporter
# role", "applying to work as an interpreter", "your application".
_JOB_FRAME = _words(
    r"interview(?:ing)? for (?:the|a|an|this|our) (?:[\w&/-]++ ){0,5}?"
    r"(?:role|position|post|job|vacancy)\b",
    r"appl(?:y|ying|ied) (?:to work )?(?:as|for) (?:the |a |an |our )?\w",
    r"your application\b",
)
# Plain substrings of lowercased text: far cheaper than a regex over a long description.
_TOOL_TEXT = (
    "hirevue",
    "greenhouse.io",
    "goodtime.io",
    "modernloop",
    "ashbyhq",
    "jobs.lever.co",
    "hire.lever.co",
    "smartrecruiters",
    "myworkday",
    "icims",
    "jobvite",
    "paradox.ai",
    "guide.co",
)
# Booking pages: the organizer is the host the user meets, not a coordinator.
_BOOKING = ("calendly", "cal.com/", "savvycal", "youcanbook.me", "meetings.hubspot")
_TOOL_PRODID = _rx(
    r"hirevue|greenhouse|goodtime|modernloop|ashby|lever|smartrecruiters|workday|icims|"
    r"jobvite|paradox|gem\b|guide\.co|interviewschedule|rival"
)
_SHARED_CALENDAR_NAME = _rx(
    r"candidate calendar|interview(?:s|ing)? (?:calendar|schedul\w*|team)|recruit|talent|"
    r"careers|campus|hiring team"
)


@dataclass(slots=True)
class Evidence:
    """Every signal but the written schedule: parsing that is the costly part, and it is
    skipped when even a full itinerary could not lift the score over the threshold."""

    score: float
    reasons: list[str]
    excluded: bool = False
    # A casual meeting with an outsider: it is an informal interview if the description talks
    # about a job (read_description decides; the title alone already did when it could).
    casual_outsider: bool = False
    # The subject names a job ("Interview - Alex Morgan - Maths Teacher"): a writer's or a
    # student's words in the description do not make it someone else's interview.
    job_in_title: bool = False

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(reason)

    def hopeless(self, still_to_come: float) -> bool:
        """Even the most the unread signals can add would not reach the threshold."""
        bonus = _INFORMAL if self.casual_outsider else 0.0
        return self.excluded or self.score + still_to_come + bonus < THRESHOLD


# The most the description's words can add, and the most its schedule can add (an itinerary,
# and lifting the "nobody else" penalty). Reading them is the costly part, so it is skipped
# when they could not change the answer.
DESCRIPTION_MAX = 0.35
SCHEDULE_MAX = 0.5


def detect(
    event: Event,
    *,
    summary_people: Sequence[NamedPerson],
    others: Sequence[Attendee],
    me: Me,
) -> Evidence:
    """Signals from the title, the people and the raw description's fingerprints; `others` are
    the people on the invite besides the user. `read_description` adds the description."""
    if event.event_type in _NOT_EVENTS:
        return Evidence(0.0, [f"Google marks it as {event.event_type}"], excluded=True)
    evidence = Evidence(0.0, [], job_in_title=_job_in_title(event.title) is not None)
    add = evidence.add

    low, strong, negative, medium, casual = _title_words(event.title)
    if negative:
        add(-1.0, f'title says "{negative}": not a candidate interview')
    if strong:
        add(0.6, f'title says "{strong}"')
    elif medium:
        add(0.4, f'title says "{medium}"')
    with_role = [p for p in summary_people if p.title or p.hiring_manager]
    if with_role and not strong:
        # "Coffee with Sam Rivera (Founder)": an informal interview with a named decision-maker.
        add(
            0.45 if casual else 0.25,
            f"title names {with_role[0].name} with a role ({with_role[0].title})",
        )
    elif " <> " in low or " x " in low:
        add(0.15, "title pairs two parties (A <> B)")
    elif not strong and not negative and _names_user_with_other(event, me):
        # "Alex Morgan // Meera Iyer", "Zoom: Alex Morgan and Bertrand Achterberg": the user
        # written as one party of the meeting by name, as the tools and assistants who book a
        # candidate write it.
        add(0.15, "title pairs you with someone by name")

    fingerprint = _fingerprint(event)
    if fingerprint:
        add(fingerprint[0], fingerprint[1])

    organizer = event.organizer
    if (
        organizer is not None
        and (organizer.is_self or me.is_me(organizer.email))
        and (others or not strong)
    ):
        # Alone on an event titled as an interview, the user copied their own interview in.
        add(-0.3, "you organized it")
    own = next(
        (
            p
            for p in (organizer, event.creator)
            if p is not None and me.is_colleague(p.email) and looks_like_bot(p.email, p.name)
        ),
        None,
    )
    if own is not None:
        add(-0.8, f"sent by your own employer's shared calendar ({own.name or own.email})")
    people = [o for o in others if o.email]
    if len(others) > _CROWD:
        add(-0.6, f"{len(others)} people are invited: a meeting, not an interview")
    if (
        people
        and me.domains
        and all(me.is_colleague(o.email) for o in people)
        and not _INTERNAL_MOVE.search(low)
    ):
        domain = sorted(me.domains)[0]
        add(-0.8, f"everyone else is at your own employer ({domain})")
    elif any(not me.is_colleague(o.email) for o in people):
        outside = next(o for o in people if not me.is_colleague(o.email))
        domain = domain_of(outside.email) or ""
        add(
            0.1,
            "someone from outside your company" + ("" if is_free_mail(domain) else f" ({domain})"),
        )
    elif not others and not event.attendees_hidden:
        add(-0.1, "nobody else is on the invite")
    outsiders = [o for o in people if not me.is_colleague(o.email)]
    if (
        outsiders
        and medium
        and "candidate" in low
        and organizer is not None
        and not organizer.is_self
        and not me.is_me(organizer.email)
        and me.is_colleague(organizer.email)
        and not _INTERNAL_MOVE.search(low)
    ):
        # "Sell call: Alex Morgan with candidate Rúben Tavares", sent by the user's own
        # employer to someone from outside: the outsider is the candidate, the user hires.
        add(-1.0, "your own employer invites an outside candidate")
    internal = people and not outsiders and _INTERNAL_MOVE.search(low) is not None
    if internal and casual and not strong and not medium and not negative:
        # "Chat re: secondment to Pricing": a conversation about a move inside the user's
        # employer, with the colleagues who decide it.
        add(_INFORMAL, "a conversation about a move inside your employer")
    if not strong and not medium and not negative and 1 <= len(outsiders) <= 3 and not with_role:
        job = _job_in_title(event.title)
        if job:
            # "Nikhil / Alex — Senior Data Scientist", "Alex Morgan - FP&A Analyst - Mistral
            # Foods": a subject that names a job, with someone from outside.
            add(_JOB_TITLE, f'title names a job ("{job}")')
    if not strong and not negative and "Event " in event.description:
        booked = _booked_strong(event.description[:3000])
        if booked:
            # "Event Name: Verdant Roots screening call - Programme Manager": the booking page's
            # event type is the title its host gave the meeting, under a title of two names.
            add(0.6, f'the booking page\'s event name says "{booked}"')
            strong = booked
    if not casual:
        casual = _booked_casual(event.description[:3000])
    if not strong and not negative and 1 <= len(outsiders) <= 3 and casual:
        # A coffee, intro or catch-up with someone outside the user's company: an informal
        # interview when it is about a job (the title says so here, the description later).
        found = _role_talk(low)
        if found:
            add(_INFORMAL, _informal_reason(found.group(0)))
        else:
            evidence.casual_outsider = True
    return evidence


_INFORMAL = 0.45
_JOB_TITLE = 0.4
# What joins the parties of a meeting in its title: "A // B", "A and B", "A with B".
_PAIR_JOINS = _rx(r" (?:and|with|w/|//|/|&|\+|<>|x) ")
# A capitalised word: a name or a company's (lowercased titles name nobody this way).
_CAPITAL_WORD = re.compile(r"(?<![\w'’])[^\W\d_a-z][^\W\d_]++")
# Words of the meeting itself, not a party to it.
_MEETING_WORDS = frozenset(
    ("zoom", "teams", "meet", "google", "call", "chat", "meeting", "video", "phone", "intro")
)


def _names_user_with_other(event: Event, me: Me) -> bool:
    """The title writes the user's full name and joins it to another party by name ("Alex
    Morgan // Meera Iyer", "Round 3: Alex Morgan with Ravindra & Colette")."""
    title = event.title
    if len(title) > 160:
        return False
    low = title.casefold()
    if not _PAIR_JOINS.search(low):
        return False
    mine = [
        a.name.strip().casefold()
        for a in event.attendees
        if a.name and " " in a.name.strip() and (a.is_self or me.is_me(a.email))
    ]
    at = next((low.find(n) for n in mine if n in low), -1)
    if at < 0 or len(low) != len(title):
        return False
    hit = next(n for n in mine if n in low)
    # The party joined to the user's name, on either side of it: "Alex Morgan // Meera Iyer",
    # "Bertrand Achterberg and Alex Morgan"; not "Offer call: compensation & equity – Alex".
    after = _JOINED_AFTER.match(title, at + len(hit))
    before = _JOINED_BEFORE.search(title[max(0, at - 60) : at])
    other = (after.group(1) if after else "") + " " + (before.group(1) if before else "")
    return any(w.casefold() not in _MEETING_WORDS for w in _CAPITAL_WORD.findall(other))


_JOINED_AFTER = re.compile(r" (?:and|with|w/|//|/|&|\+) ([^\W\d_]++)", re.IGNORECASE)
# From a word's first letter only (the lookbehind): a search over a long run of letters stays
# linear.
_JOINED_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]++) (?:and|with|w/|//|/|&|\+) $", re.IGNORECASE)
# The parts of a subject: "Nikhil / Alex — Senior Data Scientist", "A - Job - Company".
_SUBJECT_PARTS = re.compile(r"(?<!\s)\s++[-–—|/]\s++|(?<!\s)\s*+\|\s*+|:\s++")


@lru_cache(maxsize=512)
def _job_in_title(title: str) -> str | None:
    """A part of the subject that is a job's title the lexicon knows, not a person's name."""
    parts = _SUBJECT_PARTS.split(title[:200])
    if len(parts) < 2:
        return None
    for part in parts[:6]:
        part = part.strip(" ()[]")
        if 1 < len(part.split()) <= 6 and is_title(part) and not is_name(part):
            return part
    return None


# Titles and descriptions repeat across a calendar's events (a series sent one occurrence at
# a time, a team's standing meetings, a Meet block alone): what they say is read once.
@lru_cache(maxsize=512)
def _title_words(title: str) -> tuple[str, str | None, str | None, str | None, bool]:
    """The lowercased title; the strong, negative and medium interview words it says, in the
    title's own spelling; whether it names a casual meeting."""
    low = title.lower()

    def quoted(m: re.Match[str] | None) -> str | None:
        if m is None:
            return None
        # The title's own spelling when lowercasing kept the length (almost always).
        return title[m.start() : m.end()] if len(low) == len(title) else m.group(0)

    strong = _STRONG.search(low)
    negatives = list(_NEGATIVE.finditer(low))[:4]
    negative = negatives[0] if negatives else (None if strong else _ERRANDS.search(low))
    while strong is not None and any(_within(strong, n) for n in negatives):
        # "employer interview slots", "Reference interview": the interview word is part of a
        # phrase that says this is no candidate interview; it does not count for one too.
        strong = _STRONG.search(low, strong.end())
    if negative is None and "prep" in low:
        negative = _PREP.search(low)
    medium = _MEDIUM.search(low) if strong is None else None
    casual = _CASUAL.search(low) is not None or (
        " / " in low and _SLASH_PAIR.search(low) is not None
    )
    return low, quoted(strong), quoted(negative), quoted(medium), casual


def _within(inner: re.Match[str], outer: re.Match[str]) -> bool:
    return outer.start() <= inner.start() and inner.end() <= outer.end()


@lru_cache(maxsize=256)
def _booked_casual(head: str) -> bool:
    """A booking page's "Event Name:" line names a casual meeting (`head`: the description's
    first 3,000 characters)."""
    if "event " not in head.lower():
        return False
    booked = _BOOKED_AS.search(head)
    return booked is not None and _CASUAL.search(booked.group(1).lower()) is not None


@lru_cache(maxsize=256)
def _booked_strong(head: str) -> str | None:
    """The interview words of a booking page's "Event Name:" line, if it has any."""
    if "event " not in head.lower():
        return None
    booked = _BOOKED_AS.search(head)
    if booked is None:
        return None
    name = booked.group(1).lower()
    if _NEGATIVE.search(name):
        return None
    found = _STRONG.search(name)
    return found.group(0) if found else None


def _informal_reason(word: str) -> str:
    return f'a casual meeting with someone from outside about a job ("{word}")'


def read_description(evidence: Evidence, text: str) -> None:
    """Add what the cleaned description says (at most DESCRIPTION_MAX)."""
    if evidence.excluded:
        return
    shown, many, not_yours, negative, unless_job = _description_words(text[:8000])
    if not_yours is None and unless_job is not None and not evidence.job_in_title:
        not_yours = unless_job
        negative = False
    if shown:
        evidence.add(0.35 if many else 0.25, f"description mentions {shown}")
    if not_yours:
        evidence.add(-1.0, f'description says "{not_yours}": not your job interview')
    elif negative:
        evidence.add(-0.5, "description is about running interviews, not taking one")
    elif evidence.casual_outsider:
        found = _role_talk(text[:8000].lower())
        if found:
            evidence.add(_INFORMAL, _informal_reason(found.group(0)))
        evidence.casual_outsider = False


# The press asking for the user's words, read only beside the press's own words.
_INTERVIEW_YOU_ABOUT = re.compile(
    r"\binterview(?:en)? (?:dig|je|u|sie|dich|you) (?:om|over|über|about|on)\b"
)
_PRESS_WORDS = re.compile(
    r"\b(?:reporter|journalist|newspaper|magazine|article|podcast|readers|listeners|"
    r"editor|columnist|publication|newsletter|broadcast|episode|press|"
    r"journalistin|zeitung|krant|tidning|avisen|artikel|redakt\w*|reportern?)\b"
)


_CANDIDATES_INTERVIEWED = re.compile(
    r"(?<!other )candidates (?:will be|are being|are to be|to be) interviewed\b"
)


@lru_cache(maxsize=256)
def _description_words(head: str) -> tuple[str, bool, str | None, bool, str | None]:
    """The interview words of a cleaned description (the first three, and whether there are
    two or more), what says it is not the user's interview, whether it is about running
    interviews, and the words that say it is someone else's interview unless the subject names
    a job (None when the description itself names the job applied for)."""
    body = head.lower()
    words = {m.group(0) for m in _DESC_VOCAB.finditer(body)}
    not_yours = _DESC_NOT_YOURS.search(body)
    if not_yours is None and "interview" in body:
        # "A reporter at Freight Weekly wants to interview you about the launch": the press
        # when the letter says so; "we'd love to interview you on Tuesday" is a job interview.
        asked = _INTERVIEW_YOU_ABOUT.search(body)
        if asked is not None and _PRESS_WORDS.search(body) is not None:
            not_yours = asked
    if not_yours is None and "candidates " in body:
        # "Three candidates will be interviewed, then the committee decides": the user sits on
        # the panel ("you and the other candidates" is a group interview the user takes).
        not_yours = _CANDIDATES_INTERVIEWED.search(body)
    negative = not_yours is None and any(
        not _debrief_with_you(body, m) for m in islice(_DESC_NEGATIVE.finditer(body), 4)
    )
    unless_job = _DESC_NOT_YOURS_UNLESS_JOB.search(body)
    if unless_job is not None and _JOB_FRAME.search(body) is not None:
        unless_job = None
    shown = ", ".join(sorted(words)[:3])
    return (
        shown,
        len(words) >= 2,
        not_yours.group(0) if not_yours else None,
        negative,
        unless_job.group(0) if unless_job else None,
    )


# "Call me straight after so we can debrief", "I'll debrief with you after": an agent's or a
# recruiter's talk with the candidate after the interview, not the interviewers' debrief.
_WE_DEBRIEF = re.compile(r"(?:\bwe|\bi)(?: can| could|'ll|’ll| will)? $")
_DEBRIEF_YOU = re.compile(r" (?:with )?you\b")


def _debrief_with_you(body: str, m: re.Match[str]) -> bool:
    if m.group(0) != "debrief":
        return False
    return (
        _WE_DEBRIEF.search(body, max(0, m.start() - 12), m.start()) is not None
        or _DEBRIEF_YOU.match(body, m.end()) is not None
    )


# "No specific role in mind": a recruiter's coffee about nothing in particular.
_NO_ROLE = re.compile(
    r"\bno (?:specific |particular |concrete )?(?:role|position|opening|job)s? in mind\b|"
    r"\bnot (?:about|for) (?:a |any )?(?:specific |particular )?(?:role|position|opening|job)\b"
)


def _role_talk(low: str) -> re.Match[str] | None:
    """Talk of a job in lowercased text, unless the text says there is none."""
    found = _ROLE_TALK.search(low)
    if found is not None and ("in mind" in low or "not " in low) and _NO_ROLE.search(low):
        return None
    return found


def conclude(evidence: Evidence, schedule: Schedule) -> Verdict:
    """The verdict once the written schedule is known."""
    if evidence.excluded:
        return Verdict(False, 0.0, tuple(evidence.reasons))
    score, reasons = evidence.score, list(evidence.reasons)
    if schedule.mentions and "nobody else is on the invite" in reasons:
        reasons.remove("nobody else is on the invite")
        score += 0.1
    named_hm = next(
        (m.person.name for m in schedule.mentions if m.person.hiring_manager and m.person.name),
        schedule.hiring_managers[0] if schedule.hiring_managers else None,
    )
    if named_hm is None and schedule.self_hiring_manager:
        # "As before, I'm the hiring manager for the Senior QA Engineer post": the writer.
        named_hm = schedule.self_name or "the writer"
    if named_hm:
        # "Sunil Varma, who leads our FP&A team and is the hiring manager": a letter that names
        # the one who hires is about the user's hiring.
        score += _NAMED_HM
        reasons.append(f"description names the hiring manager ({named_hm})")
    if schedule.slots:
        score += 0.4 if schedule.slots >= 2 else 0.3
        reasons.append(
            f"description has an itinerary ({schedule.slots} slot{'s' * (schedule.slots > 1)})"
        )
    confidence = round(max(0.0, min(1.0, score)), 2)
    return Verdict(confidence >= THRESHOLD, confidence, tuple(reasons))


_NAMED_HM = 0.15


def _mentions(text: str, needles: tuple[str, ...]) -> bool:
    return any(n in text for n in needles)


def _fingerprint(event: Event) -> tuple[float, str] | None:
    """The strongest trace of a recruiting tool or a shared candidate calendar."""
    prodid = event.prodid or ""
    if _TOOL_PRODID.search(prodid.lower()) or event.uid.lower().endswith("@hirevue.com"):
        return 0.5, f"made by a recruiting tool ({prodid or event.uid})"
    for person in (event.organizer, event.creator, *event.attendees):
        # Only a shared mailbox or a scheduler's address can be a recruiting calendar.
        if person is None or not looks_like_bot(person.email, person.name):
            continue
        if is_scheduler(domain_of(person.email)) or _SHARED_CALENDAR_NAME.search(
            f"{person.name or ''} {person.email or ''}".lower()
        ):
            return 0.4, f"sent from a recruiting calendar ({person.name or person.email})"
    tool, calendly = _description_tools(event.description[:8000])
    if tool:
        return 0.3, "description links to a recruiting tool"
    if "calendly" in prodid.lower() or calendly:
        return 0.15, "booked through Calendly"
    return None


@lru_cache(maxsize=256)
def _description_tools(head: str) -> tuple[bool, bool]:
    """The raw description links to a recruiting tool; it says "calendly"."""
    text = head.lower()
    return _mentions(text, _TOOL_TEXT), "calendly" in text


def booked_by_host(event: Event) -> bool:
    """Booked on someone's booking page (Calendly ...): the organizer is the person met."""
    return _booking(event.prodid or "", event.description[:8000])


@lru_cache(maxsize=256)
def _booking(prodid: str, head: str) -> bool:
    return _mentions((prodid + " " + head).lower(), _BOOKING)
