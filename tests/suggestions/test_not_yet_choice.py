"""No thank-you before the interview has happened (QA5, PLAYBOOK §2 and §4): the suggestion
service's one choice (`match_candidates`) at a given `now`, on the edges of a slot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.playbook.defaults import NotYet, ScenarioChoice, choice_at, default_scenario, describe_when
from app.playbook.models import Details, Person
from app.playbook.roles import Role
from app.playbook.scenarios import Scenario
from app.suggestions.candidates import Candidate, Party, match_candidates

PRIYA = "priya@northwind.example"
DANA = "dana@northwind.example"
JORDAN = "jordan@northwind.example"
# Wednesday 9 December 2026, 14:00-15:30 UTC; Priya's slot 14:00-14:45, Dana's 14:45-15:30.
START = datetime(2026, 12, 9, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
SPLIT = START + timedelta(minutes=45)


def onsite(
    *,
    start: datetime = START,
    end: datetime = END,
    slots: bool = True,
    missing_emails: bool = False,
    all_day: bool = False,
    stood_down: bool = False,
) -> Candidate:
    return Candidate(
        id="graph:onsite",
        title="Interview - Northwind",
        company="Northwind",
        position="Backend Engineer",
        start=start,
        end=end,
        interviewers=(
            Party(
                "Priya Raman",
                PRIYA,
                "Engineering Manager",
                Role.DECISION_MAKER,
                slot_start=START if slots else None,
                slot_end=SPLIT if slots else None,
            ),
            Party(
                "Dana Whitfield",
                DANA,
                "Software Engineer",
                Role.PEER,
                slot_start=SPLIT if slots else None,
                slot_end=END if slots else None,
            ),
        ),
        recruiter=Party("Jordan Blake", JORDAN, None, Role.RECRUITER),
        missing_emails=missing_emails,
        all_day=all_day,
        stood_down=stood_down,
    )


def choose(
    candidate: Candidate, email: str, now: datetime, timezone: str = "UTC"
) -> ScenarioChoice:
    [match], _ = match_candidates([(email, None)], [candidate], now, timezone=timezone)
    return match.choice


def waiting(choice: ScenarioChoice) -> NotYet:
    assert choice.not_yet is not None
    return choice.not_yet


def test_two_days_ahead_no_thank_you_is_suggested() -> None:
    choice = choose(onsite(), PRIYA, START - timedelta(days=2))
    assert choice.scenario is None
    assert choice.not_yet is not None
    assert waiting(choice).phase == "ahead"
    assert waiting(choice).after is Scenario.FOLLOW_UP
    assert waiting(choice).end == SPLIT
    said = " ".join(choice.reasons)
    assert "on Wed 09 Dec, 14:00–14:45 UTC" in said
    assert "not happened yet" in said and "comes after it" in said
    assert "Decision-maker" in said  # who they are still holds


def test_slot_ending_in_one_minute_is_still_under_way() -> None:
    choice = choose(onsite(), PRIYA, SPLIT - timedelta(minutes=1))
    assert choice.scenario is None
    assert waiting(choice).phase == "under_way"
    assert "under way" in waiting(choice).message


def test_slot_ended_one_minute_ago_gets_its_note() -> None:
    choice = choose(onsite(), PRIYA, SPLIT + timedelta(minutes=1))
    assert choice.scenario is Scenario.FOLLOW_UP and choice.not_yet is None
    # Dana's slot, in the same onsite, has just begun: hers waits.
    dana = choose(onsite(), DANA, SPLIT + timedelta(minutes=1))
    assert dana.scenario is None and waiting(dana).phase == "under_way"


def test_the_end_itself_is_over() -> None:
    assert choose(onsite(), PRIYA, SPLIT).scenario is Scenario.FOLLOW_UP


def test_without_slots_the_interview_times_count() -> None:
    now = SPLIT + timedelta(minutes=1)
    choice = choose(onsite(slots=False), PRIYA, now)
    assert choice.scenario is None and waiting(choice).end == END


def test_an_all_day_interview_in_auckland_is_under_way_on_its_local_day() -> None:
    # Thursday 10 December in Auckland (NZDT, UTC+13): from Wed 11:00 UTC to Thu 11:00 UTC.
    day_start = datetime(2026, 12, 9, 11, 0, tzinfo=UTC)
    candidate = onsite(
        start=day_start, end=day_start + timedelta(days=1), slots=False, all_day=True
    )
    # Wed 12:00 UTC: the UTC date is the 9th, but in Auckland it is already the 10th.
    choice = choose(candidate, PRIYA, datetime(2026, 12, 9, 12, 0, tzinfo=UTC), "Pacific/Auckland")
    assert choice.scenario is None and waiting(choice).phase == "under_way"
    assert "Thu 10 Dec (all day)" in waiting(choice).message
    assert "Wed" not in waiting(choice).message
    # The day before, in Auckland: ahead.
    before = choose(candidate, PRIYA, datetime(2026, 12, 9, 10, 0, tzinfo=UTC), "Pacific/Auckland")
    assert waiting(before).phase == "ahead"
    # Once the local day is over, the thank-you is suggested.
    after = choose(candidate, PRIYA, datetime(2026, 12, 9, 11, 1, tzinfo=UTC) + timedelta(days=1))
    assert after.scenario is Scenario.FOLLOW_UP


def test_local_date_differs_from_utc_in_the_reasons() -> None:
    # 23:30-00:15 in Los Angeles on Tuesday 8 December is Wednesday 07:30 UTC.
    start = datetime(2026, 12, 9, 7, 30, tzinfo=UTC)
    candidate = onsite(start=start, end=start + timedelta(minutes=45), slots=False)
    choice = choose(candidate, PRIYA, start - timedelta(hours=5), "America/Los_Angeles")
    assert waiting(choice).when == "on Tue 08 Dec, 23:30 to Wed 09 Dec, 00:15 PST"
    tokyo = choose(candidate, PRIYA, start - timedelta(hours=5), "Asia/Tokyo")
    assert waiting(tokyo).when == "on Wed 09 Dec, 16:30–17:15 JST"


def test_ask_recruiter_stays_available_before_the_interview() -> None:
    candidate = onsite(missing_emails=True)
    now = START - timedelta(days=2)
    choice = choose(candidate, PRIYA, now)
    assert choice.scenario is None
    assert "ask the recruiter who you will meet" in " ".join(choice.reasons)
    # The recruiter, written to before the interview, gets the ask_recruiter note (§2).
    assert choose(candidate, JORDAN, now).scenario is Scenario.ASK_RECRUITER
    # Under way, there is no "before the interview day" left.
    under_way = choose(candidate, PRIYA, START + timedelta(minutes=5))
    assert "recruiter" not in " ".join(under_way.reasons)


def test_standing_down_and_recruiters_are_left_alone() -> None:
    now = START - timedelta(days=2)
    choice = choose(onsite(stood_down=True), PRIYA, now)
    assert choice.scenario is Scenario.STAND_DOWN and choice.not_yet is None
    recruiter = default_scenario(Person(title="Technical Recruiter"))
    assert choice_at(recruiter, START, END, now) is recruiter


def test_a_flagged_stumble_waits_for_the_slot_too() -> None:
    stumbled = default_scenario(Person(title="Engineer"), Details(stumble="x"))
    assert stumbled.scenario is Scenario.RECOVERY
    choice = choice_at(stumbled, START, SPLIT, START + timedelta(minutes=10))
    assert choice.scenario is None and waiting(choice).after is Scenario.RECOVERY


@pytest.mark.parametrize(("start", "end"), [(None, None)])
def test_unknown_times_leave_the_choice(start: datetime | None, end: datetime | None) -> None:
    choice = default_scenario(Person(title="Engineer"))
    assert choice_at(choice, start, end, START) is choice
    assert describe_when(None, None, "UTC") == "at a time not known"
