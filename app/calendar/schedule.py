"""The interview schedule written into a description by a recruiting tool or a coordinator.

Shapes handled (research/calendar-schedule-formats.md §1–6; layouts vary per company):
  "10:00 AM - 10:45 AM  Topic  Name, Title"            one line per slot (GoodTime itinerary)
  "9:00 – 9:45: Topic with Name (Title) - address"     coordinator email (Greenhouse block)
  "10:00 AM – 10:45 AM" / "Topic" / "Interviewer: …"   a block per slot (ModernLoop)
  "Interviewers: A (Title) and B (Title)"              a list with no times
  "Recruiter: …", "Job Title: …", "Additional Guests:" labels (HireVue, Calendly)
Times are wall-clock text; `resolve` places them in the zone that fits the event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.calendar.names import (
    FUTURE_MANAGER,
    NamedPerson,
    is_credential,
    is_name,
    is_title,
    parse_people,
    split_hiring_manager,
    surname_first,
    without_credentials,
    without_marks,
    without_nickname,
)
from app.calendar.names import _english_gloss as english_gloss
from app.calendar.people import find_emails, fold, same_first_name, words
from app.calendar.prose_people import prose_people
from app.calendar.titles import role_of
from app.calendar.written_time import (
    SLOT,
    TIME,
    TZ_ANYWHERE,
    Clock,
    parse_date,
    parse_time,
    range_minutes,
    tz_name,
    wall,
)
from app.playbook.roles import Role, classify_title

_BULLET = re.compile(r"^(?:[\s\-–—•*·▪◦>|]++|\s*+\d{1,2}[.)]\s++)+")
_SEPS = " \t:|,.-–—·•"
# "1) Ruth Abiola - CFO", "2. Conor Walsh": a numbered list item (not "10:00" or "1.5 hours").
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s++(?=[^\W\d_])")

# Labels printed alone on their line, the value below (Workday, SuccessFactors exports).
_BARE_PEOPLE = frozenset(
    {
        "interviewers",
        "interviewer",
        "interviewer(s)",
        "interview team",
        "interview panel",
        "panel",
        "panelists",
        "hiring manager",
        "hiring team",
    }
)
# "Interviewer Title" alone on its line, the title on the next (Workday prints each field so):
# the title of the interviewer just listed.
_BARE_TITLE = frozenset({"interviewer title", "interviewer's title", "interviewer job title"})
_BARE_LABELS = (
    _BARE_PEOPLE | _BARE_TITLE | {"recruiter", "recruiting coordinator", "your recruiter"}
)
_PEOPLE_LABEL = re.compile(
    r"^(?:(?:your|the|our) )?(?:interviewers?|interviewer\(s\)|interview (?:team|panel)|"
    r"interviewer(?:'s)? names?|panel(?:ists)?|panel members|with|attendees|"
    r"(?:here's |here is )?who you(?:'ll| will) (?:be )?meet(?:ing)?(?: with)?|"
    r"you(?:'ll| will)? (?:be )?meet(?:ing)?(?: with)?|meeting with|interviewing you|"
    r"(?:additional )?guests?|hiring manager|hiring lead|hosted by|hosts?|"
    # "Joining today: Andrés Quintero (he/him), Support Manager - and me, Jess Tran"
    r"joining(?: (?:today|us|the call|you))?|"
    # iCIMS "Secondary Interviewer:", a German-English "Your interview partners:", Paradox "Who:"
    r"(?:primary|secondary|second|additional|backup|lead) interviewers?|interview partners?|who|"
    r"(?P<opt>shadow(?:ing|ers?)?|reverse shadow|observers?|optional)|"
    # "The appointing panel for Lecturer in Marine Ecology (Ref. 28/114) is:"
    r"(?:appointing|selection|interviewing|hiring) (?:panel|committee))"
    r"(?:\s++for\s[^:\n]{1,80}?)?(?:\s++(?:is|are|will be|will include|includes))?"
    # The value after a colon or a dash, or in the next cell of a table row ("Interviewer(s)
    # Marisol Ybarra, Operations Manager"): two spaces or more, as HTML cells are joined.
    r"(?:\(s\))?(?:\s*+[:\-–]|\s{2,}+(?=\S))\s*+(?P<v>.*)$",
    re.IGNORECASE,
)
_RECRUITER_LABEL = re.compile(
    r"^(?:your )?(?:(?:recruiter|recruiting (?:coordinator|contact|partner)|(?:interview )?"
    r"coordinator|talent partner|point of contact|scheduled by|organi[sz]ed by|contact person|"
    # "Scheduler: Dolores Pineda" (Workday): the person who arranges it, as a coordinator.
    r"scheduler|scheduling (?:contact|coordinator)|"
    # "Your contact at Talentbridge: Shanice Howell" (an agency or RPO names its person).
    r"contact(?: at [A-Z][\w&'’.-]*+(?: [A-Z][\w&'’.-]*+){0,2})?)\s*"
    r"[:\-–]|(?:scheduled|coordinated|organi[sz]ed|arranged) by\s)\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_GREETING_LEAD = re.compile(
    r"(?:hi|hello|hey|dear|good (?:morning|afternoon))\b[^.!?:,\n]{0,30}[.!?,]\s++(?=\S)",
    re.IGNORECASE,
)
_QUESTIONS_LABEL = re.compile(
    r"^(?:any )?questions?\s*+[:?]\s*+(?:(?:please )?(?:contact|ask|email|call)\s++)?"
    r"(?P<v>(?-i:[A-Z]).{2,200})$",
    re.IGNORECASE,
)
# "Your recruiter is …", "reply to your recruiter, …", "contact your recruiter … at …".
_RECRUITER_SENTENCE = re.compile(
    r"\byour (?:recruit(?:er|ing coordinator|ing contact|ing partner)|(?:interview |recruiting )?"
    r"coordinator|talent partner|point of contact)\b"
    # "Your recruiter for this role is …"
    r"(?: for (?:this|the) (?:role|position|search|process|opening))?"
    r"(?:\s+(?:is|will be|here is))?[\s,:]+"
    r"(?P<v>(?:[^.!?\n]|\.(?=\S)){3,200})",
    re.IGNORECASE,
)
_RECRUITER_LABEL_IN_LINE = re.compile(
    r"(?<=[.!?] )(?:your )?recruiter\s*+:\s*+(?P<v>[^\n]{3,200})", re.IGNORECASE
)
_CONTACT_SENTENCE = re.compile(
    r"\b(?:[Cc]ontact|[Rr]each out to|[Ee]mail)\s+(?P<v>[A-Z](?:[^.!?\n]|\.(?=\S)){3,200})"
)
# "Interviewer Title: Research Program Director" under "Interviewer Name: Helen Park".
# Workday prints "Business Title:" or "Job Profile:" under "Interviewer: Nkechi Adeyemi"; a bare
# "Title:" counts only on the line right under the person's own field (group "bare"), and so
# does "Job Profile:", which Workday also prints for the requisition, the job applied for
# (group "profile").
_TITLE_LABEL = re.compile(
    r"^(?:interviewer(?:'s)? (?:job |business )?title|business title|(?P<profile>job profile)"
    r"|(?P<bare>title))"
    r"\s*+:\s*+(?P<v>.+)$",
    re.IGNORECASE,
)
# "Role on Panel: Hiring Manager", "Hiring Manager: Yes" among the fields of the person just
# listed (Workday, iCIMS label pairs): that person is the hiring manager.
_PANEL_ROLE = re.compile(
    r"^(?:(?:interviewer |panel )?role(?: on (?:the )?panel| in (?:the )?interview)?|panel role|"
    r"hiring manager\??)\s*+:\s*+(?:hiring manager|yes|y|true|x|hm)\.?$",
    re.IGNORECASE,
)
_POSITION_LABEL = re.compile(
    r"^(?:job title|position|job|role|opening|(?:job )?requisition|job posting|vacancy)\s*"
    r"[:\-–]\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_COMPANY_LABEL = re.compile(r"^(?:company|employer|organi[sz]ation)\s*[:\-–]\s*(?P<v>.+)$", re.I)
_DIVISION = re.compile(
    r"(?:,\s*+|(?<!\s)\s++)(?:an?|the) (?:division|subsidiary|unit|business unit|part|member|"
    r"brand) of "
    r"(?:the )?(?P<p>[^,;()]{2,60})$",
    re.IGNORECASE,
)
_COMPANY_LINE = re.compile(r"^(?:interview|your interview) (?:with|at) (?P<v>[^.,!?]{2,60})$", re.I)
_SENTENCE = re.compile(
    r"\b(?:you(?:'ll| will)(?: be)? (?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)"
    r"(?: with| to)?|(?:your )?interviewers? (?:will be|are|is|include)|interviewing with|"
    r"(?:meet|speak|talk|chat|interview|conversation|call|screen|connect(?:ing)? you|"
    r"introduc(?:e|ing) you) (?:with|to)|^with|"
    # "The session will be led by Pauline Okonkwo, Front Office Manager, and …"
    r"(?:will be|is being) (?:led|run|hosted|conducted|facilitated) by)\s+"
    # The clause runs over the full stop of an initial or a style ("Mrs P. Okoro", "Dr. Lee").
    # An initial after another ("T.J. Ramos") is one too.
    r"(?P<v>(?:[^.!?\n]|\.(?=\S)|(?<=[\s.][A-Z])\.|(?<=\s(?:Dr|Mr|Ms))\.|(?<=\sMrs)\.){3,300})",
    re.IGNORECASE,
)
# Where the people part of a sentence ends: "… with Dana Lee, Director, for the … role".
_CLAUSE_END = re.compile(
    r"(?:,|(?<!\s)|(?<=\w\s))\s++(?:for|who|about|regarding|to discuss|to talk|to walk|to go|"
    r"to chat|so|as|which|"
    r"if|when|on|next|this|tomorrow|today)\s",
    re.IGNORECASE,
)
_HM_TAIL = re.compile(
    r"^\W*(?:who\s+)?(?:is|will be|would be)\s+(?:the|your)\s+hiring manager\b", re.IGNORECASE
)
# A person named in passing: "Ivan Petrov (Principal Engineer) will join", "Thomas Reed,
# Controller, will lead", "our CEO, Jonas Weber". Only merged with someone already invited.
_ASIDE_PAREN = re.compile(
    r"(?:^|[^\w'’.-])(?P<p>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} \([^()]{2,60}\))"
)
# The same with a surname's particle in lower case inside the name: "Sanne de Wit-Bakker (…)",
# "Jan van der Berg (…)" (a word at most twice, so the scan stays linear). Tried only on a line
# holding such a word (_PARTICLES_SPACED).
_ASIDE_PAREN_PARTICLE = re.compile(
    r"(?:^|[^\w'’.-])(?P<p>[A-Z][\w'’.-]*"
    r"(?: (?:van|von|de|der|den|du|da|di|del|della|ter|ten|zu|dos|das|do)(?= \w)){1,2}"
    r"(?: [A-Z][\w'’.-]*){1,3} \([^()]{2,60}\))"
)
_PARTICLES_SPACED = (
    " van ", " von ", " de ", " der ", " den ", " du ", " da ", " di ", " del ", " della ",
    " ter ", " ten ", " zu ", " dos ", " das ", " do ",
)  # fmt: skip
_ASIDE_COMMA = re.compile(
    r"(?:^|[^\w'’.-])(?P<p>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, [^,.;!?()]{2,60}),\s"
    r"(?:will|is|would|who|has|leads?|runs?|joins?)\b"
)
# "here's time with Katherine Lowe, our VP of Engineering, to talk …", "Parlerà con Marco De
# Luca, Responsabile Sviluppo Software, e con …": a capitalised title in apposition, then the
# sentence goes on in lower case or ends.
_ASIDE_APPOSITION = re.compile(
    r"(?:^|[^\w'’.-])(?P<p>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, (?:(?:our|the|their|your) )?"
    # The title's words are capitalised but for the small words inside a title ("VP of
    # Engineering", "Directeur des Ventes"): "Tech Lead on Search" is no title in apposition.
    r"[A-Z][\w&'’-]*+(?: (?:of|for|de|del|della|di|du|des|der|van|&|[A-Z0-9][\w&'’-]*+)){0,7})"
    r"(?=, (?:[a-z]|&)|[.;!?](?:\s|$)|$)"
)
_ASIDE_OUR = re.compile(
    r"\b(?:[Oo]ur|[Yy]our) (?P<p>[A-Z][^,.;!?()]{1,60}, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
)
# A title in lower case beside a name, as people write in prose: "with our head of data,
# Priya, whose team …", "Tobiah, a senior analytics engineer who built …". Only a phrase the
# title lexicon knows counts (checked by the caller); bounded, so linear.
_ASIDE_LOWER_FIRST = re.compile(
    r"\b(?:[Oo]ur|[Yy]our|[Tt]heir) (?P<t>[a-z][a-z&/ -]{2,50}?), "
    r"(?P<n>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,3})(?=[,.;)]| (?:who|will|is|and)\b)"
)
_ASIDE_LOWER_AFTER = re.compile(
    r"(?<![\w'’.-])(?P<n>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,3}),? (?:a|an|our|the|their) "
    r"(?P<t>[a-z][a-z&/ -]{2,50}?)(?=[,.;)]| (?:who|whose|which|and|will|is|on|at|in|from)\b)"
)
_PRONOUN_EMAIL = re.compile(r"\b(?:his|her|their)\s+(?:e-?mail|address)\b", re.IGNORECASE)
# The sender on themself: "I'm the hiring manager for this role", "I'm the co-founder of X".
# Casual prose writes the pronoun in lower case too ("i'm the hiring manager for …").
_SELF = re.compile(
    r"\b[Ii](?:'m|’m| am)\s++(?P<art>(?:the|a|an|one of the)\s++)?(?P<v>[^.!?\n;)]{2,80})"
)
# The writer hires for their own team: what a hiring manager writes of themself.
_SELF_HIRES = re.compile(
    r"\b(?:on|join|joining|to|for|in) my (?:team|group|org)\b|\bmy (?:team|group) is hiring\b|"
    r"\b(?:reports?|reporting) (?:directly )?to me\b|"
    # "you'd be working directly for me", "running the line under me", "I'd be managing this
    # role day to day", "I'd be your manager".
    r"\b(?:work|working|works) (?:directly )?(?:for|under) me\b|"
    # "you'd be running the grill under me", not "the room is booked under me": the hire is
    # the one doing the work (you, the hire, the role) within a few words before it.
    r"\b(?:you|you'd|you’d|you'll|you’ll|hire|role|person)\b[^.!?\n]{0,40}?\bunder me\b|"
    r"\b(?:onto|into) my (?:team|group|org)\b|"
    # "I manage Ledger and I'm hiring for the seat on it", not "I'm hiring for a client".
    r"\bI(?:'m|’m| am) (?:personally )?hiring\b(?! (?:for )?(?:a |an |my |our )?clients?\b)|"
    r"\bI(?:'d|’d| would|'ll|’ll| will) be (?:managing|supervising|leading) (?:this|the) "
    r"(?:role|position|hire|post)\b|\bI(?:'d|’d| would|'ll|’ll| will) be your (?:direct |line )?"
    r"(?:manager|supervisor|boss)\b",
    re.IGNORECASE,
)
_SELF_AS_HM = re.compile(
    r"\b[Aa]s (?:the|your) hiring manager\b[^.!?\n]{0,80}?\b(?:I|I'd|I’d|I'll|I’ll|I'm|I’m|me)\b"
)
# Where the title the writer gives ends: before the firm or other words, and before a closing
# "here" or "now" ("(I'm the Talent Lead here)", "I'm the CTO here;", "(I'm the X now)").
_SELF_SPLIT = re.compile(r"\s(?:of|at|for|on|with|and|here|now)(?:\s|$)")
_LEAD_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
_ON_BEHALF = re.compile(
    r"\b[Oo]n behalf of\s+(?P<v>[A-Z][\w&'’.-]*(?: (?:&|and|[A-Z][\w&'’.-]*)){0,5})"
)
_POSITION_PROSE = re.compile(
    r"\b(?:the|our|an?|this)\s+(?P<v>[A-Z][^.!?\n]{2,80}?)\s+(?:role|position|opening|"
    r"vacancy|job)\b|\bthe (?:position|role|post) of\s+(?P<w>[A-Z][^.!?\n]{2,80}?)(?=[.!?\n]|$)|"
    r"\bfor the (?:position|role)\s+(?P<x>[A-Z][^!?\n]{2,80}?)\.?(?=\s*$|\.\s|\n)|"
    r"\b(?:interviews?|(?:interview )?(?:schedule|itinerary|agenda)|screen|onsite|loop|call|"
    r"round|stage) for (?:the )?(?P<y>[A-Z][^.!?\n:]{2,80}?)\s*"
    r"(?::|[.!](?!\S)|$)|"
    # "the Senior Scientist, Assay Development onsite": a job's name before the event word
    # (kept only when the title lexicon knows it).
    r"\bthe\s++(?P<o>[A-Z][^.!?\n]{2,80}?)\s++(?:onsite|on-site|interview loop|final round)\b|"
    # "we need someone to own our data platform, a Staff Data Engineer, and …"
    r"\bsomeone\b[^.!?\n]{0,80}?,\s++an?\s++(?P<a>[A-Z][\w&/-]*+(?: [A-Z][\w&/-]*+){0,5}),|"
    # "We're hiring a Senior ML Engineer and …", "joining as their first Product Designer":
    # capitalised words only, so the name ends where the sentence goes on in lower case.
    # "I'm hiring for a Senior iOS Engineer": "for" before the article, "iOS" a capitalised word.
    r"\b(?:looking for|hiring(?: for)?|to hire|join(?:ing)?(?: us)? as)\s++(?:our|an?|the|their)"
    r"\s++(?:first\s++)?(?P<z>[A-Z][\w&/-]*+(?: (?:(?:[A-Z]|i(?=[A-Z]))[\w&/-]*+|of|and|&)"
    r"(?![\w&/-])){0,5})|"
    # "my application for Café Operations Lead", "your application on position of Robotics
    # Software Engineer (Perception)": capitalised words (and a parenthesis) after the frame.
    r"\bapplication (?:for|on|to)\s++(?:(?:the|a|an)\s++)?(?:(?:position|role|post|job)\s++"
    r"(?:of\s++|as\s++)?)?(?P<p>[A-Z][\w&/-]*+(?: (?:[A-Z(][\w&/()-]*+|of|and|&)(?![\w&/-])){0,6})",
)
_SIGN_OFFS = (
    r"(?:best|thanks|thank you|cheers|regards|kind regards|best regards|warm regards|"
    r"thanks (?:&|and) regards|"
    r"warmly|sincerely|talk soon|see you soon|all the best|many thanks|"
    # The same in the languages invites from Europe sign off in, often paired with the
    # English: "Beste Grüße / Best regards", "Mit freundlichen Grüßen", "Vänliga hälsningar".
    r"(?:beste|viele|liebe|freundliche|herzliche) grüße|mit (?:freundlichen|besten) grüßen|"
    r"(?:med )?(?:vänliga|vänlig|bästa) hälsning(?:ar)?|hälsningar|met vriendelijke groet(?:en)?|"
    r"(?:bien |très )?cordialement|bien à vous|(?:un )?saludos?(?: cordiales)?|atentamente|"
    r"cordiali saluti|distinti saluti|(?:med )?venlig hilsen|med vennlig hilsen)\b[\s,.!]*"
)
_SIGN_OFF = re.compile(
    rf"^(?:{_SIGN_OFFS}(?:/\s*+{_SIGN_OFFS})?|--\s*|—\s*)$",
    re.IGNORECASE,
)
# A signature line's fields: "Title | Company", "Title - Company", "Title · Company".
_SIG_SPLIT = re.compile(r"(?<!\s)\s++(?:\|\s*|[-–—·•]\s+|@\s+|at\s+)|\|\s*")
# The mark in more words than names.FUTURE_MANAGER has, read in sentences: Italian "suo
# futuro responsabile", Spanish "futura jefa directa" without a possessive, Finnish "tuleva
# esihenkilösi" / "esihenkilönäsi", Swedish "rekryterande chef", Danish/Norwegian "ansættende
# leder" / "ansettende leder", Dutch "hier zou je onder vallen".
_FUTURE_MANAGER_MORE = (
    r"(?:(?:(?:il |la )?(?:suo|sua|tuo|tua) )?futur[oa] (?:responsabile|capo|manager|"
    r"superiore)(?: diretto| diretta)?|futur[oa] jef[ae](?: direct[oa]| inmediat[oa])?|"
    r"(?:tuleva |uusi )?esihenkil[öo](?:si|n[äa]si)|rekryterande chef|"
    r"ans[æa]ttende leder|ansettende leder|hier zou je onder vallen|"
    # The marks above as `marks_in_english` leaves them: "Olle är hiring manager".
    r"hiring manager)"
)


# "Ravi is the hiring manager", "Marcus Reid will be your manager": the name, then the mark.
_HM_SAID = re.compile(
    # Up to three words of a name ("Siobhán Ní Bhriain"); the leftmost start takes them all.
    r"(?<![\w'’-])(?P<n>[A-ZÀ-ÖØ-Þ][\w'’-]*+(?: [A-ZÀ-ÖØ-Þ][\w'’-]*+){0,2})"
    # "Horatio Vukovic (VP Supply Chain at Pemberly Foods) is the hiring manager".
    r"(?: \([^()\n]{2,80}\))?"
    # "Gus Papadakis, our Chief Estimator, is the hiring manager": an apposition between.
    r"(?:, (?P<a>[^,.;:!?()\n]{2,60}),)?"
    # "Sunil Varma, who leads our FP&A team and is the hiring manager": a clause between.
    r"(?:,? who(?: [\w&'’-]++){1,8}? and)?"
    r"(?:"
    # "Herr Dr. Haas wäre Ihr direkter Vorgesetzter", "Renata será sua futura gestora",
    # "…, jefa de cocina, que será tu responsable directa", "…, som blir din nærmeste leder".
    r"(?: (?i:que|qui|die|der|som|che|joka|who|welche[rs]?))?"
    r" (?i:ist|w[äa]re|wird|ser[áa]|ser[íi]a|[ée]|es|est|sera|blir|bliver|blev|[äe]r|wordt|"
    r"zal zijn|sar[àa]|sarebbe|on|is)"
    # "Herr Dr. Haas ist zugleich Ihr künftiger Vorgesetzter", "… is ook je leidinggevende".
    r"(?: (?i:zugleich|auch|also|ook|også|också|anche|tambi[ée]n|aussi))?"
    rf" (?i:{FUTURE_MANAGER}|{_FUTURE_MANAGER_MORE})\b|"
    # "Luca Moretti, capo cantiere … e suo futuro responsabile", "Graciela Montoya, directora
    # de … y futura jefa directa del puesto": a title, then "and" and the mark.
    r", (?P<b>[^,.;:!?()\n]{2,80}?) (?i:and|und|e|y|et|en|og|och|ja) (?i:also |auch )?"
    rf"(?i:{FUTURE_MANAGER}|{_FUTURE_MANAGER_MORE})\b|"
    # "…, VP of Sales, who is also the hiring manager", "…, who is hiring for the … opening",
    # "… owns the hiring decision", "… has the final say on this hire", "… is the engineering
    # manager for the chassis group and the hiring manager".
    r"(?:,? who)? (?:(?:is|will be)(?: also)? (?:the hiring manager|"
    # "…, who leads our grid team and is hiring a Power Systems Engineer".
    r"your (?:future |direct |new |line |would-be )?manager|hiring for\b|hiring an?\b)|"
    r"(?:owns|makes|will make|has) the (?:final )?hiring decision\b|"
    # The final say over the hire, not over something else ("the final say on scheduling").
    r"(?:has|gets|will have) the final say\b(?! (?:on|over|about) (?!(?:this |the |your )?"
    r"(?:hire|hiring|decision|offer|role|position|candidates?)\b))|"
    r"(?:is|will be) (?:the|an?|our) [^.;:!?()\n]{2,60}? and (?:also )?(?:the|your) "
    r"(?:hiring manager|(?:future |direct |line )?manager)\b|"
    # "Olamide Fashola, Head of Data, is still on the panel and is the hiring manager".
    r"(?:is|will be) [^.;:!?()\n]{2,60}? and (?:also )?is the hiring manager\b)|"
    # "Kwame Tetteh, Head of Operations, who the Operations Analyst role reports to".
    r",? (?:who|to whom) (?:the|this) (?:[\w&'’-]++ ){0,4}?(?:role|position|job|hire|"
    r"engagement) (?:would |will )?reports?(?: directly)?(?: to\b)?|"
    # "…, Direttrice Amministrazione e Finanza, a cui la posizione riporta", "…, a quien
    # reportarías", "…, an den die Stelle berichtet".
    r",? (?i:a cui|a quien|à qui|an (?:den|die)) (?:(?i:la|el|le|die) "
    r"(?i:posizione|puesto|poste|stelle|vaga|ruolo) )?(?i:riporta|reporta|reportar[íi]as|"
    r"reportar[áa]s|est rattach[ée]|berichtet)\b|"
    # "Bertrand, your future manager if things go well": the mark in apposition.
    r", (?:your|the) (?:future |direct |new |line |would-be )?(?:hiring )?manager\b|"
    # "Oskar Lindqvist, who you would report to", "…, who leads the team you would join".
    r",? who (?:you(?:'d|’d| would|'ll|’ll| will) (?:be )?report(?:ing)? (?:directly )?to\b|"
    r"(?:leads|runs|heads|manages) the (?:[\w&'’-]++ ){0,3}?(?:team|group|department|unit|"
    r"squad|org) (?:that )?you(?:'d|’d| would|'ll|’ll| will)? (?:be )?join(?:ing)?\b))"
)
# The person the user would work for, said in other words than "hiring manager": "Marcus leads
# the team you'd join", "she leads the CS team and would be your manager", "you'd report to
# Dana Lee". Before "report to" the name follows; otherwise it is the first name of the sentence.
_MANAGES_YOU = re.compile(
    # "Mauro Benedetti, our Lead Producer, who'd be your lead on the Live Ops team".
    r"(?:\bwould|\bwill|'d|’d|'ll|’ll) be your (?:direct |line |future )?"
    r"(?:manager|supervisor|boss|lead(?! interviewer))\b|"
    r"\b(?:leads|runs|heads|manages) the (?:[\w&'’-]++ ){0,3}?(?:team|group|department|unit|"
    r"squad|org) (?:that )?you(?:'d|’d| would|"
    r"'ll|’ll| will)? (?:be )?join(?:ing)?\b|"
    # "our head of data, Priya, whose team you'd be joining".
    r"\bwhose (?:[\w&'’-]++ ){0,3}?(?:team|group|department|unit|squad|org) you(?:'d|’d| would|"
    r"'ll|’ll| will)? (?:be )?join(?:ing)?\b|"
    # "you would join Henrik's team": the one whose team it is, named in the words.
    r"\byou(?:'d|’d| would|'ll|’ll| will) (?:be )?join(?:ing)? (?-i:(?P<own>[A-Z][\w-]*+))['’]s "
    r"(?:team|group|department|unit|squad|org)\b|"
    # "you'd report to Dana Lee", "the role reports directly to him", "you'd be working for
    # Oscar": the one the hire would work for is named (or pointed at) after the words.
    r"\b(?P<to>(?:you(?:'d|’d| would|'ll|’ll| will) (?:be )?(?:report(?:ing)?|work(?:ing)?)|"
    r"(?:the|this) (?:role|position|job|hire|post|engagement) (?:would |will )?"
    r"(?:reports?|be reporting)|"
    # The same in the languages invites come in: "die Stelle berichtet an", "le poste est
    # rattaché à", "vous reporterez à", "el puesto reporta a", "reportarías a", "la posizione
    # riporta a", "riporterai a", "je rapporteert aan", "tjänsten rapporterar till",
    # "stillingen rapporterer til", "du rapporterar till".
    r"(?:die|diese) (?:stelle|position|rolle) (?:w[üu]rde |wird )?berichte[nt]?|"
    r"sie (?:w[üu]rden |werden )?berichten|"
    r"(?:le|ce) poste (?:sera |est )?rattach[ée]|vous (?:serez|seriez) rattach[ée]e?|"
    r"vous reporterez|(?:el|este|la|esta) (?:puesto|vaga|posici[óo]n|rol) reporta|"
    r"reportar(?:[íi]as|[áa]s|[áa])|(?:la|questa) (?:posizione|ruolo|figura) riporta|"
    r"riporter(?:ai|esti)|je rapporteert|(?:de|deze) (?:functie|rol) rapporteert|"
    r"(?:du|tj[äa]nsten|rollen|stillingen|stillingen) rapporter(?:ar|er)|"
    # "The Head of Partnerships reports to Carla": the job hired for, by its capitalised title.
    r"\bthe (?-i:[A-Z])[\w&/-]*+(?: (?:(?-i:[A-Z])[\w&/-]*+|of|and|&)){0,4} (?:would |will )?"
    r"(?:reports?|be reporting)) "
    r"(?:directly |straight |direkt |directement |directamente |direttamente |direct )?"
    r"(?:to|into|for|under|an|à|a|aan|till|til)) ",
    re.IGNORECASE,
)
# A pronoun for the person last named ("He manages the team and this position reports to him").
_POINTED = re.compile(
    r"(?:him|her|them|ihn|ihm|ihr|sie|lui|elle|[ée]l|ella|lei|hem|henne|honom|hende|ham|hun)\b",
    re.IGNORECASE,
)
_PRONOUN_NAMES = frozenset({"he", "she", "they", "his", "her", "their", "him", "them", "it"})
_NAME_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2}")
_LONG_NAME_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,4}")
# "Our VP of Sales, Dana Ruiz-Ortega, may join the final round later on": not met this time.
_JOINS_LATER = re.compile(
    r"(?:,|(?<!\s))\s*+(?:may|might|could|will|would)\s++(?:also\s++)?join\b[^.!?]{0,40}?"
    r"\b(?:later|final round|next round|another (?:round|time))\b"
)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _hm_said(line: str) -> str | None:
    """The name a sentence calls the hiring manager; an apposition between must be a title."""
    pos = 0
    for _ in range(4):
        m = _HM_SAID.search(line, pos)
        if m is None:
            return None
        name, between = m.group("n"), m.group("a") or m.group("b")
        if _hiring_aside(line, m, between):
            pos = m.end("n")
            continue
        if between is None or is_title(_TITLE_LEAD_WORDS.sub("", between)):
            return name if is_name(name) else None
        pos = m.end("n")  # "Hi Alex, I've added Sunil Varma, who …": the name after
    return None


_TITLE_LEAD_WORDS = re.compile(r"^(?:(?:our|the|their|its|his|her|a|an)\s++)+", re.IGNORECASE)
_HIRING_TAIL = re.compile(r"\bhiring (?:an?|for)$", re.IGNORECASE)


def _hiring_aside(line: str, m: re.Match[str], between: str | None) -> bool:
    """ "… is hiring a …" marks the hiring manager only for a job: a recruiter hires for every
    role ("Priya Nair, our recruiter, is hiring a Data Engineer"), and a lower-case object is
    no job title ("Tom is hiring a mentee for the summer too")."""
    if _HIRING_TAIL.search(m.group(0)) is None:
        return False
    if between is not None and role_of(_TITLE_LEAD_WORDS.sub("", between)) is Role.RECRUITER:
        return True
    if m.group(0).lower().endswith("for"):
        return False
    rest = line[m.end() : m.end() + 40].lstrip()
    return not rest[:1].isupper()


def _manager_said(line: str) -> tuple[str | None, bool]:
    """The name of the person a sentence says the user would work for, and whether it says
    the hire reports to them (rather than that they lead the team)."""
    m = _MANAGES_YOU.search(line)
    if m is None:
        return None, False
    if m.group("own"):
        return m.group("own"), False
    if m.group("to"):
        after = _NAME_RUN.match(line, m.end())
        if after is None and _POINTED.match(line, m.end()):
            return _last_named(line[: m.start()]), True
        if after is None or after.group(0).lower() in _PRONOUN_NAMES:
            return None, False
        return (after.group(0) if is_name(after.group(0)) else None), True
    starts = [e.end() for e in _SENTENCE_END.finditer(line, 0, m.start())]
    sentence = line[starts[-1] if starts else 0 : m.start()]
    # The full name nearest the words, a title before it dropped: "As a next step …, you'll
    # meet Sales Director Augustin Mbeki, who would be your manager" → "Augustin Mbeki"; else
    # the nearest single name ("Marcus leads the team you'd join").
    full = single = None
    for run in _LONG_NAME_RUN.finditer(sentence):
        tokens = run.group(0).split()
        for k in range(len(tokens)):
            tail = " ".join(tokens[k:])
            if tail.lower().split("'")[0].split("’")[0] in _PRONOUN_NAMES | _YOU:
                continue  # "You'll spend the first half hour with …": the reader, no name
            if tail.isupper():
                continue  # "she leads the CS team": an acronym, no name
            if is_name(tail):
                if k < len(tokens) - 1:
                    full = tail
                else:
                    # "…, Priya, whose team you'd be joining", "Ottilie (engineer) and Ferdi
                    # (he'd be your manager)": the name nearest the words.
                    single = tail
                break
    if single and full and sentence.rfind(single) > sentence.rfind(full):
        return single, False
    return full or single, False


_YOU = frozenset({"you", "i", "we", "hi", "hello", "here", "thanks"})


def _last_named(text: str) -> str | None:
    """The person a pronoun points back to: the last full name written before it (a first
    name alone when no full name is)."""
    full = single = None
    for run in list(_LONG_NAME_RUN.finditer(text[-300:]))[-12:]:
        tokens = run.group(0).split()
        for k in range(len(tokens)):
            tail = " ".join(tokens[k:])
            if tail.lower() in _PRONOUN_NAMES or not is_name(tail):
                continue
            if k < len(tokens) - 1:
                full = tail
            else:
                single = tail
            break
    return full or single


_WHO_HIRES = re.compile(
    r"\bwho (?:is|will be)(?: also)? (?:the hiring manager|hiring for\b|"
    r"your (?:future |direct |new |line |would-be )?manager\b)",
    re.IGNORECASE,
)
_CLIENT = re.compile(r"\b(?:my|our) client\b", re.IGNORECASE)
_AGENCY = re.compile(r"\brecruit\w*|\bstaffing\b|\btalent\b|\bsearch\b|\bheadhunt", re.I)


@dataclass(frozen=True, slots=True)
class Signature:
    name: str
    title: str | None
    company: str | None
    # The writer works for a recruiting agency ("Senior Consultant, TalentBridge Recruitment").
    agency: bool = False


def _without_aside(seg: str) -> str:
    """ "Founder, Loamworks (still on gmail, sorry!)": words in parentheses at the end of a
    signature line are an aside (a hiring-manager mark is kept)."""
    at = seg.rfind("(")
    inner = seg[at + 1 : -1]
    if at <= 0 or "hiring manager" in inner.lower() or not any(c.islower() for c in inner):
        return seg
    return seg[:at].rstrip()


def read_signature(lines: tuple[str, ...], agrees: Callable[[str], bool]) -> Signature | None:
    """Who signed the letter, as what, for which company. `agrees(text)` tells whether a piece
    of text names the sender's own domain ("Head of Talent, Pinecrest" at pinecrest.io)."""
    lines = _signature(lines)
    if not lines:
        return None
    pieces = [p.strip() for p in _SIG_SPLIT.split(lines[0][:200]) if p.strip()]
    if not pieces:
        return None
    head, rest = pieces[0], pieces[1:]
    if not is_name(head) and "," in head:
        head, more = head.split(",", 1)
        rest.insert(0, more.strip())
    head = head.strip()
    if not is_name(head):
        return None
    if not rest and len(head.split()) == 1 and len(lines) > 1:
        # "Max" then "Maximilian Oyarzún" / title / company: signed by first name, then the
        # full signature block.
        full = lines[1].strip()
        first = fold(full.split()[0]) if full else ""
        known = first.startswith(fold(head)) or same_first_name(fold(head), first)
        if len(full.split()) >= 2 and is_name(full) and known:
            head, lines = full, lines[1:]
    # "Adaeze Nnaji, MD": letters after the name are a degree, not the company.
    rest = [p for p in rest if not all(is_credential(c) for c in p.split(","))]
    segments = rest + [p.strip() for line in lines[1:] for p in _SIG_SPLIT.split(line[:200])]
    title = company = None
    for seg in segments:
        if "@" in seg and seg.endswith(")"):
            # "Talent Acquisition (maja.lund@fjallstack.se)": the title, then the address.
            seg = _EMPTY_PARENS.sub("", _ADDRESS.sub("", seg)).strip()
        if not seg or "@" in seg or "http" in seg or len(seg) > 80:
            continue
        if seg.endswith(")"):
            seg = _without_aside(seg)
        firm = None
        if "," in seg:
            left, right = seg.rsplit(",", 1)
            # "Senior Consultant, Brightfield Search" (a firm's name of two words or more), not
            # "Engineering Manager, Search" (the team).
            agency_firm = len(right.split()) >= 2 and _AGENCY.search(right) is not None
            if agrees(right.strip()) or (is_title(left) and agency_firm):
                seg, firm = left.strip(), right.strip()
        if title is None and is_title(seg):
            title, company = seg, company or firm
            continue
        nordic = _REKRYT.match(seg) if title is None and seg[:4].lower() == "rekr" else None
        if nordic is not None:
            title = nordic.group("t")
            continue
        if (
            company is None
            and seg[:1].isupper()
            and not _DIGIT.search(seg)
            and len(seg.split()) <= 6
            and people_line(seg) is None
        ):
            company = firm or seg
    return Signature(head, title, company, agency=bool(company and _AGENCY.search(company)))


