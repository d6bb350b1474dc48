"""voice._placeholders scans only the lines holding a placeholder hint (voice._hint_lines): the
matches must be exactly those of lexicon_notes.PLACEHOLDER over the whole note, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.playbook import lexicon_notes as ln
from app.playbook import voice
from app.playbook.scenarios import Scenario

# Pieces that make and break placeholders, line breaks between and inside them.
_PIECES = st.sampled_from(
    [
        "[", "]", "[first name]", "[3]", "{{name}}", "{", "}", "<<topic>>", "<NAME>", "<first>",
        "<Recruiter name>", "%COMPANY%", "%", "XX", "XXX", "XX%", "$XX", "XXk", "TK", "TKTK",
        "TK Maxx", "___", "____", "FIRST_NAME", "YOUR NAME", "NAME", "name", "\n", "\n\n", " ",
        "\t", "a", "Zoë", "-", "_", "x", "the", "9", "(", ")", ".", ":", "'", '"',
    ]
)  # fmt: skip


def _lines_matches(plain: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for start, end in voice._hint_lines(plain)
        for m in ln.PLACEHOLDER.finditer(plain, start, end)
    ]


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_hint_lines_hold_every_match(plain: str) -> None:
    assert _lines_matches(plain) == [m.span() for m in ln.PLACEHOLDER.finditer(plain)]


def test_only_lines_with_a_hint_are_scanned() -> None:
    plain = "Hi [first name],\n\nThank you for the interview.\n\nBest,\nSam\n"
    assert voice._hint_lines(plain) == [(0, 16)]
    assert voice._hint_lines("XX at the end") == [(0, 13)]
    assert voice._hint_lines("no hint\nat all") == []


def test_a_draft_placeholder_is_still_reported() -> None:
    plain = "Hi [first name],\n\nThank you for the interview.\n\nBest,\n[your name]\n"
    report = voice.check_voice(plain, Scenario.GRATITUDE)
    found = [(f.start, f.end) for f in report.findings if f.code == "placeholder_left"]
    assert (3, 15) in found and (plain.index("[your"), len(plain) - 1) in found
