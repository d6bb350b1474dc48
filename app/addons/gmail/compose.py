"""The compose sidebar: who the note is for, which note, its inputs, Insert and Check voice.

The card opens on what the suggestion service (app/suggestions) finds for the recipients: the
same matches, scenario and reasons `/v1/suggest` gives the Outlook pane, over the stored
interviews and the ones Google Calendar shows. The rest is pure card building plus the actions
that need no storage (insert, check voice, re-render on a scenario change).

Before the interviewer's slot has ended the card suggests no note ("Not yet"): it says when the
interview is and which note comes after it; the user can still pick one from the list. The
slot's times travel in their own parameter so every click decides it the same way.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.addons import cardkit as ck
from app.addons.cardkit import Json
from app.addons.gmail import cards
from app.addons.gmail.context import CalendarLookup, recipients
from app.addons.gmail.state import HAD_TO_PARAM, TARGET_PARAM, NoteForm, NoteTarget, _when
from app.addons.google_request import GoogleAddonContext
from app.playbook.defaults import NotYet, ScenarioChoice, choice_at, default_scenario
from app.playbook.drafting import compose_draft
from app.playbook.models import Details, Draft, DraftInput, Slot, VoiceReport
from app.playbook.questions import MAX_QUESTIONS, suggest_questions
from app.playbook.scenarios import SCENARIOS, Scenario
from app.playbook.timing import describe_send_by, send_by
from app.playbook.voice import check_voice
from app.settings import Settings
from app.suggestions.candidates import graph_candidate
from app.suggestions.suggest import find_matches

REFRESH_ACTION = "compose-refresh"
INSERT_ACTION = "insert"
CHECK_ACTION = "check-voice"
STAND_DOWN_ACTION = "stand-down"
# The interviewer's own slot (else the interview), whether it is all day, and whether the invite
# leaves interviewers' addresses out: {"s", "e", "d", "m"}.
SLOT_PARAM = "slot"
# The list's first item while the interview has not ended: no note picked yet.
NOT_YET_VALUE = "not_yet"


@dataclass(frozen=True, slots=True)
class SlotTime:
    """When the note's interviewer met (or will meet) the user: what "not yet" is decided on."""

    start: datetime | None = None
    end: datetime | None = None
    all_day: bool = False
    missing_emails: bool = False

    def to_param(self) -> str:
        data = {
            "s": self.start.isoformat() if self.start else None,
            "e": self.end.isoformat() if self.end else None,
            "d": self.all_day or None,
            "m": self.missing_emails or None,
        }
        return json.dumps({k: v for k, v in data.items() if v is not None}, separators=(",", ":"))

    @classmethod
    def from_param(cls, value: str | None, target: NoteTarget | None) -> SlotTime:
        """The slot a card sent back; the target's interview times when there is none."""
        data: object = None
        if value and len(value) <= 300:
            try:
                data = json.loads(value)
            except ValueError:
                data = None
        if not isinstance(data, dict):
            if target is None:
                return cls()
            return cls(target.start, target.end)
        return cls(
            _when(data.get("s")),
            _when(data.get("e")),
            all_day=data.get("d") is True,
            missing_emails=data.get("m") is True,
        )


@dataclass(frozen=True, slots=True)
class VoiceResult:
    report: VoiceReport
    text: str
    what: str


@dataclass(frozen=True, slots=True)
class ComposeView:
    tz: ZoneInfo
    now: datetime
    target: NoteTarget | None = None
    recipients: tuple[str, ...] = ()
    had_to: bool = False
    problem: str | None = None
    choice: ScenarioChoice | None = None
    form: NoteForm = field(default_factory=NoteForm)
    # Other recipients who also interviewed the user (each deserves their own note).
    others: tuple[str, ...] = ()
    stood_down: bool = False
    voice: VoiceResult | None = None
    slot: SlotTime = field(default_factory=SlotTime)

    @property
    def waiting(self) -> bool:
        """The interview has not ended and the user picked no note: nothing is suggested yet."""
        return (
            self.form.scenario is None
            and self.choice is not None
            and self.choice.not_yet is not None
        )

    @property
    def scenario(self) -> Scenario:
        """The note to write: the user's pick, else the suggestion, else (not yet) the note that
        follows the interview, else a plain thank-you."""
        if self.form.scenario is not None:
            return self.form.scenario
        if self.choice is not None and self.choice.scenario is not None:
            return self.choice.scenario
        if self.choice is not None and self.choice.not_yet is not None:
            return self.choice.not_yet.after
        if self.target is not None and self.target.start and self.target.start > self.now:
            return Scenario.ASK_RECRUITER  # a recruiter before the interview: ask who you meet
        return Scenario.GRATITUDE

    def params(self) -> dict[str, str]:
        values = {HAD_TO_PARAM: "1" if self.had_to else "0"}
        if self.target is not None:
            values[TARGET_PARAM] = self.target.to_param()
            values[SLOT_PARAM] = self.slot.to_param()
        return values


