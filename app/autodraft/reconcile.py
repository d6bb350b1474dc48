"""Reconciliation, pure: an interview's stored draft records and its new plan → the transitions.

    diff(stored, plan, *, interviewer_ids, connection_id, cancel_reason=None) -> list[Transition]

No I/O: `ingest` reads the records, calls `diff`, and performs each transition through
`app.store.draft_states` (whose guards make a transition computed from a stale read harmless).
The rules:

- planned and not stored → Create (one record per owed note);
- planned and pending → Reschedule when its due time, scenario or mailbox changed;
- planned and claimed (in flight) → Retarget when its due time or scenario changed (its worker
  checks both before delivering);
- planned and cancelled → Reopen (resumed, re-added, un-cancelled);
- stored, open (pending or claimed) and no longer planned → Cancel with the reason;
- delivered and failed records are never touched.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.autodraft.planner import InterviewPlan, NoteKind, PlannedDraft
from app.playbook.scenarios import Scenario
from app.store.drafts import DraftKind, DraftState


@dataclass(frozen=True, slots=True)
class StoredDraft:
    """What the diff reads of one stored record."""

    id: uuid.UUID
    kind: DraftKind
    recipient_key: str
    state: DraftState
    due_at: datetime
    scenario: Scenario | None
    connection_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class Create:
    planned: PlannedDraft
    interviewer_id: uuid.UUID | None
    connection_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class Reschedule:
    record_id: uuid.UUID
    due_at: datetime | None  # None: the due time did not move
    scenario: Scenario
    connection_id: uuid.UUID | None  # None: the mailbox stays


@dataclass(frozen=True, slots=True)
class Retarget:
    record_id: uuid.UUID
    due_at: datetime
    scenario: Scenario


@dataclass(frozen=True, slots=True)
class Reopen:
    record_id: uuid.UUID
    due_at: datetime
    scenario: Scenario
    connection_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class Cancel:
    record_id: uuid.UUID
    reason: str


Transition = Create | Reschedule | Retarget | Reopen | Cancel


def diff(
    stored: Sequence[StoredDraft],
    plan: InterviewPlan,
    *,
    interviewer_ids: Mapping[str, uuid.UUID],
    connection_id: uuid.UUID | None,
    cancel_reason: str | None = None,
) -> list[Transition]:
    """The transitions that bring `stored` in line with `plan`, planned notes first.

    `interviewer_ids` maps a person key to its interviewer row (for new thank-you records);
    `connection_id` is the mailbox for new and pending records (None: unchanged / the default);
    `cancel_reason` overrides the plan's reason for cancelling (e.g. "No longer in the calendar").
    """
    left = {(str(r.kind), r.recipient_key): r for r in stored}
    out: list[Transition] = []
    for planned in plan.drafts:
        record = left.pop((str(planned.kind), planned.recipient_key), None)
        if record is None:
            interviewer_id = interviewer_ids.get(planned.recipient_key)
            out.append(Create(planned, interviewer_id, connection_id))
        elif record.state is DraftState.PENDING:
            moved = record.due_at != planned.due_at
            new_mailbox = connection_id is not None and record.connection_id != connection_id
            if moved or new_mailbox or record.scenario is not planned.scenario:
                out.append(
                    Reschedule(
                        record.id,
                        planned.due_at if moved else None,
                        planned.scenario,
                        connection_id if new_mailbox else None,
                    )
                )
        elif record.state is DraftState.CLAIMED:
            if record.due_at != planned.due_at or record.scenario is not planned.scenario:
                out.append(Retarget(record.id, planned.due_at, planned.scenario))
        elif record.state is DraftState.CANCELLED:
            out.append(Reopen(record.id, planned.due_at, planned.scenario, connection_id))
    for (kind, key), record in left.items():
        if record.state in (DraftState.PENDING, DraftState.CLAIMED):
            out.append(Cancel(record.id, cancel_reason or _why_not(plan, kind, key)))
    return out


def _why_not(plan: InterviewPlan, kind: str, key: str) -> str:
    if plan.reasons and kind == NoteKind.THANK_YOU:
        return plan.reasons[0]
    if kind == NoteKind.ASK_RECRUITER:
        return plan.ask_reason or (plan.reasons[0] if plan.reasons else "No longer needed.")
    decision = plan.decision(key)
    if decision is None:
        return "They are no longer on the invite."
    return decision.reasons[0] if decision.reasons else "No note is planned for them."
