"""The voice check (PLAYBOOK §5): findings with spans, a suggestion each, and a verdict.

Pure: no I/O, no clock (`now` is passed in). Offsets are into the text exactly as given.

How a note is read
- A working copy is made with the same length: curly quotes straightened, full-width ! and ?
  folded, and every occurrence of a caller-supplied known term (names, company, title, topic)
  replaced by "_" filler, so a user's own proper nouns ("NVIDIA", "JO ANNE", "Yahoo!") never
  trip the lexical detectors. Terms match whole words, in any case, with any whitespace between
  their words; terms shorter than two characters are ignored. Presence checks (thanks,
  ownership, restatement) read the unmasked copy, so a masked term never causes a "missing"
  finding.
- A sentence ends at ! or ?, at a period not followed by a lower-case word, or at a blank line.
  A question is a sentence ending in "?". Asks and questions phrased without "?" ("I'm curious
  how ...") satisfy a follow-up's need for a question but are not counted as questions.
- Phrase rules are gated on the note's vocabulary and run on a lower-cased copy (rules.py says
  why); that keeps a check of a 120-word note in the low hundreds of microseconds.
- Metrics: words as tokenised ("don't" and "follow-up" are one word each), sentences and
  questions as above, we_ratio rounded to 3 places, the Flesch-Kincaid grade to 2 (it can be
  negative for very short, plain text, as the formula gives), exclamation marks as characters.

Which findings run in which scenario
- Every scenario, stand_down included: anxious_apology, pleading, self_deprecation,
  blame_shift, intensity, hedging, placeholder_left. stand_down means no note is sent, so
  nothing about structure, length or voice applies; if the user writes one anyway (say, to
  withdraw), only these universal findings are reported, and "your team" is right in it.
- recovery, follow_up, gratitude add outsider_voice, too_long, mixed_objective and
  missing_thanks; recovery and follow_up add too_many_questions (gratitude reports each
  question as question_in_gratitude instead); follow_up adds missing_question; recovery adds
  missing_blame, missing_restatement and past_send_by.
- ask_recruiter is logistics to the person running the process: questions are the point
  (up to the limit of two), an ask is fine, and on-the-team voice does not apply (the note is
  not to a future teammate about the work). It adds too_many_questions, too_long (120 words) and
  missing_thanks (the recruiter is doing you a favour).
- mixed_objective: in recovery, each question and each curiosity phrase ("I'd love to hear
  more about the funding"); in follow_up and gratitude, each piece of repair language
  ("I misspoke", "that was on me", "I want to correct my answer").
- Severity: pleading and placeholder_left are always hold; anxious_apology,
  self_deprecation and blame_shift are hold in recovery and revise elsewhere; the rest revise.
- past_send_by: naive datetimes are read as UTC (pass aware ones).

Suggestions are replacement text where a mechanical fix exists (outsider_voice, capitals,
"!", stacked intensifiers), otherwise a short instruction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from app.playbook import draft_voice, owning_reading, tone, voice_model
from app.playbook import lexicon_notes as ln
from app.playbook import readability as rd
from app.playbook import structure_reading as sr
from app.playbook import voice_weights as vw
from app.playbook.masking import FOLD, FOLDABLE, mask_terms
from app.playbook.models import Finding, FindingCode, Metrics, Severity, Verdict, VoiceReport
from app.playbook.note_body import NoteFormat, note_body
from app.playbook.outsider import outsider_spans, rewrite
from app.playbook.rules import lower_same, negated, tokens, vocabulary
from app.playbook.scenarios import SCENARIOS, Scenario
from app.playbook.tone import Hit, quote

__all__ = [
    "EmptyNote",
    "check_draft_voice",
    "check_message",
    "check_voice",
    "rewrite_outsider_voice",
]

C = FindingCode

_UNIVERSAL = frozenset(
    {
        C.ANXIOUS_APOLOGY,
        C.PLEADING,
        C.SELF_DEPRECATION,
        C.BLAME_SHIFT,
        C.INTENSITY,
        C.HEDGING,
        C.PLACEHOLDER_LEFT,
    }
)
_NOTE = _UNIVERSAL | {C.OUTSIDER_VOICE, C.TOO_LONG, C.MIXED_OBJECTIVE, C.MISSING_THANKS}
_CHECKS: dict[Scenario, frozenset[FindingCode]] = {
    Scenario.RECOVERY: _NOTE
    | {C.TOO_MANY_QUESTIONS, C.MISSING_BLAME, C.MISSING_RESTATEMENT, C.PAST_SEND_BY},
    Scenario.FOLLOW_UP: _NOTE | {C.TOO_MANY_QUESTIONS, C.MISSING_QUESTION},
    Scenario.GRATITUDE: _NOTE | {C.QUESTION_IN_GRATITUDE},
    Scenario.ASK_RECRUITER: _UNIVERSAL | {C.TOO_MANY_QUESTIONS, C.TOO_LONG, C.MISSING_THANKS},
    Scenario.STAND_DOWN: _UNIVERSAL,
}
_ALWAYS_HOLD = frozenset({C.PLEADING, C.PLACEHOLDER_LEFT})
_HOLD_IN_RECOVERY = frozenset({C.ANXIOUS_APOLOGY, C.SELF_DEPRECATION, C.BLAME_SHIFT})
_ORDER = {code: i for i, code in enumerate(FindingCode)}
MAX_QUESTIONS = 2
_OBJECTIVE_NAME = {Scenario.FOLLOW_UP: "follow-up", Scenario.GRATITUDE: "thank-you"}


def check_voice(
    text: str,
    scenario: Scenario,
    *,
    send_by: datetime | None = None,
    now: datetime | None = None,
    known_terms: Sequence[str] = (),
) -> VoiceReport:
    """Check a note's voice for `scenario`. Never raises on any text."""
    return _check(text, scenario, send_by, now, known_terms, ())