async def opening_view(
    session: AsyncSession,
    user_id: uuid.UUID,
    ctx: GoogleAddonContext,
    lookup: CalendarLookup,
    *,
    tz: ZoneInfo,
    now: datetime,
) -> ComposeView:
    """The view the compose trigger opens: the recipients matched by the suggestion service.

    The card writes notes to interviewers; a recipient who only coordinated an interview (its
    recruiter) is left to "no interview found", as before, and the note is picked by hand."""
    everyone = recipients(ctx)
    found = await find_matches(
        session,
        user_id,
        [(address, None) for address in everyone],
        now,
        also=[graph_candidate(i) for i in lookup.interviews],
        timezone=tz.key,
    )
    matches = [m for m in found.matches if m.party is not m.candidate.recruiter]
    first = matches[0] if matches else None
    slot = SlotTime()
    if first is not None:
        party, candidate = first.party, first.candidate
        missing = candidate.missing_emails
        if party.slot_start is not None or party.slot_end is not None:
            slot = SlotTime(party.slot_start, party.slot_end, missing_emails=missing)
        else:
            slot = SlotTime(candidate.start, candidate.end, candidate.all_day, missing)
    return ComposeView(
        tz=tz,
        now=now,
        target=NoteTarget.of_match(first) if first is not None else None,
        recipients=tuple(everyone),
        had_to=bool(ctx.gmail.get("toRecipients")),
        problem=lookup.problem,
        choice=first.choice if first is not None else None,
        others=tuple(m.party.name or m.email for m in matches[1:]),
        stood_down=first is not None and first.candidate.stood_down,
        slot=slot,
    )


def suggested_choice(
    target: NoteTarget | None,
    *,
    stood_down: bool,
    slot: SlotTime | None = None,
    now: datetime | None = None,
    timezone: str | None = None,
) -> ScenarioChoice | None:
    """The playbook's note for the target, at `now` for its slot (none before it has ended)."""
    if target is None:
        return None
    choice = default_scenario(target.person(), Details(), stood_down=stood_down)
    if slot is None or now is None:
        return choice
    return choice_at(
        choice,
        slot.start,
        slot.end,
        now,
        timezone=timezone,
        all_day=slot.all_day,
        missing_emails=slot.missing_emails,
    )


def view_from_action(
    ctx: GoogleAddonContext, *, tz: ZoneInfo, now: datetime, stood_down: bool = False
) -> ComposeView:
    """The compose view as a clicked card left it (target from parameters, form as typed)."""
    target = NoteTarget.from_param(ctx.parameters.get(TARGET_PARAM))
    slot = SlotTime.from_param(ctx.parameters.get(SLOT_PARAM), target)
    return ComposeView(
        tz=tz,
        now=now,
        target=target,
        recipients=tuple(recipients(ctx)),
        had_to=ctx.parameters.get(HAD_TO_PARAM) == "1",
        choice=suggested_choice(target, stood_down=stood_down, slot=slot, now=now, timezone=tz.key),
        form=NoteForm.read(ctx),
        stood_down=stood_down,
        slot=slot,
    )


# --- drafting ------------------------------------------------------------------------------


def draft_input(view: ComposeView, candidate_name: str | None) -> DraftInput:
    target = view.target or NoteTarget()
    return DraftInput(
        scenario=view.scenario,
        interviewer=target.person(),
        candidate_name=candidate_name,
        company=target.company,
        company_source=target.company_source,
        position=target.position,
        interview=target.interview_time(view.tz.key),
        details=view.form.details(view.scenario),
        # The invite's name for this person's slot: the note thanks them for that interview.
        slot=Slot(target.slot_topic) if target.slot_topic else None,
    )


def send_by_line(view: ComposeView) -> str | None:
    if view.target is None or view.waiting or not SCENARIOS[view.scenario].drafts:
        return None
    deadline = send_by(view.scenario, view.target.interview_time(view.tz.key))
    return describe_send_by(view.scenario, deadline, view.now)


def refusal(view: ComposeView) -> str | None:
    """Why Insert must not insert anything, in the notification's words; None when it may."""
    if view.scenario is Scenario.STAND_DOWN:
        return (
            "Standing down means sending nothing, so nothing was inserted. Use Stand down "
            "to cancel RightNote's drafts for this opportunity."
        )
    if view.waiting:
        return (
            "The interview has not ended yet: the note comes after it, so nothing was inserted. "
            "To write one now anyway, pick a note in the list first."
        )
    if view.scenario is Scenario.FOLLOW_UP and view.form.too_many_questions:
        picked = len(view.form.areas) + len(view.form.written)
        return (
            f"You picked {picked} questions; a note asks at most {MAX_QUESTIONS}. "
            "Untick or clear some, then insert again. Nothing was inserted."
        )
    return None


