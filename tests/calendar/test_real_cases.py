"""The real calendar files in ../shared/cases/ics (read in place, never edited).

None of them is a job interview, so each is checked with `include_all`: every file goes through
without an exception, and where it has attendees the people come out cleaned (addresses without
MAILTO:/quotes/fold spaces, a CN that is an address is no name) minus rooms, delegators and
declined guests.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.calendar.interviews import extract_interviews, parse_events
from app.calendar.model import EventStatus, Interview
from tests.support.shared import require_shared

CASES = require_shared() / "cases" / "ics"

ALL_FILES = sorted(CASES.glob("*.ics"))
NOBODY = ["candidate@example.net"]


def _run(name: str, me: list[str] | None = None, tz: str = "Europe/Berlin") -> list[Interview]:
    return extract_interviews(
        (CASES / name).read_bytes(), me=me or NOBODY, timezone=tz, include_all=True
    )


def _who(iv: Interview) -> set[tuple[str | None, str | None]]:
    found = {(i.name, i.email) for i in iv.interviewers}
    if iv.recruiter:
        found.add((iv.recruiter.name, iv.recruiter.email))
    return found


def test_the_case_files_are_there() -> None:
    assert len(ALL_FILES) >= 20, f"expected the shared cases in {CASES}"


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_file_goes_through(path) -> None:
    for tz in ("UTC", "America/New_York", "Asia/Tokyo"):
        found = extract_interviews(path.read_bytes(), me=NOBODY, timezone=tz, include_all=True)
        for iv in found:
            assert not iv.is_interview
            for moment in (iv.start, iv.end, *(p.slot_start for p in iv.interviewers)):
                assert moment is None or moment.utcoffset() is not None


EXPECTED_PEOPLE = {
    "icalendar_blackberry_request_quoted_cn_MAILTO.ics": {
        ("RembrandXS", "rembrand@xs4all.nl"),
        ("RembrandDX", "rembrand@daxlab.com"),
        ("RembrandSB", "rembspam@xs4all.nl"),
    },
    "icalendar_lotus_notes_recurid_thisandfuture.ics": {("(omitted)", "omitted@example.com")},
    "icalendar_organizer_cyrillic_cn.ics": {("Джон Доу", "john.doe@example.org")},
    "icalendar_organizer_quoted_cn_comma_umlaut.ics": {("acme, ädmin", "adm-acme@mydomain.de")},
    "icalendar_rfc6868_caret_escaped_cn.ics": {('George Herman "Babe" Ruth', "babe@example.com")},
    "khal_partstat_delegation_mid_address_folds.ics": {
        # "hcabot@ example.com" unfolds with a space; the delegator and the decliner are out.
        ("Henry Cabot", "hcabot@example.com"),
        ("Jane Doe", "jdoe@example.com"),
        (None, "jqpublic@example.com"),
        (None, "tent@example.com"),
    },
    "khal_vevent_only_duration_organizer.ics": {("Frank Nord", "frank@nord.tld")},
    "nodeical_organizer_quoted_mailto_value.ics": {(None, "stomlinson@mozilla.com")},
    "thunderbird_exchange_request_fle_tz.ics": {
        ("Marge", "marge@example.org"),
        ("Homer", "homer@example.org"),
    },
    # bart's CN is a (mistyped) address, not a name.
    "thunderbird_exchange_teams_request_fi.ics": {
        ("Marge", "marge@example.com"),
        (None, "bart@example.com"),
        (None, "homer@example.com"),
    },
    "etcd_google_reply_html_desc_zoom_link.ics": {("Gyuho Lee", "gyu_ho.lee@coreos.com")},
}


@pytest.mark.parametrize("name", sorted(EXPECTED_PEOPLE))
def test_people_on_single_events(name: str) -> None:
    found = _run(name)
    assert found
    for iv in found:
        assert _who(iv) == EXPECTED_PEOPLE[name]


def test_attendees_written_outside_a_vevent_are_still_read() -> None:
    (iv,) = _run("icaljs_attendee_cn_with_comma_semicolon_quoted.ics")
    assert _who(iv) == {
        ("Foo, Bar", "foo1@bar"),
        ("Foo; Bar", "foo2@bar"),
        ("Foo, Bar", "foo3@bar"),
        ("Foo; Bar", "foo4@bar"),
        ("Foo, Bar", "foo5@bar"),
        ("Foo; Bar", "foo6@bar"),
        ("^Ж 4 <>\\'\" :", "foo9@bar"),
        (None, "foo@bar.com"),
        ("X", "x@example.org"),
        ("Y", "y@example.org"),
    }


def test_google_meet_invite_the_user_is_the_organizer() -> None:
    for name in (
        "thunderbird_google_meet_request_sv_html_desc_attachment.ics",
        "thunderbird_google_meet_request_sv_html_desc_qp.ics",
    ):
        (iv,) = _run(name, me=["example@gmail.com"])
        assert _who(iv) == {(None, "homer@example.com")}
        # The address in the prose ("discuss address for email <foo@…>") is nobody's invite.
        assert iv.recruiter is None


def test_zimbra_overrides_inherit_the_masters_attendees() -> None:
    found = _run(
        "icaljs_zimbra_recur_rdate_exdate_recurid_google_attendees.ics",
        me=["calmozilla1@gmail.com"],
        tz="America/Los_Angeles",
    )
    moved = next(i for i in found if i.start and i.start.isoformat() == "2012-10-02T15:00:00-07:00")
    for iv in (moved, found[-1]):
        assert {(i.name, i.email) for i in iv.interviewers} == {
            (None, "james@lightsofapollo.com"),
            (None, "iam.revelation@gmail.com"),
        }
        assert iv.recruiter is not None and iv.recruiter.email == "jlal@mozilla.com"
    starts = [i.start.isoformat() for i in found if i.start]
    assert "2012-12-04T10:00:00-08:00" not in starts  # EXDATE
    assert "2012-11-10T10:00:00-08:00" in starts  # RDATE


def test_khal_cancelled_override_and_moved_override() -> None:
    found = _run("khal_recuid_cancelled_instance.ics")
    by_day = {i.start.date().isoformat(): i for i in found if i.start}
    assert by_day["2014-07-14"].status is EventStatus.CANCELLED
    assert by_day["2014-07-07"].start.hour == 9  # type: ignore[union-attr]
    assert len(found) == 6


def test_method_cancel_without_dtstart() -> None:
    (iv,) = _run("thunderbird_method_cancel_recurring.ics", me=["receiver@example.com"])
    assert iv.status is EventStatus.CANCELLED and iv.start is None
    assert _who(iv) == {("Sender", "sender@example.com"), ("Other", "other@example.com")}
    assert {i.email for i in iv.interviewers} == {"other@example.com"}


def test_exception_without_master_keeps_its_recurrence_id() -> None:
    (iv,) = _run("thunderbird_request_recurrence_id_exception.ics", me=["receiver@example.com"])
    assert iv.key == "ics:02e79b96/20220317T110000Z"
    assert {i.email for i in iv.interviewers} == {"other@example.com"}


def test_apple_calendar_cn_equal_to_address_and_statuses() -> None:
    found = _run("nodeical_apple_email_param_bad_partstat.ics")
    assert [str(i.status) for i in found] == ["tentative", "confirmed", "cancelled", "confirmed"]
    assert _who(found[0]) == {(None, "tentative@example.com")}
    assert _who(found[3]) == set()


def test_unknown_owa_tzid_falls_back_to_the_users_zone() -> None:
    events = parse_events(
        (CASES / "nodeical_owa_undefined_display_tzid.ics").read_bytes(),
        timezone="America/New_York",
    )
    first = next(e for e in events if e.title == "TEST")
    assert first.start == datetime(2020, 10, 28, 13, 30, tzinfo=ZoneInfo("America/New_York"))
    assert not any(e.uid == "" for e in events)


def test_custom_vtimezone_and_windows_names_resolve() -> None:
    (event,) = parse_events(
        (CASES / "nodeical_exchange_custom_tzid_escaped_commas.ics").read_bytes(), timezone="UTC"
    )
    assert event.start is not None and event.start.isoformat() == "2019-04-30T02:00:00+00:00"
    (fle,) = parse_events(
        (CASES / "thunderbird_exchange_request_fle_tz.ics").read_bytes(), timezone="UTC"
    )
    assert fle.start is not None and fle.start.isoformat() == "2021-11-27T07:00:00+00:00"


def test_duration_without_dtend() -> None:
    (event,) = parse_events(
        (CASES / "icaljs_google_duration_no_dtend.ics").read_bytes(), timezone="UTC"
    )
    assert event.start is not None and event.end is not None
    assert (event.end - event.start).days == 1
