"""Job titles the playbook's role table does not know, by family, for reading invites.

`app.playbook.roles.classify_title` decides the role of the titles it knows (engineer, manager,
director, VP, founder, recruiter …). Invites also come from schools, hospitals, shops, museums,
boards and firms writing in other languages, whose titles it leaves `unknown`: "Buyer",
"Teamleitung BI", "Board Treasurer", "Store Supervisor", "People Partner". This table places
those by family (a person who leads people or a unit, the firm's governance, recruiting staff, an
individual contributor) so the right note goes to them, and lets the description reader
recognise them as titles at all. Only consulted when the role table says `unknown`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.calendar.people import words
from app.playbook.roles import Role, classify_title

# Whole words, matched on the lowercased title. Each family is one alternation of word stems
# (no nested quantifiers: linear).
_FAMILIES: tuple[tuple[Role, re.Pattern[str]], ...] = (
    (
        Role.RECRUITER,
        re.compile(
            r"\b(?:people partner|hr business partner|hrbp|personnel officer|staffing|"
            r"personalreferent\w*|personalberat\w*|personalabteilung|recrutement|reclutamiento)\b"
            # Chinese: recruiting, human resources.
            r"|招聘|人力资源|人事"
        ),
    ),
    (
        Role.EXECUTIVE,
        re.compile(
            r"\b(?:board (?:chair|treasurer|secretary|member|director)|treasurer|"
            r"proprietor|dean|provost|rector|mayor|publisher|gesch[äa]ftsleitung|inhaber\w*|"
            # The owner in Portuguese and Spanish, the chief executive in Polish ("Prezes
            # Zarządu").
            r"propri[ée]taire|g[ée]rant\w*|propriet[áa]ri[oa]|propietari[oa]|prezes\w*)\b"
            # Japanese: the representative director, president, chairman, a board director.
            r"|代表取締役|社長|会長|取締役"
            # The same in Latin letters: "Shachō", "Shacho", "Kaichō".
            r"|\b(?:shach|kaich)(?:[oōô]u?|oo)\b"
            # Chinese: the general manager, the president, the chairman, a founder; a chief
            # officer ("首席执行官", the CEO) and a chief engineer or designer ("总工程师"), as
            # "chief *" is in English.
            r"|总经理|总裁|董事长|创始人|首席[^\s]{1,6}?官|总(?:工程|设计|建筑|会计|经济|规划)?师"
        ),
    ),
    (
        Role.DECISION_MAKER,
        re.compile(
            r"\b(?:supervisor|superintendent|foreman|forewoman|headteacher|head teacher|"
            r"headmaster|headmistress|department head|head nurse|matron|"
            r"charge nurse|teamleitung|teamleiter\w*|abteilungsleit\w*|leitung|"
            r"store manager|branch manager|restaurant manager|plant manager|ward manager|"
            # A mine's captain runs its crews; a ship's master commands it; an executive
            # housekeeper or pastry chef runs that department; a Dutch "Voorman" is a foreman.
            r"mine captain|^master$|executive housekeeper|executive pastry chef|voor(?:man|vrouw)|"
            r"district manager|area manager|regional manager|shift lead|section head|unit head|"
            r"chef de cuisine|head chef|"
            r"executive chef|editor[- ]in[- ]chief|managing editor|curator|chair|"
            # Heads in Spanish, Italian, Dutch and Finnish: "Jefa de cocina", "Capo cantiere",
            # "Hoofd Inkoop", "esihenkilö" (a supervisor).
            r"jef[ae]|capo|hoofd|esihenkil[öo]|esimies|"
            # French heads of a unit: "Chef de section", "Chef d'équipe", "Cheffe de service", an
            # audit's "Cheffe de mission" (a "Chef de projet" runs a project, not people).
            r"chef(?:fe)? d(?:e |')(?:section|service|d[ée]partement|[ée]quipe|division|unit[ée]|"
            r"atelier|rayon|chantier|bureau|groupe|production|poste|mission))\b"
            # Japanese: a department or section head, a store manager, in kanji or in Latin
            # letters ("Buchō", "Kachō", "Tencho").
            r"|部長|課長|店長|\b(?:buch|kach|tench)(?:[oōô]u?|oo)\b"
            # Chinese: a manager, a director, a supervisor, the person in charge.
            r"|经理|总监|主管|负责人"
        ),
    ),
    (
        Role.PEER,
        re.compile(
            # "chef" after a hyphen heads a Swedish or Danish unit ("IT-chef"), but a sous-chef
            # cooks.
            r"\b(?:buyer|merchandiser|nurse|pharmacist|teacher|tutor|(?<!-)chef(?:fe)?|sous-chef|cook|"
            r"barista|"
            r"dispatcher|adjuster|receptionist|"
            r"cashier|clerk|librarian|archivist|paramedic|therapist|technologist|surveyor|"
            r"estimator|machinist|electrician|mechanic|welder|carpenter|plumber|driver|pilot|"
            r"attendant|steward|stewardess|crew|hygienist|dentist|veterinarian|midwife|"
            r"pharmacy technician|dietitian|optometrist|radiographer|sonographer|"
            r"bookkeeper|conservator|registrar|counsellor|counselor|chemist|broker|"
            r"practitioner|educator|monteur|"
            # Dutch, Portuguese, Spanish, French: a nurse, an employee, a pastry cook, an officer
            # ("Chargé de partenariats"; a "Chargée de recrutement" recruits, read first).
            r"verpleegkundige|medewerk\w*|pasteleir[oa]|pasteler[oa]|charg[ée]e? d(?:e |')|"
            r"journeyman|lineworker|lineman|"
            r"mitarbeiter\w*|sachbearbeiter\w*|referent\w*|werkstudent\w*|praktikant\w*|"
            r"stylist|designer|caregiver|instructor|coach|trainer|scientist|banker|teller|"
            r"sommelier|bartender|business partner|underwriter|actuary|auditor|paralegal|"
            # Trades of the kitchen, the garden and the newsroom; "TL" (a tech lead, written
            # short); Italian, German and Turkish words for an accountant, an actuary, an
            # adviser and a specialist.
            r"gardener|groundskeeper|greenkeeper|roaster|baker|brewer|brauer|itamae|reporter|"
            r"journalist|cellar master|tl|contabile|aktuar\w*|uzman\w*|"
            # Trades of the vineyard, the climbing wall, the distillery, the zoo, the laboratory
            # and the film crew: "Cellar Hand", "Route Setter", "Stillman", "Senior Keeper",
            # "Tea Taster", "Line Training Captain" (an airline's; a fire, police or ship's
            # captain is not read here), "QS-Laborant", "Maschinist", "Restauratrice",
            # "Medical Science Liaison", "2nd AC".
            r"(?:cellar|deck|farm|ranch|stage|kitchen|stable|yard) hand|setter|stillman|keeper|"
            r"taster|(?:line|training|check|relief|airline) captain|laborant\w*|maschinist\w*|"
            r"restaurat(?:or|ore|rice|eur)|liaison|"
            r"(?:1st|2nd|3rd) a[cd]|"
            # A trustee holds no office on the board: a panelist (a board's chair or treasurer
            # is one of its officers, above).
            r"trustee)\b"
            # A trade by its ending: "Hydrologist", "Geographer", "Technician", "Physician"
            # (only inside a word, so the scan does not retry a word from each of its letters).
            r"|\B(?:ologists?|ographers?|icians?)\b"
            # Chinese: a title ending in a staff member or a master of a craft ("高级评香员",
            # "工程师").
            r"|[员师]\b"
        ),
    ),
)

# German, Dutch, Nordic and Finnish titles are compounds that end in their head word, the first
# half being any word: taken where a word ends (no leading boundary), after the families above.
_COMPOUNDS: tuple[tuple[Role, re.Pattern[str]], ...] = (
    # "Kanzleiinhaber", "Betriebsinhaberin", "Mitinhaber": the owner of the firm.
    # A holder of something else is no owner: "Prokurainhaber" (signs for the firm),
    # "Vollmachtsinhaber", "Stelleninhaber", "Lizenzinhaber", "Kontoinhaber".
    (
        Role.EXECUTIVE,
        re.compile(
            r"(?<!prokura)(?<!vollmacht)(?<!vollmachts)(?<!stellen)(?<!lizenz)(?<!konto)"
            r"(?<!karten)(?<!rechte)(?<!patent)inhaber(?:in)?\b"
        ),
    ),
    (
        Role.DECISION_MAKER,
        re.compile(
            # "Bereichsleiter", "Gruppenleiterin", "Teamleider", "Afdelingsleder", "Teknisk
            # leder", "Produktsjef", "Afdelingshoofd", "Kehityspäällikkö" (a manager),
            # "Myyntijohtaja" (a director), "IT-direktör"; "Utvecklingschef", "IT-chef": "chef"
            # only inside a word or after a hyphen (a "Head Chef" or a "Sous-chef" cooks).
            # "Stationsleitung", "Pflegedirektor" (German heads of a ward, of nursing).
            r"(?:leiter(?:in)?|leitung|leider|leder|sjef|hoofd|p[äa][äa]llikk[öo]|johtaja|"
            r"direkt[öø]r|direktor(?:in)?)\b"
            r"|(?:\B|(?<!sous)-)chef\b"
        ),
    ),
    (
        Role.PEER,
        re.compile(
            # "Softwareentwickler", "Prüfingenieur", "Systemutvecklare", "Udvikler",
            # "Ontwikkelaar", "Ohjelmistokehittäjä", "Produktdesigner", "Lagermedarbejder".
            r"(?:entwickler(?:in)?|ingenieur(?:in)?|ingenj[öo]r|ingeni[øo]r|utvecklare|"
            r"udvikler|utvikler|ontwikkelaar|kehitt[äa]j[äa]|designer|medarbe[jt]der|"
            # Swedish "Undersköterska", "Sjuksköterska" (an assistant nurse, a nurse).
            r"sk[öo]terska|\Bberater(?:in)?|"
            # "Servicetekniker", "Truckförare", "QS-Laborant", Finnish "Puuseppä" (a carpenter).
            r"tekniker|f[öø]rare|laborant(?:in)?|sepp[äa]|"
            r"medarbetare|medarbeider|mitarbeiter(?:in)?)\b"
        ),
    ),
)
# A compound after another word is a title only after a word of rank ("Senior
# Systemutvecklare"); after a given name it is a surname ("Anna Schleiter", "Mia Projektleiter").
_RANK_WORDS = words(
    "senior junior lead principal staff chief deputy interim acting assistant associate "
    "stellvertretende stellvertretender teknisk grafisk"
)


# Family words that are also common names ("Sarah Cook", "Dean Smith", "Karen Carpenter").
_ALSO_NAMES = words(
    "cook driver dean carpenter clerk steward coach chair mason plumber chef trainer tutor "
    "leder leider hoofd "
    "rector mayor principal porter baker brewer gardener"
)


@lru_cache(maxsize=4096)
def names_a_title(text: str) -> bool:
    """The text holds a title word of the families that is not also a common name."""
    if _family(text) is Role.UNKNOWN:
        tokens = text.split()
        if not tokens or _compound(text) is Role.UNKNOWN:
            return False
        # The compound leads the phrase ("Teamleider Delivery") or follows a rank.
        return _compound(tokens[0]) is not Role.UNKNOWN or tokens[0].lower() in _RANK_WORDS
    return not any(t.lower().strip(".,") in _ALSO_NAMES for t in text.split())


@lru_cache(maxsize=4096)
def title_family(title: str | None) -> Role:
    """The role this table gives a title, or UNKNOWN."""
    if not title:
        return Role.UNKNOWN
    role = _family(title)
    return _compound(title) if role is Role.UNKNOWN else role


# Chinese "… 经理" titles that are individual contributors, as the role table's IC-manager list
# reads the English ones (PLAYBOOK §4 rule 3): a product, project, account, channel, key-account
# or marketing manager ("产品经理", "高级项目经理", "大客户经理"), and a project's "负责人".
_CN_IC_MANAGER = re.compile(
    r"(?:产品|项目|客户|大客户|渠道|账户|品牌|市场|营销|商务|业务拓展|活动|社区|内容)经理"
    r"|项目负责人"
)


def _family(title: str) -> Role:
    low = " ".join(title.lower().replace("&", " and ").split())
    # The IC manager is read out first; a head's word beside it still counts ("产品经理团队负责人").
    ic = _CN_IC_MANAGER.search(low) is not None
    if ic:
        low = _CN_IC_MANAGER.sub(" ", low)
    for role, pattern in _FAMILIES:
        if pattern.search(low):
            return role
    return Role.PEER if ic else Role.UNKNOWN


def _compound(title: str) -> Role:
    low = title.lower()
    for role, pattern in _COMPOUNDS:
        if pattern.search(low):
            return role
    return Role.UNKNOWN


@lru_cache(maxsize=4096)
def role_of(title: str | None, hiring_manager: bool = False) -> Role:
    """The playbook's role for a title, completed by the families above."""
    role = classify_title(title, hiring_manager)
    if role is Role.UNKNOWN:
        return title_family(title)
    # The role table reads "Store Manager" as an individual contributor's "… manager"; a person
    # who runs a store, a ward or a site leads its staff.
    manager = role is Role.PEER and "manager" in (title or "").lower()
    if manager and title_family(title) is Role.DECISION_MAKER:
        return Role.DECISION_MAKER
    return role


