"""Write the note for a scenario (PLAYBOOK §4), in the structure the playbook gives.

Only supplied facts are used; whatever is missing becomes a visible [placeholder] (§6). Free text
from the user is kept to one line per field, normalised to sit inside the note's sentences
(normalise.py), turned to on-the-team voice ("our roadmap"), and HTML-escaped in the HTML part.
Every draft carries its own voice report, the suggestions its scenario offers, and the fields it
left out with the reason.

Panels: each interviewer's note names what the invite says about their slot (its title and
time), and the opening, subject and sign-off rotate with `panel_position`, so the notes of one
interview never read as a mail merge. Nothing else is varied: no invented detail.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from app.playbook import normalise as nz
from app.playbook import text as t
from app.playbook.draft_voice import OWNING_LINE, POINT_FRAME
from app.playbook.models import Draft, DraftInput, Ignored, Suggestion
from app.playbook.questions import pick_questions, suggest_questions, topic_phrase
from app.playbook.scenarios import Scenario, spec
from app.playbook.timing import DAYS, MONTHS, localise, send_by, zone
from app.playbook.voice import check_draft_voice, rewrite_outsider_voice

QUESTION_PLACEHOLDER = "[a question from our conversation]"


class NoNoteError(ValueError):
    """Raised for `stand_down`: the right note is none at all."""


@dataclass(slots=True)
class _Facts:
    """Cleaned inputs. None means "not supplied". Private and never changed after _facts()
    builds it; not frozen, because a frozen dataclass sets each field through
    object.__setattr__ (a fifth of building the facts)."""

    name: str | None  # the interviewer's, one line
    title: str | None  # the interviewer's
    first: str | None
    candidate: str | None
    company: str | None
    position: str | None
    topic: str | None
    stumble: str | None
    what_happened: str | None
    restatement: str | None
    questions: tuple[str, ...]
    # How many of `questions` are the user's own (they come first); the rest are risk-area
    # questions in their fixed note form (questions.py).
    own_asks: int
    interview_day: str | None
    # "the System Design interview", "lunch": what the invite calls this interviewer's slot.
    meeting: str | None
    # " on Tuesday" / " on Tuesday morning": when they met, from the slot or the interview.
    when: str
    variant: int

    def known_terms(self, *extra: str | None) -> tuple[str, ...]:
        terms = (self.first, self.candidate, self.company, self.position, self.topic, *extra)
        return tuple(filter(None, terms))

    def pick(self, options: tuple[str, ...]) -> str:
        return options[self.variant % len(options)]


class _Own(str):
    """A line holding the user's own words (or an invite's slot title): the voice check reads
    it in full. Every other line is the engine's fixed wording with known terms filled in."""


# A paragraph is a list of lines; the note is a list of paragraphs.
_Note = list[list[str]]


def compose_draft(inp: DraftInput, *, now: datetime | None = None) -> Draft:
    """The draft for `inp.scenario`. Raises NoNoteError for stand_down (nothing to send)."""
    scenario_spec = spec(inp.scenario)
    if not scenario_spec.drafts:
        raise NoNoteError("standing down: no note is written")
    facts = _facts(inp)
    subject, paragraphs = _WRITERS[inp.scenario](facts)
    deadline = send_by(inp.scenario, inp.interview, debrief_at=inp.details.debrief_at)
    plain, engine_lines = _rendered(paragraphs)
    known = facts.known_terms(facts.name, facts.title)
    # The report is check_voice's on the whole text; the engine's own lines are named so the
    # per-sentence readings skip them (tests/playbook/test_draft_report.py holds the equality).
    report = check_draft_voice(
        plain,
        inp.scenario,
        engine_lines=engine_lines if all(map(_maskable, known)) else (),
        send_by=deadline,
        now=now,
        known_terms=known,
    )
    return Draft(
        scenario=inp.scenario,
        objective=scenario_spec.objective,
        subject=subject,
        text=plain,
        html=_render_html(plain),
        to=nz.inline(inp.interviewer.email, 320),
        send_by=deadline,
        # Most notes with every detail have no "[" at all: no scan.
        placeholders=t.placeholders_in(subject + "\n" + plain)
        if "[" in plain or "[" in subject
        else (),
        voice=report,
        suggestions=_suggestions(inp.scenario, facts),
        ignored=_ignored(inp, facts.company),
    )


def _suggestions(scenario: Scenario, f: _Facts) -> tuple[Suggestion, ...]:
    # Offered whenever a follow-up is written, to pick from or to replace a question with.
    return _suggested(f.topic) if scenario is Scenario.FOLLOW_UP else ()


