"""Ownership and restatement read by sentence structure (issue 14), on sentences of
our own written before the rules below were run on them, in words the corpus does not use.

- Ownership: a fault-headed subject put on the writer ("the slip with the dates sits squarely
  with me"), the fault named as the writer's after a copula ("that was my miscalculation"), the
  fault itself accepted or taken ("I accept the error in my sizing"), the writer as the one who
  failed ("I was the one who muddled the two incidents"), against credit, decisions told, the
  fault put elsewhere, conditions and hedges.
- Restatement: the answer given as what the writer would do now ("I'd shard by tenant ..."), a
  point said to stand ("my recommendation stands: ..."), a present-tense correction of the thing
  ("It's forty beds, not fourteen"), sentences typed without capitals; against wishes, pleas,
  "I'd" as "I had", a frame that is negated or carries nothing.

Then ownership and restatement as people write them without a template (the shapes of notes by
writers who never saw the checker), read by structure, on sentences of our own, in a second note
(`plain_note`).

- Ownership: the fault landing on the writer ("falls squarely on me"), nobody else to carry it
  ("on no one else but me", "no one else to point at"), taking it as one's own ("I take that
  one as my own"), excuses refused ("not making excuses", "I won't pretend otherwise", "no
  excuse and I ..."), the setup cleared ("your question was perfectly clear"), a reflexive slip
  ("I got ahead of myself"), the writer's own part that fell short, "my call to make", a clipped
  "Slip's all mine.", a "mis-" verb of one's own, "I should know better", an outside cause
  disowned ("it didn't cause my mix-up"), accepting the outcome, "I assume responsibility",
  "I'll own how ...", "sorry for mislabelling", "totally on me", "..., simple as that".
- Restatement: the corrected thing whatever it is called ("the real bottleneck is ..."), the aim
  given ("the workshop's aim was to ..."), "my approach is [doing]", "the figure I should have
  quoted is ...", "... is what I'd pick", the writer's work doing its job ("my revised query
  returns ..."), a clause opening on "it's" with a figure or the thing named, a figure corrected
  by contrast in any tense, "I'd have [done]", "we'd ...", a time clause before "I'd", steps
  listed after "I'd", a sentence opening on the corrected figure ("Ninety seconds, ..."), what
  the writer can do with the specifics or knows to do, a recount inside the object of a claim,
  and a quantity called pressure.
Each against near-misses that must keep the finding.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.playbook.models import FindingCode
from tests.playbook.voice_helpers import finding_codes

C = FindingCode
RESTATED = "What I meant to say is that the cache sits in front of the queue."
OWNED = "That part was on me."


codes = finding_codes
Note = Callable[[str, str], str]  # (middle, ending) -> the whole note


def note(middle: str, ending: str) -> str:
    return (
        "Hi Ana,\n\nThank you for the conversation today. When we got to the capacity question "
        f"I mixed up two of the regions. {middle} {ending}\n\nBest,\nLi"
    )


def plain_note(middle: str, ending: str) -> str:
    return (
        "Hi Tomasz,\n\nThank you for the session this afternoon. On the sizing question I mixed "
        f"up the two regions. {middle} {ending}\n\nKind regards,\nIngrid"
    )


OWNED_BY_STRUCTURE = [
    "The slip with the dates sits squarely with me.",
    "That lapse in the estimate rests with me alone.",
    "The confusion over the two regions was mine.",
    "The whole mix-up about the schema is on me.",
    "That was my miscalculation.",
    "Picking the wrong index was my call.",
    "I accept the error in my sizing.",
    "I own the mistake on the latency numbers.",
    "I was the one who muddled the two incidents.",
    "I'm the one that made the error with the units.",
    "That's nobody's slip but mine.",
    "I made the design far more complicated than it needed to be.",
    "I overcomplicated the answer.",
    "The oversight on the rollback plan lies with me.",
    "The fault in that answer is mine and nobody else's.",
]
OWNED_IN_PLAIN_WORDS = [
    "It lands on me.",
    "That one is on no one else but me.",
    "There is no one else to point at for that.",
    "I take that one as my own.",
    "I'm not making excuses, I mixed the regions up.",
    "I won't pretend otherwise.",
    "Your question was perfectly clear.",
    "I got ahead of myself there.",
    "It was my preparation that fell short.",
    "That was still my call to make.",
    "Slip's all mine.",
    "I misremembered the region names.",
    "I should know better.",
    "The lag was there, but it didn't cause my mix-up.",
    "I assume full responsibility for it.",
    "I accept the outcome.",
    "I accept I rushed the sizing.",
    "I'll own how the answer came out.",
    "I'll take that one squarely.",
    "That is no excuse and I know it.",
    "I'm sorry for mislabelling the regions.",
    "The mix-up was totally on me.",
    "I rushed the sizing, simple as that.",
    "That was my arithmetic.",
    "That is not the format's fault, or anyone's but mine.",
    "I'm the one who gave you the wrong count.",
    "The late start wasn't the reason; I hadn't rehearsed the sizing.",
]


@pytest.mark.parametrize(
    ("write", "sentence"),
    [(note, s) for s in OWNED_BY_STRUCTURE] + [(plain_note, s) for s in OWNED_IN_PLAIN_WORDS],
)
def test_ownership_counts(write: Note, sentence: str) -> None:
    assert C.MISSING_BLAME not in codes(write(sentence, RESTATED))


NOT_OWNED_BY_STRUCTURE = [
    "The pleasure of the conversation was all mine.",
    "The idea for the migration was mine.",
    "It was my decision to leave the agency.",
    "The error sits with the vendor.",
    "If the confusion was mine, I apologise.",
    "Maybe the slip was on me.",
    "The blame lies with the rota, not with me.",
    "At my last firm I took the blame for other people's errors.",
    "I'm the one who led the migration.",
    "The mistake was never mine.",
]
NOT_OWNED_IN_PLAIN_WORDS = [
    "Nobody else had the same trouble with the timer.",
    "The screen-share lag falls on the provider, not on us.",
    "The lag didn't cause the outage last spring.",
    "I take that as a compliment.",
    "I accept the offer terms you sent.",
    "My colleague got ahead of himself in the demo.",
    "I can't pretend the lag helped.",
    "The rota was my colleague's call to make.",
    "The regions were a bit of a muddle.",
    "The late start wasn't the reason I applied.",
    "Priya is the one who gave the wrong count.",
]


@pytest.mark.parametrize(
    ("write", "sentence"),
    [(note, s) for s in NOT_OWNED_BY_STRUCTURE]
    + [(plain_note, s) for s in NOT_OWNED_IN_PLAIN_WORDS],
)
def test_a_note_that_owns_nothing_still_gets_missing_blame(write: Note, sentence: str) -> None:
    assert C.MISSING_BLAME in codes(write(sentence, RESTATED))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd shard by tenant and keep the hot tenants on their own nodes.",
        "Now I would start with the reconciliation report and only then touch the ledger.",
        "In hindsight, I'd route the alerts through the on-call rota first.",
        "My answer on the budget remains that we cap spend at the Q3 level.",
        "My recommendation stands: migrate the reporting jobs first.",
        "It's forty beds, not fourteen.",
        "They're quarterly targets, not monthly ones.",
    ],
)
def test_restatement_by_structure_counts(sentence: str) -> None:
    assert C.MISSING_RESTATEMENT not in codes(note(OWNED, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love another chance to walk you through it.",
        "I'd be grateful for a second look.",
        "I'd given the old figures by mistake.",
        "I'd read the brief the night before and still missed it.",
        "Looking back, the answer wasn't what I meant.",
        "That is not what I intended.",
        "I'd do anything to try that question again.",
        "It's my fault, not the format's.",
        "I would appreciate the chance to clarify.",
        "I would welcome any feedback on the rest of the session.",
        "I'd understand if you have moved on.",
        "That's what I meant.",
    ],
)
def test_no_restatement_is_still_missing(sentence: str) -> None:
    assert C.MISSING_RESTATEMENT in codes(note(OWNED, sentence))


def test_sentences_typed_without_capitals() -> None:
    text = (
        "hey ana thanks for today. i mixed up the two regions on the capacity question, that "
        "was on me. eu-west runs at forty percent headroom and the us region at ten.\n\nli"
    )
    assert C.MISSING_RESTATEMENT not in codes(text)
    # The same run with nothing after the ownership restates nothing.
    bare = "hey ana thanks for today. i mixed up the regions, that was on me. sorry again.\n\nli"
    assert C.MISSING_RESTATEMENT in codes(bare)


# A second pass of our own, in another note (a demand forecast): written as a probe before the
# rules for them existed. Ownership said by a verb of doing it badly, by admitting it, by idiom,
# by letting someone down or by a fault of the moment; and the explanations that own nothing.
def forecast(middle: str, ending: str = "The right figure is 4,000 units a month.") -> str:
    return (
        "Hi Sam,\n\nThanks for the interview. When you asked about demand, I quoted the wrong "
        f"month. {middle} {ending}\n\nBest,\nJo"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "That one was all me.",
        "I blew it on the cost question.",
        "I fluffed the answer.",
        "I botched the estimate.",
        "I admit I rushed it.",
        "I'll admit that was sloppy.",
        "Guilty as charged.",
        "I let you down on that question.",
        "No one else is to blame.",
        "That's something I need to own.",
        "I really should have checked the date first.",
        "I was careless with the dates.",
        "That came down to my own carelessness.",
        "I acknowledge I gave you the wrong figure.",
    ],
)
def test_ownership_by_admission_and_judgement(sentence: str) -> None:
    assert C.MISSING_BLAME not in codes(forecast(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The nerves got the better of me.",
        "Mistakes happen.",
        "No one is to blame for the mix-up.",
        "I admit the question surprised me.",
        "I recognise the timing was tight.",
        "I was nervous and it showed.",
        "I was the one who built the forecast in the first place.",
        "The idea to use monthly data was mine.",
        "That was my first panel interview.",
        "Maybe I should have asked.",
        "You might say I was careless.",
        "I should have been given the updated sheet.",
        "I'm not to blame for the data.",
        "It wasn't my fault the link failed.",
    ],
)
def test_explanations_that_own_nothing(sentence: str) -> None:
    assert C.MISSING_BLAME in codes(forecast(sentence))


@pytest.mark.parametrize(
    ("ending", "restated"),
    [
        ("If I answered again, I'd say March at 4,000 units.", True),
        ("My actual answer is March.", True),
        ("March, not June, is where demand peaks.", True),
        ("It was a silly slip.", False),
        ("I've learned to double-check dates.", False),
        ("I wish I'd said it better.", False),
        ("I'd meant to check the sheet.", False),
    ],
)
def test_restatement_in_the_forecast_note(ending: str, restated: bool) -> None:
    found = C.MISSING_RESTATEMENT in codes(forecast("That was my mistake.", ending))
    assert found is not restated


# The day itself told after the ownership is no restatement (a third probe of ours: 9 of these
# 10 read as the point before): the setting, the people, the question, the journey, in the past.
@pytest.mark.parametrize(
    ("ending", "restated"),
    [
        ("The office was lovely and the coffee excellent.", False),
        ("The team seemed really sharp.", False),
        ("Your question caught me off guard.", False),
        ("The conversation went by very quickly.", False),
        ("Tuesday was a long day of back-to-back calls.", False),
        ("The traffic on the way in did not help.", False),
        ("It was a fair question and a good one.", False),
        ("The rest of the session felt much smoother.", False),
        ("Demand doubles between January and March every year.", True),
        ("On the day I would plan stock for March first, and June after it.", True),
        ("The team that plans stock needs the March figure by Christmas.", True),
    ],
)
def test_the_day_told_is_not_the_point(ending: str, restated: bool) -> None:
    found = C.MISSING_RESTATEMENT in codes(forecast("That was my mistake.", ending))
    assert found is not restated


# A third ownership probe of our own (22 of 34 right before these rules): taking the blame with
# any verb of carrying it, blaming oneself with a modal, a poor answer "from me", idioms; and
# the same verbs about someone else, refused, or under a condition.
@pytest.mark.parametrize(
    ("sentence", "owns"),
    [
        ("That was a poor answer from me.", True),
        ("I dropped a clanger on the dates.", True),
        ("I take that one squarely on the chin.", True),
        ("I can only blame myself for that.", True),
        ("I'll shoulder the blame for that.", True),
        ("I accept full blame for the mix-up.", True),
        ("That's on my shoulders.", True),
        ("I stuffed that one up.", True),
        ("I'm kicking myself for that one.", True),
        ("They should take the blame for the outage.", False),
        ("If I take the blame, so be it.", False),
        ("I won't take the blame for the data.", False),
        ("It was a poor answer from the vendor.", False),
        ("My manager had to shoulder the blame at the time.", False),
        ("I misread the question.", False),
    ],
)
def test_carrying_the_blame(sentence: str, owns: bool) -> None:
    assert (C.MISSING_BLAME not in codes(forecast(sentence))) is owns


# A fourth probe of our own (restatement after ownership, 3 of 9 wrong before): the writer's
# record with a modal in a later clause, a team fact, "that was wrong of me", a should-have of
# saying with the point after it; and the same shapes that give no point.
@pytest.mark.parametrize(
    ("ending", "restated"),
    [
        ("We kept 94% of the team through the merger because we gave everyone a mentor.", True),
        ("I manage 4,000 units a month, and I'd plan from March.", True),
        ("I should have said 4,000 units.", True),
        ("I should've led with the March peak of 4,000 units.", True),
        ("I should have said that.", False),
        ("I should have told you sooner.", False),
        ("Everyone gets nervous in interviews sometimes.", False),
        ("I think I said 400, but I'm not sure.", False),
    ],
)
def test_the_record_and_the_should_have_of_saying(ending: str, restated: bool) -> None:
    found = C.MISSING_RESTATEMENT in codes(forecast("That was my mistake.", ending))
    assert found is not restated


def test_wrong_of_me_owns_it() -> None:
    assert C.MISSING_BLAME not in codes(forecast("That was wrong of me."))


# In plain words, in the note of the plain-words probe.


@pytest.mark.parametrize(
    "sentence",
    [
        "The real bottleneck is the shared lock on the ledger table.",
        "Correct is 14 regions.",
        "The workshop's aim was to get every team onto one rota.",
        "My approach is sharding first and caching second.",
        "The offer I should have made is 3,200 a month.",
        "Round-robin is what I'd pick for that queue.",
        "My revised query returns each invoice once.",
        "It's 14 regions across three continents.",
        "It's the idempotency key on the payment call.",
        "Peak load was 9,000 requests a second, not 900.",
        "I'd have split the cluster by region before the launch.",
        "We'd cache the rates for an hour and refresh them in the background.",
        "When the second region comes online, I'd move the writes there first.",
        "I can cut the build time to 6 minutes.",
        "I'm happy to cover two night shifts a week.",
        "I know to drain the node before patching it.",
        "I'd acknowledge the delay, apologise once, and reroute the parcel the same day.",
        "Ninety seconds, thanks to the warm standby.",
    ],
)
def test_restatement_in_plain_words_counts(sentence: str) -> None:
    # Before the ownership, where a plain statement of fact is not yet read as the point.
    assert C.MISSING_RESTATEMENT not in codes(plain_note(sentence, OWNED))


@pytest.mark.parametrize(
    "sentence",
    [
        "A second replica would absorb the spike we discussed.",
        "The tyre pressure drops about 2 psi overnight in winter.",
    ],
)
def test_a_plain_fact_after_the_ownership_restates(sentence: str) -> None:
    assert C.MISSING_RESTATEMENT not in codes(plain_note(OWNED, sentence))


def test_a_figure_in_a_clause_after_the_ownership_restates() -> None:
    text = "Hi Tomasz,\n\nThanks for today. I said 400 ms; my mistake, it's 40 ms at p99.\n\nIngrid"
    assert C.MISSING_RESTATEMENT not in codes(text)
    assert C.MISSING_BLAME not in codes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "It's been a long week for everyone.",
        "It's the best team I've met in years.",
        "The real trouble was the noise outside!",
        "I can only apologise again.",
        "I'm happy to talk it through on another call.",
        "I'd have loved more time on it.",
        "I know I let you down there.",
        "It's 2 am and I'm still thinking about it.",
        "We'd love to hear back soon.",
        "I'd have done better with another ten minutes.",
        "When we spoke, I'd already lost the thread.",
        "I'd apologise again, hope for the best and move on.",
        "Two days later, thanks to my sister, I had the slides.",
    ],
)
def test_a_note_that_restates_nothing_still_gets_missing_restatement(sentence: str) -> None:
    assert C.MISSING_RESTATEMENT in codes(plain_note(OWNED, sentence))
    assert C.MISSING_RESTATEMENT in codes(plain_note(sentence, OWNED))
