"""The Calendar event card: the opened interview's plan, one row per interviewer.

The event object names the event and its attendees but carries no title or times, so the event
is fetched with `events.get` (the user's token, bounded in time). When that fails the card is
built from the attendees alone and says so; saving needs the fetched event (a plan for an
interview with no times could not be scheduled).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import orjson

from app.addons import cardkit as ck
from app.addons.cardkit import Json
from app.addons.gmail import cards
from app.addons.gmail.compose import NOT_YET_VALUE, not_yet_widgets
from app.addons.gmail.context import calendar_problem, calendar_source, my_addresses
from app.addons.gmail.state import TARGET_PARAM, NoteTarget, parse_scenario
from app.addons.google_request import GoogleAddonContext
from app.autodraft.planner import INTERVIEWER_SCENARIOS
from app.calendar.interviews import interview_from_event, parse_events
from app.calendar.model import Event, Interview, Interviewer
from app.calendar.people import Me
from app.errors import BadRequest, ProviderError
from app.playbook.defaults import ScenarioChoice, choice_at, default_scenario
from app.playbook.models import Details, Person
from app.playbook.scenarios import SCENARIOS, Scenario
from app.settings import Settings
from app.store.plans import Plan

SAVE_ACTION = "save-plan"
CREATE_ACTION = "create-drafts"
STAND_DOWN_ACTION = "stand-down"
RESUME_ACTION = "resume"
EVENT_PARAM = "event_id"
CALENDAR_PARAM = "calendar_id"
# Who each numbered input is for (their keys in card order): Save re-reads the event, and its
# guest list may have changed since the card was drawn.
PEOPLE_PARAM = "people"
NO_NOTE = Scenario.STAND_DOWN  # per person: "no note for them"
MAX_PEOPLE = 8


@dataclass(frozen=True, slots=True)
class LoadedEvent:
    interview: Interview | None
    # False when built from the event object's attendees only (no title, no times).
    fetched: bool
    problem: str | None = None


def event_ids(ctx: GoogleAddonContext) -> tuple[str | None, str]:
    """(event id, calendar id) from the event object, else from the clicked card's parameters."""
    event_id = ctx.calendar.get("id") or ctx.parameters.get(EVENT_PARAM)
    calendar_id = ctx.calendar.get("calendarId") or ctx.parameters.get(CALENDAR_PARAM)
    return (
        event_id if isinstance(event_id, str) and event_id else None,
        calendar_id if isinstance(calendar_id, str) and calendar_id else "primary",
    )


def _from_event_object(ctx: GoogleAddonContext, event_id: str, tz: ZoneInfo) -> Event | None:
    item: dict[str, Any] = {"id": event_id, "summary": ""}
    for key in ("organizer", "attendees"):
        if key in ctx.calendar:
            item[key] = ctx.calendar[key]
    try:
        events = parse_events([item], format="google", timezone=tz.key)
    except BadRequest:
        return None
    return events[0] if events else None


async def load_event(
    ctx: GoogleAddonContext, settings: Settings, *, tz: ZoneInfo, fallback: bool = True
) -> LoadedEvent:
    event_id, calendar_id = event_ids(ctx)
    if event_id is None:
        return LoadedEvent(None, False, "Google sent no event with this request.")
    problem = None
    event: Event | None = None
    source = calendar_source(ctx, settings, calendar_id=calendar_id)
    if source is None:
        problem = (
            "This request carried no calendar access, so the event's title and times "
            "could not be read."
        )
    else:
        try:
            event = await source.get_event(event_id, timezone=tz.key)
        except ProviderError as exc:
            problem = calendar_problem(exc)
        else:
            if event is None:
                problem = (
                    "Google Calendar would not show this event to RightNote (it may be "
                    "on a calendar you do not own), so only its guest list is used."
                )
    fetched = event is not None
    if event is None and fallback:
        event = _from_event_object(ctx, event_id, tz)
    if event is None:
        return LoadedEvent(None, False, problem)
    # The user opened this event on purpose: show people even if it does not look like one.
    interview = interview_from_event(event, Me(my_addresses(ctx)), tz, include_all=True)
    return LoadedEvent(interview, fetched, problem)


@dataclass(frozen=True, slots=True)
class PlanRow:
    person: Interviewer
    suggested: ScenarioChoice
    saved: Plan | None = None
    # Their note is already in the mailbox: edit it there, the plan is done.
    delivered: bool = False

    @property
    def chosen(self) -> Scenario:
        if self.saved is not None and self.saved.scenario_override is not None:
            return self.saved.scenario_override
        return self.suggested.scenario or NO_NOTE


def plan_rows(
    interview: Interview,
    saved: dict[str, Plan],
    *,
    stood_down: bool,
    delivered: frozenset[str] = frozenset(),
) -> list[PlanRow]:
    rows = []
    for person in interview.interviewers[:MAX_PEOPLE]:
        plan = saved.get(person.key)
        details = Details(stumble=(plan.stumble_text or "") if plan and plan.stumble else None)
        choice = default_scenario(
            Person(person.name, person.email, person.title, person.hiring_manager),
            details,
            stood_down=stood_down,
        )
        rows.append(PlanRow(person, choice, plan, person.key in delivered))
    return rows


