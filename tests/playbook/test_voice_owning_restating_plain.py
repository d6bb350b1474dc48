"""Ownership and restatement as people write them without a template (issue 14, the 600 notes of
b26-b28 by writers who never saw the checker), read by structure, on sentences of our own.

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

import pytest

from app.playbook.models import FindingCode
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

C = FindingCode
RESTATED = "What I meant to say is that the cache sits in front of the queue."
OWNED = "That part was on me."


def codes(text: str) -> set[FindingCode]:
    return {f.code for f in check_voice(text, Scenario.RECOVERY).findings}


def note(middle: str, ending: str) -> str:
    return (
        "Hi Tomasz,\n\nThank you for the session this afternoon. On the sizing question I mixed "
        f"up the two regions. {middle} {ending}\n\nKind regards,\nIngrid"
    )


@pytest.mark.parametrize(
    "sentence",
    [
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
    ],
)
def test_ownership_in_plain_words_counts(sentence: str) -> None:
    assert C.MISSING_BLAME not in codes(note(sentence, RESTATED))


@pytest.mark.parametrize(
    "sentence",
    [
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
    ],
)
def test_a_note_that_owns_nothing_still_gets_missing_blame(sentence: str) -> None:
    assert C.MISSING_BLAME in codes(note(sentence, RESTATED))


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
    assert C.MISSING_RESTATEMENT not in codes(note(sentence, OWNED))


@pytest.mark.parametrize(
    "sentence",
    [
        "A second replica would absorb the spike we discussed.",
        "The tyre pressure drops about 2 psi overnight in winter.",
    ],
)
def test_a_plain_fact_after_the_ownership_restates(sentence: str) -> None:
    assert C.MISSING_RESTATEMENT not in codes(note(OWNED, sentence))


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
    assert C.MISSING_RESTATEMENT in codes(note(OWNED, sentence))
    assert C.MISSING_RESTATEMENT in codes(note(sentence, OWNED))
