"""Follow-up questions per risk area (PLAYBOOK §4 follow_up).

Each question is pointed but polite, speaks from inside the team ("we", "our"), and is true
whatever the company: it asks how things work rather than presuming a funding round, a goal or a
figure nobody supplied. Three of the five probe why the job might not fit (what gets cut, falling
short, who stays).

Two forms per area:
- the suggestion, filled from the topic, offered on every surface for the user to pick and edit.
  The topic sits in a frame that reads as English for a noun phrase, a gerund, a product name, an
  acronym or a clause ("For Kubernetes, ...", "Looking at scaling the search cluster, ...").
- the note form, without the topic: the note's thanks already names it once (issue 15).
"""

from __future__ import annotations

from app.playbook.models import RiskArea, Suggestion

MAX_QUESTIONS = 2

# (suggestion with {topic}, note form without it)
_TEMPLATES: dict[RiskArea, tuple[str, str]] = {
    RiskArea.FUNDING: (
        "For {topic}, how does the team decide what gets cut when a quarter runs short?",
        "How does the team decide what gets cut when a quarter runs short?",
    ),
    RiskArea.GROWTH: (
        "Beyond {topic}, where could someone in this role grow over the next two years, and "
        "what does the path to leading others look like?",
        "Where could someone in this role grow over the next two years, and what does the path "
        "to leading others look like?",
    ),
    RiskArea.GOALS: (
        "Looking at {topic}, what would count as success a year from now, and what happens if "
        "we fall short of it?",
        "What would count as success for this work a year from now, and what happens if we "
        "fall short of it?",
    ),
    RiskArea.TEAM: (
        "When it comes to {topic}, how has the team changed over the past year, and what keeps "
        "people on it?",
        "How has the team changed over the past year, and what keeps people on it?",
    ),
    RiskArea.SCOPE: (
        "How much of {topic} would this role own outright, and where would it depend on other "
        "teams?",
        "What would this role own outright, and where would it depend on other teams?",
    ),
}

AREA_LABELS: dict[RiskArea, str] = {
    RiskArea.FUNDING: "Funding and runway",
    RiskArea.GROWTH: "Growth and leadership path",
    RiskArea.GOALS: "Goals versus outcomes",
    RiskArea.TEAM: "Team stability",
    RiskArea.SCOPE: "Scope of the role",
}

# Words a user types before the topic that the frames already say ("about the migration"), and
# the verb the note's own sentence supplies ("I enjoyed hearing about {topic}"): a topic typed
# as "hearing about the roadmap" or "discussing the roadmap" is the roadmap.
_LEAD_INS = ("about ", "regarding ", "re: ", "on ", "the topic of ")
_TOPIC_VERBS = (
    "talking about ",
    "talking through ",
    "hearing about ",
    "learning about ",
    "chatting about ",
    "speaking about ",
    "thinking about ",
    "discussing ",
    "going over ",
    "going through ",
    "our chat about ",
    "our talk about ",
    "our conversation about ",
    "our discussion about ",
    "our discussion of ",
    "the conversation about ",
    "the discussion about ",
    "the discussion of ",
    "what you said about ",
    "what you told me about ",
)

# Kept for callers that build a suggestion list without a topic: now the note form (no
# placeholder: a suggestion is a complete question).
SuggestedQuestion = Suggestion


def topic_phrase(topic: str | None) -> str | None:
    """The topic as it sits mid-sentence: lead-ins and end punctuation gone, a capital kept only
    where the word is a name or an acronym ("The migration" -> "the migration", "GDPR" stays)."""
    if not topic:
        return None
    text = topic.strip().rstrip(" .,;:!?")
    # A verb, then a lead-in ("talking about", then "about the"): each list once, in order.
    for leads in (_TOPIC_VERBS, _LEAD_INS):
        low = text.lower()
        if not low.startswith(leads):  # the usual topic: one C call per list
            continue
        for lead in leads:
            if low.startswith(lead) and len(text) > len(lead):
                text = text[len(lead) :].lstrip()
                break
    return mid_sentence(text) or None


# First words that are never names: lower-cased when a phrase moves into a sentence.
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "my",
        "your",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "how",
        "what",
        "why",
        "when",
        "where",
        "which",
        "who",
        "whether",
        "some",
        "any",
        "all",
        "each",
        "every",
        "more",
        "most",
        "about",
    ]
)


def mid_sentence(text: str) -> str:
    """A phrase the user typed, placed inside a sentence. Their capital stays unless the first
    word is a function word ("The migration") or a gerund before lower-case words ("Scaling the
    cluster"): "Kubernetes", "GDPR", "Spring Boot" and "McKinsey" read as the names they are."""
    head, _, rest = text.partition(" ")
    if not head or not head[0].isupper() or head == "I" or head.startswith("I'"):
        return text
    low = head.lower()
    if head[1:] != low[1:]:
        return text  # an acronym or a name with an inner capital
    if low in _FUNCTION_WORDS or (low.endswith("ing") and len(low) > 5 and rest[:1].islower()):
        return low + text[len(head) :]
    return text


def question_for(area: RiskArea, topic: str | None) -> str:
    """The suggestion for `area`, filled from the topic; the note form when there is none."""
    framed, plain = _TEMPLATES[area]
    phrase = topic_phrase(topic)
    return framed.format(topic=phrase) if phrase else plain


def note_question(area: RiskArea) -> str:
    """The question as the note asks it: the thanks already names the topic."""
    return _TEMPLATES[area][1]


def suggest_questions(
    topic: str | None, areas: tuple[RiskArea, ...] | list[RiskArea] = ()
) -> tuple[Suggestion, ...]:
    """One question per requested area (all areas when none is requested), for a picker.

    The note itself takes at most MAX_QUESTIONS; see `pick_questions`."""
    chosen = list(dict.fromkeys(areas)) or list(RiskArea)
    return tuple(Suggestion(a, AREA_LABELS[a], question_for(a, topic)) for a in chosen)


def pick_questions(
    own: tuple[str, ...] | list[str],
    areas: tuple[RiskArea, ...] | list[RiskArea],
    topic: str | None = None,
) -> tuple[str, ...]:
    """The questions a follow-up note asks: the user's own first, then the picked risk areas'
    (note form), never more than two. `topic` is accepted for old callers and not used: the
    note names the topic once, in its thanks."""
    del topic
    picked = [q for q in own if q][:MAX_QUESTIONS]
    for area in dict.fromkeys(areas):
        if len(picked) >= MAX_QUESTIONS:
            break
        picked.append(note_question(area))
    return tuple(picked)
