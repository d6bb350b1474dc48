"""Card pieces shared by the homepage, compose and calendar cards. Pure: data in, Card JSON out.

Card text fields accept a little HTML (bold, links), so anything that came from a calendar or
from the user is escaped before it goes into one. Input values are plain text and are not.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.addons import cardkit as ck
from app.addons.cardkit import Json
from app.addons.gmail_manifest import GMAIL_ACTIONS_PREFIX
from app.playbook.defaults import ScenarioChoice
from app.playbook.models import Verdict, VoiceReport
from app.playbook.scenarios import SCENARIOS, Scenario
from app.settings import Settings

TITLE = "RightNote"
# Card actions of app/addons/gmail/account.py. Connecting is an action, not a plain link: the
# action mints a short-lived signed link for the verified add-on user when it is pressed.
CONNECT_ACTION = "connect"
DISCONNECT_ACTION = "disconnect"
DELETE_DATA_ACTION = "delete-data"

ABOUT = (
    "RightNote helps you send the right note after an interview, to the right person, at the "
    "right time, or tells you when to send none. Each interviewer gets one kind of note: a "
    "repair if something went wrong with them, one or two real questions for a decision-maker, "
    "or a short thank-you."
)
WHEN_IT_MATTERS = (
    "A note can tip a close call: when you are on the edge, or an unusual pick. It cannot "
    "rescue a candidacy that is off the mark or second in line, and nothing here promises an "
    "outcome."
)
STAND_DOWN_EXPLAINED = (
    "If this job is no longer your first choice, or you have accepted another offer, the right "
    "note is none. Standing down creates nothing and cancels the auto-drafts RightNote was "
    "going to make for this opportunity: the process only works when both sides want it, and "
    "other candidates get the attention."
)
VERDICTS = {
    Verdict.SEND: "Reads well: calm, specific, one objective.",
    Verdict.REVISE: "Worth another pass before sending.",
    Verdict.HOLD: "Hold: do not send this as written.",
}


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=False)


def action_url(settings: Settings, name: str) -> str:
    return settings.public_url + GMAIL_ACTIONS_PREFIX + name


def header(subtitle: str | None = None) -> Json:
    return ck.card_header(TITLE, subtitle)


def paragraph(text: str) -> Json:
    """A paragraph of our own words (trusted: not escaped)."""
    return ck.text_paragraph(text)


def problem_widget(problem: str) -> Json:
    return ck.decorated_text(esc(problem), top_label="Google Calendar")


def when_text(start: datetime | None, end: datetime | None, tz: ZoneInfo) -> str:
    if start is None:
        return "time not known"
    local = start.astimezone(tz)
    text = f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"
    if end is not None:
        text += f"–{end.astimezone(tz):%H:%M}"
    return text


def scenario_label(scenario: Scenario | None) -> str:
    if scenario is None:
        return "No note (they run the process)"
    return SCENARIOS[scenario].label


def scenario_items(selected: Scenario | None) -> list[Json]:
    return [
        ck.choice(spec.label, str(value), selected=value is selected)
        for value, spec in SCENARIOS.items()
    ]


def scenario_dropdown(
    name: str, selected: Scenario | None, *, label: str = "Which note", on_change: Json | None
) -> Json:
    widget = ck.selection_input(name, label, scenario_items(selected))
    if on_change is not None:
        # Re-render the card so the inputs match the newly picked note.
        widget["selectionInput"]["onChangeAction"] = on_change
    return widget


def choice_widgets(choice: ScenarioChoice) -> list[Json]:
    """The suggested note and why (PLAYBOOK's default per interviewer)."""
    widgets = [
        ck.decorated_text(f"<b>{esc(scenario_label(choice.scenario))}</b>", top_label="Suggested")
    ]
    widgets.append(ck.text_paragraph(esc(" ".join(choice.reasons))))
    return widgets


def findings_section(report: VoiceReport, text: str, *, what: str) -> Json:
    widgets = [
        ck.decorated_text(
            f"<b>{esc(VERDICTS[report.verdict])}</b>", top_label=f"Voice check: {what}"
        )
    ]
    if not report.findings:
        widgets.append(paragraph("No findings."))
    for finding in report.findings[:12]:
        excerpt = text[finding.start : finding.end].strip()
        quoted = f"“{excerpt[:80]}”: " if 0 < len(excerpt) < len(text.strip()) else ""
        widgets.append(
            ck.decorated_text(
                esc(quoted + finding.message),
                top_label=f"{finding.code} ({finding.severity})",
                bottom_label=(f"Try: {finding.suggestion}"[:300] if finding.suggestion else None),
            )
        )
    return ck.section(*widgets, header="Voice check")


class MailboxState(StrEnum):
    CONNECTED = "connected"
    NEEDS_RECONNECT = "needs_reconnect"
    NOT_CONNECTED = "not_connected"


@dataclass(frozen=True, slots=True)
class MailboxStatus:
    state: MailboxState
    email: str | None = None


def autodraft_section(status: MailboxStatus, settings: Settings) -> Json:
    delete = ck.button("Delete my data…", ck.action(action_url(settings, DELETE_DATA_ACTION)))
    if status.state is MailboxState.CONNECTED:
        text = (
            f"On: after each interview, drafts wait in the Gmail drafts of "
            f"{esc(status.email or 'your connected account')}. Nothing is ever sent for you."
        )
        disconnect = ck.button("Disconnect…", ck.action(action_url(settings, DISCONNECT_ACTION)))
        return ck.section(
            ck.decorated_text(text, top_label="Auto-drafts"),
            ck.button_list(disconnect, delete),
            header="Auto-drafts",
        )
    buttons = []
    if status.state is MailboxState.NEEDS_RECONNECT:
        text = (
            "Paused: Google no longer accepts RightNote's access to your mailbox. Reconnect "
            "to resume auto-drafts."
        )
        label = "Reconnect"
    else:
        text = (
            "Off. Connect your mailbox and RightNote puts one draft per interviewer in your "
            "Gmail drafts after each interview. Nothing is ever sent for you."
        )
        label = "Connect mailbox"
    buttons.append(ck.button(label, ck.action(action_url(settings, CONNECT_ACTION))))
    if status.state is MailboxState.NEEDS_RECONNECT:
        buttons.append(ck.button("Disconnect…", ck.action(action_url(settings, DISCONNECT_ACTION))))
    buttons.append(delete)
    return ck.section(
        ck.decorated_text(text, top_label="Auto-drafts"),
        ck.button_list(*buttons),
        header="Auto-drafts",
    )