_ADDRESS = re.compile(
    r"<?(?:mailto:)?(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+>?"
)
_DIGIT = re.compile(r"\d")
# A recruiter's title in the Nordic languages and Polish, which the title lexicon does not
# read: "Rekryterare", "Rekrutteringskonsulent", "Rekruter" (one word, or before a team).
_REKRYT = re.compile(r"(?P<t>rekr[uy]t\w*+(?: \w++){0,2})(?:,\s*+[^,]{2,60})?$", re.IGNORECASE)
_EMPTY_PARENS = re.compile(r"\(\s*+\)")
_BULLET_CHARS = frozenset(" \t-–—•*·▪◦>|")
# Arrows, dingbats, geometric shapes, emoji and their joiners, as bullets at a line's start.
_PICTOGRAPHS = re.compile(
    r"^[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
    r"\s]++"
)
_SENTENCE_WORDS = (
    "meet",
    "interview",
    "speak",
    "talk",
    "chat",
    "with",
    "conversation",
    "call",
    "connect",
    "introduc",
    "screen",
)
_WITH = re.compile(r"\s(?:with|w/|mit|avec|con|between)\s", re.IGNORECASE)
_FIELDS = re.compile(r"\s{2,}|\t+|\s[|•·]\s")
_DASH_SPLIT = re.compile(r"\s[-–—]\s|:\s")


