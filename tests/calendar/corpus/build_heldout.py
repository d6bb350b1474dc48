"""Render the held-out batch (cases_fresh6.py) into `heldout-fresh6/`.

    .venv/bin/python -m tests.calendar.corpus.build_heldout

Kept apart from `build.py`, which the parser's tuners run: this one is run by whoever measures
the held-out batch (`bench/bench_extract_accuracy.py --folder` on `heldout-fresh6/`), never as
part of tuning, so the batch stays unseen by the people tuning the parser.
"""

from __future__ import annotations

import json

from tests.calendar.corpus import cases_fresh6
from tests.calendar.corpus.build import _RENDER, HERE, expected

FOLDER = HERE / "heldout-fresh6"


def main() -> None:
    ids = [c["id"] for c in cases_fresh6.CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("*.*"):
        old.unlink()
    for c in cases_fresh6.CASES:
        ext, render = _RENDER[c["format"]]
        (FOLDER / (c["id"] + ext)).write_text(render(c), encoding="utf-8", newline="")
        (FOLDER / (c["id"] + ".expect.json")).write_text(
            json.dumps(expected(c), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"{len(cases_fresh6.CASES)} held-out cases rendered into {FOLDER.name}/")


if __name__ == "__main__":
    main()
