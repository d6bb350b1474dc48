"""Issue 14: the voice check on notes as people really write them.

Each category is a mechanism (a lexicon family, negation, quotation), so the phrasings here are
varied on purpose: several per mechanism, including ones none of the rules spells out word for
word, and tricky negatives that must stay quiet.
"""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode, Severity, Verdict
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode
HOLD, REVISE = Severity.HOLD, Severity.REVISE


def gratitude(middle: str) -> str:
    return (
        f"Hi Maya,\n\nThank you for taking the time to talk with me today. {middle}\n\nBest,\nSam\n"
    )


def recovery(middle: str, ownership: str = "That was on me.") -> str:
    return (
        "Hi Priya,\n\nThank you for the interview today. When we discussed caching, I described "
        f"the wrong design. {middle} {ownership}\n\nWhat I meant to say is that I would "
        "invalidate on write and keep TTLs short.\n\nBest,\nSam\n"
    )


def follow_up(middle: str) -> str:
    return (
        "Hi Grace,\n\nThank you for the conversation about the mobile rewrite. "
        f"{middle}\n\nIf the March date slips, what happens to the checkout work?\n\nBest,\nOmar\n"
    )


def codes(text: str, scenario: Scenario) -> set[FindingCode]:
    return {f.code for f in check_voice(text, scenario).findings}


def spans(text: str, scenario: Scenario, code: FindingCode) -> list[str]:
    return [text[f.start : f.end] for f in check_voice(text, scenario).findings if f.code is code]


# --- quiet pleading: begging for the outcome without "please" ------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "It would mean the world to get a yes.",
        "I'm keeping my fingers crossed you'll pick me.",
        "Any chance at all would make my year.",
        "I'm hoping against hope this works out.",
        "Just give me a shot and you'll see.",
        "I hope you'll give me the opportunity to prove myself.",
        "Take a chance on me.",
        "I'd be forever grateful for an offer.",
        "I promise you won't regret it.",
        "All I ask is a second look.",
        "Even a junior role would make my year.",
    ],
)
def test_quiet_pleading_is_hold(phrase: str) -> None:
    for note, scenario in (
        (gratitude(phrase), Scenario.GRATITUDE),
        (recovery(phrase), Scenario.RECOVERY),
    ):
        report = check_voice(note, scenario)
        assert C.PLEADING in {f.code for f in report.findings}, (phrase, scenario)
        assert report.verdict is Verdict.HOLD


@pytest.mark.parametrize(
    "phrase",
    [
        "Thank you for giving me the chance to meet the team.",
        "Fingers crossed the launch goes well next week.",
        "The project clearly means a lot to the team.",
        "I'd welcome another chance to talk through the design.",
        "I hope the offsite gives you a chance to recharge.",
        "Sorry to hear about your flight.",
        "Please find attached the deck I mentioned.",
    ],
)
def test_not_pleading(phrase: str) -> None:
    assert check_voice(gratitude(phrase), Scenario.GRATITUDE).verdict is Verdict.SEND, phrase


# --- polite blame: an external cause beside an ownership sentence ---------------------------


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("The whiteboard tool kept lagging.", "The whiteboard tool kept lagging"),
        ("There wasn't much time to clarify.", "There wasn't much time"),
        ("The requirements shifted halfway through.", "The requirements shifted halfway"),
        ("My connection dropped twice in the design part.", "My connection dropped"),
        ("The time box was too short for a problem that size.", "The time box was too short"),
        ("The case you gave was a bit unfair.", "The case you gave was a bit unfair"),
        ("The room was very hot, so it was hard to concentrate.", "The room was very hot"),
        ("Due to technical issues I lost my thread.", "Due to technical issues"),
        ("It happens to the best of us.", "happens to the best of us"),
    ],
)
def test_polite_blame_is_blame_and_hold_in_recovery_even_with_ownership(
    phrase: str, span: str
) -> None:
    note = recovery(phrase, "I take full responsibility for that answer.")
    assert spans(note, Scenario.RECOVERY, C.BLAME_SHIFT)[:1] == [span]
    assert check_voice(note, Scenario.RECOVERY).verdict is Verdict.HOLD
    assert C.MISSING_BLAME not in codes(note, Scenario.RECOVERY)


