"""The structural findings on notes of our own, written from the playbook before the checker was
tuned on them (issue 14): ownership, restatement, thanks, questions and placeholders phrased in
ways the corpus does not use. Positives and tricky negatives side by side, so a rule that fits
only the corpus fails here."""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode
RECOVERY_RESTATED = "What I meant to say is that the cache sits in front of the queue."


def codes(text: str, scenario: Scenario) -> set[FindingCode]:
    return {f.code for f in check_voice(text, scenario).findings}


def recovery(middle: str, restatement: str = RECOVERY_RESTATED) -> str:
    return (
        "Hi Ana,\n\nThank you for the conversation today. When we got to the caching question "
        f"I went quiet. {middle} {restatement}\n\nBest,\nLi"
    )


# --- missing_blame: ownership said in other words ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I own that.",
        "The error was mine.",
        "I take full responsibility for that answer.",
        "I should have clarified before diving in.",
        "That one's on me.",
        "No excuses.",
        "There's no excuse for that on my part.",
        "My mistake.",
        "I dropped the ball there.",
        "I got it wrong.",
        "I got that badly wrong.",
        "I'm owning that one.",
        "I do own the way I answered.",
        "I should of asked about scale first.",
        "I shouldve asked about scale first.",
        "It was a mistake from my side.",
        "The misunderstanding was on my end.",
        "I let myself get flustered, which is on me.",
        "I have only myself to blame.",
        "Mea culpa.",
        "I'm to blame for that, nobody else.",
        "I was at fault there.",
        "Im responsible for how that went.",
        "I am taking full responsibility for it.",
        "I explained it poorly.",
        "I answered that badly.",
        "The blame lies with me.",
        "If I'm honest, that was my mistake.",
        "I accept the blame for that answer.",
    ],
)
def test_ownership_in_other_words_counts(sentence: str) -> None:
    assert C.MISSING_BLAME not in codes(recovery(sentence), Scenario.RECOVERY)


@pytest.mark.parametrize(
    "sentence",
    [
        # Negated, conditional, asked or doubted: no ownership is asserted.
        "It was not my fault.",
        "It wasn't my error.",
        "If it was my mistake, I'd like to know.",
        "Whether the mistake was mine or not, it happened.",
        "Was that my mistake?",
        "I wonder if that was on me.",
        "I'm not sure it was my fault.",
        "If I got it wrong, please tell me.",
        "Some would say it was my fault.",
        # Describing the stumble is step 3, not step 4 (corpus labels: 'I mixed up two
        # incidents', 'I went off on a tangent').
        "I mixed up the two numbers.",
        "I went off on a tangent.",
        "I think I was nervous.",
        # Blame elsewhere.
        "The question was unclear.",
        "There is no excuse for a panel running that late.",
    ],
)
def test_no_ownership_is_still_missing_blame(sentence: str) -> None:
    assert C.MISSING_BLAME in codes(recovery(sentence), Scenario.RECOVERY)


# --- missing_restatement ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The answer I should have given: put the cache in front of the queue.",
        "To put it properly, the cache sits in front of the queue.",
        "Here is the fuller version: the cache absorbs the bursts.",
        "Properly put: the cache absorbs bursts.",
        "In hindsight, the better answer is a write-through cache.",
        "The point I was getting at is that the cache absorbs bursts.",
        "What I was driving at: the cache absorbs bursts.",
        "Let me try again: the cache absorbs bursts.",
        "Second attempt: a write-through cache with a short TTL.",
        "I'd answer it this way now: a write-through cache.",
        "Here's how I would answer it today: a write-through cache.",
        "To answer it properly: a write-through cache.",
        "What I ought to have said: a write-through cache.",
        "I meant the cache absorbs the bursts, not the queue.",
    ],
)
def test_restatement_in_other_words_counts(sentence: str) -> None:
    note = recovery("That was my mistake.", sentence)
    assert C.MISSING_RESTATEMENT not in codes(note, Scenario.RECOVERY)


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope to hear from you soon.",
        "I'll read up on caching this weekend.",
        "I meant to send this earlier today.",
        "I'd love another go at the interview.",
        "Looking back, the day went quickly.",
    ],
)
def test_no_restatement_is_still_missing(sentence: str) -> None:
    note = recovery("That was my mistake.", sentence)
    assert C.MISSING_RESTATEMENT in codes(note, Scenario.RECOVERY)