def insert_response(
    view: ComposeView,
    *,
    candidate_name: str | None,
    to_is_empty: bool,
    in_thread: bool = False,
) -> Json:
    """Insert the note into the open draft (or refuse, inserting nothing).

    `in_thread`: the draft is a reply in a thread. Its subject is left alone there: a new subject
    moves the reply out of the conversation in Gmail and in the interviewer's mail client."""
    refused = refusal(view)
    if refused is not None:
        return ck.render_actions(notification=refused)
    draft = compose_draft(draft_input(view, candidate_name), now=view.now)
    email = view.target.email if view.target is not None else None
    notice = "Inserted. Read it through before you send."
    if draft.placeholders:
        notice = "Inserted. Fill in the [brackets] before you send."
    return ck.update_draft_response(
        draft.html,
        content_type="MUTABLE_HTML",
        insert_type="IN_PLACE_INSERT",
        subject=None if in_thread else draft.subject,
        # Only an empty To line gets the interviewer; recipients the user chose stay as they are.
        to=[email] if email and to_is_empty else None,
        notification=notice,
    )


def voice_result(view: ComposeView, candidate_name: str | None) -> VoiceResult | None:
    """The user's pasted text checked for the chosen note; else the note we would insert."""
    if (view.scenario is Scenario.STAND_DOWN or view.waiting) and not view.form.own_text:
        return None
    target = view.target or NoteTarget()
    deadline = (
        send_by(view.scenario, target.interview_time(view.tz.key))
        if view.target is not None
        else None
    )
    if view.form.own_text:
        terms = [
            t
            for t in (
                target.name,
                target.company,
                target.position,
                target.job_title,
                view.form.topic,
                candidate_name,
            )
            if t
        ]
        report = check_voice(
            view.form.own_text, view.scenario, send_by=deadline, now=view.now, known_terms=terms
        )
        return VoiceResult(report, view.form.own_text, "your text")
    draft: Draft = compose_draft(draft_input(view, candidate_name), now=view.now)
    return VoiceResult(draft.voice, draft.text, "the note RightNote would insert")


# --- the card ------------------------------------------------------------------------------


def _who_widgets(view: ComposeView) -> list[Json]:
    target = view.target
    widgets: list[Json] = []
    if target is not None:
        who = target.name or target.email or "this interviewer"
        widgets.append(
            ck.decorated_text(
                f"<b>{cards.esc(who)}</b>",
                top_label="Note for",
                # Labels are card text too (a little HTML renders): escape the invite's words.
                bottom_label=cards.esc(", ".join(x for x in (target.job_title, target.email) if x))
                or None,
            )
        )
        where = ", ".join(
            x
            for x in (cards.when_text(target.start, target.end, view.tz), cards.esc(target.company))
            if x
        )
        widgets.append(
            ck.decorated_text(
                cards.esc(target.title or "Interview"), top_label="Interview", bottom_label=where
            )
        )
    elif view.recipients and view.problem:
        # The calendar could not be read: whether they interviewed you is unknown, not "no".
        widgets.append(ck.decorated_text(cards.esc(", ".join(view.recipients)), top_label="To"))
    elif view.recipients:
        widgets.append(
            ck.decorated_text(
                cards.esc(", ".join(view.recipients)),
                top_label="No interview found",
                bottom_label="Not an interviewer in your calendar (past 14 days, next 7)",
            )
        )
    else:
        widgets.append(
            cards.paragraph(
                "Add the interviewer to the To line and open RightNote again to get the note "
                "that fits them, or pick a note below."
            )
        )
    if view.others:
        widgets.append(
            cards.paragraph(
                "Also on this email and on your interview: "
                + cards.esc(", ".join(view.others))
                + ". Each interviewer should get a note of their own."
            )
        )
    if view.problem:
        widgets.append(cards.problem_widget(view.problem))
    return widgets


