"""The planner, one rule at a time. Pure: no database, the clock is a parameter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.autodraft.planner import (
    NoteKind,
    PlanChoice,
    plan_interview,
    view_from_interview,
)
from app.calendar.model import Contact, EventStatus
from app.playbook.models import Details
from app.playbook.scenarios import Scenario
from app.store.drafts import DraftKind
from tests.autodraft.helpers import NOW, interview, loop, person

TZ = "America/New_York"


def plan(item=None, choices=None, *, stood_down=False, now=NOW, discovered_at=None):
    item = item or loop()
    return plan_interview(
        view_from_interview(item),
        choices or {},
        stood_down=stood_down,
        now=now,
        timezone=TZ,
        discovered_at=discovered_at,
    )


def test_one_thank_you_per_interviewer_due_at_the_end_with_the_default_scenario() -> None:
    item = loop()
    result = plan(item)
    drafts = {d.recipient_key: d for d in result.drafts}
    assert set(drafts) == {p.key for p in item.interviewers}
    assert {d.kind for d in drafts.values()} == {NoteKind.THANK_YOU}
    assert {d.due_at for d in drafts.values()} == {item.end}
    assert drafts["priya@northwind.example"].scenario is Scenario.GRATITUDE
    assert drafts["dana@northwind.example"].scenario is Scenario.FOLLOW_UP
    # No address: still planned, addressed by name only (the To line stays empty).
    nameless = drafts["name:tomas ibanez"]
    assert nameless.to == Contact("Tomás Ibáñez", None)
    # The interview ended: too late to ask the recruiter anything.
    assert result.ask_recruiter is None


def test_recruiters_get_no_thank_you_by_default() -> None:
    item = interview(
        people=(
            person("Jordan Blake", "jordan@contoso.example", "Recruiter"),
            person("Marcus Chen", "marcus@contoso.example", "CTO"),
        )
    )
    result = plan(item)
    assert [d.recipient_key for d in result.drafts] == ["marcus@contoso.example"]
    recruiter = result.decision("jordan@contoso.example")
    assert recruiter is not None and recruiter.scenario is None and recruiter.draft is None
    assert "Recruiter" in recruiter.reasons[0]
    exec_ = result.decision("marcus@contoso.example")
    assert exec_ is not None and exec_.scenario is Scenario.GRATITUDE


def test_a_stumble_makes_recovery_due_at_that_interviewers_slot_end() -> None:
    item = loop()
    priya = item.interviewers[0]
    result = plan(item, {priya.key: PlanChoice(details=Details(stumble=""))})
    draft = result.find(NoteKind.THANK_YOU, priya.key)
    assert draft is not None
    assert draft.scenario is Scenario.RECOVERY
    assert priya.slot_end is not None and item.end is not None
    assert draft.due_at == priya.slot_end < item.end
    # The others keep the interview's end.
    other = result.find(NoteKind.THANK_YOU, item.interviewers[1].key)
    assert other is not None and other.due_at == item.end


def test_recovery_without_a_slot_is_due_at_the_interview_end() -> None:
    item = interview(people=(person("Ann Lee", "ann@acme.example", "Engineer"),))
    result = plan(item, {"ann@acme.example": PlanChoice(details=Details(stumble="x"))})
    (draft,) = result.drafts
    assert (draft.scenario, draft.due_at) == (Scenario.RECOVERY, item.end)


def test_the_users_choice_wins_and_stand_down_for_one_person_means_no_note() -> None:
    item = loop()
    priya, dana, _ = item.interviewers
    result = plan(
        item,
        {
            priya.key: PlanChoice(Scenario.FOLLOW_UP),
            dana.key: PlanChoice(Scenario.STAND_DOWN),
        },
    )
    chosen = result.decision(priya.key)
    assert chosen is not None and chosen.overridden and chosen.scenario is Scenario.FOLLOW_UP
    assert chosen.default.scenario is Scenario.GRATITUDE  # the default is still shown
    assert result.find(NoteKind.THANK_YOU, dana.key) is None
    assert len(result.drafts) == 2


def test_ask_recruiter_is_not_a_per_person_choice() -> None:
    item = loop()
    priya = item.interviewers[0]
    result = plan(item, {priya.key: PlanChoice(Scenario.ASK_RECRUITER)})
    draft = result.find(NoteKind.THANK_YOU, priya.key)
    assert draft is not None and draft.scenario is Scenario.GRATITUDE


def test_a_cancelled_interview_plans_nothing() -> None:
    ended = plan(loop(status=EventStatus.CANCELLED))
    future = plan(
        interview(
            start=NOW + timedelta(days=7),
            end=NOW + timedelta(days=7, hours=1),
            status=EventStatus.CANCELLED,
        )
    )
    assert ended.drafts == () and future.drafts == ()
    assert "cancelled" in ended.reasons[0]


def test_standing_down_plans_nothing_and_overrides_every_choice() -> None:
    item = loop()
    result = plan(item, {item.interviewers[0].key: PlanChoice(Scenario.FOLLOW_UP)}, stood_down=True)
    assert result.drafts == ()
    assert {d.scenario for d in result.interviewers} == {Scenario.STAND_DOWN}
    future = interview(start=NOW + timedelta(days=7), end=NOW + timedelta(days=7, hours=1))
    assert plan(future, stood_down=True).ask_recruiter is None


def test_ask_recruiter_before_a_future_interview_with_missing_addresses() -> None:
    # Tuesday 1 December, 10:00 New York: due 09:00 three business days before the day,
    # Thursday 26 Nov (a recruiter needs days, not the evening before).
    start = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    item = interview(
        start=start,
        end=start + timedelta(hours=4),
        recruiter=Contact("Nina Alvarez", "nina@fabrikam.example"),
        organizer=Contact("Fabrikam Interviews", "interviews@fabrikam.example"),
    )
    result = plan(item)
    ask = result.ask_recruiter
    assert ask is not None
    assert (ask.kind, ask.recipient_key, ask.scenario) == (
        NoteKind.ASK_RECRUITER,
        "",
        Scenario.ASK_RECRUITER,
    )
    assert ask.due_at == datetime(2026, 11, 26, 14, 0, tzinfo=UTC)  # 09:00 EST
    assert ask.to == Contact("Nina Alvarez", "nina@fabrikam.example")
    # Thank-yous are planned too, due when it ends (nobody named: none).
    assert result.drafts == (ask,)


def test_ask_recruiter_skips_weekends_and_is_due_now_when_already_late() -> None:
    # Monday 30 Nov: three business days before is Wednesday 25, 09:00 (the weekend skipped).
    monday = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
    item = interview(
        start=monday,
        end=monday + timedelta(hours=1),
        people=(person("Sofia Rossi", None, "Engineer"),),
    )
    ask = plan(item).ask_recruiter
    assert ask is not None and ask.due_at == datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    # Sunday evening before: past due, still planned (due in the past = deliver now).
    late = plan(item, now=datetime(2026, 11, 29, 23, 0, tzinfo=UTC)).ask_recruiter
    assert late is not None and late.due_at == ask.due_at


def test_ask_is_due_when_first_seen_if_that_is_later_and_never_after_the_send_by() -> None:
    monday = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # 10:00 New York
    item = interview(start=monday, end=monday + timedelta(hours=1))
    seen = datetime(2026, 11, 26, 18, 30, tzinfo=UTC)  # Thursday, after Wednesday's 09:00
    ask = plan(item, now=seen, discovered_at=seen).ask_recruiter
    assert ask is not None and ask.due_at == seen
    # First seen on Saturday: past the send-by (Friday 17:00), so due at the send-by: now.
    saturday = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
    late = plan(item, now=saturday, discovered_at=saturday).ask_recruiter
    assert late is not None and late.due_at == datetime(2026, 11, 27, 22, 0, tzinfo=UTC)


def test_a_withdrawn_ask_says_why_truthfully() -> None:
    start = datetime(2026, 11, 30, 19, 0, tzinfo=UTC)
    missing = interview(start=start, end=start + timedelta(hours=1))
    after = plan(missing, now=start + timedelta(hours=2))
    assert after.ask_recruiter is None
    assert after.ask_reason == (
        "The interview has passed: too late to ask the recruiter for addresses."
    )
    assert "names every interviewer" not in after.ask_reason
    known = interview(
        start=start, end=start + timedelta(hours=1), people=(person("Ann Lee", "ann@acme.example"),)
    )
    assert "now has an address" in plan(known, now=start - timedelta(days=5)).ask_reason
    cancelled = interview(start=start, end=start + timedelta(hours=1), status=EventStatus.CANCELLED)
    assert plan(cancelled, now=start - timedelta(days=5)).ask_reason.startswith(
        "The interview was cancelled"
    )


def test_no_ask_once_the_interview_day_has_begun_or_when_every_address_is_known() -> None:
    start = datetime(2026, 11, 30, 19, 0, tzinfo=UTC)  # 14:00 New York
    item = interview(start=start, end=start + timedelta(hours=1))
    morning = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)  # 08:00 New York, the same day
    result = plan(item, now=morning)
    assert result.ask_recruiter is None
    assert any("Too late" in r for r in result.reasons)
    known = interview(
        start=start, end=start + timedelta(hours=1), people=(person("Ann Lee", "ann@acme.example"),)
    )
    assert plan(known, now=morning - timedelta(days=3)).ask_recruiter is None


def test_ask_goes_to_the_organizer_unless_it_is_a_shared_calendar() -> None:
    start = NOW + timedelta(days=8)
    human = interview(
        start=start,
        end=start + timedelta(hours=1),
        organizer=Contact("Kim Oduya", "kim.oduya@litware.example"),
    )
    shared = interview(
        start=start,
        end=start + timedelta(hours=1),
        organizer=Contact("Careers", "no-reply@litware.example"),
    )
    ask = plan(human).ask_recruiter
    assert ask is not None and ask.to == Contact("Kim Oduya", "kim.oduya@litware.example")
    nobody = plan(shared).ask_recruiter
    assert nobody is not None and nobody.to is None
    assert any("To line stays empty" in r for r in nobody.reasons)


def test_interviews_found_long_after_they_ended_get_no_thank_you() -> None:
    item = loop()
    assert item.end is not None
    late = plan(item, now=item.end + timedelta(days=8))
    assert late.drafts == ()
    assert "too late" in late.reasons[0]
    # Seen in time, planned, and never withdrawn for lateness later on.
    kept = plan(item, now=item.end + timedelta(days=30), discovered_at=item.end)
    assert len(kept.drafts) == 3


def test_due_times_do_not_depend_on_now() -> None:
    item = loop()
    first = plan(item, now=NOW)
    second = plan(item, now=NOW + timedelta(hours=5), discovered_at=NOW)
    assert [(d.recipient_key, d.due_at) for d in first.drafts] == [
        (d.recipient_key, d.due_at) for d in second.drafts
    ]


def test_an_interview_without_times_plans_nothing() -> None:
    result = plan(interview(start=None, end=None, people=(person("Ann", "a@x.example"),)))
    assert result.drafts == ()
    assert "no time" in result.reasons[0]


def test_future_interviews_get_thank_yous_due_at_their_end() -> None:
    start = NOW + timedelta(days=2)
    item = interview(
        start=start,
        end=start + timedelta(hours=1),
        people=(person("Ann Lee", "ann@acme.example", "Engineer"),),
    )
    (draft,) = plan(item).drafts
    assert draft.due_at == start + timedelta(hours=1)


def test_note_kinds_match_the_stored_kinds() -> None:
    assert {k.value for k in NoteKind} == {k.value for k in DraftKind}


def test_the_view_agrees_with_the_calendar_on_missing_addresses() -> None:
    for item in (loop(), interview(), interview(people=(person("A", "a@x.example"),))):
        assert view_from_interview(item).missing_emails == item.missing_emails
