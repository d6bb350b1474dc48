"""Reconciliation's pure diff (app.autodraft.reconcile): stored records + a plan → transitions.

No database: the records are plain snapshots and the plan is built by hand.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from app.autodraft.planner import InterviewerDecision, InterviewPlan, NoteKind, PlannedDraft
from app.autodraft.reconcile import (
    Cancel,
    Create,
    Reopen,
    Reschedule,
    Retarget,
    StoredDraft,
    diff,
)
from app.playbook.defaults import ScenarioChoice
from app.playbook.roles import Role
from app.playbook.scenarios import Scenario
from app.store.drafts import DraftKind, DraftState

END = datetime(2025, 3, 10, 16, 0, tzinfo=UTC)
LATER = END + timedelta(hours=2)
MAILBOX = uuid.uuid4()
OTHER_MAILBOX = uuid.uuid4()
ANN_ROW = uuid.uuid4()


def planned(
    key: str, *, due: datetime = END, scenario: Scenario = Scenario.GRATITUDE
) -> PlannedDraft:
    kind = NoteKind.THANK_YOU if key else NoteKind.ASK_RECRUITER
    return PlannedDraft(kind, key, scenario, due, ("planned",), None)


def decision(key: str, draft: PlannedDraft | None, *reasons: str) -> InterviewerDecision:
    default = ScenarioChoice(Scenario.GRATITUDE, Role.PEER, ("default",))
    scenario = draft.scenario if draft is not None else None
    return InterviewerDecision(key, default, scenario, False, draft, reasons)


def plan(*drafts: PlannedDraft) -> InterviewPlan:
    """The plan that owes exactly `drafts` (thank-yous, and the recruiter ask for key "")."""
    decisions = tuple(decision(d.recipient_key, d) for d in drafts if d.recipient_key)
    ask = next((d for d in drafts if not d.recipient_key), None)
    return InterviewPlan(decisions, ask, ())


def stored(
    key: str,
    state: DraftState,
    *,
    due: datetime = END,
    scenario: Scenario | None = Scenario.GRATITUDE,
    connection_id: uuid.UUID | None = MAILBOX,
) -> StoredDraft:
    kind = DraftKind.THANK_YOU if key else DraftKind.ASK_RECRUITER
    return StoredDraft(uuid.uuid4(), kind, key, state, due, scenario, connection_id)


def test_a_new_note_is_created_for_its_interviewer_and_mailbox() -> None:
    ann = planned("ann@acme.test")
    ask = planned("")
    out = diff(
        [],
        plan(ann, ask),
        interviewer_ids={"ann@acme.test": ANN_ROW},
        connection_id=MAILBOX,
    )
    assert out == [Create(ann, ANN_ROW, MAILBOX), Create(ask, None, MAILBOX)]


def test_an_unchanged_plan_changes_nothing() -> None:
    records = [stored("ann@acme.test", state) for state in (DraftState.PENDING,)]
    records += [stored("", DraftState.CLAIMED)]
    same = plan(planned("ann@acme.test"), planned(""))
    assert diff(records, same, interviewer_ids={}, connection_id=MAILBOX) == []
    # No mailbox given: the stored one stays.
    assert diff(records, same, interviewer_ids={}, connection_id=None) == []


def test_a_pending_record_follows_a_move_a_scenario_and_a_mailbox() -> None:
    record = stored("ann@acme.test", DraftState.PENDING)
    moved = plan(planned("ann@acme.test", due=LATER))
    assert diff([record], moved, interviewer_ids={}, connection_id=None) == [
        Reschedule(record.id, LATER, Scenario.GRATITUDE, None)
    ]
    recovery = plan(planned("ann@acme.test", scenario=Scenario.RECOVERY))
    assert diff([record], recovery, interviewer_ids={}, connection_id=MAILBOX) == [
        Reschedule(record.id, None, Scenario.RECOVERY, None)
    ]
    same = plan(planned("ann@acme.test"))
    assert diff([record], same, interviewer_ids={}, connection_id=OTHER_MAILBOX) == [
        Reschedule(record.id, None, Scenario.GRATITUDE, OTHER_MAILBOX)
    ]


def test_a_record_in_flight_only_gets_its_due_time_and_scenario() -> None:
    record = stored("ann@acme.test", DraftState.CLAIMED)
    moved = plan(planned("ann@acme.test", due=LATER, scenario=Scenario.FOLLOW_UP))
    assert diff([record], moved, interviewer_ids={}, connection_id=OTHER_MAILBOX) == [
        Retarget(record.id, LATER, Scenario.FOLLOW_UP)
    ]


def test_a_cancelled_record_planned_again_is_reopened() -> None:
    record = stored("ann@acme.test", DraftState.CANCELLED, connection_id=None)
    again = plan(planned("ann@acme.test", due=LATER))
    assert diff([record], again, interviewer_ids={}, connection_id=MAILBOX) == [
        Reopen(record.id, LATER, Scenario.GRATITUDE, MAILBOX)
    ]


def test_delivered_and_failed_records_are_never_touched() -> None:
    records = [stored("ann@acme.test", DraftState.DELIVERED), stored("", DraftState.FAILED)]
    again = plan(planned("ann@acme.test", due=LATER), planned(""))
    assert diff(records, again, interviewer_ids={}, connection_id=OTHER_MAILBOX) == []
    # Nor cancelled when no longer planned.
    assert diff(records, plan(), interviewer_ids={}, connection_id=None) == []


def test_open_records_no_longer_planned_are_cancelled_with_the_reason() -> None:
    pending = stored("ann@acme.test", DraftState.PENDING)
    claimed = stored("bob@acme.test", DraftState.CLAIMED)
    gone = stored("cy@acme.test", DraftState.PENDING)
    ask = stored("", DraftState.PENDING)
    cancelled = stored("dee@acme.test", DraftState.CANCELLED)
    records = [pending, claimed, gone, ask, cancelled]
    now_plan = InterviewPlan(
        (
            decision("ann@acme.test", None, "They run the process."),
            decision("bob@acme.test", None, "You chose no note for them."),
        ),
        None,
        (),
        "The interviewers are all known.",
    )
    out = diff(records, now_plan, interviewer_ids={}, connection_id=MAILBOX)
    assert out == [
        Cancel(pending.id, "They run the process."),
        Cancel(claimed.id, "You chose no note for them."),
        Cancel(gone.id, "They are no longer on the invite."),
        Cancel(ask.id, "The interviewers are all known."),
    ]


def test_an_interview_level_reason_or_the_callers_reason_wins() -> None:
    records = [stored("ann@acme.test", DraftState.PENDING), stored("", DraftState.CLAIMED)]
    stood_down = InterviewPlan(
        (decision("ann@acme.test", None, "person reason"),), None, ("You stood down.",)
    )
    assert [
        c.reason
        for c in diff(records, stood_down, interviewer_ids={}, connection_id=None)
        if isinstance(c, Cancel)
    ] == ["You stood down.", "You stood down."]
    gone = diff(
        records,
        stood_down,
        interviewer_ids={},
        connection_id=None,
        cancel_reason="No longer in the calendar.",
    )
    assert [c.reason for c in gone if isinstance(c, Cancel)] == ["No longer in the calendar."] * 2


def test_planned_notes_come_before_cancellations_and_each_record_is_used_once() -> None:
    old = stored("ann@acme.test", DraftState.PENDING)
    out = diff(
        [old],
        plan(planned("bob@acme.test")),
        interviewer_ids={"bob@acme.test": ANN_ROW},
        connection_id=None,
    )
    assert [type(t) for t in out] == [Create, Cancel]
