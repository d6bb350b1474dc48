"""Input as people type it, normalised once before it sits in a note's sentence (issue 15).

Each normaliser is a mechanism, not a patch for one string: the position ("the Data Scientist
role role"), a topic typed with its own verb ("hearing about hearing about"), an apology in front
of a stumble ("I was sorry, I messed up"), names typed in capitals or lower case, invisible
characters in any field, list labels on questions. Unit cases per normaliser, a corpus crossing
them through compose_draft, and properties over generated input.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.playbook import normalise as nz
from app.playbook.drafting import compose_draft
from app.playbook.models import Details, DraftInput, InterviewTime, Person
from app.playbook.questions import topic_phrase
from app.playbook.scenarios import Scenario
from tests.playbook.test_drafting_properties import assert_reads_clean

WHEN = InterviewTime(datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15), "America/New_York")
NOW = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2060"]
INVISIBLE += ["\u2066", "\u2069", "\ufeff", "\u00ad"]


# --- the position ----------------------------------------------------------------------------

POSITIONS = {
    ("Data Scientist", None): "Data Scientist",
    ("Data Scientist role", None): "Data Scientist",
    ("Data Scientist Position", None): "Data Scientist",
    ("the Data Scientist job", None): "Data Scientist",
    ("a Data Scientist", None): "Data Scientist",
    ("An Engineering Manager opening", None): "Engineering Manager",
    ("Engineer at Acme", "Acme"): "Engineer",
    ("Engineer role at acme", "Acme"): "Engineer",
    ("Staff Engineer, Acme", "Acme"): "Staff Engineer",
    ("Engineer at Acme", "Globex"): "Engineer at Acme",  # not the note's company: kept
    ("Head of Growth at Scale", None): "Head of Growth at Scale",
    ("role", None): "role",  # nothing would remain
    ("The", None): "The",
}


@pytest.mark.parametrize(("typed", "expected"), sorted(POSITIONS.items(), key=str))
def test_the_position_loses_what_the_role_phrase_says(
    typed: tuple[str, str | None], expected: str
) -> None:
    assert nz.position(*typed) == expected


# --- the topic -------------------------------------------------------------------------------

TOPICS = {
    "hearing about the roadmap": "the roadmap",
    "talking about the roadmap": "the roadmap",
    "Talking about the billing migration.": "the billing migration",
    "discussing Kubernetes": "Kubernetes",
    "learning about GDPR": "GDPR",
    "our chat about the data platform": "the data platform",
    "going over the design system": "the design system",
    "talking about about the roadmap": "the roadmap",
    "hearing": "hearing",  # a verb alone is the topic as typed
    "Scaling the search cluster": "scaling the search cluster",
}


@pytest.mark.parametrize(("typed", "expected"), sorted(TOPICS.items()))
def test_a_topic_loses_the_verb_the_note_supplies(typed: str, expected: str) -> None:
    assert topic_phrase(typed) == expected


# --- apologies in front of the point ---------------------------------------------------------

STUMBLES = {
    "I'm sorry, I messed up the window function question": "I messed up the window function "
    "question",
    "sorry, I froze on the SQL question": "I froze on the SQL question",
    "So sorry but I mixed up the join types": "I mixed up the join types",
    "I apologise, my estimate was off": "my estimate was off",
    "my apologies - blanked on the complexity question": "I blanked on the complexity question",
    "I'm sorry that I rambled": "I rambled",
    "Oops, I got the CAP theorem backwards": "I got the CAP theorem backwards",
    "sorry": "sorry",  # nothing else typed: kept rather than emptied
}


@pytest.mark.parametrize(("typed", "expected"), sorted(STUMBLES.items()))
def test_a_leading_apology_goes_as_a_hedge_does(typed: str, expected: str) -> None:
    assert nz.stumble(typed) == expected


def test_an_apology_goes_from_the_cause_and_the_restatement_too() -> None:
    assert nz.cause("I'm sorry, I was nervous") == "I was nervous"
    assert nz.restatement("Sorry, what I meant to say is we shard by tenant") == (
        "we shard by tenant"
    )


# --- question labels -------------------------------------------------------------------------

QUESTIONS = {
    "Question 2: what would my first project be": "what would my first project be",
    "question 2 what would my first project be": "what would my first project be",
    "Q1) who owns the rollback plan?": "who owns the rollback plan",
    "Q1: who owns the rollback plan": "who owns the rollback plan",
    "q: how do we measure success": "how do we measure success",
    "1. What ships first?": "What ships first",
    "2) What ships first": "What ships first",
    "- what ships first": "what ships first",
    "• What ships first": "What ships first",
    "- Q3: what ships first": "what ships first",
    # Numbers and quarters that are part of the question stay.
    "1.5 million users a day: how do we scale that?": "1.5 million users a day: how do we "
    "scale that",
    "Q4 plans: what are they": "Q4 plans: what are they",
    "2026 goals: what matters most": "2026 goals: what matters most",
    "Questions remain about the scope": "Questions remain about the scope",
    "Quick one: who owns billing": "Quick one: who owns billing",
}


@pytest.mark.parametrize(("typed", "expected"), sorted(QUESTIONS.items()))
def test_a_question_loses_its_list_label(typed: str, expected: str) -> None:
    assert nz.question(typed) == expected


# --- names -----------------------------------------------------------------------------------

NAMES = {
    "MARCUS CHEN": "Marcus Chen",
    "O'BRIEN, SEAN": "O'Brien, Sean",
    "jean-luc picard": "Jean-Luc Picard",
    "SEAN MCDONALD": "Sean McDonald",
    "maria de la cruz": "Maria de la Cruz",
    "LUDWIG VAN BEETHOVEN": "Ludwig van Beethoven",
    "JOHN SMITH III": "John Smith III",
    "ÉLODIE DURAND": "Élodie Durand",
    "dr. jane smith": "Dr. Jane Smith",
    # Mixed case is the person's own spelling; scripts without case are left as they are.
    "de la Cruz": "de la Cruz",
    "DeShawn McKinney": "DeShawn McKinney",
    "danah boyd": "Danah Boyd",
    "李 伟": "李 伟",
}


@pytest.mark.parametrize(("typed", "expected"), sorted(NAMES.items()))
def test_a_name_typed_in_one_case_is_cased_per_part(typed: str, expected: str) -> None:
    assert nz.person_name(typed) == expected


# --- invisible characters --------------------------------------------------------------------


@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_characters_are_deleted_not_spaced(mark: str) -> None:
    assert nz.inline(f"{mark}Jo{mark}sé Ruiz{mark}") == "José Ruiz"
    assert nz.inline(mark) is None  # nothing visible: not supplied


# --- through the engine: a corpus crossing the typed forms -----------------------------------

TYPED_NAMES = ["MARCUS CHEN", "jean-luc picard", "O'BRIEN, SEAN", "\u200bJosé\u200d Ruiz"]
GREETINGS = ["Hi Marcus,", "Hi Jean-Luc,", "Hi Sean,", "Hi José,"]
TYPED_POSITIONS = ["Data Scientist role", "the Data Scientist", "Data Scientist at Acme"]
TYPED_TOPICS = [
    ("hearing about the roadmap", "the roadmap"),
    ("Discussing Kubernetes upgrades", "Kubernetes upgrades"),
    ("talking about our data platform", "our data platform"),
]


def _typed_cases() -> list[tuple[DraftInput, str, str]]:
    cases: list[tuple[DraftInput, str, str]] = []
    for (n, name), position, (topic, core), scenario in itertools.product(
        enumerate(TYPED_NAMES),
        TYPED_POSITIONS,
        TYPED_TOPICS,
        [Scenario.GRATITUDE, Scenario.FOLLOW_UP, Scenario.RECOVERY],
    ):
        details = Details(
            topic=topic,
            stumble="I'm sorry, I messed up the window function question",
            what_happened="sorry, I was nervous",
            restatement="use ROW_NUMBER() over a partition",
            questions=("Question 1: what would my first project be", "2) who would I work with"),
        )
        if scenario is not Scenario.RECOVERY:
            details = Details(topic=topic, questions=details.questions)
        if scenario is Scenario.GRATITUDE:
            details = Details(topic=topic)
        inp = DraftInput(
            scenario,
            Person(name, "p@example.com", "Engineering Manager"),
            "Sam\u202e Okafor",
            "Acme",
            position,
            WHEN,
            details,
            panel_position=len(cases) % 5,
        )
        cases.append((inp, GREETINGS[n], core))
    return cases


TYPED = _typed_cases()


def test_the_typed_corpus_is_large() -> None:
    assert len(TYPED) >= 100


@pytest.mark.parametrize(("inp", "greeting", "core"), TYPED, ids=lambda v: "")
def test_typed_input_reads_as_a_careful_candidate_writes(
    inp: DraftInput, greeting: str, core: str
) -> None:
    draft = compose_draft(inp, now=NOW)
    text = draft.text
    assert_reads_clean(draft)
    assert draft.placeholders == ()
    assert draft.voice.verdict == "send", (text, draft.voice.findings)
    assert text.startswith(greeting + "\n"), text
    assert not any(ch in text or ch in draft.subject for ch in INVISIBLE), repr(text)
    assert "Sam Okafor" in text
    # Position: never "role role", "the the", "the a", nor the company twice in one phrase.
    assert "Scientist role role" not in text and "the the " not in text.lower(), text
    assert "Acme role at Acme" not in text and "Scientist at Acme role" not in text, text
    assert text.count("Acme") <= 1, text
    # Topic: named once, without the verb the sentence already has.
    assert text.count(core) == 1, text
    for verb in ("hearing about hearing", "talking about talking", "discussed discussing"):
        assert verb not in text.lower(), text
    assert "sorry" not in text.lower(), text
    if inp.scenario is Scenario.FOLLOW_UP:
        assert "\nWhat would my first project be?\n" in text, text
        assert "\nWho would I work with?\n" in text, text
        assert "Question" not in text and "2)" not in text, text
    if inp.scenario is Scenario.RECOVERY:
        assert ", I messed up the window function question." in text, text
        assert "Looking back, I was nervous." in text, text


# --- generated input -------------------------------------------------------------------------

_FIELD_TEXT = st.sampled_from(
    [
        "Priya Raman",
        "José García",
        "the billing migration",
        "I was rushing",
        "my estimate was off",
        "we shard by tenant",
        "Data Engineer",
        "Northwind",
        "how do we measure success",
    ]
)


@st.composite
def _sprinkled(draw: st.DrawFn) -> tuple[str, str]:
    """(clean text, the same text with invisible characters put anywhere in it)."""
    text = draw(_FIELD_TEXT)
    out = []
    for ch in text:
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(INVISIBLE)))
        out.append(ch)
    out.append(draw(st.sampled_from(["", *INVISIBLE])))
    return text, "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    scenario=st.sampled_from(
        [Scenario.RECOVERY, Scenario.FOLLOW_UP, Scenario.GRATITUDE, Scenario.ASK_RECRUITER]
    ),
    fields=st.lists(_sprinkled(), min_size=9, max_size=9),
    position=st.integers(0, 6),
)
def test_invisible_characters_anywhere_change_nothing(
    scenario: Scenario, fields: list[tuple[str, str]], position: int
) -> None:
    def build(k: int) -> DraftInput:
        f = [pair[k] for pair in fields]
        return DraftInput(
            scenario,
            Person(f[0], "p@example.com", f[1]),
            f[2],
            f[3],
            f[4],
            WHEN,
            Details(f[5], f[6], f[7], f[8], questions=(f[8],)),
            panel_position=position,
        )

    clean, sprinkled = compose_draft(build(0), now=NOW), compose_draft(build(1), now=NOW)
    assert (sprinkled.subject, sprinkled.text) == (clean.subject, clean.text)


_NAME_PART = st.sampled_from(["marcus", "jean-luc", "o'brien", "mcdonald", "élodie", "sean", "li"])


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(_NAME_PART, min_size=1, max_size=3), upper=st.booleans())
def test_a_name_in_one_case_greets_with_a_capital_per_part(parts: list[str], upper: bool) -> None:
    typed = " ".join(parts)
    typed = typed.upper() if upper else typed
    draft = compose_draft(DraftInput(Scenario.GRATITUDE, Person(typed)), now=NOW)
    first = draft.text.split("\n", 1)[0].removeprefix("Hi ").removesuffix(",")
    assert first.casefold() == parts[0].casefold()
    pieces = first.replace("'", "-").split("-")
    rest_lower = (p[1:] == p[1:].lower() or p.startswith("Mc") for p in pieces)
    assert all(p[:1].isupper() for p in pieces) and all(rest_lower), first


_ARTICLE = st.sampled_from(["", "the ", "a ", "The ", "A "])
_CORE = st.sampled_from(["Data Scientist", "Staff Engineer", "Product Designer", "SRE"])
_ROLE_WORD = st.sampled_from(["", " role", " position", " job", " Role"])
_TAIL = st.sampled_from(["", " at Acme", " at acme", ", Acme"])


@settings(max_examples=150, deadline=None)
@given(
    article=_ARTICLE,
    core=_CORE,
    role_word=_ROLE_WORD,
    tail=_TAIL,
    scenario=st.sampled_from([Scenario.GRATITUDE, Scenario.ASK_RECRUITER]),
)
def test_the_position_is_named_once_however_it_is_typed(
    article: str, core: str, role_word: str, tail: str, scenario: Scenario
) -> None:
    inp = DraftInput(scenario, Person("Kim"), "Sam", "Acme", article + core + role_word + tail)
    text = compose_draft(inp, now=NOW).text
    phrase = f"the {core} role at Acme" if scenario is Scenario.GRATITUDE else f"the {core} role"
    assert phrase in text, text
    assert text.count(core) == 1 and text.count("Acme") <= 1, text


_ANY = st.text(
    st.characters(exclude_categories=["Cs"]) | st.sampled_from([*INVISIBLE, " ", "'", "-"]),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(text=_ANY, company=st.one_of(st.none(), _ANY))
@example(text="IM 0", company=None)  # "im" -> "I was": the longest a clause's subject grows
def test_every_normaliser_takes_any_text(text: str, company: str | None) -> None:
    line = nz.inline(text)
    assert line is None or not any(ch in line for ch in INVISIBLE)
    for out in (
        nz.person_name(text),
        nz.position(text, company),
        nz.question(text),
        nz.stumble(text),
        nz.cause(text),
        nz.restatement(text),
        topic_phrase(text),
    ):
        # Each only cuts what the note says anyway, or re-cases: never longer than typed
        # (cause and stumble may add the clause's "I ", or write "im" out as "I was").
        assert out is None or len(out) <= len(text) + 3
    if line is not None:
        assert nz.person_name(line) == nz.person_name(nz.person_name(line))
