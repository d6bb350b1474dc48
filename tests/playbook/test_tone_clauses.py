"""Tone findings read from sentence structure (issue 14), on notes written for this file from the
playbook: blame put on a cause outside the candidate, sarcasm, quiet pleading, self-deprecation by
trait or comparison, and the tricky negatives beside each (ownership, negated or reported causes,
sympathy, plain nerves, ordinary enthusiasm). None of these sentences comes from the corpus."""

from __future__ import annotations

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode


def codes(middle: str, scenario: Scenario = Scenario.RECOVERY) -> set[FindingCode]:
    text = (
        "Hi Noor,\n\nThank you for the interview this afternoon. When you asked about the cache, "
        f"I described a write-through design. {middle} That was on me. What I meant to say: the "
        "cache should be write-behind with a bounded queue.\n\nBest,\nTomas"
    )
    return {f.code for f in check_voice(text, scenario).findings}


BLAME = [
    # an outside cause as the subject of a failure predicate
    "The shared editor stuttered every few seconds.",
    "My headset kept dropping out halfway through.",
    "The sandbox was painfully slow to respond.",
    "The audio on the call was crackling the whole time.",
    "The spec kept evolving while I was sketching.",
    "The brief left out the traffic figures.",
    "Twenty-five minutes simply wasn't enough for a problem that size.",
    "The slot was far too short to cover it properly.",
    "The room was freezing and someone was drilling next door.",
    # causal frames: the stumble put down to the cause
    "With the requirements moving around, I lost the thread.",
    "Given how the question was framed, I went down the wrong path.",
    "Because the prompt never said how many users, I guessed.",
    "Since nobody told me the format in advance, I had nothing prepared.",
    "Thanks to the constant interruptions I never finished the diagram.",
    "Between the lag and the tiny window, I couldn't think.",
    "As the timer was so tight, I skipped the trade-offs.",
    "Due to the noise from the corridor I misheard the numbers.",
    "That's why I rushed: the clock was ticking down on screen.",
    # passive and counterfactual
    "I was cut off before I could reach the queue.",
    "I was given almost no time to think.",
    "With another ten minutes I would have landed it.",
    "Had the numbers been on the slide, I'd have got there.",
    "If the question had been worded differently, I would have answered it.",
    # other people
    "The previous interviewer overran, so we started late and I had to hurry.",
    "Your colleague kept talking over me.",
    # sarcasm and jabs
    "Must be lovely to keep candidates waiting for twenty minutes.",
    "Glad somebody eventually opened my portfolio.",
    "I guess cutting people off mid-sentence is just how you do things.",
    "Thanks for finally showing up.",
    "Nice of the panel to turn up at all.",
]

NOT_BLAME = [
    "I rushed the estimate.",
    "I ran out of time because I spent too long on the schema.",
    "I misread the question.",
    "Not that the tool was at fault; I simply didn't know the answer.",
    "No excuse: the lag wasn't why I got it wrong.",
    "The time box wasn't the problem, my plan was.",
    "You mentioned the time box is tight for everyone.",
    "You said the requirements kept changing on your side this quarter.",
    "Sorry your Wi-Fi dropped near the end.",
    "I hope the connection issues on your side are sorted.",
    "I was nervous at first and started too fast.",
    "I lost the thread when I jumped to the database.",
    "I should have asked for the traffic numbers before diving in.",
    "The mistake was mine, not the format's.",
    "I went quiet for a moment and then lost my place.",
    "The service you described was slow to scale, which is exactly what I'd like to help fix.",
    "I froze for a second and then picked the wrong structure.",
    "I didn't leave myself enough time for the trade-offs.",
]


@pytest.mark.parametrize("sentence", BLAME)
def test_blame_on_an_outside_cause_is_found(sentence: str) -> None:
    assert C.BLAME_SHIFT in codes(sentence)


@pytest.mark.parametrize("sentence", NOT_BLAME)
def test_ownership_negation_report_and_sympathy_are_not_blame(sentence: str) -> None:
    assert C.BLAME_SHIFT not in codes(sentence)