@lru_cache(maxsize=512)
def _suggested(topic: str | None) -> tuple[Suggestion, ...]:
    # A card re-renders the same topic on every click: the five questions are built once.
    return suggest_questions(topic)


# --- what a scenario leaves out ---------------------------------------------------------------

_ONLY_RECOVERY = "only a recovery note says what went wrong; choose recovery to repair it"
_NO_ASKS = "a thank-you note asks nothing (PLAYBOOK §4); choose follow_up to ask it"
_ONE_OBJECTIVE = "a recovery note has one objective, the repair; ask it in a later note"
_RECRUITER = "the note to the recruiter only asks who you will meet"
_DEBRIEF = "only a recovery note is timed by the debrief"
_NOT_NAME = (
    "looks like a web address or a domain fragment, not a company name; type the name as the "
    "company writes it"
)
_FROM_DOMAIN = (
    "only an email address's domain gave this name, not the invite's words, so the note leaves "
    "it out; type the company's name to use it"
)


def ignored_fields(inp: DraftInput) -> tuple[Ignored, ...]:
    """Every field the user gave that this scenario does not use, with the reason."""
    return _ignored(inp, _company(inp))


def _ignored(inp: DraftInput, company: str | None) -> tuple[Ignored, ...]:
    d = inp.details
    # A company the check kept is a name; one it dropped is fine only when nothing was typed.
    company_ok = company is not None or not inp.company or not nz.inline(inp.company, 120)
    # The usual case, without building the table: nothing given that the scenario leaves out.
    if company_ok:
        unused: tuple[object, ...]
        if inp.scenario is Scenario.RECOVERY:
            unused = (d.questions, d.risk_areas)
        elif inp.scenario is Scenario.FOLLOW_UP:
            unused = (d.stumble, d.what_happened, d.restatement, d.debrief_at)
        elif inp.scenario is Scenario.GRATITUDE:
            unused = (d.stumble, d.what_happened, d.restatement, d.debrief_at)
            unused += (d.questions, d.risk_areas)
        else:
            unused = (d.topic, d.stumble, d.what_happened, d.restatement, d.debrief_at)
            unused += (d.questions, d.risk_areas)
        if not any(unused):
            return ()
    given = {
        "details.topic": bool(d.topic and d.topic.strip()),
        "details.stumble": bool(d.stumble and d.stumble.strip()),
        "details.what_happened": bool(d.what_happened and d.what_happened.strip()),
        "details.restatement": bool(d.restatement and d.restatement.strip()),
        "details.questions": any(q and q.strip() for q in d.questions),
        "details.risk_areas": bool(d.risk_areas),
        "details.debrief_at": d.debrief_at is not None,
    }
    why: dict[str, str] = {}
    if inp.scenario is Scenario.RECOVERY:
        why = {"details.questions": _ONE_OBJECTIVE, "details.risk_areas": _ONE_OBJECTIVE}
    elif inp.scenario in (Scenario.FOLLOW_UP, Scenario.GRATITUDE):
        why = {
            "details.stumble": _ONLY_RECOVERY,
            "details.what_happened": _ONLY_RECOVERY,
            "details.restatement": _ONLY_RECOVERY,
            "details.debrief_at": _DEBRIEF,
        }
        if inp.scenario is Scenario.GRATITUDE:
            why |= {"details.questions": _NO_ASKS, "details.risk_areas": _NO_ASKS}
    elif inp.scenario is Scenario.ASK_RECRUITER:
        why = dict.fromkeys(given, _RECRUITER)
    out = [Ignored(name, reason) for name, reason in why.items() if given[name]]
    if inp.company and inp.company.strip() and company is None:
        out.append(
            Ignored("company", _FROM_DOMAIN if inp.company_source == "domain" else _NOT_NAME)
        )
    return tuple(out)


def _company(inp: DraftInput) -> str | None:
    """The company a sentence may name: never one only an address's domain spelt (PLAYBOOK §6:
    no invented facts; "Acmecorp" is a guess at how Acme Corp writes its name)."""
    if not inp.company or inp.company_source == "domain":
        return None
    return company_name(inp.company, inp.interviewer.email)


