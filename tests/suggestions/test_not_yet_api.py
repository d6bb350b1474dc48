"""POST /v1/suggest before the interview (QA5: a thank-you was suggested two days ahead): no
note after the interview is suggested, no draft is written, and `default_scenario.not_yet`
says when it is and which note follows it. The user can still pick a note themselves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.calendar.model import Interview
from tests.fakes.graph import graph_event
from tests.outlook.seed import CANDIDATE, DANA, JORDAN, PRIYA, interviews_from, seed_interviews
from tests.outlook.test_suggest_api import LOCAL, Running, running, to

__all__ = ["running"]  # the fixture (the app in local mode), shared with test_suggest_api.py

NOW = datetime.now(UTC).replace(microsecond=0)

_ADDRESSED = """<p>Your schedule:</p>
<p>2:00 PM - 2:45 PM Priya Raman, Engineering Manager<br>
2:45 PM - 3:30 PM Dana Whitfield, Senior Software Engineer</p>
<p>Jordan Blake, Recruiting Coordinator</p>"""


def onsite(start: datetime, *, body: str = _ADDRESSED) -> list[Interview]:
    event = graph_event(
        "Interview - Senior Backend Engineer - Northwind",
        start,
        90,
        organizer=JORDAN,
        attendees=[CANDIDATE, PRIYA, DANA],
        body=body,
        id="AAMkNorthwindAhead",
    )
    return interviews_from(event, CANDIDATE[1])


async def seed(running: Running, start: datetime, *, body: str = _ADDRESSED) -> None:
    interviews = onsite(start, body=body)
    await seed_interviews(running.database, LOCAL, interviews, now=NOW)


def in_two_days() -> datetime:
    return (NOW + timedelta(days=2)).replace(hour=14, minute=0, second=0)


async def test_two_days_ahead_no_thank_you_is_suggested(running: Running) -> None:
    start = in_two_days()
    await seed(running, start)
    result = await running.suggest(recipients=to(PRIYA))

    [match] = result["matches"]
    choice = match["default_scenario"]
    assert choice["scenario"] is None
    not_yet = choice["not_yet"]
    assert not_yet["phase"] == "ahead"
    assert not_yet["after"] == "follow_up"
    assert not_yet["all_day"] is False
    assert datetime.fromisoformat(not_yet["start"]) == start
    assert datetime.fromisoformat(not_yet["end"]) == start + timedelta(minutes=45)
    assert f"{start.day:02d}" in not_yet["when"] and "14:00–14:45 UTC" in not_yet["when"]
    assert "comes after it" in not_yet["message"]
    suggestion = result["suggestion"]
    assert (suggestion["scenario"], suggestion["suggested"]) == (None, None)
    assert suggestion["draft"] is None
    assert not any("Thank you for our conversation" in r for r in suggestion["reasons"])
    assert any("not happened yet" in r for r in suggestion["reasons"])


async def test_the_user_can_still_pick_a_note(running: Running) -> None:
    await seed(running, in_two_days())
    result = await running.suggest(recipients=to(PRIYA), details={"scenario": "gratitude"})
    suggestion = result["suggestion"]
    assert (suggestion["scenario"], suggestion["suggested"]) == ("gratitude", None)
    assert suggestion["draft"] is not None


async def test_an_interview_under_way_waits_too(running: Running) -> None:
    # Started an hour ago, ends in half an hour; the invite gives no schedule, so the
    # interview's own times count for both.
    await seed(running, NOW - timedelta(hours=1), body="")
    result = await running.suggest(recipients=to(DANA, PRIYA))
    for match in result["matches"]:
        assert match["default_scenario"]["scenario"] is None
        assert match["default_scenario"]["not_yet"] is not None
        assert match["default_scenario"]["not_yet"]["phase"] == "under_way"
    assert result["suggestion"]["draft"] is None


async def test_after_the_interview_the_note_is_suggested(running: Running) -> None:
    await seed(running, NOW - timedelta(days=1))
    result = await running.suggest(recipients=to(PRIYA))
    [match] = result["matches"]
    assert match["default_scenario"]["scenario"] == "follow_up"
    assert match["default_scenario"]["not_yet"] is None
    assert result["suggestion"]["draft"] is not None


async def test_the_schema_documents_not_yet(running: Running) -> None:
    schema = (await running.client.get("/openapi.json")).json()
    choice = schema["components"]["schemas"]["ChoiceOut"]["properties"]
    assert "not_yet" in choice
    not_yet = schema["components"]["schemas"]["NotYetOut"]
    assert set(not_yet["properties"]) >= {"phase", "start", "end", "all_day", "after", "message"}
    assert not_yet["properties"]["phase"]["description"]