MAX_MENTIONS = 60
# How much of a description `title_beside` searches for a guest's name.
TITLE_SCAN_MAX = 8000


@dataclass(slots=True)
class _RawSlot:
    day: date | None
    start: Clock
    end: Clock
    tz: str | None
    topic: str | None
    people: list[NamedPerson] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Mention:
    """A person the schedule names, with their slot when it gives one."""

    person: NamedPerson
    topic: str | None = None
    slot_start: datetime | None = None
    slot_end: datetime | None = None
    # Named in passing ("Ivan (Principal Engineer) will join"): adds to someone on the invite,
    # never a new interviewer on its own.
    aside: bool = False


@dataclass(frozen=True, slots=True)
class Schedule:
    mentions: tuple[Mention, ...] = ()
    recruiter: NamedPerson | None = None
    # A coordinator named beside the recruiter ("Recruiting Coordinator: Ilka Sandoval"): sets
    # the loop up, is not met.
    coordinator: NamedPerson | None = None
    position: str | None = None
    company: str | None = None
    # Time slots that named at least one person: the mark of an itinerary.
    slots: int = 0
    # The last lines of the text, where a letter is signed ("Dana Lee | Recruiter | Acme"); read
    # by `read_signature` only when someone asks who wrote it.
    signature: tuple[str, ...] = ()
    # What the writer says of themself ("I'm the hiring manager", "I'm the co-founder of X").
    self_title: str | None = None
    # The name the writer gives themself ("I'm Marisol Echevarría, Head of Platform").
    self_name: str | None = None
    self_hiring_manager: bool = False
    # The company as the invite writes it in prose ("on behalf of X", "co-founder of X").
    company_prose: str | None = None
    # The parent a "Company:" field names after the company ("…, a division of Aurelian").
    parent: str | None = None
    # A position written in prose ("the Data Engineer role"), when no label gives one.
    position_prose: str | None = None
    # The writer recruits for a client ("my client Vantor Logistics"): an agency.
    agency: bool = False
    # Names a sentence calls the hiring manager ("Ravi is the hiring manager for this role").
    hiring_managers: tuple[str, ...] = ()
    # Names a sentence says the user would work for ("Marcus leads the team you'd join").
    managers_said: tuple[str, ...] = ()
    # Names given in a "Hiring Manager:" field (Workday, iCIMS): the hire's manager, who may
    # not be on this call.
    hm_fields: tuple[str, ...] = ()
    # The text read (bounded), for titles written beside a guest's name (`title_beside`).
    text: str = ""


def parse_schedule(
    text: str,
    *,
    start: datetime | None,
    end: datetime | None,
    zones: list[ZoneInfo],
) -> Schedule:
    """Everything the description says about who the user meets, and when."""
    if not text:
        return Schedule()
    ref_year = start.year if start else None
    read = _read_cached(text, ref_year) if len(text) <= _CACHED_TEXT else _read(text, ref_year)
    if not read.slots:
        return read.schedule  # nothing to place in time: the text alone decides
    hinted = list(read.hinted)
    zones = hinted + [z for z in zones if z not in hinted]
    mentions = _resolve(list(read.slots), start, end, zones)
    mentions.extend(read.schedule.mentions)
    # A real loop names a dozen people; the cap keeps matching them to the guest list cheap.
    del mentions[MAX_MENTIONS:]
    return replace(read.schedule, mentions=tuple(mentions))


@dataclass(frozen=True, slots=True)
class _Read:
    """What a description says before its slots are placed in time: the slots as written, the
    zones it names, and the schedule with everyone named outside slots as its mentions."""

    slots: tuple[_RawSlot, ...]
    hinted: tuple[ZoneInfo, ...]
    schedule: Schedule


# Many events share a description (a team's standing agenda, a tool's fixed text, the
# occurrences of a series sent one by one): it is read once. Only short texts are kept.
_CACHED_TEXT = 8000


@lru_cache(maxsize=256)
def _read_cached(text: str, ref_year: int | None) -> _Read:
    return _read(text, ref_year)


# "Hiring manager" as invites in other languages write it beside a name or a title: Swedish
# "rekryterande chef" / "anställande chef", Danish and Norwegian "ansættende leder" /
# "ansettende leder" / "rekrutterende leder", Finnish "rekrytoiva esihenkilö", German
# "einstellende Führungskraft" / "einstellender Manager", Polish "menedżer zatrudniający" /
# "menedżerka zatrudniająca", Portuguese "gestor da vaga" / "gestora contratante", Spanish
# "gerente de contratación". Read as the English mark, so every reader of people lines, tables
# and asides takes them as it takes "(hiring manager)".
_MARK_ABROAD = re.compile(
    r"\b(?:rekryterande|anst[äa]llande) chef\b|"
    r"\b(?:ans[æa]ttende|ansettende|rekrutterende) leder\b|"
    r"\brekrytoiva (?:esihenkil[öo]|esimies)\b|"
    r"\beinstellende[rn]? (?:f[üu]hrungskraft|manager(?:in)?)\b|"
    r"\bmened[żz]er(?:ka)? zatrudniaj[ąa]c[ya]\b|"
    r"\bgestor(?:a)? (?:da vaga|contratante)\b|"
    r"\bgerente de contrataci[óo]n\b|"
    # Dutch "your manager" without the adjective names.FUTURE_MANAGER wants, or with it
    # uninflected: "(je leidinggevende)", "uw toekomstig leidinggevende", "en straks je
    # leidinggevende".
    r"(?:\ben (?:straks |later )?)?\b(?:je|jouw|uw) (?:toekomstige? |directe? |nieuwe? |eigen )?"
    r"leidinggevende\b|"
    # The manager-to-be in Finnish ("tuleva lähiesimiehesi"), Polish ("Pana bezpośrednia
    # przełożona", "przyszły przełożony"), Hebrew ("מנהלת מגייסת"), Chinese ("用人经理",
    # "用人部门负责人"), Japanese ("配属後の直属の上長"); "Hiring Mgr"; "your reporting manager".
    r"\b(?:tuleva |uusi )?l[äa]hiesim(?:ies|ieh)\w*|"
    r"\b(?:(?:pana|pani|tw[oó]j|twoja) )?(?:bezpo[śs]redni[ay]?|przysz[łl][ya]) "
    r"prze[łl]o[żz]on[ya]\b|"
    r"מנהל(?:ת)? מגייס(?:ת)?|用人(?:部门)?(?:经理|负责人)|(?:配属後の)?直属の上長|"
    r"\bhiring mgr\b|\byour reporting manager\b",
    re.IGNORECASE,
)
# Words that name a job of their own as well ("Responsable du recrutement" heads recruiting in
# French, "Manager di riferimento" is anyone's contact): the mark only when they alone fill a
# parenthesis after a name or a title, "Directrice Produit (responsable du recrutement)".
_MARK_ABROAD_PAREN = re.compile(
    r"(?<=\()(?:responsable (?:du |de )?recrutement|(?:manager|responsabile) di riferimento|"
    r"responsable de la vacante)(?=\))",
    re.IGNORECASE,
)
# Letters inside one of the marks above, lower case: a text without any is left as it is (most
# are; a plain substring test costs far less than a search with the patterns).
_MARK_ABROAD_HINTS = (
    "rekryt", "anställ", "anstall", "ansætt", "ansaett", "ansett", "rekrutt", "einstellend",
    "zatrudn", "gestor", "contrataci", "(respons", "di riferimento", "leidingg",
    "hiesim", "przeło", "przelo", "מגייס", "用人", "上長", "hiring mgr", "reporting manager",
)  # fmt: skip


def marks_in_english(text: str) -> str:
    """The text with the hiring-manager mark written in other languages put in English."""
    low = text.lower()
    if not any(h in low for h in _MARK_ABROAD_HINTS):
        return text
    return _MARK_ABROAD_PAREN.sub(_mark_after_title, _MARK_ABROAD.sub(_mark_after_title, text))


_AMBIGUOUS_MARK = re.compile(r"contrataci|recrutement", re.IGNORECASE)
# A denial just before a mark in the same clause: "(not your reporting manager)", "isn't the
# Hiring Mgr", "in for the hiring manager" (the words are left as they are: no mark).
_DENIED_MARK = re.compile(
    r"(?:\bnot|n't|\bno longer|\binstead of|\bin for|\bon behalf of|\bnicht|\bniet|\bikke|"
    r"\binte|\bnie|\bno)\b(?:\s++(?:the|your|our|a|an|as|yet|be|being|de|der|die|je|jouw|uw))*+"
    r"\s*+$",
    re.IGNORECASE,
)
_NOT_IN_A_NAME = re.compile(r"[\n(),:;|•–-]")


def _mark_after_title(m: re.Match[str]) -> str:
    """The mark in English, unless the words name a job of their own (the recruiting manager in
    French and Spanish) and fill a parenthesis straight after the name of the one who signs the
    letter: that writer is the recruiter, not the hiring manager."""
    words = m.group(0)
    clause = m.string[max(0, m.start() - 40) : m.start()]
    clause = re.split(r"[.;:!?()\n,]", clause)[-1]
    if _DENIED_MARK.search(clause) is not None:
        return words
    if _AMBIGUOUS_MARK.search(words) is not None:
        before = m.string[max(0, m.start() - 64) : m.start()].rstrip()
        words_before = ""
        if before.endswith("("):
            # The words since the last mark that cannot be inside a name.
            words_before = _NOT_IN_A_NAME.split(before[:-1])[-1]
        tail: list[str] = []
        for word in reversed(words_before.split()):
            if not word[:1].isupper() or len(tail) == 4:
                break
            tail.insert(0, word)
        name = " ".join(tail)
        # The writer naming their own job ("… et Gaëlle Morvan (responsable du recrutement).
        # Cordialement, Gaëlle Morvan"): the recruiter, not the hiring manager.
        sign_off = m.string[max(m.end(), len(m.string) - 300) :]
        if tail and name in sign_off and is_name(name):
            return words
    return "hiring manager"