@lru_cache(maxsize=1024)
def company_name(value: str | None, email: str | None = None) -> str | None:
    """The company as a name a sentence can carry; None for an address or a domain fragment
    ("northwindhealth.com", "northwindhealth", or "Northwindhealth" beside an address at
    northwindhealth.com): a draft never guesses a name from those."""
    name = nz.inline(value, 120)
    if not name:
        return None
    if "@" in name or "/" in name:
        return None
    if " " not in name:
        if name.islower():
            return None  # "northwindhealth": how a domain reads, not how a company writes
        if len(name) >= 12 and name[1:].islower() and email and "@" in email:
            # A long one-word name that is just the address's domain label capitalised is how
            # a calendar falls back to the domain ("Northwindhealth"); short ones ("Northwind",
            # "Stripe") are usually the real name and stay.
            labels = email.rpartition("@")[2].lower().split(".")
            if name.lower() in labels[:-1]:
                return None
        head, dot, tld = name.rpartition(".")
        if dot and head and 2 <= len(tld) <= 6 and tld.isalpha():
            return None  # "Northwind.io"
    return name


# --- facts -------------------------------------------------------------------------------


def _free(value: str | None, limit: int) -> str | None:
    cleaned = nz.inline(value, limit)
    return rewrite_outsider_voice(nz.tidy(cleaned)) if cleaned else None


def _shaped(value: str | None, shape: Callable[[str | None], str | None]) -> str | None:
    cleaned = nz.inline(value, 600)
    shaped_text = shape(cleaned) if cleaned else None
    return rewrite_outsider_voice(shaped_text) if shaped_text else None


def _facts(inp: DraftInput) -> _Facts:
    details = inp.details
    topic = _free(details.topic, 160)
    own = [q for q in (_shaped(q, nz.question) for q in details.questions) if q]
    questions = pick_questions(own, details.risk_areas) if own or details.risk_areas else ()
    tz = zone(inp.interview.timezone)
    day = None
    start = None if inp.interview.start is None else localise(inp.interview.start, tz)
    if start is not None:
        day = f"{DAYS[start.weekday()]}, {MONTHS[start.month - 1]} {start.day}"
    slot = inp.slot
    title = nz.inline(slot.title, 80) if slot is not None else None
    # A slot title that is also the topic (the card's starting value) is said once, as topic.
    same = title is not None and topic is not None and title.casefold() == topic.casefold()
    meeting = None if same else _meeting(title)
    # A meal needs no part of the day ("lunch on Tuesday afternoon" says it twice).
    meal = meeting is not None and meeting.rsplit(" ", 1)[-1] in _MEAL_WORDS
    slot_start = slot.start if slot is not None else None
    if slot_start is not None:
        when = _when(localise(slot_start, tz), part=not meal)
    else:
        when = _when(start, part=False)
    # "MARCUS CHEN" and "jean-luc picard" greet "Hi Marcus," and "Hi Jean-Luc,".
    name = nz.person_name(nz.inline(inp.interviewer.name))
    company = _company(inp)
    return _Facts(
        name=name,
        title=nz.inline(inp.interviewer.title),
        first=_capitalised(t.first_name(name)) if name else None,
        candidate=nz.signer(nz.inline(inp.candidate_name, 120)),
        company=company,
        # "the Data Scientist role role", "the Engineer at Acme role at Acme": the position
        # loses what the role phrase says (an "at <company>" tail also when the note leaves
        # the company out).
        position=nz.position(nz.inline(inp.position, 120), company or inp.company),
        topic=topic_phrase(topic),
        stumble=_shaped(details.stumble, nz.stumble),
        what_happened=_shaped(details.what_happened, nz.cause),
        restatement=_shaped(details.restatement, nz.restatement),
        questions=questions,
        own_asks=min(len(own), len(questions)),
        interview_day=day,
        meeting=meeting,
        when=when,
        variant=max(0, inp.panel_position),
    )


def _capitalised(name: str | None) -> str | None:
    # "dana lee" typed in a hurry greets "Hi Dana,"; "de la Cruz"-style names with a capital
    # anywhere are left as written.
    if name and name.islower():
        return name[0].upper() + name[1:]
    return name


# Slot titles that name a meal or a break: "Thank you for lunch", not "the Lunch interview".
_MEALS = frozenset({"lunch", "coffee", "breakfast", "dinner", "coffee chat", "team lunch"})
_MEAL_WORDS = frozenset({"lunch", "coffee", "breakfast", "dinner", "chat"})
# Slot titles that already say what kind of meeting it was.
_KINDS = frozenset(
    [
        "interview",
        "session",
        "chat",
        "conversation",
        "round",
        "discussion",
        "review",
        "call",
        "screen",
        "panel",
        "presentation",
        "walkthrough",
        "meeting",
        "sync",
        "lunch",
        "coffee",
        "breakfast",
        "dinner",
        "q&a",
        "debrief",
    ]
)


