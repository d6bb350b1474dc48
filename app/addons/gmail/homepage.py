"""The homepage card (Gmail and Calendar): what RightNote does and when a note matters, the
user's recent and upcoming interviews with a suggested note per interviewer, auto-draft status,
and stand down / resume per opportunity. Also the confirmation cards of those two buttons.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.addons import cardkit as ck
from app.addons.cardkit import Json
from app.addons.gmail import cards
from app.addons.gmail.compose import not_yet_status
from app.addons.gmail.state import TARGET_PARAM, NoteTarget
from app.addons.gmail.store_ops import stood_down_for
from app.autodraft.user_plans import list_overviews
from app.calendar.model import EventStatus, Interview
from app.calendar.recipients import LOOK_AHEAD, LOOK_BACK
from app.playbook.defaults import NotYet, choice_at, default_scenario
from app.playbook.models import Person, company_source
from app.playbook.scenarios import SCENARIOS, Scenario
from app.settings import Settings
from app.store.users import User

STAND_DOWN_ACTION = "stand-down"
RESUME_ACTION = "resume"
# A sidebar card stays short: the nearest few each way.
MAX_EACH_WAY = 5
MAX_PEOPLE = 6


@dataclass(frozen=True, slots=True)
class PersonLine:
    name: str
    detail: str | None
    scenario: Scenario | None
    # Their slot (else the interview) has not ended: no note yet, this one after it.
    not_yet: NotYet | None = None


@dataclass(frozen=True, slots=True)
class InterviewLine:
    target: NoteTarget
    people: tuple[PersonLine, ...]
    stood_down: bool


def _line(person: Person, scenario: Scenario | None) -> PersonLine:
    return PersonLine(person.name or person.email or "Someone", person.title, scenario)


async def lines_from_calendar(
    session: AsyncSession,
    user_id: uuid.UUID,
    interviews: Sequence[Interview],
    *,
    now: datetime | None = None,
) -> list[InterviewLine]:
    """Each interviewer with the playbook's note for them; with `now`, none yet while their slot
    (else the interview) has not ended (`choice_at`, as the compose card decides)."""
    lines = []
    for interview in interviews:
        target = NoteTarget.of_interview(interview)
        stood = await stood_down_for(session, user_id, target)
        people = []
        missing = not interview.interviewers or any(not p.email for p in interview.interviewers)
        for p in interview.interviewers[:MAX_PEOPLE]:
            person = Person(p.name, p.email, p.title, p.hiring_manager)
            choice = default_scenario(person, stood_down=stood)
            if now is not None:
                slot = p.slot_start is not None or p.slot_end is not None
                choice = choice_at(
                    choice,
                    p.slot_start if slot else interview.start,
                    p.slot_end if slot else interview.end,
                    now,
                    all_day=interview.all_day and not slot,
                    missing_emails=missing,
                )
            line = _line(person, choice.scenario)
            people.append(PersonLine(line.name, line.detail, line.scenario, choice.not_yet))
        lines.append(InterviewLine(target, tuple(people), stood))
    return lines


async def lines_from_store(
    session: AsyncSession, user: User, *, now: datetime, timezone: str, known: set[str]
) -> list[InterviewLine]:
    """Stored interviews (synced for auto-drafts) that the calendar call did not return, with
    what the auto-draft planner decided for each interviewer (the user's plan included)."""
    overviews = await list_overviews(
        session, user, now=now, timezone=timezone, start_from=now - LOOK_BACK, limit=50
    )
    lines = []
    for overview in overviews:
        row = overview.row
        if row.external_id in known or row.status is EventStatus.CANCELLED:
            continue
        if row.start is None or row.start >= now + LOOK_AHEAD:
            continue
        target = NoteTarget(
            interview_key=row.external_id,
            title=row.title or None,
            company=row.company,
            company_source=company_source(row.company_source),
            position=row.position,
            start=row.start,
            end=row.end,
        )
        stood = overview.opportunity is not None and overview.opportunity.stood_down
        people = tuple(
            _line(
                Person(i.row.name, i.row.email, i.row.title, i.row.hiring_manager),
                i.decision.scenario,
            )
            for i in overview.interviewers
            if i.decision is not None
        )[:MAX_PEOPLE]
        lines.append(InterviewLine(target, people, stood))
    return lines


def _interview_widgets(line: InterviewLine, tz: ZoneInfo, settings: Settings) -> list[Json]:
    target = line.target
    # Labels are card text (a little HTML renders): the invite's words are escaped.
    where = cards.esc(" · ".join(x for x in (target.company, target.position) if x)) or None
    widgets = [
        ck.decorated_text(
            f"<b>{cards.esc(target.title or 'Interview')}</b>",
            top_label=cards.when_text(target.start, target.end, tz),
            bottom_label=where,
        )
    ]
    if line.stood_down:
        widgets.append(cards.paragraph("You stood down from this opportunity: no notes."))
    elif not line.people:
        widgets.append(
            cards.paragraph(
                "No interviewers named in the invite. Ask the recruiter who you will meet."
            )
        )
    else:
        for person in line.people:
            detail = f" ({cards.esc(person.detail)})" if person.detail else ""
            if person.not_yet is not None:
                after = SCENARIOS[person.not_yet.after].label
                label = cards.esc(f"{not_yet_status(person.not_yet)} (then: {after})")
            else:
                label = cards.esc(cards.scenario_label(person.scenario))
            widgets.append(ck.text_paragraph(f"{cards.esc(person.name)}{detail}: {label}"))
    if target.company or target.interview_key:
        params = {TARGET_PARAM: target.to_param()}
        if line.stood_down:
            button = ck.button(
                "Resume", ck.action(cards.action_url(settings, RESUME_ACTION), params)
            )
        else:
            button = ck.button(
                "Stand down", ck.action(cards.action_url(settings, STAND_DOWN_ACTION), params)
            )
        widgets.append(ck.button_list(button))
    return widgets


def homepage_card(
    *,
    recent: Sequence[InterviewLine],
    upcoming: Sequence[InterviewLine],
    problem: str | None,
    mailbox: cards.MailboxStatus,
    tz: ZoneInfo,
    settings: Settings,
) -> Json:
    sections = [
        ck.section(
            cards.paragraph(cards.ABOUT),
            cards.paragraph(cards.WHEN_IT_MATTERS),
            header="What RightNote does",
        )
    ]
    if problem:
        sections.append(ck.section(cards.problem_widget(problem), header="Your interviews"))
    for title, lines in (("Recent interviews", recent), ("Coming up", upcoming)):
        for index, line in enumerate(lines):
            sections.append(
                ck.section(
                    *_interview_widgets(line, tz, settings), header=title if index == 0 else None
                )
            )
    if not recent and not upcoming and not problem:
        sections.append(
            ck.section(
                cards.paragraph(
                    "No interviews in your calendar from the past 14 days or the next 7. When "
                    "there are, each interviewer shows here with the note that fits them."
                ),
                header="Your interviews",
            )
        )
    sections.append(cards.autodraft_section(mailbox, settings))
    return ck.card(*sections, header=cards.header("After the interview"), name="homepage")


def split(
    lines: Sequence[InterviewLine], now: datetime
) -> tuple[list[InterviewLine], list[InterviewLine]]:
    """(recent: over, latest first; upcoming: not over yet, soonest first), a few each."""
    recent = [x for x in lines if x.target.end is not None and x.target.end <= now]
    upcoming = [x for x in lines if x not in recent]
    recent.sort(key=lambda x: x.target.end or now, reverse=True)
    upcoming.sort(key=lambda x: x.target.start or now)
    return recent[:MAX_EACH_WAY], upcoming[:MAX_EACH_WAY]


def stand_down_card(target: NoteTarget, *, scope: str, cancelled: int, settings: Settings) -> Json:
    what = target.company or "this opportunity"
    if scope == "opportunity":
        done = (
            f"You stood down from {cards.esc(what)}. RightNote created nothing and "
            f"cancelled {cancelled} pending auto-draft{'s' if cancelled != 1 else ''}; it "
            "will plan no notes for it."
        )
    elif scope == "interview":
        done = (
            f"RightNote created nothing and cancelled {cancelled} pending auto-draft"
            f"{'s' if cancelled != 1 else ''} for this interview."
        )
    else:
        done = "RightNote created nothing. It had no drafts planned for this interview."
    widgets = [
        cards.paragraph(done),
        cards.paragraph(cards.STAND_DOWN_EXPLAINED),
        cards.paragraph(
            "Drafts already in your mailbox are left as they are: delete them there if you wish."
        ),
    ]
    if scope == "opportunity":
        widgets.append(
            ck.button_list(
                ck.button(
                    "Resume",
                    ck.action(
                        cards.action_url(settings, RESUME_ACTION), {TARGET_PARAM: target.to_param()}
                    ),
                )
            )
        )
    return ck.card(
        ck.section(*widgets, header="Stood down"),
        header=cards.header("No note is the right note"),
        name="stood-down",
    )


def resumed_card(target: NoteTarget, *, owed: int) -> Json:
    what = cards.esc(target.company or "this opportunity")
    text = f"Resumed: RightNote plans notes for {what} again" + (
        f" ({owed} draft{'s' if owed != 1 else ''} owed)." if owed else "."
    )
    return ck.card(
        ck.section(cards.paragraph(text), header="Resumed"), header=cards.header(), name="resumed"
    )
