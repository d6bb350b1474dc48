"""Shapes of blame, pleading, self-talk, ownership and restatement in phrasings the readings first
met on probes of new writers (issue 14), in sentences written for these tests (not the probes'):

- blame: a setup failure named as a noun as the subject ("the hammering ... was loud enough that
  I lost ..."), a cause with a degree and a result ("so small that I misread"), a cause with a
  lack then ", and I [stumble]" ("the handout gave no units, and I mixed up ..."), a cause that
  harms ("which slowed my typing", "and that slowed everything down"), a relative "I" inside
  the cause's object ("a library I have never touched, so my answer wandered"), "given how
  [fault] ..., I ended up", "after the call dropped ..., I lost"; a jab that praises someone for
  doing their job ("good to finally deal with someone who ...", "that somebody on the panel had
  actually checked ...");
- pleading: wanting with everything one has, a move made at once ("in a heartbeat"), "I cannot
  afford to miss", thankful "for even" the least;
- self-talk: a flaw that "tends to" happen, "out of my depth", "never been much of a", "I'm
  slow", someone better who "would have spotted it", "rather than a star";
- ownership: a subject of two or three words owned ("the rushed ending was mine");
- restatement: "honest" as an adjective, a point whose subject holds "you asked about", and a
  point in a second clause after the occasion.

Each positive is found by the reading itself (so the test fails without the mechanism); each
negative is a near-pair the reading must leave alone.
"""

from __future__ import annotations

import pytest

from app.playbook import cause_reading, clauses, lexicon, stakes_reading, structure_reading, tone
from app.playbook.rules import lower_same, tokens, vocabulary
from app.playbook.scenarios import Scenario
from app.playbook.voice import check_voice

OWN = "That part is on me."
POINT = "The figure I meant is 4,000 orders an hour."


def recovery(body: str, own: str = OWN) -> str:
    return (
        "Hi Wilhelmina,\n\nThank you for the technical interview this afternoon. "
        f"{body} {own} {POINT}\n\nBest,\nAugustus\n"
    )


def codes(text: str, scenario: Scenario = Scenario.RECOVERY) -> set[str]:
    return {f.code.value for f in check_voice(text, scenario).findings}


def low_vocab(text: str) -> tuple[str, set[str]]:
    low = lower_same(text)
    return low, vocabulary(tokens(low))


# --- blame: sentence structure (clauses.py) ----------------------------------------------------

CLAUSE_BLAME = [
    "The hammering from the floor above was loud enough that I lost my train of thought.",
    "The slide text was so small that I misread the axis labels.",
    "The handout gave no units, and I mixed up the two columns.",
    "The brief mentioned nothing about peak load, and I guessed at the numbers.",
    "The loan laptop had a sticky shift key, which slowed my typing.",
    "The editor had syntax colouring turned off, and that slowed everything down.",
    "The task assumed a library I have never touched, so my answer wandered.",
    "Given how ambiguous the brief was, I ended up designing for a different problem.",
    "After the drilling started next door, I lost my place in the estimate.",
]

CLAUSE_NOT_BLAME = [
    "After the interview I realised I got the rate wrong.",
    "The brief said no more than three services, and I built four.",
    "The exercise was fair, and I simply rushed it.",
    "The room was quiet enough that I could think clearly.",
    "The schedule was tight for you today, so thank you for the extra minutes.",
    "The task assumed a library, so I used it and finished early.",
    "I had a sticky shift key on my own laptop, which slowed my typing; that is on me.",
]


@pytest.mark.parametrize("body", CLAUSE_BLAME)
def test_a_cause_tied_to_the_stumble_by_structure_is_blame(body: str) -> None:
    assert "blame_shift" in codes(recovery(body))
    assert clauses.blame_spans(lower_same(recovery(body)))


@pytest.mark.parametrize("body", CLAUSE_NOT_BLAME)
def test_the_structure_reading_leaves_these_alone(body: str) -> None:
    assert clauses.blame_spans(lower_same(recovery(body))) == []


def test_a_word_ending_in_nt_is_not_a_negator() -> None:
    # "a different problem": "different" is no "didn't"; read as one, it took the blame back.
    assert not clauses._negated_at(["a", "different", "problem"], 2)
    assert not clauses._negated_at(["an", "urgent", "problem"], 2)
    assert clauses._negated_at(["it", "wasnt", "clear"], 2)
    assert clauses._negated_at(["they", "couldnt", "say"], 2)


