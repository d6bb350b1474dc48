"""People named in a sentence of the letter with their titles beside them, in the languages
invites come in: "Vous rencontrerez Geneviève Côté-Tremblay, directrice des TI, ainsi que
Mathieu Bouchard, analyste principal", "with our director of pharmacy, Dr. Nnamdi Eze, who is
the hiring manager, and with Ruth Abernathy-Cole, a clinical pharmacist on the unit",
"Bill Kowalski, our operations director, wants to meet you along with Marisol Torres, one of
our senior project managers".

The sentence is cut where it joins one person to the next ("and", "ainsi que", "y", "oraz",
"och", ...); each piece is read as a name with a title in apposition after it, or a title with
the name after it. What is read only ever adds to someone invited (the caller passes it on as
an aside): a sentence can name people who are not met.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.calendar.names import (
    NamedPerson,
    is_name,
    is_title,
    split_hiring_manager,
    without_credentials,
)
from app.calendar.people import words
from app.calendar.titles import role_of
from app.playbook.roles import Role

# Where a sentence joins one person to the next. A joiner counts only before a capital or an
# article (checked by the caller), so "ingeniera de datos y analítica" stays one title.
_JOIN = re.compile(
    r"(?:,\s*+|(?<!\s)\s++)(?:and|as well as|along with|together with|ainsi que|et|y|e|und|och|"
    r"og|en|oraz|i|ve|plus)(?:\s++(?:with|avec|con|mit|med|met|z|ze))?\s++"
    r"|;\s*+",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"(?<=[\w)]{2})[.!?]\s++")
# Articles and possessives before a title in apposition ("our", "notre", "nuestra", ...) and
# "one of our ...".
_LEAD = re.compile(
    r"^(?:(?:one of|l'un de|l’un de|l'une de|l’une de|uno de|una de|einer? (?:von|unserer)) )?"
    r"(?:(?:our|the|a|an|your|their|notre|nos|la|le|les|un|une|nuestr[oa]s?|el|los|las|"
    r"un[ao]?|unser(?:e[rn]?)?|ein(?:e[rn]?)?|il|lo|nostr[oa]|vår|vores|onze|ons|nasz[ae]?)\s++)+",
    re.IGNORECASE,
)
# Where a title in lower case gives way to the rest of the sentence: a relative clause or a
# verb ("who is the hiring manager", "wants to meet you"), or a place in the firm said with a
# preposition and an article ("on the hematology unit", "del equipo", "de l'équipe").
_TITLE_END = re.compile(
    r"\s(?:who|whose|which|that|wants?|will|would|is|has|qui|que|quien|der|die|som|welke|"
    r"który|która)\b"
    r"|\s(?:on|in|at|from|with|for|of|del|de|du|des|im|bei|i|w|z|en|da|do|di|dell[ao]?)\s"
    r"(?:the|my|our|his|her|their|this|el|la|los|las|l['’]|le|les|mon|ma|notre|nuestro|nuestra|"
    r"dem|der|unserem|unserer|teamet|zespole|equipo|équipe|team|het)\b"
    # Scandinavian "at/with" ("undersköterska på avdelning Lärkan"), Dutch "from the team".
    r"|\s(?:på|hos|uit)\s",
    re.IGNORECASE,
)
# A relative clause in place of a title ("joka on senior-ohjelmistokehittäjä", "som er
# seniordesigner"): the words after it are the title, said another way; left to other readers.
_RELATIVE_LEAD = re.compile(
    r"^(?:who|which|that|joka|som|die|der|qui|que|quien|che|welke|który|która)\s", re.IGNORECASE
)
# "and your future manager" after a title, in the languages invites come in: the mark, not
# more of the title ("capo cantiere e suo futuro responsabile", "directora de X y futura jefa
# directa del puesto").
_AND_FUTURE = re.compile(
    r"\s(?:and|y|e|et|und|och|og|en|oraz|i)\s(?:(?:your|su|suo|sua|tu|votre|ton|ta|ihre?r?|"
    r"dein[e]?|je|jouw|din|twoj[aą]?)\s)?(?:future|futur[aeo]?|next|prossim[ao]|pr[óo]xim[ao]|"
    r"zuk[üu]nftige[rn]?|toekomstige?|blivande|kommande|przysz[łl][ay])\s",
    re.IGNORECASE,
)
# The rest of a piece that says the person is the hiring manager: a relative clause ("who is
# the hiring manager for this position") or the mark alone.
_REST_RELATIVE = re.compile(r"^(?:who|which|qui|que|quien|die|der|som|joka|che)\s", re.IGNORECASE)
# A style before the name ("Dr. Nnamdi Eze").
_PREPOSITION = re.compile(r"\s(?:of|for|in|at|on|del|della|dello|de|du|des|di|da|van|von|für)\s")
_STYLE = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof|dra|sra|sr|mme|herr|frau)\.?\s++", re.IGNORECASE)
_NAME_PARTICLES = words(
    "van von de da del della der den di du la le bin binti ibn al el dos das ter ten zu af av"
)
_MAX_PIECES = 6


def prose_people(line: str) -> list[NamedPerson]:
    """Each person a sentence of `line` names with a title beside them."""
    if ", " not in line:
        return []
    return list(_prose_people(line[:400]))


@lru_cache(maxsize=2048)
def _prose_people(line: str) -> tuple[NamedPerson, ...]:
    out: list[NamedPerson] = []
    for sentence in _sentences(line)[:4]:
        if ", " not in sentence:
            continue
        for piece in _pieces(sentence)[:_MAX_PIECES]:
            person = _read_piece(piece)
            if person is not None and not any(p.name == person.name for p in out):
                out.append(person)
    return tuple(out)


_STYLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "st", "dra", "sra", "sr", "mme"})


def _sentences(line: str) -> list[str]:
    """The line cut at each full stop that ends a sentence (not the one after "Dr")."""
    out, start = [], 0
    for m in _SENTENCE_STOP.finditer(line):
        word = line[max(start, m.start() - 5) : m.start()].rsplit(" ", 1)[-1]
        if word.lower() in _STYLES:
            continue
        out.append(line[start : m.start()])
        start = m.end()
    out.append(line[start:])
    return out


def _pieces(sentence: str) -> list[str]:
    """The sentence cut at each joiner that comes before a capital or an article."""
    pieces: list[str] = []
    start = 0
    for m in _JOIN.finditer(sentence):
        nxt = sentence[m.end() : m.end() + 1]
        if m.group(0)[:1] != ";" and not (nxt.isupper() or _LEAD.match(sentence, m.end())):
            continue
        pieces.append(sentence[start : m.start()])
        start = m.end()
    pieces.append(sentence[start:])
    return pieces


def _name_before(text: str) -> str | None:
    """The capitalised words at the end of `text` (a surname's particle may be in lower case),
    as a name."""
    words = text.split()
    taken: list[str] = []
    while words and len(taken) < 5:
        w = words[-1]
        if w[:1].isupper() or (taken and w.lower() in _NAME_PARTICLES):
            taken.insert(0, words.pop())
        else:
            break
    while taken and taken[0].lower() in _NAME_PARTICLES:
        taken.pop(0)
    name = _STYLE.sub("", " ".join(taken))
    if name and name.split()[0].lower().rstrip(".") in ("dr", "mr", "mrs", "ms", "prof"):
        name = name.split(" ", 1)[-1]
    return name if " " in name and is_name(name) else None


def _name_after(text: str) -> str | None:
    """The capitalised words at the start of `text` (after a style such as "Dr."), as a name."""
    text = _STYLE.sub("", text.strip())
    taken: list[str] = []
    for w in text.split()[:6]:
        if w[:1].isupper() or (taken and w.lower() in _NAME_PARTICLES):
            taken.append(w)
        else:
            break
    while taken and taken[-1].lower() in _NAME_PARTICLES:
        taken.pop()
    name = " ".join(taken)
    return name if " " in name and is_name(name) else None


def _title_of(text: str) -> tuple[str | None, bool]:
    """A title in apposition: the words up to where the sentence moves on, without an article
    before it or the hiring-manager words after it."""
    hm = False
    inner = ""
    if "(" in text:
        head, _, rest = text.partition("(")
        inner = rest.split(")", 1)[0]
        text = head
    title, hm = split_hiring_manager(text.strip())
    if inner and split_hiring_manager(inner)[1]:
        hm = True
    if not title or title == "Hiring Manager":
        return None, hm
    title = _LEAD.sub("", title.strip())
    if _RELATIVE_LEAD.match(title):
        return None, hm
    future = _AND_FUTURE.search(title)
    if future is not None:
        title, hm = title[: future.start()], True
    cut = _TITLE_END.search(title)
    if cut is not None:
        title = title[: cut.start()]
    title = without_credentials(title.strip(" ,;:-–—.!?")).strip()
    if title.count(" ") >= 5:
        # "capo cantiere del nuovo polo scolastico di Treviso": a long phrase is a title and
        # where the job is; the title ends before the first preposition that leaves one.
        for m in _PREPOSITION.finditer(title):
            if is_title(title[: m.start()]):
                title = title[: m.start()]
                break
    if " of our " in f" {text.lower()}" or text.lower().lstrip().startswith("one of "):
        title = _singular(title)
        if " " not in title:
            return None, hm  # "one of the analysts on his team": a kind of job, not a title
    # Only a title in lower case, as prose writes it: a capitalised one in apposition ("Dana
    # Lee, Engineering Manager, Mobile") is read, with what qualifies it, by the other readers.
    if not title or not title[:1].islower() or len(title) > 70:
        return None, hm
    if not is_title(title) or is_name(title):
        return None, hm
    return title, hm


def _marks(rest: str) -> bool:
    """Whether what follows the title says this is the hiring manager: a relative clause on it
    ("who is the hiring manager for this position") or the mark alone."""
    if not rest:
        return False
    title, hm = split_hiring_manager(rest)
    return hm and (title == "Hiring Manager" or _REST_RELATIVE.match(rest) is not None)


def _singular(title: str) -> str:
    head, _, last = title.rpartition(" ")
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}" if head else last


def _read_piece(piece: str) -> NamedPerson | None:
    """ "Name, title[, more]" or "title, Name[, more]"."""
    parts = [p.strip() for p in piece.split(",")]
    if len(parts) < 2:
        return None
    # A name before the first comma, the title after it.
    name = _name_before(parts[0])
    if name is not None:
        title, hm = _title_of(parts[1])
        if _marks(", ".join(parts[2:])):
            hm = True
        if title is not None and role_of(title) is not Role.RECRUITER:
            # Recruiting staff named in a sentence may run a part of the meeting or only
            # arrange it; who they are is left to the readers of the recruiter.
            return NamedPerson(name, title, None, hm)
        return None
    # A title before the first comma ("with our director of pharmacy, Dr. Nnamdi Eze, who is
    # the hiring manager"): the title's words are in lower case after an article.
    name = _name_after(parts[1])
    if name is None:
        return None
    words = parts[0].split()
    # The title runs from the last article before the comma: "The role reports into the CFO,
    # Adaeze …" gives "CFO" (left to others, being capitalised), never the clause before it.
    for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if words[i].lower() in ("our", "the", "your", "their", "notre", "nuestro", "nuestra"):
            title, _ = _title_of(" ".join(words[i + 1 :]))
            if title is not None and title[:1].islower():
                return NamedPerson(name, title, None, _marks(", ".join(parts[2:])))
            return None
    return None


# A person the letter says will not take part: "Priya can no longer make it", "Tobias Lindgren
# is out sick", "I've cc'd Dana Whitcombe (…); she won't be on the call". Bounded runs, linear.
_NAME = r"[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2}"
_AWAY = re.compile(
    rf"(?<![\w'’.-])(?P<n>{_NAME}) (?:(?:"
    r"can no longer|can(?:not|'t|’t)(?: now| still)?|(?:won't|won’t|will not) be able to|"
    r"is (?:now )?(?:unable|not able) to"
    r") (?:make it|join|attend|be there|take part)\b|has had to (?:drop|pull) out\b)"
    rf"|(?<![\w'’.-])(?P<m>{_NAME}) (?:is|has been|'s|’s) "
    r"(?:out sick|off sick|ill|unwell|on leave)\b"
    r"|\b(?P<p>she|he|they) (?:won't|won’t|will not|can't|can’t|cannot|can no longer) "
    r"(?:be on the (?:call|interview)|join(?: the call| us)?|take part|attend|make it)\b",
)
_PRONOUN_NAME = re.compile(rf"(?<![\w'’.-]){_NAME}")


def absent_names(text: str) -> tuple[str, ...]:
    """The names of people the letter says will not take part after all."""
    low = text.lower()
    if not any(w in low for w in _AWAY_HINTS):
        return ()
    out: list[str] = []
    for m in _AWAY.finditer(text[:4000]):
        name = m.group("n") or m.group("m")
        if m.group("p"):
            # The pronoun stands for the last full name before it in the same paragraph.
            before = text[max(0, m.start() - 300) : m.start()].rsplit("\n\n", 1)[-1]
            names = [n for n in _PRONOUN_NAME.findall(before) if " " in n and is_name(n)]
            name = names[-1] if names else None
        if name and is_name(name) and name not in out:
            out.append(name)
    return tuple(out[:4])


_AWAY_HINTS = (
    "no longer", "can't", "can’t", "cannot", "won't", "won’t", "will not", "unable", "not able",
    "drop out", "pull out", "sick", " ill", "unwell", "on leave",
)  # fmt: skip
