"""review10 findings 3, 6, 8, 10 and 11: titles whose role was read from the wrong word.

3: Chinese product/project/account managers are individual contributors, as in English.
6: a sentence-case English title keeps no remark after its comma.
8: a schedule line's tail that says what the person runs is not dropped as a session.
10: the French "chef + trade" head reads the masculine form too, and a kitchen station is a cook's.
11: captains outside an airline, Chinese chief titles, holders and owners of a thing.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.calendar.interviews import extract_interviews
from app.calendar.names import tidy_title
from app.calendar.titles import role_of, without_session
from app.playbook.roles import Role
from tests.calendar.helpers import ME


def _invite(body: str, people: list[tuple[str, str]]) -> list[Any]:
    org = ("Jo Kim", "jo.kim@acme.example")
    page = {
        "items": [
            {
                "id": "r10",
                "summary": "Interview: Senior Engineer - Acme",
                "description": body,
                "start": {"dateTime": "2031-08-03T09:00:00-04:00"},
                "end": {"dateTime": "2031-08-03T10:00:00-04:00"},
                "organizer": {"email": org[1], "displayName": org[0]},
                "attendees": [{"email": ME[0], "displayName": "Alex Morgan", "self": True}]
                + [{"email": e, "displayName": n} for n, e in [org, *people]],
            }
        ]
    }
    return list(extract_interviews(page, format="google", me=ME, timezone="America/New_York"))


def _people(found: list[Any]) -> dict[str, Any]:
    return {p.name: p for f in found for p in f.interviewers}


# 3 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["产品经理", "项目经理", "客户经理", "高级产品经理", "大客户经理", "渠道经理", "项目负责人"],
)
def test_chinese_ic_managers_are_peers(title: str) -> None:
    assert role_of(title) is Role.PEER


@pytest.mark.parametrize("title", ["部门经理", "区域经理", "店经理", "技术负责人", "产品总监"])
def test_chinese_people_managers_stay_decision_makers(title: str) -> None:
    assert role_of(title) is Role.DECISION_MAKER


def test_chinese_ic_managers_in_an_invite() -> None:
    found = _invite(
        "Interviewers:\nWei Zhang, 产品经理\nLi Na, 项目经理",
        [("Wei Zhang", "wei.zhang@acme.example"), ("Li Na", "li.na@acme.example")],
    )
    people = _people(found)
    assert people["Wei Zhang"].role is Role.PEER
    assert people["Li Na"].role is Role.PEER


# 10 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Cheffe patrouilleuse",
        "Chef patrouilleur",
        "Chef monteur",
        "Cheffe monteuse",
        "Chef d'affinage",
        "Cheffe d'affinage",
    ],
)
def test_french_head_of_a_trade_in_both_genders(title: str) -> None:
    assert role_of(title) is Role.DECISION_MAKER


@pytest.mark.parametrize(
    "title",
    [
        "Cheffe pâtissière",
        "Chef pâtissier",
        "Cheffe cuisinière",
        "Chef cuisinier",
        "Cheffe sommelière",
        "Chef saucier",
    ],
)
def test_a_kitchen_station_is_a_cook_in_both_genders(title: str) -> None:
    assert role_of(title) is Role.PEER


# 11 --------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Fire Captain", "Police Captain", "Ship Captain", "Sea Captain"])
def test_a_captain_outside_an_airline_is_no_peer(title: str) -> None:
    assert role_of(title) is not Role.PEER


def test_an_airline_captain_stays_a_peer() -> None:
    assert role_of("Line Training Captain") is Role.PEER


@pytest.mark.parametrize("title", ["总工程师", "总设计师", "首席执行官", "首席技术官"])
def test_chinese_chief_titles_are_executives(title: str) -> None:
    assert role_of(title) is Role.EXECUTIVE


@pytest.mark.parametrize(
    "title",
    [
        "Prokurainhaber",
        "Vollmachtsinhaber",
        "Stelleninhaber",
        "Product eigenaar",
        "Proces-eigenaar",
        "Data-eigenaar",
        "Risico-eigenaar",
        "Process Owner",
    ],
)
def test_a_holder_or_owner_of_a_thing_is_no_executive(title: str) -> None:
    assert role_of(title) is not Role.EXECUTIVE


@pytest.mark.parametrize("title", ["Kanzleiinhaber", "Mitinhaber", "Directeur-eigenaar"])
def test_the_owner_of_the_firm_stays_an_executive(title: str) -> None:
    assert role_of(title) is Role.EXECUTIVE


# 8 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Principal Engineer · head of payments", Role.DECISION_MAKER),
        ("Principal Engineer · head of the payments team", Role.DECISION_MAKER),
        ("Senior Engineer | manager of the checkout squad", Role.DECISION_MAKER),
        ("Architect | owner of the platform team", Role.EXECUTIVE),
    ],
)
def test_a_tail_that_says_what_the_person_runs_stays(written: str, role: Role) -> None:
    assert without_session(written) == written
    assert role_of(without_session(written)) is role


@pytest.mark.parametrize(
    "written", ["Engineering Manager - iOS", "Staff Engineer - eCommerce", "Manager - eBay Motors"]
)
def test_a_team_named_in_mixed_case_stays(written: str) -> None:
    assert without_session(written) == written


def test_the_session_is_still_dropped() -> None:
    assert without_session("Staff Engineer · lead for the session") == "Staff Engineer"
    assert without_session("Vineyard Manager · block walk, bring boots") == "Vineyard Manager"


def test_head_of_payments_on_a_schedule_line() -> None:
    found = _invite(
        "Schedule:\n10:00 - 10:45  Priya Shah, Principal Engineer · head of payments\n"
        "10:45 - 11:30  Tom Reed, Senior Engineer · coding",
        [("Priya Shah", "priya.shah@acme.example"), ("Tom Reed", "tom.reed@acme.example")],
    )
    assert _people(found)["Priya Shah"].role is Role.DECISION_MAKER


# 6 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Senior engineer, standing in for the head of platform", "Senior engineer"),
        ("Staff engineer, reports to the director of engineering", "Staff engineer"),
        ("Principal engineer, back from leave so may be a few minutes late", "Principal engineer"),
        ("Senior engineer, covering for the engineering manager", "Senior engineer"),
    ],
)
def test_an_english_remark_after_a_sentence_case_title_is_cut(written: str, title: str) -> None:
    assert tidy_title(written) == title
    assert role_of(tidy_title(written)) is Role.PEER


def test_a_title_going_on_in_lower_case_stays() -> None:
    written = "Patrouilleur senior, instructeur premiers soins"
    assert tidy_title(written) == written


def test_remark_in_an_invite() -> None:
    found = _invite(
        "You'll meet:\nPriya Shah, Staff Engineer\n"
        "Tom Reed, Senior engineer, standing in for the head of platform",
        [("Priya Shah", "priya.shah@acme.example"), ("Tom Reed", "tom.reed@acme.example")],
    )
    tom = _people(found)["Tom Reed"]
    assert tom.title == "Senior engineer"
    assert tom.role is Role.PEER