# --- blame: jabs (cause_reading.py) ------------------------------------------------------------

JABS = [
    "It was good to finally deal with someone here who answers emails.",
    "Refreshing that somebody on the panel had actually checked my references.",
]
NOT_JABS = [
    "Lovely to finally meet the recruiter who arranged my visit.",
    "It was good to finally see the warehouse you described.",
]


def gratitude(body: str) -> str:
    return (
        f"Hi Cordelia,\n\nThank you for the conversation this morning. {body} I enjoyed hearing "
        "about the new depot.\n\nBest,\nLeopold\n"
    )


@pytest.mark.parametrize("body", JABS)
def test_praise_for_someone_doing_their_job_is_a_jab(body: str) -> None:
    assert "blame_shift" in codes(gratitude(body), Scenario.GRATITUDE)
    low, vocab = low_vocab(gratitude(body))
    assert cause_reading.blame_spans(low, vocab)


@pytest.mark.parametrize("body", NOT_JABS)
def test_sincere_praise_is_no_jab(body: str) -> None:
    assert "blame_shift" not in codes(gratitude(body), Scenario.GRATITUDE)


# --- pleading and self-talk (stakes_reading.py) ------------------------------------------------

PLEAS = [
    "Praying with all my heart that the offer comes my way.",
    "I'd relocate to Aberdeen in a heartbeat for this post.",
    "I simply cannot afford to miss out on this one.",
    "I'd be so grateful for even a short call back.",
]
NOT_PLEAS = [
    "I hope with all my heart your daughter's recital goes well.",
    "I could start on the first of the month if that helps the schedule.",
    "I'd be grateful for the names of the panel.",
    "We can't afford to lose the Friday slot, so Thursday works better.",
]


@pytest.mark.parametrize("body", PLEAS)
def test_quiet_pleading_by_shape(body: str) -> None:
    assert "pleading" in codes(gratitude(body), Scenario.GRATITUDE)
    low, vocab = low_vocab(gratitude(body))
    assert stakes_reading.plea_spans(low, vocab)


@pytest.mark.parametrize("body", NOT_PLEAS)
def test_wishes_and_logistics_are_no_plea(body: str) -> None:
    low, vocab = low_vocab(gratitude(body))
    assert stakes_reading.plea_spans(low, vocab) == []


SELF_TALK = [
    "My brain tends to freeze when I'm put on the spot.",
    "I'm well out of my depth with Bayesian models.",
    "Someone who knew SQL properly would have spotted the missing join.",
    "I've never been much of a presenter.",
    "I'm slow with mental arithmetic, always have been.",
    "I'm a steady worker rather than a star.",
]
NOT_SELF_TALK = [
    "My team tends to ship on Fridays.",
    "I'm a builder rather than a manager.",
    "The old build server tends to freeze on Mondays.",
    "Someone from your team would have answered that on the day.",
]


@pytest.mark.parametrize("body", SELF_TALK)
def test_self_talk_by_trait_or_comparison(body: str) -> None:
    assert "self_deprecation" in codes(recovery(body))
    low, vocab = low_vocab(recovery(body))
    assert stakes_reading.self_spans(low, vocab)


@pytest.mark.parametrize("body", NOT_SELF_TALK)
def test_plain_facts_are_no_self_talk(body: str) -> None:
    low, vocab = low_vocab(recovery(body))
    assert stakes_reading.self_spans(low, vocab) == []


# --- ownership (lexicon_notes.OWNERSHIP) -------------------------------------------------------

MISSED = "I ran out of time on the capacity question."


@pytest.mark.parametrize(
    "own", ["The rushed ending was mine.", "The whole wandering answer was mine."]
)
def test_a_longer_subject_owned_is_ownership(own: str) -> None:
    assert "missing_blame" not in codes(recovery(MISSED, own))


@pytest.mark.parametrize("own", ["The real pleasure was mine.", "The whole day was mine."])
def test_a_pleasure_is_not_ownership(own: str) -> None:
    assert "missing_blame" in codes(recovery(MISSED, own))


