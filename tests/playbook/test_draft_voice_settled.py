"""draft_voice.settled: the codes a recovery draft's fixed lines rule out, so its check skips
reading for them. The report stays `check_voice`'s (tests/playbook/test_draft_report.py); these
tests pin when the shortcut applies and that its sample notes depend on the lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.playbook import draft_voice, drafting, voice
from app.playbook.draft_voice import OWNING_LINE, POINT_FRAME, settled
from app.playbook.models import Details, DraftInput, FindingCode, InterviewTime, Person
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

WHEN = InterviewTime(datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15), "America/New_York")
SETTLED = {FindingCode.MISSING_BLAME, FindingCode.MISSING_RESTATEMENT, FindingCode.MISSING_THANKS}
THANKED = {FindingCode.MISSING_THANKS}


def _draft(scenario: Scenario, details: Details) -> tuple[str, list[tuple[int, int]]]:
    person = Person("Priya Raman", "priya@example.com", "Engineering Manager")
    inp = DraftInput(scenario, person, "Sam", "Northwind", "Engineer", WHEN, details)
    _, paragraphs = drafting._WRITERS[scenario](drafting._facts(inp))
    return drafting._render_text(paragraphs), drafting._engine_lines(paragraphs)


def test_a_recovery_draft_settles_blame_and_restatement() -> None:
    text, lines = _draft(Scenario.RECOVERY, Details(topic="caching", stumble="I froze"))
    assert OWNING_LINE in text and POINT_FRAME in text
    assert settled(text, Scenario.RECOVERY, lines) == SETTLED


def test_only_recovery_and_only_the_engines_own_lines() -> None:
    text, lines = _draft(Scenario.RECOVERY, Details(topic="caching"))
    # The same words typed by a user (not named as the engine's) settle nothing.
    assert settled(text, Scenario.RECOVERY, ()) == THANKED
    owning = text.index(OWNING_LINE)
    others = [span for span in lines if span[0] != owning]
    assert settled(text, Scenario.RECOVERY, others) == THANKED
    for scenario in (Scenario.FOLLOW_UP, Scenario.GRATITUDE, Scenario.ASK_RECRUITER):
        other_text, other_lines = _draft(scenario, Details(topic="caching"))
        assert settled(other_text, scenario, other_lines) == THANKED


def test_the_frame_must_open_the_next_paragraph() -> None:
    text, _ = _draft(Scenario.RECOVERY, Details(topic="caching"))
    # The frame moved into the ownership's paragraph: the next sentence is no longer it.
    moved = text.replace(f"{OWNING_LINE}\n\n{POINT_FRAME}", f"{OWNING_LINE}\n{POINT_FRAME}")
    start = moved.index(OWNING_LINE)
    spans = [
        (start, start + len(OWNING_LINE)),
        (start + len(OWNING_LINE) + 1, start + len(OWNING_LINE) + 1 + len(POINT_FRAME)),
    ]
    assert settled(moved, Scenario.RECOVERY, spans) == THANKED


def test_the_sample_notes_depend_on_the_lines() -> None:
    # The first-use guard is not vacuous: without the two lines, its note of placeholders (the
    # user wrote nothing) owns nothing.
    assert draft_voice._lines_settle()
    stumble, point, known = draft_voice._SAMPLES[0]
    note = f"Hi Dana,\n\nThank you for the interview.\n\n{stumble}\n\n{point}\n\nBest,\nSam\n"
    report = check_voice(note, Scenario.RECOVERY, known_terms=known)
    assert FindingCode.MISSING_BLAME in {f.code for f in report.findings}


def test_every_drafts_thanks_settles_missing_thanks() -> None:
    person = Person("Priya Raman", "priya@example.com", "Engineering Manager")
    for scenario in (Scenario.RECOVERY, Scenario.FOLLOW_UP, Scenario.GRATITUDE):
        for position in range(4):  # each of the rotated openings
            inp = DraftInput(scenario, person, "Sam", "Acme", "Engineer", WHEN, Details())
            facts = drafting._facts(replace(inp, panel_position=position))
            text = drafting._render_text(drafting._WRITERS[scenario](facts)[1])
            assert FindingCode.MISSING_THANKS in settled(text, scenario, ())


def test_a_thanks_elsewhere_or_none_settles_nothing() -> None:
    later = "Hi Dana,\n\nThe interview ran long. Thanks for it.\n"
    first = "Thank you for the interview.\n\nBest,\nSam\n"
    assert settled(later, Scenario.GRATITUDE, ()) == frozenset()
    assert settled(first, Scenario.GRATITUDE, ()) == frozenset()
    assert draft_voice._thanks_settle()


def test_the_guards_read_as_the_whole_check_does() -> None:
    # The guards ask voice._structure_settles, not a whole check: it must agree with the codes
    # check_voice reports, on the samples with and without the lines and on other notes.
    notes = []
    for stumble, point, known in draft_voice._SAMPLES:
        body = f"{stumble}\n\n{OWNING_LINE}\n\n{POINT_FRAME}\n{point}"
        bare = f"{stumble}\n\n{point}"
        for middle in (body, bare):
            note = f"Hi Dana,\n\nThank you for the interview.\n\n{middle}\n\nBest,\nSam\n"
            notes.append((note, known))
    notes.append(("Hi Dana,\n\nThe interview ran long. That was on me.\n\nBest,\nSam\n", ()))
    notes.append(("Thanks to the rain I was late. My mistake.\n", ()))
    for note, known in notes:
        thanked, owned_and_restated = voice._structure_settles(note, known)
        codes = {f.code for f in check_voice(note, Scenario.RECOVERY, known_terms=known).findings}
        assert thanked == (FindingCode.MISSING_THANKS not in codes), note
        assert owned_and_restated == (not codes & SETTLED - THANKED), note
