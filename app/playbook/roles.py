"""Role of an interviewer from a job title (PLAYBOOK §4, "Default scenario per interviewer").

Order matters: an executive marker beats a recruiting word ("VP, Talent" is senior), a recruiting
word beats a manager word ("Recruiting Manager" runs the process), and a manager word only makes a
decision-maker when the title is a people-manager title, not an individual-contributor one that
happens to contain "manager" (product, program, project, account ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache


class Role(StrEnum):
    EXECUTIVE = "executive"
    DECISION_MAKER = "decision_maker"
    PEER = "peer"
    RECRUITER = "recruiter"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class RoleMatch:
    role: Role
    reason: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Each rule: (compiled pattern, reason). Patterns run on a normalised title (see _normalise).
_EXECUTIVE = [
    (
        _rx(
            r"\b(?:co-?)?founder\b|\bgr[üu]nder(?:in)?\b|\bfondat(?:eur|rice)\b|\bfundador[a]?\b"
            # Swedish "Medgrundare", Dutch "Medeoprichter", Italian "Cofondatore".
            r"|\b(?:med)?grundare\b|\b(?:mede-?)?oprichter\b|\b(?:co-?)?fondat(?:ore|rice)\b"
        ),
        "founder",
    ),
    # "CCO" (commercial or compliance), "CEO", "CISO" …
    (_rx(r"\bc(?:e|t|f|o|p|m|r|i|d|s|is|x|h|b|a|c|co|ao|no)o\b"), "C-level officer"),
    (_rx(r"\bchief\b|\bchef de la direction\b"), "chief officer"),
    (
        _rx(r"\b(?:s|e|senior |executive )?vp\b|\bvice[ -]president\b|\bvizepr[äa]sident"),
        "vice president",
    ),
    (_rx(r"(?<!vice )(?<!vice-)\bpr[ée]sident(?:e)?\b|\bpdg\b"), "president"),
    (
        _rx(
            r"\bgeneral manager\b|\bgm\b|\bgesch[äa]ftsf[üu]hrer(?:in)?\b"
            r"|\bdirect(?:eur|rice) g[ée]n[ée]rale?\b"
        ),
        "general manager",
    ),
    # The one who runs the firm, in Italian, Dutch and the Nordic languages: "Amministratore
    # Delegato", "Direttore Generale", "Algemeen Directeur", "Toimitusjohtaja" (Finnish),
    # "Daglig leder" (Norwegian), "Verkställande direktör" (Swedish), "Administrerende
    # direktør" (Danish, Norwegian).
    (
        _rx(
            r"\bamministrat(?:ore|rice) delegat[oa]\b|\bdirett(?:ore|rice) general[e]\b"
            r"|\balgemeen directeur\b|\btoimitusjohtaja\b|\bdaglig leder\b"
            r"|\bverkst[äa]llande direkt[öo]r\b|\badministrerende direkt[øo]r\b"
            # Its Swedish abbreviation: "VD", "Medgrundare & VD".
            r"|\bvd\b"
        ),
        "chief executive",
    ),
    (_rx(r"\b(?:managing|executive) director\b"), "managing director"),
    # A school district's superintendent runs every school in it. A bare "Superintendent" is most
    # often a construction site's, who hires for the site: it stays with the people managers
    # below; only a district's or the schools' is an executive.
    (
        _rx(r"^superintendent of schools$|\bschools? superintendent\b|\bdistrict superintendent\b"),
        "runs a district",
    ),
    # The same officers in French, Spanish and Portuguese titles: "Directrice technique" (the
    # CTO), "Directeur financier", "Director General", "Diretora-Geral".
    (
        _rx(
            r"\bdirect(?:eur|rice) (?:technique|financi(?:er|[èe]re)|des op[ée]rations)\b"
            r"|\bdirect(?:or|ora) general\b|\bdiret(?:or|ora)[- ]geral\b"
        ),
        "C-level officer",
    ),
    (
        _rx(
            r"^(?:(?:managing|general|founding|senior) )?partner$"
            r"|\bmanaging partner\b|\bgeneral partner\b"
        ),
        "partner of the firm",
    ),
    (_rx(r"\b(?:chair(?:man|woman|person)?|owner|board member)\b"), "owner or board"),
    # The owner or sole director in Dutch and Italian: "Directeur-eigenaar", "Titolare",
    # "Amministratore Unico".
    (
        _rx(r"\beigena(?:ar|resse)\b|^titolare\b|\bamministrat(?:ore|rice) unic[oa]\b"),
        "owner or board",
    ),
]

_RECRUITER = [
    (
        _rx(r"\brecruit(?:er|erin|ing|ment)?\b|\bsourc(?:er|ing)\b|\btalents?\b|\bheadhunter\b"),
        "recruiting",
    ),
    # The one who recruits in Swedish, Danish, Norwegian, Finnish and Polish: "Rekryterare",
    # "Rekrutterer", "Rekrytoija", "Rekruterka", "Specjalistka ds. Rekrutacji" (not the
    # process: "rozmowa rekrutacyjna", "II etap rekrutacji").
    (
        _rx(r"\brekr[uy]t(?:er|erka|erare|eraren|terer|toija|oija)\b|\bds\. rekrutacji\b"),
        "recruiting",
    ),
    # In French, Spanish and Portuguese: "Chargée de recrutement", "Técnica de selección",
    # "Consultora de selección", "Recrutadora", "Analista de Recrutamento", "Atracción de
    # Talento", "Conseillère en acquisition de talents".
    (
        _rx(
            r"\brecrut(?:ement|amento|eur|euse|ador|adora)\b|\breclut(?:amiento|ador|adora)\b"
            r"|\b(?:t[ée]cnic[oa]|charg[ée]e?|responsable|analista|consultor|consultora|"
            r"coordinador|coordinadora) de (?:la )?s[ée]lec|\btalento\b"
            # Dutch "Medewerker Werving & Selectie", "Adviseur werving en selectie".
            r"|\bwerving\b"
        ),
        "recruiting",
    ),
    (
        _rx(
            r"\bhr\b|\bhuman resources\b|\bpeople (?:ops|operations)\b"
            # French "responsable RH", Spanish "RRHH" / "recursos humanos", Italian "risorse
            # umane".
            r"|\brh\b|\brrhh\b|\bressources humaines\b|\brecursos humanos\b|\brisorse umane\b"
        ),
        "human resources",
    ),
    (
        _rx(
            r"\b(?:interview|scheduling|candidate|hiring) (?:coordinator|scheduler|experience)\b"
            r"|\bcoordinador(?:a)? de (?:entrevistas|reclutamiento)\b"
        ),
        "coordinates interviews",
    ),
    (
        _rx(r"\bpeople partner\b.{0,200}\bhiring\b|\bta (?:partner|lead|specialist)\b"),
        "talent acquisition",
    ),
]

# A chair of a department, a committee or a search leads that body, as a head of a function
# does: a decision-maker. A board's chair ("Board Chair", "Chairman") stays an executive.
_ACADEMIC_CHAIR = _rx(
    r"\b(?:department|dept\.?|committee|search|panel|division|section|programme|program) "
    r"chair(?:man|woman|person)?\b|\bchair(?:man|woman|person)?(?:,| of) (?:the )?"
    r"(?:department|dept|[\w ]{0,30}committee|search|division|section|school|faculty)\b"
)

# "Hiring Manager" or a people-manager title.
_DECISION = [
    # A finance controller runs the accounting staff.
    (
        _rx(
            r"^(?:(?:senior|assistant|group|regional|corporate|divisional|plant|financial|"
            r"finance) )?(?:controller|comptroller)\b"
        ),
        "runs the finance function",
    ),
    (_rx(r"\bhiring (?:manager|lead|decision)\b"), "hiring manager"),
    # A school principal runs its staff (a bare "Principal" may be a consultancy's grade).
    (_rx(r"\bschool principal\b"), "runs a school"),
    # Editors who run a desk or a paper; a plain or commissioning editor edits.
    (
        _rx(r"\b(?:deputy|managing|executive|news|business|city|section|desk|night) editor\b"),
        "runs a desk",
    ),
    # The general counsel runs the legal function; an associate or assistant one is a lawyer
    # on that team.
    (_rx(r"^(?:deputy )?general counsel\b"), "runs the legal function"),
    (
        _rx(
            r"\bhead of\b|\bhead,|^head\b|\bleiter(?:in)?\b|\bjef[ae] de\b|\bresponsab(?:le|ile)\b"
            # Portuguese "Coordenadora de Engenharia": coordinates a team, unlike a coordinator.
            r"|\bcoordenador[a]? de\b"
            # Portuguese "Enfermeiro-Chefe", "Chefe de Cozinha"; Polish "Kierownik Działu".
            r"|\bchefe\b|\bkierowni(?:k|czka)\b"
            # French heads named by their trade, masculine or feminine: "Cheffe patrouilleuse",
            # "Chef monteur", "Chef d'affinage"; the maître d'hôtel runs the floor. A kitchen's
            # or a cellar's station is a cook's ("Chef pâtissier", "Cheffe cuisinière").
            r"|\bchef(?:fe)? (?!(?:p[âa]tissi|cuisini|sommeli|chocolati|poissonni|entremeti|"
            r"glaci|rôtiss|rotiss|sauci|traiteu|boulang|tournant))[a-zà-ÿ]+(?:eur|euse|ier|ière)\b"
            r"|\bchef(?:fe)? d'affinage\b"
            r"|^ma[iî]tre(?: d'h[ôo]tel)?$"
        ),
        "head of a function",
    ),
    (
        _rx(
            r"\b(?:director|directeur|directrice|directora|diret(?:or|ora)|direktor(?:in)?"
            r"|dirett(?:ore|rice)|direkt[öø]r|dyrektor(?:ka)?"
            # A deputy runs the unit beside its director: "Subdirectora", "Sous-directeur".
            r"|sub-?direct(?:or|ora)|sous-direct(?:eur|rice))\b"
        ),
        "director",
    ),
    # Abbreviated: "Dir., Eng", "Sr. EM, Payments" (an engineering manager).
    # Only where a title puts them, so "Em Watson" or "Sem de Jong" stay names.
    (
        _rx(r"(?:^|\s)dir\.?(?=,|$)|(?:^|\s)dir\. |(?:^|\s)(?:sr\.? |senior )?em(?=,|$)"),
        "director or engineering manager",
    ),
    # French "Gestionnaire, Intelligence d'affaires" (Québec): a manager of a function.
    (_rx(r"^gestionnaire\b"), "manager"),
    (_rx(r"\bavp\b|\bassistant vice president\b"), "assistant vice president"),
    (
        _rx(r"\b(?:team|group|squad|tribe|chapter) ?lead(?:er)?\b|\blead(?:er)? of\b"),
        "leads a team",
    ),
    (_rx(r"\bgerente\b"), "manager"),
    (
        _rx(r"\bsupervisor\b|\bforem[ae]n\b|\bsuperintendent\b|\bsurintendant(?:e)?\b"),
        "supervises a team",
    ),
]

# A funeral director arranges funerals: a trade, not a head of a function (the one who runs
# the home is named so, "Funeral Director, <branch>", only beside a mark or a manager word).
_TRADE_DIRECTOR = _rx(r"^(?:senior |trainee |assistant )?funeral director$")

# "... manager" titles that are individual-contributor roles (PLAYBOOK §4, rule 3).
_IC_MANAGER = _rx(
    r"\b(?:product|program|programme|project|account|key account|territory|community|partner|"
    r"partnerships?|alliances?|customer success|success|client|relationship|content|"
    r"social media|brand|campaign|channel|release|incident|scrum|marketing|product marketing|"
    r"category|case|property|portfolio|technical account|solutions?|implementation|"
    r"onboarding|escalation|events?|vendor|merchandising|growth|lifecycle|"
    r"business development|technical program|technical product|change|privacy|"
    r"data protection|security program|configuration|build|asset|contract|bid|tender|grant|fund)"
    r" manager\b"
)
# A manager of a function or a shift (finance, payroll, procurement, risk, quality, logistics,
# delivery, support ...) runs that function's staff, so is not on the list above: every
# labelled invite in the corpus reads them so, and supervisors too.
_MANAGER = _rx(r"\bmanager\b|\bmgr\b|\bmanagement\b")
# A people-manager shape overrides the IC list: "Manager, Product Management", "Manager of X",
# "Senior Engineering Manager", "Group Product Manager", "Manager, Account Management".
_PEOPLE_MANAGER = _rx(
    r"^(?:senior |sr\.? |associate |assistant )?(?:manager|mgr)\b(?:,| of| -| –| —)|"
    r"\b(?:engineering|software engineering|development|design|data|data science|analytics|"
    r"research|qa|people|hiring|general|team|department|practice|studio|platform|"
    r"infrastructure|security|it|operations|sre|reliability|machine learning|ml|ai|"
    r"editorial|creative|ux|ui|product design|group product|product management|"
    r"program management|project management) (?:manager|mgr)\b"
)

# Words that make a title a recognisable individual-contributor job.
_PEER = _rx(
    r"\b(?:engineer|engineering|developer|programmer|designer|scientist|researcher|analyst|"
    r"architect|specialist|consultant|associate|advisor|adviser|writer|editor|"
    r"accountant|attorney|lawyer|counsel|paralegal|nurse|physician|doctor|teacher|"
    r"professor|lecturer|technician|administrator|admin|representative|rep|agent|"
    r"strategist|planner|producer|artist|animator|illustrator|copywriter|marketer|"
    r"economist|statistician|actuary|auditor|investigator|officer|assistant|coordinator|"
    r"reporter|journalist|correspondent|photographer|"
    r"generalist|operator|owner|lead|leader|principal|staff|fellow|intern|apprentice|trainee|"
    r"member|expert|evangelist|advocate|sre|devops|swe|sde|sdet|qa|ux|ui|pm|tpm|csm|"
    r"scrum master|"
    r"(?:account|sales|business|client) executive|"
    r"ingenieur(?:in)?|ingénieur(?:e)?|entwickler(?:in)?|développeu(?:r|se)|desarrollador(?:a)?|"
    # Individual contributors in Spanish, Portuguese and French titles.
    r"analista|analyste|engenheir[oa]|ingenier[oa]|desenvolvedor(?:a)?|t[ée]cnic[oa]|"
    r"especialista|consultor(?:a)?|arquitet[oa]|arquitect[oa]|diseñador(?:a)?|cientista|"
    r"cient[íi]fic[oa]|contador(?:a)?|enfermeir[oa]|enfermer[oa]|abogad[oa]|advogad[oa]|"
    r"asistente|assistente|comptable|infirmi(?:er|[èe]re)|"
    # And in Spanish, French, Dutch, Italian and Polish: "Coordinador BIM" (a coordinator;
    # "Coordenador de ..." leads, above), "Architecte", "Adviseur", "Sviluppatore",
    # "Programista", "Specjalista", "Inżynier".
    r"coordinador(?:a)?|architecte|adviseur|sviluppat(?:ore|rice)|programmat(?:ore|rice)|"
    r"programist(?:a|ka)|specjalist(?:a|ka)|in[żz]ynier(?:ka)?|ingegnere|"
    r"manager)\b"
)


def _normalise(title: str) -> str:
    text = title.replace("&", " and ").replace("/", " / ").replace("_", " ")
    # Drop a scheduling tool's "[Hold]" style prefixes and collapse whitespace.
    text = re.sub(r"^\s*\[[^\]]*\]\s*", "", text)
    # "Executive Assistant to the CEO" describes whom they support, not their own seniority.
    text = re.sub(
        r"(?<!\s)\s+(?:to|for|of) the (?:ceo|cto|cfo|coo|founders?|president|chair\w*)\b.*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    return " ".join(text.split()).strip(" ,;:-–—").lower()


@lru_cache(maxsize=4096)
def explain_title(title: str | None, hiring_manager: bool = False) -> RoleMatch:
    """The role a title implies, with the reason, for the default-scenario explanation."""
    if hiring_manager:
        return RoleMatch(Role.DECISION_MAKER, "named as the hiring manager in the invite")
    if not title or not title.strip():
        return RoleMatch(Role.UNKNOWN, "no title given")
    text = _normalise(title)
    if not text:
        return RoleMatch(Role.UNKNOWN, "no title given")

    if _ACADEMIC_CHAIR.search(text):
        return RoleMatch(Role.DECISION_MAKER, "chairs a department or committee")
    # "Chief of Staff" matches the chief rule on purpose: PLAYBOOK §4 lists "chief *" as executive.
    for pattern, reason in _EXECUTIVE:
        if pattern.search(text) and not _looks_like_founding_ic(text):
            return RoleMatch(Role.EXECUTIVE, reason)
    for pattern, reason in _RECRUITER:
        if pattern.search(text):
            return RoleMatch(Role.RECRUITER, reason)
    if _TRADE_DIRECTOR.search(text):
        return RoleMatch(Role.PEER, "a trade called director")
    for pattern, reason in _DECISION:
        if pattern.search(text):
            return RoleMatch(Role.DECISION_MAKER, reason)
    if _MANAGER.search(text):
        if _PEOPLE_MANAGER.search(text) or not _IC_MANAGER.search(text):
            return RoleMatch(Role.DECISION_MAKER, "people manager")
        return RoleMatch(Role.PEER, "individual-contributor title that contains 'manager'")
    if _PEER.search(text):
        return RoleMatch(Role.PEER, "individual contributor")
    return RoleMatch(Role.UNKNOWN, "title not recognised")


def _looks_like_founding_ic(text: str) -> bool:
    # "Founding Engineer" is an early employee, not a founder; "Product Owner", "Process Owner",
    # Dutch "Product eigenaar", "Proces-eigenaar", "Data-eigenaar" own a thing, not the firm.
    return bool(_FOUNDING_OR_THING_OWNER.search(text))


_FOUNDING_OR_THING_OWNER = _rx(
    r"\bfounding (?!partner)|\b(?:product|process|proces|data|risk|risico|system|systeem|"
    r"service|application|applicatie|control|content|budget)[- ]?(?:owner|eigena(?:ar|resse))\b"
)


def classify_title(title: str | None, hiring_manager: bool = False) -> Role:
    return explain_title(title, hiring_manager).role
