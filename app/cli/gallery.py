"""`rightnote gallery`: docs/drafts.md, every scenario's draft for a fixed set of inputs.

How a reviewer reads our writing without running anything: rich, minimal and hurried input,
panels, non-ASCII names; each case shows what was typed and the note as a person reads it. A test
regenerates the file and fails when the committed copy is stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import typer

from app.cli import app
from app.cli.output import fail
from app.playbook.drafting import compose_draft
from app.playbook.models import Details, DraftInput, InterviewTime, Person, RiskArea, Slot
from app.playbook.scenarios import Scenario
from app.playbook.timing import describe_send_by

DEFAULT_PATH = Path("docs/drafts.md")
# A fixed clock: the gallery must not change from one day to the next.
NOW = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
NY = "America/New_York"
ONSITE = InterviewTime(datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 15), NY)
CALL = InterviewTime(datetime(2026, 11, 24, 11), datetime(2026, 11, 24, 11, 45), NY)
BERLIN = InterviewTime(datetime(2026, 11, 24, 10), datetime(2026, 11, 24, 11), "Europe/Berlin")


@dataclass(frozen=True, slots=True)
class Case:
    title: str
    kind: str  # rich, minimal, hurried, panel ...
    inp: DraftInput


def _slot(title: str, hour: int, minute: int = 0) -> Slot:
    start = datetime(2026, 11, 24, hour, minute)
    return Slot(title, start, start + timedelta(minutes=45))


PRIYA = Person("Priya Raman", "priya@northwind.example", "Engineering Manager")
MAYA = Person("Maya Lin", "maya@northwind.example", "Co-founder & CEO")


def _panel() -> list[Case]:
    people = [
        (PRIYA, "Hiring Manager Chat", 9),
        (Person("José García", "jose@northwind.example", "Staff Engineer"), "System Design", 10),
        (Person("Dana Lee", "dana@northwind.example", "Senior Engineer"), "Coding", 11),
        (Person("Omar Haddad", "omar@northwind.example", "Product Designer"), "Lunch", 12),
        (MAYA, "Leadership", 14),
    ]
    cases = []
    for position, (person, slot, hour) in enumerate(people):
        scenario = Scenario.FOLLOW_UP if person is PRIYA else Scenario.GRATITUDE
        details = (
            Details(topic="the billing migration", risk_areas=(RiskArea.SCOPE, RiskArea.GOALS))
            if scenario is Scenario.FOLLOW_UP
            else Details(
                topic=["", "the shard rebalancer", "", "", "how the company started"][position]
                or None
            )
        )
        cases.append(
            Case(
                f"Northwind onsite, slot {position + 1}: {slot} with {person.name}",
                "panel",
                DraftInput(
                    scenario,
                    person,
                    "Sam Okafor",
                    "Northwind",
                    "Senior Backend Engineer",
                    ONSITE,
                    details,
                    slot=_slot(slot, hour),
                    panel_position=position,
                ),
            )
        )
    return cases


def cases() -> list[Case]:
    rec = Scenario.RECOVERY
    fu = Scenario.FOLLOW_UP
    gr = Scenario.GRATITUDE
    ask = Scenario.ASK_RECRUITER
    out = [
        Case(
            "Recovery, everything supplied",
            "rich",
            DraftInput(
                rec,
                PRIYA,
                "Sam Okafor",
                "Northwind",
                "Senior Backend Engineer",
                CALL,
                Details(
                    "the cache invalidation design",
                    "my answer about write-through caching was wrong",
                    "I answered the question I expected rather than the one you asked",
                    "for our read-heavy traffic I would invalidate on write and keep TTLs short",
                ),
            ),
        ),
        Case(
            "Recovery typed in a hurry",
            "hurried",
            DraftInput(
                rec,
                Person("dana lee", "dana@contoso.example", "Senior Engineer"),
                "Sam",
                "Contoso",
                None,
                CALL,
                Details(
                    "the sharding question",
                    "i think I said we'd shard by user id??",
                    "I think I was rushing",
                    "What I meant to say is this: What I meant to say is we shard by tenant.",
                ),
            ),
        ),
        Case(
            "Recovery with hedges and shouting",
            "hurried",
            DraftInput(
                rec,
                Person("Kenji Watanabe", None, "Principal Engineer"),
                "Lena Fischer",
                "Fabrikam",
                "Platform Engineer",
                BERLIN,
                Details(
                    "Kafka consumer lag",
                    "maybe I blanked on the the retry question!!",
                    "honestly I was nervous",
                    "I meant to say: retries go to a dead-letter topic after three tries",
                ),
            ),
        ),
        Case(
            "Recovery, only the stumble flagged",
            "minimal",
            DraftInput(rec, Person("Ava Brooks"), details=Details(stumble="")),
        ),
        Case(
            "Recovery with a debrief time and questions it will not use",
            "rich",
            DraftInput(
                rec,
                Person("Zoë Ødegård", "zoe@example.no", "Director of Data"),
                "Björn Ångström",
                "Equinor",
                "Data Engineer",
                BERLIN,
                Details(
                    "the ingestion estimate",
                    "my estimate for the rollout was off by a factor of two",
                    "I rushed to a number before asking about the data volume",
                    "I would size it from the ingest rate first, then plan the rollout",
                    questions=("What happens after the pilot?",),
                    debrief_at=datetime(2026, 11, 24, 16, tzinfo=UTC),
                ),
            ),
        ),
        Case(
            "Follow-up with two risk areas",
            "rich",
            DraftInput(
                fu,
                PRIYA,
                "Sam Okafor",
                "Northwind",
                "Senior Backend Engineer",
                CALL,
                Details(
                    topic="the billing migration", risk_areas=(RiskArea.FUNDING, RiskArea.SCOPE)
                ),
            ),
        ),
        Case(
            "Follow-up with the candidate's own questions",
            "rich",
            DraftInput(
                fu,
                Person("Ngozi Okonjo", "ngozi@tailspin.example", "Head of Payments"),
                "Ana Müller",
                "Tailspin",
                "Payments Engineer",
                CALL,
                Details(
                    topic="Scaling the ledger service",
                    questions=(
                        "How will we know the ledger migration worked",
                        "who owns the rollback plan??",
                    ),
                ),
            ),
        ),
        Case(
            "Follow-up, topic only: one placeholder question and suggestions",
            "minimal",
            DraftInput(fu, PRIYA, "Sam Okafor", details=Details(topic="Kubernetes upgrades")),
        ),
        Case(
            "Follow-up, acronym topic, one own question and one risk area",
            "rich",
            DraftInput(
                fu,
                Person("Raman, Priya", None, "VP Engineering"),
                "Sam Okafor",
                "Litware",
                None,
                CALL,
                Details(
                    topic="GDPR",
                    questions=("What would the first 90 days look like?",),
                    risk_areas=(RiskArea.TEAM,),
                ),
            ),
        ),
        Case(
            "Follow-up, nothing supplied",
            "minimal",
            DraftInput(fu, Person()),
        ),
        Case(
            "Follow-up given a stumble it does not use",
            "messy",
            DraftInput(
                fu,
                PRIYA,
                "Sam Okafor",
                "Northwind",
                None,
                CALL,
                Details(
                    topic="the data platform",
                    stumble="I fumbled the SQL question",
                    risk_areas=(RiskArea.GROWTH,),
                ),
            ),
        ),
        Case(
            "Follow-up, company typed as a domain",
            "messy",
            DraftInput(
                fu,
                Person("Lee Chen", "lee@northwindhealth.com", "Engineering Manager"),
                "Sam Okafor",
                "northwindhealth.com",
                "Staff Data Engineer",
                CALL,
                Details(topic="the claims pipeline", risk_areas=(RiskArea.GOALS,)),
            ),
        ),
        Case(
            "Gratitude from a calendar invite that named the company only by its address",
            "messy",
            DraftInput(
                gr,
                Person("Dana Lee", "dana.lee@acmecorp.com", "Senior Engineer"),
                "Sam Okafor",
                "Acmecorp",
                "Backend Engineer",
                CALL,
                Details(topic="how the team runs design reviews"),
                company_source="domain",
            ),
        ),
        Case(
            "Follow-up, outsider voice in the topic",
            "messy",
            DraftInput(
                fu,
                PRIYA,
                "Sam Okafor",
                "Northwind",
                "Senior Backend Engineer",
                CALL,
                Details(topic="your roadmap for the API", risk_areas=(RiskArea.FUNDING,)),
            ),
        ),
        Case(
            "Gratitude to a founder",
            "rich",
            DraftInput(
                gr,
                MAYA,
                "Sam Okafor",
                "Northwind",
                "Senior Backend Engineer",
                CALL,
                Details(topic="how the company started in a garage in Oslo"),
            ),
        ),
        Case(
            "Gratitude given a question it will not ask",
            "messy",
            DraftInput(
                gr,
                Person("Dr. José García", None, "CTO"),
                "Sam Okafor",
                "Contoso",
                None,
                CALL,
                Details(topic="the platform rewrite", questions=("When do we start?",)),
            ),
        ),
        Case(
            "Gratitude, minimal",
            "minimal",
            DraftInput(gr, Person("Li Wei")),
        ),
        Case(
            "Gratitude, non-ASCII names everywhere",
            "rich",
            DraftInput(
                gr,
                Person("Søren Kierkegaard-Ødegård", None, "Staff Engineer"),
                "Łukasz Żółć",
                "Ørsted",
                "Site Reliability Engineer",
                BERLIN,
                Details(topic="the on-call rotation"),
            ),
        ),
        Case(
            "Gratitude to a peer, no company or position",
            "minimal",
            DraftInput(
                gr,
                Person("Amara Nwosu", None, "Senior Software Engineer"),
                "Sam",
                details=Details(topic="the design system"),
            ),
        ),
        Case(
            "Ask the recruiter who you will meet",
            "rich",
            DraftInput(
                ask,
                Person("Jordan Blake", "jordan@northwind.example", "Recruiting Coordinator"),
                "Sam Okafor",
                "Northwind",
                "Senior Backend Engineer",
                InterviewTime(datetime(2026, 11, 27, 9), datetime(2026, 11, 27, 15), NY),
            ),
        ),
        Case(
            "Ask the recruiter, no date or name",
            "minimal",
            DraftInput(ask, Person(), details=Details(topic="ignored topic")),
        ),
    ]
    out += _panel()
    # A Berlin panel in the gratitude scenario, no slot titles: openings still differ.
    for position, name in enumerate(["Anna Schmidt", "Jürgen Weiß", "Fatma Yılmaz"]):
        out.append(
            Case(
                f"Berlin panel without slot titles, interviewer {position + 1}: {name}",
                "panel",
                DraftInput(
                    gr,
                    Person(name, None, "Software Engineer"),
                    "Lena Fischer",
                    "Fabrikam",
                    "Platform Engineer",
                    BERLIN,
                    Details(topic=["the build farm", "flaky tests", "the release train"][position]),
                    panel_position=position,
                ),
            )
        )
    # Recovery variants: the same stumble phrased as people type it.
    for typed in (
        "was nervous and rambled",
        "I'm bad at whiteboard questions",
        "so basically I misread the question",
        "Looking back, I jumped to a solution...",
    ):
        out.append(
            Case(
                f"Recovery cause typed as “{typed}”",
                "hurried",
                DraftInput(
                    rec,
                    Person("Dana Lee", "dana@contoso.example", "Senior Engineer"),
                    "Sam Okafor",
                    "Contoso",
                    "Backend Engineer",
                    CALL,
                    Details(
                        "the rate limiter",
                        "my token-bucket answer was off",
                        typed,
                        "I would keep one bucket per tenant and refill it every second",
                    ),
                ),
            )
        )
    return out


_FIELDS = (
    ("topic", "topic"),
    ("stumble", "what went wrong"),
    ("what_happened", "what was happening"),
    ("restatement", "the point"),
)


def _input_lines(case: Case) -> list[str]:
    inp = case.inp
    p = inp.interviewer
    lines = [f"- scenario: `{inp.scenario}`"]
    who = ", ".join(x for x in (p.name, p.title, p.email) if x)
    lines.append(f"- interviewer: {who or '(nothing)'}")
    for label, value in (
        ("candidate", inp.candidate_name),
        ("company", inp.company),
        ("position", inp.position),
    ):
        if value:
            source = " (from the address's domain)" if label == "company" else ""
            source = source if inp.company_source == "domain" else ""
            lines.append(f"- {label}: {value}{source}")
    if inp.interview.start:
        lines.append(
            f"- interview: {inp.interview.start:%Y-%m-%d %H:%M}"
            + (f"–{inp.interview.end:%H:%M}" if inp.interview.end else "")
            + f" ({inp.interview.timezone or 'UTC'})"
        )
    if inp.slot:
        when = f" at {inp.slot.start:%H:%M}" if inp.slot.start else ""
        lines.append(f"- their slot: {inp.slot.title}{when}; panel position {inp.panel_position}")
    d = inp.details
    for attr, label in _FIELDS:
        value = getattr(d, attr)
        if value is not None:
            lines.append(f"- {label}: “{value}”" if value else f"- {label}: (flagged, no text)")
    for q in d.questions:
        lines.append(f"- own question: “{q}”")
    if d.risk_areas:
        lines.append("- risk areas: " + ", ".join(str(a) for a in d.risk_areas))
    if d.debrief_at:
        lines.append(f"- debrief: {d.debrief_at:%Y-%m-%d %H:%M} UTC")
    return lines


def render() -> str:
    """The whole gallery as Markdown; the same every time for the same code."""
    all_cases = cases()
    out = [
        "# Drafts gallery",
        "",
        "Generated by `rightnote gallery` from the fixed inputs in `app/cli/gallery.py`; do not "
        "edit by hand (a test fails when this file is stale). Each case shows what was typed "
        "and the note as the candidate would read it, with the voice check's verdict. The "
        f"clock is fixed at {NOW:%Y-%m-%d %H:%M} UTC.",
        "",
        f"{len(all_cases)} cases.",
        "",
    ]
    for number, case in enumerate(all_cases, 1):
        draft = compose_draft(case.inp, now=NOW)
        out += [f"## {number}. {case.title}", "", f"*{case.kind}*", "", *_input_lines(case), ""]
        out += ["```text", f"To: {draft.to or '(empty)'}", f"Subject: {draft.subject}", ""]
        out += [draft.text.rstrip("\n"), "```", ""]
        findings = ", ".join(f"`{f.code}`" for f in draft.voice.findings)
        out.append(f"- voice: **{draft.voice.verdict}**" + (f" ({findings})" if findings else ""))
        note = describe_send_by(draft.scenario, draft.send_by, NOW)
        if note:
            out.append(f"- {note}")
        if draft.placeholders:
            out.append("- fill in: " + ", ".join(f"`{p}`" for p in draft.placeholders))
        for left in draft.ignored:
            out.append(f"- not used: `{left.field}` ({left.why})")
        if draft.suggestions:
            out.append("- questions offered to pick and edit:")
            out += [f"  - {s.label}: {s.text}" for s in draft.suggestions]
        out.append("")
    return "\n".join(out)


@app.command()
def gallery(
    output: Path = typer.Option(DEFAULT_PATH, "--output", "-o", help="Where to write it."),
    check: bool = typer.Option(False, "--check", help="Fail if the file is not up to date."),
) -> None:
    """Write docs/drafts.md: the drafts for a fixed set of inputs, every scenario."""
    text = render()
    if check:
        if not output.is_file():
            fail(f"{output} does not exist (run from the repository root, or pass --output)")
        if output.read_text(encoding="utf-8") != text:
            fail(f"{output} is stale: run `rightnote gallery` and commit it", code=1)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        where = "run from the repository root, or pass --output"
        fail(f"cannot write {output}: {exc.strerror} ({where})")
    typer.echo(f"wrote {output} ({len(cases())} cases)")
