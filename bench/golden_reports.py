"""A hash of every voice report and draft the playbook gives over a fixed, large input set, so a
speed change can prove it changed no result (byte-identical reports).

Run by hand:  .venv/bin/python bench/golden_reports.py [--root TREE] [--out FILE] [--drafts N]

What it hashes (each result's repr: verdict, findings with codes, spans, messages and
suggestions, metrics; a draft's subject, text, HTML, voice report, suggestions, ignored fields):
- `check_message` on every tuning note (tests/playbook/corpus/tune/*.jsonl; never the held-out
  sets), in its own scenario and format, and again in each of the other scenarios;
- the same notes through `check_voice` with a few known terms taken from the note (names);
- `compose_draft` on bench_draft.py's mix and its --varied mix, bench_http.py's 24 drafts, the
  gallery, the messy-input corpus of the drafting tests, and N seeded random drafts built from
  words that open the voice readings; and `check_voice` of each draft's text (with the draft's
  known terms), which must equal the draft's own report (counted and printed).

Prints one sha256 per part and the total; `--out` writes per-item hashes (JSON) to diff two runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parents[1]


def _parts(drafts: int) -> dict[str, list[tuple[str, str]]]:
    from app.playbook import drafting
    from app.playbook.models import Details, DraftInput, InterviewTime, Person, RiskArea, Slot
    from app.playbook.scenarios import Scenario
    from app.playbook.voice import EmptyNote, check_message, check_voice
    from bench import bench_draft, bench_voice_accuracy

    out: dict[str, list[tuple[str, str]]] = {"notes": [], "notes_known": [], "drafts": []}
    cases = bench_voice_accuracy.load(sets=("tune",))
    names = re.compile(r"\b(?:Hi|Dear|Hello)\s+([A-Z][a-z]+)")
    for c in cases:
        for scenario in Scenario:
            try:
                got = repr(
                    check_message(
                        c.text,
                        scenario,
                        format=c.format,
                        send_by=c.send_by,
                        now=c.now,
                        known_terms=c.known_terms,
                    )
                )
            except EmptyNote as exc:
                got = f"EmptyNote({exc})"
            out["notes"].append((f"{c.file}:{c.id}:{scenario.value}", got))
        known = (*names.findall(c.text)[:2], "Northwind", "the team")
        got = repr(check_voice(c.text, Scenario(c.scenario), known_terms=known))
        out["notes_known"].append((f"{c.file}:{c.id}", got))

    now = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
    inputs: list[tuple[str, DraftInput]] = []
    base = cast(list[DraftInput], bench_draft._inputs())
    inputs += [(f"bench_draft:{i}", x) for i, x in enumerate(base)]
    inputs += [
        (f"bench_draft_varied:{i}", x)
        for i, x in enumerate(cast(list[DraftInput], bench_draft._varied(list(base))))
    ]
    from app.api.schemas_playbook import DraftRequest
    from bench.bench_http import DRAFTS

    for i, body in enumerate(DRAFTS):
        inputs.append((f"bench_http:{i}", DraftRequest.model_validate(body).to_core()))
    sys.path.insert(0, str(ROOT))
    from app.cli.gallery import cases as gallery_cases
    from tests.playbook.test_drafting_properties import MESSY, NAMES

    inputs += [(f"gallery:{i}", c.inp) for i, c in enumerate(gallery_cases())]
    inputs += [(f"messy:{i}", x) for i, x in enumerate(MESSY)]

    voice_words = [
        "sorry", "so sorry", "I apologize", "please", "I hope you give me a chance",
        "I was stupid", "my bad", "the interviewer interrupted me", "the question was unclear",
        "the wifi kept dropping", "I was nervous because of the time", "I think", "maybe",
        "kind of", "REALLY", "very very", "!!", "your team", "your roadmap", "when you ship",
        "I started", "we set", "talking", "I guess", "honestly", "[name]", "TK", '"you said"',
        "that was on me", "what I meant to say is", "I'd love to hear more", "thank you",
        "could you", "I was wrong", "my mistake", "they never told me", "?", "unfortunately",
    ]  # fmt: skip
    plain_words = [
        "the", "a", "our", "cache", "billing", "API", "GDPR", "team", "plan", "on-call",
        "Zürich", "naïve", "café", "I", "was", "rushing", "answered", "wrong", "question",
        "set", "record", "straight", "mistake", "thank", "you", "thanks", "?", ".", ",",
        "invalidate", "on", "write", "and", "keep", "TTLs", "short", "because", "we",
    ]  # fmt: skip
    rng = random.Random(20261207)

    def phrase() -> str:
        n = rng.randint(0, 10)
        return " ".join(
            rng.choice(voice_words) if rng.random() < 0.3 else rng.choice(plain_words)
            for _ in range(n)
        )

    def maybe(value: object, p: float = 0.75) -> object:
        return value if rng.random() < p else None

    scenarios = [Scenario.RECOVERY, Scenario.FOLLOW_UP, Scenario.GRATITUDE, Scenario.ASK_RECRUITER]
    when = InterviewTime(datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15), "America/New_York")
    people = [*NAMES, None, "J", "Al", "Sorry Please", "Dana!!", "O'Neil", "van der Berg"]
    terms = [None, "Northwind", "Fabrikam Labs", "I", "Your Team", "Staff Engineer", "Q&A"]
    for i in range(drafts):
        inp = DraftInput(
            rng.choice(scenarios),
            Person(rng.choice(people), "p@example.com", rng.choice(terms)),
            rng.choice(people),
            rng.choice(terms),
            rng.choice(terms),
            when,
            Details(
                maybe(phrase()),  # type: ignore[arg-type]
                maybe(phrase()),  # type: ignore[arg-type]
                maybe(phrase()),  # type: ignore[arg-type]
                maybe(phrase()),  # type: ignore[arg-type]
                questions=tuple(phrase() for _ in range(rng.randint(0, 2))),
                risk_areas=tuple(rng.sample(list(RiskArea), rng.randint(0, 3))),
            ),
            slot=Slot(
                rng.choice(["System Design", "Coding", "Lunch", "Q&A", phrase()]),
                datetime(2026, 11, 24, 15, tzinfo=UTC),
            )
            if rng.random() < 0.3
            else None,
            panel_position=rng.randint(0, 12),
        )
        inputs.append((f"random:{i}", inp))

    same = differ = 0
    for key, inp in inputs:
        try:
            draft = drafting.compose_draft(inp, now=now)
        except ValueError as exc:
            out["drafts"].append((key, f"{type(exc).__name__}({exc})"))
            continue
        f = drafting._facts(inp)
        known = f.known_terms(f.name, f.title)
        whole = check_voice(
            draft.text,
            inp.scenario,
            send_by=draft.send_by,
            now=now,
            known_terms=known,
        )
        if whole == draft.voice:
            same += 1
        else:
            differ += 1
        out["drafts"].append((key, repr(draft)))
        out["drafts"].append((key + ":whole", repr(whole)))
    print(f"drafts whose report equals check_voice of their text: {same}; differing: {differ}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=str(ROOT))
    parser.add_argument("--out")
    parser.add_argument("--drafts", type=int, default=3000)
    args = parser.parse_args()
    sys.path.insert(0, args.root)
    parts = _parts(args.drafts)
    total = hashlib.sha256()
    for name, items in parts.items():
        h = hashlib.sha256()
        for key, value in items:
            h.update(f"{key}\t{value}\n".encode())
        total.update(h.digest())
        print(f"{name}: {len(items)} results, sha256 {h.hexdigest()}")
    print(f"total sha256 {total.hexdigest()}")
    if args.out:
        per = {
            f"{name}/{key}": hashlib.sha256(value.encode()).hexdigest()[:16]
            for name, items in parts.items()
            for key, value in items
        }
        Path(args.out).write_text(json.dumps(per, indent=0, sort_keys=True))


if __name__ == "__main__":
    main()