def check_draft_voice(
    text: str,
    scenario: Scenario,
    *,
    engine_lines: Sequence[tuple[int, int]],
    send_by: datetime | None = None,
    now: datetime | None = None,
    known_terms: Sequence[str] = (),
) -> VoiceReport:
    """`check_voice` of a draft the engine composed, told which lines (`engine_lines`, spans of
    whole lines without their "\n") hold only the engine's fixed wording and known terms. The
    phrase families, the blame reading, intensity and outsider voice read only the other lines
    (the user's words); placeholders, structure, questions and metrics read the whole note. The
    report equals `check_voice`'s on the same text: tests/playbook/test_draft_report*.py holds
    that over generated and gallery drafts (the templates trip no such reading). Codes the
    draft's fixed lines rule out (draft_voice.py) are not read for at all."""
    done = draft_voice.settled(text, scenario, engine_lines)
    return _check(text, scenario, send_by, now, known_terms, engine_lines, done)


def _structure_settles(text: str, known_terms: Sequence[str] = ()) -> tuple[bool, bool]:
    """Whether `text`, checked as a note, is thanked (no missing_thanks) and both owned and
    restated (no missing_blame, no missing_restatement), read as _check's structure reads
    them. draft_voice.py's first-use guards ask only this, not for a whole check of their
    sample notes: a draft's cold start then compiles no reading the draft itself skips."""
    plain = text if text.isascii() else text.translate(FOLD)
    low = lower_same(plain)
    vocab = vocabulary(tokens(low))
    work, _ = mask_terms(plain, low, known_terms, vocab)
    sentences = rd.sentences(work)
    owned_at = _owned_at(low, vocab, sentences)
    owned_and_restated = owned_at is not None and _restated(low, vocab, sentences, owned_at)
    return _thanked(low, vocab), owned_and_restated


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with each span's characters turned to spaces: same length, same line breaks."""
    parts: list[str] = []
    at = 0
    for start, end in spans:
        parts += (text[at:start], " " * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _scorer_silent(
    vocab: set[str], low: str | None = None, words: Sequence[str] | None = None
) -> bool:
    """No code's score from voice_model.py reaches its threshold on this vocabulary (and the
    bigrams of `low`, the text it was read from; `words`: tokens(low) when already read)."""
    limits = vw.THRESHOLD
    # A plain loop: a draft asks this twice, and a generator under all() costs more than the
    # ten or so comparisons.
    for code, score in voice_model.note_scores(vocab, low, words).items():
        if code in limits and not score < limits[code]:
            return False
    return True


def _whole_silent(
    vocab: set[str], low: str, words: Sequence[str] | None, engine: Sequence[tuple[int, int]]
) -> bool:
    """`_scorer_silent(vocab, low, words)` of a draft: the engine's lines, read with their
    known terms masked (the engine's wording and "_" filler where a term was), are read from
    what an earlier draft with the same lines left (voice_model.silent_by_parts); the user's
    lines, and the terms' own words, are read now."""
    if engine:
        answer = voice_model.silent_by_parts(vocab, low, engine)
        if answer is not None:
            return answer
    return _scorer_silent(vocab, low, words)


# (weights, biases, thresholds, answer) of the last _silent_on_nothing call.
_NOTHING_SILENT: tuple[object, object, object, bool] | None = None


def _silent_on_nothing() -> bool:
    """`_scorer_silent(set())`: the biases against the thresholds, one answer while the model's
    tables stay the same objects. A draft with no line of the user's asks it every time."""
    global _NOTHING_SILENT
    known = _NOTHING_SILENT
    weights, bias, limits = vw.WEIGHTS, vw.BIAS, vw.THRESHOLD
    if known is not None and known[0] is weights and known[1] is bias and known[2] is limits:
        return known[3]
    silent = _scorer_silent(set())
    _NOTHING_SILENT = (weights, bias, limits, silent)
    return silent


def _check(
    text: str,
    scenario: Scenario,
    send_by: datetime | None,
    now: datetime | None,
    known_terms: Sequence[str],
    engine: Sequence[tuple[int, int]],
    settled: frozenset[FindingCode] = frozenset(),  # codes that cannot fire (draft_voice.py)
) -> VoiceReport:
    if type(scenario) is not Scenario:  # a member already (every draft): no Enum call
        scenario = Scenario(scenario)
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    # translate() reads every character through a dict: only a note it would change pays it.
    plain = text if text.isascii() or FOLDABLE.search(text) is None else text.translate(FOLD)
    low_plain = lower_same(plain)
    words = tokens(low_plain)
    vocab = vocabulary(words)
    work, masked_pronoun = mask_terms(plain, low_plain, known_terms, vocab)
    low = low_plain if work is plain else lower_same(work)
    checks = _CHECKS[scenario] - settled if settled else _CHECKS[scenario]
    n = _Note(scenario, checks, text, plain, work, low_plain, low, vocab, [])
    sentences = rd.sentences(work)
    quoted = _quoted_regions(work) if '"' in work else []
    n.quoted.extend(quoted)
    questions = _own_questions(work, low, sentences, quoted)

    # The voice readings below read the user's lines only when the engine names its own lines
    # (check_draft_voice); their vocabulary gate then opens on the user's words alone.
    u_low, u_work, u_vocab = low, work, vocab
    unread = False  # a draft with no line of the user's leaves the readings nothing to read
    if engine:
        # The words the readings can still match: the user's lines with known terms masked
        # (a phrase inside a masked term cannot match, so its words need open no rule).
        u_low = _blank(low, engine)
        unread = u_low.isspace()
        u_words = [] if unread else tokens(u_low)
        u_vocab = set() if unread else vocabulary(u_words)
        # The learned scorer reads the whole note's words and picks its sentence among all of
        # them: when it could speak on either vocabulary, the whole note is read as it is.
        # (u_vocab last: the readings then ask note_scores for it again, kept as its last.)
        # The tokens already read are passed on (low's are `words` unless terms were masked).
        if _whole_silent(vocab, low, words if low is low_plain else None, engine) and (
            _silent_on_nothing() if unread else _scorer_silent(u_vocab, u_low, u_words)
        ):
            u_work = u_low if unread else _blank(work, engine)
        else:
            u_low, u_vocab, unread = low, vocab, False
    voice_hits: list[Hit] = []
    if not unread:
        if u_low is low_plain:  # the readings' scorer then reads the tokens already read
            voice_model.known_words(u_low, words)
        voice_hits += tone.apologies(u_low, u_vocab, text)
        voice_hits += tone.pleading(u_low, u_vocab, text)
        voice_hits += tone.self_deprecation(u_low, u_vocab, text)
        voice_hits += tone.blame_shift(u_low, u_vocab, text)
        voice_hits += tone.hedging(u_low, u_vocab, text)
    # Words in quotes are someone else's (or the question as asked), not the candidate's voice.
    hits = [h for h in voice_hits if not _in_regions(h.start, quoted)] if quoted else voice_hits
    if not unread:
        hits += tone.intensity(u_work, u_low, u_vocab, text)
    if any(map(plain.__contains__, _PLACEHOLDER_HINTS)):
        hits += [h for h in _placeholders(plain, work, text) if not _in_regions(h.start, quoted)]
    if " ," in plain or "\t," in plain:
        hits += _empty_greeting(plain, text)
    if C.OUTSIDER_VOICE in n.checks and not unread:
        hits += [
            Hit(
                C.OUTSIDER_VOICE,
                s.start,
                s.end,
                f"“{quote(text[s.start : s.end])}” talks about the work from the outside. Write "
                "as if you are already on the team.",
                s.suggestion,
            )
            for s in outsider_spans(u_low, u_vocab, text)
        ]
    hits += _structure(n, questions, len(words), sentences)
    if C.PAST_SEND_BY in n.checks:
        hits += _past_send_by(text, send_by, now)

    findings = _findings(scenario, n.checks, hits)
    # A masked name with a pronoun in it ("Our Place") is not counted in we_ratio.
    we_words = tokens(low) if masked_pronoun else words
    metrics = Metrics(
        words=len(words),
        sentences=len(sentences),
        questions=len(questions),
        we_ratio=rd.we_ratio(we_words, vocab, work),
        reading_grade=rd.grade(words, len(sentences)),
        exclamation_marks=work.count("!"),
    )
    return VoiceReport(_verdict(findings), findings, metrics)


class EmptyNote(ValueError):
    """The note has no words of its own to check (empty, blank, or only markup / a quoted reply /
    a signature): callers answer with a clear 4xx or CLI message, never a "missing thanks"."""


def check_message(
    text: str,
    scenario: Scenario,
    *,
    format: NoteFormat | str = NoteFormat.AUTO,
    send_by: datetime | None = None,
    now: datetime | None = None,
    known_terms: Sequence[str] = (),
) -> VoiceReport:
    """`check_voice` on a note as pasted from a mail client: HTML or plain text (`format`, or
    detected), judged on the visible text of the new message only (no quoted reply, no
    signature block: see note_body.py). Every finding's start/end points into `text` exactly as
    given; messages and metrics describe the visible text. Raises EmptyNote when the new
    message has no words."""
    body = note_body(text, format)
    if not any(ch.isalnum() for ch in body.text):
        why = "it is empty" if not text.strip() else "only markup, a quoted reply or a signature"
        raise EmptyNote(f"the note has no words to check: {why}")
    if body.visible is None and len(body.text) == len(text):
        return check_voice(text, scenario, send_by=send_by, now=now, known_terms=known_terms)
    report = check_voice(body.text, scenario, send_by=send_by, now=now, known_terms=known_terms)
    findings = tuple(
        replace(f, start=start, end=end)
        for f in report.findings
        for start, end in (body.span(f.start, f.end),)
    )
    return VoiceReport(report.verdict, findings, report.metrics)


def rewrite_outsider_voice(text: str) -> str:
    """`text` with every outsider-voice phrase in on-the-team voice ("your roadmap" -> "our
    roadmap", "When you ship" -> "When we ship"), case preserved, the rest untouched."""
    if not isinstance(text, str):
        return ""
    return rewrite(text, FOLD) if text else text


class _Note(NamedTuple):
    """One note in its working forms, all with the same offsets."""

    scenario: Scenario
    checks: frozenset[FindingCode]
    text: str  # as given: messages quote it
    plain: str  # quotes folded
    work: str  # plain with the caller's known terms masked
    low_plain: str
    low: str  # work, lower-cased
    vocab: set[str]
    quoted: list[tuple[int, int]]  # spans in double quotes: someone else's words


# --- note-level checks ---------------------------------------------------------------------


# Any of the characters placeholders are made of: most notes have none, and skip the scan.
# Substring tests at C speed: as one regex alternation (no common first character) the engine
# tried every branch at every position, ~3 % of a calm check.
_PLACEHOLDER_HINTS = (
    *("[", "{", "<", "%", "XX", "TK", "___", "NAME", "name)", "Name)", "INSERT"),
    *("TODO", "FIXME", "TBD", "TBC", "TITLE", "DATE", "*|"),
)


_NAME_NEXT = re.compile(r" [A-Z][a-z]")


def _hint_lines(plain: str) -> list[tuple[int, int]]:
    """The lines of `plain` (start, end without the "\n"), in order, that hold a hint. No
    branch of lexicon_notes.PLACEHOLDER can match a line break, and every match holds a hint:
    only these lines can hold a placeholder. Scanning them alone (the regex's lookbehinds still
    see the character before a line, and a line's end reads as "\n" does) finds the same
    matches as scanning the whole note, where the pattern tried every branch at every position
    (a draft with "[first name]" in its greeting: ~40 us of its check, now ~5)."""
    lines: dict[int, int] = {}
    for hint in _PLACEHOLDER_HINTS:
        at = plain.find(hint)
        while at >= 0:
            start = plain.rfind("\n", 0, at) + 1
            end = plain.find("\n", at)
            if end < 0:
                end = len(plain)
            lines[start] = end
            at = plain.find(hint, end)
    return sorted(lines.items())


def _placeholders(plain: str, work: str, text: str) -> list[Hit]:
    hits: list[Hit] = []
    for line_start, line_end in _hint_lines(plain):
        hits += _placeholders_in(plain, work, text, line_start, line_end)
    return hits


def _tk_named(plain: str) -> bool:
    """Whether the note names something that starts with "TK" ("TK Maxx"): its other "TK"s are
    that name said short ("the TK rollout"), not "to come"."""
    at = plain.find("TK")
    while at >= 0:
        if _NAME_NEXT.match(plain, at + 2) and (at == 0 or not plain[at - 1].isalnum()):
            return True
        at = plain.find("TK", at + 2)
    return False


# A word naming a thing just before a "TODO"/"FIXME": the marker talked about ("I left the TODO:
# comment in place"), not a note to self left in.
_NAMING_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "that",
        "this",
        "those",
        "these",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "one",
        "every",
        "each",
        "any",
        "some",
        "no",
        "old",
        "stray",
        "same",
    ]
)
_LAST_WORD_BEFORE = re.compile(r"([A-Za-z]++)[ \t]++$")
# What touches a template slot in code, not in prose: a path, a key, an f-string, an attribute
# ("/accounts/{id}/ledger", "orders:{user_id}", "?id={id}", "user.{field}").
_CODE_BEFORE = frozenset("/:=._-#@")