# --- missing_thanks --------------------------------------------------------------------------


def gratitude(opening: str) -> str:
    return (
        f"Hi Dana,\n\n{opening} I enjoyed hearing about the new clinic, and I'm excited about the "
        "chance to work together.\n\nBest,\nLi"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Grateful for your time today.",
        "I appreciated the conversation.",
        "Cheers for the chat today.",
        "Many thanks for your time.",
        "Thx for the chat.",
        "Thankyou for the chat.",
        "Thanx for the chat.",
        "I'm very thankfull for your time.",
        "It was kind of you to make the time.",
        "It was very generous of you to give me an hour.",
        "Much appreciated, your time today.",
        "Merci for the chat today.",
    ],
)
def test_thanks_in_other_words_counts(opening: str) -> None:
    assert C.MISSING_THANKS not in codes(gratitude(opening), Scenario.GRATITUDE)


@pytest.mark.parametrize(
    "opening",
    [
        "It was good to meet you today.",
        "Thanks to the traffic, I arrived just in time.",
        "It was kind of cold in the lobby.",
    ],
)
def test_no_thanks_is_still_missing(opening: str) -> None:
    assert C.MISSING_THANKS in codes(gratitude(opening), Scenario.GRATITUDE)


# --- questions -------------------------------------------------------------------------------


def follow_up(middle: str) -> str:
    return f"Hi Ana,\n\nThank you for the conversation today. {middle}\n\nBest,\nLi"


@pytest.mark.parametrize(
    "middle",
    [
        'When you asked "how would you shard this?" I went for user id. What happens if the '
        "round is late? Who decides what gets cut?",
        "You asked how I'd shard it? I went for user id. What happens if the round is late? "
        "Who decides what gets cut?",
        "Your question was what I would cut first? I said the dashboard. What happens if the "
        "round is late? Who decides what gets cut?",
        "Who knew billing could be so subtle? What happens if the round is late? Who decides "
        "what gets cut?",
    ],
)
def test_recounted_and_rhetorical_questions_are_not_counted(middle: str) -> None:
    found = codes(follow_up(middle), Scenario.FOLLOW_UP)
    assert C.TOO_MANY_QUESTIONS not in found
    assert C.MISSING_QUESTION not in found


@pytest.mark.parametrize(
    "middle",
    [
        "I keep thinking about your point on runway. What happens if the next round slips",
        "Quick question - how does the team decide what gets cut",
        "Is there a plan if the migration runs over\n\nThanks again",
    ],
)
def test_a_question_typed_without_a_question_mark_is_a_question(middle: str) -> None:
    assert C.MISSING_QUESTION not in codes(follow_up(middle), Scenario.FOLLOW_UP)


@pytest.mark.parametrize(
    "middle",
    [
        "I enjoyed the discussion of the roadmap",
        "What I liked most was the roadmap discussion",
        "Was a pleasure to meet the team",
        "How you run the design reviews stuck with me",
    ],
)
def test_statements_without_a_mark_are_not_questions(middle: str) -> None:
    assert C.MISSING_QUESTION in codes(follow_up(middle), Scenario.FOLLOW_UP)


def test_too_many_questions_points_at_the_extra_ones_only() -> None:
    text = follow_up(
        "What happens if the round is late? Who decides what gets cut? How stable is the team?"
    )
    found = [f for f in check_voice(text, Scenario.FOLLOW_UP).findings]
    extra = [text[f.start : f.end] for f in found if f.code is C.TOO_MANY_QUESTIONS]
    assert extra == ["How stable is the team?"]


