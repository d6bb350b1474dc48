"""One recipient rule for both compose surfaces (app/calendar/recipients.py).

The canonical address: case-insensitive; a `+tag` dropped for every domain (Gmail,
Outlook.com / Exchange Online and Fastmail deliver it to the same mailbox); dots ignored for
consumer Gmail only. The Gmail compose card (app/addons/gmail/context.py, over Google Calendar
interviews) and `/v1/suggest` (app/suggestions/candidates.py, over stored and Graph interviews)
both go through the suggestion service's `match_candidates`; the property tests check that it
matches the same recipients to the same interviews as the core rule applied to the calendar's
own interviews (what Google Calendar or Graph return), whether read live or stored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.calendar.model import Interview, Interviewer
from app.calendar.recipients import (
    LOOK_AHEAD,
    LOOK_BACK,
    RecipientMatch,
    canonical_address,
    match_recipients,
    window,
)
from app.suggestions.candidates import graph_candidate, match_candidates
from tests.outlook.seed import CANDIDATE, interviews_from, northwind_onsite

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Dana@Northwind.Example", "dana@northwind.example"),
        ("dana+hr@northwind.example", "dana@northwind.example"),  # Exchange Online plus address
        ("dana+hr@outlook.com", "dana@outlook.com"),
        ("dana+jobs@fastmail.com", "dana@fastmail.com"),
        ("d.a.n.a+x@gmail.com", "dana@gmail.com"),
        ("DANA@googlemail.com", "dana@gmail.com"),  # the same consumer mailbox
    ],
)
def test_the_same_mailbox(one: str, other: str) -> None:
    assert canonical_address(one) == canonical_address(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Dots count everywhere but consumer Gmail (Google Workspace domains included).
        ("d.ana@northwind.example", "dana@northwind.example"),
        ("d.ana@outlook.com", "dana@outlook.com"),
        ("dana@northwind.example", "dana@northwind.test"),
        ("dana@gmail.com", "dan@gmail.com"),
    ],
)
def test_different_mailboxes(one: str, other: str) -> None:
    assert canonical_address(one) != canonical_address(other)


def test_one_window() -> None:
    assert window(NOW) == (NOW - timedelta(days=14), NOW + timedelta(days=7))
    assert NOW - LOOK_BACK <= NOW + LOOK_AHEAD


# --- both surfaces agree ------------------------------------------------------------------


def gmail_match(
    addresses: list[str], interviews: list[Interview], now: datetime
) -> list[RecipientMatch[Interview, Interviewer]]:
    """The core rule over the calendar's own interviews, as the Gmail card reads them."""
    return match_recipients(addresses, interviews, now, people=lambda i: i.interviewers)


_BASE = interviews_from(northwind_onsite(NOW), CANDIDATE[1])[0]
_PERSON = _BASE.interviewers[0]
PEOPLE = (
    "dana@northwind.example",
    "d.ana@northwind.example",
    "dana@gmail.com",
    "priya.raman@northwind.example",
    "pat@fastmail.com",
)


def _variant(draw: st.DrawFn, address: str) -> str:
    """The same mailbox as a person might type it on the To line."""
    local, domain = address.split("@")
    if domain == "gmail.com" and draw(st.booleans()):
        local = local.replace(".", "")
        if len(local) > 1:
            cut = draw(st.integers(1, len(local) - 1))
            local = local[:cut] + "." + local[cut:]
    if draw(st.booleans()):
        local += "+" + draw(st.sampled_from(["hr", "jobs", "x1"]))
    text = f"{local}@{domain}"
    return text.upper() if draw(st.booleans()) else text


@st.composite
def scenes(draw: st.DrawFn) -> tuple[list[str], list[Interview]]:
    interviews = []
    for n in range(draw(st.integers(0, 4))):
        start = NOW + timedelta(hours=draw(st.integers(-14 * 24, 7 * 24)))
        length = draw(st.sampled_from([None, timedelta(minutes=45), timedelta(hours=4)]))
        panel = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True))
        people: tuple[Interviewer, ...] = tuple(
            replace(_PERSON, email=email, name=email.split("@")[0]) for email in panel
        )
        interviews.append(
            replace(
                _BASE,
                event_id=f"event-{n}",
                start=start,
                end=start + length if length is not None else None,
                interviewers=people,
                recruiter=None,
            )
        )
    addresses = draw(st.lists(st.sampled_from([*PEOPLE, "someone@elsewhere.example"]), max_size=5))
    recipients = [_variant(draw, a) for a in addresses]
    return recipients, interviews


@settings(max_examples=300, deadline=None)
@given(scenes())
def test_gmail_and_the_api_match_the_same_recipients(
    scene: tuple[list[str], list[Interview]],
) -> None:
    recipients, interviews = scene
    gmail = [
        (m.recipient, m.interview.key, m.person.email)
        for m in gmail_match(recipients, interviews, NOW)
    ]
    matches, unmatched = match_candidates(
        [(r, None) for r in recipients], [graph_candidate(i) for i in interviews], NOW
    )
    api = [(m.email, m.candidate.id, m.party.email) for m in matches]
    assert gmail == api
    # Every recipient is either matched or reported, once per mailbox.
    keys = [canonical_address(r) for r in recipients]
    assert len(matches) + len(unmatched) == len(dict.fromkeys(keys))


def test_a_plus_address_matches_on_both_surfaces() -> None:
    # The review's case: `dana+hr@…` matched in Gmail and not in the Outlook pane.
    [interview] = interviews_from(northwind_onsite(NOW), CANDIDATE[1])
    dana = next(i for i in interview.interviewers if i.name == "Dana Whitfield")
    assert dana.email is not None
    tagged = dana.email.replace("@", "+hr@")
    [gmail] = gmail_match([tagged], [interview], NOW)
    [api], unmatched = match_candidates([(tagged, None)], [graph_candidate(interview)], NOW)
    assert (gmail.person.email, api.party.email, unmatched) == (dana.email, dana.email, [])


def test_the_interview_that_counts() -> None:
    # Several interviews with one person: the latest that has ended, else the next coming.
    [base] = interviews_from(northwind_onsite(NOW), CANDIDATE[1])
    hour = timedelta(hours=1)

    def at(key: str, start: datetime) -> Interview:
        return replace(base, event_id=key, start=start, end=start + hour)

    older, newer = at("older", NOW - 72 * hour), at("newer", NOW - 24 * hour)
    soon, later = at("soon", NOW + 24 * hour), at("later", NOW + 48 * hour)
    address = base.interviewers[0].email
    assert address is not None
    for interviews, expected in (
        ([older, newer, soon], "newer"),
        ([later, soon], "soon"),
        ([soon, older], "older"),
    ):
        [gmail] = gmail_match([address], interviews, NOW)
        [api], _ = match_candidates(
            [(address, None)], [graph_candidate(i) for i in interviews], NOW
        )
        assert gmail.interview.event_id == expected
        assert api.candidate.id.endswith(":" + expected)