def _named_in_code(plain: str, start: int, end: int) -> bool:
    """Whether the match plain[start:end] of PLACEHOLDER is a marker or a slot the candidate
    talks about in technical text rather than one left unfilled: a "TODO"/"FIXME" after a word
    that names it ("the TODO: comment", "that FIXME") or just inside a quotation ("'TODO: delete
    before 2015'"), or a single-brace slot glued to the code around it ("GET
    /v2/accounts/{id}/ledger", "f'orders:{tenant_id}:{user_id}'"; "Hi {name}," is a slot)."""
    first = plain[start]
    before = plain[start - 1] if start else "\n"
    if first in "TF" and plain.startswith(("TODO", "FIXME"), start):
        if before in "'\"\u2018\u201c`":
            return True
        m = _LAST_WORD_BEFORE.search(plain, max(0, start - 12), start)
        return m is not None and m.group(1).lower() in _NAMING_WORDS
    if first == "{" and not plain.startswith("{{", start):
        return before.isalnum() or before in _CODE_BEFORE
    return False


# A status tag on a pull request, a ticket or a subject line, in brackets: "[WIP]", "[EXTERNAL]",
# "[DRAFT]" name the item, they are no slot to fill.
_STATUS_TAG = re.compile(
    r"(?i:wip|draft|rfc|fyi|external|ext|urgent|hotfix|dnm|do[ ]not[ ]merge|resolved|solved|"
    r"closed|fixed|done|duplicate|wontfix|breaking|deprecated|experimental|beta|alpha|ooo|"
    r"reminder|action[ ]required|confidential|internal|psa)"
)


