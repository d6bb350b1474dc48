"""The candidate's name signs the draft: a value that opens with a quote or signature marker, or
has no letter at all, must not put a line under the closing that a pasted-back check reads as a
quoted reply or a signature block (found by test_draft_report's property test: a candidate named
">" made the draft's own report and the pasted check disagree)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.playbook import normalise as nz
from app.playbook.drafting import compose_draft
from app.playbook.models import Details, DraftInput, InterviewTime, Person
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_message

WHEN = InterviewTime(datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15), "America/New_York")
NOW = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "signed"),
    [
        (">", None),
        ("> Sam Okafor", "Sam Okafor"),
        ("-- Sam", "Sam"),
        ("—Priya", "Priya"),
        ("123", None),
        ("...", None),
        ("王伟", "王伟"),
        ("O'Neil", "O'Neil"),
        ("Sam Okafor", "Sam Okafor"),
    ],
)
def test_signer(typed: str, signed: str | None) -> None:
    assert nz.signer(typed) == signed


@pytest.mark.parametrize("candidate", [">", "> Sam", "-- ", ">>>"])
@pytest.mark.parametrize("scenario", [Scenario.FOLLOW_UP, Scenario.GRATITUDE, Scenario.RECOVERY])
def test_the_sign_off_is_no_quote_marker(candidate: str, scenario: Scenario) -> None:
    inp = DraftInput(
        scenario, Person("Dana Lee", "d@example.com", None), candidate, None, None, WHEN, Details()
    )
    draft = compose_draft(inp, now=NOW)
    last = draft.text.rstrip("\n").rsplit("\n", 1)[-1]
    assert not last.startswith((">", "-"))
    if not any(ch.isalpha() for ch in candidate):
        assert last == "[your name]"
    pasted = check_message(draft.text, scenario, send_by=draft.send_by, now=NOW)
    assert [(f.code, f.start, f.end) for f in draft.voice.findings] == [
        (f.code, f.start, f.end) for f in pasted.findings
    ]
