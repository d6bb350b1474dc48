"""Write the note for a scenario (PLAYBOOK §4), in the structure the playbook gives.

Only supplied facts are used; whatever is missing becomes a visible [placeholder] (§6). Free text
from the user is kept to one line per field, turned to on-the-team voice ("our roadmap"), and
HTML-escaped in the HTML part. Every draft carries its own voice report.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from app.playbook import text as t
from app.playbook.models import Draft, DraftInput
from app.playbook.questions import pick_questions
from app.playbook.scenarios import Scenario, spec
from app.playbook.timing import DAYS, MONTHS, localise, send_by, zone
from app.playbook.voice import check_voice, rewrite_outsider_voice


class NoNoteError(ValueError):
    """Raised for `stand_down`: the right note is none at all."""


@dataclass(frozen=True, slots=True)
class _Facts:
    """Cleaned inputs. None means "not supplied"."""

    first: str | None
    candidate: str | None
    company: str | None
    position: str | None
    topic: str | None
    stumble: str | None
    what_happened: str | None
    restatement: str | None
    questions: tuple[str, ...]
    interview_day: str | None

    def known_terms(self, *extra: str | None) -> tuple[str, ...]:
        terms = (self.first, self.candidate, self.company, self.position, self.topic, *extra)
        return tuple(term for term in terms if term)


# A paragraph is a list of lines; the note is a list of paragraphs.
_Note = list[list[str]]


def compose_draft(inp: DraftInput, *, now: datetime | None = None) -> Draft:
    """The draft for `inp.scenario`. Raises NoNoteError for stand_down (nothing to send)."""
    if not spec(inp.scenario).drafts:
        raise NoNoteError("standing down: no note is written")
    facts = _facts(inp)
    subject, paragraphs = _WRITERS[inp.scenario](facts)
    deadline = send_by(inp.scenario, inp.interview, debrief_at=inp.details.debrief_at)
    plain = _render_text(paragraphs)
    report = check_voice(
        plain,
        inp.scenario,
        send_by=deadline,
        now=now,
        known_terms=facts.known_terms(
            t.clean_inline(inp.interviewer.name), t.clean_inline(inp.interviewer.title)
        ),
    )
    return Draft(
        scenario=inp.scenario,
        objective=spec(inp.scenario).objective,
        subject=subject,
        text=plain,
        html=_render_html(paragraphs),
        to=t.clean_inline(inp.interviewer.email, 320),
        send_by=deadline,
        placeholders=t.placeholders_in(subject + "\n" + plain),
        voice=report,
    )


def _facts(inp: DraftInput) -> _Facts:
    details = inp.details

    def free(value: str | None, limit: int = 300) -> str | None:
        cleaned = t.clean_inline(value, limit)
        return rewrite_outsider_voice(cleaned) if cleaned else None

    topic = free(details.topic, 160)
    own = [q for q in (free(q) for q in details.questions) if q]
    questions = pick_questions(own, list(details.risk_areas), topic)
    day = None
    if inp.interview.start is not None:
        start = localise(inp.interview.start, zone(inp.interview.timezone))
        day = f"{DAYS[start.weekday()]}, {MONTHS[start.month - 1]} {start.day}"
    return _Facts(
        first=t.first_name(inp.interviewer.name),
        candidate=t.clean_inline(inp.candidate_name, 120),
        company=t.clean_inline(inp.company, 120),
        position=t.clean_inline(inp.position, 120),
        topic=topic,
        stumble=free(details.stumble),
        what_happened=free(details.what_happened),
        restatement=free(details.restatement, 600),
        questions=questions,
        interview_day=day,
    )


def _greeting(f: _Facts) -> list[str]:
    return [f"Hi {t.or_placeholder(f.first, 'first name')},"]


def _signature(f: _Facts, closing: str) -> list[str]:
    return [closing, t.or_placeholder(f.candidate, "your name")]


def _role_phrase(f: _Facts) -> str:
    if f.position and f.company:
        return f" for the {f.position} role at {f.company}"
    if f.position:
        return f" for the {f.position} role"
    if f.company:
        return f" at {f.company}"
    return ""


def _recovery(f: _Facts) -> tuple[str, _Note]:
    topic = t.or_placeholder(f.topic, "topic we discussed")
    observed = t.as_clause(t.or_placeholder(f.stumble, "what went wrong"))
    cause = t.as_clause(t.or_placeholder(f.what_happened, "what you think was happening"))
    point = t.as_sentence(t.or_placeholder(f.restatement, "the point you wanted to make"))
    subject = f"Following up on {topic}"
    return subject, [
        _greeting(f),
        [f"Thank you for the interview{_role_phrase(f)}."],
        [f"When we discussed {topic}, {observed}. Looking back, I think {cause}."],
        ["That was on me, and I would like to set it straight."],
        [f"What I meant to say is this: {point}"],
        _signature(f, "Best regards,"),
    ]


def _follow_up(f: _Facts) -> tuple[str, _Note]:
    topic = t.or_placeholder(f.topic, "topic we discussed")
    asks = [t.as_question(q) for q in f.questions] or ["[a question from our conversation]?"]
    lead = (
        "Two questions have stayed with me:"
        if len(asks) == 2
        else "One question has stayed with me:"
    )
    subject = f"Thank you, and a follow-up on {topic}"
    return subject, [
        _greeting(f),
        [
            f"Thank you for the conversation about {topic}{_role_phrase(f)}. "
            f"I have kept thinking about how we would take {topic} forward."
        ],
        [lead],
        *[[ask] for ask in asks],
        _signature(f, "Thanks again,"),
    ]


def _gratitude(f: _Facts) -> tuple[str, _Note]:
    topic = t.or_placeholder(f.topic, "something they told you about")
    together = f" at {f.company}" if f.company else ""
    subject = "Thank you for your time"
    return subject, [
        _greeting(f),
        [
            "Thank you for taking the time to talk with me; I appreciated it. "
            f"I enjoyed hearing about {topic}, and I am excited about the chance to work "
            f"together{together}."
        ],
        _signature(f, "Best,"),
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
        _signature(f, "Thanks,"),
    ]


_WRITERS = {
    Scenario.RECOVERY: _recovery,
    Scenario.FOLLOW_UP: _follow_up,
    Scenario.GRATITUDE: _gratitude,
    Scenario.ASK_RECRUITER: _ask_recruiter,
}


def _render_text(paragraphs: _Note) -> str:
    return "\n\n".join("\n".join(lines) for lines in paragraphs) + "\n"


def _render_html(paragraphs: _Note) -> str:
    # Lines never hold a line break (every fact passes clean_inline), so one escape per
    # paragraph and "\n" -> <br> afterwards is the same as escaping line by line.
    return "".join(
        [
            "<p>" + html.escape("\n".join(lines), quote=True).replace("\n", "<br>") + "</p>"
            for lines in paragraphs
        ]
    )
