"""Extraction accuracy on the labelled invite corpus (tests/calendar/corpus).

    .venv/bin/python -m bench.bench_extract_accuracy [--verbose]

Detection precision and recall, and per-field accuracy (interviewer name, email, title, role,
hiring-manager mark; recruiter, company, position), on the tuning set, reporting apart each of
its parts (the first held-out fifth of A-D, the fresh-2 to fresh-19 batches, all seen and tuning
data now, and the tuning parts E, F, ...). A missed interview counts every field of it as wrong;
an interviewer who should not be there counts as a wrong name.

fresh-5 was measured twice with the `--heldout` option this bench had, fresh-6 and fresh-7 twice
each with `--folder`, fresh-8 to fresh-11 three times each, fresh-12 twice, fresh-13 three
times, fresh-14 twice, fresh-15 three times, fresh-16 and fresh-17 twice each, fresh-18 and
fresh-19 three times each; all then moved into tuning. A held-out batch is measured by someone
who does not tune the parser: `--folder DIR` scores any folder of rendered cases and prints
counts only, no case ids; `--folder` alone scores the current held-out batch (HELDOUT,
heldout-fresh22).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.calendar.interviews import extract_interviews
from app.calendar.model import Interview, Interviewer
from app.calendar.people import fold

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "calendar" / "corpus"
ME = ["alex.morgan@gmail.com", "alex.morgan@initech.com"]
TZ = "America/New_York"
# The current held-out batch's folder (rendered by its own build_heldoutNN.py), the default of
# `--folder` given alone.
HELDOUT = CORPUS / "heldout-fresh22"
FIELDS = ("name", "email", "title", "role", "hiring_manager", "recruiter", "company", "position")


@dataclass
class CaseResult:
    case_id: str
    expected_interview: bool
    found_interview: bool
    # field -> (right, total)
    fields: dict[str, list[int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def tally(self, name: str, ok: bool, what: str = "") -> None:
        slot = self.fields.setdefault(name, [0, 0])
        slot[1] += 1
        if ok:
            slot[0] += 1
        elif what:
            self.errors.append(f"{name}: {what}")

    @property
    def ok(self) -> bool:
        return self.expected_interview == self.found_interview and not self.errors


def cases(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The rendered cases in `folder` (data file and labels)."""
    out = []
    for expect in sorted(folder.glob("*.expect.json")):
        case_id = expect.name[: -len(".expect.json")]
        data = next(p for p in folder.glob(case_id + ".*") if not p.name.endswith(".expect.json"))
        out.append((data, json.loads(expect.read_text(encoding="utf-8"))))
    return out


def _same_text(a: str | None, b: str | None) -> bool:
    return fold(a or "") == fold(b or "")


def _align(expected: dict[str, Any], found: list[Interviewer]) -> Interviewer | None:
    for i in found:
        if expected["email"] and i.email == expected["email"]:
            return i
    for i in found:
        if i.name and _same_text(i.name, expected["name"]):
            return i
    return None


