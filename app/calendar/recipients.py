"""Which interview each recipient of a note belongs to: the one rule both compose surfaces use
(the Gmail compose card and `/v1/suggest` for the Outlook pane). Pure: no I/O.

The canonical address rule (app/calendar/people.py `canonical_address`, the only one):
- case-insensitive (domains are; local parts are in practice at every provider users meet);
- a `+tag` suffix is dropped for every domain: Gmail, Outlook.com / Exchange Online (plus
  addressing on by default since 2022) and Fastmail all deliver `dana+hr@x` to `dana@x`;
- dots in the local part are ignored for consumer Gmail only (`gmail.com`, `googlemail.com`,
  which is the same mailbox); for any other domain `d.ana@` and `dana@` are different people.

The lookup window: interviews that start from LOOK_BACK ago to LOOK_AHEAD from now.

Among several interviews with a recipient, the most recent one that has ended wins, else the
soonest coming one; ties keep the order the caller gave (stored interviews before others).
A recipient is matched as an interviewer first, in any interview; only then, when the caller
asks, as an interview's recruiter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, Protocol, TypeVar

from app.calendar.people import canonical_address

__all__ = [
    "LOOK_AHEAD",
    "LOOK_BACK",
    "RecipientMatch",
    "canonical_address",
    "match_recipients",
    "window",
]

LOOK_BACK = timedelta(days=14)
LOOK_AHEAD = timedelta(days=7)


def window(now: datetime) -> tuple[datetime, datetime]:
    """(from, before): the starts of the interviews a note's recipients are looked up in."""
    return now - LOOK_BACK, now + LOOK_AHEAD


class Timed(Protocol):
    @property
    def start(self) -> datetime | None: ...
    @property
    def end(self) -> datetime | None: ...


class Addressed(Protocol):
    @property
    def email(self) -> str | None: ...


M = TypeVar("M", bound=Timed)
P = TypeVar("P", bound=Addressed)


@dataclass(frozen=True, slots=True)
class RecipientMatch(Generic[M, P]):
    # The address as the recipient line gave it (not its canonical form).
    recipient: str
    interview: M
    person: P
    as_recruiter: bool = False


def _rank(interview: Timed, now: datetime) -> tuple[int, float]:
    # Ended interviews first, the most recent of them first; then the soonest coming.
    end = interview.end or interview.start
    if end is not None and end <= now:
        return (0, -end.timestamp())
    start = interview.start or end
    return (1, start.timestamp() if start is not None else float("inf"))


def match_recipients(
    addresses: Iterable[str],
    interviews: Sequence[M],
    now: datetime,
    *,
    people: Callable[[M], Iterable[P]],
    recruiter: Callable[[M], P | None] | None = None,
) -> list[RecipientMatch[M, P]]:
    """For each recipient who interviewed the user (or, with `recruiter`, coordinated the
    interview): the interview that counts. In recipient order, one match per canonical address;
    recipients with no interview are left out."""
    ordered = sorted(interviews, key=lambda i: _rank(i, now))  # stable: ties keep given order
    # One pass over the interviews: the first (best-ranked) interview per canonical address.
    as_interviewer: dict[str, tuple[M, P]] = {}
    as_recruiter: dict[str, tuple[M, P]] = {}
    for interview in ordered:
        for person in people(interview):
            if person.email:
                as_interviewer.setdefault(
                    canonical_address(person.email.strip()), (interview, person)
                )
        found = recruiter(interview) if recruiter is not None else None
        if found is not None and found.email:
            as_recruiter.setdefault(canonical_address(found.email.strip()), (interview, found))
    matches: list[RecipientMatch[M, P]] = []
    seen: set[str] = set()
    for address in addresses:
        key = canonical_address(address.strip())
        if key in seen:
            continue
        seen.add(key)
        if key in as_interviewer:
            matches.append(RecipientMatch(address, *as_interviewer[key]))
        elif key in as_recruiter:
            matches.append(RecipientMatch(address, *as_recruiter[key], as_recruiter=True))
    return matches