def _inputs(view: ComposeView) -> list[Json]:
    form, scenario = view.form, view.scenario
    topic_value = form.topic or (view.target.slot_topic if view.target else None)
    if scenario is Scenario.STAND_DOWN:
        return [cards.paragraph(cards.STAND_DOWN_EXPLAINED)]
    if scenario is Scenario.ASK_RECRUITER:
        return [
            cards.paragraph(
                "Asks the recruiter who you will meet, with their email "
                "addresses, before the interview day."
            )
        ]
    widgets = [
        ck.text_input(
            "topic", "What you talked about", value=topic_value, hint="e.g. the billing migration"
        )
    ]
    if scenario is Scenario.RECOVERY:
        widgets += [
            ck.text_input(
                "stumble",
                "What went wrong, as you saw it",
                value=form.stumble,
                hint="e.g. my answer on cache invalidation was wrong",
            ),
            ck.text_input(
                "what_happened",
                "What you think was happening",
                value=form.what_happened,
                hint="e.g. I answered the question I expected, not yours",
            ),
            ck.text_input(
                "restatement",
                "What you wanted them to hear",
                value=form.restatement,
                multiline=True,
            ),
        ]
    elif scenario is Scenario.FOLLOW_UP:
        picked = set(form.areas)
        items = [
            ck.choice(f"{q.label}: {q.text}", str(q.area), selected=q.area in picked)
            for q in suggest_questions(topic_value)
        ]
        widgets += [
            ck.selection_input(
                "questions",
                f"Questions to ask (at most {MAX_QUESTIONS} in all)",
                items,
                kind="CHECK_BOX",
            ),
            # Cards cannot copy text into a field: the hint says how to make a suggestion yours.
            ck.text_input(
                "question_1",
                "Or your own question",
                value=_nth(form.written, 0),
                hint="Reword a suggestion above here, or ask what you wondered about",
            ),
            ck.text_input(
                "question_2", "A second question of your own", value=_nth(form.written, 1)
            ),
        ]
    return widgets


def not_yet_status(waiting: NotYet) -> str:
    """ "Not yet: ..." (or "Under way: ..."): the suggestion while the interview has not ended."""
    status = "Under way" if waiting.phase == "under_way" else "Not yet"
    return f"{status}: no note until the interview has ended"


def not_yet_widgets(choice: ScenarioChoice) -> list[Json]:
    """The suggestion while the interview has not ended: the status, the note that follows and
    the reasons (when it is). Shared by the compose card and the Calendar event card."""
    assert choice.not_yet is not None
    after = SCENARIOS[choice.not_yet.after].label
    return [
        ck.decorated_text(
            f"<b>{not_yet_status(choice.not_yet)}</b>",
            top_label="Suggested",
            bottom_label=cards.esc(f"Then: {after}"),
        ),
        ck.text_paragraph(cards.esc(" ".join(choice.reasons))),
    ]


def _not_yet_widgets(view: ComposeView, on_change: Json) -> list[Json]:
    """The interview has not ended: when it is, the note that comes after it, and the list to
    pick a note anyway (its first item, selected, is "not yet")."""
    assert view.choice is not None and view.choice.not_yet is not None
    widgets = not_yet_widgets(view.choice)
    dropdown = cards.scenario_dropdown("scenario", None, on_change=on_change)
    items = dropdown["selectionInput"]["items"]
    items.insert(0, ck.choice("Not yet: after the interview", NOT_YET_VALUE, selected=True))
    widgets.append(dropdown)
    return widgets


def _nth(values: Sequence[str], index: int) -> str | None:
    return values[index] if len(values) > index else None


def compose_card(view: ComposeView, settings: Settings) -> Json:
    params = view.params()

    def act(name: str) -> Json:
        return ck.action(cards.action_url(settings, name), params)

    scenario = view.scenario
    note: list[Json] = []
    if view.waiting:
        note += _not_yet_widgets(view, act(REFRESH_ACTION))
    else:
        if view.choice is not None:
            note += cards.choice_widgets(view.choice)
        note.append(cards.scenario_dropdown("scenario", scenario, on_change=act(REFRESH_ACTION)))
        note.append(ck.text_paragraph(cards.esc(SCENARIOS[scenario].summary)))
        note += _inputs(view)
    line = send_by_line(view)
    if line:
        note.append(ck.decorated_text(cards.esc(line), top_label="Timing"))
    if scenario is Scenario.STAND_DOWN:
        buttons = [ck.button("Stand down", act(STAND_DOWN_ACTION), filled=True)]
    elif view.waiting:
        buttons = [ck.button("Check voice", act(CHECK_ACTION))]
    else:
        buttons = [
            ck.button("Insert draft", act(INSERT_ACTION), filled=True),
            ck.button("Check voice", act(CHECK_ACTION)),
        ]
    sections = [
        ck.section(*_who_widgets(view), header="Who it is for"),
        ck.section(*note, ck.button_list(*buttons), header="The note"),
    ]
    if view.voice is not None:
        sections.append(
            cards.findings_section(view.voice.report, view.voice.text, what=view.voice.what)
        )
    sections.append(
        ck.section(
            cards.paragraph(
                "RightNote cannot read your draft. Paste your own text here and press "
                "Check voice to check it for the note chosen above."
            ),
            ck.text_input("own_text", "Your text", value=view.form.own_text, multiline=True),
            header="Check your own words",
            collapsible=True,
            uncollapsible_widgets=1,
        )
    )
    return ck.card(*sections, header=cards.header("The right note, or none at all"), name="compose")


def with_voice(view: ComposeView, candidate_name: str | None) -> ComposeView:
    return replace(view, voice=voice_result(view, candidate_name))
