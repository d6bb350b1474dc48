"""Render the held-out batch (cases_fresh7.py) into `heldout-fresh7/`.

    .venv/bin/python -m tests.calendar.corpus.build_heldout

Kept apart from `build.py`, which the parser's tuners run: this one is run by whoever measures
the held-out batch (`bench/bench_extract_accuracy.py --folder tests/calendar/corpus/heldout-fresh7`,
counts only), never as part of tuning. `build.py` does not import cases_fresh7, and the corpus
test and the bench read only `*.expect.json` directly in the corpus folder, not in this
subfolder.
"""

from __future__ import annotations

import json

from tests.calendar.corpus import cases_fresh7
from tests.calendar.corpus.build import _RENDER, HERE, expected

FOLDER = HERE / "heldout-fresh7"


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("*.*"):
        old.unlink()
    for c in cases_fresh7.CASES:
        ext, render = _RENDER[c["format"]]
        (FOLDER / (c["id"] + ext)).write_text(render(c), encoding="utf-8", newline="")
        (FOLDER / (c["id"] + ".expect.json")).write_text(
            json.dumps(expected(c), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"{len(cases_fresh7.CASES)} held-out cases rendered into {FOLDER.name}/")


if __name__ == "__main__":
    main()
