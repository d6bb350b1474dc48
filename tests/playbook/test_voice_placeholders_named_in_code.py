"""Markers and slots the candidate talks about in technical text are not placeholders left
unfilled (vtune10b, PLAYBOOK §6): a "TODO"/"FIXME" named as a thing ("I left the TODO: comment",
"'TODO: delete me'" quoted), a single-brace slot glued to a path, a key or an f-string
("/v2/accounts/{id}/ledger", "f'orders:{user_id}'"), a status tag in brackets ("the [WIP] pull
request"). Beside them, the slots still read. Our own sentences."""

from __future__ import annotations

import pytest

from app.playbook.scenarios import Scenario
from tests.playbook.voice_helpers import code_values as codes


def note(body: str) -> str:
    return f"Hi Leo,\n\nThank you for the interview. {body}\n\nBest,\nNia\n"


NOT_SLOTS = [
    "In the exercise I left the TODO: comment in the parser and moved on to the tests.",
    "You showed me a 'TODO: remove after launch' line that has outlived three launches.",
    "That FIXME: in the scheduler explains the double booking we talked about.",
    "The endpoint /users/{user_id}/orders pages at 50 rows, which is why the export was slow.",
    "I'd build the cache key as f'orders:{tenant_id}:{order_id}' so tenants never collide.",
    "The query string ?page={page} is parsed twice in the old router.",
    "The [WIP] branch for the importer has been open since spring, you said.",
    "I saw the [DRAFT] spec for the mobile release on the wall.",
]

SLOTS = [
    "TODO: add the numbers from the pilot here.",
    "I enjoyed meeting {first_name} and the rest of the team.",
    "I look forward to hearing from {company} soon.",
    "I'm excited about the [Company] platform work.",
    "The bookings rose 40% under me. FIXME: check the figure.",
]


@pytest.mark.parametrize("body", NOT_SLOTS)
def test_named_in_code_is_not_a_placeholder(body: str) -> None:
    assert "placeholder_left" not in codes(note(body), Scenario.GRATITUDE)


@pytest.mark.parametrize("body", SLOTS)
def test_slots_still_read(body: str) -> None:
    assert "placeholder_left" in codes(note(body), Scenario.GRATITUDE)