# What a schedule line says after the title about the session, not the person: "Vineyard
# Manager · block walk, bring boots", "Principal Engineer, Payments - System design", "Técnico
# Sênior | conversa técnica". A tail after a dot, a dash or a bar that starts in lower case
# under a capitalised title, or that names a kind of session, is dropped; "Driver Manager -
# Leeds" and "Head of Buying - Fresh" keep their team.
_TOPIC_SEP = re.compile(r"\s++(?:[·•|]|[-–—](?=\s))\s*+")
_SESSION = re.compile(
    r"(?:system design|design|coding|pairing|whiteboard|technical|tech|case|presentation|"
    r"portfolio|demo|lunch|tour|walk|chat|conversation|conversa|conversaci[óo]n|culture|values|"
    r"behaviou?ral|deep dive|q&a|take-home|screen|debrief|intro|introduction|skills test|"
    r"trial|entrevista|interview|gespr[äa]ch)"
    r"(?: (?:interview|round|session|review|exercise|test|fit|t[ée]cnica|chat|walk))?",
    re.IGNORECASE,
)
# Latin letters after a title in a CJK script: "采购总监 Sourcing Director" is written twice.
_CJK_THEN_LATIN = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+\s++(?=[A-Z])")


# A tail that names what the person runs or owns.
_ROLE_WORD = re.compile(
    r"\b(?:head|manager|leads|leader|owner|owns|director|runs|chief|supervisor)\b",
    re.IGNORECASE,
)


