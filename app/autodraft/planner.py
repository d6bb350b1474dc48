"""The auto-draft planner. Pure: no database, no network, no clock (`now` is passed in).

    plan_interview(view, choices, *, stood_down, now, timezone, discovered_at=None) -> InterviewPlan
    view_from_interview(interview: calendar.model.Interview, *, debrief_at=None) -> InterviewView

Given one interview and the user's plans for its interviewers, it decides which notes are owed,
to whom, with which scenario, and when they are due:

- one `thank_you` per interviewer whose scenario drafts (playbook default unless the user chose;
  recruiters and coordinators get none by default; a `stand_down` choice means none for them).
  Recovery notes are due at that interviewer's slot end (the debrief clock is running), the
  others at the interview's end;
- one `ask_recruiter` per interview whose invite names no interviewer or lacks an address, as
  soon as such an invite is seen and while the interview day is still ahead: addressed to the
  recruiter (the coordinator when no recruiter is known, else a person organizing), due at 09:00
  local three business days before the interview day, or when first seen if that is later. A
  recruiter needs days, not hours: they collect the addresses from the hiring team, and three
  working days leave room for a reminder before the day. A due time already past means "now";
  once the interview day has begun it is no longer planned, and the plan says why (the day has
  come, the interview has passed, it was cancelled, every interviewer now has an address);
- nothing for a cancelled interview or a stood-down opportunity;
- no new thank-you for an interview first seen more than `STALE_AFTER` after it ended (a
  calendar export with last year's interviews must not fill the mailbox). `discovered_at` is when
  RightNote first saw the interview, so work planned in time is never withdrawn for lateness.

Due times do not depend on `now` (only the "is it too late?" decisions do), so re-planning an
unchanged interview gives the same due times and the caller has nothing to update.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum

from app.calendar.model import Contact, EventStatus, Interview
from app.calendar.people import looks_like_bot
from app.playbook.defaults import ScenarioChoice, default_scenario
from app.playbook.models import Details, InterviewTime, Person
from app.playbook.scenarios import Scenario, spec
from app.playbook.timing import localise, previous_business_day, send_by, zone

# A thank-you for an interview found this long after it ended is not planned.
STALE_AFTER = timedelta(days=7)

# Scenarios a user may choose for one interviewer (ask_recruiter is per interview, not per person).
INTERVIEWER_SCENARIOS = frozenset(
    {Scenario.RECOVERY, Scenario.FOLLOW_UP, Scenario.GRATITUDE, Scenario.STAND_DOWN}
)


class NoteKind(StrEnum):
    """Same values as `app.store.drafts.DraftKind` (kept here so this module imports no I/O)."""

    THANK_YOU = "thank_you"
    ASK_RECRUITER = "ask_recruiter"


@dataclass(frozen=True, slots=True)
class InterviewerView:
    key: str
    name: str | None = None
    email: str | None = None
    title: str | None = None
    hiring_manager: bool = False
    slot_start: datetime | None = None
    slot_end: datetime | None = None

    def person(self) -> Person:
        return Person(self.name, self.email, self.title, self.hiring_manager)


@dataclass(frozen=True, slots=True)
class InterviewView:
    """What planning needs of an interview, from the calendar or from the database."""

    start: datetime | None
    end: datetime | None
    cancelled: bool = False
    interviewers: tuple[InterviewerView, ...] = ()
    recruiter: Contact | None = None
    organizer: Contact | None = None
    debrief_at: datetime | None = None

    @property
    def missing_emails(self) -> bool:
        # Same rule as calendar.model.Interview.missing_emails (PLAYBOOK §2).
        return not self.interviewers or any(not i.email for i in self.interviewers)


@dataclass(frozen=True, slots=True)
class PlanChoice:
    """The user's plan for one interviewer: a scenario override and the details they gave."""

    scenario_override: Scenario | None = None
    details: Details = field(default_factory=Details)


@dataclass(frozen=True, slots=True)
class PlannedDraft:
    kind: NoteKind
    # The interviewer's key for a thank-you; "" for ask_recruiter (one per interview).
    recipient_key: str
    scenario: Scenario
    due_at: datetime
    reasons: tuple[str, ...]
    # Who it is addressed to; None or no email: the To line stays empty.
    to: Contact | None


