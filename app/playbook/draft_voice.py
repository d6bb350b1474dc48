"""What a draft's fixed template lines settle in its voice check, so the check need not look.

A recovery draft always carries two of the engine's fixed lines, each where drafting puts it:

    <the stumble, as the user gave it>

    That was my mistake, all of it, and I want to set the record straight.

    Here is what I meant to say.
    <the point, as the user gave it>

The first owns the stumble (so `missing_blame` cannot be reported) and announces a
restatement that the next sentence, "Here is what I meant to say.", can carry (so
`missing_restatement` cannot be reported either). The readings behind both codes (ownership and
restatement phrases, their negation, assertion and the sentence after a frame) look at most a
clause back and one sentence on, and a blank line ends a clause and a sentence, so what these two
paragraphs settle does not depend on what the user wrote around them. Reading the whole note for
the two codes was a fifth of a recovery draft's check.

Nothing here is taken on trust: the first time it is asked, `settled` reads notes laid out as
drafts are (with and without a user's own ownership or point) with the check's own ownership,
restatement and thanks readings (voice._structure_settles) and uses the shortcut only if the
lines settle the codes in every one of them, so a change to the readings turns it off rather
than changing a report. tests/playbook/test_draft_report.py holds every
draft's report equal to `check_voice` of its text.

Every draft also opens its second paragraph with its thanks ("Thank you for ...", "Thanks for
...", "Many thanks for ..."): `missing_thanks` cannot be reported, whatever follows (the thanks
words match on their own, and only "thanks to" + a cause is not read as thanks).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario

OWNING_LINE = "That was my mistake, all of it, and I want to set the record straight."
POINT_FRAME = "Here is what I meant to say."

# How a draft's thanks opens its second paragraph (drafting._thanks, _ask_recruiter).
THANKS_OPENINGS = ("Thank you for", "Thanks for", "Many thanks for")

_RECOVERY_SETTLED = frozenset({FindingCode.MISSING_BLAME, FindingCode.MISSING_RESTATEMENT})
_THANKED = frozenset({FindingCode.MISSING_THANKS})
_NONE: frozenset[FindingCode] = frozenset()


def settled(
    text: str, scenario: Scenario, engine_lines: Sequence[tuple[int, int]]
) -> frozenset[FindingCode]:
    """The codes `text`'s fixed lines rule out, so the check can skip reading for them:
    missing_thanks when the second paragraph opens with a thanks, and in a recovery the two
    above when the ownership line (one of `engine_lines`, spans of whole lines) is a paragraph
    of its own and the next paragraph opens with the frame line."""
    opening = text.find("\n\n") + 2
    thanked = opening > 1 and text.startswith(THANKS_OPENINGS, opening) and _thanks_settle()
    found = _THANKED if thanked else _NONE
    if scenario is not Scenario.RECOVERY or not engine_lines:
        return found
    return found | _recovery_settled(text, engine_lines)


def _recovery_settled(text: str, engine_lines: Sequence[tuple[int, int]]) -> frozenset[FindingCode]:
    """missing_blame and missing_restatement, when the two lines stand as drafting puts them."""
    size = len(text)
    for i, (start, end) in enumerate(engine_lines[:-1]):
        if end - start != len(OWNING_LINE) or text[start:end] != OWNING_LINE:
            continue
        frame_start, frame_end = engine_lines[i + 1]
        if (
            start >= 2
            and text[start - 2 : start] == "\n\n"
            and frame_start == end + 2
            and text[end:frame_start] == "\n\n"
            and text[frame_start:frame_end] == POINT_FRAME
            and frame_end < size
            and text[frame_end] == "\n"
            and _lines_settle()
        ):
            return _RECOVERY_SETTLED
        return _NONE
    return _NONE


# Notes laid out as recovery drafts are: with nothing the user wrote (placeholders), and with a
# stumble that owns itself in other words, a point typed in lower case and names masked.
_SAMPLES = (
    (
        "When we discussed [topic we discussed], [what went wrong]. Looking back, "
        "[what you think was happening].",
        "[The point you wanted to make].",
        (),
    ),
    (
        "When we discussed the cache, I blamed the tools. Looking back, the mistake was mine.",
        "invalidate on write and keep TTLs short.",
        ("Dana", "Sam", "the cache", "Mistake"),
    ),
)


@lru_cache(maxsize=1)
def _lines_settle() -> bool:
    """Whether each sample note is owned and restated as the check reads it (the lines settle
    both codes). Reads only those two readings, once per process."""
    from app.playbook.voice import _structure_settles  # voice.py imports this module

    for stumble, point, known in _SAMPLES:
        note = (
            f"Hi Dana,\n\nThank you for the interview.\n\n{stumble}\n\n{OWNING_LINE}\n\n"
            f"{POINT_FRAME}\n{point}\n\nBest regards,\nSam\n"
        )
        if not _structure_settles(note, known)[1]:
            return False
    return True


@lru_cache(maxsize=1)
def _thanks_settle() -> bool:
    """Whether notes whose second paragraph opens with each thanks are thanked as the check
    reads it, also beside a "thanks to" that gives a cause."""
    from app.playbook.voice import _structure_settles  # voice.py imports this module

    for opening in THANKS_OPENINGS:
        for rest in ("", " Thanks to the traffic, I was late."):
            note = f"Hi Dana,\n\n{opening} the interview.{rest}\n\nBest,\nSam\n"
            if not _structure_settles(note)[0]:
                return False
    return True