@dataclass(frozen=True, slots=True)
class PlanEdit:
    person_key: str
    # None: the suggestion applies (nothing overridden).
    scenario_override: Scenario | None
    topic: str | None
    stumble_text: str | None
    restatement: str | None


def _card_people(ctx: GoogleAddonContext) -> list[str] | None:
    """The person keys the card's inputs were numbered for; None from a card without them."""
    value = ctx.parameters.get(PEOPLE_PARAM)
    if value is None:
        return None
    try:
        keys = orjson.loads(value)
    except orjson.JSONDecodeError:
        return []
    if not isinstance(keys, list):
        return []
    return [key if isinstance(key, str) else "" for key in keys[:MAX_PEOPLE]]


def read_edits(ctx: GoogleAddonContext, rows: Sequence[PlanRow]) -> list[PlanEdit]:
    """The plan as the card's inputs left it (inputs are numbered in interviewer order, the
    order of the card the user saw: each number goes to the person it was drawn for, and an
    edit for someone no longer in the invite goes to nobody)."""
    edits = []
    keys = _card_people(ctx)
    by_key = {row.person.key: row for row in rows}
    numbered: list[tuple[int, PlanRow | None]] = (
        list(enumerate(rows)) if keys is None else [(i, by_key.get(k)) for i, k in enumerate(keys)]
    )
    for index, row in numbered:
        if row is None or row.delivered or f"scenario_{index}" not in ctx.form_inputs:
            continue  # the card had no inputs for this person: leave their plan as it is
        picked = parse_scenario(ctx.string_input(f"scenario_{index}"))
        override = None if picked is None or picked is row.suggested.scenario else picked
        if override is NO_NOTE and row.suggested.scenario is None:
            override = None  # a recruiter gets no note by default anyway

        def text(name: str, limit: int = 300, index: int = index) -> str | None:
            value = (ctx.string_input(f"{name}_{index}") or "").strip()
            return value[:limit] or None

        edits.append(
            PlanEdit(
                row.person.key,
                override,
                text("topic", 160),
                text("stumble"),
                text("restatement", 600),
            )
        )
    return edits


def choice_now(row: PlanRow, interview: Interview, now: datetime, tz: ZoneInfo) -> ScenarioChoice:
    """The row's suggestion at `now`: none yet while their slot (else the interview) has not
    ended (the compose card's rule, `choice_at`)."""
    person = row.person
    slot = person.slot_start is not None or person.slot_end is not None
    people = interview.interviewers
    return choice_at(
        row.suggested,
        person.slot_start if slot else interview.start,
        person.slot_end if slot else interview.end,
        now,
        timezone=tz.key,
        all_day=interview.all_day and not slot,
        missing_emails=not people or any(not p.email for p in people),
    )


def _person_widgets(index: int, row: PlanRow, editable: bool, choice: ScenarioChoice) -> list[Json]:
    person = row.person
    name = person.name or person.email or "Someone"
    waiting = choice.not_yet is not None
    widgets = [
        ck.decorated_text(
            f"<b>{cards.esc(name)}</b>",
            top_label=cards.esc(person.title) or None,
            bottom_label=None if waiting else "Suggested: " + cards.scenario_label(choice.scenario),
        )
    ]
    if waiting:
        widgets += not_yet_widgets(choice)
    else:
        widgets.append(ck.text_paragraph(cards.esc(" ".join(choice.reasons))))
    if row.delivered:
        widgets.append(cards.paragraph("Their draft is in your Gmail drafts: edit it there."))
        return widgets
    if not editable:
        return widgets
    # Per person: the three notes, or none (ask_recruiter is per interview, not per person).
    items = [
        ck.choice(spec.label, str(value), selected=value is row.chosen)
        for value, spec in SCENARIOS.items()
        if value in INTERVIEWER_SCENARIOS and value is not NO_NOTE
    ]
    items.append(ck.choice("No note for them", str(NO_NOTE), selected=row.chosen is NO_NOTE))
    if waiting and not (row.saved and row.saved.scenario_override):
        # Nothing picked yet: the list opens on "not yet" (saved as no override, the note that
        # follows the interview).
        for item in items:
            item["selected"] = False
        items.insert(0, ck.choice("Not yet: after the interview", NOT_YET_VALUE, selected=True))
    saved = row.saved
    widgets += [
        ck.selection_input(f"scenario_{index}", "Note", items),
        ck.text_input(
            f"topic_{index}",
            "What you talked about",
            value=(saved.topic if saved else None) or person.topic,
        ),
        ck.text_input(
            f"stumble_{index}",
            "What went wrong, if anything",
            value=saved.stumble_text if saved else None,
            hint="Filling this in makes it a repair note",
        ),
        ck.text_input(
            f"restatement_{index}",
            "What you wanted them to hear",
            value=saved.restatement if saved else None,
            multiline=True,
        ),
    ]
    return widgets


