"""Fast paths of the clause reading and the note plumbing give what the plain reading gives.

clauses.blame_spans gates each sentence on a whole-note strip of ' and -, a translate and a
split (ASCII) or a findall per piece, reads word lists without offsets and finds the offsets
again only for a sentence that blames. Here it is held to the plain version of the same reading:
each piece stripped on its own, tokenised with offsets, every token a word, over generated text
built to hit the edges (marks at word edges and doubled, sentence ends in a row, a piece made of
marks alone, non-ASCII letters, runs longer than a sentence's cut). tokens() is held to the
regex it replaces and looks_like_html to its regex alone."""

from __future__ import annotations

from itertools import islice

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.playbook import clauses
from app.playbook.html_text import _HTML_HINT, MAX_CHARS, looks_like_html
from app.playbook.rules import _WORD, lower_same, tokens


def _plain_blame_spans(low: str) -> list[tuple[int, int]]:
    """The reading as first written: per piece, ' and - stripped, tokens with their offsets."""
    spans: list[tuple[int, int]] = []
    limit = min(len(low), clauses._BUDGET * 8)
    pairs = any(p in low[:limit] for p in clauses._SIGNAL_PHRASES)
    for piece in clauses._PIECE.finditer(low, 0, limit):
        text = piece.group()
        if text.endswith("?"):
            continue
        words = set(clauses._PLAIN.findall(text.replace("'", "").replace("-", "")))
        if words.isdisjoint(clauses._SIGNALS) and not (
            pairs and any(p in text for p in clauses._SIGNAL_PHRASES)
        ):
            continue
        toks = [
            (m.group().replace("'", "").replace("-", ""), m.start(), m.end())
            for m in islice(clauses._TOKEN.finditer(low, *piece.span()), clauses._BUDGET)
        ]
        sentence = [t for t in toks if t[0] not in clauses._SENTENCE_END]
        for at in range(0, len(sentence), clauses._MAX_SENTENCE):
            chunk = sentence[at : at + clauses._MAX_SENTENCE]
            hit = clauses._sentence_blame([t[0] for t in chunk])
            if hit is not None:
                spans.append((chunk[hit[0]][1], chunk[hit[1]][2]))
    return spans


_PIECES = st.sampled_from(
    [
        "the wifi kept dropping",
        "the call dropped",
        "the editor froze",
        "the slot was too short",
        "the interviewer cut me off",
        "i was cut off",
        "with another ten minutes i would have",
        "not that the tool was at fault",
        "due to the noise i lost the thread",
        "the brief was vague, so my totals were off",
        "that left me no time",
        "if i'd had more time",
        "nobody told me",
        "i was never told",
        "thank you for the conversation",
        "wasn't",
        "didn't",
        "wi-fi",
        "was--nt",
        "'",
        "-",
        "--",
        "'-",
        "a--b",
        "lag-é",
        "é-lag",
        "café",
        "İ",
        "?",
        ".",
        "!",
        ";",
        "\n",
        ",",
        "(",
        "\u2014",
        "3.5",
    ]
)
_GAPS = st.sampled_from([" ", "", "  ", "\n", ". ", ", ", "? ", "'", "-"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_PIECES, _GAPS), max_size=30))
    return "".join(p + g for p, g in parts)


@settings(max_examples=800, deadline=None)
@given(_texts())
@example("the wifi kept dropping " * 40 + ".")  # one sentence past the 80-token cut
@example("'. the call dropped so i lost the thread.")  # a piece of marks alone
@example("the call dropped, sorry about that. not that the tool was at fault.")
def test_blame_spans_equal_the_plain_reading(text: str) -> None:
    low = lower_same(text)
    assert clauses.blame_spans(low) == _plain_blame_spans(low)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 '-.,?\n\t_é")), max_size=60))
@example("don't follow-up 'quoted' a--b -x x- it's")
def test_tokens_equal_the_regex(text: str) -> None:
    low = lower_same(text)
    assert tokens(low) == _WORD.findall(low)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>&;/pnbsP")), max_size=40))
@example("a &nbsp; b")
@example("<P>x</p>")
def test_html_hint_equals_its_regex(text: str) -> None:
    assert looks_like_html(text) == (_HTML_HINT.search(text, 0, MAX_CHARS) is not None)