# --- restatement (structure_reading.states_a_fact) ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "with a sample that small, a bootstrap interval is the honest summary.",
        "having checked, the port you asked about is 5432 on the replica.",
        "the question was about merging sorted lists, and a merge walk does it in a single pass.",
    ],
)
def test_a_point_stated_plainly_is_a_fact(sentence: str) -> None:
    assert structure_reading.states_a_fact(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "when you asked about the port, i said it was 3306.",
        "honestly the whole thing went by in a blur for me.",
        "the question was about merging sorted lists, and the time went by fast.",
    ],
)
def test_a_recount_or_the_occasion_is_no_fact(sentence: str) -> None:
    assert not structure_reading.states_a_fact(sentence, 0, len(sentence))


# --- more of each: causes shrugged off, jabs by implied failure, needs stacked, trait talk --------

MORE_CLAUSE_BLAME = [
    "The exam software kicked me off twice, and by the end I was rushing.",
    "The room was next to the lifts, which did my focus no favours.",
    "Nothing in the pack said the figures were in thousands, so my ratios were off.",
    "Between the late start and the fire alarm, I didn't finish the second part.",
    "The keyboard was jammed for most of the task, and I struggled to finish.",
    "I was sent the wrong dataset for the exercise, and it showed in my answer.",
    "The second prompt arrived as a scan I couldn't search, which set me back.",
    "The test dataset had missing dates, which nobody mentioned, and my averages came out skewed.",
]
MORE_CLAUSE_NOT_BLAME = [
    "The audio crackled once, but I heard every word fine.",
    "I was given the right version of the case, and I still misread it.",
    "The question was clear, and the time was fair.",
    "Between the two options, I chose the cheaper one.",
]


@pytest.mark.parametrize("body", MORE_CLAUSE_BLAME)
def test_more_causes_tied_to_the_stumble_are_blame(body: str) -> None:
    assert "blame_shift" in codes(recovery(body))
    assert clauses.blame_spans(lower_same(recovery(body)))


@pytest.mark.parametrize("body", MORE_CLAUSE_NOT_BLAME)
def test_a_cause_shrugged_off_or_cleared_is_no_blame(body: str) -> None:
    assert clauses.blame_spans(lower_same(recovery(body))) == []


def test_a_cause_shrugged_off_takes_back_the_phrase_rules_too() -> None:
    low = lower_same("The connection dropped for a moment, but I heard the question fine.")
    assert clauses.disowned_at(low, 4)


def test_a_sentence_that_clears_the_setup_is_not_the_scorers_blame() -> None:
    sentence = "the brief was clear; i misread it."
    assert clauses.cleared(sentence, 0, len(sentence))
    assert not clauses.cleared("the brief was not clear.", 0, 24)
    assert not clauses.cleared("the brief was clear but vague.", 0, 30)


MORE_JABS = [
    "Thank you for being the first interviewer to actually ask about my portfolio.",
    "Good that at least someone on the panel had read my cover letter.",
]
MORE_NOT_JABS = [
    "Thank you for being the first person to welcome me at reception.",
    "At least one person from the panel will join the second round.",
]


@pytest.mark.parametrize("body", MORE_JABS)
def test_the_others_implied_to_have_failed_is_a_jab(body: str) -> None:
    assert "blame_shift" in codes(gratitude(body), Scenario.GRATITUDE)
    low, vocab = low_vocab(gratitude(body))
    assert cause_reading.blame_spans(low, vocab)


@pytest.mark.parametrize("body", MORE_NOT_JABS)
def test_firsts_and_counts_are_no_jab(body: str) -> None:
    low, vocab = low_vocab(gratitude(body))
    assert cause_reading.blame_spans(low, vocab) == []


@pytest.mark.parametrize(
    "body",
    [
        "I keep refreshing my inbox for your decision.",
        "Please, if any role opens on the team, I'd take it.",
    ],
)
def test_more_quiet_pleading(body: str) -> None:
    assert "pleading" in codes(gratitude(body), Scenario.GRATITUDE)
    low, vocab = low_vocab(gratitude(body))
    assert stakes_reading.plea_spans(low, vocab)


def test_a_need_stacked_with_commas_is_pleading() -> None:
    low, vocab = low_vocab(gratitude("I really, really need this."))
    assert lexicon.PLEADING.spans(low, vocab)