def _meeting(title: str | None) -> str | None:
    """The slot title as the object of "Thank you for ...", quoted as the invite gives it."""
    if not title:
        return None
    low = title.lower()
    if low in _MEALS:
        return low if " " not in low else f"the {low}"
    if any(not (ch.isalnum() or ch in " &-'/") for ch in title) or len(title.split()) > 5:
        return f"the “{title}” session"
    last = low.rsplit(" ", 1)[-1]
    return f"the {title}" if last in _KINDS else f"the {title} interview"


def _when(local: datetime | None, *, part: bool) -> str:
    """On which day; with the part of the day when the slot's own time tells panelists apart."""
    if local is None:
        return ""
    day = DAYS[local.weekday()]
    if not part:
        return f" on {day}"
    name = "morning" if local.hour < 12 else "afternoon" if local.hour < 17 else "evening"
    return f" on {day} {name}"


def _greeting(f: _Facts) -> list[str]:
    return [f"Hi {t.or_placeholder(f.first, 'first name')},"]


def _signature(f: _Facts, closings: tuple[str, ...]) -> list[str]:
    # Three sign-offs against four openings: positions 0-11 of a panel all differ.
    return [closings[f.variant % len(closings)], t.or_placeholder(f.candidate, "your name")]


def _role_phrase(f: _Facts, prep: str) -> str:
    if f.meeting:
        return ""  # the slot says which interview it was; the role would only lengthen it
    if f.position and f.company:
        return f" {prep} the {f.position} role at {f.company}"
    if f.position:
        return f" {prep} the {f.position} role"
    if f.company:
        return f" {prep} the role at {f.company}"
    return ""


def _thanks(f: _Facts, default: str) -> str:
    """The opening thanks, rotated across a panel: "Thank you for the Coding interview on
    Tuesday morning." / "Thanks for ..." ..."""
    meeting = f.meeting or default
    lead = f.pick(
        (
            "Thank you for",
            "Thanks for",
            "Thank you for making time for",
            "Many thanks for",
        )
    )
    prep = "for" if meeting == "the interview" else "about"
    return f"{lead} {meeting}{f.when}{_role_phrase(f, prep)}."


def _owned_if(line: str, f: _Facts) -> str:
    # The slot title comes from the invite as written, and is not a masked known term.
    return _Own(line) if f.meeting else line


# --- the notes ---------------------------------------------------------------------------


def _recovery(f: _Facts) -> tuple[str, _Note]:
    topic = t.or_placeholder(f.topic, "topic we discussed")
    observed = t.as_clause(t.or_placeholder(f.stumble, "what went wrong"))
    cause = t.or_placeholder(f.what_happened, "what you think was happening")
    point = t.as_sentence(t.or_placeholder(f.restatement, "the point you wanted to make"))
    subject = f.pick(
        (
            # "about", not "on": "on on-call" would read as a doubled word.
            f"Following up about {topic}",
            f"A clearer answer about {topic}",
            f"Back to {topic}",
            f"Following up about {topic}, with thanks",
        )
    )
    return subject, [
        _greeting(f),
        [_owned_if(_thanks(f, "the interview"), f)],
        [_Own(f"When we discussed {topic}, {observed}. Looking back, {cause}.")],
        # Fixed lines that settle two of the check's codes (draft_voice.py).
        [OWNING_LINE],
        [POINT_FRAME, _Own(point)],
        _signature(f, ("Best regards,", "Kind regards,", "Best,")),
    ]


def _follow_up(f: _Facts) -> tuple[str, _Note]:
    topic = t.or_placeholder(f.topic, "topic we discussed")
    # The user's own questions, or the risk areas they picked; else one visible placeholder
    # (no "?" after it: once filled, the user's own mark closes it).
    asks = [t.as_question(q) for q in f.questions] or [QUESTION_PLACEHOLDER]
    two = len(asks) == 2
    lead = f.pick(
        ("Two questions have stayed with me.", "I have two questions since we spoke.")
        if two
        else ("One question has stayed with me.", "I have one question since we spoke.")
    )
    about = f.pick(
        (
            f"I enjoyed talking about {topic} with you.",
            f"I have kept thinking about what we said about {topic}.",
            f"I enjoyed hearing how you think about {topic}.",
        )
    )
    subject = f.pick(
        (
            "Thank you, and two questions" if two else "Thank you, and a question",
            "A follow-up after our conversation",
            f"Thanks for {f.meeting}" if f.meeting else "Thanks, and a follow-up question",
            "Following up with thanks",
        )
    )
    # The user's questions are read in full. A risk area's note form and the placeholder are
    # the engine's fixed wording, like the lines around them: the voice readings skip them
    # (they trip none: tests/playbook/test_draft_report.py), ~10 % of a follow-up's check.
    asked: _Note = [[_Own(ask) if i < f.own_asks else ask] for i, ask in enumerate(asks)]
    return subject, [
        _greeting(f),
        [_owned_if(f"{_thanks(f, 'our conversation')} {about}", f)],
        [lead],
        *asked,
        _signature(f, ("Thanks again,", "Best,", "Best regards,")),
    ]


