"""Builders for calendar interviews, and mailboxes for driving the worker in tests."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.calendar.model import (
    Contact,
    EventStatus,
    Interview,
    Interviewer,
    InterviewerSource,
    Source,
)
from app.errors import ProviderError, ProviderThrottled, ProviderUnavailable
from app.playbook.roles import classify_title
from app.providers.base import CreatedDraft, Mailbox, OutgoingDraft
from app.store.connections import Connection
from app.store.users import User

NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)  # a Tuesday


def person(
    name: str | None,
    email: str | None = None,
    title: str | None = None,
    *,
    hiring_manager: bool = False,
    slot: tuple[datetime, datetime] | None = None,
) -> Interviewer:
    return Interviewer(
        name=name,
        email=email,
        title=title,
        role=classify_title(title, hiring_manager),
        hiring_manager=hiring_manager,
        slot_start=slot[0] if slot else None,
        slot_end=slot[1] if slot else None,
        source=InterviewerSource.ATTENDEE,
    )


def interview(
    uid: str = "loop-1",
    *,
    start: datetime | None = NOW - timedelta(hours=3),
    end: datetime | None = NOW - timedelta(hours=1),
    people: Sequence[Interviewer] = (),
    status: EventStatus = EventStatus.CONFIRMED,
    company: str | None = "Northwind",
    position: str | None = "Backend Engineer",
    recruiter: Contact | None = None,
    organizer: Contact | None = None,
    title: str = "Interview",
) -> Interview:
    return Interview(
        source=Source.ICS,
        uid=uid,
        event_id=None,
        recurrence_id=None,
        title=title,
        company=company,
        position=position,
        start=start,
        end=end,
        all_day=False,
        status=status,
        organizer=organizer,
        recruiter=recruiter,
        interviewers=tuple(people),
        confidence=1.0,
        reasons=(),
    )


def loop(uid: str = "loop-1", **fields: object) -> Interview:
    """An ended three-person loop: a peer, a hiring manager, and a peer without an address."""
    start = NOW - timedelta(hours=4)
    slots = [
        (start + timedelta(minutes=45 * i), start + timedelta(minutes=45 * (i + 1)))
        for i in range(3)
    ]
    people = (
        person("Priya Raman", "priya@northwind.example", "Staff Engineer", slot=slots[0]),
        person(
            "Dana Whitfield",
            "dana@northwind.example",
            "Engineering Manager",
            hiring_manager=True,
            slot=slots[1],
        ),
        person("Tomás Ibáñez", None, "Senior Software Engineer", slot=slots[2]),
    )
    defaults: dict[str, object] = {
        "start": start,
        "end": slots[-1][1],
        "people": people,
        "recruiter": Contact("Leah Park", "leah@northwind.example"),
    }
    defaults.update(fields)
    return interview(uid, **defaults)  # type: ignore[arg-type]


Fault = Callable[[str, int], "tuple[BaseException, bool] | None"]


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing on the way catches it."""


@dataclass
class MemoryMailbox:
    """A mailbox that, like a real provider, happily stores two drafts with the same key.

    `fault(key, call)` may return an exception to raise: before writing (429, 500) or after
    writing (`after_write=True`: a timeout that did create the draft, or a crash between the
    provider's create and our commit).
    """

    drafts: dict[str, list[OutgoingDraft]] = field(default_factory=dict)
    creates: Counter[str] = field(default_factory=Counter)
    deleted: list[str] = field(default_factory=list)
    latency: float = 0.0
    fault: Fault | None = None
    calls: int = 0

    async def find_draft(self, idempotency_key: str) -> CreatedDraft | None:
        if self.latency:
            await asyncio.sleep(self.latency)
        found = self.drafts.get(idempotency_key)
        return CreatedDraft(f"d-{idempotency_key}") if found else None

    async def create_draft(self, draft: OutgoingDraft) -> CreatedDraft:
        self.calls += 1
        if self.latency:
            await asyncio.sleep(self.latency)
        key = draft.idempotency_key
        injected = self.fault(key, self.creates[key]) if self.fault else None
        self.creates[key] += 1
        if injected is not None and not injected[1]:
            raise injected[0]
        self.drafts.setdefault(key, []).append(draft)
        if injected is not None:
            raise injected[0]
        return CreatedDraft(f"d-{key}")

    async def delete_draft(self, draft_id: str) -> None:
        self.deleted.append(draft_id)
        self.drafts.pop(draft_id.removeprefix("d-"), None)

    @property
    def duplicates(self) -> int:
        return sum(len(v) - 1 for v in self.drafts.values() if len(v) > 1)


@dataclass
class StaticResolver:
    mailbox: Mailbox
    seen: list[Connection | None] = field(default_factory=list)
    error: BaseException | None = None

    async def mailbox_for(self, connection: Connection | None, user: User) -> Mailbox:
        self.seen.append(connection)
        if self.error is not None:
            raise self.error
        return self.mailbox


def chaos(seed: int = 7, *, crash: float = 0.02) -> Fault:
    """429s with Retry-After, 500s, timeouts after the write, and crashes after the write."""
    rng = random.Random(seed)

    def fault(key: str, attempt: int) -> tuple[BaseException, bool] | None:
        roll = rng.random()
        if roll < 0.10:
            return ProviderThrottled(retry_after=0.02), False
        if roll < 0.20:
            return ProviderUnavailable("500 from the provider"), False
        if roll < 0.27:
            return ProviderUnavailable("timed out (the draft was created)"), True
        if roll < 0.27 + crash:
            return Crash(), True
        return None

    return fault


def permanent(_key: str, _attempt: int) -> tuple[BaseException, bool] | None:
    return ProviderError("400: the message is malformed"), False