def _read(text: str, ref_year: int | None) -> _Read:
    text = marks_in_english(text)
    slots: list[_RawSlot] = []
    loose: list[NamedPerson] = []
    asides: list[NamedPerson] = []
    recruiter: NamedPerson | None = None
    position = company = position_prose = company_prose = self_title = self_name = None
    parent: str | None = None
    self_hm = False
    current_day: date | None = None
    block: _RawSlot | None = None
    block_lines = 0
    # After a label with nothing on its line ("Interviewers:"), the lines below list people.
    listing: list[NamedPerson] | None = None
    listing_optional = False
    # How the list's items were written: how many, bulleted, blank lines between them.
    list_items = 0
    listed_bullets = listed_spaced = False
    lines = text.split("\n")[:400]
    agency = False
    forwarded = False
    hiring_managers: list[str] = []
    managers_said: list[str] = []
    hm_fields: list[str] = []
    run_people: list[NamedPerson] = []
    block_gap = False
    # A label alone on its line after a blank one ("Interviewers" / "Dana Whitt" / …, as
    # Workday and other exports print fields): the lines below hold its value.
    after_blank = True
    heading: str | None = None
    coordinator_named = False
    coordinator: NamedPerson | None = None
    signed = False  # past the letter's sign-off ("Kind regards,"): the signature follows
    line = ""
    marked = False
    # A timed table row whose last cell named a person and nothing else: an HTML cell with a
    # line break ("Obinna Eze<br>Lead Mechanical Engineer") puts the title on the next line.
    open_row: list[NamedPerson] = []
    # The columns of a table whose header row named them ("Time | Interviewer | Title").
    table: _Table | None = None
    table_rows, table_spaced = 0, False
    for raw in lines:
        numbered = raw[:1].isdigit() and _NUMBERED.match(raw) is not None
        # The line before ("" after a blank one), and whether it was a list item (a bullet,
        # a number or an indent): a signature's name line is none of these.
        above, above_marked = line, marked
        # A time alone on the line above marks the entry under it, as a bullet does ("9:00 AM"
        # / "Halvard Eide" / "Controls Engineering Manager": a stacked agenda).
        marked = numbered or raw[:1] in _BULLET_CHARS or _LONE_TIME.fullmatch(line) is not None
        line = (_BULLET.sub("", raw) if raw[:1] in _BULLET_CHARS or numbered else raw).strip()
        line = mark_after_title(line)
        if line[:1] >= "\u2190" and not line[:1].isalnum():
            # "👥 Interviewers: …", "📍 …", "➤ Panel:": a pictograph before the line's words
            # is a bullet as chat tools and bots write them.
            line = _PICTOGRAPHS.sub("", line)
        was_blank, after_blank = after_blank, not line
        if not line:
            if table is not None:
                # A blank line ends a table whose rows follow one another; a table whose rows
                # are spaced from its header (HTML bodies space every line) goes on.
                if table_rows and not table_spaced:
                    table = None
                elif not table_rows:
                    table_spaced = True
            # A heading's value may come after a blank line (HTML bodies space every line).
            _flush_run(run_people, loose, asides)
            # A block's title line may come after a blank line (ModernLoop spaces its lines).
            untitled = bool(block and block.people and block.people[-1].title is None)
            if block is not None and (block.people or block_lines > 1):
                block_gap = untitled
                block = block if untitled else None
            continue
        if open_row:
            row_person, open_row = open_row[-1], []
            title = _WIDE_CELLS.split(line, maxsplit=1)[0].strip() if not was_blank else ""
            title, hm = split_hiring_manager(title) if title else (None, False)
            if title and is_title(title) and not is_name(title):
                loose[-1] = NamedPerson(row_person.name, title, row_person.email, hm)
                continue
        if table is not None and not table_fits(table, line):
            table = None
        if table is not None:
            row = table_row(table, line)
            if row is not None:
                table_rows += 1
                loose.extend(row)
                block = listing = None
                continue
        elif ("|" in line or "\t" in line or "  " in line) and len(line) <= 160:
            table = table_header(line)
            if table is not None:
                table_rows, table_spaced = 0, False
                block = listing = None
                continue
        if len(line) > 300:
            block = listing = None
            # A long sentence may still name people with their titles in apposition.
            asides.extend(prose_people(line))
            continue
        if (
            len(line) <= 30
            and (was_blank or line.rstrip(":").strip().lower() in _BARE_PEOPLE)
            and line.rstrip(":").strip().lower() in _BARE_LABELS
        ):
            # A people heading may follow another line directly ("Session: …" then
            # "Interviewer", as ModernLoop stacks its fields); other labels after a blank line.
            heading = line.rstrip(":").strip().lower()
            if heading in _BARE_PEOPLE:
                listing, listing_optional = (block.people if block is not None else loose), False
                list_items = 0
            continue
        head = raw.lstrip()[:1]
        bulleted = numbered or (bool(head) and head in "-–—•*·▪◦>|")
        signing = len(line) <= 60 and _SIGN_OFF.match(line) is not None
        if signing:
            # The sign-off closes the letter: no slot's block or list goes on past it.
            signed, block = True, None
        if (
            listing is not None
            and list_items
            and (
                (was_blank and _list_ended(bulleted, listed_bullets, listed_spaced, list_items))
                or signing
            )
        ):
            # The list is over: past a blank line a line unlike its items (a signature, "Your
            # recruiter, X, will …"), or the letter's sign-off ("Cheers,", "Beste Grüße").
            listing = None
            if heading in _BARE_PEOPLE:
                heading = None
        if heading is not None:
            if heading in _BARE_PEOPLE and listing is not None:
                people = parse_people(line) if ":" not in line else []
                if people and all(p.name for p in people) and not _sentence_not_item(line, people):
                    if heading == "hiring manager":
                        people = [_as_hiring_manager(p) for p in people]
                    listing.extend(people)
                    listed_bullets = listed_bullets if list_items else bulleted
                    listed_spaced = listed_spaced or (was_blank and list_items > 0)
                    list_items += 1
                    continue
                last = listing[-1] if listing and list_items and not was_blank else None
                if last is not None and last.title is None and not people and is_title(line):
                    # "Dr. Ingrid Halvorsen, PhD" then "Principal Biostatistician": a stacked
                    # entry, the title on the line under the name.
                    listing[-1] = NamedPerson(
                        last.name, line, last.email, last.hiring_manager, last.optional
                    )
                    continue
            elif heading in _BARE_TITLE:
                heading = None
                last = loose[-1] if loose else None
                if last is not None and last.title is None and is_title(line):
                    title, hm = split_hiring_manager(line[:100])
                    loose[-1] = replace(last, title=title, hiring_manager=last.hiring_manager or hm)
                    continue
            elif heading not in _BARE_PEOPLE:
                found = _lead_person(line)
                heading = None
                if found is not None:
                    recruiter = recruiter or found
                    continue
            heading = None
        low_line = line.lower()
        # Who the user would work for, said anywhere: an itinerary's row too ("2:00 PM … with
        # Ayodele Fashola, who leads the team you would join").
        if any(w in low_line for w in _HM_HINTS):
            said_hm = _hm_said(line[:300])
            if said_hm is not None:
                hiring_managers.append(said_hm)
        reports_to = _REPORTS_LABEL.match(line) if ":" in line[:40] else None
        if reports_to is not None:
            # "Reports to: Amadou Diarra, Marketing Director": the field names whom the hire
            # works for; they get the mark when they are on the invite (no one is added).
            hiring_managers.extend(p.name for p in parse_people(reports_to.group("v")) if p.name)
        if any(w in low_line for w in _MANAGER_HINTS):
            said_manager, reports = _manager_said(line[:300])
            if reports and said_manager:
                # "The role reports to Mbali": the one the hire works for, whatever their rank.
                hiring_managers.append(said_manager)
            elif said_manager and said_manager not in managers_said:
                managers_said.append(said_manager)
        # Cheap guards first: most lines of a description are neither times nor labels.
        has_digit = _DIGIT.search(line) is not None
        if has_digit:
            day = parse_date(line.strip(_SEPS + "*=()"), ref_year) if len(line) < 60 else None
            if day is not None:
                current_day, block, listing = day, None, None
                continue
            slot = _parse_slot_line(line, current_day, ref_year)
            if slot is not None:
                slots.append(slot)
                block, block_lines, listing = slot, 0, None
                continue
            # A table or list row with a single start time: "1:00 PM | Name, Title | Focus",
            # "Name  Title  2:00 PM" (HTML cells), "09:00 – Name (Title) – topic".
            row, _ = row_people(line) if _CELLS.search(line) else ([], None)
            if row and any(p.title for p in row) and _row_has_time(line):
                loose.extend(row)
                block = listing = None
                continue
            if (
                len(row) == 1
                and _full(row[0])
                and _row_has_time(line)
                and _CELLS.split(line)[-1].strip() == row[0].name
            ):
                # "9:00  CAD walk-through  Obinna Eze": the title may follow on the next line.
                loose.extend(row)
                open_row = row
                block = listing = None
                continue
            # "9:30am Sam Ng, Creative Director": one time, then the person, single spaces.
            timed = _timed_people(line)
            if timed:
                loose.extend(timed)
                block = listing = None
                continue
        low_line = line.lower()
        if "forwarded message" in low_line or low_line.startswith("begin forwarded"):
            forwarded, signed = True, False
            continue
        if forwarded and recruiter is None and low_line.startswith("from:"):
            # A forwarded invite: whoever sent the original is the one to ask.
            found = _lead_person(line[5:])
            if found is not None and found.email:
                recruiter = found
            continue
        if not agency and "client" in low_line and _CLIENT.search(line):
            agency = True
        # A label and its value in two table cells ("Shadowing  Ilse Brandt") need no colon.
        labelled = ":" in line or "-" in line or "–" in line or "  " in line
        # Before a people line can read "Business Title: Business Editor" as a person.
        m = _TITLE_LABEL.match(line) if labelled and loose else None
        if m and (
            _PEOPLE_LABEL.match(above)
            if m.group("bare") is not None
            else m.group("profile") is None or _person_field(above)
        ):
            last = loose[-1]
            if last.title is None:
                title = m.group("v").strip()[:100]
                loose[-1] = NamedPerson(last.name, title, last.email, last.hiring_manager)
            continue
        if loose and ":" in line and _PANEL_ROLE.match(line) and _person_field(above):
            loose[-1] = _as_hiring_manager(loose[-1])
            continue
        label = _PEOPLE_LABEL.match(line) if labelled else None
        if label is None and line.endswith(":") and line[:1] in "HhDdGg":
            # "Hi Alex! Here's who you'll meet:": the list's heading after a greeting.
            greeted = _GREETING_LEAD.match(line)
            label = _PEOPLE_LABEL.match(line[greeted.end() :]) if greeted else None
        if label:
            heading_text = label.string[: label.start("v")]
            if position_prose is None and " for " in heading_text:
                # "Panel for the Platform Product Manager role at Atlas Grid:": the heading
                # names the job too.
                position_prose = prose_position(heading_text)
            value = _first_sentence(label.group("v").strip())
            people = parse_people(value)
            if line.lower().startswith(("hiring manager", "hiring lead")):
                people = [_as_hiring_manager(p) for p in people]
                hm_fields.extend(p.name for p in people if p.name)
            optional = label.group("opt") is not None
            if optional:
                people = [_as_optional(p) for p in people]
            target = block.people if block is not None else loose
            target.extend(people)
            if not value:
                listing, listing_optional = target, optional
                list_items = 0
            continue
        if listing is not None:
            people = parse_people(line) if ":" not in line else []
            if people and all(p.name for p in people) and not _sentence_not_item(line, people):
                listing.extend(_as_optional(p) if listing_optional else p for p in people)
                listed_bullets = listed_bullets if list_items else bulleted
                listed_spaced = listed_spaced or (was_blank and list_items > 0)
                list_items += 1
                continue
            listing = None
        person_line = people_line(line) if block is None and len(line) <= 120 else None
        if person_line is None and block is None and above and above_marked and not signed:
            # "Aurelio Conti" then "Principal Gameplay Engineer": a stacked entry, the name
            # alone on its line and the title alone on the next.
            person_line = _stacked(above, line)
        if person_line is not None:
            # "Owen Blake — VP of Engineering": a line that is only a person. Two or more in a
            # row are a lineup (people met); a single one may be a signature or an aside, so it
            # only adds to someone invited. After the sign-off they are the signature.
            (asides if signed else run_people).append(person_line)
            continue
        _flush_run(run_people, loose, asides)
        m = _RECRUITER_LABEL.match(line) if labelled or " by " in low_line[:16] else None
        if m:
            found = _lead_person(m.group("v"))
            # "Recruiting Coordinator: Ilka …" then "Recruiter: Desmond …": the recruiter is the
            # one to ask; a coordinator only when no recruiter is named.
            says_recruiter = low_line.startswith(("recruiter", "your recruiter"))
            if found and (recruiter is None or (says_recruiter and coordinator_named)):
                if recruiter is not None:
                    coordinator = recruiter
                recruiter = found
                coordinator_named = not says_recruiter
            continue
        m = _QUESTIONS_LABEL.match(line) if recruiter is None and "uestion" in line[:14] else None
        if m:
            # "Questions: Trina Bell, Nurse Recruiter, 555-0142 or tbell@…": whoever answers for
            # the process, named with an address or as recruiting staff, is the one to ask.
            value = m.group("v")
            found = _lead_person(value)
            staff = found is not None and role_of(found.title) is Role.RECRUITER
            # The value opens on the person's full name ("Reach out to …" is read elsewhere).
            if (
                found is not None
                and found.name
                and " " in found.name
                and value.startswith(found.name)
                and (found.email or staff)
            ):
                recruiter = found
                continue
        m = _POSITION_LABEL.match(line) if labelled else None
        if m and position is None:
            position = m.group("v").strip()[:120] or None
            continue
        m = (_COMPANY_LABEL.match(line) if labelled else None) or _COMPANY_LINE.match(line)
        if m and company is None:
            value = m.group("v").strip()[:80]
            # "Your interview with Dana Lee": one meets a person *with*, not a company.
            if not (m.re is _COMPANY_LINE and _met_person(line, value)):
                company = value or None
                part = _DIVISION.search(value)
                if part is not None:
                    # "Petrel Coatings, a division of Aurelian Industries": the one hiring is
                    # the division; the parent's domain sends the invite.
                    company, parent = value[: part.start()].strip() or None, part.group("p")
            continue
        last_p = block.people[-1] if block is not None and block.people else None
        titles_last = (
            last_p is not None
            and last_p.title is None
            and len(line) <= 80
            and is_title(line.split(",")[0])
        )
        if block is not None and block_gap and not titles_last:
            block = None  # past a blank line only the title of the last person belongs
        block_gap = False
        if block is not None and block_lines < 4:
            block_lines += 1
            people = (
                [p for p in parse_people(line) if _strong(p)]
                if not titles_last and not _PLACE_LABEL.match(line)
                else []
            )
            if people:
                block.people.extend(people)
                continue
            if last_p is not None and titles_last:
                # "Marco Ferri (marco@…)" then "Sales Manager, Mid-Market" on its own line.
                title, hm = split_hiring_manager(line)
                block.people[-1] = NamedPerson(
                    last_p.name, title, last_p.email, last_p.hiring_manager or hm, last_p.optional
                )
                continue
            if block.topic is None and len(line) <= 100:
                block.topic = line
                continue
        low = line.lower()
        if recruiter is None and ("recruit" in low or "coordinator" in low or "contact" in low):
            found = _recruiter_in(line)
            if found is not None:
                recruiter = found
        elif recruiter is None and " team" in low:
            # "Sandra Li from our talent team will follow up": recruiting staff by their team.
            recruiter = _recruiting_team_member(line)
        if "i'm " in low or "i am " in low or "i’m " in low:
            said = _self_said(line)
            if said is not None:
                title, hm, firm, name = said
                self_name = self_name or name
                self_title = self_title or title
                self_hm = self_hm or hm
                company_prose = company_prose or firm
        if not self_hm and "hiring manager" in low and _SELF_AS_HM.search(line[:300]):
            # "As the hiring manager for the X role I'd like to …": the writer says it.
            self_hm = True
        if (
            not self_hm
            and (
                " my " in f" {low} "
                or " me" in low
                or "managing" in low
                or "be your" in low
                or "hiring" in low
            )
            and _SELF_HIRES.search(line[:300])
        ):
            # "the Senior Analyst opening on my team", "I lead the data team and I'm hiring".
            self_hm = True
        if company_prose is None and "behalf" in low:
            b = _ON_BEHALF.search(line)
            if b:
                company_prose = b.group("v").strip()
        if position_prose is None and any(w in low for w in _POSITION_WORDS):
            position_prose = prose_position(line)
        if ";" in line:
            # "Name — Title (hiring manager); Name — Title; …", alone or after a colon.
            listed_people = parse_people(line.split(": ", 1)[-1])
            if len(listed_people) >= 2 and all(p.name and p.title for p in listed_people):
                loose.extend(listed_people)
                continue
        said_people = _sentences_people(line) if any(w in low for w in _SENTENCE_WORDS) else []
        if said_people:
            if _WHO_HIRES.search(line):
                # "You'll meet Priyanka Shah, their Head of Planning, who is hiring for the team."
                said_people[-1] = _as_hiring_manager(said_people[-1])
            loose.extend(said_people)
            # "with our director of pharmacy, Dr. Nnamdi Eze, …": titles the clause reader missed.
            asides.extend(prose_people(line))
            # "You'll meet Sean Murphy, … His email is sean@x.com …" on the same line.
            _pronoun_address(loose, line)
            continue
        if " is " in line:
            # "Sheila Mbatha is the co-founder of Harvestloop": a title for someone invited.
            asides.extend(_titles_said(line))
        if "(" in line or ", " in line:
            aside = _asides(line)
            if "you" in low and (m := _ASIDE_OUR.search(line[:300])):
                # "Our Director of Brand, Jeremy Osei, will call you": the person met.
                named = [p for p in parse_people(m.group("p")) if p.name and p.title]
                if not _JOINS_LATER.match(line, m.end()):
                    loose.extend(named)
                aside = [p for p in aside if p not in named]
            asides.extend(aside)
        if ", " in line:
            # "Vous rencontrerez X, directrice des TI, ainsi que Y, analyste principal": people
            # with titles in apposition, in any language; they only add to someone invited.
            asides.extend(prose_people(line))
        if "@" in line:
            # An address alone under the sign-off is the writer's own, not a person met.
            listed = _listed_address(line) if len(line) <= 120 and not signed else []
            if listed:
                loose.extend(listed)
            else:
                # "… Sean Murphy … His email is sean@x.com": the address of the one just named.
                _pronoun_address(loose, line)
    _flush_run(run_people, loose, asides)
    names = (tz_name(m.group(0)) for m in TZ_ANYWHERE.finditer(text[:8000]))
    hinted = tuple(ZoneInfo(n) for n in dict.fromkeys(names) if n)
    mentions = [Mention(p) for p in loose]
    mentions.extend(Mention(p, aside=True) for p in asides)
    if not slots:
        del mentions[MAX_MENTIONS:]
    schedule = Schedule(
        mentions=tuple(mentions),
        recruiter=recruiter,
        coordinator=coordinator,
        position=position,
        company=company,
        slots=sum(1 for s in slots if s.people),
        signature=tuple(line.strip() for line in lines[-14:]),
        self_title=self_title,
        self_name=self_name,
        self_hiring_manager=self_hm,
        company_prose=company_prose,
        parent=parent,
        position_prose=position_prose,
        agency=agency,
        hiring_managers=_in_full(hiring_managers, loose, asides, slots),
        managers_said=_in_full(managers_said, loose, asides, slots),
        hm_fields=tuple(hm_fields),
        text=text[:TITLE_SCAN_MAX],
    )
    return _Read(tuple(slots), hinted, schedule)


