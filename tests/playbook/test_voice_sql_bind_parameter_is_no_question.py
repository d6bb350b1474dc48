"""A "?" that is a parameter in quoted code ("WHERE updated_at > ?", "VALUES (?, ?)") is no
question of the candidate's (vtune10b, PLAYBOOK §4 follow_up; voice._bind_parameter): it does
not count towards too_many_questions, nor stand in for a missing one. Our own sentences."""

from __future__ import annotations

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def test_bind_parameters_are_not_questions() -> None:
    text = (
        "Hi Lena,\n\nThanks for the deep dive today. You said the nightly export still runs "
        "SELECT id FROM invoices WHERE paid_at > ? against the primary, and that the insert uses "
        "VALUES (?, ?) without a batch. If the replica move slips into Q3, what happens to the "
        "finance dashboards? And who would own that call?\n\nBest,\nKwame\n"
    )
    assert "too_many_questions" not in codes(text, Scenario.FOLLOW_UP)


def test_a_parameter_is_no_question_of_ones_own() -> None:
    text = (
        "Hi Lena,\n\nThanks for the deep dive today. You said the nightly export still runs "
        "SELECT id FROM invoices WHERE paid_at > ? against the primary.\n\nBest,\nKwame\n"
    )
    assert "missing_question" in codes(text, Scenario.FOLLOW_UP)


def test_three_real_questions_still_count() -> None:
    text = (
        "Hi Lena,\n\nThanks for today. Who owns the export? When does the replica move land? "
        "What happens to the dashboards if it slips?\n\nBest,\nKwame\n"
    )
    assert "too_many_questions" in codes(text, Scenario.FOLLOW_UP)
