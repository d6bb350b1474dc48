"""No false alarms: calm, well-made notes across the scenarios get `send` from the voice check."""

from __future__ import annotations

import pytest

from app.playbook.models import Verdict
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

RECOVERY_NOTES = [
    """Hi Priya,

Thank you for the interview this afternoon.

When we discussed cache invalidation, I described a write-through design for a workload that is \
mostly reads. Looking back, I answered the question I expected instead of the one you asked. \
That was on me.

What I meant to say is this: for read-heavy traffic I would invalidate on write and keep TTLs \
short, so stale reads stay rare without slowing every write.

Best regards,
Sam
""",
    # Curly apostrophes, as Gmail and Outlook type them.
    """Hello Marcus,

Thanks for taking the time to walk through the incident scenario with me today.

When you asked how I would roll back the failed migration, I went straight to restoring from \
backup and skipped the feature-flag option. I think I was focused on the data and lost sight \
of the users. I should have asked how long an outage we could live with before choosing.

To put it more clearly: I’d turn the flag off first, confirm traffic has recovered, and only \
then decide whether a restore is needed.

Regards,
Lena
""",
    """Dear Ana,

Thank you for the conversation about the pricing model yesterday.

When we got to the churn estimate, I quoted a monthly figure as if it were annual. I was \
moving too fast and did not check the units. The mistake is mine.

The point I wanted to make is that 2% monthly churn compounds to roughly 22% a year, which \
changes how much the onboarding work is worth.

Kind regards,
Tom
""",
    """Hi Dana,

I appreciated the time you spent with me on the API design exercise.

Near the end, when we talked about versioning, I came across as defensive about breaking \
changes. I think I heard the question as a criticism of my last project. I take full \
responsibility for how that landed.

What I wanted to get across is that I am glad to version an API in the path, and that I would \
rather give clients a clear deprecation window than freeze the design.

Thank you again,
Ravi
""",
]

FOLLOW_UP_NOTES = [
    """Hi Dana,

Thank you for the conversation this afternoon about the payments migration. I enjoyed hearing \
how the team cut settlement time in half last quarter, and I keep thinking about how we would \
handle the cut-over for the largest merchants.

Two questions stayed with me. If the Series C takes longer than planned, what gives first: the \
migration timeline or the hiring plan? And how much of the reconciliation work would this role \
own outright?

Thanks again,
Sam Okafor
""",
    """Hi Grace,

Thank you for the time on Tuesday and for the candid view of the mobile rewrite.

You said the goal is to ship the new checkout by March. If we reach March with only the \
payment step rebuilt, what happens to the rest of the plan?

I’m looking forward to the next step.

Best,
Omar
""",
    """Hi Joel,

Thanks for walking me through the data platform and the reasoning behind moving off the \
nightly batch jobs. I left thinking about how we would backfill two years of events without \
pausing reporting.

One question has stayed with me: how has the group changed over the past year, and what has \
kept people on it?

Thanks again,
Mia
""",
    # The question is asked without a question mark: still a follow-up with a question.
    """Hi Farah,

Thank you for the conversation about the search relevance work. It was useful to hear where \
the ranking model falls short today.

I’m curious how we would measure success in the first quarter, given that the click data is \
still noisy.

All the best,
Noor
""",
]

GRATITUDE_NOTES = [
    """Hi Maya,

Thank you for taking the time to talk with me today. I enjoyed hearing how the company started \
in a garage in Oslo and how that still shapes the way we build for small shops. I am excited \
about the chance to work together.

Best,
Sam
""",
    """Dear Mr. Okoye,

Thank you for the conversation this morning. I appreciated your perspective on building a sales \
team in a new market, and I enjoyed hearing about the first customers in Lagos. I look forward \
to the chance to work together.

With thanks,
Priya
""",
    """Hi Dev,

Thanks for the chat after the panel. It was good to hear how the platform group grew from three \
people to twelve, and what you learned along the way. I’m glad we met, and I hope we get to \
work together soon.

All the best,
Kim
""",
]

ASK_RECRUITER_NOTES = [
    """Hi Jordan,

Thank you for setting up my interviews for the Senior Backend Engineer role on Tuesday, \
November 24.

So I can prepare, could you send me the names and email addresses of the people I will be \
meeting?

Thanks,
Sam
""",
    """Hello Priscilla,

Thanks for confirming the onsite for Friday. The invite lists four sessions but not who leads \
them. Could you share the interviewers’ names and email addresses? I’d like to read up on their \
work before the day.

Best regards,
Alex
""",
]

CASES = (
    [(Scenario.RECOVERY, note) for note in RECOVERY_NOTES]
    + [(Scenario.FOLLOW_UP, note) for note in FOLLOW_UP_NOTES]
    + [(Scenario.GRATITUDE, note) for note in GRATITUDE_NOTES]
    + [(Scenario.ASK_RECRUITER, note) for note in ASK_RECRUITER_NOTES]
)


@pytest.mark.parametrize(("scenario", "note"), CASES)
def test_calm_note_gets_send(scenario: Scenario, note: str) -> None:
    report = check_voice(note, scenario)
    assert report.findings == (), [(f.code, note[f.start : f.end]) for f in report.findings]
    assert report.verdict is Verdict.SEND


def test_there_are_at_least_ten_calm_notes() -> None:
    assert len(CASES) >= 10


def test_calm_recovery_stays_send_before_its_send_by() -> None:
    from datetime import UTC, datetime

    report = check_voice(
        RECOVERY_NOTES[0],
        Scenario.RECOVERY,
        send_by=datetime(2026, 11, 24, 23, tzinfo=UTC),
        now=datetime(2026, 11, 24, 20, tzinfo=UTC),
    )
    assert report.verdict is Verdict.SEND


def test_stand_down_text_is_only_checked_for_universal_findings() -> None:
    # A withdrawal note: "your team" is right here, and no question or thanks is required.
    note = "Hi Jordan, I accepted another offer and will withdraw. Good luck with your roadmap."
    assert check_voice(note, Scenario.STAND_DOWN).verdict is Verdict.SEND