# A full stop that ends a sentence: after a word of two letters or more (not an initial), before
# a capital.
_FULL_STOP = re.compile(r"(?<=[\w)]{2})\.\s++(?=[A-Z])")
_STYLES_WITH_DOT = words(
    "dr mr mrs ms mx prof sr jr st eng engr hon rev dra sra srta mme mlle ing mag dipl cllr "
    "capt col gen lt sgt fr no vs"
)


def _person_field(above: str) -> bool:
    """The line above is one of the fields of a listed person: their name or their title."""
    return bool(above) and (
        _TITLE_LABEL.match(above) is not None or _PEOPLE_LABEL.match(above) is not None
    )


def _first_sentence(value: str) -> str:
    """A label's value up to the end of its sentence: "Hosts: A (Title) & B (Title). A is the
    hiring manager." lists A and B; the next sentence is read as prose."""
    for m in _FULL_STOP.finditer(value, 0, 300):
        word = value[: m.start()].rsplit(None, 1)[-1].strip("()").lower()
        if word not in _STYLES_WITH_DOT:
            return value[: m.start()]
    return value


# What every `_hm_said` match holds, as substrings: most lines hold none.
# A field that names whom the hire reports to, in the languages invites come in.
_REPORTS_LABEL = re.compile(
    r"^(?:reports? to|reporting (?:to|line)|line manager|direct manager|berichtet an|"
    r"direkte[rn]? vorgesetzte[rn]?|rattach[ée]e? [àa]|reporta a|rapporterer til|"
    r"rapporterar till|rapporteert aan|riporta a)\s*+:\s*+(?P<v>\S.{0,100})$",
    re.IGNORECASE,
)
_MANAGER_HINTS = (
    "be your ", " join", " report", " work", " berichte", " rattach", " riport", " rapporte",
)  # fmt: skip
_HM_HINTS = (
    "hiring", "manager", " report", " join", " say", "vorgesetzt", "führungskraft", "gestor",
    "jef", "gerente", "responsab", "líder", "lider", "chef", "leder", "leidinggevend", "sjef",
    "esihenkil", "ledare", "your lead", "be your", " riporta", " berichte", "rattach",
    "onder vallen",
)  # fmt: skip


def _in_full(
    said: list[str], loose: list[NamedPerson], asides: list[NamedPerson], slots: list[_RawSlot]
) -> tuple[str, ...]:
    """Names a sentence gives by surname alone ("Herr Dr. Haas wäre Ihr direkter Vorgesetzter")
    written in full, when exactly one person the text named in full has that surname and
    nobody has it as a first name."""
    if not any(" " not in n for n in said):
        return tuple(said)
    named = [p.name for p in (*loose, *asides, *(q for s in slots for q in s.people)) if p.name]
    full = [n.split() for n in named[:MAX_MENTIONS] if " " in n]
    out = []
    for name in said:
        key = fold(name)
        if " " not in name and not any(fold(t[0]) == key for t in full):
            found = {" ".join(t) for t in full if fold(t[-1]) == key}
            name = found.pop() if len(found) == 1 else name
        out.append(name)
    return tuple(out)


def _list_ended(bulleted: bool, bullets: bool, spaced: bool, listed: int) -> bool:
    """After a blank line, whether a line no longer belongs to the list above: its items were
    bulleted and this line is not, or two or more stood on consecutive lines."""
    return (bullets and not bulleted) or (not bullets and not spaced and listed >= 2)


def _flush_run(run: list[NamedPerson], loose: list[NamedPerson], asides: list[NamedPerson]) -> None:
    if len(run) >= 2:
        loose.extend(run)
    else:
        asides.extend(run)
    run.clear()


# The words of a sentence: a line holding one of them is prose, not a "Name — Title" line.
_PROSE_WORDS = re.compile(
    r"\b(?:is|are|was|will|would|you|your|we|i|me|my|please|thanks|thank|looking|let|here|"
    r"who|with|for|about|to)\b",
    re.IGNORECASE,
)


_CELL_GAP = re.compile(r"(?<=\S) {2,}+(?=\S)")


def _sentence_not_item(line: str, people: list[NamedPerson]) -> bool:
    """ "Part of the interview takes place in an orchard, so …" under a list: one bare word
    read as a name in a line of many words is a sentence, not the list's next person."""
    if len(people) != 1 or people[0].title or people[0].email:
        return False
    return len(line.split()) > len((people[0].name or "").split()) + 3


def _stacked(above: str, line: str) -> NamedPerson | None:
    if len(line) > 80 or len(above) > 60 or ":" in line or ":" in above or "@" in line:
        return None
    name = _PRONOUN_TAIL.sub("", above)
    if len(name.split()) < 2 or not is_name(name) or is_name(line) or not is_title(line):
        return None
    title, hm = split_hiring_manager(line)
    return NamedPerson(_HONORIFIC_LEAD.sub("", name), title, None, hm)


# Where the meeting is, labelled in a slot's block: a place, never the people met.
_PLACE_LABEL = re.compile(
    r"(?:location|where|address|venue|room|place|site|parking|directions|ort|adresse|lieu|"
    r"lugar|direcci[óo]n|indirizzo|luogo|local|endere[çc]o|plaats|sted|plats)\s*+:",
    re.IGNORECASE,
)
_LONE_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2})?+\s*+(?:[AaPp]\.?[Mm]\.?)?+")
_PRONOUN_TAIL = re.compile(r"(?<!\s)\s*+\((?:she|he|they)/\w+\)$", re.IGNORECASE)


def people_line(line: str) -> NamedPerson | None:
    """A line that is one person and nothing else: "Owen Blake — VP of Engineering",
    "Jane Doe, Operations Manager (hiring manager)", "Tess Young | Designer | tess@x.com"."""
    if line[:1] in "([" or line.endswith(("?", "!", ":")) or len(line.split()) > 14:
        return None
    if "  " in line:
        # An HTML table's cells, two spaces apart ("Ebba Lundqvist  Content Design Lead"): the
        # gap separates the name from the title as a pipe would.
        line = _CELL_GAP.sub(" | ", line.strip())
    line = mark_after_title(line)
    before, colon, after = line.partition(": ")
    if colon and " " in before and is_name(before) and after[:1].isupper():
        # "Wolfram Adeyemi-Kuhn: VP Commercial (hiring manager)": a colon between name and
        # title as a dash would be.
        line = f"{before} — {after}"
    found = parse_people(line)
    if len(found) != 1:
        return None
    p = found[0]
    if not p.name or len(p.name.split()) < 2 or not (p.title or p.hiring_manager):
        return None
    head = _HONORIFIC_LEAD.sub("", line)
    if not head.startswith(p.name) and ('"' in head or "“" in head or "'" in head or "(" in head):
        head = without_nickname(head)  # 'Katherine "Kate" Lindgren — …': the name without it
    if not head.startswith(p.name):
        # "Store Manager - Brenda Kowalski": the title, then the name ending the line.
        # Only the two alone: a label ("Interviewer Title: …") or a list is read elsewhere.
        reversed_ = (
            p.title is not None
            and ":" not in head
            and "," not in head
            and head.startswith(p.title)
            and head.endswith(p.name)
        )
        return p if reversed_ else None
    # What follows the name is the title (and an address), not a sentence about them; a
    # parenthesis that only marks the hiring manager ("(your future manager)") is no sentence.
    after = _ADDRESS.sub(" ", head[len(p.name) :])
    if p.hiring_manager and "(" in after:
        after = without_marks(_MARK_PAREN.sub(" ", after))
    if p.hiring_manager and " for " in after:
        # "Kate Lindgren — VP Customer, hiring manager for this role": the mark says what for.
        after = _MARK_FOR.sub(" ", after)
    if _PROSE_WORDS.search(after):
        return None
    if p.title and "|" in p.title:
        # "Tom Becker | CTO | Gridwise Energy": the title's cell, not the company's.
        cells = [c.strip() for c in p.title.split("|") if c.strip()]
        title = next((c for c in cells if is_title(c)), cells[0] if cells else None)
        p = NamedPerson(p.name, title, p.email, p.hiring_manager, p.optional)
    return p


_MARK_PAREN = re.compile(
    r"\(\s*+(?:the\s++)?(?:hiring manager|hm|your (?:future |direct |new |line )?manager)\s*+\)",
    re.IGNORECASE,
)
# A name, the mark in brackets, then a separator and the title: "Dana Lee (HM) – Head of Data".
_NAME_MARK_LEAD = re.compile(
    r"^(?P<n>[^()\[\],:;|]{3,60}?)\s*+[(\[]\s*+(?:the\s++)?(?:hiring manager|hm)\s*+[)\]]\s*+"
    r"(?P<sep>[-–—,|:])\s++(?P<t>[^()]{2,100})$",
    re.IGNORECASE,
)


def mark_after_title(line: str) -> str:
    """ "Rosa Vidal (HM) – Director, Clinical Operations" → "Rosa Vidal – Director, Clinical
    Operations (hiring manager)": the mark between the name and the title is read as it is
    after the title. Any other line is returned as it is."""
    lead = _NAME_MARK_LEAD.match(line) if "(" in line or "[" in line else None
    if lead is None or not is_name(lead.group("n").strip()):
        return line
    # "Tom Reyes (HM), Lee Wong" is a list of two people: the mark stays on the first, so what
    # follows the separator must read as a title, not as the next person's name.
    rest = lead.group("t").strip()
    if is_name(rest) or not is_title(rest):
        return line
    return f"{lead.group('n')} {lead.group('sep')} {lead.group('t')} (hiring manager)"


_MARK_FOR = re.compile(
    r"\bhiring manager for (?:this|the) (?:role|position|job|opening|team|hire)\b", re.IGNORECASE
)
# One to three styles: "Herr Dr. Matthias Krüger", "la dott.ssa Alessandra Rinaldi".
_HONORIFIC_LEAD = re.compile(
    r"^(?:(?:(?:dr|mr|mrs|ms|mx|prof|professor|mme|mlle|sra|srta|dra|cllr|rev|dipl|sig\.ra|"
    r"sig\.na|prof\.ssa)\.?|"
    r"(?:eng|engr|hon|mag|ing|dott|dott\.ssa|sig|sig\.ra|avv|capt)\.|"
    r"(?:herr|frau|sir|dame|lady|lord|do[ñn]a)(?= \w)|"
    r"(?-i:Captain|Capt)(?= (?-i:[A-Z])))\s++){1,3}",
    re.IGNORECASE,
)
_LEAD_TIME = re.compile(rf"^(?:{TIME})(?:\s*+(?-i:[A-Z]{{2,4}})\b)?[\s:,-]++", re.IGNORECASE)


def _timed_people(line: str) -> list[NamedPerson]:
    """A row that starts with one time and then names people with titles."""
    m = _LEAD_TIME.match(line[:200])
    if m is None:
        return []
    rest = line[m.end() :]
    _, people = _split_rest(rest)
    found = [p for p in people if p.name and _full(p) and (p.title or p.email)]
    if not found and rest.endswith(")"):
        # "1:00 System design (Yusuf Demir)": the topic, then who runs it.
        named = _topic_then_name(rest)
        found = named[1] if named else []
    return found


def _as_optional(p: NamedPerson) -> NamedPerson:
    return NamedPerson(p.name, p.title, p.email, p.hiring_manager, True)


# Starts only at the first of the trailing words (not inside a run of spaces, not after one of
# the words): linear on runs of spaces and of the words themselves.
_TRAILING_WORDS = re.compile(
    r"(?<!\s)(?<!\sat)(?<!\son)(?<!\sby)(?<!\sor)(?<!\sto)(?<!\svia)(?<!\sand)(?<!\swith)"
    r"(?>(?:\s++(?:at|with|on|via|by|or|and|to))+)\s*$",
    re.IGNORECASE,
)


def _lead_person(fragment: str) -> NamedPerson | None:
    """The person a clause starts with, and the address it gives for them:
    "Sam Ortiz, Recruiting Coordinator, at sam@x.com", "Liam O'Connell - liam@x.com"."""
    fragment = fragment[:300]
    emails = find_emails(fragment)
    email = emails[0] if emails else None
    text = _ADDRESS.sub(" ", fragment)
    text = _CLAUSE_END.split(text, maxsplit=1)[0]
    text = _TRAILING_WORDS.sub("", " ".join(text.split()).strip(_SEPS + "()<>[]"))
    found = [p for p in parse_people(text) if p.name]
    person = found[0] if found else None
    if len(found) == 2 and text.count(",") == 1 and text.find(",") == len(found[0].name or ""):
        # "Recruiter: Okonkwo, Adaeze": one person, named as the directory writes it.
        person = surname_first(found[0], found[1]) or person
    if person is None:
        m = _LEAD_NAME.match(text)
        if m is None or not is_name(m.group(0)):
            return None
        person = NamedPerson(m.group(0))
    if email and not person.email:
        person = NamedPerson(person.name, person.title, email, person.hiring_manager)
    return person


def _recruiter_in(line: str) -> NamedPerson | None:
    m = _RECRUITER_SENTENCE.search(line)
    if m:
        return _lead_person(m.group("v"))
    m = _RECRUITER_LABEL_IN_LINE.search(line)
    if m:
        # "… last session of your loop. Recruiter: Sunniva Berg (sunniva@…)": the label after a
        # sentence on the same line.
        return _lead_person(m.group("v"))
    m = _CONTACT_SENTENCE.search(line)
    if m:
        person = _lead_person(m.group("v"))
        # "Contact Sam Ortiz, Recruiting Coordinator, at …": only recruiting staff run the process.
        if person is not None and person.title and classify_title(person.title) is Role.RECRUITER:
            return person
        # "To reschedule, contact Gia Flett at gia.flett@…", "Questions? Contact …": whoever
        # answers for the process, named with an address and no other title, coordinates it.
        if (
            person is not None
            and person.email
            and not person.title
            and any(w in line.lower() for w in _PROCESS_WORDS)
        ):
            return person
    a = _CONTACT_ADDRESS.search(line) if "@" in line else None
    if a is not None and any(w in line.lower() for w in _PROCESS_WORDS):
        # "For help, contact graduates@thistlegate.co.uk": the mailbox that answers for the
        # process, named by nothing but its address.
        return NamedPerson(None, None, a.group("e").lower())
    return _recruiting_team_member(line) if "team" in line else None


_PROCESS_WORDS = ("reschedul", "question", "change the time", "move the time", "cancel", "help")
_CONTACT_ADDRESS = re.compile(
    r"\b(?:[Cc]ontact|[Ee]mail|[Rr]each out to|[Ww]rite to)\s++(?:us\s++at\s++)?"
    r"(?P<e>[\w.+-]++@[\w-]++(?:\.[\w-]++)++)"
)
# "karen obi from our recruiting team set this up, ping her (karen.obi@…)": recruiting staff
# named with an address in the same sentence, however the name is written.
_FROM_RECRUITING = re.compile(
    r"\b(?:from|on|in|of) (?:our|the) (?:recruiting|recruitment|talent(?: acquisition)?|"
    r"people|hr) team\b",
    re.IGNORECASE,
)
_LOCAL_NAME = re.compile(r"^(?P<a>[a-z]{2,20})[._-](?P<b>[a-z]{2,20})$")
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?P<n>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){1,2})$")


def _recruiting_team_member(line: str) -> NamedPerson | None:
    m = _FROM_RECRUITING.search(line)
    if m is None:
        return None
    starts = [e.end() for e in _SENTENCE_END.finditer(line, 0, m.start())]
    stop = _SENTENCE_END.search(line, m.end())
    sentence = line[starts[-1] if starts else 0 : stop.start() if stop else len(line)]
    emails = find_emails(sentence)
    if not emails:
        # "Sandra Li from our talent team will follow up with next steps": the full name just
        # before the words, with no address.
        named = _NAME_BEFORE.search(line[max(0, m.start() - 60) : m.start()].rstrip())
        if named is not None and is_name(named.group("n")):
            return NamedPerson(named.group("n"))
        return None
    if len(emails) != 1:
        return None
    email = emails[0]
    # The name as the address spells it ("karen.obi@"), when the sentence writes those words.
    local = _LOCAL_NAME.match(email.split("@", 1)[0].lower())
    low = sentence.lower()
    name = None
    if local and f"{local.group('a')} {local.group('b')}" in low:
        name = f"{local.group('a').capitalize()} {local.group('b').capitalize()}"
    return NamedPerson(name, None, email)


