"""The labelled invite corpus (tests/calendar/corpus): every case must come out exactly as
labelled — detection, each interviewer's name, address, title, role and hiring-manager mark, the
recruiter, the company and the position. Known misses are listed in corpus/known_misses.txt
(each with the reason) and run as strict xfails: fixing one
makes the suite say so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.bench_extract_accuracy import CORPUS, cases, score, summary

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
    for data, expect in cases(CORPUS):
        marks = []
        if expect["id"] in known:
            marks.append(pytest.mark.xfail(strict=True, reason=known[expect["id"]]))
        out.append(pytest.param(data, expect, id=expect["id"], marks=marks))
    return out


def test_the_corpus_is_large_and_mixed() -> None:
    everything = cases(CORPUS)
    interviews = [e for _, e in everything if e["is_interview"]]
    assert len(interviews) >= 60 and len(everything) - len(interviews) >= 15
    assert {p.suffixes[-2] if p.suffix == ".json" else p.suffix for p, _ in everything} == {
        ".ics",
        ".google",
        ".graph",
    }
    # fresh-5 to fresh-21 are tuning now
    prefixes = [f"f{n}-" for n in range(5, 22)] + ["k-", "l-"]
    for prefix in prefixes:
        assert any(e["id"].startswith(prefix) for _, e in everything)


def test_the_held_out_batch_stays_out_of_tuning() -> None:
    # fresh-22 and fresh-23 are the held-out batches: the build that tuners run must neither
    # import their cases nor render them among the tuning files.
    import sys

    from tests.calendar.corpus.build import tuning_parts

    ids = [c["id"] for group in tuning_parts().values() for c in group]
    for n in (22, 23):
        assert f"tests.calendar.corpus.cases_fresh{n}" not in sys.modules
        assert not any(i.startswith(f"f{n}-") for i in ids)
        assert not any(e["id"].startswith(f"f{n}-") for _, e in cases(CORPUS))


def test_known_misses_name_real_cases() -> None:
    ids = {e["id"] for _, e in cases(CORPUS)}
    assert set(_known()) <= ids


@pytest.mark.parametrize(("data", "expect"), _params())
def test_case(data: Path, expect: dict[str, object]) -> None:
    result = score(data, expect)
    assert result.found_interview == result.expected_interview, "detection"
    assert result.ok, "; ".join(result.errors)


# Tuning parts the parser has had a tuning round on. A batch that has just joined tuning
# (a held-out batch once measured and read, or a new tuning part) counts here once a round has
# been made on it; until then each of its misses is a strict xfail in known_misses.txt.
TUNED_PARTS = ("A-D", "fresh-2")


def test_tuning_set_meets_the_targets() -> None:
    from tests.calendar.corpus.build import tuning_parts

    ids = {c["id"] for name, group in tuning_parts().items() if name in TUNED_PARTS for c in group}
    s = summary([score(d, e) for d, e in cases(CORPUS) if e["id"] in ids])
    assert s["cases"] == len(ids)
    assert s["precision"] >= 0.97 and s["recall"] >= 0.97
    for name, (ok, n) in s["fields"].items():
        assert ok / n >= 0.95, name
