"""Addresses, names, zones, companies and format detection."""

from __future__ import annotations

import pytest

from app.calendar.company import company_label
from app.calendar.formats import load
from app.calendar.people import (
    Me,
    clean_email,
    clean_name,
    looks_like_bot,
    looks_like_room,
    name_matches_email,
    names_match,
)
from app.calendar.zones import parse_iso, zone
from app.errors import ParseError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("MAILTO:Ann@Example.COM", "ann@example.com"),
        ('"mailto:stomlinson@mozilla.com"', "stomlinson@mozilla.com"),
        ("mailto:hcabot@ example.com", "hcabot@example.com"),
        (" <sam@acme.io> ", "sam@acme.io"),
        ("urn:uuid:1234", None),
        ("not an address", None),
        ("a@b@c.com", None),
        ("", None),
    ],
)
def test_clean_email(raw: str, expected: str | None) -> None:
    assert clean_email(raw) == expected


def test_a_cn_that_is_an_address_is_not_a_name() -> None:
    assert clean_name("bart@eexample.com", "bart@example.com") is None
    assert clean_name('"tentative@example.com"', "tentative@example.com") is None
    assert clean_name("  Deepa   Rao ", "deepa@x.com") == "Deepa Rao"
    assert clean_name("", None) is None


def test_me_matches_gmail_variants_and_knows_the_employer() -> None:
    me = Me(["Alex.Morgan+jobs@gmail.com", "alex@initech.com"])
    assert me.is_me("alexmorgan@googlemail.com")
    assert me.is_me("ALEX@initech.com")
    assert not me.is_me("alex@initrode.com")
    assert me.domains == frozenset({"initech.com"})
    assert me.is_colleague("bill@initech.com")


@pytest.mark.parametrize(
    ("email", "name", "room", "bot"),
    [
        ("c_188@resource.calendar.google.com", "Boardroom (12)", True, False),
        ("rainier@woodgrovebank.com", "Conf Room Rainier", True, False),
        ("candidate-calendar@northwind.com", "Northwind Candidate Calendar", False, True),
        ("no-reply@zoom.us", "Zoom Webinar", False, True),
        ("scheduling@acme.greenhouse.io", None, False, True),
        ("abc@group.calendar.google.com", None, False, True),
        ("campus@tailspintoys.com", "Campus calendar", False, True),
        ("deepa.rao@northwind.com", "Deepa Rao", False, False),
    ],
)
def test_rooms_and_bots(email: str, name: str | None, room: bool, bot: bool) -> None:
    assert looks_like_room(email, name) is room
    assert looks_like_bot(email, name) is bot


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Deepa", "Deepa Rao", True),
        ("Sam K.", "Sam Kim", True),
        ("José Álvarez", "jose alvarez", True),
        ("Deepa Rao", "Deepa Shah", False),
        ("Sam", "Samuel Lee", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same


@pytest.mark.parametrize(
    ("name", "email", "same"),
    [
        ("Deepa Rao", "deepa.rao@x.com", True),
        ("Deepa Rao", "drao@x.com", True),
        ("Tom O'Brien", "tom.obrien@x.com", True),
        ("Ines Duarte", "ines@x.com", True),
        ("Deepa Rao", "priya@x.com", False),
    ],
)
def test_name_matches_email(name: str, email: str, same: bool) -> None:
    assert name_matches_email(name, email) is same


def test_zone_names() -> None:
    assert zone("Pacific Standard Time") is not None
    assert zone("Pacific Standard Time").key == "America/Los_Angeles"  # type: ignore[union-attr]
    assert zone("Europe/Paris").key == "Europe/Paris"  # type: ignore[union-attr]
    assert zone("(UTC-05:00) Eastern Time (US & Canada)") is None
    assert zone("../../etc/passwd") is None
    utc = zone("UTC")
    assert utc is not None
    value = parse_iso("2017-04-21T10:00:00.0000000", utc)
    assert value is not None and value.isoformat() == "2017-04-21T10:00:00+00:00"


@pytest.mark.parametrize(
    ("domain", "label"),
    [
        ("northwind.com", "Northwind"),
        ("acme-robotics.io", "Acme Robotics"),
        ("mail.fabrikam.co.uk", "Fabrikam"),
        ("woodgrovebank.com", "Woodgrove Bank"),  # a sector word ends it
        ("brambleworks.com", "Brambleworks"),
    ],
)
def test_company_label(domain: str, label: str) -> None:
    assert company_label(domain) == label


def test_format_detection() -> None:
    ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR"
    assert load(ics, None, max_bytes=10**6, max_events=10)[0] == "ics"
    google = {"kind": "calendar#events", "items": [{"id": "1", "summary": "x"}]}
    assert load(google, None, max_bytes=10**6, max_events=10)[0] == "google"
    graph = {"value": [{"id": "1", "subject": "x"}]}
    assert load(graph, None, max_bytes=10**6, max_events=10)[0] == "graph"
    pages = [{"value": [{"id": "1", "subject": "x"}]}, {"value": [{"id": "2", "subject": "y"}]}]
    fmt, items = load(pages, None, max_bytes=10**6, max_events=10)
    assert fmt == "graph" and isinstance(items, list)
    assert [i["id"] for i in items] == ["1", "2"]
    with pytest.raises(ParseError, match="more than the limit"):
        load(
            [{"id": str(i), "summary": "x"} for i in range(11)],
            None,
            max_bytes=10**6,
            max_events=10,
        )