def _placeholders_in(plain: str, work: str, text: str, pos: int, endpos: int) -> list[Hit]:
    hits: list[Hit] = []
    for m in ln.PLACEHOLDER.finditer(plain, pos, endpos):
        start, end = m.span()
        if work[start] != plain[start]:
            continue  # inside a known term the caller named ("TK Maxx")
        if m.group() == "TK" and (_NAME_NEXT.match(plain, end) or _tk_named(plain)):
            continue  # a name starting with TK ("TK Maxx", or its "TK" once named), not "to come"
        bracket = m.group("bracket")
        if bracket is not None and (
            _STATUS_TAG.fullmatch(bracket) or not ln.is_bracket_placeholder(bracket, plain, end)
        ):
            continue  # a citation or a note: "section [3]", "[sic]", a markdown link
        if ln.reported_placeholder(plain, start):
            continue  # another's text reported: "the job ad still says [hiring manager name]"
        if _named_in_code(plain, start, end):
            continue  # "the TODO: comment", "/accounts/{id}/ledger", "f'orders:{user_id}'"
        hits.append(
            Hit(
                C.PLACEHOLDER_LEFT,
                start,
                end,
                f"“{quote(text[start:end])}” is a placeholder still to fill in.",
                "Replace it with the real detail, or cut the sentence.",
            )
        )
    return hits


def _empty_greeting(plain: str, text: str) -> list[Hit]:
    return [
        Hit(
            C.PLACEHOLDER_LEFT,
            m.start(),
            m.end(),
            f"“{quote(text[m.start() : m.end()].strip())}” greets nobody: the name is missing.",
            "Put their name in, e.g. “Hi Dana,”.",
        )
        for m in ln.EMPTY_GREETING.finditer(plain)
    ]


def _quoted_regions(work: str) -> list[tuple[int, int]]:
    """Spans between pairs of straight double quotes (curly ones are folded), each within one
    paragraph and at most 400 characters; an unpaired quote opens nothing."""
    regions: list[tuple[int, int]] = []
    at = work.find('"')
    while at >= 0:
        close = work.find('"', at + 1)
        if close < 0:
            break
        if close - at > 400 or "\n\n" in work[at:close]:
            at = close  # not a pair: the next quote may open one
            continue
        regions.append((at, close + 1))
        at = work.find('"', close + 1)
    return regions


def _in_regions(start: int, regions: list[tuple[int, int]]) -> bool:
    i = bisect_right(regions, start, key=lambda r: r[0]) - 1
    return i >= 0 and start < regions[i][1]