@pytest.mark.parametrize(
    "body",
    [
        "I'll be checking my inbox for the calendar invite.",
        "It would mean so much to hear how the trial ends.",
        "Please find the slides attached.",
    ],
)
def test_inboxes_and_curiosity_are_no_plea(body: str) -> None:
    assert "pleading" not in codes(gratitude(body), Scenario.GRATITUDE)


MORE_SELF_TALK = [
    "My memory turns to mush under pressure.",
    "Put me on the spot and I ramble.",
    "I've a bad habit of over-explaining simple things.",
    "I'm not quite a natural at negotiation.",
    "I'm not the calibre of analyst you normally hire.",
    "I doubt I stack up against the other applicants.",
]
MORE_NOT_SELF_TALK = [
    "I'm not usually in the office on Fridays.",
    "I'm keen to keep up with the other teams' releases.",
    "I'm a natural fit for the night rota, as I live nearby.",
]


@pytest.mark.parametrize("body", MORE_SELF_TALK)
def test_more_self_talk_by_trait_or_comparison(body: str) -> None:
    assert "self_deprecation" in codes(recovery(body))
    low, vocab = low_vocab(recovery(body))
    assert stakes_reading.self_spans(low, vocab)


@pytest.mark.parametrize("body", MORE_NOT_SELF_TALK)
def test_more_plain_facts_are_no_self_talk(body: str) -> None:
    low, vocab = low_vocab(recovery(body))
    assert stakes_reading.self_spans(low, vocab) == []


def test_my_part_set_against_the_setup_is_ownership() -> None:
    assert "missing_blame" not in codes(recovery(MISSED, "That was my pacing, not the clock."))
    assert "missing_blame" in codes(recovery(MISSED, "That was my first time, not the last."))


@pytest.mark.parametrize(
    ("sentence", "stands"),
    [
        ("i came across as defensive about breaking changes.", False),
        ("the question was clear, and i answered another one.", False),
        ("the brief you sent left out the expected scale.", True),
        ("i'd been told it would be a chat, so i did not prepare.", True),
    ],
)
def test_the_scorers_blame_needs_a_cause_outside_the_candidate(sentence: str, stands: bool) -> None:
    assert tone.scored_blame_stands(sentence, 0, len(sentence)) is stands


# --- self-talk by rank or weak spot, favours, late thanks, plural faults, present figures ---------

SELF_TALK_BY_RANK_OR_WEAK_SPOT = [
    "I'm no accountant, as the margin figure showed.",
    "Most candidates would have spotted the missing index.",
    "I'm nowhere near the level of the others you met.",
    "Whiteboards have always been my weak spot.",
    "Thank you for taking a chance on someone with my thin CV.",
    "My head simply isn't built for tax law.",
]
NOT_SELF_TALK_BY_RANK_OR_WEAK_SPOT = [
    "I'm no longer at the agency, so this address is the one to use.",
    "My limited edition prints sold out last spring.",
    "The bridge was built for heavier loads than ours.",
    "It has always been our weak spot as a team.",
]


@pytest.mark.parametrize("body", SELF_TALK_BY_RANK_OR_WEAK_SPOT)
def test_self_talk_by_rank_lack_or_weak_spot(body: str) -> None:
    assert "self_deprecation" in codes(recovery(body))
    low, vocab = low_vocab(recovery(body))
    assert stakes_reading.self_spans(low, vocab)


@pytest.mark.parametrize("body", NOT_SELF_TALK_BY_RANK_OR_WEAK_SPOT)
def test_the_same_words_about_others_or_things_are_no_self_talk(body: str) -> None:
    low, vocab = low_vocab(recovery(body))
    assert stakes_reading.self_spans(low, vocab) == []


@pytest.mark.parametrize(
    "body",
    [
        "If you could put in a good word for me with the panel, I'd be grateful.",
        "I've passed up another offer to focus on this role.",
    ],
)
def test_a_favour_or_a_sacrifice_made_is_pleading(body: str) -> None:
    low, vocab = low_vocab(gratitude(body))
    assert stakes_reading.plea_spans(low, vocab)


@pytest.mark.parametrize(
    "body",
    ["I passed on your note to my manager.", "I'll never forget the tour of the plant."],
)
def test_passing_on_and_remembering_are_no_plea(body: str) -> None:
    low, vocab = low_vocab(gratitude(body))
    assert stakes_reading.plea_spans(low, vocab) == []


