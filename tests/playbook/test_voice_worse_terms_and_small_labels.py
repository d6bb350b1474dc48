"""Quiet pleading and self-talk in shapes the rules missed (issue 14), in sentences written for
these tests, read by the rules alone (the learned scorer is switched off, so each positive
shows the rule, not the model):

- pleading: worse terms offered for the post ("on any terms", "for less", "unpaid", "any
  shift"), the post as a lifeline, a blessing or everything to a family, the candidate left
  with nowhere to go or finished by one more no, a need for the reader to pick them, the post
  lost as a condition ("if it doesn't come through") or named as what they'd be without;
- self-deprecation: a plain self-label ("a pretty mediocre analyst", "a bit of a bore",
  "feeling like a fraud"), a lowly label ("a mere temp", "a glorified typist"), the lowly like
  the candidate ("a dogsbody like me", "people like me don't get ..."), a habit as "classic
  me", a lesser person imagined doing better ("a first-year would have known").

Each negative is a near-pair the rules must leave alone.
"""

from __future__ import annotations

import pytest

from app.playbook import voice_weights as vw
from tests.playbook.voice_helpers import code_values as codes

OWN = "I mixed up the two pump curves, and that mistake is mine."
POINT = "The duty point sits at 40 litres a second, not 25."


def recovery(body: str) -> str:
    return (
        "Hi Marisol,\n\nThank you for the plant interview this morning. "
        f"{OWN} {POINT} {body}\n\nBest,\nTeodor\n"
    )


def follow_up(body: str) -> str:
    return (
        "Hi Marisol,\n\nThanks for the conversation on Tuesday about the maintenance lead role. "
        f"{body} You said the second pump house opens in May. If the permit slips, who covers "
        "the night rota?\n\nBest,\nTeodor\n"
    )


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vw, "WEIGHTS", {})


PLEAS = [
    "After a year of applying, I'd accept the post on any terms you set.",
    "I'd happily start next week for less than the advertised rate.",
    "I will come in for the trial shift unpaid, any day that suits.",
    "I'll take anything you've got, stores, nights, anything.",
    "Whatever you need from me, nights, travel, a smaller title, I'll do it.",
    "I would work any shift to be part of the crew.",
    "With the rent overdue, this job is honestly my lifeline.",
    "This post would really be a blessing for my family.",
    "The offer would be everything to my kids.",
    "I really need you to remember me when the next post opens.",
    "I need this promotion so badly.",
    "The lease ends next month and after that I have nowhere to go.",
    "One more rejection would honestly finish me.",
    "I'd be the happiest fitter alive if you said yes.",
    "I'm not sure what I'll do if this one doesn't come through.",
    "Without this job I don't know what I'd do.",
]

CALM = [
    "I'd accept the start date you proposed.",
    "I'd start on the Monday if the paperwork clears.",
    "The old plant ran the pumps unpaid for a week during the strike, which surprised me.",
    "I'll take anything you can share about the rota as a reading list.",
    "Whatever you need for the site pass, I can send it today.",
    "The night rota is a lifeline for the older pumps.",
    "It was a blessing in disguise that the valve failed in testing.",
    "Safety is everything to the crew there.",
    "I need you to confirm the time of the site visit.",
    "The new bearing would break in over the first week.",
    "I'm not sure what the team will do if the permit doesn't come through.",
]

SELF_TALK = [
    "I'm honestly a pretty mediocre analyst, if I'm fair.",
    "I'm a rather ordinary fitter, to be frank.",
    "I walked out feeling like a bit of a fraud.",
    "You must have found me a bit of a bore on the tour.",
    "I'm basically a walking disaster with paperwork.",
    "As a mere temp, I didn't expect a full tour.",
    "I'm not an engineer, more of a glorified typist.",
    "A dogsbody from a small yard like me isn't used to this.",
    "Cleaners like me rarely get a seat at that table.",
    "Classic me, rushing the easy part.",
    "A first-year apprentice would have known it cold.",
    "My portfolio is pretty average, I know.",
    "I'm not so capable as the other candidates.",
    "Honestly, you dodged a bullet with me.",
    "I'd only make an eejit of myself at that level.",
]

NOT_SELF_TALK = [
    "I'm an ordinary member of the union there, nothing more.",
    "The old pump was basically a walking museum piece.",
    "I built a glorified spreadsheet to track the spares.",
    "People like me to send the minutes the same day.",
    "The plant was classic mid-century design.",
    "No one could have known the pump would trip.",
    "My average response time was four hours.",
    "The crew dodged a bullet when the valve held.",
]


@pytest.mark.parametrize("body", PLEAS)
def test_worse_terms_and_stakes_are_pleading(body: str) -> None:
    assert "pleading" in codes(follow_up(body))


@pytest.mark.parametrize("body", CALM)
def test_their_near_pairs_are_not(body: str) -> None:
    assert "pleading" not in codes(follow_up(body))


@pytest.mark.parametrize("body", SELF_TALK)
def test_small_labels_are_self_deprecation(body: str) -> None:
    assert "self_deprecation" in codes(recovery(body))


@pytest.mark.parametrize("body", NOT_SELF_TALK)
def test_labels_of_things_and_others_are_not(body: str) -> None:
    assert "self_deprecation" not in codes(recovery(body))
