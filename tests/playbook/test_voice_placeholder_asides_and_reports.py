"""Placeholders (issue 14, placeholder_left), in sentences written for these tests: a bracket
that is no slot (a key to press, a note on an attachment, an aside on how the note was sent), a
placeholder the candidate reports in someone else's text (a job ad, an invite), against slots
left in the note ("[link to the deck]", a numbered "<Interviewer 2>").
"""

from __future__ import annotations

import pytest

from tests.playbook.voice_helpers import code_values as codes


def follow_up(body: str) -> str:
    return (
        "Hi Anouk,\n\nThank you for Wednesday's interview. "
        f"{body} If the warehouse move slips to spring, who runs the stock count?\n\n"
        "Best,\nRuaridh\n"
    )


NOT_LEFT = [
    "I pressed [Tab] twice and the form skipped the postcode field, which was my slip.",
    "The case study you asked for is attached [PDF, 4 pages].",
    "Thanks again [typed on my phone, so forgive the brevity].",
    "By the way, the job advert still says [insert team name] in its second paragraph.",
    "Your calendar invite lists the second interviewer as XXX, so I wanted to check.",
]

LEFT = [
    "The slides are here: [link to the deck].",
    "It was good to meet <Interviewer 2> too.",
    "I've attached the sample [insert team name] asked for.",
]


@pytest.mark.parametrize("body", NOT_LEFT)
def test_keys_attachments_asides_and_reports_are_not_placeholders(body: str) -> None:
    assert "placeholder_left" not in codes(follow_up(body))


@pytest.mark.parametrize("body", LEFT)
def test_slots_left_in_the_note_are(body: str) -> None:
    assert "placeholder_left" in codes(follow_up(body))