_MAX_SENTENCES = 4
# The title runs to a joining word ("… is a Principal Planner in the same team"), or on through
# "of/for/in" and capitalised words, twice at most ("is our Associate Director for Transport
# Planning", "Head of Practice for Flood Risk", "Engineer in Test").
_IS_TITLE = re.compile(
    # "Tomasz Zieliński which is our iOS Team Leader": a relative clause says it as well.
    r"(?<![\w'’-])(?P<n>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2})(?:,? (?:who|which))? is "
    r"(?:(?:the|a|an|our|their) )?"
    r"(?P<t>[\w&/-]++(?: [\w&/-]++){0,5}?)"
    r"(?P<x>(?: (?:of|for|in) (?:the )?[A-Z][\w'’&-]*+(?: (?:[A-Z][\w'’&-]*+|&))*+|"
    r" and [A-Z]{2,4}(?![\w'’-])){1,2})?"
    r"(?= (?:of|at|for|and|who|here|on|in)\b|[,.;!]|$)"
)


def _titles_said(line: str) -> list[NamedPerson]:
    out = []
    for m in list(_IS_TITLE.finditer(line[:300]))[:3]:
        name, title = m.group("n"), m.group("t") + (m.group("x") or "")
        # A first name alone ("Ottilie is co-founder and CEO of Kindlepath") only adds to
        # someone invited, as every title said this way does.
        if is_name(name) and is_title(title) and "hiring manager" not in title:
            out.append(NamedPerson(name, title))
    return out


def _sentences_people(line: str) -> list[NamedPerson]:
    """The people of every "you'll meet …" clause of a line: "Confirming your interview with
    Acme for the X role. You'll be speaking with A (Title) and B (Title)." names them in the
    second sentence, not the first."""
    out: list[NamedPerson] = []
    for i, m in enumerate(_SENTENCE.finditer(line)):
        if i >= _MAX_SENTENCES:
            break
        out.extend(_sentence_people(m.group("v")))
    return out


def _sentence_people(value: str) -> list[NamedPerson]:
    """People after "you'll meet", "interview with" …, up to where the clause moves on."""
    parts = _CLAUSE_END.split(value, maxsplit=1)
    head = parts[0]
    people = [p for p in parse_people(head) if _strong(p) or p.hiring_manager]
    if not people:
        lead = _lead_person(head)
        people = [lead] if lead is not None and lead.name and " " in lead.name else []
    if people and len(parts) > 1 and _HM_TAIL.match(value[len(head) :]):
        last = people[-1]
        people[-1] = NamedPerson(
            last.name, last.title or "Hiring Manager", last.email, True, last.optional
        )
    return people


def _asides(line: str) -> list[NamedPerson]:
    out: list[NamedPerson] = []
    line = line[:300]
    low = line.lower()
    # Cheap substring guards first: most lines name nobody in passing.
    patterns = [_ASIDE_PAREN] if "(" in line else []
    if patterns and any(w in line for w in _PARTICLES_SPACED):
        patterns.append(_ASIDE_PAREN_PARTICLE)
    if line.count(",") >= 2:
        patterns.append(_ASIDE_COMMA)
    if ", " in line:
        patterns.append(_ASIDE_APPOSITION)
    if "our " in low and "," in line:
        patterns.append(_ASIDE_OUR)
    for rx in patterns:
        for m in rx.finditer(line):
            # "Thursday. Ambrose (our regional medical director)": the name starts after the
            # sentence before it.
            named = parse_people(m.group("p").rsplit(". ", 1)[-1])
            found = [p for p in named if p.name and p.title]
            if rx is _ASIDE_APPOSITION:
                # Only the name before the comma and a title the lexicon knows, not yet read by
                # the others ("Sourcing Lead, Quarry Bio" in a signature names nobody).
                lead = m.group("p").rsplit(". ", 1)[-1].split(", ", 1)[0]
                found = [
                    replace(p, name=_HONORIFIC_LEAD.sub("", p.name or ""))
                    for p in found
                    if p.name == lead
                    and is_name(p.name or "")
                    and is_title(p.title or "")
                    and not any(q.name == p.name for q in out)
                ]
            if found and rx is _ASIDE_PAREN and "(both " in m.group("p"):
                # "Arvid Lind and Zhou Min (both Senior Android Engineers)": the name before
                # "and" has the same title.
                before = _NAME_AND.search(line[max(0, m.start("p") - 60) : m.start("p")])
                if before and is_name(before.group("n")):
                    out.append(NamedPerson(before.group("n"), found[0].title))
            out.extend(found)
    if ", " in line and (" our " in low or " a " in low or " an " in low or " their " in low):
        for rx in (_ASIDE_LOWER_FIRST, _ASIDE_LOWER_AFTER):
            for m in rx.finditer(line):
                title, name = m.group("t").strip(), m.group("n")
                if is_name(name) and is_title(title) and not any(p.name == name for p in out):
                    out.append(NamedPerson(name, title))
    return out[:6]


_NAME_AND = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2}) (?:and|&) $")


def _self_said(line: str) -> tuple[str | None, bool, str | None, str | None] | None:
    """What the writer says of themself: title, the hiring-manager mark, firm, own name."""
    m = _SELF.search(line)
    if m is None:
        return None
    value = m.group("v")
    first = value.split(maxsplit=1)[0] if m.group("art") is None else ""
    if first.endswith("ing") and first.islower() and first != "acting":
        # "I'm hiring an Embedded Software Engineer", "I'm running the loop": what the writer
        # does, not what they are ("I'm acting CTO" still is).
        return None
    # Without an article only a title is read: "I'm Head of Data", not "I'm connecting you
    # with Marcus, the hiring manager".
    article = m.group("art") is not None
    hm = article and "hiring manager" in value.lower()
    cuts = list(_SELF_SPLIT.finditer(value))[:_MAX_SELF_CUTS]
    title_end = cuts[0].start() if cuts else len(value)
    rest = cuts[0].end() if cuts else None
    for i, cut in enumerate(cuts):
        # "the co-founder and CTO at Fernhill", "Head of Data at Tidewell": the title runs on
        # over "and"/"of" while what it holds is still a title.
        joiner = cut.group(0).strip()
        if cut.start() != title_end or joiner not in ("and", "of"):
            break
        if joiner == "of" and _OF_FIRM.search(value[:title_end]):
            break  # "founder of Tinderbox Robotics": the firm, not more of the title
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(value)
        longer = value[:end]
        if len(longer.split()) > 6 or not is_title(longer):
            break
        title_end, rest = end, cuts[i + 1].end() if i + 1 < len(cuts) else None
    title = " ".join(value[:title_end].split()[:6])
    head, comma, tail = title.partition(",")
    name = None
    if not article and comma and is_name(head.strip()):
        name, title = head.strip(), tail.strip()  # "I'm Marisol Echevarría, Head of Platform"
    if title.lower().endswith("founders"):
        title = title[:-1]  # "one of the founders at Finch"
    local, paren, gloss = title.partition("(")
    if paren and ")" not in gloss:
        # "I'm the Enóloga Jefe (Head Winemaker) and …": the sentence's cut left the bracket
        # open. The English gloss of a title in another language is the title the note uses;
        # any other remark in brackets is none of it.
        closed = english_gloss(f"{local.strip()} ({gloss.strip()})")
        title = closed if ")" not in closed else local.strip()
    if not is_title(title):
        title = ""
    firm = None
    if rest is not None:
        lead = _LEAD_NAME.match(value[rest:].strip())
        firm = lead.group(0) if lead else None
    if hm:
        return title or None, True, firm, name
    return (title or None, False, firm, name) if title else None


_MAX_SELF_CUTS = 6
# Titles followed by "of" and the firm they lead, not by a function.
_OF_FIRM = re.compile(
    r"\b(?:co-?founder|founder|ceo|cto|coo|cfo|owner|president|partner|chair\w*)$", re.IGNORECASE
)


# "… the Senior Planner (Transport) post": a British word for the job, in lower case only
# ("Post Production Supervisor" keeps it).
_ROLE_WORD_TAIL = re.compile(
    r"(?<!\s)\s++(?:(?i:role|position|opening|vacancy|job)\b|post(?![\w-])).*+$"
)
_THE_LAST = re.compile(r"^.*\b(?:the|our|an?|this|for)\s+(?=[A-Z])")


_POSITION_WORDS = (
    "role",
    "position",
    "opening",
    "vacancy",
    "job",
    "interview",
    "screen",
    "onsite",
    "loop",
    "looking for",
    "join",
    "hiring",
    "hire",
    "round",
    "stage",
    "on-site",
    "someone",
)


# Lines and titles repeat across a calendar's events: each is read once.
@lru_cache(maxsize=4096)
def prose_position(line: str) -> str | None:
    """A position named in a sentence: "the Data Engineer role", "for the position X", and
    in lower case "the founding designer role", "looking for our first hardware engineer"."""
    head = line[:300]
    m = _POSITION_PROSE.search(head)
    if m is None:
        return _lowercase_position(head)
    value = next(v for v in m.groups() if v)
    # "our Head of Product, for the Product Manager, Integrations role": the last noun phrase.
    value = _THE_LAST.sub("", value)
    if m.group("w"):
        # "the role of QA Automation Engineer, also about salary": the sentence goes on in lower
        # case after a comma ("Regional Sales Manager, Benelux" keeps its capitalised part).
        value = _LOWER_AFTER_COMMA.split(value, maxsplit=1)[0]
    if m.group("z") or m.group("p"):
        # "my application for Pastry Section Lead and keen to chat": the joining word the
        # sentence went on with is no part of the job.
        value = _without_small_tail(value)
    value = _ROLE_WORD_TAIL.sub("", value).strip(" ,.-–—:")
    value = _INTERVIEW_TAIL.sub("", value).strip(" ,.-–—:")
    if m.group("y"):
        # "Your interview for Solutions Architect, Public Sector at Vantor Cloud is confirmed":
        # the sentence goes on past the job with the employer and a verb.
        value = _AT_EMPLOYER.sub("", _VERB_TAIL.sub("", value)).strip(" ,.-–—:")
    if _CLAUSE_IN_POSITION.search(value):
        return None  # "our Head of Design, who is the hiring manager for this role": a person
    if not value or (is_name(value) and not is_title(value) and m.group("v") is None):
        return _lowercase_position(head)
    # A job's name is written in capitals, small words aside: "the Velvetleaf talent team to go
    # over the role" spans a clause (it ends in "the"), not a name.
    if value.split()[-1] in _NOT_IN_POSITION:
        return _lowercase_position(head)
    if is_title(value):
        return value
    # "the Personal Banker position": the frame says it is a job, whatever the lexicon knows
    # (a person's name never sits between "the" and "position").
    if (m.group("v") or m.group("w") or m.group("x")) and len(value.split()) <= 6:
        return value
    return _lowercase_position(head)


# The same frames written in lower case ("saw your application for the senior analyst role"):
# at most four words, each a word (taken whole), and only what the title lexicon knows.
_LOWER_POSITION = re.compile(
    r"\b(?:[Tt]he|our|an?|this|my)\s+(?:first\s+)?(?P<v>[a-z][a-z-]*+(?: [a-z][a-z-]*+){0,3}?)\s+"
    r"(?:role|position|opening|vacancy|job|hire)\b|"
    # "… about joining Quarrystone as our first infrastructure engineer."
    r"\b(?:looking for|hiring|to hire|join(?:ing)?(?: [A-Z]?\w++)? as)\s+(?:our|an?|the)\s+"
    r"(?:first\s+)?(?P<w>[a-z][a-z-]*+(?: [a-z][a-z-]*+){0,3}?)"
    r"(?=\s*+(?:[-–—,.;:!?(]|$|\s(?:to|who|for|and)\b))"
)
_LOWER_AFTER_COMMA = re.compile(r",\s++(?=[a-z])")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "on", "&"})
# Small words a capitalised run took before the sentence went on ("Engineer and …").
_SMALL_TAIL = (" of", " and", " &", " I")


def _without_small_tail(value: str) -> str:
    # A loop over suffixes, not a `(?: word)+$` regex: re.sub would retry the run from every
    # position (quadratic on "I I I …"); each pass here drops one word, so at most len/2 passes.
    while value.endswith(_SMALL_TAIL):
        value = value[: value.rindex(" ")]
    return value


# Words that end a noun phrase: "the hiring manager for this role" names no position.
_NOT_IN_POSITION = frozenset({"for", "this", "that", "the", "with", "our", "my", "your", "about"})


def _lowercase_position(line: str) -> str | None:
    for m in _LOWER_POSITION.finditer(line):
        value = m.group("v") or m.group("w")
        tokens = value.split() if value else []
        if (
            len(tokens) >= 2  # "the staff role": one word says too little
            and not _NOT_IN_POSITION.intersection(tokens)
            and not _CLAUSE_IN_POSITION.search(value)
            and is_title(value)
        ):
            return " ".join(
                w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:]
                for i, w in enumerate(value.split())
            )
    return None


# "your schedule for the Brand Designer interview below": the position ends at the event word.
_INTERVIEW_TAIL = re.compile(
    r"(?<!\s)\s++(?:interviews?|screen|call|chat|onsite|loop|conversation)\b.*+$", re.I
)
_VERB_TAIL = re.compile(
    r"(?<!\s)\s++(?:is|are|was|has been|have been|will be)\s++(?:confirmed|scheduled|booked|set|"
    r"now|on|at|with)\b.*+$",
    re.IGNORECASE,
)
_AT_EMPLOYER = re.compile(r"(?<!\s)\s++at\s++[A-Z][^,]*+$")
_CLAUSE_IN_POSITION = re.compile(
    r",\s*+(?:who|which|that|whom)\b|\bhiring manager\b|\b(?:is|are|will)\s", re.IGNORECASE
)


