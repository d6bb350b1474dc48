"""A Google guest list that becomes hidden does not remove the interviewers it used to show.

Google's events resource: `attendeesOmitted` says attendees "may have been omitted from the
event's representation", and when the organizer turns off guestsCanSeeOtherGuests a guest's
copy lists only the guest. Before, the next sync round read the missing attendees as gone: their
thank-you drafts were cancelled ("The invite names no interviewer.") and an ask-recruiter draft
was planned. Now an interview whose list is partial keeps the interviewers it learnt from the
guest list, with their drafts, while the description still adds and removes its own people.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.store.drafts import DraftKind, DraftRecord, DraftState
from app.store.interviews import InterviewerRecord, InterviewRecord
from tests.fakes.google_identity import USER_EMAIL
from tests.support.live import LiveEnv, google_interview, live_env, now


@pytest.fixture
async def env(tmp_path: Path, sqlite_url: str) -> AsyncIterator[LiveEnv]:
    async with live_env(tmp_path, sqlite_url) as live:
        yield live


async def _drafts(env: LiveEnv) -> list[DraftRecord]:
    async with env.database.sessions() as session:
        return list((await session.scalars(select(DraftRecord))).all())


async def _interviewers(env: LiveEnv) -> dict[str, InterviewerRecord]:
    async with env.database.sessions() as session:
        rows = (await session.scalars(select(InterviewerRecord))).all()
        return {row.person_key: row for row in rows}


async def _sync_after(env: LiveEnv) -> None:
    assert await env.google.notify(env.webhooks) == [200]
    await env.settle()


def _self_only() -> list[dict[str, Any]]:
    return [{"email": USER_EMAIL, "self": True, "responseStatus": "accepted"}]


def _interview(description: str) -> dict[str, Any]:
    start = now() + timedelta(days=1)
    event = google_interview("iv1", start, start + timedelta(hours=1))
    event["description"] = description
    return event


async def _connected(env: LiveEnv, event: dict[str, Any]) -> None:
    env.google.add_event(event)
    assert (await env.connect_google()).status_code == 200
    await env.settle()


async def test_hiding_the_guest_list_keeps_the_interviewers_and_their_drafts(
    env: LiveEnv,
) -> None:
    await _connected(env, _interview("Looking forward to the conversation."))
    before = await _drafts(env)
    assert {(d.kind, d.recipient_key) for d in before} == {
        (DraftKind.THANK_YOU, "dana.lee@litware.example"),
        (DraftKind.THANK_YOU, "sam.rivera@litware.example"),
    }

    # The organizer hides the guest list: the user's copy now lists only the user.
    env.google.hide_guests("iv1")
    await _sync_after(env)

    after = await _drafts(env)
    assert len(after) == 2  # no ask-recruiter draft planned
    assert {d.state for d in after} == {DraftState.PENDING}
    people = await _interviewers(env)
    assert {k for k, r in people.items() if r.removed_at is None} == {
        "dana.lee@litware.example",
        "sam.rivera@litware.example",
    }
    async with env.database.sessions() as session:
        [row] = (await session.scalars(select(InterviewRecord))).all()
    assert row.missing_emails is False


async def test_a_visible_guest_list_that_drops_someone_still_removes_them(env: LiveEnv) -> None:
    await _connected(env, _interview("Looking forward to the conversation."))

    event = env.google.find_event("iv1")
    env.google.update_event(
        "iv1",
        attendees=[a for a in event["attendees"] if a.get("email") != "sam.rivera@litware.example"],
    )
    await _sync_after(env)

    by_key = {d.recipient_key: d for d in await _drafts(env)}
    assert by_key["dana.lee@litware.example"].state is DraftState.PENDING
    assert by_key["sam.rivera@litware.example"].state is DraftState.CANCELLED


async def test_with_the_list_hidden_the_description_still_adds_and_removes_its_people(
    env: LiveEnv,
) -> None:
    await _connected(
        env,
        _interview(
            "Your interviewers:\nPriya Shah, Principal Engineer (priya.shah@litware.example)"
        ),
    )
    people = await _interviewers(env)
    assert "priya.shah@litware.example" in people

    # Guests hidden, and the description now names someone else instead of Priya.
    env.google.hide_guests("iv1")
    env.google.update_event(
        "iv1",
        description=(
            "Your interviewers:\nLee Wong, Director of Engineering (lee.wong@litware.example)"
        ),
    )
    await _sync_after(env)

    people = await _interviewers(env)
    live = {k for k, r in people.items() if r.removed_at is None}
    assert live == {
        "dana.lee@litware.example",
        "sam.rivera@litware.example",
        "lee.wong@litware.example",
    }
    by_key = {d.recipient_key: d for d in await _drafts(env)}
    assert by_key["priya.shah@litware.example"].state is DraftState.CANCELLED
    assert by_key["lee.wong@litware.example"].state is DraftState.PENDING
    assert by_key["dana.lee@litware.example"].state is DraftState.PENDING


async def test_a_name_the_description_gives_without_an_address_keeps_the_guest_address(
    env: LiveEnv,
) -> None:
    await _connected(env, _interview("You will meet Dana Lee (Engineering Manager)."))

    env.google.hide_guests("iv1")
    await _sync_after(env)

    people = await _interviewers(env)
    assert people["dana.lee@litware.example"].email == "dana.lee@litware.example"
    assert people["dana.lee@litware.example"].removed_at is None
    drafts = await _drafts(env)
    assert DraftKind.ASK_RECRUITER not in {d.kind for d in drafts}
    assert {d.state for d in drafts} == {DraftState.PENDING}
