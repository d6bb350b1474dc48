"""The labelled invite corpus (tests/calendar/corpus): every case must come out exactly as
labelled — detection, each interviewer's name, address, title, role and hiring-manager mark, the
recruiter, the company and the position. Known misses are listed, with the reason, in
corpus/known_misses.txt and run as strict xfails: fixing one makes the suite say so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.bench_extract_accuracy import CORPUS, HELDOUT, cases, score, summary

KNOWN = CORPUS / "known_misses.txt"


def _known() -> dict[str, str]:
    out = {}
    for line in KNOWN.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            case_id, _, reason = line.partition(":")
            out[case_id.strip()] = reason.strip()
    return out


def _params() -> list[Any]:
    known = _known()
    out = []
    for folder in (CORPUS, HELDOUT):
        for data, expect in cases(folder):
            marks = []
            if expect["id"] in known:
                marks.append(pytest.mark.xfail(strict=True, reason=known[expect["id"]]))
            out.append(pytest.param(data, expect, id=expect["id"], marks=marks))
    return out


def test_the_corpus_is_large_and_mixed() -> None:
    everything = cases(CORPUS) + cases(HELDOUT)
    interviews = [e for _, e in everything if e["is_interview"]]
    assert len(interviews) >= 60 and len(everything) - len(interviews) >= 15
    assert {p.suffixes[-2] if p.suffix == ".json" else p.suffix for p, _ in everything} == {
        ".ics",
        ".google",
        ".graph",
    }
    assert len(cases(HELDOUT)) >= len(everything) // 6


def test_known_misses_name_real_cases() -> None:
    ids = {e["id"] for _, e in cases(CORPUS) + cases(HELDOUT)}
    assert set(_known()) <= ids


@pytest.mark.parametrize(("data", "expect"), _params())
def test_case(data: Path, expect: dict[str, object]) -> None:
    result = score(data, expect)
    assert result.found_interview == result.expected_interview, "detection"
    assert result.ok, "; ".join(result.errors)


def test_tuning_set_meets_the_targets() -> None:
    s = summary([score(d, e) for d, e in cases(CORPUS)])
    assert s["precision"] >= 0.97 and s["recall"] >= 0.97
    for name, (ok, n) in s["fields"].items():
        assert ok / n >= 0.95, name