@lru_cache(maxsize=1024)
def _signature(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The closing lines of a letter: the first line after a sign-off ("Best," / "--"), or the
    last block of short lines when it starts with a name. Returned raw; the caller decides
    whose it is."""
    tail = list(lines[-14:])
    for i in range(len(tail) - 1, -1, -1):
        if _SIGN_OFF.match(tail[i]) and i + 1 < len(tail):
            block = [t for t in tail[i + 1 :] if t][:4]
            return tuple(block) if block and len(block[0]) <= 120 else ()
    # No sign-off: the closing lines from the first that begins with a full name.
    last = [t for t in tail if t][-5:]
    for k, line in enumerate(last):
        if (
            k + 2 < len(last)
            and last[k + 1].rstrip(":").lower() in _BARE_LABELS
            and is_name(last[k + 2])
        ):
            continue  # "Oscar Pine" / "Recruiter" / "Gemma Lyle": fields, not a signature
        if k + 1 < len(last) and people_line(line) and people_line(last[k + 1]):
            continue  # a lineup of "Name — Title" lines, not the writer's signature
        if k + 1 < len(last) and len(last[k + 1].split()) >= 2 and is_name(last[k + 1]):
            continue  # a list of names ("Dana Whitt" / "Oscar Pine"), not a signature
        # A separator starts where a run of spaces starts: linear on long runs.
        head = re.split(
            r"(?:(?<!\s)|(?<=[-–—]\s))\s*+[|,]\s*|[|,]\s*|\s[-–—]\s",
            line,
            maxsplit=1,
        )[0]
        if len(line) > 120 or not is_name(head):
            continue
        # A first name alone signs too when a title line follows ("Leo" / "Co-founder & CTO").
        titled = k + 1 < len(last) and is_title(_SIG_SPLIT.split(last[k + 1][:120])[0])
        if len(head.split()) >= 2 or titled:
            return tuple(last[k : k + 4])
    return ()


def _listed_address(line: str) -> list[NamedPerson]:
    """A line that only lists someone: "ken@x.com", "Ken Lo <ken@x.com>", "Ken Lo (CTO) - ken@…".

    An address inside a sentence ("write to help@x.com if …") is not a person.
    """
    emails = find_emails(line)
    if len(emails) != 1:
        return []
    rest = _ADDRESS.sub(" ", line).strip(_SEPS + "<>()[]")
    people = parse_people(line)
    if len(people) != 1 or not people[0].email:
        return []
    if rest and not (
        people[0].name and len(rest) <= len(people[0].name) + len(people[0].title or "") + 6
    ):
        return []
    return people


def _pronoun_address(named: list[NamedPerson], line: str) -> None:
    """An address given by pronoun ("His email is …", "her address: …") belongs to the person
    named last, when they have none and the line holds exactly one address."""
    if not named or named[-1].email or "@" not in line:
        return
    if _PRONOUN_EMAIL.search(line[:600]) is None:
        return
    emails = find_emails(line[:600])
    if len(emails) == 1:
        last = named[-1]
        named[-1] = NamedPerson(
            last.name, last.title, emails[0], last.hiring_manager, last.optional
        )


def _attach_addresses(people: list[NamedPerson]) -> list[NamedPerson]:
    """An address standing alone in a column or list ("Victor Hale, Principal Engineer  victor@…")
    belongs to the named person before it who has none: one person, not a name and an address."""
    out: list[NamedPerson] = []
    for p in people:
        if p.email and not p.name and out and out[-1].name and not out[-1].email:
            last = out[-1]
            out[-1] = NamedPerson(
                last.name,
                last.title or p.title,
                p.email,
                last.hiring_manager or p.hiring_manager,
                last.optional or p.optional,
            )
            continue
        out.append(p)
    return out


def _met_person(line: str, value: str) -> bool:
    """`_COMPANY_LINE` read "interview with <a person's full name or a job title>"."""
    if " with " not in line[:25].lower():
        return False
    return is_title(value) or (is_name(value) and len(value.split()) >= 2)


def _strong(p: NamedPerson) -> bool:
    # A bare single word in free text is too weak to call a person.
    return not p.bare or (p.name is not None and len(p.name.split()) >= 2)


def _as_hiring_manager(p: NamedPerson) -> NamedPerson:
    return NamedPerson(p.name, p.title or "Hiring Manager", p.email, True, p.optional)


def _parse_slot_line(line: str, day: date | None, ref_year: int | None) -> _RawSlot | None:
    m = SLOT.search(line, 0, 160)
    if m is None:
        return None
    prefix = line[: m.start()].strip(_SEPS + "()[]")
    topic_prefix: str | None = None
    if prefix:
        prefix_day = parse_date(prefix, ref_year)
        if prefix_day is not None:
            day = prefix_day
        elif len(prefix) <= 30 and line[: m.start()].rstrip().endswith((":", "-", "–", "(", "|")):
            topic_prefix = prefix
        else:
            return None
    start, end = parse_time(m.group("s")), parse_time(m.group("e"))
    if start is None or end is None:
        return None
    tz = tz_name(m.group("tz"))
    rest = line[m.end() :].lstrip(_SEPS + ")").rstrip(" \t.,;:")
    topic, people = _split_rest(rest)
    if topic_prefix:
        topic = f"{topic_prefix}: {topic}" if topic else topic_prefix
    return _RawSlot(day, start, end, tz, topic, people)


def _split_rest(rest: str) -> tuple[str | None, list[NamedPerson]]:
    """The text after a time range: which part is the topic and which the people."""
    if not rest:
        return None, []
    topic, people = _split_rest_fields(rest)
    if topic and len(people) == 1 and _title_cell_first(topic, people[0]):
        # "1:00 - 1:45 PM | Engineering Manager, Routing - Priya Venkataraman (hiring manager)":
        # the cell before the name is their title, not the slot's topic.
        p = people[0]
        title, hm = split_hiring_manager(topic)
        return None, [replace(p, title=title, hiring_manager=p.hiring_manager or hm)]
    if not any(p.title for p in people):
        # A table or list row whose title sits in its own cell ("Name – Title – topic").
        row, row_topic = row_people(rest)
        if any(p.title for p in row):
            return row_topic, row
    elif len(people) == 1 and _glued_cell(people[0].title or "", rest):
        # "Kenji Watanabe - Principal Engineer - Motion planning deep dive", an HTML row
        # "Leona Marsh, Principal Engineer  Architecture": the cell after the title is the
        # topic, not more of the title, when the title reads whole without it.
        row, row_topic = row_people(rest)
        said = people[0].title or ""
        if (
            len(row) == 1
            and row[0].name == people[0].name
            and row[0].title
            and row_topic
            and said != row[0].title
            and said.startswith(row[0].title)
            and said.endswith(row_topic)
            and not is_title(row_topic)
        ):
            return topic or row_topic, [replace(people[0], title=row[0].title)]
    if topic and len(people) == 1 and _HM_SESSION.match(topic):
        # "1:00 – 2:00  Hiring manager chat — Yevgenia Rudenko, Firmware Engineering Manager":
        # the one person of the hiring manager's session is the hiring manager.
        return topic, [replace(people[0], hiring_manager=True)]
    if topic and len(people) == 1 and topic[:1] in "HhTt":
        # "Tomás Ibarra, Engineering Manager, Payments - Hiring Manager | Values & past work":
        # a cell holding only the mark, after the person's, is theirs, not the topic's ("|
        # Hiring manager | Greg Lindqvist, …" before the name is the session's name).
        first, *more = _CELLS.split(topic, maxsplit=1)
        named_at = rest.find(people[0].name or "\0")
        if _MARK_CELL.fullmatch(first.strip(_SEPS)) and 0 <= named_at < rest.find(first):
            rest_topic = more[0].strip(_SEPS) if more else ""
            return rest_topic or None, [replace(people[0], hiring_manager=True)]
    return topic, people


_HM_SESSION = re.compile(
    r"(?:the\s++)?hiring[- ]manager(?:['’]s)?\s++(?:chat|interview|call|conversation|round|"
    r"session|meeting|screen|conversation)\b",
    re.IGNORECASE,
)


def _title_cell_first(topic: str, p: NamedPerson) -> bool:
    """A slot's first cell is the title of the one person named after it, who has none of
    their own (or only the hiring-manager mark)."""
    if p.title is not None and not (p.hiring_manager and p.title == "Hiring Manager"):
        return False
    return len(topic) <= 80 and _full(p) and is_title(topic) and not _names(topic)


def _glued_cell(title: str, rest: str) -> bool:
    """The title ends with the row's last cell, which is no title itself: the cheap check
    before the row is read cell by cell."""
    if not title:
        return False
    cells = _CELLS.split(rest[:300], maxsplit=MAX_CELLS)
    last = cells[-1].strip(_SEPS) if len(cells) > 1 else ""
    return bool(last) and title != last and title.endswith(last) and not is_title(last)


def _split_rest_fields(rest: str) -> tuple[str | None, list[NamedPerson]]:
    w = _WITH.search(rest)
    if w:
        people = parse_people(rest[w.end() :])
        if people:
            return rest[: w.start()].strip(_SEPS) or None, people
    fields = [f for f in _FIELDS.split(rest) if f.strip(_SEPS)]
    if len(fields) >= 2:
        people = _attach_addresses([p for f in fields[1:] for p in parse_people(f)])
        if people and _scope_words_after_a_name(fields[0], people):
            row, row_topic = row_people(rest)
            if any(p.title for p in row):
                return row_topic, row
        elif people:
            return fields[0].strip(_SEPS), people
    parts = _DASH_SPLIT.split(rest, maxsplit=1)
    if len(parts) == 2:
        right = [p for p in parse_people(parts[1]) if _strong(p)]
        if right and _scope_words_after_a_name(parts[0], right):
            row, row_topic = row_people(rest)
            if any(p.title for p in row):
                return row_topic, row
        elif right:
            return parts[0].strip(_SEPS) or None, right
        left = [p for p in parse_people(parts[0]) if not p.bare]
        if left:
            return parts[1].strip(_SEPS) or None, left
    whole = [p for p in parse_people(rest) if not p.bare]
    if whole:
        return None, whole
    topic_name = _topic_then_name(rest)
    if topic_name is not None:
        return topic_name
    return rest[:100], []


def _scope_words_after_a_name(first: str, people: list[NamedPerson]) -> bool:
    """ "Rasmus Lykke Holm – Serviceleder, Vestjylland": a full name first, then only one-word
    "names" that are the title's field or region, not the people of the slot."""
    if any(len((p.name or "").split()) > 1 or p.email for p in people):
        return False
    lead = parse_people(first.strip(_SEPS)[:120])
    return len(lead) == 1 and _full(lead[0]) and lead[0].title is None


# "System design (Yusuf Demir)", "Hiring manager chat (Marta Kowalska)": an agenda row's topic,
# then who runs it in parentheses. The parenthesis holds a full name and nothing else.
_TOPIC_NAME = re.compile(r"^(?P<t>[^()]{2,80}?)\s*+\((?P<n>[^()]{3,60})\)$")
_HM_TOPIC = re.compile(r"\bhiring manager\b|\bhm\b", re.IGNORECASE)


def _topic_then_name(rest: str) -> tuple[str, list[NamedPerson]] | None:
    m = _TOPIC_NAME.match(rest.strip()[:150])
    if m is None:
        return None
    name, topic = m.group("n").strip(), m.group("t").strip(_SEPS)
    if len(name.split()) < 2 or not is_name(name) or is_name(topic):
        return None
    return topic, [NamedPerson(name, None, None, _HM_TOPIC.search(topic) is not None)]


# The cells of a table row or a list line: HTML cells (runs of spaces), tabs, pipes, or a dash
# or dot between spaces ("09:00 – Name (Title) – topic"). Each separator is taken whole.
_CELLS = re.compile(r"\s{2,}+|\t++|\s*+\|\s*+|(?<!\s)\s++[-–—·•]\s++")
# A cell that is only a time or a time range, with an optional zone word.
_TIME_CELL = re.compile(
    rf"(?:{TIME}|\d{{1,2}})(?:\s*+[-–—~]\s*+(?:{TIME}))?(?:\s++[A-Z]{{2,4}})?", re.IGNORECASE
)
MAX_CELLS = 8


# Table cells as HTML joins them (two spaces or more, a tab, a pipe), not a dash inside a cell.
_WIDE_CELLS = re.compile(r"\s{2,}+|\t++|\s*+\|\s*+")


def _full(p: NamedPerson) -> bool:
    return len((p.name or "").split()) >= 2


def _names(cell: str) -> bool:
    return any(_full(p) for p in parse_people(cell))


def _row_has_time(line: str) -> bool:
    return any(_TIME_CELL.fullmatch(c.strip(_SEPS)) for c in _CELLS.split(line[:300], MAX_CELLS))


# Also a tag the tool puts in brackets ("· [Hiring Manager]", Ashby; "(HM)").
_MARK_CELL = re.compile(r"[\[(]?+(?:the\s++)?(?:hiring manager|hm)[\])]?+", re.IGNORECASE)


def row_people(text: str) -> tuple[list[NamedPerson], str | None]:
    """The people of one table row or list line, and what else it says (the topic): a cell
    naming a person ("Name", "Name, Title", "Name (Title)"), the next cell their title when
    their own cell has none; time cells are dropped. A row → one person with name and title."""
    cells = [c.strip(_SEPS) for c in _CELLS.split(text[:300], maxsplit=MAX_CELLS)]
    cells = [c for c in cells if c]
    if len(cells) < 2:
        return [], None
    people: list[NamedPerson] = []
    other: list[str] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        if _TIME_CELL.fullmatch(cell):
            i += 1
            continue
        if "@" in cell and people and not people[-1].email:
            emails = find_emails(cell)
            if len(emails) == 1 and len(cell) <= len(emails[0]) + 4:
                last = people[-1]
                people[-1] = NamedPerson(last.name, last.title, emails[0], last.hiring_manager)
                i += 1
                continue
        marked = False
        if "(" in cell and i + 1 < len(cells):
            # "Mahlon Greer (HM)<tab>Manager, Data Platform": the bracket is the mark, not the
            # title, so the next cell still gives the title.
            bare = _MARK_PAREN.sub(" ", cell).strip(_SEPS)
            marked = bare != cell and is_name(bare)
            cell = bare if marked else cell
        found = [p for p in parse_people(cell) if p.name] if len(cell) <= 120 else []
        if marked and len(found) == 1:
            found = [replace(found[0], hiring_manager=True)]
        full = len(found) == 1 and len((found[0].name or "").split()) >= 2
        if full and found[0].title is None:
            p = found[0]
            nxt = cells[i + 1] if i + 1 < len(cells) else ""
            if nxt and not _TIME_CELL.fullmatch(nxt) and is_title(nxt) and not _names(nxt):
                title, hm = split_hiring_manager(nxt)
                # "Seksjonsleder Nettintegrasjon / Section Manager": the English gloss, as a
                # title written beside a name gives it.
                title = english_gloss(title) if title else title
                people.append(NamedPerson(p.name, title, p.email, hm or p.hiring_manager))
                i += 2
                continue
            if is_name(cell):
                people.append(p)
                i += 1
                continue
        elif found and all(p.title or p.email for p in found) and all(_full(p) for p in found):
            people.extend(found)
            i += 1
            continue
        if people and other == [] and _MARK_CELL.fullmatch(cell):
            # "Tomás Ibarra, Engineering Manager, Payments - Hiring Manager | Values": the mark
            # in a cell of its own right after the person's belongs to them, not to the topic.
            last = people[-1]
            people[-1] = NamedPerson(last.name, last.title, last.email, True, last.optional)
            i += 1
            continue
        other.append(cell)
        i += 1
    return people, " – ".join(other)[:100] or None


# A table's header row names its columns ("Time | Interviewer | Title | Focus", "Heure |
# Intervieweur·euse | Titre | Rôle", tabs or pipes): the rows under it are read by column, so a
# title cell with commas in it ("Principal Engineer, Bridges, Seismic Retrofit") stays one title
# and a name cell is a name ("Baird, R.", "J.P. Okafor, P.E.").
_HEAD_NAME = words(
    "interviewer interviewers name names panelist panelists panellist panellists who person "
    "people intervieweur intervieweuse intervieweurs intervenant intervenante interlocuteur "
    "entrevistador entrevistadora entrevistadores nombre nome nom naam navn namn intervjuare "
    "haastattelija gesprächspartner gesprächspartnerin ansprechpartner interviewerin"
)
_HEAD_TITLE = words(
    "title titles titre poste fonction cargo puesto função funcao funktion titel stilling "
    "tittel nimike stanowisko ruolo qualifica designation"
)
_HEAD_ROLE = words("role rôle rol papel rolle")
_HEAD_EMAIL = words("email e-mail mail address courriel correo")
_HEAD_PHRASE = {
    "job title": "title",
    "interviewer name": "name",
    "panel member": "name",
    "meeting with": "name",
    "interviewer title": "title",
    "email address": "email",
}
_HEAD_NOISE = re.compile(r"\([^()]{0,12}\)|[·•*:/][^\s|]{0,6}$")
# A rule under a header holds at least one rule character: a blank line is no rule (it ends
# the table).
_TABLE_RULE = re.compile(r"\s*+[|:\-–—=+][\s|:\-–—=+]*+")
# A cell that ends with the mark alone in parentheses: "Team, scope and questions (hiring
# manager)".
_MARK_AT_END = re.compile(r"\((?:the )?(?:hiring manager|hm)\)\W*$", re.IGNORECASE)
# A header naming a column of marks ("Hiring manager?", "HM") and what marks a row in it.
_HEAD_MARK = frozenset({"hiring manager", "hm", "hiring mgr", "hiring manager?", "hm?"})
_MARK_YES = frozenset(
    {"yes", "y", "x", "✓", "✔", "✔️", "hm", "hiring manager", "true", "oui", "ja", "sí", "si"}
)
_INITIALS = re.compile(r"(?:[^\W\d_]\.\s*+){1,3}")
# Letters after a name in a name cell: "P.E.", "P.Eng.", "PhD", "FRCS" (a dot or capitals).
_LETTERS_AFTER = re.compile(r"[A-Z][A-Za-z]{0,3}\.?+(?:[A-Z][a-z]{0,3}\.?+){0,3}")
# What a "Role" column may say instead of a title: the part they play in the interview.
_PANEL_PART = re.compile(
    r"(?:lead |main |second |co-?)?(?:panel(?:l?ist| member)|interviewer|observer|shadow(?:ing)?|"
    r"note[- ]?taker|chair|host|bar raiser|facilitator|assessor|member|participant|optional)s?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Table:
    cells: int
    name: int
    title: int | None
    email: int | None
    # The title column is headed "Role": it may say the part they play ("Panelist").
    role: bool = False
    # The name column is headed in the plural ("Interviewers"): a cell may list people.
    plural: bool = False
    # The column headed "Hiring manager?" (its cells mark the row's person).
    mark: int | None = None


def _table_cells(line: str) -> list[str]:
    return [c.strip() for c in _WIDE_CELLS.split(line.strip().strip("|").strip()[:400], 12)]


def table_header(line: str) -> _Table | None:
    """The columns a header row names, when one of them holds the people."""
    cells = _table_cells(line)
    if len(cells) < 2 or len(cells) > MAX_CELLS or any(len(c) > 30 or not c for c in cells):
        return None
    kinds: list[str] = []
    for cell in cells:
        if _DIGIT.search(cell) or len(cell.split()) > 3:
            return None
        low = _HEAD_NOISE.sub("", cell.lower()).strip(" :")
        if low in _HEAD_MARK or low.rstrip("?").strip() in _HEAD_MARK:
            kinds.append("mark")
            continue
        kinds.append(
            _HEAD_PHRASE.get(low)
            or ("name" if low in _HEAD_NAME else "title" if low in _HEAD_TITLE else "")
            or ("role" if low in _HEAD_ROLE else "email" if low in _HEAD_EMAIL else "other")
        )
    if "name" not in kinds:
        return None
    title = kinds.index("title") if "title" in kinds else None
    if title is None and "role" in kinds:
        title = kinds.index("role")  # "Time | Interviewer | Role": the only title there is
    email = kinds.index("email") if "email" in kinds else None
    name = kinds.index("name")
    low_name = cells[name].lower().strip(" :")
    plural = low_name.endswith("s") or low_name in ("people", "panel")
    mark = kinds.index("mark") if "mark" in kinds else None
    return _Table(len(cells), name, title, email, "title" not in kinds, plural, mark)


def _letters_after(token: str) -> bool:
    token = token.strip()
    return (
        _LETTERS_AFTER.fullmatch(token) is not None
        and ("." in token or token.isupper() or is_credential(token))
        and not is_title(token)
    )


def _table_name(cell: str, plural: bool = False) -> NamedPerson | None:
    """The person a name cell holds: "Baird, R." is R. Baird; letters after a comma are
    credentials ("J.P. Okafor, P.E., S.E."); else the cell as a list reads it."""
    cell = _PRONOUN_TAIL.sub("", cell)
    hm = False
    if "(" in cell:
        bare = _MARK_PAREN.sub(" ", cell).strip(_SEPS)
        hm, cell = bare != cell, bare
    head, comma, tail = cell.partition(",")
    tail = tail.strip()
    if comma and _INITIALS.fullmatch(tail) and is_name(head.strip()):
        return NamedPerson(f"{tail} {head.strip()}", None, None, hm)
    if comma and is_name(head.strip()) and all(_letters_after(t) for t in tail.split(",")):
        return NamedPerson(head.strip(), None, None, hm)
    one_side_single = 1 in (len(head.split()), len(tail.split()))
    if (
        comma
        # A column headed in the plural ("Interviewers") lists people: "Priya, Tom" is two
        # given names there, not one name turned round.
        and not plural
        and "," not in tail
        and one_side_single
        and len(f"{head} {tail}".split()) <= 4
        and is_name(head.strip())
        and is_name(tail)
        and not is_title(tail)
        and not is_title(head)
    ):
        # "Quispe Huamán, Alberto": a directory's surname first, in a column of names.
        return NamedPerson(f"{tail} {head.strip()}", None, None, hm)
    found = [p for p in parse_people(cell) if p.name]
    if len(found) != 1:
        return None
    return replace(found[0], hiring_manager=found[0].hiring_manager or hm)


def table_fits(table: _Table, line: str) -> bool:
    """Whether the line is a row of the table (or a rule under its header)."""
    return _TABLE_RULE.fullmatch(line) is not None or len(_table_cells(line)) == table.cells


def table_row(table: _Table, line: str) -> list[NamedPerson] | None:
    """The person of one row that fits the table (none for a rule), or None when its name
    cell holds no full name (the row is read as any other line)."""
    if _TABLE_RULE.fullmatch(line):
        return []
    cells = _table_cells(line)
    if len(cells) != table.cells:
        return None
    person = _table_name(cells[table.name], table.plural) if cells[table.name] else None
    if person is None or not person.name or len(person.name.split()) < 2:
        return None
    title, hm = person.title, person.hiring_manager
    if table.title is not None and cells[table.title]:
        said, marked = split_hiring_manager(cells[table.title][:120])
        if said and not marked and not said[:1].isupper() and not is_title(said):
            return None  # "will meet you at the gate": a note, not a title (no row)
        hm = hm or marked
        if marked and said and fold(said) == "hiring manager":
            said = None
        if not table.role or (title is None and said and not _PANEL_PART.fullmatch(said)):
            title = said or title
    if title is None and table.title is None:
        return None  # no title column: the row is read as any other (a title may follow)
    email = person.email
    for i, cell in enumerate(cells):
        if i in (table.name, table.title) or not cell:
            continue
        if i == table.email or "@" in cell:
            found = find_emails(cell)
            email = email or (found[0] if len(found) == 1 else None)
        elif i == table.mark:
            hm = hm or fold(cell).strip(" .!") in _MARK_YES
        elif _HM_TOPIC.search(cell) or split_hiring_manager(cell)[1]:
            # Only a cell that is the mark and nothing else ("Hiring Manager", "HM"); free
            # text that mentions the hiring manager ("Stepping in for the hiring manager",
            # "Not the hiring manager") marks no one.
            said, marked = split_hiring_manager(cell[:120])
            whole = bool(marked and said and fold(said) == "hiring manager")
            hm = hm or whole or _MARK_AT_END.search(cell[-40:]) is not None
    return [NamedPerson(person.name, title, email, hm, person.optional)]


_SLACK = timedelta(minutes=30)
_Placed = tuple[_RawSlot, datetime | None, datetime | None]


def _resolve(
    slots: list[_RawSlot], start: datetime | None, end: datetime | None, zones: list[ZoneInfo]
) -> list[Mention]:
    """Place wall-clock slots in the zone where they fit inside the event, and drop slots for
    other days of a multi-day itinerary that this event does not cover."""
    timed: list[tuple[_RawSlot, tuple[int, int]]] = []
    untimed: list[_RawSlot] = []
    for slot in slots:
        if slot.people:
            mins = range_minutes(slot.start, slot.end)
            if mins is None:
                untimed.append(slot)
            else:
                timed.append((slot, mins))
    candidates: list[ZoneInfo] = []
    for name in dict.fromkeys(s.tz for s, _ in timed if s.tz):
        candidates.append(ZoneInfo(name))
    candidates.extend(z for z in zones if z not in candidates)
    best: list[_Placed] = [(s, None, None) for s, _ in timed]
    best_fit = -1
    best_zone = candidates[0] if candidates else ZoneInfo("UTC")
    for zone in candidates:
        placed: list[_Placed] = []
        fit = 0
        for s, (smin, emin) in timed:
            day = s.day or (start.astimezone(zone).date() if start else None)
            if day is None:
                placed.append((s, None, None))
                continue
            s_dt = wall(day, smin, zone)
            e_dt = wall(day, emin, zone)
            if not s.day and start and end and s_dt < start - _SLACK:
                # An evening event's later slots are past midnight: the next day's clock.
                later = wall(day + timedelta(days=1), smin, zone)
                if later <= end + _SLACK:
                    s_dt, e_dt = later, wall(day + timedelta(days=1), emin, zone)
            placed.append((s, s_dt, e_dt))
            if start and end and start - _SLACK <= s_dt and e_dt <= end + _SLACK:
                fit += 1
        if fit > best_fit:
            best, best_fit, best_zone = placed, fit, zone
        if start is None or fit == len(timed):
            break
    if start and end and best_fit > 0:
        # A per-day event can carry the whole multi-day itinerary: keep this day's slots.
        days = {start.astimezone(best_zone).date(), end.astimezone(best_zone).date()}
        best = [b for b in best if b[1] is None or b[1].date() in days]
    out = [
        Mention(p, s.topic, s_dt, e_dt)
        for s, s_dt, e_dt in sorted(best, key=lambda b: (b[1] is None, b[1] or datetime.min))
        for p in s.people
    ]
    out.extend(Mention(p, s.topic) for s in untimed for p in s.people)
    return out


@lru_cache(maxsize=4096)
def summary_people(title: str) -> tuple[NamedPerson, ...]:
    """People named in a summary: "Phone Screen with Deepa (Hiring Manager)", "Coffee w/ Sam"."""
    w = _WITH.search(f" {title} ")
    if w is None:
        return _paired_people(title) if " / " in title or " <> " in title else ()
    tail = f" {title} "[w.end() :]
    # "Interview with Deepa - Northwind" / "... | Northwind": the company is not a person.
    tail = re.split(r"\s[-–—|@]\s|\s(?:at|from|@)\s", tail, maxsplit=1)[0]
    return tuple(_only_titles(p) for p in parse_people(tail) if p.name and is_name(p.name))


_PAIR = re.compile(r"(?<!\s)\s++(?:/|<>)\s++")
_SUBJECT_CUT = re.compile(r"\s[-–—|]\s|:\s")


def _paired_people(title: str) -> tuple[NamedPerson, ...]:
    """ "Interview – Alex Morgan / Siobhán O'Connell (Finance Director)", "Alex <> Halvard Strøm
    (VP Engineering) – final": the two sides of a pairing, each a name and maybe a title."""
    sides = _PAIR.split(title[:200], maxsplit=2)
    if len(sides) != 2:
        return ()
    left = _SUBJECT_CUT.split(sides[0])[-1]
    right = _SUBJECT_CUT.split(sides[1], maxsplit=1)[0]
    found = [p for side in (left, right) for p in parse_people(side)]
    return tuple(_only_titles(p) for p in found if p.name and is_name(p.name))


def _only_titles(p: NamedPerson) -> NamedPerson:
    # "Coffee chat w/ Leo (Northbeam)": what the parentheses hold is a company, not a title.
    if p.title and not is_title(p.title):
        return NamedPerson(p.name, None, p.email, p.hiring_manager, p.optional)
    return p


# After a guest's name, what introduces their title: "Helen Park, Principal Investigator",
# "Maya here, CEO at Orbital", "Noah Park (Talent Acquisition Lead)", "Owen Blake – VP".
_AFTER_NAME = re.compile(
    r"^(?:\s++here)?\s*+(?:,|\(|[-–—|:]\s)\s*+(?:(?:our|the|your|their|a|an|my)\s++)?"
)
# Before it: "our CEO, Jonas Weber", "with our Head of Design Sana Qureshi", and without an
# article "interviewing with Editorial Director Rhys Llewellyn and Senior Designer Camille".
_BEFORE_WORDS = (" our ", " the ", " their ", " your ", " my ", " with ", " and ", " meet ")
# Words that end a title inside a sentence ("CTO at Orbital", "Director, who hires …").
_TITLE_STOP = words(
    "at who will is was for from with on in to here there this that which would has have can "
    "may joins join leads runs "
    # A clause of the writer's or about the person starts: "…, Chief Operating Officer, I've
    # scheduled this meeting".
    "i i've i'll i'm i’ve i’ll i’m he she they we"
)
_JOINERS = frozenset({"and", "&", "+"})
# "and" in the languages invites come in: a title runs on over one only into more title.
_FOREIGN_JOINERS = words("und en og och et e y ja")
# A pronoun or possessive ends a title in those languages as "who"/"he" do in English:
# "Produktleiter E-Bike und Ihr direkter Ansprechpartner", "jefa de cocina, que será tu …".
_FOREIGN_STOPS = words(
    "ihr ihre ihren ihrem ihrer sie er dein deine je jouw uw hij zij "
    "din ditt dine som han hun hon votre ton ta qui il elle tu su sus que quien "
    "suo sua che cui joka futura futuro toekomstige"
)
_TITLE_CUT = re.compile(r"[.;:!?()\[\]\n|]|,\s*+(?=[a-z])|\s[-–—]\s")
MAX_NAME_HITS = 6


def title_beside(text: str, name: str) -> tuple[str | None, bool]:
    """The title a text writes beside a person's name, and whether it calls them the hiring
    manager: "with Dr. Helen Park, Principal Investigator, below" → "Principal Investigator"."""
    if not text or not name or len(name) < 2:
        return None, False
    start = 0
    for _ in range(MAX_NAME_HITS):
        at = text.find(name, start)
        if at < 0:
            break
        start = at + len(name)
        end = at + len(name)
        if (at and (text[at - 1].isalnum())) or (end < len(text) and text[end].isalnum()):
            continue
        after = text[end : end + 140]
        m = _AFTER_NAME.match(after)
        if m and m.end() > 0:
            found = _title_prefix(after[m.end() :])
            if found[0] or found[1]:
                return found
        # "our Head of Quality Engineering Mr. Rahul Khanna": the style is not the title.
        window = text[max(0, at - 70) : at]
        if window.endswith((". ", "r ", "s ", "x ", "f ")):
            window = _STYLE_TAIL.sub("", window)
        before = _title_before(" " + window)
        if before:
            found = _title_prefix(before)
            if found[0] and found[0] == before:
                return found
        # A list item that writes the title first: "Interviewers: Associate CIO Anil
        # Deshpande; Systems Analyst Ruth Abernethy". Only the words since the item began.
        began = max(window.rfind(sep) for sep in _ITEM_STARTS)
        item = window[began + 1 :].strip(" -–—•*")
        if began >= 0 and 1 < len(item) <= 60 and item[:1].isupper() and "\n" not in item:
            found = _title_prefix(item)
            if found[0] and found[0] == item:
                return found
    return None, False


# What starts a list item before a title written ahead of the name.
_ITEM_STARTS = (":", ";", "|", "•")


_STYLE_TAIL = re.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? $")


def _title_prefix(text: str) -> tuple[str | None, bool]:
    """The longest run of words at the start of `text` that reads as a job title, and whether
    the clause goes on to call them the hiring manager ("Senior Curator and the hiring
    manager")."""
    text = text[:160]
    if "," in text[:12]:
        # "Samuel Adjei, PharmD, BCOP, Director of Pharmacy": the letters are the name's.
        text = without_credentials(text)
    cut = _TITLE_CUT.search(text[:120])
    piece = text[: cut.start()] if cut else text[:120]
    title, hm = _title_words(piece)
    if title and not hm and "hiring manager" in piece.lower():
        hm = _HM_AFTER_TITLE.search(piece) is not None
    if title and not hm and cut is not None and cut.group(0).strip() in "-–—":
        # "Engineering Manager, Mobile — your future manager": the mark alone after a dash.
        rest = _TITLE_CUT.split(text[cut.end() : cut.end() + 80], maxsplit=1)[0].strip()
        # Only the mark there: in brackets it would be taken out whole.
        hm = 0 < len(rest) <= 50 and not without_marks(f"({rest})").strip()
    return title, hm


_HM_AFTER_TITLE = re.compile(r"\b(?:and|&)\s++(?:also\s++)?(?:the|your)\s++hiring manager\b", re.I)


def _title_words(piece: str) -> tuple[str | None, bool]:
    tokens = piece.split()[:10]
    cut = next((i for i, t in enumerate(tokens) if i and _stops(tokens, i)), None)
    tokens = tokens[:cut] if cut is not None else tokens
    if tokens and tokens[0][:1].islower():
        tokens = _lower_scope_cut(tokens)
    for j in range(len(tokens), 0, -1):
        phrase = " ".join(tokens[:j]).strip(" ,")
        if "hiring manager" in phrase.lower():
            title, hm = split_hiring_manager(phrase)
            return (title if title and title != "Hiring Manager" else None), hm
        starts = phrase[:1].isupper() or phrase[:1].isdigit() or phrase.lower().startswith("co-")
        if starts and is_title(phrase) and not is_name(phrase):
            return phrase, False
        if phrase[:1].islower() and role_of(phrase) is Role.RECRUITER:
            return None, False  # "consultora de selección": not "consultora de"
        if phrase[:1].islower() and phrase.split()[-1] in _LOWER_ARTICLES | _LOWER_SCOPE:
            continue  # "directora de": the words after it belong to the title
        if phrase[:1].islower() and _lower_title(phrase):
            # A title in lower case, as letters in French, Spanish, Italian, Dutch and the
            # Nordic languages write it beside a name: "Marta Iglesias, jefa de cocina".
            return phrase, False
    return None, False


# A lower-case title ends before a place or a team said with an article ("capo cantiere del
# nuovo polo", "responsable maintenance du site", "enólogo jefe de la bodega"), and is none
# when it opens on a word that says how, not what ("future manager", "fellow partner",
# "ervaren monteur") or holds a verb's -ing ("recruiter looking after").
_LOWER_SCOPE = words("del della dello dei du des uit di på hos")
_LOWER_ARTICLES = words("la los las het de le les il lo")
_LOWER_DOING = words(
    "looking working joining helping taking coming sitting running covering stepping leading "
    "helps looks works joins takes runs leads covers"
)
_LOWER_LEAD = words(
    "future futura futuro futur toekomstige new nueva nuevo nouveau nouvelle former fellow "
    "ervaren experienced"
)


def _lower_scope_cut(tokens: list[str]) -> list[str]:
    for k in range(1, len(tokens) - 1):
        word, nxt = tokens[k].lower(), tokens[k + 1]
        if nxt[:1].islower() and (
            word in _LOWER_SCOPE or (word in ("de", "van") and nxt in _LOWER_ARTICLES)
        ):
            return tokens[:k]
    return tokens


def _lower_title(phrase: str) -> bool:
    if phrase.split()[0] in _LOWER_LEAD:
        return False
    if any(t in _LOWER_DOING for t in phrase.split()[1:]):
        return False
    # Recruiting staff in lower case ("Sanne de Graaf, recruiter, opent het gesprek") are read
    # by the recruiter's own readers, which know whether they run the call.
    return role_of(phrase) not in (Role.UNKNOWN, Role.RECRUITER)


def _stops(tokens: list[str], i: int) -> bool:
    word = tokens[i].lower().strip(",")
    if word in _FOREIGN_JOINERS:
        nxt = tokens[i + 1].lower().strip(",") if i + 1 < len(tokens) else ""
        return not nxt or nxt in _FOREIGN_STOPS or nxt in _TITLE_STOP
    if word in _FOREIGN_STOPS and not tokens[i][:1].isupper():
        return True
    if word in _JOINERS:
        # "Co-founder & CTO" goes on; "CEO and I" stops.
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        return not (nxt[:1].isupper() and nxt != "I") and not nxt.lower().startswith("co-")
    return word in _TITLE_STOP


def _title_before(window: str) -> str | None:
    """ "…with our Head of Design Sana" → "Head of Design": the words between the last
    "our/the/their/your/my" and the name (found with rfind: no backtracking)."""
    low = window.lower()
    at = max(low.rfind(w) for w in _BEFORE_WORDS)
    if at < 0:
        return None
    cut = low.find(" ", at + 1)
    phrase = window[cut + 1 :].strip(" ,")
    return phrase if 1 < len(phrase) <= 60 and "\n" not in phrase else None