def test_thanks_for_eventually_doing_the_job_is_a_jab() -> None:
    jab = gratitude("Thanks as well for eventually finding us a room.")
    low, vocab = low_vocab(jab)
    assert cause_reading.blame_spans(low, vocab)
    calm = gratitude("Thank you for the tour; we finally saw the new line running.")
    low, vocab = low_vocab(calm)
    assert cause_reading.blame_spans(low, vocab) == []


def test_plural_faults_owned_are_ownership() -> None:
    assert "missing_blame" not in codes(recovery(MISSED, "The rushed estimates are on me."))


def test_a_figure_in_the_present_is_the_point_whatever_it_opens_on() -> None:
    point = "this year's growth is 14 %, not 9 %."
    assert structure_reading.states_a_fact(point, 0, len(point))
    story = "this was a lovely chat with the 3 of you."
    assert not structure_reading.states_a_fact(story, 0, len(story))


# --- work on the receiving end, praise for once, unlikely picks, 'it is' points and more ----------


@pytest.mark.parametrize(
    "body",
    [
        "The brief, which nobody had checked, was last year's, so my figures looked stale.",
        "The pens kept failing, meaning most of my diagram was invisible.",
    ],
)
def test_the_candidates_work_on_the_receiving_end_is_blame(body: str) -> None:
    assert "blame_shift" in codes(recovery(body))
    assert clauses.blame_spans(lower_same(recovery(body)))


def test_my_work_after_a_fine_setup_is_no_blame() -> None:
    body = "The scenario was realistic, so my pitch sounded odd only because of me."
    assert clauses.blame_spans(lower_same(recovery(body))) == []


def test_praise_for_once_is_a_jab() -> None:
    low, vocab = low_vocab(gratitude("Refreshing to talk about the actual product for once."))
    assert cause_reading.blame_spans(low, vocab)
    low, vocab = low_vocab(gratitude("For once the trains ran on time, so I arrived early."))
    assert cause_reading.blame_spans(low, vocab) == []


@pytest.mark.parametrize(
    "body",
    [
        "I would happily work weekends to be on the team.",
        "I'd be so relieved just to get a second interview.",
    ],
)
def test_a_sacrifice_spelled_out_or_relief_at_the_least_is_pleading(body: str) -> None:
    low, vocab = low_vocab(gratitude(body))
    assert stakes_reading.plea_spans(low, vocab)


def test_relief_at_logistics_is_no_plea() -> None:
    low, vocab = low_vocab(gratitude("I'd be relieved to know the parking details."))
    assert stakes_reading.plea_spans(low, vocab) == []


@pytest.mark.parametrize(
    "body", ["I've never had a head for regulation.", "I'm an unlikely pick for a bank, I know."]
)
def test_never_a_head_for_it_or_an_unlikely_pick_is_self_talk(body: str) -> None:
    low, vocab = low_vocab(recovery(body))
    assert stakes_reading.self_spans(low, vocab)


@pytest.mark.parametrize(
    "body",
    ["I've never had a chance to visit Leeds.", "The unlikely pick for captain was our keeper."],
)
def test_a_chance_never_had_or_someone_elses_pick_is_no_self_talk(body: str) -> None:
    low, vocab = low_vocab(recovery(body))
    assert stakes_reading.self_spans(low, vocab) == []


def test_a_cause_that_changed_nothing_is_no_blame() -> None:
    body = "The projector flickered once but it didn't change anything; I misread the chart."
    assert clauses.blame_spans(lower_same(recovery(body))) == []
    assert clauses.disowned_at(lower_same(body), 4)


def test_a_clause_final_on_me_owns_it() -> None:
    assert "missing_blame" not in codes(recovery(MISSED, "The pacing was poor - on me."))
    assert "missing_blame" in codes(recovery(MISSED, "The choice of topic was left on me."))


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        ("it's a write-behind cache.", True),
        ("i have since looked it up: it's a trie.", True),
        ("it's a shame the demo ran late.", False),
        ("it's a great team to join.", False),
    ],
)
def test_it_is_a_thing_is_the_point(sentence: str, point: bool) -> None:
    assert structure_reading.states_a_fact(sentence, 0, len(sentence)) is point
