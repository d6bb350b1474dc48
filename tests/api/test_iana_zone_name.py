"""`iana_zone_name` is app.calendar.zones.zone(...).key with a lazy import, and the Windows
table behind it is an internal module of icalendar: a release that moves it must cost the
Windows names only, not every zone field."""

from __future__ import annotations

import sys

import pytest

from app.api.schemas_playbook import iana_zone_name
from app.calendar.zones import zone


@pytest.mark.parametrize(
    "name",
    ["europe/berlin", "Pacific Standard Time", "W. Europe Standard Time", "UTC", "Mars/Base"],
)
def test_the_same_answer_as_the_calendars_reading(name: str) -> None:
    found = zone(name)
    assert iana_zone_name(name) == (found.key if found is not None else None)


def test_without_the_windows_table_iana_names_still_read(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A None entry in sys.modules makes the import raise ImportError, as a moved module would.
    monkeypatch.setitem(sys.modules, "app.calendar.zones", None)
    assert iana_zone_name("europe/berlin") == "Europe/Berlin"
    # Before: the ImportError escaped, a 500 for any name that is not IANA.
    assert iana_zone_name("W. Europe Standard Time") is None
    assert "zones.windows_table_unavailable" in caplog.text