@dataclass(frozen=True, slots=True)
class EventView:
    loaded: LoadedEvent
    rows: tuple[PlanRow, ...]
    stood_down: bool
    mailbox: cards.MailboxStatus
    tz: ZoneInfo
    now: datetime
    event_id: str | None
    calendar_id: str
    # A result line to show on top (after Create drafts now), our own words.
    notice: str | None = None


def event_card(view: EventView, settings: Settings) -> Json:
    interview = view.loaded.interview
    editable = view.loaded.fetched and view.mailbox.state is cards.MailboxState.CONNECTED
    params = {CALENDAR_PARAM: view.calendar_id}
    if view.event_id:
        params[EVENT_PARAM] = view.event_id
    if interview is not None:
        params[TARGET_PARAM] = NoteTarget.of_interview(interview).to_param()
    if view.rows:
        params[PEOPLE_PARAM] = orjson.dumps([row.person.key for row in view.rows]).decode()

    def act(name: str) -> Json:
        return ck.action(cards.action_url(settings, name), params)

    sections: list[Json] = []
    if view.notice:
        sections.append(ck.section(cards.paragraph(view.notice), header="Drafts"))
    about: list[Json] = []
    if interview is not None and view.loaded.fetched:
        # Labels are card text (a little HTML renders): the invite's words are escaped.
        parts = (interview.company, interview.position)
        where = cards.esc(" · ".join(x for x in parts if x)) or None
        about.append(
            ck.decorated_text(
                f"<b>{cards.esc(interview.title or 'Untitled event')}</b>",
                top_label=cards.when_text(interview.start, interview.end, view.tz),
                bottom_label=where,
            )
        )
        if not interview.is_interview:
            about.append(
                cards.paragraph(
                    "RightNote does not see a job interview here; the plan below is shown anyway."
                )
            )
    if view.loaded.problem:
        about.append(cards.problem_widget(view.loaded.problem))
    if view.stood_down:
        about.append(cards.paragraph("You stood down from this opportunity: no notes."))
    if about:
        sections.append(ck.section(*about, header="Interview"))
    if interview is None or not view.rows:
        sections.append(
            ck.section(
                cards.paragraph(
                    "No interviewers are named in this invite. Ask the recruiter for their names "
                    "and email addresses before the interview day."
                ),
                header="Interviewers",
            )
        )
    elif not view.stood_down:
        for index, row in enumerate(view.rows):
            choice = choice_now(row, interview, view.now, view.tz)
            sections.append(
                ck.section(
                    *_person_widgets(index, row, editable, choice),
                    header="Interviewers" if index == 0 else None,
                )
            )
        if not editable and view.loaded.fetched:
            sections.append(
                ck.section(
                    cards.paragraph(
                        "Notes per interviewer are kept for the drafts RightNote makes for you, "
                        "which needs your mailbox connected (below). Without it, write to an "
                        "interviewer from a new email and RightNote helps you there."
                    )
                )
            )
    buttons = []
    if interview is not None and not view.stood_down:
        if editable:
            buttons.append(ck.button("Save plan", act(SAVE_ACTION)))
        buttons.append(ck.button("Create drafts now", act(CREATE_ACTION), filled=True))
    if interview is not None and (interview.company or view.loaded.fetched):
        buttons.append(
            ck.button(
                "Resume" if view.stood_down else "Stand down",
                act(RESUME_ACTION if view.stood_down else STAND_DOWN_ACTION),
            )
        )
    if buttons:
        sections.append(ck.section(ck.button_list(*buttons)))
    sections.append(cards.autodraft_section(view.mailbox, settings))
    return ck.card(
        *sections, header=cards.header("Your plan for this interview"), name="event-plan"
    )


def connect_needed_card(settings: Settings, mailbox: cards.MailboxStatus) -> Json:
    """Why Create drafts now cannot run without a connected mailbox, plainly."""
    text = (
        "Create drafts now puts one draft per interviewer into your Gmail drafts through the "
        "Gmail API. The add-on on its own may only write into a compose window you have open; "
        "putting drafts into your mailbox needs the separate mailbox connection (Gmail's "
        "compose permission), which you have not given yet. Connect your mailbox, then press "
        "Create drafts now again. Until then, open a new email to an interviewer and use "
        "RightNote there."
    )
    if mailbox.state is cards.MailboxState.NEEDS_RECONNECT:
        text = (
            "Google no longer accepts RightNote's access to your mailbox, so no draft was "
            "created. Reconnect, then press Create drafts now again."
        )
    return ck.card(
        ck.section(
            cards.paragraph(text),
            ck.button_list(
                ck.button(
                    "Connect mailbox", ck.action(cards.action_url(settings, cards.CONNECT_ACTION))
                )
            ),
            header="Connect your mailbox first",
        ),
        header=cards.header("Nothing was created"),
        name="connect-needed",
    )