def _recounted(work: str, s: rd.Sentence, quoted: list[tuple[int, int]]) -> bool:
    """Whether the question mark that ends sentence `s` is inside quotes (a question being
    recounted: you asked "how would you shard this?")."""
    mark = work.rfind("?", s.start, s.end)
    if mark < 0:
        return False
    if quoted and _in_regions(mark, quoted):
        return True
    return _single_quoted(work, s.start, mark)


# A question in single quotes: the mark right before a closing quote, and an opening quote after a
# space, a colon or a comma in the same sentence ("you asked the room, 'who here has used it on a
# bad connection?'"). An apostrophe inside a word ("we're") opens nothing.
def _single_quoted(work: str, start: int, mark: int) -> bool:
    if work[mark + 1 : mark + 2] not in ("'", "\u2019"):
        return False
    return _quote_opens(work, start, mark, " \t\n:,(")


def _quote_opens(work: str, begin: int, at: int, openers: str) -> bool:
    """Whether a single quote in work[begin:at] opens a quotation: it stands at `begin` or right
    after one of `openers`. One backward pass; an apostrophe inside a word is skipped."""
    while True:
        at = max(work.rfind("'", begin, at), work.rfind("\u2018", begin, at))
        if at < 0:
            return False
        if at == begin or work[at - 1] in openers:
            return True


_END_MARKS = frozenset(".!?,;:")
_WORDS = re.compile(r"[\w'-]+")
_COPULAS = (" is", " was", " are", " were", "'s")


def _own_questions(
    work: str, low: str, sentences: list[rd.Sentence], quoted: list[tuple[int, int]]
) -> list[rd.Sentence]:
    """The candidate's own questions: sentences ending in "?" that are not recounted (in quotes,
    or reported: "you asked how I'd shard it?") nor rhetorical ("who knew ...?"), plus direct
    questions typed without the "?" at the end of a line ("What happens if the round slips")."""
    out: list[rd.Sentence] = []
    for s in sentences:
        if s.question:
            if _recounted(work, s, quoted) or sr.reported(low, s.start, s.end):
                continue
            if _bind_parameter(work, s.start, s.end):
                continue
            if sr.rhetorical(low, s.start):
                continue
            # Several questions in one: after a colon, or items between two commas or more.
            listed = (
                sr.listed_questions(low, s.start, s.end)
                if work.count(",", s.start, s.end) + work.count(";", s.start, s.end) >= 2
                or ": " in work[s.start : s.end]
                else []
            )
            out += [rd.Sentence(a, b, True) for a, b in listed] or [s]
        elif work[s.end - 1] not in _END_MARKS and sr.unpunctuated_question(low, s.start, s.end):
            out.append(rd.Sentence(s.start, s.end, True))
    if "?)" in work:
        out = sorted(out + _bracketed_questions(work, sentences, quoted))
    return out


def _bind_parameter(work: str, start: int, end: int) -> bool:
    """Whether the "?" that ends work[start:end] is a parameter in code the candidate quotes,
    not a question: after an operator, an opening bracket or a comma ("WHERE updated_at > ?",
    "VALUES (?, ?)"), with the sentence running on in lower case after it ("... > ? against the
    primary")."""
    at = work.rfind("?", start, end)
    before = at - 1
    while before > start and work[before] == " ":
        before -= 1
    if before <= start or work[before] not in "=<>(,":
        return False
    nxt = end
    while nxt < len(work) and work[nxt] in " \t":
        nxt += 1
    return nxt < len(work) and (work[nxt].islower() or work[nxt] in ",)")


def _bracketed_questions(
    work: str, sentences: list[rd.Sentence], quoted: list[tuple[int, int]]
) -> list[rd.Sentence]:
    """Questions tucked into brackets inside a sentence: "How is cover shared (is it
    voluntary?), and ...?" asks two things. The bracket is the span."""
    out: list[rd.Sentence] = []
    for s in sentences:
        at = work.find("?)", s.start, s.end)
        while at >= 0:
            close = at + 2
            opening = work.rfind("(", s.start, at)
            if close < s.end and opening >= 0 and not _in_regions(at, quoted):
                out.append(rd.Sentence(opening, close, True))
            at = work.find("?)", close, s.end)
    return out


