"""The voice check's finding codes for a note, shared by the voice tests that only ask which
findings a note gets."""

from __future__ import annotations

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice


def finding_codes(text: str, scenario: Scenario = Scenario.RECOVERY) -> set[FindingCode]:
    """The codes of the findings the voice check gives `text` (a recovery note by default)."""
    return {f.code for f in check_voice(text, scenario).findings}


def code_values(text: str, scenario: Scenario = Scenario.RECOVERY) -> set[str]:
    """The same codes as their string values ("blame_shift", "pleading", ...)."""
    return {c.value for c in finding_codes(text, scenario)}
