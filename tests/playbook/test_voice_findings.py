"""Each finding code of PLAYBOOK §5, caught in realistic phrasings, with its span and severity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.playbook.models import FindingCode, Severity, Verdict
from app.playbook.scenarios import SCENARIOS, Scenario
from app.playbook.voice import check_voice

C = FindingCode
HOLD, REVISE = Severity.HOLD, Severity.REVISE


def recovery(middle: str) -> str:
    """A recovery note that is otherwise complete: thanks, ownership, restatement."""
    return (
        "Hi Priya,\n\nThank you for the interview today. When we discussed caching, I described "
        f"the wrong design. {middle} That was on me.\n\nWhat I meant to say is that I would "
        "invalidate on write and keep TTLs short.\n\nBest,\nSam\n"
    )


def follow_up(middle: str) -> str:
    return (
        "Hi Grace,\n\nThank you for the conversation about the mobile rewrite. "
        f"{middle}\n\nIf the March date slips, what happens to the checkout work?\n\nBest,\nOmar\n"
    )


def gratitude(middle: str) -> str:
    return (
        f"Hi Maya,\n\nThank you for taking the time to talk with me today. {middle}\n\nBest,\nSam\n"
    )


def found(text: str, scenario: Scenario, code: FindingCode, **kw: object) -> list[str]:
    report = check_voice(text, scenario, **kw)  # type: ignore[arg-type]
    return [text[f.start : f.end] for f in report.findings if f.code is code]


def severities(text: str, scenario: Scenario, code: FindingCode) -> set[Severity]:
    return {f.severity for f in check_voice(text, scenario).findings if f.code is code}


def codes(text: str, scenario: Scenario, **kw: object) -> set[FindingCode]:
    return {f.code for f in check_voice(text, scenario, **kw).findings}  # type: ignore[arg-type]


# --- anxious_apology -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("I'm so sorry about the rambling answer.", "so sorry"),
        ("I am truly sorry that my answer went off track.", "truly sorry"),
        ("I’m deeply, deeply sorry.", "deeply, deeply sorry"),
        ("I apologize again for the confusion.", "I apologize again"),
        ("I sincerely apologize for the way I handled it.", "sincerely apologize"),
        ("Please accept my sincere apologies for the muddled answer.", "my sincere apologies"),
        ("I can't apologize enough for how that went.", "can't apologize enough"),
        ("Sorry again for taking so long.", "Sorry again"),
        ("Please forgive me.", "Please forgive me"),
    ],
)
def test_intensified_apology(phrase: str, span: str) -> None:
    assert found(recovery(phrase), Scenario.RECOVERY, C.ANXIOUS_APOLOGY) == [span]
    assert severities(recovery(phrase), Scenario.RECOVERY, C.ANXIOUS_APOLOGY) == {HOLD}
    assert severities(follow_up(phrase), Scenario.FOLLOW_UP, C.ANXIOUS_APOLOGY) == {REVISE}


def test_repeated_plain_apologies_flag_each_repeat() -> None:
    note = recovery("Sorry for the confusion. My apologies for the long answer. Forgive me.")
    assert found(note, Scenario.RECOVERY, C.ANXIOUS_APOLOGY) == ["apologies", "Forgive me"]
    assert check_voice(note, Scenario.RECOVERY).verdict is Verdict.HOLD


def test_one_plain_apology_is_fine() -> None:
    assert found(recovery("Sorry for the confusion."), Scenario.RECOVERY, C.ANXIOUS_APOLOGY) == []
    # Sympathy is not an apology.
    note = follow_up("I was sorry to hear the launch slipped.")
    assert found(note, Scenario.FOLLOW_UP, C.ANXIOUS_APOLOGY) == []


# --- pleading ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("Please give me another chance.", "Please give me another chance"),
        ("I really need this job.", "I really need this job"),
        ("I really, really need this role.", "I really, really need this role"),
        ("I'm begging you to look again.", "I'm begging"),
        ("Please reconsider my application.", "Please reconsider"),
        ("I would love one more chance.", "one more chance"),
        ("I'm desperate to join the team.", "desperate"),
        ("It would mean the world to me to join.", "It would mean the world to me"),
        ("I'll do anything to make this right.", "I'll do anything"),
        ("This is my last chance.", "my last chance"),
        ("I want this job so badly.", "want this job so badly"),
    ],
)
def test_pleading_is_hold_everywhere(phrase: str, span: str) -> None:
    for scenario, note in (
        (Scenario.RECOVERY, recovery(phrase)),
        (Scenario.GRATITUDE, gratitude(phrase)),
        (Scenario.FOLLOW_UP, follow_up(phrase)),
    ):
        assert found(note, scenario, C.PLEADING) == [span]
        assert severities(note, scenario, C.PLEADING) == {HOLD}
        assert check_voice(note, scenario).verdict is Verdict.HOLD


def test_not_pleading() -> None:
    note = follow_up(
        "I'd welcome another chance to talk through the design. The team is in "
        "desperate need of a faster build."
    )
    assert found(note, Scenario.FOLLOW_UP, C.PLEADING) == []


# --- self_deprecation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("I'm an idiot when it comes to SQL.", "I'm an idiot"),
        ("I'm terrible at whiteboard questions.", "I'm terrible at"),
        ("I'm so stupid, I froze.", "I'm so stupid"),
        ("I blew it on the estimate.", "I blew it"),
        ("I'm bad at thinking on my feet.", "I'm bad at"),
        ("I’m hopeless at mental arithmetic.", "I’m hopeless at"),
        ("What a fool I was to skip the math.", "What a fool"),
        ("I felt like a complete fool afterwards.", "I felt like a complete fool"),
        ("I made a fool of myself.", "I made a fool of myself"),
        ("I feel terrible about the last question.", "I feel terrible"),
        ("It was a stupid mistake.", "stupid mistake"),
    ],
)
def test_self_deprecation(phrase: str, span: str) -> None:
    assert found(recovery(phrase), Scenario.RECOVERY, C.SELF_DEPRECATION) == [span]
    assert severities(recovery(phrase), Scenario.RECOVERY, C.SELF_DEPRECATION) == {HOLD}
    assert severities(follow_up(phrase), Scenario.FOLLOW_UP, C.SELF_DEPRECATION) == {REVISE}


# --- blame_shift ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("Your question was unclear, so I answered another.", "Your question was unclear"),
        ("The question was a bit confusing.", "The question was a bit confusing"),
        ("You didn't give me enough time to finish.", "You didn't give me enough time"),
        ("You interrupted me before I could explain.", "You interrupted me"),
        ("You kept cutting me off.", "You kept cutting me off"),
        ("The audio was really choppy on my end.", "The audio was really choppy"),
        ("The connection was bad at the start.", "The connection was bad"),
        ("The format was unfair to people who don't whiteboard.", "The format was unfair"),
        ("If you had explained the constraints, I would have said so.", "If you had explained"),
        ("It wasn't clear what you were asking.", "It wasn't clear what you were asking"),
        ("Honestly, it was not my fault.", "not my fault"),
    ],
)
def test_blame_shift(phrase: str, span: str) -> None:
    assert found(recovery(phrase), Scenario.RECOVERY, C.BLAME_SHIFT) == [span]
    assert severities(recovery(phrase), Scenario.RECOVERY, C.BLAME_SHIFT) == {HOLD}
    assert severities(gratitude(phrase), Scenario.GRATITUDE, C.BLAME_SHIFT) == {REVISE}


# --- intensity -----------------------------------------------------------------------------


def test_exclamation_marks_each_run() -> None:
    note = gratitude("I enjoyed it! Truly!!! What a day?!")
    report = check_voice(note, Scenario.GRATITUDE)
    marks = [f for f in report.findings if f.code is C.INTENSITY]
    assert [note[f.start : f.end] for f in marks] == ["!", "!!!", "!"]
    assert [f.suggestion for f in marks] == [".", ".", ""]
    assert {f.severity for f in marks} == {REVISE}
    assert report.metrics.exclamation_marks == 5


@pytest.mark.parametrize(
    ("phrase", "span", "suggestion"),
    [
        ("I am SO excited about the role.", "SO", "so"),
        ("I REALLY enjoyed the session.", "REALLY", "really"),
        ("THANK YOU for the tour.", "THANK YOU", "Thank you"),
        ("I LOVE what the team built.", "LOVE", "love"),
        ("I LOVE AWS SO MUCH.", "I LOVE AWS SO MUCH", "I love AWS so much"),
        ("I AM SO EXCITED ABOUT THIS.", "I AM SO EXCITED ABOUT THIS", "I am so excited about this"),
        ("It was AMAZING to see.", "AMAZING", "amazing"),
        ("The NVIDIA team is REALLY good.", "REALLY", "really"),
    ],
)
def test_capitals_as_shouting(phrase: str, span: str, suggestion: str) -> None:
    note = gratitude(phrase)
    report = check_voice(note, Scenario.GRATITUDE)
    caps = [f for f in report.findings if f.code is C.INTENSITY]
    assert [(note[f.start : f.end], f.suggestion) for f in caps] == [(span, suggestion)]


def test_acronyms_and_brands_are_not_shouting() -> None:
    note = gratitude(
        "I enjoyed hearing how the CEO and CTO plan the move from AWS to GCP, how the SQL API "
        "serves NVIDIA GPUs, and how the SVP GTM EMEA team works."
    )
    assert found(note, Scenario.GRATITUDE, C.INTENSITY) == []


@pytest.mark.parametrize(
    ("phrase", "span", "suggestion"),
    [
        ("I really really enjoyed it.", "really really", "really"),
        ("Thank you so very much.", "so very", "very"),
        ("I was extremely incredibly impressed.", "extremely incredibly", "incredibly"),
        ("It was super super useful.", "super super", "super"),
        ("Thank you so, so much.", "so, so", "so"),
        ("I was very, very impressed.", "very, very", "very"),
    ],
)
def test_stacked_intensifiers(phrase: str, span: str, suggestion: str) -> None:
    note = gratitude(phrase)
    hits = [f for f in check_voice(note, Scenario.GRATITUDE).findings if f.code is C.INTENSITY]
    assert [(note[f.start : f.end], f.suggestion) for f in hits] == [(span, suggestion)]


def test_stretched_words_but_not_roman_numerals_or_urls() -> None:
    note = gratitude("It was sooo good to meet. Part III of the plan is on www.example.com.")
    assert found(note, Scenario.GRATITUDE, C.INTENSITY) == ["sooo"]


def test_one_intensifier_and_a_conjunction_are_fine() -> None:
    note = gratitude("Thank you so much. It ran late, so really I only caught the end.")
    assert found(note, Scenario.GRATITUDE, C.INTENSITY) == []


# --- hedging -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("I just wanted to maybe ask about scope.", "just wanted to maybe"),
        ("I was kind of wondering if perhaps we could talk.", "kind of wondering if perhaps"),
        ("I guess maybe the timeline is tight.", "I guess maybe"),
        ("I think perhaps the plan is risky.", "I think perhaps"),
        ("I sort of think the plan is risky.", "sort of"),
        ("It is kind of a big change.", "kind of"),
        ("I hope it's ok that I'm writing.", "I hope it's ok"),
        ("We could meet Thursday, if that's alright with you.", "if that's alright with you"),
        ("I hope I'm not overstepping.", "I hope I'm not overstepping"),
    ],
)
def test_hedging(phrase: str, span: str) -> None:
    note = follow_up(phrase)
    assert found(note, Scenario.FOLLOW_UP, C.HEDGING) == [span]
    assert severities(note, Scenario.FOLLOW_UP, C.HEDGING) == {REVISE}


def test_single_hedge_and_noun_kind_are_fine() -> None:
    note = follow_up(
        "I think the plan is sound. What kind of team do we need for it? "
        "I just wanted to say the demo was clear."
    )
    assert found(note, Scenario.FOLLOW_UP, C.HEDGING) == []


# --- outsider_voice ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "span", "suggestion"),
    [
        ("I'm excited to see your product grow.", "your product", "our product"),
        ("Your roadmap is ambitious.", "Your roadmap", "Our roadmap"),
        ("I like your new platform.", "your new platform", "our new platform"),
        ("I admire your team's approach.", "your team's", "our team's"),
        ("I want to help your customers.", "your customers", "our customers"),
        ("It fits your Q3 launch.", "your Q3 launch", "our Q3 launch"),
        ("It matters when you ship the API.", "when you ship", "when we ship"),
        ("It matters as you scale the team.", "as you scale", "as we scale"),
        (
            "It matters once you’re launching in Europe.",
            "once you’re launching",
            "once we’re launching",
        ),
        ("I'd love to help you scale.", "help you scale", "help us scale"),
    ],
)
def test_outsider_voice(phrase: str, span: str, suggestion: str) -> None:
    note = gratitude(phrase)
    hits = [f for f in check_voice(note, Scenario.GRATITUDE).findings if f.code is C.OUTSIDER_VOICE]
    assert [(note[f.start : f.end], f.suggestion, f.severity) for f in hits] == [
        (span, suggestion, REVISE)
    ]


def test_thanks_stays_you() -> None:
    note = (
        "Hi Joel,\n\nThank you for your time and your insight. Thanks for walking me through "
        "your roadmap and your platform plans. I appreciated your perspective on hiring.\n\n"
        "Best,\nMia"
    )
    assert found(note, Scenario.GRATITUDE, C.OUTSIDER_VOICE) == []


def test_a_new_clause_after_the_thanks_is_checked() -> None:
    note = gratitude("Thanks for the walkthrough, and I'm excited to see your product grow.")
    assert found(note, Scenario.GRATITUDE, C.OUTSIDER_VOICE) == ["your product"]


def test_outsider_voice_is_not_checked_for_the_recruiter_or_a_stand_down() -> None:
    text = "Thank you. Could you send me the names of the people on your team I will meet?"
    assert C.OUTSIDER_VOICE not in codes(text, Scenario.ASK_RECRUITER)
    assert C.OUTSIDER_VOICE not in codes(text, Scenario.STAND_DOWN)


# --- questions -----------------------------------------------------------------------------


def test_too_many_questions_points_at_each_extra_question() -> None:
    note = (
        "Thank you for the conversation. What is the runway? What happens if the round slips? "
        "Who owns the rollout? How big is the team?"
    )
    report = check_voice(note, Scenario.FOLLOW_UP)
    hits = [f for f in report.findings if f.code is C.TOO_MANY_QUESTIONS]
    assert [note[f.start : f.end] for f in hits] == [
        "Who owns the rollout?",
        "How big is the team?",
    ]
    assert {f.severity for f in hits} == {REVISE}
    assert "Question 3 of 4" in hits[0].message and "Question 4 of 4" in hits[1].message
    assert report.metrics.questions == 4


def test_two_questions_are_fine_and_the_recruiter_may_ask_them() -> None:
    note = (
        "Thanks for setting up Thursday. Could you send me the names of the interviewers? "
        "Is the session on site?"
    )
    assert check_voice(note, Scenario.ASK_RECRUITER).verdict is Verdict.SEND
    three = note + " Is there parking?"
    assert found(three, Scenario.ASK_RECRUITER, C.TOO_MANY_QUESTIONS) == ["Is there parking?"]


def test_missing_question_in_a_follow_up() -> None:
    note = "Hi Grace,\n\nThank you for the conversation about the mobile rewrite.\n\nBest,\nOmar"
    report = check_voice(note, Scenario.FOLLOW_UP)
    hits = [f for f in report.findings if f.code is C.MISSING_QUESTION]
    assert [(f.start, f.end, f.severity) for f in hits] == [(0, len(note), REVISE)]
    # Other scenarios do not need a question.
    assert C.MISSING_QUESTION not in codes(note, Scenario.GRATITUDE)


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("Could you send me the deck you mentioned?", "Could you send me the deck you mentioned?"),
        ("What's next for the Oslo office?", "What's next for the Oslo office?"),
        ("Let me know if you need anything else.", "Let me know"),
        ("Would you be open to a coffee next week.", "Would you be open"),
        ("Can we set up a call with the team.", "Can we set up"),
        ("Please send me the slides.", "Please send"),
        ("I'd love to hear more about the Oslo office.", "I'd love to hear more"),
    ],
)
def test_question_or_ask_in_gratitude(phrase: str, span: str) -> None:
    note = gratitude(phrase)
    assert found(note, Scenario.GRATITUDE, C.QUESTION_IN_GRATITUDE) == [span]
    assert severities(note, Scenario.GRATITUDE, C.QUESTION_IN_GRATITUDE) == {REVISE}


# --- too_long ------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", [s for s in Scenario if SCENARIOS[s].max_words])
def test_too_long_is_measured_against_the_scenario_budget(scenario: Scenario) -> None:
    limit = SCENARIOS[scenario].max_words
    assert limit is not None
    at_limit = "Thanks. " + " ".join(["word"] * (limit - 1))
    over = at_limit + " more"
    assert C.TOO_LONG not in codes(at_limit, scenario)
    hits = [f for f in check_voice(over, scenario).findings if f.code is C.TOO_LONG]
    assert [(f.start, f.end, f.severity) for f in hits] == [(0, len(over), REVISE)]
    assert f"{limit + 1} words" in hits[0].message


def test_stand_down_has_no_length_budget() -> None:
    assert C.TOO_LONG not in codes(" ".join(["word"] * 500), Scenario.STAND_DOWN)


# --- mixed_objective -----------------------------------------------------------------------


def test_recovery_plus_questions_is_mixed() -> None:
    note = recovery("Also, how much runway does the company have?")
    assert found(note, Scenario.RECOVERY, C.MIXED_OBJECTIVE) == [
        "Also, how much runway does the company have?"
    ]
    curious = recovery("I'd love to hear more about the funding plans.")
    assert found(curious, Scenario.RECOVERY, C.MIXED_OBJECTIVE) == ["I'd love to hear more about"]
    assert severities(curious, Scenario.RECOVERY, C.MIXED_OBJECTIVE) == {REVISE}


@pytest.mark.parametrize(
    ("phrase", "spans"),
    [
        ("I misspoke about the churn numbers.", ["I misspoke"]),
        ("That was on me.", ["That was on me"]),
        ("I want to correct my answer on sharding.", ["correct my answer"]),
        ("What I meant to say is that we shard by tenant.", ["What I meant to say"]),
        ("I got the estimate wrong.", ["I got the estimate wrong"]),
    ],
)
def test_repair_language_outside_recovery_is_mixed(phrase: str, spans: list[str]) -> None:
    assert found(follow_up(phrase), Scenario.FOLLOW_UP, C.MIXED_OBJECTIVE) == spans
    assert found(gratitude(phrase), Scenario.GRATITUDE, C.MIXED_OBJECTIVE) == spans


# --- missing_thanks / missing_blame / missing_restatement --------------------------------


@pytest.mark.parametrize(
    "scenario",
    [Scenario.RECOVERY, Scenario.FOLLOW_UP, Scenario.GRATITUDE, Scenario.ASK_RECRUITER],
)
def test_missing_thanks(scenario: Scenario) -> None:
    note = "Hi Sam,\n\nI wanted to follow up on our conversation about the billing work.\n\nAna"
    hits = [f for f in check_voice(note, scenario).findings if f.code is C.MISSING_THANKS]
    assert [(f.start, f.end, f.severity) for f in hits] == [(0, len(note), REVISE)]


@pytest.mark.parametrize(
    "thanks",
    [
        "Thanks,",
        "Thank you for the time.",
        "I'm grateful for the chat.",
        "I appreciated the tour.",
        "Much appreciated.",
    ],
)
def test_any_form_of_thanks_counts(thanks: str) -> None:
    assert C.MISSING_THANKS not in codes(f"Hi Sam, {thanks} Ana", Scenario.GRATITUDE)


def test_missing_thanks_is_not_required_when_standing_down() -> None:
    assert C.MISSING_THANKS not in codes("I have accepted another offer.", Scenario.STAND_DOWN)


def test_missing_blame_and_restatement() -> None:
    note = (
        "Hi Priya,\n\nThank you for the interview today. When we discussed caching, I described "
        "a write-through design.\n\nBest,\nSam"
    )
    report = check_voice(note, Scenario.RECOVERY)
    whole = {f.code: (f.start, f.end, f.severity) for f in report.findings}
    assert whole[C.MISSING_BLAME] == (0, len(note), REVISE)
    assert whole[C.MISSING_RESTATEMENT] == (0, len(note), REVISE)
    assert report.verdict is Verdict.REVISE


@pytest.mark.parametrize(
    "ownership",
    [
        "That's on me.",
        "That was my mistake.",
        "I take full responsibility for that.",
        "I should have asked first.",
        "I own that.",
        "The mistake is mine.",
        "I got it wrong.",
        "I didn't explain it well.",
    ],
)
def test_ownership_phrasings(ownership: str) -> None:
    note = f"Thank you for the interview. {ownership} To restate: we cache at the edge."
    assert C.MISSING_BLAME not in codes(note, Scenario.RECOVERY)


@pytest.mark.parametrize(
    "restatement",
    [
        "What I meant to say is that we cache at the edge.",
        "What I should have said is that we cache at the edge.",
        "The point I wanted to make is that we cache at the edge.",
        "To restate: we cache at the edge.",
        "To put it clearly, we cache at the edge.",
        "Let me restate it: we cache at the edge.",
        "The short answer is that we cache at the edge.",
    ],
)
def test_restatement_phrasings(restatement: str) -> None:
    note = f"Thank you for the interview. That was on me. {restatement}"
    assert C.MISSING_RESTATEMENT not in codes(note, Scenario.RECOVERY)


def test_structure_checks_are_recovery_only() -> None:
    note = "Thank you for the chat about the billing work. What happens if the round slips?"
    assert not codes(note, Scenario.FOLLOW_UP) & {C.MISSING_BLAME, C.MISSING_RESTATEMENT}


# --- placeholder_left ----------------------------------------------------------------------


@pytest.mark.parametrize("scenario", list(Scenario))
def test_each_placeholder_is_hold(scenario: Scenario) -> None:
    note = "Hi [first name],\n\nThank you for the talk about [topic we discussed].\n\n[your name]"
    report = check_voice(note, scenario)
    hits = [f for f in report.findings if f.code is C.PLACEHOLDER_LEFT]
    assert [note[f.start : f.end] for f in hits] == [
        "[first name]",
        "[topic we discussed]",
        "[your name]",
    ]
    assert {f.severity for f in hits} == {HOLD}
    assert report.verdict is Verdict.HOLD


# --- past_send_by --------------------------------------------------------------------------

SEND_BY = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


def test_past_send_by_in_recovery() -> None:
    note = recovery("")
    report = check_voice(
        note, Scenario.RECOVERY, send_by=SEND_BY, now=SEND_BY + timedelta(hours=2, minutes=5)
    )
    hits = [f for f in report.findings if f.code is C.PAST_SEND_BY]
    assert [(f.start, f.end, f.severity) for f in hits] == [(0, len(note), REVISE)]
    assert "probably not change anything" in hits[0].message
    assert "2 h 5 min" in hits[0].message
    assert report.verdict is Verdict.REVISE


def test_not_past_send_by() -> None:
    note = recovery("")
    assert C.PAST_SEND_BY not in codes(note, Scenario.RECOVERY, send_by=SEND_BY, now=SEND_BY)
    assert C.PAST_SEND_BY not in codes(note, Scenario.RECOVERY, send_by=SEND_BY)
    assert C.PAST_SEND_BY not in codes(note, Scenario.RECOVERY, now=SEND_BY)
    late = SEND_BY + timedelta(days=1)
    assert C.PAST_SEND_BY not in codes(follow_up(""), Scenario.FOLLOW_UP, send_by=SEND_BY, now=late)


def test_send_by_compares_time_zones_and_naive_times_as_utc() -> None:
    note = recovery("")
    new_york = timezone(timedelta(hours=-5))
    # 16:30 in New York is 21:30 UTC: past a 21:00 UTC send-by.
    assert C.PAST_SEND_BY in codes(
        note,
        Scenario.RECOVERY,
        send_by=SEND_BY,
        now=datetime(2026, 11, 24, 16, 30, tzinfo=new_york),
    )
    naive = datetime(2026, 11, 24, 21, 30)
    assert C.PAST_SEND_BY in codes(note, Scenario.RECOVERY, send_by=SEND_BY, now=naive)


# --- verdict -------------------------------------------------------------------------------


def test_verdict_rule() -> None:
    assert check_voice(recovery(""), Scenario.RECOVERY).verdict is Verdict.SEND
    revise = check_voice(recovery("It was great!!"), Scenario.RECOVERY)
    assert {f.severity for f in revise.findings} == {REVISE}
    assert revise.verdict is Verdict.REVISE
    hold = check_voice(recovery("It was great!! I'm an idiot."), Scenario.RECOVERY)
    assert {f.severity for f in hold.findings} == {REVISE, HOLD}
    assert hold.verdict is Verdict.HOLD
    # The same self-deprecation is only revise outside recovery.
    assert check_voice(gratitude("I'm an idiot at names."), Scenario.GRATITUDE).verdict is (
        Verdict.REVISE
    )


def test_findings_come_in_text_order_with_messages() -> None:
    note = recovery("Honestly your question was confusing! I'm so sorry.")
    report = check_voice(note, Scenario.RECOVERY)
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    assert all(f.message.endswith(".") for f in report.findings)
    assert all(f.suggestion is not None for f in report.findings)
