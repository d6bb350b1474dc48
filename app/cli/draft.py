"""`rightnote draft`: write one note from the command line."""

from __future__ import annotations

from datetime import UTC, datetime

import typer
from pydantic import ValidationError

from app.api.schemas_playbook import DraftOut, DraftRequest
from app.cli import app
from app.cli.output import fail, print_json, say
from app.cli.values import MOMENT_METAVAR, moment
from app.errors import readable_message
from app.playbook.drafting import compose_draft
from app.playbook.models import RiskArea
from app.playbook.scenarios import Scenario


@app.command()
def draft(
    scenario: str = typer.Option(
        ...,
        "--scenario",
        "-s",
        help="Which note to write: recovery, follow_up, gratitude, ask_recruiter or stand_down "
        "(typed as you like: follow-up, Follow up).",
    ),
    name: str | None = typer.Option(None, help="Interviewer's name."),
    email: str | None = typer.Option(None, help="Interviewer's address."),
    title: str | None = typer.Option(None, help="Interviewer's job title."),
    hiring_manager: bool = typer.Option(False, help="The invite calls them the hiring manager."),
    candidate: str | None = typer.Option(
        None, help="Your name, for the signature (default: RIGHTNOTE_LOCAL_USER_NAME)."
    ),
    company: str | None = typer.Option(None),
    position: str | None = typer.Option(None),
    start: datetime | None = typer.Option(
        None, parser=moment, metavar=MOMENT_METAVAR, help="Interview start (ISO 8601)."
    ),
    end: datetime | None = typer.Option(
        None, parser=moment, metavar=MOMENT_METAVAR, help="Interview end (ISO 8601)."
    ),
    timezone: str | None = typer.Option(None, help="Your IANA time zone, e.g. Europe/Berlin."),
    topic: str | None = typer.Option(None, help="What you discussed."),
    stumble: str | None = typer.Option(None, help="Recovery: what went wrong."),
    what_happened: str | None = typer.Option(None, help="Recovery: what you think was happening."),
    restatement: str | None = typer.Option(None, help="Recovery: the point you meant to make."),
    question: list[str] = typer.Option([], "--question", "-q", help="Your question (at most 2)."),
    risk: list[RiskArea] = typer.Option([], "--risk", help="Risk area for a suggested question."),
    debrief: datetime | None = typer.Option(
        None, parser=moment, metavar=MOMENT_METAVAR, help="When the hiring team debriefs."
    ),
    slot: str | None = typer.Option(
        None, help="What the invite calls this interviewer's slot, e.g. 'System Design'."
    ),
    slot_start: datetime | None = typer.Option(
        None, parser=moment, metavar=MOMENT_METAVAR, help="When their slot starts (ISO 8601)."
    ),
    panel_position: int = typer.Option(
        0, help="Their place in the panel (0, 1, ...): notes of one panel are worded apart."
    ),
    suggest: bool = typer.Option(
        False, "--suggest", help="follow_up: also list risk-area questions to pick and edit."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print exactly the /v1/drafts JSON."),
) -> None:
    """Write the note for one interviewer: subject, text, send-by and its voice check."""
    payload = {
        "scenario": scenario,
        "interviewer": {
            "name": name,
            "email": email,
            "title": title,
            "hiring_manager": hiring_manager,
        },
        "candidate": {"name": candidate or _settings_name()},
        "company": company,
        "position": position,
        "interview": {"start": start, "end": end, "timezone": timezone},
        "details": {
            "topic": topic,
            "stumble": stumble,
            "what_happened": what_happened,
            "restatement": restatement,
            "questions": question,
            "risk_areas": risk,
            "debrief_at": debrief,
        },
        "slot": {"title": slot, "start": slot_start} if slot or slot_start else None,
        "panel_position": panel_position,
    }
    try:
        request = DraftRequest.model_validate(payload)
    except ValidationError as exc:
        fail("; ".join(f"{_option(d['loc'])} {readable_message(d)}" for d in exc.errors()))
    now = datetime.now(UTC)
    if request.scenario is Scenario.STAND_DOWN:
        result = DraftOut.stand_down().model_dump(mode="json")
    else:
        result = DraftOut.of(compose_draft(request.to_core(), now=now), now).model_dump(mode="json")
    if as_json:
        print_json(result)
        return
    if result["text"] is None:
        say(("No note.", "bold"), " ", result["advice"])
        return
    say(("To:", "bold"), " ", result["to"] or "(empty: add their address)")
    say(("Subject:", "bold"), " ", result["subject"], "\n")
    say(result["text"])
    if result["send_by_note"]:
        say((result["send_by_note"], "bold"))
    if result["placeholders"]:
        say("Fill in: " + ", ".join(result["placeholders"]))
    for left_out in result["ignored"]:
        say(f"Not used: {left_out['field']} ({left_out['why']})")
    if suggest and result["suggestions"]:
        say("Questions you could ask (edit them; pass one with --question):")
        for q in result["suggestions"]:
            say(f"  - {q['label']}: {q['text']}")
    voice = result["voice"]
    say(
        f"voice: {voice['verdict']}"
        + "".join(f"\n  - {f['code']}: {f['message']}" for f in voice["findings"])
    )


# The command's option for a field path from the request model.
_OPTIONS = {
    "interviewer.name": "--name",
    "interviewer.email": "--email",
    "interviewer.title": "--title",
    "candidate.name": "--candidate",
    "interview": "--start/--end",
    "interview.start": "--start",
    "interview.end": "--end",
    "interview.timezone": "--timezone",
    "details.questions": "--question",
    "details.risk_areas": "--risk",
    "details.debrief_at": "--debrief",
    "slot": "--slot-start",
    "slot.start": "--slot-start",
    "slot.title": "--slot",
}


def _option(loc: tuple[int | str, ...]) -> str:
    path = ".".join(str(part) for part in loc if not isinstance(part, int))
    if path in _OPTIONS:
        return _OPTIONS[path] + ":"
    return "--" + path.rsplit(".", 1)[-1].replace("_", "-") + ":"


def _settings_name() -> str | None:
    # The signature's name from settings when --candidate is not given; settings that do not
    # load (a bad variable elsewhere) must not stop a one-off draft.
    try:
        from app.settings import Settings

        return Settings().local_user_name
    except Exception:
        return None