def _structure(
    n: _Note, questions: list[rd.Sentence], word_count: int, sentences: list[rd.Sentence]
) -> list[Hit]:
    scenario, checks = n.scenario, n.checks
    whole = (0, len(n.text))
    # Presence checks read the unmasked copy: a masked name can never make something "missing".
    present_low, present_vocab = n.low_plain, n.vocab
    hits: list[Hit] = []
    if C.TOO_MANY_QUESTIONS in checks and len(questions) > MAX_QUESTIONS:
        # Each question past the second, so the user sees which ones to cut.
        hits += [
            Hit(
                C.TOO_MANY_QUESTIONS,
                q.start,
                q.end,
                f"Question {i} of {len(questions)}. Never more than two: the reader answers the "
                "first and skims the rest.",
                "Cut it, or keep the one or two that matter most, one of them probing why the "
                "job might not fit.",
            )
            for i, q in enumerate(questions[MAX_QUESTIONS:], start=MAX_QUESTIONS + 1)
        ]
    if C.TOO_LONG in checks:
        limit = SCENARIOS[scenario].max_words
        if limit is not None and word_count > limit:
            hits.append(
                Hit(
                    C.TOO_LONG,
                    *whole,
                    f"{word_count} words; this kind of note should stay within {limit}.",
                    "Cut everything that does not serve the note's one objective.",
                )
            )
    if C.MISSING_THANKS in checks and not _thanked(present_low, present_vocab):
        hits.append(
            Hit(
                C.MISSING_THANKS,
                *whole,
                "The note never says thank you.",
                "Open by thanking them, e.g. “Thank you for the conversation today.”"
                if scenario is not Scenario.ASK_RECRUITER
                else "Thank them, e.g. “Thank you for setting up the interviews.”",
            )
        )
    if C.MISSING_QUESTION in checks and not questions and not ln.CURIOSITY.search(n.low, n.vocab):
        hits.append(
            Hit(
                C.MISSING_QUESTION,
                *whole,
                "A follow-up to a decision-maker asks one or two questions from your "
                "conversation; this one asks none.",
                "Add a pointed, polite question tied to what you discussed, e.g. what happens to "
                "the plan if the next funding round is late.",
            )
        )
    if C.QUESTION_IN_GRATITUDE in checks:
        hits += _gratitude_asks(n, questions)
    if C.MIXED_OBJECTIVE in checks:
        hits += _mixed(n, questions)
    owned_at = (
        _owned_at(present_low, present_vocab, sentences)
        if C.MISSING_BLAME in checks or C.MISSING_RESTATEMENT in checks
        else None
    )
    if C.MISSING_BLAME in checks and owned_at is None:
        hits.append(
            Hit(
                C.MISSING_BLAME,
                *whole,
                "The note never takes ownership of what went wrong. Take the blame, all of it, "
                "even if it was not all yours.",
                "Say it plainly, e.g. “That was on me.”",
            )
        )
    if C.MISSING_RESTATEMENT in checks and not _restated(
        present_low, present_vocab, sentences, owned_at
    ):
        hits.append(
            Hit(
                C.MISSING_RESTATEMENT,
                *whole,
                "The note never restates the point you meant to make, and that point is what you "
                "want repeated in the debrief.",
                "Add it, e.g. “What I meant to say is …”",
            )
        )
    return hits


# "Thanks to the traffic, I was late" gives a cause; "thanks to you" and "thanks to all of
# you" still thank.
_CAUSAL_THANKS = re.compile(  # from a run's first space only: linear under search() too
    r"(?<!\s)\s++to\s++(?!you\b|your\b|y'all\b|all\b|everyone\b|every\b|each\b)"
)


def _thanked(low: str, vocab: set[str]) -> bool:
    """Whether the note thanks anyone, in any of the THANKS words, asserted (not negated: "no
    thanks to", and not "thanks to the rain" as a cause)."""
    if "thanks to" not in low:  # the usual case: one search, no spans
        return ln.THANKS.search(low, vocab)
    for start, end in ln.THANKS.spans(low, vocab):
        if low.startswith("thanks", start) and _CAUSAL_THANKS.match(low, end):
            continue
        return True
    return False


def _owned_at(low: str, vocab: set[str], sentences: list[rd.Sentence]) -> int | None:
    """Where the note first takes ownership, or None: an ownership phrase said as a plain
    statement (not negated: "it was not my fault", not conditional: "if it was my mistake", not
    doubted or asked: structure_reading.asserted), or a terse "Mine." on its own."""
    found: int | None = None
    for start, end in ln.OWNERSHIP.spans(low, vocab):
        # "... in the moment and that's on me": the owning clause starts after "and".
        start = sr.owning_clause(low, start, end)
        # "the answer I should have given" restates; "that one goes on my account" owns.
        framed = low.startswith("i ", start) and ln.restating(low, start)
        if framed or sr.object_of_preposition(low, start):
            continue
        if not negated(low, start) and sr.asserted(low, start, end):
            found = end
            break
    if "mine" in vocab or "me" in vocab or "my" in vocab:
        for s in sentences:
            if found is not None and s.start >= found:
                break
            if s.end - s.start <= 20 and sr.terse_ownership(low, s.start, s.end):
                return s.end
    if found is None:
        # "The oversight is nonetheless mine", "I still accept the mistake", "I've only myself
        # to blame": ownership in other words (structure_reading.owned_in_other_words).
        found = sr.owned_in_other_words(low, vocab)
    if found is None:
        # "that's my time management", "I'd rather own that than explain it away"
        found = owning_reading.owned_softly(low, vocab)
    return found


def _restated(
    low: str, vocab: set[str], sentences: list[rd.Sentence], owned_at: int | None
) -> bool:
    """Whether the note restates its point: a restatement frame ("what I meant to say"), a
    sentence that gives the point itself (structure_reading.restates), or, after the stumble is
    owned, a plain statement of fact (the step that follows ownership in PLAYBOOK §4)."""
    if any(_carries(low, start, end, sentences) for start, end in ln.RESTATEMENT.spans(low, vocab)):
        return True
    if any(
        sr.restates(low, s.start, s.end)
        or sr.says_that(low, s.start, s.end)
        or sr.would_do(low, s.start, s.end)
        or sr.corrects_itself(low, s.start, s.end)
        or sr.offers_it(low, s.start, s.end)
        or any(
            sr.gives_the_thing(low, a, b) or sr.gives_substance(low, a, b)
            for a, b in sr.typed_lower(low, s.start, s.end)
        )
        for s in sentences
        if not s.question
    ):
        return True
    # Without ownership the note is flagged for missing_blame whatever this says: read any
    # plain statement of fact after the opening as the point, so the restatement is not
    # reported missing when it is there without a frame. A run typed without capitals is read
    # sentence by sentence ("that was my mistake. left join keeps ...").
    after = owned_at if owned_at is not None else 0
    if owned_at is not None:
        after = _tagged_after(low, sentences, owned_at)
    opening = sentences[0].start if sentences else 0  # the greeting or the thanks
    return any(
        sr.states_a_fact(low, start, end) and not sr.narrates(low, start, end)
        for s in sentences
        if s.end > after and not s.question
        for start, end in sr.typed_lower(low, s.start, s.end)
        if start >= after and start > opening
    )


_WRITER_LEAD = re.compile(r"(?:i|i'm|i've|i'd|im|ive|my|we)\b")


