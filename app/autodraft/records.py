"""Database rows → the pure planner's inputs.

    view_from_records(interview, interviewers) -> InterviewView
    choice_from_plan(plan, interview) -> PlanChoice
    details_from_plan(plan, interview) -> Details
    planning_timezone(user, default) -> str

Draft records change state only through `app.store.draft_states` (the one table of moves).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.autodraft.planner import InterviewerView, InterviewView, PlanChoice
from app.calendar.model import Contact, EventStatus
from app.calendar.zones import zone as known_zone
from app.playbook.models import Details, RiskArea
from app.store.interviews import InterviewerRecord, InterviewRecord
from app.store.plans import Plan
from app.store.users import User


def _contact(name: str | None, email: str | None) -> Contact | None:
    return Contact(name, email) if (name or email) else None


def view_from_records(
    interview: InterviewRecord, interviewers: Sequence[InterviewerRecord]
) -> InterviewView:
    """Removed interviewers (no longer on the invite) are left out."""
    return InterviewView(
        start=interview.start,
        end=interview.end,
        cancelled=interview.status is EventStatus.CANCELLED,
        interviewers=tuple(
            InterviewerView(
                key=row.person_key,
                name=row.name,
                email=row.email,
                title=row.title,
                hiring_manager=row.hiring_manager,
                slot_start=row.slot_start,
                slot_end=row.slot_end,
            )
            for row in interviewers
            if row.removed_at is None
        ),
        recruiter=_contact(interview.recruiter_name, interview.recruiter_email),
        organizer=_contact(interview.organizer_name, interview.organizer_email),
        debrief_at=interview.debrief_at,
    )


def _risk_areas(values: Sequence[str] | None) -> tuple[RiskArea, ...]:
    known = {area.value for area in RiskArea}
    return tuple(RiskArea(v) for v in values or () if v in known)


def details_from_plan(plan: Plan | None, interview: InterviewRecord | None = None) -> Details:
    debrief = interview.debrief_at if interview is not None else None
    if plan is None:
        return Details(debrief_at=debrief)
    return Details(
        topic=plan.topic,
        # The flag with no text yet still means "stumbled" ("" in the engine's terms).
        stumble=(plan.stumble_text or "") if plan.stumble else None,
        what_happened=plan.what_happened,
        restatement=plan.restatement,
        questions=tuple(plan.questions or ()),
        risk_areas=_risk_areas(plan.risk_areas),
        debrief_at=debrief,
    )


def choice_from_plan(plan: Plan | None, interview: InterviewRecord | None = None) -> PlanChoice:
    return PlanChoice(
        scenario_override=plan.scenario_override if plan is not None else None,
        details=details_from_plan(plan, interview),
    )


def planning_timezone(user: User, default: str) -> str:
    """The IANA name of the user's zone when it is known, else of `default` (settings.timezone).

    A Windows name ("Pacific Standard Time", as Graph and Outlook write zones) is mapped through
    CLDR's windowsZones (the table icalendar ships), and any case is read: the playbook's send-by
    times take only IANA names, and a name they refuse would plan in the wrong zone."""
    for name in (user.timezone, default):
        found = known_zone(name) if name else None
        if found is not None:
            return found.key
    return "UTC"