PLEADING = [
    "Getting a yes would mean the absolute world to me.",
    "It would mean everything to be picked for this.",
    "I've got my fingers crossed that you choose me.",
    "I'm hoping against all hope that it works out.",
    "Any chance whatsoever would make my whole year.",
    "I truly need this role.",
    "I'm begging you to think of me for it.",
    "Just give me a shot and I'll prove it.",
    "Please don't write me off over one answer.",
    "Don't rule me out yet.",
    "I would do absolutely anything to land this job.",
    "I want this position more than I have wanted anything.",
    "Praying I get the offer.",
    "I can't tell you how badly I want this.",
    "One more go at it is all I ask.",
    "Being selected would honestly change everything for me.",
]

NOT_PLEADING = [
    "I'm excited about the chance to work together on the cache.",
    "It would mean a lot to the on-call team to have fewer pages.",
    "I look forward to hearing about next steps.",
    "I'd welcome the chance to talk through the design again.",
    "Thank you for giving me the chance to explain my thinking.",
    "I hope to hear from you soon.",
    "Please find the corrected diagram attached.",
    "Any chance we could share the benchmark with the team would help them.",
    "The chance to work on latency is what drew me to the role.",
    "That's what I'd like to get right if we work together.",
    "The offer letter template you showed me looked clear.",
    "We need this cache to hold under a traffic spike.",
]


@pytest.mark.parametrize("sentence", PLEADING)
def test_quiet_pleading_is_found(sentence: str) -> None:
    assert C.PLEADING in codes(sentence)


@pytest.mark.parametrize("sentence", NOT_PLEADING)
def test_interest_and_requests_are_not_pleading(sentence: str) -> None:
    assert C.PLEADING not in codes(sentence)


SELF_DEPRECATION = [
    "I always lock up when someone watches me code.",
    "I tend to go to pieces under pressure.",
    "I'm not very good at thinking on my feet.",
    "I'm just a bootcamp graduate, after all.",
    "I'm only a junior, so I didn't expect to know it.",
    "The other candidates surely had stronger answers.",
    "I'm probably not the profile you were after.",
    "I can't compete with people who have built this at scale.",
    "I know I'm nowhere near as experienced as the rest of your shortlist.",
    "Someone like me probably isn't what the team needs.",
    "I've never been any good at whiteboard questions.",
    "Maths has never been my thing, as you saw.",
    "I'm hopeless at mental arithmetic.",
    "My brain just turns to mush in interviews.",
]

NOT_SELF_DEPRECATION = [
    "I was nervous at first.",
    "I'm a junior engineer on the payments team today.",
    "I'm not a fan of ORMs for this kind of cache.",
    "Other candidates may have used a different cache; I chose write-behind for the latency.",
    "I got the formula wrong.",
    "I'm new to Kafka but I've run RabbitMQ in production for three years.",
    "I froze for a moment on the numbers.",
    "The other teams had stronger tooling, which is why the migration matters.",
    "I'm just following up on the cache question.",
    "I'm only available after four on Thursdays.",
]


@pytest.mark.parametrize("sentence", SELF_DEPRECATION)
def test_self_deprecation_by_trait_or_comparison_is_found(sentence: str) -> None:
    assert C.SELF_DEPRECATION in codes(sentence)


@pytest.mark.parametrize("sentence", NOT_SELF_DEPRECATION)
def test_plain_facts_are_not_self_deprecation(sentence: str) -> None:
    assert C.SELF_DEPRECATION not in codes(sentence)


def test_typos_and_missing_apostrophes_are_read_as_the_word() -> None:
    assert C.PLEADING in codes("im begging you, dont rule me out.")
    assert C.SELF_DEPRECATION in codes("im hopeless at this kind of question.")
    assert C.BLAME_SHIFT in codes("the timer wasnt long enough for the problem.")


def test_blame_in_recovery_holds_even_beside_ownership() -> None:
    text = (
        "Hi Noor,\n\nThank you for the interview. When you asked about the cache, I chose "
        "write-through. Honestly the shared editor was stuttering the whole time. I own the "
        "mistake. What I meant: write-behind with a bounded queue.\n\nBest,\nTomas"
    )
    report = check_voice(text, Scenario.RECOVERY)
    assert report.verdict == "hold"