@pytest.mark.parametrize(
    ("opening", "asks"),
    [
        ('When you asked "what would you build first?" I lit up.', False),
        ("You asked me what I would build first, and I lit up.", False),
        ("Who knew a clinic rota could be that interesting?", False),
        ("Could we meet again next week", True),
    ],
)
def test_questions_in_gratitude(opening: str, asks: bool) -> None:
    note = gratitude(f"Thank you for your time today. {opening}")
    assert (C.QUESTION_IN_GRATITUDE in codes(note, Scenario.GRATITUDE)) is asks


# --- placeholder_left ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "placeholder"),
    [
        ("I enjoyed hearing about {{first_name}}'s plans.", True),
        ("Thanks again, <NAME>.", True),
        ("The XXX launch sounded great.", True),
        ("The launch date is TK.", True),
        ("I enjoyed hearing about [Company].", True),
        ("I loved [insert detail here].", True),
        ("I enjoyed hearing about <company>.", True),
        ("I enjoyed hearing about _____.", True),
        ("As in section [3] of the brief.", False),
        ("That matches the paper [Smith 2019] you mentioned.", False),
        ("The docs [here](https://example.com) helped.", False),
        ("We indexed it as arr[idx] in the loop.", False),
        ("The [x86] build was the slow one.", False),
        ("The [sic] in the brief made me smile.", False),
        ("We ordered XXL shirts for the team.", False),
    ],
)
def test_placeholders_and_look_alikes(sentence: str, placeholder: bool) -> None:
    note = gratitude(f"Thank you for your time today. {sentence}")
    assert (C.PLACEHOLDER_LEFT in codes(note, Scenario.GRATITUDE)) is placeholder


@pytest.mark.parametrize(("greeting", "left"), [("Hi ,", True), ("Dear  ,", True), ("Hi,", False)])
def test_an_empty_name_in_the_greeting_is_a_placeholder(greeting: str, left: bool) -> None:
    note = f"{greeting}\n\nThank you for your time today. I enjoyed the tour.\n\nBest,\nLi"
    assert (C.PLACEHOLDER_LEFT in codes(note, Scenario.GRATITUDE)) is left


@pytest.mark.parametrize(
    "sentence",
    [
        "I still own it.",
        "I own how I handled the silence.",
        "I regret that answer.",
        "I talked over you, which I regret and own.",
        "I'll take that.",
    ],
)
def test_ownership_by_regret_or_acceptance(sentence: str) -> None:
    assert C.MISSING_BLAME not in codes(recovery(sentence), Scenario.RECOVERY)


@pytest.mark.parametrize(
    "sentence",
    ["I regret to say the lag made it hard.", "I'll take that as a lesson about the tools."],
)
def test_regret_and_take_without_ownership(sentence: str) -> None:
    assert C.MISSING_BLAME in codes(recovery(sentence), Scenario.RECOVERY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Correct answer: exponential backoff with jitter.",
        "Better version - exponential backoff with jitter.",
        "The answer I was working towards was a running total per account.",
    ],
)
def test_terse_restatements(sentence: str) -> None:
    note = recovery("That was my mistake.", sentence)
    assert C.MISSING_RESTATEMENT not in codes(note, Scenario.RECOVERY)


# --- mixed_objective -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mixed"),
    [
        ("I'm keen to learn how the team plans the next quarter.", True),
        ("Out of curiosity, how big is the platform team now?", True),
        ("By the way, what's the timeline for a decision?", True),
        ("You asked how I'd cache it.", False),
        ('When you asked "how would you cache it?", I froze.', False),
        ("Happy to go through it again if useful.", False),
    ],
)
def test_curiosity_in_a_recovery_note(sentence: str, mixed: bool) -> None:
    note = recovery(f"That was my mistake. {sentence}")
    assert (C.MIXED_OBJECTIVE in codes(note, Scenario.RECOVERY)) is mixed