def _holds_a_role(tail: str) -> bool:
    if _ROLE_WORD.search(tail) is not None:
        return True
    heads = (Role.DECISION_MAKER, Role.EXECUTIVE)
    return classify_title(tail) in heads or title_family(tail) in heads


def without_session(title: str) -> str:
    """The title without what the line says after it about the session."""
    twice = _CJK_THEN_LATIN.match(title)
    if twice is not None and title[twice.end() :].isascii():
        title = title[twice.end() :]
    if not title[:1].isupper() or len(title) > 160:
        return title
    parts = _TOPIC_SEP.split(title, maxsplit=4)
    if len(parts) < 2:
        return title
    kept = [parts[0]]
    for tail in parts[1:]:
        if _holds_a_role(tail):
            # "Principal Engineer · head of payments", "Architect | owner of the platform
            # team": the tail says what the person runs, so it is theirs.
            kept.append(tail)
            continue
        first = tail.split(maxsplit=1)[0] if tail.strip() else ""
        # A lower-case *word* starts a remark; "iOS", "eBay", "eCommerce" are names.
        lower = first[:1].islower() and not any(c.isupper() for c in first)
        if lower or _SESSION.fullmatch(tail.strip(" .,;")) is not None:
            break
        kept.append(tail)
    if len(kept) == len(parts):
        return title
    # Rejoin what stays with the separators it was written with.
    cut = title
    for tail in parts[len(kept) :][::-1]:
        cut = cut[: cut.rfind(tail)]
    return cut.rstrip(" ·•|-–—") or title