@pytest.mark.parametrize(
    "phrase",
    [
        "Must be nice to run twenty minutes late.",
        "Glad someone finally read my CV.",
        "Glad someone at the firm finally took the time to read my CV.",
        "Thanks for finally getting back to me.",
        "Can't believe it took your assistant three reschedules to find a slot.",
        "With all due respect, the exercise had nothing to do with the job.",
    ],
)
def test_sarcasm_and_jabs_are_blame(phrase: str) -> None:
    assert C.BLAME_SHIFT in codes(gratitude(phrase), Scenario.GRATITUDE), phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "It was a shame the call started late and got cut short.",
        "The interviewer before you ran over, so I came in flustered.",
        "The laptop I was given had a broken keyboard layout, which cost me ten minutes.",
        "Your accent made the question hard to follow on the call.",
        "Looking back, the question could have been framed more clearly.",
        "In fairness, the diagram only showed the batch path.",
        "Frankly, the bundle we were given was badly organised.",
        "The projector was washing out the plots.",
        "Most interviewers would have given a hint at that point.",
    ],
)
def test_setup_and_people_as_the_cause_are_blame(phrase: str) -> None:
    note = recovery(phrase)
    assert C.BLAME_SHIFT in codes(note, Scenario.RECOVERY), phrase
    assert check_voice(note, Scenario.RECOVERY).verdict is Verdict.HOLD


def test_the_interviewers_reported_words_are_not_blame() -> None:
    note = follow_up("You said the team missed Q3 because the scope kept changing.")
    assert C.BLAME_SHIFT not in codes(note, Scenario.FOLLOW_UP)
    # The same words as the candidate's own account of the stumble are.
    note = recovery("The scope kept changing.")
    assert C.BLAME_SHIFT in codes(note, Scenario.RECOVERY)


@pytest.mark.parametrize(
    "phrase",
    [
        "I would be devastated not to get it.",
        "Could you put in a good word for me with the panel?",
        "I need this break.",
        "I really hope this doesn't ruin my chances.",
        "It would be a dream come true, I'd do literally anything for this job.",
    ],
)
def test_desperation_without_begging_words_is_pleading(phrase: str) -> None:
    assert check_voice(gratitude(phrase), Scenario.GRATITUDE).verdict is Verdict.HOLD, phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "I was devastated for the team when the launch slipped, and glad it landed.",
        "I'm probably not senior enough for this.",
    ],
)
def test_devastated_for_others_is_not_pleading(phrase: str) -> None:
    found = codes(gratitude(phrase), Scenario.GRATITUDE)
    assert C.PLEADING not in found, phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "I enjoyed the exercise.",
        "There wasn't time for my questions, so here is one.",
        "The demo crashed for you last month and the team fixed it in a day.",
        "Your question about sharding was a good one.",
    ],
)
def test_not_blame(phrase: str) -> None:
    assert C.BLAME_SHIFT not in codes(gratitude(phrase), Scenario.GRATITUDE), phrase


# --- self-deprecation by comparison or by trait --------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Others surely had more impressive résumés.",
        "I'm sure the other graduates were far more impressive.",
        "I'm probably not what you had in mind.",
        "I freeze under pressure.",
        "I tend to ramble when I'm nervous.",
        "I know I'm not the strongest candidate.",
        "You could probably find someone better.",
        "I've never been a good interviewer.",
        "I'm probably a long shot.",
        "I'm probably just not senior enough for this.",
        "My memory is useless under pressure.",
        "I feel like such an imposter after that question.",
        "I'm not sure why you shortlisted me, as the other nurses applying surely have far "
        "stronger backgrounds.",
    ],
)
def test_self_deprecation_by_comparison_or_trait(phrase: str) -> None:
    assert C.SELF_DEPRECATION in codes(recovery(phrase), Scenario.RECOVERY), phrase
    assert check_voice(recovery(phrase), Scenario.RECOVERY).verdict is Verdict.HOLD


