"""Option values the CLI reads itself, so a command line means the same under any typer.

typer 0.29 reads a `datetime` option with pydantic (ISO 8601 offsets and 'Z' accepted, and
pydantic loaded by every command); earlier typer reads it with click's `DateTime`, which
refuses an offset. Times are declared with `parser=moment` instead, so what is accepted and
what a refusal says are ours. Time zone names are checked where the zone is used (the request
model, `extract_interviews`, the run setup), with the same words.
"""

from __future__ import annotations

from datetime import datetime

import typer

# Longer than any ISO 8601 date and time with fractions and an offset; a longer value is a
# mistake, and is refused before it is parsed.
MAX_MOMENT_CHARS = 40
MOMENT_METAVAR = "<iso-8601>"  # as typer writes the others: <str>, <text|html|auto>
_EXAMPLES = "e.g. 2026-11-24, 2026-11-24T14:00 or 2026-11-24T14:00:00+01:00"


def moment(value: str) -> datetime:
    """An ISO 8601 date, or date and time, with an offset, 'Z' or none (then a wall time).

    A date alone is its midnight. Raises `typer.BadParameter`, which the command line shows
    as "Invalid value for '--OPTION': ..." with exit status 2.
    """
    text = value.strip()
    if len(text) > MAX_MOMENT_CHARS:
        raise typer.BadParameter(f"{text[:MAX_MOMENT_CHARS]!r}… is too long for a date and time")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is not an ISO 8601 date or date and time ({_EXAMPLES})"
        ) from None
