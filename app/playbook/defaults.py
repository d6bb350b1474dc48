"""The default scenario per interviewer (PLAYBOOK §4). The user can always override it.

`choice_at` is the same choice at a given moment: the notes of §4 (recovery, follow_up,
gratitude) follow the interview, so before this person's slot has ended none of them is
suggested; the choice says when the interview is and which note comes after it (§2: before the
interview, the one note is to the recruiter, when the invite leaves addresses out). Pure: the
caller passes `now`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from app.playbook.models import Details, Person
from app.playbook.roles import Role, explain_title
from app.playbook.scenarios import SCENARIOS, Scenario
from app.playbook.timing import DAYS, MONTHS, localise, zone

# The notes written after the interview (PLAYBOOK §4): none of them is suggested before it ends.
AFTER_INTERVIEW = frozenset({Scenario.RECOVERY, Scenario.FOLLOW_UP, Scenario.GRATITUDE})

Phase = Literal["ahead", "under_way"]


@dataclass(frozen=True, slots=True)
class NotYet:
    """This person's interview has not ended: the note for them comes after it."""

    phase: Phase  # "ahead": not started; "under_way": started, not ended
    start: datetime | None
    end: datetime | None  # from then on the note is suggested
    all_day: bool
    after: Scenario  # the note the playbook suggests once the interview has ended
    when: str  # "Wed 09 Dec, 14:00–14:45 CET", in the user's zone
    message: str  # one line for a card or pane


@dataclass(frozen=True, slots=True)
class ScenarioChoice:
    # None: no note by default (recruiters and coordinators run the process; or, with
    # `not_yet`, the interview has not ended).
    scenario: Scenario | None
    role: Role
    reasons: tuple[str, ...]
    not_yet: NotYet | None = None


def interview_phase(
    start: datetime | None, end: datetime | None, now: datetime
) -> Phase | Literal["over"] | None:
    """Where `now` stands against [start, end): None when neither time is known. The end is
    exclusive: a slot that ended at 15:00 is over at 15:00."""
    if end is None:
        end = start
    if end is None:
        return None
    if _instant(end) <= _instant(now):
        return "over"
    if start is not None and _instant(now) < _instant(start):
        return "ahead"
    return "under_way"


def _instant(moment: datetime) -> datetime:
    # A naive time is UTC here (the stores and calendars give aware ones).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone(None))


def describe_when(
    start: datetime | None, end: datetime | None, timezone: str | None, *, all_day: bool = False
) -> str:
    """The interview's time in the user's zone, as cards and panes show times: "Wed 09 Dec,
    14:00–14:45 CET"; an all-day event is its day(s): "Wed 09 Dec (all day)"."""
    tz = zone(timezone)
    first = start if start is not None else end
    if first is None:
        return "at a time not known"
    begin = localise(first, tz)

    def day(moment: datetime) -> str:
        return f"{DAYS[moment.weekday()][:3]} {moment.day:02d} {MONTHS[moment.month - 1][:3]}"

    if all_day:
        # The calendar's end is the midnight after the last day.
        last = localise(end, tz) - timedelta(days=1) if end is not None else begin
        days = day(begin) if last.date() <= begin.date() else f"{day(begin)} to {day(last)}"
        return f"on {days} (all day)"
    label = begin.tzname() or "UTC"
    text = f"on {day(begin)}, {begin:%H:%M}"
    if end is not None and start is not None:
        finish = localise(end, tz)
        if finish.date() == begin.date():
            text += f"–{finish:%H:%M}"
        else:
            text += f" to {day(finish)}, {finish:%H:%M}"
        label = finish.tzname() or label
    return f"{text} {label}"


def choice_at(
    choice: ScenarioChoice,
    start: datetime | None,
    end: datetime | None,
    now: datetime,
    *,
    timezone: str | None = None,
    all_day: bool = False,
    missing_emails: bool = False,
) -> ScenarioChoice:
    """`choice` at `now` for a slot [start, end): before the slot has ended, no note of §4 is
    suggested (scenario None, `not_yet` says when and which note follows). Standing down, a
    recruiter's choice and a slot of unknown time are left as they are."""
    if choice.scenario not in AFTER_INTERVIEW:
        return choice
    phase = interview_phase(start, end, now)
    if phase is None or phase == "over":
        return choice
    assert choice.scenario is not None
    when = describe_when(start, end, timezone, all_day=all_day)
    after = SCENARIOS[choice.scenario].label
    if phase == "ahead":
        first = f"Your interview with them is {when}: it has not happened yet."
    else:
        first = f"Your interview with them is under way, {when.removeprefix('on ')}."
    then = f"The note comes after it: once it has ended, RightNote suggests “{after}”."
    reasons = [first, then]
    if phase == "ahead" and missing_emails:
        reasons.append(
            "The invite does not give every interviewer's address: before the interview day, "
            f"ask the recruiter who you will meet (“{SCENARIOS[Scenario.ASK_RECRUITER].label}”)."
        )
    reasons += choice.reasons[:1]  # who they are to you (the role) still holds
    return replace(
        choice,
        scenario=None,
        reasons=tuple(reasons),
        not_yet=NotYet(
            phase=phase,
            start=start,
            end=end if end is not None else start,
            all_day=all_day,
            after=choice.scenario,
            when=when,
            message=f"{first} {then}",
        ),
    )


def default_scenario(
    person: Person, details: Details | None = None, *, stood_down: bool = False
) -> ScenarioChoice:
    details = details or Details()
    match = explain_title(person.title, person.hiring_manager)
    role = match.role
    title = f"{person.title} ({match.reason})" if person.title else match.reason

    if stood_down:
        return ScenarioChoice(
            Scenario.STAND_DOWN,
            role,
            ("You stood down from this opportunity: no note is sent.",),
        )
    if details.stumbled:
        return ScenarioChoice(
            Scenario.RECOVERY,
            role,
            (
                "You flagged a stumble with this interviewer.",
                "A repair note helps only if it arrives before the hiring team's debrief.",
            ),
        )
    has_follow_up = bool(details.questions or details.risk_areas)
    if role is Role.EXECUTIVE:
        if has_follow_up:
            return ScenarioChoice(
                Scenario.FOLLOW_UP,
                role,
                (f"Senior: {title}.", "You have follow-up questions for them."),
            )
        return ScenarioChoice(
            Scenario.GRATITUDE,
            role,
            (f"Senior: {title}.", "No specific follow-up: a short thank-you is all it takes."),
        )
    if role is Role.DECISION_MAKER:
        return ScenarioChoice(
            Scenario.FOLLOW_UP,
            role,
            (
                f"Decision-maker: {title}.",
                "Thank them, then ask one or two pointed questions from your conversation.",
            ),
        )
    if role is Role.RECRUITER:
        return ScenarioChoice(
            None,
            role,
            (
                f"Recruiter or coordinator: {title}.",
                "They run the process; a thank-you note is not needed. Ask them for the "
                "interviewers' names and emails if the invite leaves them out.",
            ),
        )
    if role is Role.PEER:
        why = f"Peer or panelist: {title}."
    else:
        why = "Role not known from the invite: treated as a panelist."
    return ScenarioChoice(Scenario.GRATITUDE, role, (why, "A brief, specific thank-you fits."))