def test_recounting_a_freeze_is_not_a_trait() -> None:
    note = recovery("I froze for a moment on the second question.")
    assert C.SELF_DEPRECATION not in codes(note, Scenario.RECOVERY)


# --- ownership in other words --------------------------------------------------------------


@pytest.mark.parametrize(
    "ownership",
    [
        "I own that.",
        "The error was mine.",
        "I take full responsibility for that answer.",
        "I should have clarified before diving in.",
        "That one's on me for not being clear.",
        "The confusion was of my own making.",
        "Nobody's fault but mine.",
        "I hold my hands up to that.",
        "That was a poor call on my part.",
        "I'm fully accountable for that.",
    ],
)
def test_ownership_in_other_words_counts(ownership: str) -> None:
    note = recovery("", ownership)
    assert C.MISSING_BLAME not in codes(note, Scenario.RECOVERY), ownership


@pytest.mark.parametrize(
    "not_ownership",
    [
        "It was not my fault.",
        "I should have been given more time.",
        "The pleasure was mine.",
    ],
)
def test_negated_or_passive_ownership_does_not_count(not_ownership: str) -> None:
    note = recovery("", not_ownership)
    assert C.MISSING_BLAME in codes(note, Scenario.RECOVERY), not_ownership


def test_a_restatement_frame_is_not_ownership() -> None:
    note = (
        "Hi Ahmed,\n\nThank you for the interview. I suggested adding more partitions, which "
        "does not help a single hot key.\n\nThe answer I should have given: split the hot key "
        "with a suffix and merge on read.\n\nRegards,\nLucia\n"
    )
    found = codes(note, Scenario.RECOVERY)
    assert C.MISSING_BLAME in found
    assert C.MISSING_RESTATEMENT not in found


@pytest.mark.parametrize(
    "restatement",
    [
        "The lesson I meant to share: I write the decision down.",
        "What I wanted you to hear is that I write the decision down.",
        "For the record: we passed the audit with two exceptions.",
        "The correct figure is 0.4% of sessions.",
        "What I'd actually measure is the contact rate.",
        "My point, said better: ship the reporting fix first.",
    ],
)
def test_restatement_in_other_words(restatement: str) -> None:
    note = (
        "Hi Priya,\n\nThank you for the interview today. I quoted the wrong number. That was on "
        f"me.\n\n{restatement}\n\nBest,\nSam\n"
    )
    assert C.MISSING_RESTATEMENT not in codes(note, Scenario.RECOVERY), restatement


# --- placeholders ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "placeholder",
    [
        "{{first_name}}",
        "<NAME>",
        "<first name>",
        "<topic>",
        "<<Company>>",
        "%TOPIC%",
        "FIRSTNAME",
        "XXX",
        "TK",
        "[Company]",
        "[INSERT TOPIC]",
        "${company}",
        "____",
    ],
)
def test_placeholders_as_people_leave_them(placeholder: str) -> None:
    note = gratitude(f"I enjoyed hearing about {placeholder} and the early days.")
    assert spans(note, Scenario.GRATITUDE, C.PLACEHOLDER_LEFT) == [placeholder]
    assert check_voice(note, Scenario.GRATITUDE).verdict is Verdict.HOLD


@pytest.mark.parametrize(
    "citation",
    [
        "how section [3] of the policy shapes on-call",
        "the results in [1, 4]",
        "the 'teh' [sic] in the old docs",
        "[the runbook](https://example.com/runbook)",
        "the XXL cluster",
        "the TKO story",
        "the [laughs] moment in the demo",
        "the C++ template <T> trick",
        "section 2(b) of the policy",
        "the array[0] bug",
    ],
)
def test_citations_and_lookalikes_are_not_placeholders(citation: str) -> None:
    note = gratitude(f"I enjoyed hearing about {citation}.")
    assert C.PLACEHOLDER_LEFT not in codes(note, Scenario.GRATITUDE), citation


def test_a_known_term_is_not_a_placeholder() -> None:
    note = gratitude("I enjoyed hearing how TK Maxx started.")
    report = check_voice(note, Scenario.GRATITUDE, known_terms=["TK Maxx"])
    assert C.PLACEHOLDER_LEFT not in {f.code for f in report.findings}