@dataclass(frozen=True, slots=True)
class InterviewerDecision:
    key: str
    # The playbook's default for this person, with its reasons (shown even when overridden).
    default: ScenarioChoice
    # What applies: the user's choice, else the default. None or stand_down: no note.
    scenario: Scenario | None
    overridden: bool
    draft: PlannedDraft | None
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class InterviewPlan:
    interviewers: tuple[InterviewerDecision, ...]
    ask_recruiter: PlannedDraft | None
    # Interview-level reasons: cancelled, stood down, too old, why the recruiter is asked or not.
    reasons: tuple[str, ...]
    # Why the ask-the-recruiter note is, or is no longer, planned (a withdrawn one says this).
    ask_reason: str = ""

    @property
    def drafts(self) -> tuple[PlannedDraft, ...]:
        found = [d.draft for d in self.interviewers if d.draft is not None]
        if self.ask_recruiter is not None:
            found.append(self.ask_recruiter)
        return tuple(found)

    def find(self, kind: NoteKind | str, recipient_key: str) -> PlannedDraft | None:
        for draft in self.drafts:
            if draft.kind == kind and draft.recipient_key == recipient_key:
                return draft
        return None

    def decision(self, key: str) -> InterviewerDecision | None:
        return next((d for d in self.interviewers if d.key == key), None)


def view_from_interview(
    interview: Interview, *, debrief_at: datetime | None = None
) -> InterviewView:
    return InterviewView(
        start=interview.start,
        end=interview.end,
        cancelled=interview.status is EventStatus.CANCELLED,
        interviewers=tuple(
            InterviewerView(
                key=i.key,
                name=i.name,
                email=i.email,
                title=i.title,
                hiring_manager=i.hiring_manager,
                slot_start=i.slot_start,
                slot_end=i.slot_end,
            )
            for i in interview.interviewers
        ),
        recruiter=interview.recruiter,
        organizer=interview.organizer,
        debrief_at=debrief_at,
    )


def plan_interview(
    view: InterviewView,
    choices: Mapping[str, PlanChoice],
    *,
    stood_down: bool,
    now: datetime,
    timezone: str,
    discovered_at: datetime | None = None,
) -> InterviewPlan:
    """The notes one interview owes. `choices` maps interviewer keys to the user's plans."""
    zone(timezone)  # an unknown zone raises ValueError here, before anything is planned
    if discovered_at is not None and discovered_at > now:
        # First seen by a run whose clock was ahead (`run --now` in the future): nobody saw
        # the interview later than now, so that time must not make the notes late.
        discovered_at = now
    ended_at = view.end or view.start
    blocked: tuple[str, ...] = ()
    if view.cancelled:
        blocked = ("The interview was cancelled: no note is drafted.",)
    elif stood_down:
        blocked = ("You stood down from this opportunity: no note is drafted.",)
    elif ended_at is None:
        blocked = ("The invite has no time, so there is no moment to draft the notes at.",)
    elif (discovered_at or now) - ended_at > STALE_AFTER:
        days = ((discovered_at or now) - ended_at).days
        blocked = (
            f"First seen {days} days after it ended: too late for a thank-you note, so none is "
            "drafted.",
        )

    decisions = tuple(
        _decide(person, choices.get(person.key, PlanChoice()), view, stood_down, blocked)
        for person in view.interviewers
    )
    ask, ask_reasons, ask_reason = _ask_recruiter(
        view, stood_down=stood_down, now=now, tz_name=timezone, discovered_at=discovered_at
    )
    return InterviewPlan(decisions, ask, blocked + ask_reasons, ask_reason or (blocked or ("",))[0])