def _gratitude(f: _Facts) -> tuple[str, _Note]:
    topic = t.or_placeholder(f.topic, "something they told you about")
    # The company once: in the opening when no slot is named, else here.
    together = f" at {f.company}" if f.company and f.meeting else ""
    # PLAYBOOK §4 gratitude: thanks, appreciated their time, enjoyed hearing about X, excited
    # to work together. Nothing more.
    enjoyed = f.pick(
        (
            f"I appreciated your time, and I enjoyed hearing about {topic}. I am excited about "
            f"the chance to work together{together}.",
            f"I appreciated the time you gave me, especially hearing about {topic}. I would be "
            f"glad to work together{together}.",
            f"It was good to hear about {topic}, and I appreciated your time. I look forward to "
            f"the chance to work together{together}.",
        )
    )
    if f.meeting:
        subject = f.pick((f"Thank you for {f.meeting}", f"Thanks for {f.meeting}"))
    else:
        subject = f.pick(
            (
                "Thank you for your time",
                "Thanks for speaking with me",
                "Thank you for the conversation",
                "With thanks for your time",
            )
        )
    return subject, [
        _greeting(f),
        [_owned_if(f"{_thanks(f, 'our conversation')} {enjoyed}", f)],
        _signature(f, ("Best,", "All the best,", "Warm regards,")),
    ]


def _ask_recruiter(f: _Facts) -> tuple[str, _Note]:
    day = f.interview_day or "[interview date]"
    role = f"the {f.position} role" if f.position else "the role"
    subject = f"Who I will meet on {day}"
    return subject, [
        _greeting(f),
        [f"Thank you for setting up my interview for {role} on {day}."],
        [
            "So I can prepare, could you send me the names and email addresses of the people "
            "I will be meeting?"
        ],
        _signature(f, ("Thanks,",)),
    ]


_WRITERS = {
    Scenario.RECOVERY: _recovery,
    Scenario.FOLLOW_UP: _follow_up,
    Scenario.GRATITUDE: _gratitude,
    Scenario.ASK_RECRUITER: _ask_recruiter,
}


def _render_text(paragraphs: _Note) -> str:
    return "\n\n".join("\n".join(lines) for lines in paragraphs) + "\n"


def _rendered(paragraphs: _Note) -> tuple[str, list[tuple[int, int]]]:
    """_render_text's text and _engine_lines' spans, in one walk over the lines."""
    spans: list[tuple[int, int]] = []
    at = 0
    for lines in paragraphs:
        for line in lines:
            end = at + len(line)
            if not isinstance(line, _Own):
                spans.append((at, end))
            at = end + 1
        at += 1  # the blank line between paragraphs
    return "\n\n".join(["\n".join(lines) for lines in paragraphs]) + "\n", spans


def _engine_lines(paragraphs: _Note) -> list[tuple[int, int]]:
    """Spans, in _render_text's text, of the lines that are not _Own."""
    spans: list[tuple[int, int]] = []
    at = 0
    for lines in paragraphs:
        for line in lines:
            if not isinstance(line, _Own):
                spans.append((at, at + len(line)))
            at += len(line) + 1
        at += 1  # the blank line between paragraphs
    return spans


def _maskable(term: str) -> bool:
    """The voice check masks every occurrence of this known term (masking.py ignores terms
    under two characters and reads only the first 200): else no line counts as the engine's."""
    if term.isprintable() and "  " not in term and term[:1] != " " and term[-1:] != " ":
        # Spaces only, single, none at either end (how every fact leaves clean_inline): the
        # term is its own collapsed form.
        return 2 <= len(term) <= 200
    return 2 <= len(" ".join(term.split())) <= 200


def _render_html(plain: str) -> str:
    # The plain text escaped once: lines never hold a line break (every fact passes
    # clean_inline) and are never empty, so "\n\n" is exactly a paragraph break and every
    # other "\n" a line break (tests pin the HTML to the text).
    body = html.escape(plain.rstrip("\n"), quote=True)
    return "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