# --- questions -------------------------------------------------------------------------------


def test_a_question_recounted_in_quotes_is_not_the_candidates() -> None:
    note = gratitude(
        'Your question "what would you build first if you had no roadmap?" has stayed with me.'
    )
    report = check_voice(note, Scenario.GRATITUDE)
    assert C.QUESTION_IN_GRATITUDE not in {f.code for f in report.findings}
    assert report.metrics.questions == 0


def test_recounted_questions_do_not_count_towards_the_limit() -> None:
    note = (
        'Thank you for the interview. When you asked "how would you shard this?" I went to '
        'hashing. You also asked "what breaks first?" and "who gets paged?" in the deep dive. '
        "What is the runway? Who owns the rollout?"
    )
    report = check_voice(note, Scenario.FOLLOW_UP)
    assert C.TOO_MANY_QUESTIONS not in {f.code for f in report.findings}
    assert report.metrics.questions == 2


def test_too_many_questions_points_at_the_extras_only() -> None:
    note = follow_up("What is the runway? Who owns the rollout? How big is the team?")
    hits = spans(note, Scenario.FOLLOW_UP, C.TOO_MANY_QUESTIONS)
    assert hits == [
        "How big is the team?",
        "If the March date slips, what happens to the checkout work?",
    ]


def test_an_ask_in_quotes_is_not_an_ask() -> None:
    note = gratitude('I keep thinking about your line "could you walk me through the outage".')
    assert C.QUESTION_IN_GRATITUDE not in codes(note, Scenario.GRATITUDE)


# --- capitals: the rewrite keeps proper case -------------------------------------------------


def test_a_shouted_sentence_is_rewritten_in_proper_case() -> None:
    note = gratitude("THANK YOU SO MUCH FOR MEETING WITH ME ON TUESDAY IN LONDON.")
    report = check_voice(note, Scenario.GRATITUDE)
    caps = [f for f in report.findings if f.code is C.INTENSITY and note[f.start].isupper()]
    assert [f.suggestion for f in caps] == [
        "Thank you so much for meeting with me on Tuesday in London"
    ]


# --- calm notes stay calm ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "I was sorry to hear about your flight.",
        "Thank you for your time and your patience.",
        "Please find attached the deck I mentioned.",
    ],
)
def test_calm_notes_send(phrase: str) -> None:
    assert check_voice(gratitude(phrase), Scenario.GRATITUDE).verdict is Verdict.SEND


def test_one_plain_apology_in_recovery_is_fine() -> None:
    note = recovery("Sorry for the confusion.")
    assert check_voice(note, Scenario.RECOVERY).verdict is Verdict.SEND


@pytest.mark.parametrize(
    "phrase",
    [
        "I was an absolute wreck in there.",
        "I'm honestly embarrassed by how I handled it.",
        "Let's be honest, the question was worded in a confusing way.",
        "The prompt didn't mention that reads dominate, which threw me.",
        "Had the question been clearer I would have nailed it.",
        "You moved on before I could finish my thought.",
        "The panel kept interrupting me.",
        "I wasn't told the interview would include system design.",
        "The recruiter gave me the wrong brief.",
        "Half the time was spent on introductions, so I rushed.",
    ],
)
def test_recovery_with_ownership_is_still_held_for_blame_or_self_deprecation(phrase: str) -> None:
    note = recovery(phrase, "I take responsibility for that.")
    assert check_voice(note, Scenario.RECOVERY).verdict is Verdict.HOLD, phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "I've been out of work for eight months and really need this.",
        "I'd happily take a lower salary if it helps my chances.",
        "I'm counting on you for this one.",
        "Any consideration you can give my application would mean so much.",
        "Hoping for a positive response at your earliest.",
    ],
)
def test_more_quiet_pleading_is_hold(phrase: str) -> None:
    assert check_voice(gratitude(phrase), Scenario.GRATITUDE).verdict is Verdict.HOLD, phrase