def _tagged_after(low: str, sentences: list[rd.Sentence], owned_at: int) -> int:
    """Where the point may start when the ownership is a short tag closing the note ("The
    bridge reopened in 2019. My fault entirely."): the fact the tag owns up to comes just
    before it, so the sentence before the tag may hold the point. Otherwise the point follows
    the ownership."""
    i = bisect_right(sentences, owned_at - 1, key=lambda s: s.start) - 1
    if i < 1 or len(_WORDS.findall(low, sentences[i].start, sentences[i].end)) > 4:
        return owned_at
    # The tag closes the note: nothing after it but a sign-off (no plain statement of fact).
    if any(sr.states_a_fact(low, s.start, s.end) for s in sentences[i + 1 :] if not s.question):
        return owned_at
    # "I said eighteen months, not twelve. My mistake.": the writer's own words before the tag
    # recount the stumble it owns; the point is about the subject.
    if _WRITER_LEAD.match(low, sentences[i - 1].start) is not None:
        return owned_at
    return sentences[i - 1].start


def _carries(low: str, start: int, end: int, sentences: list[rd.Sentence]) -> bool:
    """Whether the restatement frame at low[start:end] carries a point: not negated ("the
    answer wasn't what I intended"), and with words of the point beside it in its sentence or
    in the next one ("Let me put it plainly. The cache ..."), not alone before a sign-off."""
    if negated(low, start):
        return False
    i = bisect_right(sentences, start, key=lambda s: s.start) - 1
    if i < 0:
        return True
    s = sentences[i]
    # "What I should have said was something shorter", "The correct position is set out in the
    # attached note": the frame is there, the point is not. (Read in the frame's own sentence
    # when a run is typed without capitals.)
    piece = next((p for p in sr.typed_lower(low, s.start, s.end) if p[0] <= start < p[1]), s)
    if sr.narrates(low, piece[0], piece[1]):
        return False
    if _WORDS.search(low, end, s.end) is not None:
        return True
    # The point before the frame, as its subject: "Backoff is the answer I should have given".
    before = low[s.start : start].rstrip()
    if before.endswith(_COPULAS) and len(_WORDS.findall(before)) >= 3:
        return True
    if i + 1 >= len(sentences) or sentences[i + 1].question:
        return False
    return sr.may_carry_point(low, sentences[i + 1].start, sentences[i + 1].end)


def _inside(start: int, spans: list[rd.Sentence]) -> bool:
    """Whether `start` falls inside one of `spans` (sorted, not overlapping)."""
    i = bisect_right(spans, start, key=lambda s: s.start) - 1
    return i >= 0 and start < spans[i].end


def _gratitude_asks(n: _Note, questions: list[rd.Sentence]) -> list[Hit]:
    hits = [
        Hit(
            C.QUESTION_IN_GRATITUDE,
            q.start,
            q.end,
            "A thank-you note asks nothing; this question turns it into a request.",
            "Cut the question. Thank them, name what you enjoyed, and stop.",
        )
        for q in questions
    ]
    for start, end in ln.ASK.spans(n.low, n.vocab):
        if _PLEA_ASK.match(n.low, start) is not None or _deferred(n.low, end):
            continue
        if (
            not _inside(start, questions)
            and not _in_regions(start, n.quoted)
            and not _in_single_quoted_question(n.work, start, end)
        ):
            hits.append(
                Hit(
                    C.QUESTION_IN_GRATITUDE,
                    start,
                    end,
                    f"“{quote(n.text[start:end])}” is an ask; a thank-you note only thanks.",
                    "Cut the ask.",
                )
            )
    return hits


def _in_single_quoted_question(work: str, start: int, end: int) -> bool:
    """Whether the ask at start..end sits in a question in single quotes, someone else's words
    recounted ("You asked me 'what would you build first?', and ..."), as _single_quoted reads
    one: the "?" right before a closing quote later in the same sentence, and an opening quote
    after a space, colon, comma or bracket before the ask. 200 characters each way at most."""
    mark = work.find("?", end, end + 200)
    if mark < 0 or work[mark + 1 : mark + 2] not in ("'", "\u2019"):
        return False
    if any(work.find(stop, end, mark) >= 0 for stop in ".!\n"):
        return False
    begin = max(0, start - 200)
    for stop in ".!?\n":
        begin = max(begin, work.rfind(stop, begin, start) + 1)
    return _quote_opens(work, begin, start, " \t:,(")


# An ask for the candidacy itself ("please consider me", "please keep me in mind", "I'd be so
# grateful for a chance") begs; it asks the reader for nothing to do or send, so it is pleading's
# to judge, not a question in a thank-you note.
_PLEA_ASK = re.compile(
    r"please\s++(?:consider\s++me\b|keep\s++me\s++in\s++(?:mind|consideration)\b)|"
    r"i(?:'d|\s++would)\s++(?:be\s++)?(?:(?:very|so|really|most|truly)\s++)?grateful\s++for\s++"
    r"(?:a|any|the)\s++chance\b"
)
# Interest put off until the work is shared ("I'd love to hear more when we work together") asks
# nothing of the reader now.
_DEFERRED = re.compile(
    r"[^.!?\n]{0,80}?\b(?:when|once|after)\s++(?:we|i)\s++(?:work|start|join|are\s++working)"
)


def _deferred(low: str, end: int) -> bool:
    return _DEFERRED.match(low, end) is not None


# Asking for another interview or another chance in a recovery note adds a second objective
# (PLAYBOOK §0): the note repairs, it does not ask for a new round.
_ANOTHER_ROUND = re.compile(
    r"\b(?:another|a\s++second|one\s++more|a\s++further)\s++"
    r"(?:chance|go|shot|conversation|interview|call|meeting|opportunity)\b"
)
_ROUND_WORDS = frozenset(("another", "second", "more", "further"))
# Terms of an offer (pay, relocation, dates) asked in a follow-up or a thank-you note: a
# negotiation, a second objective beside the curiosity or the thanks.
_TERMS = re.compile(
    r"\b(?:salary|salaries|pay\s++(?:band|range|scale)|compensation|relocation|"
    r"benefits\s++package|signing\s++bonus|notice\s++period|visa\s++sponsorship|equity\s++package)\b"
)

