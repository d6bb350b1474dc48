"""Render the held-out batch fresh-14 (cases_fresh14.py) into `heldout-fresh14/`.

    .venv/bin/python -m tests.calendar.corpus.build_heldout14

Kept apart from `build.py`, which the parser's tuners run and which does not import
cases_fresh14: this one is run by whoever measures the held-out batch
(`bench/bench_extract_accuracy.py --folder` on heldout-fresh14/), never as part of tuning. The
corpus test and the bench's default folder read only the top level of the corpus folder (a
non-recursive glob), so they do not see this subfolder.
"""

from __future__ import annotations

from tests.calendar.corpus import cases_fresh14
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh14.CASES, "heldout-fresh14")


if __name__ == "__main__":
    main()
