"""Render the held-out batch fresh-16 into `heldout-fresh16/` (issue 16).

    .venv/bin/python -m tests.calendar.corpus.build_heldout16

fresh-16 (`cases_fresh16.py`) was written blind on 2026-12-07 by a writer who never ran the parser.
This only renders the provider files and their `.expect.json` labels; it runs no extraction.
`build.py` never imports this batch, and the corpus test and the bench's default folder glob the
top level only, so tuners never see it.
"""

from __future__ import annotations

from tests.calendar.corpus import cases_fresh16
from tests.calendar.corpus.build import render_heldout


def main() -> None:
    render_heldout(cases_fresh16.CASES, "heldout-fresh16")


if __name__ == "__main__":
    main()
