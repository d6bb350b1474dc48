"""Send-by times: PLAYBOOK §4 (recovery) and §7 (everything else)."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.playbook.models import InterviewTime
from app.playbook.scenarios import Scenario
from app.playbook.timing import (
    canonical_zone_name,
    describe_send_by,
    format_duration,
    send_by,
    zone,
)

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")


def slot(start: datetime, end: datetime, tz: str = "America/New_York") -> InterviewTime:
    return InterviewTime(start=start, end=end, timezone=tz)


def test_recovery_morning_interview_is_three_hours_after_end() -> None:
    # Tuesday 10:00-11:00 local: 14:00 is earlier than 18:00.
    got = send_by(Scenario.RECOVERY, slot(datetime(2026, 11, 24, 10), datetime(2026, 11, 24, 11)))
    assert got == datetime(2026, 11, 24, 14, tzinfo=NY)


def test_recovery_ending_at_three_is_capped_at_six() -> None:
    got = send_by(Scenario.RECOVERY, slot(datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15)))
    assert got == datetime(2026, 11, 24, 18, tzinfo=NY)


def test_recovery_late_interview_gets_three_hours() -> None:
    # Ends 16:30, after 15:00: end + 3 h, even though that is past 18:00.
    got = send_by(
        Scenario.RECOVERY, slot(datetime(2026, 11, 24, 15, 45), datetime(2026, 11, 24, 16, 30))
    )
    assert got == datetime(2026, 11, 24, 19, 30, tzinfo=NY)


def test_recovery_known_debrief_wins() -> None:
    debrief = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
    got = send_by(
        Scenario.RECOVERY,
        slot(datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 10)),
        debrief_at=debrief,
    )
    assert got == debrief
    assert got is not None and got.tzinfo is not None


def test_aware_times_are_converted_to_the_candidate_zone() -> None:
    # 15:00 UTC is 10:00 in New York (EST): recovery send-by is 13:00 New York.
    end = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    got = send_by(Scenario.RECOVERY, slot(end - timedelta(hours=1), end))
    assert got == datetime(2026, 11, 24, 13, tzinfo=NY)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime(2026, 11, 23, 15), datetime(2026, 11, 24, 10)),  # Monday -> Tuesday
        (datetime(2026, 11, 27, 15), datetime(2026, 11, 30, 10)),  # Friday -> Monday
        (datetime(2026, 11, 28, 11), datetime(2026, 11, 30, 10)),  # Saturday -> Monday
        (datetime(2026, 11, 29, 11), datetime(2026, 11, 30, 10)),  # Sunday -> Monday
    ],
)
@pytest.mark.parametrize("scenario", [Scenario.FOLLOW_UP, Scenario.GRATITUDE])
def test_next_business_day_at_ten(day: datetime, expected: datetime, scenario: Scenario) -> None:
    got = send_by(scenario, InterviewTime(day - timedelta(hours=1), day, "Europe/Berlin"))
    assert got == expected.replace(tzinfo=BERLIN)


def test_next_day_crosses_daylight_saving_in_wall_clock() -> None:
    # Berlin leaves summer time on 25 Oct 2026: 10:00 local on Monday 26th is 09:00 UTC.
    got = send_by(
        Scenario.GRATITUDE,
        InterviewTime(datetime(2026, 10, 23, 14), datetime(2026, 10, 23, 15), "Europe/Berlin"),
    )
    assert got is not None
    assert got.astimezone(UTC) == datetime(2026, 10, 26, 9, tzinfo=UTC)


def test_ask_recruiter_is_due_the_business_day_before() -> None:
    monday = datetime(2026, 11, 30, 10)
    got = send_by(Scenario.ASK_RECRUITER, InterviewTime(monday, monday + timedelta(hours=4), "UTC"))
    assert got == datetime(2026, 11, 27, 17, tzinfo=UTC)  # Friday


def test_unknown_when_times_are_missing() -> None:
    assert send_by(Scenario.RECOVERY, InterviewTime()) is None
    assert send_by(Scenario.GRATITUDE, InterviewTime()) is None
    assert send_by(Scenario.ASK_RECRUITER, InterviewTime()) is None
    assert send_by(Scenario.STAND_DOWN, slot(datetime(2026, 1, 1), datetime(2026, 1, 1, 1))) is None


def test_unknown_zone_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        send_by(Scenario.GRATITUDE, InterviewTime(None, datetime(2026, 1, 1), "Mars/Olympus"))


def test_description_shows_time_left_and_lateness() -> None:
    deadline = datetime(2026, 11, 24, 18, tzinfo=UTC)
    early = describe_send_by(Scenario.RECOVERY, deadline, deadline - timedelta(hours=2, minutes=5))
    assert early is not None and "2 h 5 min left" in early and "debrief" in early
    late = describe_send_by(Scenario.RECOVERY, deadline, deadline + timedelta(minutes=1))
    assert late is not None and "probably not change anything" in late
    assert describe_send_by(Scenario.RECOVERY, None, deadline) is None


def test_every_time_shown_carries_its_zone() -> None:
    from zoneinfo import ZoneInfo

    utc = describe_send_by(Scenario.GRATITUDE, datetime(2026, 11, 25, 10, tzinfo=UTC), NOW_UTC)
    assert utc is not None and "Wed 25 Nov, 10:00 UTC" in utc
    ny = datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("America/New_York"))
    shown = describe_send_by(Scenario.GRATITUDE, ny, NOW_UTC)
    assert shown is not None and "Wed 25 Nov, 10:00 EST" in shown
    summer = datetime(2026, 7, 1, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    shown = describe_send_by(Scenario.RECOVERY, summer, NOW_UTC)
    assert shown is not None and "10:00 CEST" in shown


NOW_UTC = datetime(2026, 11, 24, 12, tzinfo=UTC)


def test_format_duration() -> None:
    assert format_duration(timedelta(minutes=42)) == "42 min"
    assert format_duration(timedelta(hours=26, minutes=3)) == "1 d 2 h"


@settings(max_examples=300, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)))
def test_day_and_month_names_are_english_whatever_the_locale(when: datetime) -> None:
    from app.playbook.timing import DAYS, MONTHS

    # Python leaves LC_TIME at "C" unless told otherwise: there, strftime gives these names.
    assert DAYS[when.weekday()] == when.strftime("%A")
    assert MONTHS[when.month - 1] == when.strftime("%B")


# Lateness is graded: a note a few minutes late, days late, eleven days late, and a question
# about an interview that has already taken place do not get the same line.
DEADLINE = datetime(2026, 11, 24, 10, tzinfo=UTC)  # a Tuesday


def _late(scenario: Scenario, hours: float) -> str:
    note = describe_send_by(scenario, DEADLINE, DEADLINE + timedelta(hours=hours))
    assert note is not None and note.startswith("Send-by was Tue 24 Nov, 10:00 UTC")
    return note


@pytest.mark.parametrize("scenario", [Scenario.FOLLOW_UP, Scenario.GRATITUDE])
def test_a_thank_you_days_late_is_told_more_than_still_fine(scenario: Scenario) -> None:
    assert "still fine" in _late(scenario, 2)
    two_days = _late(scenario, 50)
    assert "two days ago" in two_days and "still fine" not in two_days
    eleven = _late(scenario, 11 * 24 + 3)
    assert "11 days ago" in eleven and "still fine" not in eleven and "only if" in eleven
    for note in (two_days, eleven):
        # No promise about the outcome, no nudge to apologise for the delay.
        low = note.lower()
        assert "apolog" not in low and "sorry" not in low and "chance" not in low, note
        assert "won't hurt" not in low and "will not hurt" not in low, note
    assert _late(Scenario.FOLLOW_UP, 11 * 24) != _late(Scenario.GRATITUDE, 11 * 24)


def test_asking_who_i_will_meet_is_moot_once_the_interview_day_has_passed() -> None:
    # Send-by 17:00 the working day before: a Friday send-by is for a weekend or Monday
    # interview, so only after Monday is the question surely moot.
    friday = datetime(2026, 11, 27, 17, tzinfo=UTC)
    cases = {
        friday + timedelta(hours=1): "only if the interview is still ahead",
        datetime(2026, 11, 30, 23, 59, tzinfo=UTC): "only if the interview is still ahead",
        datetime(2026, 12, 1, 0, 0, tzinfo=UTC): "moot",
        datetime(2027, 1, 1, tzinfo=UTC): "moot",
    }
    for now, expected in cases.items():
        note = describe_send_by(Scenario.ASK_RECRUITER, friday, now)
        assert note is not None and expected in note and "still fine" not in note, note
    # On time, it is the usual line.
    on_time = describe_send_by(Scenario.ASK_RECRUITER, friday, friday - timedelta(hours=3))
    assert on_time == "Send by Fri 27 Nov, 17:00 UTC (3 h 0 min left)."


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("utc", "UTC"),
        ("europe/berlin", "Europe/Berlin"),
        ("  AMERICA/NEW_YORK ", "America/New_York"),
        ("america/argentina/buenos_aires", "America/Argentina/Buenos_Aires"),
        ("Asia/Kolkata", "Asia/Kolkata"),
    ],
)
def test_a_zone_name_in_any_case_is_its_iana_spelling(typed: str, key: str) -> None:
    assert canonical_zone_name(typed) == key
    assert zone(typed) == ZoneInfo(key)


@pytest.mark.parametrize("typed", ["Mars/Olympus", "", "europe", "x" * 200, "../etc/passwd"])
def test_a_name_no_zone_has_is_refused(typed: str) -> None:
    assert canonical_zone_name(typed) is None
    if typed:
        with pytest.raises(ValueError, match="unknown time zone"):
            zone(typed)