@pytest.mark.parametrize(
    ("scenario", "note"),
    [
        (
            Scenario.ASK_RECRUITER,
            "Hi Claire,\n\nThanks for setting up Thursday. The invite didn't mention who I'll "
            "meet. Could you send their names and emails?\n\nBest,\nOmar",
        ),
        (
            Scenario.GRATITUDE,
            "Hi Maya,\n\nThank you for the tour. Most of the time was spent on the product demo, "
            "which I loved.\n\nBest,\nSam",
        ),
        (
            Scenario.GRATITUDE,
            "Hi Maya,\n\nThank you for the tour. I enjoyed hearing how you rebuilt the editor "
            "after the old one kept crashing.\n\nBest,\nSam",
        ),
    ],
)
def test_look_alikes_of_blame_and_pleading_send(scenario: Scenario, note: str) -> None:
    assert check_voice(note, scenario).verdict is Verdict.SEND


@pytest.mark.parametrize(
    ("scenario", "phrase"),
    [
        (
            Scenario.GRATITUDE,
            "I truly hope you'll consider me; I've waited for a chance like this.",
        ),
        (Scenario.GRATITUDE, "I would do whatever is needed to get this role."),
        (Scenario.GRATITUDE, "This opportunity would change my life."),
        (Scenario.GRATITUDE, "Please, just one chance is all I need."),
        (Scenario.GRATITUDE, "I'll be refreshing my inbox until I hear back."),
        (Scenario.FOLLOW_UP, "I'm on pins and needles waiting for your decision."),
        (Scenario.FOLLOW_UP, "I really can't afford to lose out on this one."),
        (Scenario.GRATITUDE, "I don't know what I'll do if this doesn't work out."),
        (Scenario.RECOVERY, "I'm such a klutz with whiteboards."),
        (Scenario.RECOVERY, "I'm not the sharpest tool in the shed."),
        (Scenario.RECOVERY, "I always mess up under pressure."),
        (Scenario.RECOVERY, "I'm clearly out of my depth."),
        (Scenario.RECOVERY, "I hate myself for that answer."),
        (Scenario.RECOVERY, "The interviewer before you had already drained me."),
        (Scenario.RECOVERY, "The take-home instructions were vague to begin with."),
        (Scenario.RECOVERY, "I'd have done better with a proper keyboard."),
        (Scenario.RECOVERY, "Your colleague's interruptions didn't help."),
        (Scenario.RECOVERY, "The Zoom link you sent didn't work, so I joined late."),
        (Scenario.RECOVERY, "Blame the jet lag."),
    ],
)
def test_idioms_of_pleading_self_deprecation_and_blame_are_held(
    scenario: Scenario, phrase: str
) -> None:
    note = {
        Scenario.GRATITUDE: gratitude,
        Scenario.FOLLOW_UP: follow_up,
        Scenario.RECOVERY: recovery,
    }[scenario](phrase)
    assert check_voice(note, scenario).verdict is Verdict.HOLD, phrase


@pytest.mark.parametrize(
    ("scenario", "note"),
    [
        (
            Scenario.ASK_RECRUITER,
            "Hi Claire,\n\nThanks for arranging Thursday. Could you send the interviewers' names? "
            "That's all I need, and I'll be checking my email for the schedule.\n\nBest,\nOmar",
        ),
        (
            Scenario.GRATITUDE,
            "Hi Maya,\n\nThank you for the tour. You said the team would have done better with "
            "more data last year, which was a useful story.\n\nBest,\nSam",
        ),
    ],
)
def test_idiom_look_alikes_send(scenario: Scenario, note: str) -> None:
    assert check_voice(note, scenario).verdict is Verdict.SEND


@pytest.mark.parametrize(
    "phrase", ["I hope this email isn't too much.", "Sorry if this is a bother."]
)
def test_asking_leave_to_write_is_hedging(phrase: str) -> None:
    assert C.HEDGING in codes(gratitude(phrase), Scenario.GRATITUDE), phrase


def test_the_candidates_own_lateness_is_not_a_jab() -> None:
    note = gratitude("I'm sorry I was a few minutes late.")
    assert check_voice(note, Scenario.GRATITUDE).verdict is Verdict.SEND
    note = gratitude("Shame you were twenty minutes late.")
    assert C.BLAME_SHIFT in codes(note, Scenario.GRATITUDE)