@pytest.mark.parametrize(
    ("sentence", "mixed"),
    [
        ("Sorry, I got the cache question wrong earlier.", True),
        ("I realised afterwards my answer on caching was incomplete.", True),
        ("One correction to what I said: the cache sits in front.", True),
        ("I misspoke about the cache.", True),
        ("Sorry for the late reply.", False),
        ("I enjoyed the whiteboard part most.", False),
    ],
)
def test_repair_in_a_follow_up(sentence: str, mixed: bool) -> None:
    note = follow_up(f"{sentence} What happens to the team if the round slips?")
    assert (C.MIXED_OBJECTIVE in codes(note, Scenario.FOLLOW_UP)) is mixed


# --- restatement given plainly after the ownership (PLAYBOOK §4: step 5 follows step 4) -------


def stumble(rest: str) -> str:
    return (
        "Hi Ana,\n\nThank you for the interview. When you asked about the boiler service, I gave "
        f"the old interval. {rest}\n\nBest,\nLi"
    )


@pytest.mark.parametrize(
    "rest",
    [
        "That was my mistake. The interval is twelve months for gas and six for oil.",
        "That was careless of me. Under the new rules the landlord books the service.",
        "Mine. Twelve months for gas, six for oil.",
        "I made a hash of it. If I could rewind: twelve months, with a reminder at eleven.",
        "No one to blame but myself. It takes about forty minutes per boiler, parts extra.",
        "That one goes on my account. Service first, then the certificate, then the log.",
        "I take that on the chin. Properly answered, the interval is twelve months.",
        "I own that. With the new regulations the interval is twelve months, not eighteen.",
    ],
)
def test_the_point_given_plainly_after_ownership(rest: str) -> None:
    found = codes(stumble(rest), Scenario.RECOVERY)
    assert C.MISSING_BLAME not in found
    assert C.MISSING_RESTATEMENT not in found


@pytest.mark.parametrize(
    "rest",
    [
        "That was my mistake. I hope it did not spoil the afternoon.",
        "That was my mistake. It was one of those days.",
        "That was my mistake. Thanks again for your patience.",
        "That was my mistake. I'll read the regulations again this weekend.",
        "I said eighteen months, not twelve. That was my mistake.",
        "That was my mistake. Interviews are stressful for everyone.",
    ],
)
def test_ownership_followed_by_no_point_is_still_missing_restatement(rest: str) -> None:
    found = codes(stumble(rest), Scenario.RECOVERY)
    assert C.MISSING_BLAME not in found
    assert C.MISSING_RESTATEMENT in found


@pytest.mark.parametrize(
    "rest",
    [
        "I gave the wrong year: it was 2019, not 2021.",
        "Mine is a long story.",
        "The day went quickly.",
    ],
)
def test_recounting_is_neither_ownership_nor_restatement(rest: str) -> None:
    found = codes(stumble(rest), Scenario.RECOVERY)
    assert {C.MISSING_BLAME, C.MISSING_RESTATEMENT} <= found


# --- outsider_voice: the future, not the conversation ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "outsider"),
    [
        ("I'm excited to contribute to your roadmap.", True),
        ("I can't wait to work on your product.", True),
        ("When your team launches the app next year, I hope to be part of it.", True),
        ("Shadowing your nurses on the ward was the best part of the day.", False),
        ("Hearing how your buyers pick the ranges was fascinating.", False),
        ("I was thinking about your customers when I answered.", False),
        ("It was good to learn about your platform's history.", False),
    ],
)
def test_outsider_voice_is_about_the_future(sentence: str, outsider: bool) -> None:
    note = gratitude(f"Thank you for your time today. {sentence}")
    assert (C.OUTSIDER_VOICE in codes(note, Scenario.GRATITUDE)) is outsider