def _decide(
    person: InterviewerView,
    choice: PlanChoice,
    view: InterviewView,
    stood_down: bool,
    blocked: tuple[str, ...],
) -> InterviewerDecision:
    default = default_scenario(person.person(), choice.details, stood_down=stood_down)
    override = choice.scenario_override
    if override is not None and override not in INTERVIEWER_SCENARIOS:
        override = None  # not a per-person scenario; the API refuses it, old rows fall back
    scenario = Scenario.STAND_DOWN if stood_down else (override or default.scenario)
    overridden = override is not None and not stood_down

    def no_note(*why: str) -> InterviewerDecision:
        return InterviewerDecision(person.key, default, scenario, overridden, None, why)

    if blocked:
        return no_note(*blocked)
    if scenario is None:
        return no_note(*default.reasons)
    if not spec(scenario).drafts:
        return no_note("You chose to send nothing to this person.")
    due: datetime | None
    if scenario is Scenario.RECOVERY and person.slot_end is not None:
        due = person.slot_end
        timing = "due when their slot ends: a repair note must beat the debrief"
    else:
        due = view.end or view.start
        timing = "due when the interview ends"
    assert due is not None  # `blocked` covers an interview without times
    why = ("Your choice." if overridden else default.reasons[0], f"Drafted {timing}.")
    draft = PlannedDraft(
        NoteKind.THANK_YOU,
        person.key,
        scenario,
        due,
        why,
        Contact(person.name, person.email),
    )
    return InterviewerDecision(person.key, default, scenario, overridden, draft, why)


ASK_LEAD_BUSINESS_DAYS = 3
ASK_AT = time(9, 0)


def ask_recruiter_due(
    start: datetime, timezone: str, discovered_at: datetime | None = None
) -> datetime:
    """When the ask_recruiter draft is due: 09:00 local, three business days before the interview
    day (a recruiter needs days to gather addresses), or when the invite was first seen if that
    is later. Never after the playbook's send-by (17:00 the business day before)."""
    tz = zone(timezone)
    day = localise(start, tz)
    for _ in range(ASK_LEAD_BUSINESS_DAYS):
        day = previous_business_day(day)
    due = datetime.combine(day.date(), ASK_AT, tzinfo=tz)
    if discovered_at is not None and discovered_at > due:
        due = discovered_at
    deadline = send_by(Scenario.ASK_RECRUITER, InterviewTime(start=start, timezone=timezone))
    return min(due, deadline) if deadline is not None else due


def _interview_day_begins(start: datetime, timezone: str) -> datetime:
    local = localise(start, zone(timezone))
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def ask_recipient(view: InterviewView) -> Contact | None:
    """The recruiter, else the organizer unless that is a shared or no-reply calendar."""
    recruiter = view.recruiter
    if recruiter is not None and (recruiter.email or recruiter.name):
        return recruiter
    organizer = view.organizer
    if (
        organizer is not None
        and organizer.email
        and not looks_like_bot(organizer.email, organizer.name)
    ):
        return organizer
    return None


def _ask_recruiter(
    view: InterviewView,
    *,
    stood_down: bool,
    now: datetime,
    tz_name: str,
    discovered_at: datetime | None = None,
) -> tuple[PlannedDraft | None, tuple[str, ...], str]:
    """The ask-the-recruiter draft, the plan's reasons about it, and the one-line reason a
    withdrawn ask carries (cancelled and stood-down reasons come from the caller)."""
    if view.cancelled or stood_down or view.start is None:
        return None, (), ""
    if not view.missing_emails:
        return None, (), "Every interviewer on the invite now has an address: nothing to ask."
    ended = view.end or view.start
    if now >= ended:
        passed = "The interview has passed: too late to ask the recruiter for addresses."
        return None, (), passed
    if now >= _interview_day_begins(view.start, tz_name):
        today = "Too late to ask the recruiter for addresses: the interview is today."
        return None, (today,), today
    why = (
        "The invite names no interviewer."
        if not view.interviewers
        else "Some interviewers have no address in the invite."
    )
    to = ask_recipient(view)
    who = (
        "Addressed to the recruiter."
        if to is not None and to is view.recruiter
        else "Addressed to the organizer."
        if to is not None
        else "No recruiter address is known: the To line stays empty."
    )
    draft = PlannedDraft(
        NoteKind.ASK_RECRUITER,
        "",
        Scenario.ASK_RECRUITER,
        ask_recruiter_due(view.start, tz_name, discovered_at),
        (why, "Ask the recruiter days before the interview: they need time to find out.", who),
        to,
    )
    return draft, (why,), why
