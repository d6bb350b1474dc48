"""Render the held-out batch fresh-12 (cases_fresh12.py) into `heldout-fresh12/`.

    .venv/bin/python -m tests.calendar.corpus.build_heldout12

Kept apart from `build.py`, which the parser's tuners run and which does not import
cases_fresh12: this one is run by whoever measures the held-out batch
(`bench/bench_extract_accuracy.py --folder` on heldout-fresh12/), never as part of tuning. The
corpus test and the bench's default folder read only the top level of the corpus folder (a
non-recursive glob), so they do not see this subfolder.
"""

from __future__ import annotations

import json

from tests.calendar.corpus import cases_fresh12
from tests.calendar.corpus.build import _RENDER, HERE, expected

FOLDER = HERE / "heldout-fresh12"


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("*.*"):
        old.unlink()
    for c in cases_fresh12.CASES:
        ext, render = _RENDER[c["format"]]
        (FOLDER / (c["id"] + ext)).write_text(render(c), encoding="utf-8", newline="")
        (FOLDER / (c["id"] + ".expect.json")).write_text(
            json.dumps(expected(c), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"{len(cases_fresh12.CASES)} held-out cases rendered into {FOLDER.name}/")


if __name__ == "__main__":
    main()
