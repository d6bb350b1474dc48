"""`rightnote interviews FILE`: the interviews and interviewers in a calendar file."""

from __future__ import annotations

import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path

import typer

from app.calendar.interviews import DEFAULT_MAX_BYTES, extract_interviews
from app.calendar.model import EventStatus, Interview, Interviewer
from app.cli import app
from app.cli.output import Part, fail, print_json, say
from app.cli.values import MOMENT_METAVAR, moment
from app.errors import AppError


class CalendarFormat(StrEnum):
    ICS = "ics"
    GOOGLE = "google"
    GRAPH = "graph"


@app.command()
def interviews(
    file: str = typer.Argument(
        ...,
        metavar="FILE",
        help="An .ics file or Google/Graph event "
        "JSON (a list, or an API page). '-' reads standard input.",
    ),
    me: list[str] = typer.Option(
        ..., "--me", help="Your address (repeat for each; commas also work). You are the candidate."
    ),
    format: CalendarFormat | None = typer.Option(
        None, "--format", "-f", help="Detected when omitted."
    ),
    timezone: str = typer.Option(
        "UTC",
        "--timezone",
        "--tz",
        envvar="RIGHTNOTE_TIMEZONE",
        help="Your IANA time zone, e.g. Europe/Berlin.",
    ),
    start: datetime | None = typer.Option(
        None,
        "--from",
        parser=moment,
        metavar=MOMENT_METAVAR,
        help="Only events from this date/time (expands recurring series here).",
    ),
    end: datetime | None = typer.Option(
        None,
        "--to",
        parser=moment,
        metavar=MOMENT_METAVAR,
        help="Only events before this date/time.",
    ),
    include_all: bool = typer.Option(False, "--all", help="Show every event, with the reasons."),
    as_json: bool = typer.Option(False, "--json", help='Print {"interviews": [...]} as JSON.'),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", hidden=True),
) -> None:
    """Find your interviews in a calendar and who you will meet in each."""
    addresses = [a.strip() for item in me for a in item.split(",") if a.strip()]
    if not addresses or not all(all(a.rpartition("@")[::2]) for a in addresses):
        # Without the user's address they are taken for an interviewer in every invite.
        fail("--me takes your email address(es), e.g. --me sam.okafor@example.com")
    window = None
    if start is not None or end is not None:
        if start is None or end is None:
            fail("give both --from and --to")
        window = (start, end)
    data = _read(file, max_bytes)
    warnings: list[str] = []
    try:
        found = extract_interviews(
            data,
            format=format.value if format else None,
            me=addresses,
            timezone=timezone,
            window=window,
            max_bytes=max_bytes,
            include_all=include_all,
            warnings=warnings,
        )
    except AppError as exc:
        fail(f"{file}: {exc.detail}")
    for warning in warnings:
        say(("warning:", "yellow"), " ", warning, err=True)
    if as_json:
        # The /v1/interviews/extract shape; pydantic is loaded only when JSON is asked for.
        from app.api.schemas_interviews import ExtractedInterview

        shown = [ExtractedInterview.model_validate(i).model_dump(mode="json") for i in found]
        print_json({"interviews": shown})
        return
    _listing(found, include_all)


def _read(file: str, max_bytes: int) -> bytes:
    if file == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(file)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                fail(
                    f"{file} is {size:,} bytes; the limit is {max_bytes:,} bytes "
                    "(export a shorter date range)"
                )
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            fail(f"cannot read {file}: {exc.strerror or exc}")
    if len(data) > max_bytes:
        fail(f"{file} is larger than the limit of {max_bytes:,} bytes")
    return data


def _listing(found: list[Interview], include_all: bool) -> None:
    """One block per event: when and what on its first line, then each person on their own.

    Plain lines rather than a table: nothing is cut or wrapped to the terminal's width, so a
    name or an address can be copied and grepped whole.
    """
    if not found:
        say(
            "No interviews found."
            + ("" if include_all else " (Use --all to see every event and why it was not counted.)")
        )
        return
    for number, item in enumerate(found):
        if number:
            say("")
        when = item.start.strftime("%a %d %b %Y %H:%M") if item.start else "?"
        if item.end and item.start:
            when += item.end.strftime("–%H:%M")
        status: Part = str(item.status)
        if item.status is EventStatus.CANCELLED:
            status = ("cancelled", "red")
        say((when, "bold"), "  ", item.title or "(no title)", "  ", status)
        details = " · ".join(x for x in (item.company, item.position) if x)
        if details:
            say("  ", (details, "dim"))
        if include_all:
            verdict = "interview" if item.is_interview else "not an interview"
            say("  ", (f"{verdict} ({item.confidence:.2f}): {'; '.join(item.reasons)}", "dim"))
        for person in item.interviewers:
            _person(person)
        if not item.interviewers:
            say("  ", ("no interviewer named", "yellow"))
        if item.missing_emails:
            say("  ", ("missing addresses: ask the recruiter", "yellow"))
        recruiter = item.recruiter
        if recruiter:
            named = (recruiter.name, f"<{recruiter.email}>" if recruiter.email else None)
            say("  recruiter: " + " ".join(x for x in named if x))


def _person(p: Interviewer) -> None:
    name: list[Part] = ["  ", p.name or p.email or "?"]
    if p.email and p.name:
        name += [" ", (f"<{p.email}>", "dim")]
    elif not p.email:
        name += [" ", ("(no address)", "yellow")]
    extra = [p.title] if p.title else []
    extra.append(str(p.role) + (", hiring manager" if p.hiring_manager else ""))
    if p.slot_start and p.slot_end:
        extra.append(f"{p.slot_start:%H:%M}–{p.slot_end:%H:%M}")
    say(*name)
    say("    ", (" · ".join(extra), "dim"))