def score(data: Path, expect: dict[str, Any]) -> CaseResult:
    found: list[Interview] = [
        i for i in extract_interviews(data.read_bytes(), me=ME, timezone=TZ) if i.is_interview
    ]
    result = CaseResult(expect["id"], expect["is_interview"], bool(found))
    if not expect["is_interview"]:
        return result
    interview = found[0] if found else None
    actual = list(interview.interviewers) if interview else []
    used: set[int] = set()
    for exp in expect["interviewers"]:
        got = _align(exp, [a for a in actual if id(a) not in used])
        if got is not None:
            used.add(id(got))
        label = exp["name"]
        result.tally("name", got is not None and _same_text(got.name, exp["name"]), label)
        result.tally(
            "email", got is not None and got.email == exp["email"], f"{label}: {got and got.email}"
        )
        result.tally(
            "title",
            got is not None and _same_text(got.title, exp["title"]),
            f"{label}: {got and got.title!r} != {exp['title']!r}",
        )
        result.tally(
            "role",
            got is not None and str(got.role) == exp["role"],
            f"{label}: {got and got.role} != {exp['role']}",
        )
        result.tally(
            "hiring_manager",
            got is not None and got.hiring_manager == exp["hiring_manager"],
            f"{label}: {got and got.hiring_manager}",
        )
    for extra in actual:
        if id(extra) not in used:
            result.tally("name", False, f"extra interviewer {extra.name} <{extra.email}>")
    want = expect["recruiter"]
    got_r = interview.recruiter if interview else None
    if want is None:
        rec_ok = got_r is None
    else:
        rec_ok = (
            got_r is not None
            and (want["email"] is None or got_r.email == want["email"])
            and (want["name"] is None or _same_text(got_r.name, want["name"]))
        )
    result.tally("recruiter", rec_ok, f"{got_r} != {want}")
    result.tally(
        "company",
        interview is not None and _same_text(interview.company, expect["company"]),
        f"{interview and interview.company!r} != {expect['company']!r}",
    )
    result.tally(
        "position",
        interview is not None and _same_text(interview.position, expect["position"]),
        f"{interview and interview.position!r} != {expect['position']!r}",
    )
    return result


def run(folder: Path) -> list[CaseResult]:
    return [score(data, expect) for data, expect in cases(folder)]


def summary(results: list[CaseResult]) -> dict[str, Any]:
    tp = sum(r.expected_interview and r.found_interview for r in results)
    fp = sum(not r.expected_interview and r.found_interview for r in results)
    fn = sum(r.expected_interview and not r.found_interview for r in results)
    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for r in results:
        for name, (ok, n) in r.fields.items():
            right[name] += ok
            totals[name] += n
    return {
        "cases": len(results),
        "interviews": sum(r.expected_interview for r in results),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "fields": {f: (right[f], totals[f]) for f in FIELDS},
    }


def _print(label: str, s: dict[str, Any]) -> None:
    print(f"{label}: {s['cases']} invites ({s['interviews']} interviews)")
    print(f"  detection precision {s['precision']:.1%}  recall {s['recall']:.1%}")
    for name, (ok, n) in s["fields"].items():
        print(f"  {name:15} {ok:3}/{n:<3} {ok / n if n else 1:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", action="store_true", help="list every wrong field (tuning set only)"
    )
    parser.add_argument(
        "--folder",
        type=Path,
        nargs="?",
        const=HELDOUT,
        help="score this folder of rendered cases instead (a held-out batch; alone: "
        f"{HELDOUT.name}), counts only",
    )
    args = parser.parse_args()
    if args.folder is not None:
        # Per-case results of a held-out batch are never printed: whoever tunes the parser
        # must not learn which held-out invites fail, or the batch stops being a fair measure.
        if not args.folder.is_dir():
            parser.error(f"{args.folder}: not a folder")
        held = [score(d, e) for d, e in cases(args.folder)]
        if not held:
            parser.error(f"{args.folder}: no *.expect.json cases")
        _print(f"{args.folder.name} (counts only)", summary(held))
        return
    from tests.calendar.corpus.build import held_out, tuning_parts

    parts = {name: {c["id"] for c in group} for name, group in tuning_parts().items()}
    tuning = run(CORPUS)
    groups: list[tuple[str, list[CaseResult]]] = [
        ("tuning (all)", tuning),
        (
            "  of which the old held-out fifth (seen, now tuning)",
            [r for r in tuning if held_out(r.case_id) and r.case_id in parts["A-D"]],
        ),
    ]
    for name, ids in parts.items():
        if name != "A-D":
            seen = " (seen, now tuning)" if name.startswith("fresh") else ""
            groups.append((f"  of which {name}{seen}", [r for r in tuning if r.case_id in ids]))
    for label, results in groups:
        _print(label, summary(results))
        if args.verbose:
            for r in results:
                if not r.ok:
                    detect = "" if r.expected_interview == r.found_interview else " DETECTION"
                    print(f"    {r.case_id}{detect}: " + "; ".join(r.errors))


if __name__ == "__main__":
    main()
