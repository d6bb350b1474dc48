"""Windows zone names ("Pacific Standard Time": Graph's mailbox and event zones, the names Outlook
shows a user) wherever a zone name from a user or a provider enters. The calendar parsers mapped
them through CLDR's windowsZones (icalendar's table), but the planning zone, the API's `timezone`
fields and `rightnote run/watch --timezone` took IANA names only: a stored Windows name silently
planned every send-by time in the service's default zone, and the API and CLI refused it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from app.autodraft.records import planning_timezone
from app.cli import _register
from app.cli import app as cli_app
from app.store.db import Database
from app.store.users import User
from tests.autodraft.test_sync_algorithm import NOW, interview, world
from tests.store.conftest import database_url, db  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"

_register()


@pytest.mark.parametrize(
    ("stored", "default", "planned"),
    [
        ("Pacific Standard Time", "UTC", "America/Los_Angeles"),
        ("W. Europe Standard Time", "UTC", "Europe/Berlin"),
        ("europe/berlin", "UTC", "Europe/Berlin"),
        (None, "Eastern Standard Time", "America/New_York"),  # RIGHTNOTE_TIMEZONE
        ("Not A Zone", "Tokyo Standard Time", "Asia/Tokyo"),
        ("Not A Zone", "Nor This", "UTC"),
    ],
)
def test_the_planning_zone_is_the_iana_zone_a_windows_name_means(
    stored: str | None, default: str, planned: str
) -> None:
    assert planning_timezone(User(timezone=stored), default) == planned


async def test_a_calendar_zone_in_windows_spelling_is_stored_by_its_iana_name(
    db: Database,  # noqa: F811
) -> None:
    w = await world(db, extendable=True)
    changes = w.calendar.changes

    async def windows_zone(*args: Any, **kwargs: Any) -> Any:
        return replace(await changes(*args, **kwargs), time_zone="Pacific Standard Time")

    w.calendar.changes = windows_zone  # type: ignore[method-assign]
    w.calendar.put(interview("a", NOW + timedelta(days=1)))
    await w.run()
    async with db.sessions() as session:
        stored = await session.scalar(select(User.timezone).where(User.id == w.user.id))
    assert stored == "America/Los_Angeles"


@pytest.mark.parametrize(
    ("typed", "offset"),
    [("W. Europe Standard Time", "+01:00"), ("Tokyo Standard Time", "+09:00")],
)
async def test_the_api_reads_a_windows_zone_name(
    client: httpx.AsyncClient, typed: str, offset: str
) -> None:
    body = {
        "scenario": "follow_up",
        "interviewer": {"name": "Lee"},
        "interview": {"start": "2027-01-04T10:00:00", "timezone": typed},
    }
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["send_by"].endswith(offset)


async def test_an_unknown_zone_is_still_a_422(client: httpx.AsyncClient) -> None:
    body = {
        "scenario": "follow_up",
        "interviewer": {"name": "Lee"},
        "interview": {"start": "2027-01-04T10:00:00", "timezone": "Mars Standard Time"},
    }
    response = await client.post("/v1/drafts", json=body)
    assert response.status_code == 422
    assert "Mars Standard Time" in response.text


def test_run_takes_a_windows_zone_name_as_its_iana_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    outputs = []
    for place, typed in (("a", "America/New_York"), ("b", "Eastern Standard Time")):
        monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / place / "data"))
        args = ["run", "--calendar", str(SAMPLE), "--maildir", str(tmp_path / place / "drafts")]
        args += ["--me", "sam.okafor@example.com", "--name", "Sam Okafor"]
        args += ["--now", "2026-11-24T20:00:00Z", "--timezone", typed]
        result = CliRunner().invoke(cli_app, args)
        assert result.exit_code == 0, result.output
        outputs.append(result.output.replace(str(tmp_path / place), "DIR"))
    assert outputs[0] == outputs[1]
    assert "Mon 23 Nov 14:00" in outputs[1]  # the interview's local time in New York


async def test_the_addon_stores_google_zone_by_its_iana_name_and_ignores_nonsense(
    tmp_path: Path,
) -> None:
    from app.store.queries import get_or_create_user
    from tests.addons.gmail_harness import IDENTITY, harness
    from tests.fakes.google_api import FakeGoogleApis

    async with harness(tmp_path, FakeGoogleApis()) as h:

        async def stored() -> str | None:
            async with h.database.sessions() as session:
                return (await get_or_create_user(session, IDENTITY)).timezone

        await h.call("/addons/gmail/homepage", h.event(time_zone="europe/berlin"))
        assert await stored() == "Europe/Berlin"
        await h.call("/addons/gmail/homepage", h.event(time_zone="Not/A_Zone"))
        assert await stored() == "Europe/Berlin"  # a name nobody knows replaces nothing