# --- more of the same mechanisms, new wordings -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "placeholder"),
    [
        ("Retention rose by XX% after the change.", True),
        ("The grant was £XX over two years.", True),
        ("The saving was [figure] last year.", True),
        ("As shown in [fig. 3] of the report.", False),
        ("I once worked the tills at TK Maxx.", False),
        ("The XX chromosome came up in the genetics chat.", False),
    ],
)
def test_figure_placeholders_and_names(sentence: str, placeholder: bool) -> None:
    note = gratitude(f"Thank you for your time today. {sentence}")
    assert (C.PLACEHOLDER_LEFT in codes(note, Scenario.GRATITUDE)) is placeholder


def test_a_question_in_brackets_counts_and_is_pointed_at() -> None:
    text = follow_up(
        "How is weekend cover shared (is it voluntary?), and what happens if the second site "
        "opens? Who sets the priorities then?"
    )
    found = check_voice(text, Scenario.FOLLOW_UP).findings
    extra = [text[f.start : f.end] for f in found if f.code is C.TOO_MANY_QUESTIONS]
    assert extra == ["Who sets the priorities then?"]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("I would be very grateful if you could introduce me to the head of learning.", True),
        ("I'd be grateful for an introduction to the curators.", True),
        ("I'm grateful for the tour.", False),
    ],
)
def test_a_conditional_thanks_is_an_ask(sentence: str, asks: bool) -> None:
    note = gratitude(f"Thank you for your time today. {sentence}")
    assert (C.QUESTION_IN_GRATITUDE in codes(note, Scenario.GRATITUDE)) is asks


@pytest.mark.parametrize(
    ("sentence", "mixed"),
    [
        ("I also have some ideas for the mobile app, which I'd love to share.", True),
        ("I'd love to walk you through a prototype next week.", True),
        ("I shared the wrong chart, which is on me.", False),
    ],
)
def test_a_pitch_in_a_recovery_note(sentence: str, mixed: bool) -> None:
    note = recovery(f"That was my mistake. {sentence}")
    assert (C.MIXED_OBJECTIVE in codes(note, Scenario.RECOVERY)) is mixed


@pytest.mark.parametrize(
    "rest",
    [
        "Two corrections, both mine: twelve months for gas, six for oil.",
        "Both slips are mine. The interval is twelve months for gas and six for oil.",
        "Since the muddle was my fault, let me say it plainly: twelve months for gas.",
        "That's on me. The correct intervals:\n- gas, twelve months\n- oil, six months",
    ],
)
def test_ownership_and_restatement_in_lists_and_asides(rest: str) -> None:
    found = codes(stumble(rest), Scenario.RECOVERY)
    assert C.MISSING_BLAME not in found
    assert C.MISSING_RESTATEMENT not in found


@pytest.mark.parametrize(
    ("rest", "restated"),
    [
        ("It was my responsibility. I was on call, I rolled back within twenty minutes.", True),
        ("That was my mistake. I have nine years of boiler work, four of them on oil.", True),
        ("That was my mistake. I mixed up two service intervals.", False),
        ("That was my mistake. I think I was tired after two rounds.", False),
        ("That was my mistake. Honestly the manual was unclear, so I couldn't check it.", False),
    ],
)
def test_the_candidates_own_record_as_the_point(rest: str, restated: bool) -> None:
    found = codes(stumble(rest), Scenario.RECOVERY)
    assert (C.MISSING_RESTATEMENT not in found) is restated


@pytest.mark.parametrize(
    ("sentence", "outsider"),
    [
        ("How will your program grow once your new stadium opens?", True),
        ("I can picture how your recruiting will change next season.", True),
        ("I hope your move next month goes smoothly.", False),
        ("Your question will stay with me for a while.", False),
        ("I will send your assistant the slides tomorrow.", False),
    ],
)
def test_any_your_noun_about_the_future(sentence: str, outsider: bool) -> None:
    note = follow_up(sentence)
    assert (C.OUTSIDER_VOICE in codes(note, Scenario.FOLLOW_UP)) is outsider