# Every term above holds one of these words: a note with none of them asks no terms.
_TERM_WORDS = frozenset(
    (
        "salary",
        "salaries",
        "pay",
        "compensation",
        "relocation",
        "benefits",
        "signing",
        "notice",
        "visa",
        "equity",
    )
)
# ... asked of this job, not mentioned in passing ("was that the workload, the pay band, or
# something else?" asks why people left).
_THESE_TERMS = re.compile(
    r"\b(?:the\s++role|this\s++role|the\s++position|this\s++position|the\s++job|the\s++offer|"
    r"for\s++me|covered|offered|included|what's\s++the|what\s++is\s++the|is\s++there|are\s++there)\b"
)


def _asks_terms(low: str, start: int, end: int) -> bool:
    """Whether the question low[start:end] asks the terms of this job: a term with words that
    tie it to the job or the offer within 40 characters either side."""
    for m in _TERMS.finditer(low, start, end):
        if _THESE_TERMS.search(low, max(start, m.start() - 40), min(end, m.end() + 40)):
            return True
    return False


def _mixed(n: _Note, questions: list[rd.Sentence]) -> list[Hit]:
    if n.scenario is Scenario.RECOVERY:
        hits = [
            Hit(
                C.MIXED_OBJECTIVE,
                q.start,
                q.end,
                "A question adds curiosity to a repair note. One objective per email: this "
                "one repairs.",
                "Cut it; if it still matters, ask it in another note after the debrief.",
            )
            for q in questions
        ]
        hits += [
            Hit(
                C.MIXED_OBJECTIVE,
                start,
                end,
                f"“{quote(n.text[start:end])}” adds curiosity to a repair note. One "
                "objective per email.",
                "Cut it and keep the note on the repair.",
            )
            for start, end in ln.CURIOSITY.spans(n.low, n.vocab)
            if not _inside(start, questions) and not _in_regions(start, n.quoted)
        ]
        hits += [
            Hit(
                C.MIXED_OBJECTIVE,
                start,
                end,
                f"“{quote(n.text[start:end])}” pitches ideas in a repair note. One objective "
                "per email.",
                "Cut it; offer the ideas later, in another note.",
            )
            for start, end in ln.PITCH.spans(n.low, n.vocab)
            if not _inside(start, questions) and not _in_regions(start, n.quoted)
        ]
        hits += [
            Hit(
                C.MIXED_OBJECTIVE,
                m.start(),
                m.end(),
                f"“{quote(n.text[m.start() : m.end()])}” asks for another round in a repair "
                "note. One objective per email: this one repairs.",
                "Cut it; the repair itself is what can change the debrief.",
            )
            for m in (
                _ANOTHER_ROUND.finditer(n.low) if not _ROUND_WORDS.isdisjoint(n.vocab) else ()
            )
            if not negated(n.low, m.start())
            and not _inside(m.start(), questions)
            and not _in_regions(m.start(), n.quoted)
        ]
        return hits
    kind = _OBJECTIVE_NAME.get(n.scenario, "this")
    hits = [
        Hit(
            C.MIXED_OBJECTIVE,
            q.start,
            q.end,
            f"This question negotiates terms in a {kind} note. One objective per email.",
            "Ask about pay, relocation or dates in a separate note to the recruiter.",
        )
        for q in (questions if not _TERM_WORDS.isdisjoint(n.vocab) else ())
        if _asks_terms(n.low, q.start, q.end)
    ]
    return hits + [
        Hit(
            C.MIXED_OBJECTIVE,
            start,
            end,
            f"“{quote(n.text[start:end])}” is repair language in a {kind} note. One "
            "objective per email.",
            "If the stumble matters, send a separate recovery note before the debrief and "
            "keep this one as it is meant to be.",
        )
        for start, end in ln.REPAIR.spans(n.low, n.vocab)
    ]


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.utcoffset() is None else moment


def _past_send_by(text: str, send_by: datetime | None, now: datetime | None) -> list[Hit]:
    if send_by is None or now is None:
        return []
    late = _aware(now) - _aware(send_by)
    if late <= timedelta(0):
        return []
    return [
        Hit(
            C.PAST_SEND_BY,
            0,
            len(text),
            f"The send-by time passed {_duration(late)} ago; the debrief has probably happened. "
            "Sent now, this note will probably not change anything.",
            "Consider not sending it. If you do, keep it short and calm.",
        )
    ]


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "moments"
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{hours // 24} days"


# --- findings and verdict ------------------------------------------------------------------


def _severity(code: FindingCode, scenario: Scenario) -> Severity:
    if code in _ALWAYS_HOLD or (code in _HOLD_IN_RECOVERY and scenario is Scenario.RECOVERY):
        return Severity.HOLD
    return Severity.REVISE


def _findings(
    scenario: Scenario, checks: frozenset[FindingCode], hits: list[Hit]
) -> tuple[Finding, ...]:
    seen: set[tuple[FindingCode, int, int]] = set()
    out: list[Finding] = []
    for h in sorted(hits, key=lambda h: (h.start, h.end, _ORDER[h.code])):
        key = (h.code, h.start, h.end)
        if h.code not in checks or key in seen:
            continue
        seen.add(key)
        out.append(
            Finding(h.code, _severity(h.code, scenario), h.start, h.end, h.message, h.suggestion)
        )
    return tuple(out)


def _verdict(findings: tuple[Finding, ...]) -> Verdict:
    if any(f.severity is Severity.HOLD for f in findings):
        return Verdict.HOLD
    return Verdict.REVISE if findings else Verdict.SEND
